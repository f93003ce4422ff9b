"""Deciding to answer a question in one language from documents in the other: a unit in
the other language cannot hold the question's words, only their glossary translations,
and the bundled embedder matches the two languages weakly. For the decision (not the
ranking), a unit's match in the other language counts each word it holds as written or
translated at its full weight (answering/matching.py, Matcher.translated)."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

from knowledge.answering.matching import Matcher

SCHEDULE = """# Schedule A: minimum rates 2025-2029

| Code | Work | Unit | Amount |
|---|---|---|---|
| T-1 | Travel by own car beyond 25 km | per km | £0.48 |
| T-2 | Overnight allowance when no room is provided | per night | £115.90 |
| R-1 | Rehearsal, improv or sketch (minimum 2 hours) | per rehearsal hour | £35.20 |
"""

AGREEMENT = """# Live Comedy Agreement 2025-2029

## Article 12 – Travel

(1) A performer who drives more than 25 km from home base to an engagement is paid per
km for the whole journey (Schedule A, row T-1).

## Article 17 – Grievances

(1) A grievance is filed in writing with the other party within forty (40) days of the
event that gave rise to it.
"""


def test_a_word_found_only_as_its_translation_counts_whole_for_deciding():
    matcher = Matcher(
        {"voitur": 2.0, "km": 2.0, "rembours": 2.0},
        frozenset({"car", "vehicl", "reimburs"}),
        {"voitur": frozenset({"car", "vehicl"}), "rembours": frozenset({"reimburs"})},
    )
    assert matcher.translated({"car", "km"}) == 4.0 / 6.0  # "voiture" as "car", and "km"
    assert matcher.translated({"km"}) == 2.0 / 6.0
    assert matcher.translated(set()) == 0.0


def test_a_french_question_over_an_english_row_is_answered(tmp_path, bundled_embedder):
    documents = {"schedule-a.md": SCHEDULE, "agreement.md": AGREEMENT}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 3))
    answer = answerer.ask("le km en voiture perso c'est remboursé combien ?")
    assert "£0.48" in answer.text.splitlines()[0]
    # and a question about something no document mentions, in either language, is not
    assert answerer.ask("do ventriloquist acts get paid extra for the dummy?").kind == ("not_found")
