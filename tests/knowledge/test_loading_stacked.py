"""A PDF rate sheet that gives a category one row per period, naming the category only
once, is read as one row per period; a table carried over a page break without its
header row takes the header it continues (loading/stacked.py)."""

from __future__ import annotations

import pytest

from knowledge.loading import load_bytes
from knowledge.loading.stacked import split_stacked


def _stacked_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Schedule B. Each category has one row per period.")
    pdf.ln(4)
    with pdf.table() as table:
        for cells in (
            ("Category", "Effective", "Daily", "Hourly"),
            ("Stand-in", "from 1 Nov 2025\nfrom 1 Nov 2026", "$252.00\n$261.60", "$31.50\n$32.70"),
            ("Photo double", "from 1 Nov 2025", "$288.00", "$36.00"),
        ):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Schedule B (continued)")
    pdf.ln(4)
    with pdf.table() as table:  # no header row: it carries on the table above
        for cells in (
            ("Photo double (cont'd)", "from 1 Nov 2026", "$298.40", "$37.30"),
            ("Stunt performer", "from 1 Nov 2025", "$968.00", "$121.00"),
        ):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    return bytes(pdf.output())


def test_a_pdf_row_stacking_one_line_per_period_is_read_as_its_rows():
    lines = load_bytes(_stacked_pdf(), "rates.pdf").text.splitlines()
    assert "| Stand-in | from 1 Nov 2025 | $252.00 | $31.50 |" in lines
    assert "| Stand-in | from 1 Nov 2026 | $261.60 | $32.70 |" in lines


def test_a_table_carried_over_a_page_break_takes_the_header_it_continues():
    text = load_bytes(_stacked_pdf(), "rates.pdf").text
    second = text[text.index("Schedule B (continued)") :].splitlines()
    header = "| Category | Effective | Daily | Hourly |"
    assert header in second
    row = "| Photo double | from 1 Nov 2026 | $298.40 | $37.30 |"  # "(cont'd)" dropped
    assert row in second and second.index(header) < second.index(row)


@pytest.mark.parametrize(
    "row, rows",
    [
        # a wrapped label is one cell's text
        (["Own wardrobe, each change\nafter the first", "from 1 Nov 2026", "$24.00"], 1),
        # one line per period in every column of figures
        (["Meal penalty", "from 1 Nov 2025\nfrom 1 Nov 2026", "$14.00\n$15.00"], 2),
        # a single column of two lines is no stack of rows
        (["Notes", "Paid within\n10 days", "see 6-2"], 1),
        # a column of figures with fewer lines than the others: not one line per row
        (
            [
                "Travel",
                "from 1 Nov 2025\nfrom 1 Nov 2026\nfrom 1 Nov 2027",
                "$0.58\n$0.60",
                "x\ny\nz",
            ],
            1,
        ),
    ],
)
def test_only_cells_with_one_figure_per_line_make_a_row_several(row, rows):
    out = split_stacked(row)
    assert len(out) == rows
    if rows > 1:
        assert all(r[0] == row[0] for r in out)  # the label on each


def test_a_header_naming_amounts_or_wrapping_its_names_stays_a_header():
    from knowledge.loading.pdf import table_markdown

    tiers = [["Role", "Up to $250,000 budget", "Over $250,000 budget"], ["Lead", "$500", "$600"]]
    lines = table_markdown(tiers, follows=["Category", "Rate 2025", "Rate 2026"])
    assert lines[0] == "| Role | Up to $250,000 budget | Over $250,000 budget |"
    wrapped = [["Category", "Year 1\n(2025-26)", "Year 2\n(2026-27)"], ["Lead", "$500", "$600"]]
    assert table_markdown(wrapped)[0] == "| Category | Year 1 (2025-26) | Year 2 (2026-27) |"
    # a value with its former one in brackets, wrapped, is one value
    was = ["Lead", "$1,018.00 (was\n$985.00)", "$1,050.00 (was\n$990.00)"]
    assert split_stacked(was) == [was]


def test_a_carried_row_may_name_its_code_item_and_unit_beside_its_amount():
    from knowledge.loading.stacked import continues

    header = ["Code", "Allowance or fee", "Amount", "Unit"]
    assert continues(["A-2", "Internet allowance", "R450", "per month"], header)
    # a header naming its columns by amounts is no row ("Up to $250,000 budget")
    budgets = ["Category", "Up to $250,000 budget", "Over $250,000 budget"]
    assert not continues(budgets, ["Role", "Low", "High"])
    assert not continues(["A-2", "Internet allowance", "per month", "none"], header)  # no amount
    repeated = ["Role", "Scope of work", "Under $1m", "Over $1m"]
    assert not continues(repeated, repeated)  # a header repeated on the next page
