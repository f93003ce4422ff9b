"""A text file that holds Org-mode source ("#+TITLE:", "* TODO Heading :tag:", "|---+---|"
tables) is read as the Markdown the rest of loading reads: its headlines as headings without
their TODO keywords, priorities and tags, its tables as Markdown tables (so that a row is
read and cited with its column headers), its links, emphasis, footnotes and timestamps as
the text they show, and without what Org keeps for itself: keyword lines, property and
logbook drawers, comment lines, "#+BEGIN_COMMENT" blocks and "* COMMENT" subtrees (a
draft's rejected figure is not the figure agreed).

Only a file with two kinds of Org marks (keyword lines, blocks, drawers, headlines with a
TODO keyword or tags, table rules with a "+"), or a "#+TITLE:" and a headline, is changed:
Markdown's "* item" lists are not headlines. Every pass is linear: the end of a block or a
drawer is looked up in a list of ends made once, and emphasis is a pair of marks around text
without that mark, at word boundaries ("5 * 3", "a/b/c" and URLs are left alone)."""

from __future__ import annotations

import bisect
import re

from .pdf import headed_markdown

_KEYWORD = re.compile(r"^\s*#\+(\w+)(?:\[[^\]\n]*\])?:[ \t]*(.*)$")  # "#+TITLE: Minutes"
_BLOCK = re.compile(r"^\s*#\+(begin|end)(?:_(\w+))?(?=[\s:]|$)", re.I)  # "#+BEGIN_QUOTE"
_DRAWER = re.compile(r"^\s*:(?:PROPERTIES|LOGBOOK):\s*$")
_END = re.compile(r"^\s*:END:\s*$")
_HEADLINE = re.compile(r"^(\*+)[ \t]+(.*)$")
_TAGS = re.compile(r":[\w@#%:]+:")  # ":meeting:rates:"
_PRIORITY = re.compile(r"\[#[A-Z0-9]\]")
_STATISTICS = re.compile(r"\[\d*(?:/\d*|%)\]")  # "[1/3]", "[50%]"
_RULE = re.compile(r"^\s*\|-[-+|]*\s*$")  # "|---+---|"
_WIDTHS = re.compile(r"<[lcr]?\d*>")  # a row of column cookies: "<l>", "<10>"
_PLANNING = re.compile(r"\b(SCHEDULED|DEADLINE|CLOSED):")
_COMMENT = re.compile(r"^\s*#(?:\s|$)")
_FOOTNOTE = re.compile(r"^\[fn:([\w-]+)\][ \t]*(.*)$")
_HORIZONTAL = re.compile(r"^\s*-{5,}\s*$")
_SHOWN_KEYWORDS = {"title", "author", "date", "options", "startup"}
_TODO_KEYWORDS = {"todo", "seq_todo", "typ_todo"}
_VERBATIM = {"SRC", "EXAMPLE", "EXPORT"}
_MAX_COLUMNS = 32
_MAX_ROWS = 5_000  # in a file's tables; past them, or in a longer line, rows stay as written
_MAX_LINE = 2_000


def _stamp(n: int) -> str:
    """A timestamp, "<2026-12-01 Tue 10:00 +1w>" or "[2026-12-01 Tue]"."""
    day, time = rf"(?P<d{n}>\d{{4}}-\d\d-\d\d)", rf"(?P<t{n}>\d{{1,2}}:\d\d(?:-\d{{1,2}}:\d\d)?)"
    repeat = r"(?: [-+.]{1,2}\d+[hdwmy](?:/\d+[hdwmy])?){0,2}"
    return rf"[<\[]{day}(?: [^\s\d<>\[\]]{{1,12}})?(?: {time})?{repeat}[>\]]"


_MARKS = "*/_+=~"
_CODE = "=~"
_EMPHASIS = "|".join(
    rf"{e}(?P<m{n}>[^\s{e}](?:[^{e}\n]*[^\s{e}])?){e}" for n, e in enumerate(map(re.escape, _MARKS))
)
_INLINE = re.compile(
    r"\[\[(?P<url>[^\[\]\n]+)\](?:\[(?P<label>[^\[\]\n]+)\])?\]"
    rf"|{_stamp(1)}(?:--{_stamp(2)})?"
    r"|\[fn:[\w-]*:(?P<note>[^\[\]\n]*)\]|(?P<ref> ?\[fn:[\w-]+\])"
    r"|(?P<bare>\b(?:https?|ftp|mailto):[^\s\[\]<>]+)"
    rf"|(?<![^\s\-(\[{{'\"])(?:{_EMPHASIS})(?=[\s\-.,;:!?'\")\]}}\\]|$)"
)


def _day(m: re.Match[str], n: int) -> str:
    return m.group(f"d{n}") + (f" {t}" if (t := m.group(f"t{n}")) else "")


def _shown(m: re.Match[str]) -> str:
    if (url := m.group("url")) is not None:
        label = m.group("label")
        return _inline(label) if label else url
    if m.group("d1"):
        return _day(m, 1) + (f" – {_day(m, 2)}" if m.group("d2") else "")
    if (note := m.group("note")) is not None:
        return f" ({_inline(note.strip())})"  # an inline footnote: "rates[fn:: from May]"
    if m.group("ref") is not None:
        return ""
    for n, mark in enumerate(_MARKS):
        if (body := m.group(f"m{n}")) is not None:
            return body if mark in _CODE else _inline(body)
    return m.group(0)  # a bare URL, its slashes no emphasis


def _inline(s: str) -> str:
    return _INLINE.sub(_shown, s)


