"""What a question asks about that no document mentions: whose figure ("the stunt
coordinator day rate"), whose earnings ("how much does a referee get"), the unit it is
asked per ("per episode?"), what it asks exists, is covered, paid back or withheld
(existence.py), who it is about (subject.person_words). Such a question is declined
before any search: the documents do not provide what they never name. A word is known by
its spelling, a near spelling or its glossary translation as written (Vocabulary.knows).
"""

from __future__ import annotations

import re

from ..terms import of_word
from . import ages
from .cues import WANTS_FIGURE
from .existence import (
    CLAUSE_BEFORE,
    asked_objects,
    asked_qualities,
    names_a_thing,
    quality_verb,
)
from .priced import priced_words
from .shorthand import CLIPPINGS, READINGS, SHORTHAND_WORD, expand_shorthand
from .subject import (
    _DETERMINERS,
    _RUN,
    _TIME,
    _WITHHELD,
    ENGAGEMENTS,
    _content,
    _words,
    person_words,
    subject_words,
)
from .topics import topic_words
from .vocabulary import Vocabulary

_EARNS = re.compile(
    r"\bhow\s+much\s+(?:does|do|did|will|would|should)\s+(?:an?|the|each)\s+"
    r"(?P<who>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}?)\s+"
    r"(?:get|make|earn|receive|charge|cost)\b|"
    # "what does a child performer get for a head scan?"
    r"\bwhat\s+(?:does|do|did|will|would|should)\s+(?:an?|the|each)\s+"
    r"(?P<whom>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}?)\s+(?:get|make|earn|receive)\b|"
    r"\bcombien\s+(?:gagne|touche|reçoit|perçoit|coûte|coûtent)\s+(?:une?|les?|la|l['’])\s*"
    r"(?P<qui>[^\W\d_][\w'’-]*)|"
    # "do face painters get the same per session rate as storytellers?"
    r"^\s*(?:do|does|did|will|would)\s+(?P<doers>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s+"
    r"(?:get|earn|receive)\s+(?:paid\s+)?the\s+same\b",
    re.I,
)

# what a figure is asked per: "per episode?", "par combat" (not "per cent", "per diem",
# "per the agreement", a unit of time; nor "each": "each way", "off each cheque")
_PER = re.compile(r"\b(?:per|par)\s+([^\W\d_][\w'’-]*)", re.I)
_NOT_UNITS = {"cent", "centum", "diem", "se", "annum", "capita", "mille", "rapport", "contre"}
_NOT_UNITS |= {"time", "times", "other", "fois", "exemple", "ex", "ailleurs", "conséquent"}
_NOT_UNITS |= {"défaut", "suite", "hasard", "écrit", "voie", "moyen", "virement", "chèque"}
_NOT_UNITS |= {"cheque", "dépôt", "courriel", "email", "e-mail", "mail", "téléphone", "phone"}
_NOT_UNITS |= ENGAGEMENTS  # "per gig", "par contrat": any engagement


def unit_words(question: str) -> list[str]:
    """The units a question asks a figure per ("per episode", "par combat"), lower-cased."""
    if not WANTS_FIGURE.search(question):
        return []
    found = [m.group(1).lower() for m in _PER.finditer(question)]
    return [
        w
        for w in dict.fromkeys(found)
        if _content(w) and w not in _TIME and w not in _NOT_UNITS and w not in _DETERMINERS
    ]


_ANY_ONE = {"average", "typical", "usual", "normal", "regular", "moyen", "moyenne"}

# an ask about the pay of whom the clause before it names: "le conservateur du musée, son
# salaire est fixé par l'entente ?", "the caterers, what's their rate?"
_THEIRS = re.compile(
    rf"{CLAUSE_BEFORE},\s*"
    r"(?:(?:and|et|what['’]?s|what\s+is|c['’]est\s+quoi|quel\s+est)\s+)?"
    r"(?:son|sa|leurs?|his|her|their)\s+(?:salaire|tarif|cachet|paie|paye|rémunération|"
    r"taux|salary|pay|rate|fee|wages?)s?\b",
    re.I,
)


