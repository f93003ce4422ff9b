"""The bundled embedder runs its BLAS on STEWARD_EMBED_THREADS threads, whatever the process uses.

More threads per call only contend for the cores when the machine is busy: an answer
that took 0.05 s took 0.5 s with numpy's default threads while other work ran.
"""

from __future__ import annotations

from threadpoolctl import threadpool_info, threadpool_limits

from knowledge.embeddings import UniversalSentenceEncoderEmbeddings


def _blas_threads() -> set[int]:
    return {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}


def test_encoding_runs_on_the_configured_blas_threads(monkeypatch, tmp_path):
    for cache_dir in (None, tmp_path, tmp_path):  # unpacked; then kept; then mapped
        embedder = UniversalSentenceEncoderEmbeddings(threads=1, cache_dir=cache_dir)
        backend = embedder.model._model
        seen: list[set[int]] = []
        real = backend._encode

        def spy(texts, real=real, seen=seen):
            seen.append(_blas_threads())
            return real(texts)

        monkeypatch.setattr(backend, "_encode", spy)
        with threadpool_limits(limits=2, user_api="blas"):
            embedder.embed_query("stand-in day rate")

        assert seen == [{1}], cache_dir
