"""The public evaluation set (eval/questions.yaml) in extractive mode, and follow-up questions
asked within their conversation."""

from __future__ import annotations

from pathlib import Path

import pytest
from extractive_corpus import ROOT, TODAY

from knowledge import Answerer, Engine, KnowledgeSettings
from knowledge.evaluation import evaluate, load_questions, summary


# ---------- the public evaluation set ----------
@pytest.mark.slow
def test_the_evaluation_set_holds_its_scores(tmp_path: Path, embeddings) -> None:
    """A regression guard on eval/questions.yaml, in extractive mode.

    Source in the top 5 and out-of-scope declined hold the 90% target; small talk and
    superseded labels hold today's scores. Figures hold today's 84% on the 82-question set
    (the 13 questions on the corrected documents made it harder; the target is 90%, see the
    README), so a change that makes answers worse fails.
    """
    settings = KnowledgeSettings(data_dir=tmp_path / "data", llm_enabled=False)
    engine = Engine(settings, embeddings=embeddings)
    engine.reindex()
    answerer = Answerer(engine, use_llm=False, today=TODAY)
    outcomes = evaluate(answerer, load_questions(ROOT / "eval" / "questions.yaml"))
    scores = summary(outcomes)
    assert scores["source_in_top5"] >= 0.90
    assert scores["figures_present"] >= 0.82
    assert scores["out_of_scope_declined"] >= 0.90
    assert scores["smalltalk_recognised"] >= 0.99
    assert scores["no_superseded_as_current"] >= 0.95
    in_scope = [o for o in outcomes if o.declined is None and o.source_in_top5 is not None]
    refused = [o for o in in_scope if o.answer is not None and not o.answer.grounded]
    assert len(refused) <= 0.05 * len(in_scope)  # false refusals


def test_an_evaluation_follow_up_is_asked_within_its_conversation(answerer) -> None:
    questions = [
        {"id": "now", "question": "what's the stand-in day rate now?", "kind": "current",
         "expected_sources": ["rates.md"], "must_include": ["$271"]},
        {"id": "then", "question": "and in october 2024?", "follows": "now", "kind": "figure",
         "expected_sources": ["rates.md"], "must_include": ["$253"]},
    ]  # fmt: skip
    now, then = evaluate(answerer, questions)
    assert now.passed and then.passed
    alone = evaluate(answerer, [{**questions[1], "follows": None}])[0]
    assert not alone.passed  # on its own, "and in october 2024?" is about nothing


def test_follow_ups_without_a_model_keep_the_topic_and_its_refinements(answerer) -> None:
    history = [("what's the day rate for background actors?", "…"), ("and for stand-ins?", "…")]
    assert answerer.rewrite("and in 2025?", history) == (
        "what's the day rate for background actors? and for stand-ins? and in 2025?"
    )
    new = "do they need my consent for a digital replica?"
    assert answerer.rewrite(new, history) == new
