"""The values filled into a PDF form's text fields, as lines of the page they are on.

A signed agreement or a timesheet often carries its date of signature, a name or a
figure in an AcroForm field ("date_of_signature" = "15/09/2026" beside the printed "Date
of signature:"); no text extractor puts a field's value in the page's text. Each text
field with a value becomes a line "Date of signature: 15/09/2026", named by the field's
tooltip (/TU), else its name with its underscores as spaces. Comments and sticky notes are
not read: they are remarks on the text, not the text. At most _MAX_FIELDS a page, each
value cut to _MAX_CHARS: a hostile form costs little.
"""

from __future__ import annotations

from typing import Any

_MAX_FIELDS = 50
_MAX_CHARS = 200
_HIDDEN = 2 | 32  # annotation flags Hidden and NoView


def _inherited(widget: Any, key: str) -> Any:
    """A field's entry, from the widget or the field it belongs to (/Parent)."""
    node, depth = widget, 0
    while node is not None and depth < 8:
        if key in node:
            return node[key]
        node = node.get("/Parent")
        node = node.get_object() if node is not None else None
        depth += 1
    return None


def field_lines(page: Any) -> list[str]:
    """The page's filled-in text fields, one line each ("Date of signature: 15/09/2026");
    hidden fields and annotations that cannot be read are passed over."""
    from pypdf.generic import DictionaryObject

    out: list[str] = []
    try:
        annotations = list(page.get("/Annots") or [])[: _MAX_FIELDS * 4]
    except Exception:  # a broken form is no reason to lose the page's text
        return out
    for ref in annotations:
        try:
            widget = ref.get_object()
            if not isinstance(widget, DictionaryObject) or widget.get("/Subtype") != "/Widget":
                continue
            if int(widget.get("/F", 0)) & _HIDDEN or _inherited(widget, "/FT") != "/Tx":
                continue
            value = " ".join(str(_inherited(widget, "/V") or "").split())[:_MAX_CHARS]
            name = _inherited(widget, "/TU") or _inherited(widget, "/T")
            label = " ".join(str(name or "").replace("_", " ").split())[:_MAX_CHARS]
        except Exception:
            continue
        if value and label:
            out.append(f"{label[:1].upper()}{label[1:]}: {value}")
            if len(out) >= _MAX_FIELDS:
                break
    return out
