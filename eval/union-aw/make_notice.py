#!/usr/bin/env python3
"""Write the nine text documents of union-aw (their whole text is in this script).

    python3 eval/union-aw/make_notice.py

English:
- adsu-letter-of-agreement-no-1-2026.txt: Letter of Agreement No. 1 (Tuesday 17 November 2026,
  in force 1 December 2026) as TEXINFO SOURCE (\\input texinfo, @setfilename, @settitle,
  @copying, @titlepage, @node / @chapter with a @menu, @w{} around amounts, @quotation,
  @cartouche, @multitable with @headitem / @tab, @table @asis, @c comments, the first of them
  holding the Union's draft figure, a trap; @bye). Amounts with the figure first and the word
  taka after it ("7,900.00 taka").
- lpcc-squad-payroll-export-2026-12.txt: the Council's shared payroll export as a GNU
  RECUTILS database: two record sets ("%rec: Line" and "%rec: Season") with their record
  descriptors (%doc, %key, %type, %mandatory, %sort), "Field: value" lines, records between
  blank lines, values continued on "+ " lines, "#" comments; the currency code ("BDT
  14,500.00"); the 2023-2026 rates on the early lines; the qualifying seasons of a member.
  Every line's Quantity x Rate is its Total.
- lpcc-season-calendar-2026-27.txt: the Council's season calendar as an OPML 2.0 OUTLINE
  (head with dateCreated / dateModified in RFC 822, nested <outline text="..."> elements,
  "created" attributes, an expansionState): the reference blocks of clause 4.2, the Pikes'
  twenty regular-season home games, the Lynx's and the Rovers' December games, the capture
  session, and the game log of past games (final whistle and siren times, the pre-game
  routine, an abandoned game). No amount.
- pitchlight-notice-to-squad-members-2026-11.html: Pitchlight Media's notice to the squad
  members whose likeness its club apps use (Tuesday 24 November 2026): the Squad Cards'
  release dates, a <CANVAS> sales chart whose fallback content gives the cards sold, a
  <VIDEO> with a <TRACK> of captions and a fallback paragraph, a <MENU> of actions; amounts
  with the sign first and no space ("৳85.00"). Its signing, AI-edit and synthetic-dancer
  offers are wrong (traps).
- kickline-dancewear-winter-offers.txt: a dancewear shop's winter offers (a distractor naming
  no party) as an RSS 2.0 FEED (channel, items with guid, pubDate in RFC 822, descriptions in
  CDATA holding HTML).
French:
- guide-partie-e-capture-ia-image.txt: the Union's French guide to Part E as DOCBOOK 5 XML
  (article, info, section with xml:id, itemizedlist, informaltable with tgroup / colspec /
  thead / tbody, note, quote, an XML comment holding the Council's proposal, a trap); amounts
  with the sign first and a no-break space after it ("৳ 46 000,00"), as it says. The Joint
  Committee's first meeting only here.
- faq-membres-bureau-val-sorbiere.html: the Union's French FAQ with an IMAGE MAP (<map> and
  <area> with alt texts over a plan of the arena), an INERT archive section (the 2023-2026
  figures, traps) and a <DATALIST> of search suggestions; office hours and the welfare
  officer's address only here.
- ligne-delegues-sdael-2026-12.txt: the Union's steward line as a SLACK CHANNEL EXPORT (a JSON
  array of message objects: type, subtype, user, ts, text in mrkdwn with <@U…> mentions and
  <!here>, user_profile, thread_ts, reply_count, parent_user_id, reactions, edited);
  "2,64 lakh" once (a member; the steward: "un lakh, c'est cent mille taka"); members' wrong
  claims (traps) and the steward's corrections.
- studio-envol-acro-danse-tarifs-hiver.txt: an acrobatics and dance studio's winter prices (a
  distractor naming no party) as a JAVA .PROPERTIES message file ("key=value", "#" and "!"
  comments, values continued with a backslash).
"""

from __future__ import annotations

import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
NNB = "\u202f"
NB = "\u00a0"


def _p(name: str) -> str:
    return os.path.join(DOCS, name)


MEMO = _p("adsu-letter-of-agreement-no-1-2026.txt")
PAYROLL = _p("lpcc-squad-payroll-export-2026-12.txt")
CALENDAR = _p("lpcc-season-calendar-2026-27.txt")
VENDOR = _p("pitchlight-notice-to-squad-members-2026-11.html")
DANCEWEAR = _p("kickline-dancewear-winter-offers.txt")
GUIDE = _p("guide-partie-e-capture-ia-image.txt")
FAQ = _p("faq-membres-bureau-val-sorbiere.html")
CHAT = _p("ligne-delegues-sdael-2026-12.txt")
STUDIO = _p("studio-envol-acro-danse-tarifs-hiver.txt")


def fr(amount: str) -> str:
    """'14 500,00' with plain spaces -> U+202F between the thousands and U+00A0 before ৳."""
    return amount.replace(" ", NNB) + NB + "৳"


def frsign(amount: str) -> str:
    """The guide's spelling: the sign first, U+00A0 after it, U+202F between the thousands."""
    return "৳" + NB + amount.replace(" ", NNB)


# ---- the letter of agreement (Texinfo, English) ----------------------------------------------

MEMO_TEXT = """\
\\input texinfo   @c -*-texinfo-*-
@c %**start of header
@setfilename letter-of-agreement-1.info
@settitle Letter of Agreement No. 1 to the Spirit Squads Agreement 2026--2029
@documentlanguage en
@c %**end of header

@c Union draft, 10 November 2026, dropped in the talks: 8,200.00 taka for a
@c promotional appearance, and AI edits down within 6 hours.

@copying
Letter of Agreement No. 1 to the Spirit Squads Agreement 2026--2029, reference LOA-1/2026,
between the Arena Dance and Spirit Squads Union of Lisserand (ADSU) and the Lisserand
Professional Clubs' Council (LPCC), for Quarrendon Rovers FC, the Val-Sorbière Lynx and the
Tollerby Pikes.
@end copying

@titlepage
@title Letter of Agreement No. 1
@subtitle to the Spirit Squads Agreement 2026--2029
@author Arena Dance and Spirit Squads Union of Lisserand (ADSU)
@author Lisserand Professional Clubs' Council (LPCC)
@page
@insertcopying
@end titlepage

@node Top
@top Letter of Agreement No. 1

This letter amends the Spirit Squads Agreement 2026--2029 (@dfn{the agreement}); the clause
numbers below refer to it. The Union and the Council signed it at Quarrendon on Tuesday
17 November 2026, and it applies from 1 December 2026. In this letter an amount is a figure
followed by the word taka, so @w{7,900.00 taka} means seven thousand nine hundred taka.

@menu
* Appearances::         Item 1, clause 7.1
* Synthetic dancers::   Item 2, clause 11.1
* AI edits::            Item 3, clause 12.3
* Homestands::          Item 4, clause 7.3
* Summary::             The figures changed
* Signatures::          For the parties
@end menu

@node Appearances
@chapter Item 1: Promotional appearances (clause 7.1)

From 1 December 2026 a promotional appearance of up to 2 hours is paid @w{7,900.00 taka}
instead of @w{7,400.00 taka}. Each further hour stays at @w{3,100.00 taka}. An appearance
made on or before 30 November 2026 keeps the old rate, and nothing is paid back for it.

@node Synthetic dancers
@chapter Item 2: Synthetic dancers on the big screen (clause 11.1)

From 1 December 2026 a synthetic dancer built from a member's movements is paid
@w{6,100.00 taka} for each game at which it is shown on the big screen, instead of
@w{5,200.00 taka}. Clause 11.2 is unchanged: a club shows a synthetic dancer only at a game
for which the whole squad is called.

@node AI edits
@chapter Item 3: Taking down AI edits (clause 12.3)

From 1 December 2026 clause 12.3 reads:

@quotation
12.3 The club takes down an AI edit within 12 hours after the member asks it to, from
every screen, app and account of the club.
@end quotation

@cartouche
Before 1 December 2026 the club had 24 hours. What counts is the day the member asks:
every request from 1 December 2026 onwards gets the 12-hour limit, even for an edit made
earlier.
@end cartouche

@node Homestands
@chapter Item 4: Homestands (clause 7.3)

The parties agree on how clause 7.3 is read: an exhibition game, or a cup game played at
a neutral venue, does not end a homestand; only a game played in the other club's arena
does. A homestand that runs over the end of a month is paid with the fees of the month of
its first game.

@node Summary
@chapter Summary

@multitable @columnfractions .44 .12 .22 .22
@headitem Item @tab Clause @tab Until 30 November 2026 @tab From 1 December 2026
@item Promotional appearance, up to 2 hours @tab 7.1 @tab @w{7,400.00 taka} @tab @w{7,900.00 taka}
@item Synthetic dancer, per game shown @tab 11.1 @tab @w{5,200.00 taka} @tab @w{6,100.00 taka}
@item AI edit taken down within @tab 12.3 @tab 24 hours @tab 12 hours
@end multitable

Nothing else in the agreement changes.

@node Signatures
@unnumbered Signatures

@table @asis
@item For the Union
Marisol Okafor-Brennan, president; Desmond Fairclough-Nakamura, rates officer
@item For the Council
Gideon Ashworth-Lemaire, chair, for Quarrendon Rovers FC, the Val-Sorbière Lynx and the
Tollerby Pikes
@end table

@bye
"""


