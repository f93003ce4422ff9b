"""Extractive answers, choosing what to quote: sentences and list items, durations, a
section read on into its next chunk, the period of a repeated amount, and a figure asked of
a named union. Each corpus here is indexed once for the module.
"""

from __future__ import annotations

import pytest
from extractive_corpus import answerer_over

from knowledge import Answerer
from knowledge.answering.kinds import wanted_kinds as _wanted_kinds
from knowledge.answering.sentences import sentences as _sentences
from knowledge.answering.unit import LASTING
from knowledge.answering.units import cut as _units
from knowledge.lexical import tokenize
from knowledge.search import Passage
from knowledge.terms import expand
from knowledge.timeframe import question_timeframe

# ---------- choosing what to quote ----------
TIMELINE = """---
title: Strike timeline
kind: summary
language: en
---
# Strike timeline

## The actors' strike

- June 5, 2023: strike authorization results.
- July 14, 2023: the strike starts.
- November 8, 2023: tentative agreement reached.
- November 9, 2023, 12:01 a.m. PT: strike suspended, after 118 days.
"""


def _passage(text: str) -> Passage:
    return Passage("p", "doc.md", "Doc", text, 0, len(text), 1.0, {"heading": "Doc > Section"})


def test_sentences_are_not_cut_after_an_abbreviation() -> None:
    assert _sentences("November 9, 2023, 12:01 a.m. PT: strike suspended. It lasted 118 days.") == [
        "November 9, 2023, 12:01 a.m. PT: strike suspended.",
        "It lasted 118 days.",
    ]
    assert _sentences("Members voted no. The deal failed.") == [
        "Members voted no.",
        "The deal failed.",
    ]
    # "cl." before the clause's number: the sentence goes on
    assert _sentences("The fee of cl. 8.1 is not paid. Next.") == [
        "The fee of cl. 8.1 is not paid.",
        "Next.",
    ]


def test_a_chunk_does_not_end_on_a_line_ending_before_a_number() -> None:
    from knowledge.chunking import chunk_document
    from knowledge.loading import load_bytes

    clause = "8.3 If the client offers another date and the performer accepts it, the fee of cl.\n"
    text = "# Cancellation\n\n" + "Filler sentence of the clause. " * 5 + "\n" + clause
    text += "8.1 is not paid. And more words follow here to fill the line up.\n"
    chunks = chunk_document(load_bytes(text.encode(), "agreement.txt"), 300)
    assert any("the fee of cl.\n8.1 is not paid." in c.text for c in chunks)


def test_list_items_are_units_of_their_own_and_a_leaning_sentence_keeps_its_lead() -> None:
    units = _units(
        [
            _passage(
                "- May 2, 2026: deal announced.\n"
                "- September 27, 2023: the strike order is lifted. Counting to that day, the "
                "strike lasted 148 days.\n"
            )
        ]
    )
    assert [u.text for u in units] == [
        "May 2, 2026: deal announced.",
        "September 27, 2023: the strike order is lifted.",
        "Counting to that day, the strike lasted 148 days.",
    ]
    assert units[2].lead == units[1].text
    assert units[2].display == f"{units[1].text} {units[2].text}"


def test_a_priced_rows_hours_say_what_it_prices_not_how_long() -> None:
    from knowledge import figures
    from knowledge.answering.unit import Unit

    def unit(text: str, row: bool) -> Unit:
        return Unit(0, text, text, row=row, figures=figures.extract(text))

    lasting = {"days", "hours", "weeks"}
    # "how many days do they have to pay me": not a row pricing a 4-hour session
    assert not unit("| W-1 | Writers' room (up to 4 hours) | per half day | £296.00 |", True).gives(
        lasting
    )
    assert unit("| W-1 | Writers' room (up to 4 hours) | £296.00 |", True).gives({"money"})
    # a row that gives a time gives it, and so does a sentence that prices one
    assert unit("| Rest between two calls | 12 hours |", True).gives(lasting)
    assert unit("A session lasts up to four (4) hours and pays $302.", False).gives(lasting)


