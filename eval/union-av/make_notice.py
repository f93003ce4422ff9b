#!/usr/bin/env python3
"""Write the nine text documents of union-av (their whole text is in this script).

    python3 eval/union-av/make_notice.py

English:
- arcg-memorandum-of-agreement-no-1-2026.txt: Memorandum of Agreement No. 1 (Friday
  20 November 2026, in force 1 December 2026) as RESTRUCTUREDTEXT: a title with an overline, a
  docinfo FIELD LIST (":Signed:", ":In force:"), a ".. contents::" directive, SUBSTITUTION
  DEFINITIONS (".. |VCR| replace:: 44,500.00 tögrög") cited in the body as |VCR| and |SNS|,
  a ".. list-table::" directive, a ".. note::" admonition and a COMMENT (".. ") holding the
  Guild's draft figure (a trap). Amounts with the figure first and the word tögrög after it.
- cdac-reader-and-coach-payments-export-2026-12.txt: the Association's shared payroll
  export as a CSV WITH A "sep=," FIRST LINE (the spreadsheet hint), RFC 4180 quoting (every
  field quoted, doubled quotes inside titles, a note with a line break inside its quotes),
  CRLF between records and a bare LF inside the quoted note; the currency code ("MNT
  46,500.00"); the 2023-2026 rates on the early lines; a reversed working-day line (a trap)
  and the calendar-day part month that replaced it. Every line's qty x rate is its amount.
- cdac-casting-calendar-2026-12-to-2027-03.txt: the Association's casting calendar as
  TROFF SOURCE for groff's -ms macros with TBL TABLES (.TL, .AU, .AI, .NH, .PP, .TS/.TE with
  "tab(;)", T{ ... T} text blocks, .\\" comments, \\fB ... \\fP): the casting weeks (Sunday to
  Saturday), the sessions, the Greyhallow trip's departure and return times, the holiday
  closure. No amount.
- cuewright-notice-to-readers-2026-11.html: Cuewright Labs' notice to the readers whose
  voices it uses (Monday 23 November 2026): a <PROGRESS> bar for its paying subscribers (its
  fallback text the count), <BDI> around names and voice codes, a <nav> trail; amounts with
  the figure first and the sign after it ("380.00 ₮"). Its clone and training offers are
  wrong (traps the steward corrects).
- lighthouse-loft-headshots-winter-prices.txt: a headshot studio's winter prices (a
  distractor naming no party) as GEMTEXT (Gemini's text format: "#" headings, "=>" link
  lines, "* " items, "> " quotes, ``` preformatted blocks).
French:
- guide-partie-f-lecteurs-synthetiques-clones.txt: the Guild's French guide to Part F as
  TYPST SOURCE (#set rules, #let functions, "= " headings, #table(...) with table.header,
  <labels> and @references, // and /* */ comments, the latter holding the employers'
  proposal, a trap); amounts with ORDINARY spaces between the thousands ("1 150 000,00 ₮"),
  as it says. The Joint Committee's first meeting only here.
- faq-membres-bureau-val-ombreuse.html: the Guild's French FAQ with <HGROUP>, a <SEARCH>
  landmark around its search form and POPOVER glossary entries (popover / popovertarget);
  office hours and the AI officer's address only here; the worked examples of the casting
  week and the per diem; the table of changes (the 2023-2026 figures, traps).
- ligne-delegues-glacc-2026-12.txt: the Guild's steward line as a JSON LINES export (one
  JSON object per line: id, ts, from, text, reply_to, an "edited" object keeping the
  previous text, reactions); "312 bâtons" once (the steward: "un bâton = mille tögrög");
  members' wrong claims (traps) and the steward's corrections.
- atelier-lumiere-de-scene-tarifs-hiver.txt: a drama school's winter prices (a distractor
  naming no party) as TEXTILE (h1. / h2. / p(class). blocks, |_. header cells, bq., "link":url,
  %{style}span% and ??citation??).
"""

from __future__ import annotations

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
NNB = "\u202f"
NB = "\u00a0"


def _p(name: str) -> str:
    return os.path.join(DOCS, name)


MEMO = _p("arcg-memorandum-of-agreement-no-1-2026.txt")
PAYROLL = _p("cdac-reader-and-coach-payments-export-2026-12.txt")
CALENDAR = _p("cdac-casting-calendar-2026-12-to-2027-03.txt")
VENDOR = _p("cuewright-notice-to-readers-2026-11.html")
HEADSHOTS = _p("lighthouse-loft-headshots-winter-prices.txt")
GUIDE = _p("guide-partie-f-lecteurs-synthetiques-clones.txt")
FAQ = _p("faq-membres-bureau-val-ombreuse.html")
CHAT = _p("ligne-delegues-glacc-2026-12.txt")
ATELIER = _p("atelier-lumiere-de-scene-tarifs-hiver.txt")


def fr(amount: str) -> str:
    """'46 500,00' with plain spaces -> U+202F between the thousands and U+00A0 before ₮."""
    return amount.replace(" ", NNB) + NB + "₮"


# ---- the memorandum (reStructuredText, English) -------------------------------------------------

