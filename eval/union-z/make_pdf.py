#!/usr/bin/env python3
"""Build the two PDFs of union-z (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-z/make_pdf.py    # fpdf2 and pypdf are in the venv

- docs/kvlg-ai-data-performance-agreement-2024-2027.pdf: the AI Data and Digital Double
  Performance Agreement 2024-2027 as RUNNING TEXT on portrait A4 pages, with a running header
  and a "Page N of M" footer on every page. Articles are headed "Article 7 – ...", their
  paragraphs numbered "1.", "2." ... with lettered items "(a)", "(b)"; cross-references read
  "art. 7(3)(b)" or "Article 7, paragraph 3(b)". ONE LANDSCAPE PAGE (a portrait page with
  /Rotate 90, its content drawn turned so that it reads upright once the page is rotated)
  holds the Table of Premiums of Article 9. FOOTNOTE MARKERS are glued to amounts
  ("15 000 FCFA¹") and the footnotes are printed at the foot of the page that holds the
  marker. Amounts are written "15 000 FCFA" (plain space thousands). Article 22 keeps one
  clause of the expired 2021-2024 agreement in force and drops another.
- docs/rate-schedule-ay-2026-27.pdf: the Rate Schedule for agreement year 2026/27 on
  landscape A4 pages. Its table has TWO-LEVEL COLUMN HEADERS: the group headers "AY 2025/26"
  and "AY 2026/27" each span the sub-columns "Base" and "With royalty advance"; the first and
  last header cells ("Role and rate unit", "Notes") span both header rows. A NOTES column
  closes each row, and the take-block row's label WRAPS onto two lines within its cell.
  Amounts are written "XOF 48 000" (code, space thousands) so that two neighbouring cells
  never read as one number. It replaces the AY 2025/26 schedule from 1 October 2026.

`agreement_text()` and `schedule_text()` return the same text for check_set.py (one heading,
paragraph, footnote or table row per line, cells joined by " | "). Fixed creation dates, so
the output is reproducible (the /Rotate of the landscape page is set with pypdf, which writes
the same bytes each time).
"""

from __future__ import annotations

import datetime
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "kvlg-ai-data-performance-agreement-2024-2027.pdf")
SCHEDULE_OUT = os.path.join(HERE, "docs", "rate-schedule-ay-2026-27.pdf")
AGREEMENT_HEADER = "AI Data and Digital Double Performance Agreement 2024–2027 – KVLG / KSMPA"
SCHEDULE_HEADER = (
    "KVLG / KSMPA Joint Rates Committee – Rate Schedule AY 2026/27 – issued 15.09.2026"
)

# portrait page geometry (mm)
MARGIN = 22.0
TOP = 24.0
BOTTOM = 297.0 - 22.0
TEXT_W = 210.0 - 2 * MARGIN
FOOT_LH = 4.6  # footnote line height

FOOTNOTES = {
    "¹": "¹ Paid only when the performer brings their own clothes at the company's written "
    "request; the company's own scan wardrobe costs the performer nothing.",
    "²": "² Fixed for the whole term of this Agreement; the rate schedules do not change it.",
    "³": "³ Clause 12(4) of the Voice and Likeness Agreement 2021–2024, kept in force by "
    "art. 22(2); paid in October of each agreement year.",
}

PREMIUM_HEADER = ["Code", "Premium", "Who receives it", "Rate", "Basis"]
PREMIUMS = [
    [
        "P-1",
        "Night work, 22:00 to 06:00",
        "every role",
        "25 %",
        "of the rate, for each hour or part of one",
    ],
    ["P-2", "Short-notice booking (art. 5(1))", "every role", "15 %", "of the booked fee"],
    ["P-3", "Public holiday of the Republic", "every role", "100 %", "of the fee for the day"],
    [
        "P-4",
        "Overtime beyond 8 hours",
        "dataset and scan performers",
        "30 %",
        "of the day or session fee, per started hour",
    ],
    [
        "P-5",
        "Extreme expression or stunt motion",
        "dataset performers",
        "20 %",
        "of the session day fee",
    ],
    [
        "P-6",
        "Script in a foreign language",
        "TTS voice talent, dub-match",
        "10 %",
        "of the hourly or per-minute rate",
    ],
]

