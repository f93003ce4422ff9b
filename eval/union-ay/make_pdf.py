#!/usr/bin/env python3
"""Build the agreement PDF of union-ay (its whole text is in this script).

    /work/main/.venv/bin/python eval/union-ay/make_pdf.py    # fpdf2 and fontTools are in the venv

docs/gccm-cathedral-and-church-music-agreement-2026-2029.pdf: the Cathedral and Church Music
Agreement 2026-2029 (English), with two layouts no earlier set had:
- an INCREMENTAL UPDATE: the file is the copy signed on Thursday 16 July 2026 followed by a
  second revision, appended after the first %%EOF by the Council's registry on Monday 20 July
  2026, that corrects one figure of Schedule A (row A6, the funeral: the signed copy printed
  ₼1,605.00, the parties' figure is ₼1,650.00). The appended section holds the new Schedule A
  page, an updated document information dictionary and a cross-reference section whose
  trailer points back (/Prev) to the first one. A reader shows the corrected page; the first
  revision is still inside the file, byte for byte, and opens on its own when the file is cut
  after its first %%EOF;
- an EMBEDDED FILE ATTACHMENT (an /EmbeddedFiles name tree in the catalogue, a /Filespec with a
  compressed /EmbeddedFile stream): the registry's note on the correction, a plain-text file
  that a PDF viewer lists under "attachments" and that neither pdfplumber nor pypdf's page
  text reads.
The manat sign ₼ (U+20BC) is not in DejaVu Sans: this script adds it to a copy of the font as
a composite glyph (the intersection sign ∩ with the vertical bar through it), mapped to U+20BC
in the font's cmap, so that the sign is drawn and every reader extracts U+20BC.

Amounts are written with the sign glued to the figure, commas between thousands and two
decimals ("₼1,180.00", clause 2.1); "₼250" the only whole amount (clause 5.6); "85 qəpik" the
only amount in the minor unit (clause 9.1); "NOK 12,500" the only foreign amount (clause 9.3);
the only sum in words in clause 15.5. Lines are broken by this script, never inside an amount,
a date or a quoted phrase (TIES). `agreement_text()` returns the text of the corrected file for
check_set.py, `first_revision_text()` that of the signed copy; `footer_numbers()` the footers'
numbers. Fixed dates throughout and a font built without a timestamp: byte-for-byte
reproducible.
"""

from __future__ import annotations

import datetime
import os
import re
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(
    HERE, "docs", "gccm-cathedral-and-church-music-agreement-2026-2029.pdf"
)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVuManat"
TIE = "\u0001"  # a space the line breaker must not break at (never in the output)
MANAT = "\u20bc"

ATTACHMENT_NAME = "registry-note-schedule-a-row-a6.txt"
ATTACHMENT = (
    "Council of Chapters and Parishes of Corbelaine - registry\n"
    "Monday 20 July 2026\n\n"
    "Cathedral and Church Music Agreement 2026-2029, signed at Thornwick on Thursday 16 July "
    "2026.\nSchedule A, row A6 (funeral, organist), column 2026-27: the signed copy printed "
    "\u20bc1,605.00 by a typing error; the figure the parties agreed is \u20bc1,650.00.\n"
    "The Schedule A page is corrected by an incremental update of this file; the signed "
    "revision is kept inside it, unchanged.\n"
).encode("utf-8")

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
TIES = [
    re.compile(r"(?:\w+ )?\d{1,2} (?:" + _MONTHS + r")(?: \d{4})?"),
    re.compile(r"\d+ (?:minutes|hours|days|working days|weeks|months|qəpik|km|services)\b"),
    re.compile(r"(?:Form|clause|Clause|Part|Schedule|Article|row) [\w.\-]+"),
    re.compile(r"NOK [\d,]+|" + MANAT + r"[\d,.]+"),
    re.compile(r'"[^"]{1,96}"'),
    re.compile(r"\([^)]{1,48}\)"),
    # phrases members quote: kept on one line
    re.compile(
        r"thirty-six thousand manat|on or before the 15th|after the 15th|Sunday nearest to 1 September"
        r"|the day on which it ends|reached the member first in writing|fifth Sunday in a calendar month"
        r"|taken out of service|in four equal parts|to sound like a named member|under 18"
        r"|is void|first day of the next choir year|even with a parent's consent"
    ),
]

