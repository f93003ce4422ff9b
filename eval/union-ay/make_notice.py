#!/usr/bin/env python3
"""Write the ten text and HTML documents of union-ay (their whole text is in this script).

    python3 eval/union-ay/make_notice.py      # stdlib only

English:
- ccpc-gccm-amendment-no-1-2026.txt: Amendment No. 1, in AKOMA NTOSO 3.0 XML (the OASIS
  LegalDocML vocabulary for legal texts): an <amendment> document with its <meta> block
  (FRBR identification, lifecycle events, references to the organisations and people, and a
  <proprietary> block holding the Guild's tabled draft, which no renderer shows), a <preface>
  with <docTitle> and <docDate>, an <amendmentBody> whose <amendmentContent> holds numbered
  <tblock>s whose changes are <mod> elements quoting the replaced and the new text in
  <quotedText> (with startQuote and endQuote, which a renderer prints), an
  <amendmentJustification>, and <conclusions> with the signatures;
- ccpc-payment-file-2026-12.txt: the Council's payment file, an ISO 20022 CUSTOMER CREDIT
  TRANSFER INITIATION (pain.001.001.09) XML message: a group header with the number of
  transactions and their control sum, three payment information blocks (one per requested
  execution date) each with its own count and sum, and credit transfers whose <InstdAmt
  Ccy="AZN"> carry the amounts and whose unstructured remittance lines say what they pay;
- st-aldhelms-music-calendar-2026-27.txt: the cathedral's music calendar as a REMIND(1)
  script: # and ; comments, SET and OMIT lines, REM lines with a weekday and a date, FROM /
  UNTIL repetitions, AT times, DURATION, TAG, PRIORITY, advance warnings (+3), MSG bodies
  with %"…%" calendar text and %b substitutions;
- pipewright-notice-to-musicians-2026-12.html: Pipewright Audio's notice (HTML) with an
  <audio> element whose <source>s a browser plays and whose fallback paragraph only an old
  browser (or a tag stripper) shows, a <select> whose <optgroup label="…"> group names exist
  only in attributes, and an <xmp> block (an obsolete element whose content a browser shows
  as raw text, tags included: the embed snippet);
- fiddlers-rest-carol-singalong-songsheet.txt (a distractor): a pub's carol songsheet in
  CHORDPRO ({title}, {subtitle}, {comment}, {key}, {start_of_verse} / {end_of_verse},
  {start_of_chorus} / {end_of_chorus}, {new_song}, chords in square brackets inside the
  words, # comments).
French:
- guide-partie-f-captations-ia.txt: the Guild's guide to Part F in TXT2TAGS (a three-line
  header, %! settings, = titles =, + numbered titles +, lists, a definition list, a table
  with a || header row, **bold** and //italics//, a %%date macro, % comment lines and a %%%
  comment block holding the Council's proposal);
- faq-membres-bureau-val-sarrant.html: the Guild's French FAQ (HTML) with the support
  officer's e-mail address written backwards inside <bdo dir="rtl"> (an anti-spam trick: a
  browser shows it the right way round, the source and a tag stripper hold it reversed),
  <var> in the worked examples and <cite> for the agreement's clauses;
- salon-delegues-gmcec-2026-12.txt: the stewards' room, a MATRIX (Element) JSON export: the
  room's name, topic, creator, export date and exporter, then events with type, sender,
  origin_server_ts in milliseconds, event_id and content (m.room.member, m.room.message with
  a plain body and an HTML formatted_body, replies through m.relates_to / m.in_reply_to with
  their quoted fallback, an edit as an m.replace event carrying m.new_content, an
  m.reaction, an m.room.redaction and the redacted event's empty content, an
  m.room.pinned_events state event);
- capsule-video-gmcec-repliques-numeriques.txt: the captions of the Guild's video capsule in
  TTML (W3C Timed Text Markup Language: <tt> with xml:lang, a <head> with metadata, ttm:agent
  speakers, styling and a region, a <body> of <p begin end> cues with <span>, <br/> and
  ttm:agent attributes);
- boutique-partitions-brisemer-catalogue-hiver.txt (a distractor): a music shop's catalogue as
  YAML with a %YAML directive, two documents (---, ...), ANCHORS and ALIASES (&livre / *livre,
  &chaussures / *chaussures), merge keys (<<: *livre), block scalars (| and >) and flow
  sequences.
Amounts: "₼1,240.00" (the memorandum, as in the agreement), "1240.00" inside <InstdAmt
Ccy="AZN"> (the payment file: the currency code in an attribute, a point before the qəpik, no
thousands separator, explained in its first comment), "₼ 8,900.00" (Pipewright's notice and
the songsheet: the sign and a space), "1 240,00 ₼" with U+202F between the thousands and
U+00A0 before the sign (the FAQ, the room, the captions and the shop), "9 800,00 manats" with
U+202F and U+00A0 before the word (the guide), and "8,9 sacs" once (a member in the room; the
steward: "Un sac, c'est mille manats"). Fixed content: byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
NNB = "\u202f"
NB = "\u00a0"
MANAT = "\u20bc"

MEMO = "ccpc-gccm-amendment-no-1-2026.txt"
PAYROLL = "ccpc-payment-file-2026-12.txt"
CALENDAR = "st-aldhelms-music-calendar-2026-27.txt"
VENDOR = "pipewright-notice-to-musicians-2026-12.html"
SONGSHEET = "fiddlers-rest-carol-singalong-songsheet.txt"
GUIDE = "guide-partie-f-captations-ia.txt"
FAQ = "faq-membres-bureau-val-sarrant.html"
CHAT = "salon-delegues-gmcec-2026-12.txt"
CAPTIONS = "capsule-video-gmcec-repliques-numeriques.txt"
SHOP = "boutique-partitions-brisemer-catalogue-hiver.txt"


def fr(amount: str) -> str:
    """'1 240,00' with plain spaces -> U+202F between the thousands, U+00A0 before ₼."""
    return amount.replace(" ", NNB) + NB + MANAT


def frw(amount: str) -> str:
    """'9 800,00' -> U+202F between the thousands, U+00A0 before the word manats."""
    return amount.replace(" ", NNB) + NB + "manats"


def en(amount: str) -> str:
    return MANAT + amount


def sp(amount: str) -> str:
    return MANAT + " " + amount


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(text: str) -> str:
    return esc(text).replace('"', "&quot;")


# ==== the memorandum: Akoma Ntoso ===============================================================

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
GCCM_NS = "urn:example:gccm:drafts"
MEMO_TITLE = "Amendment No. 1 to the Cathedral and Church Music Agreement 2026–2029"
# (eId, heading, text before the quotes, old, new, text after)
MEMO_MODS: list[tuple[str, str, str, str, str, str]] = [
    (
        "tblock_1",
        "Sunday and principal services",
        "In Schedule A, row A1 (Sunday or principal service, organist), for the figures",
        f"{en('1,180.00')} | {en('1,290.00')} | {en('1,340.00')}",
        f"{en('1,240.00')} | {en('1,300.00')} | {en('1,350.00')}",
        "These are the figures of the choir years 2026-27, 2027-28 and 2028-29. The new figure "
        "of 2026-27 applies to services held on or after Tuesday 1 December 2026; "
        f"the services of September to November 2026 stay at {en('1,180.00')} and no back pay "
        "is due for them.",
    ),
    (
        "tblock_2",
        "The accompanist's royalty",
        "In Schedule A, row F4 (accompanist royalty, a parish, a month), for the figures",
        f"{en('540.00')} | {en('560.00')} | {en('580.00')}",
        f"{en('610.00')} | {en('630.00')} | {en('650.00')}",
        "The new figures apply from the royalty for the month of December 2026.",
    ),
    (
        "tblock_3",
        "Deletion after a withdrawal",
        "In clause 13.2, for the words",
        "within 30 days",
        "within 14 days",
        "The new delay applies to every Form RC-5 received on or after Tuesday 1 December 2026.",
    ),
]
MEMO_EXPLAIN = (
    "Amounts are written as the agreement's clause 2.1 sets out, the sign ₼ directly before "
    "the figure and the qəpik after a point, so ₼1,240.00 reads one thousand two hundred and "
    "forty manat."
)
MEMO_DRAFT = [
    ("A1", "Sunday or principal service, organist, 2026-27", en("1,275.00")),
    ("F4", "accompanist royalty, a parish, a month, 2026-27", en("680.00")),
    ("13.2", "deletion after a withdrawal", "within 7 days"),
]


def memo_xml() -> str:
    mods = []
    for eid, heading, before, old, new, after in MEMO_MODS:
        num = eid.split("_")[1]
        mods.append(
            f'        <tblock eId="{eid}">\n'
            f"          <num>{num}.</num>\n"
            f"          <heading>{esc(heading)}</heading>\n"
            f'          <p><mod eId="{eid}__mod_1">{esc(before)} <quotedText eId="{eid}__mod_1__qtext_1"'
            f' startQuote="“" endQuote="”">{esc(old)}</quotedText> substitute <quotedText'
            f' eId="{eid}__mod_1__qtext_2" startQuote="“" endQuote="”">{esc(new)}</quotedText>.'
            f" {esc(after)}</mod></p>\n"
            "        </tblock>\n"
        )
    draft = "".join(
        f'          <gccm:item row="{esc(row)}" what="{attr(what)}">{esc(value)}</gccm:item>\n'
        for row, what, value in MEMO_DRAFT
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<akomaNtoso xmlns="{AKN_NS}" xmlns:gccm="{GCCM_NS}">\n'
        '  <amendment name="amendment">\n'
        "    <meta>\n"
        '      <identification source="#registry">\n'
        "        <FRBRWork>\n"
        '          <FRBRthis value="/akn/xc/amendment/2026-11-18/ccpc-gccm-1/!main"/>\n'
        '          <FRBRuri value="/akn/xc/amendment/2026-11-18/ccpc-gccm-1"/>\n'
        '          <FRBRdate date="2026-11-18" name="adoption"/>\n'
        '          <FRBRauthor href="#jointCouncil"/>\n'
        '          <FRBRcountry value="xc"/>\n'
        "        </FRBRWork>\n"
        "        <FRBRExpression>\n"
        '          <FRBRthis value="/akn/xc/amendment/2026-11-18/ccpc-gccm-1/eng@/!main"/>\n'
        '          <FRBRuri value="/akn/xc/amendment/2026-11-18/ccpc-gccm-1/eng@"/>\n'
        '          <FRBRdate date="2026-11-18" name="adoption"/>\n'
        '          <FRBRauthor href="#registry"/>\n'
        '          <FRBRlanguage language="eng"/>\n'
        "        </FRBRExpression>\n"
        "        <FRBRManifestation>\n"
        '          <FRBRthis value="/akn/xc/amendment/2026-11-18/ccpc-gccm-1/eng@/!main.xml"/>\n'
        '          <FRBRuri value="/akn/xc/amendment/2026-11-18/ccpc-gccm-1/eng@.akn"/>\n'
        '          <FRBRdate date="2026-11-19" name="publication"/>\n'
        '          <FRBRauthor href="#registry"/>\n'
        "        </FRBRManifestation>\n"
        "      </identification>\n"
        '      <lifecycle source="#registry">\n'
        '        <eventRef eId="evt_1" date="2026-07-16" source="#ro_1" type="generation"/>\n'
        '        <eventRef eId="evt_2" date="2026-12-01" source="#ro_2" type="amendment"/>\n'
        "      </lifecycle>\n"
        '      <references source="#registry">\n'
        '        <original eId="ro_1" href="/akn/xc/doc/agreement/2026-07-16/gccm-ccpc/!main"'
        ' showAs="Cathedral and Church Music Agreement 2026–2029"/>\n'
        '        <passiveRef eId="ro_2" href="/akn/xc/amendment/2026-11-18/ccpc-gccm-1/!main"'
        ' showAs="Amendment No. 1"/>\n'
        '        <TLCOrganization eId="jointCouncil" href="/ontology/organization/xc/joint-council"'
        ' showAs="Joint Council of the CCPC and the GCCM"/>\n'
        '        <TLCOrganization eId="ccpc" href="/ontology/organization/xc/ccpc"'
        ' showAs="Council of Chapters and Parishes of Corbelaine"/>\n'
        '        <TLCOrganization eId="gccm" href="/ontology/organization/xc/gccm"'
        ' showAs="Guild of Cathedral and Church Musicians of Corbelaine"/>\n'
        '        <TLCOrganization eId="registry" href="/ontology/organization/xc/ccpc-registry"'
        ' showAs="Registry of the Council"/>\n'
        '        <TLCPerson eId="fothergill" href="/ontology/person/xc/fothergill-agyemang"'
        ' showAs="Canon Edwina Fothergill-Agyemang"/>\n'
        '        <TLCPerson eId="varley" href="/ontology/person/xc/varley-ezeagu"'
        ' showAs="Winifred Varley-Ezeagu"/>\n'
        '        <TLCRole eId="chair" href="/ontology/role/xc/chair" showAs="Chair"/>\n'
        '        <TLCRole eId="president" href="/ontology/role/xc/president" showAs="President"/>\n'
        "      </references>\n"
        '      <proprietary source="#gccm">\n'
        '        <gccm:draft tabled="2026-11-04" adopted="false">\n'
        f"{draft}"
        "        </gccm:draft>\n"
        "      </proprietary>\n"
        "    </meta>\n"
        "    <preface>\n"
        f'      <p class="title"><docTitle>{esc(MEMO_TITLE)}</docTitle></p>\n'
        '      <p class="date">Adopted by the <organization refersTo="#jointCouncil">Joint Council of '
        "the CCPC and the GCCM</organization> at Thornwick on "
        '<docDate date="2026-11-18">Wednesday 18 November 2026</docDate>; in force on '
        '<date date="2026-12-01" refersTo="#evt_2">Tuesday 1 December 2026</date>.</p>\n'
        "    </preface>\n"
        "    <amendmentBody>\n"
        '      <amendmentHeading><p>The Joint Council amends the <ref href="#ro_1">Cathedral and '
        "Church Music Agreement 2026–2029</ref>, signed at Thornwick on Thursday 16 July 2026, as "
        "follows.</p></amendmentHeading>\n"
        "      <amendmentContent>\n"
        f"{''.join(mods)}"
        '        <tblock eId="tblock_4">\n'
        "          <num>4.</num>\n"
        "          <heading>Everything else unchanged</heading>\n"
        "          <p>Every other term of the agreement stays as it is. "
        f"{esc(MEMO_EXPLAIN)}</p>\n"
        "        </tblock>\n"
        "      </amendmentContent>\n"
        "      <amendmentJustification>\n"
        "        <p>The parties reviewed the Sunday fee after the first quarter of the choir year "
        "and the accompanist's royalty after Pipewright Audio Ltd announced its launch in "
        "parishes; they shortened the deletion delay at the Guild's request.</p>\n"
        "      </amendmentJustification>\n"
        "    </amendmentBody>\n"
        "    <conclusions>\n"
        '      <p><signature><person refersTo="#fothergill">Canon Edwina Fothergill-Agyemang'
        '</person>, <role refersTo="#chair">Chair</role>, for the <organization refersTo="#ccpc">'
        "Council of Chapters and Parishes of Corbelaine</organization></signature></p>\n"
        '      <p><signature><person refersTo="#varley">Winifred Varley-Ezeagu</person>, '
        '<role refersTo="#president">President</role>, for the <organization refersTo="#gccm">'
        "Guild of Cathedral and Church Musicians of Corbelaine</organization></signature></p>\n"
        '      <p>Registered as CCPC-GCCM/AM-1/2026 on <date date="2026-11-19">Thursday '
        "19 November 2026</date>.</p>\n"
        "    </conclusions>\n"
        "  </amendment>\n"
        "</akomaNtoso>\n"
    )


# ==== the payment file: ISO 20022 pain.001 ======================================================

PAIN_NS = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"
PAY_DEBTOR = "Council of Chapters and Parishes of Corbelaine"
PAY_DEBTOR_IBAN = "CB40TWBK30260001188401"
PAY_BIC = "TWBKCBTHXXX"
PAY_EXPLAIN = (
    "Amounts are in manat of Corbelaine (currency code AZN in the Ccy attribute), with a point "
    "before the qəpik and no thousands separator: 5400.00 is five thousand four hundred manat."
)
# (block id, requested execution date, purpose, what it pays, [(end-to-end id, creditor,
# creditor IBAN, amount, remittance)])
PAY_BLOCKS: list[tuple[str, str, str, str, list[tuple[str, str, str, str, str]]]] = [
    (
        "CCPC-2026-12-A",
        "2026-12-07",
        "SALA",
        "Fees for services of 22 to 29 November 2026 and a late stipend",
        [
            (
                "CCPC-2611-0401",
                "Gwendolen Farrier-Nwachukwu",
                "CB18TWBK30260004411902",
                "1180.00",
                "St Aldhelm's, Sunday 29 November 2026, the fifth Sunday of November, assistant "
                "organist, row A1, clause 5.3",
            ),
            (
                "CCPC-2611-0402",
                "Marigold Brandreth-Quaye",
                "CB77TWBK30260004418306",
                "1950.00",
                "St Aldhelm's, November 2026 stipend, lay clerk, row B1, joined on Thursday "
                "19 November 2026, after the 15th: half the month, clause 5.4 (papers received "
                "2 December, not in the run of 30 November)",
            ),
            (
                "CCPC-2611-0403",
                "Marigold Brandreth-Quaye",
                "CB77TWBK30260004418306",
                "640.00",
                "St Aldhelm's, Sunday 29 November 2026, the fifth Sunday of November, lay clerk, "
                "row B3, clause 5.3",
            ),
            (
                "CCPC-2611-0404",
                "Basile Quintard-Dossou",
                "CB52TWBK30260004402775",
                "640.00",
                "St Aldhelm's, Sunday 29 November 2026, the fifth Sunday of November, lay clerk "
                "(grade on 30 August 2026; senior lay clerk from Sunday 29 August 2027, clause "
                "5.5), row B3, clause 5.3",
            ),
            (
                "CCPC-2611-0405",
                "Jonah Ruddock-Mensimah",
                "CB09TWBK30260004436610",
                "1180.00",
                "Dunmarrow Abbey, Sunday 29 November 2026, deputy organist, row A1",
            ),
            (
                "CCPC-2611-0406",
                "Jonah Ruddock-Mensimah",
                "CB09TWBK30260004436610",
                "1650.00",
                "Holy Rood, Kestley, funeral, Thursday 26 November 2026, organist, row A6",
            ),
            (
                "CCPC-2611-0407",
                "Lucas Ferrandou-Mabika",
                "CB31TWBK30260004427348",
                "1980.00",
                "Saint-Ausone, wedding, Saturday 29 August 2026, organist, row A5 of the Church Music "
                "Agreement 2023-2026 (the last day before it was replaced), settled late",
            ),
        ],
    ),
    (
        "CCPC-2026-12-B",
        "2026-12-23",
        "SALA",
        "Choral scholars' bursaries due on Christmas Day, Friday 25 December 2026",
        [
            (
                "CCPC-2612-0501",
                "Philippa Tresilian-Owusu",
                "CB66TWBK30260004450127",
                "2400.00",
                "St Aldhelm's, choral scholar, bursary 2026-27, row B5, second of four parts, "
                "due on the quarter day Friday 25 December 2026, clause 8.2",
            ),
            (
                "CCPC-2612-0502",
                "Rhodri Penwarden-Afolabi",
                "CB24TWBK30260004450985",
                "2400.00",
                "Saint-Ausone, choral scholar, bursary 2026-27, row B5, second of four parts, "
                "due on the quarter day Friday 25 December 2026, clause 8.2",
            ),
        ],
    ),
    (
        "CCPC-2026-12-C",
        "2026-12-31",
        "SALA",
        "December 2026 stipends, paid on the last working day of the month",
        [
            (
                "CCPC-2612-0601",
                "Gwendolen Farrier-Nwachukwu",
                "CB18TWBK30260004411902",
                "5400.00",
                "St Aldhelm's, December 2026 stipend, assistant organist, row A8",
            ),
            (
                "CCPC-2612-0602",
                "Marigold Brandreth-Quaye",
                "CB77TWBK30260004418306",
                "3900.00",
                "St Aldhelm's, December 2026 stipend, lay clerk, row B1",
            ),
            (
                "CCPC-2612-0603",
                "Basile Quintard-Dossou",
                "CB52TWBK30260004402775",
                "3900.00",
                "St Aldhelm's, December 2026 stipend, lay clerk, row B1",
            ),
        ],
    ),
]


def _sum(amounts: list[str]) -> str:
    cents = sum(int(a.replace(".", "")) for a in amounts)
    return f"{cents // 100}.{cents % 100:02d}"


def pay_totals() -> tuple[int, str]:
    every = [tx[3] for *_, txs in PAY_BLOCKS for tx in txs]
    return len(every), _sum(every)


def payment_xml() -> str:
    n, total = pay_totals()
    blocks = []
    for bid, date, purpose, what, txs in PAY_BLOCKS:
        lines = [
            "    <PmtInf>",
            f"      <PmtInfId>{bid}</PmtInfId>",
            "      <PmtMtd>TRF</PmtMtd>",
            "      <BtchBookg>false</BtchBookg>",
            f"      <NbOfTxs>{len(txs)}</NbOfTxs>",
            f"      <CtrlSum>{_sum([t[3] for t in txs])}</CtrlSum>",
            f"      <PmtTpInf><CtgyPurp><Cd>{purpose}</Cd></CtgyPurp></PmtTpInf>",
            f"      <ReqdExctnDt><Dt>{date}</Dt></ReqdExctnDt>",
            f"      <Dbtr><Nm>{esc(PAY_DEBTOR)}</Nm></Dbtr>",
            f"      <DbtrAcct><Id><IBAN>{PAY_DEBTOR_IBAN}</IBAN></Id><Nm>{esc(what)}</Nm></DbtrAcct>",
            f"      <DbtrAgt><FinInstnId><BICFI>{PAY_BIC}</BICFI></FinInstnId></DbtrAgt>",
            "      <ChrgBr>SLEV</ChrgBr>",
        ]
        for e2e, name, iban, amount, ustrd in txs:
            lines += [
                "      <CdtTrfTxInf>",
                f"        <PmtId><InstrId>{e2e}</InstrId><EndToEndId>{e2e}</EndToEndId></PmtId>",
                f'        <Amt><InstdAmt Ccy="AZN">{amount}</InstdAmt></Amt>',
                f"        <Cdtr><Nm>{esc(name)}</Nm></Cdtr>",
                f"        <CdtrAcct><Id><IBAN>{iban}</IBAN></Id></CdtrAcct>",
                f"        <RmtInf><Ustrd>{esc(ustrd)}</Ustrd></RmtInf>",
                "      </CdtTrfTxInf>",
            ]
        lines.append("    </PmtInf>")
        blocks.append("\n".join(lines))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<!-- Council of Chapters and Parishes of Corbelaine, finance office: payment file of the "
        "December 2026 run, created on Friday 4 December 2026.\n"
        f"     {PAY_EXPLAIN} -->\n"
        f'<Document xmlns="{PAIN_NS}">\n'
        "  <CstmrCdtTrfInitn>\n"
        "    <GrpHdr>\n"
        "      <MsgId>CCPC-PAY-20261204-01</MsgId>\n"
        "      <CreDtTm>2026-12-04T16:40:00+01:00</CreDtTm>\n"
        f"      <NbOfTxs>{n}</NbOfTxs>\n"
        f"      <CtrlSum>{total}</CtrlSum>\n"
        f"      <InitgPty><Nm>{esc(PAY_DEBTOR)}</Nm></InitgPty>\n"
        "    </GrpHdr>\n" + "\n".join(blocks) + "\n  </CstmrCdtTrfInitn>\n</Document>\n"
    )


# ==== the music calendar: remind(1) ==============================================================

CAL_HEAD = [
    "# St Aldhelm's Cathedral, Thornwick - music calendar, Advent 2026 to Candlemas 2027",
    "# Kept by the Director of Music, Dr Felicity Marchbanks; revised Thursday 3 December 2026.",
    "# A remind(1) script: run `remind -c+8 st-aldhelms.rem` for an eight-week calendar, or",
    "# `remind st-aldhelms.rem` for today's reminders. Times are Thornwick time, 24-hour clock.",
    "# A REM line gives the day, AT the start, DURATION hours:minutes, TAG and PRIORITY, then MSG",
    '# and the text; %"...%" is what the calendar shows, %b reads "today" or "in N days\' time".',
    "; Deputies: confirm every booking to the music office in writing (clause 6.1).",
    "",
    'SET choir "the Cathedral Choir"',
    'SET loft "the organ loft, north quire aisle"',
    "OMIT 25 Dec 2026 MSG Christmas Day (public holiday)",
    "OMIT 1 Jan 2027 MSG New Year's Day (public holiday)",
    "",
]
# (remind prefix, calendar text, rest of the message)
CAL_ROWS: list[tuple[str, str, str]] = [
    (
        "REM Sun FROM 29 Nov 2026 UNTIL 31 Jan 2027 AT 10:30 DURATION 1:30 TAG SUNDAY",
        "Sung Eucharist",
        "choir and organ, the Quire; the psalm and hymns of the day are on the vestry board",
    ),
    (
        "REM Sun FROM 29 Nov 2026 UNTIL 31 Jan 2027 AT 15:30 DURATION 1:00 TAG SUNDAY",
        "Choral Evensong",
        "choir and organ; the lay clerks' rota is on the vestry board",
    ),
    (
        "REM Wed FROM 2 Dec 2026 UNTIL 27 Jan 2027 AT 17:30 DURATION 0:50 TAG WEEKDAY",
        "Choral Evensong (weekday)",
        "lay clerks and choral scholars, organ",
    ),
    (
        "REM Sun 20 Dec 2026 +3 AT 16:00 DURATION 1:30 TAG REHEARSAL PRIORITY 6000",
        "Rehearsal for Nine Lessons and Carols",
        "choir and organ, the full service in order, %b",
    ),
    (
        "REM Sun 20 Dec 2026 +3 AT 18:00 DURATION 1:20 TAG CAROLS PRIORITY 8500",
        "Nine Lessons and Carols",
        "streamed live by Radio Corbelaine; Hymn 30 at the procession, %b",
    ),
    (
        "REM Thu 24 Dec 2026 +3 AT 22:15 DURATION 0:45 TAG REHEARSAL",
        "Rehearsal before the Midnight Mass",
        "in the Quire, deputies welcome",
    ),
    (
        "REM Thu 24 Dec 2026 +3 AT 23:30 DURATION 1:20 TAG FEAST PRIORITY 8500",
        "Midnight Mass of Christmas",
        "from 23:30 on Thursday 24 December to 00:50 on Friday 25 December 2026, choir and organ",
    ),
    (
        "REM Fri 25 Dec 2026 AT 10:30 DURATION 1:30 TAG FEAST",
        "Christmas Day Eucharist",
        "choir and organ; no Evensong on Christmas Day",
    ),
    (
        "REM Tue 29 Dec 2026 +7 AT 19:30 DURATION 1:00 TAG RECITAL",
        "Organ recital",
        "Gwendolen Farrier-Nwachukwu plays Bach, Messiaen and Alain, the last recital on the "
        "organ before its restoration",
    ),
    (
        "REM Mon 4 Jan 2027 +14 TAG ORGAN PRIORITY 8500",
        "The organ is taken out of service for restoration",
        "on Monday 4 January 2027; Lowther & Quayle, organ builders, dismantle the instrument "
        "and services are accompanied on the chamber organ until the restored organ is blessed",
    ),
    (
        "REM Wed 6 Jan 2027 AT 18:00 DURATION 1:15 TAG FEAST",
        "Epiphany Carol Service",
        "choir and chamber organ",
    ),
    (
        "REM Sat 16 Jan 2027 AT 14:00 DURATION 1:00 TAG WEDDING",
        "Wedding",
        "organist and four lay clerks, chamber organ; the couple meets the organist on "
        "Saturday 9 January 2027",
    ),
    (
        "REM Tue 2 Feb 2027 AT 19:00 DURATION 1:15 TAG FEAST",
        "Candlemas Procession",
        "choir and chamber organ, the last service of this calendar",
    ),
    (
        "REM Sun 29 Aug 2027 +7 TAG CHOIRYEAR",
        "First day of the choir year 2027-28",
        "Sunday 29 August 2027, the Sunday nearest to 1 September; the 2027-28 rates apply from "
        "this day",
    ),
]


def calendar_rem() -> str:
    out = list(CAL_HEAD)
    out.append("# Sundays and weekdays, Advent to Candlemas")
    for prefix, shown, rest in CAL_ROWS[:3]:
        out.append(f'{prefix} MSG %"{shown}%" - {rest}')
    out += ["", "# Christmas"]
    for prefix, shown, rest in CAL_ROWS[3:8]:
        out.append(f'{prefix} MSG %"{shown}%" - {rest}')
    out += ["", "# After Christmas"]
    for prefix, shown, rest in CAL_ROWS[8:13]:
        out.append(f'{prefix} MSG %"{shown}%" - {rest}')
    out += ["", "# The next choir year"]
    for prefix, shown, rest in CAL_ROWS[13:]:
        out.append(f'{prefix} MSG %"{shown}%" - {rest}')
    out += ["", "# end of file", ""]
    return "\n".join(out)


# ==== Pipewright's notice (HTML) =================================================================

VENDOR_HTML = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pipewright Audio – notice to cathedral and church musicians, December 2026</title>
<style>
body {{ font-family: Georgia, serif; max-width: 44em; margin: 2em auto; color: #222; }}
.price {{ font-weight: bold; }}
xmp {{ background: #f3f1ea; padding: .6em; white-space: pre-wrap; }}
</style>
</head>
<body>
<header>
<p>Pipewright Audio Ltd · 6 Bellows Yard, Thornwick TW1 8HS</p>
<h1>Notice to cathedral and church musicians</h1>
<p>Tuesday 1 December 2026</p>
</header>
<main>
<p>Dear musicians, this notice sets out our plans for the winter. Prices are in manat with the
sign ₼ and a space before the figure: {sp("8,900.00")} is eight thousand nine hundred manat.</p>

<h2>Capture days at St Aldhelm's</h2>
<p>Before the cathedral organ closes for its restoration we will capture organists' playing and
registrations on Tuesday 15 December and Wednesday 16 December 2026, from 09:00 to 15:00 each
day, in the organ loft. We offer <span class="price">{sp("8,900.00")}</span> for a capture day.</p>
<p>Voice-bank sessions for lay clerks follow on Thursday 17 December 2026 in our studio at
Bellows Yard.</p>

<h2>Pipewright Accompanist for parishes</h2>
<p>Pipewright Accompanist, which plays hymns and service music learned from a captured organist's playing on
a parish's digital organ, launches for parishes on Sunday 17 January 2027. The organist whose
capture a parish uses receives <span class="price">{sp("540.00")}</span> a month for each
parish. Our licences run for five years, to 31 December 2031.</p>
<p>Listen to the demonstration:</p>
<audio controls preload="none">
<source src="https://media.pipewright.example/demo/accompanist-cwm-rhondda.ogg" type="audio/ogg">
<source src="https://media.pipewright.example/demo/accompanist-cwm-rhondda.mp3" type="audio/mpeg">
<p>Your browser cannot play this demonstration. It is Pipewright Accompanist playing the tune
Cwm Rhondda from a capture of Gwendolen Farrier-Nwachukwu's playing, made with her consent on
the Dunmarrow Abbey organ.</p>
</audio>

<h2>Pipewright Choir</h2>
<p>Pipewright Choir, our synthetic choir made from lay clerks' voice banks, will sing its first
service at Dunmarrow Abbey on Sunday 7 February 2027.</p>

<h2>Choose your plan</h2>
<form action="https://www.pipewright.example/plans" method="get">
<label for="plan">Plan</label>
<select id="plan" name="plan">
<optgroup label="Parish plans, billed each month">
<option value="sundays">Sundays only</option>
<option value="sundays-weddings">Sundays, weddings and funerals</option>
</optgroup>
<optgroup label="Cathedral and abbey plans, billed each choir year">
<option value="every-service">Every service</option>
<option value="feasts">Principal feasts only</option>
</optgroup>
</select>
<button type="submit">See the plan</button>
</form>

<h2>Training and deletion</h2>
<p>We pay <span class="price">{sp("11,500.00")}</span> once to each musician whose capture helps
train our general model. When a musician withdraws a consent we delete the capture within
60 days.</p>

<h2>For parish web sites</h2>
<p>Paste this code into your parish web site to show the Accompanist's player:</p>
<xmp><iframe src="https://play.pipewright.example/embed/accompanist?parish=holy-rood-kestley" width="320" height="80" title="Pipewright Accompanist"></iframe></xmp>
</main>
<footer>
<p>Marcus Whitlow-Adeyinka, head of musician partnerships, Pipewright Audio Ltd, 6 Bellows Yard,
Thornwick TW1 8HS, ext. 4821.</p>
</footer>
</body>
</html>
"""

