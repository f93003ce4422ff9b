#!/usr/bin/env python3
"""Build the agreement PDF of union-av (its whole text is in this script).

    /work/main/.venv/bin/python eval/union-av/make_pdf.py    # fpdf2 and pypdf are in the venv

docs/arcg-readers-and-coaches-agreement-2026-2029.pdf: the Readers and Coaches Agreement
2026-2029 (English), with two FORM XOBJECTS: the letterhead band at the top of every page is
ONE form XObject (/ARCGhead) drawn by each page's content stream ("q /ARCGhead Do Q"), and
Schedule A (rates at a glance, a ruled table) is a second form XObject (/SchedA) drawn on
its page. Their text lives in the XObjects' own content streams (with their own font
resources), not in the pages': both pdfplumber and pypdf read it, a reader that only scans
page streams does not. fpdf2 lays out three documents (the body, the letterhead, the
schedule); pypdf turns the last two into form XObjects and draws them on the body's pages.

Amounts with the sign first, no space and two decimals ("₮46,500.00", clause 2.1); "₮950"
the only whole amount (clause 4.2); "50 möngö" the only amount in the minor unit (clause
11.3); "MX$2,400" the only foreign amount (clause 4.5); the only sum in words in clause 11.1.
DejaVu Sans (/usr/share/fonts/truetype/dejavu) has ₮ (U+20AE). Lines are broken by this
script, never inside an amount, a date or a quoted phrase (TIES). `agreement_text()` returns
the text for check_set.py; `footer_numbers()` the footers' numbers. Fixed dates and a fixed
file identifier: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "arcg-readers-and-coaches-agreement-2026-2029.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
TIE = "\u0001"  # a space the line breaker must not break at (never in the output)
HEAD_NAME = "/ARCGhead"
SCHED_NAME = "/SchedA"

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
TIES = [
    re.compile(r"(?:\w+ )?\d{1,2} (?:" + _MONTHS + r")(?: \d{4})?"),
    re.compile(r"\d+ (?:minutes|hours|days|working days|roles|km|per cent|möngö)\b"),
    re.compile(r"(?:Form|clause|Clause|Part|Schedule) [\w.\-]+"),
    re.compile(r"MX\$[\d,]+|₮[\d,.]+"),
    re.compile(r'"[^"]{1,90}"'),
    re.compile(r"\([^)]{1,40}\)"),
    # phrases members quote: kept on one line
    re.compile(
        r"do not read|human reader|on or after|three members|built from a human reader's voice"
        r"|one million one hundred and fifty thousand tögrög"
    ),
]

A_TITLE = "Readers and Coaches Agreement 2026–2029"
A_SUB = (
    "between the Audition Readers and Coaches Guild of Carrowmere, the Casting Directors' "
    "Association of Carrowmere and the Screen, Animation and Games Producers' Council of "
    "Carrowmere"
)
HEAD_TEXT = "ARCG – CDAC – SAGPC  ·  Readers and Coaches Agreement 2026–2029"
A_FOOTER = "Readers and Coaches Agreement 2026–2029 – page {page} of {pages}"

# (kind, text); kinds: part, art, p, sched, schedb, sig
AGREEMENT: list[tuple[str, str]] = [
    ("part", "Part A – General"),
    ("art", "Article 1 – Parties, scope and term"),
    (
        "p",
        "1.1 This agreement is made between the Audition Readers and Coaches Guild of "
        'Carrowmere (ARCG, "the Guild"), founded in 2014, of 14 Tallow Street, Brannock BK2 5RW; '
        'the Casting Directors\' Association of Carrowmere (CDAC, "the Association"), whose '
        "member casting offices hire readers; and the Screen, Animation and Games Producers' "
        'Council of Carrowmere (SAGPC, "the Council"), whose member producers hire coaches and '
        "hold voice castings for games and animation. A self-tape reader service that signs "
        "Schedule B is bound as an employer. The Association, the Council and those services are "
        '"the employers".',
    ),
    (
        "p",
        "1.2 It covers audition readers hired by casting offices to read opposite auditioning "
        "actors, in the room and on video calls; self-tape partners booked through a self-tape "
        "reader service; casting-session readers for game and animation voice auditions; "
        "dialect and accent coaches on productions; and acting coaches hired for child or "
        "non-professional performers.",
    ),
    (
        "p",
        "1.3 It does not cover the auditioning actors, whose terms are bargained by the Screen "
        "Performers' Union of Carrowmere, another body; casting assistants who operate the "
        "camera but do not read; or private acting teachers paid by the actor.",
    ),
    (
        "p",
        "1.4 The agreement was signed at Brannock on Thursday 26 March 2026. It takes effect on "
        "1 April 2026 and runs until 31 March 2029. It replaces the Audition Support Agreement "
        "2023–2026, whose rates apply to work done before 1 April 2026.",
    ),
    (
        "p",
        "1.5 The English text prevails. The Guild publishes French guides and a French FAQ for "
        "its members.",
    ),
    ("art", "Article 2 – Money"),
    (
        "p",
        "2.1 Amounts are in tögrög of the Republic of Carrowmere, written with the sign first, "
        "no space and two decimals: ₮46,500.00 is forty-six thousand five hundred tögrög. The "
        "tögrög of Carrowmere is not the tögrög of Mongolia, although both are written ₮ and "
        "share the code MNT. A tögrög is divided into 100 möngö.",
    ),
    ("p", "2.2 Where a sum is written in words, the figure in brackets is the same sum."),
    ("art", "Article 3 – Sessions and the casting week"),
    (
        "p",
        "3.1 A booking is confirmed in writing, by e-mail or through the casting office's "
        "portal, at least 48 hours before the session, unless the reader accepts a shorter "
        "notice.",
    ),
    (
        "p",
        "3.2 Every in-room or video-call booking is paid for at least 3 hours (the minimum "
        "call), whatever the number of actors seen.",
    ),
    (
        "p",
        "3.3 A casting week runs from 00:00 on Sunday to 24:00 on the following Saturday. No "
        "reader reads for more than 30 hours in a casting week; each hour beyond 30 hours in a "
        "casting week is paid ₮69,750.00. The Audition Support Agreement 2023–2026 counted the "
        "week from Monday to Sunday.",
    ),
    (
        "p",
        "3.4 A reader has a break of 10 minutes after every 90 minutes of reading, and a meal "
        "break of 45 minutes after 5 hours.",
    ),
    (
        "p",
        "3.5 There are at least 10 hours between the end of one day's last session and the "
        "start of the next day's first.",
    ),
    (
        "p",
        "3.6 A performer under 16 always auditions opposite a human reader, in the room or on "
        "the call.",
    ),
    ("part", "Part B – Readers"),
    ("art", "Article 4 – Audition readers"),
    (
        "p",
        "4.1 A reader in the room is paid ₮46,500.00 an hour. A reader booked for a whole "
        "casting day is paid ₮318,000.00 for the day, for up to 8 hours.",
    ),
    (
        "p",
        "4.2 A reader on a video call is paid ₮42,000.00 an hour, and a flat data allowance of "
        "₮950 for each video-call session, the only tögrög amount of this agreement written "
        "without möngö.",
    ),
    (
        "p",
        "4.3 A casting-session reader for a game or animation voice audition is paid "
        "₮52,500.00 an hour. When the sides call for screams, combat efforts or creature "
        "voices, a vocal-effort supplement of ₮9,800.00 is paid for the session.",
    ),
    (
        "p",
        "4.4 A reader who reads more than 4 roles in one session is paid ₮6,300.00 more for "
        "that session.",
    ),
    (
        "p",
        "4.5 A reader who reads on a video call for Casa Lumbre Producciones, the Mexican "
        "co-producer of the series El Faro Norte, is paid MX$2,400 a session by the "
        "co-producer; it is the only amount of this agreement that is not in tögrög.",
    ),
    ("art", "Article 5 – Resident readers"),
    (
        "p",
        "5.1 A casting office may retain a resident reader by the month. The retainer is "
        "₮2,400,000.00 a month for up to 120 hours of reading; each hour beyond 120 in a month "
        "is paid at the in-room rate.",
    ),
    (
        "p",
        "5.2 A retainer that starts or ends during a month is paid for that month in "
        "proportion to its calendar days: the days of the engagement in that month, divided "
        "by the number of days in the month. The Audition Support Agreement 2023–2026 paid a "
        "part month by working days.",
    ),
    ("part", "Part C – Self-tape"),
    ("art", "Article 6 – Self-tape partners and services"),
    (
        "p",
        "6.1 A self-tape partner booked through a self-tape reader service is paid ₮18,400.00 "
        "for a tape session of up to 30 minutes, and ₮7,200.00 for each further started 15 "
        "minutes.",
    ),
    (
        "p",
        "6.2 The partner reads off camera. A service never puts the partner's face or name in "
        "a tape.",
    ),
    (
        "p",
        "6.3 A request made fewer than 12 hours before the session is short notice and earns a "
        "supplement of ₮4,800.00.",
    ),
    (
        "p",
        "6.4 If the actor cancels less than 24 hours before the session, the service still "
        "pays the partner the session fee.",
    ),
    ("part", "Part D – Coaches"),
    ("art", "Article 7 – Dialect, accent and acting coaches"),
    (
        "p",
        "7.1 A dialect or accent coach on a production is paid ₮312,000.00 a day, for up to 10 "
        "hours on set, and ₮38,000.00 an hour for preparation away from the set (script "
        "breakdown, reference recordings for the actor).",
    ),
    (
        "p",
        "7.2 A coach working away from home is paid a per diem of ₮64,000.00 for each started "
        "period of 24 hours, counted from the time of departure to the time of return shown "
        "on the call sheet. The Audition Support Agreement 2023–2026 paid ₮58,000.00 per "
        "calendar day away.",
    ),
    (
        "p",
        "7.3 An acting coach hired for a child or non-professional performer is paid "
        "₮96,000.00 for a session of up to 2 hours, and ₮276,000.00 for a coaching day. A "
        "chaperone attends every session with a performer under 16, who is coached for no "
        "more than 3 hours in a day and never after 20:00.",
    ),
    (
        "p",
        "7.4 Travel is paid ₮420.00 a km for each km of the round trip beyond the first 40 km.",
    ),
    ("part", "Part E – Cancellation and payment"),
    ("art", "Article 8 – Cancellation"),
    (
        "p",
        "8.1 A booking cancelled 5 days or more before the session is not paid; from 5 days to "
        "48 hours before, 50 per cent of the fees is paid; less than 48 hours before, 100 per "
        "cent.",
    ),
    ("art", "Article 9 – Payment"),
    (
        "p",
        "9.1 The fees for the sessions of a calendar month are paid on the second Thursday of "
        "the following month. The Audition Support Agreement 2023–2026 paid them by the 15th "
        "of the following month.",
    ),
    (
        "p",
        "9.2 Invoices are filed on the casting office's portal; the employer's payroll shows "
        "the work date, the rate and the pay date of each line.",
    ),
    ("part", "Part F – Synthetic readers, clones and recordings"),
    ("art", "Article 10 – Uses and consent"),
    (
        "p",
        "10.1 This Part covers four uses of a reader's voice: training a voice model (a "
        '"reader app"); a synthetic scene partner built from the reader\'s voice, which reads '
        "opposite actors in an app; a voice clone of the reader; and the reuse of session "
        "recordings for training. Each use needs the reader's written consent on Form RC-9, "
        "given for that use, separate from any booking and never a condition of a booking. A "
        "general consent is void.",
    ),
    (
        "p",
        "10.2 A consent covers only recordings made on or after the day on which it is signed. "
        "A recording made before that day is never used for training, even with a later "
        "consent. The Audition Support Agreement 2023–2026 let a consent cover past and future "
        "sessions.",
    ),
    ("art", "Article 11 – Voice models and synthetic scene partners"),
    (
        "p",
        "11.1 Training a voice model on a reader's voice is paid one million one hundred and "
        "fifty thousand tögrög (₮1,150,000.00) per model.",
    ),
    (
        "p",
        "11.2 For each session in which a synthetic scene partner built from the reader's "
        "voice reads, the app's publisher pays the reader a royalty of ₮310.00. From the first "
        "day of the month after the month in which the app passes 20,000 paying subscribers, "
        "the royalty is ₮380.00. The publisher reports its paying subscribers to the Guild "
        "each month.",
    ),
    (
        "p",
        "11.3 In an automated read-through for a game casting, a synthetic scene partner's line "
        "is paid ₮7.50, and a line shorter than two seconds (an effort, a breath) 50 möngö.",
    ),
    ("art", "Article 12 – Voice clones"),
    (
        "p",
        "12.1 A voice clone of a reader that reads opposite actors in a casting office is paid "
        "₮265,000.00 for each calendar month in which the clone is used, whatever the number of "
        "days of use in that month. The Audition Support Agreement 2023–2026 charged "
        "₮240,000.00 per 30 days of use.",
    ),
    ("art", "Article 13 – Session recordings"),
    ("p", "13.1 A session recording reused for training is paid ₮14,500.00 per hour of recording."),
    (
        "p",
        "13.2 A casting office keeps session recordings for casting only and deletes them "
        "within 90 days after the role is cast, unless a consent under clause 10.1 covers them.",
    ),
    ("art", "Article 14 – Disclosure and minors"),
    (
        "p",
        "14.1 Whenever a synthetic scene partner or a clone reads, the actor is told before the "
        'session, and the screen or the room shows the line "Synthetic reader – built from a '
        "human reader's voice, with consent\".",
    ),
    (
        "p",
        "14.2 A synthetic scene partner or a clone never reads for a performer under 16 "
        "(clause 3.6).",
    ),
    ("art", "Article 15 – Withdrawal, deletion, audit and the Joint Committee"),
    (
        "p",
        "15.1 A reader may withdraw a consent on 30 days' notice on Form RC-10. The model, the "
        "scene partner or the clone is then deleted within 21 days, and the publisher sends "
        "the reader a certificate of deletion.",
    ),
    (
        "p",
        "15.2 The Guild may audit a publisher's use of readers' voices once a year, on 15 "
        "working days' notice.",
    ),
    (
        "p",
        "15.3 A Joint Committee on Synthetic Readers, with three members from the Guild and "
        "three from the employers, meets at least twice a year.",
    ),
    ("sig", "Signed at Brannock on Thursday 26 March 2026"),
    ("sched", "Schedule A – Rates at a glance"),
    ("schedb", "Schedule B – Self-tape reader services"),
]

# (item, clause, amount): drawn as a ruled table inside the /SchedA form XObject
SCHEDULE_A: list[tuple[str, str, str]] = [
    ("In-room reader, per hour", "4.1", "₮46,500.00"),
    ("Reader, casting day of up to 8 hours", "4.1", "₮318,000.00"),
    ("Video-call reader, per hour", "4.2", "₮42,000.00"),
    ("Game or animation voice audition reader, per hour", "4.3", "₮52,500.00"),
    ("Vocal-effort supplement, per session", "4.3", "₮9,800.00"),
    ("More than 4 roles in a session", "4.4", "₮6,300.00"),
    ("Each hour beyond 30 in a casting week", "3.3", "₮69,750.00"),
    ("Resident reader, per month", "5.1", "₮2,400,000.00"),
    ("Self-tape partner, session of up to 30 minutes", "6.1", "₮18,400.00"),
    ("Self-tape partner, each further started 15 minutes", "6.1", "₮7,200.00"),
    ("Short-notice supplement", "6.3", "₮4,800.00"),
    ("Dialect or accent coach, per day", "7.1", "₮312,000.00"),
    ("Coach's preparation, per hour", "7.1", "₮38,000.00"),
    ("Per diem, per started 24 hours", "7.2", "₮64,000.00"),
    ("Acting coach, session of up to 2 hours", "7.3", "₮96,000.00"),
    ("Acting coach, per day", "7.3", "₮276,000.00"),
    ("Travel, per km beyond 40 km", "7.4", "₮420.00"),
    ("Voice model, per model", "11.1", "₮1,150,000.00"),
    ("Scene-partner royalty, per session", "11.2", "₮310.00 / ₮380.00"),
    ("Read-through line", "11.3", "₮7.50"),
    ("Voice clone, per calendar month of use", "12.1", "₮265,000.00"),
    ("Session recording reused, per hour", "13.1", "₮14,500.00"),
]
SCHED_HEAD = ("Item", "Clause", "Amount")
SCHED_NOTE = (
    "The schedule sums up the clauses it names; where it differs from them, the clauses "
    "prevail. The royalty of clause 11.2 has two amounts: before and after the threshold of "
    "paying subscribers."
)
SCHEDULE_B = [
    "A self-tape reader service that signs this schedule is bound by Parts C, E and F and by "
    "Article 3 of the agreement for the partners it books.",
    "Signed for Tapeline Readers Ltd, of Thistlemoor, on Monday 30 March 2026.",
]
SIGNATURES = [
    "For the Guild: Isadora Brannagh-Ekwueme, president; Casimir Delaunay-Mwale, rates officer.",
    "For the Association: Beatrix Olumide-Farrant, chair.",
    "For the Council: Aurelio Fairweather-Kanu, for the member producers.",
]


def _toc_entries() -> list[str]:
    return [t for k, t in AGREEMENT if k in ("part", "sched", "schedb")]


def toc_line(entry: str, pages: dict[str, int] | None) -> str:
    return f"{entry}, page {pages[entry] if pages else 0}"


def agreement_text(pages: dict[str, int] | None = None) -> str:
    """The agreement's text (the letterhead once, then the pages' text in order)."""
    lines = [HEAD_TEXT, A_TITLE, A_SUB, "Contents"]
    for entry in _toc_entries():
        lines.append(toc_line(entry, pages) if pages else entry)
    for kind, text in AGREEMENT:
        lines.append(text)
        if kind == "sched":
            lines.append(" ".join(SCHED_HEAD))
            lines += [f"{item} {clause} {amount}" for item, clause, amount in SCHEDULE_A]
            lines.append(SCHED_NOTE)
        elif kind == "schedb":
            lines += SCHEDULE_B
        elif kind == "sig":
            lines += SIGNATURES
    return "\n".join(lines)


def footer_numbers(pages: int) -> set[str]:
    out = {str(i) for i in range(1, pages + 1)}
    return out | {"2026", "2029"}


# ---- line breaking ------------------------------------------------------------------------------


def _tie(text: str) -> str:
    for rx in TIES:
        text = rx.sub(lambda m: m.group(0).replace(" ", TIE), text)
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

MARGIN = 20.0
TOP = 30.0  # below the letterhead band
BODY = 10.0
LH = 5.2
BOTTOM = 270.0
WHEN = datetime.datetime(2026, 3, 26, 12, 0, tzinfo=datetime.UTC)
SCHED_Y = 44.0
ROW_H = 6.4
COLS = (112.0, 18.0, 40.0)  # item, clause, amount (mm)


def _doc(footer: str | None):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def footer(self) -> None:
            if footer is None:
                return
            self.set_font(FONT, "", 8)
            self.set_xy(MARGIN, self.h - 12)
            text = footer.format(page=self.page_no(), pages="{nb}")
            self.cell(self.w - 2 * MARGIN, 4, text, align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    pdf.set_creation_date(WHEN)
    if footer is not None:
        pdf.alias_nb_pages()
    return pdf


def _sched_height() -> float:
    return ROW_H * (len(SCHEDULE_A) + 1)


def _body(pages: dict[str, int] | None):
    pdf = _doc(A_FOOTER)
    pdf.set_title(A_TITLE)
    pdf.set_author("ARCG, CDAC and SAGPC")
    found: dict[str, int] = {}
    full = pdf.w - 2 * MARGIN
    pdf.add_page()
    y = TOP + 6
    pdf.set_font(FONT, "B", 15)
    pdf.set_xy(MARGIN, y)
    pdf.cell(full, 8, A_TITLE)
    y += 11
    pdf.set_font(FONT, "I", 10)
    for line in wrap(pdf, A_SUB, full):
        pdf.set_xy(MARGIN, y)
        pdf.cell(full, LH, line)
        y += LH + 0.8
    y += 6
    pdf.set_font(FONT, "B", 11.5)
    pdf.set_xy(MARGIN, y)
    pdf.cell(full, 6, "Contents")
    y += 8
    pdf.set_font(FONT, "", BODY)
    for entry in _toc_entries():
        pdf.set_xy(MARGIN + 5, y)
        pdf.cell(full - 5, LH, toc_line(entry, pages))
        y += LH + 1.2
    y += 6
    sched_page = 0
    for kind, text in AGREEMENT:
        if kind == "part":
            if y > BOTTOM - 30:
                pdf.add_page()
                y = TOP
            found[text] = pdf.page_no()
            pdf.set_font(FONT, "B", 12)
            pdf.set_xy(MARGIN, y + 2)
            pdf.cell(full, 6, text)
            y += LH + 6
            continue
        if kind == "art":
            if y > BOTTOM - 20:
                pdf.add_page()
                y = TOP
            pdf.set_font(FONT, "B", 10.5)
            pdf.set_xy(MARGIN, y + 1)
            pdf.cell(full, LH, text)
            y += LH + 3
            continue
        if kind == "sched":
            pdf.add_page()
            found[text] = pdf.page_no()
            sched_page = pdf.page_no()
            pdf.set_font(FONT, "B", 12)
            pdf.set_xy(MARGIN, TOP + 2)
            pdf.cell(full, 6, text)
            y = SCHED_Y + _sched_height() + 6  # the table itself is the /SchedA XObject
            pdf.set_font(FONT, "I", 9.5)
            for line in wrap(pdf, SCHED_NOTE, full):
                pdf.set_xy(MARGIN, y)
                pdf.cell(full, LH, line)
                y += LH + 0.6
            y += 6
            continue
        if kind == "schedb":
            if y > BOTTOM - 40:
                pdf.add_page()
                y = TOP
            found[text] = pdf.page_no()
            pdf.set_font(FONT, "B", 12)
            pdf.set_xy(MARGIN, y)
            pdf.cell(full, 6, text)
            y += LH + 5
            pdf.set_font(FONT, "", BODY)
            for para in SCHEDULE_B:
                for line in wrap(pdf, para, full):
                    pdf.set_xy(MARGIN, y)
                    pdf.cell(full, LH, line)
                    y += LH + 0.6
                y += 2
            continue
        if kind == "sig":
            if y + 8 + LH + 3 + len(SIGNATURES) * (LH + 1) > BOTTOM:
                pdf.add_page()
                y = TOP - 8
            y += 8
            pdf.set_font(FONT, "B", BODY)
            pdf.set_xy(MARGIN, y)
            pdf.cell(full, LH, text)
            y += LH + 3
            pdf.set_font(FONT, "", BODY)
            for line in SIGNATURES:
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
    return pdf, found, sched_page


def _letterhead():
    pdf = _doc(None)
    pdf.add_page()
    pdf.set_fill_color(232, 236, 242)
    pdf.rect(0, 0, pdf.w, 20, style="F")
    pdf.set_draw_color(60, 80, 120)
    pdf.set_line_width(0.6)
    pdf.line(MARGIN, 20, pdf.w - MARGIN, 20)
    pdf.set_font(FONT, "B", 9.5)
    pdf.set_text_color(30, 45, 80)
    pdf.set_xy(MARGIN, 9)
    pdf.cell(pdf.w - 2 * MARGIN, 5, HEAD_TEXT)
    return pdf


def _schedule():
    pdf = _doc(None)
    pdf.add_page()
    pdf.set_draw_color(90, 90, 90)
    pdf.set_line_width(0.2)
    y = SCHED_Y
    rows = [SCHED_HEAD, *SCHEDULE_A]
    for i, row in enumerate(rows):
        x = MARGIN
        pdf.set_font(FONT, "B" if i == 0 else "", 9)
        for j, (cell, w) in enumerate(zip(row, COLS, strict=True)):
            pdf.rect(x, y, w, ROW_H)
            pdf.set_xy(x + 1.5, y + 0.7)
            pdf.cell(w - 3, ROW_H - 1.4, cell, align="R" if j == 2 else ("C" if j == 1 else "L"))
            x += w
        y += ROW_H
    return pdf


def agreement_pages() -> dict[str, int]:
    _, found, _ = _body(None)
    return found


def _form(writer, page, bbox):
    from pypdf.generic import ArrayObject, DecodedStreamObject, FloatObject, NameObject

    form = DecodedStreamObject()
    form.set_data(page.get_contents().get_data())
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject([FloatObject(v) for v in bbox])
    form[NameObject("/Resources")] = page["/Resources"].clone(writer)
    return writer._add_object(form.flate_encode())


def build_agreement(write: bool = True) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    pages = agreement_pages()
    body, found, sched_page = _body(pages)
    if found != pages:
        raise SystemExit("the table of contents moved the pages")
    body_r = PdfReader(io.BytesIO(bytes(body.output())))
    head_r = PdfReader(io.BytesIO(bytes(_letterhead().output())))
    sched_r = PdfReader(io.BytesIO(bytes(_schedule().output())))
    w = PdfWriter(clone_from=body_r)
    box = [float(v) for v in head_r.pages[0].mediabox]
    head_ref = _form(w, head_r.pages[0], [0, box[3] - 62, box[2], box[3]])
    sched_ref = _form(w, sched_r.pages[0], box)
    for n, page in enumerate(w.pages, 1):
        res = page["/Resources"]
        if "/XObject" not in res:
            res[NameObject("/XObject")] = DictionaryObject()
        xo = res["/XObject"]
        xo[NameObject(HEAD_NAME)] = head_ref
        draw = b"q " + HEAD_NAME.encode() + b" Do Q\n"
        tail = b""
        if n == sched_page:
            xo[NameObject(SCHED_NAME)] = sched_ref
            tail = b"\nq " + SCHED_NAME.encode() + b" Do Q\n"
        stream = DecodedStreamObject()
        stream.set_data(draw + page.get_contents().get_data() + tail)
        page[NameObject("/Contents")] = w._add_object(stream.flate_encode())
    w._ID = body_r.trailer["/ID"]
    out = io.BytesIO()
    w.write(out)
    data = out.getvalue()
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print("wrote", AGREEMENT_OUT, len(w.pages), "pages")
    return data


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_agreement()
