"""Acronyms a member types that the documents only spell out.

A member asks about the "AGA" or the "CA"; the FAQ says "assemblée générale annuelle"
and "conseil d'administration". An acronym no document contains is matched with the
phrase whose words' initials spell it, in the documents (the commonest such phrase)
or, across languages, in the glossary (knowledge/terms.py) when its other-language
term is in the documents. The phrase replaces the acronym in what is searched and
matched, so the acronym is not a name the documents never mention. The documents are scanned once per
acronym and index generation.
"""

from __future__ import annotations

import re
import threading
from collections import Counter

from ..engine import Engine
from ..lexical import tokenize
from ..terms import PAIRS

ACRONYM = re.compile(r"(?<![\w'’-])(?:[dlDL]['’])?([A-Z]{2,6})(?![\w'’-])")
# Small words a spelled-out name skips: "conseil d'administration", "Board of Directors".
_LINKS = r"(?:(?:of|the|and|for|on|de|du|des|la|le|les|et|à|en|sur)\s+|[dl]['’])?"
_MAX_SCAN = 20_000_000  # characters of documents read for one acronym


def _phrase_pattern(acronym: str) -> re.Pattern[str]:
    words = [rf"{re.escape(c)}[^\W\d_]{{2,}}" for c in acronym.lower()]
    joined = (r"[\s-]+" + _LINKS).join(words)
    return re.compile(rf"(?<![\w-])({joined})(?![\w'’-])", re.I)  # "l'assemblée" too


def _initials(phrase: str) -> str:
    words = re.findall(r"[^\W\d_]+", phrase.lower())
    skipped = {"of", "the", "and", "for", "on", "de", "du", "des", "la", "le", "les", "et"}
    skipped |= {"à", "en", "sur", "d", "l"}
    return "".join(w[0] for w in words if w not in skipped)


class Acronyms:
    """Spells out unknown acronyms against one engine's documents. Thread-safe."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._cache: dict[str, str | None] = {}
        self._generation = ""
        self._lock = threading.Lock()

    def spelled_out(self, acronym: str) -> str | None:
        """The phrase `acronym` stands for in these documents, or None."""
        generation = self.engine.searcher().generation
        with self._lock:
            if self._generation != generation.name:
                self._cache.clear()
                self._generation = generation.name
            if acronym in self._cache:
                return self._cache[acronym]
        phrase = self._find(acronym, generation)
        with self._lock:
            self._cache[acronym] = phrase
        return phrase

    def _find(self, acronym: str, generation: object) -> str | None:
        records = getattr(generation, "records", [])
        pattern = _phrase_pattern(acronym)
        found: Counter[str] = Counter()
        read = 0
        for record in records:
            read += len(record.text)
            if read > _MAX_SCAN:
                break
            for m in pattern.finditer(record.text):
                found[" ".join(m.group(1).lower().split())] += 1
        if found:
            return found.most_common(1)[0][0]
        vocab = generation.chunk_index.model.vocab_dict  # type: ignore[attr-defined]
        for en, fr in PAIRS:
            for term, other in ((en, fr), (fr, en)):
                for alternative in term.split("|"):
                    if " " in alternative and _initials(alternative) == acronym.lower():
                        for spelled in other.split("|"):
                            tokens = tokenize([spelled])[0]
                            if tokens and all(t in vocab for t in tokens):
                                return f"{alternative} {spelled}"
        return None

    def unknown(self, question: str) -> list[str]:
        """The acronyms of `question` that no document contains."""
        vocab = self.engine.searcher().generation.chunk_index.model.vocab_dict
        out = []
        for acronym in ACRONYM.findall(question):
            tokens = tokenize([acronym])[0]
            if tokens and not any(t in vocab for t in tokens):
                out.append(acronym)
        return out

    def expand(self, question: str) -> tuple[str, set[str]]:
        """`question` with its unknown acronyms written out, and those acronyms."""
        known = set()
        for acronym in self.unknown(question):
            phrase = self.spelled_out(acronym)
            if phrase:
                pattern = rf"(?<![\w-]){re.escape(acronym)}(?![\w'’-])"  # "l'AGA" too
                question = re.sub(pattern, phrase, question)
                known.add(acronym)
        return question, known
