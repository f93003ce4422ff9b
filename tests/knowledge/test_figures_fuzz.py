"""No document text may crash an answer: the figure and date readers never raise."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from knowledge import figures, stated_periods, timeframe

TODAY = dt.date(2026, 7, 1)
ALPHABET = "0123456789" * 3 + ".-/ ,:" + "L"


def _random_strings(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    words = ["juillet", "July", "1er", "Sept.", "$", "%", "€", "h", "days", "de", "in", "en"]
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 8)):
            if rng.random() < 0.2:
                parts.append(rng.choice(words))
            else:
                parts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 14))))
        out.append(" ".join(parts) if rng.random() < 0.7 else "".join(parts))
    return out


@pytest.mark.parametrize("seed", range(5))
def test_figure_and_date_readers_never_raise_on_digits_dots_dashes_and_slashes(seed):
    for text in _random_strings(seed, 2000):
        found = figures.extract(text)
        for f in found:
            if f.kind == "date":
                dt.date.fromisoformat(f.value)  # every date read is one that exists
        figures.keys(text)
        figures.unsupported(text, [text[::-1]])
        timeframe.question_timeframe(text, TODAY)
        stated_periods.text_period(
            text, {"effective_from": text[:10], "effective_to": "2026-13-40"}
        )
        stated_periods.row_period(["Effective from", "Effective to"], text.split("-")[:2])


@pytest.mark.parametrize(
    "text",
    [
        "Article L. 1237-19-11 du code du travail",
        "2023-02-30",
        "February 30, 2024",
        "31 septembre 2025",
        "December 9999",
        "0000-01-01",
        "June 0000",
        "1,204,5 $",
        "| 2026-99-01 | $31.20 |",
    ],
)
def test_dates_that_cannot_exist_are_not_dates(text):
    assert not [f for f in figures.extract(text) if f.kind == "date"]
    timeframe.question_timeframe(text, TODAY)
    stated_periods.text_period(text, {})


def test_real_dates_are_still_read():
    keys = {f.key for f in figures.extract("From July 1, 2024 and 1er juillet 2025, 2026-02-28.")}
    assert {"date:2024-07-01", "date:2025-07-01", "date:2026-02-28"} <= keys
    period = stated_periods.text_period("| from 2024-07-01 | to 2025-06-30 | $1,204 |", {})
    assert period == timeframe.Period(dt.date(2024, 7, 1), dt.date(2025, 6, 30))


def test_short_and_slashed_days_are_read_in_the_order_their_text_shows():
    def days(text: str) -> list[str]:
        return [f.value for f in figures.extract(text) if f.kind == "date"]

    # a month's name, the day and the year's last two digits (North American short form)
    assert days("Oct. 1/25 – Feb. 28/26") == ["2025-10-01", "2026-02-28"]
    assert days("effective Mar 1/26") == ["2026-03-01"]
    # slashes: the order is that of a day whose first two numbers cannot both be months
    assert days("du 01/07/2026 au 31/12/2026") == ["2026-07-01", "2026-12-31"]
    assert days("from 02/01/2026 to 02/28/2026") == ["2026-02-01", "2026-02-28"]
    assert days("le 01/10/2026") == []  # 1 October or January 10: not said
    # no order shown: none read, not one end of a span ("01/01/2027 – 01/03/2027")
    assert days("01/01/2027 – 01/03/2027") == []
    # a night's two days are no short date ("June 15/16, 2026", "Oct 30/31")
    assert days("night shoot of June 15/16, 2026") == [] and days("Oct 30/31") == []
    assert days("13/02/2026 or 02/13/2026, then 01/02/2026") == []  # both orders: neither
    assert days("see 31/2/2026 and 12/31/99") == []  # no such day; not a year of ours
    # dashes: in the order the text shows, else day first ("01-02-2027" is 1 February)
    assert days("from 01-02-2027") == ["2027-02-01"]
    assert days("to 31-01-2027, then from 01-02-2027") == ["2027-01-31", "2027-02-01"]
    assert days("12-31-2026 and 01-02-2027") == ["2026-12-31", "2027-01-02"]
    assert days("call 514-555-2026 or ref A3-4-2026") == []  # a phone number, a code
    # year first with slashes (South Africa, Japan), and a month's abbreviation in dashes
    assert days("Issued on 2026/08/14, from 2026/9/1") == ["2026-08-14", "2026-09-01"]
    assert days("from 01-Mar-2026 to 28-Feb-2027") == ["2026-03-01", "2027-02-28"]
    assert days("ref 2026/13/01, 12026/09/01, 2026/09/01/3") == []  # no such day; codes


def test_reading_figures_is_linear_in_the_texts_length():
    # A hostile table of 200,000 characters of amounts: the overlap check was quadratic
    # (about 40 s here); linear it takes well under a second. The bound is generous.
    import time

    text = " ".join(f"${i},00 {i}% 12 h" for i in range(10_000))[:200_000]
    started = time.perf_counter()
    found = figures._extract(text)
    assert len(found) > 20_000
    assert time.perf_counter() - started < 15


def test_a_long_run_of_thousands_marks_is_read_in_linear_time():
    # "1'111'111…" or "1 111 111…": each mark could start a match again (quadratic: 16,000
    # characters took 7 s); a number inside a longer one is not read again. Generous bound.
    import time

    started = time.perf_counter()
    for mark in ("'", " ", "\u00a0"):
        figures._extract(mark.join(["1"] + ["111"] * 50_000) + " francs")
    assert time.perf_counter() - started < 15
