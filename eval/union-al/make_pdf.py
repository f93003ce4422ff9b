#!/usr/bin/env python3
"""Build the three PDFs of union-al (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-al/make_pdf.py    # fpdf2 is in the venv

- docs/cspgq-bfa-carnival-street-festival-agreement-2026-2029.pdf: the Carnival and
  Street Festival Agreement 2026-2029 in English, amounts in ENGLISH STYLE ("DT 1,250.500",
  said in clause 3.1). Schedule A's Table A1, the rate table, CONTINUES ACROSS A PAGE
  BREAK with its HEADER ROW REPEATED on the next page. The stilt hour of season 2026-27
  is MISPRINTED in it ("DT 42.700"; the French erratum n° 3 corrects it to 47,200 DT).
  Every page has a running footer "CSPGQ / BFA · Agreement 2026-2029 · page N".
- docs/cspgq-bargaining-proposal-draft-3-2026-08-12.pdf: the Guild's bargaining proposal
  of August 2026 (NOT ADOPTED: 40% night premium, DT 150.000 a parade, and so on), two
  pages; page 2 carries a diagonal "DRAFT" WATERMARK (the word "Draft" is also in the
  title, so the watermark is never the only place of anything).
- docs/avis-rectificatif-3-annexe-a-echasses.pdf: the French erratum notice n° 3 (one
  page) correcting the misprinted stilt hour, with a small table whose COLUMN HEADERS ARE
  ROTATED (vertical, read bottom to top); the headers only repeat words of the text.

DejaVu Sans (/usr/share/fonts/truetype/dejavu) draws "€", "°", "–" and U+202F. Lines are
broken by this script, never inside an amount, a percentage, a date, a clause reference or
a quoted phrase (TIES). `agreement_text()`, `draft_text()` and `erratum_text()` return
the text for check_set.py (table cells joined by " | "). Fixed creation dates:
byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(
    HERE, "docs", "cspgq-bfa-carnival-street-festival-agreement-2026-2029.pdf"
)
DRAFT_OUT = os.path.join(HERE, "docs", "cspgq-bargaining-proposal-draft-3-2026-08-12.pdf")
ERRATUM_OUT = os.path.join(HERE, "docs", "avis-rectificatif-3-annexe-a-echasses.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
NNB = "\u202f"
TIE = "\u0001"  # a space the line breaker must not break at (never in the output)

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MOIS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
TIES = [
    re.compile(r"\bDT \d[\d,]*\.\d{3}\b"),
    re.compile(r"\b\d[\d\u202f]*,\d{3} DT\b"),
    re.compile(r"€\d+|\b\d+ EUR\b"),
    re.compile(r"\b\d+ millimes\b"),
    re.compile(
        r"\b\d+(?:[.,]\d+)? (?:%|hours?|days?|minutes|km|kg|m|mm|°C|heures|parades?)(?![\w/])"
    ),
    re.compile(rf"\b\d{{1,2}} (?:{_MONTHS}) \d{{4}}\b"),
    re.compile(rf"\b(?:1er|\d{{1,2}}) (?:{_MOIS}) \d{{4}}\b"),
    re.compile(
        r"\b(?:[Cc]lauses?|Table|Schedule|Form|Route|Float|n°|season|saison) [\dA-Z]+(?:[.-]\d+)*"
    ),
    re.compile(r"\bMardi gras, 9 February 2027\b"),
    re.compile(r"\bthe Monday after Carnival Tuesday\b"),
    re.compile(r"\bnot carried over\b|\bcontinues unchanged\b|\bnot covered\b"),
    re.compile(r"\bSynthetic performer – computer-generated, not a member of the parade\b"),
    re.compile(r"\b\d\d:\d\d\b"),
    re.compile(r" [;:!?»]"),
    re.compile(r"« "),
]

# ---- the agreement ------------------------------------------------------------------------

A_TITLE = "Carnival and Street Festival Agreement 2026–2029"
A_SUB = (
    "Between the Carnival and Street Performers' Guild of Quenterre (CSPGQ) and the "
    "Belcarre Festival Authority (BFA), for itself and for the municipal event companies "
    "that sign Schedule C. Republic of Quenterre. Signed at Belcarre on 28 August 2026."
)
FOOTER = "CSPGQ / BFA · Carnival and Street Festival Agreement 2026–2029 · page {n}"

AGREEMENT: list[tuple[str, str]] = [
    ("part", "Part I – General"),
    ("art", "1. Parties, scope and term"),
    (
        "p",
        "1.1 This agreement is made between the Carnival and Street Performers' Guild of "
        "Quenterre (the Guild) and the Belcarre Festival Authority (the Authority), acting "
        "for itself and for the municipal event companies that sign Schedule C: the "
        "Marsoline Municipal Events Company and Vauclain Street Events.",
    ),
    (
        "p",
        "1.2 It covers every performer engaged for a carnival, a parade or a street "
        "festival: carnival dancers and masqueraders in costume bands, stilt walkers, "
        "giant-puppet and big-head carriers, parade-float performers, living statues, "
        "festival drummers in batucada and steel-pan sections, costume-band section "
        "leaders, children's-parade leaders and night-parade (lantern) performers.",
    ),
    (
        "p",
        '1.3 Spectators who join the "open road" section at the tail of a parade are not '
        "covered by this agreement, and neither are the members of the Fennick Quay Drum "
        "Society, a partner amateur band that marches beside the Guild's sections.",
    ),
    (
        "p",
        "1.4 This agreement replaces the Parade Performers Agreement 2022–2026 from "
        "1 September 2026. No clause of that agreement applies after that date unless "
        "this agreement says that it continues.",
    ),
    (
        "p",
        "1.5 This agreement runs from 1 September 2026 to 31 August 2029. Where Schedule A "
        "gives two columns, the first applies in season 2026-27 and the second in season "
        "2027-28.",
    ),
    ("art", "2. Definitions"),
    (
        "p",
        "2.1 A season runs from 1 September to the next 31 August; season 2026-27 is the "
        "current one.",
    ),
    (
        "p",
        '2.2 "Carnival Week" means the festival period from Wednesday 3 February 2027 to '
        "Mardi gras, 9 February 2027, both days included. The other documents of the "
        "parties use the name without repeating the dates.",
    ),
    (
        "p",
        "2.3 A night parade is a parade that starts at or after 20:00, and every lantern "
        "parade, whatever its start time.",
    ),
    (
        "p",
        "2.4 A parade is one appearance on a published route, from the call at the "
        "assembly point to the dispersal point. The Belcarre Grand Parade runs on Route 9 "
        "from the harbour to the old market; the Guild's own float is Float 12.",
    ),
    ("art", "3. How amounts are written"),
    (
        "p",
        "3.1 Amounts in this agreement follow English style: a comma separates the "
        "thousands and a point separates the millimes. DT 1,250.500 is one thousand two "
        "hundred and fifty dinars and five hundred millimes.",
    ),
    (
        "p",
        "3.2 The dinar of Quenterre is divided into a thousand millimes and is always "
        "written with three decimals; an amount under one dinar may be written in "
        "millimes, so that 500 millimes is DT 0.500. Quenterre is not Tunisia, but its "
        "dinar is written in the Tunisian manner.",
    ),
    (
        "p",
        "3.3 Because of the three decimals, DT 12.500 is twelve dinars and five hundred "
        "millimes, never twelve thousand five hundred dinars; this agreement writes that "
        "larger sum DT 12,500.000.",
    ),
    ("part", "Part II – Pay and conditions"),
    ("art", "4. Parades"),
    (
        "p",
        "4.1 Each parade is paid at the rate of Schedule A, Table A1, for the performer's "
        "role and the season.",
    ),
    (
        "p",
        "4.2 Step-up. From the fourth parade that a dancer or masquerader works in a "
        "season, the parade rate rises from DT 142.500 to DT 168.750 (season 2026-27). "
        "The first three parades of each season are paid at the base rate, and the count "
        "starts again on 1 September.",
    ),
    (
        "p",
        "4.3 Carnival Week. Every parade in Carnival Week is paid DT 195.000 (season "
        "2026-27), whatever the role and whatever the number of parades already worked; "
        "parades in Carnival Week count towards the fourth parade of clause 4.2.",
    ),
    (
        "p",
        "4.4 Night premium. A night parade is paid the parade rate plus a night premium "
        "of 30%. Table A1 shows the lantern performer's rate with the premium included.",
    ),
    (
        "p",
        "4.5 A costume-band section leader receives a section leader supplement of "
        "DT 35.250 per parade on top of the parade rate. A children's-parade leader is "
        "paid per parade at the rate of Table A1.",
    ),
    ("art", "5. Rehearsals and costume fittings"),
    (
        "p",
        "5.1 A rehearsal call is paid at the rate of Table A1 for a call of up to three "
        "hours; a longer call is paid as two calls.",
    ),
    (
        "p",
        "5.2 A costume fitting is paid per costume fitting hour at the rate of Table A1, "
        "with a minimum of one hour.",
    ),
    ("art", "6. Stilts"),
    ("p", "6.1 Stilt walkers are paid per stilt hour at the rate of Table A1."),
    (
        "p",
        "6.2 On stilts above a height of 2.40 m, a height supplement of DT 9.600 per stilt "
        "hour is added (season 2026-27).",
    ),
    (
        "p",
        "6.3 The ground-spotter rule of the 2022–2026 agreement continues unchanged: every "
        "stilt walker has a ground spotter beside them for the whole route, and no stilt "
        "walker goes out without one.",
    ),
    ("art", "7. Weight, carry time, heat and rain"),
    (
        "p",
        "7.1 No costume, headpiece or puppet carried by one performer may weigh more than "
        "18 kg, frame and harness included.",
    ),
    (
        "p",
        "7.2 A giant puppet or a big head is carried for no more than 40 minutes at a "
        "stretch, followed by a relief of at least 15 minutes out of the harness.",
    ),
    (
        "p",
        "7.3 Heat. When the temperature at the assembly point reaches 33 °C, the carry "
        "time of clause 7.2 becomes 20 minutes at a stretch and the big heads are taken "
        "off between sections.",
    ),
    (
        "p",
        "7.4 Rain. If 8 mm of rain or more is measured in the hour before the start, the "
        "section leader may stop the costume band; a parade stopped for rain is paid in "
        "full.",
    ),
    ("art", "8. Rest, hours and overtime"),
    (
        "p",
        "8.1 A performer has at least 10 hours of rest between the end of one parade and "
        "the call for the next.",
    ),
    (
        "p",
        "8.2 Overtime is due after 6 hours of work in a day, counted from the call; each "
        "hour of overtime is paid at the hourly equivalent of the rate plus 50%.",
    ),
    ("art", "9. Allowances"),
    (
        "p",
        "9.1 Travel: DT 0.450 per km beyond the first 30 km between the performer's home "
        "and the assembly point.",
    ),
    ("p", "9.2 Meal: DT 24.800 for each parade day of more than 5 hours."),
    (
        "p",
        "9.3 Costume maintenance: DT 185.000 per season, paid with the first parade of the "
        "season, for the care of a costume the performer keeps at home.",
    ),
    (
        "p",
        "9.4 Temporary supplement. A temporary puppet-carry supplement of DT 14.750 per "
        "parade is paid to giant-puppet and big-head carriers. It lapses on 31 October 2026 "
        "unless the parties renew it in writing before that date.",
    ),
    ("p", "9.5 The feather-care allowance of the 2022–2026 agreement is not carried over."),
    ("art", "10. Cancellation"),
    (
        "p",
        "10.1 If the Authority cancels a parade within 72 hours of its start, the "
        "performer is paid a cancellation fee of 60% of the parade rate. A parade "
        "cancelled earlier is not paid.",
    ),
    ("art", "11. Parades abroad"),
    (
        "p",
        "11.1 For a parade abroad, the performer receives a subsistence allowance of €65 "
        "per day away, shown as 65 EUR on the pay statement, besides the dinar rate of "
        "Table A1. No other amount in this agreement is in euros.",
    ),
    ("part", "Part III – Digital doubles and AI"),
    ("art", "12. Digital doubles"),
    (
        "p",
        "12.1 The Authority may scan a costumed performer to make a digital double for "
        "festival promotion only with the performer's consent for that use, given on "
        "Form DD-3. Each use has its own numbered Form DD-3; a consent is never general.",
    ),
    ("p", "12.2 Scan fee: DT 320.000 per scan session."),
    (
        "p",
        "12.3 Re-use fee: DT 95.500 for each further use of a digital double, each new "
        "campaign being a further use.",
    ),
    (
        "p",
        "12.4 The Authority deletes every scan and every digital double within 30 days "
        "after the end of the use consented to, and confirms the deletion to the "
        "performer in writing.",
    ),
    ("art", "13. AI-generated parades"),
    (
        "p",
        "13.1 An AI-generated parade, a synthetic crowd or a virtual float may be shown in "
        "festival promotion only if every image of a synthetic performer carries the "
        'label "Synthetic performer – computer-generated, not a member of the parade".',
    ),
    (
        "p",
        "13.2 No contracted performer may be replaced by a synthetic performer, a "
        "synthetic crowd or a virtual float; a section that was contracted is performed "
        "live on the route.",
    ),
    ("art", "14. Joint Digital Parade Committee"),
    (
        "p",
        "14.1 A Joint Digital Parade Committee of three members from each party oversees "
        "Part III. It meets four times a year, first on the Monday after Carnival Tuesday.",
    ),
    ("part", "Part IV – Disputes"),
    ("art", "15. Grievances"),
    (
        "p",
        "15.1 A grievance is raised in writing with the section leader or the Guild's "
        "rates officer; a grievance not settled is referred to the parties, and then to a "
        "single arbitrator chosen by both.",
    ),
]

SCHED_TITLE = "Schedule A – Rates"
SCHED_NOTE = [
    "Table A1 gives the rate of each role per unit (a parade, an hour or a call) in the "
    "two seasons of clause 1.5. Amounts are in dinars, English style (clause 3.1).",
    "The parade rate of a dancer or masquerader is given twice: for the first three "
    "parades of a season and from the fourth (clause 4.2). A parade in Carnival Week is "
    "paid at the Carnival Week rate whatever the role (clause 4.3).",
    "The lantern performer's rate includes the night premium of clause 4.4. Allowances "
    "are in clause 9, digital fees in Part III.",
    "A rate for a part of an hour is paid pro rata to the minute. The Authority pays by "
    "transfer on the pay date of the month in which the parade, the call or the fitting "
    "took place.",
    "Where a role is not listed, the parties agree its rate in writing before the first "
    "parade, at no less than the dancer's base rate.",
]
TA_TITLE = "Table A1 – Rates per unit"
TA_HEAD = ["Role", "Unit", "Season 2026-27", "Season 2027-28"]
TA_ROWS = [
    [
        "Carnival dancer / masquerader",
        "parade, 1st to 3rd of the season",
        "DT 142.500",
        "DT 147.000",
    ],
    [
        "Carnival dancer / masquerader",
        "parade, from the 4th of the season",
        "DT 168.750",
        "DT 174.000",
    ],
    ["Any role", "parade in Carnival Week", "DT 195.000", "DT 201.500"],
    ["Stilt walker", "stilt hour", "DT 42.700", "DT 48.600"],
    ["Stilt walker", "height supplement above 2.40 m, per hour", "DT 9.600", "DT 9.900"],
    ["Giant-puppet / big-head carrier", "parade", "DT 151.250", "DT 156.000"],
    ["Parade-float performer", "parade", "DT 138.400", "DT 142.600"],
    ["Living statue", "hour", "DT 38.900", "DT 40.100"],
    ["Festival drummer (batucada / steel pan)", "parade", "DT 146.800", "DT 151.200"],
    ["Costume-band section leader", "supplement per parade", "DT 35.250", "DT 36.300"],
    ["Children's-parade leader", "parade", "DT 118.000", "DT 121.500"],
    [
        "Night-parade (lantern) performer",
        "parade, night premium included",
        "DT 185.250",
        "DT 191.100",
    ],
    ["Any role", "rehearsal call (up to three hours)", "DT 58.750", "DT 60.500"],
    ["Any role", "costume fitting hour", "DT 21.400", "DT 22.000"],
]
TA_WIDTHS = [50.0, 56.0, 32.0, 32.0]
TA_BREAK_AFTER = 0  # set by _agreement(): the number of body rows on the first page

SIGN = [
    "Schedule C – Signatures",
    "For the Guild: Oriane Mbeki-Castellan, president; Tobias Venn-Aldana, chief negotiator.",
    "For the Authority: Perpetua Llewellyn-Saad, director of festivals.",
    "For the Marsoline Municipal Events Company and for Vauclain Street Events: their "
    "managing directors.",
]


def _row_text(row: list[str]) -> str:
    return " | ".join(row)


def agreement_lines() -> list[str]:
    out = [A_TITLE, A_SUB]
    out += [text for _, text in AGREEMENT]
    out += [SCHED_TITLE, *SCHED_NOTE, TA_TITLE, _row_text(TA_HEAD)]
    out += [_row_text(r) for r in TA_ROWS]
    out += SIGN
    return out


def agreement_text() -> str:
    return "\n".join(agreement_lines())


# ---- the draft proposal -----------------------------------------------------------------------

D_TITLE = "Draft 3 – Guild bargaining proposal for the 2026 agreement"
D_SUB = (
    "Carnival and Street Performers' Guild of Quenterre. Draft for bargaining session 3 "
    "with the Belcarre Festival Authority, 12 August 2026. For discussion only."
)
D_FOOTER = "CSPGQ · bargaining proposal, draft 3 · 12 August 2026 · page {n}"
DRAFT: list[tuple[str, str]] = [
    (
        "p",
        "This draft sets out what the Guild's bargaining team will put to the Authority at "
        "session 3. It follows the members' survey of June 2026 and the section leaders' "
        "meeting of July 2026. Figures are in dinars, English style.",
    ),
    ("art", "A. Parades"),
    (
        "p",
        "A1. The Guild proposes a parade rate of DT 150.000 for dancers and masqueraders, "
        "in place of the DT 128.000 of the 2022–2026 agreement.",
    ),
    (
        "p",
        "A2. The Guild proposes a step-up from the third parade of a season, so that a "
        "performer who works three parades or more is paid more per parade.",
    ),
    ("p", "A3. Every parade of the carnival period would be paid DT 210.000."),
    (
        "p",
        "A4. The Guild proposes a night premium of 40% for every parade that starts after "
        "dark and for every lantern parade, in place of 25%.",
    ),
    ("art", "B. Rehearsals"),
    (
        "p",
        "B1. The Guild proposes a rehearsal call of DT 65.000, in place of DT 52.500, for a "
        "call of up to three hours.",
    ),
    ("art", "C. Carrying and weight"),
    (
        "p",
        "C1. The Guild proposes that no puppet or costume may weigh more than 16 kg and "
        "that no carry last more than 30 minutes at a stretch.",
    ),
    ("art", "D. Digital doubles"),
    (
        "p",
        "D1. The Guild proposes a scan fee of DT 400.000 per scan session and a fee for "
        "every further use.",
    ),
    (
        "p",
        "D2. The Guild proposes that scans and digital doubles be deleted within 90 days "
        "after the last use.",
    ),
    ("art", "E. Allowances"),
    (
        "p",
        "E1. The Guild proposes a costume maintenance allowance of DT 200.000 per season "
        "and a travel allowance from the first 20 km.",
    ),
    (
        "p",
        "E2. The feather-care allowance should be kept and raised in line with the parade rate.",
    ),
    ("art", "E bis. Synthetic performers"),
    (
        "p",
        "E3. The Guild proposes that no promotional film show a synthetic crowd without "
        "saying so on screen, and that no section be filled by a virtual float.",
    ),
    ("art", "F. Next steps"),
    (
        "p",
        "F1. This draft is for discussion at bargaining session 3. It is not an agreement "
        "and binds neither party. Members' comments go to the bargaining team through "
        "their section leaders.",
    ),
    (
        "p",
        "F2. The Authority's reply is expected at session 4. The team will report to the "
        "members after every session, in English and in French.",
    ),
]
WATERMARK = "DRAFT"
WATERMARK_PAGE = 2


def draft_text() -> str:
    return "\n".join([D_TITLE, D_SUB, *(text for _, text in DRAFT)])


# ---- the French erratum ---------------------------------------------------------------------

E_TITLE = "Avis rectificatif n° 3"
E_SUB = (
    "Annexe A, tableau A1, de la convention « carnaval et fêtes de rue » 2026-2029 entre "
    "la Guilde des artistes de carnaval et de rue de Quenterre (GACRQ) et l'Autorité du "
    "festival de Belcarre (AFB). Belcarre, le 2 décembre 2026."
)
E_PARAS = [
    "1. Une coquille s'est glissée dans le tableau A1 de l'annexe A : l'heure d'échasses de "
    "la saison 2026-27 y est imprimée « DT 42.700 », soit 42,700 DT. Le taux convenu à la "
    "table de négociation est de 47,200 DT l'heure d'échasses.",
    "2. Il faut donc lire 47,200 DT au lieu de 42,700 DT, depuis le début de la saison "
    "2026-27. Le taux de la saison 2027-28 (48,600 DT) est exact et ne change pas.",
    "3. Les heures d'échasses déjà payées au taux imprimé sont régularisées sur la paie de "
    "décembre 2026 : la différence est versée en une seule ligne « rectificatif n° 3 ».",
    "4. Le taux rectifié s'applique aux heures d'échasses de toute la saison. Les autres "
    "lignes du tableau A1 sont exactes. Le supplément de hauteur et la règle "
    "de l'accompagnateur au sol ne sont pas touchés par le présent avis.",
    "5. La différence est de 4,500 DT par heure d'échasses. Par exemple, un échassier qui "
    "a fait 12 heures d'échasses en septembre et en octobre reçoit 54,000 DT sur la paie "
    "de décembre 2026, sans démarche de sa part.",
    "6. Les échassiers qui ne sont plus engagés par l'Autorité reçoivent la différence par "
    "virement ; ils vérifient auprès du bureau de Marsoline que leurs coordonnées "
    "bancaires sont à jour.",
    "7. Le présent avis ne touche pas aux autres documents de la saison : les bulletins "
    "et les pages de paie publiés depuis reprennent le taux rectifié. Un membre qui "
    "trouverait encore le taux imprimé sur un document de la Guilde le signale au "
    "délégué de sa section.",
    "8. Le présent avis est publié en français ; il vaut pour la version anglaise de la "
    "convention, qui fait seule foi pour les autres clauses.",
]
E_TABLE_TITLE = "Tableau de la rectification"
E_HEAD = ["Ligne", "Saison", "Imprimé", "Rectifié"]  # drawn rotated (vertical)
E_ROWS = [
    ["Heure d'échasses", "2026-27", "42,700 DT", "47,200 DT"],
    ["Heure d'échasses", "2027-28", "48,600 DT", "48,600 DT"],
]
E_SIGN = (
    "Pour la GACRQ : Tobias Venn-Aldana, négociateur en chef. Pour l'AFB : Perpetua "
    "Llewellyn-Saad, directrice des festivals."
)
E_FOOTER = "GACRQ / AFB · avis rectificatif n° 3 · une page"


def erratum_text() -> str:
    rows = [_row_text(E_HEAD)] + [_row_text(r) for r in E_ROWS]
    return "\n".join([E_TITLE, E_SUB, *E_PARAS, E_TABLE_TITLE, *rows, E_SIGN])


# ---- line breaking --------------------------------------------------------------------------


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
    return [line.replace(TIE, " ") for line in lines]


# ---- building -------------------------------------------------------------------------------

MARGIN = 20.0
TOP = 20.0
BOTTOM = 272.0
LH = 4.8
BODY = 9.2
CLH = 4.0
CPAD = 1.4
CFONT = 8.2


def _doc(footer: str | None):
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def footer(self) -> None:
            if footer is None:
                return
            self.set_font(FONT, "", 7.5)
            self.set_text_color(0, 0, 0)
            self.set_xy(MARGIN, self.h - 13)
            self.cell(self.w - 2 * MARGIN, 4, footer.format(n=self.page_no()), align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP, MARGIN)
    return pdf


class _Flow:
    """Lines down the page, a new page when the page is full."""

    def __init__(self, pdf, y: float) -> None:
        self.pdf = pdf
        self.y = y

    def put(self, lines: list[str], style: str, keep: int = 1, size: float = BODY) -> None:
        if (BOTTOM - self.y) / LH < min(keep, len(lines)):
            self.pdf.add_page()
            self.y = TOP
        for line in lines:
            if self.y + LH > BOTTOM:
                self.pdf.add_page()
                self.y = TOP
            self.pdf.set_font(FONT, style, size)
            self.pdf.set_xy(MARGIN, self.y)
            self.pdf.cell(self.pdf.w - 2 * MARGIN, LH, line)
            self.y += LH

    def gap(self, lines: float) -> None:
        if self.y > TOP + 0.1:
            self.y += lines * LH


def _flow_blocks(pdf, flow: _Flow, blocks: list[tuple[str, str]]) -> None:
    width = pdf.w - 2 * MARGIN
    for kind, text in blocks:
        if kind == "part":
            flow.gap(0.8)
            pdf.set_font(FONT, "B", 10.5)
            lines = wrap(pdf, text, width)
            flow.put(lines, "B", keep=len(lines) + 4, size=10.5)
        elif kind == "art":
            flow.gap(0.4)
            pdf.set_font(FONT, "B", BODY)
            lines = wrap(pdf, text, width)
            flow.put(lines, "B", keep=len(lines) + 2)
        else:
            pdf.set_font(FONT, "", BODY)
            flow.put(wrap(pdf, text, width), "", keep=2)


def _cells(pdf, row: list[str], widths: list[float]) -> list[list[str]]:
    pdf.set_font(FONT, "", CFONT)
    return [wrap(pdf, text, w - 3) for text, w in zip(row, widths, strict=True)]


def _row_height(cells: list[list[str]]) -> float:
    return max(len(c) for c in cells) * CLH + 2 * CPAD


def _draw_row(pdf, y: float, cells, widths, aligns, bold: bool = False) -> float:
    h = _row_height(cells)
    x = MARGIN
    pdf.set_font(FONT, "B" if bold else "", CFONT)
    for lines, w, align in zip(cells, widths, aligns, strict=True):
        pdf.rect(x, y, w, h)
        for k, line in enumerate(lines):
            pdf.set_xy(x + 1.5, y + CPAD + k * CLH)
            pdf.cell(w - 3, CLH, line, align=align)
        x += w
    return y + h


def _agreement():
    global TA_BREAK_AFTER
    pdf = _doc(FOOTER)
    pdf.set_title(A_TITLE)
    pdf.set_author("CSPGQ / BFA")
    pdf.set_creation_date(datetime.datetime(2026, 8, 28, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    width = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(width, 7, A_TITLE)
    pdf.set_font(FONT, "I", BODY)
    flow = _Flow(pdf, TOP + 10)
    flow.put(wrap(pdf, A_SUB, width), "I")
    flow.gap(0.6)
    _flow_blocks(pdf, flow, AGREEMENT)
    # Schedule A: the note, then Table A1, which must run over a page break
    flow.gap(1.2)
    pdf.set_font(FONT, "B", 10.5)
    flow.put([SCHED_TITLE], "B", keep=8, size=10.5)
    for note in SCHED_NOTE:
        pdf.set_font(FONT, "", BODY)
        flow.put(wrap(pdf, note, width), "", keep=2)
    y = flow.y + 3
    aligns = ["L", "L", "R", "R"]
    head_aligns = ["L", "L", "C", "C"]
    head = _cells(pdf, TA_HEAD, TA_WIDTHS)
    rows = [_cells(pdf, r, TA_WIDTHS) for r in TA_ROWS]
    pdf.set_font(FONT, "B", BODY)
    pdf.set_xy(MARGIN, y)
    pdf.cell(width, 5, TA_TITLE)
    y += 6
    y = _draw_row(pdf, y, head, TA_WIDTHS, head_aligns, bold=True)
    on_first = 0
    for cells in rows:
        if y + _row_height(cells) > BOTTOM:
            pdf.add_page()
            y = TOP
            y = _draw_row(pdf, y, head, TA_WIDTHS, head_aligns, bold=True)  # the header repeated
            TA_BREAK_AFTER = on_first
            on_first = -1000
        y = _draw_row(pdf, y, cells, TA_WIDTHS, aligns)
        on_first += 1
    if not 3 <= TA_BREAK_AFTER <= len(TA_ROWS) - 3:
        raise SystemExit(f"agreement: Table A1 breaks after row {TA_BREAK_AFTER}")
    flow.y = y + 8
    pdf.set_font(FONT, "B", BODY)
    flow.put([SIGN[0]], "B", keep=4)
    for line in SIGN[1:]:
        pdf.set_font(FONT, "", BODY)
        flow.put(wrap(pdf, line, width), "")
    return pdf


def build_agreement(write: bool = True) -> bytes:
    pdf = _agreement()
    data = bytes(pdf.output())
    if write:
        with open(AGREEMENT_OUT, "wb") as f:
            f.write(data)
        print(
            "wrote",
            AGREEMENT_OUT,
            pdf.page_no(),
            "pages; Table A1 breaks after row",
            TA_BREAK_AFTER,
        )
    return data


def _draft():
    pdf = _doc(D_FOOTER)
    pdf.set_title(D_TITLE)
    pdf.set_author("CSPGQ bargaining team")
    pdf.set_creation_date(datetime.datetime(2026, 8, 12, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    width = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(width, 7, D_TITLE)
    pdf.set_font(FONT, "I", BODY)
    flow = _Flow(pdf, TOP + 10)
    flow.put(wrap(pdf, D_SUB, width), "I")
    flow.gap(0.6)
    # the first page is short on purpose: sections C to F go on page 2
    split = next(i for i, (k, t) in enumerate(DRAFT) if t.startswith("C."))
    _flow_blocks(pdf, flow, DRAFT[:split])
    pdf.add_page()
    # the diagonal watermark, drawn first (under the text), light grey, on page 2 only
    with pdf.local_context():
        pdf.set_font(FONT, "B", 110)
        pdf.set_text_color(215, 215, 215)
        cx, cy = pdf.w / 2, pdf.h / 2
        with pdf.rotation(45, cx, cy):
            tw = pdf.get_string_width(WATERMARK)
            pdf.text(cx - tw / 2, cy + 15, WATERMARK)
    pdf.set_text_color(0, 0, 0)
    flow.y = TOP
    _flow_blocks(pdf, flow, DRAFT[split:])
    return pdf


def build_draft(write: bool = True) -> bytes:
    pdf = _draft()
    data = bytes(pdf.output())
    if write:
        with open(DRAFT_OUT, "wb") as f:
            f.write(data)
        print("wrote", DRAFT_OUT, pdf.page_no(), "pages")
    return data


def _erratum():
    pdf = _doc(E_FOOTER)
    pdf.set_title(E_TITLE)
    pdf.set_author("GACRQ / AFB")
    pdf.set_creation_date(datetime.datetime(2026, 12, 2, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    width = pdf.w - 2 * MARGIN
    pdf.set_font(FONT, "B", 15)
    pdf.set_xy(MARGIN, TOP)
    pdf.cell(width, 8, E_TITLE)
    pdf.set_font(FONT, "I", BODY)
    flow = _Flow(pdf, TOP + 11)
    flow.put(wrap(pdf, E_SUB, width), "I")
    flow.gap(0.8)
    for para in E_PARAS:
        pdf.set_font(FONT, "", BODY)
        flow.put(wrap(pdf, para, width), "")
        flow.gap(0.3)
    flow.gap(0.8)
    pdf.set_font(FONT, "B", BODY)
    flow.put([E_TABLE_TITLE], "B")
    # the small table: its header cells are tall and their text is rotated 90° (vertical)
    widths = [46.0, 22.0, 28.0, 28.0]
    aligns = ["L", "C", "R", "R"]
    y = flow.y + 2
    head_h = 24.0
    x = MARGIN
    pdf.set_font(FONT, "B", CFONT)
    for label, w in zip(E_HEAD, widths, strict=True):
        pdf.rect(x, y, w, head_h)
        bx, by = x + w / 2 + 1.2, y + head_h - 2
        with pdf.rotation(90, bx, by):
            pdf.text(bx, by, label)
        x += w
    y += head_h
    for row in E_ROWS:
        y = _draw_row(pdf, y, _cells(pdf, row, widths), widths, aligns)
    flow.y = y + 8
    pdf.set_font(FONT, "", BODY)
    flow.put(wrap(pdf, E_SIGN, width), "")
    if flow.y > BOTTOM:
        raise SystemExit("erratum: runs over one page")
    return pdf


def build_erratum(write: bool = True) -> bytes:
    pdf = _erratum()
    data = bytes(pdf.output())
    if write:
        with open(ERRATUM_OUT, "wb") as f:
            f.write(data)
        print("wrote", ERRATUM_OUT, pdf.page_no(), "page(s)")
    return data


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_agreement()
    build_draft()
    build_erratum()