# ---- the payroll export (GNU recutils, English) --------------------------------------------------

# (line, member, member_no, club, work_date, description, qty, unit, rate in poisha, pay_date,
#  note); a note's "\n" continues it on a "+ " line
PAYROLL_LINES: list[tuple[str, str, str, str, str, str, int, str, int, str, str]] = [
    ("PY-0101", "Tamsin Okonjo-Varga", "ADSU 30418", "Tollerby Pikes", "2026-03-14",
     "Home games, game fee", 2, "game", 1_320_000, "2026-04-15",
     "2023-2026 rates (clause 1.4 and Schedule B)."),
    ("PY-0102", "Priya Castellane-Hughes", "ADSU 31022", "Quarrendon Rovers FC", "2026-04-19",
     "Rehearsal hours beyond 12 in the week of 13 to 19 April 2026", 3, "hour", 292_500,
     "2026-05-15", "2023-2026 rule: overtime counted week by week."),
    ("PY-0103", "Leah Dubois-Mensah", "ADSU 29871", "Val-Sorbière Lynx", "2026-05-08",
     "Parking and travel, per home game (home games of 3, 6 and 8 May 2026)", 3, "game",
     120_000, "2026-06-15", "2023-2026 rule: paid for each home game."),
    ("PY-0104", "Jade Holloway-Nkemelu", "ADSU 32107", "Quarrendon Rovers FC", "2026-06-30",
     "Squad Card SC-0412 royalties, cards sold in June 2026", 140, "card", 11_000,
     "2026-07-15", "2023-2026 rule: one royalty for every card sold."),
    ("PY-0201", "Tamsin Okonjo-Varga", "ADSU 30418", "Tollerby Pikes", "2026-10-31",
     "Home games, October 2026, game fee", 3, "game", 1_450_000, "2026-11-12",
     "Standard game fee: 2 qualifying seasons completed of the 3 needed for the veteran\n"
     "fee (clause 3.3; see the Season records)."),
    ("PY-0202", "Priya Castellane-Hughes", "ADSU 31022", "Quarrendon Rovers FC", "2026-11-15",
     "Rehearsals, block 2 (19 October to 15 November 2026)", 50, "hour", 215_000,
     "2026-12-11", ""),
    ("PY-0203", "Priya Castellane-Hughes", "ADSU 31022", "Quarrendon Rovers FC", "2026-11-15",
     "Rehearsal hours beyond 48 in block 2 (19 October to 15 November 2026)", 2, "hour",
     322_500, "2026-12-11",
     "Weeks of 15, 10, 14 and 11 hours: 50 hours in the block, 2 hours beyond 48\n"
     "(clause 4.2)."),
    ("PY-0204", "Jade Holloway-Nkemelu", "ADSU 32107", "Quarrendon Rovers FC", "2026-11-13",
     "Squad Card SC-0412 royalties, cards sold 1 to 13 November 2026", 64, "card", 16_000,
     "2026-12-11", "Within the 12 months from the card's release (clause 13.3)."),
    ("PY-0205", "Jade Holloway-Nkemelu", "ADSU 32107", "Quarrendon Rovers FC", "2026-11-30",
     "Squad Card SC-0412 royalties, cards sold 14 to 30 November 2026", 51, "card", 8_500,
     "2026-12-11", "After the 12 months from the card's release (clause 13.3)."),
    ("PY-0206", "Tamsin Okonjo-Varga", "ADSU 30418", "Tollerby Pikes", "2026-11-29",
     "Turnaround premium after the home game of Saturday 28 November 2026", 2, "hour",
     240_000, "2026-12-11",
     "Game log: final siren 22:58, call ended 23:28; next call Sunday 29 November 2026 at\n"
     "09:00. Rest 9 h 32 min, short of 11 hours by 1 h 28 min: 2 started hours (clause 3.5)."),
    ("PY-0207", "Bastien Roux-Adeyemi", "ADSU 30977", "Quarrendon Rovers FC", "2026-11-21",
     "Stunt supplement, base, home game of 21 November 2026", 1, "game", 230_000,
     "2026-12-11", ""),
    ("PY-0208", "Callum Ferreira-Boyd", "ADSU 33450", "Quarrendon Rovers FC", "2026-11-21",
     "Drumline, home game of 21 November 2026", 1, "game", 1_180_000, "2026-12-11", ""),
    ("PY-0209", "Callum Ferreira-Boyd", "ADSU 33450", "Quarrendon Rovers FC", "2026-11-21",
     "Instrument-carriage allowance, home game of 21 November 2026", 1, "game", 65_000,
     "2026-12-11", ""),
    ("PY-0210", "Leah Dubois-Mensah", "ADSU 29871", "Val-Sorbière Lynx", "2026-11-20",
     "Parking and travel, homestand of 20, 22 and 27 November 2026", 1, "homestand",
     185_000, "2026-12-11", "One allowance for the homestand (clause 7.3)."),
    ("PY-0211", "Leah Dubois-Mensah", "ADSU 29871", "Val-Sorbière Lynx", "2026-11-24",
     "Promotional appearance, sponsor's store opening, 2 hours", 1, "appearance", 740_000,
     "2026-12-11", ""),
    ("PY-0212", "Noémie Kerrigan-Sato", "ADSU 34012", "Tollerby Pikes", "2026-12-01",
     "Season stipend 2026-27, pro rata by home games: 13 of 20 (clause 6.1)", 1, "stipend",
     17_160_000, "2027-01-12",
     "Joined the squad on Tuesday 1 December 2026; 13 of the Pikes' 20 regular-season home\n"
     "games are played from that day (the season calendar)."),
    ("PY-0213", "Leah Dubois-Mensah", "ADSU 29871", "Val-Sorbière Lynx", "2026-12-01",
     "Promotional appearance, school visit, 2 hours", 1, "appearance", 790_000, "2027-01-12",
     "Letter of Agreement No. 1 rate from 1 December 2026."),
]  # fmt: skip
PAYROLL_FIELDS = [
    "Line", "Member", "Member_No", "Club", "Worked_On", "Item", "Quantity", "Per", "Rate",
    "Total", "Paid_On", "Note",
]  # fmt: skip
# (id, member_no, member, club, season, home games, qualifying, note)
SEASONS: list[tuple[str, str, str, str, str, int, str, str]] = [
    ("SN-30418-1", "ADSU 30418", "Tamsin Okonjo-Varga", "Tollerby Pikes", "2023-24", 19, "yes", ""),
    ("SN-30418-2", "ADSU 30418", "Tamsin Okonjo-Varga", "Tollerby Pikes", "2024-25", 7, "no",
     "Injured (knee) from 2 November 2024 to the end of the season."),
    ("SN-30418-3", "ADSU 30418", "Tamsin Okonjo-Varga", "Tollerby Pikes", "2025-26", 16, "yes", ""),
    ("SN-31022-1", "ADSU 31022", "Priya Castellane-Hughes", "Quarrendon Rovers FC", "2024-25", 15,
     "yes", ""),
    ("SN-31022-2", "ADSU 31022", "Priya Castellane-Hughes", "Quarrendon Rovers FC", "2025-26", 14,
     "yes", ""),
]  # fmt: skip


