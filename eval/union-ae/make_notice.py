#!/usr/bin/env python3
"""Write the two byte-sensitive text documents of union-ae (their whole text is here).

    python3 eval/union-ae/make_notice.py

- docs/email-overdub-rate-lanternfish-studio-3.txt: an EMAIL THREAD in English, UTF-8
  WITH A BOM (EF BB BF) and CRLF line ends. The latest message (on top) CORRECTS a figure
  (the overdub supplement is R$ 310,00 per track in FY 2026/27, not R$ 295,00); the
  earlier messages are QUOTED BELOW it with "> " (and "> > " for the oldest), so the
  wrong figure is still in the file, quoted. The member's message carries a payment
  advice copied from an English payroll export ("BRL 1,260.00", "BRL 310.00"); the
  officer's first reply writes the session fee "R$1260" (no space, no separator) and the
  top message the next increase date "1/IV/2027" (a Roman-numeral month).
- docs/calder-arena-ticket-prices-winter-2026-27.txt: a DISTRACTOR in English, UTF-16 LE
  WITH A BOM (FF FE) and CRLF line ends: a concert arena's ticket prices in R$ (what
  ticket buyers pay; nobody is paid by it), sharing the set's vocabulary (tour, shows,
  hologram show, open rehearsal, backing band). Read as UTF-8 it fails.

Run it after editing either text; check_set.py checks that the files are what this
script writes.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
EMAIL_OUT = os.path.join(HERE, "docs", "email-overdub-rate-lanternfish-studio-3.txt")
ARENA_OUT = os.path.join(HERE, "docs", "calder-arena-ticket-prices-winter-2026-27.txt")
EMAIL_ENCODING = "utf-8-sig"  # UTF-8 with a BOM
ARENA_ENCODING = "utf-16-le"  # after a BOM FF FE written by hand


def quote(text: str, depth: int = 1) -> str:
    prefix = "> " * depth
    return "\n".join((prefix + line).rstrip() for line in text.split("\n"))


NOOR = """From: Noor Halvorsen-Adeyemi <noor.ha@postmail.bel>
To: Rafferty Osei-Marchand <r.osei-marchand@bpgb.bel>
Date: Mon, 30 Nov 2026 09:05
Subject: Overdub rate - Lanternfish session at Studio 3 (24 Nov)

hi Rafferty, quick one. I did a backing vocal session for Lanternfish Records at Studio 3
on 24 Nov (3 hours) and overdubbed two extra tracks over my own part. Below is their
payment advice, copied from their payroll export. Is the overdub right? A friend said it
should be less this year and I don't want to be asked for money back in March.

Payment advice - Lanternfish Records - payee N. Halvorsen-Adeyemi
Date        Item                                    Amount
2026-11-24  Session fee, Studio 3, 3 hours          BRL 1,260.00
2026-11-24  Overdub supplement, track 4             BRL 310.00
2026-11-24  Overdub supplement, track 7             BRL 310.00
Paid on 2026-12-01 by bank transfer

thanks!
Noor"""

RAFFERTY_1 = """From: Rafferty Osei-Marchand <r.osei-marchand@bpgb.bel>
To: Noor Halvorsen-Adeyemi <noor.ha@postmail.bel>
Date: Tue, 1 Dec 2026 16:40
Subject: Re: Overdub rate - Lanternfish session at Studio 3 (24 Nov)

Hi Noor,

Thanks for sending the advice. The session fee of R$1260 for a three-hour session is right
for this financial year. The overdub supplement, though, is R$ 295,00 per track, so
Lanternfish seems to have paid you more than the rate for the two overdubs. I would check
with their accounts team before they notice it themselves.

The lead-line premium does not apply here: you told me the lead line you sang on track 7
was cut from the master.

