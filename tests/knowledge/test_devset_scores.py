"""A regression guard on other unions' documents (../shared/bench/union-b, eval/union-c
and eval/union-d), each scored by its set's own scorer, so that a change tuned on the shipped
documents cannot quietly make answers worse on documents nobody here wrote. Floors are a
little under today's scores (README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import Answerer, Engine, KnowledgeSettings
from knowledge.devsets import DEVSET_TODAY, evaluate

DEVSET = Path(__file__).resolve().parents[3] / "shared" / "bench" / "union-b"
UNION_C = Path(__file__).resolve().parents[2] / "eval" / "union-c"
UNION_D = Path(__file__).resolve().parents[2] / "eval" / "union-d"


@pytest.mark.slow
@pytest.mark.skipif(
    not (DEVSET / "questions.json").is_file(), reason="no union-b set beside the project"
)
def test_the_second_union_holds_its_scores(tmp_path, bundled_embedder):
    rates = _rates(_scored(DEVSET, tmp_path, bundled_embedder))
    assert rates["source5"] >= 0.95 and rates["figures"] >= 0.88
    assert rates["false refusals"] <= 0.05 and rates["declined"] >= 0.80
    assert rates["wrong"] <= 0.05


@pytest.mark.slow
def test_the_third_union_holds_its_scores(tmp_path, bundled_embedder):
    # union-c was written without sight of the code; its floors guard what generalises
    rates = _rates(_scored(UNION_C, tmp_path, bundled_embedder))
    assert rates["source5"] >= 0.90 and rates["figures"] >= 0.72
    assert rates["false refusals"] <= 0.08 and rates["declined"] >= 0.70
    assert rates["wrong"] <= 0.05


@pytest.mark.slow
def test_the_fourth_union_holds_its_scores(tmp_path, bundled_embedder):
    # union-d was written without sight of the code, and scored once before any change
    rates = _rates(_scored(UNION_D, tmp_path, bundled_embedder))
    assert rates["source5"] >= 0.90 and rates["figures"] >= 0.75
    assert rates["false refusals"] <= 0.08 and rates["declined"] >= 0.50
    assert rates["wrong"] <= 0.05


def _rates(scored: list) -> dict[str, float]:
    answerable = [s.result for s in scored if s.answerable]
    unanswerable = [s.result for s in scored if not s.answerable]

    def share(results: list[dict], key: str) -> float:
        return sum(bool(r[key]) for r in results) / len(results)

    return {
        "source5": share(answerable, "source5"),
        "figures": share(answerable, "figures"),
        "false refusals": share(answerable, "declined"),
        "declined": share(unanswerable, "declined_ok"),
        "wrong": share([s.result for s in scored], "wrong"),
    }


def _scored(folder: Path, tmp_path: Path, embedder) -> list:
    settings = KnowledgeSettings(
        data_dir=tmp_path / "data", source_dir=folder / "docs", llm_enabled=False
    )
    engine = Engine(settings, embeddings=embedder)
    engine.reindex()
    scored, _ = evaluate(Answerer(engine, use_llm=False, today=DEVSET_TODAY), folder)
    return scored
