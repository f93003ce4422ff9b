"""A GNU recutils database (a `.rec` file, or its text under another name) read as the
tables `recsel` prints.

A rec file holds records of "Field: value" lines, blank lines between them, under a
descriptor that names their type ("%rec: Line", "%doc: One payroll line…", "%key:",
"%type:" …). A value goes on over lines that start with "+" ("Note: Standard game fee …" ⏎
"+ fee (clause 3.3)"), and "#" lines are comments. Read as text, each comment line was a
Markdown heading and each continued value broke its record in two. Each record type
becomes a "## <type>" heading, its %doc a paragraph and its records one Markdown table, a
column per field in the order fields first appear (a field a record lacks is an empty
cell; a field given twice, its values joined by "; "), so that a row is read and cited
with its column names. The comments are the file's notes to its reader: they become a
paragraph of their text. The other descriptor lines say how to check records and are not
shown.

Only a text with a "%rec:" line whose records are mostly "Field: value" lines is read so.
One pass over the lines.
"""

from __future__ import annotations

import re

from .pdf import table_markdown

_DESCRIPTOR = re.compile(r"^%rec:[ \t]*([A-Za-z][\w-]*)", re.M)
_FIELD = re.compile(r"^([A-Za-z%][\w-]*):(?:[ \t]?(.*))?$")
_SHARE = 0.8  # of a text's record lines that must be fields or continuations


def _value(values: list[list[str]]) -> str:
    return "; ".join(" ".join(p for p in parts if p) for parts in values)


class _Type:
    def __init__(self, name: str) -> None:
        self.name = name
        self.doc: list[str] = []
        self.records: list[dict[str, list[list[str]]]] = []

    def lines(self) -> list[str]:
        out = [f"## {self.name}", ""]
        if self.doc:
            out += [" ".join(self.doc), ""]
        if self.records:
            columns = list(dict.fromkeys(k for r in self.records for k in r))
            rows = [columns, *([_value(r.get(c, [])) for c in columns] for r in self.records)]
            out += [*table_markdown(rows), ""]
        return out


def _parsed(lines: list[str]) -> tuple[list[str], list[_Type]] | None:
    notes: list[str] = []  # comments before the first type
    types: list[_Type] = []
    record: dict[str, list[list[str]]] | None = None
    last: str | None = None  # the field a "+" line continues
    fields = other = 0
    for line in lines:
        if line.startswith("#"):
            (types[-1].doc if types else notes).append(line.lstrip("#").strip())
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
            record, last = None, None
        elif key == "%doc" and types:
            types[-1].doc.append(value)
            last = "%doc"
        elif key.startswith("%"):
            last = None  # a check: not shown
        elif types:
            if record is None:
                record = {}
                types[-1].records.append(record)
            record.setdefault(key, []).append([value])
            last = key
    if not types or fields < _SHARE * (fields + other):
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
