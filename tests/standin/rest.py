"""The REST surface under /api/v10: parsing, recording, auth, and Discord-shaped answers.

Answers carry `Content-Type: application/json` exactly: discord.py compares the header
as a string, so aiohttp's `json_response` (which appends "; charset=utf-8") would make
every body a plain string.
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any

from aiohttp import web

from . import schema
from .gateway import application_flags
from .limits import ApiError
from .model import RecordedRequest, Rejection, Upload
from .permissions import (
    CREATE_PUBLIC_THREADS,
    EMBED_LINKS,
    READ_HISTORY,
    SEND_MESSAGES,
    VIEW_CHANNEL,
    require,
)
from .ratelimits import RateLimited

if TYPE_CHECKING:
    from .server import StandIn

API = "/api/v10"
RECORD = web.RequestKey("standin_record", RecordedRequest)
UNAUTHENTICATED = ("/webhooks/", "/interactions/")


def json_response(data: Any, status: int = 200) -> web.Response:
    return web.Response(
        status=status, body=json.dumps(data).encode(), headers={"Content-Type": "application/json"}
    )


async def read_body(request: web.Request) -> tuple[Any, list[Upload]]:
    """The JSON body, or a multipart body's `payload_json` plus its file parts."""
    if not request.body_exists:
        return None, []
    if request.content_type == "multipart/form-data":
        body, files = None, []
        reader = await request.multipart()
        async for part in reader:
            data = await part.read()  # type: ignore[union-attr]
            if part.name == "payload_json":
                body = json.loads(data)
            else:
                content_type = part.headers.get("Content-Type", "application/octet-stream")
                files.append(
                    Upload(part.name or "", part.filename or "", content_type, bytes(data))
                )
        return body, files
    text = await request.text()
    if request.content_type == "application/json":
        return json.loads(text), []
    return text, []


