#!/usr/bin/env python3
"""Build the two Word documents of union-ao (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ao/make_docx.py    # python-docx is in the venv

- docs/carrousel-side-letter-1-2026.docx: SIDE LETTER No. 1 between the Guild and Carrousel
  Home Shopping (English, signed 15 September 2026, "the day the agreement was signed").
  Carrousel pays a travel day for an outside broadcast at ฿2'150.00 instead of the
  agreement's ฿1,900.00 (an employer-specific rate). Its amounts use the SWISS STYLE: an
  APOSTROPHE between the thousands, which the letter says in so many words ("฿2'150.00 is two
  thousand one hundred and fifty baht"), and the one whole amount with a dash, "฿850.-" (the
  home-studio allowance). The condition of the travel-day rate (more than 150 km from the
  studio) is only in a TEXT BOX (a wps:wsp shape whose w:txbxContent holds the paragraph):
  python-docx's Document.paragraphs do not show it. Its table has MERGED CELLS: a header
  cell spanning two columns (w:gridSpan), two header cells merged down two rows (w:vMerge)
  and a last row whose note spans three columns.
- docs/fiche-pratique-4-mascottes-costumes.docx: the Guild's practical sheet No. 4 on brand
  mascots (French, revised 5 October 2026) with TRACKED CHANGES: w:del holds the figures of
  the 2023-2026 agreement ("230,00 ฿" an hour, "50 minutes" in costume; traps) and w:ins the
  new ones ("260,00 ฿", "40 minutes"): the accepted text is the new one. A COMMENT
  (word/comments.xml, anchored on the supplement's sentence) holds the mascot section's
  proposal, "295,00 ฿" an hour (a trap: a proposal, not a rate).

`side_letter_text()` and `fiche_text()` return the text for check_set.py (the body, then the
tables' cells joined by " | ", the text box and the comments after the body; for the sheet,
the ACCEPTED text: inserted runs kept, deleted runs left out; FICHE_DELETED lists the
deleted texts). Fixed dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SIDE_OUT = os.path.join(HERE, "docs", "carrousel-side-letter-1-2026.docx")
FICHE_OUT = os.path.join(HERE, "docs", "fiche-pratique-4-mascottes-costumes.docx")
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NNB = "\u202f"

# ---- side letter No. 1 (text box, merged cells, the Swiss style) --------------------------------

S_TITLE = "Side Letter No. 1 – Carrousel Home Shopping"
S_SUB = (
    "Between the Vellmont Guild of Promotional and Live-Commerce Performers (the Guild) and "
    "Carrousel Home Shopping (Carrousel), under the Trade Fair and Live Commerce Agreement "
    "2026–2029. Signed at Saint-Aurèle on 15 September 2026, the day the agreement was "
    "signed."
)
# ("h", heading) or ("p", text) or ("box", text): the text box follows its paragraph
S_BLOCKS: list[tuple[str, str]] = [
    ("h", "1. Purpose"),
    (
        "p",
        "This letter sets the terms on which Carrousel departs from the agreement. Every other "
        "term of the agreement applies to Carrousel as it is written, and where this letter is "
        "silent the agreement decides.",
    ),
    ("h", "2. How amounts are written"),
    (
        "p",
        "In this letter, as on Carrousel's pay statements, an apostrophe separates the "
        "thousands and a point the satang: ฿2'150.00 is two thousand one hundred and fifty "
        "baht. A whole amount may be written with a dash in place of the satang, as in the "
        "table below.",
    ),
    ("h", "3. Travel day for an outside broadcast"),
    (
        "p",
        "An outside broadcast is a live-shopping broadcast or a live stream made away from the "
        "Saint-Aurèle studio, for example from a fair at the Bellhaven Exhibition Centre. "
        "Carrousel pays a presenter or an on-air product model who travels to or from an "
        "outside broadcast the travel-day rate of this letter, ฿2'150.00, in place of the "
        "travel-day rate of clause 7.1 of the agreement (฿1'900.00 in this letter's writing), "
        "subject to the condition in the box below.",
    ),
    (
        "box",
        "Condition: the travel-day rate of this letter applies only when the outside broadcast "
        "takes place more than 150 km from the Saint-Aurèle studio. A shorter trip is paid at "
        "the agreement's travel-day rate.",
    ),
    ("h", "4. Home-studio allowance"),
    (
        "p",
        "A presenter who hosts Carrousel Live sessions from home receives the home-studio "
        "allowance shown in the table from 1.3.2027, the first day on which Carrousel may put a "
        "digital twin on air. Carrousel lends each such presenter a 32-inch return monitor and "
        "a ring light, which remain Carrousel's property and go back to the studio when the "
        "engagement ends.",
    ),
    ("h", "5. Digital twins"),
    (
        "p",
        "Carrousel will not put a digital twin on air before the date in clause 4. Part D of "
        "the agreement applies in full to every twin Carrousel makes or uses, including the "
        "consent on Form DT-3, the refused categories and the kill switch.",
    ),
    ("h", "6. Pay statements and term"),
    (
        "p",
        "Carrousel shows the travel day and the home-studio allowance on their own lines of the "
        "fortnightly pay statement. This letter runs with the agreement and ends with it; "
        "either party may ask to reopen it once a year, in September.",
    ),
]
S_TABLE_TITLE = "Carrousel's rates under this letter"
# the table: row 0 and row 1 are the header (merged), then the rows, then the note row
S_HEAD_TOP = ["Item", "Rate under this letter", "", "From"]
S_HEAD_SUB = ["", "Presenter", "On-air product model", ""]
S_ROWS = [
    [
        "Travel day for an outside broadcast (see the condition in clause 3)",
        "฿2'150.00",
        "฿2'150.00",
        "1 October 2026",
    ],
    ["Home-studio allowance, per month", "฿850.-", "not paid", "the date in clause 4"],
]
S_NOTE = ["Every other rate", "as in Schedule A of the agreement, with no change"]
S_SIGN = (
    "For the Guild: Dorian Achterberg-Mensah, chief negotiator. For Carrousel: Yvette "
    "Sandoval-Price, head of talent."
)


def side_letter_body() -> list[str]:
    """The body's paragraphs as python-docx's Document.paragraphs show them (no text box)."""
    lines = [S_TITLE, S_SUB]
    for kind, text in S_BLOCKS:
        lines.append("" if kind == "box" else text)
    lines.append(S_TABLE_TITLE)
    lines.append(S_SIGN)
    return lines


def side_letter_text() -> str:
    lines = [S_TITLE, S_SUB]
    for kind, text in S_BLOCKS:
        if kind != "box":
            lines.append(text)
    lines.append(S_TABLE_TITLE)
    lines.append(" | ".join(c for c in S_HEAD_TOP if c))
    lines.append(" | ".join(S_HEAD_SUB[1:3]))
    lines += [" | ".join(r) for r in S_ROWS]
    lines.append(" | ".join(S_NOTE))
    lines.append(S_SIGN)
    lines += [text for kind, text in S_BLOCKS if kind == "box"]
    return "\n".join(lines)


# ---- practical sheet No. 4 (tracked changes, a comment) -----------------------------------------

F_TITLE = "Fiche pratique n° 4 – Mascottes et personnages costumés"
F_SUB = (
    "GAPCV – bureau de Saint-Aurèle. Fiche mise à jour le 5 octobre 2026 pour l'accord « salons "
    "et commerce en direct » 2026-2029 : les modifications sont suivies (marques de révision)."
)
F_AUTHOR = "GAPCV – bureau de Saint-Aurèle"
F_DATE = "2026-10-05T09:00:00Z"
# a block is ("h", text) or ("p", [segments]); a segment is ("t", text), ("del", text),
# ("ins", text) or ("c", text): a run the comment is anchored on
F_BLOCKS: list[tuple[str, object]] = [
    ("h", "Qui est concerné"),
    (
        "p",
        [
            (
                "t",
                "Cette fiche s'adresse aux artistes engagés par la SCEB comme mascottes de "
                "marque, c'est-à-dire comme personnages costumés qui circulent dans les allées "
                "d'un salon ou devant un stand, au Centre des expositions de Bellhaven ou "
                "ailleurs.",
            )
        ],
    ),
    ("h", "Supplément de costume"),
    (
        "p",
        [
            ("c", "Le supplément de personnage costumé est de "),
            ("del", "230,00 ฿"),
            ("ins", "260,00 ฿"),
            (
                "t",
                " pour chaque heure passée dans un costume à tête pleine (annexe A de "
                "l'accord). Il s'ajoute au tarif du jour de salon et figure sur sa propre "
                "ligne du bulletin de paie.",
            ),
        ],
    ),
    ("h", "Temps en costume"),
    (
        "p",
        [
            ("t", "Pas plus de "),
            ("del", "50 minutes"),
            ("ins", "40 minutes"),
            (
                "t",
                " d'affilée dans un costume à tête pleine. Après chaque passage, une pause "
                "d'au moins 20 minutes hors du costume, dans une salle fraîche.",
            ),
        ],
    ),
    ("h", "Poids"),
    (
        "p",
        [
            (
                "t",
                "Le costume complet, tête comprise, ne pèse pas plus de 11 kg. Un costume plus "
                "lourd est refusé sans perte de salaire.",
            )
        ],
    ),
    ("h", "Chaleur"),
    (
        "p",
        [
            (
                "t",
                "Règle de chaleur : pas de tête pleine quand la température sur le stand "
                "dépasse 30 °C. Cette règle de l'ancien accord reste en vigueur sans "
                "changement.",
            )
        ],
    ),
    ("h", "Accompagnateur"),
    (
        "p",
        [
            (
                "t",
                "Chaque mascotte est suivie d'un accompagnateur, qui la guide dans la foule, "
                "parle à sa place et tient le temps passé dans le costume. Sans accompagnateur, "
                "la mascotte ne sort pas de la loge.",
            )
        ],
    ),
    ("h", "Loge"),
    (
        "p",
        [
            (
                "t",
                "La SCEB fournit une loge fermée à clé, avec de l'eau fraîche, un siège et un "
                "miroir, à deux pas du stand. Le costume y sèche entre deux passages.",
            )
        ],
    ),
    ("h", "Enfants et photos"),
    (
        "p",
        [
            (
                "t",
                "La mascotte ne porte pas d'enfant dans ses bras. Les photos se prennent "
                "debout, à côté d'elle, et l'accompagnateur arrête la file quand le temps en "
                "costume touche à sa fin.",
            )
        ],
    ),
    ("h", "Signaler un problème"),
    (
        "p",
        [
            (
                "t",
                "Un costume abîmé, une loge trop chaude ou une pause refusée se signalent au "
                "bureau de Saint-Aurèle ou au service d'aide de la Guilde à Bellhaven, le jour "
                "même si possible.",
            )
        ],
    ),
]
F_COMMENT_AUTHOR = "Section des mascottes"
F_COMMENT_INITIALS = "SM"
F_COMMENT = (
    "Proposition de la section : 295,00 ฿ de l'heure en costume à tête pleine, à défendre "
    "au prochain comité. Rien n'est signé."
)
F_COMMENT_DATE = datetime.datetime(2026, 10, 6, 14, 30, tzinfo=datetime.UTC)
F_SIGN = "Bureau de Saint-Aurèle – Maëlle Kouyaté-Brunner, coordinatrice."
FICHE_DELETED = [text for kind, body in F_BLOCKS if kind == "p" for k, text in body if k == "del"]


def _accepted(body) -> str:
    return "".join(text for kind, text in body if kind != "del")


def fiche_body() -> list[str]:
    lines = [F_TITLE, F_SUB]
    for kind, body in F_BLOCKS:
        lines.append(str(body) if kind == "h" else _accepted(body))
    lines.append(F_SIGN)
    return lines


def fiche_text() -> str:
    return "\n".join([*fiche_body(), F_COMMENT])


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


def _props(doc, title: str, author: str, when: datetime.datetime, lang: str) -> None:
    props = doc.core_properties
    props.title = title
    props.author = author
    props.created = when
    props.modified = when
    props.last_modified_by = author
    props.revision = 3
    props.language = lang


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _text_box_xml(text: str) -> str:
    ns = (
        f'xmlns:w="{W_URI}" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    )
    cx, cy = 5486400, 731520
    return (
        f'<w:r {ns}><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="1" name="Condition"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>'
        "</wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr>"
        f'<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
        'rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def build_side_letter(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 9, 15, 12, 0, 0)
    doc = docx.Document()
    _props(doc, S_TITLE, "VGPP – Bellhaven", when, "en-GB")
    doc.add_heading(S_TITLE, level=0)
    doc.add_paragraph(S_SUB).runs[0].italic = True
    for kind, text in S_BLOCKS:
        if kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "p":
            doc.add_paragraph(text)
        else:
            p = doc.add_paragraph()
            p._p.append(parse_xml(_text_box_xml(text)))
    doc.add_paragraph(S_TABLE_TITLE).runs[0].bold = True
    rows = [S_HEAD_TOP, S_HEAD_SUB, *S_ROWS, [S_NOTE[0], S_NOTE[1], "", ""]]
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            if text:
                run = t.cell(i, j).paragraphs[0].add_run(text)
                run.bold = True if i < 2 else None
    t.cell(0, 1).merge(t.cell(0, 2))  # gridSpan: "Rate under this letter" over two columns
    t.cell(0, 0).merge(t.cell(1, 0))  # vMerge: "Item" down two rows
    t.cell(0, 3).merge(t.cell(1, 3))  # vMerge: "From" down two rows
    t.cell(len(rows) - 1, 1).merge(t.cell(len(rows) - 1, 3))  # the note over three columns
    doc.add_paragraph(S_SIGN)
    return _save(doc, SIDE_OUT if write else None, when)


def _revision(kind: str, rid: int, text: str) -> str:
    tag = "w:delText" if kind == "del" else "w:t"
    return (
        f'<w:{kind} xmlns:w="{W_URI}" w:id="{rid}" w:author="{_esc(F_AUTHOR)}" '
        f'w:date="{F_DATE}"><w:r><{tag} xml:space="preserve">{_esc(text)}</{tag}></w:r>'
        f"</w:{kind}>"
    )


def build_fiche(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 10, 5, 12, 0, 0)
    doc = docx.Document()
    _props(doc, F_TITLE, F_AUTHOR, when, "fr-FR")
    doc.add_heading(F_TITLE, level=0)
    doc.add_paragraph(F_SUB).runs[0].italic = True
    rid = 100
    for kind, body in F_BLOCKS:
        if kind == "h":
            doc.add_heading(str(body), level=1)
            continue
        p = doc.add_paragraph()
        for seg, text in body:
            if seg in ("t", "c"):
                run = p.add_run(text)
                if seg == "c":
                    comment = doc.add_comment(
                        run, text=F_COMMENT, author=F_COMMENT_AUTHOR, initials=F_COMMENT_INITIALS
                    )
                    comment._comment_elm.date = F_COMMENT_DATE
            else:
                rid += 1
                p._p.append(parse_xml(_revision(seg, rid, text)))
    doc.add_paragraph(F_SIGN)
    return _save(doc, FICHE_OUT if write else None, when)


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_side_letter()
    build_fiche()
