#!/usr/bin/env python3
"""Build the two Word documents of union-ai (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ai/make_docx.py    # python-docx is in the venv

- docs/cspg-members-summary-agreement-award-amendment-1.docx: the Guild's English summary
  of the Creature Performance Agreement 2026-2029, the arbitration award and Amendment
  No. 1, for the delegates' meetings. Five traps of layout:
  * CLAUSE NUMBERS ONLY FROM WORD'S AUTOMATIC NUMBERING: headings and clauses carry a
    `w:numPr` pointing at a multilevel list of `word/numbering.xml` ("%1." and "%1.%2");
    the text itself never writes "2.2".
  * A rate inside a TEXT BOX (`w:txbxContent` in a VML shape): the award's heavy-suit
    supplement, ₺1.420,00 a day. python-docx's `Paragraph.text` does not read it.
  * A condition in a FOOTNOTE (`word/footnotes.xml`, referenced by `w:footnoteReference`).
  * A CONTENT CONTROL (`w:sdt`, a date picker) holding the effective date, 1 December 2026;
    python-docx's `Paragraph.text` does not read it either.
  * A figure SPLIT ACROSS RUNS with different formatting: "₺4." (bold) + "850" (italic) +
    ",00" (plain), the scan fee.
  "twenty per cent" and "₺2,4 milyon" (the rejected buy-out; "milyon means million") are
  written once.
- docs/avis-comite-paritaire-2026-4-article-7-alinea-3.docx: the Joint Committee's notice
  n° 2026-4 of 30 November 2026, in French: "l'article 7, alinéa 3, est suspendu du
  1er mars 2027 au 31 mars 2027 ; il s'applique de nouveau à compter du 1er avril 2027"
  (during the suspension, 9 hours' rest; then 11 hours again).

`summary_text()` and `notice_text()` return the visible text (the paragraphs with the
clause text, the text box, the content control's date and the footnote; no numbers) for
check_set.py. Fixed dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SUMMARY_OUT = os.path.join(HERE, "docs", "cspg-members-summary-agreement-award-amendment-1.docx")
NOTICE_OUT = os.path.join(HERE, "docs", "avis-comite-paritaire-2026-4-article-7-alinea-3.docx")
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f'xmlns:w="{W_URI}"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
NUM_ID = 90

# ---- the summary ------------------------------------------------------------------------

S_TITLE = "Members' summary: Creature Performance Agreement 2026–2029, award and Amendment No. 1"
S_SUB = (
    "Prepared by the CSPG bargaining team for the delegates' meetings of December 2026. "
    "Where this summary and the Agreement differ, the Agreement, the award and the erratum "
    "prevail."
)
EFFECTIVE_LEAD = "The rates in this summary are effective from "
EFFECTIVE_DATE = "1 December 2026"
EFFECTIVE_TAIL = ", the date from which the arbitration award of 18 November 2026 applies."
TEXTBOX = [
    "Arbitration award of 18 November 2026",
    "Heavy-suit supplement: ₺1.420,00 per day. It replaces the interim rate printed in the "
    "Agreement.",
]
FOOTNOTE = (
    "The supplement is paid for each day the heavy suit is worn, on camera or in rehearsal; "
    "a day in the suit for a fitting only is paid as a fitting."
)
SCAN_RUNS = [
    ("The scan fee is ", ""),
    ("₺4.", "b"),
    ("850", "i"),
    (",00", ""),
    (" per scan session; each further production that re-uses the double pays ₺6.300,00.", ""),
]

# (kind, text): "h" a numbered heading (level 0), "c" a numbered clause (level 1),
# "p" a plain paragraph; "effective", "textbox", "footnote", "scan" are built specially
SUMMARY: list[tuple[str, str]] = [
    ("title", S_TITLE),
    ("sub", S_SUB),
    ("effective", ""),
    ("h", "Who the Agreement covers"),
    (
        "c",
        "Suit performers inside full-body creature suits, prosthetic-makeup performers, "
        "animatronic puppeteers, motion-reference performers, stilt and extension performers, "
        "lifecasting sessions, fittings and live-show creature performers, for film, "
        "television, live stage shows and commercials.",
    ),
    (
        "c",
        "The Agreement runs for three seasons, 2026–27 to 2028–29; each season starts on "
        "1 September.",
    ),
    ("h", "Pay"),
    (
        "c",
        "Suit performers are paid per shoot day of 10 hours. Overtime and night work are paid "
        "as the Agreement sets out; the night premium is twenty per cent of the hourly "
        "equivalent of the day rate, between 22:00 and 06:00.",
    ),
    ("footnote", "The heavy-suit supplement is paid per day on top of the shoot day rate."),
    ("textbox", ""),
    (
        "c",
        "Prosthetic-makeup performers are paid a day rate plus chair time and removal time "
        "by the hour. The chair-time rate was misprinted in the Agreement's table and is "
        "corrected by the erratum.",
    ),
    (
        "c",
        "The kit and hygiene allowance is ₺2.150,00 a year under the Agreement, for each "
        "performer engaged for 20 days or more in a season.",
    ),
    ("h", "Safety"),
    (
        "c",
        "No more than 40 minutes at a stretch in a closed suit, then a cooling break of at "
        "least 15 minutes with the head off.",
    ),
    (
        "c",
        "The producer supplies a cooling vest, and a suit wrangler acts as spotter whenever "
        "the suit limits vision.",
    ),
    ("h", "Digital creatures and AI"),
    (
        "c",
        "A scan for a digital creature double needs written consent for each production, "
        "given on Form DC-7.",
    ),
    ("scan", ""),
    (
        "c",
        "A motion library session is paid ₺3.740,00. Training a general-purpose "
        "creature-animation model on a motion library needs a separate licence fee of "
        "₺18.900,00 for each model.",
    ),
    (
        "c",
        "Performance transfer, when AI retargets your movement onto another creature or "
        "character, needs your consent for each production and pays ₺5.150,00 per production.",
    ),
    (
        "c",
        "On your written request the producer deletes your scans and motion data within "
        "30 days. The Guild may audit the producers' files once a year.",
    ),
    ("h", "Amendment No. 1 (subject to ratification)"),
    (
        "c",
        "Agreed by both bargaining committees on 24 November 2026, Amendment No. 1 raises the "
        "kit and hygiene allowance to ₺2.480,00 a year from the first pay week after "
        "ratification. Until then the allowance stays at the Agreement's figure.",
    ),
    (
        "c",
        "Pay weeks run from Monday to Sunday. The Guild's council organises the ratification "
        "vote and announces its date in the members' bulletin.",
    ),
    ("h", "Rejected proposal"),
    (
        "c",
        "The Council proposed a one-time buy-out of all motion libraries, ₺2,4 milyon per "
        "performer (milyon means million), for unlimited use of every library session. The "
        "members rejected it: motion library sessions stay paid per session.",
    ),
    (
        "p",
        "Questions: your steward, or the Guild's office at 27 Tanner's Wharf, Brennock.",
    ),
]


def summary_text() -> str:
    out = []
    for kind, text in SUMMARY:
        if kind == "effective":
            out.append(EFFECTIVE_LEAD + EFFECTIVE_DATE + EFFECTIVE_TAIL)
        elif kind == "textbox":
            out += TEXTBOX
        elif kind == "scan":
            out.append("".join(t for t, _ in SCAN_RUNS))
        else:
            out.append(text)
    out.append(FOOTNOTE)
    return "\n".join(out)


# ---- the French notice ------------------------------------------------------------------------

N_TITLE = "Avis du comité paritaire n° 2026-4"
NOTICE: list[tuple[str, str]] = [
    ("title", N_TITLE),
    ("sub", "Suspension de l'article 7, alinéa 3 – Brennock, le 30 novembre 2026"),
    (
        "p",
        "Le comité paritaire de l'entente sur l'interprétation de créatures 2026–2029, composé "
        "de trois membres nommés par la Guilde des interprètes de créatures, de costumes et de "
        "prothèses de Tarvessa (GICCP) et de trois membres nommés par le Conseil des "
        "producteurs de l'écran et de la scène de Tarvessa (CPEST), s'est réuni le "
        "27 novembre 2026 à la demande de Greywater Studios Ltd.",
    ),
    ("h", "Objet"),
    (
        "p",
        "Greywater Studios Ltd tournera de nuit, sur le plateau Stage 9, les scènes de "
        "créatures de la production PRD-2027-031. Les interprètes en maquillage prothétique "
        "passeront chaque soir au fauteuil avant l'appel et seront démaquillés à l'aube.",
    ),
    ("h", "Décision"),
    (
        "p",
        "L'article 7, alinéa 3, est suspendu du 1er mars 2027 au 31 mars 2027 ; il s'applique "
        "de nouveau à compter du 1er avril 2027.",
    ),
    (
        "p",
        "Pendant la suspension, du 1er au 31 mars, le repos des interprètes en maquillage prothétique entre la fin du "
        "démaquillage et l'appel suivant au fauteuil est celui de l'article 7, alinéa 1 : au "
        "moins 9 heures. La suspension vaut pour toutes les productions, et pas seulement "
        "pour celle de Greywater Studios Ltd.",
    ),
    (
        "p",
        "À compter du 1er avril 2027, le repos d'au moins 11 heures entre la fin du "
        "démaquillage et l'appel suivant au fauteuil s'applique de nouveau à tous les "
        "interprètes en maquillage prothétique, sans autre avis du comité.",
    ),
    ("h", "Conditions de la suspension"),
    (
        "p",
        "Pendant la suspension, le producteur met une salle de repos chauffée à la disposition "
        "des interprètes près du plateau, fournit un transport jusqu'au domicile après le "
        "démaquillage et ne peut pas prévoir plus de cinq nuits de tournage de suite pour un "
        "même interprète.",
    ),
    (
        "p",
        "Un interprète qui présente une réaction cutanée pendant la période est examiné par "
        "l'infirmière du plateau avant tout nouveau passage au fauteuil ; le délégué de la "
        "Guilde en est informé le jour même.",
    ),
    ("h", "Ce qui ne change pas"),
    (
        "p",
        "Les autres alinéas de l'article 7 continuent de s'appliquer, de même que les cachets, "
        "le temps de fauteuil et le temps de démaquillage payés à l'heure, la prime de nuit et "
        "les règles de sécurité des costumes fermés. Le présent avis ne modifie aucun montant "
        "de l'entente.",
    ),
    (
        "p",
        "Le comité fera le bilan de la suspension à sa réunion d'avril ; toute nouvelle "
        "suspension ferait l'objet d'un autre avis.",
    ),
    ("p", "Pour la Guilde : Ysolde Marchbank-Ouellet, présidente."),
    ("p", "Pour le Conseil : Bernard Lysaght-Dumont, président."),
]


def notice_text() -> str:
    return "\n".join(text for _, text in NOTICE)


# ---- raw XML ------------------------------------------------------------------------------------

ABSTRACT_NUM = f"""<w:abstractNum {W} w:abstractNumId="{NUM_ID}">
<w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>"""
NUM = f'<w:num {W} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'


def _numpr(level: int) -> str:
    return f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'


def _sdt_date(text: str) -> str:
    return (
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="Effective date"/><w:tag w:val="effective"/>'
        '<w:id w:val="4711"/><w:date w:fullDate="2026-12-01T00:00:00Z">'
        '<w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-GB"/>'
        '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
        f"</w:sdtPr><w:sdtContent><w:r><w:rPr><w:b/></w:rPr><w:t>{escape(text)}</w:t></w:r>"
        "</w:sdtContent></w:sdt>"
    )


def _textbox(lines: list[str]) -> str:
    paras = "".join(
        f"<w:p><w:r>{'<w:rPr><w:b/></w:rPr>' if i == 0 else ''}"
        f'<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for i, t in enumerate(lines)
    )
    return (
        f'<w:r {W} {V}><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" '
        'o:spt="202" path="m,l,21600r21600,l21600,xe" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="AwardBox" type="#_x0000_t202" '
        'style="width:380pt;height:62pt;mso-position-horizontal:center" '
        'fillcolor="#fff4d6" strokecolor="#b07a00"><v:textbox>'
        f"<w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )


def _footnotes_xml() -> bytes:
    sep = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
    )
    note = (
        '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {escape(FOOTNOTE)}</w:t></w:r></w:p></w:footnote>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:footnotes {W}>{sep}{note}</w:footnotes>"
    ).encode()


def _footnote_ref() -> str:
    return (
        f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '<w:footnoteReference w:id="1"/></w:r>'
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


def _numbered(doc, text: str, level: int):
    from docx.oxml import parse_xml

    p = doc.add_heading(text, level=1) if level == 0 else doc.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(_numpr(level)))
    return p


def build_summary(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 12, 3, 12, 0, 0)
    doc = docx.Document()
    _props(doc, S_TITLE, "CSPG bargaining team", "en-GB", when)
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(f"{{{W_URI}}}num")
    first_num.addprevious(parse_xml(ABSTRACT_NUM))
    numbering.append(parse_xml(NUM))
    notes = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        _footnotes_xml(),
        doc.part.package,
    )
    doc.part.relate_to(notes, RT.FOOTNOTES)
    for kind, text in SUMMARY:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "effective":
            p = doc.add_paragraph()
            p.add_run(EFFECTIVE_LEAD)
            p._p.append(parse_xml(_sdt_date(EFFECTIVE_DATE)))
            tail = parse_xml(
                f'<w:r {W}><w:t xml:space="preserve">{escape(EFFECTIVE_TAIL)}</w:t></w:r>'
            )
            p._p.append(tail)
        elif kind == "h":
            _numbered(doc, text, 0)
        elif kind == "c":
            _numbered(doc, text, 1)
        elif kind == "footnote":
            p = _numbered(doc, text, 1)
            p._p.append(parse_xml(_footnote_ref()))
        elif kind == "textbox":
            p = doc.add_paragraph()
            p._p.append(parse_xml(_textbox(TEXTBOX)))
        elif kind == "scan":
            p = _numbered(doc, "", 1)
            for t, fmt in SCAN_RUNS:
                r = p.add_run(t)
                r.bold = fmt == "b" or None
                r.italic = fmt == "i" or None
        else:
            doc.add_paragraph(text)
    return _save(doc, SUMMARY_OUT if write else None, when)


def build_notice(write: bool = True) -> bytes:
    import docx  # python-docx

    when = datetime.datetime(2026, 11, 30, 12, 0, 0)
    doc = docx.Document()
    _props(doc, N_TITLE, "GICCP – bureau de Saint-Ambroise-des-Forges", "fr-FR", when)
    for kind, text in NOTICE:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    return _save(doc, NOTICE_OUT if write else None, when)


if __name__ == "__main__":
    build_summary()
    build_notice()
