"""A text file that holds a BibTeX database (a reference manager's export: "@book{key,
title = {…}, price = {K185.00}}") is read as the Markdown the rest of loading reads: each
entry a heading (its title) over "Field: value" lines, the title first, then the authors
("Hollis, Wren and Abernethy, Calla": "Wren Hollis, Calla Abernethy"), then the other
fields in the order written, a file's own ("price", "note") and "crossref" too; values
without their braces and with LaTeX's escapes as what they print ("{\\'e}": é, "\\&": &,
"--": –), "@string" abbreviations expanded and the parts "#" joins joined. What BibTeX
never prints goes: "%" comment lines and other text between entries, "@comment" and
"@preamble", an entry's key and type.

Only a file made of "@" entries with "field = value" pairs, "%" lines and little else (the
first line that is neither blank nor a comment opens an entry) is changed. Every pass is
linear: an entry ends at its closing brace or where the next one starts (an unbalanced
brace loses nothing after that entry), and "@string" abbreviations add no more text than
the file has."""

from __future__ import annotations

import re
import unicodedata

_ENTRY = re.compile(r"^[ \t]*@[ \t]*([A-Za-z]+)[ \t]*([{(])", re.M)
_GAP = re.compile(r"(?:\s|,|%[^\n]*)*")  # between fields: spaces, commas, "%" lines
_NAME = re.compile(r"[^\s=,{}()\"#%]+")
_EQUALS = re.compile(r"\s*=\s*")
_WORD = re.compile(r"[^\s,#{}()\"=%]+")
_SPACE = re.compile(r"\s*")
_MAX_DEPTH = 8  # braces deeper than this end a value (no BibTeX file nests so deep)


def _balanced(top: str) -> re.Pattern[str]:
    """Text whose braces balance, to _MAX_DEPTH, without `top` outside them: matched by
    the regular expression engine alone, with nothing to backtrack (possessive)."""
    inner = r"[^{}]*+"
    for _ in range(_MAX_DEPTH - 1):
        inner = rf"(?:[^{{}}]++|\{{{inner}\}})*+"
    return re.compile(rf"(?:[^{{}}{top}]++|\{{{inner}\}})*+")


_UNTIL = {c: _balanced(re.escape(c)) for c in '})",'}  # to what ends an entry, a value
_NAMES = re.compile(r"[{}]|(?<!\s)\s+and\s+", re.I)  # a run of spaces tried once
_COMMAS = re.compile(r"[{},]")
_MAX_NAMES = 20_000  # characters of names split one by one
_DROPPED = {"comment", "preamble"}
_MONTHS = {
    m[:3].lower(): m
    for m in "January February March April May June July August September October November "
    "December".split()
}
_MARKS = dict(
    zip(
        "`'^\"~=.cvuHkrdb",
        "\u0300\u0301\u0302\u0308\u0303\u0304\u0307\u0327\u030c"
        "\u0306\u030b\u0328\u030a\u0323\u0331",
        strict=True,
    )
)
_SYMBOLS = {
    **{"ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å"},
    **{"AA": "Å", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "S": "§", "P": "¶", "pounds": "£"},
    **{"euro": "€", "texteuro": "€", "textendash": "–", "textemdash": "—", "dots": "…"},
    **{"ldots": "…", "copyright": "©", "textdegree": "°"},
}
_LATEX = re.compile(
    r"\\(?P<a>[`'^\"~=.])\s*(?:\{\s*\\?(?P<b>[A-Za-z])\s*\}|\\?(?P<c>[A-Za-z]))"  # \'e, \'{e}
    r"|\\(?P<d>[cvuHkrdb])(?:\s*\{\s*\\?(?P<e>[A-Za-z])\s*\}|\s+(?P<f>[A-Za-z]))"  # \c{c}
    r"|\\(?P<s>[A-Za-z]+)\*?\s*(?:\{\})?"  # \ss, \o{}, \emph: a symbol, or a command that goes
    r"|\\(?P<x>[&%$#_{}])|\\[\\,;: ]|(?P<dash>---?)"
)
_KEPT = {"{": "\ue003", "}": "\ue004", "$": "\ue005"}  # "\{": a brace printed, not one that goes
_UNBRACED = str.maketrans(
    {"{": None, "}": None, "$": None, "~": " "} | {v: k for k, v in _KEPT.items()}
)
_UNKEPT = str.maketrans("", "", "".join(_KEPT.values()))
_LABELS = {"howpublished": "How published", "booktitle": "Book title", "isbn": "ISBN"}
_LABELS |= {"issn": "ISSN", "doi": "DOI", "url": "URL", "lccn": "LCCN"}
_MAX_STRING = 10_000  # characters of an abbreviation
_MAX_PARTS = 1_000  # parts "#" joins in a value; past them, the rest of it is not read
_MAX_ENTRIES = 20_000


