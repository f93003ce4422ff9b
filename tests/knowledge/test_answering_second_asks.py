"""A question that asks two things gets the best answer to each, though one ask is matched
word for word and the other only in part (answering/compose.py, ASK_MATCH)."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

FAQ = """# Foire aux questions des membres

## Quelle est la limite de vent pour les vols en extérieur ?

Aujourd'hui, les vols en extérieur s'arrêtent quand le vent moyen dépasse 40 km/h.

## Combien de temps peut-on rester suspendu dans le harnais ?

Au plus 18 minutes d'affilée ; ensuite, au moins 10 minutes au sol.
"""

RIDER = """# Avenant n° 2 : prorogation de la clause 14

Signé le 26 novembre 2026.

La clause 14 devait expirer le 30 juin 2027.
La clause 14 est prorogée jusqu'au 31 décembre 2027.
Elle s'applique sans changement jusqu'à cette date.
"""


def test_each_ask_gets_its_answer(tmp_path, bundled_embedder):
    answerer = answerer_over(
        tmp_path, {"faq.md": FAQ, "avenant-2.md": RIDER}, bundled_embedder, dt.date(2026, 12, 6)
    )
    answer = answerer.ask(
        "la limite de vent pour voler dehors c combien, et la clause 14 est prorogée jusqu'à qd ?"
    )
    assert answer.grounded
    assert "31 décembre 2027" in answer.text
    assert "40 km/h" in answer.text


def test_two_things_after_one_question_word_are_each_searched_for():
    from knowledge.answering.asks import coordinated

    assert coordinated(
        "audio description of a 22-min episode: whats the min call and the rate?"
    ) == [
        "audio description of a 22-min episode whats the min call",
        "audio description of a 22-min episode whats the rate",
    ]
    assert coordinated("prothèses : c quoi le cachet par représentation et la prime en plus ?") == [
        "prothèses c quoi le cachet par représentation",
        "prothèses c quoi la prime en plus",
    ]
    # its own question word kept: "et sur quel cachet"
    assert coordinated("c'est quoi le supplément et sur quel cachet ?")[1] == "sur quel cachet"
    # one rate for two kinds of performer, or one thing asked
    assert coordinated("what is the rate for stand-ins and the background performers?") == []
    assert coordinated("whats the day rate?") == []
    # a clause, a comparison, a complement both share
    assert coordinated("what's the penalty if the producer and the agent disagree?") == []
    assert coordinated("what's the difference between the fee and the rate?") == []
    assert coordinated("what's the name and the address of the union's lawyer?") == []


def test_a_question_word_after_its_preposition_asks():
    from knowledge.answering.asks import asks

    # "from what time" asks as "when" does: the hotline is a second ask, not the only one
    found = asks(
        "christmas eve home visits: from what time is there a premium, and whats the hotline"
        " number that night?"
    )
    assert len(found) == 2 and found[0].endswith("from what time is there a premium")
    assert "hotline number" in found[1]
    # spoken French with its question word inside: the budget is asked of its own
    assert asks("comité mixte : c'est quand la première réunion, et il a quel budget par an ?") == [
        "comité mixte c'est quand la première réunion",
        "comité mixte et il a quel budget par an",
    ]
    # one ask only: no second
    assert asks("à partir de quelle heure la prime de nuit, et c'est combien ?") == []


NOTICE = """# Avis n° 2026-09 de la commission paritaire

Appels vidéo et Comité mixte des interprètes synthétiques – le vendredi 20 novembre 2026

Le Comité mixte des interprètes synthétiques, trois membres nommés par la Guilde et trois
par les employeurs, tiendra sa première réunion le jeudi 14 janvier 2027, à 10 h.

Il y examinera les premiers mois des appels vidéo synthétiques et le calendrier des contrôles.
"""

AGREEMENT = """# Seasonal Performers Agreement 2026-2029

## Part F – Joint Committee

19.1 A Joint Committee on Synthetic Performers of three members named by the Guild and
three named by the employers oversees Part F.

19.2 The Joint Committee has a budget of 1.6 million lari a year, shared by the parties.
"""


def test_a_second_ask_is_answered_by_a_unit_holding_its_own_word(tmp_path, bundled_embedder):
    # both asks share the scene ("comité mixte …"): what tells the second apart is its
    # own word, the budget, not the scene every line of the notice repeats
    answerer = answerer_over(
        tmp_path, {"avis.md": NOTICE, "agreement.md": AGREEMENT}, bundled_embedder
    )
    answer = answerer.ask(
        "comité mixte des interprètes synthétiques : c'est quand la première réunion, et il a"
        " quel budget par an ?"
    )
    assert "14 janvier 2027" in answer.text
    assert "1.6 million" in answer.text


def test_answers_to_an_ask_that_score_alike_are_told_apart_by_how_well_they_match():
    from knowledge.answering.compose import ASK_TIE, _best_of_ask
    from knowledge.answering.unit import Unit

    days = Unit(0, "A clone read from Friday 27 November to Friday 4 December, eight days.", "")
    row = Unit(1, "| Thursday 10 December 2026 | Ironbound (game) | voice auditions |", "")
    days.score, days.match = 1.152, 0.652
    row.score, row.match = 1.152 - ASK_TIE / 2, 0.879
    assert _best_of_ask([days, row]) is row  # a tie: the row naming what is asked
    row.score = 1.152 - 2 * ASK_TIE
    assert _best_of_ask([days, row]) is days  # no tie: the better score
    assert _best_of_ask([]) is None
