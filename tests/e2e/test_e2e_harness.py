"""End-to-end harness: a client that fails to start surfaces at once instead of hanging."""

from __future__ import annotations

import time

import pytest

from tests.bot.conftest import MakeBot
from tests.standin import BotCrashed, World, running_bot


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
        async with running_bot(bot, world=world, ready_timeout=30):
            pytest.fail("the client never became ready, so the body must not run")
    elapsed = time.monotonic() - started

    assert isinstance(raised.value.__cause__, RuntimeError)
    assert str(raised.value.__cause__) == "the disk is on fire"
    assert elapsed < 3.0  # surfaced as soon as start() failed, not at the 30 s ready timeout
    assert bot.is_closed()
