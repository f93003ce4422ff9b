"""One reindex at a time across every instance that shares a Chroma server.

The lock lives where the instances meet: a collection named `<prefix>--lock`,
whose metadata holds its owner and an expiry. Creating a collection whose name
exists fails, so taking a free lock is atomic. The holder renews the expiry
from a heartbeat thread; a holder that dies (even by SIGKILL) stops renewing,
and once its expiry has passed the next run takes the lock over:

1. it creates `<prefix>--reap-<owner>` (atomic: one taker wins per dead owner);
2. the winner deletes the expired lock, if it still names that owner,
   then creates its own and deletes the marker.

A holder whose lease was taken over (paused past its expiry) notices it at its
next heartbeat, and `check()` stops it before it switches the pointer. Expiries
are wall-clock times: instances that share a server must have synchronised clocks
(NTP), and the lease lasts far longer than any likely skew.

The embedded store does not need this: one data folder is one machine, where a
file lock (released by the OS when its holder dies) does the same at once.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

from .errors import ReindexInProgressError


class LeaseLostError(ReindexInProgressError):
    def __init__(self) -> None:
        super().__init__(
            "this reindex lost its lock (it was paused past its expiry) and another run took "
            "over; nothing was switched"
        )


class Lease:
    """A lease on the `<prefix>--lock` collection of a Chroma client."""

    def __init__(self, client: Callable[[], Any], prefix: str, seconds: float):
        self._client = client
        self.name = f"{prefix}--lock"
        self._reap_prefix = f"{prefix}--reap-"
        self.seconds = seconds
        self.owner = uuid.uuid4().hex
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.lost = False

    def _metadata(self) -> dict[str, Any]:
        return {
            "owner": self.owner,
            "expires": time.time() + self.seconds,
            "host": socket.gethostname()[:100],
            "pid": os.getpid(),
        }

    def holder(self) -> dict[str, Any] | None:
        """The lock's metadata, or None when nobody holds it."""
        try:
            return dict(self._client().get_collection(self.name).metadata or {})
        except Exception as e:
            if _missing(e):
                return None
            raise

    def _create(self) -> bool:
        try:
            self._client().create_collection(
                self.name, metadata=self._metadata(), embedding_function=None
            )
        except Exception as e:
            if _exists(e):
                return False
            raise
        return True

    def acquire(self) -> None:
        """Take the lock or raise ReindexInProgressError; then keep it alive until release()."""
        if not self._create():
            held = self.holder()
            if held is not None and float(held.get("expires", 0)) > time.time():
                raise ReindexInProgressError()
            if held is not None and not self._take_over(str(held.get("owner", ""))):
                raise ReindexInProgressError()
            if held is None and not self._create():
                raise ReindexInProgressError()
        self._stop.clear()
        self._thread = threading.Thread(target=self._beat, name="steward-lease", daemon=True)
        self._thread.start()

    def _take_over(self, dead: str) -> bool:
        client = self._client()
        marker = f"{self._reap_prefix}{dead}"[:512]
        try:
            client.create_collection(
                marker, metadata={"taker": self.owner}, embedding_function=None
            )
        except Exception as e:
            if _exists(e):
                return False  # another run is taking it over
            raise
        try:
            held = self.holder()
            if held is not None and held.get("owner") == dead:
                with contextlib.suppress(Exception):
                    client.delete_collection(self.name)
            return self._create()
        finally:
            with contextlib.suppress(Exception):
                client.delete_collection(marker)

    def _beat(self) -> None:
        while not self._stop.wait(self.seconds / 3):
            try:
                collection = self._client().get_collection(self.name)
                if (collection.metadata or {}).get("owner") != self.owner:
                    self.lost = True
                    return
                collection.modify(metadata=self._metadata())
            except Exception as e:
                if _missing(e):
                    self.lost = True
                    return
                # The server is briefly unreachable: try again at the next beat.

    def check(self) -> None:
        """Raise LeaseLostError when another run has taken the lock over."""
        if self.lost:
            raise LeaseLostError()
        held = self.holder()
        if held is None or held.get("owner") != self.owner:
            self.lost = True
            raise LeaseLostError()

    def release(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=self.seconds)
            self._thread = None
        if self.lost:
            return
        with contextlib.suppress(Exception):
            held = self.holder()
            if held is not None and held.get("owner") == self.owner:
                self._client().delete_collection(self.name)

    def stale_markers(self, names: list[str]) -> list[str]:
        """Take-over markers left by a taker that died (none is live while we hold the lock)."""
        return [n for n in names if n.startswith(self._reap_prefix)]


def _missing(error: BaseException) -> bool:
    from chromadb.errors import NotFoundError

    return isinstance(error, NotFoundError) or "does not exist" in str(error)


def _exists(error: BaseException) -> bool:
    from chromadb.errors import UniqueConstraintError

    return isinstance(error, UniqueConstraintError) or "already exists" in str(error)