def test_how_long_asks_for_a_duration_before_dates() -> None:
    assert _wanted_kinds("how long was the strike?") == LASTING
    assert "date" in _wanted_kinds("when did the strike end?")
    # a time limit is a time to keep to: "within 40 days"; a deadline is that or a day
    # ("avant le vendredi 15 janvier 2027")
    assert _wanted_kinds("grievance deadline??") == LASTING | {"date"}
    assert _wanted_kinds("is there a time limit to report it?") == LASTING
    # a premium is an amount or a share: "a night premium of 10% of the hourly rate"
    assert {"money", "pct"} <= _wanted_kinds("night premium for background?")
    assert {"money", "pct"} <= _wanted_kinds("prime de nuit pour les figurants ?")
    # asked for a percentage in so many words: not an amount, though "pay" is said
    assert _wanted_kinds("does the producer pay contributions on it, what %?") == {"pct"}
    assert _wanted_kinds("quel pourcentage paie le producteur ?") == {"pct"}
    assert "money" in _wanted_kinds("my rate after the 3% raise?")  # a figure, not an ask
    assert "money" not in _wanted_kinds("ça peut durer combien de temps ?")  # a duration
    # how soon one is paid is a time, not an amount; a session's maximum length is a duration
    assert _wanted_kinds("how soon after a session do they have to pay me") == LASTING
    assert _wanted_kinds("dans quel délai suis-je payé ?") == LASTING
    assert _wanted_kinds("le prod a combien de temps pour me payer ?") == LASTING
    # when one is paid is a time too; what one is paid when something happens is an amount
    assert "money" not in _wanted_kinds("when do we get paid for a session now?")
    assert "money" not in _wanted_kinds("quand est-ce qu'on est payé pour une séance ?")
    assert "money" in _wanted_kinds("what do i get paid when i do a recall")
    assert "money" in _wanted_kinds("how much do we get paid when we work OT")
    assert "money" in _wanted_kinds("When I work overnight, what am I paid?")
    assert "money" in _wanted_kinds("when doing stunts what do I get paid?")
    # how far ahead one is told is a time
    assert _wanted_kinds("combien d'avance y doivent m'avertir pour un scan?") == LASTING
    assert "money" not in _wanted_kinds("how far in advance do they tell me about a scan?")
    # "combien d'heures" asks for hours, elided or not; "par jour" then counts them
    assert _wanted_kinds("il peut bosser combien d'heures max par jour ?") == LASTING
    # a figure the question ends on, to be confirmed, says what kind is asked for
    assert "days" in _wanted_kinds("suppression des scans, c'est toujours 180 jours?")
    assert "hours" in _wanted_kinds("is the notice still 48 hrs rn?")
    assert _wanted_kinds("what is the rate for 2027?") == {"money"}  # a year is no kind
    # a time of day: "what hours", "when is the clinic" (its day and its hours)
    assert "clock" in _wanted_kinds("legal clinic?? what hours")
    assert {"date", "clock"} <= _wanted_kinds("when is the union's AI clinic?")
    assert "clock" in _wanted_kinds("la clinique c'est à quelle heure ?")
    assert "clock" not in _wanted_kinds("how many hours of rest between calls?")
    # a penalty is an amount, beside the hours asked for
    assert "money" in _wanted_kinds("au bout de combien d'heures, et c'est quoi la pénalité")
    assert _wanted_kinds("combien pour un scan?") == {"money"}
    # a cue is a word, not part of one: "generated" asks no rate, "devoted" no vote
    assert _wanted_kinds("can a studio use an ai generated actor instead of us?") == set()
    assert _wanted_kinds("a devoted fan asked, is coffee separate?") == set()
    assert _wanted_kinds("whats the day rate and the payment delay?") >= {"money"}
    assert "money" in _wanted_kinds("what are the union scales for dancers?")
    assert _wanted_kinds("how long does the producer have to pay me?") == LASTING
    assert _wanted_kinds("vocally stressful sessions, whats the max length?") == LASTING
    assert "money" in _wanted_kinds("how soon do i get paid and how much is the fee?")
    # what a member makes, earns or gets is an amount
    assert "money" in _wanted_kinds("10 hr day, what do i make total with 2 hrs of OT?")
    assert "money" in _wanted_kinds("je touche combien pour une journée ?")
    # an amount for each unit of time; "how many hours per day" asks a duration
    assert "money" in _wanted_kinds("what is the OT per hour this year?")
    assert "money" in _wanted_kinds("temps supp à l'heure pour un figurant ?")
    assert "money" not in _wanted_kinds("how many hours per day can a stand-in work?")
    # a limit on a count for each unit of time: "max matches a week" is not an amount
    assert "money" not in _wanted_kinds("whats the max matches a week for wrestlers")
    assert "money" not in _wanted_kinds("maximum number of takes a day?")
    assert "money" in _wanted_kinds("what is the max pay a week")
    assert "money" in _wanted_kinds("max fees a week?")
    assert "money" in _wanted_kinds("whats the max this month per day")
    # a choice of figures offered asks for a figure of their kind
    assert "hours" in _wanted_kinds("does OT kick in after 9 hrs or 10?")
    assert "money" in _wanted_kinds("is the scan fee $200 or $300?")
    assert not _wanted_kinds("is it clause 1 or 2 that applies?")


