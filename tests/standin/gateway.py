"""The gateway websocket: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, dispatches.

Sharding as Discord does it: an IDENTIFY with `shard: [id, count]` gets only the guilds
with `(guild_id >> 22) % count == id`, and only their events (direct messages go to
shard 0); an IDENTIFY without `shard` gets every guild.

Frames are plain JSON text; discord.py only decompresses binary frames, so the
zlib/zstd `compress` query it asks for can be ignored.

A session outlives its connection, as on Discord: events dispatched while its client is
away are kept, and a RESUME (op 6) with the last sequence number replays them, then
RESUMED. The stand-in can ask clients to reconnect (op 7) or invalidate their session
(op 9), and closes with 4014 an IDENTIFY asking for a privileged intent it has not
enabled (`StandIn(refuse_intents=...)`).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

if TYPE_CHECKING:
    from .server import StandIn

DISPATCH, HEARTBEAT, IDENTIFY, RESUME, REQUEST_MEMBERS = 0, 1, 2, 6, 8
RECONNECT, INVALID_SESSION, HELLO, HEARTBEAT_ACK = 7, 9, 10, 11
GUILDS = 1 << 0
GUILD_MESSAGES = 1 << 9
DIRECT_MESSAGES = 1 << 12
MESSAGE_CONTENT = 1 << 15
AUTHENTICATION_FAILED = 4004
INVALID_SHARD = 4010
DISALLOWED_INTENTS = 4014
HEARTBEAT_INTERVAL_MS = 41_250
_INTENT_FOR = {
    "MESSAGE_CREATE": GUILD_MESSAGES,
    "MESSAGE_UPDATE": GUILD_MESSAGES,
    "MESSAGE_DELETE": GUILD_MESSAGES,
    "THREAD_CREATE": GUILDS,
}
_GUILD_SCOPED = ("MESSAGE_", "INTERACTION_CREATE", "THREAD_", "GUILD_")


def application_flags(refused_intents: int) -> int:
    """The application's flags as Discord reports them: the "limited" flag of each privileged
    intent that is enabled (an app in under 100 servers), none for the refused ones."""
    flags = 0
    for intent, flag in ((1 << 8, 1 << 13), (1 << 1, 1 << 15), (MESSAGE_CONTENT, 1 << 19)):
        if not refused_intents & intent:
            flags |= flag
    return flags


def routes_to(shard: tuple[int, int] | None, event: str, data: dict[str, Any]) -> bool:
    """Whether Discord sends this event to a session on `shard` ((id, count); None: unsharded)."""
    if shard is None or not event.startswith(_GUILD_SCOPED):
        return True
    shard_id, count = shard
    guild_id = data.get("guild_id") or (data.get("id") if event == "GUILD_CREATE" else None)
    if guild_id is None:
        return shard_id == 0  # direct messages
    return (int(guild_id) >> 22) % count == shard_id


@dataclass
class SessionState:
    """One gateway session: what it receives, its sequence, and every event sent to it."""

    id: str
    intents: int
    seq: int = 0
    sent: list[dict[str, Any]] = field(default_factory=list)
    connection: GatewaySession | None = None
    shard: tuple[int, int] | None = None  # (id, count) from IDENTIFY

    async def dispatch(self, standin: StandIn, event: str, data: dict[str, Any]) -> None:
        """Send `event` if the session's intents ask for it; kept for a resume."""
        needed = _INTENT_FOR.get(event, 0)
        if needed == GUILD_MESSAGES and "guild_id" not in data:
            needed = DIRECT_MESSAGES  # a DM's message events come with DIRECT_MESSAGES
        if needed and not self.intents & needed:
            return
        if not routes_to(self.shard, event, data):
            return
        if event in ("MESSAGE_CREATE", "MESSAGE_UPDATE") and not _may_read(
            standin, self.intents, data
        ):
            data = {**data, "content": "", "embeds": [], "attachments": [], "components": []}
        self.seq += 1
        frame = {"op": DISPATCH, "t": event, "s": self.seq, "d": data}
        self.sent.append(frame)
        if self.connection is not None and not self.connection.ws.closed:
            await self.connection.send(frame)


