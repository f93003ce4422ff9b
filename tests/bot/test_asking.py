"""Command logic around a question: length, rate limit, analytics of the outcome."""

from __future__ import annotations

from tests.bot.conftest import MakeBot

USER = 123456789012345678


async def test_a_question_over_the_length_limit_is_refused_with_the_numbers(make_bot: MakeBot):
    bot = make_bot(max_question_chars=20)
    event, text = bot.refusal(USER, "x" * 25, "en")
    assert event == "too_long" and "25 characters" in text and "under 20" in text
    assert bot.refusal(USER, "x" * 20, "en") is None


async def test_the_rate_limit_is_per_member_and_explains_the_wait(make_bot: MakeBot):
    bot = make_bot(rate_limit=2)
    assert bot.refusal(USER, "q", "en") is None and bot.refusal(USER, "q", "en") is None
    event, text = bot.refusal(USER, "q", "fr")
    assert event == "rate_limited" and "Attendez 60 s" in text and "2 par minute" in text
    assert bot.refusal(USER + 1, "q", "en") is None


async def test_too_long_questions_do_not_use_up_the_rate_limit(make_bot: MakeBot):
    bot = make_bot(rate_limit=1, max_question_chars=5)
    for _ in range(3):
        assert bot.refusal(USER, "much too long", "en")[0] == "too_long"
    assert bot.refusal(USER, "short", "en") is None


async def test_outcomes_are_counted_and_gaps_kept_without_identity(make_bot: MakeBot):
    bot = make_bot()
    found = await bot.answer("What's the day rate for stand-ins?", None, "slash")
    missing = await bot.answer("What is the capital of Peru?", None, "dm")
    assert bot.analytics.stats().counts == {}  # counted once delivered, not before
    await bot.delivered(found, "slash")
    await bot.delivered(missing, "dm")

    assert found.kind == "answer" and missing.kind == "not_found"
    stats = bot.analytics.stats()
    assert stats.counts == {"answer": 1, "not_found": 1}
    assert stats.unanswered == [("What is the capital of Peru?", 1)]
    stored = bot.answers.get(found.id)
    assert stored and stored[0].quote and bot.answers.get(missing.id) is None