# (kind, text): "title", "sub", "art" (an article heading), "p" (a paragraph), "table" (the
# landscape Table of Premiums, on a page of its own)
AGREEMENT: list[tuple[str, str]] = [
    ("title", "AI Data and Digital Double Performance Agreement 2024–2027"),
    (
        "sub",
        "between the Kessara Voice and Likeness Guild (KVLG) – in French, Guilde de la voix et de "
        "l'image de Kessara (GVIK) – and the Kessara Synthetic Media Producers' Association "
        "(KSMPA) – in French, Association des producteurs de médias synthétiques de Kessara "
        "(APMSK) – acting for its member companies. Signed at Talmakou, Republic of Kessara, on "
        "20 September 2024. The French text, Accord sur les prestations de données IA et de "
        "doubles numériques 2024–2027, has equal force. All amounts are in francs of the Gulf "
        "Monetary Union (FCFA; code XOF) and are whole francs.",
    ),
    ("art", "Article 1 – Parties and scope"),
    (
        "p",
        "1. This Agreement applies to performers engaged by a member company of KSMPA for work in "
        "the Republic of Kessara as: (a) text-to-speech (TTS) voice talent, who record scripts "
        "used to build a synthetic voice; (b) dataset performers, who give facial-expression and "
        "motion data sessions for the training of AI systems; (c) digital-double scan performers, "
        "who sit for full-body and head scans; (d) synthetic-voice directors; (e) lip-sync and "
        "dub-match performers, who record reference performances for AI dubbing.",
    ),
    (
        "p",
        "2. The member companies at signature are Vocalis Labs Kessara SARL, Talmakou Dub "
        "Factory, NeuroMime Studios, Baobab Digital Doubles SA, Lagune Speech AI and Dunebridge "
        "Volumetric Stage. A company that joins KSMPA later is bound from the day it joins.",
    ),
    (
        "p",
        "3. This Agreement sets minimum terms. An individual contract may improve on them and "
        "may never reduce them.",
    ),
    ("art", "Article 2 – Definitions"),
    (
        "p",
        '1. In this Agreement: (a) "finished studio hour" means one hour of edited, delivered '
        'recording, whatever the time spent in the booth; (b) "session day" means a call of up '
        'to 8 hours for a dataset performer; (c) "take block" means a block of 25 takes of '
        'expressions or movements; (d) "scan session" means a call of up to 4 hours on a scan '
        'stage; (e) "directed hour" means one hour of directing in a booth or on a stage; '
        '(f) "finished minute of programme" means one minute of the dubbed programme as '
        "delivered.",
    ),
    (
        "p",
        '2. "Synthetic voice" means a voice model built from a performer\'s recordings; '
        '"digital double" means a model of a performer\'s face or body built from scans; '
        '"net receipts" means the sums received by the company for the sale or licensing of a '
        "synthetic voice, less refunds and the commission of a sales platform.",
    ),
    (
        "p",
        '3. "Home base" means the city named in the performer\'s contract. "Scan stage" means a '
        "stage where scans are made, such as the Dunebridge Volumetric Stage at Sirako.",
    ),
    ("art", "Article 3 – Term and agreement years"),
    (
        "p",
        "1. This Agreement runs from 1 October 2024 to 30 September 2027. It replaces the Voice "
        "and Likeness Agreement 2021–2024, which expired on 30 September 2024, subject to "
        "Article 22.",
    ),
    (
        "p",
        "2. It is divided into three agreement years, each running from 1 October to 30 September "
        "of the following year: agreement year 2024-25 (AY 2024/25), agreement year 2025-26 "
        "(AY 2025/26) and agreement year 2026-27 (AY 2026/27); in French, exercice 2024-2025, "
        "2025-2026 and 2026-2027. The third agreement year began on October 1, 2026.",
    ),
    (
        "p",
        "3. Each agreement year has four quarters, beginning on 1 October, 1 January, 1 April and "
        "1 July.",
    ),
    ("art", "Article 4 – Rate schedules, interim adjustments and amendments"),
    (
        "p",
        "1. The Joint Rates Committee issues a Rate Schedule for each agreement year. The "
        "schedule of an agreement year replaces the schedule of the previous agreement year from "
        "1 October.",
    ),
    (
        "p",
        "2. During an agreement year the Joint Rates Committee may, by an interim adjustment, "
        "change listed rows of the schedule in force from a stated date. The rows not listed are "
        "unchanged, and the adjustment ends with the schedule it adjusts.",
    ),
    (
        "p",
        "3. The parties may raise listed rates by a memorandum of amendment signed by both. "
        "(a) The memorandum writes out each new figure. (b) A new figure applies only to work done "
        "from the date the memorandum states; until that date the schedule in force applies.",
    ),
    (
        "p",
        "4. Work is paid at the rate in force on the day it is done. Neither an interim "
        "adjustment nor an amendment is retroactive.",
    ),
    ("art", "Article 5 – Booking and cancellation"),
    (
        "p",
        "1. Booking notice. (a) A TTS recording, a directed session or a dub-match session is "
        "booked in writing at least 72 hours before it starts. (b) A dataset session day or a "
        "scan session is booked in writing at least 10 days ahead. (c) A booking made with less "
        "notice carries the short-notice premium P-2 of Article 9.",
    ),
    (
        "p",
        "2. Cancellation by the company. (a) Less than 48 hours before the start: 100 % of the "
        "booked fee. (b) From 48 hours to 7 days before the start: 50 % of the booked fee. "
        "(c) Earlier: no fee.",
    ),
    (
        "p",
        "3. A change of date made by the company is a cancellation under art. 5(2) followed by a "
        "new booking. A performer may decline a booking without giving a reason.",
    ),
    ("art", "Article 6 – Session minimums"),
    (
        "p",
        "1. A TTS booking is paid for at least 3 finished studio hours, even when fewer are "
        "delivered.",
    ),
    ("p", "2. A synthetic-voice director is paid for at least 2 directed hours a booking."),
    (
        "p",
        "3. A dataset session day is paid in full, however short. The first 12 take blocks of a "
        "session day are paid by the day fee; each further take block is paid at the schedule's "
        "rate per take block.",
    ),
    (
        "p",
        "4. A lip-sync or dub-match booking is paid for at least 10 finished minutes of "
        "programme. A scan session is paid in full, however short.",
    ),
    ("art", "Article 7 – Recording hours and vocal rest"),
    (
        "p",
        "1. TTS voice talent record no more than 5 hours a day in the booth, breaks not counted. "
        "Lip-sync and dub-match performers record no more than 6 hours a day.",
    ),
    (
        "p",
        "2. The synthetic-voice director sees that the limits of this Article are kept and stops "
        "a recording when the performer's voice shows strain.",
    ),
    (
        "p",
        "3. Rest. (a) A performer takes a vocal rest break of at least 10 minutes after every "
        "50 minutes of recording, with water at room temperature provided by the company. "
        "(b) Between the end of one recording day and the start of the next there are at least "
        "12 hours of rest.",
    ),
    (
        "p",
        "4. A dataset performer works no more than 8 hours on a session day, with a break of "
        "15 minutes every 2 hours; work beyond 8 hours carries the overtime premium P-4.",
    ),
    ("art", "Article 8 – Premiums"),
    (
        "p",
        "1. The premiums of the Table of Premiums in Article 9 are paid on top of the fee. Each is "
        "a percentage of the rate or fee named in the table.",
    ),
    (
        "p",
        "2. Two premiums that apply to the same hour are added, not multiplied. The night premium "
        "P-1 is paid for each hour or part of an hour worked between 22:00 and 06:00, and the "
        "overtime premium P-4 for each started hour beyond 8 hours on a session day or a scan "
        "session, as provided in Article 7, paragraph 4.",
    ),
    ("art", "Article 9 – Table of Premiums"),
    (
        "p",
        "1. The Table of Premiums is printed on the next page, in landscape. It forms part of "
        "this Agreement.",
    ),
    ("table", "premiums"),
    ("art", "Article 10 – Royalty share on synthetic-voice sales"),
    (
        "p",
        "1. TTS voice talent and dub-match performers receive a royalty share of 12,5 % of the "
        "net receipts from the sale or licensing of any synthetic voice built from their "
        "recordings.",
    ),
    (
        "p",
        "2. The royalty share is paid quarterly, within 30 days after the end of each quarter of "
        "the agreement year, with a statement of the net receipts of the quarter.",
    ),
    (
        "p",
        '3. Where the schedule shows a rate "With royalty advance", the difference between that '
        "rate and the base rate is a non-refundable advance on the royalty share, set off against "
        "the royalties of the same synthetic voice.",
    ),
    ("art", "Article 11 – Licence fee while a synthetic voice is sold"),
    (
        "p",
        "1. For each month in which a synthetic voice built from a performer's recordings is "
        "offered for sale or licensing, the company pays the performer the licence fee per month "
        "of the schedule, on top of the royalty share.",
    ),
    (
        "p",
        "2. The licence fee ends with the licence (art. 15(3)); it is not paid for a month in "
        "which the synthetic voice is withdrawn from sale for the whole month.",
    ),
    ("art", "Article 12 – Digital-double scans"),
    (
        "p",
        "1. A full-body or head scan session lasts no more than 4 hours. A performer is not "
        "scanned in underwear or without clothes, and may bring a person of their choice to the "
        "scan stage.",
    ),
    (
        "p",
        "2. Re-scans. A re-scan is booked at least 21 days ahead, in writing, with the reason for "
        "it, and is paid the schedule's re-scan fee.",
    ),
    (
        "p",
        "3. Wardrobe and makeup. The company provides the scan wardrobe and a makeup artist, and "
        "pays the makeup time as part of the session. A performer who brings their own clothes "
        "at the company's request receives a wardrobe allowance of 15 000 FCFA¹ per scan session.",
    ),
    (
        "p",
        "4. The company gives the performer the list of the scans made and the name of the "
        "model built from them within 7 days after the session.",
    ),
    ("art", "Article 13 – Travel to a scan stage and per diem"),
    (
        "p",
        "1. When a scan stage is more than 25 km from the performer's home base, the company "
        "provides transport or pays a mileage allowance of 300 FCFA per km beyond the first "
        "25 km, each way.",
    ),
    (
        "p",
        "2. For each night away from home base the company books a single room and pays a per "
        "diem of 35 000 FCFA² for meals and incidentals.",
    ),
    (
        "p",
        "3. Travel time beyond one hour each way is paid as working time at the base rate of the "
        "role, and counts towards the rest of Article 7, paragraph 3(b).",
    ),
    ("art", "Article 14 – Harassment protection"),
    (
        "p",
        "1. Each company runs a reporting channel for harassment, open at all hours, and names a "
        "person responsible for it.",
    ),
    (
        "p",
        "2. On a report of harassment of a performer, at work or online, the company acts within "
        "48 hours: it stops the conduct it controls, protects the performer from the person "
        "reported, and tells the performer in writing what it has done.",
    ),
    (
        "p",
        "3. A performer may stop a session at once because of harassment; the session is paid "
        "for its minimum under art. 6(1) to 6(4). A Guild steward may attend any scan session at the "
        "performer's request.",
    ),
    ("art", "Article 15 – Artificial intelligence: consent, register, licence, deletion"),
    (
        "p",
        "1. Consent per use and per purpose. The company obtains the performer's written consent "
        "before each use of their recordings, scans or data, and separately for each purpose: "
        "(a) training, on form C-1, to build or improve a model; (b) product, on form C-2, to "
        "sell, licence or publish a synthetic voice or a digital double. A consent given for one "
        "purpose never covers the other.",
    ),
    (
        "p",
        "2. Data register. The company keeps a data register of each performer's recordings, "
        "scans, models and uses. The performer may consult their entries within 15 days of a "
        "written request, free of charge.",
    ),
    (
        "p",
        "3. Licence term. A licence to use a synthetic voice or a digital double runs for 3 years "
        "at most. It is renewable only with new consent on a new form; it never renews by itself.",
    ),
    (
        "p",
        "4. Deletion. Within 60 days after a licence ends, the company deletes the synthetic "
        "voice or digital double and the recordings and scans used for it, and sends the "
        "performer a deletion certificate.",
    ),
    (
        "p",
        "5. Political and adult content. No synthetic voice, digital double or dataset made under "
        "this Agreement is used for political or adult content, whatever the consent given.",
    ),
    (
        "p",
        "6. No sublicensing to third parties without the performer's written consent for that "
        "third party and that use.",
    ),
    (
        "p",
        "7. Disclosure. Every programme or product that uses a synthetic voice or a digital "
        'double says so in its credits, naming the performer: "Synthetic voice of" or "Digital '
        'double of", followed by the name.',
    ),
    (
        "p",
        "8. Withdrawal. A performer may withdraw a consent on 90 days' notice in writing. From the "
        "end of the notice no new output is generated, and the deletion of art. 15(4) follows.",
    ),
    (
        "p",
        "9. Cap. No more than 40 hours of audio are generated each month from one synthetic "
        "voice; output beyond the cap needs the performer's new consent.",
    ),
    (
        "p",
        "10. No perpetual, all-purpose or lump-sum licence of a performer's voice, face, body or "
        "data may be offered or accepted.",
    ),
    ("art", "Article 16 – Dataset performers"),
    (
        "p",
        "1. Before a session day the company gives the dataset performer the list of expressions "
        "and movements wanted, the number of take blocks and the purpose of the dataset.",
    ),
    (
        "p",
        "2. Extreme expressions (pain, fear, fits of rage) and stunt motion carry the premium P-5 "
        "of art. 9(1) and may be refused without giving a reason.",
    ),
    (
        "p",
        "3. A dataset is never used to rebuild the likeness of a named performer without their "
        "consent under art. 15(1)(b).",
    ),
    ("art", "Article 17 – Synthetic-voice directors"),
    (
        "p",
        "1. A synthetic-voice director is paid per directed hour. Preparation of the script with "
        "the performer is directed time. Between two directed days the rest of art. 7(3)(b) "
        "applies.",
    ),
    (
        "p",
        "2. A director is not asked to direct the generation of output from a synthetic voice "
        "beyond the cap of art. 15(9).",
    ),
    ("art", "Article 18 – Lip-sync and dub-match performers"),
    (
        "p",
        "1. A lip-sync or dub-match performer is paid per finished minute of programme. Retakes "
        "asked by the company are not extra minutes.",
    ),
    (
        "p",
        "2. Reference performances recorded for AI dubbing are used only for the programme named "
        "in the booking; any other use needs consent under art. 15(1).",
    ),
    ("art", "Article 19 – Payment"),
    (
        "p",
        "1. Fees, premiums and allowances are paid within 30 days after the work, with a pay "
        "statement. Guild dues are deducted only on the performer's written authority and shown "
        "as a deduction.",
    ),
    ("art", "Article 20 – Grievances"),
    (
        "p",
        "1. A grievance is filed in writing within 30 days after the performer learns of the "
        "facts. The company answers within 15 days; the Joint Committee hears an unresolved "
        "grievance at its next meeting.",
    ),
    ("art", "Article 21 – Joint Committee"),
    (
        "p",
        "1. A Joint Committee of three members named by each party meets at least every two "
        "months. It follows the data registers, the deletion certificates and the reports of "
        "harassment.",
    ),
    ("art", "Article 22 – The previous agreement"),
    (
        "p",
        "1. The Voice and Likeness Agreement 2021–2024 expired on 30 September 2024. This "
        "Agreement supersedes it in full, except as stated in paragraph 2.",
    ),
    (
        "p",
        "2. Clause 12(4) of the 2021–2024 agreement (throat-care allowance of TTS voice talent) "
        "remains in force for the whole term of this Agreement and is not superseded: TTS voice "
        "talent receive a throat-care allowance of 18 000 FCFA³ per agreement year.",
    ),
    (
        "p",
        "3. Clause 9(3) of the 2021–2024 agreement (home recording booth grant) is not kept.",
    ),
    ("art", "Article 23 – Signatures"),
    (
        "p",
        "1. For the KVLG: Awa Ndiaye-Moreau, president, and Kofi Mensah-Laurent, general "
        "secretary. For KSMPA: Daniel Asante-Roche, chair, and Fatou Kéita-Brown, director of "
        "labour relations. Talmakou, 20 September 2024.",
    ),
]

