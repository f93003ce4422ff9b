"""A memorandum's tables, each dated by its caption ("Table B – Rates raised from 1 April
2027"), whose rows print the rate they replace in a "Rate before" column: each row
replaces its own item's figure from its caption's day, and nothing else (another length
band, another fee of the same role)."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

from knowledge.answering.captions import periods_of
from knowledge.answering.cues import PAST_COLUMN

SCHEDULE = """# Rate schedule for pay year 2026-27

In force from 1 April 2026 to 31 March 2027.

Table 1 – Rates per episode or per read

| Role | Length band or unit | Rate |
|---|---|---|
| Podcast host | Episode under 30 min | G 1 250 |
| Podcast host | Episode of 30-60 min | G 1 950 |
| Podcast host | Episode over 60 min | G 2 600 |
| Host-read advertising | Per ad read per episode | G 650 |
| Host-read advertising | Evergreen fee, read kept beyond 90 days | G 300 |
"""

MEMORANDUM = """# Memorandum No. 2 (rates)

Signed on 15 October 2026. It amends the rate schedule for pay year 2026-27.

## 1. Retroactive increase

The increase is retroactive: it applies to all work done on or after 1 July 2026.

Table A – Rates raised with effect from 1 July 2026

| Role | Unit | Rate before | New rate |
|---|---|---|---|
| Podcast host | episode of 30-60 min | G 1 950 | G 2 025 |
| Host-read advertising | per ad read per episode | G 650 | G 690 |

## 2. Increase from the next pay year

This increase does not apply to work done before 1 April 2027.

Table B – Rates raised from 1 April 2027

| Role | Unit | Rate before | New rate |
|---|---|---|---|
| Podcast host | episode of 30-60 min | G 2 025 | G 2 100 |
"""


def test_a_caption_dates_the_rows_under_it_and_no_others():
    rows = periods_of(MEMORANDUM.split("## 2."))  # the tables in two chunks
    a = rows["| Podcast host | episode of 30-60 min | G 1 950 | G 2 025 |"]
    b = rows["| Podcast host | episode of 30-60 min | G 2 025 | G 2 100 |"]
    assert (a.start, b.start) == (dt.date(2026, 7, 1), dt.date(2027, 4, 1))
    assert "| Role | Unit | Rate before | New rate |" in rows  # the header line, harmless
    assert periods_of([SCHEDULE]) == {}  # a heading with no date above the table
    proposed = "Rates proposed from 1 April 2027\n\n| Host | G 2 200 |\n"
    assert periods_of([proposed]) == {}
    named = "Rates agreed on 3 March 2026 and ratified on 20 March 2026:\n| Host | G 1 250 |\n"
    assert periods_of([named]) == {}  # days named, not from when the rows apply


def test_a_table_continued_under_its_repeated_header_keeps_its_caption():
    first = (
        "Table B – Rates raised from 1 April 2027\n| Role | Rate |\n|---|---|\n| Host | G 2 100 |"
    )
    second = "Page 4 of 9\n| Role | Rate |\n|---|---|\n| Co-host | G 1 500 |"
    rows = periods_of([first, second])
    assert rows["| Co-host | G 1 500 |"].start == dt.date(2027, 4, 1)


def test_a_rate_before_column_prints_the_replaced_rate():
    assert PAST_COLUMN.match("Rate before") and PAST_COLUMN.match("Cachet avant")
    assert not PAST_COLUMN.match("Notice before") and not PAST_COLUMN.match("New rate")


def test_each_raised_row_answers_for_its_own_day(tmp_path, bundled_embedder):
    answerer = answerer_over(
        tmp_path, {"schedule.md": SCHEDULE, "memorandum.md": MEMORANDUM}, bundled_embedder
    )
    now = answerer.ask("podcast host rate for an episode of 30-60 min rn?").text
    assert "2 025" in now.splitlines()[0]
    assert "2 100" not in now  # raised only from 1 April 2027
    later = answerer.ask("podcast host rate for a 45 min episode in May 2027?").text
    assert "2 100" in later.splitlines()[0]


def test_a_row_replaces_only_the_figure_it_names_and_its_own_band(tmp_path, bundled_embedder):
    answerer = answerer_over(
        tmp_path, {"schedule.md": SCHEDULE, "memorandum.md": MEMORANDUM}, bundled_embedder
    )
    evergreen = answerer.ask("evergreen fee for an ad read kept beyond 90 days now?").text
    first = evergreen.splitlines()[0]
    assert "300" in first and "superseded" not in first and "replaced" not in first
    short = answerer.ask("podcast host rate for a 20 minute episode?").text
    first = short.splitlines()[0]
    assert "1 250" in first and "replaced" not in first
