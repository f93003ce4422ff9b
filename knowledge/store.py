"""Where the index lives: Chroma collections, one per index generation, and a local cache.

Each reindex that changes anything writes a new collection
(`<prefix>-<timestamp>`), then moves the pointer — the metadata of the
`<prefix>--state` collection — to it. Readers follow the pointer, so a search
during a reindex is answered from the previous generation, and a failed run
leaves the pointer where it was. The previous generation is kept until the next
switch so in-flight searches never lose their collection.

A generation is complete once its collection's metadata says so (`complete`,
with the pointer it was switched in with). A pointer that names a missing
collection never blocks anyone: readers follow the newest complete generation
instead, and the next reindex repairs the pointer.

The pointer lives in Chroma, so bot shards that share a Chroma server share it
too. The BM25 indexes and the chunk list are a cache in the data folder, keyed
by generation and rebuilt from Chroma when missing.

This module is the only one that builds Chroma and LangChain objects.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

from .embeddings import Embedder, EmbedderInfo, describe
from .errors import ConfigurationError, EmbedderMismatchError, IndexNotFoundError
from .faults import unreachable
from .generation import ChunkRecord, Generation, card_texts, lexical_text
from .housekeeping import prune_cache
from .lexical import LexicalIndex
from .lexicon import Lexicon
from .settings import KnowledgeSettings
from .unit_vectors import UnitVectors, record_texts
from .unit_vectors import build as build_unit_vectors

# What each chunking version changed: CHANGELOG.md, "Chunking versions".
T = TypeVar("T")
CHUNKING_VERSION = "129"
_QUERY_MEMO = 64


class Store:
    def __init__(self, settings: KnowledgeSettings, embeddings: Embedder):
        self.settings = settings
        self.embeddings = embeddings
        self.info: EmbedderInfo = describe(embeddings)
        self.prefix = settings.collection_prefix
        self.data_dir = Path(settings.data_dir)
        self._client: Any = None
        self._queries: OrderedDict[str, list[float]] = OrderedDict()
        self._queries_lock = threading.Lock()

    def embed_query(self, text: str) -> list[float]:
        """The query's vector; the last few are remembered, so the search and the answer
        that follows it embed a question once."""
        with self._queries_lock:
            if text in self._queries:
                self._queries.move_to_end(text)
                return self._queries[text]
        vector = self.embeddings.embed_query(text)
        with self._queries_lock:
            self._queries[text] = vector
            while len(self._queries) > _QUERY_MEMO:
                self._queries.popitem(last=False)
        return vector

    # ---------- Chroma ----------
    @property
    def client(self) -> Any:
        if self._client is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            chroma_settings = ChromaSettings(anonymized_telemetry=False)
            s = self.settings
            if s.chroma_host:
                try:
                    self._client = chromadb.HttpClient(
                        host=s.chroma_host,
                        port=s.chroma_port,
                        ssl=s.chroma_ssl,
                        settings=chroma_settings,
                    )
                except ValueError as e:  # "Could not connect to a Chroma server"
                    raise unreachable(s) from e
            else:
                try:
                    (self.data_dir / "chroma").mkdir(parents=True, exist_ok=True)
                except OSError as e:
                    raise ConfigurationError(
                        f"cannot use the data folder {self.data_dir}: {e.strerror or e}"
                    ) from e
                self._client = chromadb.PersistentClient(
                    path=str(self.data_dir / "chroma"), settings=chroma_settings
                )
        return self._client

    def create_collection(self, name: str) -> Any:
        """A new, empty collection for a generation, recording the embedder that fills it."""
        from langchain_chroma import Chroma

        metadata = {
            "hnsw:space": "cosine",
            "embedder": self.info.name,
            "dimension": self.info.dimension,
        }
        store = Chroma(
            collection_name=name,
            embedding_function=cast(Any, self.embeddings),  # LangChain's Embeddings methods
            client=self.client,
            collection_metadata=metadata,
        )
        return store._collection

    @staticmethod
    def is_missing_collection(error: BaseException) -> bool:
        """Whether `error` is Chroma saying a collection no longer exists."""
        from chromadb.errors import NotFoundError

        return isinstance(error, NotFoundError)

    def collection(self, name: str) -> Any:
        return self.client.get_collection(name)

    def _state(self) -> Any:
        return self.client.get_or_create_collection(
            f"{self.prefix}--state", metadata={"current": ""}, embedding_function=None
        )

    def pointer(self) -> dict[str, Any] | None:
        meta = self._state().metadata or {}
        if not meta.get("current"):
            return None
        return dict(meta)

    def set_pointer(self, pointer: dict[str, Any]) -> None:
        self._state().modify(metadata=pointer)

    def collection_names(self) -> list[str]:
        return [c if isinstance(c, str) else c.name for c in self.client.list_collections()]

    def generation_names(self) -> list[str]:
        pattern = re.compile(re.escape(self.prefix) + r"-\d+")
        return sorted(n for n in self.collection_names() if pattern.fullmatch(n))

    def mark_complete(self, name: str, pointer: dict[str, Any]) -> None:
        """Record in the collection that it is whole, with the pointer that switches to it."""
        self.collection(name).modify(metadata={**pointer, "complete": True})

    def exists(self, name: str) -> bool:
        try:
            self.collection(name)
        except Exception as e:
            if self.is_missing_collection(e):
                return False
            raise
        return True

    def newest_complete(self) -> dict[str, Any] | None:
        """The pointer of the newest complete generation, for when the pointer is broken."""
        for name in reversed(self.generation_names()):
            with contextlib.suppress(Exception):  # dropped meanwhile
                meta = dict(self.collection(name).metadata or {})
                if meta.get("complete") and meta.get("current") == name:
                    meta.pop("complete")
                    return meta
        return None

    def current(self) -> dict[str, Any] | None:
        """The pointer, or the newest complete generation's when it names a missing one."""
        pointer = self.pointer()
        if pointer is None or self.exists(pointer["current"]):
            return pointer
        return self.newest_complete()

    def drop(self, name: str) -> None:
        with contextlib.suppress(Exception):  # already gone
            self.client.delete_collection(name)
        shutil.rmtree(self.cache_dir(name), ignore_errors=True)

    # ---------- the cache beside Chroma ----------
    def cache_dir(self, name: str) -> Path:
        return self.data_dir / "cache" / name

    def check_embedder(self, pointer: dict[str, Any]) -> None:
        if (
            pointer.get("embedder") != self.info.name
            or int(pointer.get("dimension", 0)) != self.info.dimension
        ):
            raise EmbedderMismatchError(
                f"the index was built with the embedder {pointer.get('embedder')} "
                f"({pointer.get('dimension')} dimensions) but {self.info.name} "
                f"({self.info.dimension}) is configured: run `python -m knowledge index` to rebuild it"
            )

    def _previous(self, pointer: dict[str, Any], load: Callable[[Path], T]) -> T | None:
        """What `load` reads from the cache of the generation before this one (or the
        current one), to reuse its vectors; None when neither has it (or it is damaged)."""
        for name in (pointer.get("previous"), pointer.get("current")):
            if name:
                with contextlib.suppress(OSError, ValueError, KeyError, EOFError):
                    return load(self.cache_dir(str(name)))
        return None

    def unit_vectors(
        self,
        records: list[ChunkRecord],
        previous: UnitVectors | None,
        progress: Callable[[int, int], None] | None = None,
    ) -> UnitVectors:
        """The vectors of the answer units of `records`, reusing those `previous` has."""
        return build_unit_vectors(record_texts(records), self.embeddings, previous, progress)

    def lexicon(self, records: list[ChunkRecord], previous: Lexicon | None = None) -> Lexicon:
        """The words of `records` in each language, embedded (lexicon.py); those of the
        `previous` lexicon keep their vectors."""
        texts = ((r.text, str(r.metadata.get("language") or "")) for r in records)
        return Lexicon.build(texts, self.embeddings, previous, self.info.dimension)

    def write_generation(
        self,
        name: str,
        pointer: dict[str, Any],
        records: list[ChunkRecord],
        progress: Callable[[int, int], None] | None = None,
    ) -> Generation:
        folder = self.cache_dir(name)
        tmp = folder.with_name(f"{folder.name}.{uuid.uuid4().hex[:12]}.tmp")
        tmp.mkdir(parents=True)
        chunk_index = LexicalIndex.build([lexical_text(r) for r in records])
        card_index = LexicalIndex.build(card_texts(records))
        try:
            units = self.unit_vectors(records, self._previous(pointer, UnitVectors.load), progress)
            units.save(tmp)
            lexicon = self.lexicon(records, self._previous(pointer, Lexicon.load))
            lexicon.save(tmp)
            chunk_index.save(tmp / "bm25-chunks")
            card_index.save(tmp / "bm25-cards")
            with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as f:
                for r in records:
                    f.write(json.dumps({"id": r.id, "text": r.text, "metadata": r.metadata}) + "\n")
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)  # a full disk keeps no half-written cache
            raise
        shutil.rmtree(folder, ignore_errors=True)
        try:
            tmp.rename(folder)
        except OSError:  # another process of this data folder wrote it first
            if not (folder / "chunks.jsonl").is_file():
                raise
            shutil.rmtree(tmp, ignore_errors=True)
        return Generation(
            name, pointer, records, chunk_index, card_index, units=units, lexicon=lexicon
        )

    def prune_caches(self, pointer: dict[str, Any]) -> None:
        """Drop this data folder's caches of generations that are no longer served."""
        keep = {pointer.get("current", ""), pointer.get("previous", "")}
        prune_cache(self.data_dir / "cache", keep, unfinished=False)

    def open_current(self) -> Generation:
        """The generation the pointer names, from the cache (rebuilt from Chroma if missing)."""
        pointer = self.current()
        if pointer is None:
            raise IndexNotFoundError(
                f"nothing is indexed in {self.data_dir} yet: run `python -m knowledge index`"
            )
        self.check_embedder(pointer)
        name = pointer["current"]
        folder = self.cache_dir(name)
        try:
            records = []
            with open(folder / "chunks.jsonl", encoding="utf-8") as f:
                for line in f:
                    d = json.loads(line)
                    records.append(ChunkRecord(d["id"], d["text"], d["metadata"]))
            generation = Generation(
                name,
                pointer,
                records,
                LexicalIndex.load(folder / "bm25-chunks"),
                LexicalIndex.load(folder / "bm25-cards"),
            )
        except (OSError, ValueError, KeyError):
            return self.write_generation(name, pointer, self.records_from_chroma(name))
        try:
            generation.lexicon = Lexicon.load(folder, self.embeddings)
        except (OSError, ValueError, KeyError, EOFError):  # older or damaged: built once
            generation.lexicon = self.lexicon(records)
            with contextlib.suppress(OSError):
                generation.lexicon.save(folder)
        try:
            generation.units = UnitVectors.load(folder, self.embeddings)
        except (OSError, ValueError, KeyError, EOFError):  # older or damaged: embedded once
            generation.units = self.unit_vectors(records, None)
            with contextlib.suppress(OSError):
                generation.units.save(folder)
        return generation

    def records_from_chroma(self, name: str) -> list[ChunkRecord]:
        got = self.collection(name).get(include=["documents", "metadatas"])
        records = [
            ChunkRecord(i, d or "", dict(m or {}))
            for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        ]
        records.sort(key=lambda r: (r.source, int(r.metadata.get("start", 0))))
        return records

    @staticmethod
    def new_name(prefix: str) -> str:
        return f"{prefix}-{time.time_ns() // 1000}"
