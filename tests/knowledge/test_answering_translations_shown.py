"""A line that gives the amounts of a line already chosen, in another language than the
question's, is a translation of it and adds nothing (unit.repeats): the French version's
"Indemnité de costume : 65,00 GH₵ … Indemnité d'accessoires : 25,00 GH₵" beside clause 5.1
took the place of clause 5.2, which says the old allowance is not paid any more. A line in
the question's language is always shown; a line that gives other amounts too (a summary
of what changes) says more."""

from __future__ import annotations

from knowledge import figures
from knowledge.answering.unit import Unit, repeats


def _unit(text: str) -> Unit:
    return Unit(passage=0, text=text, display=text, figures=figures.extract(text))


ENGLISH = _unit(
    "5.1 A costume-and-make-up allowance of GH₵65.00 per event is paid to performers who "
    "work in costume or make-up. A props allowance of GH₵25.00 per event is paid to "
    "balloon artists and face painters."
)
FRENCH = _unit(
    "Indemnité de costume et de maquillage : 65,00 GH₵ par événement. Indemnité "
    "d'accessoires : 25,00 GH₵ par événement (ballons, maquillage)."
)
SUMMARY = _unit(
    "Indemnités : le costume et le maquillage passent de 90,00 GH₵ à 65,00 GH₵, et les "
    "accessoires sont payés 25,00 GH₵ à part."
)


def test_a_translation_in_another_language_than_the_questions_repeats_the_chosen_line():
    assert repeats(FRENCH, ENGLISH, "en")
    assert repeats(ENGLISH, FRENCH, "fr")


def test_a_line_in_the_questions_language_or_with_more_amounts_is_shown():
    assert not repeats(ENGLISH, FRENCH, "en")  # the member's own language
    assert not repeats(FRENCH, ENGLISH, "fr")
    assert not repeats(SUMMARY, ENGLISH, "en")  # the old figure too: what changes
    assert not repeats(FRENCH, ENGLISH)  # no question's language given: sentences only


def test_a_translation_that_gives_a_day_says_more():
    costume = _unit("A costume allowance of GH₵65.00 per event is paid.")
    ended = _unit("Depuis le 1er mars 2027, l'indemnité de costume de 65,00 GH₵ n'est plus versée.")
    assert not repeats(ended, costume, "en")
    assert repeats(_unit("Indemnité de costume : 65,00 GH₵ par événement."), costume, "en")
