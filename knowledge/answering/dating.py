"""When a unit's figures apply, and when its document took effect or was written.

A figure's period comes from its own row or column, the table rows whose amounts it
repeats, its own dates, or else its document's: from the start the document states to the
day it says it ended (openings.py) or the day another document says it replaces it
(replaced_documents.py), unless its paragraph, list item or a heading of its section says
it is still in force (cues.KEPT_IN_FORCE: an expired summary's clause the new agreement
keeps). The end of a term a document merely states does not end it (see supersession.py).
Contract years ("Year 2") are placed by the day the corpus's years start (years.py); a row
under a named period's header ("Season 14 rate") takes the dates the documents give that
name (named_periods.py), and one that names a half or quarter of a year ("H2 2027") its
months (calendar_parts.py). What
is read of a document is read once per generation.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import partial

from .. import calendar_parts, figures
from ..engine import Engine
from ..generation import Generation
from ..search import Passage
from ..stated_periods import text_period
from ..timeframe import YEAR_SPAN, Period, year_span
from . import captions, dropped, named_periods, openings, rows, seasons, sunset, years
from .cues import KEPT_IN_FORCE, takes_effect
from .generations import PerGeneration
from .kinds import counts
from .openings import START_CHARS, stated_start
from .replaced_documents import replaced_documents
from .unit import MEASURED
from .units import Unit
from .withdrawn import withdrawn_documents
from .worded import worded_durations

OPENING_CHUNKS = 3  # a document's opening: its first chunks
OPENING_MAX_CHUNKS = 8  # read for the day a document named for its years took effect


class Dating:
    """Dates units and documents. One per scorer; thread-safe."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._dated_rows = rows.DatedRows(engine)
        self._captions = PerGeneration(engine, captions.read)  # rows a caption dates
        self._starts = openings.DocumentStarts()
        # the day the corpus's contract years start (years.py)
        self._year_start = PerGeneration(
            engine, lambda g: years.year_start([r.text for r in g.records])
        )
        # the documents another says it replaces, from a day (replaced_documents.py), and
        # the day each replacing one says it does so from: its start, when it states none
        self._replacing = PerGeneration(engine, self._replacements)
        self.named = PerGeneration(engine, named_periods.read)  # "Season 3", "Year 2"
        self.seasons = PerGeneration(engine, seasons.read)  # "from 1 December to 15 March"
        self._source_starts: dict[tuple[str, str], dt.date | None] = {}
        # the day each span of years a document is named for starts ("Agreement 2026–2029",
        # in force from 1 October 2026)
        self._span_starts = PerGeneration(engine, self._named_spans)
        # the documents withdrawn before they took effect (withdrawn.py)
        self._withdrawn = PerGeneration(engine, lambda g: withdrawn_documents(g.records))
        # the terms a newer document drops from an older one (dropped.py); a withdrawn one
        # drops nothing
        self._dropped = PerGeneration(
            engine, lambda g: dropped.read(self._in_effect(g), _titles(g))
        )

    def _named_spans(self, g: Generation) -> dict[tuple[int, int], dt.date]:
        """(first year, last year) of the span a document's title names → the day that
        document took effect, when it starts in the span's first year; a span two
        documents start differently is left out."""
        found: dict[tuple[int, int], set[dt.date]] = {}
        for source, title in _titles(g).items():
            spans = list(YEAR_SPAN.finditer(title))
            if len(spans) != 1:
                continue
            first, last = year_span(spans[0])
            if first >= last:
                continue
            # its effective date, which may follow its parties and scope
            start = self._start_of(g.name, source) or stated_start(
                self._long_opening(source), START_CHARS
            )
            if start is not None and start.year == first:
                found.setdefault((first, last), set()).add(start)
        return {span: min(days) for span, days in found.items() if len(days) == 1}

    def _replacements(self, g: Generation) -> tuple[dict[str, dt.date], dict[str, dt.date]]:
        """(replaced document → day it is replaced from, replacing document → that day);
        a withdrawn document replaces nothing."""
        starts: dict[str, dt.date] = {}
        return replaced_documents(self._in_effect(g), _titles(g), starts), starts

    def _in_effect(self, g: Generation) -> list:
        """The generation's records but those of documents withdrawn before they took
        effect (read once per generation, with the rest)."""
        gone = self._withdrawn.get()
        return [r for r in g.records if r.source not in gone] if gone else g.records

    def withdrawn(self) -> set[str]:
        """The documents withdrawn before they took effect (withdrawn.py)."""
        return self._withdrawn.get()

    def start(self, generation: str, p: Passage) -> dt.date | None:
        """When `p`'s document took effect: the day it states, or else the day it says it
        replaces another from."""
        stated = self._starts.start(
            generation, p, partial(self._opening, p.source), partial(self._long_opening, p.source)
        )
        return stated or self._replacing.get()[1].get(p.source)

    def _start_of(self, generation: str, source: str) -> dt.date | None:
        """When the document `source` took effect (its first passage's start), read once
        per generation."""
        key = (generation, source)
        if key not in self._source_starts:
            passages = self.engine.passages_of(source)
            self._source_starts[key] = self.start(generation, passages[0]) if passages else None
        return self._source_starts[key]

    def written(self, generation: str, p: Passage) -> dt.date | None:
        """When `p`'s document was written (its start, else the first date it gives)."""
        return self._starts.written(generation, p, partial(self._opening, p.source))

    def date(self, u: Unit, p: Passage, generation: str) -> None:
        """Set the unit's figures, the kinds of figure it gives and its own period."""
        opening = partial(self._opening, p.source)
        u.archived = self._starts.end(generation, p, opening)
        if p.source in self._withdrawn.get():  # never in force, whatever its dates say
            u.void = u.superseded = u.withdrawn = True
        if (replaced := self._replacing.get()[0].get(p.source)) is not None:
            last = replaced - dt.timedelta(days=1)  # "replaces Rate Sheet 2025/26 from …"
            u.archived = min(u.archived, last) if u.archived else last
        for source in dropped.dropped_by(u.text, self._dropped.get().get(p.source, [])):
            # "The cold-weather clothing allowance of the 2022–2026 agreement is not
            # carried over": over the day before the document saying so takes effect
            if begun := self._start_of(generation, source):
                last = begun - dt.timedelta(days=1)
                u.archived = min(u.archived, last) if u.archived else last
        # "Still in force: Art. 19.3 of the new agreement keeps it": the expired document's
        # line outlives it, as the rest of its paragraph or list item does, or its section
        # or a heading of its section's ("Article 9.5 – cover allowance (still in force)")
        heading = str(p.metadata.get("heading", ""))
        kept = u.archived is not None and bool(
            KEPT_IN_FORCE.search(_paragraph(u, p.text)) or KEPT_IN_FORCE.search(heading)
        )
        if kept:
            u.archived = None
        found = figures.extract(u.text)
        if u.priced:  # "amount_ft | 16975.00": the header names the number's currency
            found = [
                figures.Figure("money", f.value, f.text)
                if f.kind == "number" and f.text.strip() in u.priced
                else f
                for f in found
            ]
        u.kinds = {f.kind for f in found}
        if counts(u.text):  # "no more than 6 takes per hour": how many
            u.kinds.add("number")
        u.kinds |= worded_durations(u.text)  # "sept jours avant le défilé": days
        u.figures = [f for f in found if f.kind in MEASURED]
        u.has_date = any(f.kind in ("date", "month", "year") for f in found)
        own_dates = any(f.kind in ("date", "month") for f in found)
        if (
            u.period is None
            and not u.row
            and not kept
            and not own_dates
            and (span := self._dated_rows.period_of_amounts(u, p.source))
        ):
            u.period, u.labelled_past = span
        if u.period is None and (u.row or u.figures):
            u.period = None if u.event_dates else text_period(u.text, {})
            if u.period is None and u.row and (part := calendar_parts.one(u.display)):
                u.period = Period(*part)  # "**H2 2027** — Day rate, Rider: ₦138,000"
            if u.period is None and u.row:  # "Table B – Rates raised from 1 April 2027"
                u.period = self._captions.get().get(p.source, {}).get(u.text.strip())
            intro = u.lead if u.lead.endswith(":") else u.intro
            if u.period is None and intro and u.former and not u.row and takes_effect(intro):
                # a list item printing the amount its new one replaces ("Dataset day —
                # 120 000F → 126 000F"), from the sentence that introduces the list when it
                # says they take effect: "Two rows are raised from 1 July 2026, for work up
                # to 30 September 2026:" (not "the union sought, from 1 July 2026:")
                u.period = text_period(intro, {})
            if u.period is None and u.row:  # "Season 14 rate, Fee: HUF 9,800.00"
                u.period = named_periods.named_in(u.display, self.named.get())
            if u.period is None and not u.row and (season := season_named(u.text)):
                # "For season 2027/28, … is 395,00 lei" in a rider of December 2026: a year
                # its document's dates do not reach (one they reach, they date better)
                start = self.start(generation, p)
                reached = (season.start, season.end, start)
                since, until, began = (d.year if d else 0 for d in reached)
                if not since <= began <= until:
                    u.period = season
            if u.period is None:  # its document's: from its start, to the end it states
                start = self.start(generation, p)
                end = u.archived  # its document's end, or the day it was replaced
                if start is not None or end is not None:
                    u.period = Period(start, end)
        if u.period is not None and u.period.years:  # "Agreement year: 2026-2027"
            opened = self.start(generation, p)
            u.period = years.place(u.period, self._year_start.get(), opened)
            if u.period.years and u.period.start and u.period.end:
                # "Accord 2026-2029" in a table of changes: the agreement of those years,
                # from the day it took effect, for as many whole years
                named = (u.period.start.year, u.period.end.year)
                spans = self._span_starts.get()
                if (took_effect := spans.get(named)) is not None:
                    u.period = Period(took_effect, years.anniversary(took_effect, named[1]))
                elif (after := years.next_term(spans, named)) is not None:
                    # "Accord 2023-2026" beside it: the agreement before, which ran until
                    # the next took effect, for as many whole years
                    u.period = Period(years.same_day(after, named[0]), after - dt.timedelta(days=1))
        if u.figures and not u.row and (lapsing := sunset.lapse(p.text, u.text)):
            # "It lapses on 31 October 2026 unless renewed": its period ends that day, and
            # the sentence saying so is shown with it
            day, following = lapsing
            if (period := sunset.ended(u.period, day)) is not None:
                u.period = period
                u.display = f"{u.display} {following}" if following else u.display
        if kept and u.period is not None and u.period.end is not None:
            # its figure runs on past the old agreement's column ("Youth Media Agreement
            # 2023–2025: CHF 45.00 | still in force (Art. 20.2)")
            u.period, u.labelled_past = Period(u.period.start, None), False

    def _opening(self, source: str) -> str:
        passages = self.engine.passages_of(source)[:OPENING_CHUNKS]
        return "\n".join(x.text for x in passages)

    def _long_opening(self, source: str) -> str:
        """A document's first chunks, until they make START_CHARS characters."""
        texts: list[str] = []
        for x in self.engine.passages_of(source)[:OPENING_MAX_CHUNKS]:
            if sum(map(len, texts)) >= START_CHARS:
                break
            texts.append(x.text)
        return "\n".join(texts)


