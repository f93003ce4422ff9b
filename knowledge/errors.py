"""Errors raised by the knowledge engine.

    KnowledgeError
    ├── ConfigurationError      a folder or setting is missing or unusable
    ├── IndexNotFoundError      nothing has been indexed in the data folder yet
    ├── EmbedderMismatchError   the index was built by another embedder: reindex
    ├── ReindexInProgressError  another reindex holds the lock
    ├── StoreUnavailableError   the Chroma server cannot be reached (try again later)
    ├── StorageError            the data folder is full or read-only (nothing was changed)
    └── DocumentError           one document could not be loaded (skipped, reported)

Every message is one line a member or an admin can act on.
"""

from __future__ import annotations


class KnowledgeError(Exception):
    """Base class of every error the engine raises on purpose."""


class ConfigurationError(KnowledgeError):
    pass


class IndexNotFoundError(KnowledgeError):
    pass


class EmbedderMismatchError(KnowledgeError):
    pass


class ReindexInProgressError(KnowledgeError):
    def __init__(
        self, message: str = "a reindex is already running; try again when it has finished"
    ):
        super().__init__(message)


class StoreUnavailableError(KnowledgeError):
    """The Chroma server is unreachable; the same call works again once it is back."""


class StorageError(KnowledgeError):
    """The data folder cannot be written (full, read-only); the previous index is intact."""


class DocumentError(KnowledgeError):
    """A document that cannot be indexed; the message is the one-line reason."""
