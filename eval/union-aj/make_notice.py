#!/usr/bin/env python3
"""Write the two byte-sensitive text documents of union-aj (their whole text is here).

    python3 eval/union-aj/make_notice.py

- docs/decompte-cachets-cascadeuse-feu-2026-11.txt: a producer's SETTLEMENT of a
  fire-burn performer's fees for November 2026, in French, encoded WINDOWS-1252 (cp1252;
  read as UTF-8 it fails on "é"), CRLF line ends, COLUMNS ALIGNED BY SPACES (not tabs, not a
  table); cp1252 has no "₱" and no U+202F, so amounts are written "24 500,00 pesos" with a
  no-break space U+00A0 (byte A0) between the thousands; no "€" anywhere; one NEGATIVE
  amount "-480,00 pesos"; a TOTAL line that adds up; dates day/month/year, said once.
- docs/vertiface-climbing-hall-price-list-2027.txt: a DISTRACTOR in English, a climbing
  hall's price list in pesos, UTF-8 WITH A BOM (EF BB BF) and CRLF line ends; it speaks of
  harnesses, falls, ropes and courses too.

No line has a digit, ASCII white space and three digits in a row (the normaliser would
join them): every number column is followed by a word ("x", "pesos"). check_set.py checks
that the files are what this script writes.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
SETTLEMENT_OUT = os.path.join(HERE, "docs", "decompte-cachets-cascadeuse-feu-2026-11.txt")
GYM_OUT = os.path.join(HERE, "docs", "vertiface-climbing-hall-price-list-2027.txt")
NB = "\u00a0"

# ---- the settlement ------------------------------------------------------------------------

# (code, label, quantity, rate in centavos or None, amount in centavos)
SETTLEMENT_LINES: list[tuple[str, str, str, int | None, int]] = [
    ("C-10", "Brûlures (tarif de la ligne 10)", "5 x", 490000, 2450000),
    ("C-11", "Supplément brûlure intégrale", "2 x", 375000, 750000),
    ("C-20", "Indemnité de traversée", "2 x", 135000, 270000),
    ("C-90", "Retenue : avance sur équipement", "1 x", None, -48000),
]


def pesos(centavos: int) -> str:
    """2450000 -> '24 500,00 pesos' (U+00A0 between the thousands); -48000 -> '-480,00 pesos'."""
    sign = "-" if centavos < 0 else ""
    whole, frac = divmod(abs(centavos), 100)
    return f"{sign}{whole:,}".replace(",", NB) + f",{frac:02d} pesos"


def settlement_total() -> int:
    return sum(amount for *_, amount in SETTLEMENT_LINES)


W_CODE, W_LABEL, W_QTY, W_RATE, W_AMOUNT = 6, 34, 5, 18, 18


def _cols(code: str, label: str, qty: str, rate: str, amount: str) -> str:
    return (
        code.ljust(W_CODE)
        + label.ljust(W_LABEL)
        + qty.ljust(W_QTY)
        + rate.rjust(W_RATE)
        + amount.rjust(W_AMOUNT)
    ).rstrip()


SETTLEMENT_HEAD = [
    "HALYARD BAY ARENA LTD – SERVICE DE LA PAIE",
    "Décompte de cachets – novembre 2026",
    "",
    "Cascadeuse :    Noémie Castagnet-Dalisay",
    "Fonction :      cascadeuse au feu (brûlures partielles et intégrales)",
    "Production :    Skyfire, PRD-2027-031 (répétitions à Halyard Bay Arena)",
    "Entente :       entente de 2026, tableau 3 de l'annexe A, colonne FY2026",
    "Période :       du 02/11/2026 au 29/11/2026",
    "Édité le :      03/12/2026",
    "",
    "Les dates de ce décompte s'écrivent jour/mois/année : 05/11/2026 est le 5 novembre.",
    "Les montants sont en pesos (PHP), avec une espace insécable entre les milliers et une",
    "virgule avant les centavos.",
    "",
]
SETTLEMENT_DETAIL = [
    "",
    "DÉTAIL DES BRÛLURES",
    "Date        Brûlure      Contrôle médical    Agent de sécurité incendie",
    "12/11/2026  intégrale    fait le 05/11/2026  Théo Vasquez-Morin",
    "14/11/2026  intégrale    fait le 05/11/2026  Théo Vasquez-Morin",
    "18/11/2026  partielle    sans objet          Théo Vasquez-Morin",
    "20/11/2026  partielle    sans objet          Adèle Bonifacio-Roy",
    "26/11/2026  partielle    sans objet          Adèle Bonifacio-Roy",
    "",
    "DÉTAIL DES TRAVERSÉES",
    "10/11/2026  Grande-Corallie vers l'île Tamsin (traversier de 7 h 15)",
    "27/11/2026  île Tamsin vers Grande-Corallie (traversier de 18 h 40)",
]
SETTLEMENT_FOOT = [
    "",
    "NOTES",
    "1. Chaque brûlure est payée au tarif de la ligne 10 ; une brûlure intégrale reçoit en",
    "   plus le supplément de la ligne 11. Le contrôle médical du 05/11/2026 couvre les deux",
    "   brûlures intégrales, faites moins de dix jours après lui.",
    "2. L'indemnité de traversée est celle que l'avis n° 2026-11 a rétablie ; un",
    "   aller-retour compte pour deux traversées.",
    "3. La retenue C-90 reprend l'avance de 480,00 pesos versée en octobre sur l'indemnité",
    "   annuelle d'équipement et de harnais ; l'indemnité annuelle elle-même n'est pas",
    "   touchée et sera versée avec la première paie de l'exercice.",
    "4. Aucune heure n'a été faite entre 22 h et 6 h pendant la période : la prime de nuit",
    "   n'apparaît pas sur ce décompte. Aucune heure supplémentaire.",
    "5. Les répétitions de Skyfire continuent en décembre ; le prochain décompte sera édité",
    "   le 07/01/2027.",
    "6. Toute erreur est signalée au service de la paie ou à la déléguée de la Guilde avant",
    "   la paie suivante.",
    "",
    "Service de la paie – Halyard Bay Arena Ltd – décompte confidentiel",
]


def settlement_text() -> str:
    rows = [_cols("Code", "Libellé", "Qté", "Taux", "Montant")]
    for code, label, qty, rate, amount in SETTLEMENT_LINES:
        rows.append(_cols(code, label, qty, pesos(rate) if rate else "", pesos(amount)))
    rows.append(" " * (W_CODE + W_LABEL + W_QTY + W_RATE + 2) + "-" * (W_AMOUNT - 2))
    rows.append(_cols("", "TOTAL À PAYER", "", "", pesos(settlement_total())))
    lines = [*SETTLEMENT_HEAD, *rows, *SETTLEMENT_DETAIL, *SETTLEMENT_FOOT]
    return "\r\n".join(lines) + "\r\n"


def settlement_bytes() -> bytes:
    return settlement_text().encode("cp1252")


# ---- the climbing-hall distractor ------------------------------------------------------------

GYM = """VERTIFACE CLIMBING HALL – PRICE LIST 2027
Pier Warehouse B, Halyard Bay, Tamsin Island – open every day, 10:00 to 22:00

