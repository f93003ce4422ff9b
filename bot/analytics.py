"""Anonymous usage analytics in sqlite: daily counts, unanswered questions, feedback.

Nothing here identifies a member: counts are per day, event and channel type; the
questions the documents could not answer are kept with the day and language (admins read
them to fill gaps), without mentions, e-mail addresses or phone numbers (`scrub`), for
`keep_days` days at most (STEWARD_UNANSWERED_DAYS); a vote is keyed by a hash of (answer id,
member) that is different for every answer, so votes cannot be linked to each other
or to a member without the hash key. Calls are blocking: the bot runs them through
`asyncio.to_thread`.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS counts (
    day TEXT NOT NULL, event TEXT NOT NULL, via TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (day, event, via)
);
CREATE TABLE IF NOT EXISTS unanswered (
    id INTEGER PRIMARY KEY, day TEXT NOT NULL, language TEXT NOT NULL, question TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS feedback (
    answer_id TEXT NOT NULL, voter TEXT NOT NULL, vote INTEGER NOT NULL, day TEXT NOT NULL,
    PRIMARY KEY (answer_id, voter)
);
"""
KEEP_UNANSWERED = 1000  # rows, whatever their age

_SCRUBS = [
    (re.compile(r"<@[!&]?\d+>|@(?:everyone|here)\b"), "@someone"),
    (re.compile(r"<#\d+>"), "#channel"),
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[e-mail]"),
    # Phone numbers: "+1 (555) 123-4567", "(555) 123-4567", "06 12 34 56 78",
    # "555.123.4567", or 9+ bare digits (also Discord ids); not "2023-2026" nor "$1,204.50".
    (
        re.compile(
            r"(?<![\w$€£.,])(?:"
            r"\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){1,4}"
            r"|\(\d{2,4}\)[\s.-]?\d{2,4}[\s.-]\d{2,4}"
            r"|\d{2,4}(?:[\s.-]\d{2,4}){2,4}"
            r"|\d{9,20}"
            r")(?![\w%])"
        ),
        "[number]",
    ),
]


def scrub(question: str) -> str:
    """The question without mentions, e-mail addresses and phone numbers, on one line."""
    text = " ".join(question.split())
    for pattern, replacement in _SCRUBS:
        text = pattern.sub(replacement, text)
    return text


@dataclass
class Stats:
    days: int
    counts: dict[str, int] = field(default_factory=dict)  # event -> n over `days`
    by_via: dict[str, int] = field(default_factory=dict)  # via -> questions over `days`
    helpful: int = 0
    unhelpful: int = 0
    unanswered: list[tuple[str, int]] = field(default_factory=list)  # (question, times)


class Analytics:
    def __init__(
        self,
        path: Path,
        *,
        keep_unanswered: bool = True,
        keep_days: int = 90,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        self.path = path
        self.keep_unanswered = keep_unanswered and keep_days > 0
        self.keep_days = keep_days
        self.today = today
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.executescript(_SCHEMA)
        self._lock = threading.Lock()
        with self._lock:
            self._purge()

    def _purge(self) -> None:
        """Drop unanswered questions older than `keep_days` (all of them when not kept)."""
        if not self.keep_unanswered:
            self._db.execute("DELETE FROM unanswered")
            return
        oldest = (self.today() - dt.timedelta(days=self.keep_days - 1)).isoformat()
        self._db.execute("DELETE FROM unanswered WHERE day < ?", (oldest,))

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _day(self) -> str:
        return self.today().isoformat()

    def count(self, event: str, via: str) -> None:
        """One more `event` ("answer", "not_found", "smalltalk", "rate_limited", ...)."""
        with self._lock:
            self._db.execute(
                "INSERT INTO counts VALUES (?, ?, ?, 1) "
                "ON CONFLICT (day, event, via) DO UPDATE SET n = n + 1",
                (self._day(), event, via),
            )

    def unanswered(self, question: str, language: str) -> None:
        if not self.keep_unanswered:
            return
        with self._lock:
            self._db.execute(
                "INSERT INTO unanswered (day, language, question) VALUES (?, ?, ?)",
                (self._day(), language, scrub(question)[:1000]),
            )
            self._purge()
            self._db.execute(
                "DELETE FROM unanswered WHERE id <= (SELECT MAX(id) FROM unanswered) - ?",
                (KEEP_UNANSWERED,),
            )

    def feedback(self, answer_id: str, voter: str, helpful: bool) -> None:
        """Record a vote; a member who votes again on the same answer changes their vote."""
        with self._lock:
            self._db.execute(
                "INSERT INTO feedback VALUES (?, ?, ?, ?) "
                "ON CONFLICT (answer_id, voter) DO UPDATE SET vote = excluded.vote",
                (answer_id, voter, 1 if helpful else -1, self._day()),
            )

    def stats(self, days: int = 30, top: int = 15) -> Stats:
        since = (self.today() - dt.timedelta(days=days - 1)).isoformat()
        out = Stats(days)
        with self._lock:
            self._purge()
            for event, n in self._db.execute(
                "SELECT event, SUM(n) FROM counts WHERE day >= ? GROUP BY event", (since,)
            ):
                out.counts[event] = n
            for via, n in self._db.execute(
                "SELECT via, SUM(n) FROM counts WHERE day >= ? "
                "AND event IN ('answer', 'not_found', 'smalltalk') GROUP BY via",
                (since,),
            ):
                out.by_via[via] = n
            for vote, n in self._db.execute(
                "SELECT vote, COUNT(*) FROM feedback WHERE day >= ? GROUP BY vote", (since,)
            ):
                if vote > 0:
                    out.helpful = n
                else:
                    out.unhelpful = n
            out.unanswered = list(
                self._db.execute(
                    "SELECT question, COUNT(*) AS times FROM unanswered WHERE day >= ? "
                    "GROUP BY lower(question) ORDER BY times DESC, MAX(id) DESC LIMIT ?",
                    (since, top),
                )
            )
        return out
