#!/usr/bin/env python3
"""Build the two PDFs of union-s (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-s/make_pdf.py    # fpdf2 is in the venv

- docs/fsao-stage-agreement-2026-2029.pdf: the Stage Agreement 2026-2029 as running text
  (portrait A4, core font in windows-1252), articles "Art. 12" with sub-articles "12.4",
  lettered items "b)" (cited "Art. 11.3 c)") and an "Article 12bis" on digital doubles on
  tour; a running header and a "Page N of M" footer on every page; Schedule A, a table of
  allowances, supplements and digital-double fees with one column per contract year
  ("from 1 April 2026 | from 1 April 2027 | from 1 April 2028"), amounts written the
  English way ("fl 1,250.00"), notes under the table that carry conditions ("* ... only
  beyond 50 km"), and the table continues across a page break with its header row
  repeated under "Schedule A (continued)".
- docs/bareme-2026-2027-cachets-minimums.pdf: the Rate Barème 2026-2027 (French, with
  the replacement statement in French and English), a table whose amounts are written
  with a DOT thousands separator and a COMMA decimal ("ƒ 1.480,00", DejaVu Sans, since
  the core fonts cannot print "ƒ"); every row applies from 1.4.2026 except row R-8
  (swing put-on), which has two rows with their own dates (to 30.9.2026, from
  1.10.2026). It replaces the Rate Schedule 2025-26 (a Word document in docs/) from
  1 April 2026.

`agreement_text()` and `bareme_text()` return the same text for check_set.py (one
heading, paragraph or table row per line, cells joined by " "). Fixed creation dates, so
the output is reproducible.
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "fsao-stage-agreement-2026-2029.pdf")
BAREME_OUT = os.path.join(HERE, "docs", "bareme-2026-2027-cachets-minimums.pdf")
RUNNING_HEADER = "Stage Agreement 2026–2029 – FSAO / OTPC – English text"
BAREME_HEADER_LINE = "FASO / CPTO – Barème des cachets minimums 2026-2027 – Rate Barème 2026-27"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

# (kind, text): "title", "sub", "art" (an article heading), "p" (a paragraph),
# "annex" (a heading on a new page)
AGREEMENT: list[tuple[str, str]] = [
    ("title", "Stage Agreement 2026–2029"),
    (
        "sub",
        "between the Federation of Stage Artists of Ormeval (FSAO) and the Ormeval Theatre "
        "Producers' Council (OTPC), acting for its member theatres and touring companies. "
        "Signed at Vallenbourg on 16 March 2026. The French text, Accord de la scène "
        "2026-2029, has equal force. All amounts are in Ormeval florins (fl).",
    ),
    ("art", "Art. 1 Parties and scope"),
    (
        "p",
        "1.1 This Agreement applies to actors, understudies, swings, stage managers, deputy "
        "stage managers, assistant stage managers, fight directors and intimacy directors "
        '(together, "artists") engaged by a member of OTPC for a repertory or touring '
        "production presented in the Grand Duchy of Ormeval, and for the foreign dates of a "
        "tour when the engagement is made in Ormeval.",
    ),
    (
        "p",
        "1.2 The members of OTPC at signature are the Théâtre Royal de Vallenbourg, the "
        "Harrowby Repertory Theatre, the Compagnie du Grand Tour and the Lanternfield Touring "
        "Company. A theatre or company that joins OTPC later is bound from the day it joins.",
    ),
    (
        "p",
        "1.3 This Agreement sets minimum terms. A contract may give an artist better terms, "
        "never worse ones.",
    ),
    (
        "p",
        "1.4 The Rate Barème of each contract year (Art. 5), Schedule A and any side letter "
        "signed under Art. 23.3 form part of this Agreement.",
    ),
    ("art", "Art. 2 Definitions"),
    (
        "p",
        '2.1 In this Agreement: a) "performance" means one presentation of a production '
        'before an audience, including a preview; b) "show week" means up to eight (8) '
        'performances in seven consecutive days; c) "rehearsal week" means up to six (6) days '
        'and forty (40) hours of rehearsal in seven consecutive days; d) "home theatre" means '
        "the theatre named in the contract or, for a touring company, its base at the start "
        'of the tour; e) "tour day" means a day on which an artist performs, rehearses or '
        'travels more than 50 km from the home theatre; f) "put-on" means a performance in '
        "which an understudy or a swing goes on in a role or track that is not their own; "
        'g) "run" means all the performances of a production, including its tour, from the '
        "first performance to the last.",
    ),
    (
        "p",
        '2.2 An "understudy" learns one or more roles and goes on when the artist who plays '
        'the role is absent. A "swing" is not part of the cast and covers at least three (3) '
        "tracks of the ensemble.",
    ),
    (
        "p",
        "2.3 The terms used in Art. 12 and Article 12bis (digital double, scan, virtual "
        "swing, synthetic voice, use) are defined in Art. 12.1, and capture in Art. 13.1.",
    ),
    ("art", "Art. 3 Term and contract years"),
    ("p", "3.1 This Agreement runs from 1 April 2026 to 31 March 2029."),
    (
        "p",
        "3.2 Contract years run from 1 April to 31 March: a) contract year 2026-27 runs from "
        "1 April 2026 to 31 March 2027; b) contract year 2027-28 runs from 1 April 2027 to "
        "31 March 2028; c) contract year 2028-29 runs from 1 April 2028 to 31 March 2029.",
    ),
    (
        "p",
        "3.3 Work is paid at the Rate Barème and at the column of Schedule A in force on the "
        "day of the performance, rehearsal or scan.",
    ),
    ("art", "Art. 4 Engagement contracts"),
    (
        "p",
        "4.1 Every engagement is confirmed by a written contract issued at least ten (10) days "
        "before the first rehearsal, or on the day of engagement when an artist replaces "
        "another at short notice.",
    ),
    (
        "p",
        "4.2 The contract states: a) the production and the home theatre; b) the role, or the "
        "roles and tracks covered by an understudy or swing; c) the row of the Rate Barème; "
        "d) the rehearsal and performance dates; e) the tour dates and venues; f) any use "
        "under Art. 12 or Art. 13, which also needs the separate consent of Art. 12.2.",
    ),
    (
        "p",
        "4.3 A hold on dates lapses after five (5) working days unless it is confirmed in writing.",
    ),
    ("art", "Art. 5 Rate Barème"),
    (
        "p",
        "5.1 The FSAO / OTPC Joint Rates Committee publishes before 1 March of each year a "
        "Rate Barème of the minimum fees per performance, per rehearsal week, per show week, "
        "per put-on and per week of stage management for the next contract year.",
    ),
    (
        "p",
        "5.2 Each fee of the Rate Barème 2026-27 is at least 4% above the same row of the Rate "
        "Schedule 2025-26 made under the Stage Agreement 2022–2026; each fee of the Rate "
        "Barèmes 2027-28 and 2028-29 is at least 3% above the previous year's.",
    ),
    (
        "p",
        "5.3 The Rate Barème of a contract year replaces the previous one from 1 April of that "
        "year, except a row that states its own effective date; such a row applies from its "
        "own date.",
    ),
    (
        "p",
        "5.4 The allowances, supplements and digital-double fees are fixed for the whole term "
        "in Schedule A, one column per contract year. They change only by an amending "
        "memorandum under Art. 23.3.",
    ),
    ("art", "Art. 6 Rehearsals"),
    (
        "p",
        "6.1 A rehearsal week is paid at the rehearsal-week fee of the Rate Barème; a part "
        "week is paid one sixth (1/6) of that fee per day.",
    ),
    (
        "p",
        "6.2 A rehearsal day has up to seven (7) hours of work within a span of nine (9) "
        "hours, with a meal break of at least one hour.",
    ),
    (
        "p",
        "6.3 During the technical week, two rehearsal days of a production may last up to "
        "ten (10) hours of work each.",
    ),
    ("p", "6.4 Each hour of rehearsal beyond Art. 6.2 or 6.3 is paid at row A-8 of Schedule A."),
    (
        "p",
        "6.5 A costume or wig fitting outside rehearsal hours is paid at row A-9 per hour, "
        "with a minimum of one hour.",
    ),
    ("art", "Art. 7 Performances"),
    (
        "p",
        "7.1 An actor engaged by the performance is paid the performance fee of the Rate "
        "Barème; an actor engaged by the week is paid the show-week fee for up to eight (8) "
        "performances.",
    ),
    (
        "p",
        "7.2 A ninth performance in a show week is paid at 150% of the performance fee (row A-7).",
    ),
    (
        "p",
        "7.3 Each performance of a day with two performances carries the two-show day "
        "supplement of row A-5.",
    ),
    ("p", "7.4 A performance on a Sunday carries the Sunday supplement of row A-6."),
    (
        "p",
        "7.5 The half-hour call is given thirty-five (35) minutes before the advertised "
        "start of the performance.",
    ),
    (
        "p",
        "7.6 A performance cancelled less than 48 hours before its start is paid in full; a "
        "performance cancelled 48 hours to seven days before is paid at half the fee.",
    ),
    ("art", "Art. 8 Understudies and swings"),
    (
        "p",
        "8.1 An understudy receives the weekly understudy supplement of the Rate Barème for "
        "every show week in which they cover a role, whether or not they go on.",
    ),
    (
        "p",
        "8.2 Each put-on is paid, in addition to the weekly fee, at the put-on fee of the "
        "Rate Barème for an understudy or for a swing.",
    ),
    (
        "p",
        "8.3 The stage manager tells the understudy or swing of a put-on as early as "
        "possible, and at least two (2) hours before the half-hour call except in an "
        "emergency.",
    ),
    (
        "p",
        "8.4 An understudy rehearsal of up to three (3) hours per show week is part of the "
        "weekly fee; longer understudy rehearsals are paid at row A-8.",
    ),
    ("p", "8.5 A swing covers at least three (3) and no more than six (6) tracks."),
    (
        "p",
        "8.6 An understudy or swing who covers more than one role is paid the cover "
        "allowance of Art. 24.2 for each additional role.",
    ),
    (
        "p",
        "8.7 No digital double or virtual swing goes on in place of an understudy or a swing "
        "(Art. 12.6 b)).",
    ),
    ("art", "Art. 9 Stage management"),
    (
        "p",
        "9.1 The stage manager, the deputy stage manager (who calls the show) and the "
        "assistant stage managers are engaged by the week at the fees of the Rate Barème.",
    ),
    (
        "p",
        "9.2 On performance days the stage management call starts at least one hour before "
        "the half-hour call.",
    ),
    (
        "p",
        "9.3 a) A working day of stage management lasts up to ten (10) hours. b) Beyond ten "
        "(10) hours in a day, stage management overtime is paid per 30 minutes or part at "
        "the overtime row of the Rate Barème. c) At least eleven (11) hours separate the "
        "end of one call from the start of the next.",
    ),
    (
        "p",
        "9.4 The deputy stage manager keeps the prompt book and the show report. The show "
        "report records every performance in which a digital double, a projection of a "
        "double or a synthetic voice is used (Art. 12.13).",
    ),
    (
        "p",
        "9.5 An assistant stage manager is not asked to go on as an understudy unless the "
        "contract says so; when they go on, they are paid the understudy put-on fee.",
    ),
    ("art", "Art. 10 Fight and intimacy direction"),
    (
        "p",
        "10.1 A fight director is engaged for any production with staged combat, weapons or "
        "falls, and an intimacy director for any scene of simulated intimacy or nudity. "
        "Their fees, visits and booking terms are as set out in Side Letter No. 1 (fight "
        "directors, intimacy directors and fight captains).",
    ),
    (
        "p",
        "10.2 A fight call is held before every performance that contains a fight, as set "
        "out in Side Letter No. 1.",
    ),
    (
        "p",
        "10.3 Rehearsals of intimate scenes are closed to everyone whose presence is not "
        "needed; an artist may bring a person of trust.",
    ),
    ("art", "Art. 11 Touring"),
    ("p", "11.1 The tour schedule is given to the company at least twenty-one (21) days ahead."),
    (
        "p",
        "11.2 The per diem of row A-1 is paid for each tour day, only when the performance, "
        "rehearsal or travel takes place more than 50 km from the home theatre.",
    ),
    (
        "p",
        "11.3 a) The producer provides a single room or pays row A-2 per night. b) No artist "
        "shares a room unless they agree in writing. c) Travel between venues is by the "
        "producer's transport and lasts no more than six (6) hours on a day with a "
        "performance.",
    ),
    ("p", "11.4 A travel day without a performance is paid at row A-3."),
    (
        "p",
        "11.5 An artist who uses their own vehicle at the producer's request is paid row A-4 "
        "per km.",
    ),
    (
        "p",
        "11.6 An actor on tour is paid the touring show-week fee of the Rate Barème and the "
        "per diem under Art. 11.2; on a day with a performance, the travel limit of "
        "Art. 11.3 c) applies.",
    ),
    ("art", "Art. 12 Digital doubles and artificial intelligence"),
    (
        "p",
        '12.1 In this Article: a) "digital double" means any digital reproduction of an '
        "artist's face, body, movement or voice made from a scan, a recording or a "
        'performance, including a projection or a hologram on stage; b) "scan" means a '
        'session to record an artist in order to make a digital double; c) "virtual swing" '
        "means an AI-generated performer, built from recordings of one or more artists, that "
        'can perform a track; d) "synthetic voice" means a voice generated by a model trained '
        'on an artist\'s voice; e) "use" means each performance in which a digital double, a '
        "virtual swing or a synthetic voice is shown or heard.",
    ),
    (
        "p",
        "12.2 Consent: a) each production needs the artist's separate written consent on "
        "form DD-1, given at least fourteen (14) days before the scan; b) consent for one "
        "production never covers another production, a revival or a recording; c) consent "
        "is never a condition of engagement, and an artist who refuses is not disadvantaged; "
        "d) the form states the scenes, the number of performances, the theatres and the "
        "dates of use.",
    ),
    (
        "p",
        "12.3 A scan is paid at row D-1 per session of up to three (3) hours, held in working "
        "hours, with the artist's representative present if the artist wishes.",
    ),
    (
        "p",
        "12.4 Use on stage: a) each performance in which the double is projected or shown as "
        "a hologram is paid at row D-3; b) when the double is used in more than four (4) "
        "performances of a show week, the show-week fee of row D-4 is paid for that week "
        "instead of row D-3.",
    ),
    (
        "p",
        "12.5 Review: the artist may review the double, in the scenes in which it will be "
        "used, at least seventy-two (72) hours before its first use before an audience, and "
        "may require changes to anything that misrepresents them. A review is paid at row "
        "D-2 per hour.",
    ),
    (
        "p",
        "12.6 Virtual swings: a) a virtual swing may be used only in technical rehearsals "
        "(lighting, sound, projection and cue-to-cue), with the consent of each artist whose "
        "recordings it is built from, each of whom is paid row D-6 per rehearsal day; b) a "
        "virtual swing never performs before an audience, never goes on in a put-on and is "
        "never used to reduce the number of understudies or swings of a production.",
    ),
    (
        "p",
        "12.7 Training: recorded performances, including captures under Art. 13 and rehearsal "
        "recordings, are never used to train a model without the artist's separate written "
        "consent. The fee is row D-7 per model and per contract year.",
    ),
    (
        "p",
        "12.8 Synthetic voices: a) with the artist's consent, a synthetic voice based on the "
        "artist's voice may be used for audio description or for spoken surtitles in the "
        "other official language, paid at row D-8 per show week; b) it never speaks the "
        "artist's own lines in a performance and is never used for another production.",
    ),
    (
        "p",
        "12.9 Crowd scenes: a digital double may be used without the fee of row D-3 as one of "
        "at least twenty (20) figures of a projected crowd, provided the artist cannot be "
        "recognised.",
    ),
    (
        "p",
        "12.10 Withdrawal: the artist may withdraw consent for future uses by thirty (30) "
        "days' written notice on form DD-3. Uses before the end of the notice are paid.",
    ),
    (
        "p",
        "12.11 Deletion: at the end of the run, the producer deletes the double, the scans "
        "and any model trained on them within thirty (30) days of the last performance, and "
        "sends the artist a certificate of deletion on form DD-4. A double kept after the run "
        "needs a new consent under Art. 12.2.",
    ),
    (
        "p",
        "12.12 Register: the producer keeps a register of the doubles, virtual swings and "
        "synthetic voices it holds; FSAO may inspect it on five (5) working days' notice.",
    ),
    ("p", "12.13 The show report records every use (Art. 9.4)."),
    (
        "p",
        "12.14 Unauthorised use: each performance in which a double is used without a valid "
        "consent gives rise to the liquidated damages of row D-12, without prejudice to a "
        "grievance under Art. 19.",
    ),
    ("art", "Article 12bis Digital doubles on tour"),
    (
        "p",
        "12bis.1 When the artist whose double is used is on the tour, Art. 12.4 applies on "
        "tour as at the home theatre.",
    ),
    (
        "p",
        "12bis.2 When the artist is not on the tour, the producer may use the artist's double "
        "on tour only: a) with the artist's specific written consent for the tour on form "
        "DD-2, given at least twenty-one (21) days before the first performance of the tour; "
        "b) in the scenes and projections that were part of the production at the home "
        "theatre; c) never to replace a role played live at the home theatre, or a role that "
        "an understudy or swing on the tour can cover. The producer pays row D-3 or row D-4 "
        "with the touring supplement of row D-5.",
    ),
    (
        "p",
        "12bis.3 Rows A-1 to A-3 are not paid to an artist who is not on the tour.",
    ),
    ("p", "12bis.4 A double used on tour is deleted under Art. 12.11 at the end of the tour."),
    ("art", "Art. 13 Captures and streaming"),
    (
        "p",
        '13.1 A "capture" is a performance filmed for streaming, broadcast or sale. Each '
        "capture needs the consent of every artist on stage and of the stage management "
        "team, given at least seven (7) days before it.",
    ),
    (
        "p",
        "13.2 Each artist, including the stage management team, is paid row D-9 per capture.",
    ),
    (
        "p",
        "13.3 Cameras in the auditorium are announced to the company at least seven (7) days "
        "ahead. No intimate scene is captured without the intimacy director's agreement.",
    ),
    (
        "p",
        "13.4 A capture may be streamed for twelve (12) months from its first streaming; each "
        "further period of twelve months is paid at row D-10.",
    ),
    (
        "p",
        "13.5 A capture is never used to make a digital double or to train a model without "
        "consent under Art. 12.2 and Art. 12.7.",
    ),
    ("art", "Art. 14 Costumes, wigs and make-up"),
    (
        "p",
        "14.1 The producer provides and cleans every costume, wig and make-up used in the "
        "production. 14.2 An artist's own clothes are never used on stage without their "
        "agreement.",
    ),
    ("art", "Art. 15 Health and safety"),
    (
        "p",
        "15.1 A raked stage steeper than 1 in 12, smoke, haze, flying and pyrotechnics are "
        "announced in the contract. 15.2 Dressing rooms and the stage are heated to at least "
        "18 °C during rehearsals and performances. 15.3 A first-aider is present in the "
        "building during every performance.",
    ),
    ("art", "Art. 16 Billing and programme credits"),
    (
        "p",
        "16.1 Every artist is credited in the programme. 16.2 A digital double is credited "
        'under the artist\'s name, followed by the words "digital double".',
    ),
    ("art", "Art. 17 Holidays"),
    (
        "p",
        "17.1 An artist earns one and a half (1.5) days of paid holiday per month of "
        "engagement, taken between productions or paid at the end of the engagement.",
    ),
    ("art", "Art. 18 Payment"),
    (
        "p",
        "18.1 Fees are paid within fourteen (14) days of the end of each show week or "
        "rehearsal week, and digital-double fees within fourteen (14) days of the end of the "
        "month of use. 18.2 Late payment carries interest at row A-10 per month.",
    ),
    ("art", "Art. 19 Grievances"),
    (
        "p",
        "19.1 A grievance is filed within forty-five (45) days of the facts. 19.2 The "
        "parties meet within ten (10) working days; an unresolved grievance goes to an "
        "arbitrator chosen from the list of the Joint Committee.",
    ),
    ("art", "Art. 20 Joint AI Committee"),
    (
        "p",
        "20.1 FSAO and OTPC each name three members of a Joint AI Committee, which meets at "
        "least every quarter, reviews the registers of Art. 12.12 and may propose an "
        "amending memorandum under Art. 23.3.",
    ),
    ("art", "Art. 21 Dues"),
    (
        "p",
        "21.1 On the artist's written authorisation, the producer deducts the FSAO dues from "
        "each fee at the rate FSAO notifies, and pays them to FSAO every month.",
    ),
    ("art", "Art. 22 Equal treatment"),
    (
        "p",
        "22.1 No artist is treated less favourably because of language, origin, sex, age, "
        "disability or union activity.",
    ),
    ("art", "Art. 23 Amendments and side letters"),
    (
        "p",
        "23.1 This Agreement is amended only in writing. 23.2 Either party may ask for talks "
        "on Art. 12 or Article 12bis at any time. 23.3 An amending memorandum or side letter "
        "is signed by both parties, ratified by the members of FSAO and states the date from "
        "which it applies.",
    ),
    ("art", "Art. 24 Previous agreement"),
    (
        "p",
        "24.1 This Agreement replaces the Stage Agreement 2022–2026, which expired on "
        "31 March 2026, except as stated in Art. 24.2.",
    ),
    (
        "p",
        "24.2 Notwithstanding Art. 24.1, Article 9.5 of the Stage Agreement 2022–2026 (cover "
        "allowance) is carried over and stays in force for the term of this Agreement: an "
        "understudy or swing who covers more than one role is paid, for each additional role "
        "covered, 8% of the actor's show-week fee of the Rate Barème, per show week (row "
        "A-11).",
    ),
    (
        "p",
        "Signed at Vallenbourg on 16 March 2026. For FSAO: Margaux Pellerin-Whitcombe, "
        "President; Tobias Ferrand-Achebe, General Secretary. For OTPC: Régis Halloran-Dupuy, "
        "Chair; Annika Strobel-Mensah, Director of the Théâtre Royal de Vallenbourg.",
    ),
    ("annex", "Schedule A Allowances, supplements and digital-double fees"),
    (
        "p",
        "Schedule A sets the amounts of this Agreement that are fixed for the whole term, one "
        "column per contract year: the column headed from 1 April 2026 applies in contract "
        "year 2026-27, the column headed from 1 April 2027 in contract year 2027-28, and the "
        "column headed from 1 April 2028 in contract year 2028-29 (Art. 3.2 and Art. 5.4). "
        "Amounts are in Ormeval florins; a percentage applies to the fee named in the Unit "
        "column.",
    ),
    (
        "p",
        "The fees per performance, per rehearsal week, per show week, per put-on and per week "
        "of stage management are not in this Schedule: they are in the Rate Barème of each "
        "contract year (Art. 5). The fees of fight directors and intimacy directors are in "
        "Side Letter No. 1. Rows A-1 to A-11 are allowances and supplements; rows D-1 to D-12 "
        "are the fees of Art. 12, Article 12bis and Art. 13, paid in addition to the fee for "
        "the work itself.",
    ),
    (
        "p",
        "A row is changed only by an amending memorandum under Art. 23.3, which states the "
        "date from which the new amount applies; until that date the amount below applies.",
    ),
]

SCHEDULE_HEADER = [
    "Row",
    "Allowance, supplement or fee",
    "Unit",
    "from 1 April 2026",
    "from 1 April 2027",
    "from 1 April 2028",
]
SCHEDULE_WIDTHS = [10, 53, 40, 25.6, 25.7, 25.7]
SCHEDULE_CONTINUED = "Schedule A (continued)"
SCHEDULE_ROWS: list[tuple[str, str, str, str, str, str]] = [
    ("A-1", "Tour day per diem* (Art. 11.2)", "per tour day", "fl 96.00", "fl 99.00", "fl 102.00"),
    (
        "A-2",
        "Accommodation on tour* (Art. 11.3 a))",
        "per night",
        "fl 185.00",
        "fl 191.00",
        "fl 197.00",
    ),
    ("A-3", "Travel day without performance", "per day", "fl 142.00", "fl 146.00", "fl 151.00"),
    ("A-4", "Own vehicle (Art. 11.5)", "per km", "fl 0.62", "fl 0.64", "fl 0.66"),
    ("A-5", "Two-show day supplement (Art. 7.3)", "of the performance fee", "15%", "15%", "15%"),
    ("A-6", "Sunday supplement (Art. 7.4)", "of the performance fee", "20%", "20%", "20%"),
    ("A-7", "Ninth performance (Art. 7.2)", "of the performance fee", "150%", "150%", "150%"),
    ("A-8", "Rehearsal overtime (Art. 6.4)", "per hour", "fl 44.00", "fl 45.50", "fl 47.00"),
    ("A-9", "Costume or wig fitting (Art. 6.5)", "per hour", "fl 31.00", "fl 32.00", "fl 33.00"),
    ("A-10", "Late payment interest (Art. 18.2)", "per month", "1.25%", "1.25%", "1.25%"),
    ("A-11", "Cover allowance‡ (Art. 24.2)", "of the show-week fee", "8%", "8%", "8%"),
    (
        "D-1",
        "Scan session (Art. 12.3)",
        "per session, up to 3 hours",
        "fl 1,250.00",
        "fl 1,300.00",
        "fl 1,350.00",
    ),
    ("D-2", "Review of the double (Art. 12.5)", "per hour", "fl 65.00", "fl 67.00", "fl 69.00"),
    (
        "D-3",
        "Double on stage (Art. 12.4 a))",
        "per performance of use",
        "fl 145.00",
        "fl 149.00",
        "fl 154.00",
    ),
    (
        "D-4",
        "Double on stage† (Art. 12.4 b))",
        "per show week of use",
        "fl 980.00",
        "fl 1,010.00",
        "fl 1,040.00",
    ),
    (
        "D-5",
        "Double on tour, artist not on tour",
        "supplement on D-3 or D-4",
        "25%",
        "25%",
        "25%",
    ),
    (
        "D-6",
        "Virtual swing, technical rehearsal",
        "per rehearsal day",
        "fl 210.00",
        "fl 216.00",
        "fl 222.00",
    ),
    (
        "D-7",
        "Training a model (Art. 12.7)",
        "per model, per contract year",
        "fl 3,400.00",
        "fl 3,500.00",
        "fl 3,600.00",
    ),
    (
        "D-8",
        "Synthetic voice (Art. 12.8)",
        "per show week",
        "fl 320.00",
        "fl 330.00",
        "fl 340.00",
    ),
    (
        "D-9",
        "Capture (Art. 13.2)",
        "per artist, per capture",
        "fl 640.00",
        "fl 660.00",
        "fl 680.00",
    ),
    (
        "D-10",
        "Capture, further 12 months (Art. 13.4)",
        "of row D-9",
        "50%",
        "50%",
        "50%",
    ),
    (
        "D-11",
        "Capture, rehearsal filmed for archive",
        "per artist, per rehearsal",
        "fl 120.00",
        "fl 124.00",
        "fl 128.00",
    ),
    (
        "D-12",
        "Unauthorised use (Art. 12.14)",
        "per performance",
        "fl 2,750.00",
        "fl 2,850.00",
        "fl 2,950.00",
    ),
]
SCHEDULE_NOTES = [
    "* Rows A-1 and A-2 (touring rates) apply only beyond 50 km: when the performance, "
    "rehearsal or travel takes place more than 50 km from the home theatre (Art. 11.2). "
    "Within 50 km no per diem and no accommodation is paid.",
    "† Row D-4 is paid instead of row D-3 for a show week in which the double is used in "
    "more than four (4) performances; rows D-3 and D-4 are never both paid for the same "
    "show week.",
    "‡ Row A-11 continues Article 9.5 of the Stage Agreement 2022–2026 (Art. 24.2); it is "
    "paid for each additional role covered, per show week.",
    "Row D-12 is liquidated damages, not a fee for a use: no consent can be bought with it. "
    "End of Schedule A.",
]

BAREME_INTRO: list[tuple[str, str]] = [
    ("title", "Barème des cachets minimums 2026-2027"),
    (
        "sub",
        "Rate Barème 2026-27 – Comité paritaire des tarifs FASO / CPTO (FSAO / OTPC Joint "
        "Rates Committee) – article 5 de l'Accord de la scène 2026-2029 (Stage Agreement "
        "2026–2029)",
    ),
    (
        "p",
        "Le présent barème remplace le barème 2025-26 (Rate Schedule 2025-26) à compter du "
        "1er avril 2026. This Barème replaces the Rate Schedule 2025-26 from 1 April 2026.",
    ),
    (
        "p",
        "Il s'applique à l'année contractuelle 2026-2027, du 1.4.2026 au 31.3.2027, à tous "
        "les artistes engagés par le Théâtre Royal de Vallenbourg, le Harrowby Repertory "
        "Theatre, la Compagnie du Grand Tour et la Lanternfield Touring Company, sauf la "
        "ligne R-8, qui porte sa propre date d'effet (article 5.3 de l'Accord). Les "
        "représentations et répétitions antérieures au 1.4.2026 restent payées selon le "
        "Rate Schedule 2025-26.",
    ),
    (
        "p",
        "Les montants sont des cachets minimaux en florins d'Ormeval (ƒ), avant les "
        "indemnités et suppléments de l'annexe A de l'Accord (indemnité journalière de "
        "tournée, représentation du dimanche, journée à deux représentations, allocation de "
        "couverture) et avant les cachets liés aux doubles numériques et aux captations "
        "(lignes D-1 à D-12 de l'annexe A), qui ne figurent pas ici. Chaque cachet est "
        "supérieur d'au moins 4 % à celui de la même ligne du barème 2025-26 (article 5.2).",
    ),
    ("art", "Tableau des cachets minimaux – année contractuelle 2026-2027"),
]
BAREME_TABLE_HEADER = ["Ligne", "Fonction", "Unité", "Cachet", "En vigueur"]
BAREME_WIDTHS = [12, 60, 44, 22, 42]
BAREME_ROWS: list[tuple[str, str, str, str, str]] = [
    ("R-1", "Comédien·ne, troupe de répertoire", "par représentation", "ƒ 285,00", "1.4.2026"),
    ("R-2", "Comédien·ne, répétitions", "par semaine de répétition", "ƒ 1.480,00", "1.4.2026"),
    (
        "R-3",
        "Comédien·ne engagé·e à la semaine",
        "par semaine de spectacle",
        "ƒ 2.050,00",
        "1.4.2026",
    ),
    ("R-4", "Comédien·ne en tournée", "par semaine en tournée", "ƒ 2.165,00", "1.4.2026"),
    ("R-5", "Doublure (understudy), supplément", "par semaine", "ƒ 236,00", "1.4.2026"),
    ("R-6", "Doublure, remplacement (put-on)", "par représentation", "ƒ 92,00", "1.4.2026"),
    ("R-7", "Swing, engagement à la semaine", "par semaine", "ƒ 2.190,00", "1.4.2026"),
    (
        "R-8",
        "Swing, remplacement (put-on)",
        "par représentation",
        "ƒ 110,00",
        "du 1.4.2026 au 30.9.2026",
    ),
    (
        "R-8",
        "Swing, remplacement (put-on)",
        "par représentation",
        "ƒ 135,00",
        "à compter du 1.10.2026",
    ),
    ("R-9", "Régisseur·se général·e (SM)", "par semaine", "ƒ 2.270,00", "1.4.2026"),
    ("R-10", "Régisseur·se de conduite (DSM)", "par semaine", "ƒ 1.945,00", "1.4.2026"),
    ("R-11", "Assistant·e régisseur·se (ASM)", "par semaine", "ƒ 1.610,00", "1.4.2026"),
    ("R-12", "Régie, heures supplémentaires", "par tranche de 30 minutes", "ƒ 38,50", "1.4.2026"),
    ("R-13", "Lecture publique, mise en espace", "par lecture", "ƒ 156,00", "1.4.2026"),
]
BAREME_OUTRO: list[tuple[str, str]] = [
    ("art", "Notes"),
    (
        "p",
        "1. Ligne R-8 : depuis la reprise de « La Maison des Brumes » au Théâtre Royal, un "
        "swing couvre souvent six pistes. Le Comité a donc porté le cachet de remplacement "
        "du swing à ƒ 135,00 à compter du 1.10.2026 ; les remplacements du 1.4.2026 au "
        "30.9.2026 restent payés ƒ 110,00. Les autres lignes ne changent pas en cours "
        "d'année.",
    ),
    (
        "p",
        "2. Doublures : le supplément R-5 est dû pour chaque semaine de spectacle où la "
        "doublure couvre un rôle, qu'elle entre en scène ou non ; chaque remplacement R-6 "
        "s'y ajoute (article 8 de l'Accord). L'allocation de couverture d'un rôle "
        "supplémentaire figure à la ligne A-11 de l'annexe A (article 24.2).",
    ),
    (
        "p",
        "3. Régie : les heures supplémentaires R-12 sont dues au-delà de dix heures de "
        "travail dans la journée (article 9.3 b) de l'Accord), par tranche de 30 minutes "
        "entamée.",
    ),
    (
        "p",
        "4. Les directeurs et directrices de combat et d'intimité sont payés selon la lettre "
        "d'entente n° 1 (Side Letter No. 1), et non selon ce barème.",
    ),
    (
        "p",
        "5. Exemple : une doublure de la Compagnie du Grand Tour couvre un rôle pendant une "
        "semaine de spectacle et entre en scène deux fois ; elle reçoit le supplément R-5 et "
        "deux fois le cachet R-6 de l'année contractuelle 2026-2027, en plus de son cachet "
        "hebdomadaire.",
    ),
    (
        "p",
        "Adopté par le Comité paritaire des tarifs à Vallenbourg le 24 février 2026. Pour la "
        "FASO : Hamish Delacroix-Burke, Yusuf Marchetti, Clémence Oyelaran. Pour le CPTO : "
        "Annika Strobel-Mensah, Pieter Vandamme-Ossei, Laure Kingsley-Rousset. Prochain "
        "barème : année contractuelle 2027-2028, publié avant le 1er mars 2027.",
    ),
]


def _text(blocks: list[tuple[str, str]]) -> str:
    return "\n".join(text for _, text in blocks)


def agreement_text() -> str:
    lines = [_text(AGREEMENT), " ".join(SCHEDULE_HEADER)]
    lines += [" ".join(r) for r in SCHEDULE_ROWS]
    lines += SCHEDULE_NOTES
    return "\n".join(lines)


def bareme_text() -> str:
    lines = [_text(BAREME_INTRO), " ".join(BAREME_TABLE_HEADER)]
    lines += [" ".join(r) for r in BAREME_ROWS]
    lines.append(_text(BAREME_OUTRO))
    return "\n".join(lines)


def _doc(header: str, ttf: bool):
    from fpdf import FPDF  # fpdf2

    family = "DejaVu" if ttf else "Helvetica"

    class Doc(FPDF):
        def header(self) -> None:
            self.set_font(family, "I", 8.5)
            self.cell(0, 6, header, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font(family, "", 8.5)
            self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Doc(orientation="P", format="A4")
    if ttf:
        pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
        pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    else:
        pdf.core_fonts_encoding = "windows-1252"
    pdf.family_name = family
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(15, 15, 15)
    return pdf


def _blocks(pdf, blocks: list[tuple[str, str]]) -> None:
    family = pdf.family_name
    for kind, text in blocks:
        if kind == "title":
            pdf.set_font(family, "B", 15)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "sub":
            pdf.set_font(family, "I", 10.5)
            pdf.multi_cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind in ("art", "annex"):
            if kind == "annex":
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font(family, "B", 12)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font(family, "", 10.5)
            pdf.multi_cell(0, 5.8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)


def _table(pdf, header, widths, rows, continued: str | None, row_h: float = 7.5) -> None:
    """Rows of single-line cells; on a page break the header row is drawn again."""
    family = pdf.family_name

    def draw_header() -> None:
        pdf.set_font(family, "B", 8)
        pdf.set_fill_color(225, 225, 225)
        for w, text in zip(widths, header, strict=True):
            if pdf.get_string_width(text) > w - 2:
                raise SystemExit(f"header cell too wide for {w} mm: {text!r}")
            pdf.cell(w, row_h, text, border=1, fill=True)
        pdf.ln(row_h)
        pdf.set_font(family, "", 8.5)

    draw_header()
    for row in rows:
        for w, text in zip(widths, row, strict=True):
            if pdf.get_string_width(text) > w - 2:
                raise SystemExit(f"cell too wide for {w} mm: {text!r}")
        if pdf.get_y() + row_h > pdf.page_break_trigger:
            pdf.add_page()
            if continued:
                pdf.set_font(family, "B", 11)
                pdf.cell(0, 7, continued, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            draw_header()
        for w, text in zip(widths, row, strict=True):
            pdf.cell(w, row_h, text, border=1)
        pdf.ln(row_h)
    pdf.ln(3)


def build_agreement() -> None:
    pdf = _doc(RUNNING_HEADER, ttf=False)
    pdf.set_title("Stage Agreement 2026-2029")
    pdf.set_author("FSAO / OTPC")
    pdf.set_creation_date(datetime.datetime(2026, 3, 16, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    _blocks(pdf, AGREEMENT)
    _table(pdf, SCHEDULE_HEADER, SCHEDULE_WIDTHS, SCHEDULE_ROWS, SCHEDULE_CONTINUED, row_h=9.4)
    pdf.set_font("Helvetica", "I", 9.5)
    for note in SCHEDULE_NOTES:
        pdf.multi_cell(0, 5.4, note, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.output(AGREEMENT_OUT)
    print("wrote", AGREEMENT_OUT, pdf.pages_count, "pages")


def build_bareme() -> None:
    pdf = _doc(BAREME_HEADER_LINE, ttf=True)
    pdf.set_title("Barème des cachets minimums 2026-2027")
    pdf.set_author("FASO / CPTO Comité paritaire des tarifs")
    pdf.set_creation_date(datetime.datetime(2026, 2, 24, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    _blocks(pdf, BAREME_INTRO)
    _table(pdf, BAREME_TABLE_HEADER, BAREME_WIDTHS, BAREME_ROWS, None, row_h=7.5)
    _blocks(pdf, BAREME_OUTRO)
    pdf.output(BAREME_OUT)
    print("wrote", BAREME_OUT, pdf.pages_count, "pages")


if __name__ == "__main__":
    build_agreement()
    build_bareme()
