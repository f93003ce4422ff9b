"""When a remind(1) entry falls, in words: a REM or OMIT line's trigger ("Sun FROM 29 Nov
2026 UNTIL 31 Jan 2027 AT 10:30 DURATION 1:30", "Tue 29 Dec 2026 +7") read as "every
Sunday from 29 Nov 2026 until 31 Jan 2027, 10:30, for 1 h 30, ending 12:00". Read by
remind.py, one line at a time."""

from __future__ import annotations

import datetime as dt
import re

_FLAGS = {"ONCE", "NOQUEUE", "ADDOMIT", "MAYBE-UNCOMPUTABLE", "TODO"}
_ONE_ARG = {"PRIORITY", "TAG", "SCHED", "WARN", "OMITFUNC", "INFO", "MAX-OVERDUE"}
_RANGES = {"FROM": "from", "UNTIL": "until", "THROUGH": "through", "SCANFROM": ""}
_RANGES["COMPLETE-THROUGH"] = ""
_MOVED = {"SKIP": "skipped", "BEFORE": "moved before", "AFTER": "moved after"}
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = "January February March April May June July August September October November"
_MONTHS += " December"
_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:@(\S+))?")
_TIME = re.compile(r"(\d{1,2})[:.](\d\d)")
_STEP = re.compile(r"[-+]{1,2}\d+")  # a delta "+3", a back "-2"


def _prefixes(names: list[str]) -> dict[str, int]:
    """A name's index under each of its beginnings of three letters or more."""
    return {w.lower()[:k]: n for n, w in enumerate(names) for k in range(3, len(w) + 1)}


WEEKDAY = _prefixes(_WEEKDAYS)
_MONTH = _prefixes(_MONTHS.split())


def date_kind(token: str) -> str | None:
    """What a token of a date gives: a day, a month, a year or a whole "2026-12-25"."""
    if token.isdigit():
        return "d" if len(token) <= 2 and 1 <= int(token) <= 31 else "y" * (len(token) == 4) or None
    return "m" if token.lower() in _MONTH else "iso" if _ISO.fullmatch(token) else None


class Trigger:
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
                while i < len(tokens) and len(date) < 3 and (kind := date_kind(tokens[i])):
                    date, i = [*date, tokens[i]], i + 1
                    if kind == "iso":
                        break
                self.words += [f"{_RANGES[u]} {' '.join(date)}"] if _RANGES[u] and date else []
            elif u == "OMIT":  # the weekdays a delta skips
                while i < len(tokens) and tokens[i].lower() in WEEKDAY:
                    i += 1
            elif u in _MOVED:
                self.moved = f", {_MOVED[u]} when it falls on a holiday"
            elif (day := WEEKDAY.get(t.lower())) is not None:
                self.weekdays += [] if day in self.weekdays else [day]
                self.written.append(t)
            elif kind := date_kind(t):
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
        date = " ".join(t for t in self.written if t.lower() not in WEEKDAY)
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
        length = minutes(self.duration)
        if length is not None:
            h, m = divmod(length, 60)
            words += f", for {h} h {m:02d}" if h else f", for {m} min"
            if (start := _TIME.fullmatch(self.at)) and int(start.group(1)) < 24:
                days, end = divmod(int(start.group(1)) * 60 + int(start.group(2)) + length, 1440)
                later = {0: "", 1: " the next day"}.get(days, f" {days} days later")
                words += f", ending {end // 60:02d}:{end % 60:02d}{later}"
        return words + self.moved


def minutes(duration: str) -> int | None:
    if m := _TIME.fullmatch(duration):
        return int(m.group(1)) * 60 + int(m.group(2))
    return int(duration) if duration.isdigit() and len(duration) < 6 else None
