#!/usr/bin/env python3
"""Build the two Word documents of union-aj (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-aj/make_docx.py    # python-docx is in the venv

- docs/memorandum-of-settlement-1-aerialists-standbys-tests.docx: Memorandum of Settlement
  No. 1 between the AFSG and the CLSPA, in English. Its traps of layout:
  * the EFFECTIVE DATE is only in the PAGE HEADER (`word/header1.xml`): 1 November 2026;
  * a TABLE WITH MERGED CELLS: the aerialist's frozen show fee in one cell spanning the two
    period columns (`w:gridSpan`), the role label "Aerialist" merged down its two rows
    (`w:vMerge`);
  * NESTED TABLES inside the safety standby's two period cells (day and half day);
  * a TRACKED CHANGE in the rehearsal-hour cell: the old figure "PHP 690.00" deleted
    (`w:del` / `w:delText`) and "PHP 735.00" inserted (`w:ins`); python-docx's
    `Paragraph.text` and `_Cell.text` read neither (they skip `w:ins`);
  * a REVIEWER'S COMMENT (`word/comments.xml`) on the inserted figure proposing
    "PHP 760.00", never adopted (a trap);
  "twenty per cent", "−₱125.00" (with U+2212) and "2027/03/01" are written once.
- docs/avenant-2-prorogation-clause-14.docx: the French rider No. 2 that RENEWS the
  sunset clause 14 (the wind limit pilot): "la clause 14 est prorogée jusqu'au
  31 décembre 2027" (it was to expire on 30 June 2027). It gives no wind figure.

`memo_text()` and `renewal_text()` return the accepted text (insertions kept, deletions
and the comment left out; the header, the tables and the nested tables included) for
check_set.py; `MEMO_DELETED` and `MEMO_COMMENT` hold what a reader of the raw XML also
meets. Fixed dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
MEMO_OUT = os.path.join(HERE, "docs", "memorandum-of-settlement-1-aerialists-standbys-tests.docx")
RENEWAL_OUT = os.path.join(HERE, "docs", "avenant-2-prorogation-clause-14.docx")
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f'xmlns:w="{W_URI}"'
REV_DATE = "2026-10-16T10:00:00Z"
MINUS = "\u2212"

# ---- the memorandum ---------------------------------------------------------------------

MEMO_HEADER = "Memorandum of Settlement No. 1 · AFSG / CLSPA · Effective date: 1 November 2026"
MEMO_TITLE = "Memorandum of Settlement No. 1 – aerialists, safety standbys and rigging tests"
MEMO_DELETED = "PHP 690.00"
MEMO_INSERTED = "PHP 735.00"
MEMO_COMMENT = (
    "Proposal: PHP 760.00, to match the half-hour steps of the standby rate. (G. V.-L., CLSPA)"
)
MEMO_COMMENT_AUTHOR = "Gerald Villafuerte-Landry"

MEMO_BEFORE: list[tuple[str, str]] = [
    ("title", MEMO_TITLE),
    (
        "p",
        "Between the Aerial and Fire Stunt Performers' Guild of Corallie (AFSG) and the "
        "Corallie Live and Screen Producers' Association (CLSPA). Signed at Port-Bastide on "
        "20 October 2026. This memorandum amends Table 3 of Schedule A of the Aerial, Wire "
        "and Fire Stunt Agreement 2026 from the effective date printed in the header of each "
        "page; where this memorandum and the Agreement differ, this memorandum prevails.",
    ),
    ("h", "1. Aerialists"),
    (
        "p",
        "1.1 The rehearsal hour of an aerialist (Table 3, line 6) is raised from the effective "
        "date. The new figures are in the table of section 4; the FY2027 figure of line 6 is "
        "replaced as well.",
    ),
    (
        "p",
        "1.2 The show fee of an aerialist (Table 3, line 5) is frozen: no increase in FY2027; "
        "the FY2026 rate continues. The FY2027 figure printed in line 5 of Table 3 does not "
        "apply.",
    ),
    (
        "p",
        "1.3 The night premium of twenty per cent (clause 8.2 of the Agreement) applies to "
        "every show that ends after 22:00, for the whole show.",
    ),
    ("h", "2. Safety standbys"),
    (
        "p",
        "2.1 A safety standby called for a half day, that is no more than 5 hours, is paid the "
        "half-day rate in the table of section 4. A standby who stays longer is paid the full "
        "day.",
    ),
    ("h", "3. Rigging tests"),
    (
        "p",
        "3.1 A rigging-test performer is paid per test session (Table 3, line 12). Sandbag "
        "tests, made with weights or dummies, are not performers' tests: they are never paid "
        "as test sessions, and a rigging-test performer's first session on a rig begins only "
        "after the sandbag tests of that rig are complete.",
    ),
    ("h", "4. Rates from the effective date"),
]

MEMO_TABLE_HEAD = ["Role", "Item", "FY2026", "FY2027"]
FROZEN_CELL = "PHP 3,460.00 – frozen: no increase in FY2027"
STANDBY_NESTED = {
    "FY2026": [("Day", "PHP 4,200.00"), ("Half day (up to 5 hours)", "PHP 2,240.00")],
    "FY2027": [("Day", "PHP 4,380.00"), ("Half day (up to 5 hours)", "PHP 2,330.00")],
}
MEMO_TABLE_NOTE = "The rates of the other lines of Table 3 are not changed by this memorandum."

MEMO_AFTER: list[tuple[str, str]] = [
    ("p", MEMO_TABLE_NOTE),
    ("h", "5. Adjustments"),
    (
        "p",
        f"5.1 Some aerialists' October 2026 payslips show a deduction of {MINUS}₱125.00 for a "
        "harness inspection. The inspection is the producer's cost: the deduction is refunded "
        "with the November 2026 pay.",
    ),
    (
        "p",
        "5.2 The difference between the old and the new rehearsal hour is paid for every "
        "rehearsal hour worked from the effective date.",
    ),
    ("h", "6. Review"),
    (
        "p",
        "6.1 The parties review the freeze of section 1.2 at a joint meeting on 2027/03/01 "
        "(year/month/day) and report to their members.",
    ),
    (
        "p",
        "For the Guild: Marisol Thibodeau-Ancheta, President. For the Association: Gerald "
        "Villafuerte-Landry, Chair.",
    ),
]


def memo_table_lines() -> list[str]:
    """The table's text as python-docx and the accepted XML give it (one line a row)."""
    rows = [" | ".join(MEMO_TABLE_HEAD)]
    rows.append(" | ".join(["Aerialist", "Show in a run", FROZEN_CELL]))
    rows.append(" | ".join(["Aerialist", "Rehearsal hour", MEMO_INSERTED, "PHP 770.00"]))
    nested = []
    for col in ("FY2026", "FY2027"):
        nested += [f"{col} {item}: {amount}" for item, amount in STANDBY_NESTED[col]]
    rows.append(" | ".join(["Safety standby", "Day and half day"]))
    rows += nested
    rows.append(
        " | ".join(["Rigging-test performer", "Test session", "PHP 2,650.00", "PHP 2,760.00"])
    )
    return rows


