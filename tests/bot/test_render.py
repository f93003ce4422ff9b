"""Rendering answers within Discord's limits: splitting, citations, no pings."""

from __future__ import annotations

import json
import re

import discord
import pytest

from bot.analytics import Stats
from bot.answer_store import StoredSource
from bot.render import (
    CONTENT_LIMIT,
    answer_embeds,
    answer_pages,
    content_pieces,
    embeds_for,
    link,
    pages,
    source_field,
    split_text,
    text_pages,
)
from bot.reports import documents_pages, report_pages, stats_pages
from bot.views import quotes_pages
from knowledge import Answer, IndexReport, LoadFailure, Source
from tests.standin.limits import ApiError, check_message

REMINDER = "Information from union documents, not legal advice."


def assert_sendable(batches: list[list[discord.Embed]]) -> None:
    """Each batch passes the stand-in's copy of Discord's form validation."""
    for batch in batches:
        try:
            check_message({"embeds": [e.to_dict() for e in batch]}, creating=True)
        except ApiError as e:  # pragma: no cover - the failure message is the point
            pytest.fail(f"Discord would refuse this message: {e.errors}")


def words(text: str) -> list[str]:
    return text.split()


def source(n: int, **overrides) -> Source:
    values = {
        "n": n,
        "source": f"contracts/doc{n}.md",
        "title": f"Agreement {n}",
        "start": 0,
        "end": 10,
        "text": f"Passage {n}.",
        "quote": f"Quoted sentence {n}.",
        "kind": "contract",
        "heading": "Article 14 > Section 3",
        "page": None,
        "effective_from": "2023-11-09",
        "effective_to": "2026-06-30",
        "source_url": "https://www.sagaftra.org/contracts/2023",
    }
    values.update(overrides)
    return Source(**values)


def answer(text: str, sources: list[Source] | None = None, kind: str = "answer") -> Answer:
    return Answer(
        "q", f"{text}\n\n_{REMINDER}_", sources or [], kind=kind, id="abc123", reminder=REMINDER
    )


# splitting ------------------------------------------------------------------------------------


def test_split_text_prefers_paragraphs_then_lines_and_loses_nothing():
    paragraphs = [f"Paragraph {i}: " + "word " * 60 for i in range(20)]
    text = "\n\n".join(paragraphs)
    pieces = split_text(text, 1000)

    assert all(len(p) <= 1000 for p in pieces) and len(pieces) > 1
    assert words(" ".join(pieces)) == words(text)
    assert all(p.startswith("Paragraph ") for p in pieces)  # every cut at a paragraph


def test_split_text_cuts_lines_before_sentences_before_words():
    lines = "\n".join(f"- item {i} " + "x" * 50 for i in range(40))
    assert all(p.startswith("- item") for p in split_text(lines, 300))

    sentences = " ".join(f"Sentence {i} ends here." for i in range(100))
    assert all(p.endswith(".") for p in split_text(sentences, 200))


def test_a_word_longer_than_the_limit_is_cut_but_kept_whole_across_pieces():
    pieces = split_text("a" * 2500, 1000)
    assert [len(p) for p in pieces] == [1000, 1000, 500] and "".join(pieces) == "a" * 2500


def test_content_pieces_fit_a_message():
    pieces = content_pieces("line\n" * 1500)
    assert all(len(p) <= CONTENT_LIMIT for p in pieces) and len(pieces) == 4


# answers --------------------------------------------------------------------------------------


def test_answer_embed_has_text_numbered_sources_and_reminder_last():
    sources = [
        source(1),
        source(2, heading="", page=4, superseded=True, source_url=None),
    ]
    (embed,) = answer_embeds(answer("The rate is $262 [1], was $250 [2].", sources))

    assert embed.description == "The rate is $262 [1], was $250 [2]."
    first, second = embed.fields
    assert first.name == "[1] Agreement 1"
    assert first.value == (
        "Article 14 > Section 3\nIn force 2023-11-09 → 2026-06-30\n"
        "[sagaftra.org](https://www.sagaftra.org/contracts/2023)"
    )
    assert second.name == "[2] Agreement 2"
    assert second.value == "page 4\n⚠️ superseded (2023-11-09 → 2026-06-30)"
    assert embed.footer.text == REMINDER


