"""Loaders and tables: a PDF table keeps its rows and column headers; a header written in
two rows (HTML colspan, Word's merged cells, PDF spanning cells) is read as one."""

from __future__ import annotations

from knowledge.chunking import chunk_document
from knowledge.loading import load_bytes

# ---------- PDF tables ----------


def _rate_card_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Rate card. Minimum rates by category and contract year.")
    pdf.ln(4)
    rows = [
        ("Category", "Daily from 1 Sep 2025", "Daily from 1 Sep 2026", "Daily from 1 Sep 2027"),
        ("Background performer", "$231.00", "$241.00", "$250.00"),
        ("Stand-in, hourly", "$30.10", "$31.20", "$32.40"),
        ("Day performer", "$920.00", "$951.00", "$984.00"),
    ]
    with pdf.table() as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Overtime is time and one-half of the hourly rate.")
    return bytes(pdf.output())


def test_a_pdf_table_keeps_its_rows_and_their_column_headers():
    doc = load_bytes(_rate_card_pdf(), "rates/card.pdf")

    header = "| Category | Daily from 1 Sep 2025 | Daily from 1 Sep 2026 | Daily from 1 Sep 2027 |"
    row = "| Stand-in, hourly | $30.10 | $31.20 | $32.40 |"
    lines = doc.text.splitlines()
    assert header in lines and row in lines  # one line per row, each cell in its column
    assert lines.index(header) < lines.index(row)
    assert doc.text.index("Minimum rates by category") < doc.text.index(header)
    assert doc.text.index(row) < doc.text.index("Overtime is time and one-half")
    assert "$31.20\n" not in doc.text  # the cells are no longer lines of their own

    chunks = chunk_document(doc, 200)  # too small for the table: cut between rows
    assert chunks and all(doc.text[c.start : c.end] == c.text for c in chunks)
    with_row = next(c for c in chunks if row in c.text)
    assert header in with_row.text or with_row.table_header.startswith(header)
    assert with_row.page == 1


# ---------- tables with a two-row header ----------

SPANNED_HTML = """<html><head><title>Rate sheet</title></head><body><nav>HOME JOIN</nav>
<article><h1>Rate sheet</h1><p>Minimums for performers under the agreement, by period.</p>
<table><thead>
<tr><th rowspan="2">Category</th><th colspan="2">In force 15 Oct 2026 to 30 Jun 2027</th>
<th colspan="2">In force 1 Jul 2027 to 30 Jun 2028</th></tr>
<tr><th>Base</th><th>Hourly</th><th>Base</th><th>Hourly</th></tr>
</thead><tbody>
<tr><td>Featured background performer</td><td>$255.00</td><td>$31.88</td><td>$263.00</td>
<td>$32.88</td></tr>
<tr><td>Background performer</td><td>$223.00</td><td>$27.88</td><td>$231.00</td><td>$28.88</td></tr>
</tbody></table><p>Overtime is time and one-half.</p></article></body></html>"""


def test_an_html_table_with_a_spanning_header_names_each_column_by_both_rows():
    doc = load_bytes(SPANNED_HTML.encode(), "rates/sheet.html")
    header = next(line for line in doc.text.splitlines() if line.startswith("| Category"))
    cells = [c.strip() for c in header.strip("| ").split("|")]
    assert cells[2] == "In force 15 Oct 2026 to 30 Jun 2027, Hourly"
    assert cells[3] == "In force 1 Jul 2027 to 30 Jun 2028, Base"
    row = next(line for line in doc.text.splitlines() if "Featured" in line)
    assert doc.text.splitlines().index(row) == doc.text.splitlines().index(header) + 2


def test_a_word_table_with_merged_header_cells_names_each_column_by_both_rows():
    import io

    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    top = table.cell(0, 1).merge(table.cell(0, 2))
    top.text = "From 1 January 2027"
    table.cell(0, 0).text = "Category"
    for j, text in enumerate(["", "Contribution", "Earnings threshold"]):
        table.cell(1, j).text = text
    for j, text in enumerate(["Performers", "6.5%", "$19,300"]):
        table.cell(2, j).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    doc = load_bytes(buffer.getvalue(), "benefits/bulletin.docx")
    lines = doc.text.splitlines()
    header = (
        "| Category | From 1 January 2027, Contribution | From 1 January 2027, Earnings threshold |"
    )
    assert header in lines
    assert lines[lines.index(header) + 2] == "| Performers | 6.5% | $19,300 |"


def test_a_word_table_whose_first_row_is_one_merged_cell_has_it_as_its_name():
    import io

    import docx

    document = docx.Document()
    table = document.add_table(rows=4, cols=4)
    top = table.cell(0, 0).merge(table.cell(0, 3))
    top.text = "Minimum fees 2025 in CHF – every row valid 2025-01-01 to 2025-12-31"
    for i, cells in enumerate(
        [
            ("Code", "Work", "Age bracket", "Minimum fee"),
            ("J-1", "Day on set", "under 6", "CHF 290"),
            ("J-2", "Day on set", "6–11", "CHF 340"),
        ],
        1,
    ):
        for j, text in enumerate(cells):
            table.cell(i, j).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    lines = load_bytes(buffer.getvalue(), "rates/schedule-2025.docx").text.splitlines()
    # the name is a line above the table, and the column names are its header: each row is
    # read with them ("Work: Day on set; Age bracket: 6–11"), not under the name five times
    name = lines.index("Minimum fees 2025 in CHF – every row valid 2025-01-01 to 2025-12-31")
    header = "| Code | Work | Age bracket | Minimum fee |"
    assert lines[name + 2] == header
    assert lines[name + 4] == "| J-1 | Day on set | under 6 | CHF 290 |"


