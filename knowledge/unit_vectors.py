"""Vectors of the answer units, computed when a generation is built, never per question.

The extractive answer compares the question's vector with the vectors of the
sentences and table rows of the retrieved passages. Embedding those at question
time cost about 95% of an answer; so the indexer cuts every chunk into units
(answering/units.py) and embeds each unit's texts once, when it writes a
generation's cache. The vectors are stored beside the BM25 indexes
(`unit-vectors.npy`, float16, with `unit-keys.json`), keyed by a hash of the text
embedded, so a unit unchanged since the previous generation keeps its vector and
an edited document only costs its own units. A cache rebuilt from Chroma (another
instance sharing the server) embeds its units once.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np

from .embeddings import Embedder

_BATCH = 128
UNITS_VERSION = "8"  # bump when answering/units.py changes what a unit's texts are


def key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


class UnitVectors:
    """Unit text → its L2-normalised vector. Thread-safe: texts missing from the cache
    (a cache of another units version) are embedded on demand and kept."""

    def __init__(self, keys: list[str], matrix: np.ndarray, embeddings: Embedder | None = None):
        self._row = {k: i for i, k in enumerate(keys)}
        self._matrix = matrix
        self._extra: dict[str, np.ndarray] = {}
        self._embeddings = embeddings
        self._lock = threading.Lock()
        self.misses = 0  # texts embedded at question time (0 when the cache is complete)

    def __len__(self) -> int:
        return len(self._row)

    def matrix(self, texts: list[str]) -> np.ndarray:
        """The vectors of `texts`, one row each (float32)."""
        keys = [key(t) for t in texts]
        rows = [self._row.get(k) for k in keys]
        found = [r for r in rows if r is not None]
        if len(found) == len(rows):  # the usual case: one gather from the cache
            return np.asarray(self._matrix[found], dtype=np.float32)
        with self._lock:
            missing = {
                k: t
                for t, k, r in zip(texts, keys, rows, strict=True)
                if r is None and k not in self._extra
            }
            if missing and self._embeddings is not None:
                self.misses += len(missing)
                vectors = normalised(self._embeddings, list(missing.values()))
                self._extra.update(zip(missing, vectors, strict=True))
        dim = self._matrix.shape[1] if self._matrix.ndim == 2 and self._matrix.size else 0
        out = []
        for k, row in zip(keys, rows, strict=True):
            if row is not None:
                out.append(np.asarray(self._matrix[row], dtype=np.float32))
            else:
                extra = self._extra.get(k)
                out.append(extra if extra is not None else np.zeros(dim, dtype=np.float32))
        return np.vstack(out) if out else np.zeros((0, dim), dtype=np.float32)

    def save(self, folder: Path) -> None:
        keys = sorted(self._row, key=self._row.__getitem__)
        np.save(folder / "unit-vectors.npy", self._matrix.astype(np.float16), allow_pickle=False)
        (folder / "unit-keys.json").write_text(
            json.dumps({"version": UNITS_VERSION, "keys": keys}), encoding="utf-8"
        )

    @classmethod
    def load(cls, folder: Path, embeddings: Embedder | None = None) -> UnitVectors:
        meta = json.loads((folder / "unit-keys.json").read_text(encoding="utf-8"))
        if meta.get("version") != UNITS_VERSION:
            raise ValueError("unit vectors of another version")
        matrix = np.load(folder / "unit-vectors.npy", mmap_mode="r", allow_pickle=False)
        if matrix.shape[0] != len(meta["keys"]):
            raise ValueError("unit vectors and keys disagree")
        return cls(list(meta["keys"]), matrix, embeddings)

    def vector_of(self, text: str) -> np.ndarray | None:
        row = self._row.get(key(text))
        return None if row is None else np.asarray(self._matrix[row], dtype=np.float32)


def normalised(embeddings: Embedder, texts: list[str]) -> list[np.ndarray]:
    """The L2-normalised vectors of `texts`, one per text."""
    vectors = np.asarray(embeddings.embed_documents(texts), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return list(vectors / np.maximum(norms, 1e-12))


def build(
    texts: Iterable[str],
    embeddings: Embedder,
    previous: UnitVectors | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> UnitVectors:
    """Vectors for every distinct text; those `previous` has are copied, not re-embedded."""
    unique = list(dict.fromkeys(texts))
    keys = [key(t) for t in unique]
    dim = None
    rows: list[np.ndarray | None] = []
    todo: list[int] = []
    for i, t in enumerate(unique):
        v = previous.vector_of(t) if previous is not None else None
        rows.append(v)
        if v is None:
            todo.append(i)
        else:
            dim = v.shape[0]
    for start in range(0, len(todo), _BATCH):
        batch = todo[start : start + _BATCH]
        for i, v in zip(batch, normalised(embeddings, [unique[i] for i in batch]), strict=True):
            rows[i] = v
            dim = v.shape[0]
        if progress is not None:
            progress(min(start + _BATCH, len(todo)), len(todo))
    matrix = (
        np.vstack([r for r in rows if r is not None]).astype(np.float16)
        if rows
        else np.zeros((0, dim or 0), dtype=np.float16)
    )
    return UnitVectors(keys, matrix, embeddings)


def record_texts(records: Iterable[object]) -> list[str]:
    """The texts embedded for the units of these chunk records (store.ChunkRecord)."""
    from .answering.units import cut

    return [t for u in cut(as_passages(records)) for t in u.vector_texts]


def chunk_text(record: object) -> str:
    """The text a chunk is embedded as: its own text, but a chunk of table rows as those
    rows read out with their column headers ("Stand-in (8-hour day) — Hourly: $33.00"),
    which the embedder matches with a question far better than a grid of pipes."""
    from .answering.units import cut

    text: str = record.text  # type: ignore[attr-defined]
    if "|" not in text:
        return text
    units = cut(as_passages([record]))
    if not any(u.row for u in units):
        return text
    heading = str(record.metadata.get("heading", ""))  # type: ignore[attr-defined]
    lines = [u.display if u.row else u.text for u in units]
    return "\n".join([heading, *dict.fromkeys(lines)] if heading else dict.fromkeys(lines))


def as_passages(records: Iterable[object]) -> list[Any]:
    from .search import Passage

    return [
        Passage(
            r.id,  # type: ignore[attr-defined]
            r.source,  # type: ignore[attr-defined]
            str(r.metadata.get("title", r.source)),  # type: ignore[attr-defined]
            r.text,  # type: ignore[attr-defined]
            0,
            0,
            0.0,
            r.metadata,  # type: ignore[attr-defined]
        )
        for r in records
    ]
