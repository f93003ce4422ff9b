#!/usr/bin/env python3
"""Write the three byte-sensitive text documents of union-al (their whole text is here).

    python3 eval/union-al/make_notice.py

- docs/email-thread-rehearsal-calls-2026-12-06-macroman.txt: a plain-text EMAIL THREAD in
  English, encoded MAC ROMAN (the "mac_roman" codec; read as UTF-8 it fails on "ë" and
  "é"), CR line ends as a classic Mac mail client exports it. The newest message first,
  then the older ones QUOTED with "> " and ">> " (they hold the old DT 52.500 and the
  draft's DT 65.000 and 40%), a SIGNATURE BLOCK after "-- ". The only place of the
  drummers' flat transport fee, "DT 85" (no decimals), and of the withdrawal of the
  Guild's DT 65.000 and the non-adoption of the 40% night premium. Only characters that
  Mac Roman holds (no U+202F, no U+2212, no euro sign).
- docs/note-porteurs-geants-2026-12-06-nfd.txt: the Marsoline office's note to giant-puppet
  and big-head carriers, in French, UTF-8 in NFD (every accented letter DECOMPOSED into a
  base letter and a combining accent), LF line ends. Dated "06/12/2026" (explained as
  day/month/year). The only place saying that the temporary puppet-carry supplement was
  NOT RENEWED (it lapsed on 31 October 2026).
- docs/plume-and-pan-hire-price-list-2027.txt: a DISTRACTOR in English, a costume, stilt
  and instrument rental shop's price list in dinars, UTF-8, LF.

No line has a digit, ASCII white space and three digits in a row (the normaliser would
join them). check_set.py checks that the files are what this script writes.
"""

from __future__ import annotations

import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EMAIL_OUT = os.path.join(HERE, "docs", "email-thread-rehearsal-calls-2026-12-06-macroman.txt")
NOTE_OUT = os.path.join(HERE, "docs", "note-porteurs-geants-2026-12-06-nfd.txt")
SHOP_OUT = os.path.join(HERE, "docs", "plume-and-pan-hire-price-list-2027.txt")

# ---- the Mac Roman email thread --------------------------------------------------------------

EMAIL = """From: Desmond Achterberg-Nkosi <rates@cspgq.example>
To: Tamsin Okoro-Vale <tamsin.ov@example.net>
Cc: Zoë Ferrand-Oduya, Belcarre Lantern Parade section leaders
Date: Sunday, December 6th, 2026, 10:42
Subject: Re: Re: rehearsal calls - what are we paid now?

Tamsin,

Short answers, in the order of your questions.

1. Rehearsal calls. Protocol No. 2, signed on 25 November (it is written in
French), raises the rehearsal call from DT 58.750 to DT 63.250 for season
2026-27, and the raise is backdated to the start of the season. The calls
you worked since then are topped up by a single lump sum; the protocol gives
the payment date. For season 2027-28 the call will be DT 65.150.

2. Our own figure. The DT 65.000 in our August draft was withdrawn at the
session of 25 November, in exchange for the backdating. Nobody will be paid
DT 65.000 a call.

3. Night premium. The 40% night premium of the same draft was not adopted
either. The agreement gives 30% (clause 4.4), so a lantern parade is
DT 185.250 this season, premium included.

4. Drums. For a drummer who carries a steel pan or a surdo in his or her own
vehicle, the Authority pays a flat instrument transport fee of DT 85 per
parade day. It is a side arrangement confirmed by the Authority's letter of
19 October, not a clause of the agreement, and it comes on top of the travel
allowance.

5. Your August payslip. It still shows the call of the 2022-2026 agreement
because August 2026 was the last month of that agreement. That is right; the
backdating starts with September.

Best,
Desmond

--
Desmond Achterberg-Nkosi
Rates officer, Carnival and Street Performers' Guild of Quenterre
14 Drum Lane, Belcarre
Tel. 071-448-260 (Monday to Friday, 10:00-16:00)
"Every section on the route, every member paid."

On Thursday, December 3rd, 2026, Tamsin Okoro-Vale wrote:
> Hi Desmond,
>
> My August payslip still shows DT 52.500 per rehearsal call. People in my
> section say the new rate is DT 65.000 because that was in the draft, and
> someone else says it is DT 58.750. Which is it, and do we get anything
> back for September to November?
>
> Also: is the night premium 40% now? That was in the draft too.
>
> And one of my drummers asks whether there is anything for carrying his pan
> to the assembly point. He drives it in from Vauclain.
>
> Tamsin (section leader, lantern parade)
>
> On Tuesday, December 1st, 2026, Desmond Achterberg-Nkosi wrote:
>> Dear section leaders,
>>
>> Under the 2022-2026 agreement a rehearsal call was DT 52.500 and the
>> night premium was 25%. Both changed with the new agreement. A protocol on
>> rehearsal calls was signed last week; I will send a summary in English as
>> soon as I can. Please do not pass on figures from the draft: it was a
>> bargaining paper, not a rate sheet.
>>
>> Desmond
"""


def email_text() -> str:
    """The thread with the signature separator "-- " (its trailing space restored)."""
    return EMAIL.replace("\n--\n", "\n-- \n")


def email_bytes() -> bytes:
    return email_text().replace("\n", "\r").encode("mac_roman")


# ---- the NFD note --------------------------------------------------------------------------