def earner_words(question: str) -> list[str]:
    """Whose earnings a question asks: "how much does a ring announcer get", "what does a
    child performer get", "combien gagne un arbitre" (the words of its noun phrase; not
    "how much do we get"), or whose pay an ask points back to ("le conservateur du musée,
    son salaire est fixé ?": the first word the clause before names, unless it speaks of
    the member)."""
    out: list[str] = []
    for m in _EARNS.finditer(question):
        said = _words(m.group("who") or m.group("whom") or m.group("qui") or m.group("doers"))
        out += [w for w in said if _content(w) and w not in _ANY_ONE][:_RUN]
    for m in _THEIRS.finditer(question):
        if names_a_thing(m.group("before")):
            out += [w for w in _words(m.group("before")) if _content(w) and w not in _ANY_ONE][:1]
    return list(dict.fromkeys(w.lower() for w in out))


def unknown_subject(
    vocabulary: Vocabulary, question: str, language: str, typed: str | None = None
) -> str | None:
    """A word no document mentions (nor a near spelling, nor a translation) naming whose
    figure is asked for, whose earnings, the unit it is asked per, or what is asked to
    exist, be covered or be paid back; or None. A shorthand's first reading the member
    typed (`typed`, before shorthand was written out) is no reason when the documents
    know another (shorthand.READINGS)."""
    vocabulary._index()
    if language and language not in vocabulary.languages:
        return None

    aged = ages.aged_words(question)  # "pour une ado de 16 ans": a person of an age
    # "bg vocals" are backing vocals where no background performer is named: a shorthand's
    # first reading is a guess, no reason to decline when the documents know another
    guessed: set[str] = set()
    for word in _words(typed or ""):
        if any(vocabulary.knows(r) for r in READINGS.get(word.lower(), ())):
            guessed |= {w.lower() for w in _words(expand_shorthand(word, language))}

    def unknown(words: list[str]) -> str | None:
        for word in words:
            # "my pfh rate": shorthand is no subject, unless the glossary knows it as a word
            # ("a DJ", "the MC", "TV", "CCTV"); nor is "prod", clipped from a word the
            # documents write ("production"), alone or in a phrase ("prod commencée"); nor
            # is an engagement, however the documents name theirs ("my festival gigs")
            kept = " ".join(
                w
                for w in word.split()
                if not (SHORTHAND_WORD.fullmatch(w) and not of_word(w.lower()))
                and w.lower() not in ENGAGEMENTS
                and w not in aged
                and w.lower() not in guessed
                and not any(map(vocabulary.knows, CLIPPINGS.get(w.lower(), ())))
            )
            if kept and not vocabulary.knows(kept, question):
                return word
        return None

    named = subject_words(question, language)
    if found := unknown(named):
        return found
    # what is taken from pay is a thing of its own: "c combien la cotisation annuelle ?"
    # over documents that never name dues, a deduction or a contribution
    if found := unknown([w for w in _words(question) if w in _WITHHELD]):
        return found
    # what it asks exists: "is there free parking?", "does the union have dental cover?"
    qualities = [q for q in asked_qualities(question) if unknown([quality_verb(q)])]
    also = earner_words(question) + unit_words(question)
    if found := unknown(asked_objects(question) + qualities + also):
        return found
    if language == "fr":
        return unknown(priced_words(question))
    # a rate the question names by a known subject ("perf capture day rate? got booked for
    # a mocap shoot") is asked whatever the member says of their work
    return unknown(person_words(question, selves=not named))


def unknown_topic(vocabulary: Vocabulary, question: str, language: str) -> str | None:
    """A word of the topic a question names first and then prices ("les photographes de
    mariage, y a un tarif ?", topics.py) that no document mentions, when the question
    names no subject beside a rate noun; or None. Weaker than a subject no document
    mentions (a topic may hold a place or a word of the member's own), it lowers the
    signal the decision to answer rests on (abstain.UNKNOWN_TOPIC) rather than declining."""
    words = topic_words(question)  # most questions name no topic first: nothing more read
    if not words:
        return None
    vocabulary._index()
    if (language and language not in vocabulary.languages) or subject_words(question, language):
        return None
    for word in words:
        if SHORTHAND_WORD.fullmatch(word) or word in CLIPPINGS or word in READINGS:
            continue
        if not vocabulary.knows(word):
            return word
    return None
