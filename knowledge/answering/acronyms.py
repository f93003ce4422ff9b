"""Acronyms a member types that the documents only spell out.

A member asks about the "AGA" or the "CA"; the FAQ says "assemblée générale annuelle"
and "conseil d'administration". An acronym no document writes is matched with a phrase
whose words' initials spell it, when there is evidence that the phrase is a name and
not a run of words that happens to fit ("national board approves" for "NBA"):
- the documents write the phrase as a name, each of its words capitalised in a sentence
  ("… the Screen Guild Council votes …"; in a title every word is), beside the
  acronym in brackets, or as a whole cell of a table's header row ("| Intimate
  examination teaching associate |" for "IETA");
- or the glossary (knowledge/terms.py) has it, in either language, and the documents use
  it or its translation ("AGM" → "annual general meeting", "assemblée générale
  annuelle").
Lower-case shorthand of three to five letters and no vowel ("whats my pfh rate") that
no document writes is spelled out the same way, but lower case says nothing of a name,
so the evidence is that the documents write the phrase as one unit: a table's column
header ("| Period | Per finished hour |"), one hyphenated word ("the per-finished-hour
fee"), or a defined term ('"Special skills performer" means …'). A unit may start with
"per" or "par" ("par heure supplémentaire"); no other of its words may be one. Prose is no
evidence: runs of words that fit the initials there are mostly chance ("ten per cent
more" is not "pcm"), however often they recur.
Of several phrases, the one whose passages share most words with the question wins.
The phrase replaces the acronym in what is searched and matched, so the acronym is not
a name the documents never mention. Each acronym is looked up once per index
generation, at most MAX_PER_QUESTION a question, with a bounded cache.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from typing import Any

from ..engine import Engine
from ..glossary import PAIRS
from ..lexical import FILLER_WORDS, tokenize
from .shorthand import SHORTHAND_WORD

ACRONYM = re.compile(r"(?<![\w'’-])(?:[dlDL]['’])?([A-Z]{2,6})(?![\w'’-])")
SHORTHAND = re.compile(rf"(?<![\w'’-])({SHORTHAND_WORD.pattern})(?![\w'’-])")
_SHORTEST = 3  # letters of shorthand spelled out ("rn" is cues' to write out)
_UNIT_WORDS = {"per", "par"}  # a unit's first word ("per finished hour", "par heure")
_RULE = re.compile(r"\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*")  # under a Markdown table's header
_DEFINED = re.compile(
    r"\s?[\"”»']\s+(?:means|refers\s+to|désigne|signifie|s['’]entend)\b", re.I
)  # '"Finished hour" means', '« Heure finie » désigne'
_LINK_WORDS = "of the and for on de du des la le les et à en sur".split()
# Small words a spelled-out name skips: "conseil d'administration", "Board of Directors".
_LINKS = rf"(?:(?:{'|'.join(_LINK_WORDS)})\s+|[dl]['’])?"
_SKIPPED = {*_LINK_WORDS, "d", "l"}
_FILLER = set(FILLER_WORDS)
_MAX_SCAN = 20_000_000  # characters of documents read for one acronym
_MAX_PHRASES = 5  # the commonest phrases an acronym may stand for
_MAX_PASSAGES = 20  # of each, the passages kept to compare with a question
MAX_PER_QUESTION = 3  # acronyms looked up for one question
_MAX_CACHED = 2048


def _phrase_pattern(acronym: str) -> re.Pattern[str]:
    words = [rf"{re.escape(c)}[^\W\d_]{{2,}}" for c in acronym.lower()]
    joined = (r"(?:\s+|-)" + _LINKS).join(words)  # "annual general", "Screen-Guild"
    return re.compile(rf"(?<![\w-])({joined})(?![\w'’-])", re.I)  # "l'assemblée" too


def _initial_words(phrase: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", phrase) if w.lower() not in _SKIPPED]


def _spells(phrase: str, acronym: str) -> bool:
    """Whether the phrase's words of substance (no stopword or filler) spell the acronym."""
    words = _initial_words(phrase)
    return "".join(w[0] for w in words).lower() == acronym.lower() and all(
        tokenize([w])[0] and w.lower() not in _FILLER for w in words
    )


def _named(text: str, m: re.Match[str], acronym: str) -> bool:
    """Whether the documents write this phrase as a name: every word capitalised in a
    sentence (in a title every word is: "Voice Performance, Animation and Dubbing" does
    not name an "AD"), or the acronym in brackets beside it."""
    if all(w[0].isupper() for w in _initial_words(m.group(1))) and not _in_title(text, m):
        return True
    around = text[max(0, m.start() - len(acronym) - 4) : m.end() + len(acronym) + 4]
    return f"({acronym})" in around


