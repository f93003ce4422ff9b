#!/usr/bin/env python3
"""Build the two Word documents of union-an (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-an/make_docx.py    # python-docx is in the venv

- docs/lettre-avenant-1-contes-bibliotheques-ecoles.docx: AMENDING LETTER No. 1 (French,
  2 November 2026) on library and school storytelling. Its article 1 raises the session
  rate from 9 400 ₡ to "11 200 ₡" from 1 December 2026: that figure is a TYPING ERROR that
  corrigendum No. 1 corrects (a trap for "now"). The letter has FOOTNOTES in
  word/footnotes.xml (w:footnoteReference runs in the body): note 1 holds the condition on
  the session rate (at most 50 minutes, at most 15 children, a larger group is split),
  note 2 the condition on the flat travel sum of 1 250 ₡ (two schools more than 5 km
  apart). python-docx has no footnote API: its paragraphs show the figures without the
  conditions; the footnotes part is reached through its package (the footnotes
  relationship of the document part), or by a zipfile reader.
- docs/rectificatif-1-lettre-avenant-1.docx: CORRIGENDUM No. 1 (French, 24 November 2026):
  read 10 200 ₡, not 11 200 ₡. Its EFFECTIVE DATE is only in the page HEADER
  (word/header1.xml: "En vigueur le 1er décembre 2026"), the body says "à la date indiquée
  en en-tête". Its table holds A TABLE NESTED INSIDE A CELL (the corrected rate per kind of
  session).

`letter_text()` and `corrigendum_text()` return the text for check_set.py (the header, the
body, then the tables' cells joined by " | ", a nested table's rows after its cell; the
footnotes after the body). Fixed dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
LETTER_OUT = os.path.join(HERE, "docs", "lettre-avenant-1-contes-bibliotheques-ecoles.docx")
CORRIGENDUM_OUT = os.path.join(HERE, "docs", "rectificatif-1-lettre-avenant-1.docx")
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NNB = "\u202f"

# ---- amending letter No. 1 (footnotes) ------------------------------------------------------

L_TITLE = "Lettre d'avenant n° 1 à la convention « arts de chevet et de communauté » 2026-2029"
L_SUB = (
    "Contes en bibliothèque et à l'école. Entre le Syndicat des artistes de chevet et de "
    "communauté de Montsaule (SACM), l'Œuvre des clowns Lune de papier et la Régie "
    "régionale de santé de Halbrook (RRSH), pour son programme Arts et santé. Sainte-Ysolde, "
    "le 2 novembre 2026."
)
# a block is ("h", text) or ("p", [segments]); a segment is ("t", text) or ("fn", note number)
L_BLOCKS: list[tuple[str, object]] = [
    ("h", "Article 1 – Tarif de la séance de conte"),
    (
        "p",
        [
            (
                "t",
                f"À compter du 1er décembre 2026, la séance de conte en bibliothèque ou à "
                f"l'école est payée 11{NNB}200 ₡",
            ),
            ("fn", 1),
            ("t", f" au lieu de 9{NNB}400 ₡ (annexe A de la convention)."),
        ],
    ),
    ("h", "Article 2 – Deux écoles le même jour"),
    (
        "p",
        [
            (
                "t",
                f"La conteuse ou le conteur qui donne des séances dans deux écoles le même "
                f"jour reçoit un forfait de déplacement de 1{NNB}250 ₡",
            ),
            ("fn", 2),
            ("t", ", en plus de l'indemnité kilométrique de la convention."),
        ],
    ),
    ("h", "Article 3 – Conte en langue des signes"),
    (
        "p",
        [
            (
                "t",
                "La séance de conte en langue des signes est payée au tarif de la séance de "
                "conte, plus le supplément de langue de l'article 10.1 de la convention.",
            )
        ],
    ),
    ("h", "Article 4 – Calendrier des séances"),
    (
        "p",
        [
            (
                "t",
                "Les séances sont fixées avec la bibliothèque ou l'école au moins 10 jours à "
                "l'avance. Une séance déplacée à la demande de la bibliothèque ou de l'école "
                "est payée comme une séance annulée, selon l'article 10.2 de la convention.",
            )
        ],
    ),
    ("h", "Article 5 – Livres et accessoires"),
    (
        "p",
        [
            (
                "t",
                "Les livres, les tapis et les accessoires des séances sont fournis par la "
                "bibliothèque ou l'école. La conteuse ou le conteur garde ses propres "
                "accessoires, achetés sur l'indemnité de costumes et d'accessoires.",
            )
        ],
    ),
    ("h", "Article 6 – Portée"),
    (
        "p",
        [
            (
                "t",
                "Aucune autre clause de la convention n'est modifiée par la présente lettre, "
                "qui fait partie de la convention (article 5.4). Elle est rédigée en français.",
            )
        ],
    ),
]
L_FOOTNOTES = {
    1: (
        "Tarif d'une séance d'au plus 50 minutes, devant un groupe de 15 enfants au plus. "
        "Au-delà de 15 enfants, le groupe est dédoublé et chaque moitié est une séance "
        "distincte, payée au même tarif."
    ),
    2: (
        "Le forfait n'est dû que si les deux écoles sont à plus de 5 km l'une de l'autre ; "
        "sinon, seule l'indemnité kilométrique s'applique."
    ),
}
L_SIGN = (
    "Pour le SACM : Tobias Mwangi-Lefort, négociateur en chef. Pour Lune de papier : Imogen "
    "Farquhar-Diallo, directrice artistique. Pour la RRSH : Rafael Oyelaran-Beck, "
    "responsable du programme Arts et santé."
)


def _segments(body) -> str:
    return "".join(text for kind, text in body if kind == "t")


def letter_body() -> list[str]:
    """The letter's paragraphs as python-docx shows them (no footnote text)."""
    lines = [L_TITLE, L_SUB]
    for kind, body in L_BLOCKS:
        lines.append(str(body) if kind == "h" else _segments(body))
    lines.append(L_SIGN)
    return lines


