"""What only the news reports is answered from the news: a vote's count ("731 voix contre
88") is no restatement of the terms, so a report of it is not ranked below the terms'
documents as a restated rate is; and "how many voted", "combien de membres" ask for a
count, which a sentence that gives one answers."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.kinds import wanted_kinds

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

NEWS = """---
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
    documents = {"summary.md": SUMMARY, "news.md": NEWS}
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 6))


def test_how_many_asks_for_a_count():
    assert "number" in wanted_kinds("how many members voted against the buy-out?")
    assert "number" in wanted_kinds("combien de membres ont voté contre ?")
    assert "number" not in wanted_kinds("how many days of notice before a scan?")
    assert "number" not in wanted_kinds("how many words before a line counts as two?")


def test_a_count_only_the_news_reports_is_answered_from_it(answerer):
    answer = answerer.ask("how many members voted against the voice model buy-out?")
    assert answer.grounded
    assert "731" in answer.text


def test_a_rate_the_news_restates_is_answered_from_the_terms(answerer):
    answer = answerer.ask("what is the vocal synthesis fee per release?")
    first = answer.text.splitlines()[0]
    assert "2.400,00" in first and "[1]" in first
    assert answer.sources[0].source == "summary.md"
