"""/ask: a member's question, answered privately by default."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from ..client import StewardBot
from ..errors import tell
from ..permissions import channel_allowed, channel_names
from ..render import answer_pages
from ..replies import followup_pages
from ..texts import say
from ..views import answer_view


def locale_language(interaction: discord.Interaction) -> str:
    return "fr" if str(interaction.locale).startswith("fr") else "en"


class Ask(commands.Cog):
    def __init__(self, bot: StewardBot) -> None:
        self.bot = bot

    @app_commands.command(name="ask")
    @app_commands.describe(
        question="Your question about the union's contracts, AI clauses or pay rates",
        private="Only you see the answer (on unless the server changed it)",
    )
    async def ask(
        self, interaction: discord.Interaction, question: str, private: bool | None = None
    ) -> None:
        """Ask Steward about your contract: AI protections, pay rates, dates. Answers cite sources."""
        settings = self.bot.settings
        private = settings.private_by_default if private is None else private
        lang = locale_language(interaction)
        refused = self.refusal(interaction, question, private, lang)
        if refused is not None:
            event, text = refused
            await self.bot.count(event, "slash")
            await tell(interaction, text)
            return
        # Acknowledge at once (Discord drops interactions not acknowledged within 3 s); the
        # first follow-up keeps the defer's ephemeral flag, so defer with the same one.
        await interaction.response.defer(ephemeral=private, thinking=True)
        answer = await self.bot.answer(question, None, "slash")
        await followup_pages(
            interaction, answer_pages(answer), ephemeral=private, view=answer_view(answer)
        )

    def refusal(
        self, interaction: discord.Interaction, question: str, private: bool, lang: str
    ) -> tuple[str, str] | None:
        """Why not to answer, if so: DMs off, a public answer outside the allow-list, limits.

        The allow-list keeps Steward's public answers to some channels; a private answer
        shows nothing to the channel, so it is allowed everywhere.
        """
        settings = self.bot.settings
        if interaction.guild is None:
            if not settings.allow_dms:
                return "wrong_channel", say("dms_off", lang)
        elif not private and not channel_allowed(interaction.channel, settings.allowed_channels):
            names = channel_names(settings.allowed_channels)
            return "wrong_channel", say("channel", lang, channels=names)
        return self.bot.refusal(interaction.user.id, question, lang)


async def setup(bot: StewardBot) -> None:
    await bot.add_cog(Ask(bot))
