"""The kinds of figure a question asks for: an amount, a share, a duration, a date, a day.

"How much is the scan fee" wants an amount, "what %" a share only, "how long" a duration
before the dates, "after 9 hrs or 10?" a number of hours, "what is the OT per hour" an
amount for each hour, "what days is it open" a day of the week, "is it still 60 days to
pay us?" the duration it checks. English and French cues; none names a topic.
"""

from __future__ import annotations

import re
from functools import cache

from .. import figures
from ..currencies import CURRENCY_NAMES
from ..lexical import tokenize
from .cues import ASKS_SHARE, ASKS_STILL, PRICED_NOW, WANTS_WHEN
from .designators import NUMBERED
from .unit import LASTING, MEASURED

_SIGN = f"[{figures.CURRENCY_SIGNS}]"  # an amount's currency sign

# what a count is not: a length of time ("how many days"), a number of times, words
_NOT_COUNTED = (
    r"(?:days?|hours?|hrs?|weeks?|wks?|months?|years?|yrs?|minutes?|mins?|times|words|jours|"
    r"heures|semaines|mois|ans|années|fois|mots|temps)\b"
)
# what "the number of …" counts: not a length of time two words on ("consecutive days",
# "working hours"), nor "the number of the office" (a phone's)
_NOT_OF = (
    rf"(?:[^\W\d_]+\s+){{0,2}}(?:{_NOT_COUNTED}|journées?\b)|(?:the|an?|my|your|our|le|la|les)\b"
)
# what "combien de/d'…" asks an amount of: "combien de plus", "combien d'euros"
_MONEY_OF = rf"(?:plus|moins|frais|sous|argent|{CURRENCY_NAMES})\b"
# A count in a text: a small number before what it counts ("6 takes", "three (3) night
# shoots", "huit cavaliers"); 10 and more are figures of their own (figures.extract). Not
# a date ("1 July"), a length of time ("5 working days"), a share or a magnitude.
COUNTED = re.compile(
    r"(?<![\w.,:/§$€£-])(?:[1-9]|two|three|four|five|six|seven|eight|nine|deux|trois|quatre|"
    r"cinq|sept|huit|neuf)(?:\s+\([1-9]\))?\s+"
    rf"(?!{_NOT_COUNTED}|(?:{figures.MONTH_NAMES})\b|[^\W\d_]+\s+{_NOT_COUNTED}|"
    r"h\b|per\b|par\b|pour\b|of\b|de\b|et\b|and\b|or\b|ou\b|percent\b|"
    r"millions?\b|milliards?\b|billions?\b|thousands?\b|mille\b)"
    r"[^\W\d_]{3,}",
    re.I,
)
# a number that names, not counts: "Art. 6 Horse welfare", "Schedule 2 rates", "Tank 3";
# the words a number designates (designators.NUMBERED: "band 1", "tier 2") and the like
_NAMING_WORDS = NUMBERED | set(
    "art arts article articles sections clause clauses schedules annex form forms formulaire "
    "season saison year catégorie block lane ring tank stage studio room salle page chapter "
    "chapitre no nos n° nº version item row line ligne rule règle paragraph paragraphe point "
    "week semaine day jour episode épisode round act acte scene scène unit unité".split()
)
_NAMING = re.compile(
    rf"(?:\b(?:{'|'.join(sorted(map(re.escape, _NAMING_WORDS), key=len, reverse=True))})\.?|§|#)"
    r"\s*$",
    re.I,
)


def counts(text: str) -> bool:
    """Whether a text counts something in a small number ("no more than 6 takes")."""
    return any(
        not _NAMING.search(text[max(0, m.start() - 16) : m.start()]) for m in COUNTED.finditer(text)
    )


# the words that name a multiple of a fee ("the holiday multiplier": "1.75 times the fee")
_MULTIPLES = (
    *("multiplier", "multipliers", "multiplicateur", "multiplicateurs"),
    *("coefficient", "coefficients"),
)


@cache
def multiple_tokens() -> frozenset[str]:
    """The tokens of the words that name a multiple of a fee."""
    return frozenset(t for word in tokenize(list(_MULTIPLES)) for t in word)


