"""Builders for complete, realistic Discord payloads (ids are snowflake strings).

A `World` is one application (its bot user) in one guild with an @everyone role,
a "Union Staff" role and a text channel. Its builders produce the payloads the
stand-in dispatches: `slash`, `click`, `mention`, plus `member`/`admin` people.
"""

from __future__ import annotations

import itertools
import secrets
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import discord

DISCORD_EPOCH_MS = 1_420_070_400_000
ALL_PERMISSIONS = discord.Permissions.all().value
EVERYONE_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    create_public_threads=True,
    embed_links=True,
    attach_files=True,
    read_message_history=True,
    add_reactions=True,
    use_application_commands=True,
    change_nickname=True,
).value
STAFF_PERMISSIONS = discord.Permissions(
    manage_messages=True, manage_threads=True, moderate_members=True, mention_everyone=True
).value
BOT_PERMISSIONS = EVERYONE_PERMISSIONS | discord.Permissions(manage_threads=True).value
ADMINISTRATOR = discord.Permissions(administrator=True).value

_counter = itertools.count()
_last_snowflake = 0


def snowflake() -> str:
    """A fresh, strictly increasing snowflake id, as Discord sends them (a string)."""
    global _last_snowflake
    stamp = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22 | (next(_counter) & 0xFFF)
    _last_snowflake = max(stamp, _last_snowflake + 1)
    return str(_last_snowflake)


def snowflake_on_shard(shard_id: int, shard_count: int) -> str:
    """A fresh snowflake for a guild that Discord routes to shard `shard_id` of `shard_count`
    (`(guild_id >> 22) % shard_count`); waits at most `shard_count` milliseconds."""
    while True:
        candidate = snowflake()
        if (int(candidate) >> 22) % shard_count == shard_id:
            return candidate


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def user_payload(name: str, *, user_id: str | None = None, bot: bool = False) -> dict[str, Any]:
    return {
        "id": user_id or snowflake(),
        "username": name,
        "global_name": None if bot else name.title(),
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
    }


def role_payload(
    role_id: str, name: str, permissions: int, *, position: int, managed: bool = False
) -> dict[str, Any]:
    return {
        "id": role_id,
        "name": name,
        "permissions": str(permissions),
        "position": position,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
        "hoist": False,
        "icon": None,
        "unicode_emoji": None,
        "managed": managed,
        "mentionable": not managed,
        "flags": 0,
    }


@dataclass
class Person:
    """A guild member; `payload()` is the member object with its resolved permissions."""

    user: dict[str, Any]
    roles: list[str]
    permissions: int
    joined_at: str = field(default_factory=now_iso)

    @property
    def id(self) -> str:
        return self.user["id"]

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"

    def payload(self, *, with_user: bool = True, with_permissions: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "roles": list(self.roles),
            "joined_at": self.joined_at,
            "nick": None,
            "avatar": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "premium_since": None,
            "communication_disabled_until": None,
        }
        if with_user:
            data["user"] = self.user
        if with_permissions:
            data["permissions"] = str(self.permissions)
        return data


