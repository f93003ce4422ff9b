"""Word .docx: headings, paragraphs and tables, with the zip checked before it is opened.

A redline is read as its changes accepted: inserted text is the document's, deleted text
is not. Footnotes and endnotes are read after what refers to them (footnotes.py). The page
header's text (a schedule's name and period, "du 01/04/2025 au 31/03/2026", often printed
only there) is read once, under the document's first heading. A text box's paragraphs
(python-docx reads none) are read after the paragraph that anchors it. A content control's
text (w:sdt: a date picker, a filled-in field, a wrapped block) and custom XML markup's
(w:customXml) are read where they stand, and a table inside a table's cell is read after
the outer table, under its row's name.

A .docx is a zip of XML parts: a small file can inflate to gigabytes or hold
thousands of parts, so both are checked against the limits from the zip's
directory (zipfile enforces the declared sizes when it reads) before python-docx
reads anything. Broken or hostile XML is a DocumentError like any other.
"""

from __future__ import annotations

import io
import re
import zipfile
from functools import cache
from typing import Any

from ..errors import DocumentError
from .document import Document, clean_metadata
from .footnotes import notes, referenced
from .headed import headed_tables
from .headers import caption, merge_header_rows
from .leaders import leader, leader_tables
from .limits import LoadLimits
from .subrows import named_subrows

_INVALID = "not a valid Word .docx file"


def check_zip(data: bytes, limits: LoadLimits) -> None:
    """Refuse a zip with too many parts or that inflates past the limit."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as e:
        raise DocumentError(f"{_INVALID} ({type(e).__name__})") from e
    if len(members) > limits.max_parts:
        raise DocumentError(
            f"the .docx has {len(members)} parts, over the {limits.max_parts}-part limit"
        )
    inflated = sum(m.file_size for m in members)
    if inflated > limits.max_inflated_bytes:
        raise DocumentError(
            f"the .docx inflates to {inflated / 1e6:.0f} MB, over the "
            f"{limits.max_inflated_bytes / 1e6:g} MB limit"
        )
    if "[Content_Types].xml" not in {m.filename for m in members}:
        raise DocumentError(f"{_INVALID} (no [Content_Types].xml)")


# A paragraph's runs as the document reads with its tracked changes accepted: inserted
# and moved-in runs count (python-docx's text skips them), deleted and moved-out ones
# (w:delText, w:moveFrom) do not.
_ACCEPTED = (
    "./w:r | ./w:hyperlink | ./w:ins/w:r | ./w:ins/w:hyperlink | ./w:moveTo/w:r"
    " | ./w:smartTag/w:r | ./w:fldSimple/w:r"
    # a content control's text, not its placeholder ("Click or tap to enter a date.")
    " | ./w:sdt[not(w:sdtPr/w:showingPlcHdr)]/w:sdtContent/w:r"
    " | ./w:sdt[not(w:sdtPr/w:showingPlcHdr)]/w:sdtContent/w:hyperlink"
    " | ./w:sdt[not(w:sdtPr/w:showingPlcHdr)]/w:sdtContent/w:ins/w:r"
    # custom XML markup around runs ("<w:customXml w:element='fee'>"): its runs, two deep
    " | ./w:customXml/w:r | ./w:customXml/w:hyperlink | ./w:customXml/w:ins/w:r"
    " | ./w:customXml/w:customXml/w:r"
)
# A container's paragraphs and tables in order, a content control's among them (python-docx
# skips a block wrapped in w:sdt or w:customXml).
_BLOCKS = (
    "./w:p | ./w:tbl | ./w:sdt[not(w:sdtPr/w:showingPlcHdr)]/w:sdtContent/w:p"
    " | ./w:sdt[not(w:sdtPr/w:showingPlcHdr)]/w:sdtContent/w:tbl"
    " | ./w:customXml/w:p | ./w:customXml/w:tbl"  # and one in custom XML markup
)
_MAX_NESTING = 3  # tables in a cell of a table in a cell…: deeper ones are not read
_MAX_NESTED_LINES = 2_000  # lines a table's nested tables may add: the rest are not read


def _text(paragraph: Any) -> str:
    """A paragraph's text with its tracked changes accepted."""
    return _accepted(paragraph._p)


def _accepted(p: Any) -> str:
    """A w:p element's text with its tracked changes accepted (a body's or a note's)."""
    return "".join(e.text for e in p.xpath(_ACCEPTED))


# A text box's paragraphs (w:txbxContent, in a VML shape or a DrawingML one), read after the
# paragraph that anchors it: python-docx reads neither. Word writes a DrawingML box twice,
# the second copy under mc:Fallback for older readers: it is read once. A box in a deleted
# run is deleted text; a box nested in another is read with it, once.
_TEXT_BOXES = (
    ".//w:txbxContent[not(ancestor::mc:Fallback) and not(ancestor::w:del)"
    " and not(ancestor::w:moveFrom) and not(ancestor::w:txbxContent)]"
)
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@cache
def _box_paths() -> tuple[Any, Any]:
    from lxml import etree

    namespaces = {"w": _W, "mc": _MC}
    return etree.XPath(_TEXT_BOXES, namespaces=namespaces), etree.XPath(
        ".//w:p", namespaces=namespaces
    )


def _text_boxes(p: Any) -> list[str]:
    """The paragraphs of the text boxes anchored in the w:p element `p`."""
    boxes, inner = _box_paths()
    found = (" ".join(_accepted(q).split()) for box in boxes(p) for q in inner(box))
    return list(dict.fromkeys(text for text in found if text))


