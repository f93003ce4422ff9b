#!/usr/bin/env python3
"""Build docs/mgiaa-interactive-animation-agreement-2025-2028.docx (the whole text is here).

    .venv/bin/python eval/union-e/make_docx.py          # python-docx is in the project's venv

`agreement_text()` returns the same text (paragraphs and table cells, one per line) for
check_set.py. The output is byte-for-byte reproducible: the core properties are fixed and
the zip is rewritten with a fixed timestamp.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "mgiaa-interactive-animation-agreement-2025-2028.docx")

# Each block: ("title"|"sub"|"h"|"p", text) or ("table", [header, rows...]).
BLOCKS: list[tuple[str, object]] = [
    ("title", "Interactive and Animation Agreement 2025–2028"),
    (
        "sub",
        "between the Marchebois Guild of Interactive and Animation Artists (MGIAA) and the "
        "Marchebois Association of Game and Animation Producers (MAGAP)",
    ),
    (
        "p",
        "Signed at Halden Falls on 26 June 2025. In force from 1 July 2025 to 30 June 2028. "
        "Clauses are cited by article and paragraph, for example “Article 15, paragraph 3”; "
        "subparagraphs are lettered, for example “Article 9, paragraph 2(b)”. The minimum "
        "rates are in Schedule A, a separate document that forms part of this Agreement.",
    ),
    ("h", "ARTICLE 1 — PURPOSE AND SCOPE"),
    (
        "p",
        "(1) This Agreement sets the minimum terms for the engagement of Performers and "
        "Writers by Producers for video games, interactive works and animated programs "
        "produced in the Province of Marchebois or by a Producer established there.",
    ),
    (
        "p",
        "(2) A Producer may offer better terms than this Agreement. No engagement contract "
        "may offer terms below the minimums of this Agreement or of Schedule A.",
    ),
    (
        "p",
        "(3) Where the English and French versions of this Agreement differ, the parties "
        "shall read them together; the English version was signed first.",
    ),
    ("h", "ARTICLE 2 — DEFINITIONS"),
    ("p", "In this Agreement:"),
    (
        "p",
        "“Animated Program” means an episode, special or short of animation, whatever its "
        "means of distribution; an “Episode” is one instalment of an Animated Program.",
    ),
    ("p", "“Business Day” means a day other than a Saturday, a Sunday or a statutory holiday."),
    (
        "p",
        "“Digital Replica” means a digital simulation of the voice, likeness or movement of an "
        "identifiable Performer, created from recordings or captures of that Performer, that "
        "can be made to say or do things the Performer did not perform. A “Voice Replica” is "
        "a Digital Replica of the voice only.",
    ),
    (
        "p",
        "“Game Title” means one video game or interactive work, including its patches and "
        "downloadable content released within 18 months of its first release.",
    ),
    (
        "p",
        "“Generative AI System” means software that produces text, sound, images or movement "
        "from a prompt or from training data, whatever it is called.",
    ),
    (
        "p",
        "“Group Voice Performer” means a Performer engaged to record crowd, background or "
        "“walla” voices in a group of five or more, without an individual character.",
    ),
    (
        "p",
        "“Performer” means a person engaged to perform with the voice or the body: a Video Game "
        "Performer (voice or performance capture), an Animation Voice Performer or a Group "
        "Voice Performer.",
    ),
    (
        "p",
        "“Performance Capture” means the recording of a Performer's body and face movements, "
        "with or without voice, to animate a character.",
    ),
    (
        "p",
        "“Session” means a continuous period of recording booked for one Performer, of the "
        "length set in Article 7; a “Remote Session” is a Session recorded from a studio "
        "provided by the Performer.",
    ),
    (
        "p",
        "“Synthetic Performer” means a digitally created character that is not a Digital "
        "Replica of an identifiable Performer and that is presented as performing a role.",
    ),
    (
        "p",
        "“Training” means the use of recordings, captures or literary material to develop, "
        "train, fine-tune or test a Generative AI System.",
    ),
    (
        "p",
        "“Writer” means a person engaged to write literary material for an Animated Program "
        "or a Game Title: premises, outlines, scripts, narrative design documents and lines.",
    ),
    ("h", "ARTICLE 3 — RECOGNITION"),
    (
        "p",
        "(1) MAGAP recognises the Guild as the sole bargaining agent of Performers and Writers "
        "for the work covered by Article 1. A Producer that is not a member of MAGAP may "
        "become bound by signing a letter of adherence.",
    ),
    (
        "p",
        "(2) The Guild may send a representative to any recording or capture session on "
        "giving the Producer notice the day before.",
    ),
    ("h", "ARTICLE 4 — DUES AND CONTRIBUTIONS"),
    (
        "p",
        "(1) The Producer deducts working dues of 2.4% from the gross fees of every Performer "
        "and Writer, allowances and penalties excluded, and remits them to the Guild by the "
        "15th of the following month with a list of the persons engaged.",
    ),
    (
        "p",
        "(2) The Producer contributes 11.5% of the gross fees of every Performer and Writer to "
        "the Marchebois Artists' Benefit Trust, in addition to the fees.",
    ),
    ("h", "ARTICLE 5 — ENGAGEMENT CONTRACTS"),
    (
        "p",
        "(1) Every engagement is confirmed by a written engagement contract on the Guild's "
        "standard form before the first Session, stating the Game Title or Animated Program, "
        "the role, the dates, the fee and whether a Digital Replica is intended.",
    ),
    (
        "p",
        "(2) The Producer tells the Performer, at the time of booking, the genre of the "
        "material and whether it includes vocally stressful material (Article 9, paragraph 4) "
        "or nudity or simulated violence in Performance Capture.",
    ),
    ("h", "ARTICLE 6 — TERM"),
    (
        "p",
        "(1) This Agreement runs from 1 July 2025 to 30 June 2028. Each “Agreement year” runs "
        "from 1 July to 30 June; Schedule A sets a rate for each Agreement year.",
    ),
    (
        "p",
        "(2) Either party may give notice to bargain between 1 January and 31 March 2028. "
        "Until a new agreement is signed, this Agreement remains in force.",
    ),
    ("h", "ARTICLE 7 — SESSIONS, HOURS AND REST"),
    (
        "p",
        "(1) A video game voice Session lasts up to four (4) hours. A Performer may not be "
        "booked for more than two voice Sessions on the same day.",
    ),
    (
        "p",
        "(2) An Animation Voice Performer's Session lasts up to three (3) hours and may cover "
        "up to two Episodes of the same Animated Program; a third Episode requires a new "
        "Session. A pickup Session, for retakes of material already recorded, lasts up to one "
        "(1) hour.",
    ),
    (
        "p",
        "(3) A Performance Capture day lasts up to eight (8) hours, meal break excluded; a "
        "Performance Capture week is five days, consecutive or not, within seven calendar "
        "days.",
    ),
    (
        "p",
        "(4) A Performer is entitled to a rest period of eleven (11) hours between the end of "
        "one working day and the start of the next. For each hour or part of an hour by "
        "which the rest period is shortened, the Producer pays the rest period penalty set in "
        "Schedule A, in addition to the fee.",
    ),
    (
        "p",
        "(5) Overtime is time worked beyond the length of the Session or day. For video game "
        "voice Sessions and Performance Capture it is paid per hour or part of an hour; for "
        "animation Sessions, per thirty minutes or part; in each case at the overtime rate "
        "in Schedule A.",
    ),
    ("h", "ARTICLE 8 — MEALS"),
    (
        "p",
        "(1) A meal break of at least forty-five (45) minutes, not counted as working time, "
        "is given no later than five (5) hours after the call or after the end of the "
        "previous meal break.",
    ),
    (
        "p",
        "(2) Where food is not supplied on a Performance Capture day, the Producer allows a "
        "meal break of one hour.",
    ),
    (
        "p",
        "(3) For each fifteen (15) minutes or part by which a meal break is delayed, the "
        "Producer pays a meal penalty of $24.00.",
    ),
    ("h", "ARTICLE 9 — VIDEO GAME PERFORMERS"),
    (
        "p",
        "(1) The Session fee, the overtime rate and the Performance Capture day and week "
        "rates are set in Schedule A, Part A.",
    ),
    (
        "p",
        "(2) A Session fee covers (a) one Game Title and (b) up to three character voices. "
        "Each character voice beyond three in the same Session is paid one third of the "
        "Session fee.",
    ),
    (
        "p",
        "(3) Recordings made for one Game Title may not be used in another Game Title without "
        "a new engagement contract and a new fee.",
    ),
    (
        "p",
        "(4) Vocally stressful Sessions. A Session that includes screaming, creature sounds, "
        "death sounds, combat efforts or sustained shouting is vocally stressful. It lasts "
        "no more than two (2) hours, is paid the full Session fee plus a premium of 15% of "
        "that fee, and includes a rest of ten minutes in each hour. A Performer may not be "
        "booked for more than one vocally stressful Session on the same day.",
    ),
    (
        "p",
        "(5) A Performance Capture Performer is given a fitting for the capture suit, paid "
        "at the suit fitting rate in Schedule A, and a changing room that locks.",
    ),
    ("h", "ARTICLE 10 — ANIMATION VOICE PERFORMERS"),
    (
        "p",
        "(1) The animation Session fee covers one principal character. Each additional voice "
        "performed in the same Session is paid the additional voice rate in Schedule A, "
        "Part B.",
    ),
    (
        "p",
        "(2) A Performer engaged for a series is booked at least seven days before the first "
        "Session of each block of Episodes.",
    ),
    (
        "p",
        "(3) Pickup Sessions are paid at the pickup rate in Schedule A; a pickup Session that "
        "runs beyond one hour becomes a full Session.",
    ),
    (
        "p",
        "(4) Recordings for an Animated Program may be used in its trailers and promotion "
        "without a further fee, but not in a Game Title.",
    ),
    (
        "p",
        "(5) Group Voice Performers are paid the group voice rate in Schedule A per Session "
        "of up to three hours, whatever the number of voices recorded.",
    ),
    (
        "p",
        "(6) The parties shall review the group voice rate before 1 January 2027 to bring it "
        "closer to half of the animation Session fee; any adjustment is recorded in a note "
        "to Schedule A.",
    ),
    ("h", "ARTICLE 11 — CANCELLATION"),
    (
        "p",
        "(1) A Session or day cancelled by the Producer less than thirty-six (36) hours "
        "before the call is paid in full.",
    ),
    (
        "p",
        "(2) A Session or day cancelled between thirty-six (36) hours and five (5) days "
        "before the call is paid at 50% of the fee.",
    ),
    (
        "p",
        "(3) No fee is payable for a cancellation more than five days before the call, or for "
        "a cancellation caused by a fire, flood or order of a public authority.",
    ),
    (
        "p",
        "(4) A Performer who cancels must tell the Producer as early as possible; a Performer "
        "who fails to attend without notice may be replaced.",
    ),
    ("h", "ARTICLE 12 — REMOTE SESSIONS"),
    (
        "p",
        "(1) A Remote Session requires the Performer's agreement. A Performer is not required "
        "to buy equipment or software to be engaged.",
    ),
    (
        "p",
        "(2) The Producer supplies and pays for the connection software and any technician.",
    ),
    (
        "p",
        "(3) For each Remote Session the Producer pays the home-studio allowance set in "
        "Schedule A, Part C, in addition to the fee.",
    ),
    ("h", "ARTICLE 13 — PAYMENT"),
    (
        "p",
        "(1) Fees are paid by direct deposit within twelve (12) Business Days after the "
        "Session, day or delivery of the literary material.",
    ),
    (
        "p",
        "(2) Each payment comes with a statement showing the Game Title or Animated Program, "
        "the dates, each fee, allowance and penalty, and the deductions.",
    ),
    (
        "p",
        "(3) Allowances, per diems and penalties are paid with the fee for the same work.",
    ),
    (
        "p",
        "(4) A Producer that pays late owes a late payment penalty of $18.00 for each Business "
        "Day of delay, up to a maximum of $360.00 per payment, unless the delay is caused by "
        "the Performer or Writer.",
    ),
    ("h", "ARTICLE 14 — TRAVEL"),
    (
        "p",
        "(1) Where the Producer requires a Performer to stay overnight away from Halden Falls "
        "or Corvin Point, the Producer pays the travel, a single hotel room and the per diem "
        "in Schedule A for each day away.",
    ),
    ("p", "(2) Travel time is paid as working time, up to eight hours a day."),
    ("h", "ARTICLE 15 — DIGITAL REPLICAS AND ARTIFICIAL INTELLIGENCE"),
    (
        "p",
        "(1) Scope. This Article applies to every Digital Replica of a Performer, whether "
        "created by the Producer or by a third party on its behalf, and to the Training of "
        "any Generative AI System on a Performer's recordings or captures.",
    ),
    (
        "p",
        "(2) Notice. The Producer gives the Performer at least fourteen (14) days' written "
        "notice before creating a Digital Replica, with a reasonably specific description of "
        "each intended use.",
    ),
    (
        "p",
        "(3) Consent. The creation of a Digital Replica and each use of it require the "
        "Performer's clear and informed written consent. The consent may be included in the "
        "engagement contract if it is signed separately from the rest of the contract. "
        "Consent is not a condition of engagement: a Producer may not refuse to engage a "
        "Performer who declines to consent.",
    ),
    (
        "p",
        "(4) Creation fee. The Producer pays a Digital Replica creation fee of $465.00, in "
        "addition to the Session or day fee for the time spent on the scan or recording.",
    ),
    (
        "p",
        "(5) Use fees. For each Game Title or Episode in which a Digital Replica is used, the "
        "Performer is paid a use fee equal to one Session fee (or, for Performance Capture, "
        "one day) at the Schedule A rate in force on the day of the use, as if the Performer "
        "had performed the work.",
    ),
    (
        "p",
        "(6) Training. No recording or capture of a Performer may be used for Training "
        "without the Performer's separate written consent, given for each Generative AI "
        "System. The Producer pays a training fee of $1,480.00 per Performer for each "
        "Generative AI System trained.",
    ),
    (
        "p",
        "(7) Digital alteration. The Producer may not alter a recorded performance with a "
        "Generative AI System so that the Performer appears to say or do something "
        "materially different without the Performer's consent, except for changes in "
        "synchronisation, pitch or length made in post-production.",
    ),
    (
        "p",
        "(8) Deceased Performers. A Digital Replica of a deceased Performer may be created or "
        "used only with the consent of the Performer's estate or authorised representative. "
        "Where no estate or representative can be found after a reasonable search, the "
        "replica may not be used. The fees in paragraphs 4 and 5 are paid to the estate.",
    ),
    (
        "p",
        "(9) Synthetic Performers. A Producer that intends to use a Synthetic Performer in a "
        "role that would otherwise be performed by a Performer gives the Guild written notice "
        "at least twenty-one (21) days before recording and bargains in good faith if the "
        "Guild asks. For each Game Title or season of an Animated Program using a Synthetic "
        "Performer, the Producer pays a Synthetic Performer fee of $1,875.00 to the Guild's "
        "Performers' Development Fund.",
    ),
    (
        "p",
        "(10) Security and deletion. Data used to create a Digital Replica are stored "
        "securely and deleted within one hundred and fifty (150) days after the end of the "
        "use the Performer consented to; the Producer confirms the deletion in writing to "
        "the Performer and to the Guild.",
    ),
    (
        "p",
        "(11) Disputes. A grievance under this Article may be referred directly to an "
        "arbitrator, who shall hear it within twenty (20) Business Days.",
    ),
    ("h", "ARTICLE 16 — CREDITS"),
    (
        "p",
        "(1) Performers of principal characters are credited in the end credits of the Game "
        "Title or Episode. A Performer may ask not to be credited.",
    ),
    (
        "p",
        "(2) A Digital Replica is credited under the Performer's name only with the "
        "Performer's consent.",
    ),
    ("h", "ARTICLE 17 — SAFETY AND HARASSMENT"),
    (
        "p",
        "(1) The Producer provides water, a chair and a quiet place to rest at every Session, "
        "and clean, sanitised capture suits and markers.",
    ),
    (
        "p",
        "(2) Harassment complaints may be made to the Producer or to the Guild; the Producer "
        "names a person to receive them for each production.",
    ),
    ("h", "ARTICLE 18 — WRITERS AND GENERATIVE AI"),
    (
        "p",
        "(1) Minimum fees for Writers are set in Schedule W (Writers' Minimums), published by "
        "the Guild's Writers Section.",
    ),
    (
        "p",
        "(2) Material produced by a Generative AI System is not literary material and is not "
        "source material under this Agreement.",
    ),
    (
        "p",
        "(3) A Producer that gives a Writer material produced by a Generative AI System says "
        "so in writing when it gives it. A Writer may not be required to use a Generative AI "
        "System.",
    ),
    (
        "p",
        "(4) A Writer asked to rewrite or polish material produced by a Generative AI System "
        "is paid not less than the minimum for an original script of the same length in "
        "Schedule W, not the rewrite or polish minimum.",
    ),
    (
        "p",
        "(5) A Writer's literary material may not be used for Training without the Writer's "
        "separate written consent.",
    ),
    ("h", "ARTICLE 19 — GRIEVANCES"),
    (
        "p",
        "(1) A grievance is filed in writing within six (6) weeks after the Guild or the "
        "Performer knew of the facts. The parties meet within ten Business Days.",
    ),
    (
        "p",
        "(2) A grievance not settled may be referred to an arbitrator chosen from the list "
        "below; the parties share the arbitrator's fees equally.",
    ),
    (
        "table",
        [
            ["Arbitrator", "Office"],
            ["Maud Ferreira-Quist", "Halden Falls"],
            ["Anselme Delorme-Tait", "Sainte-Odile"],
            ["Ingrid Oyelaran", "Corvin Point"],
        ],
    ),
    ("h", "ARTICLE 20 — SIGNATURES"),
    (
        "p",
        "For the Guild: Éloïse Marchand-Vézina, President; Rafael Okonjo-Lindqvist, "
        "Executive Director. For MAGAP: Théo Brûlé-Ackerman, Chair of the Bargaining "
        "Committee.",
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
    fixed = datetime.datetime(2025, 6, 26, 12, 0, 0)
    props.title = "Interactive and Animation Agreement 2025-2028"
    props.author = "Marchebois Guild of Interactive and Animation Artists"
    props.created = fixed
    props.modified = fixed
    props.last_modified_by = "MGIAA"
    props.revision = 1
    for kind, content in BLOCKS:
        if kind == "title":
            doc.add_heading(str(content), level=0)
        elif kind == "sub":
            p = doc.add_paragraph()
            run = p.add_run(str(content))
            run.italic = True
            run.font.size = Pt(12)
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
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 26, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    print("wrote", OUT)


if __name__ == "__main__":
    build()
