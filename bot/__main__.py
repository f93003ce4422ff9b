"""Run Steward: `python -m bot [--sync]` (or `steward`), configured from the environment or .env.

Exit codes: 0 after a clean shutdown, 1 when Discord or the engine refuses to start,
2 when the configuration is missing or invalid (without a token, it explains how to
create the bot and invite it).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

import discord
from pydantic import ValidationError

from knowledge import KnowledgeError, KnowledgeSettings

from .client import create_bot
from .settings import BotSettings

INVITE_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    create_public_threads=True,
    embed_links=True,
    read_message_history=True,
)

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


def configure_logging(level_name: str) -> None:
    """Our logs at the chosen level; discord.py's never below INFO, because its DEBUG logs
    carry gateway payloads (message content, user IDs)."""
    level = logging.getLevelName(level_name.upper())
    if not isinstance(level, int):
        level = logging.INFO
    discord.utils.setup_logging(level=level, root=True)
    logging.getLogger("discord").setLevel(max(level, logging.INFO))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sync", action="store_true", help="sync slash commands even if they look unchanged"
    )
    args = parser.parse_args(argv)
    try:
        settings = BotSettings()  # type: ignore[call-arg]  # DISCORD_TOKEN comes from the env
    except ValidationError as e:
        if _token_missing(e):
            print(SETUP, file=sys.stderr)
        else:
            print("Invalid bot settings:\n" + "\n".join(_problems(e)), file=sys.stderr)
        return 2
    try:
        knowledge = KnowledgeSettings()
    except ValidationError as e:
        print("Invalid knowledge settings:\n" + "\n".join(_problems(e)), file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
    log = logging.getLogger("bot")
    try:
        bot = create_bot(settings, knowledge, force_sync=args.sync)
    except KnowledgeError as e:
        print(f"steward: {e}", file=sys.stderr)
        return 1
    try:
        bot.run(settings.discord_token.get_secret_value(), log_handler=None)
    except discord.LoginFailure:
        log.error("Discord rejected DISCORD_TOKEN: reset it in the Developer Portal (Bot tab)")
        return 1
    except discord.PrivilegedIntentsRequired:
        log.error(
            "STEWARD_MESSAGE_CONTENT is on but the Message Content intent is not enabled "
            "for the bot in the Developer Portal (Bot tab)"
        )
        return 1
    finally:
        bot.analytics.close()
        bot.answers.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
