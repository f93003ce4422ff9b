"""A text file written in reStructuredText is read, by docutils, as the Markdown the rest of
loading reads.

An agreement's memorandum kept in a documentation repository writes its figures once, as
substitutions (".. |VCR| replace:: 44,500.00" and "paid |VCR| an hour"), keeps a rejected
draft in a comment (".. Draft of 12 November: 46,000.00 an hour"), and sums up its changes
in a ".. list-table::". Read as plain text, the paragraph said "|VCR|", the draft's figure
read as an agreed one, and the table was a list of "* - " lines. docutils parses the
markup as any rST tool does: substitutions are resolved, comments and targets dropped,
sections become headings, tables (grid, simple, list and CSV) Markdown tables with their
headers, field lists "Name: value" lines and admonitions "Note: …" paragraphs.

Only a file with an rST directive, substitution or target (".. name::", ".. |x| replace::",
".. _name:") and a section title's adornment or a field list is read so. docutils runs with
file insertion and raw passthrough disabled (".. include:: /etc/passwd" reads nothing) and
its reports silenced; a text it cannot parse, or longer than MAX_CHARS, is left as it is.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import Any

from .pdf import headed_markdown

MAX_CHARS = 200_000  # docutils reads about 50 KB a second
MAX_EXPLICIT = 2_000  # ".. " lines: targets cost docutils the square of their number
_EXPLICIT_LINE = re.compile(r"^\.\.[ \t]", re.M)
_SPHINX = (
    "versionadded versionchanged deprecated seealso glossary only tabs tab hlist centered "
    "index tabularcolumns productionlist"
).split()
_EXPLICIT = re.compile(
    r"^\.\.[ \t]+(?:\|[^|\n]{1,80}\|[ \t]+[\w-]+::|[\w-]+::|_[^:\n]{1,80}:)", re.M
)
_ADORNMENT = re.compile(r"^([=\-~^\"'*+#`:.])\1{2,}[ \t]*$")
_FIELD = re.compile(r"^:[^:\s][^:\n]{0,60}:[ \t]+\S", re.M)
_SETTINGS = {
    "report_level": 5,
    "halt_level": 5,
    "warning_stream": False,
    "file_insertion_enabled": False,
    "raw_enabled": False,
    "_disable_config": True,
    "docinfo_xform": False,
    "sectsubtitle_xform": False,
    "syntax_highlight": "none",
    "input_encoding": "unicode",
}
_LABELS = {"term", "classifier", "field_name", "option_group"}
_ADMONITIONS = {"note", "warning", "important", "tip", "hint", "caution", "danger", "attention"}
_SKIPPED = {"comment", "substitution_definition", "target", "system_message", "pending"}
_SKIPPED |= {"transition", "raw", "image"}


def _titled(lines: list[str]) -> bool:
    """Whether a line of text sits right over an adornment at least as long as it."""
    return any(
        _ADORNMENT.match(below) and prev.strip() and len(below.rstrip()) >= len(prev.rstrip())
        for prev, below in pairwise(lines)
        if not _ADORNMENT.match(prev)
    )


def is_rst(text: str) -> bool:
    if not _EXPLICIT.search(text):
        return False
    return bool(_FIELD.search(text)) or _titled(text.splitlines())


def _flat(node: Any) -> str:
    return " ".join(node.astext().split())


def _table(node: Any) -> list[str]:
    rows: list[list[str]] = []
    header: list[str] | None = None
    for part in node.findall(lambda n: n.tagname in {"thead", "tbody"}):
        for row in part.children:
            cells = [_flat(entry) for entry in row.children if entry.tagname == "entry"]
            if part.tagname == "thead" and header is None:
                header = cells
            else:
                rows.append(cells)
    if not rows and header is None:
        return []
    lines = headed_markdown([header, *rows] if header else rows, bool(header))
    title = next((c for c in node.children if c.tagname == "title"), None)
    return ([_flat(title)] if title is not None else []) + lines


def _blocks(node: Any, depth: int) -> list[str]:
    """The node's children as Markdown blocks (each a string of lines)."""
    out: list[str] = []
    for child in node.children:
        out += _block(child, depth)
    return out


