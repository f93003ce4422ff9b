"""The buttons under each answer: 👍 / 👎 and "Sources".

They are `DynamicItem`s: the answer id travels in the custom_id ("steward:up:<id>") and
the bot matches clicks by pattern, so buttons keep working after a restart. The quotes
shown by "Sources" come from the AnswerStore; votes go to Analytics under a keyed hash
of (answer id, member), never the member's ID.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from typing import TYPE_CHECKING, Any

import discord

from knowledge import Answer

from .answer_store import StoredSource
from .errors import NO_MENTIONS, tell
from .render import GREY, clean, embeds_for, link, pages
from .replies import followup_pages
from .texts import say

if TYPE_CHECKING:
    from .client import StewardBot

log = logging.getLogger(__name__)
PREFIX = "steward"
_ACTIONS = {"up": "👍", "down": "👎", "src": "📄"}


def _lang(interaction: discord.Interaction) -> str:
    return "fr" if str(interaction.locale).startswith("fr") else "en"


class AnswerButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=re.compile(rf"{PREFIX}:(?P<action>up|down|src):(?P<id>[0-9a-zA-Z]{{4,40}})"),
):
    def __init__(self, action: str, answer_id: str, label: str | None = None) -> None:
        style = discord.ButtonStyle.primary if action == "src" else discord.ButtonStyle.secondary
        super().__init__(
            discord.ui.Button(
                label=label,
                emoji=_ACTIONS[action],
                style=style,
                custom_id=f"{PREFIX}:{action}:{answer_id}",
            )
        )
        self.action = action
        self.answer_id = answer_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> AnswerButton:
        return cls(match["action"], match["id"])

    async def callback(self, interaction: discord.Interaction) -> None:
        bot: StewardBot = interaction.client  # type: ignore[assignment]
        lang = _lang(interaction)
        try:
            if self.action == "src":
                await self._sources(interaction, bot, lang)
            else:
                # Thank first (Discord's 3 s), then record: sqlite may wait behind a reindex.
                helpful = self.action == "up"
                voter = bot.hasher("vote", self.answer_id, interaction.user.id)
                await interaction.response.send_message(
                    say("thanks_up" if helpful else "thanks_down", lang),
                    ephemeral=True,
                    allowed_mentions=NO_MENTIONS,
                )
                await asyncio.to_thread(bot.analytics.feedback, self.answer_id, voter, helpful)
        except Exception:
            log.exception("the %s button failed", self.action)
            with contextlib.suppress(discord.HTTPException):
                await tell(interaction, say("error", lang))

    async def _sources(self, interaction: discord.Interaction, bot: StewardBot, lang: str) -> None:
        # Defer before reading sqlite, which may wait behind a reindex for the thread pool.
        await interaction.response.defer(ephemeral=True, thinking=True)
        stored = await asyncio.to_thread(bot.answers.get, self.answer_id)
        if not stored:
            text = say("sources_gone" if stored is None else "no_sources", lang)
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        batches = quotes_pages(stored, say("sources_title", lang), lang)
        await followup_pages(interaction, batches, ephemeral=True)


def quotes_text(sources: list[StoredSource], lang: str = "en") -> str:
    blocks = []
    for s in sources:
        status = f"({say('superseded', lang)})" if s.superseded else ""
        where = " · ".join(
            x for x in (clean(s.location), " ".join(filter(None, (s.dates, status)))) if x
        )
        head = f"**[{s.n}] {clean(s.title)}**" + (f"\n{where}" if where else "")
        quote = "\n".join(f"> {line}" for line in clean(s.quote).splitlines() if line.strip())
        url = link(s.source_url)
        blocks.append("\n".join(x for x in (head, quote, url) if x))
    return "\n\n".join(blocks)


def quotes_pages(
    sources: list[StoredSource], title: str, lang: str = "en"
) -> list[list[discord.Embed]]:
    return pages(embeds_for(quotes_text(sources, lang), title=title, colour=GREY))


def answer_view(answer: Answer) -> discord.ui.View | None:
    """Buttons for an answer from the documents; none for greetings or "not found"."""
    if answer.kind != "answer" or not answer.id:
        return None
    lang = answer.language if answer.language in ("en", "fr") else "en"
    view = discord.ui.View(timeout=None)
    view.add_item(AnswerButton("up", answer.id, say("helpful", lang)))
    view.add_item(AnswerButton("down", answer.id, say("unhelpful", lang)))
    if answer.sources:
        view.add_item(AnswerButton("src", answer.id, say("sources", lang)))
    return view