class World:
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

    # people and places -----------------------------------------------------------------------

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

    # interactions and messages ---------------------------------------------------------------

    def slash(
        self,
        name: str,
        options: dict[str, Any] | list[dict[str, Any]] | None = None,
        user: Person | None = None,
        channel: dict[str, Any] | None = None,
        *,
        locale: str = "en-US",
    ) -> dict[str, Any]:
        """An INTERACTION_CREATE for slash command `name`; options given as {name: value}."""
        data: dict[str, Any] = {
            "id": snowflake(),
            "name": name,
            "type": 1,
            "guild_id": self.guild_id,
        }
        if isinstance(options, dict):
            data.update(_options(options))
        elif options:
            data["options"] = options
        return self._interaction(2, data, user, channel, locale=locale)

    def click(self, custom_id: str, message: Any, user: Person | None = None) -> dict[str, Any]:
        """A button click (type 3, component_type 2) on `message` (a payload or StoredMessage)."""
        message = message.payload() if hasattr(message, "payload") else message
        channel = self.channels.get(message["channel_id"], {"id": message["channel_id"], "type": 0})
        payload = self._interaction(3, {"custom_id": custom_id, "component_type": 2}, user, channel)
        payload["message"] = message
        return payload

    def mention(
        self,
        content: str,
        user: Person | None = None,
        channel: dict[str, Any] | None = None,
        reference: Any = None,
        *,
        ping: bool = True,
    ) -> dict[str, Any]:
        """A MESSAGE_CREATE from `user` mentioning the bot.

        `reference` (a message payload or StoredMessage) makes it a reply (type 19). A pinging
        reply to the bot mentions it the way Discord clients do: in `mentions`, not in the
        content. Otherwise "<@bot>" is prefixed unless the content already has it.
        """
        referenced = reference.payload() if hasattr(reference, "payload") else reference
        replying_to_bot = bool(referenced) and referenced["author"]["id"] == self.app_id
        tag = f"<@{self.app_id}>"
        if ping and not replying_to_bot and tag not in content:
            content = f"{tag} {content}"
        payload = self.message(content, user, channel, referenced)
        if ping and replying_to_bot:
            bot = self.bot_member.payload(with_user=False, with_permissions=False)
            payload["mentions"].append({**self.bot_user, "member": bot})
        return payload

    def message(
        self,
        content: str,
        user: Person | None = None,
        channel: dict[str, Any] | None = None,
        reference: Any = None,
    ) -> dict[str, Any]:
        """A MESSAGE_CREATE from `user`; `mentions` is resolved from the content."""
        author = user or self.default_member
        channel = channel or self.channel
        mentioned = [p for p in self.members.values() if f"<@{p.id}>" in content]
        referenced = reference.payload() if hasattr(reference, "payload") else reference
        payload: dict[str, Any] = {
            "id": snowflake(),
            "type": 19 if referenced else 0,
            "channel_id": channel["id"],
            "guild_id": self.guild_id,
            "author": author.user,
            "member": author.payload(with_user=False, with_permissions=False),
            "content": content,
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": "@everyone" in content or "@here" in content,
            "mentions": [
                {**p.user, "member": p.payload(with_user=False, with_permissions=False)}
                for p in mentioned
            ],
            "mention_roles": [r for r in self.roles if f"<@&{r}>" in content],
            "attachments": [],
            "embeds": [],
            "components": [],
            "pinned": False,
            "flags": 0,
            "nonce": snowflake(),
        }
        if referenced:
            payload["message_reference"] = {
                "type": 0,
                "message_id": referenced["id"],
                "channel_id": referenced["channel_id"],
                "guild_id": self.guild_id,
            }
            payload["referenced_message"] = referenced
        return payload

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

    def _interaction(
        self,
        kind: int,
        data: dict[str, Any],
        user: Person | None,
        channel: dict[str, Any] | None,
        *,
        locale: str = "en-US",
    ) -> dict[str, Any]:
        return {
            "id": snowflake(),
            "application_id": self.app_id,
            "type": kind,
            "token": secrets.token_urlsafe(48),
            "version": 1,
            "guild_id": self.guild_id,
            "guild": {"id": self.guild_id, "locale": "en-US", "features": []},
            "channel_id": (channel or self.channel)["id"],
            "channel": channel or self.channel,
            "member": (user or self.default_member).payload(),
            "app_permissions": str(BOT_PERMISSIONS),
            "locale": locale,
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": self.guild_id},
            "context": 0,
            "attachment_size_limit": 10 * 1024 * 1024,
            "data": data,
        }


def _options(values: dict[str, Any]) -> dict[str, Any]:
    """Slash options from {name: value}; a Person value becomes a USER option with resolved data."""
    options, users, members = [], {}, {}
    for name, value in values.items():
        if isinstance(value, Person):
            options.append({"name": name, "type": 6, "value": value.id})
            users[value.id] = value.user
            members[value.id] = value.payload(with_user=False)
        else:
            kind = {bool: 5, int: 4, float: 10}.get(type(value), 3)
            options.append({"name": name, "type": kind, "value": value})
    data: dict[str, Any] = {"options": options}
    if users:
        data["resolved"] = {"users": users, "members": members}
    return data