A_TITLE = "Cathedral and Church Music Agreement 2026–2029"
A_SUB = (
    "between the Guild of Cathedral and Church Musicians of Corbelaine and the Council of "
    "Chapters and Parishes of Corbelaine, for the Chapter of St Aldhelm's Cathedral, the Chapter "
    "of Saint-Ausone Cathedral, Dunmarrow Abbey, Thornwick University Chapel and the Parishes' "
    "Music Fund"
)
HEAD_TEXT = "GCCM · CCPC   Cathedral and Church Music Agreement 2026–2029"
A_FOOTER = "Cathedral and Church Music Agreement 2026–2029 · page {n} of {nb}"


def m(amount: str) -> str:
    return MANAT + amount


# (kind, text); kinds: part, art, p, sig, sched, schedb
AGREEMENT: list[tuple[str, str]] = [
    ("part", "Part A – General"),
    ("art", "Article 1 – Who is bound, what is covered, for how long"),
    (
        "p",
        "1.1 The parties to this agreement are the Guild of Cathedral and Church Musicians of "
        'Corbelaine (GCCM, "the Guild"), founded in 1983, of 14 Chantry Lane, Thornwick TW4 2QE, '
        'and the Council of Chapters and Parishes of Corbelaine (CCPC, "the Council"), which signs '
        "for the Chapter of St Aldhelm's Cathedral, Thornwick, the Chapter of Saint-Ausone "
        "Cathedral, Val-Sarrant, Dunmarrow Abbey, Thornwick University Chapel and the Parishes' "
        "Music Fund, for the parish churches that engage musicians through it, among them Holy "
        'Rood, Kestley. The member of the Council that engages a musician is "the employer".',
    ),
    (
        "p",
        "1.2 It covers organists (titular, assistant and deputy organists), lay clerks and deputy "
        "lay clerks, choral scholars, cantors and carillonneurs engaged for services, rehearsals, "
        "weddings, funerals, recitals, broadcasts and recordings, and the capture, licensing and "
        "synthetic use of their playing and voices (Part F). It does not cover the volunteer "
        "members of parish choirs, organ builders, or the children of a cathedral's choir (the "
        "choristers), whose schooling is governed elsewhere.",
    ),
    (
        "p",
        "1.3 It is in force from Sunday 30 August 2026, the first day of the choir year 2026-27, "
        "to Saturday 1 September 2029, the last day of the choir year 2028-29. It was signed at "
        "Thornwick on Thursday 16 July 2026.",
    ),
    (
        "p",
        "1.4 It replaces the Church Music Agreement 2023–2026 from Sunday 30 August 2026. The "
        "figures of that agreement are printed in Schedule B for reference only.",
    ),
    ("art", "Article 2 – Definitions and amounts"),
    (
        "p",
        "2.1 Amounts are in the manat of the Republic of Corbelaine, with the sign ₼ written "
        "directly before the figure, without a space, a comma every three digits and the qəpik "
        "after a point: ₼1,180.00 stands for one thousand one hundred and eighty manat. A manat "
        "is divided into 100 qəpik. The Corbelaine manat is not the Azerbaijani one, although "
        "both are written ₼ and both use the code AZN. Where a sum is written in words, its "
        "figures follow in brackets.",
    ),
    (
        "p",
        "2.2 A service is an act of worship at which a member plays or sings: a Sunday or "
        "principal service, a weekday service (such as choral evensong or a weekday mass) or a "
        "service of a principal feast (Christmas Day, Easter Day, Pentecost and the patronal "
        "festival of the church).",
    ),
    (
        "p",
        "2.3 The choir year begins on the Sunday nearest to 1 September and ends on the Saturday "
        "before the next choir year begins; when 1 September is a Sunday, the choir year begins "
        "on that day. The choir year 2026-27 began on Sunday 30 August 2026, the choir year "
        "2027-28 begins on Sunday 29 August 2027 and the choir year 2028-29 on Sunday "
        "3 September 2028. Each column of Schedule A applies to one choir year. (The Church Music "
        "Agreement 2023–2026 counted its years from 1 September to 31 August.)",
    ),
    (
        "p",
        "2.4 A stipend is the monthly pay of a titular or assistant organist or a lay clerk on "
        "the staff of a choir; a deputy is a member engaged service by service.",
    ),
    ("part", "Part B – Services and stipends"),
    ("art", "Article 3 – Services and rehearsals"),
    (
        "p",
        "3.1 A Sunday or principal service, for the organist, is paid at row A1 of Schedule A; it "
        "lasts up to 2 hours 30 minutes, the voluntaries before and after included. A weekday "
        "service is paid at row A2, a service of a principal feast at row A4.",
    ),
    (
        "p",
        "3.2 A rehearsal with the choir is paid by the hour, at row A3 for the organist and at "
        "row B4 for a deputy lay clerk; a rehearsal shorter than an hour is paid as an hour.",
    ),
    (
        "p",
        "3.3 A service that runs beyond 2 hours 30 minutes is paid, in addition, one rehearsal "
        "hour for each hour or part of an hour beyond.",
    ),
    ("art", "Article 4 – Dating a service"),
    (
        "p",
        "4.1 A service is paid at the rates of the choir year in which it takes place.",
    ),
    (
        "p",
        "4.2 A service on a Sunday is paid as a Sunday service and a service on another day as a "
        "weekday service, unless it is a service of a principal feast.",
    ),
    (
        "p",
        "4.3 A service that begins before midnight and ends after it is paid as a service of "
        "the day on which it ends. (The Church Music Agreement 2023–2026 paid it as a service of "
        "the day on which it began.)",
    ),
    ("art", "Article 5 – Stipends"),
    (
        "p",
        "5.1 A titular or assistant organist on the staff is paid the monthly stipend of row A8, "
        "a lay clerk that of row B1 and a senior lay clerk that of row B2. The stipend covers the "
        "Sunday services of the month up to four, the weekday services of the rota and the "
        "rehearsals before them.",
    ),
    ("p", "5.2 Stipends are paid on the last working day of each month."),
    (
        "p",
        "5.3 A fifth Sunday in a calendar month is not covered by the stipend: it is paid on top "
        "of it, at row A1 for an organist and at row B3 (a deputy lay clerk's service) for a lay "
        "clerk. (Under the Church Music Agreement 2023–2026 the stipend covered every Sunday of "
        "the month.)",
    ),
    (
        "p",
        "5.4 A member who joins the staff on or before the 15th of a month is paid that month's "
        "stipend in full; a member who joins after the 15th is paid half of it. The month in "
        "which a member leaves is paid in full when the member leaves after the 15th and by half "
        "when the member leaves on or before the 15th. (The Church Music Agreement 2023–2026 "
        "paid a part month pro rata to its calendar days.)",
    ),
    (
        "p",
        "5.5 A member's grade on the first day of a choir year, lay clerk or senior lay clerk, "
        "governs the stipend for the whole of that choir year; a promotion made during the year "
        "takes effect on the first day of the next choir year. (Under the Church Music Agreement "
        "2023–2026 a promotion took effect on the first day of the month after it.)",
    ),
    (
        "p",
        "5.6 Each member on the staff receives a robe and music allowance of ₼250 a choir year, "
        "paid with the September stipend; no other amount in this agreement leaves out the "
        "qəpik.",
    ),
    ("art", "Article 6 – Engagements"),
    (
        "p",
        "6.1 A deputy is engaged in writing: a letter, an e-mail or a message that names the "
        "service, its date and its time.",
    ),
    (
        "p",
        "6.2 An employer that cancels an engagement less than 7 days before the service pays "
        "the fee in full.",
    ),
    (
        "p",
        "6.3 A member may decline an engagement without giving a reason.",
    ),
    (
        "p",
        "6.4 When two employers ask a member for services at the same time, the request that "
        "reached the member first in writing has priority, whichever employer the member usually "
        "works for; the time of receipt shown by the message decides, and a request made orally "
        "counts from its written confirmation. (Under the Church Music Agreement 2023–2026 the "
        "member's regular employer had priority.)",
    ),
    ("art", "Article 7 – Weddings, funerals and recitals"),
    (
        "p",
        "7.1 A wedding is paid to the organist at row A5, one meeting with the couple about the "
        "music included; a wedding that is filmed or streamed adds the supplement of row D1.",
    ),
    ("p", "7.2 A funeral is paid to the organist at row A6."),
    (
        "p",
        "7.3 An organ recital of up to 60 minutes is paid at row A7 and a carillon recital of up "
        "to 45 minutes at row C1.",
    ),
    ("art", "Article 8 – Choral scholars"),
    (
        "p",
        "8.1 A choral scholar sings at least 3 services a week in term and receives the bursary "
        "of row B5 for the choir year.",
    ),
    (
        "p",
        "8.2 The bursary is paid in advance, in four equal parts, on the quarter days: Lady Day "
        "(25 March), Midsummer Day (24 June), Michaelmas (29 September) and Christmas Day "
        "(25 December). (The Church Music Agreement 2023–2026 paid it in ten monthly parts, at "
        "the end of each month from September to June.)",
    ),
    ("art", "Article 9 – Travel and engagements abroad"),
    (
        "p",
        "9.1 A member who travels more than 10 km to a service in the member's own car is paid "
        "85 qəpik a kilometre for the whole journey; no other amount here is stated in qəpik.",
    ),
    (
        "p",
        "9.2 A member who sings or plays on two services in one day at two churches more than "
        "10 km apart is paid the journey between them.",
    ),
    (
        "p",
        "9.3 The Council may release a member for a recital abroad. A member invited to the "
        "Bergen Winter Organ Days is paid NOK 12,500 a recital by the Norwegian festival, which "
        "also pays the hotel; the Council pays the return journey.",
    ),
    (
        "p",
        "9.4 Apart from clause 9.3, which is in Norwegian kroner, this agreement counts in manat "
        "only.",
    ),
    ("part", "Part C – Broadcasts, recordings and payment"),
    ("art", "Article 10 – Streamed and broadcast services"),
    (
        "p",
        "10.1 Each performer at a service streamed live or broadcast receives the supplement of "
        "row D1.",
    ),
    (
        "p",
        "10.2 A stream may stay online for 30 days after the service; each further month or part "
        "of a month is paid at row D2.",
    ),
    ("art", "Article 11 – Commercial recordings"),
    (
        "p",
        "11.1 A recording session of up to 3 hours for a commercial release is paid at row D3.",
    ),
    ("art", "Article 12 – Payment"),
    (
        "p",
        "12.1 Fees are paid within 14 days after the service; stipends as clause 5.2 provides.",
    ),
    (
        "p",
        "12.2 Payment is made by bank transfer, with a statement naming each service, its date, "
        "its row of Schedule A and the clause applied.",
    ),
    ("part", "Part F – Recordings, replicas and synthetic music"),
    ("art", "Article 13 – Consent"),
    (
        "p",
        "13.1 The Council has obtained from Pipewright Audio Ltd, which makes the Pipewright "
        "Accompanist and Pipewright Choir, a written undertaking to observe this Part; no member "
        "of the Council deals with a vendor that has not given one.",
    ),
    (
        "p",
        "13.2 A member's playing or voice may be captured, licensed or used only with a separate "
        "written consent for each use on Form RC-4, signed before the capture; a blanket "
        "consent, one signature for all uses, is void. Form RC-5 withdraws a consent; "
        "the vendor then deletes the capture and everything made from it within 30 days.",
    ),
    (
        "p",
        "13.3 No one under 18 may be captured, even with a parent's consent.",
    ),
    ("art", "Article 14 – Capture sessions"),
    (
        "p",
        "14.1 A session capturing an organist's playing and registrations on a named instrument "
        "is paid at row F1 for up to 6 hours and at row F2 for each further hour.",
    ),
    (
        "p",
        "14.2 A session recording a singer's voice for a voice bank is paid at row F3 for up to "
        "3 hours.",
    ),
    ("art", "Article 15 – The accompanist"),
    (
        "p",
        "15.1 A parish licensed to use an accompanist made from a member's capture pays the "
        "member the royalty of row F4 for each month of the licence.",
    ),
    (
        "p",
        "15.2 Each service at which an accompanist plays is announced on the service sheet with "
        "the words \"Music at this service is produced from a recording of the musician's "
        'playing, with consent", the musician being named.',
    ),
    (
        "p",
        "15.3 No accompanist and no synthetic choir may be used at a service for which the member "
        "was engaged and whose engagement was cancelled, nor at a wedding or a funeral without "
        "the member's consent for that occasion.",
    ),
    (
        "p",
        "15.4 A licence of a capture ends on the day the instrument on which the capture was made "
        "is taken out of service for a rebuild or a restoration, whatever term the licence "
        "states; a capture of the rebuilt instrument needs a new session and a new consent. "
        "(Under the Church Music Agreement 2023–2026 a licence ran for five years from the "
        "capture.)",
    ),
    (
        "p",
        "15.5 A vendor may buy the right to use a capture until this agreement expires, on one "
        "instrument, for thirty-six thousand manat (₼36,000.00), paid within 14 days after the "
        "member's consent.",
    ),
    ("art", "Article 16 – Synthetic choir and training"),
    (
        "p",
        "16.1 For each service at which a voice bank made from a member's voice sings, the member "
        "is paid at row F5 per voice bank. Nothing may be generated to sound like a named "
        "member.",
    ),
    (
        "p",
        "16.2 Training a general model on members' captures needs a separate consent and pays "
        "each member the fee of row F6, once.",
    ),
    ("art", "Article 17 – Joint Committee and audit"),
    (
        "p",
        "17.1 A Joint Committee on Recording and AI, of three members named by the Guild and "
        "three named by the Council, meets at least twice each choir year.",
    ),
    (
        "p",
        "17.2 The Guild may audit a vendor's records of captures, licences and uses once a year "
        "on 10 working days' notice.",
    ),
    ("sig", "Signed at Thornwick on Thursday 16 July 2026"),
    ("sched", "Schedule A – Rates (₼), by choir year"),
    ("schedb", "Schedule B – Figures of the Church Music Agreement 2023–2026 (for reference only)"),
]

