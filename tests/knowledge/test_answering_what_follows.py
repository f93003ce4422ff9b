"""A quoted sentence that announces what follows ("the sentence is:") is shown with the
sentence after it, the thing announced; one that points back ("… in this way") after the
rule it points to (answering/support.py, with_what_follows)."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

GUIDE = """# Your voice and AI

## The spoken label

Before every synthetic reading, the listener hears a sentence that says where the voice
comes from (clause 15.2). For a reading in English, the sentence is:

"This reading was generated from the poet's voice, with the poet's consent."

## Statements

Our statements go out each quarter. Under clause 17.2, a balance under K500.00 is not paid
with its statement: it is carried to the next quarter's statement, paid by 31 January 2027.
A balance of K412.30, for instance, was carried forward in this way.

## Suspensions

A licence for a synthetic reading lasts twelve months.

The rates are as follows:

- A voice capture session: K 12,000.00.
- A synthetic reading, per month: K 720.00.
"""


def test_a_sentence_that_announces_a_quote_is_shown_with_it(tmp_path, bundled_embedder):
    answerer = answerer_over(tmp_path, {"guide.md": GUIDE}, bundled_embedder, dt.date(2026, 12, 8))
    answer = answerer.ask(
        "what sentence does the listener hear before a synthetic reading in English?"
    )
    assert answer.grounded
    assert "the sentence is: \"This reading was generated from the poet's voice" in answer.text


def test_a_sentence_that_points_back_is_shown_after_the_rule_it_points_to(
    tmp_path, bundled_embedder
):
    answerer = answerer_over(tmp_path, {"guide.md": GUIDE}, bundled_embedder, dt.date(2026, 12, 8))
    answer = answerer.ask("my balance of K412.30 was not paid with my statement, is that allowed?")
    assert "paid by 31 January 2027. A balance of K412.30, for instance" in answer.text
