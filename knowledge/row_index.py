"""Table rows nearest a question by meaning, in either language (and the items of nested
lists, which are rows written as bullets: "Comédiens de jeu de rôle › Par journée :
1 250 zł").

A French question about an English allowance table ("le per diem de tournée dans les
îles du Sud") shares few words with the row that answers it ("Southern islands (by
ferry) — Tour per diem: G 1 700"), and a whole table chunk's vector is the mean of all
its rows, so the chunk is not among the passages nearest the question either. Each row
alone is: its vector was computed when the index was built (unit_vectors.py, the row
read under its column headers), so finding the nearest rows costs one product of the
question's vector with the rows' matrix (a row whose vector the cache lacks, from an
older cache, is embedded once). Built once per generation, on its first figure question:
the table chunks are cut into rows again (about 1 ms a chunk).
"""

from __future__ import annotations

import re

import numpy as np

from .generation import Generation

NESTED_ITEM = re.compile(r"\n[ \t]+(?:[-*•]|\d+[.)])\s")


class RowIndex:
    """The vectors of a generation's table rows, and the chunk each row is in."""

    def __init__(self, generation: Generation):
        from .answering.units import cut
        from .unit_vectors import as_passages

        chunks: list[int] = []
        texts: list[str] = []
        for n, record in enumerate(generation.records):
            if "|" not in record.text and not NESTED_ITEM.search(record.text):
                continue
            for u in cut(as_passages([record])):
                # a row that gives a figure, or a nested list's item, which is a row too
                # ("Comédiens de jeu de rôle › Par journée : 1 250 zł")
                if (u.row or u.under) and any(c.isdigit() for c in u.text):
                    chunks.append(n)
                    texts.append(u.vector_texts[0])
        units = generation.units
        if units is None or not texts:  # no vectors to compare with: no rows
            chunks, texts = [], []
        self._chunk = np.asarray(chunks, dtype=np.int64)
        self._matrix = (
            units.matrix(texts)  # float32: a product per question, no conversion
            if units is not None and texts
            else np.zeros((0, 0), np.float32)
        )

    def __len__(self) -> int:
        return int(self._chunk.size)

    def nearest(self, vector: list[float], n: int) -> list[tuple[int, float]]:
        """The chunks (record rows) of the `n` rows nearest `vector`, best first, each
        chunk once, with its best row's similarity."""
        if n <= 0 or not len(self):
            return []
        query = np.asarray(vector, dtype=np.float32)
        query /= max(float(np.linalg.norm(query)), 1e-12)
        sims = self._matrix @ query
        top = min(len(sims), 8 * n)  # enough rows for n chunks, without sorting them all
        best = np.argpartition(-sims, top - 1)[:top]
        out: dict[int, float] = {}
        for i in best[np.argsort(-sims[best])]:
            chunk = int(self._chunk[i])
            if chunk not in out:
                out[chunk] = float(sims[i])
                if len(out) >= n:
                    break
        return list(out.items())