def _titles(g: Generation) -> dict[str, str]:
    """Each document's title (by source)."""
    return {r.source: str(r.metadata.get("title", r.source)) for r in g.records}


# where a paragraph or list item ends: a blank line, a bullet, a numbered item, a table row
_BREAK = re.compile(r"\n\s*\n|\n\s*(?:[-*•]|\d{1,2}[.)]|\|)\s")


# a sentence naming the season or contract year its figures are for: "For season 2027/28",
# "pour la saison 2027-2028", "in contract year 2026-27" (two consecutive years); "for"
# alone will do ("For 2027-28, the fee is …"), "in" or "during" only with the year's name
# (not "the fee of $400 paid in 2025-26 is raised to $420")
_YEAR_NAME = r"(?:season|saison|contract\s+year|agreement\s+year|année\s+contractuelle)"
_SEASON_NAMED = re.compile(
    rf"\b(?:(?:for|pour)\s+(?:the\s+|la\s+|le\s+|l['’])?(?:{_YEAR_NAME}\s+)?|"
    rf"(?:in|during|en|pendant|durant)\s+(?:the\s+|la\s+|le\s+|l['’])?{_YEAR_NAME}\s+|"
    rf"{_YEAR_NAME}\s+)(?={YEAR_SPAN.pattern})",
    re.I,
)


def season_named(text: str) -> Period | None:
    """The two consecutive calendar years a sentence says its figures are for ("For season
    2027/28, the supplement is reduced to 395,00 lei"), as a span of years (placed on the
    corpus's year start by years.place); None when it names none, or several."""
    spans = list(YEAR_SPAN.finditer(text))
    if len(spans) != 1 or all(m.end() != spans[0].start() for m in _SEASON_NAMED.finditer(text)):
        return None
    since, until = year_span(spans[0])
    if until != since + 1:
        return None
    return Period(dt.date(since, 1, 1), dt.date(until, 12, 31), years=True)


def _paragraph(u: Unit, text: str) -> str:
    """The paragraph or list item of `text` the unit is part of (else its lead and itself);
    a table row's whole line, whichever of its cells the unit shows."""
    if u.row and u.line:
        return u.line
    at = text.find(u.text[:80])
    if at < 0:
        return f"{u.lead} {u.text}"
    start = max((m.end() for m in _BREAK.finditer(text, 0, at + 1)), default=0)
    end = next((m.start() for m in _BREAK.finditer(text, at + 1)), len(text))
    return text[start:end]
