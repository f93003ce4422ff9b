"""Figures a document says no longer apply: an old rate quoted, then "Ce taux ne s'applique
plus … : une répétition est payée 96,00 $" (answering/former.py, in_force.py), and a
supplement whose next sentence says it lapses on a day (answering/sunset.py, dating.py).
"Is it still X?" asks what is in force, whatever X the member names."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

from knowledge.answering.sunset import lapse
from knowledge.answering.units import cut
from knowledge.search import Passage

BULLETIN = """# Bulletin n° 7

Publié le 2 novembre 2026.

L'ancien taux
-------------

Certains membres citent encore l'ancienne convention :

> « Chaque répétition est payée 88,00 $, et la nuit 20 % de plus. »

Ce taux ne s'applique plus depuis le début de la saison : une répétition est payée 96,00 $.

Le chef de chœur est payé 130,00 $ par répétition.
"""

AGREEMENT = """# Street Festival Agreement 2026-2029

Signed on 28 August 2026. This agreement runs from 1 September 2026 to 31 August 2029.

9.4 Temporary supplement. A temporary carry supplement of $14.75 per parade is paid to
puppet carriers. It lapses on 31 October 2026 unless the parties renew it in writing
before that date.

9.5 A meal allowance of $24.80 is paid to puppet carriers for each parade day.
"""


def _passage(text: str, start: int = 0) -> Passage:
    return Passage(f"p{start}", "bulletin.md", "Bulletin", text, start, start + len(text), 1.0)


def test_the_figures_before_a_sentence_saying_they_no_longer_apply_are_former():
    old = "« Chaque répétition est payée 88,00 $, et la nuit 20 % de plus. »"
    new = "Ce taux ne s'applique plus : une répétition est payée 96,00 $."
    units = cut([_passage(f"{old}\n\n{new}")])
    quoted = next(u for u in units if "88,00" in u.text)
    assert {"money:88", "pct:20"} <= quoted.former
    assert "money:88" in next(u for u in units if "96,00" in u.text).former
    # the same across two chunks that follow each other, found in either order
    units = cut([_passage(new, len(old) + 2), _passage(old)])
    assert "money:88" in next(u for u in units if "88,00" in u.text).former
    # said in one unit with the quote, the quote's figure is the former one
    (unit,) = cut([_passage(f"{old} {new}")])
    assert "money:88" in unit.former and "money:96" not in unit.former
    # a rate that stops applying to some case only is still the rate
    partly = "Ce taux ne s'applique plus aux répétitions du dimanche."
    units = cut([_passage(f"{old}\n\n{partly}")])
    assert not next(u for u in units if "88,00" in u.text).former


def test_is_it_still_the_old_rate_is_answered_by_the_rate_in_force(tmp_path, bundled_embedder):
    answerer = answerer_over(tmp_path, {"bulletin.md": BULLETIN}, bundled_embedder)
    for question in ("la répétition est tjrs payée 88,00 $ ?", "une répétition c bien 88,00 $ ?"):
        text = answerer.ask(question).text
        assert "96,00 $" in text.splitlines()[0] and "88,00" not in text, question
    # asked of the figure itself, it is shown
    assert "88,00 $" in answerer.ask("d'où vient le taux de 88,00 $ ?").text


def test_a_sentence_saying_a_figure_lapses_ends_its_period():
    sentence = "A temporary carry supplement of $14.75 per parade is paid to puppet carriers."
    text = f"{sentence} It lapses on 31 October 2026 unless the parties renew it."
    assert lapse(text, sentence) == (
        dt.date(2026, 10, 31),
        "It lapses on 31 October 2026 unless the parties renew it.",
    )
    french = "Le supplément est de 14,75 $. Il prend fin le 31 octobre 2026. La suite."
    assert lapse(french, "Le supplément est de 14,75 $.") == (
        dt.date(2026, 10, 31),
        "Il prend fin le 31 octobre 2026.",
    )
    # a lapse of something else (the agreement's own end), or no day
    assert lapse(f"{sentence} The fund ends on 31 October 2026.", sentence) is None
    assert lapse(f"{sentence} This Agreement expires on 31 August 2029.", sentence) is None
    assert lapse(f"{sentence} Cette convention prend fin le 31 août 2029.", sentence) is None
    assert lapse(f"{sentence} It lapses unless renewed.", sentence) is None


def test_a_lapsed_supplement_is_said_to_be_no_longer_in_force(tmp_path, bundled_embedder):
    answerer = answerer_over(tmp_path, {"agreement.md": AGREEMENT}, bundled_embedder)
    text = answerer.ask("is the temporary carry supplement still paid now?").text
    first = text.splitlines()[0]
    assert "$14.75" in first and "It lapses on 31 October 2026" in first
    assert "no longer in force" in text
    # the clause after it is in force
    meal = answerer.ask("what's the meal allowance for puppet carriers?").text
    assert "$24.80" in meal and "no longer in force" not in meal
