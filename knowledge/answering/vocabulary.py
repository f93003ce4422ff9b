"""The corpus's own words, read from the lexical index of the current generation: whether
the documents contain a word, a near spelling of it (a typo, a plural: "wardobe", "jeu"
for "jeux") or its glossary translation. One per answerer; thread-safe.
"""

from __future__ import annotations

import re
import threading
from itertools import chain

from ..engine import Engine
from ..generation import Generation
from ..lexical import STOPWORDS, fold, tokenize
from ..terms import of_word, written_translations
from . import named_terms
from .asks import filler_tokens, rate_tokens
from .generations import PerGeneration

_MAX_NEAR = 4096  # near spellings remembered per generation
# nouns whose singular is another word ("dues" are a member's fee; "due" is owed, "Due by
# 14 December"): known only as written, not by the singular their stem shares
PLURAL_ONLY = frozenset("dues arrears proceeds premises customs".split())  # not "residuals":
# "a residual payment" names them
_LETTERS = re.compile(r"[^\W\d_]+")


# a hyphenated word and the word after it ("warm-up showmatch", "off-season match")
_MODIFIER = re.compile(r"\b[^\W\d_]+(?:-[^\W\d_]+)+\s+([^\W\d_][\w'’]{2,})\b")


class Vocabulary:
    """The corpus's tokens, with near spellings ("wardobe", "jeu" for "jeux"). Thread-safe."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._by_prefix: dict[str, list[str]] = {}
        self._near: dict[str, str | None] = {}  # token → its near spelling, this generation
        self.languages: set[str] = set()  # of the documents
        self._generation = ""
        self._lock = threading.Lock()
        # the documents' words as written, lower case and without accents
        self._written = PerGeneration(engine, _written_words)
        # the glossary's terms some document writes (named_terms.py)
        self._terms = PerGeneration(engine, named_terms.written)

    def prepare(self) -> None:
        """Read this generation's words and terms now rather than on a first question."""
        self._index()
        self._written.get()
        self._terms.get()

    def unwritten_term(self, question: str) -> str | None:
        """A term of the trade the question names that no document writes, in either
        language, with a word no document writes either, or one that names a thing only as
        a whole ("strike pay"; named_terms.py)."""
        vocab, _ = self._index()
        # "a warm-up showmatch": a compound written as one word before a noun the documents
        # write describes that thing, which is what is asked about
        question = _MODIFIER.sub(
            lambda m: m.group(1) if self._describes(m) else m.group(0), question
        )
        for form in named_terms.unwritten(question, self._terms.get()):
            if named_terms.whole(form) or any(t not in vocab and not self.nearest(t) for t in form):
                return " ".join(form)
        return None

    def _describes(self, m: re.Match[str]) -> bool:
        """Whether the word after a hyphenated one is a thing of its own the documents
        write: not a rate or pay word ("warm-up rate", "is warm-up paid")."""
        tokens = [t for t in tokenize([m.group(1)])[0] if t not in STOPWORDS]
        if not tokens or any(t in rate_tokens() or t in filler_tokens() for t in tokens):
            return False
        return self.knows(m.group(1))

    def _index(self) -> tuple[dict[str, int], dict[str, list[str]]]:
        generation = self.engine.searcher().generation
        vocab = generation.chunk_index.model.vocab_dict
        with self._lock:
            if self._generation != generation.name:
                by_prefix: dict[str, list[str]] = {}
                for token in vocab:
                    if len(token) >= 3 and token.isalpha():
                        by_prefix.setdefault(token[0], []).append(token)
                self.languages = {r.metadata.get("language") or "" for r in generation.records}
                self._by_prefix, self._generation = by_prefix, generation.name
                self._near = {}
            return vocab, self._by_prefix

    def knows(self, word: str, context: str = "") -> bool:
        """Whether the documents contain `word`, a near spelling of it or its translation;
        each of its words on its own, and a translation of a glossary term whose words the
        `context` (the question) holds ("buyout monde" in "un buyout monde entier":
        "worldwide")."""
        vocab, _ = self._index()
        if word.lower() in PLURAL_ONLY:
            return self._writes(word.lower())
        tokens = [t for t in tokenize([word])[0] if t not in STOPWORDS]  # "stand-ins": "in"
        if not tokens or all(t in vocab for t in tokens):
            return True
        around = tokens + [t for t in tokenize([context])[0] if t not in STOPWORDS]

        # a translation the documents use, whole: "sous-titrage" is not known by "sous";
        # as written: "pension" is not known by the "retrait" of "droit de retrait"; of the
        # word itself: "snowboard performers" is not known by "performers"' "interprète"
        def translated(token: str) -> bool:
            return any(
                alt and all(t in vocab for t in alt) and all(map(self._writes, _letters(text)))
                for alt, text in written_translations(around, frozenset({token}))
            )

        if all(t in vocab or translated(t) or self.nearest(t) for t in tokens):
            return True
        # a letter left out or added inside a word as written: a stem can hide it
        # ("recovey" stems to itself, "recovery" to "recoveri")
        written = self._written.get()
        if all(w in written or _slip_of(w, written) for w in _letters(word)):
            return True
        # a typo of the written word its stem hides: "emotionaly" (stem "emotionali") for
        # "emotionally" ("emot"), "comitee" for "committee"; "teh" for "the"
        doubled, swapped = _retyped(word.lower())
        if any(not alt for alt in tokenize(swapped)):  # a function word mistyped
            return True
        return any(
            alt and all(len(t) >= 4 and t in vocab for t in alt) for alt in tokenize(doubled)
        )

    def _writes(self, word: str) -> bool:
        """Whether the documents write `word` (accents aside), or its plural or feminine
        (a plural-only noun, only itself)."""
        if word in PLURAL_ONLY:
            return word in self._written.get()
        forms = {word, f"{word}s", f"{word}e", f"{word}es", word.removesuffix("s")}
        return bool(forms & self._written.get())

    def respelt(self, text: str) -> str:
        """The text with each word the documents misspell as they spell it, accents aside:
        "libery rider" is searched as "liberty rider", "représentaton" as "representation"
        (a letter left out or added; none changed, which makes real words of real ones).
        Each distinct word is looked at once, the first _MAX_RESPELT of them only."""
        written = self._written.get()
        vocab, _ = self._index()
        seen: dict[str, str] = {}

        def respell(m: re.Match[str]) -> str:
            word = m.group(0)
            if word not in seen and len(seen) < _MAX_RESPELT:
                seen[word] = _respell(word, written, vocab)
            return seen.get(word, word)

        return _LETTERS.sub(respell, text)

    def nearest(self, token: str) -> str | None:
        """A corpus token spelled like `token` (a typo, a plural), or None."""
        vocab, by_prefix = self._index()
        if token in vocab:
            return token
        if len(token) < 3 or not token.isalpha():
            return None
        with self._lock:
            if token in self._near:
                return self._near[token]
        near = _near(token, by_prefix.get(token[0], []))  # a scan of one letter's tokens
        with self._lock:
            if len(self._near) >= _MAX_NEAR:
                self._near.clear()
            self._near[token] = near
        return near


