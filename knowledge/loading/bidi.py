"""Text a web page shows reversed: "<bdo dir="rtl">elpmaxe.cecmg@tnemengapmocca</bdo>" is
displayed right to left, so a reader sees "accompagnement@gmcec.example" (a way to keep an
address from harvesters), and so does "<span style="unicode-bidi: bidi-override; direction:
rtl">". The element's text is read as shown: its characters reversed, when they are of a
script written left to right (Latin, Greek, Cyrillic) or digits. Text in a right-to-left script
is stored in reading order and left alone. Only an element of plain text (no markup inside),
of at most MAX_CHARS characters, is read.
"""

from __future__ import annotations

import html
import re
import unicodedata

MAX_CHARS = 500
_OVERRIDE = re.compile(
    rf"<(?P<tag>bdo|span)\b(?P<attrs>[^<>]{{0,300}})>(?P<text>[^<]{{1,{MAX_CHARS}}})</(?P=tag)\s*>",
    re.I,
)
_RTL = re.compile(r"""(?<![\w-])dir\s*=\s*["']?\s*rtl\b""", re.I)
_STYLE = re.compile(r"""(?<![\w-])style\s*=\s*(?P<q>["'])(?P<css>[^"']{0,300})(?P=q)""", re.I)


def _overrides(tag: str, attrs: str) -> bool:
    """Whether the element shows its text right to left, character by character."""
    if tag.lower() == "bdo":
        return bool(_RTL.search(attrs))
    css = (m["css"] if (m := _STYLE.search(attrs)) else "").lower().replace(" ", "")
    return "unicode-bidi:bidi-override" in css and "direction:rtl" in css


def _left_to_right(text: str) -> bool:
    """Whether the text has no letter of a script written right to left (a reversed phone
    number, of digits alone, is shown reversed too)."""
    return not any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def _shown(m: re.Match[str]) -> str:
    text = html.unescape(m["text"])
    if not _overrides(m["tag"], m["attrs"]) or not _left_to_right(text):
        return m.group(0)
    return f"<span>{html.escape(text[::-1], quote=False)}</span>"


def shown_reversed(page: str) -> str:
    """`page` with the text of each element it shows right to left written as shown."""
    if "rtl" not in page.lower():
        return page
    return _OVERRIDE.sub(_shown, page)
