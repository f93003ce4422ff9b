"""Shorthand for a term of art, written out only where the documents use the term.

"mocap" is motion capture to a member. In a union whose documents speak of motion capture
(and price capture days), the question is about that, and is answered; in one whose
documents never use the term, it is a question they do not answer, and "mocap" stays as
typed, a word no document has (abstain.py, subject.py). Writing it out everywhere would
make "motion" and "capture", found apart in any agreement, look like a subject the
documents cover.
"""

from __future__ import annotations

import re

from ..engine import Engine
from ..generation import Generation
from .generations import PerGeneration

# shorthand → the terms it stands for; those the documents use are written
TERMS: dict[str, tuple[str, ...]] = {
    "mocap": ("motion capture", "performance capture", "capture de mouvement"),
    "mo-cap": ("motion capture", "performance capture", "capture de mouvement"),
    "perf capture": ("performance capture", "motion capture", "capture de performance"),
}
_SHORTHAND = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(k) for k in sorted(TERMS, key=len, reverse=True))
    + r")(?![\w-])",
    re.I,
)


class TermsOfArt:
    """Which of TERMS' terms the documents use, read once per index generation."""

    def __init__(self, engine: Engine):
        self._used = PerGeneration(engine, _used)

    def expand(self, question: str) -> str:
        """`question` with its shorthand for a term of art written out as the terms the
        documents use ("motion capture / performance capture"), or as typed when they use
        none."""
        if not _SHORTHAND.search(question):
            return question
        used = self._used.get()

        def term(m: re.Match[str]) -> str:
            found = [t for t in TERMS[m.group(1).lower()] if t in used]
            return " / ".join(found) if found else m.group(0)  # every one they use

        return _SHORTHAND.sub(term, question)


def _used(generation: Generation) -> frozenset[str]:
    terms = {t for alternatives in TERMS.values() for t in alternatives}
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.I)
    found: set[str] = set()
    for record in generation.records:
        found.update(m.group(0).lower() for m in pattern.finditer(record.text))
        if found >= terms:
            break
    return frozenset(found)