def _printed(m: re.Match[str]) -> str:
    if mark := m.group("a") or m.group("d"):
        letter = m.group("b") or m.group("c") or m.group("e") or m.group("f")
        return unicodedata.normalize("NFC", letter + _MARKS[mark])
    if (name := m.group("s")) is not None:
        return _SYMBOLS.get(name, "")
    if x := m.group("x"):
        return _KEPT.get(x, x)
    if dash := m.group("dash"):
        return "—" if dash == "---" else "–"
    return " "  # "\\\\", "\\ ", "\\,", "\\;": a space


def _clean(raw: str) -> str:
    """A value as printed: without braces, its LaTeX escapes as their characters."""
    raw = raw.translate(_UNKEPT) if "\ue003" in raw or "\ue004" in raw or "\ue005" in raw else raw
    return " ".join(_LATEX.sub(_printed, raw).translate(_UNBRACED).split())


def _split(raw: str, pattern: re.Pattern[str], at: str) -> list[str]:
    """`raw` split where `pattern` finds `at` outside braces ("and" between names)."""
    parts, start, depth = [], 0, 0
    for m in pattern.finditer(raw):
        c = m.group()
        depth += 1 if c == "{" else -1 if c == "}" and depth else 0
        if c not in "{}" and (c == at or c.strip().lower() == at) and depth == 0:
            parts.append(raw[start : m.start()])
            start = m.end()
    return [*parts, raw[start:]]


def _names(raw: str) -> str:
    """Names joined by "and" as a list: "Hollis, Wren and others": "Wren Hollis, et al."."""
    shown = []
    for name in _split(raw, _NAMES, "and") if len(raw) <= _MAX_NAMES else [raw]:
        parts = [_clean(p) for p in _split(name, _COMMAS, ",")]
        if len(parts) == 3:  # "von Last, Jr, First"
            parts = [f"{parts[2]} {parts[0]}", parts[1]]
        elif len(parts) == 2:  # "Last, First"
            parts = [f"{parts[1]} {parts[0]}"]
        full = ", ".join(p.strip() for p in parts if p.strip())
        shown += ["et al." if full == "others" else full] if full else []
    return ", ".join(shown)


