"""A text file that holds txt2tags source (.t2t: three header lines, "%!target:" settings,
"= Title =" titles, "|| Role | Rate |" tables) is read as the Markdown the rest of loading
reads: the header's title as the "#" heading, its author and date lines under it; "= … ="
and "+ … +" titles one level under it (the "+" ones numbered, as txt2tags numbers them);
"- ", "+ " (numbered) and ": term" items as items ("- term: definition"); tables as Markdown
tables headed by their "||" row (without one, by an empty row, as Org's), so that a row is
read and cited with its column headers; a paragraph's lines as one line, TAB-indented
quotes as their text, verbatim and raw blocks as written, "[label url]" links as their
label ("[nom du membre]" is no link), "**bold**", "//italic//", "__underline__", "``mono``"
as their text and "--struck--" as "~~struck~~" (not in force, as an HTML <s>). What a
reader never sees goes: "%!" settings, "%" comment lines, "%%%" comment blocks (drafts,
rejected offers), "'''" tagged blocks (one target's markup), images and macros ("%%date",
"%%mtime", "%%toc": the day a file was converted is no date of the document). No
"%!include" is followed and no "%!preproc" pattern run.

Only a file with a "%!target:"-style setting before its body, or with two titles whose marks
match and another txt2tags mark ("%%%", a "||" row, "//italic//", "--struck--", "%%date", a
"%" comment) and no DokuWiki, MediaWiki, Creole, AsciiDoc, Org or LaTeX mark, is changed.
Every pass is linear: a block's end is looked up in a list of ends made once (an unclosed
block runs to the end, as in txt2tags), a pair of marks is closed by the next closing mark,
and a table past _MAX_ROWS rows, _MAX_COLUMNS columns or _MAX_LINE characters stays lines."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Any

from .pdf import headed_markdown

_KEYS = "target|encoding|options|preproc|postproc|style|includeconf|include|guicolors|csv"
_CONFIG = re.compile(rf"%!\s*(?:{_KEYS})\s*(?:\([\w-]*\))?\s*:", re.I)
_SIGNS = re.compile(
    r"^%%%[ \t]*$|^ *\|\| |%%(?:date|mtime)\b"
    r"|(?<![:/\w])//[^\s/][^/\n]{0,300}(?<=[^\s/])//(?![/\w])"
    r"|(?<![-\w])--[^\s-][^-\n]{0,300}(?<=[^\s-])--(?![-\w])",
    re.M,
)
_FOREIGN = re.compile(  # DokuWiki (its "  * " lists, "=====" titles), MediaWiki, Creole,
    # AsciiDoc, Org, LaTeX
    r"^(?:\\documentclass|\\begin\{|\^[^\n]*\^[ \t]*$|\{\||\|=|:[\w-]+:(?:[ \t]|$)|#\+\w|={5,6}[^=]"
    r"|  +\* )"
    r"|\[\[[^\[\]\n]{0,300}\]\]|\{\{[^{}\n]{0,300}\}\}|<<<",
    re.M,
)
_BLOCKS = ("```", '"""', "'''", "%%%")  # verbatim, raw, tagged, comment
_BAR = re.compile(r"\s*[_=-]{20,}\s*")
_TABLE = re.compile(r" *\|\|? ")
_CELL_END = re.compile(r"(?<=\s)(\|+)(?=\s|$)")
_ITEM = re.compile(r"( *)(?:([-+]) (?=\S)|(:) (?=\S))(.*)")
_CLOSER = re.compile(r" *[-+:]\s*")  # an empty item closes its list
_LABEL = re.compile(r"\[[\w-]*\]")
_LINK = re.compile(
    r"\[(?:(?P<img>\[[^\[\]\n]{1,300}\])|(?P<label>[^\[\]\n]{1,300})) (?P<url>[^\s\[\]]{1,1000})\]"
    r"|\[[\w,.+%$#@!?~/-]{1,300}\.(?:png|jpe?g|gif|eps|bmp|svg|webp)\]",
    re.I,
)
_URL = re.compile(
    r"\b(?:(?:https?|ftp|news|telnet|gopher|wais)://|www\d?\.|mailto:)[^\s<>\[\]\"'\ue000\ue001]{1,2000}",
    re.I,
)
_EMAIL = re.compile(r"[\w.+-]{1,200}@[\w-]{1,100}(?:\.[\w-]{1,100}){1,10}")
_LOCAL = re.compile(r"[\w~%./#?=&-]+")  # "rates.html#night", "../guide/"
_EXTENSION = re.compile(r"\.[A-Za-z]\w{0,5}(?:#|$)")  # not "14.1" nor "7,900.00"
_MACRO = re.compile(
    r"%%(?:date|mtime|infile|outfile|toc|appname|appurl|appversion|target|encoding|cmdline"
    r"|currentfile|header[1-3])\b(?:\([^()\n]{0,200}\))?",
    re.I,
)
_TOKEN = re.compile("\ue000(\\d+)\ue001")
_PRIVATE = str.maketrans("", "", "\ue000\ue001")
_MARKUP = re.compile(r"[*/_\-`\"'\[%]|www\d?\.|mailto:")  # what text with no markup lacks
_MAX_ROWS = 5_000
_MAX_COLUMNS = 32
_MAX_LINE = 2_000
_MAX_INDENT = 8  # list levels shown


