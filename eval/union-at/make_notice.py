#!/usr/bin/env python3
"""Write the eight text documents of union-at (their whole text is in this script).

    python3 eval/union-at/make_notice.py

English:
- brambleford-farm-park-winter-spring-programme-2026-27.html: a farm park's programme. Its
  visitor prices are bare figures whose lari sign and unit come from CSS GENERATED CONTENT
  (`.lari::after { content: "\\00a0\\20be" }`): a browser shows "14.50 ₾", a tag stripper
  reads "14.50". Its table of official sunset times (only here) puts its <tfoot> BEFORE its
  <tbody>, as HTML 4 required, so a reader in document order meets the note before the rows.
  The Moonlit Egg Hunt's night set-up (27 to 28 March 2027) is listed here.
- tinsel-co-performer-payments-journal-2025-2026.txt: an agency's payments to one performer
  as an HLEDGER JOURNAL (plain-text double-entry bookkeeping: "commodity" and "account"
  directives, a date line and indented postings, ";" comments), with the currency code
  ("GEL 1,279.20"): the 2025-26 season at the 2023-2026 rates and the 2026-27 season at the
  new ones. Every transaction balances.
- grotto-talk-forum-thread-2026-12.txt: a thread of the Guild's members' forum exported as
  BBCODE ([b], [quote="name"], [list][*], [url=...], [size=...]) with phpBB post headers
  ("Post by ... » Fri Dec 04, 2026 7:12 pm"); amounts with the sign after the figure and a
  space ("58.40 ₾", explained by the moderator); the shorthand "3 monkeys" (once); the
  payday of the grotto season and a member's wrong date.
- thistledown-garden-centre-christmas-prices-2026.md: a garden centre's Christmas price
  list (a distractor naming no party), kramdown with INLINE ATTRIBUTE LISTS ("{: .prices}")
  and WIKI LINKS ("[[Opening hours]]").
French:
- faq-membres-bureau-val-givre.html: the Guild's French FAQ, with <RUBY> annotations (the
  English term over the French one: <ruby>lutin<rp>(</rp><rt>elf</rt><rp>)</rp></ruby>; a tag
  stripper glues them, "lutin(elf)" or "grottegrotto"), the comparison of the 2023-2026 and
  2026-2029 figures (traps) and the re-booking example (26 November -> 10 December 2026).
- annuaire-bureaux-et-delegues-gasph.txt: the Guild's directory as VCARD 4.0 (BEGIN:VCARD
  ... END:VCARD, CRLF line ends, commas escaped "\\,", long lines FOLDED at 75 octets with
  a leading space, always before a space so that a reader that does not unfold still reads
  whole words): the Val-Givre office's hours, the Christmas Eve line, the AI officer's
  address. No amount.
- guide-partie-f-videos-ia-clones-avatars.md: the Guild's French guide to Part F, MkDocs
  Markdown with ADMONITIONS ("!!! warning" and an indented body) and a MERMAID GANTT chart in
  a fenced block (the withdrawal and deletion example); amounts with ORDINARY spaces between
  the thousands ("1 380,00 ₾"), as it says.
- barbes-et-houppelandes-catalogue-hiver-2026.txt: a costume shop's winter catalogue (a
  distractor naming no party), in ASCIIDOC (a "=" document title, ":revdate:" attributes,
  "|===" tables with a [cols] block, NOTE: and IMPORTANT: admonitions).
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
NNB = "\u202f"
NB = "\u00a0"


def _p(name: str) -> str:
    return os.path.join(DOCS, name)


FARM = _p("brambleford-farm-park-winter-spring-programme-2026-27.html")
JOURNAL = _p("tinsel-co-performer-payments-journal-2025-2026.txt")
FORUM = _p("grotto-talk-forum-thread-2026-12.txt")
GARDEN = _p("thistledown-garden-centre-christmas-prices-2026.md")
FAQ = _p("faq-membres-bureau-val-givre.html")
VCARD = _p("annuaire-bureaux-et-delegues-gasph.txt")
GUIDE = _p("guide-partie-f-videos-ia-clones-avatars.md")
CATALOGUE = _p("barbes-et-houppelandes-catalogue-hiver-2026.txt")


def fr(amount: str) -> str:
    """'1 500,00' -> U+202F between the thousands and U+00A0 before ₾."""
    return amount.replace(" ", NNB) + NB + "₾"


# ---- the farm park's programme (English, HTML) -----------------------------------------------------

SUNSETS = [
    ("Saturday 5 December 2026", "16:06"),
    ("Sunday 6 December 2026", "16:05"),
    ("Saturday 12 December 2026", "16:02"),
    ("Sunday 13 December 2026", "16:02"),
    ("Saturday 19 December 2026", "16:04"),
    ("Sunday 20 December 2026", "16:05"),
]
FARM_PRICES = [
    ("Lantern Trail, adult", "14.50"),
    ("Lantern Trail, child (3 to 15)", "9.80"),
    ("Lantern Trail, family (2 adults, 2 children)", "42.00"),
    ("Father Christmas in the Barn, per child (a small gift included)", "12.00"),
    ("Easter Hare Trail, per child", "7.60"),
    ("Moonlit Egg Hunt, per child", "11.00"),
]


def farm_bytes() -> bytes:
    sunset_rows = "".join(
        f'<tr><td>{d}</td><td class="from">14:00</td><td class="sunset">{t}</td>'
        '<td class="until">18:00</td></tr>\n'
        for d, t in SUNSETS
    )
    price_rows = "".join(
        f'<tr><td>{label}</td><td class="lari">{amount}</td></tr>\n'
        for label, amount in FARM_PRICES
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Brambleford Farm Park – winter and spring programme 2026–27</title>
<style>
  body {{ font-family: Georgia, serif; max-width: 46em; margin: 2em auto; }}
  td, th {{ padding: 0.2em 0.8em; border-bottom: 1px solid #ccc; }}
  .lari::after {{ content: "\\00a0\\20be"; }}
  .from::before {{ content: "from "; }}
  .until::before {{ content: "until "; }}
  .sunset {{ font-weight: bold; }}
  .note::before {{ content: "Please note: "; font-style: italic; }}
</style>
</head>
<body>
<header>
<h1>Brambleford Farm Park – winter and spring programme 2026–27</h1>
<p>Brambleford Farm Park, Mill Lane, Brambleford BF2 9LT. Car park: 250 spaces. Groups and
schools: bookings@brambleford.example.</p>
</header>
<main>
<section id="halloween">
<h2>Fright Night (past event)</h2>
<p>Our Halloween Fright Night ran on Saturday 24 October 2026 from 22:00 to 04:00 in the
pumpkin fields and the old grain barn, with costumed hosts in every barn and a hay-bale maze
for brave visitors. Thank you to the 1,200 visitors who came in the dark.</p>
</section>
<section id="lantern-trail">
<h2>Christmas Lantern Trail and Father Christmas in the Barn</h2>
<p>Every Saturday and Sunday from 5 December to 20 December 2026 the Lantern Trail winds
through the orchard from 14:00 to 18:00, and Father Christmas and his elves welcome children
in the Barn. The trail is outdoors: wrap up warm. Sunset comes early in December, and the
lanterns are lit at official sunset.</p>
<table id="sunset-times">
<caption>Lantern Trail days and official sunset at Brambleford</caption>
<thead><tr><th>Day</th><th>Trail opens</th><th>Official sunset</th><th>Trail closes</th></tr></thead>
<tfoot><tr><td colspan="4" class="note">the times of official sunset are those that the farm
park publishes for its outdoor staff and hosts; the lanterns are lit at these times.</td></tr></tfoot>
<tbody>
{sunset_rows}</tbody>
</table>
</section>
<section id="easter">
<h2>Easter 2027</h2>
<p>The Easter Hare Trail runs from Saturday 27 March to Monday 29 March 2027, from 10:00 to
16:00. The Moonlit Egg Hunt's crew (egg hiders and the Easter Hare host) set the trail up
overnight, from 22:00 on Saturday 27 March to 04:00 on the Sunday morning, ready for the first
hunters at dawn.</p>
</section>
<section id="prices">
<h2>Visitor prices</h2>
<table>
<thead><tr><th>Ticket</th><th>Price</th></tr></thead>
<tbody>
{price_rows}</tbody>
</table>
<p>Tickets are sold online and at the gate. Children under 3 go free. Annual members get one
free Lantern Trail visit.</p>
</section>
</main>
<footer>
<p>Brambleford Farm Park is a working farm: dogs on a lead, please, and keep gates closed.</p>
</footer>
</body>
</html>
""".encode()


