#!/usr/bin/env python3
"""Build the two Word documents of union-u (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-u/make_docx.py    # python-docx is in the venv

- docs/gdrp-rate-memorandum-2025-26.docx: the Rate Memorandum 2025-26 (last season, Oct. 1,
  2025 to Sep. 30, 2026), English, consolidated edition of February 16, 2026. Schedule A is
  a Word table whose FIRST COLUMN IS MERGED vertically for the four rows raised on March 1,
  2026 by the mid-season review (A-1, A-2, A-7, A-8): the role spans two rows, one per
  period ("Oct. 1/25 – Feb. 28/26", "Mar. 1/26 – Sep. 30/26"). Schedules B and C are two
  smaller tables. Amounts are written the English way with a dollar sign and cents
  ("$1,040.00"); superscript footnote markers (¹, ²) sit after the unit, never beside an
  amount. It is replaced from October 1, 2026 by the Mémorandum tarifaire 2026-2027 (an
  HTML page in docs/).
- docs/lettre-entente-no-2-2026.docx: Lettre d'entente n° 2 (Letter of Understanding No. 2),
  French, signed at Belcourt on 20/10/2026, ratified on 30/10/2026, in force on 01/11/2026:
  Art. 9.6 of the Agreement (promotional use of confessional outtakes without consent)
  DELETED; Art. 12.4(c) (Window 4, broadcast outside the Federation) raised from 5 % to 7 %
  for broadcasts from 1er novembre 2026 (5 % for earlier ones); Art. 17.3 (the kept
  sequestration allowance, "soixante-cinq dollars (65,00 $)" a day, written in words),
  Art. 9 bis and Art. 15 unchanged; no retroactivity; a Word table sums it up.

`memorandum_text()` and `lettre_text()` return the same text for check_set.py (one
paragraph or table row per line, cells joined by " | "; the merged role cell once, in the
first of its rows). The output is byte-for-byte reproducible (fixed core properties and
zip timestamps).
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MEMO_OUT = os.path.join(HERE, "docs", "gdrp-rate-memorandum-2025-26.docx")
LETTRE_OUT = os.path.join(HERE, "docs", "lettre-entente-no-2-2026.docx")

SEASON = "Oct. 1/25 – Sep. 30/26"
BEFORE = "Oct. 1/25 – Feb. 28/26"
AFTER = "Mar. 1/26 – Sep. 30/26"

SCHEDULE_A_HEADER = ["Role and row", "Period", "Unit", "Minimum fee"]
# one list per role: [role, [(period, unit, amount), ...]]; two periods = a merged role cell
SCHEDULE_A: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "A-1 Cast member, 22-minute episode",
        [(BEFORE, "per episode", "$610.00"), (AFTER, "per episode", "$640.00")],
    ),
    (
        "A-2 Cast member, 44-minute episode",
        [(BEFORE, "per episode", "$1,040.00"), (AFTER, "per episode", "$1,090.00")],
    ),
    ("A-3 Cast member, confessional day", [(SEASON, "per day", "$285.00")]),
    ("A-4 Host, 22-minute episode", [(SEASON, "per episode", "$1,450.00")]),
    ("A-5 Host, 44-minute episode", [(SEASON, "per episode", "$2,380.00")]),
    (
        "A-6 Documentary host or presenter",
        [(SEASON, "per documentary hour", "$2,950.00")],
    ),
    (
        "A-7 Re-enactment principal",
        [(BEFORE, "per day", "$780.00"), (AFTER, "per day", "$815.00")],
    ),
    (
        "A-8 Re-enactment background",
        [(BEFORE, "per day", "$240.00"), (AFTER, "per day", "$255.00")],
    ),
    ("A-9 Narrator", [(SEASON, "per finished minute", "$21.50")]),
    ("A-10 Narrator", [(SEASON, "minimum per recording session¹", "$430.00")]),
    ("A-11 Audio-description narrator", [(SEASON, "per programme hour²", "$365.00")]),
    ("A-12 Voice double", [(SEASON, "per session of up to 2 hours", "$395.00")]),
]
SCHEDULE_B_HEADER = ["Row", "Item", "Amount"]
SCHEDULE_B: list[list[str]] = [
    [
        "B-1",
        "Cast member – rerun fee per episode and per broadcast window (Art. 12.5)",
        "$88.00",
    ],
    ["B-2", "Confessional day cancelled less than 24 hours before the call", "100% of A-3"],
    ["B-3", "Re-enactment day cancelled less than 48 hours before the call", "50% of A-7 or A-8"],
]
SCHEDULE_C_HEADER = ["Row", "Item", "Amount"]
SCHEDULE_C: list[list[str]] = [
    [
        "C-1",
        "Synthetic narration, first language – per finished programme hour",
        "$1,150.00",
    ],
    [
        "C-2",
        "Synthetic narration, each additional language – per finished programme hour",
        "$575.00",
    ],
    ["C-3", "Reference performance for an AI recreation – per day", "$890.00"],
    [
        "C-4",
        "Licence for generated re-enactment footage – minimum per performer and per programme",
        "$1,600.00",
    ],
    ["C-5", "Review of synthetic narration (Appendix 1, row W-9) – per hour", "$120.00"],
]

MEMO: list[tuple[str, str]] = [
    ("title", "Rate Memorandum 2025-26"),
    (
        "sub",
        "GDRP–RFPA Joint Rates Committee. Season 2025-26 (Oct. 1/25 – Sep. 30/26). Issued "
        "with the Factual and Reality Television Agreement 2025–2028 (Art. 4.3). "
        "Consolidated edition of February 16, 2026, including the mid-season review of "
        "Art. 4.4.",
    ),
    ("h", "1. Purpose"),
    (
        "p",
        "This Rate Memorandum sets the minimum fees of the 2025-26 production season under "
        "Article 4 of the Agreement. It has three schedules: Schedule A (minimum fees), "
        "Schedule B (rerun fees of cast members and cancellation) and Schedule C (AI and "
        "synthetic-media fees, to which Art. 15.3, 15.4 and 15.6 of the Agreement refer). "
        "Amounts are in Canadian dollars and are minimums: a contract may pay more.",
    ),
    ("h", "2. Mid-season review"),
    (
        "p",
        "At its meeting of February 10, 2026, the Committee raised rows A-1, A-2, A-7 and A-8 "
        "from March 1, 2026 (Art. 4.4 of the Agreement). In Schedule A those rows show two "
        "periods: the first amount applies to work done up to February 28, 2026, the second "
        "to work done from March 1, 2026. An episode is paid at the amount in force on its "
        "first shoot day. All the other rows apply for the whole season.",
    ),
    ("h", "3. Schedule A – Minimum fees"),
    ("table", "A"),
    (
        "p",
        "¹ The session minimum applies when the finished minutes of a session, paid at row "
        "A-9, come to less. Pick-ups within thirty days are paid at this minimum (Art. 14.1).",
    ),
    (
        "p",
        "² A programme shorter than one hour counts as one programme hour (Art. 2.1(g)); the "
        "minimum call is that of Appendix 1, row W-7, of the Agreement.",
    ),
    ("h", "4. Schedule B – Cast rerun fees and cancellation"),
    ("table", "B"),
    (
        "p",
        "Row B-1 replaces, for cast members, the percentages of Art. 12.4 of the Agreement. It "
        "is paid for each episode licensed in Window 2, Window 3 or a territory of Window 4.",
    ),
    ("h", "5. Schedule C – AI and synthetic-media fees"),
    ("table", "C"),
    (
        "p",
        "Rows C-1 and C-2 are paid per finished programme hour and per language version, a "
        "shorter programme counting as one hour (Art. 15.3(c)). Row C-4 is a minimum for a "
        "new licence under Art. 15.6; without such a licence no generated re-enactment "
        "footage may be based on a performer's earlier re-enactments.",
    ),
    ("h", "6. Next season"),
    (
        "p",
        "The Committee will issue the Rate Memorandum for season 2026-27 before September 15, "
        "2026. It will replace this Rate Memorandum from October 1, 2026; work done up to "
        "September 30, 2026 stays paid under this one.",
    ),
    (
        "p",
        "For the GDRP: Héloïse Dunmore, General Secretary. For the RFPA: Céleste "
        "Arsenault-Whitby, Director of Labour Relations.",
    ),
]

LETTRE_TABLE: list[list[str]] = [
    ["Disposition", "Jusqu'au 31 octobre 2026", "À compter du 1er novembre 2026"],
    [
        "Art. 9.6 (chutes de confessionnal dans la promotion)",
        "permis sans autre consentement",
        "supprimé : consentement écrit (formulaire CF-2)",
    ],
    [
        "Art. 12.4(c) (fenêtre 4, diffusion hors de la Fédération)",
        "5 % du cachet initial par territoire",
        "7 % du cachet initial par territoire",
    ],
    [
        "Art. 17.3 (clause 14.2, indemnité de séquestration)",
        "maintenu",
        "maintenu, sans changement",
    ],
]

LETTRE: list[tuple[str, str]] = [
    ("title", "Lettre d'entente n° 2"),
    (
        "sub",
        "modifiant l'Entente sur la télévision factuelle et la téléréalité 2025–2028 (Factual "
        "and Reality Television Agreement 2025–2028), entre la Guilde des interprètes du "
        "documentaire et de la téléréalité (GIDT) et l'Association des producteurs factuels "
        "de Rivemont (APFR). Version française ; la version anglaise a la même valeur.",
    ),
    ("h", "Préambule"),
    (
        "p",
        "Les parties ont conclu l'Entente le 18 septembre 2025 pour la période du 1er octobre "
        "2025 au 30 septembre 2028. L'art. 18.1 de l'Entente prévoit qu'elle ne peut être "
        "modifiée que par une lettre d'entente signée par les parties et ratifiée par les "
        "membres de la Guilde. La Lettre d'entente n° 1 (calendrier des pourparlers de "
        "mi-parcours sur l'intelligence artificielle) reste en vigueur. Le Mémorandum "
        "tarifaire 2026-2027, en vigueur depuis le 01/10/2026, n'est pas modifié par la "
        "présente lettre.",
    ),
    ("h", "Article 1 – Suppression de l'art. 9.6"),
    (
        "p",
        "1.1 L'art. 9.6 de l'Entente (utilisation de chutes de confessionnal dans les bandes "
        "annonces et les extraits promotionnels sans autre consentement) est supprimé à "
        "compter du 1er novembre 2026.",
    ),
    (
        "p",
        "1.2 À compter de cette date, le producteur ne peut utiliser une chute de "
        "confessionnal dans une bande-annonce ou un extrait promotionnel qu'avec le "
        "consentement écrit du ou de la participante, donné sur le formulaire CF-2 pour "
        "chaque extrait.",
    ),
    (
        "p",
        "1.3 Le matériel promotionnel diffusé pour la première fois avant le 01/11/2026 n'est "
        "pas visé et peut continuer d'être diffusé.",
    ),
    ("h", "Article 2 – Modification de l'art. 12.4(c)"),
    (
        "p",
        "2.1 À l'art. 12.4(c) de l'Entente, les mots « cinq pour cent (5 %) » sont remplacés "
        "par les mots « sept pour cent (7 %) ».",
    ),
    (
        "p",
        "2.2 Le nouveau pourcentage s'applique aux diffusions de la fenêtre 4 (diffusion hors "
        "de la Fédération, par territoire) qui ont lieu à compter du 1er novembre 2026. Les "
        "diffusions qui ont eu lieu jusqu'au 31 octobre 2026 restent payées à 5 %, même si "
        "le paiement est fait après cette date.",
    ),
    (
        "p",
        "2.3 Les pourcentages des fenêtres 2 et 3 (art. 12.4(a) et 12.4(b)) et l'indemnité "
        "forfaitaire des participants (art. 12.5 et ligne B-1 du Mémorandum tarifaire) ne "
        "changent pas.",
    ),
    ("h", "Article 3 – Dispositions maintenues"),
    (
        "p",
        "3.1 L'art. 17.3 de l'Entente n'est pas modifié : la clause 14.2 de l'entente "
        "2022-2025 (indemnité de séquestration de soixante-cinq dollars (65,00 $) par jour de "
        "séquestration, en plus du cachet par épisode) demeure en vigueur jusqu'au 30 "
        "septembre 2028.",
    ),
    (
        "p",
        "3.2 L'art. 9 bis (interdiction d'entraîner un modèle avec des confessionnaux) et "
        "l'art. 15 (intelligence artificielle) ne sont pas modifiés.",
    ),
    ("h", "Article 4 – Entrée en vigueur"),
    (
        "p",
        "4.1 La présente lettre entre en vigueur le 01/11/2026. Elle n'a pas d'effet rétroactif.",
    ),
    (
        "p",
        "4.2 Signée à Belcourt le 20/10/2026. Ratifiée par les membres de la GIDT au terme "
        "d'un vote électronique clos le 30/10/2026, par 92,4 % des voix exprimées.",
    ),
    ("h", "Tableau récapitulatif"),
    ("table", "lettre"),
    (
        "p",
        "Pour la GIDT : Marguerite Oyelaran-Bouchard, présidente, et Tobias "
        "Ferland-Nakamura, responsable de l'IA et des droits numériques. Pour l'APFR : Graham "
        "Pelletier-Voss, président.",
    ),
]

TABLES: dict[str, tuple[list[str], list[list[str]]]] = {
    "B": (SCHEDULE_B_HEADER, SCHEDULE_B),
    "C": (SCHEDULE_C_HEADER, SCHEDULE_C),
    "lettre": (LETTRE_TABLE[0], LETTRE_TABLE[1:]),
}


def _row_text(row: list[str]) -> str:
    return " | ".join(row)


def schedule_a_rows() -> list[list[str]]:
    """Schedule A as printed: the role in the first of its rows, empty in the second."""
    rows = []
    for role, periods in SCHEDULE_A:
        for i, (period, unit, amount) in enumerate(periods):
            rows.append([role if i == 0 else "", period, unit, amount])
    return rows


def _text(blocks: list[tuple[str, str]]) -> str:
    lines = []
    for kind, text in blocks:
        if kind == "table":
            if text == "A":
                lines.append(_row_text(SCHEDULE_A_HEADER))
                lines += [_row_text(r) for r in schedule_a_rows()]
            else:
                header, rows = TABLES[text]
                lines += [_row_text(header)] + [_row_text(r) for r in rows]
        else:
            lines.append(text)
    return "\n".join(lines)


def memorandum_text() -> str:
    return _text(MEMO)


def lettre_text() -> str:
    return _text(LETTRE)


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


def _bold_header(cells, header: list[str]) -> None:
    for c, text in zip(cells, header, strict=True):
        c.text = text
        c.paragraphs[0].runs[0].bold = True


def _table_a(doc) -> None:
    table = doc.add_table(rows=0, cols=len(SCHEDULE_A_HEADER))
    table.style = "Table Grid"
    _bold_header(table.add_row().cells, SCHEDULE_A_HEADER)
    for role, periods in SCHEDULE_A:
        first = len(table.rows)
        for period, unit, amount in periods:
            cells = table.add_row().cells
            cells[1].text = period
            cells[2].text = unit
            cells[3].text = amount
        top = table.cell(first, 0)
        if len(periods) > 1:
            top = top.merge(table.cell(first + len(periods) - 1, 0))
        top.text = role


def _table(doc, name: str) -> None:
    header, rows = TABLES[name]
    table = doc.add_table(rows=0, cols=len(header))
    table.style = "Table Grid"
    _bold_header(table.add_row().cells, header)
    for row in rows:
        for c, text in zip(table.add_row().cells, row, strict=True):
            c.text = text


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
            if text == "A":
                _table_a(doc)
            else:
                _table(doc, text)
        else:
            doc.add_paragraph(text)
    _save(doc, out, when)


def build() -> None:
    _build(
        MEMO,
        MEMO_OUT,
        "Rate Memorandum 2025-26",
        "GDRP-RFPA Joint Rates Committee",
        "en-CA",
        datetime.datetime(2026, 2, 16, 12, 0, 0),
        "GDRP / RFPA – Rate Memorandum 2025-26 – season Oct. 1/25 to Sep. 30/26",
    )
    _build(
        LETTRE,
        LETTRE_OUT,
        "Lettre d'entente n° 2 - Entente 2025-2028",
        "GIDT / APFR",
        "fr-CA",
        datetime.datetime(2026, 10, 20, 12, 0, 0),
        "GIDT / APFR – Lettre d'entente n° 2 – en vigueur le 01/11/2026",
    )


if __name__ == "__main__":
    build()
