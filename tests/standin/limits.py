"""The limits Discord enforces, and its error answers (`ApiError`).

Form errors come back as Discord sends them: 400, code 50035 "Invalid Form Body",
with an `errors` tree such as {"content": {"_errors": [{"code": ..., "message": ...}]}}.
"""

from __future__ import annotations

import re
from typing import Any

CONTENT_MAX = 2000
EMBEDS_MAX = 10
EMBED_TOTAL_MAX = 6000
EMBED_LIMITS = {"title": 256, "description": 4096}
FIELDS_MAX = 25
FIELD_LIMITS = {"name": 256, "value": 1024}
FOOTER_MAX = 2048
AUTHOR_MAX = 256
ACTION_ROWS_MAX = 5
ROW_ITEMS_MAX = 5
CUSTOM_ID_MAX = 100
LABEL_MAX = 80
LINK, PREMIUM = 5, 6  # button styles without a custom_id: a url, or an sku_id
COMPONENTS_V2 = 1 << 15
COMMANDS_MAX = 100
COMMAND_NAME = re.compile(r"^[-_'\w]{1,32}$")

# Discord JSON error codes used by the stand-in.
UNKNOWN_CHANNEL = 10003
UNKNOWN_MESSAGE = 10008
UNKNOWN_WEBHOOK = 10015
UNKNOWN_INTERACTION = 10062
ALREADY_ACKNOWLEDGED = 40060
CANNOT_EDIT_OTHERS = 50005
EMPTY_MESSAGE = 50006
INVALID_WEBHOOK_TOKEN = 50027
INVALID_FORM_BODY = 50035
THREAD_ALREADY_CREATED = 160004


class ApiError(Exception):
    """An error answer: HTTP status plus Discord's JSON {code, message[, errors]}."""

    def __init__(
        self, status: int, code: int, message: str, errors: dict[str, Any] | None = None
    ) -> None:
        super().__init__(f"{status} {code} {message}")
        self.status, self.code, self.message, self.errors = status, code, message, errors

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"message": self.message, "code": self.code}
        if self.errors:
            body["errors"] = self.errors
        return body


