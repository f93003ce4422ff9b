#!/usr/bin/env python3
"""Write the four byte-sensitive text documents of union-am (their whole text is here).

    python3 eval/union-am/make_notice.py

- docs/note-personnages-grosse-tete-2026-12-03.txt: the Rivebelle office's note to
  character performers in full-head costumes and to Zamboni-interval entertainers, in
  French, UTF-8 WITH A BYTE ORDER MARK (EF BB BF) and CRLF line ends. The only place that
  says the pilot encore fee was NOT RENEWED (it ended on 30 November 2026), and of the
  office's phone and hours. Its ice temperature is written with an ASCII hyphen ("-3 °C";
  the agreement writes U+2212).
- docs/memo-tournee-etranger-iso-8859-15.txt: the Union's memo on the winter tour's dates
  abroad, in French, encoded ISO-8859-15 (latin-9, the "iso8859_15" codec: "€" is the
  byte 0xA4 there, which latin-1 would read as "¤"; not valid UTF-8), LF line ends. It
  holds the only amount in euros of the set, in one clause: 58 € a day abroad.
- docs/export-canal-patineurs-2026-12-04.txt: a plain-text CHAT EXPORT (French, UTF-8,
  LF): one message per line, "[YYYY-MM-DD HH:MM] Name : text". A member says the
  two-show-day supplement is 30,00 S/ (wrong) and the steward corrects it (35,00 S/);
  the steward also says the Union's comment in the interim agreement (58,00 S/ a flight)
  was not adopted, explains "12/03/27" (day/month/year) and gives the hardship fund,
  "18 000 soles" (explained).
- docs/bladeworks-skate-shop-price-list.txt: a DISTRACTOR in English, a skate shop's price
  list in soles (UTF-8, LF), naming neither party.

French thousands are separated by U+202F. No line has a digit, white space and three
digits in a row outside an amount (the normaliser would join them). check_set.py checks
that the files are what this script writes.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
NOTE_OUT = os.path.join(HERE, "docs", "note-personnages-grosse-tete-2026-12-03.txt")
MEMO_OUT = os.path.join(HERE, "docs", "memo-tournee-etranger-iso-8859-15.txt")
CHAT_OUT = os.path.join(HERE, "docs", "export-canal-patineurs-2026-12-04.txt")
SHOP_OUT = os.path.join(HERE, "docs", "bladeworks-skate-shop-price-list.txt")
NNB = "\u202f"
BOM = b"\xef\xbb\xbf"

# ---- the note (UTF-8 with a BOM, CRLF) --------------------------------------------------------

NOTE = """UNION DES ARTISTES PATINEURS DE LUNESTRE (UAPL)
Bureau de Rivebelle – note aux personnages à grosse tête et aux animateurs d'entracte
Rivebelle, le 3 décembre 2026

Objet : fin de l'essai de la prime de rappel ; les règles de la grosse tête et de la glace

1. La prime de rappel n'est plus versée

La prime de rappel de 18,00 S/ (article 10.4 de la convention 2026-2029) était un
essai : du 1er au 30 novembre 2026, à l'aréna nationale d'Ardenport, l'animateur
d'entracte qui présentait un second numéro pendant le même entracte de surfaçage
la touchait. L'essai a pris fin le 30 novembre 2026. Il n'a pas été renouvelé :
aucun écrit n'a été signé, et la prime n'est plus versée pour les entractes qui
ont suivi. Le cachet d'entracte, lui, ne change pas.

2. La grosse tête

La tête d'un costume de personnage pèse au plus 4,2 kg, armature et ventilateur
compris. On reste au plus 25 minutes d'affilée sous la tête (c'était 30 minutes
dans l'ancienne convention 2022-2026), puis on fait une pause d'au moins
10 minutes, tête enlevée. Le chef de troupe tient le chronomètre, pas vous.

3. La glace

Aucun vol et aucun saut lancé quand la surface de la glace est plus chaude que
-3 °C. Le technicien de glace affiche la température au bord de la piste avant
chaque spectacle ; en cas de doute, on demande avant d'entrer en piste.

4. Les chutes

Après une chute avec choc à la tête, ou si vous ne pouvez pas vous relever seul,
vous quittez la glace pour une évaluation d'au moins 20 minutes par le médecin de
la patinoire. La doublure prend votre place ; vous ne perdez pas votre cachet.

5. Le repos

Au moins 2 heures de repos entre la fin d'un spectacle et l'appel du suivant. Les
jours à deux spectacles, la loge reste chauffée entre les deux.

6. Qui est couvert

La convention couvre les personnages à grosse tête et les animateurs d'entracte
engagés par Aurora ou par PNL. Les membres du Club de patinage amateur de
Rivebelle, qui patinent au final de certains spectacles, ne sont pas couverts par
la convention, pas plus que les surveillants de glace des séances publiques, qui
font partie du personnel des patinoires.

