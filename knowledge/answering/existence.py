"""What a question asks exists: "is there free parking for the cast?", "does the union have
dental coverage?", "y a-t-il une assurance dentaire ?", "est-ce que la guilde a un régime
de retraite ?", "how is tax handled on the fee?", "are extras covered by health
insurance?", "how much tax gets withheld?", "how much goes into the pension scheme?",
"congé parental pour une artiste, c prévu ?".
When the documents never mention it (in either language, nor a near spelling:
Vocabulary.knows), they do not provide it, whatever else of the question they match
("the cast", "the union"): the question is declined (unknown.unknown_subject).

Only the thing such an ask names is read — the object of "is there", "do we get",
"entitled to", "withhold", "how many weeks of", "do i need a", "can i get", "how do i
claim", "comment on obtient", "covered by"
(not an agreement or a contract: the documents themselves), the subject of "is …
covered / reimbursed / provided", "how much … is withheld", what the piece or clause
before an ask that points back to it names ("c'est prévu ?", "is that covered?", "who pays
for it?", "on y a droit ?", "what's the union rate for that?", "- what does that pay?", with
what it is for when its pay is asked; not the member's own case:
"je suis comédienne, c'est prévu ?", nor what happened: "filming ran late, who pays for
it?") —, its first words up to a preposition or the end of the clause; a fee or rate noun there ("y
a-t-il un tarif pour …") leaves it to the reading of whose fee is asked (subject.py).
Nothing here names a topic."""

from __future__ import annotations

import re

from ..lexical import FILLER_WORDS, STOPWORDS, fold
from .asks import pieces
from .cues import RATE_NOUNS

_FILLER = frozenset(FILLER_WORDS) | frozenset(STOPWORDS)

