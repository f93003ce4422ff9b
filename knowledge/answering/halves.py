"""A half of a unit of time is another unit: "a day of police role-play" is paid by the
"Per day" row, not by "the half-day fee", though both say "day".

Fees are often set per half-day and per day, per half-hour and per hour, side by side,
and a passage about one shares every word of the question about the other but "half".
A unit that speaks of the unit of time asked only as its half ("demi-journée",
"half day", "½ hour"), when the question asks the whole one, fits less; and the reverse
when the question asks the half. Units that write both, or neither, are left alone; so is
a question that gives a length ("3 jours avant", "combien de jours"), which asks no unit
of pay. English and French; nothing here names a topic.
"""

from __future__ import annotations

import re

_HALF = r"half[\s-]+an?\s+|half[\s-]?|demi[\s-]?|mi[\s-]|semi[\s-]?|½\s?"
# the units of time a fee is set by, each language's words for one ("h" alone is an hour
# only after a number, which is never asked as a half)
_UNITS = {
    "day": "day|days|daily|journée|journées|journee|journees|jour|jours|journalier",
    "hour": "hour|hours|hourly|hr|hrs|heure|heures|horaire",
    "shift": "shift|shifts|quart|quarts",
    "week": "week|weeks|weekly|semaine|semaines|hebdomadaire",
}
# "one-and-a-half days" is a length, not a half
_ONE = {
    unit: re.compile(rf"(?<![\w-])(?<!and-a-)(?P<half>{_HALF})?(?:{words})(?![\w-])", re.I)
    for unit, words in _UNITS.items()
}
# before a unit of time, a length: "3 jours", "two days", "combien de jours"
_COUNTED = re.compile(
    r"(?:\d|\b(?:two|deux|three|trois|few|several|quelques|many|combien\s+de|how\s+many))\s*$",
    re.I,
)

Forms = dict[str, set[bool]]


def _forms(text: str, counted: bool = True) -> Forms:
    """Per unit of time the text names, whether it names it whole (False) or as a half
    (True), or both; without `counted`, not as a length."""
    out: Forms = {}
    for unit, pattern in _ONE.items():
        for m in pattern.finditer(text):
            if not counted and _COUNTED.search(text, 0, m.start()):
                continue
            out.setdefault(unit, set()).add(bool(m.group("half")))
    return out


def asked(question: str) -> Forms:
    """The units of time a question asks a fee per, whole or half (read once a question)."""
    return _forms(question, counted=False)


def fit(asked_forms: Forms, text: str) -> int:
    """-1 when the text names a unit of time the question asks only in the other form
    (only its half when the whole is asked, or only whole when its half is), else 0."""
    if not asked_forms:
        return 0
    written = _forms(text)
    for unit, forms in asked_forms.items():
        if len(forms) == 1 and (has := written.get(unit)) and len(has) == 1 and has != forms:
            return -1
    return 0
