#!/usr/bin/env python3
"""Write the eight text documents of union-aq (their whole text is in this script).

    python3 eval/union-aq/make_notice.py

English:
- festoon-rate-card-2026-2027.html: the Agency's rate card (HTML): the reception rates by
  tertial, named only "T1 rate", "T2 rate", "T3 rate" (the agreement defines the tertials);
  a QUOTE CALCULATOR whose prices are in <select>/<option> elements; an inline <svg> chart of
  bookings whose labels are <text> elements (counts, not money); and last season's figures
  in a <meta name="description"> (a trap that only the raw page shows). Amounts "GH₵ 1,250.00"
  (GH₵, a space, the figure).
- festoon-remittance-2026-11.txt: a performer's remittance for November 2026, COMMA-SEPARATED
  VALUES with EVERY FIELD QUOTED (the commas inside "GHS 1,250.00" are not separators), CRLF
  line ends, "#" comment lines; the currency code GHS; the next remittance as an ISO ORDINAL
  DATE ("2026-350").
- orangery-halls-newsletter-winter-2026-27.md: Orangery Halls' winter newsletter, Markdown
  with GITHUB ALERT blockquotes ("> [!NOTE]", "> [!IMPORTANT]", ...) and HARD LINE BREAKS
  (two spaces at the end of a line) in its addresses: the Westercombe Orangery's opening
  day (only here), "GH¢420.00" (the cent sign, once) and "1,250 cedis" (once).
- gcpa-email-mc-fee-committee-invitation-2026-12-04.txt: an e-mail saved with its headers, a
  MIME multipart/mixed message with CRLF line ends whose second part is an iCalendar
  invitation (text/calendar, a VEVENT with "DTSTART:20270118T140000" and folded lines): the
  committee's first meeting (only here) and the shorthand "1.25 thou" (once; "thou" is
  slang for a thousand, the agreement gives the fee in full).
French:
- gafca-faq-membres-clairmarais.html: the members' FAQ of the Clairmarais office: a
  PREFORMATTED <pre> block (the cancellation scale aligned with spaces), an ordered list
  numbered by its START ATTRIBUTE (<ol start="5">: the numbers are in no text), a <q>
  quotation; the office hours (only here).
- guide-prestations-synthetiques-partie-e.md: the Joint Committee's guide to Part E, Markdown
  whose ordered lists use LAZY NUMBERING (every item "1.") and whose header lines end with a
  BACKSLASH HARD LINE BREAK: the monthly caps (only here).
- webinaire-accord-2026-2029-sous-titres.txt: the subtitles of the Guild's webinar of
  26 November 2026, a WEBVTT file (cue timings, NOTE blocks, <v> voice spans): the general
  assembly "le samedi 20 mars prochain" (only here), a stale statement on the fuel supplement.
- catalogue-ballons-maquillage-printemps-2027.txt: a shop's catalogue of balloons and face
  paints (a distractor) whose prices use THIN SPACES (U+2009) between the thousands and before
  the sign.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
NNB = "\u202f"
NB = "\u00a0"
THIN = "\u2009"


def _p(name: str) -> str:
    return os.path.join(DOCS, name)


RATE_CARD_OUT = _p("festoon-rate-card-2026-2027.html")
REMITTANCE_OUT = _p("festoon-remittance-2026-11.txt")
NEWSLETTER_OUT = _p("orangery-halls-newsletter-winter-2026-27.md")
EMAIL_OUT = _p("gcpa-email-mc-fee-committee-invitation-2026-12-04.txt")
FAQ_OUT = _p("gafca-faq-membres-clairmarais.html")
GUIDE_OUT = _p("guide-prestations-synthetiques-partie-e.md")
WEBINAR_OUT = _p("webinaire-accord-2026-2029-sous-titres.txt")
CATALOGUE_OUT = _p("catalogue-ballons-maquillage-printemps-2027.txt")


def fr(amount: str) -> str:
    """'1 250,00' -> U+202F between the thousands, U+00A0 before GH₵."""
    return amount.replace(" ", NNB) + NB + "GH₵"


# ---- the rate card (EN, HTML) -------------------------------------------------------------------

META = (
    "Festoon rate card 2025–2026 for performers: MC GH₵ 1,150.00 per event, children's party "
    "GH₵ 360.00 per slot."
)
TERTIAL_ROWS = [("T1 rate", "GH₵ 245.00"), ("T2 rate", "GH₵ 290.00"), ("T3 rate", "GH₵ 265.00")]
CARD_ROWS = [
    ("Ceremony, up to 30 minutes", "per performer", "GH₵ 680.00"),
    ("Ceremony, 31 to 60 minutes", "per performer", "GH₵ 940.00"),
    ("Ceremony, 61 to 90 minutes", "per performer", "GH₵ 1,180.00"),
    ("Event MC or master of ceremonies", "per event, up to 6 hours", "GH₵ 1,250.00"),
    ("Children's-party character performer", "per 90-minute slot", "GH₵ 395.00"),
    ("Balloon artist, face painter, caricaturist, speed portraits", "per hour", "GH₵ 285.00"),
    ("Guests above the first 75 guests", "per guest", "GH₵ 6.50"),
    ("Roving close-up performer", "per evening of 3 hours", "GH₵ 720.00"),
    ("First-dance or flash-mob choreography", "per lesson hour", "GH₵ 310.00"),
    ("Overtime after the booked end", "per 15-minute block", "GH₵ 55.00"),
]
OPTIONS = [
    ("cer30", "Ceremony, up to 30 minutes – GH₵ 680.00"),
    ("cer60", "Ceremony, 31 to 60 minutes – GH₵ 940.00"),
    ("cer90", "Ceremony, 61 to 90 minutes – GH₵ 1,180.00"),
    ("mc", "MC for the event – GH₵ 1,250.00"),
    ("kids", "Children's party, one 90-minute slot – GH₵ 395.00"),
    ("closeup", "Close-up performer, one evening – GH₵ 720.00"),
]
EXTRAS = [
    ("guests", "Each guest above the first 75 guests – GH₵ 6.50"),
    ("ot", "Each 15-minute block after the booked end – GH₵ 55.00"),
    ("props", "Props allowance, per event – GH₵ 25.00"),
]
BARS = [("T1", 418, 8), ("T2", 967, 18), ("T3", 604, 12)]


def rate_card_bytes() -> bytes:
    tertials = "\n".join(
        f"      <tr><td>{label}</td><td>{rate}</td></tr>" for label, rate in TERTIAL_ROWS
    )
    rows = "\n".join(
        f"      <tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in CARD_ROWS
    )
    options = "\n".join(f'          <option value="{v}">{t}</option>' for v, t in OPTIONS)
    extras = "\n".join(f'          <option value="{v}">{t}</option>' for v, t in EXTRAS)
    bars = "\n".join(
        f'    <rect x="{4 + 20 * i}" y="{22 - h}" width="12" height="{h}" fill="#c06"/>\n'
        f'    <text x="{4 + 20 * i}" y="23">{label}: {n} bookings</text>'
        for i, (label, n, h) in enumerate(BARS)
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="description" content="{META}">
<title>Festoon rate card 2026–2027 – performers' fees</title>
<style>
  body {{ font-family: sans-serif; max-width: 52em; margin: auto; }}
  td, th {{ border: 1px solid #999; padding: 0.2em 0.5em; }}
  svg text {{ font-size: 2px; }}
</style>
</head>
<body>
<header>
  <p>Festoon National Events Agency · Harrowdean · bookings for private events</p>
</header>
<main>
  <h1>Rate card 2026–2027: performers' fees</h1>
  <p>This card gives the fees the Agency pays performers under the Private Events Performers
  Agreement 2026–2029, from 1 October 2026. Amounts are written GH₵, a space and the figure:
  GH₵ 1,250.00 is one thousand two hundred and fifty cedis.</p>
  <h2>Reception sets, by tertial</h2>
  <table>
    <thead><tr><th>Reception set</th><th>Rate per hour</th></tr></thead>
    <tbody>
{tertials}
    </tbody>
  </table>
  <p><small>At least 2 hours. A reception is paid the rate of the tertial of its day; the
  agreement says which days each tertial covers.</small></p>
  <h2>Other engagements</h2>
  <table>
    <thead><tr><th>Engagement</th><th>Unit</th><th>Fee</th></tr></thead>
    <tbody>
{rows}
    </tbody>
  </table>
  <p><small>The per-guest rate is added to the hourly rate of balloon artists, face painters,
  caricaturists and speed-portrait painters when an event has more than 75 guests.</small></p>
  <h2>Quote calculator</h2>
  <form action="#" method="get">
    <p><label>Engagement
        <select name="engagement">
{options}
        </select></label></p>
    <p><label>Extras
        <select name="extras" multiple>
{extras}
        </select></label></p>
    <p><button type="submit">Show my quote</button></p>
  </form>
  <p><mark>New this season:</mark> the Bonbon Clips birthday video app. Its fees are set in
  Part E of the agreement, not on this card.</p>
  <h2>Bookings so far this year</h2>
  <svg viewBox="0 0 64 24" role="img" aria-label="Bookings per tertial, 2026">
{bars}
  </svg>
  <p>The chart counts bookings, not fees.</p>
</main>
<footer>
  <p>Festoon National Events Agency – performers' desk. Questions about a fee go to the
  Guild's rates officer.</p>
</footer>
</body>
</html>
"""
    return page.encode("utf-8")


