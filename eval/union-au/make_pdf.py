#!/usr/bin/env python3
"""Build the two PDFs of union-au (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-au/make_pdf.py    # fpdf2 is in the venv

- docs/ebpg-esports-broadcast-performers-agreement-2026-2028.pdf: the Esports Broadcast
  Performers Agreement 2026-2028 (English), set like a bill on LINE-NUMBERED PAGES: every
  text line has its number in the left margin, restarting at 1 on each page. Both readers
  put the number before the line's text ("12 4.2 The per-match fee is ..."); no line starts
  with a figure other than a clause number, so a line number never runs into an amount.
  Its contents list gives pages in words ("Part B – Fees, page 3"), and Schedule A (fees at
  a glance) is a list of "label: amount" lines, no table and no ruling lines. Amounts with
  the sign first and no space ("₩420,000", clause 2.1); "₩2.4 bn" the only budget line
  (clause 19.5: "bn stands for billion"); the only sum in words in clause 18.1; "SAR 4,800"
  (clause 4.7) the only foreign amount.
- docs/avis-ligue-2026-11-facturation-paiements.pdf: the League's notice No. 2026-11
  (French, Monday 30 November 2026) on invoicing the 2026 Summer Split and on payment dates,
  with a TEAR-OFF REPLY COUPON at its foot: a dashed cut line drawn across the page with a
  scissors glyph (✂), blank fields drawn as underscores and ballot boxes (☐). French
  amounts with U+202F between the thousands and U+00A0 before ₩.

DejaVu Sans (/usr/share/fonts/truetype/dejavu) has the won sign and U+202F. Lines are
broken by this script, never inside an amount, a date or a quoted phrase (TIES).
`agreement_text()` and `notice_text()` return the text for check_set.py (without footers and
line numbers: `footer_numbers()` and `line_numbers()` give their numbers). Fixed creation dates:
byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(
    HERE, "docs", "ebpg-esports-broadcast-performers-agreement-2026-2028.pdf"
)
NOTICE_OUT = os.path.join(HERE, "docs", "avis-ligue-2026-11-facturation-paiements.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
TIE = "\u0001"  # a space the line breaker must not break at (never in the output)
NNB = "\u202f"
NB = "\u00a0"

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
)
TIES = [
    re.compile(r"(?:\w+ )?\d{1,2}(?:er)? (?:" + _MONTHS + r")(?: \d{4})?"),
    re.compile(r"\d+ (?:minutes|hours|days|working days|matches|km|heures|jours|h \d\d|h)\b"),
    re.compile(r"\d{1,2}:\d\d to \d{1,2}:\d\d"),
    re.compile(r"(?:Form|clause|Clause|ext\.|poste|n°|No\.) [\w.\-]+"),
    re.compile(r"SAR \d[\d,]*|₩\d[\d.]* bn|\d[\d,]* per cent"),
    re.compile(r'"[^"]{1,80}"'),
    re.compile(r"« [^»]{1,80} »"),
    re.compile(r"\S+ (?=[\d₩])"),  # no line starts with a figure (the line numbers)
    # phrases that members quote: a line number must not fall inside them
    re.compile(
        r"Players' Association of Estravelle|never used for a final|even with the "
        r"performer's consent|generated from a real caster's recordings"
    ),
]


def fr(amount: str) -> str:
    """'1 250 000' with plain spaces -> U+202F between the thousands and U+00A0 before ₩."""
    return amount.replace(" ", NNB) + NB + "₩"


# ---- the agreement (English) -------------------------------------------------------------------

A_TITLE = "Esports Broadcast Performers Agreement 2026–2028"
A_SUB = (
    "between the Esports Broadcast Performers' Guild of Estravelle, the Estravelle Tournament "
    "Organisers' League and the Network of Game Studios of Estravelle"
)
A_FOOTER = (
    "EBPG – ETOL – NGSE – Esports Broadcast Performers Agreement 2026–2028 – page {page} of {pages}"
)

# (kind, text); kinds: part, art, p
AGREEMENT: list[tuple[str, str]] = [
    ("part", "Part A – General"),
    ("art", "Article 1 – Parties, scope and term"),
    (
        "p",
        "1.1 This agreement is made between the Esports Broadcast Performers' Guild of "
        'Estravelle (EBPG, "the Guild"), founded in 2011, of 22 Signal Lane, Calderwick CW3 8LP, '
        'the Estravelle Tournament Organisers\' League (ETOL, "the League"), which runs the '
        "Estravelle Championship Series (ECS), the Academy Circuit, the World Invitational and "
        "the official streaming channel ECS Live, and the Network of Game Studios of Estravelle "
        '(NGSE, "the Network"), whose member studios record in-game announcer voices. The League '
        'and the Network are "the employers".',
    ),
    (
        "p",
        "1.2 It covers the broadcast performers engaged by the League or by a studio of the "
        'Network: play-by-play casters ("shoutcasters") and colour analysts for tournaments; '
        "desk hosts and interviewers at live finals; in-game announcer voices recorded for games, "
        "paid per line and per session; observers and camera operators who appear on air; "
        'streamers hired to co-stream an official event ("watch parties"); cosplay hosts on '
        "stage; and bilingual casters who cast the same match in French for the second-language "
        "broadcast.",
    ),
    (
        "p",
        "1.3 It does not cover the professional players, whose terms are bargained by the "
        "Players' Association of Estravelle, another body; referees and tournament admins who "
        "do not appear on air; or sponsored posts that a brand buys from an influencer.",
    ),
    (
        "p",
        "1.4 The agreement was signed at Calderwick on Friday 12 December 2025. It takes effect "
        "on 1 January 2026 and runs until 31 December 2028. It replaces the Casting and Broadcast "
        "Agreement 2023–2025, whose rates apply to work done before 1 January 2026.",
    ),
    (
        "p",
        "1.5 The English text prevails. The Guild publishes French guides and a French FAQ for "
        "its members.",
    ),
    ("art", "Article 2 – Money and age"),
    (
        "p",
        "2.1 Amounts are in won of the Republic of Estravelle, written with the sign first and "
        "no space: ₩420,000 is four hundred and twenty thousand won. The won of Estravelle is "
        "not the won of the Republic of Korea, although both are written ₩ and share the code "
        "KRW. The won has no minor unit in use: every amount is a whole number of won.",
    ),
    ("p", "2.2 Where a sum is written in words, the figure in brackets is the same sum."),
    (
        "p",
        "2.3 No performer under 16 appears on air. A performer under 18 is never on air after "
        "22:00.",
    ),
    ("art", "Article 3 – Calls and the broadcast day"),
    (
        "p",
        "3.1 A booking is confirmed in writing at least 10 days before the call, unless the "
        "performer accepts a shorter notice.",
    ),
    (
        "p",
        "3.2 Every call is paid at least ₩840,000 (the minimum call), whatever the number of "
        "matches cast or hours worked.",
    ),
    (
        "p",
        "3.3 A broadcast day runs from 06:00 to 05:59 the next morning. A match belongs to the "
        "broadcast day in which it starts, and that day decides the split it belongs to, whether "
        "it falls on a public holiday and the hours on air it counts towards.",
    ),
    ("p", "3.4 No performer is on air for more than 7 hours in a broadcast day."),
    (
        "p",
        "3.5 A caster has a paid break of 15 minutes after every second match, and a meal break "
        "of 45 minutes after 5 hours at the venue.",
    ),
    (
        "p",
        "3.6 There are at least 11 hours between the end of one call and the start of the next. "
        "After a final or a grand final that ends after 23:00, the performer is not called "
        "before 13:00 the next day.",
    ),
    (
        "p",
        "3.7 Times in this agreement and in the League's notices are Calderwick time (CWT), "
        "which is UTC−4 all year: the republic does not change its clocks. The Ferrant Isles "
        "keep their own time, UTC−5.",
    ),
    ("part", "Part B – Fees"),
    ("art", "Article 4 – Casting fees"),
    (
        "p",
        "4.1 A caster, play-by-play or colour, is paid per match. A caster booked for a whole "
        "tournament day is paid ₩1,150,000 for the day, for up to 4 matches.",
    ),
    (
        "p",
        "4.2 The per-match fee is ₩420,000 for a match of a Spring Split and ₩465,000 for a "
        "match of a Summer Split. A match played outside both splits, such as an off-season "
        "showmatch or exhibition, is paid at the rate of the split that ended last before it.",
    ),
    (
        "p",
        "4.3 The first and last days of each split are those of the League's season schedule; "
        "the last day of a split is the day of its grand final.",
    ),
    (
        "p",
        "4.4 A playoff final other than the grand final is paid ₩690,000 per match. The grand "
        "final of a split is paid ₩1,250,000 for the whole series, whatever the number of maps.",
    ),
    (
        "p",
        "4.5 When a series runs past its scheduled end, each started half-hour beyond that end "
        "is paid ₩115,000.",
    ),
    (
        "p",
        "4.6 During the World Invitational, every match cast in the event window is paid "
        "₩560,000 instead of the split rate. The event window runs from the second day before "
        "the Invitational's opening day to the day after its grand final, both days included; "
        "the dates are those of the Invitational's official listing.",
    ),
    (
        "p",
        "4.7 For the Desert Cup exhibition in Riyadh (Saudi Arabia), the League pays casters "
        "SAR 4,800 per match day, with travel and hotel booked by the League; it is the only "
        "amount of this agreement that is not in won.",
    ),
    ("art", "Article 5 – Supplements"),
    (
        "p",
        "5.1 A bilingual caster who casts the same match in French for the second-language "
        "broadcast is paid a supplement of ₩135,000 per match.",
    ),
    (
        "p",
        "5.2 Work on a public holiday is paid at twice the fee. The public holidays are "
        "1 January, Republic Day (22 May), Harvest Monday (the first Monday of October), "
        "25 December and 26 December.",
    ),
    (
        "p",
        "5.3 From a caster's 50th ECS match, a senior supplement of ₩55,000 is paid per match. "
        "For this count an Academy Circuit match counts as half a match; the League keeps the "
        "count and prints it on the payroll statement.",
    ),
    ("art", "Article 6 – Hosts, observers, cosplay hosts and co-streams"),
    (
        "p",
        "6.1 A desk host, or an interviewer at a live final, is paid ₩980,000 per broadcast day.",
    ),
    (
        "p",
        "6.2 An observer or camera operator who appears on air is paid ₩610,000 per broadcast day.",
    ),
    ("p", "6.3 A cosplay host on stage is paid ₩575,000 per call."),
    (
        "p",
        "6.4 A streamer hired to co-stream an official event is paid ₩850,000 per event and 35 "
        "per cent of the co-stream's net advertising revenue, paid in the quarter after the "
        "event.",
    ),
    ("art", "Article 7 – Invoices, payment, travel and away events"),
    (
        "p",
        "7.1 Fees are paid no later than 30 days after the end of the month in which the "
        "employer receives the performer's invoice.",
    ),
    (
        "p",
        "7.2 Invoices are filed on the League's portal by 23:59 Calderwick time on the date the "
        "League sets in a notice. An invoice filed late is paid with the next payment run.",
    ),
    (
        "p",
        "7.3 Travel is paid ₩620 per km for each km of the round trip beyond the first 60 km.",
    ),
    (
        "p",
        "7.4 For an away event the employer books a single room and pays a per diem of ₩92,000 "
        "for each day away from home.",
    ),
    ("art", "Article 8 – Cancellation"),
    (
        "p",
        "8.1 A booking cancelled by the employer is paid according to the notice given: 15 days "
        "or more, nothing; 7 to 14 days, 30 per cent of the booked fee; 3 to 6 days, 60 per "
        "cent; less than 3 days, 100 per cent.",
    ),
    ("art", "Article 9 – Highlight clips"),
    (
        "p",
        "9.1 Highlight clips in which the performer is heard or seen may be used for 45 days "
        "after the match without a further fee. After that, each clip is paid ₩38,000 for each "
        "further period of 30 days of use.",
    ),
    ("part", "Part C – Game voice work"),
    ("art", "Article 10 – Announcer sessions"),
    (
        "p",
        "10.1 An in-game announcer session is paid ₩8,500 per recorded line, with a minimum of "
        "₩530,000 for a session of up to 4 hours.",
    ),
    ("art", "Article 11 – Pickups"),
    (
        "p",
        "11.1 A line re-recorded at the studio's request (a pickup) is paid ₩4,200 per line.",
    ),
    ("art", "Article 12 – Release of recorded lines"),
    (
        "p",
        "12.1 No recorded line is released, in the game or in its marketing, before the game's "
        "public launch.",
    ),
    (
        "p",
        "12.2 If the launch moves more than 90 days after the launch date named in the session "
        "contract, the performer may withdraw the unreleased lines by written notice, without "
        "repaying any fee.",
    ),
    ("part", "Part D – Disputes"),
    ("art", "Article 13 – Grievances"),
    (
        "p",
        "13.1 A grievance is raised in writing within 30 days of the event it concerns. The "
        "parties meet within 10 working days; a grievance not settled goes to the Joint Rates "
        "Committee of the Guild and the employers.",
    ),
    ("part", "Part E – AI voices, clones and avatars"),
    ("art", "Article 14 – Uses and consent"),
    (
        "p",
        "14.1 This Part covers five uses: an AI casting voice trained on a caster's broadcasts "
        "(a synthetic caster for Academy Circuit matches); a voice clone of an in-game announcer "
        "used for new lines without a session; AI-generated highlight commentary; a digital "
        "avatar of a desk host on ECS Live; and broadcast archives used to train a model.",
    ),
    (
        "p",
        "14.2 Each use needs the performer's written consent on Form AV-7, one form for each use "
        "and each employer. A general consent is void. Consent is never a condition of "
        "engagement.",
    ),
    ("art", "Article 15 – AI casting voices"),
    (
        "p",
        "15.1 The recording session for an AI casting voice, of up to 3 hours, is paid "
        "₩720,000. The licence of an AI casting voice is ₩1,900,000 per split.",
    ),
    (
        "p",
        "15.2 An AI casting voice is used only for Academy Circuit matches. A synthetic voice is "
        "never used for a final or a grand final.",
    ),
    ("art", "Article 16 – Voice clones"),
    (
        "p",
        "16.1 The licence of a voice clone is ₩1,080,000 for a licence period of six months, and "
        "each generated line is paid ₩640. A clone generates no more than 2,500 lines in a "
        "licence period.",
    ),
    (
        "p",
        "16.2 The licence period starts on the day of the first generated line and ends on the "
        "same day of the sixth month after it; where that month has no such day, on the last day "
        "of that month (a licence whose first line is generated on 31 August ends on the last "
        "day of February: 28 February, or 29 February in a leap year).",
    ),
    ("art", "Article 17 – Highlights and avatars"),
    (
        "p",
        "17.1 AI-generated highlight commentary in a caster's voice is paid ₩27,000 per clip.",
    ),
    (
        "p",
        "17.2 A digital avatar of a desk host is paid ₩310,000 for each broadcast day on which it "
        "appears on ECS Live.",
    ),
    ("art", "Article 18 – Training and disclosure"),
    (
        "p",
        "18.1 Broadcast archives may be used to train a model only with the consent of every "
        "performer heard or seen in them, for a fee of one million two hundred thousand won "
        "(₩1,200,000) per training run. No archive, voice or likeness is used to train a "
        "general-purpose model, even with the performer's consent.",
    ),
    (
        "p",
        '18.2 Whenever a synthetic voice speaks, the stream shows the line "AI voice – generated '
        "from a real caster's recordings, with consent\" for as long as it speaks. The "
        "French-language stream shows the French version of the line, which the Guild publishes.",
    ),
    ("art", "Article 19 – Withdrawal, deletion, audit and the Joint Committee"),
    (
        "p",
        "19.1 A performer may withdraw a consent on 45 days' written notice, on Form AV-9.",
    ),
    (
        "p",
        "19.2 The employer deletes the recordings, data and models of the use within 30 days "
        "after the withdrawal takes effect and sends the performer a certificate of deletion.",
    ),
    (
        "p",
        "19.3 The Guild may audit the use logs once per split, on 10 working days' notice.",
    ),
    (
        "p",
        "19.4 A Joint Committee on AI Voices and Avatars of three members named by the Guild and "
        "three named by the employers hears complaints under this Part and reviews new uses. "
        "The Guild announces the date of its first meeting to its members.",
    ),
    (
        "p",
        "19.5 The Joint Committee has an annual budget of ₩2.4 bn, shared equally by the League "
        "and the Network; bn stands for billion: the budget is two thousand four hundred "
        "million won a year. It is a budget, not a rate.",
    ),
    ("sched", "Schedule A – Fees at a glance"),
    ("sig", "Signed at Calderwick on Friday 12 December 2025"),
]

SCHEDULE_A: list[tuple[str, str]] = [
    ("Per match, Spring Split (clause 4.2)", "₩420,000"),
    ("Per match, Summer Split (clause 4.2)", "₩465,000"),
    ("Tournament day, up to 4 matches (clause 4.1)", "₩1,150,000"),
    ("Playoff final, per match (clause 4.4)", "₩690,000"),
    ("Grand final, whole series (clause 4.4)", "₩1,250,000"),
    ("Minimum call (clause 3.2)", "₩840,000"),
    ("Overtime, per started half-hour (clause 4.5)", "₩115,000"),
    ("World Invitational, per match in the event window (clause 4.6)", "₩560,000"),
    ("Second-language supplement, per match (clause 5.1)", "₩135,000"),
    ("Senior supplement, per match (clause 5.3)", "₩55,000"),
    ("Desk host or interviewer, per broadcast day (clause 6.1)", "₩980,000"),
    ("Observer or camera operator on air, per broadcast day (clause 6.2)", "₩610,000"),
    ("Cosplay host on stage, per call (clause 6.3)", "₩575,000"),
    ("Co-stream, per event, plus 35 per cent of net ad revenue (clause 6.4)", "₩850,000"),
    ("Travel, per km beyond the first 60 km (clause 7.3)", "₩620"),
    ("Per diem, per day away (clause 7.4)", "₩92,000"),
    ("Highlight clip, per further 30 days (clause 9.1)", "₩38,000"),
    ("Announcer line (clause 10.1)", "₩8,500"),
    ("Announcer session minimum (clause 10.1)", "₩530,000"),
    ("Pickup, per line (clause 11.1)", "₩4,200"),
    ("AI casting voice, recording session (clause 15.1)", "₩720,000"),
    ("AI casting voice, licence per split (clause 15.1)", "₩1,900,000"),
    ("Voice clone, licence per period (clause 16.1)", "₩1,080,000"),
    ("Voice clone, per generated line (clause 16.1)", "₩640"),
    ("AI highlight commentary, per clip (clause 17.1)", "₩27,000"),
    ("Desk host avatar, per broadcast day (clause 17.2)", "₩310,000"),
    ("Training on broadcast archives, per run (clause 18.1)", "₩1,200,000"),
]
SCHEDULE_NOTE = (
    "Public holidays are paid at twice the fee (clause 5.2). The cancellation scale is in "
    "clause 8.1."
)
SIGNATURES = [
    "For the Guild: Imogen Farraday-Nkemelu, president; Tobias Quennevelle, rates officer.",
    "For the League: Marcus Delacroix-Adeyemi, chair.",
    "For the Network: Hanne Ostergaard-Mbeki, for the member studios.",
]


def _toc_entries() -> list[str]:
    return [t for k, t in AGREEMENT if k in ("part", "sched")]


def toc_line(entry: str, pages: dict[str, int] | None) -> str:
    return f"{entry}, page {pages[entry] if pages else 0}"


def agreement_text(pages: dict[str, int] | None = None) -> str:
    lines = [A_TITLE, A_SUB, "Contents"]
    for entry in _toc_entries():
        lines.append(toc_line(entry, pages) if pages else entry)
    for kind, text in AGREEMENT:
        if kind == "sched":
            lines.append(text)
            lines += [f"{label}: {amount}" for label, amount in SCHEDULE_A]
            lines.append(SCHEDULE_NOTE)
        elif kind == "sig":
            lines.append(text)
            lines += SIGNATURES
        else:
            lines.append(text)
    return "\n".join(lines)


# ---- the League's notice (French) ---------------------------------------------------------------

N_TITLE = "Avis n° 2026-11 de la Ligue"
N_SUB = "Facturation du split d'été 2026 et des matchs d'exhibition – dates de paiement"
N_HEAD = "Ligue des organisateurs de tournois d'Estravelle (LOTE) – Calderwick, le lundi 30 novembre 2026"
N_FOOTER = "LOTE – avis n° 2026-11 – page {page} sur {pages}"
N_BLOCKS: list[tuple[str, str]] = [
    (
        "p",
        "Le présent avis s'adresse aux commentateurs, animateurs, observateurs et co-streamers "
        "engagés par la Ligue pendant le split d'été 2026 et pour les matchs d'exhibition de "
        "l'automne. Il fixe la date limite de facturation prévue par l'article 7.2 de l'accord "
        "des artistes de diffusion esport 2026–2028 et rappelle les dates de paiement.",
    ),
    ("h", "Point 1 – Date limite de facturation"),
    (
        "p",
        "Les factures du split d'été 2026 et des matchs d'exhibition joués jusqu'au "
        "dimanche 29 novembre 2026 sont déposées sur le portail de la Ligue au plus tard le "
        "vendredi 18 décembre 2026 à 23 h 59, heure de Calderwick (UTC−4). Le portail "
        "affiche cette limite sous la forme 2026-12-18T23:59-04:00 et se ferme "
        "automatiquement à cette heure.",
    ),
    (
        "p",
        "Une facture déposée après cette limite n'est pas perdue : elle est payée avec le cycle "
        "de paiement suivant. Les factures des matchs joués à partir du lundi 30 novembre 2026 "
        "feront l'objet d'un avis distinct.",
    ),
    ("h", "Point 2 – Dates de paiement"),
    (
        "p",
        "Selon l'article 7.1 de l'accord, les cachets sont payés au plus tard 30 jours après la "
        "fin du mois au cours duquel la Ligue reçoit la facture. Par exemple, une facture reçue "
        "le 12 novembre 2026 est payée au plus tard le 30 décembre 2026 : la fin du mois de "
        "réception est le 30 novembre, et 30 jours plus tard, le 30 décembre.",
    ),
    (
        "p",
        "Une facture reçue en décembre 2026 est payée au plus tard le 30 janvier 2027. Le délai "
        "ne court pas à partir de la date de la facture, ni à partir du match.",
    ),
    ("h", "Point 3 – Rectificatif"),
    (
        "p",
        f"L'avis n° 2026-09 indiquait par erreur {fr('151 000')} pour chaque demi-heure entamée "
        f"après la fin prévue d'une série. Il faut lire {fr('115 000')}, comme à l'article 4.5 de "
        "l'accord. Les heures supplémentaires déjà payées au bon montant ne changent pas.",
    ),
    ("h", "Point 4 – Rappels"),
    (
        "p",
        f"Le cachet de la grande finale du split d'été 2026 est de "
        f"{fr('1 250 000')} pour toute la série. Le cachet de co-stream est de {fr('850 000')} "
        "par événement ; la part de 35 % des revenus publicitaires nets est versée par la "
        "plateforme partenaire au trimestre suivant l'événement.",
    ),
    (
        "p",
        "Chaque facture porte le numéro de membre de la Guilde, la liste des matchs avec leur "
        "numéro et leur date, et les kilomètres parcourus. Les justificatifs d'hôtel ne sont "
        "pas nécessaires : l'hôtel est réservé par la Ligue.",
    ),
    ("h", "Point 5 – Contact"),
    (
        "p",
        "Service de la paie de la Ligue, 1 Foundry Walk, Calderwick CW1 2FA, poste 4410, du "
        "lundi au vendredi de 9 h à 17 h, heure de Calderwick.",
    ),
]


COUPON: list[tuple[str, str]] = [
    ("h", "Coupon-réponse – à renvoyer au service de la paie avec votre facture"),
    ("p", "Nom et prénom : ________________________________________"),
    ("p", "Numéro de membre de la Guilde : ________________________"),
    ("p", "☐ Je dépose ma facture sur le portail avant la date limite."),
    ("p", "☐ Je demande une copie papier de l'avis."),
]


def notice_text() -> str:
    lines = [N_TITLE, N_SUB, N_HEAD]
    lines += [text for _, text in N_BLOCKS]
    lines.append("✂")
    lines += [text for _, text in COUPON]
    return "\n".join(lines)


def footer_numbers(pages: int) -> set[str]:
    out = {str(pages)}
    for i in range(1, pages + 1):
        out.add(str(i))
    out |= {"2026", "2028", "11"}
    return out


def line_numbers() -> set[str]:
    return {str(i) for i in range(1, 60)}


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
TOP = 18.0
BODY = 10.0
LH = 5.2
BOTTOM = 272.0


def _doc(footer: str):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def footer(self) -> None:
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
    pdf.alias_nb_pages()
    return pdf


NUM_X = 8.0


class _Numberer:
    """Draws each text line with its number in the left margin, restarting on each page."""

    def __init__(self, pdf) -> None:
        self.pdf = pdf
        self.n = 0

    def new_page(self) -> float:
        self.pdf.add_page()
        self.n = 0
        self.pdf.set_draw_color(150, 150, 150)
        self.pdf.line(MARGIN - 3, TOP - 4, MARGIN - 3, BOTTOM + 2)
        return TOP

    def line(self, y: float, text: str, style: str, size: float, x: float = MARGIN) -> None:
        if text[:1].isdigit() and not re.match(r"\d+\.\d+ [A-Z]", text):
            raise SystemExit(f"a numbered line starts with a figure: {text!r}")
        pdf = self.pdf
        self.n += 1
        pdf.set_font(FONT, "", 7)
        pdf.set_text_color(120, 120, 120)
        pdf.set_xy(NUM_X, y)
        pdf.cell(8, LH, str(self.n), align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font(FONT, style, size)
        pdf.set_xy(x, y)
        pdf.cell(pdf.w - MARGIN - x, LH, text)


def _agreement(pages: dict[str, int] | None):
    pdf = _doc(A_FOOTER)
    pdf.set_title(A_TITLE)
    pdf.set_author("EBPG, ETOL and NGSE")
    pdf.set_creation_date(datetime.datetime(2025, 12, 12, 12, 0, tzinfo=datetime.UTC))
    num = _Numberer(pdf)
    found: dict[str, int] = {}
    full = pdf.w - 2 * MARGIN
    y = num.new_page() + 14
    num.line(y, A_TITLE, "B", 14)
    y += LH + 4
    pdf.set_font(FONT, "I", 10)
    for line in wrap(pdf, A_SUB, full):
        num.line(y, line, "I", 10)
        y += LH + 1
    y += 8
    num.line(y, "Contents", "B", 12)
    y += LH + 4
    for entry in _toc_entries():
        num.line(y, toc_line(entry, pages), "", BODY, MARGIN + 6)
        y += LH + 1.5
    y = num.new_page()
    for kind, text in AGREEMENT:
        if kind == "part":
            if y > BOTTOM - 30:
                y = num.new_page()
            found[text] = pdf.page_no()
            num.line(y + 2, text, "B", 12)
            y += LH + 6
            continue
        if kind == "art":
            if y > BOTTOM - 20:
                y = num.new_page()
            num.line(y + 1, text, "B", 10.5)
            y += LH + 3
            continue
        if kind == "sched":
            y = num.new_page()
            found[text] = pdf.page_no()
            num.line(y, text, "B", 12)
            y += LH + 5
            for label, amount in SCHEDULE_A:
                num.line(y, f"{label}: {amount}", "", 9.5)
                y += LH + 1
            y += 3
            pdf.set_font(FONT, "I", 9.5)
            for line in wrap(pdf, SCHEDULE_NOTE, full):
                num.line(y, line, "I", 9.5)
                y += LH + 1
            continue
        if kind == "sig":
            y += 8
            num.line(y, text, "B", BODY)
            y += LH + 3
            for line in SIGNATURES:
                num.line(y, line, "", BODY)
                y += LH + 1
            continue
        pdf.set_font(FONT, "", BODY)
        lines = wrap(pdf, text, full)
        if y + len(lines) * (LH + 0.6) > BOTTOM:
            y = num.new_page()
        for line in lines:
            num.line(y, line, "", BODY)
            y += LH + 0.6
        y += 2
    return pdf, found


def agreement_pages() -> dict[str, int]:
    _, found = _agreement(None)
    return found


def build_agreement(write: bool = True) -> bytes:
    pages = agreement_pages()
    pdf, found = _agreement(pages)
    if found != pages:
        raise SystemExit("the table of contents moved the pages")
    data = bytes(pdf.output())
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print("wrote", AGREEMENT_OUT, pdf.page_no(), "pages")
    return data


def _notice():
    pdf = _doc(N_FOOTER)
    pdf.set_title(N_TITLE)
    pdf.set_author("Ligue des organisateurs de tournois d'Estravelle")
    pdf.set_creation_date(datetime.datetime(2026, 11, 30, 12, 0, tzinfo=datetime.UTC))
    full = pdf.w - 2 * MARGIN
    pdf.add_page()
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(full, 8, N_TITLE)
    y = TOP + 9
    pdf.set_font(FONT, "B", BODY)
    for line in wrap(pdf, N_SUB, full):
        pdf.set_xy(MARGIN, y)
        pdf.cell(full, LH, line)
        y += LH
    pdf.set_font(FONT, "I", 9)
    for line in wrap(pdf, N_HEAD, full):
        pdf.set_xy(MARGIN, y)
        pdf.cell(full, LH, line)
        y += LH
    y += 4
    for kind, text in N_BLOCKS:
        if kind == "h":
            pdf.set_font(FONT, "B", BODY + 0.5)
            pdf.set_xy(MARGIN, y + 1)
            pdf.cell(full, 6, text)
            y += 8
            continue
        pdf.set_font(FONT, "", BODY)
        lines = wrap(pdf, text, full)
        if y + len(lines) * LH > BOTTOM:
            pdf.add_page()
            y = TOP
        for line in lines:
            pdf.set_xy(MARGIN, y)
            pdf.cell(full, LH, line)
            y += LH
        y += 2.5
    # the tear-off reply coupon, below a dashed cut line (on a page of its own if need be)
    y += 6
    if y + 48 > BOTTOM:
        pdf.add_page()
        y = TOP + 150
    pdf.set_draw_color(0, 0, 0)
    pdf.set_dash_pattern(dash=2, gap=1.5)
    pdf.line(MARGIN + 7, y + 2.5, pdf.w - MARGIN, y + 2.5)
    pdf.set_dash_pattern()
    pdf.set_font(FONT, "", 12)
    pdf.set_xy(MARGIN, y)
    pdf.cell(6, 5, "✂")
    y += 9
    for kind, text in COUPON:
        pdf.set_font(FONT, "B" if kind == "h" else "", BODY)
        pdf.set_xy(MARGIN, y)
        pdf.cell(full, LH, text)
        y += LH + (3 if kind == "h" else 2.5)
    if y > BOTTOM:
        raise SystemExit("the coupon does not fit on its page")
    return pdf


def build_notice(write: bool = True) -> bytes:
    pdf = _notice()
    data = bytes(pdf.output())
    if write:
        with open(NOTICE_OUT, "wb") as f:
            f.write(data)
        print("wrote", NOTICE_OUT, pdf.page_no(), "pages")
    return data


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_agreement()
    build_notice()
