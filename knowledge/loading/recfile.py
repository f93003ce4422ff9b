"""A GNU recutils database (a `.rec` file, or its text under another name) read as the
tables `recsel` prints.

A rec file holds records of "Field: value" lines, blank lines between them, under a
descriptor that names their type ("%rec: Line", "%doc: One payroll line…", "%key:",
"%type:" …). A value goes on over lines that start with "+" ("Note: Standard game fee …" ⏎
"+ fee (clause 3.3)"), or after a line that ends with a backslash, and "#" lines are
comments. Read as text, each comment line was a Markdown heading and each continued value
broke its record in two. Each record type becomes a "## <type>" heading, its %doc a
paragraph and its records one Markdown table, a column per field in the order fields first
appear (a field a record lacks is an empty cell; a field given twice, its values joined by
"; "), so that a row is read and cited with its column names; records before the first
descriptor (recutils allows them, untyped) are a table of their own, without a heading. A
type of more than MAX_COLUMNS fields is no table: each record is a line of its fields
("Line: PY-0101; Item: …"). The comments before the first descriptor are the file's notes
to its reader: they become a paragraph of their text; those after it are notes to its
maintainers (a draft, a figure to check) and are not shown, nor are the other descriptor
lines, which say how to check records.

Only a text with a "%rec:" line whose records are mostly "Field: value" lines is read so.
One pass over the lines, and a table's cells are at most MAX_COLUMNS a record.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .pdf import table_markdown

MAX_COLUMNS = 32  # a type's distinct fields read as a table
_DESCRIPTOR = re.compile(r"^%rec:[ \t]*([A-Za-z][\w-]*)", re.M)
_FIELD = re.compile(r"^([A-Za-z%][\w-]*):(?:[ \t]?(.*))?$")
_SHARE = 0.8  # of a text's record lines that must be fields or continuations


def _value(values: list[list[str]]) -> str:
    return "; ".join(" ".join(p for p in parts if p) for parts in values)


class _Type:
    def __init__(self, name: str) -> None:
        self.name = name  # "" for the records before the first descriptor
        self.doc: list[str] = []
        self.records: list[dict[str, list[list[str]]]] = []
        self.fields: dict[str, None] = {}  # in the order they first appear

    def lines(self) -> list[str]:
        out = [f"## {self.name}", ""] if self.name else []
        if self.doc:
            out += [" ".join(self.doc), ""]
        if self.records and len(self.fields) > MAX_COLUMNS:
            records = ("; ".join(f"{k}: {_value(v)}" for k, v in r.items()) for r in self.records)
            out += [line for r in records for line in (r, "")]
        elif self.records:
            columns = list(self.fields)
            rows = [columns, *([_value(r.get(c, [])) for c in columns] for r in self.records)]
            out += [*table_markdown(rows), ""]
        return out


def _joined(lines: list[str]) -> Iterator[str]:
    """The lines, a value's line that ends with a backslash joined to the next one."""
    pending: list[str] = []
    for line in lines:
        if not pending and line.startswith("#"):
            yield line
        elif line.endswith("\\"):
            pending.append(line[:-1])
        else:
            yield "".join([*pending, line])
            pending = []
    if pending:
        yield "".join(pending)


def _parsed(lines: list[str]) -> tuple[list[str], list[_Type]] | None:
    notes: list[str] = []  # comments before the first type
    types: list[_Type] = []
    typed = False  # a "%rec:" line met
    record: dict[str, list[list[str]]] | None = None
    last: str | None = None  # the field a "+" line continues
    fields = other = 0
    for line in _joined(lines):
        if line.startswith("#"):
            notes += [] if typed else [line.lstrip("#").strip()]
            continue
        if not line.strip():
            record, last = None, None
            continue
        if line.startswith("+") and last is not None:
            target = types[-1].doc if last == "%doc" else None
            more = line[1:].strip()
            if target is not None:
                target.append(more)
            elif record is not None:
                record[last][-1].append(more)
            fields += 1
            continue
        m = _FIELD.match(line)
        if m is None:
            other += 1
            continue
        fields += 1
        key, value = m.group(1), (m.group(2) or "").strip()
        if key == "%rec":
            types.append(_Type(value.split()[0] if value else "records"))
            typed, record, last = True, None, None
        elif key == "%doc" and typed:
            types[-1].doc.append(value)
            last = "%doc"
        elif key.startswith("%"):
            last = None  # a check: not shown
        else:
            if not types:  # untyped records, before the first descriptor
                types.append(_Type(""))
            if record is None:
                record = {}
                types[-1].records.append(record)
            record.setdefault(key, []).append([value])
            types[-1].fields.setdefault(key)
            last = key
    if not typed or fields < _SHARE * (fields + other):
        return None
    return notes, types


def rec_text(text: str) -> str:
    """`text` read as its record types' tables when it is a recutils database; else
    unchanged."""
    if "%rec:" not in text or _DESCRIPTOR.search(text) is None:
        return text
    parsed = _parsed(text.splitlines())
    if parsed is None:
        return text
    notes, types = parsed
    out = [" ".join(n for n in notes if n), ""] if any(notes) else []
    for kind in types:
        out += kind.lines()
    return "\n".join(out).rstrip() + "\n"
