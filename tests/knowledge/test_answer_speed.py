"""An answer embeds nothing but its question: the units' vectors come from the index."""

from __future__ import annotations

import datetime as dt

from knowledge import Answerer, Engine, KnowledgeSettings
from knowledge.unit_vectors import UnitVectors

DOC = """# Rates

## Stand-ins

The stand-in day rate is $271 for an 8-hour day from July 1, 2026.
Overtime is paid at time and a half after eight hours.

| Category | Rate |
|---|---|
| Stand-in, per hour | $33.90 |
| Background actor, per day | $230 |
"""


class QueryCountingEmbeddings:
    """Wraps an embedder; counts documents embedded and queries embedded."""

    def __init__(self, inner):
        self.inner = inner
        self.name = inner.name
        self.dimension = inner.dimension
        self.documents: list[str] = []
        self.queries: list[str] = []

    def embed_documents(self, texts):
        self.documents.extend(texts)
        return self.inner.embed_documents(texts)

    def embed_query(self, text):
        self.queries.append(text)
        return self.inner.embed_query(text)


def _engine(tmp_path, bundled_embedder) -> tuple[Engine, QueryCountingEmbeddings]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "rates.md").write_text(DOC, encoding="utf-8")
    embedder = QueryCountingEmbeddings(bundled_embedder)
    settings = KnowledgeSettings(data_dir=tmp_path / "data", source_dir=docs)
    engine = Engine(settings, embeddings=embedder)  # type: ignore[arg-type]
    engine.reindex()
    return engine, embedder


def test_an_answer_embeds_only_its_question(tmp_path, bundled_embedder):
    engine, embedder = _engine(tmp_path, bundled_embedder)
    answerer = Answerer(engine, today=dt.date(2026, 11, 24), use_llm=False)
    embedder.documents.clear()

    answer = answerer.ask("what is the stand-in day rate?")

    assert answer.grounded and answer.sources
    assert embedder.documents == []  # no sentence or row embedded at question time
    assert embedder.queries == ["what is the stand-in day rate?"]  # search and scoring share it
    assert engine.searcher().generation.units.misses == 0


def test_unit_vectors_survive_a_restart_and_are_reused_by_the_next_index(
    tmp_path, bundled_embedder
):
    engine, embedder = _engine(tmp_path, bundled_embedder)
    name = engine.store.pointer()["current"]
    saved = UnitVectors.load(engine.store.cache_dir(name))
    assert len(saved) >= 4  # two sentences (each twice: alone and under its headings), rows

    # A new document: only its units are embedded; the old ones are copied.
    more = "# Meals\n\nA meal break is due within six hours of the call.\n"
    (engine.settings.source_dir / "more.md").write_text(more, encoding="utf-8")
    embedder.documents.clear()
    engine.reindex()
    # its units, and the words no other document had (lexicon.py), and nothing else
    units = [t for t in embedder.documents if " " in t]
    words = [t for t in embedder.documents if " " not in t]
    assert units and all("meal" in t.lower() for t in units)
    assert all(w in more.lower() for w in words)

    # Another process opens the index: the vectors are read, not embedded.
    other = QueryCountingEmbeddings(bundled_embedder)
    reopened = Engine(engine.settings, embeddings=other)  # type: ignore[arg-type]
    Answerer(reopened, use_llm=False).ask("when is a meal break due?")
    assert other.documents == []


def test_prepare_reads_what_a_first_answer_would(tmp_path, bundled_embedder):
    """What answers read once per generation is read by prepare(), before a first question:
    the nearest-row index, the documents' names and terms."""
    from knowledge.answering import translated_names

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "rates.md").write_text(DOC, encoding="utf-8")
    settings = KnowledgeSettings(data_dir=tmp_path / "data", source_dir=docs, llm_enabled=False)
    engine = Engine(settings, embeddings=bundled_embedder)
    engine.reindex()
    answerer = Answerer(engine, use_llm=False, today=dt.date(2026, 12, 1))
    searcher = engine.searcher()
    assert searcher._rows is None
    answerer.prepare()
    generation = searcher.generation.name
    assert searcher._rows is not None
    assert (str(settings.data_dir), generation) in translated_names._CACHE
    assert answerer.vocabulary._terms._name == generation
