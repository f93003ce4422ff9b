"""A member's question cut into its asks: the pieces that ask something and those that
set the scene ("weekly performer here - whats my OT rn and after how many hrs does it kick
in?"), each ask with the context given, and what the question asks without its asides."""

from __future__ import annotations

import re
from functools import cache

from ..lexical import FILLER_WORDS, STOPWORDS, tokenize
from .cues import PER_UNIT, RATE_NOUNS, WANTS_FIGURE

WORD = re.compile(r"[^\W\d_][\w'’-]*")  # a word, not a number


def subject_tokens(tokens: list[str]) -> list[str]:
    """The question's tokens without its filler words ("how much", "combien"), unless
    nothing else is left."""
    filler = filler_tokens()
    kept = [t for t in tokens if t not in filler]
    return kept or tokens


@cache
def rate_tokens() -> frozenset[str]:
    """The tokens of the words that name a fee or rate ("rate", "fee", "cachet", "paid")."""
    return frozenset(t for word in tokenize(sorted(RATE_NOUNS)) for t in word)


@cache
def filler_tokens() -> frozenset[str]:
    """Filler and stopword tokens ("stand-ins" stems to "stand" + "in", a stopword)."""
    return frozenset(t for word in tokenize(FILLER_WORDS) for t in word) | set(STOPWORDS)


# Where one ask ends and another may begin: sentence ends, a dash, a comma, a colon ("my
# typed copy gives another figure : what is it now?"), or "and"/"et"
# before a question word ("whats my OT rn and after how many hrs does it kick in").
_ASK_BREAK = re.compile(
    r"[?!;]+\s*|\.\s+|\s[-–—]\s|,\s+|\s?:\s+|\s+(?:and|also|plus|et|aussi)\s+"
    r"(?=(?:what|whats|how|when|where|which|who|is|are|do|does|did|can|after|"
    r"combien|quel|quelle|quels|quelles|quand|comment|où|est-ce|c'est)\b)",
    re.I,
)
ASKING = re.compile(
    r"^\W*(?:(?:and|also|plus|but|so|et|aussi|mais|puis)\s+)?"  # "…? and what is the OT"
    r"(?:what|whats|how|when|where|which|who|is|are|do|does|did|can|could|should|will|"
    r"combien|quel|quelle|quels|quelles|quand|comment|où|est-ce|c'est|faut-il|peut-on)\b",
    re.I,
)
# A question word and its verb after a phrase that sets the scene: "on a long tech day
# when does my OT kick in", "pour la tournée, quand est-ce qu'on est payés"; not a
# relative clause ("the producer who is paying") nor a question reported ("I don't know
# what is in my contract", "il m'a demandé quand est-ce que …")
_ASKS_WITHIN = re.compile(
    r"\b(?:what|when|where|how)\s+(?:is|are|does|do|did|can|will|should|much|many|long|soon)\b|"
    r"\b(?:quand|comment|où)\s+(?:est-ce|est|sont|doit|dois|peut|va)\b|"
    r"\bcombien\s+(?:de\b|d['’])|"  # "fête d'enfants : combien d'enfants max ?"
    # a question word after its preposition: "from what time is there a premium", "by
    # which date", "à partir de quelle heure", "à quel âge"
    r"\b(?:from|at|by|until|till|since|to|for|in|on|after|before)\s+(?:what|which)\s+\w|"
    r"(?:\bà|\bde|\bdès|\bpour|\bpar|\bjusqu['’]à|\bdepuis|\bavant|\baprès)\s+"
    r"quel(?:le)?s?\s+\w",
    re.I,
)
_REPORTED = re.compile(
    r"\b(?:know|knew|ask|asked|asks|wonder\w*|sure|tell me|told|sais|savoir|demand\w*|"
    r"dit|compris)\W+(?:\w+\W+){0,2}$",
    re.I,
)


def asks_within(text: str) -> bool:
    """Whether a piece asks with a question word after a scene it sets (see _ASKS_WITHIN)."""
    return any(not _REPORTED.search(text[: m.start()]) for m in _ASKS_WITHIN.finditer(text))


# An ask that points back to what the one before it named ("that day", "for them", "ce jour-là")
_POINTS_BACK = re.compile(
    r"\b(?:that|this|those|these|them|it|same|the one|the ones|ce|cet|cette|ces|ça|cela|"
    r"celui|celle|là)\b"
    r"(?!\s+(?:year|yr|month|week|wk|season|morning|evening|année|an|mois|semaine|saison))",
    re.I,
)  # "this year" points to a time, not back
# A question word at a piece's end, as spoken French asks ("et la ratification c'était
# quand ?", "le dépôt c'est combien"; not "comment", an English word too): the piece
# asks, and what it names is its own
_ASKS_LAST = re.compile(r"\b(?:quand|combien|où)\W*$", re.I)
# a spoken French ask with its question word inside: "et il a quel budget par an ?"
_ASKS_QUEL = re.compile(r"\b(?:a|ont|est|sont|c['’]est|fait|font|coûte)\s+quel(?:le)?s?\s+\w", re.I)


