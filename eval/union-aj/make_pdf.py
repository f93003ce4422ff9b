#!/usr/bin/env python3
"""Build the three PDFs of union-aj (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-aj/make_pdf.py    # fpdf2 is in the venv

- docs/afsg-clspa-aerial-wire-fire-stunt-agreement-2026.pdf: the Aerial, Wire and Fire
  Stunt Agreement 2026 in English, clauses numbered "12.3(b)". Every page has a RUNNING
  HEADER (the title and "FY2027") and a footer ("page N of M", "© 2026"). Page 2 has a
  DIAGONAL WATERMARK, "SPECIMEN", drawn in light grey BEHIND the body (before it, in the
  page's header routine): pdfplumber slips its letters into the body lines they cross,
  pypdf reads it first. Schedule A's Table 3, the rate table, RUNS OVER A PAGE BREAK: its header row
  is REPEATED on the next page, and one row (line 11, the full-burn supplement) is SPLIT
  across the break, its last item lines under "(cont.)" on the next page (the figures stay
  with the first part). Tables 1 and 2 come before it, on the same page.
- docs/afsg-stunt-aerial-agreement-2022-2025-typed.pdf: the previous agreement as a TYPED
  page (DejaVu Sans Mono, figures written with a plain letter P, "P9,120.00", columns
  aligned with spaces, no table, no ruling line), stamped on its first line "REPLACED BY
  THE 2026 AGREEMENT".
- docs/avis-2026-11-retrait-indemnite-traversee.pdf: the French notice n° 2026-11 (one
  page) that WITHDRAWS notice n° 2026-09 (1 480,00 ₱ a crossing) and RESTORES the previous
  figure, 1 350,00 ₱.

DejaVu Sans (/usr/share/fonts/truetype/dejavu) draws ₱, U+202F, U+2212 and "°". Lines are
broken by this script, never inside an amount, a percentage, a date, a clause reference or
a phrase the questions quote (TIES). `agreement_text()`, `old_text()` and `notice_text()`
return the text for check_set.py (table cells joined by " | "); `HEADER` and `FOOTER` are
what every agreement page adds. Fixed creation dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "afsg-clspa-aerial-wire-fire-stunt-agreement-2026.pdf")
OLD_OUT = os.path.join(HERE, "docs", "afsg-stunt-aerial-agreement-2022-2025-typed.pdf")
NOTICE_OUT = os.path.join(HERE, "docs", "avis-2026-11-retrait-indemnite-traversee.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
MONO = "DejaVuMono"
NB = "\u00a0"
NNB = "\u202f"
TIE = "\u0001"  # a space the line breaker must not break at (never in the output)

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MOIS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
TIES = [
    re.compile(r"PHP \d"),
    re.compile(r"USD \d+"),
    re.compile(
        r"\d+ (?:%|hours?|days?|minutes|m|km/h|kN|°C|productions|shows|centavos|members)(?![\w/])"
    ),
    re.compile(r"\d+–\d+ m\b"),
    re.compile(r"\bover 20 m\b"),
    re.compile(r"\b1,200 °C"),
    re.compile(rf"\b\d{{1,2}} (?:{_MONTHS}) \d{{4}}\b"),
    re.compile(rf"\b1er (?:{_MOIS}) \d{{4}}\b"),
    re.compile(rf"\b\d{{1,2}} (?:{_MOIS}) \d{{4}}\b"),
    re.compile(r"\b(?:clauses?|line|lines|Article|Schedule) [\dA-Z]+(?:\.\d+)?(?:\([a-z]\))?"),
    re.compile(r"\bForm P-7\b"),
    re.compile(r"\bno more than \d+ \w+"),
    re.compile(r"\bat least \d+ \w+"),
    re.compile(r"\bwithin \d+ days\b"),
    re.compile(r"\bnot carried over\b"),
    re.compile(r"\bonce a quarter\b"),
    re.compile(r"\btwo shows\b"),
    re.compile(r"\bSimulated stunt based on the performance of\b"),
    re.compile(r"\bn° \d{4}-\d\d\b"),
    re.compile(r"\b\d\d:\d\d and \d\d:\d\d\b"),
    re.compile(r" [;:!?»]"),
    re.compile(r"« "),
]

# ---- the agreement ----------------------------------------------------------------------

HEADER = "Aerial, Wire and Fire Stunt Agreement 2026 · in force to the end of FY2027"
FOOTER = "AFSG / CLSPA · page {n} of {{nb}} · © 2026"
WATERMARK = "SPECIMEN"
WATERMARK_PAGE = 2
A_TITLE = "Aerial, Wire and Fire Stunt Agreement 2026"
A_SUB = (
    "between the Aerial and Fire Stunt Performers' Guild of Corallie (AFSG; in French, "
    "Guilde des cascadeurs aériens et du feu de Corallie, GCAF) and the Corallie Live and "
    "Screen Producers' Association (CLSPA; in French, Association des producteurs de "
    "spectacles et d'écran de Corallie, APSEC)"
)

AGREEMENT: list[tuple[str, str]] = [
    ("part", "Part I – General"),
    ("art", "Clause 1 – Parties, scope and amounts"),
    (
        "p",
        "1.1 This Agreement binds the Association, for its members Halyard Bay Arena Ltd, "
        "Skyreef Park Spectaculars, Saltmarsh Studios, Tidewire Pictures and Productions "
        "Anse-aux-Brumes, and the Guild, whenever a member of the Guild performs a stunt in "
        "Corallie for film, television, an arena show, a theme-park spectacular or a stage "
        "musical.",
    ),
    (
        "p",
        "1.2 It covers: (a) wire performers, flown on a rig; (b) aerialists on silks, hoop or "
        "trapeze; (c) high-fall performers; (d) fire-burn performers; (e) flying doubles for "
        "actors; (f) rigging-test performers; (g) ratchet and jerk-off pull performers; and "
        "(h) safety standbys.",
    ),
    (
        "p",
        "1.3 Amounts are in Corallie pesos, written the way the Philippine peso is written: "
        "the symbol before the figure, commas between the thousands and a point before the "
        "centavos, as in ₱1,250.50, which is one thousand two hundred and fifty pesos and "
        "fifty centavos, also written 1,250.50 pesos. Payroll systems print the code instead of the symbol, as in "
        "PHP 1,250.50 or Php1,250.50, and older typed documents use a plain capital letter P "
        "as the symbol, as in P1,250.50. One peso is 100 centavos; an amount under one peso "
        "is written in centavos, as in 75 centavos (₱0.75).",
    ),
    (
        "p",
        '1.4 "FY2027" means the fiscal year from 1 April 2027 to 31 March 2028; each fiscal '
        "year is named after the calendar year in which it begins.",
    ),
    (
        "p",
        "1.5 The English and French texts of this Agreement are equally authentic. A "
        "reference to a clause is a reference to a clause of this Agreement, as in "
        "clause 12.3(b).",
    ),
    ("art", "Clause 2 – Term and retroactivity"),
    (
        "p",
        "2.1 This Agreement was signed at Port-Bastide on 15 March 2026. It runs from "
        "1 January 2026 to 31 March 2028, the end of FY2027.",
    ),
    (
        "p",
        "2.2 This Agreement is retroactive to 1 January 2026. The rates in the first column "
        "of Table 3 in Schedule A, headed FY2026, apply to all work done from 1 January 2026 to "
        "31 March 2027, including work done before the signature; the rates in the FY2027 "
        "column apply from 1 April 2027.",
    ),
    (
        "p",
        "2.3 For work done between 1 January 2026 and the signature, the producer pays the "
        "difference between the rates of this Agreement and the rates paid within 60 days "
        "of the signature, on a separate line of the payslip.",
    ),
    ("part", "Part II – Work, pay and safety"),
    ("art", "Clause 3 – Wire performers and flying doubles"),
    (
        "p",
        "3.1 A wire performer is flown on a rig and is paid per flying day of 9 hours at the "
        "rate in line 1 of Table 3 in Schedule A.",
    ),
    (
        "p",
        "3.2 A harness supplement is paid per flying day on top of the flying day rate: for "
        "a two-point harness, line 2; for a multi-point harness, line 3. Only the higher "
        "supplement is paid when both harnesses are worn on the same day.",
    ),
    (
        "p",
        "3.3 A flying double, who is flown in place of an actor, is paid per flying day at "
        "the rate in line 4.",
    ),
    (
        "p",
        "3.4 Every harness and every fall-arrest device is rated at least 22 kN and is "
        "inspected by the rigger before each flying day.",
    ),
    ("art", "Clause 4 – Aerialists"),
    (
        "p",
        "4.1 An aerialist performs on silks, hoop or trapeze and is paid per show in a run at "
        "the rate in line 5, with no more than two shows in a day.",
    ),
    (
        "p",
        "4.2 Rehearsals are paid per rehearsal hour at the rate in line 6; a started "
        "half-hour counts as half an hour.",
    ),
    ("art", "Clause 5 – High falls"),
    (
        "p",
        "5.1 A high-fall performer is paid per fall at the rate in line 7, and a height band "
        "supplement per fall: line 8 for a fall of 10–20 m, line 9 for a fall over 20 m.",
    ),
    (
        "p",
        "5.2 The height is measured from the platform to the top of the landing bag. A fall "
        "from 25 m, such as the tower fall of the Skyreef Park show, is in the band over 20 m.",
    ),
    ("art", "Clause 6 – Fire burns"),
    (
        "p",
        "6.1 A fire-burn performer is paid per burn at the rate in line 10 for a partial "
        "burn. A full-body burn also carries the full-burn supplement in line 11, per burn.",
    ),
    (
        "p",
        "6.2 Protective gel and layers are supplied by the producer and are tested against "
        "flame temperatures of up to 1,200 °C before the first burn of each production.",
    ),
    ("art", "Clause 7 – Rigging tests, pulls and standbys"),
    (
        "p",
        "7.1 A rigging-test performer is a person who is flown, dropped or pulled on a new or "
        "altered rig before any other performer uses it, and is paid per test session at the "
        "rate in line 12.",
    ),
    (
        "p",
        '7.2 A "sandbag" test, made with weights or a dummy, is not a performer\'s test: no '
        "fee is paid for it, and no performer may be asked to stand in for a sandbag.",
    ),
    (
        "p",
        "7.3 A ratchet or jerk-off pull performer, who is pulled off their feet by a ratchet "
        "or by a team on a line, is paid per day at the rate in line 13 and per pull at the "
        "rate in line 14.",
    ),
    (
        "p",
        "7.4 A safety standby, who stays ready on set to take over a stunt or to assist a "
        "rescue, is paid per day at the rate in line 15.",
    ),
    ("art", "Clause 8 – Hours, overtime and night work"),
    (
        "p",
        "8.1 A day of work is 9 hours. Work past 9 hours is overtime, paid for each hour at "
        "one ninth of the day rate increased by 50%.",
    ),
    (
        "p",
        "8.2 Work between 22:00 and 06:00 carries a night premium of 20% of the hourly "
        "equivalent of the day rate.",
    ),
    ("art", "Clause 9 – Rigs and rescue"),
    (
        "p",
        "9.1 No performer is flown, dropped or pulled until a written rescue plan for that "
        "rig is posted on site and read to the performers.",
    ),
    (
        "p",
        "9.2 A rescue-trained rigger is on site whenever a performer is in a harness, and "
        "stays within reach of the rescue kit.",
    ),
    (
        "p",
        "9.3 No performer hangs in a harness for more than 18 minutes at a stretch; after "
        "each stretch the performer rests on the ground for at least 10 minutes.",
    ),
    (
        "p",
        "9.4 Every new rig, and every rig altered since its last use, is rehearsed at least "
        "once at full speed before it is used in a show or on camera. Rigs are named by their "
        "code, as RIG-1250, the ceiling track of Hangar 3 at Saltmarsh Studios.",
    ),
    (
        "p",
        "9.5 Outdoor flying stops when the mean wind exceeds 50 km/h, subject to clause 14.",
    ),
    (
        "p",
        "9.6 Each performer who takes part in a rescue drill is paid ₱720.00 per drill.",
    ),
    ("art", "Clause 10 – Burns"),
    (
        "p",
        "10.1 A full burn is done only after a medical check made no more than 10 days "
        "before the burn.",
    ),
    (
        "p",
        "10.2 A fire safety officer, named on the call sheet, is present from the lighting "
        "of the fire until the performer is out of the gel.",
    ),
    (
        "p",
        "10.3 The same performer does not do two full burns without a rest of at least "
        "48 hours between them.",
    ),
    ("art", "Clause 11 – Co-productions"),
    (
        "p",
        "11.1 On a co-production with a producer from outside Corallie: (a) when filming "
        "takes place outside Corallie, each performer receives a location allowance of "
        "US$450 a day, paid in US dollars and shown on the payslip as USD 450, beside the "
        "peso rate of Schedule A, which is paid as usual; (b) when filming takes place in "
        "Corallie, the location allowance is ₱2,950.00 a day.",
    ),
    (
        "p",
        "11.2 No other amount of this Agreement is paid in a currency other than the peso.",
    ),
    ("art", "Clause 12 – Allowances and insurance"),
    (
        "p",
        "12.1 The producer pays each performer engaged for 20 days or more in a fiscal year "
        "an equipment and harness allowance of ₱6,400.00 a year, with the first pay of the "
        "fiscal year.",
    ),
    (
        "p",
        "12.2 The producer carries accident insurance of ₱2.4M per performer (M means "
        "million: ₱2,400,000.00) for every day of work.",
    ),
    (
        "p",
        "12.3 Travel between islands: (a) the producer pays a travel allowance of ₱1,350.00 "
        "per island crossing made for work; (b) a crossing is one trip by ferry or plane "
        "from one island of Corallie to another, and a return trip is two crossings.",
    ),
    ("art", "Clause 13 – Payment"),
    (
        "p",
        "13.1 Pay is due within 14 days of the end of each pay period. An adjustment is "
        "shown on its own line of the payslip, with its reason.",
    ),
    ("art", "Clause 14 – Wind limit pilot"),
    (
        "p",
        "14.1 From 1 April 2026, as a pilot, outdoor flying stops when the mean wind exceeds "
        "40 km/h, instead of the limit in clause 9.5.",
    ),
    (
        "p",
        "14.2 This clause expires on 30 June 2027 unless renewed; if it is not renewed, "
        "clause 9.5 applies again from 1 July 2027.",
    ),
    ("part", "Part III – Digital stunt doubles and artificial intelligence"),
    ("art", "Clause 15 – Digital stunt doubles"),
    (
        "p",
        "15.1 A digital stunt double is a computer-generated double built from a scan of a "
        "performer's body and movement.",
    ),
    (
        "p",
        "15.2 A scan is made only with the performer's written consent for each production, "
        "given on the numbered Form P-7, which names the production by its number, as "
        "PRD-2027-031. Consent for one production is never consent for another.",
    ),
    (
        "p",
        "15.3 The producer pays: (a) a scan fee of ₱5,200.00 per scan session; and (b) a "
        "re-use fee of ₱3,900.00 for each further production that uses the double.",
    ),
    ("art", "Clause 16 – Simulated falls and burns"),
    (
        "p",
        "16.1 A simulated stunt is a fall or a burn generated by AI in place of a real one. "
        "The performer whose scan or motion is used is paid ₱4,450.00 for each simulated "
        "stunt in a production.",
    ),
    (
        "p",
        "16.2 A production may not replace a contracted stunt with a simulation without "
        "paying the contracted performer the contracted fee in full.",
    ),
    (
        "p",
        '16.3 Where a stunt is simulated, the credits read "Simulated stunt based on the '
        "performance of\" followed by the performer's name.",
    ),
    ("art", "Clause 17 – Motion data"),
    (
        "p",
        "17.1 The motion of a rig session may be captured for physics simulations only with "
        "the performer's written consent.",
    ),
    ("p", "17.2 The producer pays ₱2,150.00 for each rig session captured."),
    ("p", "17.3 Motion data is never sold or licensed to a third party."),
    ("art", "Clause 18 – Voice of effort"),
    (
        "p",
        "18.1 Screams, breaths and other sounds of effort recorded during a stunt are paid "
        "₱1,250.00 per session.",
    ),
    (
        "p",
        "18.2 A recording of effort may be re-used in no more than 3 productions, the first "
        "one included.",
    ),
    ("art", "Clause 19 – Deletion"),
    (
        "p",
        "19.1 On the performer's written request, the producer deletes every scan and all "
        "motion data of that performer within 45 days and confirms the deletion in writing.",
    ),
    ("art", "Clause 20 – Joint AI committee"),
    (
        "p",
        "20.1 A joint AI committee of three members named by each party meets quarterly "
        "(once a quarter), the first meeting no later than 1 March 2027.",
    ),
    (
        "p",
        "20.2 The committee reviews every use of digital stunt doubles, simulated stunts and "
        "motion data, and reports to both parties.",
    ),
    ("part", "Part IV – Previous agreement and signature"),
    ("art", "Clause 21 – The 2022–2025 agreement"),
    (
        "p",
        "21.1 Article 16 of the Stunt and Aerial Performers' Agreement 2022–2025, the "
        "rescue-drill fee, is kept, as clause 9.6 of this Agreement.",
    ),
    (
        "p",
        "21.2 Article 11 of the 2022–2025 agreement, the rope-burn laundry allowance of "
        "₱110.00 a day, is not carried over.",
    ),
    ("p", "21.3 The rest of the 2022–2025 agreement ended on 31 December 2025."),
    ("art", "Clause 22 – Signature"),
    (
        "p",
        "Signed at Port-Bastide on 15 March 2026. For the Guild: Marisol Thibodeau-Ancheta, "
        "President, and Dominic Arceneaux-Reyes, General Secretary. For the Association: "
        "Gerald Villafuerte-Landry, Chair.",
    ),
]

SCHED_TITLE = "Schedule A – Rates"
SCHED_NOTES = [
    "Amounts are per person and per unit shown, before tax. The FY2026 column applies from "
    "1 January 2026, retroactively (clause 2.2), to 31 March 2027; the FY2027 column applies "
    'from 1 April 2027. Table 3 numbers its lines; the clauses refer to them as "line 1" '
    'to "line 15".',
]
TA_NOTE = (
    "Table 3 gives the rates of each role for each fiscal year. A supplement is paid on top "
    "of the flying day, fall or burn rate of the same role, never instead of it. A performer "
    "engaged in two roles on the same day is paid the higher day rate and the supplements of "
    "both roles. Rates are per person, before tax and before the premiums of Table 1."
)
TA_TITLE = "Table 3 – Day, show, fall, burn, session and pull rates"
TA_HEAD = ["Line", "Role", "Item", "FY2026 (from 1 January 2026)", "FY2027"]
TA_WIDTHS = [12.0, 38.0, 68.0, 28.0, 28.0]
# (line, role, item, FY2026, FY2027)
TA_ROWS: list[tuple[str, str, str, str, str]] = [
    ("1", "Wire performer", "Flying day (9 hours)", "₱9,850.00", "₱10,240.00"),
    (
        "2",
        "Wire performer",
        "Two-point harness supplement, per flying day",
        "₱1,150.00",
        "₱1,190.00",
    ),
    (
        "3",
        "Wire performer",
        "Multi-point harness supplement, per flying day",
        "₱1,780.00",
        "₱1,840.00",
    ),
    ("4", "Flying double", "Flying day (9 hours)", "₱10,600.00", "₱11,020.00"),
    ("5", "Aerialist", "Show in a run", "₱3,460.00", "₱3,620.00"),
    ("6", "Aerialist", "Rehearsal hour", "₱690.00", "₱715.00"),
    ("7", "High-fall performer", "Fall, per fall", "₱5,600.00", "₱5,820.00"),
    ("8", "High-fall performer", "Height band 10–20 m, per fall", "₱2,300.00", "₱2,390.00"),
    ("9", "High-fall performer", "Height band over 20 m, per fall", "₱4,100.00", "₱4,260.00"),
    ("10", "Fire-burn performer", "Partial burn, per burn", "₱4,900.00", "₱5,090.00"),
    (
        "11",
        "Fire-burn performer",
        "Full-burn supplement, per burn, on top of line 10; paid for a full-body burn made "
        "after the medical check of clause 10.1, with the fire safety officer of clause 10.2 "
        "present, and never twice within the rest of clause 10.3",
        "₱3,750.00",
        "₱3,880.00",
    ),
    ("12", "Rigging-test performer", "Test session", "₱2,650.00", "₱2,760.00"),
    ("13", "Ratchet or jerk-off pull performer", "Day", "₱8,700.00", "₱9,040.00"),
    ("14", "Ratchet or jerk-off pull performer", "Per pull", "₱640.00", "₱665.00"),
    ("15", "Safety standby", "Day", "₱4,200.00", "₱4,380.00"),
]
SPLIT_LINE = "11"  # the row whose cells run over the page break
CONT = "(cont.)"
TB_TITLE = "Table 1 – Premiums and allowances"
TB_HEAD = ["Item", "Rate"]
TB_ROWS = [
    ["Overtime past 9 hours (clause 8.1)", "50%"],
    ["Night work, 22:00–06:00 (clause 8.2)", "20%"],
    ["Rescue drill, per drill (clause 9.6)", "₱720.00"],
    ["Location allowance outside Corallie, a day (clause 11.1(a))", "US$450"],
    ["Location allowance in Corallie, a day (clause 11.1(b))", "₱2,950.00"],
    ["Equipment and harness allowance, a year (clause 12.1)", "₱6,400.00"],
    ["Island crossing, per crossing (clause 12.3(a))", "₱1,350.00"],
]
TC_TITLE = "Table 2 – Digital stunt doubles and AI"
TC_HEAD = ["Item", "Fee"]
TC_ROWS = [
    ["Scan session for a digital stunt double (clause 15.3(a))", "₱5,200.00"],
    ["Each further production re-using a double (clause 15.3(b))", "₱3,900.00"],
    ["Simulated fall or burn, per stunt (clause 16.1)", "₱4,450.00"],
    ["Motion data, per rig session (clause 17.2)", "₱2,150.00"],
    ["Voice of effort, per session (clause 18.1)", "₱1,250.00"],
]


def agreement_lines() -> list[str]:
    lines = [A_TITLE, A_SUB]
    lines += [text for _, text in AGREEMENT]
    lines += [SCHED_TITLE, *SCHED_NOTES]
    for title, head, rows in ((TB_TITLE, TB_HEAD, TB_ROWS), (TC_TITLE, TC_HEAD, TC_ROWS)):
        lines += [title, " | ".join(head)]
        lines += [" | ".join(r) for r in rows]
    lines += [TA_NOTE, TA_TITLE, " | ".join(TA_HEAD)]
    lines += [" | ".join(r) for r in TA_ROWS]
    return lines


def agreement_text() -> str:
    return "\n".join(agreement_lines())


# ---- the typed 2022-2025 agreement ---------------------------------------------------------

OLD_STAMP = "*** REPLACED BY THE 2026 AGREEMENT - KEPT FOR REFERENCE ONLY ***"
OLD_COL = 66  # the amounts end at this column


def _row(label: str, amount: str) -> str:
    """A typed rate line: the label, spaces, the amount ending at column OLD_COL."""
    pad = OLD_COL - 5 - len(label) - len(amount)
    if pad < 2:
        raise SystemExit(f"typed line too long: {label!r}")
    return "     " + label + " " * pad + amount


OLD_LINES: list[str] = [
    OLD_STAMP,
    "",
    "STUNT AND AERIAL PERFORMERS' AGREEMENT 2022-2025",
    "",
    "between the Aerial and Fire Stunt Performers' Guild of Corallie (the",
    "Guild) and the Corallie Live and Screen Producers' Association (the",
    "Association).  Typed copy of the signed text, for the Guild's files.",
    "",
    "Term: 1 January 2022 to 31 December 2025.",
    "",
    "ARTICLE 1 - MONEY",
    "1.1  All amounts are in pesos.  This typewriter has no peso sign: the",
    "     letter P stands for it, before the figure.",
    "",
    "ARTICLE 2 - WHO IS COVERED",
    "2.1  Wire performers, aerialists, high-fall performers, fire-burn",
    "     performers, flying doubles, rigging-test performers, ratchet and",
    "     jerk-off pull performers and safety standbys.",
    "",
    "ARTICLE 4 - WIRE PERFORMERS AND FLYING DOUBLES",
    "4.1  A flying day is ten (10) hours.",
    "",
    _row("Wire performer, flying day", "P9,120.00"),
    _row("Two-point harness supplement, per flying day", "P980.00"),
    _row("Multi-point harness supplement, per flying day", "P1,520.00"),
    _row("Flying double, flying day", "P9,800.00"),
    "",
    "ARTICLE 5 - AERIALISTS",
    _row("Aerialist, show in a run", "P3,180.00"),
    _row("Aerialist, rehearsal hour", "P655.00"),
    "",
    "ARTICLE 6 - HIGH FALLS",
    _row("High fall, per fall", "P5,150.00"),
    _row("Height band 10-20 m, per fall", "P2,050.00"),
    _row("Height band over 20 m, per fall", "P3,700.00"),
    "",
    "ARTICLE 7 - FIRE BURNS",
    _row("Partial burn, per burn", "P4,520.00"),
    _row("Full-burn supplement, per burn", "P3,400.00"),
    "7.2  A medical check is made no more than fourteen (14) days before a",
    "     full burn.",
    "",
    "ARTICLE 8 - TESTS, PULLS AND STANDBYS",
    _row("Rigging-test performer, test session", "P2,400.00"),
    _row("Ratchet or jerk-off pull performer, day", "P8,050.00"),
    _row("Ratchet or jerk-off pull performer, per pull", "P590.00"),
    _row("Safety standby, day", "P3,850.00"),
    "",
    "ARTICLE 9 - HOURS",
    "9.1  Overtime after ten (10) hours: the hourly equivalent plus 50%.",
    "9.2  Night work, 22:00 to 06:00: a premium of 15% of the hourly",
    "     equivalent of the day rate.",
    "",
    "ARTICLE 10 - SAFETY",
    "10.1 No more than thirty (30) minutes in a harness at a stretch.",
    "10.2 No outdoor flying in a mean wind above 50 km/h.",
    "10.3 A rigger stays on site while a performer is in a harness.",
    "",
    "ARTICLE 11 - ROPE-BURN LAUNDRY",
    _row("Rope-burn laundry allowance, per day", "P110.00"),
    "",
    "ARTICLE 12 - TRAVEL",
    _row("Island crossing, per crossing", "P1,180.00"),
    "",
    "ARTICLE 13 - EQUIPMENT",
    _row("Equipment and harness allowance, per year", "P5,750.00"),
    "",
    "ARTICLE 14 - PAYMENT",
    "14.1 Pay is due within twenty-one (21) days of the end of the pay",
    "     period.",
    "",
    "ARTICLE 16 - RESCUE DRILLS",
    _row("Rescue drill, per drill", "P720.00"),
    "",
    "Signed at Port-Bastide, 9 December 2021.",
    "For the Guild: Marisol Thibodeau-Ancheta, President.",
    "For the Association: Gerald Villafuerte-Landry, Chair.",
]
OLD_PAGE_LINES = 48  # typed lines per page


def old_text() -> str:
    return "\n".join(line for line in OLD_LINES if line)


# ---- the French notice ----------------------------------------------------------------------


def peso(amount: str) -> str:
    """'1 350,00' -> '1 350,00 ₱' with U+202F in the thousands and U+00A0 before '₱'."""
    return amount.replace(" ", NNB) + NB + "₱"


N_TITLE = "Avis n° 2026-11"
N_SUB = (
    "Retrait de l'avis n° 2026-09 sur l'indemnité de traversée – Port-Bastide, le 1er décembre 2026"
)
NOTICE: list[tuple[str, str]] = [
    (
        "p",
        "La Guilde des cascadeurs aériens et du feu de Corallie (GCAF) et l'Association des "
        "producteurs de spectacles et d'écran de Corallie (APSEC), parties à l'entente de "
        "2026 sur les cascades aériennes, sur fil et au feu, publient le présent avis conjoint.",
    ),
    ("h", "Retrait"),
    (
        "p",
        f"L'avis n° 2026-09 du 2 novembre 2026, qui portait l'indemnité de déplacement par "
        f"traversée entre deux îles de {peso('1 350,00')} à {peso('1 480,00')} à compter du "
        "1er janvier 2027, est retiré. Il n'a jamais pris effet.",
    ),
    ("h", "Montant rétabli"),
    (
        "p",
        f"Le montant précédent est rétabli : l'indemnité est de {peso('1 350,00')} par "
        "traversée, comme le prévoit la clause 12.3(a) de l'entente. Elle est due pour chaque "
        "traversée faite pour le travail, en traversier ou en avion ; un aller-retour compte "
        "pour deux traversées.",
    ),
    ("h", "Motifs"),
    (
        "p",
        "L'avis n° 2026-09 avait été publié avant que le conseil de l'Association ne "
        "l'approuve. Le conseil ne l'a pas approuvé à sa séance du 28 novembre 2026 ; la "
        "question sera de nouveau discutée lors de la révision des tarifs de l'exercice FY2028.",
    ),
    (
        "p",
        "Aucune somme n'est reprise aux cascadeurs : aucune traversée n'a été payée au "
        "montant retiré, qui ne devait s'appliquer qu'à partir de janvier.",
    ),
    ("h", "Diffusion"),
    (
        "p",
        "Le présent avis est affiché dans les loges de Halyard Bay Arena, de Skyreef Park et "
        "des studios Saltmarsh. Les délégués le remettent aux cascadeurs qui ont reçu "
        "l'avis n° 2026-09 et corrigent les feuilles de budget des productions en cours.",
    ),
    (
        "p",
        "Les questions sont adressées au bureau de la Guilde à Sainte-Odile-de-la-Baie ou à "
        "la responsable des tarifs, Rosalind Ocampo-Giroux, qui répond par écrit dans la "
        "semaine.",
    ),
    (
        "p",
        "Les producteurs qui ont déjà inscrit le montant retiré dans le budget d'une "
        "production le remplacent par le montant rétabli ; les délégués vérifient que les "
        "décomptes de décembre et de janvier appliquent le montant rétabli à chaque traversée.",
    ),
    ("p", "Pour la Guilde : Marisol Thibodeau-Ancheta, présidente."),
    ("p", "Pour l'Association : Gerald Villafuerte-Landry, président."),
]
N_FOOTER = "GCAF / APSEC · avis n° 2026-11 · une page"


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
TOP = 20.0
BOTTOM = 277.0
LH = 4.6
BODY = 9.0


def _doc(header: str | None, footer: str | None, watermark_page: int = 0):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def header(self) -> None:
            if watermark_page and self.page_no() == watermark_page:
                # drawn first, so behind the body; light grey, rising at 45 degrees
                self.set_font(FONT, "B", 64)
                self.set_text_color(222, 222, 222)
                with self.rotation(45, x=self.w / 2, y=self.h / 2):
                    self.text(self.w / 2 - 62, self.h / 2 + 10, WATERMARK)
                self.set_text_color(0, 0, 0)
            if header is None:
                return
            self.set_font(FONT, "I", 7.5)
            self.set_xy(MARGIN, 9)
            self.cell(self.w - 2 * MARGIN, 4, header)

        def footer(self) -> None:
            if footer is None:
                return
            self.set_font(FONT, "", 7.5)
            self.set_xy(MARGIN, self.h - 12)
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


class _Flow:
    """One column of lines down the page, then a new page."""

    def __init__(self, pdf, y: float) -> None:
        self.pdf = pdf
        self.y = y

    def room(self) -> int:
        return int((BOTTOM - self.y) / LH + 1e-6)

    def put(self, lines: list[str], style: str, keep: int = 1) -> None:
        if self.room() < min(keep, len(lines)):
            self.pdf.add_page()
            self.y = TOP
        for line in lines:
            if self.room() < 1:
                self.pdf.add_page()
                self.y = TOP
            self.pdf.set_font(FONT, style, BODY)
            self.pdf.set_xy(MARGIN, self.y)
            self.pdf.cell(self.pdf.w - 2 * MARGIN, LH, line)
            self.y += LH

    def blank(self, h: float) -> None:
        if self.y > TOP + 0.1:
            self.y += h


CLH = 3.9  # line height inside table cells
CPAD = 1.2  # padding above and below the lines of a cell
CFONT = 7.8


def _cell_lines(pdf, row: tuple[str, ...] | list[str], widths: list[float]) -> list[list[str]]:
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


def _table_a(pdf, y: float) -> float:
    widths = TA_WIDTHS
    aligns = ["C", "L", "L", "R", "R"]
    head = _cell_lines(pdf, TA_HEAD, widths)
    pdf.set_font(FONT, "B", 8.6)
    pdf.set_xy(MARGIN, y)
    pdf.cell(sum(widths), 5, TA_TITLE)
    y += 6
    y = _draw_row(pdf, y, head, widths, aligns, bold=True)
    split_done = False
    for row in TA_ROWS:
        cells = _cell_lines(pdf, row, widths)
        n = max(len(c) for c in cells)
        h = n * CLH + 2 * CPAD
        if y + h <= BOTTOM:
            y = _draw_row(pdf, y, cells, widths, aligns)
            continue
        if row[0] != SPLIT_LINE:
            raise SystemExit(f"Table 3 breaks at line {row[0]}, not {SPLIT_LINE}: adjust SCHED_GAP")
        fit = int((BOTTOM - y - 2 * CPAD) / CLH + 1e-6)
        if not 1 <= fit < n or fit < max(len(c) for c in cells[:2] + cells[3:]):
            raise SystemExit(f"line {SPLIT_LINE}: {fit} of {n} lines fit: adjust SCHED_GAP")
        first = [c[:fit] for c in cells]
        rest = [c[fit:] for c in cells]
        rest[2] = wrap(pdf, CONT + " " + " ".join(rest[2]), widths[2] - 3)
        _draw_row(pdf, y, first, widths, aligns)
        pdf.add_page()
        y = TOP
        y = _draw_row(pdf, y, head, widths, aligns, bold=True)  # the header row repeated
        y = _draw_row(pdf, y, rest, widths, aligns)
        split_done = True
    if not split_done:
        raise SystemExit(f"Table 3 did not break at line {SPLIT_LINE}: adjust SCHED_GAP")
    return y


def _simple_table(pdf, y, title, head, rows, widths) -> float:
    pdf.set_font(FONT, "B", 8.6)
    pdf.set_xy(MARGIN, y)
    pdf.cell(sum(widths), 5, title)
    y += 6
    for r, row in enumerate([head, *rows]):
        cells = _cell_lines(pdf, row, widths)
        y = _draw_row(pdf, y, cells, widths, ["L", "R"], bold=r == 0)
    return y


SCHED_GAP = 6.0  # space before Table 3's note, set so that the table breaks inside line 11


def _agreement():
    pdf = _doc(HEADER, FOOTER, WATERMARK_PAGE)
    pdf.set_title("Aerial, Wire and Fire Stunt Agreement 2026")
    pdf.set_author("AFSG / CLSPA")
    pdf.set_creation_date(datetime.datetime(2026, 3, 15, 12, 0, tzinfo=datetime.UTC))
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
    flow = _Flow(pdf, y + 4)
    for kind, text in AGREEMENT:
        if kind == "part":
            flow.blank(3)
            pdf.set_font(FONT, "B", BODY)
            flow.put(wrap(pdf, text, full_w), "B", keep=4)
        elif kind == "art":
            flow.blank(1.5)
            pdf.set_font(FONT, "B", BODY)
            flow.put(wrap(pdf, text, full_w), "B", keep=3)
        else:
            pdf.set_font(FONT, "", BODY)
            flow.put(wrap(pdf, text, full_w), "", keep=2)
    # the Schedule on a page of its own
    pdf.add_page()
    y = TOP
    pdf.set_font(FONT, "B", 11)
    pdf.set_xy(MARGIN, y)
    pdf.cell(full_w, 6, SCHED_TITLE)
    y += 8
    pdf.set_font(FONT, "", BODY)
    for note in SCHED_NOTES:
        for line in wrap(pdf, note, full_w):
            pdf.set_xy(MARGIN, y)
            pdf.cell(full_w, LH, line)
            y += LH
    y += 4
    for title, head, rows in ((TB_TITLE, TB_HEAD, TB_ROWS), (TC_TITLE, TC_HEAD, TC_ROWS)):
        y = _simple_table(pdf, y, title, head, rows, [full_w - 40, 40])
        y += 5
    pdf.set_font(FONT, "", BODY)
    y += SCHED_GAP
    for line in wrap(pdf, TA_NOTE, full_w):
        pdf.set_xy(MARGIN, y)
        pdf.cell(full_w, LH, line)
        y += LH
    y = _table_a(pdf, y + 3)
    if y > BOTTOM:
        raise SystemExit("agreement: Table 3 runs off its last page")
    return pdf


def build_agreement(write: bool = True) -> bytes:
    pdf = _agreement()
    data = bytes(pdf.output())
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print("wrote", AGREEMENT_OUT, pdf.page_no(), "pages")
    return data


def _old():
    pdf = _doc(None, None)
    pdf.set_title("Stunt and Aerial Performers' Agreement 2022-2025 (typed copy)")
    pdf.set_author("AFSG")
    pdf.set_creation_date(datetime.datetime(2021, 12, 9, 12, 0, tzinfo=datetime.UTC))
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
    pdf = _doc(None, N_FOOTER)
    pdf.set_title("Avis n° 2026-11")
    pdf.set_author("GCAF / APSEC")
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
