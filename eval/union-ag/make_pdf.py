#!/usr/bin/env python3
"""Build the two PDFs of union-ag (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ag/make_pdf.py    # fpdf2 is in the venv

- docs/awpg-oswpc-aquatic-performers-agreement-2026-2029.pdf: the Aquatic Performers
  Agreement 2026-2029, portrait A4, set in TWO TEXT COLUMNS: the clauses flow down the
  left column, then the right one, then the next page (a reader that reads by height
  interleaves the two columns line by line). Sub-sections are numbered "§ 7.2" and cited
  "section 7(2)". A RUNNING FOOTER carries "Page N of M". Schedule A, on the last page and
  across the full width, is a rate table WITHOUT RULING LINES (its columns are aligned by
  position only) whose rows are read across PHASE COLUMNS "Step 1 | Step 2 | Step 3" with
  the steps' dates in a second header row.
- docs/awpg-rate-card-winter-2026-27.pdf: the Guild's rate card, one page, each role's
  rates a STACKED BLOCK (the role in bold, then lines "Day — KSh 14,800"), not a grid;
  FOOTNOTE MARKERS (¹ ²) follow some figures directly ("KSh 18,600¹": after NFKC the marker
  becomes a digit, "186001") and the footnotes sit at the foot of the page. Its one dotted
  date is day-first and says so ("01.03.2027").

DejaVu Sans (/usr/share/fonts/truetype/dejavu) draws "§", "¹", "²", "—", "–", "°". Lines are
broken by this script, never inside an amount, a percentage, a duration, a date, a
section reference or a phrase the questions quote (TIES below). `agreement_text()` and
`ratecard_text()` return the text for check_set.py (table cells joined by " | ").
Fixed creation dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "awpg-oswpc-aquatic-performers-agreement-2026-2029.pdf")
RATECARD_OUT = os.path.join(HERE, "docs", "awpg-rate-card-winter-2026-27.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
NB = "\u00a0"

PAGE_W = 210.0
PAGE_H = 297.0
MARGIN = 16.0
GUTTER = 9.0
COL_W = (PAGE_W - 2 * MARGIN - GUTTER) / 2
TOP = 18.0
BOTTOM = PAGE_H - 20.0
LH = 4.4  # every line of the columns sits on this grid, headings included
BODY_SIZE = 8.6

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
TIES = [
    re.compile(r"KSh \d{1,3}(?:,\d{3})*(?:\.\d+)?(?: million)?"),
    re.compile(r"\d+ (?:%|hours?|days?|minutes|metres|seconds|performers|shillings|m\b|°C)"),
    re.compile(r"§ \d+\.\d+"),
    re.compile(r"\bsection \d+\(\d+\)"),
    re.compile(r"\bsections \d+ to \d+\b"),
    re.compile(rf"\b\d{{1,2}} (?:{_MONTHS})(?: \d{{4}})?\b"),
    re.compile(r"\b(?:FY|Season|Step|Tank|week) \d+(?:/\d+)?(?: of \d{4})?\b"),
    re.compile(r"\b2026/27 winter season\b"),
    re.compile(r"\bForm WS-7\b"),
    re.compile(r"\bSide Letter No\. \d\b"),
    re.compile(r"\bSchedule A\b"),
    re.compile(r"\bevery two performers\b"),
    re.compile(r"\bproducer pays the premium\b"),
    re.compile(r"\bnot carried over\b"),
    re.compile(r"\bfirst pay period\b"),
    re.compile(r"\bPort Marigot\b"),
]

# ---- the agreement ------------------------------------------------------------------------

FOOTER = "AWPG / OSWPC – Aquatic Performers Agreement 2026–2029 – Page {n} of {{nb}}"
A_TITLE = "Aquatic Performers Agreement 2026–2029"
A_SUB = (
    "between the Aquatic and Water-Stunt Performers' Guild of Okavelle (AWPG; in French, "
    "Guilde des artistes aquatiques et cascadeurs nautiques d'Okavelle, GAACO) and the "
    "Okavelle Screen and Water-Show Producers' Council (OSWPC; in French, Conseil des "
    "producteurs d'écran et de spectacles aquatiques d'Okavelle, CPESAO)"
)

AGREEMENT: list[tuple[str, str]] = [
    ("part", "Part I – General"),
    ("sec", "Section 1 – Parties and scope"),
    (
        "p",
        "§ 1.1 This Agreement binds the members of the Council (Deepwell Studios, Bluefin "
        "Television, Lagoona Parks and Atelier Marée) and every member of the Guild whom they "
        "engage in Okavelle for a film, a television programme, a theme-park water show or an "
        "advertisement in which performers work in or on water.",
    ),
    (
        "p",
        "§ 1.2 It covers underwater performers, safety divers, water-stunt performers, "
        "synchronised and show swimmers, mermaid and costume-tail performers, boat and "
        "jet-ski drivers, background swimmers (wet extras) and breath-hold coaches.",
    ),
    (
        "p",
        '§ 1.3 Amounts are in Okavellan shillings, written "KSh" before the figure, with '
        "commas between the thousands. The English and French texts are equally authentic.",
    ),
    ("sec", "Section 2 – Term, seasons and financial years"),
    (
        "p",
        "§ 2.1 This Agreement covers work done from 1 October 2026 to 30 September 2029. It "
        "replaces the Aquatic Performers Agreement 2023–2026 (section 21(1)).",
    ),
    (
        "p",
        '§ 2.2 Show fees are set by season. "Season 2027" means 1 April – 30 September 2027; '
        '"the 2026/27 winter season" means 1 October 2026 to 31 March 2027; later seasons '
        "follow the same pattern.",
    ),
    (
        "p",
        "§ 2.3 The Water Physics Training Pool (section 16(2)) is set by financial year. A "
        "financial year (FY) runs from 1 July to 30 June: "
        '"FY 2026/27" means 1 July 2026 to 30 June 2027.',
    ),
    (
        "p",
        "§ 2.4 Pay periods are weekly and begin on a Monday. A day of work is paid at the rate "
        "in force on the day it is worked, whatever the date on which it was booked.",
    ),
    ("sec", "Section 3 – Steps and ratification"),
    ("p", "§ 3.1 The day and unit rates of Schedule A are phased in over three steps."),
    (
        "p",
        "§ 3.2 Step 1 is backdated to 1 October 2026. A member who worked between that date "
        "and ratification is paid, within 60 days of ratification, the difference between "
        "the rate of the 2023–2026 agreement (for a tank day, KSh 17,200) and the rate of "
        "Step 1.",
    ),
    (
        "p",
        "§ 3.3 Step 2 applies from the first pay period beginning on or after 1 March 2027.",
    ),
    ("p", "§ 3.4 Step 3 applies from 1 October 2027 to the end of the term."),
    (
        "p",
        "§ 3.5 The cold-water supplement of section 8(3) rises from KSh 2,300 to KSh 2,750 on "
        "ratification of this Agreement by the Guild's members. It is not backdated.",
    ),
    (
        "p",
        "§ 3.6 This Agreement is ratified on the day the Guild announces that its members "
        "have approved it in a vote; the Guild tells the Council the same day.",
    ),
    ("part", "Part II – Engagements and pay"),
    ("sec", "Section 4 – Underwater performers"),
    (
        "p",
        "§ 4.1 An underwater performer is engaged per tank day of 8 hours, of which no more "
        "than 5 hours are spent in the water.",
    ),
    (
        "p",
        "§ 4.2 The tank day rate is in Schedule A. A tank day that runs past 8 hours is paid "
        "by the half-hour at one sixteenth of the tank day rate.",
    ),
    (
        "p",
        "§ 4.3 Tank work at Deepwell Studios is done in Tank 3, 12 m deep at its deepest "
        "point, or in the shallower Tank 5. The depth of each set-up is written on the call "
        "sheet.",
    ),
    ("sec", "Section 5 – Safety divers"),
    ("p", "§ 5.1 A safety diver is engaged per day at the rate of Schedule A."),
    (
        "p",
        "§ 5.2 A safety diver on standby, called and kept available at the tank but not "
        "diving, is paid the standby rate, which is half the day rate (Schedule A).",
    ),
    (
        "p",
        "§ 5.3 The producer keeps at least one safety diver in the water for every two "
        "performers in the water.",
    ),
    (
        "p",
        "§ 5.4 A safety diver may stop any take in which a performer is in difficulty. A take "
        "stopped in this way is never held against the performer.",
    ),
    ("sec", "Section 6 – Stunts, shows, tails, drivers and coaches"),
    (
        "p",
        "§ 6.1 Water-stunt performers are paid per day (Schedule A) plus a stunt adjustment "
        "per gag, each time the gag is performed on camera: a boat jump KSh 9,500; a high "
        "fall into water KSh 12,500; a fire-on-water gag KSh 16,500.",
    ),
    (
        "p",
        "§ 6.2 Synchronised and show swimmers are paid per performance: KSh 6,400 in the "
        "2026/27 winter season and KSh 7,100 in Season 2027.",
    ),
    (
        "p",
        "§ 6.3 Mermaid and costume-tail performers are paid per appearance of up to "
        "45 minutes in the tail (Schedule A). The producer provides a dresser to help the "
        "performer into and out of the tail.",
    ),
    (
        "p",
        "§ 6.4 Boat and jet-ski drivers are paid per day (Schedule A); one rate applies to both.",
    ),
    (
        "p",
        "§ 6.5 Breath-hold coaches are engaged per week: KSh 64,000 per week, and from "
        "week 14 of 2027, KSh 66,800 per week.",
    ),
    ("sec", "Section 7 – Background swimmers"),
    ("p", "§ 7.1 Background swimmers (wet extras) are paid per day at the rate of Schedule A."),
    (
        "p",
        "§ 7.2 A background swimmer who spends more than 30 minutes in the water in a day "
        "also receives the wet supplement of KSh 1,400 for that day.",
    ),
    (
        "p",
        "§ 7.3 Background swimmers are never asked to swim under water or to hold their "
        "breath on camera.",
    ),
    ("sec", "Section 8 – Water quality, warm-up and cold"),
    (
        "p",
        "§ 8.1 The producer has the water tested for chlorine, pH and bacteria no more than "
        "12 hours before the first immersion of a tank day, and posts the results at the "
        "tank. No one enters the water without a posted test.",
    ),
    (
        "p",
        "§ 8.2 The producer provides a warm-up area heated to at least 26 °C within "
        "30 metres of the water, with hot drinks and dry towels.",
    ),
    (
        "p",
        "§ 8.3 When the water is below 18 °C, every performer who enters it receives the "
        "cold-water supplement for the day (section 3(5)), in addition to the wet supplement "
        "of section 7(2) where it applies.",
    ),
    ("sec", "Section 9 – Immersion and medical"),
    (
        "p",
        "§ 9.1 The producer's water safety officer keeps an immersion log for every performer "
        "and every diver.",
    ),
    (
        "p",
        "§ 9.2 Every underwater performer and safety diver has an ear and sinus medical check "
        "before the first tank day of an engagement and at least every 90 days, paid by the "
        "producer.",
    ),
    (
        "p",
        "§ 9.3 No underwater performer spends more than 40 minutes of any hour in the water.",
    ),
    (
        "p",
        "§ 9.4 After a dive deeper than 10 metres, a performer or diver does not fly within "
        "24 hours, and the producer books no air travel for them in that time.",
    ),
    ("sec", "Section 10 – Night water"),
    (
        "p",
        "§ 10.1 Work in the water between 19:00 and 06:00 earns a night water premium of "
        "15 % of the day rate or of the performance fee.",
    ),
    ("sec", "Section 11 – Re-use of footage"),
    (
        "p",
        "§ 11.1 Footage in which a performer appears may be re-used in a second production "
        "only after notice to the Guild; the performer then receives 40 % of the original day "
        "fee for each production that re-uses it.",
    ),
    ("sec", "Section 12 – Wetsuits and accident cover"),
    (
        "p",
        "§ 12.1 A performer engaged for at least three days in a season receives a wetsuit "
        "allowance of KSh 8,600 per season.",
    ),
    (
        "p",
        "§ 12.2 The producer insures every performer against accidents for the whole "
        "engagement. The producer pays the premium; no part of it is deducted from fees.",
    ),
    ("sec", "Section 13 – Lakes and the sea"),
    (
        "p",
        "§ 13.1 Work in a lake or in the sea, such as at Lac-Ombré, needs a written safety "
        "plan approved by the water safety officer, a rescue boat on the water, and the "
        "safety divers of section 5(3).",
    ),
    (
        "p",
        "§ 13.2 A day called off for wind, storms or poor visibility after the call time is "
        "paid in full.",
    ),
    ("part", "Part III – Artificial intelligence"),
    ("sec", "Section 14 – Digital doubles of swimmers and divers"),
    (
        "p",
        "§ 14.1 A digital double is a volumetric scan of a performer, made in and out of "
        "water. It is made only with the performer's written consent, given for each "
        "production on the numbered Form WS-7.",
    ),
    (
        "p",
        "§ 14.2 The performer receives a scan-session fee of KSh 38,000 for each scan session.",
    ),
    ("p", "§ 14.3 Each production that re-uses the double pays the performer KSh 45,000."),
    (
        "p",
        "§ 14.4 A digital double is never used in a drowning or near-drowning scene without "
        "the performer's fresh written consent, given for that scene.",
    ),
    ("sec", "Section 15 – Synthetic water crowds"),
    (
        "p",
        "§ 15.1 A synthetic water crowd is a group of background swimmers generated by "
        "software. No generated swimmer is made from the scan of a member without the "
        "consent of section 14(1).",
    ),
    (
        "p",
        "§ 15.2 A scene may show no more than 24 AI-generated background swimmers; beyond "
        "that number, real background swimmers are engaged under section 7(1).",
    ),
    ("sec", "Section 16 – Simulated water physics"),
    (
        "p",
        "§ 16.1 Footage of performers may be used to train software that simulates water, "
        "waves, splashes or bodies in water only against the pool payment of section 16(2).",
    ),
    (
        "p",
        "§ 16.2 The Council pays into the Water Physics Training Pool KSh 4,800,000 for "
        "FY 2026/27 and KSh 5,400,000 for each of FY 2027/28 and FY 2028/29, by "
        "30 September following the financial year.",
    ),
    ("sec", "Section 17 – Deletion"),
    (
        "p",
        "§ 17.1 On a performer's written request, the producer deletes the scan data of the "
        "performer's digital double within 30 days and confirms it in writing.",
    ),
    ("sec", "Section 18 – Voice and breath sounds"),
    (
        "p",
        "§ 18.1 A performer's voice, and the sounds of the performer's breathing under water "
        "and at the surface, are cloned only with the performer's written consent for each "
        "production.",
    ),
    ("p", "§ 18.2 Each production that uses such a clone pays the performer KSh 9,800."),
    ("sec", "Section 19 – Labelling"),
    (
        "p",
        "§ 19.1 Every production that uses a digital double, a synthetic water crowd or "
        "simulated water trained under section 16(1) states in its end credits: "
        '"Digital swimmers and simulated water appear in this production".',
    ),
    ("part", "Part IV – Administration"),
    ("sec", "Section 20 – Joint Standing Committee"),
    (
        "p",
        "§ 20.1 The Joint Standing Committee has three members named by the Guild and three "
        "named by the Council.",
    ),
    (
        "p",
        "§ 20.2 By a joint notice it may replace a sub-section of this Agreement from a stated "
        "date.",
    ),
    (
        "p",
        "§ 20.3 By a joint notice published before a side letter ends, it may extend the side "
        "letter to a new end date.",
    ),
    ("sec", "Section 21 – The previous agreement and side letters"),
    ("p", "§ 21.1 This Agreement replaces the Aquatic Performers Agreement 2023–2026."),
    (
        "p",
        "§ 21.2 § 5.6 of the 2023–2026 agreement (tankside meal allowance, KSh 1,150 per tank "
        "day) is kept.",
    ),
    (
        "p",
        "§ 21.3 § 11.2 of the 2023–2026 agreement (towel and robe allowance, KSh 700 per day) "
        "is not carried over.",
    ),
    (
        "p",
        "§ 21.4 Re-use was paid at 30 % of the day fee under the 2023–2026 agreement; "
        "section 11(1) replaces it with 40 %.",
    ),
    (
        "p",
        "§ 21.5 Side Letter No. 2 on Ice-Tank Work (KSh 4,400 per day) expired on "
        "30 September 2026 and is not replaced: ice-tank work is paid the cold-water "
        "supplement of section 8(3).",
    ),
    (
        "p",
        "§ 21.6 Side Letter No. 4 on Lagoona Park Night Shows (a park night-show premium of "
        "KSh 1,900 per performance ending after 21:00) runs until 30 November 2026, unless it "
        "is extended under section 20(3).",
    ),
    ("sec", "Section 22 – Signature"),
    (
        "p",
        "§ 22.1 Signed at Port Marigot on 30 October 2026, in two originals, one in English "
        "and one in French, subject to ratification by the Guild's members (section 3(6)). "
        "For the Guild: Nadia Okonkwo-Lemaire, president. For the Council: Harriet "
        "Achebe-Vasseur, chair.",
    ),
]

SCHED_TITLE = "Schedule A – Day and unit rates by step (sections 3 to 7)"
SCHED_HEAD_1 = ["Role", "Unit", "Step 1", "Step 2", "Step 3"]
SCHED_HEAD_2 = ["", "", "1 October 2026", "1 March 2027*", "1 October 2027"]
SCHED_WIDTHS = (58.0, 44.0, 26.0, 26.0, 26.0)
SCHED_ROWS = [
    ["Underwater performer", "tank day (8 hours)", "KSh 18,600", "KSh 19,400", "KSh 20,300"],
    ["Safety diver", "day", "KSh 14,800", "KSh 15,400", "KSh 16,000"],
    ["Safety diver, standby", "day (half rate)", "KSh 7,400", "KSh 7,700", "KSh 8,000"],
    ["Water-stunt performer", "day, before gags", "KSh 21,500", "KSh 22,400", "KSh 23,300"],
    ["Mermaid / costume-tail performer", "appearance", "KSh 9,200", "KSh 9,600", "KSh 10,000"],
    ["Boat or jet-ski driver", "day", "KSh 12,900", "KSh 13,400", "KSh 13,900"],
    ["Background swimmer", "day", "KSh 5,600", "KSh 5,850", "KSh 6,100"],
]
SCHED_NOTE = (
    "Step 1 is backdated to 1 October 2026 (section 3(2)). * Step 2 applies from the first "
    "pay period beginning on or after 1 March 2027 (section 3(3)). Step 3 applies from "
    "1 October 2027 (section 3(4)). The standby rate is half the day rate (section 5(2)); an "
    "appearance lasts up to 45 minutes in the tail (section 6(3))."
)


def agreement_text() -> str:
    lines = [A_TITLE, A_SUB]
    lines += [text for _, text in AGREEMENT]
    lines.append(SCHED_TITLE)
    lines += [" | ".join(r) for r in [SCHED_HEAD_1, SCHED_HEAD_2, *SCHED_ROWS]]
    lines.append(SCHED_NOTE)
    return "\n".join(lines)


# ---- the rate card ------------------------------------------------------------------------

RC_TITLE = "AWPG Rate Card – 2026/27 winter season"
RC_SUB = (
    "Issued by the Aquatic and Water-Stunt Performers' Guild of Okavelle on 1 December 2026, "
    "from the Aquatic Performers Agreement 2026–2029 and its Schedule A. Every figure is per "
    "person. Keep this card with your call sheet; where it and the Agreement differ, the "
    "Agreement prevails."
)
# (role, [(line label, figure)]): a figure may end in a footnote marker
RC_BLOCKS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Underwater performer",
        [
            ("Tank day (8 hours, no more than 5 in the water)", "KSh 18,600¹"),
            ("Night water premium, 19:00 to 06:00", "15 % of the tank day"),
        ],
    ),
    (
        "Safety diver",
        [("Day", "KSh 14,800¹"), ("Standby", "KSh 7,400²")],
    ),
    (
        "Water-stunt performer",
        [
            ("Day, before gags", "KSh 21,500¹"),
            ("Boat jump", "KSh 9,500 per gag"),
            ("High fall into water", "KSh 12,500 per gag"),
            ("Fire-on-water", "KSh 16,500 per gag"),
        ],
    ),
    (
        "Synchronised and show swimmer",
        [
            ("Performance, 2026/27 winter season", "KSh 6,400"),
            ("Performance, Season 2027", "KSh 7,100"),
        ],
    ),
    (
        "Mermaid / costume-tail performer",
        [("Appearance (up to 45 minutes in the tail)", "KSh 9,200¹")],
    ),
    ("Boat or jet-ski driver", [("Day", "KSh 12,900¹")]),
    (
        "Background swimmer (wet extra)",
        [
            ("Day", "KSh 5,600¹"),
            ("Wet supplement (more than 30 minutes in the water)", "KSh 1,400"),
            ("Cold-water supplement (water below 18 °C)", "KSh 2,750"),
        ],
    ),
    ("Breath-hold coach", [("Week", "KSh 64,000")]),
    (
        "Every performer",
        [
            ("Wetsuit allowance (three days or more in a season)", "KSh 8,600 per season"),
            ("Tankside meal allowance", "KSh 1,150 per tank day"),
        ],
    ),
]
RC_NOTES = (
    "Stunt adjustments are paid for each gag performed on camera. Show fees follow the "
    "season in which the show is performed. The night water premium is added to the day "
    "rate or to the performance fee. Re-use of footage in a second production pays 40 % of "
    "the original day fee. The Guild's rates page and the French summary give the same "
    "figures. Check every payslip against this card and tell a delegate about any difference "
    "before the next pay day."
)
RC_FOOTNOTES = [
    "¹ Step 1 of Schedule A, backdated to 1 October 2026. Step 2 applies from the first pay "
    "period beginning on or after 01.03.2027 (this card writes dates day.month.year); see "
    "Schedule A for its figures.",
    "² Standby: half the day rate, for a safety diver called and kept available at the tank "
    "who does not dive.",
]
RC_FOOTER = "AWPG – Port Marigot – rate card, one page"


def ratecard_lines() -> list[str]:
    """Each block line as the card prints it: "Day — KSh 14,800¹"."""
    out = []
    for role, lines in RC_BLOCKS:
        out.append(role)
        out += [f"{label} — {fig}" for label, fig in lines]
    return out


def ratecard_text() -> str:
    return "\n".join([RC_TITLE, RC_SUB, *ratecard_lines(), RC_NOTES, *RC_FOOTNOTES, RC_FOOTER])


# ---- line breaking ------------------------------------------------------------------------


def _tie(text: str) -> str:
    for rx in TIES:
        text = rx.sub(lambda m: m.group(0).replace(" ", NB), text)
    return text


def wrap(pdf, text: str, width: float) -> list[str]:
    """Break `text` into lines no wider than `width`, never at a tied space."""
    words = _tie(text).split(" ")
    lines: list[str] = []
    cur = ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if cur and pdf.get_string_width(cand.replace(NB, " ")) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return [line.replace(NB, " ") for line in lines]


# ---- building -----------------------------------------------------------------------------


def _doc(footer: str | None):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def footer(self) -> None:
            if footer is None:
                return
            self.set_font(FONT, "", 7.5)
            self.set_xy(MARGIN, self.h - 13)
            self.cell(self.w - 2 * MARGIN, 5, footer.format(n=self.page_no()), align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    return pdf


class _Columns:
    """Two columns on a fixed line grid: left column top to bottom, then the right one."""

    def __init__(self, pdf, first_top: float) -> None:
        self.pdf = pdf
        self.col = 0
        self.top = first_top
        self.y = first_top

    def x(self) -> float:
        return MARGIN + self.col * (COL_W + GUTTER)

    def next_column(self) -> None:
        if self.col == 0:
            self.col = 1
        else:
            self.pdf.add_page()
            self.col = 0
            self.top = TOP
        self.y = self.top

    def room(self) -> int:
        return int((BOTTOM - self.y) / LH + 1e-6)

    def put(self, lines: list[str], style: str, size: float, keep: int = 1) -> None:
        if self.room() < min(keep, len(lines)):
            self.next_column()
        self.pdf.set_font(FONT, style, size)
        for line in lines:
            if self.room() < 1:
                self.next_column()
            self.pdf.set_xy(self.x(), self.y)
            self.pdf.cell(COL_W, LH, line)
            self.y += LH

    def blank(self) -> None:
        if self.y > self.top + 1e-6:
            self.y += LH
            if self.room() < 1:
                self.next_column()


def build_agreement(write: bool = True) -> bytes:
    pdf = _doc(FOOTER)
    pdf.set_title("Aquatic Performers Agreement 2026-2029")
    pdf.set_author("AWPG / OSWPC")
    pdf.set_creation_date(datetime.datetime(2026, 10, 30, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    full_w = PAGE_W - 2 * MARGIN
    pdf.set_font(FONT, "B", 15)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(full_w, 8, A_TITLE)
    y = TOP + 10
    pdf.set_font(FONT, "I", 9)
    for line in wrap(pdf, A_SUB, full_w):
        pdf.set_xy(MARGIN, y)
        pdf.cell(full_w, 4.6, line)
        y += 4.6
    cols = _Columns(pdf, y + 5)
    for kind, text in AGREEMENT:
        if kind == "part":
            cols.blank()
            pdf.set_font(FONT, "B", 9.6)
            cols.put(wrap(pdf, text, COL_W), "B", 9.6, keep=4)
        elif kind == "sec":
            cols.blank()
            pdf.set_font(FONT, "B", BODY_SIZE)
            cols.put(wrap(pdf, text, COL_W), "B", BODY_SIZE, keep=3)
        else:
            pdf.set_font(FONT, "", BODY_SIZE)
            cols.put(wrap(pdf, text, COL_W), "", BODY_SIZE)
    # Schedule A: a new page, across the full width, no ruling lines
    pdf.add_page()
    y = TOP
    pdf.set_font(FONT, "B", 10.5)
    pdf.set_xy(MARGIN, y)
    pdf.cell(full_w, 6, SCHED_TITLE)
    y += 10
    xs = [MARGIN]
    for w in SCHED_WIDTHS:
        xs.append(xs[-1] + w)
    for row, style in ((SCHED_HEAD_1, "B"), (SCHED_HEAD_2, "I"), *((r, "") for r in SCHED_ROWS)):
        pdf.set_font(FONT, style, 8.6)
        for i, text in enumerate(row):
            w = SCHED_WIDTHS[i]
            if pdf.get_string_width(text) > w - 2:
                raise SystemExit(f"schedule cell too wide ({w} mm): {text!r}")
            pdf.set_xy(xs[i], y)
            pdf.cell(w - 2, 5, text, align="L" if i < 2 else "R")
        y += 6.5 if style else 7.0
    y += 4
    pdf.set_font(FONT, "I", 8.4)
    for line in wrap(pdf, SCHED_NOTE, full_w):
        pdf.set_xy(MARGIN, y)
        pdf.cell(full_w, 4.4, line)
        y += 4.4
    data = bytes(pdf.output())
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print("wrote", AGREEMENT_OUT, pdf.page_no(), "pages")
    return data


def build_ratecard(write: bool = True) -> bytes:
    pdf = _doc(None)
    pdf.set_title("AWPG Rate Card - 2026/27 winter season")
    pdf.set_author("AWPG")
    pdf.set_creation_date(datetime.datetime(2026, 12, 1, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    left = 24.0
    width = PAGE_W - 2 * left
    pdf.set_font(FONT, "B", 15)
    pdf.set_xy(left, 18)
    pdf.cell(width, 8, RC_TITLE)
    y = 29.0
    pdf.set_font(FONT, "I", 9)
    for line in wrap(pdf, RC_SUB, width):
        pdf.set_xy(left, y)
        pdf.cell(width, 4.6, line)
        y += 4.6
    y += 4
    for role, lines in RC_BLOCKS:
        pdf.set_font(FONT, "B", 10.5)
        pdf.set_xy(left, y)
        pdf.cell(width, 5.6, role)
        y += 5.8
        pdf.set_font(FONT, "", 10)
        for label, fig in lines:
            text = f"{label} — {fig}"
            if pdf.get_string_width(text) > width - 6:
                raise SystemExit(f"rate card line too wide: {text!r}")
            pdf.set_xy(left + 4, y)
            pdf.cell(width - 4, 5.2, text)
            y += 5.3
        y += 2.6
    y += 1
    pdf.set_font(FONT, "I", 9)
    for line in wrap(pdf, RC_NOTES, width):
        pdf.set_xy(left, y)
        pdf.cell(width, 4.6, line)
        y += 4.6
    # the footnotes at the foot of the page, under a short rule
    pdf.set_font(FONT, "", 8.2)
    foot = [line for fn in RC_FOOTNOTES for line in wrap(pdf, fn, width)]
    fy = PAGE_H - 22 - 4.2 * len(foot)
    if fy < y + 6:
        raise SystemExit(f"rate card: the footnotes reach the blocks ({y:.1f} / {fy:.1f} mm)")
    pdf.set_line_width(0.25)
    pdf.line(left, fy - 2.5, left + 50, fy - 2.5)
    for line in foot:
        pdf.set_xy(left, fy)
        pdf.cell(width, 4.2, line)
        fy += 4.2
    pdf.set_font(FONT, "I", 7.5)
    pdf.set_xy(left, PAGE_H - 13)
    pdf.cell(width, 5, RC_FOOTER, align="C")
    data = bytes(pdf.output())
    if write:
        with open(RATECARD_OUT, "wb") as f:
            f.write(data)
        print("wrote", RATECARD_OUT, pdf.page_no(), "page(s)")
    return data


if __name__ == "__main__":
    build_agreement()
    build_ratecard()
