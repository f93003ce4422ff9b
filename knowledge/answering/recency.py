"""How recent a figure is, asked about now: among dated figures that have come into force,
the most recent period is the most useful one ("$241 from 1 July 2026" over "$231" of the
year before); a figure from a later date (next contract year) earns nothing for it."""

from __future__ import annotations

import datetime as dt

from ..timeframe import Period
from .units import Unit

RECENCY = 0.3  # for the most recent period begun, in proportion below it


def _starts_after(period: Period, day: dt.date) -> bool:
    return period.start is not None and period.start > day


def _period_key(unit: Unit) -> int:
    """How recent a figure's period is: by its end, else its start. A figure in force
    that a later one will replace ("$178 until a note's new rate from 1 January") is
    dated by what replaces it: the item's figures run on."""
    later = unit.replaced_by
    own = unit.period
    period = later.period if later is not None and not unit.replaced and later.period else own
    day = (period.end or period.start) if period else None
    return day.toordinal() if day else 0


def bonuses(units: list[Unit], today: dt.date, context: frozenset[int]) -> list[float]:
    """Per unit, what its period's recency earns, as of `today`: RECENCY for the most
    recent begun, 0 for the oldest and for undated units. The passages in `context` do
    not move the scale."""
    out = [0.0] * len(units)
    begun = [
        n
        for n, u in enumerate(units)
        if u.period and u.figures and not _starts_after(u.period, today)
    ]
    # in force today is as recent as can be, whenever it ends ("all years" cells)
    keys = [min(_period_key(units[n]), today.toordinal()) for n in begun]
    scale = [k for n, k in zip(begun, keys, strict=True) if units[n].passage not in context]
    if len(set(scale)) > 1:
        low, high = min(scale), max(scale)
        for n, key in zip(begun, keys, strict=True):
            out[n] = RECENCY * min(1.0, max(0.0, (key - low) / (high - low)))
    return out
