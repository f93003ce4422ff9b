"""Running the bot for real: one line for a bad token, missing intents or an unreachable
Discord; members told the search is briefly unavailable while Chroma is down, and answered
again once it is back."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from bot.__main__ import serve
from knowledge import Answerer, Engine
from tests.bot.conftest import MakeBot, bot_settings, knowledge_settings_for
from tests.chroma_server import ChromaServer, free_port
from tests.standin import StandIn, World, discord_pointed_at, running_bot

QUESTION = "What's the day rate for stand-ins?"


async def test_members_are_told_it_is_briefly_unavailable_then_answered_once_chroma_is_back(
    make_bot: MakeBot, tmp_path, bundled_embedder: Any
):
    server = ChromaServer(tmp_path / "chroma").start()
    settings = knowledge_settings_for(tmp_path).model_copy(
        update={
            "chroma_host": server.host,
            "chroma_port": server.port,
            "pointer_check_seconds": 0.0,
        }
    )
    engine = Engine(settings, embeddings=bundled_embedder)
    try:
        engine.ensure_index()
        world = World()
        bot = make_bot(world, engine_=engine, answerer_=Answerer(engine, use_llm=False))
        channel = world.channel["id"]
        async with running_bot(bot, world=world) as standin:
            server.stop()
            await standin.post_message(world.mention(QUESTION))
            (down,) = await standin.wait_for(lambda: standin.bot_messages(channel), 60)
            server.start()
            await standin.post_message(world.mention(QUESTION))
            replies = await standin.wait_for(lambda: standin.bot_messages(channel)[1:], 60)
    finally:
        server.stop()

    assert "briefly unavailable" in down.content and "again in a minute" in down.content
    assert replies[0].embeds and "$" in str(replies[0].embeds[0])


def one_error_line(caplog: pytest.LogCaptureFixture) -> str:
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1, [r.getMessage() for r in errors]
    assert errors[0].exc_info is None  # no traceback
    message = errors[0].getMessage()
    assert "\n" not in message
    return message


async def test_a_bad_token_is_one_line_saying_what_to_do(
    make_bot: MakeBot, caplog: pytest.LogCaptureFixture
):
    bot = make_bot(World())
    async with StandIn() as standin, discord_pointed_at(standin):
        code = await serve(bot, "not-the-token")

    assert code == 1
    assert "Discord rejected DISCORD_TOKEN" in one_error_line(caplog)


async def test_missing_intents_are_one_line_saying_what_to_do(
    make_bot: MakeBot, caplog: pytest.LogCaptureFixture
):
    bot = make_bot(World(), message_content=True)
    async with StandIn(refuse_intents=1 << 15) as standin, discord_pointed_at(standin):
        code = await serve(bot, standin.token)

    assert code == 1
    assert "Message Content intent" in one_error_line(caplog)


async def test_an_unreachable_discord_is_one_line_saying_what_to_do(
    make_bot: MakeBot, caplog: pytest.LogCaptureFixture
):
    bot = make_bot(World())
    nowhere = StandIn()
    nowhere.port = free_port()  # nothing listens there
    async with discord_pointed_at(nowhere):
        code = await serve(bot, "any-token")

    assert code == 1
    assert "cannot reach Discord" in one_error_line(caplog)


def test_bot_settings_helper_still_builds():  # the helper the tests above rely on
    assert bot_settings().discord_token.get_secret_value() == "standin-bot-token"
