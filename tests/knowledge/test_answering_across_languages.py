"""Deciding to answer a question in one language from documents in the other: a unit in
the other language cannot hold the question's words, only their glossary translations,
and the bundled embedder matches the two languages weakly. For the decision (not the
ranking), a unit's match in the other language counts each word it holds as written or
translated at its full weight (answering/matching.py, Matcher.translated). A figure
asked for is looked up in the rows of a table the search missed, by the words of their
cells as written or translated (answering/retrieve.py, tables.py)."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

from knowledge.answering import retrieve
from knowledge.answering.matching import Matcher
from knowledge.answering.scoring import CROSS_LINGUAL
from knowledge.timeframe import question_timeframe

SCHEDULE = """# Schedule A: minimum rates 2025-2029

| Code | Work | Unit | Amount |
|---|---|---|---|
| T-1 | Travel by own car beyond 25 km | per km | £0.48 |
| T-2 | Overnight allowance when no room is provided | per night | £115.90 |
| R-1 | Rehearsal, improv or sketch (minimum 2 hours) | per rehearsal hour | £35.20 |
"""

AGREEMENT = """# Live Comedy Agreement 2025-2029

## Article 12 – Travel

(1) A performer who drives more than 25 km from home base to an engagement is paid per
km for the whole journey (Schedule A, row T-1).

## Article 17 – Grievances

(1) A grievance is filed in writing with the other party within forty (40) days of the
event that gave rise to it.
"""


def test_a_word_found_only_as_its_translation_counts_whole_for_deciding():
    matcher = Matcher(
        {"voitur": 2.0, "km": 2.0, "rembours": 2.0},
        frozenset({"car", "vehicl", "reimburs"}),
        {"voitur": frozenset({"car", "vehicl"}), "rembours": frozenset({"reimburs"})},
    )
    assert matcher.translated({"car", "km"}) == 4.0 / 6.0  # "voiture" as "car", and "km"
    assert matcher.translated({"km"}) == 2.0 / 6.0
    assert matcher.translated(set()) == 0.0


def test_a_french_question_over_an_english_row_is_answered(tmp_path, bundled_embedder):
    documents = {"schedule-a.md": SCHEDULE, "agreement.md": AGREEMENT}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 3))
    answer = answerer.ask("le km en voiture perso c'est remboursé combien ?")
    assert "£0.48" in answer.text.splitlines()[0]
    # and a question about something no document mentions, in either language, is not
    assert answerer.ask("do ventriloquist acts get paid extra for the dummy?").kind == ("not_found")


FEES = """# Annex 1: minimum fees 2025-2028

| Code | Billing | Work | Unit | Amount |
|---|---|---|---|---|
| H-1 | Ensemble | Residency week (up to 6 shows) | per week | € 1,180.00 |
| H-2 | Headliner | Residency week (up to 6 shows) | per week | € 2,140.00 |
| H-3 | Headliner | Single show (up to 75 minutes) | per show | € 465.00 |
"""

# French documents that speak of residencies and headliners far more than the annex does
NEWS = """# Cabarets : les semaines de résidence au cœur de la négociation

