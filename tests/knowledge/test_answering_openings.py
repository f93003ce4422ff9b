"""What a document's opening says of its own term (answering/openings.py): when it took
effect, and the day it stopped applying when it says a newer one replaced it."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.openings import stated_end, stated_start

EXPIRED_FR = """# Résumé de l'Entente collective 2021-2023 (échue)

Document d'archives. L'Entente collective 2021-2023 était en vigueur
du 1er janvier 2021 au 31 décembre 2023. **Elle est échue** et a été remplacée par
l'Entente collective 2024-2026 à compter du 1er janvier 2024. Les montants ci-dessous ne
s'appliquent plus au travail effectué à compter du 1er janvier 2024.
"""

EXPIRED_EN = """# Summary of the Voice Agreement 2020-2023 (EXPIRED)

> **This agreement expired on 30 June 2023.** It was replaced by the Voice Agreement
2023-2026. This summary is kept for work performed between 1 July 2020 and 30 June 2023.
"""


def test_an_expired_documents_own_term_is_read_not_its_replacements():
    assert stated_start(EXPIRED_FR) == dt.date(2021, 1, 1)
    assert stated_end(EXPIRED_FR) == dt.date(2023, 12, 31)  # the day before its replacement
    assert stated_start(EXPIRED_EN) is None
    assert stated_end(EXPIRED_EN) == dt.date(2023, 6, 30)  # not the later "1 July 2020"


@pytest.mark.parametrize(
    ("opening", "start"),
    [
        (
            "Signed on 9 September 2026.\n\n1.2 This variation has effect from 1 October 2026.",
            dt.date(2026, 10, 1),
        ),
        (
            "This Order may be cited as the Rates Order and comes into force on 6 April 2027.",
            dt.date(2027, 4, 6),
        ),
        (
            "Signée le 2 février 2027. La présente lettre entre en vigueur le 1er mars 2027.",
            dt.date(2027, 3, 1),
        ),
    ],
)
def test_the_usual_ways_of_saying_when_a_document_takes_effect(opening, start):
    assert stated_start(opening) == start


@pytest.mark.parametrize(
    ("opening", "start"),
    [
        # a phased schedule's later step starts a part of it, not the document
        (
            "Updated 2 December 2026. Step 1 is backdated to 1 October 2026. Step 3 applies "
            "from 1 October 2027.",
            None,
        ),
        ("Year 2 takes effect on 1 July 2027.", None),
        ("L'étape 2 s'applique à compter du 1er mars 2027.", None),
        ("L’étape 2 s’applique à compter du 1er mars 2027.", None),
        # the first step may be the document's start
        ("Step 1 applies from 1 July 2026. Step 2 applies from 1 July 2027.", dt.date(2026, 7, 1)),
        # the document's own start still is, before or after its steps
        (
            "This rate sheet applies from 1 July 2026. Step 3 applies from 1 October 2027.",
            dt.date(2026, 7, 1),
        ),
        (
            "Effective date: 1 October 2026. Phase II applies from 1 April 2027.",
            dt.date(2026, 10, 1),
        ),
    ],
)
def test_a_numbered_parts_start_is_not_the_documents(opening, start):
    assert stated_start(opening) == start


@pytest.mark.parametrize(
    "opening",
    [
        # another agreement expired or was replaced, not this one
        "The 2026 agreement is in force now, from July 1, 2026. It replaced the 2023 "
        "contracts, which expired on June 30, 2026.",
        "The 2023 MBA it replaced expired on May 1, 2026 (it had run from September 25, 2023).",
        # it says what it does not replace, or replaces a clause of another
        "Cette foire aux questions ne remplace pas l'Entente 2025-2028. Mise à jour le "
        "3 mars 2026.",
        "Effective date: 1 October 2026. Article 9(2) is replaced by the following text.",
        # "it" after an article, or after a question, is not the document
        "Article 12 set the overtime rate. It was replaced by Article 14 on 1 March 2025.",
        "Is the old grid still valid? It was replaced by the 2026 grid from 1 January 2026.",
        # a status word that labels nothing at the top, or labels something else
        "Expired scans must be deleted within 30 days, from 1 November 2025 to 31 March 2026.",
        "**Superseded** rates (in force from 1 November 2022 to 31 October 2025) are kept in "
        "Appendix B.",
        "Superseded: the 2022 agreement, in force to 31 October 2025.",
        # what the agreement says of another that expired, not of itself
        "This agreement replaces the one that expired on 31 January 2025.",
        "This agreement, like the one that ended in 2025, runs four years from 1 February.",
    ],
)
def test_a_document_that_does_not_say_it_ended_has_no_end(opening):
    assert stated_end(opening) is None


def test_the_end_is_the_day_before_the_replacements_effective_date_or_the_expiry():
    assert stated_end(
        "This agreement was replaced by the agreement signed on 15 December 2025, "
        "effective 1 January 2026."
    ) == dt.date(2025, 12, 31)
    assert stated_end(
        "This agreement expired on 30 June 2025; the successor signed 2 September 2025 runs "
        "to 2028."
    ) == dt.date(2025, 6, 30)


def test_a_start_is_not_taken_from_what_replaced_it_or_from_where_it_stops():
    text = (
        "Cette version a été remplacée par la version 4 à compter du 1er mars 2026. "
        "Elle ne s'applique plus au travail effectué à compter du 1er mars 2026."
    )
    assert stated_start(text) is None
    assert stated_end(text) == dt.date(2026, 2, 28)
    assert stated_start("In force from 1 October 2026.") == dt.date(2026, 10, 1)


AGREEMENT = """# Collective Agreement 2024-2026

