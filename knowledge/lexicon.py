"""Translations learned from the corpus itself, by the bundled multilingual embedder.

The English–French glossary (glossary.py, read by terms.py) knows the trade's usual words; a union's
documents have their own ("pronunciation research", "pick-ups", "pension"). The
embedder places a word near its translation, so a question's word that no text of the
other language uses is also searched, like a glossary translation, as the word of that
language nearest it in the corpus: "prononciation" as "pronunciation". Nearest by
cross-domain similarity local scaling (CSLS, Conneau et al. 2018, "Word translation
without parallel data"): a word near every word of the other language ("dues", "fee")
is a hub, and its similarity is discounted by how near it is to everything.

Only where it helps: a question in the language most of the corpus is not written in
(a French question over English agreements; the other way round, the answer is seldom
only in a translation, and restatements pulled in crowd out the terms), a word the
glossary does not already translate, and a translation that is rare in its own
language's texts (a common word finds everything). Measured on the development sets
(README). The corpus's words are embedded once per generation, when it is written; a
question's words the corpus never uses are embedded when asked, in one batch.

Tried (session 14): a gloss of the whole question, each word as the nearest word of the
other language at cosine 0.7 or more ("décédée" → "deceased", "parc" → "park"), embedded
to rank the units of that language as near the question as to its gloss. It found
union-m's clause on a deceased performer's double and gained four sets a source each,
but lost five figures over four sets (a French question over English documents lifts
nearly every unit, and rows crowd out the clause that answers); ranking only, without
moving the match that decides to answer, still lost four.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from .embeddings import Embedder
from .lexical import FILLER_WORDS, STOPWORDS, fold, tokenize
from .terms import translations
from .unit_vectors import normalised

MIN_LETTERS = 4  # shorter words are mostly function words, codes and abbreviations
HUB_NEIGHBOURS = 10  # CSLS's k: a word's mean similarity to its k nearest of the other language
MIN_SIMILARITY = 0.65  # the plain cosine a translation also needs
MAX_SHARE = 0.05  # of its language's chunks a translation may appear in…
MAX_CHUNKS = 2  # …or in this many, however small the corpus
LANGUAGES = ("en", "fr")
VERSION = "1"
_WORD = re.compile(r"(?:\b(?:[cdjlmnst]|qu)['’])?([^\W\d_]+(?:-[^\W\d_]+)*)", re.I)
_SKIP = frozenset(STOPWORDS) | frozenset(fold(w) for w in FILLER_WORDS)
_BLOCK_FLOATS = 1 << 22  # similarities computed at once (16 MB of float32)
_ASKED = 4096  # question words kept embedded


def words(text: str) -> list[str]:
    """The content words of `text`, lower-cased, as written (accents kept; "l'annonceur"
    is "annonceur")."""
    return [
        w
        for w in (m.group(1).lower() for m in _WORD.finditer(text))
        if len(w) >= MIN_LETTERS and fold(w) not in _SKIP
    ]


class Lexicon:
    """The corpus's words: the language each is mostly written in, the share of that
    language's chunks it appears in, its vector and its hubness. Thread-safe."""

    def __init__(
        self,
        vocabulary: list[str],
        language: list[str],
        share: np.ndarray,
        vectors: np.ndarray,
        chunks: dict[str, int],
        embeddings: Embedder | None = None,
    ):
        self.words = vocabulary
        self.language = np.asarray(language, dtype=object)
        self.share = share
        self.vectors = vectors
        self.chunks = chunks  # chunks per language
        self._row = {w: i for i, w in enumerate(vocabulary)}
        self._embeddings = embeddings
        # the stems each language's words have ("payé" and "paid" share none), and each
        # word's hubness: computed when the lexicon is built or loaded, never per question
        self._stems: dict[str, set[str]] = {lang: set() for lang in LANGUAGES}
        for tokens, lang in zip(tokenize(vocabulary) if vocabulary else [], language, strict=True):
            self._stems.setdefault(lang, set()).update(tokens)
        self._hub = _hubness(vectors, self.language)
        self._asked: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    @classmethod
    def build(
        cls,
        texts: Iterable[tuple[str, str]],
        embeddings: Embedder,
        previous: Lexicon | None = None,
        dimension: int = 0,
    ) -> Lexicon:
        """From (chunk text, language) pairs: each word in the language it is most used in.
        The vectors of words `previous` has are copied, not embedded again, when they have
        the embedder's `dimension` (0: unknown, none are copied)."""
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        chunks_with: Counter[str] = Counter()
        chunks: Counter[str] = Counter()
        for text, lang in texts:
            if lang in LANGUAGES:
                chunks[lang] += 1
                found = words(text)
                chunks_with.update(set(found))
                for w in found:
                    counts[w][lang] += 1
        vocabulary = sorted(counts)
        language = [counts[w].most_common(1)[0][0] for w in vocabulary]
        share = np.asarray(
            [
                chunks_with[w] / max(chunks[lang], 1)
                for w, lang in zip(vocabulary, language, strict=True)
            ],
            dtype=np.float32,
        )
        if previous is not None and previous.vectors.shape[1:] != (dimension,):
            previous = None  # another embedder's vectors: none is reused
        # as they are stored (float16): a lexicon built and one loaded translate alike
        vectors = _reuse(previous, vocabulary, embeddings).astype(np.float16).astype(np.float32)
        return cls(vocabulary, language, share, vectors, dict(chunks), embeddings)

    def save(self, folder: Path) -> None:
        np.save(folder / "lexicon-vectors.npy", self.vectors.astype(np.float16), allow_pickle=False)
        meta = {
            "version": VERSION,
            "words": self.words,
            "language": list(self.language),
            "share": [float(x) for x in self.share],
            "chunks": self.chunks,
        }
        (folder / "lexicon.json").write_text(json.dumps(meta), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, embeddings: Embedder | None = None) -> Lexicon:
        meta = json.loads((folder / "lexicon.json").read_text(encoding="utf-8"))
        if meta.get("version") != VERSION:
            raise ValueError("a lexicon of another version")
        vectors = np.load(folder / "lexicon-vectors.npy", allow_pickle=False).astype(np.float32)
        if vectors.shape[0] != len(meta["words"]):
            raise ValueError("lexicon vectors and words disagree")
        share = np.asarray(meta["share"], dtype=np.float32)
        return cls(meta["words"], meta["language"], share, vectors, meta["chunks"], embeddings)

    def translate(self, text: str, language: str) -> list[str]:
        """The corpus words of the other language nearest the words of `text`, a question
        in `language`, that no text of the other language uses: one each at most."""
        if language not in LANGUAGES or not self.words:
            return []
        other = LANGUAGES[1 - LANGUAGES.index(language)]
        if self.chunks.get(language, 0) >= self.chunks.get(other, 0):
            return []  # the corpus is mostly in the question's language
        # a word is asked when the other language's texts do not use it (by its stem) and
        # the glossary does not already translate it
        candidates = list(dict.fromkeys(words(text)))
        used = self._stems.get(other, set())
        asked = [
            w
            for w, own in zip(candidates, tokenize(candidates) if candidates else [], strict=True)
            if not (own and own[0] in used) and not (own and translations(own))
        ]
        theirs = np.flatnonzero(self.language == other)
        if not asked or not theirs.size:
            return []
        sims = self._vectors_of(asked) @ self.vectors[theirs].T
        csls = 2 * sims - _mean_top(sims)[:, None] - self._hub[theirs][None, :]
        found = []
        for i in range(len(asked)):
            j = int(np.argmax(csls[i]))
            target = int(theirs[j])
            if sims[i, j] >= MIN_SIMILARITY and self._rare(target, other):
                found.append(self.words[target])
        return found

    def _rare(self, row: int, language: str) -> bool:
        share = float(self.share[row])
        return share <= MAX_SHARE or share * self.chunks.get(language, 0) <= MAX_CHUNKS

    def _vectors_of(self, asked: list[str]) -> np.ndarray:
        with self._lock:
            missing = [w for w in asked if w not in self._row and w not in self._asked]
        new = _embed(self._embeddings, missing) if missing and self._embeddings else None
        with self._lock:
            if new is not None:
                if len(self._asked) + len(missing) > _ASKED:
                    self._asked.clear()
                self._asked.update(zip(missing, new, strict=True))
            dim = self.vectors.shape[1]
            return np.vstack(
                [
                    self.vectors[self._row[w]]
                    if w in self._row
                    else self._asked.get(w, np.zeros(dim, dtype=np.float32))
                    for w in asked
                ]
            )


