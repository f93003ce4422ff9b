#!/usr/bin/env python3
"""Build the two PDFs of union-at (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-at/make_pdf.py    # fpdf2 is in the venv

- docs/northstar-calls-notice-to-performers-2026-27.pdf: Tinsel & Co. Bookings' notice to
  the performers of NorthStar Calls (English, Monday 23 November 2026), two pages. Its
  appendix of client prices (what parents pay) is REDACTED by black boxes drawn over the
  figures: a viewer shows black bars, but the figures stay in the text layer, and pdfplumber
  and pypdf both read them (traps: they are not performers' fees). Amounts are written with
  the word lari after the figure ("24.60 lari", "1,380.00 lari"), as the agency's booking
  system prints them; the notice says so.
- docs/calendrier-saison-fccgm-2026-2027.pdf: the Federation's season calendar 2026-2027
  (French), set as MONTH GRIDS (seven columns, lun. to dim., one row a week, a short tag in
  the cell of a marked day), each followed by the month's key dates in prose. Readers give
  the grid row by row ("23 24 25 26 27 28 29"), with the tags on a line of their own. The
  first Sunday of Advent, the last day of the grotto season, the public holidays and the
  clock changes are only here. No amount.

DejaVu Sans (/usr/share/fonts/truetype/dejavu) has no lari sign, so neither PDF prints one.
Lines are broken by this script, never inside an amount, a date or a quoted phrase (TIES).
`notice_text()` and `calendar_text()` return the text for check_set.py (the footers are not
in it: `footer_numbers()` gives their numbers). Fixed creation dates: byte-for-byte
reproducible.
"""

from __future__ import annotations

import calendar
import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE_OUT = os.path.join(HERE, "docs", "northstar-calls-notice-to-performers-2026-27.pdf")
CALENDAR_OUT = os.path.join(HERE, "docs", "calendrier-saison-fccgm-2026-2027.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
TIE = "\u0001"  # a space the line breaker must not break at (never in the output)

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
)
TIES = [
    re.compile(r"\d[\d,.]* lari"),
    re.compile(rf"(?:\w+ )?\d{{1,2}}(?:er)? (?:{_MONTHS})(?: \d{{4}})?"),
    re.compile(r"\d+ (?:minutes|hours|days|heures|h)\b"),
    re.compile(r"\d{1,2}:\d\d to \d{1,2}:\d\d"),
    re.compile(r"(?:Form|clause|ext\.|reference) [\w.\-]+"),
    re.compile(r'"[^"]{1,90}"'),
    re.compile(r"« [^»]{1,90} »"),
]

# ---- the agency's notice (English) ----------------------------------------------------------------

