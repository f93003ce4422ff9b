#!/usr/bin/env python3
"""Build docs/vspu-general-agreement-2025-2028.docx (the whole text is in this script).

    .venv/bin/python eval/union-h/make_docx.py          # python-docx is in the project's venv

The General Agreement 2025-2028, in English, with numbered sections cited "Section 17-4 (b)":
scope, definitions, term (three contract years starting on 1 November), booking, hours and
overtime, meal penalties, rest periods, cancellation, payment, background performers and
stand-ins, wardrobe (Section 12-3 only from May 1, 2027: Letter of Understanding No. 3),
stunt performers, performance capture, video-game voice, and Section 17 on artificial
intelligence, digital replicas and performance-capture data. The rates are NOT here: they
are in Schedule B (the PDF rate sheet). `agreement_text()` returns the same text
(paragraphs and table cells, one per line) for check_set.py. The output is byte-for-byte
reproducible: the core properties are fixed and the zip is rewritten with a fixed timestamp.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "vspu-general-agreement-2025-2028.docx")

# Each block: ("title"|"sub"|"h"|"p", text) or ("table", [header, rows...]).
BLOCKS: list[tuple[str, object]] = [
    ("title", "General Agreement 2025–2028"),
    (
        "sub",
        "between the Vaudrenne Screen Performers' Union (VSPU), for its Background, Stand-in "
        "and Stunt Division and its Interactive Capture and Voice Division, and the Vaudrenne "
        "Producers' Association (VPA) and the Interactive Studios Council of Vaudrenne (ISCV)",
    ),
    (
        "p",
        "Signed at Port-Sauveur on October 27, 2025. Provisions are cited by section and "
        'paragraph, for example "Section 9-1" or "Section 17-4 (b)". The minimum rates and '
        "allowances are set out in Schedule B (Rate Sheet), a separate document that forms "
        "part of this Agreement. Letters of understanding signed with this Agreement also "
        "form part of it.",
    ),
    ("h", "SECTION 1 — RECOGNITION AND SCOPE"),
    (
        "p",
        "1-1 The Association and the Council recognise the Union as the exclusive bargaining "
        "agent for: (a) background performers, special-ability background performers, "
        "stand-ins and photo doubles; (b) stunt performers, including utility stunt "
        "performers; (c) performers engaged for performance capture (body capture and facial "
        "capture) and for voice performance in video games; engaged on productions made in the "
        "Territory of Vaudrenne or by an employer established there.",
    ),
    (
        "p",
        "1-2 Performers engaged to speak lines or to play principal roles are covered by the "
        "Union's Principal Performers Agreement, not by this Agreement.",
    ),
    (
        "p",
        "1-3 An employer may offer better terms. No individual contract may provide terms "
        "below those of this Agreement or of Schedule B.",
    ),
    ("h", "SECTION 2 — DEFINITIONS"),
    (
        "p",
        '2-1 (a) "Background performer" means a performer who appears on camera in a '
        'non-speaking capacity and is not individually directed. A "special-ability '
        'background performer" is a background performer engaged for a skill requested by '
        "the employer, such as dancing, skating, acrobatics or playing a musical instrument.",
    ),
    (
        "p",
        '(b) "Stand-in" means a performer who replaces a principal performer during lighting '
        'and camera rehearsals. "Photo double" means a performer who appears on camera in '
        "place of a principal performer without performing a stunt.",
    ),
    (
        "p",
        '(c) "Stunt performer" means a performer engaged to perform a stunt, that is, an '
        "action that involves a risk of injury and requires special training or skill. A "
        '"utility stunt performer" is a stunt performer engaged for a full day to perform '
        "several stunts and available to the employer for the whole day.",
    ),
    (
        "p",
        '(d) "Performance capture" means the recording of a performer\'s body movements '
        "(body capture) or facial expressions (facial capture, usually with a head-mounted "
        'camera) to animate a digital character. "Performance-capture data" means the data so '
        "recorded, raw or processed.",
    ),
    (
        "p",
        '(e) "Business day" means Monday to Friday, excluding the statutory holidays of the '
        "Territory of Vaudrenne.",
    ),
    (
        "p",
        '(f) "Continuing series" means a series whose principal photography began before '
        "November 1, 2025 (see Letter of Understanding No. 3).",
    ),
    ("h", "SECTION 3 — TERM AND CONTRACT YEARS"),
    (
        "p",
        "3-1 This Agreement is in force from November 1, 2025 to October 31, 2028. It remains "
        "in force after that date until a new agreement is signed.",
    ),
    (
        "p",
        "3-2 The Agreement is divided into three contract years, each starting on November 1. "
        "Work is paid at the rates of Schedule B in effect on the day the work is performed.",
    ),
    (
        "table",
        [
            ["Contract year", "From", "To"],
            ["Year 1", "Nov. 1, 2025", "Oct. 31, 2026"],
            ["Year 2", "Nov. 1, 2026", "Oct. 31, 2027"],
            ["Year 3", "Nov. 1, 2027", "Oct. 31, 2028"],
        ],
    ),
    (
        "p",
        "3-3 This Agreement replaces the General Agreement 2022–2025, which expired on "
        "October 31, 2025, except for the provisions continued by Letter of Understanding "
        "No. 3, for the period stated in that letter.",
    ),
    ("h", "SECTION 4 — UNION SECURITY AND DUES"),
    (
        "p",
        "4-1 An employer engages members of the Union in good standing, or performers who hold "
        "a work permit issued by the Union for the day.",
    ),
    (
        "p",
        "4-2 The employer deducts the working dues set by the Union from each payment to a "
        "performer and remits them to the Union every month.",
    ),
    ("h", "SECTION 5 — BOOKING AND CALLS"),
    (
        "p",
        "5-1 A background performer or stand-in is booked by the employer or its casting "
        "agency, which gives the call time, the location and the wardrobe requirements no later "
        "than 6:00 p.m. on the day before the call.",
    ),
    (
        "p",
        "5-2 A background performer is paid from the call time until dismissal, including time "
        "spent in wardrobe, hair and makeup.",
    ),
    ("h", "SECTION 6 — HOURS OF WORK AND OVERTIME"),
    (
        "p",
        "6-1 The work day is eight (8) hours, excluding the unpaid meal period. Background "
        "performers and stand-ins are paid a minimum of eight (8) hours for each call.",
    ),
    (
        "p",
        "6-2 Hours worked beyond eight (8) hours in a day are paid at the overtime rate of "
        "Schedule B, which is one and one-half times the hourly rate, by units of fifteen (15) "
        "minutes.",
    ),
    (
        "p",
        "6-3 Hours worked beyond twelve (12) hours in a day are paid at double the hourly rate "
        "of Schedule B.",
    ),
    ("h", "SECTION 7 — MEAL PERIODS AND MEAL PENALTIES"),
    (
        "p",
        "7-1 The first meal period begins no later than six (6) hours after the call time. Each "
        "later meal period begins no later than six (6) hours after the end of the previous one.",
    ),
    (
        "p",
        "7-2 A meal period lasts at least thirty (30) minutes and at most one (1) hour. It is "
        "not paid.",
    ),
    (
        "p",
        "7-3 When a meal period is delayed, the employer pays the performer a meal penalty for "
        "each thirty (30) minutes, or part of thirty minutes, of delay. The amount of the meal "
        "penalty is set in Schedule B. Meal penalties are paid in addition to any overtime.",
    ),
    ("p", "7-4 A snack served on set does not replace a meal period."),
    ("h", "SECTION 8 — REST PERIODS"),
    (
        "p",
        "8-1 A performer is given a rest period of at least eleven (11) consecutive hours "
        "between dismissal and the next call.",
    ),
    (
        "p",
        "8-2 When the rest period is shortened, each hour or part of an hour by which it is "
        "shortened is paid at double the hourly rate.",
    ),
    (
        "p",
        "8-3 A performer engaged for five (5) consecutive days is given a weekly rest of at "
        "least thirty-six (36) consecutive hours.",
    ),
    ("h", "SECTION 9 — CANCELLATION"),
    (
        "p",
        "9-1 The call of a background performer or stand-in may be cancelled without payment "
        "before 6:00 p.m. on the day before the call. A call cancelled after 6:00 p.m. on the "
        "day before the call, or on the day of the call, is paid four (4) hours at the hourly "
        "rate.",
    ),
    (
        "p",
        "9-2 When work is cancelled because of the weather after the performer has reported, "
        "the performer is paid at least four (4) hours; a performer held more than four hours "
        "is paid the full day.",
    ),
    (
        "p",
        "9-3 The engagement of a stunt performer cancelled less than forty-eight (48) hours "
        "before the call is paid at the full daily rate.",
    ),
    (
        "p",
        "9-4 A performance-capture or voice session cancelled less than seventy-two (72) hours "
        "before its start is paid in full. A session cancelled between seventy-two (72) hours "
        "and seven (7) days before its start is paid at 50% of its fee.",
    ),
    ("h", "SECTION 10 — PAYMENT"),
    (
        "p",
        "10-1 The employer pays the performer within ten (10) business days after the day "
        "worked, by direct deposit, with a pay statement showing the hours, overtime, "
        "penalties and allowances.",
    ),
    (
        "p",
        "10-2 A late payment carries a late payment penalty of thirty dollars ($30) per "
        "business day of delay, up to a maximum of $450 per payment, payable to the performer.",
    ),
    ("p", "10-3 The Union may claim any unpaid amount on behalf of the performer."),
    ("h", "SECTION 11 — BACKGROUND PERFORMERS, STAND-INS AND PHOTO DOUBLES"),
    (
        "p",
        "11-1 The categories and their daily, hourly and overtime rates are set out in "
        "Table 1 of Schedule B.",
    ),
    (
        "p",
        "11-2 A background performer who is given a line, or who is individually directed, is "
        "upgraded and paid under the Principal Performers Agreement for that day.",
    ),
    (
        "p",
        "11-3 A stand-in who also appears on camera as a background performer on the same day "
        "is paid the stand-in rate for the whole day.",
    ),
    (
        "p",
        "11-4 A special-ability background performer is told of the skill required at the time "
        "of booking. A rehearsal of the skill on a separate day is paid a minimum of four (4) "
        "hours at the special-ability hourly rate.",
    ),
    ("h", "SECTION 12 — WARDROBE, HAIR AND MAKEUP"),
    (
        "p",
        "12-1 The employer provides the wardrobe, or asks the background performer, at the "
        "time of booking, to bring their own.",
    ),
    ("p", "12-2 A background performer may be asked to bring up to three (3) changes."),
    (
        "p",
        "12-3 A background performer who supplies their own wardrobe is paid a wardrobe "
        "allowance for each change requested after the first, and a formal wear allowance for "
        "each day on which formal or evening wear supplied by the performer is worn, at the "
        "amounts set in Schedule B. This paragraph takes effect on May 1, 2027. Until "
        "April 30, 2027, the wardrobe allowances of the General Agreement 2022–2025 continue "
        "to apply under Letter of Understanding No. 3.",
    ),
    (
        "p",
        "12-4 The employer repairs or replaces the performer's own wardrobe damaged on set, up "
        "to $350 per item.",
    ),
    (
        "p",
        "12-5 A wardrobe fitting on a day other than a shooting day is paid a minimum of two "
        "(2) hours at the hourly rate.",
    ),
    ("h", "SECTION 13 — STUNT PERFORMERS"),
    (
        "p",
        "13-1 Stunts are performed only by stunt performers listed in the Union's Stunt Registry.",
    ),
    (
        "p",
        "13-2 A stunt adjustment, an additional payment for a particular stunt, is negotiated "
        "between the employer and the stunt performer and agreed in writing before the stunt "
        "is performed. It is not part of the daily rate and is not reduced by overtime.",
    ),
    (
        "p",
        "13-3 The employer holds a safety meeting before each stunt with all the performers "
        "involved, and keeps a first-aid attendant on set while stunts are performed.",
    ),
    (
        "p",
        "13-4 A background performer or stand-in who is asked to perform a stunt is upgraded "
        "to stunt performer and paid the stunt performer daily rate for the whole day.",
    ),
    (
        "p",
        "13-5 A rehearsal day without camera is paid at the stunt rehearsal day rate of "
        "Schedule B.",
    ),
    ("h", "SECTION 14 — PERFORMANCE CAPTURE"),
    (
        "p",
        "14-1 A performance-capture day is eight (8) hours. No performer is required to perform "
        "more than six (6) hours of active capture in a day.",
    ),
    (
        "p",
        "14-2 The performer is given a break of at least ten (10) minutes after each hour of "
        "active capture.",
    ),
    (
        "p",
        "14-3 A head-mounted camera is removed for at least fifteen (15) minutes after each two "
        "(2) hours of wear.",
    ),
    (
        "p",
        "14-4 Capture suits are cleaned before each use, and the employer provides a suit "
        "fitted to the performer.",
    ),
    (
        "p",
        "14-5 The use, reuse and deletion of performance-capture data are governed by "
        "Section 17-10.",
    ),
    ("h", "SECTION 15 — VOICE PERFORMANCE IN VIDEO GAMES"),
    (
        "p",
        "15-1 A voice session lasts up to four (4) hours. Each additional hour, or part of an "
        "hour, is paid at the additional hour rate of Schedule B. After eight (8) hours in a "
        "day, the overtime rate of Schedule B applies.",
    ),
    ("p", "15-2 A performer records for only one game title in a session."),
    (
        "p",
        "15-3 A session in which the performer is asked to scream, to voice combat efforts or "
        "deaths, or to produce creature sounds is a vocally stressful session.",
    ),
    (
        "p",
        "15-4 A vocally stressful session is limited to two (2) hours and is paid as a full "
        "four-hour session. No performer is asked to record more than one vocally stressful "
        "session in a day.",
    ),
    ("h", "SECTION 16 — RETIREMENT AND INSURANCE"),
    (
        "p",
        "16-1 The employer contributes to the Vaudrenne Performers' Retirement and Insurance "
        "Fund an amount equal to 9% of the gross fees paid under this Agreement, and deducts "
        "the performer's own contribution of 4% of the same fees.",
    ),
    (
        "h",
        "SECTION 17 — ARTIFICIAL INTELLIGENCE, DIGITAL REPLICAS AND PERFORMANCE-CAPTURE DATA",
    ),
    (
        "p",
        '17-1 In this Section: (a) "digital replica" means a digital reproduction of the '
        "likeness, body or voice of an identifiable performer, created from a scan, from "
        "recordings or from performance-capture data, that can make the performer appear to "
        'perform something they did not perform; (b) "scan" means any session in which a '
        "performer's body, face or voice is recorded to create a digital replica; (c) "
        '"synthetic performer" means a digitally created figure that appears to be a human '
        'being and is not the digital replica of an identifiable performer; (d) "generative '
        'AI" means a software system that produces images, video, audio or text in response '
        "to prompts.",
    ),
    (
        "p",
        "17-2 Consent. (a) An employer shall not create a digital replica of a background "
        "performer, stand-in, stunt performer or game performer without the performer's clear "
        "and separate written consent, which describes the intended uses. (b) For a "
        "background performer or stand-in, consent is requested at the time of booking, never "
        "for the first time on set. (c) A background performer who refuses consent is not for "
        "that reason denied the booking. (d) The performer may revoke consent for future "
        "uses, in writing, through the Union.",
    ),
    (
        "p",
        "17-3 Notice. The employer gives notice of a scan at least forty-eight (48) hours "
        "before the call for background performers and stand-ins, and at least seventy-two "
        "(72) hours before the call for stunt performers and game performers.",
    ),
    (
        "p",
        "17-4 Scan fee. (a) A performer scanned on a work day is paid, in addition to the "
        "daily rate, a scan fee of $185 per scan session. (b) A scan on a day other than a "
        "work day is paid a minimum of four (4) hours at the hourly rate, plus the scan fee. "
        "(c) For continuing series, see Letter of Understanding No. 3.",
    ),
    (
        "p",
        "17-5 Background replicas. (a) The digital replica of a background performer may be "
        "used only in the production for which it was created. (b) Each day of principal "
        "photography on which the replica appears in place of the performer is a replica use "
        "day, paid at the daily rate of the performer's category in Schedule B. (c) Use in "
        "another production requires the performer's new written consent and the payment of "
        "a reuse fee equal to the daily rate of the performer's category in effect at the "
        "time of the new use.",
    ),
    (
        "p",
        "17-6 Stunt replicas. The digital replica of a stunt performer may not be used to "
        "perform a stunt that the performer has not performed. Each day of use is paid at the "
        "stunt performer daily rate, plus any stunt adjustment agreed under Section 13-2.",
    ),
    (
        "p",
        "17-7 Synthetic performers. (a) The employer notifies the Union in writing at least "
        "ten (10) business days before the principal photography of any scene in which "
        "synthetic performers are used in place of background performers, and states their "
        "number. (b) For each synthetic performer used in place of a background performer on "
        "a shooting day, the employer pays a contribution of $45 to the Union's Background "
        "Training Fund. (c) A synthetic performer may not be used to avoid engaging a stunt "
        "performer for a stunt performed on set.",
    ),
    (
        "p",
        "17-8 Deletion. The employer deletes the scans and digital replicas of a performer "
        "within thirty (30) days after the end of post-production of the production, and "
        "confirms the deletion in writing to the performer and to the Union within ten (10) "
        "business days after deleting them.",
    ),
    (
        "p",
        "17-9 Deceased performers. The digital replica of a deceased performer may be used "
        "only with the consent of the performer's estate or, if there is no estate, of the "
        "Union.",
    ),
    (
        "p",
        "17-10 Performance-capture data. (a) Performance-capture data may be used only for "
        "the game title for which it was recorded. (b) Its use in another title requires the "
        "performer's written consent and a fee of 12.5% of the session or daily fee paid for "
        "the original recording, for each additional title. (c) No performance-capture data "
        "or voice recording may be used to train generative AI without the performer's "
        "separate written consent and a training fee of not less than two times the session "
        "or daily fee. (d) Raw performance-capture data is deleted within twenty-four (24) "
        "months after the public release of the title, unless the performer agrees in "
        "writing to its archiving.",
    ),
    (
        "p",
        "17-11 Voice replicas in games. The digital voice replica of a game performer is "
        "created only with the consent required by Section 17-2. The employer gives the "
        "performer written notice of at least five (5) business days before each new use, and "
        "pays the voice session fee of Schedule B for each title in which the replica is used.",
    ),
    (
        "p",
        "17-12 A dispute under this Section is heard by expedited arbitration, with a decision "
        "within fifteen (15) business days after the hearing.",
    ),
    ("h", "SECTION 18 — GRIEVANCES"),
    (
        "p",
        "18-1 A grievance is filed in writing within thirty (30) days after the Union becomes "
        "aware of the facts that give rise to it.",
    ),
    ("h", "SECTION 19 — GENERAL"),
    (
        "p",
        "19-1 This Agreement, including Schedule B, may be amended only by a written "
        "memorandum signed by the Union and by the Association or the Council, as the case "
        "may be.",
    ),
    (
        "p",
        "19-2 Signed for the Union by Anouk Delorme-Hasegawa, President; for the Association "
        "by Bertram Quillfeather, Chair; and for the Council by Sunniva Okafor-Lévesque, "
        "Executive Director.",
    ),
]


def agreement_text() -> str:
    lines: list[str] = []
    for kind, content in BLOCKS:
        if kind == "table":
            for row in content:  # type: ignore[union-attr]
                lines.extend(row)
        else:
            lines.append(str(content))
    return "\n".join(lines)


def build() -> None:
    import docx  # python-docx
    from docx.shared import Pt

    doc = docx.Document()
    props = doc.core_properties
    fixed = datetime.datetime(2025, 10, 27, 12, 0, 0)
    props.title = "General Agreement 2025-2028"
    props.author = "Vaudrenne Screen Performers' Union"
    props.created = fixed
    props.modified = fixed
    props.last_modified_by = "VSPU"
    props.revision = 1
    props.language = "en-CA"
    for kind, content in BLOCKS:
        if kind == "title":
            doc.add_heading(str(content), level=0)
        elif kind == "sub":
            p = doc.add_paragraph()
            run = p.add_run(str(content))
            run.italic = True
            run.font.size = Pt(11)
        elif kind == "h":
            doc.add_heading(str(content), level=1)
        elif kind == "p":
            doc.add_paragraph(str(content))
        else:
            rows = content  # type: ignore[assignment]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
    buf = io.BytesIO()
    doc.save(buf)
    # Rewrite the zip with a fixed timestamp and order so the file is reproducible.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 27, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    print("wrote", OUT)


if __name__ == "__main__":
    build()
