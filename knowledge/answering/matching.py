"""How much of a question a unit's words cover, its words weighed by their rarity.

A question's words weigh by their rarity in the corpus (unknown ones the most). A unit
in the other language cannot contain them, only their translations: the glossary's
(terms.py) and the corpus's own (lexicon.py); and a table row gives a unit of time as an
adjective ("day rate": the "Daily" column, rows.per_unit). Each such token found earns
half a word of usual weight.

Tried: a translation earning half the weight of the word it translates, so that a rare
word's translation ("décédée": "deceased") counts as much as the rare word would. It
lost two of the shipped set's figures and one each of two other sets' (session 14).
What is kept (session 17): a unit in the other language is ranked on its share of the
question's words as written or translated (Matcher.translated) at 0.8 of it, where the
similarity across languages alone understates it (scoring.TRANSLATED).

A number the question gives for a measured figure ("is it still 60 days?") is not found
in a unit that writes it only for another kind ("60 km", "up to 60 s"): other_kind
(session 18: one more out-of-scope question declined on sixteen sets, none lost).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import figures
from ..lexical import LexicalIndex, tokenize
from ..lexicon import Lexicon
from ..terms import expand, of_word
from . import ages, rows
from .asks import subject_tokens
from .unit import MEASURED
from .units import Unit
from .vocabulary import Vocabulary

TRANSLATION_SHARE = 0.5  # of a word of usual weight, for each translated token found
TITLE_SHARE = 0.5  # of a word found only in the document's title
LEAD_SHARE = 0.75  # of one found only in the first sentence of its paragraph, not shown


@dataclass(frozen=True)
class Matcher:
    """A question's words by rarity, and the tokens of their translations."""

    weights: dict[str, float]
    expanded: frozenset[str]
    # each word's own glossary translations ("grief": "grievance"), for deciding only
    glossed: dict[str, frozenset[str]] = field(default_factory=dict)

    def translated(self, tokens: set[str] | frozenset[str]) -> float:
        """Share of the question's words (weighted by rarity) that `tokens` hold, as
        written or in one of their glossary translations: how much of the question a unit
        in the other language covers: at full weight for deciding to answer, at
        scoring.TRANSLATED for ranking (a translation may be a looser fit than the word)."""
        total = sum(self.weights.values())
        if not total:
            return 0.0
        found = sum(
            w
            for t, w in self.weights.items()
            if t in tokens or self.glossed.get(t, frozenset()) & tokens
        )
        return found / total

    def share(self, tokens: set[str] | frozenset[str]) -> float:
        """The weight of the question's words among `tokens`, translations counted."""
        if not self.weights:
            return 0.0
        direct = sum(w for t, w in self.weights.items() if t in tokens)
        usual = sum(self.weights.values()) / len(self.weights)
        translated = len((self.expanded - self.weights.keys()) & tokens)
        return direct + TRANSLATION_SHARE * translated * usual


def matcher(
    question: str, language: str, vocabulary: Vocabulary, index: LexicalIndex, lexicon: Lexicon
) -> Matcher:
    """The words of `question` weighed on `index`, with their translations."""
    # A misspelt or inflected word counts as the corpus's spelling ("wardobe", "jeu").
    # not who it is for and how old ("mon fils a 14 ans"): the age picks a bracket (ages.py)
    aged = ages.age_tokens(question)
    tokens = [
        vocabulary.nearest(t) or t for t in subject_tokens(tokenize([question])[0]) if t not in aged
    ]
    # and the corpus's own translations of the others (lexicon.py), counted alike
    learned = set(tokenize([" ".join(lexicon.translate(question, language))])[0])
    expanded = set(expand(tokens)) | rows.per_unit(tokens) | learned
    glossed = {t: frozenset(alt) for t in tokens if (alt := of_word(t))}
    return Matcher(index.idf(tokens), frozenset(expanded), glossed)


def coverage(
    matcher: Matcher,
    found: set[str],
    shared: frozenset[str] | set[str] = frozenset(),
    lead: frozenset[str] | set[str] = frozenset(),
) -> float:
    """Share of the question's words (weighted by rarity) among the tokens `found` of a
    unit; translations count half, and so do the words `shared` by every unit of its
    document (its title), which say which document but not which of its units; those of
    the `lead` of its paragraph, when it is not shown with it, count LEAD_SHARE."""
    total = sum(matcher.weights.values())
    if not total:
        return 0.0
    rest = set(shared) - found
    near = set(lead) - found
    covered = (
        matcher.share(found)
        + LEAD_SHARE * matcher.share(near)
        + TITLE_SHARE * matcher.share(rest - near)
    )
    return min(1.0, covered / total)


def claimed_numbers(question: str) -> dict[str, str]:
    """The numbers of the question's measured figures, each with its kind ("60 days":
    "60" → days)."""
    return {f.value: f.kind for f in figures.extract(question) if f.kind in MEASURED}


def other_kind(claimed: dict[str, str], unit: Unit) -> set[str]:
    """The question's numbers that `unit` writes only for another kind of figure: "is it
    still 60 days?" is not matched by "60 km" or "up to 60 s"."""
    if not claimed:  # most questions give no figure: nothing to read
        return set()
    mine = {(f.value, f.kind) for f in figures.extract(unit.text)}
    return {
        value
        for value, kind in claimed.items()
        if (value, kind) not in mine and any(v == value for v, _ in mine)
    }