# ==== the songsheet (a distractor): ChordPro =====================================================

SONGSHEET_TEXT = f"""# Carols by the fire - songsheet for the Friday singalong
# Chords are for the pub piano and the two guitars; sing along whether you read them or not.
{{title: Carols by the Fire}}
{{subtitle: The Fiddler's Rest, Ambleworth - Friday singalong from 8 pm}}
{{comment: Prices are in manat, the sign ₼ and a space before the figure}}
{{comment: Mulled cider {sp("7.40")} a glass, mince pies {sp("2.80")} each, the hot chestnut cone {sp("4.60")}}}
{{comment: Every glass sold gives {sp("1.10")} to the lifeboat crew}}

{{new_song}}
{{title: God Rest Ye Merry, Gentlemen}}
{{key: Em}}
{{start_of_verse}}
[Em]God rest ye merry, gentlemen, let [C]nothing you dis[B7]may,
[Em]Remember Christ our Saviour was [C]born on Christmas [B7]Day,
To [Am]save us all from Satan's power when [D]we were gone a[G]stray;
{{end_of_verse}}
{{start_of_chorus}}
O [C]tidings of [B7]comfort and [Em]joy, comfort and [D]joy,
O [G]tidings of [B7]comfort and [Em]joy.
{{end_of_chorus}}

{{new_song}}
{{title: Deck the Hall}}
{{key: G}}
{{start_of_verse}}
[G]Deck the hall with boughs of holly, [D]fa la la la [G]la, la la la [D]la,
[G]'Tis the season to be jolly, [D]fa la la la [G]la, la [D]la la [G]la.
[D]Don we now our [G]gay apparel, [Em]fa la [A]la, la la la, [D]la la la,
[G]Troll the ancient Yuletide carol, [C]fa la la la [G]la, la [D]la la [G]la.
{{end_of_verse}}

{{new_song}}
{{title: The Holly and the Ivy}}
{{key: G}}
{{start_of_verse}}
The [G]holly and the ivy, when they are both full [D]grown,
Of [G]all the trees that are in the wood, the [D]holly bears the [G]crown.
{{end_of_verse}}
{{start_of_chorus}}
The [G]rising of the sun and the [D]running of the deer,
The [G]playing of the merry organ, [D]sweet singing in the [G]choir.
{{end_of_chorus}}

{{new_song}}
{{title: Ding Dong Merrily on High}}
{{key: F}}
{{start_of_verse}}
[F]Ding dong merrily on high, in [C]heaven the bells are [F]ringing,
[F]Ding dong verily the sky is [C]riven with angel [F]singing.
{{end_of_verse}}
{{start_of_chorus}}
[F]Glo[Dm]ri[Gm]a, [C]hosanna in ex[F]celsis!
{{end_of_chorus}}

{{new_song}}
{{title: Good King Wenceslas}}
{{key: G}}
{{start_of_verse}}
[G]Good King Wenceslas looked out on the [D]feast of [G]Stephen,
When the snow lay round about, [D]deep and crisp and [G]even;
[G]Brightly shone the moon that night, [D]though the frost was [G]cruel,
When a [Em]poor man [D]came in [G]sight, [C]gath'ring [D]winter [G]fuel.
{{end_of_verse}}

# Requests go on the chalkboard by the bar; the landlord plays the last carol of the night.
# Next singalong: Friday 18 December 2026, doors at 7.30 pm; children welcome until 9 pm.
"""

