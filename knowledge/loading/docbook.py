"""A DocBook 4 or 5 document (xml_text.py parses it) as the Markdown the rest of loading
reads, the text a reader of its rendered form sees: its title page's lines (subtitle,
authors, dates, release, copyright, revision history) and abstract under its title, its
sections as headings, paragraphs, lists as "- " items (a nested list indented under its
item), variable lists as "term: text" entries, notes, examples and figures under their
titles, listings as written, a footnote as a "[1]" call with its text after its paragraph,
a cross-reference as its target's label or title, and CALS or HTML tables as Markdown
tables (xml_tree.py). Index terms, remarks, anchors and media objects are not read.

A document is DocBook by its namespace, its doctype, or (without either) a DocBook root
holding DocBook elements and no HTML ones. Past 32 levels an element is read as its words
only; a cross-reference's label is read once per target and keeps _MAX_LABEL characters,
and all of them add no more characters than the file has, so that every pass is linear."""

from __future__ import annotations

import textwrap
from typing import Any

from .xml_tree import (
    MAX_DEPTH,
    UNREAD,
    TableRoom,
    first_child,
    list_item,
    local_name,
    raw_text,
    squash,
    table_lines,
    words,
)

_DOCBOOK = "http://docbook.org/ns/docbook"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_HTML_MARKS = set("p div span br ul ol li a b i strong em h1 h2 h3 h4 img".split())
_DOCBOOK_ROOTS = set("article book chapter section refentry appendix part preface sect1".split())
_DOCBOOK_MARKS = set(
    "para simpara formalpara sect1 info articleinfo bookinfo itemizedlist orderedlist "
    "variablelist informaltable tgroup programlisting refnamediv simplesect listitem ulink".split()
)
_SECTIONS = set(
    "section sect1 sect2 sect3 sect4 sect5 simplesect chapter appendix preface part article "
    "book set reference refentry refsect1 refsect2 refsect3 refsection refsynopsisdiv glossary "
    "glossdiv bibliography bibliodiv colophon dedication partintro acknowledgements".split()
)
_TITLES = {"title", "subtitle", "titleabbrev", "refmeta"}  # read by what they title
_LISTS = set(
    "itemizedlist orderedlist procedure substeps stepalternatives simplelist variablelist "
    "glosslist calloutlist".split()
)
_ITEMS = {"listitem", "step", "member", "callout"}
_ENTRIES = {"varlistentry", "glossentry"}
_TERMS = {"term", "glossterm", "acronym", "abbrev"}
_VERBATIM = {"programlisting", "screen", "literallayout", "synopsis", "funcsynopsisinfo"}
_BLOCKS = _SECTIONS | _LISTS | _ENTRIES | _VERBATIM | _ITEMS
_BLOCKS |= set(
    "table informaltable para simpara formalpara note warning important tip caution sidebar "
    "blockquote epigraph attribution example informalexample figure informalfigure mediaobject "
    "caption equation bridgehead refnamediv qandaset qandadiv qandaentry question answer "
    "cmdsynopsis funcsynopsis segmentedlist abstract legalnotice task refname refpurpose".split()
)
_NAMES_ONLY = UNREAD | {"personblurb", "affiliation", "email", "address", "contrib"}
_MAX_LABEL = 200  # characters of a cross-reference's label


def _info(el: Any) -> bool:
    name = local_name(el)
    return name == "info" or (name.endswith("info") and name not in ("releaseinfo", "refmiscinfo"))


