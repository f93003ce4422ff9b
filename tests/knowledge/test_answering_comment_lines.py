"""A '#' line that is a sentence is a note, not a heading (loading/document.is_comment): a
CSV export's "# Next remittance: 2026-350 (…, that is 16 December 2026)." after its last
row was read as a heading with nothing under it, and was never indexed nor quoted."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.chunking import chunk_document
from knowledge.loading import load_bytes
from knowledge.loading.document import is_comment

REMITTANCE = (
    "# Festoon National Events Agency - performer remittance, November 2026\r\n"
    "# Every field is quoted, so the comma inside an amount is not a field separator.\r\n"
    '"date","event","item","quantity","rate","amount"\r\n'
    '"2026-11-14","EV-26-3402 anniversary dinner","MC fee (event)","1","GHS 1,250.00","GHS 1,250.00"\r\n'
    '"2026-11-21","EV-26-3477 children\'s party","Character performer","2","GHS 395.00","GHS 790.00"\r\n'
    '"","","Total for November 2026","","","GHS 2,040.00"\r\n'
    "# Paid by bank transfer on 2026-12-04, reference FST-REM-2611-0958.\r\n"
    "# Next remittance: 2026-350 (ISO ordinal date: day 350 of 2026, that is 16 December 2026).\r\n"
)


def test_a_sentence_after_a_hash_is_a_note_and_a_title_a_heading():
    assert is_comment("Next remittance: 2026-350 (day 350 of 2026, that is 16 December 2026).")
    assert not is_comment("Festoon National Events Agency - performer remittance, November 2026")
    assert not is_comment("Combien gagne un cascadeur à cheval par journée de tournage ?")
    assert not is_comment("Art. 5.")
    # a numbered or named section's heading, or a list's "etc.", ends on a full stop too
    assert not is_comment("4. Payment of fees and expenses to the members.")
    assert not is_comment("Article 5 applies to all members of the guild.")
    assert not is_comment("Rates for singers, dancers, musicians, etc.")
    chunks = chunk_document(load_bytes(REMITTANCE.encode(), "festoon-remittance-2026-11.txt"))
    assert any("that is 16 December 2026" in c.text for c in chunks)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("comment_lines")
    documents = {"festoon-remittance-2026-11.txt": REMITTANCE}
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 7))


def test_the_note_after_the_last_row_is_quoted(answerer):
    text = answerer.ask("when is the next remittance?").text
    assert "16 December 2026" in text


def test_a_note_does_not_turn_a_files_numbered_clauses_into_prose():
    text = (
        "# This notice was exported from the payroll on 4 December 2026.\n\n"
        "Rules for club nights\n\n"
        "14.1 The minimum call is three hours.\n\n"
        "14.2 Travel is paid beyond 20 km.\n"
    )
    chunks = chunk_document(load_bytes(text.encode(), "club-rules.txt"))
    assert any(c.heading.startswith("14.2 Travel") for c in chunks)