class GatewaySession:
    """One client connection, attached to a session by IDENTIFY or RESUME."""

    def __init__(self, standin: StandIn, ws: web.WebSocketResponse) -> None:
        self.standin = standin
        self.ws = ws
        self.state: SessionState | None = None

    @property
    def ready(self) -> bool:
        return self.state is not None

    @property
    def shard(self) -> tuple[int, int] | None:
        return self.state.shard if self.state else None

    @property
    def session_id(self) -> str | None:
        return self.state.id if self.state else None

    async def run(self) -> None:
        await self.send({"op": HELLO, "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS}})
        try:
            async for frame in self.ws:
                if frame.type is not WSMsgType.TEXT:
                    continue
                message = json.loads(frame.data)
                self.standin.gateway_log.append(message)
                await self._handle(message.get("op"), message.get("d"))
        finally:
            if self.state is not None and self.state.connection is self:
                self.state.connection = None  # the session lives on, for a resume

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        if self.state is not None:
            await self.state.dispatch(self.standin, event, data)

    async def reconnect(self) -> None:
        """Op 7: the client should close and resume."""
        await self.send({"op": RECONNECT, "d": None})

    async def invalidate(self, resumable: bool = False) -> None:
        """Op 9: the session is gone (unless `resumable`); the client must identify anew."""
        if not resumable and self.state is not None:
            self.standin.gateway_states.pop(self.state.id, None)
            self.state = None
        await self.send({"op": INVALID_SESSION, "d": resumable})

    async def _handle(self, op: int | None, data: Any) -> None:
        standin = self.standin
        if op == HEARTBEAT:
            await self.send({"op": HEARTBEAT_ACK, "d": None})
        elif op == IDENTIFY:
            if data.get("token") != standin.token:
                await self.ws.close(code=AUTHENTICATION_FAILED, message=b"Authentication failed.")
                return
            intents = int(data.get("intents", 0))
            if intents & standin.refuse_intents:
                await self.ws.close(code=DISALLOWED_INTENTS, message=b"Disallowed intent(s).")
                return
            shard = data.get("shard")
            if shard is not None and not 0 <= int(shard[0]) < int(shard[1]):
                await self.ws.close(code=INVALID_SHARD, message=b"Invalid shard.")
                return
            standin.identify = data
            self.state = SessionState(
                secrets.token_hex(16),
                intents,
                connection=self,
                shard=(int(shard[0]), int(shard[1])) if shard is not None else None,
            )
            standin.gateway_states[self.state.id] = self.state
            mine = [
                w
                for w in standin.worlds
                if routes_to(self.shard, "GUILD_CREATE", {"id": w.guild_id})
            ]
            ready = standin.world.ready(self.state.id, standin.gateway_url)
            ready["guilds"] = [{"id": w.guild_id, "unavailable": True} for w in mine]
            if self.shard is not None:
                ready["shard"] = list(self.shard)
            await self.dispatch("READY", ready)
            for guild in mine:
                await self.dispatch("GUILD_CREATE", guild.guild_create())
            standin._changed()
        elif op == RESUME:
            state = standin.gateway_states.get(data.get("session_id"))
            if state is None or data.get("token") != standin.token:
                await self.send({"op": INVALID_SESSION, "d": False})
                return
            state.connection, self.state = self, state
            standin.resumes += 1
            for frame in state.sent:
                if frame["s"] > int(data.get("seq") or 0):
                    await self.send(frame)  # the events missed while away, in order
            await self.dispatch("RESUMED", {})
            standin._changed()
        elif op == REQUEST_MEMBERS:
            world = standin.world
            await self.dispatch(
                "GUILD_MEMBERS_CHUNK",
                {
                    "guild_id": world.guild_id,
                    "members": world.member_payloads(),
                    "chunk_index": 0,
                    "chunk_count": 1,
                    "not_found": [],
                    "nonce": data.get("nonce"),
                },
            )

    async def send(self, message: dict[str, Any]) -> None:
        await self.ws.send_str(json.dumps(message))


def _may_read(standin: StandIn, intents: int, message: dict[str, Any]) -> bool:
    """Without MESSAGE_CONTENT, content is blank unless the bot wrote it or is mentioned."""
    if intents & MESSAGE_CONTENT or "guild_id" not in message:
        return True
    bot_id = standin.world.app_id
    mentioned = any(m.get("id") == bot_id for m in message.get("mentions") or [])
    return message["author"]["id"] == bot_id or mentioned
