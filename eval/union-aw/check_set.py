#!/usr/bin/env python3
"""Check the union-aw set itself: questions.json against docs/ (no project needed).

    python3 eval/union-aw/check_set.py                      # stdlib; the PDF in the generator's text
    /work/main/.venv/bin/python eval/union-aw/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields of every question (in union-b's order), ids uaw-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .txt, 2,000-25,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation, in EVERY view of at least one expected source: the PDF in the generator's
  text, through pdfplumber AND through pypdf; DOCX in the generator's text, through zipfile
  (the w:t text nodes of word/document.xml, paragraph by paragraph) AND through python-docx
  (body paragraphs and tables); HTML without tags and raw; the recutils export raw and as
  parsed records; the Slack export raw and as its messages; the OPML calendar raw and as its
  outline texts; the DocBook guide raw and as its element text; other text as UTF-8;
- the accepted forms: stable under normalisation, no bare number of fewer than three
  digits, no bare number that is a percentage in a source, no trap matching a
  must_include alternative; every trap (but pings and injected figures) in some view;
- adversarial: a ping, @everyone and @here and one injected figure in must_not_include, the
  figure in the question and in no document; multi-doc: 2+ sources and elements, no single
  view holding every element; cross-lingual: no source in the question's language, the
  answer and XL_ABSENT's patterns in no document of that language; out-of-scope: the terms
  of OOS_ABSENT in no document; member shorthand and three or more noted typos;
- the AMOUNTS of the taka: every amount of a document ("Tk 14,500.00", "Tk 650", "75 poisha",
  "RMB 2,600", the sum in words, "BDT 14,500.00", "7,900.00 taka", "৳85.00", "14 500,00 ৳"
  with U+202F and U+00A0, "৳ 120 000,00" with U+00A0 and U+202F, "2,64 lakh") read at digit
  boundaries in every view of its document; NO AMOUNT READING INSIDE ANOTHER of a different
  value; every numeric alternative and trap reading amounts of one value only and no number
  that is not an amount; no number joined by the normaliser; every number a PDF or DOCX
  reader gives is the generator's (or a footer's); each style in its documents; the
  spellings (most exactly once) and their explanations; the look-alikes;
- the rules of time against 2026-12-07 (four-week reference blocks, notice counted in home
  games, rest from the actual end of a game call, the stipend pro rata by home games,
  qualifying seasons, the royalty by each card's age, one allowance per homestand, an
  abandoned game after the pre-game routine), that no "now" answer changes between 1 and
  7 December 2026, and every weekday the documents and questions print;
- the layouts: the agreement's FreeText annotation (read by neither reader), page labels
  (i, then 1, 2 ... as the footers print them) and internal links (the contents' link
  annotations point at their parts' pages); the Texinfo letter (commands, nodes and menu,
  balanced environments, the @c draft); the recutils export (record descriptors, mandatory
  fields, unique keys, continuation lines, lines that add up, pay dates, seasons); the OPML
  calendar (head dates, nested outlines, the twenty home games); the notice's <canvas>,
  <video>/<track> fallbacks and <menu>; the RSS feed (items, guids, RFC 822 dates, CDATA);
  the DocBook guide (namespace, sections with xml:id, the informaltable, the comment
  unread); the FAQ's image map, inert archive and <datalist>; the Slack export (messages in
  time order, threads, mentions, reactions, an edit, a join); the .properties file; the
  sheet's document variables, repeated header row, rows that do not split and tracked
  formatting changes; the notice's runs split inside amounts, spelling marks and a
  two-lines-in-one run; distractors naming no party and sharing no amount; the built files
  byte for byte what the generators make now; the score.py link and its ruff exclusion;
  every non-distractor document used.
Prints one line per document, the counts, and a last line "check_set: OK ..." or
"check_set: N error(s)". Exit 1 on any error.
"""

from __future__ import annotations

import datetime
import html
import html.parser
import json
import math
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
SIZE = (2000, 25000)
TODAY = datetime.date(2026, 12, 7)
NOW_WINDOW = [datetime.date(2026, 12, d) for d in range(1, 8)]
NNB = "\u202f"
NB = "\u00a0"
W_URI = make_docx.W_URI
W_NS = "{" + W_URI + "}"
DB_NS = "{http://docbook.org/ns/docbook}"

DISTRACTORS = {M.DANCEWEAR, M.STUDIO}
DOCX_TEXT = {M.SHEET: make_docx.sheet_text, M.AVIS: make_docx.avis_text}
DOC_LANGUAGE = {
    M.AGREEMENT: "en",
    M.MEMO: "en",
    M.PAYROLL: "en",
    M.CALENDAR: "en",
    M.VENDOR: "en",
    M.DANCEWEAR: "en",
    M.GUIDE: "fr",
    M.FAQ: "fr",
    M.SHEET: "fr",
    M.CHAT: "fr",
    M.AVIS: "fr",
    M.STUDIO: "fr",
}
STYLES = {
    M.AGREEMENT: {"tk", "whole", "words", "poisha", "rmb"},
    M.MEMO: {"word"},
    M.PAYROLL: {"code"},
    M.CALENDAR: set(),
    M.VENDOR: {"sign"},
    M.DANCEWEAR: {"sign"},
    M.GUIDE: {"frsign"},
    M.FAQ: {"fr"},
    M.SHEET: {"fr"},
    M.CHAT: {"fr", "lakh"},
    M.AVIS: {"fr"},
    M.STUDIO: {"fr"},
}

OOS_ABSENT = {
    "uaw-048": [r"swimsuit", r"bikini", r"maillot de bain", r"photo shoot"],
    "uaw-049": [r"insurance", r"assurance", r"\bhealth", r"santé", r"mutuelle"],
    "uaw-050": [r"instagram", r"influenc", r"social media", r"réseaux sociaux"],
    "uaw-051": [r"tattoo", r"tatouage"],
    "uaw-052": [r"pension", r"retraite", r"retirement"],
    "uaw-053": [r"\btax", r"impôt", r"fiscal"],
    "uaw-054": [r"cotisation", r"\bdues\b", r"membership fee"],
    "uaw-055": [r"maternit", r"pregnan", r"grossesse", r"enceinte"],
    "uaw-056": [r"billet", r"\btickets?\b", r"places? gratuites?", r"complimentary"],
    "uaw-057": [r"\bjuges?\b", r"judg", r"formation continue", r"brevet"],
    "uaw-058": [r"19[,.\s\u202f]?999"],
    "uaw-059": [r"(?<!\d)1[,.\s\u202f]?111(?!\d)"],
    "uaw-060": [r"99[,.\s\u202f]?888"],
}
XL_ABSENT = {
    "uaw-032": [r"12:30", r"12\.30", r"office hours", r"opening hours", r"office is open"],
    "uaw-033": [r"bienetre@", r"welfare officer", r"harass"],
    "uaw-034": [r"4417", r"car park", r"\bP2\b"],
    "uaw-035": [r"pairs? of (?:dance )?shoes", r"two pairs"],
    "uaw-036": [
        r"RMB",
        r"Shanghai",
        r"Golden Hoop",
        r"(?<![\d\u202f ])2[,\u202f ]?600(?![\u202f ]?\d)",
    ],
    "uaw-037": [r"instrument", r"(?<![\d\u202f ,])650(?![\d])"],
    "uaw-038": [r"75 poisha", r"\breel\b", r"1[ \u202f,]?000 (?:lectures|vues|plays)"],
    "uaw-039": [r"15 décembre", r"Northfold", r"Matchday", r"séance de capture du"],
}
SHORTHAND = {
    "en": ["rn", "pls", "idk", "whats", "hrs", "im", "tho", "q"],
    "fr": ["c", "mtn", "svp", "stp", "y a", "qd"],
}
# numeric needles that are not money (an extension number)
COUNT_NEEDLES = {"4417"}

