"""The structure of the indexed documents, read from their chunks: their tables
(tables.py), and the sections that a passage refers to by name ("Schedule A",
"Article 6", "Side Letter No. 4"), the clauses a document says it amends, and the rows
other documents name by code.

Built once per index generation, on first use, from the chunks' text and headings.
"""

from __future__ import annotations

import re

from .amended import amended_clauses
from .generation import ChunkRecord
from .pay_calendar import is_calendar
from .ratification import ratifying
from .tables import Tables


def same_parent(a: str, b: str, title: str) -> bool:
    """Whether two heading paths ("2. Fees > 2.1 …") are clauses of one section (the
    document's title is not a section: its parts are not each other's clauses)."""
    pa, _, _ = a.rpartition(" > ")
    pb, _, _ = b.rpartition(" > ")
    return bool(pa) and pa == pb and pa != title


# "Schedule A", "Article 16", "Side Letter No. 4", "l'annexe B", "Lettre d'entente no 4"
_REFERENCE = re.compile(
    r"\b(article|section|schedule|annex|annexe|appendix|exhibit|side letter|"
    r"lettre d'entente|letter of (?:agreement|understanding))"
    r"(?:\s+no\.?)?\s+(\d+[a-z]?|[a-z])\b(?![.,]\d)",  # not "Article 6.4"'s clause number
    re.I,
)
# A numbered clause of the same document: "clause 2.2", "Article 6.4", "section 4.1(b)"
_CLAUSE_REFERENCE = re.compile(
    r"\b(?:clause|article|section|paragraph|para\.|cl\.|§|alinéa|paragraphe)\s*"
    r"(\d+(?:\.\d+)+)(?![.,]?\d)",
    re.I,
)
# A heading that numbers a whole clause ("9. Weather days", "17. Synthetic models"), and
# a reference to one by the word "clause" ("Weather day, outdoor shoot (clause 9)")
_WHOLE_CLAUSE = re.compile(r"(\d{1,3})\.\s+[A-ZÀ-Ý][^\d]")
_WHOLE_REFERENCE = re.compile(r"\bclauses?\s+(\d{1,3})(?![.,]?\d)", re.I)
# A clause that opens with its number: "2.2 Minimum session fee", "**6.4** The hourly
# rate", "§ 8.1 An artist is given …"
# "9.2 Minimum fee", "**6.4** The hourly rate", "Cl. 17.4 The producer gives …" (an
# abbreviated clause word opens a clause, unless "of the Agreement" follows: a citation;
# a whole one may open a sentence citing it)
_CLAUSE_START = re.compile(
    r"^[\s#*]*(?:§\s?|(?:Cl|Art|Sec)\.\s?)?(\d+(?:\.\d+)+)\.?(?:\*\*)?\s"
    # "Art. 17.4 of the Agreement is replaced": a citation ("4.1 Des pauses …" opens one)
    r"(?!\s*(?-i:of|de|du|des)\b)",
    re.MULTILINE | re.IGNORECASE,
)
CLAUSE = "clause"  # the kind of key of a numbered clause, found in its own document only
ROW = "row"  # the kind of key of a table row's code ("A-3", "B-12")
_ROW_CODE = re.compile(r"\b[A-Z]{1,2}-\d{1,3}\b(?![.,]?\d)")
_MAX_REFERENCED = 400  # chunks of the referenced sections compared with a question


def _references(text: str) -> list[tuple[str, str]]:
    """The references in `text`, in order, as (kind, identifier) in lower case; a row
    code its prose names ("Hosts and presenters (A-3, A-4). Paid per hour …") is one to
    the table row with that code."""
    keys = [(m.group(1).lower(), m.group(2).lower()) for m in _REFERENCE.finditer(text)]
    keys += [(CLAUSE, m.group(1)) for m in _CLAUSE_REFERENCE.finditer(text)]
    keys += [(CLAUSE, m.group(1)) for m in _WHOLE_REFERENCE.finditer(text)]
    prose = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("|"))
    keys += [(ROW, row_key(m.group(0))) for m in _ROW_CODE.finditer(prose)]
    return list(dict.fromkeys(keys))


def _row_codes(text: str) -> set[tuple[str, str]]:
    """The codes of a chunk's table rows, in their first two cells ("| A-3 | Radio host
    …", "| Tier B | B-5 | …")."""
    found: set[tuple[str, str]] = set()
    for line in text.splitlines():
        line = line.strip()
        if not (line.startswith("|") and line.endswith("|")):
            continue
        for cell in line.strip("|").split("|")[:2]:
            if _ROW_CODE.fullmatch(cell.strip().strip("*")):
                found.add((ROW, row_key(cell.strip().strip("*"))))
    return found


def row_key(code: str) -> str:
    """A row code as the structure keys it: "W-2" and "W2" are "w2"."""
    return code.replace("-", "").lower()


