"""Fixtures for the knowledge engine: real Chroma in tmp_path, fake or real embedders.

`make_embedder()` gives a deterministic fake embedder that records what it was
asked to embed (and can be told to fail midway); meaning-dependent tests use the
session's real `bundled_embedder` instead. `cli(...)` runs `python -m knowledge`
in-process with the real bundled embedder (its loaded weights shared).

The answering tests share the corpora they only read: `answerer` answers without a model over
extractive_corpus.py, `make_answerer` over llm_corpus.py with the model played by a loopback
`standin`; each index is built once a session.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from context_corpus import DOCUMENTS as CONTEXT_DOCUMENTS
from extractive_corpus import AI_TERMS, NEWS, RATES, answerer_over
from langchain_core.embeddings import DeterministicFakeEmbedding, Embeddings
from llm_corpus import DOCUMENTS, TODAY, write_documents
from openai_standin import OpenAIStandin, running

from knowledge.answering import Answerer
from knowledge.embeddings import UniversalSentenceEncoderEmbeddings
from knowledge.engine import Engine
from knowledge.settings import KnowledgeSettings


class FakeEmbeddings(DeterministicFakeEmbedding):
    """Deterministic vectors (a hash of the text) with the name and dimension an index records."""

    name: str = "fake"
    dimension: int = 256


class CountingEmbeddings(Embeddings):
    """Wraps an embedder; counts what it embeds and can raise on the n-th batch."""

    def __init__(self, inner: Embeddings, *, fail_on_batch: int | None = None):
        self.inner = inner
        self.name = inner.name  # type: ignore[attr-defined]
        self.dimension = inner.dimension  # type: ignore[attr-defined]
        self.fail_on_batch = fail_on_batch
        self.batches = 0
        self.texts: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.batches += 1
        if self.fail_on_batch is not None and self.batches >= self.fail_on_batch:
            raise RuntimeError("the embedder failed midway")
        self.texts.extend(texts)
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch, tmp_path):
    """No setting leaks in from the environment, a .env file or the user's data folder."""
    import os

    for key in list(os.environ):
        if key.startswith(("STEWARD_", "CHROMA_", "OPENAI_")):
            monkeypatch.delenv(key)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def make_embedder() -> Callable[..., CountingEmbeddings]:
    def make(
        name: str = "fake", dimension: int = 256, *, fail_on_batch: int | None = None
    ) -> CountingEmbeddings:
        inner = FakeEmbeddings(size=dimension, name=name, dimension=dimension)
        return CountingEmbeddings(inner, fail_on_batch=fail_on_batch)

    return make


