"""Run a reindex that stops midway and waits to be killed (a stand-in for a crash).

    python tests/knowledge/hold_reindex.py SOURCE DATA [HOST PORT PREFIX LOCK_SECONDS]

Prints "holding" once the new generation's collection has its first vectors, then
sleeps until killed. Uses a deterministic fake embedder (name "fake", 256 dimensions).
"""

from __future__ import annotations

import sys
import time

from langchain_core.embeddings import DeterministicFakeEmbedding

from knowledge.engine import Engine
from knowledge.settings import KnowledgeSettings


class FakeEmbeddings(DeterministicFakeEmbedding):
    name: str = "fake"
    dimension: int = 256


def main(argv: list[str]) -> None:
    source, data, *server = [a for a in argv if a != "--"]
    options: dict[str, object] = {"source_dir": source, "data_dir": data}
    if server:
        host, port, prefix, seconds = server
        options.update(
            chroma_host=host, chroma_port=int(port), collection_prefix=prefix, lock_seconds=seconds
        )
    engine = Engine(KnowledgeSettings(_env_file=None, **options), FakeEmbeddings(size=256))

    def hold(stage: str, done: int, total: int) -> None:
        if stage == "embedding":
            print("holding", flush=True)
            time.sleep(600)

    engine.reindex(progress=hold)


if __name__ == "__main__":
    main(sys.argv[1:])
