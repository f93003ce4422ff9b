#!/usr/bin/env python3
"""Write the two byte-sensitive text documents of union-ai (their whole text is here).

    python3 eval/union-ai/make_notice.py

- docs/releve-paie-prothesiste-2026-11.txt: a producer's PAY STATEMENT in French, encoded
  UTF-16 LE WITH A BOM (FF FE; read as UTF-8 it fails), CRLF line ends, COLUMNS ALIGNED BY
  TABS; amounts written by the payroll software with the symbol first and dots between the
  thousands ("₺9.260,00"); one NEGATIVE correction "-₺125,00"; a TOTALS line that adds up;
  dates in dd.mm ("01.03.27", "1.3.2027"), said once to be day first.
- docs/hartwell-quist-costume-hire-price-list-2027.txt: a DISTRACTOR in English, a
  costume-hire shop's price list in lira, UTF-8 WITH A BOM (EF BB BF) and CRLF line ends;
  it writes "75 kr." once (a kuruş amount that looks like another currency's "kr").

No line has a digit, white space (tabs included) and three digits in a row: every amount
follows the "₺" symbol or a unit. check_set.py checks that the files are what this script
writes.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
PAY_OUT = os.path.join(HERE, "docs", "releve-paie-prothesiste-2026-11.txt")
HIRE_OUT = os.path.join(HERE, "docs", "hartwell-quist-costume-hire-price-list-2027.txt")
T = "\t"

# ---- the pay statement ---------------------------------------------------------------------

# (code, label, quantity, rate, amount in kuruş)
PAY_LINES: list[tuple[str, str, str, str, int]] = [
    ("R-100", "Journées en maquillage prothétique", "4 j", "₺9.260,00", 3704000),
    ("R-110", "Temps de fauteuil (taux corrigé, erratum n° 1)", "11 h", "₺1.250,00", 1375000),
    ("R-120", "Temps de démaquillage", "5 h", "₺1.090,00", 545000),
    ("R-130", "Indemnité de lentilles sclérales", "2 j", "₺340,00", 68000),
    ("R-190", "Régularisation : reprise de l'avance d'hygiène d'octobre", "1 x", "–", -12500),
]


def lira(kurus: int) -> str:
    """3704000 -> '₺37.040,00'; -12500 -> '-₺125,00'."""
    sign = "-" if kurus < 0 else ""
    whole, frac = divmod(abs(kurus), 100)
    return f"{sign}₺{whole:,}".replace(",", ".") + f",{frac:02d}"


PAY_HEAD = [
    "GREYWATER STUDIOS LTD – SERVICE DE LA PAIE",
    "Relevé de paie – novembre 2026",
    "",
    "Interprète :\tMaëlle Okonkwo-Brisset",
    "Fonction :\tinterprète en maquillage prothétique",
    "Entente :\tEntente sur l'interprétation de créatures 2026–2029, saison 2026–27",
    "Période :\tdu 02.11.26 au 29.11.26 (quatre semaines de paie, du lundi au dimanche)",
    "Édité le :\t04.12.26",
    "",
    "Les dates de ce relevé sont écrites jj.mm.aa ou jj.mm.aaaa : le jour, puis le mois, "
    "puis l'année.",
    "",
]
PAY_COLS = ["Code", "Libellé", "Quantité", "Taux", "Montant"]
PAY_DETAIL = [
    "",
    "DÉTAIL DU TEMPS DE FAUTEUIL ET DE DÉMAQUILLAGE",
    T.join(["Date", "Fauteuil", "Démaquillage", "Plateau"]),
    T.join(["03.11.26", "3 h", "1,5 h", "Stage 9"]),
    T.join(["04.11.26", "3 h", "1,5 h", "Stage 9"]),
    T.join(["17.11.26", "2,5 h", "1 h", "Stage 9"]),
    T.join(["18.11.26", "2,5 h", "1 h", "Stage 9"]),
    T.join(["Total", "11 h", "5 h", ""]),
]
PAY_FOOT = [
    "",
    "NOTES",
    "1. Le temps de fauteuil est payé au taux corrigé par l'erratum n° 1 du 25 novembre 2026 "
    "(tableau 3, ligne 4 de l'entente). Les heures payées avant l'erratum ne sont pas reprises.",
    "2. La régularisation de la ligne R-190 reprend l'avance sur l'indemnité d'hygiène versée en "
    "octobre ; elle ne touche pas l'indemnité annuelle elle-même.",
    "3. Le repos de 11 heures entre le démaquillage et le fauteuil suivant (article 7, alinéa 3) "
    "est suspendu du 01.03.27 au 31.03.27, selon l'avis du comité paritaire n° 2026-4.",
    "4. Prochaine édition du barème de paie : 1.3.2027. Les taux de la saison 2026–27 "
    "s'appliquent jusqu'au 31.08.2027.",
    "5. Lentilles sclérales portées les 03.11.26 et 04.11.26, 4 heures au plus par jour, "
    "posées par l'opticienne du plateau ; l'indemnité est due pour chacun de ces jours.",
    "6. Aucune heure n'a été travaillée entre 22:00 et 06:00 pendant la période : la prime de "
    "nuit n'apparaît pas sur ce relevé.",
    "7. Les montants sont en livres (₺), avant impôt. Toute erreur est signalée au service de "
    "la paie ou au délégué de la Guilde avant la paie suivante.",
    "",
    "Service de la paie – Greywater Studios Ltd – relevé confidentiel",
]


def pay_text() -> str:
    rows = [T.join(PAY_COLS)]
    total = 0
    for code, label, qty, rate, amount in PAY_LINES:
        rows.append(T.join([code, label, qty, rate, lira(amount)]))
        total += amount
    rows.append(T.join(["", "TOTAL BRUT", "", "", lira(total)]))
    return "\r\n".join([*PAY_HEAD, *rows, *PAY_DETAIL, *PAY_FOOT]) + "\r\n"


def pay_bytes() -> bytes:
    return b"\xff\xfe" + pay_text().encode("utf-16-le")


# ---- the costume-hire distractor ------------------------------------------------------------

HIRE = """HARTWELL & QUIST COSTUME HIRE – PRICE LIST 2027
Unit 4, Ropewalk Yard, Brennock – open Monday to Saturday, 10:00 to 18:00

