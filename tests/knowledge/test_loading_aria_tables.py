"""A table a web page builds from <div>s with ARIA roles (role="table", "columnheader",
"cell"), laid out by CSS grid, is read as a table (loading/aria_tables.py): each cell had
been a paragraph of its own, the figure a line below its label."""

from __future__ import annotations

import pytest

from knowledge.loading import load_bytes
from knowledge.loading.aria_tables import _track_count, aria_tables

PAGE = """<!doctype html><html><head><title>Rates</title><style>
  .rate-grid { display: grid; grid-template-columns: 2.2fr repeat(2, 1fr); }
  .two-col { display: grid; grid-template-columns: 2.2fr 1fr; }
</style></head><body><main>
<h1>Rates and allowances 2026/27</h1>
<p>Every rate below is per day unless it says otherwise, before premiums.</p>
<div class="rate-grid" role="table" aria-label="Day rates by step">
  <div role="columnheader">Role</div><div role="columnheader">Step 1</div>
  <div role="columnheader">Step 2</div>
  <div role="cell">Safety diver</div><div role="cell">KSh&nbsp;14,800</div>
  <div role="cell">KSh&nbsp;15,400</div>
  <div role="cell">Mermaid performer</div><div role="cell">KSh&nbsp;9,200</div>
  <div role="cell">KSh&nbsp;9,600</div>
</div>
<h2>Digital doubles</h2>
<div class="two-col" role="table" aria-label="AI terms">
  <div role="cell">Scan-session fee</div><div role="cell">KSh&nbsp;38,000</div>
  <div role="cell">Each production that re-uses your double</div>
  <div role="cell">KSh&nbsp;45,000</div>
  <div role="cell">Show fee, winter</div><div role="cell"><del>KSh 5,900</del> KSh 6,400</div>
</div>
</main></body></html>"""


def test_a_grid_of_cells_is_read_row_by_row():
    text = load_bytes(PAGE.encode(), "rates.html").text
    assert "| Role | Step 1 | Step 2 |" in text
    assert "| Safety diver | KSh 14,800 | KSh 15,400 |" in text
    # without column headers, the CSS class's tracks give the width; a struck figure stays struck
    assert "| Each production that re-uses your double | KSh 45,000 |" in text
    assert "~~KSh 5,900~~ KSh 6,400" in text
    assert text.index("AI terms") < text.index("| Scan-session fee")  # its label above it


def test_cells_that_do_not_fill_their_rows_are_left_as_they_are():
    style = "<style>.two-col { display: grid; grid-template-columns: 2fr 1fr; }</style>"
    cells = '<div role="cell">Lane</div><div role="cell">8</div><div role="cell">Call</div>'
    odd = f"<html><head>{style}</head><body><div class='two-col' role='table'>{cells}</div>"
    assert aria_tables(f"{odd}</body></html>") == f"{odd}</body></html>"  # 3 cells, rows of 2
    even = f"{odd[:-6]}<div role='cell'>90 minutes</div></div></body></html>"
    assert "<table>" in aria_tables(even)  # four: two rows of two
    assert aria_tables("<p>no roles here</p>") == "<p>no roles here</p>"


def test_rows_marked_as_rows_are_read_and_a_grid_inside_a_cell_keeps_its_own():
    inner = (
        '<div role="table"><div role="row"><div role="cell">Step 1</div>'
        '<div role="cell">KSh 14,800</div></div></div>'
    )
    html = (
        "<html><body><main><p>Rates by role, before premiums, for every production.</p>"
        '<div role="table"><div role="row"><div role="columnheader">Role</div>'
        '<div role="columnheader">Rates</div></div>'
        f'<div role="row"><div role="cell">Safety diver</div><div role="cell">{inner}</div>'
        "</div></div></main></body></html>"
    )
    out = aria_tables(html)
    assert out.count("<table>") == 1  # the outer grid; the inner one is its cell's content
    assert out.count("Safety diver") == 1 and out.count("KSh 14,800") == 1


@pytest.mark.parametrize(
    ("value", "count"),
    [
        ("2.2fr 1.6fr repeat(3, 1fr)", 5),
        ("repeat(2, minmax(10rem, 1fr) 6rem)", 4),
        ("[label] 2fr [value] 1fr", 2),
        ("repeat(auto-fill, minmax(8rem, 1fr))", 0),
        ("calc(100% - 2rem) 1fr", 2),
        ("2fr 1fr !important", 2),
        ("var(--columns) 1fr", 0),
    ],
)
def test_a_grids_columns_are_counted_from_its_template(value, count):
    assert _track_count(value) == count
