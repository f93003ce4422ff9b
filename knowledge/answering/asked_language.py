"""The language a question asks for a text in: "what's the exact French wording of the line
shown on screen?", "le texte anglais de l'article 14", "how is that line written in French?".

A bilingual union publishes its agreement in one language and guides in the other; a
member who asks for the other language's words wants the document written in it, which
the question's own language would rank second (its words match the documents in the
language it is asked in). The language named is the one the answer's documents should be
in (scoring.py gives a passage in it a bonus). A question that names a language for
another reason ("dubbing in French", "French-speaking performers") asks for no wording.
"""

from __future__ import annotations

import re

_LANGUAGES = {
    "french": "fr",
    "français": "fr",
    "française": "fr",
    "english": "en",
    "anglais": "en",
    "anglaise": "en",
}
_ASKED = re.compile(
    # "the exact French wording", "the English text"
    r"\b(french|english)\s+(?:wording|words|text|version|translation|line|title)\b|"
    # "how is it worded in French", "what's the line called in English" (not "dubbing in
    # French", "if I say a line in French": what is done, not asked for)
    r"\b(?:called|written|worded|wording|phrased)"
    r"\s+(?:[^\W\d_]+\s+){0,3}?in\s+(french|english)\b|"
    # "le texte anglais", "la version française", "la mention exacte en anglais"
    r"\b(?:texte|version|libellé|traduction|formulation)\s+(français|anglais|française|anglaise)\b|"
    r"\b(?:dit|écrit|formulée?|appelle|mots?|phrase|texte|libellé|mention)\s+"
    r"(?:[^\W\d_]+\s+){0,3}?en\s+(français|anglais)\b",
    re.I,
)


def asked_language(question: str) -> str | None:
    """The language ("en", "fr") whose wording the question asks for, if it names one."""
    m = _ASKED.search(question)
    if m is None:
        return None
    name = next(g for g in m.groups() if g)
    return _LANGUAGES[name.lower()]