# ---- the agency's payments journal (English, hledger) ---------------------------------------------

# (date, description, comment, [(account, cents, note)]) ; the bank posting balances each one
JOURNAL_TX: list[tuple[str, str, str, list[tuple[str, int, str]]]] = [
    (
        "2025-12-05",
        "School party, Kestermoor Primary",
        "2023-2026 agreement",
        [("expenses:fees:parties", 59000, "school party, up to 1 hour")],
    ),
    (
        "2025-12-12",
        "Corporate party, Merrowby Galleria staff",
        "2023-2026 agreement",
        [("expenses:fees:parties", 135000, "corporate party, up to 2 hours")],
    ),
    (
        "2025-12-19",
        "NorthStar Calls, 1 to 19 December 2025",
        "2023-2026 agreement",
        [("expenses:fees:calls", 83220, "38 calls × GEL 21.90")],
    ),
    (
        "2025-12-24",
        "Home visits, Christmas Eve",
        "2023-2026 agreement",
        [
            ("expenses:fees:home-visits", 68000, "4 visits × GEL 170.00"),
            (
                "expenses:fees:christmas-eve",
                10000,
                "2 visits started after 20:00, premium × GEL 50.00",
            ),
        ],
    ),
    (
        "2026-10-01",
        "Own-costume allowance, season 2026-27",
        "2026-2029 agreement, clause 9.1",
        [("expenses:allowances:costume", 46000, "one season")],
    ),
    (
        "2026-10-25",
        "Fright Night, Brambleford Farm Park, 24 to 25 October",
        "2026-2029 agreement, clauses 7.1 to 7.3",
        [
            ("expenses:fees:character-host", 27650, "7 h worked × GEL 39.50"),
            ("expenses:fees:after-dark", 6720, "7 h after sunset × GEL 9.60"),
        ],
    ),
    (
        "2026-11-27",
        "Letter replies, November",
        "2026-2029 agreement, clause 8.3",
        [("expenses:fees:letters", 70560, "96 letters × GEL 7.35")],
    ),
    (
        "2026-12-04",
        "NorthStar Calls, 1 to 4 December 2026",
        "2026-2029 agreement, clause 8.1",
        [
            ("expenses:fees:calls", 127920, "52 calls × GEL 24.60"),
            ("expenses:fees:calls", 880, "11 minutes beyond the tenth × GEL 0.80"),
        ],
    ),
    (
        "2026-12-05",
        "School party, Saint-Aubrac, the eve of St Nicholas",
        "2026-2029 agreement, clauses 6.2 and 10.2",
        [
            ("expenses:fees:parties", 64000, "school party, up to 1 hour"),
            ("expenses:travel", 3610, "38 km beyond the first 30 of a 68 km round trip × GEL 0.95"),
        ],
    ),
]


