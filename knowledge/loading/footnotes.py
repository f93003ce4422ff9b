"""Word footnotes and endnotes, read where the text refers to them.

A bulletin prints a condition of a figure as a footnote: "The hardship aid rises to
100.000 F CFA¹" with, at the foot, "¹ Only for members whose dues are paid up for six
months." python-docx reads neither part, so the condition was lost. Each note is put
after the paragraph (or table) that refers to it, as a paragraph of its own, so that it
is chunked and quoted beside what it qualifies. Comments (w:comment) are not notes: a
reviewer's remark ("propose 90 000 instead?") is no part of the document's text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_KINDS = ("footnote", "endnote")
_NOT_NOTES = {"separator", "continuationSeparator", "continuationNotice"}
_MAX_NOTE = 2000  # characters of one note kept (bounded cost)
_MAX_NOTES = 500


def notes(document: Any, read: Callable[[Any], str]) -> dict[tuple[str, str], str]:
    """The text of each footnote and endnote of a python-docx document, by (kind, id):
    its paragraphs, each read by `read` (a w:p element's text, as the body's are read),
    joined by a space."""
    from docx.oxml import parse_xml

    out: dict[tuple[str, str], str] = {}
    for part in document.part.package.iter_parts():
        kind = next((k for k in _KINDS if str(part.partname) == f"/word/{k}s.xml"), None)
        if kind is None:
            continue
        root = parse_xml(part.blob)  # python-docx's parser: no entities, no network
        for note in root.iterfind(f"{_W}{kind}"):
            if note.get(f"{_W}type") in _NOT_NOTES or len(out) >= _MAX_NOTES:
                continue
            text = " ".join(" ".join(read(p) for p in note.iter(f"{_W}p")).split())
            if text:
                out[(kind, note.get(f"{_W}id", ""))] = text[:_MAX_NOTE]
    return out


def referenced(element: Any, found: dict[tuple[str, str], str]) -> list[str]:
    """The notes an element of the body (a paragraph, a table) refers to, in order."""
    if not found:
        return []
    out: list[str] = []
    for kind in _KINDS:
        for ref in element.iter(f"{_W}{kind}Reference"):
            text = found.get((kind, ref.get(f"{_W}id", "")))
            if text and text not in out:
                out.append(text)
    return out
