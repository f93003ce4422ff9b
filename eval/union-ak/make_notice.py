#!/usr/bin/env python3
"""Write the three byte-sensitive text documents of union-ak (their whole text is here).

    python3 eval/union-ak/make_notice.py

- docs/circular-7-2026-fenlow-pay-periods-latin2.txt: the Fenlow regional office's
  Circular No. 7/2026, in English, encoded ISO-8859-2 (Latin-2; read as UTF-8 it fails on
  "Ş" and "ţ"), LF line ends, COLUMNS ALIGNED BY SPACES (no tabs) and a TOTALS line that
  adds up. It follows ENGLISH STYLE for amounts ("1,480.00 lei", said once), writes dates
  day.month.year with dots ("01.03.2027", said once) and once with a Roman-numeral month
  ("1.III.2027"). It holds the pay-period calendar of season 2026/27 and the raised
  (indexed) interpretation day. No character outside Latin-2 (no en dash, no curly quote,
  no euro sign, no U+202F).
- docs/town-hall-transcript-greywick-2026-12-03.txt: the town-hall Q&A transcript, in
  English, encoded UTF-16 (little-endian, with its BOM) and CRLF line ends, as a
  transcription tool exports it. Speaker lines "Q (member):" and "A (negotiator):";
  members quote wrong or old figures ("1.100 lei", "420"), the negotiator gives the
  current ones.
- docs/wardrobe-whalebone-costume-hire-price-list-2027.txt: a DISTRACTOR in English, a
  period-costume hire shop's price list in lei, UTF-8 WITH A BOM (EF BB BF) and CRLF line
  ends; it speaks of costumes, armour, muskets and fittings too.

No line has a digit, ASCII white space and three digits in a row (the normaliser would
join them): every number column is preceded by a word or followed by "x" or "lei".
check_set.py checks that the files are what this script writes.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
CIRCULAR_OUT = os.path.join(HERE, "docs", "circular-7-2026-fenlow-pay-periods-latin2.txt")
TRANSCRIPT_OUT = os.path.join(HERE, "docs", "town-hall-transcript-greywick-2026-12-03.txt")
SHOP_OUT = os.path.join(HERE, "docs", "wardrobe-whalebone-costume-hire-price-list-2027.txt")

# ---- the Latin-2 circular -------------------------------------------------------------------

# pay periods of season 2026/27: (period, from, to, pay date)
PAY_PERIODS = [
    ("PP 22", "02.11.2026", "15.11.2026", "20.11.2026"),
    ("PP 23", "16.11.2026", "29.11.2026", "04.12.2026"),
    ("PP 24", "30.11.2026", "13.12.2026", "18.12.2026"),
    ("PP 25", "14.12.2026", "27.12.2026", "04.01.2027"),
    ("PP 26", "28.12.2026", "10.01.2027", "15.01.2027"),
    ("PP 01", "11.01.2027", "24.01.2027", "29.01.2027"),
    ("PP 02", "25.01.2027", "07.02.2027", "12.02.2027"),
]
# the example pay of section 6: (label, quantity, rate in bani, amount in bani)
EXAMPLE = [
    ("Crowd re-enactor, day", 4, 52000, 208000),
    ("Meal allowance, no period meal", 3, 6200, 18600),
    ("Travel beyond the first 25 km", 52, 185, 9620),
]


def english(bani: int) -> str:
    """208000 -> '2,080.00 lei' (English style: comma thousands, point decimals)."""
    whole, frac = divmod(bani, 100)
    return f"{whole:,}.{frac:02d} lei"


def example_total() -> int:
    return sum(amount for *_, amount in EXAMPLE)


W_LABEL, W_QTY, W_RATE, W_AMOUNT = 34, 6, 14, 16


def _example_rows() -> list[str]:
    rows = [
        "Item".ljust(W_LABEL) + "Qty".ljust(W_QTY) + "Rate".ljust(W_RATE) + "Amount".rjust(W_AMOUNT)
    ]
    for label, qty, rate, amount in EXAMPLE:
        rows.append(
            label.ljust(W_LABEL)
            + f"{qty} x".rjust(W_QTY - 2).ljust(W_QTY)
            + english(rate).ljust(W_RATE)
            + english(amount).rjust(W_AMOUNT)
        )
    rows.append(" " * (W_LABEL + W_QTY + W_RATE + 2) + "-" * (W_AMOUNT - 2))
    rows.append(
        "TOTAL FOR THE PERIOD".ljust(W_LABEL + W_QTY + W_RATE)
        + english(example_total()).rjust(W_AMOUNT)
    )
    return rows


def _calendar_rows() -> list[str]:
    rows = ["Period   From         To           Pay date"]
    for period, start, end, pay in PAY_PERIODS:
        rows.append(f"{period}    {start}   {end}   {pay}")
    return rows


# section 3: (label, rate in bani)
RATES = [
    ("Interpretation day, until the end of February", 148000),
    ("Interpretation day, from 01.03.2027 (indexed)", 154216),
    ("Crowd re-enactor, per day, for now", 52000),
    ("Meal allowance, when no period meal is provided", 6200),
    ("Travel, per km beyond the first 25 km", 185),
]


def _rate_rows() -> list[str]:
    return [label.ljust(50) + english(bani).rjust(16) for label, bani in RATES]


def circular_text() -> str:
    head = [
        "LIVING HISTORY GUILD OF ORVANNE - FENLOW REGIONAL OFFICE",
        "Circular No. 7/2026 to the members in Fenlow province",
        "Greywick, 02.12.2026",
        "From: Ştefan Ţurcanu-Holloway, regional officer",
        "",
        "HOW THIS CIRCULAR WRITES AMOUNTS AND DATES",
        "This circular follows English style for amounts: a comma between the",
        "thousands and a point before the bani, as in 1,250.50 lei. The Agreement",
        "writes the same amount the Romanian way. Dates are written",
        "day.month.year with dots: 01.03.2027 is 1 March 2027. Some site rosters",
        "write the month in Roman numerals, as 1.III.2027, which is the same day.",
        "",
        "1. RATIFICATION",
        "The 2027 Agreement was ratified on 01.12.2026 (notice 2026-14). It had",
        "applied provisionally since 01.11.2026. Thank you to the members of",
        "Fenlow who voted: turnout in the province was the highest in the country.",
        "",
        "2. PAY PERIODS OF SEASON 2026/27 (CALENDAR OF THE PAYROLL OFFICE)",
        "Each pay period runs two weeks, from a Monday to the second Sunday after",
        "it; pay is due within five days of its end. The calendar below comes",
        "from the Association's payroll office (Mirela Şerban).",
        "",
        *_calendar_rows(),
        "",
        "PP 25 begins on 14 December 2026; its pay date falls after the New Year",
        "holiday, on 04.01.2027.",
        "",
        "3. RATES TO KNOW THIS WINTER",
        *_rate_rows(),
        "",
        "The indexed interpretation day is the rate of this season raised by the",
        "consumer price index under clause 3.3 of the Agreement. The crowd",
        "re-enactor's day rises under clause 2.4 of the Agreement; check the",
        "calendar above for the pay period it concerns.",
        "",
        "4. NIGHT PREMIUM",
        "Castle-night actors receive a night premium of 12 percent of the hourly",
        "equivalent of the evening rate for every hour worked after 21:00.",
        "",
        "5. DATES FOR YOUR DIARY",
        "- Costume fittings for the 2027 summer season: week 14 of 2027, at the",
        "  Greywick wardrobe. Bring your own boots and your season card.",
        "- Voice-clone audio guides at the Tollmouth Delta Museum: expected to",
        "  go live in Q2 2027.",
        "- Heat rule reminder for the spring engagements: armour comes off above",
        "  30 °C in the shade.",
        "",
        "6. EXAMPLE: A CROWD RE-ENACTOR'S PAY FOR PP 23",
        *_example_rows(),
        "",
        "The example is a member's own payslip, shown with her permission.",
        "",
        "7. CONTACT",
        "The regional office, 21 Lock Lane, Greywick, is open on Tuesday and",
        "Thursday afternoons. Payroll questions go to Mirela Şerban at the",
        "Association's payroll office; questions on the Agreement go to",
        "Ştefan Ţurcanu-Holloway or to Costel Bălţatu, the Fenlow delegate.",
        "",
        "Ştefan Ţurcanu-Holloway, regional officer, for the Guild",
    ]
    return "\n".join(head) + "\n"


def circular_bytes() -> bytes:
    return circular_text().encode("iso-8859-2")


# ---- the UTF-16 town-hall transcript ----------------------------------------------------------

TRANSCRIPT = """TOWN-HALL MEETING ON THE 2027 AGREEMENT
Greywick Open-Air Museum, the tithe barn – Thursday 3 December 2026, 19:00
Transcript prepared by the Guild secretariat, edited for length; members' names withheld.

