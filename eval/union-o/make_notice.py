#!/usr/bin/env python3
"""Write docs/avis-rectification-2026-4-ligne-w2.txt in Windows-1252 (the text is here).

    python3 eval/union-o/make_notice.py

A French correction notice for row W-2 of Schedule A (writers' room per week), Year 2:
the schedule prints 2 119,70 £, the signed copy fixes 2 191,70 £ from the start of Year 2
(written "1/2/2026", day first). Windows-1252 with CRLF line ends: "é" is the single byte
0xE9 and "£" is 0xA3, so the file does not decode as UTF-8.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "avis-rectification-2026-4-ligne-w2.txt")

NOTICE = """\
SYNDICAT DES HUMORISTES ET ARTISTES DU DIRECT DE SORRELAY (SHADS)
Sorrelay Comedy and Live Performers' Union (SCLPU)
Bureau de Saint-Ibert, 5, rue des Lanternes

AVIS DE RECTIFICATION N° 2026-4
Annexe A (barème des tarifs minimaux) de l'Accord sur l'humour et l'animation
en direct 2025–2029 - ligne W-2 (writers' room, tarif à la semaine)

Saint-Ibert, le 16 novembre 2026

Aux membres du SHADS, aux producteurs, promoteurs et salles membres de
l'Association sorrelaise des promoteurs et des salles (ASPS)


1. Objet

Le comité mixte SHADS-ASPS a relu, case par case, l'Annexe A diffusée aux
membres en janvier 2025 en la comparant à l'exemplaire signé à Port Tamsin le
24 janvier 2025. Une seule case diffère : la ligne W-2 (writers' room, semaine
de cinq jours d'au plus huit heures), dans la colonne « Yr 2 (Feb 2026) ».


2. Le montant applicable

L'Annexe A diffusée affiche 2 119,70 £ dans cette case. Ce chiffre ne figure pas
dans l'exemplaire signé, qui fixe le tarif de la deuxième année à 2 191,70 £ par
semaine. Seul le montant de 2 191,70 £ a une valeur contractuelle : il
s'applique à toute semaine de writers' room effectuée depuis le 1/2/2026, date
de début de la deuxième année de l'accord, et jusqu'au 31 janvier 2027.


3. Ce qui reste inchangé

Les autres cases de la ligne W-2 (2 117,60 £ pour la première année,
2 268,40 £ pour la troisième et 2 347,80 £ pour la quatrième) sont conformes à
l'exemplaire signé, comme toutes les autres lignes de l'Annexe A. Le tarif à la
demi-journée (ligne W-1) et la séance de punch-up (ligne W-3) ne sont pas
touchés par le présent avis.


4. Rappel des sommes dues

Les producteurs qui ont rémunéré des semaines de writers' room de la deuxième
année sur la base du chiffre affiché versent à chaque auteur ou autrice la
différence, soit 72,00 £ par semaine, majorée de l'indemnité de congés de 8 %,
au plus tard le 31 janvier 2027. Les sommes versées après cette date portent
les intérêts de retard prévus à l'article 7(2) de l'accord.


5. Démarches pour les membres

Les membres concernés envoient au bureau de Saint-Ibert ou à celui de Port
Tamsin la copie de leur confirmation d'engagement et de leurs relevés de
paiement. Le bureau vérifie les montants et écrit lui-même au producteur. Il
n'est pas nécessaire de déposer un grief pour obtenir ce rappel ; un grief
reste possible si la différence n'est pas versée à l'échéance.


6. Prochaine édition de l'Annexe A

La prochaine édition de l'Annexe A reprendra le montant de 2 191,70 £ à la
ligne W-2. D'ici là, le présent avis fait foi et doit être joint à tout
exemplaire de l'Annexe A remis à un producteur.


Pour le comité mixte SHADS-ASPS :
Yannick Pellerault, conseiller aux tarifs (SHADS)
Hestia Mawbray, secrétaire (ASPS)
"""


def build() -> None:
    data = NOTICE.replace("\n", "\r\n").encode("cp1252")
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
