#!/usr/bin/env python3
"""Build the two Word documents of union-m (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-m/make_docx.py    # python-docx is in the venv

- docs/cppu-live-performance-puppetry-agreement-2025-2028.docx: the agreement as running
  text, one Word "Heading 1" per article, numbered sections cited "Article 9.4(b)".
- docs/summary-circus-park-agreement-2022-2025-expired.docx: a summary of the expired
  previous agreement, marked EXPIRED, with look-alike figures and old rules.

`agreement_text()` and `summary_text()` return the same text for check_set.py (one
paragraph per line). The output is byte-for-byte reproducible (fixed core properties and
zip timestamps).
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(
    HERE, "docs", "cppu-live-performance-puppetry-agreement-2025-2028.docx"
)
SUMMARY_OUT = os.path.join(HERE, "docs", "summary-circus-park-agreement-2022-2025-expired.docx")

# (kind, text): "title", "sub", "h" (Heading 1, an article), "p" (a paragraph)
AGREEMENT: list[tuple[str, str]] = [
    ("title", "Live Performance and Puppetry Agreement 2025\u20132028"),
    (
        "sub",
        "between the Circus, Park and Puppetry Performers' Union of Orvanne (CPPU) and the "
        "Orvanne Live Entertainment Employers' Association (OLEEA). Signed at Port Ombrel on "
        "22 August 2025. The French version, Entente sur le spectacle vivant et la marionnette "
        "2025\u20132028, has equal force.",
    ),
    ("h", "Article 1 \u2013 Recognition and scope"),
    (
        "p",
        "1.1 The Employers recognise the Union as the sole bargaining agent for performers "
        "engaged in the Orvanne lakeshore region in circus shows, theme-park shows and parades, "
        "live events, costumed walkaround and character work, and puppetry for television.",
    ),
    (
        "p",
        "1.2 This Agreement sets minimum terms. Nothing prevents a performer from negotiating "
        "better terms with an Employer.",
    ),
    ("h", "Article 2 \u2013 Definitions"),
    (
        "p",
        '2.1 "Show" means one public performance of a programme, including its half-hour call. '
        'A "two-show day" is a day on which a performer gives two shows for the same Employer '
        "and is paid the two-show day rate in the Rate Schedule instead of two show fees.",
    ),
    (
        "p",
        '2.2 "Grade" means the category of the engagement: Grade A (principal), Grade B '
        "(featured) and Grade C (ensemble); in French, Cat\u00e9gorie A, B and C. A performer "
        "whose contract states no grade is Grade C.",
    ),
    (
        "p",
        '2.3 "Walkaround performer" means a performer who appears among the public in a full '
        "character costume, with or without a head, in a park, at an event or in a parade.",
    ),
    (
        "p",
        '2.4 "Puppeteer" means a performer who operates a puppet on camera or off camera for a '
        "children's television series. A Lead puppeteer performs the principal hand and voice "
        "of the puppet; an Assistant puppeteer operates its second hand, rods or mechanics.",
    ),
    (
        "p",
        '2.5 "Seasonal contract" means an engagement of at least eight consecutive weeks, paid '
        "at a weekly minimum for a week of six (6) shows.",
    ),
    (
        "p",
        '2.6 "Digital double" means a computer-generated likeness of a performer\'s body, '
        "movement or performance, including the movement of a costumed character or of a puppet "
        'created from the performer\'s work. A "movement model" is a system trained on one or '
        "more performers' captured movement so as to generate new movement.",
    ),
    ("h", "Article 3 \u2013 Term and seasons"),
    (
        "p",
        "3.1 This Agreement is in force from 1 September 2025 to 31 August 2028. Its contract "
        "years are seasons beginning on 1 September: Season 1 runs from 1 September 2025 to "
        "31 August 2026, Season 2 from 1 September 2026 to 31 August 2027, and Season 3 from "
        "1 September 2027 to 31 August 2028.",
    ),
    (
        "p",
        "3.2 The amount for a show, day, week or episode is the one in the column of the season "
        "in which the work is done. Either party may give notice to bargain in the last four "
        "months of the term; the Agreement continues until it is renewed.",
    ),
    ("h", "Article 4 \u2013 Payment"),
    (
        "p",
        "4.1 Fees are paid within fourteen (14) days after the end of the pay week in which the "
        "work was done, by bank transfer, with a statement showing the shows, grade and "
        "supplements paid.",
    ),
    (
        "p",
        "4.2 A late payment carries interest of 1.5% a month, and at least \u20ac25.00, for each "
        "month or part of a month of delay.",
    ),
    ("h", "Article 5 \u2013 Hours and overtime"),
    (
        "p",
        "5.1 A working day is eight (8) hours from the call, including rehearsal, costume and "
        "make-up time and shows. Work beyond eight hours in a day is overtime, paid per hour or "
        "part of an hour at row O-1 of the Rate Schedule. A rigging-check call that runs over "
        "two hours is paid as set out in Article 9.4(b).",
    ),
    (
        "p",
        "5.2 No performer gives more than two shows in a day, nor more than six shows in a week "
        "on a seasonal contract, without consent. A seventh show in a week is paid at one and a "
        "half times the performer's show fee.",
    ),
    (
        "p",
        "5.3 A performer has a rest of at least eleven (11) hours between the end of one "
        "working day and the next call.",
    ),
    ("h", "Article 6 \u2013 Meal breaks"),
    (
        "p",
        "6.1 A meal break of forty-five (45) minutes is given no later than five (5) hours after "
        "the call and no later than five hours after the end of the previous meal break.",
    ),
    (
        "p",
        "6.2 When a meal break is late, the Employer pays a meal penalty of \u20ac18.00 for each "
        "half hour or part of one by which it is late.",
    ),
    ("h", "Article 7 \u2013 Rehearsals"),
    (
        "p",
        "7.1 Rehearsal days are paid at row R-1 of the Rate Schedule, whatever the grade. A "
        "rehearsal week is five (5) rehearsal days. A seasonal contract may begin with up to "
        "two rehearsal weeks.",
    ),
    (
        "p",
        "7.2 A rehearsal day lasts at most seven (7) hours; the rest of the day is overtime.",
    ),
    ("h", "Article 8 \u2013 Costumed walkaround and character performers"),
    (
        "p",
        "8.1 A walkaround performer is not kept in a full-head costume for more than thirty "
        "(30) minutes at a time, and changes in a private, shaded area out of sight of the "
        "public.",
    ),
    (
        "p",
        "8.2 Heat breaks. When the temperature in the shade at the performance area is above "
        "27 \u00b0C, a walkaround performer in costume has a heat break of ten (10) minutes in "
        "every hour, out of costume, in addition to the breaks in Article 8.1.",
    ),
    (
        "p",
        "8.3 On any day on which Article 8.2 applies, a walkaround performer in a full-head "
        "costume is paid the costume-heat allowance in the Supplements Table (row K-1).",
    ),
    (
        "p",
        "8.4 The Employer provides a cool-down area with drinking water and seating within "
        "two minutes' walk of each walkaround route.",
    ),
    ("h", "Article 9 \u2013 Aerial and hazardous acts"),
    (
        "p",
        "9.1 A performer in an aerial act (trapeze, silks, hoop, straps, rope) more than three "
        "metres above the floor, or in a fire, high-wire or other hazardous act, is paid the "
        "supplement in the Supplements Table (rows H-1 and H-2) for each show.",
    ),
    (
        "p",
        "9.2 No aerial act is performed without a safety plan signed by a qualified rigger and "
        "by the performer.",
    ),
    (
        "p",
        "9.3 A performer may refuse an act when the equipment has not been checked under "
        "Article 9.4, without loss of pay.",
    ),
    ("p", "9.4 Rigging-check calls."),
    (
        "p",
        "(a) Every aerial performer attends a rigging-check call in each venue before the first "
        "show there, and again after any change to the rigging. The check is completed by a "
        "qualified rigger at least two (2) hours before the show.",
    ),
    (
        "p",
        "(b) A rigging-check call is paid at row R-2 of the Rate Schedule for each call, even on "
        "a day on which the performer is otherwise paid a show fee; a call that runs longer "
        "than two hours is paid for the extra time as overtime at row O-1.",
    ),
    (
        "p",
        "(c) A rigging-check call is never scheduled during a meal break or a heat break.",
    ),
    ("h", "Article 10 \u2013 Puppeteers in television series"),
    (
        "p",
        "10.1 Puppeteers in a children's television series are paid per episode at rows P-1 "
        "(Lead) and P-2 (Assistant). An episode is one programme of up to twenty-two minutes.",
    ),
    (
        "p",
        "10.2 No more than three (3) episodes are recorded in one day. Puppet build and "
        "rehearsal days are paid at row P-3.",
    ),
    (
        "p",
        "10.3 A puppeteer is credited by name in the end credits of each episode in which they "
        "perform.",
    ),
    ("h", "Article 11 \u2013 Understudies and swings"),
    (
        "p",
        "11.1 An understudy on standby is paid the standby supplement (row U-1) for each week "
        "of standby. An understudy who goes on is paid the fee of the role for that show, and "
        "the supplement in row U-3.",
    ),
    (
        "p",
        "11.2 A swing who covers two or more tracks in the same show is paid the swing "
        "supplement (row U-2) on top of the weekly minimum.",
    ),
    ("h", "Article 12 \u2013 Travel and per diem"),
    (
        "p",
        "12.1 When the venue is more than forty (40) km from the performer's home venue, the "
        "Employer pays travel by the performer's own car per km (row T-1) for the whole "
        "distance, or provides transport.",
    ),
    (
        "p",
        "12.2 On tour, the Employer pays a per diem (row T-2) for each day away and, where it "
        "does not provide lodging, a lodging allowance per night (row T-3).",
    ),
    ("p", "12.3 A travel day with no show is paid as a rehearsal day."),
    ("h", "Article 13 \u2013 Injury pay"),
    (
        "p",
        "13.1 A performer injured at work and unable to perform is paid injury pay of 75% of "
        "the weekly minimum of their grade for up to twelve (12) weeks, from the first day of "
        "absence. For example, a Grade A performer on a Season 2 weekly minimum receives "
        "EUR 1,437.60 a week.",
    ),
    (
        "p",
        "13.2 The injury is reported to the Employer and to the Union within forty-eight (48) "
        "hours, or as soon as the performer is able to.",
    ),
    ("h", "Article 14 \u2013 Cancellation of shows"),
    (
        "p",
        "14.1 A show cancelled more than twenty-four (24) hours before curtain is not paid.",
    ),
    (
        "p",
        "14.2 A show cancelled for weather or any other reason less than three (3) hours before "
        "curtain is paid at 50% of the show fee; once the performers are in costume, it is "
        "paid in full.",
    ),
    (
        "p",
        "14.3 A show stopped after curtain for weather is paid in full and counts as a show.",
    ),
    ("h", "Article 15 \u2013 Pension and holiday pay"),
    (
        "p",
        "15.1 The Employer contributes 9% of fees to the Orvanne Performers' Retirement Plan and "
        "the performer 4%.",
    ),
    (
        "p",
        "15.2 Holiday pay of twelve and a half per cent of fees is paid with each payment.",
    ),
    ("h", "Article 16 \u2013 Grievances"),
    (
        "p",
        "16.1 A grievance is filed in writing within forty (40) days after the performer or the "
        "Union learns of the facts. The parties meet within fifteen (15) days; an unresolved "
        "grievance may be referred to arbitration.",
    ),
    ("h", "Article 17 \u2013 Digital doubles, puppet capture and synthetic crowds"),
    (
        "p",
        "17.1 This Article applies to every digital double of a performer, of the costumed "
        "character they perform or of the puppet they operate, made from scanning or capture of "
        "their movement or performance.",
    ),
    (
        "p",
        "17.2 Consent. No digital double is created or used without the performer's separate, "
        "written consent, given for each production. A consent covers only the production and "
        "the use it names.",
    ),
    (
        "p",
        "17.3 Consent is not a condition of engagement: no performer is refused work, or paid "
        "less, for declining a scan or a digital double.",
    ),
    (
        "p",
        "17.4 Described-use notice. At least seven (7) days before a scan or capture, the "
        "Employer gives the performer a written notice describing the intended use, the shows "
        "or episodes, the media and the period of use.",
    ),
    (
        "p",
        "17.5 A movement scan session is paid at row D-1 of the Rate Schedule.",
    ),
    (
        "p",
        "17.6 Reuse in a new season. A digital double is reused in a season after the one "
        "named in the consent only with a new consent and the reuse fee (row D-2), paid for "
        "each season of reuse.",
    ),
    (
        "p",
        "17.7 Training. A performer's captured movement is used to train a movement model only "
        "with a separate consent, given apart from any consent under Article 17.2, and the "
        "training fee (row D-3).",
    ),
    (
        "p",
        "17.8 Puppet-performance capture. When the movement of a puppet is captured to animate "
        "it, the Lead puppeteer is paid the capture fee (row D-4) for each episode in which the "
        "captured performance is used, and is credited.",
    ),
    (
        "p",
        "17.9 Synthetic crowds. An Employer that uses synthetic crowd or background figures in a "
        "park show gives written notice to the Union at least twenty-eight (28) days before the "
        "first public show using them.",
    ),
    (
        "p",
        "17.10 Withdrawal. A performer may withdraw consent for future uses on thirty (30) "
        "days' written notice to the Employer.",
    ),
    (
        "p",
        "17.11 Deletion. The Employer deletes every digital double and its capture data within "
        "sixty (60) days of the end of the production, and confirms the deletion in writing to "
        "the performer and the Union.",
    ),
    (
        "p",
        "17.12 The digital double of a deceased performer is used only with the written consent "
        "of the performer's estate.",
    ),
    ("h", "Article 18 \u2013 Schedules and signatures"),
    (
        "p",
        "18.1 The Rate Schedule and the Supplements Table form part of this Agreement. In the "
        "event of a difference between them and this text, the parties correct it by notice.",
    ),
    (
        "p",
        "For the Union: Ma\u00eblle Trocadier, President; Osric Pellefeu, Secretary. For the "
        "Employers: Gwenaël Sauvestre, Chair, OLEEA.",
    ),
]

SUMMARY: list[tuple[str, str]] = [
    ("title", "Summary of the Circus and Park Performers Agreement 2022\u20132025"),
    (
        "sub",
        "EXPIRED. This agreement expired on 31 August 2025 and has been superseded by the Live "
        "Performance and Puppetry Agreement 2025\u20132028. Kept for reference only.",
    ),
    ("h", "Term"),
    (
        "p",
        "The Circus and Park Performers Agreement ran from 1 September 2022 to 31 August 2025, "
        "in three seasons beginning on 1 September. It covered circus, park and parade "
        "performers; puppeteers were covered by a separate letter from 2023.",
    ),
    ("h", "Fees in the final season (2024-2025)"),
    (
        "p",
        "Grade A (principal) per show: \u20ac318.00. Grade B (featured) per show: \u20ac274.50. "
        "Grade C (ensemble) per show: \u20ac205.00. Two-show day, Grade A: \u20ac556.00.",
    ),
    (
        "p",
        "Weekly minimum on a seasonal contract (6 shows): Grade A \u20ac1,720.00; Grade B "
        "\u20ac1,476.00; Grade C 1098.00 euros.",
    ),
    (
        "p",
        "Lead puppeteer per episode: \u20ac566.00; Assistant puppeteer: \u20ac384.00. "
        "Rigging-check call: \u20ac80.00 per call. Per diem: \u20ac57.00; mileage \u20ac0.41 "
        "per km.",
    ),
    ("h", "Rules"),
    ("p", "Payment: within twenty-one (21) days after the end of the pay week."),
    (
        "p",
        "Heat breaks: ten (10) minutes per hour when the temperature was above 30 \u00b0C.",
    ),
    (
        "p",
        "Injury pay: 60% of the weekly minimum for up to eight (8) weeks.",
    ),
    (
        "p",
        "Digital doubles: a one-time digital double fee of \u20ac950.00 covered every use in "
        "every season; deletion within one hundred and eighty (180) days of the end of the "
        "production; no separate consent for training.",
    ),
    (
        "p",
        "Grievances: within sixty (60) days. Meal penalty: \u20ac15.00 per half hour.",
    ),
    ("h", "Other terms in the final season"),
    (
        "p",
        "Walkaround character per hour: \u20ac35.20, minimum 3 hours. Rehearsal day: "
        "\u20ac198.00. Overtime after 9 hours in a day: \u20ac50.00 per hour. Lodging "
        "allowance: \u20ac105.00 per night. Aerial supplement: 10% of the show fee. "
        "Understudy on standby: \u20ac125.00 per week.",
    ),
    (
        "p",
        "Shows cancelled for weather less than two hours before curtain were paid at 40% of "
        "the show fee. Holiday pay was 10% of fees; the employer's pension contribution "
        "was 7%.",
    ),
    ("h", "What changed"),
    (
        "p",
        "The 2025\u20132028 Agreement brought per-production consent, a reuse fee per season, "
        "a training fee, longer injury pay and faster payment. For the terms that apply now, "
        "read the 2025\u20132028 Agreement, its Rate Schedule, the Supplements Table and any "
        "letter of agreement. Prepared by the CPPU Research Office, Port Ombrel, "
        "10 September 2025.",
    ),
]


def agreement_text() -> str:
    return "\n".join(text for _, text in AGREEMENT)


def summary_text() -> str:
    return "\n".join(text for _, text in SUMMARY)


def _build(blocks: list[tuple[str, str]], out: str, title: str, when: datetime.datetime) -> None:
    import docx  # python-docx
    from docx.shared import Pt

    doc = docx.Document()
    props = doc.core_properties
    props.title = title
    props.author = "Circus, Park and Puppetry Performers' Union of Orvanne"
    props.created = when
    props.modified = when
    props.last_modified_by = "CPPU"
    props.revision = 1
    props.language = "en-GB"
    for kind, text in blocks:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            run = doc.add_paragraph().add_run(text)
            run.italic = True
            run.font.size = Pt(10)
        elif kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    stamp = (when.year, when.month, when.day, 12, 0, 0)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    print("wrote", out)


def build() -> None:
    _build(
        AGREEMENT,
        AGREEMENT_OUT,
        "CPPU Live Performance and Puppetry Agreement 2025-2028",
        datetime.datetime(2025, 8, 22, 12, 0, 0),
    )
    _build(
        SUMMARY,
        SUMMARY_OUT,
        "Summary of the expired Circus and Park Performers Agreement 2022-2025",
        datetime.datetime(2025, 9, 10, 12, 0, 0),
    )


if __name__ == "__main__":
    build()
