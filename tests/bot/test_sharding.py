"""Sharding by setting: STEWARD_SHARD_COUNT / STEWARD_SHARD_IDS.

Two `python -m bot` processes, one shard each of two, against one Discord stand-in that
routes guild events by shard as Discord does (`(guild_id >> 22) % shard_count`): each
answers a slash command and a mention in its own guild, and never in the other's.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from bot.analytics import Analytics
from bot.client import ShardedStewardBot, StewardBot, create_bot
from knowledge import Engine, KnowledgeSettings
from tests.bot.conftest import bot_settings
from tests.standin import StandIn, World
from tests.standin.payloads import snowflake_on_shard

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = Path(__file__).with_name("shard_process.py")
QUESTION = "What's the day rate for stand-ins?"


def test_shard_settings_are_read_and_checked() -> None:
    settings = bot_settings(STEWARD_SHARD_COUNT="4", STEWARD_SHARD_IDS="1, 3")
    assert (settings.shard_count, settings.shard_ids) == (4, [1, 3])
    assert bot_settings().shard_count is None and bot_settings().shard_ids == []
    for bad, says in (
        ({"STEWARD_SHARD_IDS": "0"}, "needs STEWARD_SHARD_COUNT"),
        ({"STEWARD_SHARD_COUNT": "2", "STEWARD_SHARD_IDS": "2"}, "(0 to 1)"),
        ({"STEWARD_SHARD_COUNT": "2", "STEWARD_SHARD_IDS": "1,1"}, "names a shard twice"),
        ({"STEWARD_SHARD_COUNT": "0"}, "greater than or equal to 1"),
    ):
        with pytest.raises(ValidationError, match=says):
            bot_settings(**bad)


def test_the_bot_is_sharded_only_when_the_settings_say_so(tmp_path: Path) -> None:
    knowledge = KnowledgeSettings(_env_file=None, data_dir=tmp_path, llm_enabled=False)  # type: ignore[call-arg]
    plain = create_bot(bot_settings(), knowledge)
    sharded = create_bot(bot_settings(STEWARD_SHARD_COUNT="3", STEWARD_SHARD_IDS="2"), knowledge)
    try:
        assert type(plain) is StewardBot and plain.shard_count is None
        assert isinstance(sharded, ShardedStewardBot)
        assert (sharded.shard_count, sharded.shard_ids) == (3, [2])
    finally:
        for bot in (plain, sharded):
            bot.analytics.close()
            bot.answers.close()


class BotProcess:
    """`python -m bot` on some shards, in a process of its own; its log lines collected."""

    def __init__(self, standin: StandIn, data: Path, source: Path, **settings: str) -> None:
        env = {
            "PATH": os.environ["PATH"],
            "HOME": str(data),
            "PYTHONPATH": str(ROOT),
            "DISCORD_TOKEN": standin.token,
            "STEWARD_DATA_DIR": str(data),
            "STEWARD_SOURCE_DIR": str(source),
            "STEWARD_LLM": "false",
            "PYTHONFAULTHANDLER": "1",  # a hang at exit dumps every thread's stack on SIGABRT
            **settings,
        }
        self.data = data
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [sys.executable, str(LAUNCHER), standin.base_url],
            cwd=data,  # no .env here
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append(line.rstrip())

    async def wait_for_line(self, text: str, timeout: float = 120.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [line for line in self.lines if text in line]
            if found:
                return found[0]
            if self.process.poll() is not None:
                break
            await asyncio.sleep(0.05)
        raise AssertionError(f"no {text!r} in the bot's log:\n" + "\n".join(self.lines[-30:]))

    def answered(self) -> dict[str, int]:
        analytics = Analytics(self.data / "bot" / "analytics.sqlite3")
        try:
            return analytics.stats().by_via
        finally:
            analytics.close()

    async def stop(self) -> None:
        """Interrupt the bot and wait for it to exit, the stand-in still serving meanwhile:
        a wait that blocked the event loop left the bot's closing handshake and the other
        process's heartbeats unanswered, and a busy machine then saw a shard reconnect
        and a bot that did not exit in time."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:  # a busy machine may take a while to close the client and the engine
                await asyncio.to_thread(self.process.wait, 60)
            except subprocess.TimeoutExpired:
                self.process.send_signal(signal.SIGABRT)  # where it hangs, into self.lines
                try:
                    await asyncio.to_thread(self.process.wait, 10)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    await asyncio.to_thread(self.process.wait, 5)
        await asyncio.to_thread(self.reader.join, 5)  # the log's last lines, read whole


@pytest.fixture
async def two_guilds() -> AsyncIterator[tuple[StandIn, World, World]]:
    """A stand-in where the bot is in two guilds: one on shard 0 of 2, one on shard 1."""
    first = World(guild_name="Union Hall", guild_id=snowflake_on_shard(0, 2))
    async with StandIn(first) as standin:
        second = standin.add_guild("Writers Room", guild_id=snowflake_on_shard(1, 2))
        yield standin, first, second


@pytest.mark.slow
async def test_two_processes_one_shard_each_answer_only_in_their_own_guilds(
    two_guilds: tuple[StandIn, World, World], engine: Engine, tmp_path: Path
) -> None:
    standin, first, second = two_guilds
    processes: list[BotProcess] = []
    try:
        for shard in (0, 1):
            data = tmp_path / f"shard{shard}"
            shutil.copytree(engine.settings.data_dir, data)  # the index, built once
            processes.append(
                BotProcess(
                    standin,
                    data,
                    engine.settings.source_dir,
                    STEWARD_SHARD_COUNT="2",
                    STEWARD_SHARD_IDS=str(shard),
                )
            )
        for shard, process in enumerate(processes):
            await process.wait_for_line(f"connected to 1 servers on shards {shard} of 2")
        sessions = {s.shard: s for s in standin.sessions}
        assert set(sessions) == {(0, 2), (1, 2)}

        asked: list[Any] = []
        for world in (first, second):
            record = await standin.interact(world.slash("ask", {"question": QUESTION}))
            await standin.post_message(world.mention(QUESTION))
            asked.append(record)
        for record in asked:
            await standin.wait_for(lambda r=record: r.followups, 60)
        for world in (first, second):
            await standin.wait_for(lambda w=world: standin.bot_messages(w.channel["id"]), 60)
        await asyncio.sleep(1.0)  # room for a wrongly routed duplicate to arrive
    finally:
        await asyncio.gather(*(process.stop() for process in processes))

    # Each guild: one deferred, answered /ask and one reply to the mention, from one bot.
    for record in asked:
        assert record.ack_type == 5 and len(record.followups) == 1
    for world in (first, second):
        assert len(standin.bot_messages(world.channel["id"])) == 1
    # Each process answered its own guild's two questions, and nothing else.
    assert [p.answered() for p in processes] == [{"slash": 1, "mention": 1}] * 2
    for p in processes:
        if p.process.returncode != 0:  # shown whole under "Captured stdout" (the assertion's
            print("\n".join(p.lines[-80:]))  # message is cut): where each thread was
    assert all(p.process.returncode == 0 for p in processes), [
        (p.process.returncode, p.lines[-80:]) for p in processes
    ]
