"""Benchmark of the knowledge engine: index throughput, search latency, unchanged reindex.

    uv run python scripts/bench_search.py [--chunks 1000,10000] [--queries 200] [--profile]

Builds synthetic corpora (rate sheets and contract-like documents: headings,
paragraphs with figures, "Schedule X" references; about ten chunks a document)
of each size in a temporary folder, indexes each with the real bundled embedder
and embedded Chroma, then measures:

- index throughput (chunks/s, the embedder already loaded);
- search latency p50/p95 over --queries queries, after a warm-up;
- an unchanged reindex (every file hashed, nothing embedded) of all documents.

Targets: search p95 <= 30 ms at 10k chunks; unchanged reindex of 1,000 documents
<= 3 s. Exits 1 when a target is missed. This is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from knowledge.embeddings import UniversalSentenceEncoderEmbeddings
from knowledge.engine import Engine
from knowledge.settings import KnowledgeSettings

CHUNKS_PER_DOCUMENT = 10
CHUNK_CHARS = 450
SEARCH_P95_TARGET_MS = 30.0
UNCHANGED_REINDEX_TARGET_S = 3.0

ROLES = [
    "day performer", "weekly performer", "stunt coordinator", "stunt performer",
    "background actor", "stand-in", "photo double", "singer", "dancer", "puppeteer",
    "voice actor", "narrator", "announcer", "choreographer", "body double", "writer",
]  # fmt: skip
MEDIA = ["film", "television", "streaming", "commercials", "video games", "radio", "theatre"]
TOPICS = [
    ("overtime", "is paid at time and one half after {n} hours, and at double time after {m}"),
    ("meal periods", "must start within {n} hours of the call; a late meal costs ${fig} per half hour"),
    ("rest periods", "of at least {n} hours are owed between the end of one day and the next call"),
    ("wardrobe", "allowances of ${fig} apply to each outfit the performer supplies"),
    ("travel", "is paid at ${fig} per day, plus mileage at {n} cents a kilometre"),
    ("digital replicas", "need the performer's consent at least {n} days before use"),
    ("residuals", "are {n} percent of the applicable minimum, paid within {m} days"),
    ("health and pension", "contributions are {n} percent of gross compensation"),
    ("holidays", "number {n} a year; work on a holiday is paid at double time"),
    ("notice", "of cancellation is due {n} hours before the call, or a full day is paid"),
]  # fmt: skip
QUESTION_TEMPLATES = [
    "What is the day rate for a {role} in {medium}?",
    "how much is a {role} paid",
    "${fig}",
    "{fig_plain}",
    "Schedule {letter}",
    "When is {topic} due?",
    "rules on {topic} for {medium}",
    "Combien gagne un {role} par jour ?",
    "Article {article} Section {section}",
    "what happens if the meal is late",
]


def _figure(rng: random.Random) -> int:
    return rng.randint(150, 9_999)


def paragraph(rng: random.Random) -> str:
    role, medium = rng.choice(ROLES), rng.choice(MEDIA)
    topic, rule = rng.choice(TOPICS)
    n, m, fig = rng.randint(2, 12), rng.randint(13, 60), _figure(rng)
    return (
        f"Under Schedule {rng.choice('ABCDEFGHJK')}, the minimum day rate for a {role} engaged "
        f"in {medium} is ${fig:,}, and ${_figure(rng):,} for a week of five days. "
        f"For {role}s, {topic} " + rule.format(n=n, m=m, fig=f"{_figure(rng):,}") + ". "
        f"These terms apply from {rng.randint(1, 28)} {rng.choice(['January', 'July'])} "
        f"{rng.randint(2020, 2027)} to every production signed after that date."
    )


def document(rng: random.Random, number: int) -> str:
    medium = rng.choice(MEDIA)
    lines = [f"# {medium.title()} agreement, part {number}", ""]
    for article in range(2):
        lines += [f"## Article {number % 40 + article + 1} - {rng.choice(TOPICS)[0].title()}", ""]
        for _ in range(CHUNKS_PER_DOCUMENT // 2):
            lines += [paragraph(rng), ""]
    return "\n".join(lines)


def write_corpus(folder: Path, documents: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(documents):
        path = folder / f"group-{i // 100:02d}" / f"agreement-{i:05d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(document(rng, i), encoding="utf-8")


def queries(count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        fig = _figure(rng)
        out.append(
            QUESTION_TEMPLATES[i % len(QUESTION_TEMPLATES)].format(
                role=rng.choice(ROLES),
                medium=rng.choice(MEDIA),
                fig=f"{fig:,}",
                fig_plain=str(fig),
                letter=rng.choice("ABCDEFGHJK"),
                topic=rng.choice(TOPICS)[0],
                article=rng.randint(1, 40),
                section=rng.randint(1, 5),
            )
        )
    return out


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def bench(size: int, root: Path, embedder, n_queries: int, profile: bool) -> dict[str, float]:
    documents = size // CHUNKS_PER_DOCUMENT
    source, data = root / f"docs-{size}", root / f"data-{size}"
    write_corpus(source, documents)
    settings = KnowledgeSettings(source_dir=source, data_dir=data, chunk_chars=CHUNK_CHARS)
    engine = Engine(settings, embedder)

    t0 = time.perf_counter()
    report = engine.reindex()
    index_s = time.perf_counter() - t0
    assert report.documents == documents and not report.failed, report

    qs = queries(n_queries)
    for q in queries(20, seed=3):  # warm-up: caches, Chroma's segments, the searcher
        engine.search(q, k=8)
    latencies = []
    profiler = cProfile.Profile() if profile else None
    for q in qs:
        t = time.perf_counter()
        if profiler:
            profiler.enable()
        engine.search(q, k=8)
        if profiler:
            profiler.disable()
        latencies.append((time.perf_counter() - t) * 1000)
    if profiler:
        _print_profile(profiler, f"search at {report.chunks} chunks")

    fresh = Engine(settings, embedder)  # as after a restart: nothing cached in memory
    t = time.perf_counter()
    again = fresh.reindex()
    unchanged_s = time.perf_counter() - t
    assert again.skipped == documents and not again.changed, again
    return {
        "documents": documents,
        "chunks": report.chunks,
        "index_s": index_s,
        "chunks_per_s": report.chunks / index_s,
        "p50": statistics.median(latencies),
        "p95": percentile(latencies, 95),
        "max": max(latencies),
        "unchanged_s": unchanged_s,
    }


def _print_profile(profiler: cProfile.Profile, title: str) -> None:
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
    print(f"\n--- profile: {title} ---\n{out.getvalue()}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chunks", default="1000,10000", help="corpus sizes, in chunks")
    parser.add_argument("--queries", type=int, default=200, help="queries timed per corpus")
    parser.add_argument("--profile", action="store_true", help="cProfile the searches (stderr)")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.chunks.split(",")]

    load = os.getloadavg()[0]
    print(f"{os.cpu_count()} cores, load average {load:.2f} before the run", flush=True)
    t = time.perf_counter()
    embedder = UniversalSentenceEncoderEmbeddings()
    embedder.embed_query("warm up")
    print(f"bundled embedder loaded in {time.perf_counter() - t:.1f} s", flush=True)

    rows = []
    with tempfile.TemporaryDirectory(prefix="steward-bench-") as tmp:
        root = args.keep or Path(tmp)
        for size in sizes:
            rows.append(bench(size, root, embedder, args.queries, args.profile))
            print(f"{size} chunks done", flush=True)

    print()
    print(
        "| chunks | docs | index s | chunks/s | search p50 ms | p95 ms | max ms | unchanged reindex s |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r['chunks']:,} | {r['documents']:,} | {r['index_s']:.1f} | {r['chunks_per_s']:.0f} "
            f"| {r['p50']:.1f} | {r['p95']:.1f} | {r['max']:.1f} | {r['unchanged_s']:.2f} |"
        )
    missed = []
    biggest = max(rows, key=lambda r: r["chunks"])
    if biggest["chunks"] >= 10_000 and biggest["p95"] > SEARCH_P95_TARGET_MS:
        missed.append(f"search p95 {biggest['p95']:.1f} ms > {SEARCH_P95_TARGET_MS:.0f} ms")
    for r in rows:
        if r["documents"] >= 1_000 and r["unchanged_s"] > UNCHANGED_REINDEX_TARGET_S:
            missed.append(f"unchanged reindex {r['unchanged_s']:.2f} s > 3 s")
    print(f"\nload average {os.getloadavg()[0]:.2f} after the run (other processes skew timings)")
    print("targets: " + ("missed: " + "; ".join(missed) if missed else "met"))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
