"""The reader of LaTeX source behind latex.py: from where braces and environments close (one
scan in latex.py), text is read span by span, each command by what it shows: a sectioning command as a heading,
an item as a list item, a table as a Markdown table (latex_tables.py), a footnote in
brackets, "\\'e", "\\%", "~" or "\\og" as the character printed, a macro without parameters
as its text (macros add no more than the file holds); a command that only sets the layout
("\\vspace{1em}", "\\label{…}") and its arguments as nothing, and any other command as
its arguments' text. Nesting deeper than 40 is read flat; an option "[…]" is looked for
within 200 characters. Blocks are marked \\x02 and line starts \\x01 for latex.py to lay
out."""

from __future__ import annotations

import re
import unicodedata

from .latex_tables import table_lines

SECTIONS = {"part": 0, "chapter": 1, "addchap": 1, "section": 2, "addsec": 2}
SECTIONS |= {"subsection": 3, "subsubsection": 4, "paragraph": 5, "minisec": 5, "subparagraph": 6}
_STOP = re.compile(r"[\\{}$~&^_]")
_NAME = re.compile(r"\\(?:([A-Za-z@]+)\*?|(.))", re.S)
_LETTER = re.compile(r"\\([A-Za-z]+)")
_BLANKS = re.compile(r"[ \t]*")
_SPACE = re.compile(r"[ \t]*(?:\n[ \t]*)?")  # before an argument: spaces, one line's end
_LINE_REST = re.compile(r"[ \t]*\n")
_INDENT = re.compile(r"\n[ \t]+")
_ENV_NAME = re.compile(r"[ \t]*\{([^{}\\\n]{1,40})\}")
_FLAT = re.compile(r"\\[A-Za-z@]+\*?|\\.|[{}$^_&]", re.S)
_KEPT = {c: chr(0xE000 + n) for n, c in enumerate("%&$#_{}")}  # kept from _FLAT
_UNKEPT = str.maketrans({v: k for k, v in _KEPT.items()})
_RUNS = re.compile(r"[ \t\n\x01\x02]+")
_MAX_DEPTH = 40
_CLOSE = {"o": "]", "p": ")"}
_CHARS = {"~": "\u00a0", "&": " "}
_ESCAPES = {**{c: c for c in "%&$#_{}"}, " ": " ", "\n": " ", ",": "\u202f", ";": " ", ":": " "}
_ESCAPES |= {">": " ", "|": "‖"}
_ACCENTS = dict(zip("'`^\"~=.cuvHrkdbt", "\u0301\u0300\u0302\u0308\u0303\u0304\u0307\u0327"
                    "\u0306\u030c\u030b\u030a\u0328\u0323\u0331\u0361", strict=True))  # fmt: skip


def _words(pairs: str) -> dict[str, str]:
    return dict(word.split(":") for word in pairs.split())


_LETTERS = _words(
    "oe:œ OE:Œ ae:æ AE:Æ ss:ß o:ø O:Ø aa:å AA:Å l:ł L:Ł i:i j:j ier:er iere:re ieme:e"
)
_SYMBOLS = _words("""ldots:… dots:… textellipsis:… euro:€ texteuro:€ S:§ textnumero:n° no:n° No:N°
    P:¶ textdegree:° textendash:– textemdash:— textquoteleft:' textquoteright:'
    textquotedblleft:" textquotedblright:" guillemotleft:« guillemotright:» guillemetleft:«
    guillemetright:» textless:< textgreater:> textbackslash:\\ textasciitilde:~
    textasciicircum:^ textunderscore:_ textbar:| textbullet:• bullet:• pounds:£ textsterling:£
    textdollar:$ copyright:© textregistered:® texttrademark:™ dag:† textpm:± pm:± times:×
    div:÷ leq:≤ le:≤ geq:≥ ge:≥ neq:≠ cdot:· to:→ rightarrow:→ infty:∞ LaTeX:LaTeX TeX:TeX
    textperthousand:‰ primo:1° secundo:2° tertio:3°""")
