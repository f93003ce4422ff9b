#!/usr/bin/env python3
"""Build the Word document of union-w (its whole text is in this script).

    /work/main/.venv/bin/python eval/union-w/make_docx.py    # python-docx is in the venv

- docs/bareme-cachets-exercice-2025-2026.docx: the Barème des cachets – exercice 2025-2026
  (the rate schedule of the last contract year, 1 February 2025 to 31 January 2026),
  French, issued on 17 January 2025. Three Word tables. Table 1 has SUB-ROWS: a role row
  ("Interprète en costume (patrimoine) | par jour | 655,00 dirhams") is followed by
  indented rows whose label begins with a dash ("– fins de semaine", "– jours fériés") and
  only makes sense with the role above. Footnotes under the tables are marked *, ** and
  [1], [2], [3]. Amounts are written the French way with a DOT as thousands separator and
  a comma for the decimals ("1.280,00 dirhams", "590,00 dirhams"). It is replaced from
  1 February 2026 by the Seasonal Rate Sheet FY26/27 (a PDF in docs/).

`schedule_text()` returns the same text for check_set.py (one paragraph or table row per
line, table cells joined by " | "). The output is byte-for-byte reproducible (fixed core
properties and zip timestamps).
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEDULE_OUT = os.path.join(HERE, "docs", "bareme-cachets-exercice-2025-2026.docx")
HEADER = (
    "GIIAC / CEAC – Barème des cachets – exercice 2025-2026 (1er février 2025 – 31 janvier 2026)"
)

TABLE_HEADER = ["Rôle ou type de travail", "Unité", "Cachet minimum", "Renvoi"]

TABLE1 = [
    [
        "Comédien·ne d'épouvante (scare actor)",
        "par nuit (jusqu'à 6 h sur place)",
        "590,00 dirhams",
        "[1]",
    ],
    [
        "Comédien·ne d'épouvante (scare actor)",
        "par quart d'épouvante (jusqu'à 2 h 30)",
        "265,00 dirhams",
        "[1]",
    ],
    ["Interprète de théâtre immersif", "par représentation", "390,00 dirhams", ""],
    [
        "Interprète de théâtre immersif",
        "par journée de répétition (jusqu'à 7 h)",
        "700,00 dirhams",
        "",
    ],
    ["Maître du jeu (salle d'évasion)", "par heure", "99,50 dirhams", ""],
    ["Comédien·ne en salle (salle d'évasion)", "par heure", "135,00 dirhams", ""],
    ["– fins de semaine et jours fériés", "par heure", "162,00 dirhams", ""],
    [
        "Distribution de dîner-spectacle meurtre et mystère",
        "par représentation, repas fourni",
        "515,00 dirhams",
        "*",
    ],
    ["Interprète en costume (patrimoine)", "par jour", "650,00 dirhams", ""],
    ["– fins de semaine", "par jour", "720,50 dirhams", ""],
    ["– jours fériés", "par jour", "982,50 dirhams", ""],
    ["Personnage ambulant", "par passage de 30 minutes", "155,00 dirhams", "**"],
    ["– jours fériés", "par passage", "232,50 dirhams", ""],
]
TABLE1_NOTES = [
    "* Lorsqu'aucun repas n'est servi à la distribution avant ou pendant la représentation, "
    "une indemnité de repas de 90,00 dirhams s'ajoute au cachet.",
    "** Six passages par jour au maximum, avec un repos d'au moins trente minutes entre deux "
    "passages ; appel minimum de trois passages.",
    "[1] Le cachet de nuit et le cachet de quart ne se cumulent jamais pour les mêmes heures ; "
    "au-delà de deux quarts dans une même nuit, le cachet de nuit s'applique.",
]
TABLE2 = [
    ["Essayage de costume", "par heure (minimum une heure)", "94,00 dirhams", "[2]"],
    [
        "Temps de maquillage prothétique au-delà de 30 minutes",
        "par demi-heure entamée",
        "61,00 dirhams",
        "",
    ],
    [
        "Prime de fin de saison hantée (contrat de 30 nuits ou plus)",
        "par contrat",
        "1.280,00 dirhams",
        "[3]",
    ],
    [
        "Prime de fin de saison de festival (contrat de 40 jours ou plus)",
        "par contrat",
        "1.060,00 dirhams",
        "[3]",
    ],
    ["Indemnité kilométrique entre sites", "par kilomètre", "3,20 dirhams", ""],
    ["Supplément photo", "par jour", "118,00 dirhams", ""],
    [
        "Droit d'utilisation photo (formulaire PH-3)",
        "par photo ou séquence publiée",
        "200,00 dirhams",
        "",
    ],
    [
        "Indemnité d'hiver en extérieur (clause 16.2 de l'accord 2022–2025, maintenue)",
        "par journée en extérieur, du 1er novembre au 31 mars",
        "47,50 dirhams",
        "",
    ],
]
TABLE2_NOTES = [
    "[2] Sauf le premier essayage de chaque saison d'un contrat saisonnier, jusqu'à une heure, "
    "qui n'est pas payé (§ 8.5 de l'Accord).",
    "[3] Versée une fois par contrat saisonnier à l'interprète qui travaille au moins 90 % des "
    "nuits ou des journées prévues.",
]
TABLE3 = [
    [
        "AI-A Personnage IA interactif (captation de mouvement et du visage)",
        "par site et par an",
        "9.400,00 dirhams",
        "",
    ],
    [
        "AI-B Clone vocal (audioguides, narration de manège)",
        "par langue et par an",
        "2.340,00 dirhams",
        "",
    ],
    ["AI-C Séance de captation (jusqu'à 4 h)", "par séance", "1.190,00 dirhams", ""],
    ["AI-D Script supplémentaire au-delà de vingt par an", "par script", "36,00 dirhams", ""],
]

# (kind, text): "title", "sub", "h" (heading), "p" (paragraph), "note" (a footnote under a
# table), "table" (text = "1", "2" or "3")
SCHEDULE: list[tuple[str, str]] = [
    ("title", "Barème des cachets – exercice 2025-2026"),
    (
        "sub",
        "Comité paritaire des tarifs GIIAC–CEAC. Accord sur l'interprétation en attractions "
        "vivantes 2025–2028, section 4. Exercice 2025-2026 : du 1er février 2025 au "
        "31 janvier 2026. Publié à Port-Sauvin le 17 janvier 2025.",
    ),
    ("h", "Présentation"),
    (
        "p",
        "Le présent barème fixe les cachets minimums de l'exercice 2025-2026, par type de "
        "travail et par rôle, en application de la section 4 de l'Accord sur l'interprétation "
        "en attractions vivantes 2025–2028 conclu entre la Guilde des interprètes immersifs "
        "et d'attractions de Calvène (GIIAC) et le Conseil des exploitants d'attractions de "
        "Calvène (CEAC). Les montants sont en dirhams et s'entendent avant les primes. Un "
        "contrat individuel peut prévoir plus, jamais moins.",
    ),
    (
        "p",
        "Les primes exprimées en pourcentage (nuit, prothèses, chaleur, jours fériés sans "
        "tarif propre) sont fixées par l'Accord et ne sont pas reprises ici. Aucune révision "
        "en cours d'exercice n'est prévue pour l'exercice 2025-2026 : chaque montant vaut du "
        "1er février 2025 au 31 janvier 2026.",
    ),
    (
        "p",
        "Lecture du tableau 1 : une ligne dont le libellé commence par un tiret (« – fins de "
        "semaine », « – jours fériés ») est une sous-ligne. Elle donne le cachet du rôle de la "
        "ligne qui la précède, pour les jours indiqués ; les autres jours, le cachet de la "
        "ligne du rôle s'applique.",
    ),
    (
        "p",
        "Remplacement : le barème saisonnier de l'exercice 2026-2027 (Seasonal Rate Sheet "
        "FY26/27) remplacera le présent barème à compter du 1er février 2026. Le travail "
        "accompli jusqu'au 31 janvier 2026 reste payé selon le présent barème.",
    ),
    ("h", "Tableau 1 – Cachets par rôle et type de travail"),
    ("table", "1"),
    *[("note", n) for n in TABLE1_NOTES],
    ("h", "Tableau 2 – Essayages, maquillage, primes de fin de saison et indemnités"),
    ("table", "2"),
    *[("note", n) for n in TABLE2_NOTES],
    ("h", "Tableau 3 – Captation numérique et IA (section 14 de l'Accord)"),
    ("table", "3"),
    (
        "note",
        "Projections « fantômes » : aucun tarif ; elles sont interdites sans licence distincte "
        "(§ 14.4 de l'Accord). Les redevances AI-A et AI-B sont facturées à chaque "
        "anniversaire de la licence (§ 7.3).",
    ),
    ("h", "Signatures"),
    (
        "p",
        "Pour la GIIAC : Barnaby Quennell-Aubry, secrétaire général. Pour le CEAC : Mireille "
        "Sandoval-Pike, directrice des relations de travail. Port-Sauvin, le 17 janvier 2025.",
    ),
]

TABLES = {"1": TABLE1, "2": TABLE2, "3": TABLE3}


def _row_text(row: list[str]) -> str:
    return " | ".join(row)


def schedule_text() -> str:
    lines = []
    for kind, text in SCHEDULE:
        if kind == "table":
            lines += [_row_text(TABLE_HEADER)] + [_row_text(r) for r in TABLES[text]]
        else:
            lines.append(text)
    return "\n".join(lines)


def _props(doc, when: datetime.datetime) -> None:
    props = doc.core_properties
    props.title = "Barème des cachets - exercice 2025-2026"
    props.author = "Comité paritaire des tarifs GIIAC-CEAC"
    props.created = when
    props.modified = when
    props.last_modified_by = "GIIAC"
    props.revision = 1
    props.language = "fr-FR"


def _save(doc, out: str, when: datetime.datetime) -> None:
    buf = io.BytesIO()
    doc.save(buf)
    stamp = (when.year, when.month, when.day, 12, 0, 0)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    print("wrote", out)


def _table(doc, rows: list[list[str]]) -> None:
    from docx.shared import Cm

    table = doc.add_table(rows=0, cols=len(TABLE_HEADER))
    table.style = "Table Grid"
    cells = table.add_row().cells
    for c, text in zip(cells, TABLE_HEADER, strict=True):
        c.text = text
        c.paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = table.add_row().cells
        for c, text in zip(cells, row, strict=True):
            c.text = text
        if row[0].startswith("– "):  # a sub-row: its label indented under the role above
            cells[0].paragraphs[0].paragraph_format.left_indent = Cm(0.6)
            cells[0].paragraphs[0].runs[0].italic = True
        else:
            cells[0].paragraphs[0].runs[0].bold = True


def build() -> None:
    import docx  # python-docx

    when = datetime.datetime(2025, 1, 17, 12, 0, 0)
    doc = docx.Document()
    _props(doc, when)
    doc.sections[0].header.paragraphs[0].text = HEADER
    for kind, text in SCHEDULE:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "table":
            _table(doc, TABLES[text])
        elif kind == "note":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.italic = True
            r.font.size = docx.shared.Pt(9)
        else:
            doc.add_paragraph(text)
    _save(doc, SCHEDULE_OUT, when)


if __name__ == "__main__":
    build()
