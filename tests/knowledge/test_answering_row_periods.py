"""A rate sheet's rows for one item, each "from" its own day, run until the next one's; a
memorandum's table named by the line above it ("Stand-in") and printing what each row
"Replaces" replaces the sheet's rows from its day; a day without its year ("from jan 1")
is the coming one (units.py, supersession.py, timeframe.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.periods import header_period
from knowledge.answering.retrieve import with_following
from knowledge.answering.units import cut
from knowledge.search import Passage
from knowledge.stated_periods import text_period
from knowledge.timeframe import Period, question_timeframe

TODAY = dt.date(2026, 12, 3)

RATE_SHEET = """# Schedule B: rate sheet 2025-2028

Each category has one row per period; a row applies until the next row of the category.

| Category | Effective | Daily (8 hrs) | Hourly | Overtime (per hour) |
|---|---|---|---|---|
| Stand-in | from 1 Nov 2025 | $252.00 | $31.50 | $47.25 |
| Stand-in | from 1 Nov 2026 | $261.60 | $32.70 | $49.05 |
| Stand-in | from 1 Nov 2027 | $269.60 | $33.70 | $50.55 |
| Photo double | from 1 Nov 2025 | $288.00 | $36.00 | $54.00 |
"""

MEMO = """AMENDING MEMORANDUM No. 1

Signed on 2026-11-20. Effective date: 2027-01-01.

3.1 For work performed on or after 2027-01-01, the following rows replace the rows of
Schedule B for the category named.

Stand-in
  Period                        Daily      Hourly    Overtime   Replaces
  2027-01-01 to 2027-10-31      $268.00    $33.50    $50.25     $261.60 / $32.70 / $49.05
  2027-11-01 to 2028-10-31      $276.00    $34.50    $51.75     $269.60 / $33.70 / $50.55
"""


def _units(text: str):
    return cut([Passage("p", "a.md", "A", text, 0, len(text), 1.0)])


def test_a_row_from_its_own_day_runs_until_the_next_row_of_its_item():
    rows = [u for u in _units(RATE_SHEET) if u.row]
    periods = {u.display.split("; Daily")[0]: u.period for u in rows}
    first = next(p for label, p in periods.items() if "Stand-in" in label and "2025" in label)
    assert first.start == dt.date(2025, 11, 1) and first.end == dt.date(2026, 10, 31)
    last = next(p for label, p in periods.items() if "Stand-in" in label and "2027" in label)
    assert last.end is None
    double = next(p for label, p in periods.items() if "Photo double" in label)
    assert double.end is None  # no later row of its own


def test_a_tables_caption_names_the_item_of_rows_labelled_by_their_period():
    text = "Stand-in\n| Period | Daily | Replaces |\n|---|---|---|\n| 2027-01-01 to 2027-10-31 | $268.00 | $261.60 |\n"
    (row,) = [u for u in _units(text) if u.row]
    assert row.display.startswith("**Stand-in, 2027-01-01 to 2027-10-31**")
    assert row.former == {"money:261.6"}  # "Replaces" is a column of former figures


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    documents = {"rates.md": RATE_SHEET, "memo.txt": MEMO}
    return answerer_over(tmp_path_factory.mktemp("rows"), documents, bundled_embedder, TODAY)


def test_now_is_the_sheets_row_and_the_day_asked_the_memorandums(answerer):
    now = answerer.ask("stand-in overtime rate rn?").text.splitlines()[0]
    assert "$49.05" in now and "$50.25" not in now
    later = answerer.ask("stand-in overtime rate from jan 1?").text
    assert "$50.25" in later.splitlines()[0]
    assert "$49.05" not in later
    before = answerer.ask("stand-in day rate on oct 15 2026?").text.splitlines()[0]
    assert "$252.00" in before


@pytest.mark.parametrize(
    "question, day",
    [
        ("OT rate from jan 1?", dt.date(2027, 1, 1)),
        ("le cachet du 1er janvier", dt.date(2027, 1, 1)),
        ("stunt on dec 10, whats the rate", dt.date(2026, 12, 10)),
        ("i worked nov 5, what was i owed?", dt.date(2026, 11, 5)),
        ("got booked for a car hit on dec 10, whats the rate?", dt.date(2026, 12, 10)),
        # a day of the last few months, with no future cue, is that one
        ("bg day rate for my shoot on nov 28?", dt.date(2026, 11, 28)),
        ("got booked for aug 15, whats the rate?", dt.date(2027, 8, 15)),
        ("the contract year (the one that started nov 1)", dt.date(2026, 11, 1)),
        ("aug 20 2026 session", dt.date(2026, 8, 20)),
    ],
)
def test_a_day_without_its_year_is_the_coming_one_or_in_the_past_tense_the_last(question, day):
    frame = question_timeframe(question, TODAY)
    assert frame.explicit and frame.period.start == day == frame.period.end


def test_a_day_that_cannot_exist_is_no_day():
    assert not question_timeframe("session on feb 30?", TODAY).explicit


AGREEMENT = """# General Agreement 2025-2028

