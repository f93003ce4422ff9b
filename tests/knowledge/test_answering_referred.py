"""A row named by its code in the best-matched sentence ("is paid the swing supplement (row
U-2)") gives the figure that sentence speaks of, and a clause a row names by its number
("Training an image model (clause 17.6)") the rule behind the row's figure
(answering/referred.py)."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

AGREEMENT = """# Live Performance Agreement 2025-2028

## Article 11 – Understudies and swings

11.1 An understudy on standby is paid the standby supplement (row U-1) for each week.

11.2 A swing who covers two or more tracks in the same show is paid the swing supplement
(row U-2) on top of the weekly minimum.

## Article 12 – Rehearsals

12.1 Rehearsal days are paid at the rehearsal rate of the rate schedule.
"""

SUPPLEMENTS = """# Supplements 2025-2028

| Code | Supplement | Unit | Season 2 (1 Sep 2026 – 31 Aug 2027) | Season 3 (1 Sep 2027 – 31 Aug 2028) |
|---|---|---|---|---|
| U-1 | Understudy on standby, covering one or more roles | per week | €144.90 | €150.00 |
| U-2 | Swing covering several tracks | per week | 15% of the weekly minimum | 15% of the weekly minimum |
| U-3 | Understudy who goes on, in addition to the fee of the role | per show | €25.00 | €26.00 |
| K-1 | Costume weighing more than 15 kg | per show | €14.50 | €15.00 |
"""


def test_the_row_a_clause_names_by_its_code_is_quoted(tmp_path, bundled_embedder):
    documents = {"agreement.md": AGREEMENT, "supplements.md": SUPPLEMENTS}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 1))
    answer = answerer.ask(
        "swing here, covering two tracks in the same show, how much extra a week?"
    )
    assert answer.grounded
    assert "15%" in answer.text


AGREEMENT_AI = """# Image Agreement 2025-2028

## 17. Synthetic images

17.5 Synthetic use of a model's likeness is paid per month of use.

17.6 Using a model's images or scans to train an image model requires a separate written
consent and a separate training fee. Consent to a campaign never includes training.

17.7 A model may withdraw consent on thirty (30) days' written notice.
"""

SCHEDULE_AI = """# Rate schedule 2025-2028

| Code | Work | Unit | Year 1 (1 May 2025 – 30 Apr 2026) | Year 2 (1 May 2026 – 30 Apr 2027) | Year 3 (1 May 2027 – 30 Apr 2028) |
|---|---|---|---|---|---|
| D-2 | Synthetic use of a lead model's likeness (clause 17.5) | per month | CHF 620.00 | CHF 641.70 | CHF 664.20 |
| D-3 | Synthetic use of the model's likeness (clause 17.5) | per month | CHF 410.00 | CHF 424.35 | CHF 439.20 |
| D-4 | Training an image model (clause 17.6) | per training consent | CHF 3,200.00 | CHF 3,200.00 | CHF 3,200.00 |
"""


def test_the_clause_a_row_names_by_its_number_gives_the_rule(tmp_path, bundled_embedder):
    documents = {"agreement.md": AGREEMENT_AI, "schedule.md": SCHEDULE_AI}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 1))
    answer = answerer.ask(
        "brand wants to train an AI image model on my campaign pics - what do i need and whats the fee"
    )
    lines = answer.text.splitlines()
    assert "3,200.00" in lines[0]  # the row answers, with its clause's rule
    assert any(line.startswith("- 17.6 Using") for line in lines[1:5])
    assert "separate written consent" in answer.text


AGREEMENT_WEATHER = """# Image Agreement 2025-2028

Signed on 24 April 2025.

8. Cancellation
8.1 A booking cancelled less than 48 hours before the call is paid at half the fee.
8.2 A booking cancelled less than 24 hours before the call is paid in full.

9. Weather days
9.1 When an outdoor shoot is postponed on the day because of the weather, the model is
paid the weather-day fee for that day, and the booking moves to the next suitable day.
9.2 A booking may be postponed for a maximum of two (2) weather days.

10. Travel
10.1 Travel beyond 30 km is paid per km at the travel rate.
"""

SCHEDULE_WEATHER = """# Rate schedule 2025-2028

| Code | Work | Unit | Year 2 (1 May 2026 – 30 Apr 2027) |
|---|---|---|---|
| W-1 | Weather day, outdoor shoot (clause 9) | per weather day | CHF 434.70 |
| T-1 | Travel by own car beyond 30 km | per km | CHF 0.72 |
"""


def test_a_whole_clause_a_row_names_gives_its_sub_clauses(tmp_path, bundled_embedder):
    # "(clause 9)" names the whole of clause 9, headed "9. Weather days", in another
    # document: its sub-clauses' opening sentences come with the row
    documents = {"agreement.md": AGREEMENT_WEATHER, "schedule.md": SCHEDULE_WEATHER}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 1))
    answer = answerer.ask(
        "outdoor shoot called off for the weather today, what am i paid for the weather day "
        "and how many times can they do it"
    )
    assert "434.70" in answer.text.splitlines()[0]
    assert "two (2) weather days" in answer.text
    # the row's "(clause 9)" leads to the agreement's clause 9, the one document that has it
    engine = answerer.engine
    row = next(p for p in engine.search("weather day outdoor shoot", 8) if "W-1" in p.text)
    named = engine.referenced(row, "weather days", 4)
    assert named and all(p.source == "agreement.md" for p in named)
    assert any("9.2" in p.text for p in named)
