"""PDF: the text of each page, with page numbers; a capped number of pages."""

from __future__ import annotations

import io
from typing import Any

from ..errors import DocumentError
from .document import Document, clean_metadata
from .limits import LoadLimits

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
    except RecursionError:
        raise DocumentError("unreadable PDF: its objects are nested too deeply") from None
    except Exception as e:  # pypdf raises many private error types on broken files
        if "crypt" in str(e).lower():
            raise DocumentError(_ENCRYPTED) from e
        raise DocumentError(f"unreadable PDF: {type(e).__name__}: {str(e)[:120]}") from e
    text = "\n\n".join(parts)
    if not text.strip():
        raise DocumentError("the PDF has no text layer (a scan?): OCR it first")
    meta = {"title": title} if title else {}
    return Document(source, text, clean_metadata(meta, text, 0, source), pages=pages)
