#!/usr/bin/env python3
"""Build the Word document of union-ae (its whole text is in this script).

    /work/main/.venv/bin/python eval/union-ae/make_docx.py    # python-docx is in the venv

docs/resume-convention-artistes-accompagnement-2025-2028.docx: the Guild's French summary
of the Backing Performers Agreement, updated on 14 August 2026 (so it still gives the
avatar-concert notice of 60 jours that Avis conjoint n° 2026-05 replaced from le
15 octobre 2026, and the cartage fee as suspended). Three traps of layout:

- WORD AUTOMATIC NUMBERING: every heading and item is a list paragraph (`w:numPr` pointing
  to a two-level decimal list added to `word/numbering.xml`: "1.", "1.1"), so the item
  numbers are drawn by Word and are NOT in the text of any paragraph.
- A FOOTNOTE in `word/footnotes.xml` (referenced by `w:footnoteReference` in the table's
  per-diem row) holds the only French statement of the per diem from the third quarter
  ("à partir du T3 2026/27 ... 195,00 R$"): it is not among python-docx's paragraphs or
  cells; it is read through the XML (zipfile) or through the footnotes part that
  python-docx loads with the document.
- A TABLE WITH MERGED CELLS: "Engagement" and "Unité" each span the two header rows
  (`w:vMerge`), "Cachets" spans the two year columns (`w:gridSpan`), and the role cells
  "Choriste d'accompagnement" and "Musicien ou musicienne de tournée" each span three
  body rows (`w:vMerge`).

Amounts are written "1 260,00 R$" (U+00A0 between the thousands and before "R$"). The
year-2027/28 column is headed "dès le 1.4.2027". `summary_text()` returns the text (one
paragraph per line, table cells joined by " | ", a merged cell's text in its first cell
only, the footnote at the end) for check_set.py. Fixed dates, so the output is
byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SUMMARY_OUT = os.path.join(HERE, "docs", "resume-convention-artistes-accompagnement-2025-2028.docx")
NB = "\u00a0"


def rs(amount: str) -> str:
    """'1 260,00' -> '1 260,00 R$' with U+00A0 in the thousands and before the currency."""
    return amount.replace(" ", NB) + NB + "R$"


FOOTNOTE = (
    f"L'indemnité journalière de {rs('185,00')} vaut pour les deux premiers trimestres de "
    f"l'exercice 2026/27. À partir du T3 2026/27, elle est de {rs('195,00')} par jour de "
    "tournée, jours de route et jours de relâche compris."
)
FOOTNOTE_ROW = "Indemnité journalière (per diem)"

TABLE_HEAD_1 = ["Engagement", "Unité", "Cachets", ""]
TABLE_HEAD_2 = ["", "", "Exercice 2026/27", "Exercice 2027/28 (dès le 1.4.2027)"]
# role, unit, 2026/27, 2027/28 (a role "" continues the merged role cell above)
TABLE_ROWS = [
    ["Choriste d'accompagnement", "par séance de 3 heures", rs("1 260,00"), rs("1 310,00")],
    ["", "surimpression (overdub), par piste", rs("310,00"), rs("320,00")],
    ["", "prime de ligne principale (lead-line)", rs("210,00"), rs("220,00")],
    [
        "Chœur de séance",
        "par chanteur, par séance (minimum 4 chanteurs)",
        rs("725,00"),
        rs("750,00"),
    ],
    [
        "Danseur ou danseuse de vidéoclip",
        "par jour de tournage de 10 heures",
        rs("1 480,00"),
        rs("1 540,00"),
    ],
    [
        "Figurant ou figurante en vedette",
        "par jour de tournage de 10 heures",
        rs("620,00"),
        rs("640,00"),
    ],
    ["Musicien ou musicienne de tournée", "par spectacle", rs("980,00"), rs("1 020,00")],
    ["", "allocation hebdomadaire de tournée", rs("2 150,00"), rs("2 240,00")],
    ["", "par jour de répétition", rs("430,00"), rs("450,00")],
    [FOOTNOTE_ROW, "par jour de tournée", rs("185,00"), rs("200,00")],
]

# (kind, text): "title", "sub", "h" (numbered, level 0), "li" (numbered, level 1), "p",
# "table"
BODY: list[tuple[str, str]] = [
    ("title", "Résumé de la convention des artistes d'accompagnement 2025/26 – 2027/28"),
    (
        "sub",
        "Document d'information de la Guilde des artistes d'accompagnement de Bellmare "
        "(GAAB), bureau de Sainte-Odile-sur-Mer, mis à jour le 14 août 2026. Seul le texte "
        "de la convention signée à Calderport le 20 mars 2025 fait foi ; les rubriques "
        "sont numérotées automatiquement et les renvois entre parenthèses désignent les "
        "clauses de la convention.",
    ),
    ("h", "Champ d'application et exercices"),
    (
        "li",
        "La convention lie la GAAB et les Producteurs phonographiques et de concerts de "
        "Bellmare (PPCB) : Lanternfish Records, Harbourlight Music, Calder Live Promotions "
        "et Tournées Boréal. Elle couvre les choristes d'accompagnement, les chœurs de "
        "séance, les danseurs et figurants en vedette de vidéoclips et les musiciens de "
        "tournée (clause 1(2)).",
    ),
    (
        "li",
        "Elle s'applique du 1er avril 2025 au 31 mars 2028. Les cachets sont fixés par "
        "exercice, du 1er avril au 31 mars ; certains, comme l'indemnité journalière, le "
        "sont par trimestre (clause 2(3)).",
    ),
    (
        "li",
        "Le 1.4.2027, au début de l'exercice 2027/28, tous les cachets du tableau "
        "augmentent de 4 %, arrondis à la dizaine de reais (clause 3(2)).",
    ),
    ("h", "Cachets"),
    ("table", ""),
    (
        "li",
        "La choriste ou le choriste d'accompagnement est payé par séance de 3 heures, même "
        "si la séance finit plus tôt. Chaque surimpression (overdub) sur une piste "
        "supplémentaire donne droit au supplément par piste ; la prime de ligne principale "
        "est due aux conditions de la clause 4(3).",
    ),
    (
        "li",
        "Un chœur de séance compte au minimum 4 chanteurs : le producteur qui en engage "
        "moins paie 4 chanteurs au tarif du chœur (clause 5(2)).",
    ),
    (
        "li",
        "Les danseurs et les figurants en vedette sont payés par jour de tournage de "
        "10 heures ; au-delà, les heures supplémentaires sont payées à l'heure selon le "
        "barème des vidéoclips du comité conjoint des tarifs (clause 6(2)).",
    ),
    (
        "li",
        "Les musiciens de tournée reçoivent un cachet par spectacle, une allocation "
        "hebdomadaire pour chaque semaine de tournée et l'indemnité journalière pour chaque "
        "jour passé hors de chez eux. Une journée de répétition est payée au tarif de "
        "répétition, inférieur au cachet de spectacle.",
    ),
    ("h", "Suppléments et conditions"),
    (
        "li",
        "Second instrument : la musicienne ou le musicien qui joue d'un instrument "
        "additionnel dans le même spectacle ou la même séance reçoit un supplément de 15 % "
        "du cachet, par instrument additionnel (clause 8(1)).",
    ),
    (
        "li",
        f"Transport d'un instrument encombrant (cartage) : {rs('140,00')} par engagement et "
        "par instrument (clause 9(1)). Ce supplément est suspendu depuis le 6 juillet 2026 "
        "par la décision JRC 3/2026 ; pendant la suspension, le service de fret commun des "
        "producteurs transporte les instruments.",
    ),
    (
        "li",
        "Repos entre deux spectacles : au moins 12 heures entre la fin d'un spectacle et "
        "l'appel suivant (clause 10(1)).",
    ),
    (
        "li",
        "Nouvelle utilisation d'une séance (film, publicité, jeu vidéo, télévision) : 50 % "
        "du cachet de séance, pour chaque nouvelle utilisation (clause 12(1)).",
    ),
    (
        "li",
        f"Supplément d'appel matinal (appel avant 8 h) : {rs('75,00')} par appel, repris "
        "de l'ancienne convention (clause 23(2)).",
    ),
    ("h", "Fonds de redevances de diffusion en continu"),
    (
        "li",
        "Chaque trimestre, les maisons de disques versent 2 % de leurs recettes nettes de "
        "diffusion en continu au fonds des redevances ; la Guilde publie un relevé des "
        "versements, parution par parution (clause 13).",
    ),
    ("h", "Intelligence artificielle"),
    (
        "li",
        "Synthèse vocale : aucun modèle vocal ne peut être entraîné sur les stems d'une "
        "séance sans l'accord écrit de l'artiste, donné pour chaque projet sur le "
        f"formulaire VS-2 ; {rs('2 400,00')} par parution qui utilise une piste vocale "
        "synthétique ; au plus 3 pistes vocales synthétiques par album (clause 15).",
    ),
    (
        "li",
        "Licence d'entraînement : les producteurs versent un forfait annuel de "
        f"{rs('1 800 000,00')} au fonds d'entraînement sur les stems, au plus tard le "
        "30 juin de chaque exercice (clause 16(1)).",
    ),
    (
        "li",
        "Concerts d'avatars : le double numérique d'un artiste ne monte sur scène qu'avec "
        f"son accord écrit, et l'artiste reçoit {rs('3 150,00')} par spectacle. Pour un "
        "artiste décédé, il faut l'accord écrit de sa succession, à qui le cachet est "
        "versé. Le producteur donne à la Guilde un préavis de 60 jours avant le premier "
        "concert (clause 17).",
    ),
    (
        "li",
        "Vidéoclips générés par IA : l'image d'un danseur ou d'un figurant en vedette ne "
        f"peut être utilisée qu'avec son accord écrit, contre {rs('1 850,00')} par vidéo "
        "(clause 18(1)).",
    ),
    (
        "li",
        "Suppression : le modèle vocal ou le double numérique est supprimé dans les "
        "30 jours suivant la demande écrite de l'artiste (clause 19(1)).",
    ),
    (
        "li",
        "Mention : toute parution qui utilise une piste vocale synthétique porte dans ses "
        "crédits la mention « AI-assisted vocals » (en français, « Voix assistées par "
        "IA ») (clause 20(1)).",
    ),
    ("h", "Ancienne convention"),
    (
        "li",
        f"Le supplément d'appel matinal de l'ancienne convention ({rs('75,00')}) est "
        f"maintenu ; l'indemnité de stationnement ({rs('35,00')} par séance) est supprimée.",
    ),
    (
        "li",
        "Le repos de 10 heures et la nouvelle utilisation à 40 % de l'ancienne convention "
        "sont remplacés par les 12 heures et les 50 % ci-dessus.",
    ),
    (
        "p",
        "Renseignements : bureau de la GAAB à Sainte-Odile-sur-Mer. Ce résumé ne remplace "
        "pas la convention ; en cas de différence, la convention l'emporte.",
    ),
]


def _table_lines() -> list[str]:
    return [" | ".join(r) for r in [TABLE_HEAD_1, TABLE_HEAD_2, *TABLE_ROWS]]


def summary_text() -> str:
    lines = []
    for kind, text in BODY:
        if kind == "table":
            lines += _table_lines()
        else:
            lines.append(text)
    lines.append(FOOTNOTE)
    return "\n".join(lines)


W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f'xmlns:w="{W_URI}"'
NUM_ID = 10
ABSTRACT_ID = 10
FOOTNOTE_ID = 1

ABSTRACT_XML = (
    f'<w:abstractNum {W} w:abstractNumId="{ABSTRACT_ID}">'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="851" w:hanging="567"/></w:pPr></w:lvl>'
    "</w:abstractNum>"
)
NUM_XML = f'<w:num {W} w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABSTRACT_ID}"/></w:num>'

FOOTNOTES_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    f"<w:footnotes {W}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>"
    f'<w:footnote w:id="{FOOTNOTE_ID}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
    '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
    f'<w:r><w:t xml:space="preserve"> {escape(FOOTNOTE)}</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _num_pr(level: int) -> str:
    return f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'


def _save(doc, out: str | None, when: datetime.datetime) -> bytes:
    """Save with fixed zip dates (to `out` unless it is None); return the bytes."""
    buf = io.BytesIO()
    doc.save(buf)
    stamp = (when.year, when.month, when.day, 12, 0, 0)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    parts = {info.filename: src.read(info.filename) for info in src.infolist()}
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


def _add_numbering(doc) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    abstract = parse_xml(ABSTRACT_XML)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(NUM_XML))


def _add_footnotes_part(doc) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    part = Part(
        PackURI("/word/footnotes.xml"),
        FOOTNOTES_CT,
        FOOTNOTES_XML.encode("utf-8"),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)


def _numbered(doc, text: str, level: int, style: str | None):
    from docx.oxml import parse_xml

    p = doc.add_paragraph(text, style=style)
    p._p.get_or_add_pPr().append(parse_xml(_num_pr(level)))
    return p


def _table(doc) -> None:
    from docx.oxml import parse_xml

    rows = [TABLE_HEAD_1, TABLE_HEAD_2, *TABLE_ROWS]
    table = doc.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    # the text first, in the first cell of each span only; then the merges (python-docx
    # writes w:vMerge / w:gridSpan and keeps the first cell's paragraph)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            if not text:
                continue
            par = table.cell(i, j).paragraphs[0]
            par.add_run(text).bold = i < 2
            if i >= 2 and row[0] == FOOTNOTE_ROW and j == 1:
                par._p.append(
                    parse_xml(
                        f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                        f'<w:footnoteReference w:id="{FOOTNOTE_ID}"/></w:r>'
                    )
                )
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 1).merge(table.cell(1, 1))
    table.cell(0, 2).merge(table.cell(0, 3))
    r = 2
    while r < len(rows):
        span = 1
        while r + span < len(rows) and rows[r + span][0] == "":
            span += 1
        if span > 1:
            table.cell(r, 0).merge(table.cell(r + span - 1, 0))
        r += span


def build_summary(write: bool = True) -> bytes:
    import docx  # python-docx

    when = datetime.datetime(2026, 8, 14, 12, 0, 0)
    doc = docx.Document()
    props = doc.core_properties
    props.title = "Résumé de la convention des artistes d'accompagnement"
    props.author = "GAAB – bureau de Sainte-Odile-sur-Mer"
    props.created = when
    props.modified = when
    props.last_modified_by = "GAAB"
    props.revision = 4
    props.language = "fr-FR"
    _add_numbering(doc)
    _add_footnotes_part(doc)
    for kind, text in BODY:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "h":
            _numbered(doc, text, 0, "Heading 1")
        elif kind == "li":
            _numbered(doc, text, 1, None)
        elif kind == "table":
            _table(doc)
        else:
            doc.add_paragraph(text)
    return _save(doc, SUMMARY_OUT if write else None, when)


if __name__ == "__main__":
    build_summary()
