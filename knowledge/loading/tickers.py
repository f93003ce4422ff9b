"""A page's announcements, kept: a union's site runs its dates in a ticker or an alert
banner above the page's content (`<header><marquee>Assemblée générale : samedi
10 avril 2027 · Première réunion du panel : mardi 2 mars 2027</marquee></header>`), and a
page with a `<main>` or an `<article>` is read from it alone (trafilatura), so the
banner's dates were never indexed. A `<marquee>`, or an element whose ARIA role is
"marquee" or "alert", outside the page's main content is moved to that content's start,
one list item for each announcement its separators ("·", "•", "|") part. A hidden one
(`hidden`, `aria-hidden="true"`, `display: none`) is not shown to a reader and stays
where it is, as does one that holds the main content. Each element is read once, up to
a bound of characters and of nested tags, so hostile input costs linear time.
"""

from __future__ import annotations

import html as entities
import re

_MAX_TEXT = 5000  # characters of an announcement read
_MAX_TAGS = 40  # tags of its own name counted in it
_OPEN = re.compile(
    r"""<(marquee)\b([^<>]{0,2000})>|<(\w{1,20})\b([^<>]{0,2000}\brole\s*=\s*["']?"""
    r"""(?:marquee|alert)\b[^<>]{0,2000})>""",
    re.I,
)
# the `hidden` attribute (not "aria-hidden", "overflow:hidden" nor class "hidden-xs"), an
# element hidden from assistive technology, or hidden by its style
_HIDDEN = re.compile(
    r"""(?:^|\s)hidden(?=[\s=/]|$)|aria-hidden\s*=\s*["']?true|display\s*:\s*none|"""
    r"""visibility\s*:\s*hidden""",
    re.I,
)
_CONTENT = re.compile(r"<(main|article)(?=[\s>/])[^<>]{0,2000}>", re.I)
_TAG = re.compile(r"<[^<>]*>")
_SEPARATOR = re.compile(r"\s+[·•|]\s+")


def _items(inner: str) -> list[str]:
    """The announcements an element's markup holds, as text."""
    text = " ".join(entities.unescape(_TAG.sub(" ", inner)).split())
    return [item for item in _SEPARATOR.split(text) if item]


def announcements_in_content(html: str) -> str:
    """`html` with the tickers and alerts outside its main content moved to that
    content's start, each announcement a list item."""
    lowered = html.lower()
    if "marquee" not in lowered and "alert" not in lowered:
        return html
    content = _CONTENT.search(html)
    if content is None:
        return html  # the whole body is read
    closed = lowered.rfind(f"</{content.group(1).lower()}")
    inside = range(content.start(), closed if closed > content.start() else len(html))
    moved: list[str] = []
    kept: list[str] = []
    at = 0
    for m in _OPEN.finditer(html):
        if m.start() < at or m.start() in inside:
            continue
        name = (m.group(1) or m.group(3)).lower()
        if _HIDDEN.search(m.group(2) or m.group(4) or ""):
            continue
        end = _closing(html, name, m.end())
        if end is None or m.start() < content.start() < end:
            continue  # unclosed within the bound, or holding the main content: left as is
        items = _items(html[m.end() : _closing_start(html, end)])
        if items:
            moved.append(
                "<ul>" + "".join(f"<li>{entities.escape(i)}</li>" for i in items) + "</ul>"
            )
            kept.append(html[at : m.start()])
            at = end
    if not moved:
        return html
    kept.append(html[at:])
    page = "".join(kept)
    content = _CONTENT.search(page)
    if content is None:  # not expected: only markup outside it was taken out
        return html
    return page[: content.end()] + "".join(moved) + page[content.end() :]


def _closing(html: str, name: str, start: int) -> int | None:
    """Where the element of tag `name` whose content starts at `start` ends (after its
    closing tag), counting the same tags nested in it, within _MAX_TEXT; else None."""
    tags = re.compile(rf"<(/?){name}(?=[\s>/])[^<>]{{0,2000}}>", re.I)
    depth = 1
    for seen, m in enumerate(tags.finditer(html, start, start + _MAX_TEXT)):
        if seen >= _MAX_TAGS:
            break
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return m.end()
    return None


def _closing_start(html: str, end: int) -> int:
    """Where the closing tag that ends at `end` starts."""
    return html.rfind("<", 0, end)
