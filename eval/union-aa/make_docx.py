#!/usr/bin/env python3
"""Build the two Word documents of union-aa (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-aa/make_docx.py    # python-docx is in the venv

- docs/bareme-exercice-2025-2026.docx: the rate schedule of the previous pay year
  (exercice 2025-2026), in French, replaced on 1 avr. 2026. Its table has a row of SECTION
  HEADINGS SPANNING ALL COLUMNS (horizontally merged cells, w:gridSpan="4") above each group,
  and the role column is VERTICALLY MERGED (w:vMerge) over the rows of a role. Amounts are
  written "1.150,00 G" (dot thousands, decimal comma, the G after).
- docs/lettre-consentement-clones-vocaux-2026-11-03.docx: a letter to members about the
  voice-clone consent forms (G-12 per series, G-14 for AI-generated ad reads), in French, with
  a WORD COMMENT (w:comment) anchored on the adopted fee per generated read, "500 gourdes",
  proposing "750 gourdes", which was not adopted. The letter also mentions the rejected
  network-wide voice licence (a one-off buyout, never a rate).

`schedule_text()` and `letter_text()` return the text for check_set.py (one paragraph or
table row per line, cells joined by " | ", merged cells once); `letter_comments()` the
comment. Fixed dates, so the output is byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEDULE_OUT = os.path.join(HERE, "docs", "bareme-exercice-2025-2026.docx")
LETTER_OUT = os.path.join(HERE, "docs", "lettre-consentement-clones-vocaux-2026-11-03.docx")
NB = "\u00a0"

SCHEDULE_HEAD = ["Rôle", "Durée ou unité", "Cachet 2025-2026", "Appel minimum"]
# ("section", heading) rows span the four columns; ("row", role, unit, amount, call) rows;
# a role left "" continues the role cell above (vertical merge)
SCHEDULE_ROWS: list[tuple[str, ...]] = [
    ("section", "Animation de balados – cachet par épisode"),
    ("row", "Animateur ou animatrice", "Épisode de moins de 30 min", "1.150,00 G", "2 heures"),
    ("row", "", "Épisode de 30 à 60 min", "1.800,00 G", "3 heures"),
    ("row", "", "Épisode de plus de 60 min", "2.400,00 G", "4 heures"),
    ("row", "Coanimateur ou coanimatrice", "Épisode de moins de 30 min", "825,00 G", "2 heures"),
    ("row", "", "Épisode de 30 à 60 min", "1.300,00 G", "3 heures"),
    ("row", "", "Épisode de plus de 60 min", "1.750,00 G", "4 heures"),
    ("section", "Publicité lue par l'animateur"),
    (
        "row",
        "Animateur ou animatrice",
        "Par lecture publicitaire et par épisode",
        "600,00 G",
        "une lecture",
    ),
    ("row", "", "Frais « evergreen » (lecture gardée au-delà de 90 jours)", "250,00 G", "aucun"),
    ("section", "Fiction audio"),
    (
        "row",
        "Comédien ou comédienne",
        "Par séance d'enregistrement de 4 heures",
        "2.050,00 G",
        "4 heures",
    ),
    ("row", "", "Résiduel par épisode à chaque rediffusion", "350,00 G", "aucun"),
    ("section", "Bruitage et effets sonores"),
    (
        "row",
        "Bruiteur ou bruiteuse",
        "Par demi-journée (jusqu'à 4 heures)",
        "1.500,00 G",
        "4 heures",
    ),
    ("row", "", "Par journée (jusqu'à 8 heures)", "2.700,00 G", "8 heures"),
    ("section", "ASMR et contenus pour le sommeil"),
    (
        "row",
        "Créateur ou créatrice ASMR",
        "Par heure finie de contenu",
        "1.000,00 G",
        "une heure finie",
    ),
    ("section", "Balados en direct – tournées"),
    ("row", "Artiste de tournée", "Par spectacle", "3.200,00 G", "un spectacle"),
]

SCHEDULE: list[tuple[str, str]] = [
    ("title", "Barème des cachets – exercice 2025-2026"),
    (
        "sub",
        "Comité paritaire des tarifs GAAB / CPBAB – Accord sur le balado et le divertissement "
        "audio 2025-2028, art. 4.1",
    ),
    (
        "p",
        "Ce barème s'applique au travail fait du 1er avril 2025 au 31 mars 2026 (exercice "
        "2025-2026, en anglais « PY 2025-26 »). Il a été remplacé le 1 avr. 2026 par le barème "
        "de l'exercice 2026-2027 : il ne sert plus que pour le travail fait avant cette date, "
        "par exemple pour vérifier un relevé de l'an dernier.",
    ),
    (
        "p",
        "Les montants sont en gourdes, par unité. L'appel minimum est le temps de studio "
        "réservé et payé au minimum pour un appel. Les primes (week-end, nuit, jour férié, "
        "réservation tardive…) s'ajoutent au cachet selon le tableau 9.1 de l'accord.",
    ),
    ("table", ""),
    (
        "p",
        "Remarques. La case du rôle couvre toutes les lignes de ce rôle dans la rubrique. Un "
        "coanimateur est payé au cachet de coanimation même en l'absence de l'animateur. Le "
        "cachet d'un épisode dépend de la durée de l'épisode publié, publicité comprise.",
    ),
    (
        "p",
        "Les indemnités de tournée (per diem, plafond d'hôtel, jour de voyage) figurent dans le "
        "tableau des indemnités de tournée par région de l'exercice.",
    ),
    (
        "p",
        "Pour toute question : Comité paritaire des tarifs, Maison de la Guilde, 14, rue du "
        "Port, Port-Soleil. Barème adopté le 18 mars 2025.",
    ),
]

ADOPTED_FEE = f"500{NB}gourdes"
COMMENT_FIGURE = f"750{NB}gourdes"
COMMENT_TEXT = (
    f"Proposition du bureau : demander {COMMENT_FIGURE} par lecture générée ? "
    "(non retenue par le Conseil le 29 octobre 2026)"
)
COMMENT_AUTHOR = "Kwame Théodore-Ince"

LETTER: list[tuple[str, str]] = [
    ("title", "Vos formulaires de consentement pour les clones vocaux"),
    ("sub", "Port-Soleil, le 3 novembre 2026 – aux membres de la GAAB"),
    ("p", "Chères et chers membres,"),
    (
        "p",
        "Plusieurs sociétés du réseau demandent aux animateurs et animatrices de signer des "
        "formulaires pour créer un clone de leur voix. Voici ce que l'accord 2025-2028 "
        "prévoit (partie V, art. 15 à 19), et ce que vous pouvez refuser.",
    ),
    ("h", "Un consentement par série, jamais un consentement général"),
    (
        "p",
        "Le consentement à un clone vocal se donne par série, sur le formulaire G-12, qui "
        "nomme la série, les usages et la période. Un consentement général, pour toutes les "
        "séries, toutes les émissions ou tout le réseau d'une société, est nul. Ne signez "
        "jamais un formulaire qui ne nomme pas la série.",
    ),
    ("h", "Les publicités générées par IA"),
    (
        "fee",
        "Une publicité lue par votre voix synthétique est interdite sans un consentement "
        "écrit séparé, sur le formulaire G-14, distinct du formulaire G-12. Chaque lecture "
        f"générée publiée vous rapporte |{ADOPTED_FEE}| par lecture générée, en plus de vos "
        "autres cachets.",
    ),
    ("h", "La traduction et le doublage par IA"),
    (
        "p",
        "Un épisode traduit ou doublé dans une autre langue avec votre voix clonée exige votre "
        "consentement pour chaque langue. Vous recevez une part de 12 % des recettes nettes "
        "de chaque épisode traduit, versée avec la part des abonnements premium, qui reste "
        "de sept et demi pour cent des recettes nettes des abonnements.",
    ),
    ("h", "Vos transcriptions et l'entraînement des modèles"),
    (
        "p",
        "La Guilde tient un registre d'opposition. Si vous vous y inscrivez, la société doit "
        "cesser d'utiliser vos transcriptions pour entraîner des modèles dans les 30 jours "
        "suivant l'inscription, et vous le confirmer par écrit.",
    ),
    ("h", "Conservation, signalement et retrait"),
    (
        "p",
        "Le clone vocal est effacé, avec ses fichiers d'entraînement, dans les 60 jours après "
        "la fin de la série ; la société vous envoie une attestation écrite d'effacement.",
    ),
    (
        "p",
        "Chaque segment en voix synthétique est signalé par une annonce parlée dans l'audio de "
        "l'épisode, avant le segment, et par une mention dans les notes d'épisode.",
    ),
    (
        "p",
        "Vous pouvez retirer votre consentement moyennant un préavis écrit de 45 jours ; le "
        "clone est alors effacé dans le délai ci-dessus.",
    ),
    ("h", "La « licence vocale pour tout le réseau » a été rejetée"),
    (
        "p",
        "Le CPBAB proposait de remplacer le consentement par série par un rachat forfaitaire "
        f"unique de 45{NB}000 gourdes par animateur, valable pour toutes les émissions du "
        "réseau. Cette proposition a été rejetée par le vote des membres du 2 au 6 novembre "
        "2026 : ce n'est pas un tarif, et aucune société ne peut vous l'imposer. L'accord "
        "interdit d'ailleurs tout rachat du consentement par un paiement unique.",
    ),
    ("h", "Ce que nous vous demandons"),
    (
        "p",
        "Renvoyez au bureau des membres une copie de chaque formulaire G-12 ou G-14 que vous "
        "avez signé, avant le vendredi 15 janvier 2027. Un atelier sur ces formulaires aura "
        "lieu le samedi 16 janvier 2027 en salle G2 de la Maison de la Guilde.",
    ),
    ("p", "Solidairement,"),
    (
        "p",
        "Kwame Théodore-Ince, responsable de l'intelligence artificielle, pour le Conseil de "
        "la section francophone de la GAAB",
    ),
]


def _row_cells(row: tuple[str, ...]) -> list[str]:
    return [row[1]] if row[0] == "section" else list(row[1:])


def schedule_text() -> str:
    lines = []
    for kind, text in SCHEDULE:
        if kind == "table":
            lines.append(" | ".join(SCHEDULE_HEAD))
            lines += [" | ".join(c for c in _row_cells(r) if c) for r in SCHEDULE_ROWS]
        else:
            lines.append(text)
    return "\n".join(lines)


def letter_text() -> str:
    return "\n".join(text.replace("|", "") for _, text in LETTER)


def letter_comments() -> list[str]:
    return [COMMENT_TEXT]


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
    """Save with fixed zip dates (and a fixed comment date)."""
    buf = io.BytesIO()
    doc.save(buf)
    stamp = (when.year, when.month, when.day, 12, 0, 0)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    if "word/comments.xml" in parts:
        xml = parts["word/comments.xml"].decode("utf-8")
        xml = re.sub(r'w:date="[^"]*"', 'w:date="2026-10-29T17:00:00Z"', xml)
        parts["word/comments.xml"] = xml.encode("utf-8")
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
    _props(doc, title, "GAAB", when)
    doc.sections[0].header.paragraphs[0].text = header
    return doc


def build_schedule() -> None:
    when = datetime.datetime(2025, 3, 18, 12, 0, 0)
    doc = _start(
        "Barème des cachets – exercice 2025-2026",
        "GAAB / CPBAB – Barème de l'exercice 2025-2026 (remplacé le 1 avr. 2026)",
        when,
    )
    for kind, text in SCHEDULE:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "table":
            table = doc.add_table(rows=1 + len(SCHEDULE_ROWS), cols=4)
            table.style = "Table Grid"
            for c, h in enumerate(SCHEDULE_HEAD):
                table.cell(0, c).paragraphs[0].add_run(h).bold = True
            top = None  # the row where the current role cell starts
            for i, row in enumerate(SCHEDULE_ROWS, start=1):
                if row[0] == "section":
                    merged = table.cell(i, 0).merge(table.cell(i, 3))  # w:gridSpan="4"
                    merged.paragraphs[0].add_run(row[1]).bold = True
                    top = None
                    continue
                role, unit, amount, call = row[1:]
                if role:
                    table.cell(i, 0).paragraphs[0].add_run(role)
                    top = i
                else:
                    table.cell(top, 0).merge(table.cell(i, 0))  # w:vMerge
                    # merge() leaves the continued cell's empty paragraph in the top cell
                    cell = table.cell(top, 0)
                    for p in cell.paragraphs[1:]:
                        p._p.getparent().remove(p._p)
                for c, t in ((1, unit), (2, amount), (3, call)):
                    table.cell(i, c).paragraphs[0].add_run(t)
        else:
            doc.add_paragraph(text)
    _save(doc, SCHEDULE_OUT, when)


def build_letter() -> None:
    when = datetime.datetime(2026, 11, 3, 12, 0, 0)
    doc = _start(
        "Vos formulaires de consentement pour les clones vocaux",
        "GAAB – Section francophone – 3 novembre 2026",
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
            before, figure, after = text.split("|")
            p = doc.add_paragraph()
            p.add_run(before)
            run = p.add_run(figure)
            p.add_run(after)
            doc.add_comment(run, text=COMMENT_TEXT, author=COMMENT_AUTHOR, initials="KTI")
        else:
            doc.add_paragraph(text)
    _save(doc, LETTER_OUT, when)


if __name__ == "__main__":
    build_schedule()
    build_letter()
