"""Periods the documents name ("Season 3", "Year 2", "l'année 3"): a figure asked for by
that name is the figure of the dates the documents give it (answering/named_periods.py)."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

from knowledge.answering.named_periods import _named, asked
from knowledge.timeframe import Period, Timeframe

SCHEDULE = """# Rate Schedule 2025-2028

Seasons run from 1 September to 31 August.

| Code | Grade | Work | Unit | Season 1 / 1 Sep 2025 – 31 Aug 2026 | Season 2 / 1 Sep 2026 – 31 Aug 2027 | Season 3 / 1 Sep 2027 – 31 Aug 2028 |
|---|---|---|---|---|---|---|
| S-1 | Grade A | Show | per show | €340.00 | €354.00 | €366.40 |
| S-2 | Grade B | Show | per show | €290.00 | €301.00 | €312.20 |
| W-1 | Grade A | Seasonal contract | per week | €1,380.00 | €1,437.60 | €1,488.00 |
"""
TODAY = dt.date(2026, 12, 1)  # in Season 2
SEASON_3 = Period(dt.date(2027, 9, 1), dt.date(2028, 8, 31))


def test_a_name_followed_at_once_by_its_dates_names_that_period():
    header = "Season 3 / 1 Sep 2027 – 31 Aug 2028"
    assert _named(header) == [(("season", 3), SEASON_3)]
    runs = "Year 2 runs from 1 April 2027 to 31 March 2028; Year 3 from 1 April 2028."
    assert _named(runs) == [
        (("year", 2), Period(dt.date(2027, 4, 1), dt.date(2028, 3, 31))),
        (("year", 3), Period(dt.date(2028, 4, 1), None)),
    ]
    assert _named("l'année 3 (du 1er septembre 2027 au 31 août 2028)") == [(("year", 3), SEASON_3)]
    # a name with no dates of its own beside it names nothing here
    assert _named("In Season 2 the fee rises by 3% from the amount paid on 1 September.") == []
    assert _named("Year 2 $70,790; expired 2025-26 $66,050") == []


def test_a_figure_asked_for_by_a_periods_name_is_asked_for_its_dates():
    periods = {("season", 3): SEASON_3}
    now = Timeframe(Period(TODAY, TODAY), TODAY, False)
    named = asked("saison 3, grade A, c'est combien par spectacle?", now, periods)
    assert named.explicit and named.period == SEASON_3
    # a time the question gives itself, a question about when, an unknown name: unchanged
    dated = Timeframe(Period(dt.date(2027, 10, 1), dt.date(2027, 10, 1)), TODAY, True)
    assert asked("season 3 rate on 1 oct 2027?", dated, periods) is dated
    assert asked("when does season 3 start?", now, periods) is now
    assert asked("season 4 grade A rate?", now, periods) is now


def test_the_figure_of_the_named_season_leads_not_todays(tmp_path, bundled_embedder):
    answerer = answerer_over(tmp_path, {"rate-schedule.md": SCHEDULE}, bundled_embedder, TODAY)
    for question in (
        "grade A show fee in season 3?",
        "saison 3, grade A, c'est combien par spectacle ?",
    ):
        answer = answerer.ask(question)
        first = answer.text.splitlines()[0]
        assert "366.40" in first and "354.00" not in first, question
    today = answerer.ask("grade A show fee right now?").text.splitlines()[0]
    assert "354.00" in today


LETTER = """# Letter of Agreement No. 2

With effect from 1 September 2027, the amount of row S-1 (Grade A, per show) is fixed at
€370.00 per show, in lieu of the €366.40 printed in the Season 3 column. All other terms
remain as they were.
"""


def test_a_year_after_every_named_period_is_not_answered_by_an_open_ended_figure(
    tmp_path, bundled_embedder
):
    # "from 1 September 2027" has no end, but it is a Season 3 figure: the documents'
    # seasons end on 31 August 2028, and they do not say what 2029's fee will be
    documents = {"rate-schedule.md": SCHEDULE, "letter.md": LETTER}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, TODAY)
    later = answerer.ask("grade A show fee in 2029?")
    assert not later.grounded and "370.00" not in later.text
    within = answerer.ask("grade A show fee in march 2028?")
    assert within.grounded and "370.00" in within.text.splitlines()[0]


def test_a_name_whose_sentence_wraps_or_says_it_begins_names_its_dates():
    # read on over the line the PDF wrapped, and "begins on" starts a period as "from" does
    clause = (
        "Art. 2.3 Season 14 is the taping block from 7 September 2026 (week 37 of 2026) to\n"
        "18 December 2026. Season 15 begins on 11 January 2027; the Association announces"
    )
    assert _named(clause) == [
        (("season", 14), Period(dt.date(2026, 9, 7), dt.date(2026, 12, 18))),
        (("season", 15), Period(dt.date(2027, 1, 11), None)),
    ]
    assert _named("La saison 15 débute le 11 janvier 2027.") == [
        (("season", 15), Period(dt.date(2027, 1, 11), None))
    ]
    # a line that ends its sentence is not read on
    assert _named("Season 14 is the block.\n1 March 2027 is a holiday.") == []


def test_a_season_runs_until_the_next_begins_and_a_row_under_its_name_takes_its_dates():
    from types import SimpleNamespace

    from knowledge.answering.named_periods import named_in, read

    records = [
        SimpleNamespace(metadata={}, text="Season 14 (from 7 September 2026) is the block."),
        SimpleNamespace(
            metadata={}, text="Season 14 runs from 7 September 2026 to 18 December 2026."
        ),
        SimpleNamespace(metadata={}, text="Season 15 begins on 11 January 2027."),
        SimpleNamespace(metadata={}, text="Season 16 begins on 6 September 2027."),
    ]
    periods = read(SimpleNamespace(records=records))  # type: ignore[arg-type]
    # the end given with the start most often given; else the day before the next begins
    assert periods[("season", 14)] == Period(dt.date(2026, 9, 7), dt.date(2026, 12, 18))
    assert periods[("season", 15)] == Period(dt.date(2027, 1, 11), dt.date(2027, 9, 5))
    assert periods[("season", 16)] == Period(dt.date(2027, 9, 6), None)
    row = "**Stand-in** — Unit: per hour; Season 14 rate, Fee: HUF 4,200.00"
    assert named_in(row, periods) == periods[("season", 14)]
    assert (
        named_in("Stand-in — Season 14 rate: 4 200 Ft; Season 15 rate: 4 400 Ft", periods) is None
    )


AGREEMENT = """# Studio Audience Agreement 2025-2028

