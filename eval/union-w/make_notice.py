#!/usr/bin/env python3
"""Write the Windows-1252 distractor of union-w (its whole text is in this script).

    python3 eval/union-w/make_notice.py

docs/costumerie-vautrin-tarifs-location-2026-2027.txt: a costume-rental shop's price list
for the "exercice 2026-2027" (1 February 2026 to 31 January 2027), in French, encoded in
Windows-1252 with CRLF line ends: single bytes E9 (é), AB/BB (« »), 96 (–), 92 (’), A0
(no-break space, "1 890,00 DH") and B0 (°). It shares the set's vocabulary (dirhams,
nights, seasons, haunted attractions, prosthetics, percentages, fittings) but is not the
Guild's terms: a distractor.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "costumerie-vautrin-tarifs-location-2026-2027.txt")
NB = "\u00a0"

NOTICE = f"""COSTUMERIE VAUTRIN & FILS
14, rue des Drapiers – Saint-Aurèle-des-Bois
Location de costumes, masques et prothèses pour le spectacle, les attractions et les fêtes

TARIFS DE LOCATION – EXERCICE 2026-2027
(du 1er février 2026 au 31 janvier 2027)

Les prix ci-dessous s’entendent en dirhams (DH), par costume complet, accessoires compris
sauf mention contraire. Ils s’appliquent aux particuliers comme aux professionnels ; les
remises «{NB}troupes et attractions{NB}» figurent au point 5.

1. LOCATION À LA SOIRÉE (une nuit, retour le lendemain avant midi)
   Costume d’époque (XVIIe – XIXe siècle) ............ 145,00 DH
   Costume de monstre avec masque intégral ........... 168,00 DH
   Costume de mascotte à tête complète ............... 236,00 DH
   Robe de bal ou habit de cérémonie ................. 132,00 DH
   Uniforme de garde historique ...................... 154,00 DH

2. LOCATION À LA SEMAINE (7 nuits)
   Costume d’époque .................................. 520,00 DH
   Costume de monstre avec masque intégral ........... 575,00 DH
   Costume de mascotte à tête complète ............... 790,00 DH

3. FORFAIT «{NB}SAISON HANTÉE{NB}» (8 semaines, du 15 septembre au 15 novembre)
   Un costume de monstre, deux retouches, un nettoyage par semaine ... 1{NB}890,00 DH
   Le même forfait avec un second costume de rechange ................. 2{NB}640,00 DH

4. MASQUES, PROTHÈSES ET MAQUILLAGE
   Prothèse en latex à usage unique (nez, cicatrice, plaie) .... 58,00 DH la pièce
   Demi-masque en silicone, sur mesure .......................... 410,50 DH
   Colle médicale et dissolvant, le kit ......................... 36,50 DH
   Séance de pose par notre maquilleuse (une heure) ............. 175,00 DH

5. REMISES TROUPES ET ATTRACTIONS
   À partir de 10 costumes loués ensemble : 10 % de remise.
   Pour une saison entière (forfait du point 3), à partir de 5 forfaits : 20 % de remise.
   Les remises ne se cumulent pas.

6. CONDITIONS
   Dépôt de garantie : 30 % du prix de location, rendu au retour du costume en bon état.
   Retard : 12 % du prix de la soirée par jour de retard.
   Essayage en boutique : compris dans le prix, sur rendez-vous, une heure au plus.
   Retouches : la première est comprise ; les suivantes 25,00 DH chacune.
   Nettoyage : compris ; un costume rendu très sale (boue, faux sang) est facturé
   40,00 DH de plus.
   Les costumes ne sont pas lavables en machine au-dessus de 30{NB}°C.

7. HORAIRES
   Du mardi au samedi, de 10 h à 19 h. Pendant la saison hantée, nocturne le vendredi
   jusqu’à 21 h. Fermé le dimanche, le lundi et les jours fériés.

Tarifs arrêtés le 20 janvier 2026. Ils ne sont pas des cachets d’artistes et ne relèvent
d’aucun accord collectif. Pour les commandes de plus de 20 costumes, demandez un devis.
"""


def build() -> None:
    data = NOTICE.replace("\n", "\r\n").encode("cp1252")
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote", OUT, len(data), "bytes")


if __name__ == "__main__":
    build()
