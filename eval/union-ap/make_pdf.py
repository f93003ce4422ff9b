#!/usr/bin/env python3
"""Build the two PDFs of union-ap (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ap/make_pdf.py    # fpdf2 is in the venv

- docs/spgs-science-presenters-agreement-2026-2029.pdf: the Science Presenters Agreement
  2026-2029 in English. It has an OUTLINE (bookmarks: one entry per Part, one per clause
  heading below it) and PAGE LABELS: the two pages of front matter (the cover and the
  contents) are labelled in lower-case roman numerals, "i" and "ii", and the body pages
  start again at "1" (the footers print the same labels). English amounts with the letters
  RM and no space ("RM1,250.00", clause 2.1); the one sum in words is clause 8.3's lump sum;
  the only foreign amount is clause 8.4's "S$160"; "RM 2.1 jt" (clause 12.9) is a budget line.
- docs/avis-comite-paritaire-2026-09-indexation-report.pdf: the Joint Rates Panel's notice
  No. 2026-09 (French, 20 October 2026) whose headings are LETTER-SPACED (the characters set
  apart by fpdf2's character spacing, so a reader may give "A V I S" for "AVIS"): the
  cost-of-living increase was triggered (index 4,1 %, threshold 3,0 %: +1,1 %), the
  resulting rates 416,53 RM and 289,15 RM from 1 November 2026, and the van supplement's
  rise POSTPONED "à compter du 1/4" (1 April 2027).

DejaVu Sans (/usr/share/fonts/truetype/dejavu) draws "−", "°" and "–". Lines are broken by
this script, never inside an amount, a percentage, a date, a clause reference or a quoted
phrase (TIES). `agreement_text()` and `notice_text()` return the text for check_set.py (the
footers are not in it: `footer_numbers()` gives their numbers). Fixed creation dates:
byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "spgs-science-presenters-agreement-2026-2029.pdf")
NOTICE_OUT = os.path.join(HERE, "docs", "avis-comite-paritaire-2026-09-indexation-report.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
TIE = "\u0001"  # a space the line breaker must not break at (never in the output)
NNB = "\u202f"

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
)
TIES = [
    re.compile(r"(?:RM ?|S\$)\d[\d,.]*(?: jt)?"),
    re.compile(rf"\b\d[\d{NNB},]*,\d\d RM"),
    re.compile(
        r"\b\d+(?:[.,]\d+)? ?(?:%|hours?|days?|minutes|km|litres|dB|°C|working days|months?|"
        r"shows|times|jours|heures|points?)(?![\w/])"
    ),
    re.compile(rf"\b\d{{1,2}}(?:er)? (?:{_MONTHS}) \d{{4}}\b"),
    re.compile(
        r"\b(?:[Cc]lauses?|Schedule|Form|Reg\.|Part|Gallery|n°|No\.|article) [\dA-Z]+"
        r"(?:[.\-/]\d+)*(?:-[A-Z\d]+)?"
    ),
    re.compile(r"\bseven hundred and fifty ringgit\b|\bthe spring term 2027\b"),
    re.compile(r'"[^"]{1,40}"|«[^»]{1,40}»|\bà compter du 1/4\b|−196 °C|18-metre'),
]

# ---- the agreement --------------------------------------------------------------------------

A_TITLE = "Science Presenters Agreement 2026–2029"
A_PARTIES = [
    "between",
    "the Science Presenters' Guild of Serandah (SPGS, the Guild),",
    "the National Science Centre and Planetarium Foundation (the Foundation)",
    "and Zenith Fulldome Studios (Zenith)",
    "Port Kellan, Republic of Serandah",
]
FOOTER = "Science Presenters Agreement 2026–2029 – page {label}"

# (kind, text): "part" starts a Part (an outline entry of level 0), "art" a clause heading
# (level 1), "p" a paragraph
AGREEMENT: list[tuple[str, str]] = [
    ("part", "Part A – General"),
    ("art", "1. Scope and term"),
    (
        "p",
        "1.1 This agreement covers presenters engaged by the Foundation or by Zenith: live "
        "planetarium-show presenters who narrate under the dome of the Great Planetarium, an "
        "18-metre dome with 212 seats; science-show performers who give demonstration shows "
        "with liquid nitrogen, electricity or combustion; museum-theatre actors who perform "
        "short pieces in the galleries; zoo and aquarium talk presenters, for the talk only; "
        "school-touring science performers who take a show by van to school halls; dome-show "
        "narrators who record voice-overs for fulldome films at Zenith; and presenters of "
        "sign-language interpreted shows.",
    ),
    (
        "p",
        "1.2 Not covered. The Foundation's education officers, who are its salaried staff, and "
        "the volunteer docents and gallery guides are not covered by this agreement. Animal "
        "handling at the zoo and the aquarium is not presenting and is not covered.",
    ),
    (
        "p",
        "1.3 This agreement takes effect on 1 September 2026 and runs until 31 August 2029. It "
        "replaces the Presenters Agreement 2023–2026, which ended on 31 August 2026.",
    ),
    (
        "p",
        "1.4 The Foundation, founded in 1974, runs the Science Centre and the Great Planetarium "
        "at Port Kellan. Zenith records the narration of the fulldome films shown under the "
        "dome.",
    ),
    ("art", "2. Money"),
    (
        "p",
        "2.1 Amounts are in ringgit of the Republic of Serandah. The Republic of Serandah is not "
        "Malaysia, and its ringgit is not the Malaysian ringgit, although both are written with "
        "the letters RM. The ringgit is divided into 100 sen. This agreement writes the letters "
        "RM before the figure, with no space, a comma between the thousands and a point before "
        "the sen: RM1,250.00 is one thousand two hundred and fifty ringgit.",
    ),
    ("p", "2.2 Where a sum is written in words, the figure in brackets is the same sum."),
    ("part", "Part B – Shows and rates"),
    ("art", "4. Shows"),
    (
        "p",
        "4.1 A live planetarium show of up to 45 minutes under the dome is paid RM412.00 per show.",
    ),
    (
        "p",
        "4.2 A science show is paid by its length band; the bands and their rates are in "
        "Schedule 1.",
    ),
    (
        "p",
        "4.3 A museum-theatre performance of up to 20 minutes in a gallery is paid RM286.00 per "
        "performance.",
    ),
    ("p", "4.4 A zoo or aquarium talk is paid at the rate in Schedule 1."),
    (
        "p",
        "4.5 Cost-of-living trigger. On 1 November 2026 the rates of clauses 4.1 and 4.3 rise "
        "by as many percentage points as the Serandah Consumer Price Index for the twelve "
        "months to September 2026 exceeds 3.0%. If the index does not exceed 3.0%, the rates do "
        "not change. The Joint Rates Panel publishes in a notice whether the increase was "
        "triggered and the resulting rates, rounded to the nearest sen.",
    ),
    (
        "p",
        "4.6 A presenter gives no more than four live shows in a day. During the first four "
        "months of this agreement, to staff the reopened dome, a presenter may give five shows "
        "in a day.",
    ),
    (
        "p",
        "4.7 Reopening premium. For the reopening of the Great Planetarium after its refit, a "
        "reopening premium of RM40.00 is paid per live planetarium show until 31 December 2026. "
        "From 1 January 2027 the premium is halved to RM20.00 per show, and it ends on 31 March "
        "2027: no reopening premium is paid for a show after that date.",
    ),
    ("art", "5. Supplements and rehearsal"),
    (
        "p",
        "5.1 A science show that uses liquid nitrogen (at −196 °C, at most 20 litres a show), "
        "an open flame or a combustion demonstration carries a hazard supplement of RM58.00 per "
        "show. Such a demonstration follows Reg. 2025/17, and the noise of a show stays under "
        "90 dB.",
    ),
    (
        "p",
        "5.2 A show presented in sign language, or with a sign-language presenter on stage, "
        "carries a sign-language supplement of RM95.00 per show.",
    ),
    ("p", "5.3 Rehearsal is paid RM72.00 an hour, for at least 2 hours."),
    ("art", "6. Hours and holidays"),
    (
        "p",
        "6.1 An early-start premium of 25% of the fee is paid for a show that starts before 08:00.",
    ),
    (
        "p",
        "6.2 A working day is up to 7.5 hours. Each hour beyond 7.5 hours is overtime, paid at "
        "the hourly equivalent of the day's fees with a premium of 40%.",
    ),
    (
        "p",
        "6.3 A show given on a public holiday of the Republic is paid at time and "
        "three-quarters: the fee with a premium of 75%. The public holidays are those of the "
        "Guild's school and holiday calendar, which gives their dates.",
    ),
    ("art", "7. School touring"),
    (
        "p",
        "7.1 A school-touring day, with up to three shows in school halls, is paid RM1,250.00. "
        "From the first day of the spring term 2027 it is paid RM1,310.00. The school terms are "
        "those of the calendar the Guild publishes for each school year, for 2026-27 as well.",
    ),
    ("p", "7.2 A fourth show on a touring day is paid RM190.00. No touring day has five shows."),
    (
        "p",
        "7.3 A touring performer who drives the touring van is paid a van-driving supplement of "
        "RM45.00 per touring day. The supplement rises to RM60.00 on 1 December 2026, unless "
        "the Joint Rates Panel postpones the rise in a notice.",
    ),
    ("p", "7.4 A touring performer who stays away overnight is paid a per diem of RM135.00."),
    (
        "p",
        "7.5 A touring performer who uses their own car is paid mileage at the rate in the "
        "Guild's touring bulletin.",
    ),
    ("part", "Part C – Allowances and payments"),
    ("art", "8. Allowances, cancellation and payments"),
    (
        "p",
        "8.1 A kit allowance of RM320.00 a school year is paid for lab coats, goggles, gloves "
        "and boots. The lab-coat allowance and the goggles-and-gloves allowance of the "
        "2023–2026 agreement are merged into this kit allowance: neither is paid separately any "
        "more.",
    ),
    ("p", "8.2 A show cancelled less than 4 days before it is due is paid 80% of its fee."),
    (
        "p",
        "8.3 A one-off payment of seven hundred and fifty ringgit (RM750.00) is made to each "
        "presenter on the Foundation's register on 1 September 2026, with the pay of 25 January "
        "2027. It is a single payment, not a rate: it is not paid per show or per day.",
    ),
    (
        "p",
        "8.4 A presenter sent to a science festival abroad is paid a daily allowance of S$160 "
        "in Singapore dollars; it is the only amount of this agreement that is not in ringgit.",
    ),
    ("part", "Part F – Synthetic presenters"),
    ("art", "12. Voice clones, holograms and the AI guide"),
    (
        "p",
        "12.1 This Part covers three uses: a synthetic narrator voice cloned from a dome "
        "narrator's recordings and used in fulldome films; a hologram, a volumetric capture of "
        "a science-show presenter replayed in the galleries; and an AI museum guide, a chat "
        "avatar whose persona is modelled on a presenter's likeness.",
    ),
    (
        "p",
        "12.2 Each use needs the presenter's written consent for that use alone, given on Form "
        "DR-7, one form per use. Consent to one use is not consent to another.",
    ),
    (
        "p",
        "12.3 A capture session, for a volumetric capture or for the recordings of a voice "
        "clone, is paid a capture fee of RM1,800.00. A film with the synthetic narrator voice "
        "is paid RM12.50 per screening. A hologram is paid RM380.00 per gallery per month. The "
        "AI museum guide is paid RM520.00 per month while it is in use.",
    ),
    ("p", "12.4 A hologram is replayed no more than 6 times a day in a gallery."),
    (
        "p",
        "12.5 No recording, capture or likeness of a presenter is used to train a general "
        "model, or any model other than the one the presenter consented to.",
    ),
    (
        "p",
        '12.6 A film with the synthetic voice shows in its credits the words "Synthetic '
        'narration"; a hologram stands beside a plaque reading "Recorded hologram of a live '
        'presenter"; the AI guide opens each chat with "I am an AI guide".',
    ),
    (
        "p",
        "12.7 A presenter may withdraw a consent with 30 days' written notice. The use stops at "
        "the end of the notice, and the data is deleted within 21 days after that.",
    ),
    ("p", "12.8 The Guild may audit the use logs once a year on 12 working days' notice."),
    (
        "p",
        "12.9 A Joint Committee on Synthetic Presenters oversees this Part. Its annual budget "
        "is RM 2.1 jt (jt stands for juta, a million: two point one million ringgit); it is a "
        "budget line and not a rate.",
    ),
    ("part", "Signatures"),
    ("art", "13. Signature"),
    (
        "p",
        "Signed at Port Kellan on 14 August 2026 for the Guild, for the Foundation and for Zenith.",
    ),
]
CONTENTS_TITLE = "Contents"
FRONT_NOTE = "The front matter is numbered i and ii; the agreement's own pages start again at 1."


def agreement_text() -> str:
    out = [A_TITLE, *A_PARTIES, CONTENTS_TITLE]
    out += [t for k, t in AGREEMENT if k in ("part", "art")]
    out.append(FRONT_NOTE)
    out += [t for _, t in AGREEMENT]
    return "\n".join(out)


def footer_numbers(pages: int) -> set[str]:
    return {str(i) for i in range(1, pages + 1)} | {"2026", "2029"}


# ---- the notice -----------------------------------------------------------------------------

N_TITLE = "AVIS N° 2026-09"
N_SUB = "Comité paritaire des tarifs – accord des présentateurs scientifiques 2026-2029"
N_DATE = "Port Kellan, le 20 octobre 2026"
N_BLOCKS: list[tuple[str, str]] = [
    ("h", "INDEXATION"),
    (
        "p",
        "L'article 4.5 de l'accord prévoit qu'au 1er novembre 2026 les tarifs des articles 4.1 "
        "et 4.3 augmentent d'autant de points que l'indice des prix à la consommation de "
        "Serandah, sur les douze mois à fin septembre 2026, dépasse le seuil de 3,0 %. Le "
        "comité publie le résultat dans le présent avis.",
    ),
    (
        "p",
        "L'indice a progressé de 4,1 % sur les douze mois à fin septembre 2026, soit 1,1 point "
        "au-dessus du seuil. L'augmentation est donc déclenchée : les tarifs augmentent de "
        "1,1 % à compter du 1er novembre 2026, arrondis au sen le plus proche.",
    ),
    (
        "p",
        "Le spectacle de planétarium en direct est payé 416,53 RM au lieu de 412,00 RM. La "
        "représentation de théâtre en galerie est payée 289,15 RM au lieu de 286,00 RM. Les "
        "autres tarifs de l'accord ne changent pas.",
    ),
    ("h", "REPORT"),
    (
        "p",
        "Selon l'article 7.3, le supplément de conduite de la camionnette de tournée devait "
        "passer de 45,00 RM à 60,00 RM le 1er décembre 2026. Le comité reporte cette hausse : "
        "le supplément reste à 45,00 RM par journée de tournée, et il passe à 60,00 RM à "
        "compter du 1/4, soit le 1er avril 2027.",
    ),
    (
        "p",
        "Ce report laisse le temps à la Fondation de renouveler les camionnettes de tournée. "
        "Aucun rappel n'est dû pour la période du report. Les présentatrices et les "
        "présentateurs qui conduisent la camionnette continuent de tenir le carnet de bord et "
        "de signaler toute panne au bureau de la tournée avant le départ.",
    ),
    ("h", "RAPPELS"),
    (
        "p",
        "Les montants de cet avis sont écrits à la française : une espace fine entre les "
        "milliers, une virgule avant les sen et les lettres RM après le nombre, par exemple "
        "416,53 RM. Le ringgit de Serandah n'est pas celui de la Malaisie.",
    ),
    (
        "p",
        "Les questions sur cet avis vont au bureau de la Guilde à Anse-Clairval, qui les "
        "transmet au comité paritaire des tarifs. Le comité se réunit de nouveau avant la fin "
        "de l'année scolaire pour examiner les autres articles de l'accord qui prévoient un "
        "avis, et il publie chacune de ses décisions en français et en anglais.",
    ),
    ("h", "SIGNATURES"),
    (
        "p",
        "Pour la Guilde : Noémie Adjani-Castell, négociatrice. Pour la Fondation : Rashid "
        "Okonkwo-Lind, directeur des ressources humaines. Pour Zenith : Ilse Varga-Moreau.",
    ),
]
N_FOOTER = "Avis n° 2026-09 – page {label}"


def notice_text() -> str:
    return "\n".join([N_TITLE, N_SUB, N_DATE, *(t for _, t in N_BLOCKS)])


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
BOTTOM = 275.0
SPACING = 2.2  # the notice's headings: character spacing in points


def _doc(footer: str):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def footer(self) -> None:
            self.set_font(FONT, "", 8)
            self.set_char_spacing(0)
            self.set_xy(MARGIN, self.h - 12)
            label = self.get_page_label()
            self.cell(self.w - 2 * MARGIN, 4, footer.format(label=label), align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    return pdf


def _agreement():
    pdf = _doc(FOOTER)
    pdf.set_title(A_TITLE)
    pdf.set_author("SPGS / NSCPF / Zenith")
    pdf.set_creation_date(datetime.datetime(2026, 8, 14, 12, 0, tzinfo=datetime.UTC))
    full = pdf.w - 2 * MARGIN
    # front matter: pages i and ii
    pdf.add_page()
    pdf.set_page_label(label_style="r")
    pdf.set_font(FONT, "B", 18)
    pdf.set_xy(MARGIN, 80)
    pdf.cell(full, 10, A_TITLE, align="C")
    pdf.set_font(FONT, "", 12)
    y = 100.0
    for line in A_PARTIES:
        pdf.set_xy(MARGIN, y)
        pdf.cell(full, 7, line, align="C")
        y += 8
    pdf.add_page()
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(full, 8, CONTENTS_TITLE)
    y = TOP + 12
    for kind, text in AGREEMENT:
        if kind not in ("part", "art"):
            continue
        pdf.set_font(FONT, "B" if kind == "part" else "", BODY)
        pdf.set_xy(MARGIN + (0 if kind == "part" else 8), y)
        pdf.cell(full, LH, text)
        y += LH + 1
    pdf.set_font(FONT, "", 9)
    pdf.set_xy(MARGIN, y + 4)
    pdf.cell(full, LH, FRONT_NOTE)
    # the body: pages 1, 2, ...
    pdf.add_page()
    pdf.set_page_label(label_style="D", label_start=1)
    y = TOP
    for kind, text in AGREEMENT:
        size = {"part": 12.0, "art": 10.5}.get(kind, BODY)
        style = "" if kind == "p" else "B"
        pdf.set_font(FONT, style, size)
        lines = wrap(pdf, text, full)
        if y + (len(lines) + (2 if kind != "p" else 0)) * LH > BOTTOM:
            pdf.add_page()
            y = TOP
        if kind == "part":
            y += 2
            pdf.start_section(text, level=0)
        elif kind == "art":
            y += 1
            pdf.start_section(text, level=1)
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


def _notice():
    pdf = _doc(N_FOOTER)
    pdf.set_title(N_TITLE)
    pdf.set_author("Comité paritaire des tarifs")
    pdf.set_creation_date(datetime.datetime(2026, 10, 20, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    full = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 16)
    pdf.set_char_spacing(SPACING * 1.5)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(full, 9, N_TITLE)
    pdf.set_char_spacing(0)
    y = TOP + 12
    for text, style in ((N_SUB, "B"), (N_DATE, "")):
        pdf.set_font(FONT, style, BODY)
        for line in wrap(pdf, text, full):
            pdf.set_xy(MARGIN, y)
            pdf.cell(full, LH, line)
            y += LH
    y += 4
    for kind, text in N_BLOCKS:
        if kind == "h":
            y += 3
            pdf.set_font(FONT, "B", 11)
            pdf.set_char_spacing(SPACING)
            pdf.set_xy(MARGIN, y)
            pdf.cell(full, 6, text)
            pdf.set_char_spacing(0)
            y += 8
            continue
        pdf.set_font(FONT, "", BODY)
        for line in wrap(pdf, text, full):
            pdf.set_xy(MARGIN, y)
            pdf.cell(full, LH, line)
            y += LH
        y += 2
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
