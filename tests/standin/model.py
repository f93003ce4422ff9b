"""What the stand-in remembers: requests, messages and interactions, for assertions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .payloads import now_iso

EPHEMERAL = 1 << 6
LOADING = 1 << 7
MENTION = re.compile(r"<@!?(\d+)>|<@&(\d+)>|@(everyone|here)")


@dataclass
class Upload:
    """A file part of a multipart body."""

    field: str
    filename: str
    content_type: str
    data: bytes


@dataclass
class RecordedRequest:
    """One REST request: `path` is relative to /api/v10; `json` is the body or payload_json."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    files: list[Upload]
    at: float
    status: int = 0
    response: Any = None


@dataclass(frozen=True)
class Rejection:
    """A request the stand-in refused on behalf of an interaction (e.g. a late ack)."""

    method: str
    path: str
    status: int
    code: int
    message: str


@dataclass(frozen=True)
class Pings:
    """Who Discord would notify, from the content and `allowed_mentions`.

    Ignores the MENTION_EVERYONE permission and role mentionability.
    """

    everyone: bool
    users: frozenset[str]
    roles: frozenset[str]


@dataclass
class StoredMessage:
    """A message as the stand-in holds it; `payload()` is the Discord message object."""

    id: str
    channel_id: str
    guild_id: str | None
    author: dict[str, Any]
    content: str = ""
    embeds: list[dict[str, Any]] = field(default_factory=list)
    components: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    files: list[Upload] = field(default_factory=list)
    flags: int = 0
    allowed_mentions: dict[str, Any] | None = None
    message_reference: dict[str, Any] | None = None
    referenced: StoredMessage | None = None
    interaction_id: str | None = None
    webhook_id: str | None = None
    mentions: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    timestamp: str = field(default_factory=now_iso)
    edited_timestamp: str | None = None
    history: list[dict[str, Any]] = field(default_factory=list)
    deleted: bool = False
    thread: dict[str, Any] | None = None

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

    @property
    def loading(self) -> bool:
        """True while a deferred response still shows "thinking…"."""
        return bool(self.flags & LOADING)

    @property
    def edits(self) -> int:
        return len(self.history)

    @property
    def pings(self) -> Pings:
        allowed = self.allowed_mentions
        parse = set(allowed.get("parse") or []) if allowed is not None else None
        users: set[str] = set()
        roles: set[str] = set()
        everyone = False
        for user_id, role_id, group in MENTION.findall(self.content):
            if user_id and (
                parse is None or "users" in parse or user_id in (allowed or {}).get("users", [])
            ):
                users.add(user_id)
            if role_id and (
                parse is None or "roles" in parse or role_id in (allowed or {}).get("roles", [])
            ):
                roles.add(role_id)
            if group and (parse is None or "everyone" in parse):
                everyone = True
        if self.referenced and (allowed is None or allowed.get("replied_user")):
            users.add(self.referenced.author["id"])
        return Pings(everyone, frozenset(users), frozenset(roles))

    def custom_ids(self) -> dict[str, dict[str, Any]]:
        """Every component with a custom_id, at any depth."""
        found: dict[str, dict[str, Any]] = {}
        stack = list(self.components)
        while stack:
            item = stack.pop()
            if item.get("custom_id"):
                found[item["custom_id"]] = item
            stack.extend(item.get("components") or [])
        return found

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "type": 19 if self.message_reference else 0,
            "channel_id": self.channel_id,
            "author": self.author,
            "content": self.content,
            "timestamp": self.timestamp,
            "edited_timestamp": self.edited_timestamp,
            "tts": False,
            "mention_everyone": self.pings.everyone,
            "mentions": self.mentions,
            "mention_roles": sorted(self.pings.roles),
            "attachments": self.attachments,
            "embeds": self.embeds,
            "components": self.components,
            "pinned": False,
            "flags": self.flags,
            **self.extra,
        }
        if self.guild_id:
            data["guild_id"] = self.guild_id
        if self.webhook_id:
            data["webhook_id"] = self.webhook_id
        if self.message_reference:
            data["message_reference"] = self.message_reference
            data["referenced_message"] = self.referenced.payload() if self.referenced else None
        if self.thread:
            data["thread"] = self.thread
        return data

    @classmethod
    def from_payload(cls, data: dict[str, Any], referenced: StoredMessage | None) -> StoredMessage:
        """A user's message (a MESSAGE_CREATE payload) as the stand-in stores it."""
        known = {
            "id",
            "channel_id",
            "guild_id",
            "author",
            "content",
            "embeds",
            "components",
            "attachments",
            "flags",
            "message_reference",
            "mentions",
            "timestamp",
            "edited_timestamp",
            "type",
            "referenced_message",
            "mention_everyone",
            "mention_roles",
            "tts",
            "pinned",
        }
        return cls(
            id=data["id"],
            channel_id=data["channel_id"],
            guild_id=data.get("guild_id"),
            author=data["author"],
            content=data.get("content", ""),
            embeds=data.get("embeds", []),
            components=data.get("components", []),
            attachments=data.get("attachments", []),
            flags=data.get("flags", 0),
            message_reference=data.get("message_reference"),
            referenced=referenced,
            mentions=data.get("mentions", []),
            timestamp=data.get("timestamp") or now_iso(),
            extra={k: v for k, v in data.items() if k not in known},
        )


@dataclass
class InteractionRecord:
    """One dispatched interaction and everything the bot did with it."""

    payload: dict[str, Any]
    dispatched_at: float
    ack_type: int | None = None
    acked_at: float | None = None
    ack_body: dict[str, Any] | None = None
    original: StoredMessage | None = None
    followups: list[StoredMessage] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.payload["id"]

    @property
    def token(self) -> str:
        return self.payload["token"]

    @property
    def acked(self) -> bool:
        return self.ack_type is not None

    @property
    def ack_latency(self) -> float | None:
        """Seconds from dispatch to the accepted callback; None if never acknowledged."""
        return None if self.acked_at is None else self.acked_at - self.dispatched_at

    @property
    def ephemeral(self) -> bool:
        """Whether the initial response (message or defer) was ephemeral."""
        data = (self.ack_body or {}).get("data") or {}
        return bool((data.get("flags") or 0) & EPHEMERAL)

    @property
    def modal(self) -> dict[str, Any] | None:
        """The modal the bot opened (callback type 9), if any."""
        return (self.ack_body or {}).get("data") if self.ack_type == 9 else None

    def rejected(self, code: int) -> bool:
        return any(r.code == code for r in self.rejections)
