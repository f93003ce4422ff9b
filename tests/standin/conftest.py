"""Fixtures of the stand-in's own tests: a world, the probe bot, and the two running."""

from __future__ import annotations

import pytest

from tests.standin import World, running_bot
from tests.standin.test_standin import Probe


@pytest.fixture
def world() -> World:
    return World()


@pytest.fixture
def bot(world: World) -> Probe:
    return Probe(world)


@pytest.fixture
async def standin(bot: Probe, world: World):
    async with running_bot(bot, world=world) as standin:
        yield standin
    assert not standin.unhandled, [r.path for r in standin.unhandled]
