#!/usr/bin/env python3
"""Build the two Word documents of union-v (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-v/make_docx.py    # python-docx is in the venv

- docs/oaap-rate-schedule-2025-26.docx: the Rate Schedule 2025/26 (last rate year,
  6 April 2025 to 5 April 2026), English, issued on 6th April 2025. Its rates are
  TAB-LEADER LINES, not a table: each rate is one paragraph "label<TAB>amount" with a
  right-aligned tab stop whose leader is dots ("Prompt session – minimum ....... £85.00"
  as printed). Only Annex 2 (synthetic media fees) is an ordinary Word table. Amounts are
  written "£1,180.00"; small amounts in pence ("75p (£0.75)"). It is replaced from
  6 April 2026 by the Rate Schedule 2026/27 (a PDF in docs/).
- docs/lettre-accord-no-1-2026.docx: Lettre d'accord n° 1 (Side Letter No. 1), French,
  signed at Port Halloran on 14 October 2026, ratified on 27 October 2026, in force on
  1 November 2026 (01.11.2026): cl. 8.6 of the Agreement (no cancellation fee when the
  ferries are suspended) DELETED; cl. 9.3 (late-night premium) raised from 25 % to 30 %
  for hours worked from 1 November 2026 (25 % for earlier hours); cl. 19.3 (the kept
  island crossing allowance, written in words and figures, "42,50 £") and Clause 14
  unchanged; no retroactivity. Paragraphs only.

`schedule_text()` and `lettre_text()` return the same text for check_set.py (one
paragraph or table row per line, a tab-leader line as "label<TAB>amount", table cells
joined by " | "). The output is byte-for-byte reproducible (fixed core properties and zip
timestamps).
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEDULE_OUT = os.path.join(HERE, "docs", "oaap-rate-schedule-2025-26.docx")
LETTRE_OUT = os.path.join(HERE, "docs", "lettre-accord-no-1-2026.docx")

# (kind, text): "title", "sub", "h" (heading), "p" (paragraph), "rate" (a tab-leader line:
# label and amount separated by a TAB), "table" (Annex 2)
SCHEDULE: list[tuple[str, str]] = [
    ("title", "Rate Schedule 2025/26"),
    (
        "sub",
        "OAAP–TSCC Joint Rates Panel. Applied Performance Agreement 2025–2028, Clause 4.2. "
        "Rate year 2025/26: 6 April 2025 to 5 April 2026. Issued on 6th April 2025.",
    ),
    ("h", "Introduction"),
    (
        "p",
        "This Rate Schedule sets the minimum rates of the rate year 2025/26 under Clause 4 "
        "of the Agreement, by kind of work and role. Amounts are in pounds sterling and are "
        "minimums: an individual contract may pay more. Premiums (Clause 9), travel time "
        "(Clause 10) and cancellation fees (Clause 8) are set by the Agreement. All rates "
        "below apply for the whole rate year; there is no mid-year change in 2025/26.",
    ),
    ("h", "1. Simulated patients"),
    ("rate", "Simulated patient, standard – per hour\t£26.00"),
    ("rate", "Simulated patient, standard – per session (up to 3.5 hours)\t£87.50"),
    ("rate", "Simulated patient with physical examination – per hour\t£33.00"),
    ("rate", "Simulated patient with physical examination – per session\t£112.00"),
    ("rate", "Feedback debrief (one learner, up to 15 minutes) – each\t£18.50"),
    (
        "p",
        "The rate with physical examination applies to the whole session as soon as one "
        "examination is performed (cl. 9.1). Debriefs are paid in addition.",
    ),
    ("h", "2. Role-play actors"),
    ("rate", "Role-play actor, police training – per hour\t£30.00"),
    ("rate", "Role-play actor, police training – per session\t£101.00"),
    ("rate", "Role-play actor, customer-service training – per hour\t£24.00"),
    ("rate", "Role-play actor, customer-service training – per session\t£79.50"),
    ("h", "3. Corporate presenters and e-learning narrators"),
    ("rate", "Corporate presenter – half day (up to 4 hours)\t£310.00"),
    ("rate", "Corporate presenter – full day (up to 8 hours)\t£545.00"),
    ("rate", "E-learning narrator – per finished minute\t£6.20"),
    ("h", "4. IVR prompts and announcements"),
    ("rate", "IVR prompt – per prompt\t75p (£0.75)"),
    ("rate", "Prompt session – minimum\t£85.00"),
    ("rate", "Announcement voice – per station list (up to 40 names)\t£640.00"),
    ("rate", "Station names beyond forty – per name\t£9.00"),
    (
        "p",
        "A prompt session is paid the minimum above whatever the number of prompts recorded "
        "(cl. 6.2(d)); when the prompts recorded, at 75p each, come to more, the per-prompt "
        "total is paid.",
    ),
    ("h", "5. Annex 1 – Other fees"),
    ("rate", "Perpetual-use buy-out of a prompt (cl. 12.5)\t150% of the per-prompt rate"),
    ("rate", "Renewal of a prompt licence for five years (cl. 12.4)\t50% of the per-prompt rate"),
    ("rate", "Corporate presenter, each hour beyond a full day\tone eighth of the full-day rate"),
    ("h", "6. Annex 2 – Synthetic media fees (Clause 14)"),
    ("table", "annex2"),
    (
        "p",
        "Row AI-1 is paid every year for each channel and each language in which the TTS "
        "voice is used (Clause 14.2(b)). Row AI-2 is paid for each finished module in which "
        "an avatar presenter appears (Clause 14.3(b)).",
    ),
    ("h", "7. Next rate year"),
    (
        "p",
        "The Rate Schedule 2026/27 will replace this Rate Schedule from 6th April 2026. Work "
        "done up to 5 April 2026 stays payable under this one, whenever it is invoiced.",
    ),
    (
        "p",
        "For the OAAP: Étienne Kerhervé-Sloane, General Secretary. For the TSCC: Fionnuala "
        "Brisebois, Director of Employment Relations.",
    ),
]

ANNEX2_HEADER = ["Row", "Synthetic media item", "Fee 2025/26"]
ANNEX2: list[list[str]] = [
    [
        "AI-1",
        "Text-to-speech voice built from a prompt voice – annual licence, per channel and per "
        "language",
        "£1,180.00",
    ],
    ["AI-2", "Avatar presenter – per finished module", "£262.00"],
    ["AI-3", "Synthetic update of an existing prompt – per updated prompt", "40p (£0.40)"],
    ["AI-4", "Reference recording session, up to 4 hours", "£198.00"],
    ["AI-5", "Virtual-patient licence (Clause 14.4)", "separate licence, form VP-2"],
]

LETTRE: list[tuple[str, str]] = [
    ("title", "Lettre d'accord n° 1"),
    (
        "sub",
        "modifiant l'Accord sur l'interprétation appliquée 2025–2028 (Applied Performance "
        "Agreement 2025–2028), entre l'Association orrinaise des interprètes appliqués (AOIA) "
        "et le Conseil des clients de la formation et de la simulation d'Orrin (CCFS). "
        "Version française ; la version anglaise (Side Letter No. 1) a la même valeur.",
    ),
    ("h", "Préambule"),
    (
        "p",
        "Les parties ont conclu l'Accord le 20 mars 2025 pour la période du 6 avril 2025 au "
        "5 avril 2028. La clause 18.1 de l'Accord prévoit qu'il ne peut être modifié que par "
        "une lettre d'accord signée par les parties et ratifiée par les membres de "
        "l'Association. Au cours de l'année tarifaire 2026-2027, les membres ont signalé de "
        "nombreuses séances annulées à la dernière minute lors de la suspension des "
        "traversiers, ainsi qu'une hausse du travail de nuit dans les centres de simulation "
        "et à l'Académie de police d'Orrin.",
    ),
    (
        "p",
        "Le Barème tarifaire 2026/27 (Rate Schedule 2026/27), en vigueur depuis le 6 avril "
        "2026, et sa révision de mi-année du 1er novembre 2026 ne sont pas modifiés par la "
        "présente lettre.",
    ),
    ("h", "Article 1 – Suppression de la clause 8.6"),
    (
        "p",
        "1.1 La clause 8.6 de l'Accord (intempéries : aucune indemnité d'annulation lorsque "
        "le client annule parce que les traversiers sont suspendus) est supprimée à compter "
        "du 1er novembre 2026.",
    ),
    (
        "p",
        "1.2 À compter de cette date, une réservation annulée pour ce motif est payée selon "
        "le barème de la clause 8.1 : moins de 48 heures de préavis : 100 % du cachet "
        "réservé ; de 2 à 7 jours : 50 % ; plus de 7 jours : rien. La clause 8.3 (nouvelle "
        "date dans les quatorze jours) s'applique.",
    ),
    (
        "p",
        "1.3 Une annulation notifiée jusqu'au 31 octobre 2026 reste régie par l'ancienne "
        "clause 8.6, même si la séance devait avoir lieu après cette date.",
    ),
    ("h", "Article 2 – Modification de la clause 9.3"),
    (
        "p",
        "2.1 À la clause 9.3 de l'Accord, les mots « vingt-cinq pour cent (25 %) » sont "
        "remplacés par les mots « trente pour cent (30 %) ».",
    ),
    (
        "p",
        "2.2 La prime de nuit de 30 % s'applique aux heures travaillées entre 22 h et 6 h à "
        "compter du 1er novembre 2026. Les heures travaillées jusqu'au 31 octobre 2026 "
        "restent majorées de 25 %, même si elles sont payées après cette date.",
    ),
    (
        "p",
        "2.3 La prime d'intensité de la clause 9.2 et la règle de la clause 9.4 (primes "
        "calculées sur le tarif de base, additionnées et non composées) ne changent pas.",
    ),
    ("h", "Article 3 – Dispositions maintenues"),
    (
        "p",
        "3.1 La clause 19.3 de l'Accord n'est pas modifiée : la clause 12.3 de l'accord "
        "2022-2025 (indemnité de traversée vers une île extérieure de quarante-deux livres "
        "cinquante (42,50 £) par traversée aller-retour) demeure en vigueur jusqu'au "
        "5 avril 2028.",
    ),
    (
        "p",
        "3.2 La clause 14 (médias synthétiques), notamment l'interdiction de la clause 14.4 "
        "(patients virtuels), n'est pas modifiée.",
    ),
    ("h", "Article 4 – Entrée en vigueur"),
    (
        "p",
        "4.1 La présente lettre entre en vigueur le 1er novembre 2026 (01.11.2026). Elle n'a "
        "pas d'effet rétroactif.",
    ),
    (
        "p",
        "4.2 Signée à Port Halloran le 14 octobre 2026. Ratifiée par les membres de l'AOIA au "
        "terme d'un vote électronique clos le 27 octobre 2026, par 91,2 % des voix "
        "exprimées.",
    ),
    (
        "p",
        "Pour l'AOIA : Morwenna Achterberg-Doyle, présidente, et Étienne Kerhervé-Sloane, "
        "secrétaire général. Pour le CCFS : Alistair Penhaligon-Roux, président.",
    ),
]


def _row_text(row: list[str]) -> str:
    return " | ".join(row)


def _text(blocks: list[tuple[str, str]]) -> str:
    lines = []
    for kind, text in blocks:
        if kind == "table":
            lines += [_row_text(ANNEX2_HEADER)] + [_row_text(r) for r in ANNEX2]
        else:
            lines.append(text)
    return "\n".join(lines)


def schedule_text() -> str:
    return _text(SCHEDULE)


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


def _rate_line(doc, text: str) -> None:
    """A tab-leader line: the label, a TAB to a right tab stop with dot leaders, the amount."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm

    label, amount = text.split("\t")
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    p.paragraph_format.space_after = 0
    p.add_run(label)
    p.add_run("\t")
    p.add_run(amount).bold = True


