"""Running headers and footers: the lines a PDF prints on every page ("FIA 2025–2028 –
Fashion and Image Agreement", "Page 3 of 4", "– 3 –"), which its text layer puts in the
middle of the text wherever a page breaks. Left in, a clause that runs over a page
break reads "…without the consent of the model's Page 3 of 4 FIA 2025–2028 – … estate".

A line is running when it is one of the first or last two lines of a page and the same
line, its digits aside, opens or closes at least half of the pages (and at least two),
or when it is a bare page number. Table rows (Markdown, from pdfplumber) are never
running: a table that carries over a page repeats its header row on purpose.

When a page then ends inside a sentence (no closing punctuation) and the next one goes
on in lower case, the two are joined by a line break rather than a paragraph break, so
the clause reads as one.
"""

from __future__ import annotations

import re
from collections import Counter

_EDGE = 2  # lines looked at at each end of a page
_MAX_LEN = 120
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:(?:page|p\.)\s*)?\d{1,4}(?:\s*(?:of|sur|/|de)\s*\d{1,4})?(?:\s*[-–—])?$",
    re.IGNORECASE,
)
_ENDS_SENTENCE = re.compile(r"[.:;!?)\]»”\"|]\s*$")


def _key(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()).lower())


def _candidates(lines: list[str]) -> set[str]:
    """The keys of a page's first and last `_EDGE` non-empty lines, tables excluded."""
    filled = [ln for ln in lines if ln.strip()]
    edge = filled[:_EDGE] + filled[-_EDGE:]
    return {_key(ln) for ln in edge if len(ln.strip()) <= _MAX_LEN and not _is_row(ln)}


def _is_row(line: str) -> bool:
    return line.lstrip().startswith("|")


def _running(pages: list[list[str]]) -> set[str]:
    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update(_candidates(lines))
    needed = max(2, (len(pages) + 1) // 2)
    return {key for key, count in seen.items() if count >= needed}


def _trim(lines: list[str], running: set[str], first: bool) -> list[str]:
    """`lines` without running lines at either end (each end looked at `_EDGE` deep). The
    first page keeps its top lines but a page number: there a running header is also
    the document's title."""

    def drop(line: str, top: bool = False) -> bool:
        text = line.strip()
        if _is_row(line) or len(text) > _MAX_LEN:
            return False
        number = bool(_PAGE_NUMBER.match(text))
        return number or (_key(line) in running and not (first and top))

    start, end = 0, len(lines)
    for _ in range(_EDGE):
        while start < end and not lines[start].strip():
            start += 1
        if start < end and drop(lines[start], top=True):
            start += 1
    for _ in range(_EDGE):
        while end > start and not lines[end - 1].strip():
            end -= 1
        if end > start and drop(lines[end - 1]):
            end -= 1
    return lines[start:end]


def without_running(pages: list[str]) -> list[str]:
    """Each page's text without its running header, footer and page number."""
    if len(pages) < 2:
        return pages
    split = [page.split("\n") for page in pages]
    running = _running(split)
    return ["\n".join(_trim(lines, running, n == 0)) for n, lines in enumerate(split)]


# a line that starts with a number and a lower-case word or a month, not a heading's or a
# clause's number ("14.2 ", "3) ", "7 Sick leave", "2026 Agreement"): "35 per cent of the
# episode fee", "1 January 2027, …", "1er février 2027"
NUMBER_THEN_WORD = re.compile(
    r"[ \t]*\d[\d \u00a0\u202f,]{0,12}?(?:er|re|e|ème|st|nd|rd|th)?[ \t]++"
    r"(?:[a-zà-ÿ]|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
)
# a line ending on a lower-case word (French too: "de 9 h à", "payé"), or a comma
UNFINISHED = re.compile(r"(?:\b[a-zß-öø-ÿœ]+|,)\s*$")


def page_break(before: str, after: str) -> str:
    """What joins two pages: a line break when a sentence runs on (the next page starts
    lower-case, or with a number and a word after a page that stops on a lower-case word
    or a comma: "… receives" / "35 per cent of the fee"), else a paragraph."""
    head = after.lstrip()
    if not before.strip() or _ENDS_SENTENCE.search(before):
        return "\n\n"
    if head[:1].islower() or (NUMBER_THEN_WORD.match(head) and UNFINISHED.search(before)):
        return "\n"
    return "\n\n"
