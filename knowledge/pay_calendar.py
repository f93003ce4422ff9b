"""A payroll's calendar of pay periods, read from the documents.

Agreements often move a rate "from the first pay period beginning on or after 15 January
2027", or "à compter de la première période de paie qui commence après la ratification",
and leave the periods to a payroll calendar elsewhere: an export's records ("PERIOD |
PP02-2027 | … | 2027-01-18 | 2027-01-31 | pay date 2027-02-05"), a circular's table ("PP 25
| 14.12.2026 | 27.12.2026 | 04.01.2027"). A calendar is a chunk that speaks of pay and
holds two or more lines each giving a period: a first day, a last day from one to six
weeks later, and, when a third day follows, the day it is paid. Pay periods are no
corpus's topic: every payroll has them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import figures

_PAY = re.compile(r"\b(?:pay|payroll|paid|paie|paye|payé|salaire)\b", re.I)
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
    """Whether a chunk is a calendar of pay periods."""
    return bool(_PAY.search(text)) and len(periods(text)) >= _MIN_PERIODS
