#!/usr/bin/env python3
"""Write the three byte-sensitive text documents of union-ag (their whole text is here).

    python3 eval/union-ag/make_notice.py

- docs/proces-verbal-conseil-gaaco-2026-11-21.txt: MEETING MINUTES in French, UTF-16 LE
  WITH A BOM (FF FE), CRLF line ends. They record a VOTE RESULT (688 against, 74 for,
  12 abstentions), a REJECTED PROPOSAL (the Council's one-off buy-out of digital doubles,
  1 850 000 KSh per performer) and a FIGURE KEPT (the scan-session fee stays 38 000 KSh;
  the Council asked for 30 000 KSh). Amounts are written "38 000 KSh" with U+202F in the
  thousands and U+00A0 before the symbol; the date of Step 2 is written "1 mars 27".
- docs/deepwell-studios-rates-export-2026-12.txt: a producer's payroll RATE EXPORT, TAB-
  SEPARATED, one header row, UTF-8 WITH A BOM (EF BB BF), CRLF line ends; amounts in bank
  style "KES 18,600.00", dates ISO ("2027-03-01"), season codes "W26" / "S27", a dive log
  number "DL-12500" (not money), and one NEGATIVE CORRECTION "−KSh 450" (U+2212), the only
  amount of the file not in the KES column style.
- docs/bluecrest-pool-supplies-trade-prices-2027.txt: a DISTRACTOR in English, WINDOWS-1252
  (cp1252), CRLF: a pool supplier's prices for chlorine, pH products and filters in KSh,
  with curly quotes (0x93 0x94 0x92) and en dashes (0x96); read as UTF-8 it fails.

check_set.py checks that the files are what this script writes.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
MINUTES_OUT = os.path.join(HERE, "docs", "proces-verbal-conseil-gaaco-2026-11-21.txt")
EXPORT_OUT = os.path.join(HERE, "docs", "deepwell-studios-rates-export-2026-12.txt")
POOL_OUT = os.path.join(HERE, "docs", "bluecrest-pool-supplies-trade-prices-2027.txt")
NB = "\u00a0"
NNB = "\u202f"


def ksh(amount: str) -> str:
    """'38 000' -> '38 000 KSh' (U+202F in the thousands, U+00A0 before the symbol)."""
    return amount.replace(" ", NNB) + NB + "KSh"


MINUTES = f"""PROCÈS-VERBAL DU CONSEIL DE LA GUILDE
Guilde des artistes aquatiques et cascadeurs nautiques d'Okavelle (GAACO)
Séance du samedi 21 novembre 2026 – Baie-Sainte-Claire, 18, rue des Nageurs, salle du conseil

Présidence : Nadia Okonkwo-Lemaire, présidente.
Secrétariat : Florian Mwangi-Desjardins, secrétaire général.
Présents : 10 membres du conseil sur 12. Aïcha Brennan-Kamau, déléguée à l'intelligence
artificielle, et Joost Ndlovu-Perrault, délégué à la sécurité aquatique, assistent à la
séance sans droit de vote.


1. OUVERTURE DE LA SÉANCE

La présidente ouvre la séance à 9 h 35. Le quorum est atteint. L'ordre du jour est adopté
sans modification.


2. PROCÈS-VERBAL DE LA SÉANCE PRÉCÉDENTE

Le procès-verbal de la séance du 17 octobre 2026 est adopté à l'unanimité.


3. PROPOSITION DU CPESAO : RACHAT PONCTUEL DES DOUBLES NUMÉRIQUES

Par lettre du 2 octobre 2026, le Conseil des producteurs d'écran et de spectacles
aquatiques d'Okavelle (CPESAO) a proposé un rachat ponctuel des doubles numériques :
chaque artiste scanné aurait reçu {ksh("1 850 000")} une seule fois, en échange du droit de
réutiliser son double dans toute production future, sans cachet de réutilisation et sans
nouveau consentement.

La déléguée à l'intelligence artificielle rappelle que l'entente prévoit au contraire un
consentement écrit pour chaque production, sur le formulaire WS-7, un cachet pour chaque
production qui réutilise le double, et un nouveau consentement pour toute scène de noyade.
Un rachat unique priverait les membres de ces protections pour toujours.