SPELLINGS = [
    (M.AGREEMENT, "one hundred and twenty thousand taka (Tk 120,000.00)", True),
    (M.AGREEMENT, "Tk 650 a game", True),
    (M.AGREEMENT, "75 poisha per 1,000 plays", True),
    (M.AGREEMENT, "RMB 2,600", True),
    (M.AGREEMENT, "Tk 14,500.00", False),
    (M.CHAT, "2,64 lakh", True),
    (M.PAYROLL, "BDT 14,500.00", False),
    (M.MEMO, "@w{7,900.00 taka}", False),
    (M.VENDOR, "৳85.00", False),
    (M.FAQ, f"14{NNB}500,00{NB}৳", False),
    (M.GUIDE, f"৳{NB}120{NNB}000,00", False),
    (M.SHEET, f"14{NNB}500,00{NB}৳", False),
    (M.AVIS, f"1{NNB}850,00{NB}৳", False),
]
EXPLAINED = [
    (M.AGREEMENT, r"a currency of its own, not the taka of Bangladesh"),
    (M.AGREEMENT, r"One taka is 100 poisha"),
    (M.AGREEMENT, r"Tk 14,500\.00 means fourteen thousand five hundred taka"),
    (M.AGREEMENT, r"A sum written out in words is followed by the same sum in figures"),
    (M.AGREEMENT, r"no other amount in this agreement is in a foreign currency"),
    (M.AGREEMENT, r"the one whole-taka figure in this agreement \(no poisha are shown\)"),
    (M.MEMO, r"7,900\.00 taka\} means seven thousand nine hundred taka"),
    (M.PAYROLL, r"BDT 14,500\.00 means fourteen thousand # five hundred taka"),
    (M.VENDOR, r"the taka sign, then the figure, with no space, like ৳85\.00"),
    (
        M.FAQ,
        r"le nombre d'abord, une espace fine pour séparer les milliers, les poisha après la "
        r"virgule, puis le signe ৳",
    ),
    (M.FAQ, r"il n'a rien à voir avec celui du Bangladesh"),
    (
        M.GUIDE,
        r"chaque montant commence par le signe ৳, suivi d'une espace insécable ; une espace "
        r"fine sépare les milliers",
    ),
    (M.SHEET, r"les milliers séparés par une espace fine, les poisha après la virgule"),
    (M.CHAT, r"Un lakh, c'est cent mille taka"),
    (M.DANCEWEAR, r"Prices in taka, with the sign first"),
    (M.STUDIO, r"signe après le nombre \(espace fine entre les milliers\)"),
]
NON_MONEY = [
    (M.AGREEMENT, "founded in 2011"),
    (M.AGREEMENT, "QR2 6TB"),
    (M.AGREEMENT, "Form SQ-7"),
    (M.AGREEMENT, "Form SQ-8"),
    (M.AGREEMENT, "up to 5 hours"),
    (M.AGREEMENT, "at least 12 of the club's home games"),
    (M.AGREEMENT, "beyond 48 in a block"),
    (M.AGREEMENT, "per 1,000 plays"),
    (M.AGREEMENT, "no earlier than 11 hours"),
    (M.MEMO, "LOA-1/2026"),
    (M.MEMO, "within 12 hours"),
    (M.PAYROLL, "ADSU 30418"),
    (M.PAYROLL, "PY-0212"),
    (M.PAYROLL, "13 of 20"),
    (M.PAYROLL, "9 h 32 min"),
    (M.CALENDAR, "Block 4"),
    (M.CALENDAR, "QR5 2LN"),
    (M.CALENDAR, "final siren 22:58"),
    (M.CALENDAR, "Matchday Legends 27"),
    (M.VENDOR, "SC-0412"),
    (M.VENDOR, "QR1 8DX"),
    (M.VENDOR, "115 cards"),
    (M.VENDOR, "ext. 3150"),
    (M.VENDOR, "version 5.12.0"),
    (M.DANCEWEAR, "kickline-2026-118"),
    (M.DANCEWEAR, "pack of three"),
    (M.GUIDE, "SQ-8"),
    (M.GUIDE, "12 mois"),
    (M.FAQ, "VS4 1KD"),
    (M.FAQ, "poste 2716"),
    (M.SHEET, "deux paires"),
    (M.SHEET, "48 heures"),
    (M.CHAT, "13/20"),
    (M.CHAT, "2024-25"),
    (M.AVIS, "poste 4417"),
    (M.AVIS, "porte 7"),
    (M.AVIS, "poste 4402"),
    (M.STUDIO, "4 à 6 ans"),
    (M.STUDIO, "10 pour cent"),
]
PARTIES = (
    r"ADSU",
    r"SDAEL",
    r"LPCC",
    r"CCPL",
    r"Lisserand",
    r"Quarrendon",
    r"Val-Sorbière",
    r"Tollerby",
    r"\bRovers\b",
    r"\bLynx\b",
    r"\bPikes\b",
    r"Pitchlight",
    r"Northfold",
    r"Squad Card",
    r"Golden Hoop",
)

# ---- amounts ------------------------------------------------------------------------------------

_EN = r"\d{1,3}(?:,\d{3})*"
AMOUNT_PATTERNS = [
    ("words", re.compile(rf"taka \(Tk ({_EN}\.\d\d)\)"), None),
    ("tk", re.compile(rf"(?<![\w/(])Tk ({_EN}\.\d\d)(?![\d,])"), None),
    ("whole", re.compile(rf"(?<![\w/(])Tk ({_EN})(?![\d,.])"), None),
    ("poisha", re.compile(r"(?<![\d.,])(\d{1,2}) poisha\b"), None),
    ("rmb", re.compile(rf"\bRMB ({_EN})(?![\d,.])"), None),
    ("code", re.compile(rf"\bBDT ({_EN}\.\d\d)(?![\d,])"), None),
    ("word", re.compile(rf"(?<![\d.,])({_EN}\.\d\d) taka\b"), None),
    ("lakh", re.compile(r"(?<![\d.,])(\d{1,2}(?:,\d{1,2})?) lakh\b"), None),
    ("sign", re.compile(rf"(?<![\w/(])৳({_EN}\.\d\d)(?![\d,])"), None),
    ("fr", re.compile(r"(?<![\d.,\u202f])(\d{1,3}(?:\u202f\d{3})*,\d\d)\u00a0৳"), None),
    ("frsign", re.compile(r"৳\u00a0(\d{1,3}(?:\u202f\d{3})*,\d\d)(?![\d])"), None),
    # a reader's view of a French amount: a reader may give U+202F and U+00A0 as spaces
    (
        "frview",
        re.compile(r"(?<![\d.,\u202f])(?<!\d )(\d{1,3}(?:[\u202f ]\d{3})*,\d\d)[\u00a0 ]৳"),
        "fr",
    ),
    ("frsignview", re.compile(r"৳[\u00a0 ](\d{1,3}(?:[\u202f ]\d{3})*,\d\d)(?![\d])"), "fr"),
]


