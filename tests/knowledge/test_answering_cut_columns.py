"""A period column that starts within another's cuts it short: a notice's table "Rate
Schedule CY26/27 | From 2026/09/01" gives the schedule's figure until 31 August 2026 and
its own from 1 September, and prints the schedule's figure as the one it replaced, so
that the schedule's row gives way from that day too (answering/table_rows.py,
supersession.py)."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

from knowledge.answering.periods import cuts_short
from knowledge.answering.table_rows import row_units
from knowledge.timeframe import Period


def test_a_column_starting_within_another_cuts_it_short_and_names_its_figure_as_former():
    header = ["Role", "Rate unit", "Rate Schedule CY26/27", "From 2026/09/01"]
    old, new = row_units(0, "| VTuber talent | per stream hour | R650 | R700 |", header, "")
    assert new.period == Period(dt.date(2026, 9, 1), None)
    assert new.former == frozenset({"money:650"}) and not old.former
    assert cuts_short(header)
    # consecutive years overlap only until placed on the documents' year: no cut
    header = ["Role", "Type", "2025/26, Hourly", "2026/27, Hourly"]
    units = row_units(0, "| Patient | standard | 26,00 £ | 27,40 £ |", header, "")
    assert not any(u.former for u in units)
    assert not cuts_short(header)
    # a column closed before the next opens replaces nothing ("Until 31 Dec 2026")
    header = ["Category", "Unit", "Until 31 Dec 2026", "From 1 Jan 2027"]
    units = row_units(0, "| Voice | Additional line | $1.90 | $2.00 |", header, "")
    assert not any(u.former for u in units)
    # a season within the year is its own rate, not the year's from then on
    header = ["Role", "Rate 2026", "Summer festival (2026-07-01 to 2026-08-31)"]
    units = row_units(0, "| Lead performer | $500 | $650 |", header, "")
    assert not any(u.former for u in units) and not cuts_short(header)


SCHEDULE = """# Rate Schedule CY26/27

The contract year runs from 1 March to the end of February. This schedule applies from
1 March 2026 to 28 February 2027.

| Rate unit | VTuber talent | Mocap performer |
|---|---|---|
| per stream hour | R650 | — |
| per capture day | — | R4 800 |
| per rehearsal day | — | R2 600 |
"""

NOTICE = """INDEXATION NOTICE No. 1 - CONTRACT YEAR 2026/27
Issued on 2026/08/14

1. The rates listed below are raised by 7.5% from 1 September 2026. The new figure
   replaces the figure of the Rate Schedule CY26/27 for the listed rows only.

Role               Rate unit               Rate Schedule CY26/27   From 2026/09/01
-----------------  ----------------------  ----------------------  ---------------
VTuber talent      per stream hour         R650                    R700
Mocap performer    per capture day         R4 800                  R5 160
"""


def test_a_notices_new_column_replaces_the_schedules_figure_from_its_day(
    tmp_path, bundled_embedder
):
    documents = {"rate-schedule-cy26-27.md": SCHEDULE, "indexation-notice.txt": NOTICE}
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    now = answerer.ask("mocap capture day rate rn?")
    assert "R5 160" in now.text.splitlines()[0]
    assert "R4 800" not in now.text
    before = answerer.ask("i did a capture day on 20 August 2026, what day rate applied?")
    assert "R4 800" in before.text.splitlines()[0]  # not retroactive
    assert "R5 160" not in before.text
    stream = answerer.ask("vtuber stream hour rate rn?")
    assert "R700" in stream.text.splitlines()[0] and "R650" not in stream.text
    # a row the notice does not list stays in force
    rehearsal = answerer.ask("mocap rehearsal day rate rn?")
    first = rehearsal.text.splitlines()[0]
    assert "R2 600" in first and "superseded" not in first
