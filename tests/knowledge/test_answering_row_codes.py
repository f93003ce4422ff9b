"""A memorandum that says what a row now reads, by its code ("From 1 February 2027, the
amount in row P-3 is replaced by €652.00"), replaces that row from that day, though its
sentence prints neither the row's label nor its old figure (answering/rows.py,
supersession.py); a sentence's own "from"/"up to and including" date is its period
(timeframe.py); a press release is news (loading/text.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.shorthand import expand_shorthand
from knowledge.answering.unit import LASTING
from knowledge.loading import load_bytes
from knowledge.stated_periods import text_period
from knowledge.timeframe import Period

SCHEDULE = """# Schedule A: minimum rates 2025-2028

Signed on 12 June 2025. A performance capture day includes motion capture in a volume.

| Code | Band | Work | Unit | 1 Jul 2026 – 30 Jun 2027 |
|---|---|---|---|---|
| P-1 | Band 1 | Performance capture day (8 hours) | per day | € 842.00 |
| P-2 | Band 2 | Performance capture day (8 hours) | per day | € 787.00 |
| P-3 | Band 3 | Performance capture day (8 hours) | per day | € 616.00 |
| V-1 | Band 1 | Voice session (up to 4 hours) | per session | € 482.00 |
"""

MEMORANDUM = """MEMORANDUM OF AGREEMENT No. 1

Signed on 9 September 2026.

1. PURPOSE

1.1 The parties agreed on the change below. Nothing else changes.

3. SCHEDULE A, ROW P-3 - FROM 1 FEBRUARY 2027

3.1 The Year 2 amount in row P-3, EUR 616.00 per day, continues to apply up to and
including 31 January 2027.

3.2 From 1 February 2027, the Year 2 amount in row P-3 is replaced by €652.00 per day.

3.3 Rows P-1 and P-2 remain as printed.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    documents = {"schedule-a.md": SCHEDULE, "moa-no-1.txt": MEMORANDUM}
    root = tmp_path_factory.mktemp("codes")
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 3))


def test_a_row_named_by_its_code_is_replaced_from_the_day_the_memorandum_gives(answerer):
    later = answerer.ask("band 3 performance capture day rate on 15 february 2027?")
    assert "652" in later.text.splitlines()[0]
    assert not any("616" in line and "2027-06-30" in line for line in later.text.splitlines())
    before = answerer.ask("band 3 performance capture day rate on 31 january 2027?")
    assert "616" in before.text.splitlines()[0]
    assert "2027-01-31" in before.text.splitlines()[0]  # its period ends the day before
    now = answerer.ask("band 3 performance capture day rate rn?")
    assert "616" in now.text.splitlines()[0]


def test_rows_the_memorandum_leaves_as_printed_are_not_replaced(answerer):
    answer = answerer.ask("band 2 performance capture day rate on 15 february 2027?")
    assert "787" in answer.text.splitlines()[0]
    assert "652" not in answer.text.splitlines()[0]


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        (
            "From 1 February 2027, the amount in row P-3 is replaced by €652.00 per day.",
            Period(dt.date(2027, 2, 1), None),
        ),
        (
            "À compter du 1er février 2027, le cachet est de 652 €.",
            Period(dt.date(2027, 2, 1), None),
        ),
        (
            "The amount of EUR 616.00 continues to apply up to and including 31 January 2027.",
            Period(None, dt.date(2027, 1, 31)),
        ),
        ("A call given before 1 October 2026 is adjusted.", None),  # "before" is no period
        ("The agreement was signed on 9 September 2026.", None),
    ],
)
def test_a_sentences_one_date_after_from_or_until_is_its_period(sentence, period):
    assert text_period(sentence, {}) == period


def test_a_press_release_is_news_dated_by_its_dateline():
    text = (
        "COMMUNIQUÉ DE PRESSE — POUR DIFFUSION IMMÉDIATE\n\n"
        "Lunebourg, le 30 septembre 2026\n\n"
        "LES MEMBRES RATIFIENT LE PROTOCOLE\n\n"
        "Le cachet passera à près de 650 € par jour en février.\n"
    )
    doc = load_bytes(text.encode(), "communique-2026.txt")
    assert doc.metadata["kind"] == "article"
    assert doc.metadata["published"] == "2026-09-30"
    release = load_bytes(b"PRESS RELEASE\n\nAshcombe, March 3, 2026\n\nThe union...\n", "pr.txt")
    assert release.metadata["kind"] == "article"
    # a memorandum that mentions a press release further on is not one
    memo = load_bytes(MEMORANDUM.encode() + b"\nA press release will follow.\n", "memo.txt")
    assert memo.metadata["kind"] != "article"


