#!/usr/bin/env python3
"""Write the Windows-1252 distractor of union-ac (its whole text is in this script).

    python3 eval/union-ac/make_notice.py

docs/fitforme-tarifs-abonnements-2026-2027.txt: a gym chain's membership price list for
2026-2027, in French, encoded in Windows-1252 with CRLF line ends: single bytes E9 (é),
AB/BB (« »), 96 (–), 92 (’), A0 (no-break space, "1 890 Kc") and B0 (°). Windows-1252 has
no "č", so the list writes the currency "Kc" and says so. It shares the set's vocabulary
(cours collectifs, vélo, tapis, échauffement, trimestre, exercice, haute intensité, avatar
de coach) and holds the bike model "KC-1250" (a model, not an amount), but it is what
CUSTOMERS pay the gym, not what performers are paid: nobody is paid by it.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "fitforme-tarifs-abonnements-2026-2027.txt")
NB = "\u00a0"

NOTICE = f"""FITFORME – SALLES DE SPORT DE VALMONT-SUR-LISSE ET DE HARROWFIELD
Tarifs des abonnements, saison 2026-2027 (du 1er septembre 2026 au 31 août 2027)

Montants en couronnes. Ce fichier est encodé en Windows-1252, qui ne connaît pas le
« c » à accent inversé de la devise : les montants y sont écrits « Kc ».
Ces tarifs sont ceux que paient les CLIENTS de FitForme. Ce ne sont pas des cachets :
FitForme n’engage ni instructeurs diffusés, ni narrateurs, ni figurants.

1. ABONNEMENTS
   Formule Essentiel (accès libre aux machines)        590 Kc par mois
   Formule Cours (machines et cours collectifs)        890 Kc par mois
   Formule Intégrale (tout compris, deux salles)     1{NB}290 Kc par mois
   Paiement annuel d’avance : deux mois offerts.
   Frais d’inscription : 450 Kc, une seule fois.

2. COURS COLLECTIFS
   Cours à l’unité, sans abonnement                    240 Kc
   Carte de dix cours, valable un trimestre          1{NB}890 Kc
   Cours à haute intensité : 45 minutes, échauffement compris.
   Cours de yoga et de danse : 60 minutes.
   Réservation obligatoire, annulation gratuite jusqu’à 2 heures avant le cours.

3. VÉLOS ET ÉQUIPEMENT
   Nos salles de cyclisme sont équipées du vélo de salle KC-1250 (résistance
   magnétique, écran de puissance). Location d’un vélo KC-1250 à domicile :
   1{NB}150 Kc par trimestre, livraison comprise.
   Location d’un tapis de sol : 90 Kc par trimestre.

4. APPLICATION FITFORME
   L’application propose des cours enregistrés et un « avatar de coach » qui corrige
   la posture à la caméra. Accès inclus dans les formules Cours et Intégrale,
   190 Kc par mois pour les autres.

5. CONDITIONS DES SALLES
   Les salles de cyclisme sont maintenues à 19 °C, les studios de yoga à 24 °C.
   Serviette obligatoire. Casiers à cadenas personnel.

6. SUSPENSION ET RÉSILIATION
   Un abonnement peut être suspendu un mois par trimestre, sur justificatif médical.
   Résiliation avec un préavis d’un mois, par écrit à l’accueil.

Accueil ouvert du lundi au vendredi de 6 h 30 à 22 h, le samedi et le dimanche de 8 h
à 20 h.
"""


def build() -> None:
    data = NOTICE.replace("\n", "\r\n").encode("cp1252")
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote", OUT, len(data), "bytes")


if __name__ == "__main__":
    build()
