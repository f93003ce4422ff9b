"""Seasons defined by days of the year, each year alike (answering/seasons.py): asked
about now, the rate of the season today falls in answers, and the other season's rate is
left out; asked about a day in the other season, that season's rate answers."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from small_corpus import answerer_over

from knowledge.answering import Answerer, seasons

AGREEMENT = """# Lakeside Boat Show Agreement 2026–2029

In force from 1 July 2026 to 30 June 2029.

## 2. Definitions

2.4 The peak season runs from 15 June to 31 August, both days included. The rest of the
year is the off season.

## 5. Rates

| Item | Unit | Rate |
|---|---|---|
| Deck performer, peak season | show | $ 312.00 |
| Deck performer, off season | show | $ 264.00 |
| Dock announcer | show | $ 198.00 |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory, bundled_embedder):
    folder = tmp_path_factory.mktemp("seasons")
    return answerer_over(folder, {"agreement.md": AGREEMENT}, bundled_embedder).engine


def _answerer(engine, today):
    return Answerer(engine, today=today, use_llm=False)


def test_the_rate_of_the_season_today_is_in_answers(engine):
    summer = _answerer(engine, dt.date(2027, 7, 10))
    answer = summer.ask("what's the deck performer rate per show right now?")
    assert "312.00" in answer.text and "264.00" not in answer.text
    winter = _answerer(engine, dt.date(2026, 12, 6))
    answer = winter.ask("what's the deck performer rate per show right now?")
    assert "264.00" in answer.text and "312.00" not in answer.text


def test_a_day_asked_in_the_other_season_gets_that_seasons_rate(engine):
    winter = _answerer(engine, dt.date(2026, 12, 6))
    answer = winter.ask("deck performer rate per show on 20 July 2027?")
    assert "312.00" in answer.text and "264.00" not in answer.text


def test_a_season_the_question_names_answers_whatever_the_day(engine):
    winter = _answerer(engine, dt.date(2026, 12, 6))
    answer = winter.ask("deck performer rate per show in the peak season?")
    assert "312.00" in answer.text


def test_seasons_are_read_by_days_of_the_year_in_english_and_french():
    records = [
        SimpleNamespace(text=AGREEMENT),
        SimpleNamespace(
            text="Pendant la saison hantée (du 15 septembre au 15 novembre), la ligne répond."
        ),
        SimpleNamespace(text="The summer season runs from 1 June 2027 to 31 August 2027."),  # dated
    ]
    read = {s.name: s for s in seasons.read(SimpleNamespace(records=records))}
    assert set(read) == {"peak", "off", "hantée"}
    assert (read["off"].start, read["off"].end) == ((9, 1), (6, 14))
    assert read["off"].contains(dt.date(2026, 12, 6)) and not read["peak"].contains(
        dt.date(2026, 12, 6)
    )
    assert read["hantée"].named_in("Supplément de nuit, saison hantée : 45,00 €")


def test_a_season_across_the_new_year_or_to_a_leap_day_is_read_and_an_impossible_day_is_not():
    records = [
        SimpleNamespace(
            text="The winter season runs from 1 December to 29 February. The rest of the "
            "year is the summer season."
        ),
        SimpleNamespace(text="In peak season (15 June to 31 August) the rate is higher."),
        SimpleNamespace(text="The dry season runs from 31 April to 3 May."),  # no 31 April
        SimpleNamespace(text="la haute saison va du 15 juin au 31 août."),
    ]
    read = {s.name: s for s in seasons.read(SimpleNamespace(records=records))}
    assert set(read) == {"winter", "summer", "peak", "haute"}
    winter, summer = read["winter"], read["summer"]
    assert winter.contains(dt.date(2027, 1, 10)) and winter.contains(dt.date(2028, 2, 29))
    assert (summer.start, summer.end) == ((3, 1), (11, 30))
    assert read["haute"].named_in("Tarif haute saison : 45 €")
    assert seasons.Season("off", (9, 1), (6, 14), False).named_in("Deck performer, off-season")