def test_glossary_alternatives_each_translate() -> None:
    assert {"rate"} <= set(expand(["tarif"]))  # "taux|tarif": either one alone
    assert "plan" in expand(tokenize(["régime"])[0])  # "le régime or": the Gold Plan
    assert {"compound"} <= set(expand(tokenize(["cumulé"])[0]))  # tokens are unaccented
    assert "stand" not in expand(tokenize(["lumière"])[0])  # a phrase needs all its words
    # an English question about what only a French FAQ says ("ateliers de doublage")
    assert set(tokenize(["ateliers"])[0]) <= set(expand(tokenize(["dubbing workshops"])[0]))


@pytest.fixture(scope="module")
def timeline_answerer(tmp_path_factory: pytest.TempPathFactory, embeddings) -> Answerer:
    root = tmp_path_factory.mktemp("timeline")
    return answerer_over(root, {"timeline.md": TIMELINE}, embeddings)


def test_how_long_quotes_the_duration_whole(timeline_answerer: Answerer) -> None:
    answer = timeline_answerer.ask("how long was the actors strike in 2023?")
    assert "12:01 a.m. PT: strike suspended, after 118 days." in answer.text


RATIFIED = """---
title: The 2026 agreement
kind: contract
language: en
effective_from: 2026-07-01
effective_to: 2030-06-30
---
# The 2026 agreement

## Term and status

The 2026 agreement between the union and the studios is the contract in force now. It runs
four years, from July 1, 2026 to June 30, 2030. It replaced the 2023 contracts, which
expired on June 30, 2026.

## How it was reached and ratified

- February 2026: talks with the studios begin, and after about five weeks they pause so the
  studios can bargain with the writers first, which they do over most of March and April.
- April 27, 2026: talks resume at the studios' offices, with the union's full committee.
- May 2, 2026: a tentative agreement is announced late at night by both sides.
- May 8, 2026: the National Board sends the tentative agreement to members with a
  recommendation to vote for it, after a long debate about the AI terms of the deal.
- Early June 2026: members ratify it, 91.42% voting yes, with a turnout of 19.25%.

## Stand-in rates

| Category | Rate | Effective from | Effective to | Status |
|---|---|---|---|---|
| Stand-in, per 8-hour day | $243 | 2023-11-09 | 2024-06-30 | superseded |
| Stand-in, per 8-hour day | $253 | 2024-07-01 | 2025-06-30 | superseded |

The $243 and $253 figures come from a stand-ins' newsletter that worked them out from the draft 2023 agreement.
"""


@pytest.fixture(scope="module")
def ratified_answerer(tmp_path_factory: pytest.TempPathFactory, embeddings) -> Answerer:
    root = tmp_path_factory.mktemp("ratified")
    return answerer_over(root, {"agreement.md": RATIFIED}, embeddings, chunk_chars=400)


def test_the_answer_reads_on_into_the_next_chunk_of_a_section(ratified_answerer) -> None:
    question = "the talks that began in february 2026 and paused for the writers: what percentage approved the result?"
    engine = ratified_answerer.engine
    opening = engine.search(question, k=1)[0]
    following = engine.following(opening)
    assert following is not None and "91.42%" in following.text  # the section spans two chunks
    assert "91.42%" not in opening.text
    # Only the opening is retrieved; the answer still reads on to the vote.
    assert "91.42%" in ratified_answerer.ask(question, k=1).text


