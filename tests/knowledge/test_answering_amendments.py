"""A clause that a newer document replaces in so many words ("Section 14.3 … is deleted
and replaced"), from the day that document applies, and only then."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.amended import amended_clauses
from knowledge.answering.cues import ASKS_CHANGE
from knowledge.loading.document import clean_metadata
from knowledge.structure import clause_at
from knowledge.timeframe import question_timeframe

AGREEMENT = """# Screen Agreement 2025-2028

Signed on 1 July 2025.

## Article 14 — Digital replicas

14.2 *Consent.* A replica is made only with the performer's written consent.

14.3 *Notice before a scan.* The producer gives the performer notice of any scan not less
than forty-eight (48) hours before it begins, stating its purpose.

14.4 *Scan pay.* Time spent being scanned is work time, paid at the performer's rate.
"""

LETTER = """LETTER OF UNDERSTANDING No. 3
Screen Agreement 2025-2028 (the "Agreement")

APPLIES FROM: {day}

PART 1. NOTICE BEFORE A SCAN

1.1  Section 14.3 of the Agreement is deleted and replaced, from the date above, by
     the following:

     "14.3 Notice before a scan. The producer gives the performer notice of any
     scan not less than three (3) business days before it begins, stating its
     purpose."
"""


def _answerer(tmp_path, embedder, applies: str):
    documents = {"agreement.md": AGREEMENT, "letter.txt": LETTER.format(day=applies)}
    return answerer_over(tmp_path, documents, embedder)


def test_the_clauses_a_text_says_it_replaces_are_read():
    assert amended_clauses(LETTER) == ["14.3"]
    assert amended_clauses("In Article 16.4, the scan fee of $85 is replaced by $110.") == ["16.4"]
    assert amended_clauses("L'article 5.2 de l'Entente est remplacé par ce qui suit.") == ["5.2"]
    # naming a clause is not amending it
    assert amended_clauses("The parties may reopen the minimums listed in Article 3.5.") == []
    assert amended_clauses("Section 4.1 applies. The fee is replaced by a grant.") == []
    # the verb must belong to the reference
    mentions = "Under Section 14.3, a scan session that is replaced by a rest day is paid."
    assert amended_clauses(mentions) == []
    assert amended_clauses("Nothing in Section 14.3 is amended by this letter.") == []
    assert amended_clauses("Article 14.3 may only be amended by written agreement.") == []
    assert amended_clauses("Sections 8.3 and 8.4 are hereby amended as follows.") == [
        "8.3",
        "8.4",
    ]
    # "substitute X for Y": the clause after "for" is replaced
    substituted = "From 1 October 2026 the parties substitute the following for the text of Article 8.2 of the Agreement:"
    assert amended_clauses(substituted) == ["8.2"]
    assert amended_clauses("An understudy may substitute for a performer under Article 8.2.") == []
    # the parties' own verb: "agree to replace", "conviennent de remplacer"
    agreed = (
        "Les parties conviennent de remplacer le § 18.1 de la convention, à compter du 1.10.2026"
    )
    assert amended_clauses(agreed) == ["18.1"]
    assert amended_clauses("The parties agree to replace Sections 6.1 and 6.2 from 1 May.") == [
        "6.1",
        "6.2",
    ]
    assert amended_clauses("Les parties conviennent de confirmer le § 17.2 sans changement.") == []
    assert amended_clauses("The producer may replace Section 4.2 props at its own cost.") == []
    assert amended_clauses("The parties agree to amend Article 12.3 should the law change.") == []
    assert amended_clauses("In 2019 the parties agreed to replace Section 5.1 with a text.") == []


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "1.1 L'article 17.6 de l'Accord, qui permettait d'entraîner un modèle sans "
            "cachet, est abrogé à compter du 1er novembre 2026.",
            ["17.6"],
        ),
        ("Section 14.3 of the Agreement is deleted.", ["14.3"]),
        ("Article 9.1 (scans), which set a 48-hour notice, is struck out as of 1 March.", ["9.1"]),
        ("Les articles 4.1 et 4.2 sont supprimés.", ["4.1", "4.2"]),
        ("Section 14.3 shall be deleted in its entirety.", ["14.3"]),
        ("Section 14.3 will be repealed as of 1 May 2027.", ["14.3"]),
        ("L'article 14.3 sera abrogé le 1er mai 2027.", ["14.3"]),
        # what is made under a clause, or said of it, is not the clause deleted
        ("Footage covered by Section 4.2 is deleted after 90 days.", []),
        ("Footage covered by Section 4.2 is deleted.", []),
        ("Any replica created under Section 17.6 is deleted from all systems in 30 days.", []),
        ("Recordings made under Article 9.1 are deleted on request.", []),
        ("If Section 14.3 is deleted from the Agreement, the parties shall meet.", []),
        ("The premium set out in Section 5.2 is deleted.", []),
        ("La prime prévue à l'article 5.2 est supprimée.", []),
        ("Les enregistrements faits en vertu de l'article 4.2 sont supprimés dès la fin.", []),
        ("Section 14.3 is not deleted.", []),
        ("L'article 5.2 n'est pas abrogé.", []),
    ],
)
def test_a_clause_deleted_without_replacement_is_amended(text, clauses):
    assert amended_clauses(text) == clauses


SUBSTITUTING = """LETTER OF AGREEMENT No. 2
Screen Agreement 2025-2028 (the "Agreement")

