"""An accordion's questions, kept: a FAQ page prints each question as a button that opens
its answer (`<h3><button aria-expanded="false" aria-controls="rep-9">Qu'est devenu le
rachat … ?</button></h3><div id="rep-9" hidden>…`), and text extraction drops buttons, so
the answers were read without the questions that say what they are about. A button that
is a heading's text, or that opens the panel right after it (its aria-controls names the
next element's id), becomes a span of its text (inline markup in it dropped); so does a
button that opens a popover (`<button popovertarget="g-semaine">semaine de casting</button>`
in a sentence: a glossary's term, which is a word of that sentence); other buttons
("Share", a menu's) stay buttons. The popover it opens (`<div id="g-semaine" popover>…`), which
extraction drops, is written as a paragraph of its text. Each button is looked at once, with its text and
what follows it read up to a bound, so hostile input costs linear time.
"""

from __future__ import annotations

import re

_MAX_TEXT = 2000  # characters of a button's content read
_AFTER = 400  # characters after a button where the panel it opens must start
_OPEN = re.compile(r"<button\b([^<>]{0,2000})>", re.I)
_CLOSE = re.compile(r"</button\s*>", re.I)
_TAG = re.compile(r"<[^<>]{0,300}>")
_CONTROLS = re.compile(r"""\baria-controls\s*=\s*["']?([\w:.-]{1,100})""", re.I)
_POPOVER = re.compile(r"\b(?:popovertarget|commandfor)\s*=", re.I)
_HIDES = re.compile(
    r"""\b(?:popovertargetaction\s*=\s*["']?hide|command\s*=\s*["']?(?:close|hide|request))""", re.I
)
_HEADING_OPEN = re.compile(r"<h[1-6]\b[^<>]{0,2000}>\s*$", re.I)


def _opens_next(html: str, end: int, attrs: str) -> bool:
    """Whether the element right after a button (past closing tags) has the id its
    aria-controls names: the panel it opens."""
    m = _CONTROLS.search(attrs)
    if m is None:
        return False
    after = html[end : end + _AFTER]
    return re.search(rf"""\bid\s*=\s*["']?{re.escape(m.group(1))}["'\s>]""", after) is not None


_POPOVER_OPEN = re.compile(r"<div\b([^<>]{0,2000})>", re.I)
_POPOVER_ATTR = re.compile(
    r"""\spopover(?:\s*=\s*["']?(?:auto|manual|hint)?["']?)?(?=[\s/]|$)""", re.I
)
_DIV = re.compile(r"<(/?)div\b[^<>]{0,2000}>", re.I)


def _popovers(html: str) -> str:
    """`html` with each popover <div> that holds no other <div> written as a <p>."""
    out: list[str] = []
    at = 0
    for m in _POPOVER_OPEN.finditer(html):
        if m.start() < at or not _POPOVER_ATTR.search(m.group(1)):
            continue
        close = _DIV.search(html, m.end(), m.end() + _MAX_TEXT)
        if close is None or not close.group(1):
            continue  # unclosed within the bound, or another <div> inside
        out.append(html[at : m.start()])
        out.append(f"<p>{html[m.end() : close.start()]}</p>")
        at = close.end()
    out.append(html[at:])
    return "".join(out)


def unwrapped_toggles(html: str) -> str:
    """`html` with the buttons that are a heading's text, or that open the panel after
    them or a popover, written as spans of their text, and popovers as paragraphs."""
    if not re.search(r"<button\b", html, re.I):
        return html
    if re.search(r"\spopover\b", html, re.I):
        html = _popovers(html)
    out: list[str] = []
    at = 0
    for m in _OPEN.finditer(html):
        if m.start() < at:
            continue  # inside a button already read
        close = _CLOSE.search(html, m.end(), m.end() + _MAX_TEXT)
        if close is None or "<button" in html[m.end() : close.start()].lower():
            continue
        text = " ".join(_TAG.sub(" ", html[m.end() : close.start()]).split())
        heading = _HEADING_OPEN.search(html, max(0, m.start() - 2100), m.start())
        shows = _POPOVER.search(m.group(1)) and not _HIDES.search(m.group(1))  # not "Close"
        opens = shows or _opens_next(html, close.end(), m.group(1))
        if text and (heading is not None or opens):
            out.append(html[at : m.start()])
            out.append(f"<span>{text}</span>")
            at = close.end()
    out.append(html[at:])
    return "".join(out)
