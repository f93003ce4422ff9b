#!/usr/bin/env python3
"""Build docs/dsag-schedule-a-rates-2025-2028.pdf (the whole text is in this script).

    .venv/bin/python eval/union-k/make_pdf.py          # fpdf2 is in the project's venv

Schedule A (Dancers, Choreographers and Digital Replicas) to the Live Performance, Music
Video and Recording Agreement 2025-2028: three tables drawn with fpdf2's table API, each
row with a code ("D-3", "C-2", "R-5"), a category, the work, the unit (per week, per
performance, per day, per hour, per call, per number, per session, per project, per
consent) and three year columns headed by their dates ("1 Sep 2025 - 31 Aug 2026"). Rows
D-6, D-11 and R-5 carry one amount merged across the three year columns. The dancers'
table runs over a page break (its heading row is repeated). Row C-2, Year 2, prints the
misprint $2,183.30 (corrected to $2,138.30 by Erratum No. 1); row D-3 is amended from
1 March 2027 by Letter of Understanding No. 1. `schedule_text()` returns the same text for
check_set.py (one block per line, one row per line, cells joined by " | "). The core font
is used with the windows-1252 encoding (for the en dash). Byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "dsag-schedule-a-rates-2025-2028.pdf")

HEADER = [
    "Code",
    "Category",
    "Work",
    "Unit",
    "1 Sep 2025 \u2013 31 Aug 2026",
    "1 Sep 2026 \u2013 31 Aug 2027",
    "1 Sep 2027 \u2013 31 Aug 2028",
]

# A row of 7 cells has one amount per contract year; a row of 5 cells has one amount
# merged across the three year columns.
# fmt: off
TABLES: dict[str, list[list[str]]] = {
    "dancers": [
        ["D-1", "Category I", "Dancer, stage musical or live show (up to 8 performances)", "per week", "$1,486.00", "$1,530.60", "$1,576.50"],
        ["D-2", "Category II", "Dancer, stage musical or live show (up to 8 performances)", "per week", "$1,318.00", "$1,357.50", "$1,398.20"],
        ["D-3", "Category III", "Dancer, stage musical or live show (up to 8 performances)", "per week", "$1,169.40", "$1,204.50", "$1,240.60"],
        ["D-4", "Category I", "Rehearsal week (up to 40 hours)", "per week", "$1,212.00", "$1,248.40", "$1,285.80"],
        ["D-5", "Categories II and III", "Rehearsal week (up to 40 hours)", "per week", "$1,044.00", "$1,075.30", "$1,107.60"],
        ["D-6", "All categories", "Swing premium (covers 3 or more tracks)", "per week", "$186.00"],
        ["D-7", "All categories", "Understudy going on in a covered role", "per performance", "$92.50", "$95.30", "$98.20"],
        ["D-8", "All categories", "Music video dancer (10-hour day)", "per day", "$642.00", "$661.30", "$681.10"],
        ["D-9", "All categories", "Music video overtime beyond 10 hours", "per hour", "$96.30", "$99.20", "$102.20"],
        ["D-10", "All categories", "Concert tour dancer", "per week", "$1,612.00", "$1,660.40", "$1,710.20"],
        ["D-11", "All categories", "Tour per diem (each day away from home)", "per day", "$74.00"],
        ["D-12", "All categories", "Single call, live event (up to 5 hours)", "per call", "$318.00", "$327.50", "$337.30"],
    ],
    "choreographers": [
        ["C-1", "Category I", "Choreography fee", "per number", "$2,940.00", "$3,028.20", "$3,119.00"],
        ["C-2", "Category II", "Choreography fee", "per number", "$2,076.00", "$2,183.30", "$2,202.40"],
        ["C-3", "Category III", "Choreography fee", "per number", "$1,540.00", "$1,586.20", "$1,633.80"],
        ["C-4", "All categories", "Rehearsal supervision by the choreographer", "per day", "$585.00", "$602.60", "$620.70"],
        ["C-5", "All categories", "Music video choreography", "per number", "$1,890.00", "$1,946.70", "$2,005.10"],
        ["C-6", "All categories", "Assistant choreographer", "per week", "$1,395.00", "$1,436.90", "$1,480.00"],
    ],
    "replicas": [
        ["R-1", "All categories", "Digital replica creation session (up to 4 hours)", "per session", "$710.00", "$731.30", "$753.20"],
        ["R-2", "Category I", "Digital replica use fee", "per project", "$2,400.00", "$2,472.00", "$2,546.20"],
        ["R-3", "Category II", "Digital replica use fee", "per project", "$1,760.00", "$1,812.80", "$1,867.20"],
        ["R-4", "Category III", "Digital replica use fee", "per project", "$1,150.00", "$1,184.50", "$1,220.00"],
        ["R-5", "All categories", "Minimum training fee (\u00a7 16.7)", "per consent", "$3,000.00"],
    ],
}
# fmt: on

# Each block: ("title"|"sub"|"h"|"p", text) or ("table", key of TABLES).
BLOCKS: list[tuple[str, str]] = [
    ("title", "Schedule A - Dancers, Choreographers and Digital Replicas"),
    (
        "sub",
        "to the Live Performance, Music Video and Recording Agreement 2025-2028 between the "
        "Dance and Session Artists' Guild of Ravelmont (DSAG) and the Ravelmont Stage and "
        "Recording Producers' Association (RSRPA)",
    ),
    (
        "p",
        "This Schedule sets out the minimum amounts for dancers, choreographers and digital "
        "replicas for each contract year. The columns are headed by the dates of the "
        "contract years (Year 1, Year 2 and Year 3, each from 1 September to 31 August). A "
        "row that shows one amount across the three year columns has the same amount in "
        "every year. The category is the category of the venue or the production under "
        "\u00a7 2.8 of the Agreement; where no category is stated, Category I applies. The "
        "musicians' amounts are in Schedule B.",
    ),
    (
        "p",
        "All amounts are in dollars and are minimums before the pension and "
        "insurance contributions of \u00a7 5. Weekly amounts cover up to eight "
        "performances (\u00a7 7.1) or a rehearsal week of forty hours (\u00a7 6.1).",
    ),
    ("h", "Table 1 - Dancers: stage musicals, live shows, music videos and tours"),
    ("table", "dancers"),
    (
        "p",
        "Notes to Table 1. The swing premium (D-6) is paid in addition to the weekly amount "
        "for the category (\u00a7 7.2). The understudy amount (D-7) is paid in addition to "
        "the weekly amount, for each performance in a covered role (\u00a7 7.3). The "
        "per diem (D-11) is paid for each day of a concert tour away from home, travel days "
        "included (\u00a7 15.1).",
    ),
    ("h", "Table 2 - Choreographers"),
    ("table", "choreographers"),
    (
        "p",
        "Notes to Table 2. A number is one piece of choreography to one musical selection "
        "of up to six minutes (\u00a7 2.3). Re-use of a number in another production is "
        "paid at least one-half of the fee (\u00a7 11.2).",
    ),
    ("h", "Table 3 - Digital replicas and training"),
    ("table", "replicas"),
    (
        "p",
        "Notes to Table 3. The use fee (R-2 to R-4) is paid for each project in which the "
        "replica is used (\u00a7 16.6). The training fee is 10% of the artist's fees on the "
        "project and never less than the amount of row R-5 (\u00a7 16.7).",
    ),
    (
        "p",
        "Issued by the Joint Rates Committee, Saint-Aur\u00e8le, 22 August 2025.",
    ),
]


def _row_text(cells: list[str]) -> str:
    return " | ".join(cells)


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
    from fpdf import FPDF  # fpdf2
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="P", format="A4")
    pdf.core_fonts_encoding = "windows-1252"  # the en dash and the section sign
    pdf.set_title("DSAG - Schedule A - Dancers, Choreographers and Digital Replicas")
    pdf.set_author("Dance and Session Artists' Guild of Ravelmont")
    pdf.set_creation_date(datetime.datetime(2025, 8, 22, tzinfo=datetime.UTC))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for kind, text in BLOCKS:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "sub":
            pdf.set_font("Helvetica", "I", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            pdf.set_font("Helvetica", "", 9)
            with pdf.table(
                col_widths=(12, 22, 52, 20, 28, 28, 28),
                line_height=6,
                headings_style=FontFace(emphasis="BOLD"),
                repeat_headings=1,
            ) as table:
                head = table.row()
                for cell_text in HEADER:
                    head.cell(cell_text)
                for row in TABLES[text]:
                    r = table.row()
                    for cell_text in row[:4]:
                        r.cell(cell_text)
                    if len(row) == 5:
                        r.cell(row[4], colspan=3, align="C")
                    else:
                        for cell_text in row[4:]:
                            r.cell(cell_text)
            pdf.ln(2)
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
