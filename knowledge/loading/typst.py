"""A text file that holds Typst source ("#set page(…)", "= Cotisations", "#table(…)") is
read as the Markdown the rest of loading reads: its headings as headings, its tables as
Markdown tables (so that a row is read and cited with its column headers), a call's
content blocks ("#align(center)[…]", "#encadre[…]") as their text, and without what only
sets how it renders ("#set", "#let" lines, spacing, labels) or is not shown: comments,
which often hold a rejected figure. Only a file with two "#set"/"#show"/"#let"/"#import"
lines, or one and a "= Heading" or a "#table(", is changed.

One scan first finds where each bracket closes, telling code (a call's arguments, where
quotes hold strings) from markup (where quotes and parentheses are prose); the reader then
jumps over what it skips, so that no input costs more than a few passes."""

from __future__ import annotations

import re
import textwrap

_STATEMENT = re.compile(r"^#(?:set|show|let|import)[ :]", re.M)
_HEADING = re.compile(r"^=+[ \t]+\S", re.M)
_HEADING_MARK = re.compile(r"(=+)[ \t]+")
_IDENT = re.compile(r"[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*")
_NAMED = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:")  # "columns: 3", not "table.cell("
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"?', re.S)
_LABEL = re.compile(r"<[\w.:-]+>[ \t\r]*(?=\n|\Z)")
_SCAN_STOP = re.compile(r'[/\\"`$#\[\](){}\n]')
_MARKUP_STOP = re.compile(r"[\\`$*_@<~#\n/]")
_ARG_STOP = re.compile(r'[,"/(\[{]')
_COLSPAN = re.compile(r"colspan\s*:\s*(\d+)")
_SPACE = re.compile(r"\s*")
_INDENT = re.compile(r"[ \t]*")
_KEYWORDS = {"set", "show", "let", "import", "include"}
# "#let taux = "45,00 $"" or "#let taux = [45,00 $]": a value written once and shown where
# "#taux" stands (a function, with parameters, is not a value)
_LET = re.compile(
    r'^#let[ \t]+([\w-]+)[ \t]*=[ \t]*(?:"((?:[^"\\\n]|\\.)*)"|\[([^\[\]\n]*)\])[ \t]*$', re.M
)
_DROPPED = {"pagebreak", "colbreak", "v", "h", "line", "outline", "image", "bibliography"}
_OPENER = {")": "(", "]": "[", "}": "{"}
_MAX_DEPTH = 40
_MAX_COLUMNS = 30


def is_typst(text: str) -> bool:
    statements = len(_STATEMENT.findall(text))
    return statements >= 2 or (
        statements == 1 and (_HEADING.search(text) is not None or "#table(" in text)
    )


def _scan(t: str) -> tuple[dict[int, int], dict[int, int]]:
    """Where each bracket closes and where each comment ends. Code is what an open "(" or
    "{", or a "#let" line ("L", closed by the line's end), holds; the rest is markup."""
    pairs: dict[int, int] = {}
    comments: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    block_ends = True  # whether a "*/" is still ahead
    i = 0
    while m := _SCAN_STOP.search(t, i):
        i, c = m.start(), m.group()
        code = bool(stack) and stack[-1][0] in "({L"
        end = -1
        if c == "/" and block_ends and t.startswith("/*", i):
            end = t.find("*/", i + 2)
            block_ends, end = end >= 0, end + 2 if end >= 0 else -1
        elif c == "/" and t.startswith("//", i) and (code or t[i - 1 : i] != ":"):  # https://
            end = t.find("\n", i)
            end = len(t) if end < 0 else end
        if end >= 0:
            comments[i] = end
            i = end
        elif c == "\\":
            i += 2
        elif code and c == '"':
            i = _STRING.match(t, i).end()  # type: ignore[union-attr]
        elif not code and c in "`$":
            fence = "```" if t.startswith("```", i) else c
            end = t.find(fence, i + len(fence))
            i = end + len(fence) if end >= 0 else i + 1
        elif not code and c == "#":
            name = _IDENT.match(t, i + 1)
            i = name.end() if name else i + 1
            if name and name.group() in _KEYWORDS:
                stack.append(("L", i))
            elif t[i : i + 1] in ("(", "{"):
                stack.append((t[i], i))
                i += 1
        else:
            if c == "\n" and stack and stack[-1][0] == "L":
                stack.pop()
            elif c == "[" or (code and c in "({"):
                stack.append((c, i))
            elif c in _OPENER and stack and stack[-1][0] == _OPENER[c]:
                pairs[stack.pop()[1]] = i
            i += 1
    return pairs, comments


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _join(parts: list[str]) -> str:
    out = ""
    for p in parts:
        out += p if not out or out.endswith("\n") or p.startswith("\n") else " " + p
    return out


class _Reader:
    def __init__(self, text: str) -> None:
        self.t = text
        self.pairs, self.comments = _scan(text)
        self.lets = {m.group(1): m.group(2) or m.group(3) or "" for m in _LET.finditer(text)}
        self.closers: set[int] = set()  # the second "*" or "_" of a pair found
        self.counter = 0  # the number of the last "+ " item

    def closes(self, i: int, e: int) -> int:
        """Where the bracket at `i` closes, if it opens one that closes before `e`; else -1."""
        end = self.pairs.get(i, e)
        return end if end < e else -1

    def skip(self, i: int, e: int) -> int:
        """`i` past spaces and comments."""
        while (i := _SPACE.match(self.t, i, e).end()) in self.comments:  # type: ignore[union-attr]
            i = self.comments[i]
        return i

    def statement_end(self, i: int, e: int) -> int:
        """The end of a "#let"'s line, or of the line where its brackets balance."""
        while i < e and self.t[i] != "\n":
            i = self.comments[i] if i in self.comments else max(self.closes(i, e), i) + 1
        return i

    def split(self, s: int, e: int) -> list[tuple[int, int]]:
        """An argument list's arguments: at its commas outside brackets and strings."""
        t, spans, start, i = self.t, [], s, s
        while m := _ARG_STOP.search(t, i, e):
            i = m.start()
            if i in self.comments:
                i = self.comments[i]
            elif t[i] == '"':
                i = _STRING.match(t, i, e).end()  # type: ignore[union-attr]
            elif t[i] == ",":
                spans.append((start, i))
                start = i = i + 1
            else:
                i = max(self.closes(i, e), i) + 1
        return [*spans, (start, e)]

    def block(self, s: int, e: int, depth: int) -> str:
        text = self.markup(s, e, depth + 1)
        return (textwrap.dedent(text) if "\n" in text else text).strip()

    def value(self, a: int, b: int, depth: int) -> tuple[str, str]:
        """An argument's kind ("content", "string", "call" or "") and text."""
        t, a = self.t, self.skip(a, b)
        if t[a : a + 1] == "[" and (end := self.closes(a, b)) > 0:
            return "content", self.block(a + 1, end, depth)
        if t[a : a + 1] == '"':
            raw = t[a + 1 : _STRING.match(t, a, b).end() - 1]  # type: ignore[union-attr]
            return "string", re.sub(r"\\(.)", r"\1", raw)
        if name := _IDENT.match(t, a, b):
            text, content, _ = self.call(name.group(), name.end(), b, depth + 1)
            return ("content" if content else "call"), text
        return "", ""

    def parts(self, k: int, e: int) -> tuple[tuple[int, int], list[tuple[int, int]], int]:
        """A call's arguments "(…)", its content blocks "[…]" and its end."""
        args, blocks = (k, k), []
        if self.t[k : k + 1] in ("(", "{") and (end := self.closes(k, e)) > 0:
            args, k = (k + 1, end), end + 1
        while self.t[k : k + 1] == "[" and (end := self.closes(k, e)) > 0:
            blocks.append((k + 1, end))
            k = end + 1
        return args, blocks, k

    def call(self, name: str, k: int, e: int, depth: int) -> tuple[str, bool, int]:
        """A call's text, whether it is content (not only its strings), and its end:
        "#f(…)[…]" is its blocks' text, '#art("10.2")' (its output unknown) is "(10.2)"."""
        args, blocks, k = self.parts(k, e)
        if args[0] == args[1] and not blocks and name in self.lets:
            return self.lets[name], True, k  # "#taux": the value "#let" gave it
        if depth > _MAX_DEPTH or name in _DROPPED or (args[0] == args[1] and not blocks):
            return "", False, k
        if name in ("table", "grid"):
            return "\n\n" + self.table(*args, depth) + "\n\n", True, k
        named = [(_NAMED.match(self.t, self.skip(a, b), b), a, b) for a, b in self.split(*args)]
        read = [(n, *self.value(n.end() if n else a, b, depth)) for n, a, b in named]
        texts = [self.block(s, end, depth) for s, end in blocks]
        contents = [text for _, kind, text in read if kind == "content"] + texts
        strings = [text for n, kind, text in read if kind == "string" and not n]
        if name == "link":
            return _join(texts or strings), True, k
        if name == "footnote":
            return f" ({_join(contents)})", True, k
        if contents or not name:
            return _join(contents), True, k
        return (f"({', '.join(strings)})" if strings else ""), False, k

    def cells(self, spans: list[tuple[int, int]], depth: int, header: list[str]) -> list[str]:
        """A table's cells in order; the first `table.header(…)`'s go to `header`."""
        t, body = self.t, list[str]()
        for a, b in spans if depth <= _MAX_DEPTH else []:
            a = self.skip(a, b)
            if a >= b or _NAMED.match(t, a, b):  # "align: center", "stroke: none"
                continue
            name = _IDENT.match(t, a, b)
            leaf, k = (name.group().rpartition(".")[2], name.end()) if name else ("", a)
            if leaf in ("hline", "vline"):
                continue
            if leaf in ("header", "footer"):  # "table.header([a], [b])" or "…header[a][b]"
                args, blocks, _ = self.parts(k, b)
                inner = self.split(*args) + [(x - 1, y + 1) for x, y in blocks]
                found = self.cells(inner, depth + 1, [])
                (header if leaf == "header" and not header else body).extend(found)
                continue
            end = self.closes(k, b) if leaf == "cell" else -1
            span = _COLSPAN.search(t, k, end) if end > 0 else None
            kind, text = self.value(a, b, depth)
            if kind:  # "..rows" or a number is not a cell read
                body += [_cell(text)] * min(int(span.group(1)) if span else 1, _MAX_COLUMNS)
        return body

    def table(self, s: int, e: int, depth: int) -> str:
        """A table's arguments as a Markdown table; its width from `columns` (a count or a
        list of widths), its header from `table.header(…)`, else an empty header."""
        spans, width, header = self.split(s, e), 0, list[str]()
        for a, b in spans:
            if (n := _NAMED.match(self.t, self.skip(a, b), b)) and n.group(1) == "columns":
                v = self.skip(n.end(), b)
                if digits := re.match(r"\d+", self.t[v:b]):
                    width = int(digits.group())
                elif (end := self.closes(v, b)) > 0:
                    width = sum(self.skip(x, y) < y for x, y in self.split(v + 1, end))
        body = self.cells(spans, depth, header)
        width = max(1, min(width or len(header), _MAX_COLUMNS))
        body, header = header[width:] + body, header[:width]
        if not header and not body:
            return ""
        header += [""] * (width - len(header))
        body += [""] * (-len(body) % width)
        rows = [header, *(body[i : i + width] for i in range(0, len(body), width))]
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join([lines[0], "|" + "---|" * width, *lines[1:]])

    def line_start(self, i: int, e: int, out: list[str]) -> tuple[int, bool]:
        """Past a line's mark (a heading's "=", a list's "+", a term's "/"), or past a
        "#set" line; whether a line starts again."""
        t, j = self.t, _INDENT.match(self.t, i, e).end()  # type: ignore[union-attr]
        name = _IDENT.match(t, j + 1, e) if t.startswith("#", j) else None
        if name and name.group() in _KEYWORDS:
            return self.statement_end(name.end(), e) + 1, True
        out.append(t[i:j])
        if heading := _HEADING_MARK.match(t, j, e):
            out.append("#" * len(heading.group(1)) + " ")
            return heading.end(), False
        if t.startswith("+ ", j):
            self.counter += 1
            out.append(f"{self.counter}. ")
            return j + 2, False
        if j == i and t[j : j + 1] not in ("", "\n"):
            self.counter = 0
        return (j + 2 if t.startswith("/ ", j) else j), False

    def markup(self, s: int, e: int, depth: int) -> str:
        t, out, i, start = self.t, list[str](), s, True
        if depth > _MAX_DEPTH:
            return t[s:e]
        while i < e:
            if start:
                i, start = self.line_start(i, e, out)
                continue
            m = _MARKUP_STOP.search(t, i, e)
            k = m.start() if m else e
            out.append(t[i:k])
            i, c = k + 1, t[k : k + 1]
            if c == "\n":
                out.append(c)
                start = True
            elif c == "\\":  # "\#" is "#"; a "\" before a space or a line's end breaks it
                if (escaped := t[k + 1 : k + 2]).strip():
                    out.append(escaped)
                    i = k + 2
            elif c in ("`", "$"):
                fence = "```" if t.startswith("```", k) else c
                end = t.find(fence, k + len(fence), e)
                if end >= 0:
                    text = t[k : end + 3] if fence == "```" else t[k + 1 : end].strip()
                    out.append(text)
                    i = end + len(fence)
                else:
                    out.append(c)
            elif c in ("*", "_"):  # a pair at a word's edges, not "snake_case" or "5 * 3"
                if k in self.closers:
                    self.closers.discard(k)
                    continue
                opens = not t[k - 1 : k].isalnum() and t[k + 1 : k + 2] not in ("", c, " ", "\n")
                end = t.find(c, k + 1, e) if opens else -1
                closes = end > k + 1 and not t[end - 1].isspace()
                if closes and not t[end + 1 : end + 2].isalnum() and "\n\n" not in t[k:end]:
                    self.closers.add(end)
                    continue
                out.append(c)
            elif c == "@":  # a reference, unless an address ("contact@…")
                if t[k - 1 : k].isalnum() or not _IDENT.match(t, k + 1, e):
                    out.append(c)
            elif c == "<":
                label = _LABEL.match(t, k, e)
                i = label.end() if label else i
                out.append("" if label else c)
            elif c in ("~", "/"):
                i = self.comments.get(k, i)
                out.append(" " if c == "~" else "" if k in self.comments else c)
            elif c == "#":
                word = m.group() if (m := _IDENT.match(t, k + 1, e)) else ""
                if word in _KEYWORDS:
                    i = self.statement_end(k + 1 + len(word), e)
                else:
                    text, _, i = self.call(word, k + 1 + len(word), e, depth)
                    out.append(text if i > k + 1 else "#")
        return "".join(out)


def typst_text(text: str) -> str:
    """`text` read as Markdown when it is Typst source; else unchanged."""
    if not is_typst(text):
        return text
    body = _Reader(text).markup(0, len(text), 0)
    body = "\n".join(line.rstrip() for line in body.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", body).strip("\n") + ("\n" if text.endswith("\n") else "")
