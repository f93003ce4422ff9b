#!/usr/bin/env python3
"""Build the Word document of union-ay (its whole text is in this script).

    /work/main/.venv/bin/python eval/union-ay/make_docx.py    # python-docx is in the venv

docs/fiche-cachets-2026-2027-musiciens-eglise.docx: the Guild's French rate sheet, brought up
to date for Amendment No. 1 (Tuesday 1 December 2026): a table of the current rates, notes and
a booking slip. Two layouts no earlier set had:
- LEGACY FORM FIELDS (Word's "legacy tools", not content controls): a text form field (a
  complex field FORMTEXT whose w:ffData holds its name, a default text and a maximum length;
  its result is the default text), a drop-down form field (FORMDROPDOWN: its entries exist
  only as w:listEntry attribute values and Word draws the chosen one, which is in no w:t node)
  and a check box form field (FORMCHECKBOX, w:checkBox with its default state), none of them
  in a protected document;
- an EMBEDDED OLE OBJECT: an Excel workbook (an OOXML spreadsheet package stored as
  word/embeddings/Microsoft_Excel_Worksheet1.xlsx, related by a "package" relationship)
  shown through a w:object with a VML shape and its preview image, and an o:OLEObject
  (ProgID Excel.Sheet.12, DrawAspect Content). The workbook holds the 2023-2026 scale; Word
  shows only the preview picture, and neither python-docx nor a reader of word/document.xml
  reads a cell of it.
French amounts with U+202F between the thousands and U+00A0 before the sign ₼.

`sheet_text()` returns the text as Word shows it, for check_set.py. Fixed dates:
byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SHEET_OUT = os.path.join(HERE, "docs", "fiche-cachets-2026-2027-musiciens-eglise.docx")
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_URI = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
V_URI = "urn:schemas-microsoft-com:vml"
O_URI = "urn:schemas-microsoft-com:office:office"
R_PACKAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
R_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
EMBED_PART = "word/embeddings/Microsoft_Excel_Worksheet1.xlsx"
PREVIEW_PART = "word/media/image-ole-1.png"
NNB = "\u202f"
NB = "\u00a0"
MANAT = "\u20bc"


def fr(amount: str) -> str:
    """'1 240,00' with plain spaces -> U+202F between the thousands and U+00A0 before ₼."""
    return amount.replace(" ", NNB) + NB + MANAT


S_TITLE = "Barème des cachets 2026-2027 – musiciens de cathédrale et d'église"
S_SUB = (
    "Fiche de la Guilde des musiciens de cathédrale et d'église de Corbelaine (GMCEC), à jour au "
    "mardi 1er décembre 2026 pour l'amendement n° 1"
)
S_INTRO = (
    "Écriture des montants : milliers séparés par une espace fine, qəpik après la virgule, et "
    "le signe ₼ pour finir. La ligne renvoie à l'annexe A de l'accord de musique de cathédrale "
    "et d'église 2026-2029."
)
S_HEAD = ("Poste", "Montant", "Ligne")
S_ROWS: list[tuple[str, str, str]] = [
    ("Office du dimanche ou principal, organiste (depuis le 1er décembre 2026)", fr("1 240,00"), "A1, amendement n° 1"),
    ("Office de semaine, organiste", fr("760,00"), "A2"),
    ("Répétition du chœur, organiste, l'heure", fr("310,00"), "A3"),
    ("Grande fête, organiste", fr("1 860,00"), "A4"),
    ("Mariage, organiste", fr("2 150,00"), "A5"),
    ("Obsèques, organiste", fr("1 650,00"), "A6"),
    ("Récital d'orgue, jusqu'à 60 minutes", fr("2 600,00"), "A7"),
    ("Organiste titulaire ou adjoint, par mois", fr("5 400,00"), "A8"),
    ("Lay clerk, par mois", fr("3 900,00"), "B1"),
    ("Lay clerk principal, par mois", fr("4 450,00"), "B2"),
    ("Lay clerk suppléant, par office chanté", fr("640,00"), "B3"),
    ("Lay clerk suppléant, répétition, l'heure", fr("210,00"), "B4"),
    ("Choral scholar, bourse de l'année", fr("9 600,00"), "B5"),
    ("Chantre à la messe paroissiale", fr("480,00"), "B6"),
    ("Récital de carillon, jusqu'à 45 minutes", fr("1 380,00"), "C1"),
    ("Office diffusé ou retransmis, par musicien", fr("180,00"), "D1"),
    ("Diffusion en ligne au-delà de 30 jours, par mois", fr("90,00"), "D2"),
    ("Séance d'enregistrement commercial, 3 heures", fr("1 920,00"), "D3"),
    ("Captation du jeu, jusqu'à 6 heures", fr("9 800,00"), "F1"),
    ("Captation du jeu, chaque heure en plus", fr("1 450,00"), "F2"),
    ("Séance de banque de voix, jusqu'à 3 heures", fr("6 200,00"), "F3"),
    ("Redevance mensuelle de l'accompagnateur, par paroisse (à compter de décembre 2026)", fr("610,00"), "F4, amendement n° 1"),
    ("Chœur synthétique, par office et par banque de voix", fr("120,00"), "F5"),
    ("Entraîner un modèle général, une seule fois", fr("14 000,00"), "F6"),
]  # fmt: skip
S_SECTIONS: list[tuple[str, list[str]]] = [
    (
        "À la tribune",
        [
            "De novembre à mars, l'employeur chauffe la tribune d'orgue à 16 °C au moins avant "
            "chaque répétition et chaque office, et fournit les partitions annotées de l'office.",
        ],
    ),
    (
        "Paie",
        [
            "Chaque cachet se règle au plus tard 14 jours après l'office ; les salaires, le "
            "dernier jour ouvrable du mois (articles 5.2 et 12.1).",
        ],
    ),
    (
        "Les changements du 1er décembre 2026",
        [
            f"Office du dimanche ou principal : de {fr('1 180,00')} à {fr('1 240,00')}. Redevance "
            f"de l'accompagnateur : de {fr('540,00')} à {fr('610,00')} par paroisse et par mois. "
            "Effacement après un retrait de consentement : 14 jours au lieu de 30.",
        ],
    ),
]
SLIP_HEAD = "Fiche de réservation (à remplir dans Word)"
FORM_TEXT = ("Nom", "Votre nom et votre prénom", 60)
FORM_DROPDOWN = (
    "Categorie",
    [
        "Organiste titulaire",
        "Organiste adjoint",
        "Organiste suppléant",
        "Lay clerk",
        "Lay clerk suppléant",
        "Choral scholar",
        "Chantre",
        "Carillonneur",
    ],
)
FORM_CHECKBOX = ("Captation", "J'accepte une captation de mon jeu (joindre le formulaire RC-4).")
ARCHIVE_HEAD = "Archive"
ARCHIVE_TEXT = "Ancien barème 2023-2026, dans le classeur incorporé ci-dessous (double-cliquez pour l'ouvrir) :"
# the embedded workbook's cells (the 2023-2026 scale)
WORKBOOK_ROWS: list[tuple[str, str]] = [
    ("Barème 2023-2026 (archive)", ""),
    ("Office du dimanche, organiste", "1090"),
    ("Obsèques, organiste", "1520"),
    ("Lay clerk, par mois", "3600"),
    ("Captation du jeu, 6 heures", "8600"),
]


def sheet_text() -> str:
    """The text as Word shows it (form fields with their default value or first entry)."""
    lines = [S_TITLE, S_SUB, S_INTRO]
    lines.append(" | ".join(S_HEAD))
    lines += [" | ".join(row) for row in S_ROWS]
    for head, paras in S_SECTIONS:
        lines.append(head)
        lines += paras
    lines.append(SLIP_HEAD)
    lines.append(f"Nom : {FORM_TEXT[1]}")
    lines.append(f"Catégorie : {FORM_DROPDOWN[1][0]}")
    lines.append("☐ " + FORM_CHECKBOX[1])
    lines.append(ARCHIVE_HEAD)
    lines.append(ARCHIVE_TEXT)
    return "\n".join(lines)


# ---- building -----------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


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


def workbook_bytes(when: datetime.datetime) -> bytes:
    """A minimal OOXML workbook (inline strings and numbers) holding the 2023-2026 scale."""
    rows = []
    for i, (label, value) in enumerate(WORKBOOK_ROWS, 1):
        cells = f'<c r="A{i}" t="inlineStr"><is><t>{_esc(label)}</t></is></c>'
        if value:
            cells += f'<c r="B{i}" s="1"><v>{value}</v></c>'
        rows.append(f'<row r="{i}">{cells}</row>')
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{ns}" xmlns:r="{R_URI}"><sheets>'
            '<sheet name="Archive 2023-2026" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            "</Relationships>"
        ),
        "xl/styles.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<styleSheet xmlns="{ns}"><numFmts count="1">'
            '<numFmt numFmtId="164" formatCode="#,##0.00&quot; ₼&quot;"/></numFmts>'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            "</styleSheet>"
        ),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<worksheet xmlns="{ns}"><sheetData>{"".join(rows)}</sheetData></worksheet>'
        ),
    }
    return _zip_bytes({k: v.encode("utf-8") for k, v in parts.items()}, when)


def preview_png(width: int = 288, height: int = 96) -> bytes:
    """A plain grey-framed PNG, the picture Word shows for the embedded workbook."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            edge = x in (0, width - 1) or y in (0, height - 1)
            row += b"\x80\x80\x80" if edge else b"\xf4\xf4\xf0"
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def _w(xml: str):
    from docx.oxml import parse_xml

    return parse_xml(xml)


