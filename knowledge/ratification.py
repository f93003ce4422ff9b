"""Which sentences date a ratification, and which terms take effect or fall due by one
("on ratification", "within 30 days of ratification"): read from chunks' text at index
time (structure.py) and from answer units (answering/ratified.py). English and French;
not a condition ("subject to ratification", "if ratified")."""

from __future__ import annotations

import re

from . import figures

# a term dated by the ratification: "on ratification", "from ratification", "within 30
# days of ratification", "upon ratification", "à la ratification", "qui suivent la
# ratification", "dès la ratification", "à partir de la ratification"
_ANCHORED = re.compile(
    r"(?<!\bvote\s)(?<!\bballot\s)\b(?:on|upon|from|of|after|following|at)\s+(?:the\s+)?"
    r"ratification\b(?!\s+(?:vote|meeting))"
    r"|(?<!\w)(?:à|dès|après|suivent|suivant|à\s+partir\s+de|à\s+compter\s+de)\s+(?:la\s+)?"
    r"ratification\b",
    re.I,
)
# a ratification said to happen: "ratified on", "ratifiée le", "was ratified by the
# members on", "voted to ratify … on", "Date of ratification: 19 November 2026" (not the
# noun alone: "updated 28 November, after the ratification vote")
_RATIFIED = re.compile(
    r"\bratifi(?:ed|ée?s?)\b|\bvoted\s+to\s+ratify\b|\b(?:date\s+of\s+ratification|"
    r"ratification\s+date|date\s+de\s+(?:la\s+)?ratification)\s*:",
    re.I,
)
# not a condition nor a requirement: "subject to ratification", "if ratified", "sous réserve"
_NOT_YET = re.compile(
    r"\b(?:subject\s+to|conditional\s+on|contingent\s+on|if|once|unless|until|when|"
    r"sous\s+réserve|si|une\s+fois|dès\s+que)"
    r"\s+(?:\w+\s+){0,3}?(?:ratifi|ratification)",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+")


def dates_ratification(sentence: str) -> bool:
    """Whether a sentence says that a ratification happened, or will, on a full date."""
    return ratified_on(sentence) is not None


def ratified_on(sentence: str) -> str | None:
    """The day (ISO) a sentence says a ratification happened, or will; None if it says none."""
    if not _RATIFIED.search(sentence) or _NOT_YET.search(sentence):
        return None
    return next((f.value for f in figures.extract(sentence) if f.kind == "date"), None)


def ratification_days(text: str) -> list[str]:
    """The days (ISO) a text's sentences say a ratification happened, or will."""
    if "ratif" not in text.lower():
        return []
    return [day for s in _SENTENCE.split(text) if (day := ratified_on(s)) is not None]


def ratifying(text: str) -> bool:
    """Whether a chunk's text holds a sentence dating a ratification."""
    return bool(ratification_days(text))


def anchored(text: str) -> bool:
    """Whether a text gives a term that takes effect or falls due by a ratification, without
    saying in the same sentence when it was."""
    if not _ANCHORED.search(text) or _NOT_YET.search(text):
        return False
    return not dates_ratification(text)
