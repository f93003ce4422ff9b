"""Load the union's documents: Markdown, text, HTML, PDF and Word, with metadata (text
files include JSON, XML, Texinfo, recutils and properties files, and DokuWiki, BibTeX,
POD, Fountain and LaTeX sources saved as text, read by text.py).

Each loader returns the document's extracted text (offsets of chunks point into
it; for .txt and .md it is the file's own text, newlines untouched, except that a
fixed-width table under a dashed rule becomes a Markdown table) and what is
known about it. A file that cannot be loaded raises DocumentError with a
one-line reason, whatever went wrong inside the parser; `LoadLimits` bound what
one file may cost, and knowledge/sandbox.py runs loading in a process with a
time and memory limit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path, PurePosixPath

from ..errors import DocumentError
from .document import KINDS, Document, LoadFailure, file_hash
from .docx import load_docx
from .files import FolderScan, iter_source_files, read_regular_file, scan_folder
from .limits import LoadLimits, check_size
from .pdf import load_pdf
from .text import decode_text, load_html, load_text, parse_front_matter

TEXT_SUFFIXES = {
    ".md",
    ".markdown",
    ".txt",
    ".text",
    ".rtf",
    ".vcf",
    ".ics",
    ".csv",
    ".rst",
    ".jsonl",
    ".json",
    ".xml",
    ".opml",
    ".rss",
    ".atom",
    ".texi",
    ".texinfo",
    ".rec",
    ".properties",
}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}
_SHOWN = (  # the types SUPPORTED names, for a member (".markdown", ".text", ".htm": aliases)
    "PDF, DOCX, HTML, MD, TXT, RST, CSV, JSON, JSONL, XML, OPML, RSS, ATOM, TEXI, TEXINFO, "
    "REC, PROPERTIES, RTF, VCF or ICS"
)

LOADERS: dict[str, Callable[[bytes, str, LoadLimits], Document]] = {
    **{s: lambda data, source, _: load_text(data, source) for s in TEXT_SUFFIXES},
    **{s: lambda data, source, _: load_html(data, source) for s in HTML_SUFFIXES},
    ".pdf": load_pdf,
    ".docx": load_docx,
}

__all__ = [
    "KINDS",
    "SUPPORTED",
    "Document",
    "DocumentError",
    "FolderScan",
    "LoadFailure",
    "LoadLimits",
    "check_size",
    "decode_text",
    "file_hash",
    "iter_source_files",
    "load_bytes",
    "load_file",
    "parse_front_matter",
    "read_regular_file",
    "scan_folder",
]


def load_bytes(
    data: bytes, source: str, *, max_bytes: int | None = None, limits: LoadLimits | None = None
) -> Document:
    """Load one document from its bytes; `source` names it (its suffix picks the loader)."""
    limits = limits or LoadLimits(max_bytes=max_bytes)
    if max_bytes is not None:
        limits = replace(limits, max_bytes=max_bytes)
    suffix = PurePosixPath(source).suffix.lower()
    loader = LOADERS.get(suffix)
    if loader is None:
        raise DocumentError(f"unsupported file type {suffix or '(none)'}: use {_SHOWN}")
    if not data:
        raise DocumentError("empty file")
    check_size(len(data), limits.max_bytes)
    try:
        document = loader(data, source, limits)
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError("the file is nested too deeply to read") from None
    except MemoryError:
        raise
    except Exception as e:  # a parser's own error on a broken file: skip it, say why
        first = (str(e).splitlines() or [""])[0][:120]
        raise DocumentError(f"cannot read the file ({type(e).__name__}: {first})") from e
    document.content_hash = file_hash(data)
    return document


def load_file(
    path: Path, source: str, *, max_bytes: int | None = None, limits: LoadLimits | None = None
) -> Document:
    limit = max_bytes if max_bytes is not None else (limits.max_bytes if limits else None)
    data = read_regular_file(path, limit)
    return load_bytes(data, source, max_bytes=max_bytes, limits=limits)
