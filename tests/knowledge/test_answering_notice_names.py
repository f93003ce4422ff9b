"""A document's file name hints at its kind, but "article-9-3" in a notice's name is the
clause it replaces, not a sign that the notice is a news article (a news report tells of
an amendment; it does not make one)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.loading.document import guess_kind

AGREEMENT = """# Aquatic Performers Agreement 2026-2029

Signed on 30 October 2026.

## Section 9 - Time in the water

§ 9.2 A log of every immersion is kept by the safety diver.

§ 9.3 No underwater performer spends more than 40 minutes of any hour in the water.
"""

NOTICE = """# Avis de la commission paritaire n° 2026-4

Port Marigot, le 20 novembre 2026

## Remplacement de l'article 9(3)

À compter du 1er décembre 2026, l'article 9(3) est remplacé par le texte suivant : « Aucun
artiste subaquatique ne passe plus de 35 minutes par heure dans l'eau. »
"""


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("avis-commission-2026-4-article-9-3.docx", "other"),
        ("notice-articles-12-14.md", "other"),
        ("notice_article_9.txt", "other"),
        ("news-article-ratification.html", "article"),
        ("articles/ratified.md", "article"),
        ("press-release-2026.md", "article"),
    ],
)
def test_a_clause_number_in_a_file_name_does_not_make_it_news(name, kind):
    assert guess_kind(name) == kind


def test_a_notice_named_after_the_clause_it_replaces_replaces_it(tmp_path, bundled_embedder):
    documents = {
        "aquatic-agreement-2026-2029.md": AGREEMENT,
        "avis-2026-4-article-9-3.md": NOTICE,
    }
    answerer = answerer_over(tmp_path, documents, bundled_embedder, today=dt.date(2026, 12, 6))
    answer = answerer.ask("how many minutes per hour max in the water now?")
    lead = answer.text.splitlines()[0]
    assert "35 minutes" in lead
    assert "40 minutes" not in lead
