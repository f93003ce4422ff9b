"""A question that counts things ("how many takes", "combien de prises", "combien de nuits
d'affilée") wants a count, and a sentence that counts in a small number ("no more than 6
takes per hour", "three (3) night shoots in a row") gives one (answering/kinds.py): a rate
row's amount no longer leads the answer."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.kinds import counts, wanted_kinds


@pytest.mark.parametrize(
    "question",
    [
        "how many takes can a horse do per hour?",
        "combien de prises max par cheval par heure ?",
        "how many AI crowd riders can a scene have?",
        "combien de nuits de tournage d'affilée max ?",
        "whats the max number of crashes a crash performer can do in one shoot day?",
        "le nombre maximal de prises par cheval ?",
    ],
)
def test_a_count_of_things_is_asked(question):
    assert "number" in wanted_kinds(question)


@pytest.mark.parametrize(
    "question",
    [
        "how many days notice?",
        "how many hrs a day?",
        "combien de jours ?",
        "the number of days?",
        "what is the max number of consecutive days i can work?",
        "le nombre maximum de journées de tournage consécutives ?",
        "what is the phone number of the union office?",
    ],
)
def test_a_length_of_time_is_no_count(question):
    assert "number" not in wanted_kinds(question)


@pytest.mark.parametrize(
    "text, counted",
    [
        ("No horse performs more than 6 takes per hour.", True),
        ("no more than three (3) night shoots in a row", True),
        ("Une scène ne peut montrer plus de 8 cavaliers de foule.", True),
        ("Art. 6 Horse welfare", False),  # a number that names
        ("Schedule 2 rates", False),
        ("a rest of 2 hours", False),  # a length of time
        ("within 5 days", False),
        ("Maximum 6 takes per hour.", True),  # a capital that names nothing
        ("from 1 July 2026", False),  # a date
        ("payé le 2 juillet", False),
        ("within 5 working days", False),  # a length of time
        ("a 3 percent raise", False),
        ("a budget of $5 million", False),
    ],
)
def test_a_small_count_is_read_in_a_text(text, counted):
    assert counts(text) is counted


AGREEMENT = """# Equestrian Agreement 2026–2028

In force from 1 July 2026.

## Article 4 – Stunt riders

| Role | Unit | Rate |
|---|---|---|
| Stunt rider | per shooting day of 10 hours | ₦126,000 |
| Horse fall supplement | per take | ₦58,000 |
| Background rider | per day | ₦47,000 |

## Article 6 – Horse welfare

Art. 6.1 The horse master answers for the welfare of every horse on the unit and may
refuse any take that puts a horse at risk.
Art. 6.2 No horse performs more than 6 takes per hour.
Art. 6.3 After each hour of work, a horse rests for at least 25 minutes, unsaddled.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("counts")
    return answerer_over(root, {"agreement.md": AGREEMENT}, bundled_embedder, dt.date(2026, 12, 6))


@pytest.mark.parametrize(
    "question",
    ["how many takes per horse per hour max?", "combien de prises max par cheval par heure ?"],
)
def test_a_count_asked_is_answered_by_the_sentence_that_counts(answerer, question):
    first = answerer.ask(question).text.splitlines()[0]
    assert "6 takes" in first and "₦" not in first
