#!/usr/bin/env python3
"""Build the two PDFs of union-x (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-x/make_pdf.py    # fpdf2 is in the venv

- docs/arpg-arena-performance-agreement-2024-2027.pdf: the Arena Performance Agreement
  2024-2027 as running text (portrait A4, core font in windows-1252): twenty articles
  numbered in ROMAN NUMERALS ("Article VII – Premiums"), sub-clauses numbered "(1)" and
  lettered "(a)", cited "Art. IV(2)(b)"; a running header and a "Page N of M" footer on
  every page. Article VII holds a ruled TABLE OF PREMIUMS EMBEDDED IN THE RUNNING TEXT
  (a paragraph above it, paragraphs below it, on the same page). Amounts are written
  "kr 150.00"; seasons "S26/27". Art. IX(2)(a) (forty minutes in a mascot suit) is amended
  from 1 November 2026 by the settlement memorandum of 20 October 2026 (a text file);
  Art. XIX(3) keeps a clause of the expired agreement in force.
- docs/arpg-season-rate-card-s26-27.pdf: the Season Rate Card S26/27 on LANDSCAPE A4
  pages: one ruled table (code, role and unit, S25/26, S26/27, from 1.1.2027) that SPANS
  TWO PAGES with its HEADER ROW REPEATED on the second page; FOOTNOTE MARKERS ATTACHED TO
  AMOUNTS ("2 480 kr¹", "375 kr²", "437,50 kr*"); amounts "2 400 kr" (plain space
  thousands, whole kronor; öre after a comma). It replaces the Barème de la saison
  2025-2026 (a Word document) from 1 September 2026 and says so; its column
  "from 1.1.2027" announces rates that apply only from 1 January 2027.

`agreement_text()` and `rate_card_text()` return the same text for check_set.py (one
heading, paragraph or table row per line, cells joined by " | "). Fixed creation dates,
so the output is reproducible.
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "arpg-arena-performance-agreement-2024-2027.pdf")
RATE_CARD_OUT = os.path.join(HERE, "docs", "arpg-season-rate-card-s26-27.pdf")
AGREEMENT_HEADER = "Arena Performance Agreement 2024–2027 – ARPG / SLEEA – English text"
RATE_CARD_HEADER = "ARPG / SLEEA Joint Rates Board – Season Rate Card S26/27 – issued 10.8.2026"
NB = "\u00a0"  # keeps a number and its unit on one line

PREMIUM_HEADER = ["Ref.", "Premium", "Members", "Rate"]
PREMIUMS = [
    ["(a)", "High-risk spot", "wrestlers, stunt-fight performers", "30 % of the fee, per spot"],
    ["(b)", "Bump beyond twelve in one match", "wrestlers", "kr 150.00 per bump"],
    ["(c)", "Hardcore or weapons match", "wrestlers", "25 % of the match fee"],
    ["(d)", "Heat premium (suit)", "mascot performers", "15 % of the game or appearance fee"],
    [
        "(e)",
        "Overtime (OT), per started hour",
        "announcers, casters, hosts",
        "20 % of the event or day fee",
    ],
    ["(f)", "Short notice (less than 72 hours)", "all members", "10 % of the fee"],
]

# (kind, text): "title", "sub", "art" (an article heading), "p" (a paragraph), "table" (the
# premiums table, embedded in Article VII's running text)
AGREEMENT: list[tuple[str, str]] = [
    ("title", "Arena Performance Agreement 2024–2027"),
    (
        "sub",
        "between the Arena and Ring Performers' Guild of Strandmark (ARPG) – in French, Guilde "
        "des artistes d'arène et de ring du Strandmark (GAARS) – and the Strandmark Live "
        "Entertainment Employers' Association (SLEEA) – in French, Association des employeurs du "
        "spectacle vivant du Strandmark (AESVS) – acting for its member employers. Signed at "
        "Kalvhamn, Kingdom of Strandmark, on 28 August 2024. The French text, Accord sur les arts "
        "de l'arène 2024–2027, has equal force. All amounts are in Strandmark kronor (kr; in "
        "French, couronnes).",
    ),
    ("art", "Article I – Parties and scope"),
    (
        "p",
        "(1) This Agreement applies to performers engaged by a member of the SLEEA for work in "
        "Strandmark as: (a) professional wrestlers; (b) stunt-fight exhibition performers; (c) "
        "arena mascot performers; (d) ring announcers and arena announcers; (e) esports casters "
        "and desk hosts; (f) in-arena hype hosts.",
    ),
    (
        "p",
        "(2) The members of the SLEEA at signature are Nordfall Wrestling Federation AB (NWF), "
        "Lutte Boréale SA, Frostfist Stunt Exhibitions AB, Ravnsborg Ravens Hockey AB, Kalvhamn "
        "Krakens Basketball AB, Polar Circuit Esports AB, Ligue nordique d'e-sport SA and Nordlys "
        "Arena AB, which runs the Nordlys Arena at Ravnsborg. An employer that joins the SLEEA "
        "later is bound from the day it joins.",
    ),
    (
        "p",
        "(3) This Agreement sets minimum terms. An individual contract may improve on them, never "
        "reduce them.",
    ),
    ("art", "Article II – Definitions"),
    (
        "p",
        '(1) In this Agreement: (a) "match" means one contest on a wrestling card, entrances and '
        'promos included; (b) "TV taping day" means a call of up to ten (10) hours at which '
        'matches or segments are recorded for television or streaming; (c) "house show" means a '
        'live card that is not televised; (d) "exhibition" means one stunt-fight exhibition '
        'programme of up to three (3) choreographed bouts; (e) "game" means one home game of a '
        'club, with an arena call of up to four (4) hours; (f) "appearance" means a mascot '
        'appearance of up to two (2) hours outside a game; (g) "event" means one card, show or '
        'game at which an announcer or hype host works; (h) "broadcast day" means a call of up '
        'to nine (9) hours at which an esports competition is cast or hosted; (i) "tournament" '
        'means an esports competition of up to four (4) broadcast days; (j) "season" has the '
        'meaning given in Art. III(2); (k) "home base" means the city named in the member\'s '
        "contract.",
    ),
    ("p", "(2) The terms used in Article XIV are defined in Art. XIV(1)."),
    ("art", "Article III – Term and seasons"),
    ("p", "(1) This Agreement runs from 1 September 2024 to 31 August 2027."),
    (
        "p",
        "(2) It is divided into three seasons, each running from 1 September to 31 August of the "
        "following year: season 2024/25 (S24/25), season 2025/26 (S25/26) and season 2026/27 "
        "(S26/27); in French, saison 2024-2025, saison 2025-2026 and saison 2026-2027.",
    ),
    (
        "p",
        "(3) Work is paid at the rate in force on the day it is done, an announced rate only "
        "from its date (Art. IV(2)(b)). A call that starts before midnight is paid at the rate of "
        "the day on which it starts.",
    ),
    ("art", "Article IV – Season Rate Card"),
    (
        "p",
        "(1) For each season the ARPG–SLEEA Joint Rates Board issues a Season Rate Card in five "
        "Parts: Part A (ring and exhibition performers), Part B (mascot performers), Part C "
        "(announcers, casters and hosts), Part D (travel and allowances) and Part E (digital "
        "doubles and AI voice models under Article XIV).",
    ),
    (
        "p",
        "(2) (a) The Season Rate Card of a season replaces the schedule or rate card of the "
        "previous season from 1 September of that season. (b) A Season Rate Card may announce a "
        "rate from a later date in the same season; an announced rate applies only to work done "
        "from that date, and until then the season's rate applies. (c) The Barème de la saison "
        "2025-2026 was issued as the schedule for S25/26; the Season Rate Card S26/27 applies "
        "from 1 September 2026.",
    ),
    (
        "p",
        "(3) No rate of a Season Rate Card may be lower than the same rate of the previous season.",
    ),
    (
        "p",
        "(4) (a) A rate of the Season Rate Card may be amended by a settlement memorandum signed "
        "under Art. XVII(4). (b) Such an amendment takes effect on the date the memorandum states, "
        "which may be earlier than its signature (retroactive effect); work already paid is then "
        "adjusted and the difference is paid as arrears.",
    ),
    ("art", "Article V – Booking and minimum calls"),
    (
        "p",
        "(1) Every booking is confirmed in writing at least seventy-two (72) hours before the "
        "call, stating the role, the venue, the fee, the call time and, for a wrestler, whether a "
        "high-risk spot or a hardcore match is planned. A booking made with less notice carries "
        "the short-notice premium of Art. VII(1)(f).",
    ),
    (
        "p",
        "(2) Minimum calls: (a) a wrestler is paid at least one match, or the TV taping day fee "
        "when called to a taping; (b) a stunt-fight performer, one exhibition; (c) a mascot "
        "performer, one game or one appearance; (d) an announcer or hype host, one event; (e) an "
        "esports caster or desk host, one broadcast day; (f) a suit fitting or cleaning call, two "
        "(2) hours at row M-3 of the Season Rate Card.",
    ),
    (
        "p",
        "(3) A member may refuse a booking without giving a reason. A refusal does not affect "
        "later bookings.",
    ),
    ("art", "Article VI – Cancellation"),
    (
        "p",
        "(1) A booking cancelled by the employer is paid according to the notice given before "
        "the call: (a) less than forty-eight (48) hours: 100 % of the booked fee; (b) from "
        "forty-eight (48) hours to seven (7) days: 50 % of the booked fee; (c) more than seven (7) "
        "days: no fee.",
    ),
    (
        "p",
        "(2) A wrestler who is at the venue and is taken off the card is paid the full match fee.",
    ),
    (
        "p",
        "(3) When an esports tournament is cancelled after it has started, the caster or desk "
        "host is paid the tournament fee in full.",
    ),
    (
        "p",
        "(4) A member who cannot attend a call gives the employer at least twenty-four (24) hours' "
        "notice, except in an emergency or after an injury.",
    ),
    ("art", "Article VII – Premiums"),
    (
        "p",
        "(1) The premiums in the table below are paid in addition to the fee for the match, "
        "exhibition, game, appearance, event or broadcast day. They are set for the whole term of "
        "this Agreement and are not shown on the Season Rate Card.",
    ),
    ("table", "premiums"),
    (
        "p",
        "(2) The high-risk spot premium of Art. VII(1)(a) is due for each high-risk spot agreed "
        "in the match plan, up to two (2) spots in one match. A high-risk spot is a planned move "
        "from the top rope or from a height of two (2) metres or more, through a table, or from "
        "the ring to the arena floor.",
    ),
    (
        "p",
        "(3) The bumps of Art. VII(1)(b) are counted by the producer of the match and the Guild "
        "steward together, and the count is recorded on the match sheet.",
    ),
    (
        "p",
        "(4) The heat premium of Art. VII(1)(d) is paid for the whole game or appearance when the "
        f"temperature in the mascot's working area exceeds 26{NB}°C at any time.",
    ),
    (
        "p",
        "(5) Premiums add up: a wrestler in a hardcore match who performs a high-risk spot "
        "receives both premiums. No premium is paid on a travel day, a per diem, an allowance or "
        "a royalty.",
    ),
    ("art", "Article VIII – Rest between calls and matches"),
    (
        "p",
        "(1) There are at least twelve (12) hours between the end of one call and the start of "
        "the next.",
    ),
    (
        "p",
        "(2) A wrestler works no more than one (1) match a day and no more than four (4) matches "
        "in any seven (7) consecutive days; a TV taping day counts as one match.",
    ),
    (
        "p",
        "(3) After three (3) consecutive show days a member has at least one (1) full day without "
        "a call.",
    ),
    (
        "p",
        "(4) An esports caster or desk host on air has a break of at least fifteen (15) minutes "
        "after every two (2) hours on air.",
    ),
    ("art", "Article IX – Mascot performers"),
    (
        "p",
        "(1) Mascot suits are fitted to the performer, cleaned and dried after each use, and "
        "disinfected before another performer wears them.",
    ),
    (
        "p",
        "(2) Suit time: (a) a mascot performer spends no more than forty (40) minutes in the suit "
        "at a time, followed by a break of at least fifteen (15) minutes out of the suit in a "
        "cooled room; (b) a mascot performer spends no more than three (3) hours in the suit in "
        "one day; (c) when the temperature in the working area exceeds "
        f"26{NB}°C, the time in the suit at a time is reduced by one third and the heat premium "
        "of Art. VII(1)(d) is paid.",
    ),
    (
        "p",
        "(3) A handler walks with the mascot performer whenever the suit is worn in public, and "
        "may end the game call or the appearance at once.",
    ),
    (
        "p",
        "(4) No mascot performer performs trampoline, stair or ice stunts without training and "
        "without the performer's written agreement.",
    ),
    ("art", "Article X – Injuries and concussion"),
    ("p", "(1) A ringside physician is present at every card and every exhibition."),
    (
        "p",
        "(2) Concussion protocol: (a) a member with a suspected concussion stops at once and is "
        "examined by the ringside physician; there is no return to the ring, the floor or the "
        "suit on the same day; (b) return to the ring is not allowed before seven (7) clear days "
        "have passed since the injury, and only with written medical clearance from an "
        "independent physician of the Guild's panel; (c) the return is graded: light training, "
        "then training without contact, then full contact, each stage lasting at least one day.",
    ),
    (
        "p",
        "(3) Stand-down pay: during the stand-down a member receives 50 % of the fees of the "
        "bookings lost, for up to twenty-one (21) days.",
    ),
    (
        "p",
        "(4) Art. X(2) and Art. X(3) apply to stunt-fight performers, and to mascot performers who "
        "fall or are struck on the head.",
    ),
    ("art", "Article XI – Travel and per diem"),
    (
        "p",
        "(1) A travel day is paid at row T-1 of the Season Rate Card when a member travels for "
        "more than four (4) hours on a day without a call.",
    ),
    (
        "p",
        "(2) A per diem at row T-2 is paid for each night away from the home base, at the rate of "
        "the day on which the night begins.",
    ),
    (
        "p",
        "(3) The employer books a single room in a hotel within five (5) kilometres of the venue "
        "and pays the rail or air travel.",
    ),
    ("p", "(4) The Northern circuit allowance (row T-3) is paid under Art. XIX(3)."),
    ("art", "Article XII – Merchandise royalties"),
    (
        "p",
        "(1) A member receives a royalty of twelve per cent (12%) of the net receipts from "
        "merchandise that bears the member's name, ring name, likeness or catchphrase.",
    ),
    (
        "p",
        "(2) Net receipts are the gross receipts less returns, discounts and the cost of making "
        "the goods.",
    ),
    (
        "p",
        "(3) Royalties are paid each quarter, within thirty (30) days after the end of the "
        "quarter, with a statement of the goods sold.",
    ),
    (
        "p",
        "(4) The royalty on the merchandise of a tag team or group is shared equally among its "
        "members.",
    ),
    (
        "p",
        "(5) Royalties are not fees: no premium is paid on them, and they remain due after the "
        "end of an engagement.",
    ),
    ("art", "Article XIII – Broadcast and esports"),
    (
        "p",
        "(1) A broadcast day covers up to nine (9) hours. Beyond that, overtime is paid under "
        "Art. VII(1)(e) for each started hour.",
    ),
    (
        "p",
        "(2) The tournament fee covers up to four (4) broadcast days; a fifth or later broadcast "
        "day is paid at the broadcast day rate.",
    ),
    (
        "p",
        "(3) A broadcast may be replayed within the same season without a further fee; a clip used "
        "after the season requires the member's written consent.",
    ),
    (
        "p",
        "(4) A caster or desk host is never asked to read betting odds on air without written "
        "consent.",
    ),
    ("art", "Article XIV – Digital doubles, AI voice models and synthetic media"),
    (
        "p",
        '(1) In this Article: (a) "digital double" means a three-dimensional model of a member\'s '
        'face, body or movement, built from a scan session, for use in a video game; (b) "AI '
        'voice model" means a synthetic voice built from recordings of an announcer or caster '
        'that can generate new lines; (c) "synthetic crowd or commentary" means crowd noise, '
        "chants or commentary generated from a member's voice or performance; (d) \"deepfake "
        'promo" means a promo, interview or trash talk that shows a member saying or doing what '
        'the member did not say or do; (e) "scan data" means the raw scans, recordings, models '
        "and derived files of a member.",
    ),
    (
        "p",
        "(2) Digital doubles for video games: (a) a digital double is made and used only with the "
        "member's written consent on form DD-1, given separately for each game title; (b) the "
        "scan session is paid at row D-1 of the Season Rate Card, per session of up to four (4) "
        "hours; (c) the licence fee is paid per game title, at row D-2, and covers that title, "
        "its patches and its downloadable content, but not a sequel, a remake or another title; "
        "(d) storyline veto: the employer sends the member every storyline, match outcome and "
        "cut-scene in which the double appears, and the member may veto any use within ten (10) "
        "days of receiving it; a use that is not sent is vetoed.",
    ),
    (
        "p",
        "(3) AI voice models: (a) an AI voice model of an announcer or caster is built only with "
        "the member's written consent on form VM-2; (b) the licence fee is paid per season, at "
        "row V-1; (c) no more than two thousand five hundred (2,500) lines may be generated in a "
        "season (the cap); lines beyond the cap are generated only with the member's consent and "
        "are paid per block of 100 lines at row V-2; (d) the model never replaces the member at a "
        "live event for which the member is booked; (e) the lines generated within the cap of "
        "Art. XIV(3)(c) are covered by the licence fee of Art. XIV(3)(b).",
    ),
    (
        "p",
        "(4) Synthetic crowd noise and synthetic commentary built from a member's voice or "
        "performance are forbidden without the member's separate written consent on form SC-3.",
    ),
    (
        "p",
        "(5) Deepfake promos are banned. No employer makes, commissions or broadcasts a deepfake "
        "promo of a member, with or without consent.",
    ),
    (
        "p",
        "(6) Deletion: all scan data is deleted within sixty (60) days after the licence ends or "
        "the consent is withdrawn, and a certificate of deletion is sent to the member within "
        "fourteen (14) days after the deletion.",
    ),
    (
        "p",
        "(7) Withdrawal: a member may withdraw a consent given under this Article on ninety (90) "
        "days' written notice; the withdrawal applies to game titles not yet released and to "
        "seasons not yet begun.",
    ),
    (
        "p",
        "(8) Scan data and recordings are never used to train or test an artificial intelligence "
        "model other than the member's own digital double or AI voice model.",
    ),
    (
        "p",
        "(9) No perpetual, lump-sum or buy-out licence of a member's likeness or voice may be "
        "agreed under this Agreement: every licence is per game title or per season.",
    ),
    ("art", "Article XV – Health and safety"),
    (
        "p",
        "(1) Rings are inspected before each card; ropes, turnbuckles and mats meet the Joint "
        "Safety Code.",
    ),
    (
        "p",
        "(2) Drinking water, a first-aid kit and a defibrillator are available at every venue.",
    ),
    (
        "p",
        "(3) A member may stop a match, a bout or an appearance that is unsafe, without loss of "
        "fee; after a blow to the head, Art. X(2)(a) applies.",
    ),
    ("art", "Article XVI – Guild stewards"),
    (
        "p",
        "(1) A Guild steward may attend every card, taping, game and tournament, and has access "
        "to the locker rooms, the suit rooms and the casting booths.",
    ),
    (
        "p",
        "(2) The employer gives the steward the match plans and the call sheets on request.",
    ),
    ("art", "Article XVII – Grievances"),
    ("p", "(1) A grievance is filed in writing within thirty (30) days of the facts."),
    (
        "p",
        "(2) The Joint Standing Committee (ARPG / SLEEA) hears it within twenty-one (21) days.",
    ),
    (
        "p",
        "(3) A grievance that the Committee does not resolve goes to arbitration before a sole "
        "arbitrator chosen from the joint list.",
    ),
    (
        "p",
        "(4) A grievance may be settled by a settlement memorandum signed by both parties. A "
        "settlement memorandum may amend the Season Rate Card under Art. IV(4) and, from a date "
        "it states, a clause of this Agreement.",
    ),
    ("art", "Article XVIII – Guild dues"),
    (
        "p",
        "(1) On the member's written authorisation, the employer deducts the Guild's dues of one "
        "per cent (1 %) of fees and remits them each month.",
    ),
    ("art", "Article XIX – Previous agreement"),
    (
        "p",
        "(1) This Agreement replaces the Arena Performance Agreement 2021–2024, which expired on "
        "31 August 2024.",
    ),
    (
        "p",
        "(2) Except as provided in Art. XIX(3), no clause of the expired agreement continues in "
        "force; in particular, its Clause 11.5 (laundering allowance) is not kept.",
    ),
    (
        "p",
        "(3) Notwithstanding Art. XIX(2), Clause 11.3 of the Arena Performance Agreement "
        "2021–2024 (Northern circuit allowance, per show day in the districts of Nordmark) "
        "remains in force for the whole term of this Agreement, at the amount it set. It is not "
        "superseded by this Agreement nor by any Season Rate Card, which shows it as row T-3 "
        "(Art. XI(4)).",
    ),
    ("art", "Article XX – Renewal, amendments and signature"),
    (
        "p",
        "(1) Either party may give notice to bargain a renewal between 1 March 2027 and 31 May "
        "2027. This Agreement stays in force until it is renewed.",
    ),
    (
        "p",
        "(2) Amendments are made in writing and signed by both parties; Art. IV(4) and "
        "Art. XVII(4) apply to settlement memoranda.",
    ),
    (
        "p",
        "(3) Signed at Kalvhamn on 28 August 2024. For the ARPG: Maja Lindqvist-Beaulieu, "
        "President; Henrik Sauvé-Dahl, General Secretary. For the SLEEA: Gustav Arnesen-Morel, "
        "Chair; Élise Hammarby, Director of Labour Relations.",
    ),
]

# The rate card's table: code, role and unit, S25/26, S26/27, from 1.1.2027 ("—": no change
# announced). Footnote markers are attached to the amounts they qualify.
RATE_HEADER = ["Code", "Role and unit", "S25/26", "S26/27", "from 1.1.2027"]
RATE_ROWS = [
    ["", "Part A – Ring and exhibition performers", "", "", ""],
    ["W-1", "Wrestler – per televised match", "2 300 kr", "2 400 kr", "2 480 kr¹"],
    ["W-2", "Wrestler – per TV taping day (up to 10 hours)", "4 600 kr", "4 850 kr", "—"],
    ["W-3", "Wrestler – per house show (not televised)", "1 800 kr", "1 890 kr", "—"],
    ["S-1", "Stunt-fight performer – per exhibition (up to 3 bouts)", "1 650 kr", "1 720 kr", "—"],
    ["S-2", "Stunt-fight performer – per rehearsal day", "1 100 kr", "1 150 kr", "1 190 kr¹"],
    ["", "Part B – Mascot performers", "", "", ""],
    [
        "M-1",
        "Mascot performer – per game (up to 4 hours at the venue)",
        "1 380 kr",
        "1 450 kr",
        "—",
    ],
    ["M-2", "Mascot performer – per appearance (up to 2 hours)", "780 kr", "820 kr", "860 kr¹"],
    ["M-3", "Mascot performer – suit fitting or cleaning call, per hour", "310 kr", "325 kr", "—"],
    ["", "Part C – Announcers, casters and hosts", "", "", ""],
    ["A-1", "Ring announcer – per event", "1 500 kr", "1 580 kr", "1 640 kr¹"],
    ["A-2", "Arena announcer – per game", "1 200 kr", "1 260 kr", "—"],
    ["E-1", "Esports caster – per broadcast day (up to 9 hours)", "2 900 kr", "3 050 kr", "—"],
    ["E-2", "Esports desk host – per broadcast day (up to 9 hours)", "2 600 kr", "2 720 kr", "—"],
    [
        "E-3",
        "Caster or desk host – per tournament (up to 4 broadcast days)",
        "10 400 kr",
        "10 950 kr",
        "11 400 kr¹",
    ],
    ["H-1", "In-arena hype host – per event", "1 100 kr", "1 160 kr", "—"],
    ["H-2", "In-arena hype host – per extra segment beyond two", "240 kr", "250 kr", "—"],
    ["", "Part D – Travel and allowances", "", "", ""],
    ["T-1", "Travel day without a call (Art. XI(1))", "950 kr", "1 000 kr", "—"],
    ["T-2", "Per diem – per night away from the home base", "452 kr", "475 kr", "495 kr¹"],
    ["T-3", "Northern circuit allowance – per show day in Nordmark", "375 kr", "375 kr", "375 kr²"],
    ["", "Part E – Digital doubles and AI voice models (Art. XIV)", "", "", ""],
    ["D-1", "Scan session (up to 4 hours) – per session", "3 200 kr", "3 400 kr", "—"],
    ["D-2", "Digital double licence – per game title", "14 500 kr", "15 200 kr", "—"],
    ["V-1", "AI voice model licence – per season (Art. XIV(3))", "9 800 kr", "10 300 kr", "—"],
    [
        "V-2",
        "Generated lines beyond the cap – per block of 100 lines",
        "415,50 kr",
        "437,50 kr*",
        "—",
    ],
]

RATE_CARD: list[tuple[str, str]] = [
    ("title", "Season Rate Card S26/27"),
    (
        "sub",
        "ARPG–SLEEA Joint Rates Board, under Article IV of the Arena Performance Agreement "
        "2024–2027. Issued at Kalvhamn on 10 August 2026 (10.8.2026). Bookings at these rates "
        "open in week 36, 2026 (Monday 31 August 2026).",
    ),
    (
        "p",
        "This Season Rate Card replaces the Barème de la saison 2025-2026 (the schedule of the "
        "previous season) from 1 September 2026 (1.9.2026). Work done up to 31 August 2026 "
        "remains payable at the rates of that schedule, repeated here in the column S25/26 for "
        "reference only.",
    ),
    (
        "p",
        "Season 2026/27 (S26/27) runs from 1.9.2026 to 31.8.2027. The column S26/27 applies to "
        "all work in the season, except where the column from 1.1.2027 shows an announced "
        "amount: that amount applies only to work done from 1 January 2027 (1.1.2027), and the "
        "S26/27 amount applies until 31 December 2026. A dash means that no change is announced.",
    ),
    (
        "p",
        "Amounts are in kronor (kr) per unit shown, whole kronor unless öre follow a comma. The "
        "premiums of Article VII of the Agreement are set for the whole term and are not shown "
        "here. Footnote markers stand next to the amounts they qualify.",
    ),
    ("table", "rates"),
    (
        "note",
        "¹ Announced amount (Art. IV(2)(b) of the Agreement): payable only for work done on or "
        "after 1.1.2027. Work before that date is paid at the S26/27 amount.",
    ),
    (
        "note",
        "² Clause 11.3 of the expired Arena Performance Agreement 2021–2024, kept in force by "
        "Art. XIX(3) of the Agreement: the same amount in every season.",
    ),
    (
        "note",
        "* Lines beyond the cap of Art. XIV(3)(c) are generated only with the member's consent, "
        "block by block; row V-1 covers the lines up to the cap.",
    ),
    (
        "p",
        "Row D-2 is due once per game title and per member, whatever the number of platforms. "
        "Rows D-1 and D-2 require form DD-1; rows V-1 and V-2 require form VM-2.",
    ),
    (
        "p",
        "For the Joint Rates Board: Henrik Sauvé-Dahl (ARPG) and Élise Hammarby (SLEEA), "
        "10 August 2026.",
    ),
]


def _row_text(row: list[str]) -> str:
    return " | ".join(c for c in row if c)


def _text(blocks: list[tuple[str, str]], tables: dict[str, list[list[str]]]) -> str:
    lines = []
    for kind, text in blocks:
        if kind == "table":
            lines += [_row_text(r) for r in tables[text]]
        else:
            lines.append(text)
    return "\n".join(lines)


def agreement_text() -> str:
    return _text(AGREEMENT, {"premiums": [PREMIUM_HEADER, *PREMIUMS]})


def rate_card_text() -> str:
    return _text(RATE_CARD, {"rates": [RATE_HEADER, *RATE_ROWS]})


def rate_rows() -> list[list[str]]:
    """The table's rows with a code (the Part headings left out)."""
    return [r for r in RATE_ROWS if r[0]]


