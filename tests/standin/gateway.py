"""The gateway websocket: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, dispatches.

Frames are plain JSON text; discord.py only decompresses binary frames, so the
zlib/zstd `compress` query it asks for can be ignored.
"""

from __future__ import annotations

import json
import secrets
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

if TYPE_CHECKING:
    from .server import StandIn

DISPATCH, HEARTBEAT, IDENTIFY, RESUME, REQUEST_MEMBERS = 0, 1, 2, 6, 8
HELLO, HEARTBEAT_ACK = 10, 11
GUILDS = 1 << 0
GUILD_MESSAGES = 1 << 9
DIRECT_MESSAGES = 1 << 12
MESSAGE_CONTENT = 1 << 15
AUTHENTICATION_FAILED = 4004
DISALLOWED_INTENTS = 4014
HEARTBEAT_INTERVAL_MS = 41_250
_INTENT_FOR = {
    "MESSAGE_CREATE": GUILD_MESSAGES,
    "MESSAGE_UPDATE": GUILD_MESSAGES,
    "MESSAGE_DELETE": GUILD_MESSAGES,
    "THREAD_CREATE": GUILDS,
}


class GatewaySession:
    """One client connection; dispatches only what its intents ask for."""

    def __init__(self, standin: StandIn, ws: web.WebSocketResponse) -> None:
        self.standin = standin
        self.ws = ws
        self.seq = 0
        self.intents = 0
        self.session_id = secrets.token_hex(16)
        self.ready = False

    async def run(self) -> None:
        await self._send({"op": HELLO, "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS}})
        async for frame in self.ws:
            if frame.type is not WSMsgType.TEXT:
                continue
            message = json.loads(frame.data)
            self.standin.gateway_log.append(message)
            await self._handle(message.get("op"), message.get("d"))

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        if not self.ready or self.ws.closed:
            return
        needed = _INTENT_FOR.get(event, 0)
        if needed == GUILD_MESSAGES and "guild_id" not in data:
            needed = DIRECT_MESSAGES  # a DM's message events come with DIRECT_MESSAGES
        if needed and not self.intents & needed:
            return
        if event in ("MESSAGE_CREATE", "MESSAGE_UPDATE") and not self._may_read(data):
            data = {**data, "content": "", "embeds": [], "attachments": [], "components": []}
        self.seq += 1
        await self._send({"op": DISPATCH, "t": event, "s": self.seq, "d": data})

    async def _handle(self, op: int | None, data: Any) -> None:
        if op == HEARTBEAT:
            await self._send({"op": HEARTBEAT_ACK, "d": None})
        elif op == IDENTIFY:
            if data.get("token") != self.standin.token:
                await self.ws.close(code=AUTHENTICATION_FAILED, message=b"Authentication failed.")
                return
            if int(data.get("intents", 0)) & self.standin.refuse_intents:
                await self.ws.close(code=DISALLOWED_INTENTS, message=b"Disallowed intent(s).")
                return
            self.standin.identify = data
            self.intents = int(data.get("intents", 0))
            self.ready = True
            world = self.standin.world
            await self.dispatch("READY", world.ready(self.session_id, self.standin.gateway_url))
            await self.dispatch("GUILD_CREATE", world.guild_create())
            self.standin._changed()
        elif op == RESUME:
            self.ready = True
            await self.dispatch("RESUMED", {})
        elif op == REQUEST_MEMBERS:
            world = self.standin.world
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

    def _may_read(self, message: dict[str, Any]) -> bool:
        """Without MESSAGE_CONTENT, content is blank unless the bot wrote it or is mentioned."""
        if self.intents & MESSAGE_CONTENT or "guild_id" not in message:
            return True
        bot_id = self.standin.world.app_id
        mentioned = any(m.get("id") == bot_id for m in message.get("mentions") or [])
        return message["author"]["id"] == bot_id or mentioned

    async def _send(self, message: dict[str, Any]) -> None:
        await self.ws.send_str(json.dumps(message))
