#!/usr/bin/env python3
"""Build the two Word documents of union-as (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-as/make_docx.py    # python-docx is in the venv

- docs/osn-clubs-winter-programme-for-models-2026-27.docx: the Open Studios Network's notice
  No. OSN/26/14 to the models of its clubs (English, 23 November 2026). Its club timetables
  and addresses are single paragraphs whose lines are separated by CARRIAGE-RETURN ELEMENTS
  (w:cr inside a run): python-docx gives each as a line break, a reader of the w:t text
  nodes glues the lines together ("HC1 4LBTuesdays"). Every such line ends with a letter or a
  punctuation mark, so no two numbers are glued. The platform's name is a HYPERLINK
  (w:hyperlink with an external relationship), which both readers read as text. Amounts with
  the sign after the figure and a space ("236.50 ₴"), and once with the abbreviation hrn
  ("hrn 118.60", the house supper allowance, only here).
- docs/guide-partie-g-references-ia-scans-modeles-synthetiques.docx: the Guild's French guide
  to Part G (26 November 2026). Its table's header row is set in VERTICAL TEXT (w:textDirection
  btLr: read bottom to top on the page), which changes nothing for a text reader; the form's
  name is a HYPERLINK. The provisional cap of 200 references a licence year is only here.

`notice_text()` and `guide_text()` return the text for check_set.py (w:cr as a line break).
Fixed dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE_OUT = os.path.join(HERE, "docs", "osn-clubs-winter-programme-for-models-2026-27.docx")
GUIDE_OUT = os.path.join(
    HERE, "docs", "guide-partie-g-references-ia-scans-modeles-synthetiques.docx"
)
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_URI = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HL_TYPE = R_URI + "/hyperlink"
NNB = "\u202f"
NB = "\u00a0"


def fr(amount: str) -> str:
    """'3 972,40' with a plain space -> U+202F between the thousands and U+00A0 before ₴."""
    return amount.replace(" ", NNB) + NB + "₴"


# ---- the Network's notice (English) -------------------------------------------------------------

N_TITLE = "OSN clubs – winter programme for models, 2026–27"
N_SUB = "Notice No. OSN/26/14 of the Open Studios Network, Harwick Cross, 23 November 2026"
N_LINK_URL = "https://openeasel.example/live/schedule"
N_LINK_TEXT = "OpenEasel Live schedule"
# ("h" | "p" | "cr" | "link", text or lines)
N_BODY: list[tuple[str, object]] = [
    (
        "p",
        "This notice is for the models booked by the Network's drawing clubs and open studios "
        "this winter, and for those who pose on OpenEasel Live. It repeats the rates of the Life "
        "Model and Art Sitter Agreement 2026–2029 that the clubs use most, with the sign after "
        "the figure and a space, as our club secretaries write them (236.50 ₴ is two hundred "
        "and thirty-six hryvnias and fifty kopiyky).",
    ),
    ("h", "Our clubs this winter"),
    (
        "cr",
        [
            "Quayside Drawing Club, 4 Ferry Steps, Harwick Cross HC1 4LB.",
            "Tuesdays: clothed long pose, 18:30 to 21:00, the same pose for three weeks.",
            "Thursdays: nude life class, 19:00 to 22:15; the last pose ends at 22:15.",
            "Room: the Loft, with 12 easels and a heater at the stand.",
            "Members show their club card at the door (student number, e.g. ST-40917).",
        ],
    ),
    (
        "cr",
        [
            "Saint-Aulde Portrait Circle, Old Corn Exchange, Saint-Aulde.",
            "Saturdays: portrait sittings of 3 hours, 10:00 to 13:00.",
            "The Circle's members enter the Portrait Prize in March.",
        ],
    ),
    (
        "cr",
        [
            "Brackenmoor Open Studio, Mill Yard, Brackenmoor.",
            "Wednesdays: costume evenings for illustration and fashion drawing.",
            "Bring your own costume and say so when you accept the booking.",
        ],
    ),
    ("h", "What the clubs pay"),
    (
        "p",
        "A clothed session is 236.50 ₴ an hour and a nude session 284.75 ₴ an hour, always for a "
        "minimum call of 2 hours. A portrait sitting is 198.90 ₴ an hour. A model who brings "
        "their own costume to a costume evening is paid a costume supplement of 72.60 ₴ a "
        "session. From the second session of the same taped pose, the long-pose supplement of "
        "41.30 ₴ is added to each session.",
    ),
    (
        "p",
        "Beyond the minimum call, each quarter of an hour begun is paid in full. Example: booked "
        "for 2 hours, posed 2 hours 50 minutes: paid for 3 hours.",
    ),
    (
        "p",
        "The clubs also pay a house supper allowance of hrn 118.60 when a session ends after "
        "21:30. It is a house rule of the Network, not a rate of the agreement, and comes on top "
        "of the late-evening premium of the agreement.",
    ),
    ("h", "Dates"),
    (
        "p",
        "There are no club evenings in the spring half-term (15 to 19 February 2027). The "
        "winter meeting for the clubs' models is on the 9th prox. (prox.: of next month), at "
        "19:00 in the Loft; tea is served.",
    ),
    ("h", "The room, and no photography"),
    (
        "p",
        "The Loft is heated to at least 22 °C at the stand for every nude class, and the "
        "changing area behind the screen is yours. No member may photograph a model. Any "
        "recording needs your written consent on Form G-3.",
    ),
    ("h", "OpenEasel Live"),
    (
        "link",
        "Streams are listed on the {link}. The platform shows every start time in UTC, not in "
        "Orsanne time; check the hour before you accept an evening stream.",
    ),
    ("h", "Contact"),
    (
        "cr",
        [
            "Mira Castellane-Osei, models' coordinator, Open Studios Network.",
            "Telephone: Harwick Cross office, ext. 2214.",
            "Office hours: Monday to Friday, 10:00 to 16:00.",
        ],
    ),
]


def notice_text() -> str:
    lines = [N_TITLE, N_SUB]
    for kind, body in N_BODY:
        if kind == "cr":
            lines += list(body)  # type: ignore[arg-type]
        elif kind == "link":
            lines.append(str(body).format(link=N_LINK_TEXT))
        else:
            lines.append(str(body))
    return "\n".join(lines)


# ---- the Guild's French guide to Part G --------------------------------------------------------

G_TITLE = "Partie G de l'accord : références de pose par IA, scans 3D et modèles synthétiques"
G_SUB = (
    "Guide de la GMVPO pour les modèles vivants et les poseurs – Montfleury, le 26 novembre 2026"
)
G_LINK_URL = "https://gmvpo.example/formulaires/G-3"
G_LINK_TEXT = "formulaire G-3"
G_HEAD = ["Usage", "Consentement", "Rémunération", "Plafond"]
G_ROWS = [
    [
        "Références de pose générées par IA",
        "formulaire G-3, par usage",
        f"{fr('64,30')} par référence",
        "200 références par année de licence (provisoire)",
    ],
    [
        "Bibliothèque de poses (scans 3D)",
        "formulaire G-3, par studio",
        f"{fr('3 972,40')} par studio et par année de licence",
        "3 studios à la fois",
    ],
    [
        "Séance d'entraînement d'un modèle d'IA",
        "formulaire G-3, par séance",
        f"{fr('1 850,00')} par séance",
        "aucun modèle généraliste",
    ],
    [
        "Diffusion en direct enregistrée et conservée",
        "formulaire G-3, par enregistrement",
        f"{fr('488,30')} par séance et par année de licence",
        "effacée sous 7 jours si elle n'est pas payée",
    ],
]
G_BEFORE: list[tuple[str, str]] = [
    (
        "p",
        "La partie G de l'accord sur les modèles vivants et les poseurs 2026-2029 (articles 12 "
        "à 20) encadre quatre usages numériques : les références de pose générées par une IA "
        "entraînée sur vos séances, les scans 3D vendus ou prêtés comme bibliothèques de poses "
        "aux studios d'animation et de jeux vidéo, les « modèles synthétiques » montrés à une "
        "classe à la place d'un modèle vivant, et les enregistrements de séances diffusées en "
        "direct réutilisés pour entraîner un modèle. Ce guide la résume ; l'accord fait foi.",
    ),
    ("h", "1. Un consentement par usage"),
    (
        "link",
        "Chaque usage demande votre consentement écrit sur le {link}, qui nomme l'usage, les "
        "studios et les années de licence. Un consentement général « à tout usage » est nul.",
    ),
    (
        "p",
        "Le formulaire doit vous parvenir au moins 21 jours avant la séance où l'enregistrement "
        "ou le scan est fait. S'il arrive plus tard, la séance d'enregistrement ou de scan n'a "
        "pas lieu à la date prévue.",
    ),
    (
        "p",
        "Un consentement prend fin le 31 août qui clôt l'année académique où il a été signé. "
        "Exemple : un consentement signé en mars 2026 a pris fin le 31 août 2026 ; un "
        "consentement signé en octobre 2026 prendra fin le 31 août 2027. Il faut le signer de "
        "nouveau pour l'année suivante.",
    ),
    ("h", "2. Ce qui vous est payé, et les plafonds"),
    (
        "p",
        "En attendant la première réunion du Comité mixte du numérique, les parties ont convenu "
        "à la signature d'un plafond provisoire : 200 références de pose générées par IA par "
        "année de licence et par modèle. Au-delà, aucune référence ne peut être utilisée ni "
        "vendue.",
    ),
]
G_AFTER: list[tuple[str, str]] = [
    ("h", "3. Dignité"),
    (
        "p",
        "Aucune image générée ni aucun scan ne peut être sexualisé, et votre corps ne peut être "
        "modifié (silhouette, âge, peau, traits). Une image de nu ne sert qu'à enseigner le "
        "dessin, la peinture et la sculpture, jamais à la publicité.",
    ),
    ("h", "4. Mentions obligatoires"),
    (
        "p",
        "Sur chaque référence générée par IA : « Référence de pose générée par IA, réalisée avec "
        "le consentement du modèle. » Dans l'annonce d'un cours qui utilise un modèle "
        "synthétique : « Ce cours utilise une figure synthétique générée par IA, et non un modèle "
        "vivant. »",
    ),
    ("h", "5. Modèles synthétiques"),
    (
        "p",
        "L'école prévient le modèle réservé et les élèves au moins 14 jours avant un cours avec "
        "un modèle synthétique. Elle ne peut pas remplacer un cours de modèle vivant inscrit à "
        "l'emploi du temps par un modèle synthétique ; une séance annulée pour cette raison est "
        "payée en entier.",
    ),
    ("h", "6. Travaux d'élèves"),
    (
        "p",
        "Un dessin, une peinture ou une sculpture d'élève qui vous représente ne peut servir à "
        "entraîner une IA, ni entrer dans un jeu de données, sans votre consentement sur le "
        "formulaire G-3 et la rémunération d'une séance d'entraînement.",
    ),
    ("h", "7. Retrait, effacement, audit"),
    (
        "p",
        "Vous pouvez retirer un consentement avec un préavis écrit de 45 jours, sur le "
        "formulaire G-5. L'école efface tout ce qui a été fait à partir de vos séances dans les "
        "20 jours qui suivent la prise d'effet du retrait et vous envoie un certificat "
        "d'effacement. La Guilde peut contrôler les journaux d'utilisation une fois par année "
        "académique, avec un préavis de 10 jours ouvrables.",
    ),
    (
        "p",
        "Questions : Bastien Okonjo-Laval, responsable des tarifs, bureau de Montfleury.",
    ),
]


def guide_text() -> str:
    lines = [G_TITLE, G_SUB]
    for kind, text in G_BEFORE:
        lines.append(text.format(link=G_LINK_TEXT) if kind == "link" else text)
    lines.append(" | ".join(G_HEAD))
    lines += [" | ".join(r) for r in G_ROWS]
    lines += [t for _, t in G_AFTER]
    return "\n".join(lines)


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
    props.revision = 2
    props.language = lang


def _link_paragraph(doc, template: str, text: str, url: str, rid_hint: str) -> None:
    """A paragraph whose {link} is a w:hyperlink to an external address."""
    from docx.oxml import parse_xml

    before, after = template.split("{link}")
    p = doc.add_paragraph(before)
    rid = doc.part.relate_to(url, HL_TYPE, is_external=True)
    p._p.append(
        parse_xml(
            f'<w:hyperlink xmlns:w="{W_URI}" xmlns:r="{R_URI}" r:id="{rid}" w:history="1">'
            f'<w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:color w:val="0563C1"/><w:u w:val="single"/>'
            f"</w:rPr><w:t>{_esc(text)}</w:t></w:r></w:hyperlink>"
        )
    )
    p.add_run(after)
    del rid_hint


def _cr_paragraph(doc, lines: list[str]) -> None:
    """One paragraph, one run, its lines separated by w:cr elements."""
    from docx.oxml import parse_xml

    inner = "<w:cr/>".join(f'<w:t xml:space="preserve">{_esc(t)}</w:t>' for t in lines)
    p = doc.add_paragraph()
    p._p.append(parse_xml(f'<w:r xmlns:w="{W_URI}">{inner}</w:r>'))


def build_notice(write: bool = True) -> bytes:
    import docx  # python-docx

    when = datetime.datetime(2026, 11, 23, 12, 0, 0)
    doc = docx.Document()
    _props(doc, N_TITLE, "OSN models' coordinator", when, "en-GB")
    doc.add_heading(N_TITLE, level=0)
    doc.add_paragraph(N_SUB).runs[0].italic = True
    for kind, body in N_BODY:
        if kind == "h":
            doc.add_heading(str(body), level=1)
        elif kind == "cr":
            _cr_paragraph(doc, list(body))  # type: ignore[arg-type]
        elif kind == "link":
            _link_paragraph(doc, str(body), N_LINK_TEXT, N_LINK_URL, "notice")
        else:
            doc.add_paragraph(str(body))
    return _save(doc, NOTICE_OUT if write else None, when)


def _vertical_header(table) -> None:
    from docx.oxml import parse_xml

    for cell in table.rows[0].cells:
        tc_pr = cell._tc.get_or_add_tcPr()
        tc_pr.append(parse_xml(f'<w:textDirection xmlns:w="{W_URI}" w:val="btLr"/>'))
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f'<w:trHeight xmlns:w="{W_URI}" w:val="1700" w:hRule="atLeast"/>'))


def build_guide(write: bool = True) -> bytes:
    import docx  # python-docx

    when = datetime.datetime(2026, 11, 26, 12, 0, 0)
    doc = docx.Document()
    _props(doc, G_TITLE, "GMVPO – bureau de Montfleury", when, "fr-FR")
    doc.add_heading(G_TITLE, level=0)
    doc.add_paragraph(G_SUB).runs[0].italic = True
    for kind, text in G_BEFORE:
        if kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "link":
            _link_paragraph(doc, text, G_LINK_TEXT, G_LINK_URL, "guide")
        else:
            doc.add_paragraph(text)
    t = doc.add_table(rows=len(G_ROWS) + 1, cols=len(G_HEAD))
    t.style = "Table Grid"
    for j, text in enumerate(G_HEAD):
        t.cell(0, j).paragraphs[0].add_run(text).bold = True
    for i, row in enumerate(G_ROWS, 1):
        for j, text in enumerate(row):
            t.cell(i, j).paragraphs[0].add_run(text)
    _vertical_header(t)
    for kind, text in G_AFTER:
        if kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    return _save(doc, GUIDE_OUT if write else None, when)


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_notice()
    build_guide()
