#!/usr/bin/env python3
"""Build the two PDFs of union-q (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-q/make_pdf.py    # fpdf2 is in the venv

- docs/lauv-lyric-stage-agreement-2025-2028.pdf: the Lyric Stage Agreement 2025-2028 as
  running text (portrait A4), articles "Art. 17" with sub-articles "17.3" and lettered
  items "a)" (cited "Art. 17.3 b)"); a running header and a "Page N of M" footer on every
  page; Annex A, a table of fixed allowances, premiums and digital-use fees (amounts
  written "EUR 96,40") that continues across a page break, its header row repeated under
  "Annex A (continued)".
- docs/lauv-rate-sheet-2025-26.pdf: the Rate Sheet 2025/26 (last season), a table with
  English-style amounts ("€1,284.50"), replaced from 1 September 2026 by the Rate Sheet
  2026/27 (an HTML page in docs/).

`agreement_text()` and `rate_sheet_text()` return the same text for check_set.py (one
heading, paragraph or table row per line, cells joined by " "). Core font in
windows-1252 (the euro sign, the en dash, the degree sign); fixed creation dates, so the
output is reproducible.
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "lauv-lyric-stage-agreement-2025-2028.pdf")
RATE_SHEET_OUT = os.path.join(HERE, "docs", "lauv-rate-sheet-2025-26.pdf")
RUNNING_HEADER = "Lyric Stage Agreement 2025–2028 – LAUV / VLEC – English text"
RATE_SHEET_HEADER = "LAUV / VLEC Joint Rates Committee – Rate Sheet 2025/26"

# (kind, text): "title", "sub", "art" (an article heading), "p" (a paragraph)
AGREEMENT: list[tuple[str, str]] = [
    ("title", "Lyric Stage Agreement 2025–2028"),
    (
        "sub",
        "between the Lyric Artists' Union of Vireille (LAUV) and the Vireille Lyric Employers' "
        "Council (VLEC), acting for its member opera houses, festivals and concert presenters. "
        "Signed at Brémontal on 27 June 2025. The French text, Accord sur la scène lyrique "
        "2025-2028, has equal force. All amounts are in euros (EUR).",
    ),
    ("art", "Art. 1 Parties and scope"),
    (
        "p",
        "1.1 This Agreement applies to singers (chorus members, chorus soloists, principals and "
        "concert soloists), to orchestral extras and to surtitle and subtitle translators and "
        "audio-description writers (describers) engaged by a member of VLEC in the Vireille "
        "Region, or elsewhere for a production of a VLEC member on tour.",
    ),
    (
        "p",
        "1.2 The members of VLEC at signature are the Opéra national de Brémontal (ONB), the "
        "Théâtre lyrique de Saint-Ysoret, the Hollinsford Summer Festival of Song and the "
        "Vireille Oratorio Society. A member that joins VLEC later is bound from the day it "
        "joins.",
    ),
    (
        "p",
        "1.3 This Agreement sets minimum terms. A contract may give a performer better terms, "
        "never worse ones.",
    ),
    (
        "p",
        "1.4 The Rate Sheet of each season (Art. 6) and Annex A form part of this Agreement. "
        "Side Letter No. 2 applies to engagements at the Hollinsford Summer Festival of Song.",
    ),
    ("art", "Art. 2 Definitions"),
    (
        "p",
        '2.1 In this Agreement: a) "service" means a rehearsal or a performance call of up to '
        'three (3) hours, breaks included; b) "performance" means a presentation to a paying or '
        'invited audience, including a dress rehearsal with an audience; c) "production" means '
        "an opera, operetta, staged concert or oratorio and all its performances in one season; "
        'd) "week of engagement" means seven consecutive days of engagement starting on the day '
        "stated in the contract.",
    ),
    (
        "p",
        '2.2 Singers: a) a "chorus member" sings in the chorus; b) a "chorus soloist" is a '
        'chorus member who sings a solo passage under Art. 7.3; c) a "principal" is engaged for '
        "a named role, in Grade A (leading role), Grade B (supporting role) or Grade C (small "
        'role), as stated in the contract; d) a "cover" prepares a role in order to replace '
        'its principal if needed; e) a "concert soloist" sings the solo part of an oratorio, '
        "an orchestral concert or a recital.",
    ),
    (
        "p",
        '2.3 An "orchestral extra" is an instrumentalist engaged per service or per production '
        "in addition to an orchestra's permanent players, including the players of a stage "
        "band.",
    ),
    (
        "p",
        '2.4 A "page" of surtitles is twenty-five (25) titles. A "minute of performance" is one '
        "minute of the running time of the performance, intervals excluded.",
    ),
    (
        "p",
        '2.5 A "machine draft" is a translation, subtitle file or audio-description script '
        "produced in whole or in part by machine translation or by a generative model. The "
        "other terms used in Art. 17 are defined in Art. 17.1.",
    ),
    ("art", "Art. 3 Term and seasons"),
    ("p", "3.1 This Agreement runs from 1 September 2025 to 31 August 2028."),
    (
        "p",
        "3.2 Seasons run from 1 September to 31 August: a) Season 2025/26 runs from 1 September "
        "2025 to 31 August 2026; b) Season 2026/27 runs from 1 September 2026 to 31 August "
        "2027; c) Season 2027/28 runs from 1 September 2027 to 31 August 2028.",
    ),
    (
        "p",
        "3.3 A service or a performance is paid at the Rate Sheet of the season in which it "
        "takes place. A translation, subtitle file or script is paid at the Rate Sheet of the "
        "season in which it is ordered.",
    ),
    ("p", "3.4 Either party may give notice to bargain a new agreement from 1 March 2028."),
    ("art", "Art. 4 Engagement contracts"),
    (
        "p",
        "4.1 Every engagement is confirmed by a written contract issued at least twenty-one "
        "(21) days before the first rehearsal, or on the day of engagement if it is made later.",
    ),
    (
        "p",
        "4.2 The contract states: a) the production and the role, or the chorus or the "
        "instrument; b) the grade of a principal; c) the number of services, performances or "
        "weeks of engagement; d) the fees; e) any broadcast, stream or recording, and any use "
        "under Art. 17.",
    ),
    (
        "p",
        "4.3 A hold on a date lapses after five (5) working days unless it is confirmed in "
        "writing.",
    ),
    ("art", "Art. 5 Services and rest"),
    (
        "p",
        "5.1 A service lasts up to three (3) hours. A service that runs longer is paid overtime "
        "under Art. 10, except a performance announced in the contract as a long performance, "
        "which counts as two services.",
    ),
    (
        "p",
        "5.2 a) No performer is called for more than two (2) services a day. b) At least eleven "
        "(11) hours separate the end of the last service of a day from the first service of the "
        "next day. c) Each service of more than ninety (90) minutes includes a break of at least "
        "15 minutes.",
    ),
    (
        "p",
        "5.3 A chorus week of engagement has up to eight (8) services and one free day. A ninth "
        "and any further service in the same week is paid at row C-3 of the Rate Sheet.",
    ),
    (
        "p",
        "5.4 A principal's rehearsal period is paid per rehearsal week at row P-4 (Grade A) or "
        "P-5 (Grade B or C) of the Rate Sheet; performances are paid per performance.",
    ),
    ("art", "Art. 6 Minimum fees and Rate Sheets"),
    (
        "p",
        "6.1 The minimum fees of each season are those of the Rate Sheet for that season, "
        "adopted by the Joint Rates Committee (three members appointed by each party) no later "
        "than 15 July before the season begins.",
    ),
    (
        "p",
        "6.2 Each Rate Sheet raises every fee of the previous Rate Sheet by at least three and a "
        "half per cent (3.5%).",
    ),
    (
        "p",
        "6.3 A Rate Sheet applies from 1 September of its season and replaces the previous Rate "
        "Sheet from that day. If a Rate Sheet is adopted late, the previous one continues to "
        "apply and the difference is paid back to 1 September within thirty (30) days of "
        "adoption.",
    ),
    (
        "p",
        "6.4 The amounts in Annex A are fixed for the term of this Agreement, unless a protocole "
        "d'accord changes them under Art. 22.4.",
    ),
    ("art", "Art. 7 Chorus"),
    (
        "p",
        "7.1 Chorus members are engaged per service (row C-1) or per week of engagement (row C-2).",
    ),
    (
        "p",
        "7.2 The employer publishes the schedule of services of each week at least fourteen "
        "(14) days ahead. A service added with less than forty-eight (48) hours' notice may be "
        "declined without penalty.",
    ),
    (
        "p",
        "7.3 A chorus member who sings a solo passage of at least eight (8) bars, or a small "
        "named part printed in the score as sung from the chorus, receives the chorus soloist "
        "supplement in row C-4 for each performance, on top of the service fee.",
    ),
    (
        "p",
        "7.4 Chorus members provide their own black concert dress for concerts and receive the "
        "allowance in row AL-7 of Annex A once per season.",
    ),
    ("art", "Art. 8 Principals, covers and concert soloists"),
    (
        "p",
        "8.1 Principals are paid per performance at the row of their grade (P-1, P-2 or P-3) "
        "and per rehearsal week (P-4 or P-5).",
    ),
    (
        "p",
        "8.2 A principal who sings two roles in the same performance receives the higher fee "
        "plus twenty-five per cent (25%) of it.",
    ),
    (
        "p",
        "8.3 A cover receives the retainer in row P-6 for each production, which pays for "
        "attendance at every rehearsal scheduled for the cover.",
    ),
    (
        "p",
        "8.4 A cover who goes on in a performance receives, for each performance sung, the "
        "performance fee of the role's grade, and keeps the retainer.",
    ),
    (
        "p",
        "8.5 Concert soloists are paid per concert (row S-1) or per recital (row S-2). The fee "
        "includes one piano rehearsal and the general rehearsal; each further rehearsal is "
        "paid twenty per cent (20%) of the concert fee.",
    ),
    (
        "p",
        "8.6 A principal who is ill informs the employer as early as possible and provides a "
        "medical certificate from the second performance missed.",
    ),
    ("art", "Art. 9 Orchestral extras"),
    (
        "p",
        "9.1 Orchestral extras are paid per service: tutti at row O-1, principal or section "
        "leader at row O-2.",
    ),
    (
        "p",
        "9.2 An extra who plays an additional instrument in the same service (doubling) receives "
        "row O-3 for each additional instrument.",
    ),
    (
        "p",
        "9.3 An extra who plays on stage, in costume, in a stage band receives the supplement in "
        "row O-4 for each service.",
    ),
    (
        "p",
        "9.4 An extra who transports a harp, a double bass, a tuba or timpani to the service "
        "receives the cartage allowance in row AL-5 (harp) or AL-6 of Annex A for each service.",
    ),
    (
        "p",
        "9.5 Extras are engaged at least seven (7) days before the first service, except to "
        "replace a player who is ill.",
    ),
    ("art", "Art. 10 Overtime"),
    (
        "p",
        "10.1 When a service runs beyond three (3) hours, each period of 15 minutes or part of "
        "it is paid as overtime: singers at row C-5 and orchestral extras at row O-5 of the "
        "Rate Sheet.",
    ),
    (
        "p",
        "10.2 Overtime of more than thirty (30) minutes in one service requires the agreement "
        "of a majority of the chorus members or players present, consulted by their delegate.",
    ),
    (
        "p",
        "10.3 Principals and concert soloists are not paid overtime for a performance; their "
        "fee covers the whole performance.",
    ),
    ("art", "Art. 11 Sundays, public holidays and touring"),
    (
        "p",
        "11.1 A service on a Sunday carries the premium in row AL-10, and a service on a public "
        "holiday the premium in row AL-11 of Annex A. The two premiums are not added together.",
    ),
    (
        "p",
        "11.2 A performer engaged more than sixty (60) km from home receives the touring per "
        "diem in row AL-1 for each day away, and a room; when no room is provided, the "
        "accommodation allowance in row AL-2 for each night.",
    ),
    (
        "p",
        "11.3 Travel is paid by rail in second class, or at row AL-3 per km by the performer's "
        "own car. When a performance ends after 23:30 and no public transport runs, the "
        "employer pays the late-night taxi allowance in row AL-4.",
    ),
    ("art", "Art. 12 Payment"),
    (
        "p",
        "12.1 Fees are paid within thirty (30) days after the last service of the engagement or, "
        "for translators and describers, after delivery of the final text. Weekly engagements "
        "are paid every week, no later than the following Friday.",
    ),
    ("p", "12.2 A late payment bears interest of one per cent (1%) per month."),
    (
        "p",
        "12.3 Each payment comes with a statement of the services, performances, pages or "
        "minutes, premiums and deductions it covers.",
    ),
    ("art", "Art. 13 Cancellation"),
    (
        "p",
        "13.1 An employer that cancels a service, a performance or an engagement: a) less than "
        "seven (7) days before it pays the fee in full (row AL-14); b) seven (7) to twenty-one "
        "(21) days before it pays half of the fee (row AL-15); c) more than twenty-one (21) days "
        "before it owes no fee, unless the contract of a principal provides otherwise.",
    ),
    (
        "p",
        "13.2 Art. 13.1 does not apply when the venue is closed by order of the public "
        "authorities; the employer then pays the services already worked.",
    ),
    (
        "p",
        "13.3 Outdoor performances cancelled for weather are governed by Side Letter No. 2.",
    ),
    ("art", "Art. 14 Recordings, broadcasts and streams"),
    (
        "p",
        "14.1 The employer may record rehearsals in sound or vision for the study of the "
        "musical and stage staff (working recordings). Working recordings are kept no longer "
        "than the end of the production's last performance, are never broadcast, streamed or "
        "sold, and are never used for training under Art. 17.",
    ),
    (
        "p",
        "14.2 Broadcasts and streams: a) a performance is broadcast or streamed only with the "
        "consent stated in the contract (Art. 4.2 e)); b) every performer receives, for each "
        "broadcast or stream of a performance, twelve per cent (12%) of the fee for that "
        "performance or service (row AL-12); c) a stream stays available on demand for no longer "
        "than six (6) weeks.",
    ),
    (
        "p",
        "14.3 An audio release of a recording of a performance, on disc or for download, is "
        "paid at row AL-13 for each release.",
    ),
    (
        "p",
        "14.4 Recordings kept in the employer's archive may be used to train a model only under "
        "Art. 17.",
    ),
    ("art", "Art. 15 Health, safety and the voice"),
    (
        "p",
        "15.1 Indoors, the employer keeps the stage, the pit and the rehearsal rooms between "
        "18 °C and 27 °C. Outdoor limits for the Hollinsford Summer Festival of Song are in "
        "Side Letter No. 2.",
    ),
    (
        "p",
        "15.2 Singers are told at least forty-eight (48) hours ahead of any haze, smoke or "
        "pyrotechnic effect. A singer may refuse to sing in haze on medical advice.",
    ),
    (
        "p",
        "15.3 A principal who sings a Grade A role is not called to rehearse on the day of a "
        "performance, except for a warm-up call of up to thirty (30) minutes.",
    ),
    ("art", "Art. 16 Young singers"),
    (
        "p",
        "16.1 A singer under eighteen (18), in a children's chorus or a young role, is engaged "
        "only with the written consent of a parent or guardian, for no more than one service "
        "a day on school days, ending by 22:30.",
    ),
    ("p", "16.2 A chaperone appointed by the employer attends every service of a young singer."),
    (
        "p",
        "16.3 Recordings of young singers are never used for training and never used to make a "
        "voice model (Art. 17.3 c)).",
    ),
    ("art", "Art. 17 Voice models, synthetic choirs and virtual ensembles"),
    (
        "p",
        '17.1 In this Article: a) a "voice model" is software that generates singing or speech '
        'in a voice that can be recognised as a performer\'s; b) a "voice clone" is a voice '
        'model of one identifiable performer; c) a "synthetic choir" is a choral sound '
        "generated, multiplied or extended by software from recordings of chorus members; d) a "
        '"virtual ensemble" is a vocal or instrumental ensemble presented as performing but '
        'produced in whole or in part by software; e) "training" means using recordings to '
        "create, train, fine-tune or test a model.",
    ),
    (
        "p",
        "17.2 Consent: a) no employer creates, trains or uses a voice model of a performer "
        "without the performer's separate written consent on form VM-1, given for one named "
        "project and signed at least fourteen (14) days before the first use; b) consent is not "
        "a condition of engagement, and refusing it is no reason to refuse, end or change an "
        "engagement; c) consent given for one project does not extend to another project, to "
        "another employer, or to a sale or licence of the model.",
    ),
    (
        "p",
        "17.3 Training on recordings: a) a recording of a performance or a rehearsal made under "
        "this Agreement is used for training only with the separate written consent of every "
        "performer whose voice or playing can be identified in it, and after payment to each of "
        "them of the training fee in row AI-2 of Annex A; b) working "
        "recordings (Art. 14.1) are never used for training, even with the performers' consent; "
        "c) recordings of young singers (Art. 16) are never used for training.",
    ),
    (
        "p",
        "17.4 Fees for use: a) a voice model of a principal or a concert soloist used in a "
        "production is paid at row AI-3 for each production, plus row AI-1 per hour for any "
        "capture session, with a minimum of two (2) hours; b) each chorus member whose voice is "
        "included in a synthetic choir receives row AI-4 for each production; c) an orchestral "
        "extra whose playing is sampled for a virtual ensemble receives row AI-5 for each "
        "service recorded; d) a synthetic voice heard in a trailer or an advertisement is paid "
        "at row AI-7 for each use.",
    ),
    (
        "p",
        "17.5 Live performance: a) a synthetic choir or a virtual ensemble never replaces chorus "
        "members or orchestral extras in a performance announced as live; b) a synthetic choir "
        "may be heard off stage only to reinforce a live chorus of at least the number of "
        "singers stated in the production's engagement plan, and only with the consent of the "
        "chorus delegate.",
    ),
    (
        "p",
        "17.6 Archive recordings: recordings of performances made before 1 September 2025 may "
        "be used to train the employer's own voice model without the fee in row AI-2, provided "
        "that each performer identifiable in them is told in writing thirty (30) days "
        "beforehand and has not objected.",
    ),
    (
        "p",
        "17.7 Labelling: every performance, broadcast, stream, recording or trailer in which a "
        'voice model, a synthetic choir or a virtual ensemble is heard is labelled "Includes '
        'synthetic voices" (in French, "Comprend des voix de synthèse") in the programme, on '
        "the surtitle screen before each act in which it is heard, and in the credits.",
    ),
    (
        "p",
        "17.8 Withdrawal: a performer may withdraw consent by written notice to the employer. "
        "The employer makes no new use of the voice model thirty (30) days after receiving the "
        "notice. Recordings already released before that day may stay on sale.",
    ),
    (
        "p",
        "17.9 Deletion: the employer deletes the voice model and the recordings used to train "
        "it within ninety (90) days after the withdrawal takes effect or the project ends, "
        "whichever comes first, and confirms the deletion in writing to the performer and to "
        "the Union on form VM-3.",
    ),
    (
        "p",
        "17.10 Deceased performers: a voice model of a deceased performer is made or used only "
        "with the written consent of the estate, to which the fees of this Article are paid.",
    ),
    (
        "p",
        "17.11 Register: the employer keeps a register of every voice model, synthetic choir "
        "and virtual ensemble it uses, with the consents given. The Union may inspect it on "
        "ten (10) working days' notice.",
    ),
    ("art", "Art. 18 Surtitles, subtitles and audio description"),
    (
        "p",
        "18.1 Surtitle translation is paid per page at row T-1 of the Rate Sheet, with a minimum "
        "of eight (8) pages per production; surtitle cueing is paid per performance at row T-2; "
        "subtitle translation of a recorded or streamed performance is paid per minute of "
        "programme at row T-3.",
    ),
    (
        "p",
        "18.2 The surtitle file is delivered no later than the first stage and orchestra "
        "rehearsal, unless the contract sets another date.",
    ),
    (
        "p",
        "18.3 Machine drafts of surtitles and subtitles: a) an employer gives a translator a "
        "machine draft only with the translator's agreement, given for each production; b) the "
        "post-editing of a machine draft is paid per page at row AI-8 of Annex A; c) a machine "
        "translation is never shown to the audience as surtitles or subtitles without a full "
        "review by a translator engaged under this Agreement; d) when the translator has "
        'post-edited a machine draft, the credit reads "Surtitles: [name], from a machine '
        'draft"; otherwise it reads "Surtitles: [name]".',
    ),
    (
        "p",
        "18.4 Audio description: a) describers are paid per minute of performance for the "
        "script (row AD-1), per performance for live description (row AD-2) and per production "
        "for a recorded audio introduction (row AD-3); b) a machine draft of a description is "
        "used only with the describer's agreement, and its post-editing is paid at row AI-9 of "
        "Annex A; c) no synthetic voice reads the audio description of a live performance; a "
        "recorded audio introduction may use a synthetic voice only with the describer's "
        "consent and the label of Art. 17.7; d) the describer is named in the pre-show "
        "announcement.",
    ),
    (
        "p",
        "18.5 No translation, subtitle file or description script written under this Agreement "
        "is used to train a machine translation or description model without the written "
        "consent of its author and the fee in row AI-6 of Annex A for each script.",
    ),
    (
        "p",
        "18.6 The translator keeps the copyright in the translation. The employer has a licence "
        "for the production and its revivals for five (5) seasons; each revival within that "
        "period is paid twenty-five per cent (25%) of the original translation fee.",
    ),
    ("art", "Art. 19 Credits"),
    (
        "p",
        "19.1 Principals, concert soloists, translators and describers are named in the "
        "programme. Chorus members and orchestral extras are listed by name when a printed "
        "programme lists the permanent company.",
    ),
    (
        "p",
        "19.2 The surtitle translator is named on the first surtitle screen of each "
        "performance, in the form set by Art. 18.3 d).",
    ),
    ("art", "Art. 20 Grievances"),
    (
        "p",
        "20.1 A grievance is filed in writing within forty-five (45) days after the member or "
        "the Union learned of the facts.",
    ),
    (
        "p",
        "20.2 The Joint Committee meets within twenty-one (21) days of the grievance. A "
        "grievance it does not settle goes to a sole arbitrator chosen from the list in the "
        "Joint Committee's rules.",
    ),
    ("p", "20.3 The parties may extend these time limits by written agreement."),
    ("art", "Art. 21 Union rights"),
    (
        "p",
        "21.1 The chorus of each production elects a chorus delegate; the orchestral extras of "
        "a production may elect one delegate.",
    ),
    (
        "p",
        "21.2 The employer deducts union dues from fees at the rate notified by the Union and "
        "pays them to the Union every month.",
    ),
    (
        "p",
        "21.3 A Union official may visit rehearsals and the workplace on twenty-four (24) "
        "hours' notice to the employer.",
    ),
    ("art", "Art. 22 Final provisions"),
    ("p", "22.1 The French and English texts of this Agreement have equal force."),
    (
        "p",
        "22.2 This Agreement replaces the Lyric Stage Agreement 2021–2025, which expired on "
        "31 August 2025.",
    ),
    (
        "p",
        "22.3 Notwithstanding Art. 22.2, Article 11.4 of the Lyric Stage Agreement 2021–2025 "
        "(chorus seniority supplement) is kept in force for the term of this Agreement: a "
        "chorus member who had completed at least five (5) seasons with the same employer on "
        "31 August 2025 continues to receive a supplement of four per cent (4%) on every "
        "service fee and week of engagement fee paid by that employer.",
    ),
    (
        "p",
        "22.4 This Agreement is amended only by a protocole d'accord (memorandum of agreement) "
        "signed by both parties and ratified by the members of the Union.",
    ),
    (
        "p",
        "22.5 Signed at Brémontal on 27 June 2025. For LAUV: Albane Duvernoy-Kest, President. "
        "For VLEC: Gérald Fontmarty, Chair.",
    ),
    ("annex", "Annex A – Fixed allowances, premiums and digital-use fees"),
    (
        "p",
        "The amounts below are fixed for the term of the Agreement (Art. 6.4). Fees by season "
        "are in the Rate Sheet of each season. Rows AL-10 to AL-21 are percentages of the fee "
        "of the service, performance or engagement concerned, or say how it is paid.",
    ),
]

ANNEX_HEADER = ["Row", "Allowance, premium or fee", "Unit", "Amount"]
ANNEX_WIDTHS = [16, 79, 40, 35]
ANNEX_CONTINUED = "Annex A (continued)"
# fmt: off
ANNEX_ROWS: list[list[str]] = [
    ["AL-1", "Touring per diem (more than 60 km from home)", "per day", "EUR 58,00"],
    ["AL-2", "Accommodation when no room is provided", "per night", "EUR 96,40"],
    ["AL-3", "Travel by the performer's own car", "per km", "EUR 0,42"],
    ["AL-4", "Late-night taxi (performance ends after 23:30)", "per performance", "EUR 22,00"],
    ["AL-5", "Harp cartage", "per service", "EUR 45,00"],
    ["AL-6", "Cartage of double bass, tuba or timpani", "per service", "EUR 18,50"],
    ["AL-7", "Black concert dress (chorus)", "per season", "EUR 120,00"],
    ["AL-8", "Make-up supplied by the performer", "per performance", "EUR 6,50"],
    ["AL-9", "Split call (under 90 minutes between services)", "per day", "EUR 17,50"],
    ["AL-10", "Sunday premium", "per service", "15% of the fee"],
    ["AL-11", "Public-holiday premium", "per service", "50% of the fee"],
    ["AL-12", "Broadcast or stream of a performance", "per broadcast", "12% of the fee"],
    ["AL-13", "Audio release of a performance recording", "per release", "20% of the fee"],
    ["AL-14", "Cancellation less than 7 days before", "per service", "100% of the fee"],
    ["AL-15", "Cancellation 7 to 21 days before", "per service", "50% of the fee"],
    ["AL-16", "Vocal score bought by the singer", "per production", "EUR 35,00"],
    ["AL-17", "Dress rehearsal with an audience", "per service", "as a performance"],
    ["AL-18", "Two roles in one performance (Art. 8.2)", "per performance", "25% of higher fee"],
    ["AL-19", "Further rehearsal of a concert soloist", "per rehearsal", "20% of concert fee"],
    ["AL-20", "Revival of a surtitle translation (Art. 18.6)", "per revival", "25% of first fee"],
    ["AL-21", "Chorus seniority supplement (Art. 22.3)", "per service or week", "4% of the fee"],
    ["AI-1", "Capture session for a voice model", "per hour, min. 2 hours", "EUR 186,00"],
    ["AI-2", "Training use of a performer's recordings", "per performer and model", "EUR 1.450,00"],
    ["AI-3", "Use of a principal's or soloist's voice model", "per production", "EUR 2.380,00"],
    ["AI-4", "Synthetic choir: each chorus member included", "per production", "EUR 312,50"],
    ["AI-5", "Virtual ensemble: an extra's sampled playing", "per service recorded", "EUR 174,80"],
    ["AI-6", "Training use of a translator's or describer's text", "per script", "EUR 640,00"],
    ["AI-7", "Synthetic voice in a trailer or advertisement", "per use of up to 60 s", "EUR 395,00"],
    ["AI-8", "Post-editing of a machine surtitle draft", "per page of 25 titles", "60% of row T-1"],
    ["AI-9", "Post-editing of a machine audio-description draft", "per minute", "70% of row AD-1"],
]
# fmt: on
ANNEX_NOTE = (
    "Rows T-1 and AD-1 are in the Rate Sheet of the season in which the work is ordered. "
    "The seniority supplement kept in force by Art. 22.3 is added to service and week of "
    "engagement fees where it is due. End of Annex A."
)

RATE_SHEET_INTRO: list[tuple[str, str]] = [
    ("title", "Rate Sheet 2025/26"),
    (
        "sub",
        "Minimum fees under the Lyric Stage Agreement 2025–2028 (Art. 6) for Season 2025/26, "
        "from 1 September 2025 to 31 August 2026. Adopted by the Joint Rates Committee of the "
        "Lyric Artists' Union of Vireille (LAUV) and the Vireille Lyric Employers' Council "
        "(VLEC) at Brémontal on 10 July 2025.",
    ),
    (
        "p",
        "This is the first Rate Sheet under the Agreement. It applies to every service and "
        "performance that takes place in Season 2025/26, and to every translation, subtitle "
        "file or script ordered in that season (Art. 3.3). Amounts are gross minimums in euros "
        "per unit shown; a contract may pay more. The allowances, premiums and digital-use "
        "fees that do not change with the season are in Annex A of the Agreement, not here.",
    ),
]
RATE_HEADER = ["Code", "Work", "Unit", "Season 2025/26"]
RATE_WIDTHS = [16, 76, 50, 28]
# fmt: off
RATE_ROWS: list[list[str]] = [
    ["C-1", "Chorus member", "per service", "€98.60"],
    ["C-2", "Chorus member, week of engagement", "per week (up to 8 services)", "€742.00"],
    ["C-3", "Chorus: ninth and further service in a week", "per service", "€123.25"],
    ["C-4", "Chorus soloist supplement (Art. 7.3)", "per performance", "€64.80"],
    ["C-5", "Singers' overtime (Art. 10.1)", "per 15 minutes or part", "€14.10"],
    ["P-1", "Principal, Grade A (leading role)", "per performance", "€1,284.50"],
    ["P-2", "Principal, Grade B (supporting role)", "per performance", "€846.00"],
    ["P-3", "Principal, Grade C (small role)", "per performance", "€512.40"],
    ["P-4", "Principal, Grade A, rehearsal period", "per rehearsal week", "€1,960.00"],
    ["P-5", "Principal, Grade B or C, rehearsal period", "per rehearsal week", "€1,415.00"],
    ["P-6", "Cover (Art. 8.3)", "per production", "€1,150.00"],
    ["S-1", "Concert soloist, oratorio or orchestral concert", "per concert", "€1,075.00"],
    ["S-2", "Concert soloist, recital", "per recital", "€890.00"],
    ["O-1", "Orchestral extra, tutti", "per service", "€112.70"],
    ["O-2", "Orchestral extra, principal or section leader", "per service", "€140.90"],
    ["O-3", "Doubling, each additional instrument", "per service", "€18.60"],
    ["O-4", "Stage band supplement (on stage, in costume)", "per service", "€24.00"],
    ["O-5", "Orchestral extras' overtime (Art. 10.1)", "per 15 minutes or part", "€16.30"],
    ["T-1", "Surtitle translation", "per page of 25 titles", "€38.50"],
    ["T-2", "Surtitle cueing", "per performance", "€148.00"],
    ["T-3", "Subtitle translation, recorded or streamed", "per minute of programme", "€6.20"],
    ["AD-1", "Audio-description script", "per minute of performance", "€7.40"],
    ["AD-2", "Live audio description", "per performance", "€265.00"],
    ["AD-3", "Recorded audio introduction", "per production", "€410.00"],
]
# fmt: on
RATE_SHEET_OUTRO: list[tuple[str, str]] = [
    (
        "p",
        "Notes. 1. A chorus member engaged for a week of eight services receives the week rate "
        "in row C-2 instead of eight times row C-1. 2. A cover who goes on is paid the "
        "performance fee of the role's grade (Art. 8.4). 3. Post-editing of machine drafts is "
        "paid at rows AI-8 and AI-9 of Annex A, as a percentage of rows T-1 and AD-1 above. "
        "4. The seniority supplement of Art. 22.3 is added where it is due.",
    ),
    (
        "p",
        "Validity. This Rate Sheet applies from 1 September 2025 to 31 August 2026. Under "
        "Art. 6.3 the Rate Sheet for Season 2026/27 applies from 1 September 2026; the Joint "
        "Rates Committee publishes it no later than 15 July 2026.",
    ),
    (
        "p",
        "For the Joint Rates Committee: Mathis Okonkwo-Ferrand (LAUV) and Clémence Arrighi-Boyd "
        "(VLEC). Questions to the LAUV office in Brémontal, 18 quai des Tanneurs.",
    ),
]


def _text(blocks: list[tuple[str, str]]) -> str:
    return "\n".join(text for _, text in blocks)


def agreement_text() -> str:
    lines = [_text(AGREEMENT), " ".join(ANNEX_HEADER)]
    lines += [" ".join(r) for r in ANNEX_ROWS]
    lines.append(ANNEX_NOTE)
    return "\n".join(lines)


def rate_sheet_text() -> str:
    lines = [_text(RATE_SHEET_INTRO), " ".join(RATE_HEADER)]
    lines += [" ".join(r) for r in RATE_ROWS]
    lines.append(_text(RATE_SHEET_OUTRO))
    return "\n".join(lines)


def _doc(header: str):
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

    pdf = Doc(orientation="P", format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(20, 15, 20)
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
        elif kind in ("art", "annex"):
            if kind == "annex":
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6.4, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)


def _table(pdf, header, widths, rows, continued: str | None, row_h: float = 7.5) -> None:
    """Rows of single-line cells; on a page break the header row is drawn again."""

    def draw_header() -> None:
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.set_fill_color(225, 225, 225)
        for w, text in zip(widths, header, strict=True):
            pdf.cell(w, row_h, text, border=1, fill=True)
        pdf.ln(row_h)
        pdf.set_font("Helvetica", "", 9.5)

    draw_header()
    for row in rows:
        for w, text in zip(widths, row, strict=True):
            if pdf.get_string_width(text) > w - 2:
                raise SystemExit(f"cell too wide for {w} mm: {text!r}")
        if pdf.get_y() + row_h > pdf.page_break_trigger:
            pdf.add_page()
            if continued:
                pdf.set_font("Helvetica", "B", 11)
                pdf.cell(0, 7, continued, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            draw_header()
        for w, text in zip(widths, row, strict=True):
            pdf.cell(w, row_h, text, border=1)
        pdf.ln(row_h)
    pdf.ln(3)


def build_agreement() -> None:
    pdf = _doc(RUNNING_HEADER)
    pdf.set_title("Lyric Stage Agreement 2025-2028")
    pdf.set_author("LAUV / VLEC")
    pdf.set_creation_date(datetime.datetime(2025, 6, 27, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    _blocks(pdf, AGREEMENT)
    _table(pdf, ANNEX_HEADER, ANNEX_WIDTHS, ANNEX_ROWS, ANNEX_CONTINUED, row_h=8.5)
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(0, 5.6, ANNEX_NOTE, new_x="LMARGIN", new_y="NEXT")
    pdf.output(AGREEMENT_OUT)
    print("wrote", AGREEMENT_OUT, pdf.pages_count, "pages")


def build_rate_sheet() -> None:
    pdf = _doc(RATE_SHEET_HEADER)
    pdf.set_title("Rate Sheet 2025/26")
    pdf.set_author("LAUV / VLEC Joint Rates Committee")
    pdf.set_creation_date(datetime.datetime(2025, 7, 10, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    _blocks(pdf, RATE_SHEET_INTRO)
    _table(pdf, RATE_HEADER, RATE_WIDTHS, RATE_ROWS, None)
    _blocks(pdf, RATE_SHEET_OUTRO)
    pdf.output(RATE_SHEET_OUT)
    print("wrote", RATE_SHEET_OUT, pdf.pages_count, "pages")


if __name__ == "__main__":
    build_agreement()
    build_rate_sheet()
