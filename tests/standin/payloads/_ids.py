"""Snowflake ids and timestamps, as Discord sends them."""

from __future__ import annotations

import itertools
import time
from datetime import UTC, datetime

DISCORD_EPOCH_MS = 1_420_070_400_000

_counter = itertools.count()
_last_snowflake = 0


def snowflake() -> str:
    """A fresh, strictly increasing snowflake id, as Discord sends them (a string)."""
    global _last_snowflake
    stamp = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22 | (next(_counter) & 0xFFF)
    _last_snowflake = max(stamp, _last_snowflake + 1)
    return str(_last_snowflake)


def snowflake_on_shard(shard_id: int, shard_count: int) -> str:
    """A fresh snowflake for a guild that Discord routes to shard `shard_id` of `shard_count`
    (`(guild_id >> 22) % shard_count`); waits at most `shard_count` milliseconds."""
    while True:
        candidate = snowflake()
        if (int(candidate) >> 22) % shard_count == shard_id:
            return candidate


def now_iso() -> str:
    return datetime.now(UTC).isoformat()
