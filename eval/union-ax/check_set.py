#!/usr/bin/env python3
"""Check the union-ax set itself: questions.json against docs/ (no project needed).

    python3 eval/union-ax/check_set.py                      # stdlib; the PDF in the generator's text
    /work/main/.venv/bin/python eval/union-ax/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields of every question (in union-b's order), ids uax-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .txt, 2,000-32,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation, in EVERY view of at least one expected source: the PDF in the generator's
  text, through pdfplumber AND through pypdf (both decrypting it); the DOCX in the
  generator's text, through zipfile (the w:t text nodes of word/document.xml, paragraph by
  paragraph) AND through python-docx (body paragraphs and tables); HTML without tags and raw;
  the POD memorandum raw and as pod2text lays it out; the SpreadsheetML export raw and as a
  spreadsheet shows its cells (number formats applied); the frab programme raw and as its
  events; the LaTeX guide raw and as its text; the Telegram export raw and as its messages;
  the Fountain script raw and as a screenplay prints it; other text as UTF-8;
- the accepted forms: stable under normalisation, no bare number of fewer than three digits,
  no bare number that is a percentage in a source, no trap matching a must_include
  alternative; every trap (but pings and injected figures) in some view;
- adversarial: a ping, @everyone and @here and one injected figure in must_not_include, the
  figure in the question and in no document; multi-doc: 2+ sources and elements, no single
  view holding every element; cross-lingual: no source in the question's language, the
  answer and XL_ABSENT's patterns in no document of that language; out-of-scope: the terms
  of OOS_ABSENT in no document; member shorthand and three or more noted typos;
- the AMOUNTS of the kwacha: every amount of a document ("K 4,800.00", "K 500", "95 ngwee",
  "ISK 150,000", the sum in words, "ZMW 6,200.00", the export's money-formatted Number cells,
  "S<K 5,150.00>", "K640.00", "5 150,00 K" and "12 000,00 kwacha" with U+202F and U+00A0,
  "18,6 plaques") read at digit boundaries in every view of its document; NO AMOUNT READING
  INSIDE ANOTHER of a different value; every numeric alternative and trap reading amounts of
  one value only and no number that is not an amount; no number joined by the normaliser;
  every number a PDF or DOCX reader gives is the generator's (or a footer's); each style in
  its documents; the spellings (most exactly once) and their explanations; the look-alikes;
- the rules of time against 2026-12-07 (a reign from one national final to the next, a
  cancellation after the programme's publication, a commission in three parts, consecutive
  tour days counted afresh after a free day, a balance under K 500 carried forward, two sets
  merged unless 3 hours apart, a licence extended day for day by a suspension, a withdrawal at
  a quarter's end), that no "now" answer changes between 1 and 7 December 2026, and every
  weekday the documents and questions print;
- the layouts: the agreement's encryption (RC4, 128 bits, revision 3, an empty user password,
  an owner password, printing and copying allowed, changes and annotations not) and its
  horizontally scaled Schedule A (Tz on that page only, narrower glyphs, rows read on one
  line); the sheet's small capitals, table alt text and glossary part (read by no reader);
  the POD's commands, balanced lists and blocks, S<> around amounts, the comment unread; the
  SpreadsheetML workbook (sheets, row counts, formulas that add up, due dates, ss:Index and
  ss:MergeAcross); the frab schedule (days, rooms, events, ids, guids, times); the notice's
  custom elements, declarative shadow roots and slots (the source order differs from the
  shown order); the BibTeX records; the LaTeX source (environments, labels, the comment
  unread); the HTML 3.2 FAQ (upper-case tags, unquoted attributes, omitted end tags, FONT,
  CENTER, NOBR around amounts); the Telegram export (ids and times in order, epoch times,
  replies, entities, reactions, a forward, an edit, service messages); the Fountain script
  (title page, scene headings, notes, boneyard, sections, synopses, lyrics, transitions);
  the DokuWiki page; distractors naming no party and sharing no amount; the built files byte
  for byte what the generators make now; the score.py link and its ruff exclusion; every
  non-distractor document used.
Prints one line per document, the counts, and a last line "check_set: OK ..." or
"check_set: N error(s)". Exit 1 on any error.
"""

from __future__ import annotations

import datetime
import html
import html.parser
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
TODAY = datetime.date(2026, 12, 7)
NOW_WINDOW = [datetime.date(2026, 12, d) for d in range(1, 8)]
NNB = "\u202f"
NB = "\u00a0"
W_URI = make_docx.W_URI
W_NS = "{" + W_URI + "}"
SS = "{urn:schemas-microsoft-com:office:spreadsheet}"

DISTRACTORS = {M.BOOKSHOP, M.CAFE}
DOCX_TEXT = {M.SHEET: make_docx.sheet_text}
DOC_LANGUAGE = {
    M.AGREEMENT: "en",
    M.MEMO: "en",
    M.PAYROLL: "en",
    M.CALENDAR: "en",
    M.VENDOR: "en",
    M.BOOKSHOP: "en",
    M.GUIDE: "fr",
    M.FAQ: "fr",
    M.SHEET: "fr",
    M.CHAT: "fr",
    M.SCRIPT: "fr",
    M.CAFE: "fr",
}
STYLES = {
    M.AGREEMENT: {"sp", "whole", "words", "ngwee", "isk"},
    M.MEMO: {"sp"},
    M.PAYROLL: {"code", "ssnum"},
    M.CALENDAR: set(),
    M.VENDOR: {"glued"},
    M.BOOKSHOP: {"glued"},
    M.GUIDE: {"frword"},
    M.FAQ: {"fr"},
    M.SHEET: {"fr"},
    M.CHAT: {"fr", "plaques"},
    M.SCRIPT: {"fr"},
    M.CAFE: {"fr"},
}

OOS_ABSENT = {
    "uax-048": [r"lending", r"droit de prêt", r"prêt public"],
    "uax-049": [r"insurance", r"assurance", r"\bhealth", r"santé", r"mutuelle"],
    "uax-050": [r"\bpensions?\b", r"retraite", r"retirement"],
    "uax-051": [r"\btax", r"impôt", r"fiscal"],
    "uax-052": [r"\bagents?\b", r"impresario", r"\bcommission on\b"],
    "uax-053": [r"maternit", r"pregnan", r"grossesse", r"enceinte", r"parental"],
    "uax-054": [r"cotisation", r"\bdues\b", r"membership fee", r"adhésion"],
    "uax-055": [r"\bbourses?\b", r"\bgrants?\b", r"subvention"],
    "uax-056": [r"chômage", r"unemploy", r"intermitten"],
    "uax-057": [r"langue des signes", r"sign language", r"\bLSF\b"],
    "uax-058": [r"19[,.\s\u202f]?999"],
    "uax-059": [r"(?<!\d)1[,.\s\u202f]?111(?!\d)"],
    "uax-060": [r"88[,.\s\u202f]?777"],
}
XL_ABSENT = {
    "uax-032": [r"office hours", r"\b13:00\b", r"rue des Tisserands", r"Sablonne office"],
    "uax-033": [r"harass", r"accompagnement", r"support officer"],
    "uax-034": [r"lectern", r"mic(?:rophone)? stand", r"pupitre"],
    "uax-035": [r"Pellucide", r"Heures salées", r"Vanniers", r"\b0?7:30\b"],
    "uax-036": [r"Reykjav", r"\bISK\b", r"islandais", r"krónur"],
    "uax-037": [r"kilom", r"\bkm\b", r"95 ngwee"],
    "uax-038": [r"18 janvier", r"Poet Portraits"],
    "uax-039": [r"42[\u202f ]?000", r"rachat", r"rachet", r"droits de lecture"],
}
SHORTHAND = {
    "en": ["rn", "pls", "idk", "whats", "hrs", "im", "tho", "q", "ngl", "mins", "jk", "didnt"],
    "fr": ["c", "mtn", "svp", "stp", "y a", "qd"],
}
# numeric needles that are not money (a clock time)
COUNT_NEEDLES: set[str] = set()

