"""What the answerer reads beyond the passages the search returns: the rest of a table cut
into chunks, the document's tables for other periods that list the same rows, the next
clause of the same section and the sections a passage refers to. Where the search could
find the answer itself, it is pinned to one passage so that only this reading can."""

from __future__ import annotations

import pytest
from context_corpus import chunk_with
from extractive_corpus import answerer_over

from knowledge import Answerer
from knowledge.answering.retrieve import with_following


@pytest.fixture
def answerer(context_answerer: Answerer) -> Answerer:
    return context_answerer


def test_a_table_chunk_brings_the_rest_of_its_table_and_the_like_tables(answerer) -> None:
    engine = answerer.engine
    first_rows = chunk_with(answerer, "$951.00")  # year 2, first chunk
    assert "$264.00" not in first_rows.text  # the stand-in row is in another chunk
    added = engine.same_table(first_rows, 6)
    texts = " ".join(p.text for p in added)
    assert "$264.00" in texts  # the rest of its own table
    assert "$274.00" in texts and "$984.00" in texts  # year 3's table lists the same rows
    assert first_rows.id not in {p.id for p in added}
    assert len(engine.same_table(first_rows, 2)) == 2  # bounded
    prose = chunk_with(answerer, "turns the Agreement's minimums")
    assert engine.same_table(prose, 6) == []  # a passage with no table row brings none


