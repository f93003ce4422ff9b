"""Benchmark of Steward's answers: latency, throughput with the bot's pool, CLI start-up.

    uv run python scripts/bench_answers.py [--sizes shipped,10000] [--quick] [--data DIR]
                                           [--throughput 100] [--profile]

Indexes each corpus with the real bundled embedder and Chroma on disk, then measures:

- extractive answer p50 / p95 / max (ms), one question at a time, after a warm-up:
  the public questions (eval/questions.yaml, follow-ups asked standalone) on the
  shipped documents; bench_search.py's synthetic questions on its synthetic corpora
  (rate sheets and contract-like documents, about ten chunks a document);
- answers per second: --throughput distinct questions (the public ones, then synthetic
  ones) through a ThreadPoolExecutor as large as the bot's answer pool
  (bot.client.ANSWER_WORKERS), on the shipped documents;
- the first answer on a new engine (as after a start or a reindex), and the same after
  Answerer.prepare(), which the bot runs at start and after each reindex;
- CLI start-to-answer: `python -m knowledge ask "…" --data DIR` on the existing
  shipped index, wall clock, median of 3 (a new process each time);
- answer-unit texts embedded at question time (must be 0: only the question is
  embedded; the units' vectors are computed when the index is built).

`--data DIR` keeps the built indexes there and reuses them on the next run (a 10k-chunk
index takes minutes to build); without it, everything is built in a temporary folder.
`--profile` runs cProfile over the shipped-documents questions and prints the top 15
entries by cumulative time, and how often embed_documents was called.

Targets on a 2-core machine: p95 <= 150 ms (shipped documents) and <= 300 ms (10k chunks);
>= 10 answers/s; CLI <= 2 s. Exits 1 when a target is missed. The load average and the
core count are printed with the results: on a shared machine, other processes skew them.
This is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_search import CHUNK_CHARS, CHUNKS_PER_DOCUMENT, percentile, queries, write_corpus  # noqa: E402

from bot.client import ANSWER_WORKERS  # noqa: E402
from knowledge.answering import Answerer, translated_names  # noqa: E402
from knowledge.embeddings import UniversalSentenceEncoderEmbeddings  # noqa: E402
from knowledge.engine import Engine  # noqa: E402
from knowledge.evaluation import load_questions  # noqa: E402
from knowledge.settings import KnowledgeSettings  # noqa: E402

SHIPPED = "shipped"
P95_TARGET_MS = {SHIPPED: 150.0, 10_000: 300.0}
THROUGHPUT_TARGET = 10.0  # answers per second
CLI_TARGET_S = 2.0
CLI_QUESTION = "what is the day rate for stand-ins?"
SYNTHETIC_QUESTIONS = 100
WARM_UP = 5


@dataclass
class Corpus:
    name: str  # SHIPPED or the synthetic size, in chunks
    engine: Engine
    questions: list[str]
    built: str  # how the index came to be: "built in 12.3 s" or "reused"
    chunks: int = 0
    latencies: list[float] = field(default_factory=list)  # ms
    misses: int | None = None
    first: tuple[float, float, float] = (0.0, 0.0, 0.0)  # first_answers()


def public_questions() -> list[str]:
    """The public evaluation's questions; a follow-up is asked on its own."""
    return [q["question"] for q in load_questions(ROOT / "eval" / "questions.yaml")]