def test_french_shorthand_for_today_and_how_much_is_written_out():
    assert "aujourd'hui" in expand_shorthand("c'est combien la journée de capture ajd", "fr")
    assert "combien" in expand_shorthand("cb pour une journée de capture de perf ?", "fr")
    assert "performance" in expand_shorthand("cb pour une journée de capture de perf ?", "fr")


def test_mocap_is_written_out_only_where_the_documents_use_the_term(
    answerer, tmp_path, bundled_embedder
):
    # the schedule speaks of performance capture: "mocap" is that
    assert "616" in answerer.ask("band 3 mocap day rate rn?").text.splitlines()[0]
    # documents that never use the term: "mocap" stays as typed, and is not covered
    voice_only = SCHEDULE.replace("Performance capture day (8 hours)", "Dubbing session")
    voice_only = voice_only.replace(
        " A performance capture day includes motion capture in a volume.", ""
    )
    other = answerer_over(tmp_path, {"schedule-a.md": voice_only}, bundled_embedder)
    assert other.terms.expand("mocap day rate?") == "mocap day rate?"
    assert other.ask("mocap day rate for a video game?").kind == "not_found"


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("whats the minimum rest between two capture days now", LASTING),
        ("c quoi le repos minimum entre deux jours", LASTING),
        ("whats the session minimum rn?", {"money"}),
    ],
)
def test_a_minimum_rest_asks_for_a_time_and_a_session_minimum_for_money(question, kinds):
    """A rest is a duration of any unit (unit.LASTING, minutes included)."""
    from knowledge.answering.kinds import wanted_kinds

    assert wanted_kinds(question) == kinds


ANNOUNCERS = """# Schedule B: announcers' rates

## Notes

**Hosts and presenters (A-3, A-4).** Paid per hour, with a minimum call of two hours
for each engagement.

**Bulletins (A-7).** One bulletin is one reading of up to five minutes, live or recorded.

## Spots and programmes

| Code | Work | Unit | Year 1 01.07.2025 – 30.06.2026 | Year 2 01.07.2026 – 30.06.2027 |
|---|---|---|---|---|
| A-1 | Radio station promo spot (up to 60 seconds) | per spot | EUR 84.00 | EUR 86.50 |
| A-2 | Television station promo spot (up to 60 seconds) | per spot | EUR 118.00 | EUR 121.50 |

## Hosts

| Code | Work | Unit | Year 1 01.07.2025 – 30.06.2026 | Year 2 01.07.2026 – 30.06.2027 |
|---|---|---|---|---|
| A-3 | Radio host or presenter | per hour (minimum 2 hours) | EUR 96.40 | EUR 99.30 |
| A-4 | Television host or presenter | per hour (minimum 2 hours) | EUR 142.00 | EUR 146.30 |
"""


def test_rows_a_note_names_by_code_are_read_with_it(tmp_path, bundled_embedder):
    answerer = answerer_over(tmp_path, {"schedule-b.md": ANNOUNCERS}, bundled_embedder)
    engine = answerer.engine
    note = next(p for p in engine.passages_of("schedule-b.md") if "(A-3, A-4)" in p.text)
    found = engine.referenced(note, "radio host hourly rate", 4)
    assert any("| A-3 |" in p.text for p in found)
    # and a day written day first, "01.07.2026", dates a column: the year asked is read
    answer = answerer.ask("radio host, how much per hour rn?")
    assert "99.30" in answer.text.splitlines()[0]
    assert "96.40" not in answer.text.splitlines()[0]


@pytest.mark.parametrize(
    ("text", "day"),
    [("Year 2 01.07.2026 – 30.06.2027", "2026-07-01"), ("en vigueur le 1.2.2027.", "2027-02-01")],
)
def test_a_day_written_day_first_with_dots_is_a_date(text, day):
    from knowledge import figures

    assert day in [f.value for f in figures.extract(text) if f.kind == "date"]
    assert not [f for f in figures.extract("version 2.2.1, art. 14.3") if f.kind == "date"]


def test_combien_de_l_heure_asks_for_money():
    from knowledge.answering.kinds import wanted_kinds

    assert wanted_kinds("animatrice radio, c combien de l'heure ?") == {"money"}