def _doc(header: str, orientation: str):
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

    pdf = Doc(orientation=orientation, format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(19, 15, 19)
    return pdf


def _block(pdf, kind: str, text: str, size: float = 11.5) -> None:
    if kind == "title":
        pdf.set_font("Helvetica", "B", 16)
        pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    elif kind == "sub":
        pdf.set_font("Helvetica", "I", size)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    elif kind == "art":
        if pdf.get_y() + 26 > pdf.page_break_trigger:
            pdf.add_page()
        pdf.ln(2.5)
        pdf.set_font("Helvetica", "B", 12.5)
        pdf.multi_cell(0, 7.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    elif kind == "note":
        pdf.set_font("Helvetica", "I", 9.5)
        pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    else:
        pdf.set_font("Helvetica", "", size)
        pdf.multi_cell(0, 6.6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.4)


def _check_cells(pdf, rows: list[list[str]], widths: tuple[float, ...], size: float) -> None:
    """Every cell must fit on one line (no wrapped cell text in the extracted rows)."""
    for i, row in enumerate(rows):
        pdf.set_font("Helvetica", "B" if i == 0 else "", size)
        for text, w in zip(row, widths, strict=True):
            if pdf.get_string_width(text) > w - 4:
                raise SystemExit(f"cell too wide for one line ({w} mm): {text!r}")


def _table(pdf, rows: list[list[str]], widths: tuple[float, ...], size: float, lh: float) -> None:
    from fpdf.fonts import FontFace

    _check_cells(pdf, rows, widths, size)
    pdf.set_font("Helvetica", "", size)
    with pdf.table(
        col_widths=widths,
        width=sum(widths),
        text_align="LEFT",
        line_height=lh,
        first_row_as_headings=True,
        repeat_headings=1,
        headings_style=FontFace(emphasis="BOLD"),
        padding=1.2,
        align="LEFT",
    ) as table:
        for i, row in enumerate(rows):
            r = table.row()
            if i and not row[0] and row[1].startswith("Part "):
                r.cell(row[1], colspan=len(row), style=FontFace(emphasis="BOLD"))
                continue
            for text in row:
                r.cell(text)


def build_agreement() -> None:
    pdf = _doc(AGREEMENT_HEADER, "P")
    pdf.set_title("Arena Performance Agreement 2024-2027")
    pdf.set_author("ARPG / SLEEA")
    pdf.set_creation_date(datetime.datetime(2024, 8, 28, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    for kind, text in AGREEMENT:
        if kind == "table":
            pdf.ln(1)
            _table(pdf, [PREMIUM_HEADER, *PREMIUMS], (11, 53, 50, 58), 8.8, 5.4)
            pdf.ln(3)
        else:
            _block(pdf, kind, text)
    pdf.output(AGREEMENT_OUT)
    print("wrote", AGREEMENT_OUT, pdf.pages_count, "pages")


def build_rate_card() -> None:
    pdf = _doc(RATE_CARD_HEADER, "L")
    pdf.set_title("Season Rate Card S26/27")
    pdf.set_author("ARPG-SLEEA Joint Rates Board")
    pdf.set_creation_date(datetime.datetime(2026, 8, 10, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    for kind, text in RATE_CARD:
        if kind == "table":
            _table(pdf, [RATE_HEADER, *RATE_ROWS], (18, 125, 38, 38, 38), 10.5, 6.2)
            pdf.ln(3)
        else:
            _block(pdf, kind, text, size=10.5)
    pdf.output(RATE_CARD_OUT)
    print("wrote", RATE_CARD_OUT, pdf.pages_count, "pages")


if __name__ == "__main__":
    build_agreement()
    build_rate_card()
