#!/usr/bin/env python3
"""Write the ten text and HTML documents of union-az (stdlib only, byte-for-byte reproducible).

    python3 eval/union-az/make_notice.py

English: Amendment No. 1 (Djot markup), the Council's disbursement statement (OFX 1.0.2, SGML
headers and unclosed leaf elements), the Regal Picturedrome's winter programme (jCal, RFC
7265: iCalendar as JSON), Flickertone's ActivityStreams 2.0 outbox (JSON), and a distractor,
a photoplay tune book in ABC notation. French: the Guild's guide to Part E (WikiCreole 1.0),
the Beauclair office's FAQ (HTML with <picture>, <blockquote cite> and <noframes>), the
stewards' WhatsApp export, the Guild's telephone greeting (SSML 1.1), and a distractor, a
walk past old cinemas (GPX 1.1).

Amounts: "֏1,540.00" in the amendment (the sign before the figure, explained there); OFX
"<TRNAMT>-1540.00" with "<CURDEF>AMD" (a minus for money paid out, a point before the luma,
no separator); "8,800.00 AMD" in Flickertone's outbox (the code after the figure); French
"1 540,00 ֏" with U+202F between thousands and U+00A0 before the sign (FAQ, chat); "7 900,00
drams" with U+202F and U+00A0 in the guide; "8,8 patates" once in the chat ("une patate,
c'est mille drams").
"""

from __future__ import annotations

import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

MEMO = "eeac-gslp-amendment-no-1-2026.txt"
PAYROLL = "eeac-disbursements-statement-2026-12.txt"
CALENDAR = "regal-picturedrome-winter-programme-2026-27.txt"
VENDOR = "flickertone-outbox-2026-12.txt"
TUNEBOOK = "photoplay-tunes-for-piano-abc.txt"
GUIDE = "guide-partie-e-captations-ia.txt"
FAQ = "faq-membres-bureau-beauclair.html"
CHAT = "whatsapp-delegues-gamce-2026-12.txt"
PHONE = "message-accueil-telephonique-gamce.txt"
WALK = "promenade-anciens-cinemas-port-sorel.txt"

NNB = "\u202f"
NB = "\u00a0"
DRAM = "\u058f"
LRM = "\u200e"


def fr(amount: str) -> str:
    """'1,540.00' -> '1 540,00 ֏' (U+202F thousands, U+00A0 before the sign)."""
    whole, cents = amount.split(".")
    return whole.replace(",", NNB) + "," + cents + NB + DRAM


def frw(amount: str) -> str:
    """'7,900.00' -> '7 900,00 drams' (U+202F thousands, U+00A0 before the word)."""
    whole, cents = amount.split(".")
    return whole.replace(",", NNB) + "," + cents + NB + "drams"


def glued(amount: str) -> str:
    return DRAM + amount


def coded(amount: str) -> str:
    return amount + " AMD"


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---- Amendment No. 1 (Djot) -------------------------------------------------------------------


def memo_djot() -> str:
    g = glued
    return f"""{{#top .amendment}}
# Amendment No. 1 to the Live Cinema Performance Agreement 2026-2029

{{% Guild draft tabled on Monday 16 November 2026, not adopted: row A1 at {g("1,575.00")} for
2026-27, deletion within 7 days, royalty {g("555.00")}. Kept in the source for the record only. %}}

Reference EEAC-GSLP/AM-1/2026. Adopted at the Joint Bargaining Table on _Monday 23 November
2026_; *in force from Friday 4 December 2026*. Between the Estrevel Exhibitors' and Archives'
Council (the Council) and the Guild of Silent-Screen and Live-Cinema Performers of Estrevel
(the Guild).

::: note
How to read this amendment: text struck out by the parties is marked `{{-like this-}}` and
text they inserted is marked `{{+like this+}}`. Amounts are in drams of Estrevel, written
with the sign {DRAM} directly before the figure, a comma between thousands and a point before
the luma: {g("1,540.00")} reads one thousand five hundred and forty drams.[^sign]
:::

{{#art-1}}
## Article 1 - Solo accompanist, feature programme up to 75 minutes

Schedule A, row A1, is amended as follows:

| Season | Row A1 |
|:-------|-------:|
| 2026-27, from Friday 4 December 2026 | {{-{g("1,460.00")}-}} {{+{g("1,540.00")}+}} |
| 2027-28 | {{-{g("1,520.00")}-}} {{+{g("1,600.00")}+}} |
| 2028-29 | {{-{g("1,580.00")}-}} {{+{g("1,660.00")}+}} |

Screenings up to and including Thursday 3 December 2026 are paid at the signed figure of
{g("1,460.00")}. There is no back pay for them.

{{#art-2}}
## Article 2 - Royalty for an AI accompaniment

Schedule A, row E4, is amended: the royalty for each film and each broadcast month becomes
{{+{g("520.00")}+}} (replacing {{-{g("460.00")}-}}) from the royalty for the broadcast month of
December 2026, which began on Monday 30 November 2026 and ends on Sunday 27 December 2026
(clause 16.4); {{+{g("540.00")}+}} in 2027-28 and {{+{g("560.00")}+}} in 2028-29.

{{#art-3}}
## Article 3 - Deletion

In clause 17.1, "within {{-30 days-}}{{+10 days+}} of a withdrawal". A withdrawal received
before Friday 4 December 2026 keeps the 30 days.

{{#art-4}}
## Article 4 - Everything else

Every other clause and figure of the agreement is unchanged, including the running time
(clause 4.2), the lapse of offers (clause 5.3), pay periods (clause 9.1) and the licence term
(clause 15.4).

::: signatures
For the Council: Ignatius Rosewarne, Chair.\\
For the Guild: Imogen Hargreave, President.
:::

``` =html
<p class="registry">Registered by the Council's registry on Tuesday 24 November 2026.</p>
```

[^sign]: The agreement itself, printed in a typeface without the dram sign, writes the code
  AMD before its figures.
"""


