"""End-to-end: the rules Discord enforces besides payloads (issue 14) — channel permissions,
rate limits, and the gateway's reconnects — with the real bot against the stand-in."""

from __future__ import annotations

import logging
from typing import Any

import discord

from bot.reports import documents_pages
from knowledge import Engine
from tests.bot.conftest import MakeBot
from tests.standin import RateLimits, World, running_bot

STAND_IN_QUESTION = "What's the day rate for stand-ins?"


# the channel permissions Steward needs -------------------------------------------------------


def denied(world: World, **permissions: bool) -> dict[str, Any]:
    """A new text channel where the bot's role is denied `permissions`."""
    channel = world.text_channel("locked")
    world.deny_bot(channel, discord.Permissions(**permissions).value)
    return channel


async def test_missing_channel_permissions_get_a_message_or_a_log_line_never_a_crash(
    make_bot: MakeBot, caplog
):
    world = World()
    silent = denied(world, send_messages=True)
    plain = denied(world, embed_links=True)
    no_history = denied(world, read_message_history=True)
    bot = make_bot(world)
    with caplog.at_level(logging.WARNING, logger="bot"):
        async with running_bot(bot, world=world) as standin:
            for channel in (silent, plain, no_history):
                await standin.post_message(world.mention(STAND_IN_QUESTION, channel=channel))
            await standin.wait_for(
                lambda: (
                    standin.bot_messages(plain["id"]) and standin.bot_messages(no_history["id"])
                ),
                10,
            )
            # /ask answers through the interaction's webhook: it works in the silent channel.
            record = await standin.interact(
                world.slash("ask", {"question": STAND_IN_QUESTION}, channel=silent)
            )
            await standin.wait_for(lambda: record.followups, 10)

    lines = [r.getMessage() for r in caplog.records if "permission" in r.getMessage()]
    assert any(silent["id"] in line and "Send Messages" in line for line in lines)
    assert standin.bot_messages(silent["id"]) == []
    (told,) = standin.bot_messages(plain["id"])
    assert "Embed Links" in told.content and not told.embeds
    (answer,) = standin.bot_messages(no_history["id"])
    assert answer.embeds and answer.message_reference is None  # replying needs the history
    assert not [r for r in standin.requests if r.status == 403]  # checked before asking
    assert record.followups[0].embeds
    assert bot.analytics.stats().counts == {"no_permission": 2, "answer": 2}


async def test_without_create_public_threads_a_mention_is_answered_by_a_reply(
    make_bot: MakeBot, caplog
):
    world = World()
    world.deny_bot(world.channel, discord.Permissions(create_public_threads=True).value)
    bot = make_bot(world, reply_in_thread=True)
    with caplog.at_level(logging.WARNING, logger="bot"):
        async with running_bot(bot, world=world) as standin:
            asked = await standin.post_message(world.mention(STAND_IN_QUESTION))
            (answer,) = await standin.wait_for(
                lambda: standin.bot_messages(world.channel["id"]), 10
            )
    assert answer.message_reference["message_id"] == asked.id and answer.embeds
    assert any("could not open a thread (403)" in r.getMessage() for r in caplog.records)


# rate limits ---------------------------------------------------------------------------------


class ManyDocuments:
    """The real engine, listing each of its documents 60 times under numbered titles: a
    /sources listing long enough for several follow-ups (indexing 120 documents would
    cost the suite a minute for nothing)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self.settings = engine.settings

    def documents(self) -> list[dict[str, Any]]:
        return [
            {**d, "title": f"{d.get('title')} — copy {i} with a longer title to fill the page"}
            for i in range(60)
            for d in self._engine.documents()
        ]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)


async def test_a_burst_of_answers_and_a_long_listing_all_arrive_within_the_limits(
    make_bot: MakeBot, engine: Engine
):
    world = World()
    limits = RateLimits(
        routes={
            ("POST", "/channels/{channel_id}/messages"): (3, 2.0),
            ("POST", "/webhooks/{webhook_id}/{webhook_token}"): (2, 1.0),
        }
    )
    bot = make_bot(world, engine_=ManyDocuments(engine), rate_limit=0)
    channel = world.channel["id"]
    members = [world.member(f"member{i}") for i in range(6)]
    async with running_bot(bot, world=world, ratelimits=limits) as standin:
        for member in members:
            await standin.post_message(world.mention(STAND_IN_QUESTION, user=member))
        listing = await standin.interact(world.slash("sources"))
        await standin.wait_for(lambda: len(standin.bot_messages(channel)) == 6, 30)
        pages = len(documents_pages(bot.engine.documents()))
        await standin.wait_for(lambda: len(listing.followups) == pages, 30)

    answered = {m.message_reference["message_id"] for m in standin.bot_messages(channel)}
    assert len(answered) == 6 and all(m.embeds for m in standin.bot_messages(channel))
    titles = [
        line for m in listing.followups for e in m.embeds for line in e["description"].split("\n")
    ]
    assert sum("copy" in t for t in titles) == 120  # every document listed, none lost
    # discord.py paced the requests by the X-RateLimit headers. It learns a bucket from its
    # first response, so a request already in flight then may meet the limit once (and is
    # retried: everything arrived, above); after that, not one 429.
    routes = [route for _, route in limits.exceeded]
    assert len(routes) == len(set(routes)), limits.exceeded
    assert {r.status for r in standin.requests} <= {200, 204, 429}
    posts = [r.at for r in standin.requests_to("POST", r"/webhooks/.*")]
    assert pages >= 4 and posts[3] - posts[1] >= 0.9  # it waited for the bucket to reset


# the gateway: a reconnect and a missed mention; 4014 at start ------------------------------------


async def test_after_a_reconnect_steward_answers_the_mention_it_missed(make_bot: MakeBot):
    world = World()
    bot = make_bot(world)
    channel = world.channel["id"]
    async with running_bot(bot, world=world) as standin:
        missed = world.mention(STAND_IN_QUESTION)
        await standin.reconnect_clients(while_away=[missed])  # op 7, then a resume
        (answer,) = await standin.wait_for(lambda: standin.bot_messages(channel), 10)
        await standin.invalidate_sessions()  # op 9: Steward identifies anew and keeps answering
        await standin.wait_for(
            lambda: len([m for m in standin.gateway_log if m["op"] == 2]) == 2, 10
        )
        await standin.post_message(world.mention("and for background actors?"))
        await standin.wait_for(lambda: standin.bot_messages(channel)[1:], 10)
    assert answer.message_reference["message_id"] == missed["id"] and answer.embeds
    assert standin.resumes == 1