def _gel(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"GEL {sign}{cents // 100:,}.{cents % 100:02d}"


def journal_total() -> int:
    return sum(c for *_, posts in JOURNAL_TX for _, c, _ in posts)


def journal_text() -> str:
    head = [
        "; Tinsel & Co. Bookings – performers' payments journal, seasons 2025-26 and 2026-27",
        "; Performer: Elwyn Marchbank-Reyes, SCPG membership number SCPG 04417",
        "; Format: hledger. A transaction is a date line and its indented postings; ';' starts a",
        ";   comment. The bank posting of each transaction balances it.",
        "; Amounts carry the currency code, as the bank file needs it: GEL 1,245.50 = ₾1,245.50.",
        "; Work up to 30 September 2026 is paid at the rates of the Grotto and Appearance",
        ";   Agreement 2023-2026; work from 1 October 2026 at those of the Seasonal Character",
        ";   Performers Agreement 2026-2029.",
        "",
        "commodity GEL 1,000.00",
        "",
        "account expenses:fees:parties",
        "account expenses:fees:calls",
        "account expenses:fees:home-visits",
        "account expenses:fees:christmas-eve",
        "account expenses:fees:character-host",
        "account expenses:fees:after-dark",
        "account expenses:fees:letters",
        "account expenses:allowances:costume",
        "account expenses:travel",
        "account assets:bank",
        "",
    ]
    out = list(head)
    for date, desc, comment, posts in JOURNAL_TX:
        out.append(f"{date} * {desc}  ; {comment}")
        for account, cents, note in posts:
            out.append(f"    {account:<36}{_gel(cents):>14}  ; {note}")
        total = sum(c for _, c, _ in posts)
        out.append(f"    {'assets:bank':<36}{_gel(-total):>14}")
        out.append("")
    out.append(f"; Total paid in these transactions: {_gel(journal_total())}")
    return "\n".join(out) + "\n"


# ---- the forum thread (English, BBCode) -----------------------------------------------------------

FORUM_TEXT = """\
[size=150][b]Grotto Talk – the SCPG members' forum[/b][/size]
Board: Pay and agreements » Thread: [b]Season 2026–27: party fees, re-booking offers, payday and Fright Night hours[/b]
Exported: Mon Dec 07, 2026 9:05 am (forum export, BBCode)

Post by Moderator » Mon Nov 30, 2026 9:00 am
[b]Pinned:[/b] on this board we write amounts the Guild's way in conversation, the figure first and the sign after it, with a space: 46.80 ₾ is the ₾46.80 of the agreement. Quote the clause when you can. The agreement and the Federation's season calendar are in the [url=https://scpg.example/library]library[/url].

Post by Juniper Ashworth-Kaya » Fri Dec 04, 2026 7:12 pm
Pemberton & Vance have booked me for their staff party on the eve of St Nicholas. The events manager says the fee is 3 monkeys. Is that the agreement rate, and how long do they get me for?

Post by Marguerite Haldane-Osei (steward) » Fri Dec 04, 2026 8:03 pm
[quote="Juniper Ashworth-Kaya"]Pemberton & Vance have booked me for their staff party on the eve of St Nicholas.[/quote]
A monkey is old slang for five hundred, so the events manager means the corporate party fee of clause 6.1: 1,500.00 ₾ for an appearance of up to 2 hours. Anything longer is a second booking, not a favour.

Post by Tobias Lindgren-Mensah » Sat Dec 05, 2026 10:40 am
Somebody in the Merrowby staff room says the peak rate is still 52.90 ₾ an hour, like last year. Is that so?

Post by Marguerite Haldane-Osei (steward) » Sat Dec 05, 2026 11:15 am
[quote="Tobias Lindgren-Mensah"]the peak rate is still 52.90 ₾ an hour[/quote]
No. 52.90 ₾ was the peak rate of the 2023–2026 agreement, and that peak began on 1 December. Under the new agreement the peak rate is 58.40 ₾ an hour, from the first Sunday of Advent to Christmas Eve (clause 3.2); the season calendar gives the Sunday.

Post by Ines Varga-Holloway » Sat Dec 05, 2026 4:22 pm
I did Fright Night at Brambleford, 22:00 to 04:00 on the night the clocks went back. My statement from Tinsel & Co. shows 7 hours, not 6. Is that a mistake in my favour?

Post by Marguerite Haldane-Osei (steward) » Sat Dec 05, 2026 5:02 pm
No mistake. Clause 7.3 pays the hours actually worked, not the hours on the clock, and the clocks went back an hour during your shift: you worked 7 hours and are paid 7 hours, each of them after sunset.

Post by Ravi Okonjo-Pell » Sun Dec 06, 2026 8:47 am
Tinsel & Co. e-mailed me a re-booking offer for the Easter Hare Trail. I have not answered it yet. Does that mean I am free?
[list]
[*]I have not signed anything.
[*]I am not sure I want Easter this year.
[/list]

Post by Marguerite Haldane-Osei (steward) » Sun Dec 06, 2026 9:30 am
[quote="Ravi Okonjo-Pell"]Does that mean I am free?[/quote]
Careful: it works the other way round now. Under clause 12.2 silence counts as a yes once 14 days have passed after the day the offer was sent. If you do not want Easter, decline it in writing before then; the Val-Givre office can check the dates with you.

Post by Hamish Oduya-Grant » Sun Dec 06, 2026 6:10 pm
Someone on the Saint-Aubrac team says we will be paid for the whole grotto season by 8 January. Can I count on that?

Post by Marguerite Haldane-Osei (steward) » Mon Dec 07, 2026 8:55 am
[quote="Hamish Oduya-Grant"]we will be paid for the whole grotto season by 8 January[/quote]
Not by then. Clause 2.3 counts 10 working days from the last day of the grotto season, and the season calendar puts that day in January, not on Christmas Eve. Counting the working days and skipping the public holiday of 15 January, the fees of this season are due by Thursday 21 January 2027. Tell me if yours are late.

[i]This thread is locked. Start a new thread for new questions.[/i]
"""


# ---- the garden centre's price list (English, kramdown, a distractor) ----------------------------

GARDEN_TEXT = """\
# Thistledown Garden Centre – Christmas 2026 price list
{: #top}

Welcome to Christmas at Thistledown. Prices are in lari and include delivery within the
town on orders over ₾75.00. See [[Opening hours]] for late-night shopping evenings and
[[Delivery|our delivery terms]] for everything else.

## Real Christmas trees
{: #trees}

| Tree | Height | Price |
|------|--------|-------|
| Nordmann fir | 5 ft | ₾54.90 |
| Nordmann fir | 6 ft | ₾66.40 |
| Nordmann fir | 7 ft | ₾81.30 |
| Norway spruce | 6 ft | ₾43.70 |
| Potted blue spruce | 3 ft | ₾28.60 |
{: .prices}

Trees are netted free of charge. A tree stand that holds water is ₾17.90; a recycling
collection in January is ₾6.40 per tree.

## Wreaths and garlands
{: #wreaths}

| Item | Price |
|------|-------|
| Fresh door wreath, 40 cm | ₾22.80 |
| Fresh door wreath, 55 cm | ₾31.20 |
| Wreath-making workshop, materials included | ₾37.50 |
| Garland, 2 metres | ₾19.40 |
{: .prices}

Wreath-making workshops run on Tuesday and Thursday evenings in December; see
[[Workshops]].

## Lights and decorations
{: #lights}

| Item | Price |
|------|-------|
| Warm-white string lights, 200 bulbs | ₾23.90 |
| Solar lantern | ₾13.60 |
| Glass bauble, box of 12 | ₾15.70 |
| Table centrepiece with candle | ₾26.30 |
{: .prices}

## The Elf Workshop for children
{: #elf-workshop}

Children make a bauble and decorate a gingerbread biscuit with our own staff in the potting
shed: ₾8.70 per child, every Saturday in December from 10:00 to 15:00. No booking needed.
{: .note}

## Opening hours
{: #opening-hours}

Monday to Saturday 09:00 to 18:00, Sundays 10:00 to 16:00. Late-night shopping until 20:00
on the Thursdays of December. Closed on Christmas Day and New Year's Day.

## Delivery
{: #delivery}

We deliver trees and large plants within 15 km of the centre from Monday 30 November to
Wednesday 23 December 2026, between 09:00 and 17:00. Trees are delivered netted, with a
care card: keep the stand topped up with water and the tree away from radiators.

## Gift vouchers

Gift vouchers of any value from ₾10.00 are sold at the tills and never expire. A voucher
cannot be exchanged for cash.

Thistledown Garden Centre, Ferry Road, Thistledown TD1 6RW.
"""


# ---- the French FAQ (HTML, ruby) -----------------------------------------------------------------


def _ruby(fr_word: str, en_word: str, rp: bool = True) -> str:
    if rp:
        return f"<ruby>{fr_word}<rp>(</rp><rt>{en_word}</rt><rp>)</rp></ruby>"
    return f"<ruby>{fr_word}<rt>{en_word}</rt></ruby>"


FAQ_CHANGES = [
    ("Heure de grotte", fr("42,20"), fr("46,80")),
    (
        "Heure de grotte en période de pointe",
        f"{fr('52,90')}, dès le 1er décembre",
        f"{fr('58,40')}, dès le premier dimanche de l'Avent",
    ),
    ("Visite à domicile", fr("170,00"), fr("185,00")),
    (
        "Supplément de la veille de Noël",
        f"{fr('50,00')}, visites commencées dès 20 h",
        f"{fr('65,00')}, visites commencées dès 18 h",
    ),
    ("Fête d'entreprise", fr("1 350,00"), fr("1 500,00")),
    ("Appel vidéo", fr("21,90"), fr("24,60")),
    ("Vidéo enregistrée", fr("34,80"), fr("38,40")),
    ("Réponse à une lettre", fr("6,60"), fr("7,35")),
    (
        "Déplacements",
        f"{fr('0,85')} par km au-delà de 40 km",
        f"{fr('0,95')} par km au-delà de 30 km",
    ),
    (
        "Prime après la tombée de la nuit (lieux en plein air)",
        f"{fr('7,80')} par heure dès 19 h",
        f"{fr('9,60')} par heure ou partie d'heure après le coucher du soleil officiel",
    ),
    (
        "Pause payée",
        "15 minutes toutes les 2 heures",
        "15 minutes toutes les 90 minutes ou tous les 45 enfants",
    ),
    ("Temps maximal en grotte", "7 heures par jour", "6 heures par jour"),
    ("Température maximale de la grotte", "26 °C", "24 °C"),
    (
        "Attestation de sécurité des enfants",
        "renouvelée tous les 5 ans",
        "renouvelée tous les 3 ans",
    ),
    (
        "Offre de réengagement",
        "tombait sans réponse sous 7 jours",
        "acceptée sans refus écrit sous 14 jours",
    ),
]


def faq_bytes() -> bytes:
    changes = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>\n" for a, b, c in FAQ_CHANGES)
    grotte = _ruby("grotte", "grotto", rp=False)
    lutin = _ruby("lutin", "elf")
    pointe = _ruby("période de pointe", "peak")
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Questions fréquentes des membres – bureau de Val-Givre (GASPH)</title>
<style>
  body {{ font-family: sans-serif; max-width: 48em; margin: 2em auto; }}
  rt {{ font-size: 0.6em; color: #666; }}
  table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #999; padding: 0.2em 0.5em; }}
</style>
</head>
<body>
<h1>Questions fréquentes des membres – bureau de Val-Givre</h1>
<p>Guilde des artistes saisonniers et de personnages de Hollenval (GASPH). Mise à jour le mercredi
2 décembre 2026. Les termes anglais de l'accord sont indiqués au-dessus des termes français. Les
montants sont écrits à la française : une espace fine entre les milliers, une virgule avant les
tetri et le signe ₾ après le nombre. Le lari de Hollenval n'est pas celui de la Géorgie.</p>

<h2>La {grotte}</h2>
<h3>Combien est payée l'heure en {grotte} ?</h3>
<p>Le Père Noël est payé {fr("46,80")} l'heure. En {pointe}, du premier dimanche de l'Avent à la
veille de Noël inclus, l'heure est payée {fr("58,40")} ; le calendrier de la saison de la FCCGM donne
la date du premier dimanche de l'Avent. Un {lutin} ou assistant de grotte est payé {fr("31,60")}
l'heure, et {fr("36,90")} en période de pointe.</p>
<h3>Ma réservation commence avant la période de pointe et se termine pendant : quel tarif ?</h3>
<p>Une réservation de jours consécutifs qui chevauche le premier ou le dernier jour de la période
de pointe est payée, pour tous ses jours, au tarif de la majorité de ses jours : tous au tarif de
pointe si la plupart de ses jours tombent dans la pointe, tous au tarif ordinaire si la plupart
tombent en dehors ; à égalité, tous au tarif de pointe (article 3.5).</p>
<h3>Quel est l'appel minimum ?</h3>
<p>Tout appel en grotte est payé au moins 3 heures.</p>
<h3>Quand ai-je droit à une pause ?</h3>
<p>Une pause payée de 15 minutes après chaque tranche de 90 minutes dans le costume, ou après
chaque tranche de 45 enfants reçus, selon ce qui arrive en premier. C'est le {lutin} qui compte
les enfants.</p>
<h3>Combien d'heures par jour au plus ?</h3>
<p>Pas plus de 6 heures par jour dans la grotte.</p>
<h3>Et s'il fait trop chaud ?</h3>
<p>Quand un interprète en costume épais s'y trouve, la grotte ne dépasse pas 24 °C, et de l'eau
fraîche est toujours à portée de main. Au-delà de 24 °C, vous pouvez arrêter la séance : l'appel
entier vous est payé.</p>
<h3>Les barbes et les perruques sont-elles partagées ?</h3>
<p>Non. Une barbe ou une perruque fournie par l'employeur est lavée ou remplacée entre deux
interprètes et n'est jamais portée par deux interprètes le même jour.</p>
<h3>Qui reste avec moi dans la grotte ?</h3>
<p>Vous n'êtes jamais seul avec un enfant : un {lutin} ou un membre du personnel du centre est
toujours présent. Votre attestation de sécurité des enfants est renouvelée tous les 3 ans.</p>
<h3>Le centre peut-il utiliser les photos ?</h3>
<p>Seul le photographe du centre prend des photos dans la grotte. Aucune photo d'enfant n'est
utilisée dans la publicité sans le consentement écrit des parents.</p>

<h2>Visites, fêtes et animations</h2>
<h3>Combien pour une visite à domicile ?</h3>
<p>{fr("185,00")} la visite de 20 minutes au plus. La veille de Noël à 18 h ou plus tard, une visite
qui commence à cette heure est payée {fr("65,00")} de plus ; une visite commencée avant 18 h ce
jour-là, ou un autre jour, n'a pas de supplément.</p>
<h3>Et pour une fête ?</h3>
<p>Une fête d'école (une heure au plus) est payée {fr("640,00")} ; une fête d'entreprise (deux heures
au plus) {fr("1 500,00")}.</p>
<h3>Animateurs de Pâques et d'Halloween</h3>
<p>Un animateur de Pâques ou d'Halloween dans une jardinerie ou une ferme est payé {fr("39,50")}
l'heure, pour un appel minimum de 3 heures. En plein air, chaque heure ou partie d'heure travaillée
après le coucher du soleil officiel publié par le lieu pour ce jour-là est payée {fr("9,60")} de
plus.</p>
<h3>Les appels vidéo sur NorthStar Calls</h3>
<p>Chaque appel réservé de 10 minutes au plus est payé {fr("24,60")}.</p>

<h2>Annulation</h2>
<h3>Si l'employeur annule, qu'est-ce que je touche ?</h3>
<table>
<caption>Part du cachet réservé, selon le préavis (article 11)</caption>
<thead><tr><th>Préavis</th><th>Part du cachet</th></tr></thead>
<tbody>
<tr><td>30 jours ou plus</td><td>rien</td></tr>
<tr><td>de 14 à 29 jours</td><td>25 %</td></tr>
<tr><td>de 7 à 13 jours</td><td>50 %</td></tr>
<tr><td>de 2 à 6 jours</td><td>75 %</td></tr>
<tr><td>moins de 2 jours</td><td>100 %</td></tr>
</tbody>
</table>

<h2>Offres de réengagement</h2>
<h3>Une agence m'a envoyé une offre pour la saison suivante et je n'ai pas répondu.</h3>
<p>Le silence vaut acceptation : l'offre est acceptée si vous ne la refusez pas par écrit dans les
14 jours qui suivent le jour de son envoi (article 12.2). Exemple : une offre envoyée le jeudi
26 novembre 2026 peut être refusée par écrit jusqu'au jeudi 10 décembre 2026 inclus ; à partir
du vendredi 11 décembre 2026, vous êtes engagé.</p>

<h2>Ce qui change avec l'accord 2026-2029</h2>
<table>
<caption>Accord 2023-2026 (ancien) et accord 2026-2029 (en vigueur depuis le 1er octobre 2026)</caption>
<thead><tr><th>Sujet</th><th>Ancien accord 2023-2026</th><th>Accord 2026-2029</th></tr></thead>
<tbody>
{changes}</tbody>
</table>

<h2>Horaires et contacts</h2>
<p>Les horaires des bureaux, la ligne d'urgence de la veille de Noël et les adresses des
responsables sont dans l'annuaire de la Guilde (fiches vCard).</p>
</body>
</html>
""".encode()


# ---- the directory (French, vCard 4.0, CRLF, folded) ---------------------------------------------

VCARDS: list[list[str]] = [
    [
        "KIND:org",
        "FN:GASPH – Bureau de Val-Givre",
        "ORG:Guilde des artistes saisonniers et de personnages de Hollenval;Bureau de Val-Givre",
        "ADR;TYPE=work:;;14\\, rue du Verglas;Val-Givre;;VG3 2PN;Hollenval",
        "TEL;TYPE=work,voice:08 00 31 47 62",
        "EMAIL;TYPE=work:val-givre@gasph.example",
        "NOTE:Horaires de décembre : du mardi au samedi\\, de 9 h à 17 h 30 ; le jeudi 24 "
        "décembre\\, de 9 h à 12 h. Le reste de l'année : du lundi au vendredi\\, de 9 h 30 à 17 h. "
        "Le bureau répond en français et en anglais.",
        "REV:20261201T090000Z",
    ],
    [
        "KIND:org",
        "FN:GASPH – Siège de Kestermoor",
        "ORG:Guilde des artistes saisonniers et de personnages de Hollenval;Siège",
        "ADR;TYPE=work:;;9 Lamplight Row;Kestermoor;;KM4 7YQ;Hollenval",
        "TEL;TYPE=work,voice:08 00 19 72 40",
        "EMAIL;TYPE=work:siege@gasph.example",
        "NOTE:Guilde fondée en 1972. Siège ouvert du lundi au vendredi\\, de 9 h à 17 h.",
        "REV:20261201T090000Z",
    ],
    [
        "KIND:org",
        "FN:Ligne d'urgence de la veille de Noël",
        "ORG:Guilde des artistes saisonniers et de personnages de Hollenval",
        "TEL;TYPE=voice,text:08 00 24 12 24",
        "NOTE:Ouverte le jeudi 24 décembre 2026 de 14 h à 23 h pour les interprètes en visite à "
        "domicile : un délégué répond en français et en anglais\\, et peut joindre l'agence ou la "
        "famille pour vous.",
        "REV:20261201T090000Z",
    ],
    [
        "KIND:individual",
        "FN:Marguerite Haldane-Osei",
        "N:Haldane-Osei;Marguerite;;;",
        "TITLE:Déléguée (steward)",
        "ORG:Guilde des artistes saisonniers et de personnages de Hollenval;Siège",
        "TEL;TYPE=cell:07 12 45 36 90",
        "EMAIL:m.haldane-osei@gasph.example",
        "NOTE:Questions de paie\\, d'annulation et de réengagement.",
        "REV:20261201T090000Z",
    ],
    [
        "KIND:individual",
        "FN:Séverine Okonkwo-Duval",
        "N:Okonkwo-Duval;Séverine;;;",
        "TITLE:Coordinatrice du bureau de Val-Givre",
        "ORG:Guilde des artistes saisonniers et de personnages de Hollenval;Bureau de Val-Givre",
        "EMAIL:s.okonkwo-duval@gasph.example",
        "NOTE:Accueil des membres francophones ; dates des offres de réengagement et des "
        "calendriers de saison.",
        "REV:20261201T090000Z",
    ],
    [
        "KIND:individual",
        "FN:Noor Castellane-Wright",
        "N:Castellane-Wright;Noor;;;",
        "TITLE:Responsable de l'IA et de l'image numérique",
        "ORG:Guilde des artistes saisonniers et de personnages de Hollenval;Siège",
        "EMAIL;TYPE=work:ia@gasph.example",
        "NOTE:Formulaires FC-9 (consentement) et FC-11 (retrait d'un consentement) : les envoyer "
        "à cette adresse\\, avec une copie à l'agence ou au centre concerné. Questions sur les "
        "vidéos IA\\, les clones de voix\\, les doubles numériques et le Père Noël synthétique.",
        "REV:20261201T090000Z",
    ],
    [
        "KIND:individual",
        "FN:Ines Mbatha-Lindqvist",
        "N:Mbatha-Lindqvist;Ines;;Dr;",
        "TITLE:Responsable de la protection de l'enfance",
        "ORG:Guilde des artistes saisonniers et de personnages de Hollenval;Siège",
        "EMAIL:protection@gasph.example",
        "NOTE:Attestations de sécurité des enfants : renouvellement et numéros d'attestation.",
        "REV:20261201T090000Z",
    ],
    [
        "KIND:individual",
        "FN:Callum Ferreira-Blythe",
        "N:Ferreira-Blythe;Callum;;;",
        "TITLE:Responsable des tarifs",
        "ORG:Guilde des artistes saisonniers et de personnages de Hollenval;Siège",
        "EMAIL:tarifs@gasph.example",
        "REV:20261201T090000Z",
    ],
]


def fold(line: str, limit: int = 75) -> list[str]:
    """Fold a content line at `limit` octets, always just before a space (RFC 6350, 3.2)."""
    out: list[str] = []
    rest = line
    first = True
    while len(rest.encode("utf-8")) > (limit if first else limit - 1):
        room = limit if first else limit - 1
        cut = -1
        for i, ch in enumerate(rest):
            if len(rest[: i + 1].encode("utf-8")) > room:
                break
            if ch == " " and i > 0:
                cut = i
        if cut <= 0:
            raise SystemExit(f"cannot fold {line!r}")
        out.append(("" if first else " ") + rest[:cut])
        rest = rest[cut:]
        first = False
    out.append(("" if first else " ") + rest)
    return out


def unfold(text: str) -> str:
    return text.replace("\r\n ", "")


def vcard_text() -> str:
    lines: list[str] = []
    for card in VCARDS:
        lines.append("BEGIN:VCARD")
        lines.append("VERSION:4.0")
        for prop in card:
            lines += fold(prop)
        lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


# ---- the French guide to Part F (MkDocs Markdown, ordinary-space thousands) ----------------------


def frsp(amount: str) -> str:
    """'1 380,00' with ORDINARY spaces: between the thousands and before ₾."""
    return amount + " ₾"


def guide_text() -> str:
    return f"""\
# Guide de la partie F : vidéos IA, clones de voix, doubles numériques et Père Noël synthétique

*Guilde des artistes saisonniers et de personnages de Hollenval (GASPH) – Val-Givre, le mercredi
25 novembre 2026.* Ce guide résume la partie F de l'accord des artistes saisonniers et de
personnages 2026-2029 (articles 13 à 19) ; l'accord fait foi. Dans ce guide, les montants sont
écrits avec une espace ordinaire entre les milliers et une virgule avant les tetri
({frsp("1 380,00")}).

## 1. Les quatre usages

L'accord encadre quatre usages de votre image et de votre voix :

- la **vidéo IA** : une vidéo personnalisée du Père Noël fabriquée par un logiciel à partir de
  votre image et de votre voix enregistrées, le prénom de l'enfant étant inséré par le logiciel ;
- le **clone de voix**, utilisé sur une ligne d'appels ;
- le **double numérique**, une image de vous fabriquée par IA pour la publicité d'un centre ;
- le **Père Noël synthétique**, un avatar proposé lors d'un appel vidéo à la place d'un
  interprète en direct.

!!! info "Un formulaire par usage"
    Chaque usage demande votre consentement écrit sur le formulaire FC-9, un formulaire par
    usage. Un consentement général « à tout usage » est nul. La Guilde tient le registre des
    formulaires FC-9 signés : sur demande, vous en recevez la copie sous 5 jours ouvrables.

## 2. Ce qui vous est payé

Une séance d'enregistrement de votre image et de votre voix (3 heures au plus) est payée
{frsp("420,00")}.

| Usage | Rémunération | Plafond |
|---|---|---|
| Vidéo IA | {frsp("1,15")} par vidéo produite | 2 000 vidéos par saison |
| Clone de voix | {frsp("890,00")} par ligne et par saison | – |
| Double numérique | {frsp("1 380,00")} par centre et par saison | – |
| Père Noël synthétique | {frsp("3,40")} par appel | – |
| Entraînement sur vos appels enregistrés | {frsp("650,00")} par entraînement | avec votre consentement |

## 3. Les enfants

!!! danger "Jamais de données d'enfants"
    Aucune voix, image, prénom ni autre donnée d'enfant venant d'un appel, d'une vidéo ou d'une
    visite à la grotte ne peut servir à entraîner un modèle, même avec le consentement des
    parents. Les enregistrements sont expurgés des données d'enfants avant tout usage permis.

Votre image et votre voix ne servent jamais à entraîner un modèle généraliste, même avec votre
consentement. Un Père Noël synthétique n'est jamais en appel avec un enfant si le parent n'a
pas été prévenu avant la réservation.

## 4. Les mentions obligatoires

!!! note "Sur la vidéo et sur la page de réservation"
    Chaque vidéo IA affiche, au début et à la fin : « Cette vidéo a été réalisée par IA à partir
    de l'enregistrement d'un interprète réel, avec son consentement. » La page de réservation
    d'un appel avec un Père Noël synthétique affiche, avant le paiement : « Votre appel se fera
    avec un Père Noël synthétique (IA), et non avec un interprète en direct. »

## 5. Retirer un consentement

Vous pouvez retirer un consentement avec un préavis écrit de 30 jours, sur le formulaire FC-11.
Tout ce qui a été fabriqué à partir de vous (modèles, clones, doubles, enregistrements) est
effacé dans les 21 jours qui suivent la prise d'effet du retrait, et vous recevez un certificat
d'effacement.

```mermaid
gantt
    title Exemple : retrait notifié le lundi 4 janvier 2027
    dateFormat YYYY-MM-DD
    axisFormat %d/%m
    section Retrait (formulaire FC-11)
    Préavis de 30 jours            :a1, 2027-01-04, 30d
    section Effacement
    Effacement (21 jours au plus)  :a2, after a1, 21d
```

Dans cet exemple, le retrait prend effet le mercredi 3 février 2027, et tout est effacé au plus
tard le mercredi 24 février 2027.

!!! warning "Contrôle"
    La Guilde peut contrôler les journaux d'utilisation une fois par saison, avec un préavis de
    15 jours ouvrables.

## 6. Le Comité mixte des interprètes synthétiques

Trois membres nommés par la Guilde et trois par les employeurs suivent la partie F et règlent
les litiges. La commission paritaire annonce la date de sa première réunion ; son budget est fixé
à l'article 19.2 de l'accord.

Questions : le responsable de l'IA et de l'image numérique de la Guilde (voir l'annuaire).
"""


# ---- the costume shop's catalogue (French, AsciiDoc, a distractor) -------------------------------


def catalogue_text() -> str:
    return f"""\
= Barbes & Houppelandes : catalogue d'hiver 2026-2027
:author: Barbes & Houppelandes, 22, passage des Cordiers, Montbrume
:revdate: 2026-10-01
:lang: fr
:toc:

Costumes, barbes et accessoires pour les fêtes de fin d'année, Pâques et Halloween. Les prix
s'entendent toutes taxes comprises ; la location se fait à la semaine, du lundi au lundi.

== Costumes de Père Noël

[cols="3,1,1",options="header"]
.Houppelandes et costumes complets
|===
|Article |Vente |Location (semaine)
|Houppelande en velours rouge, capuche doublée |{fr("189,00")} |{fr("45,00")}
|Costume complet « Grand Nord » (houppelande, pantalon, ceinturon, bottes) |{fr("1 249,00")} |{fr("152,00")}
|Pantalon en velours |{fr("57,90")} |{fr("16,00")}
|Ceinturon en cuir, boucle dorée |{fr("33,50")} |–
|Bottes noires, tailles 40 à 48 |{fr("96,00")} |{fr("21,00")}
|===

NOTE: Toutes nos houppelandes se lavent à 30 °C. Nettoyage à sec possible en boutique.

== Barbes, perruques et sourcils

[cols="3,1",options="header"]
|===
|Article |Prix
|Barbe et moustache en fibre, 45 cm |{fr("74,50")}
|Barbe et moustache en poil de yak, 55 cm |{fr("238,00")}
|Perruque blanche bouclée |{fr("61,20")}
|Sourcils blancs adhésifs (la paire) |{fr("4,90")}
|Nettoyage et démêlage d'une barbe |{fr("16,50")}
|===

IMPORTANT: Pour des raisons d'hygiène, les barbes et perruques ne sont ni reprises ni échangées.

== Accessoires

* Hotte en osier avec sangles : {fr("48,70")}
* Lunettes rondes dorées : {fr("11,90")}
* Clochette de traîneau en laiton : {fr("18,30")}
* Livre d'or « Lettres au Père Noël » : {fr("23,40")}

== Lutins, Pâques et Halloween

[cols="3,1,1",options="header"]
|===
|Costume |Vente |Location (semaine)
|Lutin, bonnet à grelot compris |{fr("68,90")} |{fr("17,00")}
|Lièvre de Pâques, tête en mousse |{fr("134,00")} |{fr("38,00")}
|Citrouille géante |{fr("86,40")} |{fr("24,00")}
|Sorcière, chapeau et balai compris |{fr("72,30")} |{fr("20,00")}
|===

== Conditions de location

. La location court du lundi au lundi ; une semaine commencée est due.
. Une caution est demandée pour chaque costume loué ; elle est rendue au retour du costume propre
  et complet.
. Un costume rendu en retard est facturé une semaine de plus.
. Les bottes et les ceinturons se louent avec un costume complet seulement.

== Boutique

Ouvert du mardi au samedi de 10 h à 19 h ; en décembre, aussi le dimanche de 14 h à 18 h.
Commandes par courrier : 22, passage des Cordiers, Montbrume.
"""


OUTPUTS = [
    (FARM, farm_bytes),
    (JOURNAL, lambda: journal_text().encode()),
    (FORUM, lambda: FORUM_TEXT.encode()),
    (GARDEN, lambda: GARDEN_TEXT.encode()),
    (FAQ, faq_bytes),
    (VCARD, lambda: vcard_text().encode()),
    (GUIDE, lambda: guide_text().encode()),
    (CATALOGUE, lambda: catalogue_text().encode()),
]


def build() -> None:
    os.makedirs(DOCS, exist_ok=True)
    for out, make in OUTPUTS:
        with open(out, "wb") as f:
            f.write(make())
        print("wrote", out)


if __name__ == "__main__":
    build()
