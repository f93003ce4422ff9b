"""Member shorthand, English and French, written out before a question is searched and
matched: "whats the bg rate rn" → "what is the background rate right now", "c quoi le
tarif" → "c'est quoi le tarif", "72h" → "72 hours", "1st half hr" → "first half hour",
"my dad passed last yr" → deceased. A lower-case word without a vowel is shorthand too
(SHORTHAND_WORD), spelled out from the documents' own phrases elsewhere (acronyms.py).
"""

from __future__ import annotations

import re

from .. import figures
from .designators import NUMBERED

# A lower-case word without a vowel is shorthand, not a word ("pfh", "hrly", "mgmt").
SHORTHAND_WORD = re.compile(r"[b-df-hj-np-tv-xz]{2,5}")

# Shorthand with more than one usual reading: "bg" is background work on a film set,
# backing vocals in a studio. Written out as the first; read as any the documents know.
READINGS = {
    "bg": ("background", "backing"),
    "bgs": ("background", "backing"),
}

# Words members clip, known by any of their full forms the documents write ("une prod
# dont le tournage…": a production or a producer). Not written out: "la prod" searched as
# "la production" finds other passages than the member's own word does.
CLIPPINGS = {
    "prod": ("production", "producer", "producteur"),
    "prods": ("productions", "producers", "producteurs"),
    "admin": ("administration", "administrator", "administrative", "administratif"),
    "info": ("information", "informations"),
    "infos": ("informations", "information"),
    "reh": ("rehearsal", "répétition"),
    "répét": ("répétition",),
    "doc": ("documentary", "document", "documentaire"),
    "docs": ("documentaries", "documents", "documentaires"),
    "prep": ("preparation", "preparing", "préparation"),
    "mic": ("microphone", "micro"),
    "mics": ("microphones", "micros"),
}

# Member shorthand, written out before a question is searched and matched. The first
# list means the same in either language; the others only in theirs ("dont" is French).
_SHORTHAND_ANY = {
    "bg": "background",
    "bgs": "background actors",
    "ot": "overtime",
    "rn": "right now",
    "atm": "at the moment",
    "w/": "with",
    "w/o": "without",
    "hr": "hour",
    "hrs": "hours",
    "wk": "week",
    "wks": "weeks",
    "yr": "year",
    "yrs": "years",
    "b4": "before",
    "min": "minimum",
    "mins": "minutes",
    "max": "maximum",
    "perf": "performance",
}
_SHORTHAND_EN = {
    "ppl": "people",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "u": "you",
    "ur": "your",
    "r": "are",
    "bc": "because",
    "cuz": "because",
    "whats": "what is",
    "ad": "advertisement (ad)",
    "ad hoc": "ad hoc",
    "ad lib": "ad lib",
    "ads": "advertisements (ads)",
    "exam": "examination (exam)",
    "exams": "examinations (exams)",
    "day player": "day performer",
    "retro": "retroactive",
    "hows": "how is",
    "dont": "do not",
    "doesnt": "does not",
    "cant": "cannot",
    "wont": "will not",
    "im": "I am",
    "ive": "I have",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "asap": "as soon as possible",
    "nye": "New Year's Eve",
    "one off": "one-off",  # "is there a one off fee?": once, not "off"
    "once off": "once-off",
    "thru": "through",
    "isnt": "is not",
    "arent": "are not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "didnt": "did not",
    "wasnt": "was not",
    "werent": "were not",
    "shouldnt": "should not",
    "couldnt": "could not",
    "wouldnt": "would not",
    "youre": "you are",
    "theyre": "they are",
    "youve": "you have",
    "theyve": "they have",
    "thats": "that is",
    "theres": "there is",
    "whos": "who is",
    "wheres": "where is",
    # plain words for what contracts call deceased ("my grandma died in 2023")
    "died": "deceased (death)",
    "dead": "deceased (death)",
    "passed away": "deceased (death)",
}
_SHORTHAND_FR = {
    "c": "c'est",
    "koi": "quoi",
    "ya": "il y a",
    "pis": "puis",
    "faque": "alors",  # Québec: "fait que"
    "fak": "alors",
    "qqn": "quelqu'un",
    "qqch": "quelque chose",
    "pcq": "parce que",
    "bcp": "beaucoup",
    "ds": "dans",
    "tjrs": "toujours",
    "jsp": "je ne sais pas",
    "svp": "s'il vous plaît",
    "chu": "je suis",
    "jsuis": "je suis",
    "auj": "aujourd'hui",
    "qd": "quand",
    "pr": "pour",
    "ajd": "aujourd'hui",
    "mtn": "maintenant",
    "stp": "s'il te plaît",
    "cb": "combien",
    "chui": "je suis",
    "pk": "pourquoi",
    "gratos": "gratuit",
    "supp": "supplémentaire",
    "sup": "supplémentaire",
    "mort": "décédé",
    "morte": "décédée",
}