Effective date: 1 January 2024.

## Buyouts

A twelve-month buyout, all media, is paid 250% of the session fee.
"""


def test_an_expired_summarys_figures_are_no_longer_current(tmp_path, bundled_embedder):
    summary = EXPIRED_FR + (
        "\n## Rachats\n\n**Rachat de 12 mois, tous médias** : 225 % du cachet de séance.\n"
    )
    documents = {"agreement.md": AGREEMENT, "resume-echue.md": summary}
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    answer = answerer.ask("le rachat 12 mois tous médias c combien de % du cachet de séance")
    first = answer.text.splitlines()[0]
    assert "250" in first and "225" not in first
    lines = [line for line in answer.text.splitlines() if "225" in line]
    assert all("remplacé" in line for line in lines)  # shown, if at all, as replaced


def _passage(source: str):
    from knowledge.search import Passage

    return Passage("p", source, source, "x", 0, 1, 1.0)


def test_a_documents_opening_is_read_once_per_generation():
    from knowledge.answering.openings import DocumentStarts

    starts, reads = DocumentStarts(), []

    def opening() -> str:
        reads.append(1)
        return "In force from 1 October 2026."

    for _ in range(3):
        assert starts.start("g1", _passage("a.md"), opening) == dt.date(2026, 10, 1)
    assert len(reads) == 1
    starts.start("g2", _passage("a.md"), opening)  # a reindex: read again
    assert len(reads) == 2


def test_a_slow_opening_keeps_no_other_answer_waiting():
    import threading

    from knowledge.answering.openings import DocumentStarts

    starts, release = DocumentStarts(), threading.Event()

    def slow() -> str:
        release.wait(60)
        return "In force from 1 October 2026."

    first = threading.Thread(target=starts.start, args=("g1", _passage("slow.md"), slow))
    first.start()
    try:
        other = threading.Thread(
            target=starts.start, args=("g1", _passage("b.md"), lambda: "Signed 2 May 2026.")
        )
        other.start()
        other.join(30)
        assert not other.is_alive()  # answered while the slow opening was still being read
    finally:
        release.set()
        first.join(60)
    assert starts.start("g1", _passage("slow.md"), lambda: "") == dt.date(2026, 10, 1)


@pytest.mark.parametrize(
    ("opening", "end"),
    [
        (
            "> **EXPIRED.** This summary describes the agreement, which was in force from 1 "
            "November 2022 to 31 October 2025. It was replaced by the 2025 agreement on 1 "
            "November 2025. Some terms were continued.",
            dt.date(2025, 10, 31),
        ),
        ("**Expired** — this grid applied until 30 June 2025.", dt.date(2025, 6, 30)),
        (
            "ÉCHUE. Cette entente était en vigueur du 1er janvier 2023 au 31 décembre 2025.",
            dt.date(2025, 12, 31),
        ),
    ],
)
def test_a_document_labelled_expired_at_its_top_ends_then(opening, end):
    assert stated_end(opening) == end


def test_an_agreement_that_ran_and_then_expired_says_it_ended():
    assert stated_end(
        "This agreement between SCLPU and SAPV ran from 1 February 2020 and expired on "
        "31 January 2025. It no longer governs any engagement."
    ) == dt.date(2025, 1, 31)
    assert stated_end(
        "Cette entente, signée par les deux parties en 2021, a pris fin le 31 mars 2024."
    ) == dt.date(2024, 3, 31)
