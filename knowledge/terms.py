"""English ↔ French terms of the trade, for cross-language lexical search.

BM25 cannot match "figurant" with "background actor", and the bundled embedder
matches the two languages only weakly on long passages. A question's terms
found here are searched in the other language too.
"""

from __future__ import annotations

from .glossary import PAIRS
from .lexical import tokenize


def _build() -> list[tuple[frozenset[str], list[list[str]]]]:
    """Each term's tokens with its translations' tokens, read from the written table."""
    rules = []
    for needed, written in _written():
        alternatives = [alt for alt, _ in written if alt]
        if alternatives:
            rules.append((needed, alternatives))
    return rules


_RULES: list[tuple[frozenset[str], list[list[str]]]] | None = None


def _rules() -> list[tuple[frozenset[str], list[list[str]]]]:
    global _RULES
    if _RULES is None:
        _RULES = _build()
    return _RULES


def expand(tokens: list[str]) -> list[str]:
    """The tokens plus those of every glossary term whose tokens all appear in them."""
    present = set(tokens)
    extra: list[str] = []
    for needed, alternatives in _rules():
        if needed <= present:
            for alt in alternatives:
                extra.extend(t for t in alt if t not in present and t not in extra)
    return tokens + extra


_OF_WORD: dict[str, tuple[str, ...]] | None = None


def of_word(token: str) -> tuple[str, ...]:
    """The tokens of a single word's glossary translations (`expand([token])` without the
    word): looked up in a table built once, not found by a pass over every term."""
    global _OF_WORD
    if _OF_WORD is None:
        table: dict[str, list[str]] = {}
        for needed, alternatives in _rules():
            if len(needed) == 1:
                (word,) = needed
                extra = table.setdefault(word, [])
                extra.extend(t for alt in alternatives for t in alt if t != word and t not in extra)
        _OF_WORD = {word: tuple(extra) for word, extra in table.items()}
    return _OF_WORD.get(token, ())


def translations(tokens: list[str]) -> list[list[str]]:
    """The tokens of each translation of a glossary term whose tokens all appear in
    `tokens`, one list per alternative ("sous-titrage": ["sous", "titrag"])."""
    present = set(tokens)
    return [alt for needed, alternatives in _rules() if needed <= present for alt in alternatives]


def written_translations(
    tokens: list[str], covering: frozenset[str] = frozenset()
) -> list[tuple[list[str], str]]:
    """Each translation of a glossary term whose tokens all appear in `tokens` and include
    `covering`, as its tokens and as written ("retraite", whose token "retrait" may stand
    for other words: "droit de retrait" is no pension)."""
    present = set(tokens)
    return [
        pair
        for needed, pairs in _written()
        if needed <= present and covering <= needed
        for pair in pairs
    ]


_WRITTEN: list[tuple[frozenset[str], list[tuple[list[str], str]]]] | None = None


def _written() -> list[tuple[frozenset[str], list[tuple[list[str], str]]]]:
    global _WRITTEN
    if _WRITTEN is None:
        pairs = [(en.split("|"), fr.split("|")) for en, fr in PAIRS]
        # one tokenizer call for every term: one call per term cost a command's first
        # question 0.1 s
        tokens = iter(tokenize([term for en, fr in pairs for term in en + fr]))
        table: list[tuple[frozenset[str], list[tuple[list[str], str]]]] = []
        for en_terms, fr_terms in pairs:
            en = [(next(tokens), term) for term in en_terms]
            fr = [(next(tokens), term) for term in fr_terms]
            table += [(frozenset(t), fr) for t, _ in en if t]
            table += [(frozenset(t), en) for t, _ in fr if t]
        _WRITTEN = table
    return _WRITTEN
