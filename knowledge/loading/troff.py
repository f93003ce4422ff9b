"""A text file that holds troff source (ms or man macros, tbl tables) is read as the Markdown
the rest of loading reads: ".TL", ".NH" and ".SH" headings as headings, ".IP" and ".TP"
items as list items, a tbl table between ".TS" and ".TE" as a Markdown table (so that a
row is read and cited with its column headers), escapes ("\\fB", "\\(em", "\\*[union]") as
what they print, and without the requests that only set how it is typeset (".nr", ".ft",
'.\\"' comments, macro definitions).

Only a file with three request lines and a table, a ".TH" or an ms heading or paragraph
macro is changed: lines such as ". Rentals run Monday", "...and so on" or ".5 hours" are
not requests. Every pass is linear: the end of a ".TS" or ".de" is looked up in a list of
ends made once, a string may add no more text than the file has, and a table whose rows
are not of one width is kept as plain lines."""

from __future__ import annotations

import bisect
import re
import unicodedata

_REQUEST = re.compile(r'^\.(?:\\"|([A-Za-z]{1,3})(?=[ \t\r]|$))', re.M)
_STRUCTURE = {"TL", "NH", "SH", "PP", "LP", "TH"}
_COMMENT = re.compile(r'^(?:[.\'][ \t]*(?:\\["{}]|$)|\\")')  # '.\" note', '\" note', '.'
_CONTROL = re.compile(r"^[.'][ \t]*([A-Za-z][\w&]*)(?:[ \t]+(.*)|$)")
_PRIME = {"br", "sp", "bp", "ne", "ti", "in", "ft", "ps", "vs", "nf", "fi", "ad", "na", "ce"}
_ARG = re.compile(r'"((?:[^"\\]|\\.)*)"?|((?:[^\s"\\]|\\.)+)')
_ESCAPE = re.compile(
    r'\\(?:"[^\n]*'  # a comment, to the end of the line
    r"|\((?P<g2>..)|\[(?P<gn>[^\]\n\\]{0,40})\]"  # a glyph: \(em, \[em]
    r"|\*(?:\((?P<s2>..)|\[(?P<sn>[^\]\n\\]{0,40})\]|(?P<s1>.))"  # a string: \*(Un, \*[union]
    r"|[fFnkgmM](?:\(..|\[[^\]\n\\]{0,40}\]|.)"  # a font, a register, a colour
    r"|s(?:[-+]?\d{1,2}|\(\d\d|\[[^\]\n\\]{0,40}\])"  # a size
    r"|[hvwlLoxbDXZNRS]'[^'\n]{0,200}'"  # motions, widths, drawings
    r"|(?P<c>.)|$)"
)
_GLYPHS = {
    **{"en": "–", "em": "—", "hy": "-", "aq": "'", "lq": '"', "rq": '"', "oq": "'", "cq": "'"},
    **{"dq": '"', "bu": "•", "co": "©", "rg": "®", "tm": "™", "de": "°", "mu": "×", "di": "÷"},
    **{"+-": "±", "Eu": "€", "eu": "€", "Po": "£", "ct": "¢", "Ye": "¥", "sc": "§", "dg": "†"},
    **{"->": "→", "<-": "←", "<=": "≤", ">=": "≥", "!=": "≠", "12": "½", "14": "¼", "34": "¾"},
    **{"ti": "~", "ha": "^", "ru": "_", "ul": "_", "sl": "/", "rs": "\\", "fm": "′", "ga": "`"},
}
_ACCENTS = dict(zip("'`^:,~", "\u0301\u0300\u0302\u0308\u0327\u0303", strict=True))
_KEPT = {"-": "-", "e": "\\", "\\": "\\", " ": " ", "~": " ", "0": " ", ".": ".", "'": "'"}
_BREAKS = {"PP", "LP", "P", "QP", "DS", "DE", "RS", "RE", "KS", "KE", "ID", "LD", "CD", "BD"}
_BREAKS |= {"HP", "sp", "bp", "AU", "AI", "AB", "AE", "BL", "AL", "DL", "LE", "EX", "EE"}
_FONTS = {"B", "I", "R", "SM", "SB", "CW", "UL"}  # their arguments, with spaces
_ALTERNATING = {"BR", "RB", "IR", "RI", "BI", "IB"}  # their arguments run together
_LEVELS = {"1", "2", "3", "4", "5"}  # ".H 2 Overtime"
_BULLETS = {"", "•", "-", "*", "o", "·", "–", "—"}
_TAB = re.compile(r"tab\s*\((.)\)")
_COMPACT = re.compile(r"[lrcnas^_=]+", re.I)  # "ccc": three columns
_KEY = re.compile(r"[lrcnas^_=|][\w()|.+-]*", re.I)  # "cb", "lw(20)", "n", "|"