MEMO_TEXT = """\
==============================
Memorandum of Agreement No. 1
==============================

---------------------------------------------------
to the Readers and Coaches Agreement 2026–2029
---------------------------------------------------

:Parties: Audition Readers and Coaches Guild of Carrowmere (ARCG); Casting Directors'
          Association of Carrowmere (CDAC); Screen, Animation and Games Producers' Council
          of Carrowmere (SAGPC)
:Signed: Brannock, Friday 20 November 2026
:In force: 1 December 2026
:Reference: MOA-1/2026
:Status: final; replaces the circulated draft

.. contents:: Items
   :local:
   :depth: 1

.. |VCR| replace:: 44,500.00 tögrög
.. |SNS| replace:: 5,500.00 tögrög

.. Draft of 12 November 2026 (not agreed): the Guild asked for 46,000.00 tögrög an hour for
   video-call readers and for short notice to start at 16 service hours.

The parties to the Readers and Coaches Agreement 2026–2029 (the agreement) agree the
following changes. Amounts in this memorandum are written with the figure first and the
word tögrög after it: 5,500.00 tögrög is five thousand five hundred tögrög. Clause numbers
are those of the agreement.

Item 1 – Video-call readers (clause 4.2)
========================================

From 1 December 2026 a reader on a video call is paid |VCR| an hour instead of
42,000.00 tögrög. The flat data allowance of clause 4.2 for each video-call session is
unchanged. Video-call sessions worked up to 30 November 2026 are paid at the old hourly
rate; there is no back pay.

Item 2 – Short notice counted in service hours (clause 6.3)
===========================================================

Clause 6.3 is replaced by the following from 1 December 2026:

    6.3 A request is short notice when fewer than 12 service hours separate it from the
    start of the session. Service hours are the hours from 07:00 to 22:00; the hours from
    22:00 to 07:00 do not count. A short-notice request earns a supplement of |SNS|.

.. note::

   Under the replaced clause 6.3, short notice was counted in clock hours and the
   supplement was 4,800.00 tögrög. A request made on or after 1 December 2026 is counted
   in service hours, whatever the date of the session.

Item 3 – The per diem's periods (clause 7.2)
============================================

The parties record their reading of clause 7.2: the periods of 24 hours run from the time
of departure to the time of return written on the call sheet, not from the first or to
the last day on set, and a period that has started is paid in full. Nothing else in
clause 7.2 changes.

Item 4 – Reports of paying subscribers (clause 11.2)
====================================================

A publisher's monthly report of paying subscribers under clause 11.2 is sent to the Guild
by the fifth working day of the following month and states the day on which any threshold
of the clause was passed.

Summary
=======

.. list-table:: Figures changed by this memorandum
   :header-rows: 1
   :widths: 44 12 22 22

   * - Item
     - Clause
     - Until 30 November 2026
     - From 1 December 2026
   * - Video-call reader, per hour
     - 4.2
     - 42,000.00 tögrög
     - 44,500.00 tögrög
   * - Short-notice supplement
     - 6.3
     - 4,800.00 tögrög
     - 5,500.00 tögrög

All other clauses of the agreement continue to apply without change.

Signatures
==========

For the Guild
   Isadora Brannagh-Ekwueme, president; Casimir Delaunay-Mwale, rates officer

For the Association
   Beatrix Olumide-Farrant, chair

For the Council
   Aurelio Fairweather-Kanu, for the member producers
"""


# ---- the payroll export (CSV with a sep= line, English) ----------------------------------------

PAYROLL_HEADER = [
    "line_id",
    "member_no",
    "member",
    "work_date",
    "description",
    "qty",
    "unit",
    "rate",
    "amount",
    "pay_date",
    "note",
]
# (line_id, member_no, member, work_date, description, qty, unit, rate in möngö, pay_date, note)
PAYROLL_LINES: list[tuple[str, str, str, str, str, int, str, int, str, str]] = [
    ("PX-0101", "ARCG 41187", "Wren Aldous-Pemberly", "2026-02-05",
     'In-room reading, "The Lantern Keepers" (pilot)', 4, "hour", 4_180_000, "2026-03-15",
     "2023-2026 rates (clause 1.4)"),
    ("PX-0102", "ARCG 41187", "Wren Aldous-Pemberly", "2026-02-19",
     "Self-tape partner, tape session up to 30 minutes (Tapeline)", 3, "session", 1_620_000,
     "2026-03-15", "2023-2026 rates (clause 1.4)"),
    ("PX-0103", "ARCG 38852", "Oksana Threlfall-Diop", "2026-03-11",
     "Per diem, calendar day away (Greyhallow, 9 to 11 March 2026)", 3, "day", 5_800_000,
     "2026-04-15", "2023-2026 rates (clause 1.4)"),
    ("PX-0104", "ARCG 50342", "Matthias Crane-Oyelaran", "2026-03-31",
     "Resident reader retainer, March 2026 (Brannock office)", 1, "month", 215_000_000,
     "2026-04-15", "2023-2026 rates (clause 1.4)"),
    ("PX-0201", "ARCG 41187", "Wren Aldous-Pemberly", "2026-10-06",
     'In-room reading, "The Lantern Keepers" (pilot)', 5, "hour", 4_650_000, "2026-11-12", ""),
    ("PX-0202", "ARCG 41187", "Wren Aldous-Pemberly", "2026-10-20",
     "Video-call reading (Brannock office)", 4, "hour", 4_200_000, "2026-11-12", ""),
    ("PX-0301", "ARCG 41187", "Wren Aldous-Pemberly", "2026-11-03",
     'Voice audition reading, "Ironbound: Ashfall" (game)', 3, "hour", 5_250_000, "2026-12-10",
     ""),
    ("PX-0302", "ARCG 41187", "Wren Aldous-Pemberly", "2026-11-03",
     "Vocal-effort supplement (creature voices)", 1, "session", 980_000, "2026-12-10", ""),
    ("PX-0303", "ARCG 50342", "Matthias Crane-Oyelaran", "2026-11-30",
     "Resident reader retainer, November 2026, working days 15/22", 1, "month", 163_636_364,
     "2026-12-10", "Reversed on 2026-12-01: see PX-0304 and PX-0305."),
    ("PX-0304", "ARCG 50342", "Matthias Crane-Oyelaran", "2026-11-30",
     "Reversal of PX-0303", -1, "month", 163_636_364, "2026-12-10",
     "Working days are the 2023-2026 rule."),
    ("PX-0305", "ARCG 50342", "Matthias Crane-Oyelaran", "2026-11-30",
     "Resident reader retainer, November 2026, calendar days 21/30 (clause 5.2)", 1, "month",
     168_000_000, "2026-12-10",
     "Part month: engaged from Tuesday 10 November 2026.\n"
     "Calendar days 10 to 30 November: 21 of 30."),
    ("PX-0306", "ARCG 38852", "Oksana Threlfall-Diop", "2026-11-13",
     'Dialect coaching on set, "The Salt Road" (12 and 13 November)', 2, "day", 31_200_000,
     "2026-12-10", ""),
    ("PX-0307", "ARCG 38852", "Oksana Threlfall-Diop", "2026-11-10",
     'Coach preparation away from the set, "The Salt Road"', 6, "hour", 3_800_000, "2026-12-10",
     ""),
    ("PX-0308", "ARCG 41187", "Wren Aldous-Pemberly", "2026-11-24",
     "Self-tape partner, tape session up to 30 minutes (Tapeline)", 2, "session", 1_840_000,
     "2026-12-10", ""),
    ("PX-0309", "ARCG 41187", "Wren Aldous-Pemberly", "2026-11-24",
     "Self-tape partner, further started 15 minutes (Tapeline)", 1, "quarter-hour", 720_000,
     "2026-12-10", ""),
    ("PX-0310", "ARCG 41187", "Wren Aldous-Pemberly", "2026-11-25",
     "Short-notice supplement, clock hours (clause 6.3 before 1 December 2026)", 1, "request",
     480_000, "2026-12-10", ""),
    ("PX-0401", "ARCG 41187", "Wren Aldous-Pemberly", "2026-12-01",
     "Video-call reading (Brannock office)", 3, "hour", 4_450_000, "2027-01-14",
     "Memorandum No. 1 rate from 1 December 2026."),
]  # fmt: skip


