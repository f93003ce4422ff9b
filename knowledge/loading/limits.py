"""What loading one file may cost: its size, what it inflates to, its pages, time and memory.

The size, inflation, part and page limits are checked by the loaders themselves;
time and memory are enforced by the loader process (see knowledge/sandbox.py),
which is killed when a file takes longer or needs more.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import DocumentError


@dataclass(frozen=True)
class LoadLimits:
    max_bytes: int | None = 25_000_000  # the file as stored
    max_inflated_bytes: int = 200_000_000  # every part of a .docx, uncompressed
    max_parts: int = 1_000  # parts (zip members) of a .docx
    max_pages: int = 2_000  # pages of a PDF
    seconds: float = 120.0  # wall-clock time to load and chunk one file
    memory_bytes: int = 2_000_000_000  # address space of the loader process

    @classmethod
    def from_settings(cls, settings: Any) -> LoadLimits:
        """The limits a KnowledgeSettings asks for."""
        return cls(
            max_bytes=int(settings.max_file_mb * 1e6),
            max_inflated_bytes=int(settings.max_inflated_mb * 1e6),
            max_parts=settings.max_docx_parts,
            max_pages=settings.max_pdf_pages,
            seconds=settings.load_seconds,
            memory_bytes=int(settings.load_memory_mb * 1e6),
        )


def check_size(size: int, max_bytes: int | None) -> None:
    """Refuse a file over the size limit (checked before reading it where possible)."""
    if max_bytes is not None and size > max_bytes:
        raise DocumentError(f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit")
