"""Documents another document says were withdrawn before they took effect.

A letter of amendment raises a rate from a coming day; a later notice says the parties
withdrew it: "La lettre d'amendement n° 1 est retirée … Elle ne prendra jamais effet",
"Side Letter No. 3 is rescinded", "the parties withdrew Memorandum No. 2". None of the
withdrawn text's terms ever applies: its figures replace nothing and are never in force
(Dating marks its units void; supersession.py skips them as replacements).

The document is named by its kind and number ("lettre d'amendement n° 1", "Memorandum No.
2"): the one other document whose opening (its first lines) gives that number after "n°"
or "No." and every word of the name. A sentence that says a text is not, or may be,
withdrawn ("n'est pas retirée", "if the letter is withdrawn") withdraws nothing. Read once
per index generation.
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
_SENTENCES = re.compile(r"(?<=[.!?])(?<![Nn]o\.)(?<!\bNos\.)\s+|\n+")  # not after "No."
_OPENING_CHARS = 400
_GENERIC = {"la", "le", "les", "the", "this", "cette", "ce", "de", "d", "du", "des", "of"}
_SKIP = set(STOPWORDS) | _GENERIC


def _names(text: str) -> list[tuple[set[str], str]]:
    """The numbered names a text gives: (the name's words, its number)."""
    out = []
    for m in _NUMBERED.finditer(text):
        words = {t for t in tokenize([m.group("name")])[0] if t not in _SKIP}
        if words:
            out.append((words, m.group("num")))
    return out


def withdrawn_documents(records: list) -> set[str]:
    """The sources of the documents a sentence of the generation says were withdrawn."""
    openings: dict[str, str] = {}
    for record in records:  # each document's first lines
        if len(openings.get(record.source, "")) < _OPENING_CHARS:
            openings[record.source] = (openings.get(record.source, "") + "\n" + record.text)[
                :_OPENING_CHARS
            ]
    named = {s: _names(text) for s, text in openings.items()}
    out: set[str] = set()
    for record in records:
        for sentence in _SENTENCES.split(record.text):
            m = _WITHDRAWN.search(sentence)
            if (
                not m
                or _NOT_SO.search(sentence[: m.start()])
                or _NOT_SO.match(sentence[m.end() :].strip())
            ):
                continue
            for words, number in _names(sentence):
                found = [
                    s
                    for s, names in named.items()
                    if s != record.source and any(n == number and words <= w for w, n in names)
                ]
                if len(found) == 1:
                    out.add(found[0])
    return out