def mnt(mongo: int) -> str:
    """An amount in möngö as the export writes it: 'MNT 46,500.00' (a minus after the code)."""
    sign = "-" if mongo < 0 else ""
    whole, cents = divmod(abs(mongo), 100)
    return f"MNT {sign}{whole:,}.{cents:02d}"


def _csv_field(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def payroll_rows() -> list[list[str]]:
    rows = []
    for lid, no, who, date, desc, qty, unit, rate, pay, note in PAYROLL_LINES:
        rows.append(
            [lid, no, who, date, desc, str(qty), unit, mnt(rate), mnt(qty * rate), pay, note]
        )
    return rows


PAYROLL_NOTE = (
    "Amounts are in tögrög with the currency code first: MNT 46,500.00 is forty-six thousand "
    "five hundred tögrög. Pay dates follow clause 9.1 (the second Thursday of the following "
    "month); lines for work before 1 April 2026 follow the 2023-2026 agreement (by the 15th)."
)


def payroll_text() -> str:
    lines = ["sep=,"]
    lines.append(",".join(_csv_field(h) for h in PAYROLL_HEADER))
    for row in payroll_rows():
        lines.append(",".join(_csv_field(v) for v in row))
    note = ["NOTE", "", "", "", "Export of Wednesday 2 December 2026, 08:15", "", "", "", "", "",
            PAYROLL_NOTE]  # fmt: skip
    lines.append(",".join(_csv_field(v) for v in note))
    return "\r\n".join(lines) + "\r\n"


# ---- the casting calendar (troff -ms with tbl, English) ------------------------------------------

CAL_WEEKS = [
    ("CW 49", "Sunday 6 December 2026", "Saturday 12 December 2026"),
    ("CW 50", "Sunday 13 December 2026", "Saturday 19 December 2026"),
    ("CW 51", "Sunday 20 December 2026", "Saturday 26 December 2026"),
    ("CW 1", "Sunday 3 January 2027", "Saturday 9 January 2027"),
    ("CW 2", "Sunday 10 January 2027", "Saturday 16 January 2027"),
    ("CW 3", "Sunday 17 January 2027", "Saturday 23 January 2027"),
]

CALENDAR_TEXT = (
    r""".\" CDAC casting calendar, December 2026 to March 2027
.\" Build: groff -t -ms cdac-casting-calendar.ms > calendar.ps
.\" Source kept by the Association's bookings desk; the tables need tbl (-t).
.TL
Casting calendar, December 2026 to March 2027
.AU
Casting Directors' Association of Carrowmere (CDAC)
.AI
Bookings desk, 2 Lanyard Row, Brannock BK1 3QS
.AI
Issued on Monday 30 November 2026
.NH
Casting weeks
.PP
Casting weeks run from \fBSunday to Saturday\fP, as clause 3.3 of the Readers and Coaches
Agreement 2026\(en2029 sets them: the 30-hour limit of that clause is counted in each of
these weeks, and a Sunday always opens a new week.
The Association numbers its casting weeks from the first Sunday of the year.
.TS
center box tab(;);
cb cb cb
l l l .
Casting week;First day;Last day
_
"""
    + "".join(f"{w};{a};{b}\n" for w, a, b in CAL_WEEKS)
    + r""".TE
.PP
No session is booked in the holiday closure (see below).
.NH
Sessions booked with readers
.PP
Rooms are at the Association's Brannock office unless a row says otherwise.
Readers are booked from 09:00 to 17:00 unless the booking says otherwise.
.TS
center box tab(;);
cb cb cb
l lw(20) lw(26) .
Date;Production;Session
_
Tuesday 8 December 2026;T{
The Lantern Keepers (pilot, series)
T};T{
chemistry reads, in the room, Room 4B
T}
Thursday 10 December 2026;T{
Ironbound: Ashfall (game)
T};T{
voice auditions with creature and combat voices, Studio 3, Port-Eskine
T}
Friday 11 December 2026;T{
Ironbound: Ashfall (game)
T};T{
recalls on video call, two readers
T}
Tuesday 12 January 2027;T{
The Lantern Keepers (pilot, series)
T};T{
callbacks, in the room, Room 4B, one reader all day
T}
Wednesday 20 January 2027;T{
Pip and the Tin Comet (animation)
T};T{
voice auditions on video call, children's roles: a human reader only
T}
Monday 1 February 2027;T{
Pilot season
T};T{
first reading week of the pilot season (CW 5)
T}
.TE
.NH
Coaches on location
.PP
\fIThe Salt Road\fP (series), dialect coaching on location at Greyhallow for the coastal
accent of the fishing scenes.
The call sheet gives the times from which the per diem of clause 7.2 is counted.
.TS
center box tab(;);
lb l .
Departure;T{
from the Brannock office at 18:00 on Monday 14 December 2026
T}
Return;T{
to the Brannock office at 10:00 on Wednesday 16 December 2026
T}
Coach;one dialect coach, one assistant from the production
Rooms;Harbour Inn, Greyhallow (booked by the production)
.TE
.NH
Resident readers
.PP
The Brannock office has retained a resident reader since Tuesday 10 November 2026, under
clause 5.1; the Val\-Ombreuse office has none this season.
Resident readers keep the casting weeks above.
.NH
Holiday closure
.PP
The Association's offices are \fBclosed from Thursday 24 December 2026\fP;
sessions resume on \fBMonday 4 January 2027\fP.
No reader is booked during the closure, and self\-tape reader services set their own
hours.
.NH
Pilot season
.PP
The pilot season runs from Monday 1 February to Friday 26 March 2027.
Its reading weeks are published in a separate calendar in January.
.\" end of calendar
"""
)


# ---- Cuewright's notice (HTML, English) ---------------------------------------------------------

SUBSCRIBERS = "20,412"

VENDOR_TEXT = f"""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Cuewright – notice to the readers whose voices power our scene partners</title>
<style>
  body {{ font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; }}
  nav {{ font-size: .85rem; color: #555; }}
  progress {{ width: 16rem; }}
  .money {{ white-space: nowrap; }}
</style>
</head>
<body>
<nav aria-label="Breadcrumb"><a href="/">Cuewright</a> › <a href="/readers">Readers</a> › Notices</nav>
<article>
<h1>Notice to the readers whose voices power our scene partners</h1>
<p>Cuewright Labs, 3 Wharf Steps, Port-Eskine PE1 7TA – Monday 23 November 2026</p>
<p>Cuewright is the reader app in which actors rehearse and tape their auditions opposite a
synthetic scene partner. Each scene partner is built from the voice of a human reader who
signed Form RC-9 under Part F of the Readers and Coaches Agreement 2026–2029. This notice
tells those readers what changes. Amounts in this notice are written with the figure first
and the sign after it, as in 380.00 ₮.</p>

<h2>1. We passed 20,000 paying subscribers</h2>
<p>Cuewright passed 20,000 paying subscribers on Wednesday 18 November 2026.</p>
<p>Paying subscribers today:
<progress value="20412" max="25000">{SUBSCRIBERS}</progress> (next milestone: 25,000)</p>
<p>Under clause 11.2 of the agreement, the royalty for each session in which a scene partner
built from your voice reads becomes <span class="money">380.00 ₮</span> from 1 December 2026.
It was <span class="money">310.00 ₮</span> per session until 30 November 2026. Our report
for November will reach the Guild in the first days of December.</p>

<h2>2. Voice clones used by casting offices</h2>
<p>A casting office used the clone of <bdi>Reader Voice RV-07</bdi> to read opposite actors
from Friday 27 November 2026 to Friday 4 December 2026, eight days in all. We will pay
<span class="money">265,000.00 ₮</span> for this use, as one licence period. The reader has
been told by e-mail.</p>

<h2>3. Training on session recordings</h2>
<p>Readers who signed Form RC-9 for training on Monday 16 November 2026 will see their
session recordings made since 1 October 2026 used to train the next version of our scene
partners. Our offer for this reuse is <span class="money">9,000.00 ₮</span> per hour of
recording.</p>

<h2>4. What actors see</h2>
<p>Every session with a scene partner opens with a notice to the actor and shows, for as
long as the scene partner reads, the disclosure line that the agreement requires. A scene
partner is never offered to an account registered for a performer under 16.</p>

<h2>5. Voices in the app this month</h2>
<ul>
<li><bdi>RV-03</bdi> – warm, mid-range; used in 1,184 sessions in November</li>
<li><bdi>RV-07</bdi> – bright, fast; clone in a casting office (section 2)</li>
<li><bdi>RV-11</bdi> – low, measured; new in December</li>
</ul>

<h2>6. Contact</h2>
<p>Questions: the readers' desk, <bdi>Priyanka Vellacott-Suárez</bdi>, head of voice
partnerships, ext. 2207.</p>
</article>
<footer><p>© Cuewright Labs. Reader app, build 7.3.1.</p></footer>
</body>
</html>
"""


# ---- the headshot studio (Gemtext, English; a distractor) ---------------------------------------

HEADSHOTS_TEXT = """\
# Lighthouse Loft Headshots – winter price list

Natural-light headshots for actors, presenters and voice artists, taken under the skylight
of a converted sail loft. Every session starts with a short talk about the roles you go up
for, so that your pictures look like the people casting expects to meet.

## Sessions

* Express session, 30 minutes, one look, two retouched images: ₮85,000.00
* Standard session, 90 minutes, three looks, five retouched images: ₮145,000.00
* Full session, half a day, five looks, ten retouched images: ₮235,000.00
* Children's session (under 14), 45 minutes, with a parent present: ₮62,500.00
* Voice artist's session, 60 minutes, studio portrait and microphone shot: ₮98,000.00

## Extras

* Extra retouched image: ₮12,000.00
* Make-up artist for the session: ₮39,000.00
* Rush delivery within 24 hours: ₮21,500.00
* Printed 10 x 8 prints, per set of 25: ₮17,750.00
* Backdrop hire for your own self-tape corner, per week: ₮29,500.00

## How a session runs

```
 arrive ──> coffee and a talk about your castings
        ──> make-up (if booked)
        ──> shoot under the skylight, then by the window
        ──> pick your favourites on the big screen
```

Retouching keeps your skin, scars and freckles: we even out the light, never your face.
The images are yours to use on casting sites, agency pages and self-tape slates.

> The light up there is kinder than any ring light. – a client, autumn season

## For voice artists

The voice session ends with a portrait at the microphone, for agency pages that list voice
work. Bring the headphones you record with if you like them in the picture; we supply a
pop filter and a stand. A short audio clip is not part of the session: we are photographers,
not a recording studio.

## For children

Children's sessions are short and playful, with breaks whenever they need one. A parent
stays in the loft for the whole session and chooses the final images with the child. We
never publish a child's picture in our gallery.

## Good to know

* Bring three tops in plain colours; avoid logos and thin stripes.
* A reader for your self-tape is not part of our service; we only light the corner.
* Cancelling 48 hours ahead costs nothing; after that we keep half the price.
* Gift vouchers are valid for one year.

=> gemini://lighthouse-loft.example/book Book a session
=> gemini://lighthouse-loft.example/gallery See the gallery
=> mailto:hello@lighthouse-loft.example Write to us
"""


# ---- the guide to Part F (Typst, French) ---------------------------------------------------------


def frsp(amount: str) -> str:
    """The guide's spelling: ORDINARY spaces between the thousands and before ₮."""
    return amount + " ₮"


GUIDE_ROWS = [
    ("Entraînement d'un modèle de voix", frsp("1 150 000,00"), "par modèle", "11.1"),
    ("Redevance du partenaire de scène", frsp("310,00"), "par séance", "11.2"),
    ("Redevance après 20 000 abonnés payants", frsp("380,00"), "par séance", "11.2"),
    ("Réplique d'une lecture automatique", frsp("7,50"), "par réplique", "11.3"),
    ("Clone de voix", frsp("265 000,00"), "par mois civil d'utilisation", "12.1"),
    (
        "Enregistrements de séances réutilisés",
        frsp("14 500,00"),
        "par heure d'enregistrement",
        "13.1",
    ),
]


def guide_text() -> str:
    rows = "\n".join(
        f"  [{usage}], [{montant}], [{unite}], [{art}],"
        for usage, montant, unite, art in GUIDE_ROWS
    )
    return f"""\
// Guide de la partie F – Guilde des lecteurs d'audition et des coachs de Carrowmère (GLACC)
// Source Typst ; compiler avec : typst compile guide-partie-f.typ
#set document(title: "Guide de la partie F : lecteurs synthétiques, clones et enregistrements", author: "GLACC")
#set page(paper: "a4", margin: (x: 2.2cm, y: 2cm), numbering: "1 / 1")
#set text(lang: "fr", size: 10.5pt)
#set heading(numbering: "1.")
#let encadre(corps) = block(fill: luma(236), inset: 9pt, radius: 4pt, width: 100%, corps)
#let art(n) = [(art. #n de l'accord)]

#align(center)[#text(size: 16pt, weight: "bold")[Guide de la partie F : lecteurs synthétiques, clones et enregistrements]]
#align(center)[Guilde des lecteurs d'audition et des coachs de Carrowmère – jeudi 26 novembre 2026]

Ce guide explique la partie F de l'accord des lecteurs et des coachs 2026-2029 (le texte
anglais fait foi). Les montants de ce guide sont écrits avec une espace ordinaire entre les
milliers et avant le signe : {frsp("1 150 000,00")} se lit un million cent cinquante mille
tögrög.

= Les quatre usages <usages>

La partie F couvre quatre usages de votre voix : l'entraînement d'un modèle de voix (une
« application de lecteur ») ; un partenaire de scène synthétique construit à partir de votre
voix, qui donne la réplique aux comédiens dans une application ; un clone de votre voix ; la
réutilisation des enregistrements de vos séances pour l'entraînement. #art("10.1")

= Le consentement <consentement>

Chaque usage demande votre consentement écrit sur le formulaire RC-9, donné pour cet usage,
séparé de toute réservation et jamais exigé pour obtenir une réservation. Un consentement
général est nul.

#encadre[*À retenir.* Un consentement ne couvre que les enregistrements faits à partir du
jour de sa signature. Un enregistrement plus ancien n'est jamais utilisé pour
l'entraînement, même avec un consentement signé plus tard. #art("10.2")]

L'ancien accord 2023-2026 permettait au consentement de couvrir les séances passées : ce
n'est plus le cas.

= Les montants <montants>

#table(
  columns: (auto, auto, auto, auto),
  align: (left, right, left, center),
  table.header([*Usage*], [*Montant*], [*Unité*], [*Article*]),
{rows}
  /* Proposition des employeurs du 3 mars 2026, non retenue : {frsp("900 000,00")} par modèle,
     et 280,00 ₮ par séance sans palier. */
)

La redevance passe au second montant à partir du premier jour du mois qui suit le mois où
l'application dépasse 20 000 abonnés payants (voir @abonnes). Une réplique de moins de deux
secondes (un effort, un souffle) est payée un demi-tögrög. Le clone est payé pour chaque
mois civil où il sert, quel que soit le nombre de jours d'utilisation dans ce mois.

= Les abonnés payants <abonnes>

L'éditeur de l'application déclare chaque mois ses abonnés payants à la Guilde, avec le
jour où un palier a été franchi. Vérifiez la date du premier jour du mois suivant : c'est
elle qui compte, pas le jour du franchissement.

= La mention à l'écran <mention>

Quand un partenaire de scène synthétique ou un clone donne la réplique, le comédien en est
informé avant la séance, et l'écran ou la salle affiche :

#encadre[_Lecteur synthétique – construit à partir de la voix d'un lecteur humain, avec son consentement_]

Jamais de lecteur synthétique ni de clone pour un artiste de moins de 16 ans : la réplique
est toujours donnée par un lecteur humain.

= Le retrait et la suppression <retrait>

Vous pouvez retirer un consentement avec un préavis de 30 jours, sur le formulaire RC-10.
Le modèle, le partenaire de scène ou le clone est alors supprimé dans les 21 jours, et
l'éditeur vous envoie un certificat de suppression.

= Le contrôle <controle>

La Guilde peut contrôler l'usage que fait un éditeur de la voix des lecteurs une fois par an,
avec un préavis de 15 jours ouvrables.

= Le comité mixte <comite>

Le comité mixte sur les lecteurs synthétiques suit l'application de la partie F. Sa
première réunion aura lieu le jeudi 14 janvier 2027 à 14 h, au bureau de Val-Ombreuse ;
l'ordre du jour portera sur les rapports d'abonnés et sur les enregistrements de séances.

// Fin du guide. Relu par le service des tarifs le 25 novembre 2026.
"""


# ---- the FAQ (HTML, French) ---------------------------------------------------------------------

FAQ_CHANGES = [
    ("Lecteur en salle, l'heure", fr("41 800,00"), fr("46 500,00")),
    ("Lecteur, journée de casting", fr("289 000,00"), fr("318 000,00")),
    ("Lecteur en visio, l'heure", fr("37 500,00"), fr("42 000,00") + " (puis " + fr("44 500,00") + " au 1er décembre 2026)"),
    ("Partenaire de self-tape, séance jusqu'à 30 minutes", fr("16 200,00"), fr("18 400,00")),
    ("Coach de dialecte ou d'accent, la journée", fr("284 000,00"), fr("312 000,00")),
    ("Indemnité de déplacement (per diem)", fr("58 000,00") + " par jour civil", fr("64 000,00") + " par période de 24 heures entamée"),
    ("Coach d'un enfant, séance", fr("88 000,00"), fr("96 000,00")),
    ("Frais de route", fr("360,00") + " le km au-delà de 50 km", fr("420,00") + " le km au-delà de 40 km"),
    ("Lecteur résident, le mois", fr("2 150 000,00"), fr("2 400 000,00")),
    ("Clone de voix", fr("240 000,00") + " par 30 jours d'utilisation", fr("265 000,00") + " par mois civil"),
    ("Semaine de casting", "du lundi au dimanche", "du dimanche au samedi"),
    ("Jour de paie", "au plus tard le 15 du mois suivant", "le deuxième jeudi du mois suivant"),
]  # fmt: skip


def faq_text() -> str:
    changes = "\n".join(
        f"<tr><td>{what}</td><td>{old}</td><td>{new}</td></tr>" for what, old, new in FAQ_CHANGES
    )
    return f"""\
<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>FAQ des membres – bureau de Val-Ombreuse – GLACC</title>
<style>
  body {{ font-family: Georgia, serif; max-width: 48rem; margin: 2rem auto; }}
  [popover] {{ max-width: 22rem; padding: .6rem; border: 1px solid #999; }}
  table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #bbb; padding: .3rem; }}
</style>
</head>
<body>
<header>
<hgroup>
<h1>Foire aux questions des membres – bureau de Val-Ombreuse</h1>
<p>Guilde des lecteurs d'audition et des coachs de Carrowmère (GLACC) – mise à jour le jeudi 3 décembre 2026</p>
</hgroup>
<search>
<form action="/faq/recherche" method="get">
<label for="q">Chercher dans la FAQ</label>
<input id="q" name="q" type="search" placeholder="semaine de casting, per diem, Cuewright">
<button type="submit">Chercher</button>
</form>
</search>
</header>
<main>
<h2>Le bureau</h2>
<h3>Quels sont les horaires du bureau de Val-Ombreuse ?</h3>
<p>Le bureau est ouvert du lundi au jeudi de 9 h 30 à 17 h 30, et le vendredi de 9 h 30 à
13 h. Adresse : 9, rue des Chaumiers, Val-Ombreuse VO4 2HD ; accueil au poste 3391.</p>

<h3>Qui s'occupe des questions d'intelligence artificielle ?</h3>
<p>Léontine Tiernan-Abara, chargée de l'IA et de l'image, répond aux membres à l'adresse
<a href="mailto:ia@glacc.example">ia@glacc.example</a>. Écrivez-lui avant de signer un
formulaire RC-9 ou pour retirer un consentement (formulaire RC-10).</p>

<h3>Comment sont écrits les montants ?</h3>
<p>En tögrög, avec une espace fine entre les milliers, une virgule avant les möngö et le
signe ₮ après le nombre : {fr("46 500,00")} se lit quarante-six mille cinq cents tögrög. Le
tögrög de Carrowmère n'est pas celui de la Mongolie, même s'ils partagent le signe ₮.</p>

<h2>La semaine de casting</h2>
<h3>Quand commence la semaine de casting ?</h3>
<p>La <button popovertarget="g-semaine">semaine de casting</button> va du dimanche à 0 h au
samedi à 24 h (article 3.3). Un lecteur ne lit pas plus de 30 heures dans une semaine de
casting ; chaque heure au-delà de 30 heures est payée {fr("69 750,00")}.</p>
<div id="g-semaine" popover>Semaine de casting : du dimanche au samedi. L'ancien accord
comptait la semaine du lundi au dimanche.</div>
<p><strong>Exemple.</strong> Vous lisez 27 heures du lundi 7 au vendredi 11 décembre 2026,
puis 5 heures le samedi 12 et 6 heures le dimanche 13 décembre. Le samedi compte dans la
semaine du dimanche 6 au samedi 12 décembre : 32 heures, donc 2 heures au-delà de 30,
payées {fr("139 500,00")} en plus. Le dimanche 13 ouvre une nouvelle semaine : ses 6 heures
sont des heures normales.</p>

<h3>Quelles sont les pauses ?</h3>
<p>Une pause de 10 minutes après chaque tranche de 90 minutes de lecture, et une pause repas
de 45 minutes après 5 heures.</p>

<h2>Les coachs</h2>
<h3>Comment est calculé le per diem en déplacement ?</h3>
<p>Le coach qui travaille loin de chez lui reçoit {fr("64 000,00")} pour chaque
<button popovertarget="g-periode">période de 24 heures</button> entamée, comptée de l'heure
de départ à l'heure de retour inscrites sur la feuille de service (article 7.2).</p>
<div id="g-periode" popover>Période de 24 heures : elle court de l'heure de départ à
l'heure de retour ; une période entamée est due en entier (mémorandum n° 1, point 3).</div>
<p><strong>Exemple.</strong> Un départ un lundi à 18 h et un retour le mercredi suivant à
10 h font 40 heures : deux périodes de 24 heures entamées, soit {fr("128 000,00")}, et non
trois jours civils.</p>

<h3>Et avec un enfant ?</h3>
<p>Avec un artiste de moins de 16 ans, un coach ne travaille pas plus de 3 heures par jour,
jamais après 20 h, et toujours en présence d'un chaperon. Un lecteur humain donne toujours
la réplique à un artiste de moins de 16 ans.</p>

<h2>Le préavis court</h2>
<h3>Qu'est-ce qu'une heure de service ?</h3>
<p>Depuis le 1er décembre 2026, le préavis court d'un service de self-tape se compte en
<button popovertarget="g-service">heures de service</button> (mémorandum n° 1).</p>
<div id="g-service" popover>Heures de service : de 7 h à 22 h ; les heures de 22 h à 7 h ne
comptent pas.</div>

<h2>Partie F et Cuewright</h2>
<h3>Cuewright peut-il utiliser mes anciennes séances ?</h3>
<p>Non. Un consentement ne couvre que les enregistrements faits à partir du jour où il est
signé (article 10.2). L'ancien accord permettait de couvrir les séances passées ; ce n'est
plus le cas.</p>

<h2>Ce qui a changé avec l'accord 2026-2029</h2>
<p>L'accord des lecteurs et des coachs 2026-2029 remplace l'accord de soutien aux auditions
2023-2026 depuis le 1er avril 2026. Les anciens montants ne valent que pour le travail fait
avant cette date.</p>
<table>
<tr><th>Quoi</th><th>Accord 2023-2026</th><th>Accord 2026-2029</th></tr>
{changes}
</table>
</main>
<footer><p>GLACC – bureau de Val-Ombreuse – FAQ des membres.</p></footer>
</body>
</html>
"""


# ---- the steward line (JSON Lines, French) ------------------------------------------------------

STEWARD = {"handle": "tobiah.delegue", "name": "Tobiah Marrable-Lemieux", "role": "délégué"}


def _m(handle: str) -> dict:
    return {"handle": handle, "role": "membre"}


# (id, ts, from, text, reply_to, extra)
CHAT_LINES: list[tuple[str, str, dict, str, str | None, dict]] = [
    ("m001", "2026-12-01T08:52:10", STEWARD,
     "Bonjour à toutes et à tous, la ligne des délégués est ouverte jusqu'au vendredi 4 "
     "décembre. Posez vos questions ici, on répond dans la journée.", None, {}),
    ("m002", "2026-12-01T09:14:33", _m("noor.lectrice"),
     "Cuewright m'annonce 310 la séance de partenaire de scène pour décembre, c'est "
     "normal ?", None, {}),
    ("m003", "2026-12-01T09:31:02", STEWARD,
     f"Non. Cuewright a passé les 20{NNB}000 abonnés payants le 18 novembre, donc depuis le 1er "
     f"décembre 2026 la redevance est de {fr('380,00')} par séance (article 11.2).", "m002",
     {"reactions": {"👍": 4}}),
    ("m004", "2026-12-01T09:40:18", _m("felix.voix"),
     f"Moi on m'a dit que les 380 comptaient depuis le 18 novembre, le jour des 20{NNB}000 ?",
     "m003", {}),
    ("m005", "2026-12-01T09:47:55", STEWARD,
     "Non : à partir du premier jour du mois qui suit le mois du franchissement, donc le 1er "
     "décembre. Les séances de novembre restent au premier montant.", "m004", {}),
    ("m006", "2026-12-01T11:05:40", _m("ines.coach"),
     "Coach d'accent à 312 bâtons la journée, c'est bien ça ?", None, {}),
    ("m007", "2026-12-01T11:12:09", STEWARD,
     f"Oui, c'est {fr('312 000,00')} la journée, jusqu'à 10 heures sur le plateau (article "
     "7.1). Un bâton = mille tögrög, pour celles et ceux qui découvrent.",
     "m006", {}),
    ("m008", "2026-12-01T14:26:51", _m("ines.coach"),
     f"Et pour Greyhallow on part lundi soir et on rentre mercredi matin : trois jours, donc "
     f"trois per diem, {fr('192 000,00')} ?", None, {}),
    ("m009", "2026-12-01T14:39:20", STEWARD,
     "Non, on compte des périodes de 24 heures entamées, de l'heure de départ à l'heure de "
     "retour sur la feuille de service : 40 heures, deux périodes. L'exemple est dans la FAQ.",
     "m008", {}),
    ("m010", "2026-12-02T10:02:47", _m("sam.lecteur"),
     "La séance de self-tape chez Tapeline c'est combien déjà ?", None,
     {"edited": {"at": "2026-12-02T10:03:30",
                 "previous": f"La séance de self-tape chez Tapeline c'est toujours {fr('16 200,00')} ?"}}),
    ("m011", "2026-12-02T10:20:14", STEWARD,
     f"{fr('18 400,00')} pour une séance jusqu'à 30 minutes, puis {fr('7 200,00')} par quart "
     f"d'heure entamé (article 6.1). Le {fr('16 200,00')}, c'était l'ancien accord.", "m010",
     {}),
    ("m012", "2026-12-02T16:48:31", _m("noor.lectrice"),
     "La paie de novembre, c'est le 15 décembre comme d'habitude ?", None, {}),
    ("m013", "2026-12-02T17:01:06", STEWARD,
     "Non, le 15, c'était l'ancien accord. Les séances d'un mois sont payées le deuxième jeudi "
     "du mois suivant : celles de novembre le jeudi 10 décembre 2026, celles de décembre le "
     "jeudi 14 janvier 2027 (article 9.1).", "m012", {"reactions": {"🙏": 2}}),
    ("m014", "2026-12-03T08:37:45", _m("sam.lecteur"),
     f"Semaine chargée : 27 h du lundi 7 au vendredi 11, 5 h samedi 12 et 6 h dimanche 13. Ça "
     f"fait 8 heures sup, soit {fr('558 000,00')} ?", None, {}),
    ("m015", "2026-12-03T08:55:12", STEWARD,
     f"Non : la semaine de casting va du dimanche au samedi. Le samedi 12 compte avec la "
     f"semaine du 6 au 12 (32 heures, 2 heures au-delà de 30, {fr('139 500,00')}), et le "
     f"dimanche 13 ouvre une nouvelle semaine.", "m014", {}),
    ("m016", "2026-12-03T13:21:58", _m("felix.voix"),
     f"Cuewright me propose {fr('265 000,00')} pour mon clone, utilisé dans un bureau de "
     "casting du 27 novembre au 4 décembre. Un seul mois, non ?", None, {}),
    ("m017", "2026-12-03T13:40:36", STEWARD,
     f"Non : le clone est payé pour chaque mois civil où il sert (article 12.1). Novembre et "
     f"décembre, deux mois : {fr('530 000,00')}. Je leur écris aujourd'hui.", "m016",
     {"reactions": {"💪": 3}}),
    ("m018", "2026-12-04T09:10:27", _m("lea.partenaire"),
     "Tapeline fait passer le préavis court en heures de service, vous avez l'avis ?", None,
     {}),
    ("m019", "2026-12-04T09:24:50", STEWARD,
     "Oui, l'avis de Tapeline du 30 novembre applique le mémorandum n° 1 avec un exemple "
     "chiffré. Gardez vos messages de réservation avec leur heure d'envoi.", "m018", {}),
    ("m020", "2026-12-04T17:58:03", STEWARD,
     "La ligne ferme pour la semaine. Bon week-end, et bon courage aux lectrices et lecteurs "
     "d'Ironbound jeudi prochain.", None, {}),
]  # fmt: skip


def chat_objects() -> list[dict]:
    out = []
    for mid, ts, who, text, reply, extra in CHAT_LINES:
        obj = {"id": mid, "ts": ts, "channel": "ligne-delegues", "from": who, "text": text,
               "reply_to": reply}  # fmt: skip
        obj.update(extra)
        out.append(obj)
    return out


def chat_text() -> str:
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in chat_objects())


