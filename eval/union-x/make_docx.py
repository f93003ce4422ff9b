#!/usr/bin/env python3
"""Build the Word document of union-x (its whole text is in this script).

    /work/main/.venv/bin/python eval/union-x/make_docx.py    # python-docx is in the venv

- docs/bareme-saison-2025-2026.docx: the Barème de la saison 2025-2026 (the schedule of
  the previous season, 1 September 2025 to 31 August 2026), French, issued on 25 August
  2025. Two Word tables. In table 1 the ROLE CELL IS VERTICALLY MERGED (w:vMerge) over the
  unit rows of that role ("Mascotte (artiste en costume)" over "par match", "par
  apparition", "essayage ou nettoyage"): the continuation cells are empty in the XML and
  python-docx repeats the role. Table 2 has a HORIZONTALLY MERGED header cell
  ("Barème 2025-2026", w:gridSpan="2", over "Montant" and "Unité") and a vertically merged
  "Poste" header. Amounts are written with a DOT as thousands separator and a comma before
  the öre ("2.300,00 kr", "415,50 kr"). It is replaced from 1 September 2026 by the Season
  Rate Card S26/27 (a PDF in docs/).

`schedule_text()` returns the same text for check_set.py (one paragraph or table row per
line, the non-empty cells joined by " | "). The output is byte-for-byte reproducible (fixed
core properties and zip timestamps).
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEDULE_OUT = os.path.join(HERE, "docs", "bareme-saison-2025-2026.docx")
HEADER = "GAARS / AESVS – Barème de la saison 2025-2026 (1er septembre 2025 – 31 août 2026)"

TABLE1_HEADER = ["Rôle", "Unité", "Cachet 2025-2026", "Renvoi"]
# (role or "" under a vertically merged role cell, unit, amount, footnote)
TABLE1 = [
    ["Lutteur ou lutteuse professionnel(le)", "par match télévisé", "2.300,00 kr", ""],
    ["", "par journée d'enregistrement télé (jusqu'à 10 h)", "4.600,00 kr", "*"],
    ["", "par gala non télévisé (house show)", "1.800,00 kr", ""],
    ["Artiste de combat d'exhibition", "par exhibition (jusqu'à 3 combats)", "1.650,00 kr", ""],
    ["", "par journée de répétition", "1.100,00 kr", ""],
    ["Mascotte (artiste en costume)", "par match (jusqu'à 4 h sur place)", "1.380,00 kr", ""],
    ["", "par apparition (jusqu'à 2 h)", "780,00 kr", ""],
    ["", "essayage ou nettoyage du costume, par heure", "310,00 kr", ""],
    ["Annonceur ou annonceuse de ring", "par événement", "1.500,00 kr", ""],
    ["Annonceur ou annonceuse d'aréna", "par match", "1.200,00 kr", ""],
    [
        "Commentateur ou commentatrice d'e-sport (caster)",
        "par journée de diffusion (jusqu'à 9 h)",
        "2.900,00 kr",
        "",
    ],
    ["", "par tournoi (jusqu'à 4 journées de diffusion)", "10.400,00 kr", "**"],
    [
        "Animateur ou animatrice de plateau e-sport",
        "par journée de diffusion (jusqu'à 9 h)",
        "2.600,00 kr",
        "",
    ],
    ["Animateur ou animatrice d'ambiance (hype host)", "par événement", "1.100,00 kr", ""],
    ["", "par segment supplémentaire au-delà de deux", "240,00 kr", ""],
]
TABLE1_NOTES = [
    "* La journée d'enregistrement télé compte pour un match au sens de l'art. VIII(2) de "
    "l'Accord.",
    "** Le cachet de tournoi vaut aussi pour l'animateur ou l'animatrice de plateau ; au-delà "
    "de quatre journées de diffusion, chaque journée supplémentaire est payée au cachet de la "
    "journée de diffusion.",
]
# header row 1: "Poste" (vertically merged with the cell below) and "Barème 2025-2026"
# spanning two grid columns; header row 2: (merged) | "Montant" | "Unité"
TABLE2_HEAD = [["Poste", "Barème 2025-2026"], ["", "Montant", "Unité"]]
TABLE2 = [
    ["T-1 Journée de voyage sans appel", "950,00 kr", "par jour"],
    ["T-2 Indemnité journalière (per diem)", "452,00 kr", "par nuit hors de la base"],
    [
        "T-3 Indemnité du circuit nordique [1]",
        "375,00 kr",
        "par jour de spectacle dans le Nordmark",
    ],
    ["D-1 Séance de numérisation (jusqu'à 4 h)", "3.200,00 kr", "par séance"],
    ["D-2 Licence de double numérique", "14.500,00 kr", "par titre de jeu"],
    ["V-1 Licence de modèle vocal IA [2]", "9.800,00 kr", "par saison"],
    ["V-2 Lignes générées au-delà du plafond", "415,50 kr", "par bloc de 100 lignes"],
]
TABLE2_NOTES = [
    "[1] Clause 11.3 de l'accord 2021–2024 (expiré), maintenue en vigueur par l'art. XIX(3) de "
    "l'Accord : le même montant chaque saison.",
    "[2] Plafond de lignes générées par saison : voir l'art. XIV(3)(c) de l'Accord.",
]

# (kind, text): "title", "sub", "h" (heading), "p" (paragraph), "note" (a footnote under a
# table), "table" (text = "1" or "2")
SCHEDULE: list[tuple[str, str]] = [
    ("title", "Barème de la saison 2025-2026"),
    (
        "sub",
        "Comité paritaire des tarifs GAARS–AESVS, en application de l'article IV de l'Accord sur "
        "les arts de l'arène 2024–2027 entre la Guilde des artistes d'arène et de ring du "
        "Strandmark (GAARS) et l'Association des employeurs du spectacle vivant du Strandmark "
        "(AESVS). Publié à Kalvhamn le 25 août 2025.",
    ),
    ("h", "Présentation"),
    (
        "p",
        "La saison 2025-2026 court du 1er septembre 2025 au 31 août 2026. Les cachets ci-dessous "
        "s'appliquent au travail effectué pendant cette période, quel que soit le jour du "
        "paiement.",
    ),
    (
        "p",
        "Le présent barème sera remplacé par la grille tarifaire de la saison 2026-2027 (Season "
        "Rate Card S26/27) à compter du 1er septembre 2026. Le travail effectué jusqu'au 31 août "
        "2026 reste payé au présent barème.",
    ),
    (
        "p",
        "Les montants sont en couronnes (kr), avec un point pour les milliers et une virgule "
        "avant les öre : 2.300,00 kr se lit deux mille trois cents couronnes.",
    ),
    (
        "p",
        "Dans le tableau 1, la cellule du rôle est fusionnée verticalement : le rôle vaut pour "
        "toutes les lignes d'unité qui la suivent, jusqu'au rôle suivant. Dans le tableau 2, "
        "l'en-tête « Barème 2025-2026 » couvre les colonnes Montant et Unité.",
    ),
    (
        "p",
        "Les primes de l'article VII de l'Accord (numéro à haut risque, chutes au-delà de douze, "
        "match hardcore, chaleur dans le costume, heures supplémentaires, réservation tardive) "
        "sont fixées pour toute la durée de l'Accord et ne figurent pas dans ce barème.",
    ),
    ("h", "Tableau 1 – Cachets par rôle et par unité"),
    ("table", "1"),
    *[("note", n) for n in TABLE1_NOTES],
    ("h", "Tableau 2 – Déplacements, indemnités, doubles numériques et voix IA"),
    ("table", "2"),
    *[("note", n) for n in TABLE2_NOTES],
    (
        "p",
        "Les lignes D-1 et D-2 exigent le formulaire DD-1 ; les lignes V-1 et V-2 exigent le "
        "formulaire VM-2 (art. XIV de l'Accord).",
    ),
    ("h", "Signatures"),
    (
        "p",
        "Pour la GAARS : Henrik Sauvé-Dahl, secrétaire général. Pour l'AESVS : Élise Hammarby, "
        "directrice des relations du travail. Kalvhamn, le 25 août 2025.",
    ),
]


def _row_text(row: list[str]) -> str:
    return " | ".join(c for c in row if c)


def schedule_text() -> str:
    lines = []
    for kind, text in SCHEDULE:
        if kind == "table" and text == "1":
            lines += [_row_text(TABLE1_HEADER)] + [_row_text(r) for r in TABLE1]
        elif kind == "table":
            lines += [_row_text(r) for r in TABLE2_HEAD] + [_row_text(r) for r in TABLE2]
        else:
            lines.append(text)
    return "\n".join(lines)


def _props(doc, when: datetime.datetime) -> None:
    props = doc.core_properties
    props.title = "Barème de la saison 2025-2026"
    props.author = "Comité paritaire des tarifs GAARS-AESVS"
    props.created = when
    props.modified = when
    props.last_modified_by = "GAARS"
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


def _set(cell, text: str, bold: bool = False) -> None:
    p = cell.paragraphs[0]
    for extra in cell.paragraphs[1:]:  # a merge leaves the merged cells' empty paragraphs
        extra._p.getparent().remove(extra._p)
    if text:
        p.add_run(text).bold = bold


def _table1(doc) -> None:
    rows = [TABLE1_HEADER, *TABLE1]
    table = doc.add_table(rows=len(rows), cols=len(TABLE1_HEADER))
    table.style = "Table Grid"
    for c, text in enumerate(TABLE1_HEADER):
        _set(table.cell(0, c), text, bold=True)
    # the role cell spans its unit rows: merge from the role row down to the row before the
    # next role
    starts = [i for i, r in enumerate(rows) if i > 0 and r[0]]
    for k, start in enumerate(starts):
        end = (starts[k + 1] if k + 1 < len(starts) else len(rows)) - 1
        cell = table.cell(start, 0)
        if end > start:
            cell = cell.merge(table.cell(end, 0))
        _set(cell, rows[start][0], bold=True)
    for i, row in enumerate(rows[1:], 1):
        for c in range(1, len(row)):
            _set(table.cell(i, c), row[c])


def _table2(doc) -> None:
    rows = len(TABLE2_HEAD) + len(TABLE2)
    table = doc.add_table(rows=rows, cols=3)
    table.style = "Table Grid"
    poste = table.cell(0, 0).merge(table.cell(1, 0))
    _set(poste, TABLE2_HEAD[0][0], bold=True)
    span = table.cell(0, 1).merge(table.cell(0, 2))
    _set(span, TABLE2_HEAD[0][1], bold=True)
    _set(table.cell(1, 1), TABLE2_HEAD[1][1], bold=True)
    _set(table.cell(1, 2), TABLE2_HEAD[1][2], bold=True)
    for i, row in enumerate(TABLE2, len(TABLE2_HEAD)):
        for c, text in enumerate(row):
            _set(table.cell(i, c), text)


def build() -> None:
    import docx  # python-docx

    when = datetime.datetime(2025, 8, 25, 12, 0, 0)
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
            _table1(doc) if text == "1" else _table2(doc)
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
