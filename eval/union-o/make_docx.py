#!/usr/bin/env python3
"""Build the two Word documents of union-o (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-o/make_docx.py    # python-docx is in the venv

- docs/sclpu-live-comedy-hosting-agreement-2025-2029.docx: the agreement as running text,
  parts as Word "Heading 1", articles as "Heading 2", numbered paragraphs "(1)" with
  lettered sub-paragraphs "(a)" (cited "Article 16(5)(b)"), and one short Word table of
  definitions in Article 2.
- docs/summary-comedy-stage-agreement-2020-2025-expired.docx: a short summary of the
  expired previous agreement, marked EXPIRED, with look-alike figures and old rules.

`agreement_text()` and `summary_text()` return the same text for check_set.py (one
paragraph or table row per line, cells joined by " | "). The output is byte-for-byte
reproducible (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "sclpu-live-comedy-hosting-agreement-2025-2029.docx")
SUMMARY_OUT = os.path.join(HERE, "docs", "summary-comedy-stage-agreement-2020-2025-expired.docx")

DEFINITIONS = [
    ["Term", "Meaning"],
    [
        "Venue level",
        "Level 1: a room of up to 150 seats; Level 2: a room of 151 to 600 seats; Level 3: a "
        "room of more than 600 seats (in French, Niveau 1, 2 and 3), counted by the licensed "
        "seated capacity of the room used",
    ],
    [
        "Billing",
        "opener, feature or headliner (in French, première partie, invité or tête d'affiche), "
        "as stated in the confirmation",
    ],
    ["Spot", "a set of 5, 10 or 20 minutes on a bill with several acts"],
    ["Headline set", "the closing set of a bill, of up to 45 minutes"],
    ["Hosted show", "a show presented by a host or MC, of up to three hours with intervals"],
    ["Streaming hour", "each hour, or part of an hour, of a live stream"],
    ["Short clip", "a recorded piece of up to 90 seconds made for social media"],
    ["Engagement fee", "the fee agreed for the live work, before premiums and allowances"],
]

# (kind, text): "title", "sub", "part" (Heading 1), "art" (Heading 2), "p", "table"
AGREEMENT: list[tuple[str, str]] = [
    ("title", "Live Comedy and Hosting Agreement 2025\u20132029"),
    (
        "sub",
        "between the Sorrelay Comedy and Live Performers' Union (SCLPU) and the Sorrelay "
        "Association of Promoters and Venues (SAPV), acting for its member promoters, clubs, "
        "festivals, producers and streaming channels. Signed at Port Tamsin on 24 January "
        "2025. The French version, Accord sur l'humour et l'animation en direct 2025\u20132029, "
        "has equal force. All amounts are in pounds sterling.",
    ),
    ("part", "Part I \u2013 General provisions"),
    ("art", "Article 1 \u2013 Scope"),
    (
        "p",
        "(1) This Agreement applies to stand-up comedians, improvisation and sketch performers, "
        "event hosts and masters of ceremonies (MCs), writers engaged in comedy writers' rooms "
        "and live-streaming entertainers engaged on the Isle of Sorrelay by a member of SAPV.",
    ),
    ("p", "(2) It sets minimum terms. A performer may agree better terms with a promoter."),
    (
        "p",
        "(3) Schedule A (Minimum Rates) and the Recording and Broadcast Fee Table form part of "
        "this Agreement.",
    ),
    ("art", "Article 2 \u2013 Definitions"),
    ("p", "(1) In this Agreement the following terms have the meanings in this table:"),
    ("table", "definitions"),
    ("p", "(2) A booking that states no billing is paid at the feature rate."),
    ("art", "Article 3 \u2013 Term and contract years"),
    ("p", "(1) This Agreement runs from 1 February 2025 to 31 January 2029."),
    ("p", "(2) Contract years start on 1 February:"),
    ("p", "(a) Year 1 runs from 1 February 2025 to 31 January 2026;"),
    ("p", "(b) Year 2 runs from 1 February 2026 to 31 January 2027;"),
    ("p", "(c) Year 3 runs from 1 February 2027 to 31 January 2028;"),
    ("p", "(d) Year 4 runs from 1 February 2028 to 31 January 2029."),
    (
        "p",
        "(3) An engagement is paid at the rate of the contract year in which the performance, "
        "the room session or the stream takes place.",
    ),
    ("p", "(4) Either party may give notice to bargain a new agreement from 1 August 2028."),
    ("part", "Part II \u2013 Engagements and pay"),
    ("art", "Article 4 \u2013 Booking and confirmation"),
    (
        "p",
        "(1) Every booking is confirmed in writing (a letter, an email or a message in a "
        "booking application) at least seven (7) days before the engagement, or on the day of "
        "the booking if it is made later.",
    ),
    ("p", "(2) The confirmation states:"),
    ("p", "(a) the venue and its level;"),
    ("p", "(b) the billing and the length of the set or of the show;"),
    ("p", "(c) the fee;"),
    ("p", "(d) any recording, broadcast or stream;"),
    ("p", "(e) the travel and accommodation provided."),
    (
        "p",
        '(3) A hold (a "pencil") lapses forty-eight (48) hours after it is placed unless it is '
        "confirmed.",
    ),
    (
        "p",
        "(4) A performer whose engagement was not confirmed in writing is paid at the billing "
        "actually performed.",
    ),
    ("art", "Article 5 \u2013 Minimum fees"),
    (
        "p",
        "(1) The minimum fees are in Schedule A, by venue level, billing and contract year.",
    ),
    (
        "p",
        "(2) Holiday pay of 8% is added to every fee. The amounts in Schedule A exclude it.",
    ),
    (
        "p",
        "(3) A performer booked for two spots on the same night at the same venue is paid for "
        "each spot.",
    ),
    ("p", "(4) Improvisation and sketch shows are paid per performer and per show."),
    ("art", "Article 6 \u2013 Rehearsals and writers' rooms"),
    (
        "p",
        "(1) Rehearsal for an improvisation or sketch show is paid per hour, with a minimum "
        "call of two (2) hours.",
    ),
    (
        "p",
        "(2) A writers' room is paid per half day of up to four (4) hours, or per week of "
        "five (5) days of up to eight (8) hours each.",
    ),
    ("p", "(3) A punch-up session of up to two (2) hours is paid per session."),
    ("art", "Article 7 \u2013 Payment"),
    (
        "p",
        "(1) The promoter pays the fee and any premium or allowance within twenty-eight (28) "
        "days of receiving the performer's invoice, or of the engagement when the confirmation "
        "says that no invoice is needed.",
    ),
    (
        "p",
        "(2) An amount paid late bears interest of one and a quarter per cent (1.25%) per "
        "month or part of a month, with a minimum of £25.00 for each late payment.",
    ),
    (
        "p",
        "(3) For a door-split show the promoter gives the performer a written settlement "
        "statement within seven (7) days of the show.",
    ),
    ("art", "Article 8 \u2013 Overtime"),
    (
        "p",
        "(1) A hosted show that runs more than fifteen (15) minutes beyond its confirmed "
        "running time is in overtime from the end of the confirmed running time.",
    ),
    (
        "p",
        "(2) Rehearsal beyond six (6) hours in a day, and a writers' room beyond four (4) "
        "hours in a half day or eight (8) hours in a day, is overtime.",
    ),
    ("p", "(3) Overtime is paid:"),
    (
        "p",
        "(a) at the overtime rate per hour in Schedule A, row O-1 for Levels 1 and 2 and row "
        "O-2 for Level 3 (rooms and rehearsals not held at a venue are paid under row O-1);",
    ),
    ("p", "(b) per half hour or part of a half hour."),
    ("art", "Article 9 \u2013 Late-night premium"),
    (
        "p",
        "(1) Work that starts after midnight, or that continues past 00:30, carries a "
        "late-night premium of 20% of the engagement fee.",
    ),
    (
        "p",
        "(2) The premium is not part of the engagement fee on which recording and broadcast "
        "fees are calculated.",
    ),
    ("p", "(3) Minors do no late-night work (Article 14)."),
    ("art", "Article 10 \u2013 Cancellation"),
    (
        "p",
        "(1) A promoter who cancels a confirmed engagement within seventy-two (72) hours "
        "before it is due to start pays 50% of the fee.",
    ),
    (
        "p",
        "(2) A promoter who cancels within twenty-four (24) hours before the start, or on the "
        "day, pays 100% of the fee and any travel already booked.",
    ),
    (
        "p",
        "(3) An earlier cancellation costs the promoter nothing, except travel costs the "
        "performer has already paid, which are reimbursed.",
    ),
    ("art", "Article 11 \u2013 Recording, broadcast and streaming"),
    (
        "p",
        "(1) No set or show may be recorded, broadcast or streamed without the performer's "
        "consent in the confirmation.",
    ),
    (
        "p",
        "(2) A recording or broadcast is paid as a percentage of the engagement fee, by medium "
        "and term of use, under the Recording and Broadcast Fee Table.",
    ),
    (
        "p",
        "(3) A live stream made by the performer for a member channel is paid per streaming "
        "hour, with a minimum of one (1) streaming hour; a short clip is paid per clip "
        "(Schedule A, rows L-1 to L-4).",
    ),
    (
        "p",
        "(4) A venue may make a house recording only for security and for settling disputes. "
        "It erases the recording within thirty (30) days and never uses it for any other "
        "purpose, including those in Article 16(5).",
    ),
    ("art", "Article 12 \u2013 Travel, accommodation and per diem"),
    (
        "p",
        "(1) A performer who drives more than 25 km from home base to an engagement is paid "
        "per km for the whole journey (Schedule A, row T-1).",
    ),
    (
        "p",
        "(2) When a show ends after 23:00 and the performer's home base is more than 60 km "
        "away, the promoter provides a room or pays the overnight allowance per night (row "
        "T-2).",
    ),
    (
        "p",
        "(3) At a festival the performer receives a per diem for each day on which the "
        "performer works or is required to stay (row T-3), paid on the first day.",
    ),
    ("art", "Article 13 \u2013 Material ownership"),
    (
        "p",
        "(1) A performer's jokes, routines, characters and bits belong to the performer. A "
        "booking gives the promoter no right in them.",
    ),
    (
        "p",
        "(2) Material written in a writers' room may be used by the producer in the production "
        "for which it was written for three (3) years from its first broadcast; every other "
        "right stays with the writers, who are credited by name.",
    ),
    (
        "p",
        "(3) A promoter or venue may not publish, sell or license material from a set except "
        "under Article 11.",
    ),
    ("art", "Article 14 \u2013 Minors"),
    ("p", "(1) A performer under 18 is a minor."),
    ("p", "(2) A minor:"),
    ("p", "(a) performs only with a parent or guardian present;"),
    ("p", "(b) does not perform after 22:00;"),
    ("p", "(c) performs at most two (2) sets a night."),
    (
        "p",
        "(3) The promoter notifies the union of every booking of a minor at least five (5) "
        "working days in advance.",
    ),
    ("art", "Article 15 \u2013 Bringer shows"),
    (
        "p",
        "(1) No promoter may require a performer to bring paying guests, or to sell a minimum "
        'number of tickets, as a condition of a spot or a booking (a "bringer show"). This '
        "applies to open-mic nights as well.",
    ),
    (
        "p",
        "(2) A promoter in breach pays the performer twice the Schedule A fee for the spot, and "
        "the union may advise members not to accept bookings from that promoter.",
    ),
    ("part", "Part III \u2013 Artificial intelligence"),
    (
        "art",
        "Article 16 \u2013 Voice clones, digital doubles and material generated in a "
        "performer's style",
    ),
    ("p", "(1) In this Article:"),
    ("p", '(a) "voice clone" means a synthetic voice that imitates a performer\'s voice;'),
    (
        "p",
        '(b) "digital double" means a synthetic image or video that reproduces a performer\'s '
        "face, body or movements;",
    ),
    (
        "p",
        '(c) "style-generated material" means jokes, routines, sketches or bits generated by '
        "software to imitate the style of a performer.",
    ),
    (
        "p",
        "(2) A voice clone or a digital double of a performer may be made or used only with "
        "the performer's consent, given in writing for each production, which names the "
        "production, the uses, the media and the term.",
    ),
    (
        "p",
        "(3) Consent is not a condition of booking. A performer who refuses consent may not be "
        "refused a booking, given a lower billing or paid less.",
    ),
    ("p", "(4) The fees are in Schedule A:"),
    ("p", "(a) per minute of synthetic audio made with a voice clone (row A-1);"),
    ("p", "(b) per synthetic clip of up to 60 seconds using a digital double (row A-2);"),
    ("p", "(c) per capture session for a voice clone or a digital double (row A-4)."),
    ("p", "(5) Training:"),
    (
        "p",
        "(a) before recorded sets, rehearsals or writers' room sessions of a performer are used "
        "to train a model, the producer obtains a separate written consent and pays the "
        "training fee (row A-3);",
    ),
    (
        "p",
        "(b) recordings of live sets made by venues, house recordings included, may not be "
        "used to train a model.",
    ),
    (
        "p",
        '(6) No party bound by this Agreement may generate new jokes, routines or sketches "in '
        "the style of\" a named performer, or offer them under that performer's name, without "
        "that performer's written consent.",
    ),
    (
        "p",
        "(7) Any audio or video that uses a voice clone or a digital double carries the label "
        '"Synthetic performance" (in French, "Prestation de synthèse"), shown on screen or '
        "read at the start.",
    ),
    (
        "p",
        "(8) For a minor, consent is given in writing by the parent or guardian, and the "
        "producer notifies the union at least fifteen (15) working days before the capture.",
    ),
    (
        "p",
        "(9) A performer may withdraw consent for future uses on thirty (30) days' written "
        "notice; uses already made are paid.",
    ),
    (
        "p",
        "(10) The producer deletes the voice clone, the digital double and the capture data "
        "within forty-five (45) days of the end of the use consented to, and confirms the "
        "deletion in writing.",
    ),
    (
        "p",
        "(11) After a performer's death, consent is given by the performer's estate, to which "
        "the fees are paid.",
    ),
    ("part", "Part IV \u2013 Disputes and general provisions"),
    ("art", "Article 17 \u2013 Grievances"),
    (
        "p",
        "(1) A grievance is filed in writing with the other party within forty (40) days of "
        "the event that gave rise to it.",
    ),
    ("p", "(2) The parties meet within ten (10) days of the filing."),
    (
        "p",
        "(3) A grievance not settled within thirty (30) days of the meeting may be referred to "
        "a sole arbitrator from the Sorrelay Labour Panel, whose award binds both parties.",
    ),
    ("art", "Article 18 \u2013 General"),
    ("p", "(1) A joint committee of the parties meets every quarter."),
    (
        "p",
        "(2) This Agreement may be amended only by a Letter of Agreement signed by both parties.",
    ),
    (
        "p",
        "For SCLPU: Oriane Kestell, President. For SAPV: Dunstan Ashgrove, Chair. Port Tamsin, "
        "24 January 2025.",
    ),
]

SUMMARY: list[tuple[str, str]] = [
    ("title", "EXPIRED \u2013 Comedy Stage Agreement 2020\u20132025: summary"),
    (
        "sub",
        "This agreement between SCLPU and SAPV ran from 1 February 2020 and expired on "
        "31 January 2025. It no longer governs any engagement: the Live Comedy and Hosting "
        "Agreement 2025\u20132029 applies to work from 1 February 2025. This summary is kept for "
        "members with claims about older work.",
    ),
    ("art", "Main rules of the expired agreement"),
    ("p", "Payment within forty-five (45) days of the invoice; interest of 1% per month."),
    (
        "p",
        "Cancellation: 50% of the fee when the promoter cancelled within 48 hours of the show; "
        "no other cancellation fee.",
    ),
    ("p", "Grievances within sixty (60) days of the event."),
    ("p", "Travel beyond 40 km at 0.41 pounds per km; festival per diem 70.00 pounds a day."),
    (
        "p",
        "Venue sizes were called Small, Medium and Large Rooms; there was no separate billing "
        "for a feature act.",
    ),
    (
        "p",
        "Hosts were paid a flat fee per evening whatever its length, and hosting overtime began "
        "only after thirty (30) minutes beyond the advertised end of the show.",
    ),
    ("p", "Minors could perform until 23:00 with a guardian present."),
    (
        "p",
        "Recordings were paid a flat 10% of the fee whatever the medium, and writers' rooms "
        "were paid by the day only.",
    ),
    (
        "p",
        "Shows that asked performers to bring guests were discouraged in a joint statement but "
        "were not prohibited, and no penalty applied.",
    ),
    ("art", "Synthetic voice (old rules)"),
    (
        "p",
        "A one-time synthetic voice fee of 1450.00 pounds per production covered every use of "
        "a performer's synthetic voice, with no limit of time. The agreement said nothing about "
        "digital doubles, and no separate consent or fee was required to train a model on "
        "recorded sets.",
    ),
    ("p", "Voice data was deleted within 365 days of the end of the production."),
    ("art", "Last rates (2024\u201325)"),
    ("p", "Large Room headline set 1098.00 pounds; Medium Room hosted show 272.00 pounds."),
    (
        "p",
        "Rehearsal 31.00 pounds per hour; writers' room week 1985.00 pounds; streaming hour "
        "52.00 pounds.",
    ),
    ("p", "Small Room 10-minute spot 61.00 pounds; overnight allowance 98.00 pounds."),
    (
        "p",
        "Prepared by the SCLPU research desk, Port Tamsin, 20 February 2025. For work done "
        "before 1 February 2025, contact the office; for any later work, read the 2025\u20132029 "
        "agreement and its Schedule A.",
    ),
]


def _text(blocks: list[tuple[str, str]]) -> str:
    lines = []
    for kind, text in blocks:
        if kind == "table":
            lines.extend(" | ".join(row) for row in DEFINITIONS)
        else:
            lines.append(text)
    return "\n".join(lines)


def agreement_text() -> str:
    return _text(AGREEMENT)


def summary_text() -> str:
    return _text(SUMMARY)


def _build(blocks, out: str, title: str, when: datetime.datetime) -> None:
    import docx  # python-docx

    doc = docx.Document()
    props = doc.core_properties
    props.title = title
    props.author = "SCLPU"
    props.created = when
    props.modified = when
    props.last_modified_by = "SCLPU"
    props.revision = 1
    props.language = "en-GB"
    for kind, text in blocks:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "part":
            doc.add_heading(text, level=1)
        elif kind == "art":
            doc.add_heading(text, level=2)
        elif kind == "table":
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for i, (term, meaning) in enumerate(DEFINITIONS):
                cells = table.add_row().cells
                cells[0].text = term
                cells[1].text = meaning
                if i == 0:
                    for c in cells:
                        for run in c.paragraphs[0].runs:
                            run.bold = True
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].italic = True
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
        "Live Comedy and Hosting Agreement 2025-2029",
        datetime.datetime(2025, 1, 24, 12, 0, 0),
    )
    _build(
        SUMMARY,
        SUMMARY_OUT,
        "EXPIRED - Comedy Stage Agreement 2020-2025 (summary)",
        datetime.datetime(2025, 2, 20, 12, 0, 0),
    )


if __name__ == "__main__":
    build()
