#!/usr/bin/env python3
"""Build the three PDFs of union-ai (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-ai/make_pdf.py    # fpdf2 is in the venv

- docs/cspg-tsspc-creature-performance-agreement-2026-2029.pdf: the Creature Performance
  Agreement 2026-2029 in English. The clauses are set in TWO COLUMNS (they flow down the
  left column, then the right one, then onto the next page), some long words are
  HYPHENATED across line ends ("remu-" / "neration"; never a figure nor a phrase the
  questions quote), some words of the body are drawn with LIGATURE GLYPHS (U+FB01 "fi",
  U+FB02 "fl"), every page has a RUNNING FOOTER with the page number and "© 2026", and the
  last page holds the Schedule: three ruled tables, Table 3 with a "Line" column and ROLE
  LABELS MERGED VERTICALLY over the rows of their role. Table 3, line 4 prints the
  misprint "₺1.520,00" that the French erratum corrects; lines 2 and 13 print the interim
  rates that the arbitration award replaced.
- docs/cspg-rate-card-2026-27-season.pdf: the Guild's rate card for the 2026-27 season,
  one page, a table WITHOUT RULING LINES, amounts written with the code after the figure
  ("9.640,00 TL") and ALIGNED ON THEIR DECIMAL COMMA, FOOTNOTE MARKERS (¹ ² ³) after some
  figures, the notes under the table.
- docs/erratum-1-tableau-3-ligne-4.pdf: the French erratum No. 1 (one page): "Tableau 3,
  ligne 4 : au lieu de ₺1.520,00, lire ₺1.250,00".

DejaVu Sans (/usr/share/fonts/truetype/dejavu) draws ₺, U+202F, ¹ ² ³ and the ligatures.
Lines are broken by this script, never inside an amount, a percentage, a date, a clause
reference or a phrase the questions quote (TIES). `agreement_text()`, `ratecard_text()`
and `erratum_text()` return the text without ligatures or hyphenation for check_set.py
(table cells joined by " | "); `agreement_breaks()` returns the words hyphenated at a line
end. Fixed creation dates: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(
    HERE, "docs", "cspg-tsspc-creature-performance-agreement-2026-2029.pdf"
)
RATECARD_OUT = os.path.join(HERE, "docs", "cspg-rate-card-2026-27-season.pdf")
ERRATUM_OUT = os.path.join(HERE, "docs", "erratum-1-tableau-3-ligne-4.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
NB = "\u00a0"
NNB = "\u202f"
TIE = "\u0001"  # a space the line breaker must not break at (never in the output)

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MOIS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
TIES = [
    re.compile(r"₺\d{1,3}(?:\.\d{3})*,\d\d"),
    re.compile(r"\d{1,3}(?:\.\d{3})*,\d\d TL"),
    re.compile(r"\d{1,3}(?: \d{3})*,\d\d ₺"),
    re.compile(
        r"\d+ (?:%|hours?|days?|minutes|kg|°C|productions|performances|working days|heures|jours)\b"
    ),
    re.compile(r"\d+,\d kg"),
    re.compile(r"\d+ °C"),
    re.compile(r"\bat least \d+ days\b"),
    re.compile(r"\bArt\. \d+\.\d+"),
    re.compile(r"\barticles? \d+(?:\.\d+)?\b"),
    re.compile(r"\bTable \d, line \d+"),
    re.compile(r"\bTableau \d, ligne \d+"),
    re.compile(r"\bline \d+\b"),
    re.compile(rf"\b\d{{1,2}} (?:{_MONTHS}) \d{{4}}\b"),
    re.compile(rf"\b1st (?:{_MONTHS}) \d{{4}}\b"),
    re.compile(rf"\b1er (?:{_MOIS}) \d{{4}}\b"),
    re.compile(rf"\b\d{{1,2}} (?:{_MOIS}) \d{{4}}\b"),
    re.compile(r"\bthe 20\d\d–\d\d season\b"),
    re.compile(r"\bsaison 20\d\d–\d\d\b"),
    re.compile(r"\bForm DC-7\b"),
    re.compile(r"\bStage 9\b"),
    re.compile(r"\bonce a year\b"),
    re.compile(r"\bnot carried over\b"),
    re.compile(r"\bsuit over 25 kg\b"),
    re.compile(r"\bno more than 40 minutes\b"),
    re.compile(r"\bno longer than 4 hours\b"),
    re.compile(r"\bwithin 30 days\b"),
    re.compile(r"\bno more than 4 productions\b"),
    re.compile(r"\bDigital creature based on the performance of\b"),
    re.compile(r"\bErratum No\. 1\b"),
    re.compile(r"\berratum n° 1\b", re.I),
    re.compile(r"\b\d\d:\d\d–\d\d:\d\d\b"),
    re.compile(r" [;:!?»]"),
    re.compile(r"« "),
]

# long lower-case words may be hyphenated at a line end, between two letters, keeping at
# least four letters on each side ("remu-" / "neration"); never a tied phrase, a word with
# a capital, a digit or punctuation inside
HYPHEN_MIN = 9
_WORD = re.compile(r"^[a-z\ufb01\ufb02]+([.,;:]?)$")


def _plain(w: str) -> str:
    return w.replace("\ufb01", "fi").replace("\ufb02", "fl").rstrip(".,;:")


def _hyphen_point(w: str, fits) -> int:
    """The largest cut of `w` (after 4+ letters, before 4+ letters) whose head fits."""
    m = _WORD.match(w)
    if not m or len(_plain(w)) < HYPHEN_MIN:
        return 0
    core = len(w) - len(m.group(1))
    for cut in range(core - 4, 3, -1):
        if fits(w[:cut]):
            return cut
    return 0


# words drawn with the ligature glyphs U+FB01 / U+FB02 in the agreement's body
LIGATURE_WORDS = [
    "first",
    "fitting",
    "fittings",
    "fitted",
    "final",
    "file",
    "files",
    "confirms",
    "defined",
    "flow",
    "floor",
    "flat",
    "conflict",
    "benefit",
    "specific",
    "profile",
    "notified",
]

# ---- the agreement ----------------------------------------------------------------------

FOOTER = "CSPG / TSSPC – Creature Performance Agreement 2026–2029 – page {n} of {{nb}} – © 2026"
A_TITLE = "Creature Performance Agreement 2026–2029"
A_SUB = (
    "between the Creature, Suit and Prosthetic Performers' Guild of Tarvessa (CSPG; in "
    "French, Guilde des interprètes de créatures, de costumes et de prothèses de Tarvessa, "
    "GICCP) and the Tarvessa Screen and Stage Producers' Council (TSSPC; in French, Conseil "
    "des producteurs de l'écran et de la scène de Tarvessa, CPEST)"
)

AGREEMENT: list[tuple[str, str]] = [
    ("part", "Part I – General"),
    ("art", "Article 1 – Parties, scope and amounts"),
    (
        "p",
        "Art. 1.1 This Agreement binds the Council, for its members Hollowpeak Pictures, "
        "Greywater Studios Ltd, Lanternfish Live and Productions Mirecourt, and the Guild "
        "whenever a member of the Guild is engaged in Tarvessa to perform inside a creature "
        "suit, under prosthetic makeup, as the puppeteer of an animatronic creature, as a "
        "motion-reference performer, on stilts or extensions, for a lifecast or a fitting, or "
        "as a creature in a live show, for film, television, live stage shows and commercials.",
    ),
    (
        "p",
        "Art. 1.2 Amounts are in Tarvessan lira. They are written with the symbol before the "
        "figure, a dot between the thousands and a comma before the kuruş, as in ₺1.250,50, "
        "which is one thousand two hundred and fifty lira and fifty kuruş; the code may follow "
        "the figure instead, as in 1.250,50 TL. One lira is 100 kuruş, and an amount under "
        "one lira is written in kuruş, as in 75 kuruş.",
    ),
    (
        "p",
        "Art. 1.3 Percentages are written with the sign before the number, as in %20. The "
        "English and French texts of this Agreement are equally authentic.",
    ),
    ("art", "Article 2 – Term and seasons"),
    (
        "p",
        "Art. 2.1 This Agreement runs for three seasons, from 1 September 2026 to 31 August 2029.",
    ),
    (
        "p",
        'Art. 2.2 A season runs from 1 September to 31 August: "the 2027–28 season" means '
        "1 September 2027 to 31 August 2028, and the other seasons are defined in the same "
        "way. Table 3 sets the rates of the 2026–27 season and of the 2027–28 season; the "
        "parties set the rates of the 2028–29 season by 1 June 2028.",
    ),
    (
        "p",
        "Art. 2.3 A day of work is paid at the rate of the season in which it is worked, "
        "whatever the date of the booking.",
    ),
    ("art", "Article 3 – Interim rates and arbitration"),
    (
        "p",
        "Art. 3.1 The parties did not agree on the heavy-suit supplement (Table 3, line 2) "
        "or on the live-show performance fee (Table 3, line 13). The figures printed on those "
        "two lines are interim rates, paid from 1 September 2026 pending arbitration.",
    ),
    (
        "p",
        "Art. 3.2 The dispute goes to a single arbitrator of the Tarvessa Labour Arbitration "
        "Panel. The award fixes the two rates and the date from which they apply, and binds "
        "both parties for the rest of this Agreement; no other remuneration is reopened.",
    ),
    ("part", "Part II – Engagements, pay and safety"),
    ("art", "Article 4 – Suit performers"),
    (
        "p",
        "Art. 4.1 A suit performer, who works inside a full-body creature suit, is engaged "
        "per shoot day of 10 hours at the shoot day rate in Table 3.",
    ),
    (
        "p",
        "Art. 4.2 A heavy-suit supplement is paid for each day on which a suit performer wears "
        "a suit over 25 kg, weighed with its head at the fitting. A suit of 38 kg, such as the "
        "troll suit CR-1250 in the Greywater store, always qualifies.",
    ),
    (
        "p",
        "Art. 4.3 A suit performer spends no more than 40 minutes at a stretch in a closed "
        "suit. A cooling break of at least 15 minutes, with the head off and in the shade, "
        "follows every stretch; the first assistant director keeps the time.",
    ),
    (
        "p",
        "Art. 4.4 The producer supplies a cooling vest for every suit performer, at its own "
        "cost, and the vest is worn under the suit whenever the temperature on the stage "
        "floor is above 32 °C, as it often is under the lights of Stage 9.",
    ),
    (
        "p",
        "Art. 4.5 A suit wrangler, acting as spotter, stays within arm's reach of a suit "
        "performer whenever the suit or the head limits the performer's vision, on set, "
        "between set-ups and on every stair.",
    ),
    (
        "p",
        "Art. 4.6 No animatronic head or headpiece worn by a performer may weigh more than "
        "4,5 kg, batteries included. The manufacturer's weight is checked at the fitting.",
    ),
    ("art", "Article 5 – Prosthetic-makeup performers"),
    (
        "p",
        "Art. 5.1 A prosthetic-makeup performer is paid the day rate in Table 3 for a day of "
        "10 hours on set, plus chair time and removal time.",
    ),
    (
        "p",
        "Art. 5.2 Chair time is each hour in the makeup chair before the call to set, paid at "
        "the chair-time rate in Table 3; removal time is each hour taken to remove the "
        "prosthetics after wrap, paid at the removal-time rate. A started half-hour counts as "
        "half an hour.",
    ),
    (
        "p",
        "Art. 5.3 A skin patch test of every new prosthetic material and of its adhesives "
        "is done at least 7 days before the prosthetics are first applied. A performer who "
        "reacts to the test is not asked to wear the material.",
    ),
    (
        "p",
        "Art. 5.4 Scleral contact lenses are worn no longer than 4 hours a day and are fitted "
        "by an optician. The producer pays a lens allowance of ₺340,00 for each day on which "
        "scleral lenses are worn.",
    ),
    ("art", "Article 6 – Puppeteers, motion reference, stilts and extensions"),
    (
        "p",
        "Art. 6.1 An animatronic puppeteer, who operates a creature's head, eyes or mouth by "
        "remote control, is paid per day at the rate in Table 3.",
    ),
    (
        "p",
        "Art. 6.2 A motion-reference performer, whose movement guides a computer-generated "
        "creature, is paid per day at the rate in Table 3. Recording that movement for a "
        "motion library is governed by article 13.",
    ),
    (
        "p",
        "Art. 6.3 A stilt and extension performer is paid per day at the rate in Table 3 and "
        "a fall-risk supplement for each day on stilts or arm extensions. A spotter is "
        "present at every rehearsal on stilts.",
    ),
    ("art", "Article 7 – Hours and rest"),
    (
        "p",
        "Art. 7.1 Every performer has a rest of at least 9 hours between the end of one day "
        "of work and the start of the next.",
    ),
    (
        "p",
        "Art. 7.2 Work past 10 hours in a day is overtime, paid for each hour at one tenth of "
        "the day rate increased by %50.",
    ),
    (
        "p",
        "Art. 7.3 A prosthetic-makeup performer has a rest of at least 11 hours between the "
        "end of removal time and the next call to the makeup chair.",
    ),
    (
        "p",
        "Art. 7.4 Night work, between 22:00–06:00 hours, carries a premium of %20 of the "
        "hourly equivalent of the day rate.",
    ),
    ("art", "Article 8 – Lifecasting and fittings"),
    (
        "p",
        "Art. 8.1 A lifecasting session, a full-body cast or a head cast, is paid per session "
        "at the rates in Table 3. A session lasts no more than 3 hours, the nostrils are never "
        "covered and a second technician is present throughout.",
    ),
    (
        "p",
        "Art. 8.2 A fitting is paid per hour at the fitting rate in Table 3, with a minimum "
        "call of 3 hours, even when the fitting ends early.",
    ),
    ("art", "Article 9 – Live shows"),
    (
        "p",
        "Art. 9.1 A live-show creature performer is paid per performance in a run at the rate "
        "in Table 3, with no more than two performances in a day. Rehearsals before the first "
        "performance are paid at the suit performer's shoot day rate.",
    ),
    ("art", "Article 10 – Allowances"),
    (
        "p",
        "Art. 10.1 The producer pays a kit and hygiene allowance of ₺2.150,00 a year to each "
        "performer engaged for 20 days or more in a season, for brushes, adhesives, removers "
        "and skin care. It is paid with the first pay of the season.",
    ),
    ("art", "Article 11 – Re-use of footage"),
    (
        "p",
        "Art. 11.1 When footage of a performer is used in a second production, the performer "
        "is paid %35 of the day fees of the days used (under the 2023–2026 agreement: %25).",
    ),
    ("part", "Part III – Digital creatures and artificial intelligence"),
    ("art", "Article 12 – Digital creature doubles"),
    (
        "p",
        "Art. 12.1 A digital creature double is a scan of a performer, in or out of a suit or "
        "prosthetics, used to make a computer-generated double of the creature.",
    ),
    (
        "p",
        "Art. 12.2 A scan is made only with the performer's written consent for each "
        "production, given on Form DC-7. Consent for one production is never consent for "
        "another, and a performer may refuse without giving reasons.",
    ),
    (
        "p",
        "Art. 12.3 The producer pays a scan fee of ₺4.850,00 per scan session, and ₺6.300,00 "
        "for each further production that re-uses the double.",
    ),
    ("art", "Article 13 – Motion libraries"),
    (
        "p",
        "Art. 13.1 A motion library keeps a performer's recorded movement to animate other "
        "creatures. It is recorded only with the performer's written consent.",
    ),
    ("p", "Art. 13.2 The producer pays ₺3.740,00 for each library session."),
    (
        "p",
        "Art. 13.3 No motion library may be used to train a general-purpose creature-animation "
        "model unless the producer pays the performer a separate licence fee of ₺18.900,00 "
        "for each model.",
    ),
    ("art", "Article 14 – Performance transfer"),
    (
        "p",
        "Art. 14.1 Performance transfer is the use of AI to retarget a performer's movement "
        "onto a different creature or character. It needs the performer's written consent "
        "for each production and a fee of ₺5.150,00 per production.",
    ),
    ("art", "Article 15 – Vocal effects libraries"),
    (
        "p",
        "Art. 15.1 Growls, roars, breaths and other vocal effects recorded for a library are "
        "paid ₺2.960,00 per session.",
    ),
    (
        "p",
        "Art. 15.2 A vocal effects recording may be re-used in no more than 4 productions, "
        "the first one included.",
    ),
    ("art", "Article 16 – Deletion"),
    (
        "p",
        "Art. 16.1 On a performer's written request, the producer deletes every scan and all "
        "motion data of that performer within 30 days and confirms the deletion in writing.",
    ),
    ("art", "Article 17 – Credit"),
    (
        "p",
        "Art. 17.1 A performer whose performance is used for a digital creature is credited "
        'as follows: "Digital creature based on the performance of" and the performer\'s name.',
    ),
    ("art", "Article 18 – Audit"),
    (
        "p",
        "Art. 18.1 The Guild may audit each producer's files of scans, motion libraries and "
        "AI use once a year, on 15 working days' notice. The first audit may not begin "
        "before 1 March 2027.",
    ),
    ("part", "Part IV – Previous agreement and final provisions"),
    ("art", "Article 19 – The 2023–2026 agreement"),
    (
        "p",
        "Art. 19.1 Article 21.2 of the Creature Performance Agreement 2023–2026, the lens "
        "allowance for scleral lenses, is kept, as article 5.4 of this Agreement.",
    ),
    (
        "p",
        "Art. 19.2 Article 9.5 of the 2023–2026 agreement, the wig-cleaning allowance of "
        "₺95,00 per day, is not carried over.",
    ),
    (
        "p",
        "Art. 19.3 The rest of the 2023–2026 agreement ended on 31 August 2026.",
    ),
    ("art", "Article 20 – Disputes"),
    (
        "p",
        "Art. 20.1 A dispute about this Agreement is first raised by the Guild's "
        "representative with the producer; if it is not settled within 10 working days it "
        "goes to the Joint Committee, then to arbitration.",
    ),
    ("art", "Article 21 – Signature"),
    (
        "sig",
        "Signed at Brennock on 28 August 2026. For the Guild: Ysolde Marchbank-Ouellet, "
        "President, and Tobias Quennell-Aubry, General Secretary. For the Council: Bernard "
        "Lysaght-Dumont, Chair.",
    ),
]

SCHED_TITLE = "Schedule – Tables 1 to 3"
T1_TITLE = "Table 1 – Premiums and allowances"
T1_HEAD = ["Item", "Rate"]
T1_ROWS = [
    ["Overtime past 10 hours (article 7.2)", "%50"],
    ["Night work, 22:00–06:00 (article 7.4)", "%20"],
    ["Re-use in a second production (article 11.1)", "%35"],
    ["Kit and hygiene allowance, a year (article 10.1)", "₺2.150,00"],
    ["Lens allowance, a day with scleral lenses (article 5.4)", "₺340,00"],
]
T2_TITLE = "Table 2 – Digital creatures and AI"
T2_HEAD = ["Item", "Fee"]
T2_ROWS = [
    ["Scan session for a digital creature double (article 12.3)", "₺4.850,00"],
    ["Each further production re-using a double (article 12.3)", "₺6.300,00"],
    ["Motion library session (article 13.2)", "₺3.740,00"],
    ["Licence fee for a general-purpose model (article 13.3)", "₺18.900,00"],
    ["Performance transfer, per production (article 14.1)", "₺5.150,00"],
    ["Vocal effects session (article 15.1)", "₺2.960,00"],
]
T3_TITLE = "Table 3 – Day, hourly, session and performance rates"
T3_HEAD = ["Line", "Role", "Item", "2026–27 season", "2027–28 season"]
# (role, [(line, item, 2026-27, 2027-28), ...]): the role label is merged over its rows
T3_GROUPS: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    (
        "Suit performer",
        [
            ("1", "Shoot day (10 hours)", "₺9.640,00", "₺10.120,00"),
            ("2", "Heavy-suit supplement, per day (interim)", "₺1.180,00", "₺1.180,00"),
        ],
    ),
    (
        "Prosthetic-makeup performer",
        [
            ("3", "Day (10 hours on set)", "₺9.260,00", "₺9.720,00"),
            ("4", "Chair time, per hour", "₺1.520,00", "₺1.310,00"),
            ("5", "Removal time, per hour", "₺1.090,00", "₺1.140,00"),
        ],
    ),
    ("Animatronic puppeteer", [("6", "Day", "₺8.470,00", "₺8.890,00")]),
    ("Motion-reference performer", [("7", "Day", "₺10.360,00", "₺10.880,00")]),
    (
        "Stilt and extension performer",
        [
            ("8", "Day", "₺9.880,00", "₺10.370,00"),
            ("9", "Fall-risk supplement, per day", "₺1.640,00", "₺1.720,00"),
        ],
    ),
    (
        "Lifecasting",
        [
            ("10", "Full-body cast, per session", "₺3.960,00", "₺4.150,00"),
            ("11", "Head cast, per session", "₺2.240,00", "₺2.350,00"),
        ],
    ),
    ("Fittings", [("12", "Per hour (minimum call 3 hours)", "₺780,00", "₺820,00")]),
    (
        "Live-show creature performer",
        [("13", "Per performance (interim)", "₺2.860,00", "₺2.860,00")],
    ),
]
SCHED_NOTE = (
    "Lines 2 and 13 are interim rates pending arbitration (article 3). Amounts are per "
    "person and per unit shown, before tax."
)


def _t3_rows() -> list[list[str]]:
    return [[line, role, item, a, b] for role, rows in T3_GROUPS for line, item, a, b in rows]


def agreement_lines() -> list[str]:
    lines = [A_TITLE, A_SUB]
    lines += [text for _, text in AGREEMENT]
    lines += [SCHED_TITLE, T1_TITLE, " | ".join(T1_HEAD)]
    lines += [" | ".join(r) for r in T1_ROWS]
    lines += [T2_TITLE, " | ".join(T2_HEAD)]
    lines += [" | ".join(r) for r in T2_ROWS]
    lines += [T3_TITLE, " | ".join(T3_HEAD)]
    lines += [" | ".join(r) for r in _t3_rows()]
    lines.append(SCHED_NOTE)
    return lines


def agreement_text() -> str:
    return "\n".join(agreement_lines())


# ---- the rate card ------------------------------------------------------------------------

RC_TITLE = "CSPG Rate Card – 2026–27 season"
RC_SUB = (
    "Issued by the Creature, Suit and Prosthetic Performers' Guild of Tarvessa on "
    "2 December 2026, from the Creature Performance Agreement 2026–2029, the arbitration "
    "award of 18 November 2026 and Erratum No. 1. Amounts are in lira with the code after "
    "the figure (9.640,00 TL), per person and before tax. The rates of the 2027–28 season "
    "are in Table 3 of the Agreement."
)
RC_HEAD = ["Role", "Item", "Unit", "Rate"]
# (role or "", item, unit, amount, marker)
RC_ROWS: list[tuple[str, str, str, str, str]] = [
    ("Suit performer", "Shoot day of 10 hours", "day", "9.640,00 TL", ""),
    ("", "Heavy-suit supplement", "day", "1.420,00 TL", "¹"),
    ("Prosthetic-makeup", "Day on set", "day", "9.260,00 TL", ""),
    ("", "Chair time", "hour", "1.250,00 TL", "²"),
    ("", "Removal time", "hour", "1.090,00 TL", ""),
    ("Animatronic puppeteer", "Day", "day", "8.470,00 TL", ""),
    ("Motion reference", "Day", "day", "10.360,00 TL", ""),
    ("Stilts and extensions", "Day", "day", "9.880,00 TL", ""),
    ("", "Fall-risk supplement", "day", "1.640,00 TL", "³"),
    ("Lifecasting", "Full-body cast", "session", "3.960,00 TL", ""),
    ("", "Head cast", "session", "2.240,00 TL", ""),
    ("Fittings", "Fitting (minimum call 3 hours)", "hour", "780,00 TL", ""),
    ("Live shows", "Creature performer", "performance", "3.140,00 TL", "¹"),
]
RC_NOTES: list[str] = [
    "¹ Rate fixed by the arbitration award of 18 November 2026 for work from "
    "1 December 2026; it replaces the interim rate printed in the Agreement.",
    "² Rate corrected by Erratum No. 1 (Table 3, line 4 of the Agreement).",
    "³ Paid for each day on stilts or arm extensions, rehearsals included.",
]
RC_MORE = [
    "Overtime past 10 hours: one tenth of the day rate per hour, increased by %50. Night "
    "work between 22:00–06:00 hours: %20 of the hourly equivalent.",
    "How to read this card: find your role in the first column; the items under it belong "
    "to the same role until the next role is named. A rate with a marker has a note under "
    "the table. Check each line of your payslip against the card and tell your steward "
    "about any difference before the next pay day. The Guild's first audit window for the "
    "files of scans and motion libraries opens on 1st March 2027.",
    "Kit and hygiene allowance, lens allowance and the fees for digital creature doubles, "
    "motion libraries, performance transfer and vocal effects are in Tables 1 and 2 of the "
    "Agreement and on the Guild's rates page.",
    "CSPG – 27 Tanner's Wharf, Brennock – rate card, one page",
]


def ratecard_rows() -> list[str]:
    return [
        " | ".join(x for x in (r[0], r[1], r[2], r[3] + (" " + r[4] if r[4] else "")) if x)
        for r in RC_ROWS
    ]


def ratecard_text() -> str:
    return "\n".join([RC_TITLE, RC_SUB, " | ".join(RC_HEAD), *ratecard_rows(), *RC_NOTES, *RC_MORE])


# ---- the French erratum ---------------------------------------------------------------------


def lira(amount: str) -> str:
    """'1 250,00' -> '1 250,00 ₺' with U+202F in the thousands and U+00A0 before '₺'."""
    return amount.replace(" ", NNB) + NB + "₺"


E_TITLE = "Erratum n° 1"
E_SUB = "Entente sur l'interprétation de créatures 2026–2029 – Brennock, le 25 novembre 2026"
ERRATUM: list[tuple[str, str]] = [
    (
        "p",
        "La Guilde des interprètes de créatures, de costumes et de prothèses de Tarvessa "
        "(GICCP) et le Conseil des producteurs de l'écran et de la scène de Tarvessa (CPEST) "
        "constatent une erreur d'impression dans l'annexe de l'entente signée le "
        "28 août 2026.",
    ),
    ("h", "Correction"),
    (
        "p",
        "Tableau 3, ligne 4 : au lieu de ₺1.520,00, lire ₺1.250,00. La ligne 4 est celle du "
        f"temps de fauteuil des interprètes en maquillage prothétique, par heure, pour la "
        f"saison 2026–27 ; le tarif est donc de {lira('1 250,00')} de l'heure.",
    ),
    (
        "p",
        "La colonne de la saison 2027–28 de la même ligne n'est pas touchée par l'erreur : "
        "elle reste telle qu'elle est imprimée. Aucune autre ligne du tableau 3 n'est "
        "modifiée par le présent erratum.",
    ),
    ("h", "Effets"),
    (
        "p",
        "Le tarif corrigé est celui que les parties ont signé ; il s'applique depuis le "
        "début de la saison 2026–27. Les heures de fauteuil déjà payées au tarif imprimé par "
        "erreur ne sont pas reprises aux interprètes : aucune retenue ne peut être faite à "
        "ce titre sur une paie. Les producteurs appliquent le tarif corrigé à toutes les "
        "heures de fauteuil effectuées à compter du 1er décembre 2026.",
    ),
    (
        "p",
        "Le temps de démaquillage, payé à l'heure selon la ligne 5 du même tableau, n'est pas "
        "concerné. Le supplément pour costume lourd et le cachet par représentation des "
        "spectacles, fixés par la sentence arbitrale, ne le sont pas non plus.",
    ),
    ("h", "Diffusion"),
    (
        "p",
        "Le présent erratum est joint à chaque exemplaire de l'entente, en français et en "
        "anglais (Erratum No. 1), et il est affiché dans les loges des studios de Greywater. "
        "Les délégués le remettent aux interprètes en maquillage prothétique avant leur "
        "prochaine séance de fauteuil.",
    ),
    (
        "p",
        "Les questions sur l'application de l'erratum sont adressées au bureau de la Guilde "
        "à Saint-Ambroise-des-Forges ou au délégué du plateau.",
    ),
    (
        "p",
        "Les interprètes qui ont reçu une grille de tarifs imprimée avant le 25 novembre 2026 "
        "la corrigent à la main ou demandent la nouvelle grille de la Guilde.",
    ),
    ("p", "Pour la Guilde : Ysolde Marchbank-Ouellet, présidente."),
    ("p", "Pour le Conseil : Bernard Lysaght-Dumont, président."),
]
E_FOOTER = "GICCP / CPEST – erratum n° 1 – une page"


def erratum_text() -> str:
    return "\n".join([E_TITLE, E_SUB, *(text for _, text in ERRATUM)])


# ---- line breaking --------------------------------------------------------------------------


def _tie(text: str) -> str:
    for rx in TIES:
        text = rx.sub(lambda m: m.group(0).replace(" ", TIE), text)
    return text


def ligate(text: str) -> str:
    for w in LIGATURE_WORDS:
        lig = w.replace("fi", "\ufb01").replace("fl", "\ufb02")
        text = re.sub(rf"\b{w}\b", lig, text)
    return text


def wrap(pdf, text: str, width: float, breaks: list[str] | None = None) -> list[str]:
    """Break `text` into lines no wider than `width`, never at a tied space; with `breaks`,
    a long lower-case word that does not fit is hyphenated where its first part still fits
    (each such word is appended to `breaks`)."""
    words = _tie(text).split(" ")
    lines: list[str] = []
    cur = ""

    def fits(s: str) -> bool:
        return pdf.get_string_width(s.replace(TIE, " ")) <= width

    for w in words:
        cand = w if not cur else cur + " " + w
        if not cur or fits(cand):
            cur = cand
            continue
        if breaks is not None:
            cut = _hyphen_point(w, lambda head, cur=cur: fits(cur + " " + head + "-"))
            if cut:
                lines.append(cur + " " + w[:cut] + "-")
                breaks.append(_plain(w))
                cur = w[cut:]
                continue
        lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    return [line.replace(TIE, " ") for line in lines]


# ---- building -------------------------------------------------------------------------------

MARGIN = 15.0
TOP = 18.0
GAP = 8.0
LH = 4.1
BODY = 8.4


def _doc(footer: str | None):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def footer(self) -> None:
            if footer is None:
                return
            self.set_font(FONT, "", 7)
            self.set_xy(MARGIN, self.h - 12)
            self.cell(self.w - 2 * MARGIN, 4, footer.format(n=self.page_no()), align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    return pdf


class _Columns:
    """Two columns of lines: down the left column, then the right, then a new page."""

    def __init__(self, pdf, y: float, bottom: float) -> None:
        self.pdf = pdf
        self.top = y
        self.y = y
        self.col = 0
        self.bottom = bottom
        self.width = (pdf.w - 2 * MARGIN - GAP) / 2

    def room(self) -> int:
        return int((self.bottom - self.y) / LH + 1e-6)

    def next_column(self) -> None:
        if self.col == 0:
            self.col = 1
        else:
            self.pdf.add_page()
            self.col = 0
            self.top = TOP
        self.y = self.top

    def put(self, lines: list[str], style: str, keep: int = 1) -> None:
        if self.room() < min(keep, len(lines)):
            self.next_column()
        for line in lines:
            if self.room() < 1:
                self.next_column()
            self.pdf.set_font(FONT, style, BODY)
            self.pdf.set_xy(MARGIN + self.col * (self.width + GAP), self.y)
            self.pdf.cell(self.width, LH, line)
            self.y += LH

    def blank(self, h: float) -> None:
        if self.y > self.top + 0.1:
            self.y += h


def _agreement(breaks: list[str]):
    pdf = _doc(FOOTER)
    pdf.set_title("Creature Performance Agreement 2026-2029")
    pdf.set_author("CSPG / TSSPC")
    pdf.set_creation_date(datetime.datetime(2026, 8, 28, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    full_w = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(full_w, 7, A_TITLE)
    pdf.set_font(FONT, "I", 8.4)
    y = TOP + 9
    for line in wrap(pdf, A_SUB, full_w):
        pdf.set_xy(MARGIN, y)
        pdf.cell(full_w, LH, line)
        y += LH
    cols = _Columns(pdf, y + 4, pdf.h - 18)
    for kind, text in AGREEMENT:
        if kind == "part":
            cols.blank(2)
            pdf.set_font(FONT, "B", BODY)
            cols.put(wrap(pdf, text, cols.width), "B", keep=4)
        elif kind == "art":
            cols.blank(1)
            pdf.set_font(FONT, "B", BODY)
            cols.put(wrap(pdf, text, cols.width), "B", keep=3)
        else:
            pdf.set_font(FONT, "", BODY)
            cols.put(wrap(pdf, ligate(text), cols.width, breaks), "")
    # the Schedule, full width, on a page of its own
    pdf.add_page()
    y = TOP
    pdf.set_font(FONT, "B", 11)
    pdf.set_xy(MARGIN, y)
    pdf.cell(full_w, 6, SCHED_TITLE)
    y += 9
    for title, head, rows in ((T1_TITLE, T1_HEAD, T1_ROWS), (T2_TITLE, T2_HEAD, T2_ROWS)):
        y = _simple_table(pdf, y, title, head, rows, [full_w - 40, 40])
        y += 4
    y = _table3(pdf, y)
    pdf.set_font(FONT, "I", 7.6)
    for line in wrap(pdf, SCHED_NOTE, full_w):
        pdf.set_xy(MARGIN, y + 2)
        pdf.cell(full_w, LH, line)
        y += LH
    return pdf


RH = 6.0  # table row height


def _simple_table(pdf, y, title, head, rows, widths) -> float:
    pdf.set_font(FONT, "B", 8.6)
    pdf.set_xy(MARGIN, y)
    pdf.cell(sum(widths), 5, title)
    y += 6
    for r, row in enumerate([head, *rows]):
        pdf.set_font(FONT, "B" if r == 0 else "", 7.8)
        x = MARGIN
        for j, (text, w) in enumerate(zip(row, widths, strict=True)):
            if pdf.get_string_width(text) > w - 3:
                raise SystemExit(f"cell too wide: {text!r}")
            pdf.set_xy(x, y)
            pdf.cell(
                w, RH, " " + text if j == 0 else text + " ", border=1, align="L" if j == 0 else "R"
            )
            x += w
        y += RH
    return y


T3_WIDTHS = [11.0, 48.0, 63.0, 29.0, 29.0]


def _table3(pdf, y) -> float:
    widths = T3_WIDTHS
    xs = [MARGIN + sum(widths[:i]) for i in range(len(widths))]
    pdf.set_font(FONT, "B", 8.6)
    pdf.set_xy(MARGIN, y)
    pdf.cell(sum(widths), 5, T3_TITLE)
    y += 6
    pdf.set_font(FONT, "B", 7.8)
    for j, text in enumerate(T3_HEAD):
        pdf.set_xy(xs[j], y)
        pdf.cell(widths[j], RH, text, border=1, align="C")
    y += RH
    for role, rows in T3_GROUPS:
        h = RH * len(rows)
        # the role label, merged over the rows of its role, centred vertically
        pdf.rect(xs[1], y, widths[1], h)
        pdf.set_font(FONT, "", 7.8)
        if pdf.get_string_width(role) > widths[1] - 3:
            raise SystemExit(f"role too wide: {role!r}")
        pdf.set_xy(xs[1] + 1, y + (h - RH) / 2)
        pdf.cell(widths[1] - 2, RH, role)
        for k, (line, item, a, b) in enumerate(rows):
            ry = y + k * RH
            for j, text, align in ((0, line, "C"), (2, item, "L"), (3, a, "R"), (4, b, "R")):
                if pdf.get_string_width(text) > widths[j] - 3:
                    raise SystemExit(f"cell too wide: {text!r}")
                pdf.set_xy(xs[j], ry)
                pdf.cell(
                    widths[j],
                    RH,
                    (" " + text) if align == "L" else text + (" " if align == "R" else ""),
                    border=1,
                    align=align,
                )
        y += h
    return y


def agreement_breaks() -> list[str]:
    breaks: list[str] = []
    _agreement(breaks)
    return breaks


def build_agreement(write: bool = True) -> bytes:
    pdf = _agreement([])
    data = bytes(pdf.output())
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print("wrote", AGREEMENT_OUT, pdf.page_no(), "pages")
    return data


RC_X = {"role": MARGIN, "item": MARGIN + 44, "unit": MARGIN + 112, "comma": MARGIN + 160}


def _ratecard():
    pdf = _doc(None)
    pdf.set_title("CSPG Rate Card 2026-27")
    pdf.set_author("CSPG")
    pdf.set_creation_date(datetime.datetime(2026, 12, 2, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    full_w = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(full_w, 7, RC_TITLE)
    y = TOP + 10
    pdf.set_font(FONT, "", 8.6)
    for line in wrap(pdf, RC_SUB, full_w):
        pdf.set_xy(MARGIN, y)
        pdf.cell(full_w, 4.4, line)
        y += 4.4
    y += 5
    # the header: no ruling lines anywhere
    pdf.set_font(FONT, "B", 9)
    for key, text in zip(("role", "item", "unit"), RC_HEAD[:3], strict=True):
        pdf.set_xy(RC_X[key], y)
        pdf.cell(40, 6, text)
    pdf.set_xy(RC_X["comma"] - 18, y)
    pdf.cell(18, 6, RC_HEAD[3], align="R")
    y += 8
    for role, item, unit, amount, marker in RC_ROWS:
        if role:
            y += 2
        pdf.set_font(FONT, "B" if role else "", 9)
        if role:
            pdf.set_xy(RC_X["role"], y)
            pdf.cell(42, 6, role)
        pdf.set_font(FONT, "", 9)
        pdf.set_xy(RC_X["item"], y)
        pdf.cell(66, 6, item)
        pdf.set_xy(RC_X["unit"], y)
        pdf.cell(30, 6, unit)
        # the amount aligned on its decimal comma
        whole = amount.split(",")[0]
        x = RC_X["comma"] - pdf.get_string_width(whole)
        pdf.set_xy(x, y)
        pdf.cell(pdf.get_string_width(amount) + 0.5, 6, amount)
        if marker:
            end = x + pdf.get_string_width(amount) + 1.8
            pdf.set_font(FONT, "", 6.5)
            pdf.set_xy(end, y - 0.6)
            pdf.cell(4, 5, marker)
        y += 6
    y += 6
    pdf.set_font(FONT, "", 8)
    for note in RC_NOTES:
        for line in wrap(pdf, note, full_w):
            pdf.set_xy(MARGIN, y)
            pdf.cell(full_w, 4.2, line)
            y += 4.2
    y += 4
    pdf.set_font(FONT, "", 8.6)
    for para in RC_MORE:
        for line in wrap(pdf, para, full_w):
            pdf.set_xy(MARGIN, y)
            pdf.cell(full_w, 4.4, line)
            y += 4.4
        y += 2
    if y > pdf.h - 15:
        raise SystemExit("rate card: more than one page")
    return pdf


def build_ratecard(write: bool = True) -> bytes:
    data = bytes(_ratecard().output())
    if write:
        with open(RATECARD_OUT, "wb") as f:
            f.write(data)
        print("wrote", RATECARD_OUT)
    return data


def build_erratum(write: bool = True) -> bytes:
    pdf = _doc(E_FOOTER)
    pdf.set_title("Erratum n° 1")
    pdf.set_author("GICCP / CPEST")
    pdf.set_creation_date(datetime.datetime(2026, 11, 25, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    full_w = pdf.w - 2 * MARGIN - 10
    pdf.set_font(FONT, "B", 15)
    pdf.set_xy(MARGIN + 5, TOP + 4)
    pdf.cell(full_w, 8, E_TITLE)
    pdf.set_font(FONT, "I", 9.5)
    y = TOP + 15
    for line in wrap(pdf, E_SUB, full_w):
        pdf.set_xy(MARGIN + 5, y)
        pdf.cell(full_w, 5, line)
        y += 5
    y += 4
    for kind, text in ERRATUM:
        if kind == "h":
            y += 2
            pdf.set_font(FONT, "B", 10.5)
            pdf.set_xy(MARGIN + 5, y)
            pdf.cell(full_w, 6, text)
            y += 7
            continue
        pdf.set_font(FONT, "", 10)
        for line in wrap(pdf, text, full_w):
            pdf.set_xy(MARGIN + 5, y)
            pdf.cell(full_w, 5.2, line)
            y += 5.2
        y += 2.5
    if y > pdf.h - 18:
        raise SystemExit("erratum: more than one page")
    data = bytes(pdf.output())
    if write:
        with open(ERRATUM_OUT, "wb") as f:
            f.write(data)
        print("wrote", ERRATUM_OUT)
    return data


if __name__ == "__main__":
    build_agreement()
    build_ratecard()
    build_erratum()