def test_a_french_answer_labels_its_sources_in_french():
    sources = [
        source(1, effective_to=None),
        source(2, heading="", superseded=True, source_url=None),
    ]
    french = answer("Le tarif est de 262 $ [1], avant 250 $ [2].", sources)
    french.language = "fr"
    (embed,) = answer_embeds(french)
    first, second = embed.fields
    assert "En vigueur depuis le 2023-11-09" in first.value
    assert second.value == "⚠️ remplacé (2023-11-09 → 2026-06-30)"
    assert "[1] Agreement 1 (contracts/doc1.md; Article 14 > Section 3, depuis le 2023-11-09" in (
        french.to_markdown()
    )
    stored = [StoredSource(2, "Agreement 2", "", "2023-11-09 → 2026-06-30", "Quote.", None, True)]
    (quotes,) = [e for batch in quotes_pages(stored, "Passages cités", "fr") for e in batch]
    assert "2023-11-09 → 2026-06-30 (remplacé)" in (quotes.description or "")


def test_a_long_answer_is_split_across_embeds_and_messages_never_cut():
    body = "\n\n".join(f"- **Rate {i}** — " + "detail " * 80 + f"[{i % 30 + 1}]" for i in range(60))
    sources = [source(n, title="T" * 300, heading="H" * 400) for n in range(1, 31)]
    batches = answer_pages(answer(body, sources))

    assert_sendable(batches)
    assert len(batches) > 1
    embeds = [e for batch in batches for e in batch]
    assert words(" ".join(e.description or "" for e in embeds)) == words(body)
    names = [f.name for e in embeds for f in e.fields]
    assert [n.split("]")[0] for n in names] == [f"[{n}" for n in range(1, 31)]
    assert all(name.endswith("…") and len(name) <= 256 for name in names)  # visibly shortened
    assert embeds[-1].footer.text == REMINDER
    assert [e.footer.text for e in embeds[:-1]] == [None] * (len(embeds) - 1)


def test_mentions_in_answers_sources_and_quotes_cannot_ping():
    pinging = "@everyone <@123456789012345678> <@&223456789012345678> @here"
    sources = [source(1, title=f"Title {pinging}", heading=pinging, quote=f"Quote {pinging}")]
    rendered = json.dumps(
        [e.to_dict() for batch in answer_pages(answer(f"Text {pinging}", sources)) for e in batch]
        + [
            e.to_dict()
            for batch in quotes_pages(
                [StoredSource(1, f"Title {pinging}", pinging, "", f"Quote {pinging}")], "Quotes"
            )
            for e in batch
        ],
        ensure_ascii=False,
    )
    assert "@everyone" not in rendered and "@here" not in rendered
    assert "<@" not in rendered


def test_links_only_for_web_urls_and_escaped():
    assert link("javascript:alert(1)") == "" and link("ftp://x/y") == "" and link(None) == ""
    assert link("https://example.org/a (b)") == "[example.org](https://example.org/a%20%28b%29)"


def test_answer_embeds_link_only_to_where_the_sources_point():
    sources = [source(1, text="Rates: https://www.sagaftra.org/rates and more.")]
    text = (
        "See [the official rate sheet](https://evil.example/rates) [1](https://evil.example), "
        "[the rates](https://www.sagaftra.org/rates) and https://evil.example/x."
    )
    (embed,) = answer_embeds(answer(text, sources))

    assert embed.description == (
        "See the official rate sheet [1], [the rates](https://www.sagaftra.org/rates) "
        "and `https://evil.example/x`."
    )


def test_the_reminder_is_shown_apart_from_the_body():
    assert answer("Body.").body == "Body."
    assert Answer("q", "No reminder here.").body == "No reminder here."


