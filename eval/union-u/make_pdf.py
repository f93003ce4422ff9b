#!/usr/bin/env python3
"""Build the PDF of union-u (its whole text is in this script).

    /work/main/.venv/bin/python eval/union-u/make_pdf.py    # fpdf2 is in the venv

docs/gdrp-factual-reality-agreement-2025-2028.pdf: the Factual and Reality Television
Agreement 2025-2028 as running text (portrait A4, core font in windows-1252), articles
headed "Article 12 – ..." with sub-articles "12.4" and lettered items "(c)" (cited
"Art. 12.4(c)"), an "Article 9 bis" on confessional footage and machine learning; a running
header and a "Page N of M" footer on every page; Appendix 1, a table of working conditions
by category (minimum call, turnaround, night and weekend premiums, meal allowance) that is
CUT IN TWO by a note paragraph, the second part headed "Appendix 1 (continued)" with the
header row repeated, and footnotes marked † and ‡ under it that carry conditions. Amounts
are written the English way ("CAD 1,000", "$22.00"); dates the North-American way
("October 1, 2026"). Art. 15.3 cross-references "Schedule C of the Rate Memorandum" (a Word
document for 2025-26, an HTML page for 2026-27); Art. 17.3 keeps a clause of the expired
agreement; Art. 9.6 and Art. 12.4(c) are deleted or amended by Letter of Understanding No. 2.

`agreement_text()` returns the same text for check_set.py (one heading, paragraph or
table row per line, cells joined by " "). Fixed creation date, so the output is
reproducible.
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "gdrp-factual-reality-agreement-2025-2028.pdf")
RUNNING_HEADER = "Factual and Reality Television Agreement 2025–2028 – GDRP / RFPA – English text"

# (kind, text): "title", "sub", "art" (an article heading), "p" (a paragraph),
# "annex" (a heading on a new page)
AGREEMENT: list[tuple[str, str]] = [
    ("title", "Factual and Reality Television Agreement 2025–2028"),
    (
        "sub",
        "between the Guild of Documentary and Reality Performers (GDRP) – in French, Guilde des "
        "interprètes du documentaire et de la téléréalité (GIDT) – and the Rivemont Factual "
        "Producers' Association (RFPA) – in French, Association des producteurs factuels de "
        "Rivemont (APFR) – acting for its member producers. Signed at Belcourt, Province of "
        "Rivemont, on September 18, 2025. The French text, Entente sur la télévision factuelle "
        "et la téléréalité 2025–2028, has equal force. All amounts are in Canadian dollars "
        "(CAD).",
    ),
    ("art", "Article 1 – Parties and scope"),
    (
        "p",
        "1.1 This Agreement applies to performers engaged by a member of the RFPA for factual "
        "and reality television produced in the Province of Rivemont, or by a Rivemont "
        "producer elsewhere in the Federation: (a) cast members of reality series; (b) hosts "
        "and presenters of series and documentaries; (c) performers in dramatised "
        "re-enactments for true-crime, history and other documentaries; (d) narrators; (e) "
        "audio-description narrators; (f) voice doubles.",
    ),
    (
        "p",
        "1.2 The members of the RFPA at signature are Télé-Rivemont, Northlight Factual Inc., "
        "Productions Castor Noir, Ironwood Docs Ltd., Studio Sillage and VoixClaire "
        "Description inc. A producer that joins the RFPA later is bound from the day it joins.",
    ),
    (
        "p",
        "1.3 This Agreement sets minimum terms. An individual contract may improve on them, "
        "never reduce them.",
    ),
    (
        "p",
        "1.4 The Rate Memorandum in force (Article 4) and Appendix 1 form part of this Agreement.",
    ),
    ("art", "Article 2 – Definitions"),
    (
        "p",
        '2.1 In this Agreement: (a) "cast member" means a person who takes part as themselves '
        'in a reality series and is paid per episode; (b) "confessional" means an interview '
        "recorded one-on-one, apart from the action, in which a cast member comments on "
        'events, and a "confessional day" is a call given over to confessionals; (c) "host" '
        "means a performer who hosts or presents a series or a documentary on camera; (d) "
        '"re-enactment principal" means a performer who portrays an identified person, speaks '
        'lines or is featured in a dramatised re-enactment; (e) "re-enactment background" '
        "means a performer who appears in a re-enactment without lines and without portraying "
        'an identified person; (f) "finished minute" means one minute of narration as heard in '
        'the final programme; (g) "programme hour" means sixty minutes of the finished '
        'programme, a shorter programme counting as one programme hour; (h) "voice double" '
        "means a performer who re-voices a cast member or a documentary subject whose own "
        'voice cannot be used for privacy, legal or technical reasons; (i) "broadcast window" '
        "has the meaning given in Art. 12.2.",
    ),
    (
        "p",
        "2.2 The terms used in Article 15 (voice model, synthetic narration, AI recreation, "
        "de-identification, generated re-enactment footage) are defined in Art. 15.1.",
    ),
    ("art", "Article 3 – Term and production seasons"),
    ("p", "3.1 This Agreement runs from October 1, 2025 to September 30, 2028."),
    (
        "p",
        "3.2 It is divided into three production seasons, each running from October 1 to "
        "September 30: 2025-26, 2026-27 and 2027-28. Fees change on October 1 of each year, "
        "except for a row raised under Art. 4.4.",
    ),
    (
        "p",
        "3.3 Work is paid at the amount in force on the day it is done. A rerun payment is "
        "calculated on the performer's original fee (Article 12), whatever the season of the "
        "broadcast.",
    ),
    (
        "p",
        "3.4 Either party may give notice to bargain a renewal between June 1, 2028 and "
        "August 1, 2028. This Agreement stays in force until it is renewed.",
    ),
    ("art", "Article 4 – Rate Memorandum"),
    (
        "p",
        "4.1 For each season the GDRP–RFPA Joint Rates Committee issues a Rate Memorandum with "
        "three schedules: Schedule A (minimum fees per episode, per day, per documentary hour, "
        "per finished minute, per programme hour and per session), Schedule B (rerun fees of "
        "cast members and cancellation fees) and Schedule C (AI and synthetic-media fees).",
    ),
    (
        "p",
        "4.2 The Rate Memorandum of a season replaces that of the previous season from "
        "October 1 of that season. The Rate Memorandum for season 2026-27 applies from "
        "October 1, 2026.",
    ),
    ("p", "4.3 The Rate Memorandum 2025-26 is issued with this Agreement."),
    (
        "p",
        "4.4 Mid-season review: by February 15, 2026 the Committee reviews the per-episode "
        "fees of cast members and the re-enactment day fees, and may raise any of those rows "
        "from March 1, 2026. A row so raised shows both amounts; the first applies to work up "
        "to February 28, 2026 and the second to work from March 1, 2026.",
    ),
    (
        "p",
        "4.5 No row of a Rate Memorandum may be lower than the same row of the previous one.",
    ),
    ("art", "Article 5 – Engagement"),
    (
        "p",
        "5.1 A performer's engagement is confirmed by a written contract delivered at least "
        "forty-eight (48) hours before the first call. A cast member's contract is delivered "
        "at least seven (7) days before the first shoot day.",
    ),
    (
        "p",
        "5.2 A cast member may cancel the contract, without penalty and without giving "
        "reasons, within seventy-two (72) hours after signing it (cooling-off period). Footage "
        "recorded during that period may not be used if the contract is cancelled.",
    ),
    (
        "p",
        "5.3 A cast member's per-episode fee covers up to three (3) shoot days for the "
        "episode; each further shoot day is paid at the confessional day fee of Schedule A "
        "(row A-3).",
    ),
    (
        "p",
        "5.4 The contract states the series or programme, the row of Schedule A, the dates, "
        "any night or weekend work foreseen, and any use under Article 15, which also needs "
        "the separate consent of Art. 15.2.",
    ),
    ("art", "Article 6 – Payment"),
    (
        "p",
        "6.1 Fees are paid within ten (10) business days after the end of the week in which "
        "the work is done; a cast member's per-episode fee within ten (10) business days after "
        "the last shoot day of the episode.",
    ),
    (
        "p",
        "6.2 Every payment comes with a statement of the rows, premiums and rerun payments it "
        "covers.",
    ),
    (
        "p",
        "6.3 A late payment bears a penalty of CAD 25 per business day of delay, up to "
        "CAD 1,000 per payment, paid to the performer with the late amount.",
    ),
    ("art", "Article 7 – Consent to be filmed"),
    (
        "p",
        "7.1 No cast member may be filmed before signing the Guild's consent form CF-1, which "
        "names the series and the season. Consent given for one series does not extend to "
        "another series, a spin-off or a later season.",
    ),
    (
        "p",
        "7.2 Without the cast member's specific written consent, no filming takes place (a) in "
        "bathrooms or toilets, (b) in bedrooms between 23:00 and 07:00, (c) during medical "
        'appointments or (d) during religious services ("no-camera zones").',
    ),
    (
        "p",
        "7.3 Fixed or hidden cameras may be used only in the places listed in the contract "
        "and marked by a posted notice.",
    ),
    (
        "p",
        '7.4 A cast member may stop the filming of a scene at any time by saying "off '
        'record"; filming resumes only when the cast member agrees. Each use of this right is '
        "noted in the production log.",
    ),
    (
        "p",
        "7.5 Re-enactment performers, hosts, narrators and voice doubles consent to being "
        "recorded by signing their contract; Article 15 governs any further use of their "
        "performance.",
    ),
    ("art", "Article 8 – Privacy"),
    (
        "p",
        "8.1 The producer uses a cast member's personal information only for the production "
        "and keeps it confidential.",
    ),
    (
        "p",
        "8.2 A cast member may view, at least ten (10) days before the first broadcast, any "
        'scene showing their health, sexuality, finances or family conflicts ("sensitive '
        'scene") and may ask for it to be cut, shortened or blurred.',
    ),
    (
        "p",
        "8.3 The producer answers a request under Art. 8.2 within five (5) business days. A "
        "refusal may be referred to the Joint Privacy Panel, and the scene is not broadcast "
        "until the Panel has ruled.",
    ),
    (
        "p",
        "8.4 Home addresses, licence plates and the faces of bystanders who have not "
        "consented are blurred.",
    ),
    (
        "p",
        '8.5 Unused footage ("rushes") of a cast member is kept no longer than five (5) years '
        "after the first broadcast of the last episode of the season, then destroyed, unless "
        "the cast member agrees in writing to a longer period.",
    ),
    ("p", "8.6 De-identification of a cast member or a subject is governed by Art. 15.5."),
    ("art", "Article 9 – Confessional interviews"),
    (
        "p",
        "9.1 Confessionals are recorded on a confessional day or during a shoot day. A "
        "confessional day is paid at row A-3 of Schedule A, in addition to the per-episode "
        "fee.",
    ),
    (
        "p",
        "9.2 The minimum call and the turnaround of a confessional day are set out in "
        "Appendix 1 (row W-2).",
    ),
    (
        "p",
        "9.3 No confessional session lasts more than ninety (90) minutes without a break of at "
        "least fifteen (15) minutes.",
    ),
    (
        "p",
        "9.4 No confessional starts after 23:00, nor within the turnaround that follows a "
        "night shoot.",
    ),
    (
        "p",
        "9.5 The cast member may ask for a question to be withdrawn; the answer to a "
        "withdrawn question is not broadcast.",
    ),
    (
        "p",
        "9.6 The producer may use confessional outtakes (material not used in the episodes) "
        "in trailers and social-media clips promoting the series without further consent.",
    ),
    ("art", "Article 9 bis – Confessional footage and machine learning"),
    (
        "p",
        "9 bis.1 No confessional footage, audio, transcript or still may be used to train, "
        "fine-tune, test or evaluate an artificial intelligence model, including a model owned "
        "by the producer or developed for its internal tools.",
    ),
    (
        "p",
        "9 bis.2 This prohibition also applies to confessionals recorded under the Factual "
        "Television Agreement 2022–2025. It cannot be waived in an individual contract, even "
        "with the cast member's consent.",
    ),
    (
        "p",
        "9 bis.3 Automatic transcription of confessionals for editing and captioning is "
        "allowed, provided that the transcripts and the audio are not kept by the supplier of "
        "the tool nor used for training.",
    ),
    ("art", "Article 10 – Night shoots and weekends"),
    (
        "p",
        "10.1 Night work is work between 22:00 and 06:00. A call that includes at least two "
        '(2) hours of night work ("night shoot") is paid with the night premium of Appendix 1 '
        "for the category: a percentage of the day fee or, for a cast member paid per "
        "episode, of the per-episode fee divided by the number of shoot days of the episode.",
    ),
    (
        "p",
        "10.2 Work on a Saturday, a Sunday or a statutory holiday is paid with the weekend "
        "premium of Appendix 1, calculated in the same way.",
    ),
    (
        "p",
        "10.3 The night and weekend premiums are cumulative; each is calculated on the base fee.",
    ),
    ("p", "10.4 After a night shoot, the turnaround of Appendix 1 starts at dismissal."),
    (
        "p",
        "10.5 When a night shoot ends between 00:00 and 06:00, the producer provides "
        "transport home or reimburses a taxi or a ride, up to the cap set for the season by "
        "the Joint Night Work Committee.",
    ),
    ("art", "Article 11 – Minimum calls and turnaround"),
    (
        "p",
        "11.1 Each call is paid for at least the minimum call of Appendix 1 for the category, "
        "even if the performer is released earlier.",
    ),
    (
        "p",
        "11.2 Between dismissal and the next call, the performer has at least the turnaround "
        "of Appendix 1 for the category.",
    ),
    (
        "p",
        "11.3 The turnaround may be shortened only with the performer's agreement, and never "
        "to less than eight (8) hours.",
    ),
    (
        "p",
        "11.4 Each hour or part of an hour by which the turnaround is invaded is paid "
        "CAD 75, in addition to the fee.",
    ),
    ("art", "Article 12 – Reruns and residuals"),
    (
        "p",
        '12.1 The initial fee licenses the first broadcast window ("Window 1"): the '
        "commissioning broadcaster and its own streaming service in the Federation, for four "
        "(4) years from the first broadcast.",
    ),
    (
        "p",
        "12.2 The other broadcast windows are: Window 2, a second broadcaster in the "
        "Federation; Window 3, a streaming service other than the commissioning "
        "broadcaster's; Window 4, broadcast outside the Federation, counted per territory.",
    ),
    ("p", "12.3 A window is paid once for each licence of up to three (3) years."),
    (
        "p",
        "12.4 For each programme licensed in another window, the producer pays the performer "
        "a percentage of the performer's original fee for the programme: (a) Window 2: twelve "
        "per cent (12%); (b) Window 3: eight per cent (8%); (c) Window 4: five per cent (5%) "
        "for each territory.",
    ),
    (
        "p",
        "12.5 Cast members of reality series are paid, instead of Art. 12.4, the flat rerun "
        "fee per episode and per window of Schedule B of the Rate Memorandum (row B-1).",
    ),
    ("p", "12.6 Re-enactment background performers are not entitled to rerun payments."),
    (
        "p",
        "12.7 Rerun payments are made within sixty (60) days after the end of the calendar "
        "quarter of the broadcast, with a statement of the windows and territories.",
    ),
    ("art", "Article 13 – Dramatised re-enactments"),
    (
        "p",
        "13.1 A performer engaged as re-enactment background who is given a line or asked to "
        "portray an identified person is paid as a re-enactment principal for the whole day.",
    ),
    (
        "p",
        "13.2 The producer tells a re-enactment principal who portrays a real person, in "
        "writing and at least seventy-two (72) hours before the call, which real events the "
        "scene depicts. The performer may decline a role depicting a violent crime without "
        "penalty.",
    ),
    (
        "p",
        '13.3 Every re-enactment scene carries the on-screen label "Dramatisation / '
        'Reconstitution" the first time it is shown in a programme.',
    ),
    (
        "p",
        "13.4 Re-enactment footage may be reused in another programme only on payment to each "
        "performer of fifty per cent (50%) of the day fee in force, per programme.",
    ),
    ("p", "13.5 Generated re-enactment footage is governed by Art. 15.6."),
    ("art", "Article 14 – Narration, audio description and voice doubles"),
    (
        "p",
        "14.1 A narrator is paid per finished minute (row A-9), with a minimum per recording "
        "session (row A-10). Pick-ups asked for by the producer within thirty (30) days of "
        "the session are paid at the session minimum; later ones as a new session.",
    ),
    (
        "p",
        "14.2 An audio-description narrator is paid per programme hour (row A-11); the "
        "minimum call is set out in Appendix 1 (row W-7).",
    ),
    (
        "p",
        "14.3 A voice double is paid per session of up to two (2) hours (row A-12). The voice "
        "double's name is kept confidential when the re-voicing protects a person's privacy; "
        "otherwise the voice double is credited on request.",
    ),
    (
        "p",
        "14.4 A voice double speaks only the words actually said by the person re-voiced, or "
        "a faithful translation of them.",
    ),
    ("art", "Article 15 – Artificial intelligence, synthetic media and digital replicas"),
    (
        "p",
        '15.1 In this Article: (a) "voice model" means a model able to generate speech in the '
        'voice of a performer; (b) "synthetic narration" means narration generated from the '
        'voice model of a narrator, in any language; (c) "AI recreation" means the voice or '
        "face of a real person who is deceased or absent from the production, generated by a "
        'model for a documentary; (d) "de-identification" means replacing the face or the '
        "voice of a cast member or a documentary subject with a generated face or voice to "
        'protect their identity (face-swap); (e) "generated re-enactment footage" means '
        "footage generated by a model to depict events in the manner of a dramatised "
        "re-enactment.",
    ),
    (
        "p",
        "15.2 Every use under this Article needs the performer's separate written consent on "
        "the Guild's form IA-1, describing the use and given at least forty-eight (48) hours "
        "before it. Consent is never a condition of engagement, and refusing it may not "
        "affect casting.",
    ),
    (
        "p",
        "15.3 Synthetic narration: (a) a narrator's voice model may be made and used only with "
        "the narrator's consent on form IA-2, given for each programme; (b) the fee is "
        "payable per finished programme hour and per language, as set out in Schedule C of "
        "the Rate Memorandum (rows C-1 and C-2); (c) each language version is a separate use, "
        "and a programme shorter than one hour counts as one programme hour; (d) the narrator "
        "may ask for a review session before the programme is delivered (Appendix 1, row "
        "W-9); (e) no synthetic narration may be used for content that the narrator has "
        "refused in writing.",
    ),
    (
        "p",
        "15.4 AI recreation of a real person: (a) the voice or face of a real person may be "
        "recreated only with the written consent of that person or, if the person is "
        "deceased, of the estate (the executor or, failing one, the heirs), on form IA-3; (b) "
        'every recreated segment carries the on-screen disclosure label "RECREATED WITH AI / '
        'RECRÉÉ PAR IA" for at least five (5) seconds each time it appears, and the recreation '
        "is listed in the end credits; (c) a member who gives the reference performance on "
        "which a recreation is built (voice or movement) is paid per day at row C-3 of "
        "Schedule C; (d) no recreation may put in the person's mouth words that are not drawn "
        "from their own writings, recordings or documented statements, unless the label also "
        'says "DIALOGUE IMAGINED / DIALOGUE IMAGINÉ".',
    ),
    (
        "p",
        "15.5 De-identification: (a) the producer may de-identify a cast member or a "
        "documentary subject to protect their identity, at that person's request or its own; "
        "(b) no fee is payable for de-identification; (c) the person de-identified must "
        "approve the result in writing before broadcast, and has seven (7) days from viewing "
        "it to approve or refuse it; (d) without that approval, the de-identified version may "
        "not be broadcast; (e) a generated face may not reproduce the likeness of another "
        "identifiable person.",
    ),
    (
        "p",
        "15.6 Generated re-enactment footage: no model may be trained on, or prompted with, "
        "performers' earlier re-enactments (under this Agreement or an earlier one) to "
        "generate re-enactment footage without a new licence on form IA-4 with each performer "
        "whose performance is used, for a fee not lower than row C-4 of Schedule C per "
        "performer and per programme. Without such a licence, generated re-enactment footage "
        "based on performers' earlier work is forbidden.",
    ),
    (
        "p",
        "15.7 No performance under this Agreement may be used to train a model except under a "
        "consent or a licence given under this Article. Confessional footage may never be "
        "used (Article 9 bis).",
    ),
    (
        "p",
        "15.8 Retention and deletion: voice models, scans and training data are kept only for "
        "the period of the consent or licence. They are deleted within ninety (90) days after "
        "that period ends or a withdrawal takes effect, and the producer sends the performer a "
        "deletion certificate within ten (10) business days after the deletion.",
    ),
    (
        "p",
        "15.9 Withdrawal: a performer, or the estate under Art. 15.4, may withdraw a consent "
        "for future uses by written notice on form IA-5; the withdrawal takes effect sixty "
        "(60) days after the notice. Programmes delivered before it takes effect may still be "
        "broadcast and rerun.",
    ),
    (
        "p",
        "15.10 Each producer reports its uses under this Article to the Guild every quarter. "
        "A dispute under this Article goes to the AI Review Panel, which sits within thirty "
        "(30) days of the referral.",
    ),
    ("art", "Article 16 – Grievances"),
    (
        "p",
        "16.1 A grievance is filed within thirty (30) days after the member learns of the "
        "facts. The Joint Grievance Committee hears it within forty-five (45) days, or within "
        "ten (10) days when it concerns Article 7, Article 8 or a night shoot.",
    ),
    ("art", "Article 17 – Previous agreement"),
    (
        "p",
        "17.1 This Agreement replaces the Factual Television Agreement 2022–2025, which "
        "expired on September 30, 2025.",
    ),
    (
        "p",
        "17.2 Except as provided in Art. 17.3, no clause of the expired agreement stays in force.",
    ),
    (
        "p",
        "17.3 Notwithstanding Art. 17.2, Clause 14.2 of the Factual Television Agreement "
        "2022–2025 (sequestration allowance) is kept in force for the term of this Agreement. "
        "It is not superseded by this Agreement nor by any Rate Memorandum.",
    ),
    ("art", "Article 18 – Amendments and signature"),
    (
        "p",
        "18.1 This Agreement may be amended only by a letter of understanding signed by the "
        "Guild and the RFPA and ratified by the Guild's members.",
    ),
    (
        "p",
        "18.2 Signed at Belcourt on September 18, 2025. For the GDRP: Marguerite "
        "Oyelaran-Bouchard, President, and Héloïse Dunmore, General Secretary. For the RFPA: "
        "Graham Pelletier-Voss, Chair.",
    ),
]

APPENDIX_INTRO: list[tuple[str, str]] = [
    ("annex", "Appendix 1 – Working conditions by category"),
    (
        "p",
        "This Appendix sets, for each category, the minimum call (Art. 11.1), the turnaround "
        "(Art. 11.2), the night premium (Art. 10.1), the weekend premium (Art. 10.2) and the "
        "meal allowance paid for each call of more than six hours when no meal is provided. "
        "It applies for the whole term of the Agreement. Part 1 covers work in front of the "
        "camera.",
    ),
]
APPENDIX_HEADER = [
    "Code",
    "Category",
    "Minimum call",
    "Turnaround",
    "Night premium",
    "Weekend premium",
    "Meal allowance",
]
APPENDIX_WIDTHS = [12, 52, 20, 19, 23, 28, 26]
APPENDIX_PART1: list[list[str]] = [
    ["W-1", "Cast member – shoot day", "8 h", "11 h", "20%", "15%", "$22.00"],
    ["W-2", "Cast member – confessional day", "4 h", "11 h", "20%", "15%", "$22.00"],
    ["W-3", "Host or presenter", "6 h", "12 h", "25%", "20%", "$24.00"],
    ["W-4", "Re-enactment principal", "8 h", "12 h", "30%", "25%", "$24.00"],
    ["W-5", "Re-enactment background", "6 h", "10 h", "25%", "20%", "$18.00"],
]
APPENDIX_NOTE = (
    "Note on Part 1. Rows W-1 to W-5 apply to work on set or on location. A cast member's "
    "night and weekend premiums are calculated on the per-episode fee divided by the number "
    "of shoot days of the episode (Art. 10.1). Part 2, below, applies to work in a "
    "recording booth, which is booked by session: its minimum calls are shorter, no meal "
    "allowance is paid, and its premiums apply only when the booth session itself falls at "
    "night or on a weekend."
)
APPENDIX_CONTINUED = "Appendix 1 (continued) – Part 2: booth and voice work"
APPENDIX_PART2: list[list[str]] = [
    ["W-6", "Documentary narrator", "2 h", "10 h", "15%", "15%", "n/a"],
    ["W-7", "Audio-description narrator", "3 h †", "10 h", "15%", "15%", "n/a"],
    ["W-8", "Voice double", "2 h", "10 h", "20%", "15%", "n/a"],
    ["W-9", "Review of synthetic narration ‡", "1 h", "n/a", "n/a", "n/a", "n/a"],
]
APPENDIX_FOOTNOTES: list[str] = [
    "† For a programme shorter than thirty (30) minutes, the minimum call of row W-7 is 2 h.",
    "‡ Row W-9 applies to the review session of Art. 15.3(d); it is paid at the hourly fee "
    "set out in Schedule C of the Rate Memorandum (row C-5).",
    "The amounts of Part 1 are in Canadian dollars and do not change during the term; the "
    "fees themselves are set by the Rate Memorandum of each season.",
]


def _text(blocks: list[tuple[str, str]]) -> str:
    return "\n".join(text for _, text in blocks)


def agreement_text() -> str:
    lines = [_text(AGREEMENT), _text(APPENDIX_INTRO), " ".join(APPENDIX_HEADER)]
    lines += [" ".join(r) for r in APPENDIX_PART1]
    lines.append(APPENDIX_NOTE)
    lines.append(APPENDIX_CONTINUED)
    lines.append(" ".join(APPENDIX_HEADER))
    lines += [" ".join(r) for r in APPENDIX_PART2]
    lines += APPENDIX_FOOTNOTES
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
    pdf.set_margins(15, 15, 15)
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
            pdf.set_font("Helvetica", "", 10.5)
            pdf.multi_cell(0, 5.8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)


def _table(pdf, header, widths, rows, row_h: float) -> None:
    """A header row and rows of single-line cells (no page break inside)."""
    pdf.set_font("Helvetica", "B", 8)
    pdf.set_fill_color(225, 225, 225)
    for w, text in zip(widths, header, strict=True):
        if pdf.get_string_width(text) > w - 2:
            raise SystemExit(f"header cell too wide for {w} mm: {text!r}")
        pdf.cell(w, row_h, text, border=1, fill=True)
    pdf.ln(row_h)
    pdf.set_font("Helvetica", "", 8.5)
    for row in rows:
        for w, text in zip(widths, row, strict=True):
            if pdf.get_string_width(text) > w - 2:
                raise SystemExit(f"cell too wide for {w} mm: {text!r}")
        if pdf.get_y() + row_h > pdf.page_break_trigger:
            raise SystemExit("table does not fit on the page")
        for w, text in zip(widths, row, strict=True):
            pdf.cell(w, row_h, text, border=1)
        pdf.ln(row_h)
    pdf.ln(3)


def build_agreement() -> None:
    pdf = _doc(RUNNING_HEADER)
    pdf.set_title("Factual and Reality Television Agreement 2025-2028")
    pdf.set_author("GDRP / RFPA")
    pdf.set_creation_date(datetime.datetime(2025, 9, 18, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    _blocks(pdf, AGREEMENT)
    _blocks(pdf, APPENDIX_INTRO)
    _table(pdf, APPENDIX_HEADER, APPENDIX_WIDTHS, APPENDIX_PART1, row_h=8.0)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(0, 5.8, APPENDIX_NOTE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, APPENDIX_CONTINUED, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    _table(pdf, APPENDIX_HEADER, APPENDIX_WIDTHS, APPENDIX_PART2, row_h=8.0)
    pdf.set_font("Helvetica", "I", 9.5)
    for note in APPENDIX_FOOTNOTES:
        pdf.multi_cell(0, 5.4, note, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.output(AGREEMENT_OUT)
    print("wrote", AGREEMENT_OUT, pdf.pages_count, "pages")


if __name__ == "__main__":
    build_agreement()
