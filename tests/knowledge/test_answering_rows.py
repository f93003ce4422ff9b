"""How table rows compete for a question: the period in force today, the words of the row
itself rather than its document's title, the row whose label the question names, the
column a unit of time points to."""

from __future__ import annotations

import pytest
from context_corpus import chunk_with, scored

from knowledge import Answerer


@pytest.fixture
def answerer(context_answerer: Answerer) -> Answerer:
    return context_answerer


def test_a_figure_not_yet_in_force_is_not_the_current_one(answerer) -> None:
    # No date asked: the row in force today outranks next year's, found as high.
    year2, year3 = chunk_with(answerer, "$264.00"), chunk_with(answerer, "$274.00")
    scores = scored(answerer, "what is the daily rate for a stand-in?", [year3, year2])
    assert scores["$264.00"] > scores["$274.00"]


def test_a_word_only_in_the_document_title_counts_less_than_in_the_row(answerer) -> None:
    # Every row of the document is under its title, which names both categories: the
    # stand-in row does not answer "background actor" as well as the background row does.
    chunks = [chunk_with(answerer, "$262"), chunk_with(answerer, "$187")]
    scores = scored(answerer, "background actor rate?", chunks)
    assert scores["$187"] > scores["$262"] + 0.3


def test_the_row_whose_label_the_question_names_wins_over_a_more_specific_one(answerer):
    # Both labels hold "crowd performer"; "special-skills" is a category not asked about.
    chunk = chunk_with(answerer, "$285.50")
    for question, plain, special in (
        ("what's the crowd performer day rate?", "$242.50", "$285.50"),
        ("crowd performer overtime per hour?", "$45.30", "$53.40"),
    ):
        scores = scored(answerer, question, [chunk])
        assert scores[plain] > scores[special], question


def test_a_day_rate_is_read_in_the_daily_column(answerer):
    chunk = chunk_with(answerer, "$285.50")
    scores = scored(answerer, "crowd performer day rate?", [chunk])
    assert scores["$242.50"] > scores["$45.30"]  # "Daily", not "Overtime, per hour"
    scores = scored(answerer, "crowd performer hourly overtime?", [chunk])
    assert scores["$45.30"] > scores["$242.50"]


def test_a_unit_of_time_finds_its_adjective_in_a_column_header():
    from knowledge.answering.matching import Matcher, coverage
    from knowledge.answering.rows import per_unit as _per_unit
    from knowledge.lexical import tokenize

    question = tokenize(["background day rate"])[0]
    assert _per_unit(question) == {"daili"}  # "Daily"
    assert _per_unit(tokenize(["tarif par jour"])[0]) >= {"journali"}
    weights = {t: 1.0 for t in question}
    daily = set(tokenize(["Background performer Daily $241.00"])[0])
    column = Matcher(weights, frozenset(_per_unit(question)))
    assert coverage(column, daily) > coverage(Matcher(weights, frozenset()), daily)


def test_a_row_labelled_by_its_period_is_not_outranked_on_its_label(answerer):
    # "1 March 2026 to 28 February 2027" says when, not what: the fee's row is not
    # outranked by a row whose label shares more words with the question.
    chunks = answerer.engine.passages_of("voice-fees.md")
    scores = scored(answerer, "what is the voice session fee?", chunks)
    assert scores["$618"] > scores["$82"]


def test_a_row_labelled_by_its_period_competes_on_its_sections_heading(answerer):
    # Under "## Session fee", the row is about the session fee, not about overtime.
    chunks = answerer.engine.passages_of("voice-fees.md")
    scores = scored(answerer, "voice session overtime per half hour in january 2027?", chunks)
    assert scores["$82"] > scores["$618"] + 0.2  # the fee's row is dated, the other not
    scores = scored(answerer, "what is the voice session fee?", chunks)
    assert scores["$618"] > scores["$82"] + 0.2


def test_a_question_in_another_language_picks_the_row_its_translation_names(answerer):
    # "figurant" is "background" in the glossary: the plain "Background performer" row
    # fits it better than "Featured background performer", though neither row is French.
    import dataclasses

    chunk = chunk_with(answerer, "$285.50")
    text = chunk.text.replace("Special-skills crowd", "Featured background").replace(
        "| Crowd performer", "| Background performer"
    )
    english = dataclasses.replace(chunk, text=text)
    scores = scored(answerer, "temps supplémentaire à l'heure pour un figurant ?", [english])
    assert scores["$45.30"] > scores["$53.40"]


def test_asked_for_a_total_the_row_leads_with_its_other_figures_for_the_period(answerer):
    total = answerer.ask("crowd performer, 10 hr day: what do i make in total with 2 hrs of OT?")
    first = total.text.splitlines()[0]
    assert "$45.30" in first and "$242.50" in first  # overtime, and the day it adds to
    assert "$53.40" not in first  # another row's
    single = answerer.ask("crowd performer overtime per hour?").text.splitlines()[0]
    assert "$45.30" in single and "$242.50" not in single


def test_brackets_that_add_to_an_amount_are_not_a_former_figure():
    from knowledge.answering.units import cut

    chunk = (
        "| Item | Amount |\n|---|---|\n| Kit fee | $500 (plus $50) |\n| Day | $226.00 ($214.00) |\n"
    )
    from knowledge.search import Passage

    units = cut([Passage("x", "s", "t", chunk, 0, len(chunk), 0.0, {})])
    by_item = {u.text.split("|")[1].strip(): u for u in units if u.row}
    assert by_item["Kit fee"].without_past == ""  # "(plus $50)" adds, it replaces nothing
    assert "$214" not in by_item["Day"].without_past and "$226.00" in by_item["Day"].without_past


def _rows(text: str):
    from knowledge.answering.units import cut
    from knowledge.search import Passage

    return [u for u in cut([Passage("p", "a.md", "A", text, 0, len(text), 0.0)]) if u.row]


def test_a_year_column_dates_a_row_only_when_it_holds_contract_years():
    contract = _rows(
        "| Item | Agreement year | Fee |\n|---|---|---|\n| Session | 2026-2027 | $309 |\n"
    )
    assert contract[0].period is not None and contract[0].period.start.year == 2026
    # "Year of hire" is not the row's period, and "2019 or earlier" is no year span
    hire = _rows(
        "| Year of hire | Vacation |\n|---|---|\n| 2019 or earlier | 4 weeks |\n"
        "| 2020 and later | 3 weeks |\n"
    )
    assert all(u.period is None for u in hire)


def test_a_label_carries_on_only_within_its_own_table():
    text = (
        "| Category | Code | Fee |\n|---|---|---|\n| Principal performer | A1 | $318 |\n\n"
        "Stunt work is paid as follows.\n\n"
        "| Category | Code | Fee |\n|---|---|---|\n| stunt coordinator |  | $900 |\n"
    )
    rows = _rows(text)
    assert rows[-1].display.startswith("**stunt coordinator**")
