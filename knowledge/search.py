"""Hybrid search: rank passages by meaning and by words, within the right document.

Measured on ContractNLI (README): BM25 finds the right agreement (its opening
names the parties) but ranks the title above the clause; the bundled embedder
tells long agreements apart poorly but ranks passages well inside the right
one; naive rank fusion of the two is worse than BM25 alone. Union questions are
the other way round: topical, often in French over English documents, where a
document prior pulls towards whichever document shares the question's language.
So two rankings are fused:

- document-scoped: document score (BM25 over document "cards": path, title,
  opening; plus ½ × its best BM25 chunk) + passage score;
- passage: ½ × BM25 of the query without the words that identified the best
  document (they match its title chunk, not the clause) + 1.5 × dense similarity.

Dense similarities come from Chroma: the global top hits, and every chunk of the
`ndocs` best documents. Query words found in the English–French glossary
(terms.py) are searched in the other language too, at reduced weight, and weigh in the
texts of the other language (a tenth as much in the question's own: stemmed, a
translation can be a false friend there, "obligé" and "obligations"). The two
rankings are combined by reciprocal rank (k=3), so the answer's first passages
come from both. Weights were chosen on ContractNLI and on eval/questions.yaml.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np

from .generation import Generation, card_texts
from .language import question_language
from .lexical import LexicalIndex, tokenize
from .lexicon import Lexicon
from .neighbours import Neighbours
from .passage import Passage
from .row_index import RowIndex
from .store import Store
from .structure import Structure
from .terms import expand

DOC_CARD_WEIGHT = 1.0
DOC_LEXICAL_WEIGHT = 0.5
PASSAGE_LEXICAL_WEIGHT = 0.5
PASSAGE_DENSE_WEIGHT = 1.5
EXPANSION_WEIGHT = 0.3
SAME_LANGUAGE_EXPANSION = 0.1  # share of that weight in texts of the question's own language
RRF_K = 3.0
MIN_PASSAGE_TOKENS = 3
_GLOBAL_DENSE = 50
_MAX_CANDIDATE_CHUNKS = 400


def _normalised(x: np.ndarray) -> np.ndarray:
    top = float(x.max()) if x.size else 0.0
    return x / top if top > 0 else x


def _rrf(x: np.ndarray) -> np.ndarray:
    ranks = np.empty(len(x), dtype=np.float64)
    ranks[np.argsort(-x, kind="stable")] = np.arange(1, len(x) + 1)
    return 1.0 / (RRF_K + ranks)


class Searcher(Neighbours):
    """Searches one generation. Thread-safe: it only reads."""

    def __init__(self, store: Store, generation: Generation):
        self.store = store
        self.generation = generation
        self.collection = store.collection(generation.name)
        self._card_tokens = [set(t) for t in tokenize(card_texts(generation.records))]
        self._languages = np.asarray(
            [str(r.metadata.get("language") or "") for r in generation.records], dtype=object
        )
        self._structure: Structure | None = None  # tables and sections, built on first use
        self._rows: RowIndex | None = None  # table rows by meaning, built on first use
        self._rows_lock = threading.Lock()
        self._last_scores: tuple[tuple[str, ...], np.ndarray] | None = None
        self._expansion: dict[str, np.ndarray] = {}  # question language → weight per chunk

    def _dense(
        self, vector: list[float], n: int, where: dict[str, Any] | None = None
    ) -> dict[int, float]:
        if n <= 0:
            return {}
        got = self.collection.query(
            query_embeddings=[vector], n_results=n, where=where, include=["distances"]
        )
        rows = self.generation.id_to_row
        return {
            rows[i]: 1.0 - float(d)
            for i, d in zip(got["ids"][0], got["distances"][0], strict=True)
            if i in rows
        }

    def _dense_rows(self, vector: list[float], rows: np.ndarray) -> dict[int, float]:
        """Exact cosine similarity of the given chunks, their vectors fetched by id.

        Much faster than a Chroma query filtered on `source` (1.5 ms against 9 ms for
        two documents among 10,000 chunks), and exact.
        """
        if rows.size == 0:
            return {}
        records = self.generation.records
        got = self.collection.get(ids=[records[int(r)].id for r in rows], include=["embeddings"])
        matrix = np.asarray(got["embeddings"], dtype=np.float32)
        query = np.asarray(vector, dtype=np.float32)
        norms = np.linalg.norm(matrix, axis=1) * np.linalg.norm(query)
        sims = matrix @ query / np.maximum(norms, 1e-12)
        index = self.generation.id_to_row
        return {index[i]: float(sim) for i, sim in zip(got["ids"], sims, strict=True) if i in index}

    def _expansion_weights(self, language: str) -> np.ndarray:
        """Per chunk, the share of a glossary translation's weight: whole in texts of
        another language (an unknown one included), SAME_LANGUAGE_EXPANSION in its own."""
        weights = self._expansion.get(language)
        if weights is None:
            weights = np.where(self._languages != language, 1.0, SAME_LANGUAGE_EXPANSION)
            self._expansion[language] = weights
        return weights

    @staticmethod
    def _lexical(
        index: LexicalIndex, tokens: list[str], extra: list[str], other: np.ndarray
    ) -> np.ndarray:
        """BM25 of the query's tokens, plus that of their glossary translations in the
        texts of the `other` language only: "required" → "obligé" must not find every
        "obligation" of an English contract (both stem to "oblig")."""
        scores = index.scores(tokens)
        if extra:
            scores = scores + EXPANSION_WEIGHT * index.scores(extra) * other
        return scores

    def search(self, query: str, k: int = 8, *, ndocs: int = 2) -> list[Passage]:
        g = self.generation
        n = len(g.records)
        if n == 0 or not query.strip():
            return []
        tokens = tokenize([query])[0]
        extra = expand(tokens)[len(tokens) :]
        # and the corpus's own translations of the words the glossary does not know
        language = question_language(query)
        learned = tokenize([" ".join(self.lexicon.translate(query, language))])
        extra += [t for t in learned[0] if t not in tokens and t not in extra]
        other_chunks = self._expansion_weights(language)
        other_docs = other_chunks[g.doc_starts]
        chunk_raw = self._lexical(g.chunk_index, tokens, extra, other_chunks)
        chunk_lex = _normalised(chunk_raw)
        card_lex = _normalised(self._lexical(g.card_index, tokens, extra, other_docs))
        vector = self.store.embed_query(query)
        doc_score = DOC_CARD_WEIGHT * card_lex + DOC_LEXICAL_WEIGHT * np.maximum.reduceat(
            chunk_lex, g.doc_starts
        )
        candidates = np.argsort(-doc_score, kind="stable")[:ndocs]

        identifying = self._card_tokens[int(candidates[0])]
        passage_tokens = [t for t in tokens if t not in identifying]
        passage_extra = [t for t in extra if t not in identifying]
        if len(set(passage_tokens)) < MIN_PASSAGE_TOKENS:  # a short question is all topic
            passage_tokens, passage_extra = tokens, extra
        passage_lex = _normalised(
            self._lexical(g.chunk_index, passage_tokens, passage_extra, other_chunks)
        )

        dense = np.zeros(n, dtype=np.float32)
        for row, sim in self._dense(vector, min(_GLOBAL_DENSE, n)).items():
            dense[row] = sim
        rows = np.flatnonzero(np.isin(g.doc_of, candidates))
        if rows.size <= _MAX_CANDIDATE_CHUNKS:
            scoped = self._dense_rows(vector, rows)
        else:
            where = {"source": {"$in": [g.sources[int(d)] for d in candidates]}}
            scoped = self._dense(vector, _MAX_CANDIDATE_CHUNKS, where)
        for row, sim in scoped.items():
            dense[row] = sim

        passage = PASSAGE_LEXICAL_WEIGHT * passage_lex + PASSAGE_DENSE_WEIGHT * dense
        score = _rrf(doc_score[g.doc_of] + passage) + _rrf(passage)
        order = np.argsort(-score, kind="stable")[:k]
        return [
            self._passage(int(row), float(score[row]), float(dense[row]), float(chunk_raw[row]))
            for row in order
        ]

    def _passage(self, row: int, score: float, dense: float = 0.0, lexical: float = 0.0) -> Passage:
        rec = self.generation.records[row]
        md = rec.metadata
        return Passage(
            rec.id,
            rec.source,
            str(md.get("title", rec.source)),
            rec.text,
            int(md["start"]),
            int(md["end"]),
            score,
            md,
            dense,
            lexical,
        )

    def in_other_language(self, query: str, k: int, language: str) -> list[Passage]:
        """The `k` chunks of documents not in `language` that BM25 scores best for `query`'s
        words (an already translated query: no vectors, no glossary)."""
        if not self.generation.records or not query.strip():
            return []
        scores = self.generation.chunk_index.scores(tokenize([query])[0])
        scores = scores * ((self._languages != language) & (self._languages != ""))
        rows = [int(r) for r in np.argsort(-scores, kind="stable")[:k] if scores[r] > 0]
        return [self._passage(r, float(scores[r]), 0.0, float(scores[r])) for r in rows]

    def nearest(self, query: str, n: int) -> list[Passage]:
        """The `n` chunks whose vectors are nearest the query's, in any language."""
        if n <= 0 or not self.generation.records or not query.strip():
            return []
        found = self._dense(self.store.embed_query(query), n)
        return [
            self._passage(row, sim, sim) for row, sim in sorted(found.items(), key=lambda x: -x[1])
        ]

    def nearest_rows(self, query: str, n: int) -> list[Passage]:
        """The chunks of the `n` table rows nearest the query by meaning (row_index.py)."""
        if n <= 0 or not self.generation.records or not query.strip():
            return []
        with self._rows_lock:  # built once, by the first thread that needs it
            if self._rows is None:
                self._rows = RowIndex(self.generation)
        found = self._rows.nearest(self.store.embed_query(query), n)
        return [self._passage(row, sim, sim) for row, sim in found]

    def passages_of(self, source: str) -> list[Passage]:
        """Every chunk of one document, in order."""
        g = self.generation
        if source not in g.sources:
            return []
        rows = np.flatnonzero(g.doc_of == g.sources.index(source))
        return [self._passage(int(row), 0.0) for row in rows]

    @property
    def lexicon(self) -> Lexicon:
        """The generation's words (lexicon.py), built here if it came without them."""
        if self.generation.lexicon is None:  # two threads may both build it: the same
            self.generation.lexicon = self.store.lexicon(self.generation.records)
        return self.generation.lexicon

    @property
    def structure(self) -> Structure:
        if self._structure is None:  # two threads may both build it: the same, harmless
            self._structure = Structure(self.generation.records)
        return self._structure

    def referenced(self, passage: Passage, query: str, limit: int) -> list[Passage]:
        """Up to `limit` chunks of the sections `passage` refers to ("paid at the minimums
        of Schedule A", "see Side Letter No. 4"), those nearest `query` (by meaning, and by
        its words), in its own document first."""
        structure = self.structure
        rows = structure.referenced(passage.text, passage.source, passage.heading)
        # a table row it names by its code ("row D-11") first: that one row, not the
        # nearest of a whole schedule it also names ("Schedule A, row D-11")
        named = structure.referenced(passage.text, passage.source, passage.heading, True)
        first = self._nearest_rows(named, passage, query, limit) if named else []
        rest = self._nearest_rows(rows, passage, query, limit) if len(first) < limit else []
        have = {p.id for p in first}
        return (first + [p for p in rest if p.id not in have])[:limit]

    def like_rows(self, passage: Passage, query: str, limit: int) -> list[Passage]:
        """Up to `limit` table chunks of other documents listing an item of the passage's
        rows (a memorandum's new minimum for the agreement's row), those nearest `query`."""
        row = self.generation.id_to_row.get(passage.id)
        if row is None:
            return []
        return self._nearest_rows(self.structure.tables.like(row), passage, query, limit)

    def _nearest_rows(
        self, rows: list[int], passage: Passage, query: str, limit: int
    ) -> list[Passage]:
        """Up to `limit` of the chunk `rows` nearest `query`, by meaning and by its words."""
        if not rows:
            return []
        found = np.asarray(rows)
        g = self.generation
        dense = self._dense_rows(self.store.embed_query(query), found)
        # as in a document-scoped search: without the words that name the document
        naming = set().union(*(self._card_tokens[int(d)] for d in set(g.doc_of[found])))
        tokens = tokenize([query])[0]
        passage_tokens = [t for t in tokens if t not in naming]
        if len(set(passage_tokens)) >= MIN_PASSAGE_TOKENS:  # else a short question is all topic
            tokens = passage_tokens
        lexical = _normalised(self._chunk_scores(tokens)[found])
        score = {
            int(r): PASSAGE_DENSE_WEIGHT * dense.get(int(r), 0.0) + PASSAGE_LEXICAL_WEIGHT * lex
            for r, lex in zip(found, lexical, strict=True)
        }
        best = sorted(score, key=lambda r: -score[r])[:limit]
        return [self._passage(r, passage.score) for r in sorted(best)]

    def _chunk_scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 of `tokens` over every chunk, the last tokens' remembered: the passages a
        question's answer reads may refer to sections several times."""
        key = tuple(tokens)
        last = self._last_scores
        if last is not None and last[0] == key:
            return last[1]
        scores = self.generation.chunk_index.scores(tokens)
        self._last_scores = (key, scores)  # one assignment: another thread sees all or none
        return scores