def open_corpus(name: str, root: Path, embedder) -> Corpus:
    """Build (or reuse, when `root` already holds it) the index of one corpus."""
    if name == SHIPPED:
        settings = KnowledgeSettings(data_dir=root / "data-shipped")
        questions = public_questions()
    else:
        size = int(name)
        source = root / f"docs-{size}"
        if not source.is_dir():
            write_corpus(source, size // CHUNKS_PER_DOCUMENT)
        settings = KnowledgeSettings(
            source_dir=source, data_dir=root / f"data-{size}", chunk_chars=CHUNK_CHARS
        )
        questions = queries(SYNTHETIC_QUESTIONS)
    engine = Engine(settings, embedder)
    t = time.perf_counter()
    report = engine.reindex()  # a kept index: every file hashed, nothing embedded
    assert not report.failed, report
    built = f"built in {time.perf_counter() - t:.1f} s" if report.changed else "reused"
    corpus = Corpus(name, engine, questions, built)
    corpus.chunks = int(engine.stats()["chunks"] or 0)
    return corpus


def unit_misses(engine: Engine) -> int | None:
    """Answer-unit texts embedded at question time so far; None if this version of the
    index keeps no unit vectors."""
    units = getattr(engine.searcher().generation, "units", None)
    return None if units is None else int(units.misses)


def first_answers(corpus: Corpus, embedder) -> tuple[float, float, float]:
    """The first answer on a new engine (as after a start or a reindex), in ms; then, on
    another new engine, Answerer.prepare()'s seconds and the first answer after it, in ms."""
    settings = corpus.engine.settings
    cold = Answerer(Engine(settings, embedder), use_llm=False)
    question, other = queries(2, seed=11)
    t = time.perf_counter()
    cold.ask(question)
    unprepared = (time.perf_counter() - t) * 1000
    warm = Answerer(Engine(settings, embedder), use_llm=False)
    translated_names._CACHE.clear()  # embedded again, as by a new process
    t = time.perf_counter()
    warm.prepare()
    prepared = time.perf_counter() - t
    t = time.perf_counter()
    warm.ask(other)
    return unprepared, prepared, (time.perf_counter() - t) * 1000


def time_answers(corpus: Corpus, answerer: Answerer) -> None:
    # Warm-up (caches, Chroma's segments, the searcher) with other questions: the store
    # remembers the last questions' vectors, and the timed ones must be new to it.
    for q in queries(WARM_UP, seed=3):
        answerer.ask(q)
    before = unit_misses(corpus.engine)
    for q in corpus.questions:
        t = time.perf_counter()
        answerer.ask(q)
        corpus.latencies.append((time.perf_counter() - t) * 1000)
    after = unit_misses(corpus.engine)
    corpus.misses = None if after is None else after - (before or 0)


def throughput(engine: Engine, count: int, workers: int) -> float:
    """Answers per second, `count` distinct questions through a pool of `workers` threads,
    as the bot's pool runs them: the public questions, then synthetic ones, on an engine
    whose store has seen none of them (a repeated question's vector is remembered)."""
    fresh = Engine(engine.settings, engine.embeddings)
    answerer = Answerer(fresh, use_llm=False)
    answerer.ask(queries(1, seed=3)[0])  # open the generation, as the bot has
    asked = list(dict.fromkeys(public_questions() + queries(count, seed=5)))[:count]
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="bench-answer") as pool:
        t = time.perf_counter()
        for _ in pool.map(answerer.ask, asked):
            pass
        return count / (time.perf_counter() - t)


