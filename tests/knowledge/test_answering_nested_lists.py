"""A guide that gives its rates as nested bullets (a role, under it a unit of time and its
fee, under that the fee's next steps): each item is read under the items above it, the
steps date one another, and a question about "a day" is not answered by the half-day's
fee."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

from knowledge.answering import halves
from knowledge.answering.units import cut
from knowledge.search import Passage
from knowledge.unit_vectors import as_passages

GUIDE = """# Guide du membre – cachets 2026-2027

## Vos cachets

- **Patients standardisés**
  - Par heure de simulation : 156 zł depuis le 1.IX.2026
    - 162 zł à partir du 1.I.2027
  - Appel minimum : 2 heures par convocation
- **Comédiens de jeu de rôle (police, tribunal)**
  - Par journée : 1 250 zł depuis le 1.IX.2026
    - à partir du 1.I.2027 : 1 295 zł
    - à partir du 1.IX.2027 : 1 360 zł
  - Appel minimum : une demi-journée

## Demi-journée

Le cachet de la demi-journée d'un comédien de jeu de rôle (police, tribunal) est de
675 zł pour toute l'année universitaire 2026-2027.
"""


def _units(text: str):
    return cut([Passage("p", "guide.md", "Guide", text, 0, len(text), 1.0)])


def test_a_nested_item_is_read_under_the_items_above_it():
    units = {u.text: u for u in _units(GUIDE)}
    day = units["Par journée : 1 250 zł depuis le 1.IX.2026"]
    assert day.under == "Comédiens de jeu de rôle (police, tribunal)"
    assert day.display.startswith("Comédiens de jeu de rôle (police, tribunal) › Par journée")
    step = units["à partir du 1.I.2027 : 1 295 zł"]
    # the parent's label, not its figure: "1 250" is not shown beside "1 295"
    assert step.under == "Comédiens de jeu de rôle (police, tribunal) › Par journée"
    assert "1 250" not in step.display
    # a sibling under another role is not read under this one
    hour = units["162 zł à partir du 1.I.2027"]
    assert hour.under == "Patients standardisés › Par heure de simulation"
    # prose after the list is under nothing
    assert not units[next(t for t in units if t.startswith("Le cachet de la demi"))].under


def test_an_item_and_the_steps_under_it_run_until_the_next_ones_day():
    units = {u.text: u for u in _units(GUIDE)}
    day = units["Par journée : 1 250 zł depuis le 1.IX.2026"]
    assert (day.period.start, day.period.end) == (dt.date(2026, 9, 1), dt.date(2026, 12, 31))
    assert day.followed
    step = units["à partir du 1.I.2027 : 1 295 zł"]
    assert (step.period.start, step.period.end) == (dt.date(2027, 1, 1), dt.date(2027, 8, 31))
    last = units["à partir du 1.IX.2027 : 1 360 zł"]
    assert last.period.start == dt.date(2027, 9, 1) and last.period.end is None
    # a single dated item with nothing under it is left to the document's dating
    assert _units("- Par heure : 284 zł depuis le 1.IX.2026\n")[0].period is None


SIBLINGS = """## Fees

- Session fee: $100 from 1 January 2026
- Overtime: $50 per hour from 1 March 2026
- **Actors**
  - Per hour: $30 from 1 January 2026
  - Per day: $200 from 1 July 2026
- Evening (18:00–22:00): $40 from 1 September 2026
  - from 1.I.2027: $45
"""


def test_siblings_are_no_steps_and_a_clock_is_no_label_end():
    units = {u.text: u for u in _units(SIBLINGS)}
    # two fees side by side, at the top or under one role, do not end one another
    for text in ("Session fee: $100 from 1 January 2026", "Per hour: $30 from 1 January 2026"):
        assert units[text].period is None and not units[text].followed
    evening = units["Evening (18:00–22:00): $40 from 1 September 2026"]
    assert evening.period.end == dt.date(2026, 12, 31) and evening.followed
    assert units["from 1.I.2027: $45"].under == "Evening (18:00–22:00)"


def test_a_half_of_a_unit_of_time_is_another_unit():
    day, half = "Par journée : 1 250 zł", "Le cachet de la demi-journée est de 675 zł"
    journee = halves.asked("combien pour une journée de jeu de rôle ?")
    assert halves.fit(journee, half) == -1
    assert halves.fit(journee, day) == 0
    half_day = halves.asked("half-day rate for role-play?")
    assert halves.fit(half_day, "Per day (up to eight hours): $300") == -1
    assert halves.fit(half_day, "Per half day: $160") == 0
    assert halves.fit(halves.asked("what's the daily rate?"), "per half-day: $160") == -1
    # a text naming both, or a question giving a length, is left alone
    both = "a half-day that runs over 4 hours is paid as a day"
    assert halves.fit(halves.asked("half-day rate?"), both) == 0
    for length in ("cancelled 3 days before, what do I get?", "combien de jours pour être payé ?"):
        assert halves.fit(halves.asked(length), "per half-day: $160") == 0
    assert halves.fit(halves.asked("per day?"), "one-and-a-half days of rest") == 0


def test_nested_rates_answer_by_the_day_asked(tmp_path, bundled_embedder):
    answerer = answerer_over(tmp_path, {"guide.md": GUIDE}, bundled_embedder, dt.date(2026, 12, 5))
    now = answerer.ask("combien pour une journée de jeu de rôle police ajd ?").text
    first = now.splitlines()[0]
    assert "1 250" in first and "675" not in first
    later = answerer.ask("la journée de jeu de rôle en février 2027, c'est combien ?").text
    assert "1 295" in later.splitlines()[0]
    # a length checked is answered by the length, not by a fee in force beside it
    call = answerer.ask("appel minimum pour un patient standardisé, c tjrs 2 heures ?").text
    assert "2 heures" in call.splitlines()[0] and "156" not in call.splitlines()[0]


def test_the_row_index_holds_nested_items(tmp_path, bundled_embedder):
    from knowledge.row_index import RowIndex

    answerer = answerer_over(tmp_path, {"guide.md": GUIDE}, bundled_embedder)
    generation = answerer.engine.searcher().generation
    nested = [u for u in cut(as_passages(generation.records)) if u.under]
    figured = [u for u in nested if any(c.isdigit() for c in u.text)]
    assert any("1 295" in u.text for u in figured)
    # the rows of the index are those items (the guide has no table)
    assert len(RowIndex(generation)) == len(figured)