def test_when_the_current_contract_ends_is_the_span_in_force_today(ratified_answerer) -> None:
    for question in ("when does the current contract end?", "le contrat actuel se termine quand ?"):
        answer = ratified_answerer.ask(question)
        assert "June 30, 2030" in answer.text.splitlines()[0], question  # the first line answers


def test_a_section_ends_where_its_heading_changes(ratified_answerer) -> None:
    engine = ratified_answerer.engine
    chunks = engine.passages_of("agreement.md")
    last_of_section = max(
        (c for c in chunks if c.heading.endswith("ratified")), key=lambda c: c.start
    )
    assert engine.following(last_of_section) is None


def test_a_sentence_repeating_dated_amounts_takes_their_period(ratified_answerer) -> None:
    answer = ratified_answerer.ask("where do the $243 and $253 stand-in figures come from?")
    line = next(line for line in answer.text.splitlines() if "newsletter" in line)
    assert "superseded; in force 2023-11-09 → 2025-06-30" in line


UNIONS = {
    "writers.md": """---
title: WGA AI terms
kind: contract
language: en
---
# WGA AI terms

## Writing credit and pay

Under the WGA contract, AI is not a writer, and material it produces is not literary
material. A company cannot hand a writer an AI-generated draft and pay only a rewrite fee:
the writer is paid for the work the writer actually does, at the contract's minimums.
""",
    "standins.md": """---
title: SAG-AFTRA stand-in rates
kind: rates
language: en
---
# SAG-AFTRA stand-in rates

| Category | Rate |
|---|---|
| SAG-AFTRA stand-in, per 8-hour day | $262 |
""",
    "meals.md": """---
title: Meal breaks
kind: contract
language: en
---
# Meal breaks

A meal penalty of $32 is paid for the first half hour by which a meal break is late.
The SAG-AFTRA stand-in day rate and the meal penalty if lunch is late are both paid.
""",
}


@pytest.fixture(scope="module")
def unions_answerer(tmp_path_factory: pytest.TempPathFactory, embeddings) -> Answerer:
    return answerer_over(tmp_path_factory.mktemp("unions"), UNIONS, embeddings)


def test_a_figure_asked_of_a_named_union_must_be_one_its_passages_give(unions_answerer) -> None:
    minimum = unions_answerer.ask("what's the WGA minimum pay for writing a feature film?")
    assert minimum.kind == "not_found"  # WGA pay is mentioned, but no WGA figure is given
    credit = unions_answerer.ask("can AI be credited as a writer under the WGA contract?")
    assert credit.kind != "not_found" and "not a writer" in credit.text
    rate = unions_answerer.ask("what's the SAG-AFTRA stand-in day rate?")
    assert rate.kind != "not_found" and "$262" in rate.text


def test_an_ask_that_names_nothing_is_answered_from_any_document(unions_answerer) -> None:
    # The first ask names the union; the second does not, and its answer is in a document
    # that never names it.
    answer = unions_answerer.ask(
        "what's the SAG-AFTRA stand-in day rate? and what is the meal penalty when lunch is late?"
    )
    assert "$262" in answer.text and "$32" in answer.text
    assert {s.source for s in answer.sources} >= {"standins.md", "meals.md"}


def test_with_several_asks_each_unit_answers_one_of_them(unions_answerer) -> None:
    # Not the whole question, which would hide an ask's best answer among the others.
    from knowledge.answering.asks import asks

    question = (
        "what's the SAG-AFTRA stand-in day rate? and what's the meal penalty if lunch is late?"
    )
    separate = asks(question)
    assert len(separate) == 2
    engine = unions_answerer.engine
    passages = [p for s in ("standins.md", "meals.md") for p in engine.passages_of(s)]
    frame = question_timeframe(question, unions_answerer.today())
    units = unions_answerer.scorer.score(
        question, passages, frame, [0] * len(passages), "en", separate
    )
    by_figure = {f.text: u.ask for u in units for f in u.figures}
    assert by_figure["$262"] == 1 and by_figure["$32"] == 2
    # a sentence with words of both asks is still the answer to one of them
    both = next(u for u in units if u.text.startswith("The SAG-AFTRA stand-in day rate and"))
    assert both.ask in (1, 2)


