"""A sentence that names a row by its code ("paid under Art. 14.2 (row AL-12 of Annex A)")
brings that row's figure into the answer, from another document's table if need be
(referred.with_named_rows); a deadline asked in one language gets the duration a clause
gives in the other, though sentences of the question's language about the same subject
match it better (cues.ASKS_AMOUNT: "délai" asks for a figure)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

AGREEMENT = """# Harbour Broadcast Agreement 2025-2028

Signed on 20 June 2025.

## Article 14 Broadcasts and streams

14.2 A performance that is broadcast or streamed is paid the fee in row AL-12 of Annex A
for each broadcast or stream.

## Article 16 Grievances

16.1 A grievance is filed in writing within forty (40) days after the performer or the
Union learns of the facts.

16.2 The parties meet within fifteen (15) working days of the filing.

## Annex A

| Row | Allowance or fee | Unit | Amount |
|---|---|---|---|
| AL-10 | Sunday premium | per service | 15% of the fee |
| AL-11 | Public-holiday premium | per service | 50% of the fee |
| AL-12 | Broadcast or stream of a performance | per broadcast | 12% of the fee |
| AL-13 | Audio release of a recording | per release | 20% of the fee |
"""

SIDE_LETTER = """# Side Letter No. 2 — Summer Festival

## 4. Outdoor performances

4.1 Each outdoor performance carries an outdoor supplement of €29.50 per performance, on
top of the fee.

## 7. Streams

7.1 A festival concert that is streamed is paid under Art. 14.2 of the Agreement (row
AL-12 of Annex A), to every performer. The outdoor supplement is not taken into account
in that calculation.
"""

FAQ = """# Foire aux questions des membres

### Que fait le syndicat en cas de litige ?

Le syndicat avise l'employeur et peut déposer un grief en votre nom. Le délégué peut aussi
déposer un grief pour le groupe. Le formulaire pour déposer un grief est au bureau. Le
comité des griefs étudie chaque grief déposé.

### Où est le bureau ?

Le bureau est au 4, rue des Vanniers.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    documents = {"agreement.md": AGREEMENT, "side-letter-2.md": SIDE_LETTER, "faq.md": FAQ}
    root = tmp_path_factory.mktemp("named")
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 4))


def test_a_sentence_naming_a_row_brings_that_rows_figure(answerer):
    answer = answerer.ask(
        "festival chorus, the outdoor concert is also streamed - what do i get on top: "
        "outdoor supplement and stream fee?"
    )
    assert "29.50" in answer.text and "12%" in answer.text


def test_a_french_deadline_question_gets_the_english_clauses_duration(answerer):
    answer = answerer.ask("délai pour déposer un grief ?")
    assert "40" in answer.text
