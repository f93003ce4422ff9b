"""Where a found passage's neighbours are: its table, its section, the clauses that amend it.

The search finds chunks one by one; the answer to a question may sit beside the one found:
in the next chunk of its section, the chunk before it, the rest of its table or another
table listing the same rows, or another document's clause that replaces it. These are read
from the generation's structure (structure.py), built once per generation; a `Searcher`
has them.
"""

from __future__ import annotations

from .generation import Generation
from .passage import Passage
from .structure import CLAUSE, ROW, Structure, row_key, same_parent


class Neighbours:
    """The passages beside a found one, in one generation. Thread-safe: it only reads."""

    generation: Generation

    @property
    def structure(self) -> Structure:
        raise NotImplementedError

    def _passage(self, row: int, score: float, dense: float = 0.0, lexical: float = 0.0) -> Passage:
        raise NotImplementedError

    def amending(self, source: str, clause: str) -> list[Passage]:
        """The chunks of other documents that say they replace or amend clause `clause`
        ("Section 14.3 … is deleted and replaced"), in order."""
        found = self.structure.amending.get(clause, {})
        return [self._passage(r, 0.0) for s in sorted(found) if s != source for r in found[s]]

    def naming_rows(self, passage: Passage, limit: int) -> list[Passage]:
        """Up to `limit` chunks of other documents whose prose names one of the passage's
        table rows by its code ("la ligne R-2 de la grille"): an amending protocol's new
        figure for that row, or the clause that says when it is paid."""
        rows = self.structure.naming_rows(passage.text, passage.source)
        return [self._passage(r, 0.0) for r in rows[:limit]]

    def coded_rows(self, code: str, source: str) -> list[Passage]:
        """The table chunks of documents other than `source` with a row coded `code`
        ("W-2"), in order: a later schedule's row for the same item."""
        found = self.structure.sections.get((ROW, row_key(code)), {})
        return [self._passage(r, 0.0) for s in sorted(found) if s != source for r in found[s]]

    def clause_chunks(self, clause: str, source: str) -> list[Passage]:
        """The chunks of documents other than `source` that hold numbered clause `clause`
        ("10.1 Fees and allowances are paid within …"), in order."""
        found = self.structure.sections.get((CLAUSE, clause), {})
        return [self._passage(r, 0.0) for s in sorted(found) if s != source for r in found[s]]

    def ratifying(self) -> list[Passage]:
        """The chunks that say on what day a ratification was, or will be (ratified.py)."""
        return [self._passage(r, 0.0) for r in self.structure.ratifying]

    def pay_calendars(self) -> list[Passage]:
        """The chunks that give pay periods (pay_calendar.py)."""
        return [self._passage(r, 0.0) for r in self.structure.pay_calendars]

    def clause_sources(self, clause: str) -> list[str]:
        """The documents that have a numbered clause `clause`."""
        return sorted(self.structure.sections.get((CLAUSE, clause), {}))

    def rows_naming(
        self,
        tokens: set[str],
        sources: set[str] | None,
        limit: int,
        least: int = 1,
        exclude: frozenset[str] = frozenset(),
    ) -> list[Passage]:
        """Up to `limit` table chunks of `sources` (None: of every document but those in
        `exclude`) whose row labels (and a coded row's other words) hold the most of
        `tokens` (at least `least`)."""
        tables = self.structure.tables
        shared = [
            (len(tables.naming_tokens[row] & tokens), row)
            for source in (tables.of_source if sources is None else sources)
            if source not in exclude
            for row in tables.of_source.get(source, ())
        ]
        best = sorted((-n, row) for n, row in shared if n >= least)[:limit]
        return [self._passage(row, 0.0) for _, row in best]

    def table_of(self, passage: Passage) -> int | None:
        """An id of the table (run of chunks with table rows) the passage is part of."""
        row = self.generation.id_to_row.get(passage.id)
        return self.structure.tables.run_of.get(row) if row is not None else None

    def same_table(self, passage: Passage, limit: int) -> list[Passage]:
        """Up to `limit` other chunks of the table the passage belongs to, and of the
        document's tables that share a row label with it.

        A long table is cut into chunks of a few rows, which the search finds one by one;
        the row asked about may be in the chunk it did not find. And a rate card's table
        for another contract year lists the same categories: which applies is the
        question's date, so each is a candidate.
        """
        g = self.generation
        tables = self.structure.tables
        row = g.id_to_row.get(passage.id)
        if row is None or row not in tables.run_of:
            return []
        found = [r for r in tables.related(tables.run_of[row]) if r != row]
        return [self._passage(r, passage.score) for r in found[:limit]]

    def preceding(self, passage: Passage) -> Passage | None:
        """The chunk before `passage` when both are of the same section, else None: a
        section's later chunk may match a question whose answer opens the section ("Pay:
        Most minimums rise 1.5% …" before "The dollar minimums are not given")."""
        g = self.generation
        row = g.id_to_row.get(passage.id)
        if row is None or row == 0:
            return None
        before = g.records[row - 1]
        if before.source != passage.source or not passage.heading:
            return None
        if str(before.metadata.get("heading", "")) != passage.heading:
            return None
        return self._passage(row - 1, passage.score)

    def following(self, passage: Passage, *, siblings: bool = False) -> Passage | None:
        """The chunk after `passage` when it continues the same section, else None.

        A section longer than one chunk is cut in several; the answer to a question
        matched by a section's opening is often in its next chunk ("How it was
        ratified" … "members ratify it, 91.42% yes"). With `siblings`, the next clause of
        the same parent section counts too ("2.1 A session is four hours", "2.2 Minimum
        session fee: …").
        """
        g = self.generation
        row = g.id_to_row.get(passage.id)
        if row is None or row + 1 >= len(g.records):
            return None
        nxt = g.records[row + 1]
        heading = str(nxt.metadata.get("heading", ""))
        if nxt.source != passage.source:
            return None
        if heading != passage.heading and not (
            siblings and same_parent(heading, passage.heading, passage.title)
        ):
            return None
        return self._passage(row + 1, passage.score)
