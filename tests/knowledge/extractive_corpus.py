"""The extractive answering tests' corpus: a rate sheet, AI terms and a news item, and
`answerer_over()`, which indexes documents and answers over them without a model, as of TODAY.

The `embeddings` and `answerer` fixtures (tests/knowledge/conftest.py) are built on these.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from knowledge import Answerer, Engine, KnowledgeSettings

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 24)

RATES = """---
title: Stand-in rates
kind: rates
language: en
effective_from: 2023-11-09
effective_to: 2030-06-30
source_url: https://example.org/rates
---
# Stand-in rates

## Daily rates

| Category | Rate | Effective from | Effective to | Status |
|---|---|---|---|---|
| Stand-in, per 8-hour day | $243 | 2023-11-09 | 2024-06-30 | superseded |
| Stand-in, per 8-hour day | $253 | 2024-07-01 | 2025-06-30 | superseded |
| Stand-in, per 8-hour day | $262 | 2025-07-01 | 2026-06-30 | superseded |
| Stand-in, per 8-hour day | $271 | 2026-07-01 | 2030-06-30 | current |
"""

AI_TERMS = """---
title: Digital replica terms
kind: contract
language: en
---
# Digital replica terms

## Notice

A producer must give a performer at least 48 hours' notice before scanning them for a
digital replica. Consent must be clear and conspicuous.
"""

NEWS = """---
title: Strike news
kind: article
language: en
published: 2023-08-02
---
# Strike news

A background actor told reporters she earned $187 a day before the strike.
"""


def answerer_over(root: Path, documents: dict[str, str], embeddings, **settings) -> Answerer:
    """An extractive answerer, today = TODAY, over `documents` (file name → text)."""
    docs = root / "docs"
    docs.mkdir()
    for name, text in documents.items():
        (docs / name).write_text(text, encoding="utf-8")
    config = KnowledgeSettings(
        data_dir=root / "data", source_dir=docs, llm_enabled=False, **settings
    )
    engine = Engine(config, embeddings=embeddings)
    engine.reindex()
    return Answerer(engine, today=TODAY, use_llm=False)