def clause_at(text: str, at: int) -> str | None:
    """The number of the clause `text` is in at character `at`: the last one opened
    before it ("14.3 Notice before a scan. (a) …")."""
    found = None
    for m in _CLAUSE_START.finditer(text):
        if m.start() > at:
            break
        found = m.group(1)
    return found


def _section_key(segment: str) -> tuple[str, str] | None:
    """The reference a heading opens with ("Schedule A — Wage Schedule", "2.2 Minimum
    fee"), if any."""
    segment = segment.lstrip("#* ").strip()
    m = _REFERENCE.match(segment)
    if m:
        return (m.group(1).lower(), m.group(2).lower())
    m = _CLAUSE_START.match(f"{segment} ")
    if m:
        return (CLAUSE, m.group(1))
    m = _WHOLE_CLAUSE.match(segment)  # "9. Weather days": the whole of clause 9
    return (CLAUSE, m.group(1)) if m else None


class Structure:
    """A generation's tables and the sections its documents name."""

    def __init__(self, records: list[ChunkRecord]):
        self.tables = Tables(records)
        # (kind, identifier) → source → the rows of the section with that heading, in order
        self.sections: dict[tuple[str, str], dict[str, list[int]]] = {}
        # clause number → source → the rows of that document saying they replace it
        self.amending: dict[str, dict[str, list[int]]] = {}
        # a table row's code → source → the rows whose prose names it ("ligne R-2")
        self.naming_row: dict[tuple[str, str], dict[str, list[int]]] = {}
        self.numbered: set[str] = set()  # the documents with numbered clauses ("9.2 …")
        self.ratifying: list[int] = []  # the rows dating a ratification (ratified.py)
        self.pay_calendars: list[int] = []  # the rows giving pay periods (pay_calendar.py)
        for row, rec in enumerate(records):
            if ratifying(rec.text):
                self.ratifying.append(row)
            if is_calendar(rec.text):
                self.pay_calendars.append(row)
            for number in amended_clauses(rec.text):
                self.amending.setdefault(number, {}).setdefault(rec.source, []).append(row)
            heading = str(rec.metadata.get("heading", ""))
            for named in _references(f"{heading}\n{rec.text}"):  # its heading's too
                if named[0] == ROW:
                    self.naming_row.setdefault(named, {}).setdefault(rec.source, []).append(row)
            title = str(rec.metadata.get("title", ""))
            segments = {title, *heading.split(" > ")}
            keys = {key for s in segments if s and (key := _section_key(s)) is not None}
            # and the numbered clauses the chunk holds ("**6.4** The hourly rate is …")
            numbers = [m.group(1) for m in _CLAUSE_START.finditer(rec.text)]
            keys |= {(CLAUSE, n) for n in numbers}
            keys |= {(CLAUSE, n.split(".")[0]) for n in numbers}  # "9.2" is part of clause 9
            keys |= _row_codes(rec.text)  # and the codes of its table rows
            if numbers:
                self.numbered.add(rec.source)
            for key in keys:  # a set: each key once for this row
                self.sections.setdefault(key, {}).setdefault(rec.source, []).append(row)

    def naming_rows(self, text: str, source: str) -> list[int]:
        """The rows of other documents whose prose names one of the table rows in `text`
        by its code: a protocol changing row R-2's fee, a clause saying how it is paid."""
        found = [
            row
            for key in sorted(_row_codes(text))
            for other, rows in sorted(self.naming_row.get(key, {}).items())
            if other != source
            for row in rows
        ]
        return list(dict.fromkeys(found))

    def referenced(
        self, text: str, source: str, heading: str, rows_only: bool = False
    ) -> list[int]:
        """The rows of the sections `text` refers to (in a passage of `source` under
        `heading`), each in `source` if it has one, else in every document that has it:
        at most _MAX_REFERENCED rows. A passage's reference to its own section is not
        followed. With `rows_only`, only the chunks of the table rows it names by code
        ("row D-11")."""
        own = {_section_key(s) for s in heading.split(" > ")}
        out: dict[int, None] = {}  # rows, in order, once each
        for key in _references(text):
            if rows_only and key[0] != ROW:
                continue
            found = self.sections.get(key)
            if not found or key in own:
                continue
            # "clause 2.2" is a clause of the document that says it; a document with no
            # numbered clauses (a rate schedule's "(clause 9)") means the one that has it
            elsewhere = len(found) > 1 or source in self.numbered
            if key[0] == CLAUSE and source not in found and elsewhere:
                continue
            for s in [source] if source in found else sorted(found):
                out.update(dict.fromkeys(found[s]))
            if len(out) >= _MAX_REFERENCED:
                break
        return list(out)[:_MAX_REFERENCED]
