"""End-to-end: what members receive — no pings, long answers whole, answers with the LLM down."""

from __future__ import annotations

import re
from typing import Any

import pytest

from knowledge import Answer, Answerer, Engine, KnowledgeSettings, Source
from tests.bot.conftest import MakeBot, RecordingAnswerer, assert_nothing_could_ping
from tests.knowledge.openai_standin import running as openai_running
from tests.standin import Pings, StandIn, StoredMessage, World, running_bot

STAND_IN_QUESTION = "What's the day rate for stand-ins?"
NOBODY = Pings(everyone=False, users=frozenset(), roles=frozenset())
REMINDER = "Information from union documents, not legal advice."


def bot_messages(standin: StandIn, channel_id: str) -> list[StoredMessage]:
    """Everything the bot posted in a channel, ephemeral messages included, oldest first."""
    return [
        m
        for m in standin.channel_messages(channel_id, include_ephemeral=True)
        if m.author["id"] == standin.world.app_id
    ]


def embed_size(embed: dict[str, Any]) -> int:
    """The characters Discord counts against the 6,000 per message."""
    fields = embed.get("fields") or []
    return sum(
        len(x or "")
        for x in (
            embed.get("title"),
            embed.get("description"),
            (embed.get("footer") or {}).get("text"),
            (embed.get("author") or {}).get("name"),
            *(f["name"] for f in fields),
            *(f["value"] for f in fields),
        )
    )


def assert_within_discords_limits(message: StoredMessage) -> None:
    assert len(message.content) <= 2000
    assert len(message.embeds) <= 10
    assert sum(embed_size(e) for e in message.embeds) <= 6000
    for e in message.embeds:
        assert len(e.get("description") or "") <= 4096 and len(e.get("fields") or []) <= 25


class EchoingAnswerer(RecordingAnswerer):
    """The real answer, opening with the question quoted as asked (mentions untouched), as
    an LLM quoting the member might write it."""

    def ask(self, question: str, *, history=None) -> Answer:
        answer = super().ask(question, history=history)
        answer.text = f"> {question}\n\n{answer.text}"
        return answer


async def test_a_question_with_everyone_and_other_mentions_pings_nobody(
    make_bot: MakeBot, answerer
):
    world = World()
    bob = world.member("bob")
    staff = world.staff_role["id"]
    pinging = f"@everyone @here {bob.mention} <@&{staff}>"
    bot = make_bot(world, answerer_=EchoingAnswerer(answerer))
    channel = world.channel["id"]
    async with running_bot(bot, world=world) as standin:
        asked = await standin.post_message(world.mention(f"{pinging} {STAND_IN_QUESTION}"))
        await standin.wait_for(lambda: standin.bot_messages(channel), 10)
        public = await standin.interact(
            world.slash("ask", {"question": f"{STAND_IN_QUESTION} {pinging}", "private": False})
        )
        too_long = await standin.post_message(world.mention(pinging + " x" * 300))
        await standin.wait_for(
            lambda: public.followups and len(bot_messages(standin, channel)) > 2, 10
        )
        assert_nothing_could_ping(standin)
    assert not standin.unhandled

    assert asked.pings.everyone  # the member's own message would have pinged everyone
    sent = bot_messages(standin, channel)
    assert len(sent) == 3 and {m.pings for m in sent} == {NOBODY}
    assert sent[0].message_reference["message_id"] == asked.id  # a reply, not pinging the asker
    refusal = next(m for m in sent if (m.message_reference or {}).get("message_id") == too_long.id)
    assert refusal.content.startswith("Your question is")
    for answer in (sent[0], public.followups[0]):
        quoted = answer.embeds[0]["description"].split("\n")[0]  # the echoed question
        assert "@\u200beveryone @\u200bhere @user @role" in quoted  # shown, defused
        assert not re.search(r"(?<!\u200b)@(everyone|here)|<@", str(answer.embeds))


def long_answer(question: str) -> Answer:
    """An answer of about 9,000 characters: paragraphs, one paragraph of 3,000 characters
    without a line break, and 12 numbered sources."""
    paragraphs = [
        f"- **Rule {i}.** "
        + " ".join(f"Clause {i}.{j} applies on set." for j in range(20))
        + f" [{i}]"
        for i in range(1, 13)
    ]
    paragraphs.insert(6, " ".join(f"Sentence {k} of the long paragraph." for k in range(95)))
    body = "From the union's documents:\n\n" + "\n\n".join(paragraphs)
    sources = [
        Source(
            n=n,
            source=f"contracts/agreement-{n}.md",
            title=f"Agreement {n}",
            start=0,
            end=100,
            text=f"Passage {n}.",
            quote=f"Quoted sentence {n}.",
            heading=f"Article {n}",
            effective_from="2023-11-09",
            effective_to="2026-06-30",
            source_url=f"https://example.org/agreements/{n}",
        )
        for n in range(1, 13)
    ]
    return Answer(
        question,
        f"{body}\n\n_{REMINDER}_",
        sources,
        grounded=True,
        id="longanswer01",
        reminder=REMINDER,
    )


class LongAnswerer:
    def __init__(self) -> None:
        self.answers: list[Answer] = []

    def ask(self, question: str, *, history=None) -> Answer:
        self.answers.append(long_answer(question))
        return self.answers[-1]


