"""A Matrix room's export (Element, matrix.org) read as the messages its members sent.

Element's "Export chat" as JSON writes an object ({"room_name", "topic", "export_date",
"exported_by", "messages": [events]}); a client's `/messages` page holds them in "chunk";
a bare array or JSON Lines of events are read too. Read as text, each message was buried in
ids, timestamps in milliseconds and a second copy of itself as HTML. Each m.room.message
becomes a line as jsonl.py writes a chat's: its time (UTC), its sender's display name (the
latest m.room.member name before it, else the localpart of "@user:server"), then what was
said ("[2026-12-01, 09:31 UTC] Ada Quill: Since 1 December …"), which units.py reads as
one message each. The room's name heads it as a title, its topic and export a line.

A reply's fallback quote ("> <@user:server> …" and a blank line) is dropped, the quoted
message being a line of its own; an edit ("m.replace", by the same sender) shows its last
text on the message it edits and is not shown itself; a redacted message is not shown.
"formatted_body" is read, its tags dropped, only when "body" is missing. An emote reads
"Ada Quill: * Ada Quill waves" (a sender line, so that units.py reads it as a message); a
file, image, video or audio message as its file name in brackets ("[grille-2027.pdf]"), the
name saying what was shared; a notice as a message. A message's lines are joined into
its one line, a member's id or matrix.to link in it shows as their name, a link to a room
or a message as "(link)". Joins, reactions, name and topic changes, pins and receipts
are no messages; event, room and user ids are never written.

Only JSON whose objects are nearly all Matrix events ("type" "m.…" and "origin_server_ts"
or "event_id") with a message among them is changed. It is parsed once by the json module,
not past MAX_DOCUMENT characters (a line of JSON Lines not past MAX_LINE), and each pass
over it is linear."""

from __future__ import annotations

import html
import json
import re
from typing import Any
from urllib.parse import unquote

from .jsonl import MAX_DOCUMENT, SHARE, json_object, when_text

_MEDIA = ("m.image", "m.file", "m.video", "m.audio")
_LISTS = ("messages", "chunk", "events")
_STATE = ("m.room.name", "m.room.topic")
_FALLBACK = re.compile(r"> (?:\* )?<@[^>\s]{1,300}>")  # "> <@ada:example.org> quoted"
_BREAK = re.compile(r"</?(?:br|p|li|h\d|blockquote|pre|tr|div)\b[^<>]{0,200}>", re.I)
_TAG = re.compile(r"<[^<>]{0,2000}>")
_USER = re.compile(r"(?<![\w@])@[\w.=/+-]{1,255}:[\w-]{1,63}(?:\.[\w-]{1,63}){0,10}(?::\d{1,5})?")
_PERMALINK = re.compile(r"https://matrix\.to/#/([^\s<>()\[\]\"']{1,1000})")


def _event(value: Any) -> bool:
    """Whether `value` is a Matrix event: a type in Matrix's "m." namespace and its time
    or id ({"type": "m.room.message", "origin_server_ts": …, "content": {…}})."""
    if not isinstance(value, dict):
        return False
    kind, content = value.get("type"), value.get("content", {})
    stamped = "origin_server_ts" in value or "event_id" in value
    return isinstance(kind, str) and kind.startswith("m.") and stamped and isinstance(content, dict)


def _message(value: dict[str, Any]) -> bool:
    return value.get("type") == "m.room.message"


def _id(value: Any) -> str:
    """An event's id (or what `value` names), when it is one: no list or object as a key."""
    return value if isinstance(value, str) else ""


def _export(text: str) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """The export's own fields and its events, when `text` is a Matrix export; else None."""
    s = text.strip()
    if s[:1] not in ("[", "{") or len(s) > MAX_DOCUMENT or '"m.' not in s:
        return None
    try:
        value: Any = json.loads(s)
    except (ValueError, RecursionError):
        value = None
        if s[0] == "{":  # JSON Lines: an event a line
            lines = [x for x in s.splitlines() if x.strip()]
            value = [json_object(x) for x in lines]
    meta: dict[str, Any] = {}
    if isinstance(value, dict):
        listed = next((k for k in _LISTS if isinstance(value.get(k), list)), None)
        meta, value = (value, value[listed]) if listed else ({}, [value])
    if not isinstance(value, list):
        return None
    events = [v for v in value if _event(v)]
    if not any(map(_message, events)) or len(events) < SHARE * len(value):
        return None
    times = [e.get("origin_server_ts") for e in events]
    if all(isinstance(t, (int, float)) and not isinstance(t, bool) for t in times):
        events.sort(key=lambda e: e["origin_server_ts"])  # a /messages page runs backwards
    return meta, events


def _relation(content: dict[str, Any]) -> dict[str, Any]:
    relates = content.get("m.relates_to")
    return relates if isinstance(relates, dict) else {}


def _redacted(event: dict[str, Any], redactions: set[str]) -> bool:
    unsigned = event.get("unsigned")
    because = isinstance(unsigned, dict) and "redacted_because" in unsigned
    return (
        not event.get("content")
        or because
        or "redacted_because" in event
        or _id(event.get("event_id")) in redactions
    )


def _without_reply(html_text: str) -> str:
    start = html_text.find("<mx-reply>")
    end = html_text.find("</mx-reply>", start)
    if start < 0 or end < 0:
        return html_text
    return html_text[:start] + html_text[end + len("</mx-reply>") :]


