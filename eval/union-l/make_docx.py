#!/usr/bin/env python3
"""Build docs/cnpu-rate-card-2025-2028.docx (the whole text is in this script).

    .venv/bin/python eval/union-l/make_docx.py          # python-docx is in the project's venv

The CNPU Rate Card 2025-2028 to the Commercials, Audiobook and Corporate Voice Agreement:
four Word tables (sessions and wardrobe "S", holding, exclusivity and buy-out "H"/"E"/"B",
narration and corporate voice "N", voice clones and AI "A"), each row with a code, a
tier, the work, the unit (per session, per additional half hour, per 13-week cycle, per
year, per finished hour, per script, per fitting, per campaign, per title, per consent)
and three year columns headed by their dates ("1 Apr 2026 – 31 Mar 2027"). Rows S-8,
S-9, N-3 and A-5 carry one amount merged across the three year columns. Row S-3, Year 2,
prints the misprint £214.80 (corrected to £241.80 by the erratum notice); row N-1 is
varied from 1 February 2027 by Variation Agreement No. 1. `rate_card_text()` returns the
same text for check_set.py (one paragraph per line, one row per line, cells joined by
" | "). The output is byte-for-byte reproducible (fixed core properties and zip
timestamps).
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "cnpu-rate-card-2025-2028.docx")

HEADER = [
    "Code",
    "Tier",
    "Work",
    "Unit",
    "1 Apr 2025 \u2013 31 Mar 2026",
    "1 Apr 2026 \u2013 31 Mar 2027",
    "1 Apr 2027 \u2013 31 Mar 2028",
]

# A row of 7 cells has one amount per contract year; a row of 5 cells has one amount
# merged across the three year columns.
# fmt: off
TABLES: dict[str, list[list[str]]] = {
    "sessions": [
        ["S-1", "Tier 1 (national)", "TV or cinema commercial, on camera", "per session (1 hour)", "\u00a3412.00", "\u00a3426.40", "\u00a3441.30"],
        ["S-2", "Tier 2 (regional)", "TV or cinema commercial, on camera", "per session (1 hour)", "\u00a3338.00", "\u00a3349.80", "\u00a3362.00"],
        ["S-3", "Tier 3 (online-only)", "Online commercial, on camera", "per session (1 hour)", "\u00a3233.50", "\u00a3214.80", "\u00a3250.30"],
        ["S-4", "All tiers", "Each additional half hour or part of it", "per additional half hour", "\u00a388.00", "\u00a391.10", "\u00a394.30"],
        ["S-5", "Tier 1 (national)", "Radio or audio commercial, voice", "per session (1 hour)", "\u00a3296.00", "\u00a3306.40", "\u00a3317.10"],
        ["S-6", "Tiers 2 and 3", "Radio or audio commercial, voice", "per session (1 hour)", "\u00a3244.00", "\u00a3252.50", "\u00a3261.30"],
        ["S-7", "All tiers", "Recall session, same spot, within 30 days", "per session (1 hour)", "\u00a3198.00", "\u00a3204.90", "\u00a3212.10"],
        ["S-8", "All tiers", "Wardrobe fitting (up to 2 hours)", "per fitting", "\u00a368.00 (all years)"],
        ["S-9", "All tiers", "Performer's own clothing", "per outfit per day", "\u00a318.00 (all years)"],
    ],
    "holding": [
        ["H-1", "Tier 1 (national)", "Holding fee, spot not aired", "per 13-week cycle", "\u00a3389.00", "\u00a3402.60", "\u00a3416.70"],
        ["H-2", "Tier 2 (regional)", "Holding fee, spot not aired", "per 13-week cycle", "\u00a3262.00", "\u00a3271.20", "\u00a3280.70"],
        ["E-1", "Tier 1 (national)", "Exclusivity (conflict) fee, one product category", "per 13-week cycle", "\u00a3520.00", "\u00a3538.20", "\u00a3557.00"],
        ["E-2", "Tiers 2 and 3", "Exclusivity (conflict) fee, one product category", "per 13-week cycle", "\u00a3360.00", "\u00a3372.60", "\u00a3385.60"],
        ["B-1", "Tier 3 (online-only)", "Buy-out of all online use", "per year", "\u00a31,150.00", "\u00a31,190.30", "\u00a31,232.00"],
    ],
    "narration": [
        ["N-1", "Tier 1 (trade publisher)", "Audiobook narration", "per finished hour", "\u00a3240.00", "\u00a3248.60", "\u00a3257.30"],
        ["N-2", "Tier 2 (independent or self-published)", "Audiobook narration", "per finished hour", "\u00a3196.00", "\u00a3202.90", "\u00a3210.00"],
        ["N-3", "All tiers", "Pronunciation research", "per finished hour", "\u00a332.00 (all years)"],
        ["N-4", "All tiers", "Pick-ups and extra studio time (Clause 14.2)", "per session (1 hour)", "\u00a384.00", "\u00a386.90", "\u00a389.90"],
        ["N-5", "Tier 1", "Corporate or e-learning voice", "per session (1 hour)", "\u00a3265.00", "\u00a3274.30", "\u00a3283.90"],
        ["N-6", "Tiers 2 and 3", "Corporate or e-learning voice", "per session (1 hour)", "\u00a3210.00", "\u00a3217.40", "\u00a3225.00"],
        ["N-7", "All tiers", "Corporate short script (up to 200 words)", "per script", "\u00a396.00", "\u00a399.40", "\u00a3102.90"],
    ],
    "ai": [
        ["A-1", "All tiers", "Voice clone creation session (up to 2 hours)", "per session", "\u00a3540.00", "\u00a3558.90", "\u00a3578.50"],
        ["A-2", "Tier 1 (national)", "Voice clone use fee in commercials", "per campaign", "\u00a31,850.00", "\u00a31,914.80", "\u00a31,981.80"],
        ["A-3", "Tiers 2 and 3", "Voice clone use fee in commercials", "per campaign", "\u00a31,120.00", "\u00a31,159.20", "\u00a31,199.80"],
        ["A-4", "All tiers", "Audiobook narrated with the performer's synthetic voice", "per title", "\u00a3760.00", "\u00a3786.60", "\u00a3814.10"],
        ["A-5", "All tiers", "Minimum training fee (Clause 16.6)", "per consent", "\u00a32,750.00 (all years)"],
        ["A-6", "All tiers", "Text-to-speech licence of the performer's voice", "per year", "\u00a33,400.00", "\u00a33,519.00", "\u00a33,642.20"],
    ],
}
# fmt: on

# Each block: ("title"|"sub"|"h"|"p", text) or ("table", key of TABLES).
BLOCKS: list[tuple[str, str]] = [
    ("title", "CNPU Rate Card 2025-2028"),
    (
        "sub",
        "to the Commercials, Audiobook and Corporate Voice Agreement 2025-2028 between the "
        "Commercial and Narration Performers' Union of Vennamor (CNPU) and the Vennamor "
        "Advertisers' and Audio Publishers' Council (VAAPC)",
    ),
    (
        "p",
        "This Rate Card sets out the minimum fees for each contract year. The year columns "
        "are headed by their dates; each contract year runs from 1 April to 31 March. A row "
        "with one amount marked (all years) has the same amount in every year. Tiers are "
        "defined in Clause 2.4 of the Agreement (Tier 1 national, Tier 2 regional, Tier 3 "
        "online-only; for audiobooks, Tier 1 trade publisher, Tier 2 independent or "
        "self-published). Usage fees per cycle or per year are in the separate Usage Fee "
        "Schedule.",
    ),
    (
        "p",
        "All amounts are in pounds sterling, before holiday pay and the pension "
        "contributions of Clause 5.",
    ),
    ("h", "Table 1 - Sessions, recalls and wardrobe"),
    ("table", "sessions"),
    ("h", "Table 2 - Holding, exclusivity and buy-out"),
    ("table", "holding"),
    ("h", "Table 3 - Audiobook narration and corporate voice"),
    ("table", "narration"),
    ("h", "Table 4 - Voice clones, synthetic voices and text-to-speech"),
    ("table", "ai"),
    (
        "p",
        "Notes. The use fee (A-2, A-3) is paid for each campaign (Clause 16.5). The training "
        "fee is a percentage of fees and never less than row A-5 (Clause 16.6). Issued by the "
        "Joint Rates Committee, Port Halloran, 14 March 2025.",
    ),
]


def _row_text(cells: list[str]) -> str:
    return " | ".join(cells)


def rate_card_text() -> str:
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
    fixed = datetime.datetime(2025, 3, 14, 12, 0, 0)
    props.title = "CNPU Rate Card 2025-2028"
    props.author = "Commercial and Narration Performers' Union of Vennamor"
    props.created = fixed
    props.modified = fixed
    props.last_modified_by = "CNPU"
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
            table = doc.add_table(rows=len(rows) + 1, cols=len(HEADER))
            table.style = "Table Grid"
            for i, cell_text in enumerate(HEADER):
                table.cell(0, i).text = cell_text
                for run in table.cell(0, i).paragraphs[0].runs:
                    run.bold = True
            for r, row in enumerate(rows, start=1):
                for i, cell_text in enumerate(row[:4]):
                    table.cell(r, i).text = cell_text
                if len(row) == 5:
                    merged = table.cell(r, 4).merge(table.cell(r, 6))
                    merged.text = row[4]
                else:
                    for i, cell_text in enumerate(row[4:], start=4):
                        table.cell(r, i).text = cell_text
        else:
            doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    # Rewrite the zip with a fixed timestamp and order so the file is reproducible.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    print("wrote", OUT)


if __name__ == "__main__":
    build()
