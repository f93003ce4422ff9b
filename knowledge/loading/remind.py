"""A text file that holds a remind(1) script ("REM Sun AT 10:30 MSG %"Evensong%"", "OMIT
25 Dec 2026", 'SET choir "the Choir"') is read as the Markdown the rest of loading reads:
each REM line as one list item a member reads ("- Evensong: every Sunday, 10:30, for 1 h
00, ending 11:30"), an OMIT line as a holiday, the comments before the first command (who
keeps the file, when it was revised) as paragraphs, their first line as the title when it
stands alone, a lone comment over command lines ("# Christmas") as a heading and other
comments as paragraphs. Dropped: what only runs the program (SET, FSET, INCLUDE, IF, RUN
and SATISFY lines, priorities, tags, advance warnings, "%b" phrases about today), what
follows "__EOF__", and commented-out commands ("# REM ...", "; OMIT ..."): a disabled entry
is never shown.

Only a file with two "REM ... MSG" lines whose other lines (comments aside) are mostly
remind commands is changed. Every pass is linear: a line is split once into its tokens, an
expression is at most 200 characters, and "[var]" values may add no more text than the
file has."""

from __future__ import annotations

import re

from .remind_triggers import WEEKDAY, Trigger, date_kind

_COMMANDS = set(
    "REM OMIT SET UNSET FSET FUNSET INCLUDE SYSINCLUDE INCLUDECMD DO BANNER IF IFTRIG ELSE"
    " ENDIF EXIT FLUSH PRESERVE DUMPVARS DEBUG ERRMSG RUN TRANSLATE EXPR FRENAME PUSH POP"
    " CLEAR PUSH-OMIT-CONTEXT POP-OMIT-CONTEXT CLEAR-OMIT-CONTEXT".split()
)
# commented out when written in capitals: "# SET rate 240", not "# Set aside an hour"
_DISABLED = set("SET UNSET FSET INCLUDE SYSINCLUDE INCLUDECMD BANNER".split())
_DISABLED |= {c for c in _COMMANDS if c.endswith("-OMIT-CONTEXT")}
_SHOWN = {"MSG", "MSF", "CAL", "SPECIAL"}  # a body a member sees
_BODIES = _SHOWN | {"RUN", "SATISFY", "PS", "PSFILE"}
_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|\[[^\[\]\n]*\]|\S+')
_NUMBER = re.compile(r"-?\d{1,12}")
_EXPRESSION = re.compile(r"\[([^\[\]\n]{0,200})\]")
_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
_ESCAPE = re.compile(r"\\(.)")
_SUBSTITUTION = re.compile(r"%(.|$)")
_SUBSTITUTED = {'"': "\x00", "%": "%", "_": " "}  # the rest: phrases about today
_TAGS = re.compile(r"<[^<>\n]{0,500}>")
_SPACE_BEFORE = re.compile(r" ([,;:.!?)])")
_WORD = re.compile(r"\w")
# a reminder as scripts write it, in capitals: a batch file's "rem msg …" comments are none
_REMINDER = re.compile(r"^[ \t]*REM[ \t](?:[^\n]*?[ \t])?(?:MSG|MSF|CAL|SPECIAL)(?=\s|$)", re.M)
_COMMENTED = re.compile(r"[A-Z-]{3,}\b|(?i:rem|omit)\b|(?i:.*\b(?:msg|msf|cal|special)\b)")
_SET = re.compile(r"SET\s+(\w+)\s+(.*)", re.I)


_Split = tuple[list[str], str, str]


def _split(line: str) -> _Split:
    """A command's tokens before its body, the body's keyword and the body."""
    tokens: list[str] = []
    for m in _TOKEN.finditer(line):
        if m.group(0).upper() in _BODIES:
            return tokens, m.group(0).upper(), line[m.end() :].removeprefix(" ")
        tokens.append(m.group(0))
    return tokens, "", ""


def _command(split: _Split, comment: bool = False) -> str | None:
    """The remind command a line gives ("REM" for "25 Dec MSG Christmas" too); None when it
    is not one, or, for a comment, when it is not a command commented out."""
    tokens, keyword, _ = split
    word = tokens[0].upper() if tokens else ""
    if word in ("REM", "OMIT") and comment:  # "# REM lines give the day, AT ..." is help
        return word if not Trigger(tokens[1:]).unknown else None
    if word in (_DISABLED if comment else _COMMANDS) and (tokens[0].isupper() or not comment):
        return word
    dated = bool(tokens) and (tokens[0].lower() in WEEKDAY or bool(date_kind(tokens[0])))
    return "REM" if keyword and dated and not Trigger(tokens).unknown else None


def _logical_lines(text: str) -> list[str]:
    """The script's lines, one ending in a backslash joined to the next, up to __EOF__."""
    lines: list[str] = []
    carried = ""
    for line in text.splitlines():
        if not carried and line.strip() == "__EOF__":
            break
        if line.endswith("\\"):
            carried += line[:-1]
            continue
        lines.append(carried + line)
        carried = ""
    return lines + ([carried] if carried else [])


