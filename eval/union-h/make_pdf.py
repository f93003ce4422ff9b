#!/usr/bin/env python3
"""Build docs/vspu-schedule-b-rate-sheet-2025-2028.pdf (the whole text is in this script).

    .venv/bin/python eval/union-h/make_pdf.py          # fpdf2 is in the project's venv

Schedule B (Rate Sheet) to the General Agreement 2025-2028. The PERIODS ARE ROWS, not
columns: for each category, rows "from 1 Nov 2025", "from 1 Nov 2026", "from 1 Nov 2027"
(the category is printed on the first row of its group only), with columns Daily (8 hrs),
Hourly and Overtime (per hour). Table 2 (stunt performers) continues across a page break
without its header; the continued group is labelled "(cont'd)". Table 5 (allowances) has
rows from 1 May 2027 for the wardrobe allowances (until then: Letter of Understanding No. 3).
Every page has a running header and a page footer. `rate_sheet_text()` returns the same
text (one block or one table row per line) for check_set.py, which also reads the built
file when pypdf is importable. Latin-1 only (core font). The output is byte-for-byte
reproducible (fixed creation date).
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "vspu-schedule-b-rate-sheet-2025-2028.pdf")

P1, P2, P3 = "from 1 Nov 2025", "from 1 Nov 2026", "from 1 Nov 2027"
RATE_HEADER = ["Category", "Effective", "Daily (8 hrs)", "Hourly", "Overtime (per hour)"]
WIDTHS = [64, 28, 30, 30, 38]

# Each block: ("title"|"sub"|"h"|"p", text), ("table", header or None, rows), ("page", "").
BLOCKS: list[tuple] = [
    ("title", "Schedule B - Rate Sheet 2025-2028"),
    (
        "sub",
        "General Agreement 2025-2028 between the Vaudrenne Screen Performers' Union (VSPU), "
        "the Vaudrenne Producers' Association (VPA) and the Interactive Studios Council of "
        "Vaudrenne (ISCV)",
    ),
    (
        "p",
        "How to read this rate sheet: each category has one row per period. A row applies to "
        "work performed on or after the date in the Effective column, until the next row of "
        "the same category takes over. The contract year starts on 1 November (Section 3-2): "
        "the row from 1 Nov 2025 is Year 1, the row from 1 Nov 2026 is Year 2 and the row from "
        "1 Nov 2027 is Year 3. The hourly rate is one eighth of the daily rate; the overtime "
        "rate is one and one-half times the hourly rate (Section 6-2). Double time after "
        "12 hours is set by Section 6-3. All amounts are minimums, in Vaudrenne dollars, "
        "before deductions. A memorandum signed under Section 19-1 may replace rows of this "
        "rate sheet; check the Union's notices.",
    ),
    ("h", "Table 1 - Background performers, stand-ins and photo doubles (Section 11)"),
    (
        "table",
        RATE_HEADER,
        [
            ["General background performer", P1, "$228.00", "$28.50", "$42.75"],
            ["", P2, "$236.00", "$29.50", "$44.25"],
            ["", P3, "$243.20", "$30.40", "$45.60"],
            ["Special-ability background performer", P1, "$264.00", "$33.00", "$49.50"],
            ["", P2, "$273.60", "$34.20", "$51.30"],
            ["", P3, "$281.60", "$35.20", "$52.80"],
            ["Stand-in", P1, "$252.00", "$31.50", "$47.25"],
            ["", P2, "$261.60", "$32.70", "$49.05"],
            ["", P3, "$269.60", "$33.70", "$50.55"],
            ["Photo double", P1, "$288.00", "$36.00", "$54.00"],
            ["", P2, "$298.40", "$37.30", "$55.95"],
            ["", P3, "$307.20", "$38.40", "$57.60"],
        ],
    ),
    (
        "p",
        "Background performers and stand-ins are paid a minimum of eight hours for each call "
        "(Section 6-1). A stand-in who also appears on camera as a background performer is paid "
        "the stand-in rate for the whole day (Section 11-3).",
    ),
    ("h", "Table 2 - Stunt performers (Section 13)"),
    (
        "table",
        RATE_HEADER,
        [
            ["Stunt performer", P1, "$968.00", "$121.00", "$181.50"],
            ["", P2, "$1,002.40", "$125.30", "$187.95"],
            ["", P3, "$1,032.00", "$129.00", "$193.50"],
            ["Utility stunt performer", P1, "$1,064.80", "$133.10", "$199.65"],
        ],
    ),
    ("page", ""),
    ("h", "Table 2 - Stunt performers (continued)"),
    (
        "table",
        None,
        [
            ["Utility stunt performer (cont'd)", P2, "$1,102.40", "$137.80", "$206.70"],
            ["", P3, "$1,135.20", "$141.90", "$212.85"],
            ["Stunt rehearsal day (no camera)", P1, "$484.00", "$60.50", "$90.75"],
            ["", P2, "$500.00", "$62.50", "$93.75"],
            ["", P3, "$516.00", "$64.50", "$96.75"],
        ],
    ),
    (
        "p",
        "Stunt adjustments are negotiated for each stunt and agreed in writing before the "
        "stunt is performed (Section 13-2); they are paid in addition to the rates above.",
    ),
    ("h", "Table 3 - Performance capture for video games (Section 14)"),
    (
        "table",
        RATE_HEADER,
        [
            ["Performance-capture performer (body)", P1, "$720.00", "$90.00", "$135.00"],
            ["", P2, "$745.60", "$93.20", "$139.80"],
            ["", P3, "$768.00", "$96.00", "$144.00"],
            ["Facial capture (head-mounted camera)", P1, "$784.00", "$98.00", "$147.00"],
            ["", P2, "$811.20", "$101.40", "$152.10"],
            ["", P3, "$836.00", "$104.50", "$156.75"],
        ],
    ),
    ("h", "Table 4 - Voice performance in video games (Section 15)"),
    (
        "table",
        [
            "Category",
            "Effective",
            "Session (up to 4 hrs)",
            "Each additional hour",
            "OT after 8 hrs (per hour)",
        ],
        [
            ["Game voice performer", P1, "$412.00", "$103.00", "$154.50"],
            ["", P2, "$426.40", "$106.60", "$159.90"],
            ["", P3, "$439.20", "$109.80", "$164.70"],
        ],
    ),
    (
        "p",
        "A vocally stressful session is limited to two hours and is paid as a full session "
        "(Section 15-4).",
    ),
    ("h", "Table 5 - Allowances and penalties"),
    (
        "table",
        ["Allowance", "Effective", "Amount", "Unit", "Section"],
        [
            ["Meal penalty", P1, "$14.00", "per 30 min or part", "7-3"],
            ["", P2, "$15.00", "per 30 min or part", "7-3"],
            ["", P3, "$16.00", "per 30 min or part", "7-3"],
            ["Wet or smoke work", P1, "$32.00", "per day", "-"],
            ["", P2, "$33.00", "per day", "-"],
            ["", P3, "$34.00", "per day", "-"],
            ["Performer's vehicle on camera", P1, "$95.00", "per day", "-"],
            ["", P2, "$98.00", "per day", "-"],
            ["", P3, "$101.00", "per day", "-"],
            [
                "Own wardrobe, each change after the first",
                "until 30 Apr 2027",
                "LOU No. 3",
                "-",
                "12-3",
            ],
            ["", "from 1 May 2027", "$24.00", "per change", "12-3"],
            ["", P3, "$25.00", "per change", "12-3"],
            [
                "Formal wear supplied by the performer",
                "until 30 Apr 2027",
                "LOU No. 3",
                "-",
                "12-3",
            ],
            ["", "from 1 May 2027", "$40.00", "per day", "12-3"],
            ["", P3, "$42.00", "per day", "12-3"],
            ["Travel beyond the 50 km zone", P1, "$0.58", "per km", "-"],
        ],
    ),
    (
        "p",
        'Notes. "LOU No. 3" means Letter of Understanding No. 3: until 30 April 2027 the '
        "wardrobe allowances are those of the General Agreement 2022-2025, continued by that "
        "letter. The 50 km zone is measured from the main gate of Marchetal Studios. The scan "
        "fee is set in Section 17-4 of the Agreement, not in this rate sheet.",
    ),
]


def _row_line(row: list[str]) -> str:
    return " ".join(cell for cell in row if cell)


def rate_sheet_text() -> str:
    lines: list[str] = []
    for block in BLOCKS:
        if block[0] == "table":
            _, header, rows = block
            if header:
                lines.append(_row_line(header))
            lines.extend(_row_line(r) for r in rows)
        elif block[0] != "page":
            lines.append(block[1])
    return "\n".join(lines)


def build() -> None:
    from fpdf import FPDF  # fpdf2

    class RateSheet(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", "I", 8)
            self.cell(
                0, 5, "VSPU - Schedule B - Rate Sheet 2025-2028", new_x="LMARGIN", new_y="NEXT"
            )
            self.ln(2)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = RateSheet(orientation="P", format="A4")
    pdf.set_title("VSPU - Schedule B - Rate Sheet 2025-2028")
    pdf.set_author("Vaudrenne Screen Performers' Union")
    pdf.set_creation_date(datetime.datetime(2025, 10, 27, tzinfo=datetime.UTC))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for block in BLOCKS:
        kind = block[0]
        if kind == "title":
            pdf.set_font("Helvetica", "B", 16)
            pdf.multi_cell(0, 9, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "sub":
            pdf.set_font("Helvetica", "I", 10)
            pdf.multi_cell(0, 5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 9)
            pdf.multi_cell(0, 4.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "page":
            pdf.add_page()
        else:
            _, header, rows = block
            if header:
                pdf.set_font("Helvetica", "B", 8)
                for w, cell in zip(WIDTHS, header, strict=True):
                    pdf.cell(w, 6, cell, border=1)
                pdf.ln(6)
            pdf.set_font("Helvetica", "", 8)
            for row in rows:
                for w, cell in zip(WIDTHS, row, strict=True):
                    pdf.cell(w, 5.5, cell, border="LR" if not row[0] else "LRT")
                pdf.ln(5.5)
            pdf.cell(sum(WIDTHS), 0, "", border="T", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
