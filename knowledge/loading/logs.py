"""Logs kept as their raw lines, read as the messages and events they record.

An IRC log in the protocol's own lines ("@time=2026-12-03T17:40:09Z;msgid=c1
:luna!~luna@host PRIVMSG #chan :j'ai 38 matchs…") is read as a chat export is: each
message on a line of its own, its time and its sender first ("[2026-12-03, 17:40] luna:
j'ai 38 matchs…"), which units.py reads as one message each; a channel's topic is kept,
joins, parts and modes are not. A logfmt log ("ts=2026-11-12T13:00:00Z level=info
evt=billing rate=₩640/line msg=\"relevé envoyé\"") is read one sentence per entry: its
time, its message, then its other fields ("2026-11-12 13:00 UTC: relevé envoyé (evt
billing, rate ₩640/line)."). Only a text most of whose lines are such lines is changed."""

from __future__ import annotations

import re

_IRC = re.compile(
    r"^(?:@(?P<tags>\S+)\s+)?:(?P<prefix>\S+)\s+(?P<command>[A-Z]+|\d{3})\s+"
    r"(?P<params>[^:\r\n]*?)\s*(?::(?P<text>[^\r\n]*))?\r?$"
)
_TIME_TAG = re.compile(r"(?:^|;)time=(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})")
_TOPIC = "332"
_SAID = ("PRIVMSG", "NOTICE")

_PAIR = re.compile(r"""([A-Za-z_][\w.-]{0,40})=("(?:[^"\\\n]|\\.){0,2000}"|[^\s"]{0,400})""")
_TIME_KEYS = ("ts", "time", "timestamp", "at", "date")
_MESSAGE_KEYS = ("msg", "message", "text")
_SKIPPED_KEYS = ("level", "lvl", "svc", "service", "caller", "logger")
_ISO = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z)?$")
MIN_LINES = 3
MIN_PAIRS = 3  # a logfmt entry's fields, at least
SHARE = 0.6  # of the non-blank, non-comment lines


def _lines(text: str) -> list[str]:
    return [x for x in text.splitlines() if x.strip() and not x.lstrip().startswith("#")]


def _irc(text: str) -> str:
    out = []
    for line in text.splitlines():
        m = _IRC.match(line.strip())
        if m is None:
            out.append(line)
            continue
        command, said = m.group("command"), (m.group("text") or "").strip()
        when = _TIME_TAG.search(m.group("tags") or "")
        stamp = f"[{when.group(1)}, {when.group(2)}] " if when else ""
        nick = m.group("prefix").split("!", 1)[0]
        if command in _SAID and said:
            out.append(f"{stamp}{nick}: {said}")
        elif command == _TOPIC and said:
            out.append(f"{stamp}Topic of {m.group('params').split()[-1]}: {said}")
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


def _value(raw: str) -> str:
    return raw[1:-1].replace('\\"', '"') if raw.startswith('"') else raw


def _when(value: str) -> str:
    m = _ISO.match(value)
    return f"{m.group(1)} {m.group(2)}{' UTC' if m.group(3) else ''}" if m else value


def _entry_line(line: str) -> bool:
    """Whether a line is nothing but MIN_PAIRS key=value pairs or more ("grade A=€100, grade
    B=€120" is a sentence with pairs in it, not an entry)."""
    return len(_PAIR.findall(line)) >= MIN_PAIRS and not _PAIR.sub("", line).strip()


def _entry(line: str) -> str:
    pairs = [(k, _value(v)) for k, v in _PAIR.findall(line)]
    fields = dict(pairs)
    when = next((_when(fields[k]) for k in _TIME_KEYS if k in fields), "")
    said = next((fields[k] for k in _MESSAGE_KEYS if k in fields), "")
    rest = [
        f"{k} {v}" for k, v in pairs if k not in (*_TIME_KEYS, *_MESSAGE_KEYS, *_SKIPPED_KEYS) and v
    ]
    head = ": ".join(x for x in (when, said) if x)
    return f"{head} ({', '.join(rest)})." if rest else f"{head}."


def log_text(text: str) -> str:
    """`text` read as the messages of its IRC lines, or the entries of its logfmt lines,
    when most of its lines are such lines; else unchanged."""
    if "=" not in text and "PRIVMSG" not in text:
        return text
    lines = _lines(text)
    if len(lines) < MIN_LINES:
        return text
    if sum(1 for x in lines if _IRC.match(x.strip())) >= SHARE * len(lines):
        return _irc(text)
    if sum(1 for x in lines if _entry_line(x)) >= SHARE * len(lines):
        return "\n".join(_entry(x) if _entry_line(x) else x for x in text.splitlines()) + (
            "\n" if text.endswith("\n") else ""
        )
    return text
