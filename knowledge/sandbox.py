"""Load and chunk untrusted files in a separate process, with a time and a memory limit.

A hostile file (a zip bomb the checks missed, a parser that loops) must not take
the bot or a reindex down: `LoaderProcess` hands each file to a worker process
whose address space is capped (RLIMIT_AS) and waits at most `LoadLimits.seconds`
for the answer. A worker that runs out of time is killed and one that dies is
replaced; either way that file fails with a one-line reason and the next file
goes on in a fresh worker. The worker is started on the first file that needs
loading (a reindex with nothing changed starts no process at all), reused for
the rest of the run, and kept idle a few minutes for the next run.

    with LoaderProcess(limits, chunk_chars=700) as loader:
        document, chunks = loader.load(data, "contracts/agreement.pdf")  # DocumentError if not
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import pickle
import signal
import subprocess
import sys
import threading
import warnings
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from .chunking import Chunk, chunk_document
from .errors import DocumentError
from .loading import Document, LoadLimits, load_bytes

_STARTUP_SECONDS = 120  # imports on a busy machine; not counted in a file's time
Work = Callable[[bytes, str, LoadLimits, int], Any]

# The worker imports knowledge.sandbox without knowledge/__init__ (which pulls in the
# whole engine: seconds of start-up), by registering the package by its folder first.
_BOOTSTRAP = """
import sys, types
package = types.ModuleType("knowledge")
package.__path__ = [sys.argv[1]]
sys.modules["knowledge"] = package
from knowledge.sandbox import _worker_main
_worker_main(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
"""


def load_and_chunk(
    data: bytes, source: str, limits: LoadLimits, chunk_chars: int
) -> tuple[Document, list[Chunk]]:
    """What the worker does with each file by default."""
    document = load_bytes(data, source, limits=limits)
    return document, chunk_document(document, chunk_chars)


def _limit_memory(memory_bytes: int) -> None:
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        memory_bytes = min(memory_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, hard))


def _warm_up() -> None:
    """Import the parsers and load the language model now, so a file's time is its own."""
    import docx  # noqa: F401
    import pypdf  # noqa: F401
    import trafilatura  # noqa: F401

    from .language import detect

    detect("The union's documents are loaded here.")


def _worker_main(fd_in: int, fd_out: int, memory_bytes: int) -> None:
    """The worker: load what it is sent until told to stop or it runs out of memory."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    logging.getLogger().addHandler(logging.NullHandler())  # parsers' warnings: not ours to show
    logging.getLogger().setLevel(logging.CRITICAL)
    warnings.simplefilter("ignore")
    requests, replies = Connection(fd_in, writable=False), Connection(fd_out, readable=False)
    sys.path[:0] = [p for p in requests.recv() if p not in sys.path]  # the parent's
    _warm_up()
    _limit_memory(memory_bytes)
    replies.send("ready")
    while True:
        try:
            request = requests.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        work, args = request
        try:
            replies.send(("ok", work(*args)))
        except DocumentError as e:
            replies.send(("error", str(e)))
        except MemoryError:
            replies.send(("fatal", f"needs more than {memory_bytes / 1e6:g} MB of memory to load"))
            return
        except Exception as e:  # not expected: load_bytes turns parser errors into DocumentError
            replies.send(("error", f"cannot read the file ({type(e).__name__})"))


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name if -exitcode in signal.valid_signals() else exitcode
        return f"the loader process was killed by {name} while reading it (out of memory?)"
    return f"the loader process stopped while reading it (exit code {exitcode})"


class LoaderProcess:
    """A worker process that loads and chunks one file at a time within `limits`."""

    def __init__(self, limits: LoadLimits, chunk_chars: int = 700, work: Work = load_and_chunk):
        self.limits = limits
        self.chunk_chars = chunk_chars
        self.work = work
        self._process: subprocess.Popen[bytes] | None = None
        self._conns: tuple[Connection, Connection] | None = None
        self.started = 0  # workers started so far (a test and a benchmark read it)

    def __enter__(self) -> LoaderProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def load(self, data: bytes, source: str) -> Any:
        """The work's result for this file; DocumentError with the reason when it fails."""
        request = (self.work, (data, source, self.limits, self.chunk_chars))
        requests, replies = self._ready()
        try:
            requests.send(request)
        except OSError:  # the worker had died since the last file: start another
            self._stop()
            requests, replies = self._ready()
            requests.send(request)
        if not replies.poll(self.limits.seconds):
            self._stop()
            raise DocumentError(
                f"took longer than {self.limits.seconds:g} s to load: stopped and skipped"
            )
        try:
            status, value = replies.recv()
        except (EOFError, OSError, pickle.UnpicklingError):
            exitcode = self._process.wait(5) if self._process is not None else None
            self._stop()
            raise DocumentError(_death(exitcode)) from None
        if status == "fatal":
            self._stop()
        if status != "ok":
            raise DocumentError(value)
        return value

    @property
    def pid(self) -> int | None:
        """The current worker's process id (None before the first file)."""
        return self._process.pid if self._process is not None else None

    def _ready(self) -> tuple[Connection, Connection]:
        if self._process is not None and self._process.poll() is None and self._conns:
            return self._conns
        self._stop()
        if parked := _unpark(self.limits.memory_bytes):
            self._process, self._conns = parked
            return parked[1]
        request_r, request_w = os.pipe()
        reply_r, reply_w = os.pipe()
        package = str(Path(__file__).resolve().parent)
        try:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    _BOOTSTRAP,
                    package,
                    str(request_r),
                    str(reply_w),
                    str(self.limits.memory_bytes),
                ],
                pass_fds=(request_r, reply_w),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
            )
        finally:
            os.close(request_r)
            os.close(reply_w)
        requests = Connection(request_w, readable=False)
        replies = Connection(reply_r, writable=False)
        self._process, self._conns = process, (requests, replies)
        try:
            requests.send(list(sys.path))
            ready = replies.poll(_STARTUP_SECONDS) and replies.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self._stop()
            raise DocumentError("the loader process did not start")
        self.started += 1
        return self._conns

    def _stop(self) -> None:
        process, conns = self._process, self._conns
        self._process, self._conns = None, None
        for conn in conns or ():
            conn.close()
        if process is not None:
            if process.poll() is None:
                process.kill()
            process.wait()

    def close(self) -> None:
        """Hand a healthy idle worker on to the next run (see `_park`), else stop it."""
        if self._conns is not None and self._process is not None and self._process.poll() is None:
            _park(self._process, self._conns, self.limits.memory_bytes)
            self._process, self._conns = None, None
        self._stop()


