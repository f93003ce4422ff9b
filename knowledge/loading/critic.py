"""CriticMarkup, the plain-text track changes of Markdown editors: the text is read with its
changes accepted, as a Word redline is (docx.py). "{--$420--}" is deleted, "{++$450++}"
inserted, "{~~$420~>$450~~}" the first replaced by the second; a comment "{>>draft<<}" is
not the document's text, and a highlight "{==…==}" is. A mark closes within _SPAN
characters or is read as it is written; each is found by a string search, so the cost
stays linear whatever the text."""

from __future__ import annotations

_SPAN = 2_000
# opening, closing, and what is kept of the marked text
_MARKS = (
    ("{>>", "<<}", lambda marked: ""),
    ("{--", "--}", lambda marked: ""),
    ("{~~", "~~}", lambda marked: marked.partition("~>")[2] if "~>" in marked else marked),
    ("{++", "++}", lambda marked: marked),
    ("{==", "==}", lambda marked: marked),
)


def accepted(text: str) -> str:
    """`text` with its CriticMarkup changes accepted and its comments dropped."""
    for opening, closing, kept in _MARKS:
        if opening not in text:
            continue
        out, at = [], 0
        while (start := text.find(opening, at)) != -1:
            end = text.find(closing, start + 3, start + 3 + _SPAN + 3)
            if end == -1:
                out.append(text[at : start + 3])
                at = start + 3
                continue
            out.append(text[at:start] + kept(text[start + 3 : end]))
            at = end + 3
        text = "".join(out) + text[at:]
    return text
