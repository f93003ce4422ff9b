#!/usr/bin/env python3
"""Build the two Word documents of union-ag (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ag/make_docx.py    # python-docx is in the venv

- docs/resume-entente-artistes-aquatiques-2026-2029.docx: the Guild's French summary of
  the Aquatic Performers Agreement, updated on 1 December 2026. Four traps of layout:
  * AUTOMATIC LIST NUMBERING: the clause numbers ("2.1", "4.2") come from `w:numPr` and a
    multilevel `w:abstractNum` ("%1." / "%1.%2") added to word/numbering.xml; they are in
    no `w:t`, so no reader's text holds them.
  * A FOOTNOTE (word/footnotes.xml, referenced by `w:footnoteReference`) holds the
    condition of the wet supplement (more than 30 minutes in the water); python-docx does
    not read footnotes.
  * A TEXT BOX (`w:pict` / `v:textbox` / `w:txbxContent`) holds the scan-session fee
    "38 000 KSh"; python-docx's `Paragraph.text` skips it, and the summary states the fee
    nowhere else.
  * A MERGED CELL (`w:vMerge`): the boat driver and the jet-ski driver rows share one rate
    per step; the continuation cells are empty in the XML (python-docx's `row.cells`
    repeats the merged cell's text).
  Amounts are written "18 600 KSh" (U+00A0 in the thousands and before "KSh").
- docs/avis-commission-paritaire-2026-4-lettre-4-article-9-3.docx: the Joint Standing
  Committee's notice n° 2026-4 of 20 November 2026, in French: it EXTENDS Side Letter No. 4
  (Lagoona Park night shows) from 30 November 2026 to 30 September 2027 and REPLACES
  article 9(3) (no more than 35 minutes of each hour in the water, from 1 December 2026;
  tank days before then keep the original 40 minutes).

`summary_text()` and `notice_text()` return the visible text (paragraphs without their
numbers, the footnote, the text box, table cells joined by " | ", the merged cell once)
for check_set.py. Fixed dates: the output is byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SUMMARY_OUT = os.path.join(HERE, "docs", "resume-entente-artistes-aquatiques-2026-2029.docx")
NOTICE_OUT = os.path.join(
    HERE, "docs", "avis-commission-paritaire-2026-4-lettre-4-article-9-3.docx"
)
NB = "\u00a0"
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f'xmlns:w="{W_URI}"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
NUM_ID = 90  # the multilevel list this script adds to word/numbering.xml


def ksh(amount: str) -> str:
    """'18 600' -> '18 600 KSh' with U+00A0 in the thousands and before the symbol."""
    return amount.replace(" ", NB) + NB + "KSh"


# ---- the summary ----------------------------------------------------------------------------

S_TITLE = "Résumé de l'entente des artistes aquatiques 2026–2029"
S_SUB = (
    "Document d'information de la Guilde des artistes aquatiques et cascadeurs nautiques "
    "d'Okavelle (GAACO), bureau de Baie-Sainte-Claire, mis à jour le 1er décembre 2026. Seul "
    "le texte de l'entente fait foi ; les renvois entre parenthèses désignent ses articles."
)
FOOTNOTE_LEAD = "Figurants nageurs : supplément mouillé de "
FOOTNOTE_FIG = ksh("1 400")
FOOTNOTE_TAIL = " par jour, en plus du cachet de la journée (article 7(2))."
FOOTNOTE_TEXT = (
    "Seulement si le figurant nageur passe plus de 30 minutes dans l'eau dans la journée."
)
TEXTBOX_LEAD = "Encadré :"
TEXTBOX_TEXT = (
    f"Séance de scan volumétrique : {ksh('38 000')} par séance (article 14(2)). Le montant "
    "est maintenu pour toute la durée de l'entente."
)

TABLE_HEAD = [
    "Rôle",
    "Unité",
    "Étape 1 (rétroactive au 1er octobre 2026)",
    "Étape 2 (mars 2027)",
    "Étape 3 (1er octobre 2027)",
]
# None: the continuation of a vertically merged cell (w:vMerge)
TABLE_ROWS: list[list[str | None]] = [
    [
        "Artiste subaquatique",
        "journée de bassin (8 heures)",
        ksh("18 600"),
        ksh("19 400"),
        ksh("20 300"),
    ],
    ["Plongeur de sécurité", "jour", ksh("14 800"), ksh("15 400"), ksh("16 000")],
    [
        "Plongeur de sécurité en disponibilité",
        "jour (demi-tarif)",
        ksh("7 400"),
        ksh("7 700"),
        ksh("8 000"),
    ],
    ["Cascadeur nautique", "jour, avant les gags", ksh("21 500"), ksh("22 400"), ksh("23 300")],
    ["Sirène ou costume à queue", "apparition", ksh("9 200"), ksh("9 600"), ksh("10 000")],
    ["Conducteur de bateau", "jour", ksh("12 900"), ksh("13 400"), ksh("13 900")],
    ["Conducteur de motomarine", None, None, None, None],
    ["Figurant nageur", "jour", ksh("5 600"), ksh("5 850"), ksh("6 100")],
]

# (kind, text): "title", "sub", "l0" / "l1" (numbered list levels), "table", "fn" (the
# paragraph with the footnote), "tbx" (the paragraph with the text box), "p"
SUMMARY: list[tuple[str, str]] = [
    ("title", S_TITLE),
    ("sub", S_SUB),
    ("l0", "Parties, durée, saisons et exercices"),
    (
        "l1",
        "L'entente lie la GAACO et le Conseil des producteurs d'écran et de spectacles "
        "aquatiques d'Okavelle (CPESAO) : Deepwell Studios, Bluefin Television, Lagoona Parks "
        "et Atelier Marée. Elle couvre le travail effectué du 1er octobre 2026 au "
        "30 septembre 2029 (article 2(1)).",
    ),
    (
        "l1",
        "Les cachets de spectacle suivent les saisons : la saison d'hiver 2026/27 (du "
        "1er octobre 2026 au 31 mars 2027) et la saison estivale 2027 (du 1er avril au "
        "30 septembre 2027) (article 2(2)).",
    ),
    (
        "l1",
        "Le fonds d'entraînement de la physique de l'eau suit l'exercice, du 1er juillet au "
        f"30 juin : {ksh('4 800 000')} pour l'exercice 2026-2027, {ksh('5 400 000')} pour "
        "chacun des exercices 2027-2028 et 2028-2029 (article 16(2)).",
    ),
    ("l0", "Cachets par étape"),
    (
        "l1",
        "Les cachets de l'annexe A passent par trois étapes. L'étape 1 est rétroactive au "
        "1er octobre 2026 : le travail fait avant la ratification est payé au tarif de "
        f"l'étape 1, et non à l'ancien tarif ({ksh('17 200')} la journée de bassin d'un "
        "artiste subaquatique) ; la différence est versée dans les 60 jours suivant la "
        "ratification (article 3(2)).",
    ),
    (
        "l1",
        "L'étape 2 s'applique à partir de la première période de paie commençant le "
        "1ᵉʳ mars 2027 ou après ; l'étape 3 à partir du 1er octobre 2027 (articles 3(3) et "
        "3(4)).",
    ),
    ("table", ""),
    (
        "l1",
        "Cascadeurs nautiques : un ajustement s'ajoute au cachet pour chaque gag tourné "
        "(article 6(1) de l'entente). Coachs d'apnée : "
        f"{ksh('64 000')} par semaine en ce moment (article 6(5)).",
    ),
    ("l0", "Spectacles, suppléments et indemnités"),
    (
        "l1",
        "Nageuses et nageurs synchronisés et de spectacle : "
        f"{ksh('6 400')} par représentation pendant la saison d'hiver 2026/27, "
        f"{ksh('7 100')} pendant la saison estivale 2027 (article 6(2)).",
    ),
    ("fn", ""),
    (
        "l1",
        f"Supplément eau froide (eau sous 18{NB}°C) : {ksh('2 750')} par jour dès la "
        f"ratification de l'entente par les membres ; {ksh('2 300')} jusque-là. Il n'est pas "
        "rétroactif (article 3(5)).",
    ),
    (
        "l1",
        f"Prime de nuit : 15{NB}% du cachet pour le travail dans l'eau entre 19 h et 6 h "
        "(article 10(1)).",
    ),
    (
        "l1",
        f"Indemnité de combinaison : {ksh('8 600')} par saison, pour trois jours de travail ou "
        "plus dans la saison (article 12(1)).",
    ),
    ("l0", "Sécurité et santé"),
    (
        "l1",
        "Contrôle médical des oreilles et des sinus avant la première journée de bassin d'un "
        "engagement, puis au moins tous les 90 jours, aux frais du producteur (article 9(2)).",
    ),
    (
        "l1",
        f"Espace d'échauffement chauffé à au moins 26{NB}°C, à moins de 30 mètres de l'eau, "
        "avec boissons chaudes et serviettes sèches (article 8(2)).",
    ),
    (
        "l1",
        "Temps dans l'eau : l'article 9(3) fixe une limite par heure ; il est remplacé à "
        "compter du 1er décembre 2026 par l'avis de la commission paritaire n° 2026-4.",
    ),
    ("l0", "Intelligence artificielle"),
    (
        "l1",
        "Doubles numériques : scan volumétrique dans l'eau et hors de l'eau, avec le "
        "consentement écrit de l'artiste pour chaque production, sur le formulaire numéroté "
        "WS-7 (article 14(1)).",
    ),
    ("tbx", ""),
    (
        "l1",
        f"Chaque production qui réutilise le double verse {ksh('45 000')} à l'artiste "
        "(article 14(3)). Jamais de double dans une scène de noyade ou de quasi-noyade sans un "
        "nouveau consentement écrit, donné pour cette scène (article 14(4)).",
    ),
    (
        "l1",
        "Foules aquatiques synthétiques : au plus 24 figurants nageurs générés par IA dans "
        "une scène ; au-delà, de vrais figurants nageurs sont engagés (article 15(2)).",
    ),
    (
        "l1",
        "Voix et bruits de respiration : clonage seulement avec le consentement écrit de "
        f"l'artiste, {ksh('9 800')} par production qui utilise le clone (article 18(2)).",
    ),
    (
        "l1",
        "Mention au générique de fin : « Nageurs numériques et eau simulée dans cette "
        "production » (article 19(1)).",
    ),
    ("l0", "Ancienne entente et lettres d'entente"),
    (
        "l1",
        f"L'indemnité de repas au bord du bassin de l'ancienne entente ({ksh('1 150')} par "
        f"journée de bassin) est maintenue (article 21(2)) ; l'indemnité de serviette et de "
        f"peignoir ({ksh('700')} par jour) n'est pas reprise (article 21(3)).",
    ),
    (
        "l1",
        f"La réutilisation des images dans une seconde production, payée 30{NB}% dans "
        f"l'entente 2023–2026, passe à 40{NB}% du cachet de la journée d'origine, pour chaque "
        "production qui les réutilise (article 21(4)).",
    ),
    (
        "l1",
        "La lettre d'entente n° 2 sur le bassin glacé a expiré le 30 septembre 2026 sans "
        "remplacement (article 21(5)). Pour la lettre d'entente n° 4 sur les spectacles de "
        "nuit de Lagoona Park, voir l'avis de la commission paritaire n° 2026-4.",
    ),
    (
        "p",
        "Renseignements : bureau de la GAACO à Baie-Sainte-Claire. Ce résumé ne remplace pas "
        "l'entente ; en cas de différence, l'entente l'emporte.",
    ),
]


def _table_lines() -> list[str]:
    lines = [" | ".join(TABLE_HEAD)]
    for row in TABLE_ROWS:
        lines.append(" | ".join(c for c in row if c is not None))
    return lines


def summary_text() -> str:
    """The visible text: paragraphs (no list numbers), the table (the merged cell once),
    the footnote paragraph and its footnote, the text box."""
    lines = []
    for kind, text in SUMMARY:
        if kind == "table":
            lines += _table_lines()
        elif kind == "fn":
            lines.append(FOOTNOTE_LEAD + FOOTNOTE_FIG + FOOTNOTE_TAIL)
            lines.append(FOOTNOTE_TEXT)
        elif kind == "tbx":
            lines.append(TEXTBOX_LEAD)
            lines.append(TEXTBOX_TEXT)
        else:
            lines.append(text)
    return "\n".join(lines)


# ---- the notice -----------------------------------------------------------------------------

N_TITLE = "Avis de la commission paritaire n° 2026-4"
N_SUB = (
    "Commission paritaire permanente de l'entente des artistes aquatiques 2026–2029 "
    "(article 20) – Port Marigot, le 20 novembre 2026"
)
NOTICE: list[tuple[str, str]] = [
    ("title", N_TITLE),
    ("sub", N_SUB),
    (
        "p",
        "Objet : prolongation de la lettre d'entente n° 4 (spectacles de nuit de Lagoona Park) "
        "et remplacement de l'article 9(3) de l'entente (temps passé dans l'eau).",
    ),
    ("h", "1. Prolongation de la lettre d'entente n° 4"),
    (
        "p",
        "La lettre d'entente n° 4 sur les spectacles de nuit de Lagoona Park devait prendre fin "
        "le 30 novembre 2026 (article 21(6) de l'entente). En application de l'article 20(3), "
        "la commission la prolonge jusqu'au 30 septembre 2027, aux mêmes conditions. Elle "
        "reste donc en vigueur pendant la saison d'hiver 2026/27 et toute la saison estivale "
        "2027.",
    ),
    ("h", "2. Remplacement de l'article 9(3)"),
    (
        "p",
        "À compter du 1er décembre 2026, l'article 9(3) est remplacé par le texte suivant : "
        "« Aucun artiste subaquatique ne passe plus de 35 minutes par heure dans l'eau ; "
        "chaque heure, il passe au moins 20 minutes hors de l'eau, dans l'espace "
        "d'échauffement de l'article 8(2). »",
    ),
    (
        "p",
        "Les journées de bassin antérieures au 1er décembre 2026 restent soumises à la limite "
        "de 40 minutes par heure de l'article 9(3) d'origine ; le journal d'immersion de "
        "l'article 9(1) fait foi de la date.",
    ),
    ("h", "3. Motifs"),
    (
        "p",
        "Les délégués à la sécurité aquatique ont relevé, au début de la saison d'hiver "
        "2026/27, des signes de fatigue et de refroidissement chez des artistes restés "
        "longtemps dans les bassins les plus profonds. La commission retient une limite plus "
        "courte et une pause obligatoire hors de l'eau, sans changer la durée de la journée de "
        "bassin.",
    ),
    ("h", "4. Ce que l'avis ne change pas"),
    (
        "p",
        "Le présent avis ne modifie aucun cachet, aucun supplément ni aucune indemnité. La "
        "lettre d'entente n° 2 sur le bassin glacé, expirée le 30 septembre 2026, n'est pas "
        "prolongée.",
    ),
    ("h", "5. Publication"),
    (
        "p",
        "Le présent avis est rédigé en français ; une traduction anglaise sera jointe à la "
        "prochaine réimpression de l'entente. Il lie tous les membres du CPESAO, notamment "
        "Deepwell Studios, Bluefin Television, Lagoona Parks et Atelier Marée, et tous les "
        "membres de la GAACO qu'ils engagent.",
    ),
    ("p", "Pour la Guilde : Nadia Okonkwo-Lemaire, présidente."),
    ("p", "Pour le Conseil : Harriet Achebe-Vasseur, présidente."),
]


def notice_text() -> str:
    return "\n".join(text for _, text in NOTICE)


# ---- raw XML ----------------------------------------------------------------------------------

ABSTRACT_NUM_XML = (
    f'<w:abstractNum {W} w:abstractNumId="{NUM_ID}">'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>'
    "<w:rPr><w:b/></w:rPr></w:lvl>"
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="792" w:hanging="432"/></w:pPr></w:lvl>'
    "</w:abstractNum>"
)
NUM_XML = f'<w:num {W} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'


def _num_ppr(level: int) -> str:
    return (
        f'<w:pPr {W}><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{NUM_ID}"/>'
        "</w:numPr></w:pPr>"
    )


FOOTNOTE_REF_XML = (
    f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    '<w:footnoteReference w:id="1"/></w:r>'
)
FOOTNOTES_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    f"<w:footnotes {W}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>"
    '<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    "<w:footnoteRef/></w:r>"
    f'<w:r><w:t xml:space="preserve"> {escape(FOOTNOTE_TEXT)}</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>"
).encode()
TEXTBOX_XML = (
    f"<w:r {W} {V}><w:pict>"
    '<v:rect style="width:330pt;height:42pt" strokecolor="#1f5f8b" fillcolor="#eaf3f8">'
    "<v:textbox><w:txbxContent>"
    f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(TEXTBOX_TEXT)}</w:t>'
    "</w:r></w:p>"
    "</w:txbxContent></v:textbox></v:rect></w:pict></w:r>"
)


# ---- building ---------------------------------------------------------------------------------


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


def _props(doc, title: str, when: datetime.datetime) -> None:
    props = doc.core_properties
    props.title = title
    props.author = "GAACO – bureau de Baie-Sainte-Claire"
    props.created = when
    props.modified = when
    props.last_modified_by = "GAACO"
    props.revision = 3
    props.language = "fr-FR"


def _cell_text(cell, text: str, bold: bool = False) -> None:
    cell.paragraphs[0].add_run(text).bold = bold


def _vmerge(cell, val: str | None) -> None:
    from docx.oxml import parse_xml

    tc_pr = cell._tc.get_or_add_tcPr()
    attr = f' w:val="{val}"' if val else ""
    tc_pr.append(parse_xml(f"<w:vMerge {W}{attr}/>"))


def _table(doc) -> None:
    table = doc.add_table(rows=1 + len(TABLE_ROWS), cols=len(TABLE_HEAD))
    table.style = "Table Grid"
    for j, text in enumerate(TABLE_HEAD):
        _cell_text(table.cell(0, j), text, bold=True)
    for i, row in enumerate(TABLE_ROWS, 1):
        for j, text in enumerate(row):
            cell = table.cell(i, j)
            if text is None:
                _vmerge(cell, None)  # continues the cell above
                continue
            _cell_text(cell, text)
            if i < len(TABLE_ROWS) and TABLE_ROWS[i][j] is None:
                _vmerge(cell, "restart")


def build_summary(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 12, 1, 12, 0, 0)
    doc = docx.Document()
    _props(doc, S_TITLE, when)
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(f"{{{W_URI}}}num")
    abstract = parse_xml(ABSTRACT_NUM_XML)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(NUM_XML))
    footnotes = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        FOOTNOTES_XML,
        doc.part.package,
    )
    doc.part.relate_to(footnotes, RT.FOOTNOTES)
    for kind, text in SUMMARY:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind in ("l0", "l1"):
            p = doc.add_paragraph()
            p._p.insert(0, parse_xml(_num_ppr(0 if kind == "l0" else 1)))
            run = p.add_run(text)
            run.bold = kind == "l0"
        elif kind == "table":
            _table(doc)
        elif kind == "fn":
            p = doc.add_paragraph()
            p._p.insert(0, parse_xml(_num_ppr(1)))
            p.add_run(FOOTNOTE_LEAD + FOOTNOTE_FIG)
            p._p.append(parse_xml(FOOTNOTE_REF_XML))
            p.add_run(FOOTNOTE_TAIL)
        elif kind == "tbx":
            p = doc.add_paragraph()
            p.add_run(TEXTBOX_LEAD + " ").bold = True
            p._p.append(parse_xml(TEXTBOX_XML))
        else:
            doc.add_paragraph(text)
    return _save(doc, SUMMARY_OUT if write else None, when)


def build_notice(write: bool = True) -> bytes:
    import docx  # python-docx

    when = datetime.datetime(2026, 11, 20, 12, 0, 0)
    doc = docx.Document()
    _props(doc, N_TITLE, when)
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