# ---- the drama school (Textile, French; a distractor) ------------------------------------------

ATELIER_TEXT = f"""\
h1. Atelier Lumière de scène – tarifs d'hiver

p(intro). Cours de diction, d'accents et de jeu pour enfants, adolescents et adultes, dans
notre studio sous les toits. Les inscriptions se font au trimestre ; les stages se réservent
à la semaine. Les prix sont en tögrög, avec une espace fine entre les milliers.

h2. Cours hebdomadaires

|_. Cours |_. Public |_. Prix du trimestre |
| Éveil théâtral | 6 à 9 ans | {fr("54 000,00")} |
| Jeu et improvisation | 10 à 14 ans | {fr("61 000,00")} |
| Diction et voix | adolescents | {fr("58 500,00")} |
| Accents et dialectes | adultes | {fr("73 000,00")} |
| Préparation aux auditions | adultes | {fr("82 000,00")} |

h2. Stages de vacances

* Stage « premier rôle », cinq matinées pour les 8 à 12 ans : {fr("47 500,00")}
* Stage « accents du monde », trois soirées pour adultes : {fr("35 500,00")}
* Stage « face caméra », deux journées, avec une bande d'essai filmée : {fr("66 000,00")}

h2. Leçons particulières

# Leçon de diction, une heure : {fr("22 500,00")}
# Leçon d'accent, une heure, avec un enregistrement de référence : {fr("26 000,00")}
# Préparation d'une audition, deux heures : {fr("41 000,00")}

bq. Les enfants ne restent jamais seuls : un animateur les accueille et les raccompagne.

p. Le %{{color:#a40}}tarif réduit% (moins 15 pour cent) s'applique au deuxième enfant d'une
même famille et aux étudiants. Les cours manqués ne sont pas rattrapés, sauf sur certificat.

p. Comme le dit notre fondatrice, ??on apprend un accent avec les oreilles avant la
bouche??.

h2. Pour les adultes

p. Les cours d'accents travaillent les voyelles, la mélodie et le rythme d'un parler, à
partir d'enregistrements de référence et de textes choisis par les élèves. Le cours de
préparation aux auditions fait travailler une scène avec un partenaire de l'atelier, puis
devant la caméra, pour apprendre à se tenir face à l'objectif et à garder le regard juste.

h2. Pour les enfants

p. Les plus jeunes découvrent la scène par le jeu : marionnettes, contes, petites
improvisations. Les parents assistent à la dernière séance de chaque trimestre, où chaque
groupe présente une courte saynète.

h2. Infos pratiques

* Studio ouvert du mardi au samedi, de 10 h à 19 h.
* Essai gratuit d'un cours en septembre et en janvier.
* "Inscriptions en ligne":https://atelier-lumiere.example/inscriptions
* "Plan d'accès":https://atelier-lumiere.example/acces
"""


OUTPUTS = [
    (MEMO, lambda: MEMO_TEXT.encode()),
    (PAYROLL, lambda: payroll_text().encode()),
    (CALENDAR, lambda: CALENDAR_TEXT.encode()),
    (VENDOR, lambda: VENDOR_TEXT.encode()),
    (HEADSHOTS, lambda: HEADSHOTS_TEXT.encode()),
    (GUIDE, lambda: guide_text().encode()),
    (FAQ, lambda: faq_text().encode()),
    (CHAT, lambda: chat_text().encode()),
    (ATELIER, lambda: ATELIER_TEXT.encode()),
]


def build() -> None:
    os.makedirs(DOCS, exist_ok=True)
    for out, make in OUTPUTS:
        with open(out, "wb") as f:
            f.write(make())
        print("wrote", out)


if __name__ == "__main__":
    build()
