"""`running_bot`: run a real discord.py client against a fresh stand-in, then tear down.

The two overrides (`Route.BASE` and `DiscordWebSocket.DEFAULT_GATEWAY`) are process-global,
so they are applied only inside the context and restored after: one stand-in at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from .payloads import World
from .server import BotCrashed, StandIn


@contextlib.asynccontextmanager
async def discord_pointed_at(standin: StandIn) -> AsyncIterator[None]:
    """Point discord.py's REST base and gateway URL at `standin`, restoring them after."""
    saved = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    Route.BASE = standin.api_base
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(standin.gateway_url)
    try:
        yield
    finally:
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved


@contextlib.asynccontextmanager
async def running_bot(
    client: discord.Client,
    *,
    world: World | None = None,
    ack_deadline: float = 3.0,
    ready_timeout: float = 60.0,  # a bound on failure only: generous for a busy machine
    guild_ready_timeout: float = 0.05,
    **standin_options: Any,
) -> AsyncIterator[StandIn]:
    """Start a stand-in and `client` against it; yield the stand-in once on_ready fired.

    A failure of the client's start() task (e.g. a KeyError on a malformed payload) is
    raised here, from `StandIn.wait_for`/`interact`, or on exit, instead of hanging.
    """
    standin = await StandIn(world, ack_deadline=ack_deadline, **standin_options).start()
    task: asyncio.Task[None] | None = None
    try:
        async with discord_pointed_at(standin):
            # on_ready waits this long after the last GUILD_CREATE (2 s by default).
            client._connection.guild_ready_timeout = guild_ready_timeout
            task = asyncio.create_task(client.start(standin.token), name="discord-client")
            standin.watch(task)
            await _until_ready(client, task, standin, ready_timeout)
            yield standin
            if task.done() and not task.cancelled() and task.exception():
                raise BotCrashed("the client's start() task failed") from task.exception()
    finally:
        if not client.is_closed():
            await client.close()
        if task is not None:
            await _finish(task)
        await standin.stop()


async def _until_ready(
    client: discord.Client, task: asyncio.Task[None], standin: StandIn, timeout: float
) -> None:
    deadline = time.monotonic() + timeout
    while not client.is_ready():
        if task.done():
            error = None if task.cancelled() else task.exception()
            raise BotCrashed("the client stopped before it was ready") from error
        if time.monotonic() > deadline:
            seen = [f"{r.method} {r.path} -> {r.status}" for r in standin.requests]
            raise TimeoutError(
                f"client not ready after {timeout}s; identified="
                f"{standin.identify is not None}; requests={seen}"
            )
        await asyncio.sleep(0.005)


async def _finish(task: asyncio.Task[None]) -> None:
    """Let start() return after close(); cancel it if it lingers. Its error was surfaced."""
    with contextlib.suppress(Exception):
        try:
            await asyncio.wait_for(asyncio.shield(task), 2.0)
        except TimeoutError:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
