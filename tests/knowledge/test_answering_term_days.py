"""A term named by its time of year ("the spring term 2027") takes the days a calendar in
another document, and another language, gives it (answering/named_periods.py): a rate
"from the first day of the spring term 2027" applies from that day, and the calendar's
line is quoted when a member asks when the term starts or the rate on a day of it
(answering/term_days.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

RATES = """# Schedule 1 - touring rates 2026-2027

Touring rates for school-touring science performers.

| Item | Rate |
|---|---|
| School-touring day (up to three shows), autumn term | RM 1,250.00 |
| School-touring day, from the first day of the spring term 2027 | RM1,310.00 |
| Van-driving supplement, per touring day | RM 45.00 |
"""

CALENDAR = """# Calendrier scolaire 2026-2027

Ce calendrier donne les trimestres scolaires des tournées dans les écoles.

| Trimestre | Premier jour | Dernier jour |
|---|---|---|
| Trimestre d'automne 2026 | lundi 31 août 2026 | vendredi 18 décembre 2026 |
| Trimestre de printemps 2027 | lundi 11 janvier 2027 | vendredi 26 mars 2027 |
| Trimestre d'été 2027 | lundi 12 avril 2027 | vendredi 2 juillet 2027 |

Les écoles sont fermées entre les trimestres.
"""

GUIDE = """# Presenters' guide

Presenters in the galleries give up to four live shows a day. The café stays open during
the late shows. A hazard supplement is paid for shows with liquid nitrogen.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("term_days")
    documents = {"schedule-1.md": RATES, "calendrier.md": CALENDAR, "guide.md": GUIDE}
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 7))


def test_asked_when_a_term_starts_the_calendar_line_answers(answerer):
    first = answerer.ask("when does the spring term 2027 start?").text.splitlines()[0]
    assert "11 janvier 2027" in first


def test_a_rate_from_a_terms_first_day_is_the_one_on_a_day_of_it(answerer):
    text = answerer.ask("touring day on 12 January 2027, what's the day rate?").text
    assert "1,310.00" in text and "11 janvier 2027" in text
    now = answerer.ask("whats the touring day rate now?").text.splitlines()[0]
    assert "1,250.00" in now and "1,310.00" not in now


def test_a_rate_asked_with_when_leads_with_the_rate(answerer):
    question = "what is the touring day rate when I tour in the spring term 2027?"
    first = answerer.ask(question).text.splitlines()[0]
    assert "1,310.00" in first and "janvier" not in first
