"""Questions and earlier turns, read back from Discord messages."""

from __future__ import annotations

from types import SimpleNamespace

import discord

from bot.conversation import question_text, turns

BOT, ALICE, BOB = 1, 2, 3


def member(mid: int, content: str, author: int = ALICE):
    return SimpleNamespace(id=mid, author=SimpleNamespace(id=author), content=content, embeds=[])


def steward(mid: int, text: str | None, replying_to: int | None = None):
    embeds = [discord.Embed(description=text)] if text else []
    reference = SimpleNamespace(message_id=replying_to) if replying_to else None
    return SimpleNamespace(
        id=mid,
        author=SimpleNamespace(id=BOT),
        content="" if text else "Slow down!",
        embeds=embeds,
        reference=reference,
    )


def test_question_text_drops_only_the_bots_mention():
    assert question_text(f"<@{BOT}> what's the  rate?", BOT) == "what's the rate?"
    assert question_text(f"<@!{BOT}> ask <@{BOB}>", BOT) == f"ask <@{BOB}>"
    assert question_text("", BOT) == ""
    assert question_text("<@&77> rates? <@&78>", BOT, [77]) == "rates? <@&78>"


def test_turns_pair_questions_with_the_answers_that_reply_to_them():
    messages = [
        member(10, f"<@{BOT}> what's the overtime rule?"),
        member(11, "unrelated chatter", author=BOB),
        steward(12, "Time and a half [1].", replying_to=10),
        member(13, f"<@{BOT}> and for stand-ins?"),
        steward(14, None, replying_to=13),  # a refusal: no embed, not an answer
    ]
    assert turns(messages, BOT, 3) == [("what's the overtime rule?", "Time and a half [1].")]


def test_a_thread_answer_without_reference_and_a_multi_page_answer():
    messages = [
        member(10, "what's the day rate?"),  # the thread's starter message
        steward(11, "Page one."),
        steward(12, "Page two."),
        member(13, "and in 2024?"),
        steward(14, "It was $250.", replying_to=13),
    ]
    assert turns(messages, BOT, 5) == [
        ("what's the day rate?", "Page one.\n\nPage two."),
        ("and in 2024?", "It was $250."),
    ]
    assert turns(messages, BOT, 1) == [("and in 2024?", "It was $250.")]
    assert turns(messages, BOT, 0) == []


def test_members_messages_without_content_are_ignored():
    messages = [member(10, ""), steward(11, "An answer.")]
    assert turns(messages, BOT, 3) == []
