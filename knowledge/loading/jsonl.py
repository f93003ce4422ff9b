"""A JSON Lines export read as the messages or records it holds.

A chat tool's export writes one JSON object a line ({"ts": "2026-12-01T09:31:02", "from":
{"name": "…", "role": "steward"}, "text": "Since 1 December the royalty is …"}). Read as
text, each message was buried in keys, ids and reactions, and its sentence split at the
quotes. Each object becomes a line as logs.py writes a chat's: its time and its sender
first, then what was said ("[2026-12-01, 09:31] Ada Quill (steward): Since 1 December …"),
which units.py reads as one message each. An object with no message (a record: a rate, a
booking) becomes one sentence of its fields ("code R-2, role reader, rate 46,500.00.").

Only a text most of whose lines are JSON objects is changed; a line that is not one is
kept as it is. Each line is parsed once by the json module, and lines longer than
MAX_LINE are not parsed (bounded cost).
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
_NAME_KEYS = ("name", "display_name", "displayName", "full_name", "handle", "username", "nick")
_ROLE_KEYS = ("role", "title")
_EPOCHS = (978_307_200, 4_102_444_800)  # 2001-01-01 to 2100-01-01, in seconds
_ISO = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})")


def _object(line: str) -> dict[str, Any] | None:
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


def _sender(value: Any) -> str:
    if isinstance(value, dict):
        name = _first(value, _NAME_KEYS)
        role = _first(value, _ROLE_KEYS)
        name = str(name) if isinstance(name, (str, int)) else ""
        return f"{name} ({role})" if name and isinstance(role, str) else name
    return str(value) if isinstance(value, (str, int)) else ""


def _when(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # Unix seconds, or milliseconds: a time since 2001 (not a count or an id)
        seconds = value / 1000 if value > 1e11 else value
        if _EPOCHS[0] <= seconds <= _EPOCHS[1]:
            return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%d, %H:%M UTC")
        return ""
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


def _line(obj: dict[str, Any]) -> str:
    said = _first(obj, _TEXT_KEYS)
    sender = _first(obj, _SENDER_KEYS)
    when = _when(_first(obj, _TIME_KEYS))
    # a message has its sender or its time; a record with a "text" field is a record
    if isinstance(said, str) and (sender is not None or when):
        who = _sender(sender)
        stamp = f"[{when}] " if when else ""
        return f"{stamp}{who}: {said}" if who else f"{stamp}{said}"
    fields = _fields({k: v for k, v in obj.items() if k not in _TIME_KEYS})
    head = f"{when}: " if when else ""
    return f"{head}{', '.join(fields)}." if fields else ""


def jsonl_text(text: str) -> str:
    """`text` read as its messages or records when most of its lines are JSON objects;
    else unchanged."""
    if not text.lstrip().startswith("{"):
        return text
    lines = text.splitlines()
    parsed = [_object(x) if x.strip() else None for x in lines]
    filled = [x for x in lines if x.strip()]
    found = sum(1 for p in parsed if p is not None)
    if found < MIN_LINES or found < SHARE * len(filled):
        return text
    out = [x if p is None else _line(p) for x, p in zip(lines, parsed, strict=True)]
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")