def _blocks(container: Any) -> list[Any]:
    """A body's or a cell's paragraphs and tables, in order, content controls' included."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    return [
        Table(e, container) if e.tag.endswith("}tbl") else Paragraph(e, container)
        for e in container._element.xpath(_BLOCKS)
    ]


def _cell(cell: Any, read: dict[Any, tuple[str, list[Any]]]) -> tuple[str, list[Any]]:
    """A cell's text, on one line, and the tables inside it; read once per w:tc in `read`
    (a cell merged across rows or columns comes back for each of them)."""
    from docx.table import Table

    if cell._tc not in read:
        blocks = _blocks(cell)
        text = " ".join(" ".join(_text(b) for b in blocks if not isinstance(b, Table)).split())
        read[cell._tc] = (text.replace("|", "/"), [b for b in blocks if isinstance(b, Table)])
    return read[cell._tc]


def _table(table: Any, depth: int = 0) -> list[str]:
    rows = list(table.rows)
    read: dict[Any, tuple[str, list[Any]]] = {}
    cells: list[list[str]] = []
    nested: list[tuple[int, Any]] = []  # (row, table): a table in a cell, once per cell
    for row in rows:
        texts = []
        for c in row.cells:
            new = c._tc not in read
            text, tables = _cell(c, read)
            texts.append(text)
            nested += [(len(cells), t) for t in tables] if new else []
        cells.append(texts)
    inner: list[str] = []  # each under its row's first non-empty cell
    for n, t in nested if depth < _MAX_NESTING else ():
        if len(inner) > _MAX_NESTED_LINES:
            break
        label = next((x for x in cells[n] if x), "")
        inner += ["", *([label, ""] if label else []), *_table(t, depth + 1)]
    # a name only when the first row is one cell merged across the width, not a header
    # whose cells merely read alike
    merged = bool(rows) and len(rows[0].cells) > 1 and rows[0].cells[0]._tc is rows[0].cells[-1]._tc
    name, cells = caption(cells) if merged else ("", cells)
    rows = ["| " + " | ".join(row) + " |" for row in named_subrows(merge_header_rows(cells))]
    if rows:
        width = rows[0].count("|") - 1
        rows.insert(1, "|" + "---|" * width)
    return [*([name, ""] if name else []), *rows, *inner]


_MAX_HEADER_CHARS = 600  # a page header is a line or two; more is not a running header
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d+(?:\s*(?:/|of|sur|de)\s*\d+)?$", re.I)


def _page_headers(document: Any, body: set[str]) -> list[str]:
    """The distinct paragraphs of the page headers the document uses, without page numbers
    or the body's own lines (a title repeated), up to _MAX_HEADER_CHARS in all."""
    even = bool(document.settings.odd_and_even_pages_header_footer)
    out: dict[str, None] = {}
    size = 0
    for section in document.sections:
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.insert(0, section.first_page_header)
        if even:
            headers.append(section.even_page_header)
        for header in headers:
            if header.is_linked_to_previous:  # another section's, or none: reading adds one
                continue
            for paragraph in header.paragraphs:
                text = " ".join(_text(paragraph).split())
                if not text or text in out or text in body or _PAGE_NUMBER.match(text):
                    continue
                size += len(text)
                if size > _MAX_HEADER_CHARS:
                    return list(out)
                out[text] = None
    return list(out)


def _with_headers(lines: list[str], headers: list[str]) -> list[str]:
    """`lines` with the page header's paragraphs under the first heading (or on top)."""
    if not headers:
        return lines
    at = 2 if lines and lines[0].startswith("#") else 0
    return [*lines[:at], *(x for h in headers for x in (h, "")), *lines[at:]]


def load_docx(data: bytes, source: str, limits: LoadLimits) -> Document:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml import etree

    check_zip(data, limits)
    try:
        document = docx.Document(io.BytesIO(data))
        found = notes(document, _accepted)
        lines: list[str] = []
        for block in _blocks(document._body):
            if isinstance(block, Paragraph):
                text = _text(block).strip()
                style = (block.style.name if block.style is not None else "") or ""
                level = re.match(r"Heading (\d)", style)
                if not text:
                    pass
                elif style == "Title":
                    lines += [f"# {text}", ""]
                elif level:
                    lines += [f"{'#' * int(level.group(1))} {text}", ""]
                elif lines[-2:-1] and leader(lines[-2]) and leader(text):
                    lines[-1:] = [text, ""]  # tab-stop price lines, one table (leaders.py)
                else:
                    lines += [text, ""]
                for boxed in _text_boxes(block._p):  # a text box: a paragraph of its own
                    lines += [boxed, ""]
            elif isinstance(block, Table):
                lines += [*_table(block), ""]
            for note in referenced(block._element, found):  # a paragraph's, a table's
                lines += [note, ""]
        body = {line.lstrip("#").strip() for line in lines}
        lines = _with_headers(lines, _page_headers(document, body))
        title = document.core_properties.title
    except etree.LxmlError as e:
        first = (str(e).splitlines() or [type(e).__name__])[0][:120]
        raise DocumentError(f"{_INVALID}: broken XML ({first})") from e
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise DocumentError(f"{_INVALID} ({type(e).__name__})") from e
    text = headed_tables(leader_tables("\n".join(lines).strip() + "\n"))
    if not text.strip():
        raise DocumentError("the Word document has no text")
    meta: dict[str, Any] = {"title": title} if title else {}
    return Document(source, text, clean_metadata(meta, text, 0, source))
