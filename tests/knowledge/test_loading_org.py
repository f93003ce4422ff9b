"""A text file that holds Org-mode source (knowledge/loading/org.py) is read as Markdown: its
headlines as headings without TODO keywords or tags, its tables as tables whose rows carry
their column headers, its links, emphasis and timestamps as the text they show, and without
keyword lines, drawers or comments (a rejected draft is not read); other text is left as it
is."""

from __future__ import annotations

import time

import pytest

from knowledge.loading.org import is_org, org_text

MINUTES = """\
#+TITLE: Riverbend Stagehands Local 7: November branch meeting
#+AUTHOR: Priya Nandakumar, branch secretary
#+DATE: <2026-11-03 Tue>
#+OPTIONS: toc:nil num:nil
#+STARTUP: overview

# reminder: send to the executive before Friday

* Attendance                                                       :meeting:
:PROPERTIES:
:CUSTOM_ID: attendance
:END:
Fourteen members attended; quorum is /twelve/ members.
The bylaws are at [[https://example.org/local7/bylaws][the branch page]], the
archive at [[https://example.org/local7/minutes_2026/]].
Minutes are filed under shared/minutes/2026 and 5 * 3 is fifteen.

* TODO [#A] Call rates for the winter season                     :rates:pay:
DEADLINE: <2026-12-01 Tue> SCHEDULED: <2026-11-20 Fri 10:00>
:LOGBOOK:
- State "TODO"       from              [2026-10-01 Thu 09:12]
:END:
The committee agreed *new* call rates, paid =per call= and not ~per hour~;
the +2025 table+ is void.[fn:1]

#+CAPTION: Call rates from 1 December 2026
#+NAME: tab:rates
|-------------+----------+----------|
| Role        | Per call | Overtime |
|-------------+----------+----------|
| Rigger      | $212.50  | $31.00/h |
| Flyman      | $198.00  | $29.50/h |
|-------------+----------+----------|

#+BEGIN_COMMENT
The employer's draft, rejected: riggers at $241.00 a call.
#+END_COMMENT

** DONE Ratify the rates at the general meeting
CLOSED: [2026-11-03 Tue 19:40]

#+BEGIN_QUOTE
Every call counts as four hours at least.
#+END_QUOTE

* COMMENT Floated, never tabled
A rigger rate of $250.00 a call.

* Next meeting
Held [2026-12-08 Tue 18:30] in the union hall.

[fn:1] The 2025 table ran to 30 November 2026.
"""


def test_meeting_notes_in_org_read_as_headings_prose_and_a_table():
    text = org_text(MINUTES)
    assert text.startswith("# Riverbend Stagehands Local 7: November branch meeting\n")
    assert "Date: 2026-11-03" in text
    # headlines one level under the title, without keywords, priorities or tags
    assert "\n## Attendance\n" in text and "\n## Call rates for the winter season\n" in text
    assert "\n### Ratify the rates at the general meeting\n" in text
    assert "Fourteen members attended; quorum is twelve members." in text
    assert "The bylaws are at the branch page, the\n" in text  # the line break kept
    assert "archive at https://example.org/local7/minutes_2026/." in text
    assert "shared/minutes/2026 and 5 * 3 is fifteen." in text
    assert "Deadline: 2026-12-01 Scheduled: 2026-11-20 10:00" in text
    assert "Closed: 2026-11-03 19:40" in text
    assert "The committee agreed new call rates, paid per call and not per hour;" in text
    assert "the 2025 table is void.\n" in text
    assert "[1] The 2025 table ran to 30 November 2026." in text
    # the caption names the table; the rule after the first row makes it the header
    header = "| Role | Per call | Overtime |\n|---|---|---|\n"
    assert f"Call rates from 1 December 2026\n\n{header}" in text
    assert "| Rigger | $212.50 | $31.00/h |\n| Flyman | $198.00 | $29.50/h |" in text
    assert "Every call counts as four hours at least." in text
    assert "Held 2026-12-08 18:30 in the union hall." in text
    # what Org keeps for itself, and what was never agreed
    assert "$241.00" not in text and "$250.00" not in text and "reminder" not in text
    for mark in ("#+", ":PROPERTIES:", ":END:", "State", "TODO", "[#A]", ":rates:", "[fn:", "tab:"):
        assert mark not in text
    assert "Priya" not in text and "toc:nil" not in text and "+-" not in text


def test_a_table_without_a_rule_has_an_empty_header_and_other_rules_go():
    notes = "#+TITLE: Rates\n* Crew\n| Rigger | 212.50 |\n| Flyman | 198.00 |\n"
    assert "|  |  |\n|---|---|\n| Rigger | 212.50 |\n| Flyman | 198.00 |" in org_text(notes)
    ruled = "#+TITLE: Rates\n* Crew\n| Role | Fee |\n| Lead | 240 |\n|---+---|\n| Chorus | 150 |\n"
    assert "|  |  |\n|---|---|\n| Role | Fee |\n| Lead | 240 |\n| Chorus | 150 |" in org_text(ruled)


def test_without_a_title_headlines_start_at_one_mark():
    notes = "* TODO Dues :admin:\nDues rise to $14.00.\n** Hardship waiver\n#+BEGIN_EXAMPLE\n"
    notes += "* kept as written\n#+END_EXAMPLE\n"
    text = org_text(notes)
    assert text == "# Dues\nDues rise to $14.00.\n## Hardship waiver\n* kept as written\n"


def test_an_unclosed_block_or_drawer_loses_only_its_marker():
    notes = "#+TITLE: Notes\n* Dues\n#+BEGIN_COMMENT\nDues rise in May.\n:PROPERTIES:\nOr June.\n"
    assert org_text(notes) == "# Notes\n## Dues\nDues rise in May.\nOr June.\n"


@pytest.mark.parametrize(
    "plain",
    [
        "Agenda\n* Dues\n* Rates\n* Any other business\n",  # Markdown bullets
        "* Dues\n* Rates\n\n|---+---|\n",  # one kind of Org mark only
        "#+TITLE: Agenda\nDues, rates and any other business.\n",
        "Five * three is fifteen; see a/b/c and =this= for more.\n",
    ],
)
def test_text_that_is_not_org_is_left_as_it_is(plain):
    assert not is_org(plain)
    assert org_text(plain) == plain


def test_hostile_org_costs_linear_time():
    head = "#+TITLE: x\n* Heading\n"
    hostile = [
        head + "#+BEGIN_COMMENT\n" * 100_000,
        head + ":PROPERTIES:\n" * 100_000,
        head + "[[" * 100_000 + "\n" + "[[a " * 100_000,
        head + "*" * 500_000 + "\n" + "*a " * 150_000,
        head + "_" * 500_000 + "\n" + "/a " * 150_000,
        head + "| Role | Rate |\n|---+---|\n" + "| Rigger | $212.50 |\n" * 50_000,
        head + ("| a | 1 |\n" * 1_000 + "\n") * 100,
        head + "|" + "a|" * 300_000 + "\n",
        head + "<2026-12-01 " * 100_000,
    ]
    for text in hostile:
        started = time.perf_counter()
        out = org_text(text)
        assert time.perf_counter() - started < 10  # generous: well under a second here
        assert len(out) < 3 * len(text)


def test_a_text_file_of_org_source_is_loaded_as_its_reading():
    from knowledge.loading import load_bytes

    document = load_bytes(MINUTES.encode(), "notes.txt")
    assert "| Rigger | $212.50 | $31.00/h |" in document.text
    assert "$241.00" not in document.text and "#+" not in document.text
