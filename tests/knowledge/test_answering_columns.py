"""A newer row for the same item replaces an older row's figure only in a like column
(answering/columns.py): a notice's night-shoot rules per category do not supersede the
agreement's minimum calls and premiums for those categories."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.columns import headed, like_columns
from knowledge.answering.units import Unit

AGREEMENT = """# Factual Television Agreement 2025-2028

Signed at Belcourt on September 18, 2025, between the Guild and the Producers.

Appendix 1 – Working conditions by category.

| Row | Category | Minimum call | Turnaround | Night premium | Weekend premium |
|---|---|---|---|---|---|
| W-1 | Cast member – shoot day | 8 h | 11 h | 20% | 15% |
| W-3 | Host or presenter | 6 h | 12 h | 25% | 20% |
| W-4 | Re-enactment principal | 8 h | 12 h | 30% | 25% |
"""

NOTICE = """NOTICE TO MEMBERS No. 2026-07

Date: September 22, 2026
Subject: Night shoots in season 2026-27 (effective Oct. 1/26)

The rules below take effect Oct. 1/26 and apply until Sep. 30/27. The night premiums,
weekend premiums and turnaround themselves are set in Appendix 1 of the Agreement.

| Category (Appendix 1 row) | Max. nights in a row | Hot meal after (hours of work) |
|---|---|---|
| Cast member (W-1) | 3 | 6 h |
| Host or presenter (W-3) | 4 | 5 h |
| Re-enactment principal (W-4) | 4 | 6 h |
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("columns")
    documents = {"agreement-2025-2028.md": AGREEMENT, "notice-2026-07.txt": NOTICE}
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 4))


def test_a_notice_on_other_columns_does_not_supersede_the_agreements_row(answerer):
    answer = answerer.ask("host or presenter: minimum call and weekend premium?")
    w3 = [line for line in answer.text.splitlines() if "Minimum call: 6 h" in line]
    assert w3, answer.text
    assert all("superseded" not in line for line in w3)


def _units(*displays: str) -> list[Unit]:
    return [Unit(text=d, passage=0, row=True, display=d) for d in displays]


def test_columns_are_alike_by_a_word_naming_them_or_when_either_names_none():
    old, notice, sheet, memo = headed(
        _units(
            "**W-3** — Minimum call: 6 h; Turnaround: 12 h; Night premium: 25%",
            "**Host (W-3)** — Max. nights in a row: 4; Hot meal after (hours of work): 5 h",
            "**W-3** — Night premium (%): 30%; Minimum rest: 10 h",
            "**A-8** — Value: 265,00 $",
        )
    )
    assert not like_columns(old, notice, {"hours"})  # a hot meal after 5 h is no call
    assert like_columns(old, sheet, {"pct"})  # "Night premium" in both
    assert not like_columns(old, sheet, {"hours"})  # "Minimum rest" is no minimum call
    assert like_columns(memo, headed(_units("**A-8** — Minimum fee: $240.00"))[0], {"money"})
    # a label holding a dash, and a value holding its own unit ("par jour : 265,00 $")
    (listed,) = headed(_units("**A-8 — Figuration (Re-enactment)** — par jour : 265,00 $"))
    assert listed == {"money": [frozenset()]}  # "par jour": a unit of time, no column name
    assert like_columns(listed, old, {"money"})
    assert like_columns(old, {}, {"hours"})  # no headers: not told apart
