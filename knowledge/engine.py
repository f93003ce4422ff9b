"""The engine: one object the CLI and the bot hold, built once from settings."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from .embeddings import Embedder, make_embeddings
from .errors import IndexNotFoundError
from .faults import faults
from .housekeeping import folder_size
from .indexing import Indexer, IndexReport, Progress
from .search import Passage, Searcher
from .settings import KnowledgeSettings
from .store import Store


class Engine:
    """Search and reindex over one data folder.

    Searches are answered from the current generation while a reindex builds the
    next one; the engine switches when the reindex completes (or, for a reindex
    run by another process or instance, when it next checks the pointer, every
    STEWARD_POINTER_CHECK_SECONDS). An unreachable Chroma server or a full or
    read-only disk raises a one-line KnowledgeError (see faults.py); the next call
    works again once the fault is gone.
    """

    def __init__(self, settings: KnowledgeSettings, embeddings: Embedder | None = None):
        self.settings = settings
        self.embeddings = embeddings if embeddings is not None else make_embeddings(settings)
        self.store = Store(settings, self.embeddings)
        self.indexer = Indexer(self.store)
        self._searcher: Searcher | None = None
        self._checked = 0.0
        self._lock = threading.Lock()

    def warm(self) -> threading.Thread:
        """Load the embedder's model in the background (the bundled one: about a second the
        first time, a fifth of that once its files are kept in the data folder) while the
        caller opens the store: a command that answers one question starts sooner."""
        load = getattr(self.embeddings, "load", None)
        thread = threading.Thread(
            target=load if callable(load) else lambda: None, name="warm-embedder", daemon=True
        )
        thread.start()
        return thread

    # ---------- search ----------
    def searcher(self) -> Searcher:
        with faults(self.settings), self._lock:
            now = time.monotonic()
            if (
                self._searcher is not None
                and now - self._checked < self.settings.pointer_check_seconds
            ):
                return self._searcher
            pointer = self.store.current()
            self._checked = now
            if (
                self._searcher is None
                or pointer is None
                or pointer.get("current") != self._searcher.generation.name
            ):
                self._searcher = Searcher(self.store, self.store.open_current())
                self.store.prune_caches(self._searcher.generation.pointer)
            return self._searcher

    def generation_name(self) -> str:
        """The index generation answers read now (another instance's switch is seen once
        `pointer_check_seconds` have passed since the last look)."""
        return self.searcher().generation.name

    def search(self, query: str, k: int = 8, *, ndocs: int = 2) -> list[Passage]:
        with faults(self.settings):
            try:
                return self.searcher().search(query, k, ndocs=ndocs)
            except Exception as e:
                if not self.store.is_missing_collection(e):
                    raise
            # Another instance switched generations (or dropped ours): follow the pointer.
            with self._lock:
                self._searcher = None
            return self.searcher().search(query, k, ndocs=ndocs)

    def in_other_language(self, query: str, k: int, language: str) -> list[Passage]:
        """The chunks of documents not in `language` best matching `query`'s words alone
        (Searcher.in_other_language; lexical, no store call)."""
        return self.searcher().in_other_language(query, k, language)

    def nearest(self, query: str, n: int) -> list[Passage]:
        """The `n` chunks nearest the query by meaning alone (see Searcher.nearest)."""
        with faults(self.settings):
            try:
                return self.searcher().nearest(query, n)
            except Exception as e:
                if not self.store.is_missing_collection(e):
                    raise
            with self._lock:
                self._searcher = None
            return self.searcher().nearest(query, n)

    def following(self, passage: Passage, *, siblings: bool = False) -> Passage | None:
        """The chunk after `passage` in the same section, if any (see Searcher.following)."""
        with faults(self.settings):
            return self.searcher().following(passage, siblings=siblings)

    def preceding(self, passage: Passage) -> Passage | None:
        """The chunk before `passage` in the same section, if any (Searcher.preceding)."""
        with faults(self.settings):
            return self.searcher().preceding(passage)

    def referenced(self, passage: Passage, query: str, limit: int) -> list[Passage]:
        """The chunks of the sections `passage` refers to nearest `query` (Searcher.referenced)."""
        with faults(self.settings):
            return self.searcher().referenced(passage, query, limit)

    def amending(self, source: str, clause: str) -> list[Passage]:
        """Other documents' chunks replacing clause `clause` (Searcher.amending)."""
        with faults(self.settings):
            return self.searcher().amending(source, clause)

    def naming_rows(self, passage: Passage, limit: int) -> list[Passage]:
        """Other documents' chunks naming the passage's table rows by code
        (Searcher.naming_rows)."""
        with faults(self.settings):
            return self.searcher().naming_rows(passage, limit)

    def coded_rows(self, code: str, source: str) -> list[Passage]:
        """Other documents' table chunks with a row coded `code` (Searcher.coded_rows)."""
        with faults(self.settings):
            return self.searcher().coded_rows(code, source)

    def clause_chunks(self, clause: str, source: str) -> list[Passage]:
        """Other documents' chunks holding numbered clause `clause` (Searcher.clause_chunks)."""
        with faults(self.settings):
            return self.searcher().clause_chunks(clause, source)

    def ratifying(self) -> list[Passage]:
        """The chunks dating a ratification (Searcher.ratifying)."""
        with faults(self.settings):
            return self.searcher().ratifying()

    def pay_calendars(self) -> list[Passage]:
        """The chunks giving pay periods (Searcher.pay_calendars)."""
        with faults(self.settings):
            return self.searcher().pay_calendars()

    def clause_sources(self, clause: str) -> list[str]:
        """The documents with a numbered clause `clause` (Searcher.clause_sources)."""
        with faults(self.settings):
            return self.searcher().clause_sources(clause)

    def like_rows(self, passage: Passage, query: str, limit: int) -> list[Passage]:
        """Other documents' table chunks listing an item of the passage's rows
        (Searcher.like_rows)."""
        with faults(self.settings):
            return self.searcher().like_rows(passage, query, limit)

    def nearest_rows(self, query: str, n: int) -> list[Passage]:
        """The chunks of the `n` table rows nearest the query by meaning (Searcher.nearest_rows)."""
        with faults(self.settings):
            return self.searcher().nearest_rows(query, n)

    def rows_naming(
        self,
        tokens: set[str],
        sources: set[str] | None,
        limit: int,
        least: int = 1,
        exclude: frozenset[str] = frozenset(),
    ) -> list[Passage]:
        """Table chunks of `sources` (None: all but `exclude`) whose row labels name
        `tokens` (Searcher.rows_naming)."""
        with faults(self.settings):
            return self.searcher().rows_naming(tokens, sources, limit, least, exclude)

    def table_of(self, passage: Passage) -> int | None:
        """Which table of its document the passage is part of, if any (Searcher.table_of)."""
        with faults(self.settings):
            return self.searcher().table_of(passage)

    def same_table(self, passage: Passage, limit: int) -> list[Passage]:
        """The other chunks of its table and of its document's like tables (Searcher.same_table)."""
        with faults(self.settings):
            return self.searcher().same_table(passage, limit)

    def passages_of(self, source: str) -> list[Passage]:
        """Every chunk of the document `source`, in order (empty if it is not indexed)."""
        with faults(self.settings):
            return self.searcher().passages_of(source)

    # ---------- indexing ----------
    def reindex(
        self, source_dir: Path | None = None, progress: Progress | None = None
    ) -> IndexReport:
        with faults(self.settings):
            report = self.indexer.run(source_dir, progress)
            if report.changed:
                with self._lock:
                    self._searcher = Searcher(self.store, self.store.open_current())
                    self._checked = time.monotonic()
        return report

    def ensure_index(self, progress: Progress | None = None) -> IndexReport | None:
        """Index the source folder when nothing is indexed yet (first use); else do nothing."""
        with faults(self.settings):
            if self.store.current() is not None:
                return None
        return self.reindex(progress=progress)

    # ---------- what is indexed ----------
    def documents(self) -> list[dict[str, Any]]:
        return self.searcher().generation.documents()

    def stats(self) -> dict[str, Any]:
        with faults(self.settings):
            pointer = self.store.current()
        if pointer is None:
            raise IndexNotFoundError(
                f"nothing is indexed in {self.store.data_dir} yet: run `python -m knowledge index`"
            )
        return {
            "data": str(self.store.data_dir),
            "data_bytes": folder_size(self.store.data_dir),
            "chroma": (
                f"{self.settings.chroma_host}:{self.settings.chroma_port}"
                if self.settings.chroma_host
                else "embedded"
            ),
            "source": pointer.get("source"),
            "collection": pointer.get("current"),
            "documents": pointer.get("documents"),
            "chunks": pointer.get("chunks"),
            "embedder": pointer.get("embedder"),
            "dimension": pointer.get("dimension"),
            "indexed_at": pointer.get("indexed_at"),
            "failed": [name for name in str(pointer.get("failed") or "").split("\n") if name],
        }
