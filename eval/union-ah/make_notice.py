#!/usr/bin/env python3
"""Write the two byte-sensitive text documents of union-ah (their whole text is here).

    python3 eval/union-ah/make_notice.py

- docs/releve-paie-figurants-conducteurs-2026-11.txt: a producer's FIXED-WIDTH PAY REPORT
  in French, encoded ISO-8859-1 (LATIN-1; read as UTF-8 it fails), LF line ends, with a
  FORM FEED (0x0C) between its three pages and the PAGE HEADER REPEATED on each page;
  columns aligned by spaces; amounts with dots between the thousands and no symbol
  ("2.310.000"), rates with their unit glued ("385.000/j", "4.200/km") so that no
  column's figure follows another column's digits; one NEGATIVE correction with a
  TRAILING MINUS ("125.000-"); a member total per block and a TOTALS line; the backdated
  vehicle allowance (from 1 November 2026) and, at the foot, the Year-1 day rate "à
  partir du 15 janv. 2027" and the kilometre rate indexed from 1 January 2027.
- docs/halloran-drive-car-and-van-rental-prices-2027.txt: a DISTRACTOR in English, a car
  and van rental company's price list in rupiah, UTF-8 WITH CRLF line ends and NO FINAL
  NEWLINE.

check_set.py checks that the files are what this script writes.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
REPORT_OUT = os.path.join(HERE, "docs", "releve-paie-figurants-conducteurs-2026-11.txt")
RENTAL_OUT = os.path.join(HERE, "docs", "halloran-drive-car-and-van-rental-prices-2027.txt")
FF = "\f"

# ---- the pay report ---------------------------------------------------------------------------

WIDTH = 88
COLS = (6, 44, 10, 14, 14)  # code, label, quantity, rate, amount


def _row(code: str, label: str, qty: str, rate: str, amount: str) -> str:
    line = (
        code.ljust(COLS[0])
        + label.ljust(COLS[1])
        + qty.rjust(COLS[2])
        + rate.rjust(COLS[3])
        + amount.rjust(COLS[4])
    )
    if len(line) > WIDTH:
        raise SystemExit(f"report line too wide: {line!r}")
    return line.rstrip()


def _header(page: int, pages: int) -> list[str]:
    return [
        "STUDIO PHARE-ROUGE - SERVICE DE LA PAIE".ljust(WIDTH - 12)
        + f"Page {page}/{pages}".rjust(12),
        "RELEVE DE PAIE - FIGURANTS CONDUCTEURS AVEC VEHICULE PERSONNEL",
        "Periode : novembre 2026        Edite le 4 déc. 2026        Montants en roupies (Rp)",
        "=" * WIDTH,
        _row("Code", "Libellé", "Quantité", "Taux", "Montant"),
        "-" * WIDTH,
    ]


# one block per member: (name, plate, production, [rows]); quantities carry their unit
MEMBERS: list[tuple[str, str, str, list[tuple[str, str, str, str, str]]]] = [
    (
        "Ayu Thibodeau-Rahman",
        "B 2450 XYZ",
        "« Nuit sur la corniche » (Lintang Pictures)",
        [
            ("JOUR", "Journées de figuration (ancien barème)", "6 j", "590.000/j", "3.540.000"),
            ("VEH", "Indemnité de véhicule (au 1er nov. 2026)", "6 j", "385.000/j", "2.310.000"),
            ("KM", "Indemnité kilométrique (depuis signature)", "412 km", "4.200/km", "1.730.400"),
            ("REPA", "Repas en bord de piste", "6 j", "145.000/j", "870.000"),
            ("CORR", "Correction : avance carburant du 12/11", "-", "-", "125.000-"),
        ],
    ),
    (
        "Marc-André Sitompul",
        "F 7713 KLR",
        "« Nuit sur la corniche » (Lintang Pictures)",
        [
            ("JOUR", "Journées de figuration (ancien barème)", "4 j", "590.000/j", "2.360.000"),
            ("VEH", "Indemnité de véhicule (au 1er nov. 2026)", "4 j", "385.000/j", "1.540.000"),
            ("KM", "Indemnité kilométrique (depuis signature)", "268 km", "4.200/km", "1.125.600"),
            ("REPA", "Repas en bord de piste", "4 j", "145.000/j", "580.000"),
        ],
    ),
    (
        "Sekar Lemieux-Hadiwijaya",
        "T 3906 PHR",
        "« Les Phares de novembre » (Studio Phare-Rouge)",
        [
            ("JOUR", "Journées de figuration (ancien barème)", "3 j", "590.000/j", "1.770.000"),
            ("VEH", "Indemnité de véhicule (au 1er nov. 2026)", "3 j", "385.000/j", "1.155.000"),
            ("KM", "Indemnité kilométrique (depuis signature)", "157 km", "4.200/km", "659.400"),
            ("REPA", "Repas en bord de piste", "3 j", "145.000/j", "435.000"),
        ],
    ),
    (
        "Yohanes Bélanger",
        "D 5128 MCN",
        "« Les Phares de novembre » (Studio Phare-Rouge)",
        [
            ("JOUR", "Journées de figuration (ancien barème)", "5 j", "590.000/j", "2.950.000"),
            ("VEH", "Indemnité de véhicule (au 1er nov. 2026)", "5 j", "385.000/j", "1.925.000"),
            ("KM", "Indemnité kilométrique (depuis signature)", "331 km", "4.200/km", "1.390.200"),
            ("REPA", "Repas en bord de piste", "5 j", "145.000/j", "725.000"),
        ],
    ),
]


def _amount(s: str) -> int:
    neg = s.endswith("-")
    v = int(s.rstrip("-").replace(".", ""))
    return -v if neg else v


def _fmt(v: int) -> str:
    return f"{v:,}".replace(",", ".")


def _block(name: str, plate: str, production: str, rows) -> tuple[list[str], int]:
    out = [f"Membre : {name:<34}Véhicule : {plate}", f"Production : {production}"]
    total = 0
    for r in rows:
        out.append(_row(*r))
        total += _amount(r[4])
    out.append(_row("", "Total du membre", "", "", _fmt(total)))
    out.append("")
    return out, total


FOOT = [
    "Notes",
    "- Indemnité de véhicule portée à 385.000/j avec effet rétroactif au 1er nov. 2026 par",
    "  l'article 3 de l'entente 2027-2030 (ancien montant : 320.000/j). Le rappel des jours",
    "  travaillés depuis le 1er nov. 2026 est versé dans les 45 jours suivant la signature de",
    "  l'entente, sur une ligne distincte.",
    "- La ligne CORR reprend une avance carburant versée deux fois le 12 nov. 2026.",
    "- Barème de l'année 1 (à partir du 15 janv. 2027) : journée de figuration 640.000/j.",
    "- Indemnité kilométrique indexée au 1er janv. 2027 (avis du comité mixte n° 2026-7) :",
    "  4.330/km pour les kilomètres parcourus à partir de cette date.",
]


def report_text() -> str:
    blocks = [_block(*m) for m in MEMBERS]
    pages_content = [
        blocks[0][0] + blocks[1][0],
        blocks[2][0] + blocks[3][0],
    ]
    grand = sum(t for _, t in blocks)
    summary = [
        _row("", "Membres payés sur la période", "4", "", ""),
        _row("", "Dont corrections négatives", "1", "", ""),
        "-" * WIDTH,
        _row("", "TOTAL GENERAL DU RELEVE (4 membres)", "", "", _fmt(grand)),
        "=" * WIDTH,
        "",
        *FOOT,
    ]
    pages_content.append(summary)
    pages = []
    for i, content in enumerate(pages_content, 1):
        pages.append("\n".join(_header(i, len(pages_content)) + content).rstrip("\n") + "\n")
    return FF.join(pages)


def report_bytes() -> bytes:
    return report_text().encode("latin-1")


# ---- the car rental price list (a distractor) ---------------------------------------------------

RENTAL = """HALLORAN DRIVE CAR & VAN RENTAL - PRICE LIST 2027
Depot: 61 Tollgate Road, Port Halloran. Open every day, 7:00 to 21:00.

