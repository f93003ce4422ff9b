"""The period a table's caption gives its rows: "Table B – Rates raised from 1 April 2027"
over rows that state no date of their own ("| Podcast host | G 2 025 | G 2 100 |").

A memorandum often carries two tables, each under its own caption: one raised from one
day, one from another. Without its caption a row would take its document's start, and a
rise still to come would be read as in force. The caption is the line right above the
table (in the chunk before it when the table starts a chunk): short, saying from when its
rows apply by its own dates ("from 1 April 2027", "valid from 1st April 2026 to 31 March
2027"), and not of a proposal ("Rates proposed from …"); a table continued under its
repeated header keeps it. Read once per index generation (generations.PerGeneration).
"""

from __future__ import annotations

import re
from itertools import groupby

from ..generation import Generation
from ..stated_periods import text_period
from ..timeframe import Period
from .cues import UNADOPTED

MAX_CAPTION = 160  # characters: a caption, not a paragraph


def _is_row(line: str) -> bool:
    return line.lstrip().startswith("|")


# a caption that says from when its rows apply ("Rates raised from 1 April 2027", "valid
# from 1st April 2026 to 31 March 2027", "à compter du 1er juillet 2026"), not one that
# only names days ("Rates agreed on 3 March 2026 and ratified on 20 March 2026")
_APPLIES = re.compile(
    r"\b(?:from|effective|valid|as\s+of|in\s+force|appl(?:y|ies)|starting|beginning|"
    r"à\s+compter|à\s+partir|dès|depuis|en\s+vigueur|du\s+\d)",
    re.I,
)


def _caption_period(line: str) -> Period | None:
    line = line.strip()
    if not line or len(line) > MAX_CAPTION or UNADOPTED.search(line):
        return None
    if not _APPLIES.search(line):
        return None
    period = text_period(line, {})
    return period if period is not None and period.start is not None else None


def periods_of(texts: list[str]) -> dict[str, Period]:
    """The caption's period of each table row of a document's chunks (in order), by the
    row's line as written."""
    out: dict[str, Period] = {}
    above = ""  # the last line that was not a table row, across chunks
    period: Period | None = None
    header = ""  # the first line of the table last read
    in_table = False
    for text in texts:
        for line in text.split("\n"):
            if _is_row(line):
                if not in_table:
                    # a table continued under its header repeated ("Page 4 of 9" between)
                    # keeps its caption's period
                    caption = _caption_period(above)
                    continued = caption is None and line.strip() == header
                    period = period if continued else caption
                    header, in_table = line.strip(), True
                if period is not None:
                    out.setdefault(line.strip(), period)
            elif line.strip():
                above, in_table = line, False
    return out


def read(generation: Generation) -> dict[str, dict[str, Period]]:
    """Per document of the generation, its captioned rows (`periods_of` of its chunks, in
    order)."""
    return {
        source: periods_of([r.text for r in records])
        for source, records in groupby(generation.records, key=lambda r: r.source)
    }
