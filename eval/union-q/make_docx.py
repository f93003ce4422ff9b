#!/usr/bin/env python3
"""Build the two Word documents of union-q (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-q/make_docx.py    # python-docx is in the venv

- docs/protocole-accord-no-1-2026.docx: Protocole d'accord n° 1 (French), signed at
  Brémontal on 9 octobre 2026 and ratified on 30 octobre 2026, amending the Lyric Stage
  Agreement 2025-2028: Art. 17.6 (archive recordings) deleted from 1er novembre 2026;
  row AI-4 (synthetic choir) 340,00 EUR from 1er novembre 2026 (written in words too);
  row AI-8 (post-editing of machine surtitle drafts) 75 % of row T-1 for orders from
  1er janvier 2027 (60 % until then); row AI-9 and the kept-in-force seniority supplement
  (Art. 22.3) unchanged; no retroactivity; a Word table sums it up.
- docs/resume-accord-2021-2025-expire.docx: a French summary of the expired Lyric Stage
  Agreement 2021-2025 (marked EXPIRÉ in the title and the page header), with the
  2024-2025 fees in a Word table and the old rules; its Art. 11.4 is the one clause kept
  in force.

`protocole_text()` and `summary_text()` return the same text for check_set.py (one
paragraph or table row per line, cells joined by " | "). The output is byte-for-byte
reproducible (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROTOCOLE_OUT = os.path.join(HERE, "docs", "protocole-accord-no-1-2026.docx")
SUMMARY_OUT = os.path.join(HERE, "docs", "resume-accord-2021-2025-expire.docx")
SUMMARY_PAGE_HEADER = "EXPIRÉ le 31 août 2025 – document d'archive de l'UALV"

# (kind, text): "title", "sub", "h" (a heading), "p" (a paragraph), "table" (index in TABLES)
PROTOCOLE: list[tuple[str, str]] = [
    ("title", "Protocole d'accord n° 1"),
    (
        "sub",
        "modifiant l'Accord sur la scène lyrique 2025-2028 (en anglais : Lyric Stage Agreement "
        "2025–2028)",
    ),
    (
        "p",
        "Entre l'Union des artistes lyriques de la Vireille (UALV ; en anglais LAUV), "
        "représentée par sa présidente Albane Duvernoy-Kest, et le Conseil des employeurs "
        "lyriques de la Vireille (CELV ; en anglais VLEC), représenté par son président Gérald "
        "Fontmarty.",
    ),
    ("h", "Préambule"),
    (
        "p",
        "Les parties ont signé l'Accord le 27 juin 2025 pour la période du 1er septembre 2025 "
        "au 31 août 2028. La saison 2026-2027 a commencé le 1er septembre 2026 ; le barème "
        "2026-2027 s'applique depuis cette date et le présent protocole ne le modifie pas. "
        "Après trois séances du comité mixte consacrées aux modèles vocaux, aux chœurs de "
        "synthèse et à la traduction automatique des surtitres, les parties conviennent de ce "
        "qui suit, conformément à l'article 22.4 de l'Accord.",
    ),
    ("h", "Article premier – Enregistrements d'archives (art. 17.6 de l'Accord)"),
    (
        "p",
        "1.1 L'article 17.6 de l'Accord, qui permettait d'utiliser sans le cachet de la ligne "
        "AI-2 des enregistrements de représentations antérieurs au 1er septembre 2025 pour "
        "entraîner le modèle vocal de l'employeur, est abrogé à compter du 1er novembre 2026.",
    ),
    (
        "p",
        "1.2 À compter de cette date, tout entraînement sur des enregistrements d'archives exige "
        "le consentement écrit distinct et le cachet prévus à l'article 17.3 a) et à la ligne "
        "AI-2 de l'annexe A, quelle que soit la date de l'enregistrement.",
    ),
    (
        "p",
        "1.3 Un modèle déjà entraîné en application de l'ancien article 17.6 est, au plus tard "
        "le 28 février 2027, soit couvert par le consentement écrit de chaque artiste concerné "
        "et par le cachet de la ligne AI-2, soit supprimé selon l'article 17.9 et confirmé sur "
        "le formulaire VM-3.",
    ),
    ("h", "Article 2 – Chœurs de synthèse (ligne AI-4 de l'annexe A)"),
    (
        "p",
        "2.1 À compter du 1er novembre 2026, chaque choriste dont la voix est intégrée à un chœur "
        "de synthèse reçoit, pour chaque production, un cachet de trois cent quarante euros "
        "(340,00 EUR).",
    ),
    (
        "p",
        "2.2 Pour une production dont la première représentation a eu lieu avant le 1er novembre "
        "2026, le cachet de 312,50 EUR prévu à l'annexe A reste dû pour cette production.",
    ),
    (
        "p",
        "2.3 Le chœur de synthèse reste soumis à l'article 17.5 de l'Accord : il ne prend jamais "
        "la place du chœur dans une représentation annoncée comme étant en direct, et il n'est "
        "entendu en coulisse qu'avec l'accord du délégué du chœur.",
    ),
    ("h", "Article 3 – Post-édition des surtitres (ligne AI-8 de l'annexe A)"),
    (
        "p",
        "3.1 La post-édition d'une ébauche de traduction automatique de surtitres est payée, par "
        "page de 25 titres : a) 60 % du tarif de la ligne T-1 pour les commandes passées "
        "jusqu'au 31 décembre 2026 ; b) 75 % du tarif de la ligne T-1 pour les commandes "
        "passées à compter du 1er janvier 2027.",
    ),
    (
        "p",
        "3.2 Avec le barème 2026-2027 (ligne T-1 : 39,90 EUR par page), cela représente 23,94 EUR "
        "par page pour une commande passée jusqu'au 31 décembre 2026, et 29,93 EUR par page "
        "(montant arrondi au centime supérieur) pour une commande passée à compter du "
        "1er janvier 2027.",
    ),
    (
        "p",
        "3.3 La date de la commande est celle du bon de commande écrit adressé au traducteur ou "
        "à la traductrice. L'accord du traducteur exigé par l'article 18.3 a) reste nécessaire "
        "pour chaque production.",
    ),
    ("h", "Article 4 – Audiodescription (ligne AI-9 de l'annexe A)"),
    (
        "p",
        "La post-édition d'une ébauche automatique d'audiodescription reste payée à 70 % du tarif "
        "de la ligne AD-1. Le présent protocole ne touche pas la ligne AI-9.",
    ),
    ("h", "Article 5 – Disposition maintenue de l'Accord 2021-2025"),
    (
        "p",
        "Le présent protocole ne touche pas l'article 22.3 de l'Accord. L'article 11.4 de "
        "l'Accord sur la scène lyrique 2021-2025 (supplément d'ancienneté de 4 % des choristes "
        "qui comptaient au moins cinq saisons chez le même employeur au 31 août 2025), maintenu "
        "par cet article 22.3, demeure en vigueur jusqu'au 31 août 2028.",
    ),
    ("h", "Article 6 – Tableau récapitulatif"),
    ("table", "0"),
    ("h", "Article 7 – Entrée en vigueur"),
    (
        "p",
        "7.1 Le présent protocole prend effet à la date de sa ratification par les membres de "
        "l'UALV. Ses articles 1 et 2 s'appliquent à compter du 1er novembre 2026 et son article 3 "
        "à compter du 1er janvier 2027.",
    ),
    ("p", "7.2 Le présent protocole n'a pas d'effet rétroactif."),
    (
        "p",
        "7.3 Toutes les autres dispositions de l'Accord, de son annexe A et du barème 2026-2027 "
        "restent inchangées.",
    ),
    (
        "p",
        "Fait à Brémontal, le 9 octobre 2026, en deux exemplaires originaux. Pour l'UALV : Albane "
        "Duvernoy-Kest, présidente. Pour le CELV : Gérald Fontmarty, président.",
    ),
    (
        "p",
        "Ratification : vote électronique des membres de l'UALV clos le 30 octobre 2026 ; "
        "résultat publié le 2 novembre 2026.",
    ),
]

SUMMARY: list[tuple[str, str]] = [
    ("title", "EXPIRÉ – Accord sur la scène lyrique 2021-2025 : résumé pour les membres"),
    (
        "sub",
        "Document d'archive préparé par le bureau de l'UALV à Saint-Ysoret en septembre 2023 et "
        "mis à jour le 1er septembre 2025, à l'expiration de l'accord. Ne pas utiliser pour "
        "calculer un cachet actuel.",
    ),
    ("h", "Statut"),
    (
        "p",
        "L'Accord sur la scène lyrique 2021-2025 a couvert les saisons 2021-2022 à 2024-2025 et "
        "a expiré le 31 août 2025. Il est remplacé par l'Accord sur la scène lyrique 2025-2028 "
        "(article 22.2 de ce dernier), à une exception près : son article 11.4 (supplément "
        "d'ancienneté) est maintenu en vigueur par l'article 22.3 du nouvel accord.",
    ),
    ("h", "Cachets de la saison 2024-2025 (dernière saison de l'accord expiré)"),
    ("table", "1"),
    (
        "p",
        "Ces montants ne s'appliquent plus depuis le 1er septembre 2025. La page de surtitres "
        "comptait alors trente titres.",
    ),
    ("h", "Services et heures supplémentaires"),
    (
        "p",
        "Un service durait au plus trois heures et demie. Les heures supplémentaires étaient "
        "payées par tranche de trente minutes. Un choriste pouvait être appelé pour neuf services "
        "par semaine sans supplément.",
    ),
    ("h", "Paiement"),
    (
        "p",
        "Les cachets étaient payés dans les soixante (60) jours suivant le dernier service ; un "
        "retard portait intérêt à 0,5 % par mois.",
    ),
    ("h", "Voix de synthèse et enregistrements"),
    (
        "p",
        "L'accord expiré prévoyait un cachet unique et forfaitaire de 875,00 € pour toute "
        "utilisation de la voix de synthèse (clonage vocal) d'un soliste, sans limite de durée "
        "ni de production. Aucun consentement distinct n'était exigé pour entraîner un modèle "
        "sur des enregistrements de répétition ou de représentation. Les données étaient "
        "supprimées dans les cent quatre-vingts (180) jours suivant une demande écrite. "
        "L'accord ne disait rien des chœurs de synthèse ni de l'étiquetage.",
    ),
    ("h", "Surtitres et audiodescription"),
    (
        "p",
        "La post-édition d'une ébauche de traduction automatique était payée à 50 % du tarif "
        "par page, sans accord préalable du traducteur, et le traducteur n'était pas crédité "
        "lorsque l'ébauche venait d'une machine.",
    ),
    ("h", "Tournées"),
    (
        "p",
        "Per diem de 52,00 € par jour à plus de quatre-vingts kilomètres du domicile ; voiture "
        "personnelle : 0,36 € par km.",
    ),
    ("h", "Griefs"),
    ("p", "Un grief devait être déposé dans les soixante (60) jours suivant les faits."),
    ("h", "Article 11.4 – Supplément d'ancienneté (maintenu en vigueur)"),
    (
        "p",
        "Le choriste qui compte au moins cinq (5) saisons chez le même employeur reçoit un "
        "supplément de 4 % sur chaque cachet de service et de semaine d'engagement payé par cet "
        "employeur. Cet article reste en vigueur après l'expiration de l'accord pour les "
        "choristes qui remplissaient la condition au 31 août 2025 (article 22.3 de l'Accord "
        "2025-2028).",
    ),
    ("h", "Où trouver les règles actuelles"),
    (
        "p",
        "Accord sur la scène lyrique 2025-2028 et son annexe A ; barème de la saison en cours ; "
        "Protocole d'accord n° 1 (2026). Bureau de Saint-Ysoret : 4, rue des Vanniers.",
    ),
]

TABLES: list[list[list[str]]] = [
    [
        ["Disposition", "Avant le changement", "Après le changement", "Date d'effet"],
        ["Art. 17.6 (enregistrements d'archives)", "en vigueur", "abrogé", "1er novembre 2026"],
        [
            "Ligne AI-4 (chœur de synthèse, par choriste et par production)",
            "312,50 EUR",
            "340,00 EUR",
            "1er novembre 2026",
        ],
        [
            "Ligne AI-8 (post-édition des surtitres, par page)",
            "60 % de T-1, soit 23,94 EUR",
            "75 % de T-1, soit 29,93 EUR",
            "commandes passées à compter du 1er janvier 2027",
        ],
        [
            "Ligne AI-9 (post-édition de l'audiodescription)",
            "70 % de AD-1",
            "70 % de AD-1 (inchangé)",
            "sans objet",
        ],
        [
            "Art. 22.3 (supplément d'ancienneté de 4 %)",
            "en vigueur",
            "en vigueur (inchangé)",
            "sans objet",
        ],
    ],
    [
        ["Poste", "Unité", "Saison 2024-2025"],
        ["Choriste", "par service", "94,20 €"],
        ["Choriste, semaine d'engagement (neuf services)", "par semaine", "715,00 €"],
        ["Soliste, catégorie A", "par représentation", "1.226,00 €"],
        ["Soliste, catégorie B", "par représentation", "808,50 €"],
        ["Soliste, catégorie C", "par représentation", "489,90 €"],
        ["Doublure", "par production", "1.098,00 €"],
        ["Musicien supplémentaire, tutti", "par service", "107,60 €"],
        ["Musicien supplémentaire, chef de pupitre", "par service", "134,50 €"],
        ["Traduction des surtitres", "par page de trente titres", "36,80 €"],
        ["Script d'audiodescription", "par minute", "7,05 €"],
        ["Audiodescription en direct", "par représentation", "252,00 €"],
    ],
]


def _row_text(row: list[str]) -> str:
    return " | ".join(row)


def _text(blocks: list[tuple[str, str]]) -> str:
    lines = []
    for kind, text in blocks:
        if kind == "table":
            lines += [_row_text(r) for r in TABLES[int(text)]]
        else:
            lines.append(text)
    return "\n".join(lines)


def protocole_text() -> str:
    return _text(PROTOCOLE)


def summary_text() -> str:
    return _text(SUMMARY)


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


def _build(blocks, out: str, title: str, when: datetime.datetime, page_header: str | None):
    import docx  # python-docx

    doc = docx.Document()
    _props(doc, title, "UALV / LAUV", "fr-FR", when)
    if page_header:
        doc.sections[0].header.paragraphs[0].text = page_header
    for kind, text in blocks:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "table":
            _table(doc, TABLES[int(text)])
        else:
            doc.add_paragraph(text)
    _save(doc, out, when)


def build() -> None:
    _build(
        PROTOCOLE,
        PROTOCOLE_OUT,
        "Protocole d'accord n° 1 - Accord sur la scène lyrique 2025-2028",
        datetime.datetime(2026, 10, 9, 12, 0, 0),
        None,
    )
    _build(
        SUMMARY,
        SUMMARY_OUT,
        "EXPIRÉ - Résumé de l'Accord sur la scène lyrique 2021-2025",
        datetime.datetime(2025, 9, 1, 12, 0, 0),
        SUMMARY_PAGE_HEADER,
    )


if __name__ == "__main__":
    build()
