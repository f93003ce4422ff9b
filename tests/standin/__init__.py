"""A local stand-in for the Discord API, for end-to-end tests of discord.py bots.

    async with running_bot(bot) as standin:
        world = standin.world
        record = await standin.interact(world.slash("ask", {"question": "Who?"}))
        await standin.wait_for(lambda: record.followups)

Errors Discord would answer come back as `ApiError`s over HTTP (404/10062 for a late
ack, 400/50035 for a form over the limits); a crashed client surfaces as `BotCrashed`.
"""

from .harness import discord_pointed_at, running_bot
from .limits import ApiError
from .model import EPHEMERAL, InteractionRecord, Pings, RecordedRequest, Rejection, StoredMessage
from .payloads import ALL_PERMISSIONS, Person, World, snowflake
from .ratelimits import RateLimits
from .server import BotCrashed, StandIn

__all__ = [
    "ALL_PERMISSIONS",
    "EPHEMERAL",
    "ApiError",
    "BotCrashed",
    "InteractionRecord",
    "Person",
    "Pings",
    "RateLimits",
    "RecordedRequest",
    "Rejection",
    "StandIn",
    "StoredMessage",
    "World",
    "discord_pointed_at",
    "running_bot",
    "snowflake",
]