class DocBook:
    """A DocBook document's blocks, each a string of lines; a footnote is numbered where
    it is called and its text follows the block that calls it."""

    def __init__(self, root: Any, room: TableRoom, budget: int) -> None:
        self.room = room
        ids = ((el.get(_XML_ID) or el.get("id"), el) for el in root.iter() if local_name(el))
        self.targets = {key: el for key, el in ids if key}  # what an <xref> names
        self.labels: dict[str, str] = {}  # a target's label, read once
        self.budget = budget  # the characters cross-references may still add
        self.notes: list[str] = []
        self.count = 0
        self.in_note = False

    def inline(self, el: Any) -> str:
        parts: list[str] = []
        self._inline(el, parts)
        return squash("".join(parts))

    def _inline(self, el: Any, parts: list[str]) -> None:
        parts.append(el.text or "")
        for c in el:
            self._one(c, parts)
            parts.append(c.tail or "")

    def _one(self, c: Any, parts: list[str]) -> None:
        name = local_name(c)
        if not name:
            return
        if name == "footnote" and not self.in_note:
            self.in_note, self.count = True, self.count + 1
            number = self.count
            self.notes.append(f"[{number}] {self.inline(c)}")
            self.in_note = False
            parts.append(f"[{number}]")
        elif name == "xref" and (key := c.get("linkend")) in self.targets:
            label = self.label(key)
            self.budget -= len(label)
            parts.append(label if self.budget >= 0 else "")
        elif name in ("link", "ulink", "uri") and not words(c):
            parts.append(c.get("url") or c.get("{http://www.w3.org/1999/xlink}href") or "")
        elif name not in UNREAD:
            around = " " if name in _BLOCKS else ""  # a cell's paragraphs: words apart
            parts.append(around + ("“" if name == "quote" else ""))
            self._inline(c, parts)
            parts.append(("”" if name == "quote" else "") + around)

    def label(self, key: str) -> str:
        """A cross-reference's text: its target's label, or its title, as the reader sees it."""
        if key not in self.labels:
            target = self.targets[key]
            title = first_child(target, "title")
            label = target.get("xreflabel") or (words(title) if title is not None else "")
            self.labels[key] = label[:_MAX_LABEL]
        return self.labels[key]

    def take_notes(self) -> list[str]:
        notes, self.notes = self.notes, []
        return notes

    def title(self, el: Any) -> str:
        for c in el:
            if local_name(c) == "title":
                return self.inline(c)
            if local_name(c) == "refmeta" and (t := first_child(c, "refentrytitle")) is not None:
                volume = first_child(c, "manvolnum")
                return self.inline(t) + (f"({self.inline(volume)})" if volume is not None else "")
            if _info(c) and (t := first_child(c, "title")) is not None:
                return self.inline(t)
        return ""

    def front(self, el: Any) -> tuple[list[str], list[str]]:
        """The lines under a title (subtitle, authors, dates, release) and its abstract."""
        lines = [self.inline(c) for c in el if local_name(c) == "subtitle"]
        blocks: list[str] = []
        for c in (c for info in el if _info(info) for c in info):
            name = local_name(c)
            if name in ("subtitle", "pubdate", "date", "releaseinfo", "edition"):
                lines.append(self.inline(c))
            elif name in ("author", "editor", "corpauthor", "othercredit", "authorgroup"):
                people = c if name == "authorgroup" else [c]
                lines += [words(p, _NAMES_ONLY, spaced=True) for p in people]
            elif name == "copyright":
                lines.append(f"© {words(c, spaced=True)}")
            elif name in ("abstract", "legalnotice"):
                blocks += self.flow(c, 0, 1)
            elif name == "revhistory":
                blocks.append("\n".join(f"- {w}" for r in c if (w := words(r, spaced=True))))
        return [line for line in lines if line], blocks

    def flow(self, el: Any, level: int, depth: int) -> list[str]:
        """`el`'s content: its text and inline children a paragraph, then any footnotes it
        calls; its block children blocks of their own."""
        blocks: list[str] = []
        parts = [el.text or ""]
        for c in el:
            if (name := local_name(c)) in _BLOCKS:
                blocks += [p] if (p := squash("".join(parts))) else []
                blocks += self.take_notes() + self.block(c, level, depth + 1)
                parts = []
            elif name not in _TITLES and not _info(c):
                self._one(c, parts)
            parts.append(c.tail or "")
        blocks += [p] if (p := squash("".join(parts))) else []
        return blocks + self.take_notes()

    def block(self, el: Any, level: int, depth: int) -> list[str]:
        name = local_name(el)
        if depth > MAX_DEPTH:
            return [w] if (w := self.inline(el)) else []
        if name in _SECTIONS:
            title, (lines, blocks) = self.title(el), self.front(el)
            level += bool(title)
            top = "\n".join([f"{'#' * min(level, 6)} {title}"] * bool(title) + lines)
            return ([top] if top else []) + blocks + self.flow(el, level, depth)
        if name in ("table", "informaltable"):
            caption = [self.inline(c) for c in el if local_name(c) == "caption"]
            rows = table_lines(
                [g for g in el if local_name(g) == "tgroup"] or [el], self.inline, self.room
            )
            titles = [t for t in (self.title(el), *caption) if t]
            return [*titles, "\n".join(rows).strip("\n"), *self.take_notes()]
        if name in _LISTS:
            return self.items(el, level, depth)
        if name in _ENTRIES or name in _ITEMS:
            return ["\n".join(list_item(self.entry(el, level, depth)))]
        if name in _VERBATIM:
            parts: list[str] = []
            raw_text(el, UNREAD, parts)
            lines = textwrap.dedent("".join(parts).expandtabs()).strip("\n").splitlines()
            return ["\n".join(line.rstrip() for line in lines)] if lines else []
        if name == "bridgehead":
            return [f"{'#' * min(level + 1, 6)} {self.inline(el)}"]
        blocks, title = self.flow(el, level, depth), self.title(el)
        if name == "formalpara" and title:
            return [f"**{title}** {blocks[0]}", *blocks[1:]] if blocks else [f"**{title}**"]
        return ([title] if title else []) + blocks  # a note's, an example's, a figure's

    def items(self, el: Any, level: int, depth: int) -> list[str]:
        """A list's items as "- " lines, an item's further lines (a nested list) indented
        under it; a variable list's entries as "term: text"."""
        blocks = [t] if (t := self.title(el)) else []
        lines: list[str] = []
        for c in el:
            if (name := local_name(c)) in _ITEMS or name in _ENTRIES:
                lines += list_item(self.entry(c, level, depth + 1))
            elif name and name not in _TITLES and not _info(c):  # a list's introduction
                blocks += (["\n".join(lines)] if lines else []) + self.block(c, level, depth + 1)
                lines = []
        return blocks + (["\n".join(lines)] if lines else [])

    def entry(self, el: Any, level: int, depth: int) -> list[str]:
        """An item's blocks; an entry's behind its terms ("Overtime: time and a half")."""
        if local_name(el) in _ITEMS:
            return self.flow(el, level, depth)
        terms = ", ".join(self.inline(c) for c in el if local_name(c) in _TERMS)
        kept = [c for c in el if local_name(c) and local_name(c) not in _TERMS | UNREAD]
        body = [b for c in kept for b in self.flow(c, level, depth)]
        if not body:
            return [terms] if terms else []
        return [f"{terms}: {body[0]}" if terms else body[0], *body[1:]]


def is_docbook(root: Any) -> bool:
    if root.tag.startswith(f"{{{_DOCBOOK}}}"):
        return True
    if "docbook" in (root.getroottree().docinfo.public_id or "").lower():
        return True
    if root.tag.startswith("{") or local_name(root) not in _DOCBOOK_ROOTS:
        return False
    names = {local_name(el) for el in root.iter()}
    return bool(names & _DOCBOOK_MARKS) and not names & _HTML_MARKS
