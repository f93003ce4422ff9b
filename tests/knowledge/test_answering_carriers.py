"""A question asking on what day ("when is the next meeting?", "c'est quand ?") gets the
best sentence that gives a day, even when one without a day matches its words better; asked
about the next one, a day that has come is no answer; and when the answer already gives the
day, no other dated sentence is added (carriers.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge import Answerer
from knowledge.answering.carriers import wanted_carriers
from knowledge.answering.units import Unit

MINUTES = """JOINT STANDING COMMITTEE (GUILD / PRODUCERS)
Minutes of the meeting of 12 November 2026
Guild house, conference room B, 10:00 to 13:15

1. OPENING
The chair opened the meeting at 10:00. Both parties were represented.

2. SETTLEMENT MEMORANDUM
The parties signed the settlement memorandum on grievance G-2026-07. The Joint Standing Committee records this memorandum at its next meeting.

3. SCAN NOTICES
The producers confirmed that every scan notice is sent in writing, with a copy to the Guild.

4. NEXT MEETING
Thursday 21 January 2027 at 10:00, at the Guild's head office.

Approved for circulation by the secretary of the meeting, 13 November 2026.
"""

FAQ = """# Members' FAQ

## When is the annual general meeting?

The annual general meeting takes place on Saturday 13 March 2027 at 13:00, in the Perreault
hall.

## Overtime

Overtime is paid at one and a half times the hourly rate, from 1 September 2026.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder) -> Answerer:
    documents = {"minutes.txt": MINUTES, "faq.md": FAQ}
    return answerer_over(
        tmp_path_factory.mktemp("carriers"), documents, bundled_embedder, dt.date(2026, 12, 6)
    )


def test_the_next_meetings_day_is_quoted_not_only_a_sentence_about_it(answerer):
    text = answerer.ask("when is the next meeting of the joint standing committee?").text
    assert "21 January 2027" in text
    # a coming day about something else (the AGM) is no answer to it
    assert "13 March 2027" not in text


def test_a_day_already_given_gets_no_other_dated_sentence(answerer):
    text = answerer.ask("when is the annual general meeting?").text
    assert "13 March 2027" in text.splitlines()[0]
    assert "21 January 2027" not in text and "1 September 2026" not in text


def _unit(passage: int, text: str, kinds: set[str], match: float) -> Unit:
    return Unit(passage, text, text, kinds=kinds, match=match, score=match)


def test_the_days_carried_are_about_what_is_asked_and_coming_when_the_next_is():
    today = dt.date(2026, 12, 6)
    lead = _unit(0, "The committee records the memorandum at its next meeting.", set(), 1.5)
    past = _unit(1, "Minutes of the meeting of 12 November 2026.", {"date"}, 1.0)
    coming = _unit(1, "Thursday 21 January 2027 at 10:00.", {"date", "weekday"}, 0.8)
    elsewhere = _unit(2, "The AGM is on 13 March 2027.", {"date"}, 0.3)  # another passage
    ranked = [lead, past, coming, elsewhere]
    question = "when is the next meeting of the committee?"
    assert wanted_carriers(question, ranked, [lead, past], today, 0.6) == [coming]
    # asked when it is, not the next one: any day about it
    assert wanted_carriers("when is the meeting?", ranked, [lead], today, 0.6) == [past, coming]
    # a day already given: none added
    assert wanted_carriers("when is the meeting?", ranked, [lead, past], today, 0.6) == []
    assert wanted_carriers(question, ranked, [lead, coming], today, 0.6) == []
    # nothing coming: no day that has come instead
    assert wanted_carriers(question, [lead, past], [lead], today, 0.6) == []
    # no day asked ("when I wrap at 2 a.m., …" is a condition)
    assert wanted_carriers("is the meeting open to members?", ranked, [lead], today, 0.6) == []
    assert (
        wanted_carriers("when I wrap late, is there a meeting?", ranked, [lead], today, 0.6) == []
    )


def test_a_day_of_another_year_is_no_answer_when_a_year_is_asked():
    """ "when is the motor show next year?": the quoted condition "engaged before 1 October
    2026" gives a day, but not next year's; the show's "du 1er au 15 mars 2027" is added."""
    today = dt.date(2026, 12, 7)
    lead = _unit(0, "A presenter engaged before 1 October 2026 keeps the old rate.", {"date"}, 1.2)
    show = _unit(1, "Le Salon se tiendra du 1er au 15 mars 2027.", {"date"}, 0.6)
    ranked = [lead, show]
    assert wanted_carriers("when is the motor show next year?", ranked, [lead], today, 0.6) == [
        show
    ]
    assert wanted_carriers("when is the motor show in 2027?", ranked, [lead], today, 0.6) == [show]
    assert wanted_carriers("c'est quand l'an prochain ?", ranked, [lead], today, 0.6) == [show]
    # no year asked: the day already given stands
    assert wanted_carriers("when is the motor show?", ranked, [lead], today, 0.6) == []
