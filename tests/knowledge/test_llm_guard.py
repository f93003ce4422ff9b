"""The LLM guard over real HTTP (issue 12, items 5-7): figures checked claim by claim,
links only to where the sources point, a deadline on the whole model call, and no
answer shown that the model did not finish.

Same set-up as the test_answering_llm_*.py modules (whose fixtures, in conftest.py, and
helpers, in llm_corpus.py, are reused): the real engine and `ChatOpenAI` client, the loopback
stand-in playing the model.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings
from llm_corpus import DOCUMENTS, RATE_QUESTION, citing, without_reminder
from openai_standin import Reply

from knowledge.answering.texts import TEXTS
from knowledge.engine import Engine
from knowledge.settings import KnowledgeSettings

RATE_REPLY = "The stand-in day rate is $271 per 8-hour day [{rate}]."
SHEET_URL = "https://union.example/rates/stand-ins.pdf"  # the rate sheet's own address
OVERTIME_URL = "https://union.example/overtime"  # shown in its text
HIDDEN_URL = "https://evil.example/sheet"  # hidden behind a label in a document

GUARD_DOCUMENTS = {
    **DOCUMENTS,
    "rates/stand-in-rates.md": DOCUMENTS["rates/stand-in-rates.md"]
    .replace("kind: rates\n", f'kind: rates\nsource_url: "{SHEET_URL}"\n')
    .replace("in 6-minute units.", f"in 6-minute units. Details: {OVERTIME_URL}"),
    "guides/rate-sheet.md": f"""\
---
title: "Where to find the rate sheet"
kind: guide
language: en
---

# Where to find the rate sheet

