"""Work for the loader process that a hostile file could cause (importable by the worker)."""

from __future__ import annotations

import os
import signal
import time

from knowledge.sandbox import load_and_chunk


def hang_on_slow(data, source, limits, chunk_chars):
    if source.startswith("slow"):
        time.sleep(3600)
    return load_and_chunk(data, source, limits, chunk_chars)


def eat_memory_on_big(data, source, limits, chunk_chars):
    if source.startswith("big"):
        hoard = [bytearray(50_000_000) for _ in range(1000)]  # 50 GB: over any limit
        return len(hoard)
    return load_and_chunk(data, source, limits, chunk_chars)


def crash_on_crash(data, source, limits, chunk_chars):
    if source.startswith("crash"):
        os.kill(os.getpid(), signal.SIGKILL)
    return load_and_chunk(data, source, limits, chunk_chars)
