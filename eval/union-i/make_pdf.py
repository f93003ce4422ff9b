#!/usr/bin/env python3
"""Build docs/side-letter-no-2-dubbing-cadence-and-rate.pdf (the whole text is in this script).

    .venv/bin/python eval/union-i/make_pdf.py          # fpdf2 is in the project's venv

Side Letter No. 2 to the Animation, Dubbing and Voice-over Agreement 2025-2028, signed
22 October 2026: it SUSPENDS clause 9.4.2 (the cadence limit of 12 minutes of finished
dubbed program per hour) for one year, November 1, 2026 to October 31, 2027, with a
cadence premium meanwhile; and it RAISES one per-minute rate, Schedule A row B-5 (Tier B,
lead role), from a date after "today" (2026-12-03): $8.64 continues to January 31, 2027,
$9.12 from February 1, 2027, and $9.45 instead of $8.94 in Year 3 (from March 1, 2027).
No other row changes; no retroactivity. US-style dates ("March 1, 2027") and one table with
ISO dates. `side_letter_text()` returns the same text (one block or table row per line)
for check_set.py, which also reads the built file when pypdf is importable. Latin-1 only
(core font). The output is byte-for-byte reproducible (fixed creation date).
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "side-letter-no-2-dubbing-cadence-and-rate.pdf")

TABLE = [
    ["Schedule A row", "Period", "Amount per minute"],
    ["B-5 (Tier B, lead role)", "2026-03-01 to 2027-01-31", "$8.64 (unchanged)"],
    ["B-5 (Tier B, lead role)", "2027-02-01 to 2027-02-28", "$9.12"],
    ["B-5 (Tier B, lead role)", "2027-03-01 to 2028-02-28", "$9.45"],
]

# Each block: ("title"|"sub"|"h"|"p", text) or ("table", None) for TABLE.
BLOCKS: list[tuple[str, str | None]] = [
    ("title", "Side Letter No. 2"),
    (
        "sub",
        "to the Animation, Dubbing and Voice-over Agreement 2025-2028 between the Voice and "
        "Dubbing Artists' Union (VDAU) and the Marlevaux Animation and Dubbing Producers' "
        "Association (MADPA) - Dubbing cadence and Tier B lead dubbing rate",
    ),
    (
        "p",
        "Signed at Port-Ysabel on October 22, 2026, under clause 13.1 of the Agreement. This "
        "side letter amends the Agreement and Schedule A only as set out below. Side Letter "
        "No. 1 (studio access cards, signed June 3, 2025) is not affected.",
    ),
    ("h", "1. Background"),
    (
        "p",
        "The Association asked for relief from the cadence limit for the dubbing of "
        "long-running series delivered on short schedules. The Union asked for a better rate "
        "for lead roles in Tier B dubbing, where most of the Province's dubbing is now done. "
        "The parties agreed on the following trade.",
    ),
    ("h", "2. Suspension of clause 9.4.2 (cadence limit)"),
    (
        "p",
        "2.1 Clause 9.4.2 of the Agreement (a performer shall not be required to record more "
        "than 12 minutes of finished dubbed program per hour of session) is suspended for "
        "one year, from November 1, 2026 to October 31, 2027 inclusive.",
    ),
    (
        "p",
        "2.2 Clause 9.4.2 applies again, without any further step by the parties, to every "
        "session held on or after November 1, 2027: from that date no performer is required "
        "to record more than 12 minutes of finished dubbed program per hour of session.",
    ),
    (
        "p",
        "2.3 During the suspension, a performer who records more than 12 minutes of finished "
        "dubbed program in an hour of session is paid a cadence premium of 10% of the "
        "applicable per-minute rate for each minute above 12 in that hour.",
    ),
    (
        "p",
        "2.4 The suspension does not affect clause 9.4.3 (a break of ten minutes in each hour "
        "of dubbing), clause 9.3 (script 48 hours before the session) or clause 7.3 (vocally "
        "stressful recording). A performer may still stop a session on medical advice.",
    ),
    ("h", "3. Tier B lead role dubbing rate (Schedule A, row B-5)"),
    (
        "p",
        "3.1 The Year 2 amount in row B-5, $8.64 per minute of finished dubbed program, "
        "continues to apply up to and including January 31, 2027.",
    ),
    (
        "p",
        "3.2 From February 1, 2027, the Year 2 amount in row B-5 is replaced by $9.12 per "
        "minute of finished dubbed program.",
    ),
    (
        "p",
        "3.3 From March 1, 2027 (Year 3), the Year 3 amount in row B-5, $8.94, is replaced by "
        "$9.45 per minute of finished dubbed program.",
    ),
    ("p", "3.4 In summary (dates in the form year-month-day):"),
    ("table", None),
    (
        "p",
        "3.5 No other row of Schedule A is changed. In particular, the per-minute rates of "
        "Tier A and Tier C, the supporting role rates, the per-line rates and the minimum "
        "payment per dubbing session remain as printed in Schedule A for each contract year.",
    ),
    ("h", "4. No retroactivity"),
    (
        "p",
        "4.1 This side letter has no retroactive effect. Sessions held before November 1, "
        "2026 remain subject to clause 9.4.2, and work performed before February 1, 2027 is "
        "paid at the rate printed in Schedule A.",
    ),
    ("h", "5. Review"),
    (
        "p",
        "5.1 The parties meet before August 31, 2027 to review the effect of the suspension "
        "on performers. Nothing in this side letter extends the suspension beyond "
        "October 31, 2027; any extension requires a new signed side letter.",
    ),
    ("h", "6. Signatures"),
    (
        "p",
        "For the Union: Solène Marchetti-Ward, President. For the Association: Desmond "
        "Achterberg, Chair. Witness: Océane Brightwater, Union staff representative, "
        "Port-Ysabel office.",
    ),
]


def side_letter_text() -> str:
    lines: list[str] = []
    for kind, text in BLOCKS:
        if kind == "table":
            lines.extend(" | ".join(row) for row in TABLE)
        else:
            lines.append(str(text))
    return "\n".join(lines)


def build() -> None:
    from fpdf import FPDF  # fpdf2

    pdf = FPDF(orientation="P", format="A4")
    pdf.set_title("VDAU - Side Letter No. 2 (dubbing)")
    pdf.set_author("Voice and Dubbing Artists' Union")
    pdf.set_creation_date(datetime.datetime(2026, 10, 22, tzinfo=datetime.UTC))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for kind, text in BLOCKS:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 16)
            pdf.multi_cell(0, 9, str(text), new_x="LMARGIN", new_y="NEXT")
        elif kind == "sub":
            pdf.set_font("Helvetica", "I", 11)
            pdf.multi_cell(0, 6, str(text), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 7, str(text), new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            widths = (60, 70, 50)
            for i, row in enumerate(TABLE):
                pdf.set_font("Helvetica", "B" if i == 0 else "", 10)
                for w, cell in zip(widths, row, strict=True):
                    pdf.cell(w, 7, cell, border=1)
                pdf.ln(7)
            pdf.ln(2)
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, str(text), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
