"""Passages cut into the units an answer quotes: whole sentences and table rows.

A unit keeps what it needs to be shown and dated: the sentence as written, the
way it is shown (a later sentence of a short list item with the item's first one;
a table row with its column headers), the passage's title and heading path, and,
for a row, the period of its own date cells and its status column. Cutting is
deterministic, so the indexer cuts every chunk the same way once and embeds each
unit's `vector_text` ahead of any question (see knowledge/unit_vectors.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import figures
from ..search import Passage
from ..timeframe import Period, row_period
from .cues import (
    DATE_COLUMN,
    INSTRUCTION,
    PAST,
    PAST_COLUMN,
    PAST_STATEMENT,
    PRESENT_STATEMENT,
    PROPOSAL,
    STATUS_COLUMN,
)
from .former import without_bracketed
from .periods import chain, header_period

SHOW_WITH_LEAD = 280  # characters: a sentence and its item's first sentence shown together
MIN_SENTENCE = 12


@dataclass
class Unit:
    """A sentence or table row of a passage, scored for the question."""

    passage: int  # index into the passages
    text: str  # as in the document
    display: str  # as shown to the member
    row: bool = False
    score: float = 0.0
    period: Period | None = None
    superseded: bool = False
    figures: list[figures.Figure] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)  # of every figure it states, dates included
    coverage: float = 0.0
    ask: int = 0  # which of the question's asks it answers best (0: the whole question)
    context: str = ""  # the passage's title and heading path
    labelled_past: bool = False  # its status column, or its own sentence, says it is past
    proposed: bool = False  # it tells what one side asked for or offered (cues.PROPOSAL)
    replaced: bool = False  # a newer figure for the same item is among the units
    replaced_by: Unit | None = field(default=None, repr=False)  # the newer one, if any
    void: bool = False  # replaced before its period began: it never applies
    line: str = ""  # a row's table line: the units cut from one row share it
    has_date: bool = False
    # dense similarity + coverage: how well it matches, whatever its rank
    match: float = 0.0
    core_match: float = 0.0  # the same, with the question's asides left out (question.core)
    lead: str = ""  # the first sentence of its paragraph or list item, when it is not that one
    # how its period is shown when its dates are the reader's estimate ("2026-27": a whole
    # contract year whose first day the column does not give)
    period_label: str = ""
    # a row shown without its columns of replaced figures ("Former: $212"), when it has any
    without_past: str = ""
    # the figures it names as the ones its own replaced ("$226.00 ($214.00)", "(it was
    # $318.00)"): figure keys, see figures.Figure.key
    former: frozenset[str] = frozenset()

    def gives(self, wanted: set[str]) -> bool:
        """Whether it states a figure of a kind the question asks for (see kinds.wanted_kinds)."""
        return bool(wanted & {f.kind for f in self.figures}) or ("date" in wanted and self.has_date)

    @property
    def vector_texts(self) -> tuple[str, ...]:
        """What is embedded for it: a row under its headings; a sentence as shown, and read
        under its lead and headings ("at least 48 hours before" is about notice because its
        section says so)."""
        if self.row:
            return (f"{self.context}: {self.display}",)
        return (self.display, f"{self.context}: {self.lead} {self.text}")


def cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def is_rule(line: str) -> bool:
    return bool(re.fullmatch(r"\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*", line))


_LIST_ITEM = re.compile(r"^[-*•]\s+|^\d+[.)]\s+")
# A sentence that leans on the one before it ("It runs…", "Counting to that day, …").
_ANAPHORIC = re.compile(
    r"(?:it|its|this|that|these|those|they|their|them|he|she|his|her|such|so|but|then|also|"
    r"both|there|il|elle|ils|elles|ce|cet|cette|ces|cela|ça|leur|leurs|son|sa|ses|"
    r"\w+ing)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9«\"(À-Ý])")
# A full stop that ends an abbreviation, not a sentence ("12:01 a.m. PT", "e.g. SAG").
_ABBREVIATION = re.compile(
    r"(?:\b[a-z]\.[a-z]\.|\b(?:[A-Z]\.){2,}|\b(?:e\.g|i\.e|etc|vs|approx|art|sec|"
    r"st|mr|mrs|ms|dr|inc|ltd|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|pp|cf)\.)$",
    re.I,
)


_NUMBER_SIGN = re.compile(r"\b(?:No|Nos|no|nos|n°|Art|art|para|Para|p|pp)\.$")  # "Memorandum No. 1"


def sentences(text: str) -> list[str]:
    """`text` cut into sentences, without cutting after an abbreviation."""
    out: list[str] = []
    for piece in _SENTENCE_END.split(text):
        piece = piece.strip()
        if not piece:
            continue
        if out and (
            _ABBREVIATION.search(out[-1]) or (_NUMBER_SIGN.search(out[-1]) and piece[0].isdigit())
        ):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _prose_units(index: int, text: str, context: str) -> list[Unit]:
    found = sentences(text)
    lead = found[0] if found else ""
    out = []
    for sentence in found:
        if len(sentence) < MIN_SENTENCE or INSTRUCTION.search(sentence):
            continue
        own = sentence is lead
        # A later sentence of a short item is shown with the item's first one, which says
        # what it is about ("Counting to that day, …").
        display = (
            f"{lead} {sentence}"
            if not own
            and _ANAPHORIC.match(sentence)
            and len(lead) + len(sentence) <= SHOW_WITH_LEAD
            else sentence
        )
        unit = Unit(index, sentence, display, context=context, lead="" if own else lead)
        # "The previous bulletin showed a day rate of $1,018.00": a figure of the past
        unit.labelled_past = bool(
            re.search(r"\d", sentence)
            and PAST_STATEMENT.search(sentence)
            and not PRESENT_STATEMENT.search(sentence)
        )
        unit.proposed = bool(PROPOSAL.search(sentence) or (lead and PROPOSAL.search(lead)))
        out.append(unit)
    return out


def _row_units(index: int, line: str, header: list[str] | None, context: str) -> list[Unit]:
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
            for j in columns:
                cell = "; ".join([*shared, f"{header[j]}: {row[j]}"])
                unit = Unit(
                    index,
                    f"{row[0]} — {cell}",
                    f"**{row[0]}** — {cell}",
                    row=True,
                    context=context,
                    line=line,
                    period=periods[j],
                    period_label="" if _DATED.search(header[j]) else header[j][:40],
                )
                current = [x for x in shared if not PAST_COLUMN.match(x)]
                if len(current) < len(shared):
                    unit.without_past = (
                        f"**{row[0]}** — {'; '.join([*current, f'{header[j]}: {row[j]}'])}"
                    )
                out.append(unit)
            return out
    # The period and status columns become the label; the rest is shown.
    shown = [
        f"{h}: {c}"
        for h, c in zip(header[1:], row[1:], strict=True)
        if c and not (unit.period and DATE_COLUMN.match(h)) and not STATUS_COLUMN.match(h)
    ]
    unit.display = f"**{row[0]}** — {'; '.join(shown)}" if shown else row[0]
    current = [x for x in shown if not PAST_COLUMN.match(x)]
    if current and len(current) < len(shown):
        unit.without_past = f"**{row[0]}** — {'; '.join(current)}"
        # an "Old" column's figures are those the row's others replaced
        unit.former = frozenset(
            f.key
            for h, c in zip(header[1:], row[1:], strict=True)
            if PAST_COLUMN.match(h)
            for f in figures.extract(c)
        )
    return [unit]


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
    span = bool(re.search(r"(?:19|20)\d{2}\s?[-–/]\s?(?:19|20)?\d{2}", header))
    return period if _DATED.search(header) or span or len(words) <= 2 else None


# A header that gives a day: "2025-09-01", "1 October 2026", "October 1, 2026".
_DATED = re.compile(
    r"\d{4}-\d{2}-\d{2}|\b\d{1,2}(?:er)?\s+[^\W\d]+\.?\s+\d{4}|[^\W\d]+\.?\s+\d{1,2},?\s+\d{4}"
)


def _continues(row: list[str], before: list[str]) -> bool:
    """Whether a text table's row carries on the label of the row above: it starts in
    lower case or a bracket ("(up to 4 hours), per session"), and leaves empty a cell the
    row above fills (its reference, its category)."""
    if not before or len(before) != len(row) or not re.match(r"[(a-z]", row[0]):
        return False
    return any(b and not c for b, c in zip(before[1:], row[1:], strict=True))


# A short line that names what the table under it is about: "Stand-in", "Table 2 - Stunt
# performers (Section 13)"; not a sentence.
CAPTION = re.compile(r"(?=.{1,60}$)[^|.:;!?]*[^\W\d_][^|.:;!?]*")


def _captioned(units: list[Unit], label: str, caption: str) -> list[Unit]:
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
            old = f"**{label}**"
            u.display = u.display.replace(old, f"**{caption}, {label}**", 1)
            u.without_past = u.without_past.replace(old, f"**{caption}, {label}**", 1)
    return units


# month names and the words of a span, which a label that is only a period may hold
_MONTHS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|fév|mars|avr|mai|juin|"
    r"juil|août|déc)[a-zéû]*\.?|\b(?:to|from|until|through|du|au|de|à|er)\b",
    re.I,
)


def cut(passages: list[Passage]) -> list[Unit]:
    """The sentences and table rows of `passages`, in order. A table's rows for one item,
    each from its own day on, run until the next one's."""
    units: list[Unit] = []
    items: dict[tuple[str, ...], list[Unit]] = {}  # a table's rows by item
    for i, p in enumerate(passages):
        header_line = p.metadata.get("table_header")
        header = cells(str(header_line).splitlines()[0]) if header_line else None
        lines = p.text.splitlines()
        prose: list[str] = []
        context = " ".join(x for x in (p.title, p.heading) if x)

        def flush(i: int = i, prose: list[str] = prose, context: str = context) -> None:
            text = " ".join(prose).strip()
            prose.clear()
            units.extend(_prose_units(i, text, context))

        before: list[str] = []  # the table row above
        caption = ""  # the line that names what the table is about ("Stand-in")
        for j, line in enumerate(lines):
            s = line.strip()
            if s.startswith("|") and s.endswith("|"):
                starts = j + 1 < len(lines) and is_rule(lines[j + 1])
                if starts:
                    caption = prose.pop() if prose and CAPTION.fullmatch(prose[-1]) else ""
                flush()
                if is_rule(s):
                    continue
                if starts:
                    header, before = cells(s), []
                    continue
                row = cells(s)
                if _continues(row, before):  # a label wrapped onto the next line
                    s = "| " + " | ".join([f"{before[0]} {row[0]}", *row[1:]]) + " |"
                before = cells(s)
                cut_row = _captioned(_row_units(i, s, header, context), row[0], caption)
                for u in cut_row:
                    items.setdefault((p.source, caption, *(header or ()), row[0]), []).append(u)
                units.extend(cut_row)
                continue
            before = []  # prose or a heading between two tables: no row above
            if not s or s.startswith("#"):
                flush()
            elif _LIST_ITEM.match(s):
                flush()  # each list item is a block of its own
                prose.append(_LIST_ITEM.sub("", s))
            else:
                prose.append(s)
        flush()
    for rows in items.values():  # "from 1 Nov 2025" runs until the next row's "from 1 Nov 2026"
        for u, period in zip(rows, chain([u.period for u in rows]), strict=True):
            u.period = period
    return without_bracketed(units)
