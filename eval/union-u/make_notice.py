#!/usr/bin/env python3
"""Write the Windows-1252 distractor of union-u (its whole text is in this script).

    python3 eval/union-u/make_notice.py

docs/festival-documentaire-marigot-falls-frais-2027.txt: a documentary film festival's
submission fees for its 2027 edition, in French, encoded in Windows-1252 with CRLF line
ends. It shares the guild's vocabulary (dollars written "45 $", minutes, episodes of 22 and
44 minutes, seasons "2026-2027", percentages, dates "1er octobre 2026") but none of its
terms. Single bytes E9 (é), AB/BB (« »), 96 (–), 92 (’) and A0 (no-break space, in
"1 200 $" and before ":") appear in it.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "festival-documentaire-marigot-falls-frais-2027.txt")
NB = "\u00a0"

NOTICE = f"""FESTIVAL DU DOCUMENTAIRE DE MARIGOT FALLS – 14e ÉDITION (MAI 2027)
Appel de films et frais d’inscription – saison des festivals 2026-2027

Le Festival du documentaire de Marigot Falls reçoit les inscriptions de films documentaires
et d’épisodes de séries documentaires ou de téléréalité terminés après le 1er octobre 2025.
Les inscriptions ouvrent le 1er octobre 2026 et se font uniquement en ligne.

1. CATÉGORIES

  - Court métrage documentaire : moins de 40 minutes.
  - Moyen métrage documentaire : de 40 à 59 minutes.
  - Long métrage documentaire : 60 minutes et plus.
  - Épisode de série documentaire ou de téléréalité : épisode de 22 ou de 44 minutes,
    jusqu’à trois épisodes d’une même saison par inscription.
  - Docu-fiction et reconstitutions : films dont au moins la moitié de la durée est
    reconstituée ; cochez « docu-fiction » dans le formulaire.

2. FRAIS D’INSCRIPTION (EN DOLLARS CANADIENS, PAR FILM)

  Catégorie                 Tarif hâtif     Tarif régulier    Tarif tardif
                            (au 15 oct.)    (au 15 déc.)      (au 15 janv.)
  ------------------------  --------------  ----------------  ---------------
  Court métrage             45 $            65 $              90 $
  Moyen métrage             60 $            85 $              115 $
  Long métrage              75 $            110 $             150 $
  Épisode de série          40 $            55 $              80 $
  Docu-fiction              60 $            85 $              115 $

Les dates limites sont le 15 octobre 2026 (tarif hâtif), le 15 décembre 2026 (tarif
régulier) et le 15 janvier 2027 (tarif tardif), à 23 h 59, heure de Belcourt.

Forfait école{NB}: 1{NB}200 $ pour vingt films d’étudiants d’un même établissement,
inscrits ensemble avant le 15 décembre 2026.

Réduction de 50 % pour les films d’étudiants inscrits un par un et pour les premiers
films, sur présentation d’une preuve. Les réductions ne se cumulent pas.

3. CE QUE COMPRENNENT LES FRAIS

Les frais couvrent le visionnement par le comité de sélection, l’hébergement du lien de
visionnement pendant la saison des festivals 2026-2027 et une réponse écrite. Ils ne sont
pas remboursables, même si le film est retiré ou refusé. Un film refusé peut être inscrit
de nouveau l’année suivante s’il a été remonté d’au moins 20 % de sa durée.

4. EXIGENCES TECHNIQUES

  - Lien de visionnement sécurisé valide jusqu’au 31 mai 2027.
  - Sous-titres français ou anglais obligatoires si la langue du film est autre.
  - Pour les films sélectionnés : copie de projection en 1080p ou 4K, son 5.1 ou stéréo,
    à livrer au plus tard le 15 mars 2027.
  - Les films qui contiennent des voix ou des visages recréés numériquement le signalent
    dans le formulaire ; le comité de sélection peut demander une mention au générique.

5. CALENDRIER

  - Annonce de la sélection : 1er mars 2027.
  - Festival : du 12 au 19 mai 2027, au cinéma Le Riverain et à la salle Lamarre.
  - Chaque film sélectionné reçoit deux laissez-passer pour toute la durée du festival.

6. RENSEIGNEMENTS

Festival du documentaire de Marigot Falls, 18, rue du Moulin, Marigot Falls.
Courriel{NB}: inscriptions@docsmarigot.example – du lundi au vendredi, de 10 h à 16 h.
Le festival n’est lié à aucun syndicat ni à aucune association de producteurs.
"""


def build() -> None:
    data = NOTICE.replace("\n", "\r\n").encode("cp1252")
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote", OUT, len(data), "bytes")


if __name__ == "__main__":
    build()
