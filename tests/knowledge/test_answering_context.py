"""What the answerer reads beyond the passages the search returns: the rest of a table cut
into chunks, the document's tables for other periods that list the same rows, and the
next clause of the same section. Each test retrieves one passage (k=1) so that only this
reading can bring in the answer."""

from __future__ import annotations

import pytest
from extractive_corpus import answerer_over

from knowledge import Answerer

# A rate card with one table per contract year, each too long for one chunk: the stand-in
# row of each year is in the table's second chunk.
_ROWS = [
    ("Lead performer (10-hour day)", 951, 984),
    ("Weekly performer (50 hours)", 3298, 3412),
    ("Crowd performer (8-hour day)", 241, 250),
    ("Skilled crowd performer (8-hour day)", 284, 296),
    ("Stand-in (8-hour day)", 264, 274),
    ("Voice performer (4-hour session)", 512, 531),
]


def _table(year: int, column: int) -> str:
    lines = [
        f"| Category | Daily (eff. {year}-10-01) | Note |",
        "|---|---|---|",
    ]
    lines += [
        f"| {name} | ${amounts[column]:,}.00 | minimum, before overtime and allowances |"
        for name, *amounts in _ROWS
    ]
    return "\n".join(lines)


RATE_CARD = f"""# Guild Rate Card 2026-2028

This card turns the Agreement's minimums into daily amounts.

## Contract year 2, from 1 October 2026

{_table(2026, 0)}

Overtime is time and one-half of the hourly rate.

## Contract year 3, from 1 October 2027

{_table(2027, 1)}

Minimum rates only; you may negotiate more.
"""

SIDE_LETTER = """SIDE LETTER No. 4 - GAME VOICE WORK

2. SESSION FEES

2.1 A session is four (4) hours and includes up to three (3) character
    voices.

2.2 Minimum fee: $618 for each session, from 1 March 2026.

3. BREAKS

3.1 A performer is entitled to ten (10) minutes of vocal rest in each
    hour.
"""


TWO_CATEGORIES = """---
title: Background actor and stand-in rates, by period
---

# Background actor and stand-in rates

## Background actor daily rates

| Category | Rate |
|---|---|
| General background actor, per 8-hour day | $187 |

## Stand-in daily rates

| Category | Rate |
|---|---|
| Stand-in, per 8-hour day | $262 |
"""


SKILLS = """# Crowd rates

| Category | Daily (eff. 2026-10-01) | Overtime, per hour (eff. 2026-10-01) |
|---|---|---|
| Special-skills crowd performer | $285.50 | $53.40 |
| Crowd performer | $242.50 | $45.30 |
"""

# A table in a document without headings, cut into two chunks: not one section.
CARD = "CREW CARD\n\nMinimums only.\n\n| Category | Daily |\n|---|---|\n" + "\n".join(
    f"| Crew grade {n} (8-hour day), as listed by the producer | ${300 + n}.75 |"
    for n in range(1, 9)
)

AGREEMENT = """# Film Agreement 2025-2028

## Article 3 — Term

3.1 This Agreement runs from 1 September 2025 to 31 August 2028.

## Schedule A — Minimums

| Category | 2025-26 (2025-09-01 to 2026-08-31) | 2026-27 (2026-09-01 to 2027-08-31) |
|---|---|---|
| Crowd performer, per day | $226 | $234 |
"""

