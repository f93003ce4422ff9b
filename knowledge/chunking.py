"""Structure-aware chunking with exact offsets.

A document's body is read line by line into units: headings (Markdown `#`,
"Article 14", "Section 3", schedules, and — in documents without Markdown
headings — top-level numbered clauses such as "5." or "14.3"), table rows and
prose. Headings close the chunk before them and set the heading path
("Article 14 > Section 3"); prose and rows are packed up to `max_chars`, each
chunk ended at a sentence end (packing.py); a unit longer than that is cut at
sentence ends. A table is only ever cut between rows, and a chunk that continues a
table carries the table's header row in `table_header` (its `text` stays an exact
slice of the document).

Every chunk satisfies `document.text[chunk.start:chunk.end] == chunk.text`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .line_numbers import looks_like_figure, next_clause
from .loading import Document
from .loading.document import hash_line
from .loading.running import NUMBER_THEN_WORD
from .packing import UNFINISHED, Chunk, Packer, carries_on, continues, ends_sentence, unfinished

_ARTICLE = re.compile(
    r"^\s*(?:ARTICLE|Article|ARTICLE)\s+(?:\d+|[IVXLC]+)\b.{0,100}$"
    r"|^\s*(?:SCHEDULE|Schedule|EXHIBIT|Exhibit|APPENDIX|Appendix|ANNEX|Annex|ANNEXE|Annexe)"
    r"\s+[A-Z0-9]{1,4}\b.{0,100}$"
)
_SECTION = re.compile(r"^\s*(?:SECTION|Section|§)\s*\d+(?:\.\d+)*\b.{0,100}$")
_CLAUSE = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*)\.?[ \t]+(?=\S)")
_TEXT_ROW_CHARS = 160
_RULE_CELL = re.compile(r":?-{3,}:?")


@dataclass
class _Unit:
    kind: str  # "heading" | "clause" | "row" | "rule" | "theader" | "prose" | "blank"
    start: int
    end: int  # end of the line's text, newline excluded
    level: int = 0
    label: str = ""


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line_end = end - 1 if end > pos and text[end - 1] == "\r" else end
        out.append((pos, line_end))
        pos = end + 1
    return out


def _label(line: str, limit: int = 60) -> str:
    line = " ".join(line.strip().strip("#").split())
    if len(line) <= limit:
        return line
    cut = line[:limit]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def _is_table_row(line: str) -> bool:
    """`| … |`: a Markdown table row (string tests, not a regex that backtracks)."""
    line = line.strip()
    return len(line) >= 2 and line[0] == "|" and line[-1] == "|"


def _is_table_rule(line: str) -> bool:
    """`|---|:---:|`, with or without the outer bars."""
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") else line
    return all(_RULE_CELL.fullmatch(cell.strip()) for cell in line.split("|"))


def _units(doc: Document) -> list[_Unit]:
    text = doc.text
    body = text[doc.body_start :]
    clauses = not any((h := hash_line(line)) and not h.note for line in body.splitlines()[:2000])
    units: list[_Unit] = []
    numbered = 0  # the last clause numbered by a bare number ("1 Minimum call: …")
    for s, e in _lines(text, doc.body_start):
        line = text[s:e]
        if not line.strip():
            units.append(_Unit("blank", s, e))
            continue
        # A line that carries on an unfinished sentence ("paid at the minimums of" /
        # "Schedule A as originally signed.") is not a heading, whatever its first word.
        prev = units[-1] if units else None
        mid_sentence = (
            prev is not None
            and prev.kind in ("prose", "clause")
            and bool(
                UNFINISHED.search(text[prev.start : prev.end])
                # "… in the grotto tank:" / "45 seconds, with …": a count after a colon
                or (text[prev.start : prev.end].rstrip().endswith(":") and carries_on(text, s))
                # "… covers up to 75 guests. Above" / "75 guests, a per-guest rate …": a
                # number and a word carry on a line no sentence end closed
                or (
                    not ends_sentence(text, prev.start, prev.end)
                    and bool(NUMBER_THEN_WORD.match(line))
                    and not next_clause(line, numbered)
                )
            )
        )
        if (h := hash_line(line)) and not h.note:
            units.append(_Unit("heading", s, e, h.level, _label(h.text)))
        elif _is_table_row(line) or (_is_table_rule(line) and "|" in line):
            units.append(_Unit("rule" if _is_table_rule(line) else "row", s, e))
        elif len(line) <= 120 and _ARTICLE.match(line) and not mid_sentence:
            units.append(_Unit("heading", s, e, 1, _label(line)))
        elif len(line) <= 120 and _SECTION.match(line) and not mid_sentence:
            units.append(_Unit("heading", s, e, 2, _label(line)))
        elif (
            clauses
            and (m := _CLAUSE.match(line))
            and not looks_like_figure(line)
            # "… applies from" / "1 January 2027, …": a bare number after an unfinished
            # line carries the sentence on; "2." or "14.1" still starts a clause
            and not (mid_sentence and "." not in m.group(0))
        ):
            depth = m.group(1).count(".") + 1
            units.append(_Unit("clause", s, e, 2 + depth, _label(line, 48)))  # heading + content
            numbered = int(m.group(1)) if m.group(1).isdigit() else numbered
        else:
            units.append(_Unit("prose", s, e))
    if doc.pages:
        _mark_text_tables(text, units)
    return units


_ROW_LIKE = re.compile(r"\d")


def _mark_text_tables(text: str, units: list[_Unit]) -> None:
    """In PDF text, a run of 3+ short lines with figures under a short line without any
    is a table: its lines become rows and the line above them its header row. Lines of
    a sentence wrapped onto the next ("… a minimum call of two (2) hours for each" /
    "engagement.") are prose, whatever numbers they hold."""

    def wrapped(j: int) -> bool:
        after = j + 1 < len(units) and units[j + 1].kind == "prose"
        before = j > 0 and units[j - 1].kind == "prose"
        return (
            after
            and unfinished(text, units[j].start, units[j].end)
            and continues(text, units[j + 1].start)
        ) or (
            before
            and unfinished(text, units[j - 1].start, units[j - 1].end)
            and continues(text, units[j].start)
        )

    i = 0
    while i < len(units):
        j = i
        while (
            j < len(units)
            and units[j].kind == "prose"
            and units[j].end - units[j].start <= _TEXT_ROW_CHARS
            and _ROW_LIKE.search(text[units[j].start : units[j].end])
            and not wrapped(j)
        ):
            j += 1
        if j - i >= 3 and i > 0 and units[i - 1].kind == "prose":
            head = units[i - 1]
            line = text[head.start : head.end]
            if len(line) <= _TEXT_ROW_CHARS and not _ROW_LIKE.search(line) and not wrapped(i - 1):
                head.kind = "theader"
                for u in units[i:j]:
                    u.kind = "row"
        i = max(j, i + 1)


def chunk_document(doc: Document, max_chars: int = 700) -> list[Chunk]:
    units = _units(doc)
    packer = Packer(doc, max_chars)
    stack: list[tuple[int, str]] = []
    page_starts = [off for _, off in doc.pages[1:]]
    caption: int | None = None  # where the line naming the next table starts
    i = 0
    while i < len(units):
        u = units[i]
        if (
            page_starts
            and packer.start is not None
            and bisect_right(page_starts, u.start) != bisect_right(page_starts, packer.start)
        ):
            # A chunk never runs onto the next page (its `page` is where it is), but for
            # the end of a sentence the page break cut.
            if u.kind == "prose" and packer.unfinished() and carries_on(doc.text, u.start):
                packer.to_sentence_end = True
            else:
                packer.flush()
        if u.kind in ("heading", "clause"):
            packer.flush()
            while stack and stack[-1][0] >= u.level:
                stack.pop()
            stack.append((u.level, u.label))
            path = " > ".join(label for _, label in stack)
            if u.kind == "clause":
                if u.end - u.start > max_chars:
                    packer.add_long(u.start, u.end, path)
                else:
                    packer.add(u.start, u.end, path)
            else:
                packer.add(u.start, u.end, path, content=False)
            i += 1
        elif u.kind in ("row", "rule", "theader"):
            j = i + 1
            while j < len(units) and units[j].kind in ("row", "rule"):
                j += 1
            _pack_table(packer, units[i:j], " > ".join(label for _, label in stack), caption)
            caption = None
            i = j
        elif u.kind == "prose" and _captions(doc.text, units, i):
            caption = u.start  # "Stand-in" above its table: in the table's chunk
            i += 1
        elif u.kind == "prose":
            path = " > ".join(label for _, label in stack)
            if u.end - u.start > max_chars:
                packer.add_long(u.start, u.end, path)
            else:
                packer.add(u.start, u.end, path)
            i += 1
        else:
            i += 1
    packer.flush()
    chunks = packer.chunks
    if doc.pages:
        for c in chunks:
            c.page = max((p for p, off in doc.pages if off <= c.start), default=doc.pages[0][0])
    return chunks


TABLE_CHARS = 400  # a long table is cut into chunks of a few rows: each is found on its own
# A line that names the table under it ("Stand-in", "Table 2 - Stunt performers"): short,
# not a sentence
_CAPTION = re.compile(r"(?=.{1,60}$)[^|.:;!?]*[^\W\d_][^|.:;!?]*")


def _captions(text: str, units: list[_Unit], i: int) -> bool:
    """Whether units[i] is a line naming the table that starts on the next line."""
    u = units[i]
    return (
        i + 1 < len(units)
        and units[i + 1].kind in ("row", "theader")
        and bool(_CAPTION.fullmatch(text[u.start : u.end].strip()))
    )


def _pack_table(packer: Packer, rows: list[_Unit], path: str, caption: int | None) -> None:
    """A table in chunks of at most TABLE_CHARS (or the chunk size, if smaller): a rate
    table's rows compete for a question one by one rather than as a page of figures. The
    first holds its caption, when the line above names it (from `caption`)."""
    limit = packer.max
    packer.max = min(limit, TABLE_CHARS)
    try:
        _pack_rows(packer, rows, path, caption)
    finally:
        packer.max = limit


def _pack_rows(packer: Packer, rows: list[_Unit], path: str, caption: int | None) -> None:
    text = packer.doc.text
    header_end = 0
    if rows[0].kind == "theader":
        header_end = 1  # a text table's header line (PDF)
    elif len(rows) >= 2 and rows[1].kind == "rule":
        header_end = 2
    header = "\n".join(text[r.start : r.end] for r in rows[:header_end])
    body = rows[header_end:]
    table_start, table_end = (rows[0].start if caption is None else caption), rows[-1].end
    if packer.size_with(table_end) <= packer.max or table_end - table_start <= packer.max:
        if packer.size_with(table_end) > packer.max:
            packer.flush()
        packer.add(table_start, table_end, path)
        return
    # Too long: the header goes with the first rows; later chunks repeat it in table_header.
    packer.flush()
    first = True
    for r in body or rows:
        if packer.start is not None and r.end - packer.start > packer.max:
            packer.flush()
            first = False
        if packer.start is None:
            packer.add(table_start if first else r.start, r.end, path)
            if not first:
                packer.table_header = header
        else:
            packer.add(r.start, r.end, path)
    packer.flush()