## Section 13 - Stunt performers

13-1 Stunts are performed only by stunt performers listed in the Union's Stunt Registry,
who hold a current first-aid certificate and have completed the Union's safety course.
13-2 A stunt adjustment, an additional payment for a particular stunt, is negotiated
between the employer and the stunt performer before the stunt is performed, and is
confirmed in writing on the day.
13-3 The stunt coordinator decides on the safety measures of each stunt, and a stunt
performer may refuse a stunt that the safety measures do not make reasonably safe.

13-4 A background performer who is asked to perform a stunt is upgraded to stunt
performer and paid the stunt performer daily rate of Schedule B for the whole day.
"""

SCHEDULE_B = """# Schedule B - Rate sheet

| Category | Effective | Daily (8 hrs) |
|---|---|---|
| Stunt performer | from 1 Nov 2025 | $968.00 |
| Stunt performer | from 1 Nov 2026 | $1,002.40 |
"""


def test_a_reference_further_on_in_a_section_found_brings_the_schedule_it_names(
    tmp_path, bundled_embedder
):
    # The question finds Section 13's first chunk; "of Schedule B" is in its next one.
    documents = {"agreement.md": AGREEMENT, "schedule-b.md": SCHEDULE_B}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, TODAY)
    first = answerer.engine.passages_of("agreement.md")[0]
    assert "Registry" in first.text and "Schedule B" not in first.text
    found, _, _ = with_following(answerer.engine, [first], "stunt performer day rate?")
    assert any(p.source == "schedule-b.md" for p in found)
    answer = answerer.ask("got booked for a stunt on dec 10, whats the stunt performer day rate?")
    assert "$1,002.40" in answer.text.splitlines()[0]


def test_rows_of_like_tables_in_two_schedules_do_not_run_into_each_other():
    table = "| Item | Effective | Fee |\n|---|---|---|\n"
    a = table + "| Session fee | from 1 Nov 2025 | $500 |\n"
    b = table + "| Session fee | from 1 Jan 2026 | $400 |\n"
    passages = [
        Passage("a", "s.md", "S", a, 0, len(a), 1.0, {"heading": "Schedule A: dubbing"}),
        Passage("b", "s.md", "S", b, 0, len(b), 1.0, {"heading": "Schedule B: games"}),
    ]
    rows = [u for u in cut(passages) if u.row]
    assert rows and all(u.period.end is None for u in rows)


STEPS_FR = """# Résumé de l'entente 2026-2029

Les cachets passent par trois étapes.

| Rôle | Unité | Étape 1 (rétroactive au 1er octobre 2026) | Étape 2 (mars 2027) | Étape 3 (1er octobre 2027) |
|---|---|---|---|---|
| Cascadeur nautique | jour | 21 500 KSh | 22 400 KSh | 23 300 KSh |
| Figurant nageur | jour | 5 600 KSh | 5 850 KSh | 6 100 KSh |
"""


@pytest.mark.parametrize(
    ("header", "start", "end"),
    [
        ("Étape 1 (rétroactive au 1er octobre 2026)", dt.date(2026, 10, 1), None),
        ("Step 1 (backdated to 1 October 2026)", dt.date(2026, 10, 1), None),
        ("Retroactive to 1 July 2026", dt.date(2026, 7, 1), None),
        ("retroactif au 1er juillet 2026", dt.date(2026, 7, 1), None),  # unaccented
        ("au 30 juin 2027", None, dt.date(2027, 6, 30)),  # until then
        ("until 30 June 2027", None, dt.date(2027, 6, 30)),
    ],
)
def test_a_raise_backdated_to_a_day_runs_from_it(header, start, end):
    assert header_period(header) == Period(start, end)
    if start is not None:
        assert text_period(f"{header}: the difference is paid.", {}) == Period(start, None)


def test_a_backdated_step_is_the_rate_now(tmp_path, bundled_embedder):
    answerer = answerer_over(tmp_path, {"resume-entente.md": STEPS_FR}, bundled_embedder, TODAY)
    lead = answerer.ask("c combien le cachet d'un cascadeur nautique par jour ?").text
    lead = lead.splitlines()[0]
    assert "21 500" in lead
    assert "22 400" not in lead and "23 300" not in lead
