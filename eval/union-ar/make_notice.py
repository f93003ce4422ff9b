#!/usr/bin/env python3
"""Write the eight text documents of union-ar (their whole text is in this script).

    python3 eval/union-ar/make_notice.py

English:
- tapwell-entertainers-hub-rates-2026-27.html: Tapwell's page for entertainers (HTML): the
  only printed Friday and Saturday fees (22,400 ₸ and 30,900 ₸); a CLOSED <dialog> holding
  last season's house rates (traps: a browser never shows it, a tag stripper reads it); a fee
  estimate in a <form> whose <input> keeps its value in an attribute and whose <output> holds
  the result; an <img> whose ALT TEXT names the quiz league's reserved table (only in the raw
  page); an <address> and a <mark>. Amounts with the sign after and a space ("19,400 ₸").
- pceg-tapwell-bookings-mailbox-2026-12.txt: seven e-mails in an MBOX (mboxrd): each message
  opens with a "From " separator line carrying an asctime date ("Mon Nov 30 09:14:02 2026"),
  and a body line that began with "From " is escaped as ">From ". The grace-period pay runs,
  a proposal on deps that was refused, the shorthand "16k5" (once), the Friday of the quiz
  league, a residency anniversary, a consent lapsed for non-use, "the 18th inst." and
  Twelfth Night.
- fmcs-clubmaster-caller-payments-2026-11.txt: the Federation's November payroll export for
  bingo callers from a DOS program, in CODE PAGE 437 (not UTF-8) with CRLF line ends and a
  table drawn with BOX-DRAWING characters; amounts with the code "KZT 9,750.00"; the clubs'
  membership (a small club of 214 members at KZT 8,900.00) and the payment run moved past
  Founders' Day.
- harrow-and-lantern-winter-menu-2026-27.md: a free house's winter menu (a distractor naming no
  party), Pandoc Markdown with LINE BLOCKS ("| " lines) for its address, HEADING IDENTIFIERS
  ("{#mains}"), EMOJI SHORTCODES (":fire:") and an INDENTED CODE BLOCK (the guests' Wi-Fi).
French:
- gapcs-faq-membres-port-ardoise.html: the Guild's French FAQ: a <marquee> ticker (the tea
  dance, the Panel's first meeting, the general assembly: only here), an ordered list
  numbered by <ol reversed> (the numbers are in no text), a <sub> ("LAeq<sub>15 min</sub>")
  and an <object> whose FALLBACK CONTENT holds the 2023-2026 figures (traps: a browser shows
  the embedded PDF instead, a tag stripper reads the fallback). Office hours only here.
- guide-panel-mixte-voix-et-doubles-partie-f.md: the Joint Digital Likeness Panel's guide to
  Part F, Markdown with TOML FRONT MATTER ("+++" fences; its effective date only there), a
  PANDOC SIMPLE TABLE (columns under dashes, no pipes: the weekly caps, only here) and
  ABBREVIATION definitions ("*[PV-6]: ...").
- gapcs-bareme-comparatif-2023-vs-2026.txt: the Guild's comparison of the rate sheets as a
  UNIFIED DIFF ("diff -u": "-" lines the 2023-2026 rates, "+" lines the 2026-2029 ones),
  amounts with an ORDINARY SPACE between the thousands ("19 400 ₸").
- sono-bazar-catalogue-karaoke-printemps-2027.html: a shop's catalogue of karaoke machines and
  microphones (a distractor naming no party), with <img> alt texts and <meter> stock levels.
"""

from __future__ import annotations

import difflib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
NNB = "\u202f"
NB = "\u00a0"


def _p(name: str) -> str:
    return os.path.join(DOCS, name)


HUB_OUT = _p("tapwell-entertainers-hub-rates-2026-27.html")
MBOX_OUT = _p("pceg-tapwell-bookings-mailbox-2026-12.txt")
PAYROLL_OUT = _p("fmcs-clubmaster-caller-payments-2026-11.txt")
MENU_OUT = _p("harrow-and-lantern-winter-menu-2026-27.md")
FAQ_OUT = _p("gapcs-faq-membres-port-ardoise.html")
PARTF_OUT = _p("guide-panel-mixte-voix-et-doubles-partie-f.md")
DIFF_OUT = _p("gapcs-bareme-comparatif-2023-vs-2026.txt")
CATALOGUE_OUT = _p("sono-bazar-catalogue-karaoke-printemps-2027.html")


def fr(amount: str) -> str:
    """'19 400' with a plain space -> U+202F between the thousands and U+00A0 before ₸."""
    return amount.replace(" ", NNB) + NB + "₸"


# ---- Tapwell's Entertainers' Hub (English HTML) -------------------------------------------------