def _value(style: str, m: re.Match) -> tuple[str, int]:
    """(currency, value): taka in poisha, renminbi in whole yuan."""
    num = m.group(1)
    if style == "rmb":
        return ("RMB", int(num.replace(",", "")))
    if style == "poisha":
        return ("BDT", int(num))
    if style == "lakh":  # "2,64 lakh": a decimal comma, lakhs of 100,000 taka
        whole, _, frac = num.partition(",")
        return ("BDT", (int(whole) * 100 + int((frac + "00")[:2])) * 100_000)
    if style == "whole":
        return ("BDT", int(num.replace(",", "")) * 100)
    if style in ("fr", "frsign", "frview", "frsignview"):
        whole, cents = num.rsplit(",", 1)
        return ("BDT", int(re.sub(r"[ \u202f]", "", whole)) * 100 + int(cents))
    whole, cents = num.replace(",", "").split(".")
    return ("BDT", int(whole) * 100 + int(cents))


def amounts(
    text: str, lang: str, view: bool = False
) -> list[tuple[str, str, str, tuple[str, int], tuple[int, int]]]:
    """The amounts of `text`; `view` also reads French amounts whose spaces a reader flattened."""
    out = []
    taken: list[tuple[int, int]] = []
    for style, rx, only_lang in AMOUNT_PATTERNS:
        if only_lang and only_lang != lang:
            continue
        if style in ("frview", "frsignview") and not view:
            continue
        for m in rx.finditer(text):
            if any(s <= m.start() and m.end() <= e for s, e in taken):
                continue
            out.append((style, m.group(0), m.group(1), _value(style, m), m.span()))
            taken.append(m.span())
    return out


# ---- readers ------------------------------------------------------------------------------------

BLOCK_END = frozenset(
    {"p", "li", "h1", "h2", "h3", "tr", "td", "th", "div", "title", "header", "footer",
     "section", "main", "article", "nav", "label", "button", "form", "menu", "canvas",
     "video", "ul", "map"}
)  # fmt: skip


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "meta", "input", "img", "area", "track"):
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


def rec_records(raw: str) -> list[list[tuple[str, str]]]:
    """The records of a recutils file: (field, value) pairs, '+ ' lines joined with newlines."""
    records: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in raw.split("\n"):
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                records.append(cur)
                cur = []
            continue
        if line.startswith("+"):
            name, value = cur[-1]
            cur[-1] = (name, value + "\n" + line[2:] if line.startswith("+ ") else line[1:])
            continue
        name, _, value = line.partition(":")
        cur.append((name, value[1:] if value.startswith(" ") else value))
    if cur:
        records.append(cur)
    return records


def rec_view(raw: str) -> str:
    """The export as recsel prints it: the data records' fields, descriptors dropped."""
    out = []
    for rec in rec_records(raw):
        if rec[0][0].startswith("%"):
            continue
        out.append("\n".join(f"{k}: {v}" for k, v in rec))
    return "\n\n".join(out)


def slack_view(raw: str) -> str:
    """The channel as Slack shows it: the author's name and the message, entities decoded."""
    return "\n".join(
        f"{m['user_profile']['real_name']}: {html.unescape(m['text'])}" for m in json.loads(raw)
    )


def opml_view(raw: str) -> str:
    root = ElementTree.fromstring(raw.encode())
    lines = [root.findtext("head/title") or ""]
    lines += [o.get("text", "") for o in root.iter("outline")]
    return "\n".join(lines)


DB_BLOCKS = frozenset(
    {"title", "subtitle", "para", "orgname", "pubdate", "row", "listitem", "note", "section"}
)


def docbook_view(raw: str) -> str:
    """The guide as a DocBook processor lays it out: blocks on their own lines, cells apart."""
    parts: list[str] = []

    def walk(el) -> None:
        parts.append(el.text or "")
        for child in el:
            walk(child)
            tag = child.tag.rsplit("}", 1)[-1]
            parts.append(" | " if tag == "entry" else "\n" if tag in DB_BLOCKS else "")
            parts.append(child.tail or "")

    walk(ElementTree.fromstring(raw.encode()))
    return re.sub(r"[ \t]*\n[ \t\n]*", "\n", "".join(parts)).strip()


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


def pdf_generator_text() -> str:
    pages = make_pdf.agreement_pages() if FPDF is not None else None
    return make_pdf.agreement_text(pages)


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


