"""Which language a text is in: a question (English or French, the languages Steward
answers in) or a document (one of a few European languages)."""

from __future__ import annotations

import functools
import re
from typing import Any

_FR = frozenset(
    (
        "le la les des du de un une est et pour combien quel quelle quels quelles comment "
        "pourquoi c'est ça ca avec sur dans je tu vous nous mon ma mes qui que quoi où pas être "
        "avoir au aux en il elle ils on se sont été fait faut peut dois doit mais ou donc si "
        "cette ces leur leurs taux tarif figurant figurants doublure grève syndicat salaire "
        "heures jours droit droits quand depuis jusqu merci bonjour salut "
        # members' shorthand: "c cb ajd stp", "chu doubleur", "pcq", "mtn"
        "ajd auj mtn stp svp cb chu chui jsuis pcq pk ds pis faque bcp aussi encore"
    ).split()
)
_EN = frozenset(
    (
        "the a an is are what how much many for of to in on do does did can i my you and with "
        "rate when who which was were will would should there their they it this that these "
        "those get paid pay day hours days strike union about after before have has need any "
        # members' shorthand: "whats the rate rn pls", "im bg tmrw"
        "rn whats hows wheres pls plz tmrw ur im dont cant doesnt isnt gonna wanna lol thx"
    ).split()
)
_ACCENTS = re.compile(r"[éèêàâçîôûùœ]", re.I)
DOCUMENT_LANGUAGES = ("en", "fr", "es", "de", "it", "pt", "nl")


@functools.lru_cache(maxsize=4)
def _identifier(languages: tuple[str, ...]) -> Any:
    """A py3langid identifier restricted to `languages` (its own copy: the module's is global)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(languages))
    return identifier


def detect(text: str, languages: tuple[str, ...] = DOCUMENT_LANGUAGES) -> str:
    sample = text[:5000].strip()
    if not sample:
        return "und"
    return str(_identifier(languages).classify(sample)[0])


def question_language(text: str) -> str:
    """'fr' or 'en', from function words and accents; ties go to py3langid, then English."""
    words = re.findall(r"[a-zà-ÿœ']+", text.lower())
    fr = sum(w in _FR or w.split("'")[-1] in _FR for w in words) + 0.5 * len(_ACCENTS.findall(text))
    en = sum(w in _EN for w in words)
    if fr > en:
        return "fr"
    if en > fr or not words:
        return "en"
    return detect(text, ("en", "fr"))
