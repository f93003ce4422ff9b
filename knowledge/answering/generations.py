"""A value read from the index once per generation, for the answers of every thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from ..engine import Engine
from ..generation import Generation

T = TypeVar("T")


class PerGeneration(Generic[T]):
    """`read(generation)`, read again when a reindex makes a new generation. It is read
    outside the lock, so that other answers wait for no one; two threads may both read a
    new generation: the same value, harmless. Thread-safe."""

    def __init__(self, engine: Engine, read: Callable[[Generation], T]):
        self.engine = engine
        self._read = read
        self._name = ""
        self._value: T | None = None
        self._lock = threading.Lock()

    def get(self) -> T:
        generation = self.engine.searcher().generation
        with self._lock:
            if self._name == generation.name:
                return self._value  # type: ignore[return-value]  # read for this name
        value = self._read(generation)
        with self._lock:
            self._value, self._name = value, generation.name
        return value
