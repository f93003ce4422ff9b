"""Links in answers: clickable only when they go where the sources say.

A chat model can write `[official rate sheet](https://anywhere)`, and a document
can hide any target behind a friendly label; in a public answer either is a
clickable link the union seems to vouch for. `safe_links(text, allowed)` keeps a
link (Markdown `[label](url)`, `<url>` or a bare `https://…`) only when its URL is
in `allowed`; any other shows as plain text: the label alone, or for a bare URL
the URL in code, which Discord does not make clickable.

`allowed_urls(sources)` are the sources' own `source_url`s and the URLs their text
shows as text — not the hidden target of a Markdown link in a document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .answers import Source

_URL = r"[a-zA-Z][a-zA-Z0-9+.-]*://[^\s<>()\[\]`]+(?:\([^\s<>()`]*\)[^\s<>()\[\]`]*)*"
_MARKDOWN = r"\[(?P<label>[^\[\]\n]*)\]\(\s*<?(?P<target>[^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*)>?(?:\s+\"[^\"\n]*\")?\s*\)"
_LINK = re.compile(rf"{_MARKDOWN}|<(?P<angled>{_URL})>|(?P<bare>{_URL})")
_TRAILING = ".,;:!?'\"*_~"  # punctuation after a bare URL ends the sentence, not the URL


def allowed_urls(sources: Iterable[Source]) -> set[str]:
    """The URLs an answer from `sources` may link to."""
    out: set[str] = set()
    for s in sources:
        if s.source_url:
            out.add(_key(s.source_url))
        shown = re.sub(_MARKDOWN, lambda m: m.group("label"), s.text)
        out.update(_key(_trim(m.group(0))[0]) for m in re.finditer(_URL, shown))
    return out


def safe_links(text: str, allowed: set[str]) -> str:
    """`text` with every link whose URL is not in `allowed` made plain text."""

    def repl(m: re.Match[str]) -> str:
        if m.group("bare") is not None:
            url, rest = _trim(m.group("bare"))
            return (url if _key(url) in allowed else _code(url)) + rest
        if m.group("angled") is not None:
            url = m.group("angled")
            return m.group(0) if _key(url) in allowed else _code(url)
        label, target = m.group("label"), m.group("target")
        if _key(target) in allowed:
            return f"[{safe_links(label, allowed)}]({target})"
        if re.fullmatch(r"\d+", label.strip()):
            return f"[{label.strip()}]"  # "[1](https://…)": a citation, kept as one
        return safe_links(label, allowed)  # a URL as the label is checked in its turn

    return _LINK.sub(repl, text)


def _trim(url: str) -> tuple[str, str]:
    stripped = url.rstrip(_TRAILING)
    return stripped, url[len(stripped) :]


def _key(url: str) -> str:
    return url.strip().rstrip("/")


def _code(url: str) -> str:
    return f"`{url}`"
