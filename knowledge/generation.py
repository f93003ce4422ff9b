"""One index generation in memory: its chunks, sorted by source, and its BM25 indexes.

A generation is what a search reads: the chunk records of one Chroma collection, the
lexical indexes over their text and over each document's card (its path, title and
opening), and the vectors computed for it when it was written (the answer units', the
corpus's words). store.py writes and opens generations; this module only holds one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .lexical import LexicalIndex
from .lexicon import Lexicon
from .unit_vectors import UnitVectors

_CARD_CHARS = 1000


@dataclass
class ChunkRecord:
    id: str
    text: str
    metadata: dict[str, Any]

    @property
    def source(self) -> str:
        return str(self.metadata["source"])


@dataclass
class Generation:
    """One complete index: its collection, its chunks (sorted by source) and its BM25 indexes."""

    name: str
    pointer: dict[str, Any]
    records: list[ChunkRecord]
    chunk_index: LexicalIndex
    card_index: LexicalIndex
    sources: list[str] = field(default_factory=list)  # one per document, in record order
    doc_of: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    doc_starts: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    id_to_row: dict[str, int] = field(default_factory=dict)
    units: UnitVectors | None = None  # the answer units' vectors (unit_vectors.py)
    lexicon: Lexicon | None = None  # the corpus's words and their vectors (lexicon.py)

    def __post_init__(self) -> None:
        self.sources = []
        doc_of = []
        starts = []
        for row, rec in enumerate(self.records):
            if not self.sources or self.sources[-1] != rec.source:
                self.sources.append(rec.source)
                starts.append(row)
            doc_of.append(len(self.sources) - 1)
        self.doc_of = np.asarray(doc_of, dtype=np.int32)
        self.doc_starts = np.asarray(starts, dtype=np.int64)
        self.id_to_row = {rec.id: row for row, rec in enumerate(self.records)}

    def documents(self) -> list[dict[str, Any]]:
        """One entry per document: its source and document-level metadata, with a chunk count."""
        out: dict[str, dict[str, Any]] = {}
        for rec in self.records:
            entry = out.get(rec.source)
            if entry is None:
                keep = (
                    "source",
                    "title",
                    "kind",
                    "language",
                    "published",
                    "effective_from",
                    "effective_to",
                    "source_url",
                    "status",
                )
                entry = {k: rec.metadata[k] for k in keep if k in rec.metadata}
                entry["chunks"] = 0
                out[rec.source] = entry
            entry["chunks"] += 1
        return list(out.values())


def card_texts(records: list[ChunkRecord]) -> list[str]:
    """Per document: its path, title and opening text — what names a document."""
    cards: list[str] = []
    current = None
    for rec in records:
        if rec.source != current:
            current = rec.source
            path_words = rec.source.replace("/", " ").replace("_", " ").replace("-", " ")
            cards.append(f"{path_words}\n{rec.metadata.get('title', '')}\n")
        if len(cards[-1]) < _CARD_CHARS:
            cards[-1] += rec.text[: _CARD_CHARS - len(cards[-1])] + "\n"
    return cards


def lexical_text(rec: ChunkRecord) -> str:
    md = rec.metadata
    return "\n".join(x for x in (md.get("heading", ""), md.get("table_header", ""), rec.text) if x)