class _Database:
    """A BibTeX file's entries, its "@string" abbreviations expanded, and how much text lies
    outside entries that is not a "%" comment."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.strings = dict(_MONTHS)
        self.budget = len(text)  # what expanding abbreviations may still add
        self.entries: list[tuple[str, list[tuple[str, str]]]] = []  # key, fields
        self.stray = 0
        self.opens = True  # whether the first text that is not a comment opens an entry
        starts = list(_ENTRY.finditer(text))
        if len(starts) > _MAX_ENTRIES:  # a database that large is left as written
            self.opens = False
            return
        self._outside(text[: starts[0].start()] if starts else text)
        self.opens = bool(starts) and not self.stray
        for n, m in enumerate(starts):
            limit = starts[n + 1].start() if n + 1 < len(starts) else len(text)
            end = self._until("}" if m.group(2) == "{" else ")", m.end(), limit)
            self._outside(text[end + 1 : limit])
            self._read(m.group(1).lower(), m.end(), end)

    def _outside(self, chunk: str) -> None:
        self.stray += sum(len(s) for x in chunk.split("\n") if (s := x.strip())[:1] not in "%")

    def _until(self, closer: str, i: int, e: int) -> int:
        """Where `closer` ends what starts at `i` (outside braces), else `e`."""
        j = _UNTIL[closer].match(self.text, i, e).end()  # type: ignore[union-attr]
        return j if self.text[j : j + 1] == closer else e

    def _abbreviation(self, word: str) -> str:
        if word.isdigit() or (value := self.strings.get(word.lower())) is None:
            return word  # a number, or a name never defined: as written
        self.budget -= len(value)
        return value if self.budget >= 0 else ""

    def _value(self, i: int, e: int) -> tuple[str, int]:
        """A value ("{…}", "…", a number or an abbreviation, joined by "#") and its end."""
        t, parts = self.text, []
        while i < e:
            i = _SPACE.match(t, i, e).end()  # type: ignore[union-attr]
            if t[i : i + 1] in ("{", '"'):
                end = self._until("}" if t[i] == "{" else '"', i + 1, e)
                parts.append(t[i + 1 : end])
                i = min(end + 1, e)
            elif word := _WORD.match(t, i, e):
                parts.append(self._abbreviation(word.group()))
                i = word.end()
            else:
                break
            i = _SPACE.match(t, i, e).end()  # type: ignore[union-attr]
            if t[i : i + 1] != "#" or len(parts) >= _MAX_PARTS:
                break
            i += 1
        return "".join(parts), min(i, e)

    def _fields(self, i: int, e: int) -> list[tuple[str, str]]:
        fields = []
        while (i := _GAP.match(self.text, i, e).end()) < e:  # type: ignore[union-attr]
            name = _NAME.match(self.text, i, e)
            equals = _EQUALS.match(self.text, name.end(), e) if name else None
            if name is None or equals is None:  # not "name = value": on to the next comma
                i = min(self._until(",", i, e) + 1, e)
                continue
            value, i = self._value(equals.end(), e)
            fields.append((name.group().lower(), value))
        return fields

    def _read(self, kind: str, i: int, e: int) -> None:
        if kind in _DROPPED:
            return
        if kind == "string":
            for name, value in self._fields(i, e):
                self.strings[name] = value[:_MAX_STRING]
            return
        comma = self.text.find(",", i, e)
        key = self.text[i : e if comma < 0 else comma].strip()
        self.entries.append((key, self._fields(comma + 1, e) if comma >= 0 else []))

    def is_bibtex(self) -> bool:
        filled = any(fields for _, fields in self.entries)
        return filled and self.opens and self.stray * 20 <= len(self.text)


def is_bibtex(text: str) -> bool:
    return _ENTRY.search(text) is not None and _Database(text).is_bibtex()


def _entry(key: str, fields: list[tuple[str, str]]) -> list[str]:
    ordered = sorted(fields, key=lambda f: (f[0] != "title", f[0] != "author"))  # stable
    lines = []
    for name, raw in ordered:
        value = _names(raw) if name in ("author", "editor") else _clean(raw)
        lines += [f"{_LABELS.get(name, name.capitalize())}: {value}"] if value else []
    title = next((_clean(raw) for name, raw in fields if name == "title"), "")
    return [f"## {title or key}", "", *lines, ""] if lines else []


def bibtex_text(text: str) -> str:
    """`text` read as Markdown when it is a BibTeX database; else unchanged."""
    if _ENTRY.search(text) is None or not (database := _Database(text)).is_bibtex():
        return text
    out = [line for key, fields in database.entries for line in _entry(key, fields)]
    return "\n".join(out).strip("\n") + ("\n" if text.endswith("\n") else "")
