"""StewardBot: a `commands.Bot` that receives its services in the constructor.

    bot = create_bot(BotSettings(), KnowledgeSettings())   # or StewardBot(settings, ...)
    bot.run(token)

`setup_hook` loads one cog per feature, builds the index on first use (off the event
loop) and syncs the commands when they changed. Asking goes through `refusal` (length,
rate limit), `answer` (the Answerer in a worker thread) and, once the member has it or
could not be given it, `delivered` (anonymous analytics).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import discord
from discord.ext import commands

from knowledge import Answer, Answerer, Engine, KnowledgeError, KnowledgeSettings

from .analytics import Analytics
from .answer_store import AnswerStore
from .delivery import LIFETIME
from .errors import NO_MENTIONS, StewardTree
from .privacy import KeyedHash, RateLimiter, load_or_create_key
from .settings import BotSettings
from .syncing import SyncState, sync_if_changed
from .texts import say

log = logging.getLogger(__name__)

EXTENSIONS = (
    "bot.cogs.ask",
    "bot.cogs.mentions",
    "bot.cogs.feedback",
    "bot.cogs.info",
    "bot.cogs.admin",
)
# Threads answering questions by default (STEWARD_ANSWER_WORKERS; scripts/bench_answers.py
# measures throughput with this many).
ANSWER_WORKERS = 2


def intents_for(settings: BotSettings) -> discord.Intents:
    """Guilds, guild and DM messages; message content only when STEWARD_MESSAGE_CONTENT."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = settings.message_content
    return intents


class StewardBot(commands.Bot):
    def __init__(
        self,
        settings: BotSettings,
        *,
        engine: Engine,
        answerer: Answerer,
        analytics: Analytics,
        answers: AnswerStore,
        hasher: KeyedHash,
        data_dir: Path,
        force_sync: bool = False,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents_for(settings),
            allowed_mentions=NO_MENTIONS,
            tree_cls=StewardTree,
            help_command=None,
            **(shard_options(settings) if isinstance(self, commands.AutoShardedBot) else {}),
        )
        self.settings = settings
        self.engine = engine
        self.answerer = answerer
        self.analytics = analytics
        self.answers = answers
        self.hasher = hasher
        self.data_dir = data_dir
        self.limiter = RateLimiter(settings.rate_limit)
        self.reindex_lock = asyncio.Lock()
        self._preparing: asyncio.Task[None] | None = None  # prepare_answers, kept alive
        self._prepare_again = False
        self._prepared_for: str | None = None  # the index generation last prepared
        self._following: asyncio.Task[None] | None = None  # follow_generations
        self.force_sync = force_sync
        self.token_lifetime: dt.timedelta = LIFETIME  # of interaction tokens (tests shorten it)
        # Answers are CPU-bound (embedding, ranking): a few workers on their own pool keep the
        # event loop free to acknowledge every interaction at once; the rest wait their turn.
        self.answer_pool = ThreadPoolExecutor(
            max_workers=settings.answer_workers, thread_name_prefix="steward-answer"
        )

    # ---------- lifecycle ----------
    async def setup_hook(self) -> None:
        names = [r for r in self.settings.admin_roles if not r.isdigit()]
        if names:
            log.warning(
                "STEWARD_ADMIN_ROLES names roles (%s): anyone with Manage Roles can create a "
                "role of that name; list role ids instead (Server Settings > Roles > Copy Role ID)",
                ", ".join(names),
            )
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        await self.prepare_index()
        self.prepare_answers()
        self._following = asyncio.create_task(self._follow(), name="follow-generations")
        assert self.application_id is not None  # set by login, before setup_hook
        await sync_if_changed(
            self.tree,
            self.application_id,
            SyncState(self.data_dir / "commands.json"),
            self.settings.dev_guild_id,
            force=self.force_sync,
        )

    async def prepare_index(self) -> None:
        """Index the documents on first use, in a worker thread; a failure is logged."""
        async with self.reindex_lock:
            try:
                report = await asyncio.to_thread(self.engine.ensure_index)
            except KnowledgeError as e:
                log.error("the index could not be prepared: %s", e)
                return
        if report is not None:
            log.info(
                "first index: %d documents, %d passages, %d failed",
                report.documents,
                report.chunks,
                len(report.failed),
            )

    def prepare_answers(self) -> asyncio.Task[None]:
        """Read, in a worker thread, what answers read once per index generation, so that
        the first member to ask after a start or a reindex waits no longer than the next.
        One at a time: asked again while it runs (a reindex meanwhile), it runs once more."""
        self._prepare_again = True
        if self._preparing is None or self._preparing.done():
            self._preparing = asyncio.create_task(self._prepare(), name="prepare-answers")
        return self._preparing

    async def _prepare(self) -> None:
        while self._prepare_again:
            self._prepare_again = False
            try:
                self._prepared_for = await asyncio.to_thread(self._prepared)
            except KnowledgeError as e:  # the store unreachable: the first answer says so
                log.warning("answers could not be prepared ahead: %s", e)
            except Exception:
                log.warning("answers could not be prepared ahead", exc_info=True)

    def _prepared(self) -> str:
        """Prepare the answerer; the generation it read (looked up first: a switch while
        it reads is seen by the next look)."""
        name = self.engine.generation_name()
        self.answerer.prepare()
        return name

    async def _follow(self) -> None:
        """Prepare answers again when another instance switches the index generation
        (instances sharing a Chroma server), looked for as often as the engine looks for
        it: the first member to ask after another instance's reindex waits no longer."""
        seconds = max(self.engine.settings.pointer_check_seconds, 1.0)
        while True:
            await asyncio.sleep(seconds)
            try:
                name = await asyncio.to_thread(self.engine.generation_name)
            except Exception:  # the store unreachable: the next look tries again
                continue
            if name != self._prepared_for and not self.reindex_lock.locked():
                self.prepare_answers()

    async def on_ready(self) -> None:
        shards = getattr(self, "shard_ids", None)  # set on a ShardedStewardBot
        if shards:
            log.info(
                "connected to %d servers on shards %s of %d",
                len(self.guilds),
                ",".join(str(i) for i in shards),
                self.shard_count,
            )
        else:
            log.info("connected to %d servers", len(self.guilds))

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: mentions are answered by the mentions cog's listener."""

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        log.exception("unexpected error in %s", event_method)

    # ---------- asking ----------
    def refusal(self, user_id: int, question: str, lang: str) -> tuple[str, str] | None:
        """(event, message) when the question is too long or the member over the rate limit."""
        limit = self.settings.max_question_chars
        if len(question) > limit:
            return "too_long", say("too_long", lang, length=len(question), limit=limit)
        wait = self.limiter.hit(self.hasher("rate", user_id))
        if wait:
            seconds = max(1, round(wait))
            return "rate_limited", say(
                "rate_limited", lang, seconds=seconds, limit=self.settings.rate_limit
            )
        return None

    async def close(self) -> None:
        if self._following is not None:
            self._following.cancel()
        if self._preparing is not None:
            self._prepare_again = False  # a prepare already in its thread finishes alone
            self._preparing.cancel()
        await super().close()
        self.answer_pool.shutdown(wait=False, cancel_futures=True)

    async def count(self, event: str, via: str) -> None:
        await asyncio.to_thread(self.analytics.count, event, via)

    async def answer(
        self,
        question: str,
        history: list[tuple[str, str]] | None,
        via: str,
        on_draft: Callable[[str], None] | None = None,
    ) -> Answer:
        """Ask the Answerer in a worker thread; keep an answer's sources for its button.

        `on_draft` receives an LLM answer's unchecked text as it streams (see drafts.py).
        The outcome is counted by `delivered`, once the member has the answer (or not).
        """
        try:
            extra = {"on_draft": on_draft} if on_draft is not None else {}
            ask = functools.partial(self.answerer.ask, question, history=history or None, **extra)
            answer = await asyncio.get_running_loop().run_in_executor(self.answer_pool, ask)
        except Exception:
            await self.count("error", via)
            raise
        if answer.kind == "answer" and answer.sources:
            await asyncio.to_thread(self.answers.put, answer)
        return answer

    async def delivered(self, answer: Answer, via: str, *, ok: bool = True) -> None:
        """Count the outcome without identities: an answer that never reached the member is
        "undelivered", not answered (and its question is not kept as a gap)."""
        await asyncio.to_thread(self._record, answer, via, ok)

    def _record(self, answer: Answer, via: str, ok: bool) -> None:
        if not ok:
            self.analytics.count("undelivered", via)
            return
        self.analytics.count(answer.kind, via)
        if answer.kind == "not_found":
            self.analytics.unanswered(answer.question, answer.language)


