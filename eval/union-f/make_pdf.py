#!/usr/bin/env python3
"""Build docs/aiv-grille-tarifaire-2026-2027.pdf (the whole text is in this script).

    .venv/bin/python eval/union-f/make_pdf.py          # fpdf2 is in the project's venv

The rate grid (annexe A of the agreement) is in French, with French number formats
("1 018,00 $"), one row per item and the two periods as COLUMNS ("En vigueur le 1er janvier
2026" | "En vigueur le 1er janvier 2027"), plus a "Unité" column. `grid_text()` returns the
same text (paragraphs and table cells, one per line) for check_set.py, which also reads the
built file when pypdf is importable. The output is byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "aiv-grille-tarifaire-2026-2027.pdf")

HEADER = [
    "Réf.",
    "Catégorie",
    "Unité",
    "En vigueur le 1er janvier 2026",
    "En vigueur le 1er janvier 2027",
]

# Each block: ("title"|"h"|"p", text) or ("table", [header, rows...]). Latin-1 only (core font).
BLOCKS: list[tuple[str, object]] = [
    ("title", "Annexe A - Grille tarifaire 2026-2027"),
    (
        "p",
        "Entente collective 2026-2027 (publicité, radiodiffusion, cascade et doublage) entre "
        "l'Alliance des interprètes de Vallombre (AIV) et l'Association des producteurs "
        "publicitaires et télévisuels de Vallombre (APPTV). Grille signée à Port-Sévigny le "
        "28 novembre 2025.",
    ),
    (
        "p",
        "Mode de lecture : chaque catégorie occupe une ligne; les deux dernières colonnes "
        "donnent le montant minimum selon la date où le travail est effectué. Pour une "
        "séance tenue en 2026, lire la colonne « En vigueur le 1er janvier 2026 »; pour une "
        "séance tenue en 2027, la colonne « En vigueur le 1er janvier 2027 ». La colonne "
        "Unité indique ce que le montant rémunère. Montants en dollars, avant la retenue de "
        "la cotisation syndicale.",
    ),
    ("h", "Section A - Publicité (chapitre 8)"),
    (
        "table",
        [
            HEADER,
            [
                "A1",
                "Cachet de séance, interprète principal",
                "par séance (jusqu'à 8 h)",
                "742,50 $",
                "768,50 $",
            ],
            [
                "A2",
                "Cachet de séance, interprète secondaire ou figurant de publicité",
                "par séance (jusqu'à 8 h)",
                "395,00 $",
                "408,75 $",
            ],
            [
                "A3",
                "Heure supplémentaire, interprète principal",
                "par heure ou fraction",
                "139,25 $",
                "144,10 $",
            ],
            ["A4", "Cachet de détention", "par cycle de 13 semaines", "615,00 $", "636,50 $"],
            [
                "A5",
                "Utilisation télévision, réseau provincial",
                "par cycle de 13 semaines",
                "1 184,00 $",
                "1 225,40 $",
            ],
            [
                "A6",
                "Utilisation Internet et médias sociaux",
                "par cycle de 13 semaines",
                "890,00 $",
                "921,15 $",
            ],
            ["A7", "Message radio, séance", "par séance (jusqu'à 2 h)", "312,00 $", "322,90 $"],
        ],
    ),
    ("h", "Section B - Radiodiffusion (chapitre 9)"),
    (
        "table",
        [
            HEADER,
            ["B1", "Interprète, émission dramatique", "par jour (10 h)", "684,00 $", "707,95 $"],
            [
                "B2",
                "Interprète engagé à l'heure",
                "par heure (minimum 4 heures)",
                "98,60 $",
                "102,05 $",
            ],
            [
                "B3",
                "Narration ou annonce promotionnelle",
                "par séance d'une heure",
                "176,25 $",
                "182,40 $",
            ],
        ],
    ),
    ("h", "Section C - Cascade (chapitre 10)"),
    (
        "table",
        [
            HEADER,
            [
                "C1",
                "Cascadeur ou cascadeuse, cachet journalier",
                "par jour (8 h)",
                "1 018,00 $",
                "1 052,00 $",
            ],
            [
                "C2",
                "Cascadeur ou cascadeuse, cachet hebdomadaire",
                "par semaine (5 jours)",
                "4 580,00 $",
                "4 735,00 $",
            ],
            [
                "C3",
                "Heure supplémentaire de cascade",
                "par heure ou fraction",
                "191,00 $",
                "197,50 $",
            ],
            [
                "C4",
                "Répétition de cascade (autre jour que le tournage)",
                "par heure (minimum 2 heures)",
                "118,00 $",
                "122,00 $",
            ],
        ],
    ),
    ("h", "Section D - Doublage (chapitre 11)"),
    (
        "table",
        [
            HEADER,
            ["D1", "Doublage, taux par ligne", "par ligne", "3,85 $", "3,98 $"],
            [
                "D2",
                "Doublage, cachet minimum de séance",
                "par séance (minimum 2 heures)",
                "214,00 $",
                "221,50 $",
            ],
            ["D3", "Doublage, taux horaire", "par heure", "107,00 $", "110,75 $"],
            [
                "D4",
                "Narration doublée (voix hors champ)",
                "par tranche de 100 mots",
                "41,20 $",
                "42,65 $",
            ],
            [
                "D5",
                "Doublage, heure supplémentaire",
                "par heure ou fraction",
                "160,50 $",
                "166,10 $",
            ],
            ["D6", "Chant doublé", "par chanson", "265,00 $", "274,25 $"],
        ],
    ),
    ("h", "Section E - Pénalités et indemnités"),
    (
        "table",
        [
            HEADER,
            [
                "E1",
                "Pénalité de repas (clause 5.01)",
                "par demi-heure ou fraction",
                "28,50 $",
                "29,50 $",
            ],
            [
                "E2",
                "Indemnité de garde-robe (tenue fournie par l'interprète)",
                "par tenue",
                "22,00 $",
                "22,75 $",
            ],
            [
                "E3",
                "Indemnité quotidienne hors zone (clause 12.01)",
                "par jour",
                "96,00 $",
                "99,50 $",
            ],
        ],
    ),
    ("h", "Notes"),
    (
        "p",
        "[1] Les ajustements de cascade minimums (clause 10.04) sont publiés dans le bulletin "
        "des tarifs de cascade de l'AIV. La prime de risque, les pourcentages de rachat et "
        "de rediffusion, la pénalité de retard de paiement et les cachets relatifs aux "
        "répliques numériques sont fixés dans l'entente, non dans la présente grille.",
    ),
    (
        "p",
        "[2] Le cachet de détention (ligne A4) payé pour un cycle est déduit du cachet "
        "d'utilisation du même cycle (clause 8.04).",
    ),
    (
        "p",
        "[3] La cotisation syndicale (2,25 %) est retenue sur les cachets des sections A à "
        "D, non sur les pénalités et indemnités de la section E.",
    ),
    (
        "p",
        "Publié par le Service aux membres de l'AIV, 240, boulevard des Forges, bureau 5, "
        "Port-Sévigny. Une version anglaise est offerte au bureau d'Ashcombe.",
    ),
]


def grid_text() -> str:
    lines: list[str] = []
    for kind, content in BLOCKS:
        if kind == "table":
            for row in content:  # type: ignore[union-attr]
                lines.extend(row)
        else:
            lines.append(str(content))
    return "\n".join(lines)


def build() -> None:
    from fpdf import FPDF  # fpdf2

    pdf = FPDF(orientation="L", format="A4")
    pdf.set_title("AIV - Annexe A - Grille tarifaire 2026-2027")
    pdf.set_author("Alliance des interprètes de Vallombre")
    pdf.set_creation_date(datetime.datetime(2025, 11, 28, tzinfo=datetime.UTC))
    pdf.add_page()
    for kind, content in BLOCKS:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, str(content), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, str(content), new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, str(content), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("Helvetica", "", 9)
            table_rows = content  # type: ignore[assignment]
            with pdf.table(
                col_widths=(12, 100, 60, 52, 52),
                text_align=("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT"),
            ) as table:
                for row in table_rows:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
    pdf.output(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
