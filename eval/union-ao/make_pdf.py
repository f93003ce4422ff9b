#!/usr/bin/env python3
"""Build the two PDFs of union-ao (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ao/make_pdf.py    # fpdf2 is in the venv

- docs/vgpp-trade-fair-live-commerce-agreement-2026-2029.pdf: the Trade Fair and Live
  Commerce Agreement 2026-2029 in English, laid out in TWO TEXT COLUMNS on every page (the
  title and the subtitle span the page; a reader that groups characters by line, like
  pdfplumber, reads a left-column line and a right-column line as one line). Page 1 holds a
  TEXT ANNOTATION (a sticky-note comment, /Subtype /Text) beside clause 14.1 with Carrousel's
  draft figure for the twin's broadcast hour, ฿950.00 (a trap: Schedule A's ฿780.00 is the
  agreed one); the last page holds a FORM FIELD (AcroForm, a /Tx widget named
  "date_of_signature") filled in with "15/09/2026": the page's text prints the label only,
  so the date of signature is not in the extracted text (clause 13.4 counts "sixty days
  after signature"; the side letter and the chat give the date). English amounts
  ("฿3,475.25", clause 2.2); the one sum in words is clause 7.4's; the only euros are
  clause 7.5's; "฿2.4 million" (clause 15.3) is a budget line, not a rate.
- docs/vgpp-schedule-a-rates-2026-2029.pdf: Schedule A, the rate table, whose columns are
  ALIGNED BY WHITE SPACE ONLY: no ruling line, no rectangle, no cell border on any page.
  It holds the phased show-day rate (฿4,200.00, then ฿4,450.00 from 1 July 2027), the
  frozen in-store demonstration rate ("remains at ฿1,650.00 until 31 March 2027", then
  ฿1,780.00) and defines "Q2 2027" once.

DejaVu Sans (/usr/share/fonts/truetype/dejavu) draws "฿", "€", "°" and "–". Lines are
broken by this script, never inside an amount, a percentage, a date, a clause reference or
a quoted phrase (TIES). `agreement_text()` and `schedule_text()` return the text for
check_set.py (table cells joined by " | "; the footers, the annotation and the field value
are not in it: `footer_numbers()` gives the footers' numbers, ANNOTATION and FIELD_VALUE
the rest). Fixed creation dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "vgpp-trade-fair-live-commerce-agreement-2026-2029.pdf")
SCHEDULE_OUT = os.path.join(HERE, "docs", "vgpp-schedule-a-rates-2026-2029.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
TIE = "\u0001"  # a space the line breaker must not break at (never in the output)

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
TIES = [
    re.compile(r"(?:฿|€)\d[\d,.]*(?: million)?"),
    re.compile(
        r"\b\d+(?:[.,]\d+)? (?:%|hours?|days?|minutes|km|kg|dB|°C|working days|months?)"
        r"(?![\w/])"
    ),
    re.compile(rf"\b\d{{1,2}} (?:{_MONTHS}) \d{{4}}\b"),
    re.compile(
        r"\b(?:[Cc]lauses?|Schedule|Form|Reg\.|Part|[Pp]age|channel|Q2) [\dA-Z]+"
        r"(?:[.\-/]\d+)*(?:-[A-Z\d]+)?"
    ),
    re.compile(r"\bone thousand four hundred and eighty baht\b"),
    re.compile(r"\bthe first Monday of April 2027\b|\bsixty days after signature\b"),
    re.compile(r"\bthe first pay period beginning on or after\b"),
    re.compile(r'"AI presenter"|\bgeneral-purpose model\b|\bfounded in 1987\b|\bunits sold\b'),
    re.compile(r"\bremains in force without change\b|\bis discontinued\b|\bnot covered\b"),
    re.compile(r"\bremains at\b|\bup to \d+\b|\baged 18\+|\bbeyond \d+\b"),
    re.compile(r"\b\d+ (?:to|or|and) \d+\b|\b\d\d:\d\d\b"),
]

# ---- the agreement -----------------------------------------------------------------------------

A_TITLE = "Trade Fair and Live Commerce Agreement 2026–2029"
A_SUB = (
    "Between the Vellmont Guild of Promotional and Live-Commerce Performers (VGPP, the Guild) "
    "and two employers: the Bellhaven Exhibition Centre Company (BECC), which runs the "
    "Bellhaven Exhibition Centre and, through BECC Field Marketing, places demonstrators and "
    "sampling hosts in stores; and Carrousel Home Shopping (Carrousel), a home-shopping "
    "broadcaster. Republic of Vellmont."
)
FOOTER = (
    "VGPP · BECC · Carrousel – Trade Fair and Live Commerce Agreement 2026–2029 – page {n} of {nb}"
)

# ("part", heading), ("art", heading) or ("p", clause)
AGREEMENT: list[tuple[str, str]] = [
    ("part", "Part A – General"),
    ("art", "1. Parties, scope and term"),
    (
        "p",
        "1.1 This agreement is made between the Vellmont Guild of Promotional and "
        "Live-Commerce Performers (the Guild), founded in 1987, and two employers: the "
        "Bellhaven Exhibition Centre Company (BECC), including its field-promotions division "
        "BECC Field Marketing, and Carrousel Home Shopping (Carrousel), which broadcasts on "
        "channel 47 and streams on the Carrousel Live app.",
    ),
    (
        "p",
        "1.2 It covers every performer engaged by BECC or Carrousel to promote a product in "
        "person, on screen or by voice: brand ambassadors and booth hosts at trade fairs, "
        "product demonstrators in stores, costumed promotional characters (walk-around brand "
        "mascots), motor-show presenters on a turntable stand, in-store sampling hosts, "
        "live-shopping presenters on television and on live streams, on-air product models, "
        "and voice talent for in-store announcements.",
    ),
    (
        "p",
        "1.3 The exhibitors' own sales staff, who are employees of the exhibitor, are not "
        "covered by this agreement, and neither are Carrousel's call-centre operators, who "
        "take orders by telephone.",
    ),
    (
        "p",
        "1.4 This agreement takes effect on 1 October 2026 and runs until 30 September 2029. "
        "It replaces the Promotional Performers Agreement 2023–2026 between the Guild and "
        "BECC, which ended on 30 September 2026. None of that agreement's terms applies "
        "unless this agreement says so.",
    ),
    (
        "p",
        "1.5 The date of signature is entered in the signature field on the last page. Where "
        "a clause counts from signature, it counts from that date.",
    ),
    ("art", "2. Money"),
    (
        "p",
        "2.1 The Republic of Vellmont is not Thailand, although its currency, the baht, is "
        "written with the same sign ฿. The baht of Vellmont is divided into 100 satang.",
    ),
    (
        "p",
        "2.2 Amounts are written with the sign before the amount, a comma between the "
        "thousands and a point before the satang: ฿3,475.25 is three thousand four hundred "
        "and seventy-five baht and twenty-five satang.",
    ),
    ("p", "2.3 Where a sum is written in words, the figure in brackets is the same sum."),
    (
        "p",
        "2.4 The rates are in Schedule A, a separate document that forms part of this "
        "agreement. Where this agreement sets a figure itself, that figure applies.",
    ),
    ("part", "Part B – Fairs, stores and allowances"),
    ("art", "3. Show days and build-up days"),
    (
        "p",
        "3.1 A show day is a day of work at a fair of up to 9 hours, breaks included. It is "
        "paid at the show-day rate of Schedule A, which rises in two steps during this "
        "agreement; Schedule A gives both steps and their dates.",
    ),
    (
        "p",
        "3.2 A build-up day is a day of fair set-up before the fair opens, of up to 8 hours, "
        "paid at the build-up rate of Schedule A.",
    ),
    (
        "p",
        "3.3 Overtime. Each hour beyond 9 on a show day, or beyond 8 on a build-up day, is "
        "overtime. It is paid at the hourly equivalent of the day rate (the day rate divided "
        "by 9, or by 8) with an overtime premium of 50%.",
    ),
    (
        "p",
        "3.4 A performer on a stand has a seat within reach and a break of 15 minutes in each "
        "period of 2 hours, away from the stand.",
    ),
    (
        "p",
        "3.5 Language supplement. A performer asked to work on the stand in a second "
        "language receives the language supplement of Schedule A for each show day.",
    ),
    (
        "p",
        "3.6 Noise. No performer works more than 2 hours in a row at a stand where the sound "
        "level exceeds 82 dB, and the exhibitor provides hearing protection.",
    ),
    ("art", "4. Motor shows"),
    (
        "p",
        "4.1 A presenter on a turntable stand at a motor show receives a turntable supplement "
        "of ฿820.00 per show day.",
    ),
    (
        "p",
        "4.2 A presenter engaged by BECC for a motor show before 1 October 2026 keeps, for "
        "every later motor show, the turntable supplement of ฿980.00 paid under the "
        "2023–2026 agreement.",
    ),
    (
        "p",
        "4.3 Turntable stands follow Reg. 2026/48 of the Ministry of Labour. The turntable "
        "stops whenever a presenter steps on or off it.",
    ),
    ("art", "5. Costumed characters"),
    (
        "p",
        "5.1 A performer working as a walk-around brand mascot receives the costume-character "
        "supplement of Schedule A for each hour spent inside a full-head costume.",
    ),
    (
        "p",
        "5.2 No performer stays inside a full-head costume for more than 40 minutes at a "
        "time. After each spell in costume the performer takes a break of at least "
        "20 minutes out of the costume, in a cool room.",
    ),
    ("p", "5.3 A costume, head included, weighs no more than 11 kg."),
    ("art", "6. In-store work"),
    (
        "p",
        "6.1 A product demonstration in a store is paid per half-day of up to 4 hours, at the "
        "rate of Schedule A.",
    ),
    (
        "p",
        "6.2 An in-store sampling host is paid per half-day at the rate of Schedule A. Only "
        "hosts aged 18+ pour samples of alcohol.",
    ),
    (
        "p",
        "6.3 Sampling hygiene supplement. A temporary sampling hygiene supplement of ฿180.00 "
        "per half-day is paid to hosts who serve open food samples until 30 November 2026. "
        "It expires on that date and is not renewed.",
    ),
    (
        "p",
        "6.4 Voice talent records in-store announcements in sessions of up to 2 hours, paid "
        "per session at the rate of Schedule A.",
    ),
    ("art", "7. Travel and allowances"),
    (
        "p",
        "7.1 Travel day. A day spent travelling, without other work, to or from a fair or an "
        "outside broadcast away from the performer's home town is paid at the travel-day "
        "rate of Schedule A.",
    ),
    (
        "p",
        "7.2 Mileage. A performer who drives to work is paid ฿9.50 per km beyond the first "
        "25 km of each trip from home.",
    ),
    (
        "p",
        "7.3 Meal allowance. A performer receives a meal allowance of ฿420.00 for each "
        "working day of more than 6 hours. On each 1 January the allowance is indexed to the "
        "Vellmont Consumer Price Index (VCPI) published by Statistics Vellmont: it changes "
        "by the index's change over the twelve months to the previous September, rounded to "
        "the satang. The employers publish the indexed figure before it applies.",
    ),
    (
        "p",
        "7.4 Footwear and uniform allowance. Each performer who works at least 10 days in a "
        "contract year receives a footwear and uniform allowance of one thousand four "
        "hundred and eighty baht (฿1,480.00) for that year. An employer that lends a uniform "
        "may hold a deposit for it, refunded when the uniform is returned.",
    ),
    (
        "p",
        "7.5 Fair abroad. A performer sent to a fair outside Vellmont receives a daily "
        "allowance of €110 for each day away, paid in euros; it is the only amount of this "
        "agreement that is not in baht.",
    ),
    ("art", "8. Cancellation"),
    (
        "p",
        "8.1 If an engagement is cancelled within 72 hours of its call time, the performer is "
        "paid a cancellation fee of 75% of the fee. An engagement cancelled earlier is not "
        "paid.",
    ),
    ("art", "9. No pay by units sold"),
    (
        "p",
        "9.1 Performers are paid for their time. No performer is paid, in whole or in part, "
        "by the number of units sold, and no commission, bonus or sales target tied to units "
        "sold may be set for a performer.",
    ),
    ("part", "Part C – Live shopping"),
    ("art", "10. Presenters and product models"),
    (
        "p",
        "10.1 A live-shopping presenter on channel 47 or on the Carrousel Live app is paid per "
        "broadcast hour at the rate of Schedule A, with a minimum call of 2 hours.",
    ),
    (
        "p",
        "10.2 An on-air product model is paid per segment of up to 15 minutes: ฿640.00 a "
        "segment, and ฿690.00 a segment from the first pay period beginning on or after "
        "15 January 2027. Carrousel pays every two weeks, on the pay calendar it publishes.",
    ),
    ("art", "11. Pay"),
    (
        "p",
        "11.1 BECC pays monthly, on the last working day of the month. Carrousel pays on the "
        "Friday after each fortnightly pay period. Each supplement and allowance has its own "
        "line of the pay statement.",
    ),
    ("art", "12. Terms of the 2023–2026 agreement"),
    (
        "p",
        "12.1 The heat rule of the 2023–2026 agreement remains in force without change: no "
        "performer wears a full-head costume while the temperature at the stand is above "
        "30 °C.",
    ),
    (
        "p",
        "12.2 The free car-park pass at the exhibition centre under the 2023–2026 agreement "
        "is discontinued.",
    ),
    ("part", "Part D – Digital twins and synthetic voices"),
    ("art", "13. Definitions and consent"),
    (
        "p",
        "13.1 A digital twin is an AI-generated likeness of a live-shopping presenter, face, "
        "body and voice, that Carrousel uses to present products when the presenter is off "
        "air.",
    ),
    (
        "p",
        "13.2 A synthetic voice is a voice model built from a voice talent's recordings, that "
        "BECC Field Marketing uses for announcements in the stores it serves.",
    ),
    (
        "p",
        "13.3 No twin and no synthetic voice is made or used without the performer's written "
        "consent, given separately for each use case on Form DT-3 (a digital twin) or "
        "Form SV-2 (a synthetic voice). A consent for one use case does not cover another.",
    ),
    (
        "p",
        "13.4 A performer whose likeness or voice was recorded for a test before this "
        "agreement may require the deletion of those recordings by a written request made "
        "no later than sixty days after signature.",
    ),
    ("art", "14. Use"),
    (
        "p",
        "14.1 The creation fee of a twin, the fee for each broadcast hour a twin is on air and "
        "the build fee of a synthetic voice are set in Schedule A.",
    ),
    (
        "p",
        "14.2 On Form DT-3 the performer may list product categories the twin must never "
        "present. The twin never presents a product in a refused category, even one the "
        "performer has presented live.",
    ),
    (
        "p",
        "14.3 A performer's likeness, voice and recordings are never used to train or "
        "fine-tune a general-purpose model, for the employer or for anyone else.",
    ),
    (
        "p",
        '14.4 While a twin is on screen, the words "AI presenter" are shown on screen throughout.',
    ),
    (
        "p",
        "14.5 A synthetic voice may be used in stores from the first Monday of April 2027, "
        "and only for announcements in the stores named on the performer's Form SV-2.",
    ),
    (
        "p",
        "14.6 Kill switch. A performer may withdraw consent for any use case by written "
        "notice; the employer stops that use no later than 14 days after the notice.",
    ),
    (
        "p",
        "14.7 Within 45 days after a consent is withdrawn or the engagement ends, the "
        "employer deletes the twin or the voice model and the recordings used to build it, "
        "and confirms the deletion in writing.",
    ),
    (
        "p",
        "14.8 Audit. Once a year, on 10 working days' notice, the performer or the Guild may "
        "audit the employer's use log of a twin or a synthetic voice.",
    ),
    ("art", "15. Joint committee"),
    (
        "p",
        "15.1 The Joint Committee on Digital Twins and Synthetic Voices has three members "
        "named by the Guild and three named by the employers. It meets at least every four "
        "months.",
    ),
    (
        "p",
        "15.2 It hears a performer's complaint about a twin or a synthetic voice, reviews the "
        "use logs and may recommend that a use stop.",
    ),
    (
        "p",
        "15.3 The employers fund the committee's work with an annual budget of ฿2.4 million, "
        "shared equally between them.",
    ),
    ("art", "16. Disputes"),
    (
        "p",
        "16.1 A dispute not settled between the parties within a month goes to a single "
        "arbitrator chosen by both.",
    ),
]

ANNOTATION_AFTER = "14.1"  # the sticky note sits beside this clause
ANNOTATION_TITLE = "Carrousel – negotiating draft"
ANNOTATION = "Draft of 2 September: twin on air ฿950.00 per broadcast hour?"
FIELD_NAME = "date_of_signature"
FIELD_VALUE = "15/09/2026"
SIGN_TITLE = "Signatures"
SIGN = [
    "For the Guild: Ines Marchetti-Okafor, president; Dorian Achterberg-Mensah, chief negotiator.",
    "For BECC: Gregor Halloran-Sy, director of human resources.",
    "For Carrousel: Yvette Sandoval-Price, head of talent.",
]
FIELD_LABEL = "Date of signature:"


def agreement_text() -> str:
    out = [A_TITLE, A_SUB, *(text for _, text in AGREEMENT)]
    out += [SIGN_TITLE, *SIGN, FIELD_LABEL]
    return "\n".join(out)


def footer_numbers(pages: int) -> set[str]:
    """The numbers the footers add to a reader's text."""
    nums = set(re.findall(r"\d+", FOOTER.format(n=0, nb=0))) - {"0"}
    return nums | {str(i) for i in range(1, pages + 1)}