def _asks_alone(text: str) -> bool:
    """Whether a short piece is an ask of its own: a question word at its end, about a
    thing it names itself (not "c'était quand, ça ?", which points back)."""
    if _ASKS_QUEL.search(text):  # "et il a quel budget ?": the budget is its own
        return _names_its_own(text) and not _POINTS_BACK.search(text)
    return (
        bool(_ASKS_LAST.search(text))
        and _names_its_own(_ASKS_LAST.sub("", text))
        and not (_POINTS_BACK.search(text))
    )


# the words that ask for a kind of figure ("how long", "combien de"), first in an ask
_ASKED_WITH = re.compile(
    r"\b(?:how\s+(?:long|much|many|soon|often|far)|when|combien(?:\s+de)?|quand)\b\W*",
    re.I,
)
MAX_ASKS = 3
MIN_ASK_WORDS = 2
CORE_WORDS = 3  # words of their own the asks keep for a match without the asides


def _words(text: str) -> int:
    """How many words of its own a piece has (not filler, not a stopword)."""
    words = WORD.findall(text)
    return sum(1 for tokens in tokenize(words) if tokens and not set(tokens) <= filler_tokens())


@cache
def _units_of_time() -> frozenset[str]:
    """The units of time and their adjectives (cues.PER_UNIT), "année" and "annuelle" too."""
    words = [w for unit, adjectives in PER_UNIT.items() for w in (unit, *adjectives.split())]
    return frozenset(t for w in tokenize([*words, "année", "annuelle"]) for t in w)


def _names_its_own(ask: str) -> bool:
    """Whether an ask names something of its own, not only a fee and its unit of time
    ("and the yearly fee?", "et le taux horaire ?"): those are of what the ask before
    it names."""
    generic = filler_tokens() | rate_tokens() | _units_of_time() | _PER
    return any(t not in generic for t in tokenize([ask])[0])


# how a fee's unit of time is counted: "per half hour", "par demi-journée", "each day"
_PER = frozenset(t for w in tokenize(["per par half demi each chaque"]) for t in w)


def asks(question: str) -> list[str]:
    """The separate asks of a question that has several, each with the context the member
    gave ("weekly performer here - whats my OT rn and after how many hrs does it kick
    in?" asks two things of a weekly performer); [] when it asks one thing."""
    merged = pieces(question, topics=False)
    context = " ".join(text for text, asked in merged if not asked)
    separate: list[str] = []
    for text, asked in merged:
        if not asked:
            continue
        if separate and (_POINTS_BACK.search(text) or not _names_its_own(text)):
            # "did bg on sept 15, which rate applies for that day?": "that day" is the one
            # the ask before it names; so is the fee in "union dues, % and the yearly fee?"
            # what it asks of it is its own: "how long before the show is the fight call,
            # and do we get paid extra for it?" asks an amount, not how long
            earlier = _ASKED_WITH.sub("", separate[-1].removeprefix(context).strip(), count=1)
            text = f"{earlier} {text}"
        separate.append(f"{context} {text}".strip())
    return separate[:MAX_ASKS] if len(separate) >= 2 else []


# one question word for two things: "whats the min call and the rate?", "c quoi le cachet et
# la prime en plus ?"
_FRAME = re.compile(
    r"(?:^|(?<=\s))(?:what['’]?s|what\s+(?:is|are)|c\s+quoi|c['’]est\s+quoi|"
    r"quel(?:le)?s?\s+(?:est|sont))\s+(?=(?:the|le|la|les|l['’]|my|mon|ma|mes)\b)",
    re.I,
)
_AND_THE = re.compile(
    r"\s+(?:and|et)\s+(?=(?:the|le|la|les|l['’]|sur\s+quel(?:le)?s?|my|mon|ma|mes)\b)", re.I
)
_WHOSE = re.compile(r"\s(?:(?:for|of|to|pour|de|du|des|aux?)\s|d['’])", re.I)
# a clause or a comparison, not two things asked: "the penalty if the producer and the
# agent disagree", "the difference between the fee and the rate"
_CLAUSE = re.compile(r"\b(?:if|when|while|whether|between|si|quand|lorsque|entre|que)\b", re.I)
_OWN_WORD = re.compile(r"\W*sur\s+quel", re.I)  # "et sur quel cachet": its own question word