def _reuse(previous: Lexicon | None, vocabulary: list[str], embeddings: Embedder) -> np.ndarray:
    """The vectors of `vocabulary`: copied from `previous` where it has them (an edited
    document costs only its new words), embedded otherwise."""
    known = previous._row if previous is not None and previous.vectors.size else {}
    todo = [w for w in vocabulary if w not in known]
    fresh = dict(zip(todo, _embed(embeddings, todo), strict=True)) if todo else {}
    if not vocabulary:
        return np.zeros((0, 0), dtype=np.float32)
    return np.vstack(
        [fresh[w] if w in fresh else previous.vectors[known[w]] for w in vocabulary]  # type: ignore[union-attr]
    ).astype(np.float32)


def _hubness(vectors: np.ndarray, language: np.ndarray) -> np.ndarray:
    """For each word, its mean similarity to its nearest words of the other languages, in
    blocks of rows (bounded memory)."""
    hub = np.zeros(len(language), dtype=np.float32)
    for of in LANGUAGES:
        mine = np.flatnonzero(language == of)
        others = vectors[language != of]
        if not mine.size or not len(others):
            continue
        block = max(1, _BLOCK_FLOATS // len(others))
        for start in range(0, mine.size, block):
            rows = mine[start : start + block]
            hub[rows] = _mean_top(vectors[rows] @ others.T)
    return hub


def _mean_top(sims: np.ndarray) -> np.ndarray:
    k = min(HUB_NEIGHBOURS, sims.shape[1])
    if k == 0:
        return np.zeros(sims.shape[0], dtype=np.float32)
    return np.partition(sims, sims.shape[1] - k, axis=1)[:, -k:].mean(axis=1)


def _embed(embeddings: Embedder, texts: list[str]) -> np.ndarray:
    return np.asarray(normalised(embeddings, texts)) if texts else np.zeros((0, 0), np.float32)
