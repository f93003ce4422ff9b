"""Reindex progress, from the indexing thread to throttled edits of the admin's reply."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class ProgressRelay:
    """The `progress(stage, done, total)` callback; called in the worker thread, read on the loop."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latest: tuple[str, int, int] | None = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        with self._lock:
            self._latest = (stage, done, total)

    @property
    def latest(self) -> tuple[str, int, int] | None:
        with self._lock:
            return self._latest


class Throttle:
    """`ready()` is True at most once every `every` seconds."""

    def __init__(self, every: float, clock: Callable[[], float] = time.monotonic):
        self.every = every
        self.clock = clock
        self._last: float | None = None

    def ready(self) -> bool:
        now = self.clock()
        if self._last is not None and now - self._last < self.every:
            return False
        self._last = now
        return True
