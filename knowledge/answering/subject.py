"""Whom or what a figure is asked for, and whether the documents ever mention it.

"What's the stunt coordinator day rate?", "rate for a puppeteer", "le tarif d'un
chorégraphe": the words that say whose rate is asked for sit beside the rate noun,
before it ("stunt coordinator day rate", "initiation fee") or after a preposition
("fee for a radio commercial", "tarif d'un chorégraphe"). When one of those words
appears in no document, in any spelling close to it, the documents do not give that
figure, however well the rest of the question ("day rate") matches. The rule reads
only the question's grammar (English and French) and the corpus's own vocabulary, so
it means the same on any union's documents. It stays silent when no document is in
the question's language: a French question over English documents uses other words.
unknown.py weighs these readings, with whose earnings and per what unit, against the
corpus's vocabulary.
"""

from __future__ import annotations

import re

from ..figures import JOURS, MONTHS, WEEKDAYS
from ..lexical import FILLER_WORDS, STOPWORDS
from .cues import RATE_NOUNS, WANTS_FIGURE
from .shorthand import SHORTHAND_WORD

_LINKS = {"for", "of", "to", "into", "de", "d'", "du", "des", "pour"}  # "pay into my pension"
_ARTICLES = {"a", "an", "the", "un", "une", "le", "la", "les", "l'", "each", "every", "chaque"}
_STOP = set(FILLER_WORDS) | set(STOPWORDS) | _ARTICLES | _LINKS
_STOP |= {"and", "or", "in", "on", "at", "by", "with", "under", "is", "are", "et", "ou", "en"}
_STOP |= {"per", "from", "after", "before", "over", "during", "until", "without", "into"}
_STOP |= {"right", "today", "tomorrow", "yesterday", "demain", "hier"}
_STOP |= {"aujourd'", "hui"}  # "aujourd'hui" as _WORD reads it
# adverbs of time and frequency: "les épisodes déjà payés", "c'est tjrs pareil ?"
_STOP |= {"already", "yet", "ever", "always", "often", "déjà", "deja", "toujours", "tjrs"}
_STOP |= {"jamais", "souvent", "parfois", "mm"}
_STOP |= {"dont", "lequel", "laquelle", "lesquels", "lesquelles"}  # French relatives
_STOP |= {"bit", "little", "lot", "tad", "not", "so", "very", "just", "also", "still", "really"}
# how much of something, not whose: "le max de temps", "the number of hours"
_STOP |= {"time", "temps", "duration", "durée", "number", "nombre", "length", "longueur"}
# a unit of time says how long, not whose ("pour une journée de capture", "stunt
# coordinator day rate"): passed over, not read
_TIME = {"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month"}
_TIME |= {"months", "year", "years"}
_TIME |= {"jour", "jours", "journée", "journées", "heure", "heures", "semaine", "semaines"}
_TIME |= {"mois", "ans", "année", "années"}  # not "an": an English article
_STOP |= _TIME
_STOP |= {"sur", "par", "avec", "dans", "sans", "chez", "après", "avant", "pendant", "selon"}
# which of someone's fees, not whose: "the upfront fee", "a flat rate", "le cachet de base"
_STOP |= {"upfront", "flat", "one-time", "lump", "fixed", "base", "basic", "standard", "regular"}
_STOP |= {"one-off", "once-off"}
_STOP |= {"extra", "additional", "initial", "final", "full", "half", "usual", "normal", "new"}
_STOP |= {"old", "late", "advance", "yearly", "annual", "weekly", "daily", "hourly", "monthly"}
_STOP |= {"pareil", "même", "base"}
# which of someone's fees, in French after the noun: "l'indemnité journalière pour …"
_WHICH_FEE = {"journalier", "journalière", "quotidien", "quotidienne", "hebdomadaire"}
_WHICH_FEE |= {"horaire", "mensuel", "mensuelle", "annuel", "annuelle", "forfaitaire"}
_WHICH_FEE |= {"supplémentaire", "minimum", "minimal", "minimale", "unique", "ponctuel"}
_WHICH_FEE |= {"ponctuelle"}
_STOP |= _WHICH_FEE
_STOP |= {"current", "latest", "present", "actuel", "actuelle", "courant", "nouveau", "nouvelle"}
# whether the figure is the right one, not whose: "the real minimum", "le vrai tarif"
_STOP |= {"real", "actual", "true", "correct", "exact", "official", "proper", "genuine"}
_STOP |= {"vrai", "vraie", "réel", "réelle", "véritable", "exacte", "officiel", "officielle"}
# which one of several, not whose: "the third instrument", "le 3e" (written out by then)
_STOP |= {"first", "second", "third", "fourth", "fifth", "next", "last", "other", "another"}
_STOP |= {"premier", "première", "deuxième", "seconde", "troisième", "quatrième", "cinquième"}
_STOP |= {"prochain", "prochaine", "dernier", "dernière", "autre"}
# what happens to the pay, not whose it is: "do i lose pay", "je perds mon salaire"
_STOP |= {"lose", "lost", "losing", "keep", "kept", "get", "got", "owe", "owed", "earn"}
_STOP |= {"earned", "receive", "received", "dock", "docked", "withhold", "withheld"}
_STOP |= {"perdre", "perds", "perd", "garder", "garde", "toucher", "touche", "recevoir"}
# how the figure changes, not whose it is: "le cachet passe à 99 888,00 ৳ dès demain"
_STOP |= {"passe", "passera", "augmente", "augmentera", "baisse", "baissera", "monte"}
_STOP |= {"montera", "grimpe", "devient", "deviendra", "change", "changera"}
# any engagement, however the documents name theirs: "for a capture gig", "par contrat"
ENGAGEMENTS = {"gig", "gigs", "job", "jobs", "booking", "engagement", "contract", "contrat"}
ENGAGEMENTS |= {"prestation", "mission", "cachet", "call"}
_STOP |= ENGAGEMENTS
_PARTICIPLES = {"paid", "payé", "payée", "payés", "payées"}
# what follows a French verb's infinitive: its object, or a place ("pour aller au studio",
# "pour travailler chez …")
_AFTER_VERB = {"des", "du", "de", "d'", "au", "aux", "à", "chez", "jusqu'"}
_INFINITIVE = re.compile(r"[^\W\d_]{3,}(?:er|ir|re)")  # "écrire", "enregistrer", "faire"
# An article and a gerund name an event ("a taping", "a fitting", "a screening"), not
# whose figure it is; before a noun ("a living statue", "a recording session"), it describes
_OCCASION = re.compile(r"[a-z]{3,}ing")
_WORD = re.compile(r"[^\W\d_][\w-]*'?|\S", re.U)
_ELISION = re.compile(r"\b([dlDL])['’]")
_MODIFIERS = 3  # words before the noun ("stunt coordinator day rate")
_AFTER = 2  # words after its preposition ("a radio commercial")
# the rules asked for, of whom or what: "any rules for minors?", "les règles pour les
# doublures" (the documents must name whom or what they are for)
_RULE_NOUNS = {"rule", "rules", "règle", "règles", "regle", "regles"}
# Whom a question is about: the subject of its modal ask ("how many hours can kids work"),
# or the one booked ("my kid got booked as bg"). Grammar words only, no topic.
_MODALS = {"can", "could", "may", "might", "should", "must"}
_DETERMINERS = _ARTICLES | {"my", "our", "your", "his", "her", "their", "some", "any"}
_DETERMINERS |= {"mon", "ma", "mes", "notre", "nos", "votre", "vos", "son", "sa", "ses", "leur"}
_SPOKEN_FOR = {"my", "our", "your", "his", "her", "their"}  # "my son's pay"
# whose fee a possessive does not name: a time ("tonight's show fee"), anyone
_NO_OWNER = _TIME | {"tonight", "today", "tomorrow", "yesterday", "everyone", "someone"}
_NO_OWNER |= {"anyone", "everybody", "somebody", "anybody", "each"}
# French verbs of paying ("qui paie la nounou ?"), not the noun ("la paie le dimanche")
_PAY_VERBS = {"paie", "paient", "payent", "paye", "payer", "verse", "versent", "rembourse"}
_BEFORE_NOUN = _DETERMINERS | _LINKS | {"ta", "tes", "leurs", "cette"}  # "la paie", "de paie"
_PRONOUNS = {"i", "you", "he", "she", "we", "they", "it", "u", "someone", "anyone", "one"}
_PASSIVE = {"got", "get", "gets", "getting", "was", "were", "is", "been", "be"}
_HIRED = {"booked", "hired", "cast", "engaged"}
_RUN = 3  # content words of a subject
_BOUNDS = {"max", "maximum", "minimum", "minimums", "min"}
# Who the member says they are or what work they say they do: "im a dancer", "i do
# mocap", "offered subtitling work", "je suis cascadeur", "je fais de la capture"; not "im
# confused", "as soon as", "doing a reshoot"
_SELF = re.compile(
    r"\b(?:(?:i['’]?m|i am|as|booked for)\s+an?\s+|i do\s+|offered\s+(?:an?\s+)?|"
    r"(?:je suis|je fais)\s+(?:une?\s+|de la\s+|du\s+|des\s+|de l['’])?)"
    r"([^\W\d_][\w-]*)",
    re.I,
)