def _block(node: Any, depth: int) -> list[str]:
    tag = node.tagname
    if tag in _SKIPPED or (tag == "topic" and "contents" in node.get("classes", [])):
        return []
    if tag == "section":
        return _blocks(node, depth + 1)
    if tag in {"title", "subtitle"}:
        level = depth + (tag == "subtitle")
        return [f"{'#' * max(1, min(level, 6))} {_flat(node)}"]
    if tag in {"paragraph", "line_block", "rubric", "attribution"}:
        return [node.astext()]
    if tag in {"literal_block", "doctest_block"}:
        return [node.astext()]
    if tag == "table":
        return ["\n".join(_table(node))] if _table(node) else [node.astext()]
    if tag in {"bullet_list", "enumerated_list"}:
        mark = "-" if tag == "bullet_list" else "1."
        return ["\n".join(f"{mark} {_flat(item)}" for item in node.children)]
    if tag in {"definition_list", "field_list", "option_list"}:
        # "Cachet de base : 450,00 $" is a term and its classifier: both are its label
        pairs = []
        for item in node.children:
            named = [c for c in item.children if c.tagname in _LABELS]
            label = " : ".join(_flat(c) for c in named)
            said = " ".join(_flat(c) for c in item.children if c.tagname not in _LABELS)
            pairs.append(f"{label}: {said}" if label and said else label or said)
        return ["\n".join(pairs)]
    if tag in _ADMONITIONS or tag == "admonition":
        inside = [c for c in node.children if c.tagname != "title"]
        body = " ".join(b for c in inside for b in _block(c, depth))
        title = next((_flat(c) for c in node.children if c.tagname == "title"), "")
        return [f"{title or tag.capitalize()}: {' '.join(body.split())}"]
    if tag in {"footnote", "citation"}:
        label = next((_flat(c) for c in node.children if c.tagname == "label"), "")
        body = " ".join(_flat(c) for c in node.children if c.tagname != "label")
        return [f"[{label}] {body}"]
    children = getattr(node, "children", [])
    if children and all(c.tagname != "#text" for c in children):
        return _blocks(node, depth)  # a container: a block quote, a topic, a figure…
    return [node.astext()] if node.astext().strip() else []


@cache  # docutils' registry is the process's: once is enough
def _passed_through() -> None:
    """Sphinx's directives, unknown to docutils, read as the text they hold (".. versionadded::
    2.0" then "The overtime rate is 1.5x."): else their content was dropped with them."""
    from docutils import nodes
    from docutils.parsers.rst import Directive, directives

    class Passthrough(Directive):
        optional_arguments = 1
        final_argument_whitespace = True
        has_content = True
        option_spec = None  # any option is accepted, and none is read

        def run(self) -> list[Any]:
            box = nodes.container()
            if self.arguments:
                box += nodes.paragraph(text=self.arguments[0])
            self.state.nested_parse(self.content, self.content_offset, box)
            return [box]

    for name in _SPHINX:
        directives.register_directive(name, Passthrough)


def rst_text(text: str) -> str:
    """`text` read as Markdown when it is reStructuredText; else unchanged."""
    if len(text) > MAX_CHARS or not is_rst(text):
        return text
    if len(_EXPLICIT_LINE.findall(text)) > MAX_EXPLICIT:
        return text  # docutils' transforms cost the square of a file's targets
    from docutils.core import publish_doctree

    _passed_through()
    try:
        tree = publish_doctree(text, settings_overrides=_SETTINGS)
    except Exception:  # any parser failure leaves the text as it was
        return text
    blocks = [b for b in _blocks(tree, 1) if b.strip()]
    return "\n\n".join(blocks) + "\n" if blocks else text
