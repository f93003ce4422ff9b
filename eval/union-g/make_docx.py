#!/usr/bin/env python3
"""Build docs/cwg-schedule-a-minimums-2026-2028.docx (the whole text is in this script).

    .venv/bin/python eval/union-g/make_docx.py          # python-docx is in the project's venv

Schedule A to the Writers' Agreement 2026-2028: one row per category, a Unit column, and
the two CONTRACT YEARS as columns whose headers are date ranges ("Year 1: 1 April 2026 –
31 March 2027" | "Year 2: 1 April 2027 – 31 March 2028"); the contract year starts on
1 April, not on 1 January. English number formats ("$68,400.00"). `schedule_text()`
returns the same text (paragraphs and table cells, one per line) for check_set.py. The
output is byte-for-byte reproducible: the core properties are fixed and the zip is
rewritten with a fixed timestamp.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "cwg-schedule-a-minimums-2026-2028.docx")

HEADER = [
    "Ref.",
    "Category",
    "Unit",
    "Year 1: 1 April 2026 – 31 March 2027",
    "Year 2: 1 April 2027 – 31 March 2028",
]

# Each block: ("title"|"sub"|"h"|"p", text) or ("table", [header, rows...]).
BLOCKS: list[tuple[str, object]] = [
    ("title", "Schedule A — Minimums"),
    (
        "sub",
        "Writers' Agreement 2026–2028 between the Calderwick Writers' Guild (CWG), its Audio "
        "Drama and Podcast Performers' Section (ADPS) and the Calderwick Screen and Audio "
        "Producers' Council (CSAPC)",
    ),
    (
        "p",
        "How to read this schedule: each category has one row. The last two columns give the "
        "minimum for each contract year. A contract year runs from 1 April to 31 March; it "
        "does not follow the calendar year. Literary material delivered, or work performed, "
        "between 1 April 2026 and 31 March 2027 is paid at least the Year 1 column; between "
        "1 April 2027 and 31 March 2028, at least the Year 2 column (Article 3.2). Amounts "
        "are in Calderwick dollars, before the deduction of working dues and of the member's "
        "retirement plan contribution.",
    ),
    ("h", "Section A — Feature films (Article 7)"),
    (
        "table",
        [
            HEADER,
            [
                "A1",
                "Original screenplay, including treatment",
                "per screenplay",
                "$68,400.00",
                "$70,790.00",
            ],
            ["A2", "Screenplay without treatment", "per screenplay", "$52,150.00", "$53,975.00"],
            ["A3", "Treatment", "per treatment", "$16,250.00", "$16,820.00"],
            ["A4", "Rewrite of a screenplay", "per rewrite", "$21,300.00", "$22,045.00"],
            ["A5", "Polish of a screenplay", "per polish", "$10,650.00", "$11,020.00"],
        ],
    ),
    ("h", "Section B — Television (Article 8)"),
    (
        "table",
        [
            HEADER,
            [
                "B1",
                "One-hour episode, story and teleplay",
                "per episode",
                "$24,850.00",
                "$25,720.00",
            ],
            [
                "B2",
                "Half-hour episode, story and teleplay",
                "per episode",
                "$16,180.00",
                "$16,745.00",
            ],
            ["B3", "Story outline, one-hour episode", "per outline", "$6,940.00", "$7,185.00"],
            ["B4", "Story outline, half-hour episode", "per outline", "$4,610.00", "$4,770.00"],
            ["B5", "Episode rewrite", "per rewrite", "$7,420.00", "$7,680.00"],
            ["B6", "Episode polish", "per polish", "$3,710.00", "$3,840.00"],
            ["B7", "Staff writer, week to week", "per week", "$4,365.00", "$4,518.00"],
            ["B8", "Story editor, week to week", "per week", "$5,290.00", "$5,475.00"],
        ],
    ),
    ("h", "Section C — Radio drama and podcasts (Article 10)"),
    (
        "table",
        [
            HEADER,
            [
                "C1",
                "Radio drama script",
                "per 30 minutes of running time",
                "$2,080.00",
                "$2,153.00",
            ],
            [
                "C2",
                "Podcast episode script",
                "per 30 minutes of running time",
                "$1,240.00",
                "$1,285.00",
            ],
            ["C3", "Podcast series bible", "per bible", "$3,900.00", "$4,035.00"],
        ],
    ),
    ("h", "Section D — Video-game narrative (Article 11)"),
    (
        "table",
        [
            HEADER,
            ["D1", "Narrative designer", "per week", "$2,240.00", "$2,310.00"],
            [
                "D2",
                "Dialogue and barks outside a weekly engagement",
                "per 1,000 words delivered",
                "$415.00",
                "$430.00",
            ],
            ["D3", "Lore or world bible", "per bible", "$5,600.00", "$5,795.00"],
        ],
    ),
    ("h", "Section E — Audio-drama and podcast performers (Articles 12 and 14)"),
    (
        "table",
        [
            HEADER,
            [
                "E1",
                "Audio-drama performer session",
                "per session (up to 4 hours)",
                "$465.00",
                "$482.00",
            ],
            [
                "E2",
                "Additional hour after 4 hours",
                "per hour or part of an hour",
                "$128.00",
                "$132.50",
            ],
            ["E3", "Narrator, audio drama", "per finished hour", "$305.00", "$316.00"],
            [
                "E4",
                "Voice replica creation session (Article 14.7(c))",
                "per session",
                "$610.00",
                "$631.00",
            ],
            [
                "E5",
                "Per-episode replica use fee (Article 14.7(c))",
                "per episode",
                "$385.00",
                "$400.00",
            ],
        ],
    ),
    ("h", "Notes"),
    (
        "p",
        "1. The minimums for a script running more than 30 minutes, for additional steps and "
        "for staff writers who write an episode are determined by the Agreement (Articles "
        "8.3 and 10.2), not by this schedule.",
    ),
    (
        "p",
        "2. The per-episode replica use fee is paid for each episode in which a digital voice "
        "replica of the performer is used, whatever the length of the use.",
    ),
    (
        "p",
        "3. Reuse of podcast and audio-drama episodes is paid as a percentage of the original "
        "fee under Article 13; the percentages are not part of this schedule.",
    ),
    (
        "p",
        "4. This schedule may be amended only by a document signed under Article 16.1. Check "
        "the Guild's website for any memorandum that replaces a row.",
    ),
]


def schedule_text() -> str:
    lines: list[str] = []
    for kind, content in BLOCKS:
        if kind == "table":
            for row in content:  # type: ignore[union-attr]
                lines.extend(row)
        else:
            lines.append(str(content))
    return "\n".join(lines)


def build() -> None:
    import docx  # python-docx
    from docx.shared import Pt

    doc = docx.Document()
    props = doc.core_properties
    fixed = datetime.datetime(2026, 3, 27, 12, 0, 0)
    props.title = "Schedule A - Minimums 2026-2028"
    props.author = "Calderwick Writers' Guild"
    props.created = fixed
    props.modified = fixed
    props.last_modified_by = "CWG"
    props.revision = 1
    props.language = "en-CA"
    for kind, content in BLOCKS:
        if kind == "title":
            doc.add_heading(str(content), level=0)
        elif kind == "sub":
            p = doc.add_paragraph()
            run = p.add_run(str(content))
            run.italic = True
            run.font.size = Pt(11)
        elif kind == "h":
            doc.add_heading(str(content), level=1)
        elif kind == "p":
            doc.add_paragraph(str(content))
        else:
            rows = content  # type: ignore[assignment]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
    buf = io.BytesIO()
    doc.save(buf)
    # Rewrite the zip with a fixed timestamp and order so the file is reproducible.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 27, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    print("wrote", OUT)


if __name__ == "__main__":
    build()
