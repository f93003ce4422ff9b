"""/ask: a member's question, answered privately by default."""

from __future__ import annotations

import dataclasses
import logging

import discord
from discord import app_commands
from discord.ext import commands

from knowledge import Answer

from ..client import StewardBot
from ..delivery import TokenExpired, guarded
from ..drafts import Drafts
from ..errors import NO_MENTIONS, tell
from ..permissions import channel_allowed, channel_names
from ..render import answer_pages
from ..replies import edit_then_followup, followup_pages, send_pages
from ..texts import say
from ..views import answer_view

log = logging.getLogger(__name__)
OPTION_MAX_LENGTH = 6000  # the most Discord lets a string option ask for


def locale_language(interaction: discord.Interaction) -> str:
    return "fr" if str(interaction.locale).startswith("fr") else "en"


class Ask(commands.Cog):
    def __init__(self, bot: StewardBot) -> None:
        self.bot = bot
        # Discord's client stops members at STEWARD_MAX_QUESTION_CHARS, as the bot would. The
        # parameter is replaced, not changed: the class's command shares it with every bot.
        params = self.ask._params
        params["question"] = dataclasses.replace(
            params["question"], max_value=min(bot.settings.max_question_chars, OPTION_MAX_LENGTH)
        )

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
            await tell(interaction, text)  # within Discord's 3 s; the count can wait
            await self.bot.count(event, "slash")
            return
        # Acknowledge at once (Discord drops interactions not acknowledged within 3 s); the
        # first follow-up keeps the defer's ephemeral flag, so defer with the same one.
        await interaction.response.defer(ephemeral=private, thinking=True)
        # With a chat model, its answer is shown as a draft while it streams, then replaced
        # by the checked one.
        llm = getattr(self.bot.answerer, "chat", None) is not None
        drafts = Drafts(interaction, lang) if llm else None
        try:
            answer = await self.bot.answer(
                question, None, "slash", on_draft=drafts.offer if drafts else None
            )
        finally:
            if drafts is not None:
                await drafts.close()
        delivered = await self.deliver(
            interaction, answer, private, lang, replace=bool(drafts and drafts.shown)
        )
        await self.bot.delivered(answer, "slash", ok=delivered)

    async def deliver(
        self,
        interaction: discord.Interaction,
        answer: Answer,
        private: bool,
        lang: str,
        *,
        replace: bool = False,
    ) -> bool:
        """Follow up with the answer while the token lives (replacing a draft shown in the
        original response); else post a public answer in the channel, or tell the member
        (by DM) that a private one could not be delivered."""
        pages, view = answer_pages(answer), answer_view(answer)
        send = edit_then_followup if replace else followup_pages
        try:
            await guarded(
                interaction,
                lambda: send(interaction, pages, ephemeral=private, view=view),
                self.bot.token_lifetime,
            )
            return True
        except TokenExpired:
            log.warning("an /ask answer outlived its interaction token")
        try:
            if not private and isinstance(interaction.channel, discord.abc.Messageable):
                await interaction.channel.send(
                    say("late_public", lang, member=interaction.user.mention),
                    allowed_mentions=NO_MENTIONS,
                )
                await send_pages(interaction.channel, pages, view=view)
                return True
            await interaction.user.send(say("undelivered", lang), allowed_mentions=NO_MENTIONS)
        except discord.HTTPException as e:
            log.warning("could not tell a member their answer was lost (%s)", e.status)
        return False

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
