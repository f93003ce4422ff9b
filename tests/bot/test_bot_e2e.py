"""End-to-end smoke tests: the real bot and engine against the Discord stand-in.

Issue 6's scenario map (which test proves each) is in tests/e2e/conftest.py.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3

import discord

from knowledge import IndexNotFoundError
from tests.bot.conftest import MakeBot, RecordingAnswerer, assert_nothing_could_ping
from tests.standin import EPHEMERAL, World, running_bot, snowflake

STAND_IN_QUESTION = "What's the day rate for stand-ins?"


def custom_ids(message) -> list[str]:
    return sorted(message.custom_ids())


async def test_ask_defers_at_once_and_answers_privately_with_sources(make_bot: MakeBot):
    world = World()
    bot = make_bot(world)
    async with running_bot(bot, world=world) as standin:
        record = await standin.interact(world.slash("ask", {"question": STAND_IN_QUESTION}))
        answer = await standin.wait_for(lambda: record.followups and record.followups[0], 10)

    assert record.ack_type == 5 and record.ack_latency is not None and record.ack_latency < 3.0
    assert record.ephemeral and answer.ephemeral  # private by default
    assert standin.channel_messages(world.channel["id"]) == []
    (embed,) = answer.embeds
    assert "[1]" in embed["description"]
    assert embed["fields"][0]["name"].startswith("[1] Background actor and stand-in rates")
    assert "standincentral.com" in embed["fields"][0]["value"]
    assert embed["footer"]["text"].startswith("Information from union documents")
    assert answer.allowed_mentions == {"parse": []}
    assert [i.split(":")[1] for i in custom_ids(answer)] == ["down", "src", "up"]


async def test_public_answer_then_sources_and_feedback_buttons(make_bot: MakeBot):
    world = World()
    bot = make_bot(world)
    async with running_bot(bot, world=world) as standin:
        record = await standin.interact(
            world.slash("ask", {"question": STAND_IN_QUESTION, "private": False})
        )
        answer = await standin.wait_for(lambda: record.followups and record.followups[0], 10)
        ids = {i.split(":")[1]: i for i in answer.custom_ids()}
        sources = await standin.interact(world.click(ids["src"], answer))
        up = await standin.interact(world.click(ids["up"], answer))
        await standin.wait_for(lambda: sources.followups and up.original, 10)
        assert_nothing_could_ping(standin)

    assert not answer.ephemeral and standin.bot_messages(world.channel["id"]) == [answer]
    quoted = sources.followups[0]
    assert sources.ack_type == 5  # deferred before reading the answer store
    assert quoted.flags & EPHEMERAL and quoted.embeds[0]["description"].startswith("**[1]")
    assert "\n> " in quoted.embeds[0]["description"]
    assert up.original.flags & EPHEMERAL and "anonymously" in up.original.content
    stats = bot.analytics.stats()
    assert stats.helpful == 1 and stats.counts == {"answer": 1}
    # The vote is keyed by a keyed hash of (answer, member); the member is nowhere in the file.
    alice, answer_id = world.default_member, ids["up"].split(":")[2]
    with contextlib.closing(sqlite3.connect(bot.analytics.path)) as db:
        votes = list(db.execute("SELECT answer_id, voter, vote FROM feedback"))
        dump = "\n".join(db.iterdump())
    assert votes == [(answer_id, bot.hasher("vote", answer_id, int(alice.id)), 1)]
    assert alice.id not in dump and alice.user["username"] not in dump.lower()


async def test_mention_reply_and_follow_up_uses_history(make_bot: MakeBot, answerer):
    world = World()
    recorder = RecordingAnswerer(answerer)
    bot = make_bot(world, answerer_=recorder)
    channel = world.channel["id"]
    async with running_bot(bot, world=world) as standin:
        asked = await standin.post_message(world.mention(STAND_IN_QUESTION))
        (first,) = await standin.wait_for(lambda: standin.bot_messages(channel), 10)
        follow = await standin.post_message(
            world.mention("and for background actors?", reference=first)
        )
        replies = await standin.wait_for(lambda: standin.bot_messages(channel)[1:], 10)

    assert first.message_reference["message_id"] == asked.id and first.pings.users == frozenset()
    assert replies[0].message_reference["message_id"] == follow.id
    assert recorder.calls[0] == (STAND_IN_QUESTION, None)
    question, history = recorder.calls[1]
    assert question == "and for background actors?"
    assert history and history[0][0] == STAND_IN_QUESTION
    assert history[0][1].startswith("From the union's documents")


async def test_mention_in_a_new_thread_when_configured(make_bot: MakeBot):
    world = World()
    bot = make_bot(world, reply_in_thread=True)
    async with running_bot(bot, world=world) as standin:
        asked = await standin.post_message(world.mention(STAND_IN_QUESTION))
        posted = await standin.wait_for(lambda: standin.bot_messages(asked.id), 10)

    assert world.channels[asked.id]["type"] == 11
    assert posted[0].embeds and posted[0].allowed_mentions == {"parse": []}


async def test_non_admin_reindex_is_refused_even_though_the_command_is_visible(
    make_bot: MakeBot,
):
    world = World()
    bot = make_bot(world, admin_roles="Union Staff")
    member, staff = world.member("bob"), world.member("carol", staff=True)
    async with running_bot(bot, world=world) as standin:
        denied = await standin.interact(world.slash("reindex", user=member))
        allowed = await standin.interact(world.slash("reindex", user=staff))
        await standin.wait_for(lambda: denied.original, 5)
        await standin.wait_for(lambda: allowed.original and allowed.original.embeds, 15)

    manage_guild = discord.Permissions(manage_guild=True).value
    assert standin.command("reindex")["default_member_permissions"] == str(manage_guild)
    assert not member.permissions & manage_guild  # Discord's client hides it; bob invoked it
    assert "Manage Server" in denied.original.content and denied.original.ephemeral
    assert denied.ack_type == 4 and not denied.original.embeds and not denied.followups
    report = allowed.original.embeds[0]
    assert report["title"] == "Reindex finished" and "**Unchanged** 2" in report["description"]


async def test_commands_are_synced_only_when_they_changed(make_bot: MakeBot, tmp_path):
    world = World()
    path = f"/applications/{world.app_id}/guilds/{world.guild_id}/commands"
    async with running_bot(make_bot(world, data_dir=tmp_path / "d"), world=world) as first:
        assert len(first.requests_to("PUT", path)) == 1
    again = make_bot(world, data_dir=tmp_path / "d")
    async with running_bot(again, world=world, require_synced=False) as second:
        assert second.requests_to("PUT", path) == []


async def test_a_follow_up_in_stewards_thread_uses_the_thread(make_bot: MakeBot, answerer):
    world = World()
    recorder = RecordingAnswerer(answerer)
    bot = make_bot(world, answerer_=recorder, reply_in_thread=True)
    async with running_bot(bot, world=world) as standin:
        asked = await standin.post_message(world.mention(STAND_IN_QUESTION))
        await standin.wait_for(lambda: standin.bot_messages(asked.id), 10)
        thread = world.channels[asked.id]
        await standin.post_message(world.mention("and for background actors?", channel=thread))
        replies = await standin.wait_for(lambda: standin.bot_messages(asked.id)[1:], 10)

    assert replies[0].channel_id == thread["id"] and replies[0].embeds
    question, history = recorder.calls[1]
    assert question == "and for background actors?"
    assert history and history[0][0] == STAND_IN_QUESTION
    assert history[0][1].startswith("From the union's documents")  # the earlier answer


async def test_rate_limit_and_length_refusals_are_private_and_clear(make_bot: MakeBot):
    world = World()
    bot = make_bot(world, rate_limit=1, max_question_chars=40)
    async with running_bot(bot, world=world) as standin:
        # Discord's client stops a /ask over max_length; a mention reaches the bot's check.
        await standin.post_message(world.mention("x" * 41))
        (long,) = await standin.wait_for(lambda: standin.bot_messages(world.channel["id"]), 10)
        first = await standin.interact(world.slash("ask", {"question": STAND_IN_QUESTION}))
        await standin.wait_for(lambda: first.followups, 10)
        second = await standin.interact(world.slash("ask", {"question": STAND_IN_QUESTION}))
        await standin.wait_for(lambda: second.original, 10)
        # The refusal is sent first and counted after (no database work before responding).
        await standin.wait_for(lambda: bot.analytics.stats().counts.get("rate_limited"), 10)

    assert "41 characters" in long.content and not long.pings.users
    assert second.ephemeral and "wait" in second.original.content
    assert bot.analytics.stats().counts == {"answer": 1, "too_long": 1, "rate_limited": 1}


async def test_public_answers_outside_the_allow_list_are_refused_private_ones_allowed(
    make_bot: MakeBot,
):
    world = World()
    bot = make_bot(world, allowed_channels="ask-steward")
    async with running_bot(bot, world=world) as standin:
        public = await standin.interact(
            world.slash("ask", {"question": STAND_IN_QUESTION, "private": False})
        )
        private = await standin.interact(world.slash("ask", {"question": STAND_IN_QUESTION}))
        await standin.post_message(world.mention(STAND_IN_QUESTION))
        await standin.wait_for(lambda: public.original and private.followups, 10)

    assert "#ask-steward" in public.original.content and public.ephemeral
    assert private.followups[0].embeds
    assert standin.bot_messages(world.channel["id"]) == []  # the mention was not answered


async def test_help_sources_and_stats(make_bot: MakeBot):
    world = World()
    bot = make_bot(world)
    async with running_bot(bot, world=world) as standin:
        help_ = await standin.interact(world.slash("help"))
        sources = await standin.interact(world.slash("sources"))
        stats = await standin.interact(world.slash("stats", user=world.admin("boss")))
        await standin.wait_for(lambda: help_.original and sources.followups and stats.followups, 10)
        assert_nothing_could_ping(standin)
    assert not standin.unhandled

    assert help_.ephemeral and "/ask" in help_.original.embeds[0]["description"]
    listing = sources.followups[0].embeds[0]
    assert listing["title"] == "Sources — 2 documents"
    assert "**Rates**\n• **Background actor and stand-in rates" in listing["description"]
    assert stats.followups[0].embeds[0]["title"] == "Steward — last 30 days"


async def test_logs_hold_no_user_ids_and_no_message_content(make_bot: MakeBot, caplog):
    caplog.set_level(logging.DEBUG, logger="bot")
    caplog.set_level(logging.INFO, logger="discord")  # as bot.__main__ configures it
    world = World()
    bot = make_bot(world)
    alice = world.default_member
    async with running_bot(bot, world=world) as standin:
        record = await standin.interact(
            world.slash("ask", {"question": "Secret question about my pay?"})
        )
        await standin.post_message(world.mention("Another secret about dues?", user=alice))
        await standin.wait_for(
            lambda: record.followups and standin.bot_messages(world.channel["id"]), 10
        )

    logged = "\n".join(r.getMessage() + str(r.args) for r in caplog.records)
    assert alice.id not in logged and "secret" not in logged.lower()


async def test_direct_messages_are_answered_with_context_and_nothing_can_ping(
    make_bot: MakeBot, answerer
):
    world = World()
    recorder = RecordingAnswerer(answerer)
    bot = make_bot(world, answerer_=recorder)
    alice = world.default_member
    dm = {"id": snowflake(), "type": 1, "recipients": [alice.user], "last_message_id": None}
    world.channels[dm["id"]] = dm

    def direct(content: str) -> dict:
        payload = world.message(content, alice, dm)
        for key in ("guild_id", "member"):
            payload.pop(key)
        return payload

    async with running_bot(bot, world=world) as standin:
        await standin.post_message(direct(f"{STAND_IN_QUESTION} @everyone"))
        (reply,) = await standin.wait_for(lambda: standin.bot_messages(dm["id"]), 10)
        await standin.post_message(direct("and for background actors?"))
        await standin.wait_for(lambda: standin.bot_messages(dm["id"])[1:], 10)
        ask = await standin.interact(world.slash("ask", {"question": "@everyone rates?"}))
        await standin.wait_for(lambda: ask.followups, 10)
        # an answer is counted after it is delivered: wait for the count, not only the reply
        await standin.wait_for(lambda: bot.analytics.stats().by_via.get("slash"), 10)
        assert_nothing_could_ping(standin)
    assert not standin.unhandled

    assert reply.embeds and reply.pings.users == frozenset() and not reply.pings.everyone
    assert recorder.calls[1][1] and recorder.calls[1][1][0][0].startswith(STAND_IN_QUESTION)
    assert bot.analytics.stats().by_via == {"dm": 2, "slash": 1}


class FailingAnswerer:
    def __init__(self, error: Exception) -> None:
        self.error = error

    def ask(self, question: str, *, history=None):
        raise self.error


async def test_an_unexpected_error_gets_a_short_apology_and_a_logged_traceback(
    make_bot: MakeBot, caplog
):
    world = World()
    bot = make_bot(world, answerer_=FailingAnswerer(RuntimeError("boom")))
    async with running_bot(bot, world=world) as standin:
        record = await standin.interact(world.slash("ask", {"question": STAND_IN_QUESTION}))
        await standin.post_message(world.mention(STAND_IN_QUESTION))
        replies = await standin.wait_for(lambda: standin.bot_messages(world.channel["id"]), 10)
        await standin.wait_for(lambda: record.followups, 10)

    assert record.followups[0].content.startswith("Sorry, something went wrong")
    assert replies[0].content.startswith("Sorry, something went wrong")
    tracebacks = [r for r in caplog.records if r.exc_info and "boom" in str(r.exc_info[1])]
    assert len(tracebacks) == 2
    assert bot.analytics.stats().counts == {"error": 2}


async def test_a_domain_error_maps_to_its_own_short_message(make_bot: MakeBot):
    world = World()
    bot = make_bot(world, answerer_=FailingAnswerer(IndexNotFoundError("nothing indexed")))
    async with running_bot(bot, world=world) as standin:
        record = await standin.interact(world.slash("ask", {"question": STAND_IN_QUESTION}))
        await standin.wait_for(lambda: record.followups, 10)
    assert record.followups[0].content == "Nothing is indexed yet: an admin can run /reindex."


async def test_with_the_content_intent_follow_ups_in_stewards_thread_need_no_mention(
    make_bot: MakeBot,
):
    world = World()
    bot = make_bot(world, reply_in_thread=True, message_content=True)
    async with running_bot(bot, world=world) as standin:
        asked = await standin.post_message(world.mention(STAND_IN_QUESTION))
        await standin.wait_for(lambda: standin.bot_messages(asked.id), 10)
        thread = world.channels[asked.id]
        await standin.post_message(world.message("and for background actors?", channel=thread))
        await standin.post_message(world.message("members chatting elsewhere"))
        replies = await standin.wait_for(lambda: standin.bot_messages(asked.id)[1:], 10)

    assert replies[0].embeds and standin.bot_messages(world.channel["id"]) == []