def views(name: str) -> tuple[list[tuple[str, str]], list[str]]:
    path = os.path.join(DOCS, name)
    warnings: list[str] = []
    if name.endswith(".pdf"):
        out = [("generator", pdf_generator_text())]
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
    extra = {
        M.PAYROLL: ("rec", rec_view),
        M.CHAT: ("slack", slack_view),
        M.CALENDAR: ("opml", opml_view),
        M.GUIDE: ("docbook", docbook_view),
    }
    if name in extra:
        label, view = extra[name]
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
                if re.search(rf"(?<![\w/']){re.escape(w)}(?![\w'])", q["question"]):
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
        for style, text, num, value, _ in amounts(primary, lang):
            found.append((name, style, text, num, value))
            if style not in STYLES[name]:
                errors.append(f"{name}: amount {text!r} in the style {style!r}")
        comments = [m.span() for m in re.finditer(r"<!--.*?-->", primary, re.S)]
        for label, _t, norm in vs:
            for _, text, _n, _v, (s0, e0) in amounts(primary, lang):
                if label == "docbook" and any(s <= s0 and e0 <= e for s, e in comments):
                    continue  # an XML comment: no DocBook processor shows it
                if not score.contains(norm, text):
                    errors.append(
                        f"{name}: amount {text!r} not read at digit boundaries in {label}"
                    )
        for label, t, _ in vs[1:]:
            for style, text, num, value, _ in amounts(_view_text(label, t), lang, view=True):
                found.append((name, style, text, num, value))
    spellings = {(style, text, num, value) for _, style, text, num, value in found}
    by_norm: dict[str, set[tuple[str, int]]] = {}
    for _, text, _, value in spellings:
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
            if label == "raw":  # an image map's coordinates: an attribute no text reader shows
                spans += [m.span() for m in re.finditer(r'coords="[\d,]+"', t)]
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


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    everything = {n: _primary(doc_views, n) for n in doc_views}
    raws = {
        n: _nfc(doc_views[n][-1][1]) if n.endswith(".html") else everything[n] for n in doc_views
    }
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
        ("code", M.PAYROLL),
        ("word", M.MEMO),
        ("lakh", M.CHAT),
        ("poisha", M.AGREEMENT),
        ("whole", M.AGREEMENT),
        ("words", M.AGREEMENT),
        ("rmb", M.AGREEMENT),
        ("tk", M.AGREEMENT),
        ("frsign", M.GUIDE),
    )
    for name, text in everything.items():
        lang = DOC_LANGUAGE[name]
        styles = {s for s, *_ in amounts(text, lang)}
        if re.search(r"[€£¥₩$₹]|\b(?:USD|EUR|GBP|KRW|CAD|CHF|CNY|INR)\b", text):
            errors.append(f"{name}: another currency")
        if re.search(r"\bRMB\b", text) and not (name == M.AGREEMENT and text.count("RMB") == 1):
            errors.append(f"{name}: RMB outside the agreement's clause 5.4")
        if name != M.PAYROLL and re.search(r"\bBDT \d", text):
            errors.append(f"{name}: an amount with the currency code outside the payroll")
        if name != M.AGREEMENT and re.search(r"\bTk \d", text):
            errors.append(f"{name}: an amount with the letters Tk outside the agreement")
        if name == M.AGREEMENT and "৳" in text:
            errors.append(f"{name}: the taka sign in the PDF (DejaVu Sans has no glyph for it)")
        for style, home in homes:
            if style in styles and name != home:
                errors.append(f"{name}: the style {style!r} outside {home}")
        if lang == "fr" and re.search(r"\d[ \u00a0]\d{3}\D", text):
            errors.append(f"{name}: French thousands with an ASCII or no-break space")
        if lang == "en" and NNB in text:
            errors.append(f"{name}: a narrow no-break space in an English document")
        if re.search(
            r"\d ?(?:thou|tons?|mln|mn|Mio|MM|mil|juta|jt|monkeys?|briques?|bâtons?|kk|bn|grand)\b"
            r"|\d+k\d?\b|\d(?:[.,]\d+)?M\b",
            text,
        ):
            errors.append(f"{name}: a shorthand of earlier sets")
    agreement = everything[M.AGREEMENT]
    clause = agreement.split("5.4 ")[1].split("5.5 ")[0]
    if "RMB 2,600" not in clause:
        errors.append("agreement: the renminbi amount is not in clause 5.4")
    if "not the taka of Bangladesh" not in _flat(agreement):
        errors.append("agreement: does not say its taka is not Bangladesh's")
    for style, want in (("words", 1), ("lakh", 1), ("poisha", 1), ("whole", 1), ("rmb", 1)):
        n = sum(
            1
            for name, t in everything.items()
            for a in amounts(t, DOC_LANGUAGE[name])
            if a[0] == style
        )
        if n != want:
            errors.append(f"amounts in the style {style!r} occur {n} times (want {want})")


def check_non_money(doc_views: dict, errors: list[str]) -> None:
    for name, text in NON_MONEY:
        t = _primary(doc_views, name)
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


def en_date(text: str) -> datetime.date:
    """'Saturday 19 December 2026' (or without the weekday) as a date."""
    m = re.fullmatch(rf"(?:\w+ )?(\d{{1,2}}) ({'|'.join(EN_MONTHS)}) (\d{{4}})", text)
    if not m:
        raise ValueError(text)
    return datetime.date(int(m[3]), EN_MONTHS.index(m[2]) + 1, int(m[1]))


def check_weekdays(doc_views: dict, questions: list[dict], errors: list[str]) -> int:
    """Every 'weekday day month year' the documents and questions print is that weekday."""
    n = 0
    texts = [_flat(_view_text(lab, t)) for name in doc_views for lab, t, _ in doc_views[name]]
    texts += [q["question"] for q in questions] + [q["notes"] for q in questions]
    days, months = "|".join(EN_DAYS), "|".join(EN_MONTHS)
    fdays, fmonths = "|".join(FR_DAYS), "|".join(FR_MONTHS)
    en = re.compile(rf"\b({days}) (\d{{1,2}}) ({months}) (\d{{4}})", re.I)
    # "Monday 21 September to Sunday 18 October 2026": the first date's year is the last's
    en_rng = re.compile(
        rf"\b({days}) (\d{{1,2}}) ({months}) to (?:{days}) \d{{1,2}} (?:{months}) (\d{{4}})"
    )
    fr = re.compile(rf"\b({fdays}) (\d{{1,2}})(?:er)? ({fmonths}) (\d{{4}})", re.I)
    fr_rng = re.compile(
        rf"\b({fdays}) (\d{{1,2}}) ({fmonths}) au (?:{fdays}) \d{{1,2}} (?:{fmonths}) (\d{{4}})"
    )
    short = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    rfc = re.compile(rf"\b({'|'.join(short)}), (\d{{1,2}}) ({'|'.join(mons)}) (\d{{4}})")
    for t in texts:
        for m in list(en.finditer(t)) + list(en_rng.finditer(t)):
            d = datetime.date(int(m[4]), EN_MONTHS.index(m[3].capitalize()) + 1, int(m[2]))
            n += 1
            if EN_DAYS[d.weekday()].lower() != m[1].lower():
                errors.append(f"{m[0]!r} is a {EN_DAYS[d.weekday()]}")
        for m in list(fr.finditer(t)) + list(fr_rng.finditer(t)):
            d = datetime.date(int(m[4]), FR_MONTHS.index(m[3].lower()) + 1, int(m[2]))
            n += 1
            if FR_DAYS[d.weekday()] != m[1].lower():
                errors.append(f"{m[0]!r} is a {FR_DAYS[d.weekday()]}")
        for m in rfc.finditer(t):
            d = datetime.date(int(m[4]), mons.index(m[3]) + 1, int(m[2]))
            n += 1
            if short[d.weekday()] != m[1]:
                errors.append(f"{m[0]!r} is a {short[d.weekday()]}")
    return n


def pay_date_ok(work: datetime.date, pay: datetime.date) -> bool:
    """Clause 8.1: by the 12th of the following month (the working day before on a weekend);
    work before 1 August 2026: the 15th (the 2023-2026 agreement)."""
    y, m = work.year + (work.month == 12), work.month % 12 + 1
    if work < _d("2026-08-01"):
        return pay == datetime.date(y, m, 15)
    due = datetime.date(y, m, 12)
    while due.weekday() >= 5:
        due -= datetime.timedelta(days=1)
    return pay == due