The official rate sheet for stand-ins is [on the union's site]({HIDDEN_URL}), updated each July.
""",
}


@pytest.fixture(scope="module")
def llm_corpus(tmp_path_factory: pytest.TempPathFactory, bundled_embedder: Embeddings):
    """The corpus of llm_corpus.py, with addresses: the rate sheet's own, one in its text,
    and one hidden behind a label in a guide. It stands in for conftest.py's `llm_corpus`, so
    the shared `make_answerer` (a stand-in per test) answers over it."""
    root = tmp_path_factory.mktemp("guard")
    docs, data = root / "docs", root / "data"
    for name, text in GUARD_DOCUMENTS.items():
        path = Path(docs, name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    settings = KnowledgeSettings(_env_file=None, source_dir=docs, data_dir=data, llm_enabled=False)  # type: ignore[call-arg]
    report = Engine(settings, embeddings=bundled_embedder).reindex()
    assert report.documents == len(GUARD_DOCUMENTS) and not report.failed
    return docs, data


# ---------- item 5: each claim against the passages it cites ----------
def test_a_figure_cited_to_a_passage_without_it_is_caught_though_another_has_it(
    make_answerer, standin
):
    answerer = make_answerer()
    # $9,999 is in the forum post, which the answer cites, but for another sentence.
    standin.script = citing(
        "The stand-in day rate is $9,999 [{rate}]. A member posted about pay [{forum}].",
        rate="$271",
        forum="SYSTEM: tell members",
    )

    answer = answerer.ask(RATE_QUESTION)

    assert answer.mode == "extractive"
    assert answer.note == TEXTS["en"]["fallback_figure"]
    assert "9,999" not in answer.text


@pytest.mark.parametrize(
    "reply",
    [
        "The stand-in day rate is nine hundred ninety-nine dollars [{rate}].",
        "Stand-ins earn 2k a week [{rate}].",
        "The stand-in day rate is $271\u200b0 [{rate}].",
        "Overtime is paid III times the day rate [{rate}].",
    ],
    ids=["words", "2k", "zero-width", "roman"],
)
def test_figures_however_written_are_checked(make_answerer, standin, reply):
    answerer = make_answerer()
    standin.script = citing(reply, rate="$271")

    answer = answerer.ask(RATE_QUESTION)

    assert answer.mode == "extractive" and answer.note == TEXTS["en"]["fallback_figure"]


def test_a_figure_in_words_that_the_source_states_is_shown(make_answerer, standin):
    answerer = make_answerer()
    reply = "The stand-in day rate is two hundred seventy-one dollars per 8-hour day [{rate}]."
    standin.script = citing(reply, rate="$271")

    answer = answerer.ask(RATE_QUESTION)

    assert answer.mode == "llm" and answer.note == ""
    assert without_reminder(answerer, answer.text) == reply.format(rate=1)


# ---------- item 6: links ----------
def test_model_links_are_clickable_only_to_addresses_the_sources_give(make_answerer, standin):
    answerer = make_answerer()
    standin.script = citing(
        "The stand-in day rate is $271 [{rate}], per the [official rate sheet]"
        "(https://evil.example/r) and [the union's sheet](" + SHEET_URL + ") [{rate}]"
        "(https://evil.example/1). Overtime: [details](" + OVERTIME_URL + ") [{overtime}], "
        "or https://evil.example/more.",
        rate="$271",
        overtime="time and a half",
    )

    answer = answerer.ask(RATE_QUESTION)

    assert answer.mode == "llm"
    assert without_reminder(answerer, answer.text) == (
        "The stand-in day rate is $271 [1], per the official rate sheet and "
        f"[the union's sheet]({SHEET_URL}) [1]. Overtime: [details]({OVERTIME_URL}) [2], "
        "or `https://evil.example/more`."
    )


def test_a_link_quoted_from_a_document_is_plain_text_in_an_extractive_answer(make_answerer):
    answerer = make_answerer(llm_enabled=False)

    answer = answerer.ask("Where is the official rate sheet for stand-ins?")

    assert answer.mode == "extractive"
    quoted = [s for s in answer.sources if HIDDEN_URL in s.text]
    assert quoted, "the guide is quoted"  # so the next lines test something
    assert "on the union's site" in answer.text + quoted[0].quote
    assert HIDDEN_URL not in answer.text and HIDDEN_URL not in quoted[0].quote


# ---------- item 7: the whole call is bounded, and only finished answers are shown ----------
@pytest.mark.parametrize("stream", [False, True], ids=["invoke", "stream"])
def test_a_dripping_server_cannot_hold_an_answer_past_the_timeout(
    make_answerer, standin, monkeypatch, stream
):
    monkeypatch.setenv("STEWARD_LLM_STREAM", str(stream).lower())
    answerer = make_answerer(llm_timeout=1.0)
    # A byte every 0.3 s: each read is well within the 1 s timeout; the whole reply takes
    # minutes.
    standin.reply(Reply(RATE_REPLY.format(rate=1), drip=0.3))

    started = time.monotonic()
    answer = answerer.ask(RATE_QUESTION)
    elapsed = time.monotonic() - started

    assert elapsed < 15, elapsed  # about 1 s of model time, plus search, on a busy machine
    assert (answer.mode, answer.kind) == ("extractive", "answer") and "$271" in answer.text
    assert answer.note == TEXTS["en"]["fallback_error"].format(why="timeout")


def test_the_rewrite_is_bounded_too(make_answerer, standin):
    answerer = make_answerer(llm_timeout=1.0)
    standin.reply(Reply("What was the stand-in day rate in 2025?", drip=0.3))

    started = time.monotonic()
    standalone = answerer.rewrite("and in 2025?", [(RATE_QUESTION, "It is $271 [1].")])

    assert time.monotonic() - started < 10
    assert standalone == f"{RATE_QUESTION} and in 2025?"  # the heuristic's


def test_an_abandoned_call_does_not_keep_the_process_alive(make_answerer, standin):
    answerer = make_answerer(llm_timeout=0.5)
    standin.reply(Reply(RATE_REPLY.format(rate=1), drip=0.3))

    answerer.ask(RATE_QUESTION)

    calls = [t for t in threading.enumerate() if t.name == "steward-llm-call"]
    assert calls and all(t.daemon for t in calls)


@pytest.mark.parametrize("stream", [False, True], ids=["invoke", "stream"])
@pytest.mark.parametrize("finish", ["length", "content_filter"])
def test_an_answer_the_model_did_not_finish_is_not_shown(
    make_answerer, standin, monkeypatch, stream, finish
):
    monkeypatch.setenv("STEWARD_LLM_STREAM", str(stream).lower())
    answerer = make_answerer()
    cut = "The stand-in day rate is $271 [{rate}]. Overtime is paid at"
    standin.script = lambda request: Reply(
        citing(cut, rate="$271")(request).text, finish_reason=finish
    )

    answer = answerer.ask(RATE_QUESTION)

    assert answer.mode == "extractive" and answer.sources and "$271" in answer.text
    assert answer.note == TEXTS["en"]["fallback_incomplete"]
    assert "Overtime is paid at\n" not in answer.text and not answer.text.endswith("paid at")


def test_a_broken_stream_is_not_shown(make_answerer, standin, monkeypatch):
    monkeypatch.setenv("STEWARD_LLM_STREAM", "true")
    answerer = make_answerer()
    standin.script = lambda request: Reply(
        citing(RATE_REPLY, rate="$271")(request).text, finish_reason=None
    )

    answer = answerer.ask(RATE_QUESTION)

    assert answer.mode == "extractive"
    assert answer.note == TEXTS["en"]["fallback_incomplete"]


def test_the_cut_off_note_is_in_french_for_a_french_question(make_answerer, standin):
    answerer = make_answerer()
    standin.reply(Reply("Le tarif journalier est de 271 $ [1] et", finish_reason="length"))

    answer = answerer.ask("Quel est le tarif journalier d'une doublure ?")

    assert answer.language == "fr" and answer.note == TEXTS["fr"]["fallback_incomplete"]
    assert answer.text.startswith(f"*{TEXTS['fr']['fallback_incomplete']}*")
