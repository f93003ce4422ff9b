#!/usr/bin/env python3
"""Build the agreement PDF of union-ax (its whole text is in this script).

    /work/main/.venv/bin/python eval/union-ax/make_pdf.py    # fpdf2 is in the venv

docs/swg-spoken-word-engagements-agreement-2026-2029.pdf: the Spoken Word Engagements
Agreement 2026-2029 (English), with two layouts no earlier set had:
- ENCRYPTION with an EMPTY USER PASSWORD: the file opens without a password, but every string
  and stream in it is encrypted (the standard security handler, RC4 with a 128-bit key,
  revision 3) under an owner password the Council keeps, and the permissions allow printing
  and copying but not changing the document or annotating it. A reader has to decrypt the
  file before it can read a word of it (pdfplumber and pypdf both do so with the empty
  password);
- HORIZONTALLY SCALED TEXT: Schedule A, the rates in one table, is set in condensed type (the
  text operator Tz at 82 %, every glyph narrower than its font's width), so that its long item
  names fit the ruled columns.

Amounts are written with the sign K, a space, commas between thousands and two decimals
("K 4,800.00", clause 2.1); "K 500" the only whole amount (clause 17.2); "95 ngwee" the only
amount in the minor unit (clause 7.1); "ISK 150,000" the only foreign amount (clause 7.3); the
only sum in words in clause 15.4. Lines are broken by this script, never inside an amount, a
date or a quoted phrase (TIES). `agreement_text()` returns the text for check_set.py;
`footer_numbers()` the footers' numbers. A fixed creation date and RC4 (whose key comes from
the file identifier, itself a hash of the creation date): byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "swg-spoken-word-engagements-agreement-2026-2029.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
TIE = "\u0001"  # a space the line breaker must not break at (never in the output)
OWNER_PASSWORD = "LEBC-registry-0715"
STRETCH = 82  # per cent: the horizontal scaling of Schedule A

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
TIES = [
    re.compile(r"(?:\w+ )?\d{1,2} (?:" + _MONTHS + r")(?: \d{4})?"),
    re.compile(r"\d+ (?:minutes|hours|days|working days|weeks|months|ngwee|plays|km)\b"),
    re.compile(r"(?:Form|clause|Clause|Part|Schedule|Article) [\w.\-]+"),
    re.compile(r"ISK [\d,]+|K [\d,.]+"),
    re.compile(r'"[^"]{1,90}"'),
    re.compile(r"\([^)]{1,48}\)"),
    # phrases members quote: kept on one line
    re.compile(
        r"in the style of a named member|forty-two thousand kwacha|one day for each day of"
        r" suspension|end of the calendar quarter|three equal parts|at least 3 hours"
        r"|standard class"
    ),
]

A_TITLE = "Spoken Word Engagements Agreement 2026–2029"
A_SUB = (
    "between the Spoken Word Guild of Bellorive and the Literary Events and Broadcasters' "
    "Council of Bellorive, for the Wyndcliffe Word Festival, the Festival des voix de Sablonne, "
    "Radio Bellorive, the Lantern House, the Bellorive Slam League and Wyndcliffe City Arts"
)
HEAD_TEXT = "SWG · LEBC   Spoken Word Engagements Agreement 2026–2029"
A_FOOTER = "Spoken Word Engagements Agreement 2026–2029 · page {n} of {nb}"

# (kind, text); kinds: part, art, p, sig, sched, schedb
AGREEMENT: list[tuple[str, str]] = [
    ("part", "Part A – General"),
    ("art", "Article 1 – Parties, scope and term"),
    (
        "p",
        '1.1 This agreement is made between the Spoken Word Guild of Bellorive (SWG, "the '
        'Guild"), founded in 2009, of 8 Thimble Lane, Wyndcliffe WY3 5DN, and the Literary '
        'Events and Broadcasters\' Council of Bellorive (LEBC, "the Council"), which signs for '
        "its six members: the Wyndcliffe Word Festival, the Festival des voix de Sablonne, Radio "
        "Bellorive, the Lantern House at Brackenford, the Bellorive Slam League and Wyndcliffe "
        'City Arts. The member that books a poet is "the employer".',
    ),
    (
        "p",
        "1.2 The agreement covers the Guild's members when they perform spoken word for those "
        "employers: slam poets and slam hosts; poets who read at festivals and on tour; poets "
        "commissioned to write a poem for an occasion and to perform it; poets recorded for "
        "radio, podcasts and poetry films; and poets who lead writing workshops in schools, "
        "libraries and prisons.",
    ),
    (
        "p",
        "1.3 It does not cover recording artists signed to a record label, the royalties a "
        "publisher pays on a member's books, stand-up comedians, or the pupils and other "
        "participants of a workshop.",
    ),
    (
        "p",
        "1.4 Signed at Wyndcliffe on Wednesday 15 July 2026, the agreement runs from 1 September "
        "2026 to 31 August 2029. It replaces the Readings and Performances Agreement "
        "2023–2026: an engagement performed before 1 September 2026 is paid at that agreement's "
        "figures, which Schedule B reproduces.",
    ),
    (
        "p",
        "1.5 The English text is the binding one. The Guild publishes a French guide, an FAQ and "
        "a rate sheet for its French-speaking members.",
    ),
    ("art", "Article 2 – How amounts are written"),
    (
        "p",
        "2.1 This agreement counts every sum in kwacha, the money of the Republic of "
        "Bellorive. The Bellorive kwacha is not the Zambian one, although both are written K "
        "and both use the code ZMW. An amount is written with the sign K, a space, commas "
        "between the thousands and two decimals: K 4,800.00 stands for four thousand eight "
        "hundred kwacha. A kwacha is divided into 100 ngwee.",
    ),
    ("p", "2.2 A sum spelt out in words is repeated in figures, in brackets, straight after it."),
    ("part", "Part B – Sets, slams and cancellations"),
    ("art", "Article 3 – Set fees"),
    ("p", "3.1 A headline set of up to 25 minutes on stage is paid K 4,800.00."),
    ("p", "3.2 A feature set of up to 12 minutes on stage is paid K 2,650.00."),
    (
        "p",
        "3.3 When the employer asks a member to stay on stage beyond the length of the set, "
        "each further 5 minutes or part of 5 minutes is paid K 520.00.",
    ),
    ("p", "3.4 Hosting a slam or an open-mic evening, 4 hours at most, is paid K 3,900.00."),
    (
        "p",
        "3.5 Two sets that a member performs for the same employer on the same day count as one "
        "engagement, paid at the higher of the two set fees with a second-set supplement of "
        "K 1,150.00, unless at least 3 hours separate the end of the first set from the start "
        "of the second: then each set is paid its own full fee. The start and the length of a "
        "set are those of the employer's published programme. Under the Readings and "
        "Performances Agreement 2023–2026 any two sets on the same day were one engagement.",
    ),
    ("art", "Article 4 – Slams"),
    (
        "p",
        "4.1 A poet who competes in a heat of the Bellorive Slam League is paid an appearance "
        "fee of K 1,250.00 a heat. Prize money belongs to the poet and is never counted as part "
        "of a fee.",
    ),
    ("p", "4.2 Each finalist of the National Slam Final is paid K 3,300.00."),
    (
        "p",
        "4.3 The reigning national slam champion is paid a champion's supplement of K 1,400.00 "
        "for every set booked under this agreement. A reign starts on the night of the "
        "National Slam Final at which the title is won and ends on the night of the next "
        "National Slam Final. The Readings and Performances Agreement 2023–2026 paid the "
        "supplement during the calendar year after the final.",
    ),
    ("art", "Article 5 – Cancellation"),
    (
        "p",
        "5.1 An engagement that the employer cancels earns its full fee if the employer had "
        "already published a programme naming the member for that engagement, and at half the "
        "fee if it is cancelled before any such programme was published. The Readings and "
        "Performances Agreement 2023–2026 paid in full only an engagement cancelled fewer than "
        "14 days before its date.",
    ),
    (
        "p",
        "5.2 A member too ill to perform is not paid for the engagement and lets the employer "
        "know as soon as possible.",
    ),
    ("part", "Part C – Tours and travel"),
    ("art", "Article 6 – Tours"),
    (
        "p",
        "6.1 A tour is a run of engagements away from the member's home town, booked by one "
        "employer. Each tour day on which the member performs or travels is paid a tour day fee "
        "of K 3,450.00, which covers the sets of that day.",
    ),
    (
        "p",
        "6.2 The sixth and every further consecutive tour day on which the member performs or "
        "travels earns a consecutive-day supplement of K 1,825.00 on top of the tour day fee. "
        "A day with neither a performance nor travel is a free day: it is not paid, and the "
        "count of consecutive days begins again after it. The Readings and Performances "
        "Agreement 2023–2026 paid a supplement of K 1,575.00 from the seventh calendar day of a "
        "tour, counted from its first day.",
    ),
    ("p", "6.3 A tour has at least one free day in any 7 days."),
    ("art", "Article 7 – Travel and nights away"),
    (
        "p",
        "7.1 A member who drives to an engagement in her or his own car is paid 95 ngwee per "
        "kilometre; it is the only amount in this agreement given in ngwee.",
    ),
    (
        "p",
        "7.2 A per diem of K 1,650.00 is paid for each night away from home, and the employer "
        "books and pays for the room.",
    ),
    (
        "p",
        "7.3 The Council sends two Guild poets each year to the Reykjavík International Poetry "
        "Days. The Icelandic festival pays each of them ISK 150,000 a reading, in Icelandic "
        "krónur; the rest of this agreement counts in kwacha only.",
    ),
    (
        "p",
        "7.4 Rail journeys are booked by the employer, in standard class, with a seat reservation.",
    ),
    ("part", "Part D – Commissions and workshops"),
    ("art", "Article 8 – Commissioned poems"),
    (
        "p",
        "8.1 A commission to write a new poem for a civic, corporate or festival occasion and to "
        "perform it at its first performance is paid K 18,600.00.",
    ),
    (
        "p",
        "8.2 The commission fee is paid in three equal parts: the first when the commission is "
        "signed, the second when the text is delivered and the third after the first "
        "performance. The Readings and Performances Agreement 2023–2026 paid half when the "
        "commission was signed and half after the first performance.",
    ),
    (
        "p",
        "8.3 Each later performance of a commissioned poem for the same commissioner is paid "
        "K 3,100.00.",
    ),
    (
        "p",
        "8.4 The poet keeps the copyright in a commissioned poem. The commissioner may not cut, "
        "change or add to the text without the poet's written agreement.",
    ),
    ("art", "Article 9 – Workshops"),
    (
        "p",
        "9.1 A writing workshop in a school, a library or a prison is paid K 2,950.00 for a "
        "session of up to 90 minutes, and K 720.00 for each further 30 minutes.",
    ),
    (
        "p",
        "9.2 A workshop has at most 30 participants, and a teacher, a librarian or an officer of "
        "the host stays in the room for the whole session.",
    ),
    ("p", "9.3 The security briefing before a prison workshop is paid as 30 minutes of workshop."),
    ("part", "Part E – Broadcast, recording and film"),
    ("art", "Article 10 – Radio, podcasts and streams"),
    (
        "p",
        "10.1 A poem of up to 5 minutes read on air or in a podcast is paid K 1,780.00. Each "
        "repeat of the same recording is paid K 890.00.",
    ),
    (
        "p",
        "10.2 An employer that streams the recording of a set pays K 2,200.00 for keeping it "
        "online for 30 days.",
    ),
    ("art", "Article 11 – Poetry films"),
    (
        "p",
        "11.1 A shoot day for a poetry film is paid K 9,600.00 for up to 9 hours, and "
        "K 1,350.00 for every extra hour, a started hour counting as a whole one.",
    ),
    ("p", "11.2 Recording the poem as the film's voice-over is paid K 3,400.00."),
    (
        "p",
        "11.3 A member who translates her or his own poem into the other official language for "
        "a film or a broadcast is paid K 2,100.00 a poem.",
    ),
    ("art", "Article 12 – Payment"),
    (
        "p",
        "12.1 A fee reaches the member within 14 days after the engagement; each part of a "
        "commission within 14 days after the event that makes it due.",
    ),
    (
        "p",
        "12.2 Each payroll line shows the date of the engagement, the rate, the quantity and "
        "the date of payment.",
    ),
    ("part", "Part F – Voice, likeness and synthetic performance"),
    ("art", "Article 13 – Consent and withdrawal"),
    (
        "p",
        "13.1 Part F binds the employers and any company to which an employer licenses a "
        "member's recordings; Murmurline Audio Ltd, which licenses recordings from Radio "
        "Bellorive, has undertaken in writing to apply it.",
    ),
    (
        "p",
        "13.2 A member agrees in writing, on Form V-3, to each of these uses separately, one "
        "form for each use: building a voice model from the member's recordings; a synthetic "
        "reading of a named poem; an animated portrait of the member; training a general speech "
        "model on the member's recordings. A consent that covers every use at once has no "
        "effect, and no employer may make a consent a condition of an engagement.",
    ),
    (
        "p",
        "13.3 A member withdraws a consent on Form V-4. The withdrawal takes effect at the end "
        "of the calendar quarter in which the form is received or, when fewer than 45 days of "
        "that quarter remain after the day of receipt, at the end of the following quarter. "
        "The Readings and Performances Agreement 2023–2026 required 60 days' notice.",
    ),
    (
        "p",
        "13.4 Within 30 days after a withdrawal takes effect, the voice model and the "
        "recordings made for it are deleted, and the member receives a written confirmation.",
    ),
    ("art", "Article 14 – Voice capture"),
    (
        "p",
        "14.1 A voice capture session to build a voice model is paid K 12,000.00 for up to 4 "
        "hours, and K 2,500.00 for each further hour.",
    ),
    (
        "p",
        "14.2 A capture session takes place in a quiet room, with a break of at least 10 minutes "
        "after each hour at the microphone.",
    ),
    ("art", "Article 15 – Synthetic readings"),
    (
        "p",
        "15.1 A synthetic reading of a named poem, in an app or on a website, is paid K 640.00 "
        "per poem for each month in which it is available, and a royalty of K 310.00 per 1,000 "
        "plays.",
    ),
    (
        "p",
        '15.2 Before each synthetic reading the listener hears the spoken label "This reading '
        "was generated from the poet's voice, with the poet's consent\".",
    ),
    (
        "p",
        "15.3 A licence for a synthetic reading runs for 12 months. When the use of a reading is "
        "suspended, for a missing label, a complaint or a fault, the licence is extended by one "
        "day for each day of suspension. This applies to every suspension from 1 September "
        "2026, whatever the date of the licence; the Readings and Performances Agreement "
        "2023–2026 never extended a licence.",
    ),
    (
        "p",
        "15.4 An app may buy the reading rights of one poem for the rest of the term of this "
        "agreement with a single payment of forty-two thousand kwacha (K 42,000.00).",
    ),
    ("art", "Article 16 – Portraits, training and minors"),
    ("p", "16.1 An animated portrait of a member in an app is paid K 28,000.00 a year."),
    (
        "p",
        "16.2 No model may be trained, tuned or prompted to write or perform poems in the style "
        "of a named member.",
    ),
    (
        "p",
        "16.3 Training a general speech model on a member's recordings is paid K 15,000.00 a "
        "member, once, on top of the consent of clause 13.2.",
    ),
    ("p", "16.4 No voice model, synthetic reading or portrait may be made of anyone under 18."),
    ("art", "Article 17 – Statements, audit and the Joint Committee"),
    (
        "p",
        "17.1 Royalties are set out in a statement for each calendar quarter, sent by the last "
        "day of the month that follows the quarter.",
    ),
    (
        "p",
        "17.2 A balance under K 500 is not paid with its statement but carried to the next "
        "quarterly statement; it is the one amount in this agreement written without ngwee. "
        "The Readings and Performances Agreement 2023–2026 paid every balance each quarter.",
    ),
    (
        "p",
        "17.3 Once a year the Guild may audit how an employer or an app uses members' voices and "
        "likenesses, provided it warns them 15 working days ahead.",
    ),
    (
        "p",
        "17.4 A Joint Committee on Voice and AI, on which the Guild and the Council each seat "
        "three people, meets at least four times a year.",
    ),
    ("sig", "Signed at Wyndcliffe on Wednesday 15 July 2026"),
    ("sched", "Schedule A – All rates at a glance"),
    ("schedb", "Schedule B – Figures of the Readings and Performances Agreement 2023–2026"),
]

SIGNATURES = [
    "For the Guild: Wendeline Penhallow-Idowu, president; Barnaby Rudd-Appiah, rates officer.",
    "For the Council: Humphrey Caldwell-Ikem, chair, for its six members.",
]

# (item, clause, amount): a ruled table set in condensed type
SCHEDULE_A: list[tuple[str, str, str]] = [
    ("Headline set, up to 25 minutes", "3.1", "K 4,800.00"),
    ("Feature set, up to 12 minutes", "3.2", "K 2,650.00"),
    ("Each further 5 minutes on stage", "3.3", "K 520.00"),
    ("Host of a slam or an open-mic evening", "3.4", "K 3,900.00"),
    ("Second-set supplement, same day", "3.5", "K 1,150.00"),
    ("Slam heat, appearance fee", "4.1", "K 1,250.00"),
    ("National Slam Final, each finalist", "4.2", "K 3,300.00"),
    ("Champion's supplement, per set", "4.3", "K 1,400.00"),
    ("Tour day fee", "6.1", "K 3,450.00"),
    ("Consecutive-day supplement, sixth day on", "6.2", "K 1,825.00"),
    ("Per diem, per night away", "7.2", "K 1,650.00"),
    ("Commissioned poem", "8.1", "K 18,600.00"),
    ("Later performance of a commissioned poem", "8.3", "K 3,100.00"),
    ("Workshop, up to 90 minutes", "9.1", "K 2,950.00"),
    ("Workshop, each further 30 minutes", "9.1", "K 720.00"),
    ("Poem on air or in a podcast, up to 5 minutes", "10.1", "K 1,780.00"),
    ("Repeat of a recorded poem", "10.1", "K 890.00"),
    ("Streamed set, 30 days online", "10.2", "K 2,200.00"),
    ("Poetry film, shoot day of up to 9 hours", "11.1", "K 9,600.00"),
    ("Poetry film, further hour", "11.1", "K 1,350.00"),
    ("Voice-over of the poem for a film", "11.2", "K 3,400.00"),
    ("Own translation of a poem", "11.3", "K 2,100.00"),
    ("Voice capture session, up to 4 hours", "14.1", "K 12,000.00"),
    ("Voice capture, further hour", "14.1", "K 2,500.00"),
    ("Synthetic reading, per poem per month", "15.1", "K 640.00"),
    ("Royalty, per 1,000 plays", "15.1", "K 310.00"),
    ("Animated portrait, per year", "16.1", "K 28,000.00"),
    ("Training a general speech model, once", "16.3", "K 15,000.00"),
]
SCHED_HEAD = ("Item", "Clause", "Amount")
SCHED_NOTE = (
    "Each figure above is copied from the clause named beside it; where the two disagree, "
    "the clause governs."
)
# the 2023-2026 figures, for engagements performed before 1 September 2026
SCHEDULE_B: list[tuple[str, str]] = [
    ("Headline set, up to 25 minutes", "K 4,350.00"),
    ("Feature set, up to 12 minutes", "K 2,400.00"),
    ("Host of a slam or an open-mic evening", "K 3,500.00"),
    ("Second-set supplement (any two sets on one day)", "K 950.00"),
    ("Slam heat, appearance fee", "K 1,100.00"),
    ("Champion's supplement (the calendar year after the final)", "K 1,200.00"),
    ("Tour day fee", "K 3,150.00"),
    ("Supplement from the seventh calendar day of a tour", "K 1,575.00"),
    ("Per diem, per night away", "K 1,500.00"),
    ("Commissioned poem (half at signature, half after the first performance)", "K 16,800.00"),
    ("Workshop, up to 90 minutes", "K 2,700.00"),
    ("Poem on air or in a podcast, up to 5 minutes", "K 1,620.00"),
    ("Poetry film, shoot day", "K 8,700.00"),
    ("Voice capture session, up to 4 hours", "K 10,500.00"),
    ("Synthetic reading, per poem per month", "K 560.00"),
]
SCHEDB_HEAD = ("Item (2023–2026)", "Amount")
SCHEDB_NOTE = (
    "These figures govern only engagements performed before 1 September 2026 (clause 1.4); "
    "they stay here to help members read older payroll lines."
)


def agreement_text() -> str:
    """The agreement's text (the title block, then the clauses and the schedules in order)."""
    lines = [HEAD_TEXT, A_TITLE, A_SUB]
    for kind, text in AGREEMENT:
        lines.append(text)
        if kind == "sched":
            lines.append(" ".join(SCHED_HEAD))
            lines += [f"{item} {clause} {amount}" for item, clause, amount in SCHEDULE_A]
            lines.append(SCHED_NOTE)
        elif kind == "schedb":
            lines.append(" ".join(SCHEDB_HEAD))
            lines += [f"{item} {amount}" for item, amount in SCHEDULE_B]
            lines.append(SCHEDB_NOTE)
        elif kind == "sig":
            lines += SIGNATURES
    return "\n".join(lines)


