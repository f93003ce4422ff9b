"""A web page's dateline that text extraction drops as boilerplate.

A union's page often says when its terms apply in a short line under its title, styled
as page metadata ("Stage Agreement 2026–2029 · Signed on 28 May 2026 · Effective
2026-06-01 to 2029-03-31"). Trafilatura takes such a line for boilerplate and drops it,
and with it the only effective date of the page's terms. The first short block of the
page that states an effective date, and that the extracted text lacks, is put back under
the page's title.
"""

from __future__ import annotations

import re

# "Effective 2026-06-01", "in force from 1 June 2026", "en vigueur le 1er juin 2026"
_DATED = re.compile(
    r"\b(?:effective|in force|with effect|takes effect|en vigueur|prend effet|à compter du)\b"
    r"[^\n]{0,60}?\d",
    re.I,
)
_BLOCKS = ("p", "div", "span", "li", "small", "time", "section", "header")
_SHORT = 300  # characters: a dateline, not a section of the page
_HEAD = 40  # blocks of the page looked at, from its start


def with_dateline(html: str, text: str) -> str:
    """`text` (the page's extracted Markdown) with the page's dateline under its title,
    when extraction dropped it; else `text` as it is."""
    line = _dateline(html)
    if line is None or " ".join(text.split()).find(line) >= 0:
        return text
    first, sep, rest = text.partition("\n\n")
    if first.startswith("#") and sep:
        return f"{first}\n\n{line}\n\n{rest}"
    return f"{line}\n\n{text}"


def _dateline(html: str) -> str | None:
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for element in root.xpath("//script|//style|//nav|//template"):
        element.drop_tree()
    for n, element in enumerate(root.iter(*_BLOCKS)):
        if n >= _HEAD:
            break
        words = " ".join(element.text_content().split())
        if len(words) <= _SHORT and _DATED.search(words):
            return words
    return None