_OBJECT_WORDS = 2
_ASKS = re.compile(
    r"\b(?:is\s+there|are\s+there|do\s+(?:we|i|you|members)\s+(?:get|have)"
    r"(?:\s+(?:a|any)\s+(?:cut|share|percentage|portion|part)\s+of)?|"
    # "do readers get residuals?" (not "do coaches get paid …", "do rates have to …")
    r"do\s+[^\W\d_]{3,}s\s+(?:get|have)(?!\s+(?:[^\W\d_]+ed|to)\b)|"
    # "does the guild reimburse lifeguard courses?", "does the producer pay (for) parking?"
    r"does\s+(?:the|our|my)\s+(?:\w+\s+){0,2}?(?:have|offer|provide|include|reimburse|"
    r"refund|pay\s+for|pay(?=\s+(?:the|an?|any|my|our|their|his|her)\s))"
    r"(?!\s+(?:to|us|me|them|you|members|him|her)\b)|"
    r"y\s+a[-\s]t[-\s]il|y\s+a\s+tu|il\s+y\s+a|"
    # "y a une procédure pour contester ?": a thing and what it is for (not "y a des gens
    # qui disent …", "y a une répétition samedi, c'est combien ?": what the member tells)
    r"(?:^|[,;:]\s*|\bsi\s+)y\s+a(?=\s+(?:un|une|des)\s+[^\W\d_]+\s+(?:pour|contre)\b)|"
    r"est-ce\s+qu(?:e\s+|['’]\s*)(?:il\s+y\s+a|(?:la|le|notre|l['’])\s*\w+\s+"
    r"(?:a|offre|prévoit|fournit|rembourse))|"
    r"(?:am\s+i|are\s+we|is\s+an?\s+[\w-]+)\s+(?:entitled|eligible)\s+(?:to|for)|droits?\s+(?:à|au|aux)|"
    r"\b(?:withhold|withholds|deduct|deducts)|"
    r"\bdo\s+(?:i|we|you)\s+need\s+(?:an?|the)|"  # "do i need a busking permit"
    # "can i get unemployment benefits", "can i claim …" (not "can i get fired")
    r"\bcan\s+(?:i|we|members)\s+(?:get|claim|receive|apply\s+for)(?!\s+[^\W\d_]+ed\b)|"
    # "how do i claim the hospital costs", "comment je réclame les frais de …"
    r"\bhow\s+(?:do|can|should|would)\s+(?:i|we)\s+(?:claim|apply\s+for|recover)|"
    r"\bcomment\s+(?:est-ce\s+qu['’]on\s+|je\s+|on\s+)(?:réclame|demande|récupère|"
    r"obtiens|obtient)|"
    # what is counted: "how many weeks of maternity leave", "combien de semaines de congé"
    r"\bhow\s+many\s+(?:weeks|days|months|hours)\s+of|"
    r"\bcombien\s+de\s+(?:semaines|jours|mois|heures)\s+(?:de|d['’])|"
    r"\b(?:retien(?:t|nent)|prélève(?:nt)?)[-\s]t[-\s](?:il|elle|on)|"
    # who pays for it, who must give it, a share of it: "who pays for our work visas?",
    # "do promoters have to give us earplugs?", "do we get a cut of merch sales?"
    r"\bwho\s+pays\s+for|\b(?:pai(?:e|ent)|paye(?:nt)?)-(?:t-)?(?:il|elle|ils|elles|on)\b|"
    r"\bqui\s+pa(?:i|y)e(?:\s+pour)?|"
    r"\bcotis(?:e|ent)(?:-t-(?:il|elle|on)|-(?:ils|elles))?\s+(?:à|au|aux)|"  # "… à une caisse"
    r"\b(?:have|has)\s+to\s+(?:give|provide|supply|offer)(?:\s+(?:us|me|them|members))?|"
    r"\bget\s+(?:a|any)\s+(?:cut|share|percentage|portion)\s+of|"
    # "la guilde a un régime de retraite ?" (what it has, as "est-ce que la guilde a un")
    r"^\W*(?:la|le|notre|l['’])\s*[^\W\d_]+\s+(?:a|offre|prévoit|fournit)(?=\s+(?:un|une|des)\b))"
    r"(?:\s+|(?<=['’]))(?P<object>[^?.!;:,]*)",  # "d'avis": no space after an elision
    re.I,
)
# how something is dealt with: "how is tax handled on the fee?", "how are tips split?",
# "how does the union pension plan work?" (the thing: at most three words before the verb,
# its first two read)
_HOW = re.compile(
    r"\bhow\s+(?:is|are|does|do)\s+(?:(?:the|a|an|my|our|your|their)\s+)?(?P<object>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\s+"
    r"(?:handled|calculated|computed|treated|taxed|split|shared|managed|dealt\s+with|work)\b",
    re.I,
)
# what is said to be covered or paid back: "is parking reimbursed?", "are referees covered
# by the agreement?", "le stationnement est remboursé ?", "les arbitres sont couverts ?"
_COVERED = re.compile(
    r"\b(?:is|are)\s+(?:(?:the|my|our)\s+)?(?P<object>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)"
    # where they work, between: "are snowboard performers in the arena show covered?"
    r"(?:\s+(?:in|at|on|for|from|with)\s+[^?.!;,]{1,40}?)?\s+"
    r"(?:covered|reimbursed|refunded|paid\s+back|provided(?!\s+(?:that|they|you|we|it|the)\b))\b|"
    r"(?:^|[?.!;,]\s*|\best-ce\s+que\s+|\bsi\s+)(?:les?|la|l['’]|mes|nos|mon|ma)\s*"
    r"(?P<objet>[^\W\d_][\w'’-]*(?:\s+[^\W\d_?.!;,][\w'’-]*){0,3}?)\s+(?:est|sont)\s+"
    r"(?:couverte?s?|remboursée?s?|pris(?:es?)?\s+en\s+charge)\b",
    re.I,
)
# what an employer is asked to pay or provide, or is said to take off the pay: "does the club
# pay health insurance for squad members?", "is tax taken off my stipend?"
_PAYS = re.compile(
    r"\b(?:does|do|will|would)\s+(?:the|our|my|your)\s+[^\W\d_][\w'’-]*\s+"
    r"(?:pay|provide|offer|cover)\s+(?:(?:for|any|an?|the|our)\s+)?"
    r"(?!(?:me|us|you|him|her|them|it|back|up|out|within|on|in|by|before|after|late|early|"
    r"extra|more|less|what|when|how|enough|well)\b)"
    r"(?P<object>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)|"
    r"\b(?:is|are)\s+(?:(?:the|any)\s+)?(?P<taken>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s+"
    r"(?:taken|deducted|withheld|docked)\s+(?:off|out\s+of|from)\b|"
    # what the member is asked to owe: "how much tax will i owe on my fees?"
    r"\bhow\s+much\s+(?!(?:money|cash|more|less|extra|in|altogether|overall|roughly|about|"
    r"approximately|total)\b)(?![^\W\d_]+ly\b)(?P<owed>[^\W\d_][\w'’-]*)\s+"
    r"(?:will|do|would|should|shall|must)\s+(?:i|we)\s+(?:owe|have\s+to\s+pay)\b",
    re.I,
)
# whom the agreement is said to cover: "does the agreement cover the ice hockey referees?",
# "la convention couvre-t-elle les juges ?", "est-ce que l'entente couvre les arbitres ?"
_COVERS = re.compile(
    r"\b(?:does|do|will|would)\s+(?:the|this|our|my)\s+(?:agreement|contract|deal|cba|union)\s+"
    r"(?:cover|apply\s+to)\s+(?:the\s+|our\s+|any\s+)?"
    r"(?P<object>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})|"
    r"\b(?:la|l['’]|notre|cette)\s*(?:convention|entente|accord)\s+(?:couvre|s['’]applique)"
    r"(?:-t-(?:elle|il))?\s+(?:à\s+)?(?:les?|la|l['’]|aux?)\s*"
    r"(?P<objet>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})",
    re.I,
)
_ALSO_ASKED = re.compile(
    # what covers it: "are dataset performers covered by health insurance?", "couverts par
    # une mutuelle"; not what "the agreement", "notre contrat" is (the documents themselves)
    r"\b(?:covered\s+(?:by|under)|couverte?s?\s+par)\s+"
    r"(?!(?:the|this|our|my|your|their|la|le|cette|ce|notre|mon|ma|votre|leur)\b|l['’])"
    r"(?!(?:(?:an?|any|une?)\s+)?(?:\w+\s+)?(?:agreement|contract|convention|entente|accord|"
    r"deal|cba)s?\b)(?P<by>[^?.!;:,]*)|"
    # what a share of pay goes into: "how much goes into the pension scheme from each fee?",
    # "combien va dans la caisse de retraite ?"
    r"\b(?:how\s+much|what\s+share|combien)\s+(?:of\s+(?:it|my\s+pay|the\s+fee)\s+)?"
    r"(?:goes|is\s+put|gets\s+put|va|est\s+mise?)\s+"
    r"(?:(?:in)?to(?:wards?)?|dans|à|au|aux)\s+(?P<into>[^?.!;:,]*)|"
    # what is kept back: "how much tax gets withheld from my royalty payment?"
    r"\bhow\s+much\s+(?P<kept>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s+"
    r"(?:is|are|gets?|will\s+be)\s+(?:withheld|deducted|taken\s+(?:off|out))\b|"
    # what a document is asked to provide for: "congé parental pour une artiste, c prévu
    # dans l'accord ?", "is parental leave provided for?"
    r"(?:^|[?.!;]\s*)(?P<prévu>[^?.!;:,]*?)\s+(?:c|c['’]est|est-ce|est|is\s+(?:it|that|this))\s+"
    r"(?:prévue?s?|provided\s+for|provided)\b",
    re.I,
)
# the member speaking of themselves: what the piece names is their case, not a thing
_SELF = re.compile(r"\b(?:je|j['’]|i|i['’]m|me|my|mon|ma|mes|nous|we|our|on)\b", re.I)
# a piece that asks whether what the piece before it names is provided for: "congé
# parental pour une artiste, c prévu dans l'accord ?"
_PROVIDED = re.compile(
    r"(?:c|c['’]est|est-ce|is\s+(?:it|that|this))\s+(?:prévue?s?|provided)\b|"
    # or covered, or paid by someone: "vet school simulation w/ animals, is that covered by
    # the agreement?", "parking at the studio, who pays for it?", "les redevances …, on y a
    # droit ?"
    r"(?:is|are)\s+(?:it|that|this|they|those|these)\s+(?:covered|included|reimbursed)\b|"
    r"who\s+pays\s+(?:for\s+)?(?:it|that|this|them)\b|"
    r"(?:c['’]est|c|ça\s+est|est-ce)\s+(?:couverte?s?|remboursée?s?|pris\s+en\s+charge)\b|"
    r"(?:on|j['’]\s*|je|tu|nous)\s*y\s+(?:a|ai|as|avons)\s+droit\b|"
    # or has a rate: "tv commercial voice over gig, what's the union rate for that?"
    r"(?:what['’]?s|what\s+(?:is|are)|is\s+there|are\s+there|do\s+we\s+have|c['’]est\s+quoi|"
    r"c\s+quoi|quel\s+est|y\s+a[-\s]t[-\s]il|y\s+a)\s+(?:the\s+|a\s+|any\s+|le\s+|un\s+)?"
    r"(?:union\s+|guild\s+|day\s+|hourly\s+|daily\s+|session\s+)?"
    r"(?:rates?|tarifs?|fees?|cachets?|minimums?)\s+(?:for|pour)\s+(?:that|this|it|ça|cela)\b|"
    # or what it pays: "hand modelling for a jewellery ad - what does that pay?"
    r"(?:what|how\s+much)\s+(?:does|do|would|will)\s+(?:that|this|it)\s+pay\b",
    re.I,
)
# a clause, from its sentence's start up to a comma or a full stop (group "before"): what
# an ask after it may point back to
CLAUSE_BEFORE = r"(?:^|[.?!;]\s*)(?P<before>[^.?!;,]+)"
# the clause before a comma or a full stop and such an ask: "les redevances de streaming,
# on y a droit ?"
_POINTED = re.compile(rf"{CLAUSE_BEFORE}(?:[,.]|\s[-–—])\s*(?={_PROVIDED.pattern})", re.I)
# what a plan pays back or covers: "le régime rembourse combien pour le dentiste ?", "how
# much does the plan reimburse for glasses?"
_PAID_BACK = re.compile(
    r"\b(?:rembours\w*|reimburs\w*|refund\w*)\b[^?.!;]{0,25}?\b(?:pour|for)\s+"
    r"(?P<object>[^?.!;:,]*)",
    re.I,
)
_AMOUNT = re.compile(r"\bhow\s+much\b|\bcombien\b", re.I)
# where the object's words end: a preposition or a conjunction
_STOP = frozenset(
    "for to of on in at with under if when after before during about between from than "
    "pour à au aux de du des en sur avec si quand pendant dans par que qui or ou and et "
    "entre après avant until jusqu into".split()
)
# articles, and the words of a frame around what is asked ("is there a way to …", "y a-t-il
# une limite de …"): no thing named
_SKIPPED = frozenset(
    "a an any some free un une des du la le les l d anything something nothing everything "
    "anyone someone one it that this quelque rien quelqu'un ça cela own propre extra more "
    "additional supplémentaire everyone everybody anybody anyone automatically automatiquement "
    "directly directement twice once each every half always still those these they them".split()
)
# what anyone may get, not a thing the documents must name: "can i get compensation if
# the shoot is cancelled?"
_SKIPPED |= frozenset(
    "compensation money refund reimbursement help support advice information info payment "
    "pay paid copy answer".split()
)
_PARTITIVE = frozenset({"de", "du", "des", "d'"})
_FRAMES = frozenset(
    "way ways rule rules difference limit limits cap chance problem issue option options "
    "possibility need requirement minimum maximum moyen façon manière règle règles "
    "proof evidence confirmation preuve preuves "
    "différence limite plafond possibilité problème besoin obligation minimum maximum".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\S+")


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


def quality_verb(quality: str) -> str:
    """The verb a quality is made from ("payable": "pay", "imposables": "impos"): the
    documents that say "paid" say whether it is payable."""
    return re.sub(r"(?:able|ible)s?$", "", quality)


def asked_objects(question: str) -> list[str]:
    """The phrases a question asks exist ("free parking", "dental coverage"), lower-cased,
    in what it asks (not "il y a une répétition samedi, c'est combien ?"): each its first
    content words up to a preposition, filler words ("really", "still", "encore") passed
    over; none holding a fee or rate noun, none a frame ("is there a way to …")."""
    out: list[str] = []
    said = pieces(question)
    for n, (text, asking) in enumerate(said):
        if not asking:
            continue
        found = [*_ASKS.finditer(text), *_HOW.finditer(text), *_COVERED.finditer(text)]
        found += _COVERS.finditer(text)
        found += _PAYS.finditer(text)
        found += _ALSO_ASKED.finditer(text)
        if _AMOUNT.search(text):  # "rembourse combien pour le dentiste", not "is X
            found += _PAID_BACK.finditer(text)  # refunded for my car?"
        # what it names, but not the member's own case before "c'est prévu ?"
        named_all = [
            next((v for v in m.groupdict().values() if v), "")
            for m in found
            if not _SELF.search(m.groupdict().get("prévu") or "")
        ]
        if n and _PROVIDED.match(text) and not _SELF.search(said[n - 1][0]):
            named_all.append(said[n - 1][0])  # not "je suis comédienne, c'est prévu ?"
        out += filter(None, map(_object, named_all))
    # the clause before a comma or a full stop an ask points back from, within one piece
    for m in _POINTED.finditer(question):
        if not names_a_thing(m.group("before")):
            continue
        # and, asked what it pays, what it is for: "hand modelling for a jewellery ad - what
        # does that pay?" (not whom: "congé parental pour une comédienne, c prévu ?")
        priced = _PRICED.match(question, m.end())
        purpose = _FOR.split(m.group("before"), 1)[1:] if priced else []
        for named in filter(None, map(_object, [m.group("before"), *purpose])):
            out += [] if named in out else [named]
    return list(dict.fromkeys(out))  # one pattern's find may be another's


_FOR = re.compile(r"\s(?:for|pour)\s", re.I)
_PRICED = re.compile(r"\W*[^?.!;]*\b(?:rates?|tarifs?|fees?|cachets?|minimums?|pay)\b", re.I)


# a clause that tells what happened, not what it names: "Filming ran late", "Rain delayed
# the shoot", "la répétition a débordé" (a past form or a verb of being or having)
_TELLS = re.compile(
    r"\b(?:[^\W\d_]{3,}ed|ran|went|got|came|was|were|is|are|am|has|had|have|did|does|do|"
    r"said|told|made|took|gave|est|sont|était|étaient|ont|fait|dit|a\s+été)\b",
    re.I,
)
# what opens a clause that names nothing: "Sorry, …", "Du coup, …", "In case of illness, …"
_OPENER = re.compile(
    r"^\W*(?:sorry|btw|ok|okay|hey|hi|so|well|also|and|but|if|when|in\s+case|du\s+coup|"
    r"petite\s+question|question|bref|alors|donc|et|mais|si|quand|lors|en\s+cas|pendant)\b",
    re.I,
)


def names_a_thing(clause: str) -> bool:
    """Whether a clause an ask points back to names a thing ("tv commercial voice over
    gig"), not the member's own case ("je suis cascadeur"), what happened ("filming ran
    late") or an opener ("sorry", "du coup", "in case of illness")."""
    return not (_SELF.search(clause) or _TELLS.search(clause) or _OPENER.search(clause))


def _object(named: str) -> str:
    """The first content words of what a phrase names, up to a preposition ("" when it
    names none, a frame or a fee)."""
    words: list[str] = []
    for word in _WORD.findall(named):
        low = word.lower().replace("’", "'")
        bare = low.split("'")[-1] if "'" in low[:3] else low  # "l'aide": "aide"
        if not words and low in _PARTITIVE:  # "y a-t-il de l'aide", "des pauses"
            continue
        if low in _STOP or not bare[:1].isalpha() or len(words) >= _OBJECT_WORDS:
            break
        if bare in _SKIPPED or fold(bare) in _FILLER:
            if words:
                break
            continue
        words.append(bare)
    if words and words[0] not in _FRAMES and not any(w in RATE_NOUNS for w in words):
        return " ".join(words)
    return ""