Rafferty"""

RAFFERTY_2 = """From: Rafferty Osei-Marchand <r.osei-marchand@bpgb.bel>
To: Noor Halvorsen-Adeyemi <noor.ha@postmail.bel>
Cc: Recording desk <recording@bpgb.bel>
Date: Fri, 4 Dec 2026 10:12
Subject: Re: Re: Overdub rate - Lanternfish session at Studio 3 (24 Nov)

Hi Noor,

A correction to my message of Tuesday, quoted below. The overdub supplement for FY 2026/27
is R$ 310,00 per track, not the figure I gave you: I quoted last year's rate (FY 2025/26)
from an old rate sheet on my desk. I am sorry for the confusion.

So Lanternfish's payment advice is right after all: the session fee of BRL 1,260.00 and
two overdubs at BRL 310.00 each. Nothing more is owed to you, and you owe them nothing
back. Please ignore my suggestion to raise it with their accounts team.

For the record, the overdub supplement rises with the other recording rates from
1/IV/2027, to R$ 320,00 per track in FY 2027/28 (clause 3(2) of the Agreement). The
session fee and the choir rate rise on the same day.

Best,
Rafferty
Recording officer, Backing Performers' Guild of Bellmare (BPGB)
Calderport office, recording desk"""

EMAIL = RAFFERTY_2 + "\n\n" + quote(RAFFERTY_1 + "\n\n" + quote(NOOR)) + "\n"

ARENA = """CALDER ARENA - TICKET PRICES, WINTER SEASON 2026/27
Calderport - box office open Tuesday to Saturday, 11:00 to 19:00

This list is exported from our ticketing system as Unicode text (UTF-16). Prices are what
TICKET BUYERS pay the arena for one ticket, booking fee included. They are not fees paid
to the artists, their bands or anyone else who works on a show.

1. CONCERTS
   Aurora Vance - "Lighthouse" tour, with her six-piece backing band
      Standing floor ...................................... R$ 265,00
      Seated, lower tier .................................. R$ 340,00
      Seated, upper tier .................................. R$ 190,00
   Les Sœurs Mirabeau - winter choir show, 40 voices
      All seats ........................................... R$ 145,00
      Students and over-65s ............................... R$ 115,00
   Maxime Aubertin - hologram show "Encore", three nights
      Seated .............................................. R$ 215,00
      Premium seat with souvenir programme ................ R$ 590,00
   The Harbourlight Session Orchestra - film music night
      All seats ........................................... R$ 175,00

2. OPEN REHEARSALS AND VISITS
   Open rehearsal, Aurora Vance band, the day before the first show ... R$ 60,00
   Backstage visit, 60 minutes, groups of 12 at most ................. R$ 70,00
   Cloakroom, per item ............................................... R$ 12,00

3. CONDITIONS OF SALE
   Tickets are not refundable, except when a show is cancelled or moved by the arena:
   the full price is then refunded to the card used, within 30 days.
   A ticket for the hologram show is valid only for the night printed on it.
   Group bookings of 10 tickets or more for one show: 10 % off the ticket price.
   Car park, per vehicle and per event: R$ 38,00, paid at the barrier.

4. ACCESS
   Wheelchair places and companion seats are booked through the box office at no extra
   cost. Step-free entrance by Gate C. Doors open 90 minutes before each show.

Box office: Calder Arena, Harbour Road, Calderport. Sales questions: Linnea Brandvold-Kaya
and Tobias Achebe-Fournier, Tuesday to Saturday.
"""


def email_bytes() -> bytes:
    return EMAIL.replace("\n", "\r\n").encode(EMAIL_ENCODING)


def arena_bytes() -> bytes:
    return b"\xff\xfe" + ARENA.replace("\n", "\r\n").encode(ARENA_ENCODING)


def build() -> None:
    for out, data in ((EMAIL_OUT, email_bytes()), (ARENA_OUT, arena_bytes())):
        with open(out, "wb") as f:
            f.write(data)
        print("wrote", out, len(data), "bytes")


if __name__ == "__main__":
    build()
