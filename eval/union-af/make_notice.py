#!/usr/bin/env python3
"""Write the two byte-sensitive text documents of union-af (their whole text is here).

    python3 eval/union-af/make_notice.py

- docs/proces-verbal-conseil-gaea-2026-11-14.txt: MEETING MINUTES in French, UTF-8 in
  UNICODE NFD (every accented letter decomposed: "e" + U+0301 for "é"), LF line ends. They
  record a VOTE RESULT (412 votes to 57, 3 abstentions), a REJECTED PROPOSAL (the
  Producers' one-off buy-out of digital doubles, 2 750 000 ₦ per rider) and a FIGURE KEPT
  (the scan-day fee stays 185 000 ₦; the Producers asked for 150 000 ₦). Amounts are
  written "185 000 ₦" with U+202F in the thousands and U+00A0 before the sign (NFD leaves
  both as they are).
- docs/provenderie-val-sauvin-tarifs-2026-2027.txt: a DISTRACTOR in French, ISO-8859-1
  (Latin-1), CRLF line ends: a feed merchant's prices for hay, oats and bedding. The naira
  sign is not in Latin-1, so amounts are written "NGN 9 800" (U+00A0, which Latin-1 has, in
  the thousands). Read as UTF-8 it fails.

check_set.py checks that the files are what this script writes.
"""

from __future__ import annotations

import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MINUTES_OUT = os.path.join(HERE, "docs", "proces-verbal-conseil-gaea-2026-11-14.txt")
FEED_OUT = os.path.join(HERE, "docs", "provenderie-val-sauvin-tarifs-2026-2027.txt")
NB = "\u00a0"
NNB = "\u202f"


def nn(amount: str) -> str:
    """'185 000' -> '185 000 ₦' (U+202F in the thousands, U+00A0 before the sign)."""
    return amount.replace(" ", NNB) + NB + "₦"


def ngn(amount: str) -> str:
    """'9 800' -> 'NGN 9 800' (U+00A0 in the thousands; Latin-1 has it)."""
    return "NGN " + amount.replace(" ", NB)


MINUTES = f"""PROCÈS-VERBAL DU CONSEIL DE LA GUILDE
Guilde des artistes équestres et animaliers de Valmorane (GAEA)
Séance du samedi 14 novembre 2026 - Saint-Ambroise, 14, rue des Maréchaux, salle du conseil

Présidence : Marisol Achterberg-Diallo, présidente.
Secrétariat : Théo Lindqvist-Okoro, secrétaire général.
Présents : 11 membres du conseil sur 13. Priyanka Desrochers-Baptiste, déléguée à
l'intelligence artificielle, et Anselm Kowalczyk-Obi, délégué au bien-être des chevaux,
assistent à la séance sans droit de vote.


1. OUVERTURE DE LA SÉANCE

La présidente ouvre la séance à 9 h 40. Le quorum est atteint. L'ordre du jour est adopté
sans modification.


2. PROCÈS-VERBAL DE LA SÉANCE PRÉCÉDENTE

Le procès-verbal de la séance du 10 octobre 2026 est adopté à l'unanimité, sans
correction.


3. PROPOSITION DES PRODUCTEURS : RACHAT PONCTUEL DES DOUBLES NUMÉRIQUES

Par lettre du 28 septembre 2026, l'Association des producteurs d'écran et de spectacle de
Valmorane (APESV) a proposé un rachat ponctuel des doubles numériques : chaque cavalier
scanné aurait reçu {nn("2 750 000")} une seule fois, en échange du droit de réutiliser son
double dans toute production future, sans cachet de réutilisation et sans nouveau
consentement.

La déléguée à l'intelligence artificielle rappelle que l'entente prévoit au contraire un
consentement écrit pour chaque production, sur le formulaire DD-3, et un cachet pour chaque
production qui réutilise le double (article 15). Un rachat unique priverait les membres de
ces deux protections pour toujours.

Résultat du vote des membres (vote électronique ouvert du 2 au 12 novembre 2026) :
412 voix contre la proposition, 57 voix pour, 3 abstentions.

La proposition de rachat ponctuel est rejetée. Le conseil prend acte du résultat et charge
le secrétaire général de l'annoncer par écrit à l'APESV et aux membres.


4. CACHET DE SCAN

Dans la même lettre, l'APESV demandait de ramener le cachet de scan de l'article 15(2) à
{nn("150 000")} par journée de scan. Le conseil refuse à l'unanimité : le cachet de scan est
maintenu à {nn("185 000")} par journée de scan pour toute la durée de l'entente. Le chiffre
de l'entente ne change pas.


5. AVIS CONJOINT SUR LES CAVALIERS DE FOULE GÉNÉRÉS PAR IA

Le conseil approuve le projet d'avis conjoint n° 2026-07, négocié avec l'APESV, qui porte
sur l'article 14(5) et sur l'article 15(4), et autorise la présidente à le signer.


6. SPECTACLES DE LAC-SAUVIN

Carrousel Live annonce 18 représentations en arène à Lac-Sauvin au premier semestre 2027.
Le conseil rappelle que le cachet de l'arène s'applique à chaque représentation, y compris
aux numéros de rodéo, et demande au délégué au bien-être des chevaux d'assister à la
première répétition générale.


7. QUESTIONS DIVERSES

Aucune.

Prochaine séance du conseil : samedi 16 janvier 2027, à 9 h 30.
La séance est levée à 12 h 15.

Théo Lindqvist-Okoro, secrétaire général
"""