def _in_title(text: str, m: re.Match[str]) -> bool:
    """Whether the match is on a line written as a title: every word of substance on it
    capitalised."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    line = text[start : end if end >= 0 else len(text)]
    words = [w for w in re.findall(r"[^\W\d_][\w'’]*", line) if w.lower() not in _SKIPPED]
    return all(w[0].isupper() for w in words)


class Acronyms:
    """Spells out unknown acronyms against one engine's documents. Thread-safe."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._cache: dict[tuple[str, str], Any] = {}  # (generation, key) → value
        self._lock = threading.Lock()

    def _cached(self, generation: Any, key: str, compute: Any) -> Any:
        with self._lock:
            hit = self._cache.get((generation.name, key), self)
        if hit is not self:
            return hit
        value = compute()
        with self._lock:
            if len(self._cache) >= _MAX_CACHED:
                self._cache.clear()
            self._cache[(generation.name, key)] = value
        return value

    def unknown(self, question: str) -> list[str]:
        """The acronyms of `question` that no document writes as they are, in capitals
        ("CA" is not the French "ça" that a lower-cased, unaccented index holds), then its
        lower-case shorthand that no document writes at all."""
        generation = self.engine.searcher().generation
        vocab = generation.chunk_index.model.vocab_dict
        out: list[str] = []
        for acronym in dict.fromkeys(ACRONYM.findall(question)):
            tokens = tokenize([acronym])[0]
            if not tokens or len(out) >= MAX_PER_QUESTION:
                continue
            written = all(t in vocab for t in tokens) and self._cached(
                generation, f"written:{acronym}", lambda a=acronym: _written(a, generation)
            )
            if not written:
                out.append(acronym)
        for word in dict.fromkeys(SHORTHAND.findall(question)):
            tokens = tokenize([word])[0]
            if len(word) < _SHORTEST or not tokens or len(out) >= MAX_PER_QUESTION:
                continue
            if not all(t in vocab for t in tokens):  # the index is lower-cased: "PFH" too
                out.append(word)
        return out

    def spelled_out(self, acronym: str, context: frozenset[str] = frozenset()) -> str | None:
        """The phrase `acronym` stands for in these documents, or None. Of several, the one
        whose passages share the most words with the question's `context` tokens in one
        passage, then the commonest."""
        generation = self.engine.searcher().generation
        find = _phrases if acronym.isupper() else _units
        candidates = self._cached(
            generation, f"phrases:{acronym}", lambda: find(acronym, generation)
        )
        if not candidates:
            return None

        def fit(i: int) -> tuple[int, int]:
            return max(len(tokens & context) for tokens in candidates[i][1]), -i

        return str(candidates[max(range(len(candidates)), key=fit)][0])

    def expand(self, question: str) -> tuple[str, set[str]]:
        """`question` with its unknown acronyms written out, and those acronyms."""
        unknown = self.unknown(question)
        if not unknown:
            return question, set()
        acronym_tokens = {t for a in unknown for t in tokenize([a])[0]}
        context = frozenset(tokenize([question])[0]) - acronym_tokens
        known: set[str] = set()
        for acronym in unknown:
            phrase = self.spelled_out(acronym, context)
            if phrase:
                pattern = rf"(?<![\w-]){re.escape(acronym)}(?![\w'’-])"  # "l'AGA" too
                question = re.sub(pattern, phrase, question)
                known.add(acronym)
        return question, known


def _written(acronym: str, generation: Any) -> bool:
    """Whether some document writes `acronym` as it is, in capitals."""
    return _in_any(re.compile(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])"), generation)


def _in_any(pattern: re.Pattern[str], generation: Any) -> bool:
    """Whether `pattern` occurs in some document (within the first _MAX_SCAN characters)."""
    read = 0
    for record in generation.records:
        read += len(record.text)
        if read > _MAX_SCAN:
            return False
        if pattern.search(record.text):
            return True
    return False


def _phrases(acronym: str, generation: Any) -> list[tuple[str, list[frozenset[str]]]]:
    """The names whose initials spell `acronym`, commonest first, each with the tokens of
    each passage it occurs in: written as names in the documents, else from the glossary."""
    pattern = _phrase_pattern(acronym)
    counts: Counter[str] = Counter()
    texts: dict[str, list[str]] = {}
    read = 0
    for record in generation.records:
        text = f"{record.metadata.get('heading', '')}\n{record.text}"  # headings name too
        read += len(text)
        if read > _MAX_SCAN:
            break
        for m in pattern.finditer(text):
            phrase = " ".join(m.group(1).lower().split())
            if _spells(phrase, acronym) and (_named(text, m, acronym) or _header_cell(text, m)):
                counts[phrase] += 1
                texts.setdefault(phrase, []).append(text)
    if counts:
        return [
            (phrase, [frozenset(row) for row in tokenize(texts[phrase][:_MAX_PASSAGES])])
            for phrase, _ in counts.most_common(_MAX_PHRASES)
        ]
    return _from_glossary(acronym, generation)


