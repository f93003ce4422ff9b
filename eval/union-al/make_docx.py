#!/usr/bin/env python3
"""Build the two Word documents of union-al (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-al/make_docx.py    # python-docx is in the venv

- docs/parade-performers-agreement-2022-2026.docx: the PREVIOUS agreement (2022-2026), in
  English, kept as a plain copy: NO stamp, NO banner, nothing in it says that it was
  replaced (only clause 1.4 of the 2026-2029 agreement says so). Its articles and clauses
  are AUTOMATICALLY NUMBERED: the numbers ("1.", "4.3") exist only in word/numbering.xml
  (a two-level list, "%1." and "%1.%2"), not in the text; python-docx and a zipfile
  reader see the clause text without its number. Its rate schedule is a table with a
  NESTED TABLE in the stilt walker's rate cell (the height bands). English style,
  "128.000 dinars".
- docs/protocole-2-appel-repetition-retroactif.docx: Protocol No. 2 (French), the
  RETROACTIVE increase of the rehearsal call with its back pay as a lump sum. Its
  EFFECTIVE DATE ("1er septembre 2026") is only in the section HEADER and FOOTER
  (word/header1.xml, word/footer1.xml); the body says "la date indiquée en en-tête".

`old_text()` and `protocol_text()` return the text for check_set.py (header first, then
the body, the tables' cells joined by " | ", the nested table after its row, then the
footer). Fixed dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OLD_OUT = os.path.join(HERE, "docs", "parade-performers-agreement-2022-2026.docx")
PROTOCOL_OUT = os.path.join(HERE, "docs", "protocole-2-appel-repetition-retroactif.docx")
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NUM_ID = 41  # our own list definition in numbering.xml
ABSTRACT_ID = 40

# ---- the previous agreement ------------------------------------------------------------------

OLD_TITLE = "Parade Performers Agreement 2022–2026"
OLD_SUB = (
    "Between the Carnival and Street Performers' Guild of Quenterre and the Belcarre "
    "Festival Authority. In force from 1 September 2022 to 31 August 2026. Signed at "
    "Belcarre on 30 August 2022."
)
OLD_STYLE_NOTE = (
    "Amounts are in dinars with three decimals, written in English style: 128.000 dinars "
    "is one hundred and twenty-eight dinars."
)
# (level, text): level 0 is an article heading ("%1."), level 1 a clause ("%1.%2")
OLD_CLAUSES: list[tuple[int, str]] = [
    (0, "Scope"),
    (
        1,
        "This agreement covers carnival dancers and masqueraders, stilt walkers, "
        "giant-puppet and big-head carriers, parade-float performers and festival "
        "drummers engaged by the Authority.",
    ),
    (1, "Living statues and section leaders are engaged on individual terms."),
    (0, "Parades"),
    (
        1,
        "Each parade is paid 128.000 dinars, whatever the number of parades worked in the season.",
    ),
    (1, "A night parade is paid the parade rate plus a night premium of 25%."),
    (0, "Rehearsals and fittings"),
    (1, "A rehearsal call of up to three hours is paid 52.500 dinars."),
    (1, "A costume fitting hour is paid 18.900 dinars."),
    (0, "Stilts"),
    (1, "A stilt hour is paid 41.000 dinars."),
    (
        1,
        "Above a stilt height of 2.20 m, a height supplement of 8.000 dinars per stilt hour "
        "is added.",
    ),
    (
        1,
        "Ground-spotter rule: every stilt walker has a ground spotter beside them for the "
        "whole route, and no stilt walker goes out without one.",
    ),
    (0, "Weight and carry time"),
    (
        1,
        "No costume or puppet carried by one performer may weigh more than 20 kg.",
    ),
    (1, "A carry lasts no more than 45 minutes at a stretch."),
    (0, "Rest and overtime"),
    (1, "A performer has at least 10 hours of rest between two parades."),
    (1, "Overtime is due after 7 hours of work in a day and is paid at 50%."),
    (0, "Allowances"),
    (1, "Travel: 0.380 dinars per km beyond the first 40 km."),
    (1, "Meal: 21.000 dinars for each parade day of more than 5 hours."),
    (1, "Costume maintenance: 150.000 dinars per season."),
    (
        1,
        "Feather-care allowance: 9.750 dinars per season for a performer whose costume "
        "carries natural feathers.",
    ),
    (0, "Cancellation"),
    (
        1,
        "A parade cancelled within 48 hours of its start is paid 50% of the parade rate.",
    ),
    (0, "Disputes"),
    (
        1,
        "A dispute not settled between the parties within a month goes to a single "
        "arbitrator chosen by both.",
    ),
]
OLD_TABLE_TITLE = "Rate schedule"
OLD_TABLE_HEAD = ["Role", "Rate"]
OLD_TABLE_ROWS = [
    ["Carnival dancer / masquerader", "128.000 dinars per parade"],
    ["Night-parade (lantern) performer", "160.000 dinars per parade, premium included"],
    ["Stilt walker", None],  # the nested table
    ["Giant-puppet / big-head carrier", "136.500 dinars per parade"],
    ["Festival drummer", "132.000 dinars per parade"],
    ["Rehearsal call", "52.500 dinars"],
    ["Costume fitting hour", "18.900 dinars"],
]
OLD_NESTED_HEAD = ["Stilt height", "Per stilt hour"]
OLD_NESTED_ROWS = [
    ["up to 2.20 m", "41.000 dinars"],
    ["above 2.20 m", "49.000 dinars (supplement included)"],
]
OLD_SIGN = (
    "For the Guild: Marcus Oyelaran-Petit, president. For the Authority: Perpetua "
    "Llewellyn-Saad, director of festivals."
)


def old_table_lines() -> list[str]:
    out = [" | ".join(OLD_TABLE_HEAD)]
    for role, rate in OLD_TABLE_ROWS:
        if rate is None:
            out.append(
                role + " | " + " ".join(" ".join(r) for r in [OLD_NESTED_HEAD, *OLD_NESTED_ROWS])
            )
            out += [" | ".join(r) for r in [OLD_NESTED_HEAD, *OLD_NESTED_ROWS]]
        else:
            out.append(f"{role} | {rate}")
    return out


def old_text() -> str:
    lines = [OLD_TITLE, OLD_SUB, OLD_STYLE_NOTE]
    lines += [text for _, text in OLD_CLAUSES]
    lines += [OLD_TABLE_TITLE, *old_table_lines(), OLD_SIGN]
    return "\n".join(lines)


# ---- Protocol No. 2 (French) -----------------------------------------------------------------

P_HEADER = "Protocole d'accord n° 2 · date d'effet : 1er septembre 2026 (rétroactif)"
P_FOOTER = "GACRQ / AFB · protocole n° 2 · en vigueur depuis le 1er septembre 2026"
P_TITLE = "Protocole d'accord n° 2 – appel de répétition"
P_BLOCKS: list[tuple[str, str]] = [
    (
        "sub",
        "Entre la Guilde des artistes de carnaval et de rue de Quenterre (GACRQ) et "
        "l'Autorité du festival de Belcarre (AFB). Signé à Belcarre le 25 novembre 2026.",
    ),
    ("h", "Article 1 – Nouveau taux"),
    (
        "p",
        "L'appel de répétition du tableau A1 de la convention 2026-2029 passe de 58,750 DT "
        "à 63,250 DT pour la saison 2026-27. La hausse prend effet à la date indiquée en "
        "en-tête et en pied de page du présent protocole : elle est rétroactive.",
    ),
    ("h", "Article 2 – Saison suivante"),
    (
        "p",
        "Pour la saison 2027-28, l'appel de répétition est porté à 65,150 DT au lieu de 60,500 DT.",
    ),
    ("h", "Article 3 – Rappel"),
    (
        "p",
        "Les sommes dues pour les appels de répétition travaillés entre la date d'effet et "
        "la signature du présent protocole sont versées en une seule somme forfaitaire le "
        "18 décembre 2026 (le 18/12/2026), par un virement distinct de la paie du mois.",
    ),
    (
        "p",
        "Exemple : un membre qui a travaillé six appels de répétition depuis la date "
        "d'effet reçoit six fois 4,500 DT, soit 27,000 DT de rappel.",
    ),
    ("h", "Article 4 – Appels suivants"),
    (
        "p",
        "Les appels de répétition travaillés après la signature sont payés au nouveau taux "
        "sur la paie du mois où ils ont eu lieu.",
    ),
    ("h", "Article 5 – Anciens membres"),
    (
        "p",
        "Un artiste qui n'est plus engagé par l'Autorité reçoit aussi le rappel s'il le "
        "demande au bureau de Marsoline avant le 31 mars 2027.",
    ),
    ("h", "Article 6 – Contrôle"),
    (
        "p",
        "Chaque membre reçoit avec le virement un relevé des appels de répétition pris en "
        "compte : date, section et lieu de chaque appel. Un appel oublié est signalé au "
        "bureau de Marsoline dans les trente jours qui suivent le versement ; il est payé "
        "sur la paie du mois suivant.",
    ),
    (
        "p",
        "Les appels de répétition de plus de trois heures comptent pour deux appels, comme "
        "le prévoit la convention, y compris pour le rappel.",
    ),
    ("h", "Article 7 – Portée"),
    (
        "p",
        "Aucun autre taux de la convention n'est modifié par le présent protocole. Le "
        "présent protocole est rédigé en français ; la Guilde en diffuse un résumé en "
        "anglais à ses membres.",
    ),
    (
        "p",
        "Pour la GACRQ : Tobias Venn-Aldana, négociateur en chef. Pour l'AFB : Perpetua "
        "Llewellyn-Saad, directrice des festivals.",
    ),
]


def protocol_body_text() -> str:
    return "\n".join([P_TITLE, *(text for _, text in P_BLOCKS)])


def protocol_text() -> str:
    return "\n".join([P_HEADER, protocol_body_text(), P_FOOTER])


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
    props.revision = 2
    props.language = lang


def _numbering(doc) -> None:
    """Add a two-level list to numbering.xml: "%1." for articles, "%1.%2" for clauses."""
    from docx.oxml import parse_xml

    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W_URI}" w:abstractNumId="{ABSTRACT_ID}">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="792" w:hanging="432"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    num = parse_xml(
        f'<w:num xmlns:w="{W_URI}" w:numId="{NUM_ID}">'
        f'<w:abstractNumId w:val="{ABSTRACT_ID}"/></w:num>'
    )
    first_num = numbering.find(f"{{{W_URI}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)


def _numbered(doc, level: int, text: str) -> None:
    from docx.oxml import parse_xml

    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr xmlns:w="{W_URI}"><w:ilvl w:val="{level}"/>'
            f'<w:numId w:val="{NUM_ID}"/></w:numPr>'
        )
    )
    run = p.add_run(text)
    if level == 0:
        run.bold = True


def _set(cell, text: str, bold: bool = False) -> None:
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold or None


def build_old(write: bool = True) -> bytes:
    import docx  # python-docx

    when = datetime.datetime(2022, 8, 30, 12, 0, 0)
    doc = docx.Document()
    _props(doc, OLD_TITLE, "CSPGQ office", "en-GB", when)
    _numbering(doc)
    doc.add_heading(OLD_TITLE, level=0)
    doc.add_paragraph(OLD_SUB).runs[0].italic = True
    doc.add_paragraph(OLD_STYLE_NOTE)
    for level, text in OLD_CLAUSES:
        _numbered(doc, level, text)
    doc.add_heading(OLD_TABLE_TITLE, level=1)
    t = doc.add_table(rows=1 + len(OLD_TABLE_ROWS), cols=2)
    t.style = "Table Grid"
    for j, text in enumerate(OLD_TABLE_HEAD):
        _set(t.cell(0, j), text, bold=True)
    for i, (role, rate) in enumerate(OLD_TABLE_ROWS, 1):
        _set(t.cell(i, 0), role)
        if rate is not None:
            _set(t.cell(i, 1), rate)
            continue
        cell = t.cell(i, 1)
        inner = cell.add_table(rows=1 + len(OLD_NESTED_ROWS), cols=2)  # the nested table
        inner.style = "Table Grid"
        for r, row in enumerate([OLD_NESTED_HEAD, *OLD_NESTED_ROWS]):
            for c, text in enumerate(row):
                _set(inner.cell(r, c), text, bold=r == 0)
    doc.add_paragraph(OLD_SIGN)
    return _save(doc, OLD_OUT if write else None, when)


def build_protocol(write: bool = True) -> bytes:
    import docx  # python-docx

    when = datetime.datetime(2026, 11, 25, 12, 0, 0)
    doc = docx.Document()
    _props(doc, P_TITLE, "GACRQ – bureau de Marsoline", "fr-FR", when)
    section = doc.sections[0]
    section.header.paragraphs[0].add_run(P_HEADER).italic = True
    section.footer.paragraphs[0].add_run(P_FOOTER)
    doc.add_heading(P_TITLE, level=0)
    for kind, text in P_BLOCKS:
        if kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    return _save(doc, PROTOCOL_OUT if write else None, when)


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_old()
    build_protocol()
