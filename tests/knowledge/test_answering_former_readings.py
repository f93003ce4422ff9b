"""How a row or a sentence names the figure it replaced, read with no corpus: the
former figure a sentence names ("the scan fee of $85 is replaced by", "passe de 85 $ à
110 $", "is reduced from"), an earlier document's figure a sentence tells as past ("The
old scan fee was $85."), and whether a figure printed as replaced is about the same item
(answering/former.py, units.py, naming.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("older", "newer", "former", "same"),
    [
        # a shared word for the kind of fee, or a unit of time, is no shared item
        (
            "| Meal penalty, per meal | $25.00 |",
            "The late payment penalty is now $30.00 (it was $25.00).",
            "25",
            False,
        ),
        (
            "| Wardrobe allowance, per day | $15.00 |",
            "Parking, per day: $20.00 ($15.00).",
            "15",
            False,
        ),
        # the item named in other words, a code or a note
        (
            "| Dubbing Performer | Session (up to 4 hours) | $318.00 |",
            "| Dubbing session | $334.00 ($318.00) |",
            "318",
            True,
        ),
        (
            "| A1 | Voice Session (up to 4 hours) | $302.00 |",
            "| Video game voice Session | Row A1 | $302.00 -> | $309.00 |",
            "302",
            True,
        ),
    ],
)
def test_a_figure_printed_as_replaced_replaces_only_the_same_item(older, newer, former, same):
    from knowledge import figures as figs
    from knowledge.answering.naming import names_former
    from knowledge.answering.supersession import _item_words
    from knowledge.answering.units import Unit

    a, b = Unit(0, older, older), Unit(1, newer, newer)
    for u in (a, b):
        u.figures = [f for f in figs.extract(u.text) if f.kind == "money"]
    b.former = frozenset({f"money:{former}"})
    wa, wb = _item_words([a, b])
    assert names_former(b, {"money": {f"money:{former}"}}, wa, wb) is same


@pytest.mark.parametrize(
    "sentence, past",
    [
        ("The previous bulletin (S-2026-1) showed a day rate of $1,018.00 for 2026.", True),
        ("The old scan fee was $85.", True),
        # a past word that says no earlier figure
        ("A performer previously engaged for the role is paid $500 per day.", False),
        ("Employer contributions of 3% are used to pay the insurance premiums.", False),
        ("Schedule B (formerly Schedule C) sets the day rate at $500.", False),
        ("Seniority accrued under the prior agreement is kept and vacation pay is 6%.", False),
        ("L'ancienne entente prévoyait un rachat de 225 % du cachet de séance.", True),
        ("Selon la grille précédente, le cachet était de 701,00 $.", True),
        # what applies now is said too, or nothing is past
        ("The previous rate of $1,018.00 is replaced by $1,046.00.", False),
        ("Under the old deal notice was 5 days; it is now 10 days.", False),
        ("The day rate is $1,046.00 under this bulletin.", False),
        ("The previous bulletin is withdrawn.", False),  # no figure
        ("The former rate of $1,018.00 remains in force for stunts.", False),
        ("L'ancien cachet de 650 $ demeure en vigueur.", False),
    ],
)
def test_a_sentence_telling_an_earlier_documents_figure_is_past(sentence, past):
    from knowledge.answering.units import cut
    from knowledge.search import Passage

    unit = cut([Passage("p", "bulletin.md", "Bulletin", sentence, 0, len(sentence), 1.0)])[0]
    assert unit.labelled_past is past


@pytest.mark.parametrize(
    "sentence, former",
    [
        ("In Article 16.4, the scan fee of $85 is replaced by a scan fee of $110.", {"85"}),
        (
            "The amount of $0.58 per kilometre in Section 9.4 is replaced by $0.64 per kilometre.",
            {"0.58"},
        ),
        ("Le cachet de scan de 85 $ est remplacé par un cachet de 110 $.", {"85"}),
        ("Motion: to raise the maximum hardship grant from $500 to $750 a year.", {"500"}),
        ("Le cachet passe de 85 $ à 110 $ le 1er octobre.", {"85"}),
        # lowered as well as raised
        ("The mounted supplement is reduced from $420.00 to $380.00 a show.", {"420"}),
        ("Le supplément est ramené de 420,00 $ à 380,00 $ par engagement.", {"420"}),
        # a reduced rate, a cut or a fall named, not a figure lowered
        ("Le tarif réduit s'applique aux productions de 500 000 $ à 1 000 000 $.", set()),
        ("A cut of the box office from $1,000 to $5,000 is shared equally.", set()),
        ("Fee decreases apply to shows from $500 to $750.", set()),
        # a correction names the misprint
        ("The amount in row C-1, Year 2, should read $412.00, not $421.00.", {"421"}),
        ("Le montant de la ligne C-1 doit se lire 412,00 $ et non 421,00 $.", {"421"}),
        # "instead of" in other words, and an amount that will not be applied
        (
            "Le cachet s'élève à 905,40 $ par défilé, en lieu et place des 869,40 $ de la grille.",
            {"869.4"},
        ),
        ("The fee is $905.40 a show in place of the $869.40 in the schedule.", {"869.4"}),
        (
            "Le montant de 664,20 $ imprimé dans la colonne de l'année 3 ne sera pas appliqué.",
            {"664.2"},
        ),
        ("The amount of $664.20 printed for Year 3 will not apply.", {"664.2"}),
        # a correction said in passing: "is R210 …, not R160", "et non de 160 rand"
        ("Correction: the meal voucher is R210 per capture day, not R160.", {"160"}),
        ("Rectificatif : le bon repas est de 210 rand par journée, et non de 160 rand.", {"160"}),
        # a contrast, not a correction
        ("The half-day minimum call is $300, not $500: the full day applies past 5 h.", set()),
        # a range, or a replaced article, names no replaced figure
        ("Fees run from $500 to $750 depending on the platform.", set()),
        ("Wardrobe changes from $25.00 to $40.00 are paid per day.", set()),
        ("Frais de passage de 20 $ à 40 $ selon la distance.", set()),
        ("The fee is $85. Article 3 is replaced by the following text.", set()),
    ],
)
def test_a_sentence_saying_which_amount_it_replaces_names_it_as_former(sentence, former):
    from knowledge.answering.units import cut
    from knowledge.search import Passage

    units = cut([Passage("p", "memo.txt", "Memo", sentence, 0, len(sentence), 1.0)])
    assert set().union(*(u.former for u in units)) == {f"money:{x}" for x in former}
