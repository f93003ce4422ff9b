"""Table rows cut into units: one per row, or one per period column ("2025-26", "from
2026-10-01"), read with their column headers, status and period; the rows of a table
under a caption ("Stand-in") are about what it names (see units.cut)."""

from __future__ import annotations

import re

from .. import figures
from ..lexical import tokenize
from ..loading.headed import CASE, ITEM, PERIOD
from ..loading.leaders import VALUE
from ..stated_periods import SPAN_COLUMN, row_period
from ..tables import has_amount, has_date, item_words
from ..timeframe import Period
from .cues import DATE_COLUMN, PAST, PAST_COLUMN, PROPOSAL, RATE_NOUNS, STATUS_COLUMN
from .periods import chain, column_period, cut_from, gives_day, header_period
from .row_headers import event_dates, priced_cells
from .unit import Unit, cells, label_of


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
    if header:
        row = cells(line)
        priced, events = priced_cells(header, row), event_dates(header, row)
        for u in units:
            u.priced, u.event_dates = priced, events
    return units


_YEARS = re.compile(r"\b(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)?\d{2})?\b")


def _cut_row(index: int, line: str, header: list[str] | None, context: str) -> list[Unit]:
    row = cells(line)
    unit = Unit(index, line, " · ".join(c for c in row if c), row=True, context=context, line=line)
    if not header or len(header) != len(row):
        return [unit]
    # a statement's line records when things happened: no period it applies in
    unit.period = (
        None if event_dates(header, row) else row_period(header, row) or _year_cell(header, row)
    )
    unit.labelled_past = any(
        STATUS_COLUMN.match(h) and PAST.search(c) for h, c in zip(header, row, strict=True)
    )
    if unit.period is None:
        periods = chain([column_period(h) if j else None for j, h in enumerate(header)])
        columns = [j for j, p in enumerate(periods) if p is not None and figures.extract(row[j])]
        if columns:
            shared = [
                f"{h}: {c}"
                for j, (h, c) in enumerate(zip(header, row, strict=True))
                if j and c and periods[j] is None
            ]
            # "Ward visit rate: ₡21,050" beside a dated back-pay column is in force by its
            # own document, not for that column's period: a unit of its own, undated. Not
            # "FY2027" nor "2026 (for reference)" (a header with a year is about a period),
            # a former or status column, nor "Rate" beside "Rate from 1 April 2027" (the
            # same item in another period)
            dated_words = [_words(header[j]) for j in columns]
            priced = [
                f"{h}: {c}"
                for j, (h, c) in enumerate(zip(header, row, strict=True))
                if j
                and c
                and periods[j] is None
                and _money(c)
                and not re.search(r"\d", h)
                and not PAST_COLUMN.match(h)
                and not STATUS_COLUMN.match(h)
                and not any(_words(h) <= w for w in dated_words)
            ]
            out = []
            if priced:
                cell = "; ".join(shared)
                own = Unit(index, f"{row[0]} — {cell}", f"{strong(row[0])} — {cell}", row=True)
                own.context, own.line = context, line
                out.append(own)
            for group in _same_cells(columns, row):
                j, last = group[0], group[-1]
                named = header[j] if j == last else f"{header[j]} – {header[last]}"
                dated = [x for x in shared if x not in priced]
                cell = "; ".join([*dated, f"{named}: {row[j]}"])
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
                    if gives_day(header[j])
                    or figures.MONTH_YEAR.search(header[j])
                    or len(named) > _LABEL_CHARS
                    else named,
                )
                unit.followed = any(k > last for k in columns)  # "2025-26 | 2026-27"
                # "Previous rate (2023–2026)": a past column, whatever its years span, labelled
                # by its years ("superseded; in force 2023–2026"); not when a current column
                # prints the same cell (the rate did not change)
                if all(PAST_COLUMN.match(header[k]) for k in group):
                    unit.labelled_past = True
                    years = _YEARS.search(named)
                    unit.period_label = years.group(0) if years else unit.period_label
                # the figures of the columns it cuts short are the ones it replaced
                starts = periods[j].start  # type: ignore[union-attr]
                unit.former = frozenset(
                    f.key
                    for k in columns
                    if starts is not None and cut_from(periods[k], periods) == starts
                    for f in figures.extract(row[k])
                )
                current = [x for x in shared if not PAST_COLUMN.match(x)]
                if len(current) < len(shared):
                    unit.without_past = (
                        f"{strong(row[0])} — {'; '.join([*current, f'{named}: {row[j]}'])}"
                    )
                out.append(unit)
            return out
    if unit.period is None and (split := _per_item(index, line, header, row, context)):
        return split
    if unit.period is not None and (split := _per_column(index, line, header, row, context)):
        for u in split:
            u.period, u.labelled_past = unit.period, unit.labelled_past
        return split
    # The period and status columns become the label; the rest is shown. A record's label
    # is its first cell with words ("RATE | TRV | Travel day": "Travel day"), shown first.
    at = row.index(label_of(row))
    header, row = (
        [header[at], *header[:at], *header[at + 1 :]],
        [row[at], *row[:at], *row[at + 1 :]],
    )
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


# a row labelled by what its figures are paid per: "per stream hour", "par séance"
_PER_UNIT_LABEL = re.compile(
    r"^(?:per|par|each|chaque|pour\s+chaque)\s+(?!(?:diem|cent|capita|annum)\b)[^\W\d_]", re.I
)
# a first column that holds units of pay: "Rate unit", "Unit", "Basis", "Unité de tarif"
_UNIT_HEADING = re.compile(
    r"^(?:(?:rate|pay|fee)\s+)?(?:units?|basis)$|^unités?(?:\s+de\s+(?:tarif|paie|cachet))?$"
    r"|^(?:base|per|par)$",
    re.I,
)
_EMPTY = re.compile(r"^(?:|[-–—]+|n/?a|s\.?o\.?)$", re.I)  # a cell that gives nothing


def _per_item(index: int, line: str, header: list[str], row: list[str], context: str) -> list[Unit]:
    """A transposed table's row, its label a unit of pay and each other column an item
    ("per stream hour | R650 | — | R420" under "Rate unit | VTuber talent | Mocap
    performer | Co-host"): one unit per item that gives an amount, labelled by its column
    ("VTuber talent — per stream hour: R650"), the items that give none left out. Empty
    unless the first column's heading names units ("Rate unit"), every other cell is an
    amount or empty and every other column names an item."""
    if len(row) < 3 or not _PER_UNIT_LABEL.match(row[0].strip()):
        return []
    if not _UNIT_HEADING.match(header[0].strip().strip("*")):
        return []  # "Overtime | Weekdays | Sundays": the first column's heading is the item
    columns = [j for j in range(1, len(row)) if has_amount(row[j])]
    if not columns or any(
        j not in columns and not _EMPTY.match(row[j].strip()) for j in range(1, len(row))
    ):
        return []
    named = tokenize(header[1:])
    if not all(header[1:]) or not all(item_words(frozenset(t)) for t in named):
        return []
    if any(w.lower() in RATE_NOUNS for h in header[1:] for w in re.findall(r"\w+", h)):
        return []  # "Amount", "Fee": a column of the row's own, not an item
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


def _money(cell: str) -> bool:
    return any(f.kind == "money" for f in figures.extract(cell))


def _words(header: str) -> frozenset[str]:
    """A header's words, stemmed, without its dates: what the column is of."""
    return frozenset(t for t in tokenize([header])[0] if t.isalpha())
