"""What a question asks exists: "is there free parking for the cast?", "does the union have
dental coverage?", "y a-t-il une assurance dentaire ?", "est-ce que la guilde a un régime
de retraite ?". When the documents never mention it (in either language, nor a near
spelling: Vocabulary.knows), they do not provide it, whatever else of the question they
match ("the cast", "the union"): the question is declined (subject.unknown_subject).

Only the object of such an ask is read, its first words up to a preposition or the end of
the clause; a fee or rate noun there ("y a-t-il un tarif pour …") leaves it to the reading
of whose fee is asked (subject.py). Nothing here names a topic."""

from __future__ import annotations

import re

from .cues import RATE_NOUNS

_OBJECT_WORDS = 2
# "do we get anything?": no thing named
_PRONOUNS = frozenset(
    "anything something nothing everything anyone someone one it that this quelque rien "
    "quelqu'un ça cela".split()
)
_ASKS = re.compile(
    r"\b(?:is\s+there|are\s+there|do\s+(?:we|i|you|members)\s+(?:get|have)|"
    r"does\s+(?:the|our|my)\s+(?:\w+\s+)?(?:have|offer|provide|include)|"
    r"y\s+a[-\s]t[-\s]il|y\s+a\s+tu|il\s+y\s+a|"
    r"est-ce\s+qu(?:e\s+|['’]\s*)(?:il\s+y\s+a|(?:la|le|notre|l['’])\s*\w+\s+(?:a|offre|prévoit|fournit)))"
    r"\s+(?:(?:a|an|any|some|free|un|une|des|du|de\s+la)\s+|(?:de\s+l|d|l)['’]\s*)?"
    r"(?P<object>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3})",
    re.I,
)
_STOP = re.compile(
    r"^(?:for|to|of|on|in|at|with|under|if|when|after|before|during|pour|à|au|aux|de|du|"
    r"des|en|sur|avec|si|quand|pendant|dans|par|que|qui|or|ou|and|et|the|la|le|les)$",
    re.I,
)


# "les per diem sont imposables ?", "is it taxable?": a quality asked of what it names
_QUALITY = re.compile(
    r"\b(?:is|are|est|sont|c['’]est)\s+(?:[^\s?.!;]+\s+){0,8}?"
    r"([^\W\d_]{3,}(?:able|ible)s?)\s*\?",
    re.I,
)
# what any text may be, not a quality the documents must name ("c possible ?")
_EVERYDAY = frozenset(
    "possible impossible available disponible responsible responsable applicable valable "
    "acceptable capable probable able visible".split()
)


def asked_qualities(question: str) -> list[str]:
    """The qualities a question asks of what it names ("imposables", "taxable"),
    lower-cased: whether the documents say so, when they never use the word."""
    found = [m.group(1).lower() for m in _QUALITY.finditer(question)]
    return [w for w in found if w.rstrip("s") not in _EVERYDAY]


def asked_objects(question: str) -> list[str]:
    """The phrases a question asks exist ("free parking", "dental coverage"), lower-cased:
    each its first words up to a preposition; none holding a fee or rate noun."""
    out = []
    for m in _ASKS.finditer(question):
        words: list[str] = []
        for word in m.group("object").split():
            if _STOP.match(word) or len(words) >= _OBJECT_WORDS:
                break
            words.append(word.lower())
        if words and words[0] not in _PRONOUNS and not any(w in RATE_NOUNS for w in words):
            out.append(" ".join(words))
    return out
