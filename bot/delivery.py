"""Interaction tokens expire: stop using one near its end, and after the first 401.

Discord lets a bot edit its response and send follow-ups for 15 minutes after the
interaction was created; after that every call gets 401 (50027, Invalid Webhook Token),
and each 401 counts toward Discord's invalid-request ban (10,000 per 10 minutes). So a
token is used only while `alive` (created less than the lifetime minus a margin ago, and never
refused before); `guarded` turns its expiry into `TokenExpired`, for the caller to
deliver another way (a message in the channel, a DM) or to stop (progress edits).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import TypeVar

import discord

T = TypeVar("T")
LIFETIME = dt.timedelta(minutes=15)
MARGIN = 1 / 30  # of the lifetime (30 s of 15 minutes): time for a last request to land
_DEAD = "steward_token_dead"
INVALID_WEBHOOK_TOKEN = 50027


class TokenExpired(Exception):
    """The interaction's token is too old to use, or Discord refused it."""


def alive(interaction: discord.Interaction, lifetime: dt.timedelta = LIFETIME) -> bool:
    """Whether follow-ups and edits may still use this interaction's token."""
    if interaction.extras.get(_DEAD):
        return False
    return discord.utils.utcnow() - interaction.created_at < lifetime * (1 - MARGIN)


def expired(error: BaseException) -> bool:
    """Whether a failed request means the token is no longer valid."""
    return isinstance(error, discord.HTTPException) and (
        error.status == 401 or error.code == INVALID_WEBHOOK_TOKEN
    )


async def guarded(
    interaction: discord.Interaction,
    send: Callable[[], Awaitable[T]],
    lifetime: dt.timedelta = LIFETIME,
) -> T:
    """`await send()` if the token is alive; `TokenExpired` if it is not or Discord says so.

    After the first refusal the interaction is marked, so no later call tries again.
    """
    if not alive(interaction, lifetime):
        raise TokenExpired
    try:
        return await send()
    except discord.HTTPException as error:
        if expired(error):
            interaction.extras[_DEAD] = True
            raise TokenExpired from error
        raise
