#!/usr/bin/env python3
"""Build the two PDFs of union-y (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-y/make_pdf.py    # fpdf2 is in the venv

- docs/vpgo-virtual-performance-agreement-2025-2028.pdf: the Virtual Performance Agreement
  2025-2028 as running text set in TWO COLUMNS on portrait A4 pages (the reading order is
  the left column, then the right column), with a running header and a "Page N of M"
  footer on every page. Sections are numbered with SECTION SIGNS and decimals
  ("§ 7 – Premiums", clauses "§ 7.3", sub-clauses "§ 7.3.2"). § 7.2 holds a small ruled
  TABLE OF PREMIUMS inside the left or right column. Amounts are written "R 1,250.00"
  (symbol, space, comma thousands, cents). § 18.3 keeps a clause of the expired agreement
  in force.
- docs/vpgo-rate-schedule-cy26-27.pdf: the Rate Schedule for contract year 2026/27 on
  LANDSCAPE A4 pages. Table 1 is TRANSPOSED: the roles are the columns and the rate units
  ("per stream hour", "per capture day" ...) are the rows. Table 2 (allowances) starts on
  page 1 and CONTINUES ON PAGE 2 WITHOUT REPEATING ITS HEADER. Footnote markers "(a)" to
  "(d)" follow amounts ("R650 (a)"). Amounts are written "R1 250" (symbol glued to the
  digits, space thousands) and "R12 000 p.m.". It replaces the 2025/26 schedule from
  1 March 2026 and says so; footnote (b) announces two rates from 1 March 2027.

`agreement_text()` and `schedule_text()` return the same text for check_set.py (one
heading, paragraph or table row per line, cells joined by " | "). Fixed creation dates, so
the output is reproducible.
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "vpgo-virtual-performance-agreement-2025-2028.pdf")
SCHEDULE_OUT = os.path.join(HERE, "docs", "vpgo-rate-schedule-cy26-27.pdf")
AGREEMENT_HEADER = "Virtual Performance Agreement 2025–2028 – VPGO / VEPCO – English text"
SCHEDULE_HEADER = "VPGO / VEPCO Joint Rates Committee – Rate Schedule CY26/27 – issued 2026/02/16"

# the agreement's page geometry (mm): two columns and a gutter
MARGIN = 18.0
GUTTER = 10.0
COL_W = (210.0 - 2 * MARGIN - GUTTER) / 2
TOP = 24.0
BOTTOM = 297.0 - 20.0

PREMIUM_HEADER = ["Ref.", "Premium", "Rate"]
PREMIUMS = [
    ["7.2.1", "Late night, 23:00-06:00", "25 % of the hourly rate"],
    ["7.2.2", "Marathon, beyond 6 hours", "50 % of the hourly rate"],
    ["7.2.3", "Overtime, capture day", "20 % of the day fee"],
    ["7.2.4", "Short-notice booking", "15 % of the fee"],
    ["7.2.5", "Public holiday", "100 % of the fee"],
]

# (kind, text): "title", "sub", "sec" (a section heading), "p" (a clause), "table" (the
# premiums table, inside § 7)
AGREEMENT: list[tuple[str, str]] = [
    ("title", "Virtual Performance Agreement 2025–2028"),
    (
        "sub",
        "between the Virtual Performers' Guild of Ostvaal (VPGO) – in French, Guilde des artistes "
        "virtuels d'Ostvaal (GAVO) – and the Virtual Entertainment Producers' Council of Ostvaal "
        "(VEPCO) – in French, Conseil des producteurs de divertissement virtuel d'Ostvaal (CPDVO) "
        "– acting for its member agencies. Signed at Harrowgate, Republic of Ostvaal, on "
        "20 February 2025. The French text, Accord sur la performance virtuelle 2025–2028, has "
        "equal force. All amounts are in rand (R; code ZAR).",
    ),
    ("sec", "§ 1 – Parties and scope"),
    (
        "p",
        "§ 1.1 This Agreement applies to performers engaged by a member agency of VEPCO for work "
        "in Ostvaal as: (a) VTuber talent, who stream as an animated avatar; (b) motion-capture "
        "avatar performers for virtual concerts; (c) voice actors of virtual idols; (d) live-stream "
        "co-hosts and moderators; (e) holographic concert performers.",
    ),
    (
        "p",
        "§ 1.2 The member agencies at signature are Prismwave Talent Ltd, Lumen Idol Works, "
        "HoloVerse Stage Ostvaal, Studio Nébuline SA, Aurorastream Agency and Kestwick Volumetric "
        "Studios. An agency that joins VEPCO later is bound from the day it joins.",
    ),
    (
        "p",
        "§ 1.3 This Agreement sets minimum terms. An individual contract may improve on them, "
        "never reduce them.",
    ),
    (
        "p",
        "§ 1.4 This Agreement applies whatever the platform on which a stream is shown and "
        "whatever the venue of a virtual concert or a show, in Ostvaal or streamed from "
        "Ostvaal to viewers abroad.",
    ),
    ("sec", "§ 2 – Definitions"),
    (
        "p",
        '§ 2.1 In this Agreement: "avatar" means the animated character through which a '
        'performer streams or performs; "stream hour" means one hour of live broadcast, counted '
        'in quarter hours after the first hour; "capture day" means a call of up to 8 hours at a '
        'capture studio; "virtual concert" means one concert performed through an avatar; '
        '"recording session" means a call of up to 4 hours in a recording booth; "show" means one '
        'holographic concert before an audience; "rehearsal day" means a call of up to 7 hours.',
    ),
    (
        "p",
        '§ 2.2 "Net donation revenue" means the viewer donations, super chats, paid stickers and '
        "paid messages received during the performer's streams, less the platform's commission "
        "and the payment processing charges.",
    ),
    (
        "p",
        '§ 2.3 "Home base" means the city named in the performer\'s contract. The terms used in '
        "§ 14 are defined in § 14.1.",
    ),
    (
        "p",
        '§ 2.4 "Agency" means a member agency of VEPCO that books the performer; "capture '
        'studio" means a studio where motion, face or voice data are recorded for an avatar.',
    ),
    ("sec", "§ 3 – Term and contract years"),
    ("p", "§ 3.1 This Agreement runs from 1 March 2025 to 28 February 2028."),
    (
        "p",
        "§ 3.2 It is divided into three contract years, each running from 1 March to the end of "
        "February of the following year: contract year 2025/26 (CY25/26), contract year 2026/27 "
        "(CY26/27) and contract year 2027/28 (CY27/28); in French, année contractuelle 2025-2026, "
        "2026-2027 and 2027-2028.",
    ),
    (
        "p",
        "§ 3.3 Each contract year has four quarters: Q1 from 1 March, Q2 from 1 June, Q3 from "
        "1 September and Q4 from 1 December (in French T1 to T4).",
    ),
    (
        "p",
        "§ 3.4 Work is paid at the rate in force on the day it is done. A stream that starts "
        "before midnight is paid at the rate of the day on which it starts.",
    ),
    ("sec", "§ 4 – Rate schedules and indexation"),
    (
        "p",
        "§ 4.1 The Joint Rates Committee issues a Rate Schedule for each contract year. The "
        "schedule of a contract year replaces the schedule of the previous contract year from "
        "1 March.",
    ),
    (
        "p",
        "§ 4.2 A Rate Schedule may announce a rate for the next contract year. An announced rate "
        "applies only to work done from its date; until then the current rate applies.",
    ),
    (
        "p",
        "§ 4.3 Indexation. § 4.3.1 The Joint Rates Committee may, by an indexation notice, raise "
        "the rates it lists by a stated percentage from 1 September of a contract year. § 4.3.2 "
        "The notice writes out each new figure. From 1 September the notice's figure replaces the "
        "schedule's figure for the listed rows only; every other row is unchanged. § 4.3.3 An "
        "indexation is not retroactive: work done before 1 September is paid at the schedule's "
        "figure.",
    ),
    (
        "p",
        "§ 4.4 A side letter signed by both parties may add terms for a production or a tour. "
        "It cannot reduce a term of this Agreement.",
    ),
    ("sec", "§ 5 – Booking and cancellation"),
    (
        "p",
        "§ 5.1 Booking notice. § 5.1.1 A stream is booked in writing at least seventy-two (72) "
        "hours before it starts. § 5.1.2 A capture day, a virtual concert, a recording session, "
        "a show or a rehearsal day is booked in writing at least 14 days ahead. § 5.1.3 A booking "
        "made with less notice carries the short-notice premium (§ 7.2.4).",
    ),
    (
        "p",
        "§ 5.2 Cancellation of a stream by the agency. § 5.2.1 Less than 24 hours before the "
        "start: 100 % of the booked fee. § 5.2.2 From 24 to 72 hours before: 50 % of the booked "
        "fee. § 5.2.3 Earlier: no fee.",
    ),
    (
        "p",
        "§ 5.3 Cancellation of a capture day, virtual concert, recording session or show by the "
        "agency. § 5.3.1 Less than 7 days before: 100 % of the booked fee. § 5.3.2 From 7 to "
        "14 days before: 50 % of the booked fee. § 5.3.3 Earlier: no fee.",
    ),
    (
        "p",
        "§ 5.4 A confirmation names the agency, the role, the avatar, the date and start time, "
        "the expected length, the platform or venue and the rate units that apply. A change of "
        "date or start time made by the agency is a cancellation under § 5.2 or § 5.3 followed "
        "by a new booking.",
    ),
    (
        "p",
        "§ 5.5 A performer may decline a booking without giving a reason and without any "
        "consequence for later bookings.",
    ),
    ("sec", "§ 6 – Minimum calls"),
    (
        "p",
        "§ 6.1 A VTuber stream is paid for at least two stream hours. A co-host or moderator "
        "booking is paid for at least three stream hours.",
    ),
    (
        "p",
        "§ 6.2 A capture day is paid in full, however short. Work beyond 8 hours on a capture day "
        "carries the overtime premium (§ 7.2.3).",
    ),
    (
        "p",
        "§ 6.3 The recording-session fee pays for the session. Each song recorded in it and "
        "released is paid per song in addition, at the schedule's rate.",
    ),
    (
        "p",
        "§ 6.4 Exclusive VTuber talent receive the monthly guarantee of the Rate Schedule; their "
        "stream hours are set off against it.",
    ),
    (
        "p",
        "§ 6.5 A rehearsal day for a virtual concert or a show is paid at the schedule's rate "
        "for the role. A rehearsal that runs beyond 7 hours is paid as a second rehearsal day.",
    ),
    ("sec", "§ 7 – Premiums"),
    (
        "p",
        "§ 7.1 The premiums in the table below are paid on top of the fee. Each is a percentage "
        "of the rate named in the table, for the hours or the call concerned.",
    ),
    ("p", "§ 7.2 Table of premiums:"),
    ("table", "premiums"),
    (
        "p",
        "§ 7.3 Rules for the premiums. § 7.3.1 Premiums are added, not multiplied, when two "
        "apply to the same hour. § 7.3.2 The late-night premium is paid for each stream hour, or "
        "part of one, between 23:00 and 06:00, to VTuber talent, co-hosts and moderators. "
        "§ 7.3.3 The marathon premium is paid for each stream hour beyond the sixth in one "
        "stream. § 7.3.4 The overtime premium is paid for each started hour beyond 8 hours on a "
        "capture day, to motion-capture performers. § 7.3.5 The public holidays are those of the "
        "Republic of Ostvaal.",
    ),
    ("sec", "§ 8 – Marathon streams and rest"),
    (
        "p",
        "§ 8.1 During a stream the performer takes a paid break of at least 15 minutes every "
        "2 hours, off camera; a co-host or moderator takes over the channel or the stream is "
        "paused.",
    ),
    (
        "p",
        "§ 8.2 No stream lasts longer than 8 hours, marathon and charity streams included. A "
        "performer who has streamed for 8 hours is not booked again for 12 hours.",
    ),
    (
        "p",
        "§ 8.3 A holographic performer gives no more than two shows a day and has at least "
        "3 hours of rest between two shows on the same day.",
    ),
    (
        "p",
        "§ 8.4 Between the end of a capture day and the next call there are at least 11 hours "
        "of rest.",
    ),
    (
        "p",
        "§ 8.5 A performer who streams between 23:00 and 06:00 is not booked for a capture day "
        "or a show that starts before 12:00 on the same day.",
    ),
    (
        "p",
        "§ 8.6 An agency keeps a log of the start, the breaks and the end of each stream and "
        "gives it to the performer on request; the log is kept for the term of this Agreement.",
    ),
    ("sec", "§ 9 – Donations and super chats"),
    (
        "p",
        "§ 9.1 The performer receives seventy per cent (70 %) of the net donation revenue of "
        "each of their streams, paid every month, no later than the 15th of the following month, "
        "with a statement.",
    ),
    (
        "p",
        "§ 9.2 The same share is paid on the net donation revenue of an AI-driven autonomous "
        "stream of the performer's avatar (§ 14.3).",
    ),
    (
        "p",
        "§ 9.3 An agency may not set a donation target as a condition of a booking, nor ask a "
        "performer to read out donations for longer than 10 minutes an hour.",
    ),
    (
        "p",
        "§ 9.4 The monthly statement shows the gross donations, the platform's commission, the "
        "payment processing charges and the performer's share for each stream. A performer may "
        "ask the Guild to check the statements of the last twelve months once a contract year.",
    ),
    ("sec", "§ 10 – Harassment and doxxing"),
    (
        "p",
        "§ 10.1 Each agency runs a reporting channel for harassment and doxxing, open at all "
        "hours, and trains its moderators to use it.",
    ),
    (
        "p",
        "§ 10.2 On a report of harassment or doxxing of a performer, the agency acts within "
        "24 hours: it removes the content it controls, asks the platforms to take down the rest, "
        "and tells the performer in writing what it has done.",
    ),
    (
        "p",
        "§ 10.3 When a performer's address is published, the agency pays emergency accommodation "
        "of up to R 1,250.00 a night, for up to five nights.",
    ),
    (
        "p",
        "§ 10.4 A performer may end a stream at once because of harassment; the stream is paid "
        "for the booked minimum.",
    ),
    (
        "p",
        "§ 10.5 The agency never discloses a performer's legal name, face or address without the "
        "performer's written consent.",
    ),
    (
        "p",
        "§ 10.6 Moderators called out to a raid or a wave of abusive messages outside their "
        "booked hours are paid the schedule's call-out fee. The agency gives each moderator a "
        "written procedure for raids and a named contact on duty.",
    ),
    ("sec", "§ 11 – Equipment allowance"),
    (
        "p",
        "§ 11.1 VTuber talent and co-hosts who stream from home receive the equipment allowance "
        "of the Rate Schedule for each contract year, in two halves, on 1 March and on "
        "1 September, and the monthly internet allowance.",
    ),
    (
        "p",
        "§ 11.2 The agency supplies and maintains, at its own charge, the capture suits, rigs "
        "and headsets used at a capture studio. § 11.3 Equipment bought with the allowance "
        "belongs to the performer, who keeps it after graduation.",
    ),
    ("sec", "§ 12 – Capture suits and wardrobe"),
    (
        "p",
        "§ 12.1 The agency fits each capture suit to the performer; a fitting is paid per hour "
        "at the schedule's rate.",
    ),
    (
        "p",
        "§ 12.2 A capture suit is laundered after each capture day. A performer is not asked to "
        "wear a suit worn by another performer unless it has been laundered since.",
    ),
    (
        "p",
        "§ 12.3 Markers, gloves and head rigs are cleaned before each capture day. The "
        "performer's own suit liner is paid under § 18.3.",
    ),
    ("sec", "§ 13 – Travel to a capture studio"),
    (
        "p",
        "§ 13.1 Travel to a capture studio more than 40 km from the performer's home base is "
        "paid per km at the schedule's mileage rate.",
    ),
    (
        "p",
        "§ 13.2 A travel day without a call is paid at the schedule's travel-day rate; a night "
        "away from home base carries the per diem and a single room.",
    ),
    ("sec", "§ 14 – Artificial intelligence"),
    (
        "p",
        '§ 14.1 In this section: "AI voice clone" means a synthetic model of the performer\'s '
        'avatar voice; "AI-driven autonomous stream" means a stream of the avatar generated or '
        'driven by software without the performer; "voice data" and "capture data" mean the '
        "recordings, scans and motion data of the performer and any model made from them.",
    ),
    (
        "p",
        "§ 14.2 AI voice clone. § 14.2.1 An AI voice clone is used only with the performer's "
        "written consent for each use (form AV-1), naming the product, the script and the months "
        "of use. § 14.2.2 The agency pays the schedule's fee per month of use. § 14.2.3 No more "
        "than 60 minutes may be generated in a month; beyond that, only with a new consent and "
        "a fee per block of 10 minutes.",
    ),
    (
        "p",
        "§ 14.3 AI-driven autonomous streams. § 14.3.1 An AI-driven autonomous stream of a "
        "performer's avatar is forbidden without the performer's written consent (form AS-2), "
        "given for each stream series. § 14.3.2 It is paid per AI stream hour at the schedule's "
        'rate. § 14.3.3 It is labelled "AI stream" on screen for its whole length.',
    ),
    (
        "p",
        "§ 14.4 Persona succession. When a new performer is to stream or perform behind an "
        "existing avatar, the agency gives the former performer at least 45 days' written notice "
        "before the new performer's first stream, and makes no use of the former performer's "
        "voice data or capture data for the new performer.",
    ),
    (
        "p",
        '§ 14.5 Graduation. When a performer leaves the agency ("graduation"), the agency deletes '
        "all of the performer's capture data and voice data within 30 days and sends the "
        "performer a certificate of deletion within 10 days after the deletion.",
    ),
    (
        "p",
        "§ 14.6 Training. Using a performer's voice data or capture data to train or fine-tune "
        "any other model is forbidden.",
    ),
    (
        "p",
        "§ 14.6.1 A licence given to a platform or a client under § 14.2 or § 14.3 forbids the "
        "same use. The agency answers to the performer for any breach by its licensee.",
    ),
    (
        "p",
        "§ 14.7 Withdrawal. A performer may withdraw a consent for future uses on 60 days' "
        "written notice.",
    ),
    (
        "p",
        "§ 14.8 No perpetual, lump-sum or buy-out licence of a persona, an avatar voice or "
        "capture data is valid under this Agreement.",
    ),
    (
        "p",
        "§ 14.9 Each month the agency sends the performer a report of the uses of the AI voice "
        "clone and of the AI stream hours of the month, with the minutes generated, and keeps the "
        "consents on file.",
    ),
    ("sec", "§ 15 – Joint Rates Committee"),
    (
        "p",
        "§ 15.1 The Joint Rates Committee has three members named by each party. It issues the "
        "Rate Schedules (§ 4.1) and the indexation notices (§ 4.3) and meets at least once a "
        "quarter.",
    ),
    (
        "p",
        "§ 15.2 The committee may correct a clerical error in a schedule or a notice by a "
        "written correction sent to the parties; a correction states the figure it replaces.",
    ),
    ("sec", "§ 16 – Grievances"),
    (
        "p",
        "§ 16.1 A grievance is filed within 30 days of the day the member knew of its cause. "
        "§ 16.2 An unpaid amount found due is paid within 14 days of the decision. § 16.3 A "
        "grievance not settled within 45 days may be referred by either party to an arbitrator "
        "chosen from the list kept by the Joint Rates Committee.",
    ),
    ("sec", "§ 17 – Dues"),
    (
        "p",
        "§ 17.1 With the performer's written authorisation the agency deducts the Guild's dues "
        "from each payment and remits them monthly. § 17.2 The agency gives the Guild each "
        "quarter a list of the performers it has engaged and the rate units used.",
    ),
    ("sec", "§ 18 – The previous agreement"),
    (
        "p",
        "§ 18.1 This Agreement replaces the Virtual Performance Agreement 2022–2025, which "
        "expired on 28 February 2025, from 1 March 2025.",
    ),
    (
        "p",
        "§ 18.2 The provisions of the 2022–2025 agreement are not kept, save § 18.3; among them "
        "the 12 hours maximum stream length, the 12 months' notice of withdrawal, the 180 days "
        "for deletion after graduation and its Clause 11.5 (home studio soundproofing grant).",
    ),
    (
        "p",
        "§ 18.3 Clause 11.3 of the Virtual Performance Agreement 2022–2025 (capture-suit liner "
        "allowance, per contract year) remains in force for the whole term of this Agreement. "
        "It is not superseded by this Agreement nor by any Rate Schedule.",
    ),
    ("sec", "§ 19 – Stewards and Guild access"),
    (
        "p",
        "§ 19.1 Each agency recognises the Guild's stewards. A steward may attend a capture "
        "day, a rehearsal or a show as an observer, with 48 hours' notice to the agency, and "
        "may speak with members during their breaks.",
    ),
    (
        "p",
        "§ 19.2 The agency posts the Rate Schedule, any indexation notice in force and any side "
        "letter that applies on its booking portal and in each capture studio it runs.",
    ),
    (
        "p",
        "§ 19.3 A steward may ask to see the stream logs (§ 8.6), the donation statements "
        "(§ 9.4) and the AI reports (§ 14.9) of a member who consents in writing.",
    ),
    ("sec", "§ 20 – General"),
    (
        "p",
        "§ 20.1 The English and French texts have equal force. § 20.2 Signed for the VPGO by "
        "Naledi Vos-Laurent, president, and for VEPCO by Rutger Vanterpool, chair, at Harrowgate "
        "on 20 February 2025. § 20.3 Notices under this Agreement are given in writing, by "
        "letter or e-mail, to the addresses the parties file with the Joint Rates Committee.",
    ),
]

TABLE1_HEADER = [
    "Rate unit",
    "VTuber talent",
    "Mocap performer",
    "Idol voice actor",
    "Co-host",
    "Moderator",
    "Holo performer",
]
D = "—"
TABLE1 = [
    ["per stream hour", "R650 (a)", D, D, "R420 (a)", "R260 (a)", D],
    ["guarantee per month (exclusive)", "R12 000 p.m. (d)", D, D, D, D, D],
    ["per capture day (up to 8 h)", D, "R4 800 (a)", D, D, D, D],
    ["per virtual concert", D, "R9 500", D, D, D, D],
    ["per rehearsal day (up to 7 h)", D, "R2 600", D, D, D, "R2 900"],
    ["per recording session (up to 4 h)", D, D, "R3 200 (a)", D, D, D],
    ["per song", D, D, "R1 850 (b)", D, D, D],
    ["per show", D, D, D, D, D, "R7 400 (a)"],
    ["per AI stream hour", "R540 (b)", D, D, D, D, D],
    ["AI voice clone, per month of use", "R2 750", D, "R3 100", D, D, D],
    ["per block of 10 generated minutes", "R395", D, "R440", D, D, D],
]
TABLE2_HEADER = ["Code", "Allowance or fee", "Amount", "Unit"]
TABLE2 = [
    ["A-1", "Equipment allowance (home streaming kit)", "R8 400", "per contract year"],
    ["A-2", "Internet allowance", "R450", "per month"],
    ["A-3", "Capture-suit fitting", "R310", "per hour"],
    ["A-4", "Capture-suit liner (Clause 11.3, kept)", "R640 (c)", "per contract year"],
    ["A-5", "Mileage to a capture studio beyond 40 km", "R4.80", "per km"],
    ["A-6", "Travel day without a call", "R1 100", "per day"],
    ["A-7", "Per diem, night away from home base", "R680", "per night"],
    ["A-8", "Late-night transport (stream ending after 00:00)", "R350", "per night"],
    ["A-9", "Moderator raid-response call-out", "R220", "per call-out"],
    ["A-10", "Holographic rig fitting", "R480", "per fitting"],
    ["A-11", "Avatar model update session", "R900", "per session"],
    ["A-12", "Vocal warm-up coach before a recording session", "R275", "per session"],
]
NOTES = [
    "(a) Indexable row: the Joint Rates Committee may raise this amount from 1 September 2026 "
    "by an indexation notice (§ 4.3 of the Agreement).",
    "(b) Announced for CY27/28: from 1 March 2027 (the first day of contract year 2027/28) the "
    "amount per song is R1 990 and the amount per AI stream hour is R600. Until 28 February "
    "2027 the amount printed in the table applies.",
    "(c) Kept in force by § 18.3 of the Agreement (Clause 11.3 of the 2022–2025 agreement): the "
    "same amount each contract year.",
    "(d) Exclusive talent only: the guarantee is paid whatever the number of stream hours, "
    "and stream hours are set off against it (§ 6.4).",
]

# (kind, text): "title", "p", "h", "note", "table" ("1" or "2")
SCHEDULE: list[tuple[str, str]] = [
    ("title", "Rate Schedule – Contract Year 2026/27 (CY26/27)"),
    (
        "p",
        "Issued by the VPGO / VEPCO Joint Rates Committee under § 4.1 of the Virtual Performance "
        "Agreement 2025–2028 on 2026/02/16. Effective 01-Mar-2026.",
    ),
    (
        "p",
        "This Rate Schedule replaces the Rate Schedule for contract year 2025/26 from 1 March "
        "2026 (2026/03/01). Contract year 2026/27 runs from 2026/03/01 to 2027/02/28. Work done "
        "up to and including 28 February 2026 is paid at the 2025/26 schedule.",
    ),
    ("h", "Table 1 – Fees by rate unit (rows) and role (columns)"),
    (
        "p",
        "Read the table by role: each column is a role and each row a rate unit. A dash means "
        "the unit does not apply to that role.",
    ),
    ("table", "1"),
    ("h", "Table 2 – Allowances and fees for all roles"),
    ("table", "2"),
    (
        "p",
        "The allowances above are paid on top of the fees of Table 1 under §§ 11 to 13 of the "
        "Agreement. Row A-5 is paid for each km beyond the first 40 km of a trip to a capture "
        "studio. Row A-8 is paid when a stream ends after 00:00 and the performer travels home.",
    ),
    ("h", "Notes to the tables"),
    *[("note", n) for n in NOTES],
    (
        "p",
        "Rows AI-1 to AI-3 of earlier drafts are shown in Table 1 as the last three rate units: "
        "AI stream hour, AI voice clone per month of use, and blocks of 10 generated minutes "
        "beyond the monthly cap of § 14.2.3 of the Agreement. An AI voice clone needs form AV-1 "
        "and an AI-driven autonomous stream form AS-2.",
    ),
    (
        "p",
        "For the Joint Rates Committee: Pieter Ambrose-Caron (VPGO) and Claudine Osei-Marchand "
        "(VEPCO), Harrowgate, 2026/02/16.",
    ),
]


def _row_text(row: list[str]) -> str:
    return " | ".join(c for c in row if c)


def _text(blocks: list[tuple[str, str]], tables: dict[str, list[list[str]]]) -> str:
    lines = []
    for kind, text in blocks:
        if kind == "table":
            lines += [_row_text(r) for r in tables[text]]
        else:
            lines.append(text)
    return "\n".join(lines)


def agreement_text() -> str:
    return _text(AGREEMENT, {"premiums": [PREMIUM_HEADER, *PREMIUMS]})


def schedule_text() -> str:
    return _text(SCHEDULE, {"1": [TABLE1_HEADER, *TABLE1], "2": [TABLE2_HEADER, *TABLE2]})


def _doc(header: str, orientation: str, margin: float):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", "I", 8.5)
            self.set_xy(margin, 9)
            self.cell(self.w - 2 * margin, 6, header, align="C")
            self.set_xy(margin, TOP)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("Helvetica", "", 8.5)
            self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Doc(orientation=orientation, format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(margin, TOP, margin)
    return pdf


def _check_cells(pdf, rows: list[list[str]], widths: tuple[float, ...], size: float) -> None:
    """Every cell must fit on one line (no wrapped cell text in the extracted rows)."""
    for i, row in enumerate(rows):
        pdf.set_font("Helvetica", "B" if i == 0 else "", size)
        for text, w in zip(row, widths, strict=True):
            if pdf.get_string_width(text) > w - 3:
                raise SystemExit(f"cell too wide for one line ({w} mm): {text!r}")


def _table(pdf, rows, widths, size, lh, repeat: int) -> None:
    from fpdf.fonts import FontFace

    _check_cells(pdf, rows, widths, size)
    pdf.set_font("Helvetica", "", size)
    with pdf.table(
        col_widths=widths,
        width=sum(widths),
        text_align="LEFT",
        line_height=lh,
        first_row_as_headings=True,
        repeat_headings=repeat,
        headings_style=FontFace(emphasis="BOLD"),
        padding=1.0,
        align="LEFT",
    ) as table:
        for row in rows:
            r = table.row()
            for text in row:
                r.cell(text)


class _Columns:
    """Places lines in two columns: the left column to the bottom, then the right one."""

    def __init__(self, pdf) -> None:
        self.pdf = pdf
        self.col = 0
        self.y = TOP

    def x(self) -> float:
        return MARGIN + self.col * (COL_W + GUTTER)

    def need(self, h: float) -> None:
        if self.y + h > BOTTOM:
            if self.col == 0:
                self.col = 1
            else:
                self.pdf.add_page()
                self.col = 0
            self.y = TOP

    def lines(self, text: str, style: str, size: float, lh: float) -> None:
        pdf = self.pdf
        pdf.set_font("Helvetica", style, size)
        for line in pdf.multi_cell(COL_W, lh, text, dry_run=True, output="LINES"):
            line = line.encode("latin-1").decode("cp1252")  # the dry run returns font bytes
            self.need(lh)
            pdf.set_xy(self.x(), self.y)
            pdf.cell(COL_W, lh, line)
            self.y += lh

    def gap(self, h: float) -> None:
        self.y += h


def build_agreement() -> None:
    pdf = _doc(AGREEMENT_HEADER, "P", MARGIN)
    pdf.set_auto_page_break(False)
    pdf.set_title("Virtual Performance Agreement 2025-2028")
    pdf.set_author("VPGO / VEPCO")
    pdf.set_creation_date(datetime.datetime(2025, 2, 20, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    cols = _Columns(pdf)
    for kind, text in AGREEMENT:
        if kind == "title":
            cols.lines(text, "B", 15, 7.5)
            cols.gap(2)
        elif kind == "sub":
            cols.lines(text, "I", 10.5, 5.6)
            cols.gap(3)
        elif kind == "sec":
            cols.need(6.4 + 3 * 5.8 + 3)  # keep a heading with three lines of its clause
            cols.gap(2.5)
            cols.lines(text, "B", 13.5, 7.6)
            cols.gap(0.8)
        elif kind == "table":
            rows = [PREMIUM_HEADER, *PREMIUMS]
            lh = 5.0
            cols.need(len(rows) * (lh + 2.0) + 4)
            pdf.set_xy(cols.x(), cols.y + 1)
            _table(pdf, rows, (11, 38.5, COL_W - 49.5), 8.2, lh, 0)
            cols.y = pdf.get_y() + 3
        else:
            cols.lines(text, "", 13, 7.2)
            cols.gap(2.8)
    pdf.output(AGREEMENT_OUT)
    print("wrote", AGREEMENT_OUT, pdf.pages_count, "pages")


def build_schedule() -> None:
    pdf = _doc(SCHEDULE_HEADER, "L", 15)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title("Rate Schedule CY26/27")
    pdf.set_author("VPGO-VEPCO Joint Rates Committee")
    pdf.set_creation_date(datetime.datetime(2026, 2, 16, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    for kind, text in SCHEDULE:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font("Helvetica", "B", 11.5)
            pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "note":
            pdf.set_font("Helvetica", "I", 9.5)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "table" and text == "1":
            widths = (63, 40, 34, 34, 34, 34, 28)
            _table(pdf, [TABLE1_HEADER, *TABLE1], widths, 9.5, 5.6, 1)
            pdf.ln(2)
        elif kind == "table":
            widths = (18, 110, 40, 50)
            _table(pdf, [TABLE2_HEADER, *TABLE2], widths, 10, 6.2, 0)  # header NOT repeated
            pdf.ln(3)
        else:
            pdf.set_font("Helvetica", "", 10.5)
            pdf.multi_cell(0, 5.8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(SCHEDULE_OUT)
    print("wrote", SCHEDULE_OUT, pdf.pages_count, "pages")


if __name__ == "__main__":
    build_agreement()
    build_schedule()