def assert_arrived_whole(messages: list[StoredMessage], answer: Answer) -> None:
    assert len(messages) >= 2  # over 6,000 characters: more than one message
    for m in messages:
        assert_within_discords_limits(m)
    embeds = [e for m in messages for e in m.embeds]
    text = "\n\n".join(e["description"] for e in embeds if e.get("description"))
    body = answer.text.rsplit("\n\n_", 1)[0]
    assert len(body) > 8000 and text.split() == body.split()  # only whitespace at the cuts
    fields = [f["name"] for e in embeds for f in e.get("fields") or []]
    assert fields == [f"[{n}] Agreement {n}" for n in range(1, 13)]
    assert [e.get("footer", {}).get("text") for e in embeds][-1] == REMINDER
    assert [bool(m.components) for m in messages] == [False] * (len(messages) - 1) + [True]


@pytest.mark.parametrize("private", [True, False])
async def test_an_answer_over_discords_limits_arrives_whole_in_sendable_pages(
    make_bot: MakeBot, private: bool
):
    world = World()
    answerer = LongAnswerer()
    bot = make_bot(world, answerer_=answerer)
    channel = world.channel["id"]
    async with running_bot(bot, world=world) as standin:
        record = await standin.interact(
            world.slash("ask", {"question": STAND_IN_QUESTION, "private": private})
        )
        await standin.wait_for(
            lambda: len(record.followups) >= 2 and record.followups[-1].components, 10
        )
        await standin.post_message(world.mention(STAND_IN_QUESTION))

        def replies() -> list[StoredMessage]:
            sent = [m for m in standin.bot_messages(channel) if m.interaction_id is None]
            return sent if sent and sent[-1].components else []  # the buttons come last

        await standin.wait_for(replies, 10)
    assert not standin.unhandled and not any(r.status >= 400 for r in standin.requests)

    assert {m.ephemeral for m in record.followups} == {private}
    assert_arrived_whole(record.followups, answerer.answers[0])
    assert_arrived_whole(replies(), answerer.answers[1])


async def test_with_the_llm_endpoint_down_the_member_gets_the_extractive_answer(
    make_bot: MakeBot, engine: Engine, bundled_embedder, monkeypatch: pytest.MonkeyPatch
):
    world = World()
    with openai_running() as llm:  # answers 500 to every request: nothing is scripted
        monkeypatch.setenv("OPENAI_BASE_URL", llm.base_url)
        settings = KnowledgeSettings(
            _env_file=None,  # type: ignore[call-arg]
            source_dir=engine.settings.source_dir,
            data_dir=engine.settings.data_dir,  # the session's index, only read here
        )
        assert settings.llm_configured
        answerer = Answerer(Engine(settings, embeddings=bundled_embedder))
        bot = make_bot(world, answerer_=answerer)
        async with running_bot(bot, world=world) as standin:
            record = await standin.interact(world.slash("ask", {"question": STAND_IN_QUESTION}))
            await standin.wait_for(lambda: record.followups, 15)

    assert llm.requests and llm.requests[0]["messages"][-1]["content"].endswith(STAND_IN_QUESTION)
    assert record.ack_latency < 3.0
    (embed,) = record.followups[0].embeds
    text = embed["description"]
    assert text.startswith(
        "*The AI service did not answer (HTTP 500), so here are the passages themselves.*"
    )
    assert "From the union's documents" in text and "[1]" in text
    assert embed["fields"][0]["name"].startswith("[1] Background actor and stand-in rates")
    assert bot.analytics.stats().counts == {"answer": 1}


def _citing(text: str, needle: str):
    """A model that answers `text`, citing as [n] the passage that contains `needle`."""
    from tests.knowledge.openai_standin import Reply

    def script(request: dict[str, Any]) -> Reply:
        user = next(m["content"] for m in request["messages"] if m["role"] == "user")
        blocks = re.split(r"\n\n(?=\[\d+\] \()", user)
        n = next((int(b[1 : b.index("]")]) for b in blocks if b.startswith("[") and needle in b), 1)
        return Reply(text.format(n=n), chunk_size=5, drip=0.002)  # a few seconds of stream

    return script


@pytest.mark.parametrize(
    ("reply", "shown", "gone"),
    [
        ("Stand-ins earn $262 per 8-hour day [{n}].", "$262", None),
        ("Stand-ins earn $999 per 8-hour day [{n}].", "From the union's documents", "$999"),
    ],
    ids=["checked", "invented-figure"],
)
async def test_an_llm_answer_streams_as_a_draft_then_the_checked_answer_replaces_it(
    make_bot, engine, bundled_embedder, monkeypatch, reply, shown, gone
):
    world = World()
    with openai_running() as llm:
        llm.script = _citing(reply, "$262")
        monkeypatch.setenv("OPENAI_BASE_URL", llm.base_url)
        settings = KnowledgeSettings(
            _env_file=None,  # type: ignore[call-arg]
            source_dir=engine.settings.source_dir,
            data_dir=engine.settings.data_dir,
        )
        answerer = Answerer(Engine(settings, embeddings=bundled_embedder))
        bot = make_bot(world, answerer_=answerer)
        async with running_bot(bot, world=world) as standin:
            record = await standin.interact(world.slash("ask", {"question": STAND_IN_QUESTION}))
            await standin.wait_for(lambda: record.original and record.original.embeds, 30)

    assert llm.requests[0]["stream"] is True
    message = record.original
    drafts = [v["content"] for v in message.history if "Draft" in (v["content"] or "")]
    assert drafts, "the model's text was shown as a draft while it streamed"
    assert "Draft" not in (message.content or "")  # the checked answer replaced it
    final = " ".join(e.get("description", "") for e in message.embeds)
    assert shown in final
    if gone:
        assert gone in drafts[-1] and gone not in final  # unchecked, then gone
    assert record.followups == [] or all("Draft" not in (m.content or "") for m in record.followups)
