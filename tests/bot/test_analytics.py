"""Anonymous analytics and the answer store."""

from __future__ import annotations

import datetime as dt
import sqlite3

from bot.analytics import Analytics
from bot.answer_store import AnswerStore
from bot.privacy import KeyedHash
from knowledge import Answer, Source

USER_ID = 123456789012345678
USER_NAME = "alice"


def dump(path) -> str:
    with sqlite3.connect(path) as db:
        return "\n".join(db.iterdump())


def test_counts_feedback_and_unanswered_questions(tmp_path):
    analytics = Analytics(tmp_path / "a.sqlite3", today=lambda: dt.date(2025, 3, 1))
    hasher = KeyedHash(b"k" * 32)
    for event in ("answer", "answer", "not_found", "rate_limited"):
        analytics.count(event, "slash")
    analytics.count("answer", "mention")
    analytics.unanswered("What about  dental   cover?", "en")
    analytics.unanswered("what about dental cover?", "en")
    analytics.feedback("a1", hasher("vote", "a1", USER_ID), helpful=True)
    analytics.feedback("a1", hasher("vote", "a1", USER_ID), helpful=False)  # changed their mind
    analytics.feedback("a1", hasher("vote", "a1", 42), helpful=True)

    stats = analytics.stats()
    assert stats.counts == {"answer": 3, "not_found": 1, "rate_limited": 1}
    assert stats.by_via == {"mention": 1, "slash": 3}
    assert (stats.helpful, stats.unhelpful) == (1, 1)
    assert stats.unanswered == [("what about dental cover?", 2)]


def test_nothing_stored_identifies_a_member(tmp_path):
    path = tmp_path / "a.sqlite3"
    analytics = Analytics(path)
    hasher = KeyedHash(b"k" * 32)
    analytics.count("not_found", "dm")
    analytics.unanswered("Is my agent allowed to scan me?", "en")
    analytics.feedback("a1", hasher("vote", "a1", USER_ID), helpful=True)
    analytics.feedback("a2", hasher("vote", "a2", USER_ID), helpful=True)
    analytics.close()

    text = dump(path)
    assert str(USER_ID) not in text and USER_NAME not in text
    with sqlite3.connect(path) as db:
        columns = {
            table: [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
            for table in ("counts", "unanswered", "feedback")
        }
        voters = {row[0] for row in db.execute("SELECT voter FROM feedback")}
    assert columns["unanswered"] == ["id", "day", "language", "question"]
    assert len(voters) == 2  # the same member's votes on two answers cannot be linked


def test_unanswered_questions_can_be_switched_off(tmp_path):
    analytics = Analytics(tmp_path / "a.sqlite3", keep_unanswered=False)
    analytics.unanswered("secret", "en")
    assert analytics.stats().unanswered == []


def test_answer_store_keeps_quotes_and_is_bounded(tmp_path):
    store = AnswerStore(tmp_path / "answers.sqlite3", size=3)
    for i in range(5):
        source = Source(
            i + 1,
            "doc.md",
            f"Doc {i}",
            0,
            5,
            "Whole passage.",
            f"Quote {i}.",
            heading="Article 1",
            effective_from="2023-11-09",
        )
        store.put(Answer(f"question {i}", "text", [source], id=f"id{i}"))

    assert len(store) == 3 and store.get("id0") is None and store.get("id1") is None
    (kept,) = store.get("id4")
    assert (kept.title, kept.quote, kept.location, kept.dates) == (
        "Doc 4",
        "Quote 4.",
        "Article 1",
        "from 2023-11-09",
    )
    assert "question" not in dump(tmp_path / "answers.sqlite3")


def test_unanswered_questions_are_kept_without_mentions_emails_or_phone_numbers(tmp_path):
    analytics = Analytics(tmp_path / "a.sqlite3")
    analytics.unanswered(
        f"<@{USER_ID}> <@&42> <#77> @everyone is there a rate for night shoots? "
        "Mail jo.doe+union@example.org or call +1 (555) 123-4567 / 06 12 34 56 78",
        "en",
    )
    analytics.unanswered("Rates for 2023-2026 at $1,204.50 a week, section 12.3?", "en")

    stored = [q for q, _ in analytics.stats().unanswered]
    assert stored[1] == (
        "@someone @someone #channel @someone is there a rate for night shoots? "
        "Mail [e-mail] or call [number] / [number]"
    )
    assert stored[0] == "Rates for 2023-2026 at $1,204.50 a week, section 12.3?"  # figures stay
    saved = dump(analytics.path)
    for private in (str(USER_ID), "jo.doe", "555", "56 78"):
        assert private not in saved


def test_unanswered_questions_are_kept_for_the_set_number_of_days(tmp_path):
    day = [dt.date(2025, 3, 1)]
    path = tmp_path / "a.sqlite3"
    analytics = Analytics(path, keep_days=7, today=lambda: day[0])
    analytics.unanswered("an old gap", "en")
    day[0] = dt.date(2025, 3, 7)
    analytics.unanswered("a recent gap", "en")
    assert [q for q, _ in analytics.stats(days=365).unanswered] == ["a recent gap", "an old gap"]
    day[0] = dt.date(2025, 3, 8)  # the first is now 8 days old
    assert [q for q, _ in analytics.stats(days=365).unanswered] == ["a recent gap"]
    analytics.close()
    assert "an old gap" not in dump(path)
    # 0 days: nothing is kept, and what was kept before is dropped when the store opens.
    none = Analytics(path, keep_days=0, today=lambda: day[0])
    none.unanswered("another gap", "en")
    assert none.stats(days=365).unanswered == [] and "gap" not in dump(path)