def memo_text() -> str:
    out = [MEMO_HEADER]
    out += [text for _, text in MEMO_BEFORE]
    out += memo_table_lines()
    out += [text for _, text in MEMO_AFTER]
    return "\n".join(out)


# ---- the French rider -------------------------------------------------------------------------

R_TITLE = "Avenant n° 2 à l'entente de 2026 sur les cascades aériennes, sur fil et au feu"
RENEWAL: list[tuple[str, str]] = [
    ("title", R_TITLE),
    ("sub", "Prorogation de la clause 14 – Port-Bastide, le 26 novembre 2026"),
    (
        "p",
        "Entre la Guilde des cascadeurs aériens et du feu de Corallie (GCAF) et l'Association "
        "des producteurs de spectacles et d'écran de Corallie (APSEC), parties à l'entente de "
        "2026 sur les cascades aériennes, sur fil et au feu, signée à Port-Bastide le "
        "15 mars 2026.",
    ),
    ("h", "Rappel"),
    (
        "p",
        "La clause 14 de l'entente établit un projet pilote sur la limite de vent pour les "
        "vols en extérieur. Selon la clause 14.2, elle expire le 30 juin 2027 sauf "
        "renouvellement ; si elle n'est pas renouvelée, la limite générale de la clause 9.5 "
        "s'applique de nouveau.",
    ),
    ("h", "Prorogation"),
    (
        "p",
        "La clause 14 est prorogée jusqu'au 31 décembre 2027. Elle s'applique sans changement "
        "jusqu'à cette date ; la clause 9.5 ne s'applique de nouveau qu'à compter du "
        "1er janvier 2028, et seulement si les parties ne prorogent pas la clause 14 une "
        "seconde fois.",
    ),
    (
        "p",
        "La prorogation vaut pour tous les vols en extérieur : les spectacles de Skyreef Park, "
        "les tournages en plein air et les répétitions sur le toit de Halyard Bay Arena.",
    ),
    ("h", "Mesure du vent"),
    (
        "p",
        "Pendant la prorogation, le vent est mesuré par un anémomètre placé au sommet du rig, "
        "en vitesse moyenne sur dix minutes. Le gréeur formé au sauvetage lit la mesure avant "
        "chaque vol et l'inscrit au registre du rig ; le registre est remis au délégué de la "
        "Guilde à la fin de chaque semaine de vols en extérieur.",
    ),
    (
        "p",
        "Quand la mesure dépasse la limite, le vol s'arrête et les cascadeurs en harnais sont "
        "descendus selon le plan de sauvetage affiché sur le site. Le jour de vol reste dû en "
        "entier.",
    ),
    ("h", "Bilan"),
    (
        "p",
        "Les parties font le bilan du projet pilote avant le 30 septembre 2027, à partir des "
        "registres des rigs et des comptes rendus des délégués. Elles décident alors de "
        "proroger la clause 14 une seconde fois, de l'intégrer à la prochaine entente ou de "
        "la laisser expirer.",
    ),
    ("h", "Ce qui ne change pas"),
    (
        "p",
        "Le présent avenant ne modifie aucun montant de l'entente et aucune autre clause. "
        "Il est joint à chaque exemplaire de l'entente et affiché dans les loges des trois "
        "sites.",
    ),
    ("p", "Pour la Guilde : Marisol Thibodeau-Ancheta, présidente."),
    ("p", "Pour l'Association : Gerald Villafuerte-Landry, président."),
]


