#!/usr/bin/env python3
"""Build the two Word documents of union-ak (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ak/make_docx.py    # python-docx is in the venv

- docs/mou-1-jousters-tournament-knights-new-hire-rate.docx: Memorandum of Understanding
  No. 1 between the LHGO and the OHSA, in English. Its traps of layout:
  * the EFFECTIVE DATE is only in a TEXT BOX (a VML shape, `w:pict/v:shape/v:textbox/
    w:txbxContent`): "Effective date: 1 January 2027"; python-docx's `Paragraph.text`
    does not read it;
  * a FOOTNOTE (`word/footnotes.xml`) holds the condition of the grandfathered rate;
  * a TABLE with the role label "Jouster / tournament knight" MERGED DOWN its two rows
    (`w:vMerge`): hired before 1 January 2027, RON 1.050,00; hired on or after it,
    RON 980,00;
  * a HIDDEN run (`w:vanish`) holding a draft figure, "RON 1.010,00" (a trap; Word does
    not show it, python-docx's `Paragraph.text` reads it);
  * a REVIEWER'S COMMENT (`word/comments.xml`) on the new-hire rate proposing
    "RON 995,00", never adopted (a trap);
  "twelve per cent" and "−125,00 lei" (with U+2212) are written once.
- docs/avenant-3-supplement-monte-reduit.docx: the French rider No. 3 that REDUCES the
  mounted supplement: "le supplément monté est ramené de 420,00 lei à 380,00 lei", with a
  TRACKED CHANGE on its effective date ("1er novembre 2026" deleted in `w:del`,
  "1er décembre 2026" inserted in `w:ins`).

`memo_text()` and `rider_text()` return the visible, accepted text (insertions kept;
deletions, the hidden run and the comment left out; the text box, the table and the
footnote included) for check_set.py; `MEMO_HIDDEN`, `MEMO_COMMENT` and `RIDER_DELETED`
hold what a reader of the raw XML also meets. Fixed dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
MEMO_OUT = os.path.join(HERE, "docs", "mou-1-jousters-tournament-knights-new-hire-rate.docx")
RIDER_OUT = os.path.join(HERE, "docs", "avenant-3-supplement-monte-reduit.docx")
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f'xmlns:w="{W_URI}"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
VO = 'xmlns:o="urn:schemas-microsoft-com:office:office"'
REV_DATE = "2026-11-18T10:00:00Z"
MINUS = "\u2212"
NB = "\u00a0"
NNB = "\u202f"

# ---- the memorandum ---------------------------------------------------------------------

MEMO_TITLE = "Memorandum of Understanding No. 1 – jousters and tournament knights"
MEMO_BOX = "Effective date: 1 January 2027"
MEMO_HIDDEN = " [draft: RON 1.010,00, to be confirmed]"
MEMO_COMMENT = (
    "Proposal: RON 995,00, to keep the gap with the old rate under 60 lei. (G. M.-I., OHSA)"
)
MEMO_COMMENT_AUTHOR = "Gwendolyn Marsh-Iliescu"
MEMO_FOOTNOTE = (
    "The higher rate of RON 1.050,00 is kept only while the jouster's engagement with the "
    "same site continues without a break longer than one summer season; a jouster who "
    "returns after a longer break is paid as a new hire."
)
MEMO_NEW_HIRE = "RON 980,00"

MEMO_INTRO = (
    "Between the Living History Guild of Orvanne (LHGO) and the Orvanne Heritage Sites "
    "Association (OHSA). Signed at Tollmouth on 20 November 2026. This memorandum amends "
    "line 6 of Table 1 of Schedule A of the Living-History and Re-enactment Agreement 2027 "
    "from the effective date shown in the box above; where this memorandum and the "
    "Agreement differ, this memorandum prevails."
)
MEMO_NEW = (
    "1.1 A jouster or tournament knight hired on or after the effective date is paid the "
    "new-hire tilt session rate in the table of section 3."
)
MEMO_KEEP = (
    "1.2 A jouster or tournament knight hired before the effective date keeps the higher "
    "rate of line 6 for as long as their engagement with the site continues."
)
MEMO_BEFORE: list[tuple[str, str]] = [
    ("h", "2. Practice tilts"),
    (
        "p",
        "2.1 A practice tilt, half a tilt session run without an audience, is paid at the "
        "practice rate in the table of section 3. A practice tilt run on the same day as a "
        "tilt session is paid on top of it.",
    ),
    (
        "p",
        "2.2 Every practice tilt is run with the weapon-safety officer present at the lists, "
        "as a tilt session is.",
    ),
    ("h", "3. Tilt rates for season 2026/27 from the effective date"),
]
MEMO_TABLE_HEAD = ["Role", "Hired", "Tilt session", "Practice tilt"]
MEMO_ROLE = "Jouster / tournament knight"
MEMO_ROWS = [
    ("before 1 January 2027", "RON 1.050,00", "RON 560,00"),
    ("on or after 1 January 2027", MEMO_NEW_HIRE, "RON 525,00"),
]
MEMO_AFTER: list[tuple[str, str]] = [
    (
        "p",
        "The rates of the other lines of Table 1 are not changed by this memorandum. Season "
        "2027/28 rates for new hires will be set by the parties before 1 October 2027.",
    ),
    ("h", "4. Torchlit tournaments"),
    (
        "p",
        "4.1 The night premium of twelve per cent (clause 7.2 of the Agreement) applies to "
        "torchlit tournaments, for every hour of a tilt session or practice tilt worked after "
        "21:00.",
    ),
    ("h", "5. Adjustments"),
    (
        "p",
        f"5.1 Some jousters' November 2026 payslips show a deduction of {MINUS}125,00 lei for "
        "broken lances. Lances are the site's cost: the deduction is refunded with the first "
        "pay of December 2026.",
    ),
    ("h", "6. Review"),
    (
        "p",
        "6.1 The parties review the new-hire rate after the 2027 summer season and report to "
        "their members. Until then the rates of section 3 apply.",
    ),
    (
        "p",
        "For the Guild: Hester Antonescu-Blyth, President. For the Association: Gwendolyn "
        "Marsh-Iliescu, Chair.",
    ),
]


def memo_table_lines() -> list[str]:
    """The table's text, one line a row (the merged role label read in both rows)."""
    rows = [" | ".join(MEMO_TABLE_HEAD)]
    for hired, tilt, practice in MEMO_ROWS:
        rows.append(" | ".join([MEMO_ROLE, hired, tilt, practice]))
    return rows