def _units(shorthand: str, generation: Any) -> list[tuple[str, list[frozenset[str]]]]:
    """The phrases whose initials spell lower-case `shorthand` and that the documents
    write as one unit somewhere (see _a_unit), commonest first, each with the tokens of
    each passage it occurs in. A hyphenated phrase is the same as one spaced out."""
    pattern = _phrase_pattern(shorthand)
    counts: Counter[str] = Counter()
    texts: dict[str, list[str]] = {}
    units: set[str] = set()
    read = 0
    for record in generation.records:
        text = f"{record.metadata.get('heading', '')}\n{record.text}"
        read += len(text)
        if read > _MAX_SCAN:
            break
        for m in pattern.finditer(text):
            phrase = " ".join(re.split(r"[\s-]+", m.group(1).lower()))
            if not _spells_unit(phrase, shorthand):
                continue
            counts[phrase] += 1
            texts.setdefault(phrase, []).append(text)
            if phrase not in units and _a_unit(text, m):
                units.add(phrase)
    return [
        (phrase, [frozenset(row) for row in tokenize(texts[phrase][:_MAX_PASSAGES])])
        for phrase, _ in counts.most_common()
        if phrase in units
    ][:_MAX_PHRASES]


def _spells_unit(phrase: str, shorthand: str) -> bool:
    """Whether the phrase spells `shorthand` as _spells has it, but for a first word
    "per" or "par" (which "par" as a stopword fails); no other word may be one."""
    first, *rest = phrase.split(" ", 1)
    if first in _UNIT_WORDS and rest:
        tail = shorthand[1:]
        return bool(tail) and not _UNIT_WORDS & set(rest[0].split()) and _spells(rest[0], tail)
    return not _UNIT_WORDS & set(phrase.split()) and _spells(phrase, shorthand)


def _a_unit(text: str, m: re.Match[str]) -> bool:
    """Whether the documents write this match as one unit: in a table's header row (a
    Markdown row over its rule), as one hyphenated word, or as a defined term in quotes."""
    phrase = m.group(1)
    if "-" in phrase and not any(c.isspace() for c in phrase):
        return True
    end = text.find("\n", m.end())
    line_end = end if end >= 0 else len(text)
    line = text[text.rfind("\n", 0, m.start()) + 1 : line_end]
    next_end = text.find("\n", line_end + 1)
    below = text[line_end + 1 : next_end if next_end >= 0 else len(text)]
    if line.lstrip().startswith("|") and _RULE.fullmatch(below):
        return True
    opened = text[max(0, m.start() - 2) : m.start()].rstrip(" ")[-1:] in ('"', "“", "«", "'")
    return opened and bool(_DEFINED.match(text, m.end()))


def _header_cell(text: str, m: re.Match[str]) -> bool:
    """Whether the match is a whole cell of a table's header row (a Markdown row over its
    rule): a column named "Intimate examination teaching associate" is a name, though
    only its first word is capitalised."""
    if not _a_unit(text, m) or "|" not in text[text.rfind("\n", 0, m.start()) + 1 : m.start()]:
        return False
    before = text[: m.start()].rstrip(" ")
    after = text[m.end() :].lstrip(" ")
    return before.endswith("|") and after.startswith("|")


def _in_documents(phrase: str, generation: Any) -> bool:
    """Whether some document has `phrase`, its words in a row (any case, any spacing)."""
    words = [re.escape(w) for w in phrase.split()]
    return _in_any(re.compile(r"(?<!\w)" + r"[\s-]+".join(words) + r"(?!\w)", re.I), generation)


def _broader(term: str) -> list[str]:
    """The glossary's shorter terms of several words inside `term`, in either language,
    with their translations: "annual general meeting" is a "general meeting", which the
    documents may call an "assemblée générale"."""
    inside = f" {term.lower()} "
    out = []
    for en, fr in PAIRS:
        alternatives = [*en.split("|"), *fr.split("|")]
        if any(" " in a and a != term and f" {a.lower()} " in inside for a in alternatives):
            out += alternatives
    return out


def _from_glossary(acronym: str, generation: Any) -> list[tuple[str, list[frozenset[str]]]]:
    """A glossary term spelling `acronym`, in either language, with its translation, when
    the documents use one of the two."""
    vocab = generation.chunk_index.model.vocab_dict
    found = []
    for en, fr in PAIRS:
        for term, other in ((en, fr), (fr, en)):
            for alternative in term.split("|"):
                if " " not in alternative or not _spells(alternative, acronym):
                    continue
                used = [
                    words
                    for words in [alternative, *other.split("|"), *_broader(alternative)]
                    if (tokens := tokenize([words])[0])
                    and all(t in vocab for t in tokens)
                    and _in_documents(words, generation)
                ]
                if used:  # the term, and its translation when the documents use it
                    translated = [w for w in used if w != alternative][:1]
                    phrase = " ".join([alternative, *translated])
                    found.append((phrase, [frozenset(tokenize([phrase])[0])]))
    return found[:_MAX_PHRASES]