def _words(question: str) -> list[str]:
    """The question's words, lower-cased, but an acronym ("DJ") kept in capitals."""
    words = _WORD.findall(_ELISION.sub(r"\1' ", question.replace("’", "'")))
    return [w if len(w) > 1 and w.isupper() and w.isalpha() else w.lower() for w in words]


def _content(word: str) -> bool:
    return (len(word) > 2 or word.isupper()) and word[0].isalpha() and word.lower() not in _STOP


# what follows an event without being what it describes: its sitting ("a dubbing session")
# or its time or place ("a reading tonight", "a recording Saturday", "a filming abroad")
_AFTER_EVENT = {"session", "sessions", "séance", "séances", "shift", "shifts", "tonight"}
_AFTER_EVENT |= {"overnight", "abroad", "weekend", "weekends", "morning", "afternoon"}
_AFTER_EVENT |= {"evening", "night", "nights"} | set(WEEKDAYS) | set(JOURS) | set(MONTHS)


def _event(words: list[str], i: int) -> bool:
    """An article and a gerund at `i` with no noun after it to describe (_OCCASION)."""
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    described = _content(after) and after not in ENGAGEMENTS | RATE_NOUNS | _AFTER_EVENT
    return bool(_OCCASION.fullmatch(words[i])) and words[i - 1] in _ARTICLES and not described


