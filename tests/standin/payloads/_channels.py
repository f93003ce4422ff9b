"""The World's channels: text channels, their overwrites, DM channels and threads."""

from __future__ import annotations

from typing import Any

from ._ids import now_iso, snowflake
from ._people import Person


class ChannelBuilders:
    """Builds channel payloads and registers them in `channels`; mixed into `World`."""

    guild_id: str
    channel: dict[str, Any]
    channels: dict[str, dict[str, Any]]
    bot_role: dict[str, Any]
    default_member: Person

    def text_channel(self, name: str) -> dict[str, Any]:
        channel = {
            "id": snowflake(),
            "type": 0,
            "guild_id": self.guild_id,
            "name": name,
            "position": len(self.channels),
            "permission_overwrites": [],
            "topic": None,
            "nsfw": False,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "parent_id": None,
            "flags": 0,
        }
        self.channels[channel["id"]] = channel
        return channel

    def deny_bot(self, channel: dict[str, Any], permissions: int) -> None:
        """A channel overwrite on the bot's role denying `permissions` (a bitmask)."""
        channel.setdefault("permission_overwrites", []).append(
            {"id": self.bot_role["id"], "type": 0, "allow": "0", "deny": str(permissions)}
        )

    def dm_channel(self, person: Person) -> dict[str, Any]:
        """The DM channel (type 1) between the bot and `person`; registered in `channels`."""
        for channel in self.channels.values():
            if channel["type"] == 1 and channel["recipients"][0]["id"] == person.id:
                return channel
        channel = {
            "id": snowflake(),
            "type": 1,
            "recipients": [person.user],
            "last_message_id": None,
            "flags": 0,
        }
        self.channels[channel["id"]] = channel
        return channel

    def thread(
        self,
        name: str,
        *,
        parent: dict[str, Any] | None = None,
        owner: Person | None = None,
        thread_id: str | None = None,
        auto_archive_duration: int = 1440,
    ) -> dict[str, Any]:
        """A public thread (type 11) under `parent`; registered in `channels`."""
        thread = {
            "id": thread_id or snowflake(),
            "type": 11,
            "guild_id": self.guild_id,
            "parent_id": (parent or self.channel)["id"],
            "owner_id": (owner or self.default_member).id,
            "name": name,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "message_count": 0,
            "member_count": 1,
            "total_message_sent": 0,
            "flags": 0,
            "thread_metadata": {
                "archived": False,
                "auto_archive_duration": auto_archive_duration,
                "archive_timestamp": now_iso(),
                "locked": False,
                "create_timestamp": now_iso(),
            },
        }
        self.channels[thread["id"]] = thread
        return thread
