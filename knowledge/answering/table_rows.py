"""Table rows cut into units: one per row, or one per period column ("2025-26", "from
2026-10-01"), read with their column headers, status and period; the rows of a table
under a caption ("Stand-in") are about what it names (see units.cut)."""

from __future__ import annotations

import datetime as dt
import re

from .. import figures
from ..lexical import tokenize
from ..loading.headed import CASE, ITEM, PERIOD
from ..loading.leaders import VALUE
from ..stated_periods import SPAN_COLUMN, row_period
from ..tables import has_amount, has_date, item_words
from ..timeframe import YEAR_SPAN, Period
from .cues import DATE_COLUMN, PAST, PAST_COLUMN, PROPOSAL, STATUS_COLUMN
from .periods import chain, header_period, named_years
from .unit import Unit, cells


def strong(label: str) -> str:
    """A row's label in bold, without the footnote asterisks after it ("Flyman **")
    that would end the bold."""
    return f"**{label.rstrip('* ')}**"


def row_units(index: int, line: str, header: list[str] | None, context: str) -> list[Unit]:
    """A table row: one unit, or one per period column ("2025-26", "from 2026-10-01"); all
    proposed when a column header says the table's figures are proposals ("Preliminary
    target, year 1 of the next agreement")."""
    units = _cut_row(index, line, header, context)
    if header and any(PROPOSAL.search(h) for h in header):
        for u in units:
            u.proposed = True
    return units


def _cut_row(index: int, line: str, header: list[str] | None, context: str) -> list[Unit]:
    row = cells(line)
    unit = Unit(index, line, " · ".join(c for c in row if c), row=True, context=context, line=line)
    if not header or len(header) != len(row):
        return [unit]
    unit.period = row_period(header, row) or _year_cell(header, row)
    unit.labelled_past = any(
        STATUS_COLUMN.match(h) and PAST.search(c) for h, c in zip(header, row, strict=True)
    )
    if unit.period is None:
        periods = chain([_column_period(h) if j else None for j, h in enumerate(header)])
        columns = [j for j, p in enumerate(periods) if p is not None and figures.extract(row[j])]
        if columns:
            shared = [
                f"{h}: {c}"
                for j, (h, c) in enumerate(zip(header, row, strict=True))
                if j and c and periods[j] is None
            ]
            out = []
            for group in _same_cells(columns, row):
                j, last = group[0], group[-1]
                named = header[j] if j == last else f"{header[j]} – {header[last]}"
                cell = "; ".join([*shared, f"{named}: {row[j]}"])
                unit = Unit(
                    index,
                    f"{row[0]} — {cell}",
                    f"{strong(row[0])} — {cell}",
                    row=True,
                    context=context,
                    line=line,
                    period=_spanning(periods[j], periods[last]),
                    # the column's own words, when short; else its dates (not cut mid-word)
                    period_label=""
                    if _gives_day(header[j])
                    or figures.MONTH_YEAR.search(header[j])
                    or len(named) > _LABEL_CHARS
                    else named,
                )
                # the figures of the columns it cuts short are the ones it replaced
                unit.former = frozenset(
                    f.key
                    for k in columns
                    if _cut_from(periods[k], periods) == periods[j].start  # type: ignore[union-attr]
                    for f in figures.extract(row[k])
                )
                current = [x for x in shared if not PAST_COLUMN.match(x)]
                if len(current) < len(shared):
                    unit.without_past = (
                        f"{strong(row[0])} — {'; '.join([*current, f'{named}: {row[j]}'])}"
                    )
                out.append(unit)
            return out
    if unit.period is not None and (split := _per_column(index, line, header, row, context)):
        for u in split:
            u.period, u.labelled_past = unit.period, unit.labelled_past
        return split
    # The period and status columns become the label; the rest is shown.
    shown = [
        f"{h}: {c}"
        for h, c in zip(header[1:], row[1:], strict=True)
        if c and not (unit.period and DATE_COLUMN.match(h)) and not STATUS_COLUMN.match(h)
    ]
    if header[1:] == [VALUE] and shown:  # a list of values made a table: the value alone
        shown = [row[1]]
    elif header[0] == ITEM and header[1] in (PERIOD, CASE) and header[2:] == [VALUE] and all(row):
        shown = [f"{row[1]}: {row[2]}"]  # an item's "when: amount" line (loading/headed.py)
    unit.display = f"{strong(row[0])} — {'; '.join(shown)}" if shown else row[0]
    current = [x for x in shown if not PAST_COLUMN.match(x)]
    if current and len(current) < len(shown):
        unit.without_past = f"{strong(row[0])} — {'; '.join(current)}"
        # an "Old" column's figures are those the row's others replaced
        unit.former = frozenset(
            f.key
            for h, c in zip(header[1:], row[1:], strict=True)
            if PAST_COLUMN.match(h)
            for f in figures.extract(c)
        )
    return [unit]


def _per_column(
    index: int, line: str, header: list[str], row: list[str], context: str
) -> list[Unit]:
    """A transposed table's row, its label a period and each other column an item with
    its own amount ("From 6 April 2027 | £336.50 | £590.00" under "Period | Presenter,
    half day | Presenter, full day"): one unit per item, labelled by its column
    ("Presenter, full day — From 6 April 2027: £590.00"), as a row of items with period
    columns is cut per period. Empty when the label is not the row's period or fewer than
    two columns give an amount."""
    if not SPAN_COLUMN.match(header[0].strip().strip("*")) or not has_date(row[0]):
        return []
    columns = [
        j
        for j in range(1, len(row))
        if row[j] and header[j] and not DATE_COLUMN.match(header[j]) and has_amount(row[j])
    ]
    if len(columns) < 2 or any(PAST_COLUMN.match(h) or STATUS_COLUMN.match(h) for h in header):
        return []
    # items, not one item's kinds of pay ("Daily (8 hrs) | Hourly | Overtime"): each
    # column names something besides a unit of time
    named = tokenize([header[j] for j in columns])
    if not all(item_words(frozenset(t)) for t in named):
        return []
    return [
        Unit(
            index,
            f"{header[j]} — {row[0]}: {row[j]}",
            f"{strong(header[j])} — {row[0]}: {row[j]}",
            row=True,
            context=context,
            line=line,
            per_column=True,
        )
        for j in columns
    ]


