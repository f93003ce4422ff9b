"""Which bracket of a rule a member's case falls in (answering/conditions.py), and an
expired summary that cannot replace the agreement that followed it."""

from __future__ import annotations

import pytest
from small_corpus import answerer_over

from knowledge import Answerer
from knowledge.answering.conditions import brackets, case, fits

AGREEMENT = """# Commercials Agreement 2025-2028

Signed on 14 March 2025. It runs from 1 April 2025 to 31 March 2028.

## Clause 8 Cancellation

8.1 A session cancelled less than twenty-four (24) hours before the call is paid the full
session fee. A session cancelled between twenty-four (24) and seventy-two (72) hours before
the call is paid half the session fee.

## Clause 9 Holding fees

9.1 A holding fee is paid for each 13-week cycle in which a spot is held but not aired.
"""

EXPIRED = """# EXPIRED - Summary of the Commercials Agreement 2022-2025

This agreement expired on 31 March 2025 and has been superseded by the Commercials
Agreement 2025-2028. Kept for reference only.

Main rules of the expired agreement

A session cancelled less than twelve (12) hours before the call was paid in full.
Holding fees were paid per 13-week cycle.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder) -> Answerer:
    root = tmp_path_factory.mktemp("brackets")
    return answerer_over(
        root, {"agreement.md": AGREEMENT, "expired-summary.md": EXPIRED}, bundled_embedder
    )


def test_brackets_are_read_in_hours_in_both_languages():
    assert brackets("cancelled less than twenty-four (24) hours before the call") == [(0, 24)]
    assert brackets("cancelled between twenty-four (24) and seventy-two (72) hours") == [(24, 72)]
    assert brackets("pick-ups requested within fourteen (14) days are free") == [(0, 336)]
    assert brackets("annulée entre 24 et 72 heures avant la convocation") == [(24, 72)]
    assert brackets("après plus de 2 semaines") == [(336, float("inf"))]
    assert brackets("paid the full session fee") == []


def test_the_case_is_one_stated_duration():
    assert case("got cancelled like 15 hours before the call, paid?") == 15
    assert case("pick-ups 3 weeks after i delivered the files") == 504
    assert case("cancelled 15 hours before, is it still 30 days to pay?") is None
    assert case("what is the session fee") is None


def test_only_a_passage_with_brackets_for_and_against_the_case_is_told_apart():
    texts = [
        "cancelled less than 24 hours before the call: full fee",
        "cancelled between 24 and 72 hours before the call: half the fee",
        "a recall within 30 days is paid at row S-7",  # alone in its passage
        "pick-ups within 14 days are free",  # alone, and excludes 3 weeks
    ]
    assert fits(15, texts, [0, 0, 1, 2]) == [1, -1, 0, 0]
    assert fits(504, texts, [0, 0, 1, 2]) == [0, 0, 0, 0]
    assert fits(None, texts, [0, 0, 1, 2]) == [0, 0, 0, 0]
    # two rules of one passage are not brackets of one rule: "is it still 5 days' notice?"
    rules = [
        "Notice is given at least 10 working days before each new use of the clone.",
        "The clone is deleted within 60 days of its last authorised use.",
    ]
    assert fits(120, rules, [0, 0]) == [0, 0]


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "ad session got cancelled last night like 15 hrs before the call. do i still get paid?",
            "less than twenty-four (24) hours",
        ),
        (
            "my session was cancelled 30 hrs before the call, am i paid?",
            "between twenty-four (24) and seventy-two (72) hours",
        ),
    ],
)
def test_the_bracket_the_case_falls_in_answers(answerer, question, lead):
    answer = answerer.ask(question)
    first = answer.text.splitlines()[0]
    assert answer.grounded and lead in first
    assert "superseded" not in first


def test_an_expired_summary_written_when_it_ended_replaces_nothing(answerer):
    """The summary's first date is the day its agreement ended: its rule describes the
    past and does not replace the clause of the agreement that followed."""
    answer = answerer.ask("if a session is cancelled, when do i get the full fee?")
    first = answer.text.splitlines()[0]
    assert "less than twenty-four (24) hours" in first
    assert "superseded" not in first and "no longer in force" not in answer.text


def test_length_bands_are_brackets():
    """A rate card's length bands: "under 30 min", "30-60 min", "de 30 à 60 min"."""
    assert brackets("Episode under 30 min") == [(0, 0.5)]
    assert brackets("Episode of 30-60 min") == [(0.5, 1)]
    assert brackets("Épisode de 30 à 60 min") == [(0.5, 1)]
    assert brackets("Episode over 60 min") == [(1, float("inf"))]
    assert brackets("a 2-3 day shoot") == [(48, 72)]
    assert brackets("the 2026-2027 minutes") == []  # years, not minutes
    # hours of the clock and a clause's number are no brackets
    assert brackets("je travaille de 9 à 17 heures") == []
    assert brackets("Article 14 – 30 days notice of layoff") == []
    assert brackets("de 2 à 4 heures de répétition") == [(2, 4)]


