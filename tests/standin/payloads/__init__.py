"""Builders for complete, realistic Discord payloads (ids are snowflake strings).

A `World` is one application (its bot user) in one guild with an @everyone role,
a "Union Staff" role and a text channel. Its builders produce the payloads the
stand-in dispatches: `slash`, `click`, `mention`, plus `member`/`admin` people.

One module a Discord resource: `_ids` (snowflakes, timestamps), `_people` (users, roles,
members), `_channels`, `_messages`, `_interactions`, and `_world` (the World itself, with
the READY and GUILD_CREATE documents that describe it).
"""

from ._ids import DISCORD_EPOCH_MS, now_iso, snowflake, snowflake_on_shard
from ._people import (
    ADMINISTRATOR,
    ALL_PERMISSIONS,
    BOT_PERMISSIONS,
    EVERYONE_PERMISSIONS,
    STAFF_PERMISSIONS,
    Person,
    role_payload,
    user_payload,
)
from ._world import World

__all__ = [
    "ADMINISTRATOR",
    "ALL_PERMISSIONS",
    "BOT_PERMISSIONS",
    "DISCORD_EPOCH_MS",
    "EVERYONE_PERMISSIONS",
    "STAFF_PERMISSIONS",
    "Person",
    "World",
    "now_iso",
    "role_payload",
    "snowflake",
    "snowflake_on_shard",
    "user_payload",
]