def coordinated(question: str) -> list[str]:
    """The two things a question asks after one question word, each with its context and
    the question word ("audio description: whats the min call and the rate?": "…whats the
    min call", "…whats the rate"), to be searched for each; [] otherwise. Not "the rate
    for stand-ins and the background performers": both whom one rate is for."""
    if not _AND_THE.search(question):  # most questions: no pieces to read again
        return []
    said = pieces(question, topics=False)
    asked = [text for text, asks in said if asks]
    frame = _FRAME.search(asked[0]) if len(asked) == 1 else None
    if frame is None:
        return []
    context = " ".join([*(text for text, asks in said if not asks), asked[0][: frame.start()]])
    parts = _AND_THE.split(asked[0][frame.start() :])
    if len(parts) != 2 or not all(map(_words, parts)) or _CLAUSE.search(parts[0]):
        return []
    # whom both are for: "the rate for stand-ins and the background performers", "the
    # name and the address of the union's lawyer"
    if _WHOSE.search(parts[0]) or _WHOSE.search(parts[1]):
        return []
    own = _OWN_WORD.match(parts[1]) or ASKING.match(parts[1])
    second = parts[1] if own else f"{frame.group()}{parts[1]}"
    return [" ".join(f"{context} {part}".split()) for part in (parts[0], second)]


def asking(question: str) -> str:
    """The pieces of the question that ask something, without its context ("the ONB sent
    me a letter. what's the training fee?": "what's the training fee"); "" when none does."""
    return " ".join(text for text, asked in pieces(question) if asked)


def core(question: str) -> str | None:
    """What the question asks without the asides around it ("bg hourly rate rn?? tracking
    my hrs in a spreadsheet lol": "bg hourly rate rn"), when it has both and the asks
    keep CORE_WORDS words of their own; else None. A match with it is as good as with
    the whole question: an aside's words the documents lack are no sign they do not
    answer."""
    merged = pieces(question)
    kept = [text for text, asked in merged if asked]
    if not kept or len(kept) == len(merged):
        return None
    text = " ".join(kept)
    return text if _words(text) >= CORE_WORDS else None


_ALSO = re.compile(r"\W*(?:and|also|plus|et|aussi|puis)\b", re.I)


def pieces(question: str, topics: bool = True) -> list[tuple[str, bool]]:
    """The question's pieces, each with whether it asks something; a topic before a colon
    counts as asked unless not `topics` (what it asks, without asides, keeps its topic;
    the asks it has are each about it)."""
    found: list[tuple[str, bool]] = []
    at, after_colon = 0, False
    for m in [*_ASK_BREAK.finditer(question), None]:
        end = m.start() if m else len(question)
        text = question[at:end].strip(" ,")
        asked = bool(m and "?" in m.group()) or bool(
            ASKING.search(text)
            or asks_within(text)
            or WANTS_FIGURE.search(text)
            or _ASKS_LAST.search(text)
        )
        if not topics and m and ":" in m.group() and not ASKING.search(text):
            # the topic before a colon ("second step of the ensemble raise: whats the new
            # rate …?") is what the asks after it are about: their context, not an ask of
            # its own; "stunt rate: and the fitting fee?" asks both
            asked = asked and bool(_ALSO.match(question, m.end()))
        if text and found and after_colon and _POINTS_BACK.search(text):
            # an ask of what the words before the colon name: "Holiday pay for weekly
            # performers: how is it calculated?"
            found[-1] = (f"{found[-1][0]}: {text}", found[-1][1] or asked)
        elif text:
            found.append((text, asked))
        at = m.end() if m else at
        after_colon = bool(m and ":" in m.group())
    merged: list[tuple[str, bool]] = []  # a piece too short to stand alone joins another
    pending, pending_asked = "", False
    for text, asked in found:
        text, asked = f"{pending} {text}".strip(), asked or pending_asked
        pending, pending_asked = "", False
        # "when can I call it" is about the ask before; "et la ratification c'était
        # quand" asks of its own
        if _words(text) >= MIN_ASK_WORDS or (merged and _asks_alone(text)):
            merged.append((text, asked))
        elif merged:  # "…PSP contributions on it, what %?"
            merged[-1] = (f"{merged[-1][0]} {text}", merged[-1][1] or asked)
        else:  # "ok and stand-ins? daily rate now"
            pending, pending_asked = text, asked
    if pending:
        merged.append((pending, pending_asked))
    return merged