# ---- the Council's disbursement statement (OFX 1.0.2) -----------------------------------------

# (date, fitid, amount, name, memo)
PAYMENTS = [
    ("20261207", "EEAC-2612-0701", "1460.00", "Clemence Marigny",
     "Row A1, solo feature, 'Lanterns of the Quay' (1923), Regal Picturedrome, Sat 21 Nov 2026; pay period 16-30 Nov (clause 9.1)"),
    ("20261207", "EEAC-2612-0702", "1460.00", "Tobiah Kittredge",
     "Row A1, solo feature, 'The Copper Kettle Mystery' (1925), Cine-Lumiere, Sun 22 Nov 2026; pay period 16-30 Nov"),
    ("20261207", "EEAC-2612-0703", "960.00", "Oswin Tollemache",
     "Row A7, live sound effects, 'The Iron Horse Thief' (1925), Regal Picturedrome, Sat 28 Nov 2026"),
    ("20261207", "EEAC-2612-0704", "336.00", "Oswin Tollemache",
     "Row A10, overrun of 14 minutes beyond the booked 92 minutes, Sat 28 Nov 2026: 14 x 24.00, every minute from the first once 10 minutes are passed (clause 6.5)"),
    ("20261207", "EEAC-2612-0705", "1120.00", "Agathe Tiberge",
     "Row A4, ensemble musician, live-score screening, National Film Archive, Fri 27 Nov 2026"),
    ("20261207", "EEAC-2612-0706", "420.00", "Agathe Tiberge",
     "Row A5, ensemble leader's supplement, Fri 27 Nov 2026"),
    ("20261207", "EEAC-2612-0707", "6200.00", "Hollis Crannock",
     "Row A11, resident accompanist, retainer for November 2026 (12 screenings), Regal Picturedrome"),
    ("20261207", "EEAC-2612-0708", "1386.00", "Marisol Aubertin",
     "Dadaocheng Silent Nights, Taipei, explainer programme of Thu 12 Nov 2026, received from the festival on Wed 2 Dec 2026: converted at 3.85 drams per 100 TWD, the Central Bank of Estrevel reference rate for Thu 12 Nov 2026, the day of the screening (clause 10.4)"),
    ("20261207", "EEAC-2612-0709", "1270.00", "Marisol Aubertin",
     "Late claim under the Live Cinema Agreement 2023-2026: explainer, Sat 29 Aug 2026, paid at that agreement's row A6 (Schedule B)"),
    ("20261207", "EEAC-2612-0710", "520.00", "Hollis Crannock",
     "Row A8, rehearsal to picture, 2 hours (the minimum call), Regal Picturedrome, Thu 26 Nov 2026"),
]  # fmt: skip


def pay_total() -> str:
    cents = sum(int(a.replace(".", "")) for _, _, a, _, _ in PAYMENTS)
    return f"-{cents // 100}.{cents % 100:02d}"


def payroll_ofx() -> str:
    lines = [
        "OFXHEADER:100",
        "DATA:OFXSGML",
        "VERSION:102",
        "SECURITY:NONE",
        "ENCODING:UTF-8",
        "CHARSET:NONE",
        "COMPRESSION:NONE",
        "OLDFILEUID:NONE",
        "NEWFILEUID:EEAC-2612-STMT",
        "",
        "<OFX>",
        "<SIGNONMSGSRSV1>",
        "<SONRS>",
        "<STATUS>",
        "<CODE>0",
        "<SEVERITY>INFO",
        "</STATUS>",
        "<DTSERVER>20261208170500.000[+1:CET]",
        "<LANGUAGE>ENG",
        "<FI>",
        "<ORG>Bank of Wrenfield",
        "<FID>4471",
        "</FI>",
        "</SONRS>",
        "</SIGNONMSGSRSV1>",
        "<BANKMSGSRSV1>",
        "<STMTTRNRS>",
        "<TRNUID>EEAC-2612-STMT",
        "<STATUS>",
        "<CODE>0",
        "<SEVERITY>INFO",
        "</STATUS>",
        "<STMTRS>",
        "<CURDEF>AMD",
        "<BANKACCTFROM>",
        "<BANKID>WRENBK01",
        "<ACCTID>EV61WREN0046172209",
        "<ACCTTYPE>CHECKING",
        "</BANKACCTFROM>",
        "<BANKTRANLIST>",
        "<DTSTART>20261201",
        "<DTEND>20261208",
    ]
    for date, fitid, amount, name, memo in PAYMENTS:
        lines += [
            "<STMTTRN>",
            "<TRNTYPE>DEBIT",
            f"<DTPOSTED>{date}",
            f"<TRNAMT>-{amount}",
            f"<FITID>{fitid}",
            f"<NAME>{name}",
            f"<MEMO>{memo}",
            "</STMTTRN>",
        ]
    lines += [
        "</BANKTRANLIST>",
        "<LEDGERBAL>",
        "<BALAMT>418250.00",
        "<DTASOF>20261208",
        "</LEDGERBAL>",
        "<MKTGINFO>Estrevel Exhibitors' and Archives' Council, performers' disbursement account, "
        "statement of 1 to 8 December 2026 (created Tuesday 8 December 2026). Amounts are in "
        "drams (CURDEF AMD): a minus for money paid out, a point before the luma and no "
        "thousands separator, so -1460.00 is one thousand four hundred and sixty drams paid. "
        "Pay runs twice a month under clause 9.1: the next runs are on Tuesday 22 December 2026 "
        "(screenings of 1 to 15 December 2026) and on Thursday 7 January 2027 (screenings of "
        "16 to 31 December 2026). Row A1 is paid at the amended figure for screenings from "
        "Friday 4 December 2026. Total paid on 7 December 2026: " + pay_total() + ".",
        "</STMTRS>",
        "</STMTTRNRS>",
        "</BANKMSGSRSV1>",
        "</OFX>",
    ]
    return "\r\n".join(lines) + "\r\n"


