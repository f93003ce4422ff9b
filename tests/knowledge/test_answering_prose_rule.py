"""An answer of table rows alone, when a sentence of prose matches the question best,
gets that sentence in place of its weakest row (support.with_prose): asked what a
cancelled session pays, the member needs the rule ("paid in full") beside the fees the
rows give; asked for three amounts, the rows that match best keep their places."""

from __future__ import annotations

from knowledge.answering.compose import MAX_UNITS
from knowledge.answering.support import with_prose
from knowledge.answering.units import Unit


def _unit(text: str, score: float, match: float, row: bool) -> Unit:
    return Unit(passage=0, text=text, display=text, row=row, score=score, match=match)


def _rows() -> list[Unit]:
    return [
        _unit(f"V-{n} — Work: Voice session, band {n}; Fee: ${300 + n}.00", 2.0 - n / 10, 0.6, True)
        for n in range(1, MAX_UNITS + 1)
    ]


def test_the_best_matched_rule_takes_the_weakest_rows_place():
    rows = _rows()
    rule = _unit(
        "6.1 A session cancelled less than 48 hours before is paid in full.", 1.2, 0.85, False
    )
    other = _unit("6.3 Sessions are booked in writing.", 1.1, 0.5, False)
    shown = with_prose(rows[0], rows, [*rows, rule, other], MAX_UNITS)
    assert rule in shown and other not in shown
    assert len(shown) == MAX_UNITS
    assert rows[0] in shown and rows[-1] not in shown  # the weakest row made room


def test_rows_that_match_best_keep_their_places():
    rows = _rows()
    rows[0].match = 1.1  # "meal penalty amounts: 1st half hour / 2nd / after that"
    rule = _unit("8.4 Meal penalties are not wages.", 1.2, 0.72, False)
    assert with_prose(rows[0], rows, [*rows, rule], MAX_UNITS) == rows


def test_the_rule_whose_bracket_fits_is_taken_and_a_better_matched_row_stays():
    rows = _rows()
    rows[1].match = 0.87  # "dubbing minimum session fee": the row the question names
    # "cancelled 36 h before": both rules match about as well, the one whose bracket the
    # case falls in scores higher
    in_full = _unit(
        "(1) A session cancelled less than 48 hours before is paid in full.", 1.26, 0.85, False
    )
    half = _unit(
        "(2) A session cancelled 48 hours to 5 days before is paid at 50%.", 1.07, 0.86, False
    )
    shown = with_prose(rows[0], rows, [*rows, in_full, half], MAX_UNITS)
    assert in_full in shown and half not in shown
    assert rows[1] in shown  # it matches the question better than the rule does
    assert rows[-1] not in shown
