"""A figure asked for a time the documents do not speak of is declined: before any of
their periods, or a year after all of them; a figure with no end runs on only within the
years its document covers; a year told in passing, or a question about now, is not
declined for its time."""

from __future__ import annotations

from small_corpus import answerer_over

DATED_RATES = {
    "schedule.md": """# Schedule A: minimum rates

| Item | From | To | Minimum |
|---|---|---|---|
| Animation session (3 hours) | 2022-07-01 | 2025-06-30 | $331.00 |
| Animation session (3 hours) | 2025-07-01 | 2028-06-30 | $368.00 |

A performer on tour is paid a per diem of $96.00 for each tour day from 2025-07-01 to
2028-06-30.
""",
}


def test_a_figure_asked_for_before_any_time_the_documents_speak_of_is_declined(
    tmp_path, bundled_embedder
):
    answerer = answerer_over(tmp_path, DATED_RATES, bundled_embedder)
    old = answerer.ask("animation session minimum back in 2019?")
    assert not old.grounded and "$3" not in old.text
    assert "$331.00" in answerer.ask("animation session rate in 2023?").text.splitlines()[0]
    assert answerer.ask("animation session rate rn?").grounded


def test_a_figure_asked_for_a_future_year_after_all_the_documents_speak_of_is_declined(
    tmp_path, bundled_embedder
):
    answerer = answerer_over(tmp_path, DATED_RATES, bundled_embedder)
    late = answerer.ask("animation session minimum for 2029-2030? planning way ahead")
    assert not late.grounded and "$368" not in late.text
    # a per diem is a figure asked for, though no word of pay or rate says so
    diem = answerer.ask("what will the tour per diem be in 2029-2030?")
    assert not diem.grounded and "$96" not in diem.text
    assert "$96.00" in answerer.ask("what's the per diem on tour in 2027?").text.splitlines()[0]
    # within the documents' years, or a year told in passing, it is answered
    assert "$368.00" in answerer.ask("animation session rate in 2027?").text.splitlines()[0]
    told = answerer.ask("my contract ends in 2031, whats the animation session minimum rn?")
    assert told.grounded and "$368.00" in told.text


def test_a_figure_with_no_end_is_in_force_in_a_later_year(tmp_path, bundled_embedder):
    documents = {"fees.md": "# Fees\n\nEffective date: 1 July 2025.\n\nThe session fee is $350.\n"}
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    later = answerer.ask("what will the session fee be in 2028?")
    assert later.grounded and "$350" in later.text


def test_a_figure_with_no_end_runs_on_only_within_the_years_its_document_covers(
    tmp_path, bundled_embedder
):
    sheet = (
        "# Rate Sheet 2025-2028\n\n| Category | Effective | Daily |\n|---|---|---|\n"
        "| Background performer | from 1 Nov 2025 | $228.00 |\n"
        "| Background performer | from 1 Nov 2027 | $243.20 |\n"
    )
    answerer = answerer_over(tmp_path, {"rate-sheet.md": sheet}, bundled_embedder)
    assert "$243.20" in answerer.ask("background day rate in 2028?").text
    late = answerer.ask("background day rate for 2030? planning ahead")
    assert not late.grounded and "$243" not in late.text


def test_a_year_told_in_passing_or_a_question_about_now_is_not_declined_for_its_time(
    tmp_path, bundled_embedder
):
    answerer = answerer_over(tmp_path, DATED_RATES, bundled_embedder)
    # the year is the member's story, not the time asked about
    told = answerer.ask("i joined the union in 2019, whats the animation session minimum?")
    assert told.grounded and "$368.00" in told.text
    assert answerer.ask("current animation session minimum?").grounded


def test_a_year_the_documents_write_counts_as_a_time_they_speak_of(tmp_path, bundled_embedder):
    documents = {
        "notes.md": DATED_RATES["schedule.md"]
        + "\nIn 2019 the animation session rate was $300.00, before the first agreement.\n"
    }
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    assert answerer.ask("animation session minimum back in 2019?").grounded


def test_a_row_announced_for_after_its_documents_years_covers_its_own_period(
    tmp_path, bundled_embedder
):
    # the Rate Schedule 2026/27 prints next year's rates from 6 April 2027: a day in April
    # 2027 is within that row's period, though after the schedule's own years
    sheet = (
        "# Rate Schedule 2026/27\n\nRate year 2026/27: 6 April 2026 to 5 April 2027.\n\n"
        "| Period | Presenter, half day | Presenter, full day |\n|---|---|---|\n"
        "| 6 April 2026 – 5 April 2027 | £325.00 | £572.50 |\n"
        "| From 6 April 2027 (announced) | £336.50 | £590.00 |\n"
    )
    answerer = answerer_over(tmp_path, {"rate-schedule-2026-27.md": sheet}, bundled_embedder)
    april = answerer.ask("presenter full day rate on 20 April 2027?")
    assert april.grounded and "£590.00" in april.text.splitlines()[0]