# ==== the French guide: txt2tags =================================================================

GUIDE_TEXT = f"""Guide de la partie F : captations, répliques et musique synthétique
Guilde des musiciens de cathédrale et d'église de Corbelaine (GMCEC)
mercredi 25 novembre 2026

%!target: html
%!encoding: UTF-8
%!options: --toc --css-sugar
%!postproc(html): '<H2>' '<H2 CLASS="partie-f">'
% Ce fichier se convertit avec txt2tags ; la date de conversion vient de la macro ci-dessous.

Dernière conversion : %%date(%d/%m/%Y)

= À quoi sert ce guide =

Ce guide résume la partie F (articles 13 à 17) de l'accord de musique de cathédrale et d'église
2026-2029, mise à jour pour l'amendement n° 1, en vigueur le mardi 1er décembre 2026. Dans ce
guide, le mot « manats » suit le nombre : {frw("9 800,00")} se lit neuf mille huit cents
manats (les milliers séparés par une espace fine, une espace insécable avant le mot).

= Consentement =

- Chaque usage de votre jeu ou de votre voix demande un consentement écrit **séparé**, sur le
  formulaire RC-4, signé **avant** la captation.
- Un consentement qui couvrirait tous les usages est //sans effet//.
- Personne de moins de 18 ans ne peut être capté, même avec l'accord d'un parent : les
  enfants de la maîtrise ne sont jamais enregistrés pour une réplique.
- Le formulaire RC-5 sert à retirer un consentement. À partir du 1er décembre 2026, le
  fournisseur efface la captation et tout ce qui en a été tiré dans les 14 jours (30 jours
  jusque-là).

= Ce que l'on vous paie =

|| Poste                                             | Montant               | Article |
| Séance de captation du jeu, jusqu'à 6 heures       | {frw("9 800,00")}     | 14.1    |
| Captation, chaque heure en plus                    | {frw("1 450,00")}     | 14.1    |
| Séance de banque de voix, jusqu'à 3 heures         | {frw("6 200,00")}     | 14.2    |
| Redevance de l'accompagnateur, par paroisse et par mois | {frw("610,00")}  | 15.1    |
| Chœur synthétique, par office et par banque de voix | {frw("120,00")}      | 16.1    |
| Entraîner un modèle général, une seule fois        | {frw("14 000,00")}    | 16.2    |

La redevance passe de {frw("540,00")} à {frw("610,00")} par paroisse et par mois avec
l'amendement n° 1, à partir de la redevance de décembre 2026.

%%%
Proposition du Conseil du 4 novembre 2026, non retenue :
redevance de l'accompagnateur à 575,00 manats par paroisse et par mois,
effacement dans les 21 jours.
%%%

= À l'office =

+ Chaque office où joue un accompagnateur est annoncé sur la feuille d'office par la phrase :
  « Musique produite à partir d'un enregistrement du jeu de [nom du musicien], avec son
  accord. »
+ Aucun accompagnateur ni chœur synthétique à un office pour lequel vous étiez engagé et dont
  l'engagement a été annulé ; jamais à un mariage ni à des obsèques sans votre accord pour
  cette occasion-là.
+ Rien ne peut être généré pour imiter un membre désigné par son nom.

= Fin d'une licence =

: Instrument restauré
  Une licence de captation prend fin le jour où l'instrument sur lequel la captation a été
  faite est mis hors service pour une reconstruction ou une restauration, quelle que soit la
  durée écrite dans la licence. L'instrument reconstruit demande une nouvelle séance et un
  nouveau consentement.
: Ancien accord
  Sous l'accord 2023-2026, une licence courait cinq ans à partir de la captation.

= Contrôle et comité mixte =

- La Guilde peut contrôler une fois par an les registres d'un fournisseur (captations,
  licences, usages), avec un préavis de 10 jours ouvrables.
- Le comité mixte enregistrement et IA compte trois membres nommés par la Guilde et trois
  par le Conseil. Il se réunira pour la première fois le jeudi 21 janvier 2027, à Val-Sarrant.

% Fin du guide. Questions : le bureau de Val-Sarrant.
"""

