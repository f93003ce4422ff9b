"""Rows that carry codes ("D-9", "M-3"): a code names one row, so a row of another
document with another code is another item, however alike their words, and never
replaces it (answering/supersession.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.amended import amended_clauses
from knowledge.answering import designators
from knowledge.structure import clause_at

SCHEDULE = """# Schedule A: dancers' minimum rates 2025-2028

Signed on 20 August 2025.

| Code | Category | Work | Unit | 1 Sep 2026 – 31 Aug 2027 | 1 Sep 2027 – 31 Aug 2028 |
|---|---|---|---|---|---|
| D-8 | All categories | Music video dancer (10-hour day) | per day | $661.30 | $681.10 |
| D-9 | All categories | Music video overtime beyond 10 hours | per hour | $99.20 | $102.20 |
"""

MUSICIANS = """# Schedule B: musicians' section rates

Page updated 2 September 2025.

| Code | Work | Category | Unit | 01.09.2026 – 31.08.2027 | 01.09.2027 – 31.08.2028 |
|---|---|---|---|---|---|
| M-3 | Recording overtime beyond 3 hours | All categories | per 15 minutes | CAD 35.40 | CAD 36.50 |
| M-6 | Cartage, large instrument | All categories | per service | CAD 49.40 | CAD 50.90 |
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    documents = {"schedule-a.md": SCHEDULE, "schedule-b.md": MUSICIANS}
    root = tmp_path_factory.mktemp("coded")
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 3))


def test_a_row_with_another_code_does_not_replace_a_row_of_like_words(answerer):
    answer = answerer.ask("music video shoot in oct 2027 going past 10 hrs, OT per hour?")
    first = answer.text.splitlines()[0]
    assert "102.20" in first
    assert "never in force" not in answer.text
    assert "36.50" not in first


AGREEMENT = """# Stage and Recording Agreement 2025-2028

Signed on 20 August 2025.

# § 8 Rest

§ 8.1 An artist is given a rest period of at least ten (10) hours between the end of one
call and the start of the next call.

§ 8.2 A call that breaks the rest period is paid at time and a half.
"""

RATES = """# Schedule A: dancers' minimum rates 2025-2028

Signed on 20 August 2025.

| Code | Category | Work | Unit | 1 Sep 2026 – 31 Aug 2027 | 1 Sep 2027 – 31 Aug 2028 |
|---|---|---|---|---|---|
| D-1 | Category I | Dancer, stage musical | per week | $1,530.60 | $1,576.50 |
| D-3 | Category III | Dancer, stage musical | per week | $1,204.50 | $1,240.60 |
"""

LETTER = """LETTER OF UNDERSTANDING No. 1

Signed at Saint-Aurèle on 2 October 2026.

ITEM 1 - REST BETWEEN CALLS (§ 8.1)

1.1 With effect from 1 November 2026, the rest period that an artist is given between the
end of one call and the start of the next call under § 8.1 of the Agreement is twelve (12)
hours. The figure of ten (10) hours printed in § 8.1 no longer applies from that date.

ITEM 2 - CATEGORY III DANCERS (SCHEDULE A, ROW D-3)

2.1 Row D-3 of Schedule A (Dancer, stage musical, Category III, per week) is amended as
follows:

   (a) up to and including 28 February 2027, the weekly amount stays at $1,204.50;

   (b) for Year 3 (1 September 2027 – 31 August 2028), the weekly amount becomes
   $1,298.40, and the amount of $1,240.60 printed in Schedule A for Year 3 ceases to apply.

ITEM 3 - EVERYTHING ELSE UNCHANGED

3.1 Every other provision remains as signed.
"""


@pytest.fixture(scope="module")
def amended(tmp_path_factory, bundled_embedder):
    documents = {"agreement.md": AGREEMENT, "schedule-a.md": RATES, "lou-no-1.txt": LETTER}
    root = tmp_path_factory.mktemp("amended")
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 3))


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "The figure of ten (10) hours printed in § 8.1 no longer applies from that date.",
            ["8.1"],
        ),
        ("Section 4.2 of the Agreement ceases to apply on 1 May 2027.", ["4.2"]),
        ("§ 9.1 is hereby amended as follows.", ["9.1"]),
        ("Le délai de dix jours prévu à l'article 5.2 de l'Entente ne s'applique plus.", ["5.2"]),
        ("Section 4.1 applies. The fee no longer applies to tours.", []),
        ("Section 14.3 no longer applies to performers under 18.", []),  # a condition
        ("Nothing in § 8.1 is amended by this letter.", []),
    ],
)
def test_a_clause_said_to_stop_applying_is_amended(text, clauses):
    assert amended_clauses(text) == clauses


def test_a_clause_opening_with_the_section_sign_is_numbered():
    text = "§ 8.1 An artist is given a rest period.\n§ 8.2 A call that breaks it is paid more."
    assert clause_at(text, text.index("rest")) == "8.1"
    assert clause_at(text, text.index("breaks")) == "8.2"


def test_an_item_of_an_amending_list_replaces_the_row_its_introduction_names(amended):
    answer = amended.ask("small venue dancer (cat 3) weekly rate for sept 2027?")
    assert "1,298.40" in answer.text
    shown = [line for line in answer.text.splitlines() if "1,240.60" in line]
    assert all("never in force" in line or "ceases to apply" in line for line in shown)


