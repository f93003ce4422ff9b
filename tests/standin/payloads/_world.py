"""The World: one application and its bot user in one guild, its people, and the gateway
documents (READY, GUILD_CREATE) that describe it."""

from __future__ import annotations

from typing import Any

from ._channels import ChannelBuilders
from ._ids import snowflake
from ._interactions import InteractionBuilders
from ._messages import MessageBuilders
from ._people import (
    ADMINISTRATOR,
    ALL_PERMISSIONS,
    BOT_PERMISSIONS,
    EVERYONE_PERMISSIONS,
    STAFF_PERMISSIONS,
    Person,
    role_payload,
    user_payload,
)


class World(ChannelBuilders, MessageBuilders, InteractionBuilders):
    """One application and its bot user in one guild; builds the payloads tests dispatch.

    `app`: another World whose application (and bot user) this one shares, for a bot in
    several guilds; `guild_id`: e.g. `snowflake_on_shard(1, 2)` for a guild on shard 1.
    """

    def __init__(
        self,
        *,
        guild_name: str = "Union Hall",
        bot_name: str = "steward",
        app: World | None = None,
        guild_id: str | None = None,
    ) -> None:
        self.app_id = app.app_id if app else snowflake()
        # Modern applications share their id with their bot user.
        self.bot_user = (
            app.bot_user if app else user_payload(bot_name, user_id=self.app_id, bot=True)
        )
        bot_name = self.bot_user["username"]
        self.guild_name = guild_name
        self.guild_id = guild_id or snowflake()
        self.everyone = role_payload(self.guild_id, "@everyone", EVERYONE_PERMISSIONS, position=0)
        self.staff_role = role_payload(snowflake(), "Union Staff", STAFF_PERMISSIONS, position=2)
        self.bot_role = role_payload(
            snowflake(), bot_name, BOT_PERMISSIONS, position=1, managed=True
        )
        self.bot_role["tags"] = {"bot_id": self.app_id}
        self.admin_role = role_payload(snowflake(), "Admin", ADMINISTRATOR, position=3)
        roles = (self.everyone, self.staff_role, self.bot_role, self.admin_role)
        self.roles = {r["id"]: r for r in roles}
        self.channels: dict[str, dict[str, Any]] = {}
        self.channel = self.text_channel("general")
        self.members: dict[str, Person] = {}
        self.bot_member = self._add(Person(self.bot_user, [self.bot_role["id"]], BOT_PERMISSIONS))
        self.owner = self.admin("chair")
        self.default_member = self.member("alice")

    # people ----------------------------------------------------------------------------------

    def member(self, name: str, *, roles: tuple[str, ...] = (), staff: bool = False) -> Person:
        """A member with @everyone (+ "Union Staff" when `staff`), permissions resolved."""
        role_ids = [*roles, *([self.staff_role["id"]] if staff else [])]
        perms = int(self.everyone["permissions"])
        for role_id in role_ids:
            perms |= int(self.roles[role_id]["permissions"])
        if perms & ADMINISTRATOR:
            perms = ALL_PERMISSIONS
        return self._add(Person(user_payload(name), role_ids, perms))

    def admin(self, name: str) -> Person:
        """An administrator: Discord sends ADMINISTRATOR resolved to every permission bit."""
        return self.member(name, roles=(self.admin_role["id"],))

    # gateway documents -----------------------------------------------------------------------

    def ready(self, session_id: str, resume_url: str) -> dict[str, Any]:
        return {
            "v": 10,
            "user": {**self.bot_user, "verified": True, "mfa_enabled": False, "flags": 0},
            "guilds": [{"id": self.guild_id, "unavailable": True}],
            "session_id": session_id,
            "resume_gateway_url": resume_url,
            "application": {"id": self.app_id, "flags": 0},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "user_settings": {},
        }

    def guild_create(self) -> dict[str, Any]:
        channels = [c for c in self.channels.values() if c["type"] not in (10, 11, 12)]
        threads = [c for c in self.channels.values() if c["type"] in (10, 11, 12)]
        return {
            "id": self.guild_id,
            "name": self.guild_name,
            "icon": None,
            "owner_id": self.owner.id,
            "unavailable": False,
            "large": False,
            "member_count": len(self.members),
            "joined_at": self.bot_member.joined_at,
            "roles": list(self.roles.values()),
            "channels": channels,
            "threads": threads,
            "members": self.member_payloads(),
            "features": [],
            "emojis": [],
            "stickers": [],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "preferred_locale": "en-US",
            "premium_tier": 0,
            "verification_level": 1,
            "default_message_notifications": 1,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "system_channel_id": self.channel["id"],
            "system_channel_flags": 0,
            "afk_timeout": 300,
        }

    def member_payloads(self) -> list[dict[str, Any]]:
        return [p.payload(with_permissions=False) for p in self.members.values()]

    # internals -------------------------------------------------------------------------------

    def _add(self, person: Person) -> Person:
        self.members[person.id] = person
        return person
