"""The topic a member names first and then asks about: "les photographes de mariage, y a
un tarif ?", "spectacle de marionnettes pour un anniversaire, c combien ?", "rooftop
stargazing evenings, is there a rate for those?". Spoken French, and chat in either
language, put what is asked about before a comma or a colon, and the ask after it names
only a rate; subject.py reads whose figure a question asks beside its rate noun, and
finds none here. The topic's first content words are what the figure is asked for
(unknown.py: a topic no document mentions is not covered). A topic that holds a rate noun
of its own ("le cachet du samedi, c combien ?") is left to subject.py.
"""

from __future__ import annotations

import re

from ..figures import JOURS, MONTHS, WEEKDAYS
from .cues import RATE_NOUNS
from .subject import _RUN, _content, _words

# the topic, then an ask that prices or asks whether there is something for it
_DISLOCATED = re.compile(r"^\s*(?P<topic>[^,:;?!.]{3,80}?)\s*[,:]\s*(?P<ask>[^,:;]{0,120})$")
# or before a dash between spaces: "singing coach for a stage musical – what's the day
# rate?"; not the member's own case told before it ("got a corporate party gig – …",
# "subbing on a scoring session – …": a verb, or a gerund before a function word)
_DASHED = re.compile(r"^\s*(?P<topic>[^,:;?!.–—]{3,80}?)\s+[–—-]\s+(?P<ask>[^,:;]{0,120})$")
_FUNCTION = {"on", "at", "for", "a", "an", "the", "in", "with", "to", "my", "our", "some"}
_TELLING = {"got", "get", "getting", "did", "doing", "had", "have", "just", "was", "booked"}
_ASKS_PRICE = re.compile(
    r"^(?:y\s+a|y['’]?\s*a-t-il|il\s+y\s+a|est-ce\s+qu['’]il\s+y\s+a|c['’]?\s*(?:est\s+)?"
    r"(?:combien|quoi\s+le\s+(?:tarif|cachet|taux))|combien|ça\s+(?:paie|coûte|se\s+paie)|"
    r"is\s+there|are\s+there|what(?:['’]?s|\s+is)\s+the\s+(?:[^\W\d_]+\s+)?(?:rate|fee|pay)|"
    r"how\s+much|do\s+we\s+get|do\s+i\s+get)\b",
    re.I,
)


# the member's own ("my kid", "ma fille"), a sentence that tells ("i'm booked"), and where
# what the topic says of itself begins ("le planétarium qu'on emmène …")
_OWN = {"my", "our", "mon", "ma", "mes", "notre", "nos", "i", "i'", "we", "je", "on", "j'"}
_TOLD = {"is", "are", "am", "was", "est", "suis", "sont", "était"}  # "c'est": "c'", "est"
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DAYS = {*WEEKDAYS, *JOURS}
_RELATIVE = {"qu'", "que", "qui", "dont", "that", "which", "who", "where", "où"}


def _dashed(question: str) -> re.Match[str] | None:
    """A topic set off by a dash that names a thing, not what the member did."""
    m = _DASHED.match(question)
    words = _words(m.group("topic")) if m else []
    if m is None or len(words) < 2 or _OWN.intersection(words) or words[0] in _TELLING:
        return None
    if words[0].endswith(("ing", "ed")) and words[1] in _FUNCTION:
        return None  # "subbing on a …", "booked for a …": told, not named
    return m


def topic_words(question: str) -> list[str]:
    """The first content words of the topic a question names before a comma or a colon
    and then prices ("les photographes de mariage, y a un tarif ?": "photographes",
    "mariage"), lower-cased; [] when it has no such topic."""
    m = _DISLOCATED.match(question.strip()) or _dashed(question.strip())
    if m is None or not _ASKS_PRICE.match(m.group("ask")):
        return []
    # a name within the topic is where or whose, which the documents may not name: the
    # "Hautes-Terres" of "kilométrage dans les Hautes-Terres du Nord"
    written = _WORD.findall(m.group("topic"))
    names = {w.lower() for w in written[1:] if w[:1].isupper()}
    words = _words(m.group("topic"))
    if not words or words[0] in _OWN or _TOLD.intersection(words):
        return []  # "my kid is 9, how much?": the member's own case, told
    if RATE_NOUNS.intersection(words):
        return []  # "le cachet du samedi, c combien ?": whose figure, subject.py reads
    ended = next((i for i, w in enumerate(words) if w in _RELATIVE), len(words))
    named = [w for w in words[:ended] if _content(w) and w[-1].isalpha() and w not in names]
    # a day the topic names is when, not what: "two-set night on 14 january 2027, …"
    return [w for w in named if w.rstrip(".") not in MONTHS and w not in _DAYS][:_RUN]
