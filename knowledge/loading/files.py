"""The files of a documents folder, and reading one without being led outside it.

The folder is walked without recursion, to a bounded depth. A symbolic link is
followed only when it resolves to a regular file inside the folder; links that
lead out, broken links, links to folders, FIFOs, sockets and devices are
reported as skipped with their reason. Hidden files and folders are ignored.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DocumentError
from .document import LoadFailure
from .limits import check_size

MAX_DEPTH = 32


@dataclass
class FolderScan:
    files: list[tuple[Path, str]] = field(default_factory=list)  # (path, POSIX source name)
    skipped: list[LoadFailure] = field(default_factory=list)


def _special(mode: int) -> str | None:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe), not a regular file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    return None if stat.S_ISREG(mode) or stat.S_ISDIR(mode) else "not a regular file"


def scan_folder(folder: Path, max_depth: int = MAX_DEPTH) -> FolderScan:
    """Every regular file under `folder` but hidden ones, sorted by source name."""
    root = folder.resolve()
    scan = FolderScan()
    stack: list[tuple[Path, str, int]] = [(folder, "", 0)]
    while stack:
        directory, prefix, depth = stack.pop()
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            scan.skipped.append(
                LoadFailure(prefix or ".", f"cannot read the folder: {e.strerror or e}")
            )
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            source = prefix + entry.name
            reason = _check(entry, root)
            if reason == "folder":
                if depth + 1 >= max_depth:
                    scan.skipped.append(
                        LoadFailure(
                            source, f"folder nested deeper than {max_depth} levels: not read"
                        )
                    )
                else:
                    stack.append((Path(entry.path), source + "/", depth + 1))
            elif reason:
                scan.skipped.append(LoadFailure(source, reason))
            else:
                scan.files.append((Path(entry.path), source))
    scan.files.sort(key=lambda pair: pair[1])
    scan.skipped.sort(key=lambda f: f.source)
    return scan


def _check(entry: os.DirEntry[str], root: Path) -> str | None:
    """None for a file to read, "folder" for one to walk, else why the entry is skipped."""
    try:
        mode = entry.stat(follow_symlinks=False).st_mode
        if stat.S_ISLNK(mode):
            target = Path(entry.path).resolve()
            if not target.is_relative_to(root):
                return "symbolic link to outside the documents folder: not followed"
            if not target.exists():
                return "broken symbolic link"
            mode = target.stat().st_mode
            if stat.S_ISDIR(mode):
                return "symbolic link to a folder: not followed"
        elif stat.S_ISDIR(mode):
            return "folder"
    except (OSError, RuntimeError) as e:  # RuntimeError: a symbolic link loop
        return f"cannot read it: {getattr(e, 'strerror', None) or e}"
    return _special(mode)


def iter_source_files(folder: Path) -> Iterator[tuple[Path, str]]:
    """Every file `scan_folder` would read, with its POSIX path relative to `folder`, sorted."""
    yield from scan_folder(folder).files


def read_regular_file(path: Path, max_bytes: int | None) -> bytes:
    """The bytes of a regular file; never blocks on a FIFO nor reads past the size limit."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        raise DocumentError(f"cannot read the file: {e.strerror or e}") from e
    try:
        info = os.fstat(fd)
        if reason := _special(info.st_mode):
            raise DocumentError(reason)
        if stat.S_ISDIR(info.st_mode):
            raise DocumentError("a folder, not a file")
        check_size(info.st_size, max_bytes)
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read() if max_bytes is None else f.read(max_bytes + 1)
        check_size(len(data), max_bytes)
        return data
    except OSError as e:
        raise DocumentError(f"cannot read the file: {e.strerror or e}") from e
    finally:
        os.close(fd)