# ---- the remittance (EN, CSV with quoted fields, CRLF) -----------------------------------------

REM_HEAD = [
    "# Festoon National Events Agency - performer remittance, November 2026",
    "# Performer: Jonah Mbeki-Sorensen, member no. GC-30958; statement period November 2026 "
    "(Q4 2026)",
    "# Amounts carry the currency code GHS, which the Agency's payment system uses for the "
    "Ambrevalian cedi: GHS 1,250.00 is one thousand two hundred and fifty cedis.",
    "# Every field is quoted, so the comma inside an amount is not a field separator.",
    "# Dates are ISO dates, year-month-day. The next remittance date is an ISO ordinal date, "
    "year-day of the year.",
]
REM_FIELDS = ["date", "event", "item", "quantity", "rate", "amount"]
REM_ROWS = [
    (
        "2026-11-07",
        "EV-26-3318 wedding reception, Merriton Quay Orangery",
        "Reception set, T3 rate (hours)",
        "3",
        "GHS 265.00",
        "GHS 795.00",
    ),
    (
        "2026-11-07",
        "EV-26-3318 wedding reception, Merriton Quay Orangery",
        "Late-finish premium (hours after 23:00)",
        "1",
        "GHS 95.00",
        "GHS 95.00",
    ),
    (
        "2026-11-07",
        "EV-26-3318 wedding reception, Merriton Quay Orangery",
        "Travel beyond the first 40 km (km)",
        "86",
        "GHS 0.85",
        "GHS 73.10",
    ),
    (
        "2026-11-07",
        "EV-26-3318 wedding reception, Merriton Quay Orangery",
        "Fuel supplement (km)",
        "86",
        "GHS 0.20",
        "GHS 17.20",
    ),
    (
        "2026-11-14",
        "EV-26-3402 company anniversary dinner",
        "MC fee (event)",
        "1",
        "GHS 1,250.00",
        "GHS 1,250.00",
    ),
    (
        "2026-11-21",
        "EV-26-3477 children's party, Clairmarais",
        "Character performer (90-minute slots)",
        "2",
        "GHS 395.00",
        "GHS 790.00",
    ),
    (
        "2026-11-21",
        "EV-26-3477 children's party, Clairmarais",
        "Costume-and-make-up allowance (event)",
        "1",
        "GHS 65.00",
        "GHS 65.00",
    ),
    (
        "2026-11-28",
        "EV-26-3551 wedding with 115 guests",
        "Balloon artist (hours)",
        "2",
        "GHS 285.00",
        "GHS 570.00",
    ),
    (
        "2026-11-28",
        "EV-26-3551 wedding with 115 guests",
        "Guests above the first 75 (guests)",
        "40",
        "GHS 6.50",
        "GHS 260.00",
    ),
    (
        "2026-11-28",
        "EV-26-3551 wedding with 115 guests",
        "Props allowance (event)",
        "1",
        "GHS 25.00",
        "GHS 25.00",
    ),
    (
        "2026-11-28",
        "EV-26-3551 wedding with 115 guests",
        "Overtime after the booked end (15-minute blocks)",
        "3",
        "GHS 55.00",
        "GHS 165.00",
    ),
]
REM_TOTAL = ("", "", "Total for November 2026", "", "", "GHS 4,105.30")
REM_FOOT = [
    "# Paid by bank transfer on 2026-12-04, reference FST-REM-2611-0958.",
    "# The deposits collected at booking were paid within 5 working days of each booking and "
    "are not in this total.",
    "# Next remittance: 2026-350 (ISO ordinal date: day 350 of 2026, that is 16 December 2026).",
    "# Questions about a line: the performers' desk of the Agency, quoting the event number.",
]


