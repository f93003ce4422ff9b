"""A PDF table with no ruling lines, its columns lined up by white space alone, is read
as a table (loading/pdf_stream.py): each row was one line of words, and the chunker ran
the rows together as one sentence ("A-6 Late-meal penalty 2 400 Ft per 30 minutes or
part Article 11(2) A-7 Rest between …")."""

from __future__ import annotations

from knowledge.loading import load_bytes

PROSE = (
    "Art. 22.1 The schedule below lists the fixed amounts and rules for the whole term, "
    "with the article that applies each of them, and it is read with the articles."
)
COLUMNS = (10, 32, 95, 165)  # millimetres from the left edge
ROWS = [
    ("Code", "Item", "Amount or rule", "Article"),
    ("F-1", "Minimum call, presenter", "one recording day", "Article 4(1)"),
    ("F-2", "Late-meal penalty", "1 150 Kc per 30 minutes", "Article 11(2)"),
    ("F-3", "Travel beyond 40 km", "9.40 Kc per km", "Article 15(3)"),
]


def _schedule(wrapped: bool = True) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.set_xy(10, 12)
    pdf.multi_cell(190, 5, PROSE)
    y = 40.0
    for row in ROWS:
        for x, cell in zip(COLUMNS, row, strict=True):
            pdf.set_xy(x, y)
            pdf.cell(60, 5, cell)
        y += 7
    if wrapped:  # the last row's item wraps onto a second line in its column
        pdf.set_xy(COLUMNS[1], y - 2.5)
        pdf.cell(60, 5, "(both ways)")
    pdf.set_xy(10, y + 12)
    pdf.cell(190, 5, "Art. 22.2 The amounts of the schedule do not change during the term.")
    pdf.set_xy(95, 280)
    pdf.cell(20, 5, "Page 5 of 7")
    return bytes(pdf.output())


def test_a_table_lined_up_by_white_space_is_read_row_by_row():
    text = load_bytes(_schedule(), "agreement.pdf").text
    assert "| Code | Item | Amount or rule | Article |" in text
    assert "| F-2 | Late-meal penalty | 1 150 Kc per 30 minutes | Article 11(2) |" in text
    # a wrapped cell is the row's, the page number under the table is not
    assert "| F-3 | Travel beyond 40 km (both ways) | 9.40 Kc per km | Article 15(3) |" in text
    assert "Page 5 of 7" not in text.split("| F-3")[1].split("\n")[0]
    # the prose around it is read as before, in its place
    assert text.index("whole term") < text.index("| Code |") < text.index("Art. 22.2")


def test_prose_and_a_label_and_amount_list_are_not_tables():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.set_xy(10, 12)
    pdf.multi_cell(190, 5, " ".join([PROSE] * 4), align="J")  # justified prose
    for n in range(5):  # two columns only: a label and its amount
        pdf.set_xy(10, 80 + 6 * n)
        pdf.cell(60, 5, f"Warm-up {n}")
        pdf.set_xy(150, 80 + 6 * n)
        pdf.cell(30, 5, f"{240 + n} Kc")
    text = load_bytes(bytes(pdf.output()), "list.pdf").text
    assert "|" not in text
    assert "Warm-up 3 243 Kc" in text