def _paid_noun(words: list[str], i: int) -> str | None:
    """The bare noun the verb "pay" at `i` takes ("you pay tax on", "to pay dues"), when a
    pronoun, a modal or "to" is before it and a preposition or the end after the noun."""
    if not i or words[i - 1] not in _PRONOUNS | _MODALS | {"to", "we", "i"}:
        return None
    noun = words[i + 1] if i + 1 < len(words) else ""
    after = words[i + 2] if i + 2 < len(words) else ""
    if not _content(noun) or noun in RATE_NOUNS or noun in _PRONOUNS | {"me", "us", "them"}:
        return None
    return noun if not after or after in _LINKS | {"on", "in", "?", "."} else None


# what follows "paid" when it is a verb with an object, its subject the payer
_PAID_OBJECTS = {"a", "an", "me", "us", "him", "her", "them", "my", "our", "his", "their"}
# what is taken from pay, named by what it goes to: "the pension contribution"
_WITHHELD = {"contribution", "contributions", "deduction", "deductions", "cotisation"}
_WITHHELD |= {"cotisations", "retenue", "retenues"}
_EXTRA = {"extra", "more", "separately", "anything", "something"}  # "paid extra for …"
_BE = {"am", "are", "being", "were"}  # and _PASSIVE


def subject_words(question: str, language: str = "en") -> list[str]:
    """The words beside the question's rate nouns that say whose figure it is: before the
    noun in English ("stunt coordinator day rate"), after it in French ("salaire minimum
    WGA"), and after its preposition in both ("rate for a puppeteer", "tarif d'un …")."""
    words = _words(question)
    out: list[str] = []
    for i, word in enumerate(words):
        per_diem = word == "diem" and i > 0 and words[i - 1] == "per"
        # what one must pay for: "la production doit-elle payer un suivi …"
        pay_verb = language == "fr" and word == "payer"
        if (
            word not in RATE_NOUNS
            and word not in _WITHHELD
            and word not in _RULE_NOUNS
            and not per_diem
            and not pay_verb
        ):
            continue
        if (
            word == "paid"
            and words[i + 1 : i + 2]
            and words[i + 1] in _PAID_OBJECTS
            and not (_BE | _PASSIVE).intersection(words[max(0, i - 4) : i])
        ):
            continue  # "the old deal paid a buy-out": whoever paid it, not whose pay;
            # "are dancers paid a minimum" is passive, about whose pay
        read = len(out)
        # what is paid, a bare noun after the verb "pay": "do i have to pay tax on …"
        paid = _paid_noun(words, i) if word == "pay" else None
        if paid:
            out.append(paid)
        # modifiers before the noun ("tour per diem"), up to a function word or punctuation;
        # a French bound after its noun qualifies what is counted ("nuits d'affilée max"),
        # and a verb has none
        j = i - 2 if per_diem else i - 1
        bound = language == "fr" and word in _BOUNDS and j >= 0 and words[j] not in _BEFORE_NOUN
        if bound or (pay_verb and word not in RATE_NOUNS):
            j = -1
        while j >= 0 and i - j <= _MODIFIERS and (_content(words[j]) or words[j] in _TIME):
            if words[j] not in _TIME:
                out.append(words[j])
            j -= 1
        # a possessor: "a sibling's pay" names whose; "my son's pay" is the member's own
        # case, told for someone they speak for
        if j >= 1 and words[j] == "s" and words[j - 1].endswith("'"):
            owner = words[j - 1][:-1]
            # the determiner before it and its modifiers ("my little sister's")
            k = j - 2
            while (
                k >= 0
                and j - 2 - k < _MODIFIERS
                and words[k] not in _SPOKEN_FOR
                and words[k][:1].isalpha()
            ):
                k -= 1
            spoken_for = k >= 0 and words[k] in _SPOKEN_FOR
            if _content(owner) and owner not in _NO_OWNER and not spoken_for:
                out.append(owner)
        j = i + 1
        noun = word not in _PARTICIPLES  # "payé pareil": how, not whose
        reach = 2  # words after the noun
        paying = word in _PAY_VERBS and not (i and words[i - 1] in _BEFORE_NOUN)
        if language == "fr" and paying and j + 1 < len(words) and words[j] in _ARTICLES:
            j, reach = j + 1, 3  # "qui paie la nounou": the verb's object is what is paid for
        while language == "fr" and noun and j < len(words) and j - i <= reach:
            if _content(words[j]):
                out.append(words[j])  # "salaire minimum WGA"; "the rate applied" is a verb
            elif words[j] not in _WHICH_FEE:  # "indemnité journalière pour …": passed over
                break
            j += 1
        if word == "paid" and j + 1 < len(words) and words[j] in _EXTRA:
            j += 1  # "paid extra for autograph signings": what is paid for
        if word in _WITHHELD and len(out) > read:
            continue  # "cotisation retraite de l'employeur": what it goes to, not who pays
        if j < len(words) and words[j] in _LINKS:  # "for a radio commercial", "d'un …"
            j += 1
            if (
                language == "fr"
                and j + 1 < len(words)
                and _INFINITIVE.fullmatch(words[j])
                and words[j + 1] in _DETERMINERS | _AFTER_VERB
            ):
                j += 1  # "payé pour enregistrer un livre", "pour transporter mon instrument":
                # what is priced is after the verb
                if words[j] in _AFTER_VERB - {"des", "du", "de", "d'"}:
                    j += 1  # "pour aller au studio", "travailler chez …": the place is read
            elif (
                language != "fr"
                and words[j - 1] == "to"
                and j + 1 < len(words)
                and _content(words[j])
                and words[j + 1] in _DETERMINERS
            ):
                j += 1  # "pay to create a digital twin": the verb's object is what is priced
            if j < len(words) and words[j] in _DETERMINERS:  # "the per diem for my dog"
                j += 1
            taken = 0  # "pour enregistrer un livre audio": an article may come between
            while j < len(words) and taken < _AFTER:
                if not taken and _event(words, j):
                    break  # "fee for a taping": an event, not whose fee
                if words[j] in ENGAGEMENTS:
                    if words[j + 1 : j + 2] and words[j + 1] in _LINKS:
                        break  # "un call de vérification": what the engagement is for
                    j += 1  # "a contract teacher", "a capture gig": anyone's engagement
                    continue
                if _content(words[j]):
                    out.append(words[j])
                    taken += 1
                elif not taken and (words[j] in _TIME or words[j] in {"de", "d'"}):
                    pass  # "pour une journée de capture": what the day is of
                elif words[j] in _TIME:
                    break  # "per finished hour": the unit of time ends what is priced
                elif not (taken and words[j] in _ARTICLES):
                    break
                j += 1
    return list(dict.fromkeys(w.lower() for w in out if w.lower() not in RATE_NOUNS))


