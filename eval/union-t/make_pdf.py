#!/usr/bin/env python3
"""Build the PDF of union-t (its whole text is in this script).

    /work/main/.venv/bin/python eval/union-t/make_pdf.py    # fpdf2 is in the venv

docs/ylmg-youth-media-agreement-2026-2028.pdf: the Youth and Learning Media Agreement
2026-2028 as running text (portrait A4, core font in windows-1252), articles "Art. 7"
with sub-articles "7.2" and lettered items "b)" (cited "Art. 7.2 b)"), an "Article 14a"
on digital replicas of minors; a running header and a "Page N of M" footer on every page;
Annex A, a table of hours, breaks and rest by age bracket (under 6, 6-11, 12-15, 16-17)
that continues across a page break with its header row repeated under
"Annex A (continued)", with notes under it that carry conditions; Annex B, a TRANSPOSED
table of allowances whose rows are periods ("from 1 Jan 2026", "from 1 Jul 2026",
"from 1 Jan 2027", "from 1 Jan 2028") and whose columns are categories. Amounts are written
the English way ("CHF 1,250.00"). Art. 14 cross-references "Annex 2 of the Rate
Agreement" (an HTML page in docs/); Art. 20.2 carries over a clause of the expired
agreement; Art. 14a.4, 14a.5 and 14a.9 are amended or deleted by the Avenant n° 1.

`agreement_text()` returns the same text for check_set.py (one heading, paragraph or
table row per line, cells joined by " "). Fixed creation date, so the output is
reproducible.
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "ylmg-youth-media-agreement-2026-2028.pdf")
RUNNING_HEADER = "Youth and Learning Media Agreement 2026–2028 – YLMG / VACEP – English text"

# (kind, text): "title", "sub", "art" (an article heading), "p" (a paragraph),
# "annex" (a heading on a new page)
AGREEMENT: list[tuple[str, str]] = [
    ("title", "Youth and Learning Media Agreement 2026–2028"),
    (
        "sub",
        "between the Youth and Learning Media Guild of Vellmont (YLMG) and the Vellmont "
        "Association of Children's and Educational Producers (VACEP), acting for its member "
        "producers. Signed at Sainte-Brigue on 2 December 2025. The French text, Convention "
        "médias jeunesse et éducatifs 2026–2028, has equal force. All amounts are in Swiss "
        "francs (CHF), the currency of the Principality of Vellmont under the Currency Treaty.",
    ),
    ("art", "Art. 1 Parties and scope"),
    (
        "p",
        "1.1 This Agreement applies to performers engaged by a member of VACEP for children's "
        "and educational media produced in the Principality of Vellmont: child performers "
        "under eighteen (18), young presenters, sign-language performers, adult performers in "
        "children's programmes, and voice performers for educational apps and e-learning.",
    ),
    (
        "p",
        "1.2 The members of VACEP at signature are TVJ – Télé-Vellmont Jeunesse, Studio "
        "Trottinette SA, Edelweiss Learning Ltd, Marmot Hill Productions and Lumen Signes "
        "Sàrl. A producer that joins VACEP later is bound from the day it joins.",
    ),
    (
        "p",
        "1.3 This Agreement sets minimum terms. A contract may give a performer better terms, "
        "never worse ones.",
    ),
    (
        "p",
        "1.4 The Rate Agreement in force (Art. 5), Annex A and Annex B form part of this "
        "Agreement.",
    ),
    ("art", "Art. 2 Definitions"),
    (
        "p",
        '2.1 In this Agreement: a) "minor" means a performer under eighteen (18); b) '
        '"guardian" means the parent or other person with parental authority over a minor; '
        'c) "chaperone" means a person licensed by the Princely Child Welfare Office (Office '
        'princier de la protection de l\'enfance, "OPPE") to look after minors at the place '
        'of work; d) "day on set" means one working day of filming or recording in picture; '
        'e) "half-day" means a call in which the time at the place of work is no more than '
        'half the limit of Annex A, row A-1; f) "booth session" means a sound-recording '
        'session in a booth; g) "young presenter" means a minor of twelve (12) to seventeen '
        '(17) who presents or hosts a programme; h) "sign-language performer" means a '
        "performer who signs a programme or content in picture, in Vellmont Sign Language "
        '(LSV) or another sign language; i) "educational app" means a learning application '
        'or e-learning course, and "language version" each version of it in one spoken or '
        "signed language.",
    ),
    (
        "p",
        "2.2 The age bracket of a minor (under 6, 6–11, 12–15, 16–17) is fixed by the minor's "
        "age on the first day of the engagement and does not change during that engagement, "
        "except for the trust share of Art. 9.1, which follows the minor's age on the day of "
        "payment.",
    ),
    (
        "p",
        "2.3 The terms used in Art. 14 and Article 14a (digital replica, synthetic voice, "
        "avatar, hour of generated output, AI-generated character) are defined in Art. 14.1.",
    ),
    ("art", "Art. 3 Term and calendar years"),
    ("p", "3.1 This Agreement runs from 1 January 2026 to 31 December 2028."),
    (
        "p",
        "3.2 Fees and allowances are set per calendar year and change on 1 January of each "
        "year. A row of the Rate Agreement or a line of Annex B dated 1 July 2026 applies "
        "from that date; the previous amount applies until 30 June 2026.",
    ),
    ("p", "3.3 Work is paid at the amount in force on the day the work is done."),
    ("art", "Art. 4 Engagement contracts and work permits"),
    (
        "p",
        "4.1 Every engagement is confirmed by a written contract issued at least five (5) "
        "working days before the first day of work. The contract of a minor is signed by the "
        "guardian; a minor of fourteen (14) or over also signs it.",
    ),
    (
        "p",
        "4.2 The contract states: a) the production and the producer; b) the role or work and "
        "the row of the Rate Agreement; c) the dates and places of work; d) the name of the "
        "chaperone, or that the guardian will accompany the minor; e) any use under Art. 14 "
        "or Article 14a, which also needs the separate consent of Art. 14.2.",
    ),
    (
        "p",
        "4.3 A minor under sixteen (16) works only under a work permit from the OPPE. The "
        "producer applies for it at least ten (10) working days before the first day of work "
        "and gives a copy to the guardian.",
    ),
    ("art", "Art. 5 Rate Agreement"),
    (
        "p",
        "5.1 The YLMG / VACEP Joint Rates Committee sets the minimum fees in a Rate Agreement: "
        "Annex 1 (fees of performers by work and age bracket) and Annex 2 (digital replica, "
        "synthetic voice, avatar and AI-generated character fees).",
    ),
    (
        "p",
        "5.2 The Rate Agreement 2026–2027 applies to calendar years 2026 and 2027. The "
        "Committee sets the fees for 2028 before 1 November 2027.",
    ),
    (
        "p",
        "5.3 Each fee for 2026 is at least 4% above the same row of the Rate Schedule 2025 "
        "made under the Youth Media Agreement 2023–2025.",
    ),
    (
        "p",
        "5.4 The Committee may raise a row from 1 July 2026 to bring booth, sign-language and "
        "avatar fees into line with the market; such a row states its own date.",
    ),
    ("art", "Art. 6 Guardians and chaperones"),
    (
        "p",
        "6.1 Every minor under sixteen (16) is accompanied at the place of work, from call to "
        "release, by the guardian or by a licensed chaperone. A minor of sixteen (16) or "
        "seventeen (17) may work unaccompanied.",
    ),
    (
        "p",
        "6.2 A chaperone looks after no more minors than Annex A, row A-13 allows and has no "
        "other task on the production.",
    ),
    (
        "p",
        "6.3 When the guardian accompanies the minor in place of a chaperone, the producer "
        "pays the guardian the allowance of Annex B, column B-1. When the producer engages a "
        "chaperone, it pays the chaperone at least Annex B, column B-2.",
    ),
    (
        "p",
        "6.4 The guardian or the chaperone may stop the work of a minor who is tired, unwell "
        "or distressed. The minor is paid for the whole call.",
    ),
    ("art", "Art. 7 Hours of work and rest by age"),
    (
        "p",
        "7.1 The limits of time at the place of work, working time, breaks, rest and working "
        "days are set by age bracket in Annex A.",
    ),
    (
        "p",
        "7.2 In applying Annex A: a) time at the place of work counts from the call to the "
        "release, including make-up, costume, tutoring and waiting; b) no minor starts before "
        "the earliest start or finishes after the latest finish of Annex A, rows A-6 and A-7; "
        "c) travel time counts as working time beyond the limit of row A-17.",
    ),
    (
        "p",
        "7.3 The limits of rows A-1 and A-2 may be exceeded only as the note under Annex A "
        "allows. A call that would break Art. 7.2 b) is moved to another day and paid in full.",
    ),
    (
        "p",
        "7.4 No minor works on a public holiday, except in a live programme with the OPPE's "
        "written approval.",
    ),
    ("art", "Art. 8 Schooling"),
    (
        "p",
        "8.1 A minor of school age who works on a school day receives tutoring from a "
        "qualified tutor paid by the producer, for at least the time of Annex A, row A-14. "
        "The tutor is paid at least Annex B, column B-3.",
    ),
    (
        "p",
        "8.2 Tutoring takes place between 08:00 and 16:00 in a quiet room and counts as time "
        "at the place of work.",
    ),
    ("art", "Art. 9 Trust share (blocked trust account)"),
    (
        "p",
        "9.1 The producer pays a share of the gross fees of every minor directly into a "
        "blocked trust account in the minor's name at a bank approved by the OPPE: twenty per "
        "cent (20%) for a minor under sixteen (16) and fifteen per cent (15%) for a minor of "
        "sixteen (16) or seventeen (17) on the day of payment (Annex A, row A-22).",
    ),
    (
        "p",
        "9.2 The share is paid at the same time as the fee; the rest of the fee is paid to "
        "the guardian.",
    ),
    (
        "p",
        "9.3 The account is blocked until the minor turns eighteen (18). The OPPE may release "
        "part of it earlier only for the minor's own needs, on a written request from the "
        "guardian.",
    ),
    (
        "p",
        "9.4 The producer sends the guardian and the Guild a statement of the shares paid by "
        "31 January of each year.",
    ),
    (
        "p",
        "9.5 The shares of Art. 9.1 also apply to the fees of Annex 2 of the Rate Agreement "
        "paid for a minor.",
    ),
    ("art", "Art. 10 Payment"),
    (
        "p",
        "10.1 Fees and allowances are paid within fifteen (15) days of the end of each "
        "engagement week.",
    ),
    ("p", "10.2 A late payment bears interest of 0.5% per month from the sixteenth day."),
    (
        "p",
        "10.3 Each payment comes with a pay slip that shows the row of the Rate Agreement, the "
        "trust share and the allowances.",
    ),
    ("art", "Art. 11 Young presenters"),
    (
        "p",
        "11.1 A young presenter is paid per recording day (Rate Agreement, rows P-3 and P-4); "
        "the recording day follows the limits of Annex A for the presenter's age bracket.",
    ),
    (
        "p",
        "11.2 A young presenter does not present live after 20:00 and never asks viewers to "
        "buy a product.",
    ),
    ("art", "Art. 12 Sign-language performers"),
    (
        "p",
        "12.1 A sign-language performer is paid per day or per half-day (Rate Agreement, rows "
        "S-1 and S-2). A half-day is no more than four (4) hours at the place of work.",
    ),
    (
        "p",
        "12.2 A programme or piece of content longer than sixty (60) minutes is signed by two "
        "sign-language performers who take turns.",
    ),
    (
        "p",
        "12.3 A sign-language performer has a break of at least fifteen (15) minutes after "
        "every forty-five (45) minutes of signing in picture.",
    ),
    (
        "p",
        "12.4 The producer gives the performer the script or the recording at least "
        "forty-eight (48) hours before the work, except for live programmes, and credits the "
        "performer by name.",
    ),
    ("art", "Art. 13 Voice work for educational apps and e-learning"),
    (
        "p",
        "13.1 An adult voice performer is paid per booth session of up to three (3) hours (row "
        "V-1) and per additional hour or part of an hour (row V-2). A minor's booth session "
        "follows Annex A, row A-11 and is paid per session (rows C-2 to C-4).",
    ),
    (
        "p",
        "13.2 Pick-ups of no more than thirty (30) minutes, recorded within thirty (30) days "
        "of the session, are paid at half the session fee.",
    ),
    (
        "p",
        "13.3 Each language version of an educational app that uses a recorded performance is "
        "a separate use, which the contract names.",
    ),
    ("art", "Art. 14 Digital replicas, synthetic voices and avatars"),
    (
        "p",
        '14.1 In this Agreement: a) "digital replica" means a computer-generated likeness of '
        "a performer's face, body, voice or movements made from a scan or from recordings; "
        'b) "synthetic voice" means a voice model trained on a performer\'s recordings that '
        'can speak new text; c) "avatar" means a computer-generated figure that signs or '
        "speaks, driven by a model trained on a performer's motion capture; d) \"hour of "
        'generated output" means one hour of finished content in which an avatar appears, '
        'counted per language version; e) "AI-generated character" means a character created '
        "by a generative system and not played by a performer.",
    ),
    (
        "p",
        "14.2 Consent to make or use a digital replica, synthetic voice or avatar is given in "
        "writing, separately from the engagement contract, on form RM-2 (adults) or form RM-1 "
        "(minors, Article 14a). It names the production or the app, the uses and the period. "
        "Consent is never a condition of engagement.",
    ),
    (
        "p",
        "14.3 The fees for scans, uses, synthetic voices, avatars and AI-generated characters "
        "are as set out in Annex 2 of the Rate Agreement.",
    ),
    (
        "p",
        "14.4 A synthetic voice trained on a voice performer's recordings for an educational "
        "app is paid per app (row IA-4) and for each further language version of that app "
        "(row IA-5). It is used only in the app named in the consent, never in another app, "
        "and never to replace the performer in a session already booked.",
    ),
    (
        "p",
        "14.5 When an adult performer is digitally de-aged to play a child, or a minor is "
        "digitally aged to play an older character, the producer needs consent for that "
        "production and pays a supplement of thirty per cent (30%) of the day fee (row J-5 "
        "for an adult; the minor's own row otherwise) for each day on which the altered image "
        "is used. Aging a minor also needs the consents of Article 14a.",
    ),
    (
        "p",
        "14.6 A sign-language avatar generated from a signer's motion capture: a) needs the "
        "signer's consent on form RM-2; b) is paid per capture session (row IA-6) and per "
        'hour of generated output (row IA-7); c) carries the credit "Signing avatar based on '
        "the performance of\" followed by the signer's name, wherever the avatar appears; "
        "d) is never used for news or public-safety announcements, which are signed by a "
        "live sign-language performer.",
    ),
    (
        "p",
        "14.7 A digital replica of an adult is used only in the production named in the "
        "consent, and each production day in which it appears is paid (row IA-3).",
    ),
    (
        "p",
        "14.8 A performer may withdraw consent to any future use on form RM-4. For an adult, "
        "the withdrawal takes effect sixty (60) days after the notice; uses already published "
        "may stay in distribution, but no new use, episode or language version is made.",
    ),
    (
        "p",
        "14.9 The producer deletes the data of an adult's digital replica, synthetic voice or "
        "avatar within ninety (90) days after the end of the period of use in the consent, "
        "and sends the performer a certificate of deletion on form RM-5.",
    ),
    ("art", "Article 14a Digital replicas of minors"),
    (
        "p",
        "14a.1 No digital replica of a minor under fourteen (14) may be made or used unless "
        "both the guardian and the OPPE consent in writing on form RM-1. Without both "
        "consents, the scan does not take place.",
    ),
    (
        "p",
        "14a.2 For a minor of fourteen (14) to seventeen (17), form RM-1 is signed by the "
        "guardian and by the minor; the OPPE is informed at least seven (7) days before the "
        "scan.",
    ),
    (
        "p",
        "14a.3 A replica of a minor is used only in the production named in form RM-1; each "
        "production day in which it appears is paid (row IA-3), and the trust share of "
        "Art. 9.1 applies.",
    ),
    (
        "p",
        "14a.4 Within ninety (90) days after a performer whose replica was made as a minor "
        "turns eighteen (18), the producer obtains the performer's own written consent on "
        "form RM-3 for any further use and pays a re-consent fee of CHF 1,250.00. Without "
        "that consent, the replica is not used after those ninety days and is deleted under "
        "Art. 14a.5.",
    ),
    (
        "p",
        "14a.5 The producer deletes the data of a minor's replica within sixty (60) days "
        "after the end of the production, or after a withdrawal takes effect, and sends form "
        "RM-5 to the guardian and to the OPPE.",
    ),
    (
        "p",
        "14a.6 No AI-generated character that is a child may be trained on the image, voice "
        "or movements of a minor unless the consents of Art. 14a.1 or 14a.2 are given; the "
        "producer pays row IA-8 per character and per performer whose data was used, and the "
        "character never bears the minor's name.",
    ),
    (
        "p",
        "14a.7 A guardian may withdraw consent for a minor at any time on form RM-4; the "
        "withdrawal takes effect thirty (30) days after the notice.",
    ),
    (
        "p",
        "14a.8 The Guild and the OPPE may inspect a producer's replica register, which lists "
        "every replica of a minor, its consents and its deletion date.",
    ),
    (
        "p",
        "14a.9 Archive exception: a replica of a minor made before 1 January 2026 under the "
        "Youth Media Agreement 2023–2025 may be used in reruns and compilations of the "
        "programme for which it was made without a new form RM-1.",
    ),
    ("art", "Art. 15 Credits"),
    (
        "p",
        "15.1 Every performer who appears or is heard is credited. A minor is credited by "
        "first name and surname, or by first name only if the guardian asks for it in "
        "writing.",
    ),
    ("art", "Art. 16 Health, safety and welfare"),
    (
        "p",
        "16.1 No minor performs a stunt or a dangerous action. 16.2 The producer provides a "
        "quiet rest area for minors within the place of work. 16.3 Under studio lights, minors "
        "have the cool-down break of Annex A, row A-18.",
    ),
    ("art", "Art. 17 Guild dues"),
    (
        "p",
        "17.1 On a performer's written authorisation, the producer deducts the Guild dues set "
        "by the Guild's general meeting and pays them to the Guild each month.",
    ),
    ("art", "Art. 18 Grievances"),
    (
        "p",
        "18.1 A grievance is filed in writing within thirty (30) days of the facts. 18.2 The "
        "Joint Committee hears it within sixty (60) days. 18.3 A grievance about the hours or "
        "the welfare of a minor is heard within ten (10) days.",
    ),
    ("art", "Art. 19 Joint Committee"),
    (
        "p",
        "19.1 The YLMG / VACEP Joint Committee of three members from each side meets at least "
        "four times a year, hears grievances and interprets this Agreement.",
    ),
    ("art", "Art. 20 Transitional and final provisions"),
    (
        "p",
        "20.1 This Agreement replaces the Youth Media Agreement 2023–2025, which expired on "
        "31 December 2025.",
    ),
    (
        "p",
        "20.2 Notwithstanding Art. 20.1, Clause 10.4 of the Youth Media Agreement 2023–2025 "
        "(school catch-up allowance: a minor engaged for more than three (3) consecutive days "
        "that include school days receives CHF 45.00 for each school day missed, in addition "
        "to the fee) is carried over and stays in force for the term of this Agreement.",
    ),
    (
        "p",
        "20.3 This Agreement may be amended only by an avenant (addendum) signed by both "
        "parties and ratified by the Guild's members; the avenant states its date of effect.",
    ),
    (
        "p",
        "For YLMG: Aurélie Brandt-Okafor, president; Matthias Leclerc-Nyberg, general "
        "secretary. For VACEP: Reto Castellaz-Moreau, chair; Ines Halvorsen-Dubois, "
        "secretary.",
    ),
    ("annex", "Annex A Hours, breaks and rest by age bracket"),
    (
        "p",
        "This Annex applies Art. 7. The age bracket is fixed by the minor's age on the first "
        "day of the engagement (Art. 2.2). Time at the place of work counts from the call to "
        "the release (Art. 7.2 a)); working time is the time actually spent on set, in the "
        "booth or in rehearsal. Durations are written in hours (h) and minutes (min); times "
        "of day on the 24-hour clock.",
    ),
    (
        "p",
        "The producer posts this Annex at the place of work and gives the call sheet to the "
        "guardian or chaperone within the time of row A-15. A guardian who finds that a limit "
        "has been broken informs the Guild's children's welfare officer, who may file an "
        "urgent grievance under Art. 18.3.",
    ),
    (
        "p",
        "Row A-22 repeats the trust share of Art. 9.1. Rows A-13 and A-23 apply Art. 6.1: a "
        "minor of sixteen (16) or seventeen (17) needs no chaperone.",
    ),
]

ANNEX_A_HEADER = ["Code", "Rule", "Under 6", "6–11", "12–15", "16–17"]
ANNEX_A_WIDTHS = [11, 77, 23, 23, 23, 23]
ANNEX_A_CONTINUED = "Annex A (continued)"
ANNEX_A_ROWS: list[tuple[str, str, str, str, str, str]] = [
    ("A-1", "Maximum time at the place of work per day*", "4 h", "6 h", "8 h", "9 h"),
    ("A-2", "Maximum working time per day*", "2 h", "4 h", "6 h", "8 h"),
    ("A-3", "Maximum continuous working time", "30 min", "60 min", "90 min", "2 h"),
    ("A-4", "Minimum break after continuous work", "15 min", "15 min", "20 min", "30 min"),
    ("A-5", "Meal break after 4 h at the place of work", "–", "45 min", "45 min", "45 min"),
    ("A-6", "Earliest start", "09:00", "08:00", "07:00", "07:00"),
    ("A-7", "Latest finish", "17:00", "19:00", "20:00", "22:00"),
    ("A-8", "Minimum rest between two working days", "16 h", "14 h", "14 h", "12 h"),
    ("A-9", "Maximum working days per week", "3 days", "4 days", "5 days", "5 days"),
    (
        "A-10",
        "Maximum school days worked per school year",
        "10 days",
        "20 days",
        "25 days",
        "30 days",
    ),
    ("A-11", "Maximum length of a booth session†", "not permitted", "60 min", "90 min", "2 h"),
    ("A-12", "Minimum break between two booth sessions", "–", "30 min", "30 min", "20 min"),
    ("A-13", "Maximum minors per chaperone", "2", "4", "6", "not required"),
    ("A-14", "Minimum tutoring on a school day", "–", "2 h", "3 h", "3 h"),
    ("A-15", "Call sheet given in advance", "48 h", "48 h", "48 h", "24 h"),
    ("A-16", "Maximum consecutive weeks of engagement", "2 weeks", "3 weeks", "4 weeks", "6 weeks"),
    ("A-17", "Travel time not counted as work", "30 min", "30 min", "45 min", "60 min"),
    ("A-18", "Cool-down break under studio lights", "10 min/h", "10 min/h", "5 min/h", "5 min/h"),
    (
        "A-19",
        "Work after 20:00",
        "not permitted",
        "not permitted",
        "not permitted",
        "2 nights/week",
    ),
    ("A-20", "Maximum recording before a live audience", "1 h", "2 h", "3 h", "3 h"),
    ("A-21", "Minimum days without work per week", "4 days", "3 days", "2 days", "2 days"),
    ("A-22", "Trust share of gross fees (Art. 9.1)‡", "20%", "20%", "20%", "15%"),
    ("A-23", "Chaperone or guardian in the booth", "–", "required", "required", "not required"),
    ("A-24", "Quiet room for rest and tutoring", "required", "required", "required", "required"),
]
ANNEX_A_NOTES = [
    "* The limits of rows A-1 and A-2 may be extended by one (1) hour on no more than two (2) "
    "days per production, only with the written approval of the OPPE given in advance, and "
    "never for a minor under 6.",
    "† Row A-11: no booth session for a minor under 6 (Rate Agreement, rows C-2 to C-4).",
    "‡ Row A-22 follows the minor's age on the day of payment (Art. 9.1); every other row "
    "follows the age on the first day of the engagement (Art. 2.2).",
]

ANNEX_B_INTRO: list[tuple[str, str]] = [
    ("art", "Annex B Allowances (CHF)"),
    (
        "p",
        "Each line applies from its date until the next line. Column B-1 is the guardian's "
        "allowance (Art. 6.3), B-2 the licensed chaperone's minimum per day (Art. 6.3), B-3 "
        "the tutor's minimum per hour (Art. 8.1), B-4 the meal allowance per day of more than "
        "five (5) hours at the place of work, and B-5 the travel allowance per km.",
    ),
]
ANNEX_B_HEADER = [
    "Period",
    "B-1 Guardian/day*",
    "B-2 Chaperone/day",
    "B-3 Tutor/hour",
    "B-4 Meal/day",
    "B-5 Travel/km†",
]
ANNEX_B_WIDTHS = [30, 32, 32, 29, 27, 30]
ANNEX_B_ROWS: list[tuple[str, str, str, str, str, str]] = [
    ("from 1 Jan 2026", "CHF 95.00", "CHF 240.00", "CHF 68.00", "CHF 24.00", "CHF 0.70"),
    ("from 1 Jul 2026‡", "CHF 110.00", "CHF 240.00", "CHF 68.00", "CHF 26.00", "CHF 0.70"),
    ("from 1 Jan 2027", "CHF 112.00", "CHF 248.00", "CHF 70.00", "CHF 26.50", "CHF 0.72"),
    ("from 1 Jan 2028", "CHF 115.00", "CHF 255.00", "CHF 72.00", "CHF 27.00", "CHF 0.74"),
]
ANNEX_B_NOTES = [
    "* Column B-1 is paid only when the guardian accompanies a minor under 16 in place of a "
    "licensed chaperone; B-1 and B-2 are never paid for the same minor on the same day.",
    "† Column B-5 is paid only for travel beyond 25 km from the minor's home in the "
    "guardian's own vehicle.",
    "‡ The line from 1 Jul 2026 changes columns B-1 and B-4 only; the other columns keep "
    "their amounts from 1 Jan 2026.",
]


def _text(blocks: list[tuple[str, str]]) -> str:
    return "\n".join(text for _, text in blocks)


def agreement_text() -> str:
    lines = [_text(AGREEMENT), " ".join(ANNEX_A_HEADER)]
    lines += [" ".join(r) for r in ANNEX_A_ROWS]
    lines += ANNEX_A_NOTES
    lines.append(_text(ANNEX_B_INTRO))
    lines.append(" ".join(ANNEX_B_HEADER))
    lines += [" ".join(r) for r in ANNEX_B_ROWS]
    lines += ANNEX_B_NOTES
    return "\n".join(lines)


def _doc(header: str):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", "I", 8.5)
            self.cell(0, 6, header, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("Helvetica", "", 8.5)
            self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(15, 15, 15)
    return pdf


def _blocks(pdf, blocks: list[tuple[str, str]]) -> None:
    for kind, text in blocks:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "sub":
            pdf.set_font("Helvetica", "I", 10.5)
            pdf.multi_cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind in ("art", "annex"):
            if kind == "annex":
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("Helvetica", "", 10.5)
            pdf.multi_cell(0, 5.8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)


def _table(pdf, header, widths, rows, continued: str | None, row_h: float) -> None:
    """Rows of single-line cells; on a page break the header row is drawn again."""

    def draw_header() -> None:
        pdf.set_font("Helvetica", "B", 8)
        pdf.set_fill_color(225, 225, 225)
        for w, text in zip(widths, header, strict=True):
            if pdf.get_string_width(text) > w - 2:
                raise SystemExit(f"header cell too wide for {w} mm: {text!r}")
            pdf.cell(w, row_h, text, border=1, fill=True)
        pdf.ln(row_h)
        pdf.set_font("Helvetica", "", 8.5)

    draw_header()
    for row in rows:
        for w, text in zip(widths, row, strict=True):
            if pdf.get_string_width(text) > w - 2:
                raise SystemExit(f"cell too wide for {w} mm: {text!r}")
        if pdf.get_y() + row_h > pdf.page_break_trigger:
            pdf.add_page()
            if continued:
                pdf.set_font("Helvetica", "B", 11)
                pdf.cell(0, 7, continued, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            draw_header()
        for w, text in zip(widths, row, strict=True):
            pdf.cell(w, row_h, text, border=1)
        pdf.ln(row_h)
    pdf.ln(3)


def _notes(pdf, notes: list[str]) -> None:
    pdf.set_font("Helvetica", "I", 9.5)
    for note in notes:
        pdf.multi_cell(0, 5.4, note, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)


def build_agreement() -> None:
    pdf = _doc(RUNNING_HEADER)
    pdf.set_title("Youth and Learning Media Agreement 2026-2028")
    pdf.set_author("YLMG / VACEP")
    pdf.set_creation_date(datetime.datetime(2025, 12, 2, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    _blocks(pdf, AGREEMENT)
    _table(pdf, ANNEX_A_HEADER, ANNEX_A_WIDTHS, ANNEX_A_ROWS, ANNEX_A_CONTINUED, row_h=9.0)
    _notes(pdf, ANNEX_A_NOTES)
    _blocks(pdf, ANNEX_B_INTRO)
    _table(pdf, ANNEX_B_HEADER, ANNEX_B_WIDTHS, ANNEX_B_ROWS, None, row_h=8.0)
    _notes(pdf, ANNEX_B_NOTES)
    pdf.output(AGREEMENT_OUT)
    print("wrote", AGREEMENT_OUT, pdf.pages_count, "pages")


if __name__ == "__main__":
    build_agreement()
