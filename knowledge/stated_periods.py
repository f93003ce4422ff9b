"""The period a table row or sentence states: one that carries two dates applies between
them ("from 1 July 2026 until 30 June 2027"), unless it ends one rule and starts the
next; one with a single date applies from it ("From 1 February 2027, …") or up to it;
otherwise its document's effective_from / effective_to apply. A table whose header has
"Effective from" / "Effective to" columns, or a column of periods, gives each row's."""

from __future__ import annotations

import datetime as dt
import re

from . import figures
from .timeframe import Period


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


# "backdated to 1 October 2026", "retroactive to", "avec effet rétroactif au": from that day
BACKDATED = (
    r"(?:backdated|retroactive(?:ly)?|retro|r[ée]troacti(?:f|ve|vement)s?)\s+"
    r"(?:to|from|au|à\s+compter\s+du|à\s+partir\s+du)"
)
BACKDATED_TO = re.compile(rf"\b{BACKDATED}\b", re.I)
# Before a sentence's one date: it applies from that day ("From 1 February 2027, …",
# "à compter du 1er février 2027", "depuis le 1.IX.2026"), or up to it, that day included.
_FROM_BEFORE = re.compile(
    r"\b(?:from|as of|effective|starting|beginning|commencing|on or after|on and after|since|"
    r"à compter du|à partir du|dès le|depuis le|en vigueur le|"
    # a raise paid back to a day runs from it: "backdated to", "rétroactive au"
    rf"{BACKDATED})\s*(?:the\s+)?$",
    re.I,
)
# Before a date, work or productions it does not reach: "Principal photography begun before
# 1 April 2027", "work performed before 1 October 2026", "les journées antérieures au 1er
# février 2027", "commencé avant le", "heures effectuées avant le": up to
# the day before. A deadline ("claims must be made before 1 March", "signée avant le") is
# not a period: no verb of making, signing or sending is read.
BEFORE_DAY = re.compile(
    r"\b(?:(?:began|begun|begins|beginning|started|starting|commenced|commencing|shot|filmed)"
    r"\s+(?:before|prior\s+to)|"
    # work done before it: "work performed before", "heures travaillées avant le"
    r"(?:work|hours|days|sessions|shifts)\s+(?:performed|worked|done)\s+(?:before|prior\s+to)|"
    r"(?:travail|travaux|heures|journées|séances)\s+(?:effectuée?s?|travaillée?s?)\s+"
    r"avant(?:\s+le)?|"
    r"ant[ée]rieur(?:e|s|es)?\s+(?:au|à(?:\s+la)?)|"
    r"(?:commenc[ée]e?s?|d[ée]but[ée]e?s?|tourn[ée]e?s?)\s+avant(?:\s+le)?)"
    r"\s*(?:the\s+)?$",
    re.I,
)
# In a column header, "before" alone says as much ("Before 1 April 2027"); not "on or
# before" (that day included) nor "not before" (from it)
BEFORE_IN_HEADER = re.compile(
    r"(?<!\bon or )(?<!\bon and )(?<!\bnot )\b(?:before|prior\s+to|avant(?:\s+le)?)"
    r"\s*(?:the\s+)?$",
    re.I,
)
# "on or before 31 March 2027", "au plus tard le": that day included
BY_DAY = re.compile(r"\b(?:on\s+or\s+before|au\s+plus\s+tard\s+le)\s*(?:the\s+)?$", re.I)
_UNTIL_INCLUDING = re.compile(
    r"\b(?:until|till|through|up to and including|to and including|jusqu['’]?au|"
    r"jusqu['’]au\s+\w+\s+inclus)\s*$",
    re.I,
)
# Who was engaged before a day keeps a figure ("presenter engaged before 1 October 2026",
# "pour qui a été engagé pour un salon avant le 1er octobre 2026"): the day says whom the
# figure is for, not when it ends.
_ENGAGED_BEFORE = re.compile(
    r"\b(?:engaged|hired|booked|contracted|employed|recruited|engagée?s?|embauchée?s?|"
    r"recrutée?s?|employée?s?)\b[^|.;]{0,60}?\b(?:before|prior\s+to|avant(?:\s+le)?)"
    r"\s*(?:the\s+)?$",
    re.I,
)
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till|through|thru|up to|before|ending|jusqu['’]?au|jusqu['’]à|avant le)\s*$",
    re.I,
)


# The day a text was signed, dated or published ("signé le 15 septembre 2026", "the letter
# dated 2 November 2026"): when a document was made, not when a figure applies.
_MADE_ON = re.compile(
    r"\b(?:signed|signée?s?|dated|datée?s?|published|publiée?s?)\s+(?:on\s+|le\s+|du\s+)?"
    r"(?:the\s+)?$",
    re.I,
)


def _made_on(text: str, date: figures.Figure) -> bool:
    at = text.find(date.text)
    return at >= 0 and bool(_MADE_ON.search(text[max(0, at - 30) : at]))


