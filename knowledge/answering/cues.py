"""Language cues, English and French, in one place: what a question asks for.

Everything here reads the *question* (or a document's own labels) and means the
same on any union's documents: the kind of figure asked for (money, a share, a
duration, a date), small talk, follow-ups, text addressed to a model rather than
a member, and the shorthand members type ("bg", "OT", "rn", "w/"). No cue names
a topic of one corpus.
"""

from __future__ import annotations

import re

# Member shorthand, expanded before a question is read or searched.
_SHORTHAND = {
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
    "ppl": "people",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "u": "you",
    "ur": "your",
    "r": "are",
    "b4": "before",
    "bc": "because",
    "cuz": "because",
    "govt": "government",
    "whats": "what is",
    "hows": "how is",
    "dont": "do not",
    "doesnt": "does not",
    "cant": "cannot",
    "wont": "will not",
    "im": "I am",
    "ive": "I have",
    "isnt": "is not",
    "arent": "are not",
}
_SHORTHAND_WORD = re.compile(
    r"(?<![\w/])("
    + "|".join(re.escape(k) for k in sorted(_SHORTHAND, key=len, reverse=True))
    + r")(?![\w/])",
    re.I,
)


def expand_shorthand(question: str) -> str:
    """`question` with member shorthand written out ("whats the bg rate rn" → "what is the
    background rate right now"). Words in capitals stay as typed unless they are shorthand
    ("OT"), so acronyms a union uses are kept."""

    def repl(m: re.Match[str]) -> str:
        word = m.group(1)
        return _SHORTHAND[word.lower()]

    return _SHORTHAND_WORD.sub(repl, question)


WANTS_FIGURE = re.compile(
    r"\b(how much|how many|rate|rates|pay|paid|wage|scale|minimum|raise|increase|percent|"
    r"bonus|threshold|fee|combien|taux|tarif|salaire|paie|payé|rémunération|augmentation|"
    r"hausse|prime|seuil|pourcentage|cachet|how long|percentage|score|vote[sd]?|voté|"
    r"combien de temps|durée|contribution|cotisation)\b|[%$€]",
    re.I,
)
SMALLTALK = re.compile(
    r"^\s*(?:hi|hello|hey|yo|hiya|good (?:morning|afternoon|evening)|bonjour|bonsoir|salut|"
    r"coucou|thanks?(?: you)?(?: so much| a lot)?|thx|ty|merci(?: beaucoup| bien)?|ok(?:ay)?|"
    r"cool|great|super|parfait|génial|who are you|what are you|what can you do|how do i use you|"
    r"help|aide|qui es[- ]tu|tu es qui|vous êtes qui|qui êtes[- ]vous|que sais[- ]tu faire|"
    r"que peux[- ]tu faire|tu sers à quoi|à quoi tu sers|what do you do|what is this)"
    r"(?:[\s,]+(?:steward|bot|there|toi|à toi|a toi|tu sers à quoi|who are you|qui es-tu))?"
    r"[\s!?.…:)]*$",
    re.I,
)
WANTS_DATE = re.compile(
    r"\b(when|what date|how long|until|expire[sd]?|end[s]?|start[s]?|quand|quelle date|"
    r"combien de temps|jusqu|expir\w*|termine\w*|fin|début|commence\w*|dur[ée]\w*)\b",
    re.I,
)
# Asks for a date; "how long" asks for a duration first (the dates only help).
WANTS_WHEN = re.compile(
    r"\b(when|what date|until|expire[sd]?|end[s]?|start[s]?|quand|quelle date|"
    r"jusqu|expir\w*|termine\w*|fin|début|commence\w*)\b",
    re.I,
)
STATUS_COLUMN = re.compile(r"^(status|statut|état)$", re.I)
DATE_COLUMN = re.compile(
    r"^(effective from|effective to|from|to|until|start|end|du|au|depuis|jusqu'au|début|fin)$", re.I
)
PAST = re.compile(r"superseded|remplacé|expired|expiré|history|historique|no longer", re.I)
INSTRUCTION = re.compile(  # text that addresses a model, not a member
    r"\b(ignore (all |any |your |the )?(previous |prior |above )?(instructions|rules)|system prompt|"
    r"disregard (the|your|all)|you are now|tell (the )?members|pretend (to be|you)|"
    r"ignore[zr]? (les |toutes les |tes |vos )?(instructions|consignes|règles))\b"
    r"|^\s*(system|assistant|système)\s*:",
    re.I,
)
ELLIPTIC = re.compile(
    r"^\s*(?:and|what about|how about|also|et|et pour|et les|et la|et le|et si|aussi|pareil)\b",
    re.I,
)
# The kinds of figure a question asks for, each with the cue that asks for it.
KIND_CUES = [
    (
        {"money"},
        re.compile(
            r"how much|rate|pay|paid|wage|salary|fee|minimum|scale|threshold|bonus|"
            r"combien|taux|tarif|salaire|paie|payé|cachet|seuil|prime|\$|€",
            re.I,
        ),
    ),
    (
        {"pct"},
        re.compile(
            r"percent|%|raise|increase|vote|score|approv|contribution|augmentation|"
            r"how many (?!days|hours|weeks)|combien de (?!temps|jours|heures|semaines)|"
            r"hausse|pourcentage|cotisation|voté|ratifi",
            re.I,
        ),
    ),
    (
        {"days", "hours", "weeks"},
        re.compile(
            r"how long|how many (days|hours|weeks)|notice|"
            r"durée|combien de (temps|jours|heures)|préavis|prévenir",
            re.I,
        ),
    ),
    ({"date"}, WANTS_WHEN),
]
# Words that start a sentence or are common in capitals, not names.
COMMON_CAPITALISED = {"i", "ai", "ia", "ok", "tv", "hi", "hey", "and", "what", "how", "can", "is"}
REFERENCE = re.compile(
    r"\b(article|section|schedule|annex|annexe|exhibit|appendix|paragraph|clause)\s+(\d+[a-z]?|[A-Z])\b",
    re.I,
)


def wanted_kinds(question: str) -> set[str]:
    """The kinds of figure a question asks for: money, pct, days/hours/weeks, date."""
    kinds: set[str] = set()
    for names, cue in KIND_CUES:
        if cue.search(question):
            kinds |= names
    return kinds
