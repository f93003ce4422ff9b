"""A JSON Lines export read as the messages or records it holds.

A chat tool's export writes one JSON object a line ({"ts": "2026-12-01T09:31:02", "from":
{"name": "…", "role": "steward"}, "text": "Since 1 December the royalty is …"}). Read as
text, each message was buried in keys, ids and reactions, and its sentence split at the
quotes. Each object becomes a line as logs.py writes a chat's: its time and its sender
first, then what was said ("[2026-12-01, 09:31] Ada Quill (steward): Since 1 December …"),
which units.py reads as one message each. An object with no message (a record: a rate, a
booking) becomes one sentence of its fields ("code R-2, role reader, rate 46,500.00.").

A whole-JSON export is read the same way: an array of message objects (Slack writes a
channel's day so, each message's sender an id beside a "user_profile", its time "ts" Unix
seconds in a string, its mentions "<@U07SDL4NK>" and pings "<!here>" markup; a day of one
message is read too), or an object holding one ("messages": Telegram's export, whose texts
are lists of pieces, and Discord exporters'), its other scalar fields ("currency": "EUR";
not its "id" or "type") a sentence under its title. A sender's profile reads as the member's real or display name
(Slack's "name" is a handle), and so does a mention when the export has it; "has joined
the channel" notices are no messages.

Only a text most of whose lines are JSON objects, or that is one such export, is changed;
a line that is not one is kept as it is. Each line is parsed once by the json module, and
lines longer than MAX_LINE, or a whole export longer than MAX_DOCUMENT, are not parsed
(bounded cost).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

MIN_LINES = 2
SHARE = 0.8  # of the non-blank lines
MAX_LINE = 100_000
_TIME_KEYS = ("ts", "time", "timestamp", "date", "datetime", "created_at", "sent_at", "at")
_TEXT_KEYS = ("text", "message", "msg", "body", "content", "comment")
_SENDER_KEYS = ("from", "author", "user", "sender", "speaker", "username", "nick")
_NAME_KEYS = (
    "name",
    "real_name",
    "display_name",
    "displayName",
    "full_name",
    "handle",
    "username",
    "nick",
)
_PROFILE_NAME_KEYS = (  # a profile's (Slack's "user_profile"): its "name" is a handle
    "real_name",
    "display_name",
    "name",
    "displayName",
    "full_name",
    "handle",
    "username",
    "nick",
)
_ROLE_KEYS = ("role", "title")
_EPOCHS = (978_307_200, 4_102_444_800)  # 2001-01-01 to 2100-01-01, in seconds
_ISO = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})")
_EPOCH_TEXT = re.compile(r"^\d{9,10}(?:\.\d{1,6})?$")
_PROFILE_KEYS = ("user_profile", "author_profile")  # Slack: beside "user": "U07SDL0R1"
_MARKUP = re.compile(  # Slack's markup: a member, a channel-wide ping, a link
    r"<(?:@([A-Z0-9]{2,20})(?:\|[^<>]{0,80})?|!(here|channel|everyone)[^<>]{0,40}"
    r"|(https?://[^<>|\s]{1,500})(?:\|([^<>]{1,200}))?)>"
)
MAX_DOCUMENT = 5_000_000  # characters of a whole-JSON export read
MAX_PIECES = 1_000
_LISTS = ("messages", "items", "records", "entries", "data", "rows", "results")
_META_KEYS = ("id", "type")  # an export's own, not what it says ("type": "private_group")


def json_object(line: str) -> dict[str, Any] | None:
    s = line.strip()
    if not (s.startswith("{") and s.endswith("}")) or len(s) > MAX_LINE:
        return None
    try:
        value = json.loads(s)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((obj[k] for k in keys if obj.get(k) not in (None, "")), None)


def _sender(value: Any, keys: tuple[str, ...] = _NAME_KEYS) -> str:
    """A sender's name (the first of `keys` it has) and role, or what it is called."""
    if isinstance(value, dict):
        name = _first(value, keys)
        role = _first(value, _ROLE_KEYS)
        name = str(name) if isinstance(name, (str, int)) else ""
        return f"{name} ({role})" if name and isinstance(role, str) else name
    return str(value) if isinstance(value, (str, int)) else ""


def when_text(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # Unix seconds, or milliseconds: a time since 2001 (not a count or an id)
        seconds = value / 1000 if value > 1e11 else value
        if _EPOCHS[0] <= seconds <= _EPOCHS[1]:
            return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%d, %H:%M UTC")
        return ""
    if isinstance(value, str) and _EPOCH_TEXT.match(value):  # Slack's "1796112131.000200"
        return when_text(float(value))
    m = _ISO.match(value) if isinstance(value, str) else None
    return f"{m.group(1)}, {m.group(2)}" if m else (value if isinstance(value, str) else "")


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool) and value != ""