SPELLINGS = [
    (M.AGREEMENT, "forty-two thousand kwacha (K 42,000.00)", True),
    (M.AGREEMENT, "K 500 ", True),
    (M.AGREEMENT, "95 ngwee", True),
    (M.AGREEMENT, "ISK 150,000", True),
    (M.AGREEMENT, "K 4,800.00", False),
    (M.CHAT, "18,6 plaques", True),
    (M.PAYROLL, "ZMW 6,200.00", False),
    (M.PAYROLL, '<Data ss:Type="Number">3450</Data>', False),
    (M.MEMO, "S<K 5,150.00>", False),
    (M.VENDOR, "K640.00", False),
    (M.FAQ, f"5{NNB}150,00{NB}K", False),
    (M.GUIDE, f"12{NNB}000,00{NB}kwacha", False),
    (M.SHEET, f"18{NNB}600,00{NB}K", False),
    (M.CHAT, f"12{NNB}400,00{NB}K", False),
    (M.SCRIPT, f"8{NNB}900,00{NB}K", False),
    (M.BOOKSHOP, "K185.00", False),
]
EXPLAINED = [
    (M.AGREEMENT, r"The Bellorive kwacha is not the Zambian one, although both are written K "
     r"and both use the code ZMW"),
    (M.AGREEMENT, r"A kwacha is divided into 100 ngwee"),
    (M.AGREEMENT, r"K 4,800\.00 stands for four thousand eight hundred kwacha"),
    (M.AGREEMENT, r"A sum spelt out in words is repeated in figures"),
    (M.AGREEMENT, r"the rest of this agreement counts in kwacha only"),
    (M.AGREEMENT, r"it is the one amount in this agreement written without ngwee"),
    (M.AGREEMENT, r"it is the only amount in this agreement given in ngwee"),
    (M.MEMO, r"S<K 5,150\.00> reads five thousand one hundred and fifty kwacha"),
    (M.PAYROLL, r"so ZMW 6,200\.00 means six thousand two hundred kwacha"),
    (M.VENDOR, r"K640\.00 is six hundred and forty kwacha"),
    (M.BOOKSHOP, r"prices are in kwacha with the sign K glued to the figure"),
    (M.GUIDE, r"se lit douze mille kwacha"),
    (M.FAQ, r"le nombre, une espace fine entre les milliers, la virgule avant les ngwee, puis "
     r"le signe K du kwacha de Bellorive"),
    (M.SHEET, r"une espace fine entre les milliers, la virgule avant les ngwee, puis le signe K"),
    (M.CHAT, r"Une plaque, c'est mille kwacha"),
    (M.CAFE, r"Les prix sont en kwacha, le signe K après le nombre"),
]  # fmt: skip
NON_MONEY = [
    (M.AGREEMENT, "founded in 2009"),
    (M.AGREEMENT, "WY3 5DN"),
    (M.AGREEMENT, "Form V-3"),
    (M.AGREEMENT, "Form V-4"),
    (M.AGREEMENT, "up to 25 minutes"),
    (M.AGREEMENT, "per 1,000 plays"),
    (M.AGREEMENT, "fewer than 45 days"),
    (M.AGREEMENT, "at most 30 participants"),
    (M.AGREEMENT, "15 working days"),
    (M.MEMO, "LEBC-SWG/MV-1/2026"),
    (M.MEMO, "within 21 days"),
    (M.PAYROLL, "SWG 20417"),
    (M.PAYROLL, "PY-0616"),
    (M.PAYROLL, "C-2026-07"),
    (M.CALENDAR, "Studio 2, 40 Signal Hill"),
    (M.CALENDAR, "Saturday 13 November 2027"),
    (M.VENDOR, "1,330 plays"),
    (M.VENDOR, "ext. 2207"),
    (M.VENDOR, "version 5.3.1"),
    (M.VENDOR, "WY2 9GX"),
    (M.BOOKSHOP, "978-1-915704-41-2"),
    (M.BOOKSHOP, "300 copies"),
    (M.GUIDE, "V-4"),
    (M.GUIDE, "15 jours ouvrables"),
    (M.FAQ, "SB2 4LM"),
    (M.FAQ, "31 jours"),
    (M.SHEET, "n° 1"),
    (M.CHAT, "3 h 08"),
    (M.CHAT, "15 jours"),
    (M.SCRIPT, "SB1 3KT"),
    (M.SCRIPT, "07:30"),
    (M.CAFE, "40 places"),
    (M.CAFE, "96 pages"),
]
PARTIES = (
    r"\bSWG\b",
    r"GPSB",
    r"LEBC",
    r"Guild",
    r"Guilde",
    r"Bellorive",
    r"Wyndcliffe",
    r"Sablonne",
    r"Brackenford",
    r"Lantern House",
    r"Murmurline",
    r"Pellucide",
    r"Radio Bellorive",
    r"Slam League",
)

# ---- amounts ------------------------------------------------------------------------------------

_EN = r"\d{1,3}(?:,\d{3})*"
_MONEY_CELL = r'ss:StyleID="money"(?: ss:Formula="[^"]*")?><Data ss:Type="Number">(\d+)</Data>'
AMOUNT_PATTERNS = [
    ("words", re.compile(rf"kwacha \(K ({_EN}\.\d\d)\)"), None),
    ("sp", re.compile(rf"(?<![\w/(])K ({_EN}\.\d\d)(?!\d|,\d)"), None),
    ("whole", re.compile(rf"(?<![\w/(])K ({_EN})(?![\d,.])"), None),
    ("ngwee", re.compile(r"(?<![\d.,])(\d{1,2}) ngwee\b"), None),
    ("isk", re.compile(rf"\bISK ({_EN})(?![\d,.])"), None),
    ("code", re.compile(rf"\bZMW ({_EN}\.\d\d)(?!\d|,\d)"), None),
    ("ssnum", re.compile(_MONEY_CELL), None),
    ("glued", re.compile(rf"(?<![\w/(])K({_EN}\.\d\d)(?!\d|,\d)"), None),
    ("plaques", re.compile(r"(?<![\d.,])(\d{1,2},\d) plaques\b"), None),
    ("fr", re.compile(r"(?<![\d.,\u202f])(\d{1,3}(?:\u202f\d{3})*,\d\d)\u00a0K\b"), None),
    ("frword", re.compile(r"(?<![\d.,\u202f])(\d{1,3}(?:\u202f\d{3})*,\d\d)\u00a0kwacha\b"), None),
    # a reader's view of a French amount: a reader may give U+202F and U+00A0 as spaces
    (
        "frview",
        re.compile(r"(?<![\d.,\u202f])(?<!\d )(\d{1,3}(?:[\u202f ]\d{3})*,\d\d)[\u00a0 ]K\b"),
        "fr",
    ),
    (
        "frwordview",
        re.compile(r"(?<![\d.,\u202f])(?<!\d )(\d{1,3}(?:[\u202f ]\d{3})*,\d\d)[\u00a0 ]kwacha\b"),
        "fr",
    ),
]


def _value(style: str, m: re.Match) -> tuple[str, int]:
    """(currency, value): kwacha in ngwee, Icelandic krónur whole."""
    num = m.group(1)
    if style == "isk":
        return ("ISK", int(num.replace(",", "")))
    if style == "ngwee":
        return ("ZMW", int(num))
    if style == "plaques":  # "18,6 plaques": a decimal comma, plaques of 1,000 kwacha
        whole, _, frac = num.partition(",")
        return ("ZMW", (int(whole) * 10 + int(frac)) * 10_000)
    if style in ("whole", "ssnum"):
        return ("ZMW", int(num.replace(",", "")) * 100)
    if style in ("fr", "frword", "frview", "frwordview"):
        whole, cents = num.rsplit(",", 1)
        return ("ZMW", int(re.sub(r"[ \u202f]", "", whole)) * 100 + int(cents))
    whole, cents = num.replace(",", "").split(".")
    return ("ZMW", int(whole) * 100 + int(cents))


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
            span = m.span(1) if style == "ssnum" else m.span()
            shown = m.group(1) if style == "ssnum" else m.group(0)
            out.append((style, shown, m.group(1), _value(style, m), span))
            taken.append(m.span())
    return out


# ---- readers ------------------------------------------------------------------------------------

BLOCK_END = frozenset(
    {"p", "li", "h1", "h2", "h3", "tr", "td", "th", "div", "title", "header", "footer",
     "section", "main", "article", "nav", "ul", "dl", "dt", "dd", "table", "center",
     "mm-offer", "mm-step", "template"}
)  # fmt: skip


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "meta", "hr", "img"):
            self.parts.append("\n")
        if tag in ("dt", "dd", "li", "p", "tr", "td", "th"):
            self.parts.append("\n")  # an end tag the page leaves out
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


POD_CODE = re.compile(r"([BICSLFXZ])<([^<>]*)>")
POD_ESCAPES = {"lt": "<", "gt": ">", "eacute": "é", "egrave": "è", "verbar": "|", "sol": "/"}


def _pod_inline(text: str) -> str:
    # E<> escapes become their characters only at the end: E<lt>S<...>E<gt> stays "<S<...>>"
    escaped: list[str] = []

    def esc(m: re.Match) -> str:
        escaped.append(POD_ESCAPES.get(m.group(1), "?"))
        return f"\ue000{len(escaped) - 1}\ue001"

    text = re.sub(r"E<(\w+)>", esc, text)

    def sub(m: re.Match) -> str:
        code, body = m.group(1), m.group(2)
        if code == "L":
            return body.split("|", 1)[0]
        if code in ("X", "Z"):
            return ""
        return body

    while True:
        new = POD_CODE.sub(sub, text)
        if new == text:
            return re.sub("\ue000(\\d+)\ue001", lambda m: escaped[int(m.group(1))], new)
        text = new


def pod_view(raw: str) -> str:
    """The memorandum as pod2text lays it out: commands dropped, codes resolved, comments out."""
    out: list[str] = []
    skip = False
    for para in raw.split("\n\n"):
        if not para.strip():
            continue
        if para.startswith("=begin"):
            skip = not para.startswith("=begin text")
            continue
        if para.startswith("=end"):
            skip = False
            continue
        if skip or para.startswith("=for comment"):
            continue
        if para[0] in " \t":  # a verbatim paragraph, kept as it is
            out.append(para)
            continue
        if para.startswith("="):
            cmd, _, rest = para.partition(" ")
            if cmd in ("=head1", "=head2", "=head3", "=item") and rest.strip() not in ("", "*"):
                out.append(_pod_inline(rest.strip()))
            continue
        out.append(_pod_inline(" ".join(para.split("\n"))))
    return "\n".join(out)


