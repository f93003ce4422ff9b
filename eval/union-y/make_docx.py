#!/usr/bin/env python3
"""Build the two Word documents of union-y (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-y/make_docx.py    # python-docx is in the venv

- docs/side-letter-3-aurora-hologram-tour-redline.docx: Side Letter No. 3 (the Aurora
  Hologram Tour), English, circulated as a REDLINE WITH TRACKED CHANGES: real w:del runs
  (w:delText) and w:ins runs. The tour supplement "1,450.00" is deleted and "1,650.00"
  inserted; a whole sentence (a third show on festival days, with a 40 % premium) is
  deleted; two sentences are inserted. The agreed text is the text with every change
  accepted; the deleted figure and sentence are traps. Note: python-docx's
  `Paragraph.text` reads neither w:ins nor w:del runs, so a reader that uses it alone
  loses the inserted figure.
- docs/le-signal-no-22-2026-11-30.docx: Le Signal n° 22 (30 novembre 2026), the Guild's
  French bulletin: the rejected "rachat de persona" (250 000 rand) and the vote (91,4 %),
  the indexation of "sept et demi pour cent", the hardship aid (1 500 rand, was
  1 100 rand), the entry fee (1 250 rand), a safety workshop, and a sample pay slip in a
  Word table with a deduction written with a TRAILING MINUS ("R178,80-").

`side_letter_text()` (changes accepted), `side_letter_deleted()` (the deleted runs) and
`bulletin_text()` return the text for check_set.py. The output is byte-for-byte
reproducible (fixed core properties, revision dates and zip timestamps).
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SIDE_OUT = os.path.join(HERE, "docs", "side-letter-3-aurora-hologram-tour-redline.docx")
BULLETIN_OUT = os.path.join(HERE, "docs", "le-signal-no-22-2026-11-30.docx")
NB = "\u00a0"

DELETED_FIGURE = "1,450.00"
INSERTED_FIGURE = "1,650.00"
DELETED_SENTENCE = (
    "On a festival day HoloVerse may ask for a third show, paid with a premium of 40 % of the "
    "show fee."
)

# Side letter: (kind, runs); a run is ("t", text), ("del", text) or ("ins", text)
SIDE: list[tuple[str, list[tuple[str, str]]]] = [
    ("title", [("t", "Side Letter No. 3 – Aurora Hologram Tour (CY26/27)")]),
    (
        "sub",
        [
            (
                "t",
                "to the Virtual Performance Agreement 2025–2028, between the Virtual Performers' "
                "Guild of Ostvaal (VPGO) and the Virtual Entertainment Producers' Council of "
                "Ostvaal (VEPCO), for its member HoloVerse Stage Ostvaal. Redline circulated on "
                "2026/07/24: the tracked changes are the amendments agreed at the meeting of "
                "22 July 2026. The agreed text is the text with all changes accepted.",
            )
        ],
    ),
    ("h", [("t", "Background")]),
    (
        "p",
        [
            (
                "t",
                "HoloVerse Stage Ostvaal will take a holographic concert on tour in contract year "
                "2026/27. Under § 4.4 of the Agreement the parties agree the following terms for "
                "that tour. They add to the Agreement and the Rate Schedule CY26/27; they reduce "
                "none of their terms.",
            )
        ],
    ),
    ("h", [("t", "Terms")]),
    (
        "p",
        [
            (
                "t",
                "1. Scope. This side letter applies to the holographic concert performers and "
                "the motion-capture performers engaged by HoloVerse Stage Ostvaal for the Aurora "
                "Hologram Tour, from 2 October 2026 to 31 January 2027, at the Harrowgate Arena, "
                "the Saint-Verlaine Dome and Kestwick Hall.",
            )
        ],
    ),
    (
        "p",
        [
            (
                "t",
                "2. Tour supplement. On top of the show fee of the Rate Schedule, a tour "
                "supplement of R ",
            ),
            ("del", DELETED_FIGURE),
            ("ins", INSERTED_FIGURE),
            ("t", " is paid per show. "),
            ("ins", "The tour supplement is not raised by an indexation notice under § 4.3."),
        ],
    ),
    (
        "p",
        [
            (
                "t",
                "3. Shows a day and rest. A performer gives no more than two shows a day, with at "
                "least 3 hours of rest between them (§ 8.3 of the Agreement). ",
            ),
            ("del", DELETED_SENTENCE),
            ("ins", "No third show is given on any day of the tour."),
        ],
    ),
    (
        "p",
        [
            (
                "t",
                "4. Rehearsals. At least two rehearsal days are booked before the first show of "
                "the tour, at the schedule's rate per rehearsal day for holographic performers.",
            )
        ],
    ),
    (
        "p",
        [
            (
                "t",
                "5. Travel. HoloVerse books the coach between the venues and a single room for "
                "each night away from home base; the per diem of the Rate Schedule (row A-7) "
                "applies to each night away.",
            )
        ],
    ),
    (
        "p",
        [
            (
                "t",
                "6. Recordings. The holographic recordings made for the tour are used only for "
                "the tour's shows. They are not an AI voice clone and are not used to train any "
                "model; any other use needs the performer's written consent under § 14 of the "
                "Agreement.",
            )
        ],
    ),
    (
        "p",
        [
            (
                "t",
                "7. Cancellation. A show cancelled by HoloVerse is paid under § 5.3 of the "
                "Agreement, tour supplement included.",
            )
        ],
    ),
    ("h", [("t", "Signatures")]),
    (
        "p",
        [
            (
                "t",
                "For the VPGO: Inès Mokoena-Hart, AI and persona officer. For VEPCO: Claudine "
                "Osei-Marchand, director of labour relations. Harrowgate, 2026/07/24.",
            )
        ],
    ),
]

PAYSLIP_HEADER = ["Ligne", "Montant"]
PAYSLIP = [
    ["Heures de co-animation (25 h)", "R11 500,00"],
    ["Prime de nuit (4 h)", "R460,00"],
    ["Cotisation syndicale (retenue mensuelle)", "R178,80-"],
    ["Net versé", "R11 781,20"],
]

# Bulletin: (kind, text); "table" stands for the pay slip
BULLETIN: list[tuple[str, str]] = [
    ("title", "Le Signal n° 22"),
    (
        "sub",
        "Bulletin de la Guilde des artistes virtuels d'Ostvaal (GAVO) – 30 novembre 2026 – "
        "Saint-Verlaine et Harrowgate",
    ),
    ("h", "Rachat de persona : les membres disent non"),
    (
        "p",
        "Le CPDVO proposait un « rachat de persona » perpétuel : un paiement unique de "
        f"250{NB}000 rand par artiste pour tous les usages de l'avatar, de la voix et des données "
        "de capture, pour toujours, à la place des cachets par mois d'utilisation du clone vocal, "
        "des heures de stream IA et de la suppression des données à la graduation.",
    ),
    (
        "p",
        "Au scrutin du 2 au 9 novembre 2026, la proposition a été rejetée par 91,4 % des voix "
        f"exprimées (1{NB}522 voix contre, 143 voix pour). Aucun rachat de persona n'est en "
        "vigueur : un rachat n'est jamais un tarif, et l'Accord interdit toute licence perpétuelle "
        "ou forfaitaire (§ 14.8).",
    ),
    ("h", "Indexation : sept et demi pour cent depuis le 1er septembre 2026"),
    (
        "p",
        "Six tarifs du barème de l'année contractuelle 2026-2027 ont été relevés de sept et demi "
        "pour cent le 1er septembre 2026 par l'avis d'indexation du comité paritaire des tarifs. "
        "La liste et les nouveaux montants figurent dans l'avis ; les autres tarifs ne changent "
        "pas. Le travail fait avant le 1er septembre reste payé à l'ancien montant.",
    ),
    ("h", "Fonds de solidarité"),
    (
        "p",
        f"L'aide d'urgence du fonds de solidarité passe à 1{NB}500 rand par membre et par année "
        f"contractuelle à partir du 1er décembre 2026 (elle était de 1{NB}100 rand). La demande "
        "se fait auprès du bureau de Saint-Verlaine ou de Harrowgate.",
    ),
    ("h", "Droit d'entrée"),
    (
        "p",
        f"Le droit d'entrée à la Guilde (1{NB}250 rand) peut désormais être payé en trois fois, "
        "sur trois mois, sans frais.",
    ),
    ("h", "Atelier de sécurité en ligne"),
    (
        "p",
        "Un atelier sur le doxxing, les raids et la protection de l'identité réelle aura lieu le "
        "samedi 16 janvier 2027, de 10 h à 13 h, au bureau de Saint-Verlaine (3, rue des Ondes). "
        "Inscription auprès de Tamsin Okafor-Roy, responsable sécurité et modération.",
    ),
    ("h", "Votre fiche de paie, ligne par ligne"),
    (
        "p",
        "Exemple d'une fiche de novembre 2026 pour une co-animatrice. Une retenue est suivie "
        "d'un signe moins : elle est déduite du total.",
    ),
    ("table", "payslip"),
    (
        "p",
        "Vérifiez chaque mois vos heures, vos primes et vos retenues ; en cas d'erreur, le grief "
        "se dépose dans les 30 jours (§ 16.1 de l'Accord).",
    ),
]


def side_letter_text() -> str:
    """The agreed text: every change accepted (w:ins kept, w:del dropped)."""
    return "\n".join("".join(t for k, t in runs if k != "del") for _, runs in SIDE)


def side_letter_deleted() -> list[str]:
    return [t for _, runs in SIDE for k, t in runs if k == "del"]


def bulletin_text() -> str:
    lines = []
    for kind, text in BULLETIN:
        if kind == "table":
            lines += [" | ".join(r) for r in [PAYSLIP_HEADER, *PAYSLIP]]
        else:
            lines.append(text)
    return "\n".join(lines)


def _props(doc, title: str, author: str, lang: str, when: datetime.datetime) -> None:
    props = doc.core_properties
    props.title = title
    props.author = author
    props.created = when
    props.modified = when
    props.last_modified_by = author
    props.revision = 1
    props.language = lang


def _save(doc, out: str, when: datetime.datetime) -> None:
    buf = io.BytesIO()
    doc.save(buf)
    stamp = (when.year, when.month, when.day, 12, 0, 0)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    print("wrote", out)


def _tracked(p, kind: str, text: str, rev: int, author: str, date: str) -> None:
    """Append a w:ins or w:del element holding one run to paragraph p."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement("w:ins" if kind == "ins" else "w:del")
    el.set(qn("w:id"), str(rev))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t" if kind == "ins" else "w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)


