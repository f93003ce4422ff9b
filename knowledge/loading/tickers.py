"""A page's announcements, kept: a union's site runs its dates in a ticker or an alert
banner above the page's content (`<header><marquee>Assemblée générale : samedi
10 avril 2027 · Première réunion du panel : mardi 2 mars 2027</marquee></header>`), and a
page with a `<main>` or an `<article>` is read from it alone (trafilatura), so the
banner's dates were never indexed. A `<marquee>`, or an element whose ARIA role is
"marquee" or "alert", outside the page's main content is moved to that content's start,
one list item for each announcement its separators ("·", "•", "|") part. A hidden one
(`hidden`, `aria-hidden="true"`, `display: none`) is not shown to a reader and stays
where it is. Each element is read once, up to a bound, so hostile input costs linear
time.
"""

from __future__ import annotations

import html as entities
import re

_MAX_TEXT = 5000  # characters of an announcement read
_OPEN = re.compile(
    r"""<(marquee)\b([^<>]{0,2000})>|<(\w{1,20})\b([^<>]{0,2000}\brole\s*=\s*["']?"""
    r"""(?:marquee|alert)\b[^<>]{0,2000})>""",
    re.I,
)
_HIDDEN = re.compile(
    r"""\bhidden\b|aria-hidden\s*=\s*["']?true|display\s*:\s*none|visibility\s*:\s*hidden""",
    re.I,
)
_CONTENT = re.compile(r"<(main|article)\b[^<>]{0,2000}>", re.I)
_TAG = re.compile(r"<[^<>]{0,300}>")
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
        close = re.compile(rf"</{name}\s*>", re.I).search(html, m.end(), m.end() + _MAX_TEXT)
        if close is None or f"<{name}" in lowered[m.end() : close.start()]:
            continue  # unclosed within the bound, or nested: left as it is
        items = _items(html[m.end() : close.start()])
        if items:
            moved.append(
                "<ul>" + "".join(f"<li>{entities.escape(i)}</li>" for i in items) + "</ul>"
            )
            kept.append(html[at : m.start()])
            at = close.end()
    if not moved:
        return html
    kept.append(html[at:])
    page = "".join(kept)
    content = _CONTENT.search(page)
    assert content is not None  # only markup outside it was taken out
    return page[: content.end()] + "".join(moved) + page[content.end() :]
