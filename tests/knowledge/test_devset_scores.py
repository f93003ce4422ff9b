"""A regression guard on other unions' documents (../shared/bench/union-b and
eval/union-c), each scored by its set's own scorer, so that a change tuned on the shipped
documents cannot quietly make answers worse on documents nobody here wrote. Floors are a
little under today's scores (README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import Answerer, Engine, KnowledgeSettings
from knowledge.devsets import DEVSET_TODAY, evaluate

DEVSET = Path(__file__).resolve().parents[3] / "shared" / "bench" / "union-b"
UNION_C = Path(__file__).resolve().parents[2] / "eval" / "union-c"


@pytest.mark.slow
@pytest.mark.skipif(
    not (DEVSET / "questions.json").is_file(), reason="no union-b set beside the project"
)
def test_the_second_union_holds_its_scores(tmp_path, bundled_embedder):
    scored = _scored(DEVSET, tmp_path, bundled_embedder)
    answerable = [s.result for s in scored if s.answerable]
    unanswerable = [s.result for s in scored if not s.answerable]
    share = lambda rs, key: sum(bool(r[key]) for r in rs) / len(rs)  # noqa: E731
    assert share(answerable, "source5") >= 0.95
    assert share(answerable, "figures") >= 0.80
    assert share(answerable, "declined") <= 0.05  # false refusals
    assert share(unanswerable, "declined_ok") >= 0.80
    assert share([s.result for s in scored], "wrong") <= 0.05


@pytest.mark.slow
def test_the_third_union_holds_its_scores(tmp_path, bundled_embedder):
    # union-c was written without sight of the code; its floors guard what generalises
    scored = _scored(UNION_C, tmp_path, bundled_embedder)
    answerable = [s.result for s in scored if s.answerable]
    unanswerable = [s.result for s in scored if not s.answerable]
    share = lambda rs, key: sum(bool(r[key]) for r in rs) / len(rs)  # noqa: E731
    assert share(answerable, "source5") >= 0.85
    assert share(answerable, "figures") >= 0.65
    assert share(answerable, "declined") <= 0.08  # false refusals
    assert share(unanswerable, "declined_ok") >= 0.70
    assert share([s.result for s in scored], "wrong") <= 0.05


def _scored(folder: Path, tmp_path: Path, embedder) -> list:
    settings = KnowledgeSettings(
        data_dir=tmp_path / "data", source_dir=folder / "docs", llm_enabled=False
    )
    engine = Engine(settings, embeddings=embedder)
    engine.reindex()
    scored, _ = evaluate(Answerer(engine, use_llm=False, today=DEVSET_TODAY), folder)
    return scored
