"""Acronyms the documents define as terms, not names: '"text-to-speech voice" (TTS
voice)', "virtual patient (VP)". A question that gives such an acronym ("what was the
vote on the TTS buy-out?") asks about a thing, which a document in the other language
writes in its own words ("voix de synthèse"); a union, an employer or an agreement
("Writers Guild of America (WGA)") is a name, written with capitals. Read in one pass
over a generation's records, once (bounded cache)."""

from __future__ import annotations

import re

from ..engine import Engine
from ..lexical import tokenize

# a lower-case phrase of up to five words, maybe quoted, then the acronym in brackets
_DEFINED = re.compile(
    r"(?<![\w'’-])([a-zà-ÿ][a-zà-ÿ'’-]*(?:\s+[a-zà-ÿ][a-zà-ÿ'’-]*){0,4})[\"”»]?\s*\(\s*([A-Z]{2,6})\b"
)
_CACHE: dict[tuple[str, str], frozenset[str]] = {}


def _spells(phrase: str, acronym: str) -> bool:
    """Whether the initials of words in a row of the phrase, hyphenated parts apart,
    spell it ("text-to-speech voice" for "TTS", the voice after it too)."""
    parts = [p for p in re.split(r"[\s-]+", phrase) if p]
    return acronym in "".join(p[0] for p in parts).upper()


def term_acronyms(engine: Engine) -> frozenset[str]:
    """The tokens of the acronyms the documents define by a lower-case phrase."""
    generation = engine.searcher().generation
    key = (str(engine.settings.data_dir), generation.name)
    found = _CACHE.get(key)
    if found is None:
        if len(_CACHE) > 64:
            _CACHE.clear()
        acronyms = {
            m.group(2)
            for r in generation.records
            for m in _DEFINED.finditer(r.text)
            if _spells(m.group(1), m.group(2))
        }
        found = frozenset(t for a in sorted(acronyms) for t in tokenize([a])[0])
        _CACHE[key] = found
    return found
