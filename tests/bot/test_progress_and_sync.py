"""Reindex progress throttling, and command sync only when the commands changed."""

from __future__ import annotations

import threading

from bot.progress import ProgressRelay, Throttle
from bot.reports import progress_text
from bot.syncing import SyncState, payload_hash


def test_throttle_allows_one_edit_per_interval():
    now = [0.0]
    throttle = Throttle(1.0, clock=lambda: now[0])
    seen = []
    for _ in range(40):  # 4 seconds of calls every 0.1 s
        seen.append(throttle.ready())
        now[0] += 0.1
    assert sum(seen) == 4 and seen[0]


def test_progress_relay_keeps_the_latest_report_from_another_thread():
    relay = ProgressRelay()
    worker = threading.Thread(target=lambda: [relay("embedding", i, 10) for i in range(11)])
    worker.start()
    worker.join()
    assert relay.latest == ("embedding", 10, 10)
    assert progress_text(*relay.latest) == "⏳ Reindexing… Embedding passages: 10/10 (100%)"
    assert progress_text("scanning", 0, 0) == "⏳ Reindexing… Reading documents"


def test_payload_hash_ignores_order_and_sees_changes():
    ask = {"name": "ask", "type": 1, "description": "Ask"}
    help_ = {"name": "help", "type": 1, "description": "Help"}
    assert payload_hash([ask, help_]) == payload_hash([help_, ask])
    assert payload_hash([ask, help_]) != payload_hash([ask, {**help_, "description": "Aide"}])


def test_sync_state_is_kept_per_application_and_scope(tmp_path):
    state = SyncState(tmp_path / "commands.json")
    state.put("1:global", "aaa")
    state.put("1:42", "bbb")
    assert SyncState(tmp_path / "commands.json").get("1:global") == "aaa"
    assert state.get("2:global") is None and state.get("1:42") == "bbb"
    (tmp_path / "commands.json").write_text("not json")
    assert state.get("1:global") is None
