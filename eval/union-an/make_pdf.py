#!/usr/bin/env python3
"""Build the two PDFs of union-an (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-an/make_pdf.py    # fpdf2 is in the venv

- docs/bcau-bedside-community-arts-agreement-2026-2029.pdf: the Bedside and Community Arts
  Agreement 2026-2029 in English. Every page carries a RUNNING HEADER and a RUNNING FOOTER
  whose text looks like figures ("Form 27-B", "Rev. 4", "Page 3 of 7"). SCHEDULE A, the rate
  table, CONTINUES ACROSS A PAGE BREAK with its header row REPEATED on the next page;
  SCHEDULE B, the seniority steps, is a table on ONE LANDSCAPE PAGE (A4 turned, 297 x 210 mm)
  between portrait pages. Amounts in English style ("₡24,350", clause 3.1); the one sum in
  words is clause 9.2's; the only dollars are clause 9.4's.
- docs/hospital-clowning-storytelling-agreement-2022-2026.pdf: the PREVIOUS agreement
  (2022-2026), its amounts written the older way, with a POINT BETWEEN THE THOUSANDS
  ("₡13.250" is thirteen thousand two hundred and fifty colones, explained in its clause
  2.1); its figures are traps for "now".

DejaVu Sans (/usr/share/fonts/truetype/dejavu) draws "₡", "–", "°" and "’". Lines are
broken by this script, never inside an amount, a percentage, a date, a clause reference or
a quoted phrase (TIES). `agreement_text()` and `old_text()` return the text for
check_set.py (table cells joined by " | "; the running headers and footers are not in
it: `running_numbers()` gives their numbers). Fixed creation dates: byte-for-byte
reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "bcau-bedside-community-arts-agreement-2026-2029.pdf")
OLD_OUT = os.path.join(HERE, "docs", "hospital-clowning-storytelling-agreement-2022-2026.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
TIE = "\u0001"  # a space the line breaker must not break at (never in the output)

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
TIES = [
    re.compile(r"(?:−|US\$|₡)\d[\d,.]*(?: million)?"),
    re.compile(
        r"\b\d+(?:[.,]\d+)? (?:%|hours?|days?|minutes|km|m|ml|°C|beds|working days|bedside "
        r"visits|years|streams|visits)(?![\w/])"
    ),
    re.compile(rf"\b\d{{1,2}} (?:{_MONTHS}) \d{{4}}\b"),
    re.compile(rf"\bthe \d{{1,2}}(?:st|nd|rd|th) of (?:{_MONTHS}) \d{{4}}\b"),
    re.compile(
        r"\b(?:[Cc]lauses?|Schedule|Form|Reg\.|Ward|Step|Part|Article|[Pp]age) [\dA-Z]+"
        r"(?:[.\-/]\d+)*(?:-[A-Z])?"
    ),
    re.compile(r"\btwenty-six thousand five hundred colones\b"),
    re.compile(r"\bAI-generated from a consenting performer's recordings\b"),
    re.compile(r"\bnot carried over\b|\bcontinues unchanged\b|\bnot covered\b"),
    re.compile(r"\bwithin 30 days of ratification\b|\bon ratification\b"),
    re.compile(r"\bunder 12\b|\b\d\d:\d\d\b"),
    re.compile(r"\b\d+ (?:to|or) \d+\b"),
]

# ---- the agreement ---------------------------------------------------------------------------

A_TITLE = "Bedside and Community Arts Agreement 2026–2029"
A_SUB = (
    "Between the Bedside and Community Artists' Union of Montsaule (BCAU) and two employers: "
    "the Paper Moon Clowning Charity (Paper Moon), a hospital clowning charity, and the "
    "Halbrook Regional Health Authority (HRHA) for its Arts in Health Programme. Republic of "
    "Montsaule. Signed at Halbrook on 12 October 2026, subject to ratification by the "
    "Union's members."
)
HEADER = "Form 27-B · Bedside and Community Arts Agreement 2026–2029 · Rev. 4"
FOOTER = "BCAU / Paper Moon / HRHA · Page {n} of {nb}"

# ("part", heading), ("art", heading) or ("p", clause)
AGREEMENT: list[tuple[str, str]] = [
    ("part", "Part A – General"),
    ("art", "1. Parties, scope and term"),
    (
        "p",
        "1.1 This agreement is made between the Bedside and Community Artists' Union of "
        "Montsaule (the Union) and two employers: the Paper Moon Clowning Charity (Paper "
        "Moon), which sends clown doctors and bedside artists into hospitals, and the Halbrook "
        "Regional Health Authority (the Authority), which runs the Arts in Health Programme "
        "in its hospitals, care homes, libraries and schools.",
    ),
    (
        "p",
        "1.2 It covers every artist engaged by Paper Moon or the Authority to perform for "
        "patients, residents or the public: clown doctors working in pairs on paediatric "
        "wards, elder-care and dementia-care musicians, reminiscence performers, library and "
        "school storytellers, bedside magicians, therapeutic puppeteers working with a "
        "child-life specialist, sign-supported storytellers, community-choir leaders, and "
        "performers recorded for the Authority's Bedside Channel.",
    ),
    (
        "p",
        "1.3 The hospital's own play therapists, who are health staff of the Authority, are "
        "not covered by this agreement, and neither are the unpaid volunteers of the Friends "
        "at the Bedside visiting scheme, a partner visiting scheme.",
    ),
    (
        "p",
        "1.4 Retroactive term. This agreement was signed on 12 October 2026 but takes effect "
        "from 1 July 2026, and runs until 30 June 2029. Its rates apply to all work done from "
        "1 July 2026; clause 4.2 sets the back pay.",
    ),
    (
        "p",
        "1.5 Ratification. This agreement is subject to ratification by a vote of the "
        'Union\'s members. A clause that takes effect "on ratification" takes effect on the '
        "day of that vote.",
    ),
    (
        "p",
        "1.6 The Hospital Clowning and Storytelling Agreement 2022–2026 ended on 30 June "
        "2026. None of its terms applies unless this agreement says that it continues.",
    ),
    ("art", "2. Definitions"),
    (
        "p",
        "2.1 A ward visit is a half-day round of a paediatric ward by a duo of clown doctors; "
        "a bedside visit is one child's bedside within that round.",
    ),
    (
        "p",
        "2.2 A session is one performance for a group or a room: a storytelling session, a "
        "music session, a reminiscence session, a puppetry session or a choir session.",
    ),
    (
        "p",
        "2.3 The winter-epidemic season runs from 1 December to 15 March of the following "
        "year, both days included. The rest of the year is the normal season.",
    ),
    (
        "p",
        "2.4 Completed ward visits are counted from the performer's first ward visit for "
        "Paper Moon or the Authority, under any agreement.",
    ),
    (
        "p",
        "2.5 Ward 7B of Halbrook Children's Hospital is its isolation ward; it has 24 beds.",
    ),
    ("art", "3. How amounts are written"),
    (
        "p",
        "3.1 Amounts are in colones of Montsaule, written with the sign ₡ before the amount "
        "and a comma between the thousands: ₡24,350 is twenty-four thousand three hundred "
        "and fifty colones.",
    ),
    (
        "p",
        "3.2 The colón has no sub-unit in practice: the céntimo exists in law, but no coin is "
        "minted and no amount in this agreement has one. Every amount is paid in whole "
        "colones.",
    ),
    ("p", "3.3 Montsaule is not Costa Rica, although its colón is written with the same sign."),
    ("p", "3.4 Where a sum is written in words, the figure in brackets is the same sum."),
    ("part", "Part B – Pay and conditions"),
    ("art", "4. Ward visits"),
    (
        "p",
        "4.1 A ward visit is paid at the rate of Schedule B for the clown doctor's seniority "
        "step. At Step 1 it is ₡18,600 a visit.",
    ),
    (
        "p",
        "4.2 Back pay. Ward visits made from 1 July 2026 to 31 October 2026 were paid at the "
        "rates of the 2022–2026 agreement. For each of those visits the employer owes back "
        "pay equal to the difference: ₡1,400 a visit at Step 1, and Schedule B gives the "
        "back pay at each step. The back pay is paid within 30 days of ratification, on a "
        "separate line of the statement.",
    ),
    (
        "p",
        "4.3 Pair supplement. Clown doctors visit in pairs. Each clown of a duo receives a "
        "pair supplement of ₡1,350 per ward visit.",
    ),
    (
        "p",
        "4.4 Isolation supplement. A ward visit that includes an isolation room, with gowning "
        "and masks, carries an isolation supplement per visit of ₡2,600 in the normal season "
        "and ₡3,900 in the winter-epidemic season (clause 2.3).",
    ),
    (
        "p",
        "4.5 A round has no more than 14 bedside visits and lasts no more than 4 hours. After "
        "90 minutes on the ward the duo takes a break of at least 15 minutes away from the "
        "ward.",
    ),
    (
        "p",
        "4.6 Infection control. A performer with a temperature of 38.5 °C or more does not "
        "visit. Each performer rubs in 3 ml of hand gel before and after each bedside visit. "
        "Unless the nurse in charge agrees otherwise, performers stay 2 m from the bed of an "
        "immunocompromised child. Isolation rooms follow Reg. 2027/14 of the Authority.",
    ),
    ("art", "5. Sessions"),
    (
        "p",
        "5.1 Storytelling, music, reminiscence, magic, puppetry and choir sessions are paid at "
        "the rates of Schedule A.",
    ),
    (
        "p",
        "5.2 A therapeutic puppetry session always takes place with a child-life specialist "
        "of the ward present; without one, the session is postponed and paid in full.",
    ),
    ("p", "5.3 A bedside magician is paid per round, at the rate of Schedule A."),
    (
        "p",
        "5.4 The parties may set the details of library and school storytelling in an "
        "amending letter; such a letter forms part of this agreement.",
    ),
    ("art", "6. Rehearsal and supervision"),
    (
        "p",
        "6.1 Rehearsal hours and clinical supervision hours are paid at the rehearsal and "
        "supervision hour rate of Schedule A.",
    ),
    ("art", "7. Debrief"),
    (
        "p",
        "7.1 After the death of a child or a resident the performer visited, or after a "
        "critical incident during a visit or a session, the performer is offered a debrief "
        "with a clinical supervisor within 24 hours. The debrief lasts at least 45 minutes "
        "and is paid at the rehearsal and supervision hour rate.",
    ),
    ("art", "8. Evening work"),
    (
        "p",
        "8.1 Night-ward premium. A visit or a session that starts at or after 18:00 is paid "
        "with a night-ward premium of 25% of its fee.",
    ),
    ("art", "9. Allowances"),
    (
        "p",
        "9.1 Hand-hygiene and infection-control training: ₡2,300 for each yearly course a "
        "performer completes.",
    ),
    (
        "p",
        "9.2 Costume and prop allowance. Each performer receives an annual costume and prop "
        "allowance of twenty-six thousand five hundred colones (₡26,500), paid once a year.",
    ),
    (
        "p",
        "9.3 Mileage: ₡115 per km beyond the first 30 km between the performer's home and the "
        "hospital, care home, library or school.",
    ),
    (
        "p",
        "9.4 Conference abroad. A performer sent by Paper Moon or the Authority to a "
        "conference abroad receives a daily allowance of US$140 for each day away, paid in "
        "dollars; it is the only amount of this agreement that is not in colones.",
    ),
    ("art", "10. Language supplement and cancellation"),
    (
        "p",
        "10.1 Language supplement. A session given in sign language, or in a second language "
        "at the request of the ward, library or school, carries a language supplement of "
        "₡1,900 per session. This clause takes effect on ratification.",
    ),
    (
        "p",
        "10.2 Cancellation. If a visit or a session is cancelled within 48 hours of its start, "
        "the performer is paid a cancellation fee of 60% of the fee. A visit or a session "
        "cancelled earlier is not paid.",
    ),
    ("art", "11. Terms of the 2022–2026 agreement"),
    (
        "p",
        "11.1 The child's-no rule of the 2022–2026 agreement continues unchanged: a performer "
        "leaves a room as soon as a child, a parent or the nurse says no, and the visit is "
        "paid as if completed.",
    ),
    (
        "p",
        "11.2 The hospital parking voucher of the 2022–2026 agreement is not carried over.",
    ),
    ("art", "12. Pay"),
    (
        "p",
        "12.1 Each employer pays on the pay dates of its own payroll, and shows every "
        "supplement, premium and allowance on its own line of the statement.",
    ),
    ("part", "Part C – Recording, the Bedside Channel and AI"),
    ("art", "13. Recording for the Bedside Channel"),
    (
        "p",
        "13.1 The Authority's Bedside Channel is the video channel shown on the screen beside "
        "each bed. A performance is recorded for it only with the performer's consent for "
        "that recording, given on Form R-14. Each recording has its own numbered Form R-14; a "
        "consent never covers another recording.",
    ),
    ("p", "13.2 Recording fee: ₡6,800 per recording session."),
    (
        "p",
        "13.3 Stream fee: ₡410 for every 1,000 streams of a recording on the Bedside Channel, "
        "paid each quarter.",
    ),
    ("p", "13.4 No child under 12 appears in a recording for the Bedside Channel."),
    (
        "p",
        "13.5 Clauses 13.2 and 13.3 form Schedule D. Schedule D runs until 31 December 2026 "
        "and is renewed for one year at a time unless either party gives the other written "
        "notice to end it by 30 September of the year in which it would end.",
    ),
    ("art", "14. Artificial intelligence"),
    (
        "p",
        "14.1 Children's images and voices, recorded in any session, are never used to train "
        "a model or any other AI system, whatever consent is given.",
    ),
    (
        "p",
        "14.2 No synthetic clown avatar may be made or used from a performer's face, costume, "
        "voice or character without that performer's written consent.",
    ),
    (
        "p",
        "14.3 A storyteller's voice may be cloned by AI for the audiobook app of the "
        "Authority's libraries only with the storyteller's separate consent on Form V-5. The "
        "licence fee for each audiobook title is set by the parties in writing and published "
        "by the Union.",
    ),
    (
        "p",
        "14.4 Label. Any content generated by AI from a performer's recordings carries, on "
        "screen or in the app, the label: \"AI-generated from a consenting performer's "
        'recordings".',
    ),
    (
        "p",
        "14.5 Deletion. The employer deletes every recording, voice model and copy within "
        "60 days after the consent ends or is withdrawn, and confirms the deletion to the "
        "performer in writing.",
    ),
    (
        "p",
        "14.6 Audit. A performer, or the Union on the performer's behalf, may audit the use of "
        "his or her recordings and voice model once a year, on 15 working days' notice.",
    ),
    ("art", "15. Joint Committee on Recording and AI"),
    (
        "p",
        "15.1 A Joint Committee on Recording and AI of two members from each side oversees "
        "Part C. It first meets on the 3rd of March 2027 and then every four months.",
    ),
    ("part", "Part D – Disputes"),
    ("art", "16. Grievances"),
    (
        "p",
        "16.1 A grievance is raised in writing with the Union's steward or the employer's "
        "programme manager. A grievance not settled goes to the parties, and then to a "
        "single arbitrator chosen by both.",
    ),
]

SA_TITLE = "Schedule A – Rates from 1 July 2026"
SA_NOTE = (
    "The rates of this schedule apply to work done from 1 July 2026 (clause 1.4), except "
    "where a clause says otherwise. The ward visit is paid by seniority step: Schedule B. "
    "Each row names the clause that sets the rule; the table continues on the next page."
)
SA_HEAD = ["Role or item", "Unit", "Rate", "Clause"]
SA_WIDTHS = [64.0, 58.0, 32.0, 24.0]
SA_ROWS = [
    ["Clown doctor, ward visit at Step 1", "visit (half-day round)", "₡18,600", "4.1"],
    ["Pair supplement, each clown of a duo", "visit", "₡1,350", "4.3"],
    ["Isolation supplement, normal season", "visit", "₡2,600", "4.4"],
    ["Isolation supplement, winter-epidemic season", "visit", "₡3,900", "4.4, 2.3"],
    ["Library or school storytelling session", "session", "₡9,400", "5.1"],
    [
        "Sign-supported storytelling session",
        "session",
        "₡9,400 plus the language supplement",
        "5.1, 10.1",
    ],
    [
        "Language supplement (sign language or a second language)",
        "session, from ratification",
        "₡1,900",
        "10.1",
    ],
    ["Elder-care musician", "session", "₡11,300", "5.1"],
    ["Dementia-care musician", "session", "₡11,900", "5.1"],
    ["Reminiscence performer", "session", "₡10,700", "5.1"],
    ["Community-choir leader", "choir session", "₡12,400", "5.1"],
    [
        "Therapeutic puppeteer, with a child-life specialist present",
        "session",
        "₡17,800",
        "5.2",
    ],
    ["Bedside magician", "round", "₡16,900", "5.3"],
    ["Rehearsal or supervision", "hour", "₡8,200", "6.1"],
    [
        "Debrief after a death or a critical incident",
        "at least 45 minutes, within 24 hours",
        "at the supervision hour rate",
        "7.1",
    ],
    ["Night-ward premium", "visit or session from 18:00", "25% of the fee", "8.1"],
    ["Hand-hygiene and infection-control training", "yearly course", "₡2,300", "9.1"],
    ["Costume and prop allowance", "year", "₡26,500", "9.2"],
    ["Mileage", "km beyond the first 30 km", "₡115", "9.3"],
    ["Cancellation within 48 hours", "visit or session", "60% of the fee", "10.2"],
    ["Bedside Channel recording fee", "recording session", "₡6,800", "13.2, Sch. D"],
    ["Bedside Channel stream fee", "every 1,000 streams", "₡410", "13.3, Sch. D"],
]

SB_TITLE = "Schedule B – Seniority steps for ward visits (clause 4.1)"
SB_NOTE = (
    "A clown doctor moves to Step 2 after 120 completed ward visits or 3 years with the "
    "employer, whichever comes first, and to Step 3 after 300 completed ward visits or "
    "6 years. Completed ward visits are counted as clause 2.4 says; the employer's payroll "
    "recounts them and pays a new step from the first pay date after the recount."
)
SB_HEAD = [
    "Step",
    "Completed ward visits",
    "or years with the employer",
    "Ward visit rate",
    "Back pay per visit for 1 July – 31 October 2026 (clause 4.2)",
]
SB_WIDTHS = [30.0, 56.0, 56.0, 45.0, 78.0]
SB_ROWS = [
    ["Step 1", "fewer than 120", "less than 3 years", "₡18,600", "₡1,400"],
    ["Step 2", "from 120 to 299", "from 3 to 5 years", "₡19,750", "₡2,550"],
    ["Step 3", "from 300 onward", "6 years or more", "₡21,050", "₡3,850"],
]
SB_AFTER = [
    "The back pay of a visit is the rate of the step minus the single ward visit rate of the "
    "2022–2026 agreement, for each ward visit made from 1 July 2026 to 31 October 2026 at "
    "that step. It is paid once, on its own line, as clause 4.2 says.",
    "The pair supplement, the isolation supplement and the night-ward premium are added to "
    "the rate of the step; they do not change with the step.",
]

SIGN_TITLE = "Signatures"
SIGN = [
    "Signed at Halbrook on 12 October 2026, subject to ratification (clause 1.5).",
    "For the Union: Oriane Castellanos-Whitby, president; Tobias Mwangi-Lefort, chief negotiator.",
    "For Paper Moon: Imogen Farquhar-Diallo, artistic director.",
    "For the Authority: Rafael Oyelaran-Beck, manager of the Arts in Health Programme.",
]


def _row_text(row: list[str]) -> str:
    return " | ".join(row)


def agreement_text() -> str:
    out = [A_TITLE, A_SUB, *(text for _, text in AGREEMENT)]
    out += [SA_TITLE, SA_NOTE, _row_text(SA_HEAD), *(_row_text(r) for r in SA_ROWS)]
    out += [SB_TITLE, SB_NOTE, _row_text(SB_HEAD), *(_row_text(r) for r in SB_ROWS), *SB_AFTER]
    out += [SIGN_TITLE, *SIGN]
    return "\n".join(out)


def running_numbers(pages: int) -> set[str]:
    """The numbers the running headers and footers add to a reader's text."""
    nums = set(re.findall(r"\d+", HEADER))
    return nums | {str(i) for i in range(1, pages + 1)}


