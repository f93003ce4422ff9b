#!/usr/bin/env python3
"""Write docs/pianos-quintal-tarifs-saison-2026-2027.txt in Windows-1252 (a distractor).

    python3 eval/union-q/make_notice.py

A French price list of a piano-rental and tuning firm for "la saison 2026-2027": rentals
per month and per concert, transport, tuning "par service de trois heures", a season
package, Sunday supplement 15 %, booking discount 5 %, cancellation 50 % / 100 %. It shares
the set's vocabulary (euros, seasons, services, percentages) but is not the union's terms.
The whole text is here; the file is written in cp1252 with CRLF line ends, so its accents
and the euro sign are single bytes ("é" = 0xE9, "€" = 0x80) and it does not decode as UTF-8.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "pianos-quintal-tarifs-saison-2026-2027.txt")

NOTICE = """\
PIANOS QUINTAL & FILS
Location, transport et accord de pianos depuis 1961
27, rue des Luthiers – Brémontal

TARIFS DE LA SAISON 2026-2027
valables du 1er septembre 2026 au 31 août 2027

Madame, Monsieur,

Nous avons le plaisir de vous adresser nos tarifs pour la saison 2026-2027. Ils
s'adressent aux salles de concert, aux théâtres lyriques, aux festivals, aux chœurs
d'amateurs, aux ensembles et aux particuliers. Tous les prix sont en euros, par
instrument, transport non compris sauf mention contraire.

1. Location de pianos

   Piano droit d'étude ........................ 85,00 € par mois
   Piano droit de scène ....................... 140,00 € par concert
   Piano demi-queue ........................... 620,00 € par concert
   Piano de concert (grand queue) ............. 1.250,00 € par concert,
                                                 accord du jour compris
   Piano droit pour la saison complète ........ 790,00 € (environ 22 % de remise
                                                 sur douze mois de location)

2. Transport

   Dans Brémontal, rez-de-chaussée ............ 180,00 €
   Par étage supplémentaire sans ascenseur .... 35,00 €
   Hors de Brémontal .......................... 2,10 € par km (aller et retour)
   Transport le dimanche ou un jour férié ..... supplément de 15 %
   Retour après 23 h 30 ....................... supplément de 60,00 €

3. Accord et entretien

   Accord simple .............................. 110,00 €
   Accord de concert, le jour même ............ 145,00 €
   Accordeur présent pendant le concert ....... 96,00 € par service de trois heures
   Forfait saison (dix accords de concert) .... 1.305,00 € (10 % de remise)
   Réglage de la mécanique .................... sur devis

4. Réservations et annulation

   Réservation plus de trente jours à l'avance : 5 % de remise sur la location.
   Annulation moins de sept jours avant le concert : 50 % du prix de location.
   Annulation moins de 48 heures avant le concert : 100 % du prix de location.
   Un concert reporté dans la même saison ne donne lieu à aucun frais.

5. Caution

   Une caution de 500,00 € est demandée pour chaque piano de concert. Elle est
   rendue dans les dix jours suivant le retour de l'instrument, après contrôle.

6. Conditions particulières pour les festivals d'été

   Pour les concerts en plein air, le piano reste sous une tente fermée ; au-dessus
   de 30 °C ou par forte humidité, nous pouvons refuser de sortir un instrument de
   concert et proposer un piano de scène sans supplément.

Horaires de l'atelier : du lundi au vendredi, 8 h – 18 h ; le samedi, 9 h – 12 h.
Urgences les soirs de concert : sur le numéro indiqué sur votre bon de location.

Avec nos remerciements pour votre fidélité, et une belle saison musicale,

Raymond Quintal et Élise Quintal-Bresse
"""


def build() -> None:
    with open(OUT, "w", encoding="cp1252", newline="\r\n") as f:
        f.write(NOTICE)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