@pytest.fixture
def source_dir(tmp_path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    return folder


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def make_engine(source_dir, data_dir, make_embedder) -> Callable[..., Engine]:
    """Engine(settings for source_dir/data_dir, embeddings): a fresh counting fake by default."""

    def make(embeddings: Embeddings | None = None, **settings) -> Engine:
        settings.setdefault("source_dir", source_dir)
        settings.setdefault("data_dir", data_dir)
        return Engine(KnowledgeSettings(**settings), embeddings or make_embedder())

    return make


def write_files(folder: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")


@pytest.fixture
def write() -> Callable[[Path, dict[str, str | bytes]], None]:
    """write(folder, {relative path: text or bytes}); text is written as UTF-8, newlines as given."""
    return write_files


def pdf_bytes(pages: list[str], title: str | None = None) -> bytes:
    """A PDF with a text layer, one string per page (fpdf2)."""
    from fpdf import FPDF

    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.set_font("helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def encrypted_pdf_bytes(pages: list[str]) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(pages))))
    writer.encrypt("s3cret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scanned_pdf_bytes() -> bytes:
    """A PDF whose pages have no text layer (what a scanner without OCR produces)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.add_blank_page(612, 792)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes() -> bytes:
    """A Word document with a title, headings, paragraphs and a table (python-docx)."""
    import docx

    document = docx.Document()
    document.core_properties.title = "Stunt Agreement 2024"
    document.add_heading("Stunt Agreement 2024", 0)
    document.add_heading("Article 9 Stunt adjustments", 1)
    document.add_paragraph("A stunt adjustment is paid for every stunt performed on camera.")
    document.add_heading("Rates for stunt work", 2)
    table = document.add_table(rows=3, cols=2)
    for r, (role, rate) in enumerate(
        [("Role", "Day rate"), ("Stunt coordinator", "$1,487"), ("Stunt performer", "$1,204")]
    ):
        table.cell(r, 0).text = role
        table.cell(r, 1).text = rate
    document.add_paragraph("Rates rise by four percent on the first of July each year.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture
def documents() -> dict[str, Callable[..., bytes]]:
    """Builders of binary test documents: pdf(pages), encrypted_pdf(pages), scanned_pdf(), docx()."""
    return {
        "pdf": pdf_bytes,
        "encrypted_pdf": encrypted_pdf_bytes,
        "scanned_pdf": scanned_pdf_bytes,
        "docx": docx_bytes,
    }


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys, monkeypatch, bundled_embedder) -> Callable[..., CliResult]:
    """Run `python -m knowledge ARGS` in-process; the bundled embedder's weights are shared."""
    from knowledge.__main__ import main
    from knowledge.embeddings import UniversalSentenceEncoderEmbeddings

    model = bundled_embedder.model
    monkeypatch.setattr(UniversalSentenceEncoderEmbeddings, "model", property(lambda self: model))

    def run(*argv: str | Path) -> CliResult:
        capsys.readouterr()
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


# ---------- answering without a model: extractive_corpus.py ----------
@pytest.fixture(scope="session")
def embeddings() -> UniversalSentenceEncoderEmbeddings:
    return UniversalSentenceEncoderEmbeddings()


@pytest.fixture(scope="session")
def answerer(tmp_path_factory: pytest.TempPathFactory, embeddings) -> Answerer:
    documents = {"rates.md": RATES, "ai.md": AI_TERMS, "news.md": NEWS}
    return answerer_over(tmp_path_factory.mktemp("answers"), documents, embeddings)


# ---------- answering with a model played by a loopback stand-in: llm_corpus.py ----------
@pytest.fixture(scope="session")
def llm_corpus(
    tmp_path_factory: pytest.TempPathFactory, bundled_embedder: Embeddings
) -> tuple[Path, Path]:
    """(documents folder, data folder) of llm_corpus.py, indexed once a session (read-only)."""
    root = tmp_path_factory.mktemp("steward")
    docs, data = root / "docs", root / "data"
    write_documents(docs)
    settings = KnowledgeSettings(_env_file=None, source_dir=docs, data_dir=data, llm_enabled=False)  # type: ignore[call-arg]
    report = Engine(settings, embeddings=bundled_embedder).reindex()
    assert report.documents == len(DOCUMENTS) and not report.failed
    return docs, data


@pytest.fixture
def standin() -> Iterator[OpenAIStandin]:
    with running() as server:
        yield server


@pytest.fixture
def make_answerer(
    llm_corpus: tuple[Path, Path], bundled_embedder: Embeddings, standin: OpenAIStandin
) -> Callable[..., Answerer]:
    """An Answerer whose chat model is built from settings and points at the stand-in.
    (_isolated_environment above clears OPENAI_* and STEWARD_* variables for each test.)"""
    docs, data = llm_corpus

    def make(**overrides: Any) -> Answerer:
        options: dict[str, Any] = {
            "openai_base_url": standin.base_url,
            "openai_api_key": "test",
            "llm_timeout": 1.0,
            "llm_retries": 0,
            "data_dir": data,
            "source_dir": docs,
            **overrides,
        }
        settings = KnowledgeSettings(_env_file=None, **options)  # type: ignore[call-arg]
        return Answerer(Engine(settings, embeddings=bundled_embedder), today=TODAY)

    return make


@pytest.fixture(scope="session")
def context_answerer(tmp_path_factory: pytest.TempPathFactory, bundled_embedder) -> Answerer:
    """An extractive answerer over context_corpus.py's documents, in chunks of 400."""
    root = tmp_path_factory.mktemp("context")
    return answerer_over(root, CONTEXT_DOCUMENTS, bundled_embedder, chunk_chars=400)