def memo_text() -> str:
    out = [MEMO_TITLE, MEMO_BOX, MEMO_INTRO, "1. New hires", MEMO_NEW, MEMO_KEEP]
    out += [text for _, text in MEMO_BEFORE]
    out += memo_table_lines()
    out += [text for _, text in MEMO_AFTER]
    out.append(MEMO_FOOTNOTE)
    return "\n".join(out)


# ---- the French rider -------------------------------------------------------------------------

R_TITLE = "Avenant n° 3 à l'entente 2027 – supplément monté"
RIDER_DELETED = "1er novembre 2026"
RIDER_INSERTED = "1er décembre 2026"
R_BEFORE: list[tuple[str, str]] = [
    ("title", R_TITLE),
    ("sub", "Tollmouth, le 24 novembre 2026"),
    (
        "p",
        "Entre la Guilde de l'histoire vivante d'Orvanne (GHVO) et l'Association des sites "
        "patrimoniaux d'Orvanne (ASPO), parties à l'entente 2027 sur l'histoire vivante et la "
        "reconstitution, signée à Tollmouth le 2 octobre 2026.",
    ),
    ("h", "Motif"),
    (
        "p",
        "Depuis l'automne 2026, les sites fournissent, ferrent et assurent les chevaux des "
        "reconstitueurs montés, à Fort Ludger comme au château de Bramholt. Le reconstitueur "
        "monté n'amène plus sa monture, ne la nourrit plus et ne paie plus son transport : le "
        "supplément, qui couvrait en partie ces frais, est réduit en conséquence.",
    ),
    ("h", "Réduction du supplément monté"),
]
R_REDUCTION = (
    f"Le supplément monté (ligne 4 du tableau 1 de l'annexe A) est ramené de 420,00{NB}lei à "
    f"380,00{NB}lei par engagement à compter du "
)
R_AFTER: list[tuple[str, str]] = [
    (
        "p",
        f"Pour la saison 2027/28, le supplément monté est ramené de 440,00{NB}lei à "
        f"395,00{NB}lei par engagement.",
    ),
    (
        "p",
        "Les montants réduits figurent sur les bulletins de paie dès la période de paie qui "
        "suit la date d'effet. Aucune somme versée avant la date d'effet n'est reprise.",
    ),
    ("h", "Chevaux fournis par les sites"),
    (
        "p",
        "Chaque site tient un registre de ses chevaux de bataille, avec leur âge, leur "
        "dressage au bruit de la poudre et la liste des reconstitueurs qui les ont montés. "
        "Un reconstitueur monté est affecté au même cheval pendant toute une saison, sauf "
        "demande contraire du reconstitueur ou de l'écuyer du site. Les chevaux sont "
        "présentés aux reconstitueurs au moins une fois avant leur premier engagement de la "
        "saison ; cette séance de présentation est payée comme un essayage de costume.",
    ),
    ("h", "Ce qui ne change pas"),
    (
        "p",
        "Le présent avenant ne modifie ni le tarif de l'engagement (ligne 3), ni le "
        "supplément poudre noire (ligne 5), ni la présence de l'officier de sécurité des "
        "armes à chaque engagement. Les chevaux des sites sont montés uniquement par des "
        "reconstitueurs engagés par le site ; un reconstitueur qui refuse un cheval qu'il "
        "juge inapte le signale à l'officier de sécurité des armes, qui décide avant le "
        "rassemblement.",
    ),
    (
        "p",
        "Le présent avenant est joint à chaque exemplaire de l'entente et affiché dans les "
        "écuries de Fort Ludger et du château de Bramholt.",
    ),
    ("p", "Pour la Guilde : Hester Antonescu-Blyth, présidente."),
    ("p", "Pour l'Association : Gwendolyn Marsh-Iliescu, présidente."),
]


