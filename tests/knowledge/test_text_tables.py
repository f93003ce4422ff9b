"""Fixed-width tables in .txt and .md files become Markdown tables at load time, so a row
is read with its column headers and period; prose with dashes is left as it is."""

from __future__ import annotations

import time

import pytest

from knowledge.answering.units import cut
from knowledge.chunking import chunk_document
from knowledge.loading import load_bytes
from knowledge.loading.columns import markdown_tables
from knowledge.search import Passage

SESSION_FEES = """\
2. SESSION FEES

2.2 Minimum session fee:

        Period                              Session fee (4 hours)
        ----------------------------------  ---------------------
        1 March 2026 to 28 February 2027    $618
        1 March 2027 to 31 August 2028      $641

2.3 Each additional voice is paid $155.
"""

AMENDED_RATES = """\
1.1 The minimum rates are replaced by these:

    Category                          Unit        Year 2 from       Year 3 from       Superseded
                                                  2026-10-01        2027-09-01        (Yr 2 / Yr 3)
    --------------------------------  ----------  ----------------  ----------------  --------------
    Background performer              per 8-h day $241              $250              $234 / $242
    Stand-in                          per 8-h day $264              $274              $256 / $265
    Voice performer, animation or     per 4-h     $512              $531              $503 / $521
      dubbing                         session

1.2 Work from 1 September 2026 to 30 September 2026 is paid at the old minimums.
"""


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


def test_a_table_under_a_dashed_rule_becomes_a_markdown_table_and_the_prose_stays():
    doc = load_bytes(SESSION_FEES.encode(), "side-letter.txt")
    assert _lines(doc.text)[4:9] == [
        "| Period | Session fee (4 hours) |",
        "|---|---|",
        "| 1 March 2026 to 28 February 2027 | $618 |",
        "| 1 March 2027 to 31 August 2028 | $641 |",
        "",
    ]
    before, after = SESSION_FEES.split("        Period")[0], SESSION_FEES.split("$641\n")[1]
    assert doc.text.startswith(before) and doc.text.endswith(after)
    chunks = chunk_document(doc, 700)
    assert all(doc.text[c.start : c.end] == c.text for c in chunks)
    assert any("| 1 March 2027 to 31 August 2028 | $641 |" in c.text for c in chunks)


def test_header_lines_join_per_column_and_a_wrapped_first_cell_joins_its_row():
    text = load_bytes(AMENDED_RATES.encode(), "memorandum.txt").text
    table = [line for line in _lines(text) if line.startswith("|")]
    assert table == [
        "| Category | Unit | Year 2 from 2026-10-01 | Year 3 from 2027-09-01 "
        "| Superseded (Yr 2 / Yr 3) |",
        "|---|---|---|---|---|",
        "| Background performer | per 8-h day | $241 | $250 | $234 / $242 |",
        "| Stand-in | per 8-h day | $264 | $274 | $256 / $265 |",
        "| Voice performer, animation or dubbing | per 4-h session | $512 | $531 | $503 / $521 |",
    ]
    assert "dubbing                         session" not in text
    assert "1.2 Work from 1 September 2026" in text


def test_the_answerer_reads_a_converted_row_once_per_period_column():
    doc = load_bytes(AMENDED_RATES.encode(), "memorandum.txt")
    chunk = next(c for c in chunk_document(doc) if "$264" in c.text)
    passage = Passage("p", "m.txt", "Memorandum", chunk.text, chunk.start, chunk.end, 1.0)
    stand_in = [u for u in cut([passage]) if u.row and u.text.startswith("Stand-in")]
    by_period = {str(u.period.start): u.display for u in stand_in if u.period}
    assert set(by_period) == {"2026-10-01", "2027-09-01"}
    assert "Year 2 from 2026-10-01: $264" in by_period["2026-10-01"]
    assert "Year 3 from 2027-09-01: $274" in by_period["2027-09-01"]


def test_a_row_under_the_label_above_keeps_the_label_and_a_closing_rule_is_dropped():
    text = (
        "=========  ======  ======\n"
        "Role       Unit    Rate\n"
        "=========  ======  ======\n"
        "Performer  Day     $100\n"
        "           Week    $400\n"
        "=========  ======  ======\n"
        "\n"
        "Rates are minimums.\n"
    )
    assert markdown_tables(text) == (
        "| Role | Unit | Rate |\n|---|---|---|\n"
        "| Performer | Day | $100 |\n| Performer | Week | $400 |\n"
        "\nRates are minimums.\n"
    )


