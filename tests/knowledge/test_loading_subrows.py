"""Table rows that only qualify the row above them ("– weekends") are named by it, in
Word documents and PDFs (loading/subrows.py)."""

from __future__ import annotations

import io

from knowledge.loading import load_bytes
from knowledge.loading.subrows import labelled_pipe_tables, named_subrows, same_labels

ROWS = [
    ["Role", "Unit", "Rate"],
    ["Rigger", "per call", "310.00 EUR"],
    ["– Sundays", "per call", "387.50 EUR"],
    ["Follow-spot operator", "per show", "205.00 EUR"],
    ["– Sundays", "per show", "256.25 EUR"],
    ["– public holidays", "per show", "307.50 EUR"],
]


def test_a_sub_row_is_named_by_the_row_it_qualifies():
    out = named_subrows(ROWS)
    assert out[2][0] == "Rigger – Sundays"
    assert out[5] == ["Follow-spot operator – public holidays", "per show", "307.50 EUR"]
    assert out[0] == ROWS[0] and out[3] == ROWS[3]


def test_a_table_without_sub_rows_or_a_minus_figure_is_left_alone():
    plain = [["Role", "Rate"], ["Rigger", "310.00 EUR"], ["-5%", "discount"]]
    assert named_subrows(plain) == plain
    assert named_subrows([["– x", "y"], ["– z", "w"]]) == [["– x", "y"], ["– z", "w"]]


def test_a_word_tables_sub_rows_are_named_by_their_role():
    import docx

    document = docx.Document()
    table = document.add_table(rows=0, cols=3)
    for cells in ROWS:
        row = table.add_row()
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    data = io.BytesIO()
    document.save(data)
    doc = load_bytes(data.getvalue(), "rates-2025.docx")
    assert "| Follow-spot operator – public holidays | per show | 307.50 EUR |" in doc.text
    assert "| Rigger – Sundays | per call | 387.50 EUR |" in doc.text


SAME_ROLE = [
    ["Role", "Unit", "Rate"],
    ["Scan performer", "per full-body scan", "185 000 FCFA"],
    ["", "per head scan", "90 000 FCFA"],
    ["", "re-scan fee", "60 000 FCFA"],
    ["", "(wrapped note, no amount)", ""],
    ["Director", "per directed hour", "38 000 FCFA"],
]


def test_a_blank_label_is_the_role_of_the_row_above():
    out = same_labels(SAME_ROLE)
    assert out[2] == ["Scan performer", "per head scan", "90 000 FCFA"]
    assert out[3][0] == "Scan performer"
    assert out[4][0] == ""  # no amount: a wrapped line or a note, not a rate of the role
    assert out[5] == SAME_ROLE[5]
    assert same_labels(ROWS) is ROWS  # no blank label: unchanged
    # a totals row is its own; a row's code is no role to copy
    totals = [
        ["Role", "Unit", "Rate"],
        ["Overtime", "per hour", "50 EUR"],
        ["", "Total", "350 EUR"],
    ]
    assert same_labels(totals) is totals
    coded = [["Code", "Role", "Rate"], ["T-1", "Grip", "5 EUR"], ["", "Grip (uncoded)", "6 EUR"]]
    assert same_labels(coded) is coded
    # a blank label at the top has no role above it
    assert same_labels([["Role", "Rate"], ["", "5 EUR"]]) == [["Role", "Rate"], ["", "5 EUR"]]


def test_a_markdown_tables_blank_labels_are_filled():
    text = (
        "Intro.\n\n| Role | Unit | Rate |\n|---|---|---|\n"
        "| Scan performer | per full-body scan | 185 000 FCFA |\n"
        "| | per head scan | 90 000 FCFA |\n"
        "|  | note | — |\n\nAfter.\n"
    )
    out = labelled_pipe_tables(text)
    assert "| Scan performer | per head scan | 90 000 FCFA |" in out
    assert "|  | note | — |" in out  # no amount
    assert out.startswith("Intro.") and out.endswith("After.\n")
    assert labelled_pipe_tables("no table | here\n") == "no table | here\n"
    doc = load_bytes(text.encode(), "rates.md")
    assert "| Scan performer | per head scan | 90 000 FCFA |" in doc.text