def _unquoted(body: str, reply: bool) -> str:
    """`body` without Matrix's reply fallback: its "> " lines and the blank line after."""
    lines = body.split("\n")
    if not (reply or _FALLBACK.match(lines[0])):
        return body
    n = next((i for i, x in enumerate(lines) if not x.startswith(">")), len(lines))
    if n == 0 or (n < len(lines) and lines[n].strip()):
        return body  # no fallback: a quote the sender wrote
    return "\n".join(lines[n + 1 :])


class _Room:
    """What the events say of the room's members: each one's display name so far."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}

    def member(self, event: dict[str, Any]) -> None:
        user, content = event.get("state_key"), event.get("content") or {}
        if isinstance(user, str):
            name = content.get("displayname")
            if isinstance(name, str) and name.strip():
                self.names[user] = " ".join(name.split())
            elif content.get("membership") == "join":
                self.names.pop(user, None)  # joined without a name: the localpart shows

    def name(self, user: Any) -> str:
        if not isinstance(user, str):
            return ""
        return self.names.get(user) or user.removeprefix("@").split(":", 1)[0]

    def _linked(self, target: str) -> str:
        return self.name(target.split("?", 1)[0]) if target[:1] == "@" else "(link)"

    def shown(self, text: str) -> str:
        """`text` with the members' ids and links to them as their names, and links to
        rooms and messages as "(link)"."""
        if "matrix.to/" in text:
            text = _PERMALINK.sub(lambda m: self._linked(unquote(m[1])), text)
        if "@" in text:
            text = _USER.sub(lambda m: self.name(m[0]), text)
        return text


def _said(content: dict[str, Any]) -> str:
    """What a message's content shows: its body without a reply's fallback quote, or its
    HTML's text when it has no body; a file by its name in brackets."""
    body = content.get("body")
    reply = "m.in_reply_to" in _relation(content)
    if isinstance(body, str) and body.strip():
        said = _unquoted(body, reply)
    else:
        formatted = content.get("formatted_body")
        formatted = _without_reply(formatted) if isinstance(formatted, str) else ""
        said = html.unescape(_TAG.sub("", _BREAK.sub("\n", formatted)))
    said = " ".join(said.split())
    if content.get("msgtype") in _MEDIA and said:
        filename = content.get("filename")  # a caption's file: "body" is the caption
        if isinstance(filename, str) and filename.strip() and filename != body:
            return f"[{' '.join(filename.split())}] {said}"
        return f"[{said}]"
    return said


def _header(meta: dict[str, Any], events: list[dict[str, Any]], room: _Room) -> list[str]:
    """The room's name as a title, its topic and export as a line."""
    state = {e["type"]: e.get("content") or {} for e in events if e["type"] in _STATE}
    title = meta.get("room_name") or state.get("m.room.name", {}).get("name")
    topic = meta.get("topic") or state.get("m.room.topic", {}).get("topic")
    date, by = meta.get("export_date"), meta.get("exported_by")
    parts = [f"Topic: {' '.join(topic.split())}"] if isinstance(topic, str) and topic else []
    if isinstance(date, (str, int)) and date:
        parts.append(f"exported {when_text(date) or date}")
        parts[-1] += f" by {room.name(by)}" if isinstance(by, str) and by else ""
    top = [f"# {' '.join(title.split())}"] if isinstance(title, str) and title.strip() else []
    return top + ["; ".join(parts)] * bool(parts)


def matrix_text(text: str) -> str:
    """`text` read as the messages of a Matrix room's export, a line each, when it is one;
    else unchanged."""
    export = _export(text)
    if export is None:
        return text
    meta, events = export
    redactions = {
        r
        for e in events
        if e["type"] == "m.room.redaction"
        for r in (e.get("redacts"), (e.get("content") or {}).get("redacts"))
        if isinstance(r, str)
    }
    senders = {_id(e.get("event_id")): e.get("sender") for e in events if _message(e)}
    senders.pop("", None)
    edits: dict[str, dict[str, Any]] = {}  # an edited message's id: its last new content
    for e in events:
        content = e.get("content") or {}
        relation, new = _relation(content), content.get("m.new_content")
        target = _id(relation.get("event_id"))
        if relation.get("rel_type") != "m.replace" or not isinstance(new, dict):
            continue
        if _redacted(e, redactions):
            continue  # an edit taken back: the message reads as before it
        if _message(e) and target in senders and senders[target] == e.get("sender"):
            edits[target] = new
    room, lines = _Room(), []
    for e in events:
        if e["type"] == "m.room.member":
            room.member(e)
        if not _message(e) or _redacted(e, redactions):
            continue
        content = e["content"]
        relation = _relation(content)
        if relation.get("rel_type") == "m.replace":
            if _id(relation.get("event_id")) in senders:
                continue  # an edit: shown on the message it edits
            new = content.get("m.new_content")  # an edit of a message not exported
            content = new if isinstance(new, dict) else content
        content = edits.get(_id(e.get("event_id")), content)
        said = room.shown(_said(content))
        if not said:
            continue
        who, when = room.name(e.get("sender")), when_text(e.get("origin_server_ts"))
        said = f"* {who} {said}" if content.get("msgtype") == "m.emote" else said
        stamp = f"[{when}] " if when else ""
        lines.append(f"{stamp}{who}: {said}" if who else f"{stamp}{said}")
    top = _header(meta, events, room)
    return "\n".join([*top, ""] * bool(top) + lines) + "\n"