def shard_options(settings: BotSettings) -> dict[str, Any]:
    """discord.py's options for the shards this process runs (all of them without ids)."""
    return {"shard_count": settings.shard_count, "shard_ids": settings.shard_ids or None}


class ShardedStewardBot(StewardBot, commands.AutoShardedBot):
    """StewardBot on STEWARD_SHARD_IDS of STEWARD_SHARD_COUNT shards, one gateway connection
    per shard; Discord sends each shard the events of its servers only."""


def create_bot(
    settings: BotSettings, knowledge: KnowledgeSettings, *, force_sync: bool = False
) -> StewardBot:
    """Build the services once (engine, answerer, stores, hash key) and the bot with them.

    The caller owns the stores: close them (`bot.analytics.close()`, `bot.answers.close()`)
    after the bot has stopped.
    """
    data_dir = Path(knowledge.data_dir) / "bot"
    data_dir.mkdir(parents=True, exist_ok=True)
    engine = Engine(knowledge)
    kind = ShardedStewardBot if settings.shard_count else StewardBot
    return kind(
        settings,
        engine=engine,
        answerer=Answerer(engine),
        analytics=Analytics(
            settings.analytics_db or data_dir / "analytics.sqlite3",
            keep_unanswered=settings.keep_unanswered,
            keep_days=settings.unanswered_days,
        ),
        answers=AnswerStore(data_dir / "answers.sqlite3", settings.answer_store_size),
        hasher=KeyedHash(load_or_create_key(data_dir / "hash.key", settings.hash_key)),
        data_dir=data_dir,
        force_sync=force_sync,
    )