# ---- the rate schedule ----------------------------------------------------------------
D = "—"
SCHED_GROUPS = ["AY 2025/26", "AY 2026/27"]
SCHED_SUB = ["Base", "With royalty advance"]
# role and rate unit, AY 2025/26 base, with advance, AY 2026/27 base, with advance, notes
SCHEDULE_ROWS = [
    [
        "TTS voice talent – per finished studio hour",
        "XOF 45 000",
        "XOF 52 000",
        "XOF 48 000",
        "XOF 55 000",
        "Minimum 3 finished studio hours (art. 6(1)). AY 2025/26 base shown before the interim "
        "adjustment of 01.07.2026.",
    ],
    [
        "TTS voice talent – licence fee per month",
        "XOF 150 000",
        D,
        "XOF 165 000",
        D,
        "While the synthetic voice is sold; on top of the royalty share (art. 11).",
    ],
    [
        "Dataset performer – per session day (up to 8 h)",
        "XOF 120 000",
        D,
        "XOF 130 000",
        D,
        "AY 2025/26 shown before the interim adjustment of 01.07.2026.",
    ],
    [
        "Dataset performer – per take block of 25 takes beyond the first 12 blocks of a session "
        "day",
        "XOF 6 500",
        D,
        "XOF 7 000",
        D,
        "Art. 6(3).",
    ],
    [
        "Digital-double scan performer – per full-body scan session",
        "XOF 185 000",
        "XOF 200 000",
        "XOF 195 000",
        "XOF 210 000",
        "Up to 4 hours (art. 12(1)).",
    ],
    [
        "Digital-double scan performer – per head scan session",
        "XOF 90 000",
        D,
        "XOF 96 000",
        D,
        "Up to 4 hours.",
    ],
    [
        "Digital-double scan performer – re-scan fee",
        "XOF 60 000",
        D,
        "XOF 64 000",
        D,
        "Art. 12(2).",
    ],
    [
        "Synthetic-voice director – per directed hour",
        "XOF 38 000",
        D,
        "XOF 41 000",
        D,
        "Minimum 2 directed hours (art. 6(2)).",
    ],
    [
        "Lip-sync / dub-match – per finished minute of programme",
        "XOF 9 500",
        "XOF 11 000",
        "XOF 10 000",
        "XOF 11 500",
        "Minimum 10 finished minutes (art. 6(4)).",
    ],
]
WRAPPED_ROW = 3  # the take-block row: its label wraps onto two lines
SCHED_WIDTHS = (100.0, 25.0, 30.0, 25.0, 30.0, 57.0)

