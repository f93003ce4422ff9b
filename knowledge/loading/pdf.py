"""PDF: the text of each page, with page numbers; a capped number of pages.

A page's text comes from pypdf, except on pages where pdfplumber finds tables (ruled, or
lined up by white space alone: pdf_stream.py): there
the text around the tables comes from pdfplumber (two columns read one after the other,
pdf_columns.py), and each table becomes a Markdown table (its first row the header row,
one line per row), so the chunker keeps it whole by rows and a row keeps the column
headers its cells belong to. Looking for tables
stops (the rest of the pages keep pypdf's text) once it has used a third of the time
a file may take.
"""

from __future__ import annotations

import io
import logging
import time
from typing import Any

from ..errors import DocumentError
from .document import Document, clean_metadata
from .headed import headed_tables
from .headers import merge_header_rows
from .limits import LoadLimits
from .numbered_lines import without_line_numbers
from .pdf_columns import column_text
from .pdf_fields import field_lines
from .pdf_redacted import without_hidden
from .pdf_rotated import upright_cells
from .pdf_stream import aligned_tables, has_money
from .running import page_break, without_running
from .stacked import continues, split_stacked, without_continued
from .subrows import named_subrows

_ENCRYPTED = "encrypted PDF (remove the password and add it again)"


def _too_many(count: int, limits: LoadLimits) -> None:
    if count > limits.max_pages:
        raise DocumentError(f"the PDF has {count} pages, over the {limits.max_pages}-page limit")


def _declared_pages(reader: Any) -> int:
    """The page count the PDF's catalogue declares (cheap: nothing is flattened)."""
    try:
        return int(reader.trailer["/Root"]["/Pages"]["/Count"])
    except Exception:
        return 0


def _cell(value: Any) -> str:
    return " ".join(str(value or "").split()).replace("|", "/")


def _spread_merged(rows: list[list[Any]]) -> list[list[Any]]:
    """Rows whose amount cell is merged across the columns to its right (one amount for
    every contract year): the reader gives None for the cells it covers, which take its
    amount, in columns that hold amounts in other rows. An empty cell ("") is a cell of
    its own, left empty; a column of notes or conditions takes no amount."""
    amounts = {n for row in rows for n, c in enumerate(row) if c and has_money([c])}
    out = []
    for row in rows:
        row = list(row)
        for n in range(1, len(row)):
            if row[n] is None and n in amounts and row[n - 1] and has_money([row[n - 1]]):
                row[n] = row[n - 1]
        out.append(row)
    return out


def table_markdown(rows: list[list[Any]], follows: list[str] | None = None) -> list[str]:
    """A table's rows as Markdown lines: the first row is the header row, unless the
    table carries on the one whose header is `follows` (see stacked.py). Rows a reader
    merged are split back (stacked.split_stacked); an amount merged across columns is
    in each of them."""
    rows = _spread_merged(rows)
    # a header's wrapped names ("Year 1⏎(2025-26)") are one cell each: only rows of
    # figures are split, and the first row only if it gives an amount (a table carried on)
    rows = [
        r
        for n, row in enumerate(rows)
        for r in (split_stacked(row) if n or has_money(row) else [row])
    ]
    rows = [[_cell(c) for c in row] for row in rows if any(_cell(c) for c in row)]
    rows = [[without_continued(row[0]), *row[1:]] for row in rows if row]
    if rows and follows is not None and continues(rows[0], follows):
        rows.insert(0, list(follows))
    if len(rows) < 2:
        return []
    width = max(len(row) for row in rows)
    rows = named_subrows(merge_header_rows([row + [""] * (width - len(row)) for row in rows]))
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|" + "---|" * width)
    return lines


def headed_markdown(rows: list[list[str]], headed: bool) -> list[str]:
    """Rows as a Markdown table: under the first row when `headed`, else under an empty
    header row (table_markdown drops an empty row, so a stand-in header takes its place,
    then is emptied)."""
    if headed:
        return table_markdown(rows)
    width = max(map(len, rows))
    lines = table_markdown([[f"\x00{n}" for n in range(width)], *rows])
    return ["| " + " | ".join([""] * width) + " |", *lines[1:]] if lines else []


