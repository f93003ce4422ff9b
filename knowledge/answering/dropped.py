"""Terms a newer document says it drops from an older one: "The cold-weather clothing
allowance of the 2022–2026 agreement is not carried over", "l'indemnité de stationnement de
la convention 2022-2026 n'est pas reconduite". Nothing replaces such a term row by row
(successors.py), and the older document's own term ending does not end it (openings.py);
this sentence does, from the day the document saying it takes effect (dating.py).

The older document is named by its title's years, as a replaced one is
(replaced_documents.py); its lines whose label holds every word of the dropped term are
the term.
A term of fewer than two words ("The fee of the 2022 agreement is not carried over") names
nothing precisely enough, nor does a sentence that says a term is carried over, asks
whether it is, or may drop it ("If …", "The union proposes …"). Read once per index
generation.
"""

from __future__ import annotations

import re

from ..lexical import tokenize
from .replaced_documents import Titles
from .sentences import sentences

_KEPT_VERBS = r"(?:carried\s+(?:over|forward)|renewed|retained|kept|continued)"
_GONE_VERBS = r"(?:dropped|discontinued|abolished|withdrawn|removed|deleted)"
_VERB_EN = (
    rf"(?:(?:is|are|was|were)\s+not|will\s+not\s+be|ha(?:s|ve)\s+not\s+been)\s+{_KEPT_VERBS}|"
    rf"(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+{_GONE_VERBS}"
)
_VERB_FR = (
    r"n['’](?:est|sont)\s+pas\s+(?:reconduite?s?|reprise?s?|maintenue?s?|conservée?s?)|"
    r"(?:est|sont)\s+(?:supprimée?s?|abandonnée?s?|abrogée?s?)|(?<!\bne\s)dispara(?:ît|issent)"
)
# "<term> of the 2022–2026 agreement <is not carried over>": the term from the sentence's
# start, the document it comes from with its years
_DROPPED = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\s+)?(?P<term>[^.;:!?]{3,100})\s+"
    r"(?:of|in|under|from|de\s+la|de\s+l['’]|du|des|de)\s+(?P<ref>[^.;:!?]{0,60}?"
    r"(?:19|20)\d\d[^.;:!?]{0,40}?)\s+"
    rf"(?:{_VERB_EN}|{_VERB_FR})\b",
    re.I,
)
# not so, or not yet: "If the allowance … is dropped", "The union proposes that …"
_NOT_SO = re.compile(
    r"\b(?:if|si|unless|whether|may|might|could|would|should|propos\w*|draft|projet)\b", re.I
)
_MIN_WORDS = 2
_PARAGRAPH = re.compile(r"\n\s*\n")
# where a line's label ends: "10.25 Cold-weather clothing allowance: S/. 45.00 …"
_LABEL_END = re.compile(r":|\s[—–-]\s|\.\s")


def read(records: list, titles: dict[str, str]) -> dict[str, list[tuple[frozenset, str]]]:
    """Each older document (by source) with the terms another drops from it: (the term's
    words, the source of the document that drops it)."""
    named = Titles(titles)
    out: dict[str, list[tuple[frozenset, str]]] = {}
    for record in records:
        for paragraph in _PARAGRAPH.split(record.text):  # its lines wrapped as printed
            lines = [x for x in paragraph.splitlines() if not x.lstrip().startswith("#")]
            for sentence in sentences(" ".join(" ".join(lines).split())):
                m = _DROPPED.match(sentence)
                if m is None or sentence.rstrip().endswith("?") or _NOT_SO.search(sentence):
                    continue
                term = tokenize([m.group("term")])[0]
                words = frozenset(t for t in term if not t.isdigit())
                if len(words) < _MIN_WORDS:
                    continue
                source = named.named(m.group("ref"), record.source)
                if source is not None and (words, record.source) not in out.get(source, []):
                    out.setdefault(source, []).append((words, record.source))
    return out


def dropped_by(text: str, drops: list[tuple[frozenset, str]]) -> list[str]:
    """The documents that drop the term a line of the older document is about: every word
    of it in the line's label ("10.25 Cold-weather clothing allowance: …"), not merely
    somewhere in the line ("Boot allowance: …, paid with the clothing allowance")."""
    if not drops:
        return []
    end = _LABEL_END.search(text)
    label = set(tokenize([text[: end.start()] if end else text])[0])
    return [source for words, source in drops if words <= label]