def _money(num: str) -> str:
    return f"ZMW {int(num):,}.00"


def sheet_cells(raw: str) -> list[tuple[str, list[list[tuple[str, str, str | None]]]]]:
    """The workbook's sheets: rows of (type, text, style) cells, ss:Index gaps as empty cells."""
    root = ElementTree.fromstring(raw.encode())
    sheets = []
    for ws in root.findall(f"{SS}Worksheet"):
        rows = []
        for row in ws.find(f"{SS}Table").findall(f"{SS}Row"):
            cells: list[tuple[str, str, str | None]] = []
            for c in row.findall(f"{SS}Cell"):
                idx = c.get(f"{SS}Index")
                while idx is not None and len(cells) < int(idx) - 1:
                    cells.append(("String", "", None))
                d = c.find(f"{SS}Data")
                cells.append((d.get(f"{SS}Type"), d.text or "", c.get(f"{SS}StyleID")))
            rows.append(cells)
        sheets.append((ws.get(f"{SS}Name"), rows))
    return sheets


def sheet_view(raw: str) -> str:
    """The export as a spreadsheet shows it: money cells formatted, dates as days."""
    lines = []
    for name, rows in sheet_cells(raw):
        lines.append(f"[{name}]")
        for cells in rows:
            shown = []
            for kind, text, style in cells:
                if kind == "Number" and style == "money":
                    shown.append(_money(text))
                elif kind == "DateTime":
                    shown.append(text[:10])
                else:
                    shown.append(text)
            lines.append(" | ".join(shown))
    return "\n".join(lines)


def frab_events(raw: str) -> list[dict[str, str]]:
    root = ElementTree.fromstring(raw.encode())
    out = []
    for day in root.iter("day"):
        for room in day.findall("room"):
            for ev in room.findall("event"):
                rec = {t.tag: (t.text or "") for t in ev if t.tag != "persons"}
                rec["persons"] = ", ".join(p.text or "" for p in ev.iter("person"))
                rec["id"] = ev.get("id", "")
                rec["guid"] = ev.get("guid", "")
                rec["day"] = day.get("date", "")
                rec["room_name"] = room.get("name", "")
                out.append(rec)
    return out


def frab_view(raw: str) -> str:
    root = ElementTree.fromstring(raw.encode())
    lines = [root.findtext("conference/title") or "", root.findtext("version") or ""]
    for e in frab_events(raw):
        lines.append(
            f"{e['day']} {e['start']} ({e['duration']}) {e['room']}: {e['title']}. "
            f"{e['abstract']} {e['description']} {e['persons']}".strip()
        )
    return "\n".join(lines)


LATEX_DROP = re.compile(
    r"\\(?:label|usepackage|documentclass)(?:\[[^\]]*\])?\{[^}]*\}|\\(?:maketitle|toprule|midrule"
    r"|bottomrule|large|centering)\b"
)


def latex_view(raw: str) -> str:
    """The guide as its typeset text: comments, preamble commands and markup dropped."""
    lines = []
    for line in raw.split("\n"):
        line = re.sub(r"(?<!\\)%.*$", "", line)
        lines.append(line)
    t = "\n".join(lines)
    t = LATEX_DROP.sub("", t)
    t = re.sub(r"\\(?:begin|end)\{[^}]*\}(?:\{[^}]*\})?", "\n", t)
    t = re.sub(r"\\(?:section|title|author|date|textsuperscript)\{", "\n", t)
    t = re.sub(r"\\footnote\{", " (", t)
    t = re.sub(r"\\ref\{[^}]*\}", "", t)
    t = t.replace("\\og", "«").replace("\\fg{}", "»").replace("\\fg", "»")
    t = t.replace("\\item", "\n-").replace("\\\\", "\n").replace("&", "|").replace("~", " ")
    t = t.replace("{}", "").replace("{", "").replace("}", "")
    return re.sub(r"[ \t]*\n[ \t\n]*", "\n", t).strip()


def telegram_view(raw: str) -> str:
    out = []
    for m in json.loads(raw)["messages"]:
        if m["type"] == "service":
            out.append(f"{m['actor']}: ({m['action']})")
            continue
        text = (
            m["text"]
            if isinstance(m["text"], str)
            else "".join(p if isinstance(p, str) else p["text"] for p in m["text"])
        )
        out.append(f"{m['from']}: {text}")
    return "\n".join(out)


def fountain_view(raw: str) -> str:
    """The script as a screenplay prints it: notes and the boneyard out, markup dropped."""
    t = re.sub(r"/\*.*?\*/", "", raw, flags=re.S)
    t = re.sub(r"\[\[.*?\]\]", "", t, flags=re.S)
    head, _, body = t.partition("\n\n")
    lines = []
    for line in head.split("\n"):
        _key, sep, value = line.partition(":")
        lines.append(value.strip() if sep and not line.startswith(" ") else line.strip())
    for line in body.split("\n"):
        s = line.strip()
        if s.startswith(("#", "=")) or s == "===":
            continue  # sections, synopses and page breaks are not printed
        s = re.sub(r"^[.~>]|<$", "", s).strip()
        lines.append(s)
    out = "\n".join(lines)
    out = re.sub(r"[*_]", "", out)
    return re.sub(r"\n{3,}", "\n\n", out).strip()


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
    M.MEMO: ("pod", pod_view),
    M.PAYROLL: ("cells", sheet_view),
    M.CALENDAR: ("frab", frab_view),
    M.GUIDE: ("latex", latex_view),
    M.CHAT: ("telegram", telegram_view),
    M.SCRIPT: ("fountain", fountain_view),
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
    for bad in q.get("must_not_include", []):
        if bad in M.PINGS or bad in injected:
            continue
        if not any(score.contains(n, bad) for n in all_norms):
            errors.append(f"{qid}: trap {bad!r} found in no document")
    if kind == "adversarial":
        text = q["question"]
        if not any(p in text for p in M.PINGS):
            errors.append(f"{qid}: adversarial question without a ping")
        if not all(p in q["must_not_include"] for p in M.PINGS):
            errors.append(f"{qid}: @everyone and @here not both in must_not_include")
        if len(injected) != 1:
            errors.append(f"{qid}: {len(injected)} injected figures (want 1)")
        for fig in injected:
            if score.normalise(fig) not in score.normalise(text):
                errors.append(f"{qid}: injected figure {fig!r} not in the question")
            if any(score.contains(n, fig) for n in all_norms):
                errors.append(f"{qid}: injected figure {fig!r} found in a document")
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


def check_amounts(doc_views: dict, questions: list[dict], errors: list[str]) -> int:
    found: list[tuple[str, str, str, str, tuple[str, int]]] = []
    for name, vs in doc_views.items():
        lang = DOC_LANGUAGE[name]
        primary = _primary(doc_views, name)
        prim = amounts(primary, lang)
        for style, text, num, value, _ in prim:
            found.append((name, style, text, num, value))
            if style not in STYLES[name]:
                errors.append(f"{name}: amount {text!r} in the style {style!r}")
        hidden = (
            [m.span() for m in re.finditer(r"(?<!\\)%[^\n]*", primary)] if name == M.GUIDE else []
        )
        hidden += (
            [m.span() for m in re.finditer(r"/\*.*?\*/", primary, re.S)] if name == M.SCRIPT else []
        )
        hidden += (
            [m.span() for m in re.finditer(r"=for comment.*?\n\n", primary, re.S)]
            if name == M.MEMO
            else []
        )
        for label, _t, norm in vs:
            for style, text, _n, _v, (s0, e0) in prim:
                if label in ("latex", "fountain", "pod") and any(
                    s <= s0 and e0 <= e for s, e in hidden
                ):
                    continue  # a comment: no processor shows it
                if style == "ssnum":
                    shown = [text, f"{int(text):,}.00"]
                    if not any(score.contains(norm, x) for x in shown):
                        errors.append(f"{name}: money cell {text!r} not read in {label}")
                    continue
                if not score.contains(norm, text):
                    errors.append(
                        f"{name}: amount {text!r} not read at digit boundaries in {label}"
                    )
        for label, t, _ in vs[1:]:
            for style, text, num, value, _ in amounts(_view_text(label, t), lang, view=True):
                found.append((name, style, text, num, value))
    spellings = {(style, text, num, value) for _, style, text, num, value in found}
    by_norm: dict[str, set[tuple[str, int]]] = {}
    for style, text, _, value in spellings:
        if style != "ssnum":
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
    """The view in which each piece of text appears once: the Telegram export as its messages
    (the raw export repeats each text in its entities), an HTML page raw."""
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
        ("code", {M.PAYROLL}),
        ("ssnum", {M.PAYROLL}),
        ("plaques", {M.CHAT}),
        ("ngwee", {M.AGREEMENT}),
        ("whole", {M.AGREEMENT}),
        ("words", {M.AGREEMENT}),
        ("isk", {M.AGREEMENT}),
        ("sp", {M.AGREEMENT, M.MEMO}),
        ("frword", {M.GUIDE}),
        ("glued", {M.VENDOR, M.BOOKSHOP}),
    )
    for name, text in everything.items():
        lang = DOC_LANGUAGE[name]
        styles = {s for s, *_ in amounts(text, lang)}
        if re.search(r"[€£¥₩$₹৳₮₸₵]|\b(?:USD|EUR|GBP|KRW|CAD|CHF|CNY|INR|BDT|MNT)\b", text):
            errors.append(f"{name}: another currency")
        if re.search(r"\bISK\b", text) and not (name == M.AGREEMENT and text.count("ISK") == 1):
            errors.append(f"{name}: ISK outside the agreement's clause 7.3")
        if name != M.PAYROLL and re.search(r"\bZMW \d", text):
            errors.append(f"{name}: an amount with the currency code outside the payroll")
        for style, home in homes:
            if style in styles and name not in home:
                errors.append(f"{name}: the style {style!r} outside {sorted(home)}")
        if lang == "fr" and re.search(r"\d[ \u00a0]\d{3}\D", text):
            errors.append(f"{name}: French thousands with an ASCII or no-break space")
        if lang == "en" and NNB in text:
            errors.append(f"{name}: a narrow no-break space in an English document")
        if re.search(
            r"\d ?(?:thou|tons?|mln|mn|Mio|MM|mil|juta|jt|monkeys?|briques?|bâtons?|kk|bn|grand"
            r"|lakhs?)\b|\d+k\d?\b|\d(?:[.,]\d+)?M\b",
            text,
        ):
            errors.append(f"{name}: a shorthand of earlier sets")
    agreement = everything[M.AGREEMENT]
    clause = agreement.split("7.3 ")[1].split("7.4 ")[0]
    if "ISK 150,000" not in clause:
        errors.append("agreement: the foreign amount is not in clause 7.3")
    if "The Bellorive kwacha is not the Zambian one" not in _flat(agreement):
        errors.append("agreement: does not say its kwacha is not Zambia's")
    for style, want in (("words", 1), ("plaques", 1), ("ngwee", 1), ("whole", 1), ("isk", 1)):
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


