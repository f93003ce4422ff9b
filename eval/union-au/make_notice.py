#!/usr/bin/env python3
"""Write the eight text documents of union-au (their whole text is in this script).

    python3 eval/union-au/make_notice.py

English:
- ecs-season-schedule-2027-wiki.txt: the ECS 2027 season page of the League's wiki, saved as
  MEDIAWIKI WIKITEXT (an {{Infobox league}} template with |key=value lines, "== Heading =="
  sections, '''bold''', "{| class="wikitable"" tables with "!!" and "||" cell separators,
  [[links]] and categories). The dates of the Spring and Summer Splits (2026 and 2027), the
  off-season showmatches and the New Year Showmatch's start (00:40 on 1 January 2027) are
  only here. The prize pool is written with the sign after the figure ("180,000,000 ₩").
- world-invitational-2027-event-listing.html: the official listing of the World Invitational
  2027 with SCHEMA.ORG MICRODATA (itemscope / itemprop, the dates also in <meta itemprop
  content> attributes), a viewer counter whose digits are each in their own <span> (an
  odometer: a tag stripper that adds no space reads "412,580"), and <dfn> terms. The
  Invitational's dates are only here; the per diem is written "92,000 ₩".
- etol-caster-payroll-statement-2025-2026.txt: the League's payroll statement for one caster,
  a RICH TEXT FORMAT export saved as .txt (control words, groups, \\trowd ... \\cell \\row
  table rows, CRLF line ends), with the currency code ("KRW 1,250,000"); 2025 at the
  2023-2025 rates, 2026 at the new ones; a HIDDEN-TEXT group ({\\v ...}) holding a draft
  rate that an RTF reader does not show and a text reader does (a trap). Every line adds up.
- respawn-lounge-gaming-cafe-prices-winter-2026.md: a gaming café's price list (a
  distractor naming no party), MULTIMARKDOWN: tables with a caption line ("[Hourly
  rates]") and cells spanning two columns ("||"), metadata lines at the top.
French:
- faq-membres-bureau-val-moire.html: the Guild's French FAQ, with a question form whose
  <TEXTAREA> holds a member's draft question, <SAMP> for the disclosure line shown on the
  French stream, the office hours and the AI officer's address (only here), examples of
  the rules, and the table of changes (the 2023-2025 figures, traps).
- guide-partie-e-voix-ia-clones-avatars.md: the Guild's French guide to Part E, an MDX page
  saved as .md (import lines, an "export const meta = {...}" object, JSX components such
  as <Callout type="warning"> and <RateTable rows={[...]} /> whose props hold the fees) with
  CRITICMARKUP ({~~old~>new~~}, {--deleted--}, {>>comment<<}) around the employers'
  proposal; amounts with ORDINARY spaces between the thousands ("1 900 000 ₩"), as it says.
- journal-generation-voix-lumen-forge-2026.txt: the studio's voice-generation log as
  LOGFMT (key=value pairs, quoted values) with UNIX TIMESTAMPS ("ts=1788199512"), messages
  in French; "₩640/line" (the only per-unit spelling) and "13 Mär 2027" (a German month,
  explained once).
- canal-irc-costream-ecs-2026-12.txt: the co-streamers' IRC channel, a raw IRCv3 log with
  MESSAGE TAGS ("@time=2026-12-01T19:02:11.512Z;msgid=..."), prefixes, PRIVMSG / JOIN /
  NOTICE lines and a 332 topic reply; "85 briques" and "1.25kk" (once each, explained by the
  steward: a brique is ten thousand, kk a million), the members' wrong
  claims and the steward's corrections.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
NNB = "\u202f"
NB = "\u00a0"


def _p(name: str) -> str:
    return os.path.join(DOCS, name)


WIKI = _p("ecs-season-schedule-2027-wiki.txt")
LISTING = _p("world-invitational-2027-event-listing.html")
PAYROLL = _p("etol-caster-payroll-statement-2025-2026.txt")
CAFE = _p("respawn-lounge-gaming-cafe-prices-winter-2026.md")
FAQ = _p("faq-membres-bureau-val-moire.html")
GUIDE = _p("guide-partie-e-voix-ia-clones-avatars.md")
LOG = _p("journal-generation-voix-lumen-forge-2026.txt")
IRC = _p("canal-irc-costream-ecs-2026-12.txt")


def fr(amount: str) -> str:
    """'1 250 000' with plain spaces -> U+202F between the thousands and U+00A0 before ₩."""
    return amount.replace(" ", NNB) + NB + "₩"


# ---- the season schedule (MediaWiki wikitext, English) -----------------------------------------

WIKI_TEXT = """\
{{Infobox league
|name=Estravelle Championship Series 2027
|shortname=ECS 2027
|organizer=[[Estravelle Tournament Organisers' League]] (ETOL)
|broadcaster=[[ECS Live]] (English), [[ECS Live FR]] (French)
|venue=[[Calderwick Forge Arena]], Calderwick
|format=Two splits; best-of-three series, best-of-five playoffs
|teams=10
|prizepool=180,000,000 ₩
|sdate=2027-01-16
|edate=2027-09-12
|previous=[[ECS 2026]]
|next=[[ECS 2028]]
}}
'''Estravelle Championship Series 2027''' ('''ECS 2027''') is the eleventh season of the
top league of the [[Estravelle Tournament Organisers' League]]. As every season since 2019,
it is played in two '''splits''', the Spring Split and the Summer Split, each with its own
regular season and playoffs and each ending with a grand final. The weeks between the two
splits, and those after the Summer Split, are the '''off-season''': the League plays
showmatches and exhibitions then, and hosts the [[World Invitational]] between the splits.

All times on this page are Calderwick time (CWT), as the League's broadcasts are scheduled.
This page is kept by the League's wiki team; the prize pool figure is written, as on all the
wiki's pages, with the figure first and the won sign after it.

== Splits at a glance ==
{| class="wikitable"
! Split !! First day !! Last day (grand final) !! Regular season !! Playoffs
|-
| Spring Split 2027 || Saturday 16 January 2027 || Sunday 4 April 2027 || weeks 1 to 9 || Saturday 20 March to Sunday 4 April 2027
|-
| Summer Split 2027 || Saturday 5 June 2027 || Sunday 12 September 2027 || weeks 1 to 11 || Saturday 21 August to Sunday 12 September 2027
|}

For reference, the 2026 season ran as follows (see [[ECS 2026]]):
{| class="wikitable"
! Split !! First day !! Last day (grand final)
|-
| Spring Split 2026 || Saturday 17 January 2026 || Sunday 5 April 2026
|-
| Summer Split 2026 || Saturday 6 June 2026 || Sunday 13 September 2026
|}

== Spring Split 2027 ==
The regular season is a double round robin of best-of-three series, five series a weekend
on Saturdays and Sundays from 14:00. The six best teams go to the playoffs; the
'''Spring Grand Final''' is played on Sunday 4 April 2027 at the [[Calderwick Forge Arena]],
doors at 13:00, first map at 15:00.

{| class="wikitable"
! Week !! Dates !! Series !! Notes
|-
| 1 || 16 and 17 January 2027 || Match 1 to Match 10 || opening weekend, Calderwick Forge Arena
|-
| 2 || 23 and 24 January 2027 || Match 11 to Match 20 ||
|-
| 3 || 30 and 31 January 2027 || Match 21 to Match 30 || French second-language broadcast from this week
|-
| 4 || 6 and 7 February 2027 || Match 31 to Match 40 ||
|-
| 5 || 13 and 14 February 2027 || Match 41 to Match 50 || away weekend, Port-Ferrant
|-
| 6 || 20 and 21 February 2027 || Match 51 to Match 60 ||
|-
| 7 || 27 and 28 February 2027 || Match 61 to Match 70 ||
|-
| 8 || 6 and 7 March 2027 || Match 71 to Match 80 ||
|-
| 9 || 13 and 14 March 2027 || Match 81 to Match 90 || last regular weekend
|}

== Summer Split 2027 ==
Eleven weekends of regular season from Saturday 5 June 2027, then the playoffs from
Saturday 21 August 2027. The '''Summer Grand Final''' is on Sunday 12 September 2027, the
last day of the split and of the season.

== Off-season events ==
* '''Winter Clash''' — three showmatches on Saturday 12 December 2026 at the Calderwick
  Forge Arena, from 16:00 (off-season).
* '''New Year Showmatch''' — the broadcast opens at 23:30 on Thursday 31 December 2026;
  the countdown is shown live and the match itself starts at 00:40 on Friday 1 January
  2027, best of three, about two and a half hours (off-season).
* '''[[World Invitational]] 2027''' — the international event between the Spring and the
  Summer Split, hosted by the League in Calderwick; its dates, schedule and venue are on the
  event's official listing.
* '''Academy Circuit''' — the second-tier circuit runs alongside each split, on Wednesdays
  and Thursdays from 18:00, on the ECS Live Academy channel.

== Broadcast ==
Every series is streamed on [[ECS Live]] at 60 fps in 1920 × 1080; the French
second-language broadcast runs on [[ECS Live FR]] from week 3 of each split. The observer
desk has four seats (Observer 1 to Observer 4); the host desk is Desk 4 of the arena's
broadcast floor. The League's record for a regular-season series is 412,580 peak viewers
(Summer Split 2026, Match 112).

== See also ==
* [[ECS 2026]]
* [[Academy Circuit 2027]]
* [[World Invitational]]

{{Navbox ECS}}
[[Category:ECS seasons]]
[[Category:2027 in esports]]
"""


# ---- the World Invitational listing (HTML with microdata, English) -----------------------------

DIGITS = "389,204"


def _odometer(figure: str) -> str:
    return "".join(f'<span class="odo">{c}</span>' for c in figure)


LISTING_TEXT = f"""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>World Invitational 2027 – official event listing</title>
<style>
  body {{ font-family: system-ui, sans-serif; max-width: 54rem; margin: auto; }}
  .odo {{ display: inline-block; min-width: 0.7em; text-align: center;
          background: #111; color: #8f8; margin: 0 1px; }}
  dfn {{ font-style: normal; font-weight: 600; }}
</style>
</head>
<body>
<header>
<p><a href="/">ECS Live</a> › <a href="/events">Events</a> › World Invitational 2027</p>
</header>
<main>
<article itemscope itemtype="https://schema.org/SportsEvent">
<h1 itemprop="name">World Invitational 2027</h1>
<p itemprop="description">The World Invitational brings the two best teams of eight
leagues to Calderwick for nine days of best-of-five series, between the Spring and the
Summer Split of the Estravelle Championship Series. This listing is the event's official
listing, published by the Estravelle Tournament Organisers' League.</p>

<section>
<h2>Dates</h2>
<meta itemprop="startDate" content="2027-04-24T12:00-04:00">
<meta itemprop="endDate" content="2027-05-02T21:00-04:00">
<meta itemprop="eventStatus" content="https://schema.org/EventScheduled">
<ul>
<li><strong>Opening day:</strong> Saturday 24 April 2027 (opening ceremony at 12:00, first
series at 13:30)</li>
<li><strong>Group stage:</strong> Saturday 24 April to Tuesday 27 April 2027</li>
<li><strong>Rest day:</strong> Wednesday 28 April 2027 (no broadcast)</li>
<li><strong>Knockout stage:</strong> Thursday 29 April to Saturday 1 May 2027</li>
<li><strong>Grand final:</strong> Sunday 2 May 2027, first map at 15:00</li>
</ul>
<p>All times are Calderwick time (CWT).</p>
</section>

<section itemprop="location" itemscope itemtype="https://schema.org/Place">
<h2>Venue</h2>
<p><span itemprop="name">Calderwick Forge Arena</span>,
<span itemprop="address">1 Foundry Walk, Calderwick CW1 2FA</span>. Doors open at 11:00 on
match days. The host desk is Desk 4 on the broadcast floor; the observers sit at the
observer desk behind stage left.</p>
</section>

<section>
<h2>Broadcast talent</h2>
<p>Talent is booked by the League under the performers' agreement in force. Call time for
casters, desk hosts and interviewers is 10:30 on match days; the media day is Friday
23 April 2027 from 10:00.</p>
<dl>
<dt><dfn>Media day</dfn></dt>
<dd>The day before the opening, for interviews, photos and promotional recordings.</dd>
<dt><dfn>Stage interview</dfn></dt>
<dd>The winning team's interview on stage after each series, by the interviewer on duty.</dd>
<dt><dfn>Watch party</dfn></dt>
<dd>An official co-stream of the broadcast on a streamer's own channel, booked by the
League.</dd>
</dl>
<p>Casters and hosts coming from outside Calderwick are housed at the Harbourlight Hotel,
two minutes' walk from the arena (booking reference BK-ECS-70431 for the whole event), and
receive a per diem of 92,000 ₩ a day away from home, as the agreement sets (amounts on this
page are written with the figure first and the won sign after it). Accreditation
desk: ext. 4471.</p>
</section>

<section>
<h2>Teams</h2>
<table>
<thead><tr><th>Seed</th><th>Team</th><th>League</th><th>Rating</th></tr></thead>
<tbody>
<tr><td>1</td><td>Ironvale Kestrels</td><td>ECS (Estravelle)</td><td>2,450 Elo</td></tr>
<tr><td>2</td><td>Nordhaven Tide</td><td>Northern League</td><td>2,391 Elo</td></tr>
<tr><td>3</td><td>Sable Coast Vipers</td><td>Coastal Pro Series</td><td>2,376 Elo</td></tr>
<tr><td>4</td><td>Port-Ferrant Corsairs</td><td>ECS (Estravelle)</td><td>2,342 Elo</td></tr>
<tr><td>5</td><td>Kaldera Union</td><td>Eastern Masters</td><td>2,318 Elo</td></tr>
<tr><td>6</td><td>Brightwater Owls</td><td>Open Circuit</td><td>2,295 Elo</td></tr>
</tbody>
</table>
<p>Ten further teams qualify through their leagues' spring playoffs. Servers are hosted in
the arena: ping under 38 ms for every player.</p>
</section>

<section>
<h2>Viewers</h2>
<p>Peak viewers at the last World Invitational: {_odometer(DIGITS)}</p>
<p>Seats: 6,800 in the arena for the grand final. Tickets are sold by the arena's box
office.</p>
</section>
</article>
</main>
<footer>
<p>© 2026 Estravelle Tournament Organisers' League – ECS Live. Listing published on
Tuesday 1 December 2026.</p>
</footer>
</body>
</html>
"""


# ---- the payroll statement (RTF saved as .txt, English) ----------------------------------------

# (date invoiced, description, quantity, unit price); amounts in whole won
PAYROLL_LINES: list[tuple[str, str, int, int]] = [
    ("2025-03-20", "ECS Spring 2025, casting, per match", 3, 380_000),
    ("2025-04-10", "ECS Spring 2025 grand final", 1, 1_050_000),
    ("2025-06-25", "Desk host, broadcast day", 2, 890_000),
    ("2025-09-02", "Co-stream fee, Summer 2025 watch party", 1, 700_000),
    ("2025-10-15", "Announcer session (64 lines, minimum applies)", 1, 470_000),
    ("2026-02-11", "ECS Spring 2026, casting, per match", 4, 420_000),
    ("2026-02-11", "Second-language (French) supplement, per match", 2, 135_000),
    ("2026-06-17", "ECS Summer 2026, casting, per match", 5, 465_000),
    ("2026-06-17", "Travel, km beyond the first 60 km", 152, 620),
    ("2026-09-18", "ECS Summer 2026 grand final", 1, 1_250_000),
    ("2026-10-28", "Co-stream fee, Autumn Cup watch party", 1, 850_000),
]


def krw(n: int) -> str:
    return f"KRW {n:,}"


def payroll_total() -> int:
    return sum(q * p for _, _, q, p in PAYROLL_LINES)


def _rtf_row(cells: list[str], widths: list[int], bold: bool = False) -> str:
    pos, defs = 0, []
    for w in widths:
        pos += w
        defs.append(f"\\cellx{pos}")
    b = "\\b " if bold else ""
    body = "".join(f"\\pard\\intbl {b}{c}\\cell " for c in cells)
    return "\\trowd\\trgaph108" + "".join(defs) + "\r\n" + body + "\\row\r\n"


def payroll_text() -> str:
    w = [1440, 4320, 860, 1780, 1900]
    rows = [_rtf_row(["Invoiced", "Description", "Qty", "Unit", "Amount"], w, bold=True)]
    for date, desc, q, p in PAYROLL_LINES:
        rows.append(_rtf_row([date, desc, str(q), krw(p), krw(q * p)], w))
    rows.append(_rtf_row(["", "Total paid 2025-2026", "", "", krw(payroll_total())], w, True))
    head = (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0\r\n"
        "{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\fmodern Courier New;}}\r\n"
        "{\\colortbl;\\red0\\green0\\blue0;\\red128\\green128\\blue128;}\r\n"
        "{\\info{\\title ETOL caster payroll statement 2025-2026}{\\author ETOL Payroll}"
        "{\\creatim\\yr2026\\mo12\\dy2\\hr9\\min0}}\r\n"
        "\\paperw11906\\paperh16838\\margl1134\\margr1134\r\n"
    )
    intro = [
        "\\pard\\sa120\\b\\fs28 Estravelle Tournament Organisers' League \\endash  caster payroll "
        "statement\\b0\\fs20\\par",
        "\\pard\\sa120 Performer: membership number EBPG 20934 (play-by-play caster, Guild member "
        "since 2019). Period: 1 January 2025 to 30 November 2026. Issued on Wednesday "
        "2 December 2026 by ETOL Payroll, Calderwick.\\par",
        "\\pard\\sa120 Amounts are in whole won with the currency code first, as our payroll "
        "system prints them: KRW 1,245,000 is one million two hundred and forty-five thousand "
        "won (\\u8361?1,245,000). The won has no minor unit in use, so no amount has decimals."
        "\\par",
        "\\pard\\sa120 Work done in 2025 was paid at the rates of the Casting and Broadcast "
        "Agreement 2023\\endash 2025; work done from 1 January 2026 at the rates of the Esports "
        "Broadcast Performers Agreement 2026\\endash 2028.\\par",
        "{\\v\\pard DRAFT \\endash  2026 rate table before signature, do not use: casting per "
        "match KRW 400,000; desk host per broadcast day KRW 940,000.\\par}",
    ]
    notes = [
        "\\pard\\sa120\\b Notes\\b0\\par",
        "\\pard\\sa60 1. The 2025 announcer session recorded 64 lines; at the 2023\\endash 2025 "
        "rate of KRW 7,200 per line they came to less than the session minimum, so the minimum "
        "of KRW 470,000 was paid.\\par",
        "\\pard\\sa60 2. Travel on 13 June 2026: a round trip of 212 km to the Port-Ferrant "
        "ferry terminal; the first 60 km are not paid, so 152 km are paid at KRW 620 per "
        "km.\\par",
        "\\pard\\sa60 3. The co-stream fee does not include the share of the co-stream's "
        "advertising revenue, which is paid by the League's partner platform in the quarter "
        "after the event.\\par",
        "\\pard\\sa60 4. ECS match count at 30 November 2026 (for the senior supplement): 41 "
        "ECS matches and 14 Academy Circuit matches, a weighted count of 48. The supplement "
        "starts with the 50th match of the weighted count.\\par",
        "\\pard\\sa60 5. Fees are paid no later than 30 days after the end of the month in "
        "which the League receives the invoice (clause 7.1 of the agreement).\\par",
        "\\pard\\sa60 Queries: ETOL Payroll, 1 Foundry Walk, Calderwick CW1 2FA, ext. 4410.\\par",
    ]
    return (
        head
        + "\r\n".join(intro)
        + "\r\n"
        + "".join(rows)
        + "\\pard\\par\r\n"
        + "\r\n".join(notes)
        + "\r\n}\r\n"
    )


# ---- the gaming café's price list (MultiMarkdown, English; a distractor) -------------------------

CAFE_TEXT = """\
Title: The Respawn Lounge – winter price list 2026
Author: The Respawn Lounge front desk
Date: 1 December 2026
Base Header Level: 2

# The Respawn Lounge – winter price list 2026

Forty gaming PCs, eight console booths, a screening room with a 4-metre wall and a snack
bar, open every day from 10:00 to 02:00. Prices include VAT. Members pay the member column.

|               | Standard   | Member     |
|:--------------|-----------:|-----------:|
| **Gaming PC** ||            |
| One hour      | ₩4,900     | ₩3,900     |
| Three hours   | ₩12,500    | ₩9,900     |
| Night pass (22:00 to 06:00) | ₩19,000 | ₩15,000 |
| **Console booth** ||        |
| One hour, up to four players | ₩8,800 | ₩7,400 |
| Day pass      | ₩29,000    | ₩23,000    |
[Hourly rates]

## Screening room

The screening room seats 48 and shows the big finals of the season on the 4-metre wall.
Book it for your team or club; the price is per booking of four hours, snacks not
included.

| Booking               | Weekday   | Weekend   |
|:----------------------|----------:|----------:|
| Screening room, 4 hours | ₩149,000 | ₩189,000 |
| Screening room with bar service || ₩265,000 |
| Extra hour            | ₩39,000   | ₩49,000   |
[Screening room]

## Tournaments in the lounge

Our own Friday tournaments run on the console booths from 19:00. Entry is per player and
includes two hours of practice on the day.

| Tournament            | Entry     | Prize for the winner |
|:----------------------|----------:|---------------------:|
| Friday fighter bracket | ₩6,500   | ₩80,000 in credit    |
| Monthly racing cup    | ₩9,500    | ₩120,000 in credit   |
| Team shooter night (five players) | ₩27,500 | ₩300,000 in credit |
[Lounge tournaments]

Brackets are drawn at 18:45; latecomers play in the losers' bracket. Headsets are provided;
players may bring their own controller, checked at the desk.

## Memberships

| Membership            | Price     | Includes |
|:----------------------|----------:|:---------|
| Monthly               | ₩45,000   | member prices, one free hour a week |
| Quarterly             | ₩119,000  | member prices, two free hours a week |
| Yearly                | ₩398,000  | member prices, free night pass once a month ||
[Memberships]

## Snack bar

| Item                  | Price     |
|:----------------------|----------:|
| Soft drink            | ₩2,800    |
| Energy drink          | ₩3,600    |
| Instant noodles       | ₩4,300 with an egg, ₩3,500 without |
| Toasted sandwich      | ₩6,900    |
| Popcorn, screening size | ₩5,400  |
[Snack bar]

Gift cards are sold at the desk in any amount from ₩10,000. Lost member cards are replaced
for ₩3,000. Under-16s play until 21:00 and only with a signed form from a parent.
"""


# ---- the French FAQ (HTML) ------------------------------------------------------------------------

FAQ_CHANGES = [
    (
        "Cachet par match (commentateur)",
        fr("380 000"),
        f"{fr('420 000')} (split de printemps), {fr('465 000')} (split d'été)",
    ),
    ("Grande finale", fr("1 050 000"), fr("1 250 000")),
    ("Animateur de plateau, par journée de diffusion", fr("890 000"), fr("980 000")),
    ("Réplique enregistrée (annonceur)", fr("7 200"), fr("8 500")),
    ("Séance d'enregistrement, minimum", fr("470 000"), fr("530 000")),
    (
        "Co-stream, par événement",
        f"{fr('700 000')} et 25 % de la pub",
        f"{fr('850 000')} et 35 % de la pub",
    ),
    ("Supplément de diffusion en français, par match", fr("110 000"), fr("135 000")),
    ("Déplacement", f"{fr('540')} par km au-delà de 80 km", f"{fr('620')} par km au-delà de 60 km"),
    ("Indemnité journalière (hors domicile)", fr("85 000"), fr("92 000")),
    ("Clips gratuits après le match", "30 jours", "45 jours"),
    ("Jour férié", "cachet × 1,5", "cachet × 2"),
    ("Antenne par journée de diffusion, au plus", "8 heures", "7 heures"),
    ("Retrait du consentement à l'IA, préavis", "90 jours", "45 jours"),
    ("Suppression des données après le retrait", "60 jours", "30 jours"),
]


def faq_bytes() -> bytes:
    rows = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in FAQ_CHANGES)
    text = f"""\
<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>FAQ des membres – bureau de Val-Moiré – GADEE</title>
<style>
  body {{ font-family: Georgia, serif; max-width: 50rem; margin: auto; }}
  samp {{ background: #222; color: #fff; padding: 0 .3em; }}
  textarea {{ width: 100%; }}
</style>
</head>
<body>
<header><p>Guilde des artistes de diffusion esport d'Estravelle (GADEE) – bureau de Val-Moiré</p></header>
<main>
<h1>Foire aux questions des membres</h1>
<p>Mise à jour du jeudi 3 décembre 2026. Les montants sont écrits à la française : une espace
fine entre les milliers et le signe ₩ après le nombre ({fr("1 250 000")}). Le won d'Estravelle
n'a pas de sous-unité en usage et n'est pas le won de la Corée. Les réponses renvoient à
l'Accord des artistes de diffusion esport 2026–2028, en vigueur depuis le 1er janvier 2026.</p>

<h2>Le bureau et la Guilde</h2>
<h3>Quand le bureau de Val-Moiré est-il ouvert ?</h3>
<p>Le bureau du 5, rue des Lanternes, Val-Moiré VM2 4QT, est ouvert du mardi au samedi de
10 h à 18 h 30. Les soirs de grande finale, la permanence des délégués répond au
poste 3318 jusqu'à la fin de la diffusion.</p>
<h3>À qui écrire pour l'IA, les clones et les avatars ?</h3>
<p>À la responsable de l'IA et de l'image, Séraphine Okonkwo-Largeau :
<a href="mailto:ia@gadee.example">ia@gadee.example</a>. C'est à cette adresse que l'on
envoie les formulaires AV-7 (consentement) et AV-9 (retrait) et les demandes d'audit.</p>

<h2>Cachets</h2>
<h3>Combien pour une grande finale ?</h3>
<p>Une grande finale est payée {fr("1 250 000")} pour toute la série, quel que soit le nombre de
cartes. Une finale de playoffs autre que la grande finale est payée {fr("690 000")} par match.</p>
<h3>Et un co-stream (watch party) ?</h3>
<p>Un co-stream officiel réservé par la Ligue est payé {fr("850 000")} par événement, plus
35 % des revenus publicitaires nets du co-stream, versés le trimestre suivant.</p>
<h3>Je commente aussi en français : y a-t-il un supplément ?</h3>
<p>Oui : le commentateur bilingue qui commente le même match en français pour la diffusion
en deuxième langue reçoit un supplément de {fr("135 000")} par match.</p>
<h3>Je suis loin de chez moi pour un événement : qu'est-ce qui est payé ?</h3>
<p>L'hôtel (une chambre individuelle réservée par l'employeur) et une indemnité journalière de
{fr("92 000")} par jour hors de chez soi, en plus des frais de déplacement.</p>

<h2>Journées, jours fériés et comptage des matchs</h2>
<h3>Un match après minuit compte pour quel jour ?</h3>
<p>Une journée de diffusion va de 6 h à 5 h 59 le lendemain matin, et un match appartient à
la journée de diffusion où il commence. Un jour férié double le cachet : par exemple, un match
hors split qui commence à 14 h le 1er janvier 2027 est payé le double du tarif, {fr("930 000")}.</p>
<h3>Comment compte-t-on les matchs pour le supplément senior ?</h3>
<p>Le supplément de {fr("55 000")} par match est dû à partir du 50e match de la Ligue ; un match
du circuit Académie compte pour un demi-match. Exemple : 38 matchs de la Ligue et 26 matchs du
circuit Académie font 51 matchs ; le supplément est dû.</p>

<h2>Annulations</h2>
<table>
<thead><tr><th>Préavis d'annulation</th><th>Part du cachet due</th></tr></thead>
<tbody>
<tr><td>15 jours ou plus</td><td>rien</td></tr>
<tr><td>de 7 à 14 jours</td><td>30 %</td></tr>
<tr><td>de 3 à 6 jours</td><td>60 %</td></tr>
<tr><td>moins de 3 jours</td><td>100 %</td></tr>
</tbody>
</table>

<h2>Clips, factures et heure limite</h2>
<h3>La chaîne peut-elle réutiliser mes clips ?</h3>
<p>Les clips de temps forts où l'on entend ou voit l'artiste peuvent être utilisés pendant
45 jours après le match sans cachet supplémentaire ; au-delà, chaque clip est payé par
période de 30 jours.</p>
<h3>Je suis aux îles Ferrant : l'heure limite de facturation, c'est quelle heure chez moi ?</h3>
<p>Les heures limites de la Ligue sont à l'heure de Calderwick (UTC−4). Les îles Ferrant
vivent à UTC−5, une heure plus tôt : 23 h 59 à Calderwick, c'est 22 h 59 aux îles Ferrant,
le même jour.</p>

<h2>Voix IA et âge minimum</h2>
<h3>Que voit-on à l'écran quand une voix IA commente ?</h3>
<p>Sur la diffusion en français, la ligne <samp>Voix IA – générée à partir des enregistrements
d'un vrai commentateur, avec son consentement</samp> reste affichée tant que la voix parle.</p>
<h3>À partir de quel âge peut-on être à l'antenne ?</h3>
<p>À partir de 16 ans ; avant 18 ans, jamais après 22 h.</p>

<h2>Ce qui a changé depuis l'accord 2023–2025</h2>
<table>
<thead><tr><th>Point</th><th>Accord 2023–2025</th><th>Accord 2026–2028</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>

<h2>Poser une question</h2>
<form action="/questions" method="post">
<label for="q">Votre question (un délégué répond sous deux jours ouvrables) :</label>
<textarea id="q" name="q" rows="4">Bonjour, je commente le circuit Académie depuis la rentrée. Est-ce que mes matchs comptent
pour le supplément senior ? Merci !</textarea>
<button type="submit">Envoyer</button>
</form>
</main>
<footer><p>GADEE – 5, rue des Lanternes, Val-Moiré VM2 4QT – fondée en 2011</p></footer>
</body>
</html>
"""
    return text.encode("utf-8")


# ---- the French guide to Part E (MDX saved as .md) ---------------------------------------------


def frsp(amount: str) -> str:
    """French amount with ORDINARY spaces: '1 900 000 ₩'."""
    return amount + " ₩"


GUIDE_ROWS = [
    ("Séance d'enregistrement pour une voix IA (3 heures au plus)", frsp("720 000"), "par séance"),
    ("Voix de commentateur IA", frsp("1 900 000"), "par split"),
    ("Clone de voix d'annonceur, licence", frsp("1 080 000"), "par période de six mois"),
    ("Clone de voix d'annonceur, ligne générée", frsp("640"), "par ligne"),
    ("Avatar numérique d'animateur sur ECS Live", frsp("310 000"), "par journée de diffusion"),
    ("Entraînement sur les archives de diffusion", frsp("1 200 000"), "par entraînement"),
]


def guide_text() -> str:
    rows = ",\n".join(
        f'    {{ usage: "{u}", montant: "{m}", unite: "{n}" }}' for u, m, n in GUIDE_ROWS
    )
    return f"""\
import {{ Callout }} from "../../components/Callout";
import {{ RateTable }} from "../../components/RateTable";
import {{ Steps, Step }} from "../../components/Steps";

export const meta = {{
  titre: "Guide de la partie E : voix IA, clones et avatars",
  auteur: "GADEE – responsable de l'IA et de l'image",
  miseAJour: "2026-11-26",
  langue: "fr",
}};

# Guide de la partie E : voix IA, clones et avatars

Ce guide explique en français la partie E de l'Accord des artistes de diffusion esport
2026–2028 (articles 14 à 19). Il ne remplace pas l'accord anglais, qui fait foi. Dans ce
guide, les montants sont écrits avec une espace ordinaire entre les milliers et le signe ₩
après le nombre ({frsp("1 900 000")}).

<Callout type="info" titre="Ce que couvre la partie E">
Cinq usages : la voix de commentateur IA entraînée sur vos diffusions (un commentateur
synthétique pour les matchs du circuit Académie), le clone de voix d'un annonceur de jeu
(de nouvelles répliques sans séance), le commentaire de temps forts généré par IA, l'avatar
numérique d'un animateur de plateau sur ECS Live, et l'entraînement d'un modèle sur les
archives de diffusion.
</Callout>

## Un consentement pour chaque usage

Chaque usage demande votre consentement écrit sur le formulaire AV-7, un formulaire par
usage et par employeur. Un consentement général, donné pour tous les usages à la fois, est
nul. Le consentement n'est jamais une condition de l'engagement : refuser l'IA ne vous fait
perdre aucun match.

## Ce que vous touchez

<RateTable
  titre="Cachets de la partie E"
  rows={{[
{rows}
  ]}}
/>

Pendant la négociation, les employeurs proposaient {{~~{frsp("1 600 000")}~>{frsp("1 900 000")}~~}}
par split pour la voix de commentateur IA ; c'est le second chiffre qui a été signé.
{{>>Note du bureau : la proposition des employeurs n'a jamais été adoptée.<<}}
{{--La licence du clone aurait couru douze mois.--}} La licence d'un clone court six mois : du
jour de la première ligne générée jusqu'au même jour du sixième mois suivant ; si ce mois
n'a pas ce jour, jusqu'au dernier jour du mois.

Un clone ne génère pas plus de 2 500 lignes par période de licence. Au-delà, une nouvelle
séance avec l'annonceur est nécessaire.

## Ce qui est interdit

<Callout type="warning" titre="Jamais">
- Jamais de voix synthétique pour une finale ou une grande finale.
- Jamais d'entraînement d'un modèle général (un modèle qui servirait à d'autres voix ou à
  d'autres usages), même avec votre consentement.
- Jamais de diffusion d'une réplique enregistrée avant la sortie publique du jeu.
</Callout>

Si la sortie du jeu est repoussée de plus de 90 jours après la date inscrite dans votre
contrat de séance, vous pouvez retirer les répliques non publiées par écrit, sans rembourser
de cachet.

## À l'écran

Quand une voix IA parle, la ligne « Voix IA – générée à partir des enregistrements d'un vrai
commentateur, avec son consentement » reste affichée sur la diffusion en français, du début à
la fin de l'intervention. La diffusion en anglais affiche sa version anglaise.

## Retirer son consentement

<Steps>
  <Step titre="Préavis">Vous retirez votre consentement avec un préavis écrit de 45 jours, sur le formulaire AV-9.</Step>
  <Step titre="Suppression">Les données et le modèle sont supprimés dans les 30 jours qui suivent la prise d'effet du retrait, avec un certificat de suppression.</Step>
  <Step titre="Contrôle">La Guilde peut contrôler les journaux d'utilisation une fois par split, avec un préavis de 10 jours ouvrables.</Step>
</Steps>

## Le comité mixte

Le comité mixte des voix IA et des avatars réunit trois membres de la Guilde et trois des
employeurs. Sa première réunion aura lieu le jeudi 21 janvier 2027 à 14 h, au bureau de
Val-Moiré. Il examine les plaintes, les registres des formulaires AV-7 et les nouveaux usages.
"""


# ---- the studio's generation log (logfmt, French messages) --------------------------------------

LOG_FIRST_LINE_TS = 1788199512  # 2026-08-31 14:05:12 Calderwick time (18:05:12 UTC)

LOG_TEXT = """\
# Lumen Forge Interactive – service voxgen – journal de génération de voix
# Format : logfmt (une entrée par ligne, paires clé=valeur, valeurs entre guillemets si
# elles contiennent des espaces).
# ts : horodatage Unix, en secondes depuis le 1er janvier 1970 à 0 h UTC.
# L'heure de Calderwick est UTC−4 toute l'année.
# Projet : Skyreach Arena – voix d'annonceur « Vox Tempest » (clone de voix)
ts=1788026400 level=info svc=voxgen evt=consent_registered form=AV-7 perf=EBPG-31407 usage=clone_annonceur msg="consentement AV-7 enregistré pour le clone de voix d'annonceur"
ts=1788112800 level=info svc=voxgen evt=model_built perf=EBPG-31407 takes=1184 msg="modèle du clone construit à partir de la séance d'enregistrement du 20 août"
ts=1788199512 level=info svc=voxgen evt=line_generated perf=EBPG-31407 line=1 lines_total=1 msg="première ligne générée ; la licence de six mois commence ce jour"
ts=1788201000 level=info svc=voxgen evt=disclosure_check perf=EBPG-31407 label="AI voice" ok=true msg="ligne de divulgation présente dans le flux anglais"
ts=1788358500 level=info svc=voxgen evt=batch_generated perf=EBPG-31407 count=180 lines_total=181 msg="lot de répliques de tutoriel"
ts=1790514000 level=info svc=voxgen evt=batch_generated perf=EBPG-31407 count=655 lines_total=836 msg="lot de répliques de mode classé"
ts=1793014200 level=warn svc=voxgen evt=batch_generated perf=EBPG-31407 count=504 lines_total=1340 msg="lot de répliques d'événement ; seuil d'alerte de 1 300 lignes dépassé"
ts=1794488400 level=info svc=voxgen evt=billing perf=EBPG-31407 rate=₩640/line lines=1340 msg="relevé trimestriel envoyé à la paie du studio"
ts=1796071233 level=info svc=voxgen evt=batch_generated perf=EBPG-31407 count=800 lines_total=2140 msg="lot de répliques de la mise à jour d'hiver"
ts=1796397600 level=info svc=voxgen evt=quota perf=EBPG-31407 lines_total=2140 cap=2500 remaining=360 msg="2 140 lignes générées sur le plafond de 2 500 de la période"
ts=1796400000 level=info svc=voxgen evt=reprises_planifiees perf=EBPG-31407 date="13 Mär 2027" msg="séance de reprises prévue ; date écrite par l'outil de planification allemand (Mär = mars) : le 13 mars 2027"
ts=1796403600 level=info svc=voxgen evt=embargo perf=EBPG-31407 msg="aucune réplique publiée avant la sortie du jeu"
"""


# ---- the co-streamers' IRC channel (IRCv3 raw log, French) ---------------------------------------

_SRV = "irc.ecs-live.example"
IRC_LINES = [
    (
        "2026-12-01T18:59:02.104Z",
        "a1",
        f":{_SRV} 332 kestrel #costream-ecs :Co-streams officiels "
        "ECS – questions de cachets : demandez à dmitri_delegue (délégué GADEE)",
    ),
    (
        "2026-12-01T19:02:11.512Z",
        "a2",
        ":kestrel!~kestrel@costream.ecs-live.example JOIN #costream-ecs",
    ),
    (
        "2026-12-01T19:03:40.077Z",
        "a3",
        ":kestrel!~kestrel@costream.ecs-live.example PRIVMSG "
        "#costream-ecs :salut ! la Ligue me propose la watch party de la finale, c'est toujours 85 briques "
        "le co-stream ?",
    ),
    (
        "2026-12-01T19:05:18.930Z",
        "a4",
        ":dmitri_delegue!~dmitri@gadee.example PRIVMSG #costream-ecs "
        ":oui (une brique = dix mille won), c'est le cachet de co-stream de la FAQ, plus "
        "35 % de la pub du co-stream",
    ),
    (
        "2026-12-01T19:07:55.402Z",
        "a5",
        ":lunaflux!~luna@costream.ecs-live.example PRIVMSG "
        "#costream-ecs :et la grande finale d'avril c'est 1.25kk pour le cast ? je l'ai vu passer",
    ),
    (
        "2026-12-01T19:09:12.661Z",
        "a6",
        ":dmitri_delegue!~dmitri@gadee.example PRIVMSG #costream-ecs "
        ":oui (kk = un million, comme pour l'or dans les MMO), c'est le montant de la "
        "grande finale, pour toute la série",
    ),
    ("2026-12-02T20:14:03.218Z", "b1", ":pixelmarin!~marin@ferrant.example JOIN #costream-ecs"),
    (
        "2026-12-02T20:15:47.809Z",
        "b2",
        ":pixelmarin!~marin@ferrant.example PRIVMSG #costream-ecs "
        ":pour la facture du split d'été, vu qu'aux îles on a une heure de décalage, c'est 00 h 59 "
        "le 19 chez nous non ?",
    ),
    (
        "2026-12-02T20:18:30.125Z",
        "b3",
        ":dmitri_delegue!~dmitri@gadee.example PRIVMSG #costream-ecs "
        ":non, dans l'autre sens : aux îles Ferrant vous avez une heure de moins, donc 22 h 59 le "
        "vendredi 18 décembre",
    ),
    (
        "2026-12-03T17:40:09.555Z",
        "c1",
        ":lunaflux!~luna@costream.ecs-live.example PRIVMSG "
        "#costream-ecs :j'ai 38 matchs en Ligue et 26 en Académie, ça fait 64 matchs, j'ai le "
        "senior depuis longtemps",
    ),
    (
        "2026-12-03T17:44:51.013Z",
        "c2",
        ":dmitri_delegue!~dmitri@gadee.example PRIVMSG #costream-ecs "
        ":l'Académie compte pour moitié : 38 + 13 = 51, tu as le supplément mais depuis peu",
    ),
    (
        "2026-12-03T17:46:20.700Z",
        "c3",
        ":kestrel!~kestrel@costream.ecs-live.example PRIVMSG "
        "#costream-ecs :j'ai facturé le 3 novembre, ils doivent payer le 3 décembre au plus tard "
        "non ?",
    ),
    (
        "2026-12-03T17:49:02.388Z",
        "c4",
        ":dmitri_delegue!~dmitri@gadee.example PRIVMSG #costream-ecs "
        ":non, 30 jours après la fin du mois de réception : au plus tard le 30 décembre",
    ),
    ("2026-12-04T21:02:36.144Z", "d1", ":vox_tempest!~vt@lumenforge.example JOIN #costream-ecs"),
    (
        "2026-12-04T21:03:58.902Z",
        "d2",
        ":vox_tempest!~vt@lumenforge.example PRIVMSG #costream-ecs "
        ":info pour les annonceurs : la sortie de Skyreach Arena est repoussée du 4 mars au 17 juin "
        "2027, le studio l'a annoncé",
    ),
    (
        "2026-12-04T21:06:14.377Z",
        "d3",
        ":dmitri_delegue!~dmitri@gadee.example PRIVMSG #costream-ecs "
        ":merci ; vos répliques restent sous embargo jusqu'à la sortie, voyez le guide de la partie E",
    ),
    (
        "2026-12-04T21:07:30.010Z",
        "d4",
        f":ChanServ!ChanServ@services.{_SRV} NOTICE #costream-ecs "
        ":rappel : pas de liens de paris dans ce canal",
    ),
]


def irc_text() -> str:
    return "".join(f"@time={t};msgid={m} {line}\r\n" for t, m, line in IRC_LINES)


OUTPUTS = [
    (WIKI, lambda: WIKI_TEXT.encode()),
    (LISTING, lambda: LISTING_TEXT.encode()),
    (PAYROLL, lambda: payroll_text().encode()),
    (CAFE, lambda: CAFE_TEXT.encode()),
    (FAQ, faq_bytes),
    (GUIDE, lambda: guide_text().encode()),
    (LOG, lambda: LOG_TEXT.encode()),
    (IRC, lambda: irc_text().encode()),
]


def build() -> None:
    os.makedirs(DOCS, exist_ok=True)
    for out, make in OUTPUTS:
        with open(out, "wb") as f:
            f.write(make())
        print("wrote", out)


if __name__ == "__main__":
    build()
