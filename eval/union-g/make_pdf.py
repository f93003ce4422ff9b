#!/usr/bin/env python3
"""Build docs/cwg-writers-agreement-2026-2028.pdf (the whole text is in this script).

    .venv/bin/python eval/union-g/make_pdf.py          # fpdf2 is in the project's venv

The main agreement, in English, with numbered articles cited "Article 14.7(b)": scope,
definitions, term (contract years from 1 April), payment, credits, screen, television,
radio drama and podcast, video-game narrative, audio-drama performers, reuse, and Article
14 on artificial intelligence. The minimums are NOT here: they are in Schedule A (the
DOCX). `agreement_text()` returns the same text (one block per line) for check_set.py,
which also reads the built file when pypdf is importable. Latin-1 only (core font). The
output is byte-for-byte reproducible (fixed creation date).
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "cwg-writers-agreement-2026-2028.pdf")

# Each block: ("title"|"sub"|"h"|"p", text).
BLOCKS: list[tuple[str, str]] = [
    ("title", "Writers' Agreement 2026-2028"),
    (
        "sub",
        "between the Calderwick Writers' Guild (CWG) and its Audio Drama and Podcast "
        "Performers' Section (ADPS), and the Calderwick Screen and Audio Producers' Council "
        "(CSAPC), to which the Narrative Games Caucus adheres",
    ),
    (
        "p",
        "Signed at Merrow Bay on 27 March 2026 and ratified by the members on 24 April 2026. "
        'Provisions are cited by article and clause, for example "Article 12.3" or '
        '"Article 14.7(b)". The minimum fees are set out in Schedule A (Minimums), a '
        "separate document that forms part of this Agreement. The English text is the "
        "official text; the French version is provided for convenience only.",
    ),
    ("h", "ARTICLE 1 - RECOGNITION AND SCOPE"),
    (
        "p",
        "1.1 The Producers recognise the Guild as the exclusive bargaining agent for writers "
        "engaged to write literary material for feature films, television series, radio "
        "drama, podcasts and the narrative of video games produced in the Province of "
        "Calderwick or by a Producer established there.",
    ),
    (
        "p",
        "1.2 The Producers recognise the Audio Drama and Podcast Performers' Section of the "
        "Guild as the bargaining agent for voice performers engaged to perform in audio "
        "drama and scripted podcasts. Articles 12 and 14.6 to 14.9 apply to those performers.",
    ),
    (
        "p",
        "1.3 A Producer may offer better terms. No individual contract may provide for terms "
        "below those of this Agreement or of Schedule A.",
    ),
    ("h", "ARTICLE 2 - DEFINITIONS"),
    (
        "p",
        '2.1 (a) "Literary material" means written material produced by a writer, including '
        "stories, treatments, outlines, bibles, teleplays, screenplays, scripts, dialogue and "
        "lore, in any form.",
    ),
    (
        "p",
        '2.1 (b) "Business day" means Monday to Friday, excluding the statutory holidays of '
        "the Province of Calderwick and the days between 24 December and 1 January.",
    ),
    (
        "p",
        '2.1 (c) "Episode" means one instalment of a series, as released, whatever its '
        "running time.",
    ),
    (
        "p",
        '2.1 (d) "Running time" means the length of an audio episode as released, '
        "excluding advertising inserted by a platform.",
    ),
    (
        "p",
        '2.1 (e) "Section" means the Audio Drama and Podcast Performers\' Section of the Guild.',
    ),
    ("h", "ARTICLE 3 - TERM AND CONTRACT YEARS"),
    (
        "p",
        "3.1 This Agreement is in force from 1 April 2026 to 31 March 2028. It remains in "
        "force after that date until a new agreement is signed.",
    ),
    (
        "p",
        "3.2 A contract year runs from 1 April to 31 March of the following calendar year. "
        "Year 1 runs from 1 April 2026 to 31 March 2027 and Year 2 from 1 April 2027 to "
        "31 March 2028. The minimum for work is the one in effect for the contract year in "
        "which the literary material is delivered or, for performers and weekly engagements, "
        "in which the work is performed.",
    ),
    (
        "p",
        "3.3 This Agreement replaces the Writers' Agreement 2023-2026, which expired on "
        "31 March 2026.",
    ),
    ("h", "ARTICLE 4 - GUILD SECURITY AND DUES"),
    (
        "p",
        "4.1 A Producer engages only members of the Guild in good standing, or writers who "
        "apply for membership within 30 days of their first engagement.",
    ),
    (
        "p",
        "4.2 The Producer deducts the working dues set by the Guild from every payment to a "
        "member and remits them to the Guild with the report required by Article 5.4.",
    ),
    ("h", "ARTICLE 5 - PAYMENT"),
    (
        "p",
        "5.1 The Producer pays the writer within ten (10) business days after delivery of "
        "the literary material, and pays a performer within ten (10) business days after the "
        "session.",
    ),
    (
        "p",
        "5.2 A late payment carries a late payment charge of $35 per business day of delay, "
        "up to a maximum of $1,050 per payment, payable to the writer or performer.",
    ),
    (
        "p",
        "5.3 The Producer contributes to the Calderwick Creators' Retirement Plan an amount "
        "equal to 8% of the gross fees paid under this Agreement, and deducts the member's "
        "own contribution of 4% of the same fees.",
    ),
    (
        "p",
        "5.4 The Producer reports every engagement to the Guild within fifteen (15) business "
        "days, with the fees paid and the deductions made.",
    ),
    ("h", "ARTICLE 6 - CREDITS"),
    (
        "p",
        "6.1 Writing credits are determined by the Guild's credits procedure. Only a writer, "
        "a natural person, may receive a writing credit.",
    ),
    (
        "p",
        '6.2 The credit "Written by" is reserved for a writer who wrote both the story and '
        "the teleplay, screenplay or script.",
    ),
    ("h", "ARTICLE 7 - FEATURE FILMS"),
    (
        "p",
        "7.1 A writer engaged to write a screenplay is paid at least the Schedule A minimum "
        "for the step engaged: treatment, screenplay (with or without treatment), rewrite "
        "or polish.",
    ),
    (
        "p",
        '7.2 A "rewrite" is a significant change of plot, story or characterisation. A '
        '"polish" is a change of dialogue, narrative description or minor structure, '
        "without a significant change of plot.",
    ),
    (
        "p",
        "7.3 The Producer may request no more than two sets of revisions for a step without "
        "paying for a further step.",
    ),
    ("h", "ARTICLE 8 - TELEVISION"),
    (
        "p",
        "8.1 Episodic minimums depend on the length of the episode slot: half-hour or "
        "one-hour. A story outline paid under Schedule A is credited against the episode "
        "fee when the same writer writes the teleplay.",
    ),
    (
        "p",
        "8.2 A staff writer or story editor engaged week to week is guaranteed a minimum "
        "term of ten (10) consecutive weeks. A week means five consecutive working days.",
    ),
    (
        "p",
        "8.3 A staff writer who writes an episode teleplay is paid the episode minimum in "
        "addition to the weekly fee, less 50% of the weekly fees paid for the weeks of "
        "writing the teleplay.",
    ),
    ("h", "ARTICLE 9 - DELIVERY AND NOTES"),
    (
        "p",
        "9.1 The Producer gives written notes within fifteen (15) business days after "
        "delivery of a step. A writer is not required to write a further step without notes.",
    ),
    ("h", "ARTICLE 10 - RADIO DRAMA AND PODCASTS"),
    (
        "p",
        "10.1 A script for radio drama or for a scripted podcast episode is paid at least "
        "the Schedule A minimum per 30 minutes of running time.",
    ),
    (
        "p",
        "10.2 For an episode running more than 30 minutes, the writer is paid, in addition, "
        "50% of the applicable 30-minute minimum for each additional 15 minutes of running "
        "time or part of 15 minutes.",
    ),
    (
        "p",
        "10.3 A series bible for a podcast is paid separately from the episode scripts.",
    ),
    ("h", "ARTICLE 11 - VIDEO-GAME NARRATIVE"),
    (
        "p",
        "11.1 A narrative designer is engaged by the week, for at least two (2) consecutive "
        "weeks, at the Schedule A weekly minimum.",
    ),
    (
        "p",
        "11.2 A narrative designer's working week is at most 40 hours. Hours worked beyond "
        "40 in a week are paid at one and one-half times the hourly equivalent of the weekly "
        "fee (weekly fee divided by 40).",
    ),
    (
        "p",
        "11.3 Dialogue and barks written outside a weekly engagement are paid per 1,000 words "
        "delivered, at the Schedule A minimum.",
    ),
    ("h", "ARTICLE 12 - AUDIO-DRAMA AND PODCAST PERFORMERS"),
    (
        "p",
        "12.1 This Article applies to performers engaged through the Section to voice "
        "characters in audio drama and scripted podcasts.",
    ),
    (
        "p",
        "12.2 A session lasts up to four (4) hours. Each additional hour or part of an hour "
        "is paid at the Schedule A hourly rate. A performer may not be asked to record more "
        "than eight (8) hours in a day.",
    ),
    (
        "p",
        "12.3 (a) A performer is given a break of ten (10) minutes in each hour of recording. "
        "(b) Screaming, creature voices and fight sounds are limited to two (2) hours in a "
        "session. (c) A performer is entitled to a meal break of at least 45 minutes after "
        "five (5) hours of work.",
    ),
    (
        "p",
        "12.4 A session cancelled less than 48 hours before its start is paid in full. A "
        "session cancelled between 48 hours and five (5) days before its start is paid at "
        "50% of the session fee.",
    ),
    ("h", "ARTICLE 13 - REUSE"),
    (
        "p",
        "13.1 The original fee for a podcast or audio-drama episode includes its release on "
        "the original platform for 12 months. Any further use is paid as a percentage of the "
        "original fee, as set out in the Podcast and Audio Drama Reuse Fee Schedule published "
        "by the Guild and agreed by the Producers.",
    ),
    ("h", "ARTICLE 14 - ARTIFICIAL INTELLIGENCE"),
    (
        "p",
        '14.1 In this Article, "generative AI" means a software system that produces text, '
        'audio, images or other content in response to prompts; "AI-generated material" '
        'means content produced by generative AI; a "digital voice replica" means a '
        "digitally created reproduction of the voice of an identifiable performer; a "
        '"synthetic performer" means a voice produced by generative AI that is not the '
        "digital voice replica of an identifiable performer.",
    ),
    (
        "p",
        "14.2 AI-generated material is not literary material. It is not source material "
        "either, and it may not be used to reduce a writer's minimum, to deny or share a "
        "writer's credit, or to treat the writer's work as a rewrite or polish of someone "
        "else's material.",
    ),
    (
        "p",
        "14.3 (a) The Producer shall not require a writer to use generative AI to write "
        "literary material. (b) A writer may use generative AI only with the Producer's "
        "written consent and in compliance with the Producer's policies; the writer discloses "
        "that use. (c) A writer asked to revise or adapt AI-generated material is paid at "
        "least the rewrite minimum for the step, never the polish minimum.",
    ),
    (
        "p",
        "14.4 When the Producer gives a writer any material, the Producer discloses in writing, "
        "at the time it hands over the material, whether the material is or contains "
        "AI-generated material.",
    ),
    (
        "p",
        "14.5 (a) The Producer shall not use, license or permit the use of a writer's literary "
        "material to train generative AI without the writer's separate written consent and "
        "the payment of a training licence fee of not less than $2,750 per script. (b) The "
        "consent may not be a condition of engagement. (c) The consent states the system to "
        "be trained and the scripts covered.",
    ),
    (
        "p",
        "14.6 The Producer gives the Section written notice at least fifteen (15) business "
        "days before recording any audio drama or podcast in which a synthetic performer "
        "speaks a role, and bargains in good faith with the Section if the Section asks.",
    ),
    (
        "p",
        "14.7 (a) A digital voice replica of a performer may be created only with the "
        "performer's clear and separate written consent, which describes the intended use; "
        "the consent may not be a condition of engagement, and it may be revoked for future "
        "uses under the procedure agreed with the Section. (b) The Producer gives the "
        "performer written notice of not less than five (5) business days before each new "
        "use of the digital voice replica, with the script pages. (c) The performer is paid "
        "the Schedule A replica creation session fee and, for each episode in which the "
        "digital voice replica is used, the per-episode replica use fee, in addition to any "
        "session fee.",
    ),
    (
        "p",
        "14.8 The Producer deletes the digital voice replica and the recordings made to "
        "create it within ninety (90) days after the end of the production, and confirms "
        "the deletion in writing to the performer and the Section.",
    ),
    (
        "p",
        "14.9 The digital voice replica of a deceased performer may be used only with the "
        "consent of the performer's estate or, failing an estate, of the Section.",
    ),
    (
        "p",
        "14.10 Generative AI may not receive a writing credit, and AI-generated material is "
        "not considered in the credits procedure. A performer whose digital voice replica is "
        'used is credited "Voice of [name] (digital replica)".',
    ),
    (
        "p",
        "14.11 Disputes under this Article are heard by expedited arbitration, with a "
        "decision within twenty (20) business days after the hearing.",
    ),
    ("h", "ARTICLE 15 - GRIEVANCES"),
    (
        "p",
        "15.1 A grievance is filed in writing within forty-five (45) days after the Guild "
        "becomes aware of the facts. The parties meet within ten (10) business days after "
        "it is filed.",
    ),
    ("h", "ARTICLE 16 - GENERAL"),
    (
        "p",
        "16.1 Any amendment to this Agreement is made in writing and signed by the Guild, "
        "the Section where it is concerned, and the Council.",
    ),
    (
        "p",
        "16.2 Signed for the Guild by Maelle Oduya-Strand, President, and for the Council by "
        "Corwin Tallis, Chair.",
    ),
]


def agreement_text() -> str:
    return "\n".join(text for _, text in BLOCKS)


def build() -> None:
    from fpdf import FPDF  # fpdf2

    pdf = FPDF(orientation="P", format="A4")
    pdf.set_title("CWG - Writers' Agreement 2026-2028")
    pdf.set_author("Calderwick Writers' Guild")
    pdf.set_creation_date(datetime.datetime(2026, 3, 27, tzinfo=datetime.UTC))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for kind, text in BLOCKS:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 16)
            pdf.multi_cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "sub":
            pdf.set_font("Helvetica", "I", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
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