Résultat du vote des membres (vote électronique ouvert du 5 au 19 novembre 2026) :
688 voix contre la proposition, 74 voix pour, 12 abstentions.

La proposition de rachat ponctuel est rejetée. Le conseil prend acte du résultat et charge
le secrétaire général de l'annoncer par écrit au CPESAO et aux membres.


4. CACHET DE SÉANCE DE SCAN

Dans la même lettre, le CPESAO demandait de ramener le cachet de séance de scan de
l'article 14(2) à {ksh("30 000")} par séance. Le conseil refuse à l'unanimité : le cachet de
séance de scan est maintenu à {ksh("38 000")} par séance, comme le prévoit l'entente.


5. CALENDRIER DES ÉTAPES

Le secrétaire général rappelle que l'étape 1 est rétroactive au 1er octobre 2026 et que le
rappel sera versé après la ratification ; le vote de ratification des membres est en cours.
L'étape 2 s'appliquera à la paie du 1 mars 27, c'est-à-dire à la première période de paie
commençant à cette date ou après.


6. AVIS DE LA COMMISSION PARITAIRE

Le conseil approuve le projet d'avis n° 2026-4, négocié avec le CPESAO, qui prolonge la
lettre d'entente n° 4 (spectacles de nuit de Lagoona Park) et remplace l'article 9(3) sur le
temps passé dans l'eau, et autorise la présidente à le signer.


7. SPECTACLES DE LAGOONA PARK

Lagoona Parks annonce 96 représentations du spectacle « Tides of Fire » pendant la saison
estivale 2027. Le délégué à la sécurité aquatique assistera à la première répétition
générale dans le bassin du stade.


8. QUESTIONS DIVERSES

Aucune.

Prochaine séance du conseil : samedi 16 janvier 2027, à 9 h 30.
La séance est levée à 12 h 05.

Florian Mwangi-Desjardins, secrétaire général
"""

EXPORT_HEAD = [
    "rate_code",
    "role",
    "unit",
    "step",
    "effective_from",
    "season",
    "rate",
    "source",
    "note",
]
_STEPS = [
    ("UWP", "Underwater performer", "tank day (8 h)", ("18,600", "19,400", "20,300")),
    ("SDV", "Safety diver", "day", ("14,800", "15,400", "16,000")),
    ("SDS", "Safety diver, standby", "day (half rate)", ("7,400", "7,700", "8,000")),
    ("WSP", "Water-stunt performer", "day, before gags", ("21,500", "22,400", "23,300")),
    ("MER", "Mermaid / costume-tail performer", "appearance", ("9,200", "9,600", "10,000")),
    ("DRV", "Boat or jet-ski driver", "day", ("12,900", "13,400", "13,900")),
    ("BGS", "Background swimmer", "day", ("5,600", "5,850", "6,100")),
]
_STEP_DATES = [("2026-10-01", "W26"), ("2027-03-01", "W26"), ("2027-10-01", "W27")]
_STEP_NOTES = [
    "backdated; retro pay run 2026-12-11",
    "first pay period beginning on or after this date",
    "",
]


def export_rows() -> list[list[str]]:
    rows = []
    for code, role, unit, rates in _STEPS:
        for i, rate in enumerate(rates):
            date, season = _STEP_DATES[i]
            note = _STEP_NOTES[i]
            if code == "SDS" and i == 0:
                note = "backdated; standby days are checked against the dive log (e.g. DL-12500)"
            rows.append(
                [
                    f"{code}-{i + 1}",
                    role,
                    unit,
                    str(i + 1),
                    date,
                    season,
                    f"KES {rate}.00",
                    "Sched. A",
                    note,
                ]
            )
    rows += [
        [
            "SHW-W26",
            "Show swimmer",
            "performance",
            "-",
            "2026-10-01",
            "W26",
            "KES 6,400.00",
            "s. 6(2)",
            "2026/27 winter season",
        ],
        [
            "SHW-S27",
            "Show swimmer",
            "performance",
            "-",
            "2027-04-01",
            "S27",
            "KES 7,100.00",
            "s. 6(2)",
            "Season 2027",
        ],
        [
            "WET",
            "Wet supplement",
            "day",
            "-",
            "2026-10-01",
            "W26",
            "KES 1,400.00",
            "s. 7(2)",
            "more than 30 minutes in the water",
        ],
        [
            "COLD",
            "Cold-water supplement",
            "day",
            "-",
            "ratification",
            "W26",
            "KES 2,750.00",
            "s. 3(5)",
            "water below 18 °C; not backdated",
        ],
        [
            "WSA",
            "Wetsuit allowance",
            "season",
            "-",
            "2026-10-01",
            "W26",
            "KES 8,600.00",
            "s. 12(1)",
            "three days or more in the season",
        ],
        [
            "BHC",
            "Breath-hold coach",
            "week",
            "-",
            "2026-10-01",
            "W26",
            "KES 64,000.00",
            "s. 6(5)",
            "weekly engagement",
        ],
        [
            "MEAL",
            "Tankside meal allowance",
            "tank day",
            "-",
            "2026-10-01",
            "W26",
            "KES 1,150.00",
            "s. 21(2)",
            "kept from the 2023-2026 agreement",
        ],
        [
            "ADJ-0031",
            "Correction",
            "day",
            "-",
            "2026-11-18",
            "W26",
            "\u2212KSh 450",
            "payroll",
            "cold-water supplement keyed at the new rate for a day worked before ratification; recovered on the retro pay run",
        ],
    ]
    return rows


POOL = """BLUECREST POOL SUPPLIES – TRADE PRICE LIST 2027
Unit 7, Saltpan Road, Port Marigot · open Monday to Saturday, 7:30 to 17:00

