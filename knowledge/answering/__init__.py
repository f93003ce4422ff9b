"""Answer a member's question from the retrieved passages, with numbered sources.

Two modes. Extractive (the default, no key needed): the best-matching sentences
and table rows of the passages, quoted with citations; rates carry their
periods, superseded ones are labelled. LLM (when a chat model is configured):
the model writes from numbered passages and must cite [n] for every claim; its
answer is shown only if every figure in it appears in a source it cites,
otherwise — and whenever the model fails — the member gets the extractive
answer with a short note. Either way the answer ends with the reminder line,
and says so plainly when the documents do not cover the question.

One module a stage:

    question ─► read (question.py, asks.py, shorthand.py, cues.py) ─► retrieve (retrieve.py)
      ─► units (units.py) ─► score (scoring.py) ─► decide (abstain.py) ─► compose (compose.py)
                                                   or generate + verify (generate.py, verify.py)

The only embedding at question time is the question's own: the units' vectors are
computed when the index is built (knowledge/unit_vectors.py).
"""

from ..answers import Answer
from .answerer import Answerer

__all__ = ["Answer", "Answerer"]