SIGNATURES = [
    "For the Guild: Winifred Varley-Ezeagu, President; Crispin Heathcote-Amankwah, Rates Officer.",
    "For the Council: Canon Edwina Fothergill-Agyemang, Chair; Oswin Prideaux-Larbi, Secretary.",
]

SCHED_HEAD = ("Row", "Item", "2026-27", "2027-28", "2028-29")
# (row, item, 2026-27, 2027-28, 2028-29)
SCHEDULE_A: list[tuple[str, str, str, str, str]] = [
    ("A1", "Sunday or principal service, organist", m("1,180.00"), m("1,290.00"), m("1,340.00")),
    ("A2", "Weekday service, organist", m("760.00"), m("790.00"), m("820.00")),
    ("A3", "Choir rehearsal, organist, an hour", m("310.00"), m("325.00"), m("340.00")),
    ("A4", "Principal feast, organist", m("1,860.00"), m("1,930.00"), m("2,000.00")),
    ("A5", "Wedding, organist", m("2,150.00"), m("2,240.00"), m("2,320.00")),
    ("A6", "Funeral, organist", m("1,650.00"), m("1,720.00"), m("1,780.00")),
    ("A7", "Organ recital, up to 60 minutes", m("2,600.00"), m("2,700.00"), m("2,800.00")),
    ("A8", "Titular or assistant organist, a month", m("5,400.00"), m("5,600.00"), m("5,800.00")),
    ("B1", "Lay clerk, a month", m("3,900.00"), m("4,050.00"), m("4,200.00")),
    ("B2", "Senior lay clerk, a month", m("4,450.00"), m("4,600.00"), m("4,780.00")),
    ("B3", "Deputy lay clerk, a sung service", m("640.00"), m("665.00"), m("690.00")),
    ("B4", "Deputy lay clerk, rehearsal, an hour", m("210.00"), m("220.00"), m("230.00")),
    ("B5", "Choral scholar, bursary for the year", m("9,600.00"), m("9,900.00"), m("10,200.00")),
    ("B6", "Cantor at a parish mass", m("480.00"), m("500.00"), m("520.00")),
    ("C1", "Carillon recital, up to 45 minutes", m("1,380.00"), m("1,430.00"), m("1,480.00")),
    ("D1", "Streamed or broadcast service, a performer", m("180.00"), m("190.00"), m("200.00")),
    ("D2", "Stream online beyond 30 days, a month", m("90.00"), m("95.00"), m("100.00")),
    ("D3", "Commercial recording session, 3 hours", m("1,920.00"), m("1,990.00"), m("2,060.00")),
    ("F1", "Playing capture session, up to 6 hours", m("9,800.00"), m("10,150.00"), m("10,500.00")),
    ("F2", "Playing capture, each further hour", m("1,450.00"), m("1,500.00"), m("1,550.00")),
    ("F3", "Voice-bank session, up to 3 hours", m("6,200.00"), m("6,420.00"), m("6,640.00")),
    ("F4", "Accompanist royalty, a parish, a month", m("540.00"), m("560.00"), m("580.00")),
    ("F5", "Synthetic choir, a service, a voice bank", m("120.00"), m("125.00"), m("130.00")),
    ("F6", "Training a general model, once", m("14,000.00"), m("14,000.00"), m("14,000.00")),
]  # fmt: skip
# the signed copy (the first revision) misprinted row A6's first figure
MISPRINT = (m("1,650.00"), m("1,605.00"))
SCHED_NOTE = (
    "Rows A1 to A8 and B1 to B6 are Articles 3 to 8, rows C1 to D3 Articles 7, 10 and 11, rows F1 "
    "to F6 Part F. A column applies from the first day of its choir year (clause 2.3)."
)
SCHEDB_HEAD = ("Row", "Item", "2023–2026")
SCHEDULE_B: list[tuple[str, str, str]] = [
    ("A1", "Sunday or principal service, organist", m("1,090.00")),
    ("A2", "Weekday service, organist", m("700.00")),
    ("A3", "Choir rehearsal, organist, an hour", m("285.00")),
    ("A4", "Principal feast, organist", m("1,720.00")),
    ("A5", "Wedding, organist", m("1,980.00")),
    ("A6", "Funeral, organist", m("1,520.00")),
    ("A7", "Organ recital, up to 60 minutes", m("2,400.00")),
    ("A8", "Titular or assistant organist, a month", m("5,000.00")),
    ("B1", "Lay clerk, a month", m("3,600.00")),
    ("B2", "Senior lay clerk, a month", m("4,100.00")),
    ("B3", "Deputy lay clerk, a sung service", m("590.00")),
    ("B5", "Choral scholar, bursary for the year", m("9,000.00")),
    ("C1", "Carillon recital, up to 45 minutes", m("1,260.00")),
    ("D1", "Streamed or broadcast service, a performer", m("150.00")),
    ("D3", "Commercial recording session, 3 hours", m("1,820.00")),
    ("F1", "Playing capture session, up to 6 hours", m("8,600.00")),
    ("F4", "Accompanist royalty, a parish, a month", m("480.00")),
]
SCHEDB_NOTE = (
    "Under the 2023–2026 agreement the bursary was paid in ten monthly parts of ₼900.00, a "
    "capture was deleted within 60 days of a withdrawal and a licence of a capture ran for five "
    "years."
)


