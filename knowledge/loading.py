"""Load the union's documents: Markdown, text, HTML, PDF and Word, with metadata.

Each loader returns the document's extracted text (offsets of chunks point into
it; for .txt and .md it is the file's own text, newlines untouched) and what is
known about it. A file that cannot be loaded raises DocumentError with a
one-line reason; `load_folder` turns those into failures and carries on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from .errors import DocumentError
from .language import detect

KINDS = ("contract", "summary", "rates", "article", "other")
TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$", re.M)
_KIND_HINTS = [
    ("rates", re.compile(r"rate|wage|pay|scale|tarif|salaire|barème|bareme", re.I)),
    ("contract", re.compile(r"contract|agreement|\bmba\b|accord|convention|contrat", re.I)),
    ("summary", re.compile(r"summar|résumé|resume|faq|glossa|guide|fact", re.I)),
    ("article", re.compile(r"news|article|press|blog|actualit", re.I)),
]


@dataclass
class Document:
    """A loaded document. `text` is what offsets refer to; `body_start` skips front matter."""

    source: str
    text: str
    metadata: dict[str, Any]
    body_start: int = 0
    pages: list[tuple[int, int]] = field(default_factory=list)  # (page number, start offset)
    content_hash: str = ""

    @property
    def title(self) -> str:
        return str(self.metadata.get("title", self.source))


@dataclass
class LoadFailure:
    source: str
    error: str


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_text(data: bytes) -> str:
    """UTF-8 when it is valid, else Windows-1252, else Latin-1 (which never fails)."""
    if b"\x00" in data[:8192]:
        raise DocumentError("binary data in a text file (misnamed file?)")
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def _iso(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def parse_front_matter(text: str) -> tuple[dict[str, Any], int]:
    """The YAML front matter of a Markdown text and the offset where its body starts."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    try:
        data = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as e:
        raise DocumentError(f"invalid YAML front matter: {str(e).splitlines()[0]}") from e
    if not isinstance(data, dict):
        raise DocumentError("front matter is not a mapping of keys to values")
    return data, m.end()


def _first_heading(text: str) -> str | None:
    m = _MD_HEADING.search(text)
    if m:
        return m.group(1).strip()
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:120] if len(line) <= 120 else None
    return None


def detect_language(text: str) -> str:
    return detect(text)


def _guess_kind(source: str) -> str:
    for kind, pattern in _KIND_HINTS:
        if pattern.search(source):
            return kind
    return "other"


def _clean_metadata(meta: dict[str, Any], doc_text: str, body_start: int, source: str) -> dict:
    """Front matter plus inferred values, reduced to the scalars a vector store accepts."""
    out: dict[str, Any] = {}
    body = doc_text[body_start:]
    title = (
        meta.get("title") or _first_heading(body) or PurePosixPath(source).stem.replace("_", " ")
    )
    out["title"] = str(title).strip()
    kind = str(meta.get("kind") or _guess_kind(source)).lower()
    out["kind"] = kind if kind in KINDS else "other"
    out["language"] = str(meta.get("language") or meta.get("lang") or detect_language(body)).lower()
    for key in ("published", "effective_from", "effective_to"):
        value = _iso(meta.get(key))
        if value:
            out[key] = value
    url = meta.get("source_url") or meta.get("url")
    sources = meta.get("sources")
    if isinstance(sources, str):
        sources = [sources]
    if sources:
        out["sources"] = " ".join(str(s) for s in sources)
        url = url or str(sources[0])
    if url:
        out["source_url"] = str(url)
    status = meta.get("status")
    if status:
        out["status"] = str(status)
    return out


def _load_text(data: bytes, source: str) -> Document:
    text = decode_text(data)
    meta: dict[str, Any] = {}
    body_start = 0
    if PurePosixPath(source).suffix.lower() in {".md", ".markdown"}:
        meta, body_start = parse_front_matter(text)
    if not text[body_start:].strip():
        raise DocumentError("no text after the front matter" if body_start else "empty file")
    return Document(source, text, _clean_metadata(meta, text, body_start, source), body_start)


