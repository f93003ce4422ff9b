#!/usr/bin/env python3
"""Build the Word document of union-af (its whole text is in this script).

    /work/main/.venv/bin/python eval/union-af/make_docx.py    # python-docx is in the venv

docs/resume-entente-equestre-animaliere-2026-2028.docx: the Guild's French summary of the
Equestrian and Animal-Action Agreement, updated on 2 December 2026. Four traps of layout:

- TRACKED CHANGES: one paragraph holds a revision, `w:del` with the old figure of the
  own-horse supplement ("17 500 ₦", in `w:delText`: a trap, the deleted figure) and `w:ins`
  with the new one ("18 500 ₦"). python-docx's `Paragraph.text` reads neither; the figure
  is also in the nested table, as plain text.
- A CONTENT CONTROL (`w:sdt`, a date picker) holds the agreement's effective date
  ("1er juillet 2026"), inside a paragraph: python-docx's `Paragraph.text` skips it.
- A HEADER (`word/header1.xml`) holds the document's title and its period ("S2 2026 et
  premier semestre 2027").
- A TABLE NESTED IN A TABLE CELL: the outer two-column table ("Rubrique" / "Détail") has,
  in its first row's right cell, the table of rates by half-year; python-docx's `row.cells`
  text does not include it (a reader must follow `cell.tables`).

Amounts are written "126 000 ₦" (U+00A0 in the thousands and before "₦"). `summary_text()`
returns the visible text (paragraphs, the inserted figure but not the deleted one, the
content control's date, the header, table cells joined by " | ", the nested table's rows)
for check_set.py. Fixed dates: the output is byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SUMMARY_OUT = os.path.join(HERE, "docs", "resume-entente-equestre-animaliere-2026-2028.docx")
NB = "\u00a0"


def nn(amount: str) -> str:
    """'126 000' -> '126 000 ₦' with U+00A0 in the thousands and before the sign."""
    return amount.replace(" ", NB) + NB + "₦"


HEADER = "Résumé de l'entente équestre et animalière 2026–2028 – S2 2026 et premier semestre 2027"
TITLE = "Résumé de l'entente équestre et animalière 2026–2028"
SUB = (
    "Document d'information de la Guilde des artistes équestres et animaliers de Valmorane "
    "(GAEA), bureau de Saint-Ambroise, mis à jour le 2 décembre 2026. Seul le texte de "
    "l'entente fait foi ; les renvois entre parenthèses désignent ses articles."
)
SDT_LEAD = "Date d'effet de l'entente : "
SDT_DATE = "1er juillet 2026"
SDT_FULL = "2026-07-01T00:00:00Z"

# the tracked change: lead, deleted, inserted, tail
TC_LEAD = (
    "Figurants à cheval : le figurant qui monte son propre cheval reçoit, au S2 2026, un "
    "supplément de "
)
TC_DEL = nn("17 500")
TC_INS = nn("18 500")
TC_TAIL = f" par jour, en plus de son cachet de {nn('47 000')} (article 10(1))."
TC_AUTHOR = "GAEA – Saint-Ambroise"
TC_DATE = "2026-12-02T09:30:00Z"

NESTED_HEAD = ["Engagement", "S2 2026", "Premier semestre 2027"]
NESTED_ROWS = [
    ["Cascadeur à cheval, journée de tournage de 10 heures", nn("126 000"), nn("134 000")],
    ["Dresseur ou soigneur animalier, par jour", nn("88 000"), nn("93 500")],
    ["Cheval fourni, par animal et par jour", nn("15 000"), nn("16 000")],
    ["Animal exotique sous licence, par jour", nn("34 000"), nn("36 000")],
    ["Figurant à cheval, par jour", nn("47 000"), nn("50 000")],
    ["Supplément cheval personnel, par jour", nn("18 500"), nn("19 500")],
    ["Cavalier de spectacle en tournée, par représentation", nn("61 000"), nn("64 500")],
]
OUTER_HEAD = ["Rubrique", "Détail"]
OUTER_ROWS = [
    ["Cachets par semestre", None],  # None: the nested table
    [
        "Journée de tournage",
        "10 heures à partir de l'heure d'appel, sellage et consignes de sécurité compris "
        "(article 4(1)).",
    ],
    [
        "Prime de nuit",
        "20 % du cachet de la journée pour le travail entre 20 h et 6 h (article 9(3)).",
    ],
    [
        "Annulation pour météo",
        "Annulée la veille avant 18 h : rien. Annulée le jour même : la moitié du cachet "
        "(50 %). Après la première prise : journée entière (article 8).",
    ],
    [
        "Réutilisation des images",
        "35 % du cachet de la journée d'origine, pour chaque production qui réutilise les "
        "images (article 12(1)).",
    ],
]

# (kind, text): "title", "sub", "sdt", "h", "p", "table", "tc" (the tracked change)
BODY: list[tuple[str, str]] = [
    ("title", TITLE),
    ("sub", SUB),
    ("sdt", ""),
    ("h", "Champ d'application et semestres"),
    (
        "p",
        "L'entente lie la GAEA et l'Association des producteurs d'écran et de spectacle de "
        "Valmorane (APESV) : Greyfell Pictures, Northwind Television, Carrousel Live et "
        "Atelier Brume. Elle couvre les cascadeurs à cheval, les voltigeurs et cavaliers en "
        "liberté, les chefs d'écurie de tournage, les dresseurs et soigneurs, les meneurs "
        "d'attelage, les figurants à cheval et les cavaliers de spectacle (article 1).",
    ),
    (
        "p",
        "Elle s'applique jusqu'au 30 juin 2028 et fixe les cachets par semestre : le S2 2026 "
        "(du 1er juillet au 31 décembre 2026), le premier semestre 2027 et le S2 2027. Le "
        "1er janvier 2027, tous les cachets passent à la colonne du premier semestre 2027 "
        "(article 3(2)).",
    ),
    ("h", "Cachets et règles"),
    ("table", ""),
    ("tc", ""),
    (
        "p",
        "Les voltigeurs et cavaliers en liberté sont payés par spectacle, les chefs d'écurie "
        "de tournage par semaine (une semaine de préparation à un taux inférieur), les "
        "meneurs d'attelage par jour. Les cavaliers de spectacle sont payés par "
        "représentation, au tarif de l'arène ou au tarif de tournée.",
    ),
    ("h", "Intelligence artificielle"),
    (
        "p",
        "Doubles numériques : consentement écrit pour chaque production sur le formulaire "
        f"numéroté DD-3 ; cachet de scan de {nn('185 000')} par journée de scan, en vigueur "
        f"depuis la signature de l'entente ; {nn('240 000')} pour chaque production qui "
        "réutilise le double (article 15).",
    ),
    (
        "p",
        "Aucune utilisation du double dans une scène de chute fatale du cavalier sans un "
        "nouveau consentement écrit du cavalier, donné pour cette scène (article 15(4)).",
    ),
    (
        "p",
        "Animaux synthétiques : la licence du dresseur, suspendue par le moratoire du comité "
        "conjoint du 1er août au 31 octobre 2026, a repris le 1er novembre 2026 à "
        f"{nn('175 000')} par animal et par production, au lieu de {nn('160 000')} "
        "(article 16(2)).",
    ),
    (
        "p",
        f"Fonds d'entraînement sur les rushes : {nn('9 250 000')} pour l'année civile 2026, "
        f"{nn('18 500 000')} pour chacune des années 2027 et 2028, versés au plus tard le "
        "31 mars de l'année suivante (article 18(2)).",
    ),
    (
        "p",
        "Mention au générique de fin : « Cavaliers et animaux numériques dans cette "
        "production » (article 19(1)).",
    ),
    ("h", "Ancienne entente et accords parallèles"),
    (
        "p",
        "Le supplément de sellage matinal de l'ancienne entente (appel avant 5 h), "
        f"{nn('8 500')} par appel, est maintenu (article 21(2)). L'indemnité de pansage "
        f"({nn('4 000')} par cheval et par jour) n'est pas reprise (article 21(3)).",
    ),
    (
        "p",
        "La réutilisation des images, payée 25 % dans l'entente 2023–2026, passe à 35 % "
        "(article 21(4)).",
    ),
    (
        "p",
        f"L'accord parallèle n° 2 sur les rodéos ({nn('48 000')} par représentation) a expiré "
        "le 30 juin 2026 sans remplacement : un rodéo est une représentation en arène "
        "(article 21(5)).",
    ),
    (
        "p",
        "Renseignements : bureau de la GAEA à Saint-Ambroise. Ce résumé ne remplace pas "
        "l'entente ; en cas de différence, l'entente l'emporte.",
    ),
]


def summary_text() -> str:
    """The visible text: header, paragraphs (the inserted figure, not the deleted one; the
    content control's date), the outer table's rows and the nested table's rows."""
    lines = [HEADER]
    for kind, text in BODY:
        if kind == "sdt":
            lines.append(SDT_LEAD + SDT_DATE)
        elif kind == "tc":
            lines.append(TC_LEAD + TC_INS + TC_TAIL)
        elif kind == "table":
            lines.append(" | ".join(OUTER_HEAD))
            for a, b in OUTER_ROWS:
                if b is None:
                    lines.append(a)
                    lines += [" | ".join(r) for r in [NESTED_HEAD, *NESTED_ROWS]]
                else:
                    lines.append(f"{a} | {b}")
        else:
            lines.append(text)
    return "\n".join(lines)


W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f'xmlns:w="{W_URI}"'


def _run(text: str, tag: str = "w:t") -> str:
    return f'<w:r><{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


SDT_XML = (
    f'<w:sdt {W}><w:sdtPr><w:alias w:val="Date d\'effet"/><w:tag w:val="date-effet"/>'
    '<w:id w:val="41"/>'
    f'<w:date w:fullDate="{SDT_FULL}"><w:dateFormat w:val="d MMMM yyyy"/>'
    '<w:lid w:val="fr-FR"/><w:storeMappedDataAs w:val="dateTime"/>'
    '<w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
    f"<w:sdtContent>{_run(SDT_DATE)}</w:sdtContent></w:sdt>"
)
DEL_XML = (
    f'<w:del {W} w:id="51" w:author="{escape(TC_AUTHOR)}" w:date="{TC_DATE}">'
    f"{_run(TC_DEL, 'w:delText')}</w:del>"
)
INS_XML = (
    f'<w:ins {W} w:id="52" w:author="{escape(TC_AUTHOR)}" w:date="{TC_DATE}">{_run(TC_INS)}</w:ins>'
)


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


def _bold_row(row, texts) -> None:
    for cell, text in zip(row.cells, texts, strict=True):
        cell.paragraphs[0].add_run(text).bold = True


def _tables(doc) -> None:
    outer = doc.add_table(rows=1 + len(OUTER_ROWS), cols=2)
    outer.style = "Table Grid"
    _bold_row(outer.rows[0], OUTER_HEAD)
    for i, (a, b) in enumerate(OUTER_ROWS, 1):
        outer.cell(i, 0).paragraphs[0].add_run(a)
        cell = outer.cell(i, 1)
        if b is not None:
            cell.paragraphs[0].add_run(b)
            continue
        inner = cell.add_table(rows=1 + len(NESTED_ROWS), cols=3)
        inner.style = "Table Grid"
        _bold_row(inner.rows[0], NESTED_HEAD)
        for r, row in enumerate(NESTED_ROWS, 1):
            for c, text in enumerate(row):
                inner.cell(r, c).paragraphs[0].add_run(text)


def build_summary(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 12, 2, 12, 0, 0)
    doc = docx.Document()
    props = doc.core_properties
    props.title = TITLE
    props.author = "GAEA – bureau de Saint-Ambroise"
    props.created = when
    props.modified = when
    props.last_modified_by = "GAEA"
    props.revision = 7
    props.language = "fr-FR"
    header = doc.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].add_run(HEADER).italic = True
    for kind, text in BODY:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "sdt":
            p = doc.add_paragraph(SDT_LEAD)
            p._p.append(parse_xml(SDT_XML))
        elif kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "table":
            _tables(doc)
        elif kind == "tc":
            p = doc.add_paragraph(TC_LEAD)
            p._p.append(parse_xml(DEL_XML))
            p._p.append(parse_xml(INS_XML))
            p.add_run(TC_TAIL)
        else:
            doc.add_paragraph(text)
    return _save(doc, SUMMARY_OUT if write else None, when)


if __name__ == "__main__":
    build_summary()