def test_line_endings_and_front_matter_are_kept():
    md = (
        "---\r\ntitle: Fees\r\n---\r\n# Fees\r\n\r\n"
        "    Role      Rate\r\n    --------  -----\r\n    Stunt     $900\r\n\r\nEnd.\r\n"
    )
    doc = load_bytes(md.encode(), "fees.md")
    assert doc.metadata["title"] == "Fees"
    assert doc.text == (
        "---\r\ntitle: Fees\r\n---\r\n# Fees\r\n\r\n"
        "    | Role | Rate |\r\n    |---|---|\r\n    | Stunt | $900 |\r\n\r\nEnd.\r\n"
    )


def test_a_table_in_a_code_fence_is_converted_and_the_fences_stay():
    md = (
        "# Fees\n\n```text\n"
        "Role              Day rate    Week rate\n"
        "----------------  ----------  ----------\n"
        "Stunt performer   $1,204      $4,500\n"
        "```\n~~~\n"
        "Role              Day rate    Week rate\n"
        "Stand-in          $262        n/a\n"
        "Background        $219        n/a\n"
        "~~~\n"
    )
    assert load_bytes(md.encode(), "fees.md").text == (
        "# Fees\n\n```text\n"
        "| Role | Day rate | Week rate |\n|---|---|---|\n| Stunt performer | $1,204 | $4,500 |\n"
        "```\n~~~\n"
        "| Role | Day rate | Week rate |\n|---|---|---|\n"
        "| Stand-in | $262 | n/a |\n| Background | $219 | n/a |\n"
        "~~~\n"
    )


PROSE_WITH_DASHES = [
    "---\ntitle: Notes\n---\n# Notes\n\nIntro.\n\n-----\n\nMore text.\n",  # front matter, rule
    "Heading\n=======\n\nSub heading\n-----------\n\nText.\n",  # setext headings
    "- one\n- two\n  - three\n\n* * *\n\n- - -\n",  # bullets and spaced rules
    "Intro text\n--- ---\nMore text\n",  # a spaced Markdown rule is not a table
    "Words -- here -- and -- there\n---  ---\nx  y\n",  # prose above a rule
    "This is a long prose line that runs on across every column\n------  ------\nA  b\n",
    "A    B\n---  ---\n\nNo rows under the rule.\n",
    "Term  -- a dash\n-- --\nx  y\n",  # runs shorter than three dashes
    "Fees\n\n    code block\n    ----------\n    more code\n",  # one run is not a table
]


@pytest.mark.parametrize("text", PROSE_WITH_DASHES)
def test_prose_that_merely_contains_dashes_is_untouched(text):
    assert markdown_tables(text) == text
    assert load_bytes(text.encode(), "notes.md").text == text


def test_a_prose_line_after_a_table_ends_it_and_stays_prose():
    text = (
        "Role              Rate\n"
        "----------------  -----\n"
        "Stunt performer   $900\n"
        "Note: all rates include holiday pay.\n"
    )
    assert markdown_tables(text) == (
        "| Role | Rate |\n|---|---|\n| Stunt performer | $900 |\n"
        "Note: all rates include holiday pay.\n"
    )


def test_a_table_aligned_by_spaces_alone_is_read_under_its_intro_line():
    text = (
        "2.2 Minimum fees, from 1 March 2026:\n"
        "    Category          Day rate   Weekly rate\n"
        "    Principal         $1,056     $3,664\n"
        "    Background        $219       n/a\n"
        "\n"
        "After.\n"
    )
    assert markdown_tables(text) == (
        "2.2 Minimum fees, from 1 March 2026:\n"
        "    | Category | Day rate | Weekly rate |\n"
        "    |---|---|---|\n"
        "    | Principal | $1,056 | $3,664 |\n"
        "    | Background | $219 | n/a |\n"
        "\n"
        "After.\n"
    )


