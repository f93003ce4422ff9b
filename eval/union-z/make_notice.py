#!/usr/bin/env python3
"""Write the Windows-1252 distractor of union-z (its whole text is in this script).

    python3 eval/union-z/make_notice.py

docs/studio-lagune-son-tarifs-location-2026-2027.txt: a recording studio's hourly hire price
list for "2026-2027", in French, encoded in Windows-1252 with CRLF line ends: single bytes
E9 (é), AB/BB (« »), 96 (–), 92 (’), A0 (no-break space, "18 500 FCFA") and B0 (°). It
shares the set's vocabulary (FCFA, studio hours, voice booths, night rates, dubbing, lip
sync, synthetic voice, scans, per hour, per day, cancellation, percentages) but is not the
Guild's terms: nobody is paid by it, it is what the studio charges its customers.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "studio-lagune-son-tarifs-location-2026-2027.txt")
NB = "\u00a0"

NOTICE = f"""STUDIO LAGUNE SON
Zone portuaire, hangar n° 7 – Port-Ouara
Location de cabines d’enregistrement, de régies et de plateaux

TARIFS DE LOCATION 2026-2027
(valables du 1er octobre 2026 au 30 septembre 2027)

Prix en francs CFA (FCFA), hors prestation d’artiste. Le studio loue des
locaux et du matériel : il n’engage aucun artiste et ne paie aucun cachet.
Les remises «{NB}fidélité{NB}» figurent au point 6.

1. CABINES VOIX (prise de son, écoute, technicien)
   Cabine voix, par heure de location, en journée ............. 18{NB}500 FCFA
   Cabine voix, par heure de location, la nuit (22 h – 6 h) ... 24{NB}000 FCFA
   Forfait journée de 8 heures, technicien compris ........... 129{NB}000 FCFA
   Cabine «{NB}voix de synthèse{NB}» avec poste d’écoute ........ 21{NB}000 FCFA l’heure

2. DOUBLAGE ET SYNCHRONISATION LABIALE
   Régie de doublage avec bande rythmo, par heure ............ 27{NB}500 FCFA
   Poste de synchronisation labiale, par demi-journée ........ 43{NB}500 FCFA
   Conformation d’une minute de programme .................... 3{NB}200 FCFA

3. PLATEAU DE CAPTURE
   Plateau de capture du visage, par séance de 4 heures ...... 88{NB}000 FCFA
   Photogrammétrie du corps entier (location du dôme) ........ 152{NB}000 FCFA
   Nouvelle séance de calibrage du dôme ....................... 39{NB}000 FCFA

4. SERVICES
   Loge maquillage et habillage, par demi-journée ............ 12{NB}000 FCFA
   Navette depuis Talmakou, aller et retour ................... 17{NB}500 FCFA
   Climatisation renforcée (au-delà de 30 °C en régie) ....... 6{NB}000 FCFA l’heure

5. STOCKAGE DES FICHIERS
   Archivage des prises, par mois et par projet ............... 9{NB}500 FCFA
   Effacement certifié des disques à la fin du projet ........ 15{NB}500 FCFA

6. REMISES FIDÉLITÉ
   Pour 10 heures de cabine réservées ensemble : 10 % de remise.
   Pour une société qui réserve tout un trimestre : 18 % de remise.
   Les remises ne se cumulent pas.

7. CONDITIONS
   Toute location se réserve au moins 48 heures à l’avance.
   Une location annulée moins de 24 heures avant est due en entier ;
   entre 24 et 48 heures avant, la moitié est due.
   Le studio n’applique aucun accord collectif : ces prix ne sont ni des
   cachets, ni des primes, ni des indemnités d’artiste.

Accueil du lundi au samedi, de 8 h à 20 h. Réservations : 27-55-40-18.
"""


def build() -> None:
    data = NOTICE.replace("\n", "\r\n").encode("cp1252")
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote", OUT, len(data), "bytes")


if __name__ == "__main__":
    build()
