"""Halves and quarters of a calendar year, as agreements and members name them.

"H2 2026", "S1 2027", "second half of 2026", "premier semestre 2027", "2e semestre 2026",
"Q3 2026", "T1 2027", "third quarter of 2026", "3e trimestre 2026": each is a part of its
calendar year (H2 from 1 July to 31 December). A rate table headed "H2 2026 | H1 2027"
gives each column six months, not the whole year the bare year would; a question "in H1
2027" asks about January to June. A part of a fiscal or season year ("Q2 FY27", "T2
2026/27", "H1 2026-27") starts where that year does, which only its documents say: it is
not read here. The letter is a capital ("Form t2 2026" is no quarter), and a part said to
start something ("from Q3 2026", "depuis le S2 2026", "H2 2026 onwards") runs on from its
first day.
"""

from __future__ import annotations

import datetime as dt
import re

_YEAR = r"((?:19|20)\d{2})(?!\s?[-–/]\s?\d)(?![\w%])"
_EN = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_FR = {"premier": 1, "1er": 1, "second": 2, "seconde": 2, "deuxième": 2, "2e": 2, "2ème": 2}
_FR |= {"troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4, "4e": 4, "4ème": 4}
_PART = re.compile(
    rf"(?<![\w-])(?:((?-i:[HSQT]))([1-4])\s?{_YEAR}"  # "H2 2026", "S1 2027", "Q3 2026", "T1 2027"
    rf"|({'|'.join(_EN)})\s+(half|quarter)\s+(?:of\s+)?{_YEAR}"
    rf"|({'|'.join(_FR)})\s+(semestre|trimestre)\s+(?:de\s+|d['’]\s*)?{_YEAR})",
    re.I,
)
# letters naming a half (H, S: "semestre") or a quarter (Q, T: "trimestre")
_HALF_LETTERS = "HS"


def _span(year: int, number: int, halves: bool) -> tuple[dt.date, dt.date] | None:
    months = 6 if halves else 3
    if not 1 <= number <= 12 // months:
        return None
    first = dt.date(year, (number - 1) * months + 1, 1)
    after = (
        dt.date(year + 1, 1, 1)
        if number * months == 12
        else first.replace(month=first.month + months)
    )
    return first, after - dt.timedelta(days=1)


# a part that starts what follows: "from Q3 2026", "depuis le S2 2026", "H2 2026 onwards"
_FROM = re.compile(
    r"\b(?:from|since|as\s+of|starting(?:\s+in)?|beginning|depuis|dès|à\s+partir\s+d[eu]|"
    r"à\s+compter\s+d[eu])\s+(?:the\s+|le\s+|la\s+|l['’]\s*)?$",
    re.I,
)
# a code after a word that names one: "Form T2 2026", "Room S1 2027"
_NAMES = re.compile(r"\b(?:forms?|formulaire|rooms?|salle|code|ref|tank|lane|block)\.?\s*$", re.I)
_ONWARDS = re.compile(r"\s*(?:onwards?|and\s+after|et\s+après)\b", re.I)


def spans(text: str) -> list[tuple[dt.date, dt.date | None]]:
    """The first and last days of every calendar half or quarter the text names, in order;
    no last day for one that starts what follows ("from Q3 2026")."""
    out: list[tuple[dt.date, dt.date | None]] = []
    for m in _PART.finditer(text):
        if m.group(1):
            span = _span(int(m.group(3)), int(m.group(2)), m.group(1).upper() in _HALF_LETTERS)
        elif m.group(4):
            span = _span(int(m.group(6)), _EN[m.group(4).lower()], m.group(5).lower() == "half")
        else:
            span = _span(int(m.group(9)), _FR[m.group(7).lower()], m.group(8).lower() == "semestre")
        if span is None or _NAMES.search(text, max(0, m.start() - 16), m.start()):
            continue
        opens = _FROM.search(text, max(0, m.start() - 24), m.start()) or _ONWARDS.match(
            text, m.end()
        )
        out.append((span[0], None) if opens else span)
    return out


def one(text: str) -> tuple[dt.date, dt.date | None] | None:
    """The half or quarter the text names, when it names exactly one (however often)."""
    found = set(spans(text))
    return found.pop() if len(found) == 1 else None