def _title(line: str) -> tuple[str, int, str] | None:
    """A title line ("== Rates ==[rates]", "+ Dues +") as its mark, level and text."""
    s = line.rstrip()
    if (cut := s.rfind("[")) > 0 and _LABEL.fullmatch(s[cut:]):
        s = s[:cut]
    s = s.lstrip(" ")
    mark = s[:1]
    if mark not in ("=", "+"):
        return None
    lead, trail = len(s) - len(s.lstrip(mark)), len(s) - len(s.rstrip(mark))
    text = s[lead : len(s) - trail].strip()
    alnum = any(ch.isalnum() for ch in text)  # "+----+----+" is a table's border
    return (mark, lead, text) if alnum and lead == trail <= 5 else None


def is_txt2tags(text: str) -> bool:
    lines = text.splitlines()
    for i, line in enumerate(lines):  # the header's three lines, then the settings area
        if i >= 3 and line.strip() and not line.startswith("%"):
            break
        if _CONFIG.match(line):
            return True
    titles = sum(1 for line in lines if line[:1] in " =+" and _title(line))
    return titles >= 2 and bool(_SIGNS.search(text)) and not _FOREIGN.search(text)


def _paired(s: str, mark: str, render: Callable[[str], str], bounded: bool = True) -> str:
    """`s` with each `mark`…`mark` pair as `render` gives it: its text glued to the marks
    and, when `bounded`, the marks not inside a word ("2026--2029" is no struck text)."""
    if mark not in s:
        return s
    n, c = len(mark), mark[0]

    def outside(k: int) -> bool:
        return not bounded or k < 0 or k >= len(s) or not (s[k].isalnum() or s[k] == c)

    out, i, pos = [], 0, 0
    while (a := s.find(mark, pos)) >= 0:
        first = s[a + n : a + n + 1]
        if not first or first.isspace() or first == c or not outside(a - 1):
            pos = a + 1
            continue
        b = a + n + 1  # a closing mark's validity does not depend on the opening one:
        while (b := s.find(mark, b)) >= 0 and (
            s[b - 1].isspace() or s[b - 1] == c or not outside(b + n)
        ):
            b += 1
        if b < 0:  # no closing mark after this opening one closes a later one either
            break
        out += [s[i:a], render(s[a + n : b])]
        i = pos = b + n
    return "".join(out) + s[i:]


def _target(url: str) -> bool:
    """Whether a "[label url]" link's url is one: a web address, an e-mail address, an
    anchor or a file ("[nom du musicien]" is text in brackets)."""
    if _URL.match(url) or _EMAIL.fullmatch(url) or url.startswith("#"):
        return True
    return bool(_LOCAL.fullmatch(url) and ("/" in url or _EXTENSION.search(url)))


class _Text:
    """What the document's lines show; links, URLs and "``mono``" text kept aside behind a
    token that no other pass reads, until `restore`."""

    def __init__(self) -> None:
        self.kept: list[str] = []

    def keep(self, s: str) -> str:
        self.kept.append(s)
        return f"\ue000{len(self.kept) - 1}\ue001"

    def restore(self, s: str) -> str:
        return _TOKEN.sub(lambda m: self.kept[int(m.group(1))], s) if "\ue000" in s else s

    def _marks(self, s: str) -> str:
        s = _MACRO.sub("", s) if "%%" in s else s
        for mark in ("**", "//", "__"):
            s = _paired(s, mark, lambda inner: inner)
        return _paired(s, "--", lambda inner: f"~~{inner}~~")

    def _link(self, m: re.Match[str]) -> str:
        if m.group("url") is None or m.group("img"):
            return ""  # an image, or an image that links
        if not _target(m.group("url")):
            return m.group()
        return self.keep(self.restore(self._marks(m.group("label").strip())))

    def inline(self, s: str) -> str:
        if not _MARKUP.search(s):
            return s
        s = _paired(s, "``", self.keep, bounded=False)
        s = _paired(s, '""', self.keep, bounded=False)
        s = _paired(s, "''", lambda _: "", bounded=False)
        s = _LINK.sub(self._link, s) if "[" in s else s
        return " ".join(self._marks(_URL.sub(lambda m: self.keep(m.group()), s)).split())

    def table(self, lines: list[str]) -> list[str]:
        """A table's rows as a Markdown table, headed by its "||" row; as lines when it is
        too large to be one."""
        rows: list[list[Any]] = []
        for n, line in enumerate(lines):
            s = line.lstrip(" ")
            parts = _CELL_END.split(s[2 if s.startswith("||") else 1 :])
            row: list[Any] = []
            for k in range(0, len(parts), 2):
                if k + 1 == len(parts) and not parts[k].strip() and k:
                    break  # the row's closing "|"
                span = len(parts[k + 1]) if k + 1 < len(parts) else 1
                cell = self.inline(parts[k].strip())
                row += [cell] + [cell if n == 0 else None] * (min(span, _MAX_COLUMNS) - 1)
            rows.append(row)
        if max(map(len, rows)) > _MAX_COLUMNS:
            return [self.inline(line.strip()) for line in lines]
        headed = lines[0].lstrip(" ").startswith("||") and len(rows) > 1
        return headed_markdown(rows, headed) or [self.inline(line.strip()) for line in lines]


