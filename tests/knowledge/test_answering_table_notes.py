"""A table's note announcing a later figure replaces the row that carries its mark, from
the note's day: "Per song: R1 850 (b)" and "(b) From 1 March 2027 the amount per song is
R1 990" (answering/supersession.py)."""

from __future__ import annotations

from small_corpus import answerer_over

SCHEDULE = """# Rate Schedule CY26/27

This schedule applies from 1 March 2026.

| Rate unit | Idol voice actor | Holo performer |
|---|---|---|
| per song | R1 850 (b) | — |
| per recording session (up to 4 h) | R3 200 | — |
| per show | — | R7 400 (a) |

(a) A show lasts up to 90 minutes.

(b) Announced for the next contract year: from 1 March 2027 the amount per song is R1 990.
"""


def test_a_note_announcing_a_later_figure_replaces_the_marked_row_from_its_day(
    tmp_path, bundled_embedder
):
    answerer = answerer_over(tmp_path, {"rate-schedule.md": SCHEDULE}, bundled_embedder)
    later = answerer.ask("idol voice actor, per song rate in march 2027?")
    assert "R1 990" in later.text.splitlines()[0]
    assert "R1 850" not in later.text
    now = answerer.ask("idol voice actor per song rate rn?")
    assert "R1 850" in now.text.splitlines()[0]  # the announced figure is not yet in force
    # a note with no later figure replaces nothing; a row without the mark stays
    show = answerer.ask("holo performer show fee in march 2027?")
    assert "R7 400" in show.text.splitlines()[0]
    session = answerer.ask("recording session fee in march 2027?")
    assert "R3 200" in session.text.splitlines()[0]
