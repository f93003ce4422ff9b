"""The LLM path: a chat model writes from numbered passages and must cite them.

Its answer is kept only when the model finished it (within the deadline of the whole
call, with finish_reason "stop"), every citation names a passage and every figure a
claim states is in a passage that claim cites; otherwise the caller falls back to the
extractive answer with a short note saying why.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..answers import Answer
from ..llm import ChatModel, complete
from ..search import Passage
from .compose import source_of
from .texts import SYSTEM_PROMPT, TEXTS
from .verify import cited, normalise_citations, unsupported


def _blocks(passages: list[Passage]) -> list[str]:
    blocks = []
    for n, p in enumerate(passages, start=1):
        md = p.metadata
        facts = [
            p.title,
            p.heading,
            md.get("kind", ""),
            f"effective {md.get('effective_from', '?')} to {md.get('effective_to', '?')}"
            if md.get("effective_from") or md.get("effective_to")
            else "",
        ]
        header = " | ".join(x for x in facts if x)
        body = f"{md['table_header']}\n{p.text}" if md.get("table_header") else p.text
        blocks.append(f"[{n}] ({header})\n{body}")
    return blocks


def llm_answer(
    chat: ChatModel,
    question: str,
    standalone: str,
    passages: list[Passage],
    language: str,
    *,
    today: dt.date,
    answer_chars: int,
    stream: bool,
    timeout: float,
    on_draft: Callable[[str], None] | None = None,
) -> tuple[Answer | None, str]:
    """The model's answer, or (None, why) when it must not be shown."""
    from langchain_core.messages import HumanMessage, SystemMessage

    system = SYSTEM_PROMPT.format(
        today=today.isoformat(),
        language="French" if language == "fr" else "English",
        chars=answer_chars,
    )
    asked = question if standalone == question else f"{question}\n(Standalone: {standalone})"
    messages = [
        SystemMessage(system),
        HumanMessage("Passages:\n\n" + "\n\n".join(_blocks(passages)) + f"\n\nQuestion: {asked}"),
    ]
    reply = complete(
        chat, messages, stream=stream or on_draft is not None, seconds=timeout, on_part=on_draft
    )
    t = TEXTS[language]
    if reply.finish_reason != "stop":  # cut off by the token limit, or a broken stream
        return None, t["fallback_incomplete"]
    text = reply.text.strip()
    if "NOT_IN_DOCUMENTS" in text:
        return Answer(question, t["not_found"], language=language, mode="llm", kind="not_found"), ""
    text = normalise_citations(text)
    order = cited(text)
    if not order or any(not 1 <= n <= len(passages) for n in order):
        return None, t["fallback_citation"]
    if unsupported(text, passages, language):
        return None, t["fallback_figure"]
    renumber = {old: new for new, old in enumerate(order, start=1)}
    text = re.sub(r"\[(\d+)\]", lambda m: f"[{renumber[int(m.group(1))]}]", text)
    limit = int(answer_chars * 1.2)
    if len(text) > limit:
        text = text[:limit].rsplit("\n", 1)[0].rstrip() + " …"
    sources = [source_of(renumber[n], passages[n - 1], "", today) for n in order]
    return Answer(question, text, sources, grounded=True, mode="llm", language=language), ""
