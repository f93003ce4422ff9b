"""What a document's opening says of its own term: when it took effect, and when a newer
one replaced it.

A document's start is its `effective_from`, or else the effective date its opening states
("EFFECTIVE DATE: 1 October 2026", "with effect from …", "en vigueur le …", "was in force
from 1 January 2023"), but not the day something else began ("replaced by the 2026
agreement from 1 January 2026" is that agreement's start), nor the day one numbered part
of it begins ("Step 3 applies from 1 October 2027"). A document ends only when it
says it was replaced or has expired ("This agreement expired on 30 June 2025", "Elle est
échue et a été remplacée par l'Entente 2026-2027 à compter du 1er janvier 2026"): the end
of a term it merely states does not end it (supersession.py). Such a document's figures
without a period of their own are in force until that end.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable

from .. import figures
from ..search import Passage

_EFFECTIVE = re.compile(
    r"(?:effective(?:\s+date)?|with\s+effect\s+from|in\s+force\s+(?:from|on)|"
    # "This variation has effect from …", "comes into force on …"; a line may break
    # anywhere ("It takes effect⏎on 1 April 2026")
    r"(?:has|have|shall\s+have|takes?)\s+effect\s+(?:from|as\s+of|on)|"
    r"(?:comes?|came|shall\s+come)\s+into\s+force\s+(?:on|from)|"
    r"entre(?:ra)?\s+en\s+vigueur\s+le|"
    r"appl(?:ies|y)\s+from|applicable\s+from|s['’]appliquen?t?\s+(?:à\s+compter\s+du|dès\s+le)|"
    r"en\s+vigueur\s+(?:le|du|à\s+compter\s+du|dès\s+le|depuis\s+le)|à\s+compter\s+du|"
    r"prend\s+effet\s+le)\s*:?\s*",
    re.I,
)
_OPENING_CHARS = 1500
# where a document says when it takes effect: after its parties and scope, often past its
# first 1,500 characters ("1.4 … It takes effect on 1 October 2026 and runs until …")
START_CHARS = 2500
# the document itself no longer applies, said of it at the start of a sentence: "This
# agreement expired", "Elle est échue"; not "the contracts it replaced, which expired",
# not "does not replace", not a clause that "is replaced by"
_ENDED = re.compile(
    r"(?:^|[.!?]\s+|\n)\W*(?:"
    # named: "This agreement expired", "It … was replaced" only with a demonstrative
    r"(?:(?:this|the\s+present)\s+(?:agreement|contract|document|summary|version|letter|"
    r"schedule)|(?:cette|la\s+présente)\s+(?:entente|convention|version|lettre|annexe|grille)|"
    r"ce\s+(?:résumé|document))\s+(?:has\s+)?(?:expired|(?:was|has\s+been)\s+(?:replaced|"
    r"superseded)|is\s+no\s+longer\s+in\s+force|(?:est|a)\s+(?:échue|expiré)|(?:a|est)\s+été\s+"
    r"remplacée?|n'est\s+plus\s+en\s+vigueur)"
    # a pronoun, only with a verb that says it ended ("Elle est échue", "It has expired"):
    # "It was replaced by Article 14" may be about the article before it
    r"|(?:it|elle|il|celle-ci|celui-ci)\s+(?:has\s+expired|expired|is\s+no\s+longer\s+in\s+"
    r"force|(?:est|sont)\s+échue?s?|n'est\s+plus\s+en\s+vigueur)"
    # or after what the sentence says of it first: "This agreement between the union and
    # the promoters ran from 1 February 2020 and expired on 31 January 2025"
    r"|(?:(?:this|the\s+present)\s+(?:agreement|contract)|(?:cette|la\s+présente)\s+"
    r"(?:entente|convention))\b[^.!?\n]{0,120}?(?:,|\band\b|\bet\b)\s+(?:has\s+)?"
    r"(?:expired|ended|a\s+expiré|est\s+échue|a\s+pris\s+fin)\b)",
    re.I,
)
# before an effective date, in its sentence: the date is when something else began, or
# when this stopped applying ("ne s'appliquent plus au travail effectué à compter du …")
_REPLACED = re.compile(r"\b(?:replaced|superseded|remplacée?s?)\b", re.I)
_NOT_ITS_START = re.compile(
    rf"{_REPLACED.pattern}|\bno\s+longer\b|\bne\b[^.]{{0,40}}\bplus\b", re.I
)
_SENTENCE_END = re.compile(r"[.!?;]\s|\n\s*\n")
# the subject of an effective date is a later numbered part of the document, whose own
# start it is: "Step 3 applies from 1 October 2027", "the Year 2 rates take effect on …",
# "l'étape 2 s'applique à compter du …" (a phased schedule's first step, "Step 1" or
# "Phase I", may well be its start)
_PART = r"step|phase|stage|tier|band|level|year|increment|étape|palier|année|échelon|tranche|niveau"
_PART_SUBJECT = re.compile(
    rf"\b(?:{_PART})\s+(?:[2-9]|1\d|(?-i:II|III|IV|V|VI|VII|VIII|IX|X|[B-H]))\b"
    r"(?:\s*\([^()]{0,40}\))?"
    r"(?:\s+(?:rates?|fees?|figures?|amounts?|increase|taux|tarifs?|montants?))?\s*"
    r"(?:is\s+|are\s+|will\s+|shall\s+|s['’]\s*)?$",
    re.I,
)


def _first_date(text: str) -> dt.date | None:
    """The date written first in `text` ("Signed on 3 March 2025", not a later table's
    "2027-07-01")."""
    dates = _dates(text)
    return dates[0][1] if dates else None


def _dates(text: str) -> list[tuple[int, dt.date]]:
    """The full dates of `text`, with where each is written, in order."""
    return sorted(
        (text.find(f.text), day)
        for f in figures.extract(text)
        if f.kind == "date" and (day := iso(f.value))
    )


def iso(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _sentence_start(text: str, at: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    return ends[-1] if ends else 0


def stated_start(text: str, within: int = _OPENING_CHARS) -> dt.date | None:
    """The effective date a document's opening states, if any: not the start of what
    replaced it. Read in its first `within` characters."""
    opening = text[:within]
    for m in _EFFECTIVE.finditer(opening):
        if _NOT_ITS_START.search(opening, _sentence_start(opening, m.start()), m.start()):
            continue  # "remplacée par l'Entente 2026-2027 à compter du 1er janvier 2026"
        if _PART_SUBJECT.search(opening, _sentence_start(opening, m.start()), m.start()):
            continue  # "Step 3 applies from 1 October 2027": a part's start, not its own
        if day := _first_date(opening[m.end() : m.end() + 40]):
            return day
    return None


def _sentence_end(text: str, at: int) -> int:
    m = _SENTENCE_END.search(text, at)
    return m.start() + 1 if m else len(text)


def stated_end(text: str) -> dt.date | None:
    """The last day of a document that says it was replaced or has expired: the day before
    its replacement's start when the statement gives it (after an effective-date cue if
    there is one: "replaced by the agreement signed on 15 December 2025, effective 1
    January 2026"), else the date it says it expired on."""
    opening = text[:_OPENING_CHARS]
    m = _ENDED.search(opening)
    if m is None:
        return _marked_end(opening) or _stamped_end(opening)
    end = _sentence_end(opening, m.end())
    sentence = opening[m.start() : end]
    replaced = _REPLACED.search(sentence)
    if replaced is not None:
        after = sentence[replaced.end() :]
        cue = _EFFECTIVE.search(after)
        dates = _dates(after[cue.end() :] if cue else after)
        if dates:
            return dates[0][1] - dt.timedelta(days=1)
    said = _dates(opening[m.end() : end])  # "expired on 30 June 2025"
    return said[0][1] if said else None