All prices in lira, tax included, per item unless stated. A hire day runs from opening
time to closing time; a weekend hire runs from Friday 16:00 to Monday 11:00.

1. FULL-BODY SUITS FOR PARTIES AND PARADES
   Dragon suit with moving jaw: ₺1.875,00 per weekend, ₺645,00 per extra day.
   Sea-serpent suit (two wearers): ₺2.315,00 per weekend.
   Giant moth suit with folding wings: ₺1.460,00 per weekend.
   Yeti suit, walk-in, washable lining: ₺1.190,00 per weekend.
   Every suit is cleaned and aired between hires; a cleaning charge of ₺265,00 applies
   when a suit comes back wet or stained.

2. HEADS, MASKS AND HANDS
   Foam head only: ₺415,00 per weekend.
   Rubber-free silicone mask, one size: ₺585,00 per weekend.
   Clawed gloves, pair: ₺128,00 per weekend.
   Mask stand and carry box: ₺64,00 per weekend.

3. MAKEUP COUNTER (SALE ONLY)
   Spirit gum, 30 ml: ₺212,00.
   Spirit gum remover, sample bottle: 75 kr.
   Crepe hair, per braid: ₺96,00.
   Cream colour wheel, twelve shades: ₺348,00.
   Setting powder, 50 g: ₺154,00.
   Brush roll, ten brushes: ₺476,00.

4. DEPOSITS AND DAMAGE
   A deposit of ₺3.300,00 is held on a card for every suit, and ₺950,00 for a head or a
   mask. Lost parts are charged at the replacement price on the tag of the part.
   A torn seam that we can sew in the shop costs ₺185,00; a broken jaw mechanism costs
   ₺1.035,00.

5. LATE RETURNS
   Each started day after the agreed return costs the extra-day price of the item. After
   five days the deposit is kept and the item is treated as sold.

6. BOOKING AND FITTING ROOM
   Book at the counter or by telephone on 041-730-2286. Our fitting room is free for
   twenty minutes per booking; a longer session costs ₺58,00 for each started quarter
   hour. Parade groups of ten suits or more get one suit free of charge.

Hartwell & Quist – family costume hire since 1987
"""


def hire_bytes() -> bytes:
    return b"\xef\xbb\xbf" + HIRE.replace("\n", "\r\n").encode("utf-8")


def build() -> None:
    for out, data in ((PAY_OUT, pay_bytes()), (HIRE_OUT, hire_bytes())):
        with open(out, "wb") as f:
            f.write(data)
        print("wrote", out, len(data), "bytes")


if __name__ == "__main__":
    build()
