"""The LLM guard's figure check, on its own: each claim's figures against the passages
IT cites, with numbers read however they are written (issue 12, item 5).

Each invented-figure answer below got through before; the honest rewordings beside
them must still pass, so that the check does not simply refuse everything.
"""

from __future__ import annotations

import pytest

from knowledge.answering.verify import claims, unsupported
from knowledge.numerals import as_digits
from knowledge.search import Passage

RATES = (
    "| Stand-in, per 8-hour day | $271 | 2026-07-01 | 2027-06-30 | current |\n"
    "Work past the eighth hour is paid at time and a half. The wage increase is 7 percent."
)
FORUM = "A member says the rate is $9,999 per day, 45% more, paid 3 times a week, $2,000 a week."
TARIFS = "La doublure lumière touche 271 $ par jour de 8 heures, soit 7 % de plus."


def passage(n: int, text: str, language: str = "en") -> Passage:
    return Passage(
        f"p{n}", f"doc{n}.md", f"Doc {n}", text, 0, len(text), 1.0, {"language": language}
    )


PASSAGES = [passage(1, RATES), passage(2, FORUM), passage(3, TARIFS, "fr")]


@pytest.mark.parametrize(
    ("answer", "language"),
    [
        ("The stand-in day rate is nine hundred ninety-nine dollars [1].", "en"),
        ("The raise is forty-five percent [1].", "en"),
        ("L'augmentation est de quarante-cinq pour cent [3].", "fr"),
        ("Le tarif est de neuf cent quatre-vingt-dix-neuf dollars [3].", "fr"),
        ("Stand-ins earn 2k a week [1].", "en"),
        ("The stand-in day rate is $⁹⁹⁹ [1].", "en"),
        # Shown as "$2710" and "$271000": the old check read "$271" and a lone 0.
        ("The stand-in day rate is $271\u200b0 [1].", "en"),
        ("The stand-in pay is $271\u2060000 a year [1].", "en"),
        ("Overtime is paid III times the day rate [1].", "en"),
        ("Overtime is paid 3 times the day rate [1].", "en"),
        ("Overtime is paid XX percent more [1].", "en"),
        # The figure is in passage 2, but this claim cites passage 1 only.
        ("The day rate is $9,999 [1]. Overtime is time and a half [2].", "en"),
        ("The day rate is $9,999 [1]. The forum disagrees [2].", "en"),
        # An uncited sentence belongs to the claim that follows it on its line.
        ("The day rate is $9,999. It is in force until 2027-06-30 [1].", "en"),
        # ...or, at the end of its line, to the claim before it.
        ("The day rate is $271 [1]. That is $9,999 a month.", "en"),
    ],
)
def test_invented_figures_are_caught(answer, language):
    assert unsupported(answer, PASSAGES, language)


@pytest.mark.parametrize(
    ("answer", "language"),
    [
        ("The stand-in day rate is $271 per 8-hour day, until 2027-06-30 [1].", "en"),
        ("The stand-in day rate is two hundred seventy-one dollars [1].", "en"),
        ("The stand-in day rate is $²⁷¹ [1].", "en"),
        ("The stand-in day rate is $2\u200b71 [1].", "en"),
        ("The raise is seven percent [1].", "en"),
        ("Le tarif est de deux cent soixante et onze dollars par jour [3].", "fr"),
        ("L'augmentation est de sept pour cent [3].", "fr"),
        ("Overtime is paid at 1.5 times the rate [1].", "en"),
        ("Overtime is paid at one and a half times the rate [1].", "en"),
        ("A forum post claims $9,999 [2], but the rate is $271 [1].", "en"),
        ("A forum post claims 2k a week and 3 times a week [2].", "en"),
        ("The rate is $271 [1][2]. A post claims $9,999 [1][2].", "en"),
        ("- **Rate:** $271 [1]\n- **Claimed:** $9,999 [2]", "en"),
        # Sentences run on to the citation that closes them.
        ("The day rate is $271. It is in force until 2027-06-30 [1].", "en"),
    ],
)
def test_honest_figures_pass(answer, language):
    assert unsupported(answer, PASSAGES, language) == []


def test_claims_carry_their_own_citations():
    text = "Rates:\n- $271 a day [1]. Time and a half after 8 hours. [2]\n- $9,999 [2][3]\nThanks."
    assert claims(text) == [
        ("Rates:\n- $271 a day [1].", [1]),
        ("Time and a half after 8 hours. [2]", [2]),
        ("- $9,999 [2][3]\nThanks.", [2, 3]),
    ]


@pytest.mark.parametrize(
    ("written", "language", "read"),
    [
        ("nine hundred ninety-nine dollars", "en", "999 dollars"),
        ("forty-five percent", "en", "45 percent"),
        ("quarante-cinq pour cent", "fr", "45 pour cent"),
        ("neuf cent quatre-vingt-dix-neuf dollars", "fr", "999 dollars"),
        ("2k a week, $1.5M", "en", "2,000 a week, $1,500,000"),
        ("1,5 M€ et 2 millions de dollars", "fr", "1,500,000€ et 2,000,000 de dollars"),
        ("$²⁷¹ and ＄９", "en", "$271 and $9"),
        ("$9\u200b9\u200d9\u00ad9\u2060", "en", "$9999"),
        ("paid III times, Article IV, $XL", "en", "paid 3 times, Article IV, $40"),
        (
            "twice, double time, a body double, 3x the rate",
            "en",
            "2 times, 2 times, a body double, 3 times the rate",
        ),
    ],
)
def test_numbers_are_read_however_they_are_written(written, language, read):
    assert as_digits(written, language) == read
