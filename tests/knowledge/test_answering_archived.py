"""A document that says it has ended (an expired agreement's summary) is quoted only when
the question asks about the past: beside a rule in force it would only set the old terms
next to the ones that apply (answering/compose.py). A figure whose period merely ended,
in a document that does not say so, stays."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

AGREEMENT = """# Studio Performers Agreement 2025-2028

In force from 1 May 2025 to 30 April 2028.

7.1 Work beyond eight (8) hours in a day is overtime.

7.2 A meal break of at least forty-five (45) minutes is given no later than five (5) hours
after the call.

7.3 Each half hour or part of a half hour of delay costs the producer a meal penalty of
$35.00.
"""

SUMMARY = """# Summary of the Studio Agreement 2021-2025

This agreement expired on 30 April 2025 and was replaced by the Studio Performers
Agreement 2025-2028. Kept for reference only.

- Meal break within six (6) hours of the call; meal penalty $25.00 per half hour.
- Overtime after nine (9) hours in a day.
"""

TODAY = dt.date(2026, 12, 3)


def test_an_expired_summary_is_left_out_beside_the_rule_in_force(tmp_path, bundled_embedder):
    documents = {"agreement.md": AGREEMENT, "summary-2021-2025.md": SUMMARY}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, today=TODAY)
    answer = answerer.ask("meal break, after how many hours, and whats the meal penalty?")
    assert "$35.00" in answer.text
    assert "$25.00" not in answer.text and "six (6) hours" not in answer.text
    # asked about the old agreement, it answers from it
    old = answerer.ask("what was the meal penalty per half hour under the previous agreement?")
    assert "$25.00" in old.text


RATES_2023 = """# Rate sheet 2023-2026

| Item | Amount | Effective period |
|---|---|---|
| Pilot episode fee, half-hour series | $37,500 | 2023-11-09 to 2026-06-30 |
"""

GLOSSARY = """# Glossary

Pilot: the first episode of a series, made to sell it. Its fees are set in the rate sheet
for each agreement, and a new agreement may leave them as they were.
"""


def test_a_figure_whose_period_merely_ended_stays(tmp_path, bundled_embedder):
    documents = {"rates-2023-2026.md": RATES_2023, "glossary.md": GLOSSARY}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, today=TODAY)
    answer = answerer.ask("pilot episode fee for a half hour series, how much now?")
    assert "$37,500" in answer.text


DELETION = """# Studio Performers Agreement 2025-2028

In force from 1 May 2025 to 30 April 2028.

12.4 The producer deletes the scans and digital replicas of a performer within thirty (30)
days after the end of post-production, and confirms the deletion in writing.

12.5 A performer may withdraw consent for future uses on written notice.
"""

OLD_RULES = """# Summary of the Studio Agreement 2021-2025

This agreement between the union and the producers ran from 1 May 2021 and expired on
30 April 2025.

- Producers kept scans and replicas for twelve (12) months after the release of the
  production before deleting them.
- Overtime began after nine (9) hours in a day.
"""


def test_a_member_checking_an_old_term_gets_the_term_in_force(tmp_path, bundled_embedder):
    documents = {"agreement.md": DELETION, "summary-2021-2025.md": OLD_RULES}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, today=TODAY)
    # names the old term and the past ("my old contract"), but asks whether it still holds
    for question in (
        "my old contract said producers delete scans and replicas 12 months after the "
        "release, still the case?",
        "avant les producteurs effaçaient les scans 12 mois après la sortie, c'est encore ça ?",
    ):
        answer = answerer.ask(question)
        assert "thirty (30)" in answer.text, question
        assert "twelve (12)" not in answer.text, question
    # asked how it changed, the old term is part of the answer
    changed = answerer.ask(
        "how did the time to delete scans and replicas after release change from the old agreement?"
    )
    assert "twelve (12)" in changed.text


KEPT_SUMMARY = """# Summary of the Studio Agreement 2021-2025

This agreement expired on 30 April 2025 and was replaced by the Studio Performers
Agreement 2025-2028. Kept for reference only.

- Meal break within six (6) hours of the call; meal penalty $25.00 per half hour.
- Long-service supplement: a performer with ten (10) years of engagements with the same
  producer received a supplement of five per cent (5%) on all fees. Still in force: Art.
  19.3 of the 2025-2028 agreement keeps it for those who had the ten years on 30 April 2025.
"""


def test_a_term_the_expired_summary_says_is_still_in_force_is_not_over(tmp_path, bundled_embedder):
    documents = {"agreement.md": AGREEMENT, "summary-2021-2025.md": KEPT_SUMMARY}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, today=TODAY)
    answer = answerer.ask("the 10-year long-service supplement died with the old deal, true?")
    first = answer.text.splitlines()[0]
    assert "5%" in first
    assert "superseded" not in first
    # its other lines are still over
    penalty = answerer.ask("meal penalty per half hour rn?")
    assert "$35.00" in penalty.text and "$25.00" not in penalty.text


NUMBERED_SUMMARY = """# Summary of the Studio Agreement 2021-2025

This agreement expired on 30 April 2025 and was replaced by the Studio Performers
Agreement 2025-2028. Kept for reference only.

1. Meal break within six (6) hours of the call; meal penalty $25.00 per half hour.
2. The meal penalty does not remain in force after 30 April 2025.
3. Long-service supplement of five per cent (5%): still in force under Art. 19.3.
"""


def test_one_numbered_item_in_force_leaves_the_others_over(tmp_path, bundled_embedder):
    documents = {"agreement.md": AGREEMENT, "summary-2021-2025.md": NUMBERED_SUMMARY}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, today=TODAY)
    penalty = answerer.ask("meal penalty per half hour rn?")
    assert "$35.00" in penalty.text and "$25.00" not in penalty.text


SECTIONED_SUMMARY = """# Summary of the Studio Agreement 2021-2025