def letter_text() -> str:
    return "\n".join([*letter_body(), *L_FOOTNOTES.values()])


# ---- corrigendum No. 1 (header, nested table) -----------------------------------------------

C_HEADER = "SACM · Lune de papier · RRSH – Rectificatif n° 1 – En vigueur le 1er décembre 2026"
C_TITLE = "Rectificatif n° 1 à la lettre d'avenant n° 1"
C_SUB = (
    "Entre le Syndicat des artistes de chevet et de communauté de Montsaule (SACM), l'Œuvre "
    "des clowns Lune de papier et la Régie régionale de santé de Halbrook (RRSH). "
    "Sainte-Ysolde, le 24 novembre 2026."
)
C_BODY = [
    (
        f"Une erreur de frappe s'est glissée dans l'article 1 de la lettre d'avenant n° 1 du "
        f"2 novembre 2026 (contes en bibliothèque et à l'école). Le tarif de la séance de conte "
        f"est de 10{NNB}200 ₡ par séance, et non de 11{NNB}200 ₡."
    ),
    (
        "Le présent rectificatif remplace ce chiffre dans la lettre. Il prend effet à la date "
        "indiquée dans l'en-tête, qui est aussi celle de l'article 1 de la lettre : aucune "
        "séance n'a donc été payée au chiffre erroné."
    ),
    (
        "Les autres articles de la lettre et ses notes ne changent pas : les conditions de la "
        "séance et le forfait de deux écoles restent ceux de la lettre."
    ),
    (
        "Le tableau ci-dessous reprend la rectification. La colonne « Lire » donne le tarif "
        "rectifié pour chaque sorte de séance de conte."
    ),
]
C_TABLE_HEAD = ["Article", "Au lieu de", "Lire"]
C_TABLE_ROW = ["Article 1 de la lettre d'avenant n° 1", f"11{NNB}200 ₡ par séance"]
C_NESTED_INTRO = "Tarif rectifié :"
C_NESTED = [
    ["Séance", "Tarif"],
    ["Conte en bibliothèque", f"10{NNB}200 ₡"],
    ["Conte à l'école", f"10{NNB}200 ₡"],
    ["Conte en langue des signes", f"10{NNB}200 ₡, plus le supplément de langue"],
]
C_AFTER = [
    (
        "Le bureau de Sainte-Ysolde envoie le présent rectificatif à chaque conteuse et à "
        "chaque conteur inscrit au programme Arts et santé, avec la lettre d'avenant n° 1. "
        "Les bibliothèques et les écoles le reçoivent de la Régie."
    ),
    (
        "Les séances de conte données avant la date d'effet restent payées au tarif de "
        "l'annexe A de la convention. Les séances en langue des signes reçoivent en plus le "
        "supplément de langue prévu par la convention, qui ne change pas."
    ),
    (
        "Une question sur le rectificatif se pose au bureau de Sainte-Ysolde ou au "
        "responsable du programme Arts et santé."
    ),
]
C_SIGN = (
    "Pour le SACM : Tobias Mwangi-Lefort, négociateur en chef. Pour Lune de papier : Imogen "
    "Farquhar-Diallo, directrice artistique. Pour la RRSH : Rafael Oyelaran-Beck, "
    "responsable du programme Arts et santé."
)


