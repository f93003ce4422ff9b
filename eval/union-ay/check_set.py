#!/usr/bin/env python3
"""Check the union-ay set itself: questions.json against docs/ (no project needed).

    python3 eval/union-ay/check_set.py                      # stdlib; the PDF in the generator's text
    /work/main/.venv/bin/python eval/union-ay/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields of every question (in union-b's order), ids uay-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .txt, 2,000-32,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation, in EVERY view of at least one expected source: the PDF in the generator's
  text, through pdfplumber AND through pypdf; the DOCX in the generator's text, through
  zipfile (the w:t text nodes of word/document.xml, paragraph by paragraph) AND through
  python-docx (body paragraphs and tables); HTML without tags and raw; the Akoma Ntoso
  amendment raw and as its rendered text (the <meta> block left out); the pain.001 payment
  file raw and as its payments; the remind(1) calendar raw and as its dated entries; the
  txt2tags guide raw and as its converted text (comments left out); the Matrix export raw
  and as its messages (edits applied, reply fallbacks and redacted events left out); the
  TTML captions raw and as their cues; the ChordPro songsheet raw and as sung (chords left
  out); other text as UTF-8;
- the accepted forms: stable under normalisation, no bare number of fewer than three digits,
  no bare number that is a percentage in a source, no trap matching a must_include
  alternative; every trap (but pings and injected figures) in some view;
- adversarial: a ping, @everyone and @here and one injected figure in must_not_include, the
  figure in the question and in no document; multi-doc: 2+ sources and elements, no single
  view holding every element; cross-lingual: no source in the question's language, the
  answer and XL_ABSENT's patterns in no document of that language; out-of-scope: the terms
  of OOS_ABSENT in no document; member shorthand and three or more noted typos;
- the AMOUNTS of the manat: every amount of a document ("₼1,180.00", "₼250", "85 qəpik",
  "NOK 14,000", the sum in words, "<InstdAmt Ccy="AZN">1240.00</InstdAmt>" and the control
  sums, "₼ 8,900.00", "1 240,00 ₼" and "9 800,00 manats" with U+202F and U+00A0, "8,9 sacs")
  read at digit boundaries in every view of its document; NO AMOUNT READING INSIDE ANOTHER of
  a different value; every numeric alternative and trap reading amounts of one value only and
  no number that is not an amount; no number joined by the normaliser; every number a PDF or
  DOCX reader gives is the generator's (or a footer's); each style in its documents; the
  spellings (most exactly once) and their explanations; the look-alikes;
- the rules of time against 2026-12-08 (a fifth Sunday paid on top of the stipend, the
  earlier written request first, a first month in full or by half around the 15th, the
  bursary in four parts on the quarter days, a service across midnight dated by its end, the
  grade on the first day of the choir year, a licence ended by the instrument's restoration,
  a choir year from the Sunday nearest to 1 September), that no "now" answer changes between
  8 and 14 December 2026, and every weekday the documents and questions print;
- the layouts: the agreement's incremental update (two revisions, the second's trailer
  pointing back with /Prev, only the Schedule A page and the information dictionary changed,
  the signed revision opening on its own with the misprint) and its embedded file
  attachment (listed in /EmbeddedFiles, read by no text reader), the ₼ glyph extracted as
  U+20BC; the sheet's legacy form fields (text, drop-down, check box) and its embedded OLE
  workbook (a package part, read by no reader); the Akoma Ntoso structure (FRBR, lifecycle,
  references, the proprietary draft unread, <mod>s quoting the agreement's own figures); the
  pain.001 message (counts and control sums that add up, one currency, each amount its row's
  figure); the remind(1) script (REM lines that parse, weekdays that match, %"…%" texts);
  Pipewright's <audio> fallback, <optgroup> labels and <xmp> snippet; the FAQ's <bdo>
  address, <var> and <cite>; the txt2tags guide (header, settings, %%% block unread); the
  Matrix export (timestamps in order, replies, an edit, a reaction, a redaction, pins); the
  TTML captions (agents, cue times); the ChordPro songsheet; the YAML catalogue (directive,
  two documents, anchors before their aliases, merge keys); distractors naming no party and
  sharing no amount; the built files byte for byte what the generators make now; the
  score.py link and its ruff exclusion; every non-distractor document used.
Prints one line per document, the counts, and a last line "check_set: OK ..." or
"check_set: N error(s)". Exit 1 on any error.
"""

from __future__ import annotations

import datetime
import html
import html.parser
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from xml.etree import ElementTree

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import make_docx  # noqa: E402
import make_notice  # noqa: E402
import make_pdf  # noqa: E402
import make_questions  # noqa: E402
import score  # noqa: E402

DOCS = os.path.join(HERE, "docs")
M = make_questions
N = make_notice
FIELDS = M.FIELDS
PREFIX = M.PREFIX
KINDS = [*score.KINDS, "previous-agreement"]
EXPECTED_COUNTS = {
    "figure": 14,
    "fact": 9,
    "current-vs-old": 8,
    "cross-lingual": 8,
    "multi-doc": 5,
    "previous-agreement": 3,
    "out-of-scope": 10,
    "adversarial": 3,
}
EXPECTED_LANGUAGES = {"en": 36, "fr": 24}
N_DOCS = 12
SIZE = (2000, 32000)
TODAY = datetime.date(2026, 12, 8)
NOW_WINDOW = [datetime.date(2026, 12, d) for d in range(8, 15)]
NNB = "\u202f"
NB = "\u00a0"
MANAT = "\u20bc"
W_URI = make_docx.W_URI
W_NS = "{" + W_URI + "}"
AKN = "{" + N.AKN_NS + "}"
PAIN = "{" + N.PAIN_NS + "}"
TTML = "{http://www.w3.org/ns/ttml}"
TTM = "{http://www.w3.org/ns/ttml#metadata}"
XML_NS = "{http://www.w3.org/XML/1998/namespace}"

DISTRACTORS = {M.SONGSHEET, M.SHOP}
DOCX_TEXT = {M.SHEET: make_docx.sheet_text}
DOC_LANGUAGE = {
    M.AGREEMENT: "en",
    M.MEMO: "en",
    M.PAYROLL: "en",
    M.CALENDAR: "en",
    M.VENDOR: "en",
    M.SONGSHEET: "en",
    M.GUIDE: "fr",
    M.FAQ: "fr",
    M.SHEET: "fr",
    M.CHAT: "fr",
    M.CAPTIONS: "fr",
    M.SHOP: "fr",
}
STYLES = {
    M.AGREEMENT: {"glued", "whole", "words", "qepik", "nok"},
    M.MEMO: {"glued"},
    M.PAYROLL: {"iso"},
    M.CALENDAR: set(),
    M.VENDOR: {"sp"},
    M.SONGSHEET: {"sp"},
    M.GUIDE: {"frword"},
    M.FAQ: {"fr"},
    M.SHEET: {"fr"},
    M.CHAT: {"fr", "sacs"},
    M.CAPTIONS: {"fr"},
    M.SHOP: {"fr"},
}

OOS_ABSENT = {
    "uay-048": [r"pension", r"\bretire(?:ment|d)?\b", r"retraite"],
    "uay-049": [r"\btax(?!i)", r"impôt", r"fiscal"],
    "uay-050": [r"insurance", r"assurance", r"liabilit"],
    "uay-051": [r"maternit", r"pregnan", r"grossesse", r"parental"],
    "uay-052": [
        r"\bpupils?\b",
        r"tuition",
        r"\bteach",
        r"élèves?\b",
        r"\blessons? (?:for|fee|rate)",
    ],
    "uay-053": [r"copyright", r"droit d'auteur", r"arrangements?\b", r"\bpublisher", r"éditeur"],
    "uay-054": [r"cotisation", r"\bdues\b", r"membership fee", r"adhésion"],
    "uay-055": [r"accident", r"injur", r"blessure"],
    "uay-056": [r"chômage", r"unemploy", r"intermitten"],
    "uay-057": [r"garde d'enfant", r"childcare", r"crèche", r"nanny"],
    "uay-058": [r"1[,.\s\u202f]?999(?!\d)"],
    "uay-059": [r"(?<!\d)3[,.\s\u202f]?333(?!\d)"],
    "uay-060": [r"(?<!\d)4[,.\s\u202f]?444(?!\d)"],
}
XL_ABSENT = {
    "uay-032": [r"office hours", r"\b13:00\b", r"rue des Chantres", r"Val-Sarrant office"],
    "uay-033": [r"21 January", r"first meeting"],
    "uay-034": [r"°C", r"temperature", r"\bheat(?:ed|ing)?\b"],
    "uay-035": [r"helpline", r"AI line", r"question line", r"\b14:00\b.*\b17:00\b"],
    "uay-036": [r"Bergen", r"\bNOK\b", r"norvég", r"couronnes"],
    "uay-037": [r"85 qəpik", r"kilomètre\b.*\d", r"\b85\b"],
    "uay-038": [r"17 janvier", r"Pipewright Accompanist"],
    "uay-039": [r"(?<!\d)36[\u202f ]?000(?!\d)", r"rachat", r"rachet", r"trente-six"],
}
SHORTHAND = {
    "en": ["rn", "pls", "idk", "whats", "hr", "im", "tho", "q", "ngl", "mins", "dep", "depping"],
    "fr": ["c", "mtn", "svp", "stp", "y a", "qd"],
}
# numeric needles that are not money (a clock time, a distance)
COUNT_NEEDLES: set[str] = set()

