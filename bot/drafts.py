"""An LLM answer's draft, shown in the deferred /ask reply while the model streams.

The model's text arrives in pieces on a worker thread; the member sees it grow in the
"thinking…" message, at most about once a second (an edit is a request: Discord limits
them), marked as a draft being checked. Then the checked answer — the model's, or the
extractive one when the figure check failed — replaces the draft in that same message,
so no unchecked figure stays on screen once the answer exists.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import discord

from knowledge import neutralise_mentions

from .errors import NO_MENTIONS

log = logging.getLogger(__name__)

INTERVAL = 1.0  # seconds between two edits of the draft
_LIMIT = 1800  # characters of draft shown (a message holds 2,000)
_MARK = {
    "en": "✍️ *Draft, being checked against the sources…*",
    "fr": "✍️ *Brouillon, en cours de vérification dans les sources…*",
}


def draft_text(text: str, language: str) -> str:
    body = neutralise_mentions(text.strip())
    if len(body) > _LIMIT:
        body = body[:_LIMIT].rsplit(" ", 1)[0] + " …"
    return f"{body}\n\n{_MARK.get(language, _MARK['en'])}"


class Drafts:
    """Edits `interaction`'s original response with the latest draft, at most every
    INTERVAL seconds. `offer` may be called from any thread; `close` stops the edits and
    waits for one in flight, so the final answer is the last thing written."""

    def __init__(self, interaction: discord.Interaction, language: str, interval: float = INTERVAL):
        self.interaction = interaction
        self.language = language
        self.interval = interval
        self.shown = False
        self._loop = asyncio.get_running_loop()
        self._latest: str | None = None
        self._closed = False
        self._wake = asyncio.Event()
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def offer(self, text: str) -> None:
        """A longer draft (called from the model's thread)."""
        with contextlib.suppress(RuntimeError):  # the loop is closing: no more drafts
            self._loop.call_soon_threadsafe(self._take, text)

    def _take(self, text: str) -> None:
        if self._closed:
            return
        self._latest = text
        self._wake.set()
        if self._task is None:
            self._task = asyncio.ensure_future(self._pump())

    async def _pump(self) -> None:
        while not self._closed:
            await self._wake.wait()
            self._wake.clear()
            if self._closed or self._latest is None:
                break
            text, self._latest = self._latest, None
            try:
                await self.interaction.edit_original_response(
                    content=draft_text(text, self.language), allowed_mentions=NO_MENTIONS
                )
                self.shown = True
            except discord.HTTPException as e:
                log.info("draft not shown (%s); the answer follows when checked", e.status)
                self._closed = True
                break
            with contextlib.suppress(asyncio.TimeoutError):  # closing cuts the pause short
                await asyncio.wait_for(self._stop.wait(), self.interval)

    async def close(self) -> None:
        """No more drafts; returns once an edit in flight has been written."""
        self._closed = True
        self._wake.set()
        self._stop.set()
        if self._task is not None:
            with contextlib.suppress(Exception):
                await self._task
