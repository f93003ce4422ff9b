#!/usr/bin/env python3
"""Build docs/bpbt-bulletin-26-3-contributions-2027.docx (the whole text is in this script).

    uv run --with python-docx python make_docx.py

`bulletin_text()` returns the same text (paragraphs and table cells, one per line) for
check_set.py, which also reads the built file.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "bpbt-bulletin-26-3-contributions-2027.docx")

# Each block: ("title"|"h"|"p", text) or ("table", [header, rows...]).
BLOCKS: list[tuple[str, object]] = [
    ("title", "Bellerive Performers' Benefit Trust"),
    ("p", "BULLETIN 26-3 | 30 October 2026"),
    ("h", "Contribution rates, coverage thresholds and premiums for 2027"),
    ("p", "To: producers signatory to the Independent Production Agreement 2025-2028, payroll "
          "services, and members of the Bellerive Performers and Writers Union. From: the Board "
          "of Trustees. The Trust is administered by Cordwell Benefit Administrators Inc., "
          "Harrowgate."),
    ("p", "This bulletin replaces Bulletin 25-4. It sets the percentages referred to in Article "
          "12 of the Independent Production Agreement. Please read section 1 carefully: one "
          "contribution rate changes on 1 January 2027."),
    ("h", "1. Contribution rates"),
    ("p", "Contributions are calculated on gross fees, including overtime, night premiums and "
          "fees for replica use, but excluding allowances, per diems and meal penalties. The "
          "producer's contributions are paid in addition to the fee; the member contribution "
          "is deducted from the fee."),
    ("table", [
        ["Contribution", "Paid by", "Applies to", "To 31 December 2026", "From 1 January 2027"],
        ["Retirement", "Producer", "Principal performers (daily and weekly), voice performers", "8%", "8%"],
        ["Retirement", "Producer", "Background performers, featured background, stand-ins", "5%", "5%"],
        ["Retirement", "Producer", "Writers", "9%", "9%"],
        ["Insurance", "Producer", "All performers", "6%", "6.5%"],
        ["Insurance", "Producer", "Writers", "5%", "5%"],
        ["Member retirement contribution", "Member (deducted)", "Principal performers, voice performers, writers", "3%", "3%"],
        ["Member retirement contribution", "Member (deducted)", "Background performers, featured background, stand-ins", "2%", "2%"],
    ]),
    ("p", "The change in the producer's insurance contribution for performers, from 6% to 6.5%, "
          "applies to fees for work performed on or after 1 January 2027, whatever the date of "
          "payment. Work performed up to and including 31 December 2026 is reported at 6%. "
          "The Trustees adopted the change on 17 September 2026 to fund the rise in "
          "prescription drug claims and the new counselling benefit."),
    ("h", "2. Remitting contributions"),
    ("p", "Producers remit contributions, with the electronic contribution report, no later than "
          "the 20th day of the month following the month of work (Agreement, Section 12.2). "
          "Late remittances bear interest at 1.25% per month. Payroll services that use the "
          "Trust's upload portal receive a confirmation number for each report."),
    ("h", "3. Coverage thresholds for the 2027 coverage year"),
    ("p", "Insurance coverage for the calendar year 2027 (1 January to 31 December 2027) depends "
          "on covered earnings, or days of covered work, in the qualifying period from "
          "1 September 2025 to 31 August 2026. A member who meets either test for a plan "
          "qualifies for it."),
    ("table", [
        ["Plan", "Or days of covered work (2026 and 2027 coverage)", "2027 coverage: covered earnings", "2026 coverage (for reference): covered earnings"],
        ["Gold Plan", "110 days", "$19,300", "$18,750"],
        ["Basic Plan", "50 days", "$8,450", "$8,200"],
    ]),
    ("p", "Gold Plan: hospital, prescription drugs, paramedical practitioners, counselling, "
          "life insurance of $40,000 and long-term disability. Basic Plan: prescription drugs, "
          "counselling and life insurance of $15,000. Members who qualify for neither plan may "
          "keep Basic Plan coverage for one year by paying the full premium of $412 per quarter."),
    ("h", "4. Member premiums for 2027"),
    ("p", "Members pay a quarterly premium for their plan. Premiums are due on 15 January, "
          "15 April, 15 July and 15 October; the Trust can deduct them from retirement "
          "contributions only with the member's written request."),
    ("table", [
        ["Plan and coverage", "Per quarter, 2027", "Per quarter, 2026 (for reference)"],
        ["Gold Plan, member only", "$126", "$119"],
        ["Gold Plan, member and one dependant", "$214", "$203"],
        ["Gold Plan, family", "$298", "$284"],
        ["Basic Plan, member only", "$71", "$67"],
        ["Basic Plan, family", "$165", "$156"],
    ]),
    ("h", "5. Retirement accounts"),
    ("p", "The Trustees have declared an interest credit of 4.25% on retirement account balances "
          "for 2026, to be credited on 31 January 2027. Annual statements will be mailed by "
          "28 February 2027. A member may withdraw retirement funds only after leaving the "
          "industry for two full calendar years, or from age 55."),
    ("h", "6. Key dates"),
    ("table", [
        ["Date", "What happens"],
        ["27 November 2026", "2027 eligibility letters mailed to members"],
        ["31 December 2026", "Last day of work reported at the 6% insurance rate"],
        ["1 January 2027", "Performers' insurance contribution rises to 6.5%; 2027 coverage year begins"],
        ["15 January 2027", "First 2027 quarterly premium due"],
        ["31 January 2027", "2026 interest credit of 4.25% posted"],
    ]),
    ("p", "Questions: Cordwell Benefit Administrators, member line 1-800-555-0149 (Monday to "
          "Friday, 8:00 a.m. to 5:00 p.m.), trust@cordwell.example. Producers: "
          "remit@cordwell.example."),
    ("p", "Issued by the Board of Trustees: Rosalind Ebbe-Marchetti (Chair, appointed by the "
          "Union) and Conrad Oyelaran-Voss (Vice-Chair, appointed by the Council)."),
]


def bulletin_text() -> str:
    lines: list[str] = []
    for kind, content in BLOCKS:
        if kind == "table":
            for row in content:  # type: ignore[union-attr]
                lines.extend(row)
        else:
            lines.append(str(content))
    return "\n".join(lines)


def build() -> None:
    from docx import Document  # python-docx

    doc = Document()
    doc.core_properties.title = "BPBT Bulletin 26-3"
    doc.core_properties.author = "Bellerive Performers' Benefit Trust"
    for kind, content in BLOCKS:
        if kind == "title":
            doc.add_heading(str(content), level=0)
        elif kind == "h":
            doc.add_heading(str(content), level=1)
        elif kind == "p":
            doc.add_paragraph(str(content))
        else:
            rows = content  # type: ignore[assignment]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
