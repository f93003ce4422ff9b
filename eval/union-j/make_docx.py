#!/usr/bin/env python3
"""Build docs/gbpu-schedule-a-rate-tables-2025-2028.docx (the whole text is in this script).

    .venv/bin/python eval/union-j/make_docx.py          # python-docx is in the project's venv

Schedule A (Minimum Rate Schedule) to the Interactive Media and Broadcast Announcers
Agreement 2025-2028: four real Word tables (voice, performance capture and on-camera,
singers, digital replicas), each row with a code ("V-1", "P-3", "R-5"), a band, the work,
the unit (per session, per hour, per day, per line batch, per project) and three year
columns headed by their dates ("1 Jul 2025 - 30 Jun 2026"). Some rows carry one amount
merged across the three year columns. Row V-4, Year 2, prints the misprint EUR 418.30
(corrected to EUR 413.80 by Correction Notice No. 1); row P-3 is amended from
1 February 2027 by Memorandum of Agreement No. 1. `schedule_text()` returns the same text
for check_set.py (one block per line, one table row per line, cells joined by " | ", a
merged amount once). The output is byte-for-byte reproducible: the core properties are
fixed and the zip is rewritten with a fixed timestamp.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "gbpu-schedule-a-rate-tables-2025-2028.docx")

HEADER = [
    "Code",
    "Band",
    "Work",
    "Unit",
    "1 Jul 2025 \u2013 30 Jun 2026",
    "1 Jul 2026 \u2013 30 Jun 2027",
    "1 Jul 2027 \u2013 30 Jun 2028",
]

# A row of 7 cells has one amount per contract year; a row of 5 cells has one amount
# merged across the three year columns.
# fmt: off
TABLES: dict[str, list[list[str]]] = {
    "voice": [
        ["V-1", "Band 1", "Voice session (up to 4 hours)", "per session", "\u20ac 468.00", "\u20ac 482.00", "\u20ac 497.50"],
        ["V-2", "Band 2", "Voice session (up to 4 hours)", "per session", "\u20ac 392.00", "\u20ac 404.00", "\u20ac 416.00"],
        ["V-3", "Band 3", "Voice session (up to 4 hours)", "per session", "\u20ac 318.00", "\u20ac 327.50", "\u20ac 337.00"],
        ["V-4", "Band 1", "Vocally stressful session (up to 2 hours)", "per session", "\u20ac 401.00", "\u20ac 418.30", "\u20ac 426.20"],
        ["V-5", "Band 2", "Vocally stressful session (up to 2 hours)", "per session", "\u20ac 334.00", "\u20ac 344.00", "\u20ac 354.30"],
        ["V-6", "Band 3", "Vocally stressful session (up to 2 hours)", "per session", "\u20ac 271.50", "\u20ac 279.60", "\u20ac 288.00"],
        ["V-7", "Band 1", "Line batch (up to 40 lines in 1 hour)", "per line batch", "\u20ac 152.00", "\u20ac 156.60", "\u20ac 161.30"],
        ["V-8", "Bands 2 and 3", "Line batch (up to 40 lines in 1 hour)", "per line batch", "\u20ac 121.00", "\u20ac 124.60", "\u20ac 128.40"],
        ["V-9", "All bands", "Voice session overtime beyond 4 hours", "per half-hour", "\u20ac 62.40", "\u20ac 64.30", "\u20ac 66.20"],
        ["V-10", "All bands", "Pick-up session (up to 1 hour)", "per pick-up", "\u20ac 145.00"],
    ],
    "capture": [
        ["P-1", "Band 1", "Performance capture day (8 hours)", "per day", "\u20ac 912.00", "\u20ac 939.50", "\u20ac 967.70"],
        ["P-2", "Band 2", "Performance capture day (8 hours)", "per day", "\u20ac 764.00", "\u20ac 787.00", "\u20ac 810.60"],
        ["P-3", "Band 3", "Performance capture day (8 hours)", "per day", "\u20ac 598.00", "\u20ac 616.00", "\u20ac 634.50"],
        ["P-4", "All bands", "Capture or on-camera time beyond 8 hours", "per hour", "\u20ac 128.00", "\u20ac 131.80", "\u20ac 135.80"],
        ["P-5", "All bands", "Facial scan or head-mounted camera fitting (up to 2 hours)", "per fitting", "\u20ac 240.00"],
        ["P-6", "Band 1", "On-camera performer, live-action cinematic", "per day", "\u20ac 845.00", "\u20ac 870.40", "\u20ac 896.50"],
        ["P-7", "Bands 2 and 3", "On-camera performer, live-action cinematic", "per day", "\u20ac 690.00", "\u20ac 710.70", "\u20ac 732.00"],
    ],
    "singers": [
        ["S-1", "Band 1", "Solo singer, song session (up to 3 hours)", "per session", "\u20ac 540.00", "\u20ac 556.20", "\u20ac 572.90"],
        ["S-2", "Bands 2 and 3", "Solo singer, song session (up to 3 hours)", "per session", "\u20ac 430.00", "\u20ac 442.90", "\u20ac 456.20"],
        ["S-3", "All bands", "Ensemble singer (three or more singers)", "per hour", "\u20ac 74.50"],
        ["S-4", "All bands", "Additional vocal track", "per track", "\u20ac 61.00", "\u20ac 62.80", "\u20ac 64.70"],
    ],
    "replicas": [
        ["R-1", "All bands", "Digital replica creation session (up to 4 hours)", "per session", "\u20ac 620.00", "\u20ac 638.60", "\u20ac 657.80"],
        ["R-2", "Band 1", "Digital replica use fee", "per project", "\u20ac 1,850.00", "\u20ac 1,905.50", "\u20ac 1,962.70"],
        ["R-3", "Band 2", "Digital replica use fee", "per project", "\u20ac 1,420.00", "\u20ac 1,462.60", "\u20ac 1,506.50"],
        ["R-4", "Band 3", "Digital replica use fee", "per project", "\u20ac 980.00", "\u20ac 1,009.40", "\u20ac 1,039.70"],
        ["R-5", "All bands", "Minimum training fee (Art. 14(7))", "per consent", "\u20ac 2,500.00"],
    ],
}
# fmt: on

# Each block: ("title"|"sub"|"h"|"p", text) or ("table", key of TABLES).
BLOCKS: list[tuple[str, str]] = [
    ("title", "Schedule A - Minimum Rate Schedule 2025-2028"),
    (
        "sub",
        "Interactive Media and Broadcast Announcers Agreement 2025-2028 - Games and "
        "Broadcast Performers' Union of Calvenne (GBPU) and Calvenne Interactive "
        "Publishers' Federation (CIPF)",
    ),
    (
        "p",
        "This Schedule forms part of the Agreement (see Art. 3 and Art. 4). All amounts "
        "are minimums in euros (EUR), before the pension and insurance contributions of "
        "Art. 6. Each amount applies in the contract year named at the head of its column: "
        "Year 1 from 1 July 2025 to 30 June 2026, Year 2 from 1 July 2026 to 30 June 2027, "
        "Year 3 from 1 July 2027 to 30 June 2028.",
    ),
    (
        "p",
        "The band is the budget band of the game under Art. 4: Band 1 (Tranche 1 in the "
        "French version), Band 2 (Tranche 2) or Band 3 (Tranche 3). Where a row shows one "
        "amount across the three year columns, that amount applies unchanged in every "
        "contract year. The rates of the Broadcast Announcers' Section are in Schedule B, "
        "published separately by the Section.",
    ),
    ("h", "Table 1 - Voice performers (Art. 7)"),
    ("table", "voice"),
    (
        "p",
        "A line batch is up to 40 lines recorded in no more than one hour (Art. 7(5)). "
        "Overtime (row V-9) is paid for each half-hour or part of a half-hour beyond four "
        "hours. A pick-up session (row V-10) is held within 60 days after the original "
        "session.",
    ),
    ("h", "Table 2 - Performance capture and on-camera performers (Art. 8 and Art. 9)"),
    ("table", "capture"),
    (
        "p",
        "A performance capture day or an on-camera day is eight hours of work, excluding "
        "the meal break. Row P-4 is paid for each hour or part of an hour beyond eight "
        "hours. Row P-5 is paid when the fitting is not held on a paid capture day.",
    ),
    ("h", "Table 3 - Singers (Art. 10)"),
    ("table", "singers"),
    (
        "p",
        "A song session covers up to two songs. Ensemble singers are paid for at least two hours.",
    ),
    ("h", "Table 4 - Digital replicas and training (Art. 14)"),
    ("table", "replicas"),
    (
        "p",
        "A use fee (rows R-2 to R-4) is due for each project in which a digital replica is "
        "used, in addition to any session or day fee. The training fee is at least 15% of "
        "the performer's total fees on the project and never less than the amount of "
        "row R-5.",
    ),
    (
        "p",
        "Published by the parties on 12 June 2025. Corrections of clerical errors in this "
        "Schedule are published as correction notices; changes are made only by a "
        "memorandum of agreement signed by the parties.",
    ),
]


def _row_text(row: list[str]) -> str:
    return " | ".join(row)


def schedule_text() -> str:
    lines: list[str] = []
    for kind, text in BLOCKS:
        if kind == "table":
            lines.append(_row_text(HEADER))
            lines.extend(_row_text(row) for row in TABLES[text])
        else:
            lines.append(text)
    return "\n".join(lines)


def build() -> None:
    import docx  # python-docx
    from docx.shared import Pt

    doc = docx.Document()
    props = doc.core_properties
    fixed = datetime.datetime(2025, 6, 12, 12, 0, 0)
    props.title = "Schedule A - Minimum Rate Schedule 2025-2028"
    props.author = "Games and Broadcast Performers' Union of Calvenne"
    props.created = fixed
    props.modified = fixed
    props.last_modified_by = "GBPU"
    props.revision = 1
    props.language = "en-GB"
    for kind, text in BLOCKS:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            run = doc.add_paragraph().add_run(text)
            run.italic = True
            run.font.size = Pt(10)
        elif kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "table":
            rows = TABLES[text]
            table = doc.add_table(rows=1 + len(rows), cols=len(HEADER))
            table.style = "Table Grid"
            for j, cell_text in enumerate(HEADER):
                cell = table.cell(0, j)
                cell.text = ""
                cell.paragraphs[0].add_run(cell_text).bold = True
            for i, row in enumerate(rows, start=1):
                if len(row) == 5:
                    merged = table.cell(i, 4).merge(table.cell(i, 6))
                    cells = [table.cell(i, j) for j in range(4)] + [merged]
                else:
                    cells = [table.cell(i, j) for j in range(7)]
                for cell, cell_text in zip(cells, row, strict=True):
                    cell.text = cell_text
        else:
            doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    # Rewrite the zip with a fixed timestamp and order so the file is reproducible.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 12, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    print("wrote", OUT)


if __name__ == "__main__":
    build()
