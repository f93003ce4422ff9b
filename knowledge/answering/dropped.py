"""Terms a newer document says it drops from an older one: "The cold-weather clothing
allowance of the 2022–2026 agreement is not carried over", "l'indemnité de stationnement de
la convention 2022-2026 n'est pas reconduite". Nothing replaces such a term row by row
(successors.py), and the older document's own term ending does not end it (openings.py);
this sentence does, from the day the document saying it takes effect (dating.py).

The older document is named by its title's years, as a replaced one is
(replaced_documents.py); its lines that hold every word of the dropped term are the term.
A term of fewer than two words ("The fee of the 2022 agreement is not carried over") names
nothing precisely enough, nor does a sentence that says a term is carried over, or may not
be. Read once per index generation.
"""

from __future__ import annotations

import re

from ..lexical import tokenize
from .replaced_documents import names_document

_VERB_EN = (
    r"(?:is|are|was|were|has\s+been|have\s+been|will\s+not\s+be)\s+"
    r"(?:not\s+(?:carried\s+(?:over|forward)|renewed|retained|kept|continued)|"
    r"dropped|discontinued|abolished|withdrawn|removed|deleted)\b"
)
_VERB_FR = (
    r"(?:n['’](?:est|sont)\s+pas\s+(?:reconduite?s?|reprise?s?|maintenue?s?|conservée?s?)|"
    r"(?:est|sont)\s+(?:supprimée?s?|abandonnée?s?|abrogée?s?)|dispara(?:ît|issent))\b"
)
# "<term> of the 2022–2026 agreement <is not carried over>": the term from the sentence's
# start, the document it comes from with its years
_DROPPED = re.compile(
    r"(?:^|(?<=[.!?;:]\s))(?:\d+(?:\.\d+)*\s+)?(?P<term>[^.;:!?]{3,100})\s+"
    r"(?:of|in|under|from|de\s+la|de\s+l['’]|du|des|de)\s+(?P<ref>[^.;:!?]{0,60}?"
    r"(?:19|20)\d\d[^.;:!?]{0,40}?)\s+"
    rf"(?:{_VERB_EN}|{_VERB_FR})",
    re.I,
)
_MIN_WORDS = 2


def read(records: list, titles: dict[str, str]) -> dict[str, list[tuple[frozenset, str]]]:
    """Each older document (by source) with the terms another drops from it: (the term's
    words, the source of the document that drops it)."""
    out: dict[str, list[tuple[frozenset, str]]] = {}
    for record in records:
        text = " ".join(record.text.split())
        for m in _DROPPED.finditer(text):
            words = frozenset(t for t in tokenize([m.group("term")])[0] if not t.isdigit())
            if len(words) < _MIN_WORDS:
                continue
            source = names_document(m.group("ref"), record.source, titles)
            if source is not None:
                out.setdefault(source, []).append((words, record.source))
    return out


def dropped_by(text: str, drops: list[tuple[frozenset, str]]) -> list[str]:
    """The documents that drop the term a line of the older document holds."""
    if not drops:
        return []
    held = set(tokenize([text])[0])
    return [source for words, source in drops if words <= held]