class Rest:
    def __init__(self, standin: StandIn) -> None:
        self.s = standin

    def routes(self) -> list[web.RouteDef]:
        webhook, channel = API + "/webhooks/{app}/{token}", API + "/channels/{cid}"
        return [
            web.get(API + "/users/@me", self.me),
            web.post(API + "/users/@me/channels", self.open_dm),
            web.get(API + "/oauth2/applications/@me", self.application),
            web.get(API + "/gateway", self.gateway),
            web.get(API + "/gateway/bot", self.gateway),
            web.route("*", API + "/applications/{app}/commands", self.commands),
            web.route("*", API + "/applications/{app}/guilds/{gid}/commands", self.commands),
            web.post(API + "/interactions/{iid}/{token}/callback", self.callback),
            web.post(webhook, self.follow_up),
            web.route("*", webhook + "/messages/{mid}", self.webhook_message),
            web.get(channel, self.get_channel),
            web.post(channel + "/typing", self.typing),
            web.route("*", channel + "/messages", self.channel_messages),
            web.route("*", channel + "/messages/{mid}", self.channel_message),
            web.post(channel + "/messages/{mid}/threads", self.thread_from_message),
        ]

    @web.middleware
    async def middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if not request.path.startswith(API + "/"):
            return await handler(request)
        at = time.monotonic()
        body, files = await read_body(request)
        record = RecordedRequest(
            request.method, request.path[len(API) :], dict(request.query), body, files, at
        )
        self.s.requests.append(record)
        request[RECORD] = record
        limits: dict[str, str] = {}
        try:
            if (
                not record.path.startswith(UNAUTHENTICATED)
                and request.headers.get("Authorization") != f"Bot {self.s.token}"
            ):
                raise ApiError(401, 0, "401: Unauthorized")
            limits = self.s.ratelimits.hit(record.method, record.path)
            if body is not None:
                self._validate(record)
            response = await handler(request)
        except RateLimited as limited:
            response = json_response(limited.body(), 429)
            limits = limited.headers
        except ApiError as error:
            response = json_response(error.body(), error.status)
        except web.HTTPException as error:
            if error.status not in (404, 405):
                raise
            self.s.unhandled.append(record)
            response = json_response(
                {"message": f"{error.status}: {error.reason}", "code": 0}, error.status
            )
        response.headers.update(limits)
        record.status = response.status
        if isinstance(response, web.Response) and response.body:
            record.response = json.loads(response.body)  # type: ignore[arg-type]
        self.s._changed()
        return response

    # identity ----------------------------------------------------------------------------------

    async def me(self, request: web.Request) -> web.Response:
        return json_response(
            {**self.s.world.bot_user, "verified": True, "mfa_enabled": False, "flags": 0}
        )

    async def open_dm(self, request: web.Request) -> web.Response:
        """The DM channel with a member of the world (one per member)."""
        recipient = str((request[RECORD].json or {}).get("recipient_id"))
        person = self.s.world.members.get(recipient)
        if person is None:
            raise ApiError(400, 50007, "Cannot send messages to this user")
        return json_response(self.s.world.dm_channel(person))

    async def application(self, request: web.Request) -> web.Response:
        world = self.s.world
        return json_response(
            {
                "id": world.app_id,
                "name": world.bot_user["username"],
                "icon": None,
                "description": "",
                "rpc_origins": [],
                "bot_public": False,
                "bot_require_code_grant": False,
                "owner": world.owner.user,
                "summary": "",
                "verify_key": "0" * 64,
                "team": None,
                "flags": application_flags(self.s.refuse_intents),
                "bot": world.bot_user,
            }
        )

    async def gateway(self, request: web.Request) -> web.Response:
        return json_response(
            {
                "url": self.s.gateway_url,
                "shards": 1,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 999,
                    "reset_after": 0,
                    "max_concurrency": 1,
                },
            }
        )

    async def commands(self, request: web.Request) -> web.Response:
        if request.match_info["app"] != self.s.world.app_id:
            raise ApiError(403, 50001, "Missing Access")
        guild_id = request.match_info.get("gid")
        if request.method == "GET":
            return json_response(self.s.commands.get(guild_id, []))
        if request.method != "PUT":
            raise web.HTTPMethodNotAllowed(request.method, ["GET", "PUT"])
        return json_response(self.s.sync_commands(guild_id, request[RECORD].json or []))

    # interactions ------------------------------------------------------------------------------

    async def callback(self, request: web.Request) -> web.Response:
        record = request[RECORD]
        interaction = self.s._interactions.get(request.match_info["iid"])
        if interaction is None or interaction.token != request.match_info["token"]:
            raise ApiError(404, 10062, "Unknown interaction")
        try:
            answer = await self.s.acknowledge(
                interaction, record.json or {}, record.files, record.at
            )
        except ApiError as error:
            interaction.rejections.append(self._rejection(record, error))
            raise
        if request.query.get("with_response") in ("1", "true", "True"):
            return json_response(answer)
        return web.Response(status=204)

    async def follow_up(self, request: web.Request) -> web.Response:
        record = request[RECORD]
        interaction = None
        try:
            interaction = self.s.by_token(
                request.match_info["app"], request.match_info["token"], record.at
            )
            message = await self.s.follow_up(interaction, record.json or {}, record.files)
        except ApiError as error:
            self._reject_for(request.match_info["token"], record, error)
            raise
        if request.query.get("wait") in ("1", "true", "True"):
            return json_response(message.payload())
        return web.Response(status=204)

    async def webhook_message(self, request: web.Request) -> web.Response:
        record = request[RECORD]
        try:
            interaction = self.s.by_token(
                request.match_info["app"], request.match_info["token"], record.at
            )
            message = self.s.webhook_message(interaction, request.match_info["mid"])
            if request.method == "PATCH":
                await self.s.edit_message(message, record.json or {}, record.files)
            elif request.method == "DELETE":
                await self.s.delete_message(message)
                return web.Response(status=204)
            elif request.method != "GET":
                raise web.HTTPMethodNotAllowed(request.method, ["GET", "PATCH", "DELETE"])
        except ApiError as error:
            self._reject_for(request.match_info["token"], record, error)
            raise
        return json_response(message.payload())

    # channels ----------------------------------------------------------------------------------

    async def get_channel(self, request: web.Request) -> web.Response:
        channel = self.s.channel(request.match_info["cid"])
        self._require(channel, VIEW_CHANNEL)
        return json_response(channel)

    async def typing(self, request: web.Request) -> web.Response:
        self._require(self.s.channel(request.match_info["cid"]), SEND_MESSAGES)
        return web.Response(status=204)

    async def channel_messages(self, request: web.Request) -> web.Response:
        channel_id = request.match_info["cid"]
        channel = self.s.channel(channel_id)
        if request.method == "POST":
            record = request[RECORD]
            body = record.json or {}
            needed = SEND_MESSAGES | (EMBED_LINKS if body.get("embeds") else 0)
            needed |= READ_HISTORY if body.get("message_reference") else 0  # a reply
            self._require(channel, needed)
            message = await self.s.create_message(channel_id, body, record.files)
            return json_response(message.payload())
        if request.method != "GET":
            raise web.HTTPMethodNotAllowed(request.method, ["GET", "POST"])
        self._require(channel, READ_HISTORY)
        limit = int(request.query.get("limit", 50))
        newest_first = list(reversed(self.s.channel_messages(channel_id)))
        return json_response([m.payload() for m in newest_first[:limit]])

    async def channel_message(self, request: web.Request) -> web.Response:
        record = request[RECORD]
        if request.method == "GET":
            self._require(self.s.channel(request.match_info["cid"]), READ_HISTORY)
        message = self.s.stored(request.match_info["mid"], request.match_info["cid"])
        if request.method == "PATCH":
            await self.s.edit_message(message, record.json or {}, record.files)
        elif request.method == "DELETE":
            await self.s.delete_message(message)
            return web.Response(status=204)
        elif request.method != "GET":
            raise web.HTTPMethodNotAllowed(request.method, ["GET", "PATCH", "DELETE"])
        return json_response(message.payload())

    async def thread_from_message(self, request: web.Request) -> web.Response:
        record = request[RECORD]
        self._require(self.s.channel(request.match_info["cid"]), CREATE_PUBLIC_THREADS)
        thread = await self.s.create_thread(
            request.match_info["cid"], request.match_info["mid"], record.json or {}
        )
        return json_response(thread, 201)

    def _require(self, channel: dict[str, Any], needed: int) -> None:
        """`permissions.require` in the guild `channel` belongs to."""
        require(self.s.world_of(channel), channel, needed)

    # internals ---------------------------------------------------------------------------------

    def _validate(self, record: RecordedRequest) -> None:
        """The body against the route's schema; a refusal is also kept on its interaction."""
        try:
            schema.validate(record.method, record.path, record.json)
        except ApiError as error:
            if record.path.startswith(UNAUTHENTICATED):
                self._reject_for(record.path.split("/")[3], record, error)
            raise

    @staticmethod
    def _rejection(record: RecordedRequest, error: ApiError) -> Rejection:
        return Rejection(record.method, record.path, error.status, error.code, error.message)

    def _reject_for(self, token: str, record: RecordedRequest, error: ApiError) -> None:
        for interaction in self.s._interactions.values():
            if interaction.token == token:
                interaction.rejections.append(self._rejection(record, error))
