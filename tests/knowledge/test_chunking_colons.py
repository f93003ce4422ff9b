"""A line that carries on the sentence a colon leads into is not a clause heading
(chunking.py), in a file without Markdown headings where numbered lines open clauses."""

from __future__ import annotations

from knowledge.chunking import chunk_document
from knowledge.loading import load_bytes


def test_a_count_after_a_colon_carries_the_sentence_on_not_a_clause():
    """In a file without Markdown headings, "45 seconds, …" under "… in the grotto
    tank:" ends the definition; read as clause 45, it became a heading, and the chunk
    before it quoted "… in the grotto tank:" with no answer."""
    filler = "\n\n".join(
        f"Term {n}\n: A long definition of term {n} that fills the guide's page with words."
        for n in range(8)
    )
    text = (
        f"Show performers' guide\n======================\n\n{filler}\n\nHold-down\n"
        ": The longest single breath-hold that a mermaid may be asked for in the grotto tank:\n"
        "  45 seconds, with a safety diver in the water.\n\n"
        "12 Safety. Every show has a safety diver in the water.\n"
    )
    chunks = chunk_document(load_bytes(text.encode(), "guide.md"))
    held = next(c for c in chunks if "grotto tank:" in c.text)
    assert "45 seconds, with a safety diver" in held.text
    assert not any(c.heading.startswith("45 seconds") for c in chunks)
    assert any(c.heading.startswith("12 Safety") for c in chunks)  # a clause still is
