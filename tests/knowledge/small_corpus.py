"""An answerer over a few documents written by a test, as of a fixed day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from knowledge import Answerer, Engine, KnowledgeSettings

TODAY = dt.date(2026, 12, 1)


def answerer_over(
    root: Path, documents: dict[str, str], embedder, today: dt.date = TODAY
) -> Answerer:
    """An extractive answerer over `documents` (file name → text), indexed under `root`."""
    docs = root / "docs"
    docs.mkdir()
    for name, text in documents.items():
        (docs / name).write_text(text, encoding="utf-8")
    settings = KnowledgeSettings(data_dir=root / "data", source_dir=docs, llm_enabled=False)
    engine = Engine(settings, embeddings=embedder)
    engine.reindex()
    return Answerer(engine, today=today, use_llm=False)