All prices are in rupiah, per vehicle, including tax. They apply to rentals that
start between 4 January 2027 and 31 December 2027. A rental day is 24 hours from
the time the keys are handed over.

1. DAILY AND WEEKLY PRICES
   Category              Example model            Per day        Per week
   A  Compact            Hatchback, 5 doors       Rp 465.000     Rp 2.790.000
   B  Family             Saloon, automatic        Rp 690.000     Rp 4.140.000
   C  Estate             Estate, large boot       Rp 785.000     Rp 4.710.000
   D  People carrier     7 seats                  Rp 1.085.000   Rp 6.510.000
   E  Pickup             Double cab               Rp 980.000     Rp 5.880.000
   F  Van                3.5 tonnes               Rp 1.240.000   Rp 7.440.000

2. DISTANCE
   Each rental day includes 250 km. Every kilometre above that costs Rp 3.150.

3. COVER AND EXCESS
   Every rental includes basic damage cover with an excess of Rp 12.500.000.
   Excess reduction: Rp 135.000 per day brings the excess down to Rp 2.500.000.
   Glass and tyres cover: Rp 55.000 per day.

4. EXTRAS
   Second driver: Rp 85.000 per day.
   Roof box: Rp 70.000 per day.
   Satellite navigation unit: Rp 45.000 per day.
   Delivery and collection in Port Halloran: Rp 175.000 each way.

5. FUEL, DEPOSIT AND RETURNS
   Vehicles leave full and come back full; missing fuel is charged at Rp 24.500 per
   litre plus a refuelling service charge of Rp 110.000.
   A deposit of Rp 4.000.000 is held on a card for the length of the rental.
   Late returns: each started hour after the agreed time costs a tenth of the day
   price; after three hours a full extra day is charged.
   Smoking in a vehicle: cleaning charge of Rp 650.500.

6. BOOKING
   Book at the depot counter or by telephone. Weekly prices apply to rentals of seven
   days or more. Vans are not rented for moving house on weekends in June and July."""


def rental_bytes() -> bytes:
    return RENTAL.replace("\n", "\r\n").encode("utf-8")


def build() -> None:
    for out, data in ((REPORT_OUT, report_bytes()), (RENTAL_OUT, rental_bytes())):
        with open(out, "wb") as f:
            f.write(data)
        print("wrote", out, len(data), "bytes")


if __name__ == "__main__":
    build()