def test_the_row_of_the_year_asked_about_is_found_beside_the_retrieved_one(
    answerer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The search is pinned to return only year 3's first rows: the stand-in row in force
    # now is in year 2's second chunk, which only the reading of like tables brings in.
    year3 = chunk_with(answerer, "$984.00")
    assert "$264.00" not in year3.text and "$274.00" not in year3.text
    monkeypatch.setattr(answerer.engine, "search", lambda query, k=8: [year3])
    monkeypatch.setattr(answerer.engine, "nearest", lambda query, n: [])
    first = answerer.ask("what is the daily rate for a stand-in now?").text.splitlines()[0]
    assert "$264.00" in first and "2026-10-01" in first
    assert "$274.00" not in first  # the later year's rate is not in force yet


def scored(answerer: Answerer, question: str, chunks: list) -> dict[str, float]:
    """The score of each table row of `chunks`, all found at the same rank, by amount."""
    from knowledge.language import question_language
    from knowledge.timeframe import question_timeframe

    timeframe = question_timeframe(question, answerer.today())
    units = answerer.scorer.score(
        question, chunks, timeframe, [0] * len(chunks), question_language(question), []
    )
    return {f.text: u.score for u in units if u.row for f in u.figures}


def test_a_section_a_passage_refers_to_is_read(answerer, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = answerer.engine
    clause = chunk_with(answerer, "as originally signed")
    added = engine.referenced(clause, "crowd performer day rate in september 2026", 2)
    assert any("$234" in p.text for p in added)  # Schedule A, in the agreement
    schedule = chunk_with(answerer, "$234")
    assert engine.referenced(schedule, "crowd rate", 2) == []  # its own section: not followed
    # The search pinned to the memorandum's clause: the rate of a September day is
    # read in the schedule it points to, not the memorandum's later figure.
    monkeypatch.setattr(engine, "search", lambda query, k=8: [clause])
    monkeypatch.setattr(engine, "nearest", lambda query, n: [])
    first = answerer.ask("crowd performer day rate on 15 september 2026?").text.splitlines()[0]
    assert "$234" in first and "$241" not in first


def test_a_reference_to_another_document_reads_its_clause_nearest_the_question(answerer):
    pointer = chunk_with(answerer, "see Side Letter No. 4")
    added = answerer.engine.referenced(pointer, "minimum fee per session?", 2)
    assert added and all(p.source == "side-letter.txt" for p in added)
    assert any("$618" in p.text for p in added)  # clause 2.2, not only the letter's title


def test_a_numbered_clause_referred_to_is_read_from_the_same_document(
    answerer, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = answerer.engine
    shouting = chunk_with(answerer, "full fee of clause 2.2")
    added = engine.referenced(shouting, "fee for a session of shouting", 2)
    assert added and all(p.source == "side-letter.txt" for p in added)
    assert any("$618" in p.text for p in added)
    # The search pinned to clause 3.1: its next clause (3.2) refers to clause 2.2, which
    # is read too.
    rest = chunk_with(answerer, "3.1 A performer is entitled")
    monkeypatch.setattr(engine, "search", lambda query, k=8: [rest])
    monkeypatch.setattr(engine, "nearest", lambda query, n: [])
    assert "$618" in answerer.ask("what is the fee for a session of shouting?").text


def record(n: int, source: str, text: str):
    """A chunk record of `source` with no heading, for Structure."""
    from knowledge.generation import ChunkRecord

    return ChunkRecord(str(n), text, {"source": source, "heading": "", "title": source})


def test_a_clause_number_is_looked_up_only_in_the_document_that_gives_it() -> None:
    from knowledge.structure import Structure

    records = [
        record(0, "a.txt", "1.1 The fee is $10.\n\n1.2 As in clause 1.1, and Article 2.3."),
        record(1, "b.txt", "2.3 Overtime is paid at time and one-half."),
        record(2, "b.txt", "**1.1** Another document's clause."),
    ]
    structure = Structure(records)
    assert structure.referenced(records[0].text, "a.txt", "") == [0]  # not b.txt's 1.1 or 2.3
    assert structure.referenced("see section 1.1", "b.txt", "") == [2]  # "**1.1**" opens it
    assert structure.referenced("see clause 9.9", "a.txt", "") == []
    # a document with no numbered clauses of its own (a rate schedule's row) means the one
    # document that has the clause; not when two have it
    assert structure.referenced("Overtime (clause 2.3)", "rates.txt", "") == [1]
    assert structure.referenced("Fee (clause 1.1)", "rates.txt", "") == []


def test_every_chunk_of_a_table_ranks_as_its_best_ranked_chunk(answerer):
    first, second = chunk_with(answerer, "$301.75"), chunk_with(answerer, "$308.75")
    assert first.id != second.id and not first.heading and not second.heading
    other = chunk_with(answerer, "2.1 A session is four")
    passages, ranks, _ = with_following(answerer.engine, [second, other, first])
    by_id = {p.id: r for p, r in zip(passages, ranks, strict=True)}
    assert by_id[first.id] == by_id[second.id] == 0  # found third, ranked as the second
    assert by_id[other.id] == 1


def test_the_next_clause_of_the_same_section_is_read(
    answerer, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = answerer.engine
    session = chunk_with(answerer, "2.1 A session is four")
    assert engine.following(session) is None  # a new clause is a new heading
    sibling = engine.following(session, siblings=True)
    assert sibling is not None and "$618" in sibling.text
    fee = chunk_with(answerer, "2.2 Minimum fee")
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
    from knowledge.answering.asks import asks

    assert asks("did background on sept 15, which rate applies for that day? any retro pay") == [
        "did background on sept 15",
        "did background on sept 15 which rate applies for that day",
        "any retro pay",
    ]
    # what the earlier ask asks for is not carried over: the second asks an amount
    assert asks("how long before the show is the fight call, and do we get paid extra for it?") == [
        "how long before the show is the fight call",
        "before the show is the fight call and do we get paid extra for it",
    ]
    assert asks("what's the put-on fee for a swing, and is it paid on tour?")[1] == (
        "what's the put-on fee for a swing and is it paid on tour"
    )


def test_the_sentence_that_carries_on_the_quoted_one_is_shown_with_it(
    tmp_path, bundled_embedder
) -> None:
    faq = (
        "# Membership\n\n## Joining\n\nThe initiation fee is $950. It can be paid in three"
        " equal instalments over six months.\n\n## Dues\n\nBasic dues are $210 a year.\n"
    )
    answerer = answerer_over(tmp_path, {"faq.md": faq}, bundled_embedder)
    answer = answerer.ask("how much is the initiation fee, can i pay it in instalments?")
    assert "$950. It can be paid in three equal instalments" in answer.text.splitlines()[0]


def test_table_rows_whose_labels_name_the_subject_are_found_in_the_documents_found(answerer):
    # "crew grade 7 rate": the row's label names grade 7; its chunk is the one found, and
    # only among the documents the search already found.
    engine = answerer.engine
    found = engine.rows_naming({"crew", "grade", "7"}, {"card.txt"}, 1)
    assert len(found) == 1 and "$307.75" in found[0].text
    assert engine.rows_naming({"crew", "grade", "7"}, {"agreement.md"}, 2) == []
    assert engine.rows_naming({"nothing"}, {"card.txt"}, 2) == []


def test_rows_of_other_documents_for_the_same_item_are_found_by_their_labels() -> None:
    from knowledge.structure import Structure

    records = [
        record(0, "agreement.md", "| Voice Performer, animation or dubbing | per session | $453 |"),
        record(1, "letter.md", "| Voice Performer, per session (3h) | $471 | $453 |"),
        record(2, "letter.md", "| Lead Performer, per day (9h) | $900 | $871 |"),
        record(3, "agreement.md", "| Crowd performer | per day | $212 |"),
    ]
    like = Structure(records).tables.like
    assert like(0) == [1]  # units of time and "or" aside, the same item
    assert like(3) == []  # "performer, per day" alone does not make one item
