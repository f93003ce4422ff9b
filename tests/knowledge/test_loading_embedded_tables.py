"""An HTML table written inside a Markdown file is read as one of its tables: each row's
label, amounts and column headers together, so that a question about one row is answered
with its figure for the period asked."""

from __future__ import annotations

import datetime as dt
import time

from small_corpus import answerer_over

from knowledge.loading import load_bytes
from knowledge.loading.embedded_tables import embedded_tables

SCHEDULE = """---
title: Music-video schedule 2026/27
---

Rates
-----

The FY 2027/28 column applies from 2027-04-01.

<table>
  <caption>Schedule M: music videos</caption>
  <thead>
    <tr><th>Engagement</th><th>FY 2026/27</th><th>FY 2027/28 (from 2027-04-01)</th></tr>
  </thead>
  <tbody>
    <tr><td>Music-video dancer, per shooting day (10 hours)</td><td>R$ 1.480,00</td><td>R$ 1.540,00</td></tr>
    <tr><td>Overtime, dancer, per hour or part of an hour</td><td>R$ 225,00</td><td>R$ 230,00</td></tr>
    <tr><td>Hotel night | by city band</td><td colspan="2">R$ 300,00 a night</td></tr>
  </tbody>
</table>

Overtime is paid with the day rate.
"""


def test_an_html_table_in_markdown_becomes_a_pipe_table():
    text = embedded_tables(SCHEDULE)
    assert "<td>" not in text and "<table" not in text
    lines = text.splitlines()
    header = lines.index("| Engagement | FY 2026/27 | FY 2027/28 (from 2027-04-01) |")
    assert lines[header - 2] == "Schedule M: music videos"  # its caption, a line above
    assert lines[header + 1] == "| --- | --- | --- |"
    assert "| Overtime, dancer, per hour or part of an hour | R$ 225,00 | R$ 230,00 |" in lines
    # a cell spanning columns is in each; a bar in a cell is no column
    assert "| Hotel night \\| by city band | R$ 300,00 a night | R$ 300,00 a night |" in lines
    assert text.endswith("Overtime is paid with the day rate.\n")


def test_a_struck_figure_and_a_line_break_are_read_as_on_a_page():
    table = (
        "<table><tr><th>Item</th><th>FY<br>2026/27</th></tr>"
        "<tr><td>Lead-line premium</td><td><s>R$ 200,00</s> R$ 210,00</td></tr></table>"
    )
    lines = embedded_tables(table).splitlines()
    assert "| Item | FY 2026/27 |" in lines
    assert "| Lead-line premium | ~~R$ 200,00~~ R$ 210,00 |" in lines


def test_what_is_not_a_readable_table_is_left_as_written():
    assert embedded_tables("No table here.\n") == "No table here.\n"
    one_row = "<table><tr><td>alone</td></tr></table>"
    assert embedded_tables(one_row) == one_row
    huge = "<table>" + "<tr><td>x</td></tr>" * 20_000 + "</table>"
    assert embedded_tables(huge) == huge  # bounded: too large to be read
    nested = (
        "<table><tr><td><table><tr><td>a</td></tr></table></td></tr><tr><td>b</td></tr></table>"
    )
    assert embedded_tables(nested) == nested
    fenced = "```html\n<table><tr><td>a</td></tr><tr><td>b</td></tr></table>\n```\n"
    assert embedded_tables(fenced) == fenced  # an example in a code block


def test_a_hostile_file_costs_little():
    started = time.monotonic()
    unclosed = "<table>\n" * 40_000  # every table left open
    assert embedded_tables(unclosed) == unclosed
    # one row of cells each spanning 200 rows: counted, not copied
    bomb = "<table><tr>" + '<td rowspan="200">x</td>' * 8_000 + "</tr>" + "<tr></tr>" * 199
    bomb += "</table>"
    assert embedded_tables(bomb) == bomb
    assert time.monotonic() - started < 20  # linear: well under a second on a laptop


def test_a_markdown_files_html_table_is_loaded_as_rows():
    document = load_bytes(SCHEDULE.encode(), "schedule.md")
    assert "| Overtime, dancer, per hour or part of an hour | R$ 225,00 |" in document.text


def test_a_row_of_an_embedded_table_answers_for_the_period_asked(tmp_path, bundled_embedder):
    answerer = answerer_over(
        tmp_path, {"schedule.md": SCHEDULE}, bundled_embedder, dt.date(2026, 12, 6)
    )
    answer = answerer.ask("what is the overtime rate for a music-video dancer per hour?")
    first = answer.text.splitlines()[0]
    assert "225,00" in first and "230,00" not in first
