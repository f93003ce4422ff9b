#!/usr/bin/env python3
"""Build the two Word documents of union-au (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-au/make_docx.py    # python-docx is in the venv

- docs/lumen-forge-notice-skyreach-arena-announcer-performers.docx: Lumen Forge Interactive's
  notice to the in-game announcer performers of Skyreach Arena (English, Monday 23 November
  2026): the launch moves from Thursday 4 March 2027 to Thursday 17 June 2027, the embargo,
  the pickups until the Ides of March 2027, the voice clone's fees and the portal's wrong
  end date. Amounts with the figure first and the word won after it ("8,500 won"), as the
  studio writes them. Two layouts: a CUSTOM XML ELEMENT (w:customXml, the studio's release
  schema) wraps the new launch date in the summary table, so python-docx, which does not
  read inside w:customXml, shows that cell empty while a reader of the w:t nodes reads it
  (the date is also in the body, where every reader finds it); and a DRAWINGML CHART
  (word/charts/chart1.xml, a bar chart of lines recorded per session, its data as literal
  values in the chart part), which neither python-docx nor a reader of the document part
  sees.
- docs/catalogue-sieges-bureaux-gaming-hiver-2026.docx: a shop's winter catalogue of gaming
  chairs and desks (French; a distractor naming no party). Each product's price is a run
  inside MARKUP-COMPATIBILITY ALTERNATE CONTENT (mc:AlternateContent): an mc:Choice for Word
  2010 and later (the price in bold) and an mc:Fallback for older readers (the same price,
  plain). Word shows the price once; python-docx, which does not read inside
  mc:AlternateContent, shows the product without its price; a reader of the w:t nodes reads
  the price twice ("… noir : 349 000 ₩349 000 ₩").

`notice_text()` and `catalogue_text()` return the text as Word shows it, for check_set.py.
Fixed dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE_OUT = os.path.join(
    HERE, "docs", "lumen-forge-notice-skyreach-arena-announcer-performers.docx"
)
CATALOGUE_OUT = os.path.join(HERE, "docs", "catalogue-sieges-bureaux-gaming-hiver-2026.docx")
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_URI = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
C_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"
A_URI = "http://schemas.openxmlformats.org/drawingml/2006/main"
WP_URI = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
CHART_TYPE = R_URI + "/chart"
CHART_CT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
CHART_PART = "word/charts/chart1.xml"
CUSTOM_URI = "urn:lumenforge:release:2026"
MC_URI = "http://schemas.openxmlformats.org/markup-compatibility/2006"
W14_URI = "http://schemas.microsoft.com/office/word/2010/wordml"
NNB = "\u202f"
NB = "\u00a0"


def fr(amount: str) -> str:
    return amount.replace(" ", NNB) + NB + "₩"


# ---- the studio's notice (English) --------------------------------------------------------------

N_TITLE = "Skyreach Arena – notice to in-game announcer performers"
N_SUB = (
    "Lumen Forge Interactive, 8 Kiln Street, Brissac BR4 6TD – a member studio of the Network "
    "of Game Studios of Estravelle – Monday 23 November 2026"
)
# summary table: (label, value, wrapped in w:customXml?)
N_SUMMARY = [
    ("Game", "Skyreach Arena (Lumen Forge Interactive)", False),
    ("Launch date in your session contract", "Thursday 4 March 2027", False),
    ("New launch date", "Thursday 17 June 2027", True),
    ("Announcer voice", "Vox Tempest (recorded lines and voice clone)", False),
]
N_BODY: list[tuple[str, str]] = [
    (
        "p",
        "Amounts in this notice are written as our session contracts write them, the figure "
        "first and the word won after it: 8,500 won is eight thousand five hundred won.",
    ),
    ("h", "1. The launch moves"),
    (
        "p",
        "Skyreach Arena will not launch on Thursday 4 March 2027, the date in your session "
        "contracts. Platform certification needs more time, and the launch moves to Thursday "
        "17 June 2027. This notice replaces the launch date in our notice of September.",
    ),
    ("h", "2. Your recorded lines stay under embargo"),
    (
        "p",
        "No line you recorded for Skyreach Arena will be released before the public launch: "
        "not in the game, not in a trailer, not in a stream. The agreement gives performers "
        "rights when a launch moves; the Guild's rates office can advise you on them.",
    ),
    ("h", "3. Pickups"),
    (
        "p",
        "We will hold pickup sessions until the Ides of March 2027 (15 March 2027) to replace "
        "lines changed by the patch notes. A line re-recorded at our request is paid 4,200 won "
        "per line. New lines are paid 8,500 won per line, with a minimum of 530,000 won for a "
        "session of up to 4 hours. The chart below shows the lines recorded in each session this "
        "autumn.",
    ),
    ("chart", ""),
    ("h", "4. The Vox Tempest voice clone"),
    (
        "p",
        "The Vox Tempest clone generates tutorial, ranked-mode and event lines between sessions. "
        "Its licence is 1,080,000 won for each six-month licence period, and each generated line "
        "is paid 640 won. The generation log shows every line with its time. The winter update's "
        "script for the clone runs to 3,400 words.",
    ),
    (
        "p",
        "Our performer portal showed 3 March 2027 as the end date of the clone licences that "
        "began at the end of August 2026: it counted six months as 184 days. That date is wrong. "
        "The end date follows clause 16.2 of the agreement, and the portal will be corrected "
        "before the end of December.",
    ),
    ("h", "5. Contact"),
    (
        "p",
        "Hanne Ostergaard-Mbeki, audio director, ext. 5127, Monday to Friday from 09:00 to 17:00 "
        "Calderwick time.",
    ),
]
CHART_TITLE = "Lines recorded per session, autumn 2026"
CHART_DATA = [("Session 1", 118), ("Session 2", 96), ("Session 3", 134), ("Session 4", 72)]


def notice_text() -> str:
    lines = [N_TITLE, N_SUB]
    lines += [f"{label} | {value}" for label, value, _ in N_SUMMARY]
    for kind, text in N_BODY:
        if kind == "chart":
            continue
        lines.append(text)
    return "\n".join(lines)


def chart_xml() -> bytes:
    cats = "".join(
        f'<c:pt idx="{i}"><c:v>{name}</c:v></c:pt>' for i, (name, _) in enumerate(CHART_DATA)
    )
    vals = "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, (_, v) in enumerate(CHART_DATA))
    n = len(CHART_DATA)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<c:chartSpace xmlns:c="{C_URI}" xmlns:a="{A_URI}" xmlns:r="{R_URI}">'
        "<c:chart>"
        f"<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>{CHART_TITLE}</a:t></a:r></a:p>"
        '</c:rich></c:tx><c:overlay val="0"/></c:title>'
        '<c:autoTitleDeleted val="0"/>'
        "<c:plotArea><c:layout/>"
        '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
        '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Lines recorded</c:v></c:tx>'
        f'<c:cat><c:strLit><c:ptCount val="{n}"/>{cats}</c:strLit></c:cat>'
        f'<c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="{n}"/>{vals}'
        "</c:numLit></c:val></c:ser>"
        '<c:axId val="50001"/><c:axId val="50002"/></c:barChart>'
        '<c:catAx><c:axId val="50001"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
        '<c:delete val="0"/><c:axPos val="b"/><c:crossAx val="50002"/></c:catAx>'
        '<c:valAx><c:axId val="50002"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
        '<c:delete val="0"/><c:axPos val="l"/><c:crossAx val="50001"/></c:valAx>'
        '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>'
    ).encode()


# ---- the catalogue (French; a distractor) -------------------------------------------------------

C_TITLE = "Assise & Cie – catalogue d'hiver 2026"
C_SUB = "Sièges, bureaux et accessoires pour joueurs – prix toutes taxes comprises"
C_INTRO = (
    "Notre magasin de la place des Tisserands vous accueille du mardi au samedi de 10 h à 19 h. "
    "Tous nos sièges s'essaient en magasin ; les bureaux sont livrés montés dans la ville, "
    "démontés ailleurs. Les prix sont en won, écrits avec une espace fine entre les milliers."
)
C_SECTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Fauteuils",
        [
            ("Fauteuil Vortex, simili-cuir noir", fr("349 000")),
            ("Fauteuil Vortex, tissu respirant gris", fr("379 000")),
            ("Fauteuil Titan pour grands gabarits, accoudoirs réglables", fr("529 000")),
            ("Fauteuil Nuage, mousse à mémoire de forme", fr("449 000")),
            ("Tabouret de console, pliable", fr("69 000")),
        ],
    ),
    (
        "Bureaux",
        [
            ("Bureau droit Arène, plateau en mélaminé", fr("289 000")),
            ("Bureau d'angle Arène, plateau en mélaminé", fr("419 000")),
            ("Bureau assis-debout électrique, deux moteurs", fr("789 000")),
            ("Plateau en chêne massif, sur mesure", fr("1 340 000")),
        ],
    ),
    (
        "Accessoires",
        [
            ("Repose-pieds inclinable", fr("49 000")),
            ("Bras pour deux écrans, fixation par pince", fr("129 000")),
            ("Tapis de sol antidérapant, grand format", fr("79 000")),
            ("Coussin lombaire, housse lavable", fr("39 000")),
            ("Goulotte pour câbles, un mètre", fr("18 500")),
            ("Lampe de bureau à bras articulé, lumière chaude ou froide", fr("59 000")),
            ("Support de casque en aluminium brossé", fr("34 000")),
        ],
    ),
]
C_NOTES = [
    "Nos conseillers règlent chaque fauteuil à votre taille avant la livraison : hauteur "
    "d'assise, profondeur, inclinaison du dossier et position des accoudoirs.",
    "Les bureaux assis-debout sont livrés avec une télécommande à trois mémoires et un "
    "système anticollision qui arrête le plateau s'il rencontre un obstacle.",
    "Les housses des coussins et des repose-pieds se lavent à trente degrés ; les "
    "revêtements en simili-cuir se nettoient avec un chiffon humide, sans produit abrasif.",
    "Livraison dans la ville : offerte à partir d'un fauteuil ou d'un bureau ; ailleurs, "
    "selon la distance.",
    "Garantie : cinq ans sur les vérins et les mécanismes, deux ans sur les revêtements.",
    "Retour possible pendant trente jours si l'article est rendu dans son emballage.",
    "Essai à domicile : un fauteuil peut être prêté pour un week-end contre une caution.",
    "Les prix de ce catalogue sont valables jusqu'à la fin de la saison d'hiver, sauf "
    "erreur d'impression.",
]


def catalogue_text() -> str:
    lines = [C_TITLE, C_SUB, C_INTRO]
    for head, items in C_SECTIONS:
        lines.append(head)
        lines += [f"{name} : {price}" for name, price in items]
    lines.append("Conditions")
    lines += C_NOTES
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


def _write(data: bytes, out: str | None) -> bytes:
    if out is not None:
        with open(out, "wb") as f:
            f.write(data)
        print("wrote", out)
    return data


def _props(doc, title: str, author: str, when: datetime.datetime, lang: str) -> None:
    props = doc.core_properties
    props.title = title
    props.author = author
    props.created = when
    props.modified = when
    props.last_modified_by = author
    props.revision = 2
    props.language = lang


def build_notice(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 11, 23, 12, 0, 0)
    doc = docx.Document()
    _props(doc, N_TITLE, "Lumen Forge Interactive", when, "en-GB")
    doc.add_heading(N_TITLE, level=0)
    doc.add_paragraph(N_SUB).runs[0].italic = True
    table = doc.add_table(rows=len(N_SUMMARY), cols=2)
    table.style = "Table Grid"
    for i, (label, value, custom) in enumerate(N_SUMMARY):
        table.cell(i, 0).paragraphs[0].add_run(label).bold = True
        p = table.cell(i, 1).paragraphs[0]
        if custom:
            p._p.append(
                parse_xml(
                    f'<w:customXml xmlns:w="{W_URI}" w:uri="{CUSTOM_URI}" w:element="launchDate">'
                    f"<w:r><w:t>{value}</w:t></w:r></w:customXml>"
                )
            )
        else:
            p.add_run(value)
    for kind, text in N_BODY:
        if kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "chart":
            part = Part(PackURI("/" + CHART_PART), CHART_CT, chart_xml(), doc.part.package)
            rid = doc.part.relate_to(part, CHART_TYPE)
            doc.add_paragraph()._p.append(
                parse_xml(
                    f'<w:r xmlns:w="{W_URI}"><w:drawing>'
                    f'<wp:inline xmlns:wp="{WP_URI}" distT="0" distB="0" distL="0" distR="0">'
                    '<wp:extent cx="5486400" cy="2743200"/>'
                    f'<wp:docPr id="10" name="{CHART_TITLE}"/>'
                    f'<a:graphic xmlns:a="{A_URI}"><a:graphicData uri="{C_URI}">'
                    f'<c:chart xmlns:c="{C_URI}" xmlns:r="{R_URI}" r:id="{rid}"/>'
                    "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
                )
            )
        else:
            doc.add_paragraph(text)
    return _write(_zip_bytes(_parts(doc), when), NOTICE_OUT if write else None)


def build_catalogue(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 11, 2, 12, 0, 0)
    doc = docx.Document()
    _props(doc, C_TITLE, "Assise & Cie", when, "fr-FR")
    doc.add_heading(C_TITLE, level=0)
    doc.add_paragraph(C_SUB).runs[0].italic = True
    doc.add_paragraph(C_INTRO)
    for head, items in C_SECTIONS:
        doc.add_heading(head, level=1)
        for name, price in items:
            p = doc.add_paragraph(f"{name} : ")
            p._p.append(
                parse_xml(
                    f'<mc:AlternateContent xmlns:mc="{MC_URI}" xmlns:w="{W_URI}" '
                    f'xmlns:w14="{W14_URI}"><mc:Choice Requires="w14">'
                    f"<w:r><w:rPr><w:b/></w:rPr><w:t>{price}</w:t></w:r></mc:Choice>"
                    f"<mc:Fallback><w:r><w:t>{price}</w:t></w:r></mc:Fallback>"
                    "</mc:AlternateContent>"
                )
            )
    doc.add_heading("Conditions", level=1)
    for note in C_NOTES:
        doc.add_paragraph(note)
    return _write(_zip_bytes(_parts(doc), when), CATALOGUE_OUT if write else None)


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_notice()
    build_catalogue()