Les têtes d'affiche des cabarets du lac réclament depuis des mois une meilleure semaine de
résidence. Une résidence dure en général six soirs ; la tête d'affiche y joue chaque soir.
Pour le syndicat, la résidence est devenue la forme de contrat la plus courante : une
tête d'affiche sur deux travaille désormais en résidence plutôt qu'au spectacle.
"""

# The same answer under twelve questions: a guide whose words match the question more
# than the English row does
_GUIDE_ANSWER = (
    "Pour une semaine de résidence, la tête d'affiche et la salle en conviennent par écrit ; "
    "la résidence se déroule dans la même salle et la tête d'affiche y joue chaque soir de la "
    "semaine. Le syndicat conseille de garder une copie du contrat de résidence."
)
_GUIDE_QUESTIONS = [
    "Qu'est-ce qu'une résidence ?",
    "Qui signe le contrat de résidence ?",
    "La tête d'affiche choisit-elle ses soirs ?",
    "Combien de soirs dure une résidence ?",
    "La résidence inclut-elle les répétitions ?",
    "Une tête d'affiche peut-elle partager l'affiche ?",
    "Que faire si la salle annule une résidence ?",
    "La résidence se renouvelle-t-elle ?",
    "La tête d'affiche a-t-elle une loge ?",
    "Qui fixe les horaires de la résidence ?",
    "Une résidence peut-elle être filmée ?",
    "La tête d'affiche peut-elle inviter un artiste ?",
]
GUIDE = "# Guide de la résidence pour les têtes d'affiche\n" + "".join(
    f"\n## {q}\n\n{_GUIDE_ANSWER}\n" for q in _GUIDE_QUESTIONS
)


def test_a_french_question_finds_the_english_row_the_search_missed(tmp_path, bundled_embedder):
    documents = {"annex-1.md": FEES, "news.md": NEWS, "guide-residence.md": GUIDE}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 3))
    question = "une semaine de résidence pour une tête d'affiche, c'est combien ?"
    # the French guide's many sections fill the search; the annex's row is looked up by
    # the words of its cells, as written or translated ("Headliner | Residency week")
    found = retrieve.search(answerer.engine, question, [], 8)
    assert "annex-1.md" in {p.source for p in found}
    assert "€ 2,140.00" in answerer.ask(question).text


RATES = """# Schedule 2: minimum rates 2025-2028

| Code | Grade | Work | Unit | Season 2 (1 Sep 2026 – 31 Aug 2027) |
|---|---|---|---|---|
| W-1 | Grade A | Seasonal contract, weekly minimum | per week (6 shows) | €1,812.40 |
| W-2 | Grade B | Seasonal contract, weekly minimum | per week (6 shows) | €1,645.70 |
| O-1 | All grades | Overtime after 8 hours in a day | per hour | €52.10 |
| S-4 | Grade A | Two-show day | per two-show day | €588.30 |
"""

MEMBERS = """# Questions des membres, saison 2026-2027

## Combien coûte l'adhésion ?

- Droit d'entrée, payé une seule fois : 70,00 €.
- Cotisation annuelle : 158,00 €, payable le 1er septembre 2026 pour la saison 2, ou en
  deux versements de 79,00 €.
- Cotisation de travail : 2 % des cachets bruts, retenue par l'employeur sur chaque paie.

Un membre dont le minimum hebdomadaire est de 1 645,70 € (catégorie B, saison 2) paie donc
environ 33 € de cotisation de travail par semaine.
"""


def test_a_sentence_holding_the_question_in_translation_ranks_with_its_words(
    tmp_path, bundled_embedder
):
    # "annual dues" is "cotisation annuelle": the French line is quoted, above English
    # rows that hold none of the question's words
    documents = {"schedule-2.md": RATES, "faq-membres.md": MEMBERS}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 3))
    question = "how much are the annual union dues?"
    assert "158,00 €" in answerer.ask(question).text
    # ranked on its words as translated, not only on the weak similarity across languages
    passages, ranks, context = retrieve.with_following(
        answerer.engine, retrieve.search(answerer.engine, question, [], 8), question
    )
    timeframe = question_timeframe(question, dt.date(2026, 12, 3))
    units = answerer.scorer.score(question, passages, timeframe, ranks, "en", [], None, context)
    line = next(u for u in units if "158,00 €" in u.text)
    similarity = line.match - line.coverage
    assert line.coverage > CROSS_LINGUAL * similarity + 0.01


def test_a_row_elsewhere_is_not_crowded_out_by_the_found_documents_rows(tmp_path, bundled_embedder):
    # the found document has more rows naming the words than the limit: the row looked
    # for elsewhere is still the other document's
    found = "# Rates\n\n| Code | Work | Fee |\n|---|---|---|\n" + "".join(
        f"| K-{i} | Touring week, lead | £{100 + i}.00 |\n" for i in range(12)
    )
    other = "# Allowances\n\n| Code | Work | Fee |\n|---|---|---|\n| T-1 | Touring week, lead | £9.00 |\n"
    documents = {"rates.md": found, "allowances.md": other}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 3))
    rows = answerer.engine.rows_naming({"tour", "lead"}, None, 1, 2, frozenset({"rates.md"}))
    assert [p.source for p in rows] == ["allowances.md"]


FAQ_FR = """# Foire aux questions des membres

