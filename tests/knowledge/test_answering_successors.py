"""A schedule's row continued by a later schedule with the same row code, in another
language (answering/successors.py): asked about now, the later row answers though the
question's words match the old one; asked about the old year, the old row does. A row
with the same code and a far other amount is another item, and continues nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge import figures
from knowledge.answering import successors
from knowledge.answering.units import Unit
from knowledge.search import Passage
from knowledge.timeframe import Period

OLD = """# Rate Schedule 2025/26

Published by the Joint Rates Committee on 2 June 2025. Minimum fees for broadcast year
2025/26, from 1 July 2025 to 30 June 2026.

| Code | Category | Unit | 1 Jul 2025 – 30 Jun 2026 |
|---|---|---|---|
| P-1 | Radio presenter | per broadcast hour | Rs 2,850.00 |
| P-2 | Television presenter | per broadcast hour | Rs 4,620.00 |
| W-1 | Weather presenter, television bulletin | per bulletin | Rs 1,960.00 |
| W-2 | Weather presenter, weekly engagement | per week | Rs 24,300.00 |
| C-1 | Continuity announcer | per broadcast hour | Rs 1,480.00 |
| C-2 | Continuity announcer, weekly engagement | per week | Rs 21,600.00 |

Notes. A weekly engagement covers up to five shifts in seven consecutive days.
"""

NEW = """# Barème des cachets 2026-2027

Publié par le Comité paritaire des cachets le 1er juin 2026. Il s'applique à l'exercice
2026-2027, du 1er juillet 2026 au 30 juin 2027, et remplace le barème 2025/26.

| Code | Fonction | Unité | Cachet 2026-2027 | En vigueur |
|---|---|---|---|---|
| P-1 | Animateur·rice radio | par heure d'antenne | 2 940,00 Rs | 01/07/2026 |
| P-2 | Animateur·rice télévision | par heure d'antenne | 4 780,00 Rs | 01/07/2026 |
| W-1 | Présentateur·rice météo, bulletin télévisé | par bulletin | 2 030,00 Rs | 01/07/2026 |
| W-2 | Présentateur·rice météo, engagement hebdomadaire | par semaine | 25 100,00 Rs | 01/07/2026 |
| C-1 | Speaker·ine de continuité | par heure d'antenne | 1 530,00 Rs | 01/07/2026 |
| C-2 | Speaker·ine de continuité, engagement hebdomadaire | par semaine | 22 300,00 Rs | 01/07/2026 |
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("successors")
    documents = {"rate-schedule-2025-26.md": OLD, "bareme-2026-2027.md": NEW}
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 4))


def test_now_the_later_schedules_row_answers_for_the_old_one(answerer):
    answer = answerer.ask("weather presenter weekly engagement, whats the minimum per week rn?")
    first = answer.text.splitlines()[0]
    assert "25 100,00" in first
    assert "24,300" not in answer.text


def test_the_old_year_is_answered_by_the_old_row(answerer):
    answer = answerer.ask(
        "what was the weather presenter weekly minimum in broadcast year 2025/26?"
    )
    assert "24,300" in answer.text.splitlines()[0]


def _row(text: str, passage: int, period: Period) -> Unit:
    u = Unit(text=text, passage=passage, row=True, display=text)
    u.period = period
    u.figures = [f for f in figures.extract(text) if f.kind == "money"]
    return u


def test_a_row_with_the_code_and_a_far_amount_continues_nothing():
    last_year = Period(dt.date(2025, 7, 1), dt.date(2026, 6, 30))
    this_year = Period(dt.date(2026, 7, 1), dt.date(2027, 6, 30))
    passages = [Passage(f"p{n}", f"doc{n}.md", f"Doc {n}", "", 0, 0, 0.0) for n in range(3)]
    old = _row("W-2 — Category: Weather presenter, weekly; Fee: Rs 24,300.00", 0, last_year)
    near = _row("W-2 — Fonction: Présentateur météo; Cachet: 25 100,00 Rs", 1, this_year)
    far = _row("W-2 — Item: Weekend spot package; Price: Rs 180,000", 2, this_year)
    successors.continued_by([old], [far], passages, dt.date(2026, 12, 4))
    assert old.replaced_by is None
    successors.continued_by([old], [far, near], passages, dt.date(2026, 12, 4))
    assert old.replaced_by is near