Present for the Guild: Radu Okafor-Pelletier, chief negotiator, and Hester Antonescu-Blyth, president. About 140 members in the barn and online.

CHAIR (Hester Antonescu-Blyth): Welcome, everyone. The Agreement was ratified on Tuesday. Radu will take your questions; please say which site you work at before you ask.

Q (member): Fort Ludger, line infantry. Is the engagement still 1.100 lei? That is what my sergeant told us in the spring.
A (negotiator): No, and it was never 1.100 lei. Under the old agreement an engagement was 1.080,00 lei. Under the 2027 Agreement it is 1.150,00 lei per engagement this season, and your payslip prints it the payroll way, as 1.150,00 RON.

Q (member): And the horse money? We were told 420 in October.
A (negotiator): That was the figure signed in October. Rider No. 3 reduced the mounted supplement to 380,00 lei per engagement from 1 December, because the sites now provide, shoe and insure the horses. Yes, it went down. It was a trade for the horses, and the riders' delegates agreed to it.

Q (member): I am a gunner at the Bramholt battery. Did the interim black-powder money survive the vote?
A (negotiator): It did. The second question on the ballot confirmed the interim 210,00 lei per engagement, from the first day of the Agreement. The fall-back figure never applied.

Q (member): My November payslip shows (125,00 lei) on a line called "lances". What is that?
A (negotiator): A deduction for broken lances that should never have been made. Lances are the site's cost. The memorandum on jousters says it is refunded with your first pay of December.

