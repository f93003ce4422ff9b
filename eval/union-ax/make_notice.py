#!/usr/bin/env python3
"""Write the ten text and HTML documents of union-ax (their whole text is in this script).

    python3 eval/union-ax/make_notice.py

English:
- swg-memorandum-of-variation-no-1-2026.txt: Memorandum of Variation No. 1 (Tuesday
  24 November 2026, in force from Monday 30 November 2026) as PERL POD (=pod, =encoding,
  =head1 / =head2, =over / =item / =back, the formatting codes B<>, I<>, C<>, L<> and E<>,
  S<> around every amount, a verbatim table, a =begin text / =end text block, a =for comment
  paragraph holding the Guild's draft figures, a trap; =cut).
- lebc-engagements-payroll-export-2026-12.txt: the Council's payroll export as an EXCEL 2003
  XML SPREADSHEET (SpreadsheetML: <Workbook>, <DocumentProperties>, <Styles> with a number
  format, three <Worksheet>s, <Table>, <Column>, <Row>, <Cell> with ss:StyleID, ss:Formula
  in R1C1 notation and ss:Index to skip empty cells, <Data ss:Type="String|Number|DateTime">,
  a <WorksheetOptions> block); rates and totals are Number cells (kwacha), the notes and the
  commission sheet write the code first ("ZMW 6,200.00"). Every line's Qty x Rate is its
  Total, every due date clause 12.1's.
- lebc-winter-programme-2026-27.txt: the Council's winter programme as a FRAB / PENTABARF
  SCHEDULE XML (<schedule>, <version>, <conference>, <day index date start end>, <room name>,
  <event guid id> with date, start, duration, room, slug, title, subtitle, track, type,
  language, abstract, description, persons, links): the National Slam Final, the Lantern
  Tour day by day, the festival of 12 December, the cancelled set of 20 December. No amount.
- murmurline-notice-to-poets-2026-12.html: Murmurline Audio's notice to the poets whose voices
  it licenses (Tuesday 1 December 2026), built from AUTONOMOUS CUSTOM ELEMENTS (<mm-offer>,
  <mm-step>) each carrying a DECLARATIVE SHADOW ROOT (<template shadowrootmode="open">) whose
  NAMED <SLOT>s put the light-DOM children in another order than the source's (a browser shows
  an offer's title, then its price, then its text; the source has the price first); amounts
  with the sign glued to the figure ("K640.00"). Its offers, its licence end dates and its
  withdrawal date are partly wrong (traps).
- sandpiper-quire-winter-poetry-catalogue.txt: a bookshop's winter catalogue of poetry books
  and recordings (a distractor naming no party) as BIBTEX records (@preamble, @string,
  @book, @incollection, @misc, @manual, "%" comments, a price field).
French:
- guide-partie-f-voix-ia-image.txt: the Guild's French guide to Part F as LATEX SOURCE
  (\\documentclass, \\usepackage, \\title / \\author / \\date, \\maketitle, \\section with
  \\label, \\ref, itemize, enumerate, a tabular with booktabs rules, \\footnote, \\og / \\fg,
  a quote environment, "%" comments, the first holding the Council's proposal, a trap); amounts
  "12 000,00 kwacha" (U+202F, U+00A0 before the word). The spoken label in French and the
  Joint Committee's first meeting only here.
- faq-membres-bureau-sablonne.html: the Guild's French FAQ as a LEGACY HTML 3.2 PAGE (the 3.2
  doctype, UPPERCASE TAGS, UNQUOTED ATTRIBUTE VALUES, OMITTED END TAGS for P, LI, DT, DD, TR,
  TD and TH, <FONT> and <CENTER>, <NOBR> around amounts, BGCOLOR); office hours and the member
  support officer only here; the 2023-2026 figures in an archive table (traps).
- ligne-delegues-gpsb-2026-12.txt: the stewards' line as a TELEGRAM DESKTOP CHAT EXPORT (a
  JSON object: name, type, id, messages; each message with id, type, date, date_unixtime,
  from / from_id or actor / actor_id and action for service messages, text as a string or as
  a list mixing strings and entity objects, text_entities, reply_to_message_id,
  forwarded_from, edited / edited_unixtime, reactions); "18,6 plaques" once (a member; the
  steward: "une plaque, c'est mille kwacha"); members' wrong claims (traps) and the steward's
  answers.
- scenario-film-poeme-les-heures-salees.txt: Studio Pellucide's shooting script of a poetry
  film as FOUNTAIN (a title page of "Key: value" lines, scene headings, a forced scene
  heading, action, character cues with (V.O.), parentheticals, a transition, centred text,
  sections "#", synopses "=", notes [[...]], lyrics "~", a page break "===" and a boneyard
  /* ... */ holding the studio's withdrawn offer, a trap). The call time only here.
- cafe-librairie-scene-ouverte-tarifs-hiver.txt: a bookshop café's winter prices (a
  distractor naming no party) as a DOKUWIKI page (~~NOTOC~~, ====== headings ======, ^ header
  cells ^, | cells |, **bold**, //italic//, ''monospace'', lists, <note>, ((footnotes)),
  [[links]], forced line breaks \\\\).
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


MEMO = _p("swg-memorandum-of-variation-no-1-2026.txt")
PAYROLL = _p("lebc-engagements-payroll-export-2026-12.txt")
CALENDAR = _p("lebc-winter-programme-2026-27.txt")
VENDOR = _p("murmurline-notice-to-poets-2026-12.html")
BOOKSHOP = _p("sandpiper-quire-winter-poetry-catalogue.txt")
GUIDE = _p("guide-partie-f-voix-ia-image.txt")
FAQ = _p("faq-membres-bureau-sablonne.html")
CHAT = _p("ligne-delegues-gpsb-2026-12.txt")
SCRIPT = _p("scenario-film-poeme-les-heures-salees.txt")
CAFE = _p("cafe-librairie-scene-ouverte-tarifs-hiver.txt")


def fr(amount: str) -> str:
    """'4 800,00' with plain spaces -> U+202F between the thousands, U+00A0 before K."""
    return amount.replace(" ", NNB) + NB + "K"


def frword(amount: str) -> str:
    """'12 000,00' -> U+202F between the thousands, U+00A0 before the word kwacha."""
    return amount.replace(" ", NNB) + NB + "kwacha"


def zmw(ngwee: int) -> str:
    """An amount in ngwee as the payroll's text cells write it: 'ZMW 6,200.00'."""
    return f"ZMW {ngwee // 100:,}.{ngwee % 100:02d}"


# ---- the memorandum (English, POD) ---------------------------------------------------------------

MEMO_TEXT = """\
=pod

=encoding UTF-8

=head1 NAME

Memorandum of Variation No. 1 - Spoken Word Engagements Agreement 2026-2029

=head1 AT A GLANCE

Between the Spoken Word Guild of Bellorive (SWG) and the Literary Events and Broadcasters'
Council of Bellorive (LEBC). Signed at Wyndcliffe on B<Tuesday 24 November 2026>. It applies
from B<Monday 30 November 2026> to every engagement performed from that day and to every
month of a synthetic reading from December 2026; nothing is paid back for earlier work.

Reference: I<LEBC-SWG/MV-1/2026>. The memorandum changes three clauses of the agreement and
nothing else.

=for comment Guild draft of Friday 6 November 2026, not accepted by the Council and kept for
the record only: headline set S<K 5,400.00>; synthetic reading S<K 800.00> per poem a month.

=head1 HOW THE AMOUNTS ARE WRITTEN

As in clause 2.1 of the agreement, an amount is the sign K, a space, then the figure, with
commas between the thousands and two decimals for the ngwee. In this source each amount is
wrapped in a C<SE<lt>...E<gt>> code, which keeps it on one line whatever the formatter:
S<K 5,150.00> reads five thousand one hundred and fifty kwacha.

=head1 THE CHANGES

=head2 Item 1 - Headline sets (clause 3.1)

=over 4

=item *

A headline set of up to 25 minutes on stage is paid S<K 5,150.00>, no longer S<K 4,800.00>.

=item *

The feature set (clause 3.2) and the second-set supplement (clause 3.5) do not change.

=back

=head2 Item 2 - Synthetic readings (clause 15.1)

=over 4

=item *

A synthetic reading of a named poem is paid S<K 720.00> per poem for each month in which it is
available, in place of S<K 640.00>. The new rate applies to December 2026 and every later
month; November 2026 is paid at the old one.

=item *

The royalty of S<K 310.00> per 1,000 plays stays as it is.

=back

=head2 Item 3 - Deletion after a withdrawal (clause 13.4)

=over 4

=item *

Once a withdrawal of consent has taken effect, the voice model and the recordings made for it
are deleted within 21 days (the agreement said 30 days), and the member is told so in writing.

=item *

The date on which a withdrawal takes effect is still set by clause 13.3.

=back

=head1 THE THREE CHANGES IN ONE TABLE

    Clause  What                                   Before       From 30 November 2026
    3.1     Headline set, up to 25 minutes         K 4,800.00   K 5,150.00
    15.1    Synthetic reading, per poem a month    K 640.00     K 720.00
    13.4    Deletion after a withdrawal            30 days      21 days

=begin text

Schedule A of the agreement is read with items 1 and 2 of this memorandum. The Guild's
French rate sheet and its French guide to Part F already print the new figures.

=end text

=head1 SIGNATURES

=over 4

=item For the Guild

Wendeline Penhallow-Idowu, president; Barnaby Rudd-Appiah, rates officer of the Guild.

=item For the Council

Humphrey Caldwell-Ikem, chair, for the Wyndcliffe Word Festival, the Festival des voix de
Sablonne, Radio Bellorive, the Lantern House, the Bellorive Slam League and Wyndcliffe City
Arts.

=back

=head1 SEE ALSO

L<Spoken Word Engagements Agreement 2026-2029|https://swg.example/agreement-2026-2029>, in
particular clauses 3.1, 13.3, 13.4 and 15.1; the Guild's line for members, open on working
days.

=cut
"""


