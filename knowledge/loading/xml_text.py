"""A text file that holds an XML document is read as the Markdown the rest of loading reads,
the text a reader of its rendered form sees: DocBook 4 or 5 (docbook.py: its title page's
lines, its sections as headings, paragraphs, lists, "term: text" entries, notes, listings,
footnotes after their paragraph, CALS or HTML tables as Markdown tables, so that a row is
read and cited with its column headers), an OPML outline (a nested list, dated by its
"Created" and "Modified" lines), an Akoma Ntoso document (akoma_ntoso.py: a statute,
contract or amendment as its headed parts, its metadata left out), an RSS 2.0, RSS 1.0
or Atom feed (its items as headings over their date and their text, their escaped HTML as
lines), and any other XML that
declares itself ("<?xml …?>") as its elements' text, a line each (an element whose data
is in its attributes as "rate: role reader, amount 46.50"). Comments are not read (a
draft's rejected figure is not the figure agreed), nor index terms, remarks, outlines
marked as comments, a known format's attributes or a feed's links. The elements' words,
entities and tables are read by xml_tree.py.

Only a file that starts with an XML declaration, a doctype, a comment or a root tag and
parses as well-formed XML is changed; XHTML and HTML fragments are left as they are. The
parser loads no DTD, reads no file and reaches no network; an entity the file's internal
DTD declares is expanded by xml_tree.py (at most as many characters as the file has), one
that HTML names gives its character, any other (an external one) is left out. libxml2
refuses a document nested over 256 levels, a file over 2 MB is not parsed, and past 32
levels an element is read as its words only, so that every pass is linear."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .akoma_ntoso import akoma_lines, is_akoma_ntoso
from .docbook import DocBook, is_docbook
from .spreadsheetml import is_workbook, workbook_lines
from .xml_records import attributes, fields, nested_record
from .xml_tree import (
    MAX_DEPTH,
    TableRoom,
    expand_entities,
    first_child,
    local_name,
    squash,
    table_lines,
    words,
)

_START = re.compile(r"\A\ufeff?\s*(?:<\?xml\s|<!DOCTYPE\s|<!--|<[A-Za-z_][\w.:-]*[\s/>])")
_DECLARATION = re.compile(r"\A\ufeff?\s*<\?xml\s[^<>]{0,300}\?>")
# no entity expanded, no DTD loaded, no network; libxml2 then refuses nesting past 256 levels
_SAFE = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_SAFE |= dict(remove_comments=True, remove_pis=True)
_MAX_CHARS = 2_000_000
_XHTML = "http://www.w3.org/1999/xhtml"
_HTML_ROOTS = set("html head body div p span table ul ol main".split())
_HTML_BLOCKS = set(
    "html body p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote pre table section "
    "article header footer figure figcaption hr address center".split()
)
_HTML_DROPPED = {"script", "style", "head", "template", "noscript", "iframe", "object"}
_HTML_JOINED = {"li", "br", "dt", "dd"}  # lines without a blank line after them


def _html_lines(el: Any, out: list[str], room: TableRoom, depth: int = 0) -> None:
    """An HTML element's text as lines: a paragraph, a heading or a list item (with its
    "- ") a line each, a blank line after a paragraph, a table as a Markdown table."""
    pieces = [el.text or ""]
    for child in el:
        name = local_name(child).lower()
        if name in _HTML_BLOCKS and depth < MAX_DEPTH:
            out += [line] if (line := squash("".join(pieces))) else []
            pieces, start = [], len(out)
            if name == "table":
                caption = first_child(child, "caption")
                out += [words(caption)] if caption is not None else []
                out += table_lines([child], words, room)
            else:
                _html_lines(child, out, room, depth + 1)
            if name == "li" and len(out) > start:
                out[start] = "- " + out[start]
            out += [] if name in _HTML_JOINED else [""]
        elif name and name not in _HTML_DROPPED and name != "img":
            pieces.append(words(child, _HTML_DROPPED))
        pieces.append(child.tail or "")
    out += [line] if (line := squash("".join(pieces))) else []


def _html_text(s: str, room: TableRoom) -> list[str]:
    """Escaped or CDATA HTML as lines; text without markup as its paragraphs."""
    if "<" not in s and "&" not in s:
        return [p for p in map(squash, re.split(r"\n[ \t\r]*\n", s)) if p]
    parser = etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        page = etree.fromstring(f"<div>{s}</div>", parser)
    except (etree.XMLSyntaxError, ValueError):
        page = None
    out: list[str] = []
    _html_lines(page, out, room) if page is not None else out.append(squash(s))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n").split("\n")


def _feed_text(el: Any, room: TableRoom) -> list[str]:
    """A feed's text: escaped HTML, an Atom "xhtml" <div>, or plain text, as lines."""
    if el is None:
        return []
    out: list[str] = []
    if len(el) and isinstance(el[0].tag, str):
        _html_lines(el, out, room)
        return out
    return _html_text(el.text or "", room)


