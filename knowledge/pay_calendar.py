"""A payroll's calendar of pay periods, read from the documents.

Agreements often move a rate "from the first pay period beginning on or after 15 January
2027", or "à compter de la première période de paie qui commence après la ratification",
and leave the periods to a payroll calendar elsewhere: an export's records ("PERIOD |
PP02-2027 | … | 2027-01-18 | 2027-01-31 | pay date 2027-02-05"), a circular's table ("PP 25
| 14.12.2026 | 27.12.2026 | 04.01.2027"). A calendar is a chunk that names pay periods or
pay dates and holds two or more lines each giving a period, one following on from
another: a first day, a last day from one to six weeks later, and, when a third day
follows, the day it is paid. Pay periods are no corpus's topic: every payroll has them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import pairwise

from . import figures

# a payroll's words for its periods and pay days (not "paid", which any rate sheet says)
PAY_PERIOD = re.compile(
    r"\bpay(?:roll)?\s*(?:periods?|dates?|days?)\b|\bpayday\b|\bp[ée]riodes?\s+de\s+paie\b|"
    r"\bdates?\s+de\s+(?:paie|versement)\b|\bjours?\s+de\s+paie\b",
    re.I,
)
_MIN_DAYS, _MAX_DAYS = 5, 45  # a pay period's length: a week to a month and a half
_MIN_PERIODS = 2


@dataclass(frozen=True)
class PayPeriod:
    start: dt.date
    end: dt.date
    paid: dt.date | None
    line: str


def periods(text: str) -> list[PayPeriod]:
    """The pay periods a text's lines give, in order (see the module's doc)."""
    out: list[PayPeriod] = []
    for line in text.splitlines():
        days = [dt.date.fromisoformat(f.value) for f in figures.extract(line) if f.kind == "date"]
        if len(days) < 2:
            continue
        start, end = days[0], days[1]
        if not _MIN_DAYS <= (end - start).days + 1 <= _MAX_DAYS:
            continue
        paid = days[2] if len(days) > 2 and days[2] >= end else None
        out.append(PayPeriod(start, end, paid, line.strip()))
    return out


def is_calendar(text: str) -> bool:
    """Whether a chunk is a calendar of pay periods: it names pay periods or pay dates,
    and two of its periods follow on, the second from the day after the first ends (a
    tour's legs or a season's rates need not)."""
    if not PAY_PERIOD.search(text):
        return False
    found = periods(text)
    return len(found) >= _MIN_PERIODS and any(
        (b.start - a.end).days == 1 for a, b in pairwise(found)
    )
