"""Row codes: a schedule's row references ("C-1", "A1", "B-12"), a row's own code, and
the codes a sentence names as rows ("the amount in row P-3", "ligne C-1"). Two figures
of rows with other codes are other items, and a sentence naming a row's code says what
that row now reads (supersession.py)."""

from __future__ import annotations

import re

from .. import figures
from .unit import Unit, cells

# A row's code: "C-1", "A1", "B-12" (a schedule's row reference)
_CODE = re.compile(r"\b[A-Z]{1,2}-?\d{1,3}\b")


def label_cell(row: list[str]) -> str:
    """A row's label: its first cell, or when that is a code or a clause number the next
    cell that names something, in words and without an amount ("W-4 | Re-enactment
    principal | 8 h", "7.2.3 | Overtime, capture day | 20 %": what the row is about is not
    "W-4"); an empty first cell stays the label."""
    first = row[0] if row else ""
    if not _numbering(first):
        return first
    for cell in row[1:]:
        if _LETTERS.search(cell) and not _numbering(cell) and not _priced(cell):
            return cell
    return first


def _numbering(cell: str) -> bool:
    bare = _MARK.sub("", cell.strip()).strip(" *")
    return bool(_CODE.fullmatch(bare) or _CLAUSE_NUMBER.fullmatch(bare))


def _priced(cell: str) -> bool:
    return any(f.kind in ("money", "pct") for f in figures.extract(cell))


_LETTERS = re.compile(r"[^\W\d_]{2,}")
# a clause number heading a row: "7.2.3", "§ 12.4", "Art. 9(3)"
_CLAUSE_NUMBER = re.compile(
    r"(?:§\s*|art\.?\s*)?\d+(?:\.\d+)+(?:\(\w{1,3}\))*|\d+\(\w{1,3}\)", re.I
)


def row_codes(text: str) -> set[str]:
    """The row codes a text gives ("C-1", "A1"), without their hyphens."""
    return {c.replace("-", "") for c in _CODE.findall(text)}


# A row code named in words: "row P-3", "rows R-2 to R-4", "ligne C-1", "code B-5"
_NAMED_CODE = re.compile(
    r"\b(?:rows?|lines?|lignes?|codes?|items?|postes?)\s+[A-Z]{1,2}-?\d{1,3}\b", re.I
)


def named_codes(text: str) -> set[str]:
    """The row codes a sentence names as rows ("the amount in row P-3"), without hyphens."""
    return {c for m in _NAMED_CODE.finditer(text) for c in row_codes(m[0])}


def named_by(unit: Unit) -> set[str]:
    """The row codes a sentence names, else those of the sentence leading its paragraph."""
    return named_codes(unit.text) or named_codes(unit.lead)


_MARK = re.compile(r"\s*[^\w\s()\[\]]{1,2}$")  # a mark after a code: "◆", "*", "†"
# "B-5 (Tier B, …)", "A-8 Re-enactment background", not "Q1 (…)"
_LEADING_CODE = re.compile(r"([A-Z]{1,2}-\d{1,3})(?=\s*\(|\s+[^\W\d_])")
# a cell of codes that is only a code, perhaps marked ("Code: B-5", "Ligne: C-2 ◆", "Row:
# A1 *"), not "Tier: A1" (a tier, which two rows may share)
_CODE_CELL = re.compile(
    r"^(?:codes?|rows?|lines?|lignes?|items?|postes?|réf\.?|ref\.?|no\.?|n°)\s*:\s*"
    r"([A-Z]{1,2}-?\d{1,3})(?:\s*[^\w\s;:]{1,2})?\s*$",
    re.I,
)


def own_code(unit: Unit) -> set[str]:
    """A table row's own code: its label when that is one ("D-9" in "D-9 — Work: …"), or
    a first cell of codes ("Tier B — Code: B-5; …", "Day on set — Ligne: J-2 ◆; …"); else
    none."""
    if not unit.row:
        return set()
    label, _, cells_text = cells(unit.text)[0].partition(" — ")
    label = _MARK.sub("", label.strip().strip("*"))  # "D-1 ◆"
    if _CODE.fullmatch(label):
        return row_codes(label)
    if named := named_codes(label):  # "Row P-3 (Band 3, per day), 1 July 2026 …"
        return named
    if m := _LEADING_CODE.match(label):  # "B-5 (Tier B, lead role)", "A-8 Re-enactment …"
        return row_codes(m.group(1))
    for cell in cells_text.split("; ")[:2]:  # among its first cells
        if m := _CODE_CELL.match(cell):
            return row_codes(m.group(1))
    return set()