# ---- the Regal Picturedrome's winter programme (jCal) ------------------------------------------

TZ = "Estrevel/Wrenfield"

# (uid, dtstart, duration, summary, description, extra properties)
EVENTS = [
    ("regal-2026-12-11-shorts", "2026-12-11T19:30:00", "PT48M",
     "Lanterns over Wrenfield: short films of 1909 to 1916",
     "Friday 11 December 2026. Eleven short films from the National Film Archive, 48 minutes in all, with a solo pianist.",
     []),
    ("regal-2026-12-17-explainer", "2026-12-17T20:00:00", "PT1H12M",
     "Explainer night: The Pearl Diver's Oath (1922)",
     "Thursday 17 December 2026. A film explainer narrates the film and voices its intertitles live, with a solo pianist; doors 19:30.",
     [["x-regal-performers", {}, "text", "film explainer; solo accompanist"]]),
    ("regal-2026-12-19-gullrock", "2026-12-19T20:00:00", "PT1H24M",
     "The Keeper of Gull Rock (1924), with a solo accompanist",
     "Saturday 19 December 2026. Print of 6,300 feet projected at 20 frames a second: running time 84 minutes. (The archive catalogue lists 70 minutes, at 24 frames a second.)",
     [["x-regal-print-length", {}, "text", "6,300 ft"], ["x-regal-projection-speed", {}, "text", "20 fps"]]),
    ("regal-2026-12-20-rehearsal", "2026-12-20T10:00:00", "PT3H",
     "Rehearsal to picture: the Regal Ensemble for The Ice Carnival",
     "Sunday 20 December 2026, 10:00 to 13:00, closed to the public. The ensemble rehearses the New Year's Eve score to the picture.",
     [["x-regal-performers", {}, "text", "ensemble musicians; ensemble leader"]]),
    ("regal-2026-12-31-gala", "2026-12-31T21:00:00", "PT1H40M",
     "New Year's Eve live-score gala: The Ice Carnival (1927)",
     "Thursday 31 December 2026. The Regal Ensemble plays its own score live to the picture.",
     [["x-regal-performers", {}, "text", "ensemble musicians; ensemble leader"]]),
    ("regal-2027-01-02-matinee", "2027-01-02T15:00:00", "PT1H05M",
     "Holiday matinee: The Runaway Tram (1921)",
     "Saturday 2 January 2027, first of two screenings that day with the same solo accompanist.",
     []),
    ("regal-2027-01-02-evening", "2027-01-02T20:00:00", "PT1H10M",
     "Holiday evening: The Clockmaker's Apprentice (1923)",
     "Saturday 2 January 2027, second screening of the day.",
     []),
    ("regal-2027-01-09-ferryman", "2027-01-09T19:00:00", "PT1H31M",
     "The Ferryman's Bride (1926), with the Flickertone Pianist",
     "Saturday 9 January 2027: the first public screening of the film with an AI accompaniment, the Flickertone Pianist, learned with consent from the playing of the Guild member Rufus Sillitoe. The programme prints the credit line of clause 17.3.",
     [["x-regal-performers", {}, "text", "AI accompaniment (no live performer)"]]),
]  # fmt: skip


def calendar_jcal() -> str:
    vtimezone = [
        "vtimezone",
        [["tzid", {}, "text", TZ]],
        [
            ["standard", [["dtstart", {}, "date-time", "2026-10-25T03:00:00"],
                          ["tzoffsetfrom", {}, "utc-offset", "+02:00"],
                          ["tzoffsetto", {}, "utc-offset", "+01:00"],
                          ["tzname", {}, "text", "WRT"]], []],
        ],
    ]  # fmt: skip
    events = []
    for uid, start, dur, summary, desc, extra in EVENTS:
        props = [
            ["uid", {}, "text", uid + "@regalpicturedrome.example"],
            ["dtstamp", {}, "date-time", "2026-12-03T09:00:00Z"],
            ["dtstart", {"tzid": TZ}, "date-time", start],
            ["duration", {}, "duration", dur],
            ["summary", {}, "text", summary],
            ["description", {}, "text", desc],
            ["location", {}, "text", "Regal Picturedrome, 2 Cinema Row, Wrenfield WF3 1LD"],
            ["categories", {}, "text", "silent film", "live music"],
            *extra,
        ]
        events.append(["vevent", props, []])
    cal = [
        "vcalendar",
        [
            ["version", {}, "text", "2.0"],
            ["prodid", {}, "text", "-//Regal Picturedrome//Winter programme 2026-27//EN"],
            ["calscale", {}, "text", "GREGORIAN"],
            ["x-wr-calname", {}, "unknown", "Regal Picturedrome - winter programme 2026-27"],
            ["x-regal-note", {}, "unknown",
             "Revised on Thursday 3 December 2026. Times are Wrenfield time. Running times are "
             "computed from the length of the print and the projection speed, as the "
             "programme states them. No fees or prices appear in this calendar."],
        ],
        [vtimezone, *events],
    ]  # fmt: skip
    return _jcal_dump(cal)


