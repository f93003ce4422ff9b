"""A figure quoted in the member's own language when the documents give it there too: a
union that writes its agreement in English and its rate sheet in French states "16.1 An
animated portrait … is paid K 28,000.00 a year" and "Portrait animé, par an — 28 000,00 K".
Asked in French, the member reads the French line, with the figure as a French reader
writes it; asked in English, the English one. The other-language line was chosen because
it matched the question's words a little better (its clause says "in an app"); it says
nothing the translation does not, so it gives way.

A chosen line gives way to a line in the question's language that unit.translates calls
its translation (the same amounts, no day of its own), for the same period, that is chosen too (it then takes the
line's place) or matches the question at least SAME_FACT of the chosen line's match, and
that is marked neither replaced nor past where the chosen one is not. A row that gives
the chosen row's code and no period of its own ("Lay clerk, par mois | 3 900,00 ₼ | B1", a
sheet's copy of the agreement's row B1) is its translation for the chosen row's period,
and is shown with it. A line that holds a day or another amount says more and stays.
"""

from __future__ import annotations

from .row_codes import row_codes
from .unit import translates
from .units import Unit

SAME_FACT = 0.6  # a translation matches the question at least this share of the line's match


def in_own_language(chosen: list[Unit], units: list[Unit], language: str | None) -> list[Unit]:
    """`chosen` with each line in another language than `language` that has a translation
    in it among `units` replaced by its best such translation."""
    if not language:
        return chosen
    out: list[Unit] = []
    placed: set[int] = set()  # what `out` holds
    picked = {id(c) for c in chosen}
    for u in chosen:
        if id(u) in placed:
            continue  # placed already, where the line it translates was
        if not any(f.kind == "money" for f in u.figures):
            out.append(u)
            placed.add(id(u))
            continue
        own = [
            t
            for t in units
            if t is not u
            and (t.match >= SAME_FACT * u.match or id(t) in picked)
            and t.replaced <= u.replaced
            and t.labelled_past <= u.labelled_past
            and t.superseded <= u.superseded
            and (t.period == u.period or _same_row(u, t))
            and translates(u, t, language)
        ]
        best = max(own, key=lambda t: (id(t) in picked, t.score, t.match), default=u)
        if best is not u:
            # it stands for the line it translates: in its rank, and for its period (an
            # undated sheet's copy of the agreement's row gives the same figure)
            best.score = max(best.score, u.score)
            if best.period is None:
                best.period, best.period_label = u.period, u.period_label
        if id(best) not in placed:  # else its translation is shown already: it would repeat
            out.append(best)
            placed.add(id(best))
    return out


def _same_row(unit: Unit, other: Unit) -> bool:
    """An undated row that gives a dated row's code ("Lay clerk, par mois | 3 900,00 ₼ |
    B1" for "B1 | Lay clerk, a month | 2026-27: ₼3,900.00"): a sheet's copy of the
    agreement's row, whose period it does not repeat."""
    return other.period is None and bool(row_codes(unit.text) & row_codes(other.text))
