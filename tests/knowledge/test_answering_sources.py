"""Which document answers: the terms themselves before a news report of them."""

from __future__ import annotations

from small_corpus import answerer_over

from knowledge.answering.scoring import NEWS
from knowledge.timeframe import question_timeframe

SENTENCE = (
    "A studio cannot make voice clone consent a condition of getting the job, and a "
    "performer who declines keeps the booking."
)
AGREEMENT = f"# Collective Agreement 2026-2028\n\n## Article 9: voice replicas\n\n{SENTENCE}\n"
NEWS_REPORT = (
    "---\ntitle: Voice artists ratify deal\nkind: article\npublished: 2026-02-16\n---\n"
    f"# Voice artists ratify deal\n\n{SENTENCE}\n"
)


def test_a_news_report_of_the_terms_ranks_well_below_the_terms(tmp_path, bundled_embedder):
    answerer = answerer_over(
        tmp_path, {"agreement.md": AGREEMENT, "news.md": NEWS_REPORT}, bundled_embedder
    )
    engine = answerer.engine
    passages = engine.passages_of("news.md") + engine.passages_of("agreement.md")
    question = "no voice clone consent = no booking, can they do that?"
    frame = question_timeframe(question, answerer.today())
    units = answerer.scorer.score(question, passages, frame, [0, 0], "en", [])
    by_kind = {
        passages[u.passage].metadata.get("kind"): u.score for u in units if "studio" in u.text
    }
    # the same words, found as high: the agreement's by the news penalty, which outweighs
    # the difference a few more of the question's words make
    assert by_kind["contract"] - by_kind["article"] >= NEWS - 0.05
    answer = answerer.ask(question)
    assert "news article" not in answer.text.splitlines()[0]
