"""Instances that share a real `chroma run` server (started by the `chroma_server` fixture):
one reindex at a time across all of them, searches throughout, a crashed holder's lock
expires, a pointer to a deleted generation blocks nobody."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.errors import ReindexInProgressError, StoreUnavailableError
from knowledge.settings import KnowledgeSettings

OLD = "# Overtime\n\nOvertime is paid at time and one half after eight hours.\n"
NEW = "# Overtime\n\nOvertime is paid at double time after ten hours on any day.\n"
HOLDER = Path(__file__).with_name("hold_reindex.py")


def meals(paragraphs: int = 200) -> str:
    return "\n\n".join(
        f"Clause {i}: the meal allowance for day {i} is paid at the end of the week."
        for i in range(paragraphs)
    )


@pytest.fixture
def instance(chroma_server, make_embedder, source_dir, tmp_path):
    """instance(name) -> an Engine with its own data folder, on the shared server and prefix."""
    prefix = f"t{uuid.uuid4().hex[:10]}"

    def make(name: str, **options) -> Engine:
        options.setdefault("lock_seconds", 3.0)
        settings = KnowledgeSettings(
            _env_file=None,  # type: ignore[call-arg]
            source_dir=source_dir,
            data_dir=tmp_path / name,
            chroma_host=chroma_server.host,
            chroma_port=chroma_server.port,
            collection_prefix=prefix,
            pointer_check_seconds=0.0,
            **options,
        )
        return Engine(settings, make_embedder())

    return make


class Searching:
    """Searches from another instance in a thread, recording every outcome."""

    def __init__(self, engine: Engine, query: str):
        self.engine, self.query = engine, query
        self.texts: list[str] = []
        self.errors: list[BaseException] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.texts.append(self.engine.search(self.query, k=1)[0].text)
            except BaseException as e:
                self.errors.append(e)
            time.sleep(0.02)

    def __enter__(self) -> Searching:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=30)


def test_two_instances_reindex_one_at_a_time_and_every_instance_serves_the_switch(
    instance, source_dir, write
):
    write(source_dir, {"contracts/overtime.md": OLD})
    first, second, reader = instance("first"), instance("second"), instance("reader")
    first.reindex()
    assert "time and one half" in reader.search("overtime paid", k=1)[0].text
    write(source_dir, {"contracts/overtime.md": NEW, "contracts/meals.md": meals()})
    started, release = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def held_open(stage: str, done: int, total: int) -> None:
        started.set()
        release.wait(timeout=60)

    def run_first() -> None:
        try:
            outcome["report"] = first.reindex(progress=held_open)
        except BaseException as e:
            outcome["error"] = e

    with Searching(reader, "overtime paid") as searches:
        worker = threading.Thread(target=run_first)
        worker.start()
        try:
            assert started.wait(timeout=60)
            with pytest.raises(ReindexInProgressError, match="already running"):
                second.reindex()  # another instance, its own data folder: told, not run
            time.sleep(4)  # longer than the lease: the heartbeat keeps it
            with pytest.raises(ReindexInProgressError):
                second.reindex()
        finally:
            release.set()
            worker.join(timeout=120)
        assert "error" not in outcome, outcome.get("error")
        deadline = time.monotonic() + 30
        while "double time" not in (searches.texts or [""])[-1] and time.monotonic() < deadline:
            time.sleep(0.05)

    assert searches.errors == []
    assert "time and one half" in searches.texts[0]
    assert "double time" in searches.texts[-1]  # switched without a restart
    assert "double time" in second.search("overtime paid", k=1)[0].text
    report = second.reindex()  # the lock is free again; nothing changed
    assert (report.unchanged, report.changed) == (2, False)


def test_both_at_once_exactly_one_runs(instance, source_dir, write):
    write(source_dir, {"contracts/overtime.md": OLD, "contracts/meals.md": meals(400)})
    engines = [instance("a"), instance("b")]
    barrier = threading.Barrier(2)
    results: list[object] = []

    def run(engine: Engine) -> None:
        barrier.wait(timeout=30)
        try:
            results.append(engine.reindex())
        except BaseException as e:
            results.append(e)

    threads = [threading.Thread(target=run, args=(e,)) for e in engines]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)

    refused = [r for r in results if isinstance(r, ReindexInProgressError)]
    done = [r for r in results if not isinstance(r, BaseException)]
    # Either one was refused while the other ran, or the first finished before the second
    # started (then the second found nothing to do). Never an error of another kind.
    assert len(results) == 2 and len(refused) + len(done) == 2, results
    assert done and done[0].added == 2  # type: ignore[attr-defined]
    assert len(engines[0].store.generation_names()) == 1
    assert "time and one half" in engines[1].search("overtime paid", k=1)[0].text


def test_a_holder_killed_mid_run_keeps_the_lock_only_until_it_expires(
    instance, chroma_server, source_dir, write, tmp_path
):
    write(source_dir, {"contracts/overtime.md": OLD})
    survivor = instance("survivor")
    survivor.reindex()
    before = survivor.store.generation_names()
    write(source_dir, {"contracts/overtime.md": NEW})
    s = survivor.settings
    holder = subprocess.Popen(
        [
            sys.executable,
            str(HOLDER),
            str(source_dir),
            str(tmp_path / "holder"),
            s.chroma_host or "",
            str(s.chroma_port),
            s.collection_prefix,
            "3",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(ReindexInProgressError):
            survivor.reindex()
        assert len(survivor.store.generation_names()) == len(before) + 1  # half-built
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)

    deadline = time.monotonic() + 60
    report = None
    while report is None:
        try:
            report = survivor.reindex()
        except ReindexInProgressError:
            assert time.monotonic() < deadline, "the dead holder's lock never expired"
            time.sleep(0.5)
    assert report.updated == 1
    assert "double time" in survivor.search("overtime paid", k=1)[0].text
    names = survivor.store.generation_names()
    assert len(names) == 2 and names[0] == before[0]  # the killed run's collection is gone
    assert survivor.indexer._lease is None
    assert not [n for n in survivor.store.collection_names() if "--lock" in n or "--reap-" in n]


def test_a_pointer_to_a_deleted_generation_blocks_nobody_and_the_next_reindex_repairs_it(
    instance, source_dir, write
):
    write(source_dir, {"contracts/overtime.md": OLD})
    admin, bot = instance("admin"), instance("bot")
    admin.reindex()
    write(source_dir, {"contracts/overtime.md": NEW})
    admin.reindex()
    assert "double time" in bot.search("overtime paid", k=1)[0].text
    broken = admin.store.pointer()
    assert broken is not None
    admin.store.client.delete_collection(broken["current"])  # e.g. dropped by a racing run

    # Readers serve the newest complete generation: the previous one.
    assert "time and one half" in bot.search("overtime paid", k=1)[0].text
    assert "time and one half" in instance("fresh").search("overtime paid", k=1)[0].text
    assert admin.stats()["collection"] == broken["previous"]

    report = admin.reindex()
    repaired = admin.store.pointer()
    assert report.updated == 1 and repaired is not None
    assert repaired["current"] != broken["current"]
    assert admin.store.exists(repaired["current"])
    assert "double time" in bot.search("overtime paid", k=1)[0].text


def test_an_unchanged_run_repairs_a_broken_pointer(instance, source_dir, write):
    write(source_dir, {"contracts/overtime.md": OLD})
    admin = instance("admin")
    admin.reindex()
    good = admin.store.pointer()
    assert good is not None
    admin.store.set_pointer({**good, "current": f"{admin.store.prefix}-1"})  # missing

    report = admin.reindex()

    assert not report.changed
    assert admin.store.pointer() == good


def test_an_unreachable_server_is_one_clear_error_and_calls_work_again_once_it_is_back(
    tmp_path, make_embedder, source_dir, write
):
    from tests.chroma_server import ChromaServer

    write(source_dir, {"contracts/overtime.md": OLD})
    server = ChromaServer(tmp_path / "own-server").start()
    settings = KnowledgeSettings(
        _env_file=None,  # type: ignore[call-arg]
        source_dir=source_dir,
        data_dir=tmp_path / "data",
        chroma_host=server.host,
        chroma_port=server.port,
        pointer_check_seconds=0.0,
    )
    engine = Engine(settings, make_embedder())
    try:
        engine.reindex()
        server.stop()
        with pytest.raises(StoreUnavailableError, match="cannot reach the Chroma server"):
            engine.search("overtime paid")
        with pytest.raises(StoreUnavailableError):
            engine.reindex()
        with pytest.raises(StoreUnavailableError):
            Engine(settings, make_embedder()).search("overtime paid")  # down at start
        server.start()
        assert "time and one half" in engine.search("overtime paid", k=1)[0].text
    finally:
        server.stop()