def _load_html(data: bytes, source: str) -> Document:
    import trafilatura

    html = decode_text(data)
    text = trafilatura.extract(
        html,
        output_format="markdown",
        include_tables=True,
        include_formatting=True,
        include_comments=False,
        favor_recall=True,
    )
    if not text or not text.strip():
        raise DocumentError("no article text found in the HTML")
    found = trafilatura.extract_metadata(html)
    meta: dict[str, Any] = {
        "kind": _guess_kind(source) if _guess_kind(source) != "other" else "article"
    }
    if found is not None:
        if found.title:
            meta["title"] = found.title
        if found.date:
            meta["published"] = found.date
        if found.url:
            meta["source_url"] = found.url
    text = text.strip() + "\n"
    return Document(source, text, _clean_metadata(meta, text, 0, source))


def _load_pdf(data: bytes, source: str) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError("encrypted PDF (remove the password and add it again)")
        parts: list[str] = []
        pages: list[tuple[int, int]] = []
        offset = 0
        for number, page in enumerate(reader.pages, start=1):
            page_text = (page.extract_text() or "").strip("\n")
            pages.append((number, offset))
            parts.append(page_text)
            offset += len(page_text) + 2
        title = (reader.metadata.title if reader.metadata else None) or None
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        raise DocumentError(
            f"unreadable PDF: {str(e).splitlines()[0] if str(e) else type(e).__name__}"
        ) from e
    except Exception as e:  # pypdf raises many private error types on broken files
        if "crypt" in str(e).lower():
            raise DocumentError("encrypted PDF (remove the password and add it again)") from e
        raise DocumentError(f"unreadable PDF: {type(e).__name__}: {str(e)[:120]}") from e
    text = "\n\n".join(parts)
    if not text.strip():
        raise DocumentError("the PDF has no text layer (a scan?): OCR it first")
    meta = {"title": title} if title else {}
    return Document(source, text, _clean_metadata(meta, text, 0, source), pages=pages)


def _docx_table(table: Any) -> list[str]:
    rows = []
    for row in table.rows:
        cells = [" ".join(c.text.split()).replace("|", "/") for c in row.cells]
        rows.append("| " + " | ".join(cells) + " |")
    if rows:
        width = rows[0].count("|") - 1
        rows.insert(1, "|" + "---|" * width)
    return rows


def _load_docx(data: bytes, source: str) -> Document:
    import zipfile

    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise DocumentError(f"not a valid Word .docx file ({type(e).__name__})") from e
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = block.text.strip()
            if not text:
                continue
            style = (block.style.name if block.style is not None else "") or ""
            level = re.match(r"Heading (\d)", style)
            if style == "Title":
                lines += [f"# {text}", ""]
            elif level:
                lines += [f"{'#' * int(level.group(1))} {text}", ""]
            else:
                lines += [text, ""]
        elif isinstance(block, Table):
            lines += [*_docx_table(block), ""]
    text = "\n".join(lines).strip() + "\n"
    if not text.strip():
        raise DocumentError("the Word document has no text")
    props = document.core_properties
    meta: dict[str, Any] = {}
    if props.title:
        meta["title"] = props.title
    return Document(source, text, _clean_metadata(meta, text, 0, source))


LOADERS: dict[str, Callable[[bytes, str], Document]] = {
    **{s: _load_text for s in TEXT_SUFFIXES},
    **{s: _load_html for s in HTML_SUFFIXES},
    ".pdf": _load_pdf,
    ".docx": _load_docx,
}


def check_size(size: int, max_bytes: int | None) -> None:
    """Refuse a file over the size limit (checked before reading it where possible)."""
    if max_bytes is not None and size > max_bytes:
        raise DocumentError(f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit")


def load_bytes(data: bytes, source: str, *, max_bytes: int | None = None) -> Document:
    """Load one document from its bytes; `source` names it (its suffix picks the loader)."""
    suffix = PurePosixPath(source).suffix.lower()
    loader = LOADERS.get(suffix)
    if loader is None:
        raise DocumentError(
            f"unsupported file type {suffix or '(none)'}: use PDF, DOCX, MD, TXT or HTML"
        )
    if not data:
        raise DocumentError("empty file")
    check_size(len(data), max_bytes)
    document = loader(data, source)
    document.content_hash = file_hash(data)
    return document


def load_file(path: Path, source: str, *, max_bytes: int | None = None) -> Document:
    check_size(path.stat().st_size, max_bytes)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise DocumentError(f"cannot read the file: {e.strerror or e}") from e
    return load_bytes(data, source, max_bytes=max_bytes)


def iter_source_files(folder: Path) -> Iterator[tuple[Path, str]]:
    """Every file under `folder` but hidden ones, with its POSIX path relative to it, sorted."""
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        yield path, rel.as_posix()
