#!/usr/bin/env python3
"""Build the two Word documents of union-ab (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ab/make_docx.py    # python-docx is in the venv

- docs/bareme-annee-universitaire-2025-2026.docx: last academic year's rate schedule
  (année universitaire 2025-2026), in French, replaced on 01.09.2026. A CAPTION paragraph
  (style "Caption") states the period above the table. The table is NESTED: the outer table
  has one row per trade, and its second cell holds an inner table (unit | amount). Amounts
  are written "1.180,00 zł" (dot thousands, decimal comma, the currency after). A reader
  that takes a cell's text without its nested tables (python-docx's `cell.text`) loses
  every amount.
- docs/lettre-ia-droits-des-comediens-2026-11-16.docx: a letter to members on their AI
  rights, in French, with a TRACKED CHANGE on a figure: the separate fee for training an AI
  tutoring or assessment system was "1 800 zł" (deleted, in w:del / w:delText) and is
  "2 100 zł" (inserted, in w:ins), adopted by the Joint AI Committee. Only the inserted one
  is right. python-docx's `paragraph.text` reads neither (runs inside w:ins are not direct
  children of the paragraph). The letter also mentions the rejected "perpetual simulation
  licence" (a one-off buyout, never a rate), "douze et demi pour cent" and "formulaire PL-7".

`schedule_text()` and `letter_text()` return the text for check_set.py (one paragraph or
table row per line, cells joined by " | "; the letter with the inserted figure, not the
deleted one). Fixed dates, so the output is byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEDULE_OUT = os.path.join(HERE, "docs", "bareme-annee-universitaire-2025-2026.docx")
LETTER_OUT = os.path.join(HERE, "docs", "lettre-ia-droits-des-comediens-2026-11-16.docx")
NB = "\u00a0"

CAPTION = (
    "Tableau 1 – Cachets de l'année universitaire 2025-2026, en vigueur du 01.09.2025 au 31.08.2026"
)
OUTER_HEAD = ["Métier", "Cachets (unité | montant)"]
# (trade, [(unit, amount), ...]): the unit/amount pairs form the nested table of the row
SCHEDULE_ROWS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Patient standardisé (PS)",
        [
            ("Par heure de simulation", "148,00 zł"),
            ("Séance d'examen physique, par heure", "176,00 zł"),
        ],
    ),
    (
        "Associé à l'enseignement des examens intimes (AEEI)",
        [("Par heure de simulation", "268,00 zł")],
    ),
    (
        "Comédien de jeu de rôle (police, tribunal, négociation de crise)",
        [("Par demi-journée (jusqu'à 4 heures)", "640,00 zł"), ("Par journée", "1.180,00 zł")],
    ),
    (
        "Comédien de centre d'évaluation et de formation en entreprise",
        [("Par évaluation", "310,00 zł"), ("Par journée", "1.090,00 zł")],
    ),
    (
        "Interprète historique (musée, immersion)",
        [("Par service (jusqu'à 6 heures)", "505,00 zł")],
    ),
]

SCHEDULE: list[tuple[str, str]] = [
    ("title", "Barème des cachets – année universitaire 2025-2026"),
    (
        "sub",
        "Comité paritaire des tarifs GCSL / AESL – document d'archive. Ce barème s'appliquait "
        "du 01.09.2025 au 31.08.2026 ; il a été remplacé le 01.09.2026 par le barème de "
        "l'année universitaire 2026-2027.",
    ),
    (
        "p",
        "Ce barème fixe les cachets minimaux des membres de la Guilde des comédiens de "
        "simulation de Lesvanie (GCSL) engagés par les membres de l'Association des employeurs "
        "de la simulation de Lesvanie (AESL) pendant la première année de la convention "
        "2025-2028. Les montants sont en złotys lesvaniens, par unité, avant les primes de "
        "l'annexe A de la convention.",
    ),
    ("caption", CAPTION),
    ("table", ""),
    ("h", "Comment lire ce barème"),
    (
        "p",
        "Chaque métier occupe une ligne ; ses cachets figurent dans le tableau de la seconde "
        "colonne, une unité par ligne. Le temps de préparation et de lecture du scénario est "
        "payé au tarif de la séance, et le retour aux apprenants et le débreffage par tranches "
        "de 15 minutes, au même tarif.",
    ),
    (
        "p",
        "Un patient standardisé ou un associé est payé pour au moins 2 heures de simulation "
        "par convocation. Un comédien de jeu de rôle est engagé à la demi-journée ou à la "
        "journée ; une demi-journée qui dépasse 4 heures est payée comme une journée.",
    ),
    (
        "p",
        "Les frais de déplacement et de repas suivent le relevé des indemnités de chaque "
        "région. Les primes (fin de semaine, soirée, jour férié, scénario à haute intensité, "
        "réservation tardive) et l'essayage de costume figurent à l'annexe A de la convention "
        "et ne changent pas d'une année à l'autre.",
    ),
    ("h", "Et depuis le 01.09.2026 ?"),
    (
        "p",
        "Les cachets de l'année universitaire 2026-2027 sont ceux du barème publié par le "
        "Comité pour cette année-là, avec des hausses par paliers au 1.IX.2026, au 1.I.2027 et "
        "au 1.IX.2027. Les montants ci-dessus ne valent que pour le travail fait jusqu'au "
        "31.08.2026.",
    ),
]

LETTER_FEE_BEFORE = (
    "Le Comité paritaire de l'IA a fixé ce cachet distinct pour l'année universitaire 2026-2027 à "
)
LETTER_FEE_DELETED = f"1{NB}800 zł"
LETTER_FEE_INSERTED = f"2{NB}100 zł"
LETTER_FEE_AFTER = (
    " par système et par année universitaire, en plus de tous vos autres cachets. La "
    "modification a été faite par la Guilde après la réunion du Comité du 12 novembre 2026."
)
TRACK_AUTHOR = "Ines Kowalczyk-Dufour"
TRACK_DATE = "2026-11-13T09:30:00Z"

LETTER: list[tuple[str, str]] = [
    ("title", "Vos droits quand l'intelligence artificielle apprend de vos séances"),
    (
        "sub",
        "Lettre aux membres de la GCSL – Port-Maren, le lundi 16 novembre 2026",
    ),
    ("p", "Chères et chers membres,"),
    (
        "p",
        "De plus en plus de facultés et d'écoles de police nous demandent d'enregistrer nos "
        "séances pour bâtir des patients virtuels, entraîner des tuteurs automatiques ou "
        "noter les apprenants. La partie III de la convention 2025-2028 (articles 15 à 21) "
        "vous protège. Voici ce qu'il faut savoir cette année universitaire 2026-2027.",
    ),
    ("h", "1. Les avatars de patients virtuels"),
    (
        "p",
        "Un avatar de patient virtuel ne peut être construit à partir de vos séances "
        "enregistrées qu'avec votre consentement, donné projet par projet. Un consentement "
        "pour un projet ne vaut ni pour un autre projet ni pour un autre employeur. La "
        "redevance de licence annuelle est celle de l'annexe A de la convention.",
    ),
    ("h", "2. Votre voix et votre image pour entraîner une IA"),
    (
        "p",
        "L'utilisation de votre voix ou de votre image pour entraîner un système d'IA de "
        "tutorat ou d'évaluation se fait uniquement sur adhésion volontaire, par écrit : "
        "votre silence n'est jamais un consentement. Si vous acceptez, vous touchez un "
        "cachet distinct pour chaque système.",
    ),
    ("fee", ""),
    ("h", "3. Les séances enregistrées qui servent à noter les apprenants"),
    (
        "p",
        "Quand une séance enregistrée sert à noter automatiquement les apprenants, vous avez "
        "le droit d'en être informé avant le début de la séance et de savoir quels "
        "enregistrements ont été utilisés. L'enregistrement est conservé au plus 18 mois, "
        "puis supprimé. Les vidéos de formation, elles, demandent votre accord écrit pour "
        "chaque enregistrement, sur le formulaire PL-7.",
    ),
    ("h", "4. Les rôles synthétiques"),
    (
        "p",
        "Dans chaque cours, au moins trois comédiens humains doivent être engagés pour chaque "
        "rôle synthétique. L'employeur qui veut moins de comédiens doit donner à la Guilde un "
        "préavis écrit de 120 jours et négocier. Chaque scénario synthétique est annoncé aux "
        "apprenants dès son début, à l'écran et à voix haute.",
    ),
    ("h", "5. Pas de rachat de vos droits"),
    (
        "p",
        f"L'AESL avait proposé une « licence de simulation perpétuelle » : un rachat unique de "
        f"15{NB}000 zł contre tous les usages futurs de vos enregistrements. Cette proposition a "
        "été rejetée par les membres. La convention interdit d'ailleurs tout rachat de "
        "consentement par un paiement unique (article 21).",
    ),
    ("h", "6. Un rappel hors IA"),
    (
        "p",
        "La prime de scénario à haute intensité des comédiens de jeu de rôle est de douze et "
        "demi pour cent du cachet de la demi-journée ou de la journée. Vérifiez vos relevés.",
    ),
    (
        "p",
        "Pour toute question, écrivez au bureau des membres ou passez nous voir à la Maison "
        "de la Guilde, 12, rue des Tisserands, à Port-Maren.",
    ),
    ("p", "Solidairement,"),
    (
        "p",
        "Ines Kowalczyk-Dufour, responsable de l'intelligence artificielle, pour le Conseil "
        "de la GCSL",
    ),
]


def schedule_text() -> str:
    lines = []
    for kind, text in SCHEDULE:
        if kind == "table":
            lines.append(" | ".join(OUTER_HEAD))
            for trade, units in SCHEDULE_ROWS:
                lines.append(trade)
                lines += [f"{u} | {a}" for u, a in units]
        else:
            lines.append(text)
    return "\n".join(lines)


def letter_text() -> str:
    lines = []
    for kind, text in LETTER:
        if kind == "fee":
            lines.append(LETTER_FEE_BEFORE + LETTER_FEE_INSERTED + LETTER_FEE_AFTER)
        else:
            lines.append(text)
    return "\n".join(lines)


def _props(doc, title: str, author: str, when: datetime.datetime) -> None:
    props = doc.core_properties
    props.title = title
    props.author = author
    props.created = when
    props.modified = when
    props.last_modified_by = author
    props.revision = 1
    props.language = "fr-FR"


def _save(doc, out: str, when: datetime.datetime) -> None:
    """Save with fixed zip dates."""
    buf = io.BytesIO()
    doc.save(buf)
    stamp = (when.year, when.month, when.day, 12, 0, 0)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    print("wrote", out)


def _start(title: str, header: str, when: datetime.datetime):
    import docx  # python-docx

    doc = docx.Document()
    _props(doc, title, "GCSL", when)
    doc.sections[0].header.paragraphs[0].text = header
    return doc


def build_schedule() -> None:
    when = datetime.datetime(2025, 8, 20, 12, 0, 0)
    doc = _start(
        "Barème des cachets – année universitaire 2025-2026",
        "GCSL / AESL – Barème de l'année universitaire 2025-2026 (remplacé le 01.09.2026)",
        when,
    )
    for kind, text in SCHEDULE:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "caption":
            doc.add_paragraph(text, style="Caption")
        elif kind == "table":
            table = doc.add_table(rows=1 + len(SCHEDULE_ROWS), cols=2)
            table.style = "Table Grid"
            for c, h in enumerate(OUTER_HEAD):
                table.cell(0, c).paragraphs[0].add_run(h).bold = True
            for i, (trade, units) in enumerate(SCHEDULE_ROWS, start=1):
                table.cell(i, 0).paragraphs[0].add_run(trade)
                cell = table.cell(i, 1)
                inner = cell.add_table(rows=len(units), cols=2)  # the nested table
                inner.style = "Table Grid"
                for r, (unit, amount) in enumerate(units):
                    inner.cell(r, 0).paragraphs[0].add_run(unit)
                    inner.cell(r, 1).paragraphs[0].add_run(amount)
        else:
            doc.add_paragraph(text)
    _save(doc, SCHEDULE_OUT, when)


def _tracked_change(paragraph, deleted: str, inserted: str) -> None:
    """Append <w:del> (the old figure, as w:delText) and <w:ins> (the new one)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for tag, text_tag, text, rid in (
        ("w:del", "w:delText", deleted, "901"),
        ("w:ins", "w:t", inserted, "902"),
    ):
        change = OxmlElement(tag)
        change.set(qn("w:id"), rid)
        change.set(qn("w:author"), TRACK_AUTHOR)
        change.set(qn("w:date"), TRACK_DATE)
        run = OxmlElement("w:r")
        t = OxmlElement(text_tag)
        t.set(qn("xml:space"), "preserve")
        t.text = text
        run.append(t)
        change.append(run)
        paragraph._p.append(change)


def build_letter() -> None:
    when = datetime.datetime(2026, 11, 16, 12, 0, 0)
    doc = _start(
        "Vos droits quand l'intelligence artificielle apprend de vos séances",
        "GCSL – Lettre aux membres – 16 novembre 2026",
        when,
    )
    for kind, text in LETTER:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "fee":
            p = doc.add_paragraph()
            p.add_run(LETTER_FEE_BEFORE)
            _tracked_change(p, LETTER_FEE_DELETED, LETTER_FEE_INSERTED)
            p.add_run(LETTER_FEE_AFTER)
        else:
            doc.add_paragraph(text)
    _save(doc, LETTER_OUT, when)


if __name__ == "__main__":
    build_schedule()
    build_letter()
