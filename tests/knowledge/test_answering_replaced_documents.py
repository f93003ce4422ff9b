"""A document another says it replaces from a day (answering/replaced_documents.py): its
notes in prose are replaced with its rows, and are quoted for the time before only."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from small_corpus import answerer_over

from knowledge.answering.replaced_documents import replaced_documents

OLD = """# Rate Sheet 2025/26

Minimum fees for season 2025/26, from 1 September 2025 to 31 August 2026.

| Code | Work | Unit | Fee 2025/26 |
|---|---|---|---|
| T-1 | Surtitle translation | per page | €38.50 |

Notes. Surtitle overtime is due beyond eleven (11) hours of work in a day, per half hour.
"""

NEW = """# Rate Sheet 2026/27

This Rate Sheet replaces Rate Sheet 2025/26 from 1 September 2026.

| Code | Work | Unit | Fee 2026/27 |
|---|---|---|---|
| T-1 | Surtitle translation | per page | €39.90 |
"""

AGREEMENT = """# Lyric Stage Agreement 2025-2028

18.1 Surtitle overtime is paid beyond ten (10) hours of work in a day, per half hour, at
the overtime row of the season's Rate Sheet.
"""


def test_a_replaced_documents_notes_are_over_from_the_day_it_is_replaced(
    tmp_path, bundled_embedder
):
    documents = {"rate-sheet-2025-26.md": OLD, "rate-sheet-2026-27.md": NEW, "a.md": AGREEMENT}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 4))
    now = answerer.ask("surtitle overtime: after how many hours of work in a day does it start?")
    assert "ten (10) hours" in now.text
    assert "eleven (11)" not in now.text


def _record(source: str, text: str) -> SimpleNamespace:
    return SimpleNamespace(source=source, text=text)


def test_only_a_text_that_says_it_replaces_another_from_a_day_replaces_it():
    titles = {"old.md": "Rate Sheet 2025/26", "new.md": "Rate Sheet 2026/27"}
    said = [_record("new.md", "This Rate Sheet replaces Rate Sheet 2025/26 from 1 September 2026.")]
    assert replaced_documents(said, titles) == {"old.md": dt.date(2026, 9, 1)}
    french = [
        _record(
            "faq.md", "Le barème 2026/27 remplace le barème 2025/26 depuis le 1er septembre 2026."
        )
    ]
    assert replaced_documents(french, titles) == {"old.md": dt.date(2026, 9, 1)}
    denied = [
        _record("faq.md", "Il ne remplace pas le barème 2025/26 à compter du 1er septembre 2026.")
    ]
    assert replaced_documents(denied, titles) == {}
    undated = [_record("new.md", "This Rate Sheet replaces Rate Sheet 2025/26.")]
    assert replaced_documents(undated, titles) == {}
    # not so, or not yet: a negation before or after the verb, a condition, a proposal
    for sentence in (
        "This sheet no longer replaces Rate Sheet 2025/26 from 1 September 2026.",
        "Ça remplace pas le barème 2025/26 depuis le 1er septembre 2026.",
        "If ratified, the proposed sheet replaces Rate Sheet 2025/26 from 1 September 2026.",
    ):
        assert replaced_documents([_record("faq.md", sentence)], titles) == {}, sentence
    # a day written with dots is read
    dotted = [_record("new.md", "This Rate Sheet replaces Rate Sheet 2025/26 from 01.09.2026.")]
    assert replaced_documents(dotted, titles) == {"old.md": dt.date(2026, 9, 1)}


def test_a_document_that_says_it_replaces_another_from_a_day_starts_that_day():
    titles = {"old.md": "Rate Sheet 2025/26", "new.md": "Rate Sheet 2026/27"}
    starts: dict[str, dt.date] = {}
    said = [
        _record(
            "new.md",
            "Replacement and how to read this sheet This Rate Sheet replaces Rate Sheet "
            "2025/26 from 1 September 2026.",
        )
    ]
    replaced_documents(said, titles, starts)
    assert starts == {"new.md": dt.date(2026, 9, 1)}
    # another document saying so is not the one replacing: its own start is not that day
    starts.clear()
    for sentence in (
        "The Rate Sheet 2026/27 replaces Rate Sheet 2025/26 from 1 September 2026.",
        "As said this week the sheet 2026/27 replaces Rate Sheet 2025/26 from 1 September 2026.",
    ):
        told = [_record("faq.md", sentence)]
        assert replaced_documents(told, titles, starts) == {"old.md": dt.date(2026, 9, 1)}
        assert starts == {}, sentence


def test_a_clause_replacing_a_years_figure_does_not_replace_a_document_of_that_year():
    titles = {"policy.md": "Travel Policy 2025", "letter.md": "Side Letter No. 4"}
    said = [_record("letter.md", "Article 9 replaces the 2025 per diem from 1 July 2026.")]
    assert replaced_documents(said, titles) == {}


def test_a_title_without_years_is_named_by_a_dated_reference_holding_its_words():
    titles = {
        "interim.docx": "Interim Agreement – Ice Shows and Arenas",
        "old.pdf": "Ice Show Performers Agreement 2022–2026",
        "new.pdf": "Ice Show and Arena Agreement 2026–2029",
    }
    said = [
        _record(
            "new.pdf",
            "1.4 This agreement replaces the Interim Agreement of 24 June 2026 from "
            "1 November 2026.",
        )
    ]
    assert replaced_documents(said, titles) == {"interim.docx": dt.date(2026, 11, 1)}
    # a clause is no document, though a title holds its word: the reference names no year
    clause = [
        _record(
            "new.pdf",
            "Les parties remplacent la clause 4 de l'accord intérimaire, à compter du "
            "1er décembre 2026, par le texte suivant.",
        )
    ]
    assert replaced_documents(clause, {**titles, "interim.docx": "Accord intérimaire"}) == {}
    # two titles holding its words name neither; a title holding the date's month is no
    # reference's, nor is a yearless title a reference with a year and no day names
    both = {**titles, "other.docx": "Interim Agreement – Touring Annex"}
    assert replaced_documents(said, both) == {}
    gala = {**titles, "interim.docx": "June Gala Rates"}
    assert replaced_documents(said, gala) == {}
    policy = [_record("new.pdf", "Article 9 replaces the 2019 travel policy from 1 July 2026.")]
    assert replaced_documents(policy, {**titles, "h.md": "Harassment Policy"}) == {}
