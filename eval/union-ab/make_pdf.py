#!/usr/bin/env python3
"""Build the two PDFs of union-ab (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ab/make_pdf.py    # fpdf2 is in the venv

- docs/lgsa-simulation-role-play-agreement-2025-2028.pdf: the Simulation and Role-Play
  Agreement 2025-2028 as RUNNING TEXT on portrait A4 pages, with a running header and a
  "Page N of M" footer. Articles are headed "Article 7 – ...", clauses numbered
  "Art. 7(2)" and "Art. 7(2)(b)", and cross-referenced in words ("Article 7, paragraph 2,
  point b"). Two clauses carry a FOOTNOTE printed at the foot of their page (a marker "¹" /
  "²" after a word, the note under a short rule above the footer); the note of Art. 9(1)
  holds a condition the questions use. Table 11.1 (cancellation by notice band) has cells
  whose text WRAPS ONTO SEVERAL LINES inside the cell. Schedule A (premiums and fixed
  amounts) is printed on a LANDSCAPE page. Amounts are written "2 400 zł" (space thousands,
  the currency after) and once "87,50 zł" (grosz decimals). Article 22 keeps one clause of
  the expired 2022-2025 agreement in force and drops another.
- docs/arbitration-award-2026-07-lgsa-lsea.pdf: Arbitration Award No. 2026/07 (English),
  with numbered paragraphs "[1]" ... and an operative part "IT IS ORDERED THAT": Article 19,
  paragraph 1 of the Agreement (deletion on request within 60 days) is REPLACED from
  1.XI.2026 by a 30-day rule; the challenge to Article 18, paragraph 2 (three human actors
  for each synthetic role-player) is dismissed, that clause is UPHELD (not superseded). The
  hearing took place in Room S 1250 (a number that is not an amount); costs "4 800,00 zł".

The text is set in DejaVu Sans (a TrueType font of the system, /usr/share/fonts/truetype/
dejavu, for the "ł" of "zł"). Lines are broken by this script, never inside an amount, a
percentage, a duration, a date or a clause reference (a "~" below, or a pattern of TIES, is
a space that does not break). `agreement_text()` and `award_text()` return the same text for
check_set.py (one heading, clause, footnote or table row per line, cells joined by " | ").
Fixed creation dates, so the output is byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "lgsa-simulation-role-play-agreement-2025-2028.pdf")
AWARD_OUT = os.path.join(HERE, "docs", "arbitration-award-2026-07-lgsa-lsea.pdf")
AGREEMENT_HEADER = "Simulation and Role-Play Agreement 2025–2028 – LGSA / LSEA"
AWARD_HEADER = "Arbitration Award No. 2026/07 – LGSA v. LSEA – 9 October 2026"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
NB = "\u00a0"

# page geometry (mm), portrait A4; the landscape page swaps width and height
MARGIN = 20.0
TOP = 22.0
PAGE_H = 297.0
PAGE_W = 210.0
BOTTOM = PAGE_H - 20.0
TEXT_W = PAGE_W - 2 * MARGIN
FOOT_SIZE = 8.5
FOOT_LH = 4.4

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
TIES = [
    re.compile(r"\d{1,3}(?: \d{3})*(?:,\d\d)? zł"),
    re.compile(
        r"\d+(?:[.,]\d+)? (?:per cent|working days|hours?|days'?|minutes|months|km|%|"
        r"intimate examinations|simulated examinations|human actors)"
    ),
    re.compile(r"\b(?:one|two|three|four) (?:human actors|hours|sessions)"),
    re.compile(r"\bArt\. \d+(?:\(\d+\))?(?:\([a-z]\))?"),
    re.compile(r"\bArticle \d+(?:, paragraph \d+(?:, point [a-z])?)?"),
    re.compile(r"\b(?:Form|Room|Level|Zone) [A-Z][\w-]*(?: \d+)?"),
    re.compile(rf"\b\d{{1,2}} (?:{_MONTHS}) \d{{4}}"),
    re.compile(r"\bAY \d{4}-\d\d\b"),
]

# ---- the agreement ------------------------------------------------------------------------

FOOTNOTES = {
    "¹": "¹ For intimate examination teaching associates the limit is lower: no more than "
    "4~intimate examinations a day, with at least 30~minutes between two of them.",
    "²": "² Mileage is paid from the first kilometre, without the 30~km threshold, when the "
    "engagement starts before 07:00 or ends after 22:00.",
}

CANCEL_TITLE = "Table 11.1 – Cancellation by notice band"
CANCEL_HEADER = [
    "Notice given by the employer",
    "Standardised patients and teaching associates",
    "Role-play actors (police, court, crisis negotiation)",
    "Assessment-centre actors and historical interpreters",
]
CANCEL_ROWS = [
    [
        "7 days or more before the engagement",
        "no fee is due, but preparation time already done is paid",
        "no fee is due, but script reading already done is paid",
        "no fee is due",
    ],
    [
        "from 48 hours to less than 7 days before",
        "50 % of the booked fee, and the preparation time in full",
        "50 % of the booked fee; a day booked for a high-intensity scenario keeps its premium",
        "50 % of the booked fee, and the costume fitting if one was held",
    ],
    [
        "less than 48 hours before, or on the day",
        "100 % of the booked fee, and the preparation time in full",
        "100 % of the booked fee, premium included, and travel already booked",
        "100 % of the booked fee, and travel already booked",
    ],
]
CANCEL_WIDTHS = (34.0, 42.0, 47.0, 47.0)

SCHEDULE_A_TITLE = "Schedule A – Premiums and fixed amounts (Article 14; the whole term)"
SCHEDULE_A_HEADER = ["Code", "Premium or fixed amount", "Applies to", "Rate or amount", "Basis"]
SCHEDULE_A = [
    ["A-1", "Weekend (Saturday or Sunday)", "every engagement", "25 %", "of the session fee"],
    [
        "A-2",
        "Evening (work after 19:00)",
        "every engagement",
        "15 %",
        "per hour or part after 19:00",
    ],
    ["A-3", "Public holiday of the Republic", "every engagement", "100 %", "of the session fee"],
    [
        "A-4",
        "High-intensity scenario (Article 14, paragraph 2)",
        "role-play actors",
        "12.5 %",
        "of the half-day or day fee",
    ],
    [
        "A-5",
        "Short-notice booking (less than 5 working days)",
        "every engagement",
        "20 %",
        "of the booked fee",
    ],
    [
        "A-6",
        "Costume fitting",
        "historical interpreters",
        "87,50 zł",
        "per fitting, apart from the shift",
    ],
    [
        "A-7",
        "Virtual-patient avatar licence (Article 15)",
        "any actor whose avatar is used",
        "2 400 zł",
        "per avatar and per year of use",
    ],
]
SCHEDULE_A_WIDTHS = (14.0, 88.0, 58.0, 34.0, 63.0)

AGREEMENT: list[tuple[str, str]] = [
    ("title", "Simulation and Role-Play Agreement 2025–2028"),
    (
        "sub",
        "between the Lesvanian Guild of Simulation Actors (LGSA; in French, Guilde des "
        "comédiens de simulation de Lesvanie, GCSL) and the Lesvanian Simulation Employers' "
        "Association (LSEA; in French, AESL). Signed at Port-Maren on 18 July 2025. In force "
        "from 1.IX.2025 to 31.VIII.2028.",
    ),
    ("part", "Part I – General"),
    ("art", "Article 1 – Parties and scope"),
    (
        "p",
        "Art. 1(1) This Agreement binds the Association's members (the Port-Maren Faculty of "
        "Medicine, the Saint-Ambroise School of Nursing, the Lesvania National Police College, "
        "the Judicial Training Institute, Crossbridge Assessment Partners Ltd and the Living "
        "History Museum of Port-Maren) and every member of the Guild they engage.",
    ),
    (
        "p",
        "Art. 1(2) It covers four kinds of engagement: (a) standardised patients for medical "
        "and nursing schools, including physical-examination sessions and intimate "
        "examination teaching associates; (b) role-play actors for police, court and "
        "crisis-negotiation training; (c) corporate-training and assessment-centre actors; "
        "(d) immersive and museum historical interpreters.",
    ),
    (
        "p",
        "Art. 1(3) The English and French texts of this Agreement are equally authentic.",
    ),
    ("art", "Article 2 – Definitions"),
    (
        "p",
        "Art. 2(1) A session is a period of simulation with one or more learners. An hour of "
        "simulation is an hour in which the actor is in role, feedback and debrief excluded.",
    ),
    (
        "p",
        "Art. 2(2) A physical-examination session is a session in which learners examine the "
        "actor's body. An intimate examination teaching associate teaches learners, on their "
        "own body, the breast, pelvic, genital or rectal examination.",
    ),
    (
        "p",
        "Art. 2(3) A high-intensity scenario is a scenario classed as such by the course "
        "director: armed confrontation, hostage or crisis negotiation, a violent arrest, or "
        "cross-examination of a vulnerable witness.",
    ),
    (
        "p",
        "Art. 2(4) A synthetic role-player is a character played by software, on a screen or "
        "through a speaker, in place of a human actor. A virtual-patient avatar is a synthetic "
        "patient built from the recordings of a real actor.",
    ),
    ("art", "Article 3 – Term, academic year and dates"),
    (
        "p",
        "Art. 3(1) This Agreement runs from 1 September 2025 to 31 August 2028.",
    ),
    (
        "p",
        "Art. 3(2) The year of this Agreement follows the academic year, from 1 September to "
        'the following 31 August, written "AY 2026-27" (in French, "année universitaire '
        '2026-2027"). The autumn term runs from September to December, the spring term from '
        "January to May, and the summer session from June to August.",
    ),
    (
        "p",
        "Art. 3(3) Dates in this Agreement and its schedules are written day, month in Roman "
        "numerals, year: 1.IX.2026 is 1 September 2026, and 1.I.2027 is 1 January 2027.",
    ),
    ("art", "Article 4 – Rate schedules and stepped increases"),
    (
        "p",
        "Art. 4(1) The Joint Rates Committee publishes a rate schedule for each academic year. "
        "The schedule of an academic year replaces the schedule of the previous one on "
        "1 September.",
    ),
    (
        "p",
        "Art. 4(2) The rates of the schedule rise in steps on the dates the schedule states: "
        "(a) on 1.IX.2026; (b) on 1.I.2027, at the start of the spring term; (c) on 1.IX.2027. "
        "A step applies to all work done on or after its date.",
    ),
    (
        "p",
        "Art. 4(3) By way of exception to Article 4, paragraph 2, point a, the schedule may say "
        "that a new rate applies to engagements booked on or after a stated date. Such a rate "
        "follows the date of the booking, not the date of the work.",
    ),
    (
        "p",
        "Art. 4(4) A corrigendum published by the Joint Rates Committee corrects a misprinted "
        "figure of a schedule from the schedule's first day.",
    ),
    ("part", "Part II – Engagements"),
    ("art", "Article 5 – Minimum call"),
    (
        "p",
        "Art. 5(1) A standardised patient or teaching associate is paid for at least "
        "2~hours of simulation for each call, even when the sessions end earlier.",
    ),
    (
        "p",
        "Art. 5(2) A role-play actor is booked by the half-day (up to four hours) or by the "
        "day (up to eight hours). A half-day that runs past four hours is paid as a day.",
    ),
    (
        "p",
        "Art. 5(3) An assessment-centre actor is paid per assessment, with a minimum of three "
        "assessments for each call, or by the day. A historical interpreter is paid per shift "
        "of up to six hours.",
    ),
    (
        "p",
        "Art. 5(4) Time spent waiting at the venue between two sessions of the same call is "
        "paid at the session rate when the wait is longer than the rest of Article 9, "
        "paragraph 2.",
    ),
    ("art", "Article 6 – Preparation and script reading"),
    (
        "p",
        "Art. 6(1) Preparation and script-reading time is paid at the session rate. For each "
        "new case or scenario, at least 45~minutes of preparation are paid, whether or not "
        "the actor needed them.",
    ),
    (
        "p",
        "Art. 6(2) The employer sends the case or the scenario at least 48~hours before the "
        "session. A case sent later is read on paid time at the venue.",
    ),
    ("art", "Article 7 – Feedback and debrief"),
    (
        "p",
        "Art. 7(1) Feedback to learners and the debrief with the faculty, including the debrief "
        "of Article 8, paragraph 1, are paid at the session rate, in 15-minute units; a unit "
        "that is started is paid in full.",
    ),
    (
        "p",
        "Art. 7(2) Feedback given in writing on a learner's performance is paid: (a) at the "
        "session rate when the employer asks for it; (b) for at least one 15-minute unit per "
        "learner.",
    ),
    ("art", "Article 8 – Distressing scenarios and the safe word"),
    (
        "p",
        "Art. 8(1) After a scenario that the course director or the actor classes as "
        "distressing (breaking bad news, a death, violence, abuse), the actor has a debrief "
        "of at least 30~minutes with a trained facilitator, paid at the session rate.",
    ),
    (
        "p",
        "Art. 8(2) Before every session, the actor and the facilitator agree on a safe word. "
        "When the actor says it, the scenario stops at once. The session is paid in full and "
        "the actor may not be replaced for the rest of the day without their consent.",
    ),
    ("art", "Article 9 – Limits and rest"),
    (
        "p",
        "Art. 9(1) A standardised patient takes part in no more than 8~simulated examinations "
        "a day in physical-examination sessions¹.",
    ),
    (
        "p",
        "Art. 9(2) Between two sessions the actor has a rest of at least 20~minutes, and "
        "between two working days a rest of at least 11~hours.",
    ),
    (
        "p",
        "Art. 9(3) A role-play actor plays no more than two high-intensity scenarios a day, "
        "each paid with the premium of Article 14, paragraph 2.",
    ),
    ("art", "Article 10 – Recording for training videos"),
    (
        "p",
        "Art. 10(1) A session may be filmed for a training video only with the actor's "
        "written consent, given for each recording on Form PL-7. A consent given for one "
        "course is not a consent for another.",
    ),
    (
        "p",
        "Art. 10(2) A training video is shown only to the learners and faculty of the course "
        "named on the form; the actor may withdraw consent before the first showing.",
    ),
    ("art", "Article 11 – Cancellation"),
    (
        "p",
        "Art. 11(1) When the employer cancels an engagement, it pays the share of the booked "
        "fee set out in Table 11.1, by the notice it gave, subject to Article 11, paragraph 2.",
    ),
    ("table", CANCEL_TITLE),
    (
        "p",
        "Art. 11(2) An engagement moved to another date with the actor's agreement is not "
        "cancelled.",
    ),
    ("art", "Article 12 – Travel and meals"),
    (
        "p",
        "Art. 12(1) Travel and meal allowances are paid at the rates of the Travel and Meal "
        "Allowances record that the Joint Committee keeps for each region and academic year.",
    ),
    (
        "p",
        "Art. 12(2) Mileage is paid for each kilometre beyond 30~km from the actor's home "
        "to the venue².",
    ),
    (
        "p",
        "Art. 12(3) At the Police College's training ground (Zone ZL-2) the employer provides "
        "transport from the main gate.",
    ),
    (
        "p",
        "Art. 12(4) A meal allowance is due for each working day of at least six hours away "
        "from the actor's usual venue; it is not due when the employer provides the meal.",
    ),
    ("art", "Article 13 – Confidentiality of learners' assessments"),
    (
        "p",
        "Art. 13(1) An actor may not disclose a learner's marks, feedback or assessment to "
        "anyone but the course director, during or after the engagement.",
    ),
    (
        "p",
        "Art. 13(2) Notes an actor takes on learners are handed to the course director at the "
        "end of the day and not kept.",
    ),
    (
        "p",
        "Art. 13(3) A breach of this Article is a ground for ending the engagement, but not "
        "for keeping back the pay earned.",
    ),
    ("art", "Article 14 – Premiums"),
    (
        "p",
        "Art. 14(1) The premiums and fixed amounts of Schedule A are paid on top of the fee.",
    ),
    (
        "p",
        "Art. 14(2) A role-play actor who plays a high-intensity scenario is paid a "
        "high-intensity scenario premium of 12.5~per~cent of the half-day or day fee.",
    ),
    (
        "p",
        "Art. 14(3) An engagement booked less than 5~working days before it starts earns the "
        "short-notice premium of Schedule A.",
    ),
    ("part", "Part III – Artificial intelligence"),
    ("art", "Article 15 – Virtual-patient avatars"),
    (
        "p",
        "Art. 15(1) An employer may build a virtual-patient avatar from recorded sessions only "
        "with the actor's consent, given for each project. A consent for one project does not "
        "extend to another project or to another employer.",
    ),
    (
        "p",
        "Art. 15(2) For each avatar, the actor is paid a licence fee of 2 400~zł per year of "
        "use, for every academic year in which the avatar is used, even for one day.",
    ),
    ("art", "Article 16 – Voice and likeness used to train AI systems"),
    (
        "p",
        "Art. 16(1) An actor's voice or likeness may be used to train an AI tutoring or "
        "assessment system only if the actor opts in, in writing. Silence is not consent.",
    ),
    (
        "p",
        "Art. 16(2) An actor who opts in is paid a separate fee for each system, on top of "
        "every other fee. The Joint AI Committee sets the amount for each academic year and "
        "the Guild publishes it to members.",
    ),
    ("art", "Article 17 – Recorded sessions used to grade learners automatically"),
    (
        "p",
        "Art. 17(1) Where a recorded session is used to grade learners automatically, the "
        "actor has the right to know it before the session starts, and to see which "
        "recordings were used.",
    ),
    (
        "p",
        "Art. 17(2) Such a recording is kept for no more than 18~months after the session, "
        "then deleted.",
    ),
    ("art", "Article 18 – Synthetic role-players"),
    (
        "p",
        "Art. 18(1) Synthetic role-players may be used in training only as this Article provides.",
    ),
    (
        "p",
        "Art. 18(2) In every course, at least three~human~actors are engaged for each "
        "synthetic role-player used. An employer that wants a lower ratio gives the Guild "
        "120~days' notice in writing and negotiates with it before the course starts.",
    ),
    ("art", "Article 19 – Deletion on request"),
    (
        "p",
        "Art. 19(1) When the actor asks, the employer deletes the recordings, voice models and "
        "avatars built from them within 60~days of the request, and confirms the deletion in "
        "writing.",
    ),
    (
        "p",
        "Art. 19(2) Deletion does not end the licence fee of Article 15, paragraph 2 already due "
        "for the academic year.",
    ),
    ("art", "Article 20 – Labelling"),
    (
        "p",
        "Art. 20(1) Every synthetic scenario, and every scene in which a synthetic role-player "
        "or an avatar takes part, is labelled to the learners at its start, on screen and "
        "aloud.",
    ),
    ("art", "Article 21 – No buyout of consent"),
    (
        "p",
        "Art. 21(1) A consent under this Part may not be bought out by a single payment, nor "
        "given for all projects, all courses or all future uses; the opt-in of Article 16, "
        "paragraph 1 is given for each system.",
    ),
    ("part", "Part IV – Final provisions"),
    ("art", "Article 22 – The previous agreement"),
    (
        "p",
        "Art. 22(1) This Agreement replaces the Standardised Patient and Role-Play Agreement "
        "2022–2025, which expired on 31 August 2025, except as this Article provides.",
    ),
    (
        "p",
        "Art. 22(2) Clause 11.4 of the 2022–2025 agreement (voice and movement coaching "
        "allowance) remains in force for the whole term of this Agreement and is not "
        "superseded.",
    ),
    (
        "p",
        "Art. 22(3) Clause 9.3 of the 2022–2025 agreement (uniform cleaning allowance) is not "
        "kept.",
    ),
    ("art", "Article 23 – Grievances and arbitration"),
    (
        "p",
        "Art. 23(1) A grievance is filed in writing within 21~days after the member learns of "
        "the facts. If it is not settled, either party may refer it to arbitration.",
    ),
    (
        "p",
        "Art. 23(2) An arbitration award binds the parties from the date it states; a clause "
        "it replaces no longer applies from that date. A grievance under Article 4, "
        "paragraph 3 is heard by the Joint Rates Committee first.",
    ),
    ("art", "Article 24 – Joint committees and venues"),
    (
        "p",
        "Art. 24(1) The Joint Rates Committee and the Joint AI Committee each have three "
        "members named by the Guild and three by the Association.",
    ),
    (
        "p",
        "Art. 24(2) The committees meet at the Simulation Centre of the Faculty of Medicine, "
        "Level Z1, at least once each term.",
    ),
    ("art", "Article 25 – Signatures"),
    (
        "p",
        "Art. 25(1) Signed at Port-Maren on 18 July 2025. For the Guild: Halina "
        "Marchetti-Okafor, President, and Tomasz Beaulieu-Grant, General Secretary. For the "
        "Association: Dr Sébastien Wróbel-Hart, Chair.",
    ),
    ("landscape", SCHEDULE_A_TITLE),
]


def _plain(text: str) -> str:
    return text.replace("~", " ")


def _row_text(row: list[str]) -> str:
    return " | ".join(row)


def agreement_text() -> str:
    lines = []
    for kind, text in AGREEMENT:
        if kind == "table":
            lines.append(text)
            lines += [_row_text(r) for r in [CANCEL_HEADER, *CANCEL_ROWS]]
        elif kind == "landscape":
            lines.append(text)
            lines += [_row_text(r) for r in [SCHEDULE_A_HEADER, *SCHEDULE_A]]
        else:
            lines.append(_plain(text))
            for mark, note in FOOTNOTES.items():
                if mark in text:
                    lines.append(_plain(note))
    return "\n".join(lines)


# ---- the award ----------------------------------------------------------------------------

AWARD: list[tuple[str, str]] = [
    ("title", "Arbitration Award No. 2026/07"),
    (
        "sub",
        "In the matter of an arbitration between the Lesvanian Guild of Simulation Actors "
        "(LGSA), the Guild, and the Lesvanian Simulation Employers' Association (LSEA), the "
        "Association, under Article 23 of the Simulation and Role-Play Agreement 2025–2028. "
        "Arbitrator: Dr Agnieszka Fontaine-Reyes. Award given at Port-Maren on Friday "
        "9 October 2026.",
    ),
    ("h", "I. The questions referred"),
    (
        "p",
        "[1] The Guild's grievance of 3 March 2026 concerns Article 19, paragraph 1 of the "
        "Agreement: members who asked for their recordings and avatars to be deleted waited "
        "the full 60~days, and some recordings were used to train a grading system during "
        "that time.",
    ),
    (
        "p",
        "[2] The Association's grievance of 17 March 2026 asks that Article 18, paragraph 2 "
        "(three~human~actors for each synthetic role-player in every course) be set aside as "
        "contrary to the employers' freedom to organise training.",
    ),
    (
        "p",
        "[3] The two grievances were joined. The hearing took place on 14 and 15 September "
        "2026 in Room S 1250 of the Arbitration Centre, 40 Granary Street, Port-Maren.",
    ),
    ("h", "II. The evidence"),
    (
        "p",
        "[4] The Guild called six members. Four of them had asked for deletion in the autumn "
        "term of AY 2025-26; their avatars were still shown to nursing students seven weeks "
        "later. The Association did not dispute these facts.",
    ),
    (
        "p",
        "[5] The Association's expert stated that deletion from every backup takes eleven "
        "working days at most, and that sixty days were agreed in 2025 only because the "
        "systems were then new.",
    ),
    (
        "p",
        "[6] On the ratio, the Association showed that two nursing courses of the "
        "Saint-Ambroise School of Nursing could not be run in the spring term of AY 2025-26 "
        "for want of actors. The Guild showed that those courses had been offered to its "
        "members at a week's notice.",
    ),
    ("h", "III. Reasons"),
    (
        "p",
        "[7] Article 19, paragraph 1 protects the actor's control over their own voice and "
        "body. A period that is longer than the time the employer needs, and during which "
        "the material can still be used, does not serve that purpose. Thirty days are "
        "enough, on the Association's own evidence.",
    ),
    (
        "p",
        "[8] Article 18, paragraph 2 is a term the parties bargained for. The Agreement "
        "already gives the employer a way to ask for a lower ratio: 120~days' notice to the "
        "Guild and negotiation. The Association did not use it. Nothing in the evidence "
        "justifies setting the clause aside.",
    ),
    (
        "p",
        "[9] The arbitrator has no power to change the rates of the schedules, and makes no "
        "order about them.",
    ),
    ("h", "IV. IT IS ORDERED THAT"),
    (
        "p",
        "[10] With effect from 1.XI.2026 (1 November 2026), Article 19, paragraph 1 of the "
        'Agreement is replaced by the following: "When the actor asks, the employer deletes '
        "the recordings, voice models and avatars built from them within 30~days of the "
        "request, stops every use of them from the day of the request, and confirms the "
        'deletion in writing." The 60-day period no longer applies to requests made on or '
        "after that date.",
    ),
    (
        "p",
        "[11] The Association's grievance is dismissed. Article 18, paragraph 2 of the "
        "Agreement is upheld: it remains in force as written and is not superseded by this "
        "award.",
    ),
    (
        "p",
        "[12] The Association pays the Guild's costs of the arbitration, fixed at "
        "4 800,00~zł, within 30~days of this award.",
    ),
    (
        "p",
        "[13] Every other term of the Agreement is unchanged.",
    ),
    ("sign", ""),
]
AWARD_SIGNATURES = [
    "Dr Agnieszka Fontaine-Reyes, Arbitrator",
    "Given at Port-Maren, 9 October 2026",
]


def award_text() -> str:
    lines = []
    for _kind, text in AWARD:
        if _kind == "sign":
            lines += AWARD_SIGNATURES
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


def _doc(header: str):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def header(self) -> None:
            self.set_font(FONT, "I", 8.5)
            self.set_xy(MARGIN, 9)
            self.cell(self.w - 2 * MARGIN, 5, header, align="C")
            self.set_line_width(0.2)
            self.line(MARGIN, 15, self.w - MARGIN, 15)

        def footer(self) -> None:
            self.set_font(FONT, "", 8.5)
            self.set_xy(MARGIN, self.h - 13)
            self.cell(self.w - 2 * MARGIN, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    return pdf


class _Flow:
    """Places lines in one column; footnotes at the foot of the page of their marker."""

    def __init__(self, pdf) -> None:
        self.pdf = pdf
        self.y = TOP
        self.bottom = BOTTOM
        self.notes: list[list[str]] = []  # wrapped footnotes waiting for this page's foot
        self.note_pages: dict[str, int] = {}

    def new_page(self, orientation: str = "P") -> None:
        self.flush_notes()
        self.pdf.add_page(orientation=orientation)
        self.y = TOP
        self.bottom = self.pdf.h - 20.0

    def flush_notes(self) -> None:
        if not self.notes:
            return
        pdf = self.pdf
        h = sum(len(n) for n in self.notes) * FOOT_LH
        y = self.pdf.h - 20.0 - h
        pdf.set_line_width(0.2)
        pdf.line(MARGIN, y - 2, MARGIN + 50, y - 2)
        pdf.set_font(FONT, "", FOOT_SIZE)
        for note in self.notes:
            for line in note:
                pdf.set_xy(MARGIN, y)
                pdf.cell(TEXT_W, FOOT_LH, line)
                y += FOOT_LH
        self.notes = []

    def need(self, h: float) -> None:
        if self.y + h > self.bottom:
            self.new_page()

    def lines(self, text: str, style: str, size: float, lh: float, keep: int = 1) -> None:
        pdf = self.pdf
        pdf.set_font(FONT, style, size)
        rows = wrap(pdf, text, TEXT_W)
        marks = [m for m in FOOTNOTES if m in text]
        notes = []
        if marks:
            pdf.set_font(FONT, "", FOOT_SIZE)
            notes = [wrap(pdf, FOOTNOTES[m], TEXT_W) for m in marks]
            pdf.set_font(FONT, style, size)
            extra = sum(len(n) for n in notes) * FOOT_LH + 6
            # the clause and its note on the same page
            self.need(lh * len(rows) + extra)
            self.bottom -= extra
            self.notes += notes
            for m in marks:
                self.note_pages[m] = pdf.page_no()
        else:
            self.need(lh * min(keep + len(rows), len(rows) + keep))
        for line in rows:
            self.need(lh)
            pdf.set_font(FONT, style, size)
            pdf.set_xy(MARGIN, self.y)
            pdf.cell(TEXT_W, lh, line)
            self.y += lh

    def gap(self, h: float) -> None:
        self.y += h


def _wrapped_table(flow: _Flow, title: str, header, rows, widths, size=9.0, lh=4.6) -> int:
    """A ruled table whose cells wrap onto several lines. Returns the most lines in a cell."""
    pdf = flow.pdf
    most = 1
    all_rows = [header, *rows]
    wrapped = []
    for r, row in enumerate(all_rows):
        pdf.set_font(FONT, "B" if r == 0 else "", size)
        cells = [wrap(pdf, text, w - 3) for text, w in zip(row, widths, strict=True)]
        wrapped.append(cells)
        most = max(most, *(len(c) for c in cells))
    total = 8 + sum(max(len(c) for c in cells) * lh + 3 for cells in wrapped)
    flow.need(total)
    pdf.set_font(FONT, "B", 10)
    pdf.set_xy(MARGIN, flow.y)
    pdf.cell(sum(widths), 6, title)
    flow.y += 8
    for r, cells in enumerate(wrapped):
        h = max(len(c) for c in cells) * lh + 3
        x = MARGIN
        for lines, w in zip(cells, widths, strict=True):
            pdf.set_line_width(0.2)
            pdf.rect(x, flow.y, w, h)
            pdf.set_font(FONT, "B" if r == 0 else "", size)
            for k, line in enumerate(lines):
                pdf.set_xy(x + 1.5, flow.y + 1.5 + k * lh)
                pdf.cell(w - 3, lh, line)
            x += w
        flow.y += h
    flow.y += 4
    return most


def _landscape_table(flow: _Flow, title: str) -> int:
    flow.new_page(orientation="L")
    pdf = flow.pdf
    pdf.set_font(FONT, "B", 12)
    pdf.set_xy(MARGIN, flow.y)
    pdf.cell(pdf.w - 2 * MARGIN, 7, title)
    flow.y += 11
    for r, row in enumerate([SCHEDULE_A_HEADER, *SCHEDULE_A]):
        pdf.set_font(FONT, "B" if r == 0 else "", 9.5)
        x = MARGIN
        for text, w in zip(row, SCHEDULE_A_WIDTHS, strict=True):
            if pdf.get_string_width(text) > w - 2.4:
                raise SystemExit(f"Schedule A cell too wide for one line ({w} mm): {text!r}")
            pdf.set_xy(x, flow.y)
            pdf.cell(w, 8, text, border=1)
            x += w
        flow.y += 8
    flow.y += 6
    pdf.set_font(FONT, "I", 9.5)
    note = (
        "The rates of pay themselves are in the rate schedule of each academic year "
        "(Article 4); this Schedule does not change with the academic year."
    )
    pdf.set_xy(MARGIN, flow.y)
    pdf.cell(pdf.w - 2 * MARGIN, 6, note)
    return pdf.page_no()


NOTE_PAGES: dict[str, int] = {}
LANDSCAPE_PAGE = 0


def build_agreement() -> None:
    global LANDSCAPE_PAGE
    pdf = _doc(AGREEMENT_HEADER)
    pdf.set_title("Simulation and Role-Play Agreement 2025-2028")
    pdf.set_author("LGSA / LSEA")
    pdf.set_creation_date(datetime.datetime(2025, 7, 18, 12, 0, tzinfo=datetime.UTC))
    flow = _Flow(pdf)
    flow.new_page()
    for kind, text in AGREEMENT:
        if kind == "title":
            flow.lines(text, "B", 16, 8)
            flow.gap(2)
        elif kind == "sub":
            flow.lines(text, "I", 10.5, 5.4)
            flow.gap(4)
        elif kind == "part":
            if pdf.page_no() > 1 or flow.y > TOP + 60:
                flow.new_page()  # each Part starts on a new page
            flow.gap(3)
            flow.lines(text, "B", 13, 7)
            flow.gap(2)
        elif kind == "art":
            flow.gap(1.5)
            flow.lines(text, "B", 11.5, 6.2, keep=3)
            flow.gap(0.6)
        elif kind == "table":
            most = _wrapped_table(flow, text, CANCEL_HEADER, CANCEL_ROWS, CANCEL_WIDTHS)
            if most < 3:
                raise SystemExit("Table 11.1's cells do not wrap")
        elif kind == "landscape":
            LANDSCAPE_PAGE = _landscape_table(flow, text)
        else:
            flow.lines(text, "", 10.5, 5.7)
            flow.gap(2.6)
    flow.flush_notes()
    NOTE_PAGES.update(flow.note_pages)
    pdf.output(AGREEMENT_OUT)
    print(
        "wrote",
        AGREEMENT_OUT,
        pdf.page_no(),
        "pages; footnotes on pages",
        flow.note_pages,
        "; landscape page",
        LANDSCAPE_PAGE,
    )


def build_award() -> None:
    pdf = _doc(AWARD_HEADER)
    pdf.set_title("Arbitration Award No. 2026/07")
    pdf.set_author("Dr Agnieszka Fontaine-Reyes")
    pdf.set_creation_date(datetime.datetime(2026, 10, 9, 12, 0, tzinfo=datetime.UTC))
    flow = _Flow(pdf)
    flow.new_page()
    for kind, text in AWARD:
        if kind == "title":
            flow.lines(text, "B", 16, 8)
            flow.gap(2)
        elif kind == "sub":
            flow.lines(text, "I", 10.5, 5.4)
            flow.gap(3)
        elif kind == "h":
            flow.gap(1.5)
            flow.lines(text, "B", 11.5, 6.2, keep=3)
            flow.gap(0.6)
        elif kind == "sign":
            flow.need(40)
            flow.gap(8)
            for s in AWARD_SIGNATURES:
                pdf.set_font(FONT, "", 10.5)
                pdf.set_xy(MARGIN, flow.y)
                pdf.cell(TEXT_W, 6, s)
                flow.y += 6
                if not s.startswith("Given"):
                    pdf.set_line_width(0.2)
                    pdf.line(MARGIN, flow.y + 7, MARGIN + 70, flow.y + 7)
                    pdf.set_font(FONT, "I", 8)
                    pdf.set_xy(MARGIN, flow.y + 7.5)
                    pdf.cell(70, 4, "(signature)")
                    flow.y += 14
        else:
            flow.lines(text, "", 10.5, 5.7)
            flow.gap(2.6)
    pdf.output(AWARD_OUT)
    print("wrote", AWARD_OUT, pdf.page_no(), "pages")


if __name__ == "__main__":
    build_agreement()
    build_award()
