"""Whether a unit names the figure it replaced as another unit's: "Dubbing session $334.00
($318.00)" replaces the row of $318.00; a row "Host-read ad | G 650 | G 690" under "Rate
before | New rate" replaces the G 650 fee, and no other fee of the same role
(supersession.py)."""

from __future__ import annotations

import re
from functools import cache

from .. import figures
from ..lexical import tokenize
from ..substitutions import CITED
from ..tables import item_words
from .asks import rate_tokens
from .row_codes import row_codes
from .units import Unit


def names_former(
    b: Unit,
    a_values: dict[str, set[str]],
    a_words: set[str],
    b_words: set[str],
    a_text: str = "",
    b_text: str = "",
    a_about: str = "",
) -> bool:
    """Whether B gives one of A's figures as the one it replaced ("Dubbing session
    $334.00 ($318.00)" for the row "Dubbing Performer | Session | $318.00"), and the two
    are about one item: B cites A's row code or clause ("In clause 13.2, for the words …"
    beside the paragraph "13.2 A member's playing …"), or the words of what they are about (units of time, the words for a
    fee, months and "up to" aside) share two, or all of the shorter's ("penalty" alone does not
    make a late-payment penalty the meal penalty, nor "day" parking a wardrobe allowance)."""
    if not b.former or not any(key in b.former for keys in a_values.values() for key in keys):
        return False
    if row_codes(a_text) & row_codes(b_text):  # "row C-1 … should read $412.00, not $421.00"
        return True
    if cited_clauses(b_text) & own_clauses(a_about):
        return True  # "In clause 13.2, for the words “within 30 days” substitute …"
    noise = rate_tokens() | _month_tokens() | {"up"}
    wa, wb = item_words(frozenset(a_words)) - noise, item_words(frozenset(b_words)) - noise
    shared = wa & wb
    return len(shared) >= 2 or (bool(shared) and shared == min(wa, wb, key=len))


def names_other(b: Unit, a_values: dict[str, set[str]]) -> bool:
    """Whether B gives the figure it replaced, of a kind A states, and none of A's: a row
    "Host-read ad | G 650 | G 690" under "Rate before | New rate" replaces the G 650 ad
    fee, not the G 300 evergreen fee beside it."""
    kinds = {key.partition(":")[0] for key in b.former}
    return bool(kinds & a_values.keys()) and not any(
        key in b.former for kind in kinds for key in a_values.get(kind, ())
    )


# the clause a paragraph or heading is: its number first, then its words ("13.2 A member's
# playing …"; not "1.5 times the hourly rate")
_OWN = re.compile(
    r"(?:^|>\s*)(?:(?i:clause|section|article)\s+)?(\d+(?:\.\d+)+)\s+(?=[A-ZÀ-Ý(])", re.M
)


def cited_clauses(text: str) -> set[str]:
    """The numbered clauses a text cites ("In clause 13.2, …")."""
    return set(CITED.findall(text))


def own_clauses(about: str) -> set[str]:
    """The numbers of the clauses a unit belongs to: those leading its heading's parts or
    its paragraph ("Article 13 – Consent > 13.2 A member's …", "13.2 A member's …")."""
    return set(_OWN.findall(about))


@cache
def _month_tokens() -> frozenset[str]:
    """Month names and their short forms, as tokens ("1 Oct - 31 Dec" is a period)."""
    return frozenset(t for word in tokenize(sorted(figures.MONTHS)) for t in word)
