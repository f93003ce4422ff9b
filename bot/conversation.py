"""Conversations read back from Discord: the question in a message and the earlier turns.

Nothing is kept by the bot: a follow-up's history is rebuilt from the messages Discord
holds (a thread's recent messages, or the chain of replies), so it survives restarts.
A turn is a member's question followed by Steward's answer (the descriptions of its
answer embeds).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_MENTION = re.compile(r"<@(!|&)?(\d+)>")


def question_text(content: str, bot_id: int | None, bot_roles: Iterable[int] = ()) -> str:
    """The message's text without the mentions of the bot, as a user or as its own role
    (Discord clients sometimes pick the bot's managed role); other mentions are kept."""
    roles = set(bot_roles)

    def drop(m: re.Match[str]) -> str:
        target = int(m.group(2))
        if m.group(1) == "&":
            return " " if target in roles else m.group(0)
        return " " if target == bot_id else m.group(0)

    return " ".join(_MENTION.sub(drop, content or "").split())


def answer_text(message: Any) -> str:
    """The answer in one of Steward's messages: its embeds' descriptions, in order."""
    return "\n\n".join(e.description for e in getattr(message, "embeds", []) if e.description)


def turns(messages: Iterable[Any], bot_id: int, limit: int) -> list[tuple[str, str]]:
    """(question, answer) pairs from messages in chronological order, the last `limit`.

    Steward's message with embeds answers the member's message it replies to, or else the
    latest member's message with text (the first answer in a thread, the later pages of a
    long answer). Steward's messages without embeds (refusals, errors) and members'
    messages without text (no content intent, no mention) are ignored.
    """
    questions: dict[Any, str] = {}
    pairs: list[tuple[Any, str, list[str]]] = []
    latest: Any = None
    for message in messages:
        if getattr(message.author, "id", None) == bot_id:
            text = answer_text(message)
            reference = getattr(getattr(message, "reference", None), "message_id", None)
            key = reference if reference in questions else latest
            if not text or key is None:
                continue
            if pairs and pairs[-1][0] == key:
                pairs[-1][2].append(text)
            else:
                pairs.append((key, questions[key], [text]))
            continue
        text = question_text(getattr(message, "content", ""), bot_id)
        if text:
            questions[message.id] = text
            latest = message.id
    if limit <= 0:
        return []
    return [(question, "\n\n".join(parts)) for _, question, parts in pairs[-limit:]]
