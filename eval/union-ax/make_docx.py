#!/usr/bin/env python3
"""Build the Word document of union-ax (its whole text is in this script).

    /work/main/.venv/bin/python eval/union-ax/make_docx.py    # python-docx is in the venv

docs/fiche-cachets-2026-2027-parole-scenique.docx: the Guild's French rate sheet, brought up
to date for Memorandum of Variation No. 1 (Monday 30 November 2026): a table of the current
rates, then notes. Three layouts no earlier set had:
- SMALL CAPITALS (w:smallCaps in the run properties of the title and the section headings:
  Word draws the lower-case letters as small capitals; the text stays in ordinary case);
- TABLE ALT TEXT (w:tblCaption and w:tblDescription in the table's w:tblPr: the title and the
  description a screen reader announces, which no text reader shows);
- a GLOSSARY DOCUMENT PART (word/glossary/document.xml, related to the main part by a
  glossaryDocument relationship: the sheet's building blocks, "Quick Parts" in Word, one of
  them still holding a line of the 2023-2026 figures; neither python-docx nor a reader of
  word/document.xml reads it).
French amounts with U+202F between the thousands and U+00A0 before the sign K.

`sheet_text()` returns the text as Word shows it, for check_set.py. Fixed dates:
byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHEET_OUT = os.path.join(HERE, "docs", "fiche-cachets-2026-2027-parole-scenique.docx")
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{" + W_URI + "}"
R_GLOSSARY = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument"
CT_GLOSSARY = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"
NNB = "\u202f"
NB = "\u00a0"


def fr(amount: str) -> str:
    """'4 800,00' with plain spaces -> U+202F between the thousands and U+00A0 before K."""
    return amount.replace(" ", NNB) + NB + "K"


S_TITLE = "Barème des cachets de la parole scénique, 2026-2027"
S_SUB = (
    "Fiche de la Guilde de la parole scénique de Bellorive (GPSB), à jour au lundi 30 novembre "
    "2026 pour le mémorandum de modification n° 1"
)
S_INTRO = (
    "Les montants suivent l'usage français : une espace fine entre les milliers, la virgule "
    "avant les ngwee, puis le signe K. Le numéro d'article est celui de l'accord des "
    "engagements de la parole scénique 2026-2029."
)
S_HEAD = ("Poste", "Montant", "Article")
S_ROWS: list[tuple[str, str, str]] = [
    ("Set principal, jusqu'à 25 minutes (depuis le 30 novembre 2026)", fr("5 150,00"), "3.1, mémorandum n° 1"),
    ("Set feature, jusqu'à 12 minutes", fr("2 650,00"), "3.2"),
    ("Chaque tranche de 5 minutes de scène en plus", fr("520,00"), "3.3"),
    ("Animation d'un slam ou d'une scène ouverte, jusqu'à 4 heures", fr("3 900,00"), "3.4"),
    ("Supplément du deuxième set, moins de 3 heures d'écart", fr("1 150,00"), "3.5"),
    ("Manche de slam, cachet de présence", fr("1 250,00"), "4.1"),
    ("Finale nationale de slam, chaque finaliste", fr("3 300,00"), "4.2"),
    ("Supplément de champion, par set", fr("1 400,00"), "4.3"),
    ("Journée de tournée", fr("3 450,00"), "6.1"),
    ("Supplément de jour consécutif, dès le sixième jour", fr("1 825,00"), "6.2"),
    ("Per diem, par nuit hors de chez soi", fr("1 650,00"), "7.2"),
    ("Poème de commande", fr("18 600,00"), "8.1"),
    ("Nouvelle lecture d'un poème de commande", fr("3 100,00"), "8.3"),
    ("Atelier, jusqu'à 90 minutes", fr("2 950,00"), "9.1"),
    ("Atelier, chaque demi-heure en plus", fr("720,00"), "9.1"),
    ("Poème à l'antenne ou en podcast, jusqu'à 5 minutes", fr("1 780,00"), "10.1"),
    ("Rediffusion d'un poème enregistré", fr("890,00"), "10.1"),
    ("Film-poème, journée de tournage jusqu'à 9 heures", fr("9 600,00"), "11.1"),
    ("Film-poème, heure en plus", fr("1 350,00"), "11.1"),
    ("Voix off du poème d'un film", fr("3 400,00"), "11.2"),
    ("Traduction de son propre poème", fr("2 100,00"), "11.3"),
    ("Séance de capture vocale, jusqu'à 4 heures", fr("12 000,00"), "14.1"),
    ("Lecture synthétique, par poème et par mois (depuis décembre 2026)", fr("720,00"), "15.1, mémorandum n° 1"),
    ("Portrait animé, par an", fr("28 000,00"), "16.1"),
]  # fmt: skip
S_SECTIONS: list[tuple[str, list[str]]] = [
    (
        "Sur scène",
        [
            "Pour chaque set, l'employeur fournit un pupitre et un micro sur pied, réglés avant "
            "l'ouverture des portes.",
            "Deux sets le même jour pour le même employeur : comptez l'écart entre la fin du "
            "premier set et le début du second, d'après le programme publié. Trois heures ou "
            "plus : deux cachets entiers ; moins : un seul engagement avec le supplément du "
            "deuxième set.",
        ],
    ),
    (
        "Paie et annulation",
        [
            "Un cachet est payé dans les 14 jours qui suivent l'engagement (article 12.1).",
            "Un set annulé par l'employeur est payé en entier si l'employeur avait déjà publié "
            "un programme qui vous annonçait, à moitié sinon (article 5.1).",
        ],
    ),
    (
        "Ce qui a changé le 30 novembre 2026",
        [
            "Les deux lignes marquées « mémorandum n° 1 » ont changé : le set principal passe de "
            f"{fr('4 800,00')} à {fr('5 150,00')} ; la lecture synthétique passe de "
            f"{fr('640,00')} à {fr('720,00')} par poème et par mois, à partir du mois de "
            "décembre 2026.",
        ],
    ),
]
TABLE_CAPTION = "Barème 2026-2027"
TABLE_DESCRIPTION = (
    "Tableau des cachets de la parole scénique en trois colonnes : le poste, le montant en "
    "kwacha, l'article de l'accord."
)
# the building blocks of the glossary part: (name, gallery, text)
DOC_PARTS: list[tuple[str, str, str]] = [
    ("Pied de fiche GPSB", "autoTxt", "GPSB, bureau de Sablonne, 12, rue des Tisserands"),
    (
        "Ancienne ligne de barème",
        "autoTxt",
        f"Set principal, jusqu'à 25 minutes (accord 2023-2026) : {fr('4 350,00')}",
    ),
]


def sheet_text() -> str:
    lines = [S_TITLE, S_SUB, S_INTRO]
    lines.append(" | ".join(S_HEAD))
    lines += [" | ".join(row) for row in S_ROWS]
    for head, paras in S_SECTIONS:
        lines.append(head)
        lines += paras
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


def _esc(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def glossary_xml() -> bytes:
    parts = []
    for i, (name, gallery, text) in enumerate(DOC_PARTS, 1):
        parts.append(
            "<w:docPart><w:docPartPr>"
            f'<w:name w:val="{_esc(name)}"/>'
            f'<w:category><w:name w:val="Général"/><w:gallery w:val="{gallery}"/></w:category>'
            '<w:behaviors><w:behavior w:val="content"/></w:behaviors>'
            f'<w:guid w:val="{{5E1A2C7B-3D4F-4A8E-9B6C-00000000000{i}}}"/>'
            "</w:docPartPr><w:docPartBody>"
            f'<w:p><w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>'
            "</w:docPartBody></w:docPart>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:glossaryDocument xmlns:w="{W_URI}"><w:docParts>{"".join(parts)}</w:docParts>'
        "</w:glossaryDocument>"
    ).encode()


def _add_glossary(parts: dict[str, bytes]) -> dict[str, bytes]:
    ct = parts["[Content_Types].xml"].decode()
    override = f'<Override PartName="/word/glossary/document.xml" ContentType="{CT_GLOSSARY}"/>'
    parts["[Content_Types].xml"] = ct.replace("</Types>", override + "</Types>").encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    rel = f'<Relationship Id="rIdGlossary1" Type="{R_GLOSSARY}" Target="glossary/document.xml"/>'
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>", rel + "</Relationships>"
    ).encode()
    parts["word/glossary/document.xml"] = glossary_xml()
    return parts


def _small_caps(paragraph) -> None:
    from docx.oxml import parse_xml

    for run in paragraph.runs:
        run._r.get_or_add_rPr().append(parse_xml(f'<w:smallCaps xmlns:w="{W_URI}"/>'))


def build_sheet(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 11, 30, 12, 0, 0)
    doc = docx.Document()
    props = doc.core_properties
    props.title = S_TITLE
    props.author = "GPSB, service des tarifs"
    props.created = when
    props.modified = when
    props.last_modified_by = "GPSB, service des tarifs"
    props.revision = 4
    props.language = "fr-FR"
    _small_caps(doc.add_heading(S_TITLE, level=0))
    doc.add_paragraph(S_SUB).runs[0].italic = True
    doc.add_paragraph(S_INTRO)
    table = doc.add_table(rows=len(S_ROWS) + 1, cols=3)
    table.style = "Table Grid"
    for i, row in enumerate([S_HEAD, *S_ROWS]):
        for j, cell in enumerate(row):
            run = table.cell(i, j).paragraphs[0].add_run(cell)
            if i == 0:
                run.bold = True
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(parse_xml(f'<w:tblCaption xmlns:w="{W_URI}" w:val="{_esc(TABLE_CAPTION)}"/>'))
    tbl_pr.append(
        parse_xml(f'<w:tblDescription xmlns:w="{W_URI}" w:val="{_esc(TABLE_DESCRIPTION)}"/>')
    )
    for head, paras in S_SECTIONS:
        _small_caps(doc.add_heading(head, level=1))
        for text in paras:
            doc.add_paragraph(text)
    data = _zip_bytes(_add_glossary(_parts(doc)), when)
    if write:
        with open(SHEET_OUT, "wb") as f:
            f.write(data)
        print("wrote", SHEET_OUT)
    return data


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_sheet()
