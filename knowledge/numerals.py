"""Numbers however they are written, as digits, so that figures can be compared.

`as_digits(text, language)` is for checking, never for showing: it returns `text`
with

- Unicode compatibility forms folded (NFKC: "²⁷¹" → "271", "＄" → "$");
- invisible format characters removed (zero-width spaces and joiners, soft hyphens,
  direction marks: "9\u200b999" → "9999");
- numbers written in words read, in English or French ("nine hundred ninety-nine"
  → "999", "quarante-cinq pour cent" → "45 pour cent"), by text2num;
- k and M suffixes and scale words after digits read ("2k" → "2,000", "1.5M" and
  "1.5 million" → "1,500,000");
- Roman numerals read where they count something ("paid III times" → "paid 3 times");
- multiples named in words spelled out ("twice", "double time" → "2 times",
  "time and a half" → "1.5 times").
"""

from __future__ import annotations

import re
import unicodedata

from text_to_num import alpha2digit

_WORD_LANGUAGES = ("en", "fr")
_NUMBER = r"\d+(?:[.,]\d+)?"
_SCALE = {"k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "million": 1e6, "millions": 1e6,
          "billion": 1e9, "billions": 1e9, "bn": 1e9, "milliard": 1e9, "milliards": 1e9}  # fmt: skip
_SUFFIX = re.compile(
    rf"(?<![\w.,])({_NUMBER})\s?(k|K|MM|M|millions?|billions?|bn|milliards?)(?![\w])"
)
_ROMAN = r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
# Words after which a Roman numeral is a quantity rather than a name ("Article IV").
_QUANTIFIED = (
    r"times|fois|hours?|hrs?|heures?|days?|jours?|weeks?|semaines?|months?|mois|years?|ans?|"
    r"années?|percent|per\s+cent|pour\s+cent|%|dollars?|euros?|\$|€|£"
)
_ROMAN_COUNT = re.compile(rf"(?<![\w$€£])(?=[MDCLXVI])({_ROMAN})(?=\s*(?:{_QUANTIFIED})(?!\w))")
_ROMAN_MONEY = re.compile(rf"(?<=[$€£])\s?(?=[MDCLXVI])({_ROMAN})(?!\w)")
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
_MULTIPLES = [
    (re.compile(r"\btime[\s-]+and[\s-]+(?:a|one)[\s-]+half\b", re.I), "1.5 times"),
    (re.compile(r"\b1[\s-]+and[\s-]+(?:a|1)[\s-]+half[\s-]+times\b", re.I), "1.5 times"),
    # "double" alone is also a body double: only "double time" and "double the rate" count
    (
        re.compile(r"\b(?:twice|double[\s-]+time|double(?=\s+(?:the|their|your)\b))", re.I),
        "2 times",
    ),
    (
        re.compile(r"\b(?:thrice|triple[\s-]+time|triple(?=\s+(?:the|their|your)\b))", re.I),
        "3 times",
    ),
    (re.compile(r"\b(\d+)\s?[x×](?=\s|$)", re.I), r"\1 times"),
]


def as_digits(text: str, language: str = "en") -> str:
    """`text` with every number it states written in digits (see the module's docstring)."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    text = _SUFFIX.sub(_scaled, text)  # first: French text2num reads a lone "M" as mille
    text = _words(text, language if language in _WORD_LANGUAGES else "en")
    text = _ROMAN_MONEY.sub(lambda m: _roman(m.group(1)), text)
    text = _ROMAN_COUNT.sub(lambda m: _roman(m.group(1)), text)
    for pattern, replacement in _MULTIPLES:
        text = pattern.sub(replacement, text)
    return text


def _words(text: str, language: str) -> str:
    try:
        out = str(alpha2digit(text, language, threshold=0))
    except Exception:  # never let a reader's failure stop a check: compare the text as written
        return text
    if language == "fr":  # "quarante-cinq pour cent" comes back as "45 pour 100"
        out = re.sub(r"(?<=\d)(\s+pour\s+)100\b", r"\1cent", out)
    return out


def _roman(numeral: str) -> str:
    if not numeral:
        return numeral
    total = 0
    for i, c in enumerate(numeral):
        value = _ROMAN_VALUES[c]
        following = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -value if value < following else value
    return str(total)


def _scaled(m: re.Match[str]) -> str:
    from .figures import parse_number

    value = parse_number(m.group(1)) * _SCALE[m.group(2)]
    return f"{value:,.4f}".rstrip("0").rstrip(".")
