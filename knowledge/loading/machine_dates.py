"""A web page's days written for people, with the day written for machines beside them.

A calendar page writes "<data value="2027-01-11">lundi 11 janvier</data>" in a row whose
year is elsewhere, or "<time datetime="2027-03-01">the first of March</time>": the visible
words do not say which day they are, the markup does. The day from the attribute is added
after the words in brackets ("lundi 11 janvier (2027-01-11)") when the words do not already
read as that day, so that the row is dated like one that wrote it out. Only a whole day
(YYYY-MM-DD, the HTML standard's date form); the first MAX_DATES <time> and <data>
elements of a page are read. A <time> of words alone is read as a <span>: the extractor
(trafilatura) drops a <time> in a table's cell, words and all. So it drops a gauge's
words ("Paying subscribers today: <progress value="20412" max="25000">20,412</progress>"):
a <progress> or <meter> is read as a <span> of its words, or of its value when it has none.
"""

from __future__ import annotations

import re

from .. import figures

MAX_DATES = 500
_MAX_WORDS = 200  # characters of an element's words read (a longer one is left alone)
_DATED = re.compile(
    rf"<(?P<tag>time|data)\b(?P<attrs>[^<>]{{0,300}})>(?P<words>[^<]{{0,{_MAX_WORDS}}})"
    r"</(?P=tag)\s*>",
    re.I,
)
_DAY = re.compile(
    r"(?<![\w-])(?:datetime|value)\s*=\s*[\"']?\s*(?P<day>\d{4}-\d{2}-\d{2})(?![\d-])", re.I
)


def _days(text: str) -> set[str]:
    return {f.value for f in figures.extract(text) if f.kind == "date"}


def _with_day(m: re.Match[str]) -> str:
    # a <time> becomes a <span>: the extractor drops a <time> in a table's cell, words and all
    tag = "span" if m["tag"].lower() == "time" else m["tag"]
    found = _DAY.search(m["attrs"])
    words = m["words"]
    day = found["day"] if found else ""
    if day and words.strip() and day in _days(day) and day not in _days(words):
        words = f"{words} ({day})"  # a day that exists, and the words do not say it
    return f"<{tag}{m['attrs']}>{words}</{tag}>"


_GAUGE = re.compile(
    rf"<(?P<tag>progress|meter)\b(?P<attrs>[^<>]{{0,300}})>(?P<words>[^<]{{0,{_MAX_WORDS}}})"
    r"</(?P=tag)\s*>",
    re.I,
)
_VALUE = re.compile(r"""(?<![\w-])value\s*=\s*["']?\s*(?P<value>[\d.]{1,20})""", re.I)


def _gauge(m: re.Match[str]) -> str:
    found = _VALUE.search(m["attrs"])
    words = m["words"].strip() or (found["value"] if found else "")
    return f"<span>{words}</span>"


def dated_elements(html: str) -> str:
    """`html` with the day of each <time datetime> and <data value> element whose words do
    not say it written after them, and gauges as their words."""
    if re.search(r"<(?:progress|meter)\b", html, re.I):
        html = _GAUGE.sub(_gauge, html, count=MAX_DATES)
    return _DATED.sub(_with_day, html, count=MAX_DATES)
