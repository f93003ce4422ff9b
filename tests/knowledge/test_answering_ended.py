"""A figure whose own period has ended with nothing newer for it is labelled "no longer in
force", not "superseded": a summer relief rate that reverted to the schedule's was not
replaced by a newer document. A figure another document replaced keeps "superseded"."""

from __future__ import annotations

import pytest
from small_corpus import answerer_over

from knowledge import Answerer

RELIEF = """From: Members' office <members@guild.example>
Subject: Summer relief for live shows, 1 June to 31 August 2026
Date: Mon, 25 May 2026 10:15:00 -0400

Dear members,

From 1 June to 31 August 2026, a live-show tour performer is paid G 2 750 per show.
From 1 September 2026 the schedule's rate applies again, without further notice.
"""

SCHEDULE = """# Rate schedule

| Role | Unit | Effective from | Rate |
|---|---|---|---|
| Live-show tour performer | per show | 1 April 2025 | G 3 200 |
| Live-show tour performer | per show | 1 April 2026 | G 3 400 |
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder) -> Answerer:
    documents = {"relief.txt": RELIEF, "schedule.md": SCHEDULE}
    return answerer_over(tmp_path_factory.mktemp("ended"), documents, bundled_embedder)


def test_a_relief_that_ended_is_no_longer_in_force_not_superseded(answerer):
    answer = answerer.ask("in July 2026 what was a live show paid for a tour performer?")
    first = answer.text.splitlines()[0]
    assert "G 2 750" in first
    assert "no longer in force" in first and "superseded" not in first


def test_in_french_too(answerer):
    answer = answerer.ask("en juillet 2026, un spectacle en tournée était payé combien ?")
    first = answer.text.splitlines()[0]
    assert "G 2 750" in first
    assert "plus en vigueur" in first and "remplacé" not in first


def test_a_row_the_next_row_of_its_table_replaced_is_superseded(answerer):
    answer = answerer.ask("what was a live-show tour performer paid per show in May 2025?")
    line = next(line for line in answer.text.splitlines() if "G 3 200" in line)
    assert "superseded" in line and "no longer in force" not in line
