"""INTERACTION_CREATE payloads: slash commands (with their options) and button clicks."""

from __future__ import annotations

import secrets
from typing import Any

from ._ids import snowflake
from ._people import BOT_PERMISSIONS, Person


class InteractionBuilders:
    """Builds the interactions members start; mixed into `World`."""

    app_id: str
    guild_id: str
    channel: dict[str, Any]
    channels: dict[str, dict[str, Any]]
    default_member: Person

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
