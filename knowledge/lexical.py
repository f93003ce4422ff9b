"""BM25 over chunks and over document "cards", with bm25s, persisted beside the store.

Local Chroma has no sparse search, so lexical ranking runs here. Figures are
normalised before tokenising ("$1,204", "1 204 $" and "1204" are one token),
single characters are kept ("Schedule F"), and stopwords of English and French
are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import bm25s
import numpy as np
import Stemmer

_THOUSANDS = re.compile(r"(?<=\d)[,\u00a0\u202f ](?=\d{3}(?!\d))")
_TOKEN_PATTERN = r"(?u)\b\w+\b"
_STEMMER = Stemmer.Stemmer("english")


def fold(text: str) -> str:
    """Without accents: members type "clement", "duree", "replique" for "Clément"…"""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


STOPWORDS = sorted(
    {fold(w) for w in bm25s.stopwords.STOPWORDS_EN}
    | {fold(w) for w in bm25s.stopwords.STOPWORDS_FRENCH}
)


# Words that carry no subject of their own in a member's question ("how much do I get",
# "c'est combien"): they are not rare terms a passage must contain, wherever they are
# missing from a corpus. Search still sees them; only a unit's coverage ignores them.
FILLER_WORDS = (
    "i me my mine myself we us our ours you your yours he him his she her hers its them "
    "what which who whom whose when where why how am were been being have has had do does "
    "did doing done can could would should shall may might must about so than too very just "
    "also any some much many get gets got getting go goes going went gone anyone anything "
    "something "
    "someone know tell please thanks thank hi hello ok okay lol yeah still really actually "
    "like want wants need needs here now currently anyway q gotta gonna wanna "
    "urgent urgently asap quick quickly seriously honestly otherwise "
    "combien quoi quel quelle quels quelles quand où comment pourquoi ça cela ceci fait faire "
    "font peut peux pouvez doit doivent dois veux veut veulent vraiment juste bien alors donc "
    "aussi encore tout tous toute toutes très trop merci bonjour salut genre quelque chose "
    "truc maintenant actuellement actuel actuelle là ici urgence vite rapidement "
    "sinon sérieusement franchement"
).split()


def normalise(text: str) -> str:
    return fold(_THOUSANDS.sub("", text))


def tokenize(texts: list[str]) -> list[list[str]]:
    out = bm25s.tokenize(
        [normalise(t) for t in texts],
        lower=True,
        stopwords=STOPWORDS,
        stemmer=_STEMMER,
        token_pattern=_TOKEN_PATTERN,
        return_ids=False,
        show_progress=False,
    )
    return [list(tokens) for tokens in out]  # type: ignore[union-attr]


class LexicalIndex:
    """BM25 over a fixed list of texts; scores come back for every text, in order."""

    def __init__(self, model: bm25s.BM25, size: int):
        self.model = model
        self.size = size

    @classmethod
    def build(cls, texts: list[str]) -> LexicalIndex:
        model = bm25s.BM25()
        tokens = tokenize(texts) if texts else []
        # bm25s cannot index an empty corpus or empty documents: give each a placeholder token.
        model.index([t or ["\x00empty"] for t in tokens] or [["\x00empty"]], show_progress=False)
        return cls(model, len(texts))

    def save(self, folder: Path) -> None:
        self.model.save(str(folder))
        (folder / "size").write_text(str(self.size))

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        model = bm25s.BM25.load(str(folder), mmap=False)
        return cls(model, int((folder / "size").read_text()))

    def idf(self, tokens: list[str]) -> dict[str, float]:
        """Inverse document frequency of each token (unknown tokens get the rarest weight)."""
        vocab = self.model.vocab_dict
        indptr = self.model.scores["indptr"]
        n = max(self.size, 1)
        out = {}
        for t in tokens:
            row = vocab.get(t)
            df = int(indptr[row + 1] - indptr[row]) if row is not None else 0
            out[t] = float(np.log(1 + (n - df + 0.5) / (df + 0.5)))
        return out

    def scores(self, tokens: list[str]) -> np.ndarray:
        if not self.size:
            return np.zeros(0, dtype=np.float32)
        vocab = self.model.vocab_dict
        known = [t for t in tokens if t in vocab]
        if not known:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self.model.get_scores(known), dtype=np.float32)[: self.size]