def _sched_lines(rows: list[tuple[str, ...]]) -> list[str]:
    return [" ".join(r) for r in rows]


def _text(schedule_a: list[tuple[str, str, str, str, str]]) -> str:
    lines = [HEAD_TEXT, A_TITLE, A_SUB]
    for kind, text in AGREEMENT:
        lines.append(text)
        if kind == "sched":
            lines.append(" ".join(SCHED_HEAD))
            lines += _sched_lines(schedule_a)
            lines.append(SCHED_NOTE)
        elif kind == "schedb":
            lines.append(" ".join(SCHEDB_HEAD))
            lines += _sched_lines(SCHEDULE_B)
            lines.append(SCHEDB_NOTE)
        elif kind == "sig":
            lines += SIGNATURES
    return "\n".join(lines)


def _misprinted() -> list[tuple[str, str, str, str, str]]:
    good, bad = MISPRINT
    return [(r[0], r[1], bad, r[3], r[4]) if r[2] == good else r for r in SCHEDULE_A]


def agreement_text() -> str:
    """The text of the corrected agreement (the title block, the clauses, the schedules)."""
    return _text(SCHEDULE_A)


def first_revision_text() -> str:
    """The text of the signed copy, the file's first revision (row A6 misprinted)."""
    return _text(_misprinted())


