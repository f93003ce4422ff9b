#!/usr/bin/env python3
"""Build the union-az French rate sheet (docs/fiche-cachets-2026-2027-cine-concert.docx).

    /work/main/.venv/bin/python eval/union-az/make_docx.py    # python-docx is in the venv

The Guild's French rate sheet for the season 2026-27, as of Friday 4 December 2026. Layout
features: a VML WORDART banner (a v:shape of the text-path shape type #_x0000_t136 whose
words exist only in the string attribute of its v:textpath: no w:t node holds them, so
neither python-docx nor a reader of document.xml sees them); DIFFERENT HEADERS ON EVEN AND
ODD PAGES (w:evenAndOddHeaders in settings.xml, two header parts; header text is in neither
reader's body view); and a table whose first row is a REPEATING HEADER ROW (w:tblHeader in
its w:trPr). The zip is rebuilt with fixed timestamps: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import sys
import zipfile

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SHEET_OUT = os.path.join(HERE, "docs", "fiche-cachets-2026-2027-cine-concert.docx")
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V_URI = "urn:schemas-microsoft-com:vml"
O_URI = "urn:schemas-microsoft-com:office:office"
NNB = "\u202f"
NB = "\u00a0"
DRAM = "\u058f"


def fr(amount: str) -> str:
    whole, cents = amount.split(".")
    return whole.replace(",", NNB) + "," + cents + NB + DRAM


S_TITLE = "Fiche des cachets 2026-2027 — cinéma muet et ciné-concert"
S_SUB = (
    "Guilde des artistes du muet et du ciné-concert d'Estrevel (GAMCE), service des cachets, "
    "vendredi 4 décembre 2026. Saison du 1er septembre 2026 au 31 août 2027."
)
S_INTRO = (
    "Montants écrits à la française : milliers séparés par une espace fine, luma après la "
    f"virgule, et le signe {DRAM} pour finir. Cette fiche suit l'accord 2026-2029 et l'avenant "
    "n° 1, en vigueur depuis le vendredi 4 décembre 2026."
)
S_HEAD = ("Ligne", "Engagement", "Cachet 2026-2027")
S_ROWS = [
    ("A1", "Accompagnateur seul, long métrage jusqu'à 75 minutes (depuis le 4 décembre 2026)", fr("1,540.00")),
    ("A2", "Accompagnateur seul, long métrage de plus de 75 minutes", fr("1,890.00")),
    ("A3", "Accompagnateur seul, programme de courts métrages", fr("880.00")),
    ("A4", "Musicien d'ensemble, ciné-concert", fr("1,120.00")),
    ("A5", "Supplément du chef d'ensemble, par séance", fr("420.00")),
    ("A6", "Bonimenteur, par séance", fr("1,340.00")),
    ("A7", "Bruiteur en direct, par séance", fr("960.00")),
    ("A8", "Répétition avec l'image, à l'heure (minimum 2 heures)", fr("260.00")),
    ("A10", "Débordement, par minute au-delà de 10 minutes", fr("24.00")),
    ("A11", "Accompagnateur résident, par mois (12 séances)", fr("6,200.00")),
    ("A13", "Journée de festival, jusqu'à trois séances", fr("3,950.00")),
    ("A14", "Supplément de séance en plein air", fr("310.00")),
    ("A15", "Accompagnement enregistré pour un stream, par séance", fr("1,150.00")),
    ("E1", "Séance de captation du jeu, jusqu'à 4 heures", fr("7,900.00")),
    ("E2", "Captation, chaque heure en plus", fr("1,300.00")),
    ("E3", "Captation de la voix d'un bonimenteur, jusqu'à 3 heures", fr("5,600.00")),
    ("E4", "Redevance d'accompagnement par IA, par film et par mois de diffusion", fr("520.00")),
    ("E5", "Voix de synthèse d'un bonimenteur, par séance", fr("180.00")),
]  # fmt: skip
S_SECTIONS = [
    (
        "Conditions de salle",
        [
            "Le piano est accordé au la 440 Hz au plus 10 jours avant chaque séance ; à défaut, "
            "l'artiste peut refuser de jouer et reste payé.",
            "Un pupitre éclairé et un siège avec une vue dégagée sur l'écran sont fournis.",
            "Une séance annulée moins de 7 jours avant sa date est payée en entier.",
        ],
    ),
]
STEPS_HEAD = "Avant chaque engagement"
STEPS = [
    "Vérifiez que l'offre écrite donne la date et l'heure de son envoi : elle tombe 72 heures après.",
    "Notez la longueur de la copie et la cadence annoncée au programme.",
    "Calculez la durée de projection avec la formule ci-dessous.",
    "Choisissez la ligne A1 ou A2 selon que la durée dépasse ou non 75 minutes.",
]
BANNER = "Ciné-concert et cinéma muet : la saison 2026-2027"
HEADER_ODD = "GAMCE — fiche des cachets, saison 2026-2027"
HEADER_EVEN = "Avenant n° 1 en vigueur depuis le vendredi 4 décembre 2026"
FORMULA_HEAD = "La durée de projection"
FORMULA_WORDS = (
    "En mots : la durée en minutes est la longueur en pieds multipliée par 16, divisée par la "
    "cadence en images par seconde multipliée par 60 (clause 4.2)."
)


def sheet_text() -> str:
    """What python-docx shows: body paragraphs, then the table's cells row by row."""
    lines = [S_TITLE, S_SUB, S_INTRO]
    for head, paras in S_SECTIONS:
        lines.append(head)
        lines.extend(paras)
    lines.append(STEPS_HEAD)
    lines.extend(STEPS)
    lines.append(FORMULA_HEAD)
    lines.append(FORMULA_WORDS)
    lines.extend(" ".join(row) for row in [S_HEAD, *S_ROWS])
    return "\n".join(lines)


