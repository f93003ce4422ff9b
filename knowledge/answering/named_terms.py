"""A term of the trade a question names that the documents never write, in either language.

"congé parental pour une animatrice, c combien de semaines ?" shares every other word
with documents about hosts and fees, and its match is as good as an answerable
question's; what tells it apart is that no document writes "congé parental" nor
"parental leave". The glossary's terms of two words or more (glossary.py: the trade's and
any union's business, in English and French; entries that share a form are one term) are
looked for word after word, as the index reads words ("interprètes synthétiques" is
"interprète synthétique"), in the documents, once per index generation. A question that
names, in its own words, one that no document writes in either language, and a word of
which no document writes either (nor a near spelling of it), names something the
documents do not cover: "all media" where the documents speak of media is only worded
otherwise, "congé parental" where no document writes "congé" is not. Terms whose words
are mostly a rate, a unit of time or a question's own ("day rate", "how much", "call
time", "date limite") name no subject and are left out. A question names a term when it
writes one of its entries, up to a plural's or a feminine's ending: "le droit d'utiliser"
stems as "droit d'utilisation" does, but a verb is not the noun that names the term.
"""

from __future__ import annotations

import re
from functools import cache

from ..generation import Generation
from ..glossary import PAIRS, WHOLE
from ..lexical import FILLER_WORDS, STOPWORDS, normalise, tokenize
from ..tables import UNIT_WORDS
from .asks import rate_tokens

# words that name no subject: a rate, a unit or length of time, a question's own
_GENERIC = "how much long many combien temps time date heure day days jour jours per par diem"

Form = tuple[str, ...]  # a term's words as the index reads them (stemmed, no stopwords)


@cache
def _terms() -> tuple[frozenset[Form], ...]:
    """The glossary's terms, each the forms of its entries that share a form ("synthetic
    performer" is "interprète synthétique" and "acteur synthétique"), in both languages."""
    entries = [[f for f in f"{en}|{fr}".split("|") if f.strip()] for en, fr in PAIRS]
    tokens = tokenize([f for entry in entries for f in entry])
    groups: list[set[Form]] = []
    at = 0
    for entry in entries:
        forms = {tuple(t) for t in tokens[at : at + len(entry)] if t}
        at += len(entry)
        joined = [g for g in groups if g & forms]
        for g in joined:
            forms |= g
            groups.remove(g)
        groups.append(forms)
    return tuple(frozenset(g) for g in groups)


@cache
def _subjects() -> dict[Form, int]:
    """The forms of two words or more that name a subject, each with its term's index."""
    skip = (
        rate_tokens()
        | UNIT_WORDS
        | frozenset(FILLER_WORDS)
        | frozenset(t for word in tokenize([_GENERIC]) for t in word)
    )
    return {
        form: n
        for n, forms in enumerate(_terms())
        for form in forms
        if len([t for t in form if t not in skip]) >= 2
    }


@cache
def _lookup() -> tuple[dict[str, set[int]], dict[Form, int]]:
    """Each form's first word → the lengths of its forms; each form → its term's index."""
    sizes: dict[str, set[int]] = {}
    index: dict[Form, int] = {}
    for n, forms in enumerate(_terms()):
        for form in forms:
            sizes.setdefault(form[0], set()).add(len(form))
            index[form] = n
    return sizes, index


@cache
def _whole() -> frozenset[Form]:
    """The forms of the terms that name a thing only as a whole (glossary.WHOLE)."""
    forms = {tuple(t) for t in tokenize([f for pair in WHOLE for f in "|".join(pair).split("|")])}
    return frozenset(form for form in forms if form)


def whole(form: Form) -> bool:
    """Whether a form names a thing only as a whole ("strike pay", "congé maternité"):
    a question naming it where no document writes it is not covered, even where they write
    each of its words."""
    return form in _whole()


def written(generation: Generation) -> frozenset[int]:
    """The terms one of whose forms a document writes, word after word."""
    sizes, index = _lookup()
    found: set[int] = set()
    for words in tokenize([r.text for r in generation.records]):
        for i, word in enumerate(words):
            for size in sizes.get(word, ()):
                if (term := index.get(tuple(words[i : i + size]))) is not None:
                    found.add(term)
    return frozenset(found)


def unwritten(question: str, found: frozenset[int]) -> list[Form]:
    """The subject terms the question names that no document writes in either language."""
    words = tokenize([question])[0]
    subjects = _subjects()
    out: list[Form] = []
    said: tuple[str, ...] | None = None
    for i in range(len(words)):
        for size in (4, 3, 2):
            form = tuple(words[i : i + size])
            n = subjects.get(form)
            if n is not None and n not in found:
                said = _surface(question) if said is None else said
                if any(_within(entry, said) for entry in _entries()[n]):
                    out.append(form)
    return out


def _surface(text: str) -> tuple[str, ...]:
    """A text's words as written, up to inflection ("interprètes" is "interprete"), without
    stopwords: "le droit d'utiliser" is not "droit d'utilisation", though both stem alike."""
    words = re.findall(r"\w+", normalise(text).lower())
    return tuple(_BARE.sub("", w) for w in words if len(w) > 1 and w not in _STOP)


_BARE = re.compile(r"(?:e?[sx]|e)$")  # a plural's or a feminine's ending
_STOP = frozenset(STOPWORDS)


def _within(entry: tuple[str, ...], words: tuple[str, ...]) -> bool:
    n = len(entry)
    return n > 0 and any(words[i : i + n] == entry for i in range(len(words) - n + 1))


@cache
def _entries() -> dict[int, list[tuple[str, ...]]]:
    """Each term's entries as written, up to inflection."""
    _, index = _lookup()
    out: dict[int, list[tuple[str, ...]]] = {}
    entries = [f for en, fr in PAIRS for f in f"{en}|{fr}".split("|") if f.strip()]
    for entry, form in zip(entries, tokenize(entries), strict=True):
        if (n := index.get(tuple(form))) is not None:
            out.setdefault(n, []).append(_surface(entry))
    return out
