"""CriticMarkup in Markdown (knowledge/loading/critic.py): a guide's tracked changes are read
accepted: a deleted or replaced figure (a rejected proposal, an old rate) is not read, an
inserted one is, and a comment is not the guide's text."""

from __future__ import annotations

import time

from knowledge.loading import load_bytes
from knowledge.loading.critic import accepted

GUIDE = """# Guide to the AI part

A cloned voice is paid {~~₩85,000~>₩95,000~~} per generated line{>>employers asked
₩60,000<<}. {--The licence runs twelve months.--}{++The licence runs six months.++}
{==Consent is per use.==}
"""


def test_tracked_changes_are_read_accepted():
    text = load_bytes(GUIDE.encode(), "guide.md").text
    assert "₩95,000 per generated line." in text
    assert "The licence runs six months." in text and "Consent is per use." in text
    assert "85,000" not in text and "60,000" not in text and "twelve" not in text


def test_unclosed_marks_are_read_as_written_at_linear_cost():
    assert accepted("a {-- b") == "a {-- b"
    hostile = "{--" * 30_000 + "{~~" * 30_000
    started = time.monotonic()
    assert accepted(hostile) == hostile
    assert time.monotonic() - started < 5  # generous: a quadratic scan takes minutes