def test_the_successors_read_first_are_those_of_the_rows_the_question_names(monkeypatch):
    # only one later chunk may be read: it is that of the row the question names, not of
    # the first ended row found
    monkeypatch.setattr(successors, "SUCCESSOR_CHUNKS", 1)
    last_year = Period(dt.date(2025, 7, 1), dt.date(2026, 6, 30))
    found = [Passage("old", "old.md", "Rate Schedule 2025/26", "", 0, 0, 0.0)]
    units = [
        _row("P-1 — Category: Radio presenter; Fee: Rs 2,850.00", 0, last_year),
        _row("W-2 — Category: Weather presenter, weekly; Fee: Rs 24,300.00", 0, last_year),
    ]
    later = {code: Passage(f"new-{code}", "new.md", "Barème", code, 0, 0, 0.0) for code in "PW"}

    class Engine:
        def coded_rows(self, code: str, source: str) -> list[Passage]:
            return [later[code[0].upper()]]

    day = dt.date(2026, 12, 4)
    asked = "weather presenter weekly minimum rn?"
    read = successors.chunks(Engine(), units, found, day, set(), asked)  # type: ignore[arg-type]
    assert [p.id for p in read] == ["new-W"]
    read = successors.chunks(Engine(), units, found, day, set())  # type: ignore[arg-type]
    assert [p.id for p in read] == ["new-P"]  # no question: the order they were found in


SCHEDULE_2025 = """# Rate Schedule 2025

Minimum fees for 2025, every row valid from 2025-01-01 to 2025-12-31.

| Code | Work | Unit | Minimum fee |
|---|---|---|---|
| D-1 | Day on set | per day | CHF 290 |
| S-1 | Booth session (voice) | per session | CHF 175 |
"""

# the later schedule: a label spanning its rows, the code in a "Ligne" column with a mark,
# and period columns headed by dotted days
TARIFS = """<html><head><title>Accord tarifaire 2026-2027</title></head><body><article>
<h1>Accord tarifaire 2026-2027</h1>
<p>Cet accord remplace le Rate Schedule 2025 dès le 1er janvier 2026.</p>
<table><thead>
<tr><th>Travail</th><th>Ligne</th><th>dès le 1.1.2026</th><th>dès le 01.07.2026</th>
<th>dès le 1.1.2027</th></tr></thead><tbody>
<tr><th rowspan="2">Tournage / Shoot</th><td>D-1 ◆</td><td>Fr. 305.–</td><td>Fr. 312.–</td>
<td>Fr. 320.–</td></tr>
<tr><td>S-1</td><td>Fr. 184.–</td><td>Fr. 184.–</td><td>Fr. 190.–</td></tr>
</tbody></table></article></body></html>"""


@pytest.fixture(scope="module")
def dotted(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("dotted")
    documents = {"rate-schedule-2025.md": SCHEDULE_2025, "accord-tarifaire.html": TARIFS}
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 4))


def test_a_later_rows_code_in_its_line_column_and_dotted_period_columns_answer_now(dotted):
    # the day rate now is the column from 01.07.2026 of the row coded D-1 in the later
    # schedule: not 2025's row, nor the column from 1.1.2027
    answer = dotted.ask("what's the day on set rate rn?")
    first = answer.text.splitlines()[0]
    assert "312" in first
    assert "290" not in answer.text
    assert "320" not in first


def test_a_rows_own_code_is_in_its_label_or_a_cell_of_codes():
    from knowledge.answering.row_codes import own_code

    def code(text: str) -> set[str]:
        return own_code(Unit(text=text, passage=0, row=True, display=text))

    assert code("Tournage — Ligne: J-2 ◆; Âge: 6–11 ans; dès le 1.1.2026: Fr. 360.–") == {"J2"}
    assert code("D-1 ◆ — Work: Day on set; Fee: CHF 290") == {"D1"}
    assert code("Tier B — Code: B-5; Fee: $9.12") == {"B5"}
    assert code("Lead — Tier: A1; 2026: $5") == set()  # a tier two rows may share
