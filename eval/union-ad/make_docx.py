#!/usr/bin/env python3
"""Build the Word document of union-ad (its whole text is in this script).

    /work/main/.venv/bin/python eval/union-ad/make_docx.py    # python-docx is in the venv

docs/note-de-service-conjointe-2026-09-clones-vocaux.docx: a joint memo of the Association
and the Guild (French) that sets the fee per language for announcers' voice clones
(Article 18(2) of the agreement). Two traps of layout, both added through the XML:

- TRACKED CHANGES NOT ACCEPTED: in the fee paragraph the old figure sits in a deletion
  (`w:del` / `w:delText`: "32 000 Ft") and the new one in an insertion (`w:ins`:
  "36 000 Ft"). A reader of the raw XML text sees both figures side by side; python-docx's
  `Paragraph.text` sees neither (it reads only the paragraph's direct runs). The memo's
  summary table restates the new figure in plain text; the deleted figure is a trap.
- A TEXT BOX (`w:pict` / `v:textbox` / `w:txbxContent`) holds the only French statement of
  the yearly Audience Reaction Pool (4 800 000 Ft, paid by 31 March): it is not among
  python-docx's `Document.paragraphs`; it is read through the XML (zipfile, or python-docx's
  element tree).

The summary table writes the announcer's fees "18.600,- Ft" (dot thousands and ",-" for no
minor units). `memo_text()` returns the text as accepted (insertions kept, deletions
dropped, the text box after its anchor paragraph, table cells joined by " | ") for
check_set.py. Fixed dates, so the output is byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
MEMO_OUT = os.path.join(HERE, "docs", "note-de-service-conjointe-2026-09-clones-vocaux.docx")

DELETED = "32 000 Ft"
INSERTED = "36 000 Ft"
REVISION_AUTHOR = "Secrétariat conjoint"
REVISION_DATE = "2026-10-28T09:30:00Z"
TRACKED = (
    "Lorsqu'un clone vocal d'annonceur est utilisé dans une émission, l'annonceur reçoit ",
    " par langue et par saison d'utilisation, en plus de ses cachets d'épisode et de promo.",
)
TEXT_BOX = (
    "Rappel – Fonds des réactions du public (article 17) : l'APTA verse un forfait annuel de "
    "4 800 000 Ft, au plus tard le 31 mars de l'année suivante."
)
TABLE_HEAD = ["Élément", "Montant (saison 14)"]
TABLE_ROWS = [
    ["Cachet par épisode de l'annonceur", "18.600,- Ft"],
    ["Cachet par promo de l'annonceur", "7.400,- Ft"],
    ["Clone vocal, par langue et par saison d'utilisation", INSERTED],
]

BODY: list[tuple[str, str]] = [
    ("title", "Note de service conjointe n° 2026-09"),
    (
        "sub",
        "Association des producteurs de télévision d'Aldermark (APTA) et Guilde des artistes "
        "de jeux télévisés et du public de studio d'Aldermark (GAJPS). Kelsbury, le "
        "3 novembre 2026. La présente note remplace la note n° 2026-05 du 07.09.2026.",
    ),
    ("h", "1. Objet"),
    (
        "p",
        "La présente note fixe le cachet des clones vocaux des annonceurs prévu à l'article "
        "18(2) de la convention jeux télévisés et public de studio 2025-2028. Elle s'applique "
        "à la saison 14 et aux saisons suivantes, jusqu'à une nouvelle note.",
    ),
    ("h", "2. Cachet par langue"),
    ("tracked", ""),
    (
        "p",
        "Le cachet est dû pour chaque langue dans laquelle le clone est utilisé au cours de "
        "la saison, même pour une seule promo. Un annonceur qui a consenti au français et à "
        "l'anglais, et dont le clone est utilisé dans les deux langues, reçoit donc deux "
        "cachets pour la saison.",
    ),
    (
        "p",
        "Les révisions du paragraphe précédent figurent en mode suivi des modifications. "
        "Elles ont été approuvées par le comité mixte permanent ; le montant révisé "
        "s'applique depuis le début de la saison 14 et remplace celui de la note n° 2026-05.",
    ),
    ("box", ""),
    ("h", "3. Récapitulatif"),
    (
        "p",
        "Le tableau ci-dessous reprend les cachets de l'annonceur pour la saison 14. Les "
        "cachets d'épisode et de promo sont ceux du barème ; ils augmentent au début de la "
        "saison 15 selon l'article 3(2) de la convention. Le cachet du clone vocal ne change "
        "qu'avec une nouvelle note.",
    ),
    ("table", ""),
    ("h", "4. Consentement et suppression"),
    (
        "p",
        "Le clonage vocal exige l'accord écrit de l'annonceur, donné langue par langue "
        "(article 18(1)). L'annonceur peut révoquer son accord pour toute saison qui n'a pas "
        "encore été enregistrée. Un clone vocal ne sert jamais au message d'un commanditaire.",
    ),
    (
        "p",
        "L'annonceur qui demande la suppression de son clone vocal l'obtient dans le délai de "
        "l'article 20(1) de la convention. La suppression ne touche pas les épisodes déjà "
        "diffusés.",
    ),
    (
        "p",
        "Secrétariat conjoint : Ines Vauclair-Boyd, Northgate Studios, Kelsbury. Les "
        "producteurs transmettent chaque mois à la Guilde la liste des émissions et des "
        "langues où un clone vocal a été utilisé.",
    ),
]


def memo_text() -> str:
    """The memo as accepted: insertions kept, deletions dropped, the text box after its
    anchor paragraph, table cells joined by " | "."""
    lines = []
    for kind, text in BODY:
        if kind == "tracked":
            lines.append(TRACKED[0] + INSERTED + TRACKED[1])
        elif kind == "box":
            lines.append(TEXT_BOX)
        elif kind == "table":
            lines += [" | ".join(r) for r in [TABLE_HEAD, *TABLE_ROWS]]
        else:
            lines.append(text)
    return "\n".join(lines)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _tracked_xml() -> str:
    return (
        f"<w:p {W}>"
        + _run(TRACKED[0])
        + f'<w:del w:id="101" w:author="{REVISION_AUTHOR}" w:date="{REVISION_DATE}">'
        + f'<w:r><w:delText xml:space="preserve">{escape(DELETED)}</w:delText></w:r></w:del>'
        + f'<w:ins w:id="102" w:author="{REVISION_AUTHOR}" w:date="{REVISION_DATE}">'
        + _run(INSERTED)
        + "</w:ins>"
        + _run(TRACKED[1])
        + "</w:p>"
    )


def _box_xml() -> str:
    return (
        f"<w:p {W} {V}><w:r><w:pict>"
        '<v:shape id="Rappel1" type="#_x0000_t202" '
        'style="width:420pt;height:48pt" strokecolor="#7a6a4f" fillcolor="#f4efe6">'
        "<v:textbox><w:txbxContent><w:p>"
        + _run(TEXT_BOX)
        + "</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
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


def build_memo(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    when = datetime.datetime(2026, 11, 3, 12, 0, 0)
    doc = docx.Document()
    props = doc.core_properties
    props.title = "Note de service conjointe n° 2026-09"
    props.author = "APTA / GAJPS"
    props.created = when
    props.modified = when
    props.last_modified_by = REVISION_AUTHOR
    props.revision = 3
    props.language = "fr-FR"
    sect_pr = doc.element.body.find(qn("w:sectPr"))
    for kind, text in BODY:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "tracked":
            sect_pr.addprevious(parse_xml(_tracked_xml()))
        elif kind == "box":
            sect_pr.addprevious(parse_xml(_box_xml()))
        elif kind == "table":
            table = doc.add_table(rows=1 + len(TABLE_ROWS), cols=2)
            table.style = "Table Grid"
            for c, h in enumerate(TABLE_HEAD):
                table.cell(0, c).paragraphs[0].add_run(h).bold = True
            for r, row in enumerate(TABLE_ROWS, 1):
                for c, cell in enumerate(row):
                    table.cell(r, c).paragraphs[0].add_run(cell)
        else:
            doc.add_paragraph(text)
    return _save(doc, MEMO_OUT if write else None, when)


if __name__ == "__main__":
    build_memo()
