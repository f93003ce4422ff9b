#!/usr/bin/env python3
"""Write the Windows-1252 distractor of union-ab (its whole text is in this script).

    python3 eval/union-ab/make_notice.py

docs/faculte-medecine-droits-de-scolarite-2026-2027.txt: the Port-Maren Faculty of
Medicine's tuition-fee list for 2026-2027, in French, encoded in Windows-1252 with CRLF
line ends: single bytes E9 (é), AB/BB (« »), 96 (–), 92 (’), A0 (no-break space,
"12 400 zl") and B0 (°). Windows-1252 has no "ł", so the list writes the currency "zl"
and says so. It shares the set's vocabulary (patients standardisés, simulation, examens,
année universitaire, semestre de printemps, avatars) but it is what STUDENTS pay the
Faculty, not what actors are paid: nobody is paid by it.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "faculte-medecine-droits-de-scolarite-2026-2027.txt")
NB = "\u00a0"

NOTICE = f"""FACULTÉ DE MÉDECINE DE PORT-MAREN – SERVICE DE LA SCOLARITÉ
Bâtiment C, bureau n° 14
Droits de scolarité de l’année universitaire 2026-2027

Montants en zlotys lesvaniens. Ce fichier est encodé en Windows-1252, qui ne
connaît pas le « l barré » de la devise : les montants y sont écrits « zl ».
Ces droits sont payés par les ÉTUDIANTS à la Faculté. Ce ne sont ni des
cachets, ni des indemnités : la Faculté rémunère les patients standardisés
selon la convention de la Guilde, pas selon cette liste.

1. DROITS D’INSCRIPTION
   Première à troisième année ........................ 12{NB}400 zl par année
   Quatrième à sixième année ......................... 13{NB}150 zl par année
   Droits réduits (boursiers) ........................ 3{NB}100 zl par année

2. FRAIS DE SIMULATION (payés une fois par année)
   Accès au centre de simulation, étage Z1 ............ 1{NB}350 zl
   Examens cliniques avec patients standardisés ...... 720 zl (deux sessions)
   Module d’avatars de patients virtuels ............. 410 zl
   Reprise d’un examen clinique échoué ............... 380 zl par examen

3. CALENDRIER DE PAIEMENT
   Premier versement : avant le 15 septembre 2026 (semestre d’automne).
   Second versement : avant le 15 janvier 2027 (semestre de printemps).
   Une majoration de 5 % s’applique à tout versement en retard.

4. REMBOURSEMENTS
   Abandon avant le 1er octobre 2026 : droits d’inscription remboursés,
   frais de simulation retenus. Après cette date, aucun remboursement.

5. CONDITIONS DU CENTRE
   Les salles de simulation sont maintenues à 21 °C.
   Tenue : blouse blanche et badge « Étudiant – Simulation » obligatoires.
   Les enregistrements vidéo des examens cliniques servent à la correction et
   sont conservés selon le règlement de la Faculté.

6. AIDES
   Les étudiants boursiers peuvent payer les frais de simulation en trois
   versements. Le fonds de solidarité de la Faculté prête jusqu’à 2{NB}000 zl,
   sans intérêt, aux étudiants en difficulté ; la demande se fait au bureau n° 14
   avant la fin du semestre d’automne.

Guichet de la scolarité ouvert du lundi au vendredi, de 8 h 30 à 16 h.
"""


def build() -> None:
    data = NOTICE.replace("\n", "\r\n").encode("cp1252")
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote", OUT, len(data), "bytes")


if __name__ == "__main__":
    build()
