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
    r"\b(?:on|upon|from|of|after|following|at)\s+(?:the\s+)?ratification\b"
    r"|\b(?:à|a|dès|après|suivent|suivant|de|partir\s+de)\s+(?:la\s+)?ratification\b",
    re.I,
)
# a ratification said to happen: "ratified on", "ratifiée le", "was ratified by the
# members on" (not the noun: "updated 28 November, after the ratification vote")
_RATIFIED = re.compile(r"\bratifi(?:ed|ée?s?)\b", re.I)
# not a condition nor a requirement: "subject to ratification", "if ratified", "sous réserve"
_NOT_YET = re.compile(
    r"\b(?:subject\s+to|if|once|unless|until|when|sous\s+réserve|si|une\s+fois|dès\s+que)"
    r"\s+(?:\w+\s+){0,3}?(?:ratifi|ratification)",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+")


def dates_ratification(sentence: str) -> bool:
    """Whether a sentence says that a ratification happened, or will, on a full date."""
    if not _RATIFIED.search(sentence) or _NOT_YET.search(sentence):
        return False
    return any(f.kind == "date" for f in figures.extract(sentence))


def ratifying(text: str) -> bool:
    """Whether a chunk's text holds a sentence dating a ratification."""
    if "ratif" not in text.lower():
        return False
    return any(dates_ratification(s) for s in _SENTENCE.split(text))


def anchored(text: str) -> bool:
    """Whether a text gives a term that takes effect or falls due by a ratification, without
    saying in the same sentence when it was."""
    return bool(_ANCHORED.search(text)) and not dates_ratification(text)