_SYMBOLS |= {"and": "\n", "newline": "\n", "linebreak": "\n", "par": "\x02", "thinspace": "\u202f"}
_SYMBOLS |= dict.fromkeys("quad qquad enspace hfill hspace dotfill hrulefill".split(), " ")
_SYMBOLS["nobreakspace"] = "\u00a0"
# commands whose arguments are not shown: "o" an option, "m" a braced argument, "p" "(…)";
# a command keeping its last argument's text ("\\href{url}{text}") skips the ones before it
_SKIP = _words("""label:m index:m vspace:m hspace:m cite:om nocite:m citep:oom citet:oom
    includegraphics:om usepackage:om RequirePackage:om documentclass:om setlength:mm
    addtolength:mm setcounter:mm addtocounter:mm newcounter:mo newlength:m pagestyle:m
    thispagestyle:m pagenumbering:m geometry:m hypersetup:m color:om definecolor:mmm rowcolor:om
    cellcolor:om columncolor:om cline:m cmidrule:opm hhline:m addlinespace:o specialrule:mmm
    toprule:o midrule:o bottomrule:o multicolumn:mm multirow:omomo href:m textcolor:om
    colorbox:om fcolorbox:omm foreignlanguage:om selectlanguage:m hyperref:o resizebox:mm
    scalebox:mo rotatebox:om parbox:ooom makebox:oo framebox:oo rule:omm raisebox:moo
    linebreak:o pagebreak:o nopagebreak:o bibliographystyle:m bibliography:m input:m include:m
    addcontentsline:mmm addtocontents:mm markboth:mm markright:m fancyhead:om fancyfoot:om
    lhead:m chead:m rhead:m lfoot:m cfoot:m rfoot:m captionsetup:om setmainfont:om
    setsansfont:om newenvironment:moomm renewenvironment:moomm newtheorem:momo
    titleformat:mommmmo titlespacing:mmmmo setlist:om sisetup:m graphicspath:m linespread:m
    fontsize:mm footnotemark:o phantom:m hphantom:m vphantom:m newgeometry:m SI:o
    enlargethispage:m usetikzlibrary:m tcbset:m DeclareMathOperator:mm newif:m setstretch:m
    pdfbookmark:omm""")
_REFS = {"ref", "pageref", "eqref", "autoref", "cref", "Cref", "nameref", "vref"}
_DEFINITIONS = {"newcommand", "renewcommand", "providecommand", "DeclareRobustCommand", "def"}
_DEFINITIONS |= {"gdef", "edef", "xdef"}
_LISTS = {"itemize", "enumerate", "description", "compactitem", "compactenum", "thebibliography"}
_TABLES = {"tabular", "tabular*", "tabularx", "tabulary", "longtable", "longtable*", "array"}
_TABLES |= {"tabu", "supertabular", "xltabular", "NiceTabular"}
_ENV_ARGS = _words("""tabular:om tabular*:mom tabularx:mom tabulary:mom longtable:om longtable*:om
    array:om tabu:om supertabular:om xltabular:mom NiceTabular:om minipage:ooom multicols:mo
    wrapfigure:omom wraptable:omom minted:om otherlanguage:m thebibliography:m adjustbox:m list:mm""")
_HIDDEN = {"comment", "tikzpicture", "picture", "filecontents", "filecontents*"}
_VERBATIM = {"verbatim", "verbatim*", "Verbatim", "lstlisting", "minted", "alltt"}
_BULLETS = {"", "-", "–", "—", "•", "*", "·", ">", "→"}
_PROTECTED = {"begin", "end", "item", "par", "maketitle", "footnote", "caption", *SECTIONS}


def _plain(s: str) -> str:
    s = _INDENT.sub("\n", s) if "\n" in s else s
    s = s.replace("---", "—").replace("--", "–") if "--" in s else s
    return s.replace("``", '"').replace("''", '"') if "``" in s or "''" in s else s


def flat(s: str) -> str:
    """LaTeX's text without its commands, braces and marks, its escapes ("\\%") as what they
    print: for nesting too deep to read, or a file with too many marks to read one by one."""
    s = s.replace("\\\\", "\n").replace("~", "\u00a0")
    for c, kept in _KEPT.items():
        s = s.replace("\\" + c, kept) if c in s else s
    return _plain(_FLAT.sub("", s)).translate(_UNKEPT)