def cli_seconds(data: Path, runs: int = 3) -> list[float]:
    """Wall-clock seconds of `python -m knowledge ask` in a new process, extractive.

    As a member's machine runs it: Python may cache the modules' bytecode (a run with
    PYTHONDONTWRITEBYTECODE compiles some 800 modules, seconds of the start-up), and one
    untimed run first brings the files into the page cache."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["STEWARD_LLM"] = "false"
    command = [sys.executable, "-m", "knowledge", "ask", CLI_QUESTION, "--data", str(data)]
    times = []
    for _ in range(runs + 1):
        t = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        times.append(time.perf_counter() - t)
        if done.returncode != 0 or "[1]" not in done.stdout:
            raise SystemExit(f"the CLI failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return times[1:]


def profile_answers(answerer: Answerer, questions: list[str]) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for q in questions:
        answerer.ask(q)
    profiler.disable()
    stats = pstats.Stats(profiler)
    embedded = sum(
        calls
        for (_, _, function), (_, calls, *_rest) in stats.stats.items()  # type: ignore[attr-defined]
        if function == "embed_documents"
    )
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(15)
    print(f"\n--- profile: {len(questions)} answers on the shipped documents ---")
    print(out.getvalue().rstrip())
    print(f"embed_documents calls during these answers: {embedded}\n", flush=True)


@contextmanager
def folder(keep: Path | None) -> Iterator[Path]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep
    else:
        with tempfile.TemporaryDirectory(prefix="steward-bench-answers-") as tmp:
            yield Path(tmp)


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} / {five:.2f} / {fifteen:.2f} (1 / 5 / 15 min)"


def _ms(corpus: Corpus, f: Callable[[list[float]], float]) -> str:
    return f"{f(corpus.latencies):.0f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes", default="shipped,10000", help="corpora: 'shipped' and/or synthetic chunk counts"
    )
    parser.add_argument("--quick", action="store_true", help="shipped and 1,000 chunks only")
    parser.add_argument("--data", type=Path, help="build the indexes here, keep and reuse them")
    parser.add_argument("--throughput", type=int, default=100, help="questions through the pool")
    parser.add_argument(
        "--workers",
        type=int,
        default=ANSWER_WORKERS,
        help="the pool's size (STEWARD_ANSWER_WORKERS)",
    )
    parser.add_argument("--profile", action="store_true", help="cProfile the shipped answers")
    args = parser.parse_args(argv)
    names = [SHIPPED, "1000"] if args.quick else [s.strip() for s in args.sizes.split(",")]

    print(f"{os.cpu_count()} cores, {_load()} before the run", flush=True)
    t = time.perf_counter()
    threads = KnowledgeSettings().embed_threads  # STEWARD_EMBED_THREADS, as the bot reads it
    embedder = UniversalSentenceEncoderEmbeddings(threads=threads)
    embedder.embed_query("warm up")
    print(
        f"bundled embedder ({threads} BLAS thread(s)) loaded in {time.perf_counter() - t:.1f} s",
        flush=True,
    )

    corpora: list[Corpus] = []
    rate: float | None = None
    cli: float | None = None
    with folder(args.data) as root:
        for name in names:
            corpus = open_corpus(name, root, embedder)
            print(f"{name}: {corpus.chunks:,} chunks, index {corpus.built}", flush=True)
            corpus.first = first_answers(corpus, embedder)
            answerer = Answerer(corpus.engine, use_llm=False)
            time_answers(corpus, answerer)
            corpora.append(corpus)
            if name == SHIPPED:
                rate = throughput(corpus.engine, args.throughput, args.workers)
                cli_runs = cli_seconds(corpus.engine.settings.data_dir)
                cli = statistics.median(cli_runs)
                print(
                    f"CLI runs: {', '.join(f'{s:.2f}' for s in cli_runs)} s; "
                    f"{rate:.1f} answers/s with {args.workers} workers",
                    flush=True,
                )
                if args.profile:
                    profile_answers(answerer, corpus.questions)

    print()
    print("| corpus | chunks | questions | p50 ms | p95 ms | max ms | units embedded per answer |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for c in corpora:
        label = "shipped documents" if c.name == SHIPPED else f"synthetic, {int(c.name):,} chunks"
        misses = "n/a" if c.misses is None else f"{c.misses / len(c.latencies):g}"
        print(
            f"| {label} | {c.chunks:,} | {len(c.latencies)} | {_ms(c, statistics.median)} "
            f"| {_ms(c, lambda v: percentile(v, 95))} | {_ms(c, max)} | {misses} |"
        )
    print("\n| corpus | first answer, new engine ms | prepare s | first answer after prepare ms |")
    print("|---|---:|---:|---:|")
    for c in corpora:
        label = "shipped documents" if c.name == SHIPPED else f"synthetic, {int(c.name):,} chunks"
        cold, prepared, warm = c.first
        print(f"| {label} | {cold:.0f} | {prepared:.2f} | {warm:.0f} |")
    if rate is not None and cli is not None:
        print(f"\n| answers/s ({args.workers} workers, {args.throughput} questions) | CLI ask s |")
        print("|---:|---:|")
        print(f"| {rate:.1f} | {cli:.2f} |")

    missed = []
    for c in corpora:
        target = P95_TARGET_MS.get(c.name if c.name == SHIPPED else int(c.name))
        p95 = percentile(c.latencies, 95)
        if target is not None and p95 > target:
            missed.append(f"{c.name} p95 {p95:.0f} ms > {target:.0f} ms")
        if c.misses:
            missed.append(f"{c.name}: {c.misses} unit texts embedded at question time")
    if rate is not None and rate < THROUGHPUT_TARGET:
        missed.append(f"{rate:.1f} answers/s < {THROUGHPUT_TARGET:.0f}")
    if cli is not None and cli > CLI_TARGET_S:
        missed.append(f"CLI {cli:.2f} s > {CLI_TARGET_S:.0f} s")
    print(f"\n{os.cpu_count()} cores, {_load()} after the run (other processes skew timings)")
    print(
        "targets: p95 <= 150 ms (shipped) and <= 300 ms (10k chunks); >= 10 answers/s; "
        "CLI <= 2 s; 0 unit texts embedded at question time"
    )
    print("result: " + ("missed: " + "; ".join(missed) if missed else "met"))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