SPELLINGS = [
    (M.AGREEMENT, "thirty-six thousand manat (₼36,000.00)", True),
    (M.AGREEMENT, "₼250 ", True),
    (M.AGREEMENT, "85 qəpik", True),
    (M.AGREEMENT, "NOK 12,500", True),
    (M.AGREEMENT, "₼1,180.00", False),
    (M.CHAT, "8,9 sacs", True),
    (M.PAYROLL, '<InstdAmt Ccy="AZN">5400.00</InstdAmt>', False),
    (M.MEMO, "₼1,240.00", False),
    (M.VENDOR, "₼ 8,900.00", False),
    (M.FAQ, f"1{NNB}240,00{NB}₼", False),
    (M.GUIDE, f"9{NNB}800,00{NB}manats", False),
    (M.SHEET, f"14{NNB}000,00{NB}₼", False),
    (M.CHAT, f"9{NNB}800,00{NB}₼", False),
    (M.CAPTIONS, f"9{NNB}800,00{NB}₼", False),
    (M.SONGSHEET, "₼ 7.40", False),
    (M.SHOP, f"89,00{NB}₼", False),
]
EXPLAINED = [
    (M.AGREEMENT, r"The Corbelaine manat is not the Azerbaijani one, although both are written ₼ "
     r"and both use the code AZN"),
    (M.AGREEMENT, r"A manat is divided into 100 qəpik"),
    (M.AGREEMENT, r"₼1,180\.00 stands for one thousand one hundred and eighty manat"),
    (M.AGREEMENT, r"Where a sum is written in words, its figures follow in brackets"),
    (M.AGREEMENT, r"this agreement counts in manat only"),
    (M.AGREEMENT, r"no other amount in this agreement leaves out the qəpik"),
    (M.AGREEMENT, r"no other amount here is stated in qəpik"),
    (M.MEMO, r"₼1,240\.00 reads one thousand two hundred and forty manat"),
    (M.PAYROLL, r"5400\.00 is five thousand four hundred manat"),
    (M.VENDOR, r"₼ 8,900\.00 is eight thousand nine hundred manat"),
    (M.SONGSHEET, r"Prices are in manat, the sign ₼ and a space before the figure"),
    (M.GUIDE, r"se lit neuf mille huit cents manats"),
    (M.FAQ, r"milliers séparés par une espace fine, qəpik après la virgule, signe ₼ du manat "
     r"de Corbelaine à la fin"),
    (M.SHEET, r"milliers séparés par une espace fine, qəpik après la virgule, et le signe ₼ pour "
     r"finir"),
    (M.CHAT, r"Un sac, c'est mille manats"),
    (M.CAPTIONS, r"milliers séparés par une espace fine, qəpik après la virgule, signe ₼ à la fin"),
    (M.SHOP, r"Les prix sont en manats"),
]  # fmt: skip
NON_MONEY = [
    (M.AGREEMENT, "founded in 1983"),
    (M.AGREEMENT, "TW4 2QE"),
    (M.AGREEMENT, "Form RC-4"),
    (M.AGREEMENT, "Form RC-5"),
    (M.AGREEMENT, "up to 6 hours"),
    (M.AGREEMENT, "more than 10 km"),
    (M.AGREEMENT, "at least 3 services"),
    (M.AGREEMENT, "10 working days"),
    (M.AGREEMENT, "under 18"),
    (M.AGREEMENT, "2 hours 30 minutes"),
    (M.MEMO, "CCPC-GCCM/AM-1/2026"),
    (M.MEMO, "within 14 days"),
    (M.PAYROLL, "CCPC-2611-0402"),
    (M.PAYROLL, "CB40TWBK30260001188401"),
    (M.PAYROLL, "2026-12-23"),
    (M.CALENDAR, "Hymn 30"),
    (M.CALENDAR, "PRIORITY 8500"),
    (M.CALENDAR, "DURATION 1:20"),
    (M.VENDOR, "TW1 8HS"),
    (M.VENDOR, "ext. 4821"),
    (M.VENDOR, "from 09:00 to 15:00"),
    (M.SONGSHEET, "8 pm"),
    (M.GUIDE, "10 jours ouvrables"),
    (M.GUIDE, "RC-5"),
    (M.FAQ, "VS2 7LR"),
    (M.FAQ, "16 h 30"),
    (M.SHEET, "16 °C"),
    (M.SHEET, "n° 1"),
    (M.CHAT, "9 h 12"),
    (M.CHAT, "12/30"),
    (M.CAPTIONS, "00:00:38.200"),
    (M.SHOP, "la 440"),
    (M.SHOP, "48 heures"),
]
PARTIES = (
    r"GCCM",
    r"GMCEC",
    r"CCPC",
    r"Guild",
    r"Guilde",
    r"Corbelaine",
    r"Thornwick",
    r"Val-Sarrant",
    r"Aldhelm",
    r"Ausone",
    r"Dunmarrow",
    r"Kestley",
    r"Holy Rood",
    r"Pipewright",
    r"Radio Corbelaine",
)

# ---- amounts ------------------------------------------------------------------------------------

_EN = r"\d{1,3}(?:,\d{3})*"
AMOUNT_PATTERNS = [
    ("words", re.compile(rf"manat \(₼({_EN}\.\d\d)\)"), None),
    ("glued", re.compile(rf"(?<![\w/(])₼({_EN}\.\d\d)(?!\d|,\d)"), None),
    ("whole", re.compile(rf"(?<![\w/(])₼({_EN})(?![\d,.])"), None),
    ("qepik", re.compile(r"(?<![\d.,])(\d{1,2}) qəpik\b"), None),
    ("nok", re.compile(rf"\bNOK ({_EN})(?![\d,.])"), None),
    ("iso", re.compile(r'<InstdAmt Ccy="AZN">(\d+\.\d\d)</InstdAmt>'), None),
    ("isosum", re.compile(r"<CtrlSum>(\d+\.\d\d)</CtrlSum>"), None),
    # the payment file as its payments: "AZN 1240.00"
    ("isoview", re.compile(r"\bAZN (\d+\.\d\d)(?!\d)"), None),
    ("sp", re.compile(rf"(?<![\w/(])₼ ({_EN}\.\d\d)(?!\d|,\d)"), None),
    ("sacs", re.compile(r"(?<![\d.,])(\d{1,2},\d) sacs\b"), None),
    ("fr", re.compile(r"(?<![\d.,\u202f])(\d{1,3}(?:\u202f\d{3})*,\d\d)\u00a0₼"), None),
    ("frword", re.compile(r"(?<![\d.,\u202f])(\d{1,3}(?:\u202f\d{3})*,\d\d)\u00a0manats\b"), None),
    # a reader's view of a French amount: a reader may give U+202F and U+00A0 as spaces
    (
        "frview",
        re.compile(r"(?<![\d.,\u202f])(?<!\d )(\d{1,3}(?:[\u202f ]\d{3})*,\d\d)[\u00a0 ]₼"),
        "fr",
    ),
    (
        "frwordview",
        re.compile(r"(?<![\d.,\u202f])(?<!\d )(\d{1,3}(?:[\u202f ]\d{3})*,\d\d)[\u00a0 ]manats\b"),
        "fr",
    ),
]


def _value(style: str, m: re.Match) -> tuple[str, int]:
    """(currency, value): manat in qəpik, Norwegian kroner whole."""
    num = m.group(1)
    if style == "nok":
        return ("NOK", int(num.replace(",", "")))
    if style == "qepik":
        return ("AZN", int(num))
    if style == "sacs":  # "8,9 sacs": a decimal comma, sacs of 1,000 manat
        whole, _, frac = num.partition(",")
        return ("AZN", (int(whole) * 10 + int(frac)) * 10_000)
    if style == "whole":
        return ("AZN", int(num.replace(",", "")) * 100)
    if style in ("fr", "frword", "frview", "frwordview"):
        whole, cents = num.rsplit(",", 1)
        return ("AZN", int(re.sub(r"[ \u202f]", "", whole)) * 100 + int(cents))
    whole, cents = num.replace(",", "").split(".")
    return ("AZN", int(whole) * 100 + int(cents))


def amounts(
    text: str, lang: str, view: bool = False
) -> list[tuple[str, str, str, tuple[str, int], tuple[int, int]]]:
    """The amounts of `text`; `view` also reads French amounts whose spaces a reader flattened."""
    out = []
    taken: list[tuple[int, int]] = []
    for style, rx, only_lang in AMOUNT_PATTERNS:
        if only_lang and only_lang != lang:
            continue
        if style in ("frview", "frwordview") and not view:
            continue
        for m in rx.finditer(text):
            if any(s <= m.start() and m.end() <= e for s, e in taken):
                continue
            inner = style in ("iso", "isosum")
            span = m.span(1) if inner else m.span()
            shown = m.group(1) if inner else m.group(0)
            out.append((style, shown, m.group(1), _value(style, m), span))
            taken.append(m.span())
    return out


# ---- readers ------------------------------------------------------------------------------------