def _jcal_dump(cal: list) -> str:
    """jCal with one property a line (json.dumps of each property, components nested)."""

    def comp(c: list, ind: str) -> str:
        name, props, subs = c
        lines = [f'{ind}["{name}",', f"{ind} ["]
        lines.append(",\n".join(f"{ind}  " + json.dumps(p, ensure_ascii=False) for p in props))
        lines.append(f"{ind} ],")
        if subs:
            lines.append(f"{ind} [")
            lines.append(",\n".join(comp(sc, ind + "  ") for sc in subs))
            lines.append(f"{ind} ]")
        else:
            lines.append(f"{ind} []")
        lines.append(f"{ind}]")
        return "\n".join(lines)

    return comp(cal, "") + "\n"


# ---- Flickertone's ActivityStreams outbox -------------------------------------------------------

ACTOR = "https://social.flickertone.example/users/flickertone"


def _note(n: int, published: str, content: str, **extra) -> dict:
    note = {
        "id": f"{ACTOR}/statuses/{n}",
        "type": "Note",
        "attributedTo": ACTOR,
        "published": published,
        "to": ["https://www.w3.org/ns/activitystreams#Public"],
        "content": content,
    }
    note.update(extra)
    return note


def vendor_outbox() -> str:
    c = coded
    items = [
        {
            "id": f"{ACTOR}/statuses/101/activity",
            "type": "Create",
            "actor": ACTOR,
            "published": "2026-11-24T10:00:00Z",
            "object": _note(
                101,
                "2026-11-24T10:00:00Z",
                "<p>Meet the <strong>Flickertone Pianist</strong>: an AI accompaniment that learns "
                "a cinema's own accompanist and plays along with any silent feature. Capture days "
                "for pianists: <strong>Wednesday 16 December and Thursday 17 December 2026</strong>, "
                "at our Wrenfield studio, 4 Splicer's Lane, WF1 3KD, from 09:30 to 16:00.</p>"
                "<p>Amounts in our posts are in drams, with the code after the figure: "
                f"{c('8,800.00')} is eight thousand eight hundred drams.</p>",
                tag=[
                    {"type": "Hashtag", "name": "#silentfilm"},
                    {"type": "Hashtag", "name": "#livecinema"},
                ],
            ),
        },
        {
            "id": f"{ACTOR}/statuses/102/activity",
            "type": "Create",
            "actor": ACTOR,
            "published": "2026-11-26T15:30:00Z",
            "object": _note(
                102,
                "2026-11-26T15:30:00Z",
                f"<p>What we offer pianists: {c('8,800.00')} for a capture day, a royalty of "
                f"{c('460.00')} for each film and each calendar month, and {c('12,500.00')} if "
                "your captures help train our general model. Our licence runs for 12 months "
                "from your signature.</p>",
                summary="Fees and licence (long post)",
                sensitive=True,
            ),
        },
        {
            "id": f"{ACTOR}/statuses/103/activity",
            "type": "Create",
            "actor": ACTOR,
            "published": "2026-11-27T09:10:00Z",
            "object": _note(
                103,
                "2026-11-27T09:10:00Z",
                "<p>First public screening with the Flickertone Pianist: <em>The Ferryman's "
                "Bride</em> (1926) at the Regal Picturedrome on Saturday 2 January 2027.</p>",
                attachment=[
                    {
                        "type": "Image",
                        "mediaType": "image/png",
                        "url": "https://media.flickertone.example/ferryman-poster.png",
                        "name": "Poster: a ferry at dusk and the words The Ferryman's Bride, 1926",
                    }
                ],
            ),
        },
        {
            "id": f"{ACTOR}/statuses/103/update-1",
            "type": "Update",
            "actor": ACTOR,
            "published": "2026-11-30T08:45:00Z",
            "object": _note(
                103,
                "2026-11-27T09:10:00Z",
                "<p>First public screening with the Flickertone Pianist: <em>The Ferryman's "
                "Bride</em> (1926) at the Regal Picturedrome on <strong>Saturday 9 January "
                "2027</strong> (moved from the date we first gave).</p>",
                updated="2026-11-30T08:45:00Z",
            ),
        },
        {
            "id": f"{ACTOR}/statuses/104/activity",
            "type": "Create",
            "actor": ACTOR,
            "published": "2026-12-01T11:20:00Z",
            "object": _note(
                104,
                "2026-12-01T11:20:00Z",
                "<p>Explainers: the <strong>Flickertone Voice</strong> pilot will let a cinema "
                f"use a synthetic explainer, paid {c('180.00')} a screening to the explainer "
                "whose voice it was made from. Voice capture sessions open in February 2027.</p>",
                inReplyTo=f"{ACTOR}/statuses/101",
            ),
        },
        {
            "id": f"{ACTOR}/statuses/105/delete",
            "type": "Delete",
            "actor": ACTOR,
            "published": "2026-12-02T16:00:00Z",
            "object": {
                "id": f"{ACTOR}/statuses/105",
                "type": "Tombstone",
                "formerType": "Note",
                "deleted": "2026-12-02T16:00:00Z",
            },
        },
        {
            "id": f"{ACTOR}/statuses/106/activity",
            "type": "Announce",
            "actor": ACTOR,
            "published": "2026-12-04T12:00:00Z",
            "object": "https://social.regalpicturedrome.example/users/regal/statuses/88",
        },
        {
            "id": f"{ACTOR}/statuses/107/activity",
            "type": "Create",
            "actor": ACTOR,
            "published": "2026-12-07T14:05:00Z",
            "object": _note(
                107,
                "2026-12-07T14:05:00Z",
                "<p>Booking for the capture days closes when they are full. Questions: "
                "Delphine Pellowe, head of performer partnerships, ext. 2207.</p>",
                tag=[{"type": "Mention", "name": "@gslp@social.gslp.example"}],
            ),
        },
    ]
    outbox = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": f"{ACTOR}/outbox",
        "type": "OrderedCollection",
        "summary": "Flickertone Ltd, Wrenfield: posts of 24 November to 7 December 2026",
        "totalItems": len(items),
        "orderedItems": items,
    }
    return json.dumps(outbox, ensure_ascii=False, indent=2) + "\n"


