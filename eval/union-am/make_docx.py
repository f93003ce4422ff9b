#!/usr/bin/env python3
"""Build the two Word documents of union-am (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-am/make_docx.py    # python-docx is in the venv

- docs/interim-agreement-2026-06-24.docx: the INTERIM AGREEMENT of 24 June 2026, in
  English, kept as a plain copy: NO stamp, NO banner, nothing in it says that it was
  replaced (only clause 1.4 of the 2026-2029 agreement says so). Its figures (S/ 204.00 a
  show, S/ 44.00 a flight above 4 m, deletion within 60 days...) are traps for "now". A
  Word COMMENT (word/comments.xml, anchored on the aerial clause) holds the Union's
  proposal for the final text, which was NOT ADOPTED: S/ 58.00 a flight from 3 m and
  deletion within 30 days. python-docx's paragraphs do not show the comment; a zipfile
  reader of the parts does.
- docs/avenant-1-refection-arena-ardenport.docx: Amendment No. 1 (French), the SUSPENSION
  of the practice-ice clause at the Ardenport National Arena during its refit and its
  reinstatement on 1 March 2027, with TRACKED CHANGES left in: two w:del runs hold the
  figures struck out at the last session ("31 janvier 2027 ", "0,78 S/ ") and two w:ins
  runs the ones signed ("28 février 2027", "0,92 S/"). A zipfile reader that strips the
  tags sees both; python-docx's paragraph text sees NEITHER (it reads only the runs that
  are direct children of a paragraph), which is why the summary table repeats the signed
  figures. The struck-out figures are in no other document.

`interim_text()` and `avenant_text()` return the text as signed, for check_set.py (the
body, then the tables' cells joined by " | "; the comment and the deleted runs are not
in it). Fixed dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
INTERIM_OUT = os.path.join(HERE, "docs", "interim-agreement-2026-06-24.docx")
AVENANT_OUT = os.path.join(HERE, "docs", "avenant-1-refection-arena-ardenport.docx")
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# ---- the interim agreement -----------------------------------------------------------------------

I_TITLE = "Interim Agreement – Ice Shows and Arenas"
I_SUB = (
    "Between the Skating Performers' Union of Lunestre (SPUL), Aurora Ice Tours Ltd. and "
    "National Rinks of Lunestre (NRL). Signed at Ardenport on 24 June 2026. It applies from "
    "1 July 2026 until the parties sign a final agreement."
)
# ("h", heading) or ("p", clause); the clause with COMMENT_ANCHOR carries the comment
I_BLOCKS: list[tuple[str, str]] = [
    ("h", "1. Scope"),
    (
        "p",
        "1.1 This interim agreement covers the skaters engaged by Aurora Ice Tours Ltd. or by "
        "National Rinks of Lunestre for a show or a production: ensemble, principal and "
        "featured skaters, pair and ice-dance couples, character performers in full-head "
        "costumes, aerial-on-ice performers, roller-skating and inline performers, stunt "
        "doubles on skates, coaches assisting a choreographer and Zamboni-interval "
        "entertainers.",
    ),
    (
        "p",
        "1.2 Amounts are in soles, written S/ before the amount, with a comma between the "
        "thousands and a point before the céntimos.",
    ),
    ("h", "2. Shows"),
    ("p", "2.1 An ensemble skater is paid S/ 204.00 per show."),
    ("p", "2.2 A principal skater is paid S/ 305.00 per show."),
    ("p", "2.3 On a two-show day each skater receives a supplement of S/ 32.00."),
    ("h", "3. Rehearsals and fittings"),
    ("p", "3.1 A rehearsal day is paid S/ 160.00."),
    ("p", "3.2 A costume-fitting hour is paid S/ 36.50."),
    ("h", "4. Aerial on ice"),
    (
        "p",
        "4.1 An aerial supplement of S/ 44.00 is paid per flight in which the harness lifts "
        "the skater above 4 m.",
    ),
    ("h", "5. Full-head costumes"),
    ("p", "5.1 The head of a full-head costume weighs no more than 4.5 kg."),
    (
        "p",
        "5.2 A character performer spends no more than 30 minutes at a time in a full-head "
        "costume, then takes a break of at least 10 minutes.",
    ),
    ("h", "6. Falls, rest and overtime"),
    (
        "p",
        "6.1 A skater who falls and strikes the head leaves the ice for an assessment of at "
        "least 15 minutes.",
    ),
    ("p", "6.2 Overtime is due after 8 hours of work in a day and is paid at the rate plus 50%."),
    ("h", "7. Allowances"),
    ("p", "7.1 Touring per diem: S/ 60.00 per day on tour."),
    ("p", "7.2 Skate-sharpening and boot allowance: S/ 450.00 per season."),
    ("p", "7.3 Travel: S/ 0.80 per km beyond the first 40 km."),
    ("h", "8. Cancellation"),
    (
        "p",
        "8.1 A show cancelled within 72 hours of its start is paid at 40% of the show fee.",
    ),
    ("h", "9. Volumetric capture"),
    (
        "p",
        "9.1 A skater is captured only with his or her consent for the production, given on "
        "Form VC-7.",
    ),
    ("p", "9.2 Capture fee: S/ 560.00 per capture day."),
    ("p", "9.3 Per-use fee: S/ 95.00 for each use of a capture in a production."),
    ("p", "9.4 Captures are deleted within 60 days after the end of the production."),
    ("h", "10. Term"),
    (
        "p",
        "10.1 The parties keep bargaining for a final agreement. Until it is signed, the "
        "rates above apply to every show, rehearsal, fitting and capture.",
    ),
]
COMMENT_ANCHOR = "4.1 "
COMMENT_AUTHOR = "Lucien Okafor-Thibault (SPUL)"
COMMENT_INITIALS = "LOT"
COMMENT_DATE = "2026-06-22T16:40:00Z"
COMMENT_TEXT = (
    "SPUL proposal for the final agreement: S/ 58.00 per flight from 3 m, and deletion of "
    "captures within 30 days."
)
I_TABLE_TITLE = "Interim rates"
I_TABLE = [
    ["Role or item", "Rate"],
    ["Ensemble skater, per show", "S/ 204.00"],
    ["Principal skater, per show", "S/ 305.00"],
    ["Rehearsal day", "S/ 160.00"],
    ["Costume-fitting hour", "S/ 36.50"],
    ["Aerial supplement, per flight above 4 m", "S/ 44.00"],
    ["Touring per diem, per day", "S/ 60.00"],
]
I_SIGN = (
    "For SPUL: Ingrid Solvang-Mbatha, president. For Aurora: Carys Pemberton-Oyelowo, "
    "producer. For NRL: Anselme Vukovic-Ross, director of rinks."
)


def interim_text() -> str:
    lines = [I_TITLE, I_SUB, *(text for _, text in I_BLOCKS), I_TABLE_TITLE]
    lines += [" | ".join(r) for r in I_TABLE]
    lines.append(I_SIGN)
    return "\n".join(lines)


# ---- Amendment No. 1 (French), with tracked changes ---------------------------------------------

AV_TITLE = "Avenant n° 1 à la convention « spectacles sur glace et arénas » 2026-2029"
AV_SUB = (
    "Réfection de l'aréna nationale d'Ardenport. Entre l'Union des artistes patineurs de "
    "Lunestre (UAPL), Tournées sur glace Aurora et Patinoires nationales de Lunestre (PNL). "
    "Signé à Rivebelle le 16 novembre 2026."
)
REV_AUTHOR = "Lucien Okafor-Thibault"
REV_DATE = "2026-11-13T15:20:00Z"
# a block is ("h", text), ("p", text) or ("tracked", [segments]); a segment is ("t", text),
# ("del", text) or ("ins", text)
AV_BLOCKS: list[tuple[str, object]] = [
    ("h", "Article 1 – Objet"),
    (
        "p",
        "L'aréna nationale d'Ardenport ferme sa glace pour la réfection de ses installations "
        "frigorifiques. Le présent avenant règle la glace d'entraînement et les spectacles "
        "pendant les travaux.",
    ),
    ("h", "Article 2 – Suspension"),
    (
        "tracked",
        [
            (
                "t",
                "L'article 11.1 de la convention (glace d'entraînement gratuite, 3 heures par "
                "semaine à la patinoire d'attache) est suspendu à l'aréna nationale "
                "d'Ardenport du 16 novembre 2026 au ",
            ),
            ("del", "31 janvier 2027 "),
            ("ins", "28 février 2027"),
            ("t", " inclus."),
        ],
    ),
    ("h", "Article 3 – Rétablissement"),
    (
        "p",
        "L'article 11.1 s'applique de nouveau à Ardenport à partir du 1er mars 2027, sans "
        "autre formalité ni nouvel avenant.",
    ),
    ("h", "Article 4 – Patinoire de remplacement"),
    (
        "tracked",
        [
            (
                "t",
                "Pendant la suspension, les membres s'entraînent gratuitement à la patinoire "
                "n° 3 de Northgate, 3 heures par semaine. Le trajet vers la patinoire n° 3 est "
                "indemnisé à ",
            ),
            ("del", "0,78 S/ "),
            ("ins", "0,92 S/"),
            (
                "t",
                " par km, dès le premier km, au lieu de l'indemnité de trajet de la convention.",
            ),
        ],
    ),
    ("h", "Article 5 – Spectacles déplacés"),
    (
        "p",
        "Un spectacle déplacé d'Ardenport à la patinoire n° 3 de Northgate est payé au taux de "
        "l'annexe R de la convention, plus une prime de déplacement de 14,60 S/ par "
        "spectacle. Les répétitions déplacées ne donnent pas droit à cette prime.",
    ),
    ("h", "Article 6 – Information des membres"),
    (
        "p",
        "Le bureau de Rivebelle publie chaque semaine les heures de glace réservées aux "
        "membres à la patinoire n° 3 de Northgate. Un membre qui ne trouve pas de créneau le "
        "signale à son délégué, qui en demande un autre à l'employeur.",
    ),
    ("h", "Article 7 – Portée"),
    (
        "p",
        "Aucune autre clause de la convention n'est modifiée par le présent avenant. Le "
        "présent avenant est rédigé en français.",
    ),
]
AV_TABLE_TITLE = "Tableau récapitulatif"
AV_TABLE = [
    ["Mesure", "Valeur"],
    ["Suspension de l'article 11.1 à Ardenport", "du 16 novembre 2026 au 28 février 2027"],
    ["Rétablissement à Ardenport", "1er mars 2027"],
    ["Glace de remplacement", "patinoire n° 3 de Northgate, 3 heures par semaine"],
    ["Trajet vers la patinoire n° 3", "0,92 S/ par km, dès le premier km"],
    ["Prime de déplacement", "14,60 S/ par spectacle"],
]
AV_SIGN = (
    "Pour l'UAPL : Lucien Okafor-Thibault, négociateur en chef. Pour Aurora : Carys "
    "Pemberton-Oyelowo, productrice. Pour PNL : Anselme Vukovic-Ross, directeur des "
    "patinoires."
)


def _segments_text(segments, keep: tuple[str, ...]) -> str:
    return "".join(text for kind, text in segments if kind in keep)


def avenant_text() -> str:
    """As signed: inserted runs in, deleted runs out."""
    lines = [AV_TITLE, AV_SUB]
    for kind, body in AV_BLOCKS:
        lines.append(_segments_text(body, ("t", "ins")) if kind == "tracked" else str(body))
    lines.append(AV_TABLE_TITLE)
    lines += [" | ".join(r) for r in AV_TABLE]
    lines.append(AV_SIGN)
    return "\n".join(lines)


def avenant_deleted() -> list[str]:
    return [t for kind, body in AV_BLOCKS if kind == "tracked" for k, t in body if k == "del"]


def avenant_inserted() -> list[str]:
    return [t for kind, body in AV_BLOCKS if kind == "tracked" for k, t in body if k == "ins"]


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


def _props(doc, title: str, author: str, lang: str, when: datetime.datetime) -> None:
    props = doc.core_properties
    props.title = title
    props.author = author
    props.created = when
    props.modified = when
    props.last_modified_by = author
    props.revision = 3
    props.language = lang


def _table(doc, rows: list[list[str]]) -> None:
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            run = t.cell(i, j).paragraphs[0].add_run(text)
            run.bold = True if i == 0 else None


def build_interim(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.oxml.ns import qn

    when = datetime.datetime(2026, 6, 24, 12, 0, 0)
    doc = docx.Document()
    _props(doc, I_TITLE, "SPUL office", "en-GB", when)
    doc.add_heading(I_TITLE, level=0)
    doc.add_paragraph(I_SUB).runs[0].italic = True
    for kind, text in I_BLOCKS:
        if kind == "h":
            doc.add_heading(text, level=1)
            continue
        p = doc.add_paragraph()
        run = p.add_run(text)
        if text.startswith(COMMENT_ANCHOR):
            comment = doc.add_comment(
                run, text=COMMENT_TEXT, author=COMMENT_AUTHOR, initials=COMMENT_INITIALS
            )
            comment._comment_elm.set(qn("w:date"), COMMENT_DATE)
    doc.add_heading(I_TABLE_TITLE, level=1)
    _table(doc, I_TABLE)
    doc.add_paragraph(I_SIGN)
    return _save(doc, INTERIM_OUT if write else None, when)


def _tracked_paragraph(doc, segments, ids: list[int]) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    p = doc.add_paragraph()
    for kind, text in segments:
        if kind == "t":
            p.add_run(text)
            continue
        ids[0] += 1
        tag = "w:del" if kind == "del" else "w:ins"
        inner = "w:delText" if kind == "del" else "w:t"
        el = parse_xml(
            f'<{tag} xmlns:w="{W_URI}" w:id="{ids[0]}" w:author="{REV_AUTHOR}" '
            f'w:date="{REV_DATE}"><w:r><{inner} xml:space="preserve">{text}</{inner}>'
            f"</w:r></{tag}>"
        )
        p._p.append(el)
    assert p._p.find(qn("w:del")) is not None


def build_avenant(write: bool = True) -> bytes:
    import docx  # python-docx

    when = datetime.datetime(2026, 11, 16, 12, 0, 0)
    doc = docx.Document()
    _props(doc, AV_TITLE, "UAPL – bureau de Rivebelle", "fr-FR", when)
    doc.add_heading(AV_TITLE, level=0)
    doc.add_paragraph(AV_SUB).runs[0].italic = True
    ids = [100]
    for kind, body in AV_BLOCKS:
        if kind == "h":
            doc.add_heading(str(body), level=1)
        elif kind == "tracked":
            _tracked_paragraph(doc, body, ids)
        else:
            doc.add_paragraph(str(body))
    doc.add_heading(AV_TABLE_TITLE, level=1)
    _table(doc, AV_TABLE)
    doc.add_paragraph(AV_SIGN)
    return _save(doc, AVENANT_OUT if write else None, when)


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_interim()
    build_avenant()
