"""Table rows found by meaning, in either language (knowledge/row_index.py): a French
question about an English allowance table finds the row that answers it, though it
shares few of its words and the prose around it shares more."""

from __future__ import annotations

import pytest
from small_corpus import answerer_over

from knowledge import Answerer

ALLOWANCES = """TOUR ALLOWANCES BY REGION
Valid from 1 April 2026 to 31 March 2027.

These allowances are paid to live-show tour performers on top of the show fee.

Region                              Tour per diem    Hotel cap per night    Travel-day allowance
----------------------------------  ---------------  ---------------------  --------------------
Capital district                    G 1 350          G 3 800                G 720
North coast                         G 1 450          G 3 950                G 760
Southern islands (by ferry)         G 1 700          G 4 300                G 840
Interior highlands                  G 1 550          G 3 700                G 780
Outside the country                 G 2 350          G 6 400                G 1 240

1. Tour per diem: paid for each night the performer spends away from home on tour.
2. Ferry crossings to the southern islands are booked and paid by the company.
"""

BULLETIN = """# Bulletin des tournées

Les salles des îles du Sud et de la côte Nord ont annoncé une baisse de billetterie
pendant la saison des pluies. Les indemnités de tournée (per diem, plafond d'hôtel, jour de
voyage) figurent dans le tableau des indemnités par région. La tournée d'été passe par les
îles du Sud en juillet.
"""


EQUIPMENT = """# Studio equipment hire

| Item | Unit | Price |
|---|---|---|
| Condenser microphone | per day | G 150 |
| Vocal booth | per hour | G 400 |
| Mixing desk | per session | G 900 |
| Headphones | per week | G 80 |
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder) -> Answerer:
    documents = {
        "allowances.txt": ALLOWANCES,
        "bulletin-fr.md": BULLETIN,
        "equipment.md": EQUIPMENT,
    }
    return answerer_over(tmp_path_factory.mktemp("rows"), documents, bundled_embedder)


def test_the_nearest_rows_are_found_by_meaning_across_languages(answerer):
    found = answerer.engine.nearest_rows("le per diem de tournée dans les îles du Sud", 1)
    assert found and found[0].source == "allowances.txt"
    assert "Southern islands" in found[0].text
    hire = answerer.engine.nearest_rows("combien coûte la location d'un micro par jour ?", 1)
    assert hire and hire[0].source == "equipment.md"


def test_a_row_less_question_or_corpus_finds_none(answerer):
    assert answerer.engine.nearest_rows("", 2) == []
    assert answerer.engine.nearest_rows("per diem", 0) == []


def test_the_nearest_row_brings_its_table_where_the_search_does_not(tmp_path, bundled_embedder):
    """Among French bulletins that share the question's words, only the row's meaning
    finds the English table: without it, the figure is not in the answer."""
    documents = {"allowances.txt": ALLOWANCES, "equipment.md": EQUIPMENT}
    regions = ["du Nord", "de l'Est", "de l'Ouest", "du Centre", "des Hauts", "de la Côte"]
    for n, region in enumerate(regions * 4):
        documents[f"tournee-{n}.md"] = (
            f"# Bulletin de tournée {n}\n\nLa tournée {region} passe par les îles du Sud en "
            f"saison {n}. Le per diem de tournée et les indemnités de tournée sont versés selon "
            "le tableau des indemnités. Les artistes de tournée des îles du Sud reçoivent leur "
            f"per diem chaque semaine. Réunion {n} du comité de tournée.\n"
        )
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    question = "c combien le per diem de tournée dans les îles du Sud ?"
    assert "G 1 700" in answerer.ask(question).text
    # without it (and without the search by the glossary's translations, which finds the
    # row's "tour" too), the figure is not in the answer
    answerer.engine.nearest_rows = lambda query, n: []  # type: ignore[method-assign]
    answerer.engine.in_other_language = lambda query, k, language: []  # type: ignore[method-assign]
    assert "G 1 700" not in answerer.ask(question).text
