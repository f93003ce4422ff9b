#!/usr/bin/env python3
"""Build docs/cppu-rate-schedule-2025-2028.pdf (the whole text is in this script).

    /work/main/.venv/bin/python eval/union-m/make_pdf.py    # fpdf2 is in the venv

The Rate Schedule to the Live Performance and Puppetry Agreement 2025-2028: one ruled
table (fpdf2's table API) with a row code, a grade, the work, the unit and three season
columns headed by their dates ("Season 2 / 1 Sep 2026 - 31 Aug 2027"). Rows R-2, T-1, P-3
and D-3 carry one amount spanning the three season columns ("all seasons"). Row S-2,
Season 2, prints the misprint EUR 360.40 (the erratum gives 306.40); row P-1 and row D-2
(Season 3) are changed by Letter of Agreement No. 2. `rate_schedule_text()` returns the
same text for check_set.py (one row per line, cells joined by " | "). Core font in
windows-1252 (for the euro sign, the en dash and accents); fixed creation date, so the
output is reproducible.
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "cppu-rate-schedule-2025-2028.pdf")

TITLE = "CPPU Rate Schedule 2025\u20132028 / Grille des cachets 2025\u20132028"
INTRO = (
    "Schedule to the Live Performance and Puppetry Agreement 2025\u20132028 between the CPPU "
    "and the OLEEA. Minimum amounts in euros, by grade (Grade A principal, Grade B featured, "
    "Grade C ensemble; Cat\u00e9gorie A / B / C) or, for puppeteers, Lead / Assistant, and "
    "by season. Seasons begin on 1 September. Supplements (aerial, hazard, understudy, "
    "swing, costume heat, night shows) are in the separate Supplements Table."
)
SEASON_HEADERS = [
    "Season 1 / 1 Sep 2025 \u2013 31 Aug 2026",
    "Season 2 / 1 Sep 2026 \u2013 31 Aug 2027",
    "Season 3 / 1 Sep 2027 \u2013 31 Aug 2028",
]
HEADER = ["Code", "Grade", "Work", "Unit", *SEASON_HEADERS]

# A row of 7 cells has one amount per season; a row of 5 cells has one amount spanning the
# three season columns.
# fmt: off
ROWS: list[list[str]] = [
    ["S-1", "Grade A / Cat. A", "Show (circus, park, event)", "per show", "\u20ac342.00", "\u20ac354.00", "\u20ac366.40"],
    ["S-2", "Grade B / Cat. B", "Show (circus, park, event)", "per show", "\u20ac296.00", "\u20ac360.40", "\u20ac317.10"],
    ["S-3", "Grade C / Cat. C", "Show (circus, park, event)", "per show", "\u20ac221.00", "\u20ac228.80", "\u20ac236.80"],
    ["S-4", "Grade A / Cat. A", "Two-show day", "per two-show day", "\u20ac598.50", "\u20ac619.40", "\u20ac641.10"],
    ["S-5", "Grade B / Cat. B", "Two-show day", "per two-show day", "\u20ac518.00", "\u20ac536.10", "\u20ac554.90"],
    ["S-6", "Grade C / Cat. C", "Two-show day", "per two-show day", "\u20ac386.80", "\u20ac400.30", "\u20ac414.30"],
    ["W-1", "Grade A / Cat. A", "Seasonal contract, weekly minimum", "per week (6 shows)", "\u20ac1,852.00", "\u20ac1,916.80", "\u20ac1,983.90"],
    ["W-2", "Grade B / Cat. B", "Seasonal contract, weekly minimum", "per week (6 shows)", "\u20ac1,590.00", "\u20ac1,645.70", "\u20ac1,703.30"],
    ["W-3", "Grade C / Cat. C", "Seasonal contract, weekly minimum", "per week (6 shows)", "\u20ac1,163.50", "\u20ac1,204.50", "\u20ac1,246.70"],
    ["C-1", "All grades", "Walkaround character in costume (minimum 3 hours)", "per hour", "\u20ac38.40", "\u20ac39.75", "\u20ac41.15"],
    ["C-2", "All grades", "Meet-and-greet character (up to 4 hours)", "per call", "\u20ac164.00", "\u20ac169.70", "\u20ac175.60"],
    ["R-1", "All grades", "Rehearsal day (up to 7 hours)", "per rehearsal day", "\u20ac212.00", "\u20ac219.40", "\u20ac227.10"],
    ["R-2", "All grades", "Rigging-check call (up to 2 hours)", "per call", "\u20ac96.00 (all seasons)"],
    ["O-1", "All grades", "Overtime after 8 hours in a day", "per hour", "\u20ac54.00", "\u20ac55.90", "\u20ac57.85"],
    ["P-1", "Lead", "Puppeteer, children's TV series", "per episode", "\u20ac591.70", "\u20ac612.40", "\u20ac633.80"],
    ["P-2", "Assistant", "Puppeteer, children's TV series", "per episode", "\u20ac402.00", "\u20ac416.10", "\u20ac430.70"],
    ["P-3", "Lead or Assistant", "Puppet build or rehearsal day", "per rehearsal day", "\u20ac248.00 (all seasons)"],
    ["T-1", "All grades", "Travel by own car beyond 40 km", "per km", "\u20ac0.46 (all seasons)"],
    ["T-2", "All grades", "Per diem on tour", "per day", "\u20ac62.00", "\u20ac64.20", "\u20ac66.45"],
    ["T-3", "All grades", "Lodging allowance when not provided", "per night", "\u20ac118.00", "\u20ac122.10", "\u20ac126.40"],
    ["D-1", "All grades", "Digital double: movement scan session (up to 4 hours)", "per session", "\u20ac720.00", "\u20ac745.20", "\u20ac771.30"],
    ["D-2", "All grades", "Digital double: reuse in a new season (Art. 17.6)", "per season", "\u20ac1,480.00", "\u20ac1,532.00", "\u20ac1,585.60"],
    ["D-3", "All grades", "Movement-model training (Art. 17.7)", "per consent", "\u20ac2,400.00 (all seasons)"],
    ["D-4", "Lead", "Puppet-performance capture (Art. 17.8)", "per episode", "\u20ac185.00", "\u20ac191.50", "\u20ac198.20"],
]
# fmt: on

NOTES = [
    "Notes. The two-show day rate is paid instead of two show fees (Art. 2.1). Overtime is "
    "paid per hour or part of an hour (Art. 5.1). A rigging-check call is paid in addition "
    "to a show fee (Art. 9.4(b)). A performer with no grade stated is Grade C.",
    "Issued by the Joint Rates Committee CPPU-OLEEA, Port Ombrel, 22 August 2025.",
]


def rate_schedule_text() -> str:
    lines = [TITLE, INTRO, " | ".join(HEADER)]
    lines.extend(" | ".join(row) for row in ROWS)
    lines.extend(NOTES)
    return "\n".join(lines)


def build() -> None:
    from fpdf import FPDF  # fpdf2

    pdf = FPDF(orientation="L", format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_title("CPPU Rate Schedule 2025-2028")
    pdf.set_author("Circus, Park and Puppetry Performers' Union of Orvanne")
    pdf.set_creation_date(datetime.datetime(2025, 8, 22, tzinfo=datetime.UTC))
    pdf.set_auto_page_break(True, margin=12)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 5, INTRO, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 8.5)
    with pdf.table(
        col_widths=(14, 30, 74, 34, 37, 37, 37),
        text_align=("LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
        line_height=5,
        first_row_as_headings=True,
    ) as table:
        head = table.row()
        for text in HEADER:
            head.cell(text)
        for cells in ROWS:
            row = table.row()
            for text in cells[:4]:
                row.cell(text)
            if len(cells) == 5:
                row.cell(cells[4], colspan=3, align="CENTER")
            else:
                for text in cells[4:]:
                    row.cell(text)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 9)
    for note in NOTES:
        pdf.multi_cell(0, 5, note, new_x="LMARGIN", new_y="NEXT")
    pdf.output(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
