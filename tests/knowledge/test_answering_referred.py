"""A row named by its code in the best-matched sentence ("is paid the swing supplement (row
U-2)") gives the figure that sentence speaks of (scoring._referred)."""

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
