"""A figure the documents give in both languages is quoted in the member's: an agreement in
English and a rate sheet in French state the same fee; asked in French, the French line
answers, asked in English, the English one (answering/own_language.py)."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

AGREEMENT = """# Spoken Word Agreement 2026-2029

## Article 16 – Portraits

16.1 An animated portrait of a member in an app is paid K 28,000.00 a year.

16.2 No portrait may be made of anyone under 18.

## Article 8 – Commissions

8.1 A commissioned poem is paid K 18,600.00, in three parts.
"""

SHEET = """# Barème des cachets 2026-2027

| Poste | Montant | Article |
|---|---|---|
| Portrait animé, par an | 28\u202f000,00\u00a0K | 16.1 |
| Poème de commande | 18\u202f600,00\u00a0K | 8.1 |
| Atelier, jusqu'à 90 minutes | 2\u202f950,00\u00a0K | 9.1 |
"""


def _answerer(tmp_path, embedder):
    documents = {"agreement.md": AGREEMENT, "bareme.md": SHEET}
    return answerer_over(tmp_path, documents, embedder, dt.date(2026, 12, 8))


def test_a_french_question_gets_the_french_line_of_a_figure_both_languages_state(
    tmp_path, bundled_embedder
):
    answerer = _answerer(tmp_path, bundled_embedder)
    answer = answerer.ask("un portrait animé de moi dans une appli, ça rapporte combien par an ?")
    first = answer.text.splitlines()[0]
    assert "28\u202f000,00" in first
    assert "28,000.00" not in answer.text  # the same figure, not shown twice


def test_an_english_question_keeps_the_english_line(tmp_path, bundled_embedder):
    answerer = _answerer(tmp_path, bundled_embedder)
    answer = answerer.ask("how much is an animated portrait of me in an app paid a year?")
    assert "K 28,000.00" in answer.text.splitlines()[0]


SCHEDULE = """# Church Music Agreement 2026-2029

A choir year runs from 30 August to 29 August.

## Schedule A – Rates, by choir year

| Row | Item | 2026-27 | 2027-28 |
|---|---|---|---|
| B1 | Lay clerk, a month | K 3,900.00 | K 4,050.00 |
| B3 | Deputy lay clerk, a sung service | K 640.00 | K 665.00 |
"""

COPY = """# Fiche des cachets

Chaque ligne renvoie à l'annexe A de l'accord.

| Poste | Montant | Ligne |
|---|---|---|
| Lay clerk, par mois | 3\u202f900,00\u00a0K | B1 |
| Lay clerk suppléant, par office chanté | 640,00\u00a0K | B3 |
"""


def test_an_undated_sheets_copy_of_a_row_answers_in_french_with_the_rows_period(
    tmp_path, bundled_embedder
):
    # the sheet gives no period of its own: its row with the agreement's code B1 is that
    # row's copy, shown for the row's choir year
    documents = {"agreement.md": SCHEDULE, "fiche.md": COPY}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 8))
    answer = answerer.ask("Un lay clerk, a month, c'est combien svp ?")
    first = answer.text.splitlines()[0]
    assert "3\u202f900,00" in first and "2026-27" in first
    assert "K 3,900.00" not in answer.text
