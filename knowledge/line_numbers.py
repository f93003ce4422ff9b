"""What a line that opens with a number is, in plain text and PDF (chunking.py): a clause's
number ("2 travel is paid …" after clause 1), or a figure or a day that carries a sentence on
("1 018,00 $", "18 January 2027 at 14:00")."""

from __future__ import annotations

import re

from .figures import CURRENCY_AFTER, MONTH_NAMES


def next_clause(line: str, numbered: int) -> bool:
    """Whether a line opens the clause after the last one numbered by a bare number ("2
    travel is paid …" after "1 Minimum call: 3 hours at $120"), or a "bis" one ("12 bis
    avances …"), rather than carrying a sentence on."""
    m = re.match(r"\s*(\d{1,3})\s+(?:(bis|ter|quater)\b)?", line)
    return m is not None and (
        bool(m.group(2)) or (numbered > 0 and int(m.group(1)) == numbered + 1)
    )


def looks_like_figure(line: str) -> bool:
    """'2,000 dollars ...', '1.5 hours' or '1 018,00 $' (a French amount carried over from
    the line above) at a line start is a number, not a clause; so is a day, '18 January
    2027 at 14:00' (after "… its first meeting on Monday"), whatever the line above."""
    return bool(
        re.match(
            r"^\s*\d{1,3}(?:[.,\u00a0\u202f ]\d+)*\s*(?:%|(?:hours?|days?|weeks?|months?|"
            rf"heures?|jours?|semaines?|mois)\b|{CURRENCY_AFTER})"
            rf"|^\s*\d{{1,2}}\s+(?i:{MONTH_NAMES})\b",
            line,
        )
    )
