"""A rate memorandum whose rates are an HTML definition list replaces last season's Word
schedule, whose rows changed mid-season (loading/definitions.py, successors.preceded_by):
asked about a day last season, the old schedule's row in force that day answers, though
the question's words found only the new list's row; asked about now, the new one does."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering import successors
from knowledge.answering.units import Unit
from knowledge.search import Passage
from knowledge.timeframe import Period

OLD = """# Rate Memorandum 2025-26

Issued by the Joint Rates Committee on August 20, 2025, for season 2025-26 (October 1,
2025 to September 30, 2026). At its meeting of February 10, 2026 the Committee raised
rows A-7 and A-8 from March 1, 2026: those rows show two periods.

| Role and row | Period | Unit | Minimum fee |
|---|---|---|---|
| A-6 Documentary host or presenter | Oct. 1/25 – Sep. 30/26 | per documentary hour | $2,950.00 |
| A-7 Re-enactment principal | Oct. 1/25 – Feb. 28/26 | per day | $780.00 |
| A-7 Re-enactment principal | Mar. 1/26 – Sep. 30/26 | per day | $815.00 |
| A-8 Re-enactment background | Oct. 1/25 – Feb. 28/26 | per day | $240.00 |
| A-8 Re-enactment background | Mar. 1/26 – Sep. 30/26 | per day | $255.00 |
"""

NEW = """<html><head><title>Mémorandum tarifaire 2026-2027</title></head><body><main>
<h1>Mémorandum tarifaire 2026-2027</h1>
<p>Le présent mémorandum s'applique à la saison 2026-2027, du 1er octobre 2026 au
30 septembre 2027. Il remplace le Rate Memorandum 2025-26 à compter du 1er octobre
2026.</p>
<h2>Annexe A – Cachets minimaux</h2>
<dl class="tarifs">
<dt>A-6 — Animation d'un documentaire (Documentary host or presenter)</dt>
<dd>par heure de documentaire : <strong>3 070,00 $</strong></dd>
<dt>A-7 — Reconstitution, rôle principal (Re-enactment principal)</dt>
<dd>par jour : <strong>850,00 $</strong></dd>
<dt>A-8 — Reconstitution, figuration (Re-enactment background)</dt>
<dd>par jour : <strong>265,00 $</strong></dd>
</dl>
</main></body></html>
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("preceded")
    documents = {"rate-memorandum-2025-26.md": OLD, "memorandum-tarifaire-2026-2027.html": NEW}
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 4))


def test_a_day_last_season_is_answered_by_the_row_in_force_then(answerer):
    answer = answerer.ask(
        "J'ai fait de la figuration de reconstitution le 27 février 2026. "
        "C'était quel tarif à la journée ?"
    )
    assert "240.00" in answer.text.splitlines()[0]
    assert "265,00" not in answer.text  # not yet in force that day
    assert "255.00" not in answer.text  # from March 1, 2026


def test_now_the_new_list_answers(answerer):
    answer = answerer.ask("tarif de figuration de reconstitution à la journée ajd ?")
    first = answer.text.splitlines()[0]
    assert "265,00" in first
    assert "Reconstitution, figuration" in first  # the value read with its term
    assert "240.00" not in answer.text


def _row(text: str, passage: int, period: Period) -> Unit:
    from knowledge import figures

    u = Unit(text=text, passage=passage, row=True, display=text)
    u.period = period
    u.figures = [f for f in figures.extract(text) if f.kind == "money"]
    return u


def test_only_a_row_with_the_code_covering_the_day_and_a_near_amount_precedes():
    passages = [Passage(f"p{n}", f"doc{n}.md", f"Doc {n}", "", 0, 0, 0.0) for n in range(4)]
    new = _row("A-8 — Value: par jour : 265,00 $", 0, Period(dt.date(2026, 10, 1), None))
    before = _row(
        "A-8 Re-enactment background — Minimum fee: $240.00",
        1,
        Period(dt.date(2025, 10, 1), dt.date(2026, 2, 28)),
    )
    later = _row(
        "A-8 Re-enactment background — Minimum fee: $255.00",
        2,
        Period(dt.date(2026, 3, 1), dt.date(2026, 9, 30)),
    )
    far = _row("A-8 Season pass — Price: $9,000.00", 3, Period(dt.date(2025, 10, 1), None))
    pairs = successors.preceded_by([new], [later, far, before], passages, dt.date(2026, 2, 27))
    assert pairs == [(new, before)] and new.not_yet
    fresh = _row("A-8 — Value: par jour : 265,00 $", 0, Period(dt.date(2026, 10, 1), None))
    assert successors.preceded_by([fresh], [before, later], passages, dt.date(2026, 12, 4)) == []
    assert not fresh.not_yet  # in force on the day asked
    # asked about all of 2026, the row from 1 October 2026 applies for part of it
    spanning = successors.preceded_by(
        [fresh], [before], passages, dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    )
    assert spanning == [] and not fresh.not_yet


def test_a_code_leading_its_label_is_the_rows_own():
    from knowledge.answering.row_codes import own_code

    def code(text: str) -> set[str]:
        return own_code(Unit(text=text, passage=0, row=True, display=text))

    assert code("A-8 Re-enactment background — Period: Oct. 1/25 – Feb. 28/26") == {"A8"}
    assert code("B-5 (Tier B, lead role) — Fee: $9.12") == {"B5"}
    assert code("Q1 2026 — Fee: $9.12") == set()  # a quarter, not a code


def test_a_row_not_yet_in_force_on_the_day_asked_gives_way_to_its_predecessor():
    from knowledge.answering.in_force import in_force
    from knowledge.timeframe import question_timeframe

    question = "what was the re-enactment background day rate on 27 February 2026?"
    timeframe = question_timeframe(question, dt.date(2026, 12, 4))
    passages = [Passage(f"p{n}", f"doc{n}.md", f"Doc {n}", "", 0, 0, 0.0) for n in range(2)]
    new = _row("A-8 — Value: par jour : 265,00 $", 0, Period(dt.date(2026, 10, 1), None))
    before = _row(
        "A-8 Re-enactment background — Minimum fee: $240.00",
        1,
        Period(dt.date(2025, 10, 1), dt.date(2026, 2, 28)),
    )
    assert in_force(question, [new, before], timeframe) == [new, before]  # nothing paired
    successors.preceded_by([new], [before], passages, dt.date(2026, 2, 27))
    assert in_force(question, [new, before], timeframe) == [before]
    # asked about the change, both are shown
    assert len(in_force("how did that day rate change since 2026?", [new, before], timeframe)) == 2
