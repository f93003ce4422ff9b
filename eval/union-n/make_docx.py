#!/usr/bin/env python3
"""Build docs/fmcu-rate-schedule-2025-2028.docx (the whole text is in this script).

    /work/main/.venv/bin/python eval/union-n/make_docx.py    # python-docx is in the venv

The Rate Schedule to the Fashion and Image Agreement 2025-2028: a short introduction, then
three real Word tables (sessions; runway, fittings and travel; creators and synthetic
use) with a row code, the band or tier, the work, the unit and three contract-year columns
headed by their dates ("Year 2 (1 May 2026 \u2013 30 Apr 2027)"). Rows R-4, T-1, D-1 and
D-4 have one amount in a cell merged across the three year columns ("all years"). Row
M-8, Year 2, shows CHF 1,113.20 (Rate Bulletin 2026-3 gives the signed CHF 1,130.20).
`rate_schedule_text()` returns the same text for check_set.py (one row per line, cells
joined by " | "). The output is byte-for-byte reproducible (fixed core properties and zip
timestamps).
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "fmcu-rate-schedule-2025-2028.docx")

TITLE = "Rate Schedule \u2013 Fashion and Image Agreement 2025\u20132028"
INTRO = (
    "Schedule to the Fashion and Image Agreement 2025\u20132028 (FIA) between the FMCU and "
    "VAMTA. Minimum fees in Swiss francs, excluding usage (see the Usage Fee Table), by band "
    "(Band I lead or campaign face, Band II featured, Band III group or background; in "
    "French Bande I / II / III) or, for creators, by audience tier (Tier S / M / L), and by "
    "contract year. Contract years start on 1 May. A booking that states no band is paid "
    "as Band III."
)
YEAR_HEADERS = [
    "Year 1 (1 May 2025 \u2013 30 Apr 2026)",
    "Year 2 (1 May 2026 \u2013 30 Apr 2027)",
    "Year 3 (1 May 2027 \u2013 30 Apr 2028)",
]
HEADER = ["Code", "Band / tier", "Work", "Unit", *YEAR_HEADERS]

# A row of 7 cells has one amount per year; a row of 5 cells has one amount for all years.
# fmt: off
TABLES: list[tuple[str, list[list[str]]]] = [
    ("Table 1 \u2013 Photo and video sessions (clauses 5 and 7)", [
        ["M-1", "Band I", "Photo or video session", "per hour", "CHF 212.00", "CHF 219.40", "CHF 227.10"],
        ["M-2", "Band II", "Photo or video session", "per hour", "CHF 168.00", "CHF 173.90", "CHF 180.00"],
        ["M-3", "Band III", "Photo or video session", "per hour", "CHF 96.00", "CHF 99.40", "CHF 102.90"],
        ["M-4", "Band I", "Half day (up to 4 h)", "per half day", "CHF 764.00", "CHF 790.80", "CHF 818.50"],
        ["M-5", "Band II", "Half day (up to 4 h)", "per half day", "CHF 604.00", "CHF 625.10", "CHF 647.00"],
        ["M-6", "Band III", "Half day (up to 4 h)", "per half day", "CHF 344.00", "CHF 356.00", "CHF 368.50"],
        ["M-7", "Band I", "Full day (up to 8 h)", "per day", "CHF 1,384.00", "CHF 1,432.40", "CHF 1,482.50"],
        ["M-8", "Band II", "Full day (up to 8 h)", "per day", "CHF 1,092.00", "CHF 1,113.20", "CHF 1,169.80"],
        ["M-9", "Band III", "Full day (up to 8 h)", "per day", "CHF 624.00", "CHF 645.80", "CHF 668.40"],
        ["M-10", "All bands", "Parts model (hands, feet)", "per hour", "CHF 148.00", "CHF 153.20", "CHF 158.55"],
        ["E-1", "Bands II and III", "E-commerce shoot (minimum 15 looks a day)", "per look", "CHF 38.00", "CHF 39.35", "CHF 40.70"],
        ["O-1", "Bands I and II", "Overtime after 8 hours in a day", "per hour", "CHF 252.00", "CHF 260.80", "CHF 269.90"],
        ["O-2", "Band III", "Overtime after 8 hours in a day", "per hour", "CHF 144.00", "CHF 149.00", "CHF 154.20"],
    ]),
    ("Table 2 \u2013 Runway, fittings, weather days and travel (clauses 5, 9 and 10)", [
        ["R-1", "Band I", "Runway show", "per show", "CHF 1,180.00", "CHF 1,221.30", "CHF 1,264.00"],
        ["R-2", "Band II", "Runway show", "per show", "CHF 840.00", "CHF 869.40", "CHF 899.80"],
        ["R-3", "Band III", "Runway show", "per show", "CHF 512.00", "CHF 529.90", "CHF 548.40"],
        ["R-4", "All bands", "Walk-through or rehearsal on another day (up to 3 h)", "per rehearsal", "CHF 180.00 (all years)"],
        ["F-1", "All bands", "Fitting model", "per fitting hour", "CHF 118.00", "CHF 122.10", "CHF 126.40"],
        ["W-1", "All bands", "Weather day, outdoor shoot (clause 9)", "per weather day", "CHF 420.00", "CHF 434.70", "CHF 449.90"],
        ["T-1", "All bands", "Travel by own car beyond 30 km", "per km", "CHF 0.72 (all years)"],
        ["T-2", "All bands", "Overnight allowance when no room is provided", "per night", "CHF 186.00", "CHF 192.50", "CHF 199.20"],
    ]),
    ("Table 3 \u2013 Brand content creators and synthetic models (clauses 15 and 17)", [
        ["C-1", "Tier S", "Sponsored post", "per post", "CHF 260.00", "CHF 269.10", "CHF 278.50"],
        ["C-2", "Tier M", "Sponsored post", "per post", "CHF 640.00", "CHF 662.40", "CHF 685.60"],
        ["C-3", "Tier L", "Sponsored post", "per post", "CHF 1,480.00", "CHF 1,531.80", "CHF 1,585.40"],
        ["C-4", "Tier S", "Sponsored story", "per story", "CHF 85.00", "CHF 88.00", "CHF 91.10"],
        ["C-5", "Tier M", "Sponsored story", "per story", "CHF 210.00", "CHF 217.40", "CHF 225.00"],
        ["C-6", "Tier L", "Sponsored story", "per story", "CHF 490.00", "CHF 507.20", "CHF 524.95"],
        ["D-1", "All bands", "Body scan for virtual try-on (up to 3 h)", "per scan session", "CHF 950.00 (all years)"],
        ["D-2", "Band I", "Synthetic use of the model's likeness (clause 17.5)", "per month of synthetic use", "CHF 620.00", "CHF 641.70", "CHF 664.20"],
        ["D-3", "Bands II and III", "Synthetic use of the model's likeness (clause 17.5)", "per month of synthetic use", "CHF 410.00", "CHF 424.35", "CHF 439.20"],
        ["D-4", "All bands", "Training an image model (clause 17.6)", "per training consent", "CHF 3,200.00 (all years)"],
    ]),
]
# fmt: on

NOTES = [
    "Overtime is paid per hour or part of an hour. Travel time is paid at 50% of the hourly "
    "rate (clause 10.2). Fees for minors: see clause 11.4.",
    "Issued by the Joint Rates Committee FMCU-VAMTA, Castelmont, 24 April 2025.",
]


def rate_schedule_text() -> str:
    lines = [TITLE, INTRO]
    for caption, rows in TABLES:
        lines.append(caption)
        lines.append(" | ".join(HEADER))
        lines.extend(" | ".join(row) for row in rows)
    lines.extend(NOTES)
    return "\n".join(lines)


def build() -> None:
    import docx  # python-docx
    from docx.shared import Pt

    when = datetime.datetime(2025, 4, 24, 12, 0, 0)
    doc = docx.Document()
    props = doc.core_properties
    props.title = "FMCU Rate Schedule 2025-2028"
    props.author = "Joint Rates Committee FMCU-VAMTA"
    props.created = when
    props.modified = when
    props.last_modified_by = "FMCU"
    props.revision = 1
    props.language = "en-GB"
    doc.add_heading(TITLE, level=0)
    doc.add_paragraph(INTRO)
    for caption, rows in TABLES:
        doc.add_heading(caption, level=2)
        table = doc.add_table(rows=1, cols=7)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.bold = True
                run.font.size = Pt(9)
        for cells in rows:
            row = table.add_row()
            for cell, text in zip(row.cells[:4], cells[:4], strict=True):
                cell.text = text
            if len(cells) == 5:
                merged = row.cells[4].merge(row.cells[6])
                merged.text = cells[4]
            else:
                for cell, text in zip(row.cells[4:], cells[4:], strict=True):
                    cell.text = text
    for note in NOTES:
        doc.add_paragraph(note)
    buf = io.BytesIO()
    doc.save(buf)
    stamp = (when.year, when.month, when.day, 12, 0, 0)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    print("wrote", OUT)


if __name__ == "__main__":
    build()
