"""The one place errors become what a member reads; everything unexpected is logged.

StewardTree.on_error (app commands) and StewardBot.on_error (events) both use
`user_message`: a domain error maps to its short message; anything else gets the
generic apology, and its traceback goes to the log (never message content or IDs).
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from knowledge import (
    ConfigurationError,
    DocumentError,
    EmbedderMismatchError,
    IndexNotFoundError,
    KnowledgeError,
    ReindexInProgressError,
    StorageError,
    StoreUnavailableError,
)

from .permissions import NotAdmin
from .texts import say

log = logging.getLogger(__name__)
NO_MENTIONS = discord.AllowedMentions.none()

_KNOWLEDGE: list[tuple[type[KnowledgeError], str]] = [
    (ReindexInProgressError, "A reindex is already running; try again when it has finished."),
    (IndexNotFoundError, "Nothing is indexed yet: an admin can run /reindex."),
    (EmbedderMismatchError, "The index was built by another embedder: an admin must run /reindex."),
    (ConfigurationError, "Steward is misconfigured; an admin can find the reason in its log."),
    (StorageError, "Steward cannot write its index right now; an admin can find why in its log."),
]


def user_message(error: BaseException, lang: str = "en") -> tuple[str, bool]:
    """(message for the member, whether the error was expected)."""
    if isinstance(error, app_commands.CommandInvokeError | app_commands.TransformerError):
        error = error.__cause__ or error
    if isinstance(error, NotAdmin):
        return "Only members with Manage Server or a Steward admin role can do this.", True
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This command works only in a server.", True
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use this command here.", True
    if isinstance(error, StoreUnavailableError):
        return say("unavailable", lang), True
    for kind, text in _KNOWLEDGE:
        if isinstance(error, kind):
            return text, True
    if isinstance(error, DocumentError):
        return f"Rejected: {error}", True
    if isinstance(error, KnowledgeError):
        return f"Steward could not do that: {error}", True
    return say("error", lang), False


async def tell(interaction: discord.Interaction, text: str) -> None:
    """Send `text` to the member who interacted, privately, whatever state the reply is in."""
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)


class StewardTree(app_commands.CommandTree):
    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError, /
    ) -> None:
        lang = "fr" if str(interaction.locale).startswith("fr") else "en"
        text, expected = user_message(error, lang)
        name = interaction.command.qualified_name if interaction.command else "?"
        if expected:
            cause = getattr(error, "original", error)
            reason = f": {cause}" if isinstance(cause, KnowledgeError) else ""
            log.info("/%s refused: %s%s", name, type(cause).__name__, reason)
        else:
            original = getattr(error, "original", error)
            log.error("/%s failed", name, exc_info=original)
        try:
            await tell(interaction, text)
        except discord.HTTPException:
            log.warning("/%s: could not tell the member about the error", name)
