"""Prose cut into sentences: at a full stop, a question or exclamation mark or a semicolon
before a capital or a figure, but not after an abbreviation ("12:01 a.m. PT", "e.g.
SAG") nor before the number a word announces ("Memorandum No. 1", "est de fl. 85")."""

from __future__ import annotations

import re

from .. import figures
from ..packing import NUMBER_SIGN

# a footnote's mark opens a sentence too ("… (clause 5.2). ³ Per flight …")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9«\"(À-Ý§¹²³⁴⁵⁶⁷⁸⁹†‡])")
# a sentence that opens in bold ("… 2024-2027. **Two rows only** are raised from …:"), where
# the sentence introducing a list starts
BOLD_START = re.compile(r"(?<=[.!?;])\s+(?=\*{1,2}[A-Z0-9À-Ý])")
# A full stop that ends an abbreviation, not a sentence ("12:01 a.m. PT", "e.g. SAG").
_ABBREVIATION = re.compile(
    r"(?:\b[a-z]\.[a-z]\.|\b(?:[A-Z]\.){2,}|\b(?:e\.g|i\.e|etc|vs|approx|art|sec|"
    r"st|mr|mrs|ms|dr|inc|ltd|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|pp|cf|"
    r"janv|f[ée]vr?|avr|juil|d[ée]c)\.)$",
    re.I,
)


def _before_number(text: str) -> bool:
    """Whether `text` ends with what a number follows: "Memorandum No.", "the fee of cl.",
    "voir al.", "est de fl."."""
    return bool(NUMBER_SIGN.search(text) or figures.ABBREVIATED_CURRENCY.search(text))


def sentences(text: str) -> list[str]:
    """`text` cut into sentences, without cutting after an abbreviation."""
    out: list[str] = []
    for piece in _SENTENCE_END.split(text):
        piece = piece.strip()
        if not piece:
            continue
        if out and (
            _ABBREVIATION.search(out[-1]) or (piece[0].isdigit() and _before_number(out[-1]))
        ):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out