def rider_text() -> str:
    out = [text for _, text in R_BEFORE]
    out.append(R_REDUCTION + RIDER_INSERTED + ".")
    out += [text for _, text in R_AFTER]
    return "\n".join(out)


# ---- raw XML ------------------------------------------------------------------------------------


def _run(text: str, rpr: str = "") -> str:
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _text_box_paragraph() -> str:
    """A paragraph holding one VML text box, whose content is the effective date."""
    return (
        f"<w:p {W} {V} {VO}><w:r><w:pict>"
        '<v:shape id="EffectiveDateBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="width:230pt;height:28pt" strokeweight="1pt">'
        "<v:textbox><w:txbxContent>"
        f"<w:p>{_run(MEMO_BOX, '<w:b/>')}</w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
    )


def _hidden_paragraph() -> str:
    """1.1 with a hidden run (w:vanish) holding the draft figure."""
    return f"<w:p {W}>{_run(MEMO_NEW)}{_run(MEMO_HIDDEN, '<w:vanish/>')}</w:p>"


def _footnoted_paragraph() -> str:
    """1.2 with a reference to footnote 1."""
    return (
        f"<w:p {W}>{_run(MEMO_KEEP)}"
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/>'
        '</w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>'
    )


def _commented_paragraph() -> str:
    """The new-hire rate's cell paragraph, with the reviewer's comment on it."""
    return (
        f"<w:p {W}>"
        '<w:commentRangeStart w:id="0"/>'
        f"{_run(MEMO_NEW_HIRE)}"
        '<w:commentRangeEnd w:id="0"/>'
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
        '<w:commentReference w:id="0"/></w:r>'
        "</w:p>"
    )


