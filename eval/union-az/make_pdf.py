#!/usr/bin/env python3
"""Build the union-az agreement PDF (docs/gslp-live-cinema-performance-agreement-2026-2029.pdf).

    /work/main/.venv/bin/python eval/union-az/make_pdf.py    # fpdf2 is in the venv

The Live Cinema Performance Agreement 2026-2029 between the Guild of Silent-Screen and
Live-Cinema Performers of Estrevel and the Estrevel Exhibitors' and Archives' Council, seven
A4 pages set in DejaVu Sans by fpdf2. Every line is broken here (not by fpdf2), so that
`agreement_text()` is the text a reader should extract, line for line.

Layout features: the catalogue carries a /ViewerPreferences dictionary (the document title
in the window bar, duplex printing on the long edge, two copies, no print scaling), and the
page content holds marked-content sequences: the dram sign, which DejaVu Sans does not have,
is DRAWN as vector strokes inside a `/Span <</ActualText <FEFF058F>>> BDC ... EMC` sequence
(a viewer copies "֏" from it; pdfplumber and pypdf, which read glyphs, read nothing there),
and the French signing formula is wrapped in `/Span <</Lang (fr-FR)>> BDC ... EMC`. Amounts
are written with the code AMD (clause 2.1). Fixed dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "gslp-live-cinema-performance-agreement-2026-2029.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"

A_TITLE = "Live Cinema Performance Agreement 2026-2029"
A_SUB = (
    "between the Guild of Silent-Screen and Live-Cinema Performers of Estrevel (GSLP, the Guild) "
    "and the Estrevel Exhibitors' and Archives' Council (EEAC, the Council)"
)
HEAD_TEXT = "GSLP / EEAC - Live Cinema Performance Agreement 2026-2029 - signed copy"
FOOTER = "Page {n} of {nb}"
DRAM_ACTUALTEXT = "<FEFF058F>"


def m(amount: str) -> str:
    """An amount as the agreement writes it: the code, a space, the figure."""
    return "AMD " + amount


# Schedule A: row, item, 2026-27, 2027-28, 2028-29 (the signed figures; row A1 and row E4 are
# replaced by Amendment No. 1 from Friday 4 December 2026).
SCHEDULE_A = [
    ("A1", "Solo accompanist, feature up to 75 minutes", "1,460.00", "1,520.00", "1,580.00"),
    ("A2", "Solo accompanist, feature over 75 minutes", "1,890.00", "1,960.00", "2,030.00"),
    ("A3", "Solo accompanist, short films", "880.00", "910.00", "940.00"),
    ("A4", "Ensemble musician, live-score screening", "1,120.00", "1,160.00", "1,200.00"),
    ("A5", "Ensemble leader's supplement", "420.00", "435.00", "450.00"),
    ("A6", "Film explainer, a screening", "1,340.00", "1,390.00", "1,440.00"),
    ("A7", "Live sound-effects performer", "960.00", "995.00", "1,030.00"),
    ("A8", "Rehearsal to picture, an hour", "260.00", "270.00", "280.00"),
    ("A9", "Compiling or composing a feature score", "3,800.00", "3,950.00", "4,100.00"),
    ("A10", "Overrun, a minute (clause 6.5)", "24.00", "25.00", "26.00"),
    ("A11", "Resident accompanist, a month", "6,200.00", "6,420.00", "6,650.00"),
    ("A12", "Loyalty supplement (clause 7.3)", "2,500.00", "2,600.00", "2,700.00"),
    ("A13", "Festival day, up to three screenings", "3,950.00", "4,100.00", "4,250.00"),
    ("A14", "Open-air screening supplement", "310.00", "320.00", "330.00"),
    ("A15", "Accompaniment recorded for a stream", "1,150.00", "1,190.00", "1,230.00"),
    ("E1", "Playing capture session, up to 4 hours", "7,900.00", "8,150.00", "8,400.00"),
    ("E2", "Capture session, each further hour", "1,300.00", "1,350.00", "1,400.00"),
    ("E3", "Explainer voice capture, up to 3 hours", "5,600.00", "5,800.00", "6,000.00"),
    ("E4", "AI royalty, a film a broadcast month", "460.00", "475.00", "490.00"),
    ("E5", "Synthetic explainer voice", "180.00", "185.00", "190.00"),
    ("E6", "Training a general model, once", "16,000.00", "16,000.00", "16,000.00"),
]  # fmt: skip
SCHEDULE_A_HEAD = ("Row", "Item", "2026-27", "2027-28", "2028-29")

# Schedule B: the figures of the Live Cinema Agreement 2023-2026 (replaced on 1 September 2026).
SCHEDULE_B = [
    ("A1", "Solo accompanist, feature up to 75 minutes (catalogue time)", "1,390.00"),
    ("A2", "Solo accompanist, feature over 75 minutes (catalogue time)", "1,790.00"),
    ("A4", "Ensemble musician, live-score screening", "1,060.00"),
    ("A6", "Film explainer, a screening", "1,270.00"),
    ("A7", "Live sound-effects performer", "910.00"),
    ("A8", "Rehearsal to picture, an hour", "245.00"),
    ("A10", "Overrun, each half-hour begun", "290.00"),
    ("A11", "Resident accompanist, a month", "5,900.00"),
    ("E1", "Playing capture session, up to 4 hours", "7,200.00"),
    ("E3", "Explainer voice capture, up to 3 hours", "5,100.00"),
    ("E4", "AI accompaniment royalty, a film a calendar month", "430.00"),
]  # fmt: skip
SCHEDULE_B_HEAD = ("Row", "Item (2023-2026 agreement)", "2023-26")

# The body: (kind, text). kind: part, art (article heading), p (paragraph), sign (French
# formula in a /Lang span), plain (an unnumbered line).
AGREEMENT: list[tuple[str, str]] = [
    ("p", "Signed at Wrenfield on Thursday 9 July 2026. In force from Tuesday 1 September 2026 to Friday 31 August 2029."),
    ("part", "Part A - Parties, term and money"),
    ("art", "Article 1 - Parties and scope"),
    ("p", "1.1 This agreement is made between the Guild of Silent-Screen and Live-Cinema Performers of Estrevel, founded in 1958, 31 Reel Street, Wrenfield WF2 6NP, and the Estrevel Exhibitors' and Archives' Council, for its members: the Regal Picturedrome (Wrenfield), the Ciné-Lumière (Beauclair-la-Rive), the National Film Archive of Estrevel and the Wrenfield Silent Film Festival."),
    ("p", "1.2 It covers members engaged to perform live with the projection of a film: solo accompanists, ensemble musicians and ensemble leaders, film explainers who narrate and voice the intertitles, and live sound-effects performers."),
    ("p", "1.3 It does not cover projectionists, film restorers, or volunteers of film societies."),
    ("art", "Article 2 - Term, seasons and currency"),
    ("p", "2.1 Amounts are in drams of the Republic of Estrevel (the dram of Estrevel is not the dram of Armenia, although both are written with the same sign and share the code AMD). The dram is divided into 100 luma. The typeface of this document has no dram sign: amounts are written with the code AMD before the figure, a comma between thousands and a point before the luma."),
    ("p", "2.2 The agreement runs for three seasons, each from 1 September to 31 August: 2026-27, 2027-28 and 2028-29. Schedule A gives one column for each season."),
    ("p", "2.3 It replaces the Live Cinema Agreement 2023-2026, whose figures are kept in Schedule B for claims about screenings before 1 September 2026."),
    ("part", "Part B - Engagement and pay"),
    ("art", "Article 3 - Bookings"),
    ("p", "3.1 Every engagement is booked in writing and names the film, the programme, the date, the call and the row of Schedule A."),
    ("p", "3.2 A screening cancelled less than 7 days before its date is paid in full."),
    ("art", "Article 4 - Running time"),
    ("p", "4.1 A solo accompanist's feature programme is paid at row A1 when its running time is 75 minutes or less and at row A2 when it is longer."),
    ("p", "4.2 The running time is computed from the length of the print and the projection speed stated in the published programme: minutes = feet x 16 / (frames a second x 60). The running time printed in an archive catalogue is not used. Where the programme states no speed, 24 frames a second applies."),
    ("art", "Article 5 - Offers"),
    ("p", "5.1 An offer of an engagement is made in writing and gives the date and hour at which it was sent."),
    ("p", "5.3 An offer lapses 72 hours after it was sent, to the minute, unless the member has accepted it in writing before then. The 2023-2026 agreement kept an offer open for five days."),
    ("art", "Article 6 - Calls and overrun"),
    ("p", "6.1 A screening call begins 45 minutes before the advertised start of the programme."),
    ("p", "6.5 A programme that runs more than 10 minutes beyond its booked running time is paid at row A10 for every minute of the overrun, counted from the first minute. An overrun of 10 minutes or less is not paid. The 2023-2026 agreement paid each half-hour begun."),
    ("art", "Article 7 - Resident accompanists"),
    ("p", "7.1 A resident accompanist receives the monthly retainer of row A11, which covers up to 12 screenings in the month; further screenings are paid at their rows."),
    ("p", "7.3 A member who reaches 60 screenings in a year under this agreement receives the loyalty supplement of row A12 once, with the pay of the period in which the 60th screening falls. The year is the ISO week-numbering year: it begins on the Monday of the week that holds the first Thursday of January, so that the year 2026 runs from Monday 29 December 2025 to Sunday 3 January 2027 (week 53). The 2023-2026 agreement counted calendar years."),
    ("art", "Article 8 - Rehearsal and preparation"),
    ("p", "8.1 A rehearsal to picture is paid at row A8 an hour, with a minimum call of 2 hours."),
    ("p", "8.2 Compiling or composing a score for a feature is paid once at row A9."),
    ("art", "Article 9 - Pay periods"),
    ("p", "9.1 Pay is made twice a month: screenings from the 1st to the 15th of a month are paid on the 22nd of that month, and screenings from the 16th to the last day of a month on the 7th of the following month. The 2023-2026 agreement paid monthly, on the last working day of the month."),
    ("p", "9.2 A pay day that is not a working day moves to the next working day."),
    ("art", "Article 10 - Travel, meals and engagements abroad"),
    ("p", "10.1 Travel of more than 20 km from the member's home is paid at 85 luma a kilometre."),
    ("p", "10.2 A festival day carries a meal allowance of AMD 300."),
    ("p", "10.4 A fee paid by a festival abroad is converted into drams at the reference rate of the Central Bank of Estrevel published for the day of the screening, not the day of payment. For the Dadaocheng Silent Nights in Taipei, the festival pays TWD 36,000 for each explainer programme. The 2023-2026 agreement used the rate of the day of payment."),
    ("art", "Article 11 - Recording and streams"),
    ("p", "11.1 A live accompaniment recorded for a stream or a broadcast is paid at row A15 for each screening recorded, on top of the screening fee."),
    ("art", "Article 12 - Working conditions"),
    ("p", "12.1 A member is given a lit music desk and a seat with a clear view of the screen. Nitrate prints are projected only from a fire-rated booth."),
    ("part", "Part E - Captures, AI accompaniment and synthetic performers"),
    ("art", "Article 13 - Definitions"),
    ("p", "13.1 A capture is a recording of a member's playing or voice made to train or build a model. An AI accompaniment is music generated by a model learned from captures. A synthetic explainer is a voice generated from a capture of an explainer."),
    ("art", "Article 14 - Consent"),
    ("p", "14.1 Each capture, each film and each use needs a separate written consent of the member on Form SL-3. A blanket consent is void."),
    ("p", "14.2 A member may withdraw a consent at any time on Form SL-4."),
    ("p", "14.3 No person under 18 is captured, even with a parent's consent."),
    ("p", "14.4 No AI accompaniment or synthetic explainer is used at a screening for which a member was booked and then cancelled, nor in place of a live performer named in a published programme."),
    ("art", "Article 15 - Capture fees and licence"),
    ("p", "15.1 A playing capture session is paid at row E1 for up to 4 hours and at row E2 for each further hour; an explainer voice capture at row E3 for up to 3 hours."),
    ("p", "15.4 A licence to use an AI accompaniment or a synthetic explainer runs for 12 months from the first public screening of the film with it, and ends on the day before that screening's first anniversary, whatever the date of the consent. The 2023-2026 agreement counted 24 months from the signature of the consent."),
    ("p", "15.5 A capture may be bought out for the rest of this agreement for forty-two thousand drams (AMD 42,000.00), with the member's written consent."),
    ("p", "15.6 Training a general model on a member's captures is paid once at row E6."),
    ("art", "Article 16 - Royalties"),
    ("p", "16.1 Each film screened or streamed with an AI accompaniment learned from a member's captures earns that member the royalty of row E4 for each broadcast month in which it is shown."),
    ("p", "16.4 A broadcast month begins on the Monday of the week that holds the first day of the calendar month and ends on the last Sunday of the calendar month. The 2023-2026 agreement used calendar months."),
    ("p", "16.5 A synthetic explainer voice is paid at row E5 for each screening at which it is used."),
    ("art", "Article 17 - Deletion and credit"),
    ("p", "17.1 Captures and models are deleted within 30 days of a withdrawal, and the member receives a written confirmation."),
    ("p", "17.3 Every programme of a screening with an AI accompaniment prints the line \"Music generated from the playing of [name of the member], with consent\"."),
    ("art", "Article 18 - Joint Committee and audit"),
    ("p", "18.1 A Joint Committee on Captures and AI of three members named by each party meets at least twice a season."),
    ("p", "18.2 The Guild may audit the use of captures once a year on 10 working days' notice."),
    ("art", "Article 19 - Signatures"),
    ("p", "For the Guild: Imogen Hargreave, President; Aldous Nakashima, Rates Officer. For the Council: Ignatius Rosewarne, Chair; Perrin Strathearn, Secretary."),
    ("sign", "Fait à Wrenfield, en anglais et en français, les deux textes faisant également foi."),
]  # fmt: skip

# ---- line breaking --------------------------------------------------------------------------

MARGIN = 20.0
TOP = 24.0
LH = 4.9
BOTTOM = 272.0
ROW_H = 5.6
COLS_A = (11.0, 80.0, 26.0, 26.0, 27.0)
COLS_B = (11.0, 120.0, 39.0)
SIGNED = datetime.datetime(2026, 7, 9, 14, 0, tzinfo=datetime.UTC)


def wrap(pdf, text: str, width: float) -> list[str]:
    words = text.split(" ")
    lines: list[str] = []
    cur = ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if not cur or pdf.get_string_width(cand) <= width:
            cur = cand
            continue
        lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    return lines


def _cells(row: tuple) -> tuple:
    """A schedule row as printed: every amount with the code (a reader then never joins two
    neighbouring figures into one)."""
    return tuple(c if i < 2 else m(c) for i, c in enumerate(row))


def _rows_text(head: tuple, rows: list[tuple]) -> list[str]:
    return [" ".join(r) for r in [head, *[_cells(r) for r in rows]]]


def agreement_text() -> str:
    """The text the PDF shows, block by block (no line breaks inside a block)."""
    out = [A_TITLE, A_SUB]
    for _kind, text in AGREEMENT:
        out.append(text)
    out.append("Schedule A - Rates for each season, in drams")
    out.extend(_rows_text(SCHEDULE_A_HEAD, SCHEDULE_A))
    out.append("Schedule B - Figures of the Live Cinema Agreement 2023-2026, in drams")
    out.extend(_rows_text(SCHEDULE_B_HEAD, SCHEDULE_B))
    return "\n".join(out) + "\n"


def footer_numbers(pages: int) -> set[str]:
    return {str(n) for n in range(1, pages + 1)}


# ---- drawing ----------------------------------------------------------------------------------


def dram_sign(pdf, x: float, y: float, size: float) -> None:
    """Draw ֏ (a hooked stem with two bars) in a marked-content span carrying its ActualText."""
    pdf._out(f"/Span <</ActualText {DRAM_ACTUALTEXT}>> BDC")
    pdf.set_line_width(size * 0.09)
    pdf.set_draw_color(0, 0, 0)
    w = size * 0.55
    pdf.line(x + w * 0.5, y, x + w * 0.5, y + size * 0.9)
    pdf.line(x + w * 0.5, y + size * 0.9, x + w * 0.15, y + size * 0.75)
    pdf.line(x + w * 0.05, y + size * 0.38, x + w * 0.95, y + size * 0.38)
    pdf.line(x + w * 0.05, y + size * 0.58, x + w * 0.95, y + size * 0.58)
    pdf.arc(x, y - size * 0.05, w, start_angle=180, end_angle=360, b=w * 0.8)
    pdf._out("EMC")


def _doc():
    from fpdf import FPDF, ViewerPreferences

    class Doc(FPDF):
        def header(self) -> None:
            self.set_font(FONT, "B", 8)
            self.set_xy(MARGIN, 10)
            self.cell(self.w - 2 * MARGIN, 5, HEAD_TEXT)
            self.set_line_width(0.3)
            self.line(MARGIN, 16, self.w - MARGIN, 16)

        def footer(self) -> None:
            self.set_font(FONT, "", 8)
            self.set_xy(MARGIN, self.h - 13)
            self.cell(self.w - 2 * MARGIN, 4, FOOTER.format(n=self.page_no(), nb="{nb}"), align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    pdf.set_creation_date(SIGNED)
    pdf.set_title(A_TITLE)
    pdf.set_author("GSLP and EEAC")
    pdf.set_subject("Signed copy kept by the Council's registry")
    pdf.set_lang("en-GB")
    pdf.viewer_preferences = ViewerPreferences(
        display_doc_title=True,
        center_window=True,
        duplex="DuplexFlipLongEdge",
        num_copies=2,
        print_scaling="None",
    )
    return pdf


def _table(pdf, y: float, head: tuple, rows: list[tuple], cols: tuple) -> float:
    pdf.set_line_width(0.2)
    for i, row in enumerate([head, *[_cells(r) for r in rows]]):
        if y + ROW_H > BOTTOM:
            pdf.add_page()
            y = TOP
        x = MARGIN
        pdf.set_font(FONT, "B" if i == 0 else "", 8.2)
        for j, (cell, w) in enumerate(zip(row, cols, strict=True)):
            pdf.rect(x, y, w, ROW_H)
            pdf.set_xy(x + 1.0, y + 0.4)
            if pdf.get_string_width(cell) > w - 2.0:
                raise SystemExit(f"a schedule cell does not fit: {cell!r}")
            pdf.cell(w - 2.0, ROW_H - 0.8, cell, align="R" if j >= 2 else "L")
            x += w
        y += ROW_H
    return y


def _lines(pdf, y: float, text: str, style: str, size: float, full: float, gap: float) -> float:
    pdf.set_font(FONT, style, size)
    lines = wrap(pdf, text, full)
    if y + len(lines) * LH > BOTTOM:
        pdf.add_page()
        y = TOP
    for line in lines:
        pdf.set_xy(MARGIN, y)
        pdf.cell(full, LH, line)
        y += LH
    return y + gap


def build_agreement(write: bool = True) -> bytes:
    pdf = _doc()
    full = pdf.w - 2 * MARGIN
    pdf.add_page()
    y = TOP + 2
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(MARGIN, y)
    pdf.cell(full, 7, A_TITLE)
    y += 10
    y = _lines(pdf, y, A_SUB, "I", 9.5, full, 3)
    for kind, text in AGREEMENT:
        if kind == "part":
            if y > BOTTOM - 30:
                pdf.add_page()
                y = TOP
            y = _lines(pdf, y + 2, text, "B", 11.5, full, 1.5)
        elif kind == "art":
            if y > BOTTOM - 20:
                pdf.add_page()
                y = TOP
            y = _lines(pdf, y + 1, text, "B", 9.8, full, 0.8)
        elif kind == "sign":
            pdf._out("/Span <</Lang (fr-FR)>> BDC")
            y = _lines(pdf, y, text, "I", 9.3, full, 1.6)
            pdf._out("EMC")
        else:
            y = _lines(pdf, y, text, "", 9.3, full, 1.6)
    pdf.add_page()
    y = TOP
    pdf.set_font(FONT, "B", 11.5)
    title = "Schedule A - Rates for each season, in drams"
    pdf.set_xy(MARGIN, y)
    pdf.cell(full, 6, title)
    dram_sign(pdf, MARGIN + pdf.get_string_width(title) + 2.0, y + 1.0, 4.2)
    y += 9
    y = _table(pdf, y, SCHEDULE_A_HEAD, SCHEDULE_A, COLS_A)
    y += 8
    pdf.set_font(FONT, "B", 11.5)
    title = "Schedule B - Figures of the Live Cinema Agreement 2023-2026, in drams"
    pdf.set_xy(MARGIN, y)
    pdf.cell(full, 6, title)
    dram_sign(pdf, MARGIN + pdf.get_string_width(title) + 2.0, y + 1.0, 4.2)
    y += 9
    _table(pdf, y, SCHEDULE_B_HEAD, SCHEDULE_B, COLS_B)
    data = bytes(pdf.output())
    if write:
        with open(OUT, "wb") as f:
            f.write(data)
    return data


if __name__ == "__main__":
    out = build_agreement()
    print("wrote", OUT, len(out), "bytes")
