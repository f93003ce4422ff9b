"""Contract years named by two calendar years ("Agreement year: 2026-2027") run twelve
months from the day the documents' own one-year periods start (answering/years.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.periods import header_period
from knowledge.answering.years import place, year_start
from knowledge.timeframe import Period


def test_the_years_start_on_the_day_the_documents_one_year_periods_start():
    texts = [
        "| A1 | Session | 1 Jul 2025 - 30 Jun 2026 | $290.00 |\n"
        "| A1 | Session | 1 Jul 2026 - 30 Jun 2027 | $302.00 |",
        "The rates for the Agreement year 1 July 2027 – 30 June 2028 are not changed.",
        "The plan year runs from 1 January 2026 to 31 December 2026.",  # a calendar year
    ]
    assert year_start(texts) == (7, 1)


def test_a_year_defined_by_its_days_alone_gives_the_start():
    # "from 1 September to the next 31 August": a year's days without its years, stated once
    assert year_start(["2.1 A season runs from 1 September to the next 31 August."]) == (9, 1)
    assert year_start(["La saison va du 1er juillet au 30 juin suivant."]) == (7, 1)
    # not a span that is no whole year, nor one whose years are written (counted above)
    assert year_start(["Carnival runs from 1 February to 15 February."]) is None
    # a paid-holiday reference year, or a span that names no year, is no season
    holidays = "La période de référence des congés va du 1er juin au 31 mai."
    assert year_start([holidays]) is None
    assert year_start(["Rates apply from 1 June to the next 31 May."]) is None
    assert year_start(["The season runs from 1 September to 31 August 2027."]) is None


def test_no_start_is_learnt_from_calendar_years_or_from_one_period_alone():
    assert year_start(["From 1 January 2026 to 31 December 2026; 1 Jan 2027 - 31 Dec 2027"]) is None
    assert year_start(["The season runs from 1 September 2026 to 31 August 2027."]) is None
    assert year_start(["Minimums rise from July 1, 2026 through June 30, 2030."]) is None


def test_a_span_of_two_years_is_placed_on_the_start_and_from_its_documents_start():
    span = header_period("2026-2027")
    assert span == Period(dt.date(2026, 1, 1), dt.date(2027, 12, 31)) and span.years
    assert place(span, (7, 1), None) == Period(dt.date(2026, 7, 1), dt.date(2027, 6, 30))
    # an amendment in force from 1 September pays its new figure from then, not back to July
    opened = dt.date(2026, 9, 1)
    assert place(span, (7, 1), opened) == Period(opened, dt.date(2027, 6, 30))
    assert place(span, (7, 1), dt.date(2025, 3, 1)).start == dt.date(2026, 7, 1)
    # left as read: no start learnt, a span of several years, a period written in dates
    assert place(span, None, None) == span
    term = header_period("2025-2028")
    assert place(term, (7, 1), None) == term
    written = Period(dt.date(2026, 1, 1), dt.date(2027, 12, 31))
    assert place(written, (7, 1), None) is written


def test_a_fiscal_year_or_season_named_by_short_years_is_a_span_of_two_years():
    for header in (
        "FY26/27",
        "FY26/27 in force",
        "SY 26-27",
        "FY2026/27",
        "S26/27",
        "CY26/27",
        "AY 2026/27",
    ):
        assert header_period(header) == Period(dt.date(2026, 1, 1), dt.date(2027, 12, 31))
    # not a size, a code or another word's letters; a season's two years follow each other
    for header in (
        "FYI 26/27",
        "Size S 10-12",
        "S12-14",
        "S 26/27",
        "PS26/27",
        "Studio S12-13",
        "AY 12-14",  # not two consecutive years
    ):
        assert header_period(header) is None, header
    from knowledge.answering.table_rows import row_units

    header = ["code", "role", "unit", "FY26/27 in force", "from 01-02-2027"]
    row = "| P-12 | Rigger | per call | 172.50 EUR | 180.00 EUR |"
    units = row_units(0, row, header, "")  # one unit per period column
    assert [u.display.rsplit(": ", 1)[1] for u in units] == ["172.50 EUR", "180.00 EUR"]
    assert units[1].period == Period(dt.date(2027, 2, 1), None)
    # seasons' columns each give their figure for their own years, not the last column's
    header = ["Code", "Role and unit", "S25/26", "S26/27", "from 1.1.2027"]
    row = "| W-1 | Wrestler – per televised match | 2 300 kr | 2 400 kr | 2 480 kr |"
    units = row_units(0, row, header, "")
    assert [(u.period.start, u.display.rsplit(": ", 1)[1]) for u in units if u.period] == [
        (dt.date(2025, 1, 1), "2 300 kr"),
        (dt.date(2026, 1, 1), "2 400 kr"),
        (dt.date(2027, 1, 1), "2 480 kr"),
    ]


AGREEMENT = """# Interactive Agreement 2025-2028