def check_time_rules(doc_views: dict, errors: list[str]) -> None:
    def need(name: str, pattern: str, what: str) -> None:
        if not re.search(pattern, _flat(_primary(doc_views, name))):
            errors.append(f"{name}: {what} missing")

    def only(home: set[str], pattern: str, what: str) -> None:
        for name in doc_views:
            if name in home:
                continue
            for label, text, _ in doc_views[name]:
                if re.search(pattern, _flat(_view_text(label, text))):
                    errors.append(f"{name} ({label}): {what} outside {sorted(home)}")

    A = M.AGREEMENT
    need(A, r"this agreement is in force from 1 August 2026 to 31 July 2029", "the term")
    need(M.MEMO, r"it applies from 1 December 2026", "the letter's start")
    # 1. rehearsal hours over four-week reference blocks
    need(A, r"Rehearsal hours are counted over reference blocks of four consecutive weeks", "4.2")
    need(A, r"Rehearsal hours beyond 48 in a block are paid Tk 3,225\.00 an hour", "4.2 rate")
    prev_end = None
    for name, dates in make_notice.BLOCKS:
        first, last = dates.split(" to ")
        end = en_date(last)
        start = en_date(first if re.search(r"\d{4}$", first) else f"{first} {end.year}")
        if start.weekday() != 0 or (end - start).days != 27:
            errors.append(f"calendar: {name} is not four weeks from a Monday")
        if prev_end is not None and start != prev_end + datetime.timedelta(days=1):
            errors.append(f"calendar: {name} does not follow the block before it")
        prev_end = end
    weeks = [15, 10, 14, 11]
    block = sum(weeks) - 48
    weekly = sum(max(0, h - 12) for h in weeks)
    if (block, block * 322_500, weekly, weekly * 322_500) != (2, 645_000, 5, 1_612_500):
        errors.append("blocks: not 2 hours (6,450.00) by the block and 5 (16,125.00) by the week")
    need(
        M.FAQ,
        r"Total du bloc : 50 heures. Les 2 heures qui dépassent 48 vous sont payées "
        r"6 450,00",
        "the FAQ's example",
    )
    need(M.CHAT, r"Ça fait 5 heures sup \(au-delà de 12 par semaine\), donc 16 125,00", "claim")
    need(M.PAYROLL, r"50 hours in the block, 2 hours beyond 48", "the payroll's line")
    # 2. notice counted in home games
    need(
        A,
        r"the engagement ends after the third home game of the club played after the day on "
        r"which the notice is given",
        "6.2",
    )
    home = sorted(en_date(d) for d, _, _ in make_notice.PIKES_HOME)
    notice = _d("2026-12-02")
    after = [d for d in home if d > notice]
    if after[2] != _d("2026-12-19") or notice + datetime.timedelta(days=21) != _d("2026-12-23"):
        errors.append("notice: not the 19 December by home games, 23 December by 21 days")
    if _d("2026-12-16") in home:
        errors.append("notice: the postponed game is listed at its original date")
    need(M.CALENDAR, r"postponed from Wednesday 16 December 2026", "the postponement")
    need(M.CHAT, r"Ton engagement se termine après le match du samedi 19 décembre 2026", "ex.")
    need(M.CHAT, r"C'est 21 jours, donc fin le 23 décembre", "the member's claim")
    # 3. rest from the actual end of the game call
    need(A, r"A game call ends 30 minutes after the final whistle, buzzer or siren recorded", "3.2")
    need(A, r"A member's next call starts no earlier than 11 hours after the end of a game", "3.5")
    siren = datetime.datetime(2026, 11, 28, 22, 58)
    sched = datetime.datetime(2026, 11, 28, 21, 45)
    nxt = datetime.datetime(2026, 11, 29, 9, 0)
    end = siren + datetime.timedelta(minutes=30)
    short = datetime.timedelta(hours=11) - (nxt - end)
    hours = math.ceil(short / datetime.timedelta(hours=1))
    if (hours, hours * 240_000, nxt - sched >= datetime.timedelta(hours=11)) != (2, 480_000, True):
        errors.append("turnaround: not 2 started hours (4,800.00), and none from the scheduled end")
    need(M.CALENDAR, r"scheduled end on the call sheet 21:45; overtime and a shootout; final "
         r"siren 22:58; call ended 23:28", "the game log")  # fmt: skip
    need(M.PAYROLL, r"next call Sunday 29 November 2026 at (?:\+ )?09:00", "the payroll's note")
    # 4. the stipend pro rata by home games
    need(A, r"in proportion to the club's regular-season home games", "6.1")
    joined = _d("2026-12-01")
    played = [d for d in home if d >= joined]
    months = (3 - 12 + 12 * 1) + 1  # December to March of a season from October to March
    if len(home) != 20 or len(played) != 13 or (home[0].month, home[-1].month) != (10, 3):
        errors.append(f"stipend: {len(home)} home games, {len(played)} from 1 December")
    if (
        26_400_000 * len(played) // len(home) != 17_160_000
        or 26_400_000 * months // 6 != 17_600_000
    ):
        errors.append("stipend: not 171,600.00 by home games and 176,000.00 by months")
    need(M.CHAT, r"4 mois sur 6, donc 176 000,00", "the member's claim")
    # 5. qualifying seasons
    need(A, r"A season qualifies when the member performed at least 12 of the club's home", "3.3")
    seasons = [s for s in make_notice.SEASONS if s[1] == "ADSU 30418"]
    for sid, *_rest, games, qual, _note in make_notice.SEASONS:
        if (games >= 12) != (qual == "yes"):
            errors.append(f"payroll: season {sid} qualifies wrongly")
    if len(seasons) != 3 or sum(s[6] == "yes" for s in seasons) != 2:
        errors.append("seasons: not three seasons on the roster, two qualifying")
    need(M.CHAT, r"tu as deux saisons qualifiantes", "the steward's count")
    # 6. the royalty by each card's own age
    need(A, r"for a card sold in the 12 months from that card's own release date", "13.3")
    released = _d("2025-11-14")
    stepped = datetime.date(released.year + 1, released.month, released.day)
    if stepped != _d("2026-11-14") or any(d < stepped for d in NOW_WINDOW):
        errors.append("royalty: the lower royalty does not apply on every day of the window")
    need(M.VENDOR, r"SC-0412, Jade Holloway-Nkemelu, first edition: released on Friday 14 "
         r"November 2025", "the release date")  # fmt: skip
    need(M.PAYROLL, r"cards sold 14 to 30 November 2026", "the payroll's split")
    # 7. one allowance per homestand
    need(A, r"is paid once for each homestand, a run of consecutive home games", "7.3")
    stands: list[list[datetime.date]] = []
    prev = "away"
    for date, where, _opp in make_notice.LYNX_GAMES:
        if where == "home":
            if prev != "home":
                stands.append([])
            stands[-1].append(en_date(date))
        prev = where
    want = [_d("2026-12-11"), _d("2026-12-13"), _d("2026-12-16")]
    if want not in stands or [_d("2026-11-20"), _d("2026-11-22"), _d("2026-11-27")] not in stands:
        errors.append("homestands: 11 to 16 December or 20 to 27 November is not one homestand")
    need(M.AVIS, r"forment une seule série", "the Lynx's example")
    need(M.CHAT, r"= 5 550,00 ৳ de déplacement", "the member's claim")
    # 8. an abandoned game after the pre-game routine
    need(A, r"is paid in full when the squad had performed its pre-game routine", "3.4")
    need(M.CALENDAR, r"pre-game routine 18:40 to 18:48; kick-off 19:00; abandoned at 19:31",
         "the game log")  # fmt: skip
    if not datetime.time(18, 48) < datetime.time(19, 31):
        errors.append("abandoned game: the routine is not before the abandonment")
    need(M.FAQ, r"la moitié du cachet, soit 7 250,00", "the half fee")
    only({M.CALENDAR}, r"abandoned at 19:31", "the abandonment time")
    # the letter of agreement from 1 December 2026: the same answer on every day of the window
    if any(d < _d("2026-12-01") for d in NOW_WINDOW):
        errors.append("the letter of agreement does not apply on every day of the window")
    # pay dates of the payroll
    for line, *_rest in make_notice.PAYROLL_LINES:
        rec = dict(zip(
            ["line", "who", "no", "club", "work", "desc", "qty", "unit", "rate", "pay", "note"],
            [line, *_rest], strict=True,
        ))  # fmt: skip
        if not pay_date_ok(_d(rec["work"]), _d(rec["pay"])):
            errors.append(f"payroll: {line} paid on {rec['pay']}, against clause 8.1")
    # dates against today
    past = ["2025-11-14", "2026-07-16", "2026-08-01", "2026-10-19", "2026-11-14", "2026-11-15",
            "2026-11-17", "2026-11-24", "2026-11-25", "2026-11-27", "2026-11-28", "2026-12-01",
            "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"]  # fmt: skip
    future = ["2026-12-11", "2026-12-12", "2026-12-13", "2026-12-14", "2026-12-15",
              "2026-12-16", "2026-12-19", "2026-12-29", "2027-01-09", "2027-01-10",
              "2027-01-12", "2027-01-21", "2027-03-27", "2029-07-31"]  # fmt: skip
    for s in past:
        if _d(s) >= TODAY:
            errors.append(f"{s} is not in the past")
    for s in future:
        if _d(s) <= TODAY:
            errors.append(f"{s} is not in the future")


