"""Rich Text: a document saved as RTF (a `.rtf` file, or a `.txt` that holds one, as an
office suite writes it when asked for "text") is read as its text.

striprtf drops the control words and destinations (fonts, colours, styles) and decodes
`\\'xx` escapes and `\\u` characters. Hidden text (`\\v` … `\\v0`, or a `{\\v …}` group: a
draft or a note Word does not show) is dropped first: what a reader of the document does
not see is not what it says. Only groups without nested groups are read for it, so the
cost stays linear."""

from __future__ import annotations

import re

from striprtf.striprtf import rtf_to_text

_RTF = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*\{\\rtf")
# hidden text: a group that opens hidden, or a hidden run up to \v0 inside one group
_HIDDEN_GROUP = re.compile(r"\{\\v(?![a-z0-9])[^{}]*\}")
_HIDDEN_RUN = re.compile(r"\\v(?![a-z0-9])[^{}]*?(?:\\v0(?![0-9])|(?=\}))")


def is_rtf(data: bytes) -> bool:
    """Whether the bytes are an RTF document (they start with "{\\rtf")."""
    return bool(_RTF.match(data[:64]))


def rtf_text(data: bytes) -> str:
    """The text an RTF document shows, its paragraphs on lines of their own."""
    raw = data.decode("latin-1").removeprefix("\xef\xbb\xbf")  # RTF is 7-bit; escapes decode
    shown = _HIDDEN_RUN.sub("", _HIDDEN_GROUP.sub("", raw))
    text = rtf_to_text(shown, encoding="cp1252", errors="replace")
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n"))