# A label that says the document ended: "> **EXPIRED.** This summary describes …",
# "ÉCHUE —"; capitalised, as labels are ("it expired" is read by _ENDED).
_EXPIRED_LABEL = re.compile(
    r"(?:^|\n)[>\s*_#]*(?:EXPIRED|Expired|SUPERSEDED|Superseded|ÉCHUE|Échue|REMPLACÉE|Remplacée)"
    r"\b(?:[*_]*[.!:—–-]|[*_]+)[*_]*\s",  # a label ends in a mark: not "Expired scans"
)
_OF_ITSELF = re.compile(
    r"(?:this|the\s+present|these|ce|cette|la\s+présente|ces|it|il|elle)\b", re.I
)
# the last day of a term a label's paragraph gives: "in force from 1 November 2022 to
# 31 October 2025", "en vigueur du 1er janvier 2023 au 31 décembre 2025"
_UNTIL_DAY = re.compile(r"\b(?:to|until|through|au|jusqu['’]au)\s+(?=\d|[^\W\d]+\s+\d)", re.I)


def _marked_end(opening: str) -> dt.date | None:
    """The end of a document labelled expired at its top: the day before its replacement's
    start, or the last day of the term its paragraph gives."""
    m = _EXPIRED_LABEL.search(opening)
    if m is None:
        return None
    blank = opening.find("\n\n", m.end())
    paragraph = opening[m.end() : blank if blank > 0 else len(opening)]
    # the label is the document's: its paragraph speaks of it ("This summary describes …",
    # "this grid applied until …"), not of rates kept elsewhere ("Superseded rates … are
    # kept in Appendix B") or another agreement ("Superseded: the 2022 agreement, …")
    if not _OF_ITSELF.match(paragraph.lstrip(" —–-:*_")):
        return None
    replaced = _REPLACED.search(paragraph)
    if replaced is not None:
        after = paragraph[replaced.end() :]
        cue = _EFFECTIVE.search(after)
        dates = _dates(after[cue.end() :] if cue else after)
        if dates and (cue or re.search(r"\b(?:on|le)\s+$", after[: dates[0][0]] or "")):
            return dates[0][1] - dt.timedelta(days=1)
    until = _UNTIL_DAY.search(paragraph)
    dates = _dates(paragraph[until.end() :]) if until else []
    return dates[0][1] if dates else None