def is_org(text: str) -> bool:
    kinds: set[str] = set()
    titled = headed = False
    for line in text.splitlines():
        if _BLOCK.match(line):
            kinds.add("block")
        elif k := _KEYWORD.match(line):
            kinds |= {"keyword"} if k.group(1).lower() in _SHOWN_KEYWORDS else set()
            titled = titled or k.group(1).lower() == "title"
        elif _DRAWER.match(line):
            kinds.add("drawer")
        elif h := _HEADLINE.match(line):
            headed, words = True, h.group(2).split()
            if words and (words[0] in ("TODO", "DONE") or _TAGS.fullmatch(words[-1])):
                kinds.add("headline")
        elif "+" in line and _RULE.match(line):
            kinds.add("table")
    return len(kinds) >= 2 or (titled and headed)


def _after(ends: list[int], i: int) -> int | None:
    k = bisect.bisect_right(ends, i)
    return ends[k] if k < len(ends) else None


def _table(lines: list[str], room: int) -> list[str]:
    """A table's lines as a Markdown table, headed by its first row when a rule follows it;
    as they are when it is too large to be one."""
    if len(lines) > room or any(len(line) > _MAX_LINE for line in lines):
        return [line.strip() for line in lines]
    rows: list[list[str]] = []
    ruled_after: int | None = None  # how many rows the first rule follows
    for line in lines:
        s = line.strip()
        if _RULE.match(s):
            ruled_after = len(rows) if ruled_after is None and rows else ruled_after
            continue
        cells = [c.strip() for c in s.removeprefix("|").removesuffix("|").split("|")]
        if not all(not c or _WIDTHS.fullmatch(c) for c in cells):
            rows.append([_inline(c) for c in cells])
    if not rows or max(map(len, rows)) > _MAX_COLUMNS:
        return [line.strip() for line in lines]
    return headed_markdown(rows, ruled_after == 1 and len(rows) > 1)


def _headline(stars: int, words: list[str], todo: set[str], titled: bool) -> str | None:
    """A headline as a Markdown heading; None for a "COMMENT" one."""
    words = words[1:] if words and words[0] in todo else words
    words = words[1:] if words and _PRIORITY.fullmatch(words[0]) else words
    if words and words[0] == "COMMENT":
        return None
    words = words[:-1] if words and _TAGS.fullmatch(words[-1]) else words
    words = [w for w in words if not _STATISTICS.fullmatch(w)]
    return f"{'#' * min(stars + titled, 6)} {_inline(' '.join(words))}".rstrip()


def org_text(text: str) -> str:
    """`text` read as Markdown when it is Org-mode source; else unchanged."""
    if not is_org(text):
        return text
    lines = text.splitlines()
    blocks = [_BLOCK.match(line) for line in lines]
    keywords = [None if b else _KEYWORD.match(line) for b, line in zip(blocks, lines, strict=True)]
    ends: dict[str, list[int]] = {}  # a block's name: the lines that end one
    for i, b in enumerate(blocks):
        if b and b.group(1).lower() == "end":
            ends.setdefault((b.group(2) or "").upper(), []).append(i)
    drawer_ends = [i for i, line in enumerate(lines) if _END.match(line)]
    titled = any(k and k.group(1).lower() == "title" for k in keywords)
    todo = {"TODO", "DONE"}  # and those the file declares: "#+TODO: TODO WAIT | DONE"
    for k in keywords:
        if k and k.group(1).lower() in _TODO_KEYWORDS:
            todo |= {w.split("(")[0] for w in k.group(2).split() if w != "|"}
    out: list[str] = []
    room = _MAX_ROWS  # the table rows still to read as tables
    skipped = 0  # the level of the "* COMMENT" headline whose subtree is left out
    i = 0
    while i < len(lines):
        line, block, keyword, i = lines[i], blocks[i], keywords[i], i + 1
        head = _HEADLINE.match(line)
        if skipped and not (head and len(head.group(1)) <= skipped):
            continue
        skipped = 0
        if block:  # markers go; a comment's lines go too, a listing's are kept as written
            name = (block.group(2) or "").upper()
            end = _after(ends.get(name, []), i - 1) if block.group(1).lower() == "begin" else None
            if end is not None and (name == "COMMENT" or name in _VERBATIM):
                out += [] if name == "COMMENT" else lines[i:end]
                i = end + 1
        elif _DRAWER.match(line):
            i = end + 1 if (end := _after(drawer_ends, i - 1)) is not None else i
        elif keyword:
            key, value = keyword.group(1).lower(), _inline(keyword.group(2).strip())
            shown = {"title": f"# {value}", "date": f"Date: {value}", "caption": value}
            out += [shown[key]] if key in shown and value else []
        elif _COMMENT.match(line):
            continue
        elif head:
            heading = _headline(len(head.group(1)), head.group(2).split(), todo, titled)
            skipped = len(head.group(1)) if heading is None else 0
            out += [heading] if heading and heading.strip("#") else []
        elif line.lstrip().startswith("|"):
            j = i
            while j < len(lines) and lines[j].lstrip().startswith("|"):
                j += 1
            out += ["", *_table(lines[i - 1 : j], room), ""]
            room, i = room - (j - i + 1), j
        elif m := _FOOTNOTE.match(line):
            out.append(f"[{m.group(1)}] {_inline(m.group(2))}")
        elif _HORIZONTAL.match(line):
            out.append("")
        elif line.lstrip()[:2] in (": ", ":"):  # a fixed-width line, as written
            out.append(line.lstrip()[2:])
        else:
            if _PLANNING.match(line.lstrip()):  # "SCHEDULED: <…>": "Scheduled: 2026-12-01"
                line = _PLANNING.sub(lambda p: f"{p.group(1).capitalize()}:", line)
            out.append(_inline(line.rstrip().removesuffix("\\\\").rstrip()))
    joined = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n")
    return joined + ("\n" if text.endswith("\n") else "")
