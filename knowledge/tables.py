"""The tables of an index generation, read from its chunks: a table cut into several
chunks is one run, a document's runs that list the same rows are related, and another
document's rows for the same item ("Background performer, per 8-h day" in a memorandum,
"Background performer" in the agreement) are alike.

Built once per index generation, on first use, with the rest of its structure
(structure.py).
"""

from __future__ import annotations

import re

from . import figures
from .generation import ChunkRecord
from .lexical import STOPWORDS, tokenize
from .stated_periods import SPAN_COLUMN

MIN_LIKE_WORDS = 2  # words two row labels share at least to be about one item
SAME_ITEM = 0.5  # share of their words (Jaccard) two labels share to name one item
# Units of time, as the tokenizer writes them: "per day (8 h)" says how it is paid, not what
UNIT_WORDS = frozenset(
    t
    for row in tokenize(
        ["per day daily hour hourly week weekly session hr hrs jour heure semaine séance"]
    )
    for t in row
)


def item_words(label_tokens: frozenset[str]) -> frozenset[str]:
    """The words of the item a row label names: no numbers, stopwords or units of time."""
    return frozenset(
        t
        for t in label_tokens
        if t.isalpha() and len(t) > 1 and t not in STOPWORDS and t not in UNIT_WORDS
    )