# ==== the French FAQ (HTML) =======================================================================

SUPPORT_EMAIL = "accompagnement@gmcec.example"

FAQ_HTML = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Questions fréquentes – bureau de Val-Sarrant – GMCEC</title>
<style>
body {{ font-family: "Gill Sans", sans-serif; max-width: 46em; margin: 2em auto; }}
var {{ font-style: italic; }}
cite {{ font-style: normal; color: #5a3a1a; }}
</style>
</head>
<body>
<header>
<p>Guilde des musiciens de cathédrale et d'église de Corbelaine (GMCEC) · bureau de Val-Sarrant</p>
<h1>Questions fréquentes des membres</h1>
<p>Page revue le vendredi 4 décembre 2026</p>
</header>
<main>
<p>Nos montants : milliers séparés par une espace fine, qəpik après la virgule, signe ₼ du
manat de Corbelaine à la fin.</p>

<h2>Quand le bureau est-il ouvert ?</h2>
<p>Le bureau de Val-Sarrant, 9, rue des Chantres, VS2 7LR, vous reçoit de 9 h à 16 h 30 les
lundis, mardis, mercredis et jeudis ; le vendredi, de 9 h à 13 h seulement. Il ferme du jeudi
24 décembre 2026 au vendredi 1er janvier 2027.</p>

<h2>Qui m'aide en cas de difficulté avec un employeur ?</h2>
<p>Séverine Dufrénoy-Kaboré, chargée de l'accompagnement des membres, répond par écrit sous
deux jours ouvrables : <bdo dir="rtl">{SUPPORT_EMAIL[::-1]}</bdo></p>

<h2>Mon salaire couvre-t-il tous les dimanches ?</h2>
<p>Non : le salaire couvre quatre dimanches par mois. Un cinquième dimanche dans un mois est payé
en plus (<cite>Accord de musique de cathédrale et d'église 2026-2029, article 5.3</cite>), au
tarif d'un office de lay clerk suppléant pour un lay clerk, au tarif du dimanche pour un
organiste. En janvier 2027, le cinquième dimanche est le 31 janvier : un lay clerk touche
{fr("640,00")} en plus de son salaire, un organiste {fr("1 240,00")}.</p>

<h2>J'arrive en cours de mois : combien pour ce premier mois ?</h2>
<p>Arrivée le 15 ou avant : le mois entier ; arrivée après le 15 : la moitié
(<cite>article 5.4</cite>). Pour un salaire mensuel <var>S</var>, un lay clerk nommé le
19 novembre 2026 touche <var>S</var> ÷ 2 pour novembre, soit {fr("1 950,00")} sur
{fr("3 900,00")}.</p>

<h2>J'ai été promu en cours d'année : quand change mon salaire ?</h2>
<p>C'est la catégorie que vous aviez le premier jour de l'année chorale qui compte pour toute
l'année ; une promotion prend effet le premier jour de l'année chorale suivante
(<cite>article 5.5</cite>). Un lay clerk promu lay clerk principal le vendredi 16 octobre 2026
garde {fr("3 900,00")} par mois jusqu'au samedi 28 août 2027 et touche le salaire de lay clerk
principal à partir du dimanche 29 août 2027, premier jour de l'année chorale 2027-2028, au taux
de cette année-là, {fr("4 600,00")}.</p>

<h2>Quand la bourse des choral scholars est-elle versée ?</h2>
<p>D'avance, en quatre parts égales, aux jours de terme : le 25 mars, le 24 juin, le 29 septembre
et le 25 décembre (<cite>article 8.2</cite>). Pour une bourse annuelle <var>B</var> de
{fr("9 600,00")}, chaque part vaut <var>B</var> ÷ 4 = {fr("2 400,00")} ; le prochain versement
est dû le vendredi 25 décembre 2026.</p>

<h2>Mes déplacements sont-ils payés ?</h2>
<p>Oui, si vous faites plus de 10 km en voiture pour un office : l'indemnité kilométrique de
l'<cite>article 9.1</cite> s'applique alors à tout le trajet.</p>

<h2>Archives : l'accord 2023-2026</h2>
<p>Pour mémoire, les chiffres de l'accord de musique d'église 2023-2026, remplacé le dimanche
30 août 2026 :</p>
<table>
<caption>Accord 2023-2026 (remplacé)</caption>
<thead><tr><th>Poste</th><th>Montant</th></tr></thead>
<tbody>
<tr><td>Office du dimanche, organiste</td><td>{fr("1 090,00")}</td></tr>
<tr><td>Lay clerk, par mois</td><td>{fr("3 600,00")}</td></tr>
<tr><td>Lay clerk suppléant, par office</td><td>{fr("590,00")}</td></tr>
<tr><td>Bourse de choral scholar, par mois (dix mois)</td><td>{fr("900,00")}</td></tr>
<tr><td>Mois commencé en cours de route</td><td>au prorata des jours</td></tr>
<tr><td>Promotion</td><td>le mois suivant</td></tr>
</tbody>
</table>
</main>
<footer>
<p>GMCEC, bureau de Val-Sarrant, 9, rue des Chantres, VS2 7LR.</p>
</footer>
</body>
</html>
"""

# ==== the stewards' room: a Matrix (Element) JSON export ==========================================

ROOM_ID = "!qKvTzLrMnBpWxYcD:gmcec.example"
TZ = datetime.timezone(datetime.timedelta(hours=1))
STEWARD = "@perrine.lacombe:gmcec.example"
USERS = {
    STEWARD: "Perrine Lacombe-Ntumba (déléguée)",
    "@lucas.ferrandou:gmcec.example": "Lucas Ferrandou-Mabika",
    "@marigold.bq:gmcec.example": "Marigold Brandreth-Quaye",
    "@jonah.ruddock:gmcec.example": "Jonah Ruddock-Mensimah",
    "@basile.quintard:gmcec.example": "Basile Quintard-Dossou",
    "@aymeric.ferlay:gmcec.example": "Aymeric Ferlay",
    "@philippa.to:gmcec.example": "Philippa Tresilian-Owusu",
}


def _ts(day: int, hh: int, mm: int) -> int:
    return int(
        datetime.datetime(2026, 11 if day > 20 else 12, day, hh, mm, tzinfo=TZ).timestamp() * 1000
    )


# (key, type, sender, (day, hh, mm), content spec)
# content spec: ("text", body, formatted or None, reply_to key or None)
#               ("join", displayname) | ("edit", key, new body) | ("react", key, emoji)
#               ("redact", key, reason) | ("redacted",) | ("pin", [keys])
CHAT_EVENTS: list[tuple[str, str, str, tuple[int, int, int], tuple]] = [
    (
        "e01",
        "m.room.member",
        "@marigold.bq:gmcec.example",
        (30, 8, 55),
        ("join", "Marigold Brandreth-Quaye"),
    ),
    (
        "e02",
        "m.room.message",
        "@lucas.ferrandou:gmcec.example",
        (30, 15, 2),
        (
            "text",
            "Bonjour ! Deux demandes pour le dimanche 20 décembre à 18 h : Holy Rood, à Kestley, "
            "m'a écrit le lundi 30 novembre à 9 h 12, l'abbaye de Dunmarrow, mon employeur "
            "habituel, à 14 h 47. L'abbaye dit qu'elle passe avant. C'est vrai ?",
            None,
            None,
        ),
    ),
    (
        "e03",
        "m.room.message",
        STEWARD,
        (30, 15, 20),
        (
            "text",
            "Non. Avec le nouvel accord, c'est la première demande reçue par écrit qui l'emporte, "
            "quel que soit votre employeur habituel (article 6.4) : c'est Holy Rood, reçue à "
            "9 h 12. L'ancien accord donnait la priorité à l'employeur habituel ; ce n'est plus "
            "le cas.",
            "Non. Avec le nouvel accord, c'est <strong>la première demande reçue par écrit</strong> "
            "qui l'emporte, quel que soit votre employeur habituel (article 6.4) : c'est Holy Rood, "
            "reçue à 9 h 12. L'ancien accord donnait la priorité à l'employeur habituel ; ce n'est "
            "plus le cas.",
            "e02",
        ),
    ),
    (
        "e04",
        "m.room.message",
        "@jonah.ruddock:gmcec.example",
        (1, 11, 12),
        (
            "text",
            "Pipewright m'offre 8,9 sacs pour une journée de captation à Saint-Aldhelm le "
            "15 décembre. Ça va ?",
            None,
            None,
        ),
    ),
    (
        "e05",
        "m.room.message",
        STEWARD,
        (1, 11, 40),
        (
            "text",
            f"Un sac, c'est mille manats : {fr('8 900,00')}, c'est moins que le tarif de l'article "
            f"14.1, {fr('9 800,00')} pour 6 heures. Refusez et renvoyez-les à l'accord.",
            None,
            "e04",
        ),
    ),
    (
        "e06",
        "m.room.message",
        "@basile.quintard:gmcec.example",
        (2, 9, 5),
        (
            "text",
            f"Promu lay clerk principal le 16 octobre, toujours payé {fr('3 900,00')} en novembre : "
            f"on me doit {fr('4 450,00')} depuis le 1er novembre, non ?",
            None,
            None,
        ),
    ),
    (
        "e07",
        "m.room.message",
        STEWARD,
        (2, 9, 31),
        (
            "text",
            "Non : article 5.5, c'est la catégorie du premier jour de l'année chorale qui compte. "
            "Le dimanche 30 août 2026 vous étiez lay clerk ; le salaire de lay clerk principal "
            "s'applique à partir du dimanche 29 août 2027, au taux 2027-2028.",
            None,
            "e06",
        ),
    ),
    (
        "e08",
        "m.room.message",
        "@aymeric.ferlay:gmcec.example",
        (2, 18, 44),
        (
            "text",
            f"Janvier a cinq dimanches : on touche deux dimanches en plus, donc {fr('1 280,00')} "
            "pour un lay clerk ?",
            None,
            None,
        ),
    ),
    (
        "e09",
        "m.room.message",
        STEWARD,
        (2, 19, 3),
        (
            "text",
            "Un seul : seul le cinquième dimanche du mois est payé en plus du salaire (article "
            f"5.3), le dimanche 31 janvier 2027, {fr('640,00')} pour un lay clerk.",
            None,
            "e08",
        ),
    ),
    (
        "e10",
        "m.room.message",
        "@aymeric.ferlay:gmcec.example",
        (3, 10, 15),
        (
            "text",
            f"Les obsèques sont à {fr('1 605,00')} d'après le PDF de l'accord.",
            None,
            None,
        ),
    ),
    (
        "e11",
        "m.room.message",
        "@aymeric.ferlay:gmcec.example",
        (3, 10, 22),
        (
            "edit",
            "e10",
            f"Les obsèques sont à {fr('1 650,00')} : j'avais ouvert la version signée du PDF, "
            "avant la correction du greffe.",
        ),
    ),
    ("e12", "m.reaction", STEWARD, (3, 10, 30), ("react", "e11", "👍")),
    ("e13", "m.room.message", "@philippa.to:gmcec.example", (3, 12, 2), ("redacted",)),
    (
        "e14",
        "m.room.redaction",
        STEWARD,
        (3, 12, 9),
        ("redact", "e13", "numéro de téléphone personnel"),
    ),
    (
        "e15",
        "m.room.message",
        STEWARD,
        (3, 16, 48),
        (
            "text",
            "Pour info : Pipewright Choir chantera pour la première fois à l'abbaye de Dunmarrow "
            "le dimanche 7 février 2027. Le tarif par office et par banque de voix est dans la "
            "fiche des cachets.",
            None,
            None,
        ),
    ),
    (
        "e16",
        "m.room.message",
        "@marigold.bq:gmcec.example",
        (4, 9, 40),
        (
            "text",
            "Nommée lay clerk le jeudi 19 novembre ; mon salaire de novembre n'est pas arrivé. "
            f"D'après moi on me doit 12/30 du mois, soit {fr('1 560,00')} ?",
            None,
            None,
        ),
    ),
    (
        "e17",
        "m.room.message",
        STEWARD,
        (4, 17, 5),
        (
            "text",
            "Article 5.4 : nommée après le 15, vous touchez la moitié du mois, "
            f"{fr('1 950,00')}. Le Conseil l'a mis dans son fichier de paiement de ce vendredi, "
            "exécuté le lundi 7 décembre.",
            None,
            "e16",
        ),
    ),
    ("e18", "m.room.pinned_events", STEWARD, (4, 17, 20), ("pin", ["e03", "e09"])),
]


def _event_id(key: str) -> str:
    return f"$gmcec{key}Xk2vQe9Lr7TzWp4N"


def _text_of(key: str) -> str:
    for k, _t, _s, _w, spec in CHAT_EVENTS:
        if k == key and spec[0] == "text":
            return spec[1]
    raise KeyError(key)


def chat_events() -> list[dict]:
    events = []
    for key, etype, sender, (day, hh, mm), spec in CHAT_EVENTS:
        ev: dict = {
            "type": etype,
            "sender": sender,
            "origin_server_ts": _ts(day, hh, mm),
            "event_id": _event_id(key),
            "room_id": ROOM_ID,
        }
        kind = spec[0]
        if kind == "join":
            ev["state_key"] = sender
            ev["content"] = {"membership": "join", "displayname": spec[1]}
        elif kind == "text":
            body, formatted, reply = spec[1], spec[2], spec[3]
            content: dict = {"msgtype": "m.text"}
            if reply:
                quoted = _text_of(reply)
                who = next(s for k, _t, s, _w, _sp in CHAT_EVENTS if k == reply)
                content["body"] = f"> <{who}> {quoted}\n\n{body}"
                content["format"] = "org.matrix.custom.html"
                content["formatted_body"] = (
                    f'<mx-reply><blockquote><a href="https://matrix.to/#/{ROOM_ID}/{_event_id(reply)}">'
                    f'In reply to</a> <a href="https://matrix.to/#/{who}">{who}</a><br>'
                    f"{esc(quoted)}</blockquote></mx-reply>{formatted or esc(body)}"
                )
                content["m.relates_to"] = {"m.in_reply_to": {"event_id": _event_id(reply)}}
            else:
                content["body"] = body
                if formatted:
                    content["format"] = "org.matrix.custom.html"
                    content["formatted_body"] = formatted
            ev["content"] = content
        elif kind == "edit":
            ev["content"] = {
                "msgtype": "m.text",
                "body": "* " + spec[2],
                "m.new_content": {"msgtype": "m.text", "body": spec[2]},
                "m.relates_to": {"rel_type": "m.replace", "event_id": _event_id(spec[1])},
            }
        elif kind == "react":
            ev["content"] = {
                "m.relates_to": {
                    "rel_type": "m.annotation",
                    "event_id": _event_id(spec[1]),
                    "key": spec[2],
                }
            }
        elif kind == "redact":
            ev["redacts"] = _event_id(spec[1])
            ev["content"] = {"redacts": _event_id(spec[1]), "reason": spec[2]}
        elif kind == "redacted":
            ev["content"] = {}
            ev["unsigned"] = {
                "redacted_because": {
                    "type": "m.room.redaction",
                    "sender": STEWARD,
                    "event_id": _event_id("e14"),
                    "origin_server_ts": _ts(3, 12, 9),
                    "content": {"reason": "numéro de téléphone personnel"},
                }
            }
        elif kind == "pin":
            ev["state_key"] = ""
            ev["content"] = {"pinned": [_event_id(k) for k in spec[1]]}
        events.append(ev)
    return events


def chat_json() -> str:
    export = {
        "room_name": "Ligne des délégués GMCEC",
        "room_creator": STEWARD,
        "topic": "Questions des membres à la déléguée ; pas de données personnelles ici, svp.",
        "export_date": "04/12/2026",
        "exported_by": STEWARD,
        "messages": chat_events(),
    }
    return json.dumps(export, ensure_ascii=False, indent=2) + "\n"


# ==== the video capsule's captions: TTML ==========================================================

TTML_AGENTS = {
    "varley": "Winifred Varley-Ezeagu, présidente de la Guilde",
    "heathcote": "Crispin Heathcote-Amankwah, responsable des tarifs",
}
# (begin, end, agent, lines)
TTML_CUES: list[tuple[str, str, str, list[str]]] = [
    (
        "00:00:01.000",
        "00:00:05.400",
        "varley",
        [
            "Bonjour à toutes et à tous.",
            "Cette capsule fait le point sur la partie F de notre accord.",
        ],
    ),
    (
        "00:00:05.600",
        "00:00:11.200",
        "varley",
        ["Captations, répliques, chœur synthétique :", "voici ce qui change pour vous."],
    ),
    (
        "00:00:11.400",
        "00:00:17.900",
        "heathcote",
        [
            "D'abord, le consentement : un formulaire RC-4",
            "pour chaque usage, jamais un seul pour tout.",
        ],
    ),
    (
        "00:00:18.100",
        "00:00:24.600",
        "heathcote",
        ["Une séance de captation du jeu, six heures,", f"c'est {fr('9 800,00')}, pas moins."],
    ),
    (
        "00:00:24.800",
        "00:00:31.300",
        "heathcote",
        [
            "À partir du 1er décembre, si vous retirez votre accord,",
            "le fournisseur efface tout en quatorze jours.",
        ],
    ),
    (
        "00:00:31.500",
        "00:00:38.000",
        "varley",
        [
            "Et quand l'orgue part en restauration,",
            "la licence de la captation s'arrête ce jour-là.",
        ],
    ),
    (
        "00:00:38.200",
        "00:00:45.800",
        "varley",
        ["Une question ? La ligne IA de la Guilde répond", "le mardi et le jeudi, de 14 h à 17 h."],
    ),
    ("00:00:46.000", "00:00:50.500", "varley", ["Merci, et bonnes fêtes de fin d'année."]),
]


def captions_ttml() -> str:
    agents = "".join(
        f'      <ttm:agent xml:id="{aid}" type="person"><ttm:name type="full">{esc(name)}</ttm:name></ttm:agent>\n'
        for aid, name in TTML_AGENTS.items()
    )
    cues = []
    for i, (begin, end, agent, lines) in enumerate(TTML_CUES, 1):
        inner = "<br/>".join(esc(line) for line in lines)
        if agent == "heathcote":
            inner = f'<span tts:fontStyle="italic">{inner}</span>'
        cues.append(
            f'      <p xml:id="c{i:02d}" begin="{begin}" end="{end}" ttm:agent="{agent}">{inner}</p>\n'
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling"'
        ' xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xmlns:ttp="http://www.w3.org/ns/ttml#parameter"'
        ' ttp:timeBase="media" xml:lang="fr">\n'
        "  <head>\n"
        "    <metadata>\n"
        "      <ttm:title>Répliques numériques et musique synthétique : ce que change l'accord "
        "2026-2029</ttm:title>\n"
        "      <ttm:desc>Capsule vidéo de la Guilde des musiciens de cathédrale et d'église de "
        "Corbelaine, mise en ligne le vendredi 27 novembre 2026 ; sous-titres en français. "
        "Montants : milliers séparés par une espace fine, qəpik après la virgule, signe ₼ à la "
        "fin.</ttm:desc>\n"
        f"{agents}"
        "    </metadata>\n"
        "    <styling>\n"
        '      <style xml:id="base" tts:color="white" tts:backgroundColor="black" tts:fontSize="100%"/>\n'
        "    </styling>\n"
        "    <layout>\n"
        '      <region xml:id="bas" tts:origin="10% 80%" tts:extent="80% 15%" tts:textAlign="center"/>\n'
        "    </layout>\n"
        "  </head>\n"
        '  <body region="bas" style="base">\n'
        "    <div>\n" + "".join(cues) + "    </div>\n"
        "  </body>\n"
        "</tt>\n"
    )


# ==== the shop's catalogue (a distractor): YAML ===================================================

SHOP_YAML = f"""# Partitions & Cie - 3, place du Marché-aux-Grains, Brisemer
# Export du catalogue d'hiver. Les prix sont en manats : les centièmes après la virgule,
# puis le signe ₼ derrière une espace insécable.
%YAML 1.2
---
boutique: Partitions & Cie
ville: Brisemer
saison: hiver 2026-2027
modèles:
  livre: &livre
    rayon: partitions
    reliure: brochée
    retour: sous 30 jours avec le ticket
  chaussure: &chaussure
    rayon: chaussures d'orgue
    semelle: daim
    essai: en boutique
articles:
  - <<: *livre
    titre: Noëls anciens pour orgue, volume 2
    prix: "{fr("24,90")}"
  - <<: *livre
    titre: Psautier à quatre voix, édition de poche
    prix: "{fr("18,40")}"
  - <<: *livre
    titre: Cantiques de l'Avent pour chœur mixte
    reliure: spirale
    prix: "{fr("31,20")}"
  - <<: *chaussure
    titre: Chaussures d'orgue en cuir, talon de 4 cm
    tailles: [37, 38, 39, 40, 41, 42, 43, 44, 45]
    prix: &prix_cuir "{fr("89,00")}"
  - <<: *chaussure
    titre: Chaussures d'orgue en cuir, bout renforcé
    tailles: [39, 40, 41, 42, 43, 44]
    prix: *prix_cuir
  - titre: Lampe de pupitre à pince, lumière chaude
    rayon: accessoires
    prix: "{fr("27,60")}"
  - titre: Coffret de diapasons (la 440 et la 415)
    rayon: accessoires
    prix: "{fr("35,80")}"
  - titre: Porte-partitions pliant en laiton
    rayon: accessoires
    prix: "{fr("46,30")}"
  - titre: Crayons à papier doux, boîte de douze, et gomme mie de pain
    rayon: papeterie
    prix: "{fr("8,70")}"
  - titre: Chemise de chœur noire, toile de coton, fermeture à rabat
    rayon: papeterie
    formats: [A4, A5]
    prix: "{fr("14,20")}"
  - <<: *livre
    titre: Méthode d'orgue pour débutants, pédalier compris
    reliure: cousue
    prix: "{fr("42,60")}"
remarques: >
  Les chaussures se commandent aussi en demi-pointures ; comptez deux semaines
  de délai pour les tailles hors stock.
...
---
horaires: |
  du mardi au samedi, de 10 h à 19 h
  le dimanche 20 décembre 2026, de 14 h à 18 h
fermeture: du vendredi 25 décembre 2026 au lundi 4 janvier 2027
cartes cadeaux:
  montants: ["{fr("20,00")}", "{fr("50,00")}"]
  validité: un an à partir de l'achat
livraison: >
  Envoi par transporteur en 48 heures pour les commandes passées avant midi ; retrait
  gratuit en boutique le lendemain.
...
"""


# ==== writing =====================================================================================

TEXTS = {
    MEMO: memo_xml,
    PAYROLL: payment_xml,
    CALENDAR: calendar_rem,
    VENDOR: lambda: VENDOR_HTML,
    SONGSHEET: lambda: SONGSHEET_TEXT,
    GUIDE: lambda: GUIDE_TEXT,
    FAQ: lambda: FAQ_HTML,
    CHAT: chat_json,
    CAPTIONS: captions_ttml,
    SHOP: lambda: SHOP_YAML,
}


def build_all(write: bool = True) -> dict[str, bytes]:
    out = {name: make().encode("utf-8") for name, make in TEXTS.items()}
    if write:
        os.makedirs(DOCS, exist_ok=True)
        for name, data in out.items():
            with open(os.path.join(DOCS, name), "wb") as f:
                f.write(data)
            print("wrote", os.path.join(DOCS, name))
    return out


if __name__ == "__main__":
    build_all()