SCHEDULE: list[tuple[str, str]] = [
    ("title", "Rate Schedule – Agreement Year 2026/27 (AY 2026/27)"),
    (
        "p",
        "Issued by the KVLG / KSMPA Joint Rates Committee under art. 4(1) of the AI Data and "
        "Digital Double Performance Agreement 2024–2027 on 15.09.2026. Effective 01.10.2026.",
    ),
    (
        "p",
        "This Rate Schedule replaces the Rate Schedule for agreement year 2025-26 from "
        "1 October 2026 (2026-10-01). Agreement year 2026-27 runs from 2026-10-01 to "
        "2027-09-30. Work done up to and including 30 September 2026 is paid at the AY 2025/26 "
        "schedule, as adjusted on 1 July 2026 for two rows by the interim adjustment of "
        "the Joint Rates Committee.",
    ),
    ("h", "Table 1 – Fees by role and rate unit (XOF, whole francs)"),
    (
        "p",
        "The AY 2025/26 columns are printed for comparison only. Read the AY 2026/27 columns for "
        "work done from 01.10.2026. A dash means that the rate does not exist for that row.",
    ),
    ("table", "1"),
    ("h", "Notes"),
    (
        "p",
        "Royalty share. The royalty share is 12.5% of net receipts, paid quarterly (art. 10). The "
        '"With royalty advance" columns include a non-refundable advance on it (art. 10(3)).',
    ),
    (
        "p",
        "Allowances. The wardrobe allowance, the mileage allowance, the per diem and the "
        "throat-care allowance are fixed by the Agreement (arts. 12, 13 and 22) and are not "
        "repeated here. The premiums are in the Table of Premiums (art. 9).",
    ),
    (
        "p",
        "For the Joint Rates Committee: Kofi Mensah-Laurent (KVLG) and Fatou Kéita-Brown "
        "(KSMPA), Talmakou, 15.09.2026.",
    ),
]


