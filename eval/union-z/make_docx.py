#!/usr/bin/env python3
"""Build the two Word documents of union-z (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-z/make_docx.py    # python-docx is in the venv

- docs/le-micro-n14-2026-11-30.docx: "Le Micro n° 14", the Guild's French bulletin of
  30 November 2026, with a WORD COMMENT (w:comment in word/comments.xml, anchored on the
  adopted hardship-aid figure "100.000 F CFA") that proposes a different figure,
  "125.000 F CFA", which was NOT adopted (a trap), and a FOOTNOTE (w:footnote in
  word/footnotes.xml, referenced by w:footnoteReference) that carries the condition of the
  aid. Amounts are written "100.000 F CFA" (dot thousands), the royalty share in words
  ("douze et demi pour cent"), and the pay statement shows one deduction in parentheses,
  "(12 500)".
- docs/lettre-formulaires-consentement-2026-11-02.docx: a French letter to members about
  the consent forms C-1 (training) and C-2 (product), "165 000 francs CFA".

`bulletin_text()`, `letter_text()` return the same text for check_set.py (one paragraph or
table row per line, the footnote last); `bulletin_comments()` the comment. Fixed dates, so
the output is reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
BULLETIN_OUT = os.path.join(HERE, "docs", "le-micro-n14-2026-11-30.docx")
LETTER_OUT = os.path.join(HERE, "docs", "lettre-formulaires-consentement-2026-11-02.docx")
NB = "\u00a0"

ADOPTED_AID = "100.000 F CFA"
COMMENT_TEXT = "Proposition de la trésorerie : porter l'aide à 125.000 F CFA par membre."
COMMENT_AUTHOR = "J.-B. Okonkwo-Diallo"
FOOTNOTE_TEXT = (
    "Réservée aux membres à jour de leur cotisation depuis au moins 6 mois ; une seule demande "
    "par exercice."
)

PAY_HEADER = ["Ligne", "Montant (FCFA)"]
PAY = [
    ["Heures de studio finies, 4 h", f"192{NB}000"],
    ["Prime de nuit P-1, 2 h à 25 %", f"24{NB}000"],
    ["Cotisation syndicale (retenue)", f"(12{NB}500)"],
    ["Net versé", f"203{NB}500"],
]

# Bulletin: (kind, text); "table" is the pay statement; "aid" the paragraph with the comment
# and the footnote reference (its text split around the commented figure)
BULLETIN: list[tuple[str, str]] = [
    ("title", "Le Micro n° 14"),
    (
        "sub",
        "Bulletin de la Guilde de la voix et de l'image de Kessara (GVIK) – 30 novembre 2026 – "
        "Port-Ouara et Talmakou",
    ),
    ("h", "Licence perpétuelle tous usages : les membres disent non"),
    (
        "p",
        "L'APMSK proposait une « licence de données perpétuelle tous usages » : un paiement unique "
        "de 1.200.000 F CFA par artiste pour utiliser sans limite de durée ni de finalité la voix, "
        "le visage, le corps et les données de chaque artiste, à la place du consentement par "
        "usage, de la licence de 3 ans, de la redevance de licence mensuelle et de la suppression "
        "des données.",
    ),
    (
        "p",
        f"Au scrutin du 2 au 9 novembre 2026, la proposition a été rejetée par 1{NB}318 voix "
        "contre 97. Une telle licence n'est jamais un tarif : l'Accord interdit toute licence "
        "perpétuelle, tous usages ou forfaitaire (art. 15(10)).",
    ),
    ("h", "Redevances : douze et demi pour cent, chaque trimestre"),
    (
        "p",
        "La part de redevances sur les ventes de voix de synthèse reste de douze et demi pour cent "
        "des recettes nettes. Le versement du premier trimestre de l'exercice 2026-2027 (octobre à "
        "décembre 2026) sera fait au plus tard le 30 janvier 2027, avec un relevé des recettes "
        "nettes du trimestre.",
    ),
    ("h", "Fonds de solidarité"),
    (
        "aid",
        "L'aide d'urgence du fonds de solidarité passe à |100.000 F CFA| par membre| à partir du "
        "1er décembre 2026 (elle était de 80.000 F CFA). La demande se fait au bureau de "
        "Port-Ouara ou de Talmakou.",
    ),
    ("h", "Droit d'entrée"),
    (
        "p",
        "Le droit d'entrée à la Guilde (75.000 F CFA) peut désormais être payé en trois fois, sur "
        "trois mois, sans frais.",
    ),
    ("h", "Atelier : lire son registre de données"),
    (
        "p",
        "Un atelier sur le registre des données, les formulaires C-1 et C-2 et les certificats de "
        "suppression aura lieu le samedi 23 janvier 2027, de 9 h à 12 h, au bureau de Port-Ouara "
        "(4, rue des Palmiers-Nains). Inscription auprès de Salimata Traoré-Bell, responsable IA "
        "et données.",
    ),
    ("h", "Votre relevé de paie, ligne par ligne"),
    (
        "p",
        "Exemple d'un relevé de novembre 2026 pour une artiste voix TTS. Une retenue est imprimée "
        "entre parenthèses : elle est déduite du total.",
    ),
    ("table", "pay"),
    (
        "p",
        "Vérifiez chaque mois vos heures, vos primes et vos retenues ; en cas d'erreur, le grief se "
        "dépose dans les 30 jours (art. 20 de l'Accord).",
    ),
]

LETTER: list[tuple[str, str]] = [
    ("title", "Vos formulaires de consentement C-1 et C-2"),
    ("sub", "Lettre aux membres – GVIK – Port-Ouara, le 2 novembre 2026"),
    ("p", "Chère consœur, cher confrère,"),
    (
        "p",
        "Depuis le 1er octobre 2026, les entreprises de l'APMSK utilisent les nouveaux formulaires "
        "de consentement prévus à l'article 15 de l'Accord 2024-2027. Voici ce qu'il faut savoir "
        "avant de signer.",
    ),
    ("h", "Un consentement par usage et par finalité"),
    (
        "p",
        "Chaque usage de vos enregistrements, de vos scans ou de vos données demande un "
        "consentement écrit, et chaque finalité le sien : le formulaire C-1 pour l'entraînement "
        "(construire ou améliorer un modèle) et le formulaire C-2 pour le produit (vendre, "
        "licencier ou publier une voix de synthèse ou un double numérique). Un C-1 signé ne vaut "
        "jamais C-2.",
    ),
    ("h", "Le registre des données"),
    (
        "p",
        "Vous pouvez consulter vos entrées du registre des données dans les 15 jours suivant une "
        "demande écrite, sans frais. Le registre indique chaque enregistrement, chaque scan, "
        "chaque modèle et chaque usage.",
    ),
    ("h", "Durée de la licence, retrait et suppression"),
    (
        "p",
        "La licence dure 3 ans au plus et ne se renouvelle qu'avec un nouveau consentement, sur un "
        "nouveau formulaire.",
    ),
    ("p", "Vous pouvez retirer un consentement avec un préavis écrit de 90 jours."),
    (
        "p",
        "Dans les 60 jours après la fin de la licence, l'entreprise supprime la voix de synthèse "
        "ou le double numérique, ainsi que les enregistrements et les scans utilisés, et vous "
        "envoie un certificat de suppression.",
    ),
    ("h", "Ce qui est interdit"),
    (
        "p",
        "Aucun usage pour des contenus politiques ou pour adultes ; aucune sous-licence à un tiers "
        "sans votre consentement écrit ; au générique, la mention « Voix de synthèse de » suivie "
        "de votre nom est obligatoire.",
    ),
    ("h", "Le plafond et la redevance de licence mensuelle"),
    (
        "p",
        "Une voix de synthèse ne peut pas produire plus de 40 heures d'audio par mois ; au-delà, "
        "il faut votre nouveau consentement. Tant que votre voix de synthèse est vendue, vous "
        f"touchez la redevance de licence mensuelle du barème : 165{NB}000 francs CFA par mois "
        "pour l'exercice 2026-2027.",
    ),
    ("h", "Que faire ?"),
    (
        "p",
        "Ne signez jamais un formulaire qui mélange les deux finalités ou qui ne nomme pas "
        "l'usage. Apportez vos formulaires au bureau de Port-Ouara ou de Talmakou : un conseiller "
        "les relit avec vous, sur rendez-vous.",
    ),
    (
        "p",
        "Salimata Traoré-Bell, responsable IA et données, pour le bureau de la GVIK.",
    ),
]


def _plain(text: str) -> str:
    return text.replace("|", "")


def bulletin_text() -> str:
    lines = []
    for kind, text in BULLETIN:
        if kind == "table":
            lines += [" | ".join(r) for r in [PAY_HEADER, *PAY]]
        else:
            lines.append(_plain(text))
    lines.append(FOOTNOTE_TEXT)
    return "\n".join(lines)


def bulletin_comments() -> list[str]:
    return [COMMENT_TEXT]


def letter_text() -> str:
    return "\n".join(text for _, text in LETTER)


def _props(doc, title: str, author: str, when: datetime.datetime) -> None:
    props = doc.core_properties
    props.title = title
    props.author = author
    props.created = when
    props.modified = when
    props.last_modified_by = author
    props.revision = 1
    props.language = "fr-FR"


FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>"
    '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
    '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)
FOOTNOTES_REL = (
    '<Relationship Id="rIdFootnotes1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
    'Target="footnotes.xml"/>'
)
FOOTNOTES_CT = (
    '<Override PartName="/word/footnotes.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
)


def _save(doc, out: str, when: datetime.datetime, footnote: str | None = None) -> None:
    """Save with fixed zip dates; add word/footnotes.xml (and its relationship and content
    type) when a footnote is given."""
    buf = io.BytesIO()
    doc.save(buf)
    stamp = (when.year, when.month, when.day, 12, 0, 0)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    if footnote is not None:
        from xml.sax.saxutils import escape

        parts["word/footnotes.xml"] = FOOTNOTES_XML.format(text=escape(footnote)).encode("utf-8")
        rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
        parts["word/_rels/document.xml.rels"] = rels.replace(
            "</Relationships>", FOOTNOTES_REL + "</Relationships>"
        ).encode("utf-8")
        ct = parts["[Content_Types].xml"].decode("utf-8")
        parts["[Content_Types].xml"] = ct.replace("</Types>", FOOTNOTES_CT + "</Types>").encode(
            "utf-8"
        )
    # python-docx stamps a comment with the time of the run: fix it
    if "word/comments.xml" in parts:
        xml = parts["word/comments.xml"].decode("utf-8")
        xml = re.sub(r'w:date="[^"]*"', 'w:date="2026-11-27T10:00:00Z"', xml)
        parts["word/comments.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    print("wrote", out)


def _footnote_reference(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), "1")
    r.append(ref)
    paragraph._p.append(r)


def build_bulletin() -> None:
    import docx  # python-docx

    when = datetime.datetime(2026, 11, 30, 12, 0, 0)
    doc = docx.Document()
    _props(doc, "Le Micro n° 14", "GVIK", when)
    doc.sections[0].header.paragraphs[0].text = "GVIK – Le Micro n° 14 – 30 novembre 2026"
    for kind, text in BULLETIN:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "table":
            rows = [PAY_HEADER, *PAY]
            table = doc.add_table(rows=len(rows), cols=2)
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for c, cell_text in enumerate(row):
                    table.cell(i, c).paragraphs[0].add_run(cell_text).bold = i == 0
        elif kind == "aid":
            before, figure, mid, after = text.split("|")
            p = doc.add_paragraph()
            p.add_run(before)
            run = p.add_run(figure)
            p.add_run(mid)
            _footnote_reference(p)
            p.add_run(after)
            doc.add_comment(run, text=COMMENT_TEXT, author=COMMENT_AUTHOR, initials="JBOD")
        else:
            doc.add_paragraph(text)
    _save(doc, BULLETIN_OUT, when, footnote=FOOTNOTE_TEXT)


def build_letter() -> None:
    import docx  # python-docx

    when = datetime.datetime(2026, 11, 2, 12, 0, 0)
    doc = docx.Document()
    _props(doc, "Vos formulaires de consentement C-1 et C-2", "GVIK", when)
    doc.sections[0].header.paragraphs[0].text = "GVIK – Bureau de Port-Ouara – 2 novembre 2026"
    for kind, text in LETTER:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    _save(doc, LETTER_OUT, when)


if __name__ == "__main__":
    build_bulletin()
    build_letter()