Q (member): I start at Marlpit in February, as a jouster. What is a tilt session for me?
A (negotiator): Jousters hired from 1 January 2027 get 980,00 lei a tilt session. Jousters hired before that date keep the higher rate of the Agreement, as long as they stay.

Q (member): Interpreter at Greywick. What is the day rate after the indexation in March? Someone said 1.500.
A (negotiator): Not 1.500. From March 1st, 2027 the interpretation day is 1.542,16 lei: the 1.480,00 lei of this season, raised by the price index. The regional circular printed the figure. Until the end of February it stays 1.480,00 lei.

Q (member): What happened to the perpetual licence for the holograms? The Association kept coming back to it.
A (negotiator): They proposed a perpetual licence of your portrayal for a one-time fee of 1,25 mii lei. Mii is the Romanian word for thousands, so that is 1.250,00 lei, once, for ever. The members rejected it on the ballot. The licence stays a yearly fee per installation, and you can withdraw it.

Q (member): Castle Bramholt. People keep asking me to play at private weddings at the castle, in costume. What do those pay?
A (negotiator): Private hire is not in the rate table of the Agreement. The sites usually pay 600–750 lei an evening, agreed case by case. Talk to your delegate before you say yes.

Q (member): My cousin marches with the Friends of the Reed Fords at Fort Ludger. Does she get the crowd day rate?
A (negotiator): No. The volunteers of the partner society are not covered by the Agreement: they are neither engaged nor paid by the site. If Fort Ludger engages her as a crowd re-enactor, then she is covered and paid like anyone else in the ranks.

