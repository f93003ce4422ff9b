"""Textual amendments: "for the words “within 30 days” substitute “within 14 days”" replaces
the words it strikes out, from the day the amending text takes effect, and leaves the
rest of the clause in force (substitutions.py, answering/amendments.py, former.py)."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

from knowledge.amended import amended_clauses
from knowledge.substitutions import as_read, struck_from, struck_out, substituted

AGREEMENT = """# Organists' Agreement 2026-2029

Signed on 16 July 2026; in force from 30 August 2026.

## Article 13 – Consent

13.2 A member's playing may be captured only with a separate written consent for each use.
Form RC-5 withdraws a consent; the vendor then deletes the capture and everything made from
it within 30 days.

## Schedule A – Rates

| Row | Item | 2026-27 | 2027-28 |
|---|---|---|---|
| F4 | Accompanist royalty, a parish, a month | $540.00 | $560.00 |
| F5 | Synthetic choir, a service | $120.00 | $125.00 |
"""

AMENDMENT = """# Amendment No. 1 to the Organists' Agreement 2026-2029

Adopted on 18 November 2026; in force on 1 December 2026.

1. In Schedule A, row F4 (accompanist royalty, a parish, a month), for the figures
“$540.00 | $560.00” substitute “$610.00 | $630.00”.

2. In clause 13.2, for the words “within 30 days” substitute “within 14 days”. The new
delay applies to every Form RC-5 received on or after 1 December 2026.
"""


def _answerer(tmp_path, embedder):
    documents = {"agreement.md": AGREEMENT, "amendment.md": AMENDMENT}
    return answerer_over(tmp_path, documents, embedder, dt.date(2026, 12, 8))


def test_the_words_and_figures_an_amendment_strikes_out_are_read():
    assert struck_out("In clause 13.2, for the words “within 30 days” substitute “14 days”.") == [
        "“within 30 days”"
    ]
    assert struck_out("for the figures $540.00 | $560.00 substitute $610.00 | $630.00") == [
        "$540.00 | $560.00"
    ]
    assert struck_out("Substitute “14 days” for “30 days” in clause 4.") == ["“30 days”"]
    assert struck_out("À l'article 13.2, remplacer « 30 jours » par « 14 jours ».") == [
        "« 30 jours »"
    ]
    assert struck_out("Les mots « 30 jours » sont remplacés par « 14 jours ».") == ["« 30 jours »"]
    # a stand-in substitutes for someone; nothing is struck out without quotes, or without
    # "the words" and a figure
    assert struck_out("Stand-ins paid for the day substitute for absent leads.") == []
    assert struck_out("for the day, substitute a rest day") == []
    assert struck_out("Paid for 3 hours, substitute choristers receive $50.00 a service.") == []
    # nor does prose citing a clause amend it
    assert amended_clauses("In clause 4.2, substitute organists are treated as deputies.") == []
    assert amended_clauses("In clause 8.3, for the amounts set out below, see Schedule A.") == []
    assert amended_clauses("In § 8.3, for the figures $540.00 substitute $610.00.") == ["8.3"]


def test_each_sentence_of_a_clause_reads_as_amended_on_its_own():
    amending = "Clause 13.2 is amended. For the words “30 days” substitute “14 days”."
    first = "The vendor deletes the capture within 30 days."
    second = "An archive copy is also deleted within 30 days of a request."
    assert substituted(first, amending, "13.2") == "The vendor deletes the capture within 14 days."
    assert substituted(second, amending, "13.2") == (
        "An archive copy is also deleted within 14 days of a request."
    )
    assert substituted(first, amending, "13.3") is None
    assert struck_from(amending, "13.2") == ["30 days"]


def test_an_amending_sentence_is_shown_as_what_to_read():
    assert as_read("In clause 13.2, for the words “within 30 days” substitute “14 days”.") == (
        "In clause 13.2, read “14 days”."
    )
    assert as_read("À l'article 5, remplacer « 30 jours » par « 14 jours ».") == (
        "À l'article 5, lire « 14 jours »."
    )


def test_words_an_amendment_substitutes_replace_the_clauses_figure_from_its_day(
    tmp_path, bundled_embedder
):
    answerer = _answerer(tmp_path, bundled_embedder)
    answer = answerer.ask("after I withdraw consent, within how many days must the vendor delete?")
    first = answer.text.splitlines()[0]
    # the clause's sentence as the amendment makes it read, cited to the amendment
    assert "the vendor then deletes the capture and everything made from it within 14 days" in first
    assert "within 30 days" not in first and "substitute" not in first


def test_figures_an_amendment_substitutes_in_a_row_replace_that_row(tmp_path, bundled_embedder):
    answerer = _answerer(tmp_path, bundled_embedder)
    answer = answerer.ask("what is the accompanist royalty a parish pays a month now?")
    assert "$610.00" in answer.text.splitlines()[0]
    assert "$540.00" not in answer.text  # struck out, and not shown as in force
    # the row the amendment leaves alone stays in force
    other = answerer.ask("what is the synthetic choir fee a service?")
    assert "$120.00" in other.text.splitlines()[0]


def test_an_amendment_in_part_leaves_the_clauses_other_sentences_in_force(
    tmp_path, bundled_embedder
):
    answerer = _answerer(tmp_path, bundled_embedder)
    answer = answerer.ask("can my playing be captured without a separate written consent?")
    first = answer.text.splitlines()[0]
    assert "separate written consent" in first
    assert "superseded" not in first and "no longer" not in first