7. Le bureau de Rivebelle

Bureau de Rivebelle, 12, quai des Patineurs. Ouvert du lundi au jeudi de 9 h à
17 h et le vendredi de 9 h à 13 h. Téléphone : 044-218-730.
L'Union, fondée en 1961, répond aussi par écrit, en français et en anglais.

Pour le bureau de Rivebelle,
Maëlle Kowalczyk-Diallo, déléguée des personnages
"""


def note_bytes() -> bytes:
    return BOM + NOTE.replace("\n", "\r\n").encode("utf-8")


# ---- the memo (ISO-8859-15) -------------------------------------------------------------------

MEMO = """UNION DES ARTISTES PATINEURS DE LUNESTRE (UAPL) - mémo de tournée
Objet : les dates à l'étranger de la tournée d'hiver 2027
(Fichier texte enregistré en ISO-8859-15, dit latin-9 : le signe de l'euro y est
l'octet 0xA4.)

La tournée d'hiver 2027 d'Aurora commence le 8 janvier 2027. Elle passe par deux
villes de la zone euro du 15 au 19 février 2027, soit les jours 39 à 43 de la
tournée. Ces cinq jours représentent 8 % des jours de la tournée.

1. Indemnité de séjour à l'étranger

Pour chaque jour passé à l'étranger, l'artiste reçoit une indemnité de séjour de
58 € (58 euros) par jour, versée en euros sur le lieu de la date. C'est la seule
somme en euros de la tournée : le cachet, les suppléments et les allocations
restent payés en soles. Le per diem en soles n'est pas versé les jours où
l'indemnité en euros l'est.

2. Voyage et hébergement

L'employeur organise et paie le voyage en car et l'hébergement en chambre double.
Les patins et les costumes voyagent dans le camion de la production ; chaque
artiste garde avec lui ses lames de rechange et ses protège-lames. Le départ
d'Ardenport a lieu le matin du 14 février 2027, le retour le soir du 20 février.

3. Spectacles à l'étranger

Les spectacles à l'étranger sont payés au taux de l'annexe R, en soles, comme à la
maison, avec les suppléments de la convention (journée à deux spectacles, vols,
prime de durée de tournée). La glace des deux arénas étrangères est préparée par
leur propre équipe ; le technicien de glace d'Aurora vérifie la température
avant chaque spectacle, et les règles de la convention sur les vols s'appliquent.

4. À faire avant le départ

- vérifier que sa carte d'identité de Lunestre est valable jusqu'en mars 2027 ;
- donner au délégué de tournée un numéro où l'on peut vous joindre ;
- rendre au régisseur la fiche de chambre remplie avant le 5 février 2027.

Le délégué de tournée répond aux questions pendant toute la tournée. Au retour, le
bureau de Rivebelle rembourse sur justificatif les frais de transport entre
l'aréna d'Ardenport et le domicile quand le car arrive après minuit.

Pour l'Union : Noé Abernathy-Lacroix, délégué de tournée
"""


def memo_bytes() -> bytes:
    return MEMO.encode("iso8859_15")


# ---- the chat export --------------------------------------------------------------------------

_CHAT = [
    (
        "18:02",
        "Jonas Brevik",
        "salut tout le monde, qqn sait combien on touche pour une "
        "journée à deux spectacles ? je crois que c'est 30,00 S/ de supplément",
    ),
    (
        "18:04",
        "Aïcha Ferrand-Nowak",
        "moi aussi on m'a dit 30,00 S/, c'était dans l'ancienne convention non ?",
    ),
    (
        "18:09",
        "Noé Abernathy-Lacroix (délégué UAPL)",
        "Non, 30,00 S/ c'est faux. Le "
        "supplément de journée à deux spectacles est de 35,00 S/ (article 4.5 de la "
        "convention 2026-2029), en plus des deux cachets. L'accord intérimaire donnait "
        "32,00 S/, et il ne s'applique plus depuis le 1er novembre.",
    ),
    ("18:10", "Jonas Brevik", "ok merci, je corrige dans le groupe de la troupe"),
    (
        "18:11",
        "Aïcha Ferrand-Nowak",
        "et le supplément aérien ? dans l'accord intérimaire "
        "y a un commentaire qui parle de 58,00 S/ par vol",
    ),
    (
        "18:14",
        "Noé Abernathy-Lacroix (délégué UAPL)",
        "Le commentaire dans l'accord "
        "intérimaire, c'était notre proposition pour la convention finale : elle n'a pas été "
        "adoptée. La convention donne 52,00 S/ par vol quand le harnais monte au-dessus de "
        "3,5 m.",
    ),
    ("18:16", "Jonas Brevik", "et la 2e hausse du cachet d'ensemble, c'est pour quand ?"),
    (
        "18:19",
        "Noé Abernathy-Lacroix (délégué UAPL)",
        "le 12/03/27 : c'est écrit "
        "jour/mois/année, donc le 12 mars 2027. D'ici là, c'est 214,50 S/ par spectacle.",
    ),
    (
        "18:22",
        "Lila Moreau-Achebe",
        "la glace d'entraînement à Ardenport c'est fermé en ce moment ?",
    ),
    (
        "18:24",
        "Noé Abernathy-Lacroix (délégué UAPL)",
        "oui, pendant les travaux de "
        "l'aréna, voir l'avenant n° 1 : on s'entraîne à Northgate en attendant.",
    ),
    (
        "18:25",
        "Maëlle Kowalczyk-Diallo",
        f"rappel : la caisse d'entraide de l'Union a "
        f"18{NNB}000 soles pour la saison (c'est-à-dire 18{NNB}000,00 S/ : dix-huit mille "
        f"soles). Les demandes passent par le bureau de Rivebelle.",
    ),
    ("18:27", "Jonas Brevik", "top, merci à vous deux"),
    ("18:31", "Lila Moreau-Achebe", "dernière question : le bureau répond le samedi ?"),
    (
        "18:33",
        "Maëlle Kowalczyk-Diallo",
        "non, du lundi au vendredi seulement ; le samedi, écrivez ici et on vous répond lundi.",
    ),
]
CHAT_HEAD = (
    "Export du canal #patineurs-entraide – serveur de l'UAPL\n"
    "Exporté le 2026-12-04 à 19:05 (heure de Rivebelle) – 14 messages\n"
    "Format : [date heure] nom : message\n"
)


def chat_text() -> str:
    lines = [f"[2026-12-04 {t}] {who} : {text}" for t, who, text in _CHAT]
    return CHAT_HEAD + "\n" + "\n".join(lines) + "\n"


def chat_bytes() -> bytes:
    return chat_text().encode("utf-8")


# ---- the distractor: a skate shop ------------------------------------------------------------

SHOP = """BLADEWORKS SKATE SHOP
Sharpening, boots and blades - 41 Millrace Lane, Ardenport
Price list, winter 2026-27. Prices in soles (S/), tax included.

SHARPENING
  Standard sharpening, figure blades .................. S/ 14.90
  Sharpening while you wait (20 minutes) .............. S/ 19.40
  Blade profiling to a 7 ft rocker .................... S/ 39.70
  Rust removal and polishing .......................... S/ 12.90
  Season card: ten sharpenings ........................ S/ 129.00

BOOTS
  Beginner figure boots ............................... S/ 189.00
  Intermediate boots, heat-mouldable .................. S/ 389.00
  Professional boots, made to measure ................. S/ 612.00
  Heat-moulding of boots bought elsewhere ............. S/ 44.90
  Boot stretching, per boot ........................... S/ 17.30

BLADES AND ACCESSORIES
  Freestyle blades, mounted ........................... S/ 274.00
  Blade mounting only ................................. S/ 31.60
  Hard guards, per pair ............................... S/ 11.80
  Soft guards (soakers), per pair ..................... S/ 13.70
  Laces, per pair ..................................... S/ 3.70
  Gel insoles ......................................... S/ 27.60
  Roller and inline wheels, set of eight .............. S/ 83.40

RENTAL
  Skates for a day .................................... S/ 8.90
  Skates for a week ................................... S/ 42.70

SERVICES
  Blade alignment check, per pair ..................... S/ 9.60
  Replacing a heel or sole plate ...................... S/ 24.30
  Engraving a name on the blade ....................... S/ 6.70
  Drying and deodorising boots overnight .............. S/ 7.90

TERMS
  Skates left for sharpening are kept for thirty days.
  Boots ordered to measure: a deposit of S/ 150.50, the rest on delivery.
  We do not sharpen blades that are cracked or bent.
  Groups of ten skaters or more: ask for a quote.

Opening hours: Tuesday to Saturday, 10:00 to 19:00. Closed on Sundays and Mondays.
Phone 041-559-802. Bladeworks - sharpening skates in Ardenport since 1998.
Bring your skates dry and with their guards off; we sharpen in the order they arrive.
"""


def shop_bytes() -> bytes:
    return SHOP.encode("utf-8")


def build() -> None:
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    for out, data in (
        (NOTE_OUT, note_bytes()),
        (MEMO_OUT, memo_bytes()),
        (CHAT_OUT, chat_bytes()),
        (SHOP_OUT, shop_bytes()),
    ):
        with open(out, "wb") as f:
            f.write(data)
        print("wrote", out, len(data), "bytes")


if __name__ == "__main__":
    build()
