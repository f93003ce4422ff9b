#!/usr/bin/env python3
"""Build the two Word documents of union-t (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-t/make_docx.py    # python-docx is in the venv

- docs/ylmg-rate-schedule-2025.docx: the Rate Schedule 2025 (last calendar year, under the
  expired Youth Media Agreement 2023-2025), English, one Word table whose first row is a
  MERGED header cell across all five columns; amounts written the plain way, without a
  thousands separator or cents ("CHF 1150"), dates written ISO ("2025-01-01"). It is
  replaced from 1 January 2026 by the Rate Agreement 2026-2027 (an HTML page in docs/).
- docs/avenant-no-1-convention-2026-2028.docx: Avenant n° 1 (Addendum No. 1), French,
  signed at Sainte-Brigue on 14 septembre 2026, ratified on 25 septembre 2026, in force
  from 1er octobre 2026: Art. 14a.9 (the archive exception) deleted; the re-consent fee of
  Art. 14a.4 raised from Fr. 1'250.– to "mille quatre cent cinquante francs (1’450
  francs)" (typographic apostrophe) for re-consents signed from that date; the deletion
  period of Art. 14a.5 cut from sixty to thirty days for productions ended from that date;
  Art. 9, 14a.1 and 20.2 unchanged; no retroactivity; a Word table sums it up.

`rate_schedule_text()` and `avenant_text()` return the same text for check_set.py (one
paragraph or table row per line, cells joined by " | "; a merged row once). The output is
byte-for-byte reproducible (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
RATE_SCHEDULE_OUT = os.path.join(HERE, "docs", "ylmg-rate-schedule-2025.docx")
AVENANT_OUT = os.path.join(HERE, "docs", "avenant-no-1-convention-2026-2028.docx")

RATE_MERGED = "Minimum fees 2025 in CHF – every row valid 2025-01-01 to 2025-12-31"
RATE_HEADER = ["Code", "Work", "Age bracket", "Unit", "Minimum fee"]
RATE_ROWS: list[list[str]] = [
    ["J-1", "Day on set", "under 6", "per day", "CHF 290"],
    ["J-2", "Day on set", "6–11", "per day", "CHF 340"],
    ["J-3", "Day on set", "12–15", "per day", "CHF 395"],
    ["J-4", "Day on set", "16–17", "per day", "CHF 455"],
    ["J-5", "Day on set", "adult (18 and over)", "per day", "CHF 590"],
    ["D-1", "Half-day", "under 6", "per half-day", "CHF 175"],
    ["D-2", "Half-day", "6–11", "per half-day", "CHF 205"],
    ["D-3", "Half-day", "12–15", "per half-day", "CHF 240"],
    ["D-4", "Half-day", "16–17", "per half-day", "CHF 270"],
    ["D-5", "Half-day", "adult (18 and over)", "per half-day", "CHF 352"],
    ["C-2", "Booth session (voice)", "6–11", "per session", "CHF 160"],
    ["C-3", "Booth session (voice)", "12–15", "per session", "CHF 185"],
    ["C-4", "Booth session (voice)", "16–17", "per session", "CHF 210"],
    ["P-3", "Young presenter", "12–15", "per recording day", "CHF 520"],
    ["P-4", "Young presenter", "16–17", "per recording day", "CHF 610"],
    ["S-1", "Sign-language performer", "adult", "per day", "CHF 1150"],
    ["S-2", "Sign-language performer", "adult", "per half-day", "CHF 690"],
    ["V-1", "Educational app voice", "adult", "per session of up to 3 hours", "CHF 480"],
    ["V-2", "Educational app voice", "adult", "per additional hour", "CHF 135"],
    ["IA-1", "Digital replica scan", "adult", "per session", "CHF 900"],
    ["IA-3", "Use of a digital replica", "any", "per production day", "CHF 350"],
    ["IA-4", "Synthetic voice", "adult", "per educational app", "CHF 1800"],
    ["IA-5", "Synthetic voice", "adult", "per further language version", "CHF 500"],
]

RATE_SCHEDULE: list[tuple[str, str]] = [
    ("title", "Rate Schedule 2025"),
    (
        "sub",
        "YLMG / VACEP Joint Rates Committee – minimum fees under the Youth Media Agreement "
        "2023–2025. Adopted at Sainte-Brigue on 28 November 2024. Valid 2025-01-01 to "
        "2025-12-31 (calendar year 2025). Amounts in Swiss francs (CHF), without cents.",
    ),
    ("h", "1. How to read this schedule"),
    (
        "p",
        "Every row applies from 2025-01-01 to 2025-12-31; there is no mid-year change in 2025. "
        "The age bracket is the child's age on the first day of the engagement (Clause 2.3 of "
        "the Youth Media Agreement 2023–2025). A half-day is a call of no more than half the "
        "daily limit of time at the place of work for the child's age.",
    ),
    (
        "p",
        "Fifteen per cent (15%) of every minor's gross fee is paid by the producer into the "
        "minor's blocked trust account (Clause 8.1); the rest is paid to the parent or "
        "guardian.",
    ),
    ("table", "rates"),
    ("h", "2. Notes on the rows"),
    (
        "p",
        "Rows C-2 to C-4: there is no booth session for a child under 6. Rows P-3 and P-4: a "
        "young presenter is paid per recording day, whatever the number of episodes recorded "
        "that day. Rows S-1 and S-2: a half-day of sign-language work is no more than four "
        "hours at the place of work.",
    ),
    (
        "p",
        "Rows IA-1 to IA-5 apply Clause 14 of the Youth Media Agreement 2023–2025 (digital "
        "replicas and synthetic voices). Under that clause the written consent of the parent "
        "or guardian alone is enough for a minor's replica. Sign-language avatars and "
        "AI-generated characters are not covered by this schedule.",
    ),
    ("h", "3. Payment and allowances"),
    (
        "p",
        "Fees are paid within thirty (30) days of the end of the engagement (Clause 11.1). "
        "Allowances for guardians, chaperones, tutors, meals and travel are set in Schedule B "
        "of the Youth Media Agreement 2023–2025, not in this schedule.",
    ),
    (
        "p",
        "This schedule ends on 2025-12-31. The fees for 2026 will be set in a new rate "
        "agreement under the agreement that follows the Youth Media Agreement 2023–2025.",
    ),
    (
        "p",
        "For YLMG: Piers Oberholzer, treasurer. For VACEP: Ines Halvorsen-Dubois, secretary.",
    ),
]

AVENANT_TABLE: list[list[str]] = [
    ["Disposition", "Jusqu'au 30 septembre 2026", "À compter du 1er octobre 2026"],
    [
        "Art. 14a.9 (exception d'archives)",
        "rediffusions et compilations sans nouveau RM-1",
        "supprimé ; formulaire RM-1 et ligne IA-3",
    ],
    [
        "Art. 14a.4 (reconsentement à 18 ans)",
        "Fr. 1'250.– par reconsentement",
        "1’450 francs par reconsentement",
    ],
    [
        "Art. 14a.5 (effacement, répliques de mineurs)",
        "soixante (60) jours",
        "trente (30) jours",
    ],
    [
        "Art. 14.9 (effacement, répliques d'adultes)",
        "quatre-vingt-dix (90) jours",
        "inchangé",
    ],
]

AVENANT: list[tuple[str, str]] = [
    ("title", "Avenant n° 1 à la Convention médias jeunesse et éducatifs 2026–2028"),
    (
        "sub",
        "Addendum No. 1 to the Youth and Learning Media Agreement 2026–2028, entre la Guilde "
        "des médias jeunesse et éducatifs de Vellmont (GMJE) et l'Association des producteurs "
        "jeunesse et éducatifs de Vellmont (APJEV). Signé à Sainte-Brigue le 14 septembre "
        "2026 ; ratifié le 25 septembre 2026 ; en vigueur le 1er octobre 2026.",
    ),
    ("h", "Préambule"),
    (
        "p",
        "Les parties concluent le présent avenant en application de l'art. 20.3 de la "
        "Convention médias jeunesse et éducatifs 2026–2028 (ci-après « la Convention »). "
        "Après neuf mois d'application de l'article 14a, la Commission paritaire a constaté "
        "que l'exception d'archives permettait de réutiliser sans nouveau consentement des "
        "répliques d'enfants réalisées sous l'ancienne convention, et que le délai "
        "d'effacement de soixante jours était trop long pour des données d'enfants. Les "
        "parties conviennent de ce qui suit.",
    ),
    ("h", "Article premier – Suppression de l'art. 14a.9 (exception d'archives)"),
    (
        "p",
        "L'art. 14a.9 de la Convention est supprimé à compter du 1er octobre 2026. Dès cette "
        "date, toute utilisation d'une réplique d'un mineur réalisée avant le 1er janvier "
        "2026, y compris dans une rediffusion ou une compilation, exige le formulaire RM-1 "
        "(art. 14a.1 et 14a.2 de la Convention) et le cachet de la ligne IA-3 de l'annexe 2 "
        "de l'Accord tarifaire. Les rediffusions diffusées avant le 1er octobre 2026 ne "
        "donnent lieu à aucun paiement rétroactif.",
    ),
    ("h", "Article 2 – Cachet de reconsentement (art. 14a.4)"),
    (
        "p",
        "À l'art. 14a.4 de la Convention, le cachet de reconsentement est porté de "
        "Fr. 1'250.– à mille quatre cent cinquante francs (1’450 francs) pour tout "
        "reconsentement signé sur le formulaire RM-3 à compter du 1er octobre 2026. Un "
        "reconsentement signé jusqu'au 30 septembre 2026 reste payé Fr. 1'250.–, même si le "
        "paiement intervient plus tard.",
    ),
    (
        "p",
        "Le montant de 1’450 francs s'applique jusqu'au 31 décembre 2028 ; il n'est pas "
        "indexé. Le délai de quatre-vingt-dix jours qui suit le dix-huitième anniversaire "
        "est inchangé.",
    ),
    ("h", "Article 3 – Délai d'effacement (art. 14a.5)"),
    (
        "p",
        "À l'art. 14a.5 de la Convention, le délai d'effacement des données de la réplique "
        "d'un mineur est ramené de soixante (60) à trente (30) jours après la fin de la "
        "production ou après la prise d'effet d'un retrait. Le nouveau délai s'applique aux "
        "productions terminées à compter du 1er octobre 2026 ; pour une production terminée "
        "avant cette date, le délai de soixante jours reste applicable.",
    ),
    ("h", "Article 4 – Dispositions inchangées"),
    (
        "p",
        "Le présent avenant ne modifie ni l'art. 9 (part du compte bloqué), ni l'art. 14a.1 "
        "(double consentement au-dessous de 14 ans), ni l'art. 20.2 (indemnité de rattrapage "
        "scolaire reprise de l'ancienne convention), ni les annexes 1 et 2 de l'Accord "
        "tarifaire 2026-2027. Le délai d'effacement des répliques d'adultes (art. 14.9, "
        "quatre-vingt-dix jours) est inchangé.",
    ),
    ("h", "Article 5 – Entrée en vigueur"),
    (
        "p",
        "Le présent avenant entre en vigueur le 1er octobre 2026 (2026-10-01). Il n'a pas "
        "d'effet rétroactif. Le tableau ci-dessous le résume ; en cas de divergence, le texte "
        "des articles fait foi.",
    ),
    ("table", "avenant"),
    (
        "p",
        "Signé à Sainte-Brigue le 14 septembre 2026. Pour la GMJE : Aurélie Brandt-Okafor, "
        "présidente ; Sunniva Marchal, responsable IA et droits numériques. Pour l'APJEV : "
        "Reto Castellaz-Moreau, président ; Ines Halvorsen-Dubois, secrétaire.",
    ),
    (
        "p",
        "Ratification : l'avenant a été ratifié par les membres de la Guilde lors du vote "
        "électronique clos le 25 septembre 2026, par 91,7 % des votants (participation : "
        "58,3 %).",
    ),
]

TABLES: dict[str, list[list[str]]] = {
    "rates": [RATE_HEADER, *RATE_ROWS],
    "avenant": AVENANT_TABLE,
}
MERGED: dict[str, str] = {"rates": RATE_MERGED}


def _row_text(row: list[str]) -> str:
    return " | ".join(row)


def _text(blocks: list[tuple[str, str]]) -> str:
    lines = []
    for kind, text in blocks:
        if kind == "table":
            if text in MERGED:
                lines.append(MERGED[text])
            lines += [_row_text(r) for r in TABLES[text]]
        else:
            lines.append(text)
    return "\n".join(lines)


def rate_schedule_text() -> str:
    return _text(RATE_SCHEDULE)


def avenant_text() -> str:
    return _text(AVENANT)


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


def _table(doc, name: str) -> None:
    rows = TABLES[name]
    ncols = len(rows[0])
    table = doc.add_table(rows=0, cols=ncols)
    table.style = "Table Grid"
    if name in MERGED:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        merged.text = MERGED[name]
        merged.paragraphs[0].runs[0].bold = True
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for c, text in zip(cells, row, strict=True):
            c.text = text
            if i == 0:
                c.paragraphs[0].runs[0].bold = True


def _build(
    blocks, out: str, title: str, author: str, lang: str, when: datetime.datetime, header: str
) -> None:
    import docx  # python-docx

    doc = docx.Document()
    _props(doc, title, author, lang, when)
    doc.sections[0].header.paragraphs[0].text = header
    for kind, text in blocks:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "table":
            _table(doc, text)
        else:
            doc.add_paragraph(text)
    _save(doc, out, when)


def build() -> None:
    _build(
        RATE_SCHEDULE,
        RATE_SCHEDULE_OUT,
        "Rate Schedule 2025",
        "YLMG / VACEP Joint Rates Committee",
        "en-GB",
        datetime.datetime(2024, 11, 28, 12, 0, 0),
        "YLMG / VACEP – Rate Schedule 2025 – valid 2025-01-01 to 2025-12-31",
    )
    _build(
        AVENANT,
        AVENANT_OUT,
        "Avenant n° 1 - Convention médias jeunesse et éducatifs 2026-2028",
        "GMJE / APJEV",
        "fr-CH",
        datetime.datetime(2026, 9, 14, 12, 0, 0),
        "Avenant n° 1 à la Convention médias jeunesse et éducatifs 2026–2028 – en vigueur le "
        "1er octobre 2026",
    )


if __name__ == "__main__":
    build()
