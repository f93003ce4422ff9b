"""End-to-end harness: a client that fails to start surfaces at once instead of hanging."""

from __future__ import annotations

import time

import pytest

from tests.bot.conftest import MakeBot
from tests.standin import BotCrashed, World, running_bot

READY_TIMEOUT = 240.0  # a hung client would be reported after this; a crash long before it


class BrokenEngine:
    """An engine whose first-use indexing fails with an unexpected error (not a KnowledgeError,
    which `prepare_index` logs and survives), so the bot's setup_hook raises."""

    def ensure_index(self):
        raise RuntimeError("the disk is on fire")


async def test_a_bot_whose_setup_hook_raises_surfaces_at_once_as_bot_crashed(make_bot: MakeBot):
    world = World()
    bot = make_bot(world, engine_=BrokenEngine())
    started = time.monotonic()
    with pytest.raises(BotCrashed, match="stopped before it was ready") as raised:
        async with running_bot(bot, world=world, ready_timeout=READY_TIMEOUT):
            pytest.fail("the client never became ready, so the body must not run")
    elapsed = time.monotonic() - started

    assert isinstance(raised.value.__cause__, RuntimeError)
    assert str(raised.value.__cause__) == "the disk is on fire"
    # Surfaced as soon as start() failed, not at the ready timeout (a wide margin either
    # side, so that a busy machine cannot fail it).
    assert elapsed < READY_TIMEOUT / 4
    assert bot.is_closed()