# The kinds of figure a question asks for, each with the cue that asks for it.
KIND_CUES = [
    (
        {"money"},
        re.compile(
            r"how much|\b(?:rates?|pay\w*|paid|wages?|salar\w*|fees?|scales?|"
            r"(?<!repos )minimums?(?!\s+(?:rest|notice|call|break|turnaround|period|time|repos|préavis))|"
            # "\bfee", not "coffee"; a per diem is an amount
            r"thresholds?|bonus\w*|premiums?|penalt(?:y|ies)|per diems?|"
            # what is paid on top of a rate, or for a cost: "the harness supplement"
            r"supplements?|allowances?|stipends?)\b|pénalités?\b|suppléments?\b|indemnités?\b|"
            r"(?:do|will|would|did) (?:i|we|you) (?:make|earn|get)|earnings?|"
            r"gagne\w*|touche\w*|je fais combien|"
            # "combien de prises", "combien d'heures" count, as "how many" does; not
            # "combien de plus", "combien de frais", "combien d'euros"
            # ("combien de l'heure": how much an hour)
            rf"combien(?!\s+de\s+(?!{_MONEY_OF}|l['’]|la\b|le\b|les\b))"
            rf"(?!\s+d['’](?!{_MONEY_OF}))|"
            rf"taux|tarif|barème|salaire|paie|payé|cachet|seuil|prime|{_SIGN}|{PRICED_NOW}",
            re.I,
        ),
    ),
    (
        {"pct"},
        re.compile(
            r"percent|%|\b(?:raise[sd]?|increase[sd]?|rise[sn]?|go(?:es)? up|vot\w*|scores?|"
            r"approv\w*|contributions?)\b|"
            # "a night premium of 10%", "a doubling supplement of 15%", "taux de cotisation"
            r"premium|prime|\bsupplements?\b|\bsuppléments?\b|taux|"
            r"augment\w*|"
            r"how many (?!days|hours|weeks|minutes)|"
            r"combien de (?!temps|jours|heures|semaines|minutes|l['’])|"
            rf"hausse|pourcentage|cotisation|voté|ratifi|\b(?:{ASKS_SHARE})\b",
            re.I,
        ),
    ),
    (
        {"days", "hours", "weeks", "minutes"},
        re.compile(
            r"how long|how soon|how quickly|how fast|how many (days|hours|weeks|minutes)|notice|"
            r"\b(?:minimum|min)\s+(?:rest|turnaround|break)|\brest\s+(?:period|between)|"
            r"temps de repos|repos minimum|"
            r"how far (?:in )?advance|in advance|ahead of time|"
            r"max(?:imum)? length|durée|combien (?:de (?:temps|jours|heures|minutes)|d['’]heures)|"
            r"délai|préavis|prévenir|deadlines?|time ?limits?|time ?frames?|"
            r"d['’]avance|à l['’]avance|avertir|aviser",
            re.I,
        ),
    ),
    (
        {"number"},  # a count of people or votes: "how many voted against?", "combien de
        # membres ?" (not "how many words", which a rule's length answers)
        re.compile(
            r"\bhow many (?:(?:\w+ ){0,2}voted|votes|voters|members|people|persons)\b|"
            r"\b(?:vote|head) ?counts?\b|"
            r"\bcombien (?:d['’](?:adhérents|électeurs)\b|de (?:membres|voix|votes|votants|"
            r"personnes|gens|syndiqués)\b|ont voté)|"
            # a count of things: "how many takes", "combien de prises", "max riders per scene"
            rf"\bhow many (?!{_NOT_COUNTED})[^\W\d_]{{2,}}|"
            rf"\bcombien de (?!{_NOT_COUNTED}|{_MONEY_OF})[^\W\d_]{{3,}}|"
            # "the max number of crashes", "le nombre maximal de prises"
            rf"\bnumber of (?!{_NOT_OF})[^\W\d_]{{2,}}|"
            rf"\bnombre (?:(?:max|min)(?:imum|imal|imale)?\s+)?d(?:e\s+|['’])"
            rf"(?!{_NOT_OF})[^\W\d_]{{3,}}",
            re.I,
        ),
    ),
    # a multiple of a fee: "what is the holiday multiplier?", "le coefficient du dimanche"
    # ("1.75 times the fee", or "260 %" of it)
    ({"times", "pct"}, re.compile(rf"\b(?:{'|'.join(_MULTIPLES)})\b", re.I)),
    ({"date", "clock"}, WANTS_WHEN),  # "when is the clinic": its day and its hours
    # a deadline is a day as often as a delay: "deadline to send the forms"
    ({"date"}, re.compile(r"\b(?:deadlines?|date\s+limite|by\s+when|échéance)\b", re.I)),
    (
        {"weekday", "date"},  # "what days is it open", "quel jour est la clinique"
        re.compile(
            r"\b(?:what|which) days? (?:is|are|does|do|of the week)\b|\bday of the week\b|"
            r"\bquels? jours? (?:est|sont|de la semaine)\b|\bquel jour\b",
            re.I,
        ),
    ),
    (
        {"clock"},  # a time of day: "what hours", "à quelle heure", "heures d'ouverture"
        re.compile(
            r"\bwhat (?:hours|time)\b|\b(?:opening|office|business) hours\b|"
            r"\bà quelle heure\b|\bquelles heures\b|\bheures d['’]ouverture\b|\bhoraires?\b",
            re.I,
        ),
    ),
]
# Asks for a sum of several figures: "what do i make total w/ the 2 hrs of OT", "en tout".
ASKS_TOTAL = re.compile(
    r"\b(?:total|in all|altogether|combined|all in|en tout|au total|tout compris)\b", re.I
)
# Asks for a percentage in so many words ("what %?", "quel pourcentage"), not "the 3% raise".
ASKS_PCT = re.compile(r"(?<![\d.,])(?<![\d.,]\s)%|\bper ?cent(?:age)?\b|\bpourcentage\b", re.I)