N_TITLE = "NorthStar Calls – notice to performers, season 2026–27"
N_SUB = "Tinsel & Co. Bookings, a member agency of the Hollenvale Network of Event-Booking Agencies"
N_DATE = "Kestermoor, Monday 23 November 2026"
N_FOOTER = "Tinsel & Co. Bookings – NorthStar Calls – notice to performers – page {page} of {pages}"
# (kind, text); kinds: h, p, redacted (label, figure)
N_BLOCKS: list[tuple[str, object]] = [
    (
        "p",
        "This notice is for the Father Christmas performers who take live video calls and "
        "record personalised greetings on NorthStar Calls this season. It repeats what the "
        "Seasonal Character Performers Agreement 2026–2029 pays for this work. Amounts are "
        "written as our booking system prints them, the figure first and the word lari after "
        "it (24.60 lari).",
    ),
    ("h", "1. Live video calls"),
    (
        "p",
        "A call is booked for up to 10 minutes. Calls run from Tuesday 1 December to Wednesday "
        "23 December 2026, from 16:00 to 20:00, and on Christmas Eve from 10:00 to 16:00. Each "
        "booked call is paid 24.60 lari, whether or not the family joins on time. A call that "
        "runs past 10 minutes is paid by the minute, as clause 8.1 of the agreement sets.",
    ),
    (
        "p",
        "Every call has a booking reference, for example BK-2026-18307; quote it if you report "
        "a problem with a call to the performers' desk (ext. 3561).",
    ),
    ("h", "2. Recorded greetings"),
    (
        "p",
        "A pre-recorded personalised greeting video is paid 38.40 lari per video. If a parent "
        "asks for the video to be recorded again, the re-record is paid 12.90 lari per video. "
        "Parents may ask for a re-record up to 48 hours after the video is delivered.",
    ),
    ("h", "3. AI videos, voice clones and the synthetic Father Christmas"),
    (
        "p",
        "NorthStar makes AI videos, voice clones and a synthetic Father Christmas only from "
        "performers who have signed Form FC-9 for that use, one form for each use. A likeness "
        "and voice recording session of up to 3 hours is paid 420.00 lari. Each AI video is "
        "paid 1.15 lari, each call taken by the synthetic Father Christmas 3.40 lari to the "
        "performer whose likeness it uses, a voice clone on a call line 890.00 lari per line and "
        "season, and a digital double in a centre's advertising 1,380.00 lari per centre and "
        "season.",
    ),
    (
        "p",
        "Before a parent pays for a call with the synthetic Father Christmas, the booking page "
        'shows the line: "Your call will be with a synthetic (AI) Father Christmas, not a live '
        'performer." No call with the synthetic Father Christmas is booked without it.',
    ),
    ("h", "4. Re-booking offers for Easter 2027"),
    (
        "p",
        "Our re-booking offers for the Easter 2027 season, with the dates, the venue and the "
        "fees, will be sent by e-mail on Thursday 26 November 2026. A performer who does not "
        "want the booking declines it in writing to rebooking@tinsel-co.example; the agreement "
        "says how long silence takes to count as a yes.",
    ),
    ("h", "5. Contact"),
    (
        "p",
        "Performers' desk: Tinsel & Co. Bookings, 3 Chandlers Yard, Kestermoor, ext. 3561, "
        "Monday to Saturday from 09:00 to 18:00 in December.",
    ),
    ("h", "Appendix – Client prices (what parents pay)"),
    (
        "p",
        "The prices that parents pay are commercially confidential and are blacked out in this "
        "copy. They are not performers' fees.",
    ),
    ("redacted", ("A booked live call:", "49.00 lari")),
    ("redacted", ("A recorded greeting video:", "59.00 lari")),
    ("redacted", ("A re-record:", "19.00 lari")),
    ("redacted", ("A call with the synthetic Father Christmas:", "29.00 lari")),
]


def redactions() -> list[tuple[str, str]]:
    return [body for kind, body in N_BLOCKS if kind == "redacted"]  # type: ignore[misc]


def notice_text() -> str:
    lines = [N_TITLE, N_SUB, N_DATE]
    for kind, body in N_BLOCKS:
        if kind == "redacted":
            label, fig = body  # type: ignore[misc]
            lines.append(f"{label} {fig}")
        else:
            lines.append(str(body))
    return "\n".join(lines)


# ---- the season calendar (French) ---------------------------------------------------------------

C_TITLE = "Calendrier de la saison 2026-2027"
C_SUB = (
    "Grottes, période de pointe, jours fériés et changements d'heure – Fédération des centres "
    "commerciaux et grands magasins de Hollenval (FCCGM)"
)
C_INTRO = (
    "Ce calendrier est celui auquel renvoie l'accord des artistes saisonniers et de "
    "personnages 2026-2029 (articles 1.5, 2.3, 3.2, 7.3 et 10.1). Les jours marqués dans les "
    "grilles sont repris sous chaque mois. Légende des grilles : Avent = premier dimanche de "
    "l'Avent ; pointe = période de pointe des grottes ; férié = jour férié ; heure = "
    "changement d'heure ; grottes = ouverture ou fermeture des grottes."
)
C_DATE = "Kestermoor, le mardi 1er septembre 2026"
C_FOOTER = "FCCGM – Calendrier de la saison 2026-2027 – page {page} sur {pages}"
FR_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
GRID_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
# (year, month, {day: tag}, key dates in prose)
MONTHS: list[tuple[int, int, dict[int, str], list[str]]] = [
    (
        2026,
        10,
        {25: "heure", 31: "Halloween"},
        [
            "dimanche 25 octobre 2026 : passage à l'heure d'hiver ; à 3 h du matin, il est 2 h. "
            "La nuit du samedi 24 au dimanche 25 octobre compte une heure de plus.",
            "samedi 31 octobre 2026 : Halloween, jour ordinaire (non férié).",
        ],
    ),
    (
        2026,
        11,
        {14: "grottes", 29: "Avent"},
        [
            "samedi 14 novembre 2026 : ouverture des grottes de la saison 2026-2027.",
            "dimanche 29 novembre 2026 : premier dimanche de l'Avent, premier jour de la "
            "période de pointe des grottes.",
        ],
    ),
    (
        2026,
        12,
        {5: "St-Nicolas", 24: "pointe", 25: "férié", 26: "férié"},
        [
            "samedi 5 décembre 2026 : veille de la Saint-Nicolas, jour ordinaire.",
            "jeudi 24 décembre 2026 : veille de Noël, dernier jour de la période de pointe.",
            "vendredi 25 décembre 2026 : Noël, jour férié ; les grottes sont fermées.",
            "samedi 26 décembre 2026 : lendemain de Noël (Boxing Day), jour férié ; les grottes "
            "sont ouvertes.",
        ],
    ),
    (
        2027,
        1,
        {1: "férié", 6: "grottes", 15: "férié"},
        [
            "vendredi 1er janvier 2027 : jour de l'An, jour férié ; les grottes sont fermées.",
            "mercredi 6 janvier 2027 : le jour des Rois 2027, dernier jour de la saison des "
            "grottes 2026-2027.",
            "vendredi 15 janvier 2027 : fête de la Constitution, jour férié.",
        ],
    ),
    (
        2027,
        3,
        {28: "heure", 29: "férié"},
        [
            "dimanche 28 mars 2027 : Pâques ; passage à l'heure d'été ; à 2 h du matin, il est "
            "3 h. La nuit du samedi 27 au dimanche 28 mars compte une heure de moins.",
            "lundi 29 mars 2027 : lundi de Pâques, jour férié.",
        ],
    ),
]
C_NEXT = (
    "Saison 2027-2028 : le premier dimanche de l'Avent tombera le dimanche 28 novembre 2027. "
    "Les autres dates de la saison 2027-2028 seront publiées en septembre 2027."
)