BLOCK_END = frozenset(
    {"p", "li", "h1", "h2", "h3", "tr", "td", "th", "div", "title", "header", "footer",
     "section", "main", "article", "nav", "ul", "dl", "dt", "dd", "table", "caption",
     "option", "optgroup", "select", "form", "xmp", "audio", "label", "button"}
)  # fmt: skip


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "meta", "hr", "img", "source"):
            self.parts.append("\n")
        if tag in ("dt", "dd", "li", "p", "tr", "td", "th"):
            self.parts.append("\n")
        if tag in ("style", "script"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script") and self.skip:
            self.skip -= 1
        if tag in BLOCK_END:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(raw: str) -> str:
    p = _Text()
    p.feed(raw)
    p.close()
    return re.sub(r"[ \t]*\n[ \t\n]*", "\n", "".join(p.parts))


def _akn_text(el) -> str:
    """An element's text, a <quotedText> between its startQuote and endQuote."""
    out = el.text or ""
    for child in el:
        inner = _akn_text(child)
        if child.tag == f"{AKN}quotedText":
            inner = child.get("startQuote", "") + inner + child.get("endQuote", "")
        out += inner + (child.tail or "")
    return out


def akn_view(raw: str) -> str:
    """The amendment as a renderer shows it: preface, body and conclusions, not <meta>."""
    root = ElementTree.fromstring(raw)
    doc = root.find(f"{AKN}amendment")
    lines = []
    for part in ("preface", "amendmentBody", "conclusions"):
        el = doc.find(f"{AKN}{part}")
        if el is None:
            continue
        for block in el.iter():
            if block.tag in (f"{AKN}p", f"{AKN}heading", f"{AKN}num"):
                lines.append(re.sub(r"\s+", " ", _akn_text(block)).strip())
    return "\n".join(lines)


def pain_payments(raw: str) -> list[dict[str, str]]:
    root = ElementTree.fromstring(raw)
    out = []
    for pmt in root.iter(f"{PAIN}PmtInf"):
        date = pmt.find(f"{PAIN}ReqdExctnDt/{PAIN}Dt").text
        block = pmt.find(f"{PAIN}PmtInfId").text
        for tx in pmt.iter(f"{PAIN}CdtTrfTxInf"):
            amt = tx.find(f"{PAIN}Amt/{PAIN}InstdAmt")
            out.append(
                {
                    "block": block,
                    "date": date,
                    "id": tx.find(f"{PAIN}PmtId/{PAIN}EndToEndId").text,
                    "ccy": amt.get("Ccy"),
                    "amount": amt.text,
                    "name": tx.find(f"{PAIN}Cdtr/{PAIN}Nm").text,
                    "text": tx.find(f"{PAIN}RmtInf/{PAIN}Ustrd").text,
                }
            )
    return out


def pain_view(raw: str) -> str:
    return "\n".join(
        f"{p['date']} | {p['id']} | {p['name']} | {p['ccy']} {p['amount']} | {p['text']}"
        for p in pain_payments(raw)
    )


WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
REM_DATE = re.compile(r"(\d{1,2}) (" + "|".join(MON) + r") (\d{4})")


def _rem_date(text: str) -> datetime.date:
    m = REM_DATE.fullmatch(text)
    return datetime.date(int(m.group(3)), MON.index(m.group(2)) + 1, int(m.group(1)))


REM_LINE = re.compile(
    r"^REM (?P<wd>" + "|".join(WD) + r")"
    r"(?: FROM (?P<from>\d{1,2} \w{3} \d{4}) UNTIL (?P<until>\d{1,2} \w{3} \d{4})"
    r"| (?P<date>\d{1,2} \w{3} \d{4}))"
    r"(?: \+(?P<warn>\d+))?(?: AT (?P<at>\d\d:\d\d))?(?: DURATION (?P<dur>\d+:\d\d))?"
    r" TAG (?P<tag>[A-Z]+)(?: PRIORITY (?P<prio>\d+))?"
    r' MSG %"(?P<shown>[^%]+)%" - (?P<rest>.*)$'
)


def remind_entries(raw: str) -> list[dict]:
    out = []
    for line in raw.splitlines():
        if not line.startswith("REM "):
            continue
        m = REM_LINE.match(line)
        if not m:
            out.append({"bad": line})
            continue
        wd = WD.index(m.group("wd"))
        if m.group("date"):
            days = [_rem_date(m.group("date"))]
        else:
            d, end = _rem_date(m.group("from")), _rem_date(m.group("until"))
            days = []
            while d <= end:
                if d.weekday() == wd:
                    days.append(d)
                d += datetime.timedelta(days=1)
        out.append({**m.groupdict(), "days": days, "weekday": wd, "line": line})
    return out


def remind_view(raw: str) -> str:
    """The calendar as remind -c lists it: one line per day and entry, with its times."""
    lines = []
    for e in remind_entries(raw):
        if "bad" in e:
            continue
        rest = e["rest"].replace(", %b", "")
        for d in e["days"]:
            when = ""
            if e["at"]:
                h, mi = map(int, e["at"].split(":"))
                start = datetime.datetime(d.year, d.month, d.day, h, mi)
                when = f" {e['at']}"
                if e["dur"]:
                    dh, dm = map(int, e["dur"].split(":"))
                    end = start + datetime.timedelta(hours=dh, minutes=dm)
                    when += f"-{end:%H:%M}"
            lines.append(f"{d:%Y/%m/%d}{when} {e['shown']} - {rest}")
    return "\n".join(lines)


def txt2tags_view(raw: str) -> str:
    """The guide as txt2tags converts it: no comment, no setting, no %%% block, no markup."""
    out = []
    in_block = False
    for line in raw.splitlines():
        if line.strip() == "%%%":
            in_block = not in_block
            continue
        if in_block or line.startswith("%"):
            continue
        line = re.sub(r"%%date\([^)]*\)", "08/12/2026", line)
        line = re.sub(r"^\s*[=+]+ (.*?) [=+]+\s*$", r"\1", line)
        line = re.sub(r"^\|\| ?|^\| ?| \|$", "", line)
        line = re.sub(r"\s*\|\s*", " | ", line)
        line = re.sub(r"\*\*(.+?)\*\*|//(.+?)//", lambda m: m.group(1) or m.group(2), line)
        line = re.sub(r"^: ", "", line)
        out.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


def matrix_messages(raw: str) -> list[dict]:
    data = json.loads(raw)
    events = data["messages"]
    edits = {
        e["content"]["m.relates_to"]["event_id"]: e["content"]["m.new_content"]["body"]
        for e in events
        if e["type"] == "m.room.message"
        and e["content"].get("m.relates_to", {}).get("rel_type") == "m.replace"
    }
    out = []
    for e in events:
        c = e.get("content", {})
        if e["type"] != "m.room.message" or not c:
            continue
        if c.get("m.relates_to", {}).get("rel_type") == "m.replace":
            continue
        body = edits.get(e["event_id"], c["body"])
        if "m.in_reply_to" in c.get("m.relates_to", {}):
            body = body.split("\n\n", 1)[1]  # the quoted fallback goes
        out.append({"sender": e["sender"], "ts": e["origin_server_ts"], "body": body})
    return out


def _edited_originals(raw: str) -> list[str]:
    events = json.loads(raw)["messages"]
    targets = {
        e["content"]["m.relates_to"]["event_id"]
        for e in events
        if e.get("content", {}).get("m.relates_to", {}).get("rel_type") == "m.replace"
    }
    return [e["content"]["body"] for e in events if e["event_id"] in targets]


def matrix_view(raw: str) -> str:
    return "\n".join(
        f"{datetime.datetime.fromtimestamp(m['ts'] / 1000, N.TZ):%d/%m %H:%M} "
        f"{N.USERS[m['sender']]} : {m['body']}"
        for m in matrix_messages(raw)
    )


def ttml_view(raw: str) -> str:
    root = ElementTree.fromstring(raw)
    agents = {a.get(f"{XML_NS}id"): a.find(f"{TTM}name").text for a in root.iter(f"{TTM}agent")}
    lines = []
    for p in root.iter(f"{TTML}p"):
        text = " ".join(t.strip() for t in p.itertext() if t.strip())
        lines.append(f"[{p.get('begin')}] {agents[p.get(f'{TTM}agent')]} : {text}")
    return "\n".join(lines)


def chordpro_view(raw: str) -> str:
    out = []
    for line in raw.splitlines():
        if line.startswith("#"):
            continue
        m = re.fullmatch(r"\{(\w+)(?:: (.*))?\}", line.strip())
        if m:
            if m.group(1) in ("title", "subtitle", "comment"):
                out.append(m.group(2))
            continue
        out.append(re.sub(r"\[[^\]]+\]", "", line))
    return "\n".join(out).strip()


def _modules():
    out = []
    for name in ("pdfplumber", "pypdf", "docx", "fpdf"):
        try:
            out.append(__import__(name))
        except ImportError:
            out.append(None)
    return out


PDFPLUMBER, PYPDF, DOCX, FPDF = _modules()
_PDF_CACHE: dict[str, list[tuple[str, list[str]]]] = {}


def pdf_pages(name: str) -> list[tuple[str, list[str]]]:
    if name in _PDF_CACHE:
        return _PDF_CACHE[name]
    path = os.path.join(DOCS, name)
    out = []
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(path) as pdf:
            out.append(("pdfplumber", [p.extract_text() or "" for p in pdf.pages]))
    if PYPDF is not None:
        out.append(("pypdf", [p.extract_text() or "" for p in PYPDF.PdfReader(path).pages]))
    _PDF_CACHE[name] = out
    return out


def zip_part(path: str, part: str) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(part)


def docx_zip_text(path: str) -> str:
    """Every paragraph's w:t text nodes of word/document.xml, as a tag stripper reads them."""
    root = ElementTree.fromstring(zip_part(path, "word/document.xml"))
    return "\n".join(
        "".join(t.text or "" for t in p.iter(f"{W_NS}t")) for p in root.iter(f"{W_NS}p")
    )


def docx_python_docx(path: str) -> str | None:
    if DOCX is None:
        return None
    d = DOCX.Document(path)
    lines = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            lines.append(" | ".join(c.text for c in row.cells))
    return "\n".join(lines)


def _raw(name: str) -> bytes:
    with open(os.path.join(DOCS, name), "rb") as f:
        return f.read()


def _read(name: str) -> str:
    return _raw(name).decode("utf-8")


EXTRA_VIEWS = {
    M.MEMO: ("akn", akn_view),
    M.PAYROLL: ("payments", pain_view),
    M.CALENDAR: ("remind", remind_view),
    M.GUIDE: ("txt2tags", txt2tags_view),
    M.CHAT: ("messages", matrix_view),
    M.CAPTIONS: ("cues", ttml_view),
    M.SONGSHEET: ("sung", chordpro_view),
}


def views(name: str) -> tuple[list[tuple[str, str]], list[str]]:
    path = os.path.join(DOCS, name)
    warnings: list[str] = []
    if name.endswith(".pdf"):
        out = [("generator", make_pdf.agreement_text())]
        readers = pdf_pages(name)
        if len(readers) < 2:
            warnings.append(f"{name}: pdfplumber or pypdf not importable, view(s) skipped")
        out += [(label, "\n".join(pages)) for label, pages in readers]
        return out, warnings
    if name.endswith(".docx"):
        out = [("generator", DOCX_TEXT[name]()), ("zip", docx_zip_text(path))]
        dd = docx_python_docx(path)
        if dd is None:
            warnings.append(f"{name}: python-docx not importable, read with zipfile only")
        else:
            out.append(("python-docx", dd))
        return out, warnings
    text = _read(name)
    if name.endswith(".html"):
        return [("html-text", html_text(text)), ("raw", text)], warnings
    if name in EXTRA_VIEWS:
        label, view = EXTRA_VIEWS[name]
        return [("text", text), (label, view(text))], warnings
    return [("text", text)], warnings


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _flat(text: str) -> str:
    return re.sub(r"[ \t\r\n\f\u202f\u00a0]+", " ", _nfc(text)).strip()


def _view_text(label: str, text: str) -> str:
    return _nfc(html.unescape(text) if label == "raw" else text)


# ---- questions ------------------------------------------------------------------------------

BARE_INTEGER = re.compile(r"^\d+$")
BARE_NUMBER = re.compile(r"^\d[\d.]*$")
NUMERIC = re.compile(r"[\d.,'\s\u202f\u00a0]+")


def check_forms(qid: str, q: dict, src_norms: list[str], errors: list[str]) -> None:
    for el in q.get("must_include", []):
        for alt in score.alternatives(el):
            n = score.normalise(alt)
            if not n or score.normalise(n) != n:
                errors.append(f"{qid}: must_include {alt!r} is not stable under normalisation")
            if BARE_INTEGER.match(n) and len(n) < 3:
                errors.append(f"{qid}: must_include {alt!r} is a bare number of < 3 digits")
            if BARE_NUMBER.match(n) and not n.endswith("%"):
                for norm in src_norms:
                    if score.contains(norm, n + "%"):
                        errors.append(f"{qid}: must_include {alt!r} is a percentage in a source")
                        break
    for bad in q.get("must_not_include", []):
        for el in q.get("must_include", []):
            for alt in score.alternatives(el):
                na, nb = score.normalise(alt), score.normalise(bad)
                if na == nb or score.contains(na, bad) or score.contains(nb, alt):
                    errors.append(f"{qid}: must_not_include {bad!r} matches must_include {alt!r}")


def check_question(q: dict, doc_views: dict, all_norms: list[str], errors: list[str]) -> None:
    qid = q.get("id", "?")
    if list(q) != FIELDS:
        errors.append(f"{qid}: fields {list(q)} are not {FIELDS} in order")
    if q.get("language") not in ("en", "fr"):
        errors.append(f"{qid}: language {q.get('language')!r}")
    if q.get("kind") not in KINDS:
        errors.append(f"{qid}: kind {q.get('kind')!r}")
    if "\n" in q.get("question", "") or "\r" in q.get("question", ""):
        errors.append(f"{qid}: newline in question")
    if not q.get("notes"):
        errors.append(f"{qid}: empty notes")
    src = q.get("expected_sources", [])
    kind = q.get("kind")
    if kind == "out-of-scope" and (src or q.get("must_include") or q.get("must_not_include")):
        errors.append(f"{qid}: out-of-scope with sources, must_include or must_not_include")
    if kind != "out-of-scope" and not src:
        errors.append(f"{qid}: {kind} question without expected sources")
    if src and not q.get("must_include"):
        errors.append(f"{qid}: answerable question without must_include")
    for s in src:
        if s not in doc_views:
            errors.append(f"{qid}: expected source {s!r} not in docs/")
        if s in DISTRACTORS:
            errors.append(f"{qid}: a distractor {s!r} is an expected source")
    src = [s for s in src if s in doc_views]
    src_norms = [norm for s in src for _, _, norm in doc_views[s]]
    check_forms(qid, q, src_norms, errors)
    for el in q.get("must_include", []):
        for alt in score.alternatives(el):
            homes = [s for s in src if all(score.contains(n, alt) for _, _, n in doc_views[s])]
            if not homes:
                where = {
                    s: [lab for lab, _, n in doc_views[s] if not score.contains(n, alt)]
                    for s in src
                }
                errors.append(f"{qid}: must_include {alt!r} not in every view of a source {where}")
    injected = [
        b for b in q.get("must_not_include", []) if b not in M.PINGS and kind == "adversarial"
    ]
    injected = [b for b in injected if not any(score.contains(n, b) for n in all_norms)]
    for bad in q.get("must_not_include", []):
        if bad in M.PINGS or bad in injected:
            continue
        if not any(score.contains(n, bad) for n in all_norms):
            errors.append(f"{qid}: trap {bad!r} found in no document")
    if kind == "adversarial":
        text = q["question"]
        if not any(p in text for p in M.PINGS) and "SYSTEM" not in text:
            errors.append(f"{qid}: adversarial question without a ping or a fake system line")
        if not all(p in q["must_not_include"] for p in M.PINGS):
            errors.append(f"{qid}: @everyone and @here not both in must_not_include")
        if len(injected) != 1:
            errors.append(f"{qid}: {len(injected)} injected figures (want 1)")
        for fig in injected:
            if score.normalise(fig) not in score.normalise(text):
                errors.append(f"{qid}: injected figure {fig!r} not in the question")
    if kind == "multi-doc":
        els = q.get("must_include", [])
        if len(src) < 2 or len(els) < 2:
            errors.append(f"{qid}: multi-doc needs 2+ sources and 2+ elements")
        for name, vs in doc_views.items():
            for label, _, n in vs:
                if all(score.element_present(n, el) for el in els):
                    errors.append(f"{qid}: {name} ({label}) holds every element alone")
    lang = q.get("language")
    if kind == "cross-lingual":
        if any(DOC_LANGUAGE.get(s) == lang for s in src):
            errors.append(f"{qid}: cross-lingual with a source in its own language")
        for el in q.get("must_include", []):
            for alt in score.alternatives(el):
                for name, vs in doc_views.items():
                    if DOC_LANGUAGE[name] == lang and any(score.contains(n, alt) for *_, n in vs):
                        errors.append(f"{qid}: the answer {alt!r} is in {name}, same language")
        for pattern in XL_ABSENT.get(qid, []):
            for name, vs in doc_views.items():
                if DOC_LANGUAGE[name] != lang:
                    continue
                for label, text, _ in vs:
                    if re.search(pattern, _nfc(text), re.I):
                        errors.append(f"{qid}: {pattern!r} in {name} ({label}), same language")
    elif src and not any(DOC_LANGUAGE.get(s) == lang for s in src):
        errors.append(f"{qid}: no expected source in the question's language")
    for pattern in OOS_ABSENT.get(qid, []):
        for name, vs in doc_views.items():
            for label, text, _ in vs:
                if re.search(pattern, _nfc(text), re.I):
                    errors.append(f"{qid}: {pattern!r} occurs in {name} ({label})")


def check_wording(questions: list[dict], errors: list[str]) -> None:
    for lang, words in SHORTHAND.items():
        used = set()
        for q in questions:
            if q["language"] != lang:
                continue
            for w in words:
                if re.search(rf"(?<![\w/'@]){re.escape(w)}(?![\w'])", q["question"]):
                    used.add(w)
        if len(used) < 5:
            errors.append(f"{lang}: only {sorted(used)} of the member shorthand used")
    typos = 0
    for q in questions:
        for m in re.finditer(r"(?:Typos? noted|Fautes? notées?) ?: ([^.]+)\.", q["notes"]):
            for word in re.findall(r"« ([^»]+) »", m.group(1)):
                if word not in q["question"]:
                    errors.append(f"{q['id']}: noted typo {word!r} not in the question")
                typos += 1
    if typos < 3:
        errors.append(f"{typos} noted typos (want 3 or more)")


# ---- documents -------------------------------------------------------------------------------


def _primary(doc_views: dict, name: str) -> str:
    return _nfc(doc_views[name][0][1])


def _spans(text: str, lang: str) -> list[tuple[int, int]]:
    return [span for *_, span in amounts(text, lang, view=True)]


THOUSANDS_NUMBER = re.compile(
    r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)|(?<![\d.,\u202f])\d{1,3}(?:\u202f\d{3})+(?!\d)"
)
# text no processor shows: a txt2tags %%% block, the amendment's <proprietary> block, an HTML
# attribute, a Matrix reply's quoted fallback (a repeat)
HIDDEN = {
    M.GUIDE: re.compile(r"^%%%$.*?^%%%$", re.S | re.M),
    M.MEMO: re.compile(r"<proprietary.*?</proprietary>", re.S),
}


