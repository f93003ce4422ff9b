"""An Akoma Ntoso document (OASIS LegalDocML 3.0 or Akoma Ntoso 2.0, the XML of acts, bills,
contracts, amendments, judgments and debates; xml_text.py parses it) as the Markdown the rest
of loading reads, the text a reader of its rendered form sees: its cover page's, preface's
and preamble's lines, the first title among them ("docTitle", a "title" paragraph) as the
"#" heading; each numbered or headed unit (part, chapter, section, article, clause, tblock,
hcontainer, a unit of any name) as a deeper heading ("## 1. Sunday and principal services"),
a number without a heading put before its first paragraph ("13.2 A member's …"), a
speech's speaker before its first paragraph; paragraphs with their inline elements' words,
quoted text between its own quotation marks (“within 30 days”), a quoted structure as a
"> " quotation (its headings as plain lines: they are not this document's), deleted text
as "[deleted: …]" (it is printed struck out, not in force), a remark as written (the
"(Applause)" of a debate), an authorial note as a "[1]" call with its text after its
paragraph, block lists as "- " items, tables as Markdown tables under their "th" row
(xml_tree.py), then the conclusions, attachments and components (schedules, each with its
own title) in order.

Nothing of "meta" is read (identification, lifecycle, references, editorial notes, and
"proprietary", which may hold a draft's figures that were never adopted), nor a table of
contents (it repeats the headings), images, note and document references, comments, or
elements of another namespace outside "foreign" (extensions a renderer does not print).
Past 32 levels an element is read as its words only, a note within a note is read in place,
and a table's rows are capped by the file's TableRoom, so that every pass is linear."""

from __future__ import annotations

from typing import Any

from .xml_tree import MAX_DEPTH, TableRoom, list_item, squash, table_lines, words

_NAMESPACES = ("http://docs.oasis-open.org/legaldocml/ns/akn/", "http://www.akomantoso.org/")
_DROPPED = set(
    "meta proprietary notes toc noteRef img componentRef documentRef presentation".split()
)
_SPACES = {"eol", "eop", "br"}
_DOCUMENTS = set(
    "act bill doc statement portion amendment amendmentList officialGazette documentCollection "
    "judgment debate debateReport".split()
)
_FRONT = {"coverPage", "preface", "preamble"}
_PARAS = set(  # blocks of inline content
    "p block listIntroduction listWrapUp interstitial subheading num heading tocItem "
    "docTitle longTitleText".split()
)
_QUOTES = {"quotedStructure", "embeddedStructure"}
_LISTS = {"blockList", "ul", "ol"}
_ESCAPES = _QUOTES | _LISTS | {"subFlow", "table", "p", "blockContainer", "tblock"}  # in a p
_INLINE = set(  # inline elements that may stand in a container's text
    "ref mref rref mod mmod quotedText def term date time docDate docTitle docNumber docType "
    "docStage docStatus docProponent docAuthority docJurisdiction docCommittee docIntroducer "
    "docPurpose legislature session shortTitle person organization role concept object event "
    "location process quantity entity b i u span sup sub abbr a inline ins del remark omissis "
    "placeholder fillIn signature recordedTime authorialNote party judge lawyer".split()
)
_INLINE |= _SPACES | _DROPPED
_MAX_TITLE = 200  # characters of a title paragraph read whole as the title
_UNREAD = _DROPPED  # past MAX_DEPTH, the words of all else
_NONE: frozenset[str] = frozenset()
_OWN = frozenset({"num", "heading", "from"})  # read by their unit


def is_akoma_ntoso(root: Any) -> bool:
    """An "akomaNtoso" root in an Akoma Ntoso namespace (or in none)."""
    namespace, _, name = root.tag.rpartition("}") if isinstance(root.tag, str) else ("", "", "")
    return name == "akomaNtoso" and (not namespace or namespace[1:].startswith(_NAMESPACES))


def akoma_lines(root: Any, room: TableRoom) -> list[str]:
    """The document's title, units, paragraphs, lists, tables and notes as Markdown lines."""
    reader = _Reader(root, room)
    blocks: list[str] = []
    for c in root:
        if (name := reader.name(c)) and name not in _DROPPED:
            blocks += reader.block(c, 0, 1) + reader.take_notes()
    return "\n\n".join(b for b in blocks if b).split("\n")


