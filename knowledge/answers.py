"""The answer a member gets: text, numbered sources, and how it was made.

Plain dataclasses of the project's own; nothing from LangChain or Chroma leaks
out. `neutralise_mentions` is applied to every answer text, so no answer can
ping @everyone, @here, a role or a user, whatever the question or the documents
contain.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

_MENTIONS = re.compile(r"@(everyone|here)\b|<@[!&]?\d+>|<#\d+>", re.I)


def neutralise_mentions(text: str) -> str:
    """'@everyone' → '@\u200beveryone'; '<@123>' / '<@&123>' → '@user' / '@role'."""

    def repl(m: re.Match[str]) -> str:
        token = m.group(0)
        if token.startswith("<@&"):
            return "@role"
        if token.startswith("<@"):
            return "@user"
        if token.startswith("<#"):
            return "#channel"
        return "@\u200b" + token[1:]

    return _MENTIONS.sub(repl, text)


_DATE_WORDS = {"en": ("from", "until"), "fr": ("depuis le", "jusqu'au")}


@dataclass
class Source:
    """One numbered source of an answer."""

    n: int
    source: str
    title: str
    start: int
    end: int
    text: str  # the passage, exactly as in the document (text == document_text[start:end])
    quote: str  # the short part the answer relies on
    kind: str = "other"
    heading: str = ""
    page: int | None = None
    effective_from: str | None = None
    effective_to: str | None = None
    source_url: str | None = None
    table_header: str = ""
    superseded: bool = False

    @property
    def location(self) -> str:
        """'Article 14 > Section 3', 'page 4', or ''."""
        parts = [self.heading] if self.heading else []
        if self.page is not None:
            parts.append(f"page {self.page}")
        return ", ".join(parts)

    @property
    def dates(self) -> str:
        return self.dates_in("en")

    def dates_in(self, language: str) -> str:
        """'2023-11-09 → 2026-06-30', 'from 2023-11-09' ('depuis le …' in French), or ''."""
        since, until = _DATE_WORDS.get(language, _DATE_WORDS["en"])
        if self.effective_from and self.effective_to:
            return f"{self.effective_from} → {self.effective_to}"
        if self.effective_from:
            return f"{since} {self.effective_from}"
        if self.effective_to:
            return f"{until} {self.effective_to}"
        return ""

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["location"] = self.location
        return out


@dataclass
class Answer:
    question: str
    text: str  # Markdown, ending with the reminder line
    sources: list[Source] = field(default_factory=list)
    grounded: bool = False
    mode: str = "extractive"  # "llm" | "extractive"
    language: str = "en"
    id: str = ""
    note: str = ""  # e.g. why an LLM answer was replaced by the extractive one
    kind: str = "answer"  # "answer" | "not_found" | "smalltalk"
    reminder: str = ""  # the closing line ("not legal advice…"), also the end of `text`
    match: float = 0.0  # how well the documents match the question: what answering rests on

    @property
    def body(self) -> str:
        """The text without its closing reminder line (a bot may show that line apart)."""
        suffix = f"\n\n_{self.reminder}_"
        if self.reminder and self.text.endswith(suffix):
            return self.text[: -len(suffix)]
        return self.text

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "question": self.question,
            "answer": self.text,
            "grounded": self.grounded,
            "mode": self.mode,
            "language": self.language,
            "kind": self.kind,
            "note": self.note,
            "reminder": self.reminder,
            "sources": [s.to_json() for s in self.sources],
        }

    def to_markdown(self) -> str:
        lines = [self.text]
        if self.sources:
            lines.append("")
            for s in self.sources:
                dates = s.dates_in(self.language)
                extra = ", ".join(x for x in (s.location, dates, s.source_url or "") if x)
                lines.append(f"[{s.n}] {s.title} ({s.source}{'; ' + extra if extra else ''})")
        return "\n".join(lines)
