"""A row whose first cell is its code or clause number ("W-4 | Re-enactment principal |
…") is labelled by the cell after it (row_codes.label_cell), so that its label fit
(rows.label_fits) is no longer that of "W-4", which no question shares: on union-u a
notice's row for the same role, without the column asked about, had outranked it. The
unit tests pin the label; the end-to-end one guards the answer on a small corpus (which
the old label happens to answer too)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.row_codes import label_cell


@pytest.mark.parametrize(
    "row, label",
    [
        (["W-4", "Re-enactment principal", "12 h"], "Re-enactment principal"),
        (["A1 *", "Host", "$90"], "Host"),
        (["Host or presenter (W-3)", "4"], "Host or presenter (W-3)"),
        (["Tier A", "$12"], "Tier A"),  # a name, not a code
        (["7.2.3", "Overtime, capture day", "20 %"], "Overtime, capture day"),  # a clause
        (["§ 12.4", "Late fee"], "Late fee"),
        (["2026", "Base rate"], "2026"),  # a year labels its row
        (["", "Host", "$90"], ""),  # an empty first cell stays the label
        (["W-5", "$90 per day", "Host"], "Host"),  # an amount is no label
    ],
)
def test_a_code_is_no_label(row, label):
    assert label_cell(row) == label


APPENDIX = """# Appendix 1 – Working conditions by category

In force for the whole term, from 1 October 2025.

| Code | Category | Minimum call | Turnaround | Night premium | Weekend premium | Meal allowance |
|---|---|---|---|---|---|---|
| W-1 | Cast member | 8 h | 11 h | 25% | 15% | $18.00 |
| W-3 | Host or presenter | 6 h | 12 h | 25% | 20% | $24.00 |
| W-4 | Re-enactment principal | 8 h | 12 h | 30% | 25% | $24.00 |
"""

NOTICE = """# Notice to members 2026-07: night shoots

From 1 October 2026. The table below applies to every night shoot. After the maximum you
get a rest period of at least 24 hours before any further call.

| Category | Max. nights in a row | Hot meal after (hours of work) |
|---|---|---|
| Cast member (W-1) | 3 | 5 h |
| Host or presenter (W-3) | 4 | 5 h |
| Re-enactment principal (W-4) | 4 | 6 h |
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("coded")
    documents = {"appendix-1.md": APPENDIX, "notice-2026-07.md": NOTICE}
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 6))


def test_the_coded_row_with_the_column_asked_answers(answerer):
    question = "how many hours turnaround do i get between calls as a re-enactment principal?"
    first = answerer.ask(question).text.splitlines()[0]
    assert "Turnaround: 12 h" in first
