"""Admin commands: /reindex (optionally adding a document first) and /stats.

Both carry `default_permissions(manage_guild=True)` — a hint to Discord's client — and
`admin_only()`, which the bot enforces on every call. One reindex at a time: a second
/reindex is told "already running"; members keep getting answers meanwhile (the engine
answers from the previous index until the new one is complete).
"""

from __future__ import annotations

import asyncio
import logging

import discord
from discord import app_commands
from discord.ext import commands

from knowledge import DocumentError, IndexNotFoundError, IndexReport, LoadLimits

from .. import uploads
from ..client import StewardBot
from ..delivery import TokenExpired, alive, guarded
from ..errors import NO_MENTIONS, tell, user_message
from ..permissions import admin_only
from ..progress import ProgressRelay, Throttle
from ..replies import edit_then_followup, followup_pages, send_pages
from ..reports import progress_text, report_pages, stats_pages

log = logging.getLogger(__name__)
KINDS = [
    app_commands.Choice(name="Contract or agreement", value="contract"),
    app_commands.Choice(name="Rates or wage table", value="rates"),
    app_commands.Choice(name="Summary or guide", value="summary"),
    app_commands.Choice(name="News article", value="article"),
    app_commands.Choice(name="Other", value="other"),
]


class Admin(commands.Cog):
    progress_every = 1.0  # seconds between progress edits, at most

    def __init__(self, bot: StewardBot) -> None:
        self.bot = bot

    @app_commands.command(name="reindex")
    @app_commands.describe(
        document="A document to add first: PDF, DOCX, HTML, MD, TXT, CSV, JSON, XML, RST, Texinfo, RTF…",
        kind="What the document is (it is filed in that folder)",
    )
    @app_commands.choices(kind=KINDS)
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @admin_only()
    async def reindex(
        self,
        interaction: discord.Interaction,
        document: discord.Attachment | None = None,
        kind: app_commands.Choice[str] | None = None,
    ) -> None:
        """Admins: update the index from the documents folder, optionally adding a document."""
        lock = self.bot.reindex_lock
        if lock.locked():
            await tell(interaction, "A reindex is already running; try again when it has finished.")
            return
        async with lock:
            await interaction.response.defer(ephemeral=True, thinking=True)
            saved: uploads.Saved | None = None
            if document is not None:
                saved = await self.add_document(interaction, document, kind)
                if saved is None:
                    return
            try:
                report = await self.run_with_progress(interaction)
            except Exception as e:
                if saved is not None:  # leave the folder as it was
                    await asyncio.to_thread(saved.undo)
                # Replace the progress line, so the reply never stays on "Reindexing…".
                text, expected = user_message(e)
                if not expected:
                    log.error("reindex failed", exc_info=e)
                await self.report(interaction, content=f"❌ {text}")
                return
            except BaseException:
                if saved is not None:
                    await asyncio.to_thread(saved.undo)
                raise
            self.bot.prepare_answers()  # the new generation, before members ask
            note = ""
            if saved is not None:
                verb = "Replaced" if saved.replaced else "Added"
                note = f"📄 {verb} `{saved.source}` in the documents folder."
            log.info(
                "reindex: %d added, %d updated, %d deleted, %d failed",
                report.added,
                report.updated,
                report.deleted,
                len(report.failed),
            )
            await self.report(interaction, pages=report_pages(report, note))

    async def report(
        self,
        interaction: discord.Interaction,
        *,
        content: str | None = None,
        pages: list[list[discord.Embed]] | None = None,
    ) -> None:
        """The reindex's outcome in the admin's reply while its token lives (15 minutes);
        after that, in a new message to the channel, so it is never lost."""
        try:
            if pages is not None:
                await guarded(
                    interaction,
                    lambda: edit_then_followup(interaction, pages),
                    self.bot.token_lifetime,
                )
            else:
                await guarded(
                    interaction,
                    lambda: interaction.edit_original_response(
                        content=content, allowed_mentions=NO_MENTIONS
                    ),
                    self.bot.token_lifetime,
                )
            return
        except TokenExpired:
            log.info("the /reindex reply expired; posting its report in the channel")
        channel = interaction.channel
        if not isinstance(channel, discord.abc.Messageable):
            log.warning("the reindex report could not be posted: no channel")
            return
        header = f"/reindex by {interaction.user.mention} (its reply had expired):"
        try:
            await channel.send(
                f"{header}\n{content}" if content else header, allowed_mentions=NO_MENTIONS
            )
            if pages is not None:
                await send_pages(channel, pages)
        except discord.HTTPException as e:
            log.warning("the reindex report could not be posted (%s)", e.status)

    async def add_document(
        self,
        interaction: discord.Interaction,
        document: discord.Attachment,
        kind: app_commands.Choice[str] | None,
    ) -> uploads.Saved | None:
        """Validate and save the attachment; on failure, say why and return None."""
        limit = self.upload_limit()
        try:
            if document.size > limit:
                raise uploads.UploadRejected(
                    f"the file is {document.size / 1e6:.1f} MB, over the {limit / 1e6:g} MB limit"
                )
            uploads.safe_filename(document.filename)  # reject a bad name before downloading
            try:
                data = await document.read()
            except discord.HTTPException as e:
                raise uploads.UploadRejected(
                    f"the file could not be downloaded ({e.status})"
                ) from e
            return await asyncio.to_thread(
                uploads.save,
                data,
                self.bot.engine.settings.source_dir,
                document.filename,
                kind.value if kind else None,
                limit,
                LoadLimits.from_settings(self.bot.engine.settings),
            )
        except DocumentError as e:
            await interaction.edit_original_response(
                content=f"❌ `{uploads.display_name(document.filename)}` was not added: {e}. "
                "Nothing was changed.",
                allowed_mentions=NO_MENTIONS,
            )
            return None

    def upload_limit(self) -> int:
        """Bytes: STEWARD_MAX_UPLOAD_MB, and never more than the indexer accepts."""
        indexer_limit = int(self.bot.engine.settings.max_file_mb * 1_000_000)
        return min(self.bot.settings.max_upload_bytes, indexer_limit)

    async def run_with_progress(self, interaction: discord.Interaction) -> IndexReport:
        relay = ProgressRelay()
        task = asyncio.ensure_future(asyncio.to_thread(self.bot.engine.reindex, None, relay))
        throttle = Throttle(self.progress_every)
        shown: tuple[str, int, int] | None = None
        await self._show(interaction, "⏳ Reindexing…", throttle)
        while not task.done():
            await asyncio.wait({task}, timeout=self.progress_every)
            latest = relay.latest
            if (
                latest is not None
                and latest != shown
                and not task.done()
                and await self._show(interaction, progress_text(*latest), throttle)
            ):
                shown = latest
        return task.result()

    async def _show(self, interaction: discord.Interaction, text: str, throttle: Throttle) -> bool:
        """One progress edit, at most once a `progress_every`; none once the token is dead
        or near its end (each refused edit counts toward Discord's invalid-request ban)."""
        if not alive(interaction, self.bot.token_lifetime) or not throttle.ready():
            return False
        try:
            await guarded(
                interaction,
                lambda: interaction.edit_original_response(
                    content=text, allowed_mentions=NO_MENTIONS
                ),
                self.bot.token_lifetime,
            )
        except TokenExpired:
            log.info("the /reindex reply expired; no more progress edits")
        except discord.HTTPException as e:
            log.warning("could not show reindex progress (%s)", e.status)
        return True

    @app_commands.command(name="stats")
    @app_commands.describe(days="How many days back (default 30)")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @admin_only()
    async def stats(
        self, interaction: discord.Interaction, days: app_commands.Range[int, 1, 365] = 30
    ) -> None:
        """Admins: anonymous usage counts, feedback, and questions the documents did not answer."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        stats = await asyncio.to_thread(self.bot.analytics.stats, days)
        try:
            documents: int | None = len(await asyncio.to_thread(self.bot.engine.documents))
        except IndexNotFoundError:
            documents = None
        await followup_pages(interaction, stats_pages(stats, documents), ephemeral=True)


async def setup(bot: StewardBot) -> None:
    await bot.add_cog(Admin(bot))