def footer(n: int, nb: int) -> str:
    return A_FOOTER.format(n=n, nb=nb)


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

MARGIN = 22.0
TOP = 27.0  # below the letterhead line
BODY = 10.0
LH = 5.2
BOTTOM = 270.0
WHEN = datetime.datetime(2026, 7, 15, 16, 30, tzinfo=datetime.UTC)
ROW_H = 6.0
COLS = (112.0, 20.0, 34.0)  # item, clause, amount (mm)
COLS_B = (126.0, 40.0)


def _doc():
    from fpdf import FPDF  # fpdf2
    from fpdf.enums import AccessPermission, EncryptionMethod

    class Doc(FPDF):
        def header(self) -> None:
            self.set_font(FONT, "B", 8.5)
            self.set_text_color(90, 30, 40)
            self.set_xy(MARGIN, 10)
            self.cell(self.w - 2 * MARGIN, 5, HEAD_TEXT)
            self.set_draw_color(90, 30, 40)
            self.set_line_width(0.4)
            self.line(MARGIN, 16.5, self.w - MARGIN, 16.5)
            self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            self.set_font(FONT, "", 8)
            self.set_xy(MARGIN, self.h - 12)
            text = A_FOOTER.format(n=self.page_no(), nb="{nb}")  # {nb}: fpdf2's page count alias
            self.cell(self.w - 2 * MARGIN, 4, text, align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    pdf.set_creation_date(WHEN)
    pdf.set_title(A_TITLE)
    pdf.set_author("SWG and LEBC")
    pdf.set_encryption(
        owner_password=OWNER_PASSWORD,
        user_password="",
        encryption_method=EncryptionMethod.RC4,
        permissions=AccessPermission.PRINT_LOW_RES
        | AccessPermission.PRINT_HIGH_RES
        | AccessPermission.COPY
        | AccessPermission.COPY_FOR_ACCESSIBILITY,
    )
    return pdf


def _table(pdf, y: float, head: tuple, rows: list[tuple], cols: tuple, stretch: int) -> float:
    pdf.set_draw_color(110, 110, 110)
    pdf.set_line_width(0.2)
    for i, row in enumerate([head, *rows]):
        x = MARGIN
        pdf.set_font(FONT, "B" if i == 0 else "", 9)
        pdf.set_stretching(stretch)
        last = len(cols) - 1
        for j, (cell, w) in enumerate(zip(row, cols, strict=True)):
            pdf.rect(x, y, w, ROW_H)
            pdf.set_xy(x + 1.5, y + 0.5)
            align = "R" if j == last else ("C" if j == 1 and last == 2 else "L")
            if pdf.get_string_width(cell) > w - 3:
                raise SystemExit(f"a schedule cell does not fit: {cell!r}")
            pdf.cell(w - 3, ROW_H - 1.0, cell, align=align)
            x += w
        pdf.set_stretching(100)
        y += ROW_H
    return y


def _build():
    pdf = _doc()
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
            rows, head, cols, note, stretch = (
                (SCHEDULE_A, SCHED_HEAD, COLS, SCHED_NOTE, STRETCH)
                if kind == "sched"
                else (SCHEDULE_B, SCHEDB_HEAD, COLS_B, SCHEDB_NOTE, 100)
            )
            if kind == "sched" or y + (len(rows) + 1) * ROW_H + 34 > BOTTOM:
                pdf.add_page()
                y = TOP
            else:
                y += 4
            pdf.set_font(FONT, "B", 12)
            pdf.set_xy(MARGIN, y + 2)
            pdf.cell(full, 6, text)
            y = _table(pdf, y + 12, head, rows, cols, stretch) + 4
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


def build_agreement(write: bool = True) -> bytes:
    pdf = _build()
    data = bytes(pdf.output())
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print("wrote", AGREEMENT_OUT, pdf.page_no(), "pages")
    return data


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_agreement()
