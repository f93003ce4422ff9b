"""Retrieval for a question: the search for it and for each of its asks, the passages
nearest by meaning in either language, the table row nearest by meaning and the rows
naming its subject when a figure is asked, the other language's passages its glossary
translations find by their words alone (by_translation), and what each of
the first passages brings with it (its section's next chunk or clause, the sections it
refers to, the rest of its table and the document's like tables, other documents naming
its rows by code, and its section's chunk before it, as context).
"""

from __future__ import annotations

from itertools import zip_longest

from ..engine import Engine
from ..lexical import tokenize
from ..search import Passage
from ..tables import UNIT_WORDS
from ..terms import expand, written_translations
from .asks import rate_tokens, subject_tokens
from .kinds import wanted_kinds

FOLLOW_TOP = 8  # the passages (all, at the default k) whose next chunk and table are read too
PER_ASK = 2  # passages added to k for each separate ask of a question
REFERENCE_TOP = 4  # the passages whose references to other sections are followed
REFERENCED = 2  # chunks added for them, each
SAME_TABLE = 6  # chunks added per passage from its table and the document's like tables
NAMING = 2  # chunks of other documents naming a found passage's table rows by code
ROWS_NAMING = 2  # table chunks of the found documents whose row labels name the subject
NEAREST = 3  # passages found by meaning alone, added to those of the search
TRANSLATED = 3  # passages found by the question's terms in the other language alone
NEAREST_ROWS = 1  # the table chunk of the row nearest by meaning, when a figure is asked
ROWS_ELSEWHERE = 1  # table chunks of other documents whose rows name two subject words


def search(
    engine: Engine, query: str, separate: list[str], k: int, designated: str = ""
) -> list[Passage]:
    """The passages for the question and, when it asks several things, for each ask,
    taken in turn from each list: "what's my OT rate and when does it start" needs
    the best passages for both, not only those that match both a little. `designated`: the
    designators the question's numbers fall in ("step 3" for "310 ward visits",
    ranges.py), searched with it."""
    found = [engine.search(query, k)]
    found += [engine.search(ask, k) for ask in separate]
    if designated:
        found.append(engine.search(f"{designated} {query}", k))
    size = k + PER_ASK * len(separate)
    merged: dict[str, Passage] = {}
    for row in zip_longest(*found):
        for p in row:
            if p is not None and len(merged) < size:
                merged.setdefault(p.id, p)
    # Then the nearest passages by meaning alone, in either language: a French
    # question's answer may be in an English document that shares none of its words.
    for p in engine.nearest(query, NEAREST):
        merged.setdefault(p.id, p)
    # A figure is often in a table row whose label names the subject ("Background
    # performer") while the question's other words ("rate") match the prose around it.
    if wanted_kinds(query) & {"money", "pct"}:
        # the rows nearest by meaning: an English allowance table's row for a French
        # question ("îles du Sud": "Southern islands (by ferry) — Tour per diem: G 1 700")
        for p in engine.nearest_rows(query, NEAREST_ROWS):
            merged.setdefault(p.id, p)
        words = set(subject_tokens(tokenize([query])[0]))
        sources = {p.source for p in merged.values()}
        for p in engine.rows_naming(words, sources, ROWS_NAMING):
            merged.setdefault(p.id, p)
        # and in a document the search did not find, a row naming two of its words, as
        # written or translated ("semaine de tournée … premier rôle": "Lead | Touring week")
        item = set(expand(sorted(words))) - rate_tokens() - UNIT_WORDS  # not "fee", "week"
        named = engine.rows_naming(item, None, ROWS_ELSEWHERE, 2, frozenset(sources))
        for p in named:
            merged.setdefault(p.id, p)
    return list(merged.values())


def by_translation(
    engine: Engine, query: str, language: str, found: list[Passage]
) -> list[Passage]:
    """The passages of documents in the other language found by the question's terms the
    glossary translates, searched alone by BM25 ("défilé à l'étranger … indemnité": "parade
    abroad … allowance"), which the question's own words outnumber in its search; those not
    `found` already. They help answer; the answerer does not count them toward deciding to."""
    translated = [w for _, w in written_translations(tokenize([query])[0])]
    if not translated:
        return []
    have = {p.id for p in found}
    extra = engine.in_other_language(" ".join(dict.fromkeys(translated)), TRANSLATED, language)
    return [p for p in extra if p.id not in have]


def with_following(
    engine: Engine, passages: list[Passage], query: str = ""
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
        nxt = engine.following(p, siblings=True)
        extras = [nxt] if nxt is not None else []
        # the sections it refers to ("paid at the minimums of Schedule A"), and those its
        # next chunk or clause does ("is paid the full session fee of clause 2.2", "at
        # the stunt rehearsal day rate of Schedule B" further on in its section)
        if rank < REFERENCE_TOP and query:
            for origin in [p, *extras]:
                extras += engine.referenced(origin, query, REFERENCED)
        # the rest of a table it is in, and the document's like tables (other periods)
        for origin in [p, *extras]:
            extras += engine.same_table(origin, SAME_TABLE)
        # other documents naming its rows by code (a protocol's new fee for row R-2)
        extras += engine.naming_rows(p, NAMING)
        # and the chunk before it in its section, alone: the section's opening, where
        # its answer may be ("Pay: most minimums rise 1.5% …" before "The dollar
        # minimums are not given")
        before = engine.preceding(p)
        for extra in [*extras, before] if before is not None else extras:
            if extra.id not in have:
                have.add(extra.id)
                if extra is before:
                    context.add(len(out))
                out.append(extra)
                ranks.append(rank)
    # A section cut into several chunks is one section, and a table cut into several
    # chunks one table: each of their chunks ranks as the best-ranked one.
    keys = [_section_key(engine, p) for p in out]
    best: dict[tuple[str, str], int] = {}
    for key, rank in zip(keys, ranks, strict=True):
        if key is not None:
            best[key] = min(rank, best.get(key, rank))
    return (
        out,
        [best[key] if key is not None else rank for key, rank in zip(keys, ranks, strict=True)],
        frozenset(context),
    )


def _section_key(engine: Engine, p: Passage) -> tuple[str, str] | None:
    """A passage's section, or its table: every chunk of one ranks as its best."""
    table = engine.table_of(p)
    if table is not None:
        return (p.source, f"table {table}")
    if p.heading:  # a document without headings is not one section
        return (p.source, p.heading)
    return None