def _table(doc) -> None:
    table = doc.add_table(rows=0, cols=len(ANNEX2_HEADER))
    table.style = "Table Grid"
    cells = table.add_row().cells
    for c, text in zip(cells, ANNEX2_HEADER, strict=True):
        c.text = text
        c.paragraphs[0].runs[0].bold = True
    for row in ANNEX2:
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
        elif kind == "rate":
            _rate_line(doc, text)
        elif kind == "table":
            _table(doc)
        else:
            doc.add_paragraph(text)
    _save(doc, out, when)


def build() -> None:
    _build(
        SCHEDULE,
        SCHEDULE_OUT,
        "Rate Schedule 2025/26",
        "OAAP-TSCC Joint Rates Panel",
        "en-GB",
        datetime.datetime(2025, 4, 6, 12, 0, 0),
        "OAAP / TSCC – Rate Schedule 2025/26 – rate year 6 April 2025 to 5 April 2026",
    )
    _build(
        LETTRE,
        LETTRE_OUT,
        "Lettre d'accord n° 1 - Accord 2025-2028",
        "AOIA / CCFS",
        "fr-FR",
        datetime.datetime(2026, 10, 14, 12, 0, 0),
        "AOIA / CCFS – Lettre d'accord n° 1 – en vigueur le 01.11.2026",
    )


if __name__ == "__main__":
    build()
