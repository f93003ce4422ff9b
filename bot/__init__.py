"""Steward's Discord bot: /ask, mentions and DMs, sources and feedback buttons, admin tools.

    settings, knowledge = BotSettings(), KnowledgeSettings()
    create_bot(settings, knowledge).run(settings.discord_token.get_secret_value())

Or from a shell: `python -m bot` (the `steward` command). It uses only what
`knowledge` exports.
"""

from .client import StewardBot, create_bot
from .settings import BotSettings

__all__ = ["BotSettings", "StewardBot", "create_bot"]
