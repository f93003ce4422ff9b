#!/usr/bin/env python3
"""Build the two PDFs of union-aa (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-aa/make_pdf.py    # fpdf2 is in the venv

- docs/bgap-podcast-audio-agreement-2025-2028.pdf: the Podcast and Audio Entertainment
  Agreement 2025-2028 as RUNNING TEXT on portrait A4 pages, with a running header (the
  agreement's title) and a "Page N of M" footer on every page. Sections are headed
  "§ 12 – ...", clauses numbered "§ 12.3" and cross-referenced "s. 12.3". Parts II, IV and VI
  are set in TWO TEXT COLUMNS (left column filled first, then the right one); Parts I, III
  and V in one column. Table 9.1 (premiums) starts on one page and CONTINUES ONTO THE NEXT
  with its header row repeated under a "(continued)" caption. Amounts are written "G 4 500"
  (the G first, plain space thousands). Section 24 keeps one clause of the expired 2022-2025
  agreement in force and drops another.
- docs/memorandum-no-2-rates-2026-10-15.pdf: Memorandum of Agreement No. 2 (rates), signed
  15 October 2026: a RETROACTIVE increase with effect from 1 July 2026 and a FUTURE increase
  from 1 April 2027, each both in a table ("G 2 025") and in sentences ("2 025 gourdes"),
  with a signature block.

Lines are broken by this script, never inside an amount, a percentage, a duration or a
clause reference (a "~" in the text below, or a pattern of TIES, is a space that does not
break). `agreement_text()` and `memo_text()` return the same text for check_set.py (one
heading, clause or table row per line, cells joined by " | "). Fixed creation dates, so the
output is byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "bgap-podcast-audio-agreement-2025-2028.pdf")
MEMO_OUT = os.path.join(HERE, "docs", "memorandum-no-2-rates-2026-10-15.pdf")
AGREEMENT_HEADER = "Podcast and Audio Entertainment Agreement 2025–2028 – BGAP / BPAPC"
MEMO_HEADER = "Memorandum of Agreement No. 2 (rates) – BGAP / BPAPC – 15 October 2026"
NB = "\u00a0"

# page geometry (mm)
MARGIN = 20.0
TOP = 22.0
BOTTOM = 297.0 - 20.0
TEXT_W = 210.0 - 2 * MARGIN
GUTTER = 10.0
COL_W = (TEXT_W - GUTTER) / 2

TIES = [
    re.compile(r"G \d{1,3}(?: \d{3})*"),
    re.compile(r"\d+(?:\.\d+)? (?:per cent|working days|hours?|days'?|minutes|km|%)"),
    re.compile(r"\b(?:s\.|§) \d+(?:\.\d+)?"),
    re.compile(r"\b(?:Form|Room|Grade) G[-\d]+"),
    re.compile(r"\btwice a year\b"),
]

PREMIUM_HEADER = ["Code", "Premium", "Applies to", "Rate", "Basis"]
PREMIUMS = [
    ["P-1", "Weekend (Saturday or Sunday)", "every role", "25 %", "of the day's fee"],
    ["P-2", "Late night (22:00 to 06:00)", "every role", "30 %", "of the fee, per hour or part"],
    ["P-3", "Public holiday of the Republic", "every role", "100 %", "of the day's fee"],
    ["P-4", "Short-notice booking (s. 11.2)", "every role", "15 %", "of the booked fee"],
    ["P-5", "Hours beyond the daily maximum (s. 10.4)", "every role", "50 %", "per started hour"],
    [
        "P-6",
        "Second live show on the same day",
        "tour performers",
        "35 %",
        "of the second show's fee",
    ],
    ["P-7", "Own equipment for remote recording", "hosts, co-hosts, ASMR", "10 %", "of the fee"],
    ["P-8", "Rush delivery (finished within 24 hours)", "every role", "20 %", "of the fee"],
]
PREMIUM_WIDTHS = (12.0, 68.0, 36.0, 14.0, 40.0)
TABLE_CAPTION = "Table 9.1 – Premiums"
TABLE_CONTINUED = "Table 9.1 – Premiums (continued)"

AGREEMENT: list[tuple[str, str]] = [
    ("title", "Podcast and Audio Entertainment Agreement 2025–2028"),
    (
        "sub",
        "between the Belrive Guild of Audio Performers (BGAP; in French, Guilde des artistes "
        "de l'audio de Belrive, GAAB) and the Belrive Podcast and Audio Producers' Council "
        "(BPAPC; in French, CPBAB). Signed at Port-Soleil on 24 March 2025. In force from "
        "1 April 2025 to 31 March 2028.",
    ),
    ("part1", "Part I – General"),
    ("sec", "§ 1 – Parties and scope"),
    (
        "p",
        "§ 1.1 This Agreement binds the Council's member companies (Conque Audio SA, Trade Winds "
        "Podcast Network, Lagon Bleu Productions, Kingsbay Sound Works and any company that "
        "joins the Council) and every member of the Guild they engage as a podcast host or "
        "co-host, a host-read advertising performer, an audio-fiction actor, a Foley and "
        "sound-effect performer, an ASMR and sleep-content creator or a live-podcast tour "
        "performer.",
    ),
    (
        "p",
        "§ 1.2 Engineers, editors and producers on staff are not covered; they are paid on the "
        "Network Staff Scale (for example Grade G3 for a senior studio engineer), which this "
        "Agreement does not set.",
    ),
    ("p", "§ 1.3 The English and French texts of this Agreement are equally authentic."),
    ("sec", "§ 2 – Definitions"),
    (
        "p",
        "§ 2.1 The episode length is the running time of the published episode, advertising "
        "included. There are three length bands: under 30 minutes, 30 to 60 minutes, and over "
        "60 minutes.",
    ),
    (
        "p",
        "§ 2.2 Net subscription receipts are what the company receives from listeners' premium "
        "subscriptions to a show, less the hosting platform's commission and refunds.",
    ),
    (
        "p",
        "§ 2.3 A synthetic voice, or voice clone, is a model or a recording made by software "
        "that imitates a performer's voice. A synthetic segment is a part of an episode spoken "
        "by a synthetic voice.",
    ),
    ("p", "§ 2.4 A series is one season of one show, as announced to listeners."),
    ("sec", "§ 3 – Term, pay year and pay periods"),
    ("p", "§ 3.1 This Agreement runs from 1 April 2025 to 31 March 2028."),
    (
        "p",
        "§ 3.2 The pay year runs from 1 April to 31 March of the following year. A pay year is "
        'written "pay year 2026-27" or "PY26" (in French, "exercice 2026-2027").',
    ),
    (
        "p",
        "§ 3.3 Pay periods are fortnightly. In pay year 2026-27 the first pay period starts on "
        "Monday 6 April 2026, and each later period starts fourteen days after the one before.",
    ),
    (
        "p",
        "§ 3.4 Fees are paid within 21~days after the recording, the show or the publication, "
        "whichever is later, and at the latest with the following pay period.",
    ),
    ("sec", "§ 4 – Rate schedules, memoranda and relief rates"),
    (
        "p",
        "§ 4.1 The Joint Rates Committee publishes a rate schedule for each pay year. A schedule "
        "replaces the schedule of the previous pay year from 1 April.",
    ),
    (
        "p",
        "§ 4.2 The parties may change listed rates by a signed memorandum, which applies from "
        "the date it states. Where it states a date before its signature, it is retroactive: "
        "the new rate applies to all work done from that date, and the company pays the "
        "difference as back pay (s. 22.2).",
    ),
    (
        "p",
        "§ 4.3 The Committee may set a temporary relief rate for a stated period. When the "
        "period ends, the schedule's rate applies again without further notice.",
    ),
    (
        "p",
        "§ 4.4 Premiums (s. 9.2) are percentages of the rate in force on the day of the work.",
    ),
    ("part2", "Part II – Engagements and pay"),
    ("sec", "§ 5 – Session minimums"),
    (
        "p",
        "§ 5.1 An audio-fiction recording session is booked and paid as a full session of "
        "4~hours, even when it ends earlier.",
    ),
    (
        "p",
        "§ 5.2 A Foley and sound-effect performer is booked by the half-day (up to 4~hours) or by "
        "the day (up to 8~hours). A half-day that runs past 4~hours is paid as a day.",
    ),
    (
        "p",
        "§ 5.3 A host or co-host is paid at least the minimum call shown in the schedule for the "
        "episode's length band, whatever the time actually spent.",
    ),
    (
        "p",
        "§ 5.4 An ASMR and sleep-content creator is paid per finished hour of content "
        "delivered, with a minimum of one finished hour per booking.",
    ),
    (
        "p",
        "§ 5.5 A live-podcast tour performer is paid per show. A rehearsal on the day of a show "
        "is included in the show fee.",
    ),
    ("sec", "§ 6 – Hosts and co-hosts"),
    (
        "p",
        "§ 6.1 Hosts and co-hosts are paid per episode, by the episode's length band (s. 2.1), "
        "at the rates of the schedule in force.",
    ),
    (
        "p",
        "§ 6.2 A trailer shorter than 5~minutes is paid as half an episode of the shortest band.",
    ),
    (
        "p",
        "§ 6.3 When an episode is cut into a shorter version, no new fee is due; when it is "
        "recorded again, the host is paid again.",
    ),
    ("sec", "§ 7 – Host-read advertising"),
    (
        "p",
        "§ 7.1 A host who reads an advertisement in an episode is paid a fee per ad read per "
        "episode, as set in the schedule, on top of the episode fee.",
    ),
    (
        "p",
        "§ 7.2 An ad read is published for 90~days. If the company keeps the read in the back "
        "catalogue beyond 90~days, it pays an extra evergreen fee, once for each read kept.",
    ),
    (
        "p",
        "§ 7.3 A host may refuse to read an advertisement for a product that conflicts with "
        "their beliefs or with the show's editorial line.",
    ),
    (
        "p",
        "§ 7.4 No more than three ad reads are recorded for one episode under 30~minutes.",
    ),
    ("sec", "§ 8 – Audio fiction, Foley, ASMR and the revenue share"),
    (
        "p",
        "§ 8.1 Audio-fiction actors are paid per recording session (s. 5.1) and, when an episode "
        "is re-released on another feed, in a compilation or after remastering, a residual per "
        "episode on each re-release.",
    ),
    (
        "p",
        "§ 8.2 Performers are paid a revenue share on premium subscriptions: 7.5~per~cent of the "
        "net subscription receipts of each show in which they are heard, shared among them in "
        "proportion to their fees.",
    ),
    (
        "p",
        "§ 8.3 The revenue share is paid twice a year: by 15~November for the half-year from "
        "April to September, and by 15~May for the half-year from October to March.",
    ),
    (
        "p",
        "§ 8.4 Foley performers and ASMR creators are paid at the schedule's rates for their "
        "unit; their work counts for the revenue share like any other performer's.",
    ),
    ("part1", "Part III – Premiums, hours and booking"),
    ("sec", "§ 9 – Premiums"),
    (
        "p",
        "§ 9.1 Work on a Saturday or a Sunday earns the weekend premium. Work between 22:00 and "
        "06:00 earns the late-night premium, for each hour or part of an hour. Both may be paid "
        "for the same hour.",
    ),
    (
        "p",
        "§ 9.2 The premiums are set out in Table 9.1, at the end of this Part. Each premium is a percentage of the "
        "basis shown in the table, paid on top of the fee.",
    ),
    (
        "p",
        "§ 9.3 A premium is paid for the role that earns it; a host who is also an ad-read "
        "performer in the same episode earns it on each fee.",
    ),
    (
        "p",
        "§ 9.4 Premiums P-1 and P-3 are not paid together for the same day: the higher one is "
        "paid. Premium P-4 is paid once per booking, whatever the length of the work.",
    ),
    (
        "p",
        "§ 9.5 Premium P-5 is paid only for hours worked with the performer's agreement beyond "
        "the daily maximum of s. 10.1; a performer who refuses such hours is not penalised.",
    ),
    (
        "p",
        "§ 9.6 Premium P-7 is paid when the performer records remotely with their own "
        "microphone, interface and room, at the company's request; it is not paid when the "
        "company supplies the equipment or the studio.",
    ),
    (
        "p",
        "§ 9.7 Premium P-8 is paid when the company asks for a finished recording within "
        "24~hours of the booking, including editing done by the performer.",
    ),
    ("sec", "§ 10 – Recording hours and vocal rest"),
    (
        "p",
        "§ 10.1 A performer records no more than 6~hours a day at the microphone.",
    ),
    (
        "p",
        "§ 10.2 After every 60~minutes of recording, the performer has a vocal rest of at least "
        "15~minutes away from the microphone, which counts as working time.",
    ),
    (
        "p",
        "§ 10.3 A performer has at least 11~hours of rest between two recording days.",
    ),
    (
        "p",
        "§ 10.4 Hours beyond the maximum of s. 10.1 are worked only with the performer's "
        "agreement and earn premium P-5.",
    ),
    (
        "p",
        "§ 10.5 An ASMR and sleep-content creator records no more than 4~hours of whispered "
        "content a day.",
    ),
    ("sec", "§ 11 – Booking notice"),
    (
        "p",
        "§ 11.1 A host episode or an ad read is booked at least 72~hours ahead; an audio-fiction "
        "session or a Foley call at least 5~working~days ahead; a live show at least 21~days "
        "ahead.",
    ),
    (
        "p",
        "§ 11.2 A booking made with less notice than s. 11.1 requires earns premium P-4.",
    ),
    (
        "p",
        "§ 11.3 A booking is confirmed in writing with the studio and the room (for example "
        "Room G2 at Conque Audio, Port-Soleil), the time, the role and the fee.",
    ),
    ("table", ""),
    (
        "note",
        "The rates of Table 9.1 are fixed for the whole term of this Agreement; rate schedules "
        "and memoranda change the fees, not these percentages.",
    ),
    ("part2", "Part IV – Cancellation, travel and harassment"),
    ("sec", "§ 12 – Cancellation"),
    (
        "p",
        "§ 12.1 When the company cancels a studio booking, it pays, by notice band: less than "
        "24~hours before the start, 100~% of the booked fee; from 24~hours to 5~days before, "
        "50~%; more than 5~days before, nothing.",
    ),
    (
        "p",
        "§ 12.2 When the company cancels a live show: less than 14~days before the show, 100~% "
        "of the show fee; from 14 to 30~days before, 50~%; more than 30~days before, nothing, "
        "but travel already booked is reimbursed.",
    ),
    (
        "p",
        "§ 12.3 A booking moved to another date within 7~days, with the performer's agreement, "
        "is not a cancellation under s. 12.1 or s. 12.2.",
    ),
    (
        "p",
        "§ 12.4 A performer who cannot work because of a vocal injury gives notice as soon as "
        "possible; no fee is owed by either side.",
    ),
    ("sec", "§ 13 – Travel for live shows"),
    (
        "p",
        "§ 13.1 The company books and pays economy travel for live-podcast tour performers, "
        "including the ferry to the southern islands.",
    ),
    (
        "p",
        "§ 13.2 For each night away from home on tour, the performer is paid the tour per diem "
        "of the region, and the company pays the hotel up to the region's nightly cap; a travel "
        "day without a show earns the travel-day allowance. The amounts are in the Guild's table "
        "of tour allowances by region for each pay year.",
    ),
    (
        "p",
        "§ 13.3 A performer who drives their own car is paid G 30 per km beyond the first "
        "40~km of each journey.",
    ),
    (
        "p",
        "§ 13.4 The company provides a 5G mobile uplink or a wired line for every live stream of "
        "a show; it never asks performers to use their own phone data.",
    ),
    ("sec", "§ 14 – Harassment"),
    (
        "p",
        "§ 14.1 Every performer works free from harassment, including harassment by listeners "
        "at live shows and online.",
    ),
    (
        "p",
        "§ 14.2 A performer may stop a recording or leave a stage at once when harassed, "
        "without losing the fee.",
    ),
    (
        "p",
        "§ 14.3 The company opens an inquiry within 3~working~days of a complaint and names a "
        "contact person who is not the performer's producer.",
    ),
    (
        "p",
        "§ 14.4 Abusive messages about a performer are removed from the show's pages within "
        "24~hours of a request.",
    ),
    ("part1", "Part V – Synthetic voices and artificial intelligence"),
    ("sec", "§ 15 – Voice clones of hosts"),
    (
        "p",
        "§ 15.1 No company makes, trains or uses a synthetic voice of a performer without the "
        "performer's written consent given under this Part.",
    ),
    (
        "p",
        "§ 15.2 Consent is given per series, on Form G-12, naming the series, the uses and the "
        "period. A consent covers that series only. A blanket consent, for all series, all "
        "shows or all of a company's network, is void.",
    ),
    (
        "p",
        "§ 15.3 The company pays a voice-clone fee of G 4 500 per series for which a clone of "
        "the host's voice is made or used.",
    ),
    (
        "p",
        "§ 15.4 The clone is used only for the segments of that series listed in Form G-12. It "
        "is never lent or sold to another company.",
    ),
    ("sec", "§ 16 – AI-generated ad reads"),
    (
        "p",
        "§ 16.1 An advertisement read by a synthetic voice of the host (an AI-generated ad read) "
        "is forbidden unless the host has given a separate written consent, on Form G-14, "
        "distinct from the consent for the series.",
    ),
    (
        "p",
        "§ 16.2 For each AI-generated ad read published, the company pays the host G 500 per "
        "generated read, on top of any fee for the series.",
    ),
    (
        "p",
        "§ 16.3 An AI-generated ad read kept in the back catalogue beyond 90~days earns the "
        "evergreen fee, as a read by the host would (s. 7.2).",
    ),
    ("sec", "§ 17 – AI translation and dubbing"),
    (
        "p",
        "§ 17.1 An episode translated or dubbed into another language with the host's cloned "
        "voice requires the host's consent for each language, on Form G-12.",
    ),
    (
        "p",
        "§ 17.2 The host is paid a share of 12~per~cent of the net revenue of each translated "
        "episode, paid with the revenue share (s. 8.3).",
    ),
    ("sec", "§ 18 – Transcripts and the training of models"),
    (
        "p",
        "§ 18.1 The Guild keeps an opt-out register. A performer entered in the opt-out register "
        "objects to the use of their transcripts and recordings to train any model.",
    ),
    (
        "p",
        "§ 18.2 The company stops using the performer's transcripts for training within 30~days "
        "after the entry, and confirms it in writing.",
    ),
    ("sec", "§ 19 – Retention, labelling and withdrawal"),
    (
        "p",
        "§ 19.1 A voice clone is deleted, with its training files, within 60~days after the "
        "series ends, and the company sends the host a written deletion statement.",
    ),
    (
        "p",
        "§ 19.2 Every synthetic segment is labelled: a spoken notice in the episode audio before "
        'the segment ("This segment uses a synthetic voice") and a line in the show notes.',
    ),
    (
        "p",
        "§ 19.3 A host may withdraw a consent on 45~days' written notice. The clone is then "
        "deleted within the period of s. 19.1, counted from the end of the notice.",
    ),
    (
        "p",
        "§ 19.4 A consent may not be bought out by a single payment, and no licence of a voice "
        "across a network replaces consent per series.",
    ),
    ("part2", "Part VI – Other terms"),
    ("sec", "§ 20 – Credit in show notes"),
    (
        "p",
        "§ 20.1 Every host, co-host and performer heard in an episode is credited by name in "
        "the show notes of the episode, within the first three lines.",
    ),
    (
        "p",
        "§ 20.2 The credit stays as long as the episode is online. A synthetic voice is "
        'credited as "Synthetic voice of [name], with consent".',
    ),
    ("sec", "§ 21 – Vocal care"),
    (
        "p",
        "§ 21.1 Studios provide water at room temperature and a quiet place for vocal rest. "
        "A performer may refuse a booth that is not ventilated.",
    ),
    (
        "p",
        "§ 21.2 Hosts and co-hosts receive the vocal-health allowance kept in force by s. 24.2.",
    ),
    ("sec", "§ 22 – Payment and statements"),
    (
        "p",
        "§ 22.1 Every payment comes with a statement of the fees, premiums, allowances and "
        "deductions, by episode, session or show.",
    ),
    (
        "p",
        "§ 22.2 Back pay owed under a retroactive memorandum (s. 4.2) is paid in the first full "
        "pay period after the memorandum's signature.",
    ),
    ("sec", "§ 23 – Grievances"),
    (
        "p",
        "§ 23.1 A grievance is filed in writing within 30~days after the performer learns of "
        "the facts.",
    ),
    (
        "p",
        "§ 23.2 Hearings take place in Room G2 of Guild House, 14 Harbour Street, Port-Soleil, "
        "unless both parties agree on another place.",
    ),
    ("sec", "§ 24 – The previous agreement"),
    (
        "p",
        "§ 24.1 This Agreement replaces the Podcast Performers Agreement 2022–2025, which "
        "expired on 31 March 2025.",
    ),
    (
        "p",
        "§ 24.2 Clause 14.2 of the 2022–2025 agreement (vocal-health allowance of G 1 650 per "
        "pay year for hosts and co-hosts) remains in force for the whole term of this Agreement "
        "and is not superseded.",
    ),
    (
        "p",
        "§ 24.3 Clause 9.4 of the 2022–2025 agreement (home-studio equipment grant) is not kept.",
    ),
    ("p", "§ 24.4 Every other clause of the 2022–2025 agreement is superseded."),
    ("sec", "§ 25 – Signatures"),
    (
        "p",
        "§ 25.1 Signed at Port-Soleil on 24 March 2025. For the Guild: Marie-Claire "
        "Desrosiers-Baptiste, President, and Winston Achille-Fontaine, General Secretary. For "
        "the Council: Desmond Pierre-Louis, Chair.",
    ),
]

MEMO_HEAD = ["Role", "Unit", "Rate before", "New rate"]
MEMO_RETRO = [
    ["Podcast host", "episode of 30-60 min", "G 1 950", "G 2 025"],
    ["Host-read advertising", "per ad read per episode", "G 650", "G 690"],
    ["Audio-fiction actor", "session of 4 hours", "G 2 200", "G 2 320"],
    ["ASMR and sleep-content creator", "per finished hour", "G 1 080", "G 1 140"],
]
MEMO_FUTURE = [
    ["Podcast host", "episode of 30-60 min", "G 2 025", "G 2 100"],
    ["Foley and sound-effect performer", "per day", "G 2 900", "G 3 050"],
    ["Live-podcast tour performer", "per show", "G 3 400", "G 3 600"],
]
MEMO_WIDTHS = (58.0, 48.0, 32.0, 32.0)

MEMO: list[tuple[str, str]] = [
    ("title", "Memorandum of Agreement No. 2 (rates)"),
    (
        "sub",
        "between the Belrive Guild of Audio Performers (BGAP) and the Belrive Podcast and Audio "
        "Producers' Council (BPAPC), under s. 4.2 of the Podcast and Audio Entertainment "
        "Agreement 2025–2028. Signed at Port-Soleil on Thursday 15 October 2026.",
    ),
    ("h", "1. Purpose"),
    (
        "p",
        "This memorandum amends the Rate Schedule for pay year 2026-27 (PY26). It raises four "
        "rates retroactively and three rates from the next pay year. Every rate it does not "
        "name stays as in the schedule.",
    ),
    ("h", "2. Retroactive increase with effect from 1 July 2026"),
    (
        "p",
        "With effect from 1 July 2026, that is from the start of Q3 2026 (July, August and "
        "September 2026), the rates in Table A are raised. The increase is retroactive: it "
        "applies to all work done on or after 1 July 2026, although this memorandum is signed "
        "later, and back pay is owed for that work where it was paid at the rate before.",
    ),
    ("tableA", "Table A – Rates raised with effect from 1 July 2026"),
    (
        "p",
        "In words: from 1 July 2026 a host is paid 2 025 gourdes for an episode of 30 to 60 "
        "minutes (was 1 950 gourdes); a host-read ad earns 690 gourdes per ad read per episode "
        "(was 650 gourdes); an audio-fiction session of 4 hours is paid 2 320 gourdes (was 2 200 "
        "gourdes); and an ASMR or sleep-content creator earns 1 140 gourdes per finished hour "
        "(was 1 080 gourdes).",
    ),
    ("h", "3. Back pay"),
    (
        "p",
        "Back pay for work done from 1 July 2026 is paid in the first full pay period after "
        "signature. This memorandum is signed on Thursday 15 October 2026; pay periods are "
        "fortnightly, from Monday 6 April 2026 (s. 3.3 of the Agreement). The statement shows "
        "the back pay on a separate line.",
    ),
    ("h", "4. Increase from 1 April 2027"),
    (
        "p",
        "From 1 April 2027, the first day of pay year 2027-28, the rates in Table B are raised. "
        "This increase is not retroactive: it does not apply to work done before 1 April 2027.",
    ),
    ("tableB", "Table B – Rates raised from 1 April 2027"),
    (
        "p",
        "In words: from 1 April 2027 a host is paid 2 100 gourdes for an episode of 30 to 60 "
        "minutes; a Foley and sound-effect performer 3 050 gourdes per day; and a live-podcast "
        "tour performer 3 600 gourdes per show.",
    ),
    ("h", "5. The summer relief for live shows"),
    (
        "p",
        "The summer relief rate for live shows (G 2 750 per show, from 1 June to 31 August 2026, "
        "s. 4.3 of the Agreement) ended on 31 August 2026. From 1 September 2026 the schedule's "
        "rate of G 3 400 per show applies again until 31 March 2027. This memorandum does not "
        "change it for pay year 2026-27.",
    ),
    ("h", "6. Everything else"),
    (
        "p",
        "The premiums of Table 9.1, the tour allowances, the voice-clone fee and every other "
        "term of the Agreement are unchanged.",
    ),
    ("sign", ""),
]
SIGNATURES = [
    "For the Guild (BGAP): Winston Achille-Fontaine, General Secretary",
    "For the Council (BPAPC): Desmond Pierre-Louis, Chair",
    "Witness: Nadège Lafleur-Brathwaite, Treasurer of the Guild",
    "Signed at Port-Soleil, 15 October 2026",
]


def _plain(text: str) -> str:
    return text.replace("~", " ")


def _row_text(row: list[str]) -> str:
    return " | ".join(row)


def agreement_text() -> str:
    lines = []
    for kind, text in AGREEMENT:
        if kind == "table":
            lines += [_row_text(r) for r in [PREMIUM_HEADER, *PREMIUMS]]
        else:
            lines.append(_plain(text))
    return "\n".join(lines)


def memo_text() -> str:
    lines = []
    for kind, text in MEMO:
        if kind in ("tableA", "tableB"):
            lines.append(text)
            rows = MEMO_RETRO if kind == "tableA" else MEMO_FUTURE
            lines += [_row_text(r) for r in [MEMO_HEAD, *rows]]
        elif kind == "sign":
            lines += SIGNATURES
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
            self.set_font("Helvetica", "I", 8.5)
            self.set_xy(MARGIN, 9)
            self.cell(TEXT_W, 5, header, align="C")
            self.set_line_width(0.2)
            self.line(MARGIN, 15, MARGIN + TEXT_W, 15)

        def footer(self) -> None:
            self.set_font("Helvetica", "", 8.5)
            self.set_xy(MARGIN, 297 - 13)
            self.cell(TEXT_W, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    return pdf


class _Flow:
    """Places lines in one column or in two (left column first, then the right one)."""

    def __init__(self, pdf) -> None:
        self.pdf = pdf
        self.ncols = 1
        self.col = 0
        self.y = TOP
        self.top = TOP  # where the columns start on this page (below a part heading)
        self.two_col_pages: list[int] = []

    def x(self) -> float:
        return MARGIN if self.ncols == 1 or self.col == 0 else MARGIN + COL_W + GUTTER

    def width(self) -> float:
        return TEXT_W if self.ncols == 1 else COL_W

    def new_page(self) -> None:
        self.pdf.add_page()
        self.col = 0
        self.y = TOP
        self.top = TOP
        if self.ncols == 2:
            self.two_col_pages.append(self.pdf.page_no())

    def set_cols(self, n: int) -> None:
        self.ncols = n
        self.new_page()

    def need(self, h: float) -> None:
        if self.y + h <= BOTTOM:
            return
        if self.ncols == 2 and self.col == 0:
            self.col = 1
            self.y = self.top
        else:
            self.new_page()

    def lines(self, text: str, style: str, size: float, lh: float, keep: int = 1) -> None:
        pdf = self.pdf
        pdf.set_font("Helvetica", style, size)
        rows = wrap(pdf, text, self.width())
        self.need(lh * min(keep + len(rows), len(rows) + keep))
        for line in rows:
            self.need(lh)
            pdf.set_font("Helvetica", style, size)
            pdf.set_xy(self.x(), self.y)
            pdf.cell(self.width(), lh, line)
            self.y += lh

    def gap(self, h: float) -> None:
        self.y += h


def _table_row(pdf, row: list[str], y: float, bold: bool, widths) -> None:
    pdf.set_font("Helvetica", "B" if bold else "", 9)
    x = MARGIN
    for text, w in zip(row, widths, strict=True):
        if pdf.get_string_width(text) > w - 2.4:
            raise SystemExit(f"table cell too wide for one line ({w} mm): {text!r}")
        pdf.set_xy(x, y)
        pdf.cell(w, 7.5, text, border=1)
        x += w


def _premiums(flow: _Flow) -> tuple[int, int]:
    """Table 9.1, continued onto the next page with its header row repeated.
    Returns (first page, rows on the first page)."""
    pdf = flow.pdf
    rh = 7.5
    flow.need(6 + 3 * rh)
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_xy(MARGIN, flow.y)
    pdf.cell(TEXT_W, 6, TABLE_CAPTION)
    flow.y += 7
    first_page = pdf.page_no()
    _table_row(pdf, PREMIUM_HEADER, flow.y, True, PREMIUM_WIDTHS)
    flow.y += rh
    on_first = 0
    for row in PREMIUMS:
        if flow.y + rh > BOTTOM:
            flow.new_page()
            pdf.set_font("Helvetica", "B", 10)
            pdf.set_xy(MARGIN, flow.y)
            pdf.cell(TEXT_W, 6, TABLE_CONTINUED)
            flow.y += 7
            _table_row(pdf, PREMIUM_HEADER, flow.y, True, PREMIUM_WIDTHS)
            flow.y += rh
        elif pdf.page_no() == first_page:
            on_first += 1
        _table_row(pdf, row, flow.y, False, PREMIUM_WIDTHS)
        flow.y += rh
    flow.y += 4
    return first_page, on_first


TWO_COL_PAGES: list[int] = []
TABLE_PAGE = 0


def build_agreement() -> None:
    global TABLE_PAGE
    pdf = _doc(AGREEMENT_HEADER)
    pdf.set_title("Podcast and Audio Entertainment Agreement 2025-2028")
    pdf.set_author("BGAP / BPAPC")
    pdf.set_creation_date(datetime.datetime(2025, 3, 24, 12, 0, tzinfo=datetime.UTC))
    flow = _Flow(pdf)
    flow.new_page()
    for kind, text in AGREEMENT:
        two = flow.ncols == 2
        if kind == "title":
            flow.lines(text, "B", 16, 8)
            flow.gap(2)
        elif kind == "sub":
            flow.lines(text, "I", 10.5, 5.4)
            flow.gap(4)
        elif kind in ("part1", "part2"):
            if pdf.page_no() > 1 or flow.y > TOP + 60:
                flow.set_cols(1 if kind == "part1" else 2)
            else:
                flow.ncols = 1 if kind == "part1" else 2
            # the part heading runs across the page, above the columns
            pdf.set_font("Helvetica", "B", 13)
            pdf.set_xy(MARGIN, flow.y)
            pdf.cell(TEXT_W, 7, text)
            flow.y += 10
            flow.top = flow.y
        elif kind == "sec":
            flow.gap(1.5)
            flow.lines(text, "B", 10.5 if two else 11.5, 5.6 if two else 6.2, keep=3)
            flow.gap(0.6)
        elif kind == "table":
            TABLE_PAGE, on_first = _premiums(flow)
            if not 2 <= on_first < len(PREMIUMS):
                raise SystemExit(f"Table 9.1 does not continue onto the next page ({on_first})")
        elif kind == "note":
            flow.lines(text, "I", 9.5, 5)
        else:
            flow.lines(text, "", 10 if two else 10.5, 5.2 if two else 5.6)
            flow.gap(1.6 if two else 2.2)
    TWO_COL_PAGES[:] = flow.two_col_pages
    pdf.output(AGREEMENT_OUT)
    print(
        "wrote",
        AGREEMENT_OUT,
        pdf.page_no(),
        "pages; two-column pages",
        flow.two_col_pages,
        "; Table 9.1 from page",
        TABLE_PAGE,
    )


def build_memo() -> None:
    pdf = _doc(MEMO_HEADER)
    pdf.set_title("Memorandum of Agreement No. 2 (rates)")
    pdf.set_author("BGAP / BPAPC")
    pdf.set_creation_date(datetime.datetime(2026, 10, 15, 12, 0, tzinfo=datetime.UTC))
    flow = _Flow(pdf)
    flow.new_page()
    for kind, text in MEMO:
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
        elif kind in ("tableA", "tableB"):
            rows = MEMO_RETRO if kind == "tableA" else MEMO_FUTURE
            flow.need(7 + 7.5 * (len(rows) + 1))
            pdf.set_font("Helvetica", "B", 10)
            pdf.set_xy(MARGIN, flow.y)
            pdf.cell(TEXT_W, 6, text)
            flow.y += 7
            for i, row in enumerate([MEMO_HEAD, *rows]):
                _table_row(pdf, row, flow.y, i == 0, MEMO_WIDTHS)
                flow.y += 7.5
            flow.y += 4
        elif kind == "sign":
            flow.need(8 + 16 * len(SIGNATURES))
            flow.gap(6)
            for s in SIGNATURES:
                pdf.set_font("Helvetica", "", 10.5)
                pdf.set_xy(MARGIN, flow.y)
                pdf.cell(TEXT_W, 6, s)
                flow.y += 6
                if not s.startswith("Signed"):
                    pdf.set_line_width(0.2)
                    pdf.line(MARGIN, flow.y + 7, MARGIN + 70, flow.y + 7)
                    pdf.set_font("Helvetica", "I", 8)
                    pdf.set_xy(MARGIN, flow.y + 7.5)
                    pdf.cell(70, 4, "(signature)")
                    flow.y += 14
        else:
            flow.lines(text, "", 10.5, 5.6)
            flow.gap(2.2)
    pdf.output(MEMO_OUT)
    print("wrote", MEMO_OUT, pdf.page_no(), "pages")


if __name__ == "__main__":
    build_agreement()
    build_memo()