> This agreement expired on 30 April 2025 and was replaced by the Studio Performers
> Agreement 2025-2028. Kept for reference only.

## Meals

Meal break within six (6) hours of the call; meal penalty $25.00 per half hour.

## Article 19 – long-service supplement (still in force)

> 19.1 A performer with ten (10) years of engagements with the same producer is paid a
> supplement of five per cent (5%) on all fees.
"""


def test_a_section_whose_heading_says_it_is_still_in_force_is_not_over(tmp_path, bundled_embedder):
    documents = {"agreement.md": AGREEMENT, "summary-2021-2025.md": SECTIONED_SUMMARY}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, today=TODAY)
    answer = answerer.ask("the 10-year long-service supplement died with the old deal, true?")
    first = answer.text.splitlines()[0]
    assert "5%" in first and "superseded" not in first
    assert "> " not in first  # the blockquote's markers are not quoted
    penalty = answerer.ask("meal penalty per half hour rn?")  # the other sections are over
    assert "$35.00" in penalty.text and "$25.00" not in penalty.text


TABLED_SUMMARY = """# Summary of the Studio Agreement 2021-2025

This agreement expired on 30 April 2025 and was replaced by the Studio Performers
Agreement 2025-2028. Kept for reference only.

| Subject | Studio Agreement 2021-2025 (expired) | Status since 1 May 2025 |
|---|---|---|
| Meal penalty | $25.00 per half hour | replaced (Art. 7.2) |
| Long-service supplement | 5% on all fees after ten (10) years | **still in force** (Art. 19.3) |

## Long-service supplement – the one term still in force

A performer with ten (10) years of engagements with the same producer receives a
long-service supplement of five per cent (5%) on all fees.
"""


def test_a_row_whose_status_cell_says_still_in_force_is_not_over_nor_its_prose(
    tmp_path, bundled_embedder
):
    # the row's figure is in the expired agreement's column, and the sentence gives the
    # same figure: neither is dated by that column's end
    documents = {"agreement.md": AGREEMENT, "summary-2021-2025.md": TABLED_SUMMARY}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, today=TODAY)
    answer = answerer.ask("the 10-year long-service supplement died with the old deal, true?")
    assert "5%" in answer.text.splitlines()[0]
    assert "superseded" not in answer.text
    penalty = answerer.ask("meal penalty per half hour rn?")  # the other row is over
    assert "$35.00" in penalty.text and "$25.00" not in penalty.text


POINTING_SUMMARY = """# Summary of the Studio Agreement 2021-2025

This agreement expired on 30 April 2025 and was replaced by the Studio Performers
Agreement 2025-2028. Kept for reference only.

| Subject | Studio Agreement 2021-2025 (expired) | Status since 1 May 2025 |
|---|---|---|
| Payment of fees | fees paid within thirty (30) days of the session | replaced (Art. 8.1) |
| Long-service supplement | 5% on all fees | no longer paid |
"""

PAYING_AGREEMENT = """# Studio Performers Agreement 2025-2028

In force from 1 May 2025 to 30 April 2028.

7.1 Work beyond eight (8) hours in a day is overtime.

8.1 Each week of work is settled no later than fifteen (15) days after it ends.

8.2 A late payment bears interest at one per cent (1%) a month.
"""


def test_the_clause_an_expired_row_says_replaced_it_answers_for_it():
    from knowledge.answering import pointed
    from knowledge.answering.units import cut
    from knowledge.search import Passage

    old = Passage("old", "summary-2021-2025.md", "Summary", POINTING_SUMMARY, 0, 0, 0.0)
    clause = PAYING_AGREEMENT.split("\n\n")[3]  # "8.1 Each week of work is settled …"
    new = Passage("new", "agreement.md", "Agreement", clause, 0, 0, 0.0)

    class Engine:
        def clause_chunks(self, number: str, source: str) -> list[Passage]:
            return [new] if number == "8.1" and source != "agreement.md" else []

    units = cut([old])
    for u in units:
        u.archived = dt.date(2025, 4, 30)  # its document has ended
    passages = [old]
    added = pointed.apply(
        Engine(),  # type: ignore[arg-type]
        units,
        passages,
        [0],
        TODAY,
        lambda p: dt.date(2025, 5, 1) if p.source == "agreement.md" else None,
        lambda p: None,
    )
    payment = next(u for u in units if "Payment of fees" in u.display and "thirty" in u.display)
    assert payment.replaced and payment.replaced_by is not None
    assert payment.replaced_by.text.startswith("8.1")
    assert passages[-1] is new and [u.text[:3] for u in added] == ["8.1"]
    supplement = next(u for u in units if "Long-service" in u.display)
    assert not supplement.replaced  # "no longer paid" points to no clause
    # a unit of a document in force is not read: "see Art. 8.1" there is a reference
    units = cut([old])
    assert pointed.apply(Engine(), units, [old], [0], TODAY, lambda p: None, lambda p: None) == []  # type: ignore[arg-type]
    assert not any(u.replaced for u in units)


def test_a_pointer_is_read_only_in_a_document_that_has_ended():
    from knowledge.answering.pointed import _POINTER

    assert _POINTER.search("| Payment of fees | within 30 days | replaced (Art. 8.1) |")[1] == "8.1"
    assert _POINTER.search("remplacée par l'art. 10.1 de la Convention")[1] == "10.1"
    assert _POINTER.search("superseded by Clause 7.2")[1] == "7.2"
    assert _POINTER.search("see Art. 8.1 for the payment of fees") is None
