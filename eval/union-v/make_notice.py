#!/usr/bin/env python3
"""Write the Windows-1252 distractor of union-v (its whole text is in this script).

    python3 eval/union-v/make_notice.py

docs/ecole-de-langues-les-embruns-frais-2026-2027.txt: a language school's course fees for
its "année 2026-2027" (6 April 2026 to 5 April 2027), in French, encoded in Windows-1252
with CRLF line ends (single bytes E9 "é", AB/BB "« »", 96 "–", 92 "’", A0 no-break space,
A3 "£"). It shares the association's vocabulary (hours, sessions, per-session and hourly
fees, percentages, cancellation less than 48 hours, a rate year from 6 April, pounds) but
is not the association's terms.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "ecole-de-langues-les-embruns-frais-2026-2027.txt")
NB = "\u00a0"

NOTICE = f"""ÉCOLE DE LANGUES LES EMBRUNS – SAINT-BRÉVIN-SUR-MER
Frais de cours – année 2026-2027 (du 6 avril 2026 au 5 avril 2027)
==================================================================

L’École de langues Les Embruns enseigne l’anglais, le français et l’ancien orrinais aux
adultes et aux entreprises des îles d’Orrin depuis 1998. Les frais ci-dessous s’appliquent
aux inscriptions reçues à partir du 6 avril 2026 ; ils remplacent la grille 2025-2026 à
cette date. Tous les montants sont en livres sterling (£).

1. COURS DE GROUPE (6 à 12 personnes)
-------------------------------------

  Formule                                   Heures   Prix
  Anglais général, trimestre                40 h     305,00{NB}£
  Français général, trimestre               40 h     305,00{NB}£
  Ancien orrinais, initiation               20 h     148,00{NB}£
  Anglais des affaires, trimestre           30 h     355,00{NB}£
  Conversation du samedi, à l’heure         1 h      11,50{NB}£

  Le « tarif horaire » d’un cours de groupe est le prix de la formule divisé par le nombre
  d’heures ; il sert au remboursement des heures non suivies (voir la section 5).

2. COURS PARTICULIERS
---------------------

  Séance d’une heure                                 38,00{NB}£
  Séance de 90 minutes                               54,00{NB}£
  Forfait de 10 séances d’une heure                  350,00{NB}£
  Forfait de 20 séances d’une heure                  665,50{NB}£
  Préparation intensive à un examen (30 heures)      1{NB}080,00{NB}£

  Les séances du soir (après 19 h) et du samedi sont majorées de 10 %.

3. FORMATION EN ENTREPRISE
--------------------------

  Cours dans les locaux du client, par heure (minimum 2 heures)   64,00{NB}£
  Demi-journée de formation (4 heures)                           236,00{NB}£
  Journée complète de formation (7 heures)                       398,00{NB}£
  Programme annuel « Accueil bilingue » (60 heures)             3{NB}540,00{NB}£
  Temps de trajet du formateur au-delà de 30 minutes            facturé à 50 % du tarif horaire

  Formation à la prise de parole et aux jeux de rôle pour les équipes d’accueil : sur devis.

4. FRAIS DIVERS
---------------

  Frais d’inscription (une fois par année)          25,00{NB}£
  Test de niveau                                    gratuit
  Manuel et cahier d’exercices                      32,50{NB}£
  Certificat de niveau (examen externe)             118,50{NB}£
  Accès à la plateforme d’exercices en ligne        4,50{NB}£ par mois

5. ANNULATION ET REMBOURSEMENT
------------------------------

  – Cours particuliers : une séance annulée moins de 48 heures à l’avance est due en
    entier (100 %) ; annulée de 2 à 7 jours à l’avance, elle est due à 50 %.
  – Cours de groupe : remboursement au prorata des heures non suivies, au tarif horaire,
    seulement si l’abandon est signalé par écrit avant la mi-trimestre.
  – Formation en entreprise : annulation gratuite jusqu’à 14 jours avant ; ensuite, 50 %
    du prix.

6. RÉDUCTIONS
-------------

  – Étudiants et apprentis : 20 % sur les cours de groupe.
  – Deuxième membre d’une même famille : 10 %.
  – Inscription avant le 6 avril 2026 au tarif de la grille 2025-2026 : offre close.

7. CALENDRIER 2026-2027
-----------------------

  Trimestre de printemps : du 13 avril au 3 juillet 2026
  Trimestre d’automne : du 14 septembre au 11 décembre 2026
  Trimestre d’hiver : du 11 janvier au 26 mars 2027

  Secrétariat : 7, quai des Goélettes, Saint-Brévin-sur-Mer. Ouvert du lundi au vendredi,
  de 9 h à 12 h 30 et de 14 h à 18 h.
"""


def build() -> None:
    data = NOTICE.replace("\n", "\r\n").encode("cp1252")
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote", OUT, len(data), "bytes")


if __name__ == "__main__":
    build()
