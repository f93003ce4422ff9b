#!/usr/bin/env python3
"""Build the two PDFs of union-r (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-r/make_pdf.py    # fpdf2 is in the venv

- docs/tbau-on-air-agreement-2025-2028.pdf: the On-Air Agreement 2025-2028 as running
  text (portrait A4), articles "Art. 12" with sub-articles "12.9", lettered items "b)"
  (cited "Art. 9.3 c)") and an "Article 12bis" on deepfakes in advertising; a running
  header and a "Page N of M" footer on every page; Schedule B, a table of fixed
  allowances, supplements and AI fees (amounts written "Rs 3,750.00") that continues
  across a page break, its header row repeated under "Schedule B (continued)".
- docs/tbau-rate-schedule-2025-26.pdf: the Rate Schedule 2025/26 (last broadcast year), a
  table with English-style amounts ("Rs 2,850.00"), replaced from 1 July 2026 by the
  Rate Schedule 2026/27 (a Word document in docs/).

`agreement_text()` and `rate_schedule_text()` return the same text for check_set.py (one
heading, paragraph or table row per line, cells joined by " "). Core font in
windows-1252 (the en dash, the degree sign, French accents); fixed creation dates, so the
output is reproducible.
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "tbau-on-air-agreement-2025-2028.pdf")
RATE_SCHEDULE_OUT = os.path.join(HERE, "docs", "tbau-rate-schedule-2025-26.pdf")
RUNNING_HEADER = "On-Air Agreement 2025–2028 – TBAU / TBEA – English text"
RATE_SCHEDULE_HEADER = "TBAU / TBEA Joint Rates Committee – Rate Schedule 2025/26"

# (kind, text): "title", "sub", "art" (an article heading), "p" (a paragraph),
# "annex" (a heading on a new page)
AGREEMENT: list[tuple[str, str]] = [
    ("title", "On-Air Agreement 2025–2028"),
    (
        "sub",
        "between the Tamarande Broadcasters' and Announcers' Union (TBAU) and the Tamarande "
        "Broadcasting Employers' Association (TBEA), acting for its member broadcasters. Signed "
        "at Port-Cassian on 20 June 2025. The French text, Accord sur le travail à l'antenne "
        '2025-2028 (the "Accord antenne"), has equal force. All amounts are in Tamarande '
        "rupees (Rs).",
    ),
    ("art", "Art. 1 Parties and scope"),
    (
        "p",
        "1.1 This Agreement applies to presenters, news readers, sports and race commentators, "
        'weather presenters and continuity announcers (together, "presenters") engaged by a '
        "member of TBEA for radio, television or a live-event stream produced in the Republic "
        "of Tamarande, including its outer islands.",
    ),
    (
        "p",
        "1.2 The members of TBEA at signature are Radio-Télévision de Tamarande (RTT), the "
        "public broadcaster, Corail FM and Canal Lagon. A broadcaster or streaming service that "
        "joins TBEA later is bound from the day it joins.",
    ),
    (
        "p",
        "1.3 This Agreement sets minimum terms. A contract may give a presenter better terms, "
        "never worse ones.",
    ),
    (
        "p",
        "1.4 The Rate Schedule of each broadcast year (Art. 6), Schedule B and any side letter "
        "signed under Art. 20.3 form part of this Agreement.",
    ),
    ("art", "Art. 2 Definitions"),
    (
        "p",
        '2.1 In this Agreement: a) "broadcast hour" means one hour, or part of an hour, of a '
        'programme presented on air, live or recorded; b) "bulletin" means a news, weather or '
        'traffic bulletin of up to fifteen (15) minutes, and a "main bulletin" means the '
        '19:00 television news and the 07:00 radio news of each broadcaster; c) "match" '
        "means one sporting fixture with its pre-match and post-match programmes of up to one "
        '(1) hour each; d) "race meeting" means one day of horse racing at a racecourse, '
        'whatever the number of races; e) "episode" means one edition of a magazine, '
        'documentary or entertainment programme of up to sixty (60) minutes; f) "live-event '
        'stream" means the live distribution of a sporting, cultural or civic event over the '
        "internet.",
    ),
    (
        "p",
        '2.2 A "weekly engagement" covers up to five (5) shifts in seven consecutive days, in '
        "one category.",
    ),
    (
        "p",
        '2.3 "Archive footage" means any recording of a presenter held by an employer, '
        "broadcast or not. The other terms used in Art. 12 and Article 12bis are defined in "
        "Art. 12.1.",
    ),
    ("art", "Art. 3 Term and broadcast years"),
    ("p", "3.1 This Agreement runs from 1 July 2025 to 30 June 2028."),
    (
        "p",
        "3.2 Broadcast years run from 1 July to 30 June: a) broadcast year 2025/26 runs from "
        "1 July 2025 to 30 June 2026; b) broadcast year 2026/27 runs from 1 July 2026 to "
        "30 June 2027; c) broadcast year 2027/28 runs from 1 July 2027 to 30 June 2028.",
    ),
    (
        "p",
        "3.3 Work is paid at the Rate Schedule in force on the day of the broadcast, or, for a "
        "recorded programme, on the day of the recording.",
    ),
    ("art", "Art. 4 Engagement contracts"),
    (
        "p",
        "4.1 Every engagement is confirmed by a written contract issued at least fourteen (14) "
        "days before the first broadcast, or on the day of engagement when a presenter "
        "replaces another at short notice.",
    ),
    (
        "p",
        "4.2 The contract states: a) the employer, the channel or station and the programme; "
        "b) the category and the row of the Rate Schedule; c) the number of broadcast hours, "
        "bulletins, matches, race meetings, episodes or weeks; d) the fees; e) any repeat, "
        "catch-up or stream; f) any use under Art. 12, which also needs the separate consent "
        "of Art. 12.2.",
    ),
    (
        "p",
        "4.3 A hold on a date lapses after three (3) working days unless it is confirmed in "
        "writing.",
    ),
    ("art", "Art. 5 Shifts and rest"),
    (
        "p",
        "5.1 A shift lasts up to eight (8) hours, of which no more than five (5) hours are on air.",
    ),
    (
        "p",
        "5.2 At least twelve (12) hours separate the end of one shift from the start of the next.",
    ),
    (
        "p",
        "5.3 A shift that starts before 05:00 carries the early-call allowance (Schedule B, "
        "row B-1); work between 00:00 and 05:00 carries the night supplement (row B-2) per "
        "hour.",
    ),
    (
        "p",
        "5.4 A shift split into two parts separated by more than two (2) hours carries the "
        "split-shift allowance (row B-3).",
    ),
    ("p", "5.5 No presenter works more than six (6) consecutive days."),
    ("art", "Art. 6 Rate Schedule"),
    (
        "p",
        "6.1 The Joint Rates Committee (Art. 18.1) publishes the Rate Schedule of each "
        "broadcast year before 1 June. It sets the fee of each category per broadcast hour, "
        "per bulletin, per match, per race meeting, per episode or per week.",
    ),
    (
        "p",
        "6.2 Each fee of a new Rate Schedule is at least three per cent (3%) above the fee of "
        "the same row in the previous Rate Schedule.",
    ),
    (
        "p",
        "6.3 A Rate Schedule replaces the previous Rate Schedule from 1 July of its broadcast "
        "year, except a row that states its own effective date, which applies from that date.",
    ),
    ("p", "6.4 The Rate Schedule 2025/26 is published with this Agreement."),
    ("art", "Art. 7 Categories and fees"),
    (
        "p",
        "7.1 Presenters of radio and television programmes are paid per broadcast hour (rows "
        "P-1 and P-2), per week (P-3) or per episode (P-4).",
    ),
    (
        "p",
        "7.2 News readers are paid per bulletin (rows N-1 to N-3) or per week (N-4). A "
        "bulletin read again within the same hour with changes is a new bulletin.",
    ),
    (
        "p",
        "7.3 Sports commentators are paid per match (rows S-1 and S-2) or, for other sports, "
        "per broadcast hour (S-4); race commentators are paid per race meeting (S-3).",
    ),
    (
        "p",
        "7.4 Weather presenters are paid per bulletin (W-1) or per week (W-2); continuity "
        "announcers per broadcast hour (C-1) or per week (C-2).",
    ),
    (
        "p",
        "7.5 A presenter who presents in both French and English within the same programme "
        "receives the bilingual presentation supplement of fifteen per cent (15%) of the fee "
        "(row B-6).",
    ),
    (
        "p",
        "7.6 A presenter engaged in two categories on the same shift is paid the fee of each "
        "category.",
    ),
    ("art", "Art. 8 Overtime and overruns"),
    ("p", "8.1 Work beyond the shift of Art. 5.1 is overtime."),
    (
        "p",
        "8.2 For roles paid per broadcast hour or per week, each 30 minutes or part of "
        "overtime is paid at seventy-five per cent (75%) of the hourly fee of the role.",
    ),
    (
        "p",
        "8.3 For roles paid per bulletin, per match or per race meeting, each 30 minutes or "
        "part of overtime is paid at row O-1 of the Rate Schedule.",
    ),
    (
        "p",
        "8.4 When a live match, race meeting or other live event runs beyond its booked end, "
        "the presenter on air receives the live-event overrun fee (row B-16) for each 15 "
        "minutes or part, from the first minute, in addition to any overtime.",
    ),
    ("art", "Art. 9 Travel and outside broadcasts"),
    (
        "p",
        "9.1 A presenter working more than 40 km from their base studio receives the per diem "
        "(row B-7), and the overnight accommodation (row B-8) when the work ends after 22:00 "
        "or starts before 07:00.",
    ),
    ("p", "9.2 A presenter who uses their own vehicle is paid the mileage (row B-9) per km."),
    (
        "p",
        "9.3 At outside broadcasts: a) the employer provides a commentary position protected "
        "from sun and rain, with drinking water; b) the temperature in a commentary booth does "
        "not exceed 30 °C, or a cooled position is provided; c) a race commentator receives "
        "the booth allowance (row B-11) for each race meeting and, for a meeting of more than "
        "eight (8) races, a spotter engaged by the employer; d) no commentator works from a "
        "position that the venue's safety officer has closed.",
    ),
    (
        "p",
        "9.4 An assignment on an outer island (Île Corvette, Île aux Frégates) carries the "
        "outer-island allowance (row B-10) per day; travel by air or by sea is at the "
        "employer's cost.",
    ),
    ("art", "Art. 10 Repeats, catch-up and podcasts"),
    (
        "p",
        "10.1 The fee covers the first broadcast and thirty (30) days of catch-up on the "
        "employer's own services.",
    ),
    ("p", "10.2 Each repeat is paid at twenty per cent (20%) of the original fee (row B-12)."),
    (
        "p",
        "10.3 Catch-up or podcast availability beyond thirty (30) days is paid at ten per cent "
        "(10%) of the original fee per broadcast year (row B-13).",
    ),
    ("p", "10.4 Extracts of up to three (3) minutes used to promote the programme are free."),
    ("art", "Art. 11 Cancellation"),
    (
        "p",
        "11.1 A cancellation is made in writing. 11.2 A cancellation less than forty-eight "
        "(48) hours before the booked start is paid at one hundred per cent (100%) of the fee "
        "(row B-14); from forty-eight (48) hours to seven (7) days before, at fifty per cent "
        "(50%) (row B-15). 11.3 Notwithstanding Art. 11.2, an outside broadcast cancelled "
        "because the Meteorological Service has issued a cyclone warning of class 3 or above "
        "is paid at fifty per cent (50%) of the fee, whatever the notice.",
    ),
    ("art", "Art. 12 Synthetic presenters, cloned voices and artificial intelligence"),
    (
        "p",
        '12.1 In this Article and in Article 12bis: a) a "synthetic presenter" or "AI '
        'presenter avatar" is a computer-generated image, video or voice that presents, reads '
        'or announces in the likeness or voice of a presenter; b) a "cloned voice" is a '
        'synthetic voice modelled on a presenter\'s voice; c) a "digital likeness" is any '
        "model, scan or data set from which a presenter's face, body or voice can be "
        'generated; d) "automated commentary" is sports or race commentary generated by '
        'software; e) "AI translation or dubbing" is the translation of a programme or '
        "bulletin into the other official language with a synthetic voice or synthetic lip "
        'movements; f) a "use" is one programme, series, bulletin strand, channel or '
        "advertising campaign named in a consent form.",
    ),
    (
        "p",
        "12.2 Consent: a) the employer obtains the presenter's separate written consent on "
        "form AI-1 for each use; b) it asks for consent at least ten (10) working days before "
        "the use; c) consent is never a condition of engagement or of the renewal of a "
        "contract, and refusing it has no effect on the presenter's other work; d) the form "
        "states the use, the channels, the period (no more than twelve (12) months, "
        "renewable) and the fees; e) a consent given under the On-Air Agreement 2021–2025 "
        "does not cover any use after 30 June 2025.",
    ),
    (
        "p",
        "12.3 Capture: a capture session to make a digital likeness is paid at row AI-1 per "
        "hour, with a minimum of two (2) hours; the presenter may bring a TBAU delegate.",
    ),
    (
        "p",
        "12.4 Moratorium: no synthetic presenter reads a main bulletin (Art. 2.1 b)) until "
        "31 December 2026. The Joint AI Committee (Art. 18.2) reviews this moratorium before "
        "30 September 2026.",
    ),
    (
        "p",
        "12.5 Synthetic news readers and AI presenter avatars: the employer pays row AI-3 for "
        "each bulletin or programme generated, and row AI-4 for each month, or part of a "
        "month, in which the avatar is used on air.",
    ),
    (
        "p",
        "12.6 Training: a) archive footage of a presenter is used to train or fine-tune a "
        "model only with the presenter's consent under Art. 12.2 and payment of row AI-2 per "
        "model and per broadcast year; b) footage recorded off air, in rehearsal or in the "
        "make-up room, and private messages, are never used for training.",
    ),
    (
        "p",
        "12.7 Recordings made before 1 July 2015 and held in the analogue archive of RTT may "
        "be used to train models without payment of row AI-2, on notice to TBAU.",
    ),
    (
        "p",
        "12.8 Cloned voices for continuity: a) a cloned voice may be used for continuity "
        "announcements (programme trails, junctions and station identification) with "
        "consent, at row AI-5 per month of use; b) a cloned voice never reads a news bulletin, "
        "a cyclone warning or any other emergency announcement; these are read live by a "
        "human announcer.",
    ),
    (
        "p",
        "12.9 Automated sports commentary: a) automated commentary in a commentator's cloned "
        "voice is used only with consent for each competition, at row AI-6 per match or race "
        "meeting; b) it is used only on secondary feeds (alternative-language feeds, "
        "highlights and data streams) and never as the main live commentary of a match or "
        "race meeting; c) automated commentary in no member's voice is announced as "
        '"Automated commentary / Commentaire automatisé".',
    ),
    (
        "p",
        "12.10 AI translation or dubbing: a) a programme or bulletin of a presenter is "
        "translated or dubbed into the other official language only with consent for each "
        "series or bulletin strand; b) the fee is row AI-7 (40% of the original fee) per "
        "programme or episode, or row AI-8 per bulletin; c) every AI-translated news bulletin "
        "is checked before broadcast by the presenter or by a human translator.",
    ),
    (
        "p",
        "12.11 Labelling: a) every programme or item in which a synthetic presenter appears "
        'shows on screen, for its whole duration, the label "Synthetic presenter / '
        'Présentation de synthèse"; b) on radio, the announcement "This bulletin is read by a '
        'synthetic voice" is made at the start and at the end; c) an AI-translated programme '
        'is labelled "AI-translated version / Version traduite par IA".',
    ),
    (
        "p",
        "12.12 Withdrawal: a presenter may withdraw a consent at any time by written notice on "
        "form AI-3. The use stops within thirty (30) days of the notice; the monthly fees "
        "remain due until it stops.",
    ),
    (
        "p",
        "12.13 Deletion: within sixty (60) days after a withdrawal, or after the end of the "
        "period of a consent, the employer deletes every digital likeness and model of the "
        "presenter and sends the presenter and TBAU a deletion certificate on form AI-4.",
    ),
    (
        "p",
        "12.14 Register: each employer keeps a register of its uses under this Article; TBAU "
        "may inspect it twice in each broadcast year.",
    ),
    ("art", "Article 12bis Deepfakes and advertising"),
    (
        "p",
        "12bis.1 No employer uses a presenter's likeness or voice, real or synthetic, in an "
        "advertisement without the presenter's separate written consent for that campaign.",
    ),
    (
        "p",
        "12bis.2 A consented advertising use is paid at row AI-9 per advertisement and per month.",
    ),
    (
        "p",
        "12bis.3 The likeness or voice of a news reader is never used in an advertisement, "
        "even with consent, while the news reader reads news for the employer and for twelve "
        "(12) months after.",
    ),
    (
        "p",
        "12bis.4 When an advertisement broadcast or distributed by an employer contains a "
        "deepfake of a presenter (a synthetic likeness or voice made without consent), the "
        "employer removes it within twenty-four (24) hours of being notified, pays the "
        "presenter the liquidated damages of row AI-10 per advertisement, and gives TBAU the "
        "advertiser's details.",
    ),
    (
        "p",
        "12bis.5 This Article applies to advertisements sold on the employer's channels and "
        "streams as well as to the employer's own promotion.",
    ),
    ("art", "Art. 13 Credits and identification"),
    (
        "p",
        "13.1 A presenter is credited by name on screen or on air as the programme's practice "
        "allows. 13.2 A presenter's name is never given to a synthetic presenter, and a "
        "synthetic presenter is never presented as a person.",
    ),
    ("art", "Art. 14 Health and safety"),
    (
        "p",
        "14.1 A presenter on air for more than two (2) hours without a break has a break of at "
        "least fifteen (15) minutes. 14.2 A presenter who receives threats because of their "
        "work reports them to the employer, which provides security at outside broadcasts on "
        "request.",
    ),
    ("art", "Art. 15 Payment"),
    (
        "p",
        "15.1 Fees are paid within twenty-one (21) days after the broadcast or, for a weekly "
        "engagement, after the end of the week.",
    ),
    (
        "p",
        "15.2 Late payment carries interest of one and a half per cent (1.5%) per month (row "
        "B-17).",
    ),
    (
        "p",
        "15.3 Each payment comes with a statement of the rows, fees, supplements and uses "
        "under Art. 12 that it pays.",
    ),
    ("art", "Art. 16 Union dues and delegates"),
    (
        "p",
        "16.1 The employer deducts TBAU dues from the fees of a presenter who authorises it in "
        "writing, at the rate TBAU notifies, and pays them to TBAU every month. 16.2 A TBAU "
        "delegate may attend capture sessions (Art. 12.3) and inspect the register "
        "(Art. 12.14).",
    ),
    ("art", "Art. 17 Grievances"),
    (
        "p",
        "17.1 A grievance is filed in writing within thirty (30) days after the facts, or after "
        "the presenter learns of them. 17.2 The Joint Grievance Committee meets within fifteen "
        "(15) days; failing settlement, either party may refer the grievance to arbitration "
        "within ninety (90) days.",
    ),
    ("art", "Art. 18 Joint committees"),
    (
        "p",
        "18.1 The Joint Rates Committee has three members appointed by each party and "
        "publishes the Rate Schedules. 18.2 The Joint AI Committee meets every quarter, "
        "reviews the registers of Art. 12.14 and the moratorium of Art. 12.4. 18.3 The Joint "
        "Grievance Committee hears grievances under Art. 17.",
    ),
    ("art", "Art. 19 Previous agreement"),
    (
        "p",
        "19.1 This Agreement replaces the On-Air Agreement 2021–2025, which expired on "
        "30 June 2025.",
    ),
    (
        "p",
        "19.2 No term of the On-Air Agreement 2021–2025 continues to apply, except as stated "
        "in Art. 19.3.",
    ),
    (
        "p",
        "19.3 Notwithstanding Art. 19.2, Article 8.5 of the On-Air Agreement 2021–2025 (the "
        "long-service supplement of five per cent (5%) on all fees of a presenter with ten "
        "(10) years of continuous engagement by the same employer on 30 June 2025) is kept in "
        "force for the term of this Agreement (row B-18).",
    ),
    ("art", "Art. 20 Term, amendments and languages"),
    (
        "p",
        "20.1 The term of this Agreement is stated in Art. 3.1. 20.2 Either party may give "
        "notice to bargain a new agreement from 1 January 2028.",
    ),
    (
        "p",
        "20.3 This Agreement is amended only by a memorandum of amendment (avenant) or a side "
        "letter signed by both parties and, for TBAU, ratified by its members; the memorandum "
        "or side letter states from which date each change applies.",
    ),
    (
        "p",
        "20.4 The English and French texts have equal force; in case of doubt, the reading "
        "more favourable to the presenter applies.",
    ),
    (
        "p",
        "Signed at Port-Cassian on 20 June 2025. For TBAU: Noémie Baissac-Thornley, President; "
        "Rajiv Delorme-Ancel, General Secretary. For TBEA: Hélène Virassamy-Coote, Chair; "
        "Arjun Fontaine-Labrosse, Director of Human Resources, RTT.",
    ),
    ("annex", "Schedule B Fixed allowances, supplements and AI fees"),
    (
        "p",
        "The amounts in this Schedule are fixed for the whole term of this Agreement (1 July "
        "2025 to 30 June 2028) and are not changed by the Rate Schedules (Art. 6); only a "
        "memorandum of amendment under Art. 20.3 changes them. A percentage applies to the fee "
        "of the row concerned. The booth allowance is paid under Art. 9.3 c), the AI fees "
        "under Art. 12 and Article 12bis.",
    ),
]

SCHEDULE_HEADER = ["Row", "Allowance, supplement or fee", "Unit", "Amount"]
SCHEDULE_WIDTHS = [14, 80, 50, 26]
SCHEDULE_CONTINUED = "Schedule B (continued)"
SCHEDULE_ROWS: list[tuple[str, str, str, str]] = [
    ("B-1", "Early-call allowance, shift before 05:00", "per shift", "Rs 650.00"),
    ("B-2", "Night supplement, 00:00 to 05:00", "per hour", "Rs 320.00"),
    ("B-3", "Split-shift allowance (Art. 5.4)", "per day", "Rs 480.00"),
    ("B-4", "Public holiday premium", "of the fee", "50%"),
    ("B-5", "Sunday premium", "of the fee", "20%"),
    ("B-6", "Bilingual presentation supplement (Art. 7.5)", "of the fee", "15%"),
    ("B-7", "Per diem, work beyond 40 km (Art. 9.1)", "per day", "Rs 1,320.00"),
    ("B-8", "Overnight accommodation (Art. 9.1)", "per night", "Rs 3,400.00"),
    ("B-9", "Mileage, own vehicle (Art. 9.2)", "per km", "Rs 18.50"),
    ("B-10", "Outer-island allowance (Art. 9.4)", "per day", "Rs 2,200.00"),
    ("B-11", "Booth allowance, race commentator", "per race meeting", "Rs 950.00"),
    ("B-12", "Repeat fee (Art. 10.2)", "per repeat", "20%"),
    ("B-13", "Catch-up or podcast beyond 30 days", "per broadcast year", "10%"),
    ("B-14", "Cancellation under 48 hours (Art. 11.2)", "of the fee", "100%"),
    ("B-15", "Cancellation 48 hours to 7 days", "of the fee", "50%"),
    ("B-16", "Live-event overrun (Art. 8.4)", "per 15 minutes or part", "Rs 420.00"),
    ("B-17", "Late payment interest (Art. 15.2)", "per month", "1.5%"),
    ("B-18", "Long-service supplement (Art. 19.3)", "of the fee", "5%"),
    (
        "AI-1",
        "Capture session, digital likeness (Art. 12.3)",
        "per hour, minimum 2 hours",
        "Rs 3,750.00",
    ),
    (
        "AI-2",
        "Training a model on archive footage",
        "per model, per broadcast year",
        "Rs 48,000.00",
    ),
    ("AI-3", "Synthetic news reader or AI avatar", "per bulletin or programme", "Rs 1,900.00"),
    ("AI-4", "Synthetic news reader or AI avatar", "per month of use", "Rs 36,500.00"),
    ("AI-5", "Cloned voice, continuity (Art. 12.8)", "per month of use", "Rs 22,000.00"),
    ("AI-6", "Automated commentary, cloned voice", "per match or race meeting", "Rs 5,400.00"),
    ("AI-7", "AI translation or dubbing, programme", "per programme or episode", "40% of fee"),
    ("AI-8", "AI translation or dubbing, news bulletin", "per bulletin", "Rs 690.00"),
    ("AI-9", "Likeness in advertising, with consent", "per advert and month", "Rs 27,500.00"),
    ("AI-10", "Deepfake in advertising (Art. 12bis.4)", "per advertisement", "Rs 175,000.00"),
]
SCHEDULE_NOTE = (
    "Rows AI-1 to AI-10 are paid in addition to the fee of the Rate Schedule for the work "
    "itself. Row AI-10 is liquidated damages, not a fee for a use: no consent can be bought "
    "with it. End of Schedule B."
)

RATE_SCHEDULE_INTRO: list[tuple[str, str]] = [
    ("title", "Rate Schedule 2025/26"),
    (
        "sub",
        "TBAU / TBEA Joint Rates Committee, under Art. 6 of the On-Air Agreement 2025–2028. "
        "Barème 2025-2026 : la version française est disponible au bureau de Belle-Anse.",
    ),
    (
        "p",
        "This Rate Schedule applies from 1 July 2025 to 30 June 2026 (broadcast year "
        "2025/26). It sets the minimum fee of each category of presenter engaged by RTT, "
        "Corail FM and Canal Lagon. Amounts are in Tamarande rupees, before the supplements "
        "and allowances of Schedule B of the Agreement (bilingual presentation, Sunday and "
        "public holiday premiums, early call, per diem, long-service supplement), which are "
        "fixed for the whole term.",
    ),
    (
        "p",
        "A programme is paid at the Rate Schedule in force on the day of its broadcast, or of "
        "its recording when it is recorded (Art. 3.3). Every row applies from 1 July 2025.",
    ),
]
RATE_HEADER = ["Code", "Category", "Unit", "2025/26"]
RATE_WIDTHS = [15, 85, 42, 28]
RATE_ROWS: list[tuple[str, str, str, str]] = [
    ("P-1", "Radio presenter", "per broadcast hour", "Rs 2,850.00"),
    ("P-2", "Television presenter", "per broadcast hour", "Rs 4,620.00"),
    ("P-3", "Presenter, weekly engagement", "per week", "Rs 38,400.00"),
    ("P-4", "Magazine or documentary presenter", "per episode", "Rs 16,250.00"),
    ("N-1", "News reader, radio bulletin", "per bulletin", "Rs 1,240.00"),
    ("N-2", "News reader, television bulletin", "per bulletin", "Rs 2,380.00"),
    ("N-3", "News reader, main bulletin (19:00 TV news)", "per bulletin", "Rs 6,950.00"),
    ("N-4", "News reader, weekly engagement", "per week", "Rs 31,800.00"),
    ("S-1", "Sports commentator, football match", "per match", "Rs 14,200.00"),
    ("S-2", "Co-commentator or summariser", "per match", "Rs 8,900.00"),
    ("S-3", "Race commentator (race caller)", "per race meeting", "Rs 11,750.00"),
    ("S-4", "Sports commentator, other sports", "per broadcast hour", "Rs 3,480.00"),
    ("W-1", "Weather presenter, television bulletin", "per bulletin", "Rs 1,960.00"),
    ("W-2", "Weather presenter, weekly engagement", "per week", "Rs 24,300.00"),
    ("C-1", "Continuity announcer", "per broadcast hour", "Rs 1,480.00"),
    ("C-2", "Continuity announcer, weekly engagement", "per week", "Rs 21,600.00"),
    ("O-1", "Overtime, roles paid per bulletin or event", "per 30 minutes or part", "Rs 1,150.00"),
]
RATE_SCHEDULE_OUTRO: list[tuple[str, str]] = [
    (
        "p",
        "Notes. 1. A weekly engagement (P-3, N-4, W-2, C-2) covers up to five shifts in seven "
        "consecutive days (Art. 2.2). 2. Overtime for roles paid per broadcast hour or per week "
        "is 75% of the hourly fee per 30 minutes or part (Art. 8.2); row O-1 applies to roles "
        "paid per bulletin, per match or per race meeting (Art. 8.3). 3. A race meeting is "
        "paid once, whatever the number of races (Art. 2.1 d)). 4. Live-event streams are not "
        "covered by this Rate Schedule. 5. The AI fees are in Schedule B of the Agreement, "
        "not here.",
    ),
    (
        "p",
        "The next Rate Schedule, for broadcast year 2026/27, will be published before 1 June "
        "2026 and will replace this one from 1 July 2026, each fee at least 3% higher "
        "(Art. 6.2).",
    ),
    (
        "p",
        "Adopted by the Joint Rates Committee at Port-Cassian on 12 June 2025. For TBAU: Owen "
        "Fanchette, Kieran Mootoosamy, Sunita Labonne. For TBEA: Arjun Fontaine-Labrosse, "
        "Delphine Ramsamy-Okoro, Trevor Beauchêne. Questions about this Rate Schedule: the "
        "TBAU offices at Port-Cassian, Kingsmere and Belle-Anse.",
    ),
]


def _text(blocks: list[tuple[str, str]]) -> str:
    return "\n".join(text for _, text in blocks)


def agreement_text() -> str:
    lines = [_text(AGREEMENT), " ".join(SCHEDULE_HEADER)]
    lines += [" ".join(r) for r in SCHEDULE_ROWS]
    lines.append(SCHEDULE_NOTE)
    return "\n".join(lines)


def rate_schedule_text() -> str:
    lines = [_text(RATE_SCHEDULE_INTRO), " ".join(RATE_HEADER)]
    lines += [" ".join(r) for r in RATE_ROWS]
    lines.append(_text(RATE_SCHEDULE_OUTRO))
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
    pdf.set_margins(20, 15, 20)
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
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6.2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.2)


def _table(pdf, header, widths, rows, continued: str | None, row_h: float = 7.5) -> None:
    """Rows of single-line cells; on a page break the header row is drawn again."""

    def draw_header() -> None:
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.set_fill_color(225, 225, 225)
        for w, text in zip(widths, header, strict=True):
            pdf.cell(w, row_h, text, border=1, fill=True)
        pdf.ln(row_h)
        pdf.set_font("Helvetica", "", 9.5)

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


def build_agreement() -> None:
    pdf = _doc(RUNNING_HEADER)
    pdf.set_title("On-Air Agreement 2025-2028")
    pdf.set_author("TBAU / TBEA")
    pdf.set_creation_date(datetime.datetime(2025, 6, 20, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    _blocks(pdf, AGREEMENT)
    _table(pdf, SCHEDULE_HEADER, SCHEDULE_WIDTHS, SCHEDULE_ROWS, SCHEDULE_CONTINUED, row_h=9.2)
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(0, 5.6, SCHEDULE_NOTE, new_x="LMARGIN", new_y="NEXT")
    pdf.output(AGREEMENT_OUT)
    print("wrote", AGREEMENT_OUT, pdf.pages_count, "pages")


def build_rate_schedule() -> None:
    pdf = _doc(RATE_SCHEDULE_HEADER)
    pdf.set_title("Rate Schedule 2025/26")
    pdf.set_author("TBAU / TBEA Joint Rates Committee")
    pdf.set_creation_date(datetime.datetime(2025, 6, 12, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    _blocks(pdf, RATE_SCHEDULE_INTRO)
    _table(pdf, RATE_HEADER, RATE_WIDTHS, RATE_ROWS, None)
    _blocks(pdf, RATE_SCHEDULE_OUTRO)
    pdf.output(RATE_SCHEDULE_OUT)
    print("wrote", RATE_SCHEDULE_OUT, pdf.pages_count, "pages")


if __name__ == "__main__":
    build_agreement()
    build_rate_schedule()