# One idle worker is kept for IDLE_SECONDS after a run, so that reindexes in a row
# (and an upload's check followed by its reindex) pay for the start-up once.
IDLE_SECONDS = 300.0
_Worker = tuple["subprocess.Popen[bytes]", tuple[Connection, Connection]]
_idle: list[tuple[_Worker, int]] = []
_idle_lock = threading.Lock()


def _stop_worker(worker: _Worker) -> None:
    process, conns = worker
    with contextlib.suppress(OSError):
        conns[0].send(None)
    for conn in conns:
        conn.close()
    try:
        process.wait(2)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _park(
    process: subprocess.Popen[bytes], conns: tuple[Connection, Connection], memory: int
) -> None:
    with _idle_lock:
        stale, _idle[:] = list(_idle), [((process, conns), memory)]
    for worker, _ in stale:
        _stop_worker(worker)
    timer = threading.Timer(IDLE_SECONDS, _expire, args=(process,))
    timer.daemon = True
    timer.start()


def _unpark(memory: int) -> _Worker | None:
    with _idle_lock:
        found, _idle[:] = list(_idle), []
    usable = None
    for worker, worker_memory in found:
        if usable is None and worker_memory == memory and worker[0].poll() is None:
            usable = worker
        else:
            _stop_worker(worker)
    return usable


def _expire(process: subprocess.Popen[bytes]) -> None:
    with _idle_lock:
        expired = [w for w, _ in _idle if w[0] is process]
        _idle[:] = [(w, m) for w, m in _idle if w[0] is not process]
    for worker in expired:
        _stop_worker(worker)


@atexit.register
def _stop_idle() -> None:
    with _idle_lock:
        found, _idle[:] = list(_idle), []
    for worker, _ in found:
        _stop_worker(worker)
