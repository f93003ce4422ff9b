#!/usr/bin/env python3
"""Build the two Word documents of union-at (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-at/make_docx.py    # python-docx is in the venv

- docs/scpg-seasonal-character-performers-agreement-2026-2029.docx: the Seasonal Character
  Performers Agreement 2026-2029 (English). Its MAIN PART IS NOT word/document.xml: the
  package's officeDocument relationship (_rels/.rels) points to word/agreement.xml, and
  [Content_Types].xml declares that name. Word and python-docx find the body through the
  relationship; a reader that opens "word/document.xml" by name finds nothing. Amounts with
  the sign first and no space ("₾46.80", clause 2.1); "₾460" the only whole amount; "80
  tetri" the only amount in tetri; "₾1.6 Mio." the only budget line (clause 19.2: "Mio."
  stands for million); the only sum in words in clause 15.5; "¥26,500" (clause 10.3) the only
  foreign amount.
- docs/avis-commission-paritaire-2026-09-appels-video-avatars.docx: the Joint Rates
  Committee's notice No. 2026-09 (French, Friday 20 November 2026). Its annex, the employers'
  draft of 2 November 2026 (not adopted), is an ALTCHUNK: an HTML part (word/afchunk1.htm)
  imported by a w:altChunk element of the body. Word shows it in place; python-docx's
  paragraphs and a reader of the document part's w:t nodes do not; a reader that follows the
  relationship reads it. Its figures are traps (a draft fee per synthetic call, a draft cap).

`agreement_text()` and `notice_text()` return the text for check_set.py (the notice's with
the annex, as Word shows it; `annex_text()` gives the annex alone). Fixed dates:
byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(
    HERE, "docs", "scpg-seasonal-character-performers-agreement-2026-2029.docx"
)
NOTICE_OUT = os.path.join(
    HERE, "docs", "avis-commission-paritaire-2026-09-appels-video-avatars.docx"
)
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_URI = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
AFCHUNK_TYPE = R_URI + "/aFChunk"
MAIN_PART = "word/agreement.xml"  # the agreement's main part, found through _rels/.rels
AFCHUNK_PART = "word/afchunk1.htm"
NNB = "\u202f"
NB = "\u00a0"


def fr(amount: str) -> str:
    """'1 380,00' with a plain space -> U+202F between the thousands and U+00A0 before ₾."""
    return amount.replace(" ", NNB) + NB + "₾"


# ---- the agreement (English) --------------------------------------------------------------------

A_TITLE = "Seasonal Character Performers Agreement 2026–2029"
A_SUB = (
    "between the Seasonal and Character Performers' Guild of Hollenvale, the Federation of "
    "Shopping Centres and Department Stores of Hollenvale and the Hollenvale Network of "
    "Event-Booking Agencies"
)
# (kind, text); kinds: part, art, p, table11, scheduleA
AGREEMENT: list[tuple[str, str]] = [
    ("part", "Part A – General"),
    ("art", "Article 1 – Parties, scope and term"),
    (
        "p",
        "1.1 This agreement is made between the Seasonal and Character Performers' Guild of "
        'Hollenvale (SCPG, "the Guild"), founded in 1972, of 9 Lamplight Row, Kestermoor '
        'KM4 7YQ, the Federation of Shopping Centres and Department Stores of Hollenvale ("the '
        'Federation") and the Hollenvale Network of Event-Booking Agencies ("the Network"). '
        "NorthStar Calls, the platform for live video calls and recorded greetings, is run by "
        "Tinsel & Co. Bookings, a member agency of the Network, and is bound by this agreement.",
    ),
    (
        "p",
        "1.2 It covers the seasonal and character performers booked by a member of the "
        "Federation or of the Network: Father Christmas performers in the grottos of shopping "
        "centres and department stores, for photo sessions with children and timed visits; elves "
        "and grotto helpers; Father Christmas on home visits; corporate and school party "
        "appearances; Easter and Halloween character hosts at garden centres and farm parks; "
        "Father Christmas on live video calls and in pre-recorded personalised greeting videos; "
        "and letter-reply writers who answer children's letters in character.",
    ),
    (
        "p",
        "1.3 It does not cover pantomime actors in theatres, who belong to another union, the "
        "staff of costume-hire shops, or parade and carnival performers.",
    ),
    (
        "p",
        "1.4 The agreement was signed at Kestermoor on 18 September 2026. It takes effect on "
        "1 October 2026 and runs until 30 September 2029. It replaces the Grotto and Appearance "
        "Agreement 2023–2026, which ended on 30 September 2026.",
    ),
    (
        "p",
        "1.5 The Federation's season calendar gives, for each season, the opening and the last "
        "day of the grottos, the public holidays and the days on which the clocks change.",
    ),
    ("art", "Article 2 – Money and payment"),
    (
        "p",
        "2.1 Amounts are in lari of the Republic of Hollenvale, written with the sign ₾ before "
        "the figure and no space: ₾1,245.50 is one thousand two hundred and forty-five lari and "
        "fifty tetri. The lari is divided into 100 tetri. The lari of Hollenvale is not the "
        "lari of Georgia, although both are written ₾.",
    ),
    ("p", "2.2 Where a sum is written in words, the figure in brackets is the same sum."),
    (
        "p",
        "2.3 The fees for a grotto season are paid no later than 10 working days after the last "
        "day of the grotto season, as the Federation's season calendar sets it. Working days "
        "are Monday to Friday; a public holiday listed in the season calendar is not a working "
        "day. Other fees are paid within 10 working days of the work.",
    ),
    ("part", "Part B – Grotto work"),
    ("art", "Article 3 – Rates"),
    ("p", "3.1 A Father Christmas performer in a grotto is paid ₾46.80 an hour."),
    (
        "p",
        "3.2 During the peak, from the first Sunday of Advent to Christmas Eve, both days "
        "included, the grotto rate is ₾58.40 an hour. The Federation's season calendar gives "
        "the date of the first Sunday of Advent for each season.",
    ),
    (
        "p",
        "3.3 An elf or grotto helper is paid ₾31.60 an hour, and ₾36.90 an hour during the peak.",
    ),
    ("p", "3.4 Every grotto call is paid for at least 3 hours (the minimum call)."),
    (
        "p",
        "3.5 A booking of consecutive days that runs across the first or the last day of the "
        "peak is paid, for all its days, at the rate of the greater number of its days: if "
        "more of its days fall in the peak, every day is paid at the peak rate; if more fall "
        "outside the peak, every day is paid at the standard rate; if as many fall in as out, "
        "every day is paid at the peak rate.",
    ),
    ("art", "Article 4 – Conditions in the grotto"),
    (
        "p",
        "4.1 A performer takes a paid break of 15 minutes after every 90 minutes in the suit, "
        "or after every 45 children seen, whichever comes first. The helper counts the "
        "children.",
    ),
    ("p", "4.2 No performer spends more than 6 hours in the grotto in a day."),
    (
        "p",
        "4.3 Each family's visit is planned for 4 minutes, and no more than 40 children are seen "
        "in an hour in one grotto. When the queue passes 60 children, the centre closes the "
        "queue or opens a second grotto, such as Grotto 2 at Merrowby Galleria.",
    ),
    (
        "p",
        "4.4 While a performer in a heavy suit is in it, the grotto is kept at no more than "
        "24 °C, and chilled drinking water is within the performer's reach at all times. Above "
        "24 °C the performer may stop the session and is paid for the whole call.",
    ),
    (
        "p",
        "4.5 A costume beard or wig supplied by the employer is washed or replaced between "
        "performers and is never shared by two performers on the same day. A performer with a "
        "natural beard at least 15 cm long may wear it instead of a costume beard. Costumes are "
        "supplied in sizes 48 to 64.",
    ),
    (
        "p",
        "4.6 A performer is never alone with a child: a helper or a member of the centre's "
        "staff is present in the grotto at all times. Every performer holds a child safety "
        "clearance, renewed every 3 years, and the centre checks its number (for example "
        "CSC-5512-0934) before the first call of the season. No one under the age of 21 is "
        "booked as Father Christmas.",
    ),
    (
        "p",
        "4.7 Only the centre's own photographer takes photos in the grotto. No photo of a child "
        "is used in advertising without the written consent of the child's parents.",
    ),
    ("part", "Part C – Visits, parties and character hosts"),
    ("art", "Article 5 – Home visits"),
    ("p", "5.1 A home visit of up to 20 minutes is paid ₾185.00 a visit."),
    (
        "p",
        "5.2 A home visit that starts at or after 18:00 on Christmas Eve (24 December) is paid a "
        "Christmas Eve premium of ₾65.00 on top. A visit that starts before 18:00 that day, or "
        "on any other day at any hour, carries no premium.",
    ),
    ("art", "Article 6 – Party appearances"),
    ("p", "6.1 A corporate party appearance of up to 2 hours is paid ₾1,500.00."),
    ("p", "6.2 A school party appearance of up to 1 hour is paid ₾640.00."),
    ("art", "Article 7 – Easter and Halloween character hosts"),
    (
        "p",
        "7.1 An Easter or Halloween character host at a garden centre or a farm park is paid "
        "₾39.50 an hour, for a minimum call of 3 hours.",
    ),
    (
        "p",
        "7.2 At an outdoor venue, each hour or part of an hour worked after official sunset is "
        "paid an after-dark premium of ₾9.60. Official sunset is the time that the venue "
        "publishes for that day in its programme.",
    ),
    (
        "p",
        "7.3 A shift that spans the night on which the clocks change is paid for the hours "
        "actually worked, not for the hours the clock shows: a shift from 22:00 to 04:00 is "
        "paid 7 hours on the night the clocks go back and 5 hours on the night they go forward. "
        "The season calendar gives the nights of the changes.",
    ),
    ("part", "Part D – Calls, videos and letters"),
    ("art", "Article 8 – NorthStar Calls and letters"),
    (
        "p",
        "8.1 A live video call on NorthStar Calls is paid ₾24.60 per booked call of up to "
        "10 minutes. A call that runs past 10 minutes is paid 80 tetri for each minute or part "
        "of a minute beyond the tenth.",
    ),
    (
        "p",
        "8.2 A pre-recorded personalised greeting video is paid ₾38.40 per video. A re-record "
        "that the parent asks for is paid ₾12.90 per video.",
    ),
    ("p", "8.3 A letter reply written by hand in character is paid ₾7.35 per letter."),
    ("part", "Part E – Allowances, holidays, travel, cancellation and re-booking"),
    ("art", "Article 9 – Allowances"),
    (
        "p",
        "9.1 A performer who supplies their own costume is paid an own-costume allowance of ₾460 "
        "a season.",
    ),
    (
        "p",
        "9.2 A Father Christmas performer is paid a beard-care allowance of ₾14.20 for each week "
        "with at least one grotto call.",
    ),
    ("art", "Article 10 – Public holidays, travel and work abroad"),
    (
        "p",
        "10.1 Work on a public holiday listed in the season calendar is paid 1.8 times the rate "
        "that applies that day.",
    ),
    (
        "p",
        "10.2 Travel is paid ₾0.95 per km for each km of the round trip beyond the first 30 km.",
    ),
    (
        "p",
        "10.3 A Father Christmas booked for the Winter Lights festival in Sapporo is paid "
        "¥26,500 a day, with travel and hotel paid by the agency; it is the only amount of this "
        "agreement that is not in lari.",
    ),
    ("art", "Article 11 – Cancellation"),
    (
        "p",
        "11.1 A booking cancelled by the employer is paid a share of the booked fee, the "
        "minimum call included, according to the notice given (Table 11). Days of notice are "
        "counted from the day the notice is given to the day of the work.",
    ),
    ("table11", ""),
    ("art", "Article 12 – Re-booking offers"),
    (
        "p",
        "12.1 An agency that wants to book a performer again for the next season sends a "
        "written re-booking offer that gives the dates, the venue and the fees.",
    ),
    (
        "p",
        "12.2 The offer is accepted if the performer does not decline it in writing within "
        "14 days after the day on which it was sent. A performer who declines in time is free of "
        "it.",
    ),
    ("part", "Part F – AI and digital likeness"),
    ("art", "Article 13 – Definitions"),
    (
        "p",
        "13.1 An AI video is a personalised Father Christmas video made by software from a "
        "performer's recorded likeness and voice, with the child's name inserted by the "
        "software. A voice clone is a model of a performer's voice used on a call line. A "
        "digital double is an AI-made image of a performer in a centre's advertising. A "
        "synthetic Father Christmas is an avatar offered on a video call in place of a live "
        "performer.",
    ),
    ("art", "Article 14 – Consent and recording"),
    (
        "p",
        "14.1 Each use needs the performer's written consent on Form FC-9, one form for each "
        "use. A general consent to any use is void.",
    ),
    (
        "p",
        "14.2 A likeness and voice recording session of up to 3 hours, made to build an AI "
        "video model, a voice clone or a digital double, is paid ₾420.00.",
    ),
    ("art", "Article 15 – Fees and caps"),
    (
        "p",
        "15.1 An AI video is paid ₾1.15 per video generated. No more than 2,000 AI videos are "
        "made from one performer's likeness in a season.",
    ),
    ("p", "15.2 A voice clone is paid ₾890.00 per call line and per season."),
    ("p", "15.3 A digital double is paid ₾1,380.00 per centre and per season."),
    (
        "p",
        "15.4 A synthetic Father Christmas is paid ₾3.40 per call to the performer whose "
        "likeness it uses.",
    ),
    (
        "p",
        "15.5 Recordings of live calls may be used to train a model of the performer only with "
        "the performer's consent for that use and a training fee of six hundred and fifty lari "
        "(₾650.00) per training run.",
    ),
    ("art", "Article 16 – Children and training"),
    (
        "p",
        "16.1 No child's voice, image, name or other data from a call, a video or a grotto "
        "visit may be used to train a model, even with the parents' consent. Recordings are "
        "stripped of children's data before any use this Part allows.",
    ),
    (
        "p",
        "16.2 No recording, likeness or voice of a performer may be used to train a "
        "general-purpose model, even with the performer's consent.",
    ),
    (
        "p",
        "16.3 A synthetic Father Christmas is never on a call with a child unless the parent "
        "was told, before booking, that the call is with a synthetic performer.",
    ),
    ("art", "Article 17 – Disclosure"),
    (
        "p",
        "17.1 Every AI video shows at its start and at its end the line: "
        '"This video was made with AI from a recording of a real performer, with consent."',
    ),
    (
        "p",
        "17.2 The booking page of a call with a synthetic Father Christmas shows, before "
        'payment, the line: "Your call will be with a synthetic (AI) Father Christmas, not a '
        'live performer."',
    ),
    ("art", "Article 18 – Withdrawal, deletion and audit"),
    (
        "p",
        "18.1 The performer may withdraw a consent on 30 days' written notice on Form FC-11.",
    ),
    (
        "p",
        "18.2 Every model, clone, double and recording made from the performer is deleted within "
        "21 days after the withdrawal takes effect, and the performer receives a certificate of "
        "deletion.",
    ),
    ("p", "18.3 The Guild may audit the use logs once a season, on 15 working days' notice."),
    ("art", "Article 19 – Joint Committee on Synthetic Performers"),
    (
        "p",
        "19.1 A Joint Committee on Synthetic Performers of three members named by the Guild "
        "and three named by the employers oversees Part F and settles disputes under it. The "
        "Joint Rates Committee announces the date of its first meeting.",
    ),
    (
        "p",
        "19.2 Its budget is ₾1.6 Mio. a year, shared equally by the parties (Mio. stands for "
        "million: one point six million lari).",
    ),
    ("art", "Article 20 – Signatures"),
    (
        "p",
        "Signed at Kestermoor on 18 September 2026. For the Guild: Rosalind Tremaine-Okafor, "
        "president. For the Federation: Harold Quennell-Adjei, chair. For the Network: Priya "
        "Lambert-Sorensen, director.",
    ),
    ("scheduleA", ""),
]

TABLE_11_TITLE = "Table 11 – Cancellation by the employer"
TABLE_11 = [
    ("Notice given", "Share of the booked fee"),
    ("30 days or more", "nothing"),
    ("14 to 29 days", "25%"),
    ("7 to 13 days", "50%"),
    ("2 to 6 days", "75%"),
    ("less than 2 days", "100%"),
]
SCHEDULE_TITLE = "Schedule A – Fees at a glance, 2026–2029"
SCHEDULE = [
    ("Work", "Fee", "Clause"),
    ("Father Christmas in a grotto, per hour", "₾46.80", "3.1"),
    ("Father Christmas in a grotto during the peak, per hour", "₾58.40", "3.2"),
    ("Elf or grotto helper, per hour", "₾31.60", "3.3"),
    ("Elf or grotto helper during the peak, per hour", "₾36.90", "3.3"),
    ("Home visit, up to 20 minutes", "₾185.00", "5.1"),
    ("Christmas Eve premium, per visit starting at or after 18:00", "₾65.00", "5.2"),
    ("Corporate party appearance, up to 2 hours", "₾1,500.00", "6.1"),
    ("School party appearance, up to 1 hour", "₾640.00", "6.2"),
    ("Easter or Halloween character host, per hour", "₾39.50", "7.1"),
    ("After-dark premium, per hour or part after official sunset", "₾9.60", "7.2"),
    ("Live video call, per booked call of up to 10 minutes", "₾24.60", "8.1"),
    ("Recorded personalised greeting video, per video", "₾38.40", "8.2"),
    ("Re-record asked for by the parent, per video", "₾12.90", "8.2"),
    ("Letter reply in character, per letter", "₾7.35", "8.3"),
    ("Beard-care allowance, per week with a grotto call", "₾14.20", "9.2"),
    ("Likeness and voice recording session, up to 3 hours", "₾420.00", "14.2"),
    ("AI video, per video generated", "₾1.15", "15.1"),
    ("Voice clone, per call line and season", "₾890.00", "15.2"),
    ("Digital double, per centre and season", "₾1,380.00", "15.3"),
    ("Synthetic Father Christmas, per call", "₾3.40", "15.4"),
]
SCHEDULE_NOTE = (
    "Travel: ₾0.95 per km beyond the first 30 km of the round trip (clause 10.2). Public "
    "holidays: 1.8 times the rate of the day (clause 10.1). The minimum call is 3 hours "
    "(clauses 3.4 and 7.1)."
)


def _rows(rows: list[tuple[str, ...]]) -> list[str]:
    return [" | ".join(r) for r in rows]


def agreement_text() -> str:
    lines = [A_TITLE, A_SUB]
    for kind, text in AGREEMENT:
        if kind == "table11":
            lines += [TABLE_11_TITLE, *_rows(TABLE_11)]
        elif kind == "scheduleA":
            lines += [SCHEDULE_TITLE, *_rows(SCHEDULE), SCHEDULE_NOTE]
        else:
            lines.append(text)
    return "\n".join(lines)


# ---- the Joint Rates Committee's notice (French) ------------------------------------------------

N_TITLE = "Avis n° 2026-09 de la commission paritaire des artistes saisonniers"
N_SUB = (
    "Appels vidéo, Père Noël synthétique et Comité mixte des interprètes synthétiques – "
    "Kestermoor et Val-Givre, le vendredi 20 novembre 2026"
)
N_BODY: list[tuple[str, str]] = [
    (
        "p",
        "La commission paritaire réunit la Guilde des artistes saisonniers et de personnages de "
        "Hollenval (GASPH, en anglais SCPG), la Fédération des centres commerciaux et grands "
        "magasins de Hollenval (FCCGM) et le Réseau des agences de réservation d'événements de "
        "Hollenval (RARE). Elle publie le présent avis en application de l'article 19.1 de "
        "l'accord des artistes saisonniers et de personnages 2026-2029 (la partie F, sur l'IA "
        "et l'image numérique).",
    ),
    ("h", "1. Première réunion du Comité mixte des interprètes synthétiques"),
    (
        "p",
        "Le Comité mixte des interprètes synthétiques, trois membres nommés par la Guilde et "
        "trois par les employeurs, tiendra sa première réunion le jeudi 14 janvier 2027, à "
        "10 h, au bureau de Val-Givre (salle des Lanternes). Il y examinera les premiers mois "
        "du Père Noël synthétique sur NorthStar Calls et le calendrier des contrôles.",
    ),
    ("h", "2. Le Père Noël synthétique sur NorthStar Calls"),
    (
        "p",
        "Un Père Noël synthétique (un avatar proposé à la place d'un interprète en direct) ne "
        "participe jamais à un appel avec un enfant si le parent n'a pas été prévenu avant la "
        "réservation. La page de réservation affiche, avant le paiement, la mention : « Votre "
        "appel se fera avec un Père Noël synthétique (IA), et non avec un interprète en "
        f"direct. » L'interprète dont l'avatar reprend l'image reçoit {fr('3,40')} par appel.",
    ),
    (
        "p",
        "L'entraînement d'un modèle sur des enregistrements d'appels en direct n'est permis "
        "qu'avec le consentement de l'interprète pour cet usage, sur le formulaire FC-9. Aucune "
        "voix, image ni donnée d'enfant n'est jamais utilisée pour entraîner un modèle, même "
        "avec le consentement des parents.",
    ),
    ("h", "3. Vidéos IA"),
    (
        "p",
        f"Une vidéo IA est payée {fr('1,15')} par vidéo produite. Le plafond de l'accord reste "
        f"de 2{NNB}000 vidéos IA par saison à partir de l'image d'un même interprète.",
    ),
    ("h", "4. Projet des employeurs non retenu"),
    (
        "p",
        "Le projet que les employeurs ont présenté le 2 novembre 2026 n'a pas été retenu par "
        "la commission. Il est reproduit ci-dessous pour information seulement ; ses chiffres "
        "ne sont pas des tarifs.",
    ),
    ("chunk", ""),
    ("h", "5. Signatures"),
    (
        "p",
        "Pour la Guilde : Callum Ferreira-Blythe, responsable des tarifs. Pour la Fédération : "
        "Harold Quennell-Adjei, président. Pour le Réseau : Priya Lambert-Sorensen, directrice.",
    ),
]
ANNEX_TITLE = "Projet des employeurs du 2 novembre 2026 (non retenu)"
ANNEX_LINES = [
    f"Père Noël synthétique : {fr('2,10')} par appel à l'interprète dont l'image est reprise.",
    f"Vidéos IA : plafond porté à 5{NNB}000 vidéos par saison et par interprète.",
    "Ces propositions ont été rejetées par la commission le 20 novembre 2026.",
]


def annex_html() -> str:
    items = "".join(f"<li>{line}</li>" for line in ANNEX_LINES)
    return (
        '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
        f"<title>{ANNEX_TITLE}</title></head><body>"
        f"<h3>{ANNEX_TITLE}</h3><ul>{items}</ul></body></html>\n"
    )


def annex_text() -> str:
    return "\n".join([ANNEX_TITLE, *ANNEX_LINES])


def notice_text() -> str:
    lines = [N_TITLE, N_SUB]
    for kind, text in N_BODY:
        lines.append(annex_text() if kind == "chunk" else text)
    return "\n".join(lines)


# ---- building -----------------------------------------------------------------------------------


def _zip_bytes(parts: dict[str, bytes], when: datetime.datetime) -> bytes:
    stamp = (when.year, when.month, when.day, 12, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def _parts(doc) -> dict[str, bytes]:
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    return {info.filename: src.read(info.filename) for info in src.infolist()}


def _write(data: bytes, out: str | None) -> bytes:
    if out is not None:
        with open(out, "wb") as f:
            f.write(data)
        print("wrote", out)
    return data


def _props(doc, title: str, author: str, when: datetime.datetime, lang: str) -> None:
    props = doc.core_properties
    props.title = title
    props.author = author
    props.created = when
    props.modified = when
    props.last_modified_by = author
    props.revision = 3
    props.language = lang


def _table(doc, rows: list[tuple[str, ...]]) -> None:
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            run = t.cell(i, j).paragraphs[0].add_run(text)
            run.bold = i == 0


def _rename_main(parts: dict[str, bytes]) -> dict[str, bytes]:
    """Move word/document.xml to MAIN_PART and point the package's relationship to it."""
    new = {}
    rels_name = MAIN_PART.replace("word/", "word/_rels/") + ".rels"
    for name, data in parts.items():
        if name == "word/document.xml":
            new[MAIN_PART] = data
        elif name == "word/_rels/document.xml.rels":
            new[rels_name] = data
        elif name == "[Content_Types].xml":
            new[name] = data.replace(
                b'PartName="/word/document.xml"', f'PartName="/{MAIN_PART}"'.encode()
            )
        elif name == "_rels/.rels":
            new[name] = data.replace(
                b'Target="word/document.xml"', f'Target="{MAIN_PART}"'.encode()
            )
        else:
            new[name] = data
    return new