## Mon cachet n'est pas arrivé

Le délai de paiement de soixante (60) jours reste réservé aux contrats signés avant le
1er novembre 2026. Appelez la ligne des cachets impayés : le conseiller vérifie
l'échéance et écrit au promoteur. Au-delà de trente (30) jours, le syndicat peut déposer
un grief à votre place ; il n'est pas nécessaire de déposer un grief pour obtenir un
rappel.

## Une retenue sur mon cachet

Le délai pour contester une retenue est de quinze (15) jours après le relevé.
"""


def test_a_grievance_deadline_asked_in_french_is_the_english_clauses(tmp_path, bundled_embedder):
    # "déposer un grief" is "file a grievance": the glossary carries the verb too
    documents = {"agreement.md": AGREEMENT, "faq.md": FAQ_FR}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 3))
    answer = answerer.ask("délai pour déposer un grief ?")
    assert "forty (40) days" in answer.text


FAQ_DEFILES = """# Questions des membres, saison 2026-27

## Combien est payé un défilé ?

Un défilé est payé 142,50 $, et 168,75 $ à partir du 4e défilé de la saison.

## Le défilé est annulé : suis-je payé ?

Si un défilé est annulé dans les 72 heures, vous recevez une indemnité d'annulation de 60 %
du taux du défilé.

## Et les repas ?

Une indemnité de repas de 24,80 $ pour chaque journée de défilé de plus de 5 heures.

## L'entretien de mon costume est-il payé ?

Oui : une indemnité d'entretien de 185,00 $ par saison, versée avec le premier défilé.

## Je suis chef de défilé d'enfants : quel taux ?

Le chef de défilé d'enfants est payé 118,00 $ par défilé pendant la saison.
""" + "".join(
    f"\n## Défilé de {place} : quel taux, quelle indemnité ?\n\nLe défilé de {place} est payé "
    f"au taux du défilé ; l'indemnité de repas et le taux de nuit s'y ajoutent.\n"
    for place in ("Belcarre", "Marsoline", "Vauclain", "Port-Ysé", "Liras", "Montrevel")
)

CARNIVAL = """# Carnival and Street Festival Agreement 2026-2029

## 10. Rest

10.1 A performer has at least 10 hours of rest between two parades.

## 11. Parades abroad

11.1 For a parade abroad, the performer receives a subsistence allowance of €65 per day
away, besides the rate of Table A1.

## 12. Digital doubles

12.1 A digital double is made only with the performer's consent on the numbered form.
"""


def test_the_glossarys_translations_alone_find_the_other_languages_clause(
    tmp_path, bundled_embedder
):
    documents = {"faq.md": FAQ_DEFILES, "agreement.md": CARNIVAL}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 6))
    question = "défilé à l'étranger : y a une indemnité en plus du taux ?"
    # the French FAQ's words ("défilé", "indemnité", "taux") fill the search; "parade
    # abroad … allowance" finds the English clause
    found = retrieve.search(answerer.engine, question, [], 8)
    extra = retrieve.by_translation(answerer.engine, question, "fr", found)
    assert any("€65" in p.text for p in extra)
    assert all(p.metadata.get("language") == "en" for p in extra)
    assert "€65" in answerer.ask(question).text
