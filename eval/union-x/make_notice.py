#!/usr/bin/env python3
"""Write the Windows-1252 distractor of union-x (its whole text is in this script).

    python3 eval/union-x/make_notice.py

docs/salle-le-tourniquet-tarifs-saison-2026-2027.txt: a wrestling training hall's price
list for the "saison 2026-2027" (1 September 2026 to 31 August 2027), in French, encoded in
Windows-1252 with CRLF line ends: single bytes E9 (é), AB/BB (« »), 96 (–), 92 (’), A0
(no-break space, "1 890,00 kr") and B0 (°). It shares the set's vocabulary (kronor, rings,
bumps, high-risk spots, matches, seasons, mascots, announcers, per hour, per season,
percentages) but is not the Guild's terms: a distractor.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "salle-le-tourniquet-tarifs-saison-2026-2027.txt")
NB = "\u00a0"

NOTICE = f"""SALLE DE LUTTE LE TOURNIQUET
22, quai des Cordiers – Port-Lumière
Entraînement au ring, chutes, acrobatie d’arène et préparation physique

TARIFS – SAISON 2026-2027
(du 1er septembre 2026 au 31 août 2027)

Les prix ci-dessous sont en couronnes (kr), par personne sauf mention contraire.
Ils valent pour les membres de la salle comme pour les visiteurs ; les remises
«{NB}troupes et fédérations{NB}» figurent au point 5.

1. LOCATION DU RING (ring de 6 m, cordes et tapis fournis)
   Par heure, en semaine avant 17 h .......................... 420,00 kr
   Par heure, en soirée et le week-end ....................... 560,00 kr
   Par journée complète (8 h), pour une répétition de gala ... 2{NB}950,00 kr

2. COURS ET SÉANCES (groupe de 12 au plus)
   Cours de chutes (bumps) pour débutants, la séance ......... 185,00 kr
   Atelier «{NB}numéro à haut risque{NB}» (corde du haut, plongeon) ... 240,00 kr
   Atelier de combat chorégraphié pour l’exhibition .......... 210,00 kr
   Atelier de voix au micro pour annonceurs de ring ........... 195,00 kr
   Séance de mise en condition pour mascottes (chaleur, 32 °C) 165,00 kr

3. ABONNEMENTS
   Abonnement mensuel, accès libre aux heures ouvertes ........ 690,00 kr
   Abonnement à la saison (septembre – août) .................. 5{NB}400,00 kr
   Carte de dix séances, valable toute la saison .............. 1{NB}650,00 kr
   Forfait «{NB}saison de tournée{NB}» (ring en soirée, 20 heures) ..... 1{NB}890,00 kr

4. MATÉRIEL
   Location de genouillères et protège-coudes, la semaine ..... 45,00 kr
   Tapis de chute supplémentaire, par heure ................... 60,00 kr
   Costume d’entraînement de mascotte (tête ventilée), la séance 110,00 kr

5. REMISES TROUPES ET FÉDÉRATIONS
   À partir de 8 lutteurs inscrits ensemble : 10 % de remise.
   Pour une fédération qui loue le ring toute la saison : 15 % de remise.
   Les remises ne se cumulent pas.

6. CONDITIONS
   Toute réservation du ring se fait au moins 48 heures à l’avance.
   Une réservation annulée moins de 24 heures avant est due en entier.
   Le certificat médical d’aptitude est exigé pour les ateliers de chutes
   et de numéro à haut risque. La salle ne fournit pas de médecin de ring.
   Le Tourniquet n’est pas un employeur et n’applique aucun accord
   de la Guilde : ces prix ne sont pas des cachets.

Ouvert du lundi au samedi, de 9 h à 22 h. Accueil : 0800-555-0163.
"""


def build() -> None:
    data = NOTICE.replace("\n", "\r\n").encode("cp1252")
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote", OUT, len(data), "bytes")


if __name__ == "__main__":
    build()
