"""A text file written in Textile ("h1. Prices", "p(intro). …", "|_. Seat |_. Price |") is
read as the Markdown the rest of loading reads: "hN." lines as headings, its tables as
Markdown tables (so that a row is read and cited with its column headers), "fn1." footnotes
as "[1] …", "*" and "#" lists as Markdown lists, and its phrases without their marks: what
"*strong*", "_emphasis_", "-deleted-", "@code@" or a link ("text":url) shows, without the
images ("!seats.png!") and without the "###." comments the page does not show.

Only a file with two lines that open with a block's signature ("h2.", "p.", "bq.",
"table(prices).", "|_." …) is changed; "p. 12" is a page, not a paragraph. Every pass is
linear: a phrase is a pair of marks around text without that mark, at word boundaries,
so hyphens ("2026-2029", "self-tape") and minus signs stay."""

from __future__ import annotations

import re

from .pdf import headed_markdown

# a block's modifiers: "(intro)", "{color:red}", "[fr]", "<>"
_MODIFIERS = r"(?:\([^()\n]*\)|\{[^{}\n]*\}|\[[^\[\]\n]*\]|[<>=])*"
_SIGNATURE = re.compile(
    rf"^(h[1-6]|p|bq|bc|pre|notextile|fn\d+\^?|###|table)({_MODIFIERS})(\.\.?)(?::\S+)?(?:[ \t]+|$)"
)
_VERBATIM = {"bc", "pre", "notextile", "###"}
_ROW = re.compile(r"^\s*(?:(?:\([^()\n]*\)|\{[^{}\n]*\}|[<>=^~-])+\.[ \t]*)?\|")
_ROW_MODIFIERS = re.compile(r"^(?:\([^()\n]*\)|\{[^{}\n]*\}|[<>=^~-])+\.[ \t]*(?=\|)")
_CELL_MODIFIERS = re.compile(
    r"^(?:_|[<>=^~]|\\\d+|/\d+|\{[^{}\n]*\}|\([^()\n]*\)|\[[^\[\]\n]*\])+\.(?:[ \t]|$)"
)
_LIST = re.compile(r"^([*#]+)[ \t]+(.*)$")
_PHRASE_MODIFIERS = re.compile(r"^(?:\([^()\n]*\)|\{[^{}\n]*\}|\[[^\[\]\n]*\])+(?=\S)")
_MAX_COLUMNS = 32
_MAX_ROWS = 5_000  # in a file's tables; past them, or in a longer line, rows stay as written
_MAX_LINE = 2_000

_MARKS = ["==", "**", "__", "??", "*", "_", "-", "+", "^", "~", "%", "@"]
_CODE = {"==", "@"}  # "==notextile==", "@code@": as written
_PHRASES = "|".join(
    rf"{re.escape(k)}(?P<m{n}>[^\s{c}](?:[^{c}\n]*[^\s{c}])?){re.escape(k)}"
    for n, (k, c) in enumerate((k, re.escape(k[0])) for k in _MARKS)
)
_INLINE = re.compile(
    r"\"(?P<label>[^\"\n]+)\":(?P<href>[^\s\"<>\]]*[^\s\"<>.,;:!?)\]])"
    r"|!(?:[<>=]|\([^()\n]*\)|\{[^{}\n]*\})*(?P<src>[^\s!()<>={}][^\s!()]*)"
    r"(?:\((?P<alt>[^()\n]*)\))?!(?::[^\s\"<>]+)?(?P<gap> ?)"
    r"|(?P<bare>\b(?:https?|ftp|mailto):[^\s\"<>]+)"
    r"|(?<=[^\s\[])(?P<ref>\[\d{1,3}\])"  # "fee[1]": a footnote's reference
    rf"|(?<![^\s(\[{{\"'>|/])(?:{_PHRASES})(?=[\s.,;:!?'\")\]}}<|/-]|$)"
)