def _fields(obj: dict[str, Any], prefix: str = "") -> list[str]:
    """An object's scalar fields as "key value", a nested object's as "key.sub value", a
    list of scalars as its values joined."""
    out: list[str] = []
    for key, value in obj.items():
        name = f"{prefix}{key}"
        if _scalar(value):
            out.append(f"{name} {value}")
        elif isinstance(value, dict) and not prefix:  # one level down
            out += _fields(value, f"{name}.")
        elif isinstance(value, list) and value and all(map(_scalar, value)):
            out.append(f"{name} {', '.join(map(str, value))}")
    return out


def _said(value: Any, names: dict[str, str]) -> Any:
    """A message's text: Telegram's list of plain and marked pieces joined; Slack's
    mentions ("<@U07SDL4NK>", "<!here>") and links ("<https://…|the form>") as they show."""
    if isinstance(value, list):
        value = "".join(
            p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, dict) else ""
            for p in value[:MAX_PIECES]
        )
    if not isinstance(value, str) or "<" not in value:
        return value
    return _MARKUP.sub(lambda m: _shown(m, names), value)


def _shown(m: re.Match[str], names: dict[str, str]) -> str:
    if m.group(1):  # a member: their name, when the export has it
        return "@" + names.get(m.group(1), m.group(1))
    if m.group(2):
        return "@" + m.group(2)
    return m.group(4) or m.group(3)


def _line(obj: dict[str, Any], names: dict[str, str] | None = None) -> str:
    if str(obj.get("subtype", "")).endswith(("_join", "_leave")):
        return ""  # "<@U07…> has joined the channel": no message
    said = _said(_first(obj, _TEXT_KEYS), names or {})
    profile = _first(obj, _PROFILE_KEYS)
    sender = profile or _first(obj, _SENDER_KEYS)
    when = when_text(_first(obj, _TIME_KEYS))
    # a message has its sender or its time; a record with a "text" field is a record
    if isinstance(said, str) and (sender is not None or when):
        who = _sender(sender, _PROFILE_NAME_KEYS if profile else _NAME_KEYS)
        stamp = f"[{when}] " if when else ""
        return f"{stamp}{who}: {said}" if who else f"{stamp}{said}"
    fields = _fields({k: v for k, v in obj.items() if k not in _TIME_KEYS})
    head = f"{when}: " if when else ""
    return f"{head}{', '.join(fields)}." if fields else ""


def _slack(obj: dict[str, Any]) -> bool:
    return obj.get("type") == "message" and "ts" in obj


def _exported(text: str) -> tuple[str, str, list[dict[str, Any]]] | None:
    """A whole-JSON chat export's title, header sentence and messages: an array of objects
    (Slack's channel-day files), or an object with one (Telegram's and Discord exporters'
    "messages"), whose other scalar fields are the header; else None."""
    s = text.strip()
    if len(s) > MAX_DOCUMENT or s[:1] not in "[{":
        return None
    try:
        value = json.loads(s)
    except (ValueError, RecursionError):
        return None
    title = header = ""
    if isinstance(value, dict):
        key = next((k for k in ("name", "title", "channel") if value.get(k) not in (None, "")), "")
        title = value[key] if isinstance(value.get(key), str) else ""
        rest = {k: v for k, v in value.items() if k not in (key, *_META_KEYS) and _scalar(v)}
        header = f"{', '.join(_fields(rest))}." if rest else ""
        value = next((value[k] for k in _LISTS if isinstance(value.get(k), list)), None)
    if not isinstance(value, list):
        return None
    found = [v for v in value if isinstance(v, dict)]
    if not found or len(found) < SHARE * len(value):
        return None
    if len(found) < MIN_LINES and not all(map(_slack, found)):
        return None
    return title, header, found


def _names(found: list[dict[str, Any]]) -> dict[str, str]:
    """Each member id's name, from the profiles the export carries beside its messages."""
    names: dict[str, str] = {}
    for obj in found:
        profile = _first(obj, _PROFILE_KEYS)
        user = obj.get("user")
        if isinstance(profile, dict) and isinstance(user, str):
            name = _first(profile, _PROFILE_NAME_KEYS)
            if isinstance(name, str):
                names.setdefault(user, name)
    return names


def jsonl_text(text: str) -> str:
    """`text` read as its messages or records when most of its lines are JSON objects, or
    when it is one JSON export of them; else unchanged."""
    head = text.lstrip()[:1]
    if head == "[" or (head == "{" and "\n{" not in text.strip()):
        exported = _exported(text)
        if exported is not None:
            title, header, found = exported
            names = _names(found)
            said = [x for x in (_line(o, names) for o in found) if x]
            top = [f"# {title}"] * bool(title) + [header] * bool(header)
            return "\n".join([*top, ""] * bool(top) + said) + "\n"
    if head != "{":
        return text
    lines = text.splitlines()
    parsed = [json_object(x) if x.strip() else None for x in lines]
    filled = [x for x in lines if x.strip()]
    count = sum(1 for p in parsed if p is not None)
    if count < MIN_LINES or count < SHARE * len(filled):
        return text
    out = [x if p is None else _line(p) for x, p in zip(lines, parsed, strict=True)]
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")
