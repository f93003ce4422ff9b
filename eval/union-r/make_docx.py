#!/usr/bin/env python3
"""Build the two Word documents of union-r (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-r/make_docx.py    # python-docx is in the venv

- docs/bareme-cachets-2026-2027-rate-schedule.docx: the Barème des cachets 2026-2027
  (Rate Schedule 2026/27), French, one Word table; amounts written the French way with a
  NO-BREAK SPACE (U+00A0) as thousands separator and before "Rs" ("2 940,00 Rs"); every
  row applies from 01/07/2026 except row S-3 (race commentator), which has two rows of its
  own: 12 150,00 Rs "du 01/07/2026 au 31/12/2026" and 12 900,00 Rs "à compter du
  01/01/2027". It replaces the Rate Schedule 2025/26 (a PDF) from 1 July 2026 and says so
  in French and in English.
- docs/avenant-no-1-accord-antenne-2026.docx: Avenant n° 1 (Memorandum of Amendment
  No. 1), French, signed at Port-Cassian on 2 octobre 2026, ratified on 23 octobre 2026,
  in force from 1er novembre 2026: Art. 12.7 (analogue archive used for training without
  the AI-2 fee) deleted; row AI-5 (cloned voice for continuity) 24 500,00 Rs a month,
  also written in words (22 000,00 Rs for months before); the moratorium of Art. 12.4
  extended from 31 décembre 2026 to 30 juin 2028; Art. 12bis and Art. 19.3 unchanged; no
  retroactivity; a Word table sums it up.

`bareme_text()` and `avenant_text()` return the same text for check_set.py (one paragraph
or table row per line, cells joined by " | "). The output is byte-for-byte reproducible
(fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
BAREME_OUT = os.path.join(HERE, "docs", "bareme-cachets-2026-2027-rate-schedule.docx")
AVENANT_OUT = os.path.join(HERE, "docs", "avenant-no-1-accord-antenne-2026.docx")
NBSP = "\u00a0"


def rs(amount: str) -> str:
    """ "12 150,00" -> "12 150,00 Rs" with no-break spaces, as a French word processor types it."""
    return amount.replace(" ", NBSP) + NBSP + "Rs"


BAREME_HEADER = ["Code", "Fonction", "Unité", "Cachet 2026-2027", "En vigueur"]
BAREME_ROWS: list[list[str]] = [
    ["P-1", "Animateur·rice radio", "par heure d'antenne", rs("2 940,00"), "01/07/2026"],
    ["P-2", "Animateur·rice télévision", "par heure d'antenne", rs("4 780,00"), "01/07/2026"],
    [
        "P-3",
        "Animateur·rice, engagement hebdomadaire",
        "par semaine",
        rs("39 650,00"),
        "01/07/2026",
    ],
    [
        "P-4",
        "Animateur·rice de magazine ou de documentaire",
        "par épisode",
        rs("16 800,00"),
        "01/07/2026",
    ],
    [
        "N-1",
        "Lecteur·rice de nouvelles, bulletin radio",
        "par bulletin",
        rs("1 285,00"),
        "01/07/2026",
    ],
    [
        "N-2",
        "Lecteur·rice de nouvelles, bulletin télévisé",
        "par bulletin",
        rs("2 460,00"),
        "01/07/2026",
    ],
    [
        "N-3",
        "Lecteur·rice de nouvelles, journal principal (journal télévisé de 19 h)",
        "par bulletin",
        rs("7 180,00"),
        "01/07/2026",
    ],
    [
        "N-4",
        "Lecteur·rice de nouvelles, engagement hebdomadaire",
        "par semaine",
        rs("32 850,00"),
        "01/07/2026",
    ],
    [
        "S-1",
        "Commentateur·rice sportif·ve, match de football",
        "par match",
        rs("14 680,00"),
        "01/07/2026",
    ],
    ["S-2", "Co-commentateur·rice ou consultant·e", "par match", rs("9 190,00"), "01/07/2026"],
    [
        "S-3",
        "Commentateur·rice de courses hippiques",
        "par réunion de courses",
        rs("12 150,00"),
        "du 01/07/2026 au 31/12/2026",
    ],
    [
        "S-3",
        "Commentateur·rice de courses hippiques",
        "par réunion de courses",
        rs("12 900,00"),
        "à compter du 01/01/2027",
    ],
    [
        "S-4",
        "Commentateur·rice sportif·ve, autres sports",
        "par heure d'antenne",
        rs("3 600,00"),
        "01/07/2026",
    ],
    [
        "W-1",
        "Présentateur·rice météo, bulletin télévisé",
        "par bulletin",
        rs("2 030,00"),
        "01/07/2026",
    ],
    [
        "W-2",
        "Présentateur·rice météo, engagement hebdomadaire",
        "par semaine",
        rs("25 100,00"),
        "01/07/2026",
    ],
    ["C-1", "Speaker·ine de continuité", "par heure d'antenne", rs("1 530,00"), "01/07/2026"],
    [
        "C-2",
        "Speaker·ine de continuité, engagement hebdomadaire",
        "par semaine",
        rs("22 300,00"),
        "01/07/2026",
    ],
    [
        "O-1",
        "Heures supplémentaires, fonctions payées au bulletin, au match ou à la réunion",
        "par tranche de 30 minutes",
        rs("1 190,00"),
        "01/07/2026",
    ],
]
BAREME_REPLACES_FR = "Le présent barème remplace le barème 2025/26 à compter du 1er juillet 2026."
BAREME_REPLACES_EN = "This Rate Schedule replaces Rate Schedule 2025/26 from 1 July 2026."

AVENANT_TABLE: list[list[str]] = [
    ["Disposition", "Jusqu'au 31 octobre 2026", "À compter du 1er novembre 2026"],
    [
        "Art. 12.7 (archives analogiques antérieures au 1er juillet 2015)",
        "entraînement sans la ligne AI-2",
        "supprimé ; art. 12.6 et ligne AI-2",
    ],
    [
        "Ligne AI-5 (voix clonée de continuité)",
        rs("22 000,00") + " par mois",
        rs("24 500,00") + " par mois",
    ],
    [
        "Art. 12.4 (moratoire, journaux principaux)",
        "jusqu'au 31 décembre 2026",
        "prorogé jusqu'au 30 juin 2028",
    ],
    ["Art. 12bis, art. 19.3, lignes AI-1 à AI-4 et AI-6 à AI-10", "inchangés", "inchangés"],
]

# (kind, text): "title", "sub", "h" (a heading), "p" (a paragraph), "table" (a key of TABLES)
BAREME: list[tuple[str, str]] = [
    ("title", "Barème des cachets 2026-2027 – Rate Schedule 2026/27"),
    (
        "sub",
        "Comité paritaire des tarifs SAAT / AERT (TBAU / TBEA Joint Rates Committee) – article 6 "
        "de l'Accord sur le travail à l'antenne 2025-2028 (On-Air Agreement 2025–2028)",
    ),
    ("p", BAREME_REPLACES_FR + " " + BAREME_REPLACES_EN),
    (
        "p",
        "Il s'applique à l'exercice 2026-2027, du 1er juillet 2026 au 30 juin 2027, à toutes les "
        "fonctions engagées par RTT, Corail FM et Canal Lagon, sauf la ligne S-3, qui porte sa "
        "propre date d'effet (article 6.3 de l'Accord). Les émissions diffusées jusqu'au 30 juin "
        "2026 restent payées selon le barème 2025/26 ; une émission enregistrée est payée selon "
        "le barème en vigueur le jour de l'enregistrement (article 3.3).",
    ),
    (
        "p",
        "Les montants sont des cachets minimaux en roupies de Tamarande (Rs), avant les "
        "suppléments, primes et indemnités de l'annexe B de l'Accord (présentation bilingue, "
        "dimanche et jours fériés, appel matinal, indemnités de déplacement, supplément "
        "d'ancienneté), qui sont fixés pour toute la durée de l'Accord et ne figurent pas ici. "
        "Les cachets liés à l'intelligence artificielle (lignes AI-1 à AI-10) figurent aussi à "
        "l'annexe B. Chaque cachet est supérieur d'au moins 3 % à celui de la même ligne du "
        "barème 2025/26 (article 6.2).",
    ),
    ("h", "Tableau des cachets minimaux – exercice 2026-2027"),
    ("table", "bareme"),
    ("h", "Notes"),
    (
        "p",
        "Ligne S-3 : à partir de la saison 2027, le Champ de courses de Pointe-aux-Cèdres "
        "organise neuf courses par réunion au lieu de sept. Le cachet de la ligne S-3 est donc de "
        + rs("12 900,00")
        + " pour les réunions de courses à compter du 01/01/2027 ; les réunions "
        "du 01/07/2026 au 31/12/2026 sont payées " + rs("12 150,00") + ". Une réunion est payée "
        "une seule fois, quel que soit le nombre de courses (article 2.1 d) de l'Accord) ; "
        "l'indemnité de cabine de l'annexe B s'y ajoute (article 9.3 c)).",
    ),
    (
        "p",
        "Engagement hebdomadaire (P-3, N-4, W-2, C-2) : jusqu'à cinq services sur sept jours "
        "consécutifs, dans une seule fonction (article 2.2). Heures supplémentaires : pour les "
        "fonctions payées à l'heure d'antenne ou à la semaine, 75 % du cachet horaire par tranche "
        "de 30 minutes (article 8.2) ; la ligne O-1 s'applique aux fonctions payées au bulletin, "
        "au match ou à la réunion de courses (article 8.3).",
    ),
    (
        "p",
        "Les commentaires et animations de flux d'événements en direct (streams) d'ArenaLive "
        "Tamarande ne relèvent pas de ce barème : voir la lettre d'entente n° 1 (Side Letter "
        "No. 1) du 18 septembre 2026.",
    ),
    (
        "p",
        "Exemple : une lectrice de nouvelles de Corail FM lit quatre bulletins radio le "
        "15 septembre 2026 ; elle reçoit au minimum quatre fois le cachet de la ligne N-1 "
        "de l'exercice 2026-2027.",
    ),
    (
        "p",
        "Adopté par le Comité paritaire des tarifs à Port-Cassian le 28 mai 2026. Pour le SAAT : "
        "Owen Fanchette, Kieran Mootoosamy, Sunita Labonne. Pour l'AERT : Arjun "
        "Fontaine-Labrosse, Delphine Ramsamy-Okoro, Trevor Beauchêne. Prochain barème : "
        "exercice 2027-2028, publié avant le 1er juin 2027.",
    ),
]

AVENANT: list[tuple[str, str]] = [
    ("title", "Avenant n° 1 à l'Accord antenne 2025-2028"),
    (
        "sub",
        "Accord sur le travail à l'antenne 2025-2028 – en anglais : Memorandum of Amendment "
        "No. 1 to the On-Air Agreement 2025–2028",
    ),
    (
        "p",
        "Entre le Syndicat des animateurs et annonceurs de Tamarande (SAAT ; en anglais TBAU), "
        "représenté par sa présidente Noémie Baissac-Thornley, et l'Association des employeurs "
        "de la radiodiffusion de Tamarande (AERT ; en anglais TBEA), représentée par sa "
        "présidente Hélène Virassamy-Coote.",
    ),
    ("h", "Préambule"),
    (
        "p",
        "Les parties ont signé l'Accord le 20 juin 2025 pour la période du 1er juillet 2025 au "
        "30 juin 2028. L'article 12.4 prévoit que le Comité paritaire IA réexamine avant le "
        "30 septembre 2026 le moratoire sur les présentateurs de synthèse. Après trois séances "
        "du Comité paritaire IA (les 3 août, 7 septembre et 24 septembre 2026), consacrées au "
        "moratoire, aux archives de RTT et aux voix clonées de continuité, les parties "
        "conviennent de ce qui suit, conformément à l'article 20.3 de l'Accord. Le barème "
        "2026-2027, en vigueur depuis le 1er juillet 2026, n'est pas modifié.",
    ),
    ("h", "Article premier – Archives analogiques (article 12.7 de l'Accord)"),
    (
        "p",
        "L'article 12.7 de l'Accord, qui permettait d'entraîner des modèles sur les "
        "enregistrements antérieurs au 1er juillet 2015 conservés dans les archives analogiques "
        "de RTT sans paiement de la ligne AI-2, est supprimé à compter du 1er novembre 2026.",
    ),
    (
        "p",
        "À compter de cette date, tout entraînement d'un modèle sur ces enregistrements relève "
        "de l'article 12.6 : consentement écrit du présentateur ou de la présentatrice et "
        "paiement de la ligne AI-2 (" + rs("48 000,00") + " par modèle et par exercice). Les "
        "modèles déjà entraînés en vertu de l'ancien article 12.7 sont, au plus tard le "
        "31 janvier 2027, soit couverts par un consentement et le paiement de la ligne AI-2, "
        "soit supprimés avec remise du certificat de suppression (formulaire AI-4).",
    ),
    ("h", "Article 2 – Voix clonées de continuité (ligne AI-5 de l'annexe B)"),
    (
        "p",
        "À compter du 1er novembre 2026, la ligne AI-5 de l'annexe B (voix clonée utilisée pour "
        "les annonces de continuité, article 12.8) est portée de " + rs("22 000,00") + " à "
        "vingt-quatre mille cinq cents roupies (" + rs("24 500,00") + ") par mois "
        "d'utilisation. Les mois d'utilisation antérieurs au 1er novembre 2026 restent payés "
        + rs("22 000,00")
        + ". L'interdiction de l'article 12.8 b) (bulletins d'information, "
        "alertes cycloniques et autres annonces d'urgence) est maintenue.",
    ),
    ("h", "Article 3 – Moratoire sur les journaux principaux (article 12.4 de l'Accord)"),
    (
        "p",
        "Le moratoire de l'article 12.4 est prorogé : aucun présentateur de synthèse ne lit un "
        "journal principal (journal télévisé de 19 h et journal radio de 7 h, article 2.1 b)) "
        "jusqu'au 30 juin 2028, au lieu du 31 décembre 2026. Le Comité paritaire IA fera le "
        "point avant la négociation du prochain accord.",
    ),
    ("h", "Article 4 – Dispositions inchangées"),
    (
        "p",
        "Le présent avenant ne modifie ni l'article 12bis (hypertrucages ou « deepfakes » dans "
        "la publicité), ni l'article 19.3 (supplément d'ancienneté de l'accord 2021-2025 "
        "maintenu en vigueur), ni les lignes AI-1 à AI-4 et AI-6 à AI-10 de l'annexe B. Toutes "
        "les autres dispositions de l'Accord restent applicables.",
    ),
    ("h", "Article 5 – Absence de rétroactivité"),
    (
        "p",
        "Le présent avenant n'a pas d'effet rétroactif : les utilisations, les entraînements et "
        "les mois d'utilisation antérieurs au 1er novembre 2026 restent régis par l'Accord dans "
        "sa version du 20 juin 2025.",
    ),
    ("h", "Article 6 – Signature, ratification et entrée en vigueur"),
    (
        "p",
        "Signé à Port-Cassian le 2 octobre 2026. Ratifié par les membres du SAAT le 23 octobre "
        "2026 par 84,6 % des suffrages exprimés. Le présent avenant entre en vigueur le "
        "1er novembre 2026 et fait partie de l'Accord jusqu'au 30 juin 2028.",
    ),
    ("h", "Tableau récapitulatif"),
    ("table", "avenant"),
    (
        "p",
        "Pour le SAAT : Noémie Baissac-Thornley, présidente ; Rajiv Delorme-Ancel, secrétaire "
        "général ; Sunita Labonne, responsable des droits numériques. Pour l'AERT : Hélène "
        "Virassamy-Coote, présidente ; Arjun Fontaine-Labrosse, directeur des ressources "
        "humaines de RTT.",
    ),
]

TABLES: dict[str, list[list[str]]] = {
    "bareme": [BAREME_HEADER, *BAREME_ROWS],
    "avenant": AVENANT_TABLE,
}


def _row_text(row: list[str]) -> str:
    return " | ".join(row)


def _text(blocks: list[tuple[str, str]]) -> str:
    lines = []
    for kind, text in blocks:
        if kind == "table":
            lines += [_row_text(r) for r in TABLES[text]]
        else:
            lines.append(text)
    return "\n".join(lines)


def bareme_text() -> str:
    return _text(BAREME)


def avenant_text() -> str:
    return _text(AVENANT)


def _props(doc, title: str, author: str, lang: str, when: datetime.datetime) -> None:
    props = doc.core_properties
    props.title = title
    props.author = author
    props.created = when
    props.modified = when
    props.last_modified_by = author
    props.revision = 1
    props.language = lang


def _save(doc, out: str, when: datetime.datetime) -> None:
    buf = io.BytesIO()
    doc.save(buf)
    stamp = (when.year, when.month, when.day, 12, 0, 0)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    print("wrote", out)


def _table(doc, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for c, text in zip(cells, row, strict=True):
            c.text = text
            if i == 0:
                c.paragraphs[0].runs[0].bold = True


def _build(blocks, out: str, title: str, when: datetime.datetime, page_header: str) -> None:
    import docx  # python-docx

    doc = docx.Document()
    _props(doc, title, "SAAT / TBAU", "fr-FR", when)
    doc.sections[0].header.paragraphs[0].text = page_header
    for kind, text in blocks:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "table":
            _table(doc, TABLES[text])
        else:
            doc.add_paragraph(text)
    _save(doc, out, when)


def build() -> None:
    _build(
        BAREME,
        BAREME_OUT,
        "Barème des cachets 2026-2027 - Rate Schedule 2026/27",
        datetime.datetime(2026, 5, 28, 12, 0, 0),
        "SAAT / AERT – Barème des cachets 2026-2027 – en vigueur le 1er juillet 2026",
    )
    _build(
        AVENANT,
        AVENANT_OUT,
        "Avenant n° 1 - Accord antenne 2025-2028",
        datetime.datetime(2026, 10, 2, 12, 0, 0),
        "Avenant n° 1 à l'Accord antenne 2025-2028 – en vigueur le 1er novembre 2026",
    )


if __name__ == "__main__":
    build()