def test_a_side_said_after_the_length_and_a_word_inside_it_are_brackets():
    """A side after the length ("45 minutes or more", "30 min ou moins"), a word inside it."""
    assert brackets("Instructor, class of 45 minutes or more") == [(0.75, float("inf"))]
    assert brackets("une séance de 30 min ou moins") == [(0, 0.5)]
    assert brackets("a recording up to 30 finished minutes") == [(0, 0.5)]
    assert brackets("long-form (over 30 finished minutes)") == [(0.5, float("inf"))]
    assert brackets("within 3 working days") == [(0, 72)]
    assert brackets("3 days or 4 weeks") == []  # "or" before a length is no side
    assert brackets("2 hours and under 4 hours") == [(0, 4)]  # the side is the next length's
    assert brackets("30 minutes ou plus tard") == []  # later, not longer
    rows = ["Class of 45 minutes or more — Live class: 1,250", "Class under 45 minutes — 900"]
    assert fits(case("rate for a 60 min live class?"), rows, [0, 0]) == [1, -1]
    # a member who names the band is in it
    assert fits(case("un cours de 45 min ou plus ?"), rows, [0, 0]) == [1, -1]


def test_a_length_stated_beside_a_bracket_is_the_case():
    assert case("podcast host rate for an episode of 30-60 min?") == 0.75  # inside the band
    assert case("my 20-minute episode: must i be paid within 30 days?") == pytest.approx(1 / 3)
    assert case("the 2-3 days rate for a 45 minute episode?") == 0.75


def test_rows_for_other_bands_differ_but_another_columns_bracket_does_not_matter():
    from knowledge.answering.conditions import differ

    assert differ("| Host | Episode under 30 min | G 1 250 |", "| Host | episode of 30-60 min |")
    assert not differ(
        "| Host | Episode under 30 min | Rest 8-10 hours |", "| Host | under 30 min |"
    )


@pytest.mark.parametrize(
    ("question", "rate"),
    [
        ("co-host on a 20 minute episode, how much per ep?", "G 875"),
        ("co-host on a 45 minute episode, how much per ep?", "G 1 400"),
        ("co-host, 90 min episode, rate?", "G 1 850"),
    ],
)
def test_a_long_tables_rows_are_siblings_across_its_passages(
    tmp_path, bundled_embedder, question, rate
):
    """The band asked about answers, though the table was cut into several passages."""
    rows = "\n".join(
        f"| {role} | Episode {band} | G {amount} |"
        for role, band, amount in [
            ("Podcast host", "under 30 min", "1 250"),
            ("Podcast host", "of 30-60 min", "1 950"),
            ("Podcast host", "over 60 min", "2 600"),
            ("Podcast co-host", "under 30 min", "875"),
            ("Podcast co-host", "of 30-60 min", "1 400"),
            ("Podcast co-host", "over 60 min", "1 850"),
        ]
    )
    filler = "\n".join(f"| Foley performer {n} | Per day {n} | G {3000 + n} |" for n in range(60))
    schedule = (
        "# Rate schedule 2026-27\n\nIn force from 1 April 2026.\n\n"
        "| Role | Length band | Rate |\n|---|---|---|\n"
        f"{rows}\n{filler}\n"
    )
    answerer = answerer_over(tmp_path, {"schedule.md": schedule}, bundled_embedder)
    assert f"{rate} " in answerer.ask(question).text.splitlines()[0]
