"""A web page's dateline that text extraction drops as boilerplate.

A union's page often says when its terms apply in a short line under its title, styled
as page metadata ("Stage Agreement 2026–2029 · Signed on 28 May 2026 · Effective
2026-06-01 to 2029-03-31"). Trafilatura takes such a line for boilerplate and drops it,
and with it the only effective date of the page's terms. The first short block just
after the page's title that states an effective date, and that the extracted text lacks,
is put back under the title; a site banner, a footer's or an aside's date is not read.
"""

from __future__ import annotations

import re

# "Effective 2026-06-01", "in force from 1 June 2026", "en vigueur le 1er juin 2026"
_DATED = re.compile(
    r"\b(?:effective|in force|with effect|takes effect|en vigueur|prend effet|à compter du)\b"
    r"[^\n]{0,60}?\d",
    re.I,
)
_BLOCKS = ("p", "div", "span", "li", "small", "time", "section", "header", "address")
# what holds more blocks, or another part of the page than its own text
_CONTAINERS = {"p", "div", "li", "section", "header", "table", "ul", "ol", "dl", "article"}
_ELSEWHERE = ".//script|.//style|.//nav|.//template|.//footer|.//aside|.//form|.//header"
_SHORT = 300  # characters: a dateline, not a section of the page
_NEAR = 4  # blocks after the page's title looked at
_MARKUP = re.compile(r"[*_`#>\[\]]|\]\([^)]*\)")  # Markdown's emphasis, links, headings


def with_dateline(html: str, text: str) -> str:
    """`text` (the page's extracted Markdown) with the page's dateline under its title,
    when extraction dropped it; else `text` as it is."""
    line = _dateline(html)
    if line is None or line in " ".join(_MARKUP.sub("", text).split()):
        return text
    first, sep, rest = text.partition("\n\n")
    if first.startswith("#") and sep:
        return f"{first}\n\n{line}\n\n{rest}"
    return f"{line}\n\n{text}"


def _dateline(html: str) -> str | None:
    """The first short block with no blocks inside it, among the few after the page's
    title (<h1>) in its main content, that states an effective date; None when there is
    no title or no such block. Headers, footers, asides and navigation are not the page's."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    main = root.xpath("//main|//article")
    scope = main[0] if main else root
    for element in scope.xpath(_ELSEWHERE):
        element.drop_tree()
    titles = scope.xpath(".//h1")
    if not titles:
        return None
    seen = 0
    for element in titles[0].itersiblings():
        for block in element.iter(*_BLOCKS):
            if any(child.tag in _CONTAINERS for child in block.iterchildren()):
                continue  # a container: its own blocks are read
            seen += 1
            words = " ".join("".join(block.itertext())[: _SHORT * 2].split())
            if len(words) <= _SHORT and _DATED.search(words):
                return words
            if seen >= _NEAR:
                return None
    return None
