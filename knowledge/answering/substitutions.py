"""Textual amendments: the words or figures an amending text substitutes for others.

Legislative and contract drafting amends a clause in place, without restating it: "In
clause 13.2, for the words “within 30 days” substitute “within 14 days”", "In Schedule A,
row F4, for the figures ₼540.00 | ₼560.00 | ₼580.00 substitute ₼610.00 | ₼630.00 |
₼650.00", "substitute “14 days” for “30 days”", "à l'article 13.2, remplacer « 30 jours »
par « 14 jours »", "les mots « 30 jours » sont remplacés par « 14 jours »". What is struck
out is the former text: its figures are the ones the amending sentence replaced
(former.py), which is the strongest sign that it and the clause printing them are about
one item (supersession.py). The clause is not replaced as a whole: its other words and
figures stay in force.

When the figure in force is asked about, the amending sentence is shown as what to read:
"In clause 13.2, read “within 14 days”", without the struck-out figures beside the new
ones.
"""

from __future__ import annotations

import re

# what is struck out or put in: quoted ("“within 30 days”", "« 30 jours »"), or unquoted,
# not past a sentence's end (a decimal point is no end: "₼540.00")
_QUOTED = r"[«“\"‘][^«»“”\"‘’\n]{1,200}[»”\"’]"
_BARE = r"(?:(?!\.(?:\s|$)|;|\bfor\s)[^\n«»“”\"]){1,200}?"
_WHAT_EN = r"(?:the\s+(?:words?|figures?|amounts?|sums?|numbers?|text|expression|phrase)\s+)?"
_WHAT_FR = (
    r"(?:(?:les|le|la|l['’])\s*(?:mots?|chiffres?|montants?|sommes?|nombres?|passage|"
    r"expression|texte)\s+)?"
)
# "for X substitute Y": X is struck out
_FOR_SUBSTITUTE = re.compile(
    rf"\bfor\s+{_WHAT_EN}({_QUOTED}|{_BARE})\s*,?\s+(?:there\s+(?:is|are|shall\s+be)\s+)?"
    r"substitut(?:e|ed)\b(?!\s+for\b)",  # not "stand-ins substitute for absent leads"
    re.I,
)
# "substitute Y for X": X is struck out
_SUBSTITUTE_FOR = re.compile(
    rf"\bsubstitut(?:e|es|ing)\s+{_WHAT_EN}{_QUOTED}\s+for\s+{_WHAT_EN}({_QUOTED})",
    re.I,
)
# "remplacer « X » par « Y »", "les mots « X » sont remplacés par « Y »", "substituer « Y »
# à « X »"
_REMPLACER = re.compile(
    rf"\bremplac(?:er|ez|ent|e)\s+{_WHAT_FR}({_QUOTED})\s+par\b|"
    rf"\b{_WHAT_FR}({_QUOTED})\s+(?:est|sont|sera|seront)\s+remplacée?s?\s+par\b|"
    rf"\bsubstitu(?:er|ez|ent|e)\s+{_WHAT_FR}{_QUOTED}\s+(?:à|aux?)\s+{_WHAT_FR}({_QUOTED})",
    re.I,
)
_PATTERNS = (_FOR_SUBSTITUTE, _SUBSTITUTE_FOR, _REMPLACER)
# any of them, cheaply
NAMES_SUBSTITUTION = re.compile(r"\bsubstitu|\bremplac", re.I)