# ---- Schedule A (no ruling lines) ---------------------------------------------------------------

S_TITLE = "Schedule A – Rates"
S_SUB = (
    "Trade Fair and Live Commerce Agreement 2026–2029 between the Vellmont Guild of "
    "Promotional and Live-Commerce Performers, the Bellhaven Exhibition Centre Company "
    "(BECC) and Carrousel Home Shopping (Carrousel). Issue of 1 October 2026."
)
S_INTRO = [
    "This schedule forms part of the agreement (clause 2.4). Amounts are in baht and satang, "
    "written as in clause 2.2 of the agreement. A rate applies from 1 October 2026 unless the "
    "column of later rates gives another date.",
    "The table has no lines: read each row across, from the role or item to the clause of the "
    "agreement that sets the rule.",
]
S_HEAD = ["Role or item", "Unit", "Rate", "Later rate", "Clause"]
S_WIDTHS = [56.0, 42.0, 24.0, 40.0, 18.0]
S_ROWS = [
    [
        "Show day (brand ambassador, booth host, motor-show presenter)",
        "show day of up to 9 hours",
        "฿4,200.00",
        "฿4,450.00 from 1 July 2027",
        "3.1",
    ],
    ["Build-up day (fair set-up)", "day of up to 8 hours", "฿2,950.00", "", "3.2"],
    ["Language supplement (second language)", "show day", "฿380.00", "", "3.5"],
    ["Turntable supplement, motor show", "show day", "฿820.00", "", "4.1"],
    [
        "Turntable supplement, presenter engaged before 1 October 2026",
        "show day",
        "฿980.00",
        "",
        "4.2",
    ],
    ["Costume-character supplement", "hour in a full-head costume", "฿260.00", "", "5.1"],
    [
        "In-store demonstration",
        "half-day of up to 4 hours",
        "฿1,650.00",
        "฿1,780.00 from Q2 2027",
        "6.1",
    ],
    ["In-store sampling host", "half-day", "฿1,540.00", "", "6.2"],
    ["Voice talent, in-store announcements", "session of up to 2 hours", "฿2,850.00", "", "6.4"],
    ["Live-shopping presenter", "broadcast hour", "฿2,300.00", "", "10.1"],
    ["On-air product model", "segment of up to 15 minutes", "฿640.00", "see clause 10.2", "10.2"],
    ["Travel day", "day", "฿1,900.00", "", "7.1"],
    ["Mileage beyond the first 25 km", "km", "฿9.50", "", "7.2"],
    [
        "Meal allowance",
        "working day of more than 6 hours",
        "฿420.00",
        "indexed each 1 January",
        "7.3",
    ],
    ["Digital twin creation fee", "twin, paid once", "฿12,000.00", "", "14.1"],
    ["Digital twin on air", "broadcast hour", "฿780.00", "", "14.1"],
    ["Synthetic voice build fee", "voice model, paid once", "฿6,400.00", "", "14.1"],
]
S_NOTES = [
    "Notes",
    "1. The show-day rate rises in two steps: ฿4,200.00 from 1 October 2026, then "
    "฿4,450.00 from 1 July 2027. A show day is paid at the rate of the step in force on "
    "that day.",
    "2. The in-store demonstration rate remains at ฿1,650.00 until 31 March 2027, after "
    "which ฿1,780.00 applies, from Q2 2027 onward. Q2 2027 is the second quarter of 2027, "
    "from 1 April 2027 to 30 June 2027.",
    "3. The turntable supplement of a presenter engaged by BECC for a motor show before "
    "1 October 2026 stays at the figure of the 2023–2026 agreement (clause 4.2); every "
    "other presenter receives the new figure.",
    "4. The overtime premium, the cancellation fee, the footwear and uniform allowance and "
    "the fair-abroad allowance are set in the agreement itself, not in this schedule.",
    "5. The twin's creation fee is paid once, when the twin is first approved by the "
    "performer; the broadcast-hour fee is paid for each hour, or part of an hour, the twin "
    "is on air on channel 47 or the Carrousel Live app.",
    "6. The meal allowance is indexed as clause 7.3 says; the indexed figure is published "
    "by the employers before it applies.",
    "7. Questions about this schedule go to the Guild's help desk in Bellhaven or to the "
    "Saint-Aurèle office.",
]


