"""A fee priced as a share of another: the rule and the base amount are quoted together."""

from __future__ import annotations

from knowledge.answering.bases import base_words
from knowledge.answering.units import Unit


def _words(text: str) -> tuple[str, ...]:
    return base_words(Unit(0, text, text))


def test_the_base_a_share_is_of_is_read_in_english_and_french():
    assert _words(
        "each Stage Performer receives a capture fee equal to thirty-five percent (35%) of "
        "the performance week fee in Schedule 1 of the Agreement."
    ) == ("perform", "week")
    assert _words("receives a lead role premium of 20% on every session fee for that production.")
    assert _words("le producteur verse 75 % du cachet de séance par épisode.") == ("seanc",)
    assert _words("The raise is 3% a year, compounded.") == ()  # a share of nothing named


def _unit(text: str, score: float, match: float, passage: int = 0) -> Unit:
    from knowledge import figures

    unit = Unit(passage, text, text, row=text.startswith("**"), score=score, match=match)
    unit.figures = [f for f in figures.extract(text) if f.kind in ("money", "pct")]
    return unit


RULE = "A capture fee equal to 35% of the performance week fee in Schedule 1."
ROWS = [
    "**Stage Performer** — Rehearsal week: $1,085.00",
    "**Stage Performer** — Performance week (up to 8 performances): $1,290.00",
    "**Screen Performer** — Day: $742.00",
    "**Screen Performer** — Overtime per hour: $111.30",
]


def test_a_rule_that_matches_as_well_as_the_figures_is_quoted_with_its_base():
    from knowledge.answering.bases import with_bases

    rows = [_unit(text, score=2.0 - i / 10, match=0.55, passage=1) for i, text in enumerate(ROWS)]
    rows[1].score = 1.0  # the base row ranks below the others
    rule = _unit(RULE, score=1.2, match=0.56)
    chosen = [rows[0], rows[2], rows[3], rows[1]][:3]  # four slots: rule and base left out
    out = with_bases(chosen, [*rows, rule], limit=4)
    assert rule in out and rows[1] in out and len(out) == 4
    assert out[0] is rows[0]  # the answer's first line stays


def test_a_news_report_of_a_rule_or_a_replaced_base_is_not_brought():
    from knowledge.answering.bases import with_bases

    rows = [_unit(text, score=2.0, match=0.55, passage=1) for text in ROWS]
    rule = _unit(RULE, score=1.2, match=0.56, passage=2)
    assert rule not in with_bases(rows[:1], [*rows, rule], 4, news=frozenset({2}))
    rows[1].superseded = True
    out = with_bases([rule], [*rows, rule], 4)
    assert rows[1] not in out


def test_a_sentence_is_a_base_only_when_it_says_the_whole_base():
    from knowledge.answering.bases import missing_bases, with_bases

    rule = _unit("The Producer pays 75% of the session fee.", score=1.5, match=0.6)
    aside = _unit("A creation fee of $410, besides the fee for the session.", score=1.4, match=0.5)
    said = _unit("From 1 October the dubbing session fee is $334.00.", score=0.9, match=0.4)
    assert missing_bases([rule, aside]) == ["session fee"]  # "fee for the session" is not it
    assert said in with_bases([rule, aside], [rule, aside, said], 4)
    assert missing_bases([rule, aside, said]) == []


def test_reading_shares_and_former_figures_costs_linear_time_on_hostile_text():
    import time

    from knowledge.answering.former import NAMES_FORMER, without_bracketed

    # runs of digits or spaces made these patterns quadratic (a minute for 50,000 chars)
    for text in ("1" * 50_000 + " %", "$1" + " " * 50_000 + "1 (", "1 " * 25_000 + "("):
        started = time.monotonic()
        base_words(Unit(0, text, text))
        NAMES_FORMER.search(text)
        without_bracketed([Unit(0, text, text)])
        assert time.monotonic() - started < 10  # generous: linear takes well under 1 s


def test_a_share_of_something_that_is_no_fee_has_no_base():
    assert _words("Minimum fees increase by 3% on July 1, 2026.") == ()
    assert _words("At least 60% of the members must vote for it.") == ()
    assert _words("Credit is 50% of the time worked.") == ()


def test_the_whole_of_a_named_base_is_read_as_a_base():
    # "is paid the full Session fee plus a premium of 15% of that fee": the session fee
    assert _words(
        "It lasts no more than two (2) hours, is paid the full Session fee plus a premium of "
        "15% of that fee."
    ) == ("session",)
    assert _words("paid no less than the full voice session rate set out in Appendix A.") == (
        "voic",
        "session",
    )
    assert _words("a use fee equal to one Session fee (or one day) at the Schedule A rate") == (
        "session",
    )
    assert _words(
        "chaque jour d'utilisation est payé au cachet de séance applicable à la catégorie"
    ) == ("seanc",)
    # paid at a rate named by what it is not the whole of: no base ("the hourly rate" is
    # read only with "full"), nor "the full cast"
    assert _words("A stand-in used as a photo double is paid the special-skills rate.") == ()
    assert _words("The full cast attends the read-through.") == ()
    # a base's words end before what is done to it
    assert _words("a fee equal to the session fee multiplied by two") == ("session",)
    assert _words("is paid the full amount of the session fee.") == ("session",)


def test_a_rule_paid_the_whole_of_a_base_is_quoted_with_the_base():
    from knowledge.answering.bases import with_bases

    rule = _unit(
        "A vocally stressful Session is paid the full Session fee plus a premium of 15% of "
        "that fee.",
        score=1.5,
        match=0.9,
    )
    session = _unit("**A1** — Voice Session (up to 4 hours): $309.00", score=1.1, match=0.4)
    other = _unit("**C3** — Home-studio allowance, per day: $17.00", score=1.2, match=0.45)
    out = with_bases([rule, other], [rule, other, session], 3)  # chosen without the base
    assert session in out and rule in out