# letters of a word the documents write, for a member's word to be read as it: shorter
# words are one letter from words of the other language ("annee", "annexe")
_MIN_RESPELT = 7
_MAX_RESPELT = 64  # distinct words of a question looked at (bounded cost)


def _respell(word: str, written: frozenset[str], vocab: dict[str, int]) -> str:
    """`word` as the documents spell it when it is a slip of one of their words (a letter
    left out or added inside it), they write it nowhere, and its stem is none of theirs."""
    if len(word) < _MIN_RESPELT - 1:  # one letter short of the shortest word respelt
        return word
    folded = fold(word.lower())
    if folded in written or of_word(folded) or word.isupper():  # written, glossed, an acronym
        return word
    tokens = tokenize([word])[0]
    if not tokens or any(t in vocab for t in tokens):  # an inflection of a word of theirs
        return word
    found = _slipped(folded, written)
    return found if found is not None and len(found) >= _MIN_RESPELT else word


_ENDING = re.compile(r"[sxe]|e[sxr]|[ai]e?s?|ux|nt|if|iv")  # "retroact", "retroactif"


def _an_ending(a: str, b: str) -> bool:
    """Whether the letters the longer of two stems has more are an inflection's ending: a
    plural's or a feminine's, or its last consonant doubled ("mensuel", "mensuell")."""
    short, long = sorted((a, b), key=len)
    extra = long[len(short) :]
    doubled = extra[0] == short[-1] and extra[1:] in ("", "e", "es")
    return doubled or _ENDING.fullmatch(extra) is not None