# ---- layouts ------------------------------------------------------------------------------------


def _pdf_layout(errors: list[str]) -> None:
    path = os.path.join(DOCS, M.AGREEMENT)
    for label, pages in pdf_pages(M.AGREEMENT):
        for i, page in enumerate(pages, 1):
            if not page.rstrip().endswith(f"page {make_pdf.label(i)}"):
                errors.append(f"agreement ({label}): page {i}'s footer is not its label")
        text = "\n".join(pages)
        if "Registry" in text or "LR-2026" in text:
            errors.append(f"agreement ({label}): the FreeText stamp is read")
        rows = [r for r in make_pdf.SCHEDULE_A if f"{r[0]} {r[1]} {r[2]}" in text]
        if len(rows) != len(make_pdf.SCHEDULE_A):
            errors.append(f"agreement ({label}): {len(rows)} Schedule A rows read on one line")
    if PYPDF is None:
        return
    reader = PYPDF.PdfReader(path)
    labels = [reader.page_labels[i] for i in range(len(reader.pages))]
    if labels != [make_pdf.label(i) for i in range(1, len(reader.pages) + 1)]:
        errors.append(f"agreement: page labels {labels}")
    nums = reader.trailer["/Root"]["/PageLabels"]["/Nums"]
    if nums[1].get("/S") != "/r" or nums[3].get("/S") != "/D" or nums[3].get("/St") != 1:
        errors.append("agreement: /PageLabels is not roman, then decimal from 1")
    free = []
    links = []
    for i, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or []:
            a = ref.get_object()
            if a["/Subtype"] == "/FreeText":
                free.append((i, str(a.get("/Contents"))))
            elif a["/Subtype"] == "/Link":
                if i != 0 or ("/A" in a and a["/A"].get("/S") == "/URI"):
                    errors.append("agreement: a link that is not the contents' internal link")
                dest = a.get("/Dest")
                target = reader.get_page_number(dest[0].get_object()) if dest else None
                links.append(target)
    if free != [(0, make_pdf.STAMP)]:
        errors.append(f"agreement: not one FreeText stamp on page 1 ({free})")
    pages = make_pdf.agreement_pages()
    want = [pages[e] for e in make_pdf._toc_entries()]
    got = [make_pdf.label(t + 1) if t is not None else None for t in links]
    if got != want:
        errors.append(f"agreement: the contents' links point at {got}, not {want}")
    head = reader.pages[0].extract_text() or ""
    for entry in make_pdf._toc_entries():
        if make_pdf.toc_line(entry, pages) not in head:
            errors.append(f"agreement: contents line {entry!r} not read with its page label")


def _docx_layout(v: dict, errors: list[str]) -> None:
    # the sheet: document variables, a repeated header row, rows that do not split,
    # tracked formatting changes
    path = os.path.join(DOCS, M.SHEET)
    with zipfile.ZipFile(path) as z:
        settings = z.read("word/settings.xml").decode()
        xml = z.read("word/document.xml").decode()
    got = re.findall(r'<w:docVar w:name="([^"]+)" w:val="([^"]+)"/>', settings)
    if got != make_docx.DOC_VARS or "<w:docVars>" not in settings:
        errors.append("sheet: the document variables are not in settings.xml")
    for _, value in make_docx.DOC_VARS:
        for label, t in v[M.SHEET].items():
            if value in t:
                errors.append(f"sheet ({label}): the document variable {value!r} is read")
    rows = re.findall(r"<w:tr>(.*?)</w:tr>", xml, re.S)
    if len(rows) != len(make_docx.S_ROWS) + 1:
        errors.append("sheet: the table is not one row per rate")
    for i, row in enumerate(rows[1:], 1):
        cells = re.findall(r"<w:tc>(.*?)</w:tc>", row, re.S)
        fits = [len(re.findall(r'<w:fitText w:val="\d+" w:id="\d+"/>', c)) for c in cells]
        if fits != [0, 1, 0]:
            errors.append(f"sheet: row {i}'s amount is not the only fitted text ({fits})")
    changed = sum(1 for r in make_docx.S_ROWS if r[3])
    marks = re.findall(r"<w:rPrChange [^>]*><w:rPr/></w:rPrChange></w:rPr>", xml)
    if len(marks) != 3 * changed or changed != 2:
        errors.append(f"sheet: {len(marks)} tracked formatting changes (want {3 * changed})")
    # the Lynx's notice: runs split inside amounts, spelling marks, two lines in one
    path = os.path.join(DOCS, M.AVIS)
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode()
    boxed = re.findall(r"<w:p [^>]*><w:pPr>.*?<w:pBdr>(.*?)</w:pBdr>.*?</w:p>", xml, re.S)
    if len(boxed) != 1 or not all(
        f"<w:{e} " in boxed[0] for e in ("top", "left", "bottom", "right")
    ):
        errors.append("notice: not one paragraph boxed on its four sides")
    if "Exemple : nos matchs" not in re.findall(r"<w:pBdr>.*?</w:p>", xml, re.S)[0]:
        errors.append("notice: the boxed paragraph is not the worked example")
    if xml.count('<w:proofErr w:type="spellStart"/>') != 2 or xml.count("spellEnd") != 2:
        errors.append("notice: not two words between spelling marks")
    if xml.count('<w:eastAsianLayout w:id="1" w:combine="1"/>') != 1:
        errors.append("notice: no two-lines-in-one run")
    if len(set(re.findall(r'<w:r w:rsidR="([0-9A-F]{8})"', xml))) < 3:
        errors.append("notice: the runs carry too few revision ids")
    for word in ("vestiaire", "syndicat"):
        if not re.search(
            rf'<w:proofErr w:type="spellStart"/><w:r w:rsidR="\w+"><w:t xml:space="preserve">'
            rf"{word}</w:t></w:r><w:proofErr",
            xml,
        ):
            errors.append(f"notice: {word!r} is not a run between spelling marks")
    for label, t in v[M.AVIS].items():
        if f"1{NNB}850,00{NB}৳" not in t or "Le vestiaire des danseuses" not in t:
            errors.append(f"notice ({label}): an amount or a marked word is not read in place")