Prices for our “Trade” account holders: hotels, water parks, studios and public baths.
All prices in Okavellan shillings, per unit, collected from the depot. Delivery in
Port Marigot is free on orders over KSh 60,000; elsewhere it is quoted on request.
Prices hold from 4 January 2027 to 31 December 2027 unless chlorine costs rise sharply.

1. CHLORINE
   Chlorine granules, 56 %, drum of 25 kg ............................ KSh 14,350
   Chlorine tablets, 200 g, tub of 50 ................................. KSh 11,980
   Calcium hypochlorite shock, 10 kg .................................. KSh 6,275
   Liquid chlorine, 25 litres ........................................... KSh 4,190
   Stabiliser (cyanuric acid), 5 kg ................................... KSh 3,845

2. pH AND WATER BALANCE
   pH minus, 20 kg ...................................................... KSh 4,910
   pH plus, 20 kg ........................................................ KSh 5,330
   Alkalinity increaser, 10 kg ......................................... KSh 3,460
   DPD test kit (free chlorine, total chlorine and pH) .............. KSh 2,145
   DPD refill tablets, box of 250 ...................................... KSh 1,265

3. FILTERS AND MEDIA
   Sand filter, 600 mm, with six-way valve ........................... KSh 86,400
   Sand filter, 900 mm, with six-way valve ........................... KSh 131,750
   Filter sand, 25 kg ..................................................... KSh 1,790
   Glass filter media, 20 kg ........................................... KSh 3,620
   Cartridge filter, 100 sq ft ......................................... KSh 7,460
   Cartridge filter, 150 sq ft ......................................... KSh 9,935
   Skimmer basket ........................................................... KSh 965

4. TERMS
   Payment within 30 days of invoice for “Trade” accounts; cash or card at the depot
   for everyone else. Goods can’t be returned once a drum or tub has been opened.
   Chlorine products travel upright and apart from acids – our drivers will refuse a
   load that mixes them.

5. CONTACT
   Orders: Marguerite Oduya-Lindgren and Tomasz Achterhof, at the depot counter or by
   post. We sell chemicals and filtration only: no tiles, no liners, no heating.
"""


def minutes_bytes() -> bytes:
    return b"\xff\xfe" + MINUTES.replace("\n", "\r\n").encode("utf-16-le")


def export_bytes() -> bytes:
    lines = ["\t".join(EXPORT_HEAD)] + ["\t".join(r) for r in export_rows()]
    return b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n"


def pool_bytes() -> bytes:
    return POOL.replace("\n", "\r\n").encode("cp1252")


def build() -> None:
    for out, data in (
        (MINUTES_OUT, minutes_bytes()),
        (EXPORT_OUT, export_bytes()),
        (POOL_OUT, pool_bytes()),
    ):
        with open(out, "wb") as f:
            f.write(data)
        print("wrote", out, len(data), "bytes")


if __name__ == "__main__":
    build()
