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
from .units import Unit, cells

# what a row's figure is paid per: "per rehearsal day (up to 7 h)", "par séance"; not "as
# per Article 5", nor "par le producteur" (by whom)
_PAID_PER = re.compile(
    r"(?<!\bas )\b(?:per|par)\s+(?!(?:the|a|an|le|la|les|l['’]|un|une|des|du|son|sa|ses|leur)\b)"
    r"([^;:|—()]+)",
    re.I,
)


def _paid_per(text: str) -> frozenset[str]:
    """The words of the first thing a text is paid per, units of time aside."""
    m = _PAID_PER.search(text)
    return item_words(frozenset(tokenize([m.group(1)])[0])) if m else frozenset()


def paid_per_differs(a: Unit, b: Unit) -> bool:
    """Whether two rows, one an item's column of a transposed table ("Mocap performer —
    per rehearsal day (up to 7 h): R2 600"), are paid per different things ("per capture
    day"): the words of what each is first paid per, units of time aside, share none."""
    if not (a.per_column or b.per_column):
        return False
    a_words, b_words = _paid_per(a.text), _paid_per(b.text)
    return bool(a_words) and bool(b_words) and not a_words & b_words


# a note's mark at its start: "(b) Announced for …", "b) …"
_NOTE_MARK = re.compile(r"^\(?([a-z]|\d{1,2})\)\s")


def noted(a: Unit, b: Unit, passages: list[Passage]) -> bool:
    """Whether B is a note of A's document that A's row marks beside an amount ("R1 850
    (b)": a space between them, not a clause's "Art. 3(b)") and that names what A's row
    is about ("(b) … the amount per song is R1 990" for the row "per song")."""
    if not a.row or b.row or passages[a.passage].source != passages[b.passage].source:
        return False
    mark = _NOTE_MARK.match(b.text)
    if mark is None or not any(f.kind == "money" for f in a.figures):
        return False
    if not re.search(rf"\d\s\({re.escape(mark.group(1))}\)", a.text):
        return False
    label = cells(a.text)[0].partition(" — ")[0]
    named = item_words(frozenset(tokenize([label])[0])) | _paid_per(a.text)
    return bool(named & frozenset(tokenize([b.text])[0]))
