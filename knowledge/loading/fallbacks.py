"""An embed's fallback text, kept: a page that draws a chart on a `<canvas>`, plays a
`<video>` or `<audio>`, or shows a PDF in an `<object>` writes, inside the element, the text
a reader gets when it cannot be shown ("<canvas>SC-0412, 115 cards; …</canvas>", "<video>…
<p>In short: every use of your likeness needs its own Form SQ-7 …</p></video>"). Text
extraction drops those elements whole, with the facts their fallback states. Each becomes a
`<div>` of its content (a `<p>` when it is bare text), without the `<source>`, `<track>` and
`<param>` that only feed the player. An `<iframe srcdoc="…">` shows the page its attribute
holds: that page's markup is written in its place.

The elements are found by one scan of their tags, paired with a stack (an unclosed one is
left as it is, and so is one nested deeper than MAX_DEPTH), so hostile input costs linear
time; a srcdoc longer than MAX_SRCDOC is left alone.
"""

from __future__ import annotations

import html as html_lib
import re

MAX_SRCDOC = 200_000
MAX_DEPTH = 8
_EMBEDS = "canvas|video|audio|object"
_TAG = re.compile(rf"<(/?)({_EMBEDS})\b[^<>]{{0,2000}}>", re.I)
_FEEDS = re.compile(
    r"<(?:source|track|param)\b[^<>]{0,2000}>(?:\s*</(?:source|track|param)>)?", re.I
)
_IFRAME = re.compile(rf"<iframe\b([^<>]{{0,{MAX_SRCDOC + 2000}}})>(?:\s*</iframe\s*>)?", re.I)
_BLOCK = re.compile(r"<(?:p|div|ul|ol|dl|table|h[1-6]|blockquote|section)\b", re.I)
_SRCDOC = re.compile(r"""\bsrcdoc\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)


def _pairs(html: str) -> list[tuple[int, int, int, int]]:
    """(open start, open end, close start, close end) of each embed that is closed."""
    found: list[tuple[int, int, int, int]] = []
    opened: list[tuple[str, int, int]] = []
    for m in _TAG.finditer(html):
        name = m.group(2).lower()
        if not m.group(1):
            if len(opened) < MAX_DEPTH:  # deeper ones are left as they are
                opened.append((name, m.start(), m.end()))
            continue
        while opened and opened[-1][0] != name:  # an unclosed one inside: left as it is
            opened.pop()
        if opened:
            _, start, end = opened.pop()
            found.append((start, end, m.start(), m.end()))
    return found


def _embeds_opened(html: str) -> str:
    pairs = _pairs(html)
    if not pairs:
        return html
    edits: list[tuple[int, int, str]] = []
    for a, b, c, d in pairs:  # bare text is a paragraph (extraction drops a div's bare text)
        tag = "div" if _BLOCK.search(html, b, c) else "p"
        edits += [(a, b, f"<{tag}>"), (c, d, f"</{tag}>")]
    edits.sort()
    out: list[str] = []
    at = 0
    for start, end, tag in edits:
        out += [html[at:start], tag]
        at = end
    out.append(html[at:])
    return _FEEDS.sub("", "".join(out))


def _srcdoc(m: re.Match[str]) -> str:
    attr = _SRCDOC.search(m.group(1))
    if attr is None:
        return m.group(0)
    page = html_lib.unescape(attr.group(1) if attr.group(1) is not None else attr.group(2))
    return f"<div>{page}</div>"


def with_fallbacks(html: str) -> str:
    """`html` with each embed's fallback content, and each srcdoc page, as a div (or a paragraph) of it."""
    if not re.search(rf"<(?:{_EMBEDS}|iframe)\b", html, re.I):
        return html
    html = _embeds_opened(html)
    return _IFRAME.sub(_srcdoc, html) if "srcdoc" in html.lower() else html
