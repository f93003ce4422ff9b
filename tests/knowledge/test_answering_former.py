"""Figures a newer text prints as the ones it replaced: "$334.00 ($318.00)", "$302.00 ->
$309.00", a table's note "replacing $178.00" (answering/former.py, supersession.py)."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

SESSION_SCHEDULE = """# Schedule 1: minimum fees

Signed on 2 February 2026.

| Category | Unit | Until 31 Dec 2026 | From 1 Jan 2027 |
|---|---|---|---|
| Voice Performer | Session (up to 4 hours, up to 150 lines) | $318.00 | $330.00 |
| Voice Performer | Additional line beyond 150 | $1.90 | $2.00 |
"""

SESSION_MOA = """MEMORANDUM OF AGREEMENT No. 1

In force from 1 October 2026.

B1. The following rows of Schedule 1 are replaced. The former figures are shown in
brackets.

| Row | 1 Oct - 31 Dec 2026 | 2027 |
|---|---|---|
| Voice session (up to 4 hours) | $334.00 ($318.00) | $349.00 ($330.00) |
"""


def test_a_figure_a_newer_document_names_as_the_former_one_is_replaced(tmp_path, bundled_embedder):
    # The rows' labels differ ("Voice Performer | Session" against "Voice session"): what
    # ties them is the memorandum printing the schedule's figure as the one it replaced.
    documents = {"schedule.md": SESSION_SCHEDULE, "moa.md": SESSION_MOA}
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    answer = answerer.ask("whats the voice session fee rn?")
    assert "$334.00" in answer.text.splitlines()[0]
    assert "$318" not in answer.text
    later = answerer.ask("voice session fee in march 2027?")
    assert "$349.00" in later.text.splitlines()[0]
    assert "$330" not in later.text
    # the additional line fee, which the memorandum does not name, stays in force
    line = answerer.ask("additional line fee rn?")
    assert "$1.90" in line.text.splitlines()[0]


CODED_SCHEDULE = """# Schedule A: minimum rates

Signed on 26 June 2025.

| Code | Item | Unit | Period (work performed) | Minimum |
|---|---|---|---|---|
| A1 | Voice Session (up to 4 hours) | per session | 1 Jul 2026 - 30 Jun 2027 | $302.00 |
| A1 | Voice Session (up to 4 hours) | per session | 1 Jul 2027 - 30 Jun 2028 | $313.00 |
| B4 | Pickup Session (up to 1 hour) | per session | 1 Jul 2026 - 30 Jun 2027 | $147.00 |
"""

# A plain-text amendment: an old -> new table whose labels wrap onto a second line.
ARROW_AMENDMENT = """AMENDING AGREEMENT No. 1

Signed on 4 August 2026.
Effective date: 1 September 2026.

1.1 From the effective date, the amounts in the "Old" column are replaced by those in
the "New" column.

| Item | Reference | Agreement year | Old | New |
|---|---|---|---|---|
| Video game voice Session | Schedule A, row A1 | 2026-2027 | $302.00 -> | $309.00 |
| (up to 4 hours), per session |  | 2027-2028 | $313.00 -> | $321.00 |
"""


def test_an_old_to_new_table_replaces_the_old_figures_from_its_effective_date(
    tmp_path, bundled_embedder
):
    documents = {"schedule.md": CODED_SCHEDULE, "amendment.md": ARROW_AMENDMENT}
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    now = answerer.ask("voice session fee rn?")
    assert "$309.00" in now.text.splitlines()[0]
    assert "$302" not in now.text and "$313" not in now.text
    before = answerer.ask("what was the voice session fee on 20 august 2026?")
    assert "$302.00" in before.text.splitlines()[0]  # no retroactive change
    later = answerer.ask("voice session fee in august 2027?")
    assert "$321.00" in later.text.splitlines()[0]
    assert "$313" not in later.text
    pickup = answerer.ask("pickup session fee rn?")  # a row the amendment leaves alone
    assert "$147.00" in pickup.text.splitlines()[0]
    assert "superseded" not in pickup.text.splitlines()[0]


def test_a_text_tables_wrapped_label_carries_on_the_row_above():
    from knowledge.answering.units import cut
    from knowledge.search import Passage

    text = ARROW_AMENDMENT[ARROW_AMENDMENT.index("| Item") :]
    rows = [u for u in cut([Passage("p", "a.md", "A", text, 0, len(text), 0.0)]) if u.row]
    assert rows[1].display.startswith("**Video game voice Session (up to 4 hours), per session**")
    assert rows[1].former == {"money:313"} and rows[0].former == {"money:302"}
    assert rows[1].period is not None and rows[1].period.start.year == 2027


NOTED_SCHEDULE = """# Schedule A: minimum rates

| Item | Unit | Period (work performed) | Minimum |
|---|---|---|---|
| Group Voice Performer (walla) [1] | per session | 1 Jul 2026 - 30 Jun 2027 | $178.00 |
| Pickup Session | per session | 1 Jul 2026 - 30 Jun 2027 | $147.00 |

Notes

