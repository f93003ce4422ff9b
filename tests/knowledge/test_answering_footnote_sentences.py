"""A footnote's mark opens a sentence (answering/sentences.py): the footnotes printed
under a rate table are each their own sentence, so that one footnote's date does not
date the figure of the next."""

from __future__ import annotations

from knowledge.answering.sentences import sentences


def test_each_footnote_under_a_table_is_a_sentence_of_its_own():
    notes = (
        "² Frozen at S/ 38.00 until 30.VI.2027 (clause 5.2). "
        "³ Per flight with the harness above 3.5 m (clause 6.1). "
        "⁴ The per diem is raised by 3.5% on 1.XII.2026."
    )
    assert sentences(notes) == [
        "² Frozen at S/ 38.00 until 30.VI.2027 (clause 5.2).",
        "³ Per flight with the harness above 3.5 m (clause 6.1).",
        "⁴ The per diem is raised by 3.5% on 1.XII.2026.",
    ]
    # a dagger marks a footnote too; a lower-case word after a full stop still goes on
    assert sentences("Paid per show. † Only on tour. e.g. twice.") == [
        "Paid per show.",
        "† Only on tour. e.g. twice.",
    ]
