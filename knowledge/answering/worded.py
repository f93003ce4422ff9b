"""Lengths of time written in words: "sept jours avant le défilé", "within fourteen working
days" give days as "7 days" does, so a sentence giving one answers "how many days" (its
kinds; figures.py reads the digits). Not a time of day ("à dix heures du matin", "at six
hours"), nor "un jour" or "one day", which tell when more often than how long."""

from __future__ import annotations

import re

from ..figures import DURATION_UNITS

_WORD_NUMBERS = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|"
    r"thirty|forty|forty-eight|sixty|ninety|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"onze|douze|quatorze|quinze|vingt|trente|quarante|soixante|quatre-vingt-dix"
)
_WORDED = re.compile(
    rf"(?<!\bà\s)(?<!\bat\s)(?<!\bvers\s)(?<!\bby\s)\b(?:{_WORD_NUMBERS})\s+"
    r"(?:(?:full|calendar|working|business|clear|pleins|ouvrables|calendaires|francs)\s+)?"
    r"(days?|weeks?|hours?|minutes?|jours?|semaines?|heures?)\b",
    re.I,
)


def worded_durations(text: str) -> set[str]:
    """The kinds of the lengths of time `text` writes in words ("sept jours": days)."""
    return {DURATION_UNITS[m.group(1).lower()] for m in _WORDED.finditer(text)}