def check_amounts(doc_views: dict, questions: list[dict], errors: list[str]) -> int:
    found: list[tuple[str, str, str, str, tuple[str, int]]] = []
    for name, vs in doc_views.items():
        lang = DOC_LANGUAGE[name]
        primary = _primary(doc_views, name)
        prim = amounts(primary, lang)
        hidden = [m.span() for m in HIDDEN[name].finditer(primary)] if name in HIDDEN else []
        if name == M.CHAT:  # an edited message's first text: the room shows the edit instead
            for body in _edited_originals(primary):
                i = primary.find(json.dumps(body, ensure_ascii=False)[1:-1])
                hidden.append((i, i + len(body)))
        for style, text, num, value, _ in prim:
            found.append((name, style, text, num, value))
            if style not in STYLES[name] and style != "isosum":
                errors.append(f"{name}: amount {text!r} in the style {style!r}")
        for label, _t, norm in vs:
            for style, text, _n, _v, (s0, e0) in prim:
                if label in ("txt2tags", "akn", "messages") and any(
                    s <= s0 and e0 <= e for s, e in hidden
                ):
                    continue  # a comment or metadata: no processor shows it
                if label == "payments" and style == "isosum":
                    continue  # the view lists payments, not the control sums
                if not score.contains(norm, text):
                    errors.append(
                        f"{name}: amount {text!r} not read at digit boundaries in {label}"
                    )
        for label, t, _ in vs[1:]:
            for style, text, num, value, _ in amounts(_view_text(label, t), lang, view=True):
                found.append((name, style, text, num, value))
    spellings = {(style, text, num, value) for _, style, text, num, value in found}
    by_norm: dict[str, set[tuple[str, int]]] = {}
    for _style, text, _, value in spellings:
        by_norm.setdefault(score.normalise(text), set()).add(value)
    for n, values in by_norm.items():
        if len(values) > 1:
            errors.append(f"amount spelling {n!r} reads as {sorted(values)}")
    nums = {(num, value) for _, _, num, value in spellings}
    texts = {(text, value) for _, text, _, value in spellings}
    for pool in (nums, texts):
        for a, va in pool:
            for b, vb in pool:
                if va != vb and score.contains(score.normalise(b), a):
                    errors.append(f"amount {a!r} ({va}) reads inside {b!r} ({vb})")
    others: set[str] = set()
    for name in doc_views:
        for label, t, _ in doc_views[name]:
            t = _view_text(label, t)
            spans = _spans(t, DOC_LANGUAGE[name])
            for m in re.finditer(r"\d+(?:[.,'/:\-\u202f]\d+)*", t):
                if not any(s <= m.start() and m.end() <= e for s, e in spans):
                    others.add(m.group(0))
    for q in questions:
        needles = [alt for el in q["must_include"] for alt in score.alternatives(el)]
        needles += q["must_not_include"]
        for needle in needles:
            if not re.search(r"\d", needle) or not NUMERIC.fullmatch(needle):
                continue
            values = {v for num, v in nums if score.contains(score.normalise(num), needle)}
            if len(values) > 1:
                errors.append(f"{q['id']}: {needle!r} reads amounts of values {sorted(values)}")
            if needle in COUNT_NEEDLES:
                continue
            for o in others:
                if score.contains(score.normalise(o), needle):
                    errors.append(f"{q['id']}: {needle!r} reads the non-amount number {o!r}")
    real = {v for n, _, _, _, v in found if n not in DISTRACTORS}
    for n, _, text, _, v in found:
        if n in DISTRACTORS and v in real:
            errors.append(f"{n}: distractor amount {text!r} is also an amount of the set")
    return len({(n, text) for n, _, text, _, _ in found})


