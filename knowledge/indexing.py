"""Incremental indexing with a content-hash per document.

A run hashes every file under the source folder and compares with the chunks
of the current generation (each chunk records its document's hash):
unchanged documents are skipped and their vectors copied, never re-embedded;
new and edited ones are loaded, chunked and embedded; deleted ones are left
out. Nothing changed means nothing is written. Otherwise a new generation is
built and the pointer moved at the very end (see store.py), so a failed or
interrupted run leaves the previous index working.

One reindex runs at a time: per data folder with the embedded store (a file
lock), across every instance of a Chroma server with a lease in the server
(lease.py). The holder repairs a pointer that names a missing generation and,
after a successful run, removes what interrupted runs left (housekeeping.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from .chunking import Chunk, chunk_document
from .errors import ConfigurationError, DocumentError, ReindexInProgressError
from .generation import ChunkRecord, Generation
from .housekeeping import remove_leftovers
from .lease import Lease
from .loading import Document, LoadFailure, LoadLimits, file_hash, read_regular_file, scan_folder
from .sandbox import LoaderProcess
from .store import CHUNKING_VERSION, Store
from .unit_vectors import chunk_text

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): stage is "scanning", "embedding" or "saving"."""

_BATCH = 64


@dataclass
class IndexReport:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    deleted: int = 0
    failed: list[LoadFailure] = field(default_factory=list)
    chunks: int = 0
    seconds: float = 0.0
    documents: int = 0
    changed: bool = False

    @property
    def unchanged(self) -> int:
        """Documents whose content had not changed (`skipped`: kept without re-embedding)."""
        return self.skipped

    def to_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.skipped,
            "deleted": self.deleted,
            "failed": [asdict(f) for f in self.failed],
            "chunks": self.chunks,
            "seconds": round(self.seconds, 3),
            "documents": self.documents,
        }


def _chunk_id(source: str, doc_hash: str, index: int) -> str:
    return hashlib.sha256(f"{source}\0{doc_hash}\0{index}".encode()).hexdigest()[:32]


def document_records(
    doc: Document, chunk_chars: int, chunks: list[Chunk] | None = None
) -> list[ChunkRecord]:
    """The records of a document's chunks (`chunks` when they were cut already)."""
    records = []
    if chunks is None:
        chunks = chunk_document(doc, chunk_chars)
    for i, chunk in enumerate(chunks):
        md: dict[str, Any] = {
            **doc.metadata,
            "source": doc.source,
            "doc_hash": doc.content_hash,
            "start": chunk.start,
            "end": chunk.end,
            "heading": chunk.heading,
            "chunk": i,
        }
        if chunk.page is not None:
            md["page"] = chunk.page
        if chunk.table_header:
            md["table_header"] = chunk.table_header
        records.append(ChunkRecord(_chunk_id(doc.source, doc.content_hash, i), chunk.text, md))
    return records


