"""End-to-end tests: the real discord.py client against the Discord stand-in (tests/standin),
the real StewardBot and the real knowledge engine (the bundled embedder, Chroma and a small
documents folder in tmp_path). Fakes only where a scenario needs control: a gate that pauses
a real reindex mid-embedding, an answerer returning an answer longer than Discord's limits.

Issue 6's scenarios and the test that proves each (`bot/` = tests/bot/, `e2e/` = here):

 1. /ask defers within 3 s, then follows up with the answer and its sources
    bot/test_bot_e2e.py::test_ask_defers_at_once_and_answers_privately_with_sources
 2. a private answer is ephemeral (the defer and the follow-up; nothing in the channel)
    bot/test_bot_e2e.py::test_ask_defers_at_once_and_answers_privately_with_sources
 3. a mention gets a reply
    bot/test_bot_e2e.py::test_mention_reply_and_follow_up_uses_history
 4. a follow-up in Steward's thread is answered with the earlier turn
    bot/test_bot_e2e.py::test_a_follow_up_in_stewards_thread_uses_the_thread
    (a reply to the answer, outside threads: test_mention_reply_and_follow_up_uses_history)
 5. a non-admin's /reindex is refused although Discord lets them invoke it
    bot/test_bot_e2e.py::test_non_admin_reindex_is_refused_even_though_the_command_is_visible
 6. an admin's /reindex shows live progress, then a report
    e2e/test_e2e_reindex.py::test_an_admins_reindex_shows_live_progress_then_a_report
    (with an attached document: bot/test_bot_e2e_admin.py::
    test_an_attached_document_is_added_then_indexed_with_progress)
 7. a second /reindex while a real one runs is told "already running"
    e2e/test_e2e_reindex.py::test_a_second_reindex_while_a_real_one_runs_is_told_already_running
    (a reindex by another process: test_a_reindex_run_elsewhere_holding_the_lock_is_reported)
 8. 20 members ask at once during a reindex: each acknowledged within 3 s, each answered
    e2e/test_e2e_reindex.py::test_twenty_members_asking_during_a_reindex_are_all_acknowledged_and_answered
 9. a question containing @everyone pings nobody
    e2e/test_e2e_answers.py::test_a_question_with_everyone_and_other_mentions_pings_nobody
    (in DMs: bot/test_bot_e2e.py::test_direct_messages_are_answered_with_context_and_nothing_can_ping)
10. an answer longer than 2,000 characters arrives whole, every message within the limits
    e2e/test_e2e_answers.py::test_an_answer_over_discords_limits_arrives_whole_in_sendable_pages
11. a feedback click is recorded, anonymously
    bot/test_bot_e2e.py::test_public_answer_then_sources_and_feedback_buttons
12. with the LLM endpoint down (HTTP 500) the member gets the extractive answer and the note
    e2e/test_e2e_answers.py::test_with_the_llm_endpoint_down_the_member_gets_the_extractive_answer

The harness surfaces a failure of the client's start() task instead of hanging:
    e2e/test_e2e_harness.py::test_a_bot_whose_setup_hook_raises_surfaces_at_once_as_bot_crashed

Run them all (about 35 s on 2 busy cores):
    uv run pytest tests/e2e tests/bot/test_bot_e2e.py tests/bot/test_bot_e2e_admin.py
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.embeddings import Embeddings

from knowledge import Engine

# The bot tests' fixtures, shared: `engine`/`answerer` (a real engine over two shipped
# documents, indexed once per session), `make_bot`, and the autouse clean environment.
from tests.bot.conftest import (  # noqa: F401
    _no_environment,
    answerer,
    engine,
    knowledge_settings_for,
    make_bot,
)

GATE_HELD_AT_MOST = 600.0  # seconds; the gate fixture opens it at teardown anyway
MARKER = "meal penalty"  # only in NEW_DOCUMENT: no search sees it before the reindex ends
NEW_DOCUMENT = """\
---
title: Meal penalty guide
kind: summary
---
# Meal penalties

A meal period is due within six hours of the call time. Each late half hour of a meal
period costs the producer a meal penalty paid to the performer.

## Rates

The first late half hour costs $25, the second $35 and each one after that $50.
"""


class Gate:
    """Pauses a reindex in the middle of embedding, until the test opens it."""

    def __init__(self) -> None:
        self.reached = threading.Event()  # the reindex is waiting at the gate
        self.opened = threading.Event()

    def open(self) -> None:
        self.opened.set()


class GatedEmbeddings(Embeddings):
    """The bundled embedder; the first batch holding MARKER (the new document's passages,
    embedded by a reindex) waits for the gate. Searches and answers pass straight through:
    they only see documents already indexed."""

    def __init__(self, inner: Any, gate: Gate) -> None:
        self.inner = inner
        self.gate = gate
        self.name = inner.name
        self.dimension = inner.dimension

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        gate = self.gate
        if not gate.reached.is_set() and any(MARKER in t for t in texts):
            gate.reached.set()
            # Held while the test's members are answered, however long a busy machine takes.
            if not gate.opened.wait(timeout=GATE_HELD_AT_MOST):
                raise TimeoutError("the test never opened the gate")
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


@pytest.fixture
def gate() -> Iterator[Gate]:
    gate = Gate()
    yield gate
    gate.open()  # never leave a worker thread waiting (the loop would wait for it on close)


@pytest.fixture
def gated_engine(tmp_path: Path, bundled_embedder: Any, gate: Gate) -> Engine:
    """A real engine of this test's own (two documents, indexed), with NEW_DOCUMENT added to
    its folder afterwards: the next reindex embeds it and stops at the gate."""
    own = Engine(
        knowledge_settings_for(tmp_path / "knowledge"),
        embeddings=GatedEmbeddings(bundled_embedder, gate),
    )
    own.ensure_index()
    new = own.settings.source_dir / "summaries" / "meal-penalty-guide.md"
    new.parent.mkdir(parents=True, exist_ok=True)
    new.write_text(NEW_DOCUMENT, encoding="utf-8")
    return own
