"""Designators: a word and the number or letter that picks one of its kind ("band 1",
"Tier B", "year 2", "catégorie 3", "step 1").

Rate tables list the same item once per band, tier, category or year, and the rows differ
by that designator alone: "Band 1" and "Band 3" share every other word. A question that
names one ("band 1 vocally stressful session") is answered by the row with the same one,
not by a row of the same kind with another. Words are compared by their stems and
glossary translations ("catégorie" for "category"); nothing here names a topic.
"""

from __future__ import annotations

import re

from ..lexical import tokenize
from ..terms import expand

# A word of three letters or more, then a number of one or two digits or a single letter:
# "band 1", "Tier B", "tranche 2"; not "up to 4" (a short word), "2 hours" (number first),
# "Band 10%" or "year 2027".
_PAIR = re.compile(r"\b([^\W\d_]{3,})[ \t]*:?[ \t]+(\d{1,2}|[A-Da-d])(?![\w%/-]|[.,]\d)")
# In a document, a letter counts only in capitals ("Tier B"): "item a" is not a designator.
_DOC_PAIR = re.compile(r"\b([^\W\d_]{3,})[ \t]*:?[ \t]+(\d{1,2}|[A-D])(?![\w%/-]|[.,]\d)")


# A contract year is the date's to resolve (years.py): "année 2" may be a guess ("2027 ça
# veut dire année 2 non?"), and the date asked about says which year it is.
_YEARS = frozenset(tokenize(["year years yr année années an ans"])[0])


def asked(question: str) -> dict[str, str]:
    """The designators a question names, by each stem (and its translations) of the
    word they designate: {"band": "1"}."""
    out: dict[str, str] = {}
    for word, mark in _PAIR.findall(question):
        stems = tokenize([word])[0]
        if len(stems) != 1 or stems[0] in _YEARS:  # a stop word has none
            continue
        for stem in expand(stems):
            out.setdefault(stem, mark.upper())
    return out


def fit(wanted: dict[str, str], text: str) -> int:
    """+1 when `text` gives a designator the question asks for ("Band 1" for "band 1"),
    -1 when it gives only others for the same word ("Band 3"), else 0."""
    if not wanted:
        return 0
    same = other = False
    for word, mark in _DOC_PAIR.findall(text):
        stems = tokenize([word])[0]
        if len(stems) != 1 or stems[0] not in wanted:
            continue
        if wanted[stems[0]] == mark.upper():
            same = True
        else:
            other = True
    return 1 if same else -1 if other else 0