def test_only_a_first_row_of_one_cell_over_a_header_is_a_name():
    from knowledge.loading.headers import caption

    header, row = ["Code", "Work", "Fee"], ["J-1", "Day on set", "CHF 290"]
    assert caption([["Rates 2025"] * 3, header, row]) == ("Rates 2025", [header, row])
    assert caption([["Rates 2025", "", ""], header, row]) == ("Rates 2025", [header, row])
    # a header naming its columns, or a second such row, is no name over a header
    assert caption([header, row, row]) == ("", [header, row, row])
    twice = [["Rates 2025"] * 3, ["Part A"] * 3, row]
    assert caption(twice) == ("", twice)
    assert caption([["Rates 2025"] * 3, header]) == ("", [["Rates 2025"] * 3, header])


def test_only_a_header_row_under_a_spanning_one_is_merged_into_it():
    from knowledge.loading.headers import merge_header_rows

    spanned = ["Category", "2026-27", "", "2027-28", ""]
    names = ["", "Daily", "Hourly", "Daily", "Hourly"]
    row = ["Stand-in", "$249", "$31.13", "$258", "$32.25"]
    assert merge_header_rows([spanned, names, row])[0][4] == "2027-28, Hourly"
    # no spanning cell: a first row with an empty label is a row, not a header
    plain = ["Category", "Daily", "Hourly"]
    assert merge_header_rows([plain, ["", "Rest day", "Holiday"], row[:3]])[0] == plain
    # a row giving amounts is a row, whatever its label
    amounts = ["", "$249", "$31.13", "$258", "$32.25"]
    assert merge_header_rows([spanned, amounts, row]) == [spanned, amounts, row]
    # a percentage in a column name's aside is no amount: the row still names columns
    periods = ["Category", "1 Apr 2026", "from 1 Apr 2027 (indexed, +4 %)", "", ""]
    merged = merge_header_rows([["Category", "Rate", "", "", ""], periods, row])
    assert merged[0][2] == "Rate, from 1 Apr 2027 (indexed, +4 %)"
    assert merged[1] == row
    bracketed = ["", "($249)", "($31.13)", "(2 %)", "(4 %)"]  # amounts in brackets: a row
    assert merge_header_rows([spanned, bracketed, row])[0] == spanned


# ---------- HTML cells spanning rows ----------

GROUPED_HTML = """<html><head><title>Schedule A</title></head><body><article>
<h1>Schedule A</h1><p>Minimum rates by budget tier and contract year.</p>
<table><caption>Table 1 - Animation voice sessions</caption><thead>
<tr><th rowspan="2">Budget tier</th><th rowspan="2">Code</th><th colspan="2">Minimum rate</th></tr>
<tr><th>Year 1</th><th>Year 2</th></tr></thead><tbody>
<tr><th rowspan="2">Tier A</th><td>A-1</td><td>$596.00</td><td>$617.00</td></tr>
<tr><td>A-2</td><td>$478.00</td><td>$495.00</td></tr>
<tr><th rowspan="100000">Tier B</th><td>B-1</td><td>$503.00</td><td>$520.50</td></tr>
</tbody></table><p>Overtime is paid per half hour.</p></article></body></html>"""


def test_an_html_cell_spanning_rows_labels_each_of_them():
    lines = [
        x.strip() for x in load_bytes(GROUPED_HTML.encode(), "schedule-a.html").text.splitlines()
    ]
    assert "| Tier A | A-2 | $478.00 | $495.00 |" in lines  # the tier on its second row too
    header = next(line for line in lines if line.startswith("| Budget tier"))
    assert "Minimum rate, Year 2" in header  # the two header rows read as one
    # the caption is a line above the table, not a header row of its own
    assert "Table 1 - Animation voice sessions" in lines
    assert lines.index("Table 1 - Animation voice sessions") < lines.index(header)
    assert "| Tier B | B-1 | $503.00 | $520.50 |" in lines  # a hostile span, bounded


def test_a_long_cell_spanning_rows_is_not_copied():
    # a hostile page: a megabyte cell spanning 200 rows stays one cell (bounded cost)
    from knowledge.loading.spans import spread_rowspans

    big = (
        '<table><tr><td rowspan="200">'
        + "x" * 1_000_000
        + "</td><td>a</td></tr>"
        + "<tr><td>b</td></tr>" * 199
        + "</table>"
    )
    assert len(spread_rowspans(big)) < 1_100_000


# ---------- Markdown cells ----------


def test_an_escaped_bar_in_a_markdown_cell_is_the_cells_text():
    guide = (
        "# Gags\n\n| Gag | Code | Adjustment |\n|:--|:-:|--:|\n"
        "| Saut de tremplin \\| « ramp jump » | G-12 | 1 900 000 Rp |\n"
        "| Glissade couchée | G-11 | 1 150 000 Rp |\n"
    )
    text = load_bytes(guide.encode(), "guide.md").text
    assert "| Saut de tremplin ¦ « ramp jump » | G-12 | 1 900 000 Rp |" in text
    chunk = next(c for c in chunk_document(load_bytes(guide.encode(), "guide.md")))
    assert "G-12" in chunk.text
    # a bar escaped outside a Markdown file, or an escaped backslash, is left as written
    assert "a \\| b" in load_bytes(b"a \\| b\n", "notes.txt").text
    assert "\\\\|" in load_bytes(b"| a \\\\| b |\n", "table.md").text
