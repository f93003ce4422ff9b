#!/usr/bin/env python3
"""Build the three PDFs of union-ak (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ak/make_pdf.py    # fpdf2 is in the venv

- docs/lhgo-ohsa-living-history-reenactment-agreement-2027.pdf: the Living-History and
  Re-enactment Agreement 2027 in English, clauses numbered "12.3(b)". Its text pages are
  set in TWO COLUMNS (the left column filled first, then the right one; pypdf reads them
  column by column, pdfplumber's default text glues each left line to the right line at
  the same height). Schedule A's Table 1, the rate table, is on a LANDSCAPE page, with
  FOOTNOTE MARKERS in its cells ("1.480,00 lei¹") and the footnotes at the page foot.
  Tables 2 and 3 follow on a portrait page. Every page has a running footer
  "Page N of M · © 2026".
- docs/lhgo-living-history-agreement-2023-2026-typed.pdf: the previous agreement as a
  TYPED copy (DejaVu Sans Mono, amounts written "L 1.390,00" with the letter L for lei,
  columns aligned with spaces, no table, no ruling line), stamped on its first line
  "SUPERSEDED — SEE 2027 AGREEMENT".
- docs/avis-2026-14-ratification-entente-2027.pdf: the French notice n° 2026-14 (one
  page) that announces the ratification and CONFIRMS the interim black-powder supplement
  (210,00 lei) from 1 November 2026.

DejaVu Sans (/usr/share/fonts/truetype/dejavu) draws "¹²³⁴", "€", "°", U+2212 and U+202F.
Lines are broken by this script, never inside an amount, a percentage, a date, a clause
reference or a phrase the questions quote (TIES). `agreement_text()`, `old_text()` and
`notice_text()` return the text for check_set.py (table cells joined by " | ");
`FOOTER` is what every agreement page adds. Fixed creation dates: byte-for-byte
reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(
    HERE, "docs", "lhgo-ohsa-living-history-reenactment-agreement-2027.pdf"
)
OLD_OUT = os.path.join(HERE, "docs", "lhgo-living-history-agreement-2023-2026-typed.pdf")
NOTICE_OUT = os.path.join(HERE, "docs", "avis-2026-14-ratification-entente-2027.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
MONO = "DejaVuMono"
NB = "\u00a0"
NNB = "\u202f"
TIE = "\u0001"  # a space the line breaker must not break at (never in the output)

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MOIS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_AMOUNT = r"\d{1,3}(?:[.\u202f]\d{3})*,\d\d"
TIES = [
    re.compile(rf"{_AMOUNT} (?:lei|RON)[¹²³⁴]?"),
    re.compile(rf"\bRON {_AMOUNT}"),
    re.compile(r"\b450 EUR\b"),
    re.compile(r"\b2,4 mil\. lei\b"),
    re.compile(r"\b75 de bani\b"),
    re.compile(r"\b1 leu\b"),
    re.compile(r"\b1 mar\. 2027\b"),
    re.compile(
        r"\d+(?:[.,]\d+)? (?:%|hours?|days?|minutes|km|kg|°C|new lines|votes|voix|heures"
        r"|jours|lei)(?![\w/])"
    ),
    re.compile(r"\b\d+ (?:%|heures|lei)"),
    re.compile(rf"\b\d{{1,2}} (?:{_MONTHS}) \d{{4}}\b"),
    re.compile(rf"\b1er (?:{_MOIS}) \d{{4}}\b"),
    re.compile(rf"\b\d{{1,2}} (?:{_MOIS}) \d{{4}}\b"),
    re.compile(
        r"\b(?:[Cc]lauses?|line|lines|ligne|Article|Schedule|Table|n°) [\dA-Z]+(?:[.-]\d+)?(?:\([a-z]\))?"
    ),
    re.compile(r"\bForm L-7\b"),
    re.compile(r"\bno more than \d+ \w+"),
    re.compile(r"\bat least \d+ \w+"),
    re.compile(r"\bwithin \d+ \w+"),
    re.compile(r"\bnot carried over\b"),
    re.compile(r"\bnot covered\b"),
    re.compile(r"\btwice a year\b"),
    re.compile(r"\bfirst Monday of April 2027\b"),
    re.compile(r"\bseason 20\d\d/\d\d\b"),
    re.compile(r"\bsaison 20\d\d/\d\d\b"),
    re.compile(r"\bsummer season\b"),
    re.compile(r"\bSynthetic performer, based on a portrayal by\b"),
    re.compile(r"\bweapon-safety officer\b"),
    re.compile(r"\b\d\d:\d\d\b"),
    re.compile(r" [;:!?»]"),
    re.compile(r"« "),
]

# ---- the agreement ----------------------------------------------------------------------

FOOTER = (
    "LHGO / OHSA · Living-History and Re-enactment Agreement 2027 · Page {n} of {{nb}} · © 2026"
)
A_TITLE = "Living-History and Re-enactment Agreement 2027"
A_SUB = (
    "between the Living History Guild of Orvanne (LHGO; in French, Guilde de l'histoire "
    "vivante d'Orvanne, GHVO) and the Orvanne Heritage Sites Association (OHSA; in French, "
    "Association des sites patrimoniaux d'Orvanne, ASPO)"
)

AGREEMENT: list[tuple[str, str]] = [
    ("part", "Part I – General"),
    ("art", "Clause 1 – Parties, scope, amounts and seasons"),
    (
        "p",
        "1.1 This Agreement binds the Association, for its members Greywick Open-Air Museum, "
        "the Castle Bramholt Trust, Fort Ludger Heritage Park, Marlpit Tilting Yard and the "
        "Tollmouth Delta Museum, and the Guild, whenever a member of the Guild performs at a "
        "heritage site of Orvanne, on either bank of the Orve delta.",
    ),
    (
        "p",
        "1.2 It covers: (a) costumed interpreters in open-air museums; (b) battle "
        "re-enactors; (c) jousters and tournament knights; (d) heritage craft demonstrators "
        "(blacksmiths, glass-blowers and weavers); (e) costumed tour guides; (f) castle-night "
        "actors; (g) school-programme presenters; and (h) crowd re-enactors engaged and paid "
        "by a site.",
    ),
    (
        "p",
        "1.3 The volunteer re-enactors of the Friends of the Reed Fords, the partner society "
        "that lends its members to the battles at Fort Ludger, are not covered by this "
        "Agreement: they are neither engaged nor paid by a site, and no rate of Schedule A "
        "applies to them.",
    ),
    (
        "p",
        "1.4 Amounts are in lei (singular: leu), the currency of Orvanne. Orvanne is not "
        "Romania, but it writes the leu the Romanian way: a dot between the thousands, a "
        "comma before the bani and the word lei after the figure, as in 1.250,50 lei, which "
        "is one thousand two hundred and fifty lei and fifty bani. Payroll systems print the "
        "code RON instead of the word, before or after the figure: RON 1.250,50 or "
        "1.250,50 RON. One leu, written 1 leu, is 100 bani; an amount under one leu is "
        "written in bani, as in 75 de bani (0,75 lei). Older typed documents put a capital "
        "letter L before the figure.",
    ),
    (
        "p",
        '1.5 The "summer season" means the period from 1 May to 30 September of a year; '
        "the 2027 summer season runs from 1 May 2027 to 30 September 2027.",
    ),
    (
        "p",
        "1.6 A season written with two years, as season 2027/28, is a contract year from "
        "1 October to 30 September. The first, season 2026/27, is shorter: it runs from "
        "1 November 2026 to 30 September 2027.",
    ),
    (
        "p",
        "1.7 The English and French texts are equally authentic. A reference to a clause is "
        "a reference to a clause of this Agreement, as in clause 12.3(b).",
    ),
    ("art", "Clause 2 – Term, signature and ratification"),
    (
        "p",
        "2.1 This Agreement was signed at Tollmouth on 2 October 2026, subject to "
        "ratification by the members of the Guild. It runs from 1 November 2026 to "
        "30 September 2029.",
    ),
    (
        "p",
        "2.2 It applies provisionally from 1 November 2026 and, once ratified, is confirmed "
        "from that date.",
    ),
    (
        "p",
        "2.3 The black-powder supplement of line 5 of Table 1 is an interim rate, pending "
        "ratification by a separate question on the ballot. If the members do not ratify "
        "it, the supplement is 185,00 lei per engagement from 1 November 2026.",
    ),
    (
        "p",
        "2.4 The day rate of a crowd re-enactor (line 13) rises from 520,00 lei to "
        "545,00 lei from the first pay period that begins after the date of ratification. "
        "The calendar of pay periods is published by the Association's payroll office.",
    ),
    ("part", "Part II – Work, pay and safety"),
    ("art", "Clause 3 – Costumed interpreters"),
    (
        "p",
        "3.1 A costumed interpreter works in an open-air museum in period dress and is paid "
        "per interpretation day of 7.5 hours at the rate in line 1 of Table 1.",
    ),
    (
        "p",
        "3.2 An interpreter who speaks in the first person, in character, for at least "
        "4 hours of the day is paid the first-person supplement in line 2 on top of the day "
        "rate.",
    ),
    (
        "p",
        "3.3 On 1 March 2027 the rate of line 1 is raised by the consumer price index "
        "published in February (4.2%), that is the index for the year 2025, published by the "
        "Orvanne Statistics Office in February 2026. The Association publishes the raised "
        "rate by notice; the raised rate continues in season 2027/28.",
    ),
    ("art", "Clause 4 – Battle re-enactors"),
    (
        "p",
        "4.1 A battle re-enactor is paid per engagement, a staged battle with its drill and "
        "its muster, up to 7.5 hours, at the rate in line 3.",
    ),
    (
        "p",
        "4.2 A re-enactor who fights on horseback is paid the mounted supplement in line 4, "
        "per engagement.",
    ),
    (
        "p",
        "4.3 A re-enactor who fires a musket or serves a cannon is paid the black-powder "
        "supplement in line 5, per engagement. The muskets of the Fort Ludger company are "
        "flintlocks of calibre .69, fired with blank charges only.",
    ),
    (
        "p",
        "4.4 No re-enactor fires a musket or a cannon without a black-powder licence. The "
        "site reimburses the licence fee, 340,00 lei in 2026, in full on receipt.",
    ),
    (
        "p",
        "4.5 A weapon-safety officer, named on the muster sheet, is present at every "
        "engagement from the first drill to the last salute and inspects every weapon "
        "before it is used.",
    ),
    (
        "p",
        "4.6 A re-enactor has a rest period of at least 12 hours between the end of one "
        "engagement and the start of the next.",
    ),
    (
        "p",
        "4.7 The great engagement at Fort Ludger re-enacts the Battle of the Reed Fords of "
        "1476; the autumn engagement at Castle Bramholt portrays the siege of 1598–1602.",
    ),
    ("art", "Clause 5 – Jousters and tournament knights"),
    (
        "p",
        "5.1 A jouster or tournament knight is paid per tilt session, a series of runs at "
        "the lists of up to 3 hours including arming, at the rate in line 6.",
    ),
    (
        "p",
        "5.2 The lists are inspected before each tilt session by the weapon-safety officer, "
        "and every lance carries a breakaway tip.",
    ),
    ("art", "Clause 6 – Heritage craft demonstrators"),
    (
        "p",
        "6.1 A heritage craft demonstrator is paid per demonstration hour: a blacksmith at "
        "the rate in line 7, a glass-blower at the rate in line 8 and a weaver at the rate "
        "in line 9.",
    ),
    (
        "p",
        "6.2 The site provides the forge, the furnace or the loom, the fuel and the raw "
        "materials; the demonstrator keeps no product of the demonstration.",
    ),
    ("art", "Clause 7 – Tour guides, castle nights, schools and crowds"),
    (
        "p",
        "7.1 A costumed tour guide is paid per tour of up to 90 minutes at the rate in line 10.",
    ),
    (
        "p",
        "7.2 A castle-night actor, who plays in an evening ghost tour, is paid per evening "
        "at the rate in line 11, and a night premium of 12% of the hourly equivalent of that "
        "rate for every hour worked after 21:00.",
    ),
    (
        "p",
        "7.3 A school-programme presenter is paid per school session, one class for up to "
        "2 hours, at the rate in line 12.",
    ),
    (
        "p",
        "7.4 A crowd re-enactor, who fills the ranks or the market crowd of an engagement, "
        "is paid per day at the rate in line 13.",
    ),
    ("art", "Clause 8 – Armour and heat"),
    (
        "p",
        "8.1 No performer stays in full armour for more than 45 minutes at a stretch; after "
        "each stretch the performer spends at least 15 minutes out of armour, in the shade.",
    ),
    (
        "p",
        "8.2 A full harness of plate weighs up to 28 kg; the site provides an armour stand "
        "and an armourer's helper for every three armoured performers.",
    ),
    (
        "p",
        "8.3 Heat rule: when the shade temperature rises above 30 °C, armour comes off. The "
        "engagement or tilt session then continues without armour or stops, and is paid in "
        "full either way.",
    ),
    ("art", "Clause 9 – Costume"),
    (
        "p",
        "9.1 A costume fitting is paid 88,00 lei per hour, with a minimum of one hour.",
    ),
    (
        "p",
        "9.2 A performer who keeps a period costume at home receives a period-costume "
        "maintenance allowance of 760,00 lei per summer season, with the first pay of June.",
    ),
    (
        "p",
        "9.3 A costume soaked by rain during an engagement is dried by the site, or the "
        "performer receives a wet-weather drying allowance of 45,00 lei per soaked costume.",
    ),
    ("art", "Clause 10 – Hours and overtime"),
    (
        "p",
        "10.1 A day of work is 7.5 hours. Work past 7.5 hours is overtime, paid for each "
        "hour at the hourly equivalent of the day rate increased by 50%.",
    ),
    ("art", "Clause 11 – Travel, meals and cancellation"),
    (
        "p",
        "11.1 A performer who travels to a site by their own means receives a travel "
        "allowance of 1,85 lei per km beyond the first 25 km, each way.",
    ),
    (
        "p",
        "11.2 When no period meal is provided on a day of work, the site pays a meal "
        "allowance of 62,00 lei.",
    ),
    (
        "p",
        "11.3 When an event is cancelled for weather within 48 hours of its start, each "
        "performer engaged for it receives a cancellation fee of 60% of the rate of the "
        "event.",
    ),
    (
        "p",
        "11.4 Clause 11.3 is suspended for the winter, from 1 November to 28 February: no "
        "cancellation fee is due for an event cancelled for weather in that period. Clause "
        "11.3 applies again from 1 March.",
    ),
    ("art", "Clause 12 – Insurance and touring"),
    (
        "p",
        "12.1 The site carries public liability insurance of 2,4 mil. lei per engagement "
        '("mil." is short for million: 2.400.000,00 lei).',
    ),
    (
        "p",
        "12.2 A performer on tour is engaged by the site that organises the tour, and the "
        "rates of Table 1 apply to every day of the tour.",
    ),
    (
        "p",
        "12.3 Touring: (a) a battle re-enactor engaged for a show outside Orvanne is paid "
        "the lei rate of line 3 and, beside it, a touring allowance of €450 per engagement, "
        "paid in euros and shown on the payslip as 450 EUR; (b) the meal allowance of clause "
        "11.2 is not paid abroad, where the organiser provides every meal.",
    ),
    (
        "p",
        "12.4 No other amount of this Agreement is paid in a currency other than the leu.",
    ),
    ("art", "Clause 13 – Pay periods"),
    (
        "p",
        "13.1 Pay is calculated per pay period of two weeks, from a Monday to the second "
        "Sunday after it. The payroll office of the Association publishes the calendar of "
        "pay periods for each season.",
    ),
    (
        "p",
        "13.2 Pay is due within 5 days of the end of each pay period. An adjustment is shown "
        "on its own line of the payslip, with its reason.",
    ),
    ("part", "Part III – Digital heritage and artificial intelligence"),
    ("art", "Clause 14 – Digital re-enactors"),
    (
        "p",
        "14.1 A digital re-enactor is a volumetric or photogrammetry scan of a performer, "
        "used to populate a virtual battlefield or a museum hologram.",
    ),
    (
        "p",
        "14.2 A scan is made only with the performer's written consent for each project, "
        "given on the numbered Form L-7, which names the project by its number, as "
        "PRJ-2027-031. Consent for one project is never consent for another.",
    ),
    (
        "p",
        "14.3 The site pays: (a) a scan fee of 655,00 lei per scan session; and (b) a re-use "
        "fee of 385,00 lei for each further project that uses the scan.",
    ),
    (
        "p",
        "14.4 A scan session lasts no more than 2 hours, in the performer's own costume or in "
        "a costume provided by the site. The performer may see the scan before it is used.",
    ),
    (
        "p",
        "14.5 A scan made for one site is never lent, sold or given to another site or to "
        "anyone else.",
    ),
    ("art", "Clause 15 – AI-generated historical figures"),
    (
        "p",
        "15.1 A site may use an interpreter's portrayal of a historical figure to train a "
        "talking historical-figure chatbot or hologram only under a licence from that "
        "interpreter.",
    ),
    (
        "p",
        "15.2 The licence fee is 2.350,00 lei per year per installation.",
    ),
    (
        "p",
        "15.3 The interpreter may withdraw the licence on 90 days' notice; at the end of the "
        "notice the installation stops using the portrayal. No licence is perpetual.",
    ),
    (
        "p",
        "15.4 A panel beside each installation names the interpreter whose portrayal it uses.",
    ),
    ("art", "Clause 16 – Voice cloning for audio guides"),
    (
        "p",
        "16.1 A voice clone of a performer for an audio guide is paid 720,00 lei per "
        "language version.",
    ),
    (
        "p",
        "16.2 The clone may say no more than 300 new lines a year without a new recording "
        "session, paid at the fee of clause 16.1.",
    ),
    (
        "p",
        "16.3 An audio guide spoken by a voice clone says so at its start, in the language "
        "of the version.",
    ),
    ("art", "Clause 17 – Crowd multiplication"),
    (
        "p",
        "17.1 When a filmed engagement is duplicated digitally to fill a battlefield, each "
        "re-enactor filmed is paid a multiplication fee of 95,00 lei per engagement filmed. "
        "The fee does not lift the ban on replacing a contracted engagement by multiplication "
        "alone: a site that multiplies a crowd still engages and pays every re-enactor it "
        "contracted.",
    ),
    (
        "p",
        "17.2 The site reports every multiplication to the committee of clause 20 within one "
        "month, with the names of the re-enactors filmed.",
    ),
    ("art", "Clause 18 – Deletion"),
    (
        "p",
        "18.1 On the performer's written request, the site deletes every scan and every "
        "voice clone of that performer within 30 days and confirms the deletion in writing.",
    ),
    ("art", "Clause 19 – Labelling"),
    (
        "p",
        '19.1 Every synthetic performer shown in an exhibit is labelled "Synthetic '
        "performer, based on a portrayal by\" followed by the performer's name.",
    ),
    (
        "p",
        "19.2 The label is printed in letters no smaller than those of the exhibit's title.",
    ),
    ("art", "Clause 20 – Joint digital-heritage committee"),
    (
        "p",
        "20.1 A joint digital-heritage committee of three members named by each party meets "
        "twice a year. Its first meeting is held on the first Monday of April 2027.",
    ),
    (
        "p",
        "20.2 The committee reviews every scan, licence, voice clone and multiplication, and "
        "reports to both parties.",
    ),
    (
        "p",
        "20.3 Each party pays its own members of the committee; a performer who sits on the "
        "committee is paid the day rate of their role for each meeting.",
    ),
    ("part", "Part IV – Previous agreement and signature"),
    ("art", "Clause 21 – The 2023–2026 agreement"),
    (
        "p",
        "21.1 Article 14 of the Living-History Agreement 2023–2026, the wet-weather drying "
        "allowance, is kept, as clause 9.3 of this Agreement.",
    ),
    (
        "p",
        "21.2 Article 15 of the 2023–2026 agreement, the candle allowance of castle-night "
        "actors, 18,00 lei a night, is not carried over.",
    ),
    ("p", "21.3 The rest of the 2023–2026 agreement ended on 31 October 2026."),
    (
        "p",
        "21.4 A performer engaged under the 2023–2026 agreement keeps their seniority under "
        "this Agreement.",
    ),
    ("art", "Clause 22 – Notices"),
    (
        "p",
        "22.1 Notices under this Agreement are posted in the dressing rooms of every site and "
        "sent to the offices of the Guild in Tollmouth and in Saint-Aubin-des-Joncs.",
    ),
    ("art", "Clause 23 – Signature"),
    (
        "p",
        "Signed at Tollmouth on 2 October 2026. For the Guild: Hester Antonescu-Blyth, "
        "President, and Radu Okafor-Pelletier, Chief Negotiator. For the Association: "
        "Gwendolyn Marsh-Iliescu, Chair.",
    ),
]

SCHED_TITLE = "Schedule A – Rates"
TA_NOTE = (
    "Table 1 gives the rate of each role for each season, per person, before tax. A "
    "supplement is paid on top of the rate of the same role, never instead of it. The "
    "clauses refer to the lines of this table as line 1 to line 13."
)
TA_TITLE = "Table 1 – Day, engagement, session, hour, tour and evening rates"
TA_HEAD = [
    "Line",
    "Role",
    "Unit",
    "Season 2026/27 (from 1 November 2026)",
    "Season 2027/28 (from 1 October 2027)",
]
TA_WIDTHS = [14.0, 52.0, 85.0, 55.0, 55.0]
# (line, role, unit, 2026/27, 2027/28)
TA_ROWS: list[tuple[str, str, str, str, str]] = [
    (
        "1",
        "Costumed interpreter",
        "Interpretation day (7.5 hours)",
        "1.480,00 lei¹",
        "as raised on 1 March 2027",
    ),
    (
        "2",
        "Costumed interpreter",
        "First-person (in-character) supplement, per day",
        "265,00 lei",
        "275,00 lei",
    ),
    ("3", "Battle re-enactor", "Engagement", "1.150,00 lei", "1.195,00 lei"),
    ("4", "Battle re-enactor", "Mounted supplement, per engagement", "420,00 lei", "440,00 lei"),
    (
        "5",
        "Battle re-enactor",
        "Black-powder supplement (musket or cannon), per engagement",
        "210,00 lei²",
        "as in season 2026/27",
    ),
    ("6", "Jouster or tournament knight", "Tilt session", "1.050,00 lei", "1.090,00 lei"),
    ("7", "Craft demonstrator: blacksmith", "Demonstration hour", "118,00 lei", "123,00 lei"),
    ("8", "Craft demonstrator: glass-blower", "Demonstration hour", "126,00 lei", "131,00 lei"),
    ("9", "Craft demonstrator: weaver", "Demonstration hour", "104,00 lei", "108,00 lei"),
    ("10", "Costumed tour guide", "Tour, up to 90 minutes", "310,00 lei", "322,00 lei"),
    ("11", "Castle-night actor³", "Evening (ghost tour)", "690,00 lei", "715,00 lei"),
    ("12", "School-programme presenter", "School session", "295,00 lei", "305,00 lei"),
    ("13", "Crowd re-enactor⁴", "Day", "520,00 lei", "565,00 lei"),
]
TA_FOOTNOTES = [
    "¹ Raised on 1 mar. 2027 by the consumer price index published in February (4.2%), "
    "clause 3.3; the raised rate is published by notice and continues in season 2027/28.",
    "² Interim rate, pending ratification (clause 2.3); if it is not ratified, 185,00 lei applies.",
    "³ Plus the night premium of clause 7.2 for every hour worked after 21:00.",
    "⁴ 545,00 lei from the first pay period that begins after ratification (clause 2.4).",
]
TB_TITLE = "Table 2 – Allowances, premiums and fees"
TB_HEAD = ["Item", "Rate"]
TB_ROWS = [
    ["Overtime past 7.5 hours, on the hourly equivalent (clause 10.1)", "50%"],
    ["Night premium, castle nights, each hour after 21:00 (clause 7.2)", "12%"],
    ["Costume fitting, per hour (clause 9.1)", "88,00 lei"],
    ["Period-costume maintenance, per summer season (clause 9.2)", "760,00 lei"],
    ["Wet-weather drying, per soaked costume (clause 9.3)", "45,00 lei"],
    ["Travel, per km beyond the first 25 km (clause 11.1)", "1,85 lei"],
    ["Meal allowance, no period meal provided (clause 11.2)", "62,00 lei"],
    ["Cancellation for weather within 48 hours (clause 11.3)", "60%"],
    ["Touring allowance abroad, per engagement (clause 12.3(a))", "€450"],
    ["Black-powder licence fee (clause 4.4)", "reimbursed in full"],
]
TC_TITLE = "Table 3 – Digital heritage and AI fees"
TC_HEAD = ["Item", "Fee"]
TC_ROWS = [
    ["Scan session for a digital re-enactor (clause 14.3(a))", "655,00 lei"],
    ["Each further project re-using a scan (clause 14.3(b))", "385,00 lei"],
    ["Historical-figure licence, per year per installation (clause 15.2)", "2.350,00 lei"],
    ["Voice clone for an audio guide, per language version (clause 16.1)", "720,00 lei"],
    ["Crowd multiplication, per re-enactor filmed (clause 17.1)", "95,00 lei"],
]
TC_NOTE = (
    "Each fee of Table 3 is paid on top of the rate of Table 1 for the day of work on which "
    "the scan, the recording or the filming is made."
)


def agreement_lines() -> list[str]:
    lines = [A_TITLE, A_SUB]
    lines += [text for _, text in AGREEMENT]
    lines += [SCHED_TITLE, TA_NOTE, TA_TITLE, " | ".join(TA_HEAD)]
    lines += [" | ".join(r) for r in TA_ROWS]
    lines += TA_FOOTNOTES
    for title, head, rows in ((TB_TITLE, TB_HEAD, TB_ROWS), (TC_TITLE, TC_HEAD, TC_ROWS)):
        lines += [title, " | ".join(head)]
        lines += [" | ".join(r) for r in rows]
    lines.append(TC_NOTE)
    return lines


def agreement_text() -> str:
    return "\n".join(agreement_lines())


# ---- the typed 2023-2026 agreement ---------------------------------------------------------

OLD_STAMP = "*** SUPERSEDED — SEE 2027 AGREEMENT ***"
OLD_COL = 68  # the amounts end at this column


def _row(label: str, amount: str) -> str:
    """A typed rate line: the label, spaces, the amount ending at column OLD_COL."""
    pad = OLD_COL - 5 - len(label) - len(amount)
    if pad < 2:
        raise SystemExit(f"typed line too long: {label!r}")
    return "     " + label + " " * pad + amount


OLD_LINES: list[str] = [
    OLD_STAMP,
    "",
    "LIVING-HISTORY AGREEMENT 2023-2026",
    "",
    "between the Living History Guild of Orvanne (the Guild) and the Orvanne",
    "Heritage Sites Association (the Association). Typed copy of the signed",
    "text, for the Guild's files.",
    "",
    "Term: 1 November 2023 to 31 October 2026.",
    "",
    "ARTICLE 1 - MONEY",
    "1.1  All amounts are in lei. In the columns of this copy the letter L",
    "     stands for lei and is typed before the figure: L 1.250,50 is one",
    "     thousand two hundred and fifty lei and fifty bani.",
    "",
    "ARTICLE 3 - COSTUMED INTERPRETERS",
    "3.1  An interpretation day is eight (8) hours.",
    _row("Interpretation day", "L 1.390,00"),
    _row("First-person supplement, per day", "L 240,00"),
    "",
    "ARTICLE 4 - BATTLE RE-ENACTORS",
    _row("Engagement", "L 1.080,00"),
    _row("Mounted supplement, per engagement", "L 360,00"),
    _row("Black-powder supplement, per engagement", "L 165,00"),
    "",
    "ARTICLE 5 - JOUSTERS",
    _row("Tilt session", "L 990,00"),
    "",
    "ARTICLE 6 - CRAFT DEMONSTRATORS, PER DEMONSTRATION HOUR",
    _row("Blacksmith", "L 109,00"),
    _row("Glass-blower", "L 117,00"),
    _row("Weaver", "L 97,00"),
    "",
    "ARTICLE 7 - GUIDES, CASTLE NIGHTS, SCHOOLS AND CROWDS",
    _row("Costumed tour guide, per tour", "L 285,00"),
    _row("Castle-night actor, per evening", "L 640,00"),
    _row("School-programme presenter, per session", "L 270,00"),
    _row("Crowd re-enactor, per day", "L 480,00"),
    "",
    "ARTICLE 8 - ARMOUR",
    "8.1  No more than 60 minutes in full armour at a stretch, then a rest",
    "     out of armour.",
    "",
    "ARTICLE 9 - HOURS AND PREMIUMS",
    "9.1  Overtime after eight (8) hours: the hourly equivalent plus 50%.",
    "9.2  Castle nights, each hour after 21:00: a premium of 10% of the",
    "     hourly equivalent of the evening rate.",
    "9.3  Rest between two engagements: ten (10) hours.",
    "",
    "ARTICLE 10 - COSTUME",
    _row("Costume fitting, per hour", "L 80,00"),
    _row("Costume maintenance, per summer season", "L 700,00"),
    "",
    "ARTICLE 11 - TRAVEL AND MEALS",
    _row("Travel, per km beyond the first 25 km", "L 1,60"),
    _row("Meal, when no period meal is provided", "L 55,00"),
    "",
    "ARTICLE 12 - CANCELLATION",
    "12.1 An event cancelled for weather less than one day ahead: 50% of",
    "     the rate. No winter exception.",
    "",
    "ARTICLE 14 - WET-WEATHER DRYING",
    _row("Drying of a soaked costume, per costume", "L 45,00"),
    "",
    "ARTICLE 15 - CANDLES",
    _row("Candle allowance, castle nights, per night", "L 18,00"),
    "",
    "Signed at Tollmouth, 12 October 2023.",
    "For the Guild: Hester Antonescu-Blyth, President.",
    "For the Association: Anselm Drăgulescu-Reeve, Chair.",
]
OLD_PAGE_LINES = 46  # typed lines per page


def old_text() -> str:
    return "\n".join(line for line in OLD_LINES if line)


# ---- the French notice ----------------------------------------------------------------------


def lei(amount: str) -> str:
    """'1 250,50' -> '1 250,50 lei' with U+202F in the thousands and U+00A0 before 'lei'."""
    return amount.replace(" ", NNB) + NB + "lei"


N_TITLE = "Avis n° 2026-14"
N_SUB = (
    "Ratification de l'entente 2027 sur l'histoire vivante et la reconstitution – Tollmouth, "
    "le 1er décembre 2026"
)
NOTICE: list[tuple[str, str]] = [
    (
        "p",
        "La Guilde de l'histoire vivante d'Orvanne (GHVO) et l'Association des sites "
        "patrimoniaux d'Orvanne (ASPO), parties à l'entente 2027 signée à Tollmouth le "
        "2 octobre 2026 sous réserve de ratification, publient le présent avis conjoint.",
    ),
    ("h", "Ratification"),
    (
        "p",
        "Le scrutin s'est clos le 28 novembre 2026. L'entente est ratifiée par 842 voix "
        "contre 117. Le résultat est proclamé le 1er décembre 2026, qui est la date de la "
        "ratification. L'entente, appliquée à titre provisoire depuis le 1er novembre 2026, "
        "est confirmée à compter de cette date.",
    ),
    ("h", "Supplément poudre noire"),
    (
        "p",
        f"La deuxième question du bulletin de vote portait sur le supplément poudre noire "
        f"provisoire de la clause 2.3. Il est ratifié : le supplément est de {lei('210,00')} "
        "par engagement, confirmé à compter du 1er novembre 2026. Le montant de repli prévu "
        "si le supplément n'était pas ratifié ne s'applique pas.",
    ),
    ("h", "Licence perpétuelle"),
    (
        "p",
        "La troisième question portait sur la proposition de l'Association d'une licence "
        "perpétuelle des personnages historiques générés par l'IA, contre un paiement unique. "
        "Elle est rejetée par 903 voix contre 56 : la licence reste annuelle et révocable "
        "(clauses 15.2 et 15.3).",
    ),
    ("h", "Figurants"),
    (
        "p",
        "Le tarif journalier des figurants est relevé selon la clause 2.4, à compter de la "
        "première période de paie qui commence après la ratification ; le service de la paie "
        "de l'Association publie le calendrier des périodes de paie.",
    ),
    ("h", "Prochaines étapes"),
    (
        "p",
        "Le service de la paie applique l'entente ratifiée dès la prochaine paie. Le tarif "
        "indexé du jour d'interprétation sera publié avant le 1er mars 2027. Le comité mixte "
        "du patrimoine numérique sera convoqué par les deux parties au printemps.",
    ),
    ("h", "Diffusion"),
    (
        "p",
        "Le présent avis est affiché dans les loges de Greywick, de Fort Ludger, du château "
        "de Bramholt, de la lice de Marlpit et du musée du Delta de Tollmouth. Les questions "
        "sont adressées au bureau de la Guilde à Saint-Aubin-des-Joncs.",
    ),
    ("p", "Pour la Guilde : Hester Antonescu-Blyth, présidente."),
    ("p", "Pour l'Association : Gwendolyn Marsh-Iliescu, présidente."),
]
N_FOOTER = "GHVO / ASPO · avis n° 2026-14 · une page"


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
        if not cur or pdf.get_string_width(cand.replace(TIE, " ")) <= width:
            cur = cand
            continue
        lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    return [line.replace(TIE, " ") for line in lines]


# ---- building -------------------------------------------------------------------------------

MARGIN = 18.0
TOP = 18.0
BOTTOM = 280.0
LH = 4.4
BODY = 8.6
GUTTER = 9.0


def _doc(footer: str | None):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def footer(self) -> None:
            if footer is None:
                return
            self.set_font(FONT, "", 7.5)
            self.set_xy(MARGIN, self.h - 11)
            self.cell(self.w - 2 * MARGIN, 4, footer.format(n=self.page_no()), align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.add_font(MONO, "", os.path.join(FONT_DIR, "DejaVuSansMono.ttf"))
    pdf.add_font(MONO, "B", os.path.join(FONT_DIR, "DejaVuSansMono-Bold.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    return pdf


def col_width(pdf) -> float:
    return (pdf.w - 2 * MARGIN - GUTTER) / 2


class _Columns:
    """Two columns of lines down the page: the left one, then the right one, then a new
    page. Both columns share one grid of line heights."""

    def __init__(self, pdf, y: float) -> None:
        self.pdf = pdf
        self.col = 0
        self.top = y
        self.y = y
        self.pages = [pdf.page_no()]

    def x(self) -> float:
        return MARGIN + self.col * (col_width(self.pdf) + GUTTER)

    def room(self) -> int:
        return int((BOTTOM - self.y) / LH + 1e-6)

    def next_column(self) -> None:
        if self.col == 0:
            self.col = 1
        else:
            self.pdf.add_page()
            self.pages.append(self.pdf.page_no())
            self.col = 0
            self.top = TOP
        self.y = self.top

    def put(self, lines: list[str], style: str, keep: int = 1) -> None:
        if self.room() < min(keep, len(lines)):
            self.next_column()
        for line in lines:
            if self.room() < 1:
                self.next_column()
            self.pdf.set_font(FONT, style, BODY)
            self.pdf.set_xy(self.x(), self.y)
            self.pdf.cell(col_width(self.pdf), LH, line)
            self.y += LH

    def ensure(self, n: int) -> None:
        """Start a new column unless `n` lines fit (a heading kept with its text)."""
        if self.room() < n:
            self.next_column()

    def blank(self, lines: float) -> None:
        if self.y > self.top + 0.1:
            self.y += lines * LH


CLH = 3.9  # line height inside table cells
CPAD = 1.2  # padding above and below the lines of a cell
CFONT = 7.8


def _cell_lines(pdf, row, widths: list[float]) -> list[list[str]]:
    pdf.set_font(FONT, "", CFONT)
    return [wrap(pdf, text, w - 3) if text else [] for text, w in zip(row, widths, strict=True)]


def _draw_row(pdf, y, cells: list[list[str]], widths, aligns, bold=False) -> float:
    """Draw one row of bordered cells holding `cells` (lists of lines); return the new y."""
    n = max(1, *(len(c) for c in cells))
    h = n * CLH + 2 * CPAD
    x = MARGIN
    pdf.set_font(FONT, "B" if bold else "", CFONT)
    for lines, w, align in zip(cells, widths, aligns, strict=True):
        pdf.rect(x, y, w, h)
        for k, line in enumerate(lines):
            pdf.set_xy(x + 1.5, y + CPAD + k * CLH)
            pdf.cell(w - 3, CLH, line, align=align)
        x += w
    return y + h


def _table(pdf, y, title, head, rows, widths, aligns) -> float:
    pdf.set_font(FONT, "B", 8.6)
    pdf.set_xy(MARGIN, y)
    pdf.cell(sum(widths), 5, title)
    y += 6
    for r, row in enumerate([head, *rows]):
        cells = _cell_lines(pdf, row, widths)
        y = _draw_row(pdf, y, cells, widths, aligns, bold=r == 0)
    return y


def _agreement():
    pdf = _doc(FOOTER)
    pdf.set_title(A_TITLE)
    pdf.set_author("LHGO / OHSA")
    pdf.set_creation_date(datetime.datetime(2026, 10, 2, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    full_w = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 15)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(full_w, 7, A_TITLE)
    pdf.set_font(FONT, "I", BODY)
    y = TOP + 9
    for line in wrap(pdf, A_SUB, full_w):
        pdf.set_xy(MARGIN, y)
        pdf.cell(full_w, LH, line)
        y += LH
    cols = _Columns(pdf, y + 4)
    cw = col_width(pdf)
    for kind, text in AGREEMENT:
        if kind == "part":
            cols.blank(0.7)
            pdf.set_font(FONT, "B", BODY)
            lines = wrap(pdf, text, cw)
            cols.ensure(len(lines) + 4)
            cols.put(lines, "B")
        elif kind == "art":
            cols.blank(0.35)
            pdf.set_font(FONT, "B", BODY)
            lines = wrap(pdf, text, cw)
            cols.ensure(len(lines) + 2)
            cols.put(lines, "B")
        else:
            pdf.set_font(FONT, "", BODY)
            cols.put(wrap(pdf, text, cw), "", keep=2)
    global TWO_COLUMN_PAGES
    TWO_COLUMN_PAGES = list(cols.pages)
    # Schedule A, Table 1 on a landscape page, its footnotes at the foot of the page
    pdf.add_page(orientation="L")
    full_w = pdf.w - 2 * MARGIN
    y = 16.0
    pdf.set_font(FONT, "B", 11)
    pdf.set_xy(MARGIN, y)
    pdf.cell(full_w, 6, SCHED_TITLE)
    y += 8
    pdf.set_font(FONT, "", BODY)
    for line in wrap(pdf, TA_NOTE, full_w):
        pdf.set_xy(MARGIN, y)
        pdf.cell(full_w, LH, line)
        y += LH
    y = _table(pdf, y + 3, TA_TITLE, TA_HEAD, TA_ROWS, TA_WIDTHS, ["C", "L", "L", "R", "R"])
    pdf.set_font(FONT, "", 7.6)
    foot = [ln for note in TA_FOOTNOTES for ln in wrap(pdf, note, full_w)]
    fy = pdf.h - 16 - len(foot) * 3.8
    if fy < y + 8:
        raise SystemExit("agreement: Table 1 runs into its footnotes")
    pdf.line(MARGIN, fy - 2, MARGIN + 60, fy - 2)
    for line in foot:
        pdf.set_xy(MARGIN, fy)
        pdf.cell(full_w, 3.8, line)
        fy += 3.8
    global LANDSCAPE_PAGE
    LANDSCAPE_PAGE = pdf.page_no()
    # Tables 2 and 3 on a portrait page
    pdf.add_page(orientation="P")
    full_w = pdf.w - 2 * MARGIN
    y = TOP
    for title, head, rows in ((TB_TITLE, TB_HEAD, TB_ROWS), (TC_TITLE, TC_HEAD, TC_ROWS)):
        y = _table(pdf, y, title, head, rows, [full_w - 42, 42], ["L", "R"])
        y += 6
    pdf.set_font(FONT, "", BODY)
    for line in wrap(pdf, TC_NOTE, full_w):
        pdf.set_xy(MARGIN, y)
        pdf.cell(full_w, LH, line)
        y += LH
    if y > BOTTOM:
        raise SystemExit("agreement: the last page runs over")
    return pdf


TWO_COLUMN_PAGES: list[int] = []
LANDSCAPE_PAGE = 0


def build_agreement(write: bool = True) -> bytes:
    pdf = _agreement()
    data = bytes(pdf.output())
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print("wrote", AGREEMENT_OUT, pdf.page_no(), "pages")
    return data


def _old():
    pdf = _doc(None)
    pdf.set_title("Living-History Agreement 2023-2026 (typed copy)")
    pdf.set_author("LHGO")
    pdf.set_creation_date(datetime.datetime(2023, 10, 12, 12, 0, tzinfo=datetime.UTC))
    lh = 5.2
    for start in range(0, len(OLD_LINES), OLD_PAGE_LINES):
        pdf.add_page()
        y = 22.0
        for line in OLD_LINES[start : start + OLD_PAGE_LINES]:
            stamp = line == OLD_STAMP
            pdf.set_font(MONO, "B" if stamp else "", 9.5)
            pdf.set_text_color(*((170, 20, 20) if stamp else (30, 30, 30)))
            pdf.set_xy(22, y)
            pdf.cell(0, lh, line)
            y += lh
    pdf.set_text_color(0, 0, 0)
    return pdf


def build_old(write: bool = True) -> bytes:
    pdf = _old()
    data = bytes(pdf.output())
    if write:
        with open(OLD_OUT, "wb") as f:
            f.write(data)
        print("wrote", OLD_OUT, pdf.page_no(), "pages")
    return data


def build_notice(write: bool = True) -> bytes:
    pdf = _doc(N_FOOTER)
    pdf.set_title(N_TITLE)
    pdf.set_author("GHVO / ASPO")
    pdf.set_creation_date(datetime.datetime(2026, 12, 1, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    full_w = pdf.w - 2 * MARGIN - 10
    pdf.set_font(FONT, "B", 15)
    pdf.set_xy(MARGIN + 5, TOP + 4)
    pdf.cell(full_w, 8, N_TITLE)
    pdf.set_font(FONT, "I", 9.5)
    y = TOP + 15
    for line in wrap(pdf, N_SUB, full_w):
        pdf.set_xy(MARGIN + 5, y)
        pdf.cell(full_w, 5, line)
        y += 5
    y += 4
    for kind, text in NOTICE:
        if kind == "h":
            y += 2
            pdf.set_font(FONT, "B", 10.5)
            pdf.set_xy(MARGIN + 5, y)
            pdf.cell(full_w, 6, text)
            y += 7
            continue
        pdf.set_font(FONT, "", 10)
        for line in wrap(pdf, text, full_w):
            pdf.set_xy(MARGIN + 5, y)
            pdf.cell(full_w, 5.2, line)
            y += 5.2
        y += 2.5
    if y > pdf.h - 18:
        raise SystemExit("notice: more than one page")
    data = bytes(pdf.output())
    if write:
        with open(NOTICE_OUT, "wb") as f:
            f.write(data)
        print("wrote", NOTICE_OUT)
    return data


if __name__ == "__main__":
    build_agreement()
    build_old()
    build_notice()