def is_troff(text: str) -> bool:
    names = [m.group(1) for m in _REQUEST.finditer(text)]
    found = set(names)
    return len(names) >= 3 and ({"TS", "TE"} <= found or bool(found & _STRUCTURE))


class _Strings:
    """The strings the file defines (".ds name value"). A string holds at most 500
    characters, and interpolating them adds at most as many as the file has: lines of
    ".as x y" or of "\\*x" cost no more than their own length."""

    def __init__(self, budget: int) -> None:
        self.values: dict[str, str] = {}
        self.budget = budget

    def define(self, request: str, rest: str) -> None:
        name, _, value = rest.replace("\t", " ").partition(" ")
        value = self.unescape(value.lstrip().removeprefix('"'))
        value = self.values.get(name, "") + value if request == "as" else value
        self.values[name] = value[:500]

    def _one(self, m: re.Match[str]) -> str:
        glyph = m.group("g2") or m.group("gn") or ""
        if len(glyph) == 2 and glyph[0] in _ACCENTS and glyph[1].isalpha():  # \('e: é
            return unicodedata.normalize("NFC", glyph[1] + _ACCENTS[glyph[0]])
        if re.fullmatch(r"u[0-9A-F]{4,5}", glyph) and not 0xD800 <= int(glyph[1:], 16) < 0xE000:
            return chr(int(glyph[1:], 16))  # \[u00E9]
        if glyph:
            return _GLYPHS.get(glyph, "")
        if (name := m.group("s2") or m.group("sn") or m.group("s1")) is not None:
            value = self.values.get(name, "")
            self.budget -= len(value)
            return value if self.budget >= 0 else ""
        return _KEPT.get(m.group("c") or "", "")

    def unescape(self, s: str) -> str:
        return _ESCAPE.sub(self._one, s) if "\\" in s else s


def _after(ends: list[int], i: int) -> int | None:
    k = bisect.bisect_right(ends, i)
    return ends[k] if k < len(ends) else None


def _formats(spec: str) -> list[list[str]]:
    """A tbl format's rows of column keys ("cb s s, l lw(20) n", "ccc")."""
    rows = [row.replace("|", " ").split() for row in spec.split(",")]
    return [[k for t in row for k in (t if _COMPACT.fullmatch(t) else [t])] for row in rows if row]


def _cells(keys: list[str]) -> int:
    return sum(key[0] not in "sS" for key in keys)  # an "s" spans the cell before it


def _table(lines: list[str], strings: _Strings) -> list[str]:
    """A tbl table's lines between ".TS" and ".TE" as a Markdown table; its cells as plain
    lines when its rows are not of one width."""
    tab, k = "\t", 0
    if lines and lines[0].rstrip().endswith(";"):
        tab = m.group(1) if (m := _TAB.search(lines[0])) else tab
        k = 1
    end = next((j for j in range(k, len(lines)) if lines[j].rstrip().endswith(".")), None)
    spec = ",".join([*lines[k:end], lines[end].rstrip()[:-1]]) if end is not None else ""
    if not all(_KEY.fullmatch(token) for token in spec.replace(",", " ").split()):
        end, spec = None, ""  # not format lines: the table's rows start at once
    formats = _formats(spec)
    spans = [_cells(keys) for keys in formats]
    rows: list[list[str]] = []
    rules: set[int] = set()  # after how many rows a rule (or ".TH") comes
    cells: list[str] = []
    block: list[str] | None = None  # a T{ … T} cell's lines
    skip_format = False
    for line in lines[k if end is None else end + 1 :]:
        if skip_format:  # ".T&" gives new format lines, up to one ending with "."
            skip_format = not line.rstrip().endswith(".")
            spans += [_cells(keys) for keys in _formats(line.rstrip().removesuffix("."))]
            continue
        request = line.startswith(".") and bool(_COMMENT.match(line) or _CONTROL.match(line))
        if block is not None:
            if line.startswith("T}"):
                cells.append(" ".join(block))
                block, line = None, line[2:].removeprefix(tab)
                if not line.strip():
                    rows.append(cells)
                    cells = []
                    continue
            else:
                block += [] if request else [strings.unescape(line.strip())]
                continue
        elif request:
            rules |= {len(rows)} if line[1:].strip()[:2] == "TH" else set()
            skip_format = line[1:].strip()[:2] == "T&"
            continue
        if not line.strip("_=\\ \t" + tab) and not cells:  # a rule (or a blank line)
            rules |= {len(rows)} if line.strip() else set()
            continue
        parts = line.split(tab)
        if parts[-1].strip() == "T{":
            cells += [strings.unescape(p.strip()) for p in parts[:-1]]
            block = []
            continue
        rows.append(cells + [strings.unescape(p.strip()) for p in parts])
        cells = []
    rows += [[*cells, " ".join(block or [])]] if block is not None or cells else []
    rows = [[c.replace("|", "/") for c in row] for row in rows]
    caption = []
    if len(formats) > 1 and rows and len(rows[0]) == 1 == spans[0] < len(formats[0]):
        caption, formats, spans = rows.pop(0), formats[1:], spans[1:]  # "cb s s": a title
        rules = {n - 1 for n in rules}
    width = len(formats[0]) if formats else 0
    counts = set(spans) | {width}
    if not formats or not rows or block is not None or any(len(r) not in counts for r in rows):
        return caption + ["  ".join(c for c in row if c) for row in rows]
    bold = all("b" in key[1:].lower() for key in formats[0])
    centred = all(key[0] in "cC" or "b" in key[1:].lower() for key in formats[0])
    headed = 1 in rules or bold or (len(formats) > 1 and centred)  # one format line: all rows
    rows = [row + [""] * (width - len(row)) for row in rows]
    header = rows.pop(0) if headed and len(rows) > 1 else [""] * width
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * width]
    return caption + out + ["| " + " | ".join(r) + " |" for r in rows]


