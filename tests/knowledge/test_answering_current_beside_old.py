"""A member who names an old term and asks what it is now ("under the old agreement the
voice clone was a one-time 30k: what is it now?") gets the figure in force beside the old
one, not the expired line alone with "the documents do not give the current figure"
(archived.with_current). The unit tests pin the choice; the end-to-end one guards the
answer on a small corpus (where the current line also matches well enough without it)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge import figures
from knowledge.answering.archived import with_current
from knowledge.answering.cues import PAST_STATEMENT
from knowledge.answering.unit import Unit
from knowledge.timeframe import Period, Timeframe

EXPIRED = """# Summary of the On-Air Agreement 2021–2025 (expired)

This summary describes the agreement that expired on 30 June 2025. It was replaced by
the On-Air Agreement 2025–2028.

## Artificial intelligence

**Voice clone fee**: a one-time fee of Rs 30,000.00 covered every use of a cloned voice of
the presenter for the rest of the agreement's term, on any channel of the employer.

Presenters were paid Rs 4,100.00 per broadcast hour.
"""

NOTICE = """# Notice to members 2026-14

Published on 12 November 2026.

Memorandum of Amendment No. 1 to the On-Air Agreement 2025–2028 is in force since
1 November 2026.

Cloned voice used for continuity announcements: Rs 24,500 per month of use since
1 November 2026 (row AI-5 of the agreement's schedule).

The moratorium on cloned voices for main news bulletins runs to 30 June 2028.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("current")
    documents = {"summary-2021-2025-expired.md": EXPIRED, "notice-2026-14.txt": NOTICE}
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 6))


def test_the_figure_in_force_is_shown_beside_the_old_one(answerer):
    answer = answerer.ask(
        "under the old agreement the voice clone was a one-time payment of like 30k rupees."
        " what is it now for a cloned continuity voice?"
    )
    assert "24,500" in answer.text
    assert "do not give the current figure" not in answer.text


def _unit(text: str, score: float, match: float, **kw) -> Unit:
    return Unit(0, text, text, score=score, match=match, figures=list(figures.extract(text)), **kw)


TODAY = dt.date(2026, 12, 6)
NOW = Timeframe(Period(TODAY, TODAY), TODAY, True)
ASKED = "the old voice clone fee was a one-time 30k, what is it now?"


def test_an_expired_lead_is_followed_by_the_best_figure_in_force():
    old = _unit(
        "Voice clone fee: a one-time fee of Rs 30,000.00.",
        1.9,
        1.07,
        superseded=True,
        period=Period(None, dt.date(2025, 6, 30)),
        archived=dt.date(2025, 6, 30),  # its document says it expired
    )
    current = _unit("Cloned voice: Rs 24,500 per month of use.", 1.5, 0.5)
    weak = _unit("Presenters: Rs 4,100.00 per hour.", 1.6, 0.2)  # matches too little
    other = _unit("Health fund contribution: 17.5%, Rs 900 a month.", 1.8, 0.9)  # not about it
    # one word of the question in common ("voice") is not enough when the lead shares two
    coaching = _unit("Voice coaching: Rs 2,000 a session.", 2.0, 0.9)
    later = _unit(
        "From 1 July 2027: Rs 26,000 per month.",
        1.7,
        0.6,
        period=Period(dt.date(2027, 7, 1), None),
    )
    chosen = with_current(ASKED, old, [old], [old, current, weak, later, other, coaching], NOW, 4)
    assert chosen == [old, current]
    # a figure whose own period merely ran out (a ballot's days): nothing newer stands for it
    ended = _unit("Rejected by 87.6% of the votes: Rs 85,000.", 1.9, 1.07, superseded=True)
    assert with_current(ASKED, ended, [ended], [ended, current], NOW, 4) == [ended]


def test_a_lead_in_force_or_a_question_about_the_past_is_left_as_chosen():
    lead = _unit("Cloned voice: Rs 24,500 per month of use.", 1.5, 0.9)
    other = _unit("Presenters: Rs 4,100.00 per hour.", 1.6, 0.8)
    assert with_current(ASKED, lead, [lead], [lead, other], NOW, 4) == [lead]
    old = _unit("Voice clone fee: Rs 30,000.00.", 1.9, 1.0, superseded=True)
    past = Timeframe(Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31)), TODAY, True)
    assert with_current(ASKED, old, [old], [old, lead], past, 4) == [old]


def test_an_item_of_the_past_lists_sibling_in_force_follows_it_however_it_matches():
    # the member echoed the past item ("c'était 30 min dans l'ancienne convention"): its
    # sibling under the same intro is the figure in force, though it matches far less
    intro = "Le débriefing après un décès ou un incident critique :"
    past = _unit(
        "c'était 30 minutes, dans les 72 heures, dans l'ancienne convention.",
        2.1,
        1.5,
        superseded=True,
        labelled_past=True,
        lead=intro,
    )
    now = _unit("au moins 45 minutes, payées au taux de l'heure de supervision ;", 1.2, 0.7)
    now.lead = intro
    now.display = f"{intro} › {now.text}"
    asked = "le débriefing c'était 30 min dans l'ancienne convention, et mtn ?"
    chosen = with_current(asked, past, [past], [past, now], NOW, 4)
    assert [u.text for u in chosen] == [past.text, now.text]
    assert chosen[1].display == now.text  # its intro is shown once, with the lead


@pytest.mark.parametrize(
    "sentence",
    [
        "c'était 30 minutes, dans les 72 heures, dans l'ancienne convention.",
        "The allowance was $45 a day under the old agreement.",
        "l'indemnité était de 12 € par jour dans la convention précédente.",
    ],
)
def test_a_past_statement_may_name_its_old_agreement_after_the_verb(sentence):
    assert PAST_STATEMENT.search(sentence)
    # not a term the old agreement lacked, nor one the new agreement raised
    assert not PAST_STATEMENT.search("This allowance was not in the previous agreement; it is $30.")
    assert not PAST_STATEMENT.search("The allowance was raised to $50 in the new agreement.")