def text_period(text: str, metadata: dict[str, object]) -> Period | None:
    """The period a row or sentence states, else its document's; None when neither says."""
    found = [f for f in figures.extract(text) if f.kind == "date"]
    if len(found) > 1:  # a day it was signed is no bound of a period the text states
        found = [f for f in found if not _made_on(text, f)] or found
    dates = sorted({dt.date.fromisoformat(f.value) for f in found})
    if len(dates) >= 2 and not _until_then_from(text, found):
        return Period(dates[0], dates[-1])
    if len(dates) == 1 and "|" in text:  # a table row with one date: from that date on,
        before = text[: max(0, text.find(found[0].text))]  # or up to it ("until 31 Dec")
        if BEFORE_DAY.search(before[-40:]):  # "| Productions begun before 1 April 2027 |"
            return Period(None, dates[0] - dt.timedelta(days=1))
        if _ENGAGED_BEFORE.search(before[-80:]):
            # "presenter engaged before 1 October 2026": whom it is for, not until when
            return _document_period(metadata)
        if _UNTIL_BEFORE.search(before):
            return Period(_date(metadata.get("effective_from")), dates[0])
        return Period(dates[0], _date(metadata.get("effective_to")))
    if len(dates) == 1:  # a sentence: "From 1 February 2027, the amount … is €652.00"
        before = text[max(0, text.find(found[0].text) - 40) : text.find(found[0].text)]
        if _FROM_BEFORE.search(before):
            return Period(dates[0], _date(metadata.get("effective_to")))
        if _UNTIL_INCLUDING.search(before):  # "continues to apply up to and including"
            return Period(_date(metadata.get("effective_from")), dates[0])
        if BEFORE_DAY.search(before):  # "days before 1 February 2027 keep the 30 minutes"
            last = dates[0] - dt.timedelta(days=1)
            start = _date(metadata.get("effective_from"))
            return Period(start if start is not None and start <= last else None, last)
    return _document_period(metadata)


def _document_period(metadata: dict[str, object]) -> Period | None:
    """The period the document's metadata gives, if any."""
    start, end = _date(metadata.get("effective_from")), _date(metadata.get("effective_to"))
    return Period(start, end) if start or end else None


def _until_then_from(text: str, found: list[figures.Figure]) -> bool:
    """Whether a sentence's dates end one rule and start the next ("60 % for orders
    placed until 31 December 2026; 75 % for orders placed from 1 January 2027"): a date
    after "until" and a later one after "from". Not one period from the first date to
    the last ("for the year ending 31 August 2027, … apply from 1 September 2026" is)."""
    ends, starts = [], []
    for f in found:
        at = text.find(f.text)
        before = text[max(0, at - 40) : at]
        day = dt.date.fromisoformat(f.value)
        if _UNTIL_BEFORE.search(before):
            ends.append(day)
        elif _FROM_BEFORE.search(before):
            starts.append(day)
    return any(end < start for end in ends for start in starts)


_FROM_COLUMN = re.compile(
    r"^(effective from|from|start|starts|valid from|du|depuis|début|en vigueur du)$", re.I
)
_TO_COLUMN = re.compile(r"^(effective to|to|until|end|ends|valid to|au|jusqu'au|fin)$", re.I)


def _cell_date(cell: str) -> dt.date | None:
    dates = [f.value for f in figures.extract(cell) if f.kind == "date"]
    return dt.date.fromisoformat(dates[0]) if dates else None


# A column whose cells give a row's whole period: "from 1 Nov 2026", "2027-01-01 to
# 2027-10-31", "until 30 Apr 2027".
SPAN_COLUMN = re.compile(
    r"^(period|effective|effective dates?|in force|valid|dates?|période|en vigueur|"
    r"date d'effet|dates? d'application)$",
    re.I,
)
_UNTIL = re.compile(r"^\s*(?:until|to|through|up to|jusqu['’]?\s*(?:au|à)|au)\b", re.I)


def _span_cell(cell: str) -> tuple[dt.date | None, dt.date | None]:
    dates = [dt.date.fromisoformat(f.value) for f in figures.extract(cell) if f.kind == "date"]
    if len(dates) >= 2:
        return dates[0], dates[1]
    if dates and _UNTIL.match(cell):
        return None, dates[0]
    return (dates[0], None) if dates else (None, None)


def row_period(header: list[str], cells: list[str]) -> Period | None:
    """The period of a table row whose header has "Effective from" / "Effective to"
    columns, or a column of periods ("Effective": "from 1 Nov 2026")."""
    start = end = None
    found = False
    for name, cell in zip(header, cells, strict=False):
        name = name.strip().strip("*")
        if _FROM_COLUMN.match(name):
            start, found = _cell_date(cell), True
        elif _TO_COLUMN.match(name):
            end, found = _cell_date(cell), True
        elif SPAN_COLUMN.match(name) and start is None and end is None:
            start, end = _span_cell(cell)
            found = True
    if not found or (start is None and end is None):
        return None
    return Period(start, end)
