#!/usr/bin/env python3
"""Build the two PDFs of union-ac (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ac/make_pdf.py    # fpdf2 is in the venv

- docs/mwpg-streamed-fitness-wellness-media-agreement-2025-2028.pdf: the Streamed Fitness
  and Wellness Media Agreement 2025-2028, set in TWO TEXT COLUMNS on portrait A4 pages,
  with a running header (the agreement's name) and a "Page N of M" footer. Clauses are
  numbered "§ 12.3" and cross-referenced in words ("section 12, subsection 3"). Part IV
  opens with Table 20.1 (fixed amounts and rules for the whole term), set across the full
  width; it CONTINUES ONTO THE NEXT PAGE WITH ITS HEADER ROW REPEATED, and the two columns
  resume under its last row. Amounts are written "45 000 Kč" (space thousands, the currency
  after). The fiscal year runs 1 April - 31 March. Section 14, subsection 6 describes the
  AI-coach pilot (1 January - 30 June 2026; not renewed); section 21 keeps one clause of
  the expired 2022-2025 agreement and drops another.
- docs/lettre-entente-3-gimb-cpfn-2026.pdf: Lettre d'entente n° 3 (French), a LETTER with a
  letterhead: "Les parties conviennent de remplacer le § 18.1 ..." (deletion on request
  within 90 days becomes 30 jours for requests made on or after le 1.10.2026) and "Les
  parties conviennent de confirmer le § 17.2 ..." (the 12.5 per cent cap on generated
  classes, written "douze et demi pour cent": confirmed, not superseded).

Reading note (checked by check_set.py): pdfplumber's extract_text() INTERLEAVES the two
columns (each text line of the page is the left column's line, a space, then the right
column's line at the same height); pypdf reads the left column, then the right one.

The text is set in DejaVu Sans (/usr/share/fonts/truetype/dejavu, for "č", "§", "–").
Lines are broken by this script, never inside an amount, a percentage, a duration, a date,
a clause reference or a phrase the questions quote (a "~" below, or a pattern of TIES, is a
space that does not break). `agreement_text()` and `letter_text()` return the same text for
check_set.py (one heading or clause per line, table cells joined by " | "). Fixed creation
dates, so the output is byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(
    HERE, "docs", "mwpg-streamed-fitness-wellness-media-agreement-2025-2028.pdf"
)
LETTER_OUT = os.path.join(HERE, "docs", "lettre-entente-3-gimb-cpfn-2026.pdf")
AGREEMENT_HEADER = "Streamed Fitness and Wellness Media Agreement 2025–2028 – MWPG / DFPC"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
NB = "\u00a0"

MARGIN = 20.0
TOP = 22.0
PAGE_W = 210.0
PAGE_H = 297.0
BOTTOM = PAGE_H - 20.0
TEXT_W = PAGE_W - 2 * MARGIN
GUTTER = 8.0
COL_W = (TEXT_W - GUTTER) / 2
BODY_SIZE = 11.0
BODY_LH = 5.9

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MOIS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
TIES = [
    re.compile(r"\d{1,3}(?: \d{3})*(?:,\d\d)? Kč"),
    re.compile(
        r"\d+(?:[.,]\d+)? (?:per cent|%|hours?|days'?|minutes|months|km|classes|"
        r"finished minutes|high-intensity classes|paid recovery days|jours|mois|pour cent)"
    ),
    re.compile(r"\b(?:one|two|three) (?:classes|sessions|half-day|session|class)\b"),
    re.compile(r"\bsection \d+, subsection \d+"),
    re.compile(r"§ \d+\.\d+"),
    re.compile(r"\b(?:Form|Studio|formulaire) K[C\d][\w-]*"),
    re.compile(rf"\b\d{{1,2}} (?:{_MONTHS}) \d{{4}}"),
    re.compile(rf"\b(?:1er|\d{{1,2}}) (?:{_MOIS}) \d{{4}}"),
    re.compile(r"\bFY \d{4}/\d\d\b"),
    re.compile(r"\bQ\d FY\d\d/\d\d\b"),
    re.compile(r"\bbefore the session\b"),
    re.compile(r"\bdouze et demi pour cent\b"),
    re.compile(r"\ble 1\.\d+\.\d{4}\b"),
]

# ---- the agreement ------------------------------------------------------------------------

TABLE_TITLE = "Table 20.1 – Fixed amounts and rules for the whole term"
TABLE_HEADER = ["Code", "Item", "Amount or rule", "Clause"]
TABLE_WIDTHS = (13.0, 70.0, 64.0, 23.0)
TABLE_ROWS = [
    ["F-1", "Minimum call, instructor", "two classes per call", "§ 4.1"],
    ["F-2", "Minimum call, narrator", "10 finished minutes per call", "§ 4.2"],
    ["F-3", "Minimum call, background participant", "one half-day", "§ 4.3"],
    ["F-4", "Minimum call, motion-capture mover", "one session of up to 3 hours", "§ 4.4"],
    ["F-5", "Warm-up before each class", "at least 15 minutes, paid", "§ 5.1"],
    ["F-6", "High-intensity classes", "no more than 3 a day", "§ 6.1"],
    ["F-7", "Rest between two classes", "at least 30 minutes", "§ 6.2"],
    ["F-8", "Rest between two working days", "at least 12 hours", "§ 6.3"],
    ["F-9", "Class length for the higher rate", "45 minutes or more", "§ 7.1"],
    ["F-10", "Long-form narration", "a recording over 30 finished minutes", "§ 7.2"],
    ["F-11", "Grandfathered live class (45 min or more)", "1 340 Kč per class", "§ 7.4"],
    ["F-12", "Fees paid", "within 30 days of the class", "§ 7.6"],
    ["F-13", "Injury report", "within 48 hours", "§ 8.1"],
    ["F-14", "Paid recovery days", "up to 5 per reported injury", "§ 8.2"],
    ["F-15", "Recovery-day pay", "1 150 Kč per paid recovery day", "§ 8.2, § 21.2"],
    ["F-16", "Library use included in the class fee", "the first 12 months", "§ 10.1"],
    ["F-17", "Cancellation, 7 days or more", "no fee", "§ 12.1"],
    ["F-18", "Cancellation, 48 hours to under 7 days", "50 % of the booked fee", "§ 12.1"],
    ["F-19", "Cancellation, less than 48 hours", "100 % of the booked fee", "§ 12.1"],
    ["F-20", "Mileage threshold", "beyond 25 km from home", "§ 13.1"],
    ["F-21", "AI coach avatar licence", "45 000 Kč per avatar and per quarter", "§ 14.3"],
    ["F-22", "Voice clone", "a separate fee per language", "§ 15.2"],
    ["F-23", "Movement data retention", "no longer than 18 months", "§ 16.2"],
    ["F-24", "Generated classes, notice to the Guild", "at least 60 days", "§ 17.1"],
    ["F-25", "Generated classes, share of a catalogue", "no more than 12.5 %", "§ 17.2"],
    ["F-26", "Deletion on request", "within 90 days of the request", "§ 18.1"],
    ["F-27", "Grievance", "within 21 days", "§ 23.1"],
]

AGREEMENT: list[tuple[str, str]] = [
    ("title", "Streamed Fitness and Wellness Media Agreement 2025–2028"),
    (
        "sub",
        "between the Movement and Wellness Performers' Guild of Veltrava (MWPG; in French, "
        "Guilde des interprètes du mouvement et du bien-être, GIMB) and the Digital Fitness "
        "Producers' Council (DFPC; in French, Conseil des producteurs de fitness numérique, "
        "CPFN). Signed at Harrowfield on 27 March 2025. In force from 1 April 2025 to "
        "31 March 2028.",
    ),
    ("part", "Part I – General"),
    ("sec", "§ 1 Parties and scope"),
    (
        "p",
        "§ 1.1 This Agreement binds the Council's members (PulseStream Ltd, Calmwave Apps, "
        "Motion Loop Studios, which runs Studio~K2 in Harrowfield, Lumen Yoga Media and "
        "FormaTech Sensing) and every member of the Guild they engage in Veltrava.",
    ),
    (
        "p",
        "§ 1.2 It covers five kinds of engagement: (a) streamed fitness class instructors, "
        "live and recorded; (b) meditation and sleep-story narrators for wellness apps; "
        "(c) yoga and dance-along choreographers; (d) background participants in class "
        "videos, the people on bikes or mats behind the instructor; (e) motion-capture "
        'reference movers, whose movements calibrate the pose-estimation ("form check") '
        "features of the producers' apps.",
    ),
    ("p", "§ 1.3 The English and French texts of this Agreement are equally authentic."),
    ("sec", "§ 2 Term, fiscal year and schedules"),
    ("p", "§ 2.1 This Agreement runs from 1 April 2025 to 31 March 2028."),
    (
        "p",
        "§ 2.2 The year of this Agreement is the fiscal year, from 1 April to the following "
        "31 March: FY 2025/26, FY 2026/27 and FY 2027/28. Its quarters are Q1 (April to "
        "June), Q2 (July to September), Q3 (October to December) and Q4 (January to March); "
        "Q3 FY26/27 is October to December 2026.",
    ),
    (
        "p",
        "§ 2.3 The rates of pay are set in a rate schedule for each fiscal year. A schedule "
        "replaces the previous one on 1 April. The parties may agree an increase during a "
        "fiscal year with retroactive effect; the schedule then states the date from which "
        "the increase applies and the date by which back pay is due.",
    ),
    (
        "p",
        "§ 2.4 On 1 April 2027 every rate of the FY 2026/27 schedule in force on 31 March "
        "2027 is raised by 4~per~cent, rounded to the nearest koruna, without further "
        "agreement. The indexed figures are printed in the FY 2026/27 schedule beside the "
        "figures they replace.",
    ),
    (
        "p",
        "§ 2.5 Fixed amounts and rules that do not change with the fiscal year are listed "
        "in Table 20.1. Amounts are in koruna (Kč).",
    ),
    (
        "p",
        "§ 2.6 When a date of this Agreement falls on a Saturday, a Sunday or a public "
        "holiday, the next working day applies.",
    ),
    ("sec", "§ 3 Definitions"),
    (
        "p",
        "§ 3.1 A class is one streamed fitness, yoga, dance or movement session as published. "
        "A live class is streamed while it is taught; a recorded class is filmed to be "
        "published later. The length of a class is its published length.",
    ),
    (
        "p",
        "§ 3.2 A finished minute is one minute of narration audio as delivered to the app, "
        "music beds and silences included. A long-form recording is a recording over "
        "30~finished~minutes.",
    ),
    (
        "p",
        "§ 3.3 A routine is a sequence of yoga or dance-along movements created for a class. "
        "A half-day is up to four hours on set. A motion-capture session is up to three "
        "hours in a capture suit or in front of depth cameras.",
    ),
    (
        "p",
        "§ 3.4 A high-intensity class is a class the producer lists as such: interval "
        "training, plyometrics, spin sprints, or any class with a target heart rate above "
        "85~per~cent of the member's maximum.",
    ),
    (
        "p",
        "§ 3.5 A member engaged before 1 April 2025 is a member who held a written engagement "
        "with the same producer dated before that day, whether or not they worked every "
        "quarter since.",
    ),
    ("part", "Part II – Engagement and working conditions"),
    ("sec", "§ 4 Minimum call"),
    (
        "p",
        "§ 4.1 An instructor called to a studio is paid at least two~classes per call, at "
        "the rate of the classes booked, even when fewer classes are taught.",
    ),
    (
        "p",
        "§ 4.2 A narrator is paid at least 10~finished~minutes per call, even when less "
        "audio is delivered.",
    ),
    ("p", "§ 4.3 A background participant is paid at least one~half-day per call."),
    (
        "p",
        "§ 4.4 A motion-capture reference mover is paid at least one~session of up to "
        "3~hours per call.",
    ),
    (
        "p",
        "§ 4.5 A call cancelled on the day is paid under section 12, subsection 1, and the "
        "minimum call of this section applies to it.",
    ),
    ("sec", "§ 5 Warm-up"),
    (
        "p",
        "§ 5.1 At least 15~minutes of warm-up are paid before each live class and each "
        "recorded class, whether the warm-up is filmed or not. A choreographer who performs "
        "a routine and a motion-capture reference mover receive the same warm-up.",
    ),
    (
        "p",
        "§ 5.2 Warm-up is paid at the warm-up rate of the rate schedule, in addition to the "
        "class fee. It is not counted in the rest of section 6, subsection 2.",
    ),
    (
        "p",
        "§ 5.3 A warm-up is never filmed to be published as a class, and a filmed warm-up "
        "is not a recorded class.",
    ),
    ("sec", "§ 6 High-intensity classes and rest"),
    (
        "p",
        "§ 6.1 An instructor teaches no more than 3~high-intensity~classes a day, live and "
        "recorded together.",
    ),
    (
        "p",
        "§ 6.2 There is a rest of at least 30~minutes between two classes, and of at least "
        "12~hours between two working days.",
    ),
    (
        "p",
        "§ 6.3 A member who is asked to teach beyond section 6, subsection 1 may refuse; the "
        "refusal is not a ground for ending an engagement.",
    ),
    ("sec", "§ 7 Fees"),
    (
        "p",
        "§ 7.1 Instructors are paid per live class and per recorded class. A class of "
        "45~minutes or more is paid at the higher rate of the schedule.",
    ),
    (
        "p",
        "§ 7.2 Narrators are paid per finished minute. The long-form rate applies to every "
        "finished minute of a recording over 30~finished~minutes.",
    ),
    (
        "p",
        "§ 7.3 Choreographers are paid per routine created and, separately, per routine "
        "performed; a choreographer who performs their own routine receives both fees.",
    ),
    (
        "p",
        "§ 7.4 An instructor engaged by the same producer before 1 April 2025 keeps, for the "
        "whole term, a per-class rate of 1 340 Kč for live classes of 45~minutes or more, "
        "where the schedule rate is lower. This grandfathered rate is not indexed.",
    ),
    (
        "p",
        "§ 7.5 Background participants are paid per half-day and motion-capture reference "
        "movers per session, at the rates of the schedule.",
    ),
    (
        "p",
        "§ 7.6 Fees are paid within 30~days of the class, the recording or the session. "
        "Back pay owed under section 2, subsection 3 is paid by the date the schedule "
        "states.",
    ),
    (
        "p",
        "§ 7.7 Each payment comes with a statement that lists the classes, finished minutes, "
        "routines, half-days, sessions and re-use fees it covers, with their dates.",
    ),
    ("sec", "§ 8 Injury and recovery"),
    (
        "p",
        "§ 8.1 A member who is injured while working reports the injury to the producer "
        "within 48~hours, in writing. A late report does not cancel the member's rights.",
    ),
    (
        "p",
        "§ 8.2 After a reported injury the member receives up to 5~paid~recovery~days, at "
        "1 150 Kč per paid recovery day (the rate kept by section 21, subsection 2).",
    ),
    (
        "p",
        "§ 8.3 A member is never filmed while injured, and a class is never published "
        "showing an injury.",
    ),
    (
        "p",
        "§ 8.4 Recovery days are paid with the next statement and are not counted as days "
        "worked under section 6, subsection 1.",
    ),
    ("sec", "§ 9 Music"),
    (
        "p",
        "§ 9.1 Clearing the music used in a class is the producer's job. A member never pays "
        "for, chooses under licence, or clears music, and the producer answers for any "
        "claim about it.",
    ),
    (
        "p",
        "§ 9.2 A class that is muted or taken down because of a music claim is paid in full, "
        "and its re-use fees continue to be paid as if it had stayed in the library.",
    ),
    ("sec", "§ 10 Re-use of recorded classes"),
    (
        "p",
        "§ 10.1 The class fee includes the first 12~months of a recorded class in the "
        "producer's library. For each further year the class stays in the library, the "
        "producer pays a re-use fee, at the re-use fee table published for each fiscal year.",
    ),
    (
        "p",
        "§ 10.2 A class removed from the library before a new library year begins pays no "
        "re-use fee for that year.",
    ),
    (
        "p",
        "§ 10.3 Re-use fees are paid once a year, with a statement of the classes still in "
        "the library, within 30~days of the start of each library year.",
    ),
    ("sec", "§ 11 Body-metrics overlay"),
    (
        "p",
        "§ 11.1 A member may refuse a body-metrics overlay: the display of heart rate, "
        "calories, power or any other measure of their body over their image. The refusal "
        "costs the member nothing and is not a ground for refusing or ending an engagement.",
    ),
    (
        "p",
        "§ 11.2 An overlay is never added after the recording without the member's written "
        "agreement, and a refusal given before one class holds for the following ones.",
    ),
    ("sec", "§ 12 Cancellation"),
    (
        "p",
        "§ 12.1 When the producer cancels an engagement, it pays by notice band: 7~days or "
        "more before, no fee; from 48~hours to under 7~days before, 50 % of the booked fee; "
        "less than 48~hours before, 100 % of the booked fee.",
    ),
    (
        "p",
        "§ 12.2 Warm-up time already done is paid in every band. Section 12, subsection 1 "
        "does not apply when the member cancels.",
    ),
    (
        "p",
        "§ 12.3 The producer gives notice of a cancellation in writing; the notice band is "
        "counted from the time the message is sent to the member.",
    ),
    ("sec", "§ 13 Travel, wardrobe and equipment"),
    (
        "p",
        "§ 13.1 Travel beyond 25~km from the member's home is paid at the mileage rate of the "
        "schedule; an overnight stay is reimbursed within the limits of the schedule.",
    ),
    (
        "p",
        "§ 13.2 A member who uses their own clothes, shoes, mat or bike on camera receives "
        "the wardrobe and equipment allowance of the schedule for each quarter in which they "
        "work.",
    ),
    (
        "p",
        "§ 13.3 Equipment the producer provides (bikes, mats, weights) is checked before "
        "each class, and a member may refuse equipment that is faulty without losing the class fee.",
    ),
    ("part", "Part III – Artificial intelligence"),
    ("sec", "§ 14 AI coach avatars"),
    (
        "p",
        "§ 14.1 An AI coach avatar is a digital coach built from an instructor's recorded "
        "classes that shows, speaks or moves like the instructor.",
    ),
    (
        "p",
        "§ 14.2 No avatar is built without the instructor's written consent, given "
        "separately for each avatar on Form~KC-7. One consent never covers a second avatar.",
    ),
    (
        "p",
        "§ 14.3 The producer pays a licence fee of 45 000 Kč per avatar and per quarter of "
        "use, for each quarter of the fiscal year in which the avatar is available to users.",
    ),
    (
        "p",
        "§ 14.4 The instructor may withdraw consent at any time; the avatar is taken down at "
        "the end of the quarter.",
    ),
    (
        "p",
        "§ 14.5 The licence may not be bought out by a single payment, for one platform or "
        "for all of them.",
    ),
    (
        "p",
        "§ 14.6 An avatar is used only on the platforms named in the consent, and only for "
        "the kinds of class named there.",
    ),
    (
        "p",
        "§ 14.7 An AI coach pilot runs from 1 January 2026 to 30 June 2026 at PulseStream "
        "Ltd and Calmwave Apps. During the pilot, one consent covers every avatar of the "
        "instructor and the licence fee is 18 000 Kč per quarter. The pilot ends on 30 June "
        "2026 unless the parties renew it in writing; if it is not renewed, section 14, "
        "subsections 2 to 5 apply to every avatar.",
    ),
    ("sec", "§ 15 Voice clones"),
    (
        "p",
        "§ 15.1 A voice clone of a member, used for workout cues and encouragement, is made "
        "only if the member opts in, in writing. A clone never gives medical advice.",
    ),
    (
        "p",
        "§ 15.2 A separate fee is paid for each language the clone speaks, at the amount the "
        "Joint AI Committee (section 22) sets for each fiscal year.",
    ),
    (
        "p",
        "§ 15.3 The member may hear every cue before it is published and may refuse any of "
        "them without giving a reason.",
    ),
    ("sec", "§ 16 Movement data"),
    (
        "p",
        "§ 16.1 A member whose movements are recorded to train a form-check model has the "
        "right to know, before the session, which models will be trained and which data "
        "will be kept.",
    ),
    (
        "p",
        "§ 16.2 Movement data are kept no longer than 18~months after the session, and are "
        "used for no other purpose than the models named under section 16, subsection 1.",
    ),
    (
        "p",
        "§ 16.3 After each motion-capture session the mover receives a written summary of "
        "the data kept and of the models they will train.",
    ),
    ("sec", "§ 17 Generated classes"),
    (
        "p",
        "§ 17.1 A producer that publishes a class generated without an instructor gives the "
        "Guild at least 60~days' notice in writing.",
    ),
    (
        "p",
        "§ 17.2 Generated classes may not exceed 12.5~per~cent of the classes of a "
        "catalogue, counted at the end of each quarter.",
    ),
    (
        "p",
        "§ 17.3 A generated class never uses the name, face, voice or movements of a member "
        "without the consents of section 14, subsection 2 and section 15, subsection 1.",
    ),
    ("sec", "§ 18 Deletion on request"),
    (
        "p",
        "§ 18.1 When a member asks, the producer deletes the avatars, voice clones and "
        "movement data built from their work within 90~days of the request, and stops every "
        "use of them from the day of the request.",
    ),
    (
        "p",
        "§ 18.2 The producer confirms the deletion to the member in writing, and tells the "
        "Guild how many requests it received in each quarter.",
    ),
    ("sec", "§ 19 Disclosure labels"),
    (
        "p",
        "§ 19.1 Every generated class, avatar class and voice-clone cue carries the label "
        '"AI-generated", on screen at the start of the class and in its description.',
    ),
    (
        "p",
        "§ 19.2 In an audio-only class the label is spoken aloud at the start of the class.",
    ),
    ("part", "Part IV – Fixed amounts, the previous agreement and final provisions"),
    ("sec", "§ 20 Fixed amounts"),
    (
        "p",
        "§ 20.1 Table 20.1 lists the fixed amounts and rules of this Agreement. It does not "
        "change with the fiscal year; the rates of pay are in the rate schedules (section 2, "
        "subsection 3).",
    ),
    ("table", TABLE_TITLE),
    ("sec", "§ 21 The previous agreement"),
    (
        "p",
        "§ 21.1 The Streamed Fitness Agreement 2022–2025 expired on 31 March 2025 and is "
        "replaced by this Agreement.",
    ),
    (
        "p",
        "§ 21.2 Clause 9.3 of the 2022–2025 agreement (injury recovery pay, 1 150 Kč per "
        "paid recovery day) remains in force for the whole term of this Agreement and is not "
        "superseded.",
    ),
    (
        "p",
        "§ 21.3 Clause 11.2 of the 2022–2025 agreement (equipment hire allowance) is not "
        "kept; section 13, subsection 2 replaces it.",
    ),
    (
        "p",
        "§ 21.4 Pay for work done before 1 April 2025 follows the 2022–2025 agreement and "
        "its rates for FY 2024/25.",
    ),
    ("sec", "§ 22 Joint AI Committee"),
    (
        "p",
        "§ 22.1 The Joint AI Committee has two members named by the Guild and two named by "
        "the Council. It meets each quarter and sets the voice-clone fee of section 15, "
        "subsection 2 for each fiscal year.",
    ),
    (
        "p",
        "§ 22.2 The Committee's decisions are sent to the members concerned by email "
        "within 10~days and published on the Guild's site.",
    ),
    (
        "p",
        "§ 22.3 The Committee hears a member about an avatar, a voice clone or movement "
        "data at the member's request, within one month.",
    ),
    ("sec", "§ 23 Grievances"),
    (
        "p",
        "§ 23.1 A grievance is filed within 21~days of the facts. The parties may agree side "
        "letters that replace or confirm a clause of this Agreement from a stated date.",
    ),
    (
        "p",
        "§ 23.2 A grievance that is not settled within 30~days goes to arbitration before a "
        "single arbitrator chosen by the parties.",
    ),
    (
        "p",
        "§ 23.3 Side letters are signed by the President of the Guild and the Chair of the "
        "Council, and are published to members in English and in French.",
    ),
    ("sec", "§ 24 Signatures"),
    (
        "p",
        "§ 24.1 Signed at Harrowfield on 27 March 2025. For the Guild: Jana Okonkwo-Marchal, "
        "President, and Pavel Lindqvist-Roy, General Secretary. For the Council: Tomas "
        "Whitcombe-Novak, Chair.",
    ),
    (
        "p",
        "§ 24.2 Each party keeps a signed original in English and in French; both are "
        "equally authentic.",
    ),
]


def _plain(text: str) -> str:
    return text.replace("~", " ")


def agreement_text() -> str:
    lines = []
    for kind, text in AGREEMENT:
        if kind == "table":
            lines.append(text)
            lines += [" | ".join(r) for r in [TABLE_HEADER, *TABLE_ROWS]]
        else:
            lines.append(_plain(text))
    return "\n".join(lines)


# ---- the side letter (French) -------------------------------------------------------------

LETTERHEAD = [
    "GUILDE DES INTERPRÈTES DU MOUVEMENT ET DU BIEN-ÊTRE (GIMB)",
    "Movement and Wellness Performers' Guild of Veltrava (MWPG)",
    "8, quai des Tanneurs – Valmont-sur-Lisse – Veltrava",
]
LETTER: list[tuple[str, str]] = [
    ("right", "Valmont-sur-Lisse, le 14 septembre 2026"),
    (
        "to",
        "À l'attention de M. Tomas Whitcombe-Novak, président du Conseil des producteurs de "
        "fitness numérique (CPFN), Harrowfield",
    ),
    (
        "obj",
        "Objet : Lettre d'entente n° 3 à la Convention des médias de fitness et de bien-être "
        "diffusés en continu 2025-2028 – suppression sur demande et cours générés",
    ),
    ("p", "Monsieur le Président,"),
    (
        "p",
        "À la suite des réunions du comité paritaire de l'intelligence artificielle des "
        "3 juin 2026 et 8 septembre 2026, nous vous confirmons l'accord intervenu entre la "
        "Guilde et le Conseil. La présente lettre d'entente fait partie de la convention en "
        "vertu de son § 23.1.",
    ),
    ("h", "1. Suppression sur demande (§ 18.1)"),
    (
        "p",
        "Les parties conviennent de remplacer le § 18.1 de la convention, à compter du "
        "1.10.2026 (début du T3 de l'exercice 2026-2027, soit octobre à décembre 2026), "
        "par le texte suivant : « Lorsqu'un membre le demande, le producteur supprime les "
        "avatars, les clones vocaux et les données de mouvement tirés de son travail dans un "
        "délai de 30~jours à compter de la demande, et cesse toute utilisation dès le jour "
        "de la demande. »",
    ),
    (
        "p",
        "Le délai de 30~jours s'applique aux demandes présentées le 1er octobre 2026 ou "
        "après. Les demandes présentées avant le 1.10.2026 restent soumises au délai de "
        "90~jours de la convention, tel qu'il était écrit.",
    ),
    ("h", "2. Part des cours générés (§ 17.2)"),
    (
        "p",
        "Les parties conviennent de confirmer le § 17.2 de la convention sans changement : "
        "les cours générés sans instructeur ne peuvent dépasser douze et demi pour cent des "
        "cours d'un catalogue, calculés à la fin de chaque trimestre. Le § 17.2 reste en "
        "vigueur tel qu'il est écrit ; il n'est ni remplacé ni modifié par la présente "
        "lettre.",
    ),
    ("h", "3. Autres dispositions"),
    (
        "p",
        "Toutes les autres clauses de la convention demeurent inchangées, y compris le "
        "préavis de 60~jours du § 17.1 et l'étiquette « généré par IA » du § 19.1. Le comité "
        "paritaire fera le point sur la suppression des données au début de l'exercice "
        "2027-2028.",
    ),
    (
        "p",
        "Nous vous prions d'agréer, Monsieur le Président, l'expression de nos salutations "
        "distinguées.",
    ),
    ("sign", ""),
]
LETTER_SIGNATURES = [
    "Pour la Guilde : Jana Okonkwo-Marchal, présidente",
    "Pour le Conseil : Tomas Whitcombe-Novak, président",
]


def letter_text() -> str:
    lines = list(LETTERHEAD)
    for kind, text in LETTER:
        if kind == "sign":
            lines += LETTER_SIGNATURES
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


def _doc(header: str | None):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def header(self) -> None:
            if header is None:
                return
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


# what was placed where, for check_set.py: page -> column (0 left, 1 right) -> lines
COLUMNS: dict[int, dict[int, list[str]]] = {}
TABLE_PAGES: list[int] = []


class _Columns:
    """Places lines in two columns: the left one to the foot of the page, then the right
    one, then a new page. `top` is where both columns start on the current page."""

    def __init__(self, pdf) -> None:
        self.pdf = pdf
        self.top = TOP
        self.col = 0
        self.y = TOP

    def new_page(self) -> None:
        self.pdf.add_page()
        self.top = TOP
        self.col = 0
        self.y = TOP

    def _next_column(self) -> None:
        if self.col == 0:
            self.col = 1
            self.y = self.top
        else:
            self.new_page()

    def lines(self, text: str, style: str, size: float, lh: float, keep: int = 1) -> None:
        pdf = self.pdf
        pdf.set_font(FONT, style, size)
        rows = wrap(pdf, text, COL_W)
        if self.y + lh * min(len(rows), keep + 1) > BOTTOM:
            self._next_column()
        for line in rows:
            if self.y + lh > BOTTOM:
                self._next_column()
            pdf.set_font(FONT, style, size)
            x = MARGIN + self.col * (COL_W + GUTTER)
            pdf.set_xy(x, self.y)
            pdf.cell(COL_W, lh, line)
            COLUMNS.setdefault(pdf.page_no(), {}).setdefault(self.col, []).append(line)
            self.y += lh

    def gap(self, h: float) -> None:
        self.y += h

    def full_width(self, text: str, style: str, size: float, lh: float) -> None:
        """A heading across both columns at the top of a new page."""
        pdf = self.pdf
        self.new_page()
        pdf.set_font(FONT, style, size)
        for line in wrap(pdf, text, TEXT_W):
            pdf.set_xy(MARGIN, self.y)
            pdf.cell(TEXT_W, lh, line)
            self.y += lh
        self.top = self.y + 3
        self.y = self.top

    def table(self, title: str) -> None:
        """Table 20.1 across the full width, under both columns; it continues on the next
        page with its header repeated; the columns resume under its last row."""
        pdf = self.pdf
        # the table starts under the lower of the two columns
        y = max(self.y, self.top) if self.col == 0 else BOTTOM + 1
        if self.col == 1 or y + 40 > BOTTOM:
            self.new_page()
            y = TOP
        rh = 7.2
        pdf.set_font(FONT, "B", 10)
        pdf.set_xy(MARGIN, y)
        pdf.cell(TEXT_W, 6, title)
        y += 8

        def header_row(y: float) -> float:
            x = MARGIN
            pdf.set_font(FONT, "B", 8.5)
            for text, w in zip(TABLE_HEADER, TABLE_WIDTHS, strict=True):
                pdf.set_xy(x, y)
                pdf.cell(w, rh, text, border=1)
                x += w
            return y + rh

        y = header_row(y)
        TABLE_PAGES.append(pdf.page_no())
        for row in TABLE_ROWS:
            if y + rh > BOTTOM:
                pdf.add_page()
                y = header_row(TOP)
                TABLE_PAGES.append(pdf.page_no())
            x = MARGIN
            pdf.set_font(FONT, "", 8.5)
            for text, w in zip(row, TABLE_WIDTHS, strict=True):
                if pdf.get_string_width(text) > w - 2.4:
                    raise SystemExit(f"Table 20.1 cell too wide for one line ({w} mm): {text!r}")
                pdf.set_xy(x, y)
                pdf.cell(w, rh, text, border=1)
                x += w
            y += rh
        self.top = y + 6
        self.col = 0
        self.y = self.top


def build_agreement(write: bool = True) -> bytes:
    """Lay the agreement out (filling COLUMNS and TABLE_PAGES); write it unless told not to."""
    COLUMNS.clear()
    TABLE_PAGES.clear()
    pdf = _doc(AGREEMENT_HEADER)
    pdf.set_title("Streamed Fitness and Wellness Media Agreement 2025-2028")
    pdf.set_author("MWPG / DFPC")
    pdf.set_creation_date(datetime.datetime(2025, 3, 27, 12, 0, tzinfo=datetime.UTC))
    flow = _Columns(pdf)
    for kind, text in AGREEMENT:
        if kind == "title":
            flow.new_page()
            pdf.set_font(FONT, "B", 16)
            pdf.set_xy(MARGIN, flow.y)
            pdf.cell(TEXT_W, 8, text)
            flow.y += 10
        elif kind == "sub":
            pdf.set_font(FONT, "I", 10)
            for line in wrap(pdf, text, TEXT_W):
                pdf.set_xy(MARGIN, flow.y)
                pdf.cell(TEXT_W, 5.2, line)
                flow.y += 5.2
            flow.top = flow.y + 4
            flow.y = flow.top
        elif kind == "part":
            if text.startswith(("Part III", "Part IV")):
                flow.full_width(text, "B", 13, 7)
            else:
                flow.gap(0 if flow.y == flow.top else 3)
                flow.lines(text, "B", 12, 6.5, keep=4)
                flow.gap(1.5)
        elif kind == "sec":
            flow.gap(1.5)
            flow.lines(text, "B", 10.5, 5.8, keep=3)
            flow.gap(0.5)
        elif kind == "table":
            flow.table(text)
        else:
            flow.lines(text, "", BODY_SIZE, BODY_LH)
            flow.gap(2.4)
    data = bytes(pdf.output())
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print("wrote", AGREEMENT_OUT, pdf.page_no(), "pages; Table 20.1 on pages", TABLE_PAGES)
    return data


def build_letter(write: bool = True) -> bytes:
    pdf = _doc(None)
    pdf.set_title("Lettre d'entente n° 3")
    pdf.set_author("GIMB / CPFN")
    pdf.set_creation_date(datetime.datetime(2026, 9, 14, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    # the letterhead
    pdf.set_fill_color(235, 240, 245)
    pdf.rect(MARGIN, 12, TEXT_W, 24, style="F")
    pdf.set_font(FONT, "B", 12)
    pdf.set_xy(MARGIN + 4, 14)
    pdf.cell(TEXT_W - 8, 6, LETTERHEAD[0])
    pdf.set_font(FONT, "I", 9.5)
    pdf.set_xy(MARGIN + 4, 21)
    pdf.cell(TEXT_W - 8, 5, LETTERHEAD[1])
    pdf.set_font(FONT, "", 9.5)
    pdf.set_xy(MARGIN + 4, 27)
    pdf.cell(TEXT_W - 8, 5, LETTERHEAD[2])
    y = 46.0
    lh = 5.8
    for kind, text in LETTER:
        if kind == "sign":
            y += 8
            for s in LETTER_SIGNATURES:
                pdf.set_font(FONT, "", 10.5)
                pdf.set_xy(MARGIN, y)
                pdf.cell(TEXT_W, 6, s)
                pdf.set_line_width(0.2)
                pdf.line(MARGIN, y + 15, MARGIN + 70, y + 15)
                y += 20
            continue
        style = {"obj": "B", "h": "B"}.get(kind, "")
        pdf.set_font(FONT, style, 10.5)
        rows = wrap(pdf, text, TEXT_W)
        if y + lh * len(rows) > BOTTOM:
            pdf.add_page()
            y = TOP
        for line in rows:
            pdf.set_xy(MARGIN, y)
            pdf.cell(TEXT_W, lh, line, align="R" if kind == "right" else "")
            y += lh
        y += 3.5
    data = bytes(pdf.output())
    if write:
        with open(LETTER_OUT, "wb") as f:
            f.write(data)
        print("wrote", LETTER_OUT, pdf.page_no(), "pages")
    return data


if __name__ == "__main__":
    build_agreement()
    build_letter()
