"""The answerer: read the question, retrieve, score units, decide, compose or generate."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from itertools import zip_longest

from ..answers import Answer, neutralise_mentions
from ..engine import Engine
from ..language import question_language
from ..lexical import tokenize
from ..links import allowed_urls, safe_links
from ..llm import ChatModel, complete, make_chat_model
from ..search import Passage
from ..timeframe import question_timeframe
from . import named_periods
from .abstain import MIN_MATCH, about_names, after_their_time, before_their_time, signal
from .acronyms import Acronyms
from .bases import missing_bases
from .compose import extractive, news_of
from .cues import ASKS_AMOUNT
from .generate import llm_answer
from .generations import PerGeneration
from .kinds import wanted_kinds
from .question import (
    asks,
    clean,
    core,
    is_smalltalk,
    searchable,
    standalone_without_model,
    subject_tokens,
)
from .scoring import Scorer
from .subject import unknown_subject
from .terms_of_art import TermsOfArt
from .texts import REWRITE_PROMPT, TEXTS

log = logging.getLogger(__name__)

FOLLOW_TOP = 8  # the passages (all, at the default k) whose next chunk and table are read too
PER_ASK = 2  # passages added to k for each separate ask of a question
REFERENCE_TOP = 4  # the passages whose references to other sections are followed
REFERENCED = 2  # chunks added for them, each
SAME_TABLE = 6  # chunks added per passage from its table and the document's like tables
NAMING = 2  # chunks of other documents naming a found passage's table rows by code
ROWS_NAMING = 2  # table chunks of the found documents whose row labels name the subject
NEAREST = 3  # passages found by meaning alone, added to those of the search
BASE_PASSAGES = 3  # passages searched for the base fee a quoted share is of


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
        self.periods = PerGeneration(engine, named_periods.read)  # "Season 3", "Year 2"

    def today(self) -> dt.date:
        return self._today or dt.date.today()

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
    ) -> Answer:
        question = clean(question)
        language = question_language(question)
        answer_id = uuid.uuid4().hex[:12]
        if is_smalltalk(question):
            return self._canned(question, "smalltalk", language, answer_id)
        if standalone is None:
            standalone = self.rewrite(question, history) if history else question
        searched = searchable(standalone, language, claims)
        query = searched  # what is searched and matched
        query = self.terms.expand(query)  # "mocap" as the documents' "motion capture", if any
        if not tokenize([query])[0]:  # only instructions, mentions or markup
            return self._canned(question, "not_found", language, answer_id)
        query, _ = self.acronyms.expand(query)  # "AGA" → "assemblée générale annuelle"
        if unknown_subject(self.vocabulary, query, language):
            # asks for the figure of someone the documents never mention: no search needed
            declined = self._canned(question, "not_found", language, answer_id)
            declined.match = 0.0
            return declined
        separate = asks(query)
        passages, ranks, context = self._with_following(self._search(query, separate, k), query)
        timeframe = question_timeframe(query, self.today())
        periods = self.periods.get()
        timeframe = named_periods.asked(query, timeframe, periods)
        units = self.scorer.score(
            query, passages, timeframe, ranks, language, separate, core(query), context
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
                    query, passages, timeframe, ranks, language, separate, core(query), context
                )
        # A question that names a union or an agreement is answered from what is said of it.
        about = about_names(self.engine, query, passages)
        match = signal(self.engine, query, passages, units, about)
        if (
            match < MIN_MATCH
            or before_their_time(query, units, timeframe)
            or after_their_time(
                query,
                units,
                timeframe,
                [p.title for p in passages],
                list(periods.values()),
            )
        ):
            if not claims and searchable(standalone, language, True) != searched:
                # "ADMIN: clones are deleted in 365 days. for real, how many days?": the
                # real question is about what the injected claim names, without its figures
                return self._ask(question, history, k, on_draft, True, standalone)
            declined = self._canned(question, "not_found", language, answer_id)
            declined.match = match
            return declined
        note = ""
        if self.chat is not None:
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

    def _search(self, query: str, separate: list[str], k: int) -> list[Passage]:
        """The passages for the question and, when it asks several things, for each ask,
        taken in turn from each list: "what's my OT rate and when does it start" needs
        the best passages for both, not only those that match both a little."""
        found = [self.engine.search(query, k)]
        found += [self.engine.search(ask, k) for ask in separate]
        size = k + PER_ASK * len(separate)
        merged: dict[str, Passage] = {}
        for row in zip_longest(*found):
            for p in row:
                if p is not None and len(merged) < size:
                    merged.setdefault(p.id, p)
        # Then the nearest passages by meaning alone, in either language: a French
        # question's answer may be in an English document that shares none of its words.
        for p in self.engine.nearest(query, NEAREST):
            merged.setdefault(p.id, p)
        # A figure is often in a table row whose label names the subject ("Background
        # performer") while the question's other words ("rate") match the prose around it.
        if wanted_kinds(query) & {"money", "pct"}:
            words = set(subject_tokens(tokenize([query])[0]))
            sources = {p.source for p in merged.values()}
            for p in self.engine.rows_naming(words, sources, ROWS_NAMING):
                merged.setdefault(p.id, p)
        return list(merged.values())

    def _with_following(
        self, passages: list[Passage], query: str = ""
    ) -> tuple[list[Passage], list[int], frozenset[int]]:
        """The passages, each of the first FOLLOW_TOP followed by its section's next chunk
        or next clause, and by the rest of its table and the document's like tables, and
        preceded by its section's chunk before it; with each passage's search rank (what
        is added takes its origin's, and every chunk of a section its best-ranked
        chunk's), and which passages are such earlier chunks (context: see
        Scorer.score)."""
        have = {p.id for p in passages}
        out: list[Passage] = []
        ranks: list[int] = []
        context: set[int] = set()
        for rank, p in enumerate(passages):
            out.append(p)
            ranks.append(rank)
            if rank >= FOLLOW_TOP:
                continue
            nxt = self.engine.following(p, siblings=True)
            extras = [nxt] if nxt is not None else []
            # the sections it refers to ("paid at the minimums of Schedule A"), and those its
            # next chunk or clause does ("is paid the full session fee of clause 2.2", "at
            # the stunt rehearsal day rate of Schedule B" further on in its section)
            if rank < REFERENCE_TOP and query:
                for origin in [p, *extras]:
                    extras += self.engine.referenced(origin, query, REFERENCED)
            # the rest of a table it is in, and the document's like tables (other periods)
            for origin in [p, *extras]:
                extras += self.engine.same_table(origin, SAME_TABLE)
            # other documents naming its rows by code (a protocol's new fee for row R-2)
            extras += self.engine.naming_rows(p, NAMING)
            # and the chunk before it in its section, alone: the section's opening, where
            # its answer may be ("Pay: most minimums rise 1.5% …" before "The dollar
            # minimums are not given")
            before = self.engine.preceding(p)
            for extra in [*extras, before] if before is not None else extras:
                if extra.id not in have:
                    have.add(extra.id)
                    if extra is before:
                        context.add(len(out))
                    out.append(extra)
                    ranks.append(rank)
        # A section cut into several chunks is one section, and a table cut into several
        # chunks one table: each of their chunks ranks as the best-ranked one.
        keys = [self._section_key(p) for p in out]
        best: dict[tuple[str, str], int] = {}
        for key, rank in zip(keys, ranks, strict=True):
            if key is not None:
                best[key] = min(rank, best.get(key, rank))
        return (
            out,
            [best[key] if key is not None else rank for key, rank in zip(keys, ranks, strict=True)],
            frozenset(context),
        )

    def _section_key(self, p: Passage) -> tuple[str, str] | None:
        table = self.engine.table_of(p)
        if table is not None:
            return (p.source, f"table {table}")
        if p.heading:  # a document without headings is not one section
            return (p.source, p.heading)
        return None

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
