#!/usr/bin/env python3
"""Build the two PDFs of union-v (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-v/make_pdf.py    # fpdf2 is in the venv

- docs/oaap-applied-performance-agreement-2025-2028.pdf: the Applied Performance Agreement
  2025-2028 as running text (portrait A4, core font in windows-1252), clauses headed
  "Clause 14 – ..." with sub-clauses "14.3" and lettered items "(b)" (cited
  "Clause 14.3(b)"), an inserted "Clause 7A"; a running header and a "Page N of M" footer
  on every page. Amounts are written the English way ("GBP 1,250", "£42.50"), one amount
  in words ("four hundred pounds"); dates "6 April 2026". Clause 14.2(b) cross-references
  "Annex 2 of the Rate Schedule"; cl. 19.3 keeps a clause of the expired agreement;
  cl. 8.6 is deleted and cl. 9.3 amended by the Lettre d'accord n° 1 (a Word document).
- docs/oaap-rate-schedule-2026-27.pdf: the Rate Schedule 2026/27 (landscape A4),
  consolidated edition of 2 November 2026. Its three rate tables are TRANSPOSED: each ROW
  is a period ("6 April 2026 – 31 October 2026", "1 November 2026 – 5 April 2027 *",
  "From 6 April 2027 (announced) †") and each COLUMN a role or kind of work; footnotes
  (a), (b), * and † under them carry conditions. Annex 1 (other fees) as lines, Annex 2
  (synthetic media fees) as an ordinary table. It replaces the Rate Schedule 2025/26 (a
  Word document) from 6 April 2026 and says so.

`agreement_text()` and `schedule_text()` return the same text for check_set.py (one
heading, paragraph or table row per line, cells joined by " "). Fixed creation dates, so
the output is reproducible.
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "oaap-applied-performance-agreement-2025-2028.pdf")
SCHEDULE_OUT = os.path.join(HERE, "docs", "oaap-rate-schedule-2026-27.pdf")
AGREEMENT_HEADER = "Applied Performance Agreement 2025–2028 – OAAP / TSCC – English text"
SCHEDULE_HEADER = "OAAP / TSCC – Rate Schedule 2026/27 – consolidated edition of 02.11.2026"

# (kind, text): "title", "sub", "art" (a clause heading), "p" (a paragraph)
AGREEMENT: list[tuple[str, str]] = [
    ("title", "Applied Performance Agreement 2025–2028"),
    (
        "sub",
        "between the Orrin Association of Applied Performers (OAAP) – in French, Association "
        "orrinaise des interprètes appliqués (AOIA) – and the Training and Simulation Clients' "
        "Council of Orrin (TSCC) – in French, Conseil des clients de la formation et de la "
        "simulation d'Orrin (CCFS) – acting for its member clients. Signed at Port Halloran, "
        "Orrin Isles Federation, on 20 March 2025. The French text, Accord sur "
        "l'interprétation appliquée 2025–2028, has equal force. All amounts are in pounds "
        "sterling.",
    ),
    ("art", "Clause 1 – Parties and scope"),
    (
        "p",
        "1.1 This Agreement applies to performers engaged by a member of the TSCC, in the "
        "Orrin Isles or for a client based in the Orrin Isles, as: (a) simulated patients for "
        "medical, nursing and allied-health training and assessment; (b) role-play actors for "
        "police training, customer-service training and other professional training; (c) "
        "presenters of corporate training videos; (d) e-learning narrators; (e) "
        "telephone-system (IVR) prompt voices; (f) station, on-board and transit announcement "
        "voices.",
    ),
    (
        "p",
        "1.2 The members of the TSCC at signature are Halloran Clinical Skills Centre Ltd, the "
        "Orrin Police Academy (Académie de police d'Orrin), the Centre de simulation en santé "
        "de Saint-Brévin, Brightwell Learning plc, Quayline Customer Care Ltd, Tidemark Voice "
        "Systems Ltd and Orrin Island Rail & Ferries (OIRF). A client that joins the TSCC "
        "later is bound from the day it joins.",
    ),
    (
        "p",
        "1.3 This Agreement sets minimum terms. An individual contract may improve on them, "
        "never reduce them.",
    ),
    (
        "p",
        "1.4 The Rate Schedule in force (Clause 4), with its Annex 1 (other fees) and Annex 2 "
        "(synthetic media fees), forms part of this Agreement.",
    ),
    ("art", "Clause 2 – Definitions"),
    (
        "p",
        '2.1 In this Agreement: (a) "simulated patient" (SP) means a performer who portrays a '
        "patient, a relative or a carer for the training or assessment of health "
        'professionals; (b) "role-play actor" means a performer who portrays a member of the '
        "public, a suspect, a witness, a customer or a colleague in a training exercise; (c) "
        '"session" means a booked block of simulation work of up to three and a half hours '
        '(3.5 h), briefing included, such as a circuit of assessment stations; (d) "feedback '
        'debrief" means the spoken feedback that a simulated patient or role-play actor gives '
        "to one learner after an encounter, lasting up to fifteen (15) minutes; (e) "
        '"finished minute" means one minute of narration as heard in the finished e-learning '
        'course or video; (f) "prompt" means one recorded message, menu option or phrase of a '
        'telephone system; (g) "prompt session" means a booked recording session for '
        'prompts; (h) "station list" means a recording of up to forty (40) station, stop or '
        'pier names with their standard announcements for one line or route; (i) "channel" '
        "means one telephone number, application, website, kiosk or public-address network "
        'on which a synthetic voice is deployed; (j) "module" means one finished unit of an '
        'e-learning course or training video as delivered to the client; (k) "rate year" has '
        "the meaning given in cl. 3.2.",
    ),
    (
        "p",
        "2.2 The terms used in Clause 14 (text-to-speech voice, avatar presenter, virtual "
        "patient, synthetic update) are defined in cl. 14.1. The fees due under Clause 14.2(b) "
        "and Clause 14.3(b) are set in Annex 2 of the Rate Schedule.",
    ),
    ("art", "Clause 3 – Term and rate years"),
    ("p", "3.1 This Agreement runs from 6 April 2025 to 5 April 2028."),
    (
        "p",
        "3.2 It is divided into three rate years, each running from 6 April to 5 April of the "
        "following year: 2025/26, 2026/27 and 2027/28. Rates change on 6 April of each year, "
        "except for a rate raised under cl. 5.4.",
    ),
    (
        "p",
        "3.3 Work is paid at the rate in force on the day it is done. A prompt or a station "
        "list is paid at the rate in force on the day it is recorded, whenever it is first "
        "used.",
    ),
    (
        "p",
        "3.4 Either party may give notice to bargain a renewal between 6 October 2027 and "
        "6 January 2028. This Agreement stays in force until it is renewed.",
    ),
    ("art", "Clause 4 – Rate Schedule"),
    (
        "p",
        "4.1 For each rate year the OAAP–TSCC Joint Rates Panel issues a Rate Schedule setting "
        "the minimum rates by kind of work and role, with Annex 1 (other fees) and Annex 2 "
        "(synthetic media fees).",
    ),
    (
        "p",
        "4.2 The Rate Schedule of a rate year replaces that of the previous rate year from "
        "6 April of that year. The Rate Schedule 2025/26 is issued with this Agreement; the "
        "Rate Schedule 2026/27 applies from 6 April 2026.",
    ),
    (
        "p",
        "4.3 A Rate Schedule may also show rates already agreed for the following rate year. "
        "Such rates apply only from the date shown beside them.",
    ),
    ("p", "4.4 No rate of a Rate Schedule may be lower than the same rate of the previous one."),
    ("art", "Clause 5 – Rates"),
    (
        "p",
        "5.1 Simulation work is paid by the hour or by the session, at the rate for the role: "
        "simulated patient (standard), simulated patient with physical examination, role-play "
        "actor for police training, role-play actor for customer-service or other "
        "professional training. Each feedback debrief is paid in addition, at the rate per "
        "debrief.",
    ),
    (
        "p",
        "5.2 A corporate presenter is paid by the half day (up to four (4) hours) or by the "
        "full day (up to eight (8) hours). Time beyond a full day is paid, per hour, at one "
        "eighth of the full-day rate.",
    ),
    (
        "p",
        "5.3 An e-learning narrator is paid per finished minute; an IVR prompt voice per "
        "prompt, with a minimum per prompt session; an announcement voice per station list.",
    ),
    (
        "p",
        "5.4 Mid-year review. In October 2026 the Joint Rates Panel reviews the rates for "
        "e-learning narration and IVR prompts against the market survey of cl. 5.5 and may "
        "raise either of them from 1 November 2026. A rate so raised is shown in the Rate "
        "Schedule 2026/27 with both of its periods.",
    ),
    (
        "p",
        "5.5 The market survey is carried out by an independent firm chosen jointly by the "
        "parties; its report is sent to the Association.",
    ),
    ("art", "Clause 6 – Booking and minimum calls"),
    (
        "p",
        "6.1 Every engagement is confirmed in writing at least seventy-two (72) hours before "
        "the call, stating the role, the rate, the place, and whether a physical examination "
        "or an emotionally intense scenario is foreseen.",
    ),
    (
        "p",
        "6.2 Minimum calls: (a) simulation work booked by the hour: two (2) hours; (b) "
        "simulation work booked by the session: one session; (c) a corporate presenter: a "
        "half day; (d) a prompt session: the session minimum of the Rate Schedule, whatever "
        "the number of prompts recorded; (e) an announcement voice: one station list.",
    ),
    (
        "p",
        "6.3 A simulated patient takes part in no more than twelve (12) encounters, and gives "
        "no more than twelve (12) feedback debriefs, in one session.",
    ),
    (
        "p",
        "6.4 A break of at least fifteen (15) minutes is given after every ninety (90) "
        "minutes of simulation work, and a meal break of thirty (30) minutes after four "
        "hours.",
    ),
    ("art", "Clause 7 – Payment"),
    (
        "p",
        "7.1 The performer's invoice is paid within fourteen (14) days after it is received.",
    ),
    (
        "p",
        "7.2 Each payment comes with a statement of the rates, premiums, debriefs, travel time "
        "and fees it covers; for self-billing, see cl. 7A.",
    ),
    ("p", "7.3 Fees under Clause 14 are invoiced on each anniversary of the licence."),
    (
        "p",
        "7.4 A late payment bears a charge of GBP 25 per week of delay, up to GBP 1,250 per "
        "invoice, paid to the performer with the late amount.",
    ),
    ("art", "Clause 7A – Self-billing"),
    (
        "p",
        "7A.1 A client may, with the performer's written agreement, issue the invoice on the "
        "performer's behalf (self-billing). The time limit of cl. 7.1 then runs from the last "
        "day of the work, and cl. 7.4 applies.",
    ),
    (
        "p",
        "7A.2 The Association may audit the self-billing statements of a client once in each "
        "rate year.",
    ),
    ("art", "Clause 8 – Cancellation"),
    (
        "p",
        "8.1 A booking cancelled by the client is paid according to the notice given before "
        "the start of the call: (a) less than forty-eight (48) hours: 100% of the booked fee; "
        "(b) from two (2) to seven (7) days: 50% of the booked fee; (c) more than seven (7) "
        "days: no fee.",
    ),
    (
        "p",
        "8.2 The booked fee includes the feedback debriefs booked and the physical-examination "
        "rate when one was foreseen, but not travel time.",
    ),
    (
        "p",
        "8.3 If the client offers another date within fourteen (14) days and the performer "
        "accepts it, the fee of cl. 8.1(b) is not due.",
    ),
    (
        "p",
        "8.4 A performer who cannot attend gives the client at least forty-eight (48) hours' "
        "notice, save in an emergency.",
    ),
    (
        "p",
        "8.5 A learner's absence is not a cancellation: the session is paid in full and the "
        "performer stays available for the booked time.",
    ),
    (
        "p",
        "8.6 Severe weather. When the client cancels because the ferries to the island where "
        "the work is to take place are suspended by the harbour authority, no cancellation "
        "fee is payable.",
    ),
    ("art", "Clause 9 – Physical examination and premiums"),
    (
        "p",
        "9.1 Physical examination. When a learner performs a physical examination on a "
        "simulated patient, the rate for a simulated patient with physical examination "
        "applies to the whole session, or to every hour of the booking. Only the examinations "
        "listed in the engagement may be performed. Intimate examinations are never part of "
        "simulated-patient work under this Agreement. A chaperone named by the client is "
        "present at every physical-examination station.",
    ),
    (
        "p",
        "9.2 Intensity premium. A premium of twenty per cent (20%) of the base rate is paid "
        "for any hour or session that includes an emotionally intense scenario: breaking bad "
        "news, a death or suicide-risk scenario, an aggressive or distressed customer, an "
        "arrest or use-of-force exercise, or a scenario involving abuse or domestic violence.",
    ),
    (
        "p",
        "9.3 Late-night premium. A premium of twenty-five per cent (25%) of the base rate is "
        "paid for every hour worked between 22:00 and 06:00.",
    ),
    (
        "p",
        "9.4 Premiums are calculated on the base rate and are added, not compounded. They are "
        "not paid on travel time, on feedback debriefs or on fees under Clause 14.",
    ),
    ("art", "Clause 10 – Travel"),
    (
        "p",
        "10.1 Travel time over thirty (30) minutes each way, between the performer's home "
        "town and the place of work, is paid at half (50%) of the performer's hourly rate. "
        "For a presenter, the hourly rate is one eighth of the full-day rate.",
    ),
    (
        "p",
        "10.2 Travel is by the route the client approves. Ferry and rail fares are reimbursed "
        "at cost, on receipts, within the time limit of cl. 7.1.",
    ),
    ("p", "10.3 For a crossing to an outer island, see cl. 19.3."),
    ("art", "Clause 11 – Simulated-patient work"),
    (
        "p",
        "11.1 The case materials, with the list of examinations foreseen, are sent to the "
        "performer at least forty-eight (48) hours before the session.",
    ),
    (
        "p",
        "11.2 Before each session the performer consents on form SP-2 to the examinations "
        "listed. The consent may be withdrawn at any time; an examination stops at once when "
        "the performer says the agreed stop word.",
    ),
    (
        "p",
        "11.3 A simulated patient is never asked to disclose their own medical history. "
        "Anything a learner or a client learns about a performer's own health is "
        "confidential.",
    ),
    (
        "p",
        "11.4 Feedback debriefs follow the client's feedback model. A debrief that lasts more "
        "than fifteen (15) minutes counts as two debriefs.",
    ),
    (
        "p",
        "11.5 Recording of sessions. A client may record a session for teaching and for the "
        "review of learners' performance, after telling the performers. The recording is kept "
        "no longer than twelve (12) months and is used for no other purpose. Clause 14.4 "
        "applies to virtual patients.",
    ),
    ("art", "Clause 12 – Presenter and voice work"),
    (
        "p",
        "12.1 A presenter's engagement names the client, the course and the number of "
        "modules. Footage of a presenter may be used only in the course named.",
    ),
    (
        "p",
        "12.2 E-learning narration: retakes for the narrator's own errors are not paid; script "
        "changes made by the client after recording are paid per finished minute, with a "
        "minimum of fifteen (15) finished minutes.",
    ),
    (
        "p",
        "12.3 IVR prompts are licensed for use on the telephone system named in the contract "
        "for five (5) years from recording.",
    ),
    (
        "p",
        "12.4 A licence is renewed for a further five (5) years at 50% of the per-prompt rate "
        "in force on the day of the renewal.",
    ),
    (
        "p",
        "12.5 Perpetual-use buy-out. The client may buy the perpetual use of a prompt on the "
        "system named in the contract for one hundred and fifty per cent (150%) of the "
        "per-prompt rate in force on the day of the buy-out. A perpetual-use buy-out never "
        "covers synthetic use: a text-to-speech voice built from the prompts needs the "
        "licence of cl. 14.2.",
    ),
    (
        "p",
        "12.6 An announcement voice records one station list per line or route. Names beyond "
        "forty are paid as set out in Annex 1 of the Rate Schedule.",
    ),
    ("art", "Clause 13 – Consent and privacy"),
    (
        "p",
        "13.1 A client uses a performer's personal data only for the engagement and shares it "
        "with no one but the Association.",
    ),
    (
        "p",
        "13.2 A performer's name is credited on a training video or in the documentation of a "
        "telephone system only with the performer's consent.",
    ),
    (
        "p",
        "13.3 Performers keep confidential what they learn about learners, their results and "
        "the client's assessment materials.",
    ),
    (
        "p",
        "13.4 Photographs or footage of a simulated patient or a role-play actor are not used "
        "to promote the client's courses without the performer's written consent.",
    ),
    ("art", "Clause 14 – Synthetic media"),
    (
        "p",
        '14.1 In this Clause: (a) "text-to-speech voice" (TTS voice) means a synthetic voice, '
        "built in whole or in part from the recordings of a prompt voice, that can speak text "
        'the performer never recorded; (b) "avatar presenter" means a synthetic figure '
        'generated from the likeness and voice of a presenter; (c) "virtual patient" means '
        "software that simulates a patient in conversation with a learner, on a screen or in "
        'a headset; (d) "synthetic update" means a change to an existing prompt made with a '
        "synthetic voice (a new date, price or menu option read in the performer's voice) "
        "without a new recording.",
    ),
    (
        "p",
        "14.2 TTS voices. (a) No TTS voice may be built from a performer's recordings without "
        "the performer's separate written consent on form SV-1, naming the client, the "
        "channels and the languages. (b) The client pays an annual licence fee per channel "
        "and per language, as set out in Annex 2 of the Rate Schedule (row AI-1). (c) A new "
        "channel or a new language needs a new consent and a further fee. (d) A reference "
        "recording session for a TTS voice is paid at row AI-4.",
    ),
    (
        "p",
        "14.3 Avatar presenters. (a) An avatar presenter may be generated from a presenter's "
        "likeness only with the presenter's consent given on form AV-3 for each client; a "
        "consent given to one client does not extend to another client, even of the same "
        "group. (b) The client pays a fee per finished module in which the avatar appears, as "
        "set out in Annex 2 of the Rate Schedule (row AI-2). (c) Every module using an avatar "
        'presenter shows the label "Presenter generated with AI – Présentateur généré par '
        'IA" at the start of the module for at least five (5) seconds and names the presenter '
        "in the credits. (d) An avatar presenter is not used to announce disciplinary "
        "measures or job losses, nor in a module the presenter has not approved in writing.",
    ),
    (
        "p",
        "14.4 Virtual patients. No recording of a simulated-patient session, and no case "
        "material written for a performer, may be used to train, build, fine-tune or test "
        "virtual-patient software without a separate licence agreed with each performer "
        "concerned on form VP-2 and notified to the Association. The licence fee is agreed "
        "case by case but is not less than four hundred pounds per performer and per "
        "scenario. Consent to the recording of a session under cl. 11.5 is not such a "
        "licence.",
    ),
    (
        "p",
        "14.5 Synthetic updates. A client may make synthetic updates to the prompts of a "
        "performer who has consented on form SV-1; each updated prompt is paid the re-use fee "
        "of Annex 2 (row AI-3). A prompt updated more than twice must be re-recorded by the "
        "performer at the per-prompt rate.",
    ),
    (
        "p",
        "14.6 Retention and deletion. The voice model, the avatar data and the reference "
        "recordings are deleted within sixty (60) days after the licence ends or the consent "
        "is withdrawn; the client sends the performer and the Association a deletion "
        "certificate within fifteen (15) days after the deletion.",
    ),
    (
        "p",
        "14.7 Withdrawal. A performer may withdraw a consent given under cl. 14.2 or 14.3 by "
        "written notice to the client and the Association; the withdrawal takes effect "
        "ninety (90) days after the notice. Channels and modules already published may be "
        "used until then; no new use begins after the notice.",
    ),
    (
        "p",
        "14.8 A dispute under this Clause is referred to the Joint Synthetic Media Panel, "
        "which meets within twenty-one (21) days.",
    ),
    ("art", "Clause 15 – Wellbeing at work"),
    (
        "p",
        "15.1 Clients provide a quiet room for breaks, drinking water and, at "
        "physical-examination stations, a gown and a screen.",
    ),
    (
        "p",
        '15.2 After an emotionally intense scenario the performer is offered a "de-role" '
        "conversation with the simulation lead, paid at the hourly rate.",
    ),
    ("p", "15.3 A performer may stop a scenario that becomes unsafe."),
    ("art", "Clause 16 – Grievances"),
    (
        "p",
        "16.1 A grievance is filed in writing within thirty (30) days after the events. It is "
        "heard by the Joint Panel within twenty-one (21) days after it is filed.",
    ),
    (
        "p",
        "16.2 A grievance under Clause 14 is heard by the Joint Synthetic Media Panel (cl. 14.8).",
    ),
    ("art", "Clause 17 – Association rights"),
    (
        "p",
        "17.1 At the performer's request, the client deducts the Association's dues from each "
        "payment and remits them to the Association every month.",
    ),
    (
        "p",
        "17.2 An Association steward may visit a simulation centre or a recording studio "
        "during working hours, with one day's notice.",
    ),
    ("art", "Clause 18 – Amendment"),
    (
        "p",
        "18.1 This Agreement may be amended only by a side letter signed by both parties and "
        "ratified by the Association's members.",
    ),
    ("art", "Clause 19 – Previous agreement"),
    (
        "p",
        "19.1 This Agreement replaces the Simulation and Voice Agreement 2022–2025, which "
        "expired on 5 April 2025.",
    ),
    (
        "p",
        "19.2 Subject to cl. 19.3, every clause of that agreement is superseded from 6 April 2025.",
    ),
    (
        "p",
        "19.3 Notwithstanding cl. 19.2, Clause 12.3 of the Simulation and Voice Agreement "
        "2022–2025 (island crossing allowance of £42.50 per return crossing to an outer "
        "island) remains in force for the whole term of this Agreement. It is not superseded "
        "by this Agreement nor by any Rate Schedule.",
    ),
    ("art", "Clause 20 – Signature"),
    (
        "p",
        "Signed at Port Halloran on 20 March 2025. For the OAAP: Morwenna Achterberg-Doyle, "
        "President, and Étienne Kerhervé-Sloane, General Secretary. For the TSCC: Alistair "
        "Penhaligon-Roux, Chair, and Fionnuala Brisebois, Director of Employment Relations.",
    ),
]

# ----------------------------------------------------------------------------------------
# Rate Schedule 2026/27 (landscape; transposed tables: periods are rows, roles are columns)
# ----------------------------------------------------------------------------------------

P1 = "6 April 2026 – 31 October 2026"
P2 = "1 November 2026 – 5 April 2027 *"
P3 = "From 6 April 2027 (announced) †"
PERIODS = [P1, P2, P3]

SCHEDULE_INTRO: list[tuple[str, str]] = [
    ("title", "Rate Schedule 2026/27"),
    (
        "sub",
        "OAAP–TSCC Joint Rates Panel. Applied Performance Agreement 2025–2028, Clause 4. "
        "Rate year 2026/27: 6 April 2026 to 5 April 2027. Consolidated edition of "
        "2 November 2026, including the mid-year review of cl. 5.4 and the rates agreed for "
        "the rate year 2027/28.",
    ),
    ("art", "1. Replacement of the Rate Schedule 2025/26"),
    (
        "p",
        "This Rate Schedule replaces the Rate Schedule 2025/26 from 6 April 2026. Work done "
        "up to 5 April 2026 remains payable under the Rate Schedule 2025/26 (Word edition), "
        "whenever it is invoiced.",
    ),
    ("art", "2. How to read the tables"),
    (
        "p",
        "The tables are arranged by period: each ROW is a period and each COLUMN a role or a "
        "kind of work. Find the row of the period in which the work is done, then read "
        "across to the column of the role. Amounts are minimums in pounds sterling; small "
        'amounts are shown in pence ("p"). SP means simulated patient. Premiums (Clause 9), '
        "travel time (Clause 10) and cancellation (Clause 8) are set by the Agreement, as "
        "amended, and are not repeated here.",
    ),
]

T1_TITLE = "Table 1 – Simulated patients (SP) and feedback debriefs"
T1_HEADER = [
    "Period",
    "SP standard, per hour",
    "SP standard, per session",
    "SP with physical exam (a), per hour",
    "SP with physical exam (a), per session",
    "Feedback debrief (b), each",
]
T1_WIDTHS = [48, 33, 37, 50, 55, 40]
T1_ROWS = [
    [P1, "£27.40", "£92.50", "£34.80", "£118.00", "£19.75"],
    [P2, "£27.40", "£92.50", "£34.80", "£118.00", "£19.75"],
    [P3, "£28.35", "£96.00", "£36.10", "£122.50", "£20.40"],
]
T1_NOTES = [
    "(a) The rate with physical examination applies to the whole session, or to every hour "
    "of the booking, as soon as one examination is performed (cl. 9.1 of the Agreement).",
    "(b) One feedback debrief is one learner's feedback of up to 15 minutes; a longer debrief "
    "counts as two (cl. 11.4). Debriefs are paid in addition to the hourly or session rate.",
]

T2_TITLE = "Table 2 – Role-play actors"
T2_HEADER = [
    "Period",
    "Police training, per hour",
    "Police training, per session",
    "Customer service, per hour",
    "Customer service, per session",
]
T2_WIDTHS = [50, 50, 55, 52, 58]
T2_ROWS = [
    [P1, "£31.60", "£106.50", "£25.20", "£83.75"],
    [P2, "£31.60", "£106.50", "£25.20", "£83.75"],
    [P3, "£32.70", "£110.25", "£26.05", "£86.60"],
]

T3_TITLE = "Table 3 – Presenters, narrators and voice work"
T3_HEADER = [
    "Period",
    "Presenter, half day",
    "Presenter, full day",
    "E-learning, per finished minute",
    "IVR, per prompt",
    "IVR, session minimum",
    "Station list (announcements)",
]
T3_WIDTHS = [48, 30, 30, 46, 27, 36, 48]
T3_ROWS = [
    [P1, "£325.00", "£572.50", "£6.45", "78p", "£88.00", "£665.00"],
    [P2, "£325.00", "£572.50", "£6.80", "82p", "£88.00", "£665.00"],
    [P3, "£336.50", "£590.00", "£7.05", "85p", "£91.50", "£689.00"],
]
TABLE_NOTES = [
    "* Mid-year review (cl. 5.4 of the Agreement): from 1 November 2026 only the e-learning "
    "rate per finished minute and the IVR rate per prompt are raised. In Tables 1 and 2, and "
    "in the other columns of Table 3, this row repeats the rates in force since 6 April 2026.",
    "† Rates agreed by the Joint Rates Panel on 28 October 2026 for the rate year 2027/28. "
    "They apply only to work done from 6 April 2027 and are not payable before that date "
    "(cl. 4.3 of the Agreement).",
]

ANNEX1: list[tuple[str, str]] = [
    ("art", "Annex 1 – Other fees (rate year 2026/27)"),
    (
        "p",
        "A1-1 Station names beyond forty on one station list (cl. 12.6): £9.50 per name.",
    ),
    (
        "p",
        "A1-2 Perpetual-use buy-out of a recorded prompt (cl. 12.5): 150% of the per-prompt "
        "rate in force on the day of the buy-out.",
    ),
    (
        "p",
        "A1-3 Renewal of a prompt licence for five years (cl. 12.4): 50% of the per-prompt "
        "rate in force on the day of the renewal.",
    ),
    (
        "p",
        "A1-4 Corporate presenter, each hour beyond a full day (cl. 5.2): one eighth of the "
        "full-day rate.",
    ),
    (
        "p",
        "A1-5 Script changes after recording (cl. 12.2): the rate per finished minute, with a "
        "minimum of 15 finished minutes.",
    ),
]

ANNEX2_TITLE = "Annex 2 – Synthetic media fees (Clause 14 of the Agreement), rate year 2026/27"
ANNEX2_INTRO = (
    "These fees apply for the whole rate year 2026/27; they were not changed on "
    "1 November 2026. The fees of Annex 2 for the rate year 2027/28 have not been agreed."
)
ANNEX2_HEADER = ["Row", "Item", "Fee"]
ANNEX2_WIDTHS = [18, 205, 44]
ANNEX2_ROWS = [
    [
        "AI-1",
        "Text-to-speech voice built from a prompt voice – annual licence, per channel and per "
        "language (Clause 14.2(b))",
        "£1,250.50",
    ],
    ["AI-2", "Avatar presenter – per finished module (Clause 14.3(b))", "£285.00"],
    [
        "AI-3",
        "Synthetic update of an existing prompt – re-use fee per updated prompt (Clause 14.5)",
        "45p",
    ],
    [
        "AI-4",
        "Reference recording session for a TTS voice or an avatar, up to 4 hours (Clause 14.2(d))",
        "£212.50",
    ],
    [
        "AI-5",
        "Virtual-patient licence (Clause 14.4) – separate licence on form VP-2",
        "see cl. 14.4",
    ],
]
SCHEDULE_END: list[tuple[str, str]] = [
    (
        "p",
        "Issued by the Joint Rates Panel on 02.11.2026. For the OAAP: Étienne "
        "Kerhervé-Sloane, General Secretary. For the TSCC: Fionnuala Brisebois, Director of "
        "Employment Relations.",
    ),
]


def _text(blocks: list[tuple[str, str]]) -> str:
    return "\n".join(text for _, text in blocks)


def agreement_text() -> str:
    return _text(AGREEMENT)


def schedule_text() -> str:
    lines = [_text(SCHEDULE_INTRO)]
    for title, header, rows in (
        (T1_TITLE, T1_HEADER, T1_ROWS),
        (T2_TITLE, T2_HEADER, T2_ROWS),
        (T3_TITLE, T3_HEADER, T3_ROWS),
    ):
        lines.append(title)
        lines.append(" ".join(header))
        lines += [" ".join(r) for r in rows]
        if title == T1_TITLE:
            lines += T1_NOTES
    lines += TABLE_NOTES
    lines.append(_text(ANNEX1))
    lines.append(ANNEX2_TITLE)
    lines.append(ANNEX2_INTRO)
    lines.append(" ".join(ANNEX2_HEADER))
    lines += [" ".join(r) for r in ANNEX2_ROWS]
    lines.append(_text(SCHEDULE_END))
    return "\n".join(lines)


def _doc(header: str, orientation: str):
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

    pdf = Doc(orientation=orientation, format="A4")
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
        elif kind == "art":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("Helvetica", "", 10.5)
            pdf.multi_cell(0, 5.8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)


def _table(pdf, header, widths, rows, row_h: float, size: float = 8.5) -> None:
    """A header row and rows of single-line cells (no page break inside)."""
    if pdf.get_y() + row_h * (len(rows) + 1) > pdf.page_break_trigger:
        pdf.add_page()
    pdf.set_font("Helvetica", "B", size - 0.5)
    pdf.set_fill_color(225, 225, 225)
    for w, text in zip(widths, header, strict=True):
        if pdf.get_string_width(text) > w - 2:
            raise SystemExit(f"header cell too wide for {w} mm: {text!r}")
        pdf.cell(w, row_h, text, border=1, fill=True)
    pdf.ln(row_h)
    pdf.set_font("Helvetica", "", size)
    for row in rows:
        for w, text in zip(widths, row, strict=True):
            if pdf.get_string_width(text) > w - 2:
                raise SystemExit(f"cell too wide for {w} mm: {text!r}")
        for w, text in zip(widths, row, strict=True):
            pdf.cell(w, row_h, text, border=1)
        pdf.ln(row_h)
    pdf.ln(2)


def _notes(pdf, notes: list[str]) -> None:
    pdf.set_font("Helvetica", "I", 9)
    for note in notes:
        pdf.multi_cell(0, 5, note, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(2)


def _heading(pdf, text: str, keep_with: float = 0.0) -> None:
    """A table heading; a new page first when it and the next `keep_with` mm do not fit."""
    if pdf.get_y() + 8 + keep_with > pdf.page_break_trigger:
        pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def build_agreement() -> None:
    pdf = _doc(AGREEMENT_HEADER, "P")
    pdf.set_title("Applied Performance Agreement 2025-2028")
    pdf.set_author("OAAP / TSCC")
    pdf.set_creation_date(datetime.datetime(2025, 3, 20, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    _blocks(pdf, AGREEMENT)
    pdf.output(AGREEMENT_OUT)
    print("wrote", AGREEMENT_OUT, pdf.pages_count, "pages")


def build_schedule() -> None:
    pdf = _doc(SCHEDULE_HEADER, "L")
    pdf.set_title("Rate Schedule 2026/27")
    pdf.set_author("OAAP-TSCC Joint Rates Panel")
    pdf.set_creation_date(datetime.datetime(2026, 11, 2, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    _blocks(pdf, SCHEDULE_INTRO)
    _heading(pdf, T1_TITLE, keep_with=34)
    _table(pdf, T1_HEADER, T1_WIDTHS, T1_ROWS, row_h=8.0)
    _notes(pdf, T1_NOTES)
    _heading(pdf, T2_TITLE, keep_with=34)
    _table(pdf, T2_HEADER, T2_WIDTHS, T2_ROWS, row_h=8.0)
    _heading(pdf, T3_TITLE, keep_with=34)
    _table(pdf, T3_HEADER, T3_WIDTHS, T3_ROWS, row_h=8.0)
    _notes(pdf, TABLE_NOTES)
    _blocks(pdf, ANNEX1)
    _heading(pdf, ANNEX2_TITLE, keep_with=60)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(0, 5.8, ANNEX2_INTRO, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _table(pdf, ANNEX2_HEADER, ANNEX2_WIDTHS, ANNEX2_ROWS, row_h=8.0)
    _blocks(pdf, SCHEDULE_END)
    pdf.output(SCHEDULE_OUT)
    print("wrote", SCHEDULE_OUT, pdf.pages_count, "pages")


if __name__ == "__main__":
    build_agreement()
    build_schedule()