def schedule_text() -> str:
    out = [S_TITLE, S_SUB, *S_INTRO, " | ".join(S_HEAD)]
    out += [" | ".join(c for c in row if c) for row in S_ROWS]
    out += S_NOTES
    return "\n".join(out)


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

MARGIN = 15.0
TOP = 18.0
GUTTER = 8.0
BODY = 8.6
LH = 3.9
BOTTOM_GAP = 18.0


def _bottom(pdf) -> float:
    return pdf.h - BOTTOM_GAP


def _fpdf_classes():
    from fpdf import FPDF  # fpdf2
    from fpdf.annotations import PDFAnnotation
    from fpdf.output import OutputProducer
    from fpdf.syntax import PDFString

    return FPDF, PDFAnnotation, OutputProducer, PDFString


def _doc(footer: str):
    FPDF, *_ = _fpdf_classes()

    class Doc(FPDF):
        def footer(self) -> None:
            self.set_font(FONT, "", 7.0)
            self.set_text_color(0, 0, 0)
            self.set_xy(MARGIN, self.h - 12)
            self.cell(self.w - 2 * MARGIN, 4, footer.format(n=self.page_no(), nb="{nb}"), align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    return pdf


class _Columns:
    """Lines down the left column, then the right column, then a new page."""

    def __init__(self, pdf, top: float) -> None:
        self.pdf = pdf
        self.col = 0
        self.top = top
        self.y = top
        self.width = (pdf.w - 2 * MARGIN - GUTTER) / 2

    @property
    def x(self) -> float:
        return MARGIN + self.col * (self.width + GUTTER)

    def next_column(self) -> None:
        if self.col == 0:
            self.col = 1
        else:
            self.pdf.add_page()
            self.col = 0
            self.top = TOP
        self.y = self.top

    def put(self, lines: list[str], style: str, keep: int = 1, size: float = BODY, lh=LH):
        if self.y + min(keep, len(lines)) * lh > _bottom(self.pdf):
            self.next_column()
        for line in lines:
            if self.y + lh > _bottom(self.pdf):
                self.next_column()
            self.pdf.set_font(FONT, style, size)
            self.pdf.set_xy(self.x, self.y)
            self.pdf.cell(self.width, lh, line)
            self.y += lh

    def para(self, text: str, style: str = "", keep: int = 2, size: float = BODY) -> None:
        self.pdf.set_font(FONT, style, size)
        self.put(wrap(self.pdf, text, self.width), style, keep=keep, size=size)

    def gap(self, mm: float) -> None:
        self.y += mm

    def need(self, mm: float) -> None:
        if self.y + mm > _bottom(self.pdf):
            self.next_column()


# where things were drawn: for check_set.py
ANNOTATION_PAGE: list[int] = []
FIELD_PAGE: list[int] = []


def _producer(widget_holder: list):
    """An fpdf2 output producer that adds an AcroForm holding the text field."""
    _, _, OutputProducer, _ = _fpdf_classes()

    class _AcroForm:
        def __init__(self, widget) -> None:
            self.widget = widget

        def serialize(self, _security_handler=None, _obj_id=None) -> str:
            return (
                f"<</Fields [{self.widget.ref}] /NeedAppearances true "
                "/DA (/Helv 9 Tf 0 g) /DR <</Font <</Helv <</Type /Font /Subtype /Type1 "
                "/BaseFont /Helvetica>>>>>>>>"
            )

    class Producer(OutputProducer):
        def _finalize_catalog(self, catalog_obj, *args, **kwargs):
            super()._finalize_catalog(catalog_obj, *args, **kwargs)
            catalog_obj.acro_form = _AcroForm(widget_holder[0])

    return Producer


def _agreement():
    _, PDFAnnotation, _, PDFString = _fpdf_classes()
    pdf = _doc(FOOTER)
    pdf.set_title(A_TITLE)
    pdf.set_author("VGPP / BECC / Carrousel")
    pdf.set_creation_date(datetime.datetime(2026, 9, 15, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    full = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(full, 7, A_TITLE)
    y = TOP + 9
    pdf.set_font(FONT, "I", BODY)
    for line in wrap(pdf, A_SUB, full):
        pdf.set_xy(MARGIN, y)
        pdf.cell(full, LH, line)
        y += LH
    cols = _Columns(pdf, y + 4)
    ANNOTATION_PAGE.clear()
    FIELD_PAGE.clear()
    for kind, text in AGREEMENT:
        if kind == "part":
            cols.gap(2.0)
            cols.para(text, "B", keep=4, size=9.6)
            cols.gap(0.6)
        elif kind == "art":
            cols.gap(1.0)
            cols.para(text, "B", keep=3)
        else:
            cols.para(text)
            if text.startswith(ANNOTATION_AFTER + " "):
                pdf.text_annotation(
                    cols.x + cols.width - 4,
                    cols.y - 2 * LH,
                    ANNOTATION,
                    w=5,
                    h=5,
                    name="Comment",
                    title=ANNOTATION_TITLE,
                )
                ANNOTATION_PAGE.append(pdf.page_no())
            cols.gap(0.8)
    cols.gap(3)
    cols.need(48)  # the signature block stays together
    cols.para(SIGN_TITLE, "B", size=9.6)
    cols.gap(1)
    for text in SIGN:
        cols.para(text)
        cols.gap(1.5)
    cols.put([FIELD_LABEL], "B", keep=2)
    widget = PDFAnnotation(
        "Widget",
        (cols.x + 32) * pdf.k,
        pdf.h_pt - (cols.y - LH - 0.6) * pdf.k,
        48 * pdf.k,
        (LH + 1.2) * pdf.k,
        field_type="Tx",
        value=PDFString(FIELD_VALUE),
        title=FIELD_NAME,
        default_appearance=PDFString("/Helv 9 Tf 0 g"),
    )
    pdf.pages[pdf.page].add_annotation(widget)
    FIELD_PAGE.append(pdf.page_no())
    return pdf, widget


def build_agreement(write: bool = True) -> bytes:
    pdf, widget = _agreement()
    data = bytes(pdf.output(output_producer_class=_producer([widget])))
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print(
            "wrote",
            AGREEMENT_OUT,
            pdf.page_no(),
            "pages; note on page",
            ANNOTATION_PAGE,
            "field on page",
            FIELD_PAGE,
        )
    return data


def _schedule():
    pdf = _doc("Schedule A – Rates – Trade Fair and Live Commerce Agreement 2026–2029 – page {n}")
    pdf.set_title(S_TITLE)
    pdf.set_author("VGPP / BECC / Carrousel")
    pdf.set_creation_date(datetime.datetime(2026, 10, 1, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    full = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(full, 7, S_TITLE)
    y = TOP + 9

    def para(text: str, style: str = "", size: float = 9.0, lh: float = 4.3) -> None:
        nonlocal y
        pdf.set_font(FONT, style, size)
        for line in wrap(pdf, text, full):
            if y + lh > _bottom(pdf):
                pdf.add_page()
                y = TOP
            pdf.set_xy(MARGIN, y)
            pdf.cell(full, lh, line)
            y += lh

    para(S_SUB, "I")
    y += 3
    for text in S_INTRO:
        para(text)
        y += 1.5
    y += 3
    aligns = ["L", "L", "R", "L", "L"]
    lh = 4.0

    def row(cells: list[str], bold: bool) -> None:
        nonlocal y
        pdf.set_font(FONT, "B" if bold else "", 8.4)
        wrapped = [wrap(pdf, c, w - 3) if c else [] for c, w in zip(cells, S_WIDTHS, strict=True)]
        h = max(len(c) for c in wrapped) * lh
        if y + h > _bottom(pdf):
            pdf.add_page()
            y = TOP
        x = MARGIN
        for lines, w, align in zip(wrapped, S_WIDTHS, aligns, strict=True):
            for k, line in enumerate(lines):
                pdf.set_xy(x, y + k * lh)
                pdf.cell(w - 3, lh, line, align=align)
            x += w
        y += h + 2.2  # white space between the rows, no line

    row(S_HEAD, True)
    for r in S_ROWS:
        row(r, False)
    y += 4
    for i, text in enumerate(S_NOTES):
        para(text, "B" if i == 0 else "")
        y += 1.2
    return pdf


def build_schedule(write: bool = True) -> bytes:
    pdf = _schedule()
    data = bytes(pdf.output())
    if write:
        with open(SCHEDULE_OUT, "wb") as f:
            f.write(data)
        print("wrote", SCHEDULE_OUT, pdf.page_no(), "pages")
    return data


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_agreement()
    build_schedule()