[1] Group Voice Performer: the rate for sessions performed from 1 January 2027 to 30 June
2027 is $185.00 per session, replacing $178.00 for that part of the period.
"""


def test_a_tables_note_replaces_its_rows_figure_for_the_part_of_the_period_it_names(
    tmp_path, bundled_embedder
):
    answerer = answerer_over(tmp_path, {"schedule.md": NOTED_SCHEDULE}, bundled_embedder)
    later = answerer.ask("walla session rate on jan 15 2027?")
    assert "$185.00" in later.text and "$178" not in later.text.replace("replacing $178", "")
    now = answerer.ask("group voice (walla) rate rn?")
    assert "$178.00" in now.text.splitlines()[0]


def test_a_figure_a_later_one_will_replace_is_as_recent_as_the_item_runs():
    from knowledge.answering.recency import _period_key
    from knowledge.answering.units import Unit
    from knowledge.timeframe import Period

    day = dt.date
    note = Unit(0, "$185.00", "$185.00", period=Period(day(2027, 1, 1), day(2027, 6, 30)))
    row = Unit(0, "$178.00", "$178.00", period=Period(day(2026, 7, 1), day(2026, 12, 31)))
    row.replaced_by = note  # from 1 January 2027: in force today, not yet replaced
    other = Unit(0, "$147.00", "$147.00", period=Period(day(2026, 7, 1), day(2027, 6, 30)))
    assert _period_key(row) == _period_key(other)
    row.replaced = True  # once replaced, it is dated by its own, shortened, period
    assert _period_key(row) < _period_key(other)


STUNT_SCHEDULE = """# Grille tarifaire 2026-2027

Signée le 2 décembre 2025.

| Ligne | Catégorie | Unité | En vigueur le 1er janvier 2026 | En vigueur le 1er janvier 2027 |
|---|---|---|---|---|
| C1 | Cascadeur, cachet journalier | par jour (8 h) | 1 018,00 $ | 1 052,00 $ |
| C3 | Heure supplémentaire de cascade | par heure | 190,00 $ | 197,50 $ |
"""

STUNT_LETTER = """LETTRE D'ENTENTE No 1

En vigueur le 1er juin 2026.

2. CASCADE - CACHET JOURNALIER (ligne C1)

Le cachet journalier du cascadeur ou de la cascadeuse prévu à la ligne C1 est remplacé
par 1 046,00 $ pour le travail effectué du 1er juin 2026 au 31 décembre 2026, au lieu de
1 018,00 $. Pour le travail effectué à compter du 1er janvier 2027, il est remplacé par
1 081,00 $, au lieu de 1 052,00 $.
"""


def test_a_sentence_naming_a_replaced_figure_is_about_its_paragraphs_item(
    tmp_path, bundled_embedder
):
    # "il est remplacé par 1 081,00 $": the day rate, named by the paragraph's first sentence
    documents = {"grille.md": STUNT_SCHEDULE, "lettre.txt": STUNT_LETTER}
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    answer = answerer.ask("c quoi le cachet journalier de cascade en février 2027?")
    first = answer.text.splitlines()[0]
    assert "1 081,00 $" in first
    assert not any(
        "1 052" in line and "remplacé" not in line and "au lieu de" not in line
        for line in answer.text.splitlines()
    )
    overtime = answerer.ask("heure supplémentaire de cascade en février 2027?")
    assert "197,50 $" in overtime.text.splitlines()[0]  # the letter leaves it alone


BULLETIN = """# Stunt rate bulletin S-2026-2

Issued on 15 June 2026.

| Item | Unit | Effective Jan 1, 2026 |
|---|---|---|
| Stunt performer day rate (8 hours) | per day | $1,046.00 |

The previous bulletin (S-2026-1) showed a day rate of $1,018.00 for all of 2026.
"""


def test_an_earlier_documents_figure_told_in_passing_is_not_the_current_one(
    tmp_path, bundled_embedder
):
    answerer = answerer_over(tmp_path, {"bulletin.md": BULLETIN}, bundled_embedder)
    answer = answerer.ask("stunt performer day rate rn?")
    assert "$1,046.00" in answer.text.splitlines()[0]
    assert not any(
        "$1,018" in line and "superseded" not in line for line in answer.text.splitlines()
    )


GUILD_SCHEDULE = """# Schedule A: minimums

Signed on 20 March 2026.

