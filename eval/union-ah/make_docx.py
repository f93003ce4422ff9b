#!/usr/bin/env python3
"""Build the two Word documents of union-ah (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ah/make_docx.py    # python-docx is in the venv

- docs/vapg-agreement-summary-for-members.docx: the Guild's English summary of the
  Vehicle Action Agreement 2027-2030 for the ratification meetings. Four traps of layout:
  * TRACKED CHANGES: the kit allowance's new figure is a revision mark `w:ins`
    (Rp2.850.000,-) right after the old one in `w:del` (Rp2.600.000,-, as `w:delText`).
    The accepted text keeps the insertion and drops the deletion; python-docx's
    `Paragraph.text` reads neither (it skips the runs inside `w:ins`).
  * A COMMENT (word/comments.xml, anchored by `w:commentRangeStart` / `w:commentReference`)
    holds a negotiator's aside with a figure that is no rate (Rp3.100.000,-).
  * The EFFECTIVE DATE is only in the PAGE HEADER (word/header1.xml): "effective
    15 January 2027"; the body gives no date for the contract years.
  * The rate table's first header row merges cells across columns with `w:gridSpan`
    ("Year 1" and "Year 2" each over "Day | Week"); python-docx's `row.cells` repeats a
    spanned cell once per grid column.
  Amounts are written "Rp2.450.000,-" (no space, dots, the ",-" of whole amounts);
  "twenty per cent" is written in words once.
- docs/avis-comite-mixte-2026-6-article-9-alinea-2.docx: the Joint Committee's notice
  n° 2026-6 of 27 November 2026, in French: from 1 February 2027, "l'article 9, alinéa 2,
  est remplacé par" a rest period of at least 45 minutes between two gags (30 minutes
  before then); Side Letter No. 2 is not renewed.

`summary_text()` and `notice_text()` return the accepted, visible text (the header, the
paragraphs with the insertion and without the deletion, table cells joined by " | ", a
spanned cell once; not the comment) for check_set.py. Fixed dates: byte-for-byte
reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SUMMARY_OUT = os.path.join(HERE, "docs", "vapg-agreement-summary-for-members.docx")
NOTICE_OUT = os.path.join(HERE, "docs", "avis-comite-mixte-2026-6-article-9-alinea-2.docx")
NB = "\u00a0"
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f'xmlns:w="{W_URI}"'
REVISION_AUTHOR = "Dwi Carrington-Roy"
REVISION_DATE = "2026-11-19T09:30:00Z"


def rp(amount: str) -> str:
    """'2.450.000' -> 'Rp2.450.000,-' (the summary's style for whole rupiah)."""
    return f"Rp{amount},-"


# ---- the summary ----------------------------------------------------------------------------

S_HEADER = "VAPG – members' summary of the Vehicle Action Agreement – effective 15 January 2027"
S_TITLE = "Summary of the Vehicle Action Agreement 2027–2030 for members"
S_SUB = (
    "Prepared by the Vehicle Action Performers' Guild of Kerandal (VAPG) bargaining team "
    "for the ratification meetings in Port Halloran and Rivière-aux-Phares. Only the "
    "Agreement's text is binding; the numbers in square brackets are its articles."
)
KIT_LEAD = "Kit allowance for gloves, boots and personal protective kit: "
KIT_OLD = rp("2.600.000")  # w:del
KIT_NEW = rp("2.850.000")  # w:ins
KIT_TAIL = " per year, from the date of signature [14.2]."
COMMENT_AUTHOR = "Bargaining team"
COMMENT_TEXT = (
    f"Negotiator's aside, not for members: we asked for {rp('3.100.000')} and settled. "
    "Raise it again before Year 2."
)

TABLE_HEAD_1 = ["Role and unit", "Year 1", "Year 2"]  # the year cells span two columns
TABLE_HEAD_2 = ["", "Day", "Week", "Day", "Week"]
TABLE_ROWS: list[list[str]] = [
    [
        "Precision driver, shoot day (10 hours)",
        rp("2.450.000"),
        rp("11.760.000"),
        rp("2.560.000"),
        rp("12.290.000"),
    ],
    ["Precision driver, rehearsal day", rp("1.470.000"), "–", rp("1.535.000"), "–"],
    [
        "Motorcycle stunt rider, day",
        rp("2.180.000"),
        rp("10.460.000"),
        rp("2.275.000"),
        rp("10.920.000"),
    ],
    ["Crash performer, day", rp("1.950.000"), "–", rp("2.035.000"), "–"],
    [
        "Camera-car or tracking-vehicle driver, day",
        rp("1.720.000"),
        rp("8.250.000"),
        rp("1.795.000"),
        rp("8.615.000"),
    ],
    [
        "Picture-vehicle driver, day",
        rp("1.860.000"),
        rp("8.930.000"),
        rp("1.940.000"),
        rp("9.310.000"),
    ],
    ["Background driver with own car, day", rp("640.000"), "–", rp("670.000"), "–"],
    ["Driving coach for actors, week", "–", rp("9.600.000"), "–", rp("10.050.000")],
]

# (kind, text): "title", "sub", "h" (heading), "p", "table", "kit" (the tracked change)
SUMMARY: list[tuple[str, str]] = [
    ("title", S_TITLE),
    ("sub", S_SUB),
    ("h", "1. Who is covered"),
    (
        "p",
        "Every Guild member engaged by Lintang Pictures, Halloran Road Films, Ironbark Live "
        "or Studio Phare-Rouge to drive, ride or crash a vehicle: precision drivers, "
        "motorcycle stunt riders, crash performers, camera-car and tracking-vehicle drivers, "
        "picture-vehicle drivers, background drivers who bring their own car, live "
        "motor-show performers and driving coaches for actors [1.2].",
    ),
    (
        "p",
        "The Agreement runs for three contract years. Year 1 is the twelve months from the "
        "Commencement Date; Year 2 and Year 3 follow [2.1, 2.2]. A day is paid at the rate of "
        "the contract year in which it is worked, except crash fees, which follow the start "
        "of the production [2.3, 6.2].",
    ),
    ("h", "2. Day and weekly rates"),
    ("table", ""),
    (
        "p",
        "A precision driver's shoot day is 10 hours; work past 10 hours is paid by the hour "
        "at one tenth of the shoot day rate [4.3].",
    ),
    ("h", "3. Gags and crashes"),
    (
        "p",
        f"Stunt adjustments, each time the gag is performed on camera: wheelie pass "
        f"{rp('650.000')}, lay-down slide {rp('1.150.000')}, ramp jump {rp('1.900.000')} "
        "[5.2].",
    ),
    (
        "p",
        f"Crash fees for productions whose principal photography began before 1 April 2027: "
        f"cannon roll {rp('4.750.000')}, T-bone {rp('3.600.000')}, pipe-ramp flip "
        f"{rp('5.850.000')} [6.1]. For productions whose principal photography begins on or "
        f"after 1 April 2027: cannon roll {rp('5.200.000')}, T-bone {rp('3.950.000')}, "
        f"pipe-ramp flip {rp('6.400.000')} [6.2].",
    ),
    (
        "p",
        "No more than three crashes in a shoot day [6.3]. The unit medic examines you after "
        "every crash, before any further gag [9.4]. The producer supplies a fire-resistant "
        "suit and a helmet fitted to you [9.1].",
    ),
    ("h", "4. Allowances, supplements and premiums"),
    ("kit", ""),
    (
        "p",
        f"Background drivers who bring their own car: a vehicle allowance of {rp('385.000')} "
        "per day, backdated to 1 November 2026, and a kilometre rate of "
        f"{rp('4.200')} from the date of signature; both are indexed every 1 January and the "
        "Joint Committee publishes the new figures in a notice [3.1, 8.2, 8.3, 22]. If your "
        "car is damaged during the work, the producer pays the insurance excess, up to "
        f"{rp('7.500.000')} per claim [8.5].",
    ),
    (
        "p",
        "Night driving between 20:00 and 06:00: twenty per cent of the day rate [12.1]. "
        f"Wet-road or skid-pan work: {rp('850.000')} per day on top of the day rate [13.2].",
    ),
    (
        "p",
        f"Live motor shows: {rp('1.250.000')} per show in the 2027 show season, no more than "
        "two shows in a day [10.1, 10.2].",
    ),
    ("h", "5. Digital doubles, telemetry and synthetic traffic"),
    (
        "p",
        "Digital doubles: a scan of you and your riding or driving posture, only with your "
        "written consent for each production on the numbered Form VD-3 [15.1]; a scan fee of "
        f"{rp('3.250.000')} per scan session [15.2] and {rp('4.100.000')} from each "
        "production that re-uses the double [15.3]; never in a fatal crash scene without "
        "your fresh consent [15.4].",
    ),
    (
        "p",
        "Driving telemetry (steering, braking and throttle data used to train driving "
        "simulators or autonomous-driving AI): your written consent, "
        f"{rp('1.600.000')} per capture day, and no sale to third parties [16]. There is no "
        "flat buy-out of telemetry.",
    ),
    (
        "p",
        "Synthetic traffic: no more than 15 AI-generated background vehicles in a scene; as a "
        "pilot, up to 40 against a levy per scene paid into the Guild's training fund, until "
        "31 March 2027 unless the Joint Committee renews it [17].",
    ),
    (
        "p",
        "Your scan and telemetry data are deleted within 21 days of your written request "
        f"[18]. Voice cloning for in-car announcements needs your consent and pays "
        f'{rp("1.350.000")} per production [19]. The end credits must say: "Digital drivers '
        'and synthetic traffic appear in this production" [20].',
    ),
    ("h", "6. What happens to the old agreement"),
    (
        "p",
        f"Kept: the track-side meal allowance of {rp('145.000')} per shoot day [23.2]. Not "
        "carried over: the tyre-wear allowance for background drivers; the kilometre rate "
        "takes its place [23.3]. Re-use of footage rises from 25 % to 35 % of the original "
        "day fee [23.4]. Side Letter No. 2 on ice-track driving has expired and is not "
        "replaced [23.5].",
    ),
    (
        "p",
        "Questions: ask your delegate or the Guild's office in Port Halloran. This summary "
        "does not replace the Agreement; where they differ, the Agreement prevails.",
    ),
]


def _table_lines() -> list[str]:
    return [
        " | ".join(TABLE_HEAD_1),
        " | ".join(c for c in TABLE_HEAD_2 if c),
        *(" | ".join(r) for r in TABLE_ROWS),
    ]


def summary_text() -> str:
    """The accepted, visible text: the header, the body (w:ins kept, w:del dropped), the
    table (a spanned cell once); not the comment."""
    lines = [S_HEADER]
    for kind, text in SUMMARY:
        if kind == "table":
            lines += _table_lines()
        elif kind == "kit":
            lines.append(KIT_LEAD + KIT_NEW + KIT_TAIL)
        else:
            lines.append(text)
    return "\n".join(lines)


# ---- the French notice ----------------------------------------------------------------------

N_TITLE = "Avis du comité mixte n° 2026-6"
N_SUB = (
    "Comité mixte de l'entente sur l'action automobile 2027–2030 (article 21) – "
    "Port Halloran, le 27 novembre 2026"
)
NOTICE: list[tuple[str, str]] = [
    ("title", N_TITLE),
    ("sub", N_SUB),
    (
        "p",
        "Objet : remplacement de l'article 9, alinéa 2, de l'entente (période de repos entre "
        "deux gags) et sort de la lettre d'entente n° 2 (conduite sur glace).",
    ),
    ("h", "1. Remplacement de l'article 9, alinéa 2"),
    (
        "p",
        "En application de l'article 21, alinéa 2, de l'entente, le comité mixte décide "
        "qu'à compter du 1er février 2027, l'article 9, alinéa 2, est remplacé par le texte "
        "suivant : « Entre deux gags, l'artiste bénéficie d'une période de repos d'au moins "
        "45 minutes, dont au moins 15 minutes hors du véhicule ou de la moto, dans un espace "
        "abrité proche de la zone de tournage. »",
    ),
    (
        "p",
        "Les journées de tournage antérieures au 1er février 2027 restent soumises à la "
        "période de repos d'au moins 30 minutes de l'alinéa d'origine. Le registre des crashs "
        "et la feuille de service font foi de la date et de l'heure de chaque gag.",
    ),
    ("h", "2. Motifs"),
    (
        "p",
        "Pendant les essais de l'automne 2026 sur le circuit de Mont-Cendré, les délégués à "
        "la sécurité ont constaté que trente minutes ne suffisaient pas toujours pour "
        "vérifier la moto ou le véhicule, refaire l'inspection de la zone d'arrivée et "
        "permettre à l'artiste de récupérer, surtout après une glissade couchée ou un saut "
        "de tremplin. La durée de la journée de tournage ne change pas.",
    ),
    ("h", "3. Lettre d'entente n° 2 (conduite sur glace)"),
    (
        "p",
        "La lettre d'entente n° 2 sur la conduite sur glace a expiré le 31 octobre 2026. Le "
        "comité mixte ne la renouvelle pas : le travail sur glace est payé au supplément "
        "route mouillée ou piste de dérapage de l'article 13, alinéa 2.",
    ),
    ("h", "4. Ce que l'avis ne change pas"),
    (
        "p",
        "Le présent avis ne modifie aucun cachet, aucun ajustement de gag, aucun cachet de "
        "crash ni aucune indemnité. L'entente prend effet le 15 janvier 2027 ; l'alinéa "
        "remplacé s'applique donc d'abord dans sa rédaction d'origine, puis dans la nouvelle "
        "à compter du 1er février 2027.",
    ),
    ("h", "5. Publication"),
    (
        "p",
        "Le présent avis est rédigé en français ; une traduction anglaise sera jointe à la "
        "prochaine réimpression de l'entente. Il lie tous les producteurs membres de "
        "l'APESMK, notamment Lintang Pictures, Halloran Road Films, Ironbark Live et Studio "
        "Phare-Rouge, et tous les membres de la GAAK qu'ils engagent.",
    ),
    ("p", "Pour la Guilde : Mireille Santoso-Hartley, présidente."),
    ("p", "Pour l'Association : Gregory Pranoto-Lacroix, président."),
]


def notice_text() -> str:
    return "\n".join(text for _, text in NOTICE)


# ---- raw XML ----------------------------------------------------------------------------------


def _del_xml(text: str, rid: int) -> str:
    return (
        f'<w:del {W} w:id="{rid}" w:author="{REVISION_AUTHOR}" w:date="{REVISION_DATE}">'
        f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def _ins_xml(text: str, rid: int) -> str:
    return (
        f'<w:ins {W} w:id="{rid}" w:author="{REVISION_AUTHOR}" w:date="{REVISION_DATE}">'
        f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'
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


def _props(doc, title: str, author: str, lang: str, when: datetime.datetime) -> None:
    props = doc.core_properties
    props.title = title
    props.author = author
    props.created = when
    props.modified = when
    props.last_modified_by = author
    props.revision = 4
    props.language = lang


def _table(doc) -> None:
    table = doc.add_table(rows=2 + len(TABLE_ROWS), cols=5)
    table.style = "Table Grid"
    # the first header row: "Role and unit", then "Year 1" and "Year 2" each spanning two
    # grid columns (python-docx writes w:gridSpan)
    table.cell(0, 0).paragraphs[0].add_run(TABLE_HEAD_1[0]).bold = True
    y1 = table.cell(0, 1).merge(table.cell(0, 2))
    y1.paragraphs[0].add_run(TABLE_HEAD_1[1]).bold = True
    y2 = table.cell(0, 3).merge(table.cell(0, 4))
    y2.paragraphs[0].add_run(TABLE_HEAD_1[2]).bold = True
    for j, text in enumerate(TABLE_HEAD_2):
        if text:
            table.cell(1, j).paragraphs[0].add_run(text).bold = True
    for i, row in enumerate(TABLE_ROWS, 2):
        for j, text in enumerate(row):
            table.cell(i, j).paragraphs[0].add_run(text)


def build_summary(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 11, 19, 12, 0, 0)
    doc = docx.Document()
    _props(doc, S_TITLE, "VAPG bargaining team", "en-GB", when)
    header = doc.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].add_run(S_HEADER).italic = True
    for kind, text in SUMMARY:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
        elif kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "table":
            _table(doc)
        elif kind == "kit":
            p = doc.add_paragraph()
            lead = p.add_run(KIT_LEAD)
            p._p.append(parse_xml(_del_xml(KIT_OLD, 101)))
            p._p.append(parse_xml(_ins_xml(KIT_NEW, 102)))
            tail = p.add_run(KIT_TAIL)
            comment = doc.add_comment(
                [lead, tail], text=COMMENT_TEXT, author=COMMENT_AUTHOR, initials="BT"
            )
            comment._comment_elm.date = datetime.datetime(2026, 11, 19, 9, 45, tzinfo=datetime.UTC)
        else:
            doc.add_paragraph(text)
    return _save(doc, SUMMARY_OUT if write else None, when)


def build_notice(write: bool = True) -> bytes:
    import docx  # python-docx

    when = datetime.datetime(2026, 11, 27, 12, 0, 0)
    doc = docx.Document()
    _props(doc, N_TITLE, "GAAK – bureau de Rivière-aux-Phares", "fr-FR", when)
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
