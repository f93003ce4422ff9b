"""Mentions and DMs: "@Steward what's the overtime rule?" gets a reply (or a new thread).

Works without the privileged message-content intent: Discord gives the content of messages
that mention the bot and of DMs. A follow-up (a pinging reply to Steward's answer, or a
mention in the same thread) is answered with the earlier turns as history, read back
from Discord. With STEWARD_MESSAGE_CONTENT on, messages in Steward's own threads are
answered without a mention too.
"""

from __future__ import annotations

import datetime as dt
import logging

import discord
from discord.ext import commands

from ..client import StewardBot
from ..conversation import question_text, turns
from ..errors import user_message
from ..permissions import channel_allowed
from ..render import answer_pages, clean, fit
from ..replies import missing_permissions, reply_text, send_pages
from ..texts import language_of, say
from ..views import answer_view

log = logging.getLogger(__name__)
THREAD_NAME_LIMIT = 90
DM_CONVERSATION = dt.timedelta(minutes=15)  # in DMs, earlier messages this recent are context


class Mentions(commands.Cog):
    def __init__(self, bot: StewardBot) -> None:
        self.bot = bot

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        me = self.bot.user
        if me is None or message.author.bot or message.webhook_id is not None:
            return
        in_dm = message.guild is None
        bot_roles = [
            role.id
            for role in message.role_mentions
            if role.tags is not None and role.tags.bot_id == me.id
        ]
        mentioned = bool(bot_roles) or any(user.id == me.id for user in message.mentions)
        own_thread = (
            isinstance(message.channel, discord.Thread) and message.channel.owner_id == me.id
        )
        if not (in_dm or mentioned or (own_thread and self.bot.settings.message_content)):
            return
        question = question_text(message.content, me.id, bot_roles)
        if not question and not (in_dm or mentioned):
            return
        via = "dm" if in_dm else "mention"
        settings = self.bot.settings
        if not in_dm and not channel_allowed(message.channel, settings.allowed_channels):
            await self.bot.count("wrong_channel", via)  # stay silent where not allowed
            return
        missing = missing_permissions(message.channel, message.guild)
        if missing:
            await self.cannot_post(message, missing)
            await self.bot.count("no_permission", via)
            return
        withheld = not message.content.strip() and not in_dm
        if withheld and bot_roles and not any(user.id == me.id for user in message.mentions):
            # Discord withholds the content of a message that mentions only the bot's role.
            await self.reply(message, say("role_mention", "en"))
            await self.bot.count("role_mention", "mention")
            return
        lang = language_of(question)
        if in_dm and not settings.allow_dms:
            await self.reply(message, say("dms_off", lang))
            return
        refused = self.bot.refusal(message.author.id, question, lang)
        if refused is not None:
            event, text = refused
            await self.reply(message, text)
            await self.bot.count(event, via)
            return
        try:
            await self.respond(message, question, via)
        except Exception as error:
            text, expected = user_message(error, lang)
            if not expected:
                log.error("answering a %s failed", via, exc_info=error)
            await self.reply(message, text)

    async def cannot_post(self, message: discord.Message, missing: list[str]) -> None:
        """Say which permission is missing: to the member if Steward can still write there
        (only Embed Links missing), else in one log line for the server's admins."""
        names = ", ".join(p.replace("_", " ").title() for p in missing)
        channel_id = getattr(message.channel, "id", "?")
        log.warning("cannot answer in channel %s: missing the %s permission", channel_id, names)
        if missing == ["embed_links"]:
            await self.reply(message, say("no_embeds", language_of(message.content)))

    async def reply(self, message: discord.Message, text: str) -> None:
        """A short reply (refusal, error); a failure is logged, never raised."""
        try:
            await reply_text(message, text)
        except discord.HTTPException as e:
            log.warning("could not reply to a message (%s, code %s)", e.status, e.code)

    async def respond(self, message: discord.Message, question: str, via: str) -> None:
        history = await self.history(message)
        destination: discord.abc.Messageable = message.channel
        reply_to: discord.Message | None = message
        if (
            self.bot.settings.reply_in_thread
            and isinstance(message.channel, discord.TextChannel)
            and message.guild is not None
        ):
            try:
                destination = await message.create_thread(
                    name=fit(clean(question), THREAD_NAME_LIMIT) or "Question"
                )
                reply_to = None  # the question opens the thread; the answer follows it
            except discord.HTTPException as e:
                log.warning("could not open a thread (%s); replying instead", e.status)
        async with destination.typing():
            answer = await self.bot.answer(question, history, via)
        try:
            await send_pages(
                destination, answer_pages(answer), reply_to=reply_to, view=answer_view(answer)
            )
        except discord.HTTPException:
            await self.bot.delivered(answer, via, ok=False)
            raise
        await self.bot.delivered(answer, via)

    async def history(self, message: discord.Message) -> list[tuple[str, str]]:
        """Earlier turns: the chain of replies, the thread's recent messages, or a DM's
        messages of the last 15 minutes."""
        limit = self.bot.settings.history_turns
        me = self.bot.user
        if limit <= 0 or me is None:
            return []
        earlier: list[discord.Message] = []
        channel = message.channel
        try:
            if message.reference is not None and not isinstance(channel, discord.Thread):
                earlier = await self._reply_chain(message, 2 * limit)
            elif isinstance(channel, discord.Thread | discord.DMChannel):
                since = message.created_at - DM_CONVERSATION
                async for m in channel.history(limit=4 * limit + 4, before=message):
                    if m.id >= message.id:
                        continue
                    if isinstance(channel, discord.DMChannel) and m.created_at < since:
                        break
                    earlier.append(m)
                earlier.reverse()
                if isinstance(channel, discord.Thread):
                    starter = await self._starter(channel)
                    if starter is not None:
                        earlier.insert(0, starter)
        except discord.HTTPException as e:
            log.warning("could not read the conversation (%s); answering without it", e.status)
            return []
        return turns(earlier, me.id, limit)

    async def _starter(self, thread: discord.Thread) -> discord.Message | None:
        """The message a thread was opened from, when Steward opened it for a question."""
        if self.bot.user is None or thread.owner_id != self.bot.user.id or thread.parent is None:
            return None
        if thread.starter_message is not None:
            return thread.starter_message
        try:
            return await thread.parent.fetch_message(thread.id)  # type: ignore[union-attr]
        except discord.HTTPException:
            return None

    async def _reply_chain(self, message: discord.Message, depth: int) -> list[discord.Message]:
        chain: list[discord.Message] = []
        current = message
        for _ in range(depth):
            ref = current.reference
            if ref is None or ref.message_id is None:
                break
            resolved = ref.resolved
            if isinstance(resolved, discord.Message):
                current = resolved
            elif isinstance(resolved, discord.DeletedReferencedMessage):
                break
            else:
                current = await message.channel.fetch_message(ref.message_id)
            chain.insert(0, current)
        return chain


async def setup(bot: StewardBot) -> None:
    await bot.add_cog(Mentions(bot))
