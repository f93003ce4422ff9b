"""A day of the week is a figure of its own kind (figures.py): "what days is it open",
"quel jour" ask for it, and a sentence naming days gives it (Unit.gives), so that it
ranks with the answers that name when, in either language. "When" alone asks a date."""

from __future__ import annotations

from knowledge import figures
from knowledge.answering.kinds import wanted_kinds
from knowledge.answering.units import Unit


def test_days_of_the_week_are_read_in_both_languages():
    found = figures.extract("Ouverte le mardi et le jeudi ; open Tuesdays; le premier mercredi.")
    assert [(f.kind, f.value) for f in found] == [
        ("weekday", "tuesday"),
        ("weekday", "thursday"),
        ("weekday", "tuesday"),
        ("weekday", "wednesday"),
    ]


def test_what_days_asks_for_a_day_of_the_week():
    assert "weekday" in wanted_kinds("is there a booth? what days is it open")
    assert "weekday" in wanted_kinds("la clinique, c'est quel jour ?")
    assert "weekday" not in wanted_kinds("how many days notice do i get?")
    assert "weekday" not in wanted_kinds("when is the deadline?")
    assert "date" in wanted_kinds("quel jour est la date limite ?")  # a day, or a date
    assert "weekday" not in wanted_kinds("which days of sick leave are paid?")


def test_an_answer_naming_a_weekday_its_source_omits_is_not_unsupported():
    source = "Grievances are filed by 15 May 2026."
    assert figures.unsupported("File it by Friday, 15 May 2026 [1].", [source]) == []


def test_a_sentence_naming_days_gives_one():
    text = "La cabine est ouverte le mardi et le jeudi."
    unit = Unit(passage=0, text=text, display=text)
    unit.kinds = {f.kind for f in figures.extract(text)}
    assert unit.gives({"weekday"})
    assert not unit.gives({"money"})