class Indexer:
    def __init__(self, store: Store):
        self.store = store
        self.settings = store.settings

    def run(self, source_dir: Path | None = None, progress: Progress | None = None) -> IndexReport:
        source_dir = Path(source_dir or self.settings.source_dir)
        if not source_dir.is_dir():
            raise ConfigurationError(f"the source folder {source_dir} does not exist")
        try:
            self.store.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ConfigurationError(
                f"cannot use the data folder {self.store.data_dir}: {e}"
            ) from e
        with self._locked():
            report = self._run(source_dir, progress or (lambda stage, done, total: None))
            self._check_lease()
            pointer = self.store.pointer()
            keep = {pointer["current"], pointer.get("previous", "")} if pointer else set()
            markers = (
                self._lease.stale_markers(self.store.collection_names()) if self._lease else []
            )
            remove_leftovers(self.store, keep, markers)
            return report

    _lease: Lease | None = None

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """The file lock of the data folder, and with a Chroma server its lease."""
        lock = FileLock(
            str(self.store.data_dir / "reindex.lock"), thread_local=False, is_singleton=False
        )
        try:
            lock.acquire(timeout=0)
        except Timeout:
            raise ReindexInProgressError() from None
        try:
            if not self.settings.chroma_host:
                yield
                return
            lease = Lease(lambda: self.store.client, self.store.prefix, self.settings.lock_seconds)
            lease.acquire()
            self._lease = lease
            try:
                yield
            finally:
                self._lease = None
                lease.release()
        finally:
            lock.release()

    def _check_lease(self) -> None:
        if self._lease is not None:
            self._lease.check()

    def _signature(self) -> dict[str, Any]:
        return {
            "embedder": self.store.info.name,
            "dimension": self.store.info.dimension,
            "chunking": f"{CHUNKING_VERSION}/{self.settings.chunk_chars}",
        }

    def _run(self, source_dir: Path, progress: Progress) -> IndexReport:
        t0 = time.perf_counter()
        store = self.store
        report = IndexReport()
        pointer = store.current()  # repaired below when it names a missing generation
        signature = self._signature()
        compatible = pointer is not None and all(pointer.get(k) == v for k, v in signature.items())
        old = store.open_current() if compatible else None
        old_by_source: dict[str, list[ChunkRecord]] = {}
        if old is not None:
            for rec in old.records:
                old_by_source.setdefault(rec.source, []).append(rec)
        elif pointer is not None:
            # Another embedder or chunking: everything is re-embedded; what was there counts as updated.
            old_by_source = {
                rec.source: [] for rec in store.records_from_chroma(pointer["current"])
            }

        kept: list[ChunkRecord] = []
        fresh: list[ChunkRecord] = []
        seen: set[str] = set()
        limits = LoadLimits.from_settings(self.settings)
        scan = scan_folder(source_dir)  # links out, FIFOs and devices are reported, not read
        report.failed.extend(scan.skipped)
        files = scan.files
        # New and edited files are loaded in a worker process with a time and memory limit.
        with LoaderProcess(limits, self.settings.chunk_chars) as loader:
            for n, (path, source) in enumerate(files, start=1):
                progress("scanning", n, len(files))
                seen.add(source)
                previous = old_by_source.get(source)
                try:
                    data = read_regular_file(path, limits.max_bytes)
                    digest = file_hash(data)
                    if previous and previous[0].metadata.get("doc_hash") == digest:
                        kept.extend(previous)
                        report.skipped += 1
                        continue
                    document, chunks = loader.load(data, source)
                    records = document_records(document, self.settings.chunk_chars, chunks)
                    if not records:
                        raise DocumentError("no text to index")
                except DocumentError as e:
                    reason = str(e)
                    if previous:
                        kept.extend(previous)
                        reason += " (the previous version stays indexed)"
                    report.failed.append(LoadFailure(source, reason))
                    continue
                fresh.extend(records)
                if previous is None:
                    report.added += 1
                else:
                    report.updated += 1
        report.deleted = len(set(old_by_source) - seen)
        report.documents = len({r.source for r in kept} | {r.source for r in fresh})
        report.chunks = len(kept) + len(fresh)

        if compatible and not (report.added or report.updated or report.deleted):
            assert pointer is not None
            if store.pointer() != pointer:  # the pointer named a missing generation
                self._check_lease()
                store.set_pointer(pointer)
            report.seconds = time.perf_counter() - t0
            return report
        self._build(pointer, signature, kept, fresh, progress, report, source_dir)
        report.changed = True
        report.seconds = time.perf_counter() - t0
        return report

    def _build(
        self,
        pointer: dict[str, Any] | None,
        signature: dict[str, Any],
        kept: list[ChunkRecord],
        fresh: list[ChunkRecord],
        progress: Progress,
        report: IndexReport,
        source_dir: Path,
    ) -> Generation:
        store = self.store
        name = store.new_name(store.prefix)
        try:
            collection = store.create_collection(name)
            done, total = 0, len(kept) + len(fresh)
            if kept and pointer is not None:
                old_collection = store.collection(pointer["current"])
                for i in range(0, len(kept), 512):
                    batch = kept[i : i + 512]
                    got = old_collection.get(ids=[r.id for r in batch], include=["embeddings"])
                    by_id = dict(zip(got["ids"], got["embeddings"], strict=True))
                    collection.add(
                        ids=[r.id for r in batch],
                        embeddings=[by_id[r.id] for r in batch],
                        documents=[r.text for r in batch],
                        metadatas=[r.metadata for r in batch],
                    )
                    done += len(batch)
                    progress("embedding", done, total)
            for i in range(0, len(fresh), _BATCH):
                batch = fresh[i : i + _BATCH]
                vectors = store.embeddings.embed_documents([chunk_text(r) for r in batch])
                collection.add(
                    ids=[r.id for r in batch],
                    embeddings=vectors,
                    documents=[r.text for r in batch],
                    metadatas=[r.metadata for r in batch],
                )
                done += len(batch)
                progress("embedding", done, total)
            records = sorted(kept + fresh, key=lambda r: (r.source, int(r.metadata["start"])))
            progress("saving", 0, 1)
            new_pointer = {
                **signature,
                "current": name,
                "previous": pointer["current"] if pointer else "",
                "indexed_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "documents": report.documents,
                "chunks": len(records),
                "source": str(source_dir.resolve()),
                # One string: Chroma's metadata (where the pointer is kept) takes no empty list.
                "failed": "\n".join(f.source for f in report.failed),
            }
            generation = store.write_generation(
                name,
                new_pointer,
                records,
                lambda done, total: progress("saving", done, total),  # embedding answer units
            )
            store.mark_complete(name, new_pointer)
            self._check_lease()
            store.set_pointer(new_pointer)
            progress("saving", 1, 1)
        except BaseException:
            store.drop(name)
            raise
        # The new generation and the one before it are kept (in-flight searches may still
        # use it); run() then removes every other leftover.
        return generation