def _comments_xml() -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:comments {W}>"
        f'<w:comment w:id="0" w:author="{escape(MEMO_COMMENT_AUTHOR)}" w:initials="GMI" '
        f'w:date="{REV_DATE}"><w:p><w:r><w:annotationRef/></w:r>'
        f"{_run(MEMO_COMMENT)}</w:p></w:comment>"
        "</w:comments>"
    ).encode()


def _footnotes_xml() -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:footnotes {W}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>'
        '<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f"{_run(' ' + MEMO_FOOTNOTE)}</w:p></w:footnote>"
        "</w:footnotes>"
    ).encode()


def _tracked_paragraph() -> str:
    """The rider's reduction: the old effective date deleted, the new one inserted."""
    return (
        f"<w:p {W}>{_run(R_REDUCTION)}"
        f'<w:del w:id="101" w:author="Solène Dragomir" w:date="{REV_DATE}">'
        f'<w:r><w:delText xml:space="preserve">{escape(RIDER_DELETED)}</w:delText></w:r></w:del>'
        f'<w:ins w:id="102" w:author="Solène Dragomir" w:date="{REV_DATE}">'
        f"{_run(RIDER_INSERTED)}</w:ins>"
        f"{_run('.')}</w:p>"
    )


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
    props.revision = 3
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


def _append_xml(doc, xml: str) -> None:
    from docx.oxml import parse_xml

    body = doc.element.body
    body.insert(len(body) - 1, parse_xml(xml))  # before the final w:sectPr


def _set(cell, text: str, bold: bool = False) -> None:
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold or None


def _memo_table(doc) -> None:
    from docx.oxml import parse_xml

    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for j, text in enumerate(MEMO_TABLE_HEAD):
        _set(t.cell(0, j), text, bold=True)
    role = t.cell(1, 0).merge(t.cell(2, 0))  # w:vMerge down the two rows
    _set(role, MEMO_ROLE)
    for i, (hired, tilt, practice) in enumerate(MEMO_ROWS, 1):
        _set(t.cell(i, 1), hired)
        if tilt == MEMO_NEW_HIRE:
            tc = t.cell(i, 2)._tc
            tc.remove(tc.p_lst[0])
            tc.append(parse_xml(_commented_paragraph()))
        else:
            _set(t.cell(i, 2), tilt)
        _set(t.cell(i, 3), practice)


def _add_part(doc, name: str, content_type: str, blob: bytes, reltype: str) -> None:
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    part = Part(PackURI(name), content_type, blob, doc.part.package)
    doc.part.relate_to(part, reltype)


def build_memo(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    when = datetime.datetime(2026, 11, 20, 12, 0, 0)
    doc = docx.Document()
    _props(doc, MEMO_TITLE, "LHGO rates office", "en-GB", when)
    _add_part(
        doc,
        "/word/comments.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
        _comments_xml(),
        RT.COMMENTS,
    )
    _add_part(
        doc,
        "/word/footnotes.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        _footnotes_xml(),
        RT.FOOTNOTES,
    )
    doc.add_heading(MEMO_TITLE, level=0)
    _append_xml(doc, _text_box_paragraph())
    doc.add_paragraph(MEMO_INTRO)
    doc.add_heading("1. New hires", level=1)
    _append_xml(doc, _hidden_paragraph())
    _append_xml(doc, _footnoted_paragraph())
    _add_blocks(doc, MEMO_BEFORE)
    _memo_table(doc)
    _add_blocks(doc, MEMO_AFTER)
    return _save(doc, MEMO_OUT if write else None, when)


def build_rider(write: bool = True) -> bytes:
    import docx  # python-docx

    when = datetime.datetime(2026, 11, 24, 12, 0, 0)
    doc = docx.Document()
    _props(doc, R_TITLE, "GHVO – bureau de Saint-Aubin-des-Joncs", "fr-FR", when)
    _add_blocks(doc, R_BEFORE)
    _append_xml(doc, _tracked_paragraph())
    _add_blocks(doc, R_AFTER)
    return _save(doc, RIDER_OUT if write else None, when)


if __name__ == "__main__":
    build_memo()
    build_rider()