class Reader:
    """The text of a LaTeX file, read from its braces' and environments' pairs."""

    def __init__(self, t: str, pairs: dict[int, int], envs: dict[int, tuple[int, int]]) -> None:
        self.t = t
        self.pairs, self.envs = pairs, envs  # latex.py's scan
        self.macros: dict[str, str] = {}
        self.budget = len(t)  # the text macros may still add
        self.meta: dict[str, tuple[int, int]] = {}  # \\title, \\author, \\date
        self.lists = 0
        self.levels = (0, 0)  # the top section's rank, whether a title is printed

    def group(self, i: int, e: int) -> tuple[int, int, int] | None:
        """The braced argument after `i`: its text's start and end, and its own end."""
        j = _SPACE.match(self.t, i, e).end()  # type: ignore[union-attr]
        if self.t[j : j + 1] == "{" and (k := self.pairs.get(j, e)) < e:
            return j + 1, k, k + 1
        return None

    def option(self, i: int, e: int, close: str = "]") -> tuple[int, int, int] | None:
        """The option "[…]" (or "(…)") after `i`, if it closes within 200 characters."""
        t, j = self.t, _SPACE.match(self.t, i, e).end()  # type: ignore[union-attr]
        if t[j : j + 1] != {"]": "[", ")": "("}[close]:
            return None
        k, limit = j + 1, min(e, j + 200)
        while (end := t.find(close, k, limit)) >= 0:
            brace = t.find("{", k, end)
            if brace < 0:
                return j + 1, end, end + 1
            k = self.pairs.get(brace, limit) + 1
        return None

    def skip(self, i: int, e: int, spec: str) -> int:
        for kind in spec:
            found = self.group(i, e) if kind == "m" else self.option(i, e, _CLOSE[kind])
            i = found[2] if found else i
        return i

    def inline(self, s: int, e: int, depth: int) -> str:
        return _RUNS.sub(" ", self.render(s, e, depth + 1)).strip(" ")

    def render(self, s: int, e: int, depth: int) -> str:
        t, out, i = self.t, list[str](), s
        if depth > _MAX_DEPTH:
            return flat(t[s:e])
        while m := _STOP.search(t, i, e):
            k = m.start()
            if k > i:
                out.append(_plain(t[i:k]))
            c, i = t[k], k + 1
            if c == "\\":
                n = len(out)
                i = self.command(k, e, depth, out)
                if not any(out[n:]) and (rest := _LINE_REST.match(t, i, e)):
                    j = k  # a line of a command that shows nothing goes
                    while j > s and t[j - 1] in " \t" and k - j < 40:
                        j -= 1
                    i = rest.end() if j == 0 or t[j - 1] == "\n" else i
            elif c == "{":
                close = self.pairs.get(k, e)
                if close < e:
                    out.append(self.render(k + 1, close, depth + 1))
                    i = close + 1
            elif c in _CHARS:
                out.append(_CHARS[c])
        out.append(_plain(t[i:e]) if i < e else "")
        return "".join(out)

    def command(self, k: int, e: int, depth: int, out: list[str]) -> int:
        """Reads the command at `k` into `out`; returns where its arguments end."""
        t = self.t
        if not (m := _NAME.match(t, k, e)):
            return k + 1
        name, i = m.group(1), m.end()
        if name is None:
            return self.symbol(m.group(2), i, e, depth, out)
        i = _BLANKS.match(t, i, e).end()  # type: ignore[union-attr]
        spaced = " " if i > m.end() else ""
        if name in self.macros:
            text = self.macros[name]
            self.budget -= len(text)
            out.append(text + spaced if self.budget >= 0 else "")
        elif name in SECTIONS:
            i = self.skip(i, e, "o")
            if title := self.group(i, e):
                level = min(SECTIONS[name] - self.levels[0] + 1 + self.levels[1], 6)
                out.append(f"\x02{'#' * level} {self.inline(title[0], title[1], depth)}\x02")
                i = title[2]
        elif name == "begin":
            return self.environment(k, i, e, depth, out)
        elif name in ("item", "bibitem"):
            term = self.option(i, e)
            i = self.skip(term[2] if term else i, e, "m" if name == "bibitem" else "")
            label = self.inline(term[0], term[1], depth) if term and name == "item" else ""
            label = "" if label in _BULLETS else label + (" " if label[-1] in ").:" else ": ")
            out.append(f"\x01{'  ' * max(self.lists - 1, 0)}- {label}")
            i = _SPACE.match(t, i, e).end()  # type: ignore[union-attr]
        elif name in ("footnote", "thanks", "footnotetext"):
            if note := self.group(self.skip(i, e, "o"), e):
                out.append(f" ({self.inline(note[0], note[1], depth)})")
                i = note[2]
        elif name in ("url", "nolinkurl", "path", "end") or name in _REFS:
            if arg := self.group(self.skip(i, e, "o"), e):
                out.append("" if name == "end" else t[arg[0] : arg[1]].strip())
                i = arg[2]
        elif name == "verb" and m.end() < e:
            end = t.find(t[m.end()], m.end() + 1, min(e, m.end() + 200))
            out.append(t[m.end() + 1 : end] if end > 0 else "")
            i = end + 1 if end > 0 else m.end() + 1
        elif name == "caption":
            if caption := self.group(self.skip(i, e, "o"), e):
                out.append(f"\x01{self.inline(caption[0], caption[1], depth)}\x01")
                i = caption[2]
        elif name in ("title", "author", "date"):
            if arg := self.group(self.skip(i, e, "o"), e):
                self.meta[name], i = (arg[0], arg[1]), arg[2]
        elif name == "maketitle":
            out.append(self.maketitle(depth))
        elif name in _DEFINITIONS:
            i = self.define(name, i, e, depth)
        elif name in ("frac", "dfrac", "tfrac"):
            a = self.group(i, e)
            b = self.group(a[2], e) if a else None
            if a and b:
                out.append(f"{self.inline(a[0], a[1], depth)}/{self.inline(b[0], b[1], depth)}")
                i = b[2]
        elif name in _ACCENTS and len(name) == 1:
            return self.accent(name, i, e, depth, out)
        elif name in _LETTERS:
            out.append(_LETTERS[name])
        elif name == "fg":  # babel's closing guillemet, after its own space
            for j in range(len(out) - 1, -1, -1):
                out[j] = out[j].rstrip(" \t")
                if out[j]:
                    break
            out.append("\u00a0»" + spaced)
        elif name == "og":
            out.append("«\u00a0")
        else:
            if name in _SKIP or t.startswith("[", m.end()):  # "\\foo[opt]": not "\\foo [word]"
                i = self.skip(i, e, _SKIP.get(name, "" if name in _SYMBOLS else "o"))
            text = _SYMBOLS.get(name, "")
            out.append(text + spaced if text.strip() else text)
        return i

    def symbol(self, c: str, i: int, e: int, depth: int, out: list[str]) -> int:
        """A control symbol: "\\%", "\\,", "\\\\" (a line break), "\\'" (an accent)."""
        if c == "\\":
            i += self.t[i : i + 1] == "*"
            out.append("\n")
            return self.skip(i, e, "o")
        if c in _ACCENTS:
            return self.accent(c, i, e, depth, out)
        out.append(_ESCAPES.get(c, ""))
        return i

    def accent(self, mark: str, i: int, e: int, depth: int, out: list[str]) -> int:
        t, i = self.t, _BLANKS.match(self.t, i, e).end()  # type: ignore[union-attr]
        if arg := self.group(i, e):
            base, i = self.render(arg[0], arg[1], depth + 1), arg[2]
        elif letter := _LETTER.match(t, i, e):  # "\\^\\i": a dotless i
            base, i = _LETTERS.get(letter.group(1), ""), letter.end()
        else:
            base, i = t[i : i + 1], min(i + 1, e)
        accented = base[:1] + _ACCENTS[mark] + base[1:] if base.strip() else mark
        out.append(unicodedata.normalize("NFC", accented))
        return i

    def environment(self, k: int, i: int, e: int, depth: int, out: list[str]) -> int:
        t = self.t
        if not (m := _ENV_NAME.match(t, i, e)):
            return i
        name, s = m.group(1).strip(), m.end()
        end = self.envs.get(k)
        if end is None or end[1] > e:  # unclosed: its content is read where it stands
            return s
        (close, after), s = end, self.skip(s, end[0], _ENV_ARGS.get(name, "o"))
        if name in _HIDDEN:
            return after
        if name in _VERBATIM:
            out.append("\x02" + t[s:close].strip("\n") + "\x02")
        elif name in _TABLES:
            out.append("\x02" + "\n".join(table_lines(self, s, close, depth + 1)) + "\x02")
        elif name in _LISTS:
            self.lists += 1
            body = self.render(s, close, depth + 1)
            self.lists -= 1
            out.append(f"\x02{body}\x02" if not self.lists else body + "\x01")
        else:
            out.append(f"\x02{self.render(s, close, depth + 1)}\x02")
        return after

    def define(self, name: str, i: int, e: int, depth: int) -> int:
        """A macro's definition; one without parameters is kept, as the text it shows."""
        t = self.t
        if target := self.group(i, e):
            macro, i = t[target[0] : target[1]].strip(), target[2]
        elif m := _NAME.match(t, _SPACE.match(t, i, e).end(), e):  # type: ignore[union-attr]
            macro, i = m.group(), m.end()
        else:
            return i
        brace = t.find("{", i, min(e, i + 100))
        params = "#" in t[i:brace] if name.endswith("def") else self.option(i, e) is not None
        body = self.group(
            brace if name.endswith("def") and brace >= 0 else self.skip(i, e, "oo"), e
        )
        if not body:
            return i
        key = macro[1:].rstrip("*")
        if not params and key.isalpha() and key not in _PROTECTED:
            self.macros[key] = self.inline(body[0], body[1], depth)[:500]
        return body[2]

    def maketitle(self, depth: int) -> str:
        lines: list[str] = []
        for key in ("title", "author", "date") if "title" in self.meta else ():
            s, e = self.meta.pop(key, (0, 0))
            text = re.sub(r"[\x01\x02]", "\n", self.render(s, e, depth + 1))
            lines += filter(None, (_RUNS.sub(" ", x).strip() for x in text.split("\n")))
            lines[:1] = [f"# {lines[0]}"] if key == "title" and lines else lines[:1]
        return "\x02" + "\n".join(lines) + "\x02"
