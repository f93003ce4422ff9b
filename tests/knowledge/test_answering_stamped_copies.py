"""A kept copy stamped replaced at its top ("*** REPLACED BY THE 2026 AGREEMENT - KEPT FOR
REFERENCE ONLY ***") ends with the term its opening gives (answering/openings.py): its rows
no longer answer for today, and the agreement in force does. A question's pay element
("supplement", "allowance", "indemnité") asks for an amount, and a supplement may be a
share (answering/kinds.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.kinds import wanted_kinds
from knowledge.answering.openings import stated_end

TYPED = """*** REPLACED BY THE 2026 AGREEMENT - KEPT FOR REFERENCE ONLY ***
RIGGING PERFORMERS' AGREEMENT 2022-2025
Typed copy of the signed text, for the Guild's files.
Term: 1 January 2022 to 31 December 2025.
ARTICLE 4 - WIRE PERFORMERS
     Wire performer, flying day                          P9,120.00
     Multi-point harness supplement, per flying day      P1,520.00
"""

AGREEMENT = """# Rigging Performers' Agreement 2026

Signed 15 March 2026, in force from 1 January 2026.

3.2 A harness supplement is paid per flying day on top of the flying day rate: for a
multi-point harness, line 3 of Table 3.

## Table 3 - Rates

| Line | Role | Item | Rate |
|---|---|---|---|
| 1 | Wire performer | Flying day (9 hours) | ₱9,850.00 |
| 3 | Wire performer | Multi-point harness supplement, per flying day | ₱1,780.00 |
"""


@pytest.mark.parametrize(
    ("opening", "end"),
    [
        (TYPED, dt.date(2025, 12, 31)),  # the term the opening gives
        (
            "REPLACED BY THE 2026 AGREEMENT WITH EFFECT FROM 1 JANUARY 2026\n"
            "The 2022 agreement, in force from 1 January 2022.",
            dt.date(2025, 12, 31),  # the day before the replacement's start
        ),
        (
            "ENTENTE 2022-2025\nREMPLACÉE PAR L'ENTENTE 2026\n"
            "En vigueur du 1er janvier 2022 au 31 décembre 2025.",
            dt.date(2025, 12, 31),
        ),
        (  # typed in capitals without accents; "to 3 categories" is not the term's end
            "REMPLACEE PAR L'ENTENTE 2026\nRates apply to 3 categories.\n"
            "Term: 1 January 2022 to 31 December 2025.",
            dt.date(2025, 12, 31),
        ),
    ],
)
def test_a_copy_stamped_replaced_at_its_top_ends(opening, end):
    assert stated_end(opening) == end


@pytest.mark.parametrize(
    "opening",
    [
        # a title that names expired things, not a stamp
        "GUIDE TO EXPIRED SCANS\nScans kept from 1 January 2022 to 31 December 2025.",
        # a sentence, not a stamp in capitals
        "Replaced by the 2026 agreement, this copy ran from 1 January 2022 to 31 December 2025.",
        # capitals that name something replaced or expired, or deny it, are no stamp
        "REPLACED PARTS POLICY\nfrom 1 January 2022 to 31 December 2025.",
        "EXPIRED BYLAWS ARCHIVE\nfrom 1 January 2012 to 31 December 2015.",
        "NOT SUPERSEDED - STILL IN FORCE\nfrom 1 January 2022 to 31 December 2027.",
        "FAQ: EXPIRED, LOST OR STOLEN CARDS\nvalid to 28 February 2026.",
        # a stamp further down is not the document's
        "Agreement 2022\nTerm: 2022 to 2025\nArticle 1\nArticle 2\n"
        "SUPERSEDED - SEE ARTICLE 9\nfrom 1 January 2022 to 31 December 2025.",
    ],
)
def test_what_is_no_stamp_ends_nothing(opening):
    assert stated_end(opening) is None


def test_the_agreement_in_force_answers_not_the_stamped_copy(tmp_path, bundled_embedder):
    answerer = answerer_over(
        tmp_path,
        {"typed-2022-2025.txt": TYPED, "agreement-2026.md": AGREEMENT},
        bundled_embedder,
        today=dt.date(2026, 12, 6),
    )
    answer = answerer.ask("multi point harness supplement per flying day?")
    assert answer.grounded
    lead = answer.text.split("\n")[0]
    assert "1,780.00" in lead
    assert "1,520.00" not in answer.text


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("multi point harness supplement per flying day?", {"money", "pct"}),
        ("what's the doubling supplement?", {"money", "pct"}),
        ("travel allowance per island crossing?", {"money"}),
        ("l'indemnité de traversée ?", {"money"}),
        ("le supplément de nuit ?", {"money", "pct"}),
        ("what's the stipend for trainees?", {"money"}),
    ],
)
def test_a_pay_element_asks_for_an_amount(question, kinds):
    assert kinds <= wanted_kinds(question)