def build_side_letter() -> None:
    import docx  # python-docx

    when = datetime.datetime(2026, 7, 24, 12, 0, 0)
    doc = docx.Document()
    _props(doc, "Side Letter No. 3 - Aurora Hologram Tour", "VPGO", "en-GB", when)
    doc.sections[0].header.paragraphs[0].text = "VPGO / VEPCO – Side Letter No. 3 – REDLINE"
    rev = 1
    for kind, runs in SIDE:
        if kind == "title":
            p = doc.add_heading(runs[0][1], level=0)
            continue
        if kind == "h":
            doc.add_heading(runs[0][1], level=1)
            continue
        p = doc.add_paragraph()
        for k, text in runs:
            if k == "t":
                r = p.add_run(text)
                r.italic = kind == "sub"
            else:
                author = "VEPCO" if k == "del" else "VPGO"
                _tracked(p, k, text, rev, author, "2026-07-22T10:00:00Z")
                rev += 1
    _save(doc, SIDE_OUT, when)


def build_bulletin() -> None:
    import docx  # python-docx

    when = datetime.datetime(2026, 11, 30, 12, 0, 0)
    doc = docx.Document()
    _props(doc, "Le Signal n° 22", "GAVO", "fr-FR", when)
    doc.sections[0].header.paragraphs[0].text = "GAVO – Le Signal n° 22 – 30 novembre 2026"
    for kind, text in BULLETIN:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "table":
            rows = [PAYSLIP_HEADER, *PAYSLIP]
            table = doc.add_table(rows=len(rows), cols=2)
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for c, cell_text in enumerate(row):
                    table.cell(i, c).paragraphs[0].add_run(cell_text).bold = i == 0
        else:
            doc.add_paragraph(text)
    _save(doc, BULLETIN_OUT, when)


if __name__ == "__main__":
    build_side_letter()
    build_bulletin()
