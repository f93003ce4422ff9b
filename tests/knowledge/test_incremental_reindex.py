"""Incremental reindex: unchanged files are skipped, edits replace, deletions remove."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from knowledge.errors import IndexNotFoundError
from knowledge.unit_vectors import chunk_text

PARKING_V1 = """\
# Parking

The parking allowance is twelve dollars per day on location.
"""

PARKING_V2 = """\
# Parking

The parking allowance is nineteen dollars per day on location, paid with the first cheque.
"""

CORPUS = {
    "contracts/parking.md": PARKING_V1,
    "contracts/meals.md": "# Meals\n\nA meal period is given within six hours of the call.\n",
    "rates/wardrobe.txt": "Wardrobe allowance\n\nEach evening wear outfit adds an allowance.\n",
}


@pytest.fixture
def indexed(make_engine, make_embedder, source_dir, write):
    """An engine (with a counting embedder) that has indexed CORPUS once."""
    write(source_dir, CORPUS)
    embedder = make_embedder()
    engine = make_engine(embedder)
    first = engine.reindex()
    assert (first.added, first.documents, first.changed) == (3, 3, True)
    embedder.texts.clear()
    embedder.batches = 0
    return engine, embedder


def split_embedded(engine, embedder):
    """What the embedder was given: (chunk texts, answer-unit texts); the single words of
    the lexicon (lexicon.py) are in `words_embedded`."""
    chunks = {chunk_text(r) for r in engine.store.open_current().records}
    return (
        [t for t in embedder.texts if t in chunks],
        [t for t in embedder.texts if t not in chunks and " " in t],
    )


def words_embedded(embedder):
    """The single words embedded for the lexicon: only those no earlier document had."""
    return [t for t in embedder.texts if " " not in t]


def all_passages(engine, query="allowance meal parking wardrobe"):
    return engine.search(query, k=1000)


def test_unchanged_reindex_skips_everything_and_embeds_nothing(indexed, make_engine, make_embedder):
    engine, embedder = indexed
    pointer = engine.store.pointer()

    report = engine.reindex()
    fresh_embedder = make_embedder()
    after_restart = make_engine(fresh_embedder).reindex()

    for r in (report, after_restart):
        assert (r.added, r.updated, r.deleted, r.skipped, r.failed) == (0, 0, 0, 3, [])
        assert not r.changed
    assert embedder.batches == 0 and fresh_embedder.batches == 0
    assert engine.store.pointer() == pointer  # nothing was written


def test_edited_file_is_updated_and_its_old_chunks_are_gone(indexed, source_dir):
    engine, embedder = indexed
    store = engine.store
    old = store.open_current()
    old_ids = [r.id for r in old.records if r.source == "contracts/parking.md"]
    kept = next(r for r in old.records if r.source == "contracts/meals.md")
    (source_dir / "contracts/parking.md").write_text(PARKING_V2, encoding="utf-8")

    report = engine.reindex()

    assert (report.updated, report.skipped, report.added, report.deleted) == (1, 2, 0, 0)
    chunks, units = split_embedded(engine, embedder)
    assert chunks and all(text in PARKING_V2 for text in chunks)
    # Its sentences are embedded for answers too, and only its own.
    assert units and all("nineteen dollars" in t for t in units)
    assert all(w in PARKING_V2.lower() for w in words_embedded(embedder))
    top = engine.search("how much is the parking allowance", k=1)[0]
    assert "nineteen dollars" in top.text
    assert not any("twelve" in p.text for p in all_passages(engine))
    current = store.collection(store.pointer()["current"])
    assert current.get(ids=old_ids)["ids"] == []
    assert current.count() == len(store.open_current().records)
    # The unchanged document was not re-embedded (above) and its vector carried over intact.
    copied = current.get(ids=[kept.id], include=["embeddings"])["embeddings"][0]
    previous = store.collection(old.name)
    original = previous.get(ids=[kept.id], include=["embeddings"])["embeddings"][0]
    np.testing.assert_allclose(copied, original, rtol=1e-6)  # float32 storage


def test_deleted_file_is_removed_and_never_returned(indexed, source_dir):
    engine, embedder = indexed
    (source_dir / "rates/wardrobe.txt").unlink()

    report = engine.reindex()

    assert (report.deleted, report.skipped, report.documents) == (1, 2, 2)
    assert embedder.batches == 0
    assert all(p.source != "rates/wardrobe.txt" for p in all_passages(engine, "wardrobe outfit"))
    assert {d["source"] for d in engine.documents()} == {
        "contracts/parking.md",
        "contracts/meals.md",
    }
    current = engine.store.collection(engine.store.pointer()["current"])
    assert current.get(where={"source": "rates/wardrobe.txt"})["ids"] == []


def test_new_file_is_added_and_only_it_is_embedded(indexed, source_dir, write):
    engine, embedder = indexed
    write(
        source_dir, {"contracts/travel.md": "# Travel\n\nMileage is paid per kilometre driven.\n"}
    )

    report = engine.reindex()

    assert (report.added, report.skipped) == (1, 3)
    chunks, units = split_embedded(engine, embedder)
    assert chunks == ["# Travel\n\nMileage is paid per kilometre driven."]
    assert units and all("Mileage is paid" in t for t in units)
    assert all(
        w in "travel: mileage is paid per kilometre driven" for w in words_embedded(embedder)
    )
    assert engine.search("mileage per kilometre", k=1)[0].source == "contracts/travel.md"


def test_a_file_that_breaks_keeps_its_previous_version(indexed, source_dir):
    engine, _ = indexed
    (source_dir / "contracts/parking.md").write_bytes(b"---\ntitle: [broken\n---\nText\n")

    report = engine.reindex()

    assert [f.source for f in report.failed] == ["contracts/parking.md"]
    assert report.failed[0].error.endswith("(the previous version stays indexed)")
    assert any("twelve dollars" in p.text for p in all_passages(engine))


def test_changing_the_chunk_size_rechunks_everything(indexed, make_engine, make_embedder):
    embedder = make_embedder()
    engine = make_engine(embedder, chunk_chars=40)

    report = engine.reindex()

    assert (report.updated, report.skipped) == (3, 0)
    records = engine.store.open_current().records
    assert len(records) == report.chunks > 3
    assert {r.text for r in records} <= set(embedder.texts)  # every new chunk was embedded


def test_stats_follow_the_index(indexed, source_dir):
    engine, _ = indexed
    before = engine.stats()
    (source_dir / "rates/wardrobe.txt").unlink()
    engine.reindex()
    after = engine.stats()

    assert (before["documents"], after["documents"]) == (3, 2)
    assert before["chunks"] == 3 and after["chunks"] == 2
    assert (after["embedder"], after["dimension"]) == ("fake", 256)
    assert after["collection"] != before["collection"]
    assert after["indexed_at"] >= before["indexed_at"]
    assert dt.datetime.fromisoformat(after["indexed_at"]).tzinfo is not None


def test_stats_before_any_index_say_so(make_engine):
    with pytest.raises(IndexNotFoundError, match="nothing is indexed"):
        make_engine().stats()
