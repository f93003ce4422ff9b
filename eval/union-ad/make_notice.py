#!/usr/bin/env python3
"""Write the Windows-1250 distractor of union-ad (its whole text is in this script).

    python3 eval/union-ad/make_notice.py

docs/starone-tv-advertising-price-list-season-14.txt: a television channel's advertising
price list for the Season 14 breaks, in English, encoded in Windows-1250 (cp1250, the
Central European code page) with CRLF line ends: single bytes E9 (é), F5 (ő), F3 (ó),
FB (ű), 84 / 94 („ ”), 96 (–) and A0 (no-break space, "1 850 000 Ft"). It shares the set's
vocabulary (Season 14, episodes, promos, Spin to Win, Buzzer Royale, prize segments,
studio audience, a buzzer) and holds the buzzer model "BZ-9800" (a model, not an amount),
but it is what ADVERTISERS pay the channel, not what performers are paid: nobody is paid
by it.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "starone-tv-advertising-price-list-season-14.txt")
ENCODING = "cp1250"
NB = "\u00a0"


def ft(amount: str) -> str:
    return amount.replace(" ", NB) + NB + "Ft"


NOTICE = f"""STARONE TELEVISION – ADVERTISING PRICE LIST
Season 14 breaks (autumn taping block, broadcast September to December)

Prices in forint, per spot, before VAT. This file is saved in Windows-1250 (Central
European) for our booking system. These are the prices ADVERTISERS pay StarOne for air
time. They are not fees of anyone who works on the shows.

1. GAME SHOWS, PRIME TIME (19:30 to 21:00)
   „Spin to Win”, centre break, 30 seconds        {ft("1 850 000")}
   „Spin to Win”, centre break, 20 seconds        {ft("1 300 000")}
   „Buzzer Royale”, centre break, 30 seconds      {ft("1 620 000")}
   „Buzzer Royale”, end break, 30 seconds         {ft("1 410 000")}
   Double episodes and specials: prices on request, at least {ft("2 200 000")}.

2. SPONSORSHIP
   Billboard „brought to you by”, 5 seconds, per episode     {ft("640 000")}
   Buzzer sponsor: the BZ-9800 buzzer by Vőrös Electronics
   is shown on every contestant podium; a season package
   covers every episode of the block                        {ft("9 600 000")}
   Prize segment placement, per episode                      {ft("890 000")}

3. PROMOS AND TRAILERS
   Co-branded promo, up to 30 seconds, per airing              {ft("420 000")}
   Studio-audience „reaction shot” in a brand spot: on request.

4. LATE EVENING (21:00 to 23:00)
   „Quiz Nocturne”, 30 seconds                              {ft("560 000")}
   Reruns of Season 13 episodes, 30 seconds                   {ft("310 000")}

5. DISCOUNTS AND CONDITIONS
   Bookings of ten spots or more in one block: 8 % off.
   A spot moved by the channel is moved free of charge; a spot cancelled by the advertiser
   less than five working days before air is invoiced in full.
   Material is delivered to the channel's traffic desk two working days before air.

6. AUDIENCE AND SCHEDULE
   „Spin to Win” airs Monday to Thursday; „Buzzer Royale” on Friday and Saturday. Both
   shows are taped before a studio audience at Northgate Studios, and the channel's panel
   puts their weekly reach above one million viewers. Schedules for the winter block are
   sent to advertisers in December.

Sales contacts: Zsófia Kővári-Lenoir and Béla Szűcs-Armand, StarOne sales office,
Kelsbury. Monday to Friday, 9:00 to 17:30.
"""


def build() -> None:
    data = NOTICE.replace("\n", "\r\n").encode(ENCODING)
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote", OUT, len(data), "bytes")


if __name__ == "__main__":
    build()
