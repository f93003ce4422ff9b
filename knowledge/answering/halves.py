"""A half of a unit of time is another unit: "a day of police role-play" is paid by the
"Per day" row, not by "the half-day fee", though both say "day".

Fees are often set per half-day and per day, per half-hour and per hour, side by side,
and a passage about one shares every word of the question about the other but "half".
A unit that speaks of the unit of time asked only as its half ("demi-journée",
"half day", "½ hour"), when the question asks the whole one, fits less; and the reverse
when the question asks the half. Units that write both, or neither, are left alone.
English and French; nothing here names a topic.
"""

from __future__ import annotations

import re

# the units of time a fee is set by, each language's words for one
_UNITS = {
    "day": "day|days|journée|journées|journee|journees|jour|jours",
    "hour": "hour|hours|hr|hrs|heure|heures|h",
    "shift": "shift|shifts|quart|quarts",
    "week": "week|weeks|semaine|semaines",
}
_HALF = r"half[\s-]+an?\s+|half[\s-]?|demi[\s-]?|mi[\s-]|semi[\s-]?|½\s?"
_ONE = {
    unit: re.compile(rf"(?<![\w-])(?P<half>{_HALF})?(?:{words})(?![\w-])", re.I)
    for unit, words in _UNITS.items()
    if unit != "hour"
}
# "h" alone is an hour only after a number ("8 h"), which is never asked as a half
_ONE["hour"] = re.compile(
    rf"(?<![\w-])(?P<half>{_HALF})?(?:hour|hours|hr|hrs|heure|heures)(?![\w-])", re.I
)


_COUNTED = re.compile(r"(?:\d|\b(?:two|deux|three|trois|few|several|quelques))\s*$", re.I)


def _forms(text: str, counted: bool = True) -> dict[str, set[bool]]:
    """Per unit of time the text names, whether it names it whole (False) or as a half
    (True), or both; without `counted`, not a length ("3 jours avant", "2 hours"): a
    question that gives one asks no unit of pay."""
    out: dict[str, set[bool]] = {}
    for unit, pattern in _ONE.items():
        for m in pattern.finditer(text):
            if not counted and _COUNTED.search(text, 0, m.start()):
                continue
            out.setdefault(unit, set()).add(bool(m.group("half")))
    return out


def fit(question: str, text: str) -> int:
    """-1 when the text names a unit of time the question asks only in the other form
    (only its half when the whole is asked, or only whole when its half is), else 0."""
    asked = _forms(question, counted=False)
    written = _forms(text)
    for unit, forms in asked.items():
        if len(forms) == 1 and (has := written.get(unit)) and len(has) == 1 and has != forms:
            return -1
    return 0
