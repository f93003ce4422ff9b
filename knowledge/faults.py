"""Faults of the store and the disk, turned into one line an admin can act on.

    with faults(settings):          # around anything that talks to Chroma or the data folder
        ...

- The Chroma server cannot be reached (at start or midway): StoreUnavailableError.
  Nothing is lost; the same call works again once the server is back.
- The data folder is full or read-only: StorageError. A reindex that fails this
  way has not moved the pointer, so the previous index still serves.

Anything else passes through unchanged.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager

from .errors import KnowledgeError, StorageError, StoreUnavailableError
from .settings import KnowledgeSettings

_FULL = (errno.ENOSPC, errno.EDQUOT)
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)
_UNREACHABLE_TEXT = (
    "could not connect to a chroma server",
    "connection refused",
    "connecterror",
    "all connection attempts failed",
    "server disconnected",
    "remoteprotocolerror",
)
_FULL_TEXT = ("database or disk is full", "no space left on device", "disk quota exceeded")
_READ_ONLY_TEXT = ("readonly database", "read-only file system", "permission denied")


def where(settings: KnowledgeSettings) -> str:
    return (
        f"the Chroma server at {settings.chroma_host}:{settings.chroma_port}"
        if settings.chroma_host
        else "the embedded store"
    )


def unreachable(settings: KnowledgeSettings) -> StoreUnavailableError:
    return StoreUnavailableError(
        f"cannot reach the Chroma server at {settings.chroma_host}:{settings.chroma_port}: "
        "start it (`chroma run --path DIR --host HOST --port PORT`) or check CHROMA_HOST / "
        "CHROMA_PORT; the index is unchanged"
    )


def full(settings: KnowledgeSettings) -> StorageError:
    return StorageError(
        f"the disk of the data folder {settings.data_dir} is full: free some space and run "
        "the reindex again; the previous index is unchanged"
    )


def read_only(settings: KnowledgeSettings) -> StorageError:
    return StorageError(
        f"the data folder {settings.data_dir} cannot be written (read-only or not ours): "
        "check its mount and permissions, or set STEWARD_DATA_DIR; the previous index is unchanged"
    )


def translate(error: BaseException, settings: KnowledgeSettings) -> KnowledgeError | None:
    """The one-line error for `error`, or None when it is not a store or disk fault."""
    if isinstance(error, KnowledgeError):
        return None
    for e in _chain(error):
        if isinstance(e, OSError) and e.errno in _FULL:
            return full(settings)
        if isinstance(e, OSError) and e.errno in _READ_ONLY:
            return read_only(settings)
        text = f"{type(e).__name__}: {e}".lower()
        if any(t in text for t in _FULL_TEXT):
            return full(settings)
        if any(t in text for t in _READ_ONLY_TEXT):
            return read_only(settings)
        if settings.chroma_host and (
            _is_transport_error(e) or any(t in text for t in _UNREACHABLE_TEXT)
        ):
            return unreachable(settings)
    if not settings.chroma_host and _from_chroma(error):
        # The embedded store's own messages rarely name the cause ("Error in compaction"):
        # ask the file system.
        return _disk_state(settings)
    return None


_LOW_SPACE_BYTES = 1_000_000


def _disk_state(settings: KnowledgeSettings) -> StorageError | None:
    try:
        stat = os.statvfs(settings.data_dir)
    except OSError:
        return None
    if stat.f_flag & os.ST_RDONLY:
        return read_only(settings)
    if stat.f_bavail * stat.f_frsize < _LOW_SPACE_BYTES:
        return full(settings)
    return None


def _from_chroma(error: BaseException) -> bool:
    return type(error).__module__.startswith("chromadb")


@contextmanager
def faults(settings: KnowledgeSettings) -> Iterator[None]:
    try:
        yield
    except Exception as e:
        clean = translate(e, settings)
        if clean is None:
            raise
        raise clean from e


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _is_transport_error(error: BaseException) -> bool:
    try:
        import httpx
    except ImportError:  # pragma: no cover - chromadb depends on httpx
        return False
    return isinstance(error, httpx.TransportError | ConnectionError)
