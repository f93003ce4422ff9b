"""Packing a document's lines into chunks of at most `max_chars`, ended at sentence ends.

A chunk is an exact slice of its document's text. Lines are added one by one; when the
next would overflow the chunk, the chunk is closed, at its last sentence end if it ends in
the middle of a sentence (PDF and plain text wrap their lines: "… with the written
consent of the performer's" / "estate. The use fees…") or on a question or lead-in ("Que
faire?"), so that no chunk quotes half a sentence and a question stays with its answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .loading import Document
from .loading.running import NUMBER_THEN_WORD, UNFINISHED

_SENTENCE_END = re.compile(r"(?<=[.!?;])[\"')\]”»]*\s+(?=\S)")


def unfinished(text: str, start: int, end: int) -> bool:
    """Whether the line text[start:end] ends on a lower-case word or a comma."""
    return bool(UNFINISHED.search(text, start, end))


def ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether a line ends a sentence: with a full stop, colon or semicolon, or a
    question or exclamation mark, maybe closed by a quote or bracket."""
    return bool(_END_MARK.search(text, start, end))


# Where a new sentence starts: after an end mark, before a capital, a bracketed letter
# or a new line ("… is lower. (3) If the", "… en vigueur. Le", "kept.\n\n4.3"); not
# "No. 1" or "Art. 14(3)".
_NEXT_SENTENCE = re.compile(
    r"(?<=[.!;])[\"')\]”»*]*(?:[ \t]*\n\s*(?=\S)|\s+(?=[(«\"“*]*[A-ZÀ-Ý]|\(\w{1,4}\) ))"
)
_LEAD_IN = re.compile(r"[?:][\"'”»)\]*]*\s*$")
_END_MARK = re.compile(r"[.!?:;][\"'”»)\]*]*\s*$")


# what a number follows, ending a text ("… the fee of cl.", "Memorandum No."): a sentence
# goes on after it when a number does (also units.sentences)
NUMBER_SIGN = re.compile(r"\b(?:No|Nos|no|nos|n°|Art|art|para|Para|p|pp|cl|Cl|cls|al|ch)\.\s*$")


def before_number(text: str, start: int, end: int, then: int) -> bool:
    """Whether text[start:end] ends on a number sign and the number follows at `then`
    ("… the fee of cl." / "8.1 is not paid")."""
    return bool(NUMBER_SIGN.search(text, start, end)) and text[then : then + 1].isdigit()


def continues(text: str, start: int) -> bool:
    """Whether the line at `start` carries a sentence on: it starts with a lower-case
    letter ("estate. The use fees…"), not a list item, a number or a heading."""
    m = _FIRST_LETTER.match(text, start)
    return m is not None and m.group(1).islower()


_FIRST_LETTER = re.compile(r"[ \t]*(\w)")


def carries_on(text: str, start: int) -> bool:
    """Whether the line at `start` carries on a sentence the line before left unfinished
    ("… receives" / "35 per cent of the fee."): it starts lower-case, or with a number and
    a lower-case word or a month, as a clause's or a heading's number does not."""
    return continues(text, start) or bool(NUMBER_THEN_WORD.match(text, start))


@dataclass
class Chunk:
    text: str
    start: int
    end: int
    heading: str = ""
    page: int | None = None
    table_header: str = ""


class Packer:
    def __init__(self, doc: Document, max_chars: int):
        self.doc = doc
        self.max = max_chars
        self.chunks: list[Chunk] = []
        self.start: int | None = None
        self.end = 0
        self.has_content = False
        self.heading = ""
        self.table_header = ""
        self.lines: list[tuple[int, int]] = []  # the open chunk's content, line by line
        self.to_sentence_end = False  # close the chunk once its last sentence ends

    def flush(self) -> None:
        if self.start is not None and self.has_content:
            self._emit(self.start, self.end, self.heading, self.table_header)
            self.start = None
            self.has_content = False
            self.table_header = ""
        self.lines = []
        self.to_sentence_end = False

    def unfinished(self) -> bool:
        """Whether the open chunk ends in the middle of a sentence: its last line has no
        end mark ("… with the written consent of the performer's", "… twenty-one (21)")."""
        return bool(self.lines) and not ends_sentence(self.doc.text, *self.lines[-1])

    def leads_in(self) -> bool:
        """Whether the open chunk ends on a line that leads into the next: a question
        ("**Que faire?**") or a colon ("… as follows:")."""
        return bool(self.lines) and bool(_LEAD_IN.search(self.doc.text, *self.lines[-1]))

    def _carry(self) -> bool:
        """Close the open chunk at its last sentence end (at a line's end, if one is far
        enough in), and keep what follows open for the next chunk: a sentence cut by a
        chunk's end is quoted as a fragment ("… consent of the performer's"), and a
        question apart from its answer. False when there is no sentence end far enough
        in."""
        if self.start is None:
            return False
        text = self.doc.text
        cut = at_line_end = None  # the last sentence end, and the last at a line's end
        for m in _NEXT_SENTENCE.finditer(text, self.start + self.max // 3, self.end):
            if before_number(text, max(0, m.start() - 8), m.start(), m.end()):
                continue  # "the fee of cl. 8.1": no sentence end
            cut = m
            if "\n" in m.group(0):
                at_line_end = m
        cut = at_line_end or cut
        if cut is None:
            return False
        self._emit(self.start, cut.start(), self.heading, self.table_header)
        self.table_header = ""
        self.start = cut.end()
        self.lines = [(max(s, self.start), e) for s, e in self.lines if e > self.start]
        return True

    def _emit(self, start: int, end: int, heading: str, table_header: str = "") -> None:
        text = self.doc.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            self.chunks.append(Chunk(text[start:end], start, end, heading, None, table_header))

    def size_with(self, end: int) -> int:
        return 0 if self.start is None else end - self.start

    def add(self, start: int, end: int, heading: str, *, content: bool = True) -> None:
        """Append [start, end) to the open chunk, flushing first if it would overflow."""
        if self.start is not None and self.has_content and end - self.start > self.max:
            text = self.doc.text
            last = self.lines[-1] if self.lines else (start, start)
            carries = (
                self.leads_in()
                or (self.unfinished() and carries_on(text, start))
                or before_number(text, *last, start)  # "… the fee of cl." / "8.1 is …"
            )
            if not (carries and self._carry()) or (end - (self.start or start) > self.max):
                self.flush()
        if self.start is None:
            self.start = start
            self.heading = heading
        elif not self.has_content:
            self.heading = heading  # headings gathered so far lead into this content
        self.end = end
        self.has_content = self.has_content or content
        if content:
            self.lines.append((start, end))
            if self.to_sentence_end and ends_sentence(self.doc.text, start, end):
                self.flush()  # the sentence a page break cut is whole

    def add_long(self, start: int, end: int, heading: str) -> None:
        """A unit longer than a chunk: cut it at sentence ends, then at spaces."""
        text = self.doc.text
        pieces: list[tuple[int, int]] = []
        pos = start
        for m in _SENTENCE_END.finditer(text, start, end):
            pieces.append((pos, m.start()))
            pos = m.end()
        pieces.append((pos, end))
        for s, e in pieces:
            while e - s > self.max:
                cut = text.rfind(" ", s, s + self.max)
                cut = cut if cut > s + self.max // 2 else s + self.max
                self.add(s, cut, heading)
                s = cut
            self.add(s, e, heading)