def footer(n: int, nb: int) -> str:
    return A_FOOTER.format(n=n, nb=nb)


def footer_numbers(pages: int) -> set[str]:
    out = {str(i) for i in range(1, pages + 1)}
    return out | {"2026", "2029"}


# ---- the font -----------------------------------------------------------------------------------


def manat_font(src: str, dst: str) -> None:
    """Copy a DejaVu font, adding U+20BC as a composite of ∩ and | (no timestamp recalculated)."""
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphComponent

    font = TTFont(src, recalcTimestamp=False)
    glyf = font["glyf"]

    def component(name: str, dx: int, dy: int, yscale: float | None = None) -> GlyphComponent:
        c = GlyphComponent()
        c.glyphName = name
        c.x, c.y = dx, dy
        c.flags = 0x4  # ROUND_XY_TO_GRID
        if yscale is not None:
            c.transform = [[1, 0], [0, yscale]]
        return c

    arch = glyf["intersection"]
    bar = glyf["bar"]
    glyph = Glyph()
    glyph.numberOfContours = -1
    dx = round((arch.xMin + arch.xMax) / 2 - (bar.xMin + bar.xMax) / 2)
    dy = round(-bar.yMin * 0.7)
    glyph.components = [component("intersection", 0, 0), component("bar", dx, dy, 0.7)]
    order = [*font.getGlyphOrder(), "uni20BC"]
    font.setGlyphOrder(order)
    glyf.glyphs["uni20BC"] = glyph
    glyf.glyphOrder = order
    glyph.recalcBounds(glyf)
    font["hmtx"].metrics["uni20BC"] = (font["hmtx"].metrics["intersection"][0], glyph.xMin)
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap[0x20BC] = "uni20BC"
    font["maxp"].numGlyphs = len(order)
    font.save(dst)