HUB_ROWS = [
    ("Two sets (2 × 45 min)", "19,400 ₸", "22,400 ₸"),
    ("Three sets (3 × 45 min)", "26,800 ₸", "30,900 ₸"),
]
HUB_DIALOG = (
    "Friday or Saturday, two sets: 20,600 ₸ per performer; three sets: 28,300 ₸ per "
    "performer. These house rates ended on 31 October 2026."
)
HUB_ALT = (
    "Poster: Winter Quiz League finals at the Kettlebridge Tapwell, Table 14 reserved for "
    "the quizmasters"
)
HUB = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Tapwell Entertainers' Hub – rates and bookings 2026–27</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<header>
<nav><a href="/">Tapwell Inns &amp; Hotels</a> · <a href="/pubs">Our pubs</a> · <a href="/hub">Entertainers' Hub</a></nav>
</header>
<main>
<h1>Entertainers' Hub: rates for 2026–27</h1>
<p><mark>New from 1 November 2026:</mark> the Pub and Club Entertainment Agreement 2026–2029 with the Guild. On this page amounts are in tenge, with the sign after the figure and a space: 19,400 ₸ is nineteen thousand four hundred tenge.</p>
<p>Tapwell uses the grace period of clause 3.4: nights up to 31 December 2026 may be paid at the previous rates, and the difference is paid as back pay in the pay run of Friday 29 January 2027.</p>
<h2>Band, duo and tribute nights</h2>
<table>
<thead><tr><th>Night, per performer</th><th>Sunday to Thursday</th><th>Friday or Saturday</th></tr></thead>
<tbody>
{"".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" + chr(10) for a, b, c in HUB_ROWS)}</tbody>
</table>
<p>Our Friday and Saturday fees are published under clause 3.3: at least 15% above the weeknight fee, rounded up to the next 100 ₸. A night belongs to the day on which its first set begins. At most 4 sets a night, an extra set included.</p>
<h2>Quiz, karaoke and residencies</h2>
<ul>
<li>Quiz night host: 15,600 ₸ a night of up to 8 rounds, plus 2,350 ₸ for each round of ten questions that you write.</li>
<li>Karaoke host: 6,300 ₸ an hour, at least 3 hours; sound-system allowance 7,500 ₸ a night when you bring your own PA.</li>
<li>Residency (four nights or more in a week at one pub): 68,500 ₸ per performer a week; 73,900 ₸ after 12 months at the same pub.</li>
<li>QuizPint, our pub-quiz app, reads the questions in a host's voice only with a signed Form PV-6.</li>
</ul>
<h2>Estimate a night</h2>
<form id="estimate" action="#" method="get">
<fieldset>
<legend>Two-set weeknight</legend>
<label>Performers <input type="number" name="performers" value="4" min="1" max="8"></label>
<p>Estimated fees: <output name="total" for="performers">77,600 ₸</output> (four performers at 19,400 ₸).</p>
</fieldset>
</form>
<dialog id="last-season">
<h3>Last season (2025–26): Tapwell house rates</h3>
<p>{HUB_DIALOG}</p>
</dialog>
<h2>How we book</h2>
<p>The Entertainment Desk confirms every booking by e-mail, with the pub, the call time and the set times. You do not need to send an invoice: we pay from the booking, within the time the agreement sets, and your payslip shows each night on its own line.</p>
<h2>Our venues</h2>
<p>Our function rooms hold up to 180 guests. The Winter Quiz League poster hangs in every pub:</p>
<img src="/img/winter-quiz-league.png" alt="{HUB_ALT}" width="320" height="453">
<address>Tapwell Entertainment Desk, 3 Maltings Row, Kettlebridge KB2 7LN · 0712-4480 ext. 2207 · hub@tapwell.example</address>
</main>
<footer><p>© 2026 Tapwell Inns &amp; Hotels plc · Entertainers' Hub</p></footer>
</body>
</html>
"""


def hub_bytes() -> bytes:
    return HUB.encode("utf-8")


# ---- the mailbox (English mbox) -----------------------------------------------------------------

# (From_ address, asctime, headers, body lines)
MESSAGES: list[tuple[str, str, list[str], list[str]]] = [
    (
        "gareth.pennington-osei@tapwell.example",
        "Mon Nov 30 09:14:02 2026",
        [
            "From: Gareth Pennington-Osei <gareth.pennington-osei@tapwell.example>",
            "To: Nell Castellano-Boateng <rates@pceg.example>",
            "Date: Mon, 30 Nov 2026 09:14:02 +0600",
            "Subject: Pay runs after 1 November",
            "Message-ID: <payruns.1130@tapwell.example>",
        ],
        [
            "Nell,",
            "",
            "As clause 3.4 allows, our pay runs will go on paying the previous rates up to",
            "31 December 2026: ₸17,900 for a two-set weeknight, ₸24,600 for three sets. Every",
            "night since 1 November paid that way will be topped up as back pay in the",
            "January run.",
            "",
            "One more thing for the next Joint Rates Committee: from January we would like to",
            "pay deps directly, at a flat ₸15,000 a night, so that the booked member is out of",
            "it.",
            "",
            "Gareth Pennington-Osei",
            "Head of entertainment, Tapwell Inns & Hotels plc",
        ],
    ),
    (
        "rates@pceg.example",
        "Tue Dec  1 16:40:55 2026",
        [
            "From: Nell Castellano-Boateng <rates@pceg.example>",
            "To: Gareth Pennington-Osei <gareth.pennington-osei@tapwell.example>",
            "Date: Tue, 1 Dec 2026 16:40:55 +0600",
            "Subject: Re: Pay runs after 1 November",
            "Message-ID: <payruns.1201@pceg.example>",
            "In-Reply-To: <payruns.1130@tapwell.example>",
        ],
        [
            "Gareth,",
            "",
            "Agreed on the pay runs: that is what clause 3.4 allows, and the back pay is due",
            "no later than 31 January 2027. From 1 January 2027 every night is paid at the",
            "new rate, ₸19,400 for a two-set weeknight.",
            "",
            "On deps, no. Clause 7.3 stands: the pub pays the booked member, and the booked",
            "member pays the dep. A flat ₸15,000 paid by the pub is not agreed, and it is",
            "below the floor of clause 7.3.",
            "",
            "Nell Castellano-Boateng",
            "Rates officer, PCEG",
        ],
    ),
    (
        "tomasz.reilly-achterberg@example.net",
        "Wed Dec  2 22:03:17 2026",
        [
            "From: Tomasz Reilly-Achterberg <tomasz.reilly-achterberg@example.net>",
            "To: Nell Castellano-Boateng <rates@pceg.example>",
            "Date: Wed, 2 Dec 2026 22:03:17 +0600",
            "Subject: dep for saturday",
            "Message-ID: <dep.1202@example.net>",
        ],
        [
            "Hi Nell,",
            "",
            "I can't make Saturday at the Millbrook Tapwell and I'm sending a dep. He says",
            "he's owed 16k5 minimum and that I have to pay him, not the pub. Is that right?",
            "From now on I'll take my deps from the Guild's list, it's easier.",
            "",
            "Tomasz (bass, The Fenwick Four)",
        ],
    ),
    (
        "rates@pceg.example",
        "Thu Dec  3 09:12:48 2026",
        [
            "From: Nell Castellano-Boateng <rates@pceg.example>",
            "To: Tomasz Reilly-Achterberg <tomasz.reilly-achterberg@example.net>",
            "Date: Thu, 3 Dec 2026 09:12:48 +0600",
            "Subject: Re: dep for saturday",
            "Message-ID: <dep.1203@pceg.example>",
            "In-Reply-To: <dep.1202@example.net>",
        ],
        [
            "Tomasz,",
            "",
            "Yes. Under clause 7.3 the pub pays you for the night as if you had played, and",
            "you pay your dep within 7 days: the fee for the night, less at most ₸1,800 for",
            "arranging it, and never less than the floor he quoted. (That is band shorthand,",
            "the way sound engineers write 4k7: the k stands where the decimal point goes.)",
            "Give the venue 48 hours' notice.",
            "",
            "Nell",
        ],
    ),
    (
        "gareth.pennington-osei@tapwell.example",
        "Fri Dec  4 11:22:40 2026",
        [
            "From: Gareth Pennington-Osei <gareth.pennington-osei@tapwell.example>",
            "To: Resident acts <residents@tapwell.example>",
            "Cc: Nell Castellano-Boateng <rates@pceg.example>",
            "Date: Fri, 4 Dec 2026 11:22:40 +0600",
            "Subject: Winter Quiz League, residencies and QuizPint forms",
            "Message-ID: <residents.1204@tapwell.example>",
        ],
        [
            "To all resident acts,",
            "",
            "The Winter Quiz League opens on Friday 15 January 2027 at the Kettlebridge",
            "Tapwell, with two sets from the house band before the first round.",
            "",
            "The Lamplighters (Wrenholt Tapwell): your residency began on Monday 3 November",
            "2025, so the 12-month residency fee, ₸73,900 a week per performer, has applied",
            "since the week beginning Monday 9 November 2026.",
            "",
            "If you agree to lend your voice to QuizPint, please return the signed Form PV-6",
            "by the 18th inst.",
            "",
            "Gareth",
        ],
    ),
    (
        "rates@pceg.example",
        "Sat Dec  5 10:05:31 2026",
        [
            "From: Nell Castellano-Boateng <rates@pceg.example>",
            "To: Harriet Osei-Marlow <harriet.om@example.net>",
            "Date: Sat, 5 Dec 2026 10:05:31 +0600",
            "Subject: Re: ClubCall voice at the Millbrook Railwaymen's Club",
            "Message-ID: <clubcall.1205@pceg.example>",
            "In-Reply-To: <clubcall.1204@example.net>",
        ],
        [
            "Harriet,",
            "",
            "The Federation's ClubCall log shows that the Millbrook Railwaymen's Club last",
            "used your AI caller voice on 2 September 2026. Under clause 19.3 a consent lapses",
            "after 90 days without use, so your consent for that club lapsed on",
            "1 December 2026. The club cannot use the voice again without a new Form PV-6,",
            "and the model must be deleted within 25 days.",
            "",
            "Nell",
            "",
            "> On Fri, 4 Dec 2026, Harriet Osei-Marlow wrote:",
            "> They haven't used my voice since early September. Is my consent still good?",
            "> The club wants to start the AI caller again in the new year.",
        ],
    ),
    (
        "rates@pceg.example",
        "Mon Dec  7 08:30:12 2026",
        [
            "From: Nell Castellano-Boateng <rates@pceg.example>",
            "To: PCEG members <members@pceg.example>",
            "Date: Mon, 7 Dec 2026 08:30:12 +0600",
            "Subject: Twelfth Night tea dance - band wanted",
            "Message-ID: <teadance.1207@pceg.example>",
        ],
        [
            "Dear members,",
            "",
            "The Federation's Twelfth Night tea dance (Tuesday 5 January 2027) at the",
            "Wrenholt Legion Club still needs a five-piece dance band. Reply to this address",
            "if you are free; the club pays the tea-dance fee of the agreement to each",
            "musician.",
            "",
            "Nell",
        ],
    ),
]


def _mboxrd(line: str) -> str:
    """mboxrd quoting: a body line matching ^>*From  gets one more '>'."""
    stripped = line.lstrip(">")
    return ">" + line if stripped.startswith("From ") else line


def mbox_bytes() -> bytes:
    out: list[str] = []
    for addr, when, headers, body in MESSAGES:
        out.append(f"From {addr} {when}")
        out += headers
        out.append("Content-Type: text/plain; charset=utf-8")
        out.append("")
        out += [_mboxrd(line) for line in body]
        out.append("")
    return ("\n".join(out) + "\n").encode("utf-8")


# ---- the clubs' payroll export (code page 437, CRLF) ------------------------------------------------

PAY_ROWS = [
    ("M-40217", "Kettlebridge Miners' Welfare, 612 members", 6, "9,750.00"),
    ("M-40217", "  big-prize supplement, 2 sessions", 2, "3,200.00"),
    ("M-51388", "Millbrook Railwaymen's Club, 214 members", 4, "8,900.00"),
    ("M-47720", "Saint-Gobin Social Club, 355 members", 5, "9,750.00"),
    ("M-39904", "Wrenholt Legion Club, 298 members", 3, "8,900.00"),
]
PAY_HEAD = ("Member", "Club", "Sess", "Rate", "Amount")
PAY_WIDTHS = (9, 43, 4, 14, 15)


def _money(cents: int) -> str:
    return f"KZT {cents // 100:,}.{cents % 100:02d}"


def pay_amounts() -> list[tuple[str, int, int, int]]:
    """(rate, sessions, rate in tiyn, amount in tiyn) of each payroll line."""
    out = []
    for _, _, n, rate in PAY_ROWS:
        r = round(float(rate.replace(",", "")) * 100)
        out.append((rate, n, r, n * r))
    return out


def payroll_text() -> str:
    w = PAY_WIDTHS
    top = "╔" + "╤".join("═" * (x + 2) for x in w) + "╗"
    mid = "╟" + "┼".join("─" * (x + 2) for x in w) + "╢"
    bot = "╚" + "╧".join("═" * (x + 2) for x in w) + "╝"

    def row(cells: list[str], right: set[int]) -> str:
        parts = [
            " " + (c.rjust(x) if i in right else c.ljust(x)) + " "
            for i, (c, x) in enumerate(zip(cells, w, strict=True))
        ]
        return "║" + "│".join(parts) + "║"

    lines = [
        "FMCS CLUBMASTER 4.2 - CALLER AND ENTERTAINER PAYMENTS",
        "Federation of Members' Clubs of Sarrevoy - club office, Kettlebridge",
        "Period: NOVEMBER 2026                          Printed: MON 07-DEC-2026 08:02",
        "This export is in code page 437 (IBM PC, MS-DOS). Amounts are in tenge with the",
        "currency code KZT. Rates: Pub and Club Entertainment Agreement 2026-2029, clauses",
        "5.2 to 5.4. Members are counted on 1-NOV-2026.",
        "",
        top,
        row(list(PAY_HEAD), {2, 3, 4}),
        mid,
    ]
    total = 0
    for (member, club, n, rate), (_, _, _, amount) in zip(PAY_ROWS, pay_amounts(), strict=True):
        total += amount
        lines.append(row([member, club, str(n), "KZT " + rate, _money(amount)], {2, 3, 4}))
    lines += [
        mid,
        row(["", "TOTAL NOVEMBER 2026", "", "", _money(total)], {2, 3, 4}),
        bot,
        "",
        "Notes",
        "- Small clubs (fewer than 300 members on 1-NOV-2026) are paid KZT 8,900.00 a",
        "  session until 30-APR-2027 (cl. 5.4); no back pay is due to their callers.",
        "- Big-prize nights at the Miners' Welfare: winning tickets no. 11475 and 11476.",
        "- Callers call no more than two sessions a day; the log counts each session once.",
        "- November sessions are paid in the run of FRI 11-DEC-2026.",
        "- Sessions of THU 03-DEC-2026 fall due on THU 17-DEC-2026, Founders' Day (a public",
        "  holiday), and are paid in the run of FRI 18-DEC-2026 (cl. 11.2).",
        "",
        "- Questions on this report: the club office, Kettlebridge, weekdays 09:00-16:00.",
        "",
        "END OF REPORT",
    ]
    return "\r\n".join(lines) + "\r\n"


def payroll_bytes() -> bytes:
    return payroll_text().encode("cp437")


# ---- the free house's menu (English Markdown, a distractor) -------------------------------------

MENU = """# The Harrow & Lantern – winter menu 2026–27 {#top}

| The Harrow & Lantern
| 12 Ferry Lane, Wrenholt WR3 5QP
| Premises licence PL/WR/04417 · capacity 140

:fire: Open fires from November · :beer: six cask ales on the bar · :dog: dogs welcome in the snug

A free house on the river since 1862. Our kitchen cooks everything here, from the pastry of
the pies to the bread of the ploughman's board. Tell us about allergies when you order: the
menu changes with the market and we are happy to check every dish. Children are welcome in
the dining room until 21:00, and the garden opens again in April.

## Small plates {#small-plates}

- Pork scratchings with apple sauce – ₸1,190
- Scotch egg, still warm, with mustard – ₸2,240
- Soup of the day with our bread – ₸2,680

## Mains {#mains}

- Ploughman's board: two cheeses, ham, pickles, apple – ₸3,950
- Pie of the day with mash and gravy – ₸4,780
- Fish and chips with mushy peas – ₸5,120
- Sunday roast, Sundays from 12:00 until it runs out – ₸5,640
- Mushroom and ale stew with dumplings – ₸4,360
- Cheese of the month with oatcakes and chutney – ₸3,280

## Drinks {#drinks}

- Pint of cask bitter – ₸1,160
- Glass of house wine – ₸1,490
- Hot toddy, honey and lemon – ₸1,870
- Mulled cider by the jug, for four – ₸5,980
- Soft drinks and cordials – ₸690

## Nights at the Harrow {#nights}

- Tuesday quiz: ₸600 a player, teams of up to six, cash jackpot for the winners.
- Thursday karaoke: free entry, last song at 23:30, no song twice in a night.
- Sunday folk session: bring an instrument and a song; the kitchen stays open until 20:00.
- First Saturday of the month: a ceilidh in the back room, with a caller for the dances.
- Winter Wednesdays: board games by the fire, and a pot of tea for the table on the house.

Book Table 12 by the fire for groups of eight; larger parties can have the back room, which
seats forty for a meal. Wi-Fi for guests:

    network:  HARROW-GUEST
    password: lantern-fireside

Prices include service. We do not take cards for bills under ₸750. Gift vouchers are sold at
the bar and make a good present for the quiet, phone-free evenings by the fire that our
regulars seem to like best.
"""


def menu_bytes() -> bytes:
    return MENU.encode("utf-8")


# ---- the Guild's French FAQ (HTML) --------------------------------------------------------------

MARQUEE = (
    "Thé dansant des Rois au Legion Club de Wrenholt : mardi 5 janvier 2027 · Première "
    "réunion du panel mixte des doubles numériques : mardi 2 mars 2027 · Assemblée générale "
    "de la Guilde : samedi 10 avril 2027, à Port-Ardoise"
)
CANCEL = [
    "29 jours ou plus avant la soirée : rien.",
    "De 15 à 28 jours : 25 % du cachet.",
    "De 8 à 14 jours : 50 % du cachet.",
    "De 48 heures à 7 jours : 75 % du cachet.",
    "Moins de 48 heures : 100 % du cachet.",
]
FAQ_FALLBACK = (
    "Votre navigateur ne peut pas afficher le barème. Barème 2023-2026 (terminé le "
    f"31 octobre 2026) : soirée deux sets {fr('17 900')} ; karaoké {fr('5 800')} l'heure."
)
FAQ = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>FAQ des membres – bureau de Port-Ardoise – GAPCS</title>
</head>
<body>
<header>
<nav><a href="/">Guilde des artistes de pubs et de clubs de Sarrevoy</a> · <a href="/faq">FAQ</a> · <a href="/contact">Contact</a></nav>
<marquee behavior="scroll" direction="left">{MARQUEE}</marquee>
</header>
<main>
<h1>FAQ des membres – bureau de Port-Ardoise</h1>
<p>Les montants sont en tenge, écrits à la française : une espace fine entre les milliers et le signe ₸ après le nombre.</p>
<h2>Qui est couvert ?</h2>
<p>Les artistes tribute, les duos et groupes résidents des pubs, les pianistes de piano-bar, les animateurs de karaoké, les animateurs et maîtres de quiz, les annonceurs de bingo des clubs, les animateurs de scène ouverte et les musiciens des thés dansants. Le personnel de bar et de porte de Tapwell, salarié, n'est pas couvert.</p>
<h2>Le bureau</h2>
<p>Bureau de Port-Ardoise, 7, rue des Tonneliers. Ouvert du mardi au samedi, de 10 h à 18 h ; téléphone : poste 318.</p>
<h2>Qui paie mon remplaçant ?</h2>
<p>Vous. L'établissement vous paie la soirée comme si vous aviez joué ; vous payez votre remplaçant sous 7 jours : le cachet de la soirée, moins des frais d'organisation d'au plus {fr("1 800")}, et jamais moins de {fr("16 500")} pour une soirée. Prévenez l'établissement 48 heures à l'avance.</p>
<h2>La soirée est annulée : combien je touche ?</h2>
<p>Selon le préavis, du plus long au plus court :</p>
<ol reversed>
{"".join(f"<li>{item}</li>" + chr(10) for item in CANCEL)}</ol>
<h2>Indemnité de repas</h2>
<p>{fr("3 150")} quand l'appel couvre toute la période de 18 h à 20 h et que l'établissement ne fournit pas de repas chaud.</p>
<h2>Bruit</h2>
<p>À la table de mixage : LAeq<sub>15 min</sub> au plus 96 dB(A). Un établissement dont la licence fixe une limite plus basse vous le dit à la réservation.</p>
<h2>Je retire mon consentement à une voix de synthèse</h2>
<p>Préavis écrit de 35 jours ; l'usage cesse à la fin du préavis. Les modèles et les enregistrements sont effacés dans les 25 jours qui suivent le dernier usage autorisé, avec un certificat d'effacement.</p>
<h2>L'ancien barème</h2>
<object data="/docs/bareme-2023-2026.pdf" type="application/pdf" width="600" height="400">
<p>{FAQ_FALLBACK}</p>
</object>
</main>
<footer><p>© 2026 GAPCS · bureau de Port-Ardoise</p></footer>
</body>
</html>
"""


def faq_bytes() -> bytes:
    return FAQ.encode("utf-8")


# ---- the Panel's guide to Part F (French Markdown) ----------------------------------------------

CAPS = [
    ("Voix de quiz (QuizPint)", "3 soirées par établissement"),
    ("Annonceur IA (écrans ClubCall)", "6 séances par club"),
    ("Voix « tribute »", "4 soirées par établissement"),
    ("Avatar d'orchestre", "2 soirées par établissement"),
    ("Voix guides de karaoké", "5 soirées par établissement"),
]
CAP_WIDTHS = (38, 30)


def _simple_table() -> str:
    a, b = CAP_WIDTHS
    lines = [f"  {'Usage'.ljust(a)}  Plafond par semaine", f"  {'-' * a}  {'-' * b}"]
    lines += [f"  {u.ljust(a)}  {c}" for u, c in CAPS]
    return "\n".join(lines)


PARTF = f"""+++
title = "Guide de la partie F : voix de synthèse et doubles numériques"
auteur = "Panel mixte des doubles numériques"
date_effet = 2026-11-15
statut = "publié"
+++

# Guide de la partie F : voix de synthèse et doubles numériques

Ce guide du panel mixte des doubles numériques (la Guilde GAPCS, Tapwell et la FCMS) explique
la partie F de l'accord des spectacles de pubs et de clubs 2026-2029 (articles 14 à 20). Les
cachets par usage sont ceux de l'article 16 de l'accord ; le guide fixe les plafonds par semaine
que l'article 16.2 lui confie.

## Les cinq usages

- **Voix de quiz** : un clone de la voix d'un animateur de quiz lit les questions dans QuizPint.
- **Annonceur IA** : une voix construite à partir des appels enregistrés d'un annonceur, sur les écrans de bingo ClubCall des clubs.
- **Voix « tribute »** : des voix chantées générées par IA à partir d'un clone de la voix d'imitation d'un artiste tribute.
- **Avatar d'orchestre** : un avatar numérique d'un orchestre résident, diffusé sur les écrans d'un pub quand l'orchestre n'est pas là.
- **Voix guides de karaoké** : des voix guides générées par IA, chantées avec la voix de l'animateur de karaoké.

## Le formulaire PV-6

Chaque usage demande le consentement écrit de l'artiste, pour cet usage et cet établissement,
sur le formulaire PV-6 : un formulaire par usage et par établissement. Aucune réservation ne
peut dépendre de ce consentement. Aucun enregistrement ni aucun modèle ne sert à entraîner un
modèle général, même avec consentement.

## Plafonds par semaine

{_simple_table()}

La semaine va du lundi au dimanche. Un usage au-delà du plafond est un usage sans
consentement, que la Guilde peut porter devant le panel.

## Mentions à afficher

- Feuille de quiz : « Questions lues par une copie IA de la voix de votre animateur, avec son consentement. »
- Écrans de bingo : « Annonceur IA construit à partir des appels enregistrés de notre annonceur, avec son consentement. »
- Affiche tribute : « Voix IA tirées de la voix de l'artiste tribute, avec son consentement. »
- Écrans du pub : « Avatar enregistré : l'orchestre ne joue pas en direct ce soir. »
- Écran de karaoké : « Voix guide chantée par une copie IA de la voix de votre animateur. »

## Voix « tribute » : à qui appartient le clone ?

La voix d'un artiste tribute est sa propre prestation, même quand elle imite un autre chanteur.
Le modèle n'appartient ni à l'employeur ni à l'artiste imité : c'est l'artiste tribute qui le
concède, usage par usage, et lui seul peut y consentir. L'employeur obtient en plus
l'autorisation écrite de l'artiste imité ou de ses ayants droit avant tout usage public.

## Retrait, caducité et effacement

- Retrait : préavis écrit de 35 jours ; l'usage cesse à la fin du préavis.
- Caducité : un consentement tombe quand l'usage n'a pas eu lieu pendant 90 jours consécutifs ; il faut alors un nouveau formulaire PV-6.
- Effacement : dans les 25 jours qui suivent le dernier usage autorisé, avec un certificat.

## Audit

La Guilde peut contrôler les journaux d'usage de QuizPint, des écrans ClubCall et des écrans
des pubs deux fois par an au plus, avec un préavis écrit de 14 jours.

*[PV-6]: formulaire de consentement, un par usage et par établissement
*[QuizPint]: application de quiz des pubs Tapwell
*[ClubCall]: écrans électroniques de bingo des clubs de la Fédération
"""


def partf_bytes() -> bytes:
    return PARTF.encode("utf-8")


# ---- the comparison of the rate sheets (French unified diff) --------------------------------------

DIFF_HEAD = [
    "# Barème comparatif de la Guilde des artistes de pubs et de clubs de Sarrevoy (GAPCS)",
    "# Produit le 12 novembre 2026 par le webmestre avec « diff -u ». Lignes « - » : ancien",
    "# barème (accord 2023-2026, terminé le 31 octobre 2026). Lignes « + » : nouveau barème",
    "# (accord 2026-2029, depuis le 1er novembre 2026). Lignes qui commencent par une espace :",
    "# inchangées. Montants par artiste, en tenge, avec une espace ordinaire entre les milliers.",
]
OLD_SHEET = [
    "BARÈME DES CACHETS (soirs de semaine, par artiste)",
    "Soirée deux sets (2 x 45 min) : 17 900 ₸",
    "Soirée trois sets (3 x 45 min) : 24 600 ₸",
    "Pianiste de piano-bar (soirée de 3 h au plus) : 16 200 ₸",
    "Animateur de scène ouverte : 10 900 ₸",
    "Résidence (4 soirées ou plus par semaine) : 63 000 ₸ par semaine",
    "Thé dansant, par musicien : 13 100 ₸",
    "Soirée de quiz : 14 800 ₸",
    "Écriture des questions : 2 100 ₸ par manche",
    "Séance de bingo : 8 900 ₸",
    "Supplément soirée grand lot : 2 800 ₸",
    "Karaoké : 5 800 ₸ l'heure",
    "Indemnité sono : 6 500 ₸",
    "Mise en place et balance : 3 500 ₸",
    "Fin tardive (dernier set fini après minuit) : 3 000 ₸",
    "Set supplémentaire : 7 600 ₸",
    "Indemnité de repas (appel de 18 h à 20 h) : 3 150 ₸",
    "Déplacements : 84,00 ₸ par km au-delà des 40 premiers km",
    "Remplaçant : payé directement par l'établissement",
    "Saint-Sylvestre : 2 fois le cachet de semaine",
    "Jours fériés : 1,5 fois le cachet de semaine",
    "Clone de voix : 9 500 ₸ une fois pour toutes",
]
NEW_SHEET = [
    "BARÈME DES CACHETS (soirs de semaine, par artiste)",
    "Soirée deux sets (2 x 45 min) : 19 400 ₸",
    "Soirée trois sets (3 x 45 min) : 26 800 ₸",
    "Pianiste de piano-bar (soirée de 3 h au plus) : 17 600 ₸",
    "Animateur de scène ouverte : 11 900 ₸",
    "Résidence (4 soirées ou plus par semaine) : 68 500 ₸ par semaine",
    "Résidence après 12 mois : 73 900 ₸ par semaine",
    "Thé dansant, par musicien : 14 200 ₸",
    "Soirée de quiz : 15 600 ₸",
    "Écriture des questions : 2 350 ₸ par manche",
    "Séance de bingo : 9 750 ₸ (petits clubs : 8 900 ₸ jusqu'au 30 avril 2027)",
    "Supplément soirée grand lot : 3 200 ₸",
    "Karaoké : 6 300 ₸ l'heure (plancher de l'article 6.3)",
    "Indemnité sono : 7 500 ₸",
    "Mise en place et balance (appel plus de 2 h avant le premier set) : 4 200 ₸",
    "Fin tardive (dernier set fini après 00 h 30) : 3 600 ₸",
    "Set supplémentaire : 8 700 ₸",
    "Indemnité de repas (appel de 18 h à 20 h) : 3 150 ₸",
    "Déplacements : 92,50 ₸ par km au-delà des 30 premiers km",
    "Remplaçant : payé par l'artiste réservé, jamais moins de 16 500 ₸",
    "Saint-Sylvestre : 2,5 fois le cachet de semaine",
    "Jours fériés : 1,75 fois le cachet de semaine",
    "Séance d'enregistrement d'un modèle : 45 000 ₸",
    "Voix de quiz : 1 400 ₸ par soirée de quiz",
    "Annonceur IA : 1 900 ₸ par séance",
    "Voix tribute : 12 800 ₸ par mois et par établissement",
    "Avatar d'orchestre : 21 500 ₸ par mois et par établissement",
    "Voix guides de karaoké : 8 600 ₸ par mois et par établissement",
]
DIFF_FILES = (
    ("bareme-2023-2026.txt", "2023-11-01 09:00:00.000000000 +0600"),
    ("bareme-2026-2029.txt", "2026-11-01 09:00:00.000000000 +0600"),
)


def diff_lines() -> list[str]:
    (a, da), (b, db) = DIFF_FILES
    return list(
        difflib.unified_diff(
            OLD_SHEET,
            NEW_SHEET,
            fromfile=a,
            tofile=b,
            fromfiledate=da,
            tofiledate=db,
            n=1,
            lineterm="",
        )
    )


def diff_bytes() -> bytes:
    return ("\n".join([*DIFF_HEAD, *diff_lines()]) + "\n").encode("utf-8")


# ---- the shop's catalogue (French HTML, a distractor) ----------------------------------------------

PRODUCTS = [
    (
        "KaraStar KX-128",
        "Machine de karaoké avec écran de 10 pouces, deux entrées micro, Bluetooth et douze "
        "mille titres à télécharger. Réglage de la tonalité et de l'écho, minuterie de "
        "soirée, mode quiz avec chronomètre.",
        "54 990",
        3,
    ),
    (
        "Duo sans fil VX-2",
        "Deux micros sans fil UHF avec récepteur, portée de 60 mètres, autonomie de "
        "8 heures, valise de transport. Idéal pour les duos et les animateurs.",
        "12 490",
        7,
    ),
    (
        "Colonne Sono 800",
        "Enceinte colonne de 800 watts avec table de mixage à 6 voies intégrée et "
        "limiteur réglable. Deux roulettes, montage en cinq minutes.",
        "89 900",
        2,
    ),
    (
        "Pied de micro PM-3",
        "Pied de micro en acier avec perche télescopique, pince universelle et base lestée. "
        "Se plie dans un sac fourni ; hauteur de 90 centimètres à 1 mètre 70.",
        "3 290",
        8,
    ),
    (
        "Pack buzzers quiz",
        "Quatre buzzers sans fil avec boîtier de score et sons de victoire, pour les "
        "soirées de quiz en équipes.",
        "7 250",
        9,
    ),
]
RENTAL = (
    "Location de la KaraStar KX-128 pour un week-end, du vendredi 17 h au lundi 10 h : "
    f"{fr('9 990')}, caution comprise."
)


def _product(name: str, text: str, price: str, stock: int) -> str:
    return (
        "<article>\n"
        f'<img src="/img/{name.lower().replace(" ", "-")}.jpg" alt="Photo : {name}, vue de '
        f'face" width="240" height="180">\n'
        f"<h3>{name}</h3>\n<p>{text}</p>\n<p>Prix : <strong>{fr(price)}</strong></p>\n"
        f'<p>Stock : <meter value="{stock}" min="0" max="10">{stock} sur 10</meter></p>\n'
        "</article>\n"
    )


CATALOGUE = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Sono-Bazar – catalogue karaoké et micros, printemps 2027</title>
</head>
<body>
<header>
<h1>Sono-Bazar – catalogue karaoké et micros</h1>
<p>Printemps 2027 · prix toutes taxes comprises, en tenge · livraison en 48 heures</p>
</header>
<main>
<section>
<h2>Machines, micros et sono</h2>
{"".join(_product(*p) for p in PRODUCTS)}</section>
<section>
<h2>Nos conseils</h2>
<p>Pour une salle de pub, une machine avec deux micros et une colonne suffisent ; pour une grande salle, prévoyez une seconde colonne et un pied de micro par chanteur. Pensez au limiteur : beaucoup de salles ont une limite de bruit dans leur licence. Les buzzers de quiz se rechargent sur secteur en une nuit.</p>
<p>Garantie : deux ans sur les machines et les enceintes, un an sur les micros. Reprise de votre ancienne machine possible en magasin, sur estimation. Nos ateliers réparent aussi les machines achetées ailleurs, sur devis gratuit.</p>
<h2>Location</h2>
<p>{RENTAL}</p>
<p>Nos conseillers vous aident à choisir la machine qui convient à votre salle : demandez un devis en magasin ou par téléphone.</p>
</section>
</main>
<footer><p>Sono-Bazar · 18, avenue des Forges · magasin ouvert du lundi au samedi</p></footer>
</body>
</html>
"""


def catalogue_bytes() -> bytes:
    return CATALOGUE.encode("utf-8")


OUTPUTS = [
    (HUB_OUT, hub_bytes),
    (MBOX_OUT, mbox_bytes),
    (PAYROLL_OUT, payroll_bytes),
    (MENU_OUT, menu_bytes),
    (FAQ_OUT, faq_bytes),
    (PARTF_OUT, partf_bytes),
    (DIFF_OUT, diff_bytes),
    (CATALOGUE_OUT, catalogue_bytes),
]


def build() -> None:
    os.makedirs(DOCS, exist_ok=True)
    for out, make in OUTPUTS:
        data = make()
        with open(out, "wb") as f:
            f.write(data)
        print("wrote", out, len(data), "bytes")


if __name__ == "__main__":
    build()
