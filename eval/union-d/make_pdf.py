#!/usr/bin/env python3
"""Build docs/ovsau-schedule-1-minimum-fees-2026-2028.pdf (the whole text is in this script).

    .venv/bin/python eval/union-d/make_pdf.py          # fpdf2 is in the project's venv
    uv run --with fpdf2 python eval/union-d/make_pdf.py

`schedule_text()` returns the same text (paragraphs and table cells, one per line) for
check_set.py, which also reads the built file when pypdf is importable.
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "ovsau-schedule-1-minimum-fees-2026-2028.pdf")

PERIODS = ["Until 31 Dec 2026", "From 1 Jan 2027", "From 1 Jan 2028"]

# Each block: ("title"|"h"|"p", text) or ("table", [header, rows...]). ASCII only (core font).
BLOCKS: list[tuple[str, object]] = [
    ("title", "Schedule 1 - Schedule of Minimum Fees and Allowances"),
    (
        "p",
        "Collective Agreement 2026-2028 between the Ostrevaux Voice and Stage Artists' Union "
        "(OVSAU) and the Ostrevaux Dubbing and Production Employers' Association (ODPEA). "
        "Schedule 1 as signed at Lanmere on 14 February 2026.",
    ),
    (
        "p",
        "Each column applies to work performed in the period in its header: the fee payable is "
        "the fee in force on the day the work is performed, whatever the date of payment "
        "(Art. 2(2)). Amounts are minimums, in dollars, before deductions.",
    ),
    ("h", "Table A - Minimum fees"),
    (
        "table",
        [
            ["Category", "Unit", *PERIODS],
            [
                "Dubbing Performer",
                "Session (up to 4 hours, up to 150 lines), Art. 7(2)(a)",
                "$318.00",
                "$330.00",
                "$342.00",
            ],
            [
                "Dubbing Performer",
                "Additional line beyond 150 in a session, Art. 7(2)(b)",
                "$1.90",
                "$2.00",
                "$2.10",
            ],
            [
                "Dubbing Performer",
                "Overtime, per half hour or part (1/6 of session), Art. 7(3)",
                "$53.00",
                "$55.00",
                "$57.00",
            ],
            [
                "Narrator",
                "Narration session (up to 2 hours), Art. 7(7)",
                "$276.00",
                "$286.00",
                "$296.00",
            ],
            ["Screen Performer", "Day (10 hours), Art. 5(1)", "$742.00", "$768.00", "$795.00"],
            [
                "Screen Performer",
                "Overtime per hour, first 2 hours (1.5x), Art. 5(3)(a)",
                "$111.30",
                "$115.20",
                "$119.25",
            ],
            [
                "Screen Performer",
                "Overtime per hour, after 2 hours (2x), Art. 5(3)(b)",
                "$148.40",
                "$153.60",
                "$159.00",
            ],
            ["Background Performer", "Day (8 hours), Art. 5(1)", "$214.00", "$222.00", "$230.00"],
            [
                "Background Performer",
                "Overtime per hour, first 2 hours (1.5x), Art. 5(3)(a)",
                "$40.13",
                "$41.63",
                "$43.13",
            ],
            [
                "Background Performer",
                "Overtime per hour, after 2 hours (2x), Art. 5(3)(b)",
                "$53.50",
                "$55.50",
                "$57.50",
            ],
            ["Stage Performer", "Rehearsal week, Art. 8(1)", "$1,085.00", "$1,120.00", "$1,155.00"],
            [
                "Stage Performer",
                "Performance week (up to 8 performances), Art. 8(1)",
                "$1,290.00",
                "$1,335.00",
                "$1,380.00",
            ],
            [
                "Stage Performer",
                "Each performance beyond 8 in a week (1/8 of the week), Art. 8(2)",
                "$161.25",
                "$166.88",
                "$172.50",
            ],
        ],
    ),
    ("h", "Table B - Penalties and allowances"),
    (
        "table",
        [
            ["Item", "Unit", *PERIODS],
            [
                "Meal penalty, Art. 6(2)",
                "Each 30 minutes or part of delay",
                "$28.00",
                "$30.00",
                "$30.00",
            ],
            [
                "Rest period penalty, Art. 5(4)",
                "Each hour or part by which the 12-hour rest is shortened",
                "$85.00",
                "$90.00",
                "$95.00",
            ],
            [
                "Mileage, Art. 10(1)",
                "Per km beyond the 30 km Studio Radius, both ways",
                "$0.61",
                "$0.63",
                "$0.65",
            ],
            [
                "Wardrobe allowance, Art. 10(2)",
                "Per outfit supplied by the Performer",
                "$18.00",
                "$18.00",
                "$20.00",
            ],
            [
                "Per diem, Art. 8(4) and 10(3)",
                "Per day on an overnight location or a tour",
                "$92.00",
                "$95.00",
                "$98.00",
            ],
        ],
    ),
    ("h", "Notes"),
    (
        "p",
        "1. Hourly rates used for overtime are the day fee divided by the hours in the day: "
        "10 hours for a Screen Performer, 8 hours for a Background Performer (Art. 5(3)). "
        "Overtime amounts are rounded to the nearest cent.",
    ),
    (
        "p",
        "2. The replica creation fee, the fees for the use of a Digital Voice Replica, the "
        "training fee and the late payment penalty are set in Articles 9 and 11 of the "
        "Agreement, not in this Schedule.",
    ),
    (
        "p",
        "3. Working dues of 2.25% (Art. 3) and the Performer's insurance contribution of 3% "
        "(Art. 12) are deducted from the fees in Table A, not from allowances or penalties.",
    ),
    (
        "p",
        "Published by the OVSAU, Member Services, 310 Harbourline Street, Lanmere. A French "
        "version of this Schedule is available from the Saint-Aurele office.",
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

    pdf = FPDF(orientation="L", format="A4")
    pdf.set_title("OVSAU Schedule 1 - Minimum Fees and Allowances 2026-2028")
    pdf.set_author("Ostrevaux Voice and Stage Artists' Union")
    pdf.set_creation_date(datetime.datetime(2026, 2, 14, tzinfo=datetime.UTC))
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
            rows = content  # type: ignore[assignment]
            with pdf.table(col_widths=(45, 110, 35, 35, 35), text_align="LEFT") as table:
                for row in rows:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
    pdf.output(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