def _header(lines: list[str], page: _Text) -> list[str]:
    """The header's lines: the title as a "#" heading, author and date under it."""
    shown = []
    for n, line in enumerate(lines):
        title = _title(line) if n == 0 else None
        s = page.inline(title[2] if title else line.strip())
        if s and not line.startswith("%"):
            shown.append(f"# {s}" if n == 0 else s)
    return [*shown, ""]


def txt2tags_text(text: str) -> str:
    """`text` read as Markdown when it is txt2tags source; else unchanged."""
    if not is_txt2tags(text):
        return text
    lines = text.translate(_PRIVATE).splitlines()
    ends = {mark: [i for i, line in enumerate(lines) if line.rstrip() == mark] for mark in _BLOCKS}
    page = _Text()
    start = 3 if lines and lines[0].strip() and not lines[0].startswith("%") else 0
    out = _header(lines[:start], page) if start else []
    paragraph: list[str] = []
    quoted = False  # whether the paragraph is a quotation
    item: list[str] = []  # the open item's mark and text, then its lines after
    term = False  # whether the open item is a definition list's term
    lists: list[list[Any]] = []  # the open lists: indentation, kind, items so far
    numbers = [0] * 5  # the "+ … +" titles so far, by level
    blanks, room = 0, _MAX_ROWS

    def flush() -> None:
        if paragraph:
            out.append(" ".join(paragraph))
        if item:  # a definition list's term: "- term: definition"
            head, *rest = item
            out.append(" ".join([head + (":" if term and rest else ""), *rest]))
        paragraph.clear()
        item.clear()

    i = start
    while i < len(lines):
        line, i = lines[i], i + 1
        mark = line.rstrip()
        if mark in _BLOCKS:
            k = bisect.bisect_right(ends[mark], i - 1)
            end = ends[mark][k] if k < len(ends[mark]) else len(lines)
            flush()
            out += lines[i:end] if mark in ("```", '"""') else []
            i = end + 1
            continue
        if line.startswith("%"):  # a setting, a comment, "%%toc"
            continue
        if line.startswith(("``` ", '""" ', "''' ")):
            flush()
            out += [line[4:]] if line[0] != "'" else []
            continue
        if not line.strip():
            flush()
            blanks += 1
            if blanks >= 2:
                lists.clear()
            out.append("")
            continue
        blanks = 0
        if line.startswith("\t"):  # a quotation
            if not quoted:
                flush()
            quoted = True
            paragraph.append(page.inline(line.strip()))
            continue
        if quoted:
            flush()
            quoted = False
        bar = bool(_BAR.fullmatch(line))
        title = None if bar else _title(line)
        if bar or title:
            flush()
            lists.clear()
            if title:
                mark, level, words = title
                number = ""
                if mark == "+":
                    numbers[level - 1 :] = [numbers[level - 1] + 1] + [0] * (5 - level)
                    number = ".".join(map(str, numbers[:level])) + ". "
                out += ["", f"{'#' * min(level + 1, 6)} {number}{page.inline(words)}", ""]
            else:
                out.append("")
        elif _TABLE.match(line):
            j = i
            while j < len(lines) and _TABLE.match(lines[j]):
                j += 1
            flush()
            table, room, i = lines[i - 1 : j], room - (j - i + 1), j
            large = room < 0 or max(map(len, table)) > _MAX_LINE
            rows = [page.inline(t.strip()) for t in table] if large else page.table(table)
            out += ["", *rows, ""]
        elif m := _ITEM.fullmatch(line):
            flush()
            indent, kind = len(m.group(1)), m.group(2) or m.group(3)
            while lists and lists[-1][0] > indent:
                lists.pop()
            if lists and lists[-1][0] == indent and lists[-1][1] != kind:
                lists.pop()
            if not lists or lists[-1][0] < indent:
                lists.append([indent, kind, 0])
            lists[-1][2] += 1
            pad = "  " * min(len(lists) - 1, _MAX_INDENT)
            bullet = f"{lists[-1][2]}. " if kind == "+" else "- "
            item[:], term = [pad + bullet + page.inline(m.group(4))], kind == ":"
        elif _CLOSER.fullmatch(line):
            flush()
            out.append("")
            if lists:
                lists.pop()
        elif item:
            item.append(page.inline(line.strip()))
        else:
            paragraph.append(page.inline(line.strip()))
    flush()
    joined = "\n".join(s.rstrip() for s in page.restore("\n".join(out)).split("\n"))
    joined = re.sub(r"\n{3,}", "\n\n", joined).strip("\n")
    return joined + ("\n" if text.endswith("\n") else "")
