"""Who may run admin commands, and where Steward answers.

`default_permissions(manage_guild=True)` on a command only tells Discord's client whom to
show it to; server admins can change that in Server Settings → Integrations. So every admin
command also carries `admin_only()`, which the bot itself checks on every call: Manage
Server (or Administrator), or one of the roles in STEWARD_ADMIN_ROLES (names or ids).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import discord
from discord import app_commands


class NotAdmin(app_commands.CheckFailure):
    """The member has neither Manage Server nor a Steward admin role."""


def is_admin(
    permissions: discord.Permissions, roles: Iterable[Any], admin_roles: Iterable[str]
) -> bool:
    """Manage Server, Administrator, or a role whose id or name (any case) is listed."""
    if permissions.administrator or permissions.manage_guild:
        return True
    wanted = {r.strip().casefold() for r in admin_roles if r.strip()}
    if not wanted:
        return False
    return any(
        str(role.id) in wanted or str(getattr(role, "name", "")).casefold() in wanted
        for role in roles
    )


def member_is_admin(interaction: discord.Interaction, admin_roles: Iterable[str]) -> bool:
    if interaction.guild is None or not isinstance(interaction.user, discord.Member):
        return False
    return is_admin(interaction.permissions, interaction.user.roles, admin_roles)


T = TypeVar("T")


def admin_only() -> Callable[[T], T]:
    """An app-command check enforcing `is_admin` with the bot's STEWARD_ADMIN_ROLES."""

    async def predicate(interaction: discord.Interaction) -> bool:
        settings = interaction.client.settings  # type: ignore[attr-defined]
        if member_is_admin(interaction, settings.admin_roles):
            return True
        raise NotAdmin("Manage Server or a Steward admin role is required")

    return app_commands.check(predicate)


def channel_allowed(channel: Any, allowed: Iterable[str]) -> bool:
    """Whether `channel` (or, for a thread, its parent) is in the allow-list; empty = all.

    Direct messages are governed by STEWARD_ALLOW_DMS, not by this list.
    """
    wanted = {a.strip().casefold() for a in allowed if a.strip()}
    if not wanted or channel is None or getattr(channel, "guild", None) is None:
        return True
    candidates = [channel]
    parent = getattr(channel, "parent", None)
    if parent is not None:
        candidates.append(parent)
    parent_id = getattr(channel, "parent_id", None)
    ids = {str(c.id) for c in candidates} | ({str(parent_id)} if parent_id else set())
    names = {str(getattr(c, "name", "")).casefold() for c in candidates}
    return bool(wanted & (ids | names))


def channel_names(allowed: Iterable[str]) -> str:
    """The allow-list as members see it: <#id> for ids (rendered, never pinging), #name else."""
    return ", ".join(f"<#{a}>" if a.isdigit() else f"#{a}" for a in allowed)
