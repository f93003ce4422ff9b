"""A term a newer document drops from an older one (answering/dropped.py): "… of the
2022–2026 agreement is not carried over" ends the older document's line that holds it,
from the day the newer one takes effect; asked whether it still holds, the answer says it
was dropped."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from small_corpus import answerer_over

from knowledge.answering import dropped

OLD = """# Rink Performers Agreement 2022–2026

In force from 1 July 2022 to 30 June 2026.

10.20 Boot allowance: $ 180.00 per season.

10.25 Cold-weather clothing allowance: $ 45.00 per season, for a skater who performs in an
unheated arena.
"""

NEW = """# Rink and Arena Agreement 2026–2029

In force from 1 November 2026 to 31 October 2029.

10.2 Boot allowance: $ 210.00 per season.

10.5 The cold-weather clothing allowance of the 2022–2026 agreement is not carried over.
"""

TITLES = {
    "old.md": "Rink Performers Agreement 2022–2026",
    "new.md": "Rink and Arena Agreement 2026–2029",
}


def _record(source: str, text: str) -> SimpleNamespace:
    return SimpleNamespace(source=source, text=text)


def test_a_term_a_newer_agreement_does_not_carry_over_is_no_longer_paid(tmp_path, bundled_embedder):
    documents = {"old.md": OLD, "new.md": NEW}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 6))
    still = answerer.ask("do we still get the cold-weather clothing allowance?")
    first = still.text.splitlines()[0]
    assert "not carried over" in first
    assert "45.00" not in first


def test_only_a_term_of_two_words_or_more_dropped_from_a_named_document_is_read():
    said = [_record("new.md", NEW)]
    assert dropped.read(said, TITLES) == {
        "old.md": [(frozenset({"cold", "weather", "cloth", "allow"}), "new.md")]
    }
    # said in the future or the perfect, under a heading
    for sentence in (
        "## Article 10\n\nThe boot allowance of the 2022–2026 agreement will not be renewed.",
        "The boot allowance of the 2022–2026 agreement has not been carried over.",
        "10.6 The boot allowance of the\n2022–2026 agreement is not carried over.",  # wrapped
    ):
        assert list(dropped.read([_record("new.md", sentence)], TITLES)) == ["old.md"], sentence
    # a line about the term, by its label; not one that merely mentions it
    line = "10.25 Cold-weather clothing allowance: $ 45.00 per season."
    mention = (
        "10.20 Boot allowance: $ 180.00 per season, paid with the cold-weather clothing allowance."
    )
    assert dropped.dropped_by(mention, dropped.read(said, TITLES)["old.md"]) == []
    assert dropped.dropped_by(line, dropped.read(said, TITLES)["old.md"]) == ["new.md"]
    assert (
        dropped.dropped_by(
            "10.20 Boot allowance: $ 180.00.", [*dropped.read(said, TITLES)["old.md"]]
        )
        == []
    )
    for sentence in (
        "10.6 The fee of the 2022–2026 agreement is not carried over.",  # one word
        "10.7 The boot allowance of the 2022–2026 agreement is carried over.",  # kept
        "10.8 The boot allowance of the 1990 rules is not carried over.",  # no such title
        "10.9 The boot allowance of the 2022–2026 agreement will not be dropped.",
        "L'indemnité de bottes de la convention 2022-2026 ne disparaît pas.",
        "If the boot allowance of the 2022–2026 agreement is dropped, we will strike.",
        "The union proposes that the boot allowance of the 2022–2026 agreement is dropped.",
        "So the boot allowance of the 2022–2026 agreement is dropped?",
    ):
        assert dropped.read([_record("new.md", sentence)], TITLES) == {}, sentence
    french = "L'indemnité de vêtements chauds de la convention 2022-2026 n'est pas reconduite."
    titres = {"old.md": "Convention des patineurs 2022-2026", "new.md": "Convention 2026-2029"}
    assert list(dropped.read([_record("new.md", french)], titres)) == ["old.md"]
