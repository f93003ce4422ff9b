#!/usr/bin/env python3
"""Build the three PDFs of union-am (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-am/make_pdf.py    # fpdf2 is in the venv

- docs/spul-aurora-nrl-ice-show-agreement-2026-2029.pdf: the Ice Show and Arena Agreement
  2026-2029 in English, set in TWO TEXT COLUMNS per page (the title and the parties across
  the top of page 1, then the clauses down the left column and on into the right one).
  A reader that sorts the page by lines (pdfplumber) puts a line of the left column and a
  line of the right column side by side; a reader that follows the drawing order (pypdf)
  reads the left column and then the right one. Amounts in English style ("S/ 1,250.50",
  clause 3.1); the one sum written in words is clause 4.4's. Every page has the footer
  "... · page N".
- docs/schedule-r-rates-2026-2028.pdf: Schedule R, the rate table, with a SPANNING
  (MERGED) HEADER "Rate in soles (S/), by period" over three period columns whose dates
  are printed with ROMAN-NUMERAL MONTHS ("12.III.2027", explained once), FOOTNOTE MARKS on
  some figures ("S/ 168.00¹") with the footnotes on the same page saying what applies,
  and the weekly touring guarantee in the printer's APOSTROPHE style ("S/ 1'365.00",
  explained).
- docs/ice-show-performers-agreement-2022-2026.pdf: the PREVIOUS agreement (2022-2026),
  amounts with the sol's OLDER SYMBOL "S/." and no thousands separator ("S/. 1250.50",
  explained), opening with a TABLE OF CONTENTS whose clause numbers (numbered in steps of
  five: "4.10", "10.25") and page numbers look like figures.

DejaVu Sans (/usr/share/fonts/truetype/dejavu) draws "–", "−", "°", "¹" and "’". Lines
are broken by this script, never inside an amount, a percentage, a date, a clause
reference or a quoted phrase (TIES). `agreement_text()`, `schedule_text()` and
`old_text()` return the text for check_set.py (table cells joined by " | "). Fixed
creation dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "spul-aurora-nrl-ice-show-agreement-2026-2029.pdf")
SCHEDULE_OUT = os.path.join(HERE, "docs", "schedule-r-rates-2026-2028.pdf")
OLD_OUT = os.path.join(HERE, "docs", "ice-show-performers-agreement-2022-2026.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
TIE = "\u0001"  # a space the line breaker must not break at (never in the output)
MINUS = "\u2212"

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
TIES = [
    re.compile(r"\bS/\.? \d[\d,']*\.\d{2}\b"),
    re.compile(r"\b\d+(?:[.,]\d+)? (?:%|hours?|days?|minutes|km|kg|m|°C|working days)(?![\w/])"),
    re.compile(rf"\b\d{{1,2}} (?:{_MONTHS}) \d{{4}}\b"),
    re.compile(
        r"\b(?:[Cc]lauses?|Schedule|Form|Rink No\.|Reg\.|[Ww]eek|day|Article|Part|page) [\dA-Z]+(?:[.-]\d+)*"
    ),
    re.compile(r"\btwo hundred and forty-six soles fifty\b"),
    re.compile(r"\bprojected image, not a live performer\b"),
    re.compile(r"\bnot carried over\b|\bcontinues unchanged\b|\bnot covered\b"),
    re.compile(r"\bthe first Monday of October\b"),
    re.compile(r"\bday 1 of the tour\b"),
    re.compile(r"\b\d{1,2}\.[IVX]+\.\d{4}\b"),
    re.compile(r"\b\d\d:\d\d\b"),
]

# ---- the agreement (two columns) --------------------------------------------------------------

A_TITLE = "Ice Show and Arena Agreement 2026–2029"
A_SUB = (
    "Between the Skating Performers' Union of Lunestre (SPUL) and two employers: Aurora Ice "
    "Tours Ltd. (Aurora), the touring ice-show producer, and National Rinks of Lunestre "
    "(NRL), the national rink operator. Republic of Lunestre. Signed at Ardenport on "
    "9 October 2026."
)
FOOTER = "SPUL / Aurora / NRL · Ice Show and Arena Agreement 2026–2029 · page {n}"

AGREEMENT: list[tuple[str, str]] = [
    ("part", "Part I – General"),
    ("art", "1. Parties, scope and term"),
    (
        "p",
        "1.1 This agreement is made between the Skating Performers' Union of Lunestre (the "
        "Union) and two employers: Aurora Ice Tours Ltd. (Aurora), which produces touring ice "
        "shows, and National Rinks of Lunestre (NRL), which runs the national rinks and their "
        "arena shows.",
    ),
    (
        "p",
        "1.2 It covers every performer engaged by Aurora or NRL to skate in a show or for a "
        "production: ensemble skaters in touring ice shows, principal and featured skaters, "
        "pair and ice-dance couples, skating character performers in full-head costumes, "
        "aerial-on-ice performers lifted above the ice in a harness, roller-skating and "
        "inline performers in arena shows, skating stunt doubles engaged for film, skating "
        "coaches hired as choreographers' assistants, and Zamboni-interval entertainers, who "
        "perform during the ice-resurfacing break.",
    ),
    (
        "p",
        "1.3 The public-session skate marshals, who are NRL's rink staff, are not covered by "
        "this agreement, and neither are the members of the Rivebelle Amateur Skating Club, a "
        "partner amateur club whose members skate in the finale of some shows.",
    ),
    (
        "p",
        "1.4 This agreement replaces the Interim Agreement of 24 June 2026 from 1 November "
        "2026. The interim's rates and rules do not apply to any show, rehearsal, fitting or "
        "capture from that date.",
    ),
    (
        "p",
        "1.5 This agreement runs from 1 November 2026 to 31 October 2029. Schedule R gives "
        "the rates of each role by period.",
    ),
    (
        "p",
        "1.6 The Ice Show Performers Agreement 2022–2026 ended on 30 June 2026. None of its "
        "terms applies unless this agreement says that it continues.",
    ),
    ("art", "2. Definitions"),
    (
        "p",
        "2.1 A show is one public performance, from the call to the final bow. A two-show day "
        "is a day on which a skater performs in two shows.",
    ),
    (
        "p",
        "2.2 A Zamboni interval is the ice-resurfacing break of a show, while the resurfacing "
        "machine clears the ice; the Zamboni-interval entertainer performs on the lanes "
        "already resurfaced.",
    ),
    (
        "p",
        "2.3 A flight is one lift of an aerial-on-ice performer in a harness, from take-off to "
        "landing on the ice.",
    ),
    (
        "p",
        "2.4 Tour days are counted from the first show of a tour. The winter tour 2027 opens "
        "on 8 January 2027, which is day 1 of the tour; week 9 of that tour begins on day 57 "
        "of the tour.",
    ),
    (
        "p",
        "2.5 Aurora's home rink is the Ardenport National Arena. NRL's second arena is "
        "Northgate Rink No. 3.",
    ),
    ("art", "3. How amounts are written"),
    (
        "p",
        "3.1 Amounts are in soles of Lunestre, written with the symbol S/ before the amount, "
        "a comma between the thousands and a point before the céntimos: S/ 1,250.50 is one "
        "thousand two hundred and fifty soles and fifty céntimos. A sol is one hundred "
        "céntimos.",
    ),
    ("p", "3.2 Lunestre is not Peru, although its sol is written in the same way."),
    (
        "p",
        "3.3 Where this agreement writes a sum in words, the figure in brackets is the same sum.",
    ),
    ("part", "Part II – Pay and conditions"),
    ("art", "4. Shows"),
    (
        "p",
        "4.1 Each show is paid at the rate of Schedule R for the skater's role and the period.",
    ),
    (
        "p",
        "4.2 Phased increase. The per-show rate of an ensemble skater rises by S/ 21.00 in two "
        "equal steps of S/ 10.50: the first on 1 November 2026, to S/ 214.50, and the second "
        "on 2027-03-12, to S/ 225.00. Until the second step the rate is S/ 214.50.",
    ),
    (
        "p",
        "4.3 Principal and featured skaters are paid per show at the rates of Schedule R.",
    ),
    (
        "p",
        "4.4 Each partner of a pair or ice-dance couple is paid two hundred and forty-six "
        "soles fifty (S/ 246.50) per show.",
    ),
    (
        "p",
        "4.5 Two-show day. On a two-show day each skater receives a two-show-day supplement "
        "of S/ 35.00, on top of the two show fees.",
    ),
    (
        "p",
        "4.6 Tour-length premium. From week 9 of a tour onward, every show is paid with a "
        "tour-length premium of 12% of the per-show rate.",
    ),
    (
        "p",
        "4.7 Weekly touring guarantee. A skater on tour is paid at least S/ 1,365.00 for each "
        "tour week, whatever the number of shows in that week.",
    ),
    ("art", "5. Rehearsals and costume fittings"),
    (
        "p",
        "5.1 Grandfathered rate. A skater first engaged by Aurora or NRL before 1 November "
        "2026 keeps the rehearsal-day rate of S/ 168.00 for as long as he or she stays "
        "engaged. A skater first engaged on or after 1 November 2026 is paid S/ 156.00 per "
        "rehearsal day.",
    ),
    (
        "p",
        "5.2 Rate freeze. The costume-fitting hour is frozen at S/ 38.00 until 30 June 2027. "
        "From 1 July 2027 it is S/ 41.50.",
    ),
    ("art", "6. Aerial on ice"),
    (
        "p",
        "6.1 An aerial-on-ice performer receives an aerial supplement of S/ 52.00 per flight "
        "in which the harness lifts the skater above 3.5 m. Below that height no supplement "
        "is due.",
    ),
    ("p", "6.2 Every rig is inspected under Reg. 2027/09 before the first show at each venue."),
    (
        "p",
        f"6.3 No flight and no throw jump takes place when the ice surface is warmer than "
        f"{MINUS}3 °C. The ice is normally kept at {MINUS}5 °C.",
    ),
    (
        "p",
        "6.4 The lift-spotter rule of the 2022–2026 agreement continues unchanged: no lift is "
        "rehearsed or performed without a spotter on the ice beside the couple or the rig.",
    ),
    ("art", "7. Full-head costumes"),
    (
        "p",
        "7.1 The head of a full-head costume weighs no more than 4.2 kg, frame and fan included.",
    ),
    (
        "p",
        "7.2 A skating character performer spends no more than 25 minutes at a time in a "
        "full-head costume, then takes a break of at least 10 minutes with the head off.",
    ),
    ("art", "8. Falls and injuries"),
    (
        "p",
        "8.1 A skater who falls and strikes the head, or who cannot get up unaided, leaves "
        "the ice for a fall assessment of at least 20 minutes by the rink medic before "
        "skating again. The show goes on with the understudy.",
    ),
    ("art", "9. Rest and overtime"),
    (
        "p",
        "9.1 A skater has at least 2 hours of rest between the end of one show and the call "
        "for the next.",
    ),
    (
        "p",
        "9.2 Overtime is due after 8 hours of work in a day, counted from the call; each hour "
        "of overtime is paid at the hourly equivalent of the show rate plus 50%.",
    ),
    ("art", "10. Allowances"),
    (
        "p",
        "10.1 Touring per diem: S/ 62.00 for each day on tour away from home. On 1 December "
        "2026 the per diem is raised by 3.5%, the consumer price index of October 2026; the "
        "Union's bulletin publishes the resulting figure.",
    ),
    (
        "p",
        "10.2 Skate-sharpening and boot allowance: S/ 480.00 per season, paid in two halves.",
    ),
    (
        "p",
        "10.3 Travel: S/ 0.85 per km beyond the first 40 km between the skater's home and "
        "the rink.",
    ),
    (
        "p",
        "10.4 Pilot. As a trial, from 1 November 2026 to 30 November 2026, NRL pays an encore "
        "fee of S/ 18.00 to a Zamboni-interval entertainer who performs a second routine in "
        "the same interval at the Ardenport National Arena. The pilot ends on 30 November "
        "2026 unless the parties renew it in writing.",
    ),
    (
        "p",
        "10.5 The cold-weather clothing allowance of the 2022–2026 agreement is not carried over.",
    ),
    ("art", "11. Practice ice"),
    (
        "p",
        "11.1 A skater engaged for a tour may use the ice of the home rink free of charge for "
        "3 hours a week, outside the public sessions.",
    ),
    ("art", "12. Cancellation"),
    (
        "p",
        "12.1 If a show is cancelled within 96 hours of its start, each skater engaged for it "
        "is paid a cancellation fee of 50% of the show fee. A show cancelled earlier is not "
        "paid.",
    ),
    ("art", "13. Tour dates abroad"),
    (
        "p",
        "13.1 For a tour date abroad the parties agree the daily allowance in writing before "
        "the tour leaves; the show fee itself is paid in soles.",
    ),
    ("part", "Part III – Volumetric capture and digital skaters"),
    ("art", "14. Capture and consent"),
    (
        "p",
        "14.1 Aurora or NRL may make a volumetric capture of a skater, for a virtual ice show "
        "or for game or broadcast graphics, only with the skater's consent for that "
        "production, given on Form VC-7. Each production has its own numbered Form VC-7; a "
        "consent never covers another production.",
    ),
    ("p", "14.2 Capture fee: S/ 640.00 per capture day."),
    (
        "p",
        "14.3 Per-use fee: S/ 115.00 for each use of a capture in a production, each new "
        "virtual show, game or graphics package being a further use.",
    ),
    (
        "p",
        "14.4 Motion data. A skater's choreography captured as motion data is the skater's "
        "own; the employer holds a licence to use it in the production consented to, and "
        "nothing more.",
    ),
    (
        "p",
        "14.5 No model may be trained on a captured routine, or on motion data, without the "
        "skater's separate written consent on Form VC-9.",
    ),
    ("art", "15. Digital skaters"),
    (
        "p",
        "15.1 A synthetic skater in a projected ice-mapping show is labelled, on screen and "
        'in the programme: "Digital skater – projected image, not a live performer".',
    ),
    (
        "p",
        "15.2 The employer deletes every capture and every copy of the motion data within "
        "45 days after the end of the production, and confirms the deletion to the skater in "
        "writing.",
    ),
    (
        "p",
        "15.3 Audit. A skater, or the Union on his or her behalf, may audit the use of a "
        "capture once a year, on 10 working days' notice.",
    ),
    ("art", "16. Joint Digital Ice Committee"),
    (
        "p",
        "16.1 A Joint Digital Ice Committee of two members from each party oversees Part III. "
        "It meets every year on the first Monday of October, and at any time at the request "
        "of either party.",
    ),
    ("part", "Part IV – Disputes"),
    ("art", "17. Grievances"),
    (
        "p",
        "17.1 A grievance is raised in writing with the Union's delegate or the employer's "
        "company manager; a grievance not settled goes to the parties, and then to a single "
        "arbitrator chosen by both.",
    ),
    ("art", "Schedule C – Signatures"),
    (
        "p",
        "For the Union: Ingrid Solvang-Mbatha, president; Lucien Okafor-Thibault, chief "
        "negotiator.",
    ),
    ("p", "For Aurora: Carys Pemberton-Oyelowo, producer."),
    ("p", "For NRL: Anselme Vukovic-Ross, director of rinks."),
]


def agreement_text() -> str:
    return "\n".join([A_TITLE, A_SUB, *(text for _, text in AGREEMENT)])


# ---- Schedule R (the rate table) ------------------------------------------------------------

S_TITLE = "Schedule R – Rates by period, 2026–2028"
S_SUB = (
    "Schedule R to the Ice Show and Arena Agreement 2026–2029 between the Skating Performers' "
    "Union of Lunestre, Aurora Ice Tours Ltd. and National Rinks of Lunestre. Set by the "
    "parties' printer at Ardenport, October 2026."
)
S_NOTES = [
    "Periods are printed in the printer's house style, with the month in Roman numerals: "
    "12.III.2027 is 12 March 2027, and 1.XI.2026 is 1 November 2026.",
    "Amounts are in soles (S/), English style (clause 3.1 of the agreement). A figure with "
    "a footnote mark is paid as its footnote, printed under the table, says.",
]
S_HEAD_SPAN = "Rate in soles (S/), by period"
S_PERIODS = ["1.XI.2026 – 11.III.2027", "12.III.2027 – 31.X.2027", "1.XI.2027 – 31.X.2028"]
S_HEAD = ["Role", "Unit"]
S_ROWS = [
    ["Ensemble skater", "show", "S/ 214.50", "S/ 225.00", "S/ 231.75"],
    ["Principal skater", "show", "S/ 318.00", "S/ 318.00", "S/ 327.50"],
    ["Featured skater", "show", "S/ 262.00", "S/ 262.00", "S/ 269.90"],
    ["Pair or ice-dance partner", "show, each partner", "S/ 246.50", "S/ 246.50", "S/ 253.90"],
    ["Character performer (full-head costume)", "show", "S/ 221.00", "S/ 221.00", "S/ 227.60"],
    ["Roller-skating or inline performer", "show", "S/ 198.00", "S/ 198.00", "S/ 203.90"],
    ["Skating stunt double (film)", "day", "S/ 540.00", "S/ 540.00", "S/ 556.20"],
    ["Coach as choreographer's assistant", "hour", "S/ 46.00", "S/ 46.00", "S/ 47.40"],
    ["Zamboni-interval entertainer", "interval", "S/ 96.00", "S/ 96.00", "S/ 98.90"],
    ["Any role", "rehearsal day", "S/ 168.00¹", "S/ 168.00¹", "S/ 173.00¹"],
    ["Any role", "costume-fitting hour", "S/ 38.00²", "S/ 38.00²", "S/ 41.50"],
    ["Any role", "two-show-day supplement", "S/ 35.00", "S/ 35.00", "S/ 36.25"],
    ["Aerial-on-ice performer", "supplement per flight", "S/ 52.00³", "S/ 52.00³", "S/ 53.50³"],
    ["Any role on tour", "per diem, per day", "S/ 62.00⁴", "as indexed⁴", "as indexed⁴"],
]
S_WIDTHS = [50.0, 35.0, 31.0, 31.0, 31.0]
S_FOOTNOTES = [
    "¹ Skaters first engaged before 1.XI.2026 (clause 5.1). A skater first engaged on or "
    "after that date is paid S/ 156.00 a rehearsal day (S/ 160.70 from 1.XI.2027).",
    "² Frozen at S/ 38.00 until 30.VI.2027 (clause 5.2); S/ 41.50 from 1.VII.2027.",
    "³ Per flight with the harness above 3.5 m (clause 6.1); no supplement below that height.",
    "⁴ The figure before indexation: the per diem is raised by 3.5% on 1.XII.2026 "
    "(clause 10.1), and the Union's bulletin publishes the resulting figure.",
]
S_AFTER = [
    "Weekly touring guarantee (clause 4.7): S/ 1'365.00 a tour week, in every period. The "
    "printer sets the thousands of an amount apart with an apostrophe, its house style; "
    "this is one thousand three hundred and sixty-five soles.",
]
S_PAGE2_TITLE = "Reading Schedule R"
S_PAGE2 = [
    "1. Find your role in the first column and the unit in the second: a show, a day, an "
    "hour, an interval, a rehearsal day or a flight. Then read across to the period in "
    "which the work is done. The period is the date of the show, not the date of the pay.",
    "2. The ensemble skater's rate rises in two steps under clause 4.2; the first column "
    "already carries the first step, the second column the second step.",
    "3. The tour-length premium of clause 4.6 and the two-show-day supplement are added "
    "on top of the rate read in the table; the weekly touring guarantee is a floor, not an "
    "addition.",
    "4. Allowances other than the per diem (travel, the skate-sharpening and boot "
    "allowance) are in clause 10 of the agreement, and the capture and per-use fees are in "
    "Part III; they are not repeated in this schedule.",
    "5. Where a role is not listed, the parties agree its rate in writing before the first "
    "show, at no less than the ensemble skater's rate of the period.",
    "6. Questions about this schedule go to the Union's delegate on the tour, or to the "
    "company manager of Aurora or NRL.",
]
S_FOOTER = "Schedule R · Rates by period, 2026–2028 · page {n}"


def _row_text(row: list[str]) -> str:
    return " | ".join(row)


def schedule_text() -> str:
    out = [S_TITLE, S_SUB, *S_NOTES]
    out.append(_row_text([*S_HEAD, S_HEAD_SPAN]))
    out.append(_row_text(["", "", *S_PERIODS]))
    out += [_row_text(r) for r in S_ROWS]
    out += S_FOOTNOTES
    out += S_AFTER
    out += [S_PAGE2_TITLE, *S_PAGE2]
    return "\n".join(out)


# ---- the previous agreement (a table of contents) ----------------------------------------------

O_TITLE = "Ice Show Performers Agreement 2022–2026"
O_SUB = (
    "Between the Skating Performers' Union of Lunestre and Aurora Ice Tours Ltd. In force "
    "from 1 July 2022 to 30 June 2026. Signed at Ardenport on 28 June 2022."
)
O_FOOTER = "Ice Show Performers Agreement 2022–2026 · page {n}"
O_TOC_TITLE = "Contents"
O_TOC_NOTE = (
    "Clauses are numbered in steps of five (4.10, 4.15, 4.20 and so on) to leave room for "
    "amendments; the number on the right of each line is the page."
)
# (article heading, clauses); the clause numbers are part of the text
OLD: list[tuple[str, list[str]]] = [
    (
        "Article 1 – Parties and term",
        [
            "1.10 This agreement is made between the Skating Performers' Union of Lunestre (the "
            "Union) and Aurora Ice Tours Ltd. (Aurora).",
            "1.15 It applies to the skaters Aurora engages for its touring ice shows, from "
            "1 July 2022 to 30 June 2026.",
        ],
    ),
    (
        "Article 2 – How amounts are written",
        [
            "2.10 Amounts are in soles, written with the symbol S/. (with a point, the older "
            "symbol of the sol, as the Currency Office wrote it until 2025) and no thousands "
            "separator: S/. 1250.50 is one thousand two hundred and fifty soles and fifty "
            "céntimos.",
        ],
    ),
    (
        "Article 3 – Definitions",
        [
            "3.10 A show is one public performance. A two-show day is a day on which a skater "
            "performs in two shows.",
        ],
    ),
    (
        "Article 4 – Shows",
        [
            "4.10 An ensemble skater is paid S/. 188.00 per show.",
            "4.15 A principal skater is paid S/. 290.00 per show.",
            "4.20 Each partner of a pair or ice-dance couple is paid S/. 226.00 per show.",
            "4.25 On a two-show day each skater receives a supplement of S/. 28.00.",
        ],
    ),
    (
        "Article 5 – Rehearsals and fittings",
        [
            "5.10 A rehearsal day is paid S/. 150.00.",
            "5.15 A costume-fitting hour is paid S/. 33.00.",
        ],
    ),
    (
        "Article 6 – Aerial work and lifts",
        [
            "6.10 An aerial supplement of S/. 40.00 is paid per flight with the harness above 4 m.",
            "6.15 Lift-spotter rule: no lift is rehearsed or performed without a spotter on "
            "the ice beside the couple or the rig.",
        ],
    ),
    (
        "Article 7 – Full-head costumes",
        [
            "7.10 The head of a full-head costume weighs no more than 5 kg.",
            "7.15 A character performer spends no more than 30 minutes at a time in a "
            "full-head costume, then takes a break of at least 5 minutes.",
        ],
    ),
    (
        "Article 8 – Falls",
        [
            "8.10 A skater who falls and strikes the head leaves the ice for an assessment of "
            "at least 15 minutes.",
        ],
    ),
    (
        "Article 9 – Rest and overtime",
        [
            "9.10 A skater has at least 90 minutes of rest between two shows.",
            "9.15 Overtime is due after 9 hours of work in a day and is paid at the hourly "
            "rate plus 50%.",
        ],
    ),
    (
        "Article 10 – Allowances",
        [
            "10.10 Touring per diem: S/. 55.00 per day on tour.",
            "10.15 Skate-sharpening and boot allowance: S/. 400.00 per season.",
            "10.20 Travel: S/. 0.70 per km beyond the first 50 km.",
            "10.25 Cold-weather clothing allowance: S/. 45.00 per season, for a skater who "
            "performs in an unheated arena.",
        ],
    ),
    (
        "Article 11 – Cancellation",
        ["11.10 A show cancelled within 48 hours of its start is paid at 35% of the show fee."],
    ),
    (
        "Article 12 – Long tours",
        ["12.10 From week 11 of a tour, each show is paid with a premium of 10%."],
    ),
    (
        "Article 13 – Disputes",
        [
            "13.10 A dispute not settled between the parties within a month goes to a single "
            "arbitrator chosen by both.",
            "13.15 For the Union: Marguerite Oduya-Lindqvist, president. For Aurora: Carys "
            "Pemberton-Oyelowo, producer.",
        ],
    ),
]
# the page each article starts on (checked against the build)
O_PAGES = [2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3]
O_LEADER = 64  # characters of title and dots before the page number


def _toc_line(i: int) -> tuple[str, str]:
    head, clauses = OLD[i]
    first = clauses[0].split(" ")[0]
    last = clauses[-1].split(" ")[0]
    title = f"{head} ({first} to {last})" if first != last else f"{head} ({first})"
    return title + " " + "." * max(4, O_LEADER - len(title)), str(O_PAGES[i])


def old_text() -> str:
    out = [O_TITLE, O_SUB, O_TOC_TITLE, O_TOC_NOTE]
    out += [" ".join(_toc_line(i)) for i in range(len(OLD))]
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
TOP = 18.0
BOTTOM = 276.0
GUTTER = 8.0
COLW = (210.0 - 2 * MARGIN - GUTTER) / 2
LH = 4.0
BODY = 8.4


def _doc(footer: str):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def footer(self) -> None:
            self.set_font(FONT, "", 7.2)
            self.set_text_color(0, 0, 0)
            self.set_xy(MARGIN, self.h - 13)
            self.cell(self.w - 2 * MARGIN, 4, footer.format(n=self.page_no()), align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    return pdf


class _Columns:
    """Lines down the left column, then the right one, then a new page."""

    def __init__(self, pdf, y: float) -> None:
        self.pdf = pdf
        self.top = y  # the top of the columns on this page
        self.y = y
        self.col = 0
        self.columns_used: list[tuple[int, int]] = [(pdf.page_no(), 0)]

    def _next(self) -> None:
        if self.col == 0:
            self.col = 1
        else:
            self.pdf.add_page()
            self.col = 0
            self.top = TOP
        self.y = self.top
        self.columns_used.append((self.pdf.page_no(), self.col))

    def put(self, lines: list[str], style: str, keep: int = 1, size: float = BODY) -> None:
        if (BOTTOM - self.y) / LH < min(keep, len(lines)):
            self._next()
        for line in lines:
            if self.y + LH > BOTTOM:
                self._next()
            self.pdf.set_font(FONT, style, size)
            self.pdf.set_xy(MARGIN + self.col * (COLW + GUTTER), self.y)
            self.pdf.cell(COLW, LH, line)
            self.y += LH

    def gap(self, lines: float) -> None:
        if self.y > self.top + 0.1:
            self.y += lines * LH


def _agreement():
    pdf = _doc(FOOTER)
    pdf.set_title(A_TITLE)
    pdf.set_author("SPUL / Aurora / NRL")
    pdf.set_creation_date(datetime.datetime(2026, 10, 9, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    width = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(width, 7, A_TITLE)
    pdf.set_font(FONT, "I", BODY)
    y = TOP + 10
    for line in wrap(pdf, A_SUB, width):
        pdf.set_xy(MARGIN, y)
        pdf.cell(width, LH, line)
        y += LH
    cols = _Columns(pdf, y + 4)
    for kind, text in AGREEMENT:
        if kind == "part":
            cols.gap(0.7)
            pdf.set_font(FONT, "B", 9.4)
            lines = wrap(pdf, text, COLW)
            cols.put(lines, "B", keep=len(lines) + 3, size=9.4)
        elif kind == "art":
            cols.gap(0.4)
            pdf.set_font(FONT, "B", BODY)
            lines = wrap(pdf, text, COLW)
            cols.put(lines, "B", keep=len(lines) + 2)
        else:
            pdf.set_font(FONT, "", BODY)
            cols.put(wrap(pdf, text, COLW), "", keep=2)
    return pdf, cols.columns_used


AGREEMENT_COLUMNS: list[tuple[int, int]] = []


def build_agreement(write: bool = True) -> bytes:
    pdf, used = _agreement()
    AGREEMENT_COLUMNS[:] = used
    data = bytes(pdf.output())
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print("wrote", AGREEMENT_OUT, pdf.page_no(), "pages,", len(used), "columns")
    return data


CFONT = 7.6
CLH = 3.6
CPAD = 1.3


def _cells(pdf, row: list[str], widths: list[float], bold: bool = False) -> list[list[str]]:
    pdf.set_font(FONT, "B" if bold else "", CFONT)
    return [wrap(pdf, text, w - 3) if text else [] for text, w in zip(row, widths, strict=True)]


def _draw_cells(pdf, x: float, y: float, h: float, cells, widths, aligns, bold=False) -> None:
    pdf.set_font(FONT, "B" if bold else "", CFONT)
    for lines, w, align in zip(cells, widths, aligns, strict=True):
        pdf.rect(x, y, w, h)
        for k, line in enumerate(lines):
            pdf.set_xy(x + 1.5, y + CPAD + k * CLH)
            pdf.cell(w - 3, CLH, line, align=align)
        x += w


def _height(cells) -> float:
    return max([len(c) for c in cells] + [1]) * CLH + 2 * CPAD


# the merged header cell, for check_set.py: (x, width) in mm
SPAN_X = MARGIN + S_WIDTHS[0] + S_WIDTHS[1]
SPAN_W = sum(S_WIDTHS[2:])


def _schedule():
    pdf = _doc(S_FOOTER)
    pdf.set_title(S_TITLE)
    pdf.set_author("SPUL / Aurora / NRL")
    pdf.set_creation_date(datetime.datetime(2026, 10, 9, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    width = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(width, 7, S_TITLE)
    y = TOP + 10
    pdf.set_font(FONT, "I", BODY)
    for line in wrap(pdf, S_SUB, width):
        pdf.set_xy(MARGIN, y)
        pdf.cell(width, LH, line)
        y += LH
    y += 2
    for note in S_NOTES:
        pdf.set_font(FONT, "", BODY)
        for line in wrap(pdf, note, width):
            pdf.set_xy(MARGIN, y)
            pdf.cell(width, LH, line)
            y += LH
        y += 1
    y += 3
    # header: "Role" and "Unit" two rows high; the span over the three period columns
    pdf.set_font(FONT, "B", CFONT)
    span = wrap(pdf, S_HEAD_SPAN, SPAN_W - 3)
    periods = _cells(pdf, S_PERIODS, S_WIDTHS[2:], bold=True)
    h1 = len(span) * CLH + 2 * CPAD
    h2 = _height(periods)
    x = MARGIN
    for text, w in zip(S_HEAD, S_WIDTHS[:2], strict=True):
        pdf.rect(x, y, w, h1 + h2)
        pdf.set_xy(x + 1.5, y + CPAD)
        pdf.cell(w - 3, CLH, text)
        x += w
    pdf.rect(SPAN_X, y, SPAN_W, h1)
    for k, line in enumerate(span):
        pdf.set_xy(SPAN_X + 1.5, y + CPAD + k * CLH)
        pdf.cell(SPAN_W - 3, CLH, line, align="C")
    _draw_cells(pdf, SPAN_X, y + h1, h2, periods, S_WIDTHS[2:], ["C"] * 3, bold=True)
    y += h1 + h2
    aligns = ["L", "L", "R", "R", "R"]
    for row in S_ROWS:
        cells = _cells(pdf, row, S_WIDTHS)
        h = _height(cells)
        _draw_cells(pdf, MARGIN, y, h, cells, S_WIDTHS, aligns)
        y += h
    y += 3
    pdf.set_font(FONT, "", 7.4)
    for note in S_FOOTNOTES:
        for line in wrap(pdf, note, width):
            pdf.set_xy(MARGIN, y)
            pdf.cell(width, 3.6, line)
            y += 3.6
    y += 3
    pdf.set_font(FONT, "", BODY)
    for note in S_AFTER:
        for line in wrap(pdf, note, width):
            pdf.set_xy(MARGIN, y)
            pdf.cell(width, LH, line)
            y += LH
    if y > BOTTOM:
        raise SystemExit("schedule: page 1 runs over")
    pdf.add_page()
    y = TOP
    pdf.set_font(FONT, "B", 10)
    pdf.set_xy(MARGIN, y)
    pdf.cell(width, 6, S_PAGE2_TITLE)
    y += 8
    pdf.set_font(FONT, "", BODY)
    for para in S_PAGE2:
        for line in wrap(pdf, para, width):
            pdf.set_xy(MARGIN, y)
            pdf.cell(width, LH, line)
            y += LH
        y += 1.5
    return pdf


def build_schedule(write: bool = True) -> bytes:
    pdf = _schedule()
    data = bytes(pdf.output())
    if write:
        with open(SCHEDULE_OUT, "wb") as f:
            f.write(data)
        print("wrote", SCHEDULE_OUT, pdf.page_no(), "pages")
    return data


def _old():
    pdf = _doc(O_FOOTER)
    pdf.set_title(O_TITLE)
    pdf.set_author("SPUL / Aurora")
    pdf.set_creation_date(datetime.datetime(2022, 6, 28, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    width = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(width, 7, O_TITLE)
    y = TOP + 10
    pdf.set_font(FONT, "I", 9)
    for line in wrap(pdf, O_SUB, width):
        pdf.set_xy(MARGIN, y)
        pdf.cell(width, 4.6, line)
        y += 4.6
    y += 6
    pdf.set_font(FONT, "B", 11)
    pdf.set_xy(MARGIN, y)
    pdf.cell(width, 6, O_TOC_TITLE)
    y += 8
    pdf.set_font(FONT, "I", 8.6)
    for line in wrap(pdf, O_TOC_NOTE, width):
        pdf.set_xy(MARGIN, y)
        pdf.cell(width, 4.4, line)
        y += 4.4
    y += 3
    pdf.set_font(FONT, "", 9.4)
    for i in range(len(OLD)):
        left, page = _toc_line(i)
        pdf.set_xy(MARGIN, y)
        pdf.cell(width - 12, 6, left)
        pdf.set_xy(MARGIN + width - 12, y)
        pdf.cell(12, 6, page, align="R")
        y += 6.4
    # the articles, from page 2
    pdf.add_page()
    y = TOP
    started: list[int] = []
    for head, clauses in OLD:
        pdf.set_font(FONT, "", 9.4)
        need = 7 + sum(len(wrap(pdf, c, width)) * 4.8 + 1.5 for c in clauses)
        if y + need > BOTTOM:
            pdf.add_page()
            y = TOP
        started.append(pdf.page_no())
        pdf.set_font(FONT, "B", 10)
        pdf.set_xy(MARGIN, y)
        pdf.cell(width, 6, head)
        y += 7
        pdf.set_font(FONT, "", 9.4)
        for clause in clauses:
            for line in wrap(pdf, clause, width):
                pdf.set_xy(MARGIN, y)
                pdf.cell(width, 4.8, line)
                y += 4.8
            y += 1.5
        y += 9
    if started != O_PAGES:
        raise SystemExit(f"old agreement: articles start on pages {started}, TOC says {O_PAGES}")
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
    build_schedule()
    build_old()
