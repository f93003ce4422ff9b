"""Documents another document says were withdrawn before they took effect.

A letter of amendment raises a rate from a coming day; a later notice says the parties
withdrew it: "La lettre d'amendement n° 1 est retirée … Elle ne prendra jamais effet",
"Side Letter No. 3 is rescinded", "the parties withdrew Memorandum No. 2". None of the
withdrawn text's terms ever applies: its figures are never in force and it replaces,
drops and amends nothing (Dating marks its units void and reads the documents it replaces
and the terms it drops without it; supersession.py and amendments.py pass it over).

The document is named by its kind and number ("lettre d'amendement n° 1", "Memorandum No.
2"): the one other document that names itself so, in its title or its first lines (the
kind is the word before the number). Only a withdrawal before the document took effect
voids it ("avant son entrée en vigueur", "will never take effect"), not one in its course;
a part of it withdrawn ("Paragraph 3 of Letter … No. 2") withdraws no document; a sentence
that says a text is not, or may be, withdrawn ("n'est pas retirée", "if the letter is
withdrawn") withdraws nothing. Read once per index generation.
"""

from __future__ import annotations

import re

from ..lexical import STOPWORDS, tokenize

_WITHDRAWN = re.compile(
    r"\b(?:(?:est|sont|a\s+été|ont\s+été|is|are|was|were|has\s+been|have\s+been|hereby)\s+"
    r"(?:retirée?s?|withdrawn|rescinded|revoked|abrogée?s?)|ont\s+retiré|withdrew|"
    r"ne\s+prendra\s+jamais\s+effet|will\s+never\s+take\s+effect|never\s+took\s+effect|"
    r"n['’]a\s+jamais\s+pris\s+effet)\b",
    re.I,
)
_NOT_SO = re.compile(
    r"\b(?:not|no longer|if|unless|may|might|could|would|pas|si|sauf|peut|pourrait|"
    r"pourraient|proposed|proposé\w*)\b",
    re.I,
)
# a document named by its kind and number: "lettre d'amendement n° 1", "Memorandum No. 2"
_NUMBERED = re.compile(
    r"(?P<name>(?:[^\W\d_][\w'’-]*\s+){1,4}?)(?:n[°o]|no\.|number|numéro)\s*(?P<num>\d{1,3})\b",
    re.I,
)
# a part of the named document, not the document: "Paragraph 3 of Letter … No. 2"
_PART_OF = re.compile(
    r"\b(?:paragraph|clause|article|section|point|schedule|annex|alinéa|paragraphe|annexe)\s+"
    r"\S+\s+(?:of|de|du|de\s+la)\s",
    re.I,
)
# it was withdrawn before it took effect, not ended in its course
_BEFORE_EFFECT = re.compile(
    r"\bbefore\s+(?:it|they)\s+took\s+effect|\bbefore\s+taking\s+effect|"
    r"\bnever\s+(?:take|took|takes)\s+effect|\bavant\s+(?:son|leur)\s+entrée\s+en\s+vigueur|"
    r"\bavant\s+d['’]entrer\s+en\s+vigueur|\bjamais\s+(?:pris\s+)?effet",
    re.I,
)
_SENTENCES = re.compile(r"(?<=[.!?])(?<![Nn]o\.)(?<!\bNos\.)\s+|\n+")  # not after "No."
_OPENING_LINES = 4  # a document names itself in its first lines
_SKIP = set(STOPWORDS) | {"la", "le", "les", "the", "this", "cette", "ce", "de", "d", "du", "des"}


def _words(name: str) -> list[str]:
    return [t for t in tokenize([name])[0] if t not in _SKIP]


def _own_name(title: str, opening: str) -> tuple[set[str], str] | None:
    """The name and number a document gives itself: its title's, else that of the first of
    its first lines that opens with one and is no sentence ("Lettre d'amendement n° 1 à
    l'accord …", not "See Schedule No. 1 for the rates.")."""
    lines = [x.strip().lstrip("#* ").strip() for x in opening.splitlines()[:_OPENING_LINES]]
    # a line that reads as a title: it opens with the name and is no sentence
    for line in [title, *lines]:
        if (m := _NUMBERED.match(line)) and not line.endswith("."):
            return set(_words(m.group("name"))), m.group("num")
    return None


def withdrawn_documents(records: list) -> set[str]:
    """The sources of the documents a sentence of the generation says were withdrawn
    before they took effect."""
    openings: dict[str, str] = {}
    titles: dict[str, str] = {}
    for record in records:  # each document's first chunk
        openings.setdefault(record.source, record.text.lstrip())
        titles.setdefault(record.source, str(record.metadata.get("title", "")))
    own = {s: n for s in openings if (n := _own_name(titles[s], openings[s]))}
    out: set[str] = set()
    for record in records:
        if not _BEFORE_EFFECT.search(record.text):
            continue
        for sentence in _SENTENCES.split(record.text):
            m = _WITHDRAWN.search(sentence)
            if (
                not m
                or _NOT_SO.search(sentence[: m.start()])
                or _NOT_SO.match(sentence[m.end() :].strip())
            ):
                continue
            for ref in _NUMBERED.finditer(sentence):
                if _PART_OF.search(sentence[max(0, ref.start("num") - 70) : ref.start("num")]):
                    continue
                # the kind is the last word before the number ("… withdrew Memorandum No. 2")
                kind = _words(ref.group("name"))[-1:]
                found = [
                    s
                    for s, (words, number) in own.items()
                    if s != record.source and number == ref.group("num") and set(kind) <= words
                ]
                if kind and len(found) == 1:
                    out.add(found[0])
    return out
