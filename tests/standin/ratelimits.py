"""Discord's rate limits: per-route buckets with `X-RateLimit-*` headers, and a global limit.

A bucket is a route (method + path template) and its major parameter (the channel, the
guild, or the webhook and its token). Each answer carries the bucket's headers; a request
over a bucket's limit, or over the global limit, gets 429 with `retry_after` (and the
`Via` header, without which discord.py takes a 429 for a Cloudflare ban). Interaction
callbacks are not limited. The numbers are Discord's usual ones, and can be set per test.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from typing import Any

from .schema import route_of

MAJOR = ("channel_id", "guild_id", "webhook_id", "webhook_token")
# (method, path template) -> (requests, per seconds)
ROUTE_LIMITS: dict[tuple[str, str], tuple[int, float]] = {
    ("POST", "/channels/{channel_id}/messages"): (5, 5.0),
    ("POST", "/webhooks/{webhook_id}/{webhook_token}"): (5, 2.0),
    ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original"): (5, 2.0),
    ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"): (5, 2.0),
}
DEFAULT_LIMIT = (50, 1.0)
GLOBAL_LIMIT = (50, 1.0)


class RateLimited(Exception):
    def __init__(self, retry_after: float, is_global: bool, headers: dict[str, str]) -> None:
        super().__init__(f"429 retry after {retry_after:.3f}s")
        self.retry_after, self.is_global, self.headers = retry_after, is_global, headers

    def body(self) -> dict[str, Any]:
        return {
            "message": "You are being rate limited.",
            "retry_after": round(self.retry_after, 3),
            "global": self.is_global,
            "code": 0,
        }


@dataclass
class _Window:
    limit: int
    per: float
    used: int = 0
    reset_at: float = 0.0

    def take(self, now: float) -> float:
        """0.0 when a request fits in the window (and takes it), else the seconds to wait."""
        if now >= self.reset_at:
            self.used, self.reset_at = 0, now + self.per
        if self.used >= self.limit:
            return self.reset_at - now
        self.used += 1
        return 0.0


@dataclass
class RateLimits:
    """The stand-in's limits; `exceeded` lists (method, path) of every 429 it answered."""

    routes: dict[tuple[str, str], tuple[int, float]] = field(
        default_factory=lambda: dict(ROUTE_LIMITS)
    )
    default: tuple[int, float] = DEFAULT_LIMIT
    global_limit: tuple[int, float] = GLOBAL_LIMIT
    exceeded: list[tuple[str, str]] = field(default_factory=list)
    _buckets: dict[tuple[str, ...], _Window] = field(default_factory=dict)
    _global: _Window | None = None

    def hit(self, method: str, path: str) -> dict[str, str]:
        """Count a request; its `X-RateLimit-*` headers, or `RateLimited`."""
        template = route_of(path)
        if template is None or template.startswith("/interactions/"):
            return {}
        now = time.monotonic()
        if self._global is None:
            self._global = _Window(*self.global_limit)
        wait = self._global.take(now)
        if wait:
            self.exceeded.append((method, path))
            raise RateLimited(wait, True, {"X-RateLimit-Global": "true", **self._retry(wait)})
        key = (method, template, *_major(template, path))
        limit, per = self.routes.get((method, template), self.default)
        window = self._buckets.setdefault(key, _Window(limit, per))
        wait = window.take(now)
        headers = self._headers(key, window, now)
        if wait:
            self._global.used -= 1  # a refused request does not count globally
            self.exceeded.append((method, path))
            raise RateLimited(wait, False, {**headers, **self._retry(wait)})
        return headers

    @staticmethod
    def _retry(wait: float) -> dict[str, str]:
        return {"Retry-After": str(max(1, round(wait))), "Via": "1.1 google"}

    @staticmethod
    def _headers(key: tuple[str, ...], window: _Window, now: float) -> dict[str, str]:
        after = max(0.0, window.reset_at - now)
        return {
            "X-RateLimit-Limit": str(window.limit),
            "X-RateLimit-Remaining": str(window.limit - window.used),
            "X-RateLimit-Reset": f"{time.time() + after:.3f}",
            "X-RateLimit-Reset-After": f"{after:.3f}",
            "X-RateLimit-Bucket": hashlib.sha1("|".join(key[:2]).encode()).hexdigest()[:16],
        }


def _major(template: str, path: str) -> list[str]:
    """The values of the route's major parameters in `path`."""
    names = template.strip("/").split("/")
    values = path.strip("/").split("/")
    return [v for n, v in zip(names, values, strict=False) if n.strip("{}") in MAJOR]