class _Form:
    """Collects field errors into Discord's nested `_errors` tree."""

    def __init__(self) -> None:
        self.errors: dict[str, Any] = {}

    def add(self, path: tuple[str | int, ...], code: str, message: str) -> None:
        node = self.errors
        for part in path:
            node = node.setdefault(str(part), {})
        node.setdefault("_errors", []).append({"code": code, "message": message})

    def max_length(self, path: tuple[str | int, ...], value: Any, limit: int) -> None:
        if value is not None and len(value) > limit:
            self.add(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")

    def raise_if_any(self) -> None:
        if self.errors:
            raise ApiError(400, INVALID_FORM_BODY, "Invalid Form Body", self.errors)


def check_message(body: dict[str, Any], *, creating: bool, has_files: bool = False) -> None:
    """Reject a message body the way Discord would (content, embeds, components, emptiness)."""
    form = _Form()
    content = body.get("content")
    if content is not None and not isinstance(content, str):
        form.add(("content",), "BASE_TYPE_STRING", "Must be a string.")
    else:
        form.max_length(("content",), content, CONTENT_MAX)
    _check_embeds(form, body.get("embeds") or [])
    if not (body.get("flags") or 0) & COMPONENTS_V2:
        _check_components(form, body.get("components") or [])
    mentions = body.get("allowed_mentions") or {}
    for kind in ("users", "roles"):
        if kind in (mentions.get("parse") or []) and mentions.get(kind):
            form.add(
                ("allowed_mentions",),
                "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                f'parse:["{kind}"] and {kind}: [ids...] are mutually exclusive.',
            )
    form.raise_if_any()
    keys = ("content", "embeds", "components", "attachments", "sticker_ids", "poll")
    if creating and not has_files and not any(body.get(k) for k in keys):
        raise ApiError(400, EMPTY_MESSAGE, "Cannot send an empty message")


def _check_embeds(form: _Form, embeds: list[dict[str, Any]]) -> None:
    if len(embeds) > EMBEDS_MAX:
        form.add(("embeds",), "BASE_TYPE_MAX_LENGTH", f"Must be {EMBEDS_MAX} or fewer in length.")
    total = 0
    for i, embed in enumerate(embeds):
        for key, limit in EMBED_LIMITS.items():
            form.max_length(("embeds", i, key), embed.get(key), limit)
            total += len(embed.get(key) or "")
        fields = embed.get("fields") or []
        if len(fields) > FIELDS_MAX:
            form.add(
                ("embeds", i, "fields"),
                "BASE_TYPE_MAX_LENGTH",
                f"Must be {FIELDS_MAX} or fewer in length.",
            )
        for j, fld in enumerate(fields):
            for key, limit in FIELD_LIMITS.items():
                value = fld.get(key)
                if not value:
                    form.add(
                        ("embeds", i, "fields", j, key),
                        "BASE_TYPE_REQUIRED",
                        "This field is required",
                    )
                form.max_length(("embeds", i, "fields", j, key), value, limit)
                total += len(value or "")
        footer = (embed.get("footer") or {}).get("text")
        author = (embed.get("author") or {}).get("name")
        form.max_length(("embeds", i, "footer", "text"), footer, FOOTER_MAX)
        form.max_length(("embeds", i, "author", "name"), author, AUTHOR_MAX)
        total += len(footer or "") + len(author or "")
    if total > EMBED_TOTAL_MAX:
        form.add(
            ("embeds",),
            "MAX_EMBED_SIZE_EXCEEDED",
            f"Embed size exceeds maximum size of {EMBED_TOTAL_MAX}",
        )


def _check_components(form: _Form, rows: list[dict[str, Any]]) -> None:
    if len(rows) > ACTION_ROWS_MAX:
        form.add(
            ("components",),
            "BASE_TYPE_MAX_LENGTH",
            f"Must be {ACTION_ROWS_MAX} or fewer in length.",
        )
    seen: set[str] = set()
    for i, row in enumerate(rows):
        items = row.get("components") or []
        if row.get("type") != 1 or not items or len(items) > ROW_ITEMS_MAX:
            form.add(
                ("components", i),
                "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
                "An action row must hold 1 to 5 components.",
            )
        for j, item in enumerate(items):
            custom_id = item.get("custom_id")
            form.max_length(
                ("components", i, "components", j, "custom_id"), custom_id, CUSTOM_ID_MAX
            )
            form.max_length(
                ("components", i, "components", j, "label"), item.get("label"), LABEL_MAX
            )
            if item.get("type") == 2 and (item.get("style") == LINK) != bool(item.get("url")):
                form.add(
                    ("components", i, "components", j),
                    "BUTTON_COMPONENT_URL_REQUIRED"
                    if item.get("style") == LINK
                    else "BUTTON_COMPONENT_INVALID_URL",
                    "A link button needs a url, and only a link button may have one.",
                )
            if (
                item.get("type") == 2
                and item.get("style") != PREMIUM
                and (item.get("style") == LINK) == bool(custom_id)
            ):
                form.add(
                    ("components", i, "components", j, "custom_id"),
                    "BUTTON_COMPONENT_CUSTOM_ID_REQUIRED"
                    if custom_id is None
                    else "BUTTON_COMPONENT_CUSTOM_ID_INVALID",
                    "A button has a custom_id unless it is a link button.",
                )
            if custom_id in seen:
                form.add(
                    ("components", i, "components", j, "custom_id"),
                    "COMPONENT_CUSTOM_ID_DUPLICATED",
                    "Component custom id cannot be duplicated",
                )
            if custom_id:
                seen.add(custom_id)


def check_commands(commands: list[dict[str, Any]]) -> None:
    """Reject a bulk command overwrite the way Discord would (names, descriptions, counts)."""
    form = _Form()
    if len(commands) > COMMANDS_MAX:
        form.add((), "BASE_TYPE_MAX_LENGTH", f"Must be {COMMANDS_MAX} or fewer in length.")
    seen: set[tuple[int, str]] = set()
    for i, command in enumerate(commands):
        kind = command.get("type", 1)
        _check_named(form, (i,), command, slash=kind == 1)
        if (kind, command.get("name", "")) in seen:
            form.add(
                (i, "name"),
                "APPLICATION_COMMANDS_DUPLICATE_NAME",
                "Application command names must be unique",
            )
        seen.add((kind, command.get("name", "")))
        options = command.get("options") or []
        if len(options) > FIELDS_MAX:
            form.add((i, "options"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
        for j, option in enumerate(options):
            _check_named(form, (i, "options", j), option, slash=True)
    form.raise_if_any()


def _check_named(
    form: _Form, path: tuple[str | int, ...], item: dict[str, Any], *, slash: bool
) -> None:
    name = item.get("name") or ""
    if slash and (not COMMAND_NAME.match(name) or name != name.lower()):
        form.add((*path, "name"), "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
    description = item.get("description") or ""
    if slash and not 1 <= len(description) <= 100:
        form.add(
            (*path, "description"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."
        )
