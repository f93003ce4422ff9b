"""A retrieved chunk, as search returns it and answers cite it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Passage:
    """A retrieved chunk. `text == document_text[start:end]`."""

    id: str
    source: str
    title: str
    text: str
    start: int
    end: int
    score: float
    metadata: dict[str, Any] = field(default_factory=dict)
    dense: float = 0.0  # cosine similarity to the query
    lexical: float = 0.0  # raw BM25 score of the query

    @property
    def heading(self) -> str:
        return str(self.metadata.get("heading", ""))

    @property
    def page(self) -> int | None:
        page = self.metadata.get("page")
        return int(page) if page is not None else None

    def to_json(self) -> dict[str, Any]:
        skip = {"doc_hash", "chunk"}
        out = {k: v for k, v in self.metadata.items() if k not in skip}
        out.update(
            source=self.source,
            title=self.title,
            start=self.start,
            end=self.end,
            text=self.text,
            score=round(self.score, 6),
            dense=round(self.dense, 6),
            lexical=round(self.lexical, 6),
        )
        return out
