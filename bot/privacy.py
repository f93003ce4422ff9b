"""Privacy helpers: a keyed hash in place of Discord IDs, and the per-member rate limiter.

Logs and stores never hold a user ID: where one is needed (rate limits, one vote per
member per answer) it is replaced by an HMAC-SHA256 under a key that is either set
(STEWARD_HASH_KEY) or generated once and kept in the data folder, readable only by
its owner. Without the key, a hash cannot be traced back to a member.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from pydantic import SecretStr


class KeyedHash:
    """`hasher("user", 1234)` → a short hex digest; the same inputs give the same digest."""

    def __init__(self, key: bytes):
        if len(key) < 16:
            raise ValueError("the hash key must be at least 16 bytes")
        self._key = key

    def __call__(self, *parts: object) -> str:
        message = "\x1f".join(str(p) for p in parts).encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()[:24]

    def __repr__(self) -> str:
        return "KeyedHash(<key hidden>)"


def load_or_create_key(path: Path, configured: SecretStr | None = None) -> bytes:
    """The configured key, else the one stored at `path`, else a new one saved there (0600)."""
    if configured is not None:
        return configured.get_secret_value().encode()
    if path.exists():
        key = path.read_bytes().strip()
        if len(key) >= 16:
            return key
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32).encode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(key + b"\n")
    return key


class RateLimiter:
    """At most `per_minute` events per key in any 60-second window (0 disables it).

    `hit(key)` records an event and returns 0.0, or, when the key is over its limit,
    records nothing and returns the seconds to wait. Keys idle for a minute are dropped,
    so memory stays bounded by the members active in the last minute.
    """

    WINDOW = 60.0

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic):
        self.per_minute = per_minute
        self.clock = clock
        self._events: dict[str, deque[float]] = {}
        self._last_sweep = clock()

    def hit(self, key: str) -> float:
        if self.per_minute <= 0:
            return 0.0
        now = self.clock()
        self._sweep(now)
        events = self._events.setdefault(key, deque())
        while events and now - events[0] >= self.WINDOW:
            events.popleft()
        if len(events) >= self.per_minute:
            return max(0.1, self.WINDOW - (now - events[0]))
        events.append(now)
        return 0.0

    def __len__(self) -> int:
        return len(self._events)

    def _sweep(self, now: float) -> None:
        if now - self._last_sweep < self.WINDOW:
            return
        self._last_sweep = now
        for key in [k for k, v in self._events.items() if not v or now - v[-1] >= self.WINDOW]:
            del self._events[key]