With effect from {day}, the parties substitute the following for the text of Section 14.3
of the Agreement:

"14.3 Notice before a scan. The producer gives the performer notice of any scan not less
than three (3) business days before it begins, stating its purpose."

All other terms of the Agreement remain as they were.
"""


def test_a_clause_the_parties_substitute_a_text_for_is_replaced(tmp_path, bundled_embedder):
    documents = {
        "agreement.md": AGREEMENT,
        "letter.txt": SUBSTITUTING.format(day="15 October 2026"),
    }
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    answer = answerer.ask("how much notice before a scan?")
    assert "three (3) business days" in answer.text
    assert "forty-eight" not in answer.text


def test_a_sentence_is_in_the_clause_last_opened_before_it():
    at = AGREEMENT.index("stating its purpose")
    assert clause_at(AGREEMENT, at) == "14.3"
    assert clause_at(AGREEMENT, AGREEMENT.index("Signed")) is None


def test_a_replaced_clause_gives_way_to_its_replacement_once_it_applies(tmp_path, bundled_embedder):
    answerer = _answerer(tmp_path, bundled_embedder, "15 October 2026")
    answer = answerer.ask("how much notice before a scan? my agent says 48 hrs")
    assert "three (3) business days" in answer.text.splitlines()[0]
    assert "forty-eight" not in answer.text  # replaced, and not asked about the change
    # asked about what it was, the replaced clause is shown, labelled
    before = answerer.ask("how did the notice before a scan change?")
    lines = [line for line in before.text.splitlines() if "forty-eight" in line]
    assert lines and all("superseded" in line for line in lines)


def test_a_replacement_that_does_not_yet_apply_replaces_nothing(tmp_path, bundled_embedder):
    answerer = _answerer(tmp_path, bundled_embedder, "15 March 2027")
    answer = answerer.ask("how much notice before a scan?")
    assert "forty-eight (48) hours" in answer.text
    assert "superseded" not in answer.text


def test_an_amendment_is_dated_by_the_day_it_applies_from(tmp_path, bundled_embedder):
    answerer = _answerer(tmp_path, bundled_embedder, "15 October 2026")
    engine = answerer.engine
    passage = engine.passages_of("letter.txt")[0]
    day = answerer.scorer.dating.start(engine.searcher().generation.name, passage)
    assert day == dt.date(2026, 10, 15)


def test_a_signed_and_dated_report_is_news_whatever_its_file_is_called():
    meta = {"published": "2025-07-03", "byline": "A Reporter", "title": "Deal approved"}
    assert clean_metadata(meta, "text", 0, "ledger-contract-approved.md")["kind"] == "article"
    assert clean_metadata({"title": "x"}, "text", 0, "agreement.md")["kind"] == "contract"


@pytest.mark.parametrize(
    ("question", "asks_change"),
    [
        ("how much notice before scanning me?", False),
        ("how many hours before a scan?", False),
        ("combien d'heures avant un scan ?", False),
        ("what was the rate before?", True),
        ("how much was it before the memorandum?", True),
        ("my session got cancelled the night before, do i get paid?", False),
        ("they told me the day before the shoot", False),
    ],
)
def test_before_asks_about_the_past_only_when_it_is_not_a_time_of_day(question, asks_change):
    assert bool(ASKS_CHANGE.search(question)) is asks_change


RATES = """# Screen Agreement 2025-2028

Signed on 1 July 2025.

## Appendix A — Minimums

