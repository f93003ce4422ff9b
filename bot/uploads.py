"""Documents added with /reindex: a safe file name, validation, and an atomic save.

The name keeps only letters, digits, '.', '-' and '_' of the file's last path component,
so it cannot climb out of the documents folder, hide itself or overwrite a folder. The
bytes are loaded before anything is written, with the checks and limits of a reindex and
in its loader process (so a hostile file costs bounded time and memory, never the bot):
a file that fails to load is rejected with its one-line reason and the folder is left
untouched.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from knowledge import SUPPORTED, DocumentError, LoaderProcess, LoadLimits, neutralise_mentions

MAX_NAME = 100
# Folders of the shipped documents, by kind; the loader guesses the kind from the path.
KIND_FOLDERS = {
    "contract": "contracts",
    "rates": "rates",
    "summary": "summaries",
    "article": "articles",
    "other": "other",
}
DEFAULT_FOLDER = "uploads"


class UploadRejected(DocumentError):
    """The attachment cannot be added; the message is the one-line reason."""


def safe_filename(name: str) -> str:
    """A plain file name from whatever the member's client sent; UploadRejected if none."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", base)
    base = re.sub(r"-{2,}", "-", base).strip(".-_ ")
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = stem.strip(".-_")[: MAX_NAME - len(suffix) - 1]
    suffix = suffix.lower()
    if f".{suffix}" not in SUPPORTED:
        shown = f".{suffix}" if suffix else "(none)"
        raise UploadRejected(
            f"unsupported file type {shown}: use PDF, DOCX, HTML, MD, TXT, RST, CSV, JSON, JSONL, XML, "
            "OPML, RSS, TEXI, REC, PROPERTIES, RTF, VCF or ICS"
        )
    if not stem:
        raise UploadRejected("the file has no usable name")
    return f"{stem}.{suffix}"


def display_name(name: str, limit: int = 80) -> str:
    """The name the member sent, safe to quote in a message (no backticks, one line)."""
    name = neutralise_mentions(" ".join(re.sub(r"`+", "'", name or "").split()))
    return name if len(name) <= limit else name[: limit - 1] + "…"


def destination(source_dir: Path, filename: str, kind: str | None) -> tuple[Path, str]:
    """Where the file goes, and its source name (POSIX, relative to the documents folder)."""
    folder = KIND_FOLDERS.get(kind or "", DEFAULT_FOLDER)
    relative = PurePosixPath(folder, safe_filename(filename))
    path = (source_dir / relative).resolve()
    if not path.is_relative_to(source_dir.resolve()):  # defence in depth
        raise UploadRejected("the file name points outside the documents folder")
    return path, relative.as_posix()


@dataclass
class Saved:
    path: Path
    source: str
    previous: bytes | None  # the file it replaced, to undo the save

    @property
    def replaced(self) -> bool:
        return self.previous is not None

    def undo(self) -> None:
        if self.previous is None:
            self.path.unlink(missing_ok=True)
        else:
            _write_atomically(self.path, self.previous)


def validate(data: bytes, source: str, max_bytes: int, limits: LoadLimits | None = None) -> None:
    """Raise DocumentError (with the reason) when `data` cannot be indexed as `source`."""
    with LoaderProcess(replace(limits or LoadLimits(), max_bytes=max_bytes)) as loader:
        loader.load(data, source)


def save(
    data: bytes,
    source_dir: Path,
    filename: str,
    kind: str | None,
    max_bytes: int,
    limits: LoadLimits | None = None,
) -> Saved:
    """Validate (within `limits`, default: the engine's defaults), then write the document
    into the documents folder (blocking)."""
    path, source = destination(source_dir, filename, kind)
    validate(data, source, max_bytes, limits)
    previous = path.read_bytes() if path.is_file() else None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(path, data)
    except OSError as e:
        raise UploadRejected(
            f"cannot write to the documents folder: {e.strerror or type(e).__name__}"
        ) from e
    return Saved(path, source, previous)


def _write_atomically(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".upload-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
