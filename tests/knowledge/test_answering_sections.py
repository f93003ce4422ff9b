"""A section cut into several chunks is read from its opening: a question may match a
later chunk ("the dollar minimums are not given") whose section's answer is in the chunk
before it ("most minimums rise 1.5% … and 3% …"). That chunk is read too, as context: it
does not move the scale the found passages are scored on (answering/answerer.py,
scoring.py)."""

from __future__ import annotations

import pytest
from extractive_corpus import answerer_over

from knowledge import Answerer
from knowledge.answering.retrieve import with_following

SUMMARY = """---
title: Writers' agreement 2026 summary
kind: summary
language: en
effective_from: 2026-05-02
---
# Writers' agreement 2026 summary

## Pay

- Most writers' minimums rise 1.5% in the first contract year and 3% in each of the next
three years. Reports add these up to 10.5% over the contract; multiplied together, the
four steps come to about 10.9%. The exact effective date of each step is not given here.
- A streaming success bonus for the most-watched shows rises from 50% to 75% of the base
residual, according to one report; the other sources do not give this figure.
- The union's dollar minimums under the 2026 agreement, for example for a feature
screenplay or a weekly staff writer, are not in these documents.
- The tables of dollar minimums are published by the union for its members.

## Health plan

- Studios put $321 million into the health plan, which lost $122 million in two years.
"""


@pytest.fixture(scope="module")
def summary_answerer(tmp_path_factory: pytest.TempPathFactory, embeddings) -> Answerer:
    root = tmp_path_factory.mktemp("sections")
    return answerer_over(root, {"summary.md": SUMMARY}, embeddings, chunk_chars=400)


def test_the_chunk_before_a_found_one_in_its_section_is_its_preceding(summary_answerer):
    engine = summary_answerer.engine
    chunks = engine.passages_of("summary.md")
    opening = next(c for c in chunks if "1.5%" in c.text)
    later = next(c for c in chunks if "dollar minimums" in c.text and "1.5%" not in c.text)
    assert opening.heading == later.heading  # one section, two chunks
    before = engine.preceding(later)
    assert before is not None and before.id == opening.id
    assert engine.preceding(opening) is None  # the section's first chunk
    health = next(c for c in chunks if "$321 million" in c.text)
    assert engine.preceding(health) is None  # another section


def test_the_answer_reads_back_to_the_opening_of_a_section(summary_answerer):
    engine = summary_answerer.engine
    chunks = engine.passages_of("summary.md")
    later = next(c for c in chunks if "dollar minimums" in c.text and "1.5%" not in c.text)
    found, _, context = with_following(summary_answerer.engine, [later], "writers minimums")
    opening = [i for i, p in enumerate(found) if "1.5%" in p.text]
    assert opening and set(opening) <= context  # read, as context
    question = "by how much do the writers' dollar minimums go up?"
    assert engine.search(question, k=1)[0].id == later.id  # the search finds the later one
    answer = summary_answerer.ask(question, k=1)
    assert "1.5%" in answer.text and "3%" in answer.text
