#!/usr/bin/env python3
"""Write the Windows-1252 distractor of union-y (its whole text is in this script).

    python3 eval/union-y/make_notice.py

docs/boutique-pixel-micro-tarifs-2026-2027.txt: a streaming-equipment shop's price list for
"2026-2027", in French, encoded in Windows-1252 with CRLF line ends: single bytes E9 (é),
AB/BB (« »), 96 (–), 92 (’), A0 (no-break space, "R1 299,00") and B0 (°). It shares the
set's vocabulary (rand, stream hours, capture suits, avatars, voice, holograms, per hour,
per month, marathon, percentages) but is not the Guild's terms: a distractor.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "boutique-pixel-micro-tarifs-2026-2027.txt")
NB = "\u00a0"

NOTICE = f"""BOUTIQUE PIXEL & MICRO
12, avenue des Antennes – Saint-Verlaine
Matériel de streaming, de capture de mouvement et de voix

TARIFS 2026-2027
(valables du 1er mars 2026 au 28 février 2027, sauf rupture de stock)

Les prix sont en rand (R), par article sauf mention contraire. La boutique
n’est pas une agence : elle ne réserve aucun stream et ne paie aucun cachet.
Les remises «{NB}studios et agences{NB}» figurent au point 6.

1. STUDIO DE STREAM À LOUER (fond vert, éclairage, deux écrans)
   Par heure de stream, en semaine ........................... R180,00
   Par heure de stream, la nuit (23 h – 6 h) ................. R240,00
   Forfait «{NB}marathon{NB}» de 8 heures, pauses comprises ......... R1{NB}299,00
   Cabine de voix insonorisée, par séance de 4 heures ........ R520,00

2. CAPTURE DE MOUVEMENT
   Combinaison de capture (taille S à XXL), achat ............ R6{NB}450,00
   Doublure lavable pour combinaison, les deux ............... R390,00
   Location d’une combinaison, par journée de capture ........ R850,00
   Gants et marqueurs de rechange, le lot .................... R275,00
   Casque de capture faciale, location à la journée .......... R610,00

3. AVATAR ET VOIX
   Modélisation d’un avatar 2D animé, à partir de ............ R4{NB}900,00
   Mise à jour d’un modèle d’avatar, par séance .............. R760,00
   Module de changement de voix, licence par mois ............ R145,00
   Micro dynamique «{NB}idole{NB}» avec bras articulé ............. R2{NB}180,00

4. ÉCLAIRAGE ET HOLOGRAMME
   Anneau lumineux 45 cm ..................................... R690,00
   Écran holographique de table, location par spectacle ...... R1{NB}150,00
   Ventilateur de cabine (à partir de 28 °C en studio) ....... R320,00

5. CONNEXION
   Routeur de secours 5G, location par mois .................. R399,00
   Forfait de données pour stream mobile, par mois ........... R450,00

6. REMISES STUDIOS ET AGENCES
   Pour 5 articles achetés ensemble : 10 % de remise.
   Pour une agence qui loue le studio tout le trimestre : 15 % de remise.
   Les remises ne se cumulent pas.

7. CONDITIONS
   Toute location du studio se réserve au moins 48 heures à l’avance.
   Une location annulée moins de 24 heures avant est due en entier.
   Le matériel loué est rendu nettoyé ; une combinaison rendue sale est
   lavée aux frais du client (R95,00).
   La boutique n’applique aucun accord de la Guilde : ces prix ne sont
   pas des cachets ni des indemnités.

Ouvert du mardi au samedi, de 10 h à 19 h. Accueil : 0800-555-0219.
"""


def build() -> None:
    data = NOTICE.replace("\n", "\r\n").encode("cp1252")
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote", OUT, len(data), "bytes")


if __name__ == "__main__":
    build()