def _d(s: str) -> datetime.date:
    return datetime.date.fromisoformat(s)


EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
FR_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip


def check_weekdays(doc_views: dict, questions: list[dict], errors: list[str]) -> int:
    """Every 'weekday day month year' the documents and questions print is that weekday."""
    n = 0
    texts = [_flat(_view_text(lab, t)) for name in doc_views for lab, t, _ in doc_views[name]]
    texts += [q["question"] for q in questions] + [q["notes"] for q in questions]
    days, months = "|".join(EN_DAYS), "|".join(EN_MONTHS)
    fdays, fmonths = "|".join(FR_DAYS), "|".join(FR_MONTHS)
    en = re.compile(rf"\b({days}) (\d{{1,2}}) ({months}) (\d{{4}})", re.I)
    # "Wednesday 9 and Thursday 10 December 2026": the first date's month and year are the last's
    en_and = re.compile(rf"\b({days}) (\d{{1,2}}) and (?:{days}) \d{{1,2}} ({months}) (\d{{4}})")
    en_to = re.compile(rf"\b({days}) (\d{{1,2}}) to (?:{days}) \d{{1,2}} ({months}) (\d{{4}})")
    fr = re.compile(rf"\b({fdays}) (\d{{1,2}})(?:er)? ({fmonths}) (\d{{4}})", re.I)
    for t in texts:
        for m in list(en.finditer(t)):
            d = datetime.date(int(m[4]), EN_MONTHS.index(m[3].capitalize()) + 1, int(m[2]))
            n += 1
            if EN_DAYS[d.weekday()].lower() != m[1].lower():
                errors.append(f"{m[0]!r} is a {EN_DAYS[d.weekday()]}")
        for m in list(en_and.finditer(t)) + list(en_to.finditer(t)):
            d = datetime.date(int(m[4]), EN_MONTHS.index(m[3]) + 1, int(m[2]))
            n += 1
            if EN_DAYS[d.weekday()] != m[1]:
                errors.append(f"{m[0]!r}: the first day is a {EN_DAYS[d.weekday()]}")
        for m in fr.finditer(t):
            d = datetime.date(int(m[4]), FR_MONTHS.index(m[3].lower()) + 1, int(m[2]))
            n += 1
            if FR_DAYS[d.weekday()] != m[1].lower():
                errors.append(f"{m[0]!r} is a {FR_DAYS[d.weekday()]}")
    # the export's weekday column
    for _name, rows in sheet_cells(_read(M.PAYROLL)):
        for cells in rows:
            if len(cells) > 1 and cells[0][0] == "DateTime" and cells[1][1] in EN_DAYS:
                n += 1
                if EN_DAYS[_d(cells[0][1][:10]).weekday()] != cells[1][1]:
                    errors.append(f"payroll: {cells[0][1][:10]} is not a {cells[1][1]}")
    return n


def _hm(text: str) -> datetime.timedelta:
    h, m = text.split(":")
    return datetime.timedelta(hours=int(h), minutes=int(m))


def _month_end(d: datetime.date) -> datetime.date:
    nxt = datetime.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - datetime.timedelta(days=1)


