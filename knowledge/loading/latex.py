"""A text file that holds LaTeX source ("\\documentclass", "\\section{…}", "tabular") is read as
what its compiled document shows, in the Markdown the rest of loading reads: \\maketitle's
title, author and date, sectioning commands as headings, itemize, enumerate and description
items as list items, tables as Markdown tables (so that a row is read and cited with its
column headers: latex_tables.py), text commands (\\textbf, \\emph, \\href …) as their text,
footnotes in brackets after their word, and escapes, accents and ligatures ("\\%", "\\'e",
"~", "--", "\\og") as the characters they print (latex_reader.py); without what a reader
never sees: "%" comments, \\iffalse and comment blocks (which hold drafts and rejected
offers), the preamble, labels, spacing and font commands. A \\ref reads as its label.

Only a file with "\\documentclass" or "\\begin{document}" at a line's start, or three
sectioning, list or environment lines outnumbering Markdown-looking ones, and without
Markdown headings or fences, is changed: a text that mentions "\\n" or a command is not
LaTeX. Every pass is linear, the reader's nesting and look-ahead are capped, and a file with
more than 40,000 commands, braces and other marks is read flat: its words without commands."""

from __future__ import annotations

import re

from .latex_reader import SECTIONS, Reader, flat

_DOCUMENT = re.compile(r"^\ufeff?\\(?:documentclass|begin\{document\})", re.M)
_SECTION = re.compile(rf"\\({'|'.join(SECTIONS)})(?![A-Za-z])")
_STRUCTURE = re.compile(
    rf"^[ \t]*\\(?:(?:{'|'.join(SECTIONS)})\*?[ \t]*[\[{{]|(begin|end)\{{[A-Za-z]+\*?\}}|(item)\b)",
    re.M,
)
_MARKDOWN = re.compile(r"^(?:#{1,6}[ \t]|```|~~~)", re.M)
_MARKLIKE = re.compile(r"^[ \t]*(?:[-*+>|=.:<#][ \t]|\d+\.[ \t]|<\w|```)", re.M)
_WHOLE_COMMENT = re.compile(r"^[ \t]*%[^\n]*(?:\n|\Z)", re.M)
# a comment starts at a "%" that is not "\\%", nor in a link's address ("\\url{…%20…}")
_COMMENT = re.compile(r"^((?:[^\\%\n]++|\\(?:url|href)\{[^}\n]{0,300}\}|\\.)*+)%.*", re.M)
_HIDING = re.compile(r"\\(if[A-Za-z]*|fi|else)(?![A-Za-z])|\\(begin|end)\{comment\}")
_SCAN = re.compile(r"\\(?:(begin|end)[ \t]*\{([^{}\\\n]{1,40})\}|.)|[{}]", re.S)
_MAX_MARKS = 40_000  # commands, braces and other marks a file may have to be read in full
_NESTED_ITEM = re.compile(r" +- ")
_NOT_TEX_IFS = {"ifthenelse", "ifstrequal", "ifstrempty", "ifblank", "ifdefempty", "ifbool"}
_NOT_TEX_IFS |= {"iff", "iflanguage"}  # a symbol ("a \\iff b"), babel's macro: no \\fi to close


def is_latex(text: str) -> bool:
    if _MARKDOWN.search(text):
        return False
    if _DOCUMENT.search(text):
        return True
    found = [m.group(1) or m.group(2) or "section" for m in _STRUCTURE.finditer(text)]
    kinds = set(found) - {"item", "end"}
    return len(found) >= 3 and bool(kinds) and len(found) > len(_MARKLIKE.findall(text))


def _uncommented(text: str) -> str:
    return _COMMENT.sub(r"\1", _WHOLE_COMMENT.sub("", text))