Signed on 26 June 2025. Agreement years run from 1 July to 30 June: the first from
1 July 2025 to 30 June 2026, the second from 1 July 2026 to 30 June 2027 and the third
from 1 July 2027 to 30 June 2028.

## Travel

A performer asked to stay overnight away from home is paid the per diem of the
amending agreement for each day away.
"""

AMENDMENT = """# Amending Agreement No. 1

Effective date: 1 September 2026.

| Item | Agreement year | Rate |
|---|---|---|
| Per diem, overnight travel, per day | 2026-2027 | $113.00 |
| Per diem, overnight travel, per day | 2027-2028 | $116.00 |
"""


def test_a_row_keyed_by_an_agreement_year_gives_that_years_figure(tmp_path, bundled_embedder):
    documents = {"agreement.md": AGREEMENT, "amendment.md": AMENDMENT}
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    later = answerer.ask("whats the per diem for overnight travel in august 2027?")
    first = later.text.splitlines()[0]
    assert "$116.00" in first and "2027-07-01 → 2028-06-30" in first
    now = answerer.ask("per diem for overnight travel rn?")
    first = now.text.splitlines()[0]
    # in force from the amendment's own start, to the end of its agreement year
    assert "$113.00" in first and "2026-09-01 → 2027-06-30" in first


def test_a_long_period_header_is_shown_by_its_dates_not_cut_mid_word():
    from knowledge.answering.table_rows import row_units

    header = [
        "Topic",
        "Agreement 2021–2024 (expired)",
        "Arena Performance Agreement 2021–2024 (expired)",
    ]
    row = "| Scan fee | kr 5,000 | kr 6,000 |"
    short, long = row_units(0, row, header, "")
    assert short.period_label == "Agreement 2021–2024 (expired)"
    assert long.period_label == ""  # shown as "2021-01-01 → 2024-12-31", not "… (e"
    assert long.period == Period(dt.date(2021, 1, 1), dt.date(2024, 12, 31), years=True)


SEASONS = """# Street Festival Agreement 2026-2029

Signed on 28 August 2026. This agreement runs from 1 September 2026 to 31 August 2029.

2.1 A season runs from 1 September to the next 31 August.

6.2 On stilts above a height of 2.40 m, a height supplement of $9.60 per stilt hour is
added.

| Work | Unit | Season 2026-27 | Season 2027-28 |
|---|---|---|---|
| Stilt walker | height supplement, per hour | $9.60 | $9.90 |
"""


def test_a_sentence_repeating_a_seasons_row_has_the_season_placed_on_its_start(
    tmp_path, bundled_embedder
):
    answerer = answerer_over(tmp_path, {"agreement.md": SEASONS}, bundled_embedder)
    text = answerer.ask("what's the stilt height supplement per hour?").text
    # the sentence's $9.60 is the 2026-27 row's: from 1 September, not a span of two
    # calendar years
    first = text.splitlines()[0]
    assert "$9.60" in first and "2026-09-01 → 2027-08-31" in first
    assert "2026-01-01" not in text


AGREEMENT_LONG = (
    "# Seasonal Performers Agreement 2026–2029\n\n"
    "## Article 1 – Parties, scope and term\n\n"
    + "".join(
        f"1.{n} This clause names the parties, their addresses and whom the agreement covers"
        " and does not cover, at some length, as agreements do. " * 3 + "\n\n"
        for n in range(1, 6)
    )
    + "1.6 The agreement was signed on 18 September 2026. It takes effect on 1 October 2026"
    " and runs until 30 September 2029.\n\n"
    "## Article 7 – Outdoor work\n\n7.2 After the official sunset, each hour or part of an"
    " hour outdoors is paid ₾9.60 more.\n"
)

FAQ_CHANGES = """# Questions fréquentes

## Travailler en plein air

En plein air, chaque heure travaillée après le coucher du soleil officiel est payée 9,60 ₾ de plus.

## Ce qui change avec l'accord 2026-2029