| Category | Unit | From | To | Minimum |
|---|---|---|---|---|
| Stand-in / Photo Double | per day (8 h) | 2026-07-01 | 2027-06-30 | $236 |
| Stand-in / Photo Double | per day (8 h) | 2027-07-01 | 2028-06-30 | $245 |
"""

RATE_LETTER = """LETTER OF UNDERSTANDING No. 3 to the Screen Agreement 2025-2028

Signed on {signed}.

1.1  The following rows replace those of Appendix A:

| Category | Period | New | Former |
|---|---|---|---|
| Stand-in / Photo Double, per day | 2027-07-01 to 2028-06-30 | $258 | $245 |
"""


def test_a_later_documents_figure_for_the_same_period_replaces_it_before_it_applies(
    tmp_path, bundled_embedder
):
    documents = {"agreement.md": RATES, "letter.txt": RATE_LETTER.format(signed="19 June 2026")}
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    answer = answerer.ask("stand-in day rate from july 2027?")
    assert "$258" in answer.text.splitlines()[0]
    assert "$245" not in answer.text  # it never applied


def test_an_earlier_documents_figure_for_the_same_period_replaces_nothing(
    tmp_path, bundled_embedder
):
    documents = {"agreement.md": RATES, "letter.txt": RATE_LETTER.format(signed="3 March 2025")}
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    passages = answerer.engine.passages_of("agreement.md")
    passages += answerer.engine.passages_of("letter.txt")
    question = "stand-in day rate from july 2027?"
    frame = question_timeframe(question, answerer.today())
    units = answerer.scorer.score(question, passages, frame, [0] * len(passages), "en", [])
    agreement_row = next(u for u in units if "$245" in u.text and "|" in u.text[:2])
    assert not agreement_row.replaced and not agreement_row.void


SCHEDULE = """# Schedule 1: minimum fees

Signed on 2 February 2026.

| Category | Unit | Until 31 Dec 2026 | From 1 Jan 2027 |
|---|---|---|---|
| Background Performer | Day (8 hours) | $214.00 | $222.00 |
| Stage Performer | Performance week | $1,290.00 | $1,330.00 |
"""

MOA = """MEMORANDUM OF AGREEMENT No. 1

In force from 1 October 2026.

B1. The following rows of Schedule 1 are replaced. The former figures are shown in
brackets.

| Row | 1 Oct - 31 Dec 2026 | 2027 |
|---|---|---|
| Background Performer, day (8 hours) | $226.00 ($214.00) | $234.00 ($222.00) |

B2. In words: from 1 October 2026 the Background Performer day fee is $226.00 (it was
$214.00).
"""


def test_a_span_whose_first_day_leaves_its_year_to_the_last_is_read_whole():
    from knowledge.answering.periods import header_period

    period = header_period("1 Oct - 31 Dec 2026")
    assert period is not None
    assert (period.start, period.end) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    period = header_period("1 March to 28 February 2027")
    assert period is not None and period.start == dt.date(2026, 3, 1)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("du 1er juin au 31 août 2026, le cachet est de G 2 750", "2026-06-01", "2026-08-31"),
        ("from 1 June to 31 August 2026, the fee is $2,750", "2026-06-01", "2026-08-31"),
        ("June 1 – August 31, 2026: $2,750 a show", "2026-06-01", "2026-08-31"),
        ("from 1 December to 31 January 2027: $40 a day", "2026-12-01", "2027-01-31"),
        ("from 16 August to 15 August 2027: $40 a day", "2026-08-16", "2027-08-15"),
        ("June 1-August 31, 2026: $2,750 a show", "2026-06-01", "2026-08-31"),
    ],
)
def test_a_sentences_first_day_leaves_its_year_to_the_last(text, start, end):
    from knowledge.stated_periods import text_period

    period = text_period(text, {})
    assert period is not None
    assert (period.start, period.end) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


def test_a_figure_until_a_date_is_replaced_by_a_memorandums_from_its_own_date(
    tmp_path, bundled_embedder
):
    documents = {"schedule.md": SCHEDULE, "moa.md": MOA}
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    answer = answerer.ask("bg day rate rn??")
    assert "$226.00" in answer.text.splitlines()[0]
    assert "$214" not in answer.text  # replaced, and shown in brackets as the former
    asked = answerer.ask("what was the bg day rate before the memorandum?")
    assert "$214" in asked.text


GAME_AGREEMENT = """# Video Game Agreement 2024-2027

Signed on 1 March 2024.

