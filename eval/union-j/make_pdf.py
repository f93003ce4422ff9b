#!/usr/bin/env python3
"""Build docs/gbpu-interactive-broadcast-agreement-2025-2028.pdf (the whole text is here).

    .venv/bin/python eval/union-j/make_pdf.py          # fpdf2 is in the project's venv

The Interactive Media and Broadcast Announcers Agreement 2025-2028 between the Games and
Broadcast Performers' Union of Calvenne (GBPU) and its Broadcast Announcers' Section, and
the Calvenne Interactive Publishers' Federation (CIPF) and the Calvenne Broadcasters'
Association (CBA). Provisions are cited "Art. 14(3)" (article and paragraph): definitions,
budget bands (Band 1 / 2 / 3 = Tranche 1 / 2 / 3), term and contract years from 1 July,
payment and late payment interest, pension and insurance, voice sessions (4 hours),
vocally stressful sessions (2 hours), performance capture days, on-camera performers,
singers, rest periods (11 hours), the Broadcast Announcers' Section, cancellation, and
Article 14 on digital replicas, synthetic performers and AI. The amounts are NOT here:
they are in Schedule A (the DOCX) and Schedule B (the announcers' HTML page).
`agreement_text()` returns the same text (one block per line) for check_set.py, which
also reads the built file when pypdf is importable. The core font is used with the
windows-1252 encoding (for the euro sign). The output is byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "gbpu-interactive-broadcast-agreement-2025-2028.pdf")

# Each block: ("title"|"sub"|"h"|"p", text).
BLOCKS: list[tuple[str, str]] = [
    ("title", "Interactive Media and Broadcast Announcers Agreement 2025-2028"),
    (
        "sub",
        "between the Games and Broadcast Performers' Union of Calvenne (GBPU) and its "
        "Broadcast Announcers' Section, of the one part, and the Calvenne Interactive "
        "Publishers' Federation (CIPF) and the Calvenne Broadcasters' Association (CBA), of "
        "the other part",
    ),
    (
        "p",
        "Signed at Lunebourg on 12 June 2025. Provisions are cited by article and paragraph, "
        'for example "Art. 7(3)" or "Art. 14(11)(b)". The minimum amounts are set out in '
        "Schedule A (Minimum Rate Schedule for interactive media) and Schedule B (Broadcast "
        "Announcers' Rates), published separately, which form part of this Agreement. The "
        "English text is the signed text; the Union publishes a French version for its "
        "members, in which a budget band is called a tranche.",
    ),
    ("h", "Article 1 - Recognition and scope"),
    (
        "p",
        "(1) The Federation recognises the Union as the exclusive bargaining agent for "
        "performers engaged in the Region of Calvenne to work on video games and other "
        "interactive media: voice performers, performance capture performers (body and "
        "face), on-camera performers in live-action cinematics, and singers.",
    ),
    (
        "p",
        "(2) The Broadcasters' Association recognises the Broadcast Announcers' Section of "
        "the Union as the bargaining agent for announcers engaged by its members: radio and "
        "television announcers, hosts and presenters, podcast hosts and bulletin readers.",
    ),
    (
        "p",
        "(3) A Publisher or Broadcaster may offer better terms. No individual contract may "
        "provide for terms below those of this Agreement, Schedule A or Schedule B.",
    ),
    ("h", "Article 2 - Definitions"),
    (
        "p",
        '(1) "Game" means a video game or other interactive media product on any platform, '
        "including its downloadable content and updates.",
    ),
    (
        "p",
        '(2) "Voice session" means a period of voice recording in a studio or by remote '
        "connection, paid as one session under Art. 7.",
    ),
    (
        "p",
        '(3) "Performance capture" means the recording of a performer\'s body movement, '
        "facial expression and voice, alone or together, to animate a digital character, "
        "including motion capture in a capture volume and facial capture with a "
        "head-mounted camera.",
    ),
    (
        "p",
        '(4) "Digital replica" means a digital representation of the voice, likeness or '
        "movement of an identifiable performer, created with computer technology including "
        "artificial intelligence, that can produce a performance the performer did not give.",
    ),
    (
        "p",
        '(5) "Synthetic performer" means a voice or figure produced by computer technology '
        "that is not the digital replica of an identifiable performer.",
    ),
    (
        "p",
        '(6) "Project" means one game title, including its downloadable content released '
        "within twenty-four (24) months after launch and the marketing material for that "
        "title.",
    ),
    (
        "p",
        '(7) "Working day" means Monday to Friday, excluding the public holidays of the '
        "Region of Calvenne.",
    ),
    ("h", "Article 3 - Term and contract years"),
    (
        "p",
        "(1) This Agreement is in force from 1 July 2025 to 30 June 2028.",
    ),
    (
        "p",
        "(2) A contract year runs from 1 July to 30 June of the following calendar year. "
        "Year 1 runs from 1 July 2025 to 30 June 2026, Year 2 from 1 July 2026 to "
        "30 June 2027, and Year 3 from 1 July 2027 to 30 June 2028.",
    ),
    (
        "p",
        "(3) The minimum amount is the one in effect for the contract year in which the "
        "work is performed.",
    ),
    (
        "p",
        "(4) This Agreement replaces the Interactive Media Agreement 2022-2025, which "
        "expired on 30 June 2025. The Broadcast Announcers' Section is covered for the "
        "first time by this Agreement.",
    ),
    (
        "p",
        "(5) The parties amend this Agreement only by a memorandum of agreement signed by "
        "all of them. Clerical errors in Schedule A or Schedule B are corrected by a "
        "correction notice published by the parties.",
    ),
    ("h", "Article 4 - Budget bands"),
    (
        "p",
        "(1) Minimum amounts for games depend on the budget band of the game. Band 1: a "
        "development budget of more than EUR 15 million. Band 2: from EUR 2 million to "
        "EUR 15 million. Band 3: less than EUR 2 million.",
    ),
    (
        "p",
        "(2) The Publisher states the band in the engagement contract and declares it to "
        "the Union. If no band is stated, Band 1 applies until the Publisher shows the "
        "Union that the budget is lower.",
    ),
    (
        "p",
        "(3) If the budget of a game moves into a higher band during production, the "
        "higher band applies from the next session or day of work.",
    ),
    ("h", "Article 5 - Payment"),
    (
        "p",
        "(1) The Publisher pays the performer within fourteen (14) days after the session "
        "or day of work. A Broadcaster pays an announcer by the tenth day of the month "
        "following the month in which the work was done.",
    ),
    (
        "p",
        "(2) An amount paid late carries late payment interest of 1.25% of the amount due "
        "for each month of delay or part of a month, with a minimum of \u20ac 20.00 per "
        "late payment. The interest is paid to the performer or announcer.",
    ),
    (
        "p",
        "(3) The pay statement shows the band, the Schedule A or Schedule B code of each "
        "amount paid, and the number of sessions, days, hours or line batches paid.",
    ),
    ("h", "Article 6 - Pension and insurance"),
    (
        "p",
        "(1) The Publisher or Broadcaster contributes to the Caisse de prévoyance des "
        "artistes de Calvenne (CPAC) an amount equal to 8.5% of the gross fees paid under "
        "this Agreement.",
    ),
    (
        "p",
        "(2) The Publisher or Broadcaster deducts the performer's own contribution of 4.5% "
        "of the same fees and remits it to the CPAC with its own contribution.",
    ),
    (
        "p",
        "(3) The Publisher or Broadcaster contributes 2.25% of the gross fees to the "
        "Union's group insurance plan.",
    ),
    (
        "p",
        "(4) Use fees and training fees paid under Art. 14 are gross fees for the purposes "
        "of this Article.",
    ),
    ("h", "Article 7 - Voice sessions"),
    (
        "p",
        "(1) A voice session lasts up to four (4) hours and is paid at least the Schedule A "
        "voice session amount for the band (rows V-1 to V-3).",
    ),
    (
        "p",
        "(2) Time worked beyond four (4) hours is paid at the Schedule A overtime amount "
        "(row V-9) for each half-hour or part of a half-hour.",
    ),
    (
        "p",
        "(3) Vocally stressful recording (screaming, death sounds, creature voices, combat "
        "efforts and sustained shouting) is done only in a separate vocally stressful "
        "session of no more than two (2) hours, paid at the Schedule A amount for the band "
        "(rows V-4 to V-6). A performer does no more than one vocally stressful session in "
        "a day.",
    ),
    (
        "p",
        "(4) The booking describes any vocally stressful recording. A performer may "
        "decline vocally stressful recording that was not described at the time of "
        "booking, without penalty and without loss of the session fee.",
    ),
    (
        "p",
        "(5) Short lines for gameplay (barks, calls and reactions) may be recorded by line "
        "batch: a line batch is up to forty (40) lines recorded in no more than one (1) "
        "hour, paid at the Schedule A line batch amount for the band (rows V-7 and V-8). A "
        "performer records no more than three line batches in a day.",
    ),
    (
        "p",
        "(6) A pick-up session of up to one (1) hour, held within sixty (60) days after the "
        "original session for the same character, is paid at the Schedule A pick-up amount "
        "(row V-10).",
    ),
    (
        "p",
        "(7) A performer is given a break of ten (10) minutes in each hour of voice recording.",
    ),
    ("h", "Article 8 - Performance capture"),
    (
        "p",
        "(1) A performance capture day is eight (8) hours of work, excluding a meal break "
        "of at least forty-five (45) minutes, and is paid at least the Schedule A amount "
        "for the band (rows P-1 to P-3).",
    ),
    (
        "p",
        "(2) Each hour or part of an hour worked beyond eight (8) hours in a performance "
        "capture day is paid at the Schedule A amount of row P-4.",
    ),
    (
        "p",
        "(3) A facial scan or head-mounted camera fitting held on a day other than a paid "
        "performance capture day is paid at the Schedule A amount of row P-5.",
    ),
    (
        "p",
        "(4) The Publisher provides clean capture suits in the performer's size and a "
        "private changing area, and gives a rest break of fifteen (15) minutes for every "
        "two (2) hours in the capture volume.",
    ),
    (
        "p",
        "(5) Voice recorded during a performance capture day is covered by the day fee. A "
        "separate voice session for the same character is paid under Art. 7.",
    ),
    ("h", "Article 9 - On-camera performers"),
    (
        "p",
        "(1) An on-camera performer in live-action cinematics or full-motion video for a "
        "game is paid per day of eight (8) hours at the Schedule A amount for the band "
        "(rows P-6 and P-7).",
    ),
    (
        "p",
        "(2) Time beyond eight (8) hours is paid at the Schedule A amount of row P-4.",
    ),
    ("h", "Article 10 - Singers"),
    (
        "p",
        "(1) A song session for a solo singer lasts up to three (3) hours and covers the "
        "recording of up to two (2) songs, paid at the Schedule A amount for the band "
        "(rows S-1 and S-2).",
    ),
    (
        "p",
        "(2) Each vocal track beyond the lead vocal and two (2) harmony tracks is paid at "
        "the Schedule A amount per additional track (row S-4).",
    ),
    (
        "p",
        "(3) Ensemble singers (three or more singers recording together) are paid per hour "
        "at the Schedule A amount of row S-3, with a minimum of two (2) hours.",
    ),
    ("h", "Article 11 - Rest periods"),
    (
        "p",
        "(1) A performer has at least eleven (11) hours' rest between the end of one "
        "working day and the start of the next.",
    ),
    (
        "p",
        "(2) Paragraph (1) applies to performance capture days and on-camera days as to "
        "any other work.",
    ),
    (
        "p",
        "(3) A performer has at least thirty-six (36) consecutive hours of rest in each week.",
    ),
    (
        "p",
        "(4) Work that breaks into a rest period is paid at 150% of the applicable amount.",
    ),
    ("h", "Article 12 - Broadcast Announcers' Section"),
    (
        "p",
        "(1) Announcers are paid at least the amounts of Schedule B (Broadcast Announcers' "
        "Rates), published by the Section.",
    ),
    (
        "p",
        "(2) A host or presenter of a radio or television programme is paid per hour, with "
        "a minimum call of two (2) hours for each engagement.",
    ),
    (
        "p",
        "(3) A podcast host is paid per episode for an episode of up to sixty (60) minutes "
        "of running time. Each additional thirty (30) minutes, or part of thirty minutes, "
        "is paid at the Schedule B amount for additional time.",
    ),
    (
        "p",
        "(4) A station promo or continuity spot is paid once for thirteen (13) weeks of "
        "use on the station for which it was recorded. Each further period of thirteen "
        "(13) weeks, or use on another station, is paid again at the spot amount.",
    ),
    (
        "p",
        "(5) The Section meets the Broadcasters' Association at least twice a year on "
        "scheduling, night work and the use of recorded voice tracks.",
    ),
    ("h", "Article 13 - Cancellation"),
    (
        "p",
        "(1) A voice session or song session cancelled less than forty-eight (48) hours "
        "before its start is paid in full.",
    ),
    (
        "p",
        "(2) A voice session or song session cancelled between forty-eight (48) hours and "
        "five (5) working days before its start is paid at 50% of the session amount.",
    ),
    (
        "p",
        "(3) A performance capture day or on-camera day cancelled less than seventy-two "
        "(72) hours before its start is paid in full; cancelled between seventy-two (72) "
        "hours and seven (7) days before, at 50% of the day amount.",
    ),
    (
        "p",
        "(4) An announcer's booking cancelled less than twenty-four (24) hours before its "
        "start is paid in full.",
    ),
    ("h", "Article 14 - Digital replicas, synthetic performers and artificial intelligence"),
    (
        "p",
        "(1) This Article applies to digital replicas and synthetic performers as defined "
        "in Art. 2(4) and Art. 2(5), in games and in broadcasting.",
    ),
    (
        "p",
        "(2) A digital replica of a performer may be created or used only with the "
        "performer's informed written consent, given separately for each project after the "
        "performer has received the described-use notice of paragraph (4). A consent "
        "covers only the project and the uses described in the notice.",
    ),
    (
        "p",
        "(3) Consent to the creation or use of a digital replica is not a condition of "
        "engagement. A performer who refuses consent may not be refused work or treated "
        "less favourably for that reason.",
    ),
    (
        "p",
        "(4) At least ten (10) working days before the session in which a digital replica "
        "is created, the Publisher gives the performer a written described-use notice: the "
        "project, the characters, the intended uses (gameplay, cinematics, marketing), the "
        "platforms and the period of use. A copy goes to the Union. A use that was not "
        "described requires a new notice and a new consent.",
    ),
    (
        "p",
        "(5) The performer may withdraw a consent for future uses by written notice. The "
        "withdrawal takes effect twenty-one (21) days after the Publisher receives the "
        "notice. Uses already published in a released version of the game are not "
        "affected.",
    ),
    (
        "p",
        "(6) The session in which a digital replica is created is paid at the Schedule A "
        "creation amount (row R-1). For each project in which the digital replica is used, "
        "the Publisher pays the Schedule A use fee for the band (rows R-2 to R-4); a use in "
        "two projects gives rise to two use fees. Use fees are paid in addition to any "
        "session or day fee.",
    ),
    (
        "p",
        "(7) No Publisher or Broadcaster shall use, license or permit the use of a "
        "performer's recordings, performances or digital replica to train a generative "
        "artificial intelligence model without the performer's separate written consent, "
        "distinct from any consent under paragraph (2). A consent to training carries a "
        "training fee of not less than 15% of the total fees paid to the performer on the "
        "project, and not less than the Schedule A minimum training fee (row R-5).",
    ),
    (
        "p",
        "(8) The Publisher notifies the Union in writing at least twenty (20) working days "
        "before using a synthetic performer in a speaking or performance role, and meets "
        "the Union on request. A synthetic performer shall not be made to resemble an "
        "identifiable performer without that performer's consent under paragraph (2).",
    ),
    (
        "p",
        "(9) Within ninety (90) days after the end of the last authorised use, or after a "
        "withdrawal of consent takes effect, the Publisher deletes the digital replica and "
        "the recordings and scans used to create it, and certifies the deletion in writing "
        "to the performer and to the Union.",
    ),
    (
        "p",
        "(10) A digital replica of a deceased performer may be created or used only with "
        "the written consent of the performer's estate. The use fees are paid to the "
        "estate. Where no estate can be found, the written consent of the Union is "
        "required.",
    ),
    (
        "p",
        "(11) Announcers' voices: (a) a Broadcaster shall not create or use a digital "
        "replica of an announcer's voice without the announcer's written consent under "
        "paragraph (2); (b) such a consent is valid for at most twelve (12) months and may "
        "be renewed in writing; (c) a digital replica of an announcer's voice shall never "
        "be used to read news or emergency bulletins; (d) each use of it for station "
        "identification is paid at the Schedule B spot amount.",
    ),
    (
        "p",
        "(12) The Union may ask a Publisher or Broadcaster, once per project or once per "
        "year, for the list of the digital replicas and synthetic performers it uses, with "
        "the consents and notices that relate to them.",
    ),
    ("h", "Article 15 - Grievances"),
    (
        "p",
        "(1) A grievance is filed in writing within forty-five (45) days after the Union "
        "becomes aware of the facts giving rise to it.",
    ),
    (
        "p",
        "(2) A grievance under Art. 14 is heard by expedited arbitration. The arbitrator "
        "decides within ten (10) working days after the hearing and may order that the use "
        "of a digital replica stop at once.",
    ),
    ("h", "Article 16 - Signatures"),
    (
        "p",
        "(1) For the Union: Katarzyna Ollivier-Brandt, President, and Thibault "
        "Nwachukwu-Lenz, Chair of the Broadcast Announcers' Section. For the Federation: "
        "Ruairí Castelnau, Chair. For the Broadcasters' Association: Margit Sørbye-Laurent, "
        "President.",
    ),
]


def agreement_text() -> str:
    return "\n".join(text for _, text in BLOCKS)


def build() -> None:
    from fpdf import FPDF  # fpdf2

    pdf = FPDF(orientation="P", format="A4")
    pdf.core_fonts_encoding = "windows-1252"  # the euro sign in the core font
    pdf.set_title("GBPU - Interactive Media and Broadcast Announcers Agreement 2025-2028")
    pdf.set_author("Games and Broadcast Performers' Union of Calvenne")
    pdf.set_creation_date(datetime.datetime(2025, 6, 12, tzinfo=datetime.UTC))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for kind, text in BLOCKS:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "sub":
            pdf.set_font("Helvetica", "I", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