# A stamp across the top of a kept copy, in capitals, as stamps are: "*** REPLACED BY THE
# 2026 AGREEMENT - KEPT FOR REFERENCE ONLY ***", "SUPERSEDED — SEE THE 2027 AGREEMENT",
# "REMPLACÉE PAR L'ENTENTE 2026" (accents or not). The stamp's word opens its line and is
# followed by what replaced it or by the stamp's end: not "GUIDE TO EXPIRED SCANS",
# "REPLACED PARTS POLICY", "NOT SUPERSEDED". A sentence that names a replaced text is read
# by _ENDED and _EXPIRED_LABEL.
_STAMP = re.compile(
    r"^[\W_]*(?:REPLACED|SUPERSEDED|EXPIRED|NO\s+LONGER\s+IN\s+FORCE|REMPLAC[ÉE]E?S?|"
    r"[ÉE]CHUE?S?|ABROG[ÉE]E?S?)"
    r"(?=\s*(?:(?:BY|PAR|SEE|VOIR)\b|[-—–:*.!]|$))"
)
_STAMP_LINES = 3  # the first non-empty lines of a document, where a stamp is


def _stamped_end(opening: str) -> dt.date | None:
    """The end of a document stamped replaced on one of its first _STAMP_LINES non-empty
    lines, in capitals: the day before the replacement's start if the stamp gives it, else
    the last day of the term its opening gives ("Term: 1 January 2022 to 31 December
    2025": the first "to" or "au" a date directly follows)."""
    lines = [line for line in opening.splitlines() if line.strip()][:_STAMP_LINES]
    stamp = next(
        (line for line in lines if _STAMP.search(line) and not any(c.islower() for c in line)),
        None,
    )
    if stamp is None:
        return None
    cue = _EFFECTIVE.search(stamp)
    if cue and (dates := _dates(stamp[cue.end() :])):
        return dates[0][1] - dt.timedelta(days=1)
    for until in _UNTIL_DAY.finditer(opening, opening.find(stamp) + len(stamp)):
        dates = _dates(opening[until.end() : until.end() + 40])
        if dates and dates[0][0] == 0:  # "to 31 December 2025", not "to 3 categories"
            return dates[0][1]
    return None


def first_date(text: str) -> dt.date | None:
    """The first full date a document's opening gives (when it was signed or ratified)."""
    return _first_date(text[:_OPENING_CHARS])


class DocumentStarts:
    """Each document's start date, the date its opening gives, and the day it ended if it
    says so, read once per generation. An opening is read outside the lock, so that other
    answers wait for no one; a value read for an older generation is not kept."""

    def __init__(self) -> None:
        self._values: dict[tuple[str, str], dt.date | None] = {}  # (what, source) → day
        self._generation = ""
        self._lock = threading.Lock()

    def _get(
        self, what: str, generation: str, source: str, read: Callable[[], dt.date | None]
    ) -> dt.date | None:
        key = (what, source)
        with self._lock:
            if generation != self._generation:
                self._values.clear()
                self._generation = generation
            if key in self._values:
                return self._values[key]
        value = read()
        with self._lock:
            if generation == self._generation:
                self._values[key] = value
        return value

    def start(
        self,
        generation: str,
        passage: Passage,
        opening: Callable[[], str],
        longer: Callable[[], str] | None = None,
    ) -> dt.date | None:
        """`opening()` gives the document's first text, `longer()` its first START_CHARS
        (read when the opening states no start: an agreement's term, stated past its
        contents, "1.4 … this agreement is in force from 1 August 2026"); each is called
        once per document."""
        own = iso(passage.metadata.get("effective_from"))

        def read() -> dt.date | None:
            found = own or stated_start(opening())
            return found or (stated_start(longer(), START_CHARS) if longer else None)

        return self._get("start", generation, passage.source, read)

    def end(self, generation: str, passage: Passage, opening: Callable[[], str]) -> dt.date | None:
        """The day a document says it stopped applying, or None."""
        return self._get("end", generation, passage.source, lambda: stated_end(opening()))

    def written(
        self, generation: str, passage: Passage, opening: Callable[[], str]
    ) -> dt.date | None:
        """The document's start, or else the first date of its opening: not when its terms
        took effect, but enough to tell which of two documents came first."""
        start = self.start(generation, passage, opening)
        published = iso(passage.metadata.get("published"))  # a news report's day
        return self._get(
            "written",
            generation,
            passage.source,
            lambda: start or published or first_date(opening()),
        )