def _header(lines: list[str]) -> list[str] | None:
    return [c.strip() for c in lines[0].strip().strip("|").split("|")] if lines else None


def _page_with_tables(page: Any, last: list[list[str] | None]) -> str | None:
    """The page's text with its tables as Markdown, or None when it has no table. `last`
    holds the header of the last table read, for a table that carries it on."""
    tables = sorted(page.find_tables(), key=lambda t: t.bbox[1]) or aligned_tables(page)
    if not tables:
        return None
    x0, top, x1, bottom = page.bbox
    parts: list[str] = []
    y = top
    for n, table in enumerate(tables):
        t_top, t_bottom = max(table.bbox[1], y), min(table.bbox[3], bottom)
        if t_top > y:
            parts.append(column_text(page.within_bbox((x0, y, x1, t_top))))
        # only a page's first table may carry on the last one of the page before
        lines = table_markdown(upright_cells(page, table, table.extract()), None if n else last[0])
        last[0] = _header(lines) or last[0]
        parts.append("\n".join(lines))
        y = max(y, t_bottom)
    if y < bottom:
        parts.append(column_text(page.within_bbox((x0, y, x1, bottom))))
    return "\n\n".join(p.strip("\n") for p in parts if p.strip())


def _table_pages(data: bytes, count: int, budget: float) -> dict[int, str]:
    """Page index → text with tables, or without what a dark box hides (pdf_redacted.py),
    for the pages pdfplumber reads within `budget` s."""
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - a dependency; pypdf's text is still there
        return {}
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    found: dict[int, str] = {}
    last: list[list[str] | None] = [None]  # the last table's header, page to page
    deadline = time.monotonic() + budget
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for index, page in enumerate(pdf.pages[:count]):
                if time.monotonic() > deadline:
                    break
                try:
                    shown = without_hidden(page)  # not what a dark box hides
                    text = _page_with_tables(shown or page, last)
                    if text is None and shown is not None:
                        text = column_text(shown)
                except Exception:  # a page pdfplumber cannot read keeps pypdf's text
                    continue
                finally:
                    page.flush_cache()
                if text is not None:
                    found[index] = text
    except Exception:
        return found
    return found


def _joined(parts: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The pages' texts as one, and where each page starts (page number, offset)."""
    text, pages = "", []
    for number, part in enumerate(parts, start=1):
        if number > 1:
            text += page_break(parts[number - 2], part)
        pages.append((number, len(text)))
        text += part
    return text, pages


def load_pdf(data: bytes, source: str, limits: LoadLimits) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if b"%PDF-" not in data[:1024]:
        raise DocumentError("unreadable PDF: no PDF signature (is it really a PDF?)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(_ENCRYPTED)
        _too_many(_declared_pages(reader), limits)
        _too_many(len(reader.pages), limits)
        with_tables = _table_pages(data, len(reader.pages), limits.seconds / 3)
        parts: list[str] = []
        for index, page in enumerate(reader.pages):
            page_text = with_tables.get(index)
            if page_text is None:
                page_text = (page.extract_text() or "").strip("\n")
            if fields := field_lines(page):  # "Date of signature: 15/09/2026"
                page_text = "\n".join([page_text, *fields])
            parts.append(page_text)
        title = (reader.metadata.title if reader.metadata else None) or None
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        raise DocumentError(
            f"unreadable PDF: {str(e).splitlines()[0] if str(e) else type(e).__name__}"
        ) from e
    except RecursionError:
        raise DocumentError("unreadable PDF: its objects are nested too deeply") from None
    except Exception as e:  # pypdf raises many private error types on broken files
        if "crypt" in str(e).lower():
            raise DocumentError(_ENCRYPTED) from e
        raise DocumentError(f"unreadable PDF: {type(e).__name__}: {str(e)[:120]}") from e
    # line numbers in the margin first: a running header or footer is then a line of its own
    parts = without_line_numbers(parts)
    text, pages = _joined([headed_tables(p) for p in without_running(parts)])
    if not text.strip():
        raise DocumentError("the PDF has no text layer (a scan?): OCR it first")
    meta = {"title": title} if title else {}
    return Document(source, text, clean_metadata(meta, text, 0, source), pages=pages)
