"""The bot's guilds over REST: `GET /users/@me/guilds`, with the bot's guild-level
permissions in each (its roles' permissions; Administrator resolves to all), as Discord
answers a bot token. Every World of the stand-in is a guild the bot is in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

from .payloads import ADMINISTRATOR, ALL_PERMISSIONS, World
from .rest import API, json_response

if TYPE_CHECKING:
    from .server import StandIn


def bot_permissions(world: World) -> int:
    """@everyone's permissions plus those of the bot member's roles."""
    permissions = int(world.everyone["permissions"])
    for role_id in world.bot_member.roles:
        permissions |= int(world.roles[role_id]["permissions"])
    return ALL_PERMISSIONS if permissions & ADMINISTRATOR else permissions


def guild_routes(standin: StandIn) -> list[web.RouteDef]:
    async def my_guilds(request: web.Request) -> web.Response:
        return json_response(
            [
                {
                    "id": world.guild_id,
                    "name": world.guild_name,
                    "icon": None,
                    "banner": None,
                    "owner": False,
                    "permissions": str(bot_permissions(world)),
                    "features": [],
                    "approximate_member_count": len(world.members),
                    "approximate_presence_count": 0,
                }
                for world in standin.worlds
            ]
        )

    return [web.get(API + "/users/@me/guilds", my_guilds)]
