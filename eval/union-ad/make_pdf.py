#!/usr/bin/env python3
"""Build the three PDFs of union-ad (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ad/make_pdf.py    # fpdf2 is in the venv

- docs/gsap-atpa-game-show-studio-audience-agreement-2025-2028.pdf: the Game Show and
  Studio Audience Agreement 2025-2028, one column on portrait A4 pages, with a RUNNING
  HEADER (the agreement's name) and a "Page N of M" FOOTER. Clauses are numbered
  "Art. 12.3" and cross-referenced "Article 12(3)". Article 22 holds SCHEDULE A, a table
  WITHOUT RULING LINES (its columns are aligned by whitespace only, so a lines-based table
  finder sees no table) that CONTINUES ON THE NEXT PAGE under a repeated header. Amounts
  are written "2 400 Ft" (space thousands, the currency after). Season 14's dates are
  given here only (Article 2(3), beside "week 37 of 2026").
- docs/schedule-b-rate-card-seasons-14-15.pdf: the rate card, ONE LANDSCAPE PAGE, a ruled
  table with a TWO-ROW HEADER: a period header ("Season 14 rate", "Season 15 rate"), each
  over two sub-columns ("per episode", "per taping day"); "Engagement" spans both header
  rows. The seasons are named, never dated.
- docs/lettre-entente-2-gajps-apta-2026.pdf: Lettre d'entente n° 2 (French), a LETTER with
  a letterhead: "Les parties conviennent de remplacer l'article 19(2) ..." (the notice for
  automated highlights, 14 days in the agreement, becomes 21 jours from le 1er novembre
  2026) and "Les parties conviennent de confirmer l'article 16(4) ..." (the cap on
  synthetic segments, "quinze pour cent": confirmed, not superseded).

The text is set in DejaVu Sans (/usr/share/fonts/truetype/dejavu, for "é", "–", "’").
Lines are broken by this script, never inside an amount, a percentage, a duration, a date,
a clause reference or a phrase the questions quote (a "~" below, or a pattern of TIES, is a
space that does not break). `agreement_text()`, `ratecard_text()` and `letter_text()`
return the same text for check_set.py (one heading or clause per line, table cells joined
by " | "). Fixed creation dates, so the output is byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(
    HERE, "docs", "gsap-atpa-game-show-studio-audience-agreement-2025-2028.pdf"
)
RATECARD_OUT = os.path.join(HERE, "docs", "schedule-b-rate-card-seasons-14-15.pdf")
LETTER_OUT = os.path.join(HERE, "docs", "lettre-entente-2-gajps-apta-2026.pdf")
AGREEMENT_HEADER = "GSAP / ATPA – Game Show and Studio Audience Agreement 2025–2028"
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
    re.compile(r"\d{1,3}(?: \d{3})* Ft"),
    re.compile(r"\d+ (?:per cent|%|hours?|days'?|minutes|km|jours|heures|seconds)"),
    re.compile(r"\bArticle \d+\(\d+\)"),
    re.compile(r"\bArt\. \d+\.\d+"),
    re.compile(r"\bArticle \d+\b"),
    re.compile(r"\b(?:Form|formulaire) GS-\d"),
    re.compile(r"\bStage 12\b"),
    re.compile(r"\bSeason 1\d\b"),
    re.compile(r"\bweek 37 of 2026\b"),
    re.compile(rf"\b\d{{1,2}} (?:{_MONTHS}) \d{{4}}"),
    re.compile(rf"\b(?:1er|\d{{1,2}}) (?:{_MOIS}) \d{{4}}"),
    re.compile(r"\bquinze pour cent\b"),
    re.compile(r'"Synthetic host"'),
    re.compile(r'"Contains generated audience reactions"'),
    re.compile(r"\bl'article \d+\(\d+\)"),
]

# ---- the agreement ------------------------------------------------------------------------

SCHEDULE_TITLE = "Schedule A – Fixed amounts and rules for the whole term"
SCHEDULE_CONT = "Schedule A – Fixed amounts and rules for the whole term (continued)"
TABLE_HEADER = ["Code", "Item", "Amount or rule", "Article"]
# x offsets of the four columns (mm from the left margin): text aligned by whitespace only
TABLE_X = (0.0, 16.0, 86.0, 146.0)
TABLE_ROWS = [
    ["A-1", "Minimum call, host or co-host", "one taping day", "Article 4(1)"],
    ["A-2", "Minimum call, warm-up act", "one taping session", "Article 4(2)"],
    ["A-3", "Minimum call, paid studio audience", "one half-day call", "Article 4(3)"],
    ["A-4", "Minimum call, stand-in contestant", "4 hours at the hourly rate", "Article 4(4)"],
    ["A-5", "Meal break", "within 6 hours of the call", "Article 11(1)"],
    ["A-6", "Late-meal penalty", "2 400 Ft per 30 minutes or part", "Article 11(2)"],
    ["A-7", "Rest between taping days", "at least 11 hours", "Article 12(1)"],
    ["A-8", "Wardrobe allowance (own clothes)", "6 500 Ft per taping day", "Article 13(2)"],
    ["A-9", "Reaction close-up supplement", "3 500 Ft per call", "Article 7(3)"],
    ["A-10", "Prize-handling supplement", "5 600 Ft per episode", "Article 9(3)"],
    ["A-11", "First rerun of an episode", "35 per cent of the episode fee", "Article 14(1)"],
    ["A-12", "Each later rerun", "25 per cent of the episode fee", "Article 14(2)"],
    ["A-13", "International format sale", "95 000 Ft per territory", "Article 14(4)"],
    ["A-14", "Cancellation, 10 days or more", "no fee", "Article 15(1)"],
    ["A-15", "Cancellation, 72 hours to 10 days", "50 % of the booked fee", "Article 15(1)"],
    ["A-16", "Cancellation, under 72 hours", "100 % of the booked fee", "Article 15(1)"],
    ["A-17", "Travel beyond 40 km from home", "145 Ft per km", "Article 15(3)"],
    ["A-18", "Synthetic host fee", "21 000 Ft per episode", "Article 16(3)"],
    ["A-19", "Synthetic segments, share", "no more than 15 per cent", "Article 16(4)"],
    ["A-20", "Audience Reaction Pool", "4 800 000 Ft per year", "Article 17(2)"],
    ["A-21", "Voice clone of an announcer", "a fee per language", "Article 18(2)"],
    ["A-22", "Automated highlights, notice", "at least 14 days", "Article 19(2)"],
    ["A-23", "Deletion on request", "within 45 days", "Article 20(1)"],
    ["A-24", "Grievance", "within 28 days", "Article 25(1)"],
]

AGREEMENT: list[tuple[str, str]] = [
    ("title", "Game Show and Studio Audience Agreement 2025–2028"),
    (
        "sub",
        "between the Guild of Game Show and Studio Audience Performers of Aldermark (GSAP; in "
        "French, Guilde des artistes de jeux télévisés et du public de studio d'Aldermark, "
        "GAJPS) and the Aldermark Television Producers' Association (ATPA; in French, "
        "Association des producteurs de télévision d'Aldermark, APTA). Signed at Kelsbury on "
        "28 August 2025. In force from 1 September 2025 to 31 August 2028.",
    ),
    ("part", "Part I – General"),
    ("art", "Article 1 – Parties and scope"),
    (
        "p",
        "Art. 1.1 This Agreement binds the Association's members (Brightlane Entertainment, "
        "Northgate Studios, Studios du Fleuve and Quizcraft Media) and every member of the "
        "Guild they engage in Aldermark for game shows and programmes taped before a studio "
        "audience. Brightlane Entertainment tapes Spin to Win and Buzzer Royale at Northgate "
        "Studios, Stage~12, in Kelsbury.",
    ),
    (
        "p",
        "Art. 1.2 It covers six kinds of engagement: (a) hosts and co-hosts; (b) warm-up "
        "acts; (c) paid studio-audience members; (d) rehearsal and stand-in contestants, who "
        "play the game in rehearsals and run-throughs but never on air; (e) prize presenters "
        "and models; (f) voice-over announcers.",
    ),
    (
        "p",
        "Art. 1.3 The English and French texts of this Agreement are equally authentic. "
        "Amounts are in forint (Ft).",
    ),
    ("art", "Article 2 – Term and seasons"),
    ("p", "Art. 2.1 This Agreement runs from 1 September 2025 to 31 August 2028."),
    (
        "p",
        "Art. 2.2 Work is organised in seasons. A season is a taping block announced by the "
        "producers; seasons are numbered as the Association numbers them.",
    ),
    (
        "p",
        "Art. 2.3 Season 14 is the taping block from 7 September 2026 (week 37 of 2026) to "
        "18 December 2026. Season 15 begins on 11 January 2027; the Association announces its "
        "last taping day at least 30 days ahead.",
    ),
    (
        "p",
        "Art. 2.4 A rate stated for a season applies to every taping day of that season's "
        "block. Work done between two blocks is paid at the rate of the season that has just "
        "ended.",
    ),
    ("art", "Article 3 – Rates"),
    (
        "p",
        "Art. 3.1 The rates of each engagement are set per season in the rate card "
        "(Schedule B) and in the Guild's published rate pages. Fixed amounts and rules are "
        "listed in Schedule A (Article 22).",
    ),
    (
        "p",
        "Art. 3.2 At the start of Season 15 every rate of Schedule B and of the rate pages "
        "rises by 4 per cent, rounded to the nearest 100 Ft. The fixed amounts of Schedule A "
        "do not change during the term.",
    ),
    (
        "p",
        "Art. 3.3 Fees are paid within 30 days of the taping day, with a statement listing "
        "the tapings, episodes, calls, sessions, hours and supplements it covers.",
    ),
    (
        "p",
        "Art. 3.4 Under Article 23(3), the Joint Standing Committee may freeze a rate while "
        "a dispute about it is heard; when the freeze ends, the Committee says from which "
        "date the rate applies.",
    ),
    ("part", "Part II – Engagements"),
    ("art", "Article 4 – Minimum calls"),
    ("p", "Art. 4.1 A host or co-host is paid at least one taping day per call."),
    (
        "p",
        "Art. 4.2 A warm-up act is paid at least one taping session per call. A taping "
        "session lasts up to three hours.",
    ),
    (
        "p",
        "Art. 4.3 A paid studio-audience member is paid at least one half-day call. A "
        "half-day call lasts up to five hours, sign-in included.",
    ),
    (
        "p",
        "Art. 4.4 A rehearsal or stand-in contestant is paid by the hour, with a minimum of "
        "4 hours per call, even when released earlier.",
    ),
    ("art", "Article 5 – Hosts and co-hosts"),
    (
        "p",
        "Art. 5.1 A host or co-host receives the taping-day fee for each day in the studio "
        "and, in addition, the episode fee for each episode taped that day.",
    ),
    (
        "p",
        "Art. 5.2 A double episode (two broadcast slots taped as one programme) or a special "
        "(a prime-time or holiday episode of an hour or more) is paid at the double-episode "
        "rate of Schedule B instead of the episode fee.",
    ),
    (
        "p",
        "Art. 5.3 An episode is taped when the producer declares it complete. An episode "
        "abandoned after the first game has started is paid as taped.",
    ),
    (
        "p",
        "Art. 5.4 A host is never asked to read a sponsor's message as a link between games "
        "without the producer's approval in writing.",
    ),
    ("art", "Article 6 – Warm-up acts"),
    (
        "p",
        "Art. 6.1 A warm-up act is paid per taping session. A second session on the same "
        "day is a new session.",
    ),
    (
        "p",
        "Art. 6.2 A warm-up act is never asked to play a contestant, to stand in, or to sit "
        "in the paid audience during a session it is paid to open.",
    ),
    ("art", "Article 7 – Paid studio audience"),
    (
        "p",
        "Art. 7.1 A paid studio-audience member is paid per half-day call at the rate of the "
        "Guild's rate page for the season.",
    ),
    (
        "p",
        "Art. 7.2 The producer tells the audience, before the taping starts, that close-ups "
        "of their reactions may be broadcast.",
    ),
    (
        "p",
        "Art. 7.3 When a close-up of a member's reaction is broadcast, the member receives "
        "the reaction close-up supplement of Schedule A for that call, whatever the number "
        "of close-ups.",
    ),
    (
        "p",
        "Art. 7.4 A member may refuse to be seated in the close-up rows without losing the call.",
    ),
    ("art", "Article 8 – Rehearsal and stand-in contestants"),
    (
        "p",
        "Art. 8.1 Rehearsal and stand-in contestants play the game during rehearsals, camera "
        "and lighting checks and run-throughs. They are paid per hour, with the minimum call "
        "of Article 4(4).",
    ),
    (
        "p",
        "Art. 8.2 A stand-in contestant never appears on air, and prizes handled in "
        "rehearsals stay with the producer.",
    ),
    (
        "p",
        "Art. 8.3 Buzzers, podiums and screens used by stand-in contestants are tested "
        "before each run-through, and the studio keeps a log of the tests.",
    ),
    ("art", "Article 9 – Prize presenters and models"),
    (
        "p",
        "Art. 9.1 Prize presenters and models are paid per episode in which they present a prize.",
    ),
    (
        "p",
        "Art. 9.2 The producer supplies the wardrobe for prize presentations, fitted before "
        "the taping day.",
    ),
    (
        "p",
        "Art. 9.3 A prize presenter who handles live animals or drives a vehicle on set "
        "receives the prize-handling supplement of Schedule A for each such episode, as "
        "kept by Article 24(2).",
    ),
    ("art", "Article 10 – Voice-over announcers"),
    (
        "p",
        "Art. 10.1 Voice-over announcers are paid per episode and, separately, per promo "
        "recorded for the show.",
    ),
    (
        "p",
        "Art. 10.2 A promo is a trailer or an announcement of up to 60 seconds. Voice clones "
        "of announcers are dealt with in Article 18.",
    ),
    ("part", "Part III – Working conditions"),
    ("art", "Article 11 – Meal breaks"),
    (
        "p",
        "Art. 11.1 A meal break of at least 45 minutes is given within 6 hours of the call "
        "time, and the next one within 6 hours of the end of the first.",
    ),
    (
        "p",
        "Art. 11.2 When a meal break is late, the producer pays every performer on the call "
        "the late-meal penalty of Schedule A for each 30 minutes of delay or part of it.",
    ),
    ("art", "Article 12 – Rest"),
    (
        "p",
        "Art. 12.1 There is a rest of at least 11 hours between the end of one taping day and "
        "the call of the next.",
    ),
    (
        "p",
        "Art. 12.2 A call that breaks the rest of Article 12(1) may be refused; a refusal is "
        "not a ground for ending an engagement.",
    ),
    ("art", "Article 13 – Wardrobe"),
    (
        "p",
        "Art. 13.1 The producer supplies the wardrobe of hosts, co-hosts, prize presenters and "
        "models, and keeps it clean.",
    ),
    (
        "p",
        "Art. 13.2 A performer who agrees to wear their own clothes on camera receives the "
        "wardrobe allowance of Schedule A for each taping day.",
    ),
    ("art", "Article 14 – Reruns and international format sales"),
    (
        "p",
        "Art. 14.1 For the first rerun of an episode, each performer seen or heard in it "
        "receives 35 per cent of the episode fee paid for it.",
    ),
    ("p", "Art. 14.2 For each later rerun, the performer receives 25 per cent of the episode fee."),
    (
        "p",
        "Art. 14.3 Reruns are paid within 30 days of the end of the month in which they air, "
        "with a rerun statement.",
    ),
    (
        "p",
        "Art. 14.4 When the format of a show is sold abroad and a local version or the "
        "original episodes air in another territory, each host and co-host of the show "
        "receives the format fee of Schedule A, once per territory and per season.",
    ),
    ("art", "Article 15 – Cancellation and travel"),
    (
        "p",
        "Art. 15.1 When the producer cancels a call, it pays by notice band: 10 days or more "
        "before the call, no fee; from 72 hours to under 10 days, 50 % of the booked fee; "
        "under 72 hours, 100 % of the booked fee.",
    ),
    (
        "p",
        "Art. 15.2 The notice band is counted from the time the cancellation is sent in writing.",
    ),
    (
        "p",
        "Art. 15.3 Travel beyond 40 km from the performer's home to the studio is paid per "
        "kilometre at the rate of Schedule A, both ways. An overnight stay is reimbursed "
        "within the limits of the Guild's rate page.",
    ),
    ("part", "Part IV – Artificial intelligence"),
    ("art", "Article 16 – Synthetic hosts"),
    (
        "p",
        "Art. 16.1 A synthetic host is a digital replica of a host's face, body or voice used "
        "to read links between games, introduce contestants or present a segment.",
    ),
    (
        "p",
        "Art. 16.2 A synthetic host is made or used only with the host's written consent, "
        "given separately for each production on Form GS-3. Form GS-3 is numbered and names "
        "the production, the seasons and the segments.",
    ),
    (
        "p",
        "Art. 16.3 The host receives the synthetic host fee of Schedule A for each episode in "
        "which the synthetic host appears, in addition to any other fee.",
    ),
    (
        "p",
        "Art. 16.4 Synthetic segments may not exceed 15 per cent of an episode's running time.",
    ),
    (
        "p",
        "Art. 16.5 The use of a synthetic host may not be bought out by a single payment. A "
        "consent may be withdrawn for any season not yet taped.",
    ),
    ("art", "Article 17 – Audience-reaction synthesis"),
    (
        "p",
        "Art. 17.1 Audience-reaction synthesis is laughter, applause or any other reaction "
        "generated by a model trained on recordings of paid studio audiences.",
    ),
    (
        "p",
        "Art. 17.2 For the use of such models the Association pays the flat yearly pool "
        "payment of Schedule A into the Audience Reaction Pool, which the Guild shares among "
        "the members who attended a paid call that year.",
    ),
    ("p", "Art. 17.3 The pool payment for a year is due by 31 March of the following year."),
    ("art", "Article 18 – Voice clones of announcers"),
    (
        "p",
        "Art. 18.1 An announcer's voice is cloned only if the announcer opts in, in writing, "
        "for each language.",
    ),
    (
        "p",
        "Art. 18.2 A fee is paid per language and per season in which the clone is used, at "
        "the amount set by joint memo of the Association and the Guild.",
    ),
    ("p", "Art. 18.3 A voice clone is never used for a sponsor's message."),
    ("art", "Article 19 – Automated highlights"),
    (
        "p",
        "Art. 19.1 Automated highlights are clips re-cut from taped episodes by software, for "
        "the web or for social media.",
    ),
    (
        "p",
        "Art. 19.2 The producer gives the Guild at least 14 days' notice before the first "
        "publication of automated highlights of a show.",
    ),
    (
        "p",
        "Art. 19.3 Automated highlights longer than three minutes are paid as reruns under "
        "Article 14(2).",
    ),
    ("art", "Article 20 – Deletion on request"),
    (
        "p",
        "Art. 20.1 A performer may ask for the deletion of their synthetic host or voice "
        "clone and of the data used to make it. The producer deletes them within 45 days of "
        "the request and confirms it in writing.",
    ),
    ("p", "Art. 20.2 Deletion does not affect episodes already broadcast."),
    ("art", "Article 21 – Disclosure"),
    (
        "p",
        'Art. 21.1 While a synthetic segment airs, the label "Synthetic host" is shown on screen.',
    ),
    (
        "p",
        "Art. 21.2 A programme that uses audience-reaction synthesis states "
        '"Contains generated audience reactions" in its end credits.',
    ),
    ("part", "Part V – Fixed amounts, the previous agreement and final provisions"),
    ("art", "Article 22 – Schedule A"),
    (
        "p",
        "Art. 22.1 Schedule A lists the fixed amounts and rules for the whole term, with the "
        "article that applies each of them.",
    ),
    ("table", SCHEDULE_TITLE),
    ("art", "Article 23 – Joint Standing Committee"),
    (
        "p",
        "Art. 23.1 A Joint Standing Committee of three members from each party meets every month.",
    ),
    (
        "p",
        'Art. 23.2 Its resolutions are numbered by year ("4/2026") and published in its '
        "minutes. A resolution may amend an earlier one.",
    ),
    (
        "p",
        "Art. 23.3 The Committee may freeze a rate of Schedule B or of the rate pages while a "
        "dispute about it is heard, and it decides from which date the rate applies when the "
        "freeze ends.",
    ),
    ("art", "Article 24 – The previous agreement"),
    ("p", "Art. 24.1 This Agreement replaces the Game Show Agreement 2022–2025."),
    (
        "p",
        "Art. 24.2 Clause 10.2 of the 2022–2025 agreement (prize-handling supplement, "
        "5 600 Ft per episode) remains in force for the whole term and is not superseded.",
    ),
    (
        "p",
        "Art. 24.3 Clause 12.5 of the 2022–2025 agreement (rehearsal meal voucher, 1 900 Ft "
        "per call) is not kept.",
    ),
    (
        "p",
        "Art. 24.4 The 2022–2025 agreement paid 30 per cent of the episode fee for every "
        "rerun and required 10 hours of rest between taping days; Article 14 and Article 12 "
        "replace those rules.",
    ),
    ("art", "Article 25 – Grievances and side letters"),
    ("p", "Art. 25.1 A grievance is filed within 28 days of the event it concerns."),
    (
        "p",
        "Art. 25.2 The parties may agree side letters. A side letter says which article it "
        "replaces or confirms, and from which date.",
    ),
    ("art", "Article 26 – Signatures"),
    (
        "p",
        "Art. 26.1 Signed at Kelsbury on 28 August 2025. For the Guild: Rosalind "
        "Achterberg-Diallo, President, and Mathis Quenneville-Hart, General Secretary. For "
        "the Association: Dorian Kestrel-Vasquez, Chair.",
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


# ---- the rate card (Schedule B, landscape) ------------------------------------------------

RATECARD_TITLE = "Schedule B – Rate card: hosts, co-hosts, prize presenters and announcers"
RATECARD_SUB = (
    "Game Show and Studio Audience Agreement 2025–2028 (GSAP / ATPA). Minimum fees in forint. "
    "Issued by the Joint Standing Committee, Kelsbury."
)
PERIODS = ["Season 14 rate", "Season 15 rate"]
SUBCOLS = ["per episode", "per taping day"]
DASH = "–"
RATECARD_ROWS = [
    ["Host", "48 500 Ft", "62 000 Ft", "50 400 Ft", "64 500 Ft"],
    ["Co-host", "31 500 Ft", "41 000 Ft", "32 800 Ft", "42 600 Ft"],
    ["Host, double episode or special", "79 000 Ft", DASH, "82 200 Ft", DASH],
    ["Co-host, double episode or special", "51 000 Ft", DASH, "53 000 Ft", DASH],
    ["Prize presenter or model", "23 800 Ft", DASH, "24 800 Ft", DASH],
    ["Voice-over announcer", "18 600 Ft", DASH, "19 300 Ft", DASH],
]
RATECARD_NOTES = [
    "1. Hosts and co-hosts receive the taping-day fee for each day in the studio and, in "
    "addition, the episode fee for each episode taped that day (Article 5(1)).",
    "2. A double episode or a special is paid at its own rate instead of the episode fee "
    "(Article 5(2)); the taping-day fee is still paid for the day.",
    "3. Prize presenters and models are paid per episode in which they present a prize; the "
    "prize-handling supplement for live animals and vehicles is in Schedule A.",
    "4. Voice-over announcers are paid per episode. Their promos, the paid studio audience, "
    "warm-up acts and stand-in contestants are on the Guild's rate pages.",
    "5. The Season 15 rate of each engagement is its Season 14 rate raised under Article 3(2) "
    "and rounded to the nearest 100 Ft.",
    "6. A dash means that the engagement has no fee in that column: the fee of the row is "
    "paid per episode only.",
    "7. The fixed amounts and rules of Schedule A (supplements, allowances, notice periods, "
    "fees for synthetic hosts and format sales) are the same in every season.",
    "8. Reruns of an episode are paid on the episode fee of this card under Article 14, with "
    "a rerun statement that lists each episode, each rerun and the amount paid.",
    "9. This card names the seasons only; their taping blocks are set by Article 2 of the "
    "Agreement, and work between two blocks is paid at the rate of the season just ended.",
    "10. Questions about this card go to the Guild's rates desk at 31 Ferrier Street, "
    "Kelsbury, or to the Guild's office in Val-d'Orme.",
]
RATECARD_FOOTER = "Schedule B – page 1 of 1 – GSAP / ATPA"


def ratecard_text() -> str:
    lines = [RATECARD_TITLE, RATECARD_SUB]
    lines.append(" | ".join(["Engagement", PERIODS[0], "", PERIODS[1], ""]))
    lines.append(" | ".join(["", *SUBCOLS, *SUBCOLS]))
    lines += [" | ".join(r) for r in RATECARD_ROWS]
    lines += RATECARD_NOTES
    lines.append(RATECARD_FOOTER)
    return "\n".join(lines)


# ---- the side letter (French) -------------------------------------------------------------

LETTERHEAD = [
    "GUILDE DES ARTISTES DE JEUX TÉLÉVISÉS ET DU PUBLIC DE STUDIO D'ALDERMARK (GAJPS)",
    "Guild of Game Show and Studio Audience Performers of Aldermark (GSAP)",
    "5, rue des Tisserands – Val-d'Orme – Aldermark",
]
LETTER: list[tuple[str, str]] = [
    ("right", "Val-d'Orme, le 16 octobre 2026"),
    (
        "p",
        "Association des producteurs de télévision d'Aldermark (APTA), à l'attention de "
        "M. Dorian Kestrel-Vasquez, président, Kelsbury",
    ),
    (
        "obj",
        "Objet : Lettre d'entente n° 2 – Convention jeux télévisés et public de studio "
        "2025-2028, articles 16 et 19",
    ),
    ("p", "Monsieur le Président,"),
    (
        "p",
        "À la suite des réunions du comité mixte permanent de septembre et d'octobre, la "
        "Guilde et l'Association consignent dans la présente lettre les points sur lesquels "
        "elles se sont entendues. La présente lettre fait partie de la convention au sens de "
        "l'article 25(2).",
    ),
    ("h", "1. Extraits automatisés (article 19(2))"),
    (
        "p",
        "Les parties conviennent de remplacer l'article 19(2) de la convention, à compter du "
        "1er novembre 2026, par le texte suivant : « Le producteur donne à la Guilde un "
        "préavis d'au moins 21 jours avant la première publication d'extraits automatisés "
        "d'une émission. »",
    ),
    (
        "p",
        "Les extraits automatisés publiés pour la première fois avant le 1er novembre 2026 "
        "restent soumis au préavis de 14 jours de la convention. Le préavis indique "
        "l'émission, les épisodes visés, les plateformes et la durée prévue des extraits ; "
        "un préavis incomplet ne fait pas courir le délai.",
    ),
    ("h", "2. Part des segments synthétiques (article 16(4))"),
    (
        "p",
        "Les parties conviennent de confirmer l'article 16(4) de la convention sans "
        "changement : les segments présentés par un animateur synthétique ne peuvent pas "
        "dépasser quinze pour cent de la durée d'un épisode. Cette règle n'est ni remplacée "
        "ni modifiée par la présente lettre, et elle s'applique aussi aux épisodes doubles et "
        "aux émissions spéciales.",
    ),
    ("h", "3. Autres dispositions"),
    (
        "p",
        "Les autres articles de la convention restent inchangés. Le consentement donné sur le "
        "formulaire GS-3 reste exigé pour chaque production, et la mention prévue à "
        "l'article 21(1) reste affichée à l'écran pendant tout segment synthétique.",
    ),
    (
        "p",
        "La présente lettre est rédigée en français ; une traduction anglaise sera jointe à "
        "la convention. Elle est publiée sur le site de la Guilde.",
    ),
    (
        "p",
        "Veuillez agréer, Monsieur le Président, l'expression de nos salutations distinguées.",
    ),
    ("sign", ""),
]
LETTER_SIGNATURES = [
    "Pour la Guilde : Rosalind Achterberg-Diallo, présidente",
    "Pour l'Association : Dorian Kestrel-Vasquez, président",
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


def _doc(header: str | None, orientation: str = "P", footer: bool = True):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def header(self) -> None:
            if header is None:
                return
            self.set_font(FONT, "I", 8.5)
            self.set_xy(MARGIN, 10)
            self.cell(self.w - 2 * MARGIN, 5, header, align="C")

        def footer(self) -> None:
            if not footer:
                return
            self.set_font(FONT, "", 8.5)
            self.set_xy(MARGIN, self.h - 14)
            self.cell(self.w - 2 * MARGIN, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Doc(orientation=orientation, format="A4")
    pdf.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    return pdf


# the pages Schedule A was placed on, for check_set.py
TABLE_PAGES: list[int] = []


class _Flow:
    """Places lines down one column; a new page when the foot is reached."""

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
        if self.y + lh * min(len(rows), keep + 1) > BOTTOM:
            self.new_page()
        for line in rows:
            if self.y + lh > BOTTOM:
                self.new_page()
            pdf.set_font(FONT, style, size)
            pdf.set_xy(MARGIN, self.y)
            pdf.cell(TEXT_W, lh, line)
            self.y += lh

    def gap(self, h: float) -> None:
        self.y += h

    def table(self, title: str) -> None:
        """Schedule A: no ruling lines, each cell placed at its column's x offset; when the
        foot is reached the table continues on the next page under its title (continued)
        and its header row."""
        pdf = self.pdf
        rh = 6.4

        def head(title: str) -> None:
            pdf.set_font(FONT, "B", 10)
            pdf.set_xy(MARGIN, self.y)
            pdf.cell(TEXT_W, 6, title)
            self.y += 8
            pdf.set_font(FONT, "B", 9)
            for text, x in zip(TABLE_HEADER, TABLE_X, strict=True):
                pdf.set_xy(MARGIN + x, self.y)
                pdf.cell(0, rh, text)
            self.y += rh + 1.5
            TABLE_PAGES.append(pdf.page_no())

        if self.y + 8 + rh * 6 > BOTTOM:
            self.new_page()
        head(title)
        widths = [b - a for a, b in zip(TABLE_X, [*TABLE_X[1:], TEXT_W], strict=True)]
        for row in TABLE_ROWS:
            if self.y + rh > BOTTOM:
                self.new_page()
                head(SCHEDULE_CONT)
            pdf.set_font(FONT, "", 9)
            for text, x, w in zip(row, TABLE_X, widths, strict=True):
                if pdf.get_string_width(text) > w - 3:
                    raise SystemExit(f"Schedule A cell too wide for one line ({w} mm): {text!r}")
                pdf.set_xy(MARGIN + x, self.y)
                pdf.cell(0, rh, text)
            self.y += rh
        self.y += 5


def build_agreement(write: bool = True) -> bytes:
    """Lay the agreement out (filling TABLE_PAGES); write it unless told not to."""
    TABLE_PAGES.clear()
    pdf = _doc(AGREEMENT_HEADER)
    pdf.set_title("Game Show and Studio Audience Agreement 2025-2028")
    pdf.set_author("GSAP / ATPA")
    pdf.set_creation_date(datetime.datetime(2025, 8, 28, 12, 0, tzinfo=datetime.UTC))
    flow = _Flow(pdf)
    flow.new_page()
    for kind, text in AGREEMENT:
        if kind == "title":
            pdf.set_font(FONT, "B", 16)
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
        elif kind == "table":
            flow.gap(2)
            flow.table(text)
        else:
            flow.lines(text, "", BODY_SIZE, BODY_LH)
            flow.gap(2.0)
    data = bytes(pdf.output())
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print("wrote", AGREEMENT_OUT, pdf.page_no(), "pages; Schedule A on pages", TABLE_PAGES)
    return data


# ratecard layout (mm, landscape A4 297 x 210)
RC_X = 15.0
RC_WIDTHS = (87.0, 42.0, 42.0, 42.0, 42.0)
RC_RH = 8.0


def build_ratecard(write: bool = True) -> bytes:
    pdf = _doc(None, orientation="L", footer=False)
    pdf.set_title("Schedule B - Rate card, Seasons 14 and 15")
    pdf.set_author("GSAP / ATPA")
    pdf.set_creation_date(datetime.datetime(2026, 8, 31, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    pdf.set_font(FONT, "B", 15)
    pdf.set_xy(RC_X, 14)
    pdf.cell(0, 8, RATECARD_TITLE)
    pdf.set_font(FONT, "I", 9.5)
    pdf.set_xy(RC_X, 23)
    pdf.cell(0, 5, RATECARD_SUB)
    y0 = 33.0
    xs = [RC_X]
    for w in RC_WIDTHS:
        xs.append(xs[-1] + w)
    pdf.set_line_width(0.3)
    # header row 1: "Engagement" spans two rows; each period spans two sub-columns
    pdf.set_font(FONT, "B", 10)
    pdf.set_fill_color(225, 232, 240)
    pdf.rect(xs[0], y0, RC_WIDTHS[0], 2 * RC_RH, style="DF")
    pdf.set_xy(xs[0] + 2, y0 + RC_RH / 2)
    pdf.cell(RC_WIDTHS[0] - 4, RC_RH, "Engagement")
    for i, period in enumerate(PERIODS):
        x = xs[1 + 2 * i]
        w = RC_WIDTHS[1 + 2 * i] + RC_WIDTHS[2 + 2 * i]
        pdf.rect(x, y0, w, RC_RH, style="DF")
        pdf.set_xy(x, y0)
        pdf.cell(w, RC_RH, period, align="C")
    # header row 2: the sub-columns
    pdf.set_font(FONT, "B", 9)
    for i in range(4):
        x = xs[1 + i]
        pdf.rect(x, y0 + RC_RH, RC_WIDTHS[1 + i], RC_RH, style="DF")
        pdf.set_xy(x, y0 + RC_RH)
        pdf.cell(RC_WIDTHS[1 + i], RC_RH, SUBCOLS[i % 2], align="C")
    y = y0 + 2 * RC_RH
    pdf.set_font(FONT, "", 10)
    for row in RATECARD_ROWS:
        for i, text in enumerate(row):
            pdf.rect(xs[i], y, RC_WIDTHS[i], RC_RH)
            pdf.set_xy(xs[i] + (2 if i == 0 else 0), y)
            pdf.cell(RC_WIDTHS[i] - (4 if i == 0 else 0), RC_RH, text, align="L" if i == 0 else "C")
        y += RC_RH
    y += 6
    pdf.set_font(FONT, "", 9.5)
    for note in RATECARD_NOTES:
        for line in wrap(pdf, note, sum(RC_WIDTHS)):
            pdf.set_xy(RC_X, y)
            pdf.cell(sum(RC_WIDTHS), 4.6, line)
            y += 4.6
        y += 1.0
    if y > pdf.h - 14:
        raise SystemExit(f"rate card notes reach the footer ({y:.1f} mm)")
    pdf.set_font(FONT, "I", 8.5)
    pdf.set_xy(RC_X, pdf.h - 11)
    pdf.cell(sum(RC_WIDTHS), 5, RATECARD_FOOTER, align="C")
    data = bytes(pdf.output())
    if write:
        with open(RATECARD_OUT, "wb") as f:
            f.write(data)
        print("wrote", RATECARD_OUT, pdf.page_no(), "page(s)")
    return data


def build_letter(write: bool = True) -> bytes:
    pdf = _doc(None, footer=False)
    pdf.set_title("Lettre d'entente n° 2")
    pdf.set_author("GAJPS / APTA")
    pdf.set_creation_date(datetime.datetime(2026, 10, 16, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    pdf.set_fill_color(238, 234, 226)
    pdf.rect(MARGIN, 12, TEXT_W, 24, style="F")
    pdf.set_font(FONT, "B", 10.5)
    pdf.set_xy(MARGIN + 3, 14)
    pdf.cell(TEXT_W - 6, 6, LETTERHEAD[0])
    pdf.set_font(FONT, "I", 9.5)
    pdf.set_xy(MARGIN + 3, 21)
    pdf.cell(TEXT_W - 6, 5, LETTERHEAD[1])
    pdf.set_font(FONT, "", 9.5)
    pdf.set_xy(MARGIN + 3, 27)
    pdf.cell(TEXT_W - 6, 5, LETTERHEAD[2])
    y = 46.0
    lh = 5.6
    for kind, text in LETTER:
        if kind == "sign":
            y += 6
            for s in LETTER_SIGNATURES:
                pdf.set_font(FONT, "", 10)
                pdf.set_xy(MARGIN, y)
                pdf.cell(TEXT_W, 6, s)
                pdf.set_line_width(0.2)
                pdf.line(MARGIN, y + 13, MARGIN + 70, y + 13)
                y += 17
            continue
        style = {"obj": "B", "h": "B"}.get(kind, "")
        pdf.set_font(FONT, style, 10)
        rows = wrap(pdf, text, TEXT_W)
        if y + lh * len(rows) > BOTTOM:
            pdf.add_page()
            y = TOP
        for line in rows:
            pdf.set_xy(MARGIN, y)
            pdf.cell(TEXT_W, lh, line, align="R" if kind == "right" else "")
            y += lh
        y += 3.0
    data = bytes(pdf.output())
    if write:
        with open(LETTER_OUT, "wb") as f:
            f.write(data)
        print("wrote", LETTER_OUT, pdf.page_no(), "page(s)")
    return data


if __name__ == "__main__":
    build_agreement()
    build_ratecard()
    build_letter()
