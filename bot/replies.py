"""Sending pages of embeds: as interaction follow-ups, or as replies to a message.

Every send names `allowed_mentions=none` itself, on top of the bot-wide default, so no
message Steward sends can ping anyone. Buttons go under the last page. A reply to a
message deleted meanwhile is posted as a plain message (`fail_if_not_exists=False`), and
so is one where Steward may not read the history (Discord requires it for replies).
"""

from __future__ import annotations

from typing import Any

import discord

from .errors import NO_MENTIONS
from .render import CONTENT_LIMIT, split_text


async def followup_pages(
    interaction: discord.Interaction,
    batches: list[list[discord.Embed]],
    *,
    ephemeral: bool,
    view: discord.ui.View | None = None,
) -> None:
    for i, batch in enumerate(batches):
        extra: dict[str, Any] = {"view": view} if view and i == len(batches) - 1 else {}
        await interaction.followup.send(
            embeds=batch, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS, **extra
        )


async def edit_then_followup(
    interaction: discord.Interaction,
    batches: list[list[discord.Embed]],
    *,
    ephemeral: bool = True,
    view: discord.ui.View | None = None,
) -> None:
    """Replace the original response (progress, a draft) with the first page; follow up the
    rest. The view goes with the last page."""
    first: dict[str, Any] = {"view": view} if view and len(batches) == 1 else {}
    await interaction.edit_original_response(
        content=None, embeds=batches[0], allowed_mentions=NO_MENTIONS, **first
    )
    await followup_pages(interaction, batches[1:], ephemeral=ephemeral, view=view)


def can_reply(message: discord.Message) -> bool:
    """Whether Steward may reply to `message` (Read Message History, in a server)."""
    guild = message.guild
    if guild is None or not isinstance(message.channel, discord.abc.GuildChannel | discord.Thread):
        return True
    return message.channel.permissions_for(guild.me).read_message_history


def missing_permissions(channel: object, guild: discord.Guild | None) -> list[str]:
    """The permissions Steward lacks to post an answer in `channel` (none in DMs)."""
    if guild is None or not isinstance(channel, discord.abc.GuildChannel | discord.Thread):
        return []
    perms = channel.permissions_for(guild.me)
    send = "send_messages_in_threads" if isinstance(channel, discord.Thread) else "send_messages"
    return [p for p in ("view_channel", send, "embed_links") if not getattr(perms, p)]


async def send_pages(
    destination: discord.abc.Messageable,
    batches: list[list[discord.Embed]],
    *,
    reply_to: discord.Message | None = None,
    view: discord.ui.View | None = None,
) -> list[discord.Message]:
    """Post pages in `destination`; the first one replies to `reply_to` (without pinging)."""
    sent = []
    for i, batch in enumerate(batches):
        extra: dict[str, Any] = {"view": view} if view and i == len(batches) - 1 else {}
        if i == 0 and reply_to is not None and can_reply(reply_to):
            extra["reference"] = reply_to.to_reference(fail_if_not_exists=False)
            extra["mention_author"] = False
        sent.append(await destination.send(embeds=batch, allowed_mentions=NO_MENTIONS, **extra))
    return sent


async def reply_text(message: discord.Message, text: str) -> discord.Message:
    """A plain-text reply (a refusal or an error), never pinging; split if over 2,000."""
    first, *rest = split_text(text, CONTENT_LIMIT) or ["…"]
    reference = message.to_reference(fail_if_not_exists=False) if can_reply(message) else None
    sent = await message.channel.send(
        first, reference=reference, mention_author=False, allowed_mentions=NO_MENTIONS
    )
    for piece in rest:
        await message.channel.send(piece, allowed_mentions=NO_MENTIONS)
    return sent
