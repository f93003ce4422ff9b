#!/usr/bin/env python3
"""Build docs/sclpu-schedule-a-minimum-rates-2025-2029.pdf (the whole text is in this script).

    /work/main/.venv/bin/python eval/union-o/make_pdf.py    # fpdf2 is in the venv

Schedule A to the Live Comedy and Hosting Agreement 2025-2029: a one-line title, then one
ruled table (fpdf2's table support, landscape A4) spanning two pages, with its column
header repeated on page 2: row code, venue level, billing, work, unit and four contract-year
columns headed by month-year dates ("Yr 2 (Feb 2026)"). Rows W-3, T-1, T-3 and A-3 have one
amount across all years (a cell spanning the four year columns). Row W-2, Yr 2, prints
£2,119.70 (the correction notice gives the signed £2,191.70). A footnote under the table
says the amounts exclude holiday pay. `schedule_text()` returns the same text for
check_set.py (one row per line, cells joined by " | "). Core font in windows-1252 (the
pound sign and the en dash); fixed creation date, so the output is reproducible.
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "sclpu-schedule-a-minimum-rates-2025-2029.pdf")

TITLE = "Schedule A \u2013 Minimum Rates, Live Comedy and Hosting Agreement 2025\u20132029 (SCLPU / SAPV)"
YEAR_HEADERS = ["Yr 1 (Feb 2025)", "Yr 2 (Feb 2026)", "Yr 3 (Feb 2027)", "Yr 4 (Feb 2028)"]
HEADER = ["Code", "Level", "Billing", "Work", "Unit", *YEAR_HEADERS]

# A row of 9 cells has one amount per year; a row of 6 cells has one amount for all years.
# fmt: off
ROWS: list[list[str]] = [
    ["S-1", "1", "Opener", "Stand-up spot, 5 minutes", "per spot", "£42.00", "£43.50", "£45.00", "£46.60"],
    ["S-2", "1", "Opener or feature", "Stand-up spot, 10 minutes", "per spot", "£68.00", "£70.40", "£72.90", "£75.50"],
    ["S-3", "1", "Feature", "Stand-up spot, 20 minutes", "per spot", "£118.00", "£122.10", "£126.40", "£130.80"],
    ["S-4", "2", "Opener", "Stand-up spot, 10 minutes", "per spot", "£96.00", "£99.40", "£102.90", "£106.50"],
    ["S-5", "2", "Feature", "Stand-up spot, 20 minutes", "per spot", "£172.00", "£178.00", "£184.20", "£190.70"],
    ["S-6", "3", "Opener", "Stand-up spot, 10 minutes", "per spot", "£148.00", "£153.20", "£158.60", "£164.10"],
    ["S-7", "3", "Feature", "Stand-up spot, 20 minutes", "per spot", "£264.00", "£273.20", "£282.80", "£292.70"],
    ["H-1", "1", "Headliner", "Headline set (up to 45 minutes)", "per set", "£310.00", "£320.90", "£332.10", "£343.70"],
    ["H-2", "2", "Headliner", "Headline set (up to 45 minutes)", "per set", "£612.00", "£633.40", "£655.60", "£678.50"],
    ["H-3", "3", "Headliner", "Headline set (up to 45 minutes)", "per set", "£1,163.80", "£1,204.50", "£1,246.70", "£1,290.30"],
    ["M-1", "1", "Host / MC", "Hosted show (up to 3 hours)", "per show", "£165.00", "£170.80", "£176.80", "£183.00"],
    ["M-2", "2", "Host / MC", "Hosted show (up to 3 hours)", "per show", "£298.00", "£308.40", "£319.20", "£330.40"],
    ["M-3", "3", "Host / MC", "Hosted show (up to 3 hours)", "per show", "£520.00", "£538.20", "£557.00", "£576.50"],
    ["I-1", "1", "Ensemble", "Improvisation or sketch show", "per show", "£88.00", "£91.10", "£94.30", "£97.60"],
    ["I-2", "2", "Ensemble", "Improvisation or sketch show", "per show", "£142.00", "£147.00", "£152.10", "£157.40"],
    ["I-3", "3", "Ensemble", "Improvisation or sketch show", "per show", "£236.00", "£244.30", "£252.80", "£261.70"],
    ["R-1", "All", "All", "Rehearsal, improv or sketch (minimum 2 hours)", "per rehearsal hour", "£34.00", "£35.20", "£36.40", "£37.70"],
    ["W-1", "\u2013", "Writer", "Writers' room (up to 4 hours)", "per half day", "£286.00", "£296.00", "£306.40", "£317.10"],
    ["W-2", "\u2013", "Writer", "Writers' room (5 days of up to 8 hours)", "per week", "£2,117.60", "£2,119.70", "£2,268.40", "£2,347.80"],
    ["W-3", "\u2013", "Writer", "Punch-up session (up to 2 hours)", "per session", "£150.00 (all years)"],
    ["L-1", "\u2013", "Streamer", "Solo live stream", "per streaming hour", "£58.00", "£60.00", "£62.10", "£64.30"],
    ["L-2", "\u2013", "Streamer", "Co-host or guest on a live stream", "per streaming hour", "£44.00", "£45.50", "£47.10", "£48.70"],
    ["L-3", "\u2013", "All", "Short clip (up to 90 seconds)", "per clip", "£36.00", "£37.30", "£38.60", "£40.00"],
    ["L-4", "\u2013", "All", "Sponsored short clip (up to 90 seconds)", "per clip", "£95.00", "£98.30", "£101.70", "£105.30"],
    ["O-1", "1 and 2", "All", "Overtime (Article 8)", "per hour", "£52.00", "£53.80", "£55.70", "£57.60"],
    ["O-2", "3", "All", "Overtime (Article 8)", "per hour", "£78.00", "£80.70", "£83.50", "£86.40"],
    ["T-1", "All", "All", "Travel by own car beyond 25 km (Article 12)", "per km", "£0.48 (all years)"],
    ["T-2", "All", "All", "Overnight allowance when no room is provided", "per night", "£112.00", "£115.90", "£120.00", "£124.20"],
    ["T-3", "All", "All", "Festival per diem (Article 12(3))", "per day", "£85 (all years)"],
    ["A-1", "All", "All", "Voice clone: synthetic audio (Article 16(4)(a))", "per minute of audio", "£35.00", "£36.20", "£38.70", "£40.10"],
    ["A-2", "All", "All", "Digital double: synthetic clip up to 60 seconds", "per synthetic clip", "£140.00", "£144.90", "£150.00", "£155.30"],
    ["A-3", "All", "All", "Training a model on recorded sets (Art. 16(5)(a))", "per production", "£2,750.00 (all years)"],
    ["A-4", "All", "All", "Voice clone or digital double capture (up to 3 hours)", "per session", "£420.00", "£434.70", "£449.90", "£465.60"],
]
# fmt: on

FOOTNOTE = (
    "Amounts exclude holiday pay (8%, Article 5(2)). Venue level by seated capacity: "
    "Level 1 up to 150 seats, Level 2 from 151 to 600 seats, Level 3 over 600 seats. "
    "Each year column applies from 1 February of the year shown. Issued by the Joint "
    "Committee SCLPU-SAPV, Port Tamsin, 24 January 2025."
)


def schedule_text() -> str:
    lines = [TITLE, " | ".join(HEADER)]
    lines.extend(" | ".join(row) for row in ROWS)
    lines.append(FOOTNOTE)
    return "\n".join(lines)


def build() -> None:
    from fpdf import FPDF  # fpdf2

    pdf = FPDF(orientation="L", format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_title("SCLPU Schedule A - Minimum Rates 2025-2029")
    pdf.set_author("Joint Committee SCLPU-SAPV")
    pdf.set_creation_date(datetime.datetime(2025, 1, 24, 12, 0, tzinfo=datetime.UTC))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 9, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 9.5)
    widths = (13, 15, 27, 80, 30, 28, 28, 28, 28)
    with pdf.table(
        col_widths=widths,
        line_height=5.4,
        text_align=("LEFT", "CENTER", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        repeat_headings=1,
        padding=1.6,
    ) as table:
        table.row(HEADER)
        for cells in ROWS:
            row = table.row()
            for text in cells[:5]:
                row.cell(text)
            if len(cells) == 6:
                row.cell(cells[5], colspan=4, align="CENTER")
            else:
                for text in cells[5:]:
                    row.cell(text)
    pdf.ln(3)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.multi_cell(0, 4.5, FOOTNOTE, new_x="LMARGIN", new_y="NEXT")
    pdf.output(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
