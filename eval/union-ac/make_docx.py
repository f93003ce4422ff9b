#!/usr/bin/env python3
"""Build the Word document of union-ac (its whole text is in this script).

    /work/main/.venv/bin/python eval/union-ac/make_docx.py    # python-docx is in the venv

docs/bareme-exercice-2025-2026.docx: last fiscal year's rate schedule (exercice 2025-2026,
1 April 2025 - 31 March 2026), in French. Two traps of layout:

- the PERIOD is stated only in the document's HEADER PART (word/header1.xml: "du 01/04/2025
  au 31/03/2026", dates day first, said there once, and "remplacé le 01/04/2026"), never in
  the body (word/document.xml); a reader of the body alone does not know which year the
  rates are for;
- the table's first column is VERTICALLY MERGED (w:vMerge): a role is written once, in the
  first row of its group ("restart"), and the following rows of the group hold an empty
  "continue" cell. python-docx's `row.cells` repeats the merged cell's text on every row of
  the group; a reader of word/document.xml sees the role once and empty cells under it.

Amounts are written "1.100,- Kč" (dot thousands, the Central-European ",-" for "no minor
units", the currency after). `schedule_text()` returns the text for check_set.py (the
header, then one paragraph or table row per line, cells joined by " | ", the role repeated
on each row). Fixed dates, so the output is byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEDULE_OUT = os.path.join(HERE, "docs", "bareme-exercice-2025-2026.docx")

HEADER = (
    "GIMB / CPFN – Barème de l'exercice 2025-2026, du 01/04/2025 au 31/03/2026 (dates au "
    "format jour/mois/année) – remplacé le 01/04/2026 par le barème de l'exercice 2026-2027"
)
TABLE_HEAD = ["Rôle", "Unité", "Montant"]
# (role, [(unit, amount), ...]): the role cell is merged vertically over its units
ROWS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Moniteur ou monitrice de cours de fitness diffusés",
        [
            ("Cours en direct de moins de 45 minutes", "820,- Kč"),
            ("Cours en direct de 45 minutes ou plus", "1.100,- Kč"),
            ("Cours enregistré de moins de 45 minutes", "700,- Kč"),
            ("Cours enregistré de 45 minutes ou plus", "940,- Kč"),
        ],
    ),
    (
        "Narrateur ou narratrice (méditation, histoires pour dormir)",
        [
            ("Par minute finie (jusqu'à 30 minutes finies)", "135,- Kč"),
            ("Par minute finie, format long (plus de 30 minutes finies)", "160,- Kč"),
        ],
    ),
    (
        "Chorégraphe (yoga, danse à suivre)",
        [("Par routine créée", "2.250,- Kč"), ("Par routine interprétée", "880,- Kč")],
    ),
    ("Figurant ou figurante en arrière-plan", [("Par demi-journée", "540,- Kč")]),
    (
        "Interprète de référence en capture de mouvement",
        [("Par séance (jusqu'à 3 heures)", "1.650,- Kč")],
    ),
    (
        "Tous les rôles",
        [
            ("Échauffement de 15 minutes, avant chaque cours", "225,- Kč"),
            ("Allocation vêtements et équipement, par trimestre", "1.500,- Kč"),
        ],
    ),
]

BODY: list[tuple[str, str]] = [
    ("title", "Barème des cachets"),
    (
        "sub",
        "Guilde des interprètes du mouvement et du bien-être (GIMB) et Conseil des "
        "producteurs de fitness numérique (CPFN), en application du § 2.3 de la convention "
        "2025-2028.",
    ),
    ("h", "1. Cachets minimaux"),
    (
        "p",
        "Les montants ci-dessous sont des minimums. Un producteur peut payer davantage ; il "
        "ne peut pas payer moins. Ils sont exprimés en couronnes (Kč), sans décimales : "
        "« 1.100,- Kč » se lit mille cent couronnes.",
    ),
    ("table", ""),
    ("h", "2. Remarques"),
    (
        "p",
        "Le tarif supérieur s'applique aux cours dont la durée publiée atteint 45 minutes. "
        "Le format long s'applique à chaque minute finie d'un enregistrement de plus de "
        "30 minutes finies, et non aux seules minutes au-delà de la trentième.",
    ),
    (
        "p",
        "Le chorégraphe qui interprète sa propre routine reçoit les deux cachets : celui de "
        "la routine créée et celui de la routine interprétée.",
    ),
    (
        "p",
        "Les membres engagés par le même producteur avant l'entrée en vigueur de la "
        "convention conservent le tarif maintenu du § 7.4 pour les cours en direct de "
        "45 minutes ou plus.",
    ),
    (
        "p",
        "Les frais de réutilisation des cours enregistrés figurent dans un tableau distinct, "
        "publié pour chaque exercice. Les frais de déplacement suivent le § 13.1.",
    ),
    (
        "p",
        "Questions : bureau de la Guilde, 8, quai des Tanneurs, Valmont-sur-Lisse, du lundi "
        "au vendredi.",
    ),
]


def schedule_text() -> str:
    lines = [HEADER]
    for kind, text in BODY:
        if kind == "table":
            lines.append(" | ".join(TABLE_HEAD))
            for role, units in ROWS:
                lines += [f"{role} | {u} | {a}" for u, a in units]
        else:
            lines.append(text)
    return "\n".join(lines)


def body_text() -> str:
    """The body alone (word/document.xml), the role written once per group."""
    lines = []
    for kind, text in BODY:
        if kind == "table":
            lines.append(" | ".join(TABLE_HEAD))
            for role, units in ROWS:
                for i, (u, a) in enumerate(units):
                    lines.append(f"{role if i == 0 else ''} | {u} | {a}")
        else:
            lines.append(text)
    return "\n".join(lines)


def _save(doc, out: str | None, when: datetime.datetime) -> bytes:
    """Save with fixed zip dates (to `out` unless it is None); return the bytes."""
    buf = io.BytesIO()
    doc.save(buf)
    stamp = (when.year, when.month, when.day, 12, 0, 0)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    out_buf = io.BytesIO()
    with zipfile.ZipFile(out_buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    if out is not None:
        with open(out, "wb") as f:
            f.write(out_buf.getvalue())
        print("wrote", out)
    return out_buf.getvalue()


def _vmerge(cell, value: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    vm = OxmlElement("w:vMerge")
    if value == "restart":
        vm.set(qn("w:val"), "restart")
    tc_pr.append(vm)


def build_schedule(write: bool = True) -> bytes:
    import docx  # python-docx

    when = datetime.datetime(2025, 3, 28, 12, 0, 0)
    doc = docx.Document()
    props = doc.core_properties
    props.title = "Barème des cachets"
    props.author = "GIMB"
    props.created = when
    props.modified = when
    props.last_modified_by = "GIMB"
    props.revision = 1
    props.language = "fr-FR"
    doc.sections[0].header.paragraphs[0].text = HEADER
    n_rows = sum(len(units) for _, units in ROWS)
    for kind, text in BODY:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "table":
            table = doc.add_table(rows=1 + n_rows, cols=3)
            table.style = "Table Grid"
            for c, h in enumerate(TABLE_HEAD):
                table.cell(0, c).paragraphs[0].add_run(h).bold = True
            r = 1
            for role, units in ROWS:
                for i, (unit, amount) in enumerate(units):
                    first = table.cell(r, 0)
                    if i == 0:
                        first.paragraphs[0].add_run(role)
                        if len(units) > 1:
                            _vmerge(first, "restart")
                    else:
                        _vmerge(first, "continue")
                    table.cell(r, 1).paragraphs[0].add_run(unit)
                    table.cell(r, 2).paragraphs[0].add_run(amount)
                    r += 1
        else:
            doc.add_paragraph(text)
    return _save(doc, SCHEDULE_OUT if write else None, when)


if __name__ == "__main__":
    build_schedule()