def _q(fields) -> str:
    return ",".join('"' + f.replace('"', '""') + '"' for f in fields)


def remittance_bytes() -> bytes:
    lines = [*REM_HEAD, _q(REM_FIELDS), *(_q(r) for r in REM_ROWS), _q(REM_TOTAL), *REM_FOOT]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


# ---- the newsletter (EN, Markdown with GitHub alerts and hard line breaks) ----------------------

HB = "  "  # a hard line break: two spaces at the end of the line
NEWSLETTER = f"""# Orangery Halls – Winter Newsletter 2026–27

Issue 9 · December 2026 · for our couples, their guests and the performers who work in our rooms

## Our venues

**Merriton Quay Orangery**{HB}
4 Quayside Walk, Merriton Quay MQ2 8RS{HB}
Capacity 240 guests seated; the Garden Room takes 90 guests.

**Westercombe Orangery** (opening soon){HB}
Westercombe Park Road, Westercombe WC5 1TH{HB}
A glasshouse ballroom for 170 guests, with a walled garden for ceremonies.

> [!NOTE]
> The Westercombe Orangery opens to the public on 15 March 2027. Its first weddings are
> already booked for the spring, and its open days run on the two Sundays after the
> opening.

## Performers in our rooms

The performers who work at our venues are booked through Festoon and, since Orangery Halls
joined the agreement this autumn, they are paid under it: an MC, for instance, receives the
agency fee of 1,250 cedis an event, whichever of our rooms the dinner is in.

> [!IMPORTANT]
> Performers who finish after 23:30 and live more than 60 km away receive the overnight
> allowance of GH¢420.00 a night under the agreement. Ask the duty manager for a room in
> the guest wing; we keep two rooms free on every Saturday of the season.

> [!TIP]
> The performers' meal is served at Table 21 in the staff dining room, one hour before the
> first set. Tell the kitchen about allergies when you arrive.

> [!WARNING]
> Our sound limiters cut the power at 92 dB at the mixing desk. Acoustic sets, string trios
> and harpists play in the Garden Room without amplification.

## Dates for your diary

- Winter wedding fair at Merriton Quay: Sunday 7 February 2027, from 11:00 to 16:00.
- Open days at Westercombe: the two Sundays after the opening.
- Our staff training day: the rooms are closed on Monday 11 January 2027.

## Getting here

Parking is free for performers in the service yard; unload at the side door, not at the
glasshouse entrance. The night bus from Merriton Quay leaves at 00:40 and at 01:40.

*Orangery Halls Ltd – newsletter of our wedding and banquet venues – entertainment licence
EL-2026-0417.*
"""


