"""What ties a table's row to another text, or parts it from one, beside their labels.

A note marked "(b)" under a table is about the rows whose amounts carry that mark ("per
song: R1 850 (b)"; "(b) from 1 March 2027 the amount per song is R1 990"): it may replace
their figure from its own day. Two rows paid per different things ("per rehearsal day",
"per capture day") are two fees, however alike their labels ("Mocap performer").
Grammar only: no topic is named (see supersession.py).
"""

from __future__ import annotations

import re

from ..lexical import tokenize
from ..search import Passage
from ..tables import item_words
from .units import Unit

# what a row's figure is paid per: "per rehearsal day (up to 7 h)", "par séance"
_PAID_PER = re.compile(r"\b(?:per|par)\s+([^;:|—()]+)", re.I)


def paid_per_differs(a_text: str, b_text: str) -> bool:
    """Whether two rows are paid per different things ("per rehearsal day", "per capture
    day"): their units' words, units of time aside, share none."""
    a_words, b_words = (
        item_words(
            frozenset(t for m in _PAID_PER.finditer(text) for t in tokenize([m.group(1)])[0])
        )
        for text in (a_text, b_text)
    )
    return bool(a_words) and bool(b_words) and not a_words & b_words


# a note's mark at its start: "(b) Announced for …", "b) …"
_NOTE_MARK = re.compile(r"^\(?([a-z]|\d{1,2})\)\s")


def noted(a: Unit, b: Unit, passages: list[Passage]) -> bool:
    """Whether B is a note of A's document that A's row marks beside an amount: "R1 850
    (b)" and the note "(b) …"."""
    if not a.row or b.row or passages[a.passage].source != passages[b.passage].source:
        return False
    mark = _NOTE_MARK.match(b.text)
    if mark is None:
        return False
    marked = re.compile(rf"\d\s?\({re.escape(mark.group(1))}\)")
    return any(f.kind == "money" for f in a.figures) and bool(marked.search(a.text))
