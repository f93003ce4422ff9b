"""The loader process: a file that hangs, eats memory or kills its loader fails with a reason,
and the files after it are loaded by a fresh worker."""

from __future__ import annotations

import time

import pytest
from hostile_work import crash_on_crash, eat_memory_on_big, hang_on_slow

from knowledge.errors import DocumentError
from knowledge.loading import LoadLimits
from knowledge.sandbox import LoaderProcess

MD = b"# Overtime\n\nTime and a half after eight hours.\n"


@pytest.mark.parametrize(
    ("work", "name", "reason"),
    [
        (hang_on_slow, "slow.md", "took longer than 10 s"),
        (eat_memory_on_big, "big.md", "needs more than 1000 MB of memory"),
        (crash_on_crash, "crash.md", "killed by SIGKILL"),
    ],
)
def test_a_file_that_breaks_its_loader_fails_and_the_next_one_loads(work, name, reason):
    limits = LoadLimits(seconds=10, memory_bytes=1_000_000_000)
    with LoaderProcess(limits, 700, work=work) as loader:
        document, chunks = loader.load(MD, "before.md")
        assert document.title == "Overtime" and chunks
        first = loader.pid

        t0 = time.monotonic()
        with pytest.raises(DocumentError, match=reason):
            loader.load(MD, name)
        assert time.monotonic() - t0 < 60

        document, _ = loader.load(MD, "after.md")
        assert document.source == "after.md"
        assert loader.pid != first  # the broken worker was replaced


def test_one_worker_serves_a_run_and_the_next_one():
    limits = LoadLimits(memory_bytes=1_234_000_000)  # a worker of its own
    with LoaderProcess(limits) as loader:
        assert loader.pid is None  # none until a file needs loading
        loader.load(MD, "a.md")
        first = loader.pid
        loader.load(MD, "b.md")
        assert loader.pid == first
    with LoaderProcess(limits) as loader:
        loader.load(MD, "c.md")
        assert loader.pid == first
    with LoaderProcess(LoadLimits(memory_bytes=1_235_000_000)) as loader:
        loader.load(MD, "d.md")
        assert loader.pid != first  # another memory limit: another worker


def test_a_reindex_with_nothing_changed_loads_nothing(make_engine, source_dir, write, monkeypatch):
    write(source_dir, {"a.md": MD.decode()})
    engine = make_engine()
    assert engine.reindex().added == 1

    def refuse(*args):
        raise AssertionError("an unchanged file was loaded")

    monkeypatch.setattr(LoaderProcess, "load", refuse)
    report = engine.reindex()
    assert report.skipped == 1 and not report.failed
