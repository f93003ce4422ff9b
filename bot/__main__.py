"""Run Steward: `python -m bot [--sync]` (or `steward`), configured from the environment or .env.

`python -m bot doctor` (or `steward doctor`) checks the settings, Discord, the index, the
Chroma server and the LLM endpoint instead, prints a table, and exits 1 on any problem.

Exit codes: 0 after a clean shutdown, 1 when Discord or the engine refuses to start,
2 when the configuration is missing or invalid (without a token, it explains how to
create the bot and invite it).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence

import aiohttp
import discord
from pydantic import ValidationError

from knowledge import KnowledgeError, KnowledgeSettings
from knowledge.settings import env_file

from .client import create_bot
from .doctor import INVITE_PERMISSIONS, run_doctor
from .settings import BotSettings

SETUP = f"""\
Steward needs a Discord bot token: set DISCORD_TOKEN in the environment or in .env.

To create the bot and invite it:
  1. Open https://discord.com/developers/applications, click "New Application", name it Steward.
  2. In "Bot", click "Reset Token" and copy the token into .env:  DISCORD_TOKEN=...
     Keep it secret. No privileged intent is needed (Message Content only if you set
     STEWARD_MESSAGE_CONTENT=true).
  3. Invite it: in "OAuth2 > URL Generator" tick the scopes "bot" and
     "applications.commands" and the permissions View Channels, Send Messages, Send Messages
     in Threads, Create Public Threads, Embed Links and Read Message History; open the URL.
     Or open, with your Application ID from "General Information":
     https://discord.com/oauth2/authorize?client_id=APPLICATION_ID&scope=bot+applications.commands&permissions={INVITE_PERMISSIONS.value}
  4. Optional, while testing: DEV_GUILD_ID=<your server's id> makes commands appear at once.

Then run:  python -m bot"""


def _problems(error: ValidationError) -> list[str]:
    """One line per invalid setting, without the values (a value could be a secret)."""
    return [
        f"  {'.'.join(str(part) for part in e['loc']) or 'settings'}: {e['msg']}"
        for e in error.errors()
    ]


def _token_missing(error: ValidationError) -> bool:
    return any(
        str(part).upper() == "DISCORD_TOKEN" or part == "discord_token"
        for e in error.errors()
        for part in e["loc"]
    )


OWN_LOGGERS = ("bot", "knowledge")


def configure_logging(level_name: str, debug_loggers: Sequence[str] = ()) -> None:
    """Steward's own logs at the chosen level; every other library's never below INFO.

    Third-party DEBUG logs carry what members wrote: the OpenAI client (and httpx/httpcore
    under it) logs whole prompts, discord.py logs gateway payloads. A logger named in
    `debug_loggers` (STEWARD_DEBUG_LOGGERS) follows the chosen level anyway.
    """
    level = logging.getLevelName(level_name.upper())
    if not isinstance(level, int):
        level = logging.INFO
    discord.utils.setup_logging(level=max(level, logging.INFO), root=True)
    logging.getLogger("discord").setLevel(max(level, logging.INFO))
    for name in (*OWN_LOGGERS, *debug_loggers):
        logging.getLogger(name).setLevel(level)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__.split("\n")[0])
    parser.add_argument(
        "command",
        nargs="?",
        choices=("run", "doctor"),
        default="run",
        help="run the bot (default), or doctor: check everything it needs and print a table",
    )
    parser.add_argument(
        "--sync", action="store_true", help="sync slash commands even if they look unchanged"
    )
    args = parser.parse_args(argv)
    try:
        env = env_file()
    except KnowledgeError as e:
        print(f"steward: {e}", file=sys.stderr)
        return 2
    if args.command == "doctor":
        return run_doctor(env)
    try:
        settings = BotSettings(_env_file=env)  # type: ignore[call-arg]  # token from the env
    except ValidationError as e:
        if _token_missing(e):
            print(SETUP, file=sys.stderr)
        else:
            print("Invalid bot settings:\n" + "\n".join(_problems(e)), file=sys.stderr)
        return 2
    try:
        knowledge = KnowledgeSettings(_env_file=env)  # type: ignore[call-arg]
    except ValidationError as e:
        print("Invalid knowledge settings:\n" + "\n".join(_problems(e)), file=sys.stderr)
        return 2
    configure_logging(settings.log_level, settings.debug_loggers)
    try:
        bot = create_bot(settings, knowledge, force_sync=args.sync)
    except KnowledgeError as e:
        print(f"steward: {e}", file=sys.stderr)
        return 1
    try:
        return asyncio.run(serve(bot, settings.discord_token.get_secret_value()))
    except KeyboardInterrupt:
        return 0
    finally:
        bot.analytics.close()
        bot.answers.close()


async def serve(bot: discord.Client, token: str) -> int:
    """Run `bot` until it stops; a refusal by Discord is one logged line and exit code 1."""
    log = logging.getLogger("bot")
    try:
        async with bot:
            await bot.start(token)
    except discord.LoginFailure:
        log.error("Discord rejected DISCORD_TOKEN: reset it in the Developer Portal (Bot tab)")
        return 1
    except discord.PrivilegedIntentsRequired:
        log.error(
            "STEWARD_MESSAGE_CONTENT is on but the Message Content intent is not enabled "
            "for the bot: enable it in the Developer Portal (Bot tab), or unset the setting"
        )
        return 1
    except (aiohttp.ClientConnectionError, OSError, TimeoutError) as e:
        log.error(
            "cannot reach Discord (%s): check this machine's network, DNS and proxy, "
            "then start Steward again",
            type(e).__name__,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
