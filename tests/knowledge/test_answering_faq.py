"""A question a document asks on its own line ("You recognise your voice in a game you
never agreed to?") is read with the lines that answer it, as a FAQ prints them: it is
never quoted alone as an answer (answering/units.py)."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

from knowledge.answering.units import cut, is_question
from knowledge.search import Passage

GUIDE = """# Member guide 2026-2027

## 6. Reporting an unauthorised digital replica

Do you recognise your voice, your face or your movements in a game, a trailer or a
programme, though you never agreed to that use?

1. Do not contact the publisher yourself.
2. Fill in **form DR-21** (Unauthorised replica report) in the members' area or at the
   office, **within 30 days of finding it**.
3. Attach screenshots or recordings, the name of the game and the date you found it.

## 7. Dues

Annual dues are 210 dollars, paid by 1 September.
"""


def test_a_question_on_its_own_is_read_with_its_answer():
    passage = Passage("p", "guide.md", "Member guide", GUIDE, 0, len(GUIDE), 1.0)
    units = cut([passage])
    asked = [u for u in units if "recognise your voice" in u.text]
    assert len(asked) == 1  # not on its own as well
    faq = asked[0]
    assert "form DR-21" in faq.display and "within 30 days" in faq.display
    assert "recognise your voice" not in faq.display  # shown as the answer
    assert not any(u.display.rstrip().endswith("?") for u in units)
    # the next section's paragraph is not part of that answer
    assert "210 dollars" not in faq.display


def test_a_question_is_a_block_whose_every_sentence_asks():
    assert is_question("Vous reconnaissez votre voix dans un jeu ?")
    assert is_question("**When is the clone deleted?**")
    assert not is_question("When is it deleted? Within 60 days.")


def test_a_member_asking_how_to_report_is_answered_with_the_form_and_deadline(
    tmp_path, bundled_embedder
):
    answerer = answerer_over(tmp_path, {"guide.md": GUIDE}, bundled_embedder, dt.date(2026, 12, 3))
    answer = answerer.ask("found an AI replica of my voice in a game trailer, how do i report it?")
    first = answer.text.splitlines()[0]
    assert "DR-21" in first and "30 days" in first