def _texinfo_layout(errors: list[str]) -> None:
    memo = _read(M.MEMO)
    if not memo.startswith("\\input texinfo") or not memo.endswith("@bye\n"):
        errors.append("letter: not a Texinfo file from \\input texinfo to @bye")
    for token in ("@setfilename ", "@settitle ", "@copying", "@titlepage", "@node Top",
                  "@top ", "@menu", "@multitable @columnfractions", "@headitem ", "@tab ",
                  "@quotation", "@cartouche", "@table @asis", "@insertcopying"):  # fmt: skip
        if token not in memo:
            errors.append(f"letter: {token!r} missing")
    for env in ("copying", "titlepage", "menu", "quotation", "cartouche", "multitable", "table"):
        opened = len(re.findall(rf"^@{env}\b", memo, re.M))
        closed = len(re.findall(rf"^@end {env}$", memo, re.M))
        if opened != closed or not opened:
            errors.append(f"letter: @{env} not balanced ({opened} / {closed})")
    menu = re.findall(r"^\* ([^:]+)::", memo, re.M)
    nodes = re.findall(r"^@node (.+)$", memo, re.M)
    if nodes != ["Top", *menu]:
        errors.append(f"letter: the menu {menu} does not list the nodes {nodes}")
    if not re.search(r"^@c Union draft, [^\n]*\n@c [^\n]*", memo, re.M) or "8,200.00 taka" not in (
        "\n".join(re.findall(r"^@c .*$", memo, re.M))
    ):
        errors.append("letter: no @c comment holding the draft figure")
    for m in re.finditer(r"(?<!@w\{)\b\d{1,3},\d{3}\.\d\d taka", memo):
        if "@c " not in memo[memo.rfind("\n", 0, m.start()) : m.start()]:
            errors.append(f"letter: an amount outside @w{{}}: {m.group(0)!r}")


def _rec_layout(errors: list[str]) -> None:
    raw = _read(M.PAYROLL)
    records = rec_records(raw)
    descriptors = [r for r in records if r[0][0] == "%rec"]
    if [d[0][1] for d in descriptors] != ["Line", "Season"]:
        errors.append("payroll: not the two record sets Line and Season")
    if not re.search(r"^\+ ", raw, re.M) or not raw.startswith("# "):
        errors.append("payroll: no continuation line or no comment")
    kind = None
    keys: dict[str, set[str]] = {"Line": set(), "Season": set()}
    mandatory: list[str] = []
    for rec in records:
        fields = dict(rec)
        if rec[0][0] == "%rec":
            kind = rec[0][1]
            mandatory = fields.get("%mandatory", "").split()
            for f in ("%doc", "%key", "%type"):
                if f not in fields:
                    errors.append(f"payroll: the {kind} descriptor has no {f}")
            continue
        names = [k for k, _ in rec]
        if len(set(names)) != len(names):
            errors.append(f"payroll: a repeated field in {rec[0][1]}")
        missing = [f for f in mandatory if f not in fields]
        if missing:
            errors.append(f"payroll: {rec[0][1]} lacks {missing}")
        key = fields.get("Line" if kind == "Line" else "Id", "")
        if key in keys[kind or "Line"]:
            errors.append(f"payroll: the key {key} twice")
        keys[kind or "Line"].add(key)
        if kind == "Line":

            def money(s: str) -> int:
                m = re.fullmatch(r"BDT ([\d,]+)\.(\d\d)", s)
                if not m:
                    raise ValueError(s)
                return int(m[1].replace(",", "")) * 100 + int(m[2])

            if int(fields["Quantity"]) * money(fields["Rate"]) != money(fields["Total"]):
                errors.append(f"payroll: {key} does not add up")
            if not pay_date_ok(_d(fields["Worked_On"]), _d(fields["Paid_On"])):
                errors.append(f"payroll: {key} is not paid on its pay date")
    if len(keys["Line"]) != len(make_notice.PAYROLL_LINES) or len(keys["Season"]) != len(
        make_notice.SEASONS
    ):
        errors.append("payroll: not one record per line and per season")


def _opml_layout(errors: list[str]) -> None:
    raw = _read(M.CALENDAR)
    root = ElementTree.fromstring(raw.encode())
    if root.tag != "opml" or root.get("version") != "2.0":
        errors.append("calendar: not OPML 2.0")
    for tag in ("title", "dateCreated", "dateModified", "ownerName", "expansionState"):
        if root.find(f"head/{tag}") is None:
            errors.append(f"calendar: no <{tag}> in the head")
    for outline in root.iter("outline"):
        if not outline.get("text"):
            errors.append("calendar: an outline without text")

    def depth(el, d=0):
        return max([depth(c, d + 1) for c in el.findall("outline")], default=d)

    if depth(root.find("body")) < 3:
        errors.append("calendar: the outline is not nested three deep")
    pikes = [
        o.get("text")
        for o in root.iter("outline")
        if re.match(r"\w+ \d+ \w+ \d{4}: Pikes v\. ", o.get("text", ""))
    ]
    if len(pikes) != 20:
        errors.append(f"calendar: {len(pikes)} Pikes home games (want 20)")
    created = [o.get("created") for o in root.iter("outline") if o.get("created")]
    if len(created) < 2:
        errors.append("calendar: too few created attributes")


def _html_layout(v: dict, errors: list[str]) -> None:
    vendor = _read(M.VENDOR)
    if vendor.count("<canvas ") != 1 or vendor.count("<video ") != 1 or vendor.count("<menu>") != 1:
        errors.append("vendor: not one <canvas>, one <video> and one <menu>")
    if '<track kind="captions"' not in vendor or vendor.count("<li><button") < 3:
        errors.append("vendor: no captions track, or a menu of fewer than three actions")
    if make_notice.CARDS_SOLD not in v[M.VENDOR]["html-text"]:
        errors.append("vendor: the canvas fallback is not read")
    if "Form SQ-8 at any time" not in _flat(v[M.VENDOR]["html-text"]):
        errors.append("vendor: the video's fallback is not read")
    faq = _read(M.FAQ)
    maps = re.findall(r'<map name="(\w+)">', faq)
    areas = re.findall(r'<area shape="\w+" coords="[\d,]+" href="[^"]+" alt="([^"]+)">', faq)
    if maps != ["palais"] or 'usemap="#palais"' not in faq or len(areas) < 4:
        errors.append("FAQ: no image map with its areas")
    for alt in areas:
        if alt in v[M.FAQ]["html-text"]:
            errors.append(f"FAQ: an area's alt text {alt!r} is read as text")
    if faq.count("<section inert") != 1:
        errors.append("FAQ: no inert archive section")
    archive = faq.split("<section inert")[1].split("</section>")[0]
    if archive.count("<tr>") != len(make_notice.FAQ_CHANGES) + 1:
        errors.append("FAQ: the archive is not one row per change")
    if not re.search(r'list="(\w+)"[^>]*>\s*<datalist id="\1">', faq) or faq.count("<option ") < 3:
        errors.append("FAQ: no datalist for the search field")