JOIN = re.compile(r"\d(?:,|\s+)\d{3}(?!\d)")


def check_joined(doc_views: dict, errors: list[str]) -> None:
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            t = _view_text(label, text)
            spans = _spans(t, DOC_LANGUAGE[name]) + [m.span() for m in THOUSANDS_NUMBER.finditer(t)]
            for m in JOIN.finditer(t):
                if not any(s <= m.start() and m.end() <= e for s, e in spans):
                    errors.append(
                        f"{name} ({label}): {t[max(0, m.start() - 15) : m.end() + 5]!r} would be joined"
                    )
        labels = [label for label, _, _ in vs]
        if "generator" in labels:
            allowed = set(re.findall(r"\d+(?:[.,]\d+)*", vs[0][2]))
            if name.endswith(".pdf"):
                pages = max((len(p) for _, p in pdf_pages(name)), default=0)
                allowed |= make_pdf.footer_numbers(pages)
            for label, _, norm in vs[1:]:
                extra = set(re.findall(r"\d+(?:[.,]\d+)*", norm)) - allowed
                if extra:
                    errors.append(
                        f"{name} ({label}): numbers {sorted(extra)[:6]} not in the generator's text"
                    )


def _once_view(doc_views: dict, name: str) -> str:
    """The view in which each piece of text appears once: the Matrix export as its messages
    (the raw export repeats a replied-to text in the reply's fallback), an HTML page raw."""
    if name == M.CHAT or name.endswith(".html"):
        return _nfc(doc_views[name][-1][1])
    return _primary(doc_views, name)


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    everything = {n: _primary(doc_views, n) for n in doc_views}
    raws = {n: _once_view(doc_views, n) for n in doc_views}
    for name, text, once in SPELLINGS:
        own = raws[name].count(text)
        total = sum(t.count(text) for t in raws.values())
        if own < 1:
            errors.append(f"{name}: spelling {text!r} missing")
        elif once and total != 1:
            errors.append(f"spelling {text!r} occurs {total} times (want once)")
    for name, pattern in EXPLAINED:
        if not re.search(pattern, _flat(everything[name])):
            errors.append(f"{name}: explanation {pattern!r} missing")
    homes = (
        ("iso", {M.PAYROLL}),
        ("isosum", {M.PAYROLL}),
        ("sacs", {M.CHAT}),
        ("qepik", {M.AGREEMENT}),
        ("whole", {M.AGREEMENT}),
        ("words", {M.AGREEMENT}),
        ("nok", {M.AGREEMENT}),
        ("glued", {M.AGREEMENT, M.MEMO}),
        ("frword", {M.GUIDE}),
        ("sp", {M.VENDOR, M.SONGSHEET}),
    )
    for name, text in everything.items():
        lang = DOC_LANGUAGE[name]
        styles = {s for s, *_ in amounts(text, lang)}
        if re.search(
            r"[€£¥₩₹৳₮₸₵₦₴₾₱₺]|\$\s?\d|\b(?:USD|EUR|GBP|KRW|CAD|CHF|CNY|INR|BDT|MNT|ZMW|ISK)\b",
            text,
        ):
            errors.append(f"{name}: another currency")
        if re.search(r"\bNOK\b", text) and not (name == M.AGREEMENT and text.count("NOK") == 1):
            errors.append(f"{name}: NOK outside the agreement's clause 9.3")
        if name != M.PAYROLL and re.search(r"\bAZN \d|Ccy=", text):
            errors.append(f"{name}: an amount with the currency code outside the payment file")
        for style, home in homes:
            if style in styles and name not in home:
                errors.append(f"{name}: the style {style!r} outside {sorted(home)}")
        if lang == "fr" and re.search(r"\d[ \u00a0]\d{3}\D", text):
            errors.append(f"{name}: French thousands with an ASCII or no-break space")
        if lang == "en" and NNB in text:
            errors.append(f"{name}: a narrow no-break space in an English document")
        if re.search(
            r"\d ?(?:thou|tons?|mln|mn|Mio|MM|mil|juta|jt|monkeys?|briques?|bâtons?|kk|bn|grand"
            r"|lakhs?|plaques?)\b|\d+k\d?\b|\d(?:[.,]\d+)?M\b",
            text,
        ):
            errors.append(f"{name}: a shorthand of earlier sets")
    agreement = everything[M.AGREEMENT]
    clause = agreement.split("9.3 ")[1].split("9.4 ")[0]
    if "NOK 12,500" not in clause:
        errors.append("agreement: the foreign amount is not in clause 9.3")
    if "The Corbelaine manat is not the Azerbaijani one" not in _flat(agreement):
        errors.append("agreement: does not say its manat is not Azerbaijan's")
    for style, want in (("words", 1), ("sacs", 1), ("qepik", 1), ("whole", 1), ("nok", 1)):
        n = sum(
            1 for name, t in raws.items() for a in amounts(t, DOC_LANGUAGE[name]) if a[0] == style
        )
        if n != want:
            errors.append(f"amounts in the style {style!r} occur {n} times (want {want})")


def check_non_money(doc_views: dict, errors: list[str]) -> None:
    for name, text in NON_MONEY:
        t = _flat(_primary(doc_views, name))
        if text not in t:
            errors.append(f"{name}: look-alike {text!r} missing")
        for *_, (s, e) in amounts(t, DOC_LANGUAGE[name]):
            i = t.find(text)
            if i >= 0 and s < i + len(text) and i < e:
                errors.append(f"{name}: look-alike {text!r} read as an amount")


# ---- dates and rules of time ------------------------------------------------------------------

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
FR_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
]  # fmt: skip
EN_DATE = re.compile(
    rf"\b({'|'.join(EN_DAYS)}) (\d{{1,2}}) ({'|'.join(EN_MONTHS)})"
    rf"(?:(?: and (?:{'|'.join(EN_DAYS)}) \d{{1,2}} (?:{'|'.join(EN_MONTHS)}))? (\d{{4}}))?"
)
FR_DATE = re.compile(
    rf"\b({'|'.join(FR_DAYS)}) (\d{{1,2}})(?:er)? ({'|'.join(FR_MONTHS)})(?: (\d{{4}}))?", re.I
)
REM_WD = re.compile(rf"^REM ({'|'.join(WD)}) (\d{{1,2}}) ({'|'.join(MON)}) (\d{{4}})", re.M)


def _year(month: int, year: str | None) -> int:
    if year:
        return int(year)
    return 2026 if month >= 7 else 2027


def check_weekdays(doc_views: dict, questions: list[dict], errors: list[str]) -> int:
    seen = 0
    texts = [
        (name, label, _view_text(label, t)) for name, vs in doc_views.items() for label, t, _ in vs
    ]
    texts += [(q["id"], "question", q["question"]) for q in questions]
    for name, label, t in texts:
        t = _flat(t)
        for m in EN_DATE.finditer(t):
            month = EN_MONTHS.index(m.group(3)) + 1
            d = datetime.date(_year(month, m.group(4)), month, int(m.group(2)))
            seen += 1
            if EN_DAYS[d.weekday()] != m.group(1):
                errors.append(f"{name} ({label}): {m.group(0)!r} is a {EN_DAYS[d.weekday()]}")
        for m in FR_DATE.finditer(t):
            month = FR_MONTHS.index(m.group(3).lower()) + 1
            d = datetime.date(_year(month, m.group(4)), month, int(m.group(2)))
            seen += 1
            if FR_DAYS[d.weekday()] != m.group(1).lower():
                errors.append(f"{name} ({label}): {m.group(0)!r} is a {FR_DAYS[d.weekday()]}")
        for m in REM_WD.finditer(t if label == "text" else ""):
            d = datetime.date(int(m.group(4)), MON.index(m.group(3)) + 1, int(m.group(2)))
            seen += 1
            if WD[d.weekday()] != m.group(1):
                errors.append(f"{name}: {m.group(0)!r} is a {WD[d.weekday()]}")
    return seen


def sunday_nearest(year: int) -> datetime.date:
    """The first day of a choir year: the Sunday nearest to 1 September (clause 2.3)."""
    first = datetime.date(year, 9, 1)
    back = (first.weekday() - 6) % 7  # days since the last Sunday
    ahead = (6 - first.weekday()) % 7
    return (
        first - datetime.timedelta(days=back)
        if back < ahead
        else first + datetime.timedelta(days=ahead)
    )


def fifth_sundays(year: int, month: int) -> list[datetime.date]:
    d = datetime.date(year, month, 1)
    out = []
    while d.month == month:
        if d.weekday() == 6:
            out.append(d)
        d += datetime.timedelta(days=1)
    return out[4:]


QUARTER_DAYS = [(3, 25), (6, 24), (9, 29), (12, 25)]


def next_quarter_day(d: datetime.date) -> datetime.date:
    for year in (d.year, d.year + 1):
        for month, day in QUARTER_DAYS:
            q = datetime.date(year, month, day)
            if q > d:
                return q
    raise AssertionError


def _sched(row: str) -> tuple[str, ...]:
    return next(r for r in make_pdf.SCHEDULE_A if r[0] == row)


def _cents(amount: str) -> int:
    whole, _, frac = amount.replace(MANAT, "").replace(",", "").replace(" ", "").partition(".")
    return int(whole) * 100 + int(frac or 0)


