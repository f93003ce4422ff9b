"""A place or body the documents name in the other language: "la province des Lacs" is the
allowance sheet's "Lakes Province", "les Hautes-Terres du Nord" its "Northern Highlands".

A capitalised name a question gives that no document writes is a sign the documents do
not cover it ("ACTRA", "Netflix"), unless it is a name the documents write translated. Its
words are then common words of the question's language, capitalised ("Lacs", "Nord"),
and the multilingual embedder puts the two names close (0.70 to 0.85 cosine, where names
that only share a kind, "Provence" and "Lakes Province", stay under 0.45). Acronyms are
left out: they are not translated word for word, and short ones are close to anything;
so are the documents' one-word names, mostly nationalities and people ("France" is close
to "French", 0.79, which names no place).
The documents' names (runs of capitalised words) are embedded once per index generation,
the MAX_NAMES commonest, on the first question that needs them.
"""

from __future__ import annotations

import re
import threading
from collections import Counter

import numpy as np

from ..engine import Engine
from ..generation import Generation
from ..lexical import tokenize

# a run of capitalised words, with the small words inside names ("Hautes-Terres du Nord",
# "Province of the Lakes")
_CAPITAL = r"[A-ZÀ-Ý][\w'’-]*"
_LINK = r"(?:(?:du|de|des|of|the|la|le|les)\s+|d['’]\s*)"
NAME_RUN = re.compile(rf"(?<![\w'’-]){_CAPITAL}(?:\s+{_LINK}?{_CAPITAL}){{0,3}}")
SIMILAR = 0.65  # cosine of a name and its translation (see the module's docstring)
MAX_NAMES = 2000  # the documents' commonest names embedded (about 1.5 ms each)
_CACHE: dict[tuple[str, str], tuple[list[frozenset[str]], np.ndarray]] = {}
_SEEN: dict[tuple[str, str, str], bool] = {}
_LOCK = threading.Lock()


def run_at(question: str, start: int, end: int) -> str:
    """The whole name a capitalised word at question[start:end] is part of."""
    for m in NAME_RUN.finditer(question):
        if m.start() <= start and end <= m.end():
            return m.group(0)
    return question[start:end]


def prepare(engine: Engine) -> None:
    """Embed the documents' names of this generation now, not on a first question."""
    _names(engine)


def _names(engine: Engine) -> tuple[list[frozenset[str]], np.ndarray]:
    generation = engine.searcher().generation
    key = (str(engine.settings.data_dir), generation.name)
    with _LOCK:  # held while embedding: concurrent first questions embed the names once
        if key not in _CACHE:
            if len(_CACHE) > 16:
                _CACHE.clear()
            _CACHE[key] = _read(engine, generation)
        return _CACHE[key]


def _read(engine: Engine, generation: Generation) -> tuple[list[frozenset[str]], np.ndarray]:
    counts: Counter[str] = Counter()
    for record in generation.records:
        for m in NAME_RUN.finditer(record.text):
            name = m.group(0)
            # of two words or more: a place's or a body's name ("Lakes Province"); one
            # word is mostly a nationality or a person ("French" is no "France")
            if len(name) > 3 and not name.isupper() and re.search(r"[\s-]", name):
                counts[name] += 1
    names = [name for name, _ in counts.most_common(MAX_NAMES)]
    if names:
        matrix = np.asarray(engine.embeddings.embed_documents(names), dtype=np.float32)
        matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    else:
        matrix = np.zeros((0, 0), np.float32)
    return [frozenset(t) for t in tokenize(names)], matrix


def translated(engine: Engine, name: str) -> bool:
    """Whether the documents write `name` in the other language: a name of theirs close to
    it by meaning that shares none of its words. Remembered per generation and name."""
    if name.isupper() or len(name) < 3:
        return False
    key = (str(engine.settings.data_dir), engine.searcher().generation.name, name)
    with _LOCK:
        known = _SEEN.get(key)
    if known is None:
        known = _translated(engine, name)
        with _LOCK:
            if len(_SEEN) > 4096:
                _SEEN.clear()
            _SEEN[key] = known
    return known


def _translated(engine: Engine, name: str) -> bool:
    tokens, matrix = _names(engine)
    if not len(tokens):
        return False
    vector = np.asarray(engine.embeddings.embed_query(name), dtype=np.float32)
    vector /= max(float(np.linalg.norm(vector)), 1e-12)
    own = frozenset(tokenize([name])[0])
    sims = matrix @ vector
    for i in np.argsort(-sims)[:5]:
        if sims[i] < SIMILAR:
            break
        if not tokens[i] & own:
            return True
    return False