def _unhidden(text: str) -> str:
    """Without \\iffalse … \\fi (its \\else part is kept), \\iftrue's \\else part and
    comment environments."""
    out: list[str] = []
    # the open conditionals shown: "if" (whole), "true" (an \\iftrue, its \\else part not),
    # "else" (an \\iffalse's \\else part); what is hidden: "if" (an \\iffalse's first
    # part), "else" (an \\iftrue's \\else part), "comment"
    shown: list[str] = []
    hidden, depth, i = "", 0, 0
    for m in _HIDING.finditer(text):
        word, env = m.group(1), m.group(2)
        if word in _NOT_TEX_IFS:
            continue
        if not hidden:
            if word == "iffalse" or env == "begin":
                out.append(text[i : m.start()])
                hidden, depth = ("if" if word else "comment"), 0
            elif word == "iftrue":
                out.append(text[i : m.start()])
                i = m.end()
                shown.append("true")
            elif word and word.startswith("if"):
                shown.append("if")
            elif word == "else" and shown and shown[-1] == "true":
                out.append(text[i : m.start()])
                hidden, depth = "else", 0
            elif word == "fi" and shown and shown.pop() != "if":  # its \\fi prints nothing
                out.append(text[i : m.start()])
                i = m.end()
        elif hidden == "comment":
            hidden, i = ("", m.end()) if env == "end" else (hidden, i)
        elif word and word.startswith("if"):
            depth += 1
        elif word == "fi" and depth:
            depth -= 1
        elif word == "fi" or (word == "else" and hidden == "if" and not depth):
            if hidden == "else":
                shown.pop()  # the \\iftrue it ends
            elif word == "else":
                shown.append("else")
            hidden, i = "", m.end()
    return "".join(out) + ("" if hidden else text[i:])


def _scan(t: str) -> tuple[dict[int, int], dict[int, tuple[int, int]]]:
    """Where each brace closes, and where each environment's body ends and its \\end does."""
    pairs: dict[int, int] = {}
    envs: dict[int, tuple[int, int]] = {}
    braces: list[int] = []
    opened: dict[str, list[int]] = {}
    for m in _SCAN.finditer(t):
        c = m.group()
        if c == "{":
            braces.append(m.start())
        elif c == "}":
            if braces:
                pairs[braces.pop()] = m.start()
        elif m.group(1) == "begin":
            opened.setdefault(m.group(2).strip(), []).append(m.start())
        elif m.group(1) and (starts := opened.get(m.group(2).strip())):
            envs[starts.pop()] = (m.start(), m.end())
    return pairs, envs


def _blocks(body: str) -> str:
    """The text with its marks of a line's start (\\x01) and a block's (\\x02) made lines."""
    out: list[str] = []
    brk = ""
    for part in re.split(r"([\x01\x02])", body):
        if part in ("\x01", "\x02"):
            out[-1:] = [out[-1].rstrip(" \t\n")] if out else []
            brk = "\n\n" if part == "\x02" or brk == "\n\n" else "\n"
        elif part.strip(" \t\n"):
            out.append((brk if out else "") + (part.lstrip(" \t\n") if brk == "\n\n" else part))
            brk = ""
    lines = "".join(out).split("\n")
    lines = [x.rstrip() if x[:1] == " " and _NESTED_ITEM.match(x) else x.strip() for x in lines]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def latex_text(text: str) -> str:
    """`text` read as Markdown when it is LaTeX source; else unchanged."""
    if not is_latex(text):
        return text
    t = _unhidden(_uncommented(text.replace("\x01", "").replace("\x02", "")))
    begin = re.search(r"\\begin[ \t]*\{document\}", t)
    start = begin.end() if begin else 0
    end = t.find("\\end{document}", start)
    end = len(t) if end < 0 else end
    if sum(map(t.count, "\\{}$&~^_")) > _MAX_MARKS:  # too many to read one by one
        return _blocks(flat(t[start:end])) + ("\n" if text.endswith("\n") else "")
    reader = Reader(t, *_scan(t))
    if begin:
        reader.render(0, begin.start(), 0)  # the preamble: its macros and title only
    ranks = [SECTIONS[m.group(1)] for m in _SECTION.finditer(t, start, end)]
    titled = "title" in reader.meta or "\\title" in t[start:end]
    reader.levels = (min(ranks, default=0), int(titled and "\\maketitle" in t[start:end]))
    body = _blocks(reader.render(start, end, 0))
    return body + ("\n" if text.endswith("\n") else "")