NSDECL = f'xmlns:w="{W_URI}" xmlns:r="{R_URI}" xmlns:v="{V_URI}" xmlns:o="{O_URI}"'


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'


def form_text_xml() -> str:
    name, default, maxlen = FORM_TEXT
    return (
        f"<w:p {NSDECL}>{_run('Nom : ')}"
        '<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
        f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
        f'<w:textInput><w:default w:val="{_esc(default)}"/><w:maxLength w:val="{maxlen}"/></w:textInput>'
        "</w:ffData></w:fldChar></w:r>"
        '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{_esc(default)}</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )


def form_dropdown_xml() -> str:
    name, entries = FORM_DROPDOWN
    items = "".join(f'<w:listEntry w:val="{_esc(e)}"/>' for e in entries)
    return (
        f"<w:p {NSDECL}>{_run('Catégorie : ')}"
        '<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
        f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
        f'<w:ddList><w:result w:val="0"/>{items}</w:ddList>'
        "</w:ffData></w:fldChar></w:r>"
        '<w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )


def form_checkbox_xml() -> str:
    name, label = FORM_CHECKBOX
    return (
        f"<w:p {NSDECL}>"
        '<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
        f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
        '<w:checkBox><w:sizeAuto/><w:default w:val="0"/></w:checkBox>'
        "</w:ffData></w:fldChar></w:r>"
        '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        f"{_run(' ' + label)}</w:p>"
    )


def ole_object_xml() -> str:
    return (
        f"<w:p {NSDECL}><w:r>"
        '<w:object w:dxaOrig="4320" w:dyaOrig="1440">'
        '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
        'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/>'
        '<v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/>'
        '<o:lock v:ext="edit" aspectratio="t"/></v:shapetype>'
        '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:216pt;height:72pt" o:ole="">'
        '<v:imagedata r:id="rIdOlePreview1" o:title="Barème 2023-2026"/>'
        "</v:shape>"
        '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" '
        'DrawAspect="Content" ObjectID="_1790412345" r:id="rIdOle1"/>'
        "</w:object></w:r></w:p>"
    )


def _add_embedding(parts: dict[str, bytes], when: datetime.datetime) -> dict[str, bytes]:
    ct = parts["[Content_Types].xml"].decode()
    extra = (
        f'<Default Extension="xlsx" ContentType="{CT_XLSX}"/>'
        '<Default Extension="png" ContentType="image/png"/>'
    )
    parts["[Content_Types].xml"] = ct.replace("<Default ", extra + "<Default ", 1).encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    new = (
        f'<Relationship Id="rIdOle1" Type="{R_PACKAGE}" Target="embeddings/Microsoft_Excel_Worksheet1.xlsx"/>'
        f'<Relationship Id="rIdOlePreview1" Type="{R_IMAGE}" Target="media/image-ole-1.png"/>'
    )
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>", new + "</Relationships>"
    ).encode()
    parts[EMBED_PART] = workbook_bytes(when)
    parts[PREVIEW_PART] = preview_png()
    return parts


def build_sheet(write: bool = True) -> bytes:
    import docx  # python-docx

    when = datetime.datetime(2026, 12, 1, 12, 0, 0)
    doc = docx.Document()
    props = doc.core_properties
    props.title = S_TITLE
    props.author = "GMCEC, service des tarifs"
    props.created = when
    props.modified = when
    props.last_modified_by = "GMCEC, service des tarifs"
    props.revision = 3
    props.language = "fr-FR"
    doc.add_heading(S_TITLE, level=0)
    doc.add_paragraph(S_SUB).runs[0].italic = True
    doc.add_paragraph(S_INTRO)
    table = doc.add_table(rows=len(S_ROWS) + 1, cols=3)
    table.style = "Table Grid"
    for i, row in enumerate([S_HEAD, *S_ROWS]):
        for j, cell in enumerate(row):
            run = table.cell(i, j).paragraphs[0].add_run(cell)
            if i == 0:
                run.bold = True
    for head, paras in S_SECTIONS:
        doc.add_heading(head, level=1)
        for text in paras:
            doc.add_paragraph(text)
    doc.add_heading(SLIP_HEAD, level=1)
    body = doc.element.body
    sect = body[-1]  # w:sectPr stays last
    for xml in (form_text_xml(), form_dropdown_xml(), form_checkbox_xml()):
        sect.addprevious(_w(xml))
    doc.add_heading(ARCHIVE_HEAD, level=1)
    doc.add_paragraph(ARCHIVE_TEXT)
    body[-1].addprevious(_w(ole_object_xml()))
    data = _zip_bytes(_add_embedding(_parts(doc), when), when)
    if write:
        with open(SHEET_OUT, "wb") as f:
            f.write(data)
        print("wrote", SHEET_OUT)
    return data


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_sheet()
