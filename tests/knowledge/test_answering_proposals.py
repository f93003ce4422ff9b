"""A figure one side asked for or offered is not the one agreed (cues.PROPOSAL): it does
not answer a question about the rate, and it is labelled when shown."""

from __future__ import annotations

import pytest
from small_corpus import answerer_over

AGREEMENT = """# Screen Agreement 2026-2028

In force from 1 July 2026 to 30 June 2028.

## Article 7: background performers

7.1 The day rate of a background performer is $250 for a day of eight hours.

7.2 A background performer called only for a scan is paid a full day.
"""

MINUTES = """# Minutes of the National Board, 12 November 2026

## 5. Bargaining 2028

The Chief Negotiator presented a discussion paper. The paper's working targets are: a
background day rate of $295 in the first year of the next agreement and notice before a
scan of five business days. Nothing has been agreed.

## 6. Priorities table

| Item | Preliminary target, year 1 of the next agreement |
|---|---|
| Stand-in, per day | $310 |
"""


def test_a_proposed_figure_does_not_answer_what_the_rate_is(tmp_path, bundled_embedder):
    documents = {"agreement.md": AGREEMENT, "minutes.md": MINUTES}
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    answer = answerer.ask("whats the bg day rate rn?")
    assert "$250" in answer.text.splitlines()[0]
    for line in answer.text.splitlines():  # shown, it says what it is
        if "$295" in line:
            assert "proposal, not agreed" in line
    # the only stand-in figure is a target: it does not lead as if it were the rate
    assert "$310" not in answerer.ask("stand-in day rate?").text.splitlines()[0]
    asked = answerer.ask("what day rate is the union targeting for background in bargaining?")
    assert "$295" in asked.text
    line = next(x for x in asked.text.splitlines() if "$295" in x)
    assert "proposal, not agreed" in line
    assert "in force" not in line
    assert "not an agreed term" not in asked.text  # asked about the proposals: no warning


def test_an_answer_led_by_a_proposal_says_nothing_was_agreed(tmp_path, bundled_embedder):
    documents = {"agreement.md": AGREEMENT, "minutes.md": MINUTES}
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    answer = answerer.ask("how much notice before a scan?")  # only the targets say
    if "five business days" in answer.text.splitlines()[0]:
        assert "not an agreed term" in answer.text
    else:
        assert not answer.grounded


@pytest.mark.parametrize(
    "text, proposed",
    [
        ("The paper's working targets are: a background day rate of $295.", True),
        ("The union sought 11% for performers; the producers had offered 5%.", True),
        ("Les revendications du syndicat : un cachet de 300 $.", True),
        # whose proposal, or what became of it
        ("VEPCO's proposal of 2026/10/05: a perpetual buy-out for R 250,000.00.", True),
        ("The rejected proposal was a one-off fee of $200 for every use.", True),
        ("La proposition patronale : un rachat unique de 250 000 rand.", True),
        ("Send your proposal to the committee with a budget of $500.", False),
        # a consent clause's "proposed use", and a plain rule
        ("The notice describes the proposed use of the replica, for $500.", False),
        ("The day rate of a background performer is $250.", False),
        # agreed terms in the words of asking and offering
        ("The performer's written consent must be sought before a scan, for $180.", False),
        ("Where a Producer seeks to engage a background performer, the rate is $250.", False),
        ("A proposal of engagement states the fee of $500.", False),
        ("Toute proposition d'emploi précise le cachet de 300 $.", False),
        # an organisation named by its initials offering, and what one would have got
        ("On 8 October the SLEEA had offered a lump sum of KR 85,000 per performer.", True),
        ("The OSWPC proposed a one-off buy-out of KSh 1,850,000 per scanned performer.", True),
        ("Le Conseil (CPESAO) : chaque artiste aurait reçu 1 850 000 KSh une seule fois.", True),
        ("Damages are not limited to the $9,000 a performer would have earned.", False),
        ("L'indemnité égale les 9 000 KSh que l'artiste aurait perçu ce jour-là.", False),
        ("ACTRA offered members a free safety workshop worth $300.", False),
        ("THE RATE OFFERED TO EACH PERFORMER IS $500.", False),
        ("The OSWPC pays the scan fee of KSh 38,000 within 30 days.", False),
        ("Chaque artiste a reçu 38 000 KSh pour la séance de scan.", False),
    ],
)
def test_what_one_side_asked_for_is_read_as_a_proposal(text, proposed):
    from knowledge.answering.units import cut
    from knowledge.search import Passage

    units = cut([Passage("p", "m.md", "M", text, 0, len(text), 1.0)])
    assert any(u.proposed for u in units) is proposed


def test_a_column_of_targets_makes_its_rows_proposals():
    from knowledge.answering.units import cut
    from knowledge.search import Passage

    text = MINUTES.split("## 6.")[1]
    rows = [u for u in cut([Passage("p", "m.md", "M", text, 0, len(text), 1.0)]) if u.row]
    assert rows and all(u.proposed for u in rows)
