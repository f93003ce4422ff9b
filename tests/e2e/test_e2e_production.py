"""End-to-end: what goes wrong in production (issue 14) — expired interaction tokens, a role
mention without content, a reply to a deleted question, slow sqlite before acknowledging,
and the /ask length limit that Discord's client enforces."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from typing import Any

from knowledge import Answer, Engine, Source
from tests.bot.conftest import MakeBot, RecordingAnswerer
from tests.e2e.conftest import Gate
from tests.standin import StandIn, World, running_bot

STAND_IN_QUESTION = "What's the day rate for stand-ins?"
TTL = 1.0  # the stand-in's token lifetime, standing in for Discord's 15 minutes


class HeldAnswerer(RecordingAnswerer):
    """The real answer, held until the test releases it (e.g. past the token's lifetime)."""

    def __init__(self, inner: Any) -> None:
        super().__init__(inner)
        self.asked = threading.Event()
        self.release = threading.Event()

    def ask(self, question: str, *, history=None) -> Answer:
        self.asked.set()
        self.release.wait(timeout=30)
        return super().ask(question, history=history)


def refused_with_401(standin: StandIn) -> list[str]:
    return [f"{r.method} {r.path}" for r in standin.requests if r.status == 401]


# 1. interaction tokens expire ------------------------------------------------------------------


async def test_a_reindex_outliving_its_token_posts_the_report_and_stops_at_the_first_401(
    make_bot: MakeBot, gated_engine: Engine, gate: Gate
):
    world = World()
    bot = make_bot(world, engine_=gated_engine)
    channel = world.channel["id"]
    async with running_bot(bot, world=world, token_ttl=TTL) as standin:
        bot.get_cog("Admin").progress_every = 0.05
        record = await standin.interact(world.slash("reindex", user=world.owner))
        await standin.wait_for(gate.reached.is_set, 10)
        await asyncio.sleep(TTL + 0.5)  # the token dies while the reindex runs
        gate.open()
        posted = await standin.wait_for(
            lambda: [m for m in standin.bot_messages(channel) if m.embeds], 15
        )
    # Discord was asked at most once with the dead token (the bot thought it had 15 minutes).
    assert len(refused_with_401(standin)) <= 1, refused_with_401(standin)
    assert record.original.content.startswith("⏳")  # the ephemeral reply could not be edited
    header = standin.bot_messages(channel)[0]
    assert "/reindex by" in header.content and header.pings.users == frozenset()
    assert posted[0].embeds[0]["title"] == "Reindex finished"


async def test_a_reindex_stops_using_its_token_before_it_expires(
    make_bot: MakeBot, gated_engine: Engine, gate: Gate
):
    world = World()
    bot = make_bot(world, engine_=gated_engine)
    bot.token_lifetime = dt.timedelta(seconds=TTL)  # the bot knows the lifetime, as in production
    channel = world.channel["id"]
    async with running_bot(bot, world=world, token_ttl=TTL) as standin:
        bot.get_cog("Admin").progress_every = 0.05
        await standin.interact(world.slash("reindex", user=world.owner))
        await standin.wait_for(gate.reached.is_set, 10)
        await asyncio.sleep(TTL + 0.3)
        gate.open()
        await standin.wait_for(lambda: [m for m in standin.bot_messages(channel) if m.embeds], 15)
    assert refused_with_401(standin) == []  # never used the token after its end


async def test_a_private_answer_that_outlives_its_token_is_reported_to_the_member_by_dm(
    make_bot: MakeBot, answerer
):
    world = World()
    held = HeldAnswerer(answerer)
    bot = make_bot(world, answerer_=held)
    alice = world.default_member
    async with running_bot(bot, world=world, token_ttl=TTL) as standin:
        record = await standin.interact(world.slash("ask", {"question": STAND_IN_QUESTION}))
        await standin.wait_for(held.asked.is_set, 10)
        await asyncio.sleep(TTL + 0.3)
        held.release.set()
        dm = await standin.wait_for(
            lambda: (c := world.dm_channel(alice)) and standin.bot_messages(c["id"]), 10
        )
        await standin.wait_for(lambda: bot.analytics.stats().counts, 5)

    assert record.followups == [] and record.rejected(50027)
    assert "could not be delivered" in dm[0].content and STAND_IN_QUESTION not in dm[0].content
    assert standin.bot_messages(world.channel["id"]) == []  # a private answer stays private
    assert bot.analytics.stats().counts == {"undelivered": 1}  # not counted as answered


async def test_a_public_answer_that_outlives_its_token_is_posted_in_the_channel(
    make_bot: MakeBot, answerer
):
    world = World()
    held = HeldAnswerer(answerer)
    bot = make_bot(world, answerer_=held)
    channel = world.channel["id"]
    async with running_bot(bot, world=world, token_ttl=TTL) as standin:
        await standin.interact(
            world.slash("ask", {"question": STAND_IN_QUESTION, "private": False})
        )
        await standin.wait_for(held.asked.is_set, 10)
        await asyncio.sleep(TTL + 0.3)
        held.release.set()
        posted = await standin.wait_for(
            lambda: [m for m in standin.bot_messages(channel) if m.interaction_id is None][1:], 10
        )
        await standin.wait_for(lambda: bot.analytics.stats().counts, 5)

    header = next(m for m in standin.bot_messages(channel) if m.interaction_id is None)
    assert world.default_member.mention in header.content and not header.pings.users
    assert posted[0].embeds and posted[-1].components and not posted[0].pings.users
    assert bot.analytics.stats().counts == {"answer": 1}


# 2. a role mention without content --------------------------------------------------------------


async def test_a_role_mention_without_content_says_how_to_ask_instead_of_greeting(
    make_bot: MakeBot, answerer
):
    world = World()
    recorder = RecordingAnswerer(answerer)
    bot = make_bot(world, answerer_=recorder)
    channel = world.channel["id"]
    async with running_bot(bot, world=world) as standin:
        # Without the message-content intent Discord blanks a message mentioning only a role.
        await standin.post_message(world.message(f"<@&{world.bot_role['id']}> overtime rules?"))
        (reply,) = await standin.wait_for(lambda: standin.bot_messages(channel), 10)

    assert recorder.calls == []  # no empty question reached the answerer
    assert "/ask" in reply.content and "Mention me directly" in reply.content
    assert not reply.embeds


# 3. a reply to a deleted question ---------------------------------------------------------------


async def test_an_answer_to_a_question_deleted_meanwhile_is_posted_and_counted(
    make_bot: MakeBot, answerer
):
    world = World()
    held = HeldAnswerer(answerer)
    bot = make_bot(world, answerer_=held)
    channel = world.channel["id"]
    async with running_bot(bot, world=world) as standin:
        asked = await standin.post_message(world.mention(STAND_IN_QUESTION))
        await standin.wait_for(held.asked.is_set, 10)
        await standin.delete_message(asked)
        held.release.set()
        (answer,) = await standin.wait_for(lambda: standin.bot_messages(channel), 10)
        await standin.wait_for(lambda: bot.analytics.stats().counts, 5)

    assert answer.embeds and answer.message_reference is None
    assert not [r for r in standin.requests if r.status >= 400]
    assert bot.analytics.stats().counts == {"answer": 1}


async def test_a_refusal_to_a_deleted_question_never_escapes(make_bot: MakeBot, caplog):
    world = World()
    bot = make_bot(world, max_question_chars=10)
    channel = world.channel["id"]
    async with running_bot(bot, world=world) as standin:
        # The question is deleted before the bot replies: the stand-in no longer has it.
        await standin.dispatch(
            "MESSAGE_CREATE", world.mention("a question much longer than ten characters")
        )
        (reply,) = await standin.wait_for(lambda: standin.bot_messages(channel), 10)
    assert "10" in reply.content and reply.message_reference is None
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


# 4. acknowledge before sqlite -------------------------------------------------------------------


async def test_buttons_and_refusals_are_acknowledged_while_sqlite_is_busy(make_bot: MakeBot):
    world = World()
    bot = make_bot(world, rate_limit=1)
    async with running_bot(bot, world=world, ack_deadline=1.0) as standin:
        record = await standin.interact(
            world.slash("ask", {"question": STAND_IN_QUESTION, "private": False})
        )
        answer = await standin.wait_for(lambda: record.followups and record.followups[0], 10)
        ids = {i.split(":")[1]: i for i in answer.custom_ids()}
        # A reindex (or a slow disk) holds both databases for longer than the ack deadline.
        with bot.analytics._lock, bot.answers._lock:
            up = await standin.interact(world.click(ids["up"], answer))
            sources = await standin.interact(world.click(ids["src"], answer))
            refused = await standin.interact(world.slash("ask", {"question": "again?"}))
            await standin.wait_for(lambda: up.acked and sources.acked and refused.acked, 5)
        await standin.wait_for(lambda: sources.followups and bot.analytics.stats().helpful, 10)

    for click in (up, sources, refused):
        assert click.ack_latency is not None and click.ack_latency < 1.0
    assert "wait" in refused.original.content
    assert sources.followups[0].embeds[0]["description"].startswith("**[1]")


# 5. the /ask length limit, enforced by Discord's client -----------------------------------------


async def test_ask_declares_the_question_length_limit_to_discord(make_bot: MakeBot):
    world = World()
    bot = make_bot(world, max_question_chars=120)
    async with running_bot(bot, world=world) as standin:
        (question,) = [o for o in standin.command("ask")["options"] if o["name"] == "question"]
        try:
            await standin.interact(world.slash("ask", {"question": "x" * 121}))
        except ValueError as refused:
            error = str(refused)
    assert question["max_length"] == 120
    assert "120" in error


# 6. long answers are split outside Markdown links ---------------------------------------------

LINK_URL = "https://example.org/rates/2024.pdf"
LINK = f"[see art. 5 of the rate sheet for stand-ins]({LINK_URL})"


class LinkingAnswerer:
    """An answer of about 9,000 characters in one paragraph whose only sentence ends are
    inside links ("art. 5"): the cleanest 4,096-character cut is inside a link."""

    def ask(self, question: str, *, history=None) -> Answer:
        clauses = [f"rule {i} applies on set, {LINK}" for i in range(85)]
        body = "From the union's documents " + " and ".join(clauses)
        # The rate sheet is the source: answers link only to where their sources point.
        sheet = Source(1, "rates.md", "Rate sheet", 0, 1, "R", "R", source_url=LINK_URL)
        return Answer(question, body, [sheet], grounded=True, id="linkanswer01")


async def test_a_long_answer_is_split_between_links_never_inside_one(make_bot: MakeBot):
    world = World()
    bot = make_bot(world, answerer_=LinkingAnswerer())
    async with running_bot(bot, world=world) as standin:
        record = await standin.interact(world.slash("ask", {"question": STAND_IN_QUESTION}))
        await standin.wait_for(lambda: record.followups, 10)
        await asyncio.sleep(0.2)  # any further page

    descriptions = [e["description"] for m in record.followups for e in m.embeds]
    assert len(descriptions) >= 3  # cut at least twice
    for text in descriptions:
        assert text.count("](") == text.count(LINK), text[-200:]
        assert text.count("[") == text.count(LINK)
