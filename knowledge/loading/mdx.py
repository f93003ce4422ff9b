"""MDX: Markdown with JSX components, as a documentation site writes its pages
("<Callout titre=\"Jamais\">…</Callout>", "<Step titre=\"Préavis\">…</Step>",
"<RateTable rows={[{ usage: \"…\", montant: \"720 000 ₩\" }, …]} />"), read as the Markdown
it renders: a component's title as a line of its own, its text as prose or a list item,
a table its props hold as a Markdown table (so that a row is read with its column
headers), and without the page's `import` and `export` lines, which it does not show.

Only a Markdown file that imports a module, or closes a PascalCase component, is changed;
its code blocks are left as written."""

from __future__ import annotations

import re

from .fields import records_table

# what only MDX writes: an import from a module, or a component (a PascalCase name, not
# an HTML element in capitals) that is closed ("</Callout>") or closes itself ("… />")
_MDX_SIGN = re.compile(
    r"^import\s[^\n]{0,300}\sfrom\s+[\"'][^\"'\n]{1,200}[\"'];?\s*$|"
    r"</[A-Z][a-z]\w{0,60}>|^\s*<[A-Z][a-z]\w{0,60}\b[^<>]{0,4000}/>",
    re.M,
)
_FENCE = re.compile(r"^(```|~~~)[^\n]*\n.*?^\1[ \t]*$", re.M | re.S)
_IMPORT = re.compile(r"^import\s[^\n]{0,300}$\n?", re.M)
_EXPORT = re.compile(
    r"^export\s+(?:const|let|var|default)\b[^\n]*\{[^{}]{0,4000}\}\s*;?\s*$\n?", re.M
)
_TAG = re.compile(
    r"<(?P<close>/)?(?P<name>[A-Z][a-z][\w.]{0,60})(?P<attrs>(?:\s+[\w-]+(?:=(?:\"[^\"]*\"|'[^']*'|"
    r"\{(?:[^{}]|\{[^{}]*\}){0,4000}\}))?)*)\s*(?P<self>/)?>",
    re.S,
)
_TITLE = re.compile(r"\b(?:title|titre|label|heading|name|nom)=(?:\"([^\"]*)\"|'([^']*)')")
_ROWS = re.compile(r"\b\w+=\{\s*\[(?P<items>(?:[^\[\]]|\[[^\[\]]{0,2000}\]){0,20000})\]\s*\}", re.S)
_OBJECT = re.compile(r"\{([^{}]*)\}")
_FIELD = re.compile(
    r"""([A-Za-z_]\w*|"[^"]+"|'[^']+')\s*:\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|-?[\d.]+)"""
)
_MAX_ROWS = 500


def is_mdx(text: str) -> bool:
    return _MDX_SIGN.search(_FENCE.sub("", text)) is not None


def _title(attrs: str) -> str:
    m = _TITLE.search(attrs)
    return (m.group(1) or m.group(2) or "").strip() if m else ""


def _table(attrs: str) -> list[str]:
    """The rows a prop holds as an array of objects, as a Markdown table; [] if none."""
    m = _ROWS.search(attrs)
    if m is None:
        return []
    rows = []
    for obj in _OBJECT.findall(m.group("items"))[:_MAX_ROWS]:
        fields = [(k.strip("\"'"), v.strip("\"'")) for k, v in _FIELD.findall(obj)]
        if fields:
            rows.append(fields)
    return ["", *records_table(rows), ""] if rows else []


def _read(m: re.Match[str]) -> str:
    if m.group("close"):
        return ""
    attrs = m.group("attrs") or ""
    title = _title(attrs)
    table = _table(attrs)
    if table:
        return "\n".join([title, *table] if title else table)
    if m.group("self") or not title:
        return title
    after = m.string[m.end() : m.end() + 1]
    if after in ("\n", "\r", ""):  # a block's title, on a line of its own
        return f"**{title}**\n"  # a paragraph of its own
    before = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()]
    # an item's title before its text: "- Préavis: Vous retirez …"
    return f"- {title}: " if not before.strip() else f"{title}: "


def mdx_text(text: str) -> str:
    """`text` read as the Markdown its MDX renders; unchanged when it is not MDX."""
    if not is_mdx(text):
        return text
    # what a code block shows is left as written ("List<String>")
    fences = [m.span() for m in _FENCE.finditer(text)]
    parts, at = [], 0
    for start, end in fences:
        parts += [
            _TAG.sub(_read, _EXPORT.sub("", _IMPORT.sub("", text[at:start]))),
            text[start:end],
        ]
        at = end
    parts.append(_TAG.sub(_read, _EXPORT.sub("", _IMPORT.sub("", text[at:]))))
    text = "".join(parts)
    lines = [x.strip() if x.lstrip().startswith("- ") else x.rstrip() for x in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