Q (member): When does the Ferryman hologram open at the Delta Museum? I am one of the scanned faces.
A (negotiator): The museum says mid-May 2027. It has not given a date, and I would not plan around one. Your consent form and your scan fee are the same whatever the date.

Q (member): Weaver at Greywick. Do the looms still count by the hour?
A (negotiator): Yes, every craft demonstration is paid by the demonstration hour. The table in the Agreement has the three crafts.

CHAIR: Thank you all. The minutes of this meeting go to every delegate next week. The next town hall is in the spring, before the summer season.
"""


def transcript_bytes() -> bytes:
    return TRANSCRIPT.replace("\n", "\r\n").encode("utf-16")  # little-endian, with a BOM


# ---- the costume-hire distractor --------------------------------------------------------------

SHOP = """WARDROBE & WHALEBONE – PERIOD COSTUME HIRE
7 Chandlers Row, Tollmouth – open Tuesday to Saturday, 10:00 to 18:00
Price list for 2027

All prices are in lei, tax included, for one hire of a weekend (Friday to Monday)
unless stated. A deposit is taken on every hire and returned when the costume comes
back clean and whole.

1. COSTUMES, PER WEEKEND
   Medieval peasant, tunic, hood and hose: 145,00 lei.
   Merchant or burgher, late medieval: 235,00 lei.
   Noble lady's gown with headdress: 410,00 lei.
   Pikeman's outfit with morion helmet: 365,00 lei.
   Musketeer's coat, bandolier and felt hat: 455,00 lei.
   Monk's habit, rope belt included: 128,00 lei.

2. ARMOUR AND ARMS, DISPLAY REPLICAS ONLY
   Riveted mail shirt, about 11 kg: 290,00 lei.
   Half armour in steel, breastplate, tassets and helmet: 830,00 lei.
   Non-firing replica musket: 170,00 lei.
   Wooden practice sword: 48,00 lei.
   Nothing we hire is made for combat or for firing; the muskets are solid and
   cannot take a charge.

3. FITTINGS AND ALTERATIONS
   Fitting with our tailor, per half hour: 39,00 lei.
   Hemming or letting out, per garment: 64,00 lei.
   Made-to-measure doublet, six weeks' notice: 1.940,00 lei.

4. CLEANING AND DEPOSIT
   Cleaning after hire, per costume: 72,00 lei.
   Deposit on any costume: 500,00 lei; on armour: 1.350,00 lei.
   Mud and rain are part of the trade: a costume that comes back wet is dried
   free of charge. A torn costume is repaired at cost.

5. GROUPS
   A group of ten costumes or more, booked a month ahead, is hired at
   a tenth off the listed prices. Theatre companies and film crews ask for a quote.

6. LOOKING AFTER A HIRED COSTUME
   Hang the costume on the hanger it came on, away from a fire or a heater. Do not
   wash it: linen shrinks and the dyes run. Brush mud off once it is dry. Leather
   belts and boots are oiled by us after each hire; please do not oil them yourself.
   Steel armour comes back wiped and dry; a rusty piece is cleaned at cost.

7. CONTACT
   Telephone 0241-907-336, or call at the shop. We do not send costumes by post.

Wardrobe & Whalebone – costumes of every century since the first one
"""


def shop_bytes() -> bytes:
    return b"\xef\xbb\xbf" + SHOP.replace("\n", "\r\n").encode("utf-8")


def build() -> None:
    for out, data in (
        (CIRCULAR_OUT, circular_bytes()),
        (TRANSCRIPT_OUT, transcript_bytes()),
        (SHOP_OUT, shop_bytes()),
    ):
        with open(out, "wb") as f:
            f.write(data)
        print("wrote", out, len(data), "bytes")


if __name__ == "__main__":
    build()
