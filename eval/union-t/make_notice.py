#!/usr/bin/env python3
"""Write docs/colonie-les-marmottes-tarifs-2026-2027.txt in Windows-1252 (a distractor).

    python3 eval/union-t/make_notice.py

A French price list of a fictional children's holiday camp, the Colonie de vacances « Les
Marmottes » at Col-du-Lys, for summer 2026 and winter 2026-2027: weekly stays by age group
(4-5, 6-11, 12-15, 16-17), activities with supplements (riding, climbing, a theatre and
video workshop in sessions of 90 minutes), bedtimes and ratios of staff to children by
age, a deposit of 30 %, reductions of 10 %, refunds of 80 % / 50 %. It shares the set's
vocabulary (francs, ages, hours, sessions, percentages, children, video) but is not the
guild's terms. The whole text is here; the file is written in cp1252 with CRLF line ends,
so its accents, guillemets, dashes, apostrophes and one no-break space are single bytes
("é" = 0xE9, "«" = 0xAB, "–" = 0x96, "’" = 0x92, U+00A0 = 0xA0) and it does not decode as
UTF-8.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "colonie-les-marmottes-tarifs-2026-2027.txt")
NB = "\u00a0"

NOTICE = f"""\
COLONIE DE VACANCES « LES MARMOTTES »
Chalet des Marmottes – route du Col 14 – Col-du-Lys – Principauté de Vellmont
Association sans but lucratif, reconnue par la commune de Col-du-Lys

TARIFS ÉTÉ 2026 ET HIVER 2026-2027
(saison du 1er juin 2026 au 31 mars 2027 – prix en francs, repas et
hébergement compris)

1. SÉJOURS D’ÉTÉ (du 4 juillet au 22 août 2026)

   Groupe            Âge               Durée        Prix par séjour
   Petits Lutins     4 et 5 ans        5 jours      Fr. 420.–
   Marmottes         6 à 11 ans        7 jours      Fr. 640.–
   Chamois           12 à 15 ans       7 jours      Fr. 695.–
   Aigles            16 et 17 ans      10 jours     Fr. 1{NB}190.– (camp itinérant)

   Deux séjours consécutifs : 10 % de réduction sur le second séjour.
   Les Petits Lutins sont accueillis seulement du lundi au vendredi ; un
   parent peut rester les deux premières nuits (chambre parent : Fr. 55.– la
   nuit).

2. ACTIVITÉS AVEC SUPPLÉMENT

   - Équitation : 4 séances d’une heure au manège du Lys, 85 francs.
   - Escalade encadrée : 3 séances de deux heures, 60 francs (dès 8 ans).
   - Atelier « Petits reporters » (théâtre et vidéo) : 6 séances de
     90 minutes ; les enfants tournent un court film projeté le dernier soir,
     Fr. 120.–. Le film est remis aux familles sur clé USB ; il n’est jamais
     diffusé en dehors de la colonie.
   - Chorale et studio d’enregistrement : 5 séances de 60 minutes, Fr. 75.–.

3. JOURNÉE TYPE ET ENCADREMENT

   Lever 7 h 30 ; petit-déjeuner 8 h ; activités 9 h – 12 h ; temps calme
   13 h 30 – 14 h 30 ; activités 14 h 30 – 18 h.
   Coucher : 20 h 30 pour les 6 à 11 ans, 21 h 30 pour les 12 à 15 ans,
   22 h 30 pour les 16 et 17 ans (Petits Lutins : 19 h 45).
   Encadrement : un animateur pour 4 Petits Lutins, pour 6 enfants de 6 à
   11 ans, pour 8 jeunes de 12 à 15 ans et pour 10 jeunes de 16 et 17 ans.
   Une infirmière est présente au chalet du lundi au samedi.

4. SÉJOURS D’HIVER 2026-2027

   Semaines de ski de Noël (du 27 décembre 2026 au 2 janvier 2027) et de
   février (du 13 au 20 février 2027), forfait de remontées compris :
     - 6 à 11 ans : Fr. 720.–
     - 12 à 15 ans : Fr. 760.–
   Location du matériel de ski : 95 francs la semaine ; cours de l’école de
   ski : 4 séances de deux heures, compris dans le prix.

5. INSCRIPTION, PAIEMENT ET ANNULATION

   - Acompte de 30 % à l’inscription ; solde 30 jours avant le départ.
   - Inscription aux séjours d’été 2027 avant le 31 mars 2027 : 5 % de
     réduction.
   - Annulation plus de 30 jours avant le départ : remboursement de 80 % du
     prix ; moins de 30 jours avant : 50 % ; le jour même : aucun
     remboursement, sauf certificat médical.
   - Aide de la commune : la commune de Col-du-Lys prend en charge jusqu’à
     40 % du prix pour les familles à revenu modeste domiciliées dans la
     commune (demande au secrétariat communal).

Secrétariat de la colonie : du lundi au vendredi de 8 h 30 à 11 h 30.
La colonie n’est liée par aucune convention collective ; ses prix ne sont
pas des cachets ni des salaires.
"""


def build() -> None:
    with open(OUT, "w", encoding="cp1252", newline="\r\n") as f:
        f.write(NOTICE)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