# "What's the OT per hour?", "c'est quoi le supp à l'heure": an amount for each unit of
# time; not "how many hours per day", which asks a duration.
PER_UNIT_ASK = re.compile(
    r"\b(?:per|an?|each|every|par|chaque)\s+(?:hour|hr|day|week|session|episode|heure|jour|"
    r"semaine|séance|épisode)s?\b|\bà l['’]heure\b",
    re.I,
)
# A figure the question ends on, to be confirmed: "c'est toujours 180 jours ?", "is it
# still 48 hrs rn?".
_CHECKED = re.compile(
    rf"(?<![\w.,])({_SIGN}?\d[\d.,]*+\s*+(?:{_SIGN}|%|[^\W\d_]{{1,7}}\.?)?)"
    r"\s*+(?:(?:now|rn|still|maintenant|toujours|encore)\s*+)?\?+\s*$",  # possessive: linear
    re.I,
)
# "how many hours per day", "max matches a week": a count or a length, not an amount
_DURATION_ASK = re.compile(
    r"how many|how long|combien d(?:e\b|['’])|\bmax(?:imum)?\s+(?:number\s+of\s+)?"
    r"(?:[^\W\d_]+ed\s+)?"  # "max simulated exams a day"
    r"(?!(?:this|these|is|its|was|his|plus|dues|royalties|fees|rates|allowances|premiums|"
    r"wages|salaries|amounts|payments|earnings)\b)[^\W\d_]+s\b",
    re.I,
)
# A choice of figures offered: "after 9 hrs or 10?", "48 or 72 hours?", "200 $ ou 300 $".
ALTERNATIVES = re.compile(
    rf"{_SIGN}?\d[\d.,]*\s*(?:{_SIGN}|%|[^\W\d_]{{1,7}}\.?)?\s+(?:or|ou)\s+{_SIGN}?\d[\d.,]*"
    rf"(?:\s*(?:{_SIGN}|%|[^\W\d_]{{1,7}}))?",
    re.I,
)


def wanted_kinds(question: str) -> set[str]:
    """The kinds of figure a question asks for: money, pct, days/hours/weeks, date, clock,
    weekday, number, times (a multiple)."""
    kinds: set[str] = set()
    for names, cue in KIND_CUES:
        if cue.search(question):
            kinds |= names
    if PER_UNIT_ASK.search(question) and not _DURATION_ASK.search(question):
        kinds.add("money")
    offered = [m.group(0) for m in ALTERNATIVES.finditer(question)]
    offered += [m.group(1) for m in _CHECKED.finditer(question)]
    for text in offered:  # the kind of the figures offered
        kinds |= {f.kind for f in figures.extract(text)} & _ASKED_KINDS
    if ASKS_PCT.search(question):  # "does the producer pay contributions on it, what %?"
        kinds.discard("money")
    if _MEASURE_ASK.search(question):  # "combien de kN minimum ?": a measure, not a minimum
        # fee, unless the rest asks for one ("combien de mètres, et le supplément ?")
        rest = _MINIMUM.sub("", _MEASURE_ASK.sub("", question))
        amounts = [(names, cue) for names, cue in KIND_CUES if names <= {"money", "pct"}]
        kinds -= {kind for names, cue in amounts if not cue.search(rest) for kind in names}
    if _THRESHOLD.search(question) and not _HOW_MUCH.search(question):
        # "à partir de quel poids on touche le supplément ?": the weight it starts from, not
        # the supplement's amount or share
        kinds -= {"money", "pct"}
    if _WHEN_PAID.search(question) and not _AMOUNT_ASK.search(question):
        kinds.discard("money")  # "how soon do they have to pay me", "combien de temps pour
        # me payer": a time, not an amount
    if _WHO_PAYS.search(question) and not _AMOUNT_ASK.search(question):
        kinds.discard("money")  # "who pays the excess?", "qui paie la franchise ?": a party
    if ASKS_STILL.search(question) and not _AMOUNT_ASK.search(_MINIMUM.sub("", question)):
        # "is it still 60 days for them to pay us?", "payé dans les 21 jours, c'est ça ?":
        # a term checked by its duration asks that duration, however it speaks of pay;
        # "appel minimum …, c'est toujours 2 heures ?" checks a length, not a minimum fee
        claimed = {f.kind for f in figures.extract(question)} & _ASKED_KINDS
        if claimed and claimed <= LASTING:
            kinds = (kinds - {"money"}) | claimed
    return kinds


