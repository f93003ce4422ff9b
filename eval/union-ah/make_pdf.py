#!/usr/bin/env python3
"""Build the three PDFs of union-ah (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ah/make_pdf.py    # fpdf2 is in the venv

- docs/vapg-kslpa-vehicle-action-agreement-2027-2030.pdf: the Vehicle Action Agreement
  2027-2030 in English. Portrait pages of clauses numbered "Art. 12.3" and cited "article
  12, paragraph 3", a running footer "Page N of M", and a light diagonal "SIGNED COPY"
  WATERMARK drawn as text behind every page (pdfplumber reads its letters as stray
  characters, on lines of their own or inside body lines). Schedule A is set on
  LANDSCAPE pages: a ruled table with a TWO-LEVEL HEADER (a merged "Year 1 (from
  15 January 2027)" cell over "Day | Week", a merged "Year 2" cell over "Day | Week"),
  some ROW LABELS WRAPPED onto two lines inside their cell (the figures centred between
  the two lines), and the table CONTINUES ONTO THE NEXT PAGE with its two header rows
  repeated. The signature date is given once, in the signature block.
- docs/vapg-stunt-crash-and-supplement-rate-card-year-1.pdf: the Guild's rate card, one
  page, a ruled table whose column headers are ROTATED 90 degrees (pdfplumber reads them
  as reversed letters, one line per header line), the figures RIGHT-ALIGNED in their
  cells, and a "see note" column whose notes (A-F) sit under the table. Its one slashed
  date is day-first and says so ("15/01/2027").
- docs/avis-comite-mixte-2026-7-montants-indexes.pdf: the Joint Committee's notice
  n° 2026-7 in French, one column: it PUBLISHES THE INDEXED FIGURES applying from
  1 January 2027 (vehicle allowance and kilometre rate), with amounts written
  "397 000 Rp" (U+202F in the thousands, U+00A0 before the symbol; pdfplumber reads the
  U+202F as a plain space) and the Commencement Date once as "15.I.2027".

DejaVu Sans (/usr/share/fonts/truetype/dejavu) draws "–", "°", "«", "»", U+202F. Lines are
broken by this script, never inside an amount, a percentage, a date, a clause reference
or a phrase the questions quote (TIES). `agreement_text()`, `ratecard_text()` and
`notice_text()` return the text for check_set.py (table cells joined by " | "; the
watermark and the rotated headers are returned by `agreement_watermark()` and
`ratecard_headers()`). Fixed creation dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import math
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "vapg-kslpa-vehicle-action-agreement-2027-2030.pdf")
RATECARD_OUT = os.path.join(HERE, "docs", "vapg-stunt-crash-and-supplement-rate-card-year-1.pdf")
NOTICE_OUT = os.path.join(HERE, "docs", "avis-comite-mixte-2026-7-montants-indexes.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
NB = "\u00a0"
NNB = "\u202f"
TIE = "\u0001"  # a space the line breaker must not break at (never in the output)

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MOIS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
TIES = [
    re.compile(r"Rp \d{1,3}(?:\.\d{3})*"),
    re.compile(r"\d+ (?:%|hours?|days?|minutes|metres|crashes|shows|vehicles|jours|heures)\b"),
    re.compile(r"\d+ %"),
    re.compile(r"Art\. \d+\.\d+"),
    re.compile(r"\barticles? \d+, paragraphs? \d+(?: and \d+)?"),
    re.compile(r"\barticles? \d+(?: to \d+)?\b"),
    re.compile(r"\bl'article \d+, alinéa \d+"),
    re.compile(r"\barticle \d+, alinéa \d+"),
    re.compile(rf"\b\d{{1,2}} (?:{_MONTHS}) \d{{4}}\b"),
    re.compile(rf"\b1er (?:{_MOIS}) \d{{4}}\b"),
    re.compile(rf"\b\d{{1,2}} (?:{_MOIS}) \d{{4}}\b"),
    re.compile(r"\b(?:Year|Step) \d\b"),
    re.compile(r"\bForm VD-3\b"),
    re.compile(r"\bCircuit 7\b"),
    re.compile(r"\b80 km/h\b"),
    re.compile(r"\b1\.200 m\b"),
    re.compile(r"\b2\.450 cc\b"),
    re.compile(r"\bB 2450 XYZ\b"),
    re.compile(r"\bSide Letter No\. \d\b"),
    re.compile(r"\bSchedule A\b"),
    re.compile(r"\bno more than three crashes\b"),
    re.compile(r"\bnot carried over\b"),
    re.compile(r"\bpays the premium\b"),
    re.compile(r"\bunit medic\b"),
    re.compile(r"\bDigital drivers and synthetic traffic appear in this production\b"),
    re.compile(r"\bPort Halloran\b"),
    re.compile(r"\bn° \d{4}-\d\b"),
    re.compile(r"\b15\.I\.2027\b"),
    re.compile(r"\d+,\d %"),
    re.compile(r" [;:!?»]"),
    re.compile(r"« "),
]

# ---- the agreement ----------------------------------------------------------------------

FOOTER = "VAPG / KSLPA – Vehicle Action Agreement 2027–2030 – Page {n} of {{nb}}"
WATERMARK = "SIGNED COPY"
A_TITLE = "Vehicle Action Agreement 2027–2030"
A_SUB = (
    "between the Vehicle Action Performers' Guild of Kerandal (VAPG; in French, Guilde des "
    "artistes d'action automobile du Kerandal, GAAK) and the Kerandal Screen and Live Motor "
    "Producers' Association (KSLPA; in French, Association des producteurs d'écran et de "
    "spectacles motorisés du Kerandal, APESMK)"
)

AGREEMENT: list[tuple[str, str]] = [
    ("part", "Part I – General"),
    ("art", "Article 1 – Parties and scope"),
    (
        "p",
        "Art. 1.1 This Agreement is made between the Association, for its members Lintang "
        "Pictures, Halloran Road Films, Ironbark Live and Studio Phare-Rouge, and the Guild. "
        "It binds them whenever a member of the Guild is engaged in Kerandal to drive, ride "
        "or crash a vehicle for a film, a television programme, an advertisement or a live "
        "motor show.",
    ),
    (
        "p",
        "Art. 1.2 It covers precision drivers, motorcycle stunt riders, crash performers, "
        "camera-car and tracking-vehicle drivers, picture-vehicle drivers, background drivers "
        "who bring their own car, live motor-show performers and driving coaches for actors.",
    ),
    (
        "p",
        'Art. 1.3 Amounts are in Kerandal rupiah, written "Rp" before the figure with a dot '
        "between the thousands, as in Rp 2.450.000; there are no decimals. The English and "
        "French texts are equally authentic.",
    ),
    ("art", "Article 2 – Commencement and contract years"),
    (
        "p",
        "Art. 2.1 The Commencement Date is 15 January 2027. This Agreement runs for three "
        "contract years from the Commencement Date.",
    ),
    (
        "p",
        'Art. 2.2 "Year 1" means the twelve months from the Commencement Date. Year 2 and '
        "Year 3 are the two twelve-month periods that follow it, in that order. Schedule A "
        "sets the day and weekly rates by contract year.",
    ),
    (
        "p",
        "Art. 2.3 A day of work is paid at the rate of the contract year in which it is "
        "worked, unless this Agreement ties a rate to the start of a production (article 6, "
        "paragraph 2).",
    ),
    (
        "p",
        "Art. 2.4 Article 8, paragraphs 2 and 3 (vehicle allowance and kilometre rate), and "
        "article 14, paragraph 2 (kit allowance), apply from the date of signature of this "
        "Agreement. Until the Commencement Date, the other rates of the Vehicle Action "
        "Agreement 2023–2026 continue to apply.",
    ),
    ("art", "Article 3 – Retroactive increase"),
    (
        "p",
        "Art. 3.1 The vehicle allowance of article 8, paragraph 2, is Rp 385.000 per day with "
        "effect from 1 November 2026. Under the 2023–2026 agreement it was Rp 320.000 per day.",
    ),
    (
        "p",
        "Art. 3.2 The producer pays the difference for every day worked from 1 November 2026 "
        "within 45 days of the date of signature, as a separate line on the payslip.",
    ),
    ("part", "Part II – Engagements and pay"),
    ("art", "Article 4 – Precision drivers"),
    (
        "p",
        "Art. 4.1 A precision driver is engaged per shoot day of 10 hours at the shoot day "
        "rate in Schedule A.",
    ),
    (
        "p",
        "Art. 4.2 A rehearsal day, on which no footage is shot, is paid at the rehearsal day "
        "rate in Schedule A.",
    ),
    (
        "p",
        "Art. 4.3 Work past 10 hours in a shoot day is paid by the hour at one tenth of the "
        "shoot day rate.",
    ),
    ("art", "Article 5 – Motorcycle stunt riders"),
    ("p", "Art. 5.1 A motorcycle stunt rider is paid per day at the rate in Schedule A."),
    (
        "p",
        "Art. 5.2 A stunt adjustment is added for each gag, each time it is performed on "
        "camera: a wheelie pass Rp 650.000; a lay-down slide Rp 1.150.000; a ramp jump "
        "Rp 1.900.000.",
    ),
    (
        "p",
        "Art. 5.3 Gags are listed on the call sheet by their code (a ramp jump is G-12). A gag "
        "that is not on the call sheet is not performed that day.",
    ),
    ("art", "Article 6 – Crash performers"),
    (
        "p",
        "Art. 6.1 A crash performer is paid the day rate in Schedule A and a crash fee for "
        "each crash. For productions whose principal photography began before 1 April 2027, "
        "the crash fees are: a cannon roll Rp 4.750.000; a T-bone Rp 3.600.000; a pipe-ramp "
        "flip Rp 5.850.000.",
    ),
    (
        "p",
        "Art. 6.2 For productions whose principal photography begins on or after "
        "1 April 2027, the crash fees are: a cannon roll Rp 5.200.000; a T-bone "
        "Rp 3.950.000; a pipe-ramp flip Rp 6.400.000. The date that counts is the first day "
        "of principal photography registered with the Guild, not the date on which the "
        "member is hired or the crash is performed.",
    ),
    (
        "p",
        "Art. 6.3 A crash performer performs no more than three crashes in a shoot day.",
    ),
    (
        "p",
        "Art. 6.4 After every crash the performer is checked as set out in article 9, "
        "paragraph 4, before any further gag.",
    ),
    ("art", "Article 7 – Camera-car, tracking-vehicle and picture-vehicle drivers"),
    (
        "p",
        "Art. 7.1 Camera-car and tracking-vehicle drivers are paid per day at the rate in "
        "Schedule A.",
    ),
    (
        "p",
        "Art. 7.2 A picture-vehicle driver, who doubles for an actor at the wheel, is paid "
        "per day at the rate in Schedule A.",
    ),
    (
        "p",
        "Art. 7.3 A picture vehicle with an engine larger than 2.450 cc is driven in shot "
        "only by a member who has taken part in that day's track inspection.",
    ),
    ("art", "Article 8 – Background drivers with their own car"),
    (
        "p",
        "Art. 8.1 A background driver who brings their own car is paid the day rate in Schedule A.",
    ),
    (
        "p",
        "Art. 8.2 The background driver also receives a vehicle allowance for each day the "
        "car is used (article 3, paragraph 1). It is indexed under article 22.",
    ),
    (
        "p",
        "Art. 8.3 The background driver also receives Rp 4.200 for each kilometre driven for "
        "the production, from the date of signature. The kilometre rate is indexed under "
        "article 22.",
    ),
    (
        "p",
        "Art. 8.4 The car is named on the call sheet by its number plate (for example "
        "B 2450 XYZ) and is not driven by anyone else during the engagement.",
    ),
    (
        "p",
        "Art. 8.5 If the car is damaged during the work, the producer pays the insurance "
        "excess under the driver's own motor policy, up to Rp 7.500.000 per claim.",
    ),
    ("art", "Article 9 – Safety on set"),
    (
        "p",
        "Art. 9.1 The producer supplies every performer who drives, rides or crashes with a "
        "fire-resistant suit and a helmet fitted to the performer, at no cost to the "
        "performer.",
    ),
    (
        "p",
        "Art. 9.2 A performer has a rest period of at least 30 minutes between two gags.",
    ),
    (
        "p",
        "Art. 9.3 Before each shoot day, the stunt coordinator and the performers make a "
        "track inspection of the road or track, the run-off areas and the barriers, ending "
        "at least 90 minutes before the first take. The route is driven at no more than "
        "80 km/h during the inspection.",
    ),
    (
        "p",
        "Art. 9.4 After every crash, the unit medic examines the performer before any further "
        "gag, and the result is written in the crash log.",
    ),
    (
        "p",
        "Art. 9.5 Work at Circuit 7 of the Sawgrass Proving Ground follows the circuit's own "
        "safety rules as well; its 1.200 m straight is closed to other vehicles while a "
        "performer works on it.",
    ),
    ("art", "Article 10 – Live motor shows"),
    (
        "p",
        "Art. 10.1 A live motor-show performer is paid per show: Rp 1.250.000 per show in "
        "the 2027 show season (1 May to 30 September 2027) and Rp 1.320.000 per show in the "
        "2028 show season.",
    ),
    (
        "p",
        "Art. 10.2 A performer does no more than two shows in a day, with at least two hours "
        "between the end of one show and the start of the next.",
    ),
    ("art", "Article 11 – Driving coaches"),
    (
        "p",
        "Art. 11.1 A driving coach who teaches actors to drive or ride for a role is engaged "
        "per week at the weekly rate in Schedule A, and coaches no more than two actors at a "
        "time.",
    ),
    ("art", "Article 12 – Night driving and re-use of footage"),
    (
        "p",
        "Art. 12.1 Driving or riding between 20:00 and 06:00 earns a night driving premium of "
        "20 % of the day rate.",
    ),
    (
        "p",
        "Art. 12.2 Footage in which a performer drives, rides or crashes may be re-used in a "
        "second production only after notice to the Guild. The performer then receives "
        "35 % of the original day fee for each production that re-uses it.",
    ),
    (
        "p",
        "Art. 12.3 The producer keeps a register of footage re-used under article 12, "
        "paragraph 2, and sends it to the Guild every six months.",
    ),
    ("art", "Article 13 – Weather, wet roads and skid-pans"),
    (
        "p",
        "Art. 13.1 A shoot day called off for weather after the call time is paid in full.",
    ),
    (
        "p",
        "Art. 13.2 Work on a road wetted for the shot or on a skid-pan earns a wet-road / "
        "skid-pan supplement of Rp 850.000 per day, in addition to the day rate.",
    ),
    ("art", "Article 14 – Insurance and kit"),
    (
        "p",
        "Art. 14.1 The producer insures every performer against accidents for the whole "
        "engagement. The producer pays the premium; no part of it is taken from fees.",
    ),
    (
        "p",
        "Art. 14.2 Each member engaged under this Agreement receives a kit allowance of "
        "Rp 2.850.000 per year for gloves, boots and personal protective kit, from the date "
        "of signature.",
    ),
    ("part", "Part III – Digital doubles, telemetry and synthetic traffic"),
    ("art", "Article 15 – Digital doubles of drivers and riders"),
    (
        "p",
        "Art. 15.1 A digital double is a scan of a performer and of their driving or riding "
        "posture. It is made only with the performer's written consent, given for each "
        "production on the numbered Form VD-3.",
    ),
    (
        "p",
        "Art. 15.2 The performer receives a scan fee of Rp 3.250.000 for each scan session.",
    ),
    (
        "p",
        "Art. 15.3 Each production that re-uses the double pays the performer Rp 4.100.000.",
    ),
    (
        "p",
        "Art. 15.4 A digital double is never used in a fatal crash scene without the "
        "performer's fresh written consent, given for that scene.",
    ),
    ("art", "Article 16 – Driving-telemetry capture"),
    (
        "p",
        "Art. 16.1 Steering, braking and throttle data recorded from a performer's driving "
        "(telemetry) may be used to train driving simulators or autonomous-driving AI only "
        "with the performer's written consent.",
    ),
    (
        "p",
        "Art. 16.2 The performer receives Rp 1.600.000 for each capture day. Telemetry is paid "
        "by the capture day only; no flat buy-out of a performer's telemetry is allowed.",
    ),
    (
        "p",
        "Art. 16.3 The producer never sells telemetry to a third party, and never gives or "
        "lends it to one.",
    ),
    ("art", "Article 17 – Synthetic traffic"),
    (
        "p",
        "Art. 17.1 Synthetic traffic means background vehicles generated by AI. A scene "
        "shows no more than 15 AI-generated background vehicles; beyond that number, real "
        "background drivers are hired under article 8.",
    ),
    (
        "p",
        "Art. 17.2 As a pilot, a producer may show up to 40 AI-generated background vehicles "
        "in a scene if it pays a synthetic traffic levy of Rp 2.300.000 per scene into the "
        "Guild's training fund. This paragraph lapses on 31 March 2027 unless renewed by the "
        "Joint Committee under article 21, paragraph 3.",
    ),
    ("art", "Article 18 – Deletion"),
    (
        "p",
        "Art. 18.1 On a performer's written request, the producer deletes the performer's "
        "scan and telemetry data within 21 days and confirms the deletion in writing.",
    ),
    ("art", "Article 19 – Voice cloning for in-car announcements"),
    (
        "p",
        "Art. 19.1 A performer's voice is cloned for in-car announcements (navigation, "
        "warnings, radio calls) only with the performer's written consent for each "
        "production, and each production that uses the clone pays the performer "
        "Rp 1.350.000.",
    ),
    ("art", "Article 20 – Labelling"),
    (
        "p",
        "Art. 20.1 Every production that uses a digital double or synthetic traffic states "
        'in its end credits: "Digital drivers and synthetic traffic appear in this production".',
    ),
    ("part", "Part IV – Administration"),
    ("art", "Article 21 – Joint Committee"),
    (
        "p",
        "Art. 21.1 The Joint Committee has three members named by the Guild and three named "
        "by the Association.",
    ),
    (
        "p",
        "Art. 21.2 By a joint notice it may replace a paragraph of this Agreement from a "
        "stated date.",
    ),
    (
        "p",
        "Art. 21.3 Before a pilot paragraph lapses, it may renew it to a new date, with or "
        "without changes, and tells the members in writing.",
    ),
    ("art", "Article 22 – Indexation"),
    (
        "p",
        "Art. 22.1 On 1 January of each year, from 1 January 2027, the vehicle allowance "
        "(article 8, paragraph 2) and the kilometre rate (article 8, paragraph 3) are indexed "
        "by the change in the National Consumer Price Index over the twelve months to the "
        "previous October. The allowance is rounded to the nearest thousand rupiah and the "
        "kilometre rate to the nearest ten.",
    ),
    (
        "p",
        "Art. 22.2 The Joint Committee publishes the indexed figures in a notice before "
        "1 January. No other amount in this Agreement is indexed.",
    ),
    ("art", "Article 23 – The previous agreement and side letters"),
    (
        "p",
        "Art. 23.1 This Agreement replaces the Vehicle Action Agreement 2023–2026 from the "
        "Commencement Date.",
    ),
    (
        "p",
        "Art. 23.2 Art. 7.5 of the 2023–2026 agreement (track-side meal allowance, "
        "Rp 145.000 per shoot day) is kept.",
    ),
    (
        "p",
        "Art. 23.3 Art. 9.3 of the 2023–2026 agreement (tyre-wear allowance for background "
        "drivers, Rp 275.000 per day) is not carried over; the kilometre rate of article 8, "
        "paragraph 3, takes its place.",
    ),
    (
        "p",
        "Art. 23.4 Re-use of footage was paid at 25 % of the original day fee under the "
        "2023–2026 agreement; article 12, paragraph 2, replaces it with 35 %.",
    ),
    (
        "p",
        "Art. 23.5 Side Letter No. 2 on Ice-Track Driving (an ice supplement of Rp 675.000 per "
        "day) expired on 31 October 2026 and is not replaced: ice-track work is paid the "
        "supplement of article 13, paragraph 2.",
    ),
    ("art", "Article 24 – Signature"),
    (
        "sig",
        "Signed at Port Halloran on 18 November 2026, in two originals, one in English and "
        "one in French. For the Guild: Mireille Santoso-Hartley, president. For the "
        "Association: Gregory Pranoto-Lacroix, chair.",
    ),
]

SCHED_TITLE = "Schedule A – Day and weekly rates by contract year (articles 4 to 11)"
SCHED_INTRO = (
    "Rates per person, in rupiah. A dash means that the role is not engaged on that basis. "
    "Year 1 runs for the twelve months from the Commencement Date (article 2, paragraph 2)."
)
SCHED_HEAD_1 = ["Role", "Unit", "Year 1 (from 15 January 2027)", "Year 2"]
SCHED_HEAD_2 = ["Day", "Week", "Day", "Week"]
# (label lines, unit, Year 1 day, Year 1 week, Year 2 day, Year 2 week)
SCHED_ROWS: list[tuple[list[str], str, str, str, str, str]] = [
    (
        ["Precision driver"],
        "shoot day (10 hours)",
        "Rp 2.450.000",
        "Rp 11.760.000",
        "Rp 2.560.000",
        "Rp 12.290.000",
    ),
    (["Precision driver"], "rehearsal day", "Rp 1.470.000", "–", "Rp 1.535.000", "–"),
    (
        ["Motorcycle stunt rider", "(before gag adjustments)"],
        "day",
        "Rp 2.180.000",
        "Rp 10.460.000",
        "Rp 2.275.000",
        "Rp 10.920.000",
    ),
    (["Motorcycle stunt rider"], "rehearsal day", "Rp 1.310.000", "–", "Rp 1.365.000", "–"),
    (
        ["Crash performer", "(before crash fees)"],
        "day",
        "Rp 1.950.000",
        "–",
        "Rp 2.035.000",
        "–",
    ),
    (
        ["Crash performer on standby", "(called, not crashing)"],
        "day",
        "Rp 975.000",
        "–",
        "Rp 1.015.000",
        "–",
    ),
    (
        ["Camera-car and tracking-", "vehicle driver"],
        "day",
        "Rp 1.720.000",
        "Rp 8.250.000",
        "Rp 1.795.000",
        "Rp 8.615.000",
    ),
    (
        ["Camera-car driver, rigging", "and preparation"],
        "day",
        "Rp 860.000",
        "–",
        "Rp 895.000",
        "–",
    ),
    (
        ["Picture-vehicle driver (an", "actor's double at the wheel)"],
        "day",
        "Rp 1.860.000",
        "Rp 8.930.000",
        "Rp 1.940.000",
        "Rp 9.310.000",
    ),
    (
        ["Background driver with own", "car (allowance and km extra)"],
        "day",
        "Rp 640.000",
        "–",
        "Rp 670.000",
        "–",
    ),
    (["Driving coach for actors"], "week", "–", "Rp 9.600.000", "–", "Rp 10.050.000"),
]
SCHED_FIRST_PAGE_ROWS = 7  # the rest continue on the next page, under the repeated header
SCHED_NOTE = (
    "Stunt adjustments (article 5, paragraph 2), crash fees (article 6), the vehicle "
    "allowance and the kilometre rate (article 8), the night driving premium (article 12, "
    "paragraph 1) and the wet-road / skid-pan supplement (article 13, paragraph 2) are paid "
    "in addition to these rates."
)


def _schedule_lines() -> list[str]:
    lines = [SCHED_TITLE, SCHED_INTRO]
    for _ in range(2):  # the header is printed on both pages
        lines.append(" | ".join(SCHED_HEAD_1))
        lines.append(" | ".join(SCHED_HEAD_2))
    for label, unit, *rates in SCHED_ROWS:
        lines.append(" | ".join([" ".join(label), unit, *rates]))
    lines.append(SCHED_NOTE)
    return lines


def agreement_text() -> str:
    lines = [A_TITLE, A_SUB]
    lines += [text for _, text in AGREEMENT]
    lines += _schedule_lines()
    return "\n".join(lines)


def agreement_watermark() -> str:
    return WATERMARK


# ---- the rate card --------------------------------------------------------------------------

RC_TITLE = "VAPG Rate Card – stunts, crashes and supplements, Year 1"
RC_SUB = (
    "Issued by the Vehicle Action Performers' Guild of Kerandal from the Vehicle Action "
    "Agreement 2027–2030. Valid from 15/01/2027 (dates on this card are dd/mm/yyyy). Every "
    "figure is per person and is added to the day rate of Schedule A unless a note says "
    "otherwise. Where this card and the Agreement differ, the Agreement prevails."
)
# rotated column headers (each a list of lines, drawn bottom to top)
RC_HEADERS: list[list[str]] = [
    ["Unit"],
    ["Rate for productions", "that began before", "1 April 2027"],
    ["Rate for productions", "beginning on or", "after 1 April 2027"],
    ["See note"],
]
RC_ROWS: list[tuple[str, str, str, str, str]] = [
    ("Wheelie pass", "gag", "Rp 650.000", "Rp 650.000", "A"),
    ("Lay-down slide", "gag", "Rp 1.150.000", "Rp 1.150.000", "A"),
    ("Ramp jump (code G-12)", "gag", "Rp 1.900.000", "Rp 1.900.000", "A"),
    ("Cannon roll", "crash", "Rp 4.750.000", "Rp 5.200.000", "B"),
    ("T-bone", "crash", "Rp 3.600.000", "Rp 3.950.000", "B"),
    ("Pipe-ramp flip", "crash", "Rp 5.850.000", "Rp 6.400.000", "B"),
    ("Wet-road / skid-pan supplement", "day", "Rp 850.000", "Rp 850.000", "C"),
    ("Night driving premium", "day", "20 % of day rate", "20 % of day rate", "D"),
    ("Live motor show, 2027 show season", "show", "Rp 1.250.000", "Rp 1.250.000", "E"),
    ("Track-side meal allowance", "shoot day", "Rp 145.000", "Rp 145.000", "–"),
    ("Kit allowance", "year", "Rp 2.850.000", "Rp 2.850.000", "F"),
]
RC_NOTES: list[str] = [
    "A – Stunt adjustments are paid each time the gag is performed on camera, on top of the "
    "rider's day rate. Rest between two gags: article 9, paragraph 2.",
    "B – Crash fees follow the first day of the production's principal photography, not the "
    "day you are hired. Max. 3 crashes per day; a medical check by the unit medic after "
    "every crash.",
    "C – Also paid for ice-track work: Side Letter No. 2 expired without replacement.",
    "D – For driving or riding between 20:00 and 06:00.",
    "E – No more than two shows in a day.",
    "F – Paid from the date of signature of the Agreement.",
]
RC_USE = (
    "How to use this card: find the gag or crash on your call sheet, read the column that "
    "matches the first day of the production's principal photography, and check the figure "
    "on your payslip. Day rates, weekly rates and the allowances of background drivers are "
    "in Schedule A of the Agreement and on the Guild's rates page. Tell your delegate about "
    "any difference before the next pay day; a producer corrects an underpayment on the "
    "following payslip."
)
RC_FOOTER = "VAPG – Port Halloran – rate card, one page"


def ratecard_rows() -> list[str]:
    return [" | ".join(r) for r in RC_ROWS]


def ratecard_headers() -> list[str]:
    return [" ".join(h) for h in RC_HEADERS]


def ratecard_text() -> str:
    return "\n".join(
        [
            RC_TITLE,
            RC_SUB,
            "Item",
            *ratecard_headers(),
            *ratecard_rows(),
            *RC_NOTES,
            RC_USE,
            RC_FOOTER,
        ]
    )


# ---- the French notice ----------------------------------------------------------------------


def rp(amount: str) -> str:
    """'397 000' -> '397 000 Rp' with U+202F in the thousands and U+00A0 before 'Rp'."""
    return amount.replace(" ", NNB) + NB + "Rp"


N_TITLE = "Avis du comité mixte n° 2026-7"
N_SUB = "Montants indexés au 1er janvier 2027 – Port Halloran, le 1er décembre 2026"
NOTICE: list[tuple[str, str]] = [
    (
        "p",
        "Le comité mixte de l'entente sur l'action automobile 2027–2030, composé de trois "
        "membres nommés par la Guilde des artistes d'action automobile du Kerandal (GAAK) et "
        "de trois membres nommés par l'Association des producteurs d'écran et de spectacles "
        "motorisés du Kerandal (APESMK), publie les montants indexés prévus par l'article 22 "
        "de l'entente.",
    ),
    ("h", "1. Indice retenu"),
    (
        "p",
        "L'indice national des prix à la consommation a augmenté de 3,1 % entre octobre 2025 "
        "et octobre 2026. Conformément à l'article 22, alinéa 1, l'indemnité de véhicule est "
        "arrondie au millier de roupies le plus proche et l'indemnité kilométrique à la "
        "dizaine la plus proche.",
    ),
    ("h", "2. Montants applicables à compter du 1er janvier 2027"),
    (
        "p",
        f"Indemnité de véhicule des figurants conducteurs qui utilisent leur propre voiture "
        f"(article 8, alinéa 2) : {rp('385 000')} par jour jusqu'au 31 décembre 2026, puis "
        f"{rp('397 000')} par jour à compter du 1er janvier 2027.",
    ),
    (
        "p",
        f"Indemnité kilométrique (article 8, alinéa 3) : {rp('4 200')} par kilomètre jusqu'au "
        f"31 décembre 2026, puis {rp('4 330')} par kilomètre à compter du 1er janvier 2027.",
    ),
    (
        "p",
        "Ces montants s'appliquent aux journées de travail effectuées à compter du "
        "1er janvier 2027, quelle que soit la date de la réservation. Les journées de "
        "décembre 2026 restent payées aux montants antérieurs.",
    ),
    ("h", "3. Ce qui n'est pas indexé"),
    (
        "p",
        "Aucun autre montant de l'entente n'est indexé : ni les cachets de l'annexe A, ni les "
        "ajustements de gag, ni les cachets de crash, ni l'indemnité d'équipement, ni le "
        "supplément route mouillée ou piste de dérapage, ni la prime de nuit, ni les montants "
        "de la partie III (doubles numériques, télémétrie et circulation synthétique).",
    ),
    ("h", "4. Rappels"),
    (
        "p",
        "La date de prise d'effet de l'entente (article 2, alinéa 1) est le 15.I.2027 ; "
        "l'indexation du 1er janvier 2027 vise seulement les deux indemnités ci-dessus, qui "
        "s'appliquent depuis la signature de l'entente (article 2, alinéa 4). La prochaine "
        "indexation aura lieu le 1er janvier 2028 ; ses montants seront publiés par un avis "
        "du comité mixte avant cette date.",
    ),
    (
        "p",
        "Les producteurs membres de l'APESMK, notamment Lintang Pictures, Halloran Road Films, "
        "Ironbark Live et Studio Phare-Rouge, mettent à jour leurs barèmes de paie avant la "
        "première paie de janvier. Un membre qui constate une erreur s'adresse à son délégué "
        "ou au bureau de la GAAK à Rivière-aux-Phares.",
    ),
    ("p", "Pour la Guilde : Mireille Santoso-Hartley, présidente."),
    ("p", "Pour l'Association : Gregory Pranoto-Lacroix, président."),
]
N_FOOTER = "GAAK / APESMK – avis n° 2026-7 – page {n}"


def notice_text() -> str:
    return "\n".join([N_TITLE, N_SUB, *(text for _, text in NOTICE)])


# ---- line breaking --------------------------------------------------------------------------


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
        if cur and pdf.get_string_width(cand.replace(TIE, " ")) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return [line.replace(TIE, " ") for line in lines]


# ---- building -------------------------------------------------------------------------------

MARGIN = 20.0
TOP = 20.0
LH = 4.8  # body line height (mm)
BODY = 9.0


WM_ANGLE = 35.0  # degrees
WM_SIZE = 54.0  # pt
WM_CLEAR = 4.0  # pt: pdfplumber joins characters whose tops are within 3 pt into one line
DESCENT = 0.236  # DejaVu Sans, as a fraction of the font size


def _doc(footer: str | None, watermark: dict[int, list[float]] | None = None):
    """A FPDF document that records the top (pt, as pdfplumber measures it) of every text
    cell on every page in `pdf.tops`; with `watermark` (those tops from a first pass), it
    draws the "SIGNED COPY" watermark behind every portrait page, letter by letter, each
    letter moved along the diagonal until its top is WM_CLEAR pt away from every line's
    top (so pdfplumber never reads a watermark letter inside a line of the text)."""
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        tops: dict[int, list[float]]
        texts: dict[int, list[str]]

        def cell(self, w=None, h=None, text="", *args, **kwargs):
            if text and h:
                size = self.font_size_pt
                baseline = (self.y + h / 2) * self.k + 0.3 * size
                self.tops.setdefault(self.page_no(), []).append(baseline - (1 - DESCENT) * size)
                self.texts.setdefault(self.page_no(), []).append(text)
            return super().cell(w, h, text, *args, **kwargs)

        def header(self) -> None:
            if watermark is None or self.w > self.h:
                return
            _draw_watermark(self, watermark.get(self.page_no(), []))

        def footer(self) -> None:
            if footer is None:
                return
            self.set_font(FONT, "", 7.5)
            self.set_xy(MARGIN, self.h - 13)
            self.cell(self.w - 2 * MARGIN, 5, footer.format(n=self.page_no()), align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.tops = {}
    pdf.texts = {}
    pdf.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    return pdf


def _draw_watermark(pdf, tops: list[float]) -> None:
    """Draw WATERMARK across the page centre at WM_ANGLE degrees, in light grey."""
    k = pdf.k
    cos, sin = math.cos(math.radians(WM_ANGLE)), math.sin(math.radians(WM_ANGLE))
    with pdf.local_context(text_color=(210, 210, 210)):
        pdf.set_font(FONT, "B", WM_SIZE)
        total = pdf.get_string_width(WATERMARK)
        # the baseline's start, so that the word is centred on the page
        cx, cy = pdf.w / 2, pdf.h / 2
        half_h = (1 - DESCENT) * WM_SIZE / k / 2
        x0 = cx - total / 2 * cos + half_h * sin
        y0 = cy + total / 2 * sin + half_h * cos
        run = 0.0
        for ch in WATERMARK:
            adv = pdf.get_string_width(ch)
            if ch != " ":
                best = None
                for step in range(0, 61):
                    delta = (step + 1) // 2 * (1 if step % 2 else -1) * 0.5  # pt along the line
                    s = run + delta / k
                    x, y = x0 + s * cos, y0 - s * sin
                    top = y * k - adv * k * sin - (1 - DESCENT) * WM_SIZE * cos
                    if all(abs(top - t) >= WM_CLEAR for t in tops):
                        best = (x, y)
                        break
                if best is None:
                    raise SystemExit("watermark: no clear position for a letter")
                with pdf.rotation(WM_ANGLE, best[0], best[1]):
                    pdf.text(best[0], best[1], ch)
            run += adv


class _Flow:
    """One column of lines on a fixed grid, page after page."""

    def __init__(self, pdf, y: float, bottom: float) -> None:
        self.pdf = pdf
        self.y = y
        self.bottom = bottom
        self.placed: list[str] = []

    def room(self) -> int:
        return int((self.bottom - self.y) / LH + 1e-6)

    def put(self, lines: list[str], style: str, size: float, keep: int = 1) -> None:
        if self.room() < min(keep, len(lines)):
            self.new_page()
        self.pdf.set_font(FONT, style, size)
        width = self.pdf.w - 2 * MARGIN
        for line in lines:
            if self.room() < 1:
                self.new_page()
                self.pdf.set_font(FONT, style, size)
            self.pdf.set_xy(MARGIN, self.y)
            self.pdf.cell(width, LH, line)
            self.placed.append(line)
            self.y += LH

    def new_page(self) -> None:
        self.pdf.add_page()
        self.y = TOP

    def blank(self, h: float = LH) -> None:
        self.y += h


def _schedule_header(pdf, y: float, xs: list[float], widths: list[float]) -> float:
    h1, h2 = 7.0, 6.0
    pdf.set_font(FONT, "B", 8.6)
    # Role and Unit span both header rows
    for i in (0, 1):
        pdf.set_xy(xs[i], y)
        pdf.cell(widths[i], h1 + h2, SCHED_HEAD_1[i], border=1, align="L")
    # the merged year cells over Day | Week
    for k, label in enumerate(SCHED_HEAD_1[2:]):
        x = xs[2 + 2 * k]
        pdf.set_xy(x, y)
        pdf.cell(widths[2 + 2 * k] + widths[3 + 2 * k], h1, label, border=1, align="C")
        for j in range(2):
            pdf.set_xy(xs[2 + 2 * k + j], y + h1)
            pdf.cell(widths[2 + 2 * k + j], h2, SCHED_HEAD_2[2 * k + j], border=1, align="C")
    return y + h1 + h2


def _schedule_row(pdf, y: float, xs: list[float], widths: list[float], row) -> float:
    label, unit, *rates = row
    h = 12.0
    pdf.set_font(FONT, "", 8.6)
    # the cell borders
    for i, w in enumerate(widths):
        pdf.rect(xs[i], y, w, h)
    # the label, on one or two lines inside its cell
    ly = y + (h - 4.4 * len(label)) / 2
    for k, text in enumerate(label):
        if pdf.get_string_width(text) > widths[0] - 3:
            raise SystemExit(f"schedule label too wide: {text!r}")
        pdf.set_xy(xs[0] + 1, ly + 4.4 * k)
        pdf.cell(widths[0] - 2, 4.4, text)
    # unit and figures centred vertically (between the label's two lines)
    pdf.set_xy(xs[1] + 1, y + (h - 4.4) / 2)
    pdf.cell(widths[1] - 2, 4.4, unit)
    for j, text in enumerate(rates):
        pdf.set_xy(xs[2 + j] + 1, y + (h - 4.4) / 2)
        pdf.cell(widths[2 + j] - 3, 4.4, text, align="R")
    return y + h


def build_agreement(write: bool = True) -> bytes:
    first = _agreement(None)  # where the text lines fall, page by page
    pdf = _agreement(first.tops)
    data = bytes(pdf.output())
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print("wrote", AGREEMENT_OUT, pdf.page_no(), "pages")
    return data


def agreement_placed() -> dict[int, list[str]]:
    """The text of every cell placed on each page of the agreement (for check_set.py: a
    watermark letter must never land inside one of them in pdfplumber's reading)."""
    return _agreement(None).texts


def _agreement(watermark: dict[int, list[float]] | None):
    pdf = _doc(FOOTER, watermark)
    pdf.set_title("Vehicle Action Agreement 2027-2030")
    pdf.set_author("VAPG / KSLPA")
    pdf.set_creation_date(datetime.datetime(2026, 11, 18, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    full_w = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 15)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(full_w, 8, A_TITLE)
    pdf.set_font(FONT, "I", 9)
    flow = _Flow(pdf, TOP + 11, pdf.h - 22)
    flow.put(wrap(pdf, A_SUB, full_w), "I", 9)
    flow.blank(3)
    for kind, text in AGREEMENT:
        if kind == "part":
            flow.blank()
            pdf.set_font(FONT, "B", 10)
            flow.put(wrap(pdf, text, full_w), "B", 10, keep=4)
        elif kind == "art":
            flow.blank(2)
            pdf.set_font(FONT, "B", BODY)
            flow.put(wrap(pdf, text, full_w), "B", BODY, keep=3)
        elif kind == "sig":
            flow.blank(3)
            pdf.set_font(FONT, "I", BODY)
            flow.put(wrap(pdf, text, full_w), "I", BODY, keep=3)
        else:
            pdf.set_font(FONT, "", BODY)
            flow.put(wrap(pdf, text, full_w), "", BODY)
    # Schedule A: landscape pages, a ruled table whose header is repeated on each page
    widths = [62.0, 38.0, 42.0, 42.0, 42.0, 31.0]
    pdf.add_page(orientation="L")
    xs = [MARGIN]
    for w in widths:
        xs.append(xs[-1] + w)
    pdf.set_font(FONT, "B", 11)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(pdf.w - 2 * MARGIN, 6, SCHED_TITLE)
    pdf.set_font(FONT, "I", 8.6)
    y = TOP + 9
    for line in wrap(pdf, SCHED_INTRO, pdf.w - 2 * MARGIN):
        pdf.set_xy(MARGIN, y)
        pdf.cell(pdf.w - 2 * MARGIN, 4.4, line)
        y += 4.4
    y = _schedule_header(pdf, y + 4, xs, widths)
    for row in SCHED_ROWS[:SCHED_FIRST_PAGE_ROWS]:
        y = _schedule_row(pdf, y, xs, widths, row)
    pdf.add_page(orientation="L")
    y = _schedule_header(pdf, TOP, xs, widths)
    for row in SCHED_ROWS[SCHED_FIRST_PAGE_ROWS:]:
        y = _schedule_row(pdf, y, xs, widths, row)
    pdf.set_font(FONT, "I", 8.6)
    y += 5
    for line in wrap(pdf, SCHED_NOTE, pdf.w - 2 * MARGIN):
        pdf.set_xy(MARGIN, y)
        pdf.cell(pdf.w - 2 * MARGIN, 4.4, line)
        y += 4.4
    return pdf


def build_ratecard(write: bool = True) -> bytes:
    pdf = _doc(None)
    pdf.set_title("VAPG Rate Card - stunts, crashes and supplements, Year 1")
    pdf.set_author("VAPG")
    pdf.set_creation_date(datetime.datetime(2026, 12, 2, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    left = 18.0
    width = pdf.w - 2 * left
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(left, 18)
    pdf.cell(width, 8, RC_TITLE)
    y = 29.0
    pdf.set_font(FONT, "I", 9)
    for line in wrap(pdf, RC_SUB, width):
        pdf.set_xy(left, y)
        pdf.cell(width, 4.6, line)
        y += 4.6
    y += 5
    widths = [66.0, 22.0, 32.0, 32.0, 22.0]
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w)
    head_h = 38.0
    # the header row: "Item" horizontal, the other headers rotated 90 degrees
    pdf.set_font(FONT, "B", 8.6)
    for i, w in enumerate(widths):
        pdf.rect(xs[i], y, w, head_h)
    pdf.set_xy(xs[0] + 1.5, y + head_h - 6)
    pdf.cell(widths[0] - 3, 5, "Item")
    for j, lines in enumerate(RC_HEADERS):
        x0 = xs[1 + j]
        n = len(lines)
        for k, text in enumerate(lines):
            # one text line per header line, read bottom to top
            bx = x0 + widths[1 + j] / 2 - (n * 3.6) / 2 + 3.6 * (k + 1) - 0.8
            by = y + head_h - 2
            with pdf.rotation(90, bx, by):
                pdf.text(bx, by, text)
    y += head_h
    row_h = 7.0
    for item, unit, before, after, note in RC_ROWS:
        for i, w in enumerate(widths):
            pdf.rect(xs[i], y, w, row_h)
        pdf.set_font(FONT, "", 8.6)
        pdf.set_xy(xs[0] + 1.5, y + 1.3)
        pdf.cell(widths[0] - 3, 4.4, item)
        pdf.set_xy(xs[1] + 1.5, y + 1.3)
        pdf.cell(widths[1] - 3, 4.4, unit)
        for j, text in enumerate((before, after)):
            if pdf.get_string_width(text) > widths[2 + j] - 3:
                raise SystemExit(f"rate card cell too wide: {text!r}")
            pdf.set_xy(xs[2 + j] + 1, y + 1.3)
            pdf.cell(widths[2 + j] - 2.5, 4.4, text, align="R")
        pdf.set_xy(xs[4], y + 1.3)
        pdf.cell(widths[4], 4.4, note, align="C")
        y += row_h
    y += 6
    pdf.set_font(FONT, "", 8.4)
    for note in RC_NOTES:
        for line in wrap(pdf, note, width):
            pdf.set_xy(left, y)
            pdf.cell(width, 4.4, line)
            y += 4.4
        y += 1.2
    y += 3
    pdf.set_font(FONT, "I", 8.4)
    for line in wrap(pdf, RC_USE, width):
        pdf.set_xy(left, y)
        pdf.cell(width, 4.4, line)
        y += 4.4
    pdf.set_font(FONT, "I", 7.5)
    pdf.set_xy(left, pdf.h - 13)
    pdf.cell(width, 5, RC_FOOTER, align="C")
    data = bytes(pdf.output())
    if write:
        with open(RATECARD_OUT, "wb") as f:
            f.write(data)
        print("wrote", RATECARD_OUT, pdf.page_no(), "page(s)")
    return data


def build_notice(write: bool = True) -> bytes:
    pdf = _doc(N_FOOTER)
    pdf.set_title("Avis du comité mixte n° 2026-7 - montants indexés")
    pdf.set_author("GAAK / APESMK")
    pdf.set_lang("fr")
    pdf.set_creation_date(datetime.datetime(2026, 12, 1, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    full_w = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(full_w, 8, N_TITLE)
    flow = _Flow(pdf, TOP + 10, pdf.h - 22)
    pdf.set_font(FONT, "I", 9.5)
    flow.put(wrap(pdf, N_SUB, full_w), "I", 9.5)
    flow.blank(4)
    for kind, text in NOTICE:
        if kind == "h":
            flow.blank(2)
            pdf.set_font(FONT, "B", 10)
            flow.put(wrap(pdf, text, full_w), "B", 10, keep=3)
        else:
            pdf.set_font(FONT, "", 10)
            flow.put(wrap(pdf, text, full_w), "", 10)
            flow.blank(1.5)
    data = bytes(pdf.output())
    if write:
        with open(NOTICE_OUT, "wb") as f:
            f.write(data)
        print("wrote", NOTICE_OUT, pdf.page_no(), "page(s)")
    return data


if __name__ == "__main__":
    build_agreement()
    build_ratecard()
    build_notice()
