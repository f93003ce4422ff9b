#!/usr/bin/env python3
"""Write the four byte-sensitive text documents of union-an (their whole text is here).

    python3 eval/union-an/make_notice.py

- docs/paper-moon-payroll-listing-2026-11.txt: Paper Moon's payroll for November 2026 as a
  FIXED-WIDTH REPORT (a mainframe-style listing, capitals, columns aligned with spaces),
  English, UTF-8, LF. Amounts carry the CURRENCY CODE ("CLN 18,600", explained in its
  head). The only place of the pay-date rule ("THE LAST FRIDAY OF EACH MONTH") and of the
  next step recount, "03/04/2027", stated as MONTH FIRST (US style: March 4, 2027). Every
  line adds up (units x rate, the night-ward premium as 25% of the rate, gross, total).
- docs/email-thread-ward-7b-isolation-supplement.txt: an E-MAIL THREAD (English, UTF-8, LF),
  the newest message first, the earlier ones QUOTED with ">" and "> >". A member quotes the
  old isolation supplement (₡2,100), the steward corrects it (₡2,600), then corrects
  herself for the winter-epidemic season (₡3,900). The only English place of the
  ratification date (19 November 2026), the "Mar. 3rd '27" meeting and the one negative
  amount of the set, "−₡720" (U+2212, once), a costume-advance recovery.
- docs/avis-clonage-de-voix-application-lanterne-utf16.txt: the Union's notice to
  storytellers on the AI voice clones of the audiobook app, in French, encoded UTF-16 LE
  WITH A BYTE ORDER MARK (FF FE) and CRLF line ends (it says so in its third line). The
  only place of the licence fee per title (28 400 ₡) and of the app's opening date.
- docs/halbrook-childrens-hospital-gift-shop-prices.md: a DISTRACTOR in English, the
  hospital gift shop's price list in colones (Markdown, UTF-8), naming neither party.

French thousands are separated by U+202F. No line has a digit, white space and three
digits in a row outside an amount (the normaliser would join them). check_set.py checks
that the files are what this script writes.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
LISTING_OUT = os.path.join(HERE, "docs", "paper-moon-payroll-listing-2026-11.txt")
EMAIL_OUT = os.path.join(HERE, "docs", "email-thread-ward-7b-isolation-supplement.txt")
NOTICE_OUT = os.path.join(HERE, "docs", "avis-clonage-de-voix-application-lanterne-utf16.txt")
GIFT_OUT = os.path.join(HERE, "docs", "halbrook-childrens-hospital-gift-shop-prices.md")
NNB = "\u202f"
MINUS = "\u2212"

# ---- the payroll listing (fixed width) --------------------------------------------------------

WIDTH = 100
RULE = "=" * WIDTH
THIN = "-" * WIDTH
L_HEAD = [
    "PAPER MOON CLOWNING CHARITY".ljust(62) + "PAYROLL LISTING PR-77".ljust(27) + "PAGE 1 OF 1",
    "PERIOD NOV 2026".ljust(24) + "RUN 25NOV2026 21:14".ljust(28) + "PAY DATE 27NOV2026",
    "PAY DATE RULE: THE LAST FRIDAY OF EACH MONTH. THE WORK OF A MONTH IS PAID ON ITS LAST FRIDAY.",
    "AMOUNTS IN WHOLE COLONES UNDER THE CURRENCY CODE CLN: CLN 24,350 IS TWENTY-FOUR THOUSAND",
    "THREE HUNDRED AND FIFTY COLONES. RATES: BEDSIDE AND COMMUNITY ARTS AGREEMENT 2026-2029,",
    "SCHEDULES A AND B. RETRO PAY OF CLAUSE 4.2 IS NOT ON THIS LISTING: IT IS PAID IN A SEPARATE RUN.",
]
L_COLS = (
    "   "
    + "CODE  "
    + "DESCRIPTION".ljust(40)
    + "UNITS".rjust(9)
    + "RATE".rjust(16)
    + "AMOUNT".rjust(18)
)
# employees: (number, name, role, step line, [(code, description, units, unit word, rate, pct)])
# pct: None (units x rate) or a percentage of the rate (the night-ward premium)
EMPLOYEES = [
    (
        "0412",
        "HARTIGAN-OSEI, PIP",
        "CLOWN DOCTOR",
        "STEP 1, COMPLETED VISITS AT LAST RECOUNT 118",
        [
            ("WV1", "WARD VISIT AT STEP 1", 12, "VIS", 18600, None),
            ("PS", "PAIR SUPPLEMENT", 12, "VIS", 1350, None),
            ("IS", "ISOLATION SUPPLEMENT, NORMAL SEASON", 4, "VIS", 2600, None),
            ("NP", "NIGHT-WARD PREMIUM 25% (FROM 18:00)", 1, "VIS", 18600, 25),
            ("RS", "REHEARSAL OR SUPERVISION HOUR", 3, "HRS", 8200, None),
        ],
    ),
    (
        "0388",
        "VANTERPOOL-ABARA, JUNE",
        "CLOWN DOCTOR",
        "STEP 3, COMPLETED VISITS AT LAST RECOUNT 342",
        [
            ("WV3", "WARD VISIT AT STEP 3", 10, "VIS", 21050, None),
            ("PS", "PAIR SUPPLEMENT", 10, "VIS", 1350, None),
            ("IS", "ISOLATION SUPPLEMENT, NORMAL SEASON", 2, "VIS", 2600, None),
        ],
    ),
    (
        "0451",
        "KOWALSKI-MBEKI, RUAN",
        "BEDSIDE MAGICIAN",
        "PAID PER ROUND",
        [
            ("BM", "BEDSIDE MAGIC ROUND", 6, "RND", 16900, None),
            ("MI", "MILEAGE BEYOND THE FIRST 30 KM", 84, "KM", 115, None),
        ],
    ),
    (
        "0467",
        "DESROCHERS-NWOSU, ELLA",
        "THERAPEUTIC PUPPETEER",
        "PAID PER SESSION, CHILD-LIFE SPECIALIST PRESENT",
        [
            ("TP", "PUPPETRY SESSION", 5, "SES", 17800, None),
            ("HT", "HAND-HYGIENE TRAINING COURSE", 1, "CRS", 2300, None),
            ("CF", "CANCELLATION WITHIN 48 HRS, 60% OF FEE", 1, "SES", 17800, 60),
        ],
    ),
]
L_FOOT = [
    "NEXT STEP RECOUNT: 03/04/2027 (THIS DATE IS MONTH FIRST, US STYLE: MARCH 4, 2027, NOT 3 APRIL).",
    "STEPS ARE RECOUNTED FROM COMPLETED WARD VISITS; A NEW STEP IS PAID FROM THE FIRST PAY DATE",
    "AFTER THE RECOUNT. QUERIES TO PAPER MOON PAYROLL, EXTENSION 2210, BEFORE THE PAY DATE.",
    "END OF LISTING PR-77",
]


def cln(value: int) -> str:
    return f"CLN {value:,}"


def line_amount(units: int, rate: int, pct: int | None) -> int:
    if pct is None:
        return units * rate
    if (rate * pct) % 100:
        raise SystemExit(f"{pct}% of {rate} is not a whole number of colones")
    return units * rate * pct // 100


def listing_text() -> str:
    out = [*L_HEAD, RULE]
    total = 0
    for number, name, role, step, lines in EMPLOYEES:
        out.append(f"EMP {number}  " + name.ljust(28) + role.ljust(24))
        out.append("      " + step)
        out.append(L_COLS)
        gross = 0
        for code, desc, units, word, rate, pct in lines:
            amount = line_amount(units, rate, pct)
            gross += amount
            out.append(
                "   "
                + code.ljust(6)
                + desc.ljust(40)
                + f"{units} {word}".rjust(9)
                + cln(rate).rjust(16)
                + cln(amount).rjust(18)
            )
        out.append(" " * 58 + "GROSS".rjust(16) + cln(gross).rjust(18))
        out.append(THIN)
        total += gross
    out.append(
        f"TOTAL EMPLOYEES {len(EMPLOYEES)}".ljust(58)
        + "TOTAL GROSS".rjust(16)
        + cln(total).rjust(18)
    )
    out.append(RULE)
    out += L_FOOT
    return "\n".join(line.rstrip() for line in out) + "\n"


def listing_bytes() -> bytes:
    return listing_text().encode("utf-8")


# ---- the e-mail thread ------------------------------------------------------------------------

EMAIL = f"""From: Marguerite Obi-Lindqvist <steward@bcau.example>
To: Pip Hartigan-Osei <pip.hartigan-osei@mail.example>
Date: Thu, 3 Dec 2026 09:41
Subject: Re: Re: isolation supplement on Ward 7B

