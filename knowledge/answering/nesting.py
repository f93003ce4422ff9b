"""Nested list items are rows written as bullets: a guide's rates under their role and unit
of time ("- **Comédiens de jeu de rôle**" / "  - Par journée : 1 250 zł depuis le
1.IX.2026" / "    - à partir du 1.I.2027 : 1 295 zł").

Read alone, "à partir du 1.I.2027 : 1 295 zł" says neither whose fee it is nor for what
unit. Each nested item is read (matched, shown and embedded) under the labels of the items
above it: their words before a colon or a dash, or the whole item when it gives no figure.
A dated item and the dated items right under it are one item's steps: each runs until the
next one's day, as a table's rows for one item do. Siblings are not steps of one another
("Per hour … from 1 January", "Per day … from 1 July" under one role are two fees).
"""

from __future__ import annotations

import re

from ..stated_periods import text_period
from .periods import chain
from .unit import Unit

SEPARATOR = " › "
MAX_LABEL = 80  # characters of an item's words before its colon or dash kept as its label
MAX_WHOLE = 120  # characters of an item with no figure kept whole as its label
# the end of a label: a colon that is no clock's ("Evening (18:00–22:00): …"), or a dash
_LABEL_END = re.compile(r"\s*(?:(?<!\d):(?!\d)|\s[—–]\s)")


def label(item: str) -> str:
    """What a list item names for the items under it: its words before a colon or a dash
    ("Par journée : 1 250 zł" → "Par journée"), or the whole item when it gives no
    figure ("**Comédiens de jeu de rôle**"); "" when it is a figure with no label."""
    text = item.replace("**", "").replace("__", "").strip()
    head = _LABEL_END.split(text, maxsplit=1)[0].strip()
    if head != text and 0 < len(head) <= MAX_LABEL:
        return head
    return text if len(text) <= MAX_WHOLE and not re.search(r"\d", text) else ""


def read_under(cut: list[Unit], under: str, shown: int) -> None:
    """A nested item's first sentence read under the labels of the items above it (`under`),
    and shown with them when both fit in `shown` characters; its later sentences are
    read with its first."""
    for u in cut:
        if u.lead and u.lead != u.intro:
            continue  # a later sentence: read with the item's first, which has the labels
        u.lead = u.under = under
        if len(under) + len(SEPARATOR) + len(u.display) <= shown:
            u.display = f"{under}{SEPARATOR}{u.display}"


class Steps:
    """The first sentence of each list item of one passage, by the labels of the items it is
    under and by its own path, to date an item's steps in turn once the passage is read."""

    def __init__(self) -> None:
        self._items: dict[str, Unit] = {}  # path → the item
        self._under: dict[str, list[Unit]] = {}  # path → the items right under it

    def add(self, first: Unit, under: str) -> None:
        path = SEPARATOR.join(x for x in (under, label(first.text)) if x)
        self._items.setdefault(path, first)
        if under:
            self._under.setdefault(under, []).append(first)

    def date(self) -> None:
        """Each dated item and the dated items right under it run each until the next
        one's day."""
        for path, item in self._items.items():
            steps = self._under.get(path)
            if steps:
                _in_turn([item, *steps])


def _in_turn(listed: list[Unit]) -> None:
    periods = [text_period(u.text, {}) if u.period is None else u.period for u in listed]
    if periods[0] is None or periods[0].start is None:
        return  # an undated item's children are its siblings' equals, no steps
    if sum(p is not None and p.start is not None for p in periods) < 2:
        return
    for u, own, period in zip(listed, periods, chain(periods), strict=True):
        if period is not None:
            u.followed = u.followed or period != own
            u.period = period
