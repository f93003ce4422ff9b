"""Quoted text without its quote markers: a Markdown blockquote ("> 9.5 An understudy
who covers"), but not inside a fenced code block, where "> 5" is the text itself; and a
forwarded e-mail's quoted block in plain text (two or more lines in a row opening with
">"), but not a lone "> 50 km" nor a block of such thresholds. The markers are no part of
the sentences they quote ("for each additional > role")."""

from __future__ import annotations

import re

_QUOTED = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.M)  # blockquote markers
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)", re.M)  # a fenced code block opens or closes
_QUOTED_RUN = re.compile(r"^(?:[ \t]{0,3}>[^\n]*(?:\n|\Z)){2,}", re.M)
_THRESHOLD = re.compile(r"^[ \t]{0,3}>[ \t]?\d", re.M)  # "> 50 km: …", "> 100 km: …"


def code_blocks(text: str) -> list[tuple[int, int]]:
    """Where Markdown `text`'s fenced code blocks are, each from its opening fence to its
    closing one (or the text's end); a block is closed by a fence of its own kind ("~~~"
    inside a "```" block is its text)."""
    found, start, open_fence = [], 0, ""
    for m in _FENCE.finditer(text):
        if not open_fence:
            start, open_fence = m.start(), m.group(1)
        elif m.group(1) == open_fence:
            found.append((start, m.end()))
            open_fence = ""
    if open_fence:
        found.append((start, len(text)))
    return found


def unquoted(text: str) -> str:
    """Markdown `text` without its blockquote markers, but inside fenced code blocks."""
    out, at = [], 0
    for start, end in code_blocks(text):
        out += [_QUOTED.sub("", text[at:start]), text[start:end]]
        at = end
    out.append(_QUOTED.sub("", text[at:]))
    return "".join(out)


def _block(m: re.Match[str]) -> str:
    block = m.group(0)
    if len(_THRESHOLD.findall(block)) == len(block.splitlines()):
        return block  # "> 50 km: 0.45 per km / > 100 km: 0.40 per km"
    return _QUOTED.sub("", block)


def email_unquoted(text: str) -> str:
    """Plain `text` without the markers of its quoted blocks, but of blocks of
    thresholds."""
    return _QUOTED_RUN.sub(_block, text) if ">" in text else text
