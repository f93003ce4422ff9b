#!/usr/bin/env python3
"""Build the two Word documents of union-ap (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ap/make_docx.py    # python-docx is in the venv

- docs/spgs-schedule-1-rates-2026-2027.docx: SCHEDULE 1 of the agreement (English), the rate
  table, with amounts written "RM 1,250.00" (the letters RM, A SPACE, the figure). Its notes
  are in a SECTION SET IN TWO COLUMNS (a continuous section break; the last section's
  w:sectPr has w:cols w:num="2"), and two ENDNOTES (word/endnotes.xml, referenced by
  w:endnoteReference in the table) hold the 2023-2026 figures: the lab-coat allowance
  RM 150.00, the goggles-and-gloves allowance RM 90.00 and the rehearsal hour RM 65.00
  (traps: python-docx does not read endnotes, a tag stripper does).
- docs/lettre-entente-2-narration-fulldome-zenith.docx: Letter of Understanding No. 2 with
  Zenith Fulldome Studios (French) on fulldome narration: the hour 238,00 RM, the
  per-finished-minute fee 64,00 RM for narrators who choose it on Form NZ-3 by 31 janvier
  2027 (for sessions from 15 février 2027), the old 221,00 RM (a trap). Its salutation is
  a SIMPLE FIELD (w:fldSimple, a MERGEFIELD with its cached result) and its date a COMPLEX
  FIELD (w:fldChar begin / w:instrText CREATEDATE / separate / the cached "14 août 2026" /
  end).

`schedule_text()` and `letter_text()` return the text for check_set.py (the body, then the
tables' cells joined by " | "; not the endnotes, which ENDNOTES lists, nor the simple
field's cached result, FIELD_RESULT). Fixed dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEDULE_OUT = os.path.join(HERE, "docs", "spgs-schedule-1-rates-2026-2027.docx")
LETTER_OUT = os.path.join(HERE, "docs", "lettre-entente-2-narration-fulldome-zenith.docx")
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NNB = "\u202f"

# ---- Schedule 1 ---------------------------------------------------------------------------------

S_TITLE = "Schedule 1 – Rates, school year 2026-27"
S_SUB = "Science Presenters Agreement 2026–2029 (SPGS, the Foundation and Zenith)"
S_INTRO = [
    "This schedule gives the rates of the agreement for the school year 2026-27, as they "
    "stood on 1 September 2026. Amounts are written with the letters RM, a space and the "
    "figure: RM 1,250.00 is one thousand two hundred and fifty ringgit.",
    "Where a clause of the agreement changes a rate on a later date, the clause applies; this "
    "schedule is not reprinted for each change.",
]
S_HEAD = ["Role or item", "Unit", "Rate", "Clause"]
# (label, unit, rate, clause, endnote id or 0)
S_ROWS = [
    ("Live planetarium show (up to 45 minutes)", "per show", "RM 412.00", "4.1, 4.5", 0),
    ("Science show, up to 30 minutes", "per show", "RM 365.00", "4.2", 0),
    ("Science show, 31 to 60 minutes", "per show", "RM 540.00", "4.2", 0),
    ("Museum-theatre performance (up to 20 minutes)", "per performance", "RM 286.00", "4.3", 0),
    ("Zoo or aquarium talk", "per talk", "RM 198.00", "4.4", 0),
    ("Fulldome narration session (at least 2 hours)", "per hour", "RM 238.00", "LoU No. 2", 0),
    (
        "Fulldome narration, for a narrator who chose it",
        "per finished minute",
        "RM 64.00",
        "LoU No. 2",
        0,
    ),
    ("Hazard supplement (liquid nitrogen, flame, combustion)", "per show", "RM 58.00", "5.1", 0),
    ("Sign-language supplement", "per show", "RM 95.00", "5.2", 0),
    ("Rehearsal (at least 2 hours)", "per hour", "RM 72.00", "5.3", 2),
    ("School-touring day (up to three shows)", "per day", "RM 1,250.00", "7.1", 0),
    ("Fourth show on a touring day", "per show", "RM 190.00", "7.2", 0),
    ("Per diem on tour (overnight)", "per night", "RM 135.00", "7.4", 0),
    ("Kit allowance", "per school year", "RM 320.00", "8.1", 1),
    ("Capture fee (hologram or voice clone)", "per capture session", "RM 1,800.00", "12.3", 0),
    ("Hologram in a gallery", "per gallery per month", "RM 380.00", "12.3", 0),
    ("AI museum guide", "per month in use", "RM 520.00", "12.3", 0),
]
ENDNOTES = {
    1: "Under the 2023–2026 agreement the lab-coat allowance was RM 150.00 a school year and "
    "the goggles-and-gloves allowance RM 90.00 a school year; both are merged into the kit "
    "allowance by clause 8.1.",
    2: "Under the 2023–2026 agreement rehearsal was paid RM 65.00 an hour.",
}
S_NOTES_TITLE = "Notes"
S_NOTES = [
    "A school-touring day is paid RM 1,310.00 from the first day of the spring term 2027 "
    "(clause 7.1); the table gives the rate of the autumn term.",
    "The rates of the live planetarium show and of the museum-theatre performance are "
    "adjusted on 1 November 2026 if the cost-of-living trigger of clause 4.5 is met; the "
    "Joint Rates Panel's notice gives the result.",
    "The van-driving supplement is RM 45.00 per touring day (clause 7.3).",
    "A film with the synthetic narrator voice is paid RM 12.50 per screening (clause 12.3).",
    "Science shows are paid by their length band: a show of 31 minutes or more is paid the "
    "second band.",
]


def schedule_text() -> str:
    out = [S_TITLE, S_SUB, *S_INTRO, " | ".join(S_HEAD)]
    out += [" | ".join(r[:4]) for r in S_ROWS]
    out += [S_NOTES_TITLE, *S_NOTES]
    return "\n".join(out)


# ---- Letter of Understanding No. 2 --------------------------------------------------------------

L_TITLE = "Lettre d'entente n° 2 – narration des films fulldome"
L_SUB = "entre la Guilde des présentateurs scientifiques de Serandah (GPSS) et les Studios Zenith"
FIELD_INSTR = " MERGEFIELD Civilite "
FIELD_RESULT = "Madame, Monsieur,"
DATE_INSTR = ' CREATEDATE \\@ "d MMMM yyyy" '
DATE_RESULT = "14 août 2026"
L_PLACE = "Fait à Anse-Clairval, le "
L_BLOCKS: list[tuple[str, str]] = [
    ("h", "1. Objet"),
    (
        "p",
        "La présente lettre d'entente complète l'accord des présentateurs scientifiques "
        "2026-2029 pour la narration des films fulldome enregistrée aux Studios Zenith. Elle "
        "s'applique à toute narratrice et à tout narrateur de films projetés sous le dôme.",
    ),
    ("h", "2. Séance de narration"),
    (
        "p",
        "La séance de narration est payée 238,00 RM de l'heure, pour au moins 2 heures. Ce "
        "taux remplace celui de la lettre d'entente n° 1 de 2023, qui était de 221,00 RM de "
        "l'heure.",
    ),
    ("h", "3. Rémunération à la minute finie"),
    (
        "p",
        "La narratrice ou le narrateur peut choisir d'être payé à la minute finie du film, "
        "64,00 RM la minute finie, au lieu de l'heure de séance. Le choix se fait en renvoyant "
        "le formulaire NZ-3 au plus tard le 31 janvier 2027. Il s'applique aux séances "
        "enregistrées à compter du 15 février 2027. Sans formulaire NZ-3 renvoyé à temps, la "
        "narration reste payée à l'heure.",
    ),
    (
        "p",
        "Le choix vaut pour toute la durée de l'accord ; il ne peut pas être changé d'un film "
        "à l'autre.",
    ),
    ("h", "4. Voix de narration de synthèse"),
    (
        "p",
        "Le premier film fulldome en narration de synthèse, « Au-delà de M31 », sortira "
        "courant mars 2027. Aucune voix n'est clonée sans le consentement écrit de la "
        "narratrice ou du narrateur, donné sur le formulaire DR-7 pour cet usage seul "
        "(partie F de l'accord).",
    ),
    (
        "p",
        "Les studios fournissent le texte de la narration au moins une semaine avant la "
        "séance, ainsi qu'une copie de travail du film. La narratrice ou le narrateur peut "
        "demander une pause toutes les heures ; la pause fait partie de la séance payée.",
    ),
    ("h", "5. Durée"),
    (
        "p",
        "La présente lettre suit la durée de l'accord, jusqu'au 31 août 2029. Les autres "
        "conditions de la narration sont celles de l'accord. Les parties se revoient chaque "
        "année, avant la rentrée, pour faire le point sur les films enregistrés et sur les "
        "choix de rémunération des narratrices et des narrateurs.",
    ),
]
L_SIGN = "Pour la Guilde : Noémie Adjani-Castell. Pour les Studios Zenith : Ilse Varga-Moreau."


def letter_text() -> str:
    out = [L_TITLE, L_SUB, *(t for _, t in L_BLOCKS), L_PLACE + DATE_RESULT, L_SIGN]
    return "\n".join(out)


# ---- building -----------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _endnotes_xml() -> bytes:
    sep = (
        '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:endnote>"
        '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:endnote>"
    )
    notes = "".join(
        f'<w:endnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> {_esc(t)}</w:t></w:r></w:p>'
        "</w:endnote>"
        for i, t in ENDNOTES.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:endnotes xmlns:w="{W_URI}">{sep}{notes}</w:endnotes>'
    ).encode()


def _save(doc, out: str | None, when: datetime.datetime, endnotes: bool = False) -> bytes:
    """Save with fixed zip dates (and the endnotes part); return the bytes."""
    buf = io.BytesIO()
    doc.save(buf)
    stamp = (when.year, when.month, when.day, 12, 0, 0)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    if endnotes:
        parts["word/endnotes.xml"] = _endnotes_xml()
        rels = parts["word/_rels/document.xml.rels"].decode()
        rels = rels.replace(
            "</Relationships>",
            '<Relationship Id="rIdEndnotes" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>'
            "</Relationships>",
        )
        parts["word/_rels/document.xml.rels"] = rels.encode()
        types = parts["[Content_Types].xml"].decode()
        types = types.replace(
            "</Types>",
            '<Override PartName="/word/endnotes.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>',
        )
        parts["[Content_Types].xml"] = types.encode()
    out_buf = io.BytesIO()
    with zipfile.ZipFile(out_buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    if out is not None:
        with open(out, "wb") as f:
            f.write(out_buf.getvalue())
        print("wrote", out)
    return out_buf.getvalue()


def _props(doc, title: str, author: str, when: datetime.datetime, lang: str) -> None:
    props = doc.core_properties
    props.title = title
    props.author = author
    props.created = when
    props.modified = when
    props.last_modified_by = author
    props.revision = 2
    props.language = lang


def build_schedule(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.enum.section import WD_SECTION
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 9, 1, 12, 0, 0)
    doc = docx.Document()
    _props(doc, S_TITLE, "SPGS – Port Kellan", when, "en-GB")
    doc.add_heading(S_TITLE, level=0)
    doc.add_paragraph(S_SUB).runs[0].italic = True
    for text in S_INTRO:
        doc.add_paragraph(text)
    t = doc.add_table(rows=len(S_ROWS) + 1, cols=4)
    t.style = "Table Grid"
    for j, text in enumerate(S_HEAD):
        t.cell(0, j).paragraphs[0].add_run(text).bold = True
    for i, (label, unit, rate, clause, note) in enumerate(S_ROWS, 1):
        for j, text in enumerate((label, unit, rate, clause)):
            p = t.cell(i, j).paragraphs[0]
            p.add_run(text)
            if j == 0 and note:
                p._p.append(
                    parse_xml(
                        f'<w:r xmlns:w="{W_URI}"><w:rPr><w:vertAlign w:val="superscript"/>'
                        f'</w:rPr><w:endnoteReference w:id="{note}"/></w:r>'
                    )
                )
    # the notes: a continuous section set in two columns
    section = doc.add_section(WD_SECTION.CONTINUOUS)
    for old in section._sectPr.findall(f"{{{W_URI}}}cols"):
        section._sectPr.remove(old)
    cols = parse_xml(f'<w:cols xmlns:w="{W_URI}" w:num="2" w:space="567"/>')
    section._sectPr.find(f"{{{W_URI}}}docGrid").addprevious(cols)
    doc.add_heading(S_NOTES_TITLE, level=1)
    for text in S_NOTES:
        doc.add_paragraph(text)
    return _save(doc, SCHEDULE_OUT if write else None, when, endnotes=True)


def build_letter(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 8, 14, 12, 0, 0)
    doc = docx.Document()
    _props(doc, L_TITLE, "GPSS – Anse-Clairval", when, "fr-FR")
    doc.add_heading(L_TITLE, level=0)
    doc.add_paragraph(L_SUB).runs[0].italic = True
    p = doc.add_paragraph()
    p._p.append(
        parse_xml(
            f'<w:fldSimple xmlns:w="{W_URI}" w:instr="{FIELD_INSTR}"><w:r>'
            f'<w:t xml:space="preserve">{_esc(FIELD_RESULT)}</w:t></w:r></w:fldSimple>'
        )
    )
    for kind, text in L_BLOCKS:
        if kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    p = doc.add_paragraph(L_PLACE)
    for xml in (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r><w:instrText xml:space="preserve">{_esc(DATE_INSTR)}</w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r><w:t>{_esc(DATE_RESULT)}</w:t></w:r>",
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        p._p.append(parse_xml(xml.replace("<w:r>", f'<w:r xmlns:w="{W_URI}">', 1)))
    doc.add_paragraph(L_SIGN)
    return _save(doc, LETTER_OUT if write else None, when)


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_schedule()
    build_letter()
