"""Textual amendments: the words or figures an amending text substitutes for others.

Legislative and contract drafting amends a clause in place, without restating it: "In
clause 13.2, for the words “within 30 days” substitute “within 14 days”", "In Schedule A,
row F4, for the figures ₼540.00 | ₼560.00 substitute ₼610.00 | ₼630.00", "for the words
… there shall be substituted …", "substitute “14 days” for “30 days”", "à l'article 13.2,
remplacer « 30 jours » par « 14 jours »", "les mots « 30 jours » sont remplacés par « 14
jours »", "substituer « 14 jours » à « 30 jours »". What is struck out is the former text:
its figures are the ones the amending sentence replaced (answering/former.py), the
strongest sign that it and the clause printing them are about one item
(answering/supersession.py). The clause is not replaced as a whole: its other sentences
stay in force (answering/amendments.py), and the one printing the struck-out words is
shown as it then reads.

Struck-out words are quoted, or, after "the words", "the figures" and the like, unquoted
and with a figure: "Paid for 3 hours, substitute choristers receive …" strikes nothing
out, nor does "stand-ins substitute for absent leads". One grammar serves every reading;
texts are read with their runs of white space as one space, so every pattern is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_QUOTED = r"[«“\"‘][^«»“”\"‘’\n]{1,200}[»”\"’]"
# unquoted: from a non-space to a non-space, not past a sentence's end (a decimal point is
# none: "₼540.00"), nor into another "for"
_BARE = r"[^\s«»“”\"](?:(?!\.\s|;|\bfor\s)[^«»“”\"]){0,198}?[^\s«»“”\"]"
# the new words, unquoted: to the sentence's end
_TO_END = r"[^\s«»“”\"](?:(?!\.\s|;)[^«»“”\"]){0,199}?(?=\.?\s*$|\.\s|;)"
_WHAT_EN = r"the\s+(?:words?|figures?|amounts?|sums?|numbers?|text|expression|phrase)\s+"
_WHAT_FR = (
    r"(?:les|le|la|l['’])\s*(?:mots?|chiffres?|montants?|sommes?|nombres?|passage|"
    r"expression|texte)\s+"
)
_GRAMMAR = (
    # "for [the words] X[,] [there shall be] substitute[d] Y"
    re.compile(
        rf"\bfor\s+(?P<what>{_WHAT_EN})?(?P<old>{_QUOTED}|{_BARE})\s*,?\s+"
        r"(?:there\s+(?:is|are|shall\s+be)\s+)?substitut(?:e|ed)\b(?!\s+for\b)\s+"
        rf"(?:{_WHAT_EN})?(?P<new>{_QUOTED}|{_TO_END})",
        re.I,
    ),
    # "substitute Y for X"
    re.compile(
        rf"\bsubstitut(?:e|es|ing)\s+(?:{_WHAT_EN})?(?P<new>{_QUOTED})\s+for\s+"
        rf"(?:{_WHAT_EN})?(?P<old>{_QUOTED})",
        re.I,
    ),
    # "remplacer « X » par « Y »"
    re.compile(
        rf"\bremplac(?:er|ez|ent|e)\s+(?:{_WHAT_FR})?(?P<old>{_QUOTED})\s+par\s+"
        rf"(?:{_WHAT_FR})?(?P<new>{_QUOTED})",
        re.I,
    ),
    # "les mots « X » sont remplacés par « Y »"
    re.compile(
        rf"\b(?:{_WHAT_FR})?(?P<old>{_QUOTED})\s+(?:est|sont|sera|seront)\s+remplacée?s?\s+"
        rf"par\s+(?:{_WHAT_FR})?(?P<new>{_QUOTED})",
        re.I,
    ),
    # "substituer « Y » à « X »"
    re.compile(
        rf"\bsubstitu(?:er|ez|ent|e)\s+(?:{_WHAT_FR})?(?P<new>{_QUOTED})\s+(?:à|aux?)\s+"
        rf"(?:{_WHAT_FR})?(?P<old>{_QUOTED})",
        re.I,
    ),
)
# any of them, cheaply
NAMES_SUBSTITUTION = re.compile(r"\bsubstitu|\bremplac", re.I)
# a sentence's end: not a decimal point ("₼540.00") nor a clause number ("13.2")
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-ZÀ-Ý«“\"])")
# a clause a sentence cites: "clause 13.2", "Article 5.1", "§ 8.3", "l'article 13.2"
CITED = re.compile(
    r"(?:\b(?:clauses?|sections?|articles?|paragraphs?|paragraphes?)|§)\s*(\d+(?:\.\d+)+)", re.I
)
_QUOTES = ' «»“”"‘’'


def _found(text: str) -> Iterator[re.Match[str]]:
    """The substitutions of `text` (its white space runs already one space), in order."""
    if not NAMES_SUBSTITUTION.search(text):
        return
    found = [m for pattern in _GRAMMAR for m in pattern.finditer(text)]
    for m in sorted(found, key=lambda m: m.start()):
        old = m["old"]
        quoted = old[0] in _QUOTES
        # unquoted, it is what "the words" or "the figures" name, and has a figure
        if quoted or (m.groupdict().get("what") and any(c.isdigit() for c in old)):
            yield m


def struck_out(text: str) -> list[str]:
    """The words or figures `text` substitutes others for, as written, in order."""
    if not NAMES_SUBSTITUTION.search(text):
        return []
    return [m["old"] for m in _found(" ".join(text.split()))]


def as_read(text: str) -> str:
    """`text` with each substitution shown as what to read: "In clause 13.2, for the words
    “within 30 days” substitute “within 14 days”" reads "In clause 13.2, read “within 14
    days”"."""
    if not NAMES_SUBSTITUTION.search(text):
        return text
    flat = " ".join(text.split())
    out, at = [], 0
    for m in _found(flat):
        if m.start() < at:
            continue
        french = not m.group(0).lower().startswith(("for", "substitut"))
        word = "lire" if french else "read"
        if m.start() == 0 or flat[: m.start()].rstrip().endswith((".", ":", ";")):
            word = word.capitalize()
        out += [flat[at : m.start()], f"{word} {m['new']}"]
        at = m.end()
    return "".join([*out, flat[at:]]) if out else text


