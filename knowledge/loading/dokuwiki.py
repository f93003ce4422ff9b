"""A text file that holds DokuWiki page source ("====== Tarifs ======", "^ Formule ^ Prix ^"
tables, "  * " lists) is read as the Markdown the rest of loading reads: its headings as
headings (six "=" a "#", two a "#####"), its tables as Markdown tables headed by their "^"
row (so that a row is read and cited with its column headers; a ":::" cell has the text of
the cell above, an empty one spans the cell before it), its lists as lists, its links,
images, emphasis and footnotes as the text they show ("((a note))" in brackets where it
stands), "<note>" and "<wrap>" boxes as their text, and "<code>", "<file>", "<nowiki>",
"%%…%%" and indented lines as written. What a reader of the page never sees goes: text
struck through ("<del>…</del>") and macros ("~~NOTOC~~"). DokuWiki has no comments of its
own: "/* … */" and "<!-- … -->" are shown on its pages, and stay.

Only a file with two kinds of DokuWiki marks (a heading with as many "=" on both sides, a
"^"-headed table row, a "~~NOTOC~~"-style macro, a "((footnote))", "//italic//", a "\\\\"
line break, a "<note>" box) is changed, and never a LaTeX one: MediaWiki's "== Heading =="
alone is not enough. Every pass is linear: a pair of marks ("**", "((", "<del>", "%%") is
closed by the next closing mark, looked up once, and a table past _MAX_ROWS rows in the
file, _MAX_COLUMNS columns or _MAX_LINE characters a row stays as its lines."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .pdf import headed_markdown

_LATEX = re.compile(r"\\(?:documentclass|begin\{)")
_MACRO = re.compile(r"~~[A-Z][A-Z_]{2,30}(?::[^~\n]{0,200})?~~")  # "~~NOTOC~~"
_FOOTNOTE = re.compile(r"\(\([^()]{1,2000}\)\)")
_ITALIC = re.compile(r"(?<![:/\w])//[^\s/][^/\n]{0,300}(?<=[^\s/])//(?![/\w])")
_BREAK_SIGN = re.compile(r"(?<!\\)\\\\(?:[ \t]|$)", re.M)
_NOTE = re.compile(r"<note(?:[ \t][^<>\n]{0,100})?>")
_PROTECTED = re.compile(r"<(code|file)\b[^<>\n]{0,200}>|<nowiki>|%%")
_TOKEN = re.compile("\ue000(\\d+)\ue001")
_NESTED_KEPT = 4
_PRIVATE = str.maketrans("", "", "\ue000\ue001\ue002\ue003")
_CELL = re.compile(r"\[\[[^\[\]\n]{0,1000}\]\]|\{\{[^{}\n]{0,1000}\}\}|[|^]")
_IMAGE = re.compile(r"\{\{([^{}\n]{0,1000})\}\}")
_LINK = re.compile(r"\[\[([^\[\]\n]{0,1000})\]\]")
_URL = re.compile(r"\b(?:https?|ftp)://[^\s\[\]<>|\"\\]+")
_TAG = re.compile(r"</?(?:sup|sub|note|wrap)\b[^<>\n]{0,200}>", re.I)
_EMAIL = re.compile(r"<([\w.+-]{1,100}@[\w-]{1,100}(?:\.[\w-]{1,100}){1,10})>")
_BREAK = re.compile(r"\\\\(?:[ \t]+|(?=\n)|\Z)")
_ITEM = re.compile(r"([ \t]+)([*-])[ \t]*(.*)")
_RULE = re.compile(r"-{4,}")
_MARKUP = re.compile(r"[~<(\[{:*/_'\\]")  # what text with no markup lacks
_EMPHASIS = ("**", "//", "__", "''")
_MAX_ROWS = 5_000
_MAX_COLUMNS = 32
_MAX_LINE = 2_000
_MAX_KEPT = 20_000  # "<code>", "<nowiki>" and "%%" pairs read as written; past them, marks


def _heading(line: str, strict: bool = False) -> str | None:
    """A heading line ("===== Boissons =====") as a Markdown one ("## Boissons")."""
    s = line.strip()
    lead, trail = len(s) - len(s.lstrip("=")), len(s) - len(s.rstrip("="))
    inner = s[lead : len(s) - trail].strip()
    if not inner or lead < 2 or trail < 2 or (strict and (lead != trail or lead > 6)):
        return None
    return f"{'#' * (7 - min(lead, 6))} {inner}"


def is_dokuwiki(text: str) -> bool:
    if _LATEX.search(text):
        return False
    kinds: set[str] = set()
    for line in text.splitlines():
        if line.lstrip().startswith("==") and _heading(line, strict=True):
            kinds.add("heading")
        elif line.startswith("^") and line.rstrip().endswith(("^", "|")) and line.count("^") > 1:
            kinds.add("table")
    signs = {"macro": _MACRO, "footnote": _FOOTNOTE, "italic": _ITALIC, "break": _BREAK_SIGN}
    kinds |= {kind for kind, sign in signs.items() if sign.search(text)}
    kinds |= {"note"} if _NOTE.search(text) and "</note>" in text else set()
    return len(kinds) >= 2


def _paired(s: str, opening: str, closing: str, render: Callable[[str], str | None]) -> str:
    """`s` with each `opening`…`closing` pair as `render` gives it (None: as written), the
    next closing mark closing it; an opening mark with no closing one after it stays."""
    if opening not in s:
        return s
    out, i = [], 0
    while (a := s.find(opening, i)) >= 0 and (b := s.find(closing, a + len(opening))) >= 0:
        shown = render(s[a + len(opening) : b])
        out += [s[i:a], s[a : b + len(closing)] if shown is None else shown]
        i = b + len(closing)
    return "".join(out) + s[i:]


def _emphasis(s: str) -> str:
    for mark in _EMPHASIS:
        s = _paired(s, mark, mark, lambda inner: inner if inner.strip() else None)
    return s


def _cells(line: str) -> list[tuple[str, str]]:
    """A table row's cells: each its mark ("^" a header cell, "|" another) and its text; a
    "|" or "^" in a link or an image ("[[page|label]]") divides no cells."""
    marks = [m for m in _CELL.finditer(line) if m.group() in "|^"]
    ends = [m.start() for m in marks[1:]]
    ends += [len(line)] if line[marks[-1].end() :].strip() else []  # no closing mark
    return [(m.group(), line[m.end() : e]) for m, e in zip(marks, ends, strict=False)]


class _Page:
    """A page's text with what is shown as written ("<code>", "%%…%%", a URL, a link's
    text) kept aside behind a token that no other pass reads, until `restore`."""

    def __init__(self) -> None:
        self.kept: list[str] = []

    def keep(self, s: str) -> str:
        self.kept.append(s)
        return f"\ue000{len(self.kept) - 1}\ue001"

    def restore(self, s: str) -> str:
        for _ in range(_NESTED_KEPT):  # a kept link may hold a kept escape ("…/%%fee%%")
            if "\ue000" not in s:
                break
            s = _TOKEN.sub(lambda m: self.kept[int(m.group(1))], s)
        return s

    def protect(self, text: str) -> str:
        out, i, pos, unclosed = [], 0, 0, set()
        while len(self.kept) < _MAX_KEPT and (m := _PROTECTED.search(text, pos)):
            name = m.group(1) or m.group().strip("<>")
            closing = "%%" if name == "%%" else f"</{name}>"
            end = -1 if closing in unclosed else text.find(closing, m.end())
            if end < 0:
                unclosed.add(closing)
                pos = m.end()
                continue
            inner = text[m.end() : end]
            block = name in ("code", "file")
            out += [
                text[i : m.start()],
                self.keep(f"\n{inner.strip(chr(10))}\n" if block else inner),
            ]
            i = pos = end + len(closing)
        return "".join(out) + text[i:]

    def _link(self, m: re.Match[str]) -> str:
        target, bar, label = m.group(1).partition("|")
        return self.keep(self.restore(_emphasis(label.strip()) if bar else target.strip()))

    def inline(self, s: str, cell: bool = False) -> str:
        """What a paragraph, an item or a cell shows."""
        if not _MARKUP.search(s):
            return s
        s = _paired(_MACRO.sub("", s), "<del>", "</del>", lambda _: "\ue003")
        s = s.replace(" \ue003 ", " ").replace("\ue003", "")  # "was  now": "was now"
        s = _paired(s, "((", "))", lambda note: f"\ue002({note.strip()})")
        s = s.replace(" \ue002", " ").replace("\ue002", " ")
        s = _IMAGE.sub(lambda m: m.group(1).partition("|")[2].strip(), s)
        s = _URL.sub(lambda m: self.keep(m.group()), _LINK.sub(self._link, s))
        s = _EMAIL.sub(r"\1", _TAG.sub("", _emphasis(s)))

        def forced(m: re.Match[str]) -> str:  # "\\": a line's end needs no break of its own
            return " " if cell else "" if s[m.end() : m.end() + 1] in ("", "\n") else "\n"

        return _BREAK.sub(forced, s)

    def table(self, lines: list[str]) -> list[str]:
        """A table's rows as a Markdown table, headed by its first row when every cell of it
        is a "^" one; as lines when it is too large to be one."""
        parsed = [_cells(line) for line in lines] if max(map(len, lines)) <= _MAX_LINE else []
        if not parsed or max(map(len, parsed)) > _MAX_COLUMNS:
            return [self.restore(self.inline(line, cell=True)) for line in lines]
        headed = len(parsed) > 1 and all(kind == "^" for kind, _ in parsed[0])
        rows: list[list[Any]] = []
        above: list[str] = []
        for n, cells in enumerate(parsed):
            row: list[Any] = []
            for _, raw in cells:
                if raw == "" and row:  # an empty cell: the one before it spans it
                    row.append(row[-1] if n == 0 and headed else None)
                elif raw.strip() == ":::":  # the cell above spans this row
                    row.append(above[len(row)] if len(row) < len(above) else "")
                else:
                    row.append(self.restore(self.inline(raw.strip(), cell=True)))
            rows.append(row)
            above = [c or "" for c in row]
        markdown = headed_markdown(rows, headed) if rows and any(rows) else []
        return markdown or [self.restore(self.inline(line, cell=True)) for line in lines]


def dokuwiki_text(text: str) -> str:
    """`text` read as Markdown when it is DokuWiki page source; else unchanged."""
    if not is_dokuwiki(text):
        return text
    page = _Page()
    lines = page.protect(text.translate(_PRIVATE)).split("\n")
    out: list[str] = []
    paragraph: list[str] = []
    counters: dict[int, int] = {}  # an ordered list's items so far, by level
    room = _MAX_ROWS

    def flush() -> None:
        if paragraph:
            out.append(page.inline("\n".join(paragraph)))
        paragraph.clear()

    i = 0
    while i < len(lines):
        line, i = lines[i].rstrip(), i + 1
        item = _ITEM.match(line) if line[:1] in " \t" else None
        width = len(item.group(1).replace("\t", "  ")) if item else 0
        if not item or width < 2:
            counters.clear()  # an ordered list is numbered from 1 again after other lines
        if line[:1] in ("^", "|"):
            j = i
            while j < len(lines) and lines[j][:1] in ("^", "|"):
                j += 1
            flush()
            table = lines[i - 1 : j]
            rows = [t.rstrip() for t in table]
            rows = page.table(rows) if len(rows) <= room else [page.inline(t, True) for t in rows]
            out += ["", *rows, ""]
            room, i = room - len(table), j
        elif line.lstrip().startswith("==") and (heading := _heading(line)):
            flush()
            out += ["", page.restore(heading), ""]
        elif item and width >= 2:
            flush()
            level = width // 2
            counters = {k: v for k, v in counters.items() if k <= level}
            if ordered := item.group(2) == "-":
                counters[level] = counters.get(level, 0) + 1
            mark = f"{counters[level]}. " if ordered else "- "
            out.append("  " * (level - 1) + mark + page.inline(item.group(3), cell=True))
        elif line[:2] == "  " or line[:1] == "\t":  # a preformatted line, as written
            flush()
            out.append(line[2:] if line[:2] == "  " else line[1:])
        elif not line.strip() or _RULE.fullmatch(line.strip()):
            flush()
            out.append("")
        elif line.startswith(">"):
            flush()
            out.append(page.inline(line.lstrip("> \t")))
        else:
            paragraph.append(line)
    flush()
    joined = "\n".join(line.rstrip() for line in page.restore("\n".join(out)).split("\n"))
    joined = re.sub(r"\n{3,}", "\n\n", joined).strip("\n")
    return joined + ("\n" if text.endswith("\n") else "")
