"""What a table's column headers say of the row's cells beyond their names.

A statement of payments exported from payroll software prints its amounts as bare
numbers under a header that names their currency ("episode_fee_ft | amount_ft |
16975.00"): they are amounts, as if the currency stood beside them (`priced_cells`). Its
rows also record when things happened ("first_aired | 2026-09-14 | … | rerun_aired |
2026-10-19"): two dates or more, each a cell of its own under a header that names an
event, are no period the row applies in (`event_dates`); nor is a bare "Date" beside
them ("Date | … | Due_By": the day of the line's work). A rate table's one date column
("Date", "Increase date", "As of") does say when its row applies, and is left to the
usual reading.
"""

from __future__ import annotations

import re

from .. import figures
from ..currencies import names_currency
from ..tables import has_date
from .periods import column_period

# a header that says when its row applies, or could: "from", "effective to", "Period",
# "valid until", "Season 14 rate", "Année 2", "date d'effet", "Date", "As of", "Since"
_PERIOD_HEADER = re.compile(
    r"\b(?:from|to|until|start|starts|starting|end|ends|effective|valid|validity|period|"
    r"in\s+force|year|years|season|term|as\s+of|since|applies|expiry|expires|date|dates|"
    r"du|au|depuis|jusqu|début|fin|période|vigueur|effet|année|saison|application|entrée)\b",
    re.I,
)
_MIN_EVENTS = 2  # a statement's row records two happenings or more
_PLAIN_DATE = re.compile(r"dates?|day|jour|datum|fecha", re.I)
_PAYMENT = re.compile(r"due|paid|pay|invoice|échéance|versé|payé|paiement|statement|relevé", re.I)
_BARE_NUMBER = re.compile(r"-?\d[\d\s\u00a0\u202f.,']*")


def event_dates(header: list[str], row: list[str]) -> bool:
    """Whether the row's dates only record what happened when: two or more, each a cell
    that is a date alone, under headers naming an event ("first_aired", "paid_on"), not
    when the row applies. Such dates are not its period."""
    if len(header) != len(row):
        return False
    dated = [(h, c) for h, c in zip(header, row, strict=True) if has_date(c)]
    events = [
        (h, c)
        for h, c in dated
        if _bare_date(c)
        and h.strip()
        and not _PERIOD_HEADER.search(h.replace("_", " "))
        and column_period(h) is None
    ]
    if len(dated) >= _MIN_EVENTS and len(events) == len(dated):
        return True
    # beside the day a line is due or paid ("Due_By", "Paid on"), a bare "Date" is the day
    # of the line's work (not beside "Ratified": a rate's date); a note or a status may
    # hold dates of its own ("paid 2026-12-01"), no period's header
    paying = any(_PAYMENT.search(h) for h, _ in events)
    plain = [(h, c) for h, c in dated if _bare_date(c) and _PLAIN_DATE.fullmatch(h.strip(" *"))]
    periods = [(h, c) for h, c in dated if _PERIOD_HEADER.search(h.replace("_", " "))]
    return paying and bool(plain) and len(plain) == len(periods)


def _bare_date(cell: str) -> bool:
    """A cell that is one date and nothing else ("2026-09-14", "14 Sept. 2026"): not a
    rule or a note that says from when it applies ("since the decision of 3 June 2026")."""
    found = figures.extract(cell)
    return len(found) == 1 and found[0].kind == "date" and found[0].text == cell.strip()


def priced_cells(header: list[str], row: list[str]) -> frozenset[str]:
    """The row's cells that are bare numbers under a header naming their currency
    ("amount_ft | 16975.00"): amounts, as if the currency were written beside them."""
    if len(header) != len(row):
        return frozenset()
    return frozenset(
        c
        for h, c in zip(header, row, strict=True)
        if _BARE_NUMBER.fullmatch(c) and names_currency(h)
    )