def test_a_later_sentence_does_not_answer_with_its_paragraphs_first_words(
    tmp_path, bundled_embedder
) -> None:
    # The second sentence is not shown with the first; the first's words ("notice",
    # "body") are not its own, so the sentence that says them answers.
    news = (
        "# Deal ratified\n\n## Scans\n\nA producer must give at least 72 hours' notice before a"
        " body or voice scan. Background performers cannot be required to agree to a scan to"
        " get hired.\n"
    )
    answerer = answerer_over(tmp_path, {"news.md": news}, bundled_embedder)
    question = "how much notice before a body scan?"
    passages = answerer.engine.passages_of("news.md")
    frame = question_timeframe(question, answerer.today())
    units = answerer.scorer.score(question, passages, frame, [0] * len(passages), "en", [])
    notice = next(u for u in units if u.text.startswith("A producer must give"))
    later = next(u for u in units if u.text.startswith("Background performers"))
    assert later.lead == notice.text and not later.display.startswith(later.lead)
    assert later.coverage < notice.coverage  # "notice", "body": at most part credit
    assert "72 hours' notice" in answerer.ask(question).text.splitlines()[0]


def test_a_heading_read_off_a_plain_text_line_is_not_quoted() -> None:
    # a PDF's clause heading is a line of plain text; the chunker takes it as the heading
    text = (
        "17. Synthetic models and digital twins\n"
        "17.1 No digital twin is made without the model's written consent.\n"
        "17.2 Consent is not a condition of booking."
    )
    heading = "17. Synthetic models and digital twins > 17.1 No digital twin is made…"
    passage = Passage("p", "a.pdf", "Agreement", text, 0, len(text), 1.0, {"heading": heading})
    shown = [u.text for u in _units([passage])]
    assert shown == [
        "17.1 No digital twin is made without the model's written consent.",
        "17.2 Consent is not a condition of booking.",
    ]
    # a short clause standing in for its own heading is its text, not a title
    clause = "17.2 Consent is not a condition of booking."
    alone = Passage("q", "a.pdf", "Agreement", clause, 0, len(clause), 1.0, {"heading": clause})
    assert [u.text for u in _units([alone])] == [clause]
    # a narrow column wraps a clause's first line: the next line carries it on in lower
    # case, so the line is the clause's text, though the chunker took it as a heading
    wrapped = "§ 11.1 A member may refuse a\nbody-metrics overlay on their image."
    heading = "§ 11 Overlays > § 11.1 A member may refuse a"
    column = Passage("c", "a.pdf", "Agreement", wrapped, 0, len(wrapped), 1.0, {"heading": heading})
    assert [u.text for u in _units([column])] == [
        "§ 11.1 A member may refuse a body-metrics overlay on their image."
    ]
    # … or in figures: "within" / "3 working days"
    within = "§ 14.3 The company opens an inquiry within\n3 working days of a complaint."
    held = Passage("w", "a.pdf", "Agreement", within, 0, len(within), 1.0, {"heading": heading})
    held.metadata["heading"] = "§ 14 Inquiries > § 14.3 The company opens an inquiry within"
    assert [u.text for u in _units([held])] == [" ".join(within.split())]
    # a clause opened by "§" after a full stop is a sentence of its own
    from knowledge.answering.sentences import sentences

    assert sentences("The fee is paid per month of use. § 14.2.3 No more than 60 minutes.") == [
        "The fee is paid per month of use.",
        "§ 14.2.3 No more than 60 minutes.",
    ]


def test_a_unit_giving_a_time_of_day_gives_what_when_asks() -> None:
    text = "La clinique a lieu le deuxième mercredi du mois, de 18 h à 20 h."
    passage = Passage("p", "faq.md", "FAQ", text, 0, len(text), 1.0, {"heading": "FAQ"})
    unit = _units([passage])[0]
    from knowledge import figures

    unit.kinds = {f.kind for f in figures.extract(unit.text)}
    assert unit.gives({"clock"})
