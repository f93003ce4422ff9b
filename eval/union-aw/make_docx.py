#!/usr/bin/env python3
"""Build the two Word documents of union-aw (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-aw/make_docx.py    # python-docx is in the venv

- docs/fiche-tarifs-2026-2027-equipes-encouragement.docx: the Union's French rate sheet
  (Wednesday 2 December 2026): a table of the current rates, then notes. Three layouts:
  DOCUMENT VARIABLES (w:docVars / w:docVar in word/settings.xml: the sheet's edition and its
  source, which no text reader shows); FIT-TEXT AMOUNTS (w:fitText in the runs of the
  "Montant" column: Word squeezes or stretches each amount to the same width, 1.75 cm); and
  TRACKED FORMATTING CHANGES (w:rPrChange: the two rows Letter of Agreement No. 1 changed
  were made bold with revision marks on, the text itself unchanged). French amounts with
  U+202F between the thousands and U+00A0 before ৳.
- docs/avis-lynx-val-sorbiere-equipe-de-danse-2026-11.docx: the Val-Sorbière Lynx's French
  note to their dance team (Friday 27 November 2026): the homestand allowance with a worked
  example, the synthetic dancer on the big screen, the changing room and the escort, the
  pay date. Three layouts: SPELLING MARKS (w:proofErr spellStart / spellEnd around the
  words Word flagged, each in a run of its own with a revision-save id, w:rsidR); an
  east-Asian "TWO LINES IN ONE" run (w:eastAsianLayout w:combine, drawn on two half-height
  lines); and a BOXED PARAGRAPH (w:pBdr with a border on its four sides: the worked
  example).

`sheet_text()` and `avis_text()` return the text as Word shows it, for check_set.py. Fixed
dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHEET_OUT = os.path.join(HERE, "docs", "fiche-tarifs-2026-2027-equipes-encouragement.docx")
AVIS_OUT = os.path.join(HERE, "docs", "avis-lynx-val-sorbiere-equipe-de-danse-2026-11.docx")
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{" + W_URI + "}"
NNB = "\u202f"
NB = "\u00a0"


def fr(amount: str) -> str:
    """'14 500,00' with plain spaces -> U+202F between the thousands and U+00A0 before ৳."""
    return amount.replace(" ", NNB) + NB + "৳"


# ---- the rate sheet (French) -----------------------------------------------------------------

S_TITLE = "Vos montants de la saison 2026-2027 en un coup d'œil"
S_SUB = (
    "Fiche du Syndicat des danseurs d'arène et des équipes d'encouragement du Lisserand "
    "(SDAEL), mise à jour le mercredi 2 décembre 2026 pour la lettre d'entente n° 1"
)
S_INTRO = (
    "Chaque montant s'écrit à la française : les milliers séparés par une espace fine, les "
    "poisha après la virgule, le signe ৳ en dernier. La colonne « Article » renvoie à l'accord des "
    "équipes d'encouragement 2026-2029."
)
S_HEAD = ("Poste", "Montant", "Article")
# (usage, amount, article, changed by Letter of Agreement No. 1)
S_ROWS: list[tuple[str, str, str, bool]] = [
    ("Cachet de match, appel jusqu'à 5 heures", fr("14 500,00"), "3.1", False),
    ("Heure d'appel de match au-delà de 5 heures", fr("2 900,00"), "3.1", False),
    ("Cachet vétéran (trois saisons qualifiantes)", fr("16 200,00"), "3.3", False),
    ("Prime de repos trop court, par heure manquante", fr("2 400,00"), "3.5", False),
    ("Show de mi-temps ou d'entracte, le show", fr("9 800,00"), "3.6", False),
    ("Répétition, l'heure (appel minimum de 2 heures)", fr("2 150,00"), "4.1", False),
    ("Heure de répétition au-delà de 48 heures dans un bloc", fr("3 225,00"), "4.2", False),
    ("Voltigeuse ou voltigeur, prime de stunt par match", fr("3 400,00"), "5.1", False),
    ("Porteur ou pareur, prime de stunt par match", fr("2 300,00"), "5.1", False),
    ("Percussionniste de la drumline, le match", fr("11 800,00"), "5.3", False),
    ("Stipend de la saison régulière", fr("264 000,00"), "6.1", False),
    ("Animation promotionnelle jusqu'à 2 heures, depuis le 1er décembre 2026", fr("7 900,00"), "7.1, lettre d'entente n° 1", True),
    ("Stationnement et déplacement, par série de matchs à domicile", fr("1 850,00"), "7.3", False),
    ("Per diem, par jour de déplacement", fr("4 650,00"), "7.4", False),
    ("Danseuse synthétique, par match, depuis le 1er décembre 2026", fr("6 100,00"), "11.1, lettre d'entente n° 1", True),
]  # fmt: skip
S_NOTES = [
    "Paie : ce que vous gagnez dans un mois vous est versé le 12 du mois d'après au plus "
    "tard (article 8.1). Cachets de novembre 2026 : vendredi 11 décembre 2026, le 12 tombant un samedi.",
    "Blocs de répétition : quatre semaines consécutives, chaque semaine du lundi au dimanche ; "
    "les heures de répétition au-delà de 48 heures dans un bloc sont des heures "
    "supplémentaires (article 4.2). Les dates des blocs sont dans le calendrier de la saison.",
    "Préavis : l'engagement prend fin après le troisième match à domicile joué après le jour "
    "du préavis (article 6.2).",
    "Chaussures : le club fournit deux paires de chaussures de danse par saison, remplacées "
    "sur présentation de la paire usée.",
    "Retouches IA : depuis le 1er décembre 2026, le club retire une retouche IA dans les "
    "12 heures qui suivent votre demande (lettre d'entente n° 1).",
]
S_FOOT = "Les lignes en gras ont changé le 1er décembre 2026."
DOC_VARS = [("Edition", "FT-2026-12"), ("Source", "SDAEL, service des tarifs")]
REVISION = ("SDAEL", "2026-12-02T09:30:00Z")
FIT_TWIPS = 992  # 1.75 cm


def sheet_text() -> str:
    lines = [S_TITLE, S_SUB, S_INTRO]
    lines.append(" | ".join(S_HEAD))
    lines += [" | ".join(row[:3]) for row in S_ROWS]
    lines += S_NOTES
    lines.append(S_FOOT)
    return "\n".join(lines)


# ---- the Lynx's notice (French) --------------------------------------------------------------

A_TITLE = "Équipe de danse des Lynx : ce qui change en décembre"
A_SUB = "Val-Sorbière Lynx, note à l'équipe du vendredi 27 novembre 2026"
# Paragraphs: ("h", text), ("p", text) or ("box", text), the last framed by a border. In
# their texts "~…~" marks a word between spelling marks (w:proofErr) and "^…^" the run drawn
# "two lines in one"; the text Word shows drops the marks.
A_BODY: list[tuple[str, str]] = [
    (
        "p",
        "Deux textes s'appliquent à l'équipe : l'accord des équipes d'encouragement 2026-2029 "
        "et, à partir du 1er décembre 2026, la lettre d'entente ^n° 1^. Voici ce qu'ils "
        "changent pour vos matchs de décembre.",
    ),
    ("h", "1. Une indemnité par série de matchs à domicile"),
    (
        "p",
        f"L'indemnité de stationnement et de déplacement est de {fr('1 850,00')} par série de "
        "matchs à domicile, c'est-à-dire une suite de matchs à domicile sans match à "
        "l'extérieur entre eux (article 7.3). Elle ne se paie plus match par match.",
    ),
    (
        "box",
        "Exemple : nos matchs à domicile du vendredi 11, du dimanche 13 et du mercredi 16 "
        "décembre 2026 forment une seule série, car notre prochain match à l'extérieur est le "
        f"samedi 19 décembre 2026. Vous recevez une indemnité de {fr('1 850,00')} pour les trois "
        f"matchs. Sous l'ancien accord, on payait {fr('1 200,00')} par match, soit "
        f"{fr('3 600,00')} pour les trois.",
    ),
    ("h", "2. La danseuse synthétique sur l'écran géant"),
    (
        "p",
        "À partir du vendredi 11 décembre 2026, le Palais des sports montre sur l'écran géant "
        "une danseuse synthétique créée à partir des mouvements de deux membres de l'équipe qui "
        f"ont signé le formulaire SQ-7. Chacune reçoit {fr('6 100,00')} par match où la "
        "danseuse est montrée (lettre d'entente n° 1). L'équipe entière est toujours "
        "convoquée ces soirs-là : la danseuse synthétique ne remplace jamais personne.",
    ),
    ("h", "3. Vestiaire et sécurité"),
    (
        "p",
        "Le ~vestiaire~ des danseuses est au niveau -1, porte 7. Après les matchs du soir, une "
        "escorte de sécurité vous accompagne jusqu'au parking P2 : appelez le poste 4417 à la "
        "fin du match.",
    ),
    ("h", "4. Paie"),
    (
        "p",
        "Les cachets de décembre seront payés au plus tard le mardi 12 janvier 2027, avec "
        "l'indemnité de la série de matchs du 11 au 16 décembre.",
    ),
    ("h", "5. Répétitions et costumes de décembre"),
    (
        "p",
        "Les répétitions de décembre ont lieu au studio B du Palais des sports, les mardis et "
        "les jeudis de 18 h à 21 h. Les costumes de la série de Noël seront distribués le mardi "
        "8 décembre 2026 au studio B, avec les chaussures de la saison ; le club fournit toute la "
        "tenue, vous ne payez jamais un uniforme. Les heures de répétition comptent dans les "
        "blocs de quatre semaines du calendrier de la saison.",
    ),
    ("h", "6. Contact"),
    (
        "p",
        "Solène Marchetti-Diallo, responsable de l'équipe de danse, poste 4402. Les questions "
        "sur l'accord vont à votre délégué du ~syndicat~, pas au club.",
    ),
]
RSIDS = ["00B41C7E", "00D2A9F3", "00E57B12", "00F0C3A8"]


def _plain(text: str) -> str:
    return re.sub(r"[~^]", "", text)


def avis_text() -> str:
    lines = [A_TITLE, A_SUB] + [_plain(text) for _, text in A_BODY]
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
    props.revision = 3
    props.language = lang


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_sheet(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 12, 2, 12, 0, 0)
    doc = docx.Document()
    _props(doc, S_TITLE, "SDAEL", when, "fr-FR")
    doc.add_heading(S_TITLE, level=0)
    doc.add_paragraph(S_SUB).runs[0].italic = True
    doc.add_paragraph(S_INTRO)
    table = doc.add_table(rows=len(S_ROWS) + 1, cols=3)
    table.style = "Table Grid"
    author, date = REVISION
    for i, row in enumerate([(*S_HEAD, False), *S_ROWS]):
        changed = row[3]
        for j, cell in enumerate(row[:3]):
            run = table.cell(i, j).paragraphs[0].add_run(cell)
            if i == 0 or changed:
                run.bold = True
            if i and j == 1:
                # the amount is fitted to the same width in every row
                run._r.get_or_add_rPr().append(
                    parse_xml(
                        f'<w:fitText xmlns:w="{W_URI}" w:val="{FIT_TWIPS}" w:id="{500 + i}"/>'
                    )
                )
            if changed:
                # a tracked formatting change: bold added with revision marks on
                run._r.get_or_add_rPr().append(
                    parse_xml(
                        f'<w:rPrChange xmlns:w="{W_URI}" w:id="{10 * i + j}" '
                        f'w:author="{author}" w:date="{date}"><w:rPr/></w:rPrChange>'
                    )
                )
    for note in S_NOTES:
        doc.add_paragraph(note)
    doc.add_paragraph(S_FOOT).runs[0].italic = True
    settings = doc.settings.element
    doc_vars = parse_xml(
        f'<w:docVars xmlns:w="{W_URI}">'
        + "".join(f'<w:docVar w:name="{n}" w:val="{_esc(v)}"/>' for n, v in DOC_VARS)
        + "</w:docVars>"
    )
    compat = settings.find(f"{W}compat")
    if compat is not None:
        compat.addnext(doc_vars)
    else:
        rsids = settings.find(f"{W}rsids")
        if rsids is not None:
            rsids.addprevious(doc_vars)
        else:
            settings.append(doc_vars)
    return _write(_zip_bytes(_parts(doc), when), SHEET_OUT if write else None)


def _runs_xml(text: str, n: int) -> str:
    """The runs of a paragraph: spelling marks around '~…~', '^…^' drawn two lines in one."""
    out = []
    for k, part in enumerate(re.split(r"(~[^~]+~|\^[^^]+\^)", text), n):
        if not part:
            continue
        rsid = RSIDS[k % len(RSIDS)]
        if part.startswith("~"):
            out.append('<w:proofErr w:type="spellStart"/>')
            out.append(
                f'<w:r w:rsidR="{rsid}"><w:t xml:space="preserve">{_esc(part[1:-1])}</w:t></w:r>'
            )
            out.append('<w:proofErr w:type="spellEnd"/>')
        elif part.startswith("^"):
            out.append(
                f'<w:r w:rsidR="{rsid}"><w:rPr><w:eastAsianLayout w:id="1" w:combine="1"/>'
                f'</w:rPr><w:t xml:space="preserve">{_esc(part[1:-1])}</w:t></w:r>'
            )
        else:
            out.append(f'<w:r w:rsidR="{rsid}"><w:t xml:space="preserve">{_esc(part)}</w:t></w:r>')
    return "".join(out)


def build_avis(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 11, 27, 12, 0, 0)
    doc = docx.Document()
    _props(doc, A_TITLE, "Val-Sorbière Lynx", when, "fr-FR")
    doc.add_heading(A_TITLE, level=0)
    doc.add_paragraph(A_SUB).runs[0].italic = True
    for n, (kind, text) in enumerate(A_BODY):
        if kind == "h":
            doc.add_heading(text, level=1)
            continue
        p = doc.add_paragraph()
        if kind == "box":
            edge = '="single" w:sz="8" w:space="4" w:color="1F3A5F"'
            p._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:pBdr xmlns:w="{W_URI}"><w:top w:val{edge}/><w:left w:val{edge}/>'
                    f"<w:bottom w:val{edge}/><w:right w:val{edge}/></w:pBdr>"
                )
            )
        p._p.set(f"{W}rsidR", RSIDS[n % len(RSIDS)])
        p._p.set(f"{W}rsidRDefault", RSIDS[0])
        for el in parse_xml(f'<w:p xmlns:w="{W_URI}">{_runs_xml(text, n)}</w:p>'):
            p._p.append(el)
    return _write(_zip_bytes(_parts(doc), when), AVIS_OUT if write else None)


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_sheet()
    build_avis()