# ---- distractor: a photoplay tune book (ABC notation) -------------------------------------------


def tunebook_abc() -> str:
    return """%abc-2.1
%%abc-charset utf-8
% A practice book of mood music for accompanying silent pictures at the piano.
% Copy freely. Play the themes slowly first; the chords are only a guide.

X:1
T:Hurry No. 2 (for chases)
C:Trad., arranged for practice
R:galop
M:2/4
L:1/16
Q:1/4=144
K:Am
"Am"A2c2 e2c2 | "E"B2^G2 E4 | "Am"A2c2 e2a2 | "E7"^g2e2 "Am"a4 :|
W:Run, run, the train is near,
W:the rails are bright and clear.

X:2
T:Misterioso (for night scenes)
C:Trad., arranged for practice
R:mood
M:4/4
L:1/8
Q:1/4=60
K:Dm
"Dm"D2F2 A4 | "Gm"G2B2 d4 | "A7"^c2e2 g2e2 | "Dm"d8 |]
% soft pedal throughout; leave a breath before the last bar

X:3
T:Love Theme in F (for the parlour)
C:Trad., arranged for practice
R:waltz
M:3/4
L:1/8
Q:1/4=96
K:F
"F"c4 A2 | "C7"G4 E2 | "F"F2 A2 c2 | "Bb"d4 "C7"c2 | "F"f6 |]
W:Under the lamplight, softly the curtain falls.

X:4
T:Agitato (for storms at sea)
C:Trad., arranged for practice
R:agitato
M:6/8
L:1/8
Q:3/8=120
K:Em
"Em"EGB eBG | "B7"F^DF BFD | "Em"EGB "Am"cAE | "B7"B,3 "Em"E3 :|
% left hand in octaves; crescendo to the storm

X:5
T:Grandfather's March (for parades and crowds)
C:Trad., arranged for practice
R:march
M:C
L:1/8
Q:1/4=112
K:G
"G"G2B2 d2B2 | "D7"A2F2 D4 | "G"G2B2 d2g2 | "D7"f2a2 "G"g4 |]
W:Left, right, the band goes by,
W:flags are waving high.

X:6
T:Lullaby for the Lighthouse (for sad endings)
C:Trad., arranged for practice
R:air
M:3/4
L:1/4
Q:1/4=72
K:C
"C"E G c | "Am"c B A | "F"A G F | "G7"D2 G | "C"C3 |]
% end on the tonic even if the reel runs on; fade under the last title

X:7
T:Comic Trot (for slapstick and pratfalls)
C:Trad., arranged for practice
R:polka
M:2/4
L:1/8
Q:1/4=126
K:D
"D"FA dA | "A7"GE CE | "D"FA df | "A7"ec "D"d2 :|
W:Slip on the ice, a hat in the air,
W:up on your feet with a bow and a stare.
% staccato; a silent beat before each fall, then a loud chord

X:8
T:Hearth and Home (for reunions)
C:Trad., arranged for practice
R:hymn-like air
M:4/4
L:1/4
Q:1/4=66
K:Bb
"Bb"F B d c | "Eb"B G "F7"F2 | "Bb"B d f e | "F7"d c "Bb"B2 |]
% broaden the last phrase; wait for the embrace on screen before the final chord
"""


# ---- the Guild's French guide (WikiCreole 1.0) ------------------------------------------------


def guide_creole() -> str:
    w = frw
    return f"""= Guide de la Partie E : captations, accompagnement par IA et voix de synthèse =

//Guilde des artistes du muet et du ciné-concert d'Estrevel (GAMCE) — bureau de Beauclair-la-Rive, jeudi 26 novembre 2026, mis à jour le vendredi 4 décembre 2026.//\\\\
Ce guide résume la Partie E de l'accord (articles 13 à 18) ; seul le texte signé fait foi.

<<<Brouillon du Conseil, non retenu : séance de captation à {w("6,900.00")}, suppression en 45 jours.>>>

Les montants sont en drams d'Estrevel, écrits à la française : milliers séparés par une espace fine, luma après la virgule, puis le mot drams ; {w("7,900.00")} se lit sept mille neuf cents drams.

----

== 1. Le consentement ==

# Chaque captation, chaque film et chaque usage demandent un consentement écrit distinct sur le **formulaire SL-3**. Un consentement global est nul.
# Le retrait se fait à tout moment sur le **formulaire SL-4**.
# Personne de moins de 18 ans n'est capté, même avec l'accord d'un parent.
# Jamais d'accompagnement par IA ni de voix de synthèse à une séance pour laquelle un artiste était engagé puis annulé, ni à la place d'un artiste annoncé dans un programme publié (clause 14.4).

== 2. Les cachets de la Partie E ==

|= Usage |= Saison 2026-2027 |
| Séance de captation du jeu, jusqu'à 4 heures | {w("7,900.00")} |
| Chaque heure de captation en plus | {w("1,300.00")} |
| Captation de la voix d'un bonimenteur, jusqu'à 3 heures | {w("5,600.00")} |
| Redevance d'accompagnement par IA, par film et par mois de diffusion | {w("520.00")} |
| Voix de synthèse d'un bonimenteur, par séance | {w("180.00")} |

La redevance passe à {w("520.00")} à partir du mois de diffusion de décembre 2026 (avenant n° 1). Un **mois de diffusion** commence le lundi de la semaine du 1er du mois et finit le dernier dimanche du mois.

== 3. La licence ==

La licence d'usage dure **12 mois à compter de la première projection publique** du film avec l'accompagnement par IA, et finit la veille du premier anniversaire de cette projection — quelle que soit la date de la signature (clause 15.4). L'ancien accord comptait 24 mois depuis la signature.

== 4. Suppression et mention au programme ==

* Depuis le vendredi 4 décembre 2026, les captations et les modèles sont supprimés **dans les 10 jours** suivant un retrait (30 jours auparavant), avec une confirmation écrite.
* Le programme imprime, en français : « Musique générée à partir du jeu de [nom de l'artiste], avec son accord ».

== 5. Le comité paritaire ==

Le comité paritaire sur les captations et l'IA (trois membres de chaque partie) tiendra sa première réunion le **jeudi 28 janvier 2027** à Beauclair-la-Rive. La Guilde peut vérifier l'usage des captations une fois par an, avec un préavis de 10 jours ouvrables.

{{{{{{
Aide-mémoire : SL-3 pour consentir, SL-4 pour retirer.
}}}}}}

Pour en savoir plus : [[faq-membres-bureau-beauclair.html|la FAQ du bureau de Beauclair]].
"""


