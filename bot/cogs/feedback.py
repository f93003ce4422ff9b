"""The buttons under answers (👍 / 👎 / Sources), registered as persistent dynamic items."""

from __future__ import annotations

from discord.ext import commands

from ..client import StewardBot
from ..views import AnswerButton


class Feedback(commands.Cog):
    def __init__(self, bot: StewardBot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        # Matched by custom_id pattern, so clicks on answers sent before a restart still work.
        self.bot.add_dynamic_items(AnswerButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(AnswerButton)


async def setup(bot: StewardBot) -> None:
    await bot.add_cog(Feedback(bot))
