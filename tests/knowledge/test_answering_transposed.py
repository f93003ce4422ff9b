"""A transposed rate table, its rows periods and its columns items ("Period | Presenter,
half day | Presenter, full day | …"), is read one item per column (table_rows.py); a
question about a day after a found row's period is answered by its own table's later
row for that item, from a chunk the search did not find (successors.table_chunks)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.table_rows import row_units

HEADER = [
    "Period",
    "Presenter, half day",
    "Presenter, full day",
    "E-learning, per finished minute",
    "IVR, per prompt",
    "IVR, session minimum",
    "Station list (announcements)",
]
ROWS = [
    ["6 April 2026 – 31 October 2026", "£325.00", "£572.50", "£6.45", "78p", "£88.00", "£665.00"],
    ["1 November 2026 – 5 April 2027", "£325.00", "£572.50", "£6.80", "82p", "£88.00", "£665.00"],
    ["From 6 April 2027 (announced)", "£336.50", "£590.00", "£7.05", "85p", "£91.50", "£689.00"],
]


def _line(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


SCHEDULE = "\n".join(
    [
        "# Rate Schedule 2026/27",
        "",
        "Issued by the Joint Rates Panel. Rate year 2026/27: 6 April 2026 to 5 April 2027.",
        "Each row of the tables below is a period; each column a kind of work. The rates",
        "are minimums: an individual contract may pay more. Premiums, travel time and",
        "cancellation fees are set by the Agreement and are not repeated here.",
        "",
        "## Table 3 – Presenters, narrators and voice work",
        "",
        _line(HEADER),
        "|" + "---|" * len(HEADER),
        *(_line(r) for r in ROWS),
        "",
        "The rates from 6 April 2027 were agreed on 28 October 2026 for the rate year 2027/28.",
        "",
    ]
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("transposed")
    documents = {"rate-schedule-2026-27.md": SCHEDULE}
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 5))


def test_a_transposed_row_is_one_unit_per_item_column():
    units = row_units(0, _line(ROWS[2]), HEADER, "")
    shown = [u.display for u in units]
    assert "**Presenter, full day** — From 6 April 2027 (announced): £590.00" in shown
    assert len(units) == 6 and all(
        u.period and u.period.start == dt.date(2027, 4, 6) for u in units
    )
    # one item's kinds of pay ("Daily | Hourly | Overtime") stay one row
    pay = ["Period", "Daily (8 hrs)", "Hourly", "Overtime (per hour)"]
    kept = row_units(0, "| 2027-01-01 to 2027-10-31 | $244.00 | $30.50 | $45.75 |", pay, "")
    assert len(kept) == 1


def test_a_day_after_a_found_row_is_answered_by_the_tables_later_row(answerer):
    answer = answerer.ask("whats the full day rate for a presenter on 20 April 2027?")
    first = answer.text.splitlines()[0]
    assert "£590.00" in first and "Presenter, full day" in first
    assert "£572.50" not in first


def test_now_the_row_in_force_answers_with_its_item(answerer):
    first = answerer.ask("IVR rate per prompt right now?").text.splitlines()[0]
    assert "82p" in first and "IVR, per prompt" in first


def _unit(text: str, passage: int, period) -> object:
    from knowledge import figures
    from knowledge.answering.units import Unit

    u = Unit(text=text, passage=passage, row=True, display=text)
    u.period = period
    u.figures = [f for f in figures.extract(text) if f.kind == "money"]
    return u


def test_an_ended_row_is_continued_by_its_own_tables_later_row_for_the_item():
    from knowledge.answering import successors
    from knowledge.search import Passage
    from knowledge.timeframe import Period

    passages = [Passage(f"p{n}", "schedule.md", "Schedule", "", 0, 0, 0.0) for n in range(2)]
    ended = Period(dt.date(2026, 11, 1), dt.date(2027, 4, 5))
    later = Period(dt.date(2027, 4, 6), None)
    old = _unit("Presenter, full day — 1 November 2026 – 5 April 2027: £572.50", 0, ended)
    other = _unit("Presenter, half day — From 6 April 2027: £336.50", 1, later)
    new = _unit("Presenter, full day — From 6 April 2027: £590.00", 1, later)
    for u in (old, other, new):
        u.per_column = True  # as table_rows cuts a transposed table's rows
    successors.continued_by([old], [other], passages, dt.date(2027, 4, 20))
    assert old.replaced_by is None  # another item of the table
    successors.continued_by([old], [other, new], passages, dt.date(2027, 4, 20))
    assert old.replaced_by is new
    # an ordinary table's rows with one label are left to their own periods
    plain = _unit("Presenter, full day — 1 November 2026 – 5 April 2027: £572.50", 0, ended)
    successors.continued_by([plain], [_unit(new.text, 1, later)], passages, dt.date(2027, 4, 20))
    assert plain.replaced_by is None


def test_the_tables_of_ended_rows_only_are_read_further():
    from knowledge.answering import successors
    from knowledge.search import Passage
    from knowledge.timeframe import Period

    class Tables:
        def same_table(self, passage, limit):
            return [Passage(f"{passage.id}+{n}", "s.md", "S", "", 0, 0, 0.0) for n in range(limit)]

    passages = [Passage(f"p{n}", "s.md", "S", "", 0, 0, 0.0) for n in range(2)]
    ended = _unit("Presenter, full day — 2025/26: £545.00", 0, Period(None, dt.date(2026, 4, 5)))
    current = _unit("Presenter, full day — 2026/27: £572.50", 1, Period(dt.date(2026, 4, 6), None))
    read = successors.table_chunks(
        Tables(), [ended, current], passages, dt.date(2026, 12, 5), set()
    )
    assert [p.id for p in read] == ["p0+0", "p0+1"]


def test_another_documents_row_is_like_a_transposed_tables_column():
    from knowledge.generation import ChunkRecord
    from knowledge.tables import Tables

    header = _line(HEADER) + "\n|" + "---|" * len(HEADER)
    records = [
        ChunkRecord(
            "a",
            "| Item | Value |\n|---|---|\n| Corporate presenter – full day | £545.00 |",
            {"source": "old.docx"},
        ),
        ChunkRecord("b", header + "\n" + _line(ROWS[0]), {"source": "new.pdf"}),
        ChunkRecord("c", _line(ROWS[2]), {"source": "new.pdf", "table_header": header}),
    ]
    assert Tables(records).like(0) == [1, 2]  # the columns "Presenter, full day"


def test_a_row_of_units_under_item_columns_is_one_unit_per_item_that_pays():
    # "Rate unit | VTuber talent | Mocap performer | Co-host": each row a unit of pay,
    # each column an item; the items a row does not pay are left out, not shown as "—"
    header = ["Rate unit", "VTuber talent", "Mocap performer", "Co-host"]
    units = row_units(0, "| per stream hour | R650 (a) | — | R420 |", header, "")
    assert [u.display for u in units] == [
        "**VTuber talent** — per stream hour: R650 (a)",
        "**Co-host** — per stream hour: R420",
    ]
    # a row's own columns ("Amount", "Applies to") are no items; "per diem" is no unit
    own = ["Item", "Amount", "Applies to"]
    row = "| Per diem, overnight | $86 per day | breakfast $18 |"
    assert len(row_units(0, row, own, "")) == 1
    assert len(row_units(0, "| per session | $86 | 4 hours max |", header[:3], "")) == 1