# ---- the Beauclair office's French FAQ (HTML) ---------------------------------------------------


def faq_html() -> str:
    f = fr
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>FAQ des membres — bureau de Beauclair-la-Rive (GAMCE)</title>
</head>
<body>
<header>
<h1>Foire aux questions des membres</h1>
<p>Guilde des artistes du muet et du ciné-concert d'Estrevel (GAMCE), bureau de Beauclair-la-Rive, 14, rue des Bobines, BR3 8LK. Mise à jour : mercredi 9 décembre 2026.</p>
<picture>
<source srcset="plan-acces-beauclair.webp" type="image/webp">
<source srcset="plan-acces-beauclair-large.png" media="(min-width: 800px)">
<img src="plan-acces-beauclair.png" alt="Plan d'accès : le bureau est au 2e étage, entrée par la cour, ascenseur à gauche" width="480" height="240">
</picture>
</header>
<main>
<p>Les montants sont écrits à la française : milliers séparés par une espace fine, luma après la virgule, signe {DRAM} du dram d'Estrevel à la fin.</p>

<h2>Quand le bureau est-il ouvert ?</h2>
<p>Du lundi au jeudi de 9 h à 17 h, le vendredi de 9 h à 13 h 30. Votre interlocutrice : Eulalie Morcant, chargée de l'accueil des membres.</p>

<h2>Quand suis-je payé ?</h2>
<p>Deux fois par mois (clause 9.1) : les séances du 1er au 15 sont payées le 22 du mois, celles du 16 à la fin du mois le 7 du mois suivant. Une séance du samedi 12 décembre 2026 est payée le mardi 22 décembre 2026 ; une séance du samedi 19 décembre 2026 est payée le jeudi 7 janvier 2027. L'ancien accord payait une fois par mois, le dernier jour ouvrable.</p>

<h2>Le supplément de fidélité : quelle année compte ?</h2>
<p>Le supplément de {f("2,500.00")} est versé une fois, à la 60e séance de l'année (clause 7.3). L'année est l'année ISO de numérotation des semaines : l'année 2026 finit le dimanche 3 janvier 2027, avec sa semaine 53. Exemple : 58 séances au 27 décembre et deux séances le samedi 2 janvier 2027 font 60 séances en 2026.</p>

<h2>Mon film est-il un « long » de plus de 75 minutes ?</h2>
<p>La durée se calcule avec la longueur de la copie et la cadence annoncée au programme (clause 4.2), pas avec le catalogue. Au-delà de 75 minutes, c'est la ligne A2 : {f("1,890.00")}. Jusqu'à 75 minutes, la ligne A1 : {f("1,540.00")} depuis le vendredi 4 décembre 2026.</p>

<h2>La séance a débordé : suis-je payé ?</h2>
<p>Au-delà de 10 minutes de débordement, chaque minute est payée {f("24.00")}, dès la première (clause 6.5). Un débordement de 14 minutes fait {f("336.00")}.</p>

<h2>Jusqu'à quand court la licence sur mon jeu capté ?</h2>
<blockquote cite="gslp-live-cinema-performance-agreement-2026-2029.pdf#clause-15.4">
<p>La licence court 12 mois à compter de la première projection publique du film avec l'accompagnement par IA et finit la veille du premier anniversaire de cette projection, quelle que soit la date du consentement.</p>
</blockquote>
<p>Exemple : <cite>The Ferryman's Bride</cite>, première projection publique avec le Flickertone Pianist le samedi 9 janvier 2027 ; la licence finit le samedi 8 janvier 2028.</p>

<h2>Mois de diffusion et redevance</h2>
<p>Depuis le mois de diffusion de décembre 2026 (du lundi 30 novembre au dimanche 27 décembre 2026), la redevance est de {f("520.00")} par film et par mois de diffusion.</p>

<h2>Un cachet payé à l'étranger ?</h2>
<p>Il est converti au cours de référence de la Banque centrale d'Estrevel du jour de la séance, pas du jour du paiement (clause 10.4).</p>