class _Reader:
    """A document's blocks, each a string of lines; `prefix` is a number (or a speaker)
    waiting for its unit's first paragraph, `title` the level of the title still wanted in
    a front part, `notes` the authorial notes waiting for the end of their block."""

    def __init__(self, root: Any, room: TableRoom) -> None:
        self.namespace = root.tag.rpartition("}")[0]
        self.room = room
        self.prefix = ""
        self.title: int | None = None
        self.quoting = 0
        self.notes: list[str] = []
        self.count = 0
        self.in_note = False

    def name(self, el: Any) -> str:
        """`el`'s local name when it is an element of the document's namespace, else ""."""
        if not isinstance(el.tag, str):
            return ""
        namespace, _, name = el.tag.rpartition("}")
        return name if namespace == self.namespace else ""

    def child(self, el: Any, name: str) -> Any:
        return next((c for c in el if self.name(c) == name), None)

    def take_notes(self) -> list[str]:
        notes, self.notes = self.notes, []
        return notes

    def heading(self, line: str, level: int) -> str:
        return line if self.quoting else f"{'#' * min(level, 6)} {line}"

    def flush(self, parts: list[str], out: list[str]) -> None:
        """The inline text gathered so far as a paragraph, after a waiting number."""
        if text := squash("".join(parts)):
            out.append(squash(f"{self.prefix} {text}"))
            self.prefix = ""
        parts.clear()

    def text(self, el: Any, level: int, depth: int) -> str:
        """`el`'s words on one line (a heading's, a cell's, a note's), its notes kept."""
        saved, self.prefix = self.prefix, ""
        out: list[str] = []
        parts: list[str] = []
        self.inline(el, parts, out, level, depth)
        self.flush(parts, out)
        self.prefix = saved
        return squash(" ".join(out))

    def inline(self, el: Any, parts: list[str], out: list[str], level: int, depth: int) -> None:
        parts.append(el.text or "")
        for c in el:
            self.one(c, parts, out, level, depth + 1)
            parts.append(c.tail or "")

    def one(self, c: Any, parts: list[str], out: list[str], level: int, depth: int) -> None:
        """An inline child's text into `parts`; a block in it (a quoted structure, a list,
        a table) ends the paragraph and follows it in `out`."""
        name = self.name(c)
        if not name or name in _DROPPED:
            return
        if depth > MAX_DEPTH:
            parts.append(words(c, _UNREAD))
        elif name in _SPACES:
            parts.append(" ")
        elif name in _ESCAPES:
            self.flush(parts, out)
            out += self.block(c, level, depth)
        elif name == "foreign":
            parts.append(words(c, set()))
        elif name == "quotedText":
            parts.append(c.get("startQuote", "“"))
            self.inline(c, parts, out, level, depth)
            parts.append(c.get("endQuote", "”"))
        elif name == "del":
            parts.append("[deleted: ")
            self.inline(c, parts, out, level, depth)
            parts.append("]")
        elif name == "authorialNote" and not self.in_note:
            marker = squash(c.get("marker", ""))
            if not marker:
                self.count += 1
                marker = str(self.count)
            self.in_note = True
            self.notes.append(f"[{marker}] {self.text(c, level, depth)}")
            self.in_note = False
            parts.append(f"[{marker}]")
        else:
            self.inline(c, parts, out, level, depth)

    def flow(self, el: Any, level: int, depth: int, skip: frozenset[str] = _NONE) -> list[str]:
        """A container's children: text and inline elements a paragraph, then any notes it
        calls; the others blocks of their own."""
        out: list[str] = []
        parts = [el.text or ""]
        for c in el:
            name = self.name(c)
            if name in _INLINE:
                self.one(c, parts, out, level, depth + 1)
            elif name and name not in skip:
                self.flush(parts, out)
                out += self.take_notes() + self.block(c, level, depth + 1) + self.take_notes()
            parts.append(c.tail or "")
        self.flush(parts, out)
        return out + self.take_notes()

    def block(self, el: Any, level: int, depth: int) -> list[str]:
        name = self.name(el)
        if depth > MAX_DEPTH:
            return [w] if (w := words(el, _UNREAD)) else []
        if name in _PARAS:
            if self.title is not None and self.is_title(el):
                return self.title_lines(el, level, depth)
            out: list[str] = []
            parts: list[str] = []
            self.inline(el, parts, out, level, depth)
            self.flush(parts, out)
            return out
        if name == "table":
            caption = [t for c in el if self.name(c) == "caption" if (t := self.text(c, 0, depth))]
            rows = table_lines([el], lambda c: self.text(c, level, depth + 1), self.room)
            return [*self.waiting(), *caption, "\n".join(rows).strip("\n")]
        if name in _LISTS:
            return self.items(el, level, depth)
        if name in _QUOTES:
            return self.quote(el, level, depth)
        if name == "foreign":
            return [w] if (w := words(el, set())) else []
        if name in _DOCUMENTS:
            return self.document(el, level, depth)
        if name == "crossHeading":
            return [self.heading(self.text(el, level, depth), level + 1)]
        return self.unit(el, level, depth)

    def waiting(self) -> list[str]:
        """The number still waiting for a paragraph, as one of its own."""
        prefix, self.prefix = self.prefix, ""
        return [prefix] if prefix else []

    def is_title(self, el: Any) -> bool:
        if "title" in el.get("class", "").split() or el.get("name") == "title":
            return True
        return any(self.name(d) in ("docTitle", "shortTitle") for d in el.iter())

    def title_lines(self, el: Any, level: int, depth: int) -> list[str]:
        """The front part's first title as a heading: its whole paragraph when short, else
        its "docTitle", the paragraph after it."""
        assert self.title is not None
        level, self.title = self.title, None
        line = self.text(el, level, depth)
        if len(line) <= _MAX_TITLE:
            return [self.heading(line, level)]
        title = next((d for d in el.iter() if self.name(d) in ("docTitle", "shortTitle")), None)
        short = self.text(title, level, depth) if title is not None else ""
        return [self.heading(short[:_MAX_TITLE], level), line] if short else [line]

    def document(self, el: Any, level: int, depth: int) -> list[str]:
        """A document (the main one, an attachment, a component): the title its front parts
        hold at `level` + 1, its body's units under it."""
        saved, self.title = self.title, level + 1
        out: list[str] = []
        for c in el:
            if (name := self.name(c)) and name not in _DROPPED:
                self.title = self.title if name in _FRONT else None
                out += self.block(c, level + 1, depth + 1) + self.take_notes()
        self.title = saved
        return out

    def unit(self, el: Any, level: int, depth: int) -> list[str]:
        """A unit of any name: its number and heading a heading over its content, a number
        alone before its first paragraph (a heading when its first child is a unit)."""
        num, head, speaker = (self.child(el, n) for n in ("num", "heading", "from"))
        number = self.text(num, level, depth) if num is not None else ""
        heading = self.text(head, level, depth) if head is not None else ""
        out: list[str] = []
        waiting = False
        if heading or (number and self.units_first(el)):
            out.append(self.heading(squash(f"{self.prefix} {number} {heading}"), level + 1))
            self.prefix = ""
            out += self.take_notes()
            level += 1
        elif number:
            self.prefix, waiting = squash(f"{self.prefix} {number}"), True
        if speaker is not None and (who := self.text(speaker, level, depth)):
            self.prefix, waiting = squash(f"{self.prefix} {who.rstrip(':')}:"), True
        out += self.flow(el, level, depth, _OWN)
        return out + (self.waiting() if waiting else [])

    def units_first(self, el: Any) -> bool:
        """Whether `el`'s first child after its number and heading is a numbered unit."""
        for c in el:
            if (name := self.name(c)) and name not in ("num", "heading", "subheading"):
                return self.child(c, "num") is not None or self.child(c, "heading") is not None
        return False

    def items(self, el: Any, level: int, depth: int) -> list[str]:
        """A list's items as "- " lines (its number first), a nested list indented under
        its item; its introduction and wrap-up as paragraphs."""
        out: list[str] = []
        lines: list[str] = []
        for c in el:
            if (name := self.name(c)) in ("item", "li"):
                out += self.waiting()  # not the introduction's: the item's number comes first
                lines += list_item(self.unit(c, level, depth + 1) + self.take_notes())
            elif name and name not in _DROPPED:
                out += ["\n".join(lines)] if lines else []
                out += self.block(c, level, depth + 1)
                lines = []
        return out + (["\n".join(lines)] if lines else [])

    def quote(self, el: Any, level: int, depth: int) -> list[str]:
        """A quoted structure as a "> " quotation between its quotation marks."""
        out = self.waiting()
        self.quoting += 1
        blocks = self.flow(el, level, depth)
        self.quoting -= 1
        if not blocks:
            return out
        lines = "\n\n".join(blocks).split("\n")
        lines[0] = el.get("startQuote", "“") + lines[0]
        lines[-1] += el.get("endQuote", "”")
        return [*out, "\n".join(f"> {line}" if line else ">" for line in lines)]
