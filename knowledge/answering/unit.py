"""The unit an answer quotes: a whole sentence or a table row of a passage, with what it
needs to be shown, dated and scored (cut from passages by units.py)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .. import figures
from ..language import detect
from ..timeframe import Period

# words that make the figure after them a round one: "about $52", "près de 1 300 $"
ROUNDED = re.compile(
    r"\b(?:about|around|roughly|nearly|almost|approximately|approx\.?|close\s+to|"
    r"just\s+(?:under|over|below|above|shy\s+of)|some|environ|près\s+de|presque|autour\s+de|"
    r"à\s+peu\s+près|approximativement|un\s+peu\s+(?:plus|moins)\s+de|quelque)\s*$",
    re.I,
)


AMOUNTS = frozenset({"money", "pct"})  # the kinds of figure that price something
LASTING = frozenset({"minutes", "hours", "days", "weeks"})  # the kinds of figure that last
MEASURED = AMOUNTS | LASTING  # the kinds of figure a member could be misled by


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
    # whether it holds a word only its ask has ("budget" in "…: when is the first meeting,
    # and what budget?"), as written or translated
    own_words: bool = False
    context: str = ""  # the passage's title and heading path
    labelled_past: bool = False  # its status column, or its own sentence, says it is past
    # the day its document says it ended ("This summary … expired on 31 January 2025")
    archived: dt.date | None = None
    proposed: bool = False  # it tells what one side asked for or offered (cues.PROPOSAL)
    # it asks about its figure ("so still ₺1.180,00 then?"), or only asks ("c'est fermé en
    # ce moment ?"), not states it
    asked: bool = False
    replaced: bool = False  # a newer figure for the same item is among the units
    followed: bool = False  # a later row, column or document gives its item's next figure
    replaced_by: Unit | None = field(default=None, repr=False)  # the newer one, if any
    void: bool = False  # replaced before its period began: it never applies
    withdrawn: bool = False  # its document was withdrawn before it took effect (withdrawn.py)
    # not yet in force on the day asked, when its item's row in force then is found
    # (successors.preceded_by)
    not_yet: bool = False
    per_column: bool = False  # one item's column of a transposed table's row (table_rows.py)
    line: str = ""  # a row's table line: the units cut from one row share it
    has_date: bool = False
    # dense similarity + coverage: how well it matches, whatever its rank
    match: float = 0.0
    core_match: float = 0.0  # the same, with the question's asides left out (asks.core)
    # in another language than the question: similarity + the share of the question's
    # words it holds as written or translated by the glossary (for deciding to answer)
    cross_match: float = 0.0
    referred: bool = False  # a row the best-matched sentence names by its code (scoring)
    lead: str = ""  # the first sentence of its paragraph or list item, when it is not that one
    # the sentence introducing the bulleted list it is an item of ("… from 1 July 2026:"),
    # which dates its figures (dating.py)
    intro: str = ""
    # how its period is shown when its dates are the reader's estimate ("2026-27": a whole
    # contract year whose first day the column does not give)
    period_label: str = ""
    # a row shown without its columns of replaced figures ("Former: $212"), when it has any
    without_past: str = ""
    # the figures it names as the ones its own replaced ("$226.00 ($214.00)", "(it was
    # $318.00)"): figure keys, see figures.Figure.key
    former: frozenset[str] = frozenset()
    # the labels of the list items it is nested under ("Comédiens de jeu de rôle › Par
    # journée"), which say what its figure is for (units.nested)
    under: str = ""
    # its cells that are bare numbers under a header naming their currency ("amount_ft"):
    # amounts (row_headers.priced_cells)
    priced: frozenset[str] = frozenset()
    # its dates are events its columns record ("first_aired", "paid on"), not its period
    event_dates: bool = False

    @property
    def rounded(self) -> bool:
        """Whether it gives an amount or a share as a round figure ("about $52", "just
        under £400", "passera à environ 1 250 $"): a report of figures, not the figures."""
        for f in self.figures or figures.extract(self.text):
            if f.kind in ("money", "pct"):
                at = self.text.find(f.text)
                if at >= 0 and ROUNDED.search(self.text[max(0, at - 30) : at]):
                    return True
        return False

    def gives(self, wanted: set[str]) -> bool:
        """Whether it states a figure of a kind the question asks for (see kinds.wanted_kinds)."""
        # "de 18 h à 21 h", "le mardi et le jeudi": when, as a date is; "731 voix": how many;
        # "1.75 times the weeknight fee": a multiple
        told = {f.kind for f in self.figures} | (
            self.kinds & {"clock", "weekday", "number", "times"}
        )
        if self.row and told & AMOUNTS:  # "Voice session (up to 4 hours) | $302": the
            told -= LASTING  # row prices the session; its hours say what is priced
        return bool(wanted & told) or ("date" in wanted and self.has_date)

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


_LOWER = re.compile(r"[a-zà-ÿ]")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_RECORD_TYPE = re.compile(r"[A-Z]{2,}")


def label_of(row: list[str]) -> str:
    """A row's label: its first cell, or, when that cell is a record type in capitals and
    the next a code ("RATE | MEAL | Meal allowance, …", "PERIOD | PP02-2027 | …"), the
    first cell with lower-case letters that is no day. A code ("A-8 | Minimum rest …")
    labels its row, and so does a name in capitals ("TV | national | $500")."""
    if len(row) > 2 and _RECORD_TYPE.fullmatch(row[0]) and row[1] and not _LOWER.search(row[1]):
        return next((c for c in row if _LOWER.search(c) and not _ISO_DAY.search(c)), row[0])
    return row[0] if row else ""


def is_rule(line: str) -> bool:
    return bool(re.fullmatch(r"\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*", line))


def repeats(unit: Unit, other: Unit, language: str | None = None) -> bool:
    """Whether showing `unit` next to `other` would repeat a sentence or, given the
    question's `language`, translate `other` into the other language (its amounts)."""
    a, b = unit.display, other.display
    # two sentences of one paragraph, each shown under its lead, would show the lead twice
    shared = unit.lead and other.lead == unit.lead
    if a in b or b in a or bool(shared and unit.lead in a and unit.lead in b):
        return True
    # a translation of a line shown in the question's language, with its amounts and no
    # day of its own ("A props allowance of GH₵25.00 per event" / "Indemnité d'accessoires :
    # 25,00 GH₵ par événement"); a line that gives a day ("Depuis le 1er mars 2027, … 65,00 $
    # n'est plus versée") or other amounts too says more
    return language is not None and translates(unit, other, language)


def translates(unit: Unit, other: Unit, language: str) -> bool:
    """Whether `unit` says in another language what `other` says in `language`: the same
    amounts, and no day of its own."""
    amounts = _amounts(unit)
    return (
        bool(amounts)
        and amounts == _amounts(other)
        and not any(f.kind == "date" for f in unit.figures)
        and _language(other.text) == language != _language(unit.text)
    )


def _language(text: str) -> str:
    return detect(text, ("en", "fr"))


def _amounts(unit: Unit) -> frozenset[str]:
    return frozenset(f.value for f in unit.figures if f.kind == "money")
