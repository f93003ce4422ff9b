"""Score answers against the public evaluation set (eval/questions.yaml).

Per question: is an expected source among the top 5 passages; are the required
figures in the answer; is a forbidden figure (a superseded one) presented as
current — that is, on a line not labelled superseded; was an out-of-scope
question declined, small talk recognised. Figures compare in normalised form
("$1,204" = "1 204 $").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import figures
from .answering import Answerer
from .answers import Answer

IN_SCOPE = ("figure", "clause", "current", "superseded")
_PAST_LABEL = re.compile(
    r"superseded|remplacé|history|historique|before the 2023|no longer|plus en vigueur", re.I
)


@dataclass
class Outcome:
    id: str
    kind: str
    language: str
    question: str
    source_in_top5: bool | None = None
    figures_ok: bool | None = None
    no_forbidden: bool | None = None
    declined: bool | None = None
    answer: Answer | None = None
    missing: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        checks = [self.source_in_top5, self.figures_ok, self.no_forbidden, self.declined]
        return all(c for c in checks if c is not None)


def load_questions(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [q for q in data if isinstance(q, dict) and q.get("question")]


def _has_figure(text: str, figure: str) -> bool:
    wanted = figures.keys(figure)
    if not wanted:
        return figure.lower() in text.lower()
    return wanted <= figures.keys(text)


def _presented_as_current(text: str, figure: str) -> bool:
    for line in text.splitlines():
        if _has_figure(line, figure) and not _PAST_LABEL.search(line):
            return True
    return False


def evaluate(answerer: Answerer, questions: list[dict[str, Any]]) -> list[Outcome]:
    """Answer and score each question. A question with `follows: <id>` is a follow-up: it is
    asked after that question (and the ones it follows), with their answers as history."""
    outcomes = []
    turns: dict[str, list[tuple[str, str]]] = {}  # id → the conversation up to and with it
    for q in questions:
        kind = q.get("kind", "clause")
        o = Outcome(q.get("id", ""), kind, q.get("language", "en"), q["question"])
        history = turns.get(q["follows"], []) if q.get("follows") else []
        answer = answerer.ask(q["question"], history=history or None)
        turns[o.id] = [*history, (q["question"], answer.text)]
        o.answer = answer
        if kind in IN_SCOPE:
            expected = set(q.get("expected_sources") or [])
            searched = answerer.rewrite(q["question"], history) if history else q["question"]
            top = [p.source for p in answerer.engine.search(searched, 5)]
            o.source_in_top5 = bool(expected & set(top)) if expected else None
            body = answer.text
            o.missing = [f for f in q.get("must_include") or [] if not _has_figure(body, f)]
            o.figures_ok = not o.missing if q.get("must_include") else None
            forbidden = q.get("must_not_include") or []
            o.no_forbidden = (
                not any(_presented_as_current(body, f) for f in forbidden) if forbidden else None
            )
        elif kind == "out_of_scope":
            o.declined = answer.kind == "not_found"
        elif kind == "smalltalk":
            o.declined = answer.kind == "smalltalk"
        outcomes.append(o)
    return outcomes


def summary(outcomes: list[Outcome]) -> dict[str, float]:
    """Shares the thresholds apply to: source@5 and figures over in-scope; declined over out-of-scope."""

    def share(values: list[bool | None]) -> float:
        vals = [v for v in values if v is not None]
        return sum(vals) / len(vals) if vals else 1.0

    in_scope = [o for o in outcomes if o.kind in IN_SCOPE]
    return {
        "source_in_top5": share([o.source_in_top5 for o in in_scope]),
        "figures_present": share([o.figures_ok for o in in_scope]),
        "no_superseded_as_current": share([o.no_forbidden for o in in_scope]),
        "out_of_scope_declined": share([o.declined for o in outcomes if o.kind == "out_of_scope"]),
        "smalltalk_recognised": share([o.declined for o in outcomes if o.kind == "smalltalk"]),
    }


def table(outcomes: list[Outcome]) -> str:
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_kind[o.kind].append(o)
        by_kind[f"({o.language})"].append(o)
    rows = [
        "| kind | n | passed | source@5 | figures | no superseded as current | declined |",
        "|---|---|---|---|---|---|---|",
    ]

    def pct(values: list[bool | None]) -> str:
        vals = [v for v in values if v is not None]
        return f"{100 * sum(vals) / len(vals):.0f}% ({sum(vals)}/{len(vals)})" if vals else "–"

    for kind, items in sorted(by_kind.items(), key=lambda kv: kv[0].startswith("(")):
        rows.append(
            f"| {kind} | {len(items)} | {pct([o.passed for o in items])} | "
            f"{pct([o.source_in_top5 for o in items])} | {pct([o.figures_ok for o in items])} | "
            f"{pct([o.no_forbidden for o in items])} | {pct([o.declined for o in items])} |"
        )
    return "\n".join(rows)
