#!/usr/bin/env python3
"""Build the three PDFs of union-af (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-af/make_pdf.py    # fpdf2 is in the venv

- docs/geap-vslpa-equestrian-animal-action-agreement-2026-2028.pdf: the Equestrian and
  Animal-Action Agreement 2026-2028, portrait A4, a RUNNING HEADER and a "Page N of M"
  footer. Articles are numbered "Art. 9.3" and cited "article 9(3)". Schedule A1 has its
  rates in PERIOD COLUMNS ("H2 2026 | H1 2027 | H2 2027") under a TWO-LEVEL HEADER
  ("Rates by half-year" spanning the three period columns) and CONTINUES ONTO THE NEXT PAGE
  with its header rows repeated; Schedule A2 has a two-level header in which "Day rate"
  spans "Rider" and "Handler" and "Animal fee, per animal per day" spans four bands.
  The signature date is given once (Art. 22.1); Art. 15.2 is "in force from the date of
  signature".
- docs/joint-rate-card-animal-action-units-h2-2026-h2-2027.pdf: the Joint Rate Card, ONE
  LANDSCAPE PAGE, a ruled table of ten columns (item, unit, article, quantity, then rate
  and amount for each half-year, the half-years spanning two columns), a TOTAL ROW and a
  NOTES ROW spanning the table's full width. Dates day-first ("w.e.f. 01/01/27").
- docs/avis-conjoint-2026-07-cavaliers-ia-doubles-numeriques.pdf: Avis conjoint
  n° 2026-07 in French with ALL-CAPS headings: it REPLACES article 14(5) (AI-generated
  crowd riders: 12 per scene, 8 for scenes shot from le 1er décembre 2026) and CONFIRMS
  article 15(4) (no digital double in a scene of the rider's fatal fall without fresh
  consent).

DejaVu Sans (/usr/share/fonts/truetype/dejavu) draws "₦", "–", "ᵉʳ". Lines are broken by
this script, never inside an amount, a percentage, a duration, a date, an article
reference or a phrase the questions quote (TIES below; "~" is a space that does not
break). `agreement_text()`, `ratecard_text()` and `notice_text()` return the text for
check_set.py (table cells joined by " | "). Fixed creation dates: byte-for-byte
reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(
    HERE, "docs", "geap-vslpa-equestrian-animal-action-agreement-2026-2028.pdf"
)
RATECARD_OUT = os.path.join(HERE, "docs", "joint-rate-card-animal-action-units-h2-2026-h2-2027.pdf")
NOTICE_OUT = os.path.join(HERE, "docs", "avis-conjoint-2026-07-cavaliers-ia-doubles-numeriques.pdf")
AGREEMENT_HEADER = "GEAP / VSLPA – Equestrian and Animal-Action Agreement 2026–2028"
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

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MOIS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
TIES = [
    re.compile(r"₦\d{1,3}(?:,\d{3})*(?:\.\d\d)?"),
    re.compile(r"\d{1,3}(?: \d{3})* ₦"),
    re.compile(
        r"\d+ (?:%|per cent|hours?|days?|minutes|takes|km|cavaliers|jours|heures|"
        r"AI-generated crowd riders|horse falls)"
    ),
    re.compile(r"\barticle \d+\(\d+\)"),
    re.compile(r"\bArt\. \d+(?:\.\d+)?"),
    re.compile(r"\bSchedule A\d?\b"),
    re.compile(r"\b(?:Form|formulaire) DD-3\b"),
    re.compile(r"\b[HS][12] 20\d\d\b"),
    re.compile(r"\bJC \d+/2026\b"),
    re.compile(rf"\b\d{{1,2}}(?:st)? (?:{_MONTHS})(?: \d{{4}})?\b"),
    re.compile(rf"\b(?:1er|1ᵉʳ|\d{{1,2}}) (?:{_MOIS})(?: \d{{4}})?\b"),
    re.compile(r"\bcalendar year \d{4}\b"),
    re.compile(r"\bfull day rate\b"),
    re.compile(r"\bproducer pays\b"),
    re.compile(r"\btrained by\b"),
    re.compile(r"\bn° 2026-07\b"),
    re.compile(r"\bPort Hadley\b"),
]

# ---- the agreement ------------------------------------------------------------------------

A1_TITLE = "Schedule A1 – Rates by half-year (articles 4 to 10)"
A1_HEAD_1 = ["Category", "Unit", "Rates by half-year", "", ""]
A1_HEAD_2 = ["", "", "H2 2026", "H1 2027", "H2 2027"]
A1_WIDTHS = (52.0, 44.0, 24.6, 24.6, 24.6)
A1_ROWS = [
    ["Saddle fall supplement", "per take", "₦24,000", "₦25,500", "₦26,500"],
    ["Horse fall supplement", "per take", "₦58,000", "₦61,500", "₦63,500"],
    ["Trick or liberty rider", "per show", "₦72,000", "₦76,500", "₦79,000"],
    ["Horse master / head wrangler", "per week", "₦410,000", "₦435,000", "₦448,000"],
    ["Horse master / head wrangler", "prep week", "₦265,000", "₦281,000", "₦289,500"],
    ["Carriage driver", "per day", "₦96,000", "₦102,000", "₦105,000"],
    ["Background rider", "per day", "₦47,000", "₦50,000", "₦51,500"],
    ["Own-horse supplement", "per day, own horse", "₦18,500", "₦19,500", "₦20,000"],
    ["Live-show rider, arena", "per performance", "₦54,000", "₦57,500", "₦59,000"],
    ["Live-show rider, touring", "per performance", "₦61,000", "₦64,500", "₦66,500"],
    ["Touring allowance", "per night away", "₦22,000", "₦23,500", "₦24,000"],
]

A2_TITLE = "Schedule A2 – Day rates and animal fees on animal-action units"
A2_HEAD_1 = ["Half-year", "Day rate", "", "Animal fee, per animal per day", "", "", ""]
A2_HEAD_2 = ["", "Rider", "Handler", "Horse", "Dog", "Bird of prey", "Exotic*"]
A2_WIDTHS = (22.0, 24.0, 24.0, 24.0, 24.0, 26.0, 26.0)
A2_ROWS = [
    ["H2 2026", "₦126,000", "₦88,000", "₦15,000", "₦9,500", "₦12,500", "₦34,000"],
    ["H1 2027", "₦134,000", "₦93,500", "₦16,000", "₦10,000", "₦13,500", "₦36,000"],
    ["H2 2027", "₦138,000", "₦96,500", "₦16,500", "₦10,500", "₦14,000", "₦37,000"],
]
A2_NOTE = (
    "Rider: a stunt rider, per shooting day of 10 hours (article 4(1)). Handler: an animal "
    "handler or trainer, per day (article 5(3)). * Exotic: an animal engaged under a licence "
    "of the Wildlife Office (article 5(3)). H1 2027 means 1 January through 30 June 2027."
)

AGREEMENT: list[tuple[str, str]] = [
    ("title", "Equestrian and Animal-Action Agreement 2026–2028"),
    (
        "sub",
        "between the Guild of Equestrian and Animal-Action Performers of Valmorane (GEAP; in "
        "French, Guilde des artistes équestres et animaliers de Valmorane, GAEA) and the "
        "Valmorane Screen and Live Producers' Association (VSLPA; in French, Association des "
        "producteurs d'écran et de spectacle de Valmorane, APESV).",
    ),
    ("part", "Part I – General"),
    ("art", "Article 1 – Parties and scope"),
    (
        "p",
        "Art. 1.1 This Agreement binds the members of the Association (Greyfell Pictures, "
        "Northwind Television, Carrousel Live and Atelier Brume) and every member of the Guild "
        "they engage in Valmorane for a film, a television programme, a live show or an "
        "advertisement in which horses or other trained animals perform.",
    ),
    (
        "p",
        "Art. 1.2 It covers stunt riders, trick and liberty riders, horse masters and head "
        "wranglers, animal handlers and trainers, carriage drivers, background riders, and "
        "live-show riders in arenas and on tour.",
    ),
    (
        "p",
        "Art. 1.3 Amounts are in naira, written with the sign before the figure and commas "
        "between the thousands. The English and French texts are equally authentic.",
    ),
    ("art", "Article 2 – Term and half-years"),
    (
        "p",
        "Art. 2.1 This Agreement is in force from 1 July 2026 through 30 June 2028, except "
        "where an article says that it applies from the date of signature.",
    ),
    (
        "p",
        'Art. 2.2 Rates are set by half-year. "H2 2026" means 1 July to 31 December 2026; '
        '"H1 2027" means 1 January through 30 June 2027; "H2 2027" means 1 July to '
        "31 December 2027. The rates for H1 2028 are set by the Joint Committee before "
        "1 November 2027 (article 20(2)).",
    ),
    (
        "p",
        "Art. 2.3 Some amounts are set by calendar year: float and trailer mileage "
        "(article 11(1)) and the Rushes Training Pool (article 18(2)).",
    ),
    (
        "p",
        "Art. 2.4 A day of work is paid at the rate of the half-year in which the work is "
        "done, whatever the date on which it was booked.",
    ),
    ("art", "Article 3 – Rates and the increase"),
    ("p", "Art. 3.1 The rates of the H2 2026 columns of Schedule A apply from 1 July 2026."),
    (
        "p",
        "Art. 3.2 With effect from 1st January 2027, every rate of Schedule A rises to the "
        'figure in its column "H1 2027". The column "H2 2027" applies from 1 July 2027.',
    ),
    (
        "p",
        "Art. 3.3 No rate is reduced during the term, except by a written decision of the "
        "Joint Committee under article 20(3).",
    ),
    ("part", "Part II – Engagements"),
    ("art", "Article 4 – Stunt riders"),
    (
        "p",
        "Art. 4.1 A stunt rider is engaged per shooting day of 10 hours, saddling and the "
        'safety briefing included. The day rate is in Schedule A2 under "Day rate – Rider".',
    ),
    (
        "p",
        "Art. 4.2 Each take in which the rider performs a saddle fall earns the saddle fall "
        "supplement, and each take in which the rider performs a horse fall with a trained "
        "falling horse earns the horse fall supplement (Schedule A1). A supplement is paid "
        "per take, whether or not the take is used.",
    ),
    (
        "p",
        "Art. 4.3 No stunt rider is asked to perform a horse fall with a horse that has not "
        "been trained for falls by the horse master named on the call sheet.",
    ),
    ("art", "Article 5 – Other riders, horse masters, handlers and drivers"),
    (
        "p",
        "Art. 5.1 Trick and liberty riders are paid per show, whether the show is filmed or "
        "performed before an audience.",
    ),
    (
        "p",
        "Art. 5.2 A horse master or head wrangler is paid per week of six working days. The "
        "week before the first shooting day, spent schooling the horses and fitting the tack, "
        "is a prep week, paid at the lower prep-week rate of Schedule A1.",
    ),
    (
        "p",
        'Art. 5.3 Animal handlers and trainers are paid per day (Schedule A2, "Day rate – '
        'Handler"), plus an animal fee per animal and per day for every animal they supply, '
        "in the band of Schedule A2: horse, dog, bird of prey, or exotic animal. An exotic "
        "animal is engaged only under a licence of the Wildlife Office, whose code (for "
        "example LIC/2027/014) is written on the call sheet.",
    ),
    ("p", "Art. 5.4 Carriage drivers are paid per day, harnessing and unharnessing included."),
    ("art", "Article 6 – Horse welfare"),
    (
        "p",
        "Art. 6.1 The horse master answers for the welfare of every horse on the unit and may "
        "refuse any take that puts a horse at risk.",
    ),
    ("p", "Art. 6.2 No horse performs more than 6 takes per hour."),
    (
        "p",
        "Art. 6.3 After its sixth take in an hour, and in any case after each hour of work, a "
        "horse rests for at least 25 minutes, unsaddled, in shade and with water.",
    ),
    ("p", "Art. 6.4 A horse performs no more than two horse falls in a shooting day."),
    ("art", "Article 7 – Unsafe ground"),
    (
        "p",
        "Art. 7.1 The horse master or any stunt rider may stop work on ground that they judge "
        "unsafe for a horse: wet clay, frozen ground, hidden holes, or loose stones on a slope.",
    ),
    (
        "p",
        "Art. 7.2 Work resumes only when the horse master and the producer's safety officer "
        "agree that the ground is safe, or on other ground.",
    ),
    (
        "p",
        "Art. 7.3 A rider stood down under this article is paid the full day rate, and no "
        "supplement is lost for a take that was planned and not performed.",
    ),
    ("art", "Article 8 – Weather cancellation"),
    (
        "p",
        "Art. 8.1 A shooting day cancelled for weather before 18:00 on the day before is not paid.",
    ),
    (
        "p",
        "Art. 8.2 A shooting day cancelled for weather on the day itself is paid at half pay, "
        "50 % of the day rate.",
    ),
    ("p", "Art. 8.3 Once the first take has been shot, the day is paid in full."),
    ("art", "Article 9 – Calls and nights"),
    ("p", "Art. 9.1 A shooting day counts 10 hours from the call time."),
    (
        "p",
        "Art. 9.2 A saddling call before 05:00 earns the early saddling supplement kept by "
        "article 21(2).",
    ),
    (
        "p",
        "Art. 9.3 Work between 20:00 and 06:00 earns a night shoot premium of 20 % of the day "
        "rate, for every rider, handler and driver on the unit.",
    ),
    ("art", "Article 10 – Background and live-show riders"),
    (
        "p",
        "Art. 10.1 Background riders are paid per day. A background rider who rides their own "
        "horse receives the own-horse supplement of Schedule A1 for each day the horse works, "
        "on the conditions published by the Joint Committee.",
    ),
    (
        "p",
        "Art. 10.2 Live-show riders are paid per performance: at the arena rate for a show in "
        "a fixed arena, at the touring rate for a show on tour.",
    ),
    (
        "p",
        "Art. 10.3 A touring rider also receives the touring allowance of Schedule A1 for each "
        "night away from home.",
    ),
    ("part", "Part III – Costs and uses"),
    ("art", "Article 11 – Float and trailer mileage"),
    (
        "p",
        "Art. 11.1 A rider or handler who moves horses in their own float or trailer receives "
        "mileage per km, loaded or empty: ₦310 per km in calendar year 2026 and ₦330 per km in "
        "calendar year 2027.",
    ),
    (
        "p",
        "Art. 11.2 Mileage is counted from the rider's yard to the location and back, by the "
        "shortest road.",
    ),
    ("art", "Article 12 – Re-use of footage"),
    (
        "p",
        "Art. 12.1 Footage in which a rider, handler or animal performs may be re-used in a "
        "second production only after notice to the Guild, and the performer then receives "
        "35 % of the day fee paid for the original day, for each production that re-uses it.",
    ),
    ("art", "Article 13 – Insurance"),
    (
        "p",
        "Art. 13.1 The producer insures every rider, handler and supplied animal for the "
        "whole engagement.",
    ),
    (
        "p",
        "Art. 13.2 The producer pays any insurance excess on a claim arising from the "
        "engagement; no excess is ever deducted from a rider's or a handler's fees.",
    ),
    ("part", "Part IV – Artificial intelligence"),
    ("art", "Article 14 – AI-generated crowd riders"),
    (
        "p",
        'Art. 14.1 An "AI-generated crowd rider" is a mounted figure in a crowd scene that is '
        "generated by software and is not a person.",
    ),
    (
        "p",
        "Art. 14.2 The producer tells the Guild, before the shooting day, of every scene that "
        "will show AI-generated crowd riders.",
    ),
    (
        "p",
        "Art. 14.3 No AI-generated crowd rider is made from the scan of a member without the "
        "consent of article 15(1).",
    ),
    ("p", "Art. 14.4 Such scenes are labelled under article 19(1)."),
    (
        "p",
        "Art. 14.5 A scene may show no more than 12 AI-generated crowd riders. Beyond that "
        "number, every further rider in the scene is a background rider engaged under "
        "article 10(1).",
    ),
    ("art", "Article 15 – Digital doubles of riders"),
    (
        "p",
        "Art. 15.1 A digital double (a body and face scan of a rider) is made only with the "
        "rider's written consent, given for each production on the numbered Form DD-3.",
    ),
    (
        "p",
        "Art. 15.2 The rider receives a scan-day fee of ₦185,000 for each day of scanning. "
        "This article is in force from the date of signature of this Agreement.",
    ),
    ("p", "Art. 15.3 Each production that re-uses the double pays the rider ₦240,000."),
    (
        "p",
        "Art. 15.4 A digital double is never used in a scene that shows the rider's fatal "
        "fall without the rider's fresh written consent, given for that scene.",
    ),
    ("art", "Article 16 – Synthetic animals"),
    (
        "p",
        "Art. 16.1 A synthetic animal is an animal built by software from the motion capture "
        "of a trained animal.",
    ),
    (
        "p",
        "Art. 16.2 The producer pays the animal's trainer a trainer's licence fee of "
        "₦160,000 per production for each animal captured.",
    ),
    (
        "p",
        'Art. 16.3 The end credits name the trainer as follows: "Motion captured from '
        '[animal], trained by [trainer]".',
    ),
    ("art", "Article 17 – Deletion"),
    (
        "p",
        "Art. 17.1 On the written request of a rider or a trainer, the producer deletes the "
        "scan data and the motion-capture data within 45 days and confirms it in writing.",
    ),
    ("art", "Article 18 – Training data"),
    (
        "p",
        "Art. 18.1 Rushes may be used to train an AI system only against the annual pool "
        "payment of article 18(2).",
    ),
    (
        "p",
        "Art. 18.2 The Association pays into the Rushes Training Pool ₦9,250,000 for calendar "
        "year 2026 and ₦18,500,000 for each of calendar years 2027 and 2028, by 31 March of "
        "the following year.",
    ),
    ("art", "Article 19 – Labelling"),
    (
        "p",
        "Art. 19.1 Every production that uses a digital double, a synthetic animal or "
        'AI-generated crowd riders states in its end credits: "Digital riders and animals '
        'appear in this production".',
    ),
    ("part", "Part V – Administration"),
    ("art", "Article 20 – Joint Committee"),
    (
        "p",
        "Art. 20.1 The Joint Committee has three members named by the Guild and three named "
        "by the Association.",
    ),
    ("p", "Art. 20.2 It sets the rates for H1 2028 before 1 November 2027."),
    (
        "p",
        "Art. 20.3 By a written decision it may pause a rate or a use for a stated period (a "
        "moratorium) and set the figure at which the rate resumes.",
    ),
    ("art", "Article 21 – The previous agreement and side agreements"),
    (
        "p",
        "Art. 21.1 This Agreement replaces the Equestrian Performers Agreement 2023–2026.",
    ),
    (
        "p",
        "Art. 21.2 Art. 7.6 of the 2023–2026 agreement (early saddling supplement, ₦8,500 per "
        "call before 05:00) is kept.",
    ),
    (
        "p",
        "Art. 21.3 Art. 12.4 of the 2023–2026 agreement (grooming allowance, ₦4,000 per horse "
        "per day) is not carried over.",
    ),
    (
        "p",
        "Art. 21.4 Re-use was paid at 25 % of the day fee under the 2023–2026 agreement; "
        "article 12(1) replaces it with 35 %.",
    ),
    (
        "p",
        "Art. 21.5 Side Agreement No. 2 on Rodeo Exhibitions (₦48,000 per performance) "
        "expired on 30 June 2026 and is not replaced: a rodeo exhibition is a live-show "
        "performance in an arena under article 10(2).",
    ),
    ("art", "Article 22 – Signature"),
    (
        "p",
        "Art. 22.1 Signed at Port Hadley on 18 June 2026, in two originals, one in English and "
        "one in French. For the Guild: Marisol Achterberg-Diallo, president. For the "
        "Association: Rosalind Mbeki-Fontaine, chair.",
    ),
    ("schedA1", A1_TITLE),
    ("schedA2", A2_TITLE),
    ("note", A2_NOTE),
]


def _plain(text: str) -> str:
    return text.replace("~", " ")


def agreement_text() -> str:
    lines = []
    for kind, text in AGREEMENT:
        if kind == "schedA1":
            lines.append(text)
            lines += [" | ".join(r) for r in [A1_HEAD_1, A1_HEAD_2, *A1_ROWS]]
        elif kind == "schedA2":
            lines.append(text)
            lines += [" | ".join(r) for r in [A2_HEAD_1, A2_HEAD_2, *A2_ROWS]]
        else:
            lines.append(_plain(text))
    return "\n".join(lines)


# ---- the landscape rate card --------------------------------------------------------------

RATECARD_TITLE = "Joint Rate Card – Standard horse-fall unit, one shooting day"
RATECARD_SUB = (
    "Issued by the Joint Committee (GEAP / VSLPA) under article 20 of the Equestrian and "
    "Animal-Action Agreement 2026–2028. Dates are day/month/year. The H1 2027 columns apply "
    "w.e.f. 01/01/27 (1 Jan–30 Jun 2027)."
)
RC_HEAD_1 = ["Item", "Unit", "Art.", "Qty", "H2 2026", "", "H1 2027", "", "H2 2027", ""]
RC_HEAD_2 = ["", "", "", "", "rate", "amount", "rate", "amount", "rate", "amount"]
RC_WIDTHS = (58.0, 40.0, 13.0, 11.0, 22.0, 24.0, 22.0, 24.0, 22.0, 24.0)
# item, unit, article, qty, rates H2 2026, H1 2027, H2 2027 (amount = qty x rate)
RC_ITEMS = [
    ("Stunt rider", "per shooting day (10 h)", "4.1", 1, (126000, 134000, 138000)),
    ("Horse fall supplement", "per take", "4.2", 1, (58000, 61500, 63500)),
    ("Saddle fall supplement", "per take", "4.2", 2, (24000, 25500, 26500)),
    ("Animal handler / trainer", "per day", "5.3", 1, (88000, 93500, 96500)),
    ("Animal fee, horse", "per horse per day", "5.3", 3, (15000, 16000, 16500)),
    ("Night shoot premium", "20 % of the rider's day", "9.3", 1, (25200, 26800, 27600)),
    ("Float mileage", "per km", "11.1", 80, (310, 330, 330)),
]
RC_NOTES = (
    "Notes: the night shoot premium is paid only for work between 20:00 and 06:00 "
    "(article 9(3)). Mileage is a calendar-year rate (₦310 per km in 2026, ₦330 per km in "
    "2027), so both 2027 columns use ₦330. A day cancelled for weather on the day is paid at "
    "half pay. The totals are the cost of the standard unit, not a fee paid to any one person. "
    "The quantities are those of the standard unit agreed by the Joint Committee: one stunt "
    "rider, one animal handler with three horses, one horse fall and two saddle falls in the "
    "day, a night shoot, and 80 km of float mileage. A production that books a different unit "
    "pays each rate of the Agreement for what it books; the rates on this card are those of "
    "Schedules A1 and A2 and of articles 9(3) and 11(1). The H2 2027 columns apply from "
    "1 July 2027. Where this card and the Agreement differ, the Agreement prevails."
)
RATECARD_FOOTER = "Joint Rate Card – one page – GEAP / VSLPA Joint Committee"


def naira(n: int) -> str:
    return f"₦{n:,}"


def ratecard_rows() -> list[list[str]]:
    rows = []
    for item, unit, art, qty, rates in RC_ITEMS:
        row = [item, unit, art, str(qty)]
        for r in rates:
            row += [naira(r), naira(qty * r)]
        rows.append(row)
    return rows


def ratecard_totals() -> list[int]:
    return [sum(qty * rates[k] for _, _, _, qty, rates in RC_ITEMS) for k in range(3)]


def ratecard_total_row() -> list[str]:
    row = ["TOTAL", "standard unit, per day", "", ""]
    for t in ratecard_totals():
        row += ["", naira(t)]
    return row


def ratecard_text() -> str:
    lines = [RATECARD_TITLE, RATECARD_SUB]
    lines += [" | ".join(r) for r in [RC_HEAD_1, RC_HEAD_2, *ratecard_rows(), ratecard_total_row()]]
    lines += [RC_NOTES, RATECARD_FOOTER]
    return "\n".join(lines)


# ---- the French notice ----------------------------------------------------------------------

NOTICE_HEAD = [
    "GUILDE DES ARTISTES ÉQUESTRES ET ANIMALIERS DE VALMORANE (GAEA)",
    "ASSOCIATION DES PRODUCTEURS D'ÉCRAN ET DE SPECTACLE DE VALMORANE (APESV)",
]
NOTICE: list[tuple[str, str]] = [
    ("title", "AVIS CONJOINT N° 2026-07"),
    ("sub", "Port Hadley, le 20 novembre 2026"),
    ("h", "OBJET"),
    (
        "p",
        "Le présent avis porte sur deux articles de la partie IV (intelligence artificielle) "
        "de l'Entente équestre et animalière 2026–2028 : l'article 14(5), sur les cavaliers "
        "de foule générés par IA, et l'article 15(4), sur les doubles numériques dans les "
        "scènes de chute fatale. Il est publié par la Guilde et par l'Association en "
        "application de l'article 20 ; il fait partie de l'entente et lie tous les membres "
        "de l'Association, notamment Greyfell Pictures, Northwind Television, Carrousel Live "
        "et Atelier Brume.",
    ),
    ("h", "1. REMPLACEMENT DE L'ARTICLE 14(5)"),
    (
        "p",
        "Les parties remplacent l'article 14(5) par le texte suivant, pour toute scène "
        "tournée à compter du 1er décembre 2026 : « Une scène ne peut montrer plus de "
        "8 cavaliers de foule générés par IA. Au-delà de ce nombre, chaque cavalier "
        "supplémentaire de la scène est un figurant à cheval engagé selon l'article 10(1). »",
    ),
    (
        "p",
        "Les scènes tournées avant le 1er décembre 2026 restent soumises au plafond de "
        "12 cavaliers de l'article 14(5) d'origine, même lorsque le montage ou la sortie de "
        "la production a lieu après cette date. Le producteur indique la date de tournage de "
        "chaque scène dans l'avis qu'il adresse à la Guilde selon l'article 14(2).",
    ),
    ("h", "2. CONFIRMATION DE L'ARTICLE 15(4)"),
    (
        "p",
        "Les parties confirment l'article 15(4) sans changement : un double numérique n'est "
        "jamais utilisé dans une scène qui montre la chute fatale du cavalier sans un nouveau "
        "consentement écrit du cavalier, donné pour cette scène. Le consentement donné sur "
        "le formulaire DD-3 pour la production ne suffit pas ; la Guilde reçoit une copie du "
        "nouveau consentement avant le tournage de la scène.",
    ),
    ("h", "3. SANS EFFET SUR LES CACHETS"),
    (
        "p",
        "Le présent avis ne modifie aucun cachet ni aucune indemnité. La hausse des cachets "
        "prévue le 1ᵉʳ janvier 2027 par l'article 3(2) s'applique comme prévu, et les "
        "cachets liés aux doubles numériques restent ceux de l'article 15.",
    ),
    ("h", "4. MOTIFS"),
    (
        "p",
        "Les parties ont constaté, au cours du second semestre, que des scènes de foule "
        "montraient de nombreux cavaliers générés et très peu de figurants à cheval engagés. "
        "Le nouveau plafond rétablit l'équilibre voulu par l'entente entre les figurants et "
        "les cavaliers générés, sans empêcher les grandes scènes de bataille ou de parade, "
        "pour lesquelles le producteur engage les figurants nécessaires.",
    ),
    ("h", "5. ENTRÉE EN VIGUEUR ET PUBLICATION"),
    (
        "p",
        "Le point 1 s'applique aux scènes tournées à compter du 1er décembre 2026 ; le "
        "point 2 s'applique depuis la signature de l'entente. Le présent avis est rédigé en "
        "français ; une traduction anglaise accompagnera la prochaine réimpression de "
        "l'entente. Renseignements auprès du secrétariat du comité conjoint.",
    ),
    ("sign", ""),
]
NOTICE_SIGNATURES = [
    "Pour la Guilde : Marisol Achterberg-Diallo, présidente",
    "Pour l'Association : Rosalind Mbeki-Fontaine, présidente",
]
NOTICE_FOOTER = "Avis conjoint n° 2026-07 – page {n} sur {{nb}}"


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


def _doc(header: str | None, footer: str | None, orientation: str = "P"):
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

    pdf = Doc(orientation=orientation, format="A4")
    pdf.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    return pdf


# pages of Schedule A1 (first page, continuation page), for check_set.py
A1_PAGES: list[int] = []


class _Flow:
    def __init__(self, pdf) -> None:
        self.pdf = pdf
        self.y = TOP

    def new_page(self) -> None:
        self.pdf.add_page()
        self.y = TOP

    def lines(self, text: str, style: str, size: float, lh: float, keep: int = 1) -> None:
        pdf = self.pdf
        pdf.set_font(FONT, style, size)
        rows = wrap(pdf, text, TEXT_W)
        # a paragraph is kept on one page (no phrase split by the running header or footer)
        if self.y + lh * (len(rows) + keep - 1) > BOTTOM:
            self.new_page()
        for line in rows:
            pdf.set_xy(MARGIN, self.y)
            pdf.cell(TEXT_W, lh, line)
            self.y += lh

    def _title(self, title: str) -> None:
        self.pdf.set_font(FONT, "B", 10)
        self.pdf.set_xy(MARGIN, self.y)
        self.pdf.cell(TEXT_W, 6, title)
        self.y += 8

    def _head2(self, head1, head2, widths, rh: float) -> None:
        """Two header rows: an empty head1 cell continues the span on its left; an empty
        head2 cell under a head1 label means the label spans both rows."""
        pdf = self.pdf
        pdf.set_fill_color(226, 232, 238)
        pdf.set_line_width(0.25)
        xs = [MARGIN]
        for w in widths:
            xs.append(xs[-1] + w)
        j = 0
        while j < len(head1):
            k = j + 1
            while k < len(head1) and head1[k] == "":
                k += 1
            span_w = xs[k] - xs[j]
            whole = all(head2[i] == "" for i in range(j, k))
            h = 2 * rh if whole else rh
            pdf.rect(xs[j], self.y, span_w, h, style="DF")
            pdf.set_font(FONT, "B", 8.5)
            pdf.set_xy(xs[j], self.y + (h - 5) / 2)
            pdf.cell(span_w, 5, head1[j], align="C")
            if not whole:
                for i in range(j, k):
                    pdf.rect(xs[i], self.y + rh, widths[i], rh, style="DF")
                    pdf.set_xy(xs[i], self.y + rh + (rh - 5) / 2)
                    pdf.cell(widths[i], 5, head2[i], align="C")
            j = k
        self.y += 2 * rh

    def _row(self, cells, widths, rh: float, style: str = "") -> None:
        pdf = self.pdf
        x = MARGIN
        pdf.set_font(FONT, style, 8.5)
        for i, (text, w) in enumerate(zip(cells, widths, strict=True)):
            if pdf.get_string_width(text) > w - 2:
                raise SystemExit(f"cell too wide ({w} mm): {text!r}")
            pdf.rect(x, self.y, w, rh)
            pdf.set_xy(x + 1, self.y + (rh - 5) / 2)
            pdf.cell(w - 2, 5, text, align="L" if i < 2 else "R")
            x += w
        self.y += rh

    def sched_a1(self, title: str) -> None:
        rh = 6.4
        if self.y + 8 + 2 * rh + rh * 3 > BOTTOM:
            self.new_page()
        A1_PAGES.append(self.pdf.page_no())
        self._title(title)
        self._head2(A1_HEAD_1, A1_HEAD_2, A1_WIDTHS, rh)
        for row in A1_ROWS:
            if self.y + rh > BOTTOM:
                self.new_page()
                A1_PAGES.append(self.pdf.page_no())
                self._title(title + " (continued)")
                self._head2(A1_HEAD_1, A1_HEAD_2, A1_WIDTHS, rh)
            self._row(row, A1_WIDTHS, rh)
        self.y += 5

    def sched_a2(self, title: str) -> None:
        rh = 6.4
        if self.y + 8 + 5 * rh > BOTTOM:
            self.new_page()
        self._title(title)
        self._head2(A2_HEAD_1, A2_HEAD_2, A2_WIDTHS, rh)
        for row in A2_ROWS:
            self._row(row, A2_WIDTHS, rh)
        self.y += 3


def build_agreement(write: bool = True) -> bytes:
    A1_PAGES.clear()
    pdf = _doc(AGREEMENT_HEADER, "Page {n} of {{nb}}")
    pdf.set_title("Equestrian and Animal-Action Agreement 2026-2028")
    pdf.set_author("GEAP / VSLPA")
    pdf.set_creation_date(datetime.datetime(2026, 6, 18, 12, 0, tzinfo=datetime.UTC))
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
            flow.y += 4
        elif kind == "part":
            flow.y += 3
            flow.lines(text, "B", 12.5, 6.8, keep=4)
            flow.y += 1.5
        elif kind == "art":
            flow.y += 1.5
            flow.lines(text, "B", 11, 6.0, keep=3)
            flow.y += 0.5
        elif kind == "schedA1":
            flow.y += 3
            flow.sched_a1(text)
        elif kind == "schedA2":
            flow.sched_a2(text)
        elif kind == "note":
            flow.lines(text, "I", 9, 4.8)
        else:
            flow.lines(text, "", BODY_SIZE, BODY_LH)
            flow.y += 2.0
    data = bytes(pdf.output())
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print("wrote", AGREEMENT_OUT, pdf.page_no(), "pages; Schedule A1 on pages", A1_PAGES)
    return data


def build_ratecard(write: bool = True) -> bytes:
    pdf = _doc(None, None, orientation="L")
    pdf.set_title("Joint Rate Card - Standard horse-fall unit")
    pdf.set_author("GEAP / VSLPA - Joint Committee")
    pdf.set_creation_date(datetime.datetime(2026, 6, 30, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    total_w = sum(RC_WIDTHS)
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(MARGIN, 14)
    pdf.cell(total_w, 8, RATECARD_TITLE)
    pdf.set_font(FONT, "I", 9)
    flow = _Flow(pdf)
    flow.y = 24.0
    for line in wrap(pdf, RATECARD_SUB, total_w):
        pdf.set_xy(MARGIN, flow.y)
        pdf.cell(total_w, 4.8, line)
        flow.y += 4.8
    flow.y += 4
    rh = 8.0
    flow._head2(RC_HEAD_1, RC_HEAD_2, RC_WIDTHS, rh)
    for row in ratecard_rows():
        flow._row(row, RC_WIDTHS, rh)
    flow._row(ratecard_total_row(), RC_WIDTHS, rh, style="B")
    # the notes row: one cell across the table's full width
    pdf.set_font(FONT, "", 8.5)
    notes = wrap(pdf, RC_NOTES, total_w - 4)
    h = 2 + 4.6 * len(notes)
    pdf.rect(MARGIN, flow.y, total_w, h)
    y = flow.y + 1
    for line in notes:
        pdf.set_xy(MARGIN + 2, y)
        pdf.cell(total_w - 4, 4.6, line)
        y += 4.6
    flow.y += h
    if flow.y > pdf.h - 18:
        raise SystemExit(f"rate card reaches the footer ({flow.y:.1f} mm)")
    pdf.set_font(FONT, "I", 8)
    pdf.set_xy(MARGIN, pdf.h - 12)
    pdf.cell(total_w, 5, RATECARD_FOOTER, align="C")
    data = bytes(pdf.output())
    if write:
        with open(RATECARD_OUT, "wb") as f:
            f.write(data)
        print("wrote", RATECARD_OUT, pdf.page_no(), "page(s)")
    return data


NOTICE_W = 150.0


def build_notice(write: bool = True) -> bytes:
    pdf = _doc(None, NOTICE_FOOTER)
    pdf.set_title("Avis conjoint n° 2026-07")
    pdf.set_author("GAEA / APESV")
    pdf.set_creation_date(datetime.datetime(2026, 11, 20, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    x0 = (PAGE_W - NOTICE_W) / 2
    pdf.set_font(FONT, "B", 9)
    y = 16.0
    for line in NOTICE_HEAD:
        pdf.set_xy(x0, y)
        pdf.cell(NOTICE_W, 5, line, align="C")
        y += 5
    pdf.set_line_width(0.3)
    pdf.line(x0, y + 2, x0 + NOTICE_W, y + 2)
    y += 8
    lh = 5.6
    for idx, (kind, text) in enumerate(NOTICE):
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
        rows = wrap(pdf, text, NOTICE_W)
        need = lh * len(rows)
        if kind == "h":  # a heading stays with the whole paragraph under it
            pdf.set_font(FONT, "", 10.5)
            need += 3.0 + lh * len(wrap(pdf, NOTICE[idx + 1][1], NOTICE_W))
            pdf.set_font(FONT, style, size)
        if y + need > BOTTOM:
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
        print("wrote", NOTICE_OUT, pdf.page_no(), "page(s)")
    return data


if __name__ == "__main__":
    build_agreement()
    build_ratecard()
    build_notice()
