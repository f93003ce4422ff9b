"""What the REST endpoints do to the stand-in's model, with Discord's refusals.

Mixed into `StandIn`; every method raises `ApiError` where Discord would answer an error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .limits import (
    ALREADY_ACKNOWLEDGED,
    CANNOT_EDIT_OTHERS,
    INVALID_FORM_BODY,
    INVALID_WEBHOOK_TOKEN,
    THREAD_ALREADY_CREATED,
    UNKNOWN_CHANNEL,
    UNKNOWN_INTERACTION,
    UNKNOWN_MESSAGE,
    UNKNOWN_WEBHOOK,
    ApiError,
    check_commands,
    check_message,
)
from .model import EPHEMERAL, LOADING, InteractionRecord, StoredMessage, Upload
from .payloads import now_iso, snowflake

if TYPE_CHECKING:
    from .payloads import World

SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS, COMPONENTS_V2 = 1 << 2, 1 << 12, 1 << 15
CHANNEL_FLAGS = SUPPRESS_EMBEDS | SUPPRESS_NOTIFICATIONS | COMPONENTS_V2
INTERACTION_FLAGS = CHANNEL_FLAGS | EPHEMERAL
COMPONENT_INTERACTIONS = (3, 5)


def _form_error(path: str, code: str, message: str) -> ApiError:
    errors = {path: {"_errors": [{"code": code, "message": message}]}}
    return ApiError(400, INVALID_FORM_BODY, "Invalid Form Body", errors)


class Operations:
    world: World
    more_worlds: list[World]  # more guilds of the same application (StandIn.add_guild)
    ack_deadline: float
    token_ttl: float
    commands: dict[str | None, list[dict[str, Any]]]
    _interactions: dict[str, InteractionRecord]
    _messages: dict[str, StoredMessage]

    if TYPE_CHECKING:

        async def _broadcast(self, event: str, data: dict[str, Any]) -> None: ...

    # lookups -----------------------------------------------------------------------------------

    @property
    def worlds(self) -> list[World]:
        """Every guild the bot is in: the world's, then those added with `add_guild`."""
        return [self.world, *self.more_worlds]

    def world_of(self, channel: dict[str, Any]) -> World:
        """The guild `channel` belongs to (the world's for a direct message)."""
        guild_id = channel.get("guild_id")
        return next((w for w in self.worlds if w.guild_id == guild_id), self.world)

    def channel(self, channel_id: str) -> dict[str, Any]:
        for world in self.worlds:
            if channel_id in world.channels:
                return world.channels[channel_id]
        raise ApiError(404, UNKNOWN_CHANNEL, "Unknown Channel")

    def stored(self, message_id: str, channel_id: str | None = None) -> StoredMessage:
        message = self._messages.get(message_id)
        if message is None or message.deleted or channel_id not in (None, message.channel_id):
            raise ApiError(404, UNKNOWN_MESSAGE, "Unknown Message")
        return message

    def by_token(self, app_id: str, token: str, at: float) -> InteractionRecord:
        """The interaction behind a webhook token; it must be acknowledged and not expired."""
        record = next((r for r in self._interactions.values() if r.token == token), None)
        if record is None or app_id != self.world.app_id or not record.acked:
            raise ApiError(404, UNKNOWN_WEBHOOK, "Unknown Webhook")
        if at - record.dispatched_at > self.token_ttl:
            raise ApiError(401, INVALID_WEBHOOK_TOKEN, "Invalid Webhook Token")
        return record

    def webhook_message(self, record: InteractionRecord, message_id: str) -> StoredMessage:
        """`@original` or one of the interaction's follow-ups, by id."""
        if message_id == "@original":
            message = record.original
        else:
            sent = [record.original, *record.followups]
            message = next((m for m in sent if m is not None and m.id == message_id), None)
        if message is None or message.deleted:
            raise ApiError(404, UNKNOWN_MESSAGE, "Unknown Message")
        return message

    # messages ----------------------------------------------------------------------------------

    async def create_message(
        self,
        channel_id: str,
        body: dict[str, Any],
        files: list[Upload],
        *,
        interaction: InteractionRecord | None = None,
    ) -> StoredMessage:
        check_message(body, creating=True, has_files=bool(files))
        channel = self.channel(channel_id)
        reference, referenced = self._reference(body.get("message_reference"))
        allowed = INTERACTION_FLAGS if interaction else CHANNEL_FLAGS
        message = StoredMessage(
            id=snowflake(),
            channel_id=channel_id,
            guild_id=channel.get("guild_id"),
            author=self.world.bot_user,
            content=body.get("content") or "",
            embeds=body.get("embeds") or [],
            components=body.get("components") or [],
            flags=(body.get("flags") or 0) & allowed,
            allowed_mentions=body.get("allowed_mentions"),
            message_reference=reference,
            referenced=referenced,
        )
        if interaction is not None:
            self._mark_interaction(message, interaction)
        message.attachments, message.files = self._attachments(body, files, message)
        await self._publish(message)
        return message

    async def edit_message(
        self, message: StoredMessage, body: dict[str, Any], files: list[Upload]
    ) -> StoredMessage:
        check_message(body, creating=False)
        if message.author["id"] != self.world.app_id:
            raise ApiError(
                403, CANNOT_EDIT_OTHERS, "Cannot edit a message authored by another user"
            )
        merged = {k: body.get(k, getattr(message, k)) for k in ("content", "embeds", "components")}
        merged["attachments"] = body.get("attachments", message.attachments) or files
        if not message.loading and not any(merged.values()):
            check_message(merged, creating=True)  # raises "Cannot send an empty message"
        message.history.append(
            {
                k: getattr(message, k)
                for k in ("content", "embeds", "components", "attachments", "flags")
            }
        )
        for key in ("content", "embeds", "components"):
            if key in body:
                setattr(message, key, body[key] or ("" if key == "content" else []))
        if "allowed_mentions" in body:
            message.allowed_mentions = body["allowed_mentions"]
        if body.get("flags") is not None:
            keep = message.flags & ~SUPPRESS_EMBEDS
            message.flags = keep | (body["flags"] & SUPPRESS_EMBEDS)
        if "attachments" in body or files:
            message.attachments, new_files = self._attachments(body, files, message)
            message.files += new_files
        if message.loading:
            message.flags &= ~LOADING
        else:
            message.edited_timestamp = now_iso()
        message.mentions = self._mentions(message)
        if not message.ephemeral:
            await self._broadcast("MESSAGE_UPDATE", message.payload())
        return message

    async def delete_message(self, message: StoredMessage) -> None:
        message.deleted = True
        if not message.ephemeral:
            await self._broadcast(
                "MESSAGE_DELETE",
                {"id": message.id, "channel_id": message.channel_id, "guild_id": message.guild_id},
            )

    async def create_thread(self, channel_id: str, message_id: str, body: dict[str, Any]) -> dict:
        channel = self.channel(channel_id)
        message = self.stored(message_id, channel_id)
        if channel["type"] not in (0, 5):
            raise ApiError(400, 50024, "Cannot execute action on this channel type")
        if message.thread is not None:
            raise ApiError(
                400, THREAD_ALREADY_CREATED, "A thread has already been created for this message"
            )
        name = body.get("name") or ""
        if not 1 <= len(name) <= 100:
            raise _form_error(
                "name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."
            )
        thread = self.world.thread(
            name,
            parent=channel,
            owner=self.world.bot_member,
            thread_id=message.id,
            auto_archive_duration=body.get("auto_archive_duration") or 1440,
        )
        message.thread = thread
        await self._broadcast("THREAD_CREATE", {**thread, "newly_created": True})
        return thread

    # interactions ------------------------------------------------------------------------------

    async def acknowledge(
        self, record: InteractionRecord, body: dict[str, Any], files: list[Upload], at: float
    ) -> dict[str, Any]:
        """The interaction callback: types 1, 4, 5, 6, 7, 9 within `ack_deadline`."""
        if at - record.dispatched_at > self.ack_deadline:
            raise ApiError(404, UNKNOWN_INTERACTION, "Unknown interaction")
        if record.acked:
            raise ApiError(400, ALREADY_ACKNOWLEDGED, "Interaction has already been acknowledged.")
        kind, data = body.get("type"), body.get("data") or {}
        on_component = record.payload["type"] in COMPONENT_INTERACTIONS
        channel_id = record.payload["channel_id"]
        message: StoredMessage | None = None
        if kind == 4:
            message = await self.create_message(channel_id, data, files, interaction=record)
        elif kind == 5:
            message = StoredMessage(
                id=snowflake(),
                channel_id=channel_id,
                guild_id=record.payload.get("guild_id"),
                author=self.world.bot_user,
                flags=LOADING | ((data.get("flags") or 0) & EPHEMERAL),
            )
            self._mark_interaction(message, record)
            await self._publish(message)
        elif kind in (6, 7) and on_component:
            message = self.stored(record.payload["message"]["id"])
            if kind == 7:
                await self.edit_message(message, data, files)
        elif not (kind == 9 or (kind == 1 and record.payload["type"] == 1)):
            raise _form_error(
                "type",
                "INTERACTION_RESPONSE_TYPE_INVALID",
                f"Interaction response type {kind} is invalid here",
            )
        record.ack_type, record.acked_at, record.ack_body, record.original = kind, at, body, message
        answer: dict[str, Any] = {
            "interaction": {
                "id": record.id,
                "type": record.payload["type"],
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(message and message.ephemeral),
            }
        }
        if message is not None:
            answer["interaction"]["response_message_id"] = message.id
            answer["resource"] = {"type": kind, "message": message.payload()}
        return answer

    async def follow_up(
        self, record: InteractionRecord, body: dict[str, Any], files: list[Upload]
    ) -> StoredMessage:
        """A follow-up; the first one after a defer (type 5) fills the "thinking…" message and
        keeps the defer's ephemerality, as Discord does."""
        original = record.original
        if (
            record.ack_type == 5
            and original is not None
            and original.loading
            and not original.deleted
        ):
            check_message(body, creating=True, has_files=bool(files))
            message = await self.edit_message(original, body, files)
        else:
            message = await self.create_message(
                record.payload["channel_id"], body, files, interaction=record
            )
        record.followups.append(message)
        return message

    # commands ----------------------------------------------------------------------------------

    def sync_commands(self, guild_id: str | None, body: list[dict[str, Any]]) -> list[dict]:
        """A bulk overwrite; ids survive for unchanged names, permissions normalised to strings."""
        check_commands(body)
        previous = {(c["type"], c["name"]): c["id"] for c in self.commands.get(guild_id, [])}
        synced = []
        for command in body:
            kind = command.get("type", 1)
            permissions = command.get("default_member_permissions")
            synced.append(
                {
                    **command,
                    "id": previous.get((kind, command["name"])) or snowflake(),
                    "application_id": self.world.app_id,
                    "version": snowflake(),
                    "type": kind,
                    "description": command.get("description", ""),
                    "default_member_permissions": None if permissions is None else str(permissions),
                    "nsfw": command.get("nsfw", False),
                    **({"guild_id": guild_id} if guild_id else {}),
                }
            )
        self.commands[guild_id] = synced
        return synced

    # internals ---------------------------------------------------------------------------------

    def _reference(self, ref: dict[str, Any] | None) -> tuple[dict | None, StoredMessage | None]:
        """Normalise ids to strings (discord.py sends ints) and resolve the referenced message."""
        if not ref:
            return None, None
        ref = {k: str(v) if k.endswith("_id") and v is not None else v for k, v in ref.items()}
        referenced = self._messages.get(ref.get("message_id", ""))
        if referenced is None or referenced.deleted:
            if ref.get("fail_if_not_exists", True):
                raise _form_error(
                    "message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message"
                )
            return None, None  # Discord sends it as a plain message
        return ref, referenced

    def _mark_interaction(self, message: StoredMessage, record: InteractionRecord) -> None:
        message.interaction_id = record.id
        message.webhook_id = self.world.app_id
        user = record.payload.get("member", {}).get("user") or record.payload.get("user")
        message.extra["interaction_metadata"] = {
            "id": record.id,
            "type": record.payload["type"],
            "user": user,
            "authorizing_integration_owners": record.payload.get(
                "authorizing_integration_owners", {}
            ),
        }
        message.extra["application_id"] = self.world.app_id

    def _attachments(
        self, body: dict[str, Any], files: list[Upload], message: StoredMessage
    ) -> tuple[list[dict[str, Any]], list[Upload]]:
        """Attachments after this request: kept ones (by id) plus uploaded `files[n]` parts."""
        uploads = {u.field: u for u in files}
        entries = body.get("attachments")
        if entries is None:
            entries = [{"id": i, "filename": u.filename} for i, u in enumerate(files)]
        existing = {a["id"]: a for a in message.attachments}
        result, added = [], []
        for entry in entries:
            upload = uploads.get(f"files[{entry.get('id')}]")
            if upload is None:
                if str(entry.get("id")) in existing:
                    result.append(existing[str(entry["id"])])
                continue
            attachment_id = snowflake()
            url = f"https://cdn.standin.invalid/attachments/{message.channel_id}/{attachment_id}/"
            result.append(
                {
                    "id": attachment_id,
                    "filename": entry.get("filename") or upload.filename,
                    "description": entry.get("description"),
                    "size": len(upload.data),
                    "url": url + upload.filename,
                    "proxy_url": url + upload.filename,
                    "content_type": upload.content_type,
                }
            )
            added.append(upload)
        return result, added

    def _mentions(self, message: StoredMessage) -> list[dict[str, Any]]:
        pinged = message.pings.users
        people = self.world.members
        return [
            {**people[u].user, "member": people[u].payload(with_user=False, with_permissions=False)}
            for u in sorted(pinged)
            if u in people
        ]

    def _store(self, message: StoredMessage) -> None:
        self._messages[message.id] = message
        channel = next(
            (w.channels[c] for w in self.worlds if (c := message.channel_id) in w.channels), None
        )
        if channel is not None:
            channel["last_message_id"] = message.id

    async def _publish(self, message: StoredMessage) -> None:
        message.mentions = self._mentions(message)
        self._store(message)
        if not message.ephemeral:
            await self._broadcast("MESSAGE_CREATE", message.payload())
