"""A Unix time in a log ("ts=1788134400", "\\"timestamp\\": 1788134400") is read as the UTC
date and time it stands for ("ts=2026-08-31T00:00:00Z"), so that what the line dates is
dated. Only after a key that names a time, and only ten digits from 2001 to 2286: a phone,
a reference or an amount is not a time."""

from __future__ import annotations

import datetime as dt
import re

_EPOCH = re.compile(
    r"(?P<key>\b(?:ts|time|timestamp|date|datetime|created(?:_at)?|updated(?:_at)?|at|when)"
    r"[\"']?\s*[=:]\s*[\"']?)(?P<n>[1-9]\d{9})(?P<ms>\d{3})?(?!\d|[.,]\d)",
    re.I,
)


def _iso(m: re.Match[str]) -> str:
    moment = dt.datetime.fromtimestamp(int(m.group("n")), dt.UTC)
    return f"{m.group('key')}{moment:%Y-%m-%dT%H:%M:%SZ}"


def dated_epochs(text: str) -> str:
    """`text` with each Unix time after a time's key as an ISO 8601 UTC date-time."""
    return _EPOCH.sub(_iso, text)
