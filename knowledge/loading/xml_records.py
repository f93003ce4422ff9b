"""Data XML's records, read as a reader would: one line of named fields ("title: Slam
final; start: 19:30; …; url: https://…"), its title first and its links last, without the
keys no reader reads (a GUID, a slug); a record whose fields nest in wrappers ("<Amt><InstdAmt
Ccy="AZN">1180.00</InstdAmt></Amt>", "<Cdtr><Nm>…</Nm></Cdtr>": a payment file's
transaction) as one line too, so that an amount is read with whom it pays and what for; an
element without text as its attributes ("rate: role reader, amount 46.50"). Used by
xml_text.py's reading of XML that is no known format."""

from __future__ import annotations

import re
from typing import Any

from .xml_tree import local_name, squash, words

_MAX_ATTRIBUTES = 32  # an element's, read as a line
_MAX_VALUE = 300  # characters of an attribute's value
_MAX_FIELD = 200  # characters of a text element read as "name: text"
_XINCLUDE = "http://www.w3.org/2001/XInclude"


def attributes(el: Any) -> str:
    """An element's own attributes as a line ("rate: role reader, amount 46.50"); not those
    of a namespace ("xml:lang", "xsi:schemaLocation"), which say how to read it, nor an
    XInclude's, which says what to build it from."""
    if el.tag.startswith(f"{{{_XINCLUDE}}}"):
        return ""
    pairs = [
        f"{name} {squash(value[:_MAX_VALUE])}"
        for name, value in list(el.attrib.items())[:_MAX_ATTRIBUTES]
        if not name.startswith("{") and value.strip() and not _KEY.match(value.strip())
    ]
    return f"{local_name(el)}: {', '.join(pairs)}" if pairs else ""


_RECORD_LEAVES = 16  # fields of a nested record read as one line, at most
_RECORD_CHARS = 600
_WRAPPED = 3  # children of an element inside a record that only wraps fields ("<Cdtr><Nm>")


def nested_record(el: Any, children: list[Any]) -> str | None:
    """A record repeated beside others of its name whose fields nest ("<CdtTrfTxInf>" with
    "<Amt><InstdAmt Ccy="AZN">1180.00</InstdAmt></Amt>" and "<Cdtr><Nm>…</Nm></Cdtr>", a
    payment file's transaction) as one line of its fields, "InstdAmt: 1180.00 AZN; Nm: …",
    so that an amount is read with whom it pays and what for; None for any other element."""
    parent = el.getparent()
    if parent is None or not any(len(c) for c in children):
        return None
    if sum(1 for c in parent if c.tag == el.tag) < 2:
        return None  # not a repeated record
    for d in el.iterdescendants():
        if not isinstance(d.tag, str):
            continue
        if len(d) > _WRAPPED:
            return None  # it holds records of its own ("<day>" of "<event>"s): read apart
        if len(d) and ((d.text or "").strip() or any((c.tail or "").strip() for c in d)):
            return None  # prose with inline markup ("is paid <b>K 640.00</b> a service")
    fields: list[tuple[int, str]] = []
    size = 0
    for leaf in el.iter():
        if not isinstance(leaf.tag, str) or len(leaf) or leaf is el:
            continue
        w = words(leaf, set())
        if not w or _KEY.match(w):
            continue
        values = [  # its unit ("Ccy": "AZN"), not an id ("391")
            squash(v)
            for n, v in leaf.attrib.items()
            if not n.startswith("{") and re.search(r"[^\W\d_]", v) and not _KEY.match(v)
        ]
        name = local_name(leaf)
        rank = _rank(name, w)
        fields.append((rank, f"{name}: {' '.join([w, *values])}"))  # "InstdAmt: 1180.00 AZN"
        size += len(fields[-1][1])
        if len(fields) > _RECORD_LEAVES or size > _RECORD_CHARS:
            return None
    own = [a] if (a := attributes(el)) else []
    return "; ".join([f for _, f in sorted(fields, key=lambda f: f[0])] + own) if fields else None


_TITLE = {"title", "name", "label", "summary", "subject", "heading"}
_LINK = re.compile(r"^(?:https?://|urn:|mailto:)")
# a machine's key, which no reader reads and which repeats a title's words: a GUID, a slug
# ("lebc-winter-2026-1101-national-slam-final")
_KEY = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-|^(?=(?:[0-9-]*[a-z]){4})[a-z0-9]+(?:-[a-z0-9]+){3,}$"
)  # not a phone number or an ISBN ("1-800-555-0199", "978-0-306-40615-7")


def _rank(name: str, text: str) -> int:
    """Where a field goes on its record's line: a title first, a link last."""
    return 0 if name.lower() in _TITLE else 2 if _LINK.match(text) else 1


def fields(children: list[Any]) -> tuple[list[str], list[Any]]:
    """A record's short text fields as "name: text", its title first and links last, keys
    left out, and the children left to read on their own (longer text, nested elements)."""
    fields: list[tuple[int, str]] = []
    rest: list[Any] = []
    for c in children:
        w = words(c, set()) if not len(c) else ""
        if not w or len(w) > _MAX_FIELD:
            rest += [c] if len(c) or w or c.attrib else []
            continue
        name = local_name(c)
        if _KEY.match(w):
            continue
        rank = _rank(name, w)
        fields.append((rank, f"{name}: {w}"))
    return [f for _, f in sorted(fields, key=lambda f: f[0])], rest
