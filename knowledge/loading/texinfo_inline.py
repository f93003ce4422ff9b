"""The text on a Texinfo line (texinfo.py reads the lines) as the printed manual shows it:
brace commands as what they print ("@w{…}", "@code{…}", "@uref{url, text}" as "text (url)",
"@xref{node}" as "See node", "@footnote{…}" as a "[1]" call, its text kept for after the
paragraph), accents ("@'e", "@~{n}", "@U{20AC}") and glyphs ("@dots{}", "@euro{}") as their
characters, "---", "--" and "``…''" as dashes and quotes outside code, "@value{name}" as
what "@set" gave it, a macro without arguments ("@rate{}") as its body read in turn, and
commands that only typeset or index as nothing.

Braces are matched on a stack of at most 100 (past it a brace only counts, and one never
closed keeps its text without its command), "@verb" and "@value" look at most 1,000
characters ahead, a "@set" value keeps 500 characters, a macro is read within at most 10
others, and all "@value"s and macros together add no more characters than the file has."""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r"@(?:([A-Za-z]+)|(.))|([{},])", re.S)
SKIPPED_LINES = set(  # typesetting, navigation and index lines: they print nothing
    "c comment setfilename documentlanguage documentencoding node contents shortcontents"
    " summarycontents finalout setchapternewpage paragraphindent firstparagraphindent sp page noindent indent"
    " need vskip cindex findex kindex vindex pindex tindex printindex synindex syncodeindex"
    " defindex defcodeindex headings evenheading oddheading everyheading evenfooting"
    " oddfooting everyfooting footnotestyle allowcodebreaks afourpaper afivepaper afourlatex"
    " afourwide smallbook hyphenation kbdinputstyle codequoteundirected codequotebacktick"
    " exampleindent frenchspacing urefbreakstyle xrefautomaticsectiontitle deftypefnnewline"
    " setcontentsaftertitlepage setshortcontentsaftertitlepage novalidate lowersections"
    " raisesections include verbatiminclude listoffloats dircategory clickstyle definfoenclose"
    " alias cropmarks pagesizes fonttextsize microtype refill shorttitlepage".split()
)
_SYMBOLS = {"tie": " ", "today": "@today{}"} | dict(  # "@dots{}": "…"
    pair.split("=", 1)
    for pair in "dots=… enddots=... minus=− euro=€ pounds=£ copyright=© registeredsymbol=®"
    " result=⇒ equiv=≡ expansion=↦ print=⊣ error=error→ bullet=• point=∗ arrow=→ click=→"
    " comma=, atchar=@ lbracechar={ rbracechar=} backslashchar=\\ hashchar=# TeX=TeX LaTeX=LaTeX"
    " geq=≥ leq=≤ textdegree=° exclamdown=¡ questiondown=¿ quotedblleft=“ quotedblright=”"
    " quoteleft=‘ quoteright=’ guillemetleft=« guillemetright=» ordf=ª ordm=º ss=ß oe=œ OE=Œ"
    " ae=æ AE=Æ aa=å AA=Å o=ø O=Ø l=ł L=Ł dh=ð DH=Ð th=þ TH=Þ".split()
)
_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303"}
_ACCENTS |= {"=": "\u0304", ",": "\u0327", "H": "\u030b", "dotaccent": "\u0307", "v": "\u030c"}
_ACCENTS |= {"ringaccent": "\u030a", "u": "\u0306", "ubaraccent": "\u0332", "ogonek": "\u0328"}
_ACCENTS |= {"udotaccent": "\u0323", "tieaccent": "\u0361"}
_CHARS = {"@": "@", "{": "{", "}": "}", "*": "\n", ".": ".", ":": "", "!": "!", "?": "?"}
_CHARS |= {" ": " ", "\t": " ", "\n": " ", "-": "", "/": "", "\\": "\\", "&": "&", "#": "#"}
_UNSEEN = SKIPPED_LINES | {"tab", "item", "itemx", "headitem", "hfill", "insertcopying"}
_SILENT = {"anchor", "hyphenation", "sortas", "shortcaption", "indexterm", "errormsg"}
_MULTI = {"email", "uref", "url", "xref", "pxref", "ref", "inforef", "acronym", "abbr", "image"}
CODE = {"code", "samp", "kbd", "verb", "env", "file", "command", "option", "t", "url", "uref"}
CODE |= {"email", "indicateurl", "key"}
_MAX_DEPTH = 100  # open braces
_MAX_VALUE = 500
_MAX_MACROS = 10  # macros read within one another
_MACRO = re.compile(r"([A-Za-z]+)[ \t]*(?:\{[ \t]*\})?")  # "@macro rate": no arguments


class _Frame:
    """An open brace: its command, its arguments' pieces, whether it holds code."""

    __slots__ = ("args", "code", "name")

    def __init__(self, name: str, code: bool) -> None:
        self.name = name
        self.code = code
        self.args: list[list[str]] = [[]]