| Row | Category | Unit | Year 1: 1 April 2026 – 31 March 2027 | Year 2: 1 April 2027 – 31 March 2028 |
|---|---|---|---|---|
| D1 | Narrative designer | per week | $2,240.00 | $2,310.00 |
| D2 | Dialogue and barks | per 1,000 words | $415.00 | $430.00 |
"""

GUILD_MEMO = (
    "MEMORANDUM OF SETTLEMENT No. 1\r\n\r\nEffective date: 1 September 2026.\r\n\r\n"
    "2. SCHEDULE A - REPLACED MINIMUMS\r\n\r\n"
    "Row | Category                      | Contract year | Was       | Now\r\n"
    "----+-------------------------------+---------------+-----------+----------\r\n"
    "D1  | Narrative designer (per week) | Year 2 only   | $2,310.00 | $2,395.00\r\n"
    "\r\n"
    + "3. NOTICE\r\n\r\n"
    + "3.1 The producer gives the narrative designer written notice of each new engagement. " * 12
    + "\r\n"
)


def test_a_was_column_in_a_table_without_outer_bars_replaces_the_schedules_year(
    tmp_path, bundled_embedder
):
    from knowledge.answering.rows import FormerFigures

    documents = {"schedule.md": GUILD_SCHEDULE, "memo.txt": GUILD_MEMO}
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    # the table's first chunk, whose header sits in its own text, names $2,310.00 replaced
    assert FormerFigures(answerer.engine).naming("money:2310")
    answer = answerer.ask("narrative designer gig starting may 2027, weekly min?")
    first = answer.text.splitlines()[0]
    assert "$2,395.00" in first
    assert not any(
        "$2,310" in line and "superseded" not in line for line in answer.text.splitlines()
    )
    now = answerer.ask("narrative designer weekly min rn?")  # Year 2 only: not before April
    assert "$2,395" not in now.text.splitlines()[0]


RATE_CARD = """# Rate card 2026

In force from 1 October 2026.

| Item | Amount | Basis |
|---|---|---|
| Scan fee (background performer called only for a scan) | $110 | plus a full day |
| Background performer, per day | $131 | 8 hours |
"""

SCAN_MEMO = """MEMORANDUM No. 1

In force from 1 October 2026.

3.1 In Article 16.4, the scan fee of $85 is replaced by a scan fee of $110 for any scan
session held on or after 1 October 2026.
"""


def test_a_sentence_printing_the_old_figure_gives_way_to_one_giving_the_new_alone(
    tmp_path, bundled_embedder
):
    documents = {"rates.md": RATE_CARD, "memo.txt": SCAN_MEMO}
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    answer = answerer.ask("called in only for a scan as bg, whats the scan fee?")
    assert "$110" in answer.text.splitlines()[0]
    assert "$85" not in answer.text
    # asked about the change, the memorandum's sentence is the answer
    change = answerer.ask("how did the scan fee change?")
    assert "$85" in change.text and "$110" in change.text


CONTENTS = "\n".join(f"Part {n} – Chapter on subject {n}, page {n}" for n in range(1, 40))
SQUAD_AGREEMENT = f"""# Spirit Squads Agreement 2026–2029

Between the Squads Union and the Clubs' Council.

## Contents

{CONTENTS}

## Article 1 – Parties and term

1.1 The parties to this agreement are the Squads Union and the Clubs' Council.
1.4 Signed on 16 July 2026, this agreement is in force
from 1 August 2026 to 31 July 2029.

## Article 7 – Appearances

7.1 A promotional appearance (a sponsor's event or a school visit) is paid $7,400.00 for
up to 2 hours, and $3,100.00 for each further hour.
"""

SQUAD_LETTER = """# Letter of Agreement No. 1

Signed on 17 November 2026; it applies from 1 December 2026.

## Item 1: Promotional appearances (clause 7.1)

From 1 December 2026 a promotional appearance of up to 2 hours is paid $7,900.00
instead of $7,400.00. Each further hour stays at $3,100.00.
"""


def test_a_term_stated_past_a_contents_list_dates_the_agreement_a_letter_amends(
    tmp_path, bundled_embedder
):
    # The agreement's term is in clause 1.4, past its contents (beyond its first 1,500
    # characters): read, it dates the agreement's $7,400.00 before the letter's $7,900.00,
    # which replaces it; the letter's sentence is shown without the figure it replaced.
    assert len(SQUAD_AGREEMENT.split("1.4 Signed")[0]) > 1500
    documents = {"agreement.md": SQUAD_AGREEMENT, "letter.md": SQUAD_LETTER}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 7))
    answer = answerer.ask("promo appearance at a sponsor's store next week, 2 hrs – how much?")
    first = answer.text.splitlines()[0]
    assert "$7,900.00" in first
    assert "$7,400" not in answer.text
    # asked how it changed, the letter's whole sentence is read
    changed = answerer.ask(
        "what was the promotional appearance fee before 1 december and what is it now?"
    )
    assert "$7,400.00" in changed.text and "$7,900.00" in changed.text


def test_an_amount_said_again_in_brackets_replaces_nothing():
    from knowledge.answering.units import cut
    from knowledge.search import Passage

    text = "L'artiste reçoit une indemnité de séjour de 58 ¤ (58 euros) par jour à l'étranger."
    (unit,) = cut([Passage("p", "faq.md", "FAQ", text, 0, len(text), 1.0)])
    assert not unit.former
    assert "58 ¤ (58 euros)" in (unit.without_past or unit.display)
    moa = "Voice session: $334.00 ($318.00) from 1 October 2026."
    (row,) = cut([Passage("m", "moa.md", "MOA", moa, 0, len(moa), 1.0)])
    assert row.former and "$318" not in row.without_past
