"""Forum and wiki markup in a text file: a thread exported with its BBCode ("[b]…[/b]",
"[quote=Ana]…[/quote]") or a wiki page saved as its wikitext ("'''bold'''", "[[Page|text]]",
"{| … |}" tables) is read as the text it shows.

A quoted post is the other post's words: it is read where that post stands, not again in
the reply (as a forwarded e-mail's "> " lines are not: quotes.py). A wiki table is read as
a Markdown table, so that its rows are read and cited with their column headers. Only a
text that uses the markup (BBCode closing tags, or a wiki table's "{|" line) is changed."""

from __future__ import annotations

import re

_BBCODE = re.compile(r"\[/(?:b|i|u|s|quote|url|size|color|font|code|list|center)\]", re.I)
_QUOTE = re.compile(r"\[quote(?:=[^\]\n]{0,80})?\][^\[]{0,4000}?\[/quote\]\s*", re.I)
_TAG = re.compile(
    r"\[/?(?:b|i|u|s|url|size|color|font|code|center|list|\*)(?:=[^\]\n]{0,200})?\]", re.I
)

_WIKI_TABLE = re.compile(r"^\{\|", re.M)
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|\n]{0,200}\|)?([^\]\n]{0,200})\]\]")
_WIKI_BOLD = re.compile(r"'{2,5}")
_WIKI_ATTRS = re.compile(r"^\s*[\w-]+\s*=\s*\"[^\"|]*\"(?:\s+[\w-]+\s*=\s*\"[^\"|]*\")*\s*\|(?!\|)")


def forum_text(text: str) -> str:
    """`text` with its BBCode and wikitext read as what they show."""
    if _BBCODE.search(text):
        text = _TAG.sub("", _QUOTE.sub("", text))
    if _WIKI_TABLE.search(text) or "[[" in text or "'''" in text:
        text = _WIKI_BOLD.sub("", _WIKI_LINK.sub(r"\1", _wiki_tables(text)))
    return text


def _cells(line: str, separator: str) -> list[str]:
    """A wiki row line's cells ("| a || b", "! Role !! Rate"), each without its attributes."""
    return [_WIKI_ATTRS.sub("", cell).strip() for cell in line[1:].split(separator)]


def _wiki_tables(text: str) -> str:
    """Each "{| … |}" table as a Markdown table: "!" cells head it, "|-" starts a row."""
    out: list[str] = []
    rows: list[list[str]] | None = None
    for line in text.split("\n"):
        stripped = line.strip()
        if rows is None:
            if stripped.startswith("{|"):
                rows = []
            else:
                out.append(line)
            continue
        if stripped.startswith("|}"):
            out += _markdown(rows)
            rows = None
        elif stripped.startswith("|-"):
            rows.append([])
        elif stripped.startswith("|+"):  # a caption
            out.append(stripped[2:].strip())
        elif stripped.startswith(("!", "|")):
            if not rows:
                rows.append([])
            rows[-1] += _cells(stripped, "!!" if stripped[0] == "!" else "||")
        elif rows and rows[-1] and stripped:  # a cell's text carried on a line of its own
            rows[-1][-1] = f"{rows[-1][-1]} {stripped}"
    if rows is not None:  # never closed: its rows still read
        out += _markdown(rows)
    return "\n".join(out)


def _markdown(rows: list[list[str]]) -> list[str]:
    rows = [r for r in rows if any(r)]
    if not rows:
        return []
    width = max(map(len, rows))
    lines = ["| " + " | ".join(r + [""] * (width - len(r))) + " |" for r in rows]
    return ["", lines[0], "|" + "---|" * width, *lines[1:], ""]