def corrigendum_text() -> str:
    lines = [C_HEADER, C_TITLE, C_SUB, *C_BODY]
    lines.append(" | ".join(C_TABLE_HEAD))
    lines.append(" | ".join([*C_TABLE_ROW, C_NESTED_INTRO]))
    lines += [" | ".join(r) for r in C_NESTED]
    lines += [*C_AFTER, C_SIGN]
    return "\n".join(lines)


# ---- building -------------------------------------------------------------------------------


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


def _props(doc, title: str, author: str, when: datetime.datetime) -> None:
    props = doc.core_properties
    props.title = title
    props.author = author
    props.created = when
    props.modified = when
    props.last_modified_by = author
    props.revision = 2
    props.language = "fr-FR"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def footnotes_xml() -> bytes:
    notes = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>",
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>",
    ]
    for n, text in L_FOOTNOTES.items():
        notes.append(
            f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
            f'</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {_esc(text)}</w:t>'
            f"</w:r></w:p></w:footnote>"
        )
    return (
        f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<w:footnotes xmlns:w="{W_URI}">{"".join(notes)}</w:footnotes>'
    ).encode()


def build_letter(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 11, 2, 12, 0, 0)
    doc = docx.Document()
    _props(doc, L_TITLE, "SACM – bureau de Sainte-Ysolde", when)
    doc.add_heading(L_TITLE, level=0)
    doc.add_paragraph(L_SUB).runs[0].italic = True
    for kind, body in L_BLOCKS:
        if kind == "h":
            doc.add_heading(str(body), level=1)
            continue
        p = doc.add_paragraph()
        for seg, value in body:
            if seg == "t":
                p.add_run(str(value))
            else:
                p._p.append(
                    parse_xml(
                        f'<w:r xmlns:w="{W_URI}"><w:rPr><w:vertAlign w:val="superscript"/>'
                        f'</w:rPr><w:footnoteReference w:id="{value}"/></w:r>'
                    )
                )
    doc.add_paragraph(L_SIGN)
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, footnotes_xml(), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    return _save(doc, LETTER_OUT if write else None, when)


def _table(parent, rows: list[list[str]], bold_first: bool = True):
    t = parent.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            run = t.cell(i, j).paragraphs[0].add_run(text)
            run.bold = True if (i == 0 and bold_first) else None
    return t


def build_corrigendum(write: bool = True) -> bytes:
    import docx  # python-docx

    when = datetime.datetime(2026, 11, 24, 12, 0, 0)
    doc = docx.Document()
    _props(doc, C_TITLE, "SACM – bureau de Sainte-Ysolde", when)
    doc.sections[0].header.paragraphs[0].text = C_HEADER
    doc.add_heading(C_TITLE, level=0)
    doc.add_paragraph(C_SUB).runs[0].italic = True
    for text in C_BODY:
        doc.add_paragraph(text)
    outer = _table(doc, [C_TABLE_HEAD, [*C_TABLE_ROW, ""]])
    cell = outer.cell(1, 2)
    cell.paragraphs[0].add_run(C_NESTED_INTRO)
    inner = cell.add_table(rows=len(C_NESTED), cols=2)
    inner.style = "Table Grid"
    for i, row in enumerate(C_NESTED):
        for j, text in enumerate(row):
            run = inner.cell(i, j).paragraphs[0].add_run(text)
            run.bold = True if i == 0 else None
    for text in C_AFTER:
        doc.add_paragraph(text)
    doc.add_paragraph(C_SIGN)
    return _save(doc, CORRIGENDUM_OUT if write else None, when)


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_letter()
    build_corrigendum()
