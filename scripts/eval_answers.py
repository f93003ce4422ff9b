#!/usr/bin/env python3
"""Print the evaluation table of Steward's answers over eval/questions.yaml.

    uv run python scripts/eval_answers.py [--data DIR] [--questions FILE] [--failures] [--llm]

Indexes the shipped documents into DIR (a temporary folder by default) and
answers every question in extractive mode (unless --llm), then prints the score
table per question kind and language, and the thresholds the test suite holds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge.answering import Answerer  # noqa: E402
from knowledge.engine import Engine  # noqa: E402
from knowledge.evaluation import evaluate, load_questions, summary, table  # noqa: E402
from knowledge.settings import KnowledgeSettings  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, help="index folder (default: a temporary one)")
    ap.add_argument("--questions", type=Path, default=ROOT / "eval" / "questions.yaml")
    ap.add_argument("--failures", action="store_true", help="print each failed question and answer")
    ap.add_argument(
        "--llm", action="store_true", help="use the configured LLM (default: extractive)"
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = KnowledgeSettings(data_dir=args.data or Path(tmp))
        engine = Engine(settings)
        engine.reindex()
        answerer = Answerer(engine, use_llm=args.llm)
        outcomes = evaluate(answerer, load_questions(args.questions))
    print(table(outcomes))
    print()
    for key, value in summary(outcomes).items():
        print(f"{key}: {100 * value:.1f}%")
    if args.failures:
        for o in outcomes:
            if not o.passed and o.answer is not None:
                print(f"\n--- {o.id} [{o.kind}/{o.language}] {o.question}")
                print(
                    f"source@5={o.source_in_top5} figures={o.figures_ok} missing={o.missing} "
                    f"no_forbidden={o.no_forbidden} declined={o.declined}"
                )
                print(o.answer.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