def wordart_xml() -> str:
    """A VML WordArt banner: its words only in v:textpath/@string."""
    return (
        f'<w:p xmlns:w="{W_URI}" xmlns:v="{V_URI}" xmlns:o="{O_URI}"><w:r><w:pict>'
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
        'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
        '<v:textpath on="t" fitshape="t"/></v:shapetype>'
        '<v:shape id="Banner1" o:spid="_x0000_s1025" type="#_x0000_t136" '
        'style="width:420pt;height:36pt" fillcolor="#7a1f1f" stroked="f">'
        f'<v:textpath style="font-family:&quot;DejaVu Sans&quot;;font-size:24pt" string="{BANNER}"/>'
        "</v:shape></w:pict></w:r></w:p>"
    )


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


def build_sheet(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 12, 4, 12, 0, 0)
    doc = docx.Document()
    props = doc.core_properties
    props.title = S_TITLE
    props.author = "GAMCE, service des cachets"
    props.created = when
    props.modified = when
    props.last_modified_by = "GAMCE, service des cachets"
    props.revision = 2
    props.language = "fr-FR"
    doc.add_heading(S_TITLE, level=0)
    doc.add_paragraph(S_SUB).runs[0].italic = True
    doc.add_paragraph(S_INTRO)
    table = doc.add_table(rows=len(S_ROWS) + 1, cols=3)
    table.style = "Table Grid"
    for i, row in enumerate([S_HEAD, *S_ROWS]):
        for j, cell in enumerate(row):
            run = table.cell(i, j).paragraphs[0].add_run(cell)
            if i == 0:
                run.bold = True
    for head, paras in S_SECTIONS:
        doc.add_heading(head, level=1)
        for text in paras:
            doc.add_paragraph(text)
    doc.add_heading(STEPS_HEAD, level=1)
    for text in STEPS:
        doc.add_paragraph(text)
    doc.add_heading(FORMULA_HEAD, level=1)
    doc.add_paragraph(FORMULA_WORDS)
    body = doc.element.body
    body[0].addprevious(parse_xml(wordart_xml()))
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f'<w:tblHeader xmlns:w="{W_URI}"/>'))
    doc.settings.odd_and_even_pages_header_footer = True
    section = doc.sections[0]
    section.header.paragraphs[0].text = HEADER_ODD
    section.even_page_header.paragraphs[0].text = HEADER_EVEN
    data = _zip_bytes(_parts(doc), when)
    if write:
        with open(SHEET_OUT, "wb") as f:
            f.write(data)
        print("wrote", SHEET_OUT)
    return data


if __name__ == "__main__":
    build_sheet()
