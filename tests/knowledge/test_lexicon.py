"""Translations the corpus teaches (knowledge/lexicon.py): a French question's word that
the glossary does not know, searched as the English corpus word nearest it."""

from __future__ import annotations

import pytest
from small_corpus import answerer_over

from knowledge import Answerer, Engine, KnowledgeSettings
from knowledge.lexicon import Lexicon, words

AGREEMENT = """# Audiobook Agreement 2025-2028

## Clause 14 Audiobooks

14.1 Narration of an audiobook is paid £248.60 per finished hour.

14.2 Research into the pronunciation of names and foreign words is paid £32.00 per
finished hour, on top of the narration fee.

14.3 Pick-ups requested within fourteen (14) days of the delivery of the files are free;
later pick-ups are paid £86.90 per hour in the studio.

14.4 An audiobook narrated with a synthetic voice of the performer is paid £1,159.20 per
title.

## Clause 5 Pension

5.1 The producer pays a pension contribution of 8.5% of session and narration fees.

## Clause 9 Holding fees

9.1 A holding fee is paid for each 13-week cycle in which a spot is held but not aired.

## Clause 10 Wardrobe

10.1 A wardrobe fitting of up to two hours is paid £68.00.
"""

GUIDE = """# Guide du membre

## Bureau

Le bureau du Syndicat est ouvert du lundi au vendredi. Les membres paient leur cotisation
annuelle en janvier.
"""

CORPUS = [(chunk, "en") for chunk in AGREEMENT.split("\n\n") if chunk.strip()] + [(GUIDE, "fr")]


@pytest.fixture(scope="module")
def lexicon(bundled_embedder) -> Lexicon:
    return Lexicon.build(CORPUS, bundled_embedder)


def test_words_drop_elisions_fillers_and_short_words():
    assert words("c'est combien l'annonceur, d'avril, pick-ups et les frais") == [
        "annonceur",
        "avril",
        "pick-ups",
        "frais",
    ]


def test_a_french_word_is_searched_as_the_english_word_nearest_it(lexicon):
    found = lexicon.translate("recherche de prononciation pour un livre audio", "fr")
    assert "pronunciation" in found


def test_only_a_question_in_the_corpus_minority_language_is_translated(lexicon):
    # the corpus is mostly English: an English question is searched as it is
    assert lexicon.translate("pronunciation research fee", "en") == []


def test_a_word_the_glossary_translates_is_left_to_it(lexicon):
    # "consentement" is in the glossary ("consent"): it is not translated twice
    assert lexicon.translate("consentement", "fr") == []


def test_a_lexicon_is_saved_and_loaded_with_its_generation(lexicon, tmp_path, bundled_embedder):
    lexicon.save(tmp_path)
    loaded = Lexicon.load(tmp_path, bundled_embedder)
    question = "recherche de prononciation pour un livre audio"
    assert loaded.translate(question, "fr") == lexicon.translate(question, "fr")


def test_a_french_question_finds_the_english_clause_by_its_words(tmp_path, bundled_embedder):
    """Not by meaning only: the clause's own words match the question's translations."""
    answerer = answerer_over(
        tmp_path, {"agreement.md": AGREEMENT, "guide.md": GUIDE}, bundled_embedder
    )
    question = "la recherche de prononciation, c payé combien ?"
    found = [p for p in answerer.engine.search(question, 8) if "pronunciation" in p.text]
    assert found and found[0].lexical > 0
    answer = answerer.ask(question)
    assert answer.grounded and "£32.00" in answer.text.splitlines()[0]
    cache = tmp_path / "data" / "cache"
    assert list(cache.glob("*/lexicon.json")), "the lexicon is written with its generation"


class EightDimensions:
    """Another embedder: 8 dimensions, a vector from each text's letters."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [[float((sum(map(ord, t)) * (i + 1)) % 7 + 1) for i in range(8)] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


def test_another_embedders_vectors_are_not_reused(lexicon):
    """After the embedder changes, the previous generation's words are embedded again."""
    rebuilt = Lexicon.build(CORPUS, EightDimensions(), lexicon, 8)  # type: ignore[arg-type]
    assert rebuilt.vectors.shape == (len(rebuilt.words), 8)
    same = Lexicon.build(CORPUS, lexicon._embeddings, lexicon, 512)  # type: ignore[arg-type]
    assert same.vectors.shape == lexicon.vectors.shape
    assert (same.vectors == lexicon.vectors).all()  # copied, not embedded again


def test_a_damaged_lexicon_is_built_again_and_answers_go_on(tmp_path, bundled_embedder):
    answerer_over(tmp_path, {"agreement.md": AGREEMENT, "guide.md": GUIDE}, bundled_embedder)
    (saved,) = (tmp_path / "data" / "cache").glob("*/lexicon-vectors.npy")
    saved.write_bytes(b"")  # a disk that filled up as it was written
    settings = KnowledgeSettings(
        data_dir=tmp_path / "data", source_dir=tmp_path / "docs", llm_enabled=False
    )
    engine = Engine(settings, embeddings=bundled_embedder)
    answer = Answerer(engine, use_llm=False).ask("la recherche de prononciation, c payé combien ?")
    assert answer.grounded and "£32.00" in answer.text
    assert engine.searcher().lexicon.translate("prononciation", "fr") == ["pronunciation"]
