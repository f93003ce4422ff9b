"""A text file that holds Texinfo source (GNU's documentation format: "\\input texinfo",
"@chapter", "@multitable") is read as the printed manual shows it, in the Markdown the rest
of loading reads: "@settitle" and the sectioning commands as headings, "@multitable" as a
Markdown table (headed by its "@headitem" row, so that a row is read and cited with its
column headers), "@itemize", "@enumerate" and "@table" items as list items ("term: body"),
"@quotation", "@example", "@cartouche" and the like as their text, a paragraph's footnotes
after it, the copying text once, where "@insertcopying" puts it; the text on a line
(brace commands, accents, glyphs, "@value", a macro without arguments) is read by
texinfo_inline.py. What a reader never sees is dropped: "@c" and "@comment" remarks and
"@ignore" blocks (which hold drafts), menus, nodes, index entries, "@iftex" or "@ifhtml"
text (the "@ifinfo"/"@ifnottex" version is kept, so it is read once), macro definitions
and the header's typesetting lines.

Only a file whose first line is "\\input texinfo", or with three structure lines ("@node",
"@chapter", "@settitle", "@end …"), is changed. Every pass is linear: one scan pairs each
block with its "@end" (inside a dropped or raw block such as "@ignore" only its own "@end"
counts, and one left open goes on to the end of the file, as makeinfo reads it; any other
block left open loses only its marker; at most 20 are open), a file's tables keep 5,000
rows of at most 32 columns as tables (the rest as lines), a list item's "@itemx" terms are
joined once, and no "@include" is followed."""

from __future__ import annotations

import re

from .pdf import headed_markdown
from .texinfo_inline import CODE, SKIPPED_LINES, InlineReader

_STRUCTURE = re.compile(  # "@node Rates", "@end table", not "@node-js" or "@top10"
    r"^@(?:node|chapter|section|subsection|unnumbered|settitle|top|setfilename|end [a-z]+)"
    r"(?=[ \t\r]|$)",
    re.M,
)
_COMMAND = re.compile(r"[ \t]*@([A-Za-z]+)(?![A-Za-z])[ \t]*(.*)$")
_AT = re.compile(r"@(?:([A-Za-z]+)|.)")
_ROW = re.compile(r"^[ \t]*@(headitem|item)(?![A-Za-z])", re.M)
_TAB = re.compile(r"@tab(?![A-Za-z])")
_LEVELS = {  # a sectioning command's depth under the title
    **dict.fromkeys(["top"], 0),
    **dict.fromkeys("chapter unnumbered appendix chapheading majorheading".split(), 1),
    **dict.fromkeys("section unnumberedsec appendixsec appendixsection heading".split(), 2),
    **dict.fromkeys("subsection unnumberedsubsec appendixsubsec subheading".split(), 3),
    **dict.fromkeys("subsubsection unnumberedsubsubsec appendixsubsubsec subsubheading".split(), 4),
}
_DROPPED = set(  # blocks a reader of the printed manual never sees
    "ignore menu detailmenu direntry documentdescription nodedescriptionblock tex html latex"
    " docbook xml iftex ifhtml iflatex ifdocbook ifxml ifnotinfo ifplaintext macro rmacro"
    " linemacro ifcommanddefined".split()
)
_RAW = {"ignore", "verbatim", "tex", "html", "latex", "docbook", "xml", "macro", "rmacro"}
_RAW |= _DROPPED  # inside one, only its own "@end" counts
_LITERAL = {"example", "smallexample", "lisp", "smalllisp", "verbatim"}  # no "--" as a dash
_KEPT = set(
    "ifinfo ifnottex ifnotplaintext ifnothtml ifnotlatex ifnotdocbook ifnotxml ifset ifclear"
    " ifcommandnotdefined quotation smallquotation cartouche display"
    " smalldisplay format smallformat indentedblock smallindentedblock group flushleft"
    " flushright raggedright titlepage float displaymath copying multitable itemize enumerate"
    " table ftable vtable deffn defun defmac defspec defvar defopt deftypefn deftypefun"
    " deftypevr deftypevar deftp defop deftypeop defmethod defivar defcv defblock".split()
)
_BLOCKS = _DROPPED | _RAW | _LITERAL | _KEPT
_LISTS = {"itemize", "enumerate", "table", "ftable", "vtable"}
_MAX_BLOCKS = 20  # open blocks
_MAX_COLUMNS = 32
_MAX_ROWS = 5_000  # in a file's tables; past them rows are kept as lines


