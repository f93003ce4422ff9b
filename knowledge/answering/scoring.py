"""Score the units of the retrieved passages for a question, with no embedding but its own.

A unit's score adds how well it matches (dense similarity of its precomputed
vectors to the question's, and the share of the question's words, weighted by
rarity in the corpus, that it contains) and what it earns besides: its passage's
search rank, giving the kind of figure asked for, and a period that fits the date
asked about. A unit that hardly matches earns its bonuses only in part, so a
well-placed figure on another subject does not outrank the one asked about.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from ..engine import Engine
from ..lexical import tokenize
from ..search import Passage
from ..stated_periods import text_period
from ..timeframe import Timeframe, question_timeframe
from . import (
    ages,
    amendments,
    conditions,
    designators,
    halves,
    pay_periods,
    pointed,
    ranges,
    ratified,
    recency,
    referred,
    row_codes,
    rows,
    seasons,
    supersession,
    term_days,
)
from .asked_language import asked_language
from .asked_time import When, ask_frames
from .asks import rate_tokens
from .cues import ASKS_PAST, ASKS_PROPOSAL, WANTS_DATE
from .dating import Dating
from .generations import PerGeneration
from .in_force import stand_in
from .kinds import multiple_tokens, wanted_kinds
from .matching import Matcher, claimed_numbers, coverage, matcher, other_kind
from .periods import fit
from .successors import continued_by, kept_successors, lift_found, preceded_by
from .units import Unit, cut
from .vocabulary import Vocabulary

UNIT_DENSE = 1.0
UNIT_COVERAGE = 1.2
UNIT_PRIOR = 0.4
KIND_BONUS = 0.4
CROSS_LINGUAL = 1.0  # coverage estimated from similarity for a unit in another language
# or from its share of the question's words as translated (Matcher.translated), at less
# than full weight: fitted on the fifteen development sets (0.7 to 0.85 gain two or three
# figures and lose none; 0.92 and 1.0 trade figures between sets)
TRANSLATED = 0.8
LABEL_FIT = 0.6  # for a row label's share of words the question has, below the best row's
BONUS_GATE = 0.6  # a unit matching under this share of the best match earns part of its bonus
# A news report of the terms ranks below the terms themselves: an agreement's clause or a
# rate sheet's row answers before the article that restates it (often an older version).
NEWS = 0.9
# less for a count asked for, and no amount: a vote's count is what only the news
# reports, no restatement of the terms
NEWS_OWN = 0.45
WORDING = 0.4  # a passage in the language whose wording the question asks for (asked_language.py)
PROPOSED = 0.9  # a figure one side asked for or offered, when the question is not about that
DESIGNATOR = 0.3  # "Band 1" asked: the row of Band 1, not of Band 3 (designators.py)
HALF = 0.3  # "a day of role-play": the "Per day" row, not the half-day's (halves.py)
BRACKET = 0.2  # "cancelled 15 hrs before": "less than 24 hours", not "24 to 72" (conditions.py)


def news_penalty(unit: Unit, asked: set[str]) -> float:
    """What a news report's unit loses against the terms' documents: less for a count
    asked for and no amount ("731 voix contre 88"), which only the news reports, than for
    an amount (a report's "about $1,500" is the terms' $1,480 restated, rounded)."""
    counted = "number" in asked and "number" in unit.kinds and not unit.figures
    return NEWS_OWN if counted else NEWS


# what "how long", "how much" ask: a kind of figure, no word of an ask's own
_MEASURES = frozenset(t for w in tokenize(["long much many soon often far"]) for t in w)


def _distinct_words(matchers: list[Matcher]) -> list[frozenset[str]]:
    """Per ask, the tokens of the words no other ask has, and their glossary translations
    (the shared scene, "comité mixte : …", is each ask's and tells none apart)."""
    out = []
    for i, m in enumerate(matchers):
        others = {t for j, o in enumerate(matchers) if j != i for t in o.weights}
        own = [t for t in m.weights if t not in others and t not in _MEASURES]
        out.append(frozenset(own).union(*(m.glossed.get(t, frozenset()) for t in own)))
    return out


def _sections(passages: list[Passage]) -> list[str]:
    """Each passage's heading path without the document's title it may start with (as
    the title, or as a first heading that mostly repeats it)."""
    firsts = [p.heading.partition(" > ")[0] for p in passages]
    tokens = tokenize(firsts + [p.title for p in passages])  # one call
    out = []
    for i, p in enumerate(passages):
        a, b = set(tokens[i]), set(tokens[len(passages) + i])
        similar = bool(a) and len(a & b) / len(a | b) >= 0.5
        out.append(p.heading.partition(" > ")[2] if similar else p.heading)
    return out


class Scorer:
    """Scores units against a question. One per answerer; thread-safe."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.dating = Dating(engine)
        self._former = rows.FormerFigures(engine)
        self.vocabulary = Vocabulary(engine)
        # the designators the documents define by a number of seats, a budget or a count
        self._ranges = PerGeneration(engine, lambda g: ranges.read([r.text for r in g.records]))
        self._term_sources = PerGeneration(engine, term_days.sources)

    def designated(self, question: str) -> dict[str, str]:
        """The designators whose ranges hold a number the question gives (ranges.py)."""
        return ranges.designated(question, self._ranges.get())

    def dense(self, questions: list[str], units: list[Unit]) -> np.ndarray:
        """Per question and unit, the best cosine similarity of the unit's precomputed
        vectors to the question's."""
        generation = self.engine.searcher().generation
        store = self.engine.store
        qv = np.asarray([store.embed_query(q) for q in questions], dtype=np.float32)
        qv /= np.maximum(np.linalg.norm(qv, axis=1, keepdims=True), 1e-12)
        texts = [t for u in units for t in u.vector_texts]
        if generation.units is None:  # a generation built in memory without its cache
            from ..unit_vectors import build

            generation.units = build(texts, store.embeddings)
        sims = generation.units.matrix(texts) @ qv.T  # texts × questions
        out = np.empty((len(questions), len(units)), dtype=np.float32)
        i = 0
        for n, u in enumerate(units):
            k = len(u.vector_texts)
            out[:, n] = sims[i : i + k].max(axis=0)
            i += k
        return out

    def score(
        self,
        question: str,
        passages: list[Passage],
        timeframe: Timeframe,
        ranks: list[int] | None = None,
        language: str = "",
        asks: list[str] | None = None,
        core: str | None = None,
        context: frozenset[int] = frozenset(),
        when: When | None = None,
    ) -> list[Unit]:
        """Score the units of `passages`; a question that asks several things (`asks`, see
        asks.asks) is matched by each unit against whichever of them it answers best.
        A question with asides around what it asks is also matched without them (`core`,
        see asks.core): `Unit.core_match`, for deciding to answer only. The passages
        in `context` (a found chunk's earlier chunk in its section) are scored like the
        others but do not move the scale the others are scored on (how recent, how well
        matched the best is). Each ask that names a time of its own (`when`, see
        asked_time.py) is fitted with it. A row replaced
        by another document's row that the search missed, or a clause replaced in so many
        words, brings its replacement: its passage is appended to `passages`, and its rank
        to `ranks`."""
        units = cut(passages)
        if not units:
            return units
        questions = [question, *(asks or [])]
        n_asks = len(questions)  # the core, last, is matched but answers no ask of its own
        if core:
            questions.append(core)
        index = self.engine.searcher().generation.chunk_index
        lexicon = self.engine.searcher().lexicon
        # per question: the weights of its words, and their translations
        matchers = [matcher(q, language, self.vocabulary, index, lexicon) for q in questions]
        # the words that name the figure asked ("rate", "multiplier"), found in a unit that
        # gives a figure of the kind asked
        asked_for = (rate_tokens() | multiple_tokens()) & {t for m in matchers for t in m.weights}
        asked_kinds = [wanted_kinds(q) for q in questions]  # what each ask wants
        distinct = _distinct_words(matchers[1:n_asks])  # each ask's words, no other ask's
        wanted = wanted_kinds(question)
        asks_proposal = bool(ASKS_PROPOSAL.search(question))
        generation = self.engine.searcher().generation.name
        for u in units:
            self.dating.date(u, passages[u.passage], generation)

        def start(p: Passage) -> dt.date | None:  # when a document took effect
            return self.dating.start(generation, p)

        def wrote(p: Passage) -> dt.date | None:  # when it was written
            return self.dating.written(generation, p)

        # A clause a newer document replaced in so many words, and that document's text.
        amending = amendments.apply(
            self.engine,
            units,
            passages,
            ranks,
            timeframe.today,
            start,
            wrote,
            self.dating.withdrawn(),
        )
        # and a term an ended document says a clause replaced ("replaced (Art. 10.1)")
        amending += pointed.apply(
            self.engine, units, passages, ranks, timeframe.today, start, wrote
        )
        # and the day of a ratification a term takes effect on ("on ratification")
        amending += ratified.apply(self.engine, units, passages, ranks)
        # and the payroll's calendar, asked which pay period such a term starts in
        amending += pay_periods.apply(self.engine, question, units, passages, ranks)
        # and the calendar line dating a term asked about ("when does the spring term start")
        terms, dated_in = self.dating.named.get(), self._term_sources.get()
        amending += term_days.apply(self.engine, question, units, passages, ranks, terms, dated_in)
        # and the sentence defining the code of a row's season ("T2 rate": which days)
        amending += seasons.bring_defining(
            self.engine, units, passages, ranks, self.dating.seasons.get()
        )
        for u in amending:
            self.dating.date(u, passages[u.passage], generation)
        units += amending
        # Other documents' rows for the same items are read for supersession only: a
        # letter's new minimum replaces the agreement's row though the search missed it.
        on = timeframe.period.start or timeframe.period.end or timeframe.today  # the day asked
        extra, extra_units = rows.like_rows(
            self.engine, question, passages, units, self._former, on
        )
        for u in extra_units:
            self.dating.date(u, extra[u.passage - len(passages)], generation)
        # which of two documents came first, for any figure (undated ones are placed by it)
        written = {p.source: day for p in passages + extra if (day := wrote(p)) is not None}
        asked = timeframe.period.end if timeframe.explicit else None
        supersession.apply(units, passages + extra, timeframe.today, written, extra_units, asked)
        continued = continued_by(units, extra_units, passages + extra, on)
        last = timeframe.period.end if timeframe.explicit else None  # "in 2026": its end
        preceding = preceded_by(units, extra_units, passages + extra, on, last)
        units += rows.replacing(units, passages, ranks, extra, preceding)
        # a rate of the season the day asked is not in ("normal season" in December)
        seasons.fit(question, units, timeframe, self.dating.seasons.get())
        dense = self.dense(questions, units)
        bonus = []  # what a unit earns besides its match: rank, figure kind, period
        # one tokenizer call: each unit's section, lead and text, then each passage's title
        sections = _sections(passages)
        # A sentence shown with its paragraph's first one ("It can be paid in three
        # instalments" after "The fee is $950") has that one's words; another later
        # sentence shares them as every unit of a document shares its title: half.
        shown_lead = [bool(u.lead) and u.display.startswith(u.lead) for u in units]
        texts = [  # a row read with its column headers ("Rate: $262")
            f"{sections[u.passage]} {u.lead if shown else ''} {u.display if u.row else u.text}"
            for u, shown in zip(units, shown_lead, strict=True)
        ]
        leads = [
            u.lead if u.lead and not shown else ""
            for u, shown in zip(units, shown_lead, strict=True)
        ]
        tokens = tokenize(texts + [p.title for p in passages] + leads)
        titles = [frozenset(t) for t in tokens[len(units) : len(units) + len(passages)]]
        lead_tokens = tokens[len(units) + len(passages) :]
        label_fits = rows.label_fits(
            self.engine, units, passages, [(m.weights, m.expanded) for m in matchers], language
        )
        # "une salle de 400 places": Category III, where the documents define it so
        designated = {
            **self.designated(question),
            **designators.asked(question),
        }
        other_designated: set[int] = set()  # rows for another band, tier or category
        when = when or (lambda text: question_timeframe(text, timeframe.today))
        frames = ask_frames(questions[1:n_asks], timeframe, when)
        # a bracket's siblings: in its passage, or, for table rows, any row (a long table
        # is cut into several passages; a memorandum's row raises one band of a schedule's)
        groups = [-1 if u.row else u.passage for u in units]
        brackets = conditions.fits(conditions.case(question), [u.text for u in units], groups)
        # "my daughter is 9": the row "Age bracket: 6–11", read with its column headers
        aged = conditions.fits(ages.stated(question), texts, groups, ages.fit)
        # a sentence naming a row by its code ("the amount in row B-5 is replaced by
        # $9.12") is for that row's band, tier or category
        coded: dict[str, str] = {}
        if designated:
            for u in units:
                for code in row_codes.own_code(u):
                    coded[code] = f"{coded.get(code, '')} {u.text}"
        claimed = claimed_numbers(question)
        halved = halves.asked(question)
        # "sous l'ancien accord, c'était combien ?": a figure whose period ended is asked for
        past_asked = bool(ASKS_PAST.search(question))
        worded_in = asked_language(question)  # "the exact French wording of …"
        for n, (u, found) in enumerate(zip(units, tokens[: len(units)], strict=True)):
            p = passages[u.passage]
            title, lead = titles[u.passage], frozenset(lead_tokens[n])
            if u.gives(wanted):  # "the day rate": a unit giving an amount answers "rate"
                found = [*found, *asked_for]
            # The question's words cannot be found in another language: the multilingual
            # similarity stands in for them (a glossary only helps).
            other_language = language and p.metadata.get("language") not in (None, "", language)
            tops = []  # per question: match, similarity, coverage, which question
            found_set = set(found) - other_kind(claimed, u)
            for j, (sims, m) in enumerate(zip(dense, matchers, strict=True)):
                d, cover = float(sims[n]), coverage(m, found_set, title, lead)
                if other_language:
                    cover = max(cover, CROSS_LINGUAL * d, TRANSLATED * m.translated(found_set))
                tops.append((d + cover, d, cover, -j))
            if core:  # matched without its asides: for deciding to answer, not for ranking
                u.core_match = tops.pop()[0]
            if other_language:  # its words translated, for deciding to answer only
                u.cross_match = tops[0][1] + matchers[0].translated(found_set)
            _, d, u.coverage, _ = max(tops)  # ties: the whole question
            # It answers the ask it matches best: the whole question only when it asks one
            # thing, else an ask's best answer may be taken for the whole question's.
            u.ask = -max(tops[1:n_asks] or tops[:1])[3]
            u.own_words = bool(u.ask and distinct[u.ask - 1] & found_set)
            u.match = d + u.coverage
            u.score = UNIT_DENSE * d + UNIT_COVERAGE * u.coverage + LABEL_FIT * label_fits[n]
            named = [] if u.row or not coded else row_codes.named_codes(f"{u.lead} {u.text}")
            designation = designators.fit(
                designated, " ".join([texts[n], *(coded.get(c, "") for c in named)])
            )
            u.score += DESIGNATOR * designation + BRACKET * (brackets[n] + aged[n])
            u.score += HALF * halves.fit(halved, texts[n])  # "a day", not "the half-day"
            if designation < 0:
                other_designated.add(id(u))

            earned = UNIT_PRIOR / (1 + (ranks[u.passage] if ranks else u.passage))
            if u.gives(asked_kinds[u.ask] or wanted):
                earned += KIND_BONUS
            elif u.has_date and WANTS_DATE.search(question):
                earned += KIND_BONUS / 2  # "how long": a duration first, else the dates
            if worded_in and p.metadata.get("language") == worded_in:
                earned += WORDING
            u.superseded = (
                u.superseded
                or u.labelled_past
                or bool(u.period and u.period.ended_before(timeframe.today))
            )
            if u.period is not None:
                frame = frames.get(u.ask, timeframe)  # "the rate rn, and from january?"
                share = fit(u.period, frame)
                fits = share > 0 and not (frame.is_now and u.labelled_past)
                if fits:
                    earned += (0.4 if frame.explicit else 0.2) * share
                elif frame.explicit or (u.superseded and not past_asked):
                    u.score -= 0.3
            elif timeframe.explicit and timeframe.is_now and u.has_date:
                # "the current contract ends when?": a sentence whose own dates span today
                # ("from July 1, 2026 to June 30, 2030") speaks of what is in force.
                own = text_period(u.text, {})
                if own is not None and own.start and own.end and own.contains(timeframe.today):
                    earned += 0.4
            if p.metadata.get("kind") == "article":
                u.score -= news_penalty(u, asked_kinds[u.ask] or wanted)
            if (u.proposed and not asks_proposal) or u.asked:  # asked for, not agreed
                u.score -= PROPOSED
            bonus.append(earned)
        if timeframe.is_now:  # the most recent period begun (recency.py)
            bonus = [
                b + r
                for b, r in zip(
                    bonus, recency.bonuses(units, timeframe.today, context), strict=True
                )
            ]
        best = max(
            (u.match for u in units if u.passage not in context),
            default=max(u.match for u in units),
        )
        for u, earned in zip(units, bonus, strict=True):
            u.score += earned * min(1.0, u.match / (BONUS_GATE * best)) if best > 0 else earned
        units = kept_successors(continued, units, best)
        lift_found(units, continued, UNIT_COVERAGE, preceding)
        referred.rows_named(units, best, timeframe)
        term_days.lift(question, units, terms)
        seasons.lift(units, self.dating.seasons.get())  # "T2 rate": the days of T2
        stand_in([u for u in units if id(u) not in other_designated], units, timeframe)
        return units