def troff_text(text: str) -> str:
    """`text` read as Markdown when it is troff source; else unchanged."""
    if not is_troff(text):
        return text
    lines = text.splitlines()
    controls = [_CONTROL.match(line) for line in lines]
    table_ends = [i for i, m in enumerate(controls) if m and m.group(1) == "TE"]
    macro_ends = [i for i, line in enumerate(lines) if line.rstrip() == ".."]
    strings = _Strings(len(text))
    out: list[str] = []
    heading: list[str] = []  # its marks, then its lines
    item = ""  # the "- label " the next line opens with

    def flush() -> None:
        nonlocal item
        if len(heading) > 1:
            out.append(f"{heading[0]} {' '.join(heading[1:])}")
        heading.clear()
        if item.strip() not in _BULLETS:
            out.append(item.rstrip())
        item = ""

    def emit(s: str) -> None:
        nonlocal item
        if heading:
            heading.append(s.strip())
        elif s.strip():
            out.append(item + s)
            item = ""

    def blank() -> None:
        flush()
        if out and out[-1]:
            out.append("")

    i = 0
    while i < len(lines):
        line, control, i = lines[i], controls[i], i + 1
        if line[:1] in ".'\\" and _COMMENT.match(line):
            continue
        if not control or (line.startswith("'") and control.group(1) not in _PRIME):
            if line.strip():
                emit(strings.unescape(line))
            else:
                blank()
            continue
        name, rest = control.group(1), control.group(2) or ""
        args = [strings.unescape(a or b) for a, b in _ARG.findall(rest)] if rest else []
        if name == "TS" and (end := _after(table_ends, i - 1)) is not None:
            blank()
            out += _table(lines[i:end], strings)
            blank()
            i = end + 1
        elif name in ("de", "am", "ig") and (end := _after(macro_ends, i - 1)) is not None:
            i = end + 1
        elif name in ("ds", "as"):
            strings.define(name, rest)
        elif name in ("TL", "NH", "SH", "SS", "H", "HU"):
            blank()
            level = int(args.pop(0)) if name == "H" and args and args[0] in _LEVELS else 1
            marks = {"TL": "#", "SS": "###"}.get(name, "#" * min(level + 1, 6))
            heading[:] = [marks, *(a for a in args if name != "NH")]
            if name not in ("TL", "NH") and len(heading) > 1:
                flush()
        elif name == "TH" and args:
            blank()
            out.append(f"# {args[0]}" + (f"({args[1]})" if len(args) > 1 else ""))
        elif name in ("IP", "TP", "LI"):
            blank()
            label = args[0] if args and name != "TP" else ""
            item = "" if name == "IP" and not args else f"- {label} "
            item = "- " if item and label in _BULLETS else item
        elif name in _BREAKS:
            blank()
        elif name in _FONTS or name in _ALTERNATING:
            emit(("" if name in _ALTERNATING else " ").join(args))
    flush()
    return "\n".join(out).rstrip("\n") + ("\n" if text.endswith("\n") else "")
