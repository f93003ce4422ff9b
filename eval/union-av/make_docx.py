#!/usr/bin/env python3
"""Build the two Word documents of union-av (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-av/make_docx.py    # python-docx is in the venv

- docs/fiche-tarifs-2026-2027-lecteurs-coachs.docx: the Guild's French rate sheet (Tuesday
  1 December 2026), a table of the current rates and the payday, then a part for the member
  to fill in. Two layouts: DOCUMENT PROTECTION (w:documentProtection w:edit="readOnly"
  w:enforcement="1" in word/settings.xml) with EDITABLE RANGES (w:permStart / w:permEnd,
  w:edGrp="everyone") around the fill-in fields: Word lets the member type only there; and
  CUSTOM DOCUMENT PROPERTIES (docProps/custom.xml, related from _rels/.rels, declared in
  [Content_Types].xml) holding the sheet's edition and its source, which no text reader
  shows. French amounts with U+202F between the thousands and U+00A0 before ₮.
- docs/avis-tapeline-lecteurs-partenaires-2026-11.docx: Tapeline's French notice to its
  self-tape partners (Monday 30 November 2026): short notice counted in service hours with
  a worked example, the rates, the partner off camera, the studio's hours. Two layouts: an
  OFFICE MATH EQUATION (m:oMathPara / m:oMath, its text in m:t runs) that sets out the
  example's service hours: python-docx does not read it, nor does a reader of the w:t nodes
  (the result is also in the body); and a FLOATING TABLE (w:tblpPr: the table "Tapeline en
  bref" anchored to the right margin, text flowing around it), which both readers read as a
  table.

`sheet_text()` and `avis_text()` return the text as Word shows it (the equation aside), for
check_set.py. Fixed dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHEET_OUT = os.path.join(HERE, "docs", "fiche-tarifs-2026-2027-lecteurs-coachs.docx")
AVIS_OUT = os.path.join(HERE, "docs", "avis-tapeline-lecteurs-partenaires-2026-11.docx")
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
CUSTOM_PART = "docProps/custom.xml"
VT_URI = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CP_URI = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
MATH_URI = "http://schemas.openxmlformats.org/officeDocument/2006/math"
NNB = "\u202f"
NB = "\u00a0"


def fr(amount: str) -> str:
    return amount.replace(" ", NNB) + NB + "₮"


# ---- the rate sheet (French) -----------------------------------------------------------------

S_TITLE = "Fiche pratique – vos tarifs 2026-2027"
S_SUB = (
    "Guilde des lecteurs d'audition et des coachs de Carrowmère (GLACC) – à jour du mardi "
    "1er décembre 2026 (accord 2026-2029 et mémorandum n° 1)"
)
S_INTRO = (
    "Les montants sont en tögrög, avec une espace fine entre les milliers, une virgule avant "
    "les möngö et le signe ₮ après le nombre. Les articles sont ceux de l'accord des lecteurs "
    "et des coachs 2026-2029."
)
S_HEAD = ("Usage", "Montant", "Article")
S_ROWS: list[tuple[str, str, str]] = [
    ("Lecteur en salle, l'heure", fr("46 500,00"), "4.1"),
    ("Lecteur, journée de casting (jusqu'à 8 heures)", fr("318 000,00"), "4.1"),
    ("Lecteur en visio, l'heure, depuis le 1er décembre 2026", fr("44 500,00"), "4.2, mémorandum n° 1"),
    ("Lecteur de casting de voix (jeu vidéo, animation), l'heure", fr("52 500,00"), "4.3"),
    ("Supplément d'effort vocal, la séance", fr("9 800,00"), "4.3"),
    ("Heure au-delà de 30 heures dans la semaine de casting", fr("69 750,00"), "3.3"),
    ("Lecteur résident, le mois (jusqu'à 120 heures de lecture)", fr("2 400 000,00"), "5.1"),
    ("Partenaire de self-tape, séance jusqu'à 30 minutes", fr("18 400,00"), "6.1"),
    ("Partenaire de self-tape, chaque quart d'heure entamé en plus", fr("7 200,00"), "6.1"),
    ("Supplément de préavis court (moins de 12 heures de service)", fr("5 500,00"), "6.3, mémorandum n° 1"),
    ("Coach de dialecte ou d'accent, la journée", fr("312 000,00"), "7.1"),
    ("Coach, préparation hors plateau, l'heure", fr("38 000,00"), "7.1"),
    ("Per diem, par période de 24 heures entamée", fr("64 000,00"), "7.2"),
    ("Coach d'un enfant ou d'un non-professionnel, séance jusqu'à 2 heures", fr("96 000,00"), "7.3"),
    ("Coach d'un enfant ou d'un non-professionnel, la journée", fr("276 000,00"), "7.3"),
    ("Frais de route, le km au-delà des 40 premiers km", fr("420,00"), "7.4"),
]  # fmt: skip
S_NOTES = [
    "Paie : les séances d'un mois sont payées le deuxième jeudi du mois suivant (article 9.1). "
    "Séances de novembre 2026 : jeudi 10 décembre 2026. Séances de décembre 2026 : jeudi "
    "14 janvier 2027.",
    "Semaine de casting : du dimanche au samedi, au plus 30 heures de lecture (article 3.3).",
    "Annulation : 5 jours ou plus avant la séance, rien n'est dû ; de 5 jours à 48 heures, "
    "50 % ; moins de 48 heures, 100 % (article 8.1).",
    "Lecteur résident : un mois commencé ou fini en cours de route est payé au prorata des "
    "jours civils (article 5.2).",
]
S_FILL_TITLE = "À remplir par le membre"
S_FILL = [
    ("Nom et prénom : ", "[à remplir]"),
    ("Numéro de membre de la Guilde : ", "[à remplir]"),
    ("Heures lues dans la semaine de casting en cours : ", "[à remplir]"),
    ("Déplacements prévus (départ et retour) : ", "[à remplir]"),
]
S_FOOT = "Document protégé : seules les zones « à remplir » sont modifiables."
CUSTOM_PROPS = [("Edition", "FT-2026-12"), ("Source", "GLACC, service des tarifs")]


def sheet_text() -> str:
    lines = [S_TITLE, S_SUB, S_INTRO]
    lines.append(" | ".join(S_HEAD))
    lines += [" | ".join(row) for row in S_ROWS]
    lines += S_NOTES
    lines.append(S_FILL_TITLE)
    lines += [label + value for label, value in S_FILL]
    lines.append(S_FOOT)
    return "\n".join(lines)


def custom_xml() -> bytes:
    props = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i}" name="{name}">'
        f"<vt:lpwstr>{value}</vt:lpwstr></property>"
        for i, (name, value) in enumerate(CUSTOM_PROPS, 2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{CP_URI}" xmlns:vt="{VT_URI}">{props}</Properties>'
    ).encode()


# ---- Tapeline's notice (French) ---------------------------------------------------------------

# the floating table "Tapeline en bref": (label, value)
A_BOX_TITLE = "Tapeline en bref"
A_BOX = [
    ("Adresse", "27, quai des Haleurs, Thistlemoor TM5 8QE"),
    ("Studio", "du lundi au samedi, de 8 h à 21 h"),
    ("Portail", "demandes reçues jour et nuit"),
    ("Contact", "poste 5126"),
]
# the equation after the worked example (Office Math; read by no text reader)
A_EQUATION = "(22 h − 21 h) + (9 h − 7 h) = 3 h de service"
A_TITLE = "Avis aux lectrices et lecteurs partenaires de self-tape"
A_SUB = "Thistlemoor, le lundi 30 novembre 2026"
A_BODY: list[tuple[str, str]] = [
    (
        "p",
        "Tapeline est un service de lecteurs de self-tape signataire de l'annexe B de l'accord "
        "des lecteurs et des coachs 2026-2029. Cet avis explique ce qui change pour vous au "
        "1er décembre 2026.",
    ),
    ("h", "1. Le préavis court se compte en heures de service"),
    (
        "p",
        "À partir du 1er décembre 2026, Tapeline applique le mémorandum n° 1 de l'accord : une "
        "demande est un préavis court quand moins de 12 heures de service la séparent du début "
        "de la séance. Les heures de service vont de 7 h à 22 h ; les heures de 22 h à 7 h ne "
        f"comptent pas. Un préavis court donne droit à un supplément de {fr('5 500,00')}.",
    ),
    (
        "p",
        "Exemple : une demande envoyée le jeudi 10 décembre 2026 à 21 h pour une séance le "
        "vendredi 11 décembre 2026 à 9 h laisse 12 heures d'horloge, mais seulement 3 heures de "
        "service (de 21 h à 22 h, puis de 7 h à 9 h). C'est un préavis court, payé "
        f"{fr('5 500,00')} en plus de la séance.",
    ),
    ("math", A_EQUATION),
    (
        "p",
        "Jusqu'au 30 novembre 2026, on comptait les heures d'horloge, et le supplément était de "
        f"{fr('4 800,00')}.",
    ),
    ("h", "2. Vos tarifs"),
    (
        "p",
        f"Une séance jusqu'à 30 minutes vous est payée {fr('18 400,00')}, puis {fr('7 200,00')} "
        "par quart d'heure entamé en plus. Si le comédien annule moins de 24 heures avant la "
        "séance, elle vous est payée quand même.",
    ),
    ("h", "3. Vous lisez hors champ"),
    (
        "p",
        "Le partenaire lit hors champ : son visage et son nom ne figurent jamais dans la bande "
        "envoyée au bureau de casting. Ne cadrez jamais votre visage, même pour un essai de "
        "lumière.",
    ),
    ("h", "4. Les horaires du studio"),
    (
        "p",
        "Le studio de Thistlemoor est ouvert du lundi au samedi de 8 h à 21 h ; le dimanche, "
        "sur demande, pour les bandes urgentes. Les demandes envoyées hors de ces horaires "
        "arrivent sur le portail et sont traitées à l'ouverture.",
    ),
    ("h", "5. La paie"),
    (
        "p",
        "Les séances d'un mois sont payées le deuxième jeudi du mois suivant : vos séances de "
        "novembre le jeudi 10 décembre 2026.",
    ),
    ("h", "6. Contact"),
    (
        "p",
        "Élodie Quillan-Roussel, responsable des lecteurs partenaires, poste 5126. Gardez vos "
        "messages de réservation avec leur heure d'envoi : c'est elle qui compte. Pour une "
        "question sur l'accord lui-même, adressez-vous à votre délégué de la Guilde.",
    ),
]


def avis_text() -> str:
    lines = [A_TITLE, A_SUB] + [text for kind, text in A_BODY if kind != "math"]
    lines.append(A_BOX_TITLE)
    lines += [f"{label} | {value}" for label, value in A_BOX]
    return "\n".join(lines)


# ---- building -----------------------------------------------------------------------------------


def _zip_bytes(parts: dict[str, bytes], when: datetime.datetime) -> bytes:
    stamp = (when.year, when.month, when.day, 12, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def _parts(doc) -> dict[str, bytes]:
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    return {info.filename: src.read(info.filename) for info in src.infolist()}


def _write(data: bytes, out: str | None) -> bytes:
    if out is not None:
        with open(out, "wb") as f:
            f.write(data)
        print("wrote", out)
    return data


def _props(doc, title: str, author: str, when: datetime.datetime, lang: str) -> None:
    props = doc.core_properties
    props.title = title
    props.author = author
    props.created = when
    props.modified = when
    props.last_modified_by = author
    props.revision = 2
    props.language = lang


def _add_custom_part(parts: dict[str, bytes]) -> dict[str, bytes]:
    out = dict(parts)
    rels = out["_rels/.rels"].decode()
    rel = f'<Relationship Id="rIdCustom1" Type="{CUSTOM_REL}" Target="{CUSTOM_PART}"/>'
    out["_rels/.rels"] = rels.replace("</Relationships>", rel + "</Relationships>").encode()
    ct = out["[Content_Types].xml"].decode()
    override = f'<Override PartName="/{CUSTOM_PART}" ContentType="{CUSTOM_CT}"/>'
    out["[Content_Types].xml"] = ct.replace("</Types>", override + "</Types>").encode()
    out[CUSTOM_PART] = custom_xml()
    return out


def build_sheet(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 12, 1, 12, 0, 0)
    doc = docx.Document()
    _props(doc, S_TITLE, "GLACC", when, "fr-FR")
    doc.add_heading(S_TITLE, level=0)
    doc.add_paragraph(S_SUB).runs[0].italic = True
    doc.add_paragraph(S_INTRO)
    table = doc.add_table(rows=len(S_ROWS) + 1, cols=3)
    table.style = "Table Grid"
    for i, row in enumerate([S_HEAD, *S_ROWS]):
        for j, cell in enumerate(row):
            run = table.cell(i, j).paragraphs[0].add_run(cell)
            run.bold = i == 0
    for note in S_NOTES:
        doc.add_paragraph(note)
    doc.add_heading(S_FILL_TITLE, level=1)
    for n, (label, value) in enumerate(S_FILL, 101):
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p._p.append(parse_xml(f'<w:permStart xmlns:w="{W_URI}" w:id="{n}" w:edGrp="everyone"/>'))
        p.add_run(value)
        p._p.append(parse_xml(f'<w:permEnd xmlns:w="{W_URI}" w:id="{n}"/>'))
    doc.add_paragraph(S_FOOT).runs[0].italic = True
    settings = doc.settings.element
    protection = parse_xml(
        f'<w:documentProtection xmlns:w="{W_URI}" w:edit="readOnly" w:enforcement="1"/>'
    )
    anchor = settings.find(f"{{{W_URI}}}defaultTabStop")
    if anchor is not None:
        anchor.addprevious(protection)
    else:
        settings.append(protection)
    parts = _add_custom_part(_parts(doc))
    return _write(_zip_bytes(parts, when), SHEET_OUT if write else None)


def build_avis(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.oxml import parse_xml
    from docx.shared import Twips

    when = datetime.datetime(2026, 11, 30, 12, 0, 0)
    doc = docx.Document()
    _props(doc, A_TITLE, "Tapeline Readers Ltd", when, "fr-FR")
    doc.add_heading(A_TITLE, level=0)
    doc.add_paragraph(A_SUB).runs[0].italic = True
    table = doc.add_table(rows=len(A_BOX) + 1, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).merge(table.cell(0, 1)).paragraphs[0].add_run(A_BOX_TITLE).bold = True
    for i, (label, value) in enumerate(A_BOX, 1):
        table.cell(i, 0).paragraphs[0].add_run(label).bold = True
        table.cell(i, 1).paragraphs[0].add_run(value)
    tbl_pr = table._tbl.tblPr
    tbl_pr.find(f"{{{W_URI}}}tblStyle").addnext(
        parse_xml(
            f'<w:tblpPr xmlns:w="{W_URI}" w:leftFromText="180" w:rightFromText="180" '
            'w:vertAnchor="text" w:horzAnchor="margin" w:tblpXSpec="right" w:tblpY="1"/>'
        )
    )
    width = tbl_pr.find(f"{{{W_URI}}}tblW")
    width.set(f"{{{W_URI}}}w", "3600")
    width.set(f"{{{W_URI}}}type", "dxa")
    for col, twips in zip(table.columns, (1200, 2400), strict=True):
        col.width = Twips(twips)
        for cell in col.cells:
            cell.width = Twips(twips)
    table.cell(0, 0).width = Twips(3600)  # the title cell spans both columns
    for kind, text in A_BODY:
        if kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "math":
            doc.add_paragraph()._p.append(
                parse_xml(
                    f'<m:oMathPara xmlns:m="{MATH_URI}"><m:oMath><m:r><m:t>{text}</m:t></m:r>'
                    "</m:oMath></m:oMathPara>"
                )
            )
        else:
            doc.add_paragraph(text)
    return _write(_zip_bytes(_parts(doc), when), AVIS_OUT if write else None)


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_sheet()
    build_avis()