def _same_cells(columns: list[int], row: list[str]) -> list[list[int]]:
    """Neighbouring period columns that print the same cell, grouped: a merged cell ("CHF
    3.20 (all years)"), or a figure that stayed the same, holds for all their periods."""
    groups: list[list[int]] = []
    for j in columns:
        if groups and groups[-1][-1] == j - 1 and row[j].strip() == row[j - 1].strip():
            groups[-1].append(j)
        else:
            groups.append([j])
    return groups


_LABEL_CHARS = 40  # a period column's header shown as the figure's period


def cuts_short(header: list[str]) -> bool:
    """Whether a table's header has a period column that starts within another's ("Rate
    Schedule CY26/27" | "From 2026/09/01"): its rows print the figures they replaced."""
    periods = chain([_column_period(h) if j else None for j, h in enumerate(header)])
    return any(_cut_from(p, periods) for p in periods)


def _cut_from(period: Period | None, periods: list[Period | None]) -> dt.date | None:
    """The first day another column of the row starts within `period`: from then the row
    gives that column's figure ("Rate Schedule CY26/27" | "From 2026/09/01"). Only a
    column that names its first day cuts short: two spans of years ("2025/26",
    "2026/27") overlap only until they are placed on the documents' year."""
    if period is None or period.start is None:
        return None
    starts = [
        p.start
        for p in periods
        if p is not None
        and p.start
        and not p.years
        and p.start > period.start
        and (period.end is None or p.start <= period.end)
    ]
    return min(starts, default=None)


def _spanning(first: Period | None, last: Period | None) -> Period | None:
    if first is None or last is None or first is last:
        return first
    return Period(first.start, last.end, years=first.years)


# A column whose cells say which year a row is for: "Agreement year: 2026-2027".
_YEAR_COLUMN = re.compile(
    r"^(?:(?:agreement|contract|fiscal)\s+)?years?$|^année(?:\s+contractuelle)?$", re.I
)  # not "Year of hire", "Years of service"
_YEAR_CELL = re.compile(r"^\s*(?:19|20)\d{2}(?:\s?[-–/]\s?(?:19|20)?\d{2})?\s*$")


def _year_cell(header: list[str], row: list[str]) -> Period | None:
    for h, c in zip(header, row, strict=True):
        if _YEAR_COLUMN.match(h.strip().strip("*")) and _YEAR_CELL.match(c):
            return header_period(c)
    return None


def _column_period(header: str) -> Period | None:
    """A column header's period, when the header is about a period: explicit dates, a span
    of years, or a year with at most two other words ("2024", "Rate 2024") — "Amount under
    the 2023 agreement" names an agreement, not a period."""
    period = header_period(header)
    if period is None:
        return None
    words = re.findall(r"[^\W\d_]+", header)
    span = bool(YEAR_SPAN.search(header) or named_years(header))  # "FY26/27 in force"
    return period if _gives_day(header) or span or len(words) <= 2 else None


def _gives_day(header: str) -> bool:
    """Whether a header gives a day: "2025-09-01", "2026/09/01", "1 October 2026",
    "October 1, 2026", "1.7.2026"."""
    return any(f.kind == "date" for f in figures.extract(header))


def continues(row: list[str], before: list[str]) -> bool:
    """Whether a text table's row carries on the label of the row above: it starts in
    lower case or a bracket ("(up to 4 hours), per session"), and leaves empty a cell the
    row above fills (its reference, its category)."""
    if not before or len(before) != len(row) or not re.match(r"[(a-z]", row[0]):
        return False
    return any(b and not c for b, c in zip(before[1:], row[1:], strict=True))


# A short line that names what the table under it is about: "Stand-in", "Table 2 - Stunt
# performers (Section 13)"; not a sentence.
CAPTION = re.compile(r"(?=.{1,60}$)[^|.:;!?]*[^\W\d_][^|.:;!?]*")


def captioned(units: list[Unit], label: str, caption: str) -> list[Unit]:
    """A table's rows under their caption: it is part of what they are about, and names
    the item of a row whose label is only its period ("2027-01-01 to 2027-10-31")."""
    if not caption:
        return units
    dated = header_period(label) is not None and not re.search(
        r"[^\W\d_]{4,}", _MONTHS.sub("", label)
    )
    for u in units:
        u.context = f"{u.context} {caption}".strip()
        if dated:  # its item is the caption's: for reading, matching and supersession
            u.text = u.text.replace(label, f"{caption}, {label}", 1)
            old, new = strong(label), strong(f"{caption}, {label}")
            u.display = u.display.replace(old, new, 1)
            u.without_past = u.without_past.replace(old, new, 1)
    return units


# month names and the words of a span, which a label that is only a period may hold
_MONTHS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|fév|mars|avr|mai|juin|"
    r"juil|août|déc)[a-zéû]*\.?|\b(?:to|from|until|through|du|au|de|à|er)\b",
    re.I,
)