def newsletter_bytes() -> bytes:
    return NEWSLETTER.encode("utf-8")


# ---- the e-mail with an iCalendar invitation (EN, MIME, CRLF) -----------------------------------

BOUNDARY = "=_gcpa_7f3a"
EMAIL_HEAD = [
    "From: Imara Delacroix-Tan <rates@gcpa.example>",
    "To: Tobias Lindgren-Osei <tobias.lindgren-osei@example.net>",
    "Date: Fri, 04 Dec 2026 09:15:00 +0000",
    "Subject: Your MC fee, New Year's Eve, and the committee's first meeting",
    "MIME-Version: 1.0",
    f'Content-Type: multipart/mixed; boundary="{BOUNDARY}"',
]
EMAIL_BODY = [
    "Hi Tobias,",
    "",
    "Thanks for your questions of Thursday. Short answers first, then the invitation.",
    "",
    "1. Your MC fee. Under the new agreement an MC is paid 1.25 thou per event, for up",
    "to six hours at the venue; the Merriton Quay dinner on Saturday 12 December is an",
    "ordinary MC booking. Anything past the booked end is paid in 15-minute blocks.",
    "",
    "2. New Year's Eve. Your booking runs from 21:00 to 01:30. The late-finish premium is",
    "paid for each hour after 23:00, and the hours after midnight are paid at the rate",
    "that starts on 1 January: the hour in which you work decides, not the day you were",
    "booked. Clause 5.3 of the agreement gives both rates.",
    "",
    "3. The virtual MC. Orangery Halls has asked whether your voice could be cloned for the",
    "announcements at Merriton Quay. Nothing happens unless you sign Form SYN-4 for that",
    "use, and saying no has no effect on your bookings.",
    "",
    "4. The Joint Committee on Synthetic Performances will hold its first meeting on Monday",
    "18 January 2027 at 14:00 at Guild House. The invitation is attached and opens in any",
    "calendar. Send me your questions for the committee by Friday 8 January 2027.",
    "",
    "Best wishes,",
    "Imara",
    "",
    "-- ",
    "Imara Delacroix-Tan, rates officer",
    "Guild of Celebration and Party Performers of Ambrevale (GCPA)",
    "Guild House, 18 Lamplighter Row, Harrowdean HD7 2LX - ext. 3306",
]
ICS = [
    "BEGIN:VCALENDAR",
    "PRODID:-//GCPA//Rates desk//EN",
    "VERSION:2.0",
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    "UID:syn-committee-first-meeting@gcpa.example",
    "DTSTAMP:20261204T091500Z",
    "DTSTART:20270118T140000",
    "DTEND:20270118T163000",
    "SUMMARY:Joint Committee on Synthetic Performances - first meeting",
    "LOCATION:Guild House\\, 18 Lamplighter Row\\, Harrowdean HD7 2LX",
    "DESCRIPTION:First meeting of the Joint Committee on Synthetic Performances "
    "(agreement\\, Part E). Agenda: the guide to synthetic performances\\, the "
    "monthly caps of each use\\, the audit of the use logs\\, questions sent by "
    "members before Friday 8 January 2027.",
    "ORGANIZER;CN=Imara Delacroix-Tan:mailto:rates@gcpa.example",
    "ATTENDEE;CN=Tobias Lindgren-Osei;ROLE=OPT-PARTICIPANT;RSVP=TRUE:"
    "mailto:tobias.lindgren-osei@example.net",
    "STATUS:CONFIRMED",
    "SEQUENCE:0",
    "BEGIN:VALARM",
    "TRIGGER:-P1D",
    "ACTION:DISPLAY",
    "DESCRIPTION:Joint Committee on Synthetic Performances tomorrow at 14:00",
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
]