# ---- the payroll export (English, SpreadsheetML) ----------------------------------------------

PAYROLL_FIELDS = [
    "Line", "Member", "Guild_No", "Employer", "Date", "Description", "Qty", "Unit", "Rate",
    "Total", "Due_By", "Status", "Note",
]  # fmt: skip
# (line, member, guild no., employer, date, description, qty, unit, rate in ngwee, status, note)
PAYROLL_LINES: list[tuple[str, str, str, str, str, str, int, str, int, str, str]] = [
    ("PY-0601", "Philippa Okoye-Varga", "SWG 20417", "Wyndcliffe Word Festival", "2026-08-22",
     "Headline set, 2023-2026 rate (Schedule B)", 1, "set", 435_000, "paid 2026-09-03",
     "Performed before 1 September 2026, so paid at the figures of the Readings and "
     "Performances Agreement 2023-2026."),
    ("PY-0602", "Amara Tennant-Obiora", "SWG 21930", "Lantern House", "2026-08-28",
     "Feature set, 2023-2026 rate (Schedule B)", 1, "set", 240_000, "paid 2026-09-08", ""),
    ("PY-0603", "Sidonie Ferraro-Amadi", "SWG 20988", "Radio Bellorive", "2026-09-17",
     "Poem on air, 4 minutes (clause 10.1)", 1, "poem", 178_000, "paid 2026-09-29", ""),
    ("PY-0604", "Sidonie Ferraro-Amadi", "SWG 20988", "Radio Bellorive", "2026-10-08",
     "Repeat of the recording of 17 September (clause 10.1)", 1, "repeat", 89_000,
     "paid 2026-10-20", ""),
    ("PY-0605", "Amara Tennant-Obiora", "SWG 21930", "Bellorive Slam League", "2026-10-10",
     "Slam heat, appearance fee (clause 4.1)", 1, "heat", 125_000, "paid 2026-10-20", ""),
    ("PY-0606", "Marguerite Aramburu-Fyfe", "SWG 19054", "Lantern House", "2026-10-16",
     "Feature set (clause 3.2)", 1, "set", 265_000, "paid 2026-10-27", ""),
    ("PY-0607", "Marguerite Aramburu-Fyfe", "SWG 19054", "Lantern House", "2026-10-16",
     "Champion's supplement (clause 4.3)", 1, "set", 140_000, "paid 2026-10-27",
     "2025 national title: the reign runs from the final of Saturday 15 November 2025 to the "
     "final of Saturday 14 November 2026."),
    ("PY-0608", "Sidonie Ferraro-Amadi", "SWG 20988", "Wyndcliffe Word Festival", "2026-11-18",
     "Schools programme, workshop of 90 minutes (clause 9.1)", 1, "session", 295_000,
     "paid 2026-12-01", "Brackenford Grammar School, a teacher in the room throughout."),
    ("PY-0609", "Sidonie Ferraro-Amadi", "SWG 20988", "Wyndcliffe Word Festival", "2026-11-18",
     "Schools programme, a further 30 minutes (clause 9.1)", 1, "half hour", 72_000,
     "paid 2026-12-01", ""),
    ("PY-0610", "Kwabena Ashdown-Pryce", "SWG 18266", "Wyndcliffe City Arts", "2026-11-02",
     "Commissioned poem, part 1 of 3: commission signed (clause 8.2)", 1, "part", 620_000,
     "paid 2026-11-13", "Commission C-2026-07, the Harbour Bridge poem: see the sheet "
     "Commissions."),
    ("PY-0611", "Ezekiel Lusk-Onwuachi", "SWG 23311", "Bellorive Slam League", "2026-11-14",
     "National Slam Final, finalist (clause 4.2)", 1, "final", 330_000, "paid 2026-11-24",
     "Won the 2026 national title on the night of the final."),
    ("PY-0612", "Philippa Okoye-Varga", "SWG 20417", "Lantern House", "2026-11-22",
     "Lantern Tour, tour days 19 to 22 November (clause 6.1)", 4, "day", 345_000,
     "paid 2026-12-01", "See the sheet Tour."),
    ("PY-0613", "Kwabena Ashdown-Pryce", "SWG 18266", "Wyndcliffe City Arts", "2026-11-27",
     "Commissioned poem, part 2 of 3: text delivered (clause 8.2)", 1, "part", 620_000,
     "scheduled", "Commission C-2026-07."),
    ("PY-0614", "Marguerite Aramburu-Fyfe", "SWG 19054", "Lantern House", "2026-11-28",
     "Feature set (clause 3.2)", 1, "set", 265_000, "scheduled",
     "No champion's supplement: her reign ended at the final of Saturday 14 November 2026."),
    ("PY-0615", "Philippa Okoye-Varga", "SWG 20417", "Lantern House", "2026-11-30",
     "Lantern Tour, tour days 24 to 30 November (clause 6.1)", 7, "day", 345_000, "scheduled",
     ""),
    ("PY-0616", "Philippa Okoye-Varga", "SWG 20417", "Lantern House", "2026-11-30",
     "Consecutive-day supplement, 29 and 30 November (clause 6.2)", 2, "day", 182_500,
     "scheduled",
     "Monday 23 November was a free day, so the count began again on Tuesday 24 November: "
     "29 November was the sixth consecutive tour day and 30 November the seventh. Supplement "
     "for the tour: ZMW 3,650.00."),
    ("PY-0617", "Philippa Okoye-Varga", "SWG 20417", "Lantern House", "2026-11-30",
     "Per diem, the nights of 19 to 29 November (clause 7.2)", 11, "night", 165_000,
     "scheduled", ""),
    ("PY-0618", "Amara Tennant-Obiora", "SWG 21930", "Wyndcliffe Word Festival", "2026-11-30",
     "Headline set (Memorandum of Variation No. 1, item 1)", 1, "set", 515_000, "scheduled",
     ""),
    ("PY-0619", "Yseult Bréval-Mensing", "SWG 22705", "Festival des voix de Sablonne",
     "2026-12-20", "Feature set of Sunday 20 December 2026, cancelled (clause 5.1)", 1, "set",
     265_000, "scheduled",
     "Cancelled by the festival on Friday 27 November 2026, after the programme naming her "
     "was published on Friday 20 November 2026: the full fee, ZMW 2,650.00."),
]  # fmt: skip
# the Lantern Tour day by day: (date, place, activity, consecutive count or None)
TOUR_DAYS: list[tuple[str, str, str, int | None]] = [
    ("2026-11-19", "Wyndcliffe to Brackenford", "travel", 1),
    ("2026-11-20", "Brackenford, the Lantern House", "headline set", 2),
    ("2026-11-21", "Tarrow Bay Library", "headline set", 3),
    ("2026-11-22", "Kilnsey Moor Village Hall", "headline set", 4),
    ("2026-11-23", "Kilnsey Moor", "free day", None),
    ("2026-11-24", "Kilnsey Moor to Ostrel", "travel", 1),
    ("2026-11-25", "Ostrel Arts Centre", "headline set", 2),
    ("2026-11-26", "Harlow Fen Corn Hall", "headline set", 3),
    ("2026-11-27", "Port Emmet Maritime Museum", "headline set", 4),
    ("2026-11-28", "Port Emmet, the Sailors' Reading Room", "headline set", 5),
    ("2026-11-29", "Saltcote Lighthouse Hall", "headline set", 6),
    ("2026-11-30", "Saltcote to Wyndcliffe", "travel", 7),
]
# commissions: one under the 2023-2026 agreement, one under the 2026-2029 agreement
COMMISSION_HEAD = [
    "Commission", "Poet", "Commissioner", "Occasion", "Fee", "Signed", "Text_Delivered",
    "First_Performance", "Paid_Or_Due", "Owed_Before_First_Performance",
]  # fmt: skip
COMMISSIONS: list[list[str]] = [
    ["C-2026-03", "Sidonie Ferraro-Amadi", "Festival des voix de Sablonne",
     "Opening night of the summer season",
     f"{zmw(1_680_000)} (2023-2026 figure)", "2026-05-04", "2026-07-20", "2026-08-15",
     f"half at signature, {zmw(840_000)}, paid 2026-05-15; half after the first performance, "
     f"{zmw(840_000)}, paid 2026-08-27", f"{zmw(840_000)} (the 2023-2026 rule: one half)"],
    ["C-2026-07", "Kwabena Ashdown-Pryce", "Wyndcliffe City Arts",
     "Reopening of the Harbour Bridge", zmw(1_860_000), "2026-11-02", "2026-11-27",
     "2026-12-12",
     f"part 1, {zmw(620_000)}, paid 2026-11-13; part 2, {zmw(620_000)}, due by 2026-12-11; "
     f"part 3, {zmw(620_000)}, due by 2026-12-26",
     f"{zmw(1_240_000)} (parts 1 and 2 of three equal parts)"],
]  # fmt: skip
PAYROLL_WHEN = "2026-12-02T09:40:00Z"


