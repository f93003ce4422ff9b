"""The quoted passages of recent answers, for the "Sources" button, in sqlite.

Keyed by the answer id that the button's custom_id carries, so a click works after a
restart. Bounded: only the newest `size` answers are kept. It holds the sources (titles,
locations, quotes), never the question or who asked it. Blocking: run through
`asyncio.to_thread`.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from knowledge import Answer


@dataclass(frozen=True)
class StoredSource:
    n: int
    title: str
    location: str
    dates: str
    quote: str
    source_url: str | None = None
    superseded: bool = False


class AnswerStore:
    def __init__(self, path: Path, size: int = 5000):
        self.size = size
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS answers "
            "(id TEXT PRIMARY KEY, at REAL NOT NULL, sources TEXT NOT NULL)"
        )
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def put(self, answer: Answer) -> None:
        sources = [
            asdict(
                StoredSource(
                    n=s.n,
                    title=s.title,
                    location=s.location,
                    dates=s.dates_in(answer.language),
                    quote=s.quote or s.text,
                    source_url=s.source_url,
                    superseded=s.superseded,
                )
            )
            for s in answer.sources
        ]
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?)",
                (answer.id, time.time(), json.dumps(sources, ensure_ascii=False)),
            )
            self._db.execute(
                "DELETE FROM answers WHERE rowid <= (SELECT MAX(rowid) FROM answers) - ?",
                (self.size,),
            )

    def get(self, answer_id: str) -> list[StoredSource] | None:
        """The sources of answer `answer_id`, or None when it is unknown or was evicted."""
        with self._lock:
            row = self._db.execute(
                "SELECT sources FROM answers WHERE id = ?", (answer_id,)
            ).fetchone()
        if row is None:
            return None
        return [StoredSource(**s) for s in json.loads(row[0])]

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM answers").fetchone()[0])