def grid(year: int, month: int) -> list[list[int]]:
    """The month's weeks, Monday first; 0 for a day of another month."""
    return calendar.Calendar(0).monthdayscalendar(year, month)


def calendar_text() -> str:
    lines = [C_TITLE, C_SUB, C_DATE, C_INTRO]
    for year, month, tags, notes in MONTHS:
        lines.append(f"{FR_MONTHS[month - 1]} {year}")
        lines.append(" ".join(GRID_DAYS))
        for week in grid(year, month):
            lines.append(" ".join(str(d) for d in week if d))
        lines += sorted(set(tags.values()))
        lines += notes
    lines.append(C_NEXT)
    return "\n".join(lines)


def footer_numbers(pages: int) -> set[str]:
    out = {"2026", "2027", "2029"}
    for p in range(1, pages + 1):
        out.add(str(p))
    return out


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

MARGIN = 18.0
TOP = 18.0
BODY = 10.0
LH = 5.2
BOTTOM = 272.0


def _doc(footer: str):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def footer(self) -> None:
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
    pdf.alias_nb_pages()
    return pdf


REDACTION_BOXES: list[tuple[int, float, float, float, float]] = []  # page, x, y, w, h


def _notice():
    REDACTION_BOXES.clear()
    pdf = _doc(N_FOOTER)
    pdf.set_title(N_TITLE)
    pdf.set_author("Tinsel & Co. Bookings")
    pdf.set_creation_date(datetime.datetime(2026, 11, 23, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    full = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(full, 8, N_TITLE, align="C")
    pdf.set_font(FONT, "I", 9)
    pdf.set_xy(MARGIN, TOP + 9)
    pdf.cell(full, 5, N_SUB, align="C")
    pdf.set_font(FONT, "", 9)
    pdf.set_xy(MARGIN, TOP + 14)
    pdf.cell(full, 5, N_DATE, align="C")
    y = TOP + 24
    for kind, body in N_BLOCKS:
        if kind == "h":
            text = str(body)
            if text.startswith("Appendix"):
                pdf.add_page()
                y = TOP
            pdf.set_font(FONT, "B", 11)
            pdf.set_xy(MARGIN, y + 2)
            pdf.cell(full, 6, text)
            y += 9
            continue
        if kind == "redacted":
            label, fig = body  # type: ignore[misc]
            pdf.set_font(FONT, "", BODY)
            pdf.set_xy(MARGIN + 6, y)
            pdf.cell(full - 6, LH, f"{label} {fig}")
            x = MARGIN + 6 + pdf.get_string_width(label + " ")
            w = pdf.get_string_width(fig)
            pdf.set_fill_color(0, 0, 0)
            pdf.rect(x - 0.6, y + 0.3, w + 1.2, LH - 0.4, style="F")
            REDACTION_BOXES.append((pdf.page_no(), x - 0.6, y + 0.3, w + 1.2, LH - 0.4))
            y += LH + 1.5
            continue
        pdf.set_font(FONT, "", BODY)
        lines = wrap(pdf, str(body), full)
        if y + len(lines) * LH > BOTTOM:
            pdf.add_page()
            y = TOP
        for line in lines:
            pdf.set_xy(MARGIN, y)
            pdf.cell(full, LH, line)
            y += LH
        y += 2.5
    return pdf


def build_notice(write: bool = True) -> bytes:
    pdf = _notice()
    data = bytes(pdf.output())
    if write:
        with open(NOTICE_OUT, "wb") as f:
            f.write(data)
        print("wrote", NOTICE_OUT, pdf.page_no(), "pages")
    return data


CELL_W = 24.0
CELL_H = 13.0
HEAD_H = 5.5


def _month(pdf, y: float, year: int, month: int, tags: dict[int, str], notes: list[str]) -> float:
    full = pdf.w - 2 * MARGIN
    x0 = MARGIN + (full - 7 * CELL_W) / 2
    pdf.set_font(FONT, "B", 12)
    pdf.set_xy(x0, y)
    pdf.cell(7 * CELL_W, 7, f"{FR_MONTHS[month - 1]} {year}")
    y += 8
    pdf.set_font(FONT, "B", 8)
    pdf.set_fill_color(225, 225, 225)
    for i, d in enumerate(GRID_DAYS):
        pdf.set_xy(x0 + i * CELL_W, y)
        pdf.cell(CELL_W, HEAD_H, d, border=1, align="C", fill=True)
    y += HEAD_H
    for week in grid(year, month):
        for i, day in enumerate(week):
            x = x0 + i * CELL_W
            marked = day in tags
            if marked:
                pdf.set_fill_color(240, 240, 240)
                pdf.rect(x, y, CELL_W, CELL_H, style="DF")
            else:
                pdf.rect(x, y, CELL_W, CELL_H)
            if not day:
                continue
            pdf.set_font(FONT, "B", 9)
            pdf.set_xy(x + 1.2, y + 1)
            pdf.cell(CELL_W - 2.4, 4, str(day))
            if marked:
                pdf.set_font(FONT, "I", 7)
                pdf.set_xy(x + 1.2, y + 7.5)
                pdf.cell(CELL_W - 2.4, 3.5, tags[day])
        y += CELL_H
    y += 2.5
    pdf.set_font(FONT, "", 9)
    for note in notes:
        for k, line in enumerate(wrap(pdf, note, full - 6)):
            pdf.set_xy(MARGIN + (2 if k == 0 else 6), y)
            pdf.cell(full - 6, 4.6, ("– " if k == 0 else "") + line)
            y += 4.6
    return y + 5


def _calendar():
    pdf = _doc(C_FOOTER)
    pdf.set_title(C_TITLE)
    pdf.set_author("FCCGM")
    pdf.set_creation_date(datetime.datetime(2026, 9, 1, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    full = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 15)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(full, 8, C_TITLE, align="C")
    pdf.set_font(FONT, "", 9)
    y = TOP + 10
    for line in wrap(pdf, C_SUB, full):
        pdf.set_xy(MARGIN, y)
        pdf.cell(full, 4.8, line, align="C")
        y += 4.8
    pdf.set_xy(MARGIN, y)
    pdf.cell(full, 4.8, C_DATE, align="C")
    y += 8
    for line in wrap(pdf, C_INTRO, full):
        pdf.set_xy(MARGIN, y)
        pdf.cell(full, 4.8, line)
        y += 4.8
    y += 4
    for year, month, tags, notes in MONTHS:
        need = 8 + HEAD_H + len(grid(year, month)) * CELL_H + 6 + 5 * len(notes) * 4.6
        if y + need > BOTTOM:
            pdf.add_page()
            y = TOP
        y = _month(pdf, y, year, month, tags, notes)
    pdf.set_font(FONT, "B", 9)
    for line in wrap(pdf, C_NEXT, full):
        pdf.set_xy(MARGIN, y)
        pdf.cell(full, 4.8, line)
        y += 4.8
    if y > BOTTOM:
        raise SystemExit("the calendar runs past the page")
    return pdf


def build_calendar(write: bool = True) -> bytes:
    pdf = _calendar()
    data = bytes(pdf.output())
    if write:
        with open(CALENDAR_OUT, "wb") as f:
            f.write(data)
        print("wrote", CALENDAR_OUT, pdf.page_no(), "pages")
    return data


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_notice()
    build_calendar()
