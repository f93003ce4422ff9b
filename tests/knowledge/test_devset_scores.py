"""A regression guard on a second union's documents (../shared/bench/union-b), scored by
that set's own scorer, so that a change tuned on the shipped documents cannot quietly
make answers worse on documents nobody here wrote. Floors are today's scores (README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import Answerer, Engine, KnowledgeSettings
from knowledge.devsets import evaluate

DEVSET = Path(__file__).resolve().parents[3] / "shared" / "bench" / "union-b"


@pytest.mark.slow
@pytest.mark.skipif(
    not (DEVSET / "questions.json").is_file(), reason="no union-b set beside the project"
)
def test_the_second_union_holds_its_scores(tmp_path, bundled_embedder):
    settings = KnowledgeSettings(
        data_dir=tmp_path / "data", source_dir=DEVSET / "docs", llm_enabled=False
    )
    engine = Engine(settings, embeddings=bundled_embedder)
    engine.reindex()
    scored, _ = evaluate(Answerer(engine, use_llm=False), DEVSET)

    answerable = [s.result for s in scored if s.answerable]
    unanswerable = [s.result for s in scored if not s.answerable]
    share = lambda rs, key: sum(bool(r[key]) for r in rs) / len(rs)  # noqa: E731
    assert share(answerable, "source5") >= 0.95
    assert share(answerable, "figures") >= 0.80
    assert share(answerable, "declined") <= 0.05  # false refusals
    assert share(unanswerable, "declined_ok") >= 0.80
    assert share([s.result for s in scored], "wrong") <= 0.05
