#!/usr/bin/env python3
"""Build the two Word documents of union-p (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-p/make_docx.py    # python-docx is in the venv

- docs/uvca-schedule-1-minimum-fees-2024-2027.docx: Schedule 1 (Minimum Fees) to the
  Variety and Cruise Entertainment Agreement 2024-2027, two Word tables (Part A: cabaret,
  club and theatre, with the rows for all categories; Part B: cruise and resort), each
  with row code, category, billing, work, unit and three year columns headed "Oct 2024",
  "Oct 2025", "Oct 2026"; rows K-1, K-2, D-3 and M-3 have one amount in a cell merged
  across the three year columns; a note under each table. Row W-2, "Oct 2025", prints
  CHF 2'458.00 (the correction e-mail gives the signed CHF 2'485.00).
- docs/avenant-no-1-uavc-aesl-2026.docx: Avenant n° 1 (French), signed 22 octobre 2026:
  deletion in 30 days from 1 November 2026 (in force), row D-1 CHF 438.60 from 1 January
  2027 and the port-day supplement Fr. 51.80 from 1 April 2027 (future).

`schedule_text()` and `avenant_text()` return the same text for check_set.py (one
paragraph or table row per line, cells joined by " | ", a merged amount once). The
output is byte-for-byte reproducible (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEDULE_OUT = os.path.join(HERE, "docs", "uvca-schedule-1-minimum-fees-2024-2027.docx")
AVENANT_OUT = os.path.join(HERE, "docs", "avenant-no-1-uavc-aesl-2026.docx")

YEAR_HEADERS = ["Oct 2024", "Oct 2025", "Oct 2026"]
HEADER = ["Code", "Category", "Billing", "Work", "Unit", *YEAR_HEADERS]

# A row of 8 cells has one amount per year; a row of 6 cells one amount for all years.
# fmt: off
PART_A: list[list[str]] = [
    ["C-1", "A", "Ensemble", "Show (up to 75 minutes)", "per show", "CHF 185.00", "CHF 191.50", "CHF 198.20"],
    ["C-2", "A", "Featured", "Show (up to 75 minutes)", "per show", "CHF 265.00", "CHF 274.30", "CHF 283.90"],
    ["C-3", "A", "Headliner", "Show (up to 75 minutes)", "per show", "CHF 420.00", "CHF 434.70", "CHF 449.90"],
    ["C-4", "B", "Ensemble", "Show (up to 75 minutes)", "per show", "CHF 240.00", "CHF 248.40", "CHF 257.10"],
    ["C-5", "B", "Featured", "Show (up to 75 minutes)", "per show", "CHF 355.00", "CHF 367.40", "CHF 380.30"],
    ["C-6", "B", "Headliner", "Show (up to 75 minutes)", "per show", "CHF 610.00", "CHF 631.40", "CHF 653.50"],
    ["N-1", "A", "Ensemble", "Two-show night", "per two-show night", "CHF 320.00", "CHF 331.20", "CHF 342.80"],
    ["N-2", "B", "Featured", "Two-show night", "per two-show night", "CHF 615.00", "CHF 636.50", "CHF 658.80"],
    ["W-1", "A", "Featured", "Residency week (up to 6 shows)", "per week", "CHF 1'420.00", "CHF 1'469.70", "CHF 1'521.10"],
    ["W-2", "B", "Featured", "Residency week (up to 8 shows)", "per week", "CHF 2'400.00", "CHF 2'458.00", "CHF 2'572.00"],
    ["W-3", "B", "Headliner", "Residency week (up to 8 shows)", "per week", "CHF 3'350.00", "CHF 3'467.30", "CHF 3'588.60"],
    ["R-1", "All", "All", "Rehearsal (minimum call 3 hours, \u00a7 5.2)", "per rehearsal hour", "CHF 48.00", "CHF 49.70", "CHF 51.40"],
    ["O-1", "All", "All", "Overtime (\u00a7 9.1)", "per half hour", "CHF 42.00", "CHF 43.50", "CHF 45.00"],
    ["K-1", "All", "All", "Costume and wig allowance (\u00a7 6.1)", "per show", "CHF 35.\u2013 (all years)"],
    ["K-2", "All", "All", "Quick-change premium, change under 90 seconds (\u00a7 6.2)", "per quick change", "CHF 18.\u2013 (all years)"],
    ["P-1", "All", "All", "Persona or character fee (\u00a7 7.1)", "per engagement", "CHF 150.00", "CHF 155.30", "CHF 160.70"],
    ["D-1", "All", "All", "Digital double, day of use (\u00a7 17.4(a))", "per day of use", "CHF 380.00", "CHF 393.30", "CHF 407.10"],
    ["D-2", "All", "All", "Synthetic video up to 60 seconds (\u00a7 17.4(b))", "per synthetic video", "CHF 220.00", "CHF 227.70", "CHF 235.70"],
    ["D-3", "All", "All", "Training a model on recordings (\u00a7 17.5(a))", "per engagement", "CHF 2'900.\u2013 (all years)"],
    ["D-4", "All", "All", "Capture session for a digital double (up to 4 hours)", "per session", "CHF 520.00", "CHF 538.20", "CHF 557.00"],
]
PART_B: list[list[str]] = [
    ["S-1", "C", "Ensemble", "Week at sea (up to 10 shows)", "per week at sea", "CHF 1'650.00", "CHF 1'707.80", "CHF 1'767.60"],
    ["S-2", "C", "Featured", "Week at sea (up to 8 shows)", "per week at sea", "CHF 2'300.00", "CHF 2'380.50", "CHF 2'463.80"],
    ["S-3", "C", "Headliner", "Week at sea (up to 6 shows)", "per week at sea", "CHF 3'400.00", "CHF 3'519.00", "CHF 3'642.20"],
    ["S-4", "C", "Ensemble", "Resort show", "per show", "CHF 210.00", "CHF 217.40", "CHF 225.00"],
    ["S-5", "C", "Featured", "Resort two-show night", "per two-show night", "CHF 560.00", "CHF 579.60", "CHF 599.90"],
    ["S-6", "C", "All", "Extra show beyond the weekly maximum (\u00a7 5.3)", "per show", "CHF 160.00", "CHF 165.60", "CHF 171.40"],
    ["M-1", "C", "Featured", "Magic or illusion set in a lounge (45 minutes)", "per set", "CHF 190.00", "CHF 196.70", "CHF 203.60"],
    ["M-2", "C", "Headliner", "Illusion show in the main theatre", "per show", "CHF 640.00", "CHF 662.40", "CHF 685.60"],
    ["M-3", "C", "All", "Safety drill outside show hours", "per drill", "CHF 30.\u2013 (all years)"],
]
# fmt: on

SCHEDULE_BEFORE_A = [
    "Schedule 1 \u2013 Minimum Fees",
    "Variety and Cruise Entertainment Agreement 2024\u20132027 (UVCA / LEEA), signed at "
    "Montclaret on 18 September 2024. All amounts in Swiss francs.",
    "Part A \u2013 Cabaret, club and theatre (Categories A and B), and rows for all categories",
]
NOTE_A = (
    "Note to Part A: amounts exclude holiday pay (8.33%, \u00a7 5.4). Category A: cabaret "
    "or club; Category B: theatre or casino showroom. Each year column applies from "
    "1 October of the year shown. Rows marked (all years) have one amount for the whole "
    "Agreement."
)
SCHEDULE_BEFORE_B = ["Part B \u2013 Cruise and resort (Category C)"]
NOTE_B = (
    "Note to Part B: cruise weeks include board (all meals on board) and the cabin under "
    "\u00a7 13.2. The port-day supplement, the per diem ashore, baggage and equipment per "
    "kg and travel days are set in the Cruise and Resort Allowances. Amounts exclude "
    "holiday pay."
)

AVENANT: list[tuple[str, str]] = [
    ("title", "Avenant n\u00b0 1"),
    (
        "sub",
        "\u00e0 la Convention sur les spectacles de vari\u00e9t\u00e9s et de croisi\u00e8re "
        "2024\u20132027 (en anglais : Variety and Cruise Entertainment Agreement 2024\u20132027)",
    ),
    (
        "p",
        "Entre l'Union des artistes de vari\u00e9t\u00e9s et de croisi\u00e8re d'Aubrenne "
        "(UAVC ; en anglais UVCA), repr\u00e9sent\u00e9e par sa pr\u00e9sidente Ottilie "
        "Rennaz, et l'Association des employeurs du spectacle lacustre (AESL ; en anglais "
        "LEEA), repr\u00e9sent\u00e9e par sa pr\u00e9sidente Hedwige Stalder-Moor.",
    ),
    ("h", "Pr\u00e9ambule"),
    (
        "p",
        "Les parties ont sign\u00e9 la Convention le 18 septembre 2024 pour la p\u00e9riode "
        "du 1er octobre 2024 au 30 septembre 2027. La troisi\u00e8me ann\u00e9e contractuelle "
        "a commenc\u00e9 le 1er octobre 2026. Apr\u00e8s deux s\u00e9ances du comit\u00e9 "
        "paritaire consacr\u00e9es aux doubles num\u00e9riques et au travail \u00e0 bord, "
        "elles conviennent de ce qui suit.",
    ),
    (
        "h",
        "Article premier \u2013 Effacement des donn\u00e9es d'un double num\u00e9rique (\u00a7 17.10)",
    ),
    (
        "p",
        "1. \u00c0 compter du 1er novembre 2026, les donn\u00e9es d'un double num\u00e9rique et "
        "tout mod\u00e8le entra\u00een\u00e9 selon le \u00a7 17.5 sont effac\u00e9s dans les "
        "trente (30) jours qui suivent la derni\u00e8re utilisation ou le retrait du "
        "consentement ; l'employeur confirme l'effacement par \u00e9crit.",
    ),
    (
        "p",
        "2. Le d\u00e9lai de soixante (60) jours du \u00a7 17.10 reste r\u00e9serv\u00e9 aux "
        "utilisations dont la derni\u00e8re date, ou le retrait du consentement, est "
        "ant\u00e9rieure au 1er novembre 2026.",
    ),
    ("h", "Article 2 \u2013 Journ\u00e9e d'utilisation d'un double num\u00e9rique (ligne D-1)"),
    (
        "p",
        "1. Pour chaque journ\u00e9e d'utilisation d'un double num\u00e9rique \u00e0 partir du "
        "1er janvier 2027, le cachet minimum de la ligne D-1 de l'annexe 1 s'\u00e9l\u00e8ve "
        "\u00e0 CHF 438.60 (438,60 CHF) par journ\u00e9e.",
    ),
    (
        "p",
        "2. Pour les journ\u00e9es d'utilisation du 1er octobre 2026 au 31 d\u00e9cembre 2026, "
        "le montant de CHF 407.10 figurant dans la colonne \u00ab Oct 2026 \u00bb reste "
        "d\u00fb tel quel.",
    ),
    ("h", "Article 3 \u2013 Suppl\u00e9ment par jour d'escale"),
    (
        "p",
        "1. D\u00e8s le 1er avril 2027, le suppl\u00e9ment par jour d'escale pr\u00e9vu au "
        "\u00a7 13.1 et fix\u00e9 dans les Indemnit\u00e9s de croisi\u00e8re et de "
        "s\u00e9jour se monte \u00e0 Fr. 51.80 par jour d'escale, pour toutes les "
        "cat\u00e9gories de facturation.",
    ),
    (
        "p",
        "2. Jusqu'au 31 mars 2027 inclus, le suppl\u00e9ment de Fr. 49.30 de la troisi\u00e8me "
        "ann\u00e9e reste d\u00fb.",
    ),
    ("h", "Article 4 \u2013 Dispositions inchang\u00e9es"),
    (
        "p",
        "1. Le pr\u00e9sent avenant n'a pas d'effet r\u00e9troactif : aucune somme n'est due "
        "pour une p\u00e9riode ant\u00e9rieure aux dates fix\u00e9es aux articles 1 \u00e0 3.",
    ),
    (
        "p",
        "2. Hormis les trois points ci-dessus, la Convention, son annexe 1 et les "
        "Indemnit\u00e9s de croisi\u00e8re et de s\u00e9jour restent en tous points telles "
        "qu'elles ont \u00e9t\u00e9 sign\u00e9es le 18 septembre 2024, y compris la majoration "
        "du dimanche de 12,5 %, le d\u00e9lai de paiement de vingt et un (21) jours et les "
        "autres montants de l'annexe 1.",
    ),
    ("h", "Article 5 \u2013 Entr\u00e9e en vigueur"),
    (
        "p",
        "Le pr\u00e9sent avenant, ratifi\u00e9 par les membres de l'UAVC le 30 octobre 2026, "
        "prend effet \u00e0 la date de sa signature. Il est r\u00e9dig\u00e9 en fran\u00e7ais "
        "; une traduction anglaise sera diffus\u00e9e aux membres.",
    ),
    (
        "p",
        "Fait \u00e0 Montclaret, le 22 octobre 2026, en deux exemplaires originaux. Pour "
        "l'UAVC : Ottilie Rennaz, pr\u00e9sidente. Pour l'AESL : Hedwige Stalder-Moor, "
        "pr\u00e9sidente.",
    ),
]


def _row_text(row: list[str]) -> str:
    return " | ".join(row)


def schedule_text() -> str:
    lines = [*SCHEDULE_BEFORE_A, _row_text(HEADER)]
    lines += [_row_text(r) for r in PART_A]
    lines += [NOTE_A, *SCHEDULE_BEFORE_B, _row_text(HEADER)]
    lines += [_row_text(r) for r in PART_B]
    lines.append(NOTE_B)
    return "\n".join(lines)


def avenant_text() -> str:
    return "\n".join(text for _, text in AVENANT)


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


def _table(doc, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=0, cols=len(HEADER))
    table.style = "Table Grid"
    cells = table.add_row().cells
    for c, text in zip(cells, HEADER, strict=True):
        c.text = text
        c.paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = table.add_row().cells
        for c, text in zip(cells[:5], row[:5], strict=True):
            c.text = text
        if len(row) == 6:
            merged = cells[5].merge(cells[7])
            merged.text = row[5]
        else:
            for c, text in zip(cells[5:], row[5:], strict=True):
                c.text = text


def build_schedule() -> None:
    import docx  # python-docx

    when = datetime.datetime(2024, 9, 18, 12, 0, 0)
    doc = docx.Document()
    _props(doc, "Schedule 1 - Minimum Fees 2024-2027", "Joint Committee UVCA-LEEA", "en-GB", when)
    doc.add_heading(SCHEDULE_BEFORE_A[0], level=0)
    doc.add_paragraph(SCHEDULE_BEFORE_A[1])
    doc.add_heading(SCHEDULE_BEFORE_A[2], level=1)
    _table(doc, PART_A)
    doc.add_paragraph(NOTE_A).runs[0].italic = True
    doc.add_heading(SCHEDULE_BEFORE_B[0], level=1)
    _table(doc, PART_B)
    doc.add_paragraph(NOTE_B).runs[0].italic = True
    _save(doc, SCHEDULE_OUT, when)


def build_avenant() -> None:
    import docx  # python-docx

    when = datetime.datetime(2026, 10, 22, 12, 0, 0)
    doc = docx.Document()
    _props(doc, "Avenant n° 1 - Convention 2024-2027", "UAVC / AESL", "fr-CH", when)
    for kind, text in AVENANT:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    _save(doc, AVENANT_OUT, when)


if __name__ == "__main__":
    build_schedule()
    build_avenant()
