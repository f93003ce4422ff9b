"""A custom element's declarative shadow root, composed as a browser shows it: a page may
write `<mm-offer><template shadowrootmode="open">…<slot name="price"></slot>…</template>
<span slot="price">K640.00</span><h3 slot="title">…</h3><p>…</p></mm-offer>`. A reader sees
the template's layout with each light child in the slot it names (the others, text
included, in the unnamed slot), and a slot nothing is assigned to shows its own fallback.
Text extraction, which knows nothing of shadow roots, drops the template, and with it the
order, and may drop the slotted spans: the price of an offer is lost.

Only a page that has a `shadowrootmode` (or the older `shadowroot`) attribute is parsed
(lxml's HTML parser, which reaches no network) and written again; any other is returned as
it is. Templates are composed innermost first, at most MAX_ROOTS of them, each once, so the
cost stays linear in the page.
"""

from __future__ import annotations

import re
from typing import Any

_MARK = re.compile(r"<template\b[^<>]{0,2000}\bshadowroot(?:mode)?\s*=", re.I)
MAX_ROOTS = 2_000
_BLOCKS = set(
    "address article aside blockquote details dialog div dl fieldset figure footer form h1 h2 "
    "h3 h4 h5 h6 header hr li main nav ol p pre section table ul".split()
)


def composed(html: str) -> str:
    """`html` with each declarative shadow root filled with its host's children."""
    if not _MARK.search(html):
        return html
    import lxml.html
    from lxml import etree

    try:
        doc = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    roots = [
        t
        for t in doc.iter("template")
        if t.get("shadowrootmode") is not None or t.get("shadowroot") is not None
    ][:MAX_ROOTS]
    if not roots:
        return html
    for template in reversed(roots):  # the innermost (latest opened) first
        host = template.getparent()
        if host is not None:
            _compose(host, template)
    doctype = doc.getroottree().docinfo.doctype
    body = lxml.html.tostring(doc, encoding="unicode")
    return f"{doctype}\n{body}" if doctype else body


def _compose(host: Any, template: Any) -> None:
    """`host`'s content becomes `template`'s, its slots holding what the host assigns them."""
    assigned: dict[str, list[Any]] = {}  # a slot's name ("" unnamed): elements and texts
    unnamed = assigned.setdefault("", [])
    if (host.text or "").strip():
        unnamed.append(host.text)
    for child in list(host):
        tail, child.tail = child.tail, None
        if child is not template and isinstance(child.tag, str):
            assigned.setdefault(child.get("slot") or "", []).append(child)
        if tail and tail.strip():
            unnamed.append(tail)
        host.remove(child)
    host.text = template.text
    for slot in list(template.iter("slot")):
        pieces = assigned.pop(slot.get("name") or "", None)
        if pieces:  # what is assigned replaces the slot's fallback
            for c in list(slot):
                slot.remove(c)
            slot.text = None
            _fill(slot, pieces)
        shown = pieces or list(slot)
        block = any(not isinstance(p, str) and p.tag in _BLOCKS for p in shown)
        slot.tag = "div" if block else "span"
        for name in ("name", "slot"):
            slot.attrib.pop(name, None)
    for child in list(template):
        host.append(child)  # its tail goes with it


def _fill(slot: Any, pieces: list[Any]) -> None:
    """`pieces` (elements, and texts between them) as `slot`'s content, in their order."""
    last = None
    for piece in pieces:
        if isinstance(piece, str):
            if last is None:
                slot.text = (slot.text or "") + piece
            else:
                last.tail = (last.tail or "") + piece
        else:
            slot.append(piece)
            last = piece