def _feed(root: Any, room: TableRoom) -> list[str]:
    """A feed's title and description, then each item's title, date, author and text."""
    channel = first_child(root, "channel") if local_name(root) != "feed" else root
    title = " ".join(_feed_text(first_child(channel, "title"), room))
    out = [
        f"# {title}" if title else "",
        "",
        *_feed_text(first_child(channel, "description", "subtitle"), room),
    ]
    items = [
        c for h in (root, channel) if h is not None for c in h if local_name(c) in ("item", "entry")
    ]
    for item in items:
        title = " ".join(_feed_text(first_child(item, "title"), room))
        out += ["", f"## {title}" if title else ""]
        for names in (("pubDate", "published", "date", "updated"), ("author", "creator")):
            if (found := first_child(item, *names)) is not None:
                name = first_child(found, "name")  # an Atom author's
                out.append(words(found if name is None else name))
        out += [
            "",
            *_feed_text(first_child(item, "encoded", "content", "description", "summary"), room),
        ]
    return out


def _opml(root: Any, room: TableRoom) -> list[str]:
    """An outline's title and dates, then its outlines as a nested list."""
    head = first_child(root, "head")
    title = first_child(head, "title")
    out = [f"# {words(title)}"] if title is not None else []
    for name, label in (("dateCreated", "Created"), ("dateModified", "Modified")):
        out += [f"{label}: {words(d)}"] if (d := first_child(head, name)) is not None else []
    out.append("")

    def outline(el: Any, depth: int) -> None:
        for o in el:
            if local_name(o) != "outline" or o.get("isComment", "").lower() == "true":
                continue  # a commented outline, and those under it, are not read
            indent = "  " * min(depth, MAX_DEPTH)
            lines = _html_text(o.get("text") or o.get("title") or "", room)
            if text := " ".join(line for line in lines if line):
                created = f" (created {c})" if (c := o.get("created")) else ""
                out.append(f"{indent}- {text}{created}")
            out.extend(f"{indent}  {n}" for n in _html_text(o.get("_note") or "", room) if n)
            outline(o, depth + 1)

    outline(first_child(root, "body"), 0)
    return out


def _parse(text: str) -> tuple[Any, bool] | None:
    """The document's root, and whether it declares itself XML; None when it is not XML."""
    if len(text) > _MAX_CHARS or not _START.match(text):
        return None
    declared = _DECLARATION.match(text)
    body = text[declared.end() if declared else 0 :].lstrip("\ufeff")
    try:
        return etree.fromstring(body.encode("utf-8"), etree.XMLParser(**_SAFE)), bool(declared)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _generic(el: Any, out: list[str], depth: int = 0) -> None:
    """An element's text as a line, or, when it holds only elements, theirs, with a blank
    line after each that holds elements; an element without text, its attributes. A
    record (elements of different names: "<start>19:30</start><title>…</title>") is one
    line of its short fields by name, its title first and its links last, without the
    keys no reader reads (a GUID, a slug): "title: Slam final; start: 19:30; …; url:
    https://…"; its longer text after."""
    mixed = (el.text or "").strip() or any((c.tail or "").strip() for c in el)
    if mixed or not len(el) or depth >= MAX_DEPTH:
        w = words(el, set())
        out += [w] if w else []
        out += [a] if not w and (a := attributes(el)) else []
        return
    children = [c for c in el if isinstance(c.tag, str)]
    if (line := nested_record(el, children)) is not None:
        out += [line, ""]
        return
    rest = children
    leaves = [local_name(c) for c in children if not len(c)]
    # fields, each named once: not a list of like items, nor prose ("<para>" after "<para>")
    if len(set(leaves)) > 1 and len(set(leaves)) == len(leaves):
        named, rest = fields(children)
        if named:
            out += ["; ".join([*named, *filter(None, [attributes(el)])]), ""]
        elif a := attributes(el):
            out += [a, ""]
    elif a := attributes(el):
        out += [a, ""]
    for c in rest:
        _generic(c, out, depth + 1)
        out += [""] if len(c) else []


def xml_text(text: str) -> str:
    """`text` read as Markdown when it is an XML document (DocBook, OPML, a feed, or XML
    that declares itself); else unchanged."""
    parsed = _parse(text)
    if parsed is None:
        return text
    root, declared = parsed
    name = local_name(root)
    if not name or root.tag.startswith(f"{{{_XHTML}}}") or name.lower() in _HTML_ROOTS:
        return text
    expand_entities(root, len(text))
    lines: list[str] = []
    room = TableRoom()  # the table rows still to read as tables, the cells to copy
    if name == "opml" and first_child(root, "body") is not None:
        lines = _opml(root, room)
    elif (
        name in ("rss", "RDF", "feed") and first_child(root, "channel", "item", "entry") is not None
    ):
        lines = _feed(root, room)
    elif is_docbook(root):
        lines = ["\n\n".join(DocBook(root, room, len(text)).block(root, 0, 0))]
    elif is_workbook(root):
        lines = workbook_lines(root, room)
    elif is_akoma_ntoso(root):
        lines = akoma_lines(root, room)
    elif declared:
        _generic(root, lines)
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in lines)).strip("\n")
    return out + ("\n" if text.endswith("\n") else "") if out.strip("# \n") else text
