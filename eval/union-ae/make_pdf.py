#!/usr/bin/env python3
"""Build the three PDFs of union-ae (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ae/make_pdf.py    # fpdf2 is in the venv

- docs/bpgb-pcpb-backing-performers-agreement-fy2025-2028.pdf: the Backing Performers
  Agreement FY 2025/26 - FY 2027/28, one column on portrait A4 pages, with a RUNNING HEADER
  (the agreement's name) and a "Page N of M" FOOTER. Clauses are numbered "Cl. 7.4" and
  cross-referenced "clause 7(4)". Three FOOTNOTES sit at the foot of the page that carries
  their mark (a small raised digit drawn after a word, never after a figure); footnote 1
  holds the CONDITION of the lead-line premium and is marked in a cell of Schedule 1.
  SCHEDULE 1 is a ruled table whose ROLE LABELS SPAN SEVERAL ROWS: "Backing vocalist" is
  printed once in a cell drawn over three rows ("per 3-hour session", "per overdub (per
  track)", "lead-line premium"), the rows below are blank in that column (pdfplumber's
  table reads None there). Amounts are written "R$ 1.260,00" (dot thousands, comma cents).
- docs/joint-rate-card-sessions-touring-fy2026-27-fy2027-28.pdf: the Joint Rate Card, one
  page, a ruled table in which EACH RATE CELL WRAPS ONTO TWO LINES inside its cell: the
  amount ("R$ 1.260", no cents) on the first line, its unit ("per 3-hour session") on the
  second. pdfplumber reads a row's amounts on one line and their units on the next; pypdf
  reads the cells column by column. Its FY 2027/28 column is headed "from 01-Apr-2027".
- docs/avis-conjoint-2026-05-avatars-pistes-synthetiques.pdf: Avis conjoint n° 2026-05
  (French) that REPLACES clause 17(4) (notice before an avatar concert: 60 days in the
  agreement, 90 jours for notices given from le 15 octobre 2026; earlier notices keep 60
  jours) and CONFIRMS clause 15(3) (at most 3 synthetic vocal tracks per album). Its lines
  are broken WITH HYPHENS inside long words ("rémuné-" / "ration"), never inside an amount,
  a date, a duration, a percentage or a clause reference.

The text is set in DejaVu Sans (/usr/share/fonts/truetype/dejavu, for "é", "–", "’").
Lines are broken by this script, never inside an amount, a percentage, a duration, a date,
a clause reference or a phrase the questions quote (a "~" below, or a pattern of TIES, is a
space that does not break). A footnote mark is written "^1" in the text below.
`agreement_text()`, `ratecard_text()` and `notice_text()` return the same text for
check_set.py (one heading or clause per line, footnote marks as plain digits glued to
their word, footnotes at the end, table cells joined by " | ", the notice unhyphenated).
Fixed creation dates, so the output is byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import itertools
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "bpgb-pcpb-backing-performers-agreement-fy2025-2028.pdf")
RATECARD_OUT = os.path.join(
    HERE, "docs", "joint-rate-card-sessions-touring-fy2026-27-fy2027-28.pdf"
)
NOTICE_OUT = os.path.join(HERE, "docs", "avis-conjoint-2026-05-avatars-pistes-synthetiques.pdf")
AGREEMENT_HEADER = "BPGB / PCPB – Backing Performers Agreement FY 2025/26 – FY 2027/28"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
NB = "\u00a0"

MARGIN = 20.0
TOP = 24.0
PAGE_W = 210.0
PAGE_H = 297.0
BOTTOM = PAGE_H - 22.0
TEXT_W = PAGE_W - 2 * MARGIN
BODY_SIZE = 10.5
BODY_LH = 5.6
NOTE_SIZE = 8.0
NOTE_LH = 4.0

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MOIS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
TIES = [
    re.compile(r"R\$ \d{1,3}(?:\.\d{3})*(?:,\d\d)?"),
    re.compile(r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? R\$"),
    re.compile(
        r"\d+ (?:per cent|%|hours?|days'?|days’|minutes|singers|jours|heures|bars|"
        r"synthetic vocal tracks|pistes vocales synthétiques)"
    ),
    re.compile(r"\bclause \d+\(\d+\)"),
    re.compile(r"\bCl\. \d+\.\d+"),
    re.compile(r"\bClause \d+(?:\.\d+)?"),
    re.compile(r"\bSchedule \d\b"),
    re.compile(r"\b(?:Form|formulaire) VS-\d"),
    re.compile(r"\bStudio 3\b"),
    re.compile(r"\bFY \d{4}/\d\d\b"),
    re.compile(r"\bQ\d FY\d\d\b"),
    re.compile(r"\bJRC \d+/2026\b"),
    re.compile(rf"\b\d{{1,2}} (?:{_MONTHS})(?: \d{{4}})?\b"),
    re.compile(rf"\b(?:1er|\d{{1,2}}) (?:{_MOIS})(?: \d{{4}})?\b"),
    re.compile(r"\beight bars\b"),
    re.compile(r"\bhalf a show\b"),
    re.compile(r'"AI-assisted vocals"'),
    re.compile(r'"Digital double"'),
    re.compile(r"\bn° 2026-05\b"),
]

# ---- the agreement ------------------------------------------------------------------------

FOOTNOTES = {
    "1": "The lead-line premium is paid once per session, and only when a lead line of at "
    "least eight bars sung by the backing vocalist is kept on the released master "
    "(clause 4(3)). A lead line that is cut from the master earns no premium.",
    "2": "The Producers' member labels keep their own accounts by calendar year; only the "
    "rates and the pools of this Agreement follow the financial year.",
    "3": "Net streaming receipts are what the streaming services pay a label for a recording, "
    "after the services' own deductions and before any payment to the featured artist.",
}

SCHED1_TITLE = "Schedule 1 – Recording rates by financial year"
SCHED1_HEADER = ["Role", "Unit", "FY 2025/26", "FY 2026/27", "FY 2027/28"]
SCHED1_WIDTHS = (36.0, 47.0, 29.0, 29.0, 29.0)
# (role label printed once, [rows: unit, FY 2025/26, FY 2026/27, FY 2027/28])
SCHED1 = [
    (
        "Backing vocalist",
        [
            ["per 3-hour session", "R$ 1.200,00", "R$ 1.260,00", "R$ 1.310,00"],
            ["per overdub (per track)", "R$ 295,00", "R$ 310,00", "R$ 320,00"],
            ["lead-line premium^1", "R$ 200,00", "R$ 210,00", "R$ 220,00"],
        ],
    ),
    (
        "Session choir singer",
        [
            ["per singer, per session", "R$ 690,00", "R$ 725,00", "R$ 750,00"],
            ["minimum booking", "4 singers", "4 singers", "4 singers"],
        ],
    ),
]
SCHED1_NOTE = (
    "The FY 2027/28 column applies from 1 April 2027 (clause 3(2)). The rate for a session "
    "is the rate of the financial year in which the session takes place (clause 2(4))."
)

SCHED2_TITLE = "Schedule 2 – Fixed amounts and rules for the whole term"
SCHED2_HEADER = ["Item", "Amount or rule", "Clause"]
SCHED2_WIDTHS = (70.0, 72.0, 28.0)
SCHED2 = [
    ["Cartage, large instrument", "R$ 140,00 per engagement", "clause 9(1)"],
    ["Doubling supplement", "15 per cent of the show or session fee", "clause 8(1)"],
    ["Travel day without a show", "counts as half a show", "clause 7(4)"],
    ["Turnaround between shows", "at least 12 hours", "clause 10(1)"],
    ["Cancellation, over 30 days' notice", "no fee", "clause 11(1)"],
    ["Cancellation, 8 to 30 days' notice", "50 per cent of the booked fee", "clause 11(1)"],
    ["Cancellation, 7 days' notice or less", "100 per cent of the booked fee", "clause 11(1)"],
    ["New use of a session", "50 per cent of the session fee", "clause 12(1)"],
    ["Streaming Royalties Pool", "2 per cent of net streaming receipts", "clause 13(1)"],
    ["Early-call supplement (call before 8:00)", "R$ 75,00 per call", "clause 23(2)"],
    ["Vocal synthesis fee", "R$ 2.400,00 per release", "clause 15(2)"],
    ["Synthetic vocal tracks", "no more than 3 per album", "clause 15(3)"],
    ["Stem Training Pool", "R$ 1.800.000,00 per financial year", "clause 16(1)"],
    ["Avatar concert fee", "R$ 3.150,00 per show", "clause 17(2)"],
    ["Avatar concert, notice to the Guild", "at least 60 days", "clause 17(4)"],
    ["AI-generated music video", "R$ 1.850,00 per video", "clause 18(1)"],
    ["Deletion on request", "within 30 days", "clause 19(1)"],
    ["Grievance", "within 35 days", "clause 24(1)"],
]

AGREEMENT: list[tuple[str, str]] = [
    ("title", "Backing Performers Agreement FY 2025/26 – FY 2027/28"),
    (
        "sub",
        "between the Backing Performers' Guild of Bellmare (BPGB; in French, Guilde des "
        "artistes d'accompagnement de Bellmare, GAAB) and the Phonographic and Concert "
        "Producers of Bellmare (PCPB; in French, Producteurs phonographiques et de concerts de "
        "Bellmare, PPCB). Signed at Calderport on 20 March 2025. In force from 1 April 2025 "
        "to 31 March 2028.",
    ),
    ("part", "Part I – General"),
    ("art", "Clause 1 – Parties and scope"),
    (
        "p",
        "Cl. 1.1 This Agreement binds the Producers' members (Lanternfish Records, "
        "Harbourlight Music, Calder Live Promotions and Tournées Boréal) and every member of "
        "the Guild they engage in Bellmare to record, perform or appear as a backing "
        "performer. Lanternfish Records records at its Studio~3 in Calderport.",
    ),
    (
        "p",
        "Cl. 1.2 It covers four kinds of engagement: (a) backing vocalists, engaged per "
        "session to sing behind a featured artist; (b) session choir singers, engaged per "
        "session as members of a choir; (c) music-video dancers and featured extras, engaged "
        "per shooting day; (d) touring backing musicians, engaged per show for a tour.",
    ),
    (
        "p",
        "Cl. 1.3 The English and French texts of this Agreement are equally authentic. "
        "Amounts are in reais (R$), written with a dot between the thousands and a comma "
        "before the cents.",
    ),
    ("art", "Clause 2 – Term, financial years and quarters"),
    ("p", "Cl. 2.1 This Agreement runs from 1 April 2025 to 31 March 2028."),
    (
        "p",
        "Cl. 2.2 Rates are set by financial year^2. A financial year runs from 1 April to "
        "31 March: FY 2025/26 from 1 April 2025 to 31 March 2026, FY 2026/27 from 1 April 2026 "
        'to 31 March 2027 and FY 2027/28 from 1 April 2027 to 31 March 2028. "FY27" means '
        'FY 2026/27 and "FY28" means FY 2027/28.',
    ),
    (
        "p",
        "Cl. 2.3 Each financial year has four quarters: the first quarter (Q1) from 1 April "
        "to 30 June, the second quarter (Q2) from 1 July to 30 September, the third quarter "
        "(Q3) from 1 October to 31 December and the fourth quarter (Q4) from 1 January to "
        '31 March. A rate stated for a quarter, such as "Q3~FY27", applies to every day of '
        "that quarter.",
    ),
    (
        "p",
        "Cl. 2.4 Work is paid at the rates of the financial year and quarter in which the "
        "session, shooting day, rehearsal or show takes place.",
    ),
    ("art", "Clause 3 – Rates and increases"),
    (
        "p",
        "Cl. 3.1 The recording rates are set in Schedule~1 (clause 22(1)). The touring rates "
        "are set in the joint rate card, and the music-video rates in the music-video "
        "schedule, both issued by the Joint Rates Committee under clause 21(2). Fixed amounts "
        "and rules are listed in Schedule~2 (clause 22(2)).",
    ),
    (
        "p",
        "Cl. 3.2 On 1 April 2026 the recording rates of Schedule~1 rose by 5 per cent, "
        "rounded to the nearest R$ 5. On 1 April 2027 every rate of Schedule~1, of the rate "
        "card and of the music-video schedule rises by 4 per cent, rounded to the nearest "
        "R$ 10. The fixed amounts of Schedule~2 do not change during the term.",
    ),
    (
        "p",
        "Cl. 3.3 Fees are paid within 21 days of the session, shooting day, rehearsal or "
        "show, with a statement listing the work and the supplements it covers.",
    ),
    (
        "p",
        "Cl. 3.4 The Joint Rates Committee may suspend a rate or a supplement while a "
        "dispute about it is arbitrated (clause 21(3)). Its decision states when the rate or "
        "supplement is restored and whether the restoration is retroactive.",
    ),
    ("part", "Part II – Engagements"),
    ("art", "Clause 4 – Backing vocalists"),
    (
        "p",
        "Cl. 4.1 A backing vocalist is paid per three-hour session at the rate in Schedule~1. "
        "A session that ends early is paid in full.",
    ),
    (
        "p",
        "Cl. 4.2 For each additional track on which a backing vocalist records over her or "
        "his own part after the session's main take (an overdub), the producer pays the "
        "overdub supplement per track in Schedule~1.",
    ),
    (
        "p",
        "Cl. 4.3 A backing vocalist who sings a lead line receives the lead-line premium in "
        "Schedule~1, on the conditions stated in its note.",
    ),
    (
        "p",
        "Cl. 4.4 A backing vocalist booked for two sessions on the same day has a break of "
        "at least one hour between them.",
    ),
    ("art", "Clause 5 – Session choir singers"),
    (
        "p",
        "Cl. 5.1 A session choir singer is paid per session, for each singer, at the choir "
        "rate in Schedule~1.",
    ),
    (
        "p",
        "Cl. 5.2 A choir session books a minimum of 4 singers. A producer who books fewer "
        "pays 4 singers at the choir rate.",
    ),
    (
        "p",
        "Cl. 5.3 A choir singer who sings a solo line receives the lead-line premium as if "
        "she or he were a backing vocalist (clause 4(3)).",
    ),
    ("art", "Clause 6 – Music-video dancers and featured extras"),
    (
        "p",
        "Cl. 6.1 Music-video dancers and featured extras are paid per shooting day of "
        "10 hours, at the rates in the music-video schedule.",
    ),
    (
        "p",
        "Cl. 6.2 Work beyond 10 hours on a shooting day is overtime, paid per hour at the "
        "schedule's overtime rate; each hour begun counts as a full hour.",
    ),
    (
        "p",
        "Cl. 6.3 A featured extra is an extra whose face is shown in close-up or who "
        "performs a scripted action. Other extras are not covered by this Agreement.",
    ),
    (
        "p",
        "Cl. 6.4 A dancer or featured extra is told the shooting location and the call time "
        "at least 48 hours before the shooting day.",
    ),
    ("art", "Clause 7 – Touring backing musicians"),
    ("p", "Cl. 7.1 A touring backing musician is paid per show at the show rate of the rate card."),
    (
        "p",
        "Cl. 7.2 For each week of a tour the musician also receives the weekly retainer in the "
        "rate card, whether or not shows are played that week.",
    ),
    (
        "p",
        "Cl. 7.3 The musician receives the per diem for every touring day away from home, "
        "including travel days and days without a show. The per diem is set by quarter in "
        "the rate card.",
    ),
    ("p", "Cl. 7.4 A travel day on which no show is played counts as half a show."),
    (
        "p",
        "Cl. 7.5 A rehearsal day is paid at the rehearsal rate of the rate card, which is "
        "lower than the show rate. A rehearsal on the day of a show is included in the show "
        "fee.",
    ),
    ("art", "Clause 8 – Doubling"),
    (
        "p",
        "Cl. 8.1 A musician who plays a second instrument in the same show or session "
        "(doubling) receives a doubling supplement of 15 per cent of the show or session fee "
        "for each additional instrument.",
    ),
    (
        "p",
        "Cl. 8.2 A backing vocalist who also plays an instrument in the same session is "
        "doubling within the meaning of clause 8(1).",
    ),
    ("part", "Part III – Working conditions"),
    ("art", "Clause 9 – Cartage"),
    (
        "p",
        "Cl. 9.1 When a performer brings a large instrument (a drum kit, a double bass, a "
        "harp, a tuba or a rig of more than two keyboards) to a session, rehearsal or show, "
        "the producer pays a cartage fee of R$ 140,00 per engagement for each such instrument.",
    ),
    ("p", "Cl. 9.2 No cartage fee is due when the producer transports the instrument itself."),
    ("art", "Clause 10 – Turnaround"),
    (
        "p",
        "Cl. 10.1 A touring musician has a turnaround of at least 12 hours between the end "
        "of one show and the call for the next show or rehearsal.",
    ),
    ("p", "Cl. 10.2 A call that breaks the turnaround is paid as an additional show."),
    ("art", "Clause 11 – Cancellation"),
    (
        "p",
        "Cl. 11.1 A session, shooting day, rehearsal or show cancelled by the producer is "
        "paid by notice band: with more than 30 days' notice, no fee; with 8 to 30 days' "
        "notice, 50 per cent of the booked fee; with 7 days' notice or less, 100 per cent of "
        "the booked fee.",
    ),
    (
        "p",
        "Cl. 11.2 When a tour is cancelled, the weekly retainer for the week in which notice "
        "is given is paid in full.",
    ),
    ("art", "Clause 12 – Re-use of a session (new use)"),
    (
        "p",
        "Cl. 12.1 When a session recording is re-used in a film, an advertisement, a video "
        "game or a television programme (a new use), each performer on the session receives "
        "a new-use fee of 50 per cent of the session fee, for each new use.",
    ),
    (
        "p",
        "Cl. 12.2 The producer tells the Guild of each new use within one month of the "
        "licence and names the performers on the session.",
    ),
    ("art", "Clause 13 – Streaming royalties pool"),
    (
        "p",
        "Cl. 13.1 Each quarter, the Producers' member labels pay 2 per cent of their net "
        "streaming receipts^3 from recordings on which Guild members perform into the "
        "Streaming Royalties Pool.",
    ),
    (
        "p",
        "Cl. 13.2 The Pool is distributed to the performers within 45 days of the end of "
        "each quarter, in proportion to the sessions, shooting days and shows each performer "
        "worked on the recordings concerned.",
    ),
    (
        "p",
        "Cl. 13.3 The Guild publishes each quarter's payment into the Pool, release by "
        "release, in a statement to its members.",
    ),
    ("part", "Part IV – Artificial intelligence"),
    ("art", "Clause 14 – Definitions"),
    (
        "p",
        'Cl. 14.1 In this Part, a "voice model" is a model trained on a performer\'s recorded '
        'voice that can generate new singing in that voice; "session stems" are the separate '
        'tracks recorded at a session; a "synthetic vocal track" is a vocal track generated '
        'by a voice model; a "digital double" is a computer-generated likeness of a performer '
        "shown on stage or on screen.",
    ),
    ("art", "Clause 15 – Vocal synthesis"),
    (
        "p",
        "Cl. 15.1 No voice model may be trained on a backing vocalist's session stems without "
        "the vocalist's written consent, given for each project on the numbered Form~VS-2. "
        "Consent given for one project does not extend to another.",
    ),
    (
        "p",
        "Cl. 15.2 For each release that uses a synthetic vocal track generated by the "
        "vocalist's voice model, the producer pays the vocalist a vocal synthesis fee of "
        "R$ 2.400,00 per release.",
    ),
    ("p", "Cl. 15.3 An album may contain no more than 3 synthetic vocal tracks."),
    (
        "p",
        "Cl. 15.4 A vocalist may withdraw consent for any release not yet published. The "
        "rights in a voice model may not be acquired by a single payment covering future "
        "projects.",
    ),
    ("art", "Clause 16 – Stem reuse for AI training"),
    (
        "p",
        "Cl. 16.1 Session stems may be used to train AI models only under the yearly training "
        "licence: the Producers pay a flat R$ 1.800.000,00 per financial year into the Stem "
        "Training Pool, by 30 June of that year.",
    ),
    (
        "p",
        "Cl. 16.2 The Stem Training Pool is distributed with the Streaming Royalties Pool of "
        "the first quarter, on the same basis (clause 13(2)).",
    ),
    ("art", "Clause 17 – Hologram and avatar concerts"),
    (
        "p",
        "Cl. 17.1 A performer's digital double may appear on stage at a concert (an avatar "
        "concert) only with the performer's written consent.",
    ),
    (
        "p",
        "Cl. 17.2 For each avatar concert in which the digital double appears, the performer "
        "receives R$ 3.150,00 per show.",
    ),
    (
        "p",
        "Cl. 17.3 The digital double of a deceased performer may be used only with the "
        "written consent of the performer's estate, and the fee of clause 17(2) is paid to "
        "the estate.",
    ),
    (
        "p",
        "Cl. 17.4 The producer gives the Guild at least 60 days' notice before the first "
        "avatar concert of a tour or a series.",
    ),
    ("art", "Clause 18 – AI-generated music videos"),
    (
        "p",
        "Cl. 18.1 A music video generated wholly or partly by AI that uses a dancer's or "
        "featured extra's likeness requires the performer's written consent and a fee of "
        "R$ 1.850,00 per video.",
    ),
    (
        "p",
        "Cl. 18.2 The likeness may not be used in another video without a new consent and a "
        "new fee.",
    ),
    ("art", "Clause 19 – Deletion on request"),
    (
        "p",
        "Cl. 19.1 A voice model or digital double is deleted within 30 days of the "
        "performer's written request, and the producer confirms the deletion in writing.",
    ),
    ("p", "Cl. 19.2 Deletion does not affect releases or videos published before the request."),
    ("art", "Clause 20 – Labelling"),
    (
        "p",
        'Cl. 20.1 A release that uses a synthetic vocal track states "AI-assisted vocals" in '
        "its credits.",
    ),
    (
        "p",
        'Cl. 20.2 At an avatar concert the screens state "Digital double" whenever the '
        "digital double is on stage.",
    ),
    ("part", "Part V – Administration"),
    ("art", "Clause 21 – Joint Rates Committee"),
    (
        "p",
        "Cl. 21.1 The Joint Rates Committee has three members appointed by the Guild and "
        "three appointed by the Producers.",
    ),
    (
        "p",
        "Cl. 21.2 The Committee issues the rate card and the music-video schedule, and "
        'numbers its decisions "JRC n/2026".',
    ),
    (
        "p",
        "Cl. 21.3 The Committee may suspend a rate or a supplement under clause 3(4) and "
        "hears grievances under clause 24(1).",
    ),
    ("art", "Clause 22 – Schedules"),
    ("p", "Cl. 22.1 Schedule~1 sets the recording rates for each financial year."),
    ("sched1", SCHED1_TITLE),
    ("note", SCHED1_NOTE),
    ("p", "Cl. 22.2 Schedule~2 lists the fixed amounts and rules that apply for the whole term."),
    ("sched2", SCHED2_TITLE),
    ("art", "Clause 23 – Previous agreement"),
    ("p", "Cl. 23.1 This Agreement replaces the Backing Performers Agreement 2022–2025."),
    (
        "p",
        "Cl. 23.2 Clause 11.4 of the 2022–2025 agreement (early-call supplement, R$ 75,00 for "
        "a call before 8:00) is kept and remains in force for the whole term.",
    ),
    (
        "p",
        "Cl. 23.3 Clause 9.6 of the 2022–2025 agreement (parking allowance, R$ 35,00 per "
        "session) is dropped and is not paid for work after 31 March 2025.",
    ),
    (
        "p",
        "Cl. 23.4 The 2022–2025 agreement's turnaround of 10 hours and its new-use fee of "
        "40 per cent are replaced by clause 10(1) and clause 12(1).",
    ),
    (
        "p",
        "Cl. 23.5 The Side Agreement on Showcase Gigs of 2023 continues until it expires on "
        "31 March 2026; the parties will discuss before then whether to replace it.",
    ),
    ("art", "Clause 24 – Grievances and signatures"),
    (
        "p",
        "Cl. 24.1 A grievance is filed with the Joint Rates Committee within 35 days of the "
        "event it concerns.",
    ),
    (
        "p",
        "Cl. 24.2 Signed at Calderport on 20 March 2025. For the Guild: Odalys "
        "Thackeray-N'Diaye, President, and Lucien Farrow-Desrosiers, General Secretary. For "
        "the Producers: Everett Quist-Bergeron, Chair.",
    ),
]


def _plain(text: str) -> str:
    """The text as a reader gets it: '~' a space, a footnote mark a digit glued to its word."""
    return re.sub(r"\^(\d)", r"\1", text.replace("~", " "))


def agreement_text() -> str:
    lines = []
    for kind, text in AGREEMENT:
        if kind == "sched1":
            lines.append(text)
            lines.append(" | ".join(SCHED1_HEADER))
            for role, rows in SCHED1:
                for i, row in enumerate(rows):
                    lines.append(" | ".join([role if i == 0 else "", *map(_plain, row)]))
        elif kind == "sched2":
            lines.append(text)
            lines += [" | ".join(r) for r in [SCHED2_HEADER, *SCHED2]]
        else:
            lines.append(_plain(text))
    lines += [f"{n} {t}" for n, t in FOOTNOTES.items()]
    return "\n".join(lines)


# ---- the rate card ------------------------------------------------------------------------

RATECARD_TITLE = "Joint Rate Card – Sessions and touring"
RATECARD_SUB = (
    "Issued by the Joint Rates Committee (BPGB / PCPB) under clause 21(2) of the Backing "
    "Performers Agreement. Minimum fees in reais, FY 2026/27 and FY 2027/28."
)
RC_HEADER = ["Engagement", "FY 2026/27", "FY 2027/28\nfrom 01-Apr-2027"]
DASH = "–"
# engagement, (amount, unit) FY 2026/27, (amount, unit) FY 2027/28
RATECARD_ROWS = [
    ("Backing vocalist", ("R$ 1.260", "per 3-hour session"), ("R$ 1.310", "per 3-hour session")),
    ("Backing vocalist, overdub", ("R$ 310", "per track"), ("R$ 320", "per track")),
    ("Backing vocalist, lead-line premium", ("R$ 210", "per session"), ("R$ 220", "per session")),
    (
        "Session choir singer (4 booked at least)",
        ("R$ 725", "per singer, per session"),
        ("R$ 750", "per singer, per session"),
    ),
    ("Touring backing musician", ("R$ 980", "per show"), ("R$ 1.020", "per show")),
    ("Weekly retainer while on tour", ("R$ 2.150", "per tour week"), ("R$ 2.240", "per tour week")),
    ("Rehearsal", ("R$ 430", "per rehearsal day"), ("R$ 450", "per rehearsal day")),
    ("Per diem, Q1 FY27 to Q2 FY27", ("R$ 185", "per touring day"), (DASH, "")),
    ("Per diem, from Q3 FY27", ("R$ 195", "per touring day"), ("R$ 200", "per touring day")),
]
RATECARD_NOTES = [
    "1. Every FY 2027/28 figure is the FY 2026/27 figure raised by 4 per cent and rounded to "
    "the nearest R$ 10 (clause 3(2) of the Agreement).",
    "2. The per diem is paid for every touring day away from home, travel days and days "
    "without a show included (clause 7(3)). It rose from the third quarter of FY 2026/27; "
    "the quarters are defined in clause 2(3) of the Agreement.",
    "3. A travel day on which no show is played counts as half a show (clause 7(4)). The "
    "weekly retainer is paid for each tour week, with or without shows.",
    "4. The Side Agreement on Showcase Gigs (R$ 520 per showcase) expired on 31 March 2026 "
    "and was not replaced: a label or industry showcase is now paid as an ordinary show, at "
    "the show rate above.",
    "5. Turnaround: at least 12 hours between the end of one show and the next call "
    "(clause 10(1)). A rehearsal on the day of a show is part of the show fee.",
    "6. Music-video dancers and featured extras are paid under the Committee's music-video "
    "schedule, not under this card. Supplements and AI fees are fixed in Schedule 2 of the "
    "Agreement.",
    "7. A dash means that the rate does not apply in that financial year.",
]
RATECARD_FOOTER = "Joint Rate Card – page 1 of 1 – BPGB / PCPB – JRC"


def ratecard_text() -> str:
    lines = [RATECARD_TITLE, RATECARD_SUB, " | ".join(h.replace("\n", " ") for h in RC_HEADER)]
    for name, a, b in RATECARD_ROWS:
        lines.append(" | ".join([name, a[0], b[0]]))
        lines.append(" | ".join(["", a[1], b[1]]))
    lines += RATECARD_NOTES
    lines.append(RATECARD_FOOTER)
    return "\n".join(lines)


# ---- the French notice (hyphenated) -------------------------------------------------------

NOTICE_HEAD = [
    "GUILDE DES ARTISTES D'ACCOMPAGNEMENT DE BELLMARE (GAAB)",
    "PRODUCTEURS PHONOGRAPHIQUES ET DE CONCERTS DE BELLMARE (PPCB)",
]
NOTICE: list[tuple[str, str]] = [
    ("title", "Avis conjoint n° 2026-05"),
    (
        "sub",
        "Concerts d'avatars et pistes vocales synthétiques – Sainte-Odile-sur-Mer, le "
        "28 septembre 2026",
    ),
    (
        "p",
        "Le présent avis est publié conjointement par la Guilde et par les Producteurs en "
        "application de la convention des artistes d'accompagnement, exercices 2025/26 à "
        "2027/28. Il fait partie de la convention et s'applique à tous les producteurs "
        "membres, notamment Lanternfish Records, Harbourlight Music, Calder Live Promotions "
        "et Tournées Boréal.",
    ),
    ("h", "1. Préavis des concerts d'avatars (clause 17(4))"),
    (
        "p",
        "Les parties remplacent la clause 17(4) de la convention, à compter du "
        "15 octobre 2026, par le texte suivant : « Le producteur donne à la Guilde un préavis "
        "d'au moins 90 jours avant le premier concert d'avatar d'une tournée ou d'une série. »",
    ),
    (
        "p",
        "Les préavis donnés avant le 15 octobre 2026 restent soumis au délai de 60 jours de "
        "la convention, même lorsque le concert a lieu après cette date. Le préavis indique "
        "obligatoirement la salle, les dates des représentations, l'artiste dont le double "
        "numérique est présenté, sa rémunération et, pour une personne décédée, les coordonnées de sa "
        "succession ; un préavis incomplet ne fait pas courir le délai.",
    ),
    ("h", "2. Pistes vocales synthétiques (clause 15(3))"),
    (
        "p",
        "Les parties confirment la clause 15(3) de la convention sans changement : un album "
        "ne peut contenir plus de 3 pistes vocales synthétiques. Cette règle n'est ni "
        "remplacée ni modifiée par le présent avis ; elle s'applique aussi aux albums "
        "enregistrés en public et aux rééditions augmentées.",
    ),
    ("h", "3. Rémunération et consentement"),
    (
        "p",
        "La rémunération du double numérique prévue à la clause 17(2) demeure inchangée et "
        "continue d'être versée à l'artiste ou, pour une personne décédée, à sa succession. "
        "Le consentement écrit exigé par la clause 17(1) est recueilli séparément pour chaque "
        "tournée ou série de représentations.",
    ),
    (
        "p",
        "Les autres clauses de la convention restent inchangées. Le consentement donné sur le "
        "formulaire VS-2 demeure exigé pour chaque projet, et la mention prévue à la "
        "clause 20(2) reste affichée sur les écrans pendant toute apparition du double "
        "numérique.",
    ),
    (
        "p",
        "Le présent avis est rédigé en français ; une traduction anglaise accompagnera la "
        "prochaine réimpression de la convention. Renseignements supplémentaires auprès du "
        "secrétariat du comité conjoint des tarifs.",
    ),
    ("sign", ""),
]
NOTICE_SIGNATURES = [
    "Pour la Guilde : Odalys Thackeray-N'Diaye, présidente",
    "Pour les Producteurs : Everett Quist-Bergeron, président",
]


def notice_text() -> str:
    lines = list(NOTICE_HEAD)
    for kind, text in NOTICE:
        if kind == "sign":
            lines += NOTICE_SIGNATURES
        else:
            lines.append(_plain(text))
    return "\n".join(lines)


# ---- line breaking ------------------------------------------------------------------------


def _tie(text: str) -> str:
    text = text.replace("~", NB)
    for rx in TIES:
        text = rx.sub(lambda m: m.group(0).replace(" ", NB), text)
    return text


def _width(pdf, text: str) -> float:
    return pdf.get_string_width(re.sub(r"\^(\d)", r"\1", text).replace(NB, " "))


def wrap(pdf, text: str, width: float) -> list[str]:
    """Break `text` into lines no wider than `width`, never at a tied space."""
    words = _tie(text).split(" ")
    lines: list[str] = []
    cur = ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if cur and _width(pdf, cand) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return [line.replace(NB, " ") for line in lines]


_VOWELS = "aeiouyàâäéèêëîïôöùûüœæ"
_INSEPARABLE = set("bl br ch cl cr dr fl fr gl gr gn ph pl pr th tr vr qu gu".split())


def hyphen_points(word: str) -> list[int]:
    """Where a lower-case French word may be broken (index of the first letter after the
    break): before a consonant between two vowels, between two consonants (before an
    inseparable pair), never leaving fewer than 3 letters on either side."""
    if len(word) < 7 or not word.isalpha() or not word.islower():
        return []
    v = [c in _VOWELS for c in word]
    for i, c in enumerate(word):
        if c == "u" and i > 0 and word[i - 1] in "qg":
            v[i] = False
    pts = []
    for i in range(3, len(word) - 2):
        if v[i - 1] and not v[i] and i + 1 < len(word) and v[i + 1]:
            pts.append(i)
        elif not v[i - 1] and not v[i] and i >= 2 and v[i - 2] and i + 1 < len(word) and v[i + 1]:
            pts.append(i - 1 if word[i - 1 : i + 1] in _INSEPARABLE else i)
    return sorted({p for p in pts if 3 <= p <= len(word) - 3})


def wrap_hyphenated(pdf, text: str, width: float) -> list[str]:
    """Like wrap(), but a word that does not fit is broken at its last hyphenation point
    that leaves the line (with a hyphen) no wider than `width`."""
    words = _tie(text).split(" ")
    lines: list[str] = []
    cur = ""
    i = 0
    while i < len(words):
        w = words[i]
        cand = w if not cur else cur + " " + w
        if not cur or _width(pdf, cand) <= width:
            cur = cand
            i += 1
            continue
        m = re.fullmatch(r"([«(]?)([^\W\d_]+)([,.;:»)]?)", w)
        placed = False
        if m:
            for p in reversed(hyphen_points(m.group(2))):
                head = m.group(1) + m.group(2)[:p] + "-"
                if _width(pdf, cur + " " + head) <= width:
                    lines.append(cur + " " + head)
                    words[i] = m.group(2)[p:] + m.group(3)
                    cur = ""
                    placed = True
                    break
        if not placed:
            lines.append(cur)
            cur = ""
    if cur:
        lines.append(cur)
    return [line.replace(NB, " ") for line in lines]


# ---- building -----------------------------------------------------------------------------


def _doc(header: str | None, footer: str | None = "Page {n} of {{nb}}"):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def header(self) -> None:
            if header is None:
                return
            self.set_font(FONT, "I", 8.5)
            self.set_xy(MARGIN, 10)
            self.cell(self.w - 2 * MARGIN, 5, header, align="C")

        def footer(self) -> None:
            if footer is None:
                return
            self.set_font(FONT, "", 8.5)
            self.set_xy(MARGIN, self.h - 14)
            self.cell(self.w - 2 * MARGIN, 5, footer.format(n=self.page_no()), align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    return pdf


def _draw(pdf, x: float, y: float, line: str, style: str, size: float, h: float) -> None:
    """Draw one line at (x, y); a "^n" mark is drawn as a small raised digit."""
    for k, seg in enumerate(re.split(r"\^(\d)", line)):
        if not seg:
            continue
        if k % 2:
            pdf.set_font(FONT, style, size * 0.62)
            w = pdf.get_string_width(seg)
            pdf.set_xy(x + 0.2, y - size * 0.13)
            pdf.cell(w, h, seg)
            x += w + 0.3
        else:
            pdf.set_font(FONT, style, size)
            w = pdf.get_string_width(seg)
            pdf.set_xy(x, y)
            pdf.cell(w, h, seg)
            x += w


# where each footnote was placed (footnote -> page) and the Schedule 1 page, for check_set.py
FOOTNOTE_PAGES: dict[str, int] = {}
SCHED1_PAGES: list[int] = []


class _Flow:
    """Places lines down one column; footnotes at the foot of the page of their mark."""

    def __init__(self, pdf) -> None:
        self.pdf = pdf
        self.y = TOP
        self.notes: list[str] = []

    def _notes_height(self, notes: list[str]) -> float:
        if not notes:
            return 0.0
        self.pdf.set_font(FONT, "", NOTE_SIZE)
        n = sum(len(wrap(self.pdf, FOOTNOTES[k], TEXT_W - 5)) for k in notes)
        return 4.0 + n * NOTE_LH + 1.0 * len(notes)

    def limit(self, extra: list[str] | None = None) -> float:
        return BOTTOM - self._notes_height(self.notes + (extra or []))

    def flush_notes(self) -> None:
        if not self.notes:
            return
        pdf = self.pdf
        y = BOTTOM - self._notes_height(self.notes) + 2.0
        pdf.set_line_width(0.2)
        pdf.line(MARGIN, y - 1.0, MARGIN + 50, y - 1.0)
        for k in self.notes:
            rows = wrap(pdf, FOOTNOTES[k], TEXT_W - 5)
            _draw(pdf, MARGIN, y, f"^{k}", "", NOTE_SIZE, NOTE_LH)
            for row in rows:
                _draw(pdf, MARGIN + 4, y, row, "", NOTE_SIZE, NOTE_LH)
                y += NOTE_LH
            y += 1.0
            FOOTNOTE_PAGES[k] = pdf.page_no()
        self.notes = []

    def new_page(self) -> None:
        self.flush_notes()
        self.pdf.add_page()
        self.y = TOP

    def room(self, h: float, marks: list[str]) -> None:
        if self.y + h > self.limit(marks):
            self.new_page()
        self.notes += [m for m in marks if m not in self.notes]

    def lines(self, text: str, style: str, size: float, lh: float, keep: int = 1) -> None:
        pdf = self.pdf
        pdf.set_font(FONT, style, size)
        rows = wrap(pdf, text, TEXT_W)
        if self.y + lh * min(len(rows), keep + 1) > self.limit():
            self.new_page()
        for line in rows:
            self.room(lh, re.findall(r"\^(\d)", line))
            _draw(pdf, MARGIN, self.y, line, style, size, lh)
            self.y += lh

    def gap(self, h: float) -> None:
        self.y += h

    def _title(self, title: str) -> None:
        self.pdf.set_font(FONT, "B", 10)
        self.pdf.set_xy(MARGIN, self.y)
        self.pdf.cell(TEXT_W, 6, title)
        self.y += 8

    def _row(self, cells: list[str], widths, h: float, style: str, fill: bool = False) -> None:
        pdf = self.pdf
        x = MARGIN
        for text, w in zip(cells, widths, strict=True):
            if fill:
                pdf.set_fill_color(228, 233, 240)
                pdf.rect(x, self.y, w, h, style="DF")
            else:
                pdf.rect(x, self.y, w, h)
            if text:
                _draw(pdf, x + 1.5, self.y + 0.6, text, style, 9, h - 1.2)
            x += w
        self.y += h

    def sched1(self, title: str) -> None:
        """Schedule 1: ruled; each role label printed once in a cell drawn over its rows."""
        pdf = self.pdf
        rh = 7.0
        n_rows = sum(len(rows) for _, rows in SCHED1)
        self.room(8 + rh * (n_rows + 1) + 2, ["1"])
        SCHED1_PAGES.append(pdf.page_no())
        self._title(title)
        pdf.set_line_width(0.25)
        self._row(SCHED1_HEADER, SCHED1_WIDTHS, rh, "B", fill=True)
        for role, rows in SCHED1:
            top = self.y
            pdf.rect(MARGIN, top, SCHED1_WIDTHS[0], rh * len(rows))
            _draw(pdf, MARGIN + 1.5, top + 0.6, role, "", 9, rh - 1.2)
            for row in rows:
                x = MARGIN + SCHED1_WIDTHS[0]
                for text, w in zip(row, SCHED1_WIDTHS[1:], strict=True):
                    pdf.rect(x, self.y, w, rh)
                    _draw(pdf, x + 1.5, self.y + 0.6, text, "", 9, rh - 1.2)
                    x += w
                self.y += rh
        self.y += 3

    def sched2(self, title: str) -> None:
        pdf = self.pdf
        rh = 6.6
        self.room(8 + rh * 6, [])
        self._title(title)
        pdf.set_line_width(0.25)
        self._row(SCHED2_HEADER, SCHED2_WIDTHS, rh, "B", fill=True)
        for row in SCHED2:
            for text, w in zip(row, SCHED2_WIDTHS, strict=True):
                pdf.set_font(FONT, "", 9)
                if pdf.get_string_width(text) > w - 3:
                    raise SystemExit(f"Schedule 2 cell too wide for one line ({w} mm): {text!r}")
            if self.y + rh > self.limit():
                self.new_page()
                self._title(SCHED2_TITLE + " (continued)")
                self._row(SCHED2_HEADER, SCHED2_WIDTHS, rh, "B", fill=True)
            self._row(row, SCHED2_WIDTHS, rh, "")
        self.y += 4


def build_agreement(write: bool = True) -> bytes:
    """Lay the agreement out (filling FOOTNOTE_PAGES, SCHED1_PAGES); write it unless told not to."""
    FOOTNOTE_PAGES.clear()
    SCHED1_PAGES.clear()
    pdf = _doc(AGREEMENT_HEADER)
    pdf.set_title("Backing Performers Agreement FY 2025/26 - FY 2027/28")
    pdf.set_author("BPGB / PCPB")
    pdf.set_creation_date(datetime.datetime(2025, 3, 20, 12, 0, tzinfo=datetime.UTC))
    flow = _Flow(pdf)
    flow.new_page()
    for kind, text in AGREEMENT:
        if kind == "title":
            pdf.set_font(FONT, "B", 15)
            pdf.set_xy(MARGIN, flow.y)
            pdf.cell(TEXT_W, 8, text)
            flow.y += 11
        elif kind == "sub":
            flow.lines(text, "I", 10, 5.2)
            flow.gap(4)
        elif kind == "part":
            flow.gap(3)
            flow.lines(text, "B", 12.5, 6.8, keep=4)
            flow.gap(1.5)
        elif kind == "art":
            flow.gap(1.5)
            flow.lines(text, "B", 11, 6.0, keep=3)
            flow.gap(0.5)
        elif kind == "sched1":
            flow.gap(2)
            flow.sched1(text)
        elif kind == "sched2":
            flow.gap(2)
            flow.sched2(text)
        elif kind == "note":
            flow.lines(text, "I", 9, 4.8)
            flow.gap(3)
        else:
            flow.lines(text, "", BODY_SIZE, BODY_LH)
            flow.gap(2.0)
    flow.flush_notes()
    data = bytes(pdf.output())
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print(
            "wrote",
            AGREEMENT_OUT,
            pdf.page_no(),
            "pages; Schedule 1 on page",
            SCHED1_PAGES,
            "; footnotes on pages",
            FOOTNOTE_PAGES,
        )
    return data


# rate card layout (mm, portrait A4)
RC_X = 20.0
RC_WIDTHS = (74.0, 48.0, 48.0)
RC_RH = 12.0


def build_ratecard(write: bool = True) -> bytes:
    pdf = _doc(None, footer=None)
    pdf.set_title("Joint Rate Card - Sessions and touring, FY 2026/27 and FY 2027/28")
    pdf.set_author("BPGB / PCPB - Joint Rates Committee")
    pdf.set_creation_date(datetime.datetime(2026, 3, 27, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    pdf.set_font(FONT, "B", 15)
    pdf.set_xy(RC_X, 16)
    pdf.cell(0, 8, RATECARD_TITLE)
    pdf.set_font(FONT, "I", 9.5)
    y = 26.0
    for line in wrap(pdf, RATECARD_SUB, sum(RC_WIDTHS)):
        pdf.set_xy(RC_X, y)
        pdf.cell(sum(RC_WIDTHS), 5, line)
        y += 5
    y += 4
    xs = [RC_X]
    for w in RC_WIDTHS:
        xs.append(xs[-1] + w)
    pdf.set_line_width(0.3)
    pdf.set_font(FONT, "B", 10)
    pdf.set_fill_color(226, 232, 238)
    for i, text in enumerate(RC_HEADER):
        pdf.rect(xs[i], y, RC_WIDTHS[i], RC_RH, style="DF")
        for k, part in enumerate(text.split("\n")):
            pdf.set_font(FONT, "B" if k == 0 else "", 10 if k == 0 else 8.5)
            pdf.set_xy(xs[i] + 2, y + 1.2 + 5 * k)
            pdf.cell(RC_WIDTHS[i] - 4, 5, part, align="L" if i == 0 else "C")
    y += RC_RH
    for name, a, b in RATECARD_ROWS:
        for i in range(3):
            pdf.rect(xs[i], y, RC_WIDTHS[i], RC_RH)
        pdf.set_font(FONT, "", 10)
        pdf.set_xy(xs[0] + 2, y + 1.2)
        pdf.cell(RC_WIDTHS[0] - 4, 5, name)
        for i, (amount, unit) in enumerate((a, b), 1):
            pdf.set_font(FONT, "B", 10)
            pdf.set_xy(xs[i], y + 1.2)
            pdf.cell(RC_WIDTHS[i], 5, amount, align="C")
            if unit:
                pdf.set_font(FONT, "", 8.5)
                pdf.set_xy(xs[i], y + 6.2)
                pdf.cell(RC_WIDTHS[i], 4.6, unit, align="C")
        y += RC_RH
    y += 7
    pdf.set_font(FONT, "", 9.5)
    for note in RATECARD_NOTES:
        for line in wrap(pdf, note, sum(RC_WIDTHS)):
            pdf.set_xy(RC_X, y)
            pdf.cell(sum(RC_WIDTHS), 4.8, line)
            y += 4.8
        y += 1.2
    if y > pdf.h - 16:
        raise SystemExit(f"rate card notes reach the footer ({y:.1f} mm)")
    pdf.set_font(FONT, "I", 8.5)
    pdf.set_xy(RC_X, pdf.h - 13)
    pdf.cell(sum(RC_WIDTHS), 5, RATECARD_FOOTER, align="C")
    data = bytes(pdf.output())
    if write:
        with open(RATECARD_OUT, "wb") as f:
            f.write(data)
        print("wrote", RATECARD_OUT, pdf.page_no(), "page(s)")
    return data


# the hyphenated line ends of the notice (word head, word tail), for check_set.py
NOTICE_BREAKS: list[tuple[str, str]] = []
NOTICE_W = 135.0


def build_notice(write: bool = True) -> bytes:
    NOTICE_BREAKS.clear()
    pdf = _doc(None, footer="Avis conjoint n° 2026-05 – page {n} sur {{nb}}")
    pdf.set_title("Avis conjoint n° 2026-05")
    pdf.set_author("GAAB / PPCB")
    pdf.set_creation_date(datetime.datetime(2026, 9, 28, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    x0 = (PAGE_W - NOTICE_W) / 2
    pdf.set_font(FONT, "B", 9.5)
    y = 16.0
    for line in NOTICE_HEAD:
        pdf.set_xy(x0, y)
        pdf.cell(NOTICE_W, 5, line, align="C")
        y += 5
    pdf.set_line_width(0.3)
    pdf.line(x0, y + 2, x0 + NOTICE_W, y + 2)
    y += 8
    lh = 5.6
    for kind, text in NOTICE:
        if kind == "sign":
            y += 5
            if y + 16 > BOTTOM:
                pdf.add_page()
                y = TOP
            pdf.set_font(FONT, "", 10)
            for s in NOTICE_SIGNATURES:
                pdf.set_xy(x0, y)
                pdf.cell(NOTICE_W, 6, s)
                y += 8
            continue
        style, size = {"title": ("B", 14), "sub": ("I", 10), "h": ("B", 10.5)}.get(kind, ("", 10.5))
        pdf.set_font(FONT, style, size)
        rows = wrap_hyphenated(pdf, text, NOTICE_W) if kind == "p" else wrap(pdf, text, NOTICE_W)
        for a, b in itertools.pairwise(rows):
            if a.endswith("-") and re.search(r"[^\W\d_]-$", a):
                NOTICE_BREAKS.append((a.split(" ")[-1], b.split(" ")[0]))
        # a paragraph is kept on one page (no hyphen before a page break), a heading with
        # the start of its paragraph
        if y + lh * (len(rows) if kind != "h" else 3) > BOTTOM:
            pdf.add_page()
            y = TOP
        for line in rows:
            pdf.set_xy(x0, y)
            pdf.cell(NOTICE_W, lh, line)
            y += lh
        y += 3.0 if kind != "title" else 1.0
    data = bytes(pdf.output())
    if write:
        with open(NOTICE_OUT, "wb") as f:
            f.write(data)
        print("wrote", NOTICE_OUT, pdf.page_no(), "page(s); hyphenated:", NOTICE_BREAKS)
    return data


if __name__ == "__main__":
    build_agreement()
    build_ratecard()
    build_notice()