def test_a_headers_second_line_carries_on_its_names():
    """ "Step 1" over "1 October 2026", the date centred under it and wider: the header
    is both lines, and the first row under it is a row, not the header."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    pdf.set_xy(10, 8)  # prose across the page: one column, not two
    pdf.multi_cell(190, 4, " ".join([PROSE] * 3), align="J")
    columns = (10, 70, 125, 150, 175)  # millimetres from the left edge
    for x, name in zip(columns, ("Role", "Unit", "Step 1", "Step 2", "Step 3"), strict=True):
        pdf.set_xy(x, 30)
        pdf.cell(20, 4, name)
    for x, day in zip(columns[2:], ("1 Oct 2026", "1 Mar 2027", "1 Oct 2027"), strict=True):
        pdf.set_xy(x - 3, 35)  # centred under its name, wider than it
        pdf.cell(22, 4, day)
    rows = [
        ("Underwater performer", "tank day", "KSh 18,600", "KSh 19,400", "KSh 20,300"),
        ("Safety diver", "day", "KSh 14,800", "KSh 15,400", "KSh 16,000"),
        ("Background swimmer", "day", "KSh 5,600", "KSh 5,850", "KSh 6,100"),
    ]
    for n, row in enumerate(rows):
        for x, cell in zip(columns, row, strict=True):
            pdf.set_xy(x - (2 if cell.startswith("KSh") else 0), 43 + 6 * n)
            pdf.cell(24, 4, cell)
    pdf.set_xy(10, 70)
    pdf.multi_cell(190, 4, " ".join([PROSE] * 3), align="J")
    text = load_bytes(bytes(pdf.output()), "agreement.pdf").text
    assert "| Role | Unit | Step 1 1 Oct 2026 | Step 2 1 Mar 2027 | Step 3 1 Oct 2027 |" in text
    header = text.index("| Role |")
    assert header < text.index("| Underwater performer | tank day | KSh 18,600 |")


def _leaded(rows: list[tuple[str, ...]], leading: float) -> bytes:
    """A table with no rules whose rows are `leading` mm apart; a label that wraps puts
    its second line 3.5 mm under its first (a tuple of two strings in the first cell)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    columns = (10, 62, 112, 140)  # millimetres from the left edge
    y = 20.0
    for row in [("Role or item", "Unit", "Rate", "Clause"), *rows]:
        for x, cell in zip(columns, row, strict=True):
            first = cell.split("\n")[0]
            pdf.set_xy(x, y)
            pdf.cell(48, 3, first)
            if "\n" in cell:
                pdf.set_xy(x, y + 3.5)
                pdf.cell(48, 3, cell.split("\n")[1])
        y += leading
    return bytes(pdf.output())


def test_a_wrapped_label_in_a_leaded_table_stays_in_its_row():
    """Rows 7 mm apart, a label's second line 3.5 mm under its first: the second line,
    which holds no amount, is the label's ("language)" was read as the table's end, and
    "booth host, presenter)" as a row of its own with no rate)."""
    rows = [
        ("Show day (brand ambassador,\nbooth host, presenter)", "show day", "CHF 4,200.00", "3.1"),
        ("Language supplement (second\nlanguage)", "show day", "CHF 380.00", "3.5"),
        ("Turntable supplement, motor", "show day", "CHF 820.00", "4.1"),
    ]
    text = load_bytes(_leaded(rows, 7.0), "schedule.pdf").text
    assert (
        "| Show day (brand ambassador, booth host, presenter) | show day | CHF 4,200.00 | 3.1 |"
        in text
    )
    assert "| Language supplement (second language) | show day | CHF 380.00 | 3.5 |" in text
    assert "| Turntable supplement, motor | show day | CHF 820.00 | 4.1 |" in text


def test_single_spaced_rows_without_amounts_stay_rows():
    """Rows as close as a label's lines: each line that starts in the first column is a
    row, as before (no leading tells a wrapped label from the next row)."""
    rows = [
        ("Show day", "show day", "CHF 4,200.00", "3.1"),
        ("Build-up day", "day", "CHF 2,950.00", "3.2"),
        ("Rest period", "hours", "eleven", "3.4"),
    ]
    text = load_bytes(_leaded(rows, 3.5), "schedule.pdf").text
    assert "| Build-up day | day | CHF 2,950.00 | 3.2 |" in text
    assert "| Rest period | hours | eleven | 3.4 |" in text


def test_a_word_where_a_header_name_starts_begins_its_cell():
    """ "motor show" and "show day" a narrow gap apart, the clause right after a long
    cell: a word that starts where a column's name starts is that column's."""
    rows = [
        ("Turntable supplement, motor show", "show day", "CHF 820.00", "4.1"),
        ("Costume-character supplement", "hour in a full-head costume", "CHF 260.00", "5.1"),
    ]
    text = load_bytes(_leaded(rows, 7.0), "schedule.pdf").text
    assert "| Turntable supplement, motor show | show day | CHF 820.00 | 4.1 |" in text
