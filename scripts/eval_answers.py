#!/usr/bin/env python3
"""Score Steward's answers on every evaluation set, one table each, and check the cut-off
to decline on a set it was not fitted on.

    uv run python scripts/eval_answers.py [--data DIR] [--sets eval,union-b,union-c,union-d,union-e]
                                          [--failures] [--llm]

Sets: `eval` is eval/questions.yaml over the shipped documents; `union-b`, `union-c`,
`union-d` and `union-e` (and any other folder given by path) are development sets in union-b's format
(../shared/bench/union-b, eval/union-c, eval/union-d and eval/union-e: other unions' documents and
questions, each scored by its own score.py). Answers are extractive unless --llm. With --data DIR the
indexes are kept in DIR/<set> and reused (a rerun only reindexes what changed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge.answering import Answerer  # noqa: E402
from knowledge.answering.abstain import MIN_MATCH  # noqa: E402
from knowledge.devsets import DEVSET_TODAY, fit_threshold, rates  # noqa: E402
from knowledge.devsets import evaluate as evaluate_devset  # noqa: E402
from knowledge.devsets import load as load_devset  # noqa: E402
from knowledge.engine import Engine  # noqa: E402
from knowledge.evaluation import IN_SCOPE, evaluate, load_questions, summary, table  # noqa: E402
from knowledge.settings import KnowledgeSettings  # noqa: E402

DEVSETS = {
    "union-b": ROOT.parent / "shared" / "bench" / "union-b",
    "union-c": ROOT / "eval" / "union-c",  # written without sight of the code
    "union-d": ROOT / "eval" / "union-d",  # so was this one, scored once before any change
    "union-e": ROOT / "eval" / "union-e",  # and this one, scored once on c0cca97
    "union-f": ROOT / "eval" / "union-f",  # and this one, scored once on c943467
    "union-g": ROOT / "eval" / "union-g",  # and this one, scored once on 6a865cd
    "union-h": ROOT / "eval" / "union-h",  # and this one, scored once on 04e06f7
    "union-i": ROOT / "eval" / "union-i",  # and this one, scored once on 5c8069a
    "union-j": ROOT / "eval" / "union-j",  # and this one, scored once on 8cff4c6
    "union-k": ROOT / "eval" / "union-k",  # and this one, scored once on 643511f
    "union-l": ROOT / "eval" / "union-l",  # and this one, scored once on 6d626f7
    "union-m": ROOT / "eval" / "union-m",  # and this one, scored once on e7e0de8
    "union-n": ROOT / "eval" / "union-n",  # and this one, scored once on ab311a2
    "union-o": ROOT / "eval" / "union-o",  # and this one, scored once on a420091
    "union-p": ROOT / "eval" / "union-p",  # and this one, scored once on db2205a
    "union-q": ROOT / "eval" / "union-q",  # and this one, scored once on 8d9fbff
    "union-r": ROOT / "eval" / "union-r",  # and this one, scored once on 0f517d5
    "union-s": ROOT / "eval" / "union-s",  # and this one, scored once on 1ce9b22
    "union-t": ROOT / "eval" / "union-t",  # and this one, scored once on b806444
    "union-u": ROOT / "eval" / "union-u",  # and this one, scored once on b93e0fc
    "union-v": ROOT / "eval" / "union-v",  # and this one, scored once on 7651c17
    "union-w": ROOT / "eval" / "union-w",  # and this one, scored once on 78a3dc4
    "union-x": ROOT / "eval" / "union-x",  # and this one, scored once on 47b8134
    "union-y": ROOT / "eval" / "union-y",  # and this one, scored once on 85e65c7
    "union-z": ROOT / "eval" / "union-z",  # and this one, scored once on 7c194ea
    "union-aa": ROOT / "eval" / "union-aa",  # and this one, scored once on 7c491ae
    "union-ab": ROOT / "eval" / "union-ab",  # and this one, scored once on 0bd63f2
    "union-ac": ROOT / "eval" / "union-ac",  # and this one, scored once on 77fceb6
    "union-ad": ROOT / "eval" / "union-ad",  # and this one, scored once on 2d10d3a
    "union-ae": ROOT / "eval" / "union-ae",  # and this one, scored once on 444137d
    "union-af": ROOT / "eval" / "union-af",  # and this one, scored once on 2c4ea93
    "union-ag": ROOT / "eval" / "union-ag",  # and this one, scored once on e350551
    "union-ah": ROOT / "eval" / "union-ah",  # and this one, scored once on a4eeaaf
    "union-ai": ROOT / "eval" / "union-ai",  # and this one, scored once on ac8eab5
    "union-aj": ROOT / "eval" / "union-aj",  # and this one, scored once on 3eded32
    "union-ak": ROOT / "eval" / "union-ak",  # and this one, scored once on d083a64
    "union-al": ROOT / "eval" / "union-al",  # and this one, scored once on f74d571
    "union-am": ROOT / "eval" / "union-am",  # and this one, scored once on 0135221
    "union-an": ROOT / "eval" / "union-an",  # and this one, scored once on 7c301ff
    "union-ao": ROOT / "eval" / "union-ao",  # and this one, scored once on 235c162
    "union-ap": ROOT / "eval" / "union-ap",  # and this one, scored once on ed6e085
    "union-aq": ROOT / "eval" / "union-aq",  # and this one, scored once on 2ce55d7
    "union-ar": ROOT / "eval" / "union-ar",  # and this one, scored once on 2a03f7e
    "union-as": ROOT / "eval" / "union-as",  # and this one, scored once on 1afdbf0
    "union-at": ROOT / "eval" / "union-at",  # and this one, scored once on 999041d
    "union-au": ROOT / "eval" / "union-au",  # and this one, scored once on b8ca4bc
    "union-av": ROOT / "eval" / "union-av",  # and this one, scored once on 59450e4
    "union-aw": ROOT / "eval" / "union-aw",  # and this one, scored once on df9b8fa
    "union-ax": ROOT / "eval" / "union-ax",  # and this one, scored once on dcc5f6d
    "union-ay": ROOT / "eval" / "union-ay",  # and this one, scored once on dd9e194
}


def _answerer(data: Path, source: Path, llm: bool, today: dt.date | None = None) -> Answerer:
    settings = KnowledgeSettings(data_dir=data, source_dir=source)
    engine = Engine(settings)
    engine.reindex()
    return Answerer(engine, use_llm=llm, today=today)


def run_eval(data: Path, args: argparse.Namespace) -> list[tuple[float, bool]]:
    answerer = _answerer(data, KnowledgeSettings().source_dir, args.llm)
    outcomes = evaluate(answerer, load_questions(args.questions))
    print(f"## eval/questions.yaml ({len(outcomes)} questions, shipped documents)\n")
    print(table(outcomes))
    print()
    in_scope = [o for o in outcomes if o.kind in IN_SCOPE]
    refused = sum(1 for o in in_scope if o.answer is not None and not o.answer.grounded)
    for key, value in summary(outcomes).items():
        print(f"{key}: {100 * value:.1f}%")
    print(
        f"false_refusals: {100 * refused / max(1, len(in_scope)):.1f}% ({refused}/{len(in_scope)})"
    )
    if args.failures:
        for o in outcomes:
            if not o.passed and o.answer is not None:
                print(f"\n--- {o.id} [{o.kind}/{o.language}] {o.question}")
                print(
                    f"source@5={o.source_in_top5} figures={o.figures_ok} missing={o.missing} "
                    f"no_forbidden={o.no_forbidden} declined={o.declined} match={o.answer.match:.3f}"
                )
                print(o.answer.text)
    return [
        (o.answer.match, o.kind in IN_SCOPE)
        for o in outcomes
        if o.answer is not None and o.kind in (*IN_SCOPE, "out_of_scope")
    ]


def run_devset(name: str, folder: Path, data: Path, args: argparse.Namespace):
    answerer = _answerer(data, folder / "docs", args.llm, DEVSET_TODAY)
    scored, score = evaluate_devset(answerer, folder)
    results = [s.result for s in scored]
    print(f"\n## {name} ({len(results)} questions, {folder})\n")
    score.print_table(results)
    print()
    print(score.summary_line(results))
    if args.failures:
        questions = {q["id"]: q for q in load_devset(folder)}
        for s in scored:
            if not s.result["passed"]:
                q = questions.get(s.id, {})
                print(f"\n--- {s.id} [{s.kind}/{s.language}] {q.get('question', '')}")
                print(
                    f"missing={s.result['missing']} forbidden={s.result['forbidden']} "
                    f"top5={s.result['top5']} declined={s.declined} match={s.match:.3f}"
                )
                print(s.text)
    signals = [(s.match, s.answerable) for s in scored if s.kind != "adversarial" or s.answerable]
    if not args.no_asides:  # answerable too: the cut-off is fitted on them as well
        signals += asides_check(answerer, load_devset(folder), scored)
    return signals


# Asides a member adds that the documents cannot answer: a question the documents answer
# must still be answered with one ("decline when the corpus does not answer, not when the
# wording is unusual").
ASIDES = (
    " sorry if dumb q, tracking everything in a spreadsheet lol",
    " asking for my roommate, she's freaking out",
    " my agent is useless btw",
)


def asides_check(answerer: Answerer, questions: list[dict], scored: list) -> list:
    """Re-ask each answered English question with each aside; print how many are refused
    and return their (match, answerable) signals."""
    answered = {s.id for s in scored if s.answerable and not s.declined}
    signals = []
    for q in questions:
        if q["id"] not in answered or q.get("language") == "fr":
            continue
        for aside in ASIDES:
            answer = answerer.ask(q["question"].rstrip() + aside)
            signals.append((answer.match or 0.0, True))
    refused = sum(1 for match, _ in signals if match < MIN_MATCH)
    print(f"asides: answered questions refused once an aside is added: {refused} of {len(signals)}")
    return signals


def abstention_check(signals: dict[str, list[tuple[float, bool]]]) -> None:
    print("\n## Declining: the cut-off, fitted pooled and left one set out\n")
    print("| fitted on | cut-off | scored on | declined | false refusals |")
    print("|---|---|---|---|---|")
    names = list(signals)
    pooled = fit_threshold([signals[n] for n in names])
    for n in names:
        d, r = rates(signals[n], MIN_MATCH)
        print(f"| (in use) | {MIN_MATCH:.3f} | {n} | {100 * d:.0f}% | {100 * r:.0f}% |")
    for n in names:
        d, r = rates(signals[n], pooled)
        print(f"| all sets | {pooled:.3f} | {n} | {100 * d:.0f}% | {100 * r:.0f}% |")
    if len(names) > 1:
        for held in names:
            rest = [signals[n] for n in names if n != held]
            t = fit_threshold(rest)
            d, r = rates(signals[held], t)
            others = "+".join(n for n in names if n != held)
            print(f"| {others} | {t:.3f} | {held} | {100 * d:.0f}% | {100 * r:.0f}% |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, help="index folders (default: temporary ones)")
    ap.add_argument("--questions", type=Path, default=ROOT / "eval" / "questions.yaml")
    ap.add_argument(
        "--sets",
        default="eval,union-b,union-c,union-d,union-e,union-f,union-g,union-h,union-i,union-j,union-k,union-l,union-m,union-n,union-o,union-p,union-q,union-r,union-s,union-t,union-u,union-v,union-w,union-x,union-y,union-z,union-aa,union-ab,union-ac,union-ad,union-ae,union-af,union-ag,union-ah,union-ai,union-aj,union-ak,union-al,union-am,union-an,union-ao,union-ap,union-aq,union-ar,union-as,union-at,union-au,union-av,union-aw,union-ax,union-ay",
        help="comma-separated: eval, union-b, union-c or paths",
    )
    ap.add_argument("--failures", action="store_true", help="print each failed question")
    ap.add_argument(
        "--no-asides", action="store_true", help="skip re-asking with an aside appended"
    )
    ap.add_argument(
        "--llm", action="store_true", help="use the configured LLM (default: extractive)"
    )
    args = ap.parse_args()
    signals: dict[str, list[tuple[float, bool]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = args.data or Path(tmp)
        for name in [s.strip() for s in args.sets.split(",") if s.strip()]:
            if name == "eval":
                signals[name] = run_eval(base / "eval", args)
                continue
            folder = DEVSETS.get(name) or Path(name)
            if not (folder / "questions.json").is_file():
                print(f"\n({name}: no development set at {folder}; skipped)")
                continue
            signals[folder.name] = run_devset(folder.name, folder, base / folder.name, args)
    abstention_check(signals)
    return 0


if __name__ == "__main__":
    sys.exit(main())