def same_item(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two rows' item words name one item ("Crowd performer" and "Crowd performer,
    per day (8h)"; not "Lead performer, per day")."""
    return len(a & b) >= MIN_LIKE_WORDS and len(a & b) / len(a | b) >= SAME_ITEM


def labelled_alike(
    a: frozenset[str], b: frozenset[str], a_words: set[str], b_words: set[str]
) -> bool:
    """Whether two rows' labels name one item. When one label holds the other's words,
    when they are alike (same_item) or its other words are in the other row's
    cells ("Meal allowance" with "working day of more than 6 hours" in its unit column,
    and "Meal allowance, working day of more than 6 hours"). When each has words the
    other lacks, they must be alike and those words in the other row too: "Precision
    driver, rehearsal day" is no new "Precision driver, shoot day"."""
    if len(a & b) < MIN_LIKE_WORDS:
        return False
    if a <= b or b <= a:
        return same_item(a, b) or (a <= b and b - a <= a_words) or (b <= a and a - b <= b_words)
    return same_item(a, b) and a - b <= b_words and b - a <= a_words


_TABLE_ROW = re.compile(r"^\s*\|\s*([^|]*?)\s*\|", re.MULTILINE)


def _row_labels_of(text: str) -> list[str]:
    """The first cells of a chunk's table rows, lower-cased (rules and empty cells left out)."""
    out = []
    for m in _TABLE_ROW.finditer(text):
        label = " ".join(m.group(1).lower().split())
        if label and not set(label) <= set("-: ") and label not in out:
            out.append(label)
    return out


_CODE_LABEL = re.compile(r"[a-z]{1,3}\d{0,2}[-.]?\d{1,3}[a-z]?")  # "w-1", "a1", "s.3", "p1-12"


def has_amount(cell: str) -> bool:
    return any(f.kind in ("money", "pct") for f in figures.extract(cell))


def _coded_rows_of(text: str) -> dict[str, str]:
    """The words of a chunk's coded table rows ("| T-2 | B | Lead | Touring week |"), by
    their code (lower-cased, as _row_labels_of gives it): the cells after the code that
    hold no amount, which name what a coded row is for."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if "|" in line else []
        code = " ".join(cells[0].lower().split()) if cells else ""
        if len(cells) < 2 or not _CODE_LABEL.fullmatch(code):
            continue
        out.setdefault(code, " ".join(c for c in cells[1:] if c and not has_amount(c)))
    return out


def _transposed_items(record: ChunkRecord, labels: list[str]) -> list[str]:
    """The column headers after the first of a chunk whose row labels are all periods
    but its header's (the chunk's own header line, or the table's it continues); else
    none."""
    rows = [x for x in labels if not SPAN_COLUMN.match(x)]
    if not rows or not all(has_date(x) for x in rows):
        return []
    header = str(record.metadata.get("table_header", "")) or record.text
    first = next((line for line in header.splitlines() if line.strip().startswith("|")), "")
    cells = [c.strip() for c in first.strip().strip("|").split("|")]
    if len(cells) < 2 or not SPAN_COLUMN.match(cells[0].strip("* ")):
        return []
    return [c for c in cells[1:] if c and not has_date(c)]


def has_date(label: str) -> bool:
    return any(f.kind in ("date", "month", "year") for f in figures.extract(label))


class Tables:
    """The tables of a generation: runs of consecutive chunks of one document holding
    table rows, and the runs of a document that share a row label."""

    def __init__(self, records: list[ChunkRecord]):
        self.run_of: dict[int, int] = {}  # chunk row → its run (the run's first chunk row)
        self.runs: dict[int, list[int]] = {}
        self.of_source: dict[str, list[int]] = {}  # source → its chunk rows with table rows
        labels: dict[int, set[str]] = {}
        row_labels: dict[int, list[str]] = {}
        for row, rec in enumerate(records):
            found = _row_labels_of(rec.text)
            if not found:
                continue
            row_labels[row] = found
            self.of_source.setdefault(rec.source, []).append(row)
            prev = row - 1
            if prev in self.run_of and records[prev].source == rec.source:
                run = self.run_of[prev]
            else:
                run = row
            self.run_of[row] = run
            self.runs.setdefault(run, []).append(row)
            labels.setdefault(run, set()).update(found)
        # chunk row → the tokens of each of its row labels (one tokenizer call for them all)
        tokens = iter(tokenize([label for found in row_labels.values() for label in found]))
        self.label_sets: dict[int, list[frozenset[str]]] = {
            row: [frozenset(next(tokens)) for _ in found] for row, found in row_labels.items()
        }
        self.label_tokens: dict[int, set[str]] = {
            row: set().union(*sets) for row, sets in self.label_sets.items()
        }
        # what names a chunk's rows: their labels' tokens and, for rows labelled by a code,
        # the words of their other cells (Neighbours.rows_naming, on every figure question)
        by_code = {row: _coded_rows_of(records[row].text) for row in row_labels}
        coded = {row: " ".join(words.values()) for row, words in by_code.items()}
        coded = {row: words for row, words in coded.items() if words}
        self.naming_tokens: dict[int, set[str]] = dict(self.label_tokens)
        for row, words in zip(coded, tokenize(list(coded.values())), strict=True):
            self.naming_tokens[row] = self.label_tokens[row] | set(words)
        # and the words of the item each label names, units of time aside; a code's are
        # its row's words ("| R-12 | Follow-spot operator | per show | …": the item)
        rows_words = [
            by_code[row].get(label, "") for row, found in row_labels.items() for label in found
        ]
        coded_tokens = iter(tokenize(rows_words))
        self.items: dict[int, list[frozenset[str]]] = {
            row: [
                item_words(named if (named := frozenset(next(coded_tokens))) else label)
                for label in sets
            ]
            for row, sets in self.label_sets.items()
        }
        # a transposed table's rows are periods ("From 6 April 2027 | £336.50 | £590.00"):
        # its items are its column headers ("Presenter, full day")
        turned = {
            row: cells
            for row, found in row_labels.items()
            if (cells := _transposed_items(records[row], found))
        }
        tokens = iter(tokenize([c for cells in turned.values() for c in cells]))
        for row, cells in turned.items():
            self.items[row] = [item_words(frozenset(next(tokens))) for _ in cells]
        self._sources = {row: records[row].source for row in row_labels}
        self._with_token: dict[str, set[int]] = {}  # label token → chunk rows
        for row, found_tokens in self.label_tokens.items():
            for t in found_tokens.union(*self.items.get(row, [])):  # and transposed items
                self._with_token.setdefault(t, set()).add(row)
        by_label: dict[tuple[str, str], list[int]] = {}
        for run, found_labels in labels.items():
            for label in found_labels:
                by_label.setdefault((records[run].source, label), []).append(run)
        self.related_runs: dict[int, list[int]] = {
            run: sorted(
                {
                    other
                    for label in found_labels
                    for other in by_label[(records[run].source, label)]
                }
            )
            for run, found_labels in labels.items()
        }

    def like(self, row: int) -> list[int]:
        """The chunk rows of other documents with a row for an item of this chunk's rows:
        labels naming the same item (see same_item): a memorandum's "Background
        performer, per 8-h day" and the agreement's "Background performer"."""
        out: set[int] = set()
        source = self._sources.get(row)
        for item in self.items.get(row, []):
            if len(item) < MIN_LIKE_WORDS:
                continue
            near = set().union(*(self._with_token.get(t, set()) for t in item))
            for other in near:
                if self._sources[other] != source and any(
                    same_item(item, o) for o in self.items[other]
                ):
                    out.add(other)
        return sorted(out)

    def related(self, run: int) -> list[int]:
        """The chunks of the run, then those of the document's runs sharing a label."""
        out = list(self.runs[run])
        for other in self.related_runs[run]:
            if other != run:
                out.extend(self.runs[other])
        return out
