"""Score the answerer on a development set in union-b's format, in-process.

A development set is a folder with `docs/` (the documents to index), `questions.json`
(id, question, language, kind, expected_sources, must_include, must_not_include) and
`score.py`, its own stdlib scorer. The answers are scored with that scorer's
`score_one`, imported from the set's folder, so the numbers are the set's own:
source@5 (an expected source among the answer's first 5 sources), figures, declined,
false refusals and wrong (a superseded or injected figure shown).

Each answer also records the signal the decision to answer rests on (`Answer.match`),
so `fit_threshold` can fit the cut-off on several sets pooled and check it on a set it
was not fitted on.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from .answering import Answerer

# The day the development sets are written for (their READMEs): their "now" questions
# are scored as of that day, so that their answers do not change with the calendar.
DEVSET_TODAY = dt.date(2026, 12, 1)


@dataclass
class Scored:
    result: dict[str, Any]  # score_one's verdict: id, kind, language, answerable, declined…
    match: float  # the decision signal (0 when small talk or a named unknown)
    text: str = ""  # the answer

    @property
    def id(self) -> str:
        return str(self.result["id"])

    @property
    def kind(self) -> str:
        return str(self.result["kind"])

    @property
    def language(self) -> str:
        return str(self.result["language"])

    @property
    def answerable(self) -> bool:
        return bool(self.result["answerable"])

    @property
    def declined(self) -> bool:
        return bool(self.result["declined"])


def scorer(folder: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("devset_score", folder / "score.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(folder / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load(folder: Path) -> list[dict[str, Any]]:
    return list(json.loads((folder / "questions.json").read_text(encoding="utf-8")))


def evaluate(answerer: Answerer, folder: Path) -> tuple[list[Scored], ModuleType]:
    score = scorer(folder)
    out = []
    for q in load(folder):
        answer = answerer.ask(q["question"])
        verdict = score.score_one(q, answer.to_json())
        out.append(Scored(verdict, answer.match, answer.text))
    return out, score


def rates(items: list[tuple[float, bool]], threshold: float) -> tuple[float, float]:
    """(declined share of the unanswerable, false-refusal share of the answerable) when
    every question whose signal is under `threshold` is declined."""
    una = [m for m, answerable in items if not answerable]
    ans = [m for m, answerable in items if answerable]
    declined = sum(m < threshold for m in una) / len(una) if una else 1.0
    refused = sum(m < threshold for m in ans) / len(ans) if ans else 0.0
    return declined, refused


def fit_threshold(sets: list[list[tuple[float, bool]]]) -> float:
    """The cut-off that maximises, averaged over the sets, declined − 2 × false refusals
    (refusing a question the documents answer costs a member more than a vague answer)."""
    candidates = sorted({m for s in sets for m, _ in s})
    best, best_value = 0.0, float("-inf")
    for i, m in enumerate(candidates):
        t = (m + candidates[i - 1]) / 2 if i else m
        value = 0.0
        for s in sets:
            declined, refused = rates(s, t)
            value += declined - 2 * refused
        if value > best_value:
            best, best_value = t, value
    return best
