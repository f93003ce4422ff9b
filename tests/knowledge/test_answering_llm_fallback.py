"""The LLM answering path over real HTTP, the model service failing: a timeout, an HTTP error
or an unreachable service gives the extractive answer with a note; a rate limit is retried
when retries are allowed.

The set-up (real engine, real `ChatOpenAI` client, a loopback stand-in playing the model)
is described in llm_corpus.py.
"""

from __future__ import annotations

import socket

import pytest
from llm_corpus import RATE_QUESTION, citing, without_reminder
from openai_standin import Reply

from knowledge.answering.texts import TEXTS as _TEXTS


# ---------- the model service failing ----------
@pytest.mark.parametrize(
    ("reply", "why"),
    [
        (Reply("too late", delay=3.0), "timeout"),
        (Reply.error(500, "boom"), "HTTP 500"),
        (Reply.error(429, "slow down", **{"Retry-After": "30"}), "rate limited"),
        (Reply.error(401, "bad key"), "authentication failed"),
    ],
    ids=["timeout", "500", "429", "401"],
)
def test_service_failure_gives_the_extractive_answer_with_a_note(
    make_answerer, standin, reply, why
):
    answerer = make_answerer()
    standin.reply(reply)

    answer = answerer.ask(RATE_QUESTION)

    assert len(standin.requests) == 1  # llm_retries=0 reaches the client: no retry
    assert (answer.kind, answer.mode, answer.grounded) == ("answer", "extractive", True)
    assert answer.sources and "$271" in answer.text
    assert answer.note == _TEXTS["en"]["fallback_error"].format(why=why)
    assert answer.text.startswith(f"*{answer.note}*")
    without_reminder(answerer, answer.text)


def test_unreachable_service_gives_the_extractive_answer_with_a_note(make_answerer):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    answerer = make_answerer(openai_base_url=f"http://127.0.0.1:{port}/v1")

    answer = answerer.ask(RATE_QUESTION)

    assert (answer.kind, answer.mode) == ("answer", "extractive")
    assert answer.sources and "$271" in answer.text
    prefix = _TEXTS["en"]["fallback_error"].split("(")[0]
    assert answer.note.startswith(prefix) and answer.text.startswith(f"*{prefix}")


def test_rate_limit_is_retried_when_retries_are_allowed(make_answerer, standin):
    answerer = make_answerer(llm_retries=1)
    standin.reply(Reply.error(429, "slow down", **{"Retry-After": "1", "retry-after-ms": "20"}))
    standin.script = citing("The stand-in day rate is $271 [{rate}].", rate="$271")

    answer = answerer.ask(RATE_QUESTION)

    assert len(standin.requests) == 2
    assert answer.mode == "llm" and answer.note == ""


def test_preparing_never_calls_the_model_nor_takes_it_from_an_answer(make_answerer, standin):
    """prepare() answers its own questions without the model, and a member's question
    asked meanwhile (the bot prepares in a worker thread) still goes to the model."""
    import threading

    answerer = make_answerer()
    chat = answerer.chat
    standin.reply(Reply.error(500, "boom"))
    preparing = threading.Thread(target=answerer.prepare)
    preparing.start()
    answer = answerer.ask(RATE_QUESTION)
    preparing.join(120)
    assert not preparing.is_alive()
    assert answerer.chat is chat
    assert len(standin.requests) == 1  # the member's question only
    assert answer.note == _TEXTS["en"]["fallback_error"].format(why="HTTP 500")
