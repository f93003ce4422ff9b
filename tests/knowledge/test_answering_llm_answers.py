"""The LLM answering path over real HTTP, a model that answers well: cited sources renumbered,
grouped citations, a declined question, neutralised mentions, the question's language.

The set-up (real engine, real `ChatOpenAI` client, a loopback stand-in playing the model)
is described in llm_corpus.py.
"""

from __future__ import annotations

import re

import pytest
from llm_corpus import RATE_QUESTION, citing, number_of, without_reminder


# ---------- a good answer ----------
def test_cited_answer_is_shown_with_renumbered_sources(make_answerer, standin):
    answerer = make_answerer()
    standin.script = citing(
        "The stand-in day rate is $271 per 8-hour day, in force from 2026-07-01 to "
        "2027-06-30 [{rate}]. Work past the eighth hour is paid at time and a half [{overtime}].",
        rate="$271",
        overtime="time and a half",
    )

    answer = answerer.ask(RATE_QUESTION)

    assert (answer.mode, answer.kind, answer.grounded, answer.note) == ("llm", "answer", True, "")
    request = standin.requests[0]
    assert request["model"] == answerer.settings.openai_chat_model
    assert request["temperature"] == 0
    assert "Today is 2026-11-24" in standin.system()
    user = standin.user()
    rate_n, overtime_n = number_of(user, "$271"), number_of(user, "time and a half")
    assert (rate_n, overtime_n) != (1, 2)  # so the renumbering below is exercised
    # Sources are the cited passages, renumbered 1, 2 in the order the answer cites them.
    assert [s.n for s in answer.sources] == [1, 2]
    assert "$271" in answer.sources[0].text
    assert "Overtime" in answer.sources[1].heading
    body = without_reminder(answerer, answer.text)
    assert body == (
        "The stand-in day rate is $271 per 8-hour day, in force from 2026-07-01 to "
        "2027-06-30 [1]. Work past the eighth hour is paid at time and a half [2]."
    )


def test_llm_not_called_when_disabled(make_answerer, standin):
    answer = make_answerer(llm_enabled=False).ask(RATE_QUESTION)
    assert answer.mode == "extractive" and "$271" in answer.text
    assert standin.requests == []


# ---------- grouped citations ----------
def test_grouped_citations_are_sources_too(make_answerer, standin):
    answerer = make_answerer()
    standin.script = citing(
        "The stand-in day rate is $271 [{rate}]. Overtime is paid at time and a half "
        "[{rate}, {overtime}].",
        rate="$271",
        overtime="time and a half",
    )

    answer = answerer.ask(RATE_QUESTION)

    groups = re.findall(r"\[([\d,\s]+)\]", answer.text)
    cited = {int(n) for group in groups for n in re.findall(r"\d+", group)}
    assert cited == {s.n for s in answer.sources} == {1, 2}


# ---------- not in the documents ----------
def test_model_says_not_in_documents(make_answerer, standin):
    answerer = make_answerer()
    standin.reply("NOT_IN_DOCUMENTS")

    answer = answerer.ask("Do they need my consent for a digital replica?")

    assert len(standin.requests) == 1
    assert answer.kind == "not_found" and answer.sources == []
    assert "documents don't cover this" in answer.text
    assert "steward or union representative" in without_reminder(answerer, answer.text)


# ---------- mentions ----------
def test_mentions_in_the_model_answer_are_neutralised(make_answerer, standin):
    answerer = make_answerer()
    standin.script = citing(
        "@everyone @here The stand-in day rate is $271 [{rate}]. Ask <@123> or <@&456> in <#789>.",
        rate="$271",
    )

    answer = answerer.ask(RATE_QUESTION)

    assert answer.mode == "llm" and "$271" in answer.text
    for live in ("@everyone", "@here", "<@123>", "<@&456>", "<#789>"):
        assert live not in answer.text


# ---------- language ----------
@pytest.mark.parametrize(
    ("question", "language", "name", "reply"),
    [
        (
            "Quel est le tarif journalier d'une doublure ?",
            "fr",
            "French",
            "Le tarif journalier d'une doublure est de 271 $ [{rate}].",
        ),
        (RATE_QUESTION, "en", "English", "The stand-in day rate is $271 [{rate}]."),
    ],
    ids=["fr", "en"],
)
def test_prompt_asks_for_the_question_language(
    make_answerer, standin, question, language, name, reply
):
    answerer = make_answerer()
    standin.script = citing(reply, rate="$271")

    answer = answerer.ask(question)

    assert f"Answer in {name}," in standin.system()
    assert answer.language == language and answer.mode == "llm"
    reminder = answerer.settings.reminder_fr if language == "fr" else answerer.settings.reminder
    assert answer.text == f"{reply.format(rate=1)}\n\n_{reminder}_"