MEMO = """MEMORANDUM No. 1 TO THE FILM AGREEMENT

1. NEW MINIMUMS

1.1 From 1 October 2026 the crowd performer minimum is $241 per day.

1.2 Work performed in September 2026 is paid at the minimums of
    Schedule A as originally signed.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory, bundled_embedder) -> Answerer:
    root = tmp_path_factory.mktemp("context")
    return answerer_over(
        root,
        {
            "rate-card.md": RATE_CARD,
            "side-letter.txt": SIDE_LETTER,
            "two.md": TWO_CATEGORIES,
            "agreement.md": AGREEMENT,
            "memo.txt": MEMO,
            "skills.md": SKILLS,
            "card.txt": CARD,
        },
        bundled_embedder,
        chunk_chars=400,
    )


def _chunk_with(answerer: Answerer, text: str):
    return next(
        p
        for source in (
            "rate-card.md",
            "side-letter.txt",
            "two.md",
            "agreement.md",
            "memo.txt",
            "skills.md",
            "card.txt",
        )
        for p in answerer.engine.passages_of(source)
        if text in p.text
    )


def test_a_table_chunk_brings_the_rest_of_its_table_and_the_like_tables(answerer) -> None:
    engine = answerer.engine
    first_rows = _chunk_with(answerer, "$951.00")  # year 2, first chunk
    assert "$264.00" not in first_rows.text  # the stand-in row is in another chunk
    added = engine.same_table(first_rows, 6)
    texts = " ".join(p.text for p in added)
    assert "$264.00" in texts  # the rest of its own table
    assert "$274.00" in texts and "$984.00" in texts  # year 3's table lists the same rows
    assert first_rows.id not in {p.id for p in added}
    assert len(engine.same_table(first_rows, 2)) == 2  # bounded
    prose = _chunk_with(answerer, "turns the Agreement's minimums")
    assert engine.same_table(prose, 6) == []  # a passage with no table row brings none


def test_the_row_of_the_year_asked_about_is_found_beside_the_retrieved_one(
    answerer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The search is pinned to return only year 3's first rows: the stand-in row in force
    # now is in year 2's second chunk, which only the reading of like tables brings in.
    year3 = _chunk_with(answerer, "$984.00")
    assert "$264.00" not in year3.text and "$274.00" not in year3.text
    monkeypatch.setattr(answerer.engine, "search", lambda query, k=8: [year3])
    monkeypatch.setattr(answerer.engine, "nearest", lambda query, n: [])
    first = answerer.ask("what is the daily rate for a stand-in now?").text.splitlines()[0]
    assert "$264.00" in first and "2026-10-01" in first
    assert "$274.00" not in first  # the later year's rate is not in force yet


def _scored(answerer: Answerer, question: str, chunks: list) -> dict[str, float]:
    """The score of each table row of `chunks`, all found at the same rank, by amount."""
    from knowledge.language import question_language
    from knowledge.timeframe import question_timeframe

    timeframe = question_timeframe(question, answerer.today())
    units = answerer.scorer.score(
        question, chunks, timeframe, [0] * len(chunks), question_language(question), []
    )
    return {f.text: u.score for u in units if u.row for f in u.figures}


def test_a_figure_not_yet_in_force_is_not_the_current_one(answerer) -> None:
    # No date asked: the row in force today outranks next year's, found as high.
    year2, year3 = _chunk_with(answerer, "$264.00"), _chunk_with(answerer, "$274.00")
    scores = _scored(answerer, "what is the daily rate for a stand-in?", [year3, year2])
    assert scores["$264.00"] > scores["$274.00"]


def test_a_word_only_in_the_document_title_counts_less_than_in_the_row(answerer) -> None:
    # Every row of the document is under its title, which names both categories: the
    # stand-in row does not answer "background actor" as well as the background row does.
    chunks = [_chunk_with(answerer, "$262"), _chunk_with(answerer, "$187")]
    scores = _scored(answerer, "background actor rate?", chunks)
    assert scores["$187"] > scores["$262"] + 0.3


def test_a_section_a_passage_refers_to_is_read(answerer, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = answerer.engine
    clause = _chunk_with(answerer, "as originally signed")
    added = engine.referenced(clause, 2)
    assert any("$234" in p.text for p in added)  # Schedule A, in the agreement
    schedule = _chunk_with(answerer, "$234")
    assert engine.referenced(schedule, 2) == []  # its own section is not followed
    # The search pinned to the memorandum's clause: the rate of a September day is
    # read in the schedule it points to, not the memorandum's later figure.
    monkeypatch.setattr(engine, "search", lambda query, k=8: [clause])
    monkeypatch.setattr(engine, "nearest", lambda query, n: [])
    first = answerer.ask("crowd performer day rate on 15 september 2026?").text.splitlines()[0]
    assert "$234" in first and "$241" not in first


def test_the_row_whose_label_the_question_names_wins_over_a_more_specific_one(answerer):
    # Both labels hold "crowd performer"; "special-skills" is a category not asked about.
    chunk = _chunk_with(answerer, "$285.50")
    for question, plain, special in (
        ("what's the crowd performer day rate?", "$242.50", "$285.50"),
        ("crowd performer overtime per hour?", "$45.30", "$53.40"),
    ):
        scores = _scored(answerer, question, [chunk])
        assert scores[plain] > scores[special], question


def test_a_day_rate_is_read_in_the_daily_column(answerer):
    chunk = _chunk_with(answerer, "$285.50")
    scores = _scored(answerer, "crowd performer day rate?", [chunk])
    assert scores["$242.50"] > scores["$45.30"]  # "Daily", not "Overtime, per hour"
    scores = _scored(answerer, "crowd performer hourly overtime?", [chunk])
    assert scores["$45.30"] > scores["$242.50"]


def test_a_unit_of_time_finds_its_adjective_in_a_column_header():
    from knowledge.answering.scoring import _per_unit, coverage
    from knowledge.lexical import tokenize

    question = tokenize(["background day rate"])[0]
    assert _per_unit(question) == {"daili"}  # "Daily"
    assert _per_unit(tokenize(["tarif par jour"])[0]) >= {"journali"}
    weights = {t: 1.0 for t in question}
    daily = set(tokenize(["Background performer Daily $241.00"])[0])
    assert coverage(weights, _per_unit(question), daily) > coverage(weights, set(), daily)


def test_every_chunk_of_a_table_ranks_as_its_best_ranked_chunk(answerer):
    first, second = _chunk_with(answerer, "$301.75"), _chunk_with(answerer, "$308.75")
    assert first.id != second.id and not first.heading and not second.heading
    other = _chunk_with(answerer, "2.1 A session is four")
    passages, ranks = answerer._with_following([second, other, first])
    by_id = {p.id: r for p, r in zip(passages, ranks, strict=True)}
    assert by_id[first.id] == by_id[second.id] == 0  # found third, ranked as the second
    assert by_id[other.id] == 1


def test_the_next_clause_of_the_same_section_is_read(
    answerer, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = answerer.engine
    session = _chunk_with(answerer, "2.1 A session is four")
    assert engine.following(session) is None  # a new clause is a new heading
    sibling = engine.following(session, siblings=True)
    assert sibling is not None and "$618" in sibling.text
    fee = _chunk_with(answerer, "2.2 Minimum fee")
    assert engine.following(fee, siblings=True) is None  # 3.1 is in another section
    # The search pinned to the clause that says what a session is: the fee is read on.
    monkeypatch.setattr(engine, "search", lambda query, k=8: [session])
    monkeypatch.setattr(engine, "nearest", lambda query, n: [])
    assert "$618" in answerer.ask("what is the fee for a game voice session?").text


LEASE = """# Office lease, 400 Harbour Row

