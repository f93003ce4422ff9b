"""An index built by one embedder is never searched with another's vectors."""

from __future__ import annotations

import pytest

from knowledge.errors import EmbedderMismatchError
from knowledge.unit_vectors import chunk_text

CORPUS = {
    "contracts/notice.md": "# Notice\n\nThe producer gives seven days notice of any change.\n",
    "contracts/meals.md": "# Meals\n\nA meal period is given within six hours of the call.\n",
    "rates/scale.md": "# Scale\n\n| Role | Day rate |\n|---|---|\n| Singer | $1,204 |\n",
}


@pytest.fixture
def built_by_a(make_engine, make_embedder, source_dir, write):
    write(source_dir, CORPUS)
    make_engine(make_embedder("embedder-a", 16)).reindex()


@pytest.mark.parametrize(("name", "dimension"), [("embedder-b", 32), ("embedder-a", 24)])
def test_opening_with_another_embedder_says_to_reindex(
    built_by_a, make_engine, make_embedder, name, dimension
):
    engine = make_engine(make_embedder(name, dimension))

    with pytest.raises(EmbedderMismatchError) as caught:
        engine.search("notice", k=3)
    message = str(caught.value)

    assert "embedder-a (16 dimensions)" in message
    assert f"{name} ({dimension})" in message
    assert "run `python -m knowledge index` to rebuild it" in message
    assert "\n" not in message
    with pytest.raises(EmbedderMismatchError):
        engine.documents()


def test_cli_search_with_another_embedder_prints_one_line(built_by_a, cli, data_dir):
    result = cli("search", "notice", "--data", data_dir)  # the CLI uses the bundled embedder

    assert result.code == 1
    assert result.out == ""
    assert result.err.count("\n") == 1
    assert result.err.startswith("error: the index was built with the embedder embedder-a")
    assert "python -m knowledge index" in result.err


def test_reindex_with_the_new_embedder_rebuilds_everything(built_by_a, make_engine, make_embedder):
    embedder = make_embedder("embedder-b", 32)
    engine = make_engine(embedder)

    report = engine.reindex()

    assert (report.updated, report.skipped, report.added, report.changed) == (3, 0, 0, True)
    chunks = {chunk_text(r) for r in engine.store.open_current().records}
    assert len([t for t in embedder.texts if t in chunks]) == report.chunks == 3
    stats = engine.stats()
    assert (stats["embedder"], stats["dimension"]) == ("embedder-b", 32)
    assert engine.search("$1,204", k=1)[0].source == "rates/scale.md"
    current = engine.store.collection(engine.store.pointer()["current"])
    assert current.metadata["embedder"] == "embedder-b"
    vector = current.get(limit=1, include=["embeddings"])["embeddings"][0]
    assert len(vector) == 32
    with pytest.raises(EmbedderMismatchError):
        make_engine(make_embedder("embedder-a", 16)).search("notice")