def renewal_text() -> str:
    return "\n".join(text for _, text in RENEWAL)


# ---- raw XML ------------------------------------------------------------------------------------


def _tracked_paragraph() -> str:
    """The rehearsal-hour cell's paragraph: the deletion, then the commented insertion."""
    return (
        f"<w:p {W}>"
        f'<w:del w:id="101" w:author="Rosalind Ocampo-Giroux" w:date="{REV_DATE}">'
        f'<w:r><w:delText xml:space="preserve">{escape(MEMO_DELETED)}</w:delText></w:r></w:del>'
        '<w:commentRangeStart w:id="0"/>'
        f'<w:ins w:id="102" w:author="Rosalind Ocampo-Giroux" w:date="{REV_DATE}">'
        f"<w:r><w:t>{escape(MEMO_INSERTED)}</w:t></w:r></w:ins>"
        '<w:commentRangeEnd w:id="0"/>'
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
        '<w:commentReference w:id="0"/></w:r>'
        "</w:p>"
    )


def _comments_xml() -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:comments {W}>"
        f'<w:comment w:id="0" w:author="{escape(MEMO_COMMENT_AUTHOR)}" w:initials="GVL" '
        f'w:date="{REV_DATE}"><w:p><w:r><w:annotationRef/></w:r>'
        f'<w:r><w:t xml:space="preserve">{escape(MEMO_COMMENT)}</w:t></w:r></w:p></w:comment>'
        "</w:comments>"
    ).encode()


# ---- building -----------------------------------------------------------------------------------


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


def _props(doc, title: str, author: str, lang: str, when: datetime.datetime) -> None:
    props = doc.core_properties
    props.title = title
    props.author = author
    props.created = when
    props.modified = when
    props.last_modified_by = author
    props.revision = 4
    props.language = lang


def _add_blocks(doc, blocks: list[tuple[str, str]]) -> None:
    for kind, text in blocks:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)


def _set(cell, text: str, bold: bool = False) -> None:
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold or None


def _memo_table(doc) -> None:
    from docx.oxml import parse_xml

    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    for j, text in enumerate(MEMO_TABLE_HEAD):
        _set(t.cell(0, j), text, bold=True)
    # the role label merged down its two rows (w:vMerge)
    role = t.cell(1, 0).merge(t.cell(2, 0))
    _set(role, "Aerialist")
    _set(t.cell(1, 1), "Show in a run")
    # the frozen show fee across both period columns (w:gridSpan)
    frozen = t.cell(1, 2).merge(t.cell(1, 3))
    _set(frozen, FROZEN_CELL)
    _set(t.cell(2, 1), "Rehearsal hour")
    # the tracked change, with the reviewer's comment on the insertion
    tc = t.cell(2, 2)._tc
    tc.remove(tc.p_lst[0])
    tc.append(parse_xml(_tracked_paragraph()))
    _set(t.cell(2, 3), "PHP 770.00")
    _set(t.cell(3, 0), "Safety standby")
    _set(t.cell(3, 1), "Day and half day")
    for j, col in ((2, "FY2026"), (3, "FY2027")):
        cell = t.cell(3, j)
        nested = cell.add_table(rows=2, cols=2)
        nested.style = "Table Grid"
        for i, (item, amount) in enumerate(STANDBY_NESTED[col]):
            _set(nested.cell(i, 0), item)
            _set(nested.cell(i, 1), amount)
    _set(t.cell(4, 0), "Rigging-test performer")
    _set(t.cell(4, 1), "Test session")
    _set(t.cell(4, 2), "PHP 2,650.00")
    _set(t.cell(4, 3), "PHP 2,760.00")


def build_memo(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    when = datetime.datetime(2026, 10, 20, 12, 0, 0)
    doc = docx.Document()
    _props(doc, MEMO_TITLE, "AFSG rates office", "en-GB", when)
    doc.sections[0].header.paragraphs[0].text = MEMO_HEADER
    comments = Part(
        PackURI("/word/comments.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
        _comments_xml(),
        doc.part.package,
    )
    doc.part.relate_to(comments, RT.COMMENTS)
    _add_blocks(doc, MEMO_BEFORE)
    _memo_table(doc)
    _add_blocks(doc, MEMO_AFTER)
    return _save(doc, MEMO_OUT if write else None, when)


def build_renewal(write: bool = True) -> bytes:
    import docx  # python-docx

    when = datetime.datetime(2026, 11, 26, 12, 0, 0)
    doc = docx.Document()
    _props(doc, R_TITLE, "GCAF – bureau de Sainte-Odile-de-la-Baie", "fr-FR", when)
    _add_blocks(doc, RENEWAL)
    return _save(doc, RENEWAL_OUT if write else None, when)


if __name__ == "__main__":
    build_memo()
    build_renewal()