## 3. Building services

**3.1 Building hours.** The building is open Monday to Friday from 7:00 a.m. to 7:00 p.m.
Outside building hours the tenant's staff enter with access cards.
"""

FAQ_FR = """# Foire aux questions des membres

## Où est le bureau de la Guilde et quelles sont ses heures d'ouverture ?

Le bureau de la Guilde est au 18, rue des Tanneurs, 2e étage.

| Jour | Heures |
|---|---|
| Lundi au jeudi | 9 h à 17 h |
| Vendredi | 9 h à 12 h 30 |
"""


def test_terms_of_the_union_office_translate() -> None:
    from knowledge.lexical import tokenize
    from knowledge.terms import expand

    expanded = set(expand(tokenize(["is the office open on mondays, when does it close?"])[0]))
    assert {"bureau", "lundi"} <= expanded
    assert {"fee", "session"} <= set(expand(tokenize(["le cachet d'une séance"])[0]))


def test_an_english_question_is_answered_from_the_french_faq(tmp_path, bundled_embedder) -> None:
    answerer = answerer_over(tmp_path, {"lease.md": LEASE, "faq.md": FAQ_FR}, bundled_embedder)
    answer = answerer.ask("is the guild office open on mondays? what time does it close?")
    assert answer.grounded
    assert "17 h" in answer.text


def test_an_ask_that_points_back_takes_the_ask_before_it() -> None:
    from knowledge.answering.question import asks

    assert asks("did background on sept 15, which rate applies for that day? any retro pay") == [
        "did background on sept 15",
        "did background on sept 15 which rate applies for that day",
        "any retro pay",
    ]
