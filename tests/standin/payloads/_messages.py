"""MESSAGE_CREATE payloads: a member's message, a mention of the bot, a reply."""

from __future__ import annotations

from typing import Any

from ._ids import now_iso, snowflake
from ._people import Person


class MessageBuilders:
    """Builds the messages members post; mixed into `World`."""

    app_id: str
    guild_id: str
    bot_user: dict[str, Any]
    bot_member: Person
    default_member: Person
    channel: dict[str, Any]
    members: dict[str, Person]
    roles: dict[str, dict[str, Any]]

    def mention(
        self,
        content: str,
        user: Person | None = None,
        channel: dict[str, Any] | None = None,
        reference: Any = None,
        *,
        ping: bool = True,
    ) -> dict[str, Any]:
        """A MESSAGE_CREATE from `user` mentioning the bot.

        `reference` (a message payload or StoredMessage) makes it a reply (type 19). A pinging
        reply to the bot mentions it the way Discord clients do: in `mentions`, not in the
        content. Otherwise "<@bot>" is prefixed unless the content already has it.
        """
        referenced = reference.payload() if hasattr(reference, "payload") else reference
        replying_to_bot = bool(referenced) and referenced["author"]["id"] == self.app_id
        tag = f"<@{self.app_id}>"
        if ping and not replying_to_bot and tag not in content:
            content = f"{tag} {content}"
        payload = self.message(content, user, channel, referenced)
        if ping and replying_to_bot:
            bot = self.bot_member.payload(with_user=False, with_permissions=False)
            payload["mentions"].append({**self.bot_user, "member": bot})
        return payload

    def message(
        self,
        content: str,
        user: Person | None = None,
        channel: dict[str, Any] | None = None,
        reference: Any = None,
    ) -> dict[str, Any]:
        """A MESSAGE_CREATE from `user`; `mentions` is resolved from the content."""
        author = user or self.default_member
        channel = channel or self.channel
        mentioned = [p for p in self.members.values() if f"<@{p.id}>" in content]
        referenced = reference.payload() if hasattr(reference, "payload") else reference
        payload: dict[str, Any] = {
            "id": snowflake(),
            "type": 19 if referenced else 0,
            "channel_id": channel["id"],
            "guild_id": self.guild_id,
            "author": author.user,
            "member": author.payload(with_user=False, with_permissions=False),
            "content": content,
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": "@everyone" in content or "@here" in content,
            "mentions": [
                {**p.user, "member": p.payload(with_user=False, with_permissions=False)}
                for p in mentioned
            ],
            "mention_roles": [r for r in self.roles if f"<@&{r}>" in content],
            "attachments": [],
            "embeds": [],
            "components": [],
            "pinned": False,
            "flags": 0,
            "nonce": snowflake(),
        }
        if referenced:
            payload["message_reference"] = {
                "type": 0,
                "message_id": referenced["id"],
                "channel_id": referenced["channel_id"],
                "guild_id": self.guild_id,
            }
            payload["referenced_message"] = referenced
        return payload