| Sujet | Ancien accord 2023-2026 | Accord 2026-2029 |
|---|---|---|
| Supplément après le coucher du soleil | 7,80 ₾ dès 19 h | 9,60 ₾ par heure |
"""


def test_an_agreement_named_by_its_years_runs_from_the_day_it_took_effect(
    tmp_path, bundled_embedder
):
    # the agreement says when it takes effect past its first 1,500 characters; a table of
    # changes dates its column "Accord 2026-2029" by that agreement, not by whole years
    assert len(AGREEMENT_LONG.split("1.6 The agreement")[0]) > 1500
    answerer = answerer_over(
        tmp_path,
        {"agreement-2026-2029.md": AGREEMENT_LONG, "faq.md": FAQ_CHANGES},
        bundled_embedder,
        dt.date(2026, 12, 1),
    )
    answer = answerer.ask("en plein air après le coucher du soleil, c'est combien de plus ?")
    line = next(x for x in answer.text.splitlines() if "En plein air" in x)
    assert "9,60" in line and "2026-10-01 → 2029-09-30" in line
    assert "2026-01-01" not in answer.text and "2029-12-31" not in answer.text


def test_a_term_named_for_its_years_ends_on_the_day_before_its_last_anniversary():
    from knowledge.answering.years import anniversary

    assert anniversary(dt.date(2026, 10, 1), 2029) == dt.date(2029, 9, 30)
    assert anniversary(dt.date(2026, 1, 1), 2029) == dt.date(2029, 12, 31)


def test_the_term_before_one_named_for_its_years_ends_when_that_one_took_effect(
    tmp_path, bundled_embedder
):
    # "It takes effect⏎on 1 October 2026": a line may break inside the words that say so;
    # "Ancien accord 2023-2026" beside "Accord 2026-2029" ran until the new one took
    # effect, so on 1 December 2026 its figure is no longer the one in force
    wrapped = AGREEMENT_LONG.replace(
        "It takes effect on 1 October", "It takes effect\non 1 October"
    )
    answerer = answerer_over(
        tmp_path,
        {"agreement-2026-2029.md": wrapped, "faq.md": FAQ_CHANGES},
        bundled_embedder,
        dt.date(2026, 12, 1),
    )
    answer = answerer.ask("le supplément après le coucher du soleil, c'est combien mtn ?")
    first = answer.text.splitlines()[0]
    assert "9,60" in first and "7,80" not in first
    # on 1 June 2026 the new agreement had not taken effect: the old one's figure applied
    answer = answerer.ask(
        "le 1er juin 2026, le supplément après le coucher du soleil c'était combien ?"
    )
    assert "7,80" in answer.text.splitlines()[0]
    assert all(
        "superseded" in x or "remplacé" in x for x in answer.text.splitlines() if "7,80" in x
    )


def test_the_years_of_the_next_term_and_the_same_day_in_another_year():
    from knowledge.answering.years import next_term, same_day

    starts = {(2026, 2029): dt.date(2026, 4, 1)}
    assert next_term(starts, (2023, 2026)) == dt.date(2026, 4, 1)
    assert next_term(starts, (2020, 2023)) is None  # no term named from 2023
    assert same_day(dt.date(2026, 4, 1), 2023) == dt.date(2023, 4, 1)
    assert same_day(dt.date(2028, 2, 29), 2025) == dt.date(2025, 2, 28)


def test_asked_about_the_old_agreement_its_ended_figure_is_given(tmp_path, bundled_embedder):
    # the old column ended when the new agreement took effect; asked what the old
    # agreement gave, that figure is what the member wants, labelled as replaced
    answerer = answerer_over(
        tmp_path,
        {"agreement-2026-2029.md": AGREEMENT_LONG, "faq.md": FAQ_CHANGES},
        bundled_embedder,
        dt.date(2026, 12, 1),
    )
    answer = answerer.ask(
        "sous l'ancien accord, le supplément après le coucher du soleil c'était combien ?"
    )
    line = next(x for x in answer.text.splitlines() if "7,80" in x)
    assert "remplacé" in line


@pytest.mark.parametrize(
    ("question", "past"),
    [
        ("sous l'ancien accord, le cachet c'était combien ?", True),
        ("what was the old day rate?", True),
        ("what did the previous agreement pay for a night shoot?", True),
        ("how many days prior to the session do i get the script?", False),
        ("how old do i have to be to sign?", False),
        ("if i worked the previous day, do i get a rest?", False),
    ],
)
def test_a_question_asks_about_an_earlier_agreement_or_rate(question, past):
    from knowledge.answering.cues import ASKS_PAST

    assert bool(ASKS_PAST.search(question)) is past