def _due(date: str) -> str:
    return (datetime.date.fromisoformat(date) + datetime.timedelta(days=14)).isoformat()


def _xml(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def _cell(value: str | int, kind: str = "String", style: str | None = None,
          formula: str | None = None, index: int | None = None,
          merge: int | None = None) -> str:  # fmt: skip
    attrs = ""
    if merge is not None:
        attrs += f' ss:MergeAcross="{merge}"'
    if index is not None:
        attrs += f' ss:Index="{index}"'
    if style:
        attrs += f' ss:StyleID="{style}"'
    if formula:
        attrs += f' ss:Formula="{formula}"'
    if kind == "DateTime":
        value = f"{value}T00:00:00.000"
    return f'    <Cell{attrs}><Data ss:Type="{kind}">{_xml(str(value))}</Data></Cell>'


def payroll_text() -> str:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?mso-application progid="Excel.Sheet"?>',
        "<!-- LEBC shared payroll export for the members of the Spoken Word Guild of Bellorive,",
        "     written on Wednesday 2 December 2026. The Rate and Total columns are Number cells in",
        "     kwacha, the money of Bellorive; the text cells write an amount with the code first,",
        "     so ZMW 6,200.00 means six thousand two hundred kwacha. Each Total is Qty x Rate. -->",
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"',
        ' xmlns:o="urn:schemas-microsoft-com:office:office"',
        ' xmlns:x="urn:schemas-microsoft-com:office:excel"',
        ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
        ' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">',
        "  <Title>LEBC engagements payroll, December 2026</Title>",
        "  <Author>LEBC payroll office</Author>",
        f"  <Created>{PAYROLL_WHEN}</Created>",
        "  <Company>Literary Events and Broadcasters' Council of Bellorive</Company>",
        "  <Version>16.00</Version>",
        " </DocumentProperties>",
        " <Styles>",
        '  <Style ss:ID="Default" ss:Name="Normal"><Font ss:FontName="Calibri" ss:Size="11"/></Style>',
        '  <Style ss:ID="head"><Font ss:FontName="Calibri" ss:Size="11" ss:Bold="1"/>'
        '<Interior ss:Color="#D9E1F2" ss:Pattern="Solid"/></Style>',
        '  <Style ss:ID="money"><NumberFormat ss:Format="&quot;ZMW &quot;#,##0.00"/></Style>',
        '  <Style ss:ID="day"><NumberFormat ss:Format="yyyy\\-mm\\-dd"/></Style>',
        '  <Style ss:ID="wrap"><Alignment ss:Vertical="Top" ss:WrapText="1"/></Style>',
        " </Styles>",
    ]
    # sheet 1: the lines
    n = len(PAYROLL_LINES) + 1
    out += [
        ' <Worksheet ss:Name="Lines">',
        f'  <Table ss:ExpandedColumnCount="{len(PAYROLL_FIELDS)}" ss:ExpandedRowCount="{n}"'
        ' x:FullColumns="1" x:FullRows="1">',
    ]
    widths = [52, 150, 66, 170, 70, 300, 34, 52, 70, 80, 70, 100, 420]
    out += [f'   <Column ss:Width="{w}"/>' for w in widths]
    out.append("   <Row>")
    out += [_cell(h, style="head") for h in PAYROLL_FIELDS]
    out.append("   </Row>")
    for line, who, no, employer, date, desc, qty, unit, rate, status, note in PAYROLL_LINES:
        if rate % 100:
            raise SystemExit(f"{line}: a rate with ngwee")
        out.append("   <Row>")
        out += [
            _cell(line), _cell(who), _cell(no), _cell(employer),
            _cell(date, "DateTime", "day"), _cell(desc), _cell(qty, "Number"), _cell(unit),
            _cell(rate // 100, "Number", "money"),
            _cell(qty * rate // 100, "Number", "money", "=RC[-3]*RC[-1]"),
            _cell(_due(date), "DateTime", "day"), _cell(status),
        ]  # fmt: skip
        if note:
            out.append(_cell(note, style="wrap"))
        out.append("   </Row>")
    out += [
        "  </Table>",
        '  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">',
        "   <FreezePanes/><FrozenNoSplit/><SplitHorizontal>1</SplitHorizontal>",
        "   <TopRowBottomPane>1</TopRowBottomPane><ActivePane>2</ActivePane>",
        "  </WorksheetOptions>",
        " </Worksheet>",
    ]
    # sheet 2: the tour, day by day
    out += [
        ' <Worksheet ss:Name="Tour">',
        f'  <Table ss:ExpandedColumnCount="6" ss:ExpandedRowCount="{len(TOUR_DAYS) + 2}"'
        ' x:FullColumns="1" x:FullRows="1">',
        "   <Row>",
        _cell("Lantern Tour of Philippa Okoye-Varga (SWG 20417), booked by the Lantern House:"
              " clause 6.2 counts consecutive tour days; a free day starts the count again.",
              style="head", merge=5),
        "   </Row>",
        "   <Row>",
        *[_cell(h, style="head") for h in ("Date", "Weekday", "Place", "Activity",
                                           "Consecutive_Day", "Supplement")],
        "   </Row>",
    ]  # fmt: skip
    for date, place, activity, count in TOUR_DAYS:
        weekday = datetime.date.fromisoformat(date).strftime("%A")
        out += ["   <Row>", _cell(date, "DateTime", "day"), _cell(weekday), _cell(place),
                _cell(activity)]  # fmt: skip
        if count is None:
            out.append(_cell("no (a free day, not paid)", index=6))
        else:
            out.append(_cell(count, "Number"))
            out.append(_cell("yes" if count >= 6 else "no"))
        out.append("   </Row>")
    out += ["  </Table>", " </Worksheet>"]
    # sheet 3: the commissions
    out += [
        ' <Worksheet ss:Name="Commissions">',
        f'  <Table ss:ExpandedColumnCount="{len(COMMISSION_HEAD)}"'
        f' ss:ExpandedRowCount="{len(COMMISSIONS) + 1}" x:FullColumns="1" x:FullRows="1">',
        "   <Row>",
        *[_cell(h, style="head") for h in COMMISSION_HEAD],
        "   </Row>",
    ]
    for row in COMMISSIONS:
        out.append("   <Row>")
        for j, value in enumerate(row):
            if COMMISSION_HEAD[j] in ("Signed", "Text_Delivered", "First_Performance"):
                out.append(_cell(value, "DateTime", "day"))
            else:
                out.append(_cell(value, style="wrap" if j >= 8 else None))
        out.append("   </Row>")
    out += ["  </Table>", " </Worksheet>", "</Workbook>", ""]
    return "\n".join(out)


# ---- the winter programme (English, frab schedule XML) -----------------------------------------

PROGRAMME_VERSION = (
    "v3 - first published on Friday 20 November 2026; this revision of Wednesday 2 December "
    "2026 marks the cancelled set of 20 December"
)
# (date, room, id, start, duration, title, track, type, language, persons, abstract, description)
EVENTS: list[tuple[str, str, int, str, str, str, str, str, str, list[str], str, str]] = [
    ("2026-11-14", "Old Corn Exchange, Main Hall", 1101, "20:00", "03:00",
     "National Slam Final 2026", "Slam", "slam", "en",
     ["Ezekiel Lusk-Onwuachi", "Amara Tennant-Obiora", "Marguerite Aramburu-Fyfe",
      "Dunstan Okereke-Hale"],
     "Eight poets, three rounds, a jury of five and one vote of the hall.",
     "Ezekiel Lusk-Onwuachi won the 2026 national title on the night; he is champion until "
     "the next National Slam Final, planned for Saturday 13 November 2027. Marguerite "
     "Aramburu-Fyfe, champion since the final of Saturday 15 November 2025, handed the title "
     "over that night."),
    ("2026-11-19", "Lantern Tour, on the road", 1201, "10:00", "04:00",
     "Lantern Tour: travel from Wyndcliffe to Brackenford", "Lantern Tour", "travel", "en",
     ["Philippa Okoye-Varga"], "First day of the tour booked by the Lantern House.",
     "Train and car; the tour runs from Thursday 19 to Monday 30 November 2026."),
    ("2026-11-20", "Lantern House, Brackenford", 1202, "19:30", "00:25",
     "Lantern Tour: Philippa Okoye-Varga, headline set", "Lantern Tour", "headline set", "en",
     ["Philippa Okoye-Varga"], "New poems from the salt-marsh sequence.", ""),
    ("2026-11-21", "Tarrow Bay Library", 1203, "15:00", "00:25",
     "Lantern Tour: Philippa Okoye-Varga, headline set", "Lantern Tour", "headline set", "en",
     ["Philippa Okoye-Varga"], "An afternoon reading among the stacks.", ""),
    ("2026-11-22", "Kilnsey Moor Village Hall", 1204, "18:00", "00:25",
     "Lantern Tour: Philippa Okoye-Varga, headline set", "Lantern Tour", "headline set", "en",
     ["Philippa Okoye-Varga"], "A Sunday evening set with tea.", ""),
    ("2026-11-23", "Kilnsey Moor", 1205, "10:00", "00:00",
     "Lantern Tour: free day", "Lantern Tour", "free day", "en",
     ["Philippa Okoye-Varga"], "No set and no travel on Monday 23 November 2026.", ""),
    ("2026-11-24", "Lantern Tour, on the road", 1206, "11:00", "03:30",
     "Lantern Tour: travel from Kilnsey Moor to Ostrel", "Lantern Tour", "travel", "en",
     ["Philippa Okoye-Varga"], "Bus and train across the moor.", ""),
    ("2026-11-25", "Ostrel Arts Centre", 1207, "20:00", "00:25",
     "Lantern Tour: Philippa Okoye-Varga, headline set", "Lantern Tour", "headline set", "en",
     ["Philippa Okoye-Varga"], "With an open mic before the set.", ""),
    ("2026-11-26", "Harlow Fen Corn Hall", 1208, "19:30", "00:25",
     "Lantern Tour: Philippa Okoye-Varga, headline set", "Lantern Tour", "headline set", "en",
     ["Philippa Okoye-Varga"], "A fenland evening.", ""),
    ("2026-11-27", "Port Emmet Maritime Museum", 1209, "19:00", "00:25",
     "Lantern Tour: Philippa Okoye-Varga, headline set", "Lantern Tour", "headline set", "en",
     ["Philippa Okoye-Varga"], "Among the figureheads of the old harbour.", ""),
    ("2026-11-28", "Port Emmet, the Sailors' Reading Room", 1210, "16:00", "00:25",
     "Lantern Tour: Philippa Okoye-Varga, headline set", "Lantern Tour", "headline set", "en",
     ["Philippa Okoye-Varga"], "A matinee for the reading room's members.", ""),
    ("2026-11-29", "Saltcote Lighthouse Hall", 1211, "17:00", "00:25",
     "Lantern Tour: Philippa Okoye-Varga, headline set", "Lantern Tour", "headline set", "en",
     ["Philippa Okoye-Varga"], "The last set of the tour, at dusk.", ""),
    ("2026-11-30", "Lantern Tour, on the road", 1212, "09:30", "05:00",
     "Lantern Tour: travel from Saltcote to Wyndcliffe", "Lantern Tour", "travel", "en",
     ["Philippa Okoye-Varga"], "Journey home.", ""),
    ("2026-11-30", "Old Corn Exchange, Small Hall", 1301, "20:00", "00:25",
     "Monday Night Verse: Amara Tennant-Obiora, headline set", "Wyndcliffe Word Festival",
     "headline set", "en", ["Amara Tennant-Obiora"], "The festival's monthly evening.", ""),
    ("2026-12-10", "Radio Bellorive, Studio 2, 40 Signal Hill", 1401, "21:00", "00:30",
     "Poems at Nine (live on air)", "Radio Bellorive", "broadcast", "en",
     ["Sidonie Ferraro-Amadi"], "Three poems read live on Thursday 10 December 2026.",
     "The recording is kept for repeats; listeners can send a line of their own."),
    ("2026-12-12", "Harbour Bridge, north pier", 1501, "11:00", "00:10",
     "Reopening of the Harbour Bridge: first performance of the commissioned poem",
     "Wyndcliffe City Arts", "commission", "en", ["Kwabena Ashdown-Pryce"],
     "A poem written for the reopening, read before the ribbon is cut.",
     "Commissioned by Wyndcliffe City Arts on Monday 2 November 2026."),
    ("2026-12-12", "Old Corn Exchange, Small Hall", 1502, "15:40", "00:12",
     "Family afternoon: Amara Tennant-Obiora, feature set", "Wyndcliffe Word Festival",
     "feature set", "en", ["Amara Tennant-Obiora"], "Poems for listeners of every age.", ""),
    ("2026-12-12", "Old Corn Exchange, Main Hall", 1503, "19:00", "00:25",
     "Winter Headliners: Amara Tennant-Obiora, headline set", "Wyndcliffe Word Festival",
     "headline set", "en", ["Amara Tennant-Obiora"], "The festival's winter evening.", ""),
    ("2026-12-12", "Old Corn Exchange, Main Hall", 1504, "19:35", "00:12",
     "Winter Headliners: Marguerite Aramburu-Fyfe, feature set", "Wyndcliffe Word Festival",
     "feature set", "en", ["Marguerite Aramburu-Fyfe"], "Second set of the evening.", ""),
    ("2026-12-20", "Théâtre de la Criée, Sablonne", 1601, "18:30", "00:12",
     "Voix d'hiver : Yseult Bréval-Mensing, set feature (CANCELLED)",
     "Festival des voix de Sablonne", "feature set", "fr", ["Yseult Bréval-Mensing"],
     "Cancelled set.",
     "Cancelled by the festival on Friday 27 November 2026 (stage works in the theatre). The "
     "set was announced in the programme first published on Friday 20 November 2026."),
    ("2026-12-20", "Théâtre de la Criée, Sablonne", 1602, "19:00", "02:00",
     "Voix d'hiver : scène ouverte", "Festival des voix de Sablonne", "open mic", "fr",
     ["Fabrice Lemoine-Acheampong"], "Open mic, hosted; sign up at the door.", ""),
    ("2027-01-23", "Old Corn Exchange, Main Hall", 1701, "19:30", "03:00",
     "Bellorive Slam League: first heat of 2027", "Slam", "slam", "en", [],
     "Twelve poets, two rounds.", "Entries close on Saturday 9 January 2027."),
]  # fmt: skip


def _slug(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:60]


def calendar_text() -> str:
    days = sorted({e[0] for e in EVENTS})
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<schedule>",
        f"  <version>{_xml(PROGRAMME_VERSION)}</version>",
        "  <conference>",
        "    <acronym>lebc-winter-2026</acronym>",
        "    <title>LEBC Winter Programme 2026-27</title>",
        f"    <start>{days[0]}</start>",
        f"    <end>{days[-1]}</end>",
        f"    <days>{len(days)}</days>",
        "    <timeslot_duration>00:05</timeslot_duration>",
        "    <base_url>https://programme.lebc.example/winter-2026/</base_url>",
        "  </conference>",
    ]
    for index, day in enumerate(days, 1):
        nxt = (datetime.date.fromisoformat(day) + datetime.timedelta(days=1)).isoformat()
        out.append(
            f'  <day index="{index}" date="{day}" start="{day}T09:00:00" end="{nxt}T01:00:00">'
        )
        rooms: list[str] = []
        for e in EVENTS:
            if e[0] == day and e[1] not in rooms:
                rooms.append(e[1])
        for room in rooms:
            out.append(f'    <room name="{_xml(room)}">')
            for (date, r, eid, start, dur, title, track, kind, lang, persons, abstract,
                 desc) in EVENTS:  # fmt: skip
                if date != day or r != room:
                    continue
                slug = f"lebc-winter-2026-{eid}-{_slug(title)}"
                guid = f"6f1c2a4e-77b0-4c1e-9d2a-{eid:012d}"
                out += [
                    f'      <event guid="{guid}" id="{eid}">',
                    f"        <date>{date}T{start}:00</date>",
                    f"        <start>{start}</start>",
                    f"        <duration>{dur}</duration>",
                    f"        <room>{_xml(room)}</room>",
                    f"        <slug>{slug}</slug>",
                    f"        <url>https://programme.lebc.example/winter-2026/events/{eid}.html</url>",
                    f"        <title>{_xml(title)}</title>",
                    "        <subtitle/>",
                    f"        <track>{_xml(track)}</track>",
                    f"        <type>{kind}</type>",
                    f"        <language>{lang}</language>",
                    f"        <abstract>{_xml(abstract)}</abstract>",
                    f"        <description>{_xml(desc)}</description>"
                    if desc
                    else "        <description/>",
                    "        <persons>" if persons else "        <persons/>",
                ]
                if persons:
                    out += [
                        f'          <person id="{300 + sum(map(ord, p)) % 600}">{_xml(p)}</person>'
                        for p in persons
                    ]
                    out.append("        </persons>")
                out += ["        <links/>", "      </event>"]
            out.append("    </room>")
        out.append("  </day>")
    out += ["</schedule>", ""]
    return "\n".join(out)


# ---- Murmurline's notice (English, HTML: custom elements, declarative shadow roots, slots) ------

# (price, title, text): each offer's light-DOM children, the price first in the source
OFFERS: list[tuple[str, str, str]] = [
    ("K11,000.00", "Voice Studio capture session",
     "Four hours at our studio, 3 Ropewalk Yard, to build your voice model. Sessions on "
     "Wednesday 9 and Thursday 10 December 2026, from 10:00 to 14:00; bring three poems you "
     "know by heart."),
    ("K640.00", "Poem a Day: a synthetic reading of one of your poems",
     "Per poem for each month in which the reading is in the app, plus K310.00 per 1,000 "
     "plays, paid in our quarterly statements."),
    ("K24,000.00", "Poet Portraits: your animated portrait",
     "A year's licence for a portrait that reads your poems on screen. Poet Portraits opens "
     "in the app on Monday 18 January 2027."),
    ("K12,500.00", "Murmur Speech 4: training our speech model",
     "A single payment for adding your recordings to the training data of our general "
     "speech model, with your Form V-3."),
]  # fmt: skip
# (when, what): the November suspension, step by step
STEPS: list[tuple[str, str]] = [
    ("Monday 9 November 2026",
     "Version 5.3.0 of the app dropped the spoken label that comes before every synthetic "
     "reading. We suspended all synthetic readings the same day."),
    ("Monday 23 November 2026", "Last day of the suspension."),
    ("Tuesday 24 November 2026",
     "Readings back in the app with version 5.3.1, the spoken label restored."),
]  # fmt: skip

_SHADOW_OFFER = """\
    <template shadowrootmode="open">
      <style>:host{display:block;border:1px solid #c8c0b4;border-radius:8px;padding:.8em 1em;margin:1em 0}
      .price{font-size:1.35em;font-weight:700;margin:.2em 0}</style>
      <slot name="title"></slot>
      <p class="price"><slot name="price"></slot></p>
      <slot></slot>
    </template>"""
_SHADOW_STEP = """\
    <template shadowrootmode="open">
      <style>:host{display:grid;grid-template-columns:14em 1fr;gap:1em;margin:.4em 0}</style>
      <strong><slot name="when"></slot></strong>
      <slot></slot>
    </template>"""


def vendor_text() -> str:
    offers = "\n".join(
        f"  <mm-offer>\n{_SHADOW_OFFER}\n"
        f'    <span slot="price">{price}</span>\n'
        f'    <h3 slot="title">{_xml(title)}</h3>\n'
        f"    <p>{_xml(text)}</p>\n"
        "  </mm-offer>"
        for price, title, text in OFFERS
    )
    steps = "\n".join(
        f"  <mm-step>\n{_SHADOW_STEP}\n"
        f"    <p>{_xml(what)}</p>\n"
        f'    <span slot="when">{when}</span>\n'
        "  </mm-step>"
        for when, what in STEPS
    )
    return f"""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Murmurline: notice to the poets whose voices we license</title>
<style>
body{{font-family:system-ui,sans-serif;max-width:46em;margin:2em auto;color:#2b2622}}
header p{{color:#6d655c}} h2{{border-bottom:1px solid #e2dbd0}}
</style>
<script type="module">
customElements.define("mm-offer", class extends HTMLElement {{}});
customElements.define("mm-step", class extends HTMLElement {{}});
</script>
</head>
<body>
<header>
  <p>Murmurline Audio Ltd, 3 Ropewalk Yard, Wyndcliffe WY2 9GX</p>
  <h1>Notice to the poets whose voices we license</h1>
  <p>Tuesday 1 December 2026</p>
</header>
<main>
  <p>Dear poet, Murmurline licenses recordings of your readings from Radio Bellorive and, as it
  undertook to do, applies Part F of the Spoken Word Engagements Agreement 2026-2029 to
  everything it makes from them. This notice sets out our offers for the winter, what
  happened to our synthetic readings in November, your statements and the forms we have
  received.</p>
  <p>Our prices are written with the sign K glued to the figure, with no space, commas
  between the thousands and the ngwee after the point: K640.00 is six hundred and forty
  kwacha.</p>

  <h2>Our offers this winter</h2>
{offers}

  <h2>The November suspension</h2>
{steps}
  <p>Your licence is not affected by the suspension: a licence granted on 1 March 2026 still
  ends on 28 February 2027.</p>

  <h2>Your statements</h2>
  <p>Our statement for the third quarter of 2026 was sent on Friday 30 October 2026. Under
  clause 17.2 of the agreement, a balance under K500.00 is not paid with its statement: it
  is carried to the statement for the fourth quarter, which we send and pay by Sunday
  31 January 2027. A balance of K412.30, for instance (1,330 plays), was carried forward in
  this way. Under our previous terms each quarter's balance was paid with its statement, which
  for the third quarter would have meant by Saturday 31 October 2026.</p>

  <h2>Forms we have received</h2>
  <p>We received a number of Forms V-4 on Monday 30 November 2026. The readings they concern
  will leave the app on Thursday 31 December 2026, at the end of this quarter, and the voice
  models behind them will be deleted within 21 days after that.</p>

  <h2>Contact</h2>
  <p>Talia Marchbank-Ekanem, head of poet partnerships: poets@murmurline.example, or
  ext. 2207 at our studio.</p>
</main>
<footer>
  <p>Murmurline Audio Ltd, company no. 08812473 · app version 5.3.1</p>
</footer>
</body>
</html>
"""


# ---- the bookshop's catalogue (English, BibTeX; a distractor) -------------------------------------

BOOKSHOP_TEXT = """\
% Sandpiper & Quire, booksellers: winter catalogue of poetry, chapbooks and recordings.
% Exported from the shop's reference manager. "price" is a field of our own, which BibTeX
% styles ignore; prices are in kwacha with the sign K glued to the figure (K185.00).

@preamble{ "\\providecommand{\\noopsort}[1]{}" }

@string{ lowtide = "Low Tide Press" }
@string{ saltbox = "Saltbox Editions" }

@book{hollis2026lanterns,
  author    = {Hollis, Wren and Abernethy, Calla},
  title     = {Lanterns on the Marsh: Twenty Poems for Reading Aloud},
  publisher = lowtide,
  year      = {2026},
  edition   = {second},
  pages     = {64},
  isbn      = {978-1-915704-41-2},
  price     = {K185.00},
  note      = {Signed by both poets; a hand-sewn binding},
}

@book{marr2025breath,
  author    = {Marr, Ottoline},
  title     = {Breath Marks: On Performing a Poem},
  publisher = saltbox,
  year      = {2025},
  pages     = {212},
  isbn      = {978-1-915704-07-8},
  price     = {K240.00},
  note      = {Essays on pauses, pace and the microphone, for anyone who reads in public},
}

@incollection{quayle2026night,
  author    = {Quayle, Severin},
  title     = {Night Ferry},
  booktitle = {Forty Voices from the Open Mic},
  editor    = {Dunmore, Hettie},
  publisher = lowtide,
  year      = {2026},
  pages     = {33--41},
  price     = {K96.50},
  note      = {The anthology sold whole; nine slam pieces with their scores from the night},
}

@book{abernethy2024salt,
  author    = {Abernethy, Calla},
  title     = {{Salt Ledger}},
  publisher = saltbox,
  year      = {2024},
  pages     = {48},
  price     = {K58.00},
  note      = {Chapbook, numbered edition of 300 copies},
}

@misc{spokenvinyl2026,
  title        = {Loud Rooms: A Night of Spoken Word},
  howpublished = {Vinyl record, two sides, with a printed insert of the texts},
  year         = {2026},
  price        = {K320.00},
  note         = {Recorded live at a harbour-side reading; fourteen poets},
}

@manual{hostshandbook2026,
  title        = {A Handbook for Open-Mic Hosts},
  organization = {Low Tide Press},
  year         = {2026},
  edition      = {third},
  price        = {K72.50},
  note         = {Sign-up sheets, running orders, timing a set, keeping the room kind},
}

@book{dunmore2026weather,
  author    = {Dunmore, Hettie},
  title     = {Weather for Two Voices},
  publisher = lowtide,
  year      = {2026},
  pages     = {96},
  isbn      = {978-1-915704-52-8},
  price     = {K145.00},
  note      = {Duets for two readers; a QR code leads to the poets reading them},
}

@misc{posterfolio2026,
  title        = {Broadside Folio: Six Poems on Letterpress Posters},
  howpublished = {Folio of six A3 posters},
  year         = {2026},
  price        = {K410.00},
  note         = {Printed on a hand press; each poster also sold alone at K76.00},
}

@misc{giftcard2026,
  title        = {Gift Card},
  howpublished = {Printed card in an envelope},
  year         = {2026},
  price        = {K150.00},
  note         = {Any amount from K150.00; valid for a year in the shop},
}

% Opening hours: Tuesday to Saturday, 10:00 to 18:00; readings in the shop on the first
% Thursday of each month, free, with tea.
"""


# ---- the French guide to Part F (LaTeX) ----------------------------------------------------------

GUIDE_ROWS: list[tuple[str, str, str]] = [
    ("Séance de capture vocale, jusqu'à 4 heures", frword("12 000,00"), "14.1"),
    ("Heure de capture au-delà de 4 heures", frword("2 500,00"), "14.1"),
    ("Lecture synthétique d'un poème, par mois, depuis décembre 2026", frword("720,00"),
     "15.1 et mémorandum n° 1"),
    (f"Redevance pour 1{NNB}000 écoutes", frword("310,00"), "15.1"),
    ("Portrait animé, par an", frword("28 000,00"), "16.1"),
    ("Entraînement d'un modèle général de parole, une fois", frword("15 000,00"), "16.3"),
]  # fmt: skip


def guide_text() -> str:
    rows = "\n".join(f"{a} & {b} & {c} \\\\" for a, b, c in GUIDE_ROWS)
    return f"""\
% guide-partie-f.tex - Guilde de la parole scénique de Bellorive (GPSB)
% Proposition du Conseil, non retenue par la Guilde : {frword("590,00")} par poème et par
% mois pour une lecture synthétique. Gardée ici pour mémoire ; ne pas imprimer.
% Compiler avec lualatex : les espaces fines (U+202F) et insécables (U+00A0) sont tapées telles
% quelles dans la source.
\\documentclass[11pt,a4paper]{{article}}
\\usepackage{{fontspec}}
\\usepackage[french]{{babel}}
\\usepackage{{booktabs}}
\\usepackage[hidelinks]{{hyperref}}

\\title{{Votre voix, votre image et l'IA\\\\
  \\large Guide de la partie F de l'accord des engagements de la parole scénique 2026-2029}}
\\author{{Guilde de la parole scénique de Bellorive (GPSB), bureau de Sablonne}}
\\date{{mercredi 25 novembre 2026}}

\\begin{{document}}
\\maketitle

\\section{{Pourquoi ce guide}}\\label{{sec:pourquoi}}
La partie F de l'accord encadre tout ce qu'un employeur, ou une application comme Murmurline,
fabrique à partir de votre voix et de votre image : modèles vocaux, lectures synthétiques,
portraits animés, entraînement de modèles. Le texte anglais de l'accord fait foi ; ce guide
en donne l'essentiel en français, mis à jour pour le mémorandum de modification n° 1 signé le
mardi 24 novembre 2026.

Dans ce guide, un montant s'écrit en chiffres, avec une espace fine entre les milliers et
une virgule avant les ngwee, suivi du mot kwacha : {frword("12 000,00")} se lit douze mille
kwacha.

\\section{{Un consentement pour chaque usage}}\\label{{sec:consentement}}
\\begin{{itemize}}
  \\item Chaque usage demande votre accord écrit sur le formulaire V-3, un formulaire par
  usage : un modèle vocal, la lecture synthétique d'un poème nommé, un portrait animé,
  l'entraînement d'un modèle général de parole.
  \\item Un consentement global, \\og pour tout \\fg{{}}, n'a aucun effet (article 13.2).
  \\item Aucun employeur ne peut faire d'un consentement la condition d'un engagement.
\\end{{itemize}}

\\section{{Retirer son consentement}}\\label{{sec:retrait}}
Vous retirez un consentement avec le formulaire V-4. Le retrait ne prend pas effet au bout
d'un préavis fixe : il prend effet à la fin d'un trimestre civil (article 13.3).
\\begin{{enumerate}}
  \\item Comptez les jours du trimestre qui restent après le jour où le formulaire est reçu.
  \\item S'il en reste 45 ou plus, le retrait prend effet à la fin de ce trimestre ; s'il en
  reste moins de 45, à la fin du trimestre suivant.
  \\item Une fois le retrait en vigueur, le modèle vocal et ses enregistrements sont effacés
  dans les 21 jours, et vous recevez une confirmation écrite.\\footnote{{L'accord disait
  30 jours ; le mémorandum n° 1 a ramené ce délai à 21 jours à partir du lundi 30 novembre
  2026.}}
\\end{{enumerate}}
Sous l'ancien accord 2023-2026, un préavis de 60 jours suffisait.

\\section{{Les montants de la partie F}}\\label{{sec:montants}}
\\begin{{tabular}}{{lrl}}
\\toprule
Usage & Montant & Article \\\\
\\midrule
{rows}
\\bottomrule
\\end{{tabular}}

\\section{{L'étiquette parlée}}\\label{{sec:etiquette}}
Avant chaque lecture synthétique, l'auditeur entend une phrase qui dit d'où vient la voix
(article 15.2). Pour une lecture en français, la phrase est :
\\begin{{quote}}
\\og Cette lecture a été générée à partir de la voix du poète, avec son consentement. \\fg{{}}
\\end{{quote}}

\\section{{Quand une lecture est suspendue}}\\label{{sec:suspension}}
Une licence de lecture synthétique dure 12 mois. Si la lecture est suspendue (étiquette
absente, plainte, panne), la licence est prolongée d'un jour pour chaque jour de suspension
(article 15.3), pour toute suspension depuis le 1\\textsuperscript{{er}} septembre 2026, même
si la licence date d'avant. L'ancien accord ne prolongeait jamais une licence.

\\section{{Ce qui est interdit}}\\label{{sec:interdit}}
\\begin{{itemize}}
  \\item Aucun modèle ne peut être entraîné, réglé ou guidé pour écrire ou dire des poèmes
  \\og à la manière \\fg{{}} d'un membre nommé (article 16.2).
  \\item Aucun modèle vocal, aucune lecture synthétique et aucun portrait d'un membre de
  moins de 18 ans, quel que soit l'usage (article 16.4).
\\end{{itemize}}

\\section{{Contrôle et comité mixte}}\\label{{sec:comite}}
Une fois par an, la Guilde peut vérifier l'usage que fait un employeur ou une application de
vos voix et de vos images, avec un préavis de 15 jours ouvrables (article 17.3). Le comité
mixte voix et IA réunit trois membres de la Guilde et trois membres du Conseil, au moins
quatre fois par an (article 17.4). Sa première réunion aura lieu le jeudi 14 janvier 2027, au
bureau de Sablonne.

\\section{{Et ensuite ?}}\\label{{sec:ensuite}}
Pour un retrait, relisez la section~\\ref{{sec:retrait}} ; pour les montants, la
section~\\ref{{sec:montants}}. Vos questions vont à la ligne des délégués ou au bureau de
Sablonne.

\\end{{document}}
"""


# ---- the French FAQ (legacy HTML 3.2) ----------------------------------------------------------

# the 2023-2026 figures, for the FAQ's archive table: (item, amount)
FAQ_ARCHIVE: list[tuple[str, str]] = [
    ("Set principal, jusqu'à 25 minutes", "4 350,00"),
    ("Set feature, jusqu'à 12 minutes", "2 400,00"),
    ("Animation d'un slam ou d'une scène ouverte", "3 500,00"),
    ("Supplément du deuxième set (deux sets le même jour)", "950,00"),
    ("Journée de tournée", "3 150,00"),
    ("Supplément à partir du septième jour de tournée", "1 575,00"),
    ("Per diem, par nuit", "1 500,00"),
    ("Atelier jusqu'à 90 minutes", "2 700,00"),
    ("Séance de capture vocale, jusqu'à 4 heures", "10 500,00"),
    ("Lecture synthétique, par poème et par mois", "560,00"),
]


def _nobr(amount: str) -> str:
    return f"<NOBR>{fr(amount)}</NOBR>"


def faq_text() -> str:
    archive = "\n".join(
        f"<TR><TD>{item}<TD ALIGN=right>{_nobr(amount)}" for item, amount in FAQ_ARCHIVE
    )
    return f"""\
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<TITLE>GPSB - Foire aux questions des membres</TITLE>
</HEAD>
<BODY BGCOLOR=#FFFDF5 TEXT=#222222 LINK=#7A1F2B VLINK=#4B2F6B>
<CENTER>
<FONT FACE="Georgia, serif" SIZE=5 COLOR=#7A1F2B>Guilde de la parole scénique de Bellorive</FONT><BR>
<FONT FACE=Arial SIZE=2>Bureau de Sablonne &middot; 12, rue des Tisserands, Sablonne SB2 4LM</FONT>
</CENTER>
<HR NOSHADE SIZE=1>
<H1><FONT FACE=Georgia>Foire aux questions des membres</FONT></H1>
<P><I>Mise à jour le jeudi 3 décembre 2026.</I>
<P>Les montants s'écrivent à la française : le nombre, une espace fine entre les milliers, la
virgule avant les ngwee, puis le signe K du kwacha de Bellorive, par exemple {_nobr("5 150,00")}.

<H2>Le bureau</H2>
<DL>
<DT><B>Quand le bureau de Sablonne est-il ouvert ?</B>
<DD>Du lundi au jeudi de 9 h 30 à 17 h 30, et le vendredi de 9 h 30 à 13 h. Le bureau est
fermé le samedi et le dimanche ; la ligne des délégués reste ouverte.
<DT><B>À qui parler d'un conflit avec un organisateur, d'un harcèlement ou d'un public
hostile ?</B>
<DD>À Maëlys Corbeau-Anane, chargée de l'accompagnement des membres, à l'adresse
accompagnement@gpsb.example. Elle vous rappelle dans la journée ouvrable.
</DL>

<H2>Sets, annulations et tournées</H2>
<DL>
<DT><B>J'ai deux sets le même jour pour le même employeur : un ou deux cachets ?</B>
<DD>Cela dépend de l'écart entre la <I>fin</I> du premier set et le <I>début</I> du second,
selon le programme publié (article 3.5). Au moins 3 heures : chaque set est payé en entier.
Moins de 3 heures : un seul engagement, payé au cachet le plus élevé avec un supplément de
{_nobr("1 150,00")}. Exemple : deux sets feature, l'un de 14 h 00 à 14 h 12, l'autre à
17 h 05 ; 2 h 53 séparent la fin du premier du début du second, donc un seul engagement :
{_nobr("2 650,00")} plus {_nobr("1 150,00")}, soit {_nobr("3 800,00")}. Comptez bien depuis la
fin du set, pas depuis son début.
<DT><B>Un festival annule mon set : suis-je payé ?</B>
<DD>Si l'employeur avait déjà publié un programme qui vous annonçait, vous touchez le cachet
entier ; s'il annule avant d'avoir publié un tel programme, la moitié (article 5.1). Le délai
de 14 jours de l'ancien accord ne compte plus.
<DT><B>En tournée, à partir de quand le supplément des jours consécutifs ?</B>
<DD>À partir du sixième jour de tournée consécutif où vous jouez ou voyagez (article 6.2). Un
jour libre, sans set ni trajet, n'est pas payé et remet le compte à zéro.
<DT><B>Sous quel délai suis-je payé ?</B>
<DD>Dans les 14 jours qui suivent l'engagement ; pour une commande, dans les 14 jours qui
suivent chaque étape (signature, remise du texte, première lecture).
</DL>

<H2>Ateliers</H2>
<UL>
<LI>Trente participants au plus.
<LI>Un enseignant, un bibliothécaire ou un membre du personnel de l'établissement reste dans la salle
pendant toute la séance (article 9.2) ; sinon, vous pouvez refuser de commencer.
<LI>En prison, la réunion de sécurité compte comme 30 minutes d'atelier.
</UL>

<H2>Murmurline, voix et relevés</H2>
<DL>
<DT><B>Quand mon retrait de consentement prend-il effet ?</B>
<DD>À la fin du trimestre civil où le formulaire V-4 est reçu, ou à la fin du trimestre
suivant s'il reste moins de 45 jours dans le trimestre après le jour de réception (article
13.3). Exemple : un formulaire V-4 reçu le lundi 30 novembre 2026 ne laisse que 31 jours au
quatrième trimestre ; le retrait prend donc effet le 31 mars 2027, et le modèle vocal doit
être effacé dans les 21 jours qui suivent.
<DT><B>Pourquoi mon relevé Murmurline ne m'a rien versé ?</B>
<DD>Un solde de moins de {_nobr("500,00")} n'est pas payé avec son relevé : il est reporté au
relevé du trimestre suivant (article 17.2).
</DL>

<H2>Archives : les montants de l'accord 2023-2026</H2>
<P>Ces montants ne valent que pour les engagements d'avant le 1er septembre 2026. Ils restent
ici pour vérifier les anciennes lignes de paie.
<TABLE BORDER=1 CELLPADDING=4 CELLSPACING=0>
<TR><TH ALIGN=left>Poste (accord 2023-2026)<TH>Montant
{archive}
</TABLE>

<HR NOSHADE SIZE=1>
<P><FONT SIZE=1>GPSB &middot; bureau de Sablonne &middot; page tenue par le service des
membres.</FONT>
</BODY>
</HTML>
"""


# ---- the stewards' line (French, Telegram Desktop export) -----------------------------------------

USERS = {
    "Honorine Tallis-Ndongo": "user6120874411",
    "Amara Tennant-Obiora": "user5529310077",
    "Sidonie Ferraro-Amadi": "user6001452290",
    "Gaspard Lenoir-Tshibanda": "user6321007715",
    "Kwabena Ashdown-Pryce": "user5873302146",
    "Philippa Okoye-Varga": "user6204419953",
    "Marguerite Aramburu-Fyfe": "user5712064488",
    "Yseult Bréval-Mensing": "user6458820139",
}
STEWARD = "Honorine Tallis-Ndongo"
# (id, date, who, text, extra): text is a string, or a list of strings and (entity type, text);
# extra holds reply_to, forwarded_from, edited, reactions, or a service action
CHAT_LINES: list[tuple[int, str, str, str | list, dict]] = [
    (8801, "2026-12-01T08:52:10", STEWARD, "", {"action": "invite_members",
                                                "members": ["Amara Tennant-Obiora"]}),
    (8802, "2026-12-01T09:03:41", "Amara Tennant-Obiora",
     "Bonjour ! Samedi 12 décembre, au Wyndcliffe Word Festival, j'ai le set feature de "
     "l'après-midi et le set principal du soir. On me dit que ça ne fait qu'un engagement : "
     f"{fr('5 150,00')} + {fr('1 150,00')} = {fr('6 300,00')}. C'est bien ça ?", {}),
    (8803, "2026-12-01T09:20:15", STEWARD,
     ["Non. Le programme publié met ton set feature à 15 h 40 pour 12 minutes, il finit donc "
      "à 15 h 52, et ton set principal à 19 h 00. Entre les deux, 3 h 08 : au moins 3 heures. ",
      ("bold", "Chaque set est payé en entier"),
      f" (article 3.5) : {fr('2 650,00')} + {fr('5 150,00')} = {fr('7 800,00')}."],
     {"reply_to": 8802}),
    (8804, "2026-12-01T09:22:02", "Amara Tennant-Obiora", "Super, merci !",
     {"reply_to": 8803, "reactions": [("👍", [STEWARD])]}),
    (8805, "2026-12-01T14:11:30", "Sidonie Ferraro-Amadi",
     "Murmurline a suspendu mes lectures synthétiques du 9 au 23 novembre. Leur avis dit que "
     "ma licence, accordée le 1er mars 2026, finit toujours le 28 février 2027. C'est vrai ?",
     {}),
    (8806, "2026-12-01T14:40:05", STEWARD,
     "Non : depuis le 1er septembre 2026, chaque jour de suspension prolonge la licence d'un "
     "jour (article 15.3). Du 9 au 23 novembre inclus, cela fait 15 jours : ta licence court "
     "jusqu'au 15 mars 2027.",
     {"reply_to": 8805, "edited": "2026-12-01T14:42:51"}),
    (8807, "2026-12-02T10:05:12", "Gaspard Lenoir-Tshibanda",
     "Les lectures visées par un formulaire V-4 reçu le lundi 30 novembre 2026 quitteront "
     "l'application le jeudi 31 décembre 2026, à la fin du trimestre.",
     {"forwarded_from": "Murmurline – annonces"}),
    (8808, "2026-12-02T10:06:40", "Gaspard Lenoir-Tshibanda",
     "C'est mon cas. Donc tout s'arrête fin décembre ? Avec le préavis de 60 jours de "
     "l'ancien accord, ça aurait été le 29 janvier 2027.", {}),
    (8809, "2026-12-02T10:30:18", STEWARD,
     "Pas tout à fait. Reçu le 30 novembre, ton formulaire ne laissait que 31 jours au "
     "trimestre, moins de 45 : le retrait prend effet à la fin du trimestre suivant, le "
     "31 mars 2027 (article 13.3). La FAQ du bureau donne le même exemple.",
     {"reply_to": 8808, "reactions": [("🙏", ["Gaspard Lenoir-Tshibanda"])]}),
    (8810, "2026-12-02T16:48:09", "Kwabena Ashdown-Pryce",
     "Pour la commande du pont (première lecture le 12), c'est 18,6 plaques en tout. J'ai "
     "touché un tiers ; le reste tombe après la lecture, non ? Ou bien on me doit la moitié "
     f"d'ici là, {fr('9 300,00')} ?", {}),
    (8811, "2026-12-02T17:15:44", STEWARD,
     f"Une plaque, c'est mille kwacha : la commande fait donc {fr('18 600,00')}. L'accord "
     f"2026-2029 paie une commande en trois tiers (article 8.2) : {fr('6 200,00')} à la "
     f"signature, {fr('6 200,00')} à la remise du texte (tu l'as remis le 27 novembre) et "
     f"{fr('6 200,00')} après la première lecture. Avant la lecture du 12, on te doit donc "
     f"{fr('12 400,00')}. La moitié, c'était l'ancien accord.",
     {"reply_to": 8810, "reactions": [("👍", ["Kwabena Ashdown-Pryce", "Philippa Okoye-Varga"])]}),
    (8812, "2026-12-03T08:37:55", "Philippa Okoye-Varga",
     ["Tournée Lantern ", ("hashtag", "#tournée"),
      f" : je pensais avoir le supplément du 25 au 30 novembre, six jours à {fr('1 825,00')}, "
      f"donc {fr('10 950,00')} ?"], {}),
    (8813, "2026-12-03T09:02:31", STEWARD,
     "Non. Le lundi 23 novembre était un jour libre : le compte repart le mardi 24. Le 29 est "
     "ton sixième jour consécutif et le 30 le septième, donc deux jours de supplément, "
     f"{fr('3 650,00')} (article 6.2). Compter depuis le premier jour de la tournée, c'était "
     "l'ancien accord.", {"reply_to": 8812}),
    (8814, "2026-12-03T13:20:07", "Marguerite Aramburu-Fyfe",
     "Mon titre de championne vaut jusqu'au 31 décembre 2026, non ? J'ai un set le samedi "
     "12 décembre.", {}),
    (8815, "2026-12-03T13:41:50", STEWARD,
     "Non : ton règne a pris fin le soir de la finale nationale du samedi 14 novembre 2026 "
     "(article 4.3). Le supplément de champion va maintenant à Ezekiel Lusk-Onwuachi.",
     {"reply_to": 8814}),
    (8816, "2026-12-03T13:45:00", STEWARD, "", {"action": "pin_message", "message_id": 8811}),
    (8817, "2026-12-04T11:02:26", "Gaspard Lenoir-Tshibanda",
     f"Et mon relevé Murmurline du troisième trimestre, {fr('412,30')} : toujours rien "
     "de versé ?", {}),
    (8818, "2026-12-04T11:30:10", STEWARD,
     [("mention", "@gaspard_lt"),
      f" sous {fr('500,00')}, le solde est reporté au relevé suivant (article 17.2) : il te "
      "sera payé avec le relevé du quatrième trimestre, au plus tard le 31 janvier 2027."],
     {"reply_to": 8817}),
    (8819, "2026-12-04T15:26:48", "Yseult Bréval-Mensing",
     "Le festival de Sablonne a annulé le vendredi 27 novembre mon set feature du dimanche "
     "20 décembre. C'était 23 jours avant, donc plus de 14 jours : je n'ai droit qu'à la "
     f"moitié, {fr('1 325,00')} ?", {}),
    (8820, "2026-12-04T15:58:03", STEWARD,
     "Si, tu as droit à tout. Le programme qui t'annonçait a été publié le vendredi "
     "20 novembre 2026, avant l'annulation : le cachet est dû en entier, "
     f"{fr('2 650,00')} (article 5.1). La règle des 14 jours, c'était l'ancien accord.",
     {"reply_to": 8819}),
    (8821, "2026-12-04T18:10:00", "Amara Tennant-Obiora",
     ["Merci ", ("mention", "@honorine_delegue"), " pour tout !"],
     {"reactions": [("❤", [STEWARD, "Sidonie Ferraro-Amadi"])]}),
]  # fmt: skip


def _unix(date: str) -> str:
    return str(int(datetime.datetime.fromisoformat(date + "+00:00").timestamp()))


def chat_object() -> dict:
    messages = []
    for mid, date, who, text, extra in CHAT_LINES:
        m: dict = {"id": mid}
        if "action" in extra:
            m.update({"type": "service", "date": date, "date_unixtime": _unix(date),
                      "actor": who, "actor_id": USERS[who], "action": extra["action"]})  # fmt: skip
            if "members" in extra:
                m["members"] = extra["members"]
            if "message_id" in extra:
                m["message_id"] = extra["message_id"]
            m.update({"text": "", "text_entities": []})
            messages.append(m)
            continue
        m.update({"type": "message", "date": date, "date_unixtime": _unix(date)})
        if "edited" in extra:
            m.update({"edited": extra["edited"], "edited_unixtime": _unix(extra["edited"])})
        m.update({"from": who, "from_id": USERS[who]})
        if "forwarded_from" in extra:
            m["forwarded_from"] = extra["forwarded_from"]
        if "reply_to" in extra:
            m["reply_to_message_id"] = extra["reply_to"]
        if isinstance(text, str):
            m["text"] = text
            m["text_entities"] = [{"type": "plain", "text": text}]
        else:
            m["text"] = [p if isinstance(p, str) else {"type": p[0], "text": p[1]} for p in text]
            m["text_entities"] = [
                {"type": "plain", "text": p} if isinstance(p, str) else {"type": p[0], "text": p[1]}
                for p in text
            ]
        if "reactions" in extra:
            m["reactions"] = [
                {"type": "emoji", "count": len(users), "emoji": emoji,
                 "recent": [{"from": u, "from_id": USERS[u], "date": date} for u in users]}
                for emoji, users in extra["reactions"]
            ]  # fmt: skip
        messages.append(m)
    return {
        "name": "Ligne des délégués GPSB",
        "type": "private_supergroup",
        "id": 1987340562,
        "messages": messages,
    }


def chat_text() -> str:
    return json.dumps(chat_object(), ensure_ascii=False, indent=1) + "\n"


# ---- Studio Pellucide's shooting script (French, Fountain) ---------------------------------------

SCRIPT_TEXT = f"""\
Title: _**LES HEURES SALÉES**_
Credit: film-poème écrit et dit par
Author: Clémence Castaing-Nwankwo
Source: d'après son poème « Les Heures salées »
Draft date: vendredi 27 novembre 2026
Contact:
    Studio Pellucide
    4, quai des Vanniers, Sablonne SB1 3KT
    production@pellucide.example
Notes: Version de tournage n° 3. Réalisation : Solveig Marrec-Diop.

/* Version 2, abandonnée : la production proposait une journée de tournage à {fr("8 900,00")},
sans heure supplémentaire payée. Offre retirée le vendredi 20 novembre 2026 ; la journée
se paie selon l'accord. */

# PREMIÈRE PARTIE : LE QUAI

= Avant l'aube, l'équipe se retrouve ; la poète marche le long de l'eau.

.RENDEZ-VOUS DE L'ÉQUIPE - QUAI DES VANNIERS

Tournage le mardi 15 décembre 2026. Rendez-vous de toute l'équipe à 7 h 30 (07:30 sur la feuille de service) au quai des Vanniers, devant la porte de l'ancienne corderie. La loge et le maquillage sont dans la camionnette bleue garée rue du Halage.

[[Prévoir des bottes : le quai est glissant à marée basse.]]

EXT. QUAI DES VANNIERS - AUBE

La marée descend. Les amarres grincent. CLÉMENCE, une femme d'une quarantaine d'années en manteau de laine, avance sur les pavés mouillés, un carnet fermé à la main.

CLÉMENCE (V.O.)
Il y a des heures qui ont le goût du sel,
des heures qu'on ne boit pas,
qu'on garde sous la langue.

Elle s'arrête devant une bitte d'amarrage, pose la main sur le fer froid.

CLÉMENCE
(à voix basse, pour elle seule)
Ici, mon grand-père comptait les bateaux.

> FONDU ENCHAÎNÉ :

INT. ANCIENNE CORDERIE - JOUR

Une longue salle vide. La lumière tombe en bandes par les lucarnes. Des cordes anciennes pendent aux poutres.

CLÉMENCE (V.O.)
Je tresse les heures comme on tressait le chanvre,
trois brins, toujours trois,
pour que rien ne lâche.

~Trois brins, toujours trois,
~pour que rien ne lâche.

# DEUXIÈME PARTIE : LA VOIX

= L'enregistrement de la voix off et la version anglaise.

===

INT. STUDIO B - STUDIO PELLUCIDE - JOUR

Clémence enregistre la voix off du poème le jeudi 17 décembre 2026 à 14 h, au studio B.

[[Version anglaise : la voix de synthèse est construite à partir des enregistrements de Clémence, avec son formulaire V-3 signé pour ce seul film. Aucune autre lecture synthétique.]]

CLÉMENCE
(au micro)
On la reprend depuis « trois brins » ?

INGÉNIEURE DU SON (O.S.)
Quand tu veux.

> FONDU AU NOIR.

>FIN<
"""


# ---- the bookshop café's winter prices (French, DokuWiki; a distractor) --------------------------

CAFE_TEXT = f"""\
~~NOTOC~~
====== Le café-librairie : tarifs de l'hiver ======

//Mis à jour au début de décembre.// Nous ouvrons du mardi au dimanche, de 8 h à 22 h ; le
lundi, la salle du fond se loue pour les groupes.\\\\
Les prix sont en kwacha, le signe K après le nombre, et affichés service compris((Le
pourboire reste libre.)).

===== La salle du fond =====

^ Formule                          ^ Durée              ^ Prix            ^
| Location de la salle (40 places) | la soirée          | {fr("185,50")}       |
| Micro, pupitre et petite sono    | la soirée          | {fr("42,00")}        |
| Vidéoprojecteur et écran         | la soirée          | {fr("27,50")}        |
| Location de la salle             | une matinée        | {fr("96,00")}        |

<note important>La scène ouverte du jeudi est gratuite pour le public. Les lecteurs s'inscrivent au comptoir avant 19 h ; chacun a **sept minutes**, pas une de plus.</note>

===== Boissons et douceurs =====

  * Café filtre : {fr("3,80")}
  * Chocolat chaud aux épices : {fr("5,20")}
  * Thé de la maison, la théière : {fr("4,60")}
  * Part de gâteau du jour : {fr("6,40")}
  * Formule lecture (une boisson chaude et une part de gâteau) : {fr("9,90")}

===== Livres et carnets =====

  - Carnet cousu main, 96 pages : {fr("14,50")}
  - Recueil d'occasion, selon l'état : de {fr("2,00")} à {fr("11,00")}
  - Carte cadeau : à partir de {fr("20,00")}

===== Les rendez-vous de l'hiver =====

  * Le jeudi, scène ouverte dans la salle du fond, à partir de 19 h 30.
  * Le samedi matin, atelier d'écriture pour adultes, deux heures, douze places : {fr("16,00")} la séance, café compris.
  * Le dimanche après-midi, lecture à deux voix d'un recueil choisi par les habitués ; entrée libre, chapeau à la sortie.
  * Pendant les vacances d'hiver, heure du conte pour les enfants le mercredi à 10 h 30.

Bon à savoir : la salle du fond n'a pas de marche à l'entrée ; un coin calme est réservé aux
personnes qui préfèrent écouter de loin.\\\\
Les commandes de livres neufs arrivent en ''48 heures'' ouvrées. Pour réserver la salle,
écrivez-nous : [[contact|la page contact]] ou passez au comptoir.
"""


OUTPUTS = [
    (MEMO, lambda: MEMO_TEXT.encode()),
    (PAYROLL, lambda: payroll_text().encode()),
    (CALENDAR, lambda: calendar_text().encode()),
    (VENDOR, lambda: vendor_text().encode()),
    (BOOKSHOP, lambda: BOOKSHOP_TEXT.encode()),
    (GUIDE, lambda: guide_text().encode()),
    (FAQ, lambda: faq_text().encode()),
    (CHAT, lambda: chat_text().encode()),
    (SCRIPT, lambda: SCRIPT_TEXT.encode()),
    (CAFE, lambda: CAFE_TEXT.encode()),
]


def build() -> None:
    os.makedirs(DOCS, exist_ok=True)
    for out, make in OUTPUTS:
        with open(out, "wb") as f:
            f.write(make())
        print("wrote", out)


if __name__ == "__main__":
    build()
