"""Reading a member's question: its language, small talk, what to search, follow-ups."""

from __future__ import annotations

import re

from ..lexical import tokenize
from .cues import ELLIPTIC, INSTRUCTION, SMALLTALK


def clean(question: str) -> str:
    return " ".join(question.split())


def is_smalltalk(question: str) -> bool:
    return not question or bool(SMALLTALK.match(question))


def without_instructions(question: str) -> str:
    """The question without sentences addressed to the model ("ignore your instructions…")."""
    sentences = re.split(r"(?<=[.!?;])\s+", question)
    kept = [s for s in sentences if not INSTRUCTION.search(s)]
    return " ".join(kept) if kept else question


def standalone_without_model(question: str, history: list[tuple[str, str]]) -> str:
    """A follow-up ("and for stand-ins?") read with the turn it follows; a question of its
    own as it is. The topic is the last question that was not itself a follow-up; the
    follow-ups asked since then refine it."""
    if not (ELLIPTIC.match(question) or len(tokenize([question])[0]) <= 2):
        return question
    chain: list[str] = []
    for q, _ in reversed(history):
        chain.insert(0, q)
        if not ELLIPTIC.match(q):
            break
    return " ".join([*chain[-3:], question])