# ---- the previous agreement (a point between the thousands) ------------------------------------

O_TITLE = "Hospital Clowning and Storytelling Agreement 2022–2026"
O_SUB = (
    "Between the Bedside and Community Artists' Union of Montsaule and the Paper Moon Clowning "
    "Charity. In force from 1 July 2022 to 30 June 2026. Signed at Halbrook on 24 June 2022."
)
O_FOOTER = "Hospital Clowning and Storytelling Agreement 2022–2026 · page {n}"
OLD: list[tuple[str, list[str]]] = [
    (
        "Article 1 – Parties and term",
        [
            "1.1 This agreement is made between the Bedside and Community Artists' Union of "
            "Montsaule (the Union) and the Paper Moon Clowning Charity (Paper Moon).",
            "1.2 It covers the clown doctors, bedside magicians and storytellers that Paper "
            "Moon engages, from 1 July 2022 to 30 June 2026.",
        ],
    ),
    (
        "Article 2 – How amounts are written",
        [
            "2.1 Amounts are written as the Treasury of Montsaule printed them until 2025, "
            "with a point between the thousands: ₡13.250 means thirteen thousand two hundred "
            "and fifty colones, not thirteen colones. The colón has no sub-unit in practice, "
            "so the point never marks decimals.",
        ],
    ),
    (
        "Article 3 – Ward visits",
        [
            "3.1 A ward visit by a clown doctor is paid ₡17.200, whatever the clown doctor's "
            "experience.",
            "3.2 Each clown of a duo receives a pair supplement of ₡1.100 per ward visit.",
            "3.3 A ward visit that includes an isolation room carries an isolation supplement "
            "of ₡2.100, all year round.",
            "3.4 A round has no more than 16 bedside visits and lasts no more than 5 hours, "
            "with a break of 10 minutes after 120 minutes on the ward.",
        ],
    ),
    (
        "Article 4 – Storytelling and bedside magic",
        [
            "4.1 A library or school storytelling session is paid ₡8.900.",
            "4.2 A bedside magician is paid ₡15.400 per round.",
            "4.3 An elder-care music session is paid ₡10.300.",
        ],
    ),
    (
        "Article 5 – Rehearsal",
        ["5.1 A rehearsal hour is paid ₡7.600."],
    ),
    (
        "Article 6 – Debrief",
        [
            "6.1 After the death of a child the performer visited, the performer is offered a "
            "debrief of 30 minutes within 72 hours.",
        ],
    ),
    (
        "Article 7 – Evening work",
        ["7.1 A visit that starts at or after 19:00 is paid with a premium of 15%."],
    ),
    (
        "Article 8 – Allowances",
        [
            "8.1 Hand-hygiene training: ₡1.800 for each course completed.",
            "8.2 Costume allowance: ₡21.000 a year.",
            "8.3 Mileage: ₡95 per km beyond the first 40 km.",
            "8.4 Hospital parking voucher: ₡3.200 a month for a performer who visits Halbrook "
            "Children's Hospital at least twice a month.",
        ],
    ),
    (
        "Article 9 – Cancellation",
        ["9.1 A visit cancelled within 24 hours of its start is paid at 40% of the fee."],
    ),
    (
        "Article 10 – The child's-no rule",
        [
            "10.1 A performer leaves a room as soon as a child, a parent or the nurse says no, "
            "and the visit is paid as if completed.",
        ],
    ),
    (
        "Article 11 – Recordings",
        [
            "11.1 A performance recorded for the hospital's screens is paid ₡4.900 per "
            "recorded session, and the recording is deleted within 180 days.",
        ],
    ),
    (
        "Article 12 – Disputes and signatures",
        [
            "12.1 A dispute not settled between the parties within a month goes to a single "
            "arbitrator chosen by both.",
            "12.2 For the Union: Agathe Brennan-Sow, president. For Paper Moon: Imogen "
            "Farquhar-Diallo, artistic director.",
        ],
    ),
]


