""" "Last season", "la saison dernière", "next contract year": a year asked about relative
to today is the one the documents' own year-long spans place (answering/contract_years.py)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from small_corpus import answerer_over

from knowledge.answering import asked_time, contract_years
from knowledge.timeframe import Period, question_timeframe

OLD_SHEET = """# Harbour Singers Guild — Rate Sheet, Season 2025/26

Applies to engagements from 1 September 2025 to 31 August 2026.

| Code | Category | Per performance | Per rehearsal (3 h) |
|---|---|---|---|
| C-1 | Chorus member | 1.210,40 € | 402,00 € |
| X-1 | Orchestral extra, on stage | 310,00 € | 160,00 € |
"""

NEW_SHEET = """<html><body><h1>Harbour Singers Guild — Rate Sheet, Season 2026/27</h1>
<p>This sheet replaces the 2025/26 rate sheet. Rates apply from 1 September 2026 to
31 August 2027.</p>
<table><tr><th>Code</th><th>Category</th><th>Per performance</th><th>Per rehearsal (3 h)</th></tr>
<tr><td>C-1</td><td>Chorus member</td><td>1.246,70 €</td><td>414,10 €</td></tr>
<tr><td>X-1</td><td>Orchestral extra, on stage</td><td>319,30 €</td><td>164,80 €</td></tr>
</table></body></html>"""

TODAY = dt.date(2026, 12, 4)
SEPTEMBER = (9, 1)


@pytest.mark.parametrize(
    "text, starts",
    [
        ("Applies from 1 September 2025 to 31 August 2026.", [SEPTEMBER]),
        ("| Year 2 | Jul 2026 – Jun 2027 | $31.20 |", [(7, 1)]),
        ("Du 1er octobre 2025 au 30 septembre 2026 inclus.", [(10, 1)]),
        # not a year: a few months, or two dates far apart in a long passage
        ("From 1 September 2025 to 31 December 2025.", []),
        ("Signed on 1 September 2025. " + "x " * 60 + "Ends 31 August 2026.", []),
        # a month written twice is still read where the span is
        ("From Sep 2025 on: Sep 2025 – Aug 2026.", [SEPTEMBER]),
    ],
)
def test_year_long_spans_give_the_day_the_documents_years_begin(text, starts):
    assert contract_years._year_starts(text) == starts


def test_a_year_defined_by_its_days_gives_the_documents_years():
    defined = "2.1 A season runs from 1 September to the next 31 August."
    records = [SimpleNamespace(text=t) for t in (defined, "Episode fees are paid weekly.")]
    assert contract_years.read(SimpleNamespace(records=records)) == SEPTEMBER


def test_one_span_alone_gives_the_documents_no_years():
    def generation(*texts: str) -> SimpleNamespace:
        return SimpleNamespace(records=[SimpleNamespace(text=t) for t in texts])

    one = "The 2026 series runs from 1 January 2026 to 31 December 2026."
    assert contract_years.read(generation(one, "Episode fees are paid weekly.")) is None
    two = "Season 2026/27: 1 September 2026 to 31 August 2027."
    assert contract_years.read(generation(one, OLD_SHEET, two)) == SEPTEMBER


@pytest.mark.parametrize(
    "question, period",
    [
        (
            "what was the chorus rate last season?",
            Period(dt.date(2025, 9, 1), dt.date(2026, 8, 31)),
        ),
        ("le cachet de la saison dernière ?", Period(dt.date(2025, 9, 1), dt.date(2026, 8, 31))),
        ("rate for the previous contract year?", Period(dt.date(2025, 9, 1), dt.date(2026, 8, 31))),
        ("per show next season?", Period(dt.date(2027, 9, 1), dt.date(2028, 8, 31))),
        ("combien la saison prochaine ?", Period(dt.date(2027, 9, 1), dt.date(2028, 8, 31))),
    ],
)
def test_a_season_asked_about_is_placed_from_today(question, period):
    timeframe = contract_years.asked(question, question_timeframe(question, TODAY), SEPTEMBER)
    assert timeframe.explicit and timeframe.period == period


def test_without_years_in_the_documents_or_beside_a_named_time_nothing_changes():
    question = "what was the chorus rate last season?"
    plain = question_timeframe(question, TODAY)
    assert contract_years.asked(question, plain, None) == plain  # no seasons in the documents
    dated = "last season, in March 2026?"
    named = question_timeframe(dated, TODAY)
    assert contract_years.asked(dated, named, SEPTEMBER) == named  # the date named wins
    # "the last season of the agreement" is its final season, not the one past
    for final in (
        "combien pour la dernière saison du contrat ?",
        "rate in the last season of the agreement?",
        "whats the minimum in the last contract year?",
    ):
        timeframe = question_timeframe(final, TODAY)
        assert not contract_years.asked(final, timeframe, SEPTEMBER).explicit


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    documents = {"rate-sheet-2025-26.md": OLD_SHEET, "rate-sheet-2026-27.html": NEW_SHEET}
    return answerer_over(tmp_path_factory.mktemp("seasons"), documents, bundled_embedder, TODAY)


def test_last_season_answers_with_last_seasons_figure_labelled_as_past(answerer):
    assert answerer.year_start.get() == SEPTEMBER
    past = answerer.ask("orchestral extra, per performance, last season?")
    first = past.text.splitlines()[0]
    assert "310,00 €" in first and "319,30 €" not in first and "superseded" in first
    now = answerer.ask("orchestral extra, per performance, now?")
    first = now.text.splitlines()[0]
    assert "319,30 €" in first and "310,00 €" not in first


def test_tomorrow_on_the_last_day_of_a_season_is_the_next_seasons(tmp_path, bundled_embedder):
    documents = {"rate-sheet-2025-26.md": OLD_SHEET, "rate-sheet-2026-27.html": NEW_SHEET}
    last_day = dt.date(2026, 8, 31)
    answerer = answerer_over(tmp_path, documents, bundled_embedder, last_day)
    first = answerer.ask("orchestral extra, per performance, tomorrow?").text.splitlines()[0]
    assert "319,30 €" in first and "310,00 €" not in first
    first = answerer.ask("orchestral extra, per performance, tonight?").text.splitlines()[0]
    assert "310,00 €" in first and "319,30 €" not in first


def test_each_ask_places_its_own_season():
    when = asked_time.reader(TODAY, {}, SEPTEMBER)
    question = "the day rate right now, and next season?"
    whole = when(question)
    assert whole.is_now
    frames = asked_time.ask_frames(["the day rate right now", "and next season?"], whole, when)
    assert list(frames) == [2]
    assert frames[2].period == Period(dt.date(2027, 9, 1), dt.date(2028, 8, 31))


@pytest.mark.parametrize(
    "question, period",
    [
        ("c'est quoi le barème 2028-2029 ?", Period(dt.date(2028, 9, 1), dt.date(2029, 8, 31))),
        ("chorus rate 2026/27?", Period(dt.date(2026, 9, 1), dt.date(2027, 8, 31))),
    ],
)
def test_two_years_named_are_one_of_the_documents_years(question, period):
    timeframe = asked_time.reader(TODAY, {}, SEPTEMBER)(question)
    assert timeframe.explicit and timeframe.period == period
    # documents whose years run with the calendar leave the span as written
    calendar = asked_time.reader(TODAY, {}, None)(question)
    assert calendar.period.start == dt.date(period.start.year, 1, 1)


def test_a_season_after_every_sheet_is_not_answered_from_the_last_one(answerer):
    later = answerer.ask("chorus member rate per performance for the 2027-2028 season?")
    assert later.kind == "not_found"
    current = answerer.ask("chorus member rate per performance, season 2026-2027?")
    assert "1.246,70 €" in current.text.splitlines()[0]


def test_calendar_years_and_a_29_february_start_are_safe():
    from knowledge.answering.out_of_time import _year_end

    # documents whose years run with the calendar keep both years asked
    calendar = asked_time.reader(TODAY, {}, (1, 1))("rate 2026-2027?")
    assert calendar.period == Period(dt.date(2026, 1, 1), dt.date(2027, 12, 31))
    # years that begin on 29 February end in February, in any year
    assert _year_end(2027, (2, 29)).month == 2
    assert _year_end(2027, None) == dt.date(2027, 12, 31)


@pytest.mark.parametrize(
    ("question", "month"),
    [
        # the ask says now; the member's account of March is not what is asked
        ("booth session rate for my daughter now? she got 168 per session in march", None),
        ("what is the rate today? we were paid 168 in march.", None),
        # the ask itself names the month
        ("what was the booth rate in march? i think i got 168", 3),
        ("i worked in march. what was the booth rate then?", 3),
        # an ask about the past: "now" is what a friend says
        (
            "i did a session on march 20 and got paid 168. my friend says it's 176 now, did they shortchange me??",
            3,
        ),
    ],
)
def test_the_time_asked_is_the_asks_not_the_accounts(question, month):
    timeframe = asked_time.reader(TODAY, {}, None)(question)
    if month is None:
        assert timeframe.is_now
    else:
        assert timeframe.period.start is not None and timeframe.period.start.month == month
