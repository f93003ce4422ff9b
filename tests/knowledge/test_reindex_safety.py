"""A reindex never disturbs searches: they see the old index until it is complete,
a failed reindex leaves it as it was, and only one reindex runs at a time."""

from __future__ import annotations

import threading

import pytest

from knowledge.errors import ReindexInProgressError

OLD = "# Overtime\n\nOvertime is paid at time and one half after eight hours.\n"
NEW = "# Overtime\n\nOvertime is paid at double time after ten hours on any day.\n"


def long_document(word: str, paragraphs: int = 150) -> str:
    return "\n\n".join(
        f"Clause {i}: the {word} allowance for day {i} is paid at the end of the week."
        for i in range(paragraphs)
    )


def test_a_search_during_a_reindex_is_answered_from_the_previous_index(
    make_engine, source_dir, write
):
    write(source_dir, {"contracts/overtime.md": OLD})
    engine = make_engine()
    engine.reindex()
    other_reader = make_engine()  # e.g. another bot shard on the same data folder
    write(source_dir, {"contracts/overtime.md": NEW, "contracts/meals.md": long_document("meal")})
    seen: dict[str, list[str]] = {}

    def search_midway(stage: str, done: int, total: int) -> None:
        if stage == "embedding" and not seen:
            seen["engine"] = [p.text for p in engine.search("overtime paid", k=10)]
            seen["other"] = [p.text for p in other_reader.search("overtime paid", k=10)]

    report = engine.reindex(progress=search_midway)

    assert report.changed and report.updated == 1 and report.added == 1
    assert seen["engine"] == seen["other"] == [OLD.strip()]  # the old text, nothing new
    now = [p.text for p in engine.search("overtime paid", k=1)]
    assert "double time" in now[0]


def test_a_failed_reindex_leaves_the_previous_index_usable(
    make_engine, make_embedder, source_dir, write
):
    write(source_dir, {"contracts/overtime.md": OLD})
    embedder = make_embedder()
    engine = make_engine(embedder, chunk_chars=100)  # a paragraph a chunk: 150 chunks
    engine.reindex()
    store = engine.store
    pointer = store.pointer()
    generations = store.generation_names()
    caches = sorted(p.name for p in (store.data_dir / "cache").iterdir())
    write(source_dir, {"contracts/overtime.md": NEW, "contracts/meals.md": long_document("meal")})
    embedder.fail_on_batch = embedder.batches + 2  # the second batch of 64 chunks fails
    stages = []

    with pytest.raises(RuntimeError, match="failed midway"):
        engine.reindex(progress=lambda stage, done, total: stages.append((stage, done)))

    assert ("embedding", 64) in stages  # it failed midway, not before starting
    assert store.pointer() == pointer
    assert store.generation_names() == generations  # the half-built collection is dropped
    assert sorted(p.name for p in (store.data_dir / "cache").iterdir()) == caches
    for reader in (engine, make_engine(chunk_chars=100)):
        hits = reader.search("overtime paid", k=10)
        assert [h.source for h in hits] == ["contracts/overtime.md"]
        assert "time and one half" in hits[0].text
    # The lock was released and the next run completes the update.
    embedder.fail_on_batch = None
    report = engine.reindex()
    assert (report.updated, report.added) == (1, 1)
    assert "double time" in engine.search("overtime paid", k=1)[0].text


def test_only_one_reindex_runs_at_a_time(make_engine, source_dir, write):
    write(source_dir, {"contracts/overtime.md": OLD})
    engine = make_engine()
    started, release = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def held_open(stage: str, done: int, total: int) -> None:
        started.set()
        release.wait(timeout=30)

    def first_reindex() -> None:
        try:
            outcome["report"] = engine.reindex(progress=held_open)
        except BaseException as e:  # surfaced by the assertions below
            outcome["error"] = e

    worker = threading.Thread(target=first_reindex)
    worker.start()
    try:
        assert started.wait(timeout=30)
        with pytest.raises(ReindexInProgressError, match="already running"):
            engine.reindex()
        with pytest.raises(ReindexInProgressError):
            make_engine().reindex()  # another engine on the same data folder
    finally:
        release.set()
        worker.join(timeout=60)

    assert "error" not in outcome, outcome.get("error")
    assert outcome["report"].added == 1
    assert engine.reindex().skipped == 1  # the lock is free again


def test_a_reader_survives_two_reindexes_by_another_engine(make_engine, source_dir, write):
    write(source_dir, {"contracts/overtime.md": OLD})
    reader, admin = make_engine(), make_engine()  # e.g. the bot, and the admin's CLI
    admin.reindex()
    assert "time and one half" in reader.search("overtime", k=1)[0].text
    write(source_dir, {"contracts/overtime.md": NEW})
    admin.reindex()
    write(source_dir, {"contracts/overtime.md": NEW + "\nSundays are paid at triple time.\n"})
    admin.reindex()

    assert "triple time" in reader.search("overtime", k=1)[0].text