Art. 2.3 Season 14 is the taping block from 7 September 2026 to 18 December 2026. Season 15
begins on 11 January 2027.
"""
SEASON_14 = """# Season 14 rates

| Engagement | Unit | Season 14 rate, Fee |
|---|---|---|
| Stand-in contestant | per hour | HUF 4,200.00 |
| Warm-up act | per session | HUF 27,500.00 |
"""
SEASON_15 = """---
title: Season 15 schedule
effective: 2027-01-11
---

# Season 15 schedule

| Engagement | Unit | Rate |
|---|---|---|
| Stand-in contestant | per hour | 4 400 Ft |
| Warm-up act | per session | 28 600 Ft |
"""


def test_a_row_of_the_season_before_does_not_answer_for_the_season_asked(
    tmp_path, bundled_embedder
):
    documents = {"agreement.md": AGREEMENT, "season-14.md": SEASON_14, "season-15.md": SEASON_15}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 1))
    answer = answerer.ask("stand-in contestant hourly rate in Season 15?")
    first = answer.text.splitlines()[0]
    assert "4 400 Ft" in first and "4,200.00" not in first, answer.text
    # Season 14's row, if quoted, says it ended on 18 December 2026, the day before the
    # break that leads to Season 15: its header names the season, and the season its dates
    for line in answer.text.splitlines():
        assert "4,200.00" not in line or "2026-12-18" in line, answer.text
    now = answerer.ask("stand-in contestant hourly rate right now?").text.splitlines()[0]
    assert "4,200.00" in now and "2026-12-18" in now


def test_begins_on_dates_a_named_period_not_any_sentence():
    from knowledge.answering.named_periods import named_in
    from knowledge.stated_periods import text_period

    assert text_period("Filming begins on 3 March 2027; the daily fee is $500.", {}) is None
    periods = {("season", 3): SEASON_3}
    assert named_in("Season 3 rate, Fee: €366.40", periods) == SEASON_3
    assert named_in("Rate before Season 3: €354.00", periods) is None  # bounds, not dates


def test_a_term_named_by_its_time_of_year_takes_the_days_a_calendar_gives_it():
    from types import SimpleNamespace

    from knowledge.answering.named_periods import named_in, read

    calendar = (
        "| Trimestre | Premier jour | Dernier jour |\n|---|---|---|\n"
        "| Trimestre d'automne 2026 | lundi 31 août (2026-08-31) | vendredi 18 décembre 2026 |\n"
        "| Trimestre de printemps 2027 | lundi 11 janvier (2027-01-11) | vendredi 26 mars 2027 |\n"
        "| Trimestre d'été 2027 | lundi 12 avril (2027-04-12) | vendredi 2 juillet 2027 |"
    )
    periods = read(SimpleNamespace(records=[SimpleNamespace(metadata={}, text=calendar)]))  # type: ignore[arg-type]
    spring = Period(dt.date(2027, 1, 11), dt.date(2027, 3, 26))
    assert periods[("term-spring", 2027)] == spring  # English and French names are one
    assert periods[("term-autumn", 2026)] == Period(dt.date(2026, 8, 31), dt.date(2026, 12, 18))
    assert periods[("term-summer", 2027)] == Period(dt.date(2027, 4, 12), dt.date(2027, 7, 2))
    # next year's term does not end this one
    starts = [
        SimpleNamespace(metadata={}, text="The spring term 2027 begins on 11 January 2027."),
        SimpleNamespace(metadata={}, text="The spring term 2028 begins on 10 January 2028."),
    ]
    begun = read(SimpleNamespace(records=starts))  # type: ignore[arg-type]
    assert begun[("term-spring", 2027)] == Period(dt.date(2027, 1, 11), None)
    # a row under a term's name takes its days; "from the first day of" it runs on after it
    assert (
        named_in("Touring day, autumn term | RM 1,250.00", periods)
        == periods[("term-autumn", 2026)]
    )
    opened = named_in(
        "Touring day, from the first day of the spring term 2027 | RM1,310.00", periods
    )
    assert opened == Period(dt.date(2027, 1, 11), None)
    assert named_in("Touring day, spring term 2028 | RM1,400.00", periods) is None  # not dated
    assert named_in("Touring day, before the spring term 2027 | RM1,250.00", periods) is None
    assert named_in("Day, until the end of the spring term 2027 | RM1,250.00", periods) is None
    assert named_in("Day, spring term 2027/28 | RM1,250.00", periods) is None  # not this year
    assert named_in("Day, from the spring term 2027 | RM1,310.00", periods) == opened
    # a question naming the term asks about its days
    now = Timeframe(Period(TODAY, TODAY), TODAY, False)
    assert asked("touring day rate in the spring term 2027?", now, periods).period == spring
