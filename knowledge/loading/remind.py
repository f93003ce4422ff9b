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

import datetime as dt
import re

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
_FLAGS = {"ONCE", "NOQUEUE", "ADDOMIT", "MAYBE-UNCOMPUTABLE", "TODO"}
_ONE_ARG = {"PRIORITY", "TAG", "SCHED", "WARN", "OMITFUNC", "INFO", "MAX-OVERDUE"}
_RANGES = {"FROM": "from", "UNTIL": "until", "THROUGH": "through", "SCANFROM": ""}
_RANGES["COMPLETE-THROUGH"] = ""
_MOVED = {"SKIP": "skipped", "BEFORE": "moved before", "AFTER": "moved after"}
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = "January February March April May June July August September October November"
_MONTHS += " December"
_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|\[[^\[\]\n]*\]|\S+')
_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:@(\S+))?")
_TIME = re.compile(r"(\d{1,2})[:.](\d\d)")
_STEP = re.compile(r"[-+]{1,2}\d+")  # a delta "+3", a back "-2"
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


def _prefixes(names: list[str]) -> dict[str, int]:
    """A name's index under each of its beginnings of three letters or more."""
    return {w.lower()[:k]: n for n, w in enumerate(names) for k in range(3, len(w) + 1)}


_WEEKDAY = _prefixes(_WEEKDAYS)
_MONTH = _prefixes(_MONTHS.split())


def _date_kind(token: str) -> str | None:
    """What a token of a date gives: a day, a month, a year or a whole "2026-12-25"."""
    if token.isdigit():
        return "d" if len(token) <= 2 and 1 <= int(token) <= 31 else "y" * (len(token) == 4) or None
    return "m" if token.lower() in _MONTH else "iso" if _ISO.fullmatch(token) else None


class _Trigger:
    """A REM or OMIT line's words before its body, read as when it falls."""

    def __init__(self, tokens: list[str]) -> None:
        self.weekdays: list[int] = []
        self.written: list[str] = []  # the weekdays and the date, as written
        self.parts: dict[str, str] = {}  # the date's day, month, year or whole date
        self.words: list[str] = []  # "from 29 Nov 2026", "until 31 Jan 2027"
        self.expressions: list[str] = []  # "[easterdate($Uy)]": a date, as written
        self.at = self.duration = self.repeat = self.moved = ""
        self.unknown = 0
        i = 0
        while i < len(tokens):
            t, u, i = tokens[i], tokens[i].upper(), i + 1
            if u in _ONE_ARG or u in ("AT", "DURATION"):
                arg, i = (tokens[i] if i < len(tokens) else ""), i + 1
                self.at = arg if u == "AT" else self.at
                self.duration = arg if u == "DURATION" else self.duration
                while (
                    u == "AT" and i < len(tokens) and _STEP.fullmatch(tokens[i].replace("*", "+"))
                ):
                    i += 1  # the time's own delta and repeat: when an alarm sounds
            elif u in _RANGES:
                date: list[str] = []
                while i < len(tokens) and len(date) < 3 and (kind := _date_kind(tokens[i])):
                    date, i = [*date, tokens[i]], i + 1
                    if kind == "iso":
                        break
                self.words += [f"{_RANGES[u]} {' '.join(date)}"] if _RANGES[u] and date else []
            elif u == "OMIT":  # the weekdays a delta skips
                while i < len(tokens) and tokens[i].lower() in _WEEKDAY:
                    i += 1
            elif u in _MOVED:
                self.moved = f", {_MOVED[u]} when it falls on a holiday"
            elif (day := _WEEKDAY.get(t.lower())) is not None:
                self.weekdays += [] if day in self.weekdays else [day]
                self.written.append(t)
            elif kind := _date_kind(t):
                self.parts[kind] = t.split("@")[0]
                self.written.append(self.parts[kind])
                self.at = m.group(4) if (m := _ISO.fullmatch(t)) and m.group(4) else self.at
            elif t[:1] == "*" and t[1:].isdigit():
                self.repeat = t[1:]
            elif t[:1] == "[":
                self.expressions.append(t)
            else:
                self.unknown += not (u in _FLAGS or _STEP.fullmatch(t))

    def _day(self) -> dt.date | None:
        """The date when it is whole and real."""
        month = _MONTH.get(self.parts.get("m", "").lower())
        try:
            if m := _ISO.fullmatch(self.parts.get("iso", "")):
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if month is not None and "d" in self.parts and "y" in self.parts:
                return dt.date(int(self.parts["y"]), month + 1, int(self.parts["d"]))
        except ValueError:
            pass
        return None

    def dates(self) -> str:
        """The days it falls on, in words: "every Sunday", "Tue 29 Dec 2026"."""
        names = [_WEEKDAYS[n] for n in self.weekdays]
        date = " ".join(t for t in self.written if t.lower() not in _WEEKDAY)
        day, parts = self._day(), self.parts
        if day or "iso" in parts or {"d", "m", "y"} <= parts.keys():
            if self.repeat:
                return f"every {self.repeat} days from {' '.join(self.written)}"
            if not names or (len(names) == 1 and day and day.weekday() == self.weekdays[0]):
                return " ".join(self.written)
            return f"the first {' or '.join(names)} on or after {date}"
        if "d" in parts:
            base = f"{date} every year" if "m" in parts else f"day {parts['d']} of every month"
            base += f" in {parts['y']}" if parts.keys() == {"d", "y"} else ""
            return f"the first {' or '.join(names)} on or after {base}" if names else base
        return f"every {' and '.join(names) or 'day'}" + (f" in {date}" if date else "")

    def when(self) -> str:
        dates = [self.dates()] if self.written or not self.expressions else []
        words = " ".join([*self.expressions, *dates, *self.words])
        words += f", {self.at}" if self.at else ""
        length = _minutes(self.duration)
        if length is not None:
            h, m = divmod(length, 60)
            words += f", for {h} h {m:02d}" if h else f", for {m} min"
            if (start := _TIME.fullmatch(self.at)) and int(start.group(1)) < 24:
                days, end = divmod(int(start.group(1)) * 60 + int(start.group(2)) + length, 1440)
                later = {0: "", 1: " the next day"}.get(days, f" {days} days later")
                words += f", ending {end // 60:02d}:{end % 60:02d}{later}"
        return words + self.moved


def _minutes(duration: str) -> int | None:
    if m := _TIME.fullmatch(duration):
        return int(m.group(1)) * 60 + int(m.group(2))
    return int(duration) if duration.isdigit() and len(duration) < 6 else None


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
        return word if not _Trigger(tokens[1:]).unknown else None
    if word in (_DISABLED if comment else _COMMANDS) and (tokens[0].isupper() or not comment):
        return word
    dated = bool(tokens) and (tokens[0].lower() in _WEEKDAY or bool(_date_kind(tokens[0])))
    return "REM" if keyword and dated and not _Trigger(tokens).unknown else None


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
    when = _Trigger(tokens[1:] if command else tokens).when()
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
