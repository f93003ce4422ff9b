"""What only the news reports is answered from the news: a vote's count ("731 voix contre
88") is no restatement of the terms, so a report of it loses less against the terms'
documents than a report of a rate does; and "how many voted", "combien de membres" ask
for a count, which a sentence that gives one answers."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge import figures
from knowledge.answering.kinds import wanted_kinds
from knowledge.answering.scoring import NEWS, NEWS_OWN, news_penalty
from knowledge.answering.unit import MEASURED, Unit

SUMMARY = """---
title: Members' summary of the Recording Agreement
language: en
---
# Members' summary of the Recording Agreement

## Voice models

A voice model may not be bought out by a single payment covering future projects. The
members voted against the producers' voice model buy-out in November.

The vocal synthesis fee is R$ 2.400,00 per release.
"""

NEWS_FR = """---
title: Les membres rejettent le rachat des modèles vocaux
kind: article
language: fr
published: 2026-11-27
---
# Les membres rejettent le rachat des modèles vocaux

Par 731 voix contre 88, les membres de la Guilde ont rejeté la proposition de rachat unique
des modèles vocaux, soumise au vote du 16 au 24 novembre 2026.

La Guilde rappelle que le cachet de synthèse vocale reste de 2 400,00 R$ par parution.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("own-news")
    documents = {"summary.md": SUMMARY, "news.md": NEWS_FR}
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 6))


def test_how_many_voted_asks_for_a_count():
    assert "number" in wanted_kinds("how many members voted against the buy-out?")
    assert "number" in wanted_kinds("how many of us voted for it?")
    assert "number" in wanted_kinds("combien de membres ont voté contre ?")
    assert "number" in wanted_kinds("combien d'adhérents ont voté ?")
    assert "number" not in wanted_kinds("how many days of notice before a scan?")
    assert "number" not in wanted_kinds("how many words before a line counts as two?")


def _unit(text: str) -> Unit:
    found = figures.extract(text)
    kinds = {f.kind for f in found}
    return Unit(0, text, text, figures=[f for f in found if f.kind in MEASURED], kinds=kinds)


def test_a_count_only_the_news_reports_loses_less_than_a_restated_rate():
    count = _unit("Par 731 voix contre 88, les membres ont rejeté la proposition.")
    assert news_penalty(count, {"number", "pct"}) == NEWS_OWN < NEWS
    # not asked for a count, or the report gives an amount: the terms answer first
    assert news_penalty(count, {"money"}) == NEWS
    amount = _unit("Les 812 membres ont rejeté un rachat de 250 000 Kč.")
    assert news_penalty(amount, {"number"}) == NEWS


def test_a_sentence_with_a_count_gives_what_how_many_asks():
    assert _unit("Par 731 voix contre 88, les membres ont rejeté la proposition.").gives({"number"})
    assert not _unit("Les membres ont rejeté la proposition en novembre.").gives({"number"})


def test_a_count_only_the_news_reports_answers_how_many(answerer):
    answer = answerer.ask("combien de membres ont voté contre le rachat des modèles vocaux ?")
    assert "731" in answer.text.splitlines()[0]
    english = answerer.ask("how many members voted against the voice model buy-out?")
    assert "731" in english.text


def test_a_rate_the_news_restates_is_answered_from_the_terms(answerer):
    answer = answerer.ask("what is the vocal synthesis fee per release?")
    first = answer.text.splitlines()[0]
    assert "2.400,00" in first and "[1]" in first
    assert answer.sources[0].source == "summary.md"
