"""Faults of the disk: interrupted runs leave nothing behind once a run succeeds, and a
full or read-only data folder is one line with the previous index intact."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from knowledge.housekeeping import folder_size
from tests.knowledge.test_shared_server import HOLDER, NEW, OLD, meals

ROOT = Path(__file__).parents[2]


def kill_midway(source_dir: Path, data_dir: Path) -> None:
    """A reindex in another process, SIGKILLed once its new collection has vectors."""
    holder = subprocess.Popen(
        [sys.executable, str(HOLDER), str(source_dir), str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)


def segment_folders(data_dir: Path) -> set[str]:
    return {p.name for p in (data_dir / "chroma").iterdir() if p.is_dir()}


def test_a_successful_run_removes_every_leftover_of_killed_runs(
    make_engine, source_dir, data_dir, write
):
    write(source_dir, {"contracts/overtime.md": OLD, "contracts/meals.md": meals(300)})
    engine = make_engine(chunk_chars=100)
    reference = make_engine(chunk_chars=100, data_dir=data_dir.with_name("reference"))
    engine.reindex()
    reference.reindex()
    clean_size = folder_size(data_dir)
    write(source_dir, {"contracts/overtime.md": NEW, "contracts/meals.md": meals(301)})
    reference.reindex()  # the same two generations, built without a kill
    for _ in range(2):
        kill_midway(source_dir, data_dir)
    stale_tmp = data_dir / "cache" / f"{engine.store.prefix}-1.{uuid.uuid4().hex[:12]}.tmp"
    stale_tmp.mkdir(parents=True)  # as a run killed while writing its cache leaves
    (stale_tmp / "chunks.jsonl").write_text("{}\n" * 1000)
    assert len(engine.store.generation_names()) == 3  # the current one and 2 orphans
    grown = folder_size(data_dir)
    assert grown > clean_size

    report = engine.reindex()

    assert report.updated == 2
    store = engine.store
    pointer = store.pointer()
    assert pointer is not None
    kept = sorted([pointer["previous"], pointer["current"]])
    assert store.generation_names() == kept
    assert sorted(p.name for p in (data_dir / "cache").iterdir()) == kept  # no .tmp folder
    import sqlite3

    with contextlib.closing(sqlite3.connect(data_dir / "chroma" / "chroma.sqlite3")) as con:
        live = {row[0] for row in con.execute("SELECT id FROM segments")}
    assert segment_folders(data_dir) <= live  # no vector folder of a dropped collection
    assert folder_size(data_dir) <= 1.15 * folder_size(reference.store.data_dir)
    assert "double time" in engine.search("overtime paid", k=1)[0].text
    assert engine.stats()["data_bytes"] == folder_size(data_dir)


def test_stats_shows_the_data_folders_size(cli, source_dir, data_dir, write):
    write(source_dir, {"contracts/overtime.md": OLD})
    cli("index", "--source", source_dir, "--data", data_dir)

    shown = cli("stats", "--data", data_dir).out

    line = next(x for x in shown.splitlines() if "data_size" in x)
    assert line.strip().endswith(" MB")
    assert float(line.split(":")[1].split()[0]) == pytest.approx(folder_size(data_dir) / 1e6, 0.1)


class FullDisk:
    """Writes to files under `folder` fail with ENOSPC once `budget` bytes are written."""

    def __init__(self, folder: Path, budget: int = 0):
        self.folder, self.budget = folder.resolve(), budget
        self.real_open = open

    def open(self, file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        handle = self.real_open(file, mode, *args, **kwargs)
        if not any(m in mode for m in "wax") or self.folder not in Path(file).resolve().parents:
            return handle
        fault = self

        class Limited:
            def __init__(self) -> None:
                self._h = handle

            def write(self, data):  # type: ignore[no-untyped-def]
                fault.budget -= len(data)
                if fault.budget < 0:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(file))
                return self._h.write(data)

            def __getattr__(self, name):  # type: ignore[no-untyped-def]
                return getattr(self._h, name)

            def __enter__(self):  # type: ignore[no-untyped-def]
                return self

            def __exit__(self, *exc):  # type: ignore[no-untyped-def]
                self._h.close()

        return Limited()


def test_a_full_disk_is_one_line_and_the_previous_index_serves(
    cli, source_dir, data_dir, write, monkeypatch
):
    write(source_dir, {"contracts/overtime.md": OLD})
    assert cli("index", "--source", source_dir, "--data", data_dir).code == 0
    write(source_dir, {"contracts/overtime.md": NEW})
    full = FullDisk(data_dir / "cache", budget=100)
    monkeypatch.setattr("knowledge.store.open", full.open, raising=False)

    result = cli("index", "--source", source_dir, "--data", data_dir)

    assert result.code == 1 and result.out == ""
    assert result.err.strip().count("\n") == 0, result.err
    assert "is full: free some space" in result.err
    assert not [p for p in (data_dir / "cache").iterdir() if p.name.endswith(".tmp")]
    monkeypatch.undo()
    found = cli("search", "overtime paid", "--data", data_dir, "--k", "1").out
    assert "time and one half" in found


@contextlib.contextmanager
def read_only_view(folder: Path, view: Path):
    """`view`: the same files as `folder`, on a read-only bind mount (root ignores chmod)."""
    view.mkdir(parents=True, exist_ok=True)
    bound = subprocess.run(["mount", "--bind", str(folder), str(view)], capture_output=True)
    if bound.returncode != 0:
        pytest.skip(f"cannot bind-mount as root here: {bound.stderr.decode().strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True)
        yield view
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)


@contextlib.contextmanager
def read_only_copy(folder: Path, view: Path):
    """Without root: `folder` itself, its permissions made read-only."""
    for path, _, files in os.walk(folder):
        os.chmod(path, 0o555)
        for name in files:
            os.chmod(Path(path) / name, 0o444)
    try:
        yield folder
    finally:
        for path, _, files in os.walk(folder):
            os.chmod(path, 0o755)
            for name in files:
                os.chmod(Path(path) / name, 0o644)


def test_a_read_only_data_folder_is_one_line_and_the_index_is_intact(
    cli, source_dir, data_dir, tmp_path, write
):
    write(source_dir, {"contracts/overtime.md": OLD})
    assert cli("index", "--source", source_dir, "--data", data_dir).code == 0
    write(source_dir, {"contracts/overtime.md": NEW})
    blocked = read_only_view if os.geteuid() == 0 else read_only_copy

    with blocked(data_dir, tmp_path / "ro") as data:
        result = cli("index", "--source", source_dir, "--data", data)

    assert result.code == 1 and result.out == ""
    assert result.err.strip().count("\n") == 0, result.err
    assert "cannot be written" in result.err and str(data) in result.err
    found = cli("search", "overtime paid", "--data", data_dir, "--k", "1")
    assert "time and one half" in found.out, found.err
