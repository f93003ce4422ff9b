"""Documents another document says it replaces, from a day.

A union publishes each year's rate schedule as a new document that says so: "This Rate
Sheet replaces Rate Sheet 2025/26 from 1 September 2026", "le barème 2026-2027 remplace
le barème 2025/26 depuis le 1er juillet 2026". The rows of the old schedule are replaced
row by row (rows.py, successors.py); its notes and rules in prose are replaced with it,
and are no longer in force from that day though no row of the new one restates them.

The replaced document is the one whose title carries the year or years the sentence
names ("2025/26", "2025-2026", "2025") and shares a word with it (or both name a schedule
of rates: "Rate Sheet", "barème"), and, when several do, the one whose title shares most
words with it: "Article 9 replaces the 2025 per diem" names no "Travel Policy 2025". A
reference dated by a full day that names no title's years ("the Interim Agreement of 24
June 2026") names the one title without years holding all its other words ("Interim
Agreement – Ice Shows and Arenas"). A
sentence that says a text does not, or may not, replace another ("Il ne remplace pas le
barème", "no longer replaces", "If ratified, the sheet replaces …") replaces nothing, nor
does one without a day. Read once per index generation.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import figures
from ..lexical import tokenize
from ..timeframe import YEAR_SPAN, year_span
from .openings import first_date

_REPLACES = re.compile(
    r"\b(?:replaces|supersedes|remplace|remplacent)\s+(?P<ref>[^.;:!?\n]{3,90}?)\s+"
    r"(?P<from>from|as of|with effect from|effective|à compter du|depuis le|dès le|à partir du)"
    r"\b",
    re.I,
)
# before the verb in its sentence, or just after it: the text does not, or may not,
# replace the other ("Il ne remplace pas", "no longer replaces", "If ratified, …")
_NOT_SO = re.compile(
    r"\b(?:not|no longer|never|neither|nor|ne|n['’]en|n['’]|ni|jamais|if|si|unless|proposed|"
    r"proposé\w*|projet|draft)\b",
    re.I,
)
_NOT_AFTER = re.compile(r"^\W*(?:pas|plus|jamais|aucun\w*|rien)\b", re.I)
_SENTENCE_START = re.compile(r"[.!?]\s+|\n")
# what a schedule of rates is called, in either language: "Rate Sheet 2025/26" and "le
# barème 2025/26" name the same kind of document
_SCHEDULE_WORDS = frozenset(
    t
    for w in tokenize(
        ["schedule sheet list table scale rates fees barème grille tarifs liste tableau"]
    )
    for t in w
)
_DAY_CHARS = 40  # after "from": where the day is written
# a full date in a reference: "of 24 June 2026", "du 24 juin 2026", "dated 2026-06-24"
_DATED = re.compile(
    r"\b(?:(?:of|du|dated|signed(?:\s+on)?)\s+)?(?:\d{1,2}(?:er)?\s+[^\W\d_]+\.?\s+(?:19|20)\d\d|"
    r"[^\W\d_]+\.?\s+\d{1,2},?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\b",
    re.I,
)


# the sentence's subject is the document it is written in: "This Rate Sheet replaces …",
# "Le présent barème remplace …" (its start is the day; another's is not); the words after
# the demonstrative must name the document by its title ("this week the sheet …" does not)
_ITSELF = re.compile(
    r"\b(?:this|the\s+present|le\s+présent|la\s+présente|ce|cet|cette)"
    r"(?P<subject>(?:\s+[^\s.,;]+){1,6})\s*$",
    re.I,
)


def replaced_documents(
    records: list, titles: dict[str, str], starts: dict[str, dt.date] | None = None
) -> dict[str, dt.date]:
    """Each document (by source) that a sentence of the generation says is replaced,
    with the day it is replaced from. `records`: the generation's chunk records;
    `titles`: each source's title. The reference names a title as `Titles.named` reads
    it. `starts`, when given, gets the day each replacing document says of itself that it
    replaces another from ("This Rate Sheet replaces … from 1 February 2026": its
    start)."""
    named = Titles(titles)
    out: dict[str, dt.date] = {}
    for record in records:
        text = " ".join(record.text.split())
        for m in _REPLACES.finditer(text):
            opening = max(
                (x.end() for x in _SENTENCE_START.finditer(text, 0, m.start())), default=0
            )
            if _NOT_SO.search(text, opening, m.start()) or _NOT_AFTER.search(m.group("ref")):
                continue
            day = first_date(text[m.end() : m.end() + _DAY_CHARS])
            if day is None:
                continue
            source = named.named(m.group("ref"), record.source)
            if source is not None:
                out[source] = min(day, out.get(source, day))
                itself = _ITSELF.search(text, max(opening, m.start() - 80), m.start())
                own = named.words.get(record.source, set())
                if starts is not None and itself and _words(itself.group("subject")) & own:
                    starts[record.source] = min(day, starts.get(record.source, day))
    return out


class Titles:
    """The documents' titles (by source), read for the years and words they carry."""

    def __init__(self, titles: dict[str, str]):
        self.spans = {s: _years(title) for s, title in titles.items()}
        self.words = {s: _words(title) for s, title in titles.items()}

    def named(self, reference: str, source: str) -> str | None:
        """The document other than `source` that `reference` names, if one alone is: the
        title carrying the reference's years and a word of it, or both naming a schedule
        of rates ("Rate Sheet 2025/26", "le barème 2025/26"), the one sharing most words
        when several do. A reference whose year is a full date's ("the Interim Agreement
        of 24 June 2026") names the one title without years holding all its other
        words ("Interim Agreement – Ice Shows and Arenas")."""
        years = _years(reference)
        ref = _words(reference)
        named = [
            s
            for s, y in self.spans.items()
            if years and y == years and s != source and _same_kind(ref, self.words[s])
        ]
        if not named and (dated := _DATED.search(reference)):
            named = self._yearless(_words(reference.replace(dated.group(0), " ")), source)
        if len(named) > 1:  # the one whose title shares most words with the reference
            best = max(len(ref & self.words[s]) for s in named)
            named = [s for s in named if len(ref & self.words[s]) == best]
        return named[0] if len(named) == 1 else None

    def _yearless(self, ref: set[str], source: str) -> list[str]:
        named = [
            s
            for s, y in self.spans.items()
            if y is None and s != source and ref and ref <= self.words[s]
        ]
        return named if len(named) == 1 else []


def _words(text: str) -> set[str]:
    """A title's or reference's words, without its years."""
    return {t for t in tokenize([text])[0] if not t.isdigit()}


def _same_kind(ref: set[str], title: set[str]) -> bool:
    """Whether a reference can name a title: a word in common, or both a rate schedule."""
    return bool(ref & title) or bool(ref & _SCHEDULE_WORDS and title & _SCHEDULE_WORDS)


def _years(text: str) -> tuple[int, int] | None:
    """The year span a title or reference names ("2025/26": 2025, 2026), or its one year."""
    if m := YEAR_SPAN.search(text):
        return year_span(m)
    found = [int(f.value) for f in figures.extract(text) if f.kind == "year"]
    return (found[0], found[0]) if len(found) == 1 else None