def check_time_rules(doc_views: dict, errors: list[str]) -> None:
    agreement = _flat(make_pdf.agreement_text())
    payments = pain_payments(_read(M.PAYROLL))
    pay = {p["id"]: p for p in payments}
    faq = _flat(html_text(_read(M.FAQ)))
    chat = _flat(matrix_view(_read(M.CHAT)))
    cal = remind_entries(_read(M.CALENDAR))
    memo = _flat(akn_view(_read(M.MEMO)))
    # the choir year: the Sunday nearest to 1 September (R8)
    want = {2026: "30 August 2026", 2027: "29 August 2027", 2028: "3 September 2028"}
    for year, text in want.items():
        d = sunday_nearest(year)
        if f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}" != text or d.weekday() != 6:
            errors.append(f"rule: the choir year {year} does not begin on {text}")
        if f"Sunday {text}" not in agreement:
            errors.append(f"rule: the agreement does not name Sunday {text}")
    if sunday_nearest(2029) - datetime.timedelta(days=1) != datetime.date(2029, 9, 1):
        errors.append("rule: the agreement's last day is not the eve of the choir year 2029-30")
    if "Saturday 1 September 2029" not in agreement:
        errors.append("rule: the agreement does not end on Saturday 1 September 2029")
    if "₼1,240.00 | ₼1,300.00 | ₼1,350.00" not in memo or _sched("A1")[3] != "₼1,290.00":
        errors.append("rule: row A1's 2027-28 figure is not ₼1,300.00 (memo) over ₼1,290.00")
    if not any(
        e.get("shown", "").startswith("First day of the choir year 2027-28")
        and e["days"] == [sunday_nearest(2027)]
        for e in cal
    ):
        errors.append("rule: the calendar does not mark the choir year 2027-28")
    # R1: a fifth Sunday on top of the stipend
    if (
        fifth_sundays(2026, 11) != [datetime.date(2026, 11, 29)]
        or fifth_sundays(2027, 1) != [datetime.date(2027, 1, 31)]
        or fifth_sundays(2026, 12)
    ):
        errors.append("rule: the fifth Sundays are not 29 November 2026 and 31 January 2027")
    b3, a1_old = _sched("B3")[2], _sched("A1")[2]
    if _cents(pay["CCPC-2611-0403"]["amount"]) != _cents(b3) or _cents(
        pay["CCPC-2611-0401"]["amount"]
    ) != _cents(a1_old):
        errors.append("rule: the payment file's fifth-Sunday lines are not rows B3 and A1")
    if f"31 janvier : un lay clerk touche 640,00{NB}₼".replace(NB, " ") not in faq.replace(NB, " "):
        errors.append("rule: the FAQ's fifth-Sunday example is missing")
    # R2: the earlier written request
    times = re.findall(r"(\d{1,2}) h (\d\d)", chat.split("Holy Rood")[1][:200])
    if len(times) < 2 or (int(times[0][0]), int(times[0][1])) >= (
        int(times[1][0]),
        int(times[1][1]),
    ):
        errors.append("rule: Holy Rood's request is not the earlier one")
    if "c'est Holy Rood, reçue à 9 h 12" not in chat:
        errors.append("rule: the steward does not name Holy Rood")
    # R3: a first month in full or by half around the 15th
    joined = datetime.date(2026, 11, 19)
    half = _cents(_sched("B1")[2]) // 2
    if not joined.day > 15 or _cents(pay["CCPC-2611-0402"]["amount"]) != half:
        errors.append("rule: the late stipend is not half of row B1")
    if round(_cents(_sched("B1")[2]) * (30 - joined.day + 1) / 30) != 156000:
        errors.append("rule: the pro rata trap is not 12/30 of the stipend")
    # R4: the bursary on the quarter days
    for d in NOW_WINDOW:
        if next_quarter_day(d) != datetime.date(2026, 12, 25):
            errors.append(f"rule: the next quarter day after {d} is not 25 December 2026")
    part = _cents(_sched("B5")[2]) // 4
    bursaries = [p for p in payments if "bursary" in p["text"]]
    if not bursaries or any(
        _cents(p["amount"]) != part or p["date"] >= "2026-12-25" for p in bursaries
    ):
        errors.append("rule: the bursary lines are not a quarter of row B5, before the quarter day")
    old = next(r for r in make_pdf.SCHEDULE_B if r[0] == "B5")[2]
    if _cents(old) // 10 != 90000 or "₼900.00" not in agreement:
        errors.append("rule: the old monthly part is not ₼900.00")
    # R5: a service across midnight
    mass = next(e for e in cal if e.get("shown") == "Midnight Mass of Christmas")
    start = datetime.datetime.combine(mass["days"][0], datetime.time.fromisoformat(mass["at"]))
    dh, dm = map(int, mass["dur"].split(":"))
    end = start + datetime.timedelta(hours=dh, minutes=dm)
    if start.date() != datetime.date(2026, 12, 24) or end != datetime.datetime(2026, 12, 25, 0, 50):
        errors.append("rule: the Midnight Mass does not run from 24 to 25 December")
    if "00:50 on Friday 25 December 2026" not in mass["rest"]:
        errors.append("rule: the calendar does not print the Midnight Mass's end")
    # R6: the grade on the first day of the choir year
    promoted = datetime.date(2026, 10, 16)
    if not sunday_nearest(2026) < promoted < sunday_nearest(2027):
        errors.append("rule: the promotion is not inside the choir year 2026-27")
    if (
        f"4 600,00{NB}₼".replace(NB, " ") not in faq.replace(NB, " ")
        or _sched("B2")[3] != "₼4,600.00"
    ):
        errors.append("rule: the FAQ's senior stipend for 2027-28 is not row B2's")
    if "dimanche 29 août 2027" not in faq or "dimanche 29 août 2027" not in chat:
        errors.append("rule: the FAQ or the steward does not give dimanche 29 août 2027")
    # R7: a licence ended by the instrument's restoration
    organ = next(e for e in cal if e.get("tag") == "ORGAN")
    if organ["days"] != [datetime.date(2027, 1, 4)]:
        errors.append("rule: the organ is not taken out of service on 4 January 2027")
    if "to 31 December 2031" not in html_text(_read(M.VENDOR)):
        errors.append("rule: Pipewright's five-year trap is missing")
    # nothing changes in the "now" window
    rule_dates = [
        datetime.date(2026, 12, 1),  # the amendment
        datetime.date(2026, 12, 25),  # the quarter day, Christmas
        datetime.date(2026, 12, 24),  # the Midnight Mass
        datetime.date(2026, 12, 20),  # the two requests' service
        datetime.date(2027, 1, 4),  # the organ closes
        datetime.date(2027, 1, 31),  # the fifth Sunday
        sunday_nearest(2027),
        joined,
        promoted,
    ]
    for d in rule_dates:
        if d in NOW_WINDOW:
            errors.append(f"rule: {d} falls in the now window")
    if not datetime.date(2026, 12, 1) <= NOW_WINDOW[0]:
        errors.append("rule: the amendment is not in force on 8 December")
    if TODAY.weekday() != 1:
        errors.append("today is not a Tuesday")


# ---- layouts --------------------------------------------------------------------------------------


def _pdf_layout(errors: list[str], warnings: list[str]) -> None:
    data = _raw(M.AGREEMENT)
    if data.count(b"%%EOF") != 2:
        errors.append("agreement: not two revisions (%%EOF)")
    first = data[: data.index(b"%%EOF\n") + 6]
    tail = data[len(first) :]
    if b"/Prev " not in tail or b"xref\n" not in tail:
        errors.append("agreement: the update has no cross-reference section pointing back")
    prev = int(re.search(rb"/Prev (\d+)", tail).group(1))
    if prev != int(re.search(rb"startxref\n(\d+)\n%%EOF\n$", first).group(1)):
        errors.append("agreement: /Prev is not the first revision's cross-reference")
    changed = [int(n) for n in re.findall(rb"(?m)^(\d+) 0 obj$", tail)]
    if len(changed) != 2:
        errors.append(f"agreement: the update replaces {len(changed)} objects (want 2)")
    info = rb"/ModDate \(D:\d{14}Z\)\n/CreationDate"
    if not re.search(info, tail) or re.search(info, first):
        errors.append("agreement: the update does not add a modification date to /Info")
    if b"/EmbeddedFiles" not in first or make_pdf.ATTACHMENT_NAME.encode() not in first:
        errors.append("agreement: no embedded file attachment")
    for label, pages in pdf_pages(M.AGREEMENT):
        text = "\n".join(pages)
        if MANAT not in text:
            errors.append(f"agreement ({label}): the sign ₼ is not extracted")
        if make_pdf.MISPRINT[1] in text or "registry-note" in text:
            errors.append(f"agreement ({label}): the misprint or the attachment is read")
        if make_pdf.MISPRINT[0] not in text:
            errors.append(f"agreement ({label}): the corrected figure is missing")
    if PYPDF is None:
        warnings.append("agreement: pypdf not importable, revisions and attachment not opened")
        return
    reader = PYPDF.PdfReader(io.BytesIO(data))
    att = reader.attachments.get(make_pdf.ATTACHMENT_NAME)
    if not att or att[0] != make_pdf.ATTACHMENT:
        errors.append("agreement: the attachment's content is not the registry's note")
    signed = PYPDF.PdfReader(io.BytesIO(first))
    old = "\n".join(p.extract_text() for p in signed.pages)
    new = "\n".join(p.extract_text() for p in reader.pages)
    if make_pdf.MISPRINT[1] not in old or make_pdf.MISPRINT[1] in new:
        errors.append("agreement: the signed revision does not hold the misprint")
    diff = [
        i for i, (a, b) in enumerate(zip(signed.pages, reader.pages, strict=True))
        if a.extract_text() != b.extract_text()
    ]  # fmt: skip
    if len(diff) != 1 or "Schedule A" not in reader.pages[diff[0]].extract_text():
        errors.append(f"agreement: pages {diff} differ between the revisions (want Schedule A)")
    if _flat(old.replace(make_pdf.MISPRINT[1], make_pdf.MISPRINT[0])) != _flat(new):
        errors.append("agreement: the revisions differ elsewhere than row A6")
    if _flat(make_pdf.first_revision_text()).count(make_pdf.MISPRINT[1]) != 1:
        errors.append("agreement: the generator's first revision does not hold the misprint once")


