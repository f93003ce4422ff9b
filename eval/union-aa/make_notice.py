#!/usr/bin/env python3
"""Write the Windows-1252 distractor of union-aa (its whole text is in this script).

    python3 eval/union-aa/make_notice.py

docs/ondenuage-tarifs-hebergement-2026-2027.txt: a podcast-hosting platform's price list for
2026-2027, in French, encoded in Windows-1252 with CRLF line ends: single bytes E9 (é),
AB/BB (« »), 96 (–), 92 (’), A0 (no-break space, "G 1 900") and B0 (°). It quotes "G"
prices for storage plans and shares the set's vocabulary (épisodes, balados, abonnements
premium, voix de synthèse, transcription, publicité, per month, percentages), but it is not
the Guild's terms: nobody is paid by it, it is what the platform charges podcast producers.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "ondenuage-tarifs-hebergement-2026-2027.txt")
NB = "\u00a0"

NOTICE = f"""ONDENUAGE – HÉBERGEMENT DE BALADOS
Parc technologique de Cap-Lumière, bâtiment n° 3
Grille tarifaire 2026-2027 (du 1er avril 2026 au 31 mars 2027)

Prix en gourdes (G), par mois et par émission, payables d’avance.
OndeNuage héberge et diffuse des balados : la plateforme n’engage
aucun artiste et ne paie aucun cachet. Les prix ci-dessous sont ceux
que paient les producteurs d’émissions, pas des tarifs d’artistes.

1. FORFAITS D’HÉBERGEMENT (stockage des épisodes)
   Forfait «{NB}Découverte{NB}», 5 Go, 1 émission ............... G 450 par mois
   Forfait «{NB}Studio{NB}», 50 Go, 3 émissions ................ G 1{NB}150 par mois
   Forfait «{NB}Réseau{NB}», 500 Go, émissions illimitées ...... G 1{NB}900 par mois
   Archivage du catalogue au-delà de 90 jours ............. G 120 par mois

2. OPTIONS
   Transcription automatique des épisodes .................. G 35 par heure d’audio
   Voix de synthèse pour les bandes-annonces ............... G 95 la minute générée
   Traduction automatique des notes d’épisode .............. G 60 par épisode
   Statistiques d’écoute détaillées ........................ G 210 par mois

3. ABONNEMENTS PREMIUM ET PUBLICITÉ
   Commission de la plateforme sur les abonnements premium : 10 % des recettes.
   Publicité dynamique insérée par la plateforme : OndeNuage garde 30 % des
   recettes publicitaires, le reste est reversé au producteur chaque mois.

4. REMISES
   Paiement annuel d’avance : 2 mois offerts.
   Réseaux de plus de 10 émissions : 15 % de remise sur les forfaits.
   Les remises ne se cumulent pas.

5. CONDITIONS
   Les serveurs sont climatisés à 19 °C dans deux centres de données.
   Un épisode supprimé par le producteur est effacé de nos serveurs sous
   7 jours. OndeNuage n’utilise pas les fichiers audio ni les transcriptions
   de ses clients pour entraîner des modèles.
   Aucun accord collectif ne s’applique à ces prix : ce ne sont ni des
   cachets, ni des primes, ni des indemnités d’artiste.

Service clients du lundi au samedi, de 8 h à 20 h.
"""


def build() -> None:
    data = NOTICE.replace("\n", "\r\n").encode("cp1252")
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote", OUT, len(data), "bytes")


if __name__ == "__main__":
    build()
