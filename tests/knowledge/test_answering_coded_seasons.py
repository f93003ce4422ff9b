"""Periods named by a code, each year alike (answering/seasons.py): "T1 from 1 January to
30 April, T2 from 1 May to 31 August, and T3 from 1 September to 31 December" in an
agreement, and a rate card's rows "T1 rate", "T2 rate", "T3 rate". Asked about a day, the
row of the code that day falls in answers, dated, with the sentence that says which days
its code covers, even when the search found only the rate card."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from small_corpus import answerer_over

from knowledge.answering import seasons
from knowledge.timeframe import Period

AGREEMENT = """# Private Events Agreement 2026-2029

In force from 1 October 2026 to 30 September 2029.

## 2. Definitions

2.4 Tertials. For the rates that are set by tertial, the year is divided into three
tertials: T1 from 1 January to 30 April, T2 from 1 May to 31 August, and T3 from 1
September to 31 December. The Agency's rate card gives the rate of each tertial.

## 3. Ceremonies

3.1 A wedding ceremony is paid per performer GH₵940.00 for up to 60 minutes.

3.2 An MC is paid GH₵1,250.00 per event, for up to 6 hours at the venue.
"""

RATE_CARD = """# Festoon rate card 2026-2027

## Reception sets, by tertial

A reception set is paid per hour, for at least 2 hours, at the rate of its day's tertial.

| Tertial | Rate per hour |
|---|---|
| T1 rate | GH₵ 245.00 |
| T2 rate | GH₵ 290.00 |
| T3 rate | GH₵ 265.00 |
"""


def test_codes_are_read_with_their_days_of_the_year():
    records = [
        SimpleNamespace(text=AGREEMENT, source="agreement.md"),
        SimpleNamespace(
            text="Q3 : du 1er juillet au 30 septembre ; Q4 : du 1er octobre au 31 décembre",
            source="x",
        ),
        SimpleNamespace(text="Form B2 of 1 May 2027 to 3 June 2027", source="y"),  # dated
    ]
    read = {s.name: s for s in seasons.read(SimpleNamespace(records=records))}
    assert set(read) == {"T1", "T2", "T3", "Q3", "Q4"}
    assert (read["T2"].start, read["T2"].end) == ((5, 1), (8, 31))
    assert read["T2"].named_in("| T2 rate | GH₵ 290.00 |")
    assert not read["T2"].named_in("| T21 rate | GH₵ 290.00 |")
    assert read["T3"].around(dt.date(2026, 12, 7)).start == dt.date(2026, 9, 1)


def test_a_code_across_the_new_year_to_a_leap_day_and_a_code_alone_that_is_no_period():
    records = [
        SimpleNamespace(
            text="W1 from 1 December to 29 February; W2 from 1 March to 30 November", source="a"
        ),
        SimpleNamespace(text="Room B2 from 1 May to 31 August is closed for works.", source="b"),
    ]
    read = {s.name: s for s in seasons.read(SimpleNamespace(records=records))}
    assert set(read) == {"W1", "W2"}  # a series of codes, not one room
    winter = read["W1"]
    assert winter.around(dt.date(2026, 12, 7)) == Period(dt.date(2026, 12, 1), dt.date(2027, 2, 28))
    assert winter.around(dt.date(2028, 2, 29)).end == dt.date(2028, 2, 29)
    assert winter.around(dt.date(2027, 1, 5)).start == dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("coded_seasons")
    documents = {"agreement-2026-2029.md": AGREEMENT, "rate-card-2026-2027.md": RATE_CARD}
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 7))


def test_the_rate_of_the_days_code_answers_with_the_days_it_covers(answerer):
    text = answerer.ask("reception gig on 14 june 2027, whats the hourly rate?").text
    assert "290.00" in text
    assert "265.00" not in text and "245.00" not in text
    assert "T2 from 1 May to 31 August" in text
    text = answerer.ask("reception set this saturday, whats the hourly rate?").text
    assert "265.00" in text and "290.00" not in text
