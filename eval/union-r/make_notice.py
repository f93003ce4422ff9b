#!/usr/bin/env python3
"""Write docs/imaj-frais-de-formation-exercice-2026-2027.txt in Windows-1252 (a distractor).

    python3 eval/union-r/make_notice.py

A French fee list of a fictional school for journalists and broadcasters for "l'exercice
2026-2027" (1er juillet 2026 – 30 juin 2027): a two-year diploma, short courses in news
reading, weather presentation on a green screen, sports and race commentary, continuity
and voice-over, AI and broadcasting ethics; registration, an early-booking reduction of
10 %, a 15 % reduction for members of a broadcasting union, refunds of 50 %. It shares
the set's vocabulary (rupees, broadcast years, bulletins, race meetings, percentages) but
is not the union's terms. The whole text is here; the file is written in cp1252 with CRLF
line ends, so its accents and its no-break spaces are single bytes ("é" = 0xE9, the
thousands separator U+00A0 = 0xA0, "’" = 0x92) and it does not decode as UTF-8.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "imaj-frais-de-formation-exercice-2026-2027.txt")
NB = "\u00a0"

NOTICE = f"""\
INSTITUT DES MÉTIERS DE L’ANTENNE ET DU JOURNALISME (IMAJ)
Campus de Belle-Anse – 7, chemin des Badamiers – Belle-Anse

FRAIS DE FORMATION – EXERCICE 2026-2027
applicables du 1er juillet 2026 au 30 juin 2027

Madame, Monsieur,

L’IMAJ forme depuis 1998 les journalistes, animateurs, lecteurs de nouvelles,
présentateurs météo et commentateurs sportifs de Tamarande. Voici les frais de
nos formations pour l’exercice 2026-2027. Les montants sont en roupies de
Tamarande et comprennent les supports de cours et l’accès aux studios-écoles.
Ils remplacent les frais de l’exercice 2025-2026 à compter du 1er juillet 2026.

1. DIPLÔME DE JOURNALISME RADIO ET TÉLÉVISION (DEUX ANS)

   Frais annuels de formation ............................ 148{NB}500 Rs
   Droits d’inscription (une fois) ........................ 3{NB}500 Rs
   Stage en rédaction (RTT, Corail FM ou Canal Lagon) ..... compris
   Le diplôme comprend 24 bulletins radio et 12 bulletins télévisés
   enregistrés en conditions réelles, en français et en anglais.

2. MODULES COURTS (OUVERTS À TOUS)

   Lecture de nouvelles (30 heures, 10 bulletins) ........ 24{NB}900 Rs
   Présentation météo sur fond vert (20 heures) .......... 18{NB}600 Rs
   Commentaire sportif et hippique (40 heures, dont deux
   réunions de courses à Pointe-aux-Cèdres) .............. 32{NB}400 Rs
   Voix off et annonces de continuité (15 heures) ........ 12{NB}800 Rs
   Présentation bilingue français-anglais (25 heures) .... 19{NB}750 Rs
   Intelligence artificielle et déontologie de l’antenne :
   avatars, voix clonées et deepfakes (10 heures) ......... 9{NB}500 Rs

   Chaque module se termine par un bulletin, un match ou une émission d’essai
   de 15 minutes, évalué par un jury de professionnels de l’antenne.

3. RÉDUCTIONS

   - Inscription avant le 31 mai pour l’exercice suivant : 10 % sur les frais
     de formation.
   - Membres d’un syndicat de l’audiovisuel de Tamarande, sur présentation de
     la carte de l’exercice en cours : 15 % sur les modules courts.
   - Deuxième module court la même année : 5 % sur le module le moins cher.
   Les réductions ne se cumulent pas, sauf celle de 5 %.

4. PAIEMENT

   Les frais annuels du diplôme se paient en trois fois : 40 % à
   l’inscription, 30 % au 1er novembre et 30 % au 1er février. Les modules
   courts se paient en totalité à l’inscription.

5. ANNULATION ET REMBOURSEMENT

   - Annulation plus de 30 jours avant le début d’un module : remboursement
     intégral, moins 1{NB}000 Rs de frais de dossier.
   - Annulation de 30 à 7 jours avant le début : remboursement de 50 %.
   - Moins de 7 jours avant le début, ou après le début : aucun remboursement.
   - Si l’IMAJ annule un module, les frais sont remboursés en totalité dans les
     21 jours.
   En cas d’alerte cyclonique de classe 3 ou plus, les cours du jour sont
   reportés sans frais.

6. CALENDRIER 2026-2027

   Rentrée du diplôme : lundi 7 septembre 2026.
   Modules courts : sessions en octobre 2026, en février 2027 et en mai 2027.
   Journée portes ouvertes : samedi 16 janvier 2027, de 9 h à 13 h.

Secrétariat des formations : du lundi au vendredi, de 8 h à 15 h 30.
Courriel : formations@imaj-belle-anse.example

La directrice des études,
Claudine Ravat-Sullivan
"""


def build() -> None:
    with open(OUT, "w", encoding="cp1252", newline="\r\n") as f:
        f.write(NOTICE)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