def test_a_designators_word_shortened_with_a_full_stop_designates():
    # a document's three-letter shortening with a full stop: "Cat. C" for "catégorie C"
    wanted = designators.asked("c'est combien le cachet en catégorie C cette saison?")
    assert designators.fit(wanted, "S-3 — Grade: Grade C / Cat. C; Work: Show") == 1
    assert designators.fit(wanted, "S-1 — Grade: Grade A / Cat. A; Work: Show") == -1
    assert designators.fit(wanted, "the end. A performer is paid") == 0  # a sentence's end


def test_a_roman_numeral_designates_as_its_number():
    wanted = designators.asked("small venue dancer (cat 3) weekly rate")
    assert designators.fit(wanted, "Category: Category III; Work: Dancer") == 1
    assert designators.fit(wanted, "Category: Category I; Work: Dancer") == -1
    wanted = designators.asked("cat I show replica fee")
    assert designators.fit(wanted, "Category: Category I; Work: Replica") == 1
    assert designators.fit(designators.asked("catégorie II"), "Catégorie II : 1 204,50 $") == 1


def test_the_pronoun_i_is_no_numeral():
    assert designators.asked("can I get paid for a fitting") == {}
    assert designators.asked("what should I charge") == {}
    assert designators.asked("for the session I did yesterday") == {}
    assert designators.asked("last week I worked a double") == {}
    assert designators.fit(designators.asked("band 2 session"), "Bandwidth 1") == 0


BANDS = """# Schedule A: rate tables 2025-2028

Signed on 12 June 2025.

| Code | Band | Work | Unit | 1 Jul 2026 – 30 Jun 2027 | 1 Jul 2027 – 30 Jun 2028 |
|---|---|---|---|---|---|
| P-1 | Band 1 | Performance capture day (8 hours) | per day | € 939.50 | € 967.70 |
| P-3 | Band 3 | Performance capture day (8 hours) | per day | € 616.00 | € 634.50 |
"""

MEMO = """MEMORANDUM OF AGREEMENT No. 1

Signed on 9 September 2026.

1.1 From 1 February 2027, the Year 2 amount in row P-3 is replaced by EUR 652.00 per day.

Row P-3 by period:

| Period | Value |
|---|---|
| Row P-3 (Band 3, performance capture day, per day), 1 July 2026 to 31 January 2027 | EUR 616.00 (unchanged) |
| Row P-3 (Band 3, performance capture day, per day), 1 February 2027 to 30 June 2027 | EUR 652.00 |
"""


@pytest.fixture(scope="module")
def banded(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("banded")
    documents = {"schedule-a.md": BANDS, "moa-no-1.md": MEMO}
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 3))


def test_a_row_for_another_band_or_code_does_not_replace_the_row_asked_about(banded):
    answer = banded.ask("mocap day on a band 1 title, whats the day rate this contract year")
    first = answer.text.splitlines()[0]
    assert "939.50" in first
    assert "never in force" not in answer.text


def test_the_replacement_of_a_row_answers_for_the_day_asked_about(banded):
    answer = banded.ask("band 3 performance capture day rate on 15 february 2027?")
    first = answer.text.splitlines()[0]
    assert "652.00" in first
    assert "616.00" not in first


def test_rows_of_other_bands_differ():
    assert designators.differ("P-1 — Band: Band 1; Work: Capture", "Row P-3 (Band 3, capture)")
    assert not designators.differ("Band 1 capture day", "Band 1, per day (8 hours)")
    assert not designators.differ("Year 2 amount, Band 1", "Year 3 amount, Band 1")


def test_a_row_named_by_its_code_is_read_before_the_nearest_of_its_schedule() -> None:
    from knowledge.generation import ChunkRecord
    from knowledge.structure import Structure

    def record(n: int, source: str, text: str, heading: str = "") -> ChunkRecord:
        return ChunkRecord(str(n), text, {"source": source, "heading": heading, "title": source})

    table = "| Code | Work | Unit | Amount |\n|---|---|---|---|\n"
    records = [
        record(0, "agreement.md", "15.1 A tour per diem is paid (Schedule A, row D-11)."),
        record(
            1,
            "schedule.md",
            table + "| D-10 | Concert tour dancer | per week | $1,660.40 |",
            "Schedule A",
        ),
        record(
            2, "schedule.md", table + "| D-11 | Tour per diem | per day | $74.00 |", "Schedule A"
        ),
    ]
    structure = Structure(records)
    text, source = records[0].text, records[0].source
    assert structure.referenced(text, source, "", rows_only=True) == [2]
    assert set(structure.referenced(text, source, "")) == {1, 2}


def test_a_row_for_several_designators_gives_each_of_them():
    wanted = designators.asked("level 2 room, overtime per hour?")
    assert designators.fit(wanted, "O-1 — Level: 1 and 2; Work: Overtime") == 1
    assert designators.fit(wanted, "O-2 — Level: 3; Work: Overtime") == -1
    assert designators.fit(wanted, "Levels 1–3: every room") == 1  # a range
    assert designators.fit(designators.asked("band 4 rate"), "Bands 1, 2 and 3") == -1
    # "niveau" is the French "level"
    assert designators.fit(designators.asked("salle niveau 2"), "Level: 1 and 2") == 1