def _read(text: str) -> tuple[list[str], list[str], list[_Split]] | None:
    """The script's lines (a comment's without its marks), their kinds ("blank", "comment",
    "disabled", "text" or the command) and their splits; None for another kind of text."""
    found = _REMINDER.finditer(text)
    if next(found, None) is None or next(found, None) is None:
        return None
    lines, kinds, splits = _logical_lines(text), [], []
    reminders = commands = others = 0
    for n, line in enumerate(lines):
        s = lines[n] = line.strip()
        split: _Split = ([], "", "")
        if s[:1] in ("#", ";"):
            s = lines[n] = s.lstrip("#;").strip()
            maybe = _COMMENTED.match(s)  # a command's first word, or a body's keyword
            commented = maybe and _command(split := _split(s), comment=True)
            kinds.append("disabled" if commented else "comment")
        elif s:
            kinds.append(command := _command(split := _split(s)) or "text")
            commands, others = commands + (command != "text"), others + (command == "text")
            reminders += command == "REM" and s[:3].upper() == "REM" and split[1] in _SHOWN
        else:
            kinds.append("blank")
        splits.append(split)
    return (lines, kinds, splits) if reminders >= 2 and commands >= 4 * others else None


def is_remind(text: str) -> bool:
    return _read(text) is not None


class _Message:
    """A body read as a title and text: the strings SET gives stand for "[var]", within a
    budget, the rest of an expression is dropped, and so are "%b"-like substitutions."""

    def __init__(self, budget: int) -> None:
        self.values: dict[str, str] = {}
        self.budget = budget

    def set(self, line: str) -> None:
        if (m := _SET.match(line)) and (value := self._literal(m.group(2).strip())) is not None:
            self.values[m.group(1).lower()] = value

    @staticmethod
    def _literal(s: str) -> str | None:
        if m := _STRING.fullmatch(s):
            return _ESCAPE.sub(r"\1", m.group(1))
        return s if _NUMBER.fullmatch(s) else None

    def _value(self, m: re.Match[str]) -> str:
        expression = m.group(1).strip()
        value = self._literal(expression) or self.values.get(expression.lower(), "")
        self.budget -= len(value)
        return value if self.budget >= 0 else ""

    def read(self, body: str) -> tuple[str, str]:
        """A body's title (between its %" marks) and the rest of its text."""
        body = _EXPRESSION.sub(self._value, body) if "[" in body else body
        pieces = _SUBSTITUTION.sub(lambda m: _SUBSTITUTED.get(m.group(1), ""), body).split("\0")
        if len(pieces) == 3 and _tidy(pieces[1]):
            return _tidy(pieces[1]), _tidy(f"{pieces[0]} {pieces[2]}")
        return "", _tidy(" ".join(pieces))


def _tidy(s: str) -> str:
    return _SPACE_BEFORE.sub(r"\1", " ".join(s.split())).strip(" ,;")


def _item(split: _Split, message: _Message) -> str | None:
    """A REM or OMIT line as one list item; None for one that shows nothing."""
    tokens, keyword, body = split
    command = tokens[0].upper() if tokens and tokens[0].upper() in ("REM", "OMIT") else ""
    kind, _, special = body.partition(" ")
    if keyword in ("RUN", "SATISFY", "PS", "PSFILE"):
        return None
    if keyword == "SPECIAL" and kind.upper() in ("COLOR", "COLOUR"):
        body = special.split(" ", 3)[3] if special.count(" ") >= 3 else ""  # "255 0 0 text"
    elif keyword == "SPECIAL" and kind.upper() == "HTML":
        body = _TAGS.sub("", special)
    elif keyword == "SPECIAL":
        return None  # a shading, a moon, a week number, PostScript
    title, rest = message.read(body)
    if command == "OMIT":
        title, rest = "Holiday", _tidy(f"{title} {rest}")
    when = Trigger(tokens[1:] if command else tokens).when()
    item = f"- {title}: {when}" if title else f"- {when}"
    if not rest or rest[0] in ",;:":
        return item + rest
    return f"{item} {rest}" if rest[0] in "-–—(" else f"{item}{' -' if title else ':'} {rest}"


def remind_text(text: str) -> str:
    """`text` read as Markdown when it is a remind(1) script; else unchanged."""
    if (read := _read(text)) is None:
        return text
    lines, kinds, splits = read
    message = _Message(len(text))
    out: list[str] = []
    last = ""  # the kind of block last written: "para", "heading" or "item"

    def block(kind: str, *written: str) -> None:
        nonlocal last
        if out and out[-1] and (kind != last or kind != "item"):
            out.append("")
        out.extend(written)
        last = kind

    leading = True  # before the first command
    i = 0
    while i < len(lines):
        kind, line, i = kinds[i], lines[i], i + 1
        if kind == "comment":
            run = [line] if _WORD.search(line) else []
            while i < len(lines) and kinds[i] in ("comment", "disabled"):
                if kinds[i] == "comment" and _WORD.search(lines[i]):
                    run.append(lines[i])
                elif kinds[i] == "comment" and run:  # "#" alone, "#-----": a break
                    block("para", *run)
                    run = []
                i += 1
            j = i  # a heading when entries follow, perhaps after a SET, an IF, a PUSH ...
            while j < len(lines) and kinds[j] not in ("blank", "comment", "text", "REM", "OMIT"):
                j += 1
            if len(run) == 1 and i < len(lines) and j < len(lines) and kinds[j] in ("REM", "OMIT"):
                block("heading", f"## {run[0]}")  # "# Christmas" over its entries
            elif run and leading and not out and len(run[0]) <= 120:
                if len(run) == 1 or run[1][:1].isupper() or run[1][:1].isdigit():
                    block("heading", f"# {run.pop(0)}")  # not the start of a sentence
                if run:
                    block("para", *run)
            elif run:
                block("para", *run)
        elif kind == "text":  # a line remind cannot read: its words
            block("para", line)
        elif kind not in ("blank", "disabled"):
            leading = False
            if kind == "SET":
                message.set(line)
            elif kind in ("REM", "OMIT") and (item := _item(splits[i - 1], message)):
                block("item", item)
    return "\n".join(out).strip("\n") + ("\n" if text.endswith("\n") else "")
