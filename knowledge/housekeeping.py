"""Reclaiming the disk after interrupted runs: every leftover goes at the next success.

A reindex killed midway leaves its half-built collection in Chroma, its
`cache/<name>.tmp` folder, and, in the embedded store, the collection's vector
files (Chroma keeps a deleted collection's segment folder) and free pages in
`chroma.sqlite3`. `remove_leftovers` runs at the end of every successful run,
under the reindex lock (so no live run is building anything): it keeps the
generations the pointer names (current and previous) and removes the rest.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import Store

_SEGMENT_DIR = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_VACUUM_FREE_SHARE = 0.1


def folder_size(folder: Path) -> int:
    """Bytes used by the files under `folder` (0 when it does not exist)."""
    total = 0
    for path in folder.rglob("*") if folder.exists() else ():
        with contextlib.suppress(OSError):  # removed meanwhile
            if path.is_file() and not path.is_symlink():
                total += path.stat().st_size
    return total


def remove_leftovers(store: Store, keep: Iterable[str], markers: Iterable[str] = ()) -> None:
    keep = set(keep)
    for name in store.generation_names():
        if name not in keep:
            store.drop(name)
    for marker in markers:
        with contextlib.suppress(Exception):  # already gone
            store.client.delete_collection(marker)
    prune_cache(store.data_dir / "cache", keep)
    if not store.settings.chroma_host:
        # Space is worth reclaiming, but not worth failing a run that has succeeded.
        with contextlib.suppress(sqlite3.Error, OSError):
            compact_embedded(store.data_dir / "chroma")


def prune_cache(cache: Path, keep: set[str], *, unfinished: bool = True) -> None:
    """Remove cache folders of generations not kept, and (when `unfinished`) `.tmp` ones.

    Only the reindex lock's holder removes `.tmp` folders: a reader may be writing one.
    """
    if not cache.is_dir():
        return
    for entry in cache.iterdir():
        if entry.name in keep or (entry.name.endswith(".tmp") and not unfinished):
            continue
        shutil.rmtree(entry, ignore_errors=True)


def compact_embedded(chroma_dir: Path) -> None:
    """Remove vector folders of deleted collections; VACUUM when a tenth of the file is free."""
    db = chroma_dir / "chroma.sqlite3"
    if not db.is_file():
        return
    with contextlib.closing(sqlite3.connect(db, timeout=30)) as con:
        live = {row[0] for row in con.execute("SELECT id FROM segments")}
        for entry in chroma_dir.iterdir():
            if entry.is_dir() and _SEGMENT_DIR.fullmatch(entry.name) and entry.name not in live:
                shutil.rmtree(entry, ignore_errors=True)
        free = con.execute("PRAGMA freelist_count").fetchone()[0]
        pages = con.execute("PRAGMA page_count").fetchone()[0]
        if pages and free / pages > _VACUUM_FREE_SHARE:
            con.execute("VACUUM")