NOTE = """GUILDE DES ARTISTES DE CARNAVAL ET DE RUE DE QUENTERRE (GACRQ)
Bureau de Marsoline – note aux porteurs de géants et de grosses têtes
Marsoline, le 06/12/2026 (date écrite jour/mois/année : le 6 décembre 2026)

Objet : fin du supplément temporaire de portage ; rappel des règles de portage

1. Le supplément temporaire de portage

Le supplément temporaire de portage de 14,750 DT par défilé (article 9.4 de la
convention 2026-2029) devait prendre fin le 31 octobre 2026, sauf renouvellement
écrit des parties avant cette date. Il n'a pas été renouvelé : il a pris fin le
31 octobre 2026 et il n'est plus versé pour les défilés qui ont suivi. La
Guilde a demandé sa reconduction pour la Semaine du carnaval ; l'Autorité a
refusé, et aucun écrit n'a été signé.

2. Votre taux

Le porteur de géant ou de grosse tête est payé 151,250 DT par défilé pendant la
saison 2026-27 et 156,000 DT à partir de la saison 2027-28. Pendant la Semaine du
carnaval, chaque défilé est payé au tarif de la Semaine du carnaval, comme pour
tous les rôles.

3. Poids et durée de portage

Aucun costume ni aucune marionnette portés par un seul artiste ne peuvent peser
plus de 18 kg, armature et harnais compris. On porte au plus 40 minutes
d'affilée, puis on a une relève d'au moins 15 minutes hors du harnais. Le géant
n° 7, « la Dame du Port », pèse 17 kg : il reste sous la limite, mais il se
porte toujours avec une relève prête.

4. Chaleur et pluie

Dès que le thermomètre du point de rassemblement atteint 33 °C, la durée de
portage tombe à 20 minutes d'affilée, et les grosses têtes sont retirées entre
les sections. S'il tombe 8 mm de pluie ou plus dans l'heure qui précède le
départ, le chef de section peut arrêter la bande ; le défilé est payé en entier.

5. Le parcours

Sur le grand défilé de Belcarre, 35 % du parcours n° 9 est en montée. Prévoyez
les relèves avant la côte de l'ancien marché, pas au milieu.

6. À qui s'adresser

Le bureau de Marsoline répond aux porteurs pendant ses heures d'ouverture. La
Guilde, fondée en 1987, a toujours défendu les porteurs : signalez-nous toute
marionnette trop lourde avant le défilé, jamais après.

Pour le bureau de Marsoline,
Élodie Quispe-Marchand, déléguée des porteurs
"""


def note_text() -> str:
    return unicodedata.normalize("NFD", NOTE)


def note_bytes() -> bytes:
    return note_text().encode("utf-8")


# ---- the distractor: a rental shop's price list ------------------------------------------------

SHOP = """PLUME & PAN HIRE
Costume, stilt and instrument rental - Chandlers' Yard, Belcarre
Price list for the 2027 carnival season. Prices in dinars (DT), tax included.

COSTUMES
  Feathered masquerade costume, with headdress ........ DT 61.900 a day
  Sequinned costume-band suit ......................... DT 44.250 a day
  Big-head mask (papier-mache, ready to wear) ......... DT 27.350 a day
  Lantern-parade cape with battery lights ............. DT 33.600 a day
  Cleaning after hire (compulsory for feathers) ....... DT 8.450 a costume

STILTS
  Peg stilts, fixed height ............................ DT 19.750 a day
  Drywall stilts, adjustable .......................... DT 23.150 a day
  Stilt trousers, extra long .......................... DT 11.300 a day
  Stilt lesson with our instructor .................... DT 52.800 an hour

INSTRUMENTS
  Steel pan (tenor), with stand ....................... DT 72.400 a day
  Surdo drum, with harness ............................ DT 38.250 a day
  Repinique or caixa .................................. DT 17.600 a day
  Whistle and agogo set ............................... DT 4.950 a day
  Tuning of a steel pan ............................... DT 112.800 a pan

DEPOSITS
  Costumes: DT 90.000 a piece, returned when the costume comes back clean.
  Instruments: DT 150.500 a piece, returned after inspection.
  Stilts: DT 40.000 a pair.

SEASON OFFERS
  Whole costume band of twelve, three days ............ DT 1,480.750 (quote needed)
  Stilt week: a pair of stilts for seven days ......... DT 118.400
  Drum line of eight surdos, weekend .................. DT 534.900

TERMS
  A day runs from opening to closing time. A hire kept overnight is two days.
  Lost or damaged items are charged at replacement cost.
  We do not deliver to assembly points on parade days: collect the day before.
  Group bookings of ten items or more: ask for a quote.

Opening hours: Tuesday to Saturday, 10:00 to 18:30. Closed on Mondays.
Phone 071-902-377. Chandlers' Yard, behind the fish market, Belcarre.
Plume & Pan Hire - dressing the carnival since 2004.
"""


def shop_bytes() -> bytes:
    return SHOP.encode("utf-8")


def build() -> None:
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    for out, data in (
        (EMAIL_OUT, email_bytes()),
        (NOTE_OUT, note_bytes()),
        (SHOP_OUT, shop_bytes()),
    ):
        with open(out, "wb") as f:
            f.write(data)
        print("wrote", out, len(data), "bytes")


if __name__ == "__main__":
    build()
