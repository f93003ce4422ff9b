#!/usr/bin/env python3
"""Build the two PDFs of union-aq (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-aq/make_pdf.py    # fpdf2 and Pillow are in the venv

- docs/gcpa-private-events-agreement-2026-2029.pdf: the Private Events Performers Agreement
  2026-2029 in English. Clause 7 holds TWO SMALL TABLES SIDE BY SIDE on one page (Table 7.2,
  the cancellation scale, on the left; Table 7.3, the payment schedule, on the right, both
  drawn at the same height with fpdf2's table API): pdfplumber reads a row of each table as
  one line, pypdf reads the left table and then the right one. Schedule A is a full-width
  table. English amounts with GH and the sign, no space ("GH₵1,250.00", clause 2.1); the one
  sum in words is clause 8.3's training fee; "85 pesewas" (clause 6.1); the only foreign
  amount is clause 6.4's "A$150"; "GH₵2.6mn" (clause 8.10) is a budget line.
- docs/avis-conjoint-2026-11-carburant-adhesion-orangerie.pdf: the joint notice No. 2026-11
  (French, 27 November 2026), a SCANNED COPY: each page is an image of the signed notice with
  an INVISIBLE TEXT LAYER over it (text render mode 3, as an OCR tool writes it), which is
  what both readers extract. It ends the temporary fuel supplement early (30 November 2026
  instead of 31 March 2027) and records Orangery Halls' accession (2 November 2026).

DejaVu Sans (/usr/share/fonts/truetype/dejavu) draws "₵", "¢", "–" and U+202F. Lines are
broken by this script, never inside an amount, a percentage, a date, a clause reference or a
quoted phrase (TIES). `agreement_text()` and `notice_text()` return the text for check_set.py
(the footers are not in it: `footer_numbers()` gives their numbers). Fixed creation dates:
byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "gcpa-private-events-agreement-2026-2029.pdf")
NOTICE_OUT = os.path.join(HERE, "docs", "avis-conjoint-2026-11-carburant-adhesion-orangerie.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
TIE = "\u0001"  # a space the line breaker must not break at (never in the output)
NNB = "\u202f"
NBSP = "\u00a0"

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
)
TIES = [
    re.compile(r"(?:GH[₵¢]|A\$)\d[\d,.]*(?:mn)?"),
    re.compile(rf"\b\d[\d{NNB}]*,\d\d{NBSP}GH₵"),
    re.compile(
        r"\b\d+(?:[.,]\d+)? ?(?:%|hours?|days?|minutes|km|metres|dB|bpm|guests|children|"
        r"working days|pesewas|events|jours|heures|premiers km)(?![\w/])"
    ),
    re.compile(rf"\b\d{{1,2}}(?:er)? (?:{_MONTHS}) \d{{4}}\b"),
    re.compile(
        r"\b(?:[Cc]lauses?|Schedule|Form|Table|Part|n°|No\.|article|Tables) [\dA-Z]+"
        r"(?:[.\-/]\d+)*(?:-[A-Z\d]+)?"
    ),
    re.compile(
        r"\btwo thousand four hundred cedis \(GH₵2,400\.00\)|\bthe night of 31 December 2026 "
        r"to 1 January 2027\b|\b1er du mois de mars 2027\b|\b12-inch balloons\b"
    ),
    re.compile(r'"[^"]{1,70}"|«[^»]{1,60}»|2027-01-01T00:00|HD7 2LX'),
]

# ---- the agreement --------------------------------------------------------------------------

A_TITLE = "Private Events Performers Agreement 2026–2029"
A_PARTIES = [
    "between the Guild of Celebration and Party Performers of Ambrevale (GCPA, the Guild)",
    "and Festoon National Events Agency (Festoon, the Agency);",
    "Orangery Halls Ltd may accede to it under clause 1.3",
    "Harrowdean, Republic of Ambrevale",
]
FOOTER = "GCPA / Festoon – Private Events Performers Agreement 2026–2029 – page {page} of {pages}"

# (kind, text): "part" a Part heading, "art" a clause heading, "p" a paragraph,
# "tables" the two small tables side by side, "schedule" Schedule A
AGREEMENT: list[tuple[str, str]] = [
    ("part", "Part A – General"),
    ("art", "1. Scope and term"),
    (
        "p",
        "1.1 This agreement covers the performers whom the Agency books for private events: "
        "wedding and ceremony singers and musicians, among them string trios and harpists; "
        "event MCs and masters of ceremony; children's-party character performers in costume; "
        "balloon artists and face painters; caricaturists and live speed-portrait painters; "
        "roving close-up performers at corporate dinners; and first-dance and flash-mob "
        "choreographers who teach a couple or their guests.",
    ),
    (
        "p",
        "1.2 Not covered. The venues' own catering and bar staff, who are salaried employees of "
        "the venue, are not covered by this agreement. DJs who only play recorded music, with "
        "no live performance, are not covered. Hobbyists booked through the PalsBook "
        "friends-and-family app are not covered.",
    ),
    (
        "p",
        "1.3 Accession. Orangery Halls Ltd, a chain of wedding and banquet venues, is bound by "
        "this agreement from the date on which it signs a letter of accession. Until that date "
        "its venues pay performers their own house rates, and this agreement does not apply "
        "at its venues.",
    ),
    (
        "p",
        "1.4 This agreement was signed at Harrowdean on 24 September 2026. It takes effect on "
        "1 October 2026 and runs until 30 September 2029. It replaces the Party and Wedding "
        "Entertainers Agreement 2023–2026, which ended on 30 September 2026.",
    ),
    (
        "p",
        "1.5 The Guild, founded in 1994, has its head office at Guild House, 18 Lamplighter "
        "Row, Harrowdean HD7 2LX, and a French-language office in Clairmarais.",
    ),
    ("art", "2. Money, language and tertials"),
    (
        "p",
        "2.1 Amounts are in cedis of the Republic of Ambrevale. The Ambrevalian cedi is not the "
        "cedi of Ghana, although both are written GH₵. The cedi is divided into 100 pesewas. "
        "This agreement writes the letters GH and the sign ₵ before the figure, with no space, "
        "a comma between the thousands and a point before the pesewas: GH₵1,250.00 is one "
        "thousand two hundred and fifty cedis. The sign ₵ is sometimes typed as ¢, the cent "
        "sign: GH¢ means GH₵.",
    ),
    ("p", "2.2 Where a sum is written in words, the figure in brackets is the same sum."),
    (
        "p",
        "2.3 This agreement is made in English. The Guild publishes a French version for its "
        "members; if the two texts differ, the English text prevails.",
    ),
    (
        "p",
        "2.4 Tertials. For the rates that are set by tertial, the year is divided into three "
        "tertials: T1 from 1 January to 30 April, T2 from 1 May to 31 August, and T3 from "
        "1 September to 31 December. The rate of a tertial is paid for work done on a day of "
        "that tertial. The Agency's rate card gives the rate of each tertial.",
    ),
    ("part", "Part B – Engagements and rates"),
    ("art", "3. Ceremonies, receptions and MCs"),
    (
        "p",
        "3.1 A wedding or other ceremony is paid per performer by its length band: up to "
        "30 minutes GH₵680.00; from 31 to 60 minutes GH₵940.00; from 61 to 90 minutes "
        "GH₵1,180.00. A string trio is three performers, each paid the rate of the band. Time "
        "beyond 90 minutes is overtime under clause 5.4.",
    ),
    (
        "p",
        "3.2 A reception set is paid per hour, for at least 2 hours, at the rate of the "
        "tertial in which the reception takes place (clause 2.4).",
    ),
    (
        "p",
        "3.3 An event MC or master of ceremonies is paid GH₵1,250.00 per event, for up to "
        "6 hours at the venue.",
    ),
    ("art", "4. Children's parties, guests and lessons"),
    (
        "p",
        "4.1 A children's-party character performer in costume is paid GH₵395.00 per slot of "
        "90 minutes. A performer looks after at most 14 children; above 14 children the Agency "
        "books a second performer.",
    ),
    (
        "p",
        "4.2 A balloon artist, face painter, caricaturist or live speed-portrait painter is "
        "paid GH₵285.00 per hour, for at least 2 hours. The hourly rate covers an event of up "
        "to 75 guests. Above 75 guests, a per-guest rate of GH₵6.50 is added for each guest "
        "above the first 75 guests. Indoors, nothing larger than 12-inch balloons is used.",
    ),
    (
        "p",
        "4.3 A roving close-up performer at a corporate dinner is paid GH₵720.00 per evening "
        "of up to 3 hours.",
    ),
    (
        "p",
        "4.4 A first-dance or flash-mob choreographer is paid GH₵310.00 per lesson hour. A "
        "flash-mob class takes at most 24 guests, each aged 16 or over, and its routine is "
        "taught at no more than 120 bpm.",
    ),
    (
        "p",
        "4.5 A performer does no more than three events in one day, with at least 45 minutes "
        "between the end of one event and the start of the next; no more than two of the "
        "three are children's parties.",
    ),
    ("part", "Part C – Allowances, premiums and travel"),
    ("art", "5. Allowances and premiums"),
    (
        "p",
        "5.1 A costume-and-make-up allowance of GH₵65.00 per event is paid to performers who "
        "work in costume or make-up. A props allowance of GH₵25.00 per event is paid to "
        "balloon artists, face painters and close-up performers.",
    ),
    (
        "p",
        "5.2 The costume, make-up and props allowance of the 2023–2026 agreement, GH₵90.00 per "
        "event, is split into the two allowances of clause 5.1. It is not paid any more.",
    ),
    (
        "p",
        "5.3 Late-finish premium. Each hour or part of an hour worked after 23:00 is paid a "
        "late-finish premium of GH₵95.00. From 1 January 2027 the premium is GH₵110.00. The "
        "hour in which the work is done decides the rate, not the date of the booking or of "
        "the start of the event: for an event on the night of 31 December 2026 to 1 January "
        "2027, the hours before midnight are paid GH₵95.00 and the hours from 2027-01-01T00:00 "
        "are paid GH₵110.00.",
    ),
    (
        "p",
        "5.4 Overtime. Each block of 15 minutes, or part of a block, after the booked end of "
        "an engagement is paid GH₵55.00 per performer.",
    ),
    (
        "p",
        "5.5 Public holidays. An engagement on a public holiday is paid with a premium of 80% "
        "of the fee.",
    ),
    (
        "p",
        "5.6 Sound. An acoustic set stays under 88 dB at 3 metres from the performers.",
    ),
    ("art", "6. Travel, overnight stays and events abroad"),
    (
        "p",
        "6.1 Travel is paid at 85 pesewas per km beyond the first 40 km from the performer's "
        "home, each way. Under the 2023–2026 agreement travel was paid GH₵0.70 per km beyond "
        "the first 50 km.",
    ),
    (
        "p",
        "6.2 Temporary fuel supplement. From 1 October 2026 a fuel supplement of GH₵0.20 per "
        "km is paid on top of clause 6.1, for the same kilometres, until 31 March 2027, "
        "unless the Agency and the Guild end it earlier by a joint notice.",
    ),
    (
        "p",
        "6.3 Overnight allowance. When an event ends after 23:30 and the performer lives more "
        "than 60 km from the venue, an overnight allowance of GH₵420.00 per night is paid. The "
        "allowance becomes GH₵465.00 from 1 June 2027 or from the day the Westercombe Orangery "
        "opens to the public, whichever is earlier.",
    ),
    (
        "p",
        "6.4 Events abroad. A performer sent to a destination event abroad is paid a daily "
        "allowance of A$150 in Australian dollars; it is the only amount of this agreement "
        "that is not in cedis.",
    ),
    ("part", "Part D – Bookings, cancellation and payment"),
    ("art", "7. Deposit, cancellation and claims"),
    (
        "p",
        "7.1 At booking, the Agency collects a deposit of 35% of the performer's fee and pays "
        "it to the performer within 5 working days.",
    ),
    (
        "p",
        "7.2 If the client cancels, the performer is paid the share of the fee that the "
        "cancellation scale gives for the days of notice before the event (Table 7.2). The "
        "rest of the fee is paid as the payment schedule sets out (Table 7.3).",
    ),
    ("tables", ""),
    (
        "p",
        "7.4 Claims. A performer who was paid less than this agreement provides may claim the "
        "difference from the Agency within 120 days after the event. This clause applies to "
        "every claim made from 1 October 2026; the 2023–2026 agreement allowed 60 days.",
    ),
    ("part", "Part E – Synthetic performances"),
    ("art", "8. Uses, consent and fees"),
    (
        "p",
        "8.1 This Part covers four uses: (a) a virtual MC, a voice cloned from an MC's "
        "recordings that a venue uses for its announcements; (b) AI caricatures drawn in the "
        "style of a named caricaturist by a style-transfer model trained on that "
        "caricaturist's work; (c) a digital double of a children's-party character performer "
        "used in Bonbon Clips, the Agency's personalised birthday video app; and (d) "
        "synthetic wedding-song covers sung in a singer's voice.",
    ),
    (
        "p",
        "8.2 Each use needs the performer's written consent for that use alone, given on Form "
        "SYN-4, one form per use. Consent to one use is not consent to another.",
    ),
    (
        "p",
        "8.3 Training a model on a performer's voice, likeness or work is paid a training fee "
        "of two thousand four hundred cedis (GH₵2,400.00) per model, once, when the model is "
        "trained.",
    ),
    (
        "p",
        "8.4 Use fees: a virtual MC is paid GH₵540.00 per venue per month; an AI caricature "
        "GH₵4.80 per caricature; a birthday video GH₵12.50 per video; and a synthetic cover "
        "GH₵180.00 per cover and wedding.",
    ),
    (
        "p",
        "8.5 The monthly caps on each use are set by the Joint Committee in its guide to "
        "synthetic performances.",
    ),
    (
        "p",
        "8.6 No recording, likeness or work of a performer is used to train a general model, "
        "or any model other than the one the performer consented to.",
    ),
    (
        "p",
        '8.7 Disclosure. The virtual MC opens each announcement with "This announcement uses '
        'a synthetic voice". An AI caricature is printed with "AI caricature in the style of '
        'the named artist, with consent". A birthday video shows on screen "AI video of a '
        'costumed performer, made with consent". An invitation that uses a synthetic cover '
        'carries the line "Synthetic cover sung by an AI voice, with the singer\'s consent".',
    ),
    (
        "p",
        "8.8 Withdrawal. A performer may withdraw a consent with 28 days' written notice. The "
        "use stops at the end of the notice, and the model, the recordings and the style data "
        "are deleted within 40 days after that.",
    ),
    ("p", "8.9 The Guild may audit the use logs once a year on 20 working days' notice."),
    (
        "p",
        "8.10 A Joint Committee on Synthetic Performances oversees this Part. Its annual budget "
        "is GH₵2.6mn (mn stands for million: two point six million cedis); it is a budget line "
        "and not a rate. The Committee sets the date of its own first meeting.",
    ),
    ("part", "Part F – Signature"),
    ("art", "9. Signature"),
    (
        "p",
        "Signed at Harrowdean on 24 September 2026 for the Guild by Cordelia Nwosu-Lefebvre, "
        "president, and Bastien Okoro-Whitfield, chief negotiator, and for the Agency by "
        "Harold Pemberton-Asante, director of bookings.",
    ),
    ("schedule", ""),
]

TABLE_72_TITLE = "Table 7.2 – Cancellation scale"
TABLE_72 = [
    ("Notice", "Share of the fee"),
    ("61 days or more", "35% (the deposit)"),
    ("31 to 60 days", "50%"),
    ("8 to 30 days", "75%"),
    ("7 days or fewer", "100%"),
]
TABLE_73_TITLE = "Table 7.3 – Payment schedule"
TABLE_73 = [
    ("Payment", "When"),
    ("Deposit (35%)", "collected at booking"),
    ("Balance", "10 days after the event"),
    ("Overtime, premiums", "with the balance"),
    ("Allowances, travel", "with the balance"),
]
SCHEDULE_TITLE = "Schedule A – Rates at a glance (Private Events Performers Agreement 2026–2029)"
SCHEDULE_NOTE = (
    "Reception sets are paid at the rate of the tertial (clause 2.4) in the Agency's rate card; "
    "travel, the fuel supplement and the overnight allowance are in clause 6."
)
SCHEDULE = [
    ("Engagement or item", "Unit", "Rate", "Clause"),
    ("Ceremony, up to 30 minutes", "per performer", "GH₵680.00", "3.1"),
    ("Ceremony, 31 to 60 minutes", "per performer", "GH₵940.00", "3.1"),
    ("Ceremony, 61 to 90 minutes", "per performer", "GH₵1,180.00", "3.1"),
    ("Event MC or master of ceremonies", "per event", "GH₵1,250.00", "3.3"),
    ("Children's-party character performer", "per 90-minute slot", "GH₵395.00", "4.1"),
    ("Balloon artist, face painter, caricaturist", "per hour", "GH₵285.00", "4.2"),
    ("Guests above the first 75", "per guest", "GH₵6.50", "4.2"),
    ("Roving close-up performer", "per evening", "GH₵720.00", "4.3"),
    ("Choreography lesson", "per lesson hour", "GH₵310.00", "4.4"),
    ("Costume-and-make-up allowance", "per event", "GH₵65.00", "5.1"),
    ("Props allowance", "per event", "GH₵25.00", "5.1"),
    ("Overtime after the booked end", "per 15-minute block", "GH₵55.00", "5.4"),
]


def _table_lines(rows: list[tuple[str, ...]]) -> list[str]:
    return [" | ".join(r) for r in rows]


def agreement_text() -> str:
    out = [A_TITLE, *A_PARTIES]
    for kind, text in AGREEMENT:
        if kind == "tables":
            out += [TABLE_72_TITLE, *_table_lines(TABLE_72)]
            out += [TABLE_73_TITLE, *_table_lines(TABLE_73)]
        elif kind == "schedule":
            out += [SCHEDULE_TITLE, *_table_lines(SCHEDULE), SCHEDULE_NOTE]
        else:
            out.append(text)
    return "\n".join(out)


def footer_numbers(pages: int) -> set[str]:
    return {str(i) for i in range(1, pages + 1)} | {"2026", "2029"}


# ---- the notice (a scanned copy with an OCR text layer) -----------------------------------------

N_TITLE = "AVIS CONJOINT N° 2026-11"
N_SUB = "Comité paritaire des tarifs – Guilde (GAFCA) et Agence nationale d'événements Festoon"
N_DATE = "Clairmarais, le 27 novembre 2026"
N_BLOCKS: list[tuple[str, str]] = [
    ("h", "1. Fin anticipée du supplément carburant"),
    (
        "p",
        "L'article 6.2 de l'accord des artistes d'événements privés 2026-2029 prévoit un "
        "supplément carburant temporaire de 0,20" + NBSP + "GH₵ par km, versé en plus du "
        "tarif kilométrique jusqu'au 31 mars 2027, sauf si les parties y mettent fin plus tôt "
        "par un avis conjoint.",
    ),
    (
        "p",
        "Le prix du carburant ayant baissé, les parties mettent fin au supplément par "
        "anticipation : le supplément carburant prend fin le 30 novembre 2026. À compter du "
        "1er décembre 2026, les déplacements sont payés 0,85" + NBSP + "GH₵ par km au-delà "
        "des 40 premiers km, sans aucun supplément. Les kilomètres parcourus jusqu'au "
        "30 novembre 2026 inclus gardent le supplément.",
    ),
    ("h", "2. Adhésion des Salons de l'Orangerie"),
    (
        "p",
        "Les Salons de l'Orangerie (Orangery Halls Ltd) ont signé leur lettre d'adhésion à "
        "l'accord le 2 novembre 2026, comme le prévoit l'article 1.3. L'accord s'applique "
        "dans toutes leurs salles à compter de cette date. Les artistes que l'Agence réserve "
        "pour une salle de l'Orangerie reçoivent désormais les tarifs de l'accord et de la "
        "grille de l'Agence, y compris les indemnités et les primes.",
    ),
    (
        "p",
        "Pour une prestation donnée dans une de leurs salles avant le 2 novembre 2026, c'est "
        "le tarif maison des Salons qui s'appliquait, par exemple 230,00" + NBSP + "GH₵ "
        "l'heure de set de réception ; aucun rappel n'est dû pour ces prestations.",
    ),
    ("h", "3. Prochaine réunion"),
    (
        "p",
        "Le comité paritaire des tarifs se réunira le 1er du mois de mars 2027 à Clairmarais, "
        "au bureau de la Guilde. Les questions des membres lui parviennent par le bureau, "
        "qui les transmet au comité au moins une semaine avant la réunion ; le comité répond "
        "par un avis conjoint publié en français et en anglais.",
    ),
    ("h", "4. Rappels"),
    (
        "p",
        "Les montants de cet avis sont écrits à la française : une espace fine entre les "
        "milliers, une virgule avant les pesewas et le signe GH₵ après le nombre, par exemple "
        "1" + NNB + "250,00" + NBSP + "GH₵. Le cedi d'Ambrevale n'est pas celui du Ghana.",
    ),
    (
        "p",
        "Le présent avis est une copie numérisée de l'avis signé ; il est publié en français "
        "et en anglais et affiché dans les bureaux de la Guilde et de l'Agence.",
    ),
    ("h", "Signatures"),
    (
        "p",
        "Pour la Guilde : Bastien Okoro-Whitfield, négociateur en chef. Pour l'Agence : "
        "Harold Pemberton-Asante, directeur des réservations.",
    ),
]
N_FOOTER = "Avis conjoint n° 2026-11 – copie numérisée"


def notice_text() -> str:
    return "\n".join([N_TITLE, N_SUB, N_DATE, *(t for _, t in N_BLOCKS), N_FOOTER])


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
TOP = 20.0
BODY = 10.0
LH = 5.0
BOTTOM = 272.0


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
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    return pdf


def _small_tables(pdf, y: float) -> float:
    """Tables 7.2 and 7.3 side by side, both starting at `y`; returns the y below them."""
    half = (pdf.w - 2 * MARGIN - 8) / 2
    pdf.set_font(FONT, "B", 9)
    pdf.set_xy(MARGIN, y)
    pdf.cell(half, LH, TABLE_72_TITLE)
    pdf.set_xy(pdf.w - MARGIN - half, y)
    pdf.cell(half, LH, TABLE_73_TITLE)
    y += LH + 1
    pdf.set_font(FONT, "", 9)
    bottoms = []
    for rows, align, widths in (
        (TABLE_72, "LEFT", (half * 0.46, half * 0.54)),
        (TABLE_73, "RIGHT", (half * 0.44, half * 0.56)),
    ):
        pdf.set_y(y)
        with pdf.table(
            width=half,
            align=align,
            col_widths=widths,
            line_height=4.6,
            text_align="LEFT",
            first_row_as_headings=True,
        ) as table:
            for r in rows:
                row = table.row()
                for c in r:
                    row.cell(c)
        bottoms.append(pdf.get_y())
    return max(bottoms) + 3


def _schedule(pdf, y: float) -> float:
    full = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 10.5)
    pdf.set_xy(MARGIN, y)
    pdf.cell(full, LH, SCHEDULE_TITLE)
    y += LH + 2
    pdf.set_font(FONT, "", 9)
    pdf.set_y(y)
    with pdf.table(
        width=full,
        col_widths=(full * 0.46, full * 0.24, full * 0.17, full * 0.13),
        line_height=4.8,
        text_align=("LEFT", "LEFT", "RIGHT", "CENTER"),
        first_row_as_headings=True,
    ) as table:
        for r in SCHEDULE:
            row = table.row()
            for c in r:
                row.cell(c)
    y = pdf.get_y() + 3
    for line in wrap(pdf, SCHEDULE_NOTE, full):
        pdf.set_xy(MARGIN, y)
        pdf.cell(full, LH, line)
        y += LH
    return y


def _agreement():
    pdf = _doc(FOOTER)
    pdf.set_title(A_TITLE)
    pdf.set_author("GCPA / Festoon")
    pdf.set_creation_date(datetime.datetime(2026, 9, 24, 12, 0, tzinfo=datetime.UTC))
    pdf.alias_nb_pages()
    full = pdf.w - 2 * MARGIN
    pdf.add_page()
    pdf.set_font(FONT, "B", 16)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(full, 9, A_TITLE, align="C")
    y = TOP + 12
    pdf.set_font(FONT, "", 10)
    for line in A_PARTIES:
        pdf.set_xy(MARGIN, y)
        pdf.cell(full, 6, line, align="C")
        y += 6
    y += 4
    for kind, text in AGREEMENT:
        if kind == "tables":
            if y + 40 > BOTTOM:
                pdf.add_page()
                y = TOP
            y = _small_tables(pdf, y)
            continue
        if kind == "schedule":
            pdf.add_page()
            _schedule(pdf, TOP)
            continue
        size = {"part": 12.0, "art": 10.5}.get(kind, BODY)
        style = "" if kind == "p" else "B"
        pdf.set_font(FONT, style, size)
        lines = wrap(pdf, text, full)
        if y + (len(lines) + (2 if kind != "p" else 0)) * LH > BOTTOM:
            pdf.add_page()
            y = TOP
        if kind == "part":
            y += 2
        elif kind == "art":
            y += 1
        for line in lines:
            pdf.set_xy(MARGIN, y)
            pdf.cell(full, LH, line)
            y += LH
        y += 1.5
    return pdf


def build_agreement(write: bool = True) -> bytes:
    pdf = _agreement()
    data = bytes(pdf.output())
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print("wrote", AGREEMENT_OUT, pdf.page_no(), "pages")
    return data


# the scan: 150 dots per inch, grey levels; the text layer is drawn invisibly over it
DPI = 150
PX = DPI / 25.4  # pixels per mm


def _notice_layout(pdf) -> list[tuple[float, float, str, str, float]]:
    """(x, y, text, style, size) of every line of the notice, in mm."""
    full = pdf.w - 2 * MARGIN
    items: list[tuple[float, float, str, str, float]] = []
    y = TOP
    pdf.set_font(FONT, "B", 15)
    items.append((MARGIN, y, N_TITLE, "B", 15))
    y += 11
    for text, style in ((N_SUB, "B"), (N_DATE, "")):
        pdf.set_font(FONT, style, BODY)
        for line in wrap(pdf, text, full):
            items.append((MARGIN, y, line, style, BODY))
            y += LH
    y += 4
    for kind, text in N_BLOCKS:
        if kind == "h":
            y += 3
            items.append((MARGIN, y, text, "B", 11))
            y += 7
            continue
        pdf.set_font(FONT, "", BODY)
        for line in wrap(pdf, text, full):
            items.append((MARGIN, y, line, "", BODY))
            y += LH
        y += 2
    items.append((MARGIN, pdf.h - 14, N_FOOTER, "", 8))
    return items


def _scan_png(items, w_mm: float, h_mm: float) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (round(w_mm * PX), round(h_mm * PX)), 250)
    draw = ImageDraw.Draw(img)
    fonts = {}
    for x, y, text, style, size in items:
        key = (style, size)
        if key not in fonts:
            name = "DejaVuSans-Bold.ttf" if style == "B" else "DejaVuSans.ttf"
            fonts[key] = ImageFont.truetype(os.path.join(FONT_DIR, name), round(size * DPI / 72))
        draw.text((round(x * PX), round((y + 0.6) * PX)), text, font=fonts[key], fill=30)
    # the stamp of the signed copy: a frame, no text
    draw.rectangle(
        (round(140 * PX), round(250 * PX), round(190 * PX), round(268 * PX)), outline=90, width=3
    )
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False, compress_level=9)
    return buf.getvalue()


def _notice():
    from fpdf.enums import TextMode

    pdf = _doc(None)
    pdf.set_title(N_TITLE)
    pdf.set_author("Comité paritaire des tarifs")
    pdf.set_creation_date(datetime.datetime(2026, 11, 27, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    items = _notice_layout(pdf)
    pdf.image(io.BytesIO(_scan_png(items, pdf.w, pdf.h)), x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.text_mode = TextMode.INVISIBLE
    for x, y, text, style, size in items:
        pdf.set_font(FONT, style, size)
        pdf.set_xy(x, y)
        pdf.cell(pdf.w - 2 * MARGIN, LH, text)
    pdf.text_mode = TextMode.FILL
    return pdf


def build_notice(write: bool = True) -> bytes:
    pdf = _notice()
    data = bytes(pdf.output())
    if write:
        with open(NOTICE_OUT, "wb") as f:
            f.write(data)
        print("wrote", NOTICE_OUT, pdf.page_no(), "pages")
    return data


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_agreement()
    build_notice()
