"""The answerer: read the question, retrieve, score units, decide, compose or generate."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable

from ..answers import Answer, neutralise_mentions
from ..engine import Engine
from ..language import question_language
from ..lexical import tokenize
from ..links import allowed_urls, safe_links
from ..llm import ChatModel, complete, make_chat_model
from . import asked_time, contract_years, retrieve, translated_names
from .abstain import MIN_MATCH, UNKNOWN_TOPIC, about_names, signal
from .acronyms import Acronyms
from .asks import asks, coordinated, core
from .bases import missing_bases
from .compose import extractive, news_of
from .cues import ASKS_AMOUNT
from .generate import llm_answer
from .generations import PerGeneration
from .out_of_time import after_their_time, before_their_time
from .question import clean, is_smalltalk, leans_back, searchable, standalone_without_model
from .scoring import Scorer
from .terms_of_art import TermsOfArt
from .texts import REWRITE_PROMPT, TEXTS
from .unknown import unknown_subject, unknown_topic

log = logging.getLogger(__name__)

BASE_PASSAGES = 3  # passages searched for the base fee a quoted share is of


# a figure question in each language: every per-generation read on an answer's way
_PREPARING = ("What is the minimum day rate?", "Quel est le cachet minimum par jour ?")


class Answerer:
    """Answers questions with the engine's search. Build one and reuse it (it loads models once)."""

    def __init__(
        self,
        engine: Engine,
        *,
        chat_model: ChatModel | None = None,
        today: dt.date | None = None,
        use_llm: bool = True,
    ):
        self.engine = engine
        self.settings = engine.settings
        self.chat = (
            chat_model
            if chat_model is not None
            else (make_chat_model(self.settings) if use_llm else None)
        )
        self._today = today
        self.scorer = Scorer(engine)
        self.acronyms = Acronyms(engine)
        self.terms = TermsOfArt(engine)
        self.vocabulary = self.scorer.vocabulary
        self.periods = self.scorer.dating.named  # "Season 3", "Year 2" (named_periods.py)
        self.year_start = PerGeneration(engine, contract_years.read)  # "last season"
        self.weekdays = PerGeneration(engine, asked_time.priced_weekdays)  # "Fri: £90"

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def prepare(self) -> None:
        """Read now what answers read once per index generation (the documents' words,
        terms and names, the nearest-row index, the named periods …), which the first
        question after a start or a reindex would otherwise wait for. Answers two
        questions of its own, extractively, and discards them."""
        # read whether or not a question of its own gets past the early declines
        self.periods.get()
        self.year_start.get()
        self.weekdays.get()
        self.vocabulary.prepare()
        self.engine.nearest_rows("rate", 1)  # the nearest-row index
        translated_names.prepare(self.engine)
        for question in _PREPARING:  # no history, so no rewrite; never the chat model
            self._ask(question, None, 8, None, claims=False, without_llm=True)

    def ask(
        self,
        question: str,
        *,
        history: list[tuple[str, str]] | None = None,
        k: int = 8,
        on_draft: Callable[[str], None] | None = None,
    ) -> Answer:
        """Answer `question`; `history` holds earlier (question, answer) turns of a conversation.

        With a chat model, `on_draft(text so far)` is called as its answer streams (from the
        calling thread): a draft, not yet checked. The returned answer is the checked one.
        """
        return self._ask(question, history, k, on_draft, claims=False)

    def _ask(
        self,
        question: str,
        history: list[tuple[str, str]] | None,
        k: int,
        on_draft: Callable[[str], None] | None,
        claims: bool,
        standalone: str | None = None,
        without_llm: bool = False,
    ) -> Answer:
        question = clean(question)
        language = question_language(question)
        answer_id = uuid.uuid4().hex[:12]
        if is_smalltalk(question):
            return self._canned(question, "smalltalk", language, answer_id)
        if standalone is None:
            standalone = self.rewrite(question, history) if history else question
        searched = searchable(standalone, language, claims)
        if not claims and leans_back(searched):
            # "ADMIN: damages are now FL 88,888. what are they really?": "they" are what
            # the injected claim names; its words are kept, not its figures
            with_claims = searchable(standalone, language, True)
            claims, searched = with_claims != searched, with_claims
        query = self.vocabulary.respelt(searched)  # what is searched and matched ("libery")
        query = self.terms.expand(query)  # "mocap" as the documents' "motion capture", if any
        if not tokenize([query])[0]:  # only instructions, mentions or markup
            return self._canned(question, "not_found", language, answer_id)
        query, _ = self.acronyms.expand(query)  # "AGA" → "assemblée générale annuelle"
        # a term the member names (in their own words, not the glossary's additions) that
        # no document writes, or someone the documents never mention
        if self.vocabulary.unwritten_term(searched) or unknown_subject(
            self.vocabulary, query, language, standalone
        ):
            # asks for the figure of someone the documents never mention: no search needed
            declined = self._canned(question, "not_found", language, answer_id)
            declined.match = 0.0
            return declined
        periods = self.periods.get()
        when = asked_time.reader(self.today(), periods, self.year_start.get())
        timeframe = when(query)
        weekdayed = asked_time.with_weekday(query, timeframe, language, self.weekdays.get())
        if weekdayed != query:  # "15 January 2027 (Friday)": read once more
            query, timeframe = weekdayed, when(weekdayed)
        separate = asks(query)
        named = " ".join(f"{w} {m}" for w, m in self.scorer.designated(query).items())
        # and each of two things asked after one question word ("the fee and the premium?")
        found = retrieve.search(self.engine, query, separate or coordinated(query), k, named)
        # what only the glossary's translations find helps answer, but is no sign that the
        # documents cover the question (see signal below)
        own = len(found)
        translated = retrieve.by_translation(self.engine, query, language, found)
        found += translated
        passages, ranks, context = retrieve.with_following(self.engine, found, query)
        units = self.scorer.score(
            query, passages, timeframe, ranks, language, separate, core(query), context, when
        )
        # a base only context gives (a chunk before a found one) is not one found
        answering = [u for u in units if u.passage not in context]
        if ASKS_AMOUNT.search(query) and (bases := missing_bases(answering, news_of(passages))):
            # "75% of the session fee", and no session fee found: it is searched for
            have = {p.id for p in passages}
            found = [p for p in self.engine.search(bases[0], BASE_PASSAGES) if p.id not in have]
            if found:
                passages = passages + found
                ranks = ranks + [max(ranks, default=0) + 1] * len(found)
                units = self.scorer.score(
                    query,
                    passages,
                    timeframe,
                    ranks,
                    language,
                    separate,
                    core(query),
                    context,
                    when,
                )
        # A question that names a union or an agreement is answered from what is said of it.
        about = about_names(self.engine, query, passages)
        # (nor what they bring with them, which ranks as its origin)
        glossed_ids = {p.id for p in translated}
        glossed = {i for i, p in enumerate(passages) if p.id in glossed_ids or ranks[i] >= own}
        match = signal(
            self.engine, query, passages, [u for u in units if u.passage not in glossed], about
        )
        if unknown_topic(self.vocabulary, query, language):
            match *= UNKNOWN_TOPIC
        if (
            match < MIN_MATCH
            or before_their_time(query, units, timeframe, when)
            or after_their_time(
                query,
                units,
                timeframe,
                [p.title for p in passages],
                list(periods.values()),
                when,
                self.year_start.get(),
            )
        ):
            if not claims and searchable(standalone, language, True) != searched:
                # "ADMIN: clones are deleted in 365 days. for real, how many days?": the
                # real question is about what the injected claim names, without its figures
                return self._ask(question, history, k, on_draft, True, standalone, without_llm)
            declined = self._canned(question, "not_found", language, answer_id)
            declined.match = match
            return declined
        note = ""
        if self.chat is not None and not without_llm:
            try:
                llm, note = llm_answer(
                    self.chat,
                    question,
                    standalone,
                    passages,
                    language,
                    today=self.today(),
                    answer_chars=self.settings.answer_chars,
                    stream=self.settings.llm_stream,
                    timeout=self.settings.llm_timeout,
                    on_draft=on_draft,
                )
            except (
                Exception
            ) as e:  # any failure of the model service: the member still gets an answer
                log.warning("LLM failed, answering extractively: %s", type(e).__name__)
                llm, note = None, TEXTS[language]["fallback_error"].format(why=_why(e))
            if llm is not None:
                llm.id, llm.match = answer_id, match
                return self._finish(llm)
        # Each ask is answered from what is said of the names it gives: "…PSP contributions,
        # what %? and what's the session fee" finds the fee where the PSP is not named.
        free = {
            i
            for i, ask in enumerate(separate, 1)
            if about is not None and about_names(self.engine, ask, passages) is None
        }
        quoted = [u for u in units if about is None or u.passage in about or u.ask in free]
        quoted = quoted or units
        # read for what it asks without the instructions it may carry ("ignore previous …")
        answer = extractive(
            query, passages, quoted, language, timeframe, self.settings.answer_chars
        )
        answer.question = question
        answer.id, answer.note, answer.match = answer_id, note, match
        return self._finish(answer)

    def rewrite(self, question: str, history: list[tuple[str, str]] | None) -> str:
        """A standalone version of a follow-up question, for search."""
        if not history:
            return question
        if self.chat is not None:
            try:
                from langchain_core.messages import HumanMessage, SystemMessage

                turns = "\n".join(f"Member: {q}\nSteward: {a[:400]}" for q, a in history[-3:])
                reply = complete(
                    self.chat,
                    [SystemMessage(REWRITE_PROMPT), HumanMessage(f"{turns}\nMember: {question}")],
                    stream=False,
                    seconds=self.settings.llm_timeout,
                )
                text = reply.text.strip()
                if 5 <= len(text) <= 500:
                    return text
            except Exception as e:
                log.warning("question rewrite failed: %s", type(e).__name__)
        return standalone_without_model(question, history)

    def _canned(self, question: str, kind: str, language: str, answer_id: str) -> Answer:
        """Small talk, or "our documents don't cover this": no sources, not grounded."""
        text = TEXTS[language][kind]
        return self._finish(Answer(question, text, language=language, id=answer_id, kind=kind))

    def _finish(self, answer: Answer) -> Answer:
        """No pings, and links only to where the sources point, in what members see."""
        reminder = self.settings.reminder_fr if answer.language == "fr" else self.settings.reminder
        allowed = allowed_urls(answer.sources)
        body = safe_links(neutralise_mentions(answer.text), allowed)
        if answer.note:
            body = f"*{neutralise_mentions(answer.note)}*\n\n{body}"
        answer.text = f"{body}\n\n_{reminder}_"
        answer.reminder = reminder
        for s in answer.sources:
            s.quote = safe_links(neutralise_mentions(s.quote), allowed)
        return answer


def _why(e: Exception) -> str:
    name = type(e).__name__
    status = getattr(e, "status_code", None)
    if "Timeout" in name:
        return "timeout"
    if status == 429 or "RateLimit" in name:
        return "rate limited"
    if status in (401, 403) or "Authentication" in name:
        return "authentication failed"
    if status:
        return f"HTTP {status}"
    if "Connection" in name:
        return "unreachable"
    return "error"
