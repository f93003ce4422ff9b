"""A log's Unix times are dated (knowledge/loading/epochs.py): "ts=1788134400" is read as
2026-08-31, so a licence that runs from a log's first line is dated; a phone number or a
reference with ten digits is not a time."""

from __future__ import annotations

from knowledge.loading import load_bytes

LOG = """ts=1788134400 level=info msg="clone licence started" lines=1
{"timestamp": 1788220800123, "event": "line generated"}
ref=1788134400 phone 1866555017
"""


def test_a_log_s_unix_times_are_dated():
    text = load_bytes(LOG.encode(), "voice-log.txt").text
    assert "ts=2026-08-31T00:00:00Z" in text
    assert '"timestamp": 2026-09-01T00:00:00Z' in text
    assert "ref=1788134400" in text and "phone 1866555017" in text  # no time's key
