#!/usr/bin/env python3
"""Build docs/mgiaa-schedule-a-minimum-rates-2025-2028.pdf (the whole text is in this script).

    .venv/bin/python eval/union-e/make_pdf.py          # fpdf2 is in the project's venv

The tables have one row per Agreement year (period), not one column per period, and a
"Unit" column. `schedule_text()` returns the same text (paragraphs and table cells, one per
line) for check_set.py, which also reads the built file when pypdf is importable. The output
is byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "mgiaa-schedule-a-minimum-rates-2025-2028.pdf")

Y1 = "1 Jul 2025 - 30 Jun 2026"
Y2 = "1 Jul 2026 - 30 Jun 2027"
Y3 = "1 Jul 2027 - 30 Jun 2028"
HEADER = ["Ref.", "Item", "Unit", "Period (work performed)", "Minimum"]


def rows(ref: str, item: str, unit: str, amounts: tuple[str, str, str]) -> list[list[str]]:
    return [
        [ref, item, unit, period, amount]
        for period, amount in zip((Y1, Y2, Y3), amounts, strict=True)
    ]


# Each block: ("title"|"h"|"p", text) or ("table", [header, rows...]). Latin-1 only (core font).
BLOCKS: list[tuple[str, object]] = [
    ("title", "Schedule A - Minimum Rates, Penalties and Allowances"),
    (
        "p",
        "Interactive and Animation Agreement 2025-2028 between the Marchebois Guild of "
        "Interactive and Animation Artists (MGIAA) and the Marchebois Association of Game and "
        "Animation Producers (MAGAP). Schedule A as signed at Halden Falls on 26 June 2025.",
    ),
    (
        "p",
        "How to read this Schedule: each item has one row per Agreement year. Use the row "
        "whose period contains the day the work was performed, whatever the date of "
        "payment. The Unit column says what the amount pays for. Amounts are minimums in "
        "dollars, before the deduction of working dues.",
    ),
    ("h", "Part A - Video Game Performers (Article 9)"),
    (
        "table",
        [
            HEADER,
            *rows(
                "A1",
                "Voice Session (up to 4 hours)",
                "per session",
                ("$291.00", "$302.00", "$313.00"),
            ),
            *rows(
                "A2",
                "Voice Session overtime",
                "per hour or part",
                ("$109.00", "$113.00", "$117.00"),
            ),
            *rows(
                "A3",
                "Performance Capture day (8 hours)",
                "per day",
                ("$688.00", "$712.00", "$737.00"),
            ),
            *rows(
                "A4",
                "Performance Capture week (5 days)",
                "per week",
                ("$2,890.00", "$2,995.00", "$3,100.00"),
            ),
            *rows(
                "A5",
                "Performance Capture overtime",
                "per hour or part",
                ("$129.00", "$133.50", "$138.19"),
            ),
            *rows(
                "A6",
                "Capture suit fitting (up to 2 hours)",
                "per fitting",
                ("$96.00", "$99.00", "$102.00"),
            ),
        ],
    ),
    ("h", "Part B - Animation Voice Performers (Article 10)"),
    (
        "table",
        [
            HEADER,
            *rows(
                "B1",
                "Animation Session (up to 3 hours, up to 2 Episodes)",
                "per session",
                ("$356.00", "$368.00", "$381.00"),
            ),
            *rows(
                "B2",
                "Additional voice in the same Session",
                "per voice",
                ("$118.00", "$122.00", "$126.00"),
            ),
            *rows(
                "B3",
                "Animation Session overtime",
                "per 30 minutes or part",
                ("$59.00", "$61.00", "$63.00"),
            ),
            *rows(
                "B4",
                "Pickup Session (up to 1 hour)",
                "per session",
                ("$142.00", "$147.00", "$152.00"),
            ),
            *rows(
                "B5",
                "Group Voice Performer (walla) [1]",
                "per session (up to 3 hours)",
                ("$167.00", "$178.00", "$191.00"),
            ),
        ],
    ),
    ("h", "Part C - Penalties and Allowances"),
    (
        "table",
        [
            HEADER,
            *rows(
                "C1",
                "Rest period penalty (Article 7, paragraph 4)",
                "per hour or part",
                ("$64.00", "$66.00", "$68.00"),
            ),
            *rows(
                "C2",
                "Per diem, overnight travel (Article 14)",
                "per day",
                ("$104.00", "$107.00", "$110.00"),
            ),
            *rows(
                "C3",
                "Home-studio allowance, Remote Session (Article 12, paragraph 3)",
                "per session",
                ("$16.50", "$17.00", "$17.50"),
            ),
        ],
    ),
    ("h", "Notes"),
    (
        "p",
        "[1] Group Voice Performer (row B5): under Article 10, paragraph 6, the rate for "
        "Sessions performed from 1 January 2027 to 30 June 2027 is $185.00 per session, "
        "replacing $178.00 for that part of the period. The rate for 1 Jul 2027 - 30 Jun "
        "2028 is unchanged.",
    ),
    (
        "p",
        "[2] The meal penalty (Article 8, paragraph 3), the late payment penalty (Article 13, "
        "paragraph 4) and the Digital Replica creation, use, training and Synthetic "
        "Performer fees (Article 15) are set in the Agreement, not in this Schedule. Writers' "
        "minimums are in Schedule W.",
    ),
    (
        "p",
        "[3] A vocally stressful Session (Article 9, paragraph 4) is paid the row A1 rate plus "
        "15%. Overtime is not payable on a vocally stressful Session, which may not be "
        "extended beyond two hours.",
    ),
    (
        "p",
        "[4] Working dues (2.4%) are deducted from the fees in Parts A and B, not from the "
        "penalties and allowances in Part C.",
    ),
    (
        "p",
        "Published by MGIAA Member Services, 58 Ferrier Street, 3rd floor, Halden Falls. A "
        "French version is available from the Sainte-Odile office.",
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
    from fpdf import FPDF  # fpdf2

    pdf = FPDF(orientation="P", format="A4")
    pdf.set_title("MGIAA Schedule A - Minimum Rates 2025-2028")
    pdf.set_author("Marchebois Guild of Interactive and Animation Artists")
    pdf.set_creation_date(datetime.datetime(2025, 6, 26, tzinfo=datetime.UTC))
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
            with pdf.table(col_widths=(10, 62, 32, 46, 22), text_align="LEFT") as table:
                for row in table_rows:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
    pdf.output(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
