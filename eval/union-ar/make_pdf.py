#!/usr/bin/env python3
"""Build the two PDFs of union-ar (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ar/make_pdf.py    # fpdf2 is in the venv

- docs/pceg-pub-and-club-entertainment-agreement-2026-2029.pdf: the Pub and Club
  Entertainment Agreement 2026-2029 in English. Its Schedule 1 page carries an OPTIONAL
  CONTENT GROUP (a PDF "layer") switched off for viewing and printing: the employers' final
  offer of 14 August 2026, never agreed. A viewer does not show it; pdfplumber and pypdf both
  extract it (they ignore layer visibility). English amounts with the sign first and no space
  ("₸19,400", clause 2.1); "₸92.50" and "50 tiyn" per km (clause 9); the only sum in words is
  clause 15.3's training-session fee; "₸4.8MM" (clause 20.2) is a budget line; the only
  foreign amount is clause 12.2's "NZ$380"; the deed-style signature date (clause 22.1) and
  "the week commencing 1 March 2027" (clause 20.2) are the only dates so written.
- docs/avis-comite-paritaire-2026-14-salaire-minimum-jours-feries.pdf: the Joint Rates
  Committee's notice No. 2026-14 (French, 20 November 2026), one page whose content stream
  DRAWS ITS BLOCKS IN REVERSE ORDER (the signatures first, the title last): pdfplumber sorts
  the characters by position and reads it top to bottom, pypdf follows the drawing order and
  reads it bottom block first. It gives the karaoke floor after the statutory minimum wage
  rises (6 600 ₸ from 1 January 2027), the public holidays with their weekdays and the
  payment delay moved past Founders' Day.

DejaVu Sans (/usr/share/fonts/truetype/dejavu) draws "₸", "×", "–" and U+202F. Lines are
broken by this script, never inside an amount, a percentage, a date, a clause reference or a
quoted phrase (TIES). `agreement_text()` and `notice_text()` return the text for check_set.py
(the footers are not in it: `footer_numbers()` gives their numbers). Fixed creation dates:
byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(
    HERE, "docs", "pceg-pub-and-club-entertainment-agreement-2026-2029.pdf"
)
NOTICE_OUT = os.path.join(
    HERE, "docs", "avis-comite-paritaire-2026-14-salaire-minimum-jours-feries.pdf"
)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
TIE = "\u0001"  # a space the line breaker must not break at (never in the output)
NNB = "\u202f"
NBSP = "\u00a0"


def fr(amount: str) -> str:
    """'19 400' with a plain space -> U+202F between the thousands and U+00A0 before ₸."""
    return amount.replace(" ", NNB) + NBSP + "₸"


_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
)
TIES = [
    re.compile(r"(?:₸|NZ\$)\d[\d,.]*(?:MM)?"),
    re.compile(rf"\b\d[\d{NNB}]*(?:,\d\d)?{NBSP}₸"),
    re.compile(
        r"\b\d+(?:[.,]\d+)? ?(?:%|hours?|days?|minutes|km|dB\(A\)|bpm|members|sets|rounds|"
        r"microphones|tiyn|consecutive days|working days|jours|heures|fois|premiers km)(?![\w/])"
    ),
    re.compile(rf"\b(?:\d{{1,2}}|1er) (?:{_MONTHS}) \d{{4}}\b"),
    re.compile(
        r"\b(?:[Cc]lauses?|Schedule|Form|Table|Part|n°|No\.|article|articles|Tables) [\dA-Z]+"
        r"(?:[.\-/]\d+)*(?:-[A-Z\d]+)?"
    ),
    re.compile(
        r"\bforty-five thousand tenge \(₸45,000\)|\bthis ninth day of October, two thousand and "
        r"twenty-six\b|\bthe week commencing 1 March 2027\b|\b\d\d:\d\d\b|\bKB4 9TR\b|"
        r"\b2\.5 times\b|\b1\.75 times\b|\bfour sets\b|\bnot covered\b|\bPV-6\b"
    ),
    re.compile(r'"[^"]{1,80}"|«[^»]{1,60}»'),
]

# ---- the agreement --------------------------------------------------------------------------

A_TITLE = "Pub and Club Entertainment Agreement 2026–2029"
A_PARTIES = [
    "between the Pub and Club Entertainers' Guild of Sarrevoy (PCEG, the Guild)",
    "and Tapwell Inns & Hotels plc (Tapwell)",
    "and the Federation of Members' Clubs of Sarrevoy (FMCS, the Federation)",
    "Kettlebridge, Republic of Sarrevoy",
]
FOOTER = "PCEG / Tapwell / FMCS – Pub and Club Entertainment Agreement 2026–2029 – page {page} of {pages}"

# the employers' final offer, in an optional content group switched off (never agreed)
OFFER_TITLE = "Employers' final offer of 14 August 2026 – not agreed"
OFFER_LINES = [
    "Two-set night ₸18,800 per performer; three-set night ₸25,900 per performer;",
    "weekly residency ₸66,000; bingo session ₸9,300; karaoke hour ₸6,000;",
    "quiz voice ₸900 per quiz night. The Guild rejected this offer on 21 August 2026.",
]
OFFER_LABEL = "Employers' final offer (not agreed)"

# (kind, text): "part" a Part heading, "art" a clause heading, "p" a paragraph,
# "table10" the cancellation table, "schedule" Schedule 1 (with the hidden offer)
AGREEMENT: list[tuple[str, str]] = [
    ("part", "Part A – General"),
    ("art", "1. Scope, term and parties"),
    (
        "p",
        "1.1 This agreement covers the entertainers whom Tapwell books for its pubs and hotels "
        "and whom the clubs of the Federation book for their halls: tribute-act singers, who "
        "perform as another, famous singer; resident pub duos and bands; piano-bar pianists; "
        "karaoke hosts who run the night with their own sound system; quiz-night hosts and "
        "quizmasters who also write the questions; bingo callers in social clubs; open-mic "
        "hosts; and dance-band musicians who play for afternoon tea dances.",
    ),
    (
        "p",
        "1.2 Not covered. Tapwell's bar and door staff, who are its employees, are not covered "
        "by this agreement. Jukebox and streaming-playlist operators are not covered. A "
        "pub-quiz app whose questions are bought from a catalogue, with no quizmaster writing "
        "them, is not covered; a quizmaster who writes questions for an app is covered.",
    ),
    (
        "p",
        "1.3 Term. This agreement takes effect on 1 November 2026 and runs until 31 October "
        "2029. It replaces the Licensed Premises Entertainers Agreement 2023–2026, which ended "
        "on 31 October 2026.",
    ),
    (
        "p",
        "1.4 The Guild, founded in 1979, has its head office at 44 Cooper's Yard, Kettlebridge "
        "KB4 9TR, and a French-language office in Port-Ardoise. Tapwell runs pubs and hotels "
        "across the Republic; the Federation groups the members' social clubs that book "
        "entertainers for their halls.",
    ),
    ("art", "2. Money"),
    (
        "p",
        "2.1 Amounts are in tenge of the Republic of Sarrevoy. The Sarrevoyan tenge is not the "
        "tenge of Kazakhstan, although both are written ₸. The tenge is divided into 100 tiyn. "
        "This agreement writes the sign ₸ before the figure, with no space, and a comma "
        "between the thousands: ₸19,400 is nineteen thousand four hundred tenge. Fees are "
        "whole tenge; only the rates per km have tiyn.",
    ),
    (
        "p",
        "2.2 Employers may write the sign after the figure, with a space; French documents put "
        "a space between the thousands and the sign after the figure; payrolls and invoices "
        "write the currency code KZT. MM stands for million, as accountants write it.",
    ),
    ("p", "2.3 Where a sum is written in words, the figure in brackets is the same sum."),
    ("art", "3. When rates apply"),
    ("p", "3.1 The rates of this agreement apply to nights performed from 1 November 2026."),
    (
        "p",
        "3.2 A night belongs to the day on which its first set begins, even if it ends after "
        "midnight.",
    ),
    (
        "p",
        "3.3 Friday and Saturday nights. The fees of clauses 4.1 and 4.2 are weeknight fees, "
        "for a night whose first set begins on a Sunday, Monday, Tuesday, Wednesday or "
        "Thursday. A night whose first set begins on a Friday or a Saturday is paid at least "
        "15% more than the weeknight fee, rounded up to the next ₸100; each employer "
        "publishes its Friday and Saturday fees.",
    ),
    (
        "p",
        "3.4 Grace period. When a new rate takes effect, an employer may go on paying the "
        "previous rate for nights performed up to the end of the month after the month in "
        "which the new rate takes effect: for the rates of 1 November 2026, up to 31 December "
        "2026. It then owes the difference for every night it paid at the previous rate, as "
        "back pay, with its first payment after that date and no later than 31 January 2027. "
        "From 1 January 2027 every night is paid at the new rate.",
    ),
    ("part", "Part B – Fees"),
    ("art", "4. Bands, duos, tribute acts, pianists, open mics and tea dances"),
    ("p", "4.1 A two-set night (two sets of 45 minutes) is paid ₸19,400 per performer."),
    ("p", "4.2 A three-set night (three sets of 45 minutes) is paid ₸26,800 per performer."),
    (
        "p",
        "4.3 A tribute act performs as another, famous singer. It is paid as a band under "
        "clauses 4.1 and 4.2, plus a costume and character allowance of ₸2,450 per performer "
        "per night.",
    ),
    (
        "p",
        "4.4 A piano-bar pianist is paid ₸17,600 per evening of up to 3 hours in a hotel bar "
        "or lounge.",
    ),
    (
        "p",
        "4.5 An open-mic host, who runs the sign-up list, the sound and the running order, is "
        "paid ₸11,900 per night. The open-mic performers are not paid and, after 21:00, must "
        "be aged 18 or over.",
    ),
    (
        "p",
        "4.6 Residency. A duo or band booked for four nights or more in the same week (Monday "
        "to Sunday) at the same venue is on a residency and is paid a weekly residency fee of "
        "₸68,500 per performer, for up to five nights in that week.",
    ),
    (
        "p",
        "4.7 Residency anniversary. After 12 months of unbroken residency at the same venue, "
        "the weekly residency fee is ₸73,900 per performer, from the first week that begins "
        "after the anniversary of the residency's first night. A residency is unbroken if no "
        "gap between two of its weeks is longer than 28 days.",
    ),
    (
        "p",
        "4.8 Tea dances. A dance-band musician who plays for an afternoon tea dance of up to "
        "2 hours 30 minutes, with one interval, is paid ₸14,200 per tea dance.",
    ),
    ("art", "5. Quiz nights and bingo"),
    (
        "p",
        "5.1 A quiz-night host is paid ₸15,600 per quiz night of no more than 8 rounds. A "
        "quizmaster who also writes the questions is paid a question-writing fee of ₸2,350 "
        "for each round of ten questions that he or she writes.",
    ),
    (
        "p",
        "5.2 A bingo caller is paid ₸9,750 per session of up to 2 hours. A caller calls no "
        "more than two sessions a day.",
    ),
    (
        "p",
        "5.3 On a big-prize night, as the Federation's guide for its clubs defines it, a "
        "supplement of ₸3,200 per session is paid on top of the session rate.",
    ),
    (
        "p",
        "5.4 Small clubs. A club of the Federation that had fewer than 300 members on "
        "1 November 2026 pays the bingo session rate of the 2023–2026 agreement, ₸8,900, "
        "until 30 April 2027, and ₸9,750 from 1 May 2027. Clause 3.4 does not apply to this "
        "deferred increase.",
    ),
    ("art", "6. Karaoke"),
    ("p", "6.1 A karaoke host is paid ₸6,300 per hour, for at least 3 hours."),
    (
        "p",
        "6.2 A host who brings his or her own sound system, with at least 4 microphones, is "
        "paid a sound-system allowance of ₸7,500 per night.",
    ),
    (
        "p",
        "6.3 Floor. The hourly rate of clause 6.1 is never lower than two and a half times the "
        "statutory minimum hourly wage in force on the night; when that figure is higher, it "
        "is the hourly rate. The Joint Rates Committee publishes the resulting rate whenever "
        "the statutory minimum wage changes.",
    ),
    ("part", "Part C – Calls, deputies and holidays"),
    ("art", "7. Calls, deputies, late finishes and limits"),
    (
        "p",
        "7.1 Load-in and soundcheck. When the call time is more than 2 hours before the first "
        "set, a load-in and soundcheck payment of ₸4,200 per performer is paid.",
    ),
    (
        "p",
        "7.2 Minimum call. A booking of a band, duo, tribute act or pianist is paid at least "
        "the two-set fee, even if fewer sets are played; a karaoke booking is paid at least "
        "3 hours.",
    ),
    (
        "p",
        '7.3 Deputies. A booked band member may send a deputy (a "dep") of the same standing, '
        "with 48 hours' notice to the venue. The venue pays the booked member, as if he or she "
        "had played; the booked member pays the dep within 7 days the fee for the night, less "
        "an arranging fee of no more than ₸1,800, and never less than ₸16,500 for an evening.",
    ),
    (
        "p",
        "7.4 Late finish. When the last set of a night ends after 00:30, a late-finish premium "
        "of ₸3,600 per performer is paid.",
    ),
    (
        "p",
        "7.5 Overtime. An extra set of up to 30 minutes, asked for by the venue on the night, "
        "is paid ₸8,700 per performer.",
    ),
    (
        "p",
        "7.6 Maximum sets. No performer plays more than four sets in a night, an overtime set "
        "included, and there are at least 15 minutes between two sets.",
    ),
    (
        "p",
        "7.7 Noise. The sound level at the mixing position never exceeds 96 dB(A), averaged "
        "over 15 minutes; a venue whose licence sets a lower limit says so when it books.",
    ),
    (
        "p",
        "7.8 Meal allowance. When a call covers the whole period from 18:00 to 20:00 and the "
        "venue provides no hot meal, a meal allowance of ₸3,150 is paid.",
    ),
    ("art", "8. New Year's Eve and public holidays"),
    (
        "p",
        "8.1 A night whose first set begins on New Year's Eve, 31 December, is paid "
        "2.5 times the weeknight fee.",
    ),
    (
        "p",
        "8.2 A night whose first set begins on a public holiday is paid 1.75 times the "
        "weeknight fee. The public holidays are those of the Republic's calendar, which the "
        "Joint Rates Committee publishes each year.",
    ),
    (
        "p",
        "8.3 Substitute day. When a public holiday falls on a Sunday, the multiplier of clause "
        "8.2 is paid for a night that begins on the following Monday, the observed day, and "
        "not for the Sunday.",
    ),
    (
        "p",
        "8.4 The multipliers apply to the weeknight fees of clauses 4.1 and 4.2, even on a "
        "Friday or a Saturday, and they do not add up.",
    ),
    ("part", "Part D – Travel, cancellation and payment"),
    ("art", "9. Travel"),
    ("p", "9.1 Travel is paid at ₸92.50 per km beyond the first 30 km of the round trip."),
    (
        "p",
        "9.2 When a band carries its backline in its own van, a van top-up of 50 tiyn per km "
        "is paid on top of clause 9.1, for the same kilometres.",
    ),
    ("art", "10. Cancellation"),
    (
        "p",
        "10.1 If a venue cancels a booked night, the performer is paid the share of the fee "
        "that Table 10 gives for the notice before the night.",
    ),
    ("table10", ""),
    ("art", "11. Payment"),
    ("p", "11.1 Fees are paid within 14 days after the night."),
    (
        "p",
        "11.2 When the last day for payment falls on a Saturday, a Sunday or a public holiday, "
        "it moves to the next working day.",
    ),
    ("art", "12. Engagements abroad"),
    (
        "p",
        "12.1 A performer sent abroad by an employer is paid the fees of this agreement, with "
        "travel and lodging paid by the employer.",
    ),
    (
        "p",
        "12.2 An engagement at the Republic's pavilion at the Auckland trade fair is paid a "
        "daily allowance of NZ$380, in New Zealand dollars; it is the only amount of this "
        "agreement that is not in tenge.",
    ),
    ("part", "Part E – Tribute acts"),
    ("art", "13. Tribute acts"),
    (
        "p",
        "13.1 A tribute act's impersonation, costume and running order are the performer's own "
        "work. The employer obtains any permission that the impersonated artist's name needs "
        "on its posters.",
    ),
    ("part", "Part F – Synthetic voices and digital likenesses"),
    ("art", "14. Uses"),
    (
        "p",
        "14.1 This Part covers five uses: (a) the quiz voice, a voice clone of a quiz host "
        "reading the questions in QuizPint, Tapwell's pub-quiz app; (b) the AI bingo caller, a "
        "voice built from a caller's recorded calls for the Federation's ClubCall electronic "
        "bingo screens; (c) tribute vocals, AI-generated vocals made from a clone of a tribute "
        "singer's impersonation voice; (d) the band avatar, a digital avatar of a resident "
        "band shown on a pub's screens when the band is not there; and (e) karaoke guide "
        "vocals, AI guide vocals sung in a karaoke host's voice, which follow the tempo of the "
        "original track (for example 128 bpm).",
    ),
    ("art", "15. Consent and recording sessions"),
    (
        "p",
        "15.1 Each use needs the performer's written consent for that use and that venue, "
        "given on Form PV-6: one form for each use and each venue. Consent to one use is not "
        "consent to another.",
    ),
    ("p", "15.2 No booking may depend on a performer's consent under this Part."),
    (
        "p",
        "15.3 A recording session to build a model is paid a training-session fee of "
        "forty-five thousand tenge (₸45,000) per session of up to 3 hours.",
    ),
    ("art", "16. Fees per use and weekly caps"),
    (
        "p",
        "16.1 The performer is paid: for the quiz voice, ₸1,400 per quiz night on which the "
        "app uses the voice in a venue; for the AI bingo caller, ₸1,900 per session; for "
        "tribute vocals, ₸12,800 per venue per month; for the band avatar, ₸21,500 per venue "
        "per month; for karaoke guide vocals, ₸8,600 per venue per month.",
    ),
    (
        "p",
        "16.2 Each use is capped per week. The Joint Digital Likeness Panel sets the weekly "
        "caps in its guide to this Part.",
    ),
    ("art", "17. Tribute voices"),
    (
        "p",
        "17.1 The voice of a tribute act is the tribute performer's own performance, even "
        "though it imitates another singer. A model built from it belongs neither to the "
        "employer nor to the imitated artist: the tribute performer licenses it, use by use, "
        "and only the tribute performer can consent to its use.",
    ),
    (
        "p",
        "17.2 Before any public use of tribute vocals, the employer also obtains the written "
        "permission of the imitated artist or of the artist's estate.",
    ),
    ("art", "18. No general model; disclosure"),
    (
        "p",
        "18.1 No recording made under this agreement, and no model built under this Part, is "
        "used to train a general-purpose voice, music or video model, even with consent.",
    ),
    (
        "p",
        "18.2 Each use is disclosed. The quiz sheet carries the line "
        '"Questions read by an AI copy of your quizmaster\'s voice, with consent." The bingo '
        'screens carry "AI caller built from the recorded calls of our caller, with consent." '
        "The tribute poster carries \"AI vocals made from the tribute singer's voice, with the "
        "singer's consent.\" The pub's screens carry \"Recorded avatar: the band is not "
        'playing live tonight." The karaoke screen carries "Guide vocal sung by an AI copy of '
        "your host's voice.\"",
    ),
    ("art", "19. Withdrawal, lapse and deletion"),
    (
        "p",
        "19.1 A performer may withdraw a consent on 35 days' written notice; the use stops at "
        "the end of the notice.",
    ),
    (
        "p",
        "19.2 Models and recordings are deleted within 25 days after the last permitted use, "
        "and the employer sends the performer a written certificate of deletion.",
    ),
    (
        "p",
        "19.3 Non-use. A consent lapses when the use it covers has not been made for "
        "90 days in a row; the model is then deleted as under clause 19.2, and a new Form "
        "PV-6 is needed for any later use.",
    ),
    ("art", "20. Audit and the Joint Digital Likeness Panel"),
    (
        "p",
        "20.1 The Guild may audit the use logs of QuizPint, of the ClubCall screens and of the "
        "pubs' screens up to twice a year, on 14 days' written notice.",
    ),
    (
        "p",
        "20.2 A Joint Digital Likeness Panel of two members named by the Guild and two named "
        "by the employers oversees this Part, settles disputes about it and publishes a guide "
        "to it. It meets at least every four months, first in the week commencing 1 March "
        "2027. Its budget is ₸4.8MM a year (MM stands for million: four point eight million "
        "tenge), paid half by Tapwell and half by the Federation.",
    ),
    ("part", "Part G – Final provisions"),
    ("art", "21. The previous agreement"),
    (
        "p",
        "21.1 The Licensed Premises Entertainers Agreement 2023–2026 ended on 31 October 2026. "
        "Its rates are listed in the Guild's comparison sheet.",
    ),
    (
        "p",
        "21.2 Under that agreement the venue paid a dep directly; under clause 7.3 the booked "
        "member pays the dep.",
    ),
    ("art", "22. Signature"),
    (
        "p",
        "22.1 Signed at Kettlebridge this ninth day of October, two thousand and twenty-six: "
        "for the Guild, Marguerite Oyelowo-Tanner, president, and Fergus Adeyemi-Laroche, "
        "chief negotiator; for Tapwell, Gareth Pennington-Osei, head of entertainment; for the "
        "Federation, Hilda Marchmont-Diallo, general secretary.",
    ),
    ("schedule", ""),
]

TABLE_10_TITLE = "Table 10 – Cancellation scale"
TABLE_10 = [
    ("Notice before the night", "Share of the fee"),
    ("29 days or more", "nothing"),
    ("15 to 28 days", "25%"),
    ("8 to 14 days", "50%"),
    ("48 hours to 7 days", "75%"),
    ("less than 48 hours", "100%"),
]

SCHEDULE_TITLE = (
    "Schedule 1 – Fees at a glance (weeknight fees, per performer, from 1 November 2026)"
)
SCHEDULE = [
    ("Engagement", "Unit", "Fee", "Clause"),
    ("Two-set night (2 × 45 min)", "per night", "₸19,400", "4.1"),
    ("Three-set night (3 × 45 min)", "per night", "₸26,800", "4.2"),
    ("Tribute costume and character", "per night", "₸2,450", "4.3"),
    ("Piano-bar pianist", "per evening of up to 3 hours", "₸17,600", "4.4"),
    ("Open-mic host", "per night", "₸11,900", "4.5"),
    ("Residency", "per week", "₸68,500", "4.6"),
    ("Residency after 12 months", "per week", "₸73,900", "4.7"),
    ("Tea-dance musician", "per tea dance", "₸14,200", "4.8"),
    ("Quiz-night host", "per quiz night", "₸15,600", "5.1"),
    ("Question writing", "per round of ten questions", "₸2,350", "5.1"),
    ("Bingo caller", "per session", "₸9,750", "5.2"),
    ("Big-prize supplement", "per session", "₸3,200", "5.3"),
    ("Karaoke host", "per hour, for 3 hours or more", "₸6,300", "6.1"),
    ("Sound-system allowance", "per night", "₸7,500", "6.2"),
    ("Load-in and soundcheck", "per call", "₸4,200", "7.1"),
    ("Late-finish premium", "per night", "₸3,600", "7.4"),
    ("Overtime set", "per set", "₸8,700", "7.5"),
    ("Meal allowance", "per call", "₸3,150", "7.8"),
    ("Mileage", "per km beyond 30 km", "₸92.50", "9.1"),
]
SCHEDULE_NOTE = (
    "Friday and Saturday fees: clause 3.3. New Year's Eve and public holidays: clause 8. "
    "Fees for synthetic voices and likenesses: clause 16."
)


def _table_lines(rows: list[tuple[str, ...]]) -> list[str]:
    return [" | ".join(r) for r in rows]


def agreement_text() -> str:
    out = [A_TITLE, *A_PARTIES]
    for kind, text in AGREEMENT:
        if kind == "table10":
            out += [TABLE_10_TITLE, *_table_lines(TABLE_10)]
        elif kind == "schedule":
            out += [SCHEDULE_TITLE, *_table_lines(SCHEDULE), SCHEDULE_NOTE]
            out += [OFFER_TITLE, *OFFER_LINES]
        else:
            out.append(text)
    return "\n".join(out)


def footer_numbers(pages: int) -> set[str]:
    return {str(i) for i in range(1, pages + 1)} | {"2026", "2029"}


# ---- the notice (blocks drawn in reverse order) -------------------------------------------------

N_TITLE = "AVIS DU COMITÉ PARITAIRE DES TARIFS N° 2026-14"
N_SUB = (
    "Guilde des artistes de pubs et de clubs de Sarrevoy (GAPCS) – Auberges et hôtels Tapwell – "
    "Fédération des clubs de membres de Sarrevoy (FCMS)"
)
N_DATE = "Kettlebridge, le 20 novembre 2026"
HOLIDAYS = [
    ("2026-12-17", "jeudi 17 décembre 2026", "Jour des Fondateurs"),
    ("2026-12-25", "vendredi 25 décembre 2026", "Noël"),
    ("2027-01-01", "vendredi 1er janvier 2027", "Jour de l'An"),
    ("2027-03-29", "lundi 29 mars 2027", "lundi de Pâques"),
    ("2027-06-13", "dimanche 13 juin 2027", "Fête de la Charte"),
]
N_BLOCKS: list[tuple[str, str]] = [
    ("h", "1. Salaire horaire minimum légal et karaoké"),
    (
        "p",
        f"Le décret n° 2026-311 porte le salaire horaire minimum légal de {fr('2 480')} à "
        f"{fr('2 640')} à compter du 1er janvier 2027. L'article 6.3 de l'accord des spectacles "
        "de pubs et de clubs 2026-2029 fixe un plancher : le tarif horaire d'un animateur de "
        "karaoké n'est jamais inférieur à deux fois et demie le salaire horaire minimum légal "
        "en vigueur le soir de la prestation.",
    ),
    (
        "p",
        f"Jusqu'au 31 décembre 2026, le plancher est de {fr('6 200')} : le tarif de l'accord, "
        f"{fr('6 300')} l'heure, reste applicable. À compter du 1er janvier 2027, le plancher "
        f"passe à {fr('6 600')} ; il dépasse le tarif de l'accord, et le tarif horaire d'un "
        f"animateur de karaoké est donc de {fr('6 600')} l'heure, pour 3 heures au moins.",
    ),
    ("h", "2. Jours fériés"),
    (
        "p",
        "Une soirée dont le premier set commence un jour férié est payée 1,75 fois le cachet "
        "de semaine (article 8.2). La Saint-Sylvestre, le jeudi 31 décembre 2026, n'est pas un "
        "jour férié, mais la soirée est payée 2,5 fois le cachet de semaine (article 8.1). Le "
        "calendrier de la République compte les jours fériés suivants :",
    ),
    *(("li", f"{day} – {name}") for _, day, name in HOLIDAYS),
    ("h", "3. Délais de paiement pendant les fêtes"),
    (
        "p",
        "Les cachets sont payés dans les 14 jours qui suivent la soirée ; un délai qui tombe "
        "un samedi, un dimanche ou un jour férié est reporté au jour ouvrable suivant "
        "(article 11.2). Exemple : pour une séance de bingo du jeudi 3 décembre 2026, le délai "
        "tombe le jeudi 17 décembre 2026, Jour des Fondateurs ; le paiement est dû au plus "
        "tard le vendredi 18 décembre 2026.",
    ),
    ("h", "4. Rappels"),
    (
        "p",
        "Les montants de cet avis sont écrits à la française : une espace fine entre les "
        f"milliers et le signe ₸ après le nombre, par exemple {fr('19 400')}. Le tenge de "
        "Sarrevoy n'est pas celui du Kazakhstan.",
    ),
    ("h", "Signatures"),
    (
        "p",
        "Pour la Guilde : Fergus Adeyemi-Laroche, négociateur en chef. Pour Tapwell : Gareth "
        "Pennington-Osei, responsable des spectacles. Pour la Fédération : Hilda "
        "Marchmont-Diallo, secrétaire générale.",
    ),
]
N_FOOTER = "Avis n° 2026-14 du Comité paritaire des tarifs – page unique"


def notice_text() -> str:
    lines = [("• " if k == "li" else "") + t for k, t in N_BLOCKS]
    return "\n".join([N_TITLE, N_SUB, N_DATE, *lines, N_FOOTER])


# ---- line breaking ------------------------------------------------------------------------------


def _tie(text: str) -> str:
    for rx in TIES:
        text = rx.sub(lambda m: m.group(0).replace(" ", TIE), text)
    return text


def wrap(pdf, text: str, width: float) -> list[str]:
    """Break `text` into lines no wider than `width`, never at a tied space."""
    words = _tie(text).split(" ")
    lines: list[str] = []
    cur = ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if not cur or pdf.get_string_width(cand.replace(TIE, " ")) <= width:
            cur = cand
            continue
        lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    out = [line.replace(TIE, " ") for line in lines]
    for line in out:
        if pdf.get_string_width(line) > width + 0.01:
            raise SystemExit(f"a tied phrase does not fit in {width} mm: {line!r}")
    return out


# ---- building -----------------------------------------------------------------------------------

MARGIN = 20.0
TOP = 20.0
BODY = 10.0
LH = 5.0
BOTTOM = 272.0


def _doc(footer: str | None):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def footer(self) -> None:
            if footer is None:
                return
            self.set_font(FONT, "", 8)
            self.set_xy(MARGIN, self.h - 12)
            text = footer.format(page=self.page_no(), pages="{nb}")
            self.cell(self.w - 2 * MARGIN, 4, text, align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    return pdf


def _table(pdf, y: float, title: str, rows, widths, aligns) -> float:
    full = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 10)
    pdf.set_xy(MARGIN, y)
    pdf.cell(full, LH, title)
    y += LH + 1.5
    pdf.set_font(FONT, "", 9)
    pdf.set_y(y)
    width = sum(widths)
    with pdf.table(
        width=width,
        align="LEFT",
        col_widths=widths,
        line_height=4.8,
        text_align=aligns,
        first_row_as_headings=True,
    ) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    return pdf.get_y() + 3


def _schedule(pdf, y: float) -> None:
    full = pdf.w - 2 * MARGIN
    y = _table(
        pdf,
        y,
        SCHEDULE_TITLE,
        SCHEDULE,
        (full * 0.40, full * 0.32, full * 0.16, full * 0.12),
        ("LEFT", "LEFT", "RIGHT", "CENTER"),
    )
    pdf.set_font(FONT, "", 9)
    for line in wrap(pdf, SCHEDULE_NOTE, full):
        pdf.set_xy(MARGIN, y)
        pdf.cell(full, LH, line)
        y += LH
    # the employers' final offer: a layer switched off for viewing and printing
    y += 6
    with pdf.optional_content(on_view=False, on_print=False, label=OFFER_LABEL):
        pdf.set_text_color(150, 20, 20)
        pdf.set_font(FONT, "B", 9)
        pdf.set_xy(MARGIN, y)
        pdf.cell(full, LH, OFFER_TITLE)
        pdf.set_font(FONT, "", 9)
        for line in OFFER_LINES:
            y += LH
            pdf.set_xy(MARGIN, y)
            pdf.cell(full, LH, line)
        pdf.set_text_color(0, 0, 0)


def _agreement():
    pdf = _doc(FOOTER)
    pdf.set_title(A_TITLE)
    pdf.set_author("PCEG / Tapwell / FMCS")
    pdf.set_creation_date(datetime.datetime(2026, 10, 9, 12, 0, tzinfo=datetime.UTC))
    pdf.alias_nb_pages()
    full = pdf.w - 2 * MARGIN
    pdf.add_page()
    pdf.set_font(FONT, "B", 16)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(full, 9, A_TITLE, align="C")
    y = TOP + 12
    pdf.set_font(FONT, "", 10)
    for line in A_PARTIES:
        pdf.set_xy(MARGIN, y)
        pdf.cell(full, 6, line, align="C")
        y += 6
    y += 4
    for kind, text in AGREEMENT:
        if kind == "table10":
            if y + 40 > BOTTOM:
                pdf.add_page()
                y = TOP
            y = _table(
                pdf, y, TABLE_10_TITLE, TABLE_10, (full * 0.45, full * 0.30), ("LEFT", "LEFT")
            )
            continue
        if kind == "schedule":
            pdf.add_page()
            _schedule(pdf, TOP)
            continue
        size = {"part": 12.0, "art": 10.5}.get(kind, BODY)
        style = "" if kind == "p" else "B"
        pdf.set_font(FONT, style, size)
        lines = wrap(pdf, text, full)
        # a heading keeps at least three lines of what follows on its page
        if y + (len(lines) + (5 if kind != "p" else 0)) * LH > BOTTOM:
            pdf.add_page()
            y = TOP
        if kind == "part":
            y += 2
        elif kind == "art":
            y += 1
        for line in lines:
            pdf.set_xy(MARGIN, y)
            pdf.cell(full, LH, line)
            y += LH
        y += 1.5
    return pdf


def build_agreement(write: bool = True) -> bytes:
    pdf = _agreement()
    data = bytes(pdf.output())
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print("wrote", AGREEMENT_OUT, pdf.page_no(), "pages")
    return data


def notice_layout(pdf) -> list[tuple[int, float, str, str, float]]:
    """(block, y, text, style, size) of every line of the notice, top to bottom, in mm."""
    full = pdf.w - 2 * MARGIN
    items: list[tuple[int, float, str, str, float]] = []
    y = TOP
    items.append((0, y, N_TITLE, "B", 14))
    y += 10
    for text, style in ((N_SUB, "B"), (N_DATE, "")):
        pdf.set_font(FONT, style, BODY)
        for line in wrap(pdf, text, full):
            items.append((0, y, line, style, BODY))
            y += LH
    y += 4
    for i, (kind, text) in enumerate(N_BLOCKS, 1):
        if kind == "h":
            y += 3
            items.append((i, y, text, "B", 11))
            y += 7
            continue
        pdf.set_font(FONT, "", BODY)
        indent = 6.0 if kind == "li" else 0.0
        for line in wrap(pdf, text, full - indent):
            items.append((i, y, ("• " if kind == "li" else "") + line, "", BODY))
            y += LH
        y += 1 if kind == "li" else 2
    items.append((len(N_BLOCKS) + 1, pdf.h - 14, N_FOOTER, "", 8))
    if y > BOTTOM:
        raise SystemExit(f"the notice does not fit on one page ({y:.0f} mm)")
    return items


def _notice():
    pdf = _doc(None)
    pdf.set_title(N_TITLE)
    pdf.set_author("Comité paritaire des tarifs")
    pdf.set_creation_date(datetime.datetime(2026, 11, 20, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    items = notice_layout(pdf)
    # the content stream draws the blocks from the last to the first (lines in a block in order)
    blocks = sorted({b for b, *_ in items}, reverse=True)
    for b in blocks:
        for block, y, text, style, size in items:
            if block != b:
                continue
            pdf.set_font(FONT, style, size)
            x = MARGIN + (6.0 if text.startswith("• ") else 0.0)
            pdf.set_xy(x, y)
            pdf.cell(pdf.w - MARGIN - x, LH, text)
    return pdf


def build_notice(write: bool = True) -> bytes:
    pdf = _notice()
    data = bytes(pdf.output())
    if write:
        with open(NOTICE_OUT, "wb") as f:
            f.write(data)
        print("wrote", NOTICE_OUT, pdf.page_no(), "page")
    return data


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_agreement()
    build_notice()