def build_agreement(write: bool = True) -> bytes:
    import docx  # python-docx

    when = datetime.datetime(2026, 9, 18, 12, 0, 0)
    doc = docx.Document()
    _props(doc, A_TITLE, "SCPG rates office", when, "en-GB")
    doc.add_heading(A_TITLE, level=0)
    doc.add_paragraph(A_SUB).runs[0].italic = True
    for kind, text in AGREEMENT:
        if kind == "part":
            doc.add_heading(text, level=1)
        elif kind == "art":
            doc.add_heading(text, level=2)
        elif kind == "table11":
            doc.add_paragraph(TABLE_11_TITLE).runs[0].bold = True
            _table(doc, TABLE_11)
        elif kind == "scheduleA":
            doc.add_page_break()
            doc.add_heading(SCHEDULE_TITLE, level=1)
            _table(doc, SCHEDULE)
            doc.add_paragraph(SCHEDULE_NOTE)
        else:
            doc.add_paragraph(text)
    parts = _rename_main(_parts(doc))
    return _write(_zip_bytes(parts, when), AGREEMENT_OUT if write else None)


def build_notice(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 11, 20, 12, 0, 0)
    doc = docx.Document()
    _props(doc, N_TITLE, "Commission paritaire des artistes saisonniers", when, "fr-FR")
    doc.add_heading(N_TITLE, level=0)
    doc.add_paragraph(N_SUB).runs[0].italic = True
    for kind, text in N_BODY:
        if kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "chunk":
            part = Part(
                PackURI("/" + AFCHUNK_PART),
                "text/html",
                annex_html().encode("utf-8"),
                doc.part.package,
            )
            rid = doc.part.relate_to(part, AFCHUNK_TYPE)
            body = doc.element.body
            body.insert(
                len(body) - 1,
                parse_xml(f'<w:altChunk xmlns:w="{W_URI}" xmlns:r="{R_URI}" r:id="{rid}"/>'),
            )
        else:
            doc.add_paragraph(text)
    return _write(_zip_bytes(_parts(doc), when), NOTICE_OUT if write else None)


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_agreement()
    build_notice()
