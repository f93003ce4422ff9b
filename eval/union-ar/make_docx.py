#!/usr/bin/env python3
"""Build the two Word documents of union-ar (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ar/make_docx.py    # python-docx is in the venv

- docs/pceg-circular-back-pay-clause-3-4.docx: the Guild's circular No. 14/2026 on back pay
  under the grace period of clause 3.4 (English, 2 December 2026). Its worked example is an
  EQUATION OBJECT (Office Math, m:oMath), which python-docx's Paragraph.text skips and a tag
  stripper that reads every text node (m:t as well as w:t) shows; its phone number is written
  with a NON-BREAKING HYPHEN ELEMENT (w:noBreakHyphen), which python-docx renders "-" and a
  reader of the w:t text nodes drops ("07152093"); its first paragraph opens with a DROP CAP
  (w:framePr w:dropCap), a one-letter paragraph of its own, so both readers give "T" and
  "his circular ...". The previous rates and the back pay per night are in a table; "2,200
  tenge" (figures and the word) is written once.
- docs/fcms-guide-soirees-bingo-quiz-thes-dansants.docx: the Federation's French guide to
  club nights (bingo, quiz, tea dances; 16 November 2026), with a DROP CAP and a TRACKED MOVE:
  the small-clubs paragraph was moved from section 1 to section 4 with change tracking on,
  so the document part holds it twice, in w:moveFrom (its old place) and w:moveTo (its new
  place), both as ordinary w:t text: a tag stripper reads it twice, python-docx's
  Paragraph.text reads it nowhere (it skips runs inside w:moveFrom and w:moveTo).

`letter_text()` and `guide_text()` return the accepted text for check_set.py (the moved
paragraph once, where it was moved to; the equation as one line; the phone "0715-2093").
Fixed dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
LETTER_OUT = os.path.join(HERE, "docs", "pceg-circular-back-pay-clause-3-4.docx")
GUIDE_OUT = os.path.join(HERE, "docs", "fcms-guide-soirees-bingo-quiz-thes-dansants.docx")
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
M_URI = "http://schemas.openxmlformats.org/officeDocument/2006/math"
NNB = "\u202f"
NB = "\u00a0"


def fr(amount: str) -> str:
    """'19 400' with a plain space -> U+202F between the thousands and U+00A0 before ₸."""
    return amount.replace(" ", NNB) + NB + "₸"


# ---- the circular (English) ---------------------------------------------------------------------

L_TITLE = "Guild circular No. 14/2026 – Back pay under clause 3.4"
L_SUB = "Pub and Club Entertainers' Guild of Sarrevoy – rates desk – 2 December 2026"
L_DROP = "T"
L_FIRST = (
    "his circular explains what the grace period of clause 3.4 of the Pub and Club "
    "Entertainment Agreement 2026–2029 means for your pay, and how to check your payslips."
)
L_BEFORE: list[tuple[str, str]] = [
    ("h", "The grace period"),
    (
        "p",
        "The new rates apply to every night performed from 1 November 2026. Tapwell and the "
        "Federation may go on paying the previous rates for nights up to 31 December 2026, the "
        "end of the month after the month in which the new rates took effect. They then owe "
        "you the difference for each of those nights, as back pay, no later than 31 January "
        "2027. From 1 January 2027 every night must be paid at the new rate.",
    ),
    (
        "p",
        "A night paid at the previous rate in November or December 2026 is therefore not an "
        "error, but the difference must come back to you. Keep your payslips and check each "
        "line against the table below.",
    ),
    ("h", "Previous rates, new rates and back pay"),
]
L_HEAD = ("Engagement", "Previous rate (2023–2026)", "New rate", "Back pay")
L_ROWS = [
    ("Two-set weeknight, per performer", "₸17,900", "₸19,400", "₸1,500 per night"),
    ("Three-set weeknight, per performer", "₸24,600", "₸26,800", "₸2,200 per night"),
    ("Karaoke host, per hour", "₸5,800", "₸6,300", "₸500 per hour"),
]
L_AFTER_TABLE = (
    "A three-set weeknight paid at the old rate is therefore owed 2,200 tenge. Example: a duo "
    "member paid the old rate for six two-set weeknights in November and December is owed, "
    "in back pay:"
)
L_EQUATION = "(₸19,400 − ₸17,900) × 6 = ₸9,000"
L_END: list[tuple[str, str]] = [
    ("h", "Bingo in small clubs"),
    (
        "p",
        "Clubs of the Federation that had fewer than 300 members on 1 November 2026 pay "
        "₸8,900 a session until 30 April 2027 (clause 5.4). The grace period and its back pay "
        "do not apply to them: their callers are paid the full session rate only later.",
    ),
    ("h", "What to do if back pay is missing"),
    (
        "p",
        "If your February payslip shows no back pay for nights paid at the old rate, write to "
        "the rates desk with the dates of the nights and the venue. The Guild raises it with "
        "the employer and, if it is not paid, takes it to the Joint Rates Committee.",
    ),
    ("h", "Karaoke from January"),
    (
        "p",
        "From 1 January 2027 the karaoke hourly rate follows the floor of clause 6.3, linked "
        "to the statutory minimum wage. The Joint Rates Committee publishes the figure in its "
        "notices; ask the rates desk if your January payslip looks wrong.",
    ),
]
L_PHONE_BEFORE = "Questions: the rates desk, "
L_PHONE = ("0715", "2093")
L_PHONE_AFTER = ", Monday to Friday, or rates@pceg.example."
L_SIGN = "Nell Castellano-Boateng, rates officer"


def letter_text() -> str:
    out = [L_TITLE, L_SUB, L_DROP, L_FIRST]
    out += [t for _, t in L_BEFORE]
    out += [" | ".join(L_HEAD), *(" | ".join(r) for r in L_ROWS)]
    out += [L_AFTER_TABLE, L_EQUATION]
    out += [t for _, t in L_END]
    out += [f"{L_PHONE_BEFORE}{L_PHONE[0]}-{L_PHONE[1]}{L_PHONE_AFTER}", L_SIGN]
    return "\n".join(out)


# ---- the Federation's guide (French) ------------------------------------------------------------

G_TITLE = "Guide des soirées en club : bingo, quiz et thés dansants"
G_SUB = "Fédération des clubs de membres de Sarrevoy (FCMS) – secrétariat – 16 novembre 2026"
G_DROP = "C"
G_FIRST = (
    "e guide rappelle aux clubs de la Fédération ce que l'accord des spectacles de pubs et de "
    "clubs 2026-2029 prévoit pour les soirées qu'ils organisent. Les montants sont en tenge, "
    "écrits à la française : une espace fine entre les milliers et le signe ₸ après le nombre."
)
G_MOVED = (
    "Petits clubs : un club qui comptait moins de 300 membres au 1er novembre 2026 paie la "
    f"séance de bingo {fr('8 900')} jusqu'au 30 avril 2027, puis {fr('9 750')} à compter du "
    "1er mai 2027. La période de grâce de l'article 3.4 ne s'applique pas à ce report."
)
# (kind, text): "h" heading, "p" paragraph, "from" the moved paragraph's old place, "to" its
# new place
G_BLOCKS: list[tuple[str, str]] = [
    ("h", "1. Bingo"),
    (
        "p",
        f"L'annonceur est payé {fr('9 750')} par séance de 2 heures au plus. Un annonceur "
        "anime au plus deux séances par jour.",
    ),
    ("from", G_MOVED),
    (
        "p",
        "Soirée grand lot : une séance dont la cagnotte atteint au moins "
        f"{fr('250 000')} est une soirée grand lot. L'annonceur reçoit alors un supplément de "
        f"{fr('3 200')} par séance, en plus du tarif de la séance.",
    ),
    ("h", "2. Quiz"),
    (
        "p",
        f"L'animateur de quiz est payé {fr('15 600')} par soirée de 8 manches au plus. Le "
        "maître du quiz qui écrit lui-même les questions reçoit en plus "
        f"{fr('2 350')} par manche de dix questions.",
    ),
    ("h", "3. Thés dansants"),
    (
        "p",
        f"Le musicien d'orchestre de danse est payé {fr('14 200')} par thé dansant de "
        "2 h 30 au plus, avec un entracte de 20 minutes.",
    ),
    ("h", "4. Dispositions transitoires"),
    ("to", G_MOVED),
    ("h", "5. Annonceur IA et écrans ClubCall"),
    (
        "p",
        "Un club qui veut faire appel à l'annonceur IA construit à partir des appels "
        "enregistrés d'un annonceur doit obtenir son consentement écrit sur le formulaire "
        "PV-6, un formulaire par club. Les plafonds par semaine et les mentions à afficher sur "
        "les écrans ClubCall sont dans le guide du panel mixte des doubles numériques. Le "
        "modèle n'est jamais utilisé pour entraîner un modèle général.",
    ),
    (
        "p",
        "Un club ne remplace jamais un annonceur réservé par l'annonceur IA pour la même "
        "séance ; l'annonceur IA ne sert que pour les séances que personne n'a été réservé à "
        "appeler.",
    ),
    ("h", "6. Bruit et salles"),
    (
        "p",
        "Le niveau sonore à la table de mixage ne dépasse jamais 96 dB(A) en moyenne sur "
        "15 minutes. La grande salle d'un club accueille au plus le nombre de personnes "
        "inscrit sur sa licence : celle du Wrenholt Legion Club, par exemple, 220 personnes.",
    ),
    (
        "p",
        "Secrétariat de la Fédération : Hilda Marchmont-Diallo, secrétaire générale, poste 4412.",
    ),
]


def guide_text() -> str:
    out = [G_TITLE, G_SUB, G_DROP, G_FIRST]
    out += [t for k, t in G_BLOCKS if k != "from"]
    return "\n".join(out)


# ---- building -----------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _save(doc, out: str | None, when: datetime.datetime) -> bytes:
    """Save with fixed zip dates; return the bytes."""
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


def _append(doc, element) -> None:
    """Append a body element before the final section properties."""
    body = doc.element.body
    body.insert(len(body) - 1, element)


def _drop_cap(doc, letter: str) -> None:
    from docx.oxml import parse_xml

    _append(
        doc,
        parse_xml(
            f'<w:p xmlns:w="{W_URI}"><w:pPr><w:framePr w:dropCap="drop" w:lines="3" '
            'w:wrap="around" w:vAnchor="text" w:hAnchor="text"/><w:spacing w:after="0" '
            'w:line="720" w:lineRule="exact"/></w:pPr><w:r><w:rPr><w:sz w:val="96"/></w:rPr>'
            f"<w:t>{_esc(letter)}</w:t></w:r></w:p>"
        ),
    )


def build_letter(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 12, 2, 12, 0, 0)
    doc = docx.Document()
    _props(doc, L_TITLE, "PCEG rates desk", when, "en-GB")
    doc.add_heading(L_TITLE, level=0)
    doc.add_paragraph(L_SUB).runs[0].italic = True
    _drop_cap(doc, L_DROP)
    doc.add_paragraph(L_FIRST)
    for kind, text in L_BEFORE:
        if kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    t = doc.add_table(rows=len(L_ROWS) + 1, cols=len(L_HEAD))
    t.style = "Table Grid"
    for j, text in enumerate(L_HEAD):
        t.cell(0, j).paragraphs[0].add_run(text).bold = True
    for i, row in enumerate(L_ROWS, 1):
        for j, text in enumerate(row):
            t.cell(i, j).paragraphs[0].add_run(text)
    doc.add_paragraph(L_AFTER_TABLE)
    p = doc.add_paragraph()
    p._p.append(
        parse_xml(
            f'<m:oMathPara xmlns:m="{M_URI}"><m:oMath><m:r><m:t>{_esc(L_EQUATION)}</m:t>'
            "</m:r></m:oMath></m:oMathPara>"
        )
    )
    for kind, text in L_END:
        if kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    p = doc.add_paragraph(L_PHONE_BEFORE)
    p._p.append(
        parse_xml(
            f'<w:r xmlns:w="{W_URI}"><w:t>{L_PHONE[0]}</w:t><w:noBreakHyphen/>'
            f"<w:t>{L_PHONE[1]}</w:t></w:r>"
        )
    )
    p.add_run(L_PHONE_AFTER)
    doc.add_paragraph(L_SIGN).runs[0].bold = True
    return _save(doc, LETTER_OUT if write else None, when)


MOVE_AUTHOR = "Hilda Marchmont-Diallo"
MOVE_DATE = "2026-11-16T09:30:00Z"


def _moved(kind: str, text: str) -> str:
    """A paragraph whose content is a tracked move (kind 'from' or 'to')."""
    tag = "moveFrom" if kind == "from" else "moveTo"
    base = 10 if kind == "from" else 20
    attrs = f'w:author="{MOVE_AUTHOR}" w:date="{MOVE_DATE}"'
    return (
        f'<w:p xmlns:w="{W_URI}"><w:pPr><w:rPr><w:{tag} w:id="{base + 1}" {attrs}/></w:rPr>'
        f'</w:pPr><w:{tag}RangeStart w:id="{base}" {attrs} w:name="move_petits_clubs"/>'
        f'<w:{tag} w:id="{base + 2}" {attrs}><w:r><w:t xml:space="preserve">{_esc(text)}</w:t>'
        f'</w:r></w:{tag}><w:{tag}RangeEnd w:id="{base}"/></w:p>'
    )


def build_guide(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 11, 16, 12, 0, 0)
    doc = docx.Document()
    _props(doc, G_TITLE, "FCMS – secrétariat", when, "fr-FR")
    doc.add_heading(G_TITLE, level=0)
    doc.add_paragraph(G_SUB).runs[0].italic = True
    _drop_cap(doc, G_DROP)
    doc.add_paragraph(G_FIRST)
    for kind, text in G_BLOCKS:
        if kind == "h":
            doc.add_heading(text, level=1)
        elif kind in ("from", "to"):
            _append(doc, parse_xml(_moved(kind, text)))
        else:
            doc.add_paragraph(text)
    return _save(doc, GUIDE_OUT if write else None, when)


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_letter()
    build_guide()