def _shown(m: re.Match[str]) -> str:
    if (label := m.group("label")) is not None:
        return m.group("href") if label == "$" else _inline(label)
    if (src := m.group("src")) is not None:
        if (alt := m.group("alt")) is not None:
            return alt + m.group("gap")
        return "" if "." in src or "/" in src else m.group(0)  # "Wow!really!" is no image
    if m.group("ref") is not None:
        return ""
    for n, mark in enumerate(_MARKS):
        if (body := m.group(f"m{n}")) is not None:
            return body if mark in _CODE else _inline(_PHRASE_MODIFIERS.sub("", body, count=1))
    return m.group(0)  # a bare URL, its hyphens and underscores no phrases


def _inline(s: str) -> str:
    return _INLINE.sub(_shown, s)


def _signature(line: str) -> re.Match[str] | None:
    m = _SIGNATURE.match(line)
    return None if m and m.group(1) == "p" and line[m.end() : m.end() + 1].isdigit() else m


def is_textile(text: str) -> bool:
    found = 0
    for line in text.splitlines():
        if _signature(line) or line.startswith("|_."):
            found += 1
            if found == 2:
                return True
    return False


def _table(lines: list[str], room: int) -> list[str]:
    """A table's rows as a Markdown table, headed when its first row's cells are all "_."
    headers; as they are when it is too large to be one."""
    if len(lines) > room or any(len(line) > _MAX_LINE for line in lines):
        return [line.strip() for line in lines]
    rows: list[list[str]] = []
    caption: list[str] = []
    headed = False
    for line in lines:
        s = _ROW_MODIFIERS.sub("", line.strip(), count=1)
        if s.rstrip(". ") in ("|^", "|-", "|~"):  # the head, body and foot's markers
            continue
        if s.startswith("|=.") and not s.endswith("|"):  # "|=. Seat prices": a caption
            caption.append(_inline(s[3:].strip()))
            continue
        cells: list[str] = []
        marked = []
        for cell in s.removeprefix("|").removesuffix("|").split("|"):
            m = _CELL_MODIFIERS.match(cell)
            cells.append(_inline(cell[m.end() if m else 0 :].strip()))
            marked.append(bool(m and "_" in m.group(0)) or not cell.strip())
        headed = headed or (not rows and all(marked) and any(cells))
        rows.append(cells)
    if not rows or max(map(len, rows)) > _MAX_COLUMNS:
        return caption + [line.strip() for line in lines]
    return caption + headed_markdown(rows, headed and len(rows) > 1)


def textile_text(text: str) -> str:
    """`text` read as Markdown when it is Textile; else unchanged."""
    if not is_textile(text):
        return text
    lines = text.splitlines()
    out: list[str] = []
    room = _MAX_ROWS  # the table rows still to read as tables
    verbatim = ""  # "." in a "bc." block (to a blank line), ".." in a "bc.." one (to a block)
    shown = True  # not in a "###." comment
    i = 0
    while i < len(lines):
        line, i = lines[i], i + 1
        sig = _signature(line)
        if verbatim and not (sig if verbatim == ".." else not line.strip()):
            out += [line] if shown else []
            continue
        verbatim, shown = "", True
        if sig:
            tag, rest = sig.group(1), line[sig.end() :]
            if tag in _VERBATIM:
                verbatim, shown = sig.group(3), tag != "###"
                out += [rest] if shown and rest else []
            elif tag.startswith("h"):
                out.append(f"{'#' * int(tag[1])} {_inline(rest)}")
            elif tag.startswith("fn"):
                out.append(f"[{tag[2:].rstrip('^')}] {_inline(rest)}")
            elif tag != "table":
                out.append(_inline(rest))
        elif _ROW.match(line):
            j = i
            while j < len(lines) and _ROW.match(lines[j]):
                j += 1
            out += ["", *_table(lines[i - 1 : j], room), ""]
            room, i = room - (j - i + 1), j
        elif m := _LIST.match(line):
            mark = "- " if m.group(1)[0] == "*" else "1. "
            out.append("  " * (len(m.group(1)) - 1) + mark + _inline(m.group(2)))
        else:
            out.append(_inline(line))
    joined = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n")
    return joined + ("\n" if text.endswith("\n") else "")
