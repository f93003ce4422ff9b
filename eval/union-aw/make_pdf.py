#!/usr/bin/env python3
"""Build the agreement PDF of union-aw (its whole text is in this script).

    /work/main/.venv/bin/python eval/union-aw/make_pdf.py    # fpdf2 is in the venv

docs/adsu-spirit-squads-agreement-2026-2029.pdf: the Spirit Squads Agreement 2026-2029
(English), with three layouts no earlier set had:
- a FREETEXT ANNOTATION on the first page: the Labour Registry's filing stamp, typed into the
  page as an annotation (/Subtype /FreeText, its words in /Contents), not in the page's
  content stream: neither pdfplumber nor pypdf reads it;
- PAGE LABELS (/PageLabels in the catalogue): the title and contents page is labelled "i"
  (lower-case roman), the body pages "1", "2" ... (decimal, from 1), as the footers print
  them: the physical page 3 is "page 2";
- INTERNAL LINKS: each line of the contents is a link annotation (/Subtype /Link) whose
  destination is the page and height of its part, not a URI.

Amounts with the letters Tk, a space, comma thousands and two decimals ("Tk 14,500.00",
clause 2.1): DejaVu Sans has no taka sign (U+09F3), so the agreement writes the letters, as
the Union's English documents do; "Tk 650" the only whole amount (clause 5.3); "75 poisha"
the only amount in the minor unit (clause 13.4); "RMB 2,600" the only foreign amount (clause
5.4); the only sum in words in clause 13.2. Lines are broken by this script, never inside an
amount, a date or a quoted phrase (TIES). `agreement_text()` returns the text for
check_set.py; `footer_numbers()` the footers' numbers. A fixed creation date: byte-for-byte
reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "adsu-spirit-squads-agreement-2026-2029.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
TIE = "\u0001"  # a space the line breaker must not break at (never in the output)

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
TIES = [
    re.compile(r"(?:\w+ )?\d{1,2} (?:" + _MONTHS + r")(?: \d{4})?"),
    re.compile(r"\d+ (?:minutes|hours|days|working days|weeks|games|seasons|km|poisha|plays)\b"),
    re.compile(r"(?:Form|clause|Clause|Part|Schedule|Article) [\w.\-]+"),
    re.compile(r"RMB [\d,]+|Tk [\d,.]+"),
    re.compile(r'"[^"]{1,90}"'),
    re.compile(r"\([^)]{1,40}\)"),
    # phrases members quote: kept on one line
    re.compile(
        r"never weighed|own agreement|one spotter for each flyer|created from a squad member's"
        r" movements|one hundred and twenty thousand taka|beyond 48 in a block|two members"
        r"|10 working days"
    ),
]

A_TITLE = "Spirit Squads Agreement 2026–2029"
A_SUB = (
    "between the Arena Dance and Spirit Squads Union of Lisserand and the Lisserand "
    "Professional Clubs' Council, for Quarrendon Rovers FC, the Val-Sorbière Lynx and the "
    "Tollerby Pikes"
)
HEAD_TEXT = "ADSU – LPCC  ·  Spirit Squads Agreement 2026–2029"
A_FOOTER = "Spirit Squads Agreement 2026–2029 – page {label}"
# the Labour Registry's stamp: a FreeText annotation, read by no text reader
STAMP = "Filed with the Labour Registry of Lisserand – No. LR-2026/0917 – 21 July 2026"

# (kind, text); kinds: part, art, p, sig, sched, schedb
AGREEMENT: list[tuple[str, str]] = [
    ("part", "Part A – General"),
    ("art", "Article 1 – Parties, scope and term"),
    (
        "p",
        "1.1 The parties to this agreement are the Arena Dance and Spirit Squads Union of "
        'Lisserand (ADSU, "the Union"), founded in 2011, of 21 Cooper\'s Row, Quarrendon '
        'QR2 6TB, and the Lisserand Professional Clubs\' Council (LPCC, "the Council"), acting '
        "for its member clubs: Quarrendon Rovers FC (football), the Val-Sorbière Lynx (basketball) and "
        'the Tollerby Pikes (ice hockey). Each member club is "the club" for the squad members '
        "it engages.",
    ),
    (
        "p",
        "1.2 It covers the squad members of the member clubs: cheerleaders and dance-team "
        "members who perform at football, basketball and ice-hockey games; half-time and "
        "interval show dancers; stunt-cheer performers (flyers, bases and spotters); stadium "
        "drumline performers; and squad captains who choreograph routines.",
    ),
    (
        "p",
        "1.3 It does not cover mascot performers in full-head costumes, who have their own "
        "agreement with the clubs; fans chosen from the crowd for a half-time contest; or the "
        "pupils of a club's youth dance academy.",
    ),
    (
        "p",
        "1.4 Signed at Quarrendon on Thursday 16 July 2026, this agreement is in force from "
        "1 August 2026 to 31 July 2029. It succeeds the Sideline Performers Agreement "
        "2023–2026; work done before 1 August 2026 is paid at that agreement's rates (Schedule B).",
    ),
    (
        "p",
        "1.5 If the English text and a French translation differ, the English text applies. "
        "The Union publishes guides and an FAQ in French.",
    ),
    ("art", "Article 2 – Money"),
    (
        "p",
        "2.1 All amounts in this agreement are in the taka, the currency of the Republic of "
        "Lisserand: a currency of its own, not the taka of Bangladesh, even though both use the "
        "code BDT. The agreement writes them with the letters Tk, a space, commas between "
        "thousands and two decimals, so that Tk 14,500.00 means fourteen thousand five hundred "
        "taka. One taka is 100 poisha.",
    ),
    ("p", "2.2 A sum written out in words is followed by the same sum in figures, in brackets."),
    ("part", "Part B – Games and rehearsals"),
    ("art", "Article 3 – Game calls"),
    (
        "p",
        "3.1 A squad member called for a home game is paid Tk 14,500.00 a game (the game fee) "
        "for a game call of up to 5 hours from the call time. Each further hour or part of an "
        "hour of the call is paid Tk 2,900.00.",
    ),
    (
        "p",
        "3.2 A game call ends 30 minutes after the final whistle, buzzer or siren recorded in "
        "the club's game log, not at the scheduled end printed on the call sheet.",
    ),
    (
        "p",
        "3.3 A squad member who has completed three qualifying seasons is paid the veteran game "
        "fee of Tk 16,200.00. A season qualifies when the member performed at least 12 of the "
        "club's home games in it. The Sideline Performers Agreement 2023–2026 counted every "
        "season on the squad's roster, whatever the number of games.",
    ),
    (
        "p",
        "3.4 A game abandoned or postponed after the call time is paid in full when the squad "
        "had performed its pre-game routine before the game was stopped, and at half the game "
        "fee when it had not; the times are those of the club's game log. The Sideline "
        "Performers Agreement 2023–2026 paid half the game fee for any game called off on the "
        "day.",
    ),
    (
        "p",
        "3.5 A member's next call starts no earlier than 11 hours after the end of a game "
        "call. Each hour or part of an hour by which the rest falls short is paid "
        "a turnaround premium of Tk 2,400.00. The Sideline Performers Agreement 2023–2026 "
        "measured the rest from the scheduled end of the game.",
    ),
    (
        "p",
        "3.6 A dancer engaged only for a featured half-time or interval show is paid Tk 9,800.00 a show.",
    ),
    ("art", "Article 4 – Rehearsals and choreography"),
    ("p", "4.1 A rehearsal is paid Tk 2,150.00 an hour, with a minimum call of 2 hours."),
    (
        "p",
        "4.2 Rehearsal hours are counted over reference blocks of four consecutive weeks, each "
        "week from Monday to Sunday, set out in the club's season calendar. Rehearsal hours "
        "beyond 48 in a block are paid Tk 3,225.00 an hour. The Sideline Performers Agreement "
        "2023–2026 paid overtime for rehearsal hours beyond 12 in a week.",
    ),
    (
        "p",
        "4.3 A squad captain who choreographs a new routine is paid Tk 38,000.00 a routine, and "
        "Tk 12,500.00 for adapting an existing routine to a new piece of music. A captain is "
        "paid a captain's supplement of Tk 2,750.00 for each game.",
    ),
    (
        "p",
        "4.4 A squad member is never weighed by the club, and no club sets a weight, a body "
        "measurement or a diet as a condition of a place on the squad.",
    ),
    ("part", "Part C – Stunts and drumline"),
    ("art", "Article 5 – Stunt-cheer and drumline"),
    (
        "p",
        "5.1 A flyer is paid a stunt supplement of Tk 3,400.00 for each game in which she or he "
        "flies, and a base or a spotter Tk 2,300.00 for each game in which they stunt.",
    ),
    (
        "p",
        "5.2 Every stunt above shoulder height has at least one spotter for each flyer, and no "
        "basket toss is thrown on a hard floor without landing mats.",
    ),
    (
        "p",
        "5.3 A drumline performer is paid Tk 11,800.00 a game, and Tk 650 a game for carrying "
        "the instrument: a flat allowance, and the one whole-taka figure in this agreement (no "
        "poisha are shown).",
    ),
    (
        "p",
        "5.4 A member who performs at the Lynx's exhibition games in Shanghai, organised by the "
        "tour promoter Golden Hoop Events, is paid RMB 2,600 a game by the promoter, in renminbi: "
        "no other amount in this agreement is in a foreign currency.",
    ),
    (
        "p",
        "5.5 A drumline performer aged 16 or 17 performs only with a parent's or guardian's "
        "written consent, and never after 22:00.",
    ),
    ("part", "Part D – Season, appearances and travel"),
    ("art", "Article 6 – Season stipend and notice"),
    (
        "p",
        "6.1 Each squad member is paid a season stipend of Tk 264,000.00 for a regular season, "
        "for costume care, fitness, hair and make-up. A member who joins or leaves the squad "
        "during the regular season is paid the stipend in proportion to the club's "
        "regular-season home games: the home games played from her or his first day on the "
        "squad to the last, divided by the season's regular-season home games. The Sideline "
        "Performers Agreement 2023–2026 prorated the stipend by calendar months.",
    ),
    (
        "p",
        "6.2 The club or the member may end a season engagement on notice of three home games: "
        "the engagement ends after the third home game of the club played after the day on "
        "which the notice is given. A postponed game does not count until it is played. The "
        "Sideline Performers Agreement 2023–2026 required 21 days' notice.",
    ),
    ("art", "Article 7 – Appearances and travel"),
    (
        "p",
        "7.1 A promotional appearance (a sponsor's event, a school visit or a community event) "
        "is paid Tk 7,400.00 for up to 2 hours, and Tk 3,100.00 for each further hour.",
    ),
    (
        "p",
        "7.2 A promotional appearance cancelled less than 72 hours before it starts is paid in full.",
    ),
    (
        "p",
        "7.3 A parking and travel allowance of Tk 1,850.00 is paid once for each homestand, a "
        "run of consecutive home games of the club with no away game between them. The "
        "Sideline Performers Agreement 2023–2026 paid Tk 1,200.00 for each home game.",
    ),
    (
        "p",
        "7.4 On an away trip the club pays a per diem of Tk 4,650.00 for each day away, books "
        "the rooms, and provides a security escort from the arena to the team bus after "
        "evening games.",
    ),
    ("art", "Article 8 – Payment and uniforms"),
    (
        "p",
        "8.1 Everything earned in a calendar month (games, rehearsals, appearances) reaches the "
        "member by the 12th of the next month. Each payroll line gives the day worked, the rate "
        "and the day of payment.",
    ),
    (
        "p",
        "8.2 The club provides the squad's costumes, shoes and warm-up wear; a member never pays "
        "for a uniform.",
    ),
    ("part", "Part E – Capture, AI and likeness"),
    ("art", "Article 9 – Consent and withdrawal"),
    (
        "p",
        "9.1 Each of the following uses needs the member's written consent on Form SQ-7. Each "
        "consent names one use and stands apart from the engagement, and no club may make it a "
        "condition of a place on the squad: capturing the member's movements for a video game; a synthetic dancer built "
        "from the member's movements; an AI edit of the member; the member's likeness in a club "
        "app or on a Squad Card. A blanket consent to every use is not valid.",
    ),
    (
        "p",
        "9.2 A member who changes her or his mind hands in Form SQ-8, and the consent ends 14 "
        "days later. Within the next 30 days the club withdraws the data, the synthetic dancer "
        "or the card, and confirms the deletion in writing.",
    ),
    ("art", "Article 10 – Motion capture for video games"),
    (
        "p",
        "10.1 A capture session for a sports video game is paid Tk 46,000.00 for a capture day, "
        "which ends after 8 hours in the capture suit at most. The capture covers one edition of one game; each further "
        "edition in which the captured movements are used is paid Tk 23,000.00.",
    ),
    (
        "p",
        "10.2 The studio deletes the captured data within 60 days after the release of the last "
        "edition covered by a consent.",
    ),
    ("art", "Article 11 – Synthetic dancers on the big screen"),
    (
        "p",
        "11.1 A synthetic dancer built from a member's movements is paid Tk 5,200.00 for each "
        "game at which it is shown on the big screen.",
    ),
    (
        "p",
        "11.2 A club shows a synthetic dancer only at a game for which the whole squad is "
        "called; a synthetic dancer never replaces the live squad.",
    ),
    (
        "p",
        '11.3 While a synthetic dancer is shown, the screen shows the line "Synthetic dancer – '
        "created from a squad member's movements, with consent\".",
    ),
    ("art", "Article 12 – AI crowd-cam edits"),
    (
        "p",
        "12.1 An AI edit is a clip or an image of a member altered, swapped or animated by "
        "software. An unaltered crowd-cam shot of the sideline is not an AI edit.",
    ),
    (
        "p",
        "12.2 Each AI edit used by the club is paid Tk 3,750.00. An AI edit never changes a "
        "member's body shape, skin or costume.",
    ),
    ("p", "12.3 The club takes down an AI edit within 24 hours after the member asks it to."),
    ("art", "Article 13 – Club apps and Squad Cards"),
    ("p", "13.1 A member's likeness in a club app is paid Tk 24,000.00 a season."),
    (
        "p",
        "13.2 A member's first Squad Card, a digital collectible sold in the club app, is paid a "
        "signing fee of one hundred and twenty thousand taka (Tk 120,000.00).",
    ),
    (
        "p",
        "13.3 For each Squad Card sold, the member is paid a royalty of Tk 160.00 for a card sold "
        "in the 12 months from that card's own release date, and Tk 85.00 for a card sold after "
        "those 12 months. The Sideline Performers Agreement 2023–2026 paid Tk 110.00 for every "
        "card sold, whatever its age.",
    ),
    ("p", "13.4 A clip of a member in the app's reel is paid 75 poisha per 1,000 plays."),
    ("art", "Article 14 – Minors, audit and the Joint Committee"),
    ("p", "14.1 No AI edit, synthetic dancer or Squad Card is made of a member under 18."),
    (
        "p",
        "14.2 Once in each season the Union may inspect how a club uses its members' likeness; "
        "it gives the club 10 working days' notice.",
    ),
    (
        "p",
        "14.3 The Union and the Council each name two members to a Joint Committee on AI and "
        "Likeness, which meets at least three times a season.",
    ),
    ("sig", "Signed at Quarrendon on Thursday 16 July 2026"),
    ("sched", "Schedule A – The rates in one table"),
    ("schedb", "Schedule B – Figures of the Sideline Performers Agreement 2023–2026"),
]

SIGNATURES = [
    "For the Union: Marisol Okafor-Brennan, president; Desmond Fairclough-Nakamura, rates officer.",
    "For the Council: Gideon Ashworth-Lemaire, chair, for Quarrendon Rovers FC, the Val-Sorbière "
    "Lynx and the Tollerby Pikes.",
]

# (item, clause, amount): a ruled table
SCHEDULE_A: list[tuple[str, str, str]] = [
    ("Game fee, call of up to 5 hours", "3.1", "Tk 14,500.00"),
    ("Each further hour of a game call", "3.1", "Tk 2,900.00"),
    ("Veteran game fee (three qualifying seasons)", "3.3", "Tk 16,200.00"),
    ("Turnaround premium, per hour short", "3.5", "Tk 2,400.00"),
    ("Featured half-time or interval show", "3.6", "Tk 9,800.00"),
    ("Rehearsal, per hour", "4.1", "Tk 2,150.00"),
    ("Rehearsal hour beyond 48 in a block", "4.2", "Tk 3,225.00"),
    ("New routine choreographed by a captain", "4.3", "Tk 38,000.00"),
    ("Routine adapted by a captain", "4.3", "Tk 12,500.00"),
    ("Captain's supplement, per game", "4.3", "Tk 2,750.00"),
    ("Flyer's stunt supplement, per game", "5.1", "Tk 3,400.00"),
    ("Base or spotter, per game", "5.1", "Tk 2,300.00"),
    ("Drumline performer, per game", "5.3", "Tk 11,800.00"),
    ("Season stipend, regular season", "6.1", "Tk 264,000.00"),
    ("Promotional appearance, up to 2 hours", "7.1", "Tk 7,400.00"),
    ("Promotional appearance, further hour", "7.1", "Tk 3,100.00"),
    ("Parking and travel, per homestand", "7.3", "Tk 1,850.00"),
    ("Per diem, per day away", "7.4", "Tk 4,650.00"),
    ("Capture day, up to 8 hours", "10.1", "Tk 46,000.00"),
    ("Further edition of a game", "10.1", "Tk 23,000.00"),
    ("Synthetic dancer, per game shown", "11.1", "Tk 5,200.00"),
    ("AI edit used", "12.2", "Tk 3,750.00"),
    ("Likeness in a club app, per season", "13.1", "Tk 24,000.00"),
    ("Squad Card, within 12 months of its release", "13.3", "Tk 160.00"),
    ("Squad Card, after 12 months", "13.3", "Tk 85.00"),
]
SCHED_HEAD = ("Item", "Clause", "Amount")
SCHED_NOTE = (
    "This schedule repeats the amounts of the clauses named beside them; if the two ever "
    "differ, the clause is the one that applies."
)
# the 2023-2026 figures, for work done before 1 August 2026
SCHEDULE_B: list[tuple[str, str]] = [
    ("Game fee", "Tk 13,200.00"),
    ("Veteran game fee (three seasons on the roster)", "Tk 15,000.00"),
    ("Turnaround premium (from the scheduled end)", "Tk 2,100.00"),
    ("Rehearsal, per hour", "Tk 1,950.00"),
    ("Rehearsal hour beyond 12 in a week", "Tk 2,925.00"),
    ("Flyer's stunt supplement, per game", "Tk 3,050.00"),
    ("Drumline performer, per game", "Tk 10,600.00"),
    ("Season stipend (prorated by calendar months)", "Tk 240,000.00"),
    ("Promotional appearance, up to 2 hours", "Tk 6,800.00"),
    ("Parking and travel, per home game", "Tk 1,200.00"),
    ("Per diem, per day away", "Tk 4,200.00"),
    ("Capture day", "Tk 38,500.00"),
    ("Squad Card royalty, every card sold", "Tk 110.00"),
]
SCHEDB_HEAD = ("Item (2023–2026)", "Amount")
SCHEDB_NOTE = (
    "These figures apply only to work done before 1 August 2026 (clause 1.4); they are printed "
    "so that members can check the payroll's early lines."
)


def _toc_entries() -> list[str]:
    return [t for k, t in AGREEMENT if k in ("part", "sched", "schedb")]


def toc_line(entry: str, pages: dict[str, str] | None) -> str:
    return f"{entry}, page {pages[entry] if pages else 0}"


def label(physical: int) -> str:
    """The page label of a physical page: 'i' for the first, then 1, 2 ..."""
    return "i" if physical == 1 else str(physical - 1)


def agreement_text(pages: dict[str, str] | None = None) -> str:
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
            lines.append(" ".join(SCHEDB_HEAD))
            lines += [f"{item} {amount}" for item, amount in SCHEDULE_B]
            lines.append(SCHEDB_NOTE)
        elif kind == "sig":
            lines += SIGNATURES
    return "\n".join(lines)


def footer_numbers(pages: int) -> set[str]:
    out = {str(i) for i in range(1, pages)}
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
TOP = 28.0  # below the letterhead line
BODY = 10.0
LH = 5.2
BOTTOM = 272.0
WHEN = datetime.datetime(2026, 7, 16, 12, 0, tzinfo=datetime.UTC)
ROW_H = 6.2
COLS = (118.0, 16.0, 36.0)  # item, clause, amount (mm)
COLS_B = (124.0, 46.0)


def _doc():
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def header(self) -> None:
            self.set_font(FONT, "B", 9)
            self.set_text_color(40, 40, 90)
            self.set_xy(MARGIN, 10)
            self.cell(self.w - 2 * MARGIN, 5, HEAD_TEXT)
            self.set_draw_color(40, 40, 90)
            self.set_line_width(0.5)
            self.line(MARGIN, 17, self.w - MARGIN, 17)
            self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            self.set_font(FONT, "", 8)
            self.set_xy(MARGIN, self.h - 12)
            text = A_FOOTER.format(label=label(self.page_no()))
            self.cell(self.w - 2 * MARGIN, 4, text, align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    pdf.set_creation_date(WHEN)
    pdf.set_title(A_TITLE)
    pdf.set_author("ADSU and LPCC")
    return pdf


def _new_page(pdf) -> float:
    pdf.add_page()
    if pdf.page_no() == 2:
        pdf.set_page_label(label_style="D", label_start=1)
    return TOP


def _table(pdf, y: float, head: tuple, rows: list[tuple], cols: tuple) -> float:
    pdf.set_draw_color(90, 90, 90)
    pdf.set_line_width(0.2)
    for i, row in enumerate([head, *rows]):
        x = MARGIN
        pdf.set_font(FONT, "B" if i == 0 else "", 9)
        last = len(cols) - 1
        for j, (cell, w) in enumerate(zip(row, cols, strict=True)):
            pdf.rect(x, y, w, ROW_H)
            pdf.set_xy(x + 1.5, y + 0.6)
            align = "R" if j == last else ("C" if j == 1 and last == 2 else "L")
            pdf.cell(w - 3, ROW_H - 1.2, cell, align=align)
            x += w
        y += ROW_H
    return y


def _build(pages: dict[str, str] | None):
    pdf = _doc()
    found: dict[str, str] = {}
    full = pdf.w - 2 * MARGIN
    pdf.add_page()
    pdf.set_page_label(label_style="r", label_start=1)
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
    # the Labour Registry's stamp: a FreeText annotation, not page content
    pdf.set_font(FONT, "", 8)
    pdf.free_text_annotation(STAMP, x=MARGIN + 60, y=y + 4, w=110, h=10)
    y += 20
    pdf.set_font(FONT, "B", 11.5)
    pdf.set_xy(MARGIN, y)
    pdf.cell(full, 6, "Contents")
    y += 8
    pdf.set_font(FONT, "", BODY)
    links: dict[str, int] = {}
    for entry in _toc_entries():
        links[entry] = pdf.add_link()
        pdf.set_xy(MARGIN + 5, y)
        pdf.cell(full - 5, LH, toc_line(entry, pages), link=links[entry])
        y += LH + 1.2
    y = _new_page(pdf)
    for kind, text in AGREEMENT:
        if kind == "part":
            if y > BOTTOM - 30:
                y = _new_page(pdf)
            found[text] = label(pdf.page_no())
            pdf.set_link(links[text], y=y, page=pdf.page_no())
            pdf.set_font(FONT, "B", 12)
            pdf.set_xy(MARGIN, y + 2)
            pdf.cell(full, 6, text)
            y += LH + 6
            continue
        if kind == "art":
            if y > BOTTOM - 20:
                y = _new_page(pdf)
            pdf.set_font(FONT, "B", 10.5)
            pdf.set_xy(MARGIN, y + 1)
            pdf.cell(full, LH, text)
            y += LH + 3
            continue
        if kind in ("sched", "schedb"):
            y = _new_page(pdf) if kind == "sched" else y + 4
            rows, head, cols, note = (
                (SCHEDULE_A, SCHED_HEAD, COLS, SCHED_NOTE)
                if kind == "sched"
                else (SCHEDULE_B, SCHEDB_HEAD, COLS_B, SCHEDB_NOTE)
            )
            if y + (len(rows) + 1) * ROW_H + 30 > BOTTOM:
                y = _new_page(pdf)
            found[text] = label(pdf.page_no())
            pdf.set_link(links[text], y=y, page=pdf.page_no())
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
            if y + 8 + LH + 3 + len(SIGNATURES) * 2 * (LH + 1) > BOTTOM:
                y = _new_page(pdf) - 8
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
            y = _new_page(pdf)
        for line in lines:
            pdf.set_xy(MARGIN, y)
            pdf.cell(full, LH, line)
            y += LH + 0.6
        y += 2.2
    if y > BOTTOM:
        raise SystemExit("the last page overflows")
    return pdf, found


def agreement_pages() -> dict[str, str]:
    _, found = _build(None)
    return found


def build_agreement(write: bool = True) -> bytes:
    pages = agreement_pages()
    pdf, found = _build(pages)
    if found != pages:
        raise SystemExit("the table of contents moved the pages")
    data = bytes(pdf.output())
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print("wrote", AGREEMENT_OUT, pdf.page_no(), "pages")
    return data


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_agreement()
