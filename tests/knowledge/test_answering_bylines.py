"""A forum thread's bylines ("Post by Ana (steward) » Mon Dec 07, 2026 8:55 am") and its
trail ("Board: Pay » Thread: …") say who wrote what and where it sits: no sentence of them
is quoted, nor read as the answer to a question a post asks (answering/units.py)."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

from knowledge.answering.units import cut
from knowledge.search import Passage

THREAD = """Grotto Talk - the members' forum
Board: Pay and agreements » Thread: Season 2026-27: payday and party fees

Post by Hamish Oduya-Grant » Sun Dec 06, 2026 6:10 pm
Someone says we will be paid for the whole grotto season by 8 January. Can I count on that?

Post by Marguerite Haldane-Osei (steward) » Mon Dec 07, 2026 8:55 am
Not by then. The fees of this season are due by Thursday 21 January 2027, ten working days
after the season's last day.
"""


def test_bylines_and_the_trail_are_no_sentences():
    text = THREAD
    p = Passage("p1", "thread.txt", "Grotto Talk - the members' forum", text, 0, len(text), 1.0, {})
    shown = [u.display for u in cut([p])]
    assert not any("Post by" in s or "» Thread" in s for s in shown)
    assert not any(s.startswith("Grotto Talk") for s in shown)
    assert any("due by Thursday 21 January 2027" in s for s in shown)


def test_when_a_post_s_question_is_answered_the_reply_is_quoted(tmp_path, bundled_embedder):
    answerer = answerer_over(
        tmp_path, {"thread.txt": THREAD}, bundled_embedder, dt.date(2026, 12, 7)
    )
    answer = answerer.ask("when do we get paid for this grotto season?")
    assert answer.grounded
    assert "21 January 2027" in answer.text
    assert "Post by" not in answer.text


def test_a_french_quotation_closed_on_the_next_line_is_no_trail():
    text = (
        "Quand une voix IA parle, la ligne « Voix IA – générée à partir des enregistrements d'un"
        " vrai\ncommentateur, avec son consentement » reste affichée sur la diffusion, du début à"
        "\nla fin de l'intervention.\n"
    )
    p = Passage("p1", "guide.md", "Guide", text, 0, len(text), 1.0, {})
    shown = [u.display for u in cut([p])]
    assert any("d'un vrai commentateur, avec son consentement » reste affichée" in s for s in shown)


def test_a_first_line_that_says_something_is_quoted_though_it_is_the_title():
    # a plain text's title is its first line: a sentence there is still a sentence
    text = (
        "Rehearsal pay is $45 per hour from 1 January 2027.\nOvertime is paid at time and a half.\n"
    )
    title = "Rehearsal pay is $45 per hour from 1 January 2027."
    p = Passage("p1", "note.txt", title, text, 0, len(text), 1.0, {})
    assert next(u.display for u in cut([p])) == title


def test_a_line_that_says_who_wrote_is_no_byline_when_it_says_more():
    text = "On 3 March 2026 the committee met, and the chair said the fee rises 5 %, staff wrote:\n"
    p = Passage("p1", "minutes.txt", "Minutes", text, 0, len(text), 1.0, {})
    assert any("the fee rises 5 %" in u.display for u in cut([p]))
