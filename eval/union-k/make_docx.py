#!/usr/bin/env python3
"""Build docs/dsag-live-and-recording-agreement-2025-2028.docx (the whole text is here).

    .venv/bin/python eval/union-k/make_docx.py          # python-docx is in the project's venv

The Live Performance, Music Video and Recording Agreement 2025-2028 between the Dance and
Session Artists' Guild of Ravelmont (DSAG) and the Ravelmont Stage and Recording Producers'
Association (RSRPA). Provisions are cited "§ 9.3(b)" (section, subsection, paragraph):
definitions and categories, term and contract years from 1 September, payment and late
interest, pension and insurance, rehearsals, swings and understudies, rest, injury and
floors, music videos, choreographers, cancellation, voice sessions, the Musicians' Section
(doubling, cartage), tours, § 16 on digital replicas and AI, grievances. The amounts of
the rate schedules are NOT here: they are in Schedule A (PDF) and Schedule B (HTML).
`agreement_text()` returns the same text (one paragraph per line) for check_set.py. The
output is byte-for-byte reproducible (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "dsag-live-and-recording-agreement-2025-2028.docx")

# Each block: ("title"|"sub"|"h"|"p", text).
BLOCKS: list[tuple[str, str]] = [
    ("title", "Live Performance, Music Video and Recording Agreement 2025-2028"),
    (
        "sub",
        "between the Dance and Session Artists' Guild of Ravelmont (DSAG) and the Ravelmont "
        "Stage and Recording Producers' Association (RSRPA)",
    ),
    (
        "p",
        "Signed at Saint-Aurèle on 22 August 2025. Provisions are cited by section, "
        'subsection and paragraph, for example "§ 6.2" or "§ 9.3(b)". The minimum amounts '
        "are set out in Schedule A (Dancers, Choreographers and Digital Replicas) and "
        "Schedule B (Musicians' Section Rates), published separately, which form part of "
        "this Agreement. The English text is the signed text; the Guild publishes a French "
        "version for its members, in which a category is called a catégorie.",
    ),
    ("h", "§ 1 Recognition and scope"),
    (
        "p",
        "§ 1.1 The Association recognises the Guild as the exclusive bargaining agent for "
        "dancers, choreographers, assistant choreographers and session musicians and "
        "vocalists engaged in the Province of Ravelmont by its members for stage musicals, "
        "live shows, concert tours, music videos and recording sessions for film and "
        "television scores.",
    ),
    (
        "p",
        "§ 1.2 A Producer may offer better terms. No individual contract may provide for "
        "terms below those of this Agreement, Schedule A or Schedule B.",
    ),
    ("h", "§ 2 Definitions and categories"),
    (
        "p",
        '§ 2.1 "Call" means a period of work for which an artist is required to be present, '
        "from the time called to the time released.",
    ),
    (
        "p",
        '§ 2.2 "Service" means a recording session of a musician of up to three (3) hours, '
        "paid under § 14.",
    ),
    (
        "p",
        '§ 2.3 "Number" means one piece of choreography set to one musical selection of up '
        "to six (6) minutes.",
    ),
    (
        "p",
        '§ 2.4 "Swing" means a dancer who is not in the nightly cast and who covers three '
        '(3) or more tracks. "Understudy" means a performer of the cast who also covers a '
        "named role or track.",
    ),
    (
        "p",
        '§ 2.5 "Digital replica" means a digital representation of the voice, likeness, '
        "movement or instrument sound of an identifiable artist, created with computer "
        "technology including artificial intelligence, that can produce a performance the "
        "artist did not give. Dance and motion data captured from a dancer are a digital "
        "replica of that dancer.",
    ),
    (
        "p",
        '§ 2.6 "Synthetic performer" means a voice, figure or sound produced by computer '
        "technology that is not the digital replica of an identifiable artist.",
    ),
    (
        "p",
        '§ 2.7 "Project" means one production: one stage production, one tour, one music '
        "video or one film or television score, with its marketing material.",
    ),
    (
        "p",
        "§ 2.8 Categories. Minimum amounts depend on the category of the venue or the "
        "production. (a) Stage musicals and live shows: Category I, a theatre of more than "
        "1,200 seats; Category II, from 500 to 1,200 seats; Category III, fewer than 500 "
        "seats. (b) Music videos, tours and recording for film and television: Category I, a "
        "production budget of more than $5 million; Category II, from $1 million to "
        "$5 million; Category III, less than $1 million. (c) If no category is stated in the "
        "engagement contract, Category I applies.",
    ),
    (
        "p",
        '§ 2.9 "Working day" means Monday to Friday, excluding the public holidays of the '
        "Province of Ravelmont.",
    ),
    ("h", "§ 3 Term and contract years"),
    ("p", "§ 3.1 This Agreement is in force from 1 September 2025 to 31 August 2028."),
    (
        "p",
        "§ 3.2 A contract year runs from 1 September to 31 August of the following calendar "
        "year. Year 1 runs from 1 September 2025 to 31 August 2026, Year 2 from "
        "1 September 2026 to 31 August 2027, and Year 3 from 1 September 2027 to "
        "31 August 2028.",
    ),
    (
        "p",
        "§ 3.3 The minimum amount is the one in effect for the contract year in which the "
        "work is performed.",
    ),
    (
        "p",
        "§ 3.4 This Agreement replaces the Stage and Recording Agreement 2022-2025, which "
        "expired on 31 August 2025. The parties amend this Agreement only by a letter of "
        "understanding signed by both of them; a misprint in a Schedule is corrected by an "
        "erratum issued jointly.",
    ),
    ("h", "§ 4 Payment"),
    (
        "p",
        "§ 4.1 The Producer pays weekly engagements on the Thursday after each week of work, "
        "and calls, numbers and services within ten (10) days after the work.",
    ),
    (
        "p",
        "§ 4.2 An amount paid late carries interest of 1.5% of the amount due for each month "
        "of delay or part of a month, with a minimum of $25.00 per late payment, paid to the "
        "artist.",
    ),
    (
        "p",
        "§ 4.3 The pay statement shows the category, the Schedule code of each amount paid "
        "and the number of weeks, calls, numbers, services or minutes of music paid.",
    ),
    ("h", "§ 5 Pension and insurance"),
    (
        "p",
        "§ 5.1 The Producer contributes to the Ravelmont Artists' Retirement Fund (RARF) an "
        "amount equal to 9.25% of the gross fees paid under this Agreement.",
    ),
    (
        "p",
        "§ 5.2 The Producer deducts the artist's own contribution of 4% of the same fees and "
        "remits it to the RARF with its own contribution.",
    ),
    (
        "p",
        "§ 5.3 The Producer contributes 2.75% of the gross fees to the Guild's group "
        "insurance plan. Use fees and training fees paid under § 16 are gross fees for this "
        "section.",
    ),
    ("h", "§ 6 Rehearsals"),
    (
        "p",
        "§ 6.1 A rehearsal week is no more than forty (40) hours over five (5) days and is "
        "paid at the Schedule A rehearsal week amount for the category (rows D-4 and D-5).",
    ),
    (
        "p",
        "§ 6.2 A rehearsal day is no more than eight (8) hours, with a meal break of one (1) "
        "hour after no more than five (5) hours. Rehearsal beyond forty (40) hours in a week "
        "is paid at one and a half times the hourly equivalent of the rehearsal week amount.",
    ),
    (
        "p",
        "§ 6.3 No more than six (6) rehearsal weeks are scheduled before the first paid "
        "public performance of a stage musical, and no more than three (3) before a live "
        "show or a concert tour.",
    ),
    ("h", "§ 7 Performances, swings and understudies"),
    (
        "p",
        "§ 7.1 The weekly amount for a stage musical or live show covers up to eight (8) "
        "performances a week. A ninth performance is paid one-eighth of the weekly amount.",
    ),
    (
        "p",
        "§ 7.2 A swing is paid the weekly amount for the category plus the weekly swing "
        "premium of Schedule A (row D-6), whether or not the swing goes on.",
    ),
    (
        "p",
        "§ 7.3 An understudy who goes on in a covered role is paid, for each performance, "
        "the understudy amount of Schedule A (row D-7) in addition to the weekly amount.",
    ),
    (
        "p",
        "§ 7.4 A swing or understudy is given at least two (2) put-in rehearsals with the "
        "stage manager before going on in a track or role for the first time, except in an "
        "emergency declared by the stage manager.",
    ),
    ("h", "§ 8 Rest periods"),
    (
        "p",
        "§ 8.1 An artist is given a rest period of at least ten (10) hours between the end "
        "of one call and the start of the next call.",
    ),
    (
        "p",
        "§ 8.2 An artist is given one (1) full day off in each week. On a concert tour, a "
        "travel day counts as a day of work and is paid at the rehearsal day rate.",
    ),
    ("h", "§ 9 Injury and safety"),
    (
        "p",
        "§ 9.1 Dance rehearsals and performances take place on a sprung floor or a floor "
        "covered with a sprung or cushioned dance surface. The floor is kept at a "
        "temperature of at least 18 °C.",
    ),
    (
        "p",
        "§ 9.2 A dancer may refuse to rehearse or perform on a surface that is unsafe (wet, "
        "uneven, concrete or raked beyond the stated rake), without penalty and without loss "
        "of pay. The Producer corrects the surface or moves the call.",
    ),
    (
        "p",
        "§ 9.3 Injury at work. (a) An artist injured at work reports the injury to the "
        "stage manager or the Producer's representative the same day. (b) The Producer pays "
        "the artist's full weekly or daily amount for the rest of the week of the injury and "
        "for up to two (2) further weeks while the artist cannot work. (c) The Producer pays "
        "the cost of a physiotherapist chosen by the artist for that period.",
    ),
    (
        "p",
        "§ 9.4 An injured artist who returns to work is given at least one (1) rehearsal "
        "before going on again.",
    ),
    ("h", "§ 10 Music videos"),
    (
        "p",
        "§ 10.1 A music video day for a dancer is ten (10) hours, including a meal break of "
        "one (1) hour, and is paid at least the Schedule A amount (row D-8).",
    ),
    (
        "p",
        "§ 10.2 Each hour or part of an hour worked beyond ten (10) hours in a music video "
        "day is paid at the Schedule A overtime amount (row D-9).",
    ),
    ("h", "§ 11 Choreographers"),
    (
        "p",
        "§ 11.1 A choreographer is paid a choreography fee for each number, at the "
        "Schedule A amount for the category (rows C-1 to C-3), or row C-5 for a music video.",
    ),
    (
        "p",
        "§ 11.2 A day on which a choreographer supervises rehearsals of numbers already paid "
        "is paid at row C-4. Re-use of a number in another production of the same Producer "
        "is paid at least one-half (50%) of the fee.",
    ),
    ("h", "§ 12 Cancellation"),
    (
        "p",
        "§ 12.1 A call, number or service cancelled less than seventy-two (72) hours before "
        "its start is paid in full.",
    ),
    (
        "p",
        "§ 12.2 A weekly engagement cancelled less than fourteen (14) days before the first "
        "rehearsal is paid two (2) weeks at the rehearsal week amount.",
    ),
    ("h", "§ 13 Voice sessions"),
    (
        "p",
        "§ 13.1 A voice session of a session vocalist lasts up to four (4) hours.",
    ),
    (
        "p",
        "§ 13.2 Vocally stressful work (screaming, belting effects, sustained shouting) is "
        "recorded only in a separate session of no more than two (2) hours, and no more than "
        "one such session is held in a day.",
    ),
    ("h", "§ 14 Musicians' Section"),
    (
        "p",
        "§ 14.1 A recording service for a film or television score is three (3) hours and is "
        "paid at the Schedule B service amount for the category. No more than twenty (20) "
        "minutes of finished music are recorded in one service.",
    ),
    (
        "p",
        "§ 14.2 Time beyond three (3) hours is paid in units of fifteen (15) minutes at the "
        "Schedule B overtime amount. A break of ten (10) minutes is given in each hour.",
    ),
    (
        "p",
        "§ 14.3 Re-use of recorded music in another production is paid per minute of music "
        "at the Schedule B amount.",
    ),
    (
        "p",
        "§ 14.4 Doubling. A musician who plays a second instrument in the same service or "
        "performance is paid a doubling premium of twenty per cent (20%) of the service or "
        "weekly amount for the first additional instrument and twelve and a half per cent "
        "for each further instrument.",
    ),
    (
        "p",
        "§ 14.5 Cartage. A musician who brings a large instrument (harp, double bass, "
        "timpani, drum kit, keyboard rig, baritone saxophone or tuba) is paid the Schedule B "
        "cartage amount for each service or performance.",
    ),
    ("h", "§ 15 Concert tours"),
    (
        "p",
        "§ 15.1 A dancer or musician on a concert tour is paid the weekly tour amount and a "
        "per diem for each day away from home (Schedule A, row D-11).",
    ),
    (
        "p",
        "§ 15.2 The Producer provides a single hotel room for each artist on tour.",
    ),
    ("h", "§ 16 Digital replicas, synthetic performers and artificial intelligence"),
    (
        "p",
        "§ 16.1 This section applies to the creation and use of digital replicas of dancers, "
        "choreographers, vocalists and musicians, to synthetic performers and to "
        "choreography generated by computer technology.",
    ),
    (
        "p",
        "§ 16.2 Consent. (a) A digital replica is created or used only with the artist's "
        "informed consent, in writing, given separately for each project. (b) Consent is "
        "informed only if the artist received the described-use notice of § 16.4.",
    ),
    (
        "p",
        "§ 16.3 Consent to the creation or use of a digital replica is not a condition of "
        "engagement. A Producer may not refuse to engage an artist, or pay less, because the "
        "artist refuses.",
    ),
    (
        "p",
        "§ 16.4 Described-use notice. The Producer gives the artist and the Guild, at least "
        "seven (7) days before the creation session, a notice describing the intended uses, "
        "the scenes, numbers or tracks and the period of use.",
    ),
    (
        "p",
        "§ 16.5 Withdrawal. An artist may withdraw consent for uses not yet made by written "
        "notice to the Producer; the withdrawal takes effect thirty (30) days after the "
        "notice.",
    ),
    (
        "p",
        "§ 16.6 Use fee. The creation session is paid at Schedule A row R-1. For each project "
        "in which the digital replica is used, the artist is paid a use fee at least equal "
        "to the Schedule A amount for the category (rows R-2 to R-4).",
    ),
    (
        "p",
        "§ 16.7 Training. A Producer uses an artist's performance, dance or motion data, "
        "voice or instrument sound to train a generative model only with a separate written "
        "consent, and pays a training fee of 10% of the artist's fees on the project, and at "
        "least the minimum training fee of Schedule A (row R-5).",
    ),
    (
        "p",
        "§ 16.8 Synthetic performers. A Producer that intends to use a synthetic performer "
        "in place of a dancer, vocalist or musician gives the Guild written notice at least "
        "fifteen (15) working days before the first rehearsal or service, and meets the "
        "Guild on request.",
    ),
    (
        "p",
        "§ 16.9 Deletion. The Producer deletes a digital replica and the data used to "
        "create it within one hundred and twenty (120) days after the end of the last "
        "authorised use, and confirms the deletion to the artist in writing.",
    ),
    (
        "p",
        "§ 16.10 Deceased artists. A digital replica of a deceased artist is created or used "
        "only with the consent of the artist's estate, or of the person the artist named in "
        "writing, and the use fee is paid to the estate.",
    ),
    (
        "p",
        "§ 16.11 Generated choreography. Choreography generated by computer technology from "
        "a choreographer's numbers is used only with that choreographer's consent, and each "
        "generated number is paid as a number under § 11.1.",
    ),
    (
        "p",
        "§ 16.12 Instrument-sound models. A model that reproduces the distinctive sound or "
        "playing of an identifiable musician is a digital replica of that musician; its "
        "creation is paid at row R-1 and each project that uses it at rows R-2 to R-4.",
    ),
    ("h", "§ 17 Grievances"),
    (
        "p",
        "§ 17.1 A grievance is filed in writing within forty-five (45) days after the artist "
        "or the Guild knew of the facts. The parties meet within ten (10) working days.",
    ),
    (
        "p",
        "§ 17.2 A grievance not settled within thirty (30) days after the meeting may be "
        "referred by either party to an arbitrator chosen from the list in Schedule C.",
    ),
    (
        "p",
        "Signed for the Guild by Odile Brassard-Keane, President, and for the Association by "
        "Tobias Wren-Holloway, Chair.",
    ),
]


def agreement_text() -> str:
    return "\n".join(text for _, text in BLOCKS)


def build() -> None:
    import docx  # python-docx
    from docx.shared import Pt

    doc = docx.Document()
    props = doc.core_properties
    fixed = datetime.datetime(2025, 8, 22, 12, 0, 0)
    props.title = "Live Performance, Music Video and Recording Agreement 2025-2028"
    props.author = "Dance and Session Artists' Guild of Ravelmont"
    props.created = fixed
    props.modified = fixed
    props.last_modified_by = "DSAG"
    props.revision = 1
    props.language = "en-CA"
    for kind, text in BLOCKS:
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
    # Rewrite the zip with a fixed timestamp and order so the file is reproducible.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 8, 22, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    print("wrote", OUT)


if __name__ == "__main__":
    build()
