"""`StandIn`: a local Discord (REST under /api/v10 plus a gateway websocket) for e2e tests.

It keeps a model of what the bot did (messages, interactions, command syncs), records
every request, and refuses what Discord refuses (see `limits` and `operations`).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import re
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from aiohttp import web

from .gateway import GatewaySession, SessionState
from .guilds import guild_routes
from .limits import ApiError
from .model import InteractionRecord, RecordedRequest, StoredMessage
from .operations import Operations
from .payloads import World
from .ratelimits import RateLimits
from .rest import API, Rest

T = TypeVar("T")
POLL_INTERVAL = 0.01


class BotCrashed(RuntimeError):
    """The client's start() task died; raised by `wait_for` and `interact`."""


class StandIn(Operations):
    """A Discord stand-in on 127.0.0.1 at a random port.

    `ack_deadline`: seconds after dispatch within which an interaction must be acknowledged.
    `token_ttl`: seconds an interaction token stays valid for follow-ups and edits.
    `require_synced`: `interact()` refuses slash commands the bot never synced.
    `ratelimits`: the per-route and global limits (Discord's usual ones by default).
    """

    def __init__(
        self,
        world: World | None = None,
        *,
        ack_deadline: float = 3.0,
        token_ttl: float = 900.0,
        require_synced: bool = True,
        refuse_intents: int = 0,
        ratelimits: RateLimits | None = None,
    ) -> None:
        self.world = world or World()
        self.more_worlds: list[World] = []
        # Privileged intents not enabled for the app: IDENTIFY asking for them is closed 4014.
        self.refuse_intents = refuse_intents
        self.token = "standin-bot-token"
        self.ack_deadline = ack_deadline
        self.token_ttl = token_ttl
        self.require_synced = require_synced
        self.ratelimits = ratelimits or RateLimits()
        self.requests: list[RecordedRequest] = []
        self.unhandled: list[RecordedRequest] = []
        self.gateway_log: list[dict[str, Any]] = []
        self.identify: dict[str, Any] | None = None
        self.commands: dict[str | None, list[dict[str, Any]]] = {}
        self.sessions: list[GatewaySession] = []  # connections
        self.gateway_states: dict[str, SessionState] = {}  # sessions, connected or not
        self.resumes = 0
        self._gateway_open = asyncio.Event()
        self._gateway_open.set()
        self.port = 0
        self._interactions: dict[str, InteractionRecord] = {}
        self._messages: dict[str, StoredMessage] = {}
        self._change = asyncio.Event()
        self._watched: asyncio.Task[Any] | None = None
        self._runner: web.AppRunner | None = None

    # lifecycle ---------------------------------------------------------------------------------

    async def start(self) -> StandIn:
        rest = Rest(self)
        app = web.Application(middlewares=[rest.middleware], client_max_size=32 * 1024 * 1024)
        app.add_routes([web.get("/gateway", self._gateway), *rest.routes(), *guild_routes(self)])
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        for session in list(self.sessions):
            await session.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> StandIn:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        """The value for `discord.http.Route.BASE`."""
        return self.base_url + API

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def add_guild(self, name: str, *, guild_id: str | None = None) -> World:
        """Put the bot in one more guild (a World sharing the application); call before the
        client connects, so READY and GUILD_CREATE carry it."""
        world = World(guild_name=name, app=self.world, guild_id=guild_id)
        self.more_worlds.append(world)
        return world

    # assertions --------------------------------------------------------------------------------

    def interaction(self, interaction: str | dict[str, Any]) -> InteractionRecord:
        """The record of a dispatched interaction, by id or by its payload."""
        return self._interactions[
            interaction if isinstance(interaction, str) else interaction["id"]
        ]

    @property
    def interactions(self) -> list[InteractionRecord]:
        return list(self._interactions.values())

    def message(self, message_id: str) -> StoredMessage:
        return self._messages[message_id]

    def channel_messages(
        self, channel_id: str, *, include_ephemeral: bool = False, include_deleted: bool = False
    ) -> list[StoredMessage]:
        """Messages in a channel, oldest first (user messages included)."""
        return [
            m
            for m in self._messages.values()
            if m.channel_id == channel_id
            and (include_ephemeral or not m.ephemeral)
            and (include_deleted or not m.deleted)
        ]

    def bot_messages(self, channel_id: str) -> list[StoredMessage]:
        return [m for m in self.channel_messages(channel_id) if m.author["id"] == self.world.app_id]

    def command(self, name: str, guild_id: str | None = None) -> dict[str, Any]:
        """A synced command by name: guild commands of `guild_id` (default: the world's guild),
        then global commands."""
        for scope in (guild_id or self.world.guild_id, None):
            for command in self.commands.get(scope, []):
                if command["name"] == name:
                    return command
        raise LookupError(f"command {name!r} was never synced")

    def requests_to(self, method: str, path: str) -> list[RecordedRequest]:
        """Recorded requests whose path (after /api/v10) fully matches the regex `path`."""
        pattern = re.compile(path)
        return [r for r in self.requests if r.method == method and pattern.fullmatch(r.path)]

    async def wait_for(self, predicate: Callable[[], T], timeout: float = 2.0) -> T:
        """Wait until `predicate()` is truthy and return its value.

        Re-checks on every stand-in change, and every 10 ms for state kept by the bot.
        """
        deadline = time.monotonic() + timeout
        while True:
            self._raise_if_crashed()
            result = predicate()
            if result:
                return result
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                recent = "\n  ".join(
                    f"{r.method} {r.path} -> {r.status}" for r in self.requests[-8:]
                )
                raise TimeoutError(
                    f"condition not met within {timeout}s; last requests:\n  {recent}"
                )
            change = self._change
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(change.wait(), min(remaining, POLL_INTERVAL))

    # driving the bot ---------------------------------------------------------------------------

    async def interact(self, payload: dict[str, Any]) -> InteractionRecord:
        """Dispatch INTERACTION_CREATE (from `World.slash`/`World.click`); returns its record.

        Like a Discord client, refuses commands that were never synced and clicks on
        components that the message does not carry (or that are disabled).
        """
        payload = copy.deepcopy(payload)
        if payload["type"] == 2:
            self._resolve_command(payload)
        elif payload["type"] == 3:
            self._resolve_component(payload)
        record = InteractionRecord(payload, dispatched_at=time.monotonic())
        self._interactions[record.id] = record
        await self.dispatch("INTERACTION_CREATE", payload)
        return record

    async def post_message(self, payload: dict[str, Any]) -> StoredMessage:
        """A user posts a message (from `World.mention`/`World.message`): MESSAGE_CREATE."""
        ref = payload.get("message_reference")
        referenced = self._messages.get(ref["message_id"]) if ref else None
        message = StoredMessage.from_payload(payload, referenced)
        self._store(message)
        await self.dispatch("MESSAGE_CREATE", payload)
        return message

    async def open_thread(self, name: str, **kwargs: Any) -> dict[str, Any]:
        """A user opens a thread (`World.thread` arguments): THREAD_CREATE."""
        thread = self.world.thread(name, **kwargs)
        await self.dispatch("THREAD_CREATE", {**thread, "newly_created": True})
        return thread

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a gateway event to every identified session (filtered by their intents)."""
        self._raise_if_crashed()
        if not self.gateway_states:
            raise RuntimeError(f"cannot dispatch {event}: no client has identified")
        await self._broadcast(event, data)

    async def _broadcast(self, event: str, data: dict[str, Any]) -> None:
        """To every session; one whose client is away gets it when it resumes."""
        for state in list(self.gateway_states.values()):
            await state.dispatch(self, event, data)
        self._changed()

    async def reconnect_clients(self, *, while_away: Sequence[dict[str, Any]] = ()) -> None:
        """Op 7 to every client. The gateway accepts no connection until the clients have
        closed and the `while_away` messages (World.mention/message payloads) are posted,
        so those reach the clients only by the replay of their RESUME."""
        connected = [s for s in self.sessions if s.ready]
        self._gateway_open.clear()
        try:
            for connection in connected:
                await connection.reconnect()
            await self.wait_for(lambda: all(c.ws.closed for c in connected), 5)
            for payload in while_away:
                await self.post_message(payload)
        finally:
            self._gateway_open.set()

    async def invalidate_sessions(self, *, resumable: bool = False) -> None:
        """Op 9 to every client: a new IDENTIFY (and READY) unless `resumable`."""
        for connection in [s for s in self.sessions if s.ready]:
            await connection.invalidate(resumable)

    def watch(self, task: asyncio.Task[Any]) -> None:
        """Surface the client's start() task failure in `wait_for`/`interact`."""
        self._watched = task
        task.add_done_callback(lambda _: self._changed())

    # internals ---------------------------------------------------------------------------------

    def _changed(self) -> None:
        self._change.set()
        self._change = asyncio.Event()

    def _raise_if_crashed(self) -> None:
        task = self._watched
        if task is not None and task.done() and not task.cancelled() and task.exception():
            raise BotCrashed("the client's start() task failed") from task.exception()

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        await self._gateway_open.wait()
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        session = GatewaySession(self, ws)
        self.sessions.append(session)
        try:
            await session.run()
        finally:
            self.sessions.remove(session)
        return ws

    def _resolve_command(self, payload: dict[str, Any]) -> None:
        data = payload["data"]
        for scope in (payload.get("guild_id"), None):
            for command in self.commands.get(scope, []):
                if command["name"] == data["name"] and command.get("type", 1) == data["type"]:
                    data["id"] = command["id"]
                    if scope is None:
                        data.pop("guild_id", None)
                    _check_lengths(command, data)
                    return
        if self.require_synced:
            raise LookupError(f"/{data['name']} was never synced, so no user could invoke it")

    def _resolve_component(self, payload: dict[str, Any]) -> None:
        message = self._messages.get(payload["message"]["id"])
        custom_id = payload["data"]["custom_id"]
        if message is None or message.deleted:
            raise LookupError(
                f"cannot click {custom_id!r}: message {payload['message']['id']} "
                "is unknown to the stand-in"
            )
        component = message.custom_ids().get(custom_id)
        if component is None:
            raise LookupError(
                f"message {message.id} has no component {custom_id!r}; "
                f"it has {sorted(message.custom_ids())}"
            )
        if component.get("disabled"):
            raise LookupError(f"component {custom_id!r} is disabled")
        payload["data"]["component_type"] = component["type"]
        payload["message"] = message.payload()


def _check_lengths(command: dict[str, Any], data: dict[str, Any]) -> None:
    """Like a Discord client, refuse a string option outside its min/max_length."""
    declared = {o["name"]: o for o in command.get("options") or []}
    for option in data.get("options") or []:
        spec = declared.get(option["name"], {})
        value = option.get("value")
        if spec.get("type") != 3 or not isinstance(value, str):
            continue
        low, high = spec.get("min_length") or 0, spec.get("max_length") or 6000
        if not low <= len(value) <= high:
            raise ValueError(
                f"/{command['name']} {option['name']}: {len(value)} characters, "
                f"Discord's client allows {low} to {high}"
            )


__all__ = ["ApiError", "BotCrashed", "StandIn"]
