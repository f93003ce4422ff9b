"""The LLM answering path over real HTTP, follow-up questions: the model rewrites them to stand
alone (the heuristic does if it fails), and the answer searches with the rewrite.

The set-up (real engine, real `ChatOpenAI` client, a loopback stand-in playing the model)
is described in llm_corpus.py.
"""

from __future__ import annotations

import pytest
from llm_corpus import RATE_QUESTION, citing
from openai_standin import Reply

# ---------- follow-up questions ----------
HISTORY = [(RATE_QUESTION, "The stand-in day rate is $271 [1].")]


def test_rewrite_uses_the_model(make_answerer, standin):
    answerer = make_answerer()
    standin.reply("What was the stand-in day rate in 2025?")

    standalone = answerer.rewrite("and in 2025?", HISTORY)

    assert standalone == "What was the stand-in day rate in 2025?"
    assert f"Member: {RATE_QUESTION}\nSteward: {HISTORY[0][1]}" in standin.user()
    assert standin.user().endswith("Member: and in 2025?")


@pytest.mark.parametrize(
    "reply",
    [Reply.error(500), Reply("too late", delay=3.0), Reply("")],
    ids=["500", "timeout", "empty"],
)
def test_rewrite_falls_back_to_the_heuristic(make_answerer, standin, reply):
    answerer = make_answerer()
    standin.reply(reply)

    assert answerer.rewrite("and in 2025?", HISTORY) == f"{RATE_QUESTION} and in 2025?"
    assert len(standin.requests) == 1


def test_follow_up_answer_searches_with_the_rewritten_question(make_answerer, standin):
    answerer = make_answerer()
    standin.reply("What was the stand-in day rate in 2025?")
    standin.script = citing("From 2025-07-01 to 2026-06-30 it was $262 [{rate}].", rate="$262")

    answer = answerer.ask("and in 2025?", history=HISTORY)

    assert len(standin.requests) == 2
    assert standin.user(1).endswith(
        "Question: and in 2025?\n(Standalone: What was the stand-in day rate in 2025?)"
    )
    assert answer.mode == "llm" and "$262" in answer.text and answer.question == "and in 2025?"