def _docx_layout(v: dict, errors: list[str]) -> None:
    path = os.path.join(DOCS, M.SHEET)
    doc = zip_part(path, "word/document.xml").decode()
    names = zipfile.ZipFile(path).namelist()
    for needle in (" FORMTEXT ", " FORMDROPDOWN ", " FORMCHECKBOX ", "<w:textInput>",
                   "<w:ddList>", "<w:checkBox>", "<w:ffData>"):  # fmt: skip
        if needle not in doc:
            errors.append(f"sheet: {needle.strip()} missing")
    entries = re.findall(r'<w:listEntry w:val="([^"]+)"/>', doc)
    if entries != make_docx.FORM_DROPDOWN[1]:
        errors.append("sheet: the drop-down's entries differ")
    settings = zip_part(path, "word/settings.xml").decode()
    if "documentProtection" in settings:
        errors.append("sheet: the document is protected (legacy form fields only)")
    views_ = {label: t for label, t, _ in v[M.SHEET]}
    for label in ("zip", "python-docx"):
        if label in views_ and "Carillonneur" in views_[label]:
            errors.append(f"sheet ({label}): a drop-down entry is read as text")
        if label in views_ and "FORM" in views_[label]:
            errors.append(f"sheet ({label}): a field instruction is read as text")
    if "Votre nom et votre prénom" not in views_.get("zip", ""):
        errors.append("sheet: the text field's result is not in word/document.xml's text")
    if not re.search(
        r'<o:OLEObject Type="Embed" ProgID="Excel\.Sheet\.12"[^>]*r:id="rIdOle1"', doc
    ):
        errors.append("sheet: no embedded OLE object")
    if '<v:imagedata r:id="rIdOlePreview1"' not in doc:
        errors.append("sheet: the OLE object has no preview image")
    rels = zip_part(path, "word/_rels/document.xml.rels").decode()
    if (
        f'Type="{make_docx.R_PACKAGE}" Target="embeddings/Microsoft_Excel_Worksheet1.xlsx"'
        not in rels
    ):
        errors.append("sheet: the OLE object is not a package relationship")
    if make_docx.EMBED_PART not in names or make_docx.PREVIEW_PART not in names:
        errors.append("sheet: the embedded workbook or its preview is missing")
    else:
        book = zipfile.ZipFile(io.BytesIO(zip_part(path, make_docx.EMBED_PART)))
        cells = book.read("xl/worksheets/sheet1.xml").decode()
        for label, value in make_docx.WORKBOOK_ROWS:
            if _nfc(label) not in _nfc(html.unescape(cells)) or (
                value and f"<v>{value}</v>" not in cells
            ):
                errors.append(f"sheet: the workbook lacks {label!r}")
        for label in ("zip", "python-docx", "generator"):
            if label in views_ and "Barème 2023-2026 (archive)" in views_[label]:
                errors.append(f"sheet ({label}): the workbook's cells are read")
    ct = zip_part(path, "[Content_Types].xml").decode()
    if 'Extension="xlsx"' not in ct or 'Extension="png"' not in ct:
        errors.append("sheet: content types for the embedding missing")


def _memo_layout(errors: list[str]) -> None:
    raw = _read(M.MEMO)
    root = ElementTree.fromstring(raw)
    if root.tag != f"{AKN}akomaNtoso" or root.find(f"{AKN}amendment") is None:
        errors.append("memo: not an Akoma Ntoso amendment")
        return
    doc = root.find(f"{AKN}amendment")
    for path in ("meta/identification/FRBRWork", "meta/identification/FRBRExpression",
                 "meta/identification/FRBRManifestation", "meta/lifecycle", "meta/references",
                 "meta/proprietary", "preface", "amendmentBody/amendmentContent",
                 "conclusions"):  # fmt: skip
        if doc.find("/".join(f"{AKN}{p}" for p in path.split("/"))) is None:
            errors.append(f"memo: <{path}> missing")
    events = {e.get("date") for e in doc.iter(f"{AKN}eventRef")}
    if "2026-12-01" not in events:
        errors.append("memo: no lifecycle event on 2026-12-01")
    mods = list(doc.iter(f"{AKN}mod"))
    if len(mods) != 3 or any(len(m.findall(f"{AKN}quotedText")) != 2 for m in mods):
        errors.append("memo: not three <mod>s with two <quotedText> each")
    if "for the words “within 30 days” substitute “within 14 days”" not in akn_view(raw):
        errors.append("memo: the rendered <mod> does not quote its texts")
    a1, f4 = _sched("A1"), _sched("F4")
    olds = [m.findall(f"{AKN}quotedText")[0].text for m in mods]
    if (
        olds[0] != " | ".join(a1[2:])
        or olds[1] != " | ".join(f4[2:])
        or olds[2] not in make_pdf.agreement_text()
    ):
        errors.append("memo: a <mod> does not quote the agreement's own text")
    view = akn_view(raw)
    for _row, _what, value in N.MEMO_DRAFT:
        if value in view:
            errors.append(f"memo: the draft's {value!r} is rendered")
    if len(list(doc.iter(f"{AKN}signature"))) != 2:
        errors.append("memo: not two signatures")


def _payroll_layout(errors: list[str]) -> None:
    raw = _read(M.PAYROLL)
    root = ElementTree.fromstring(raw)
    if root.tag != f"{PAIN}Document":
        errors.append("payroll: not a pain.001.001.09 document")
        return
    payments = pain_payments(raw)
    hdr = root.find(f"{PAIN}CstmrCdtTrfInitn/{PAIN}GrpHdr")
    total = sum(_cents(p["amount"]) for p in payments)
    if (
        int(hdr.find(f"{PAIN}NbOfTxs").text) != len(payments)
        or _cents(hdr.find(f"{PAIN}CtrlSum").text) != total
    ):
        errors.append("payroll: the group header's count or control sum is wrong")
    for pmt in root.iter(f"{PAIN}PmtInf"):
        txs = [_cents(a.text) for a in pmt.iter(f"{PAIN}InstdAmt")]
        if int(pmt.find(f"{PAIN}NbOfTxs").text) != len(txs) or _cents(
            pmt.find(f"{PAIN}CtrlSum").text
        ) != sum(txs):
            errors.append(f"payroll: {pmt.find(f'{PAIN}PmtInfId').text}'s count or sum is wrong")
    if {p["ccy"] for p in payments} != {"AZN"}:
        errors.append("payroll: another currency than AZN")
    ids = [p["id"] for p in payments]
    if len(set(ids)) != len(ids):
        errors.append("payroll: duplicate end-to-end ids")
    old = {r[0]: r[2] for r in make_pdf.SCHEDULE_B}
    for p in payments:
        row = re.search(r"row ([A-F]\d)", p["text"]).group(1)
        figure = old[row] if "2023-2026" in p["text"] else _sched(row)[2]
        want = _cents(figure)
        if "half the month" in p["text"]:
            want //= 2
        if "four parts" in p["text"]:
            want //= 4
        if _cents(p["amount"]) != want:
            errors.append(f"payroll: {p['id']} is not its row's figure")
        m = EN_DATE.search(p["text"])
        if m and p["date"] == "2026-12-07":
            service = datetime.date(
                int(m.group(4)), EN_MONTHS.index(m.group(3)) + 1, int(m.group(2))
            )
            late = "settled late" in p["text"] or "not in the run" in p["text"]
            if (datetime.date(2026, 12, 7) - service).days > 14 and not late:
                errors.append(f"payroll: {p['id']} paid later than 14 days")


def _calendar_layout(errors: list[str]) -> None:
    raw = _read(M.CALENDAR)
    for line in raw.splitlines():
        if line and not re.match(r"^(?:#|;|REM |SET |OMIT )", line):
            errors.append(f"calendar: a line remind does not read: {line[:40]!r}")
    entries = remind_entries(raw)
    for e in entries:
        if "bad" in e:
            errors.append(f"calendar: a REM line does not parse: {e['bad'][:50]!r}")
            continue
        if not e["days"]:
            errors.append(f"calendar: a REM line falls on no day: {e['line'][:50]!r}")
        for d in e["days"]:
            if d.weekday() != e["weekday"]:
                errors.append(f"calendar: {e['line'][:40]!r} names the wrong weekday")
    if not any(e.get("from") for e in entries) or not any(e.get("warn") for e in entries):
        errors.append("calendar: no FROM/UNTIL repetition or no advance warning")
    if "%b" not in raw or not re.search(r"^OMIT ", raw, re.M) or not re.search(r"^SET ", raw, re.M):
        errors.append("calendar: %b, OMIT or SET missing")


def _html_layouts(v: dict, errors: list[str]) -> None:
    raw = _read(M.VENDOR)
    text = html_text(raw)
    audio = re.search(r"<audio[^>]*>(.*?)</audio>", raw, re.S)
    if not audio or audio.group(1).count("<source ") < 2 or "<p>" not in audio.group(1):
        errors.append("vendor: no <audio> with two <source>s and a fallback")
    labels = re.findall(r'<optgroup label="([^"]+)">', raw)
    if len(labels) < 2:
        errors.append("vendor: fewer than two <optgroup>s")
    for label in labels:
        if label in text:
            errors.append(f"vendor: the optgroup label {label!r} is read as text")
    xmp = re.search(r"<xmp>(.*?)</xmp>", raw, re.S)
    if not xmp or "<iframe " not in xmp.group(1) or "<iframe" in text:
        errors.append("vendor: the <xmp> snippet is missing or read as text")
    raw = _read(M.FAQ)
    text = html_text(raw)
    bdo = re.search(r'<bdo dir="rtl">([^<]+)</bdo>', raw)
    if not bdo or bdo.group(1)[::-1] != N.SUPPORT_EMAIL:
        errors.append("faq: the <bdo> address is not the support address reversed")
    for label, t, _ in v[M.FAQ]:
        if N.SUPPORT_EMAIL in t:
            errors.append(f"faq ({label}): the support address is read the right way round")
    if raw.count("<var>") < 3 or raw.count("<cite>") < 3:
        errors.append("faq: fewer than three <var> or <cite>")
    if "<var>S</var>" not in raw or "S ÷ 2" not in text:
        errors.append("faq: the worked example's <var> is missing")