def struck_out(text: str) -> list[str]:
    """The words or figures `text` substitutes others for, in order."""
    if not NAMES_SUBSTITUTION.search(text):
        return []
    found: list[tuple[int, str]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            g = next(i for i in range(1, len(m.groups()) + 1) if m.group(i))
            if _struck(m.group(g)):
                found.append((m.start(g), m.group(g)))
    return [s for _, s in sorted(found)]


def _struck(what: str) -> bool:
    """Quoted words, or unquoted ones with a figure: "for the day substitute" strikes
    nothing out."""
    return what[0] in '«“"‘' or any(c.isdigit() for c in what)


# the words before the new text, read as "read": "for the figures X substitute"
_STRIKING = re.compile(
    rf"\bfor\s+{_WHAT_EN}({_QUOTED}|{_BARE})\s*,?\s+substitute\b(?!\s+for\b)|"
    rf"\bremplac(?:er|ez)\s+{_WHAT_FR}({_QUOTED})\s+par\b",
    re.I,
)


def as_read(text: str) -> str:
    """`text` with what it strikes out left out: "In clause 13.2, for the words “within 30
    days” substitute “within 14 days”" reads "In clause 13.2, read “within 14 days”"."""

    def read(m: re.Match[str]) -> str:
        if not _struck(m.group(1) or m.group(2)):
            return m.group(0)
        word = "lire" if m.group(0).lower().startswith("rempla") else "read"
        return word.capitalize() if m.group(0)[0].isupper() else word

    return _STRIKING.sub(read, text)


# a sentence's end: not a decimal point ("₼540.00") nor a clause number ("13.2")
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-ZÀ-Ý«“\"])")


def struck_from(text: str, number: str) -> list[str]:
    """What the sentences of an amending `text` that cite clause `number` strike out of it,
    without their quotes: ["within 30 days"] for "In clause 13.2, for the words “within 30
    days” substitute …"; none when it replaces the clause as a whole."""
    cites = re.compile(rf"(?<![\d.]){re.escape(number)}(?![\d]|\.\d)")
    out: list[str] = []
    for sentence in _SENTENCE_END.split(" ".join(text.split())):
        if cites.search(sentence):
            out += [bare(s) for s in struck_out(sentence)]
    return [s for s in out if s]


def bare(text: str) -> str:
    """Words as compared: without quotes, lower-cased, spaces collapsed."""
    return " ".join(text.strip(' «»“”"‘’').lower().split())


# the new words a sentence puts in: after "substitute", to the clause's end; or before "for"
_PUT_EN = re.compile(
    rf"\bfor\s+{_WHAT_EN}({_QUOTED}|{_BARE})\s*,?\s+substitute\b(?!\s+for\b)\s+"
    rf"{_WHAT_EN}({_QUOTED}|[^.;]{{1,200}}?)(?=\s*(?:[.;]\s|[.;]?$))|"
    rf"\bsubstitut(?:e|es|ing)\s+{_WHAT_EN}({_QUOTED})\s+for\s+{_WHAT_EN}({_QUOTED})",
    re.I,
)
_PUT_FR = re.compile(
    rf"\bremplac(?:er|ez|ent|e)\s+{_WHAT_FR}({_QUOTED})\s+par\s+({_QUOTED})|"
    rf"\b{_WHAT_FR}({_QUOTED})\s+(?:est|sont|sera|seront)\s+remplacée?s?\s+par\s+({_QUOTED})",
    re.I,
)


def _pairs(sentence: str) -> list[tuple[str, str]]:
    """The (struck out, put in) words of a sentence, without their quotes."""
    out: list[tuple[str, str]] = []
    for m in _PUT_EN.finditer(sentence):
        old, new = (m[1], m[2]) if m[1] else (m[4], m[3])
        out.append((old, new))
    for m in _PUT_FR.finditer(sentence):
        out.append((m[1], m[2]) if m[1] else (m[3], m[4]))
    return [(o.strip(' «»“”"‘’'), n.strip(' «»“”"‘’')) for o, n in out if _struck(o)]


def substituted(text: str, amending: str, number: str) -> str | None:
    """`text`, a sentence of clause `number`, as the `amending` text's substitutions in
    that clause make it read ("… within 30 days." → "… within 14 days."); None when none
    of them is in it."""
    cites = re.compile(rf"(?<![\d.]){re.escape(number)}(?![\d]|\.\d)")
    out = text
    for sentence in _SENTENCE_END.split(" ".join(amending.split())):
        if not cites.search(sentence):
            continue
        for old, new in _pairs(sentence):
            words = r"\s+".join(re.escape(w) for w in old.split())
            out = re.sub(rf"(?<!\w){words}(?!\w)", lambda _m, n=new: n, out, flags=re.I)
    return out if out != text else None