class InlineReader:
    """Reads a file's inline text: the "@set" values it has met and the footnotes of the
    paragraph it reads (numbered after the `noted` ones before them)."""

    def __init__(self, text: str) -> None:
        self.values: dict[str, str] = {}
        self.macros: dict[str, str] = {}  # a macro without arguments: its body
        self.expanding = 0  # macros being read, one within another
        self.budget = len(text)  # the characters "@value"s and macros may still add
        self.notes: list[str] = []  # the footnotes of the paragraph read
        self.noted = 0  # the footnotes before them

    def set_value(self, name: str, rest: str) -> None:
        """A "@set name value" or "@clear name" line."""
        key, _, value = rest.partition(" ")
        self.values[key] = self.inline(value.strip())[:_MAX_VALUE]
        if name == "clear":
            del self.values[key]

    def define(self, rest: str, body: list[str]) -> None:
        """A "@macro name" definition's body; one with arguments is not read."""
        if m := _MACRO.fullmatch(rest):
            self.macros[m.group(1)] = "\n".join(body).replace("\\\\", "\\")

    def _expanded(self, name: str, code: bool) -> str:
        """A macro's body, read as text while the budget and the nesting allow."""
        body = self.macros[name]
        self.budget -= len(body)
        if self.budget < 0 or self.expanding >= _MAX_MACROS:
            return ""
        self.expanding += 1
        try:
            return self.inline(body, code)
        finally:
            self.expanding -= 1

    def inline(self, s: str, literal: bool = False) -> str:
        """Brace commands, accents and glyphs as the text they print."""
        frames, excess, pos = [_Frame("", literal)], 0, 0

        def put(piece: str, text: bool = False) -> None:
            if text and not frames[-1].code and ("-" in piece or "`" in piece or "'" in piece):
                piece = piece.replace("---", "—").replace("--", "–")
                piece = piece.replace("``", '"').replace("''", '"')
            frames[-1].args[-1].append(piece)

        while m := _TOKEN.search(s, pos):
            put(s[pos : m.start()], True)
            pos = m.end()
            name, char, mark = m.groups()
            if mark == "{":
                excess += len(frames) >= _MAX_DEPTH
                frames += [] if len(frames) >= _MAX_DEPTH else [_Frame("", frames[-1].code)]
            elif mark == "}":
                if excess or len(frames) == 1:
                    excess = max(excess - 1, 0)
                else:
                    put(self._shown(frames.pop()))
            elif mark == "," and frames[-1].name in _MULTI:
                frames[-1].args.append([])
            elif mark == ",":
                put(",")
            elif name in self.macros:  # "@rate{}" or "@rate"
                pos += 2 if s.startswith("{}", pos) else 0
                put(self._expanded(name, frames[-1].code))
            elif name and s.startswith("{", pos) and name in ("verb", "value"):
                close = "}" if name == "value" else s[pos + 1 : pos + 2] + "}"
                end = s.find(close, pos + 1 + (name == "verb"), pos + 1_000)
                if end >= 0 and name == "verb":
                    put(s[pos + 2 : end])
                elif end >= 0:
                    value = self.values.get(s[pos + 1 : end].strip(), "")
                    self.budget -= len(value)
                    put(value if self.budget >= 0 else "")
                pos = end + len(close) if end >= 0 else pos
            elif name and s.startswith("{", pos):
                if len(frames) < _MAX_DEPTH:  # (past it, the brace only counts)
                    frames.append(_Frame(name, frames[-1].code or name in CODE))
                    pos += 1
            elif name:  # a glyph, a command that only typesets, or text ("a@b", a macro)
                put(_SYMBOLS.get(name, "" if name in _UNSEEN else "@" + name))
            elif char in _ACCENTS and s.startswith("{", pos) and len(frames) < _MAX_DEPTH:
                frames.append(_Frame(char, frames[-1].code))
                pos += 1
            elif char in _ACCENTS and s[pos : pos + 1].isalpha():
                put(unicodedata.normalize("NFC", s[pos] + _ACCENTS[char]))
                pos += 1
            else:
                put(_CHARS.get(char, char))
        put(s[pos:], True)
        while len(frames) > 1:  # a brace never closed: its text, without its command
            put("".join(piece for arg in frames.pop().args for piece in arg))
        return "".join(frames[0].args[0])

    def _shown(self, f: _Frame) -> str:
        """What a closed brace command prints."""
        args = ["".join(arg).strip() for arg in f.args] + [""] * 4
        name, text = f.name, "".join(f.args[0]) if len(f.args) == 1 else args[0]
        if name in _ACCENTS:
            return unicodedata.normalize("NFC", text[:1] + _ACCENTS[name] + text[1:])
        if name in _SYMBOLS:
            return _SYMBOLS[name]
        if name == "footnote":
            self.notes.append(" ".join(text.split()))
            return f"[{self.noted + len(self.notes)}]"
        if name in ("email", "uref", "url"):
            return args[2] or (f"{args[1]} ({args[0]})" if args[1] else args[0])
        if name in ("xref", "pxref", "ref", "inforef"):
            label = (args[2] if name != "inforef" else "") or args[1] or args[0]
            label += f" in {args[4]}" if args[4] else ""
            return {"xref": "See ", "pxref": "see ", "inforef": "see "}.get(name, "") + label
        if name in ("acronym", "abbr"):
            return f"{args[0]} ({args[1]})" if args[1] else args[0]
        if name == "image":
            return args[3]
        if name == "U" and re.fullmatch(r"[0-9A-Fa-f]{4,5}", text):
            return "" if 0xD800 <= int(text, 16) < 0xE000 else chr(int(text, 16))
        if name == "dotless":
            return "ı" if text == "i" else text
        return "" if name in _SILENT else text