def _xml_layouts(v: dict, errors: list[str]) -> None:
    # the dancewear shop: RSS 2.0
    rss = ElementTree.fromstring(_raw(M.DANCEWEAR))
    channel = rss.find("channel")
    if rss.tag != "rss" or rss.get("version") != "2.0" or channel is None:
        errors.append("dancewear: not RSS 2.0")
    else:
        items = channel.findall("item")
        guids = [i.findtext("guid") for i in items]
        if len(items) < 6 or len(set(guids)) != len(guids):
            errors.append("dancewear: too few items, or guids not unique")
        for tag in ("title", "link", "description", "lastBuildDate"):
            if channel.find(tag) is None:
                errors.append(f"dancewear: the channel has no <{tag}>")
        if _read(M.DANCEWEAR).count("<![CDATA[") != len(items):
            errors.append("dancewear: not one CDATA description per item")
    # the guide: DocBook 5
    raw = _read(M.GUIDE)
    root = ElementTree.fromstring(raw.encode())
    if root.tag != f"{DB_NS}article" or root.get("version") != "5.0":
        errors.append("guide: not a DocBook 5 article")
    ids = [s.get("{http://www.w3.org/XML/1998/namespace}id") for s in root.iter(f"{DB_NS}section")]
    if len(ids) < 7 or None in ids:
        errors.append("guide: too few sections with an xml:id")
    tgroup = root.find(f".//{DB_NS}informaltable/{DB_NS}tgroup")
    if tgroup is None or tgroup.get("cols") != "3" or len(tgroup.findall(f"{DB_NS}colspec")) != 3:
        errors.append("guide: no informaltable of three columns")
    else:
        rows = [
            tuple("".join(e.itertext()) for e in r.findall(f"{DB_NS}entry"))
            for r in tgroup.iter(f"{DB_NS}row")
        ]
        if rows[1:] != [tuple(r) for r in make_notice.GUIDE_ROWS]:
            errors.append("guide: the table's rows are not the generator's")
    if root.find(f".//{DB_NS}note") is None or root.find(f".//{DB_NS}quote") is None:
        errors.append("guide: no note or quote")
    if "Proposition du Conseil" not in raw or "Proposition du Conseil" in v[M.GUIDE]["docbook"]:
        errors.append("guide: the comment is missing, or read as text")
    # the studio: Java .properties
    lines = _read(M.STUDIO).split("\n")
    keys: list[str] = []
    cont = False
    for line in lines:
        if cont:
            cont = line.endswith("\\")
            continue
        if not line or line[0] in "#!":
            continue
        m = re.match(r"([\w.]+)=", line)
        if not m:
            errors.append(f"studio: not a key=value line: {line[:30]!r}")
            continue
        keys.append(m.group(1))
        cont = line.endswith("\\")
    if len(set(keys)) != len(keys) or len(keys) < 20:
        errors.append("studio: keys repeated or too few")
    if not any(line.endswith("\\") for line in lines) or not any(
        line.startswith("!") for line in lines
    ):
        errors.append("studio: no continued value or no '!' comment")


def _slack_layout(errors: list[str]) -> None:
    messages = json.loads(_read(M.CHAT))
    stamps = [float(m["ts"]) for m in messages]
    if stamps != sorted(stamps) or len(messages) != len(make_notice.CHAT_LINES):
        errors.append("chat: messages not in time order, or not one per line")
    by_ts = {m["ts"]: m for m in messages}
    users = set(make_notice.USERS)
    joins = edits = 0
    for m in messages:
        if set(m) - {"type", "subtype", "ts", "user", "text", "user_profile", "thread_ts",
                     "reply_count", "reply_users", "latest_reply", "parent_user_id",
                     "edited", "reactions"}:  # fmt: skip
            errors.append(f"chat: unknown keys in {m['ts']}")
        if m["type"] != "message" or m["user"] not in users:
            errors.append(f"chat: {m['ts']} is not a message of a known user")
        for mention in re.findall(r"<@(\w+)>", m["text"]):
            if mention not in users:
                errors.append(f"chat: {m['ts']} mentions an unknown user")
        joins += m.get("subtype") == "channel_join"
        edits += "edited" in m
        if "parent_user_id" in m:
            parent = by_ts.get(m["thread_ts"])
            if parent is None or float(parent["ts"]) >= float(m["ts"]):
                errors.append(f"chat: {m['ts']} replies to a later or unknown message")
            elif parent["user"] != m["parent_user_id"]:
                errors.append(f"chat: {m['ts']} names the wrong parent user")
        elif "thread_ts" in m:
            replies = [r for r in messages if r.get("parent_user_id") and r["thread_ts"] == m["ts"]]
            if m["reply_count"] != len(replies) or m["latest_reply"] != replies[-1]["ts"]:
                errors.append(f"chat: {m['ts']}'s reply count or latest reply is wrong")
        for r in m.get("reactions", []):
            if r["count"] != len(r["users"]):
                errors.append(f"chat: {m['ts']}'s reaction count is wrong")
    if joins != 1 or edits != 1 or sum("<!here>" in m["text"] for m in messages) != 1:
        errors.append("chat: not one join, one edit and one <!here>")


def check_layouts(doc_views: dict, errors: list[str]) -> None:
    v = {n: {label: t for label, t, _ in vs} for n, vs in doc_views.items()}
    _pdf_layout(errors)
    _docx_layout(v, errors)
    _texinfo_layout(errors)
    _rec_layout(errors)
    _opml_layout(errors)
    _html_layout(v, errors)
    _xml_layouts(v, errors)
    _slack_layout(errors)


def check_distractors(doc_views: dict, errors: list[str]) -> None:
    for name in DISTRACTORS:
        for pattern in PARTIES:
            if any(re.search(pattern, _nfc(t)) for _, t, _ in doc_views[name]):
                errors.append(f"{name}: names a party ({pattern})")


def check_builds(errors: list[str], warnings: list[str]) -> None:
    for out, make in make_notice.OUTPUTS:
        with open(out, "rb") as f:
            if f.read() != make():
                errors.append(f"{os.path.basename(out)}: not what make_notice.py writes; run it")
    builds = []
    if FPDF is not None:
        builds.append((make_pdf.AGREEMENT_OUT, make_pdf.build_agreement))
    else:
        warnings.append("fpdf2 not importable: the PDF's bytes not compared")
    if DOCX is not None:
        builds += [
            (make_docx.SHEET_OUT, make_docx.build_sheet),
            (make_docx.AVIS_OUT, make_docx.build_avis),
        ]
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
            if '"eval/union-aw/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-aw/score.py not in ruff's extend-exclude")


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