def old_text() -> str:
    out = [O_TITLE, O_SUB]
    for head, clauses in OLD:
        out += [head, *clauses]
    return "\n".join(out)


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
    out = [line.replace(TIE, " ") for line in lines]
    for line in out:
        if pdf.get_string_width(line) > width + 0.01:
            raise SystemExit(f"a tied phrase does not fit in {width} mm: {line!r}")
    return out


# ---- building -------------------------------------------------------------------------------

MARGIN = 16.0
TOP = 20.0
LH = 4.4
BODY = 9.0
CFONT = 8.2
CLH = 3.9
CPAD = 1.4


def _bottom(pdf) -> float:
    return pdf.h - 20.0


def _doc(header: str | None, footer: str):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def header(self) -> None:
            if header is None:
                return
            self.set_font(FONT, "", 7.2)
            self.set_text_color(0, 0, 0)
            self.set_xy(MARGIN, 9)
            self.cell(self.w - 2 * MARGIN, 4, header, align="C")

        def footer(self) -> None:
            self.set_font(FONT, "", 7.2)
            self.set_text_color(0, 0, 0)
            self.set_xy(MARGIN, self.h - 13)
            self.cell(self.w - 2 * MARGIN, 4, footer.format(n=self.page_no(), nb="{nb}"), align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    return pdf


class _Flow:
    """Lines down the page, then a new portrait page."""

    def __init__(self, pdf, y: float) -> None:
        self.pdf = pdf
        self.y = y

    def new_page(self, orientation: str = "P") -> None:
        self.pdf.add_page(orientation=orientation)
        self.y = TOP

    def put(self, lines: list[str], style: str, keep: int = 1, size: float = BODY, lh=LH):
        if self.y + min(keep, len(lines)) * lh > _bottom(self.pdf):
            self.new_page()
        width = self.pdf.w - 2 * MARGIN
        for line in lines:
            if self.y + lh > _bottom(self.pdf):
                self.new_page()
            self.pdf.set_font(FONT, style, size)
            self.pdf.set_xy(MARGIN, self.y)
            self.pdf.cell(width, lh, line)
            self.y += lh

    def para(self, text: str, style: str = "", keep: int = 2, size: float = BODY) -> None:
        self.pdf.set_font(FONT, style, size)
        self.put(wrap(self.pdf, text, self.pdf.w - 2 * MARGIN), style, keep=keep, size=size)

    def gap(self, mm: float) -> None:
        self.y += mm


def _cells(pdf, row: list[str], widths: list[float], bold: bool = False) -> list[list[str]]:
    pdf.set_font(FONT, "B" if bold else "", CFONT)
    return [wrap(pdf, text, w - 3) if text else [] for text, w in zip(row, widths, strict=True)]


def _height(cells) -> float:
    return max([len(c) for c in cells] + [1]) * CLH + 2 * CPAD


def _draw_row(pdf, y: float, cells, widths, aligns, bold=False) -> float:
    h = _height(cells)
    x = MARGIN
    pdf.set_font(FONT, "B" if bold else "", CFONT)
    for lines, w, align in zip(cells, widths, aligns, strict=True):
        pdf.rect(x, y, w, h)
        for k, line in enumerate(lines):
            pdf.set_xy(x + 1.5, y + CPAD + k * CLH)
            pdf.cell(w - 3, CLH, line, align=align)
        x += w
    return h


# where Schedule A's header row was drawn: (page, y) -- for check_set.py
SA_HEADER_PAGES: list[int] = []
LANDSCAPE_PAGES: list[int] = []


def _agreement():
    pdf = _doc(HEADER, FOOTER)
    pdf.set_title(A_TITLE)
    pdf.set_author("BCAU / Paper Moon / HRHA")
    pdf.set_creation_date(datetime.datetime(2026, 10, 12, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    width = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(width, 7, A_TITLE)
    flow = _Flow(pdf, TOP + 10)
    flow.para(A_SUB, "I")
    flow.gap(3)
    for kind, text in AGREEMENT:
        if kind == "part":
            flow.gap(2.5)
            flow.para(text, "B", keep=4, size=10.4)
            flow.gap(0.8)
        elif kind == "art":
            flow.gap(1.2)
            flow.para(text, "B", keep=3)
        else:
            flow.para(text)
            flow.gap(0.9)
    # Schedule A: a table that runs on across a page break, its header row repeated
    flow.gap(4)
    flow.para(SA_TITLE, "B", keep=8, size=10.4)
    flow.gap(1)
    flow.para(SA_NOTE)
    flow.gap(2)
    aligns = ["L", "L", "R", "L"]
    head = _cells(pdf, SA_HEAD, SA_WIDTHS, bold=True)
    SA_HEADER_PAGES.clear()
    need_header = True
    for row in SA_ROWS:
        cells = _cells(pdf, row, SA_WIDTHS)
        if flow.y + _height(head) + _height(cells) > _bottom(pdf):
            flow.new_page()
            need_header = True
        if need_header:
            flow.y += _draw_row(pdf, flow.y, head, SA_WIDTHS, aligns, bold=True)
            SA_HEADER_PAGES.append(pdf.page_no())
            need_header = False
        flow.y += _draw_row(pdf, flow.y, cells, SA_WIDTHS, aligns)
    # Schedule B: one landscape page
    flow.new_page("L")
    LANDSCAPE_PAGES[:] = [pdf.page_no()]
    lw = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 10.4)
    pdf.set_xy(MARGIN, flow.y)
    pdf.cell(lw, 6, SB_TITLE)
    flow.y += 8
    flow.para(SB_NOTE)
    flow.gap(3)
    aligns = ["L", "L", "L", "R", "R"]
    flow.y += _draw_row(
        pdf, flow.y, _cells(pdf, SB_HEAD, SB_WIDTHS, bold=True), SB_WIDTHS, aligns, True
    )
    for row in SB_ROWS:
        flow.y += _draw_row(pdf, flow.y, _cells(pdf, row, SB_WIDTHS), SB_WIDTHS, aligns)
    flow.gap(4)
    for text in SB_AFTER:
        flow.para(text)
        flow.gap(1)
    if pdf.page_no() != LANDSCAPE_PAGES[0]:
        raise SystemExit("Schedule B runs over its landscape page")
    # signatures, on a portrait page
    flow.new_page("P")
    flow.para(SIGN_TITLE, "B", size=10.4)
    flow.gap(2)
    for text in SIGN:
        flow.para(text)
        flow.gap(2)
    return pdf


def build_agreement(write: bool = True) -> bytes:
    pdf = _agreement()
    data = bytes(pdf.output())
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print(
            "wrote", AGREEMENT_OUT, pdf.page_no(), "pages; Schedule A headers on", SA_HEADER_PAGES
        )
    return data


def _old():
    pdf = _doc(None, O_FOOTER)
    pdf.set_title(O_TITLE)
    pdf.set_author("BCAU / Paper Moon")
    pdf.set_creation_date(datetime.datetime(2022, 6, 24, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    width = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(width, 7, O_TITLE)
    flow = _Flow(pdf, TOP + 10)
    flow.para(O_SUB, "I")
    flow.gap(4)
    for head, clauses in OLD:
        flow.para(head, "B", keep=3)
        flow.gap(0.8)
        for clause in clauses:
            flow.para(clause)
            flow.gap(1)
        flow.gap(2.5)
    return pdf


def build_old(write: bool = True) -> bytes:
    pdf = _old()
    data = bytes(pdf.output())
    if write:
        with open(OLD_OUT, "wb") as f:
            f.write(data)
        print("wrote", OLD_OUT, pdf.page_no(), "pages")
    return data


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_agreement()
    build_old()