14.3 *Notice before a scan.* The producer gives the performer notice of any scan not less
than seventy-two (72) hours before it begins.
"""


def test_a_letter_replaces_the_clause_of_the_agreement_it_names_only(tmp_path, bundled_embedder):
    documents = {
        "agreement.md": AGREEMENT,
        "game.md": GAME_AGREEMENT,
        "letter.txt": LETTER.format(day="15 October 2026"),
    }
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    engine = answerer.engine
    passages = engine.passages_of("game.md")
    question = "how much notice before a scan under the video game agreement?"
    frame = question_timeframe(question, answerer.today())
    units = answerer.scorer.score(question, passages, frame, [0] * len(passages), "en", [])
    game = next(u for u in units if "seventy-two" in u.text)
    assert not game.replaced  # the letter names the Screen Agreement
    passages = engine.passages_of("agreement.md")
    units = answerer.scorer.score(question, passages, frame, [0] * len(passages), "en", [])
    assert next(u for u in units if "forty-eight" in u.text).replaced


def test_a_clause_cited_by_its_parenthesised_number_is_the_one_replaced():
    # "clause 17(4)" cites the clause its agreement prints as "Cl. 17.4"; the parties' own
    # verb replaces it ("Les parties remplacent", "The parties replace")
    notice = "Les parties remplacent la clause 17(4) de la convention, à compter du 15 octobre 2026"
    assert amended_clauses(notice) == ["17.4"]
    assert amended_clauses("The parties hereby replace clause 9(2) from 1 May 2027.") == ["9.2"]
    assert amended_clauses("Section 14.3(b) of the Agreement is deleted and replaced") == ["14.3"]
    assert amended_clauses("The parties replace clause 9(2) if the law changes.") == []
    # every clause of a list; a condition in the text put in its place is not the parties'
    listed = "The parties replace clauses 12.1, 12.2 and 12.3 from 1 May 2027."
    assert amended_clauses(listed) == ["12.1", "12.2", "12.3"]
    quoted = "Les parties remplacent la clause 17(4) par ce qui suit : « Si un concert a lieu »"
    assert amended_clauses(quoted) == ["17.4"]
    assert amended_clauses("The premium of clause 9(2) is paid weekly.") == []
    agreement = "Cl. 17.3 Consent is written.\nCl. 17.4 The producer gives 60 days' notice."
    assert clause_at(agreement, agreement.index("60 days")) == "17.4"
    assert clause_at(agreement, agreement.index("Consent")) == "17.3"
    # an abbreviated clause word before "of the Agreement" cites the clause, opens none
    cited = "Art. 17.4 of the Agreement is replaced as follows.\nThe producer gives 90 days."
    assert clause_at(cited, cited.index("90 days")) is None
    french = "4.1 Des pauses sont accordées toutes les deux heures."  # opens clause 4.1
    assert clause_at(french, french.index("pauses")) == "4.1"


CLAUSES = """# Concert Agreement 2025-2028

In force from 1 April 2025.

## Clause 17 – Avatar concerts

Cl. 17.1 A performer's digital double appears on stage only with written consent.
Cl. 17.4 The producer gives the Guild at least 60 days' notice before the first avatar
concert of a tour.
"""

AVIS = """# Avis conjoint 2026-05

Les parties remplacent la clause 17(4) de la convention, à compter du 15 octobre 2026, par
le texte suivant : « Le producteur donne à la Guilde un préavis d'au moins 90 jours avant
le premier concert d'avatar d'une tournée. »
"""


def test_a_french_notice_replaces_the_english_clause_it_cites(tmp_path, bundled_embedder):
    documents = {"agreement.md": CLAUSES, "avis.md": AVIS}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 6))
    answer = answerer.ask("how much notice before an avatar concert now?")
    assert "90 jours" in answer.text.splitlines()[0]
    assert "60 days" not in answer.text


def test_a_replaced_term_is_answered_by_the_sentence_giving_a_like_figure():
    from knowledge.answering.amendments import most_like
    from knowledge.answering.unit import Unit

    def unit(text: str) -> Unit:
        return Unit(0, text, text)

    old = unit("11.6 Retention and deletion of voice models, scans and training data: 180 days.")
    opening = unit(
        "15.8 Retention and deletion: voice models, scans and training data of the voice "
        "are kept only for the period of the consent or licence."
    )
    figure = unit("They are deleted within ninety (90) days after that period ends.")
    assert most_like(old, [opening, figure]) is figure
    # no option gives a like figure: the words decide
    plain = unit("11.6 Retention of voice models and training data.")
    assert most_like(plain, [opening, figure]) is opening