def test_a_source_field_always_fits():
    field = source_field(source(1, heading="H" * 2000, source_url="https://x.org/" + "p" * 900))
    assert len(field[0]) <= 256 and len(field[1]) <= 1024


def test_not_found_answers_render_without_fields():
    (embed,) = answer_embeds(answer("Our documents don't cover this.", kind="not_found"))
    assert embed.fields == [] and embed.footer.text == REMINDER


# other views ----------------------------------------------------------------------------------


def test_pages_respect_ten_embeds_and_six_thousand_characters():
    many = [discord.Embed(description="d" * 1000) for _ in range(25)]
    batches = pages(many)
    assert_sendable(batches)
    assert [len(b) for b in batches] == [6, 6, 6, 6, 1]  # 6 x 1,000 is exactly the limit

    small = [discord.Embed(description="d") for _ in range(25)]
    assert [len(b) for b in pages(small)] == [10, 10, 5]


def test_reindex_report_lists_every_failure_with_its_reason():
    failed = [
        LoadFailure(f"uploads/broken-{i}.pdf", "unreadable PDF: EOF marker not found")
        for i in range(200)
    ]
    report = IndexReport(added=1, updated=2, skipped=3, deleted=4, failed=failed, changed=True)
    batches = report_pages(report, "📄 Added `uploads/new.md` in the documents folder.")

    assert_sendable(batches)
    text = "\n".join(e.description or "" for b in batches for e in b)
    assert "**Added** 1 · **Updated** 2 · **Deleted** 4 · **Unchanged** 3 · **Failed** 200" in text
    assert all(f"broken-{i}.pdf` — unreadable PDF" in text for i in range(200))


def test_documents_list_shows_kind_dates_and_links():
    docs = [
        {
            "source": "contracts/a.md",
            "title": "SAG-AFTRA 2023 TV/Theatrical",
            "kind": "contract",
            "effective_from": "2023-11-09",
            "effective_to": "2026-06-30",
            "source_url": "https://www.sagaftra.org/x",
        },
        {"source": "rates/b.md", "title": "Rates", "kind": "rates", "effective_from": "2025-07-01"},
    ]
    (batch,) = documents_pages(docs)
    text = batch[0].description
    assert "**Contracts**\n• **SAG-AFTRA 2023 TV/Theatrical** — 2023-11-09 → 2026-06-30" in text
    assert "[sagaftra.org](https://www.sagaftra.org/x)" in text
    assert "**Rates**\n• **Rates** — from 2025-07-01" in text


def test_stats_and_help_render_within_limits():
    stats = Stats(30, {"answer": 5, "not_found": 2}, {"slash": 7}, 3, 1, [("q " * 400, 2)] * 15)
    assert_sendable(stats_pages(stats, 11))
    from bot.texts import HELP

    assert_sendable(text_pages(HELP, title="Steward"))


LINK = "[the official rate sheet for background actors](https://example.org/rates/2024.pdf)"


def whole_links(piece: str) -> bool:
    """Every '[' opens a complete Markdown link and every '](' belongs to one."""
    return piece.count("](") == len(re.findall(r"\[[^\[\]\n]*\]\([^()\s]*\)", piece))


def test_split_text_never_cuts_a_markdown_link():
    for offset in range(0, 120, 7):  # the limit falls at every place in and around the link
        text = "word " * (80 + offset // 5) + LINK + " and more words after it." * 3
        pieces = split_text(text, 450)
        assert all(whole_links(p) for p in pieces), (offset, pieces)
        assert " ".join(pieces).split() == text.split()


def test_a_field_value_shortened_keeps_links_whole():
    value = "Section 12, page 4\n" + "x" * 960 + " " + LINK
    (embed,) = embeds_for("Body", fields=[("[1] Agreement", value)])
    shown = embed.fields[0].value
    assert len(shown) <= 1024 and shown.endswith("…") and "[" not in shown