def is_texinfo(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n").startswith("\\input texinfo") or (
        len(_STRUCTURE.findall(text, 0, 1_000_000)) >= 3
    )


def _uncommented(line: str) -> str:
    """The line without a "@c" or "@comment" remark (to its end)."""
    if "@c" in line:
        for m in _AT.finditer(line):
            if m.group(1) in ("c", "comment") and line[m.end() : m.end() + 1] in ("", " ", "\t"):
                return line[: m.start()]
    return line


def _ends(lines: list[str]) -> dict[int, int]:
    """Where each block ends: its first line's index to its "@end" line's. Inside an
    "@ignore", a "@verbatim" or another raw or dropped block only its own "@end" counts,
    and one never closed ends with the file (past its last line); so does an "@ifset" or
    "@ifclear" left open."""
    ends: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    raw, start, depth = "", 0, 0  # the raw block open, its first line, its nesting
    for i, line in enumerate(lines):
        if not (m := _COMMAND.match(line)):
            continue
        name, target = m.group(1), (m.group(2).split() or [""])[0]
        if raw:
            depth += name == raw != "verbatim"
            depth -= name == "end" and target == raw
            if not depth:
                ends[start], raw = i, ""
        elif name in _RAW:
            raw, start, depth = name, i, 1
        elif name in _BLOCKS and len(stack) < _MAX_BLOCKS:
            stack.append((name, i))
        elif name == "end":
            k = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == target), None)
            if k is not None:
                ends[stack[k][1]] = i
                del stack[k:]
    if raw:
        ends[start] = len(lines)
    ends |= {i: len(lines) for name, i in stack if name in ("ifset", "ifclear")}
    return ends