def bdt(poisha: int) -> str:
    """An amount in poisha as the export writes it: 'BDT 14,500.00'."""
    whole, cents = divmod(poisha, 100)
    return f"BDT {whole:,}.{cents:02d}"


def payroll_records() -> list[dict[str, str]]:
    out = []
    for line, who, no, club, date, desc, qty, unit, rate, pay, note in PAYROLL_LINES:
        rec = {
            "Line": line, "Member": who, "Member_No": no, "Club": club, "Worked_On": date,
            "Item": desc, "Quantity": str(qty), "Per": unit, "Rate": bdt(rate),
            "Total": bdt(qty * rate), "Paid_On": pay,
        }  # fmt: skip
        if note:
            rec["Note"] = note
        out.append(rec)
    return out


def _rec_field(name: str, value: str) -> str:
    first, *rest = value.split("\n")
    return "\n".join([f"{name}: {first}"] + [f"+ {r}" for r in rest])


def payroll_text() -> str:
    head = """\
# LPCC squad payroll export, shared with the ADSU under clause 8.1 of the Spirit Squads
# Agreement 2026-2029. Export of Wednesday 2 December 2026, 08:40.
# GNU recutils database: read it with recsel, recinf or recfmt.
# Every amount starts with the currency code; BDT 14,500.00 means fourteen thousand
# five hundred taka. Work done before 1 August 2026 follows the Sideline Performers
# Agreement 2023-2026 and was paid on the 15th of the next month; later work is paid on
# the 12th of the next month (clause 8.1), or on the last working day before it when the
# 12th falls on a Saturday or a Sunday.

%rec: Line
%doc: One payroll line of a squad member.
+ Quantity x Rate = Total; Paid_On follows clause 8.1.
%key: Line
%mandatory: Member Member_No Club Worked_On Item Quantity Per Rate Total Paid_On
%type: Quantity int
%type: Worked_On,Paid_On date
%sort: Line"""
    blocks = [head]
    for rec in payroll_records():
        blocks.append("\n".join(_rec_field(k, rec[k]) for k in PAYROLL_FIELDS if k in rec))
    blocks.append(
        """\
%rec: Season
%doc: The home games a member performed in each regular season.
+ A season qualifies with at least 12 home games (clause 3.3); the veteran game fee
+ starts after three qualifying seasons.
%key: Id
%type: Home_Games int
%type: Qualifying enum yes no"""
    )
    for sid, no, who, club, season, games, qual, note in SEASONS:
        lines = [f"Id: {sid}", f"Member_No: {no}", f"Member: {who}", f"Club: {club}",
                 f"Season: {season}", f"Home_Games: {games}", f"Qualifying: {qual}"]  # fmt: skip
        if note:
            lines.append(f"Note: {note}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


# ---- the season calendar (OPML, English) ----------------------------------------------------------

BLOCKS = [
    ("Block 1", "Monday 21 September to Sunday 18 October 2026"),
    ("Block 2", "Monday 19 October to Sunday 15 November 2026"),
    ("Block 3", "Monday 16 November to Sunday 13 December 2026"),
    ("Block 4", "Monday 14 December 2026 to Sunday 10 January 2027"),
    ("Block 5", "Monday 11 January to Sunday 7 February 2027"),
    ("Block 6", "Monday 8 February to Sunday 7 March 2027"),
    ("Block 7", "Monday 8 March to Sunday 4 April 2027"),
]
# the Pikes' regular-season home games: (date, opponent, note)
PIKES_HOME = [
    ("Saturday 3 October 2026", "Eastmarch Ravens", ""),
    ("Friday 9 October 2026", "Hollins Bay Mariners", ""),
    ("Saturday 17 October 2026", "Corrie Falls Bears", ""),
    ("Saturday 31 October 2026", "Ashgill Wolves", ""),
    ("Friday 13 November 2026", "Saltmarsh Stags", ""),
    ("Saturday 21 November 2026", "Hollins Bay Mariners", ""),
    ("Saturday 28 November 2026", "Eastmarch Ravens", ""),
    ("Friday 4 December 2026", "Hollins Bay Mariners", ""),
    ("Saturday 12 December 2026", "Ashgill Wolves", ""),
    ("Saturday 19 December 2026", "Corrie Falls Bears", ""),
    (
        "Tuesday 29 December 2026",
        "Saltmarsh Stags",
        "postponed from Wednesday 16 December 2026 for rink maintenance",
    ),
    ("Saturday 9 January 2027", "Eastmarch Ravens", ""),
    ("Friday 15 January 2027", "Ashgill Wolves", ""),
    ("Saturday 23 January 2027", "Hollins Bay Mariners", ""),
    ("Saturday 6 February 2027", "Saltmarsh Stags", ""),
    ("Friday 19 February 2027", "Corrie Falls Bears", ""),
    ("Saturday 27 February 2027", "Eastmarch Ravens", ""),
    ("Saturday 6 March 2027", "Ashgill Wolves", ""),
    ("Saturday 20 March 2027", "Saltmarsh Stags", ""),
    ("Saturday 27 March 2027", "Corrie Falls Bears", "last game of the regular season"),
]
LYNX_GAMES = [
    ("Friday 20 November 2026", "home", "Brackwater Herons"),
    ("Sunday 22 November 2026", "home", "Port-Élise Comètes"),
    ("Friday 27 November 2026", "home", "Duncairn Foxes"),
    ("Tuesday 1 December 2026", "away", "Brackwater Herons"),
    ("Saturday 5 December 2026", "away", "Fenwick Otters"),
    ("Friday 11 December 2026", "home", "Duncairn Foxes"),
    ("Sunday 13 December 2026", "home", "Fenwick Otters"),
    ("Wednesday 16 December 2026", "home", "Port-Élise Comètes"),
    ("Saturday 19 December 2026", "away", "Duncairn Foxes"),
    ("Tuesday 22 December 2026", "home", "Brackwater Herons"),
    ("Sunday 27 December 2026", "home", "Fenwick Otters"),
    ("Wednesday 30 December 2026", "away", "Port-Élise Comètes"),
]
ROVERS_GAMES = [
    ("Saturday 21 November 2026", "home", "Saltcombe Athletic", "kick-off 19:00"),
    ("Saturday 28 November 2026", "away", "Dunmore Rangers", "kick-off 15:00"),
    ("Saturday 5 December 2026", "home", "Wexmoor Town", "kick-off 19:00 (abandoned, see the game log)"),
    ("Saturday 12 December 2026", "away", "Calder Vale United", "kick-off 15:00"),
    ("Saturday 19 December 2026", "home", "Quarrendon Albion",
     "the city derby, kick-off 19:30; whole squad and the drumline called"),
    ("Saturday 9 January 2027", "home", "Saltcombe Athletic", "kick-off 17:30"),
]  # fmt: skip
GAME_LOG = [
    "Saturday 21 November 2026, Rovers v. Saltcombe Athletic, Lantern Park: call 17:00; "
    "pre-game routine 18:40 to 18:48; kick-off 19:00; final whistle 20:52; call ended 21:22.",
    "Saturday 28 November 2026, Pikes v. Eastmarch Ravens, Tollerby Ice Centre: call 17:00; "
    "puck drop 19:00; scheduled end on the call sheet 21:45; overtime and a shootout; final "
    "siren 22:58; call ended 23:28.",
    "Friday 4 December 2026, Pikes v. Hollins Bay Mariners, Tollerby Ice Centre: call 17:30; "
    "puck drop 19:30; final siren 21:41; call ended 22:11.",
    "Saturday 5 December 2026, Rovers v. Wexmoor Town, Lantern Park: call 17:00; pre-game "
    "routine 18:40 to 18:48; kick-off 19:00; abandoned at 19:31 (storm, waterlogged pitch); "
    "call ended 20:01. The league has not yet set a new date.",
]


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def calendar_text() -> str:
    def o(text: str, indent: int, children: list[str] | None = None, created: str = "") -> str:
        pad = "  " * indent
        extra = f' created="{created}"' if created else ""
        if not children:
            return f'{pad}<outline text="{_attr(text)}"{extra}/>'
        return "\n".join(
            [f'{pad}<outline text="{_attr(text)}"{extra}>', *children, f"{pad}</outline>"]
        )

    blocks = [
        o(
            "Each block is four consecutive weeks, each week from Monday to Sunday; the "
            "rehearsal hours of a block are added up for the overtime of clause 4.2.",
            4,
        )
    ] + [o(f"{name}: {dates}", 4) for name, dates in BLOCKS]
    pikes = [
        o(
            "Twenty regular-season home games at the Tollerby Ice Centre, puck drop 19:00 on "
            "Saturdays and Tuesdays, 19:30 on Fridays. A postponed game is listed at the date on "
            "which it is played.",
            4,
        )
    ] + [
        o(f"{date}: Pikes v. {opp}" + (f" ({note})" if note else ""), 4)
        for date, opp, note in PIKES_HOME
    ]
    pikes.append(o("Away: Tuesday 8 December 2026 at the Ashgill Wolves.", 4))
    lynx = [
        o(
            "Home games at the Palais des sports de Val-Sorbière, tip-off 20:00; away games "
            "listed for the homestands of clause 7.3.",
            4,
        )
    ] + [
        o(f"{date}: " + (f"Lynx v. {opp} (home)" if where == "home" else f"at {opp} (away)"), 4)
        for date, where, opp in LYNX_GAMES
    ]
    rovers = [
        o(
            f"{date}: "
            + (f"Rovers v. {opp} (home)" if where == "home" else f"at {opp} (away)")
            + f", {note}",
            4,
        )
        for date, where, opp, note in ROVERS_GAMES
    ]
    capture = [
        o(
            "Northfold Studios capture session for Matchday Legends 27: Tuesday 15 December "
            "2026, 08:30 to 16:30, at Northfold's capture stage, 4 Foundry Yard, Quarrendon "
            "QR5 2LN; four members of the Rovers' squad, each with a signed Form SQ-7.",
            4,
            created="Mon, 30 Nov 2026 10:00:00 GMT",
        ),
        o(
            "Squad photographs for the Squad Cards' spring edition: Saturday 16 January 2027, "
            "Lantern Park, before the squad's rehearsal.",
            4,
        ),
    ]
    log = [o(entry, 4) for entry in GAME_LOG]
    body = [
        o("Reference blocks for rehearsal hours (clause 4.2)", 3, blocks),
        o(
            "Tollerby Pikes (ice hockey): regular season 2026-27",
            3,
            pikes,
            created="Mon, 2 Nov 2026 09:00:00 GMT",
        ),
        o("Val-Sorbière Lynx (basketball): games from 20 November to 30 December 2026", 3, lynx),
        o("Quarrendon Rovers FC (football): games from 21 November 2026", 3, rovers),
        o("Capture sessions and media days", 3, capture),
        o(
            "Game log: past games, times as recorded by each club",
            3,
            log,
            created="Sun, 6 Dec 2026 18:00:00 GMT",
        ),
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<!-- LPCC fixtures desk: the season calendar, exported from the desk's outliner as "
        "OPML 2.0 -->\n"
        '<opml version="2.0">\n'
        "  <head>\n"
        "    <title>LPCC season calendar 2026-27, issued on Monday 2 November 2026</title>\n"
        "    <dateCreated>Mon, 2 Nov 2026 09:00:00 GMT</dateCreated>\n"
        "    <dateModified>Sun, 6 Dec 2026 18:00:00 GMT</dateModified>\n"
        "    <ownerName>LPCC fixtures desk</ownerName>\n"
        "    <ownerEmail>fixtures@lpcc.example</ownerEmail>\n"
        "    <expansionState>1,9,34</expansionState>\n"
        "  </head>\n"
        "  <body>\n"
        + "\n".join(
            [
                o(
                    "Lisserand Professional Clubs' Council (LPCC): season calendar 2026-27 for "
                    "the squads of the Spirit Squads Agreement 2026-2029",
                    2,
                    body,
                )
            ]
        )
        + "\n  </body>\n</opml>\n"
    )


# ---- Pitchlight's notice (HTML, English) ----------------------------------------------------------

CARDS_SOLD = "SC-0412, 115 cards; SC-0519, 62 cards; SC-0788, 240 cards"

VENDOR_TEXT = f"""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pitchlight Media – notice to squad members</title>
<style>
  body {{ font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; }}
  menu {{ display: flex; gap: .6rem; list-style: none; padding: 0; }}
  canvas, video {{ border: 1px solid #ccc; }}
  .money {{ white-space: nowrap; }}
</style>
</head>
<body>
<header>
<p>Pitchlight Media · club apps, Squad Cards, CrowdCam and Holosquad</p>
<menu>
<li><button type="button">Download your statement</button></li>
<li><button type="button">Ask the talent desk</button></li>
<li><button type="button">Change your consents</button></li>
</menu>
</header>
<main>
<h1>Notice to the squad members whose likeness appears in our club apps</h1>
<p>Pitchlight Media, 9 Signal Wharf, Quarrendon QR1 8DX – Tuesday 24 November 2026</p>
<p>Pitchlight runs the club apps of Quarrendon Rovers FC, the Val-Sorbière Lynx and the
Tollerby Pikes, sells the Squad Cards, makes the CrowdCam edits shown during games and builds
the Holosquad synthetic dancers. Below is what changes for you in December under
Part E of the Spirit Squads Agreement 2026–2029. We print amounts the way our app shows them:
the taka sign, then the figure, with no space, like <span class="money">৳85.00</span> on a
card statement.</p>

<h2>1. Your Squad Cards</h2>
<p>Each Squad Card has its own release date, which starts its royalty period under clause
13.3 of the agreement: <span class="money">৳160.00</span> for a card sold in the 12 months
from the card's release, <span class="money">৳85.00</span> afterwards.</p>
<ul>
<li>SC-0412, Jade Holloway-Nkemelu, first edition: released on Friday 14 November 2025.</li>
<li>SC-0519, Priya Castellane-Hughes, first edition: released on Friday 6 March 2026.</li>
<li>SC-0788, the Rovers' whole squad, Winter Edition: released on Friday 20 November 2026.</li>
</ul>
<p>Cards sold in November 2026:</p>
<canvas id="sales" width="480" height="180">{CARDS_SOLD}.</canvas>
<p>For the members who get their first card in the Winter Edition we offer a signing fee of
<span class="money">৳90,000.00</span>.</p>

<h2>2. CrowdCam edits</h2>
<p>From Saturday 12 December 2026 CrowdCam edits will appear on the big screen of the
Tollerby Ice Centre during the Pikes' home games. We pay <span class="money">৳2,500.00</span>
for each edit used, and we take an edit down within 24 hours of a squad member's request.
Unaltered crowd-cam shots are not edits and are not paid.</p>

<h2>3. Holosquad synthetic dancers</h2>
<p>Synthetic dancers built from the movements of two members of the Rovers' squad will be
shown on the Lantern Park screen at the home games of Saturday 19 December 2026 and Saturday
9 January 2027. Each of the two members receives <span class="money">৳5,200.00</span> for each
game at which the synthetic dancer is shown.</p>

<h2>4. How consent works</h2>
<video controls width="480" src="/media/consent-explained.mp4" poster="/media/consent-poster.jpg">
<track kind="captions" src="/media/consent-explained.en.vtt" srclang="en" label="English">
<p>Your browser does not play this video. In short: every use of your likeness needs its own
Form SQ-7, and you can withdraw a consent on Form SQ-8 at any time.</p>
</video>

<h2>5. Contact</h2>
<p>Write to Anouk Verhoeven-Salazar, who leads talent partnerships, or call her
on ext. 3150.</p>
</main>
<footer><p>Pitchlight Media Ltd – talent notices are also sent by e-mail.
App version 5.12.0.</p></footer>
</body>
</html>
"""


# ---- the dancewear shop (RSS 2.0, English; a distractor) --------------------------------------------

DANCEWEAR_ITEMS = [
    ("kickline-2026-118", "Jazz sneakers with a split sole: ৳3,450.00 a pair",
     "Split-sole jazz sneakers with a pivot point under the ball of the foot, for turns on a "
     "sprung floor or on a court. Winter price <b>৳3,450.00</b> a pair, in black, white and tan."),
    ("kickline-2026-119", "Practice tights, pack of three: ৳1,290.00",
     "Matte practice tights that survive a season of kicks and jumps. Three pairs for "
     "<b>৳1,290.00</b>; sizes from XS to XL."),
    ("kickline-2026-120", "Metallic pom-poms, one pair: ৳2,180.00",
     "Show pom-poms with a plastic handle, in twelve colours. <b>৳2,180.00</b> a pair; name "
     "printing on the handle is free for orders of ten pairs or more."),
    ("kickline-2026-121", "Team warm-up jackets with a printed name: ৳6,980.00",
     "A light jacket for the tunnel and the bench, with a name printed across the back. "
     "<b>৳6,980.00</b> each; allow three weeks for printing."),
    ("kickline-2026-122", "Padded harness for a marching snare: ৳4,370.00",
     "A padded harness that spreads the weight of a marching snare across both shoulders. "
     "<b>৳4,370.00</b>; fits most snares on the market."),
    ("kickline-2026-123", "Stage make-up kit: ৳2,790.00",
     "Sweat-proof foundation, glitter gel and a setting spray that lasts through a long game "
     "under arena lights. <b>৳2,790.00</b> the kit."),
]  # fmt: skip


def dancewear_text() -> str:
    items = []
    for i, (guid, title, desc) in enumerate(DANCEWEAR_ITEMS):
        day = 30 - i % 3
        items.append(
            "    <item>\n"
            f"      <title>{title}</title>\n"
            f"      <link>https://kickline-dancewear.example/offers/{guid}</link>\n"
            f'      <guid isPermaLink="false">{guid}</guid>\n'
            f"      <pubDate>{_rfc822(datetime.datetime(2026, 11, day, 9, 0))}</pubDate>\n"
            f"      <description><![CDATA[<p>{desc}</p>]]></description>\n"
            "    </item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n'
        "  <channel>\n"
        "    <title>Kickline Dancewear – winter offers</title>\n"
        "    <link>https://kickline-dancewear.example/</link>\n"
        '    <atom:link href="https://kickline-dancewear.example/offers.rss" rel="self" '
        'type="application/rss+xml"/>\n'
        "    <description>Shoes, tights, practice wear, pom-poms and harnesses for dance teams, "
        "cheer squads and marching drummers. Prices in taka, with the sign first.</description>\n"
        "    <language>en</language>\n"
        f"    <lastBuildDate>{_rfc822(datetime.datetime(2026, 11, 30, 9, 0))}</lastBuildDate>\n"
        "    <ttl>1440</ttl>\n" + "\n".join(items) + "\n"
        "    <item>\n"
        "      <title>Delivery and returns this winter</title>\n"
        "      <link>https://kickline-dancewear.example/help/delivery</link>\n"
        '      <guid isPermaLink="false">kickline-2026-124</guid>\n'
        f"      <pubDate>{_rfc822(datetime.datetime(2026, 11, 27, 9, 0))}</pubDate>\n"
        "      <description><![CDATA[<p>Orders placed before noon leave the warehouse the same "
        "day. Shoes can be returned unworn within thirty days; printed jackets cannot be "
        "returned. A gift card can be spent for twelve months. Squads that order together get one "
        "invoice and one delivery.</p><p>Our fitting room is open on weekdays; bring the "
        "socks or tights you dance in.</p>]]></description>\n"
        "    </item>\n"
        "  </channel>\n"
        "</rss>\n"
    )


def _rfc822(when: datetime.datetime) -> str:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return (
        f"{days[when.weekday()]}, {when.day:02d} {months[when.month - 1]} {when.year} "
        f"{when:%H:%M:%S} +0000"
    )


# ---- the guide to Part E (DocBook, French) ---------------------------------------------------------

GUIDE_ROWS = [
    ("Journée de capture (jusqu'à 8 heures en combinaison)", frsign("46 000,00"), "10.1"),
    ("Chaque édition supplémentaire du jeu", frsign("23 000,00"), "10.1"),
    ("Danseuse synthétique, par match où elle est montrée", frsign("5 200,00") + " ; "
     + frsign("6 100,00") + " depuis le 1er décembre 2026", "11.1"),
    ("Retouche IA utilisée par le club", frsign("3 750,00"), "12.2"),
    ("Image dans l'appli du club, par saison", frsign("24 000,00"), "13.1"),
    ("Première Squad Card, prime de signature", frsign("120 000,00"), "13.2"),
    ("Squad Card vendue dans les 12 mois de sa sortie", frsign("160,00"), "13.3"),
    ("Squad Card vendue après ces 12 mois", frsign("85,00"), "13.3"),
]  # fmt: skip


def guide_text() -> str:
    rows = "\n".join(
        f"          <row><entry>{usage}</entry><entry>{montant}</entry><entry>{art}</entry></row>"
        for usage, montant, art in GUIDE_ROWS
    )
    return f"""\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Guide de la partie E – SDAEL. Source DocBook 5 ; à transformer avec les feuilles de style
     DocBook XSL (xsltproc html/docbook.xsl guide-partie-e.xml). -->
<article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="fr" xml:id="guide-partie-e">
  <info>
    <title>Guide de la partie E : capture, IA et image</title>
    <subtitle>Syndicat des danseurs d'arène et des équipes d'encouragement du Lisserand – mercredi 25 novembre 2026</subtitle>
    <author><orgname>SDAEL, service de l'IA et de l'image</orgname></author>
    <pubdate>2026-11-25</pubdate>
    <abstract>
      <para>Voici, en français, ce que disent la partie E de l'accord des équipes
      d'encouragement 2026-2029 et la lettre d'entente n° 1 du 17 novembre 2026 ; en cas de
      doute, c'est la version anglaise qui compte.</para>
    </abstract>
  </info>

  <para>Dans ce guide, chaque montant commence par le signe ৳, suivi d'une espace
  insécable ; une espace fine sépare les milliers et une virgule précède les poisha :
  {frsign("120 000,00")} veut dire cent vingt mille taka.</para>

  <section xml:id="usages">
    <title>Ce que couvre la partie E</title>
    <para>La partie E s'applique dans quatre cas :</para>
    <itemizedlist>
      <listitem><para>la capture de vos mouvements pour un jeu vidéo de sport ;</para></listitem>
      <listitem><para>une danseuse ou un danseur synthétique créé à partir de vos mouvements et montré sur l'écran géant ;</para></listitem>
      <listitem><para>une retouche IA : un clip ou une image de vous modifié, échangé ou animé par un logiciel ;</para></listitem>
      <listitem><para>votre image dans l'appli du club ou sur une Squad Card.</para></listitem>
    </itemizedlist>
    <para>Une séquence de la crowd cam sans aucune modification n'est pas une retouche IA :
    elle n'est ni payée comme une retouche, ni soumise au formulaire SQ-7.</para>
  </section>

  <section xml:id="consentement">
    <title>Le consentement</title>
    <para>Pour chacun de ces cas, il faut votre accord écrit, sur un formulaire SQ-7 propre à
    ce cas. Ce formulaire ne fait pas partie de votre engagement, et le club ne peut pas en
    faire une condition pour vous garder dans l'équipe. Un accord « pour tout » ne vaut
    rien.</para>
    <note>
      <title>Changer d'avis</title>
      <para>Le formulaire SQ-8 retire votre accord, avec un préavis de 14 jours. Dans les
      30 jours qui suivent, le club efface les données, la danseuse synthétique ou la carte,
      et vous le confirme par écrit.</para>
    </note>
  </section>

  <section xml:id="montants">
    <title>Les montants</title>
    <informaltable frame="all">
      <tgroup cols="3">
        <colspec colname="usage" colwidth="3*"/>
        <colspec colname="montant" colwidth="2*" align="right"/>
        <colspec colname="article" colwidth="1*" align="center"/>
        <thead>
          <row><entry>Cas</entry><entry>Montant</entry><entry>Article</entry></row>
        </thead>
        <tbody>
{rows}
        </tbody>
      </tgroup>
    </informaltable>
    <!-- Proposition du Conseil du 2 juin 2026, non retenue : {frsign("4 000,00")} par match pour
         une danseuse synthétique, et le retrait des retouches IA sous 48 heures. -->
    <para>La redevance d'une Squad Card dépend de l'âge de chaque carte : les 12 mois se
    comptent à partir de la date de sortie de cette carte, pas de la date de votre première
    carte ni du début de la saison.</para>
  </section>

  <section xml:id="ecran">
    <title>La mention à l'écran</title>
    <para>Pendant qu'une danseuse synthétique est montrée, l'écran affiche :
    <quote>Danseuse synthétique – créée à partir des mouvements d'une membre de l'équipe, avec
    son consentement</quote>. Le club ne la montre qu'à un match pour lequel toute l'équipe
    est convoquée : elle ne remplace jamais l'équipe.</para>
  </section>

  <section xml:id="retouches">
    <title>Les retouches IA</title>
    <para>Une retouche IA ne change jamais la silhouette, la peau ni le costume d'une membre de
    l'équipe. Depuis le 1er décembre 2026, le club retire une retouche dans les 12 heures qui
    suivent votre demande (lettre d'entente n° 1) ; avant, il avait 24 heures.</para>
  </section>

  <section xml:id="mineurs">
    <title>Les mineurs</title>
    <para>Aucune retouche IA, aucune danseuse synthétique et aucune Squad Card ne sont faites
    d'une membre de l'équipe de moins de 18 ans.</para>
  </section>

  <section xml:id="controle">
    <title>Le contrôle</title>
    <para>Une fois par saison, le syndicat a le droit de vérifier ce que le club fait de votre
    image ; il prévient le club 10 jours ouvrables à l'avance.</para>
  </section>

  <section xml:id="comite">
    <title>Le comité mixte</title>
    <para>Le comité mixte sur l'IA et l'image se réunira pour la première fois le jeudi
    21 janvier 2027 (10 h, siège du syndicat, Quarrendon). Au programme : les Squad Cards et
    la CrowdCam.</para>
  </section>
</article>
"""


# ---- the FAQ (HTML, French) --------------------------------------------------------------------------

FAQ_CHANGES = [
    ("Cachet de match", fr("13 200,00"), fr("14 500,00")),
    ("Cachet vétéran", fr("15 000,00") + " après trois saisons sur la liste", fr("16 200,00") + " après trois saisons qualifiantes"),
    ("Répétition, l'heure", fr("1 950,00"), fr("2 150,00")),
    ("Heures supplémentaires de répétition", fr("2 925,00") + " au-delà de 12 heures par semaine", fr("3 225,00") + " au-delà de 48 heures par bloc de quatre semaines"),
    ("Voltigeuse ou voltigeur, par match", fr("3 050,00"), fr("3 400,00")),
    ("Percussionniste de la drumline, par match", fr("10 600,00"), fr("11 800,00")),
    ("Stipend de saison", fr("240 000,00") + " au prorata des mois", fr("264 000,00") + " au prorata des matchs à domicile"),
    ("Animation promotionnelle", fr("6 800,00"), fr("7 400,00") + " (puis " + fr("7 900,00") + " au 1er décembre 2026)"),
    ("Stationnement et déplacement", fr("1 200,00") + " par match à domicile", fr("1 850,00") + " par série de matchs à domicile"),
    ("Per diem", fr("4 200,00"), fr("4 650,00")),
    ("Journée de capture", fr("38 500,00"), fr("46 000,00")),
    ("Squad Card, par carte vendue", fr("110,00"), fr("160,00") + " puis " + fr("85,00") + " après 12 mois"),
    ("Prime de repos trop court", fr("2 100,00") + " depuis la fin prévue", fr("2 400,00") + " depuis la fin réelle"),
    ("Préavis de fin d'engagement", "21 jours", "trois matchs à domicile"),
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
<title>SDAEL Val-Sorbière – questions fréquentes</title>
<style>
  body {{ font-family: Georgia, serif; max-width: 48rem; margin: 2rem auto; }}
  [inert] {{ opacity: .6; }}
  table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #bbb; padding: .3rem; }}
</style>
</head>
<body>
<header>
<h1>Vos questions, nos réponses – bureau de Val-Sorbière</h1>
<p>Syndicat des danseurs d'arène et des équipes d'encouragement du Lisserand (SDAEL). Dernière mise à jour : vendredi 4 décembre 2026.</p>
<form action="/faq/recherche" method="get">
<label for="q">Rechercher un mot</label>
<input id="q" name="q" type="search" list="suggestions">
<datalist id="suggestions">
<option value="bloc de répétition">
<option value="préavis en matchs à domicile">
<option value="Squad Card">
<option value="repos entre deux appels">
</datalist>
<button type="submit">OK</button>
</form>
</header>
<main>
<h2>Le bureau</h2>
<h3>Quand puis-je passer au bureau ?</h3>
<p>On vous accueille du lundi au jeudi entre 9 h et 17 h ; le vendredi, on ouvre à 9 h et
la porte ferme à 12 h 30. Nous sommes au 6, rue des Tanneurs, Val-Sorbière VS4 1KD ;
l'accueil répond au poste 2716.</p>

<h3>À qui parler d'un supporter qui me harcèle ?</h3>
<p>Harcèlement par des supporters, remarques sur votre corps, photos prises sans votre accord :
écrivez à Maëlle Fontaine-Achebe, chargée du bien-être, à
<a href="mailto:bienetre@sdael.example">bienetre@sdael.example</a>. Elle répond sous
48 heures et peut venir avec vous voir le club.</p>

<h3>Pourquoi « {fr("14 500,00")} » ?</h3>
<p>C'est la façon française d'écrire le taka : le nombre d'abord, une espace fine pour
séparer les milliers, les poisha après la virgule, puis le signe ৳ ; {fr("14 500,00")}, ce
sont quatorze mille cinq cents taka. Notre taka est la monnaie du Lisserand : il n'a rien à
voir avec celui du Bangladesh, malgré le même code BDT.</p>

<h2>Les répétitions</h2>
<h3>Comment se comptent les heures supplémentaires de répétition ?</h3>
<p>Par blocs de quatre semaines, chaque semaine du lundi au dimanche (article 4.2) : les
heures de répétition au-delà de 48 heures dans un bloc sont payées {fr("3 225,00")} l'heure.
Les dates des blocs sont dans le calendrier de la saison du Conseil.</p>
<p><strong>Exemple.</strong> Vous répétez 15, 10, 14 puis 11 heures pendant les quatre
semaines du bloc 2, du lundi 19 octobre au dimanche 15 novembre 2026. Total du bloc :
50 heures. Les 2 heures qui dépassent 48 vous sont payées {fr("6 450,00")} de plus. Sous l'ancien accord, on comptait
semaine par semaine, au-delà de 12 heures.</p>

<h2>Les matchs</h2>
<h3>Le match est arrêté ou reporté : suis-je payée ?</h3>
<p>Si le match est arrêté ou reporté après l'heure de convocation, vous êtes payée en entier
quand l'équipe a déjà fait sa routine d'avant-match ; sinon, vous recevez la moitié du
cachet, soit {fr("7 250,00")} (article 3.4). Les heures sont celles du journal de match du
club.</p>

<h3>Le club peut-il me peser ?</h3>
<p>Non. Le club ne pèse jamais une membre de l'équipe et ne fixe ni poids, ni mensurations,
ni régime pour garder sa place (article 4.4).</p>

<h3>Quelles règles pour les stunts ?</h3>
<p>Au moins un pareur par voltigeuse ou voltigeur pour tout stunt au-dessus des épaules, et
jamais de basket toss sur un sol dur sans tapis de réception (article 5.2).</p>

<h3>J'ai 16 ans et je joue dans la drumline : quelles limites ?</h3>
<p>Il vous faut le consentement écrit d'un parent ou d'un tuteur, et vous ne jouez jamais
après 22 h (article 5.5).</p>

<h2>Le Palais des sports de Val-Sorbière</h2>
<p>Cliquez sur le plan pour voir les accès réservés aux équipes.</p>
<img src="/img/palais-des-sports.png" usemap="#palais" alt="Plan du Palais des sports de Val-Sorbière" width="600" height="360">
<map name="palais">
<area shape="rect" coords="20,40,180,140" href="/palais/vestiaires" alt="Vestiaires des équipes de danse">
<area shape="rect" coords="200,40,380,140" href="/palais/entree-artistes" alt="Entrée des artistes">
<area shape="circle" coords="480,220,60" href="/palais/infirmerie" alt="Infirmerie et kinésithérapeute">
<area shape="poly" coords="40,250,200,250,200,340,40,340" href="/palais/parking" alt="Parking des équipes">
</map>

<section inert aria-label="archive">
<h2>Archive : les montants d'avant le 1er août 2026</h2>
<p>Ces montants de l'accord des artistes de bord de terrain 2023-2026 restent affichés
pour vérifier les anciennes fiches de paie : ils ne s'appliquent qu'au travail fait jusqu'au
31 juillet 2026.</p>
<table>
<tr><th>Poste</th><th>Avant le 1er août 2026</th><th>Depuis le 1er août 2026</th></tr>
{changes}
</table>
</section>
</main>
<footer><p>Une question manque ? Écrivez-nous au bureau de Val-Sorbière.</p></footer>
</body>
</html>
"""


# ---- the steward line (Slack export, French) ---------------------------------------------------------

USERS = {
    "U07SDL0R1": ("Rafaël Tremblay-Osei", "rafael.delegue"),
    "U07SDL4NK": ("Noémie Kerrigan-Sato", "noemie.pikes"),
    "U07SDL7TO": ("Tamsin Okonjo-Varga", "tamsin.pikes"),
    "U07SDL2PC": ("Priya Castellane-Hughes", "priya.rovers"),
    "U07SDL9LD": ("Leah Dubois-Mensah", "leah.lynx"),
    "U07SDL5MA": ("Mia Lindgren-Oduya", "mia.pikes"),
    "U07SDL3JH": ("Jade Holloway-Nkemelu", "jade.rovers"),
}
STEWARD = "U07SDL0R1"

# (key, when, user, text, thread parent key or None, extra)
CHAT_LINES: list[tuple[str, str, str, str, str | None, dict]] = [
    ("c01", "2026-12-01T08:02:11", STEWARD, "<@U07SDL0R1> has joined the channel", None,
     {"subtype": "channel_join"}),
    ("c02", "2026-12-01T08:45:30", STEWARD,
     "<!here> Salut l'équipe ! Permanence des délégués sur ce canal du mardi 1er au vendredi "
     "4 décembre : écrivez ici, réponse avant le soir.", None, {}),
    ("c03", "2026-12-01T09:12:48", "U07SDL4NK",
     "Je viens d'entrer chez les Pikes aujourd'hui. On m'a dit que le stipend serait de 4 mois "
     f"sur 6, donc {fr('176 000,00')} ?", None, {}),
    ("c04", "2026-12-01T09:30:05", STEWARD,
     "<@U07SDL4NK> non : depuis l'accord 2026-2029, le stipend se calcule au prorata des matchs "
     "à domicile de la saison régulière (*article 6.1*). À partir du 1er décembre, 13 des 20 "
     f"matchs à domicile des Pikes restent à jouer : 13/20 de {fr('264 000,00')}, soit "
     f"{fr('171 600,00')}.", "c03", {"reactions": [("+1", 3)]}),
    ("c05", "2026-12-01T09:41:17", "U07SDL4NK",
     "Merci ! Et le stipend d'une saison complète, c'est bien 2,64 lakh ?", "c03", {}),
    ("c06", "2026-12-01T09:52:40", STEWARD,
     f"Oui, {fr('264 000,00')} pour une saison régulière complète. Un lakh, c'est cent mille "
     "taka : on compte souvent comme ça dans les vestiaires.", "c03", {}),
    ("c07", "2026-12-01T14:03:22", "U07SDL7TO",
     f"C'est ma 3e saison chez les Pikes, j'ai droit au cachet vétéran de {fr('16 200,00')} "
     "non ?", None, {}),
    ("c08", "2026-12-01T14:20:09", STEWARD,
     "<@U07SDL7TO> pas encore : il faut trois saisons qualifiantes, c'est-à-dire au moins 12 "
     "matchs à domicile dans la saison (*article 3.3*). Ta saison 2024-25 (7 matchs, blessure) "
     "ne compte pas : tu as deux saisons qualifiantes, donc cachet normal de "
     f"{fr('14 500,00')} cette saison.", "c07", {}),
    ("c09", "2026-12-01T16:48:55", "U07SDL2PC",
     "Sur le bloc 2 j'ai fait 15, 10, 14 et 11 heures de répét. Ça fait 5 heures sup (au-delà "
     f"de 12 par semaine), donc {fr('16 125,00')} ?", None, {}),
    ("c10", "2026-12-01T17:05:31", STEWARD,
     "<@U07SDL2PC> non, on compte sur le bloc de quatre semaines, au-delà de 48 heures "
     f"(*article 4.2*) : 50 heures, 2 heures sup, {fr('6 450,00')}. C'est ce que montre ta "
     "fiche de paie.", "c09", {"reactions": [("pray", 2)]}),
    ("c11", "2026-12-02T10:14:02", "U07SDL9LD",
     f"Lynx : trois matchs à domicile les 11, 13 et 16 décembre, donc 3 × {fr('1 850,00')} = "
     f"{fr('5 550,00')} de déplacement ?", None, {}),
    ("c12", "2026-12-02T10:31:44", STEWARD,
     "<@U07SDL9LD> non, une seule indemnité par série de matchs à domicile sans match à "
     f"l'extérieur entre eux : {fr('1 850,00')} (*article 7.3*). L'avis des Lynx du 27 "
     "novembre donne le même exemple.", "c11", {}),
    ("c13", "2026-12-02T16:05:12", "U07SDL5MA",
     "J'ai donné mon préavis aux Pikes ce matin. C'est 21 jours, donc fin le 23 décembre ?",
     None, {"edited": ("U07SDL5MA", "2026-12-02T16:06:40")}),
    ("c14", "2026-12-02T16:22:37", STEWARD,
     "<@U07SDL5MA> non : trois matchs à domicile joués après le jour du préavis (*article "
     "6.2*). Pour un préavis donné le mercredi 2 décembre : vendredi 4, samedi 12 et samedi 19 "
     "décembre (le match du mercredi 16 est reporté et ne compte pas). Ton engagement se "
     "termine après le match du samedi 19 décembre 2026.", "c13", {}),
    ("c15", "2026-12-03T11:18:09", "U07SDL3JH",
     "Ma première Squad Card est sortie en novembre 2025. Pitchlight me paie toujours 160 la "
     "carte ?", None, {}),
    ("c16", "2026-12-03T11:34:50", STEWARD,
     "<@U07SDL3JH> depuis le 14 novembre 2026, douze mois après la sortie de ta carte, c'est "
     f"{fr('85,00')} par carte vendue (*article 13.3*). Les cartes vendues avant restent à "
     f"{fr('160,00')}.", "c15", {}),
    ("c17", "2026-12-04T17:30:00", STEWARD,
     "Fin de la permanence. Bon match aux Pikes ce soir, et bon derby aux "
     "Rovers le samedi 19 !", None, {"reactions": [("tada", 5)]}),
]  # fmt: skip


def _ts(when: str, n: int) -> str:
    t = datetime.datetime.fromisoformat(when).replace(tzinfo=datetime.UTC)
    return f"{int(t.timestamp())}.{n:06d}"


def chat_objects() -> list[dict]:
    ts = {key: _ts(when, 100 * i + 200) for i, (key, when, *_rest) in enumerate(CHAT_LINES)}
    replies: dict[str, list[str]] = {}
    for key, _w, _u, _t, parent, _e in CHAT_LINES:
        if parent:
            replies.setdefault(parent, []).append(key)
    users = {key: user for key, _w, user, *_rest in CHAT_LINES}
    out = []
    for key, _when, user, text, parent, extra in CHAT_LINES:
        real, display = USERS[user]
        obj: dict = {"type": "message"}
        if "subtype" in extra:
            obj["subtype"] = extra["subtype"]
        obj.update({"ts": ts[key], "user": user, "text": text})
        obj["user_profile"] = {"real_name": real, "display_name": display}
        if key in replies:
            obj["thread_ts"] = ts[key]
            obj["reply_count"] = len(replies[key])
            obj["reply_users"] = sorted({users[k] for k in replies[key]})
            obj["latest_reply"] = ts[replies[key][-1]]
        if parent:
            obj["thread_ts"] = ts[parent]
            obj["parent_user_id"] = users[parent]
        if "edited" in extra:
            who, when = extra["edited"]
            obj["edited"] = {"user": who, "ts": _ts(when, 0)}
        if "reactions" in extra:
            obj["reactions"] = [
                {"name": name, "users": [STEWARD] if n == 1 else sorted(USERS)[:n], "count": n}
                for name, n in extra["reactions"]
            ]
        out.append(obj)
    return out


def chat_text() -> str:
    return json.dumps(chat_objects(), ensure_ascii=False, indent=4) + "\n"


# ---- the acrobatics studio (Java .properties, French; a distractor) --------------------------------

STUDIO_TEXT = f"""\
# Studio Envol – fichier de messages du site, page des tarifs d'hiver
# Encodage UTF-8 ; une clé par ligne, une barre oblique inverse en fin de ligne continue la valeur.
! Ne pas traduire les clés, seulement les valeurs.

page.titre=Studio Envol – acrobatie, danse jazz et cheer loisir : tarifs d'hiver
page.intro=Acrobatie au sol, danse jazz et cheer loisir, de 4 ans à l'âge adulte, \\
    dans une salle équipée de praticables et de tapis. \\
    On s'inscrit pour un trimestre entier ; chaque stage se réserve séparément.
page.devise=Tous nos prix en taka, signe après le nombre (espace fine entre les milliers).

cours.eveil.nom=Éveil acrobatique
cours.eveil.public=4 à 6 ans
cours.eveil.prix={fr("3 900,00")} le trimestre
cours.acro.nom=Acrobatie au sol
cours.acro.public=7 à 12 ans
cours.acro.prix={fr("4 450,00")} le trimestre
cours.jazz.nom=Danse jazz
cours.jazz.public=adolescents et adultes
cours.jazz.prix={fr("4 880,00")} le trimestre
cours.cheer.nom=Cheer loisir (portés au sol, sauts, chorégraphies)
cours.cheer.public=à partir de 12 ans
cours.cheer.prix={fr("5 320,00")} le trimestre
cours.souplesse.nom=Souplesse et renforcement
cours.souplesse.public=adultes
cours.souplesse.prix={fr("3 640,00")} le trimestre

stage.noel.nom=Stage de Noël : une chorégraphie en cinq matinées
stage.noel.prix={fr("6 270,00")}
stage.flip.nom=Stage « premières figures » : roue, rondade et flip arrière avec parade
stage.flip.prix={fr("5 980,00")}
stage.pompons.nom=Atelier pompons et enchaînements pour les 8 à 11 ans
stage.pompons.prix={fr("2 960,00")}

lecon.particuliere.nom=Leçon particulière d'une heure
lecon.particuliere.prix={fr("1 740,00")}
lecon.duo.nom=Leçon en duo, une heure
lecon.duo.prix={fr("2 530,00")}

infos.securite=Chaque figure acrobatique se travaille avec un moniteur en parade et sur \\
    tapis, jamais sur un sol dur.
infos.reduction=Frères et sœurs : 10 pour cent de moins dès la deuxième inscription.
infos.essai=Premier cours offert à la rentrée de septembre et à celle de janvier.
infos.tenue=Tenue souple, cheveux attachés, pas de bijoux ; chaussons ou pieds nus selon le cours.
infos.horaires=Accueil du mardi au samedi, 10 h – 20 h.
infos.inscription=Inscriptions à l'accueil ou sur le site, paiement au trimestre.
"""


OUTPUTS = [
    (MEMO, lambda: MEMO_TEXT.encode()),
    (PAYROLL, lambda: payroll_text().encode()),
    (CALENDAR, lambda: calendar_text().encode()),
    (VENDOR, lambda: VENDOR_TEXT.encode()),
    (DANCEWEAR, lambda: dancewear_text().encode()),
    (GUIDE, lambda: guide_text().encode()),
    (FAQ, lambda: faq_text().encode()),
    (CHAT, lambda: chat_text().encode()),
    (STUDIO, lambda: STUDIO_TEXT.encode()),
]


def build() -> None:
    os.makedirs(DOCS, exist_ok=True)
    for out, make in OUTPUTS:
        with open(out, "wb") as f:
            f.write(make())
        print("wrote", out)


if __name__ == "__main__":
    build()
