"""The LLM answering path over real HTTP, streaming: a streamed answer is assembled, drafts
follow the stream, and the checked answer comes last (the extractive one if a draft
invented a figure).

The set-up (real engine, real `ChatOpenAI` client, a loopback stand-in playing the model)
is described in llm_corpus.py.
"""

from __future__ import annotations

import itertools

from llm_corpus import RATE_QUESTION, citing, without_reminder


# ---------- streaming ----------
def test_streamed_answer_is_assembled(make_answerer, standin, monkeypatch):
    monkeypatch.setenv("STEWARD_LLM_STREAM", "true")
    answerer = make_answerer()
    assert answerer.settings.llm_stream
    text = "The stand-in day rate is $271 per 8-hour day, from 2026-07-01 to 2027-06-30 [{rate}]."
    standin.script = citing(text, rate="$271")

    answer = answerer.ask(RATE_QUESTION)

    assert standin.requests[0]["stream"] is True
    assert answer.mode == "llm"
    assert without_reminder(answerer, answer.text) == text.format(rate=1)


def test_drafts_follow_the_stream_and_the_checked_answer_comes_last(make_answerer, standin):
    answerer = make_answerer()  # streaming is not configured: asking for drafts streams
    text = "The stand-in day rate is $271 per 8-hour day, from 2026-07-01 to 2027-06-30 [{rate}]."
    standin.script = citing(text, rate="$271")
    drafts: list[str] = []

    answer = answerer.ask(RATE_QUESTION, on_draft=drafts.append)

    assert standin.requests[0]["stream"] is True
    assert len(drafts) > 1 and all(b.startswith(a) for a, b in itertools.pairwise(drafts))
    assert "$271" in drafts[-1] and drafts[-1].endswith("].")  # the whole draft, unchecked
    assert answer.mode == "llm" and "$271" in answer.text


def test_a_draft_with_an_invented_figure_is_replaced_by_the_extractive_answer(
    make_answerer, standin
):
    answerer = make_answerer()
    standin.script = citing("The stand-in day rate is $999 a day [{rate}].", rate="$271")
    drafts: list[str] = []

    answer = answerer.ask(RATE_QUESTION, on_draft=drafts.append)

    assert drafts and "$999" in drafts[-1]  # the member saw it only as a draft
    assert answer.mode == "extractive" and "$999" not in answer.text