class _Reader(InlineReader):
    """Reads the lines into `out`: the paragraph read, the blocks open, the list item
    begun and the copying text kept for "@insertcopying"."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.out: list[str] = []
        self.para: list[str] = []
        self.blocks: list[list[str | int]] = []  # open blocks: name, next number
        self.label: list[str] = []  # the next paragraph's "- " or "- term", in pieces
        self.term = False
        self.title = ""
        self.copying: list[str] | None = None
        self.room = _MAX_ROWS
        self.base = int(bool(re.search(r"^@(?:settitle|top)\b", text, re.M)))

    def flush(self) -> None:
        """The paragraph read so far, then its footnotes."""
        if self.para:
            literal = any(b[0] in _LITERAL for b in self.blocks)
            lines = self.inline("\n".join(self.para), literal).split("\n")
            lines = (
                [s.rstrip() for s in lines] if literal else [s.strip() for s in lines if s.strip()]
            )
            self.para = []
            if self.label and lines:
                lines[0] = "".join(self.label) + (": " if self.term else "") + lines[0]
                self.label = []
            self.out += lines
        if self.notes:
            self.blank()
            self.out += [f"[{n}] {note}" for n, note in enumerate(self.notes, self.noted + 1)]
            self.noted, self.notes = self.noted + len(self.notes), []
            self.blank()

    def blank(self, between_items: bool = False) -> None:
        if self.term and self.label:  # a term without a body
            self.out.append("".join(self.label))
        self.label = []
        if self.out and self.out[-1] and not between_items:
            self.out.append("")

    def brk(self) -> None:
        self.flush()
        self.blank()

    def table(self, lines: list[str]) -> None:
        """A "@multitable"'s lines as a Markdown table under its "@headitem" row."""
        parts = _ROW.split("\n".join(lines))
        rows = [[" ".join(self.inline(c).split()) for c in _TAB.split(b)] for b in parts[2::2]]
        self.room -= len(rows)
        table: list[str] = []
        if rows and max(map(len, rows)) <= _MAX_COLUMNS and self.room >= 0:
            table = headed_markdown(rows, parts[1] == "headitem")
        self.blank()
        self.out += table or ["  ".join(c for c in row if c) for row in rows]
        self.brk()  # and the cells' footnotes

    def item(self, name: str, rest: str) -> None:
        """An "@item" or "@itemx" of the list open: "- ", "2. " or "- term"."""
        kind, number = self.blocks[-1]
        indent = "  " * (sum(b[0] in _LISTS for b in self.blocks) - 1)
        if name == "itemx" and self.term and self.label:
            self.label += [", ", self.inline(rest, number in CODE)]
            return
        self.flush()
        self.blank(between_items=True)
        self.term = kind not in ("itemize", "enumerate")
        if self.term:  # "@table @code": its terms are code
            self.label = [f"{indent}- {self.inline(rest, number in CODE)}"]
            return
        self.label = [f"{indent}- "]
        if kind == "enumerate":
            self.label = [f"{indent}{number}. "]
            self.blocks[-1][1] = number + 1 if isinstance(number, int) else chr(ord(number) + 1)
        self.para += [rest] if rest else []

    def heading(self, name: str, rest: str) -> None:
        self.brk()
        text = self.inline(rest)
        if name == "settitle" and not self.title:
            self.title = text
            self.out += [f"# {text}", ""]
        elif name != "settitle" and text and text != self.title:
            self.out += ["#" * min(max(_LEVELS[name] + self.base, 1), 6) + f" {text}", ""]
        self.flush()  # the heading's footnotes

    def end(self, rest: str) -> None:
        self.brk()
        target = (rest.split() or [""])[0]
        k = len(self.blocks) - 1
        while k >= 0 and self.blocks[k][0] != target:
            k -= 1
        del self.blocks[k if k >= 0 else len(self.blocks) :]

    def read(self, lines: list[str]) -> None:
        """Reads the lines into `out`, up to a "@bye"."""
        ends = _ends(lines)
        last_insert = max(
            (i for i, s in enumerate(lines) if s.strip() == "@insertcopying"), default=-1
        )
        i = 0
        while i < len(lines):
            line, i = lines[i], i + 1
            m = _COMMAND.match(line)
            name, rest = (m.group(1), _uncommented(m.group(2)).strip()) if m else ("", "")
            end = ends.get(i - 1)
            if name == "verbatim" and end is not None:
                self.brk()
                self.out += [*lines[i:end], ""]
                i = end + 1
            elif name in _DROPPED or (name in ("ifset", "ifclear") and end is not None):
                if name in ("macro", "rmacro") and end is not None:
                    self.define(rest, lines[i:end])
                skip = name in _DROPPED or (rest in self.values) != (name == "ifset")
                i = end + 1 if end is not None and skip else i
            elif name == "copying" and end is not None and last_insert > end:
                self.copying, i = lines[i:end], end + 1  # read where it is inserted
            elif name == "insertcopying":
                copying, self.copying = self.copying or [], None
                self.brk()
                self.read(copying)
            elif name == "multitable" and end is not None:
                self.flush()
                self.table([s for s in map(_uncommented, lines[i:end]) if s.strip()])
                i = end + 1
            elif name == "bye":
                break
            elif name in SKIPPED_LINES or name.endswith("index") or line.startswith("\\input"):
                continue
            elif name in ("set", "clear"):
                self.set_value(name, rest)
            elif name == "settitle" or name in _LEVELS:
                self.heading(name, rest)
            elif name in ("title", "subtitle", "author", "center", "exdent", "caption"):
                self.flush()
                text = self.inline(rest)
                self.out += [] if name == "title" and text == self.title else [text]
            elif name in _BLOCKS:
                self.brk()
                if len(self.blocks) < _MAX_BLOCKS and end is not None:
                    arg = (rest.split() or ["1"])[0]  # "@enumerate a", "@table @code"
                    digits = re.fullmatch(r"[0-9]{1,4}", arg)  # "2", not "²"
                    start = int(arg) if digits else arg[0] if arg.isalpha() else 1
                    self.blocks.append([name, arg.lstrip("@") if "table" in name else start])
                if name in ("quotation", "smallquotation") and rest:
                    self.label, self.term = [self.inline(rest)], True
                elif name.startswith("def") and rest:
                    self.para.append(rest)  # "@deffn Command forward-word": its text
            elif name.startswith("def") and name.endswith("x") and rest:
                self.para.append(rest)
            elif name == "end":
                self.end(rest)
            elif name in ("item", "itemx") and self.blocks and self.blocks[-1][0] in _LISTS:
                self.item(name, rest)
            elif not line.strip():
                self.brk()
            elif (text := _uncommented(line)).strip():
                self.para.append(text)
        self.flush()


def texinfo_text(text: str) -> str:
    """`text` read as Markdown when it is Texinfo source; else unchanged."""
    if not is_texinfo(text):
        return text
    reader = _Reader(text)
    reader.read(text.splitlines())
    joined = re.sub(r"\n{3,}", "\n\n", "\n".join(reader.out)).strip("\n")
    return joined + ("\n" if text.endswith("\n") else "")