def _pattern(words: dict[str, str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(k) for k in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])({alternatives})(?![\w'’-])", re.I)


_SHORTHAND = {
    "en": ({**_SHORTHAND_ANY, **_SHORTHAND_EN}, _pattern({**_SHORTHAND_ANY, **_SHORTHAND_EN})),
    "fr": ({**_SHORTHAND_ANY, **_SHORTHAND_FR}, _pattern({**_SHORTHAND_ANY, **_SHORTHAND_FR})),
}


# a person passed ("my mom passed", "she passed", "…, passed", "was a voice actor and
# passed"), at a time
_PASSED = re.compile(
    r"(\b(?:he|she|they|who)\s+|\b(?:my|our|his|her|their)\s+\w+(?:\s+\w+)?\s+|,\s*|"
    r"\bwas\s+an?\s+(?:[\w-]+\s+){1,3}and\s+)"
    r"passed(?=\s+(?:last|in|recently|earlier|this|a\s+few|(?:19|20)\d\d)\b)",
    re.I,
)


# "the hourly for a rigger", "what's my daily rn": the rate per unit of time,
# said as a noun (followed by no noun of its own: "the daily allowance" is left alone)
_PER_UNIT_NOUN = re.compile(
    r"\b((?:the|my|your|our|their|an?)\s+(?:hourly|daily|weekly|nightly|monthly))"
    r"(?=\s*(?:[?!.,;:)]|$)|\s+(?:for|of|on|at|in|as|if|when|with|from|now|right now|"
    r"today|this|these|here|there|please|pls|then|again|b4|before|after)\b)",
    re.I,
)


def expand_shorthand(question: str, language: str = "en") -> str:
    """`question` with member shorthand written out: "whats the bg rate rn" → "what is the
    background rate right now"; "c quoi le tarif" → "c'est quoi le tarif"."""
    words, pattern = _SHORTHAND.get(language, _SHORTHAND["en"])

    def written_out(m: re.Match[str]) -> str:
        # "bg/stand-ins" is two words; a single letter beside a slash ("a/c") is not one.
        key = m.group(1)
        beside = question[m.start() - 1 : m.start()] + question[m.end() : m.end() + 1]
        if "/" in beside and len(key) == 1:
            return key
        if key == "Nye":  # "Nye Bevan Hall": a name; "NYE", "nye": New Year's Eve
            return key
        if key.lower() in ("min", "max") and re.search(r"\d\s?$", question[: m.start()]):
            return key  # "a 10 min break": minutes, not a minimum
        before = re.search(r"([^\W\d_]+)\.?\s*$", question[: m.start()])
        if len(key) == 1 and before and before.group(1).lower() in NUMBERED:
            return key  # "catégorie C": a designator, not "c'est"
        return words[key.lower()]

    question = pattern.sub(written_out, question)
    if language != "fr":  # "my dad passed last yr": died, not passed an audition
        question = _PASSED.sub(r"\1deceased (death)", question)
        question = _PER_UNIT_NOUN.sub(r"\1 rate", question)  # "whats the hourly for …"
    ordinals = _ORDINALS_FR if language == "fr" else _ORDINALS_EN
    question = _ORDINAL.sub(lambda m: ordinals.get(m.group(1).lower(), m.group(1)), question)
    units = _UNITS_FR if language == "fr" else _UNITS_EN
    return _UNIT_SHORTHAND.sub(lambda m: f"{m.group(1)} {units[m.group(2).lower()]}", question)


# "1st outfit", "2e demi-heure": an ordinal before a word written out ("first", a table's
# label says so); not in a date ("Sept 1st", "1er octobre").
_ORDINALS_EN = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}
_ORDINALS_FR = {"1er": "premier", "1re": "première", "1ère": "première", "2e": "deuxième"}
_ORDINALS_FR |= {"2ème": "deuxième", "3e": "troisième", "3ème": "troisième"}
_ORDINAL = re.compile(
    r"(?<![\w/-])(1st|2nd|3rd|4th|1er|1re|1ère|2e|2ème|3e|3ème)(?=\s+(?!(?:"
    + figures.MONTH_NAMES
    + r")\b)[^\W\d_])",
    re.I,
)
# "72h", "2hrs", "3 wks": a number's unit written out, in the question's language.
_UNIT_SHORTHAND = re.compile(r"\b(\d+)\s?(h|hr|hrs|min|mins|wk|wks)\b", re.I)
_UNITS_EN = {"h": "hours", "hr": "hours", "hrs": "hours", "min": "minutes", "mins": "minutes"}
_UNITS_EN |= {"wk": "weeks", "wks": "weeks"}
_UNITS_FR = {
    k: v.replace("hours", "heures").replace("weeks", "semaines") for k, v in _UNITS_EN.items()
}
