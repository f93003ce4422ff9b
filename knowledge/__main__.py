"""The admin's command line: index, search, ask, stats.

    python -m knowledge index  [--source DIR] [--data DIR] [--json]
    python -m knowledge search "QUERY" | --queries FILE  [--data DIR] [--k N] [--json]
    python -m knowledge ask "QUESTION" | --queries FILE  [--data DIR] [--json]
    python -m knowledge stats [--data DIR] [--json]

Errors print one line to stderr and exit 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import KnowledgeError
from .settings import KnowledgeSettings, env_file


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m knowledge", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument(
            "--data", type=Path, help="index folder (default: STEWARD_DATA_DIR or per-user)"
        )
        sp.add_argument("--json", action="store_true", help="machine-readable output")

    sp = sub.add_parser("index", help="index (or update) the documents of a folder")
    sp.add_argument("--source", type=Path, help="documents folder (default: the shipped documents)")
    common(sp)

    sp = sub.add_parser("search", help="the passages that best match a query")
    sp.add_argument("query", nargs="?", help="the query")
    sp.add_argument(
        "--queries", type=Path, help="a file with one query per line; one JSON line each"
    )
    sp.add_argument("--k", type=int, default=8, help="how many passages (default 8)")
    common(sp)

    sp = sub.add_parser("ask", help="answer a question from the documents, with sources")
    sp.add_argument("question", nargs="?", help="the question")
    sp.add_argument(
        "--queries", type=Path, help="a file with one question per line; one JSON line each"
    )
    sp.add_argument("--k", type=int, default=8, help="passages to consider (default 8)")
    sp.add_argument("--source", type=Path, help="documents to index on first use")
    common(sp)

    sp = sub.add_parser("stats", help="what is indexed, by which embedder, and when")
    common(sp)
    return p


def _settings(args: argparse.Namespace) -> KnowledgeSettings:
    settings = KnowledgeSettings(_env_file=env_file())  # type: ignore[call-arg]
    updates: dict[str, Any] = {}
    if getattr(args, "data", None):
        updates["data_dir"] = args.data
    if getattr(args, "source", None):
        updates["source_dir"] = args.source
    return settings.model_copy(update=updates)


def _progress_bar(enabled: bool):  # type: ignore[no-untyped-def]
    """A tqdm bar per stage on a terminal, nothing otherwise."""
    if not enabled:
        return None, lambda: None
    from tqdm import tqdm

    bars: dict[str, Any] = {}

    def progress(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None:
            bar = bars[stage] = tqdm(
                total=total,
                desc=stage,
                unit="file" if stage == "scanning" else "chunk",
                leave=False,
                file=sys.stderr,
            )
        bar.total = total
        bar.n = done
        bar.refresh()

    def close() -> None:
        for bar in bars.values():
            bar.close()

    return progress, close


def _lines(args: argparse.Namespace, single: str | None) -> Iterator[str]:
    if args.queries:
        with open(args.queries, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.strip():
                    yield line
    elif single:
        yield single
    else:
        raise KnowledgeError("give a query, or --queries FILE")


def _print_report(report: Any, as_json: bool) -> None:
    if as_json:
        print(json.dumps(report.to_json()))
        return
    print(
        f"{report.documents} documents, {report.chunks} chunks: {report.added} added, "
        f"{report.updated} updated, {report.skipped} unchanged, {report.deleted} deleted, "
        f"{len(report.failed)} failed ({report.seconds:.1f} s)"
    )
    for failure in report.failed:
        print(f"  failed {failure.source}: {failure.error}")


def _warn_other_source(engine: Any, source: Path) -> None:
    """`ask --source DIR` on an index of another folder answers from that index: say so."""
    indexed = engine.stats().get("source")
    if indexed and Path(indexed) != source.resolve():
        print(
            f"warning: the index was built from {indexed}, not {source}; answering from it. "
            f"To index {source}: python -m knowledge index --source {source}",
            file=sys.stderr,
        )


def run(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = _settings(args)
    from .engine import Engine

    engine = Engine(settings)
    if args.command in ("search", "ask"):
        engine.warm()
    if args.command == "index":
        progress, close = _progress_bar(sys.stderr.isatty() and not args.json)
        try:
            report = engine.reindex(progress=progress)
        finally:
            close()
        _print_report(report, args.json)
    elif args.command == "search":
        searcher = engine.searcher()
        for query in _lines(args, args.query):
            passages = searcher.search(query, args.k)
            if args.json:
                print(
                    json.dumps({"query": query, "results": [p.to_json() for p in passages]}),
                    flush=True,
                )
            else:
                print(f"# {query}")
                for i, p in enumerate(passages, 1):
                    where = f" > {p.heading}" if p.heading else ""
                    print(
                        f"[{i}] {p.title}{where} ({p.source}:{p.start}-{p.end}, score {p.score:.3f})"
                    )
                    print("    " + " ".join(p.text.split())[:300])
    elif args.command == "ask":
        from .answering import Answerer

        progress, close = _progress_bar(sys.stderr.isatty() and not args.json)
        try:
            first = engine.ensure_index(progress=progress)
        finally:
            close()
        if first is None and args.source:
            _warn_other_source(engine, args.source)
        answerer = Answerer(engine)
        failed = 0
        for n, question in enumerate(_lines(args, args.question), start=1):
            try:
                answer = answerer.ask(question, k=args.k)
            except Exception as e:  # one failed question does not end a batch
                failed += 1
                reason = f"{type(e).__name__}: {(str(e).splitlines() or [''])[0][:200]}"
                if args.json:
                    print(json.dumps({"question": question, "error": reason}), flush=True)
                print(f"error: question {n} failed ({reason})", file=sys.stderr, flush=True)
                continue
            if args.json:
                print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
            else:
                print(answer.to_markdown())
                print()
        if failed:
            return 1
    elif args.command == "stats":
        stats = engine.stats()
        if args.json:
            print(json.dumps(stats))
        else:
            for key, value in stats.items():
                if key == "data_bytes":
                    key, value = "data_size", f"{value / 1e6:.1f} MB"
                print(f"{key:>11}: {value}")
    return 0


def main(argv: list[str] | None = None) -> int:
    try:
        return run(argv)
    except KnowledgeError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("interrupted: the previous index is unchanged", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
