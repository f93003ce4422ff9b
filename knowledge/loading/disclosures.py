"""An accordion's questions, kept: a FAQ page prints each question as a button that opens
its answer (`<h3><button aria-expanded="false" aria-controls="rep-9">Qu'est devenu le
rachat … ?</button></h3>`), and text extraction drops buttons, so the answers were read
without the questions that say what they are about. A button that opens a panel
(aria-expanded or aria-controls) or that is a heading's text becomes a span of its text;
other buttons ("Print", "Menu") stay buttons. Each opening tag is looked at once and a
button's text is read up to _MAX_TEXT characters, so hostile input costs linear time.
"""

from __future__ import annotations

import re

_MAX_TEXT = 500
_TOGGLE = re.compile(
    rf"<button\b(?P<attrs>[^<>]{{0,2000}})>(?P<text>[^<]{{1,{_MAX_TEXT}}})</button\s*>", re.I
)
_OPENS = re.compile(r"\baria-(?:expanded|controls)\b", re.I)
_HEADING_OPEN = re.compile(r"<h[1-6]\b[^<>]{0,2000}>\s*$", re.I)


def unwrapped_toggles(html: str) -> str:
    """`html` with the buttons that open an accordion's panels, or that are a heading's
    text, written as spans of their text."""
    if "<button" not in html and "<BUTTON" not in html:
        return html

    def span(m: re.Match[str]) -> str:
        heading = _HEADING_OPEN.search(html, max(0, m.start() - 2100), m.start())
        if _OPENS.search(m.group("attrs")) or heading is not None:
            return f"<span>{m.group('text')}</span>"
        return m.group(0)

    return _TOGGLE.sub(span, html)