All prices are in pesos, tax included, and apply from the first day of the year. A pass
is personal; show it at the desk before you climb.

1. ENTRY
   Day pass: ₱385.00. Evening pass, after 18:00: ₱295.00.
   Bouldering room only, day pass: ₱310.00.
   Ten-visit card: ₱3,240.00, valid for one year from the first visit.
   Monthly pass, unlimited visits: ₱2,190.00.

2. RENTAL, PER VISIT
   Climbing shoes: ₱120.00. Sit harness: ₱95.00. Belay device and locking
   carabiner: ₱70.00. Chalk bag: ₱55.00.
   Every rental harness is checked by our staff after each use and retired after
   three seasons, whatever its state.

3. COURSES
   Top-rope belaying, two evenings: ₱1,540.00.
   Lead climbing, four evenings: ₱2,870.00.
   Falling practice for lead climbers, one evening: ₱1,015.00. You learn to take
   short, controlled falls on a soft catch; the wall is padded under the first bolt.
   Private session with an instructor, per hour: ₱845.00.

4. SHOP
   Block chalk: ₱45.00. Liquid chalk, small bottle: ₱215.00.
   Finger tape, one roll: ₱65.00. Brush set: ₱130.00.
   Second-hand shoes, when we have them: from ₱560.00.

5. WALL RULES
   Tie in with a figure-eight knot and have your partner check it. Clip every bolt on
   lead. Nobody climbs above the red line without a rope. The auto-belays are tested
   every morning before opening; if one is tagged, do not use it.

6. GROUPS AND EVENTS
   Groups of ten climbers or more book at least a week ahead and pay ₱330.00 each,
   rental included. The hall can be booked for an evening from 19:00 to 22:00 for
   ₱6,950.00.
   Telephone 045-771-0932 or ask at the desk.

7. HOLIDAYS AND CLOSING DAYS
   The hall closes at 16:00 on the last day of the year and opens at 12:00 on the first.
   It is closed for two days each spring while the routes are reset; the dates are
   posted at the desk a month ahead. A monthly pass is extended by the days the hall is
   closed.

Vertiface – climbing hall and bouldering room – Halyard Bay
"""


def gym_bytes() -> bytes:
    return b"\xef\xbb\xbf" + GYM.replace("\n", "\r\n").encode("utf-8")


def build() -> None:
    for out, data in ((SETTLEMENT_OUT, settlement_bytes()), (GYM_OUT, gym_bytes())):
        with open(out, "wb") as f:
            f.write(data)
        print("wrote", out, len(data), "bytes")


if __name__ == "__main__":
    build()
