"""A column whose header says it is past ("Previous rate (2023–2026)") gives superseded
figures, whatever its years span: asked now, the new rate answers, and the previous one,
when shown, is labelled by its years (table_rows.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

CIRCULAR = """# Circular 14/2026: back pay under clause 3.4

The new rates took effect on 1 November 2026. An employer may pay the previous rates for
nights up to 31 December 2026, and then owes the difference as back pay.

| Night | Previous rate (2023–2026) | New rate | Back pay |
|---|---|---|---|
| Two-set weeknight, per performer | ₸17,900 | ₸19,400 | ₸1,500 per night |
| Three-set weeknight, per performer | ₸24,600 | ₸26,800 | ₸2,200 per night |
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("past_columns")
    return answerer_over(root, {"circular.md": CIRCULAR}, bundled_embedder, dt.date(2026, 12, 7))


def test_a_past_column_is_not_the_rate_now(answerer):
    text = answerer.ask("whats the two-set weeknight rate rn?").text
    first = text.splitlines()[0]
    assert "19,400" in first and "17,900" not in first
    shown = [line for line in text.splitlines() if "17,900" in line]
    assert all("superseded" in line and "2023–2026" in line for line in shown)


def test_a_rate_a_current_column_repeats_is_not_past(tmp_path, bundled_embedder):
    from knowledge.answering.table_rows import row_units

    header = ["Night", "Previous rate (2023–2026)", "New rate (2026–2029)"]
    row = "| Tea dance, per musician | ₸14,200 | ₸14,200 |"
    (unit,) = [u for u in row_units(0, row, header, "") if "14,200" in u.text]
    assert not unit.labelled_past


def test_asked_about_the_past_the_previous_rate_is_labelled_by_its_years(answerer):
    first = answerer.ask("what was the two-set weeknight rate in 2023-2026?").text.splitlines()[0]
    assert "17,900" in first and "superseded; in force 2023–2026" in first
