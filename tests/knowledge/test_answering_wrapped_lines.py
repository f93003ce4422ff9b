"""A plain-text or PDF line that carries on the sentence above it is not a clause, whatever
number it starts with (chunking.py): "… its first meeting on Monday" / "18 January 2027 at
14:00" is a day, and "… up to 75 guests. Above" / "75 guests, a per-guest rate …" a count,
not clauses 18 and 75. Read as clauses, the day and the per-guest rate were cut from the
sentences that say what they are, and no answer quoted them."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.chunking import chunk_document
from knowledge.line_numbers import next_clause
from knowledge.loading import load_bytes

LETTER = (
    "Guild of Party Performers - letter to members, 4 December 2026\r\n"
    "\r\n"
    "1. Your MC fee. The MC fee is paid per event, for up to six hours at the venue; the\r\n"
    "dinner on Saturday 12 December is an ordinary booking.\r\n"
    "\r\n"
    "2. The Joint Committee on Synthetic Performances will hold its first meeting on Monday\r\n"
    "18 January 2027 at 14:00 at Guild House. Send me your questions by Friday 8 January.\r\n"
    "\r\n"
    "3. Face painters. The hourly rate of a face painter covers an event of up to 75 guests. Above\r\n"
    "75 guests, a per-guest rate of 6.50 dollars is added for each guest above the first 75.\r\n"
    "\r\n"
    "4. Overtime is paid in blocks of 15 minutes after the booked end.\r\n"
)


def _chunks() -> list:
    return chunk_document(load_bytes(LETTER.encode(), "letter-to-members.txt"))


def test_a_day_or_a_count_after_an_unended_line_carries_the_sentence_on():
    chunks = _chunks()
    meeting = next(c for c in chunks if "first meeting on Monday" in c.text)
    assert "18 January 2027 at 14:00" in meeting.text
    guests = next(c for c in chunks if "up to 75 guests" in c.text)
    assert "a per-guest rate of 6.50 dollars" in guests.text
    headings = {c.heading.split()[0] for c in chunks if c.heading}
    assert not headings & {"18", "75"}
    # the numbered items are still clauses
    assert any(c.heading.startswith("4. Overtime") for c in chunks)


def test_the_next_clause_number_or_a_bis_opens_a_clause_after_an_unended_line():
    text = (
        "Rules for club nights\n\n"
        "1 Minimum call: 3 hours at $120\n"
        "2 travel is paid at $0.50 a km beyond 20 km.\n\n"
        "12 Congés (CP)\n"
        "12 bis avances sur cachet\n"
    )
    headings = [c.heading for c in chunk_document(load_bytes(text.encode(), "rules.txt"))]
    assert any(h.startswith("2 travel is paid") for h in headings)
    assert any(h.startswith("12 bis avances") for h in headings)
    # a word that starts with "ter" is no "ter" clause
    assert next_clause("12 terrace bookings are paid", 3) is False


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("wrapped_lines")
    return answerer_over(
        root, {"letter-to-members.txt": LETTER}, bundled_embedder, dt.date(2026, 12, 7)
    )


def test_the_day_and_the_per_guest_rate_are_quoted_with_their_sentences(answerer):
    text = answerer.ask("when is the first meeting of the joint committee?").text
    assert "18 January 2027" in text
    text = answerer.ask(
        "face painting at a party with 110 guests, is there an extra per guest?"
    ).text
    assert "6.50" in text