Pip,

One correction to my answer below. The ₡2,600 I gave you is the normal-season figure.
Since 1 December we are in the winter-epidemic season, which runs from 1 December to
15 March, so an isolation visit on Ward 7B now carries ₡3,900 a visit, not ₡2,600.
And to be clear, ₡2,100 was the figure of the 2022-2026 agreement: it no longer applies.

On your other questions:

- the members ratified the new agreement on 19 November 2026, at the extraordinary
  meeting in Sainte-Ysolde;
- the {MINUS}₡720 on your November slip is the recovery of the costume advance you asked
  for in October; it is not a union due, and it is the only deduction on the slip;
- the Joint Committee on Recording and AI meets for the first time on Mar. 3rd '27.
  Send me anything you want raised there about the Bedside Channel.

About Ward 7B itself: gowning and masking for an isolation room are part of the
visit, and the supplement is paid once per ward visit, however many isolation rooms
the round takes in. If the ward asks you to gown up more than the round allows, stop
and call me: the round still has to fit within its usual limits, and the break after
the first part of the round is not optional because the rooms are hard work.

If payroll gets the supplement wrong on the December statement, forward it to me with
the dates of the visits and I will raise it with Paper Moon before the next pay date.

Marguerite
Union steward, Halbrook office

On Mon, 30 Nov 2026 at 17:05, Marguerite Obi-Lindqvist wrote:
> Hi Pip,
>
> No, that figure is out of date. Under the new agreement the isolation
> supplement is ₡2,600 a visit; it is paid on top of the ward visit and the
> pair supplement, on its own line of the statement.
>
> Paper Moon's payroll ran November at the new rates, so you should see the
> supplement on the statement for each visit that took in an isolation room.
> Keep a note of the rooms: the ward's list is not always sent to payroll.
>
> I'll come back to you on the slip and on the ratification.
>
> Marguerite
>
> On Sun, 29 Nov 2026 at 21:12, Pip Hartigan-Osei wrote:
> > Hi Marguerite,
> >
> > quick one: is the isolation supplement on Ward 7B still ₡2,100 a visit like
> > before? We gowned up for four rooms on Thursday. Also, what is the deduction
> > on my November slip? And has the new agreement actually been ratified yet?
> > Someone on the ward said the vote was postponed.
> >
> > Thanks,
> > Pip
"""


def email_bytes() -> bytes:
    return EMAIL.encode("utf-8")


# ---- the notice (UTF-16 LE with a BOM, CRLF) ---------------------------------------------------

NOTICE = f"""SYNDICAT DES ARTISTES DE CHEVET ET DE COMMUNAUTÉ DE MONTSAULE (SACM)
Bureau de Sainte-Ysolde – avis aux conteuses et aux conteurs
(Fichier texte enregistré en UTF-16 LE avec indicateur d'ordre des octets, fins de ligne CRLF.)
Sainte-Ysolde, le 30 novembre 2026

Objet : le clonage de voix pour l'application de livres audio « Lanterne »

1. L'application

L'application Lanterne des bibliothèques de la Régie régionale de santé de Halbrook
ouvre le 1er mars 2027. Elle propose des livres audio lus par des conteuses et des
conteurs du programme Arts et santé, avec leur propre voix ou avec une voix clonée
par intelligence artificielle à partir de leurs enregistrements.

2. Le consentement

Aucune voix n'est clonée sans votre consentement distinct, donné sur le formulaire
V-5 (article 14.3 de la convention). Ce consentement est séparé de celui que vous
donnez pour un enregistrement de la chaîne de chevet. Vous pouvez le retirer à tout
moment par écrit au bureau de Sainte-Ysolde.

3. Ce que vous recevez

- la séance d'enregistrement de votre voix est payée 6{NNB}800 ₡ par séance, le tarif
  d'enregistrement de la convention ;
- la licence de votre voix clonée est de 28{NNB}400 ₡ par titre de livre audio. Les
  parties l'ont fixée par écrit le 26 novembre 2026, comme le prévoit l'article 14.3.
  Un titre lu en partie avec votre voix clonée compte comme un titre entier.

4. Les enfants

Les voix et les images d'enfants, enregistrées pendant une séance, ne servent jamais à
entraîner un modèle ou un autre système d'intelligence artificielle, quel que soit
le consentement donné. Aucun enfant n'est enregistré pour l'application.

5. L'effacement

Quand votre consentement prend fin ou que vous le retirez, la Régie efface votre
modèle de voix, vos enregistrements et leurs copies dans les 60 jours, et vous le
confirme par écrit.

6. Questions fréquentes

- Puis-je refuser le clonage et continuer à enregistrer pour la chaîne de chevet ?
  Oui : les deux consentements sont indépendants, et un refus ne vous coûte aucune
  séance.
- Ma voix clonée peut-elle lire un autre livre que ceux que j'ai acceptés ?
  Non : chaque titre est nommé sur le formulaire, et chaque titre est payé.
- Qui écoute les livres audio ? Les lecteurs des bibliothèques de la Régie, à
  l'hôpital comme à la maison.

7. Le syndicat

Le SACM, fondé en 1991, défend les artistes de chevet et de communauté de Montsaule.
Il répond par écrit, en français et en anglais, à toute question sur l'application.

Pour le bureau de Sainte-Ysolde,
Solène Adebayo-Renaud, coordinatrice
"""


def notice_bytes() -> bytes:
    return NOTICE.replace("\n", "\r\n").encode("utf-16")  # the BOM, then little-endian


# ---- the distractor: the hospital gift shop ----------------------------------------------------

GIFT = """# Halbrook Children's Hospital – Gift Shop

Ground floor, by the main entrance. Open every day from 08:00 to 20:00.
Prices in colones, tax included. We take cards and cash.

## Get-well gifts

| Item | Price |
|---|---:|
| Plush bear, small | ₡3,450 |
| Plush bear, large | ₡6,950 |
| Plush giraffe | ₡5,250 |
| Get-well card | ₡890 |
| Get-well card with envelope and stickers | ₡1,190 |
| Bunch of tulips (in season) | ₡4,780 |
| Potted cactus, small | ₡2,840 |
| Foil star on a stick | ₡1,640 |

## Books and games

| Item | Price |
|---|---:|
| Colouring book and six crayons | ₡2,270 |
| Sticker book | ₡1,980 |
| Jigsaw puzzle, 100 pieces | ₡3,720 |
| Jigsaw puzzle, 500 pieces | ₡5,880 |
| Card game for two | ₡2,460 |
| Picture book, hardback | ₡4,330 |
| Magnetic drawing board | ₡6,170 |
| Modelling clay, four colours | ₡1,730 |
| Wooden building blocks, small box | ₡4,960 |

## For the stay

| Item | Price |
|---|---:|
| Slippers, children's sizes | ₡3,180 |
| Slippers, adult sizes | ₡3,990 |
| Phone charger cable | ₡2,650 |
| Travel pillow | ₡4,120 |
| Reusable water bottle | ₡2,390 |
| Lip balm | ₡760 |
| Hand cream, small tube | ₡1,470 |

## Snacks and drinks

| Item | Price |
|---|---:|
| Fruit cup | ₡1,080 |
| Cereal bar | ₡640 |
| Bottle of water | ₡580 |
| Apple juice, small | ₡830 |
| Chocolate bar | ₡970 |
| Oat biscuits, pack of six | ₡1,260 |
| Hot chocolate from the machine | ₡740 |

## Good to know

- Gifts can be delivered to a ward by our staff between 14:00 and 17:00, except to
  isolation rooms, where the ward decides what may go in.
- Flowers are not allowed on some wards: ask at the desk before you buy.
- Latex items are never sold here: many children are allergic.
- Gift wrapping is free; a gift box costs ₡1,360.
- Lost and found: ask at the main reception, not at the shop.
- Parents staying overnight can order a toiletry kit the day before; it is left at
  the ward's desk by 09:00.
- Vouchers bought at the shop can be spent at the shop only, within a year.

Phone: 041-772-305. The shop is run by the hospital's friends' association; its
profit buys toys for the wards' playrooms.
"""


def gift_bytes() -> bytes:
    return GIFT.encode("utf-8")


def build() -> None:
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    for out, data in (
        (LISTING_OUT, listing_bytes()),
        (EMAIL_OUT, email_bytes()),
        (NOTICE_OUT, notice_bytes()),
        (GIFT_OUT, gift_bytes()),
    ):
        with open(out, "wb") as f:
            f.write(data)
        print("wrote", out, len(data), "bytes")


if __name__ == "__main__":
    build()
