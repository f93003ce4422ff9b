#!/usr/bin/env python3
"""Build the two Word documents of union-s (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-s/make_docx.py    # python-docx is in the venv

- docs/fsao-rate-schedule-2025-26.docx: the Rate Schedule 2025-26 (last contract year,
  under the expired Stage Agreement 2022-2026), English, one Word table; amounts written
  the English way without decimals ("FL 1,420"), dates written ISO ("2025-04-01"). It is
  replaced from 1 April 2026 by the Barème 2026-2027 (a PDF in docs/).
- docs/avenant-no-1-accord-scene-2026.docx: Avenant n° 1 (Amending Memorandum No. 1),
  French, signed at Vallenbourg on 9 octobre 2026, ratified on 27 octobre 2026, in force
  from 1er novembre 2026: Art. 12.9 (the crowd-scene exception) deleted; row D-4 (a
  digital double per show week of use) raised from 980,00 fl. to 1.150 fl. (also in
  words), and the 2027-28 and 2028-29 columns with it; Article 12bis and Art. 24.2
  unchanged; no retroactivity; a Word table sums it up.

`rate_schedule_text()` and `avenant_text()` return the same text for check_set.py (one
paragraph or table row per line, cells joined by " | "). The output is byte-for-byte
reproducible (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
RATE_SCHEDULE_OUT = os.path.join(HERE, "docs", "fsao-rate-schedule-2025-26.docx")
AVENANT_OUT = os.path.join(HERE, "docs", "avenant-no-1-accord-scene-2026.docx")

RATE_HEADER = ["Code", "Role", "Unit", "Minimum fee 2025-26"]
RATE_ROWS: list[list[str]] = [
    ["R-1", "Actor, repertory company", "per performance", "FL 272"],
    ["R-2", "Actor, rehearsals", "per rehearsal week", "FL 1,420"],
    ["R-3", "Actor engaged by the week", "per show week", "FL 1,960"],
    ["R-4", "Actor on tour", "per show week on tour", "FL 2,070"],
    ["R-5", "Understudy, weekly supplement", "per week", "FL 225"],
    ["R-6", "Understudy, put-on", "per performance", "FL 88"],
    ["R-7", "Swing, weekly engagement", "per week", "FL 2,090"],
    ["R-8", "Swing, put-on", "per performance", "FL 104"],
    ["R-9", "Stage manager (SM)", "per week", "FL 2,170"],
    ["R-10", "Deputy stage manager (DSM), calls the show", "per week", "FL 1,860"],
    ["R-11", "Assistant stage manager (ASM)", "per week", "FL 1,540"],
    ["R-12", "Stage management overtime", "per 30 minutes or part", "FL 36.50"],
    ["R-13", "Rehearsed reading", "per reading", "FL 149"],
]

AVENANT_TABLE: list[list[str]] = [
    ["Disposition", "Jusqu'au 31 octobre 2026", "À compter du 1er novembre 2026"],
    [
        "Art. 12.9 (doubles dans une foule projetée)",
        "utilisation sans la ligne D-3",
        "supprimé ; lignes D-3 ou D-4 et formulaire DD-1",
    ],
    ["Ligne D-4, année contractuelle 2026-2027", "980,00 fl. par semaine", "1.150 fl. par semaine"],
    ["Ligne D-4, année contractuelle 2027-2028", "1.010 fl. par semaine", "1.185 fl. par semaine"],
    ["Ligne D-4, année contractuelle 2028-2029", "1.040 fl. par semaine", "1.220 fl. par semaine"],
    [
        "Article 12bis, art. 24.2, lignes D-1 à D-3 et D-5 à D-12, barème 2026-2027",
        "inchangés",
        "inchangés",
    ],
]

# (kind, text): "title", "sub", "h" (a heading), "p" (a paragraph), "table" (a key of TABLES)
RATE_SCHEDULE: list[tuple[str, str]] = [
    ("title", "Rate Schedule 2025-26"),
    (
        "sub",
        "FSAO / OTPC Joint Rates Committee – made under Article 6 of the Stage Agreement "
        "2022–2026 – English text (a French text, Barème 2025-26, is available at the "
        "Sainte-Aude office)",
    ),
    (
        "p",
        "Valid 2025-04-01 to 2026-03-31 (contract year 2025-26). This Rate Schedule sets the "
        "minimum fees of the actors, understudies, swings and stage management engaged by the "
        "Théâtre Royal de Vallenbourg, the Harrowby Repertory Theatre, the Compagnie du Grand "
        "Tour and the Lanternfield Touring Company for the performances, rehearsals and "
        "put-ons given from 2025-04-01 to 2026-03-31.",
    ),
    (
        "p",
        "Amounts are in Ormeval florins (FL), rounded to the florin except row R-12, and are "
        "paid before the allowances of Schedule 1 of the Stage Agreement 2022–2026 (the tour "
        "per diem beyond 40 km, the Sunday and two-show supplements, and the cover allowance "
        "of Article 9.5). Every row applies from 2025-04-01. A performance is paid at the "
        "schedule in force on the day it is given; a rehearsal week at the schedule in force "
        "on its first day.",
    ),
    ("h", "Minimum fees – contract year 2025-26"),
    ("table", "rates"),
    ("h", "Notes"),
    (
        "p",
        "1. Understudies: the weekly supplement R-5 is due for every show week in which the "
        "understudy covers a role; each put-on R-6 is added to it. An understudy who covers "
        "more than one role also receives the cover allowance of Article 9.5 of the Stage "
        "Agreement 2022–2026 for each additional role.",
    ),
    (
        "p",
        "2. Swings: a swing covers at least three tracks; each put-on is paid at row R-8 in "
        "addition to the weekly fee R-7.",
    ),
    (
        "p",
        "3. Stage management overtime (R-12) is due beyond eleven (11) hours of work in a day "
        "(Article 10.4 of the Stage Agreement 2022–2026), per 30 minutes or part.",
    ),
    (
        "p",
        "4. Fight directors and intimacy directors are engaged on individual contracts and "
        "are not covered by this Rate Schedule. Digital doubles are paid under Article 14 of "
        "the Stage Agreement 2022–2026 (a one-time fee per production), not under this "
        "Rate Schedule.",
    ),
    (
        "p",
        "5. Example: an actor of the Harrowby Repertory Theatre engaged by the performance "
        "plays five performances between 2025-10-06 and 2025-10-12; she is paid at least five "
        "times row R-1.",
    ),
    (
        "p",
        "6. The Stage Agreement 2022–2026 expires on 2026-03-31. Work from 2026-04-01 will be "
        "paid under the agreement that follows it and its first rate barème.",
    ),
    (
        "p",
        "Adopted by the Joint Rates Committee at Vallenbourg on 26 February 2025. For FSAO: "
        "Hamish Delacroix-Burke, Yusuf Marchetti, Clémence Oyelaran. For OTPC: Annika "
        "Strobel-Mensah, Pieter Vandamme-Ossei, Laure Kingsley-Rousset.",
    ),
]

AVENANT: list[tuple[str, str]] = [
    ("title", "Avenant n° 1 à l'Accord de la scène 2026-2029"),
    (
        "sub",
        "Accord de la scène 2026-2029 – en anglais : Amending Memorandum No. 1 to the Stage "
        "Agreement 2026–2029",
    ),
    (
        "p",
        "Entre la Fédération des artistes de la scène d'Ormeval (FASO ; en anglais FSAO), "
        "représentée par sa présidente Margaux Pellerin-Whitcombe, et le Conseil des "
        "producteurs de théâtre d'Ormeval (CPTO ; en anglais OTPC), représenté par son "
        "président Régis Halloran-Dupuy.",
    ),
    ("h", "Préambule"),
    (
        "p",
        "Les parties ont signé l'Accord le 16 mars 2026 pour la période du 1er avril 2026 au "
        "31 mars 2029. Le Comité paritaire IA institué par l'article 20 de l'Accord s'est "
        "réuni les 8 septembre, 22 septembre et 2 octobre 2026 pour examiner l'usage des "
        "doubles numériques dans les foules projetées de « La Maison des Brumes » au Théâtre "
        "Royal de Vallenbourg et le montant de la ligne D-4 de l'annexe A. Les parties "
        "conviennent de ce qui suit, conformément à l'article 23.3 de l'Accord. Le barème "
        "des cachets minimums 2026-2027, en vigueur depuis le 1er avril 2026, n'est pas "
        "modifié.",
    ),
    ("h", "Article premier – Foules projetées (article 12.9 de l'Accord)"),
    (
        "p",
        "L'article 12.9 de l'Accord, qui permettait d'utiliser le double numérique d'un "
        "artiste sans le cachet de la ligne D-3 comme l'une d'au moins vingt silhouettes "
        "d'une foule projetée, est supprimé à compter du 1er novembre 2026.",
    ),
    (
        "p",
        "À compter de cette date, toute utilisation d'un double dans une foule projetée "
        "nécessite le consentement de l'article 12.2 (formulaire DD-1) et est payée selon la "
        "ligne D-3 (par représentation) ou la ligne D-4 (par semaine de spectacle) de "
        "l'annexe A. Les représentations antérieures au 1er novembre 2026 ne donnent lieu à "
        "aucun rappel.",
    ),
    ("h", "Article 2 – Double numérique par semaine de spectacle (ligne D-4 de l'annexe A)"),
    (
        "p",
        "À compter du 1er novembre 2026, le cachet de la ligne D-4 (double numérique utilisé "
        "dans plus de quatre représentations d'une semaine de spectacle, article 12.4 b)) est "
        "porté de 980,00 fl. à mille cent cinquante florins (1.150 fl.) par semaine de "
        "spectacle pour l'année contractuelle 2026-2027. Les colonnes suivantes de la ligne "
        "D-4 deviennent : 1.185 fl. à compter du 1er avril 2027 (au lieu de 1.010 fl.) et "
        "1.220 fl. à compter du 1er avril 2028 (au lieu de 1.040 fl.).",
    ),
    (
        "p",
        "Les semaines de spectacle commencées avant le 1er novembre 2026 restent payées "
        "980,00 fl. La ligne D-3 (par représentation) et le supplément de tournée de la ligne "
        "D-5 (article 12bis.2) ne changent pas ; le supplément de la ligne D-5 s'applique au "
        "nouveau montant de la ligne D-4.",
    ),
    ("h", "Article 3 – Dispositions inchangées"),
    (
        "p",
        "Le présent avenant ne modifie ni l'article 12bis (doubles numériques en tournée), ni "
        "l'article 24.2 (allocation de couverture de l'article 9.5 de l'accord 2022-2026, "
        "maintenue en vigueur), ni les lignes D-1 à D-3 et D-5 à D-12 de l'annexe A. Toutes "
        "les autres dispositions de l'Accord restent applicables.",
    ),
    ("h", "Article 4 – Absence de rétroactivité"),
    (
        "p",
        "Le présent avenant n'a pas d'effet rétroactif : les représentations et les semaines "
        "de spectacle antérieures au 1er novembre 2026 restent régies par l'Accord dans sa "
        "version du 16 mars 2026.",
    ),
    ("h", "Article 5 – Signature, ratification et entrée en vigueur"),
    (
        "p",
        "Signé à Vallenbourg le 9 octobre 2026. Ratifié par les membres de la FASO le "
        "27 octobre 2026 par 88,2 % des suffrages exprimés. Le présent avenant entre en "
        "vigueur le 1er novembre 2026 et fait partie de l'Accord jusqu'au 31 mars 2029.",
    ),
    ("h", "Tableau récapitulatif"),
    ("table", "avenant"),
    (
        "p",
        "Pour la FASO : Margaux Pellerin-Whitcombe, présidente ; Tobias Ferrand-Achebe, "
        "secrétaire général ; Clémence Oyelaran, responsable des droits numériques. Pour le "
        "CPTO : Régis Halloran-Dupuy, président ; Annika Strobel-Mensah, directrice du Théâtre "
        "Royal de Vallenbourg.",
    ),
]

TABLES: dict[str, list[list[str]]] = {
    "rates": [RATE_HEADER, *RATE_ROWS],
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


def rate_schedule_text() -> str:
    return _text(RATE_SCHEDULE)


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


def _build(
    blocks, out: str, title: str, author: str, lang: str, when: datetime.datetime, header: str
) -> None:
    import docx  # python-docx

    doc = docx.Document()
    _props(doc, title, author, lang, when)
    doc.sections[0].header.paragraphs[0].text = header
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
        RATE_SCHEDULE,
        RATE_SCHEDULE_OUT,
        "Rate Schedule 2025-26",
        "FSAO / OTPC Joint Rates Committee",
        "en-GB",
        datetime.datetime(2025, 2, 26, 12, 0, 0),
        "FSAO / OTPC – Rate Schedule 2025-26 – valid 2025-04-01 to 2026-03-31",
    )
    _build(
        AVENANT,
        AVENANT_OUT,
        "Avenant n° 1 - Accord de la scène 2026-2029",
        "FASO / CPTO",
        "fr-FR",
        datetime.datetime(2026, 10, 9, 12, 0, 0),
        "Avenant n° 1 à l'Accord de la scène 2026-2029 – en vigueur le 1er novembre 2026",
    )


if __name__ == "__main__":
    build()