def bare(text: str) -> str:
    """Words as compared: without quotes, lower-cased, spaces collapsed."""
    return " ".join(text.strip(_QUOTES).lower().split())


def _sentences(text: str) -> tuple[list[str], list[set[str]], str | None]:
    """An amending text's sentences, the clauses each cites, and the one clause the whole
    text cites, if it cites one only."""
    sentences = _SENTENCE_END.split(" ".join(text.split()))
    cited = [set(CITED.findall(s)) for s in sentences]
    every = set().union(*cited)
    return sentences, cited, next(iter(every)) if len(every) == 1 else None


def _citing(text: str, number: str) -> Iterator[str]:
    """The sentences of an amending text about clause `number`: those that cite it, or,
    when the text cites no other clause, all of them ("Clause 13.2 is amended. For the
    words … substitute …")."""
    sentences, cited, sole = _sentences(text)
    for sentence, numbers in zip(sentences, cited, strict=True):
        if number in numbers or number == sole:
            yield sentence


def struck_from(text: str, number: str) -> list[str]:
    """What an amending `text` strikes out of clause `number`, without quotes: ["within 30
    days"]; none when it replaces the clause as a whole."""
    return [w for s in _citing(text, number) for m in _found(s) if (w := bare(m["old"]))]


def amended_in_part(text: str) -> list[str]:
    """The clauses `text` amends in part: each it cites in a sentence that substitutes
    words, or the one it cites when a sentence of it does. One pass over its sentences."""
    if not NAMES_SUBSTITUTION.search(text):
        return []
    sentences, cited, sole = _sentences(text)
    found: dict[str, None] = {}
    for sentence, numbers in zip(sentences, cited, strict=True):
        if any(bare(m["old"]) for m in _found(sentence)):
            found |= dict.fromkeys(sorted(numbers) if sole is None else [sole])
    return list(found)


def substituted(text: str, amending: str, number: str) -> str | None:
    """`text`, a sentence of clause `number`, as the `amending` text's substitutions in
    that clause make it read ("… within 30 days." → "… within 14 days."); None when none
    of them is in it."""
    out = " ".join(text.split())
    for sentence in _citing(amending, number):
        for m in _found(sentence):
            words = r"\s+".join(re.escape(w) for w in m["old"].strip(_QUOTES).split())
            new: str = m["new"].strip(_QUOTES)
            out = re.compile(rf"(?<!\w){words}(?!\w)", re.I).sub(new.replace("\\", r"\\"), out)
    return out if out != " ".join(text.split()) else None
