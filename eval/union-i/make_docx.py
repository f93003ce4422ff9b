#!/usr/bin/env python3
"""Build docs/vdau-madpa-agreement-2025-2028.docx (the whole text is in this script).

    .venv/bin/python eval/union-i/make_docx.py          # python-docx is in the project's venv

The Animation, Dubbing and Voice-over Agreement 2025-2028, in English, with numbered
clauses cited "clause 12.2.2": scope, definitions (finished program, working day, budget
tiers A/B/C = Catégorie 1/2/3), term and contract years (from 1 March), payment, pension,
animation voice sessions, animation writers, dubbing (per minute of finished dubbed
program, per line, the cadence limit of clause 9.4.2), narration and ADR, grievances, and
Article 12 on voice clones and synthetic voices. The minimum rates are NOT here: they are
in Schedule A (the HTML rate table). `agreement_text()` returns the same text (one block
per line) for check_set.py. The output is byte-for-byte reproducible: the core properties
are fixed and the zip is rewritten with a fixed timestamp.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "vdau-madpa-agreement-2025-2028.docx")

# Each block: ("title"|"sub"|"h"|"p", text).
BLOCKS: list[tuple[str, str]] = [
    ("title", "Animation, Dubbing and Voice-over Agreement 2025-2028"),
    (
        "sub",
        "between the Voice and Dubbing Artists' Union (VDAU) and its Animation Writers' "
        "Section (AWS), and the Marlevaux Animation and Dubbing Producers' Association (MADPA)",
    ),
    (
        "p",
        "Signed at Sainte-Odile on 20 February 2025. Provisions are cited by article and "
        'clause, for example "clause 7.3.2" or "clause 12.4.2". The minimum rates are set out '
        "in Schedule A (Minimum Rates), published separately, which forms part of this "
        "Agreement. The English text is the official text; the Union publishes a French "
        "translation for convenience.",
    ),
    ("h", "ARTICLE 1 - RECOGNITION AND SCOPE"),
    (
        "p",
        "1.1 The Association recognises the Union as the exclusive bargaining agent for voice "
        "performers engaged in the Province of Marlevaux: voice actors in animated series and "
        "films, dubbing actors, narrators and voice-over performers of animated programs, and "
        "performers engaged for ADR (additional dialogue recording).",
    ),
    (
        "p",
        "1.2 The Association recognises the Animation Writers' Section of the Union as the "
        "bargaining agent for screenwriters engaged to write animated series and films.",
    ),
    (
        "p",
        "1.3 A Producer may offer better terms. No individual contract may provide for terms "
        "below those of this Agreement or of Schedule A.",
    ),
    ("h", "ARTICLE 2 - DEFINITIONS AND BUDGET TIERS"),
    (
        "p",
        '2.1 "Finished dubbed program" means the dubbed version of a program as delivered to '
        "the broadcaster or platform. Minutes of finished dubbed program are counted for each "
        "role, each started minute counting as a full minute, excluding opening and closing "
        "credits.",
    ),
    (
        "p",
        '2.2 "Working day" means Monday to Friday, excluding the statutory holidays of the '
        "Province of Marlevaux and the days from 24 December to 2 January.",
    ),
    (
        "p",
        "2.3.1 Rates depend on the production budget tier. Tier A (Catégorie 1): a production "
        "budget of more than $450,000 per half-hour of finished program. Tier B (Catégorie 2): "
        "from $180,000 to $450,000 per half-hour. Tier C (Catégorie 3): less than $180,000 per "
        "half-hour.",
    ),
    (
        "p",
        "2.3.2 For dubbing, the tier is determined by the dubbing budget per half-hour of "
        "finished dubbed program: Tier A, more than $24,000; Tier B, from $12,000 to $24,000; "
        "Tier C, less than $12,000.",
    ),
    (
        "p",
        "2.3.3 The Producer states the tier in the engagement contract. If the contract does "
        "not state a tier, Tier A applies.",
    ),
    ("h", "ARTICLE 3 - TERM AND CONTRACT YEARS"),
    (
        "p",
        "3.1 This Agreement is in force from 1 March 2025 to 28 February 2028. It remains in "
        "force after that date until a new agreement is signed.",
    ),
    (
        "p",
        "3.2 A contract year runs from 1 March to the last day of February of the following "
        "calendar year. Year 1 runs from 1 March 2025 to 28 February 2026, Year 2 from "
        "1 March 2026 to 28 February 2027, and Year 3 from 1 March 2027 to 28 February 2028.",
    ),
    (
        "p",
        "3.3 The minimum rate is the one in effect for the contract year in which the work is "
        "performed or, for writers, in which the script is delivered.",
    ),
    (
        "p",
        "3.4 This Agreement replaces the Animation and Dubbing Agreement 2022-2025, which "
        "expired on 28 February 2025.",
    ),
    ("h", "ARTICLE 4 - UNION SECURITY AND DUES"),
    (
        "p",
        "4.1 A Producer engages members of the Union in good standing, or performers and "
        "writers who apply for membership within 30 days of their first engagement.",
    ),
    (
        "p",
        "4.2 The Producer deducts the working dues set by the Union from every payment to a "
        "member and remits them to the Union each month with the engagement report.",
    ),
    ("h", "ARTICLE 5 - PAYMENT"),
    (
        "p",
        "5.1 The Producer pays the performer within fifteen (15) working days after the "
        "session, and pays the writer within fifteen (15) working days after delivery of the "
        "script.",
    ),
    (
        "p",
        "5.2 A late payment carries a late payment charge of $30.00 per working day of delay, "
        "up to a maximum of $600.00 per payment, payable to the performer or writer.",
    ),
    (
        "p",
        "5.3 The pay statement shows the tier, the Schedule A code of each rate paid and the "
        "number of minutes or lines paid.",
    ),
    ("h", "ARTICLE 6 - PENSION AND INSURANCE"),
    (
        "p",
        "6.1 The Producer contributes to the Voice Artists' Retirement Plan (RRAV) an amount "
        "equal to 9% of the gross fees paid under this Agreement.",
    ),
    (
        "p",
        "6.2 The Producer deducts the member's own contribution of 4% of the same fees and "
        "remits it to the Plan with its own contribution.",
    ),
    (
        "p",
        "6.3 The Producer contributes 1.5% of the gross fees to the Union's group insurance plan.",
    ),
    (
        "p",
        "6.4 Fees paid under Article 12, including use fees, are gross fees for the purposes "
        "of this Article.",
    ),
    ("h", "ARTICLE 7 - ANIMATION VOICE SESSIONS"),
    (
        "p",
        "7.1 A session for a principal role in an animated program lasts up to four (4) "
        "hours and is paid at least the Schedule A principal role rate for the tier.",
    ),
    (
        "p",
        "7.2.1 A session for additional voices covers up to three (3) characters. 7.2.2 Each "
        "character beyond the third is paid the Schedule A amount per additional character, "
        "in addition to the session rate. 7.2.3 A performer may not be asked to voice more "
        "than six (6) characters in one session.",
    ),
    (
        "p",
        "7.3.1 Vocally stressful recording means screaming, creature voices, fight efforts "
        "and sustained shouting. 7.3.2 Vocally stressful recording is limited to one (1) hour "
        "per session and is scheduled at the end of the session. 7.3.3 A performer may "
        "decline vocally stressful recording that was not described at the time of booking.",
    ),
    (
        "p",
        "7.4 Time worked beyond four (4) hours is paid at the Schedule A overtime rate for "
        "each half-hour or part of a half-hour.",
    ),
    (
        "p",
        "7.5.1 A session cancelled less than twenty-four (24) hours before its start is paid "
        "in full. 7.5.2 A session cancelled between twenty-four (24) hours and three (3) "
        "working days before its start is paid at 50% of the session rate.",
    ),
    (
        "p",
        "7.6 A performer is given a meal break of at least 45 minutes no later than five (5) "
        "hours after the start of work.",
    ),
    ("h", "ARTICLE 8 - ANIMATION WRITERS"),
    (
        "p",
        "8.1 A writer engaged to write an episode of an animated series is paid at least the "
        "Schedule A script minimum for the tier and for the running time of the episode "
        "(up to 11 minutes, or from 12 to 30 minutes).",
    ),
    (
        "p",
        "8.2 The script fee covers the first draft and one revision. A second revision, or "
        "any further revision requested by the Producer, is paid 40% of the applicable "
        "script fee for each revision.",
    ),
    (
        "p",
        "8.3 The Producer pays 50% of the script fee when the writer starts writing and the "
        "balance on delivery of the first draft.",
    ),
    (
        "p",
        '8.4 The credit "Written by" is given to the writer of the script. A series bible is '
        "paid separately from the scripts.",
    ),
    ("h", "ARTICLE 9 - DUBBING"),
    (
        "p",
        "9.1 A dubbing actor in a lead or supporting role is paid per minute of finished "
        "dubbed program for the role, at the Schedule A rate for the tier. A dubbing actor "
        "whose role has fewer than 25 lines may be paid per line instead.",
    ),
    (
        "p",
        "9.2 Whatever the minutes or lines recorded, a dubbing actor is paid at least the "
        "Schedule A minimum payment per dubbing session.",
    ),
    (
        "p",
        "9.3 The Producer gives the dubbing actor the script and the original version at "
        "least 48 hours before the session.",
    ),
    (
        "p",
        '9.4.1 "Cadence" means the number of minutes of finished dubbed program recorded by a '
        "performer in an hour of session. 9.4.2 A performer shall not be required to record "
        "more than twelve (12) minutes of finished dubbed program per hour of session (the "
        "cadence limit). 9.4.3 A performer is given a break of ten (10) minutes in each hour "
        "of dubbing.",
    ),
    (
        "p",
        "9.5 When the performer records less than 72 hours after receiving the script, the "
        "applicable rate is increased by 25% (rush delivery).",
    ),
    (
        "p",
        "9.6 A dubbing performer is engaged for one language version. Dubbing of the same "
        "role into another language is a separate engagement.",
    ),
    ("h", "ARTICLE 10 - NARRATION AND ADR"),
    (
        "p",
        "10.1 A narrator or voice-over performer of an animated program is paid at least the "
        "Schedule A principal role rate for the tier.",
    ),
    (
        "p",
        "10.2 ADR is paid per hour, with a minimum of one hour, at the Schedule A ADR rate for "
        "the tier.",
    ),
    ("h", "ARTICLE 11 - GRIEVANCES"),
    (
        "p",
        "11.1 A grievance is filed in writing within forty (40) days after the Union becomes "
        "aware of the facts.",
    ),
    (
        "p",
        "11.2 A grievance under Article 12 is heard by expedited arbitration; the arbitrator "
        "decides within fifteen (15) working days after the hearing.",
    ),
    ("h", "ARTICLE 12 - VOICE CLONES, SYNTHETIC VOICES AND ARTIFICIAL INTELLIGENCE"),
    (
        "p",
        '12.1 In this Article, a "voice clone" means a digital replica of the voice of an '
        'identifiable performer created with artificial intelligence; a "synthetic voice" '
        "means a voice produced by artificial intelligence that is not the voice clone of an "
        'identifiable performer; a "language" means each language or dialect version in which '
        "a program is dubbed or released.",
    ),
    (
        "p",
        "12.2.1 A voice clone of a performer may be created or used only with the performer's "
        "separate written consent, signed before the clone is created, which describes the "
        "program, the roles and the intended uses. 12.2.2 Consent is given separately for "
        "each language. A consent to the use of a voice clone in one language does not "
        "authorise its use in any other language, including a machine-translated version of "
        "the performer's own performance.",
    ),
    (
        "p",
        "12.2.3 Consent may not be made a condition of engagement, and a performer who "
        "refuses it may not be treated less favourably. 12.2.4 The performer may withdraw the "
        "consent for future uses by written notice; the withdrawal takes effect thirty (30) "
        "days after the Producer receives the notice.",
    ),
    (
        "p",
        "12.3.1 The Producer gives the performer written notice at least ten (10) working "
        "days before each new use of the voice clone, with the script pages, the episodes "
        "and the language. 12.3.2 For a use in a language in which the performer has not "
        "recorded the role, the notice is fifteen (15) working days. 12.3.3 The Producer "
        "sends a copy of each notice to the Union.",
    ),
    (
        "p",
        "12.4.1 The session in which the voice clone is created is paid at the Schedule A "
        "clone creation rate, in addition to any session fee for the same day. 12.4.2 For "
        "each episode and each language in which the voice clone is used, the Producer pays "
        "the Schedule A use fee; a use in two languages in the same episode gives rise to two "
        "use fees. 12.4.3 A use of the voice clone in a trailer or promotional excerpt is paid "
        "25% of the use fee.",
    ),
    (
        "p",
        "12.5.1 The Producer shall not use, license or permit the use of a performer's "
        "recordings, performances or voice clone to train artificial intelligence without the "
        "performer's separate written consent. 12.5.2 A consent to training carries a "
        "training fee of not less than 12.5% of the total session fees paid to the performer "
        "on the production, and not less than $650.00. 12.5.3 A writer's scripts may not be "
        "used to train artificial intelligence without the writer's separate written consent.",
    ),
    (
        "p",
        "12.6.1 The Producer notifies the Union in writing at least twenty (20) working days "
        "before casting a synthetic voice in any speaking role. 12.6.2 A synthetic voice may "
        "not replace a performer already engaged for a role during a season. 12.6.3 On the "
        "Union's request, the Producer meets the Union before casting a synthetic voice in a "
        "principal role.",
    ),
    (
        "p",
        "12.7.1 Within sixty (60) days after the last authorised use, or after a withdrawal "
        "of consent takes effect, the Producer deletes the voice clone and the recordings "
        "used to create it. 12.7.2 The Producer gives the performer and the Union a written "
        "certificate of deletion within ten (10) working days after the deletion.",
    ),
    (
        "p",
        "12.8.1 The voice clone of a deceased performer may be used only with the written "
        "consent of the performer's estate or, when there is no estate, of the Union. 12.8.2 "
        "Use fees for such a use are paid to the estate. 12.8.3 No new use is made within "
        "twelve (12) months after the performer's death, except to complete a season that "
        "the performer had partly recorded.",
    ),
    (
        "p",
        "12.9.1 Material generated by artificial intelligence is not literary material and "
        "may not be used to reduce a writer's minimum or credit. 12.9.2 The Producer shall "
        "not require a writer to use generative AI to write a script. 12.9.3 The Producer "
        "discloses in writing whether material handed to a writer contains material "
        "generated by artificial intelligence.",
    ),
    (
        "p",
        "12.10 The Union may ask the Producer, once per production, for the list of the voice "
        "clones and synthetic voices used in it, with the languages and episodes.",
    ),
    ("h", "ARTICLE 13 - GENERAL"),
    (
        "p",
        "13.1 Any amendment to this Agreement, including a side letter, is made in writing "
        "and signed by the Union and the Association. Corrections of clerical errors in "
        "Schedule A are published by the parties as errata.",
    ),
    (
        "p",
        "13.2 Signed for the Union by Solène Marchetti-Ward, President, and Idris Palomares, "
        "Chair of the Animation Writers' Section, and for the Association by Desmond "
        "Achterberg, Chair.",
    ),
]


def agreement_text() -> str:
    return "\n".join(text for _, text in BLOCKS)


def build() -> None:
    import docx  # python-docx
    from docx.shared import Pt

    doc = docx.Document()
    props = doc.core_properties
    fixed = datetime.datetime(2025, 2, 20, 12, 0, 0)
    props.title = "Animation, Dubbing and Voice-over Agreement 2025-2028"
    props.author = "Voice and Dubbing Artists' Union"
    props.created = fixed
    props.modified = fixed
    props.last_modified_by = "VDAU"
    props.revision = 1
    props.language = "en-CA"
    for kind, text in BLOCKS:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            run = doc.add_paragraph().add_run(text)
            run.italic = True
            run.font.size = Pt(11)
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
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 20, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    print("wrote", OUT)


if __name__ == "__main__":
    build()
