"""The channel permissions Discord checks before the bot may read or post in a channel.

The bot's permissions in a channel: @everyone's and its roles' permissions, then the
channel's overwrites (@everyone, its roles, itself), as Discord computes them; a thread
uses its parent's, with Send Messages in Threads in place of Send Messages. A request
without them gets 403, code 50013 "Missing Permissions". Interaction responses and
follow-ups are webhooks: they need none of these.
"""

from __future__ import annotations

from typing import Any

import discord

from .limits import ApiError

P = discord.Permissions
VIEW_CHANNEL = P(view_channel=True).value
SEND_MESSAGES = P(send_messages=True).value
SEND_IN_THREADS = P(send_messages_in_threads=True).value
CREATE_PUBLIC_THREADS = P(create_public_threads=True).value
EMBED_LINKS = P(embed_links=True).value
READ_HISTORY = P(read_message_history=True).value
ADMINISTRATOR = P(administrator=True).value
MISSING_PERMISSIONS = 50013
THREADS = (10, 11, 12)


def bot_permissions(world: Any, channel: dict[str, Any]) -> int:
    """What the bot may do in `channel` (a DM: everything a DM allows)."""
    if channel.get("guild_id") is None:
        return VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_HISTORY
    if channel["type"] in THREADS:
        return bot_permissions(world, world.channels[channel["parent_id"]])
    roles = [world.guild_id, *world.bot_member.roles]
    perms = 0
    for role_id in roles:
        perms |= int(world.roles[role_id]["permissions"])
    if perms & ADMINISTRATOR:
        return P.all().value
    overwrites = {o["id"]: o for o in channel.get("permission_overwrites") or []}
    ordered = [overwrites.get(world.guild_id)]
    ordered.append(_merged([overwrites.get(r) for r in world.bot_member.roles]))
    ordered.append(overwrites.get(world.app_id))
    for overwrite in ordered:
        if overwrite:
            perms = (perms & ~int(overwrite["deny"])) | int(overwrite["allow"])
    return perms


def _merged(overwrites: list[dict[str, Any] | None]) -> dict[str, Any]:
    allow = deny = 0
    for o in overwrites:
        if o:
            allow, deny = allow | int(o["allow"]), deny | int(o["deny"])
    return {"allow": str(allow), "deny": str(deny)}


def require(world: Any, channel: dict[str, Any], needed: int) -> None:
    """403/50013 unless the bot has every permission in `needed` (View Channel implied)."""
    if channel["type"] in THREADS and needed & SEND_MESSAGES:
        needed = (needed & ~SEND_MESSAGES) | SEND_IN_THREADS
    needed |= VIEW_CHANNEL
    if bot_permissions(world, channel) & needed != needed:
        raise ApiError(403, MISSING_PERMISSIONS, "Missing Permissions")