def _row_text(row: list[str]) -> str:
    return " | ".join(c for c in row if c)


def agreement_text() -> str:
    lines = []
    for kind, text in AGREEMENT:
        if kind == "table":
            lines += [_row_text(r) for r in [PREMIUM_HEADER, *PREMIUMS]]
        else:
            lines.append(text)
            lines += [FOOTNOTES[m] for m in FOOTNOTES if m in text]
    return "\n".join(lines)


def schedule_header_rows() -> list[list[str]]:
    return [
        ["Role and rate unit", SCHED_GROUPS[0], SCHED_GROUPS[1], "Notes"],
        [*SCHED_SUB, *SCHED_SUB],
    ]


def schedule_text() -> str:
    lines = []
    for kind, text in SCHEDULE:
        if kind == "table":
            lines += [_row_text(r) for r in schedule_header_rows()]
            lines += [_row_text(r) for r in SCHEDULE_ROWS]
        else:
            lines.append(text)
    return "\n".join(lines)


# ---- building ---------------------------------------------------------------------------


def _doc(header: str, orientation: str, margin: float, rotated: set[int] | None = None):
    """An FPDF whose header and footer are drawn turned on the pages listed in `rotated`."""
    from fpdf import FPDF  # fpdf2

    rotated = rotated if rotated is not None else set()

    class Doc(FPDF):
        def _band(self, y: float, text: str, style: str) -> None:
            self.set_font("Helvetica", style, 8.5)
            self.set_xy(margin, y)
            self.cell(self.w - 2 * margin, 6, text, align="C")

        def header(self) -> None:
            if self.page_no() in rotated:
                with self.rotation(90, x=0, y=297):
                    self.set_font("Helvetica", "I", 8.5)
                    self.set_xy(margin, 297 + 9)
                    self.cell(297 - 2 * margin, 6, header, align="C")
            else:
                self._band(9, header, "I")
            self.set_xy(margin, TOP)

        def footer(self) -> None:
            text = f"Page {self.page_no()} of {{nb}}"
            if self.page_no() in rotated:
                with self.rotation(90, x=0, y=297):
                    self.set_font("Helvetica", "", 8.5)
                    self.set_xy(margin, 297 + 210 - 14)
                    self.cell(297 - 2 * margin, 6, text, align="C")
            else:
                self._band(self.h - 14, text, "")

    pdf = Doc(orientation=orientation, format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(margin, TOP, margin)
    return pdf


class _Flow:
    """Places lines down the page, keeping room at the foot for the page's footnotes."""

    def __init__(self, pdf) -> None:
        self.pdf = pdf
        self.y = TOP
        self.notes: list[str] = []

    def _foot_height(self, notes: list[str]) -> float:
        if not notes:
            return 0.0
        self.pdf.set_font("Helvetica", "", 8.5)
        n = sum(
            len(self.pdf.multi_cell(TEXT_W, FOOT_LH, t, dry_run=True, output="LINES"))
            for t in notes
        )
        return n * FOOT_LH + 4.0

    def flush_notes(self) -> None:
        pdf = self.pdf
        if not self.notes:
            return
        h = self._foot_height(self.notes)
        y = BOTTOM - h + 4.0
        pdf.set_line_width(0.2)
        pdf.line(MARGIN, y - 2.0, MARGIN + 50, y - 2.0)
        pdf.set_font("Helvetica", "", 8.5)
        for t in self.notes:
            pdf.set_xy(MARGIN, y)
            pdf.multi_cell(TEXT_W, FOOT_LH, t)
            y = pdf.get_y()
        self.notes = []

    def new_page(self) -> None:
        self.flush_notes()
        self.pdf.add_page()
        self.y = TOP

    def need(self, h: float, new_notes: list[str] | None = None) -> None:
        notes = self.notes + (new_notes or [])
        if self.y + h > BOTTOM - self._foot_height(notes):
            self.new_page()

    def lines(self, text: str, style: str, size: float, lh: float) -> None:
        pdf = self.pdf
        pdf.set_font("Helvetica", style, size)
        for line in pdf.multi_cell(TEXT_W, lh, text, dry_run=True, output="LINES"):
            line = line.encode("latin-1").decode("cp1252")  # the dry run returns font bytes
            marks = [m for m in FOOTNOTES if m in line]
            self.need(lh, [FOOTNOTES[m] for m in marks])
            self.notes += [FOOTNOTES[m] for m in marks]
            pdf.set_font("Helvetica", style, size)
            pdf.set_xy(MARGIN, self.y)
            pdf.cell(TEXT_W, lh, line)
            self.y += lh

    def gap(self, h: float) -> None:
        self.y += h


def _premiums_page(pdf) -> None:
    """The Table of Premiums, drawn turned 90° on a portrait page that gets /Rotate 90."""
    widths = (16.0, 66.0, 56.0, 18.0, 97.0)
    with pdf.rotation(90, x=0, y=297):
        # inside the turned frame, x runs up the portrait page and y across it (from 297)
        pdf.set_font("Helvetica", "B", 13)
        pdf.set_xy(22, 297 + 28)
        pdf.cell(250, 8, "Article 9 – Table of Premiums (landscape page)")
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(22, 297 + 40)
        pdf.cell(
            250,
            6,
            "Each premium is paid on top of the fee, as a percentage of the basis shown (art. 8).",
        )
        rows = [PREMIUM_HEADER, *PREMIUMS]
        y = 297 + 52
        for i, row in enumerate(rows):
            pdf.set_font("Helvetica", "B" if i == 0 else "", 10)
            x = 22.0
            for text, w in zip(row, widths, strict=True):
                if pdf.get_string_width(text) > w - 3:
                    raise SystemExit(f"premium cell too wide for one line ({w} mm): {text!r}")
                pdf.set_xy(x, y)
                pdf.cell(w, 8, text, border=1)
                x += w
            y += 8
        pdf.set_font("Helvetica", "I", 9.5)
        pdf.set_xy(22, y + 6)
        pdf.cell(250, 6, "P-4 and P-5 apply to dataset performers; P-4 also to scan sessions.")


def build_agreement() -> None:
    import pypdf

    # pass 1 finds the landscape page's number; pass 2 draws its header and footer turned
    rotated_page = 0
    for _ in range(2):
        pdf = _doc(AGREEMENT_HEADER, "P", MARGIN, {rotated_page})
        pdf.set_auto_page_break(False)
        pdf.set_title("AI Data and Digital Double Performance Agreement 2024-2027")
        pdf.set_author("KVLG / KSMPA")
        pdf.set_creation_date(datetime.datetime(2024, 9, 20, 12, 0, tzinfo=datetime.UTC))
        pdf.add_page()
        flow = _Flow(pdf)
        for kind, text in AGREEMENT:
            if kind == "title":
                flow.lines(text, "B", 15, 7.5)
                flow.gap(2)
            elif kind == "sub":
                flow.lines(text, "I", 10.5, 5.6)
                flow.gap(3)
            elif kind == "art":
                flow.need(7.2 + 3 * 6.2 + 3)  # keep a heading with three lines of its text
                flow.gap(2.5)
                flow.lines(text, "B", 12.5, 7.2)
                flow.gap(0.8)
            elif kind == "table":
                flow.new_page()
                rotated_page = pdf.page_no()
                _premiums_page(pdf)
                flow.new_page()
            else:
                flow.lines(text, "", 11.5, 6.2)
                flow.gap(2.6)
        flow.flush_notes()
        buf = io.BytesIO()
        pdf.output(buf)
    reader = pypdf.PdfReader(io.BytesIO(buf.getvalue()))
    writer = pypdf.PdfWriter(clone_from=reader)
    writer.pages[rotated_page - 1].rotate(90)
    out = io.BytesIO()
    writer.write(out)
    with open(AGREEMENT_OUT, "wb") as f:
        f.write(out.getvalue())
    print("wrote", AGREEMENT_OUT, len(writer.pages), "pages; landscape page", rotated_page)


def build_schedule() -> None:
    from fpdf.fonts import FontFace

    pdf = _doc(SCHEDULE_HEADER, "L", 15)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title("Rate Schedule AY 2026/27")
    pdf.set_author("KVLG-KSMPA Joint Rates Committee")
    pdf.set_creation_date(datetime.datetime(2026, 9, 15, 12, 0, tzinfo=datetime.UTC))
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
        elif kind == "table":
            pdf.set_font("Helvetica", "", 9)
            for i, row in enumerate(SCHEDULE_ROWS):
                for j, (cell, w) in enumerate(zip(row, SCHED_WIDTHS, strict=True)):
                    lines = pdf.multi_cell(w - 2.4, 4.6, cell, dry_run=True, output="LINES")
                    want = 2 if (i == WRAPPED_ROW and j == 0) else None
                    if j == 0 and want is None and len(lines) != 1:
                        raise SystemExit(f"label wraps but should not: {cell!r}")
                    if want is not None and len(lines) != want:
                        raise SystemExit(f"the wrapped label takes {len(lines)} lines: {cell!r}")
                    if 0 < j < 5 and len(lines) != 1:
                        raise SystemExit(f"amount cell wraps: {cell!r}")
            with pdf.table(
                col_widths=SCHED_WIDTHS,
                width=sum(SCHED_WIDTHS),
                text_align="LEFT",
                line_height=4.6,
                num_heading_rows=2,
                headings_style=FontFace(emphasis="BOLD"),
                padding=1.2,
                align="LEFT",
            ) as table:
                r = table.row()
                r.cell("Role and rate unit", rowspan=2)
                r.cell(SCHED_GROUPS[0], colspan=2, align="C")
                r.cell(SCHED_GROUPS[1], colspan=2, align="C")
                r.cell("Notes", rowspan=2)
                r = table.row()
                for s in [*SCHED_SUB, *SCHED_SUB]:
                    r.cell(s)
                for row in SCHEDULE_ROWS:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
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
