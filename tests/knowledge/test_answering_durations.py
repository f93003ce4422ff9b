"""Durations as figures (knowledge/figures.py, answering/kinds.py): written the legal way
("seventy-two (72) hours"), in minutes, never a time of day ("de 9 h à 15 h") nor a
meeting's minutes ("the 2024 minutes", "the 2026-27 minutes")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, key",
    [
        ("at least seventy-two (72) hours' notice", "hours:72"),
        ("within twelve (12) business days", "days:12"),
        ("dans les 10 jours ouvrables", "days:10"),
        ("a fight call of at least fifteen (15) minutes", "minutes:15"),
        ("une pause de 30 min", "minutes:30"),
    ],
)
def test_a_duration_written_the_legal_way_is_a_duration(text, key):
    from knowledge.figures import extract

    assert key in [f.key for f in extract(text)]


def test_minutes_are_a_duration_asked_for_and_the_minimum_is_not():
    from knowledge.answering.kinds import wanted_kinds
    from knowledge.figures import extract

    assert "minutes" in wanted_kinds("how long before the show is the fight call?")
    assert "minutes" in wanted_kinds("combien de minutes de pause par heure ?")
    assert "money" not in wanted_kinds("combien de minutes de pause par heure ?")
    assert "pct" not in wanted_kinds("how many minutes is the break?")
    assert "minutes" not in {f.kind for f in extract("The 2024 minutes were approved.")}
    assert "minutes" not in {f.kind for f in extract("as the 2026-27 minutes record it")}
    assert "minutes" not in {f.kind for f in extract("les minutes 2025/26 le disent")}
    assert "minutes:30" in {f.key for f in extract("une pause de 30 mn")}


@pytest.mark.parametrize(
    "text, hours",
    [
        ("on vous rappelle avant 10 h le lendemain", False),
        ("la cabine est ouverte de 9 h à 15 h", False),
        ("le mardi, 9h-17h", False),
        ("une journée de 8 h", True),
        ("après 10 h de travail", True),
        ("jusqu'à 10 h par jour", True),
        ("de 4 h à 6 h de répétition", True),
    ],
)
def test_a_time_of_day_is_not_a_duration(text, hours):
    from knowledge.figures import extract

    assert any(f.kind == "hours" for f in extract(text)) is hours


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("au plus tard à J-7, c'est-à-dire sept jours avant le défilé", {"days"}),
        ("notice of fourteen working days", {"days"}),
        ("une pause de quinze minutes", {"minutes"}),
        ("deux semaines avant", {"weeks"}),
        ("one of the hours of the day", set()),  # no length of time
        ("rendez-vous à dix heures du matin", set()),  # a time of day
        ("Un jour, le syndicat a écrit", set()),
        ("the seven dwarfs and their five friends", set()),
    ],
)
def test_a_length_of_time_in_words_is_that_kind_of_figure(text, kinds):
    from knowledge.answering.worded import worded_durations

    assert worded_durations(text) == kinds


def test_a_sentence_giving_days_in_words_answers_how_many_days(tmp_path, bundled_embedder):
    from small_corpus import answerer_over

    faq = (
        "# FAQ\n\n## Le scan : quand signer ?\n\nLe formulaire se signe au plus tard sept "
        "jours avant le défilé.\n\n## Annulation\n\nUn défilé annulé dans les 72 heures est "
        "payé 60 %.\n\n## Repos\n\nAu moins 10 heures entre deux défilés.\n"
    )
    answerer = answerer_over(tmp_path, {"faq.md": faq}, bundled_embedder)
    text = answerer.ask("le formulaire de scan, combien de jours avant le défilé ?").text
    # it carries the figure asked for: no sentence of another rule is added for one
    assert "sept jours" in text.splitlines()[0]
    assert "10 heures" not in text
