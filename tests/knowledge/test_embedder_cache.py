"""The bundled embedder keeps its parsed tokenizer and its unpacked weights between runs,
and never trusts a bad file."""

from __future__ import annotations

import numpy as np

from knowledge.embeddings import UniversalSentenceEncoderEmbeddings


def test_the_parsed_tokenizer_is_kept_and_reused_with_identical_vectors(tmp_path):
    first = UniversalSentenceEncoderEmbeddings(cache_dir=tmp_path)
    expected = first.embed_query("préavis de 48 heures avant un scan")
    (kept,) = tmp_path.glob("usem3-tokenizer-*.pickle")
    written = kept.stat().st_mtime_ns

    second = UniversalSentenceEncoderEmbeddings(cache_dir=tmp_path)
    got = second.embed_query("préavis de 48 heures avant un scan")

    np.testing.assert_allclose(got, expected, rtol=1e-6)
    assert kept.stat().st_mtime_ns == written  # read, not parsed and written again


def test_a_damaged_cache_file_is_parsed_again(tmp_path):
    reference = UniversalSentenceEncoderEmbeddings().embed_query("stand-in day rate")
    embedder = UniversalSentenceEncoderEmbeddings(cache_dir=tmp_path)
    embedder.embed_query("warm")
    (kept,) = tmp_path.glob("usem3-tokenizer-*.pickle")
    kept.write_bytes(b"not a pickle")

    again = UniversalSentenceEncoderEmbeddings(cache_dir=tmp_path)
    np.testing.assert_allclose(again.embed_query("stand-in day rate"), reference, rtol=1e-6)
    assert kept.read_bytes() != b"not a pickle"  # replaced by a good one


def test_the_unpacked_weights_are_kept_and_mapped_with_identical_vectors(tmp_path):
    reference = UniversalSentenceEncoderEmbeddings().embed_documents(
        ["préavis de 48 heures", "$247"]
    )
    UniversalSentenceEncoderEmbeddings(cache_dir=tmp_path).load()
    (table,) = tmp_path.glob("usem3-weights-*.npy")
    (rest,) = tmp_path.glob("usem3-weights-*.pickle")
    written = (table.stat().st_mtime_ns, rest.stat().st_mtime_ns)

    again = UniversalSentenceEncoderEmbeddings(cache_dir=tmp_path)
    got = again.embed_documents(["préavis de 48 heures", "$247"])

    np.testing.assert_allclose(got, reference, rtol=1e-6)
    assert isinstance(again.model._backend.table, np.memmap)  # mapped, not unpacked again
    assert (table.stat().st_mtime_ns, rest.stat().st_mtime_ns) == written
    assert not list(tmp_path.glob("*.tmp"))


def test_damaged_weights_are_unpacked_again(tmp_path):
    reference = UniversalSentenceEncoderEmbeddings().embed_query("stand-in day rate")
    UniversalSentenceEncoderEmbeddings(cache_dir=tmp_path).load()
    (table,) = tmp_path.glob("usem3-weights-*.npy")
    table.write_bytes(table.read_bytes()[:4096])  # cut short, as by a full disk

    again = UniversalSentenceEncoderEmbeddings(cache_dir=tmp_path)
    np.testing.assert_allclose(again.embed_query("stand-in day rate"), reference, rtol=1e-6)
    assert table.stat().st_size > 60_000_000  # replaced by a whole one