<noframes>
<h2>Archives : l'accord 2023-2026</h2>
<p>Long métrage jusqu'à 75 minutes (durée du catalogue) : {f("1,390.00")} ; bonimenteur : {f("1,270.00")} ; débordement : {f("290.00")} par demi-heure commencée ; captation : {f("7,200.00")}. Paie mensuelle, le dernier jour ouvrable.</p>
</noframes>
</main>
<footer><p>GAMCE — bureau de Beauclair-la-Rive.</p></footer>
</body>
</html>
"""


# ---- the stewards' WhatsApp export --------------------------------------------------------------

CHAT_LINES = [
    ("01/12/2026", "08:00", None, "Les messages et les appels sont chiffrés de bout en bout. Personne en dehors de cette discussion, pas même WhatsApp, ne peut les lire ou les écouter."),
    ("01/12/2026", "08:02", None, "Lisandre Florimond a créé le groupe « Délégués GAMCE — décembre »"),
    ("01/12/2026", "08:05", "Lisandre Florimond", "Bonjour à toutes et à tous. Ici la ligne des délégués de la Guilde, du 1er au 8 décembre. Montants à la française : espace fine entre les milliers, luma après la virgule, signe du dram à la fin."),
    ("01/12/2026", "09:41", "Hollis Crannock", "Question bête : mon forfait de résident couvre combien de séances par mois ? J'en fais 14 en décembre."),
    ("01/12/2026", "09:55", "Lisandre Florimond", f"Le forfait de {fr('6,200.00')} par mois couvre 12 séances (clause 7.1) ; les 2 séances en plus sont payées à leur ligne."),
    ("02/12/2026", "11:17", "Oswin Tollemache", f"La séance du 28 novembre a débordé de 14 minutes. On m'a dit que seules les 4 minutes au-delà des 10 comptent, donc 96,00{NB}{DRAM} ?"),
    ("02/12/2026", "11:30", "Lisandre Florimond", f"Non : une fois les 10 minutes dépassées, chaque minute compte dès la première (clause 6.5). 14 × 24,00 = {fr('336.00')}. C'est sur le relevé du 7 décembre."),
    ("03/12/2026", "14:02", "Marisol Aubertin", f"Pour Taipei (séance du jeudi 12 novembre), le cours du 4 décembre était meilleur : 3,98 les 100 TWD, donc je devrais toucher {fr('1,432.80')}, non ?"),
    ("03/12/2026", "14:20", "Lisandre Florimond", f"Non, c'est le cours du jour de la séance qui compte (clause 10.4) : 3,85 les 100 TWD le 12 novembre, soit {fr('1,386.00')}. L'ancien accord prenait le jour du paiement."),
    ("03/12/2026", "14:21", "Marisol Aubertin", f"{LRM}IMG-20261203-WA0004.jpg (fichier joint)"),
    ("03/12/2026", "14:22", "Marisol Aubertin", "Ce message a été supprimé"),
    ("04/12/2026", "10:31", "Rufus Sillitoe", "Flickertone me propose 8,8 patates la journée de captation. Et la licence « jusqu'au 13 septembre 2027 », 12 mois après ma signature du 14 septembre. C'est correct ?"),
    ("04/12/2026", "10:48", "Lisandre Florimond", f"Une patate, c'est mille drams. L'accord fixe la séance de captation à {fr('7,900.00')} jusqu'à 4 heures, et {fr('1,300.00')} chaque heure en plus. La licence court 12 mois depuis la première projection publique avec l'IA (le samedi 9 janvier 2027 au Regal), donc jusqu'au samedi 8 janvier 2028 — pas depuis la signature."),
    ("05/12/2026", "19:12", "Tobiah Kittredge", "J'ai 58 séances cette année. Mes deux séances du samedi 2 janvier 2027 au Regal, elles comptent pour 2026 ou 2027 ? <Ce message a été modifié>"),
    ("05/12/2026", "19:30", "Lisandre Florimond", f"Pour 2026 : l'année du supplément est l'année ISO, et le 2 janvier 2027 tombe dans la semaine 53 de 2026. Avec 60 séances, tu touches le supplément de fidélité, {fr('2,500.00')}."),
    ("07/12/2026", "11:05", "Clémence Marigny", "Bon. L'offre du Ciné-Lumière est bien partie le vendredi 4 décembre à 10 h 15. J'ai accepté ce matin, lundi 7 décembre à 11 h 02, et ils me disent qu'elle est caduque. L'ancien accord donnait 5 jours !"),
    ("07/12/2026", "11:20", "Lisandre Florimond", "Hélas oui : depuis le nouvel accord, une offre tombe 72 heures après son envoi, à la minute près (clause 5.3). Elle a expiré le lundi 7 décembre à 10 h 15. Les 5 jours, c'était l'accord 2023-2026."),
    ("07/12/2026", "16:40", "Hollis Crannock", "SONDAGE :\nDate de la réunion des délégués ?\nOPTION : mardi 15 décembre (0 vote)\nOPTION : jeudi 17 décembre (3 votes)"),
    ("08/12/2026", "09:00", "Lisandre Florimond", "Réunion des délégués le jeudi 17 décembre à 18 h, au bureau de Beauclair.\nOrdre du jour : la captation Flickertone, les offres caduques, la semaine 53."),
]  # fmt: skip


def chat_text() -> str:
    out = []
    for day, hour, who, text in CHAT_LINES:
        if who is None:
            out.append(f"{day} {hour} - {text}")
        else:
            out.append(f"{day} {hour} - {who}: {text}")
    return "\n".join(out) + "\n"


# ---- the Guild's telephone greeting (SSML) -------------------------------------------------------


def phone_ssml() -> str:
    return """<?xml version="1.0" encoding="UTF-8"?>