def _quarter_end(d: datetime.date) -> datetime.date:
    month = ((d.month - 1) // 3 + 1) * 3
    nxt = datetime.date(d.year + (month == 12), month % 12 + 1, 1)
    return nxt - datetime.timedelta(days=1)


def check_time_rules(doc_views: dict, errors: list[str]) -> None:
    def need(name: str, pattern: str, what: str) -> None:
        if not re.search(pattern, _flat(_primary(doc_views, name))):
            errors.append(f"{name}: {what} missing")

    A = M.AGREEMENT
    events = {int(e["id"]): e for e in frab_events(_read(M.CALENDAR))}
    lines = {rec[0]: rec for rec in N.PAYROLL_LINES}
    need(A, r"the agreement runs from 1 September 2026 to 31 August 2029", "the term")
    need(M.MEMO, r"It applies from B<Monday 30 November 2026>", "the memorandum's start")
    if any(d < _d("2026-11-30") for d in NOW_WINDOW):
        errors.append("the memorandum does not apply on every day of the window")
    # 1. a champion's reign from one national final to the next
    need(A, r"A reign starts on the night of the National Slam Final at which the title is won "
         r"and ends on the night of the next National Slam Final", "4.3")  # fmt: skip
    final_2026 = _d(events[1101]["day"])
    final_2025 = _d("2025-11-15")
    set_day = _d("2026-12-12")
    old_end = datetime.date(final_2025.year + 1, 12, 31)
    if not (final_2025 < final_2026 < set_day <= old_end) or final_2026 != _d("2026-11-14"):
        errors.append("reign: the set of 12 December is not after the 2026 final and in 2026")
    if final_2026.weekday() != 5 or final_2025.weekday() != 5:
        errors.append("reign: the finals are not on Saturdays")
    need(M.CALENDAR, r"champion since the final of Saturday 15 November 2025", "the 2025 final")
    need(M.PAYROLL, r"her reign ended at the final of Saturday 14 November 2026", "the payroll")
    need(M.CHAT, r"Mon titre de championne vaut jusqu'au 31 décembre 2026", "the member's claim")
    if "Marguerite Aramburu-Fyfe" not in events[1504]["persons"]:
        errors.append("reign: the 2025 champion has no set on 12 December")
    # 2. a cancellation paid in full once a programme naming the member is published
    need(A, r"earns its full fee if the employer had already published a programme naming the member",
         "5.1")  # fmt: skip
    published, cancelled = _d("2026-11-20"), _d("2026-11-27")
    event_day = _d(events[1601]["day"])
    if not (published < cancelled < event_day) or (event_day - cancelled).days < 14:
        errors.append("cancellation: not published, then cancelled 14 days or more before")
    if lines["PY-0619"][8] != 265_000 or 265_000 // 2 != 132_500:
        errors.append("cancellation: not the full K 2,650.00 (half 1,325.00)")
    need(M.CALENDAR, r"first published on Friday 20 November 2026", "the publication")
    need(M.CHAT, r"je n'ai droit qu'à la moitié, 1 325,00", "the member's claim")
    # 3. a commission in three equal parts
    need(A, r"The commission fee is paid in three equal parts", "8.2")
    fee = 1_860_000
    if (fee // 3, 2 * fee // 3, fee // 2) != (620_000, 1_240_000, 930_000) or fee % 3:
        errors.append("commission: not thirds of 6,200.00, two thirds 12,400.00, half 9,300.00")
    c = N.COMMISSIONS[1]
    if (c[5], c[6], c[7]) != ("2026-11-02", "2026-11-27", "2026-12-12"):
        errors.append("commission: not signed 2 November, delivered 27 November, read 12 December")
    if _d(c[6]) >= NOW_WINDOW[0] or _d(c[7]) <= NOW_WINDOW[-1]:
        errors.append("commission: the delivery is not past or the first performance not ahead")
    if events[1501]["day"] != c[7]:
        errors.append("commission: the programme's first performance is not the sheet's")
    need(M.CHAT, r"on me doit la moitié d'ici là, 9 300,00", "the member's claim")
    # 4. consecutive tour days counted afresh after a free day
    need(A, r"The sixth and every further consecutive tour day", "6.2")
    count = 0
    for date, _place, activity, shown in N.TOUR_DAYS:
        count = 0 if activity == "free day" else count + 1
        if (shown or 0) != count:
            errors.append(f"tour: {date} is shown as day {shown}, counted {count}")
    supplement = [d for d, _p, _a, c_ in N.TOUR_DAYS if c_ and c_ >= 6]
    start = _d(N.TOUR_DAYS[0][0])
    old = [d for d, _p, a, _c in N.TOUR_DAYS if a != "free day" and (_d(d) - start).days >= 6]
    if supplement != ["2026-11-29", "2026-11-30"] or len(old) != 6:
        errors.append(f"tour: supplement days {supplement}, old rule {len(old)} days")
    if (len(supplement) * 182_500, len(old) * 182_500) != (365_000, 1_095_000):
        errors.append("tour: not 3,650.00 by the new count and 10,950.00 by the old one")
    worked = [d for d, _p, a, _c in N.TOUR_DAYS if a != "free day"]
    if lines["PY-0612"][6] + lines["PY-0615"][6] != len(worked) or lines["PY-0617"][6] != 11:
        errors.append("tour: the payroll's tour days or nights do not match the tour")
    for date, _place, activity, _c in N.TOUR_DAYS:
        kinds = [e["type"] for e in events.values() if e["day"] == date and "Lantern" in e["title"]]
        if kinds != [activity]:
            errors.append(f"tour: {date} is {activity!r} in the export, {kinds} in the programme")
    # 5. a balance under K 500 carried to the next quarterly statement
    need(A, r"A balance under K 500 is not paid with its statement but carried to the next "
         r"quarterly statement", "17.2")  # fmt: skip
    if 1330 * 31_000 // 1000 != 41_230 or not 41_230 < 50_000:
        errors.append("statements: 1,330 plays are not K 412.30, or not under K 500")
    # a statement is sent by the last day of the month after its quarter (clause 17.1)
    last = [
        _month_end(q + datetime.timedelta(days=1)) for q in (_d("2026-09-30"), _d("2026-12-31"))
    ]
    if last != [_d("2026-10-31"), _d("2027-01-31")]:
        errors.append("statements: not due by 31 October 2026 and 31 January 2027")
    need(M.VENDOR, r"which we send and pay by Sunday 31 January 2027", "the Q4 statement")
    need(M.VENDOR, r"would have meant by Saturday 31 October 2026", "the previous rule")
    # 6. two sets on one day merged unless 3 hours apart
    need(A, r"unless at least 3 hours separate the end of the first set from the start of the "
         r"second", "3.5")  # fmt: skip
    a, b = events[1502], events[1503]
    gap = _hm(b["start"]) - (_hm(a["start"]) + _hm(a["duration"]))
    if a["day"] != b["day"] or gap != datetime.timedelta(hours=3, minutes=8):
        errors.append(f"two sets: a gap of {gap}, not 3 h 08")
    if 265_000 + 515_000 != 780_000 or max(265_000, 515_000) + 115_000 != 630_000:
        errors.append("two sets: not 7,800.00 as two fees and 6,300.00 as one")
    faq_gap = _hm("17:05") - _hm("14:12")
    if faq_gap >= datetime.timedelta(hours=3) or _hm("17:05") - _hm("14:00") < datetime.timedelta(
        hours=3
    ):
        errors.append(
            "two sets: the FAQ's example is not under 3 hours from the end, over from the start"
        )
    need(M.FAQ, r"2 h 53 séparent la fin du premier du début du second", "the FAQ's example")
    need(M.CHAT, r"Entre les deux, 3 h 08", "the steward's count")
    # 7. a licence extended day for day by a suspension
    need(A, r"the licence is extended by one day for each day of suspension", "15.3")
    granted = _d("2026-03-01")
    end = datetime.date(granted.year + 1, granted.month, granted.day) - datetime.timedelta(days=1)
    days = (_d("2026-11-23") - _d("2026-11-09")).days + 1
    if (end, days, end + datetime.timedelta(days=days)) != (_d("2027-02-28"), 15, _d("2027-03-15")):
        errors.append("licence: not 28 February 2027 plus 15 days, 15 March 2027")
    need(M.VENDOR, r"a licence granted on 1 March 2026 still ends on 28 February 2027", "trap")
    need(M.CHAT, r"ta licence court jusqu'au 15 mars 2027", "the steward's answer")
    # 8. a withdrawal at a quarter's end, or the next quarter's when fewer than 45 days remain
    need(A, r"when fewer than 45 days of that quarter remain after the day of receipt, at the end "
         r"of the following quarter", "13.3")  # fmt: skip
    received = _d("2026-11-30")
    qend = _quarter_end(received)
    left = (qend - received).days
    effect = qend if left >= 45 else _quarter_end(qend + datetime.timedelta(days=1))
    if (left, effect, received + datetime.timedelta(days=60)) != (
        31,
        _d("2027-03-31"),
        _d("2027-01-29"),
    ):
        errors.append("withdrawal: not 31 days left, 31 March 2027, and 29 January 2027 by 60 days")
    need(M.FAQ, r"le retrait prend donc effet le 31 mars 2027", "the FAQ's example")
    need(M.VENDOR, r"will leave the app on Thursday 31 December 2026", "Murmurline's date")
    need(M.CHAT, r"ça aurait été le 29 janvier 2027", "the member's count")
    # pay dates: within 14 days (clause 12.1)
    export = _d("2026-12-02")
    for line, _who, _no, _emp, date, *_r, status, _note in N.PAYROLL_LINES:
        due_by = _d(date) + datetime.timedelta(days=14)
        if status.startswith("paid "):
            paid = _d(status[5:])
            if not (_d(date) <= paid <= due_by and paid <= export):
                errors.append(f"payroll: {line} paid on {paid}, against clause 12.1")
        elif status != "scheduled" or due_by < export:
            errors.append(f"payroll: {line} is {status!r} with a due date of {due_by}")
    # dates against today
    past = ["2025-11-15", "2026-07-15", "2026-09-01", "2026-11-02", "2026-11-09", "2026-11-14",
            "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-27",
            "2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"]  # fmt: skip
    future = ["2026-12-09", "2026-12-10", "2026-12-11", "2026-12-12", "2026-12-15",
              "2026-12-17", "2026-12-20", "2026-12-26", "2026-12-31", "2027-01-09",
              "2027-01-14", "2027-01-18", "2027-01-23", "2027-01-29", "2027-01-31",
              "2027-02-28", "2027-03-15", "2027-03-31", "2027-11-13", "2029-08-31"]  # fmt: skip
    for s in past:
        if _d(s) >= TODAY:
            errors.append(f"{s} is not in the past")
    for s in future:
        if _d(s) <= TODAY:
            errors.append(f"{s} is not in the future")


# ---- layouts ------------------------------------------------------------------------------------


def _pdf_layout(errors: list[str]) -> None:
    path = os.path.join(DOCS, M.AGREEMENT)
    raw = _raw(M.AGREEMENT)
    if b"/Encrypt" not in raw or b"Schedule A" in raw or b"forty-two" in raw:
        errors.append("agreement: not encrypted, or some text is readable without decrypting it")
    for label, pages in pdf_pages(M.AGREEMENT):
        for i, page in enumerate(pages, 1):
            if not page.rstrip().endswith(make_pdf.A_FOOTER.format(n=i, nb=len(pages))):
                errors.append(f"agreement ({label}): page {i}'s footer is not 'page {i} of N'")
        text = "\n".join(pages)
        rows = [r for r in make_pdf.SCHEDULE_A if f"{r[0]} {r[1]} {r[2]}" in text]
        if len(rows) != len(make_pdf.SCHEDULE_A):
            errors.append(f"agreement ({label}): {len(rows)} Schedule A rows read on one line")
        if make_pdf.OWNER_PASSWORD in text:
            errors.append(f"agreement ({label}): the owner password is in the text")
    if PYPDF is None:
        return
    reader = PYPDF.PdfReader(path)
    enc = reader.trailer["/Encrypt"]
    if not reader.is_encrypted or (enc["/Filter"], enc["/V"], enc["/R"], enc["/Length"]) != (
        "/Standard",
        2,
        3,
        128,
    ):
        errors.append("agreement: not the standard handler, RC4 128 bits, revision 3")
    p = int(enc["/P"])
    allowed = {3: "print", 5: "copy", 12: "print in high quality"}
    refused = {4: "change", 6: "annotate"}
    for bit, what in allowed.items():
        if not p & (1 << (bit - 1)):
            errors.append(f"agreement: the permissions do not allow to {what}")
    for bit, what in refused.items():
        if p & (1 << (bit - 1)):
            errors.append(f"agreement: the permissions allow to {what}")
    fresh = PYPDF.PdfReader(path)
    if fresh.decrypt(make_pdf.OWNER_PASSWORD) != PYPDF.PasswordType.OWNER_PASSWORD:
        errors.append("agreement: the owner password does not open it as owner")
    fresh = PYPDF.PdfReader(path)
    if fresh.decrypt("") != PYPDF.PasswordType.USER_PASSWORD:
        errors.append("agreement: the empty user password does not open it")
    sched_pages = []
    for i, page in enumerate(reader.pages):
        data = page.get_contents().get_data()
        scaled = f"{make_pdf.STRETCH:.2f} Tz".encode() in data
        if scaled:
            sched_pages.append(i)
        if scaled != ("Schedule A" in (page.extract_text() or "")):
            errors.append(f"agreement: page {i + 1} is scaled {scaled}, Schedule A there or not")
    if len(sched_pages) != 1:
        errors.append(f"agreement: horizontal scaling on pages {sched_pages}")
    if PDFPLUMBER is not None and sched_pages:
        with PDFPLUMBER.open(path) as pdf:

            def width(page, char: str) -> float | None:
                w = [c["width"] for c in page.chars if c["text"] == char and round(c["size"]) == 9
                     and "Bold" not in c["fontname"] and "Oblique" not in c["fontname"]]  # fmt: skip
                return min(w) if w else None

            scaled_w = width(pdf.pages[sched_pages[0]], "a")
            plain_w = width(pdf.pages[sched_pages[0] + 1], "a")
            if (
                not scaled_w
                or not plain_w
                or abs(scaled_w / plain_w - make_pdf.STRETCH / 100) > 0.01
            ):
                errors.append(
                    f"agreement: Schedule A's glyphs are {scaled_w} wide, not 82% of {plain_w}"
                )


def _docx_layout(v: dict, errors: list[str]) -> None:
    path = os.path.join(DOCS, M.SHEET)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        xml = z.read("word/document.xml").decode()
        rels = z.read("word/_rels/document.xml.rels").decode()
        ctypes = z.read("[Content_Types].xml").decode()
        glossary = (
            z.read("word/glossary/document.xml").decode()
            if "word/glossary/document.xml" in names
            else ""
        )
    root = ElementTree.fromstring(xml.encode())
    heads = []
    for p in root.iter(f"{W_NS}p"):
        runs = p.findall(f"{W_NS}r")
        if runs and all(r.find(f"{W_NS}rPr/{W_NS}smallCaps") is not None for r in runs):
            heads.append("".join(t.text or "" for t in p.iter(f"{W_NS}t")))
    want = [make_docx.S_TITLE] + [h for h, _ in make_docx.S_SECTIONS]
    if heads != want:
        errors.append(f"sheet: the small-capital paragraphs are {heads}, not {want}")
    if xml.count("<w:smallCaps/>") != len(want):
        errors.append("sheet: small capitals outside the title and the headings")
    caption = root.find(f".//{W_NS}tblPr/{W_NS}tblCaption")
    desc = root.find(f".//{W_NS}tblPr/{W_NS}tblDescription")
    if (
        caption is None
        or desc is None
        or caption.get(f"{W_NS}val") != make_docx.TABLE_CAPTION
        or desc.get(f"{W_NS}val") != make_docx.TABLE_DESCRIPTION
    ):
        errors.append("sheet: no table alt text (w:tblCaption, w:tblDescription)")
    for label, text in v[M.SHEET].items():
        if make_docx.TABLE_DESCRIPTION[:40] in text or "Barème 2026-2027" in text:
            errors.append(f"sheet: the table's alt text is read by {label}")
    if make_docx.R_GLOSSARY not in rels or 'Target="glossary/document.xml"' not in rels:
        errors.append("sheet: no glossaryDocument relationship")
    if make_docx.CT_GLOSSARY not in ctypes or not glossary:
        errors.append("sheet: no glossary part or no content type for it")
    groot = ElementTree.fromstring(glossary.encode()) if glossary else None
    parts = [] if groot is None else list(groot.iter(f"{W_NS}docPart"))
    if len(parts) != len(make_docx.DOC_PARTS):
        errors.append(f"sheet: {len(parts)} building blocks in the glossary")
    for _name, _gallery, text in make_docx.DOC_PARTS:
        if text not in glossary:
            errors.append(f"sheet: building block {text[:30]!r} missing")
        for label, shown in v[M.SHEET].items():
            if _flat(text) in _flat(shown):
                errors.append(f"sheet: the building block {text[:30]!r} is read by {label}")
    if DOCX is not None:
        d = DOCX.Document(path)
        if len(d.tables) != 1 or len(d.tables[0].rows) != len(make_docx.S_ROWS) + 1:
            errors.append("sheet: python-docx does not read one table of every row")


def _pod_layout(v: dict, errors: list[str]) -> None:
    raw = _read(M.MEMO)
    if not raw.startswith("=pod\n\n=encoding UTF-8\n") or not raw.endswith("\n=cut\n"):
        errors.append("memo: not =pod ... =cut with an =encoding line")
    cmds = re.findall(r"^(=\w+)", raw, re.M)
    if cmds.count("=over") != cmds.count("=back") or cmds.count("=over") < 4:
        errors.append("memo: =over and =back not balanced")
    if cmds.count("=begin") != 1 or cmds.count("=end") != 1 or "=for" not in cmds:
        errors.append("memo: not one =begin text / =end text block and a =for comment")
    depth = 0
    for c in cmds:
        depth += c == "=over"
        depth -= c == "=back"
        if depth < 0 or (c == "=item" and depth == 0):
            errors.append("memo: an =item or =back outside a list")
            break
    for code in ("B<", "I<", "C<", "S<", "L<", "E<lt>", "E<gt>"):
        if code not in raw:
            errors.append(f"memo: no {code} formatting code")
    for para in raw.split("\n\n"):
        if para[:1] in (" ", "\t") or para.startswith("=for comment"):
            continue
        for m in re.finditer(r"K \d", para):
            if para[max(0, m.start() - 2) : m.start()] != "S<":
                errors.append(f"memo: an amount outside S<>: {para[m.start() : m.start() + 14]!r}")
    if "5,400" in v[M.MEMO]["pod"] or "Guild draft" in v[M.MEMO]["pod"]:
        errors.append("memo: the =for comment paragraph is shown by pod2text")
    verbatim = [p for p in raw.split("\n\n") if p.startswith("    ")]
    if len(verbatim) != 1 or verbatim[0].count("\n") != 3:
        errors.append("memo: not one verbatim table of a header and three rows")


def _payroll_layout(errors: list[str]) -> None:
    raw = _read(M.PAYROLL)
    if not raw.startswith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>'
    ):
        errors.append("payroll: no XML declaration and mso-application instruction")
    root = ElementTree.fromstring(raw.encode())
    if root.tag != f"{SS}Workbook":
        errors.append("payroll: not a SpreadsheetML Workbook")
    if root.find("{urn:schemas-microsoft-com:office:office}DocumentProperties") is None:
        errors.append("payroll: no DocumentProperties")
    styles = {s.get(f"{SS}ID"): s for s in root.iter(f"{SS}Style")}
    fmt = styles.get("money")
    if fmt is None or fmt.find(f"{SS}NumberFormat").get(f"{SS}Format") != '"ZMW "#,##0.00':
        errors.append("payroll: no money style with its number format")
    sheets = dict(sheet_cells(raw))
    if list(sheets) != ["Lines", "Tour", "Commissions"]:
        errors.append(f"payroll: sheets {list(sheets)}")
    for ws in root.findall(f"{SS}Worksheet"):
        table = ws.find(f"{SS}Table")
        n = len(table.findall(f"{SS}Row"))
        if int(table.get(f"{SS}ExpandedRowCount")) != n:
            errors.append(f"payroll: {ws.get(f'{SS}Name')} declares a wrong row count")
        width = int(table.get(f"{SS}ExpandedColumnCount"))
        for row in sheets[ws.get(f"{SS}Name")]:
            if len(row) > width:
                errors.append(f"payroll: a row of {ws.get(f'{SS}Name')} is wider than declared")
    head, *rows = sheets["Lines"]
    if [c[1] for c in head] != N.PAYROLL_FIELDS:
        errors.append("payroll: the Lines header is not the generator's")
    for cells in rows:
        f = dict(zip(N.PAYROLL_FIELDS, cells, strict=False))  # a row without a note is shorter
        qty, rate, total = (int(f[k][1]) for k in ("Qty", "Rate", "Total"))
        if qty * rate != total or f["Total"][2] != "money" or f["Rate"][2] != "money":
            errors.append(f"payroll: {f['Line'][1]} does not add up")
        due = _d(f["Date"][1][:10]) + datetime.timedelta(days=14)
        if f["Due_By"][1][:10] != due.isoformat():
            errors.append(f"payroll: {f['Line'][1]}'s due date is not 14 days after")
    if raw.count('ss:Formula="=RC[-3]*RC[-1]"') != len(rows):
        errors.append("payroll: not one R1C1 formula per line")
    if raw.count("ss:Index=") != 1 or raw.count("ss:MergeAcross=") != 1:
        errors.append("payroll: not one ss:Index and one ss:MergeAcross")
    tour = sheets["Tour"][2:]
    if [c[0][1][:10] for c in tour] != [d for d, *_ in N.TOUR_DAYS]:
        errors.append("payroll: the Tour sheet is not the tour's days")


def _frab_layout(errors: list[str]) -> None:
    raw = _read(M.CALENDAR)
    root = ElementTree.fromstring(raw.encode())
    if root.tag != "schedule" or root.find("version") is None or root.find("conference") is None:
        errors.append("calendar: not a frab schedule with a version and a conference")
    conf = root.find("conference")
    days = root.findall("day")
    if int(conf.findtext("days")) != len(days):
        errors.append("calendar: the conference's day count is wrong")
    if (conf.findtext("start"), conf.findtext("end")) != (
        days[0].get("date"),
        days[-1].get("date"),
    ):
        errors.append("calendar: the conference's start and end are not its first and last days")
    if [int(d.get("index")) for d in days] != list(range(1, len(days) + 1)):
        errors.append("calendar: day indexes not 1, 2 ...")
    events = frab_events(raw)
    ids = [e["id"] for e in events]
    guids = [e["guid"] for e in events]
    if len(set(ids)) != len(ids) or len(set(guids)) != len(guids):
        errors.append("calendar: event ids or guids repeated")
    for e in events:
        if e["date"] != f"{e['day']}T{e['start']}:00":
            errors.append(f"calendar: event {e['id']}'s date is not its day and start")
        if e["room"] != e["room_name"]:
            errors.append(f"calendar: event {e['id']} is not in the room it is listed under")
        if not re.fullmatch(r"\d\d:\d\d", e["duration"]) or not re.fullmatch(
            r"\d\d:\d\d", e["start"]
        ):
            errors.append(f"calendar: event {e['id']}'s start or duration")
        for tag in ("slug", "url", "title", "track", "type", "language"):
            if not e.get(tag):
                errors.append(f"calendar: event {e['id']} has no {tag}")
    if sorted(e["day"] for e in events) != [e["day"] for e in events]:
        errors.append("calendar: events not in date order")


def _html_layouts(v: dict, errors: list[str]) -> None:
    # Murmurline's notice: custom elements with declarative shadow roots and named slots
    raw = _read(M.VENDOR)
    for tag in ("mm-offer", "mm-step"):
        if f'customElements.define("{tag}"' not in raw:
            errors.append(f"vendor: <{tag}> is not defined as a custom element")
    blocks = re.findall(r"<(mm-offer|mm-step)>(.*?)</\1>", raw, re.S)
    if len(blocks) != len(N.OFFERS) + len(N.STEPS):
        errors.append("vendor: not one custom element per offer and step")
    for tag, body in blocks:
        if not body.lstrip().startswith('<template shadowrootmode="open">'):
            errors.append(f"vendor: a <{tag}> without a declarative shadow root first")
        template, _, light = body.partition("</template>")
        shadow_slots = re.findall(r'<slot(?: name="(\w+)")?>', template)
        children = re.findall(r"^    <(\w+)(?: slot=\"(\w+)\")?>", light, re.M)
        source = [slot for _tag, slot in children]
        if sorted(shadow_slots) != sorted(source) or "" not in shadow_slots:
            errors.append(f"vendor: a <{tag}>'s slots do not match its children")
        if source == shadow_slots:
            errors.append(f"vendor: a <{tag}>'s source order is the order shown")
        if re.sub(r"<style>.*?</style>|<[^>]+>", "", template, flags=re.S).strip():
            errors.append(f"vendor: a <{tag}>'s shadow root holds text")
    text = v[M.VENDOR]["html-text"]
    for price, title, _ in N.OFFERS:
        if text.find(price) > text.find(title):
            errors.append(f"vendor: {title!r} is read before its price")
    # the French FAQ: HTML 3.2
    raw = _read(M.FAQ)
    if not raw.startswith('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">'):
        errors.append("FAQ: not the HTML 3.2 doctype")
    tags = re.findall(r"</?([A-Za-z][A-Za-z0-9]*)", raw)
    if any(t != t.upper() for t in tags):
        errors.append(f"FAQ: lower-case tags {sorted({t for t in tags if t != t.upper()})}")
    for t in ("P", "LI", "TD", "TR", "DT", "DD", "TH"):
        if f"</{t}>" in raw:
            errors.append(f"FAQ: an end tag </{t}>, which the page leaves out")
        if f"<{t}" not in raw:
            errors.append(f"FAQ: no <{t}>")
    unquoted = re.findall(r"<[A-Z]+[^>]*\s[A-Z]+=(?!\")[^\s>]+", raw)
    if len(unquoted) < 10:
        errors.append("FAQ: fewer than ten unquoted attribute values")
    for t in ("<FONT ", "<CENTER>", "<NOBR>", "BGCOLOR=", "<HR NOSHADE"):
        if t not in raw:
            errors.append(f"FAQ: no {t}")
    outside = re.sub(r"<NOBR>[^<]*</NOBR>", "", raw)
    if amounts(outside, "fr"):
        errors.append("FAQ: an amount outside <NOBR>")


def _text_layouts(v: dict, errors: list[str]) -> None:
    # the bookshop's catalogue: BibTeX records
    raw = _read(M.BOOKSHOP)
    entries = re.findall(r"^@(\w+)\{\s*([^,\s]*)", raw, re.M)
    kinds = [k for k, _ in entries]
    keys = [key for k, key in entries if k not in ("preamble", "string")]
    if "preamble" not in kinds or kinds.count("string") < 2 or len(keys) < 8:
        errors.append("bookshop: no @preamble, too few @string or too few records")
    if len(set(keys)) != len(keys):
        errors.append("bookshop: record keys repeated")
    if raw.count("{") != raw.count("}"):
        errors.append("bookshop: braces not balanced")
    macros = set(re.findall(r"@string\{\s*(\w+)\s*=", raw))
    for m in re.findall(r"publisher\s*=\s*(\w+),", raw):
        if m not in macros:
            errors.append(f"bookshop: the macro {m!r} is not defined")
    records = re.split(r"\n(?=@)", raw)
    for rec in records:
        if re.match(r"@(book|incollection|misc|manual)\{", rec) and "price " not in rec:
            errors.append(f"bookshop: a record without a price: {rec[:30]!r}")
        if rec.startswith("@book{") and not all(f in rec for f in ("author", "title", "year")):
            errors.append(f"bookshop: a @book without author, title or year: {rec[:30]!r}")
    # the French guide: LaTeX
    raw = _read(M.GUIDE)
    if (
        "\\documentclass" not in raw
        or "\\begin{document}" not in raw
        or not raw.rstrip().endswith("\\end{document}")
    ):
        errors.append("guide: not a LaTeX document")
    begins = re.findall(r"\\begin\{(\w+)\}", raw)
    ends = re.findall(r"\\end\{(\w+)\}", raw)
    if Counter(begins) != Counter(ends) or {"itemize", "enumerate", "tabular", "quote"} - set(
        begins
    ):
        errors.append("guide: environments not balanced, or one missing")
    labels = set(re.findall(r"\\label\{([^}]+)\}", raw))
    for ref in re.findall(r"\\ref\{([^}]+)\}", raw):
        if ref not in labels:
            errors.append(f"guide: \\ref{{{ref}}} without a label")
    rows = re.findall(r"^(.+?) & (.+?) & (.+?) \\\\$", raw, re.M)
    if [tuple(r) for r in rows[1:]] != [tuple(r) for r in N.GUIDE_ROWS]:
        errors.append("guide: the tabular's rows are not the generator's")
    if "Proposition du Conseil" not in raw or "Proposition du Conseil" in v[M.GUIDE]["latex"]:
        errors.append("guide: the comment is missing, or read as text")
    if "\\footnote{" not in raw or "\\og" not in raw:
        errors.append("guide: no footnote or French quotes")
    # the stewards' line: a Telegram Desktop export
    data = json.loads(_read(M.CHAT))
    if list(data) != ["name", "type", "id", "messages"] or data["type"] != "private_supergroup":
        errors.append("chat: not a Telegram export of a supergroup")
    msgs = data["messages"]
    by_id = {m["id"]: m for m in msgs}
    if [m["id"] for m in msgs] != sorted(by_id) or [m["date"] for m in msgs] != sorted(
        m["date"] for m in msgs
    ):
        errors.append("chat: ids or dates not in order")
    kinds_seen = Counter()
    for m in msgs:
        if m["date_unixtime"] != N._unix(m["date"]):
            errors.append(f"chat: {m['id']}'s epoch time is not its date")
        if m["type"] == "service":
            kinds_seen[m["action"]] += 1
            if m["actor"] not in N.USERS or m["actor_id"] != N.USERS[m["actor"]]:
                errors.append(f"chat: {m['id']}'s actor is unknown")
            if m["action"] == "pin_message" and m.get("message_id") not in by_id:
                errors.append(f"chat: {m['id']} pins an unknown message")
            continue
        if m["from"] not in N.USERS or m["from_id"] != N.USERS[m["from"]]:
            errors.append(f"chat: {m['id']}'s author is unknown")
        text = (
            m["text"]
            if isinstance(m["text"], str)
            else "".join(p if isinstance(p, str) else p["text"] for p in m["text"])
        )
        if "".join(e["text"] for e in m["text_entities"]) != text:
            errors.append(f"chat: {m['id']}'s entities do not make its text")
        for e in m["text_entities"]:
            kinds_seen[e["type"]] += 1
        reply = m.get("reply_to_message_id")
        if reply is not None and (reply not in by_id or reply >= m["id"]):
            errors.append(f"chat: {m['id']} replies to a later or unknown message")
        kinds_seen["forwarded"] += "forwarded_from" in m
        if "edited" in m:
            kinds_seen["edited"] += 1
            if not (m["date"] < m["edited"] and m["edited_unixtime"] == N._unix(m["edited"])):
                errors.append(f"chat: {m['id']} is edited before it is sent")
        for r in m.get("reactions", []):
            if r["count"] != len(r["recent"]):
                errors.append(f"chat: {m['id']}'s reaction count is wrong")
    for k in ("invite_members", "pin_message", "bold", "mention", "hashtag", "forwarded", "edited"):
        if not kinds_seen[k]:
            errors.append(f"chat: no {k}")
    # the Fountain script
    raw = _read(M.SCRIPT)
    head = raw.split("\n\n", 1)[0]
    keys = [line.split(":")[0] for line in head.split("\n") if not line.startswith(" ")]
    if keys[:5] != ["Title", "Credit", "Author", "Source", "Draft date"]:
        errors.append(f"script: the title page keys are {keys}")
    body = raw.split("\n\n", 1)[1]
    checks = {
        "scene heading": r"^(?:INT|EXT)\. .+ - \w+",
        "forced scene heading": r"^\.[A-ZÉ]",
        "character with an extension": r"^[A-ZÉÈ -]+ \((?:V\.O\.|O\.S\.)\)$",
        "parenthetical": r"^\(.+\)$",
        "transition": r"^> [A-ZÉÎÊ ]+[.:]$",
        "centred text": r"^>[A-Z]+<$",
        "section": r"^# ",
        "synopsis": r"^= ",
        "lyrics": r"^~",
        "page break": r"^===$",
        "note": r"^\[\[.+\]\]$",
    }
    for what, rx in checks.items():
        if not re.search(rx, body, re.M):
            errors.append(f"script: no {what}")
    if body.count("/*") != 1 or body.count("*/") != 1:
        errors.append("script: not one boneyard")
    if "8\u202f900" in v[M.SCRIPT]["fountain"] or "Prévoir des bottes" in v[M.SCRIPT]["fountain"]:
        errors.append("script: the boneyard or a note is printed")
    # the café's page: DokuWiki
    raw = _read(M.CAFE)
    for what, rx in {
        "~~NOTOC~~": r"^~~NOTOC~~$",
        "a level-1 heading": r"^====== .+ ======$",
        "a level-2 heading": r"^===== .+ =====$",
        "a table header": r"^\^ .+ \^$",
        "a table row": r"^\| .+ \|$",
        "a bullet list": r"^  \* ",
        "an ordered list": r"^  - ",
        "a note": r"<note important>.+</note>",
        "a footnote": r"\(\(.+?\)\)",
        "a link": r"\[\[\w+\|[^\]]+\]\]",
        "a forced line break": r"\\\\$",
        "italics": r"//[^/]+//",
        "monospace": r"''[^']+''",
    }.items():
        if not re.search(rx, raw, re.M | re.S):
            errors.append(f"café: no {what}")


def check_layouts(doc_views: dict, errors: list[str]) -> None:
    v = {n: {label: t for label, t, _ in vs} for n, vs in doc_views.items()}
    _pdf_layout(errors)
    _docx_layout(v, errors)
    _pod_layout(v, errors)
    _payroll_layout(errors)
    _frab_layout(errors)
    _html_layouts(v, errors)
    _text_layouts(v, errors)


def check_distractors(doc_views: dict, errors: list[str]) -> None:
    for name in DISTRACTORS:
        for pattern in PARTIES:
            if any(re.search(pattern, _nfc(t)) for _, t, _ in doc_views[name]):
                errors.append(f"{name}: names a party ({pattern})")


def check_builds(errors: list[str], warnings: list[str]) -> None:
    for out, make in N.OUTPUTS:
        with open(out, "rb") as f:
            if f.read() != make():
                errors.append(f"{os.path.basename(out)}: not what make_notice.py writes; run it")
    builds = []
    if FPDF is not None:
        builds.append((make_pdf.AGREEMENT_OUT, make_pdf.build_agreement))
    else:
        warnings.append("fpdf2 not importable: the PDF's bytes not compared")
    if DOCX is not None:
        builds.append((make_docx.SHEET_OUT, make_docx.build_sheet))
    else:
        warnings.append("python-docx not importable: the DOCX bytes not compared")
    for out, build in builds:
        with open(out, "rb") as f:
            if f.read() != build(write=False):
                errors.append(f"{os.path.basename(out)}: not what its generator makes now; rebuild")


def check_score_link(errors: list[str]) -> None:
    link = os.path.join(HERE, "score.py")
    if not os.path.islink(link) or os.readlink(link) != "../union-c/score.py":
        errors.append("score.py is not the relative link ../union-c/score.py")
    pyproject = os.path.join(HERE, "..", "..", "pyproject.toml")
    if os.path.exists(pyproject):
        with open(pyproject, encoding="utf-8") as f:
            if '"eval/union-ax/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-ax/score.py not in ruff's extend-exclude")


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    with open(os.path.join(HERE, "questions.json"), encoding="utf-8") as f:
        questions = json.load(f)
    if questions != M.Q:
        errors.append("questions.json differs from make_questions.py; run it")
    names = sorted(n for n in os.listdir(DOCS) if not n.startswith("."))
    if len(names) != N_DOCS:
        errors.append(f"{len(names)} documents in docs/ (want {N_DOCS})")
    for name in names:
        if not name.endswith((".pdf", ".docx", ".txt", ".html")):
            errors.append(f"{name}: format not allowed")
        if name not in DOC_LANGUAGE:
            errors.append(f"{name}: language not declared in DOC_LANGUAGE")
    if Counter(DOC_LANGUAGE.values()) != Counter({"en": 6, "fr": 6}):
        errors.append("documents per language are not 6 and 6")
    doc_views: dict[str, list[tuple[str, str, str]]] = {}
    for name in names:
        if name not in DOC_LANGUAGE:
            continue
        vs, ws = views(name)
        warnings += ws
        doc_views[name] = [(label, text, score.normalise(text)) for label, text in vs]
        size = len(_nfc(vs[0][1]))
        if not SIZE[0] <= size <= SIZE[1]:
            errors.append(f"{name}: {size} characters (want {SIZE[0]:,}-{SIZE[1]:,})")
        print(f"  {size:6d} chars  {DOC_LANGUAGE[name]}  {name}  ({', '.join(lb for lb, _ in vs)})")
    all_norms = [norm for vs in doc_views.values() for _, _, norm in vs]
    for name in [M.AGREEMENT, *DOCX_TEXT]:
        if name not in doc_views:
            errors.append(f"{name} missing; run its generator")
            continue
        vs = {label: norm for label, _, norm in doc_views[name]}
        gen_words = Counter(re.findall(r"[^\W\d_]+", vs["generator"]))
        for label, norm in vs.items():
            words = Counter(re.findall(r"[^\W\d_]+", norm))
            missing = [w for w in gen_words if w.isalpha() and w not in words]
            if missing:
                errors.append(f"{name}: {label} text lacks generator words {missing[:5]}")
    n_amounts = 0
    n_weekdays = 0
    if set(DOC_LANGUAGE) <= set(doc_views):
        check_layouts(doc_views, errors)
        check_time_rules(doc_views, errors)
        n_weekdays = check_weekdays(doc_views, questions, errors)
        check_non_money(doc_views, errors)
        check_distractors(doc_views, errors)
        check_spellings(doc_views, errors)
        check_joined(doc_views, errors)
        check_builds(errors, warnings)
        n_amounts = check_amounts(doc_views, questions, errors)
    else:
        errors.append("documents missing: the document checks were skipped")
    check_score_link(errors)
    ids = [q.get("id") for q in questions]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, len(questions) + 1)]:
        errors.append(f"ids are not {PREFIX}-001.. in order")
    texts = [q.get("question") for q in questions]
    if len(set(texts)) != len(texts):
        errors.append("duplicate questions")
    for q in questions:
        check_question(q, doc_views, all_norms, errors)
    check_wording(questions, errors)
    for table, kinds in (
        (OOS_ABSENT, ("out-of-scope", "adversarial")),
        (XL_ABSENT, ("cross-lingual",)),
    ):
        for qid in table:
            q = next((x for x in questions if x["id"] == qid), None)
            if q is None or q["kind"] not in kinds:
                errors.append(f"{qid} is named in a table of absent terms but is not {kinds}")
        for q in questions:
            if q["kind"] in kinds and q["id"] not in table:
                errors.append(f"{q['id']}: {q['kind']} question without absent terms")
    kinds = Counter(q.get("kind") for q in questions)
    langs = Counter(q.get("language") for q in questions)
    if dict(kinds) != EXPECTED_COUNTS:
        errors.append(f"kinds {dict(kinds)} (want {EXPECTED_COUNTS})")
    if dict(langs) != EXPECTED_LANGUAGES:
        errors.append(f"languages {dict(langs)} (want {EXPECTED_LANGUAGES})")
    per = Counter((q["kind"], q["language"]) for q in questions)
    used = {s for q in questions for s in q["expected_sources"]}
    for name in doc_views:
        if name not in DISTRACTORS and name not in used:
            errors.append(f"{name}: no question uses it")
    print("  kinds: " + ", ".join(f"{k} {kinds[k]} ({per[k, 'en']}/{per[k, 'fr']})" for k in KINDS))
    print(f"  languages: en {langs['en']}, fr {langs['fr']}; weekdays checked: {n_weekdays}")
    for w in sorted(set(warnings)):
        print("warning:", w)
    for e in errors:
        print("error:", e)
    n_views = sum(len(v) for v in doc_views.values())
    if errors:
        print(f"check_set: {len(errors)} error(s)")
        return 1
    print(
        f"check_set: OK ({len(questions)} questions, {len(doc_views)} documents in {n_views} "
        f"views, {n_amounts} amounts, {len(warnings)} warning(s))"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
