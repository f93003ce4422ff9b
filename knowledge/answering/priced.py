"""What a French question asking for a figure prices: "c'est combien une séance de voix
pour un jeu vidéo" prices a video game, "c combien pour enregistrer un livre audio" an
audiobook (unknown.py declines it when the documents never name it)."""

from __future__ import annotations

from .asks import pieces
from .cues import RATE_NOUNS, WANTS_FIGURE
from .subject import _AFTER, _INFINITIVE, _TIME, _content, _words

_PRICED_FOR = frozenset({"un", "une", "chaque"})
_DONE_FOR = _PRICED_FOR | {"des"}  # "pour faire des voix de créatures"
_PRICED_BY = RATE_NOUNS | {"combien"}


def priced_words(question: str) -> list[str]:
    """What a French question asking for a figure prices "pour un …", anywhere in it
    ("c'est combien une séance de voix pour un jeu vidéo"), or what a verb does right after
    the figure asked ("combien pour enregistrer un livre audio"): one phrase, since a
    phrase ("livre audio") may be known by its translation when its words are not."""
    if not WANTS_FIGURE.search(question):
        return []
    # in what it asks, not in what it tells ("… présentement? je fais des voix pour une
    # série jeunesse": the member's work, not what is priced)
    asked = " ".join(text for text, asking in pieces(question) if asking)
    words = _words(asked or question)
    out: list[str] = []
    for i, word in enumerate(words[:-1]):
        # "pour un …", or what a verb does right after the figure asked: "c combien pour
        # enregistrer un livre audio" (not the role played "… pour jouer une fillette")
        verb = (
            0 < i < len(words) - 2
            and _INFINITIVE.fullmatch(words[i + 1])
            and words[i - 1].lower() in _PRICED_BY
        )
        if word == "pour" and words[i + 1 + bool(verb)] in (_DONE_FOR if verb else _PRICED_FOR):
            run: list[str] = []
            j = i + 2 + bool(verb)
            while j + 1 < len(words) and words[j] in _TIME and words[j + 1] in {"de", "d'"}:
                j += 2  # "pour une journée de capture": what the day is of
            while j < len(words) and len(run) < _AFTER and _content(words[j]):
                run.append(words[j].lower())
                j += 1
            if run:
                out.append(" ".join(run))
    return list(dict.fromkeys(out))