<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.w3.org/2001/10/synthesis http://www.w3.org/TR/speech-synthesis11/synthesis.xsd"
       xml:lang="fr-FR">
  <!-- Message d'accueil du standard de la Guilde, version du lundi 7 décembre 2026.
       Lu par une voix de synthèse faite, avec son accord écrit, à partir d'une captation
       de la voix d'une bonimenteuse membre de la Guilde. -->
  <metadata>
    <dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">Accueil téléphonique GAMCE</dc:title>
  </metadata>
  <mark name="accueil"/>
  <p>
    <s>Bonjour, vous êtes bien à la <sub alias="Guilde des artistes du muet et du ciné-concert d'Estrevel">GAMCE</sub>.</s>
    <s>Ce message est lu par une voix de synthèse, faite avec l'accord de la bonimenteuse dont elle reproduit la voix.</s>
  </p>
  <break time="600ms"/>
  <p>
    <s>Pour une question sur vos cachets ou votre paie, tapez <say-as interpret-as="cardinal">1</say-as>.</s>
    <s>Pour la ligne captations et intelligence artificielle, tapez <say-as interpret-as="cardinal">2</say-as>.
       <prosody rate="slow">Cette ligne répond le lundi et le mercredi, de 9 h 30 à 12 h.</prosody></s>
    <s>Pour une urgence pendant une séance, tapez <say-as interpret-as="cardinal">3</say-as> : un délégué répond à toute heure.</s>
  </p>
  <break time="400ms"/>
  <p>
    <s>Nos bureaux sont fermés du <say-as interpret-as="date" format="dm">24/12</say-as> au <say-as interpret-as="date" format="dm">3/1</say-as>.</s>
    <s>Vous pouvez aussi écrire à la Guilde ; un <phoneme alphabet="ipa" ph="bɔnimɑ̃tœʁ">bonimenteur</phoneme> ou un musicien délégué vous rappellera.</s>
    <s>Pour connaître les séances des ciné-concerts de la saison, consultez le programme de chaque salle ; la Guilde ne vend pas de billets.</s>
    <s><emphasis level="moderate">Merci de votre appel.</emphasis></s>
  </p>
  <mark name="fin"/>
</speak>
"""


# ---- distractor: a walk past old cinemas (GPX) ---------------------------------------------------


def walk_gpx() -> str:
    points = [
        (
            "45.70312",
            "4.81254",
            "12.0",
            "Ancien Kursaal",
            "Salle de 1912, transformée en marché couvert en 1968. La façade garde ses lettres peintes.",
        ),
        (
            "45.70401",
            "4.81533",
            "14.5",
            "Le Palace des Quais",
            "Cinéma de quartier ouvert en 1921 ; un pianiste y jouait chaque soir devant l'écran.",
        ),
        (
            "45.70522",
            "4.81890",
            "17.0",
            "Cour de l'Éden",
            "Projections en plein air l'été, sur un drap tendu entre deux platanes.",
        ),
        (
            "45.70637",
            "4.82105",
            "19.5",
            "Ancienne cabine de projection",
            "Petite tour en briques : on y rangeait les bobines, loin de la salle, par peur du feu.",
        ),
        (
            "45.70688",
            "4.82240",
            "18.0",
            "Passage des Affichistes",
            "Ruelle où l'on collait les affiches des films de la semaine ; on devine encore un titre sous la peinture.",
        ),
        (
            "45.70710",
            "4.82366",
            "16.0",
            "Place du Cinématographe",
            "Fin de la promenade ; un banc face à l'ancienne affiche murale.",
        ),
    ]
    wpts = "\n".join(
        f'  <wpt lat="{lat}" lon="{lon}">\n    <ele>{ele}</ele>\n    <name>{esc(name)}</name>\n'
        f"    <desc>{esc(desc)}</desc>\n    <sym>Flag</sym>\n  </wpt>"
        for lat, lon, ele, name, desc in points
    )
    trkpts = "\n".join(
        f'      <trkpt lat="{lat}" lon="{lon}"><ele>{ele}</ele></trkpt>'
        for lat, lon, ele, _, _ in points
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="carnet-de-promenades" xmlns="http://www.topografix.com/GPX/1/1">
  <metadata>
    <name>Promenade des anciens cinémas de Port-Sorel</name>
    <desc>Une heure à pied, sans difficulté, du Kursaal à la place du Cinématographe. Les salles ont fermé ; les façades restent.</desc>
    <keywords>promenade, patrimoine, cinéma muet, salles anciennes</keywords>
  </metadata>
{wpts}
  <trk>
    <name>Promenade des anciens cinémas</name>
    <trkseg>
{trkpts}
    </trkseg>
  </trk>
</gpx>
"""


# ---- writing --------------------------------------------------------------------------------------


def build_all(write: bool = True) -> dict[str, bytes]:
    docs = {
        MEMO: memo_djot(),
        PAYROLL: payroll_ofx(),
        CALENDAR: calendar_jcal(),
        VENDOR: vendor_outbox(),
        TUNEBOOK: tunebook_abc(),
        GUIDE: guide_creole(),
        FAQ: faq_html(),
        CHAT: chat_text(),
        PHONE: phone_ssml(),
        WALK: walk_gpx(),
    }
    out = {name: text.encode("utf-8") for name, text in docs.items()}
    if write:
        for name, data in out.items():
            with open(os.path.join(DOCS, name), "wb") as f:
                f.write(data)
    return out


if __name__ == "__main__":
    for name, data in build_all().items():
        print("wrote", name, len(data), "bytes")
