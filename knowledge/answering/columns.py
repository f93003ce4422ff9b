"""Which columns a table row's figures are in: a newer row for the same item replaces an
older row's figure only in a like column.

A notice's table of night-shoot rules per category ("Host or presenter (W-3) | Max.
nights in a row: 4 | Hot meal after: 5 h") is about the same categories as the
agreement's working conditions ("W-3 | Host or presenter | Minimum call: 6 h |
Turnaround: 12 h | Night premium: 25%"), but its "5 h" is no new minimum call: their
columns say so. Two columns are alike when their headers share a word that names a
column ("Night premium" and "Night premium (%)", not "Minimum call" and "Minimum rest"),
or when either names no particular column ("Value", "Minimum fee", "2026-27", "From 1
October 2026"). Rows in two languages are not compared by their headers' words.
"""

from __future__ import annotations

from .. import figures
from ..lexical import STOPWORDS, tokenize
from ..tables import UNIT_WORDS
from .cues import RATE_NOUNS
from .unit import MEASURED
from .units import Unit

# headers that name no particular column: an amount, a value, the new or current one
_GENERIC_WORDS = (
    " ".join(sorted(RATE_NOUNS))
    + " value valeur new nouveau nouvelle current actuel actuelle old ancien ancienne"
    + " period période from to until du au depuis dès effective vigueur "
    + " ".join(figures.MONTHS)
)
_GENERIC = frozenset(tokenize([_GENERIC_WORDS])[0])

Headers = dict[str, list[frozenset[str]]]  # figure kind → the headers of its cells


def headed(units: list[Unit]) -> list[Headers]:
    """Per unit, for each kind of figure its row shows under a header ("Night premium:
    25%"), those headers' words; empty for a sentence or a row shown without headers."""
    parts: list[tuple[int, str, set[str]]] = []  # unit, header, kinds of its cell's figures
    for n, u in enumerate(units):
        # after the row's label, which may hold a dash itself ("**A-8 — Figuration** — …")
        label_end = "** — " if "** — " in u.display else " — "
        if not u.row or label_end not in u.display:
            continue
        for part in u.display.split(label_end, 1)[1].split("; "):
            header, colon, value = part.partition(": ")
            if not colon:
                continue
            kinds = {f.kind for f in figures.extract(value) if f.kind in MEASURED}
            if kinds:
                parts.append((n, header, kinds))
    out: list[Headers] = [{} for _ in units]
    words = tokenize([header for _, header, _ in parts]) if parts else []
    for (n, _, kinds), tokens in zip(parts, words, strict=True):
        named = (
            frozenset(t for t in tokens if t.isalpha() and len(t) > 1 and t not in STOPWORDS)
            - UNIT_WORDS
        )
        for kind in kinds:
            out[n].setdefault(kind, []).append(named)
    return out


def _generic(header: frozenset[str]) -> bool:
    return not header - _GENERIC  # "Value", "Minimum fee", "From 1 October 2026"


def like_columns(a: Headers, b: Headers, kinds: set[str]) -> bool:
    """Whether B's figures of `kinds` (those it states and A does not) are in a column
    like one of A's of the same kind; unknown (no headers on either side) is alike."""
    for kind in kinds:
        if not a.get(kind) or not b.get(kind):
            return True
        for ha in a[kind]:
            for hb in b[kind]:
                if _generic(ha) or _generic(hb) or (ha & hb) - _GENERIC:
                    return True
    return False
