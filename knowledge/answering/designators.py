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
# A Roman numeral counts as its number ("Category III", "cat 3"): in capitals, or of two
# letters or more in lower case ("cat iii"; a lone "i" is a pronoun).
_ROMAN = r"I{1,3}|IV|VI{0,3}|IX|X"
_LOWER_ROMAN = r"i{2,3}|iv|vi{1,3}|ix"
_PAIR = re.compile(
    r"\b([^\W\d_]{3,})[ \t]*:?[ \t]+"
    rf"(\d{{1,2}}|[A-Da-d]|(?-i:{_ROMAN})|(?-i:{_LOWER_ROMAN}))(?![\w%/'’-]|[.,]\d)"
)
# In a document, a letter counts only in capitals ("Tier B"): "item a" is not a designator.
# A word of three letters may be shortened with a full stop ("Cat. C", "Niv. 2").
DOC_PAIR = re.compile(
    rf"\b([^\W\d_]{{3,}})(?:(?<=\b[^\W\d_]{{3}})\.|[ \t]*:?)[ \t]+"
    rf"(\d{{1,2}}|[A-D]|{_ROMAN})(?![\w%/-]|[.,]\d)"
)
# the words a lone "I" numbers ("cat I", "Category I", "Tier I"); after any other word it
# is the pronoun ("can I", "the session I did", "last week I worked")
NUMBERED = set(
    "cat cats category categories catégorie catégories tier tiers band bands level niveau "
    "class classe group groupe grade step échelon tranche zone type phase part partie "
    "schedule annexe appendix table tableau section volume".split()
)
_ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8}
_ROMAN_VALUES |= {"IX": 9, "X": 10}


# A contract year is the date's to resolve (years.py): "année 2" may be a guess ("2027 ça
# veut dire année 2 non?"), and the date asked about says which year it is.
_YEARS = frozenset(tokenize(["year years yr année années an ans"])[0])


def mark_of(mark: str) -> str:
    """A designator's number or letter, a Roman numeral as its number ("III" → "3")."""
    mark = mark.upper()
    return str(_ROMAN_VALUES[mark]) if mark in _ROMAN_VALUES else mark


def _stem_of(stem: str, wanted: dict[str, str]) -> str | None:
    """The stem of `wanted` that `stem` is, or that one of them shortens ("cat" for
    "category")."""
    if stem in wanted:
        return stem
    # a three-letter shortening only ("cat"), the question's or the document's ("Cat. C"
    # for "catégorie C"): "band" does not shorten "bandwidth"
    return next(
        (
            w
            for w in wanted
            if (len(w) == 3 and stem.startswith(w)) or (len(stem) == 3 and w.startswith(stem))
        ),
        None,
    )


def asked(question: str) -> dict[str, str]:
    """The designators a question names, by each stem (and its translations) of the
    word they designate: {"band": "1"}."""
    out: dict[str, str] = {}
    for word, mark in _PAIR.findall(question):
        if (mark == "I" or mark.islower()) and len(mark) == 1 and word.lower() not in NUMBERED:
            continue  # "can I", "the session I did", "worked a double": no designator
        stems = tokenize([word])[0]
        if len(stems) != 1 or stems[0] in _YEARS:  # a stop word has none
            continue
        for stem in expand(stems):
            out.setdefault(stem, mark_of(mark))
    return out


def fit(wanted: dict[str, str], text: str) -> int:
    """+1 when `text` gives a designator the question asks for ("Band 1" for "band 1"),
    -1 when it gives only others for the same word ("Band 3"), else 0."""
    if not wanted:
        return 0
    same = other = False
    for word, marks in _given(text).items():
        stem = _stem_of(word, wanted)
        if stem is not None:
            same = same or wanted[stem] in marks
            other = other or bool(marks - {wanted[stem]})
    return 1 if same else -1 if other else 0


# more of the same word's marks after the first: "Level: 1 and 2", "Niveaux 1, 2 et 3",
# "Tiers A/B", and a range of numbers "Levels 1–3", "Bands 2 to 4"
_MORE = re.compile(
    r"(?:[ \t]*(?:,|/|&|\band\b|\bor\b|\bet\b|\bou\b)[ \t]*(\d{1,2}|[A-D])(?![\w%/-]|[.,]\d))+"
)
_RANGE = re.compile(r"[ \t]*(?:-|–|\bto\b|\bà\b)[ \t]*(\d{1,2})(?![\w%/-]|[.,]\d)")
_MARK = re.compile(r"\d{1,2}|[A-D]")


def _given(text: str) -> dict[str, set[str]]:
    """The designators `text` gives, by the stem of the word they designate."""
    out: dict[str, set[str]] = {}
    for m in DOC_PAIR.finditer(text):
        stems = tokenize([m.group(1)])[0]
        if len(stems) == 1 and stems[0] not in _YEARS:
            out.setdefault(stems[0], set()).update(_marks(text, m))
    return out


def _marks(text: str, m: re.Match[str]) -> set[str]:
    """The marks of a designator found at `m`: its own, and those of a list ("1 and 2")
    or a range of numbers ("1–3") right after it."""
    first = m.group(2)
    if more := _MORE.match(text, m.end()):
        return {mark_of(first), *(mark_of(x) for x in _MARK.findall(more.group()))}
    span = _RANGE.match(text, m.end())
    if span and first.isdigit() and int(first) < int(span.group(1)) <= 20:
        return {str(n) for n in range(int(first), int(span.group(1)) + 1)}
    return {mark_of(first)}


def differ(a: str, b: str) -> bool:
    """Whether two rows give other designators for the same word ("Band 1", "Band 3"):
    the same work for another band, tier or category is another item."""
    given_a, given_b = _given(a), _given(b)
    return any(not (given_a[w] & given_b[w]) for w in given_a.keys() & given_b.keys())
