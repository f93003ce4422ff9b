"""Users, roles and guild members, and the permissions the World's roles carry."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import discord

from ._ids import now_iso, snowflake

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
