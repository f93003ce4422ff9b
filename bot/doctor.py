"""`python -m bot doctor` (or `steward doctor`): check everything Steward needs, in one table.

    check                 status   found / how to fix
    settings              ok       bot and knowledge settings are valid
    discord token         problem  token rejected: reset it in the Developer Portal ...

The checks: the settings, the Discord token, the intents, the bot's permissions in each
server it is in, the Chroma server (when CHROMA_HOST is set), the index and the LLM
endpoint. Discord is asked over plain HTTP at `discord.http.Route.BASE` (so a stand-in can
answer); nothing is changed anywhere. Exit code 0 when every check is ok, 1 otherwise.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import aiohttp
import discord
from pydantic import ValidationError

from knowledge import Health, KnowledgeSettings, check_health

from .settings import BotSettings

# What Steward needs in a server, by discord.Permissions attribute, with the portal's names.
REQUIRED = {
    "view_channel": "View Channels",
    "send_messages": "Send Messages",
    "send_messages_in_threads": "Send Messages in Threads",
    "create_public_threads": "Create Public Threads",
    "embed_links": "Embed Links",
    "read_message_history": "Read Message History",
}
INVITE_PERMISSIONS = discord.Permissions(**dict.fromkeys(REQUIRED, True))
MESSAGE_CONTENT_FLAGS = (
    discord.ApplicationFlags.gateway_message_content.flag
    | discord.ApplicationFlags.gateway_message_content_limited.flag
)
DISCORD_SECONDS = 10.0


Row = Health  # one check's line: what it found (ok), or how to fix it (problem)


def run_doctor(env: Path | None) -> int:
    """Run every check with the settings from `env` (a .env file), print the table."""
    rows = asyncio.run(diagnose(env))
    print(table(rows))
    return 0 if all(r.ok for r in rows) else 1


async def diagnose(env: Path | None) -> list[Row]:
    rows: list[Row] = []
    bot: BotSettings | None = None
    knowledge: KnowledgeSettings | None = None
    try:
        bot = BotSettings(_env_file=env)  # type: ignore[call-arg]
    except ValidationError as e:
        rows += _invalid("bot settings", e)
    try:
        knowledge = KnowledgeSettings(_env_file=env)  # type: ignore[call-arg]
    except ValidationError as e:
        rows += _invalid("knowledge settings", e)
    if bot is not None and knowledge is not None:
        rows.append(Row("settings", True, f"valid ({env if env and env.is_file() else 'env'})"))
    if bot is not None:
        rows += await discord_checks(bot)
    if knowledge is not None:
        health = await asyncio.to_thread(check_health, knowledge)
        rows += health
    return rows


async def discord_checks(settings: BotSettings) -> list[Row]:
    """The token, the intents and the permissions in each server, asked of Discord."""
    headers = {
        "Authorization": f"Bot {settings.discord_token.get_secret_value()}",
        "User-Agent": "DiscordBot (https://github.com/steward, doctor)",
    }
    timeout = aiohttp.ClientTimeout(total=DISCORD_SECONDS)
    async with aiohttp.ClientSession(headers=headers, timeout=timeout) as http:
        try:
            status, me = await _get(http, "/users/@me")
        except (aiohttp.ClientError, OSError, TimeoutError) as e:
            return [
                Row(
                    "discord",
                    False,
                    f"cannot reach Discord ({type(e).__name__}): check this machine's network, "
                    "DNS and proxy; token, intents and permissions not checked",
                )
            ]
        if status == 401:
            return [
                Row(
                    "discord token",
                    False,
                    "token rejected: reset it in the Developer Portal (Bot tab, Reset Token) "
                    "and set DISCORD_TOKEN",
                )
            ]
        if status != 200:
            return [Row("discord token", False, f"Discord answered HTTP {status}; try again later")]
        rows = [Row("discord token", True, f"valid: bot {me.get('username')} (id {me.get('id')})")]
        rows.append(await _intents(http, settings))
        rows += await _permissions(http)
        return rows


async def _intents(http: aiohttp.ClientSession, settings: BotSettings) -> Row:
    if not settings.message_content:
        return Row("intents", True, "guilds and messages only: no privileged intent needed")
    status, app = await _get(http, "/oauth2/applications/@me")
    if status != 200:
        return Row("intents", False, f"cannot read the application (HTTP {status})")
    if int(app.get("flags") or 0) & MESSAGE_CONTENT_FLAGS:
        return Row("intents", True, "Message Content is enabled (STEWARD_MESSAGE_CONTENT=true)")
    return Row(
        "intents",
        False,
        "STEWARD_MESSAGE_CONTENT=true but the Message Content intent is off: enable it in the "
        "Developer Portal (Bot tab, Privileged Gateway Intents) or unset the setting",
    )


async def _permissions(http: aiohttp.ClientSession) -> list[Row]:
    status, guilds = await _get(http, "/users/@me/guilds")
    if status != 200:
        return [Row("servers", False, f"cannot list the bot's servers (HTTP {status})")]
    if not guilds:
        return [
            Row(
                "servers",
                False,
                "the bot is in no server: invite it with the scopes bot and "
                f"applications.commands and permissions={INVITE_PERMISSIONS.value}",
            )
        ]
    rows = []
    for guild in guilds:
        name = f"server {guild.get('name')!r}"
        granted = discord.Permissions(int(guild.get("permissions") or 0))
        missing = [
            label
            for attribute, label in REQUIRED.items()
            if not (granted.administrator or getattr(granted, attribute))
        ]
        if missing:
            rows.append(
                Row(
                    name,
                    False,
                    f"missing {', '.join(missing)}: grant them to the bot's role in Server "
                    "Settings > Roles (or re-invite it with the permissions above)",
                )
            )
        else:
            rows.append(Row(name, True, "every permission Steward needs"))
    return rows


async def _get(http: aiohttp.ClientSession, path: str) -> tuple[int, Any]:
    async with http.get(discord.http.Route.BASE + path) as response:
        body = await response.json(content_type=None) if response.status == 200 else None
        return response.status, body


def _invalid(what: str, error: ValidationError) -> list[Row]:
    rows = []
    for e in error.errors():
        where = ".".join(str(part) for part in e["loc"]) or what
        fix = "set DISCORD_TOKEN (see `python -m bot` for how)" if "TOKEN" in where.upper() else ""
        rows.append(Row(f"{what}: {where}", False, f"{e['msg']}{'; ' + fix if fix else ''}"))
    return rows


def table(rows: list[Row]) -> str:
    width = max(len("check"), *(len(r.check) for r in rows))
    lines = [f"{'check':<{width}}  status   found / how to fix"]
    lines += [f"{r.check:<{width}}  {'ok' if r.ok else 'problem':<7}  {r.detail}" for r in rows]
    problems = sum(not r.ok for r in rows)
    lines.append(f"{problems} problem{'s' if problems != 1 else ''}" if problems else "all ok")
    return "\n".join(lines)