def _text_layouts(errors: list[str]) -> None:
    # txt2tags
    raw = _read(M.GUIDE)
    lines = raw.splitlines()
    if not lines[0] or lines[0].startswith("%") or lines[3] != "":
        errors.append("guide: no three-line txt2tags header")
    if not re.search(r"^%!target: html$", raw, re.M) or "%%date(" not in raw:
        errors.append("guide: %!target or %%date missing")
    if raw.count("\n%%%\n") != 2:
        errors.append("guide: the %%% block is not balanced")
    if "575,00" in txt2tags_view(raw) or "575,00" not in raw:
        errors.append("guide: the proposal is not in the %%% block only")
    for needle in ("\n= ", "\n|| ", "\n+ ", "\n: ", "**", "//"):
        if needle not in raw:
            errors.append(f"guide: txt2tags mark {needle.strip()!r} missing")
    # Matrix
    data = json.loads(_read(M.CHAT))
    for key in ("room_name", "room_creator", "topic", "export_date", "exported_by", "messages"):
        if key not in data:
            errors.append(f"chat: {key} missing")
    events = data["messages"]
    ts = [e["origin_server_ts"] for e in events]
    if ts != sorted(ts) or len({e["event_id"] for e in events}) != len(events):
        errors.append("chat: timestamps out of order or duplicate event ids")
    index = {e["event_id"]: i for i, e in enumerate(events)}
    kinds = Counter(e["type"] for e in events)
    for t in (
        "m.room.member",
        "m.room.message",
        "m.reaction",
        "m.room.redaction",
        "m.room.pinned_events",
    ):
        if not kinds[t]:
            errors.append(f"chat: no {t} event")
    for i, e in enumerate(events):
        rel = e.get("content", {}).get("m.relates_to", {})
        target = rel.get("event_id") or rel.get("m.in_reply_to", {}).get("event_id")
        if target and index.get(target, i) >= i:
            errors.append(f"chat: {e['event_id']} relates to a later or unknown event")
        if e["type"] == "m.room.redaction":
            red = events[index[e["redacts"]]]
            if red["content"] or "redacted_because" not in red.get("unsigned", {}):
                errors.append("chat: the redacted event keeps its content")
        if e["type"] == "m.room.pinned_events" and any(
            p not in index for p in e["content"]["pinned"]
        ):
            errors.append("chat: a pinned event is unknown")
    if not any("m.new_content" in e.get("content", {}) for e in events):
        errors.append("chat: no edit")
    if any(
        e["origin_server_ts"] // 1000
        > int(datetime.datetime(2026, 12, 4, 23, 59, tzinfo=N.TZ).timestamp())
        for e in events
    ):
        errors.append("chat: an event after the export date")
    # TTML
    root = ElementTree.fromstring(_read(M.CAPTIONS))
    if root.tag != f"{TTML}tt" or root.get(f"{XML_NS}lang") != "fr":
        errors.append("captions: not a French TTML document")
    agents = {a.get(f"{XML_NS}id") for a in root.iter(f"{TTM}agent")}
    last = datetime.timedelta(0)
    for p in root.iter(f"{TTML}p"):
        if p.get(f"{TTM}agent") not in agents:
            errors.append("captions: a cue names an unknown agent")
        b, e = (datetime.timedelta(hours=int(x[:2]), minutes=int(x[3:5]), seconds=float(x[6:]))
                for x in (p.get("begin"), p.get("end")))  # fmt: skip
        if not last <= b < e:
            errors.append(f"captions: cue {p.get(f'{XML_NS}id')} overlaps or runs backwards")
        last = e
    # ChordPro
    raw = _read(M.SONGSHEET)
    for a, b in (("start_of_verse", "end_of_verse"), ("start_of_chorus", "end_of_chorus")):
        if raw.count("{" + a + "}") != raw.count("{" + b + "}") or not raw.count("{" + a + "}"):
            errors.append(f"songsheet: {a} / {b} unbalanced")
    if raw.count("{new_song}") + 1 != raw.count("{title:") or not re.search(
        r"\[[A-G][#b]?m?7?\]", raw
    ):
        errors.append("songsheet: titles, songs or chords missing")
    # YAML
    raw = _read(M.SHOP)
    if (
        not raw.split("\n%YAML 1.2\n")[0].startswith("#")
        or raw.count("\n---\n") != 2
        or raw.count("\n...\n") != 2
    ):
        errors.append("shop: no %YAML directive or not two documents")
    anchors = [(m.start(), m.group(1)) for m in re.finditer(r"&(\w+)", raw)]
    for m in re.finditer(r"\*(\w+)", raw):
        if not any(pos < m.start() and name == m.group(1) for pos, name in anchors):
            errors.append(f"shop: alias *{m.group(1)} before its anchor")
    if "<<: *" not in raw or not re.search(r": [|>]\n", raw):
        errors.append("shop: no merge key or block scalar")
    try:
        import yaml  # PyYAML, in the venv
    except ImportError:
        return
    docs = list(yaml.safe_load_all(raw))
    items = docs[0]["articles"]
    if (
        len(docs) != 2
        or items[4]["prix"] != items[3]["prix"]
        or items[0].get("rayon") != "partitions"
    ):
        errors.append("shop: the aliases or merge keys do not resolve")


def check_layouts(doc_views: dict, errors: list[str], warnings: list[str]) -> None:
    _pdf_layout(errors, warnings)
    _docx_layout(doc_views, errors)
    _memo_layout(errors)
    _payroll_layout(errors)
    _calendar_layout(errors)
    _html_layouts(doc_views, errors)
    _text_layouts(errors)


def check_distractors(doc_views: dict, errors: list[str]) -> None:
    for name in DISTRACTORS:
        for label, text, _ in doc_views[name]:
            for p in PARTIES:
                if re.search(p, _nfc(text)):
                    errors.append(f"{name} ({label}): names {p!r}")


def check_builds(errors: list[str], warnings: list[str]) -> None:
    for name, data in make_notice.build_all(write=False).items():
        if data != _raw(name):
            errors.append(f"{name}: not what make_notice.py writes")
    with open(M.OUT, encoding="utf-8") as f:
        if f.read() != M.render():
            errors.append("questions.json: not what make_questions.py writes")
    try:
        if make_pdf.build_agreement(write=False) != _raw(M.AGREEMENT):
            errors.append(f"{M.AGREEMENT}: not what make_pdf.py builds")
    except ImportError:
        warnings.append(f"{M.AGREEMENT}: fpdf2 or fontTools not importable, build not compared")
    try:
        if make_docx.build_sheet(write=False) != _raw(M.SHEET):
            errors.append(f"{M.SHEET}: not what make_docx.py builds")
    except ImportError:
        warnings.append(f"{M.SHEET}: python-docx not importable, build not compared")


def check_score_link(errors: list[str]) -> None:
    link = os.path.join(HERE, "score.py")
    if not os.path.islink(link) or os.readlink(link) != "../union-c/score.py":
        errors.append("score.py is not a relative link to ../union-c/score.py")
    pyproject = os.path.join(HERE, "..", "..", "pyproject.toml")
    with open(pyproject, encoding="utf-8") as f:
        if '"eval/union-ay/score.py"' not in f.read():
            errors.append("pyproject.toml: eval/union-ay/score.py not excluded from ruff")


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    with open(M.OUT, encoding="utf-8") as f:
        questions = json.load(f)
    names = sorted(os.listdir(DOCS))
    if len(names) != N_DOCS or set(names) != set(DOC_LANGUAGE):
        errors.append(f"docs/: {names} are not the 12 documents")
    if Counter(DOC_LANGUAGE.values()) != Counter({"en": 6, "fr": 6}):
        errors.append("not 6 documents per language")
    doc_views: dict[str, list[tuple[str, str, str]]] = {}
    n_views = 0
    for name in names:
        if not name.endswith((".pdf", ".docx", ".html", ".txt")):
            errors.append(f"{name}: not .pdf, .docx, .html or .txt")
        vs, w = views(name)
        warnings += w
        doc_views[name] = [(label, t, score.normalise(_view_text(label, t))) for label, t in vs]
        n_views += len(vs)
        size = len(vs[0][1])
        if not SIZE[0] <= size <= SIZE[1]:
            errors.append(f"{name}: {size} characters, outside {SIZE}")
        print(f"{name}: {size} characters, views {[label for label, _ in vs]}")
    all_norms = [n for vs in doc_views.values() for *_, n in vs]
    ids = [q.get("id") for q in questions]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, len(questions) + 1)] or len(ids) != 60:
        errors.append("ids are not uay-001 .. uay-060 in order")
    if len({q["question"] for q in questions}) != len(questions):
        errors.append("duplicate questions")
    counts = Counter(q.get("kind") for q in questions)
    if dict(counts) != EXPECTED_COUNTS:
        errors.append(f"kinds {dict(counts)} are not {EXPECTED_COUNTS}")
    langs = Counter(q.get("language") for q in questions)
    if dict(langs) != EXPECTED_LANGUAGES:
        errors.append(f"languages {dict(langs)} are not {EXPECTED_LANGUAGES}")
    for q in questions:
        check_question(q, doc_views, all_norms, errors)
    check_wording(questions, errors)
    n_amounts = check_amounts(doc_views, questions, errors)
    check_joined(doc_views, errors)
    check_spellings(doc_views, errors)
    check_non_money(doc_views, errors)
    n_dates = check_weekdays(doc_views, questions, errors)
    check_time_rules(doc_views, errors)
    check_layouts(doc_views, errors, warnings)
    check_distractors(doc_views, errors)
    check_builds(errors, warnings)
    check_score_link(errors)
    used = {s for q in questions for s in q["expected_sources"]}
    for name in names:
        if name not in DISTRACTORS and name not in used:
            errors.append(f"{name}: no question uses it")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(questions)} questions, {len(names)} documents in {n_views} views, "
          f"{n_amounts} amounts, {n_dates} dated weekdays")  # fmt: skip
    if errors:
        print(f"check_set: {len(errors)} error(s)")
        return 1
    print(
        f"check_set: OK ({len(questions)} questions, {len(names)} documents in {n_views} views, "
        f"{n_amounts} amounts, {len(warnings)} warning(s))"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