def person_words(question: str, selves: bool = True) -> list[str]:
    """The words naming whom an English question is about: the subject of its modal ask
    ("how many hours can kids work"), unless that subject acts on the member ("can my
    showrunner make me …": the member is whom it is about), and the one said to be booked
    or hired ("my kid got booked as bg"); and, asking a figure, who the member says they
    are or what work they do ("im a dancer", "doing a podcast", "je suis cascadeur"),
    unless not `selves`."""
    words = _words(question)
    out: list[str] = []
    # who the member says they are, asking a figure: "im a dancer in music videos, whats
    # the minimum", "i do mocap for games, hows the pay"
    for m in _SELF.finditer(question) if selves and WANTS_FIGURE.search(question) else ():
        said = _words(m.group(1))
        if said and _content(said[0]) and not SHORTHAND_WORD.fullmatch(said[0]):
            out.append(said[0])
    for i, word in enumerate(words):
        if word in _MODALS and not (i and words[i - 1] in _PRONOUNS):  # "so i can prove"
            j = i + 1
            while j < len(words) and words[j] in _DETERMINERS:
                j += 1
            run: list[str] = []
            while j < len(words) and len(run) < _RUN and _content(words[j]):
                run.append(words[j])
                j += 1
            # its first word only: the run may reach into the verb ("can kids work")
            if run and words[i + 1] not in _PRONOUNS and "me" not in words[j : j + 3]:
                out.append(run[0])
        elif word in _HIRED and i >= 2 and words[i - 1] in _PASSIVE:
            j, run = i - 2, []
            while j >= 0 and len(run) < _RUN and _content(words[j]):
                run.append(words[j])
                j -= 1
            if j >= 0 and words[j] in _DETERMINERS:  # "my kid got booked", not "got booked"
                out.append(run[0])  # the noun itself, not what describes it
    return list(dict.fromkeys(w.lower() for w in out))