ALIGNED_BUT_NOT_TABLES = [
    # prose with two spaces after each sentence
    "This agreement is made between the Employers and the Guild.  It sets\n"
    "minimum terms for performers engaged in the province.  Nothing in it\n"
    "limits better terms agreed with a performer.  See Article 3.\n",
    "Employer:   Acme Games Ltd.\nGuild:      SVGN\nSigned:     1 March 2026\n",
    "Parties            Acme and SVGN\nDate of signing    1 March 2026\nTerm      2026 to 2028\n",
    "For the Employers          For the Guild\nJ. Smith                   M. Tremblay\n"
    "Chair                      President\n",
    "1.  Day performer   $900\n2.  Weekly           $3,000\n3.  Background       $219\n",
    "Role        Unit\nStunt       per day\nDouble      per week\n",  # no figure in a row
    "Overtime          $82\nMeal penalty      $32\n",  # a header needs rows under it
]


@pytest.mark.parametrize("text", ALIGNED_BUT_NOT_TABLES)
def test_aligned_text_that_is_not_a_table_is_untouched(text):
    assert markdown_tables(text) == text


def test_pathological_input_is_converted_in_bounded_time():
    hostile = (
        "---- " * 100_000  # a rule far too wide to be a table
        + "\n"
        + "a    b\n---  ---\n" * 50_000  # a rule under every other line
        + "x" * 200_000
        + "\n"
        + "Role  Rate\n----  ----\n"
        + "Row   $1 "
        + "  y" * 200_000  # a row wider than its table
        + "\n"
        + "Role  Rate\n----  ----\n"
        + "R     $1\n" * 50_000  # a long table
        + "\n"
        + "".join(f"{' ' * (i % 100)}w  x\n" for i in range(50_000))  # a staircase of indents
        + "\nName  Rate\n"
        + "N     $2\n" * 50_000  # a long table with no rule
    )
    t0 = time.monotonic()
    out = markdown_tables(hostile)
    assert time.monotonic() - t0 < 30  # a fraction of a second; generous for a busy machine
    assert out.startswith("---- " * 100_000 + "\n| a | b |\n|---|---|\n| a | b |\n")
    assert out.count("| R | $1 |\n") == 50_000
    assert out.count("| N | $2 |\n") == 50_000
    assert "Row   $1   y" in out  # the over-wide row is left as it was


WAS_NOW = (
    "2. SCHEDULE A - REPLACED MINIMUMS\r\n"
    "\r\n"
    "Row | Category                            | Contract year | Was       | Now\r\n"
    "----+-------------------------------------+---------------+-----------+----------\r\n"
    "C2  | Podcast episode script (per 30 min) | Year 1        | $1,240.00 | $1,315.00\r\n"
    "E1  | Audio-drama session (4 h)           | Year 1        | $465.00   | $492.00\r\n"
    "\r\n"
    "All other rows are unchanged: cats | dogs is no table.\r\n"
)


def test_a_pipe_table_without_outer_bars_is_read_as_a_table():
    from knowledge.loading.pipes import outer_bars

    doc = load_bytes(WAS_NOW.encode("utf-8"), "memo.txt")
    text = doc.text
    row = "| C2 | Podcast episode script (per 30 min) | Year 1 | $1,240.00 | $1,315.00 |\r\n"
    assert row in text and "|---|---|---|---|---|\r\n" in text  # line ends kept
    assert "cats | dogs is no table." in text  # a bar in prose, with no rule under it
    chunk = next(c for c in chunk_document(doc) if "$1,315.00" in c.text)
    passage = Passage("p", "memo.txt", "Memo", chunk.text, chunk.start, chunk.end, 1.0)
    rows = [u for u in cut([passage]) if u.row and "Podcast" in u.text]
    assert rows and "Now: $1,315.00" in rows[0].display
    assert "money:1240" in rows[0].former  # the "Was" column names the figure it replaced
    assert outer_bars("no bars here") == "no bars here"
    # a body row may leave its first or last cell empty; the rows after it stay in the table
    gaps = outer_bars("A | B | C\n--+---+--\nC2 | b | \n | (per 30 min) | $3\nC3 | x | $4\n")
    assert "|  | (per 30 min) | $3 |" in gaps and "| C3 | x | $4 |" in gaps


def test_reading_pipe_tables_costs_linear_time_on_hostile_text():
    from knowledge.loading.pipes import outer_bars

    for text in ("a|b\n--+--\n" + "x|y\n" * 50_000, "|" * 100_000 + "\n" + "-+" * 50_000):
        started = time.monotonic()
        outer_bars(text)
        assert time.monotonic() - started < 10  # generous: linear takes well under 1 s
