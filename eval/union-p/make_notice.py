#!/usr/bin/env python3
"""Write docs/costumerie-de-la-greve-tarifs-location.txt in Windows-1252 (a distractor).

    python3 eval/union-p/make_notice.py

A French notice of a costume-rental shop: prices per night and per week for stage costumes,
wigs and quick-change rigs, a deposit and a discount. The whole text is here; the file is
written in cp1252 with CRLF line ends, so its accents are single bytes ("é" = 0xE9) and it
does not decode as UTF-8.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "costumerie-de-la-greve-tarifs-location.txt")

NOTICE = """\
COSTUMERIE DE LA GRÈVE
Location de costumes de scène, perruques et accessoires
12, chemin de la Grève – Valbrise

AVIS À NOTRE CLIENTÈLE – TARIFS DE LOCATION
valables dès le 1er novembre 2026

Chères artistes, chers artistes,

Voici nos tarifs de location pour la saison d'hiver. Tous les prix s'entendent par pièce,
en francs suisses, retrait et retour à la boutique.

1. Costumes de scène

   Robe à paillettes ou à plumes ........ 65,00 CHF la soirée / 260,00 CHF la semaine
   Costume de revue (habit, queue-de-pie) 55,00 CHF la soirée / 220,00 CHF la semaine
   Corset et jupon de burlesque .......... 40,00 CHF la soirée / 160,00 CHF la semaine
   Cape de scène doublée satin ........... 30,00 CHF la soirée / 120,00 CHF la semaine

2. Perruques

   Perruque synthétique coiffée .......... 25,00 CHF la soirée / 90,00 CHF la semaine
   Perruque en cheveux naturels .......... 60,00 CHF la soirée / 240,00 CHF la semaine
   Mise en plis entre deux soirées ....... 35,00 CHF par perruque

3. Changement rapide

   Costume truqué pour changement rapide . 80,00 CHF la soirée / 320,00 CHF la semaine
   (fermetures aimantées, pressions, velcro ; essayage d'une heure compris)

4. Caution

   Une caution est demandée au retrait : 200,00 CHF par costume, 1 250,00 CHF pour une
   garde-robe complète de revue (plus de huit pièces). Elle est rendue au retour, après
   contrôle, dans les cinq jours ouvrables.

5. Retards et dégâts

   Tout retard est facturé une soirée par jour. Les taches de maquillage sont nettoyées
   gratuitement ; les accrocs et les plumes arrachées sont facturés au prix coûtant.

6. Rabais

   Location de plus de deux semaines : 15 % de rabais sur le total.
   Réservation plus de trente jours à l'avance : 5 % de rabais.

Horaires de la boutique : du mardi au samedi, 10 h – 18 h 30 ; le dimanche sur
rendez-vous pendant la saison des revues.

Réservations : au comptoir ou par téléphone aux heures d'ouverture.

Merci de votre fidélité, et bonnes premières !

L'équipe de la Costumerie de la Grève
"""


def build() -> None:
    with open(OUT, "w", encoding="cp1252", newline="\r\n") as f:
        f.write(NOTICE)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
