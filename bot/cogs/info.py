"""/help (what Steward answers and how to ask) and /sources (the indexed documents)."""

from __future__ import annotations

import asyncio

import discord
from discord import app_commands
from discord.ext import commands

from ..client import StewardBot
from ..errors import NO_MENTIONS
from ..render import text_pages
from ..replies import followup_pages
from ..reports import documents_pages
from ..texts import HELP


class Info(commands.Cog):
    def __init__(self, bot: StewardBot) -> None:
        self.bot = bot

    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction) -> None:
        """What Steward answers, and how to ask it."""
        reminder = self.bot.engine.settings.reminder
        batches = text_pages(f"{HELP}\n\n_{reminder}_", title="Steward")
        await interaction.response.send_message(
            embeds=batches[0], ephemeral=True, allowed_mentions=NO_MENTIONS
        )
        for batch in batches[1:]:
            await interaction.followup.send(
                embeds=batch, ephemeral=True, allowed_mentions=NO_MENTIONS
            )

    @app_commands.command(name="sources")
    async def sources(self, interaction: discord.Interaction) -> None:
        """The documents Steward answers from, with their kind and the dates they apply."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        documents = await asyncio.to_thread(self.bot.engine.documents)
        await followup_pages(interaction, documents_pages(documents), ephemeral=True)


async def setup(bot: StewardBot) -> None:
    await bot.add_cog(Info(bot))
