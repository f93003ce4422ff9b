#!/usr/bin/env python3
"""Build the two PDFs of union-as (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-as/make_pdf.py    # fpdf2 is in the venv

- docs/lmsg-life-model-and-art-sitter-agreement-2026-2029.pdf: the Life Model and Art Sitter
  Agreement 2026-2029 in English. Its clauses sit in a right-hand column and MARGIN NOTES
  (side notes in a small font in the left margin, level with the clause they annotate) give
  the figures of the Art Sitters' Agreement 2023-2026: pdfplumber reads a note's lines and the
  clause's lines that share a height as one line ("2023–26: ₴221.30 3.1 A clothed ..."),
  pypdf reads every note after the clause it follows in the content stream. English amounts
  with the sign first and no space ("₴236.50", clause 2.1); the only sum in words is clause
  14.1's training fee; "₴2.4 mln" (clause 20.2) is a budget line; "75 kopiyky" (clause 8.3)
  the only amount in kopiyky; "₴980" the only whole amount; "HK$1,450" (clause 11.5) the only
  foreign amount.
- docs/avis-commission-paritaire-2026-11-quinzaine-du-portrait.pdf: the Joint Committee's
  notice No. 2026-11 (French, 19 November 2026), one page of FULLY JUSTIFIED paragraphs (fpdf2
  spreads the words of each line: pypdf gives the stretched gaps as several spaces,
  pdfplumber as one) with a URI LINK ANNOTATION on the Guild's address. It moves the Portrait
  Prize fortnight to 15-28 March 2027 and gives the Joint Digital Committee's first meeting.

DejaVu Sans (/usr/share/fonts/truetype/dejavu) draws "₴", "×", "–", "°" and U+202F. Lines of
the agreement are broken by this script, never inside an amount, a date, a clause reference or
a quoted phrase (TIES). `agreement_text()` and `notice_text()` return the text for
check_set.py (the footers are not in it: `footer_numbers()` gives their numbers). Fixed
creation dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "lmsg-life-model-and-art-sitter-agreement-2026-2029.pdf")
NOTICE_OUT = os.path.join(
    HERE, "docs", "avis-commission-paritaire-2026-11-quinzaine-du-portrait.pdf"
)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
TIE = "\u0001"  # a space the line breaker must not break at (never in the output)
NNB = "\u202f"
NBSP = "\u00a0"


def fr(amount: str) -> str:
    """'1 387,60' with a plain space -> U+202F between the thousands and U+00A0 before ₴."""
    return amount.replace(" ", NNB) + NBSP + "₴"


_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
)
TIES = [
    re.compile(r"(?:₴|HK\$)\d[\d,.]*(?: mln)?"),
    re.compile(rf"\d{{1,2}}(?:er)? (?:{_MONTHS})(?: \d{{4}})?"),
    re.compile(r"\d+ (?:km|minutes|hours|days|students|sessions|kopiyky|°C|working days)\b"),
    re.compile(r"(?:Form|clause|Table|Studio|Article) [\dG][\w.\-]*"),
    re.compile(r"\d+ (?:to|or) \d+ (?:days|March)"),
    re.compile(r"at or after 18:30|after 21:30|1\.5 times|12 months|the age of 18"),
    re.compile(r'"[^"]{1,90}"'),
]

A_TITLE = "Life Model and Art Sitter Agreement 2026–2029"
A_PARTIES = [
    "between the Life Models' and Sitters' Guild of Orsanne (LMSG)",
    "the Federation of Art Schools and Colleges of Orsanne (FASCO)",
    "and the Open Studios Network (OSN)",
]
FOOTER = (
    "LMSG · FASCO · OSN – Life Model and Art Sitter Agreement 2026–2029 – page {page} of {pages}"
)

# (kind, text, margin note or None); kinds: part, art, p
AGREEMENT: list[tuple[str, str, str | None]] = [
    ("part", "Part A – General", None),
    ("art", "Article 1 – Parties, scope and term", None),
    (
        "p",
        "1.1 This agreement is made between the Life Models' and Sitters' Guild of Orsanne "
        '(LMSG, "the Guild"), founded in 1968, of 18 Tannery Lane, Harwick Cross HC2 7QD, the '
        'Federation of Art Schools and Colleges of Orsanne (FASCO, "the Federation") and the '
        'Open Studios Network (OSN, "the Network"), which runs the community drawing clubs and '
        "open studios and, under its name, OpenEasel Live, a platform for live-streamed drawing "
        "sessions.",
        None,
    ),
    (
        "p",
        "1.2 It covers life models and art sitters booked by a member school, college, club or "
        "open studio: life-drawing models for art schools, universities and evening classes, in "
        "clothed and nude sessions, in short gesture poses and in long poses held over several "
        "sessions; portrait sitters for painting clubs and portrait prizes; sculpture models who "
        "hold one pose over several days; costume models for illustration and fashion-drawing "
        "classes; and figure-reference models for animation and games studios, in pose-reference "
        "photo sessions and 3D-scan sessions.",
        None,
    ),
    (
        "p",
        "1.3 It does not cover fashion runway models or photographic models, who belong to "
        "another union; the tutors employed by the schools; or stock-photo pose libraries bought "
        "from a catalogue, for which no model is booked.",
        None,
    ),
    (
        "p",
        "1.4 The agreement was signed at Harwick Cross on 14 August 2026. It takes effect on "
        "1 September 2026 and runs until 31 August 2029. It replaces the Art Sitters' Agreement "
        "2023–2026, which ended on 31 August 2026. The margin notes of this copy give that "
        "agreement's figures for comparison only; they are not rates of this agreement.",
        None,
    ),
    (
        "p",
        "1.5 The academic year runs from 1 September to 31 August. The Federation's academic "
        "calendar gives the terms, the public holidays and the bridge days. The winter term is "
        "also called the Hilary term.",
        None,
    ),
    ("art", "Article 2 – Money and payment", None),
    (
        "p",
        "2.1 Amounts are in hryvnias of the Republic of Orsanne, written with the sign ₴ before "
        "the figure and no space: ₴236.50 is two hundred and thirty-six hryvnias and fifty "
        "kopiyky. The hryvnia is divided into 100 kopiyky (one kopiyka). The hryvnia of Orsanne "
        "is not the hryvnia of Ukraine, although both are written ₴.",
        None,
    ),
    ("p", "2.2 Where a sum is written in words, the figure in brackets is the same sum.", None),
    (
        "p",
        "2.3 Fees are paid within 21 days of the session, by bank transfer, with a statement "
        "that shows each session, its hours and every supplement.",
        None,
    ),
    ("part", "Part B – Sessions and rates", None),
    ("art", "Article 3 – Life sessions", None),
    ("p", "3.1 A clothed life session is paid ₴236.50 an hour.", "2023–26: ₴221.30 an hour"),
    (
        "p",
        "3.2 A nude life session is paid ₴284.75 an hour. No model under the age of 18 poses nude.",
        "2023–26: ₴263.40 an hour",
    ),
    (
        "p",
        "3.3 A gesture session, in which the model takes short poses of 30 seconds to "
        "5 minutes each, is paid ₴309.60 an hour, clothed or nude.",
        "2023–26: ₴288.10 an hour",
    ),
    (
        "p",
        "3.4 Every session is paid for a minimum call of 2 hours, even when the school or club "
        "ends it earlier.",
        None,
    ),
    (
        "p",
        "3.5 Beyond the minimum call, each quarter of an hour begun is paid as a full quarter of "
        "an hour.",
        "2023–26: paid by the half hour",
    ),
    ("p", "3.6 A class has no more than 24 students for each model.", None),
    ("art", "Article 4 – Long poses, portraits and sculpture", None),
    (
        "p",
        "4.1 A long pose is a pose held over several sessions: the position of the model's feet "
        "and hands is marked with tape on the posing stand, and the same pose is taken again at "
        "the next session. From the second session of the same pose, the model is paid a "
        "long-pose supplement of ₴41.30 per session on top of the hourly rate.",
        "2023–26: ₴36.20 from the third session",
    ),
    (
        "p",
        "4.2 A portrait sitting for a painting club is paid ₴198.90 an hour.",
        "2023–26: ₴184.60 an hour",
    ),
    (
        "p",
        "4.3 A sitting for a portrait prize entry, a sitting of up to 3 hours for a painter who "
        "enters a portrait prize, is paid ₴1,387.60 per sitting.",
        "2023–26: ₴1,290.00 a sitting",
    ),
    (
        "p",
        "4.4 During the Portrait Prize fortnight a surcharge of ₴95.40 is paid on top of each "
        "prize sitting. Schedule A sets the fortnight at 1 to 14 March 2027; the Joint Committee "
        "may move it by a notice, and the dates of the notice then apply.",
        "See Notice No. 2026-11",
    ),
    (
        "p",
        "4.5 A sculpture week is five consecutive working days on one pose, with at most "
        "5 hours of posing a day, and is paid ₴6,415.80 for the week.",
        "2023–26: ₴5,980.00 a week",
    ),
    (
        "p",
        "4.6 A costume model who brings their own costume to an illustration or fashion-drawing "
        "class is paid a costume supplement of ₴72.60 per session. A costume supplied by the "
        "school carries no supplement.",
        None,
    ),
    ("art", "Article 5 – Breaks and posing time", None),
    (
        "p",
        "5.1 The model has a paid break of 5 minutes after each 25 minutes of posing, and may "
        "take it in the robe at the heater.",
        "2023–26: 5 minutes every 30",
    ),
    (
        "p",
        "5.2 No model poses for more than 6 hours in a day, breaks not counted, or for more "
        "than 5 hours a day in a sculpture week.",
        None,
    ),
    (
        "p",
        "5.3 The model may end a pose at once on feeling pain, cramp or faintness, without "
        "loss of pay.",
        None,
    ),
    ("art", "Article 6 – The room", None),
    (
        "p",
        "6.1 The posing room is heated to at least 22 °C at the posing stand for the whole of a "
        "nude session, with a heater placed near the stand when needed.",
        None,
    ),
    (
        "p",
        "6.2 The school or club provides a screened changing area next to the room and a clean "
        "robe. A model is never asked to cross a corridor or a public space unclothed.",
        None,
    ),
    (
        "p",
        "6.3 Each model receives a robe and slippers allowance of ₴980 a year, paid with the "
        "first session of the academic year.",
        None,
    ),
    (
        "p",
        "6.4 If the room is below 22 °C, the model may refuse to pose nude and is paid the "
        "minimum call.",
        None,
    ),
    ("art", "Article 7 – Photography", None),
    (
        "p",
        "7.1 No one may photograph, film, record or scan a model, in a session or in a break, "
        "without the model's written consent on Form G-3 for that use. A student who takes a "
        "picture without consent deletes it in front of the model, and the tutor sees that it "
        "is done.",
        None,
    ),
    (
        "p",
        '7.2 A "No photography" sign is shown on the studio door during every session, for '
        "example on Studio 14 at Ashgrove College of Art.",
        None,
    ),
    ("art", "Article 8 – Evenings, holidays and travel", None),
    (
        "p",
        "8.1 A model who poses after 21:30 is paid a late-evening premium of ₴38.20 for each "
        "hour or part of an hour after 21:30.",
        "2023–26: ₴31.50 after 22:00",
    ),
    (
        "p",
        "8.2 A session held on a public holiday, or on a bridge day listed in the Federation's "
        "academic calendar, is paid 1.5 times the hourly rate.",
        None,
    ),
    (
        "p",
        "8.3 Travel is paid ₴6.85 per km for each km of the round trip beyond the first 40 km. A "
        "model who carries their own portable heater or posing platform by car is paid "
        "75 kopiyky per km on top, for the whole round trip.",
        "2023–26: ₴5.90 per km beyond 50 km",
    ),
    ("art", "Article 9 – Cancellation", None),
    (
        "p",
        "9.1 A session cancelled by the school or club is paid a share of the booked fee, the "
        "minimum call included, according to the notice given (Table 9).",
        None,
    ),
    ("table9", "", None),
    (
        "p",
        "9.2 Days of notice are counted in whole calendar days from the day the notice is "
        "received to the day of the session. A notice sent after 18:00, or on a Saturday, a "
        "Sunday or a public holiday, is deemed received at 09:00 on the next working day.",
        None,
    ),
    (
        "p",
        "9.3 A session that a school cancels in order to use a synthetic life model in its place "
        "is paid in full, whatever the notice (clause 17.3).",
        None,
    ),
    ("art", "Article 10 – Regular sitters", None),
    (
        "p",
        "10.1 A model who has sat at least 40 sessions for the same school or club in the "
        "12 months before a session is paid a regular-sitter supplement of ₴52.70 for that "
        "session. The count is a rolling one, made again for each session over the 12 months "
        "before it; it is not a count over the academic year, nor over the model's whole "
        "career.",
        None,
    ),
    ("art", "Article 11 – Live streams and reference work", None),
    (
        "p",
        "11.1 A live-streamed session on OpenEasel Live is paid ₴354.90 an hour when it starts "
        "before 18:30, and ₴392.70 an hour (the evening rate) when it starts at or after 18:30. "
        "The hour that decides is the local time of the Republic of Orsanne at the start of the "
        "stream, whatever time zone the platform shows.",
        None,
    ),
    (
        "p",
        "11.2 If the stream is recorded and kept after the session, a recording fee of ₴488.30 "
        "is paid for each recorded session and for each licence year in which it is kept. A "
        "recording not paid for is deleted within 7 days.",
        "2023–26: no recording fee",
    ),
    (
        "p",
        "11.3 A pose-reference photo session for an animation or games studio is paid "
        "₴1,126.40 per session of up to 3 hours.",
        None,
    ),
    ("p", "11.4 A 3D-scan session is paid ₴1,200.00 per session of up to 2 hours.", None),
    (
        "p",
        "11.5 A model booked for a figure-reference session at the Hong Kong games expo is paid "
        "HK$1,450 a day, with travel and hotel paid by the studio; it is the only amount of this "
        "agreement that is not in hryvnias.",
        None,
    ),
    ("part", "Part G – AI and digital likeness", None),
    ("art", "Article 12 – Definitions", None),
    (
        "p",
        "12.1 An AI-generated pose reference is an image or a 3D figure made by a model "
        "(software) trained on sessions with a sitter. A pose library is a set of 3D scans of a "
        "model that a school or club sells or lends to animation and games studios. A synthetic "
        "life model is an AI-generated nude or clothed figure shown to a drawing class in place "
        "of a live model.",
        None,
    ),
    ("art", "Article 13 – Consent", None),
    (
        "p",
        "13.1 Each use needs the model's written consent on Form G-3, which names the use, the "
        "studios and the licence years. A general consent to any use is void.",
        None,
    ),
    (
        "p",
        "13.2 Form G-3 must reach the model at least 21 days before the session in which the "
        "recording or the scan for that use is made.",
        None,
    ),
    (
        "p",
        "13.3 A consent ends on the 31 August that closes the academic year in which it was "
        "signed, and is signed again for the next academic year.",
        None,
    ),
    (
        "p",
        "13.4 No recording, scan or image of a model, and no student work that shows a model, "
        "may be used to train a general-purpose model, even with consent.",
        None,
    ),
    ("art", "Article 14 – Fees", None),
    (
        "p",
        "14.1 A session recorded to train a model that makes AI-generated pose references, or "
        "the reuse of a recorded live stream to train such a model, is paid a training fee of "
        "one thousand eight hundred and fifty hryvnias (₴1,850.00) per session.",
        "2023–26: no training fee",
    ),
    (
        "p",
        "14.2 Each AI-generated pose reference used in a class or sold is paid ₴64.30. The "
        "yearly cap on the number of references is set by the Joint Digital Committee.",
        None,
    ),
    (
        "p",
        "14.3 A pose library made from a model's 3D scans is paid ₴3,972.40 per studio and per "
        "licence year, and is lent to no more than 3 studios at a time.",
        None,
    ),
    ("art", "Article 15 – Dignity", None),
    (
        "p",
        "15.1 No AI-generated image or scan of a model, clothed or nude, may be sexualised, and "
        "no model's body may be altered (its shape, age, skin or features) in a generated image "
        "or a scan.",
        None,
    ),
    (
        "p",
        "15.2 A nude likeness is used only to teach drawing, painting and sculpture, never in "
        "advertising.",
        None,
    ),
    ("art", "Article 16 – Disclosure", None),
    (
        "p",
        "16.1 Every AI-generated pose reference carries on the image the line: "
        '"AI-generated pose reference, made with the consent of the model."',
        None,
    ),
    (
        "p",
        "16.2 A class that uses a synthetic life model says so in its class listing with the "
        'line: "This class uses a synthetic (AI-generated) figure, not a live model."',
        None,
    ),
    ("art", "Article 17 – Synthetic life models", None),
    (
        "p",
        "17.1 The school tells the booked model and the students at least 14 days before a "
        "class uses a synthetic life model.",
        None,
    ),
    (
        "p",
        "17.2 A synthetic life model may be used for self-study outside the timetabled life "
        "classes. A school may not replace a timetabled life class with a synthetic life model.",
        None,
    ),
    ("p", "17.3 A booked session cancelled to use a synthetic life model is paid in full.", None),
    ("art", "Article 18 – Student work", None),
    (
        "p",
        "18.1 A student's drawing, painting or sculpture of a model may not be used to train an "
        "AI model, or put in a data set, without the model's consent on Form G-3 and the "
        "training fee of clause 14.1.",
        None,
    ),
    ("art", "Article 19 – Withdrawal, deletion and audit", None),
    (
        "p",
        "19.1 The model may withdraw a consent on 45 days' written notice on Form G-5.",
        None,
    ),
    (
        "p",
        "19.2 The school deletes every recording, scan, model and reference made from the "
        "model's sessions within 20 days after the withdrawal takes effect, and sends the model "
        "a certificate of deletion.",
        None,
    ),
    (
        "p",
        "19.3 The Guild may audit the use logs once per academic year, on 10 working days' notice.",
        None,
    ),
    ("art", "Article 20 – Joint Digital Committee", None),
    (
        "p",
        "20.1 A Joint Digital Committee of three members named by the Guild and three named by "
        "the employers oversees Part G, sets the yearly cap on references and settles disputes.",
        None,
    ),
    (
        "p",
        "20.2 Its budget is ₴2.4 mln a year, shared equally by the parties (mln stands for "
        "million: two point four million hryvnias).",
        None,
    ),
    ("art", "Article 21 – Signatures", None),
    (
        "p",
        "Signed at Harwick Cross on 14 August 2026. For the Guild: Ottoline Marsh-Kabore, "
        "president. For the Federation: Ingrid Halvorsen-Mbeki, chair. For the Network: Declan "
        "Mwangi-Fournier, director.",
        None,
    ),
    ("schedule", "", None),
]

TABLE_9_TITLE = "Table 9 – Cancellation by the school or club"
TABLE_9 = [
    ("Notice given", "Share of the booked fee"),
    ("21 days or more", "nothing"),
    ("10 to 20 days", "30%"),
    ("4 to 9 days", "60%"),
    ("2 or 3 days", "80%"),
    ("less than 2 days", "100%"),
]
SCHEDULE_TITLE = "Schedule A – Fees at a glance, 2026–2029"
SCHEDULE = [
    ("Work", "Fee", "Clause"),
    ("Clothed life session, per hour", "₴236.50", "3.1"),
    ("Nude life session, per hour", "₴284.75", "3.2"),
    ("Gesture session, per hour", "₴309.60", "3.3"),
    ("Long-pose supplement, per session from the 2nd", "₴41.30", "4.1"),
    ("Portrait sitting, per hour", "₴198.90", "4.2"),
    ("Portrait prize sitting, up to 3 hours", "₴1,387.60", "4.3"),
    ("Prize fortnight surcharge (1 to 14 March 2027, unless moved)", "₴95.40", "4.4"),
    ("Sculpture week", "₴6,415.80", "4.5"),
    ("Costume supplement, per session", "₴72.60", "4.6"),
    ("Late-evening premium, per hour after 21:30", "₴38.20", "8.1"),
    ("Regular-sitter supplement, per session", "₴52.70", "10.1"),
    ("Live stream, per hour, starting before 18:30", "₴354.90", "11.1"),
    ("Live stream, per hour, starting at or after 18:30", "₴392.70", "11.1"),
    ("Recording kept, per session and licence year", "₴488.30", "11.2"),
    ("Pose-reference photo session, up to 3 hours", "₴1,126.40", "11.3"),
    ("3D-scan session, up to 2 hours", "₴1,200.00", "11.4"),
    ("AI-generated pose reference, per reference", "₴64.30", "14.2"),
    ("Pose library, per studio and licence year", "₴3,972.40", "14.3"),
]
SCHEDULE_NOTE = (
    "Travel: ₴6.85 per km beyond the first 40 km of the round trip (clause 8.3). Public "
    "holidays and bridge days: 1.5 times the hourly rate (clause 8.2)."
)


def _table_lines(rows: list[tuple[str, ...]]) -> list[str]:
    return [" ".join(r) for r in rows]


def agreement_text() -> str:
    lines = [A_TITLE, *A_PARTIES]
    for kind, text, note in AGREEMENT:
        if kind == "table9":
            lines += [TABLE_9_TITLE, *_table_lines(TABLE_9)]
        elif kind == "schedule":
            lines += [SCHEDULE_TITLE, *_table_lines(SCHEDULE), SCHEDULE_NOTE]
        else:
            lines.append(text)
            if note:
                lines.append(note)
    return "\n".join(lines)


def notes() -> list[str]:
    return [n for _, _, n in AGREEMENT if n]


def footer_numbers(pages: int) -> set[str]:
    out = {"2026", "2029"}
    for p in range(1, pages + 1):
        out.add(str(p))
    return out


# ---- the French notice --------------------------------------------------------------------------

N_TITLE = "Avis n° 2026-11 de la Commission paritaire des modèles vivants"
N_SUB = "Report de la quinzaine du Prix du portrait 2027 ; Comité mixte du numérique ; rappels"
N_DATE = "Harwick Cross et Montfleury, le jeudi 19 novembre 2026"
N_LINK = "https://gmvpo.example/avis/2026-11"
N_BLOCKS: list[tuple[str, str]] = [
    (
        "p",
        "La Commission paritaire réunit la Guilde des modèles vivants et poseurs d'Orsanne "
        "(GMVPO, en anglais LMSG), la Fédération des écoles d'art et collèges d'Orsanne (FÉACO) et "
        "le Réseau des ateliers ouverts (RAO). Elle publie le présent avis en application de "
        "l'article 4.4 de l'accord sur les modèles vivants et les poseurs 2026-2029.",
    ),
    ("h", "1. Report de la quinzaine du Prix du portrait"),
    (
        "p",
        "La Galerie municipale de Saint-Aulde, qui accueille le Prix du portrait, sera fermée "
        "pour travaux du 22 février au 12 mars 2027. La quinzaine du Prix du portrait, que "
        "l'annexe A de l'accord fixe du 1er au 14 mars 2027, est donc reportée : elle aura lieu "
        "du lundi 15 mars au dimanche 28 mars 2027, ces deux jours compris.",
    ),
    (
        "p",
        f"Le supplément de quinzaine, {fr('95,40')} par séance de prix, n'est dû que pour les "
        "séances tenues pendant la nouvelle quinzaine. Une séance de prix tenue du 1er au "
        f"14 mars 2027 est payée au tarif ordinaire de {fr('1 387,60')}, sans supplément. Le "
        "jury du Prix se réunit le lundi 29 mars 2027.",
    ),
    ("h", "2. Comité mixte du numérique"),
    (
        "p",
        "Le Comité mixte du numérique prévu à l'article 20 tiendra sa première réunion le jeudi "
        "21 janvier 2027, à 14 h, à Montfleury (salle 3, 12, rue des Pinceaux). Il y fixera le "
        "plafond annuel des références de pose générées par IA et le calendrier des audits.",
    ),
    ("h", "3. Rappels"),
    (
        "p",
        "Le supplément de modèle régulier (article 10.1) se compte sur les 12 mois qui précèdent "
        "chaque séance : ce n'est ni un compte par année académique ni un compte sur toute la "
        "carrière du modèle.",
    ),
    (
        "p",
        "Pour les séances diffusées sur OpenEasel Live (article 11.1), l'heure qui compte est "
        "l'heure locale d'Orsanne au début de la diffusion, quel que soit le fuseau affiché par "
        "la plateforme.",
    ),
    (
        "p",
        "Les montants de cet avis sont écrits à la française : une espace fine entre les milliers, "
        "une virgule avant les kopiyky et le signe ₴ après le nombre. La hryvnia d'Orsanne n'est "
        "pas celle de l'Ukraine.",
    ),
    (
        "p",
        "Le texte de l'avis et ses annexes sont en ligne sur le site de la Guilde : "
        + N_LINK
        + ".",
    ),
    ("h", "Signatures"),
    (
        "p",
        "Pour la Guilde : Bastien Okonjo-Laval, responsable des tarifs. Pour la Fédération : "
        "Ingrid Halvorsen-Mbeki, présidente. Pour le Réseau : Declan Mwangi-Fournier, directeur.",
    ),
]
N_FOOTER = "Avis n° 2026-11 de la Commission paritaire des modèles vivants – page unique"


def notice_text() -> str:
    return "\n".join([N_TITLE, N_SUB, N_DATE, *(t for _, t in N_BLOCKS), N_FOOTER])


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

MARGIN = 16.0
NOTE_W = 34.0  # the margin-note column
BODY_X = MARGIN + NOTE_W + 6.0
TOP = 18.0
BODY = 10.0
LH = 5.0
BOTTOM = 274.0


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
    pdf.add_font(FONT, "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    return pdf


def _table(pdf, y: float, title: str, rows, widths, aligns) -> float:
    pdf.set_font(FONT, "B", 10)
    pdf.set_xy(BODY_X, y)
    pdf.cell(sum(widths), LH, title)
    y += LH + 1.5
    pdf.set_font(FONT, "", 9)
    pdf.set_y(y)
    pdf.set_x(BODY_X)
    with pdf.table(
        width=sum(widths),
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


def _note(pdf, y: float, text: str) -> None:
    """A margin note in the left column, level with the first line of its clause."""
    pdf.set_font(FONT, "I", 7)
    pdf.set_text_color(90, 90, 90)
    for line in wrap(pdf, text, NOTE_W):
        pdf.set_xy(MARGIN, y)
        pdf.cell(NOTE_W, LH, line)
        y += 3.6
    pdf.set_text_color(0, 0, 0)


def _agreement():
    pdf = _doc(FOOTER)
    pdf.set_title(A_TITLE)
    pdf.set_author("LMSG / FASCO / OSN")
    pdf.set_creation_date(datetime.datetime(2026, 8, 14, 12, 0, tzinfo=datetime.UTC))
    pdf.alias_nb_pages()
    body = pdf.w - BODY_X - MARGIN
    pdf.add_page()
    pdf.set_font(FONT, "B", 15)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(pdf.w - 2 * MARGIN, 9, A_TITLE, align="C")
    y = TOP + 11
    pdf.set_font(FONT, "", 10)
    for line in A_PARTIES:
        pdf.set_xy(MARGIN, y)
        pdf.cell(pdf.w - 2 * MARGIN, 6, line, align="C")
        y += 6
    y += 4
    for kind, text, note in AGREEMENT:
        if kind == "table9":
            y = _table(pdf, y, TABLE_9_TITLE, TABLE_9, (body * 0.5, body * 0.4), ("LEFT", "LEFT"))
            continue
        if kind == "schedule":
            pdf.add_page()
            y = _table(
                pdf,
                TOP,
                SCHEDULE_TITLE,
                SCHEDULE,
                (body * 0.66, body * 0.2, body * 0.14),
                ("LEFT", "RIGHT", "CENTER"),
            )
            pdf.set_font(FONT, "", 9)
            for line in wrap(pdf, SCHEDULE_NOTE, body):
                pdf.set_xy(BODY_X, y)
                pdf.cell(body, LH, line)
                y += LH
            continue
        size = {"part": 12.0, "art": 10.5}.get(kind, BODY)
        style = "" if kind == "p" else "B"
        pdf.set_font(FONT, style, size)
        lines = wrap(pdf, text, body)
        need = len(lines) + (4 if kind != "p" else 0) + (2 if kind == "table9" else 0)
        if y + need * LH > BOTTOM:
            pdf.add_page()
            y = TOP
        if kind == "part":
            y += 2
        elif kind == "art":
            y += 1
        first = y
        for line in lines:
            pdf.set_xy(BODY_X, y)
            pdf.cell(body, LH, line)
            y += LH
        if note:
            _note(pdf, first, note)
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


def _notice():
    pdf = _doc(None)
    pdf.set_title(N_TITLE)
    pdf.set_author("Commission paritaire des modèles vivants")
    pdf.set_creation_date(datetime.datetime(2026, 11, 19, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    full = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 13)
    pdf.set_xy(MARGIN, TOP)
    pdf.multi_cell(full, 7, N_TITLE, align="C")
    pdf.set_font(FONT, "B", BODY)
    pdf.set_x(MARGIN)
    pdf.multi_cell(full, LH, N_SUB, align="C")
    pdf.set_font(FONT, "", BODY)
    pdf.set_x(MARGIN)
    pdf.multi_cell(full, LH, N_DATE, align="C")
    pdf.ln(4)
    for kind, text in N_BLOCKS:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font(FONT, "B", 11)
            pdf.set_x(MARGIN)
            pdf.multi_cell(full, 6, text, align="L")
            continue
        pdf.set_font(FONT, "", BODY)
        pdf.set_x(MARGIN)
        if N_LINK in text:
            pdf.multi_cell(full, LH, text, align="J", link=N_LINK)
        else:
            pdf.multi_cell(full, LH, text, align="J")
        pdf.ln(2)
    if pdf.get_y() > BOTTOM - 10:
        raise SystemExit(f"the notice does not fit on one page ({pdf.get_y():.0f} mm)")
    pdf.set_font(FONT, "", 8)
    pdf.set_xy(MARGIN, pdf.h - 14)
    pdf.cell(full, 4, N_FOOTER, align="C")
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