def fold(line: str, limit: int = 75) -> list[str]:
    """Fold an iCalendar content line at a space, a semicolon or a colon before `limit`
    octets; a continuation line starts with one space (RFC 5545, 3.1)."""
    out: list[str] = []
    rest = line
    first = True
    while len((rest if first else " " + rest).encode("utf-8")) > limit:
        room = limit - (0 if first else 1)
        cut = max(rest.rfind(c, 0, room) for c in " ;:")
        if cut <= 0:
            raise SystemExit(f"cannot fold {line!r}")
        if rest[cut] != " ":
            cut += 1  # keep the separator on the first line
        out.append(rest[:cut] if first else " " + rest[:cut])
        rest = rest[cut:]
        first = False
    out.append(rest if first else " " + rest)
    return out


def email_bytes() -> bytes:
    ics = [piece for line in ICS for piece in fold(line)]
    lines = [
        *EMAIL_HEAD,
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{BOUNDARY}",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        *EMAIL_BODY,
        "",
        f"--{BOUNDARY}",
        'Content-Type: text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"',
        'Content-Disposition: attachment; filename="invite.ics"',
        "Content-Transfer-Encoding: 8bit",
        "",
        *ics,
        "",
        f"--{BOUNDARY}--",
    ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


# ---- the FAQ (FR, HTML with <pre>, <ol start>, <q>) ---------------------------------------------

PRE = [
    ("Préavis avant l'événement", "Part du cachet"),
    ("61 jours ou plus", "35 % (l'acompte)"),
    ("de 31 à 60 jours", "50 %"),
    ("de 8 à 30 jours", "75 %"),
    ("7 jours ou moins", "100 %"),
]


def faq_bytes() -> bytes:
    pre = "\n".join(f"{a:<30}{b}" for a, b in PRE)
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Foire aux questions – bureau de Clairmarais (GAFCA)</title>
</head>
<body>
<h1>Foire aux questions des membres</h1>
<p>Guilde des artistes de fêtes et de célébrations d'Ambrevale (GAFCA), bureau de
Clairmarais, 6, rue des Lampions. La Guilde a été fondée en 1994 ; son siège est à
Harrowdean.</p>

<h2>Quand le bureau de Clairmarais est-il ouvert ?</h2>
<p>Du mardi au vendredi, de 9 h 30 à 17 h. Le samedi, une permanence téléphonique répond
au poste 3310, de 10 h à 13 h, pour les urgences de mariage.</p>

<h2>Combien coûte la cotisation ?</h2>
<p>1,2 % des cachets, avec un minimum de {fr("60,00")} par an, prélevé sur les versements
de l'Agence.</p>

<h2>Le client annule : que touche-t-on ?</h2>
<p>Le barème de l'article 7.2 de l'accord, selon le préavis donné avant l'événement :</p>
<pre>
{pre}
</pre>

<h2>Et l'acompte ?</h2>
<p>L'Agence encaisse 35 % du cachet à la réservation et le verse à l'artiste sous
5 jours ouvrables.</p>

<h2>Combien d'enfants par artiste à une fête d'enfants ?</h2>
<p>Au plus 14 enfants par artiste ; au-delà, l'Agence réserve un second artiste.</p>

<h2>Flash mob : qui peut participer ?</h2>
<p>Au plus 24 invités par cours, tous âgés de 16 ans ou plus.</p>

<h2>Comment donner ou retirer mon consentement pour une prestation synthétique ?</h2>
<ol start="5">
  <li>Remplissez le formulaire SYN-4 pour un seul usage : MC virtuel, caricatures IA,
  double numérique ou reprise synthétique.</li>
  <li>Un formulaire par usage : un consentement donné pour un usage ne vaut pas pour un
  autre.</li>
  <li>Pour retirer votre consentement, envoyez un préavis écrit de 28 jours ; l'usage
  cesse à la fin du préavis et les données sont effacées dans les 40 jours qui suivent.</li>
</ol>
<p><small>La liste commence à l'étape 5 : les étapes 1 à 4, sur l'adhésion à la Guilde,
sont sur la page d'accueil du bureau.</small></p>

<h2>Que voit-on sur une vidéo d'anniversaire ?</h2>
<p>La mention <q>Vidéo IA d'un artiste costumé, réalisée avec son consentement</q>
s'affiche à l'écran pendant toute la vidéo.</p>

<h2>On m'a mal payé : jusqu'à quand puis-je réclamer ?</h2>
<p>Réclamez la différence à l'Agence dans les 120 jours qui suivent l'événement, en
donnant le numéro de l'événement qui figure sur le relevé.</p>

<footer>
<p>Bureau de Clairmarais – Guilde des artistes de fêtes et de célébrations d'Ambrevale.</p>
</footer>
</body>
</html>
"""
    return page.encode("utf-8")


# ---- the guide (FR, Markdown with lazy numbering and backslash line breaks) --------------------

GUIDE = """# Guide des prestations synthétiques

Comité mixte des prestations synthétiques – partie E de l'accord 2026-2029\\
Version du 20 novembre 2026\\
Secrétariat : bureau de Clairmarais, 6, rue des Lampions

Ce guide provisoire, arrêté par la Guilde et l'Agence au nom du comité avant sa première
réunion, explique comment s'appliquent les règles de la partie E de l'accord des artistes
d'événements privés 2026-2029. Il fixe aussi les plafonds mensuels que l'article 8.5 de
l'accord confie au comité ; le comité le revoit à sa première réunion.

## Les quatre usages

1. **MC virtuel** : une voix clonée à partir des enregistrements d'un maître de cérémonie,
   qu'une salle utilise pour ses annonces.
1. **Caricatures IA** : des caricatures dessinées « à la manière de » un caricaturiste
   nommé, par un modèle entraîné sur son œuvre.
1. **Double numérique** : le double d'un personnage costumé de fête d'enfants, dans
   l'application de vidéos d'anniversaire Bonbon Clips.
1. **Reprises synthétiques** : des chansons de mariage chantées par une voix de synthèse à
   partir de la voix d'une chanteuse ou d'un chanteur.

## Le consentement

1. Chaque usage demande un formulaire SYN-4 signé pour cet usage seul.
1. Le consentement à un usage ne vaut pas pour un autre.
1. L'artiste peut refuser sans que cela change ses réservations.
1. Le formulaire indique la salle, l'application ou le mariage concernés.

## Les plafonds mensuels

1. Bonbon Clips : au plus 300 vidéos d'anniversaire par mois et par double numérique.
1. Caricatures IA : au plus 400 caricatures par mois et par style.
1. MC virtuel : une même voix sert dans au plus 6 salles à la fois.
1. Reprises synthétiques : une seule reprise par mariage.

Au-delà d'un plafond, l'usage s'arrête jusqu'au mois suivant ; il ne devient pas payant à
un autre tarif.

## Les mentions obligatoires

1. MC virtuel : chaque annonce commence par « Cette annonce utilise une voix de synthèse ».
1. Caricature IA : « Caricature IA à la manière de l'artiste nommé, avec son consentement ».
1. Vidéo d'anniversaire : « Vidéo IA d'un artiste costumé, réalisée avec son consentement ».
1. Reprise synthétique : l'invitation porte « Reprise synthétique chantée par une voix IA,
   avec le consentement de l'artiste ».

## Aucun modèle général

Aucune voix, aucune image et aucune œuvre d'un artiste ne sert à entraîner un modèle
général, ni un autre modèle que celui auquel l'artiste a consenti.

## Retrait, effacement et audit

1. Retrait : l'artiste retire son consentement par un préavis écrit de 28 jours ; l'usage
   cesse à la fin du préavis.
1. Effacement : le modèle, les enregistrements et les données de style sont effacés dans
   les 40 jours qui suivent la fin de l'usage.
1. Audit : la Guilde consulte les journaux d'utilisation une fois par an, avec un préavis
   de 20 jours ouvrables.

Les rémunérations de chaque usage sont celles de l'article 8.4 de l'accord ; le comité ne
les modifie pas.
"""


def guide_bytes() -> bytes:
    return GUIDE.encode("utf-8")


# ---- the webinar's subtitles (FR, WebVTT) --------------------------------------------------------

SOLANGE = "Solange Ferreira-Adjei"
BASTIEN = "Bastien Okoro-Whitfield"
CUES: list[tuple[str, str]] = [
    (SOLANGE, "Bonsoir à toutes et à tous, et bienvenue à ce webinaire sur le nouvel accord."),
    (
        SOLANGE,
        f"La Guilde compte aujourd'hui 1{NNB}870 membres, et vous êtes plus de deux cents "
        "connectés ce soir.",
    ),
    (SOLANGE, "Bastien, l'accord est signé depuis septembre : qu'est-ce qui change d'abord ?"),
    (
        BASTIEN,
        f"D'abord les cachets. Le maître de cérémonie passe à {fr('1 250,00')} par "
        "événement, pour six heures sur place.",
    ),
    (
        BASTIEN,
        "Les cérémonies sont payées par tranche de durée, et le set de réception suit le "
        "tiers d'année.",
    ),
    (
        BASTIEN,
        f"Pour les déplacements, le supplément carburant de {fr('0,20')} par km est versé "
        "jusqu'au 31 mars 2027, en plus du tarif kilométrique.",
    ),
    (
        SOLANGE,
        "Et les Salons de l'Orangerie ? Beaucoup d'entre vous y travaillent.",
    ),
    (
        BASTIEN,
        "Ils appliquent l'accord dans leurs salles depuis leur adhésion, cet automne ; "
        "l'avis conjoint sur l'adhésion sera affiché au bureau.",
    ),
    (SOLANGE, "Parlons de l'intelligence artificielle, la partie E."),
    (
        BASTIEN,
        "Rien ne se fait sans le formulaire SYN-4, et il en faut un par usage : la voix, "
        "les caricatures, le double, les reprises.",
    ),
    (
        BASTIEN,
        "Et aucun modèle général ne peut être entraîné sur votre voix, votre image ou vos dessins.",
    ),
    (
        SOLANGE,
        "Le comité mixte des prestations synthétiques se réunira pour la première fois en "
        "janvier ; son guide est déjà en ligne.",
    ),
    (
        SOLANGE,
        "Dernière date à noter : notre assemblée générale aura lieu le samedi 20 mars "
        "prochain, à Clairmarais, à 14 h.",
    ),
    (
        SOLANGE,
        "Vous y voterez le rapport de l'année et vous élirez la moitié du conseil.",
    ),
    (SOLANGE, "Merci à toutes et à tous, et bonne fin de soirée."),
]
WEBINAR_NOTE = [
    "NOTE",
    "Transcription du webinaire du jeudi 26 novembre 2026, bureau de Clairmarais.",
    f"Intervenants : {SOLANGE}, coordinatrice, et {BASTIEN}, négociateur en chef.",
    "Les montants sont écrits à la française, par exemple " + fr("1 250,00") + ".",
]


def _ts(ms: int) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def webinar_bytes() -> bytes:
    lines = ["WEBVTT - Webinaire GAFCA : l'accord 2026-2029 en vingt minutes", ""]
    lines += [*WEBINAR_NOTE, ""]
    t = 3000
    for speaker, text in CUES:
        dur = 1800 + 55 * len(text)
        lines.append(f"{_ts(t)} --> {_ts(t + dur)} align:start")
        lines.append(f"<v {speaker}>{text}")
        lines.append("")
        t += dur + 400
    return "\n".join(lines).encode("utf-8")


# ---- the catalogue (FR, a distractor with thin spaces) -------------------------------------------


def thin(amount: str) -> str:
    return amount.replace(" ", THIN) + THIN + "GH₵"


CATALOGUE = f"""LA BOUTIQUE ARC-EN-CIEL – CATALOGUE BALLONS ET MAQUILLAGE, PRINTEMPS 2027

Les prix sont en cedis, écrits avec une espace fine entre les milliers et avant le signe,
par exemple {thin("1 340,00")}. Ils comprennent les taxes ; la livraison est en sus.

BALLONS
- Sachet de 100 ballons de 12 pouces (30 cm), couleurs assorties ........ {thin("48,90")}
- Sachet de 50 ballons à modeler, longs et fins ........................ {thin("27,40")}
- Bouteille d'hélium de 50 ballons, avec sa valve ...................... {thin("214,00")}
- Arche de ballons organique de 3 mètres, montage compris .............. {thin("1 340,00")}
- Colonne de ballons de 2 mètres, montage compris ...................... {thin("386,50")}
- Pompe à double action pour ballons à modeler ......................... {thin("32,80")}

MAQUILLAGE
- Palette de 12 couleurs à l'eau, hypoallergénique ..................... {thin("89,90")}
- Paillettes cosmétiques, pot de 10 grammes ............................ {thin("18,75")}
- Jeu de 8 pinceaux et 3 éponges ....................................... {thin("64,90")}
- Pochoirs de fête, lot de 20 motifs ................................... {thin("23,60")}
- Démaquillant doux, flacon de 250 ml .................................. {thin("16,30")}

MALLETTES ET MOBILIER
- Mallette de maquillage à trois plateaux .............................. {thin("132,00")}
- Tabouret pliant réglable ............................................. {thin("74,50")}
- Stand complet de maquillage avec miroir et éclairage ................. {thin("2 180,00")}

DÉCORATIONS
- Guirlande de fanions en tissu, 10 mètres ............................. {thin("41,20")}
- Rideau de franges métallisées, 1 × 2 mètres .......................... {thin("12,90")}
- Lot de 6 lanternes en papier, diamètres assortis ..................... {thin("36,40")}

CONSEILS
Un ballon de 12 pouces gonflé à l'hélium flotte environ douze heures à l'intérieur. Les
couleurs à l'eau se testent sur l'avant-bras avant la première application ; les
paillettes cosmétiques ne s'utilisent pas près des yeux.

La Boutique Arc-en-ciel est un commerce indépendant : elle vend du matériel, elle ne
réserve pas d'artistes et n'organise pas d'événements.
"""


def catalogue_bytes() -> bytes:
    return CATALOGUE.encode("utf-8")


OUTPUTS = [
    (RATE_CARD_OUT, rate_card_bytes),
    (REMITTANCE_OUT, remittance_bytes),
    (NEWSLETTER_OUT, newsletter_bytes),
    (EMAIL_OUT, email_bytes),
    (FAQ_OUT, faq_bytes),
    (GUIDE_OUT, guide_bytes),
    (WEBINAR_OUT, webinar_bytes),
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