# A unit of measure asked for by name: "how many kg", "combien de kN", "in km/h", "quelle
# hauteur en mètres"
_MEASURE_ASK = re.compile(
    r"\b(?:how\s+many|combien\s+de|combien\s+d['’]|in|en)\s+"
    # (not "pounds", a currency too)
    r"(?:kn|kg|kgs|kilos?|kilogram(?:me)?s?|tonnes?|tons?|lbs?|newtons?|km/h|kmh|mph|km|miles?|"
    r"kilom(?:e|è)t(?:er|re)s?|met(?:er|re)s?|mètres?|cm|mm|centim(?:e|è)t(?:er|re)s?|"
    r"inch(?:es)?|feet|ft|°c|°f|degrees?|degr[ée]s|decibels?|décibels?|db|watts?|volts?|"
    r"lux)(?![\w/])",
    re.I,
)
# A threshold asked: "à partir de quel poids", "from what height", "above what
# temperature" (not one of pay or money: "à partir de quel budget", "above what income",
# "at what scale", "at what hourly"; nor a date or a time, which their own cues ask)
_THRESHOLD = re.compile(
    r"\b(?:à\s+partir\s+de|au-delà\s+de|dès|from|above|over|beyond)\s+(?:quel(?:le)?s?|what|"
    r"which)\s+(?!(?:rates?|tarifs?|fees?|cachets?|montants?|amounts?|prices?|prix|pay|"
    r"salaires?|salary|percentage|pourcentage|share|part|taux|hourly|daily|weekly|monthly|"
    r"horaires?|journaliers?|hebdomadaires?|budgets?|income|incomes|revenus?|recettes?|"
    r"earnings|gross|chiffres?|sums?|sommes?|scales?|levels?|niveaux?|steps?|échelons?|"
    r"dates?|days?|jours?|times?|heures?|hours?|months?|mois|years?|ans?|années?|%)\b)"
    r"[^\W\d_]{3,}",
    re.I,
)
_HOW_MUCH = re.compile(r"\bhow\s+much\b|\bcombien\b(?!\s+de\s+temps)", re.I)
_WHEN_PAID = re.compile(
    r"\b(?:how soon|how quickly|how fast|how long|how many (?:days|weeks)|délai|"
    r"combien de (?:temps|jours|semaines))\b|"
    # "when do we get paid", "quand est-ce qu'on est payé": not "what do i get paid when…"
    r"\bwhen\s+(?:do|does|did|will|would|should|can|are|is|am)\b[^?.!,]{0,30}\bpa(?:id|y)\b|"
    r"\bquand\s+(?:est-ce\s+qu|(?:je|j['’]|on|nous|vous)\s+(?:suis|serai|est|sera|sommes|"
    r"serons|êtes|serez|vais|va|allons|allez)\b)[^?.!,]{0,30}\bpa(?:yé|ie|yer)",
    re.I,
)
_WHO_PAYS = re.compile(
    r"\bwho(?:['’]s|\s+is)?\s+(?:(?:has|have|needs?)\s+to\s+|must\s+|should\s+|will\s+)?"
    r"(?:pays?|paying|covers?|covering|foots?)\b|"
    r"\bqui\s+(?:(?:doit|va)\s+)?(?:paie|paye|payera|payer|règle|prend\s+en\s+charge)\b",
    re.I,
)
# "minimum call", "appel minimum": a minimum that is not an amount unless it says so
_MINIMUM = re.compile(r"\bminimum\b", re.I)
_AMOUNT_ASK = re.compile(
    r"how much|\b(?:rates?|fees?|wages?|salar(?:y|ies)|minimums?|taux|tarifs?|cachets?)\b|"
    rf"combien(?! de temps)|{_SIGN}",
    re.I,
)


_ASKED_KINDS = MEASURED