def _near(token: str, candidates: list[str]) -> str | None:
    # An inflection, the closest first: "jeu" for "jeux", "rate" for "rates" (a short
    # stem takes one letter; a word of three only a plural's: "tax" is not "taxi"; a
    # corpus word of three may still stand for the question's four, "sep" for "sept").
    inflections = [
        other
        for other in candidates
        if (extra := abs(len(other) - len(token))) > 0
        and extra <= (2 if min(len(other), len(token)) >= 5 else 1)
        and (other.startswith(token) or token.startswith(other))
        and (len(token) > 3 or other[-1] in "sx")
        # a long stem's extra letters are an ending ("jeux", "rates"), not another word's:
        # "residu" (residuals) is no inflection of "resid" (residents)
        and (min(len(other), len(token)) < 5 or _an_ending(token, other))
    ]
    if inflections:
        return min(inflections, key=lambda other: (len(other), other))
    if len(token) < 5:  # "livr" is not "live"
        return None
    for other in candidates:  # a typo: one letter left out, added, swapped or (long) changed
        # (not at the end of a stem: "residu" is another word than "resid"; an ending is
        # an inflection, read above)
        ends = other.startswith(token) or token.startswith(other)
        if abs(len(other) - len(token)) <= 1 and not ends and _one_typo(token, other):
            return other
    return None


_MAX_RETYPED = 24  # letters of a word retyped (bounded cost)


def _retyped(word: str) -> tuple[list[str], list[str]]:
    """The word with one of the commonest slips undone: a letter doubled or undoubled
    ("emotionaly", "comitee"); and with two neighbours swapped ("teh"), which makes
    other words of real ones ("singing", "signing"): read only as function words."""
    if not word.isalpha() or not 3 <= len(word) <= _MAX_RETYPED:
        return [], []
    doubled = [word[: i + 1] + word[i:] for i in range(len(word))]
    doubled += [word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]]
    swapped = [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)]
    return [w for w in dict.fromkeys(doubled) if w != word], [w for w in swapped if w != word]


_MIN_SLIPPED = 5  # letters: "livr" is no slip of "live"


def _slip_of(word: str, written: frozenset[str]) -> bool:
    """Whether a word the documents write is `word` with one letter more or less inside it
    (no letter changed, "pension" is not "tension"; none swapped, which makes real words of
    real ones: see `_retyped`)."""
    return _slipped(word, written) is not None


def _slipped(word: str, written: frozenset[str]) -> str | None:
    """The word the documents write that is `word` with one letter more or less inside it
    (the first in order), or None."""
    if not _MIN_SLIPPED <= len(word) <= _MAX_RETYPED:
        return None
    # inside the word: a letter more or less at either end makes another word of a real
    # one ("livre" and "live", "part" and "parts"), which stems already read
    letters = sorted(set(word) | set("abcdefghijklmnopqrstuvwxyz"))  # the same order each run
    # a letter left out leaves a word of _MIN_SLIPPED letters at least
    inner = range(1, len(word) - 1) if len(word) > _MIN_SLIPPED else range(0)
    cut = (word[:i] + word[i + 1 :] for i in inner)
    added = (word[:i] + c + word[i:] for i in range(1, len(word)) for c in letters)
    return next((w for w in chain(cut, added) if w != word and w in written), None)


def _one_typo(a: str, b: str) -> bool:
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 2 and diff[1] == diff[0] + 1:  # "preform"/"perform"
            return a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        return len(diff) == 1 and len(a) >= 6  # "radio" is not "ratio"
    short, long = sorted((a, b), key=len)
    i = next((n for n, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]  # "wardob"/"wardrob"


def _letters(text: str) -> list[str]:
    return _LETTERS.findall(fold(text.lower()))


def _written_words(generation: Generation) -> frozenset[str]:
    """The words the documents write, lower case and without accents."""
    return frozenset(w for r in generation.records for w in _letters(r.text))