FEED = f"""PROVENDERIE DU VAL-SAUVIN - TARIFS 2026-2027
Foin, avoine, orge et litière pour chevaux, livrés ou pris au dépôt
Dépôt : chemin des Granges, Val-Sauvin. Ouvert du lundi au vendredi, de 7 h à 17 h.

Ce fichier est enregistré en ISO-8859-1 par notre ancien logiciel de caisse ; le signe de
la naira n'y existe pas, les prix sont donc écrits NGN. Prix au dépôt, par unité, valables
du 1er septembre 2026 au 31 août 2027 sauf hausse du cours des céréales.

1. FOIN
   Foin de prairie, petite balle (20 kg) ...................... {ngn("9 800")}
   Foin de luzerne, petite balle (20 kg) ...................... {ngn("13 900")}
   Foin de prairie, grosse balle ronde (250 kg) ............... {ngn("96 400")}
   Foin dépoussiéré pour chevaux de spectacle, balle (18 kg) .. {ngn("15 750")}

2. CÉRÉALES ET ALIMENTS
   Avoine noire, sac de 25 kg ................................. {ngn("21 300")}
   Avoine aplatie, sac de 25 kg ............................... {ngn("23 150")}
   Orge aplatie, sac de 25 kg ................................. {ngn("19 850")}
   Granulés « cheval de sport », sac de 20 kg ................. {ngn("27 400")}
   Son de blé, sac de 15 kg ................................... {ngn("8 650")}

3. LITIÈRE
   Paille de blé, petite balle ................................ {ngn("4 350")}
   Copeaux de bois dépoussiérés, ballot de 20 kg .............. {ngn("11 200")}
   Granulés de lin, sac de 15 kg .............................. {ngn("12 950")}

4. REMISES ET CONDITIONS
   Tournages et spectacles : les productions qui commandent pour un tournage ou une
   tournée paient les prix ci-dessus ; remise de 5 % à partir de 40 balles de foin.
   Retrait au dépôt sans frais. Préparation d'une commande en dehors des heures
   d'ouverture : {ngn("18 600")} par commande.
   Paiement comptant ou par virement à 30 jours fin de mois.

5. CONTACT
   Commandes : Gisèle Ortega-Mbaye et Ruben Vasquez-Aubert, au dépôt ou par courrier.
   Nous ne vendons ni selles ni harnais : adressez-vous à la sellerie du village.

6. HORAIRES D'HIVER
   Du 21 décembre 2026 au 2 janvier 2027, le dépôt ouvre le matin seulement, de 7 h à
   12 h. Les grosses balles rondes se chargent au tracteur du dépôt, sur rendez-vous.
"""


def minutes_bytes() -> bytes:
    return unicodedata.normalize("NFD", MINUTES).encode("utf-8")


def feed_bytes() -> bytes:
    return FEED.replace("\n", "\r\n").encode("iso-8859-1")


def build() -> None:
    for out, data in ((MINUTES_OUT, minutes_bytes()), (FEED_OUT, feed_bytes())):
        with open(out, "wb") as f:
            f.write(data)
        print("wrote", out, len(data), "bytes")


if __name__ == "__main__":
    build()