# ---- line breaking ------------------------------------------------------------------------------


def _tie(text: str) -> str:
    for rx in TIES:
        text = rx.sub(lambda mm: mm.group(0).replace(" ", TIE), text)
    return text


def wrap(pdf, text: str, width: float) -> list[str]:
    """Break `text` into lines no wider than `width`, never at a tied space."""
    words = _tie(text).split(" ")
    lines: list[str] = []
    cur = ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if not cur or pdf.get_string_width(cand.replace(TIE, " ")) <= width:
            cur = cand
            continue
        lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    out = [line.replace(TIE, " ") for line in lines]
    for line in out:
        if pdf.get_string_width(line) > width + 0.01:
            raise SystemExit(f"a tied phrase does not fit in {width} mm: {line!r}")
    return out


# ---- building -----------------------------------------------------------------------------------

MARGIN = 22.0
TOP = 27.0
BODY = 10.0
LH = 5.2
BOTTOM = 270.0
SIGNED = datetime.datetime(2026, 7, 16, 15, 0, tzinfo=datetime.UTC)
CORRECTED = "D:20260720093000Z"
ROW_H = 6.0
COLS = (12.0, 82.0, 24.0, 24.0, 24.0)
COLS_B = (12.0, 112.0, 42.0)


def _doc(fontdir: str):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def header(self) -> None:
            self.set_font(FONT, "B", 8.5)
            self.set_text_color(40, 50, 100)
            self.set_xy(MARGIN, 10)
            self.cell(self.w - 2 * MARGIN, 5, HEAD_TEXT)
            self.set_draw_color(40, 50, 100)
            self.set_line_width(0.4)
            self.line(MARGIN, 16.5, self.w - MARGIN, 16.5)
            self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            self.set_font(FONT, "", 8)
            self.set_xy(MARGIN, self.h - 12)
            text = A_FOOTER.format(n=self.page_no(), nb="{nb}")
            self.cell(self.w - 2 * MARGIN, 4, text, align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.add_font(FONT, "", os.path.join(fontdir, "regular.ttf"))
    pdf.add_font(FONT, "B", os.path.join(fontdir, "bold.ttf"))
    pdf.add_font(FONT, "I", os.path.join(fontdir, "oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    pdf.set_creation_date(SIGNED)
    pdf.set_title(A_TITLE)
    pdf.set_author("GCCM and CCPC")
    pdf.set_subject("Signed copy, registry of the Council of Chapters and Parishes of Corbelaine")
    pdf.embed_file(
        bytes=ATTACHMENT,
        basename=ATTACHMENT_NAME,
        modification_date=datetime.datetime(2026, 7, 20, 9, 30, tzinfo=datetime.UTC),
        mime_type="text/plain",
        desc="Registry note on the correction of Schedule A, row A6",
    )
    return pdf


def _table(pdf, y: float, head: tuple, rows: list[tuple], cols: tuple) -> float:
    pdf.set_draw_color(110, 110, 110)
    pdf.set_line_width(0.2)
    for i, row in enumerate([head, *rows]):
        x = MARGIN
        pdf.set_font(FONT, "B" if i == 0 else "", 8.6)
        for j, (cell, w) in enumerate(zip(row, cols, strict=True)):
            pdf.rect(x, y, w, ROW_H)
            pdf.set_xy(x + 1.2, y + 0.5)
            align = "R" if j >= 2 else "L"
            if pdf.get_string_width(cell) > w - 2.4:
                raise SystemExit(f"a schedule cell does not fit: {cell!r}")
            pdf.cell(w - 2.4, ROW_H - 1.0, cell, align=align)
            x += w
        y += ROW_H
    return y


def _build(fontdir: str, schedule_a: list[tuple[str, str, str, str, str]]):
    pdf = _doc(fontdir)
    full = pdf.w - 2 * MARGIN
    pdf.add_page()
    y = TOP + 4
    pdf.set_font(FONT, "B", 15)
    pdf.set_xy(MARGIN, y)
    pdf.cell(full, 8, A_TITLE)
    y += 11
    pdf.set_font(FONT, "I", 10)
    for line in wrap(pdf, A_SUB, full):
        pdf.set_xy(MARGIN, y)
        pdf.cell(full, LH, line)
        y += LH + 0.8
    y += 4
    for kind, text in AGREEMENT:
        if kind == "part":
            if y > BOTTOM - 32:
                pdf.add_page()
                y = TOP
            pdf.set_font(FONT, "B", 12)
            pdf.set_xy(MARGIN, y + 2)
            pdf.cell(full, 6, text)
            y += LH + 6
            continue
        if kind == "art":
            if y > BOTTOM - 22:
                pdf.add_page()
                y = TOP
            pdf.set_font(FONT, "B", 10.5)
            pdf.set_xy(MARGIN, y + 1)
            pdf.cell(full, LH, text)
            y += LH + 3
            continue
        if kind in ("sched", "schedb"):
            rows, head, cols, note = (
                (schedule_a, SCHED_HEAD, COLS, SCHED_NOTE)
                if kind == "sched"
                else (SCHEDULE_B, SCHEDB_HEAD, COLS_B, SCHEDB_NOTE)
            )
            pdf.add_page()
            y = TOP
            pdf.set_font(FONT, "B", 12)
            pdf.set_xy(MARGIN, y + 2)
            pdf.cell(full, 6, text)
            y = _table(pdf, y + 12, head, rows, cols) + 4
            pdf.set_font(FONT, "I", 9)
            for line in wrap(pdf, note, full):
                pdf.set_xy(MARGIN, y)
                pdf.cell(full, LH, line)
                y += LH + 0.6
            continue
        if kind == "sig":
            if y + 10 + LH + 3 + len(SIGNATURES) * 2 * (LH + 1) > BOTTOM:
                pdf.add_page()
                y = TOP - 8
            y += 8
            pdf.set_font(FONT, "B", BODY)
            pdf.set_xy(MARGIN, y)
            pdf.cell(full, LH, text)
            y += LH + 3
            pdf.set_font(FONT, "", BODY)
            for sig in SIGNATURES:
                for line in wrap(pdf, sig, full):
                    pdf.set_xy(MARGIN, y)
                    pdf.cell(full, LH, line)
                    y += LH + 1
            continue
        pdf.set_font(FONT, "", BODY)
        lines = wrap(pdf, text, full)
        if y + len(lines) * (LH + 0.6) > BOTTOM:
            pdf.add_page()
            y = TOP
        for line in lines:
            pdf.set_xy(MARGIN, y)
            pdf.cell(full, LH, line)
            y += LH + 0.6
        y += 2.2
    if y > BOTTOM:
        raise SystemExit("the last page overflows")
    return pdf


# ---- the incremental update ---------------------------------------------------------------------

OBJ = re.compile(rb"(?m)^(\d+) 0 obj\n.*?\nendobj\n", re.S)


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(mm.group(1)): mm.group(0) for mm in OBJ.finditer(data)}


def _info_number(data: bytes) -> int:
    return int(re.search(rb"/Info (\d+) 0 R", data).group(1))


def incremental_update(signed: bytes, corrected: bytes) -> tuple[bytes, list[int]]:
    """`signed` followed by the objects of `corrected` that differ, a new cross-reference
    section and a trailer whose /Prev is the signed copy's cross-reference offset."""
    old, new = _objects(signed), _objects(corrected)
    if set(old) != set(new):
        raise SystemExit("the two revisions do not have the same objects")
    info = _info_number(corrected)
    new[info] = new[info].replace(
        b"/CreationDate", b"/ModDate (" + CORRECTED.encode() + b")\n/CreationDate"
    )
    changed = sorted(n for n in new if old[n] != new[n])
    prev = int(re.search(rb"startxref\n(\d+)\n%%EOF\n$", signed).group(1))
    trailer = re.search(rb"trailer\n<<\n(.*?)>>\n", signed, re.S).group(1)
    out = bytearray(signed)
    offsets = {}
    for n in changed:
        offsets[n] = len(out)
        out += new[n]
    xref = len(out)
    out += b"xref\n"
    for n in changed:
        out += b"%d 1\n%010d 00000 n \n" % (n, offsets[n])
    out += b"trailer\n<<\n" + trailer.replace(b"/ID", b"/Prev %d\n/ID" % prev) + b">>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out), changed


def build_agreement(write: bool = True) -> bytes:
    with tempfile.TemporaryDirectory() as fontdir:
        for name, src in (
            ("regular.ttf", "DejaVuSans.ttf"),
            ("bold.ttf", "DejaVuSans-Bold.ttf"),
            ("oblique.ttf", "DejaVuSans-Oblique.ttf"),
        ):
            manat_font(os.path.join(FONT_DIR, src), os.path.join(fontdir, name))
        signed_pdf = _build(fontdir, _misprinted())
        signed = bytes(signed_pdf.output())
        corrected = bytes(_build(fontdir, SCHEDULE_A).output())
    data, _ = incremental_update(signed, corrected)
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print("wrote", AGREEMENT_OUT, signed_pdf.page_no(), "pages")
    return data


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_agreement()
