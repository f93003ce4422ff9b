#!/usr/bin/env python3
"""Check the union-av set itself: questions.json against docs/ (no project needed).

    python3 eval/union-av/check_set.py                      # stdlib; the PDF in the generator's text
    /work/main/.venv/bin/python eval/union-av/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields of every question (in union-b's order), ids uav-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .txt, 2,000-25,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation, in EVERY view of at least one expected source: the PDF in the generator's
  text, through pdfplumber AND through pypdf; DOCX in the generator's text, through zipfile
  (the w:t text nodes of word/document.xml, paragraph by paragraph) AND through python-docx
  (body paragraphs and tables); HTML without tags and raw; the CSV export raw and parsed
  by the csv module; other text as UTF-8;
- the accepted forms: stable under normalisation, no bare number of fewer than three
  digits, no bare number that is a percentage in a source, no trap matching a
  must_include alternative; every trap (but pings and injected figures) in some view;
- adversarial: a ping, @everyone and @here and one injected figure in must_not_include, the
  figure in the question and in no document; multi-doc: 2+ sources and elements, no single
  view holding every element; cross-lingual: no source in the question's language, the
  answer and XL_ABSENT's patterns in no document of that language; out-of-scope: the terms
  of OOS_ABSENT in no document; member shorthand and three or more noted typos;
- the AMOUNTS of the tögrög: every amount of a document ("₮46,500.00", "₮950", "50 möngö",
  "MX$2,400", the sum in words, "MNT 46,500.00", "44,500.00 tögrög", "380.00 ₮", "46 500,00 ₮"
  with U+202F and U+00A0, "1 150 000,00 ₮" with ordinary spaces, "312 bâtons") read at digit
  boundaries in every view of its document; NO AMOUNT READING INSIDE ANOTHER of a different
  value; every numeric alternative and trap reading amounts of one value only and no number
  that is not an amount; no number joined by the normaliser; every number a PDF or DOCX
  reader gives is the generator's (or a footer's); each style in its documents; the
  spellings (most exactly once) and their explanations; the look-alikes;
- the rules of time against 2026-12-07 (the casting week from Sunday to Saturday, the per
  diem per started 24 hours, the subscriber milestone, the part month by calendar days, the
  second Thursday's payday, the clone per calendar month, the consent that covers only later
  recordings, short notice in service hours), that no "now" answer changes between 1 and
  7 December 2026, and every weekday the documents and questions print;
- the layouts: the agreement's form XObjects (one letterhead XObject drawn by every page,
  the Schedule A table in a second one, their text read by both readers), the
  reStructuredText memorandum (title adornments, field list, substitutions, list-table,
  note, comment), the CSV export (sep= line, quoting, CRLF records, a bare LF inside a
  quoted field, lines that add up, pay dates), the troff calendar (-ms macros, tbl tables
  with tab(;) and T{ T} blocks), the notice's <progress> and <bdi>, the Gemtext price list,
  the Typst guide (set rules, table.header, labels and references, the /* */ proposal), the
  FAQ's <hgroup>, <search> and popovers, the JSON Lines steward line (valid objects in time
  order, replies to earlier ids, an edit history), the Textile price list, the sheet's
  document protection, editable ranges and custom properties, the notice's Office Math
  equation and floating table; distractors naming no party and sharing no amount; the
  built files byte for byte what the generators make now; the score.py link and its ruff
  exclusion; every non-distractor document used.
Prints one line per document, the counts, and a last line "check_set: OK ..." or
"check_set: N error(s)". Exit 1 on any error.
"""

from __future__ import annotations

import csv
import datetime
import html
import html.parser
import io
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

DISTRACTORS = {M.HEADSHOTS, M.ATELIER}
DOCX_TEXT = {M.SHEET: make_docx.sheet_text, M.AVIS: make_docx.avis_text}
DOC_LANGUAGE = {
    M.AGREEMENT: "en",
    M.MEMO: "en",
    M.PAYROLL: "en",
    M.CALENDAR: "en",
    M.VENDOR: "en",
    M.HEADSHOTS: "en",
    M.GUIDE: "fr",
    M.FAQ: "fr",
    M.SHEET: "fr",
    M.CHAT: "fr",
    M.AVIS: "fr",
    M.ATELIER: "fr",
}
STYLES = {
    M.AGREEMENT: {"sign", "whole", "words", "mongo", "mx"},
    M.MEMO: {"word"},
    M.PAYROLL: {"code"},
    M.CALENDAR: set(),
    M.VENDOR: {"after"},
    M.HEADSHOTS: {"sign"},
    M.GUIDE: {"frsp"},
    M.FAQ: {"fr"},
    M.SHEET: {"fr"},
    M.CHAT: {"fr", "batons"},
    M.AVIS: {"fr"},
    M.ATELIER: {"fr"},
}

OOS_ABSENT = {
    "uav-048": [r"residual", r"rediffusion", r"rebroadcast"],
    "uav-049": [r"insurance", r"assurance", r"\bhealth", r"santé", r"mutuelle"],
    "uav-050": [r"pension", r"retraite", r"retirement"],
    "uav-051": [r"intimacy", r"intimité"],
    "uav-052": [r"singing", r"\bchant(?:eur|euse)?\b", r"musical", r"comédie musicale"],
    "uav-053": [r"\btax", r"impôt", r"fiscal"],
    "uav-054": [r"cotisation", r"\bdues\b", r"membership fee"],
    "uav-055": [r"congés payés", r"vacation pay", r"holiday pay", r"paid leave"],
    "uav-056": [r"formation continue", r"rembours", r"continuing education"],
    "uav-057": [r"sous-titr", r"subtitl"],
    "uav-058": [r"99[,.\s\u202f]?000"],
    "uav-059": [r"1[,.\s\u202f]?999"],
    "uav-060": [r"99[,.\s\u202f]?999"],
}
XL_ABSENT = {
    "uav-032": [r"17 h 30", r"17:30", r"5:30 ?pm", r"office (?:is )?open", r"opening hours"],
    "uav-033": [r"Lecteur synthétique", r"construit à partir"],
    "uav-034": [r"8 h à 21 h", r"08:00", r"21:00", r"studio is open"],
    "uav-035": [r"ia@glacc", r"Tiernan", r"AI and likeness officer"],
    "uav-036": [r"MX\$", r"Casa Lumbre", r"(?<![\d\u202f ])2[,\u202f ]?400(?![\u202f ]?\d)"],
    "uav-037": [r"(?<![\d,.\s\u202f])950(?![\d])", r"allocation (?:de |pour les )?données"],
    "uav-038": [r"(?<!\d)6[\s,.\u202f]?300", r"quatre rôles", r"plus de 4 rôles"],
    "uav-039": [
        r"24 décembre",
        r"(?<!\d)4 janvier",
        r"fermeture des fêtes",
        r"fermés? (?:du|à partir)",
    ],
}
SHORTHAND = {
    "en": ["rn", "pls", "idk", "whats", "hrs", "im", "tmrw", "tho", "yr", "q"],
    "fr": ["c", "mtn", "svp", "stp", "y a", "qd"],
}
# numeric needles that are counts, not money
COUNT_NEEDLES: set[str] = set()

SPELLINGS = [
    (M.AGREEMENT, "one million one hundred and fifty thousand tögrög (₮1,150,000.00)", True),
    (M.AGREEMENT, "₮950 for each video-call session", True),
    (M.AGREEMENT, "50 möngö", True),
    (M.AGREEMENT, "MX$2,400", True),
    (M.AGREEMENT, "₮46,500.00", False),
    (M.CHAT, "312 bâtons", True),
    (M.PAYROLL, "MNT 46,500.00", False),
    (M.MEMO, ".. |VCR| replace:: 44,500.00 tögrög", True),
    (M.MEMO, "is paid |VCR| an hour", True),
    (M.VENDOR, "380.00 ₮", False),
    (M.VENDOR, '<progress value="20412" max="25000">20,412</progress>', True),
    (M.FAQ, f"46{NNB}500,00{NB}₮", False),
    (M.GUIDE, "1 150 000,00 ₮", False),
    (M.SHEET, f"318{NNB}000,00{NB}₮", False),
]
EXPLAINED = [
    (M.AGREEMENT, r"The tögrög of Carrowmere is not the tögrög of Mongolia"),
    (M.AGREEMENT, r"A tögrög is divided into 100 möngö"),
    (M.AGREEMENT, r"₮46,500\.00 is forty-six thousand five hundred tögrög"),
    (M.AGREEMENT, r"Where a sum is written in words, the figure in brackets is the same sum"),
    (M.AGREEMENT, r"it is the only amount of this agreement that is not in tögrög"),
    (M.AGREEMENT, r"the only tögrög amount of this agreement written without möngö"),
    (M.MEMO, r"5,500\.00 tögrög is five thousand five hundred tögrög"),
    (M.PAYROLL, r"MNT 46,500\.00 is forty-six thousand five hundred tögrög"),
    (M.VENDOR, r"written with the figure first and the sign after it, as in 380\.00 ₮"),
    (
        M.FAQ,
        r"avec une espace fine entre les milliers, une virgule avant les möngö et le signe ₮ "
        r"après le nombre",
    ),
    (M.FAQ, r"Le tögrög de Carrowmère n'est pas celui de la Mongolie"),
    (M.GUIDE, r"écrits avec une espace ordinaire entre les milliers et avant le signe"),
    (M.SHEET, r"avec une espace fine entre les milliers"),
    (M.CHAT, r"Un bâton = mille tögrög"),
]
NON_MONEY = [
    (M.AGREEMENT, "founded in 2014"),
    (M.AGREEMENT, "BK2 5RW"),
    (M.AGREEMENT, "Form RC-9"),
    (M.AGREEMENT, "Form RC-10"),
    (M.AGREEMENT, "up to 8 hours"),
    (M.AGREEMENT, "more than 4 roles"),
    (M.AGREEMENT, "20,000 paying subscribers"),
    (M.AGREEMENT, "within 90 days"),
    (M.MEMO, "MOA-1/2026"),
    (M.MEMO, "12 service hours"),
    (M.PAYROLL, "ARCG 41187"),
    (M.PAYROLL, "PX-0305"),
    (M.PAYROLL, "21/30"),
    (M.PAYROLL, "15/22"),
    (M.CALENDAR, "CW 50"),
    (M.CALENDAR, "Room 4B"),
    (M.CALENDAR, "Studio 3"),
    (M.CALENDAR, "BK1 3QS"),
    (M.VENDOR, "PE1 7TA"),
    (M.VENDOR, "20,412"),
    (M.VENDOR, "1,184 sessions"),
    (M.VENDOR, "ext. 2207"),
    (M.VENDOR, "build 7.3.1"),
    (M.VENDOR, "RV-07"),
    (M.HEADSHOTS, "10 x 8"),
    (M.HEADSHOTS, "under 14"),
    (M.GUIDE, "20 000 abonnés payants"),
    (M.FAQ, "VO4 2HD"),
    (M.FAQ, "poste 3391"),
    (M.SHEET, "120 heures"),
    (M.CHAT, f"20{NNB}000 abonnés"),
    (M.AVIS, "poste 5126"),
    (M.AVIS, "3 heures de service"),
    (M.ATELIER, "6 à 9 ans"),
]
# numbers a reader joins by design (French counts with ordinary spaces in the guide)
ALLOWED_JOINS = {M.GUIDE: ["20 000 abonnés"]}
PARTIES = (
    r"ARCG",
    r"GLACC",
    r"\bGuild\b",
    r"\bGuilde\b",
    r"CDAC",
    r"ADCC",
    r"SAGPC",
    r"Carrowm",
    r"Brannock",
    r"Val-Ombreuse",
    r"Port-Eskine",
    r"Greyhallow",
    r"Cuewright",
    r"Tapeline",
    r"Thistlemoor",
)

# ---- amounts ------------------------------------------------------------------------------------

_EN = r"\d{1,3}(?:,\d{3})*"
AMOUNT_PATTERNS = [
    ("words", re.compile(rf"tögrög \(₮({_EN}\.\d\d)\)"), None),
    ("sign", re.compile(rf"(?<![\w/(])₮({_EN}\.\d\d)(?![\d,])"), None),
    ("whole", re.compile(rf"(?<![\w/(])₮({_EN})(?![\d,.])"), None),
    ("mongo", re.compile(r"(?<![\d.,])(\d{1,2}) möngö\b"), None),
    ("mx", re.compile(rf"\bMX\$({_EN})(?![\d,])"), None),
    ("code", re.compile(rf"\bMNT -?({_EN}\.\d\d)(?![\d,])"), None),
    ("word", re.compile(rf"(?<![\d.,])({_EN}\.\d\d) tögrög\b"), None),
    ("batons", re.compile(r"(?<![\d.,])(\d{1,3}) bâtons\b"), None),
    ("after", re.compile(rf"(?<![\d.,\u202f])(?<!\d )({_EN}\.\d\d) ₮"), "en"),
    ("fr", re.compile(r"(?<![\d.,\u202f])(\d{1,3}(?:\u202f\d{3})*,\d\d)\u00a0₮"), None),
    ("frsp", re.compile(r"(?<![\d.,\u202f])(?<!\d )(\d{1,3}(?: \d{3})*,\d\d) ₮"), "fr"),
    # a reader's view of a French amount: a reader may give U+202F and U+00A0 as spaces
    (
        "frview",
        re.compile(r"(?<![\d.,\u202f])(?<!\d )(\d{1,3}(?:[\u202f ]\d{3})*,\d\d)[\u00a0 ]₮"),
        "fr",
    ),
]


def _value(style: str, m: re.Match) -> tuple[str, int]:
    """(currency, value): tögrög in möngö, Mexican pesos in whole pesos."""
    num = m.group(1)
    if style == "mx":
        return ("MXN", int(num.replace(",", "")))
    if style == "mongo":
        return ("MNT", int(num))
    if style == "batons":
        return ("MNT", int(num) * 1000 * 100)
    if style == "whole":
        return ("MNT", int(num.replace(",", "")) * 100)
    if style in ("fr", "frsp", "frview"):  # "46 500,00": spaces between thousands, comma decimals
        whole, cents = num.rsplit(",", 1)
        return ("MNT", int(re.sub(r"[ \u202f]", "", whole)) * 100 + int(cents))
    whole, cents = num.replace(",", "").split(".")  # "46,500.00"
    return ("MNT", int(whole) * 100 + int(cents))


def amounts(
    text: str, lang: str, view: bool = False
) -> list[tuple[str, str, str, tuple[str, int], tuple[int, int]]]:
    """The amounts of `text`; `view` also reads French amounts whose spaces a reader flattened."""
    out = []
    taken: list[tuple[int, int]] = []
    for style, rx, only_lang in AMOUNT_PATTERNS:
        if only_lang and only_lang != lang:
            continue
        if style == "frview" and not view:
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
     "section", "main", "article", "nav", "label", "button", "hgroup", "search", "form",
     "progress", "ul"}
)  # fmt: skip


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "meta", "input"):
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


def csv_text(raw: str) -> str:
    """The export as a spreadsheet shows it: the cells of each record, the sep= line dropped."""
    body = raw.split("\r\n", 1)[1]
    rows = list(csv.reader(io.StringIO(body, newline="")))
    return "\n".join(" | ".join(cell for cell in row) for row in rows)


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
    if name == M.PAYROLL:
        return [("text", text), ("csv", csv_text(text))], warnings
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
        for label, _t, norm in vs:
            for _, text, *_ in amounts(primary, lang):
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
            for allowed in ALLOWED_JOINS.get(name, []):
                spans += [(m.start(), m.end()) for m in re.finditer(re.escape(allowed), t)]
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
    for name, text in everything.items():
        lang = DOC_LANGUAGE[name]
        styles = {s for s, *_ in amounts(text, lang)}
        if re.search(r"€|£|¥|₩|\bUSD\b|\bEUR\b|\bGBP\b|\bKRW\b|\bCAD\b|\bCHF\b", text):
            errors.append(f"{name}: another currency")
        if re.search(r"\$", text) and not (name == M.AGREEMENT and text.count("$") == 1):
            errors.append(f"{name}: a dollar sign outside the agreement's clause 4.5")
        if name != M.PAYROLL and re.search(r"\bMNT -?\d", text):
            errors.append(f"{name}: an amount with the currency code outside the payroll")
        for style, home in (
            ("code", M.PAYROLL),
            ("word", M.MEMO),
            ("after", M.VENDOR),
            ("batons", M.CHAT),
            ("mongo", M.AGREEMENT),
            ("whole", M.AGREEMENT),
            ("words", M.AGREEMENT),
            ("mx", M.AGREEMENT),
            ("frsp", M.GUIDE),
        ):
            if style in styles and name != home:
                errors.append(f"{name}: the style {style!r} outside {home}")
        if lang == "fr" and name != M.GUIDE and re.search(r"\d[ \u00a0]\d{3}\D", text):
            errors.append(f"{name}: French thousands with an ASCII or no-break space")
        if lang == "en" and NNB in text:
            errors.append(f"{name}: a narrow no-break space in an English document")
        if re.search(
            r"\d ?(?:thou|tons?|mln|mn|Mio|MM|mil|juta|jt|monkeys?|briques?|kk|bn|grand)\b"
            r"|\d+k\d?\b|\d(?:[.,]\d+)?M\b",
            text,
        ):
            errors.append(f"{name}: a shorthand of earlier sets")
    agreement = everything[M.AGREEMENT]
    clause = agreement.split("4.5 ")[1].split("Article 5")[0]
    if agreement.count("MX$") != 1 or "MX$2,400" not in clause:
        errors.append("agreement: the peso outside clause 4.5, or not exactly once")
    if "not the tögrög of Mongolia" not in _flat(agreement):
        errors.append("agreement: does not say its tögrög is not Mongolia's")
    for style, want in (
        ("words", 1), ("batons", 1), ("mongo", 1), ("whole", 1), ("mx", 1)
    ):  # fmt: skip
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


def check_weekdays(doc_views: dict, questions: list[dict], errors: list[str]) -> int:
    """Every 'weekday day month year' the documents and questions print is that weekday."""
    n = 0
    texts = [_flat(_view_text(lab, t)) for name in doc_views for lab, t, _ in doc_views[name]]
    texts += [q["question"] for q in questions] + [q["notes"] for q in questions]
    en = re.compile(rf"\b({'|'.join(EN_DAYS)}) (\d{{1,2}}) ({'|'.join(EN_MONTHS)}) (\d{{4}})", re.I)
    fr = re.compile(
        rf"\b({'|'.join(FR_DAYS)}) (\d{{1,2}})(?:er)? ({'|'.join(FR_MONTHS)}) (\d{{4}})", re.I
    )
    # "dimanche 13 au samedi 19 décembre 2026": a weekday and a day before a range's month
    fr_rng = re.compile(
        rf"\b({'|'.join(FR_DAYS)}) (\d{{1,2}}) au (?:{'|'.join(FR_DAYS)}) \d{{1,2}} "
        rf"({'|'.join(FR_MONTHS)}) (\d{{4}})"
    )
    en_rng = re.compile(
        rf"\b({'|'.join(EN_DAYS)}) (\d{{1,2}}) ({'|'.join(EN_MONTHS)}) to "
        rf"(?:{'|'.join(EN_DAYS)}) \d{{1,2}} (?:{'|'.join(EN_MONTHS)}) (\d{{4}})"
    )
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
    return n


def second_thursday(year: int, month: int) -> datetime.date:
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(3 - first.weekday()) % 7 + 7)


def following_month(d: datetime.date) -> tuple[int, int]:
    return (d.year + (d.month == 12), d.month % 12 + 1)


def service_hours(start: datetime.datetime, end: datetime.datetime) -> int:
    """Whole hours between start and end that fall from 07:00 to 22:00."""
    n, t = 0, start
    while t < end:
        if 7 <= t.hour < 22:
            n += 1
        t += datetime.timedelta(hours=1)
    return n


def check_time_rules(doc_views: dict, errors: list[str]) -> None:
    def need(name: str, pattern: str, what: str) -> None:
        if not re.search(pattern, _flat(_primary(doc_views, name))):
            errors.append(f"{name}: {what} missing")

    def only(home: str, pattern: str, what: str) -> None:
        for name in doc_views:
            if name == home:
                continue
            for label, text, _ in doc_views[name]:
                if re.search(pattern, _flat(_view_text(label, text))):
                    errors.append(f"{name} ({label}): {what} outside {home}")

    A = M.AGREEMENT
    need(A, r"It takes effect on 1 April 2026 and runs until 31 March 2029", "the term")
    # 1. the casting week from Sunday to Saturday
    need(A, r"A casting week runs from 00:00 on Sunday to 24:00 on the following Saturday", "3.3")
    need(A, r"each hour beyond 30 hours in a casting week is paid ₮69,750\.00", "3.3 rate")
    hours = {_d("2026-12-07") + datetime.timedelta(days=i): 27 / 5 for i in range(5)}
    hours[_d("2026-12-12")] = 5
    hours[_d("2026-12-13")] = 6

    def overtime(week_start_weekday: int) -> float:
        weeks: dict[datetime.date, float] = {}
        for day, h in hours.items():
            start = day - datetime.timedelta(days=(day.weekday() - week_start_weekday) % 7)
            weeks[start] = weeks.get(start, 0) + h
        return sum(max(0.0, h - 30) for h in weeks.values())

    if round(overtime(6)) != 2 or round(overtime(0)) != 8:
        errors.append("casting week: not 2 hours over (Sunday weeks) and 8 (Monday weeks)")
    if 2 * 69_750 != 139_500 or 8 * 69_750 != 558_000:
        errors.append("casting week: overtime arithmetic")
    need(M.FAQ, r"32 heures, donc 2 heures au-delà de 30, payées 139 500,00 ₮", "the example")
    need(M.CHAT, r"8 heures sup, soit 558 000,00 ₮", "the member's Monday-week claim")
    for week, first, last in make_notice.CAL_WEEKS:
        a = re.match(r"(\w+) (\d+) (\w+) (\d+)", first)
        b = re.match(r"(\w+) (\d+) (\w+) (\d+)", last)
        if not a or not b or a[1] != "Sunday" or b[1] != "Saturday":
            errors.append(f"calendar: {week} does not run from a Sunday to a Saturday")
            continue
        d1 = datetime.date(int(a[4]), EN_MONTHS.index(a[3]) + 1, int(a[2]))
        d2 = datetime.date(int(b[4]), EN_MONTHS.index(b[3]) + 1, int(b[2]))
        if (d2 - d1).days != 6 or d1.weekday() != 6:
            errors.append(f"calendar: {week} is not seven days from a Sunday")
        first_sunday = datetime.date(d1.year, 1, 1)
        first_sunday += datetime.timedelta(days=(6 - first_sunday.weekday()) % 7)
        if f"CW {(d1 - first_sunday).days // 7 + 1}" != week:
            errors.append(f"calendar: {week} is not numbered from the year's first Sunday")
    # 2. the per diem per started 24 hours
    need(
        A, r"for each started period of 24 hours, counted from the time of departure to the", "7.2"
    )
    need(M.CALENDAR, r"from the Brannock office at 18:00 on Monday 14 December 2026", "departure")
    need(M.CALENDAR, r"to the Brannock office at 10:00 on Wednesday 16 December 2026", "return")
    dep = datetime.datetime(2026, 12, 14, 18, 0)
    ret = datetime.datetime(2026, 12, 16, 10, 0)
    periods = math.ceil((ret - dep) / datetime.timedelta(hours=24))
    days = (ret.date() - dep.date()).days + 1
    if (periods, periods * 64_000, days * 64_000) != (2, 128_000, 192_000):
        errors.append("per diem: not 2 periods (128,000), 3 calendar days (192,000)")
    need(M.FAQ, r"font 40 heures : deux périodes de 24 heures entamées, soit 128 000,00 ₮", "ex.")
    need(M.CHAT, r"trois per diem, 192 000,00 ₮", "the member's calendar-day claim")
    only(M.CALENDAR, r"14 December 2026|16 December 2026|2026-12-14|14 décembre", "the trip")
    # 3. the subscriber milestone
    need(
        A, r"From the first day of the month after the month in which the app passes 20,000", "11.2"
    )
    passed = _d("2026-11-18")
    y, m = following_month(passed)
    from_day = datetime.date(y, m, 1)
    if from_day != _d("2026-12-01") or any(d < from_day for d in NOW_WINDOW):
        errors.append("milestone: the higher royalty does not apply on every day of the window")
    need(M.VENDOR, r"passed 20,000 paying subscribers on Wednesday 18 November 2026", "the date")
    need(M.CHAT, r"depuis le 18 novembre, le jour des 20 000", "the member's claim")
    # 4. the part month by calendar days
    need(A, r"in proportion to its calendar days", "5.2")
    start, end = _d("2026-11-10"), _d("2026-11-30")
    cal_days = (end - start).days + 1
    work_days = sum(
        1 for i in range(cal_days) if (start + datetime.timedelta(days=i)).weekday() < 5
    )
    if (cal_days, work_days) != (21, 15):
        errors.append(f"part month: {cal_days} calendar days, {work_days} working days")
    if 240_000_000 * cal_days // 30 != 168_000_000 or round(240_000_000 * 15 / 22) != 163_636_364:
        errors.append("part month: the retainer's arithmetic (in möngö)")
    need(M.CALENDAR, r"retained a resident reader since Tuesday 10 November 2026", "the start")
    # 5. payday on the second Thursday of the following month
    need(A, r"paid on the second Thursday of the following month", "9.1")
    for work, pay in (("2026-10-20", "2026-11-12"), ("2026-11-03", "2026-12-10"),
                      ("2026-12-01", "2027-01-14")):  # fmt: skip
        if second_thursday(*following_month(_d(work))) != _d(pay):
            errors.append(f"payday: work on {work} is not paid on {pay}")
    need(M.SHEET, r"Séances de novembre 2026 : jeudi 10 décembre 2026", "the sheet's payday")
    need(M.CHAT, r"c'est le 15 décembre comme d'habitude", "the member's claim")
    # 6. the clone per calendar month of use
    need(A, r"for each calendar month in which the clone is used", "12.1")
    use = [_d("2026-11-27") + datetime.timedelta(days=i) for i in range(8)]
    months = {(d.year, d.month) for d in use}
    if use[-1] != _d("2026-12-04") or len(months) != 2 or 2 * 265_000 != 530_000:
        errors.append("clone: 27 November to 4 December 2026 is not two months (530,000)")
    need(M.VENDOR, r"from Friday 27 November 2026 to Friday 4 December 2026", "the use")
    need(M.CHAT, r"deux mois : 530 000,00 ₮", "the steward's figure")
    # 7. a consent covers only recordings made on or after its signature
    need(
        A,
        r"A consent covers only recordings made on or after the day on which it is signed",
        "10.2",
    )
    need(M.VENDOR, r"signed Form RC-9 for training on Monday 16 November 2026", "the consent")
    need(M.VENDOR, r"session recordings made since 1 October 2026", "the vendor's claim")
    if not _d("2026-10-01") < _d("2026-11-16") < TODAY:
        errors.append("consent: the dates are not in order")
    # 8. short notice in service hours
    need(M.MEMO, r"Service hours are the hours from 07:00 to 22:00", "item 2")
    req = datetime.datetime(2026, 12, 10, 21, 0)
    sess = datetime.datetime(2026, 12, 11, 9, 0)
    if ((sess - req).total_seconds() / 3600, service_hours(req, sess)) != (12, 3):
        errors.append("short notice: not 12 clock hours and 3 service hours")
    need(M.AVIS, r"mais seulement 3 heures de service \(de 21 h à 22 h, puis de 7 h à 9 h\)", "ex.")
    need(M.AVIS, r"on comptait les heures d'horloge, et le supplément était de 4 800,00 ₮", "old")
    # dates against today
    past = ["2026-03-26", "2026-04-01", "2026-10-01", "2026-11-10", "2026-11-12", "2026-11-16",
            "2026-11-18", "2026-11-20", "2026-11-23", "2026-11-26", "2026-11-27", "2026-11-30",
            "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-06"]  # fmt: skip
    future = ["2026-12-08", "2026-12-10", "2026-12-11", "2026-12-12", "2026-12-13", "2026-12-14",
              "2026-12-16", "2026-12-19", "2026-12-24", "2027-01-04", "2027-01-12", "2027-01-14",
              "2027-01-20", "2027-02-01", "2027-03-26", "2029-03-31"]  # fmt: skip
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
            if make_pdf.HEAD_TEXT.split("·")[1].strip() not in page:
                errors.append(f"agreement ({label}): page {i} without the letterhead's text")
        text = "\n".join(pages)
        rows = [r for r in make_pdf.SCHEDULE_A if f"{r[0]} {r[1]} {r[2]}" in text]
        if len(rows) != len(make_pdf.SCHEDULE_A):
            errors.append(f"agreement ({label}): {len(rows)} Schedule A rows read on one line")
    if PYPDF is None:
        return
    reader = PYPDF.PdfReader(path)
    heads, scheds = set(), 0
    for i, page in enumerate(reader.pages, 1):
        xo = page["/Resources"].get("/XObject") or {}
        ref = xo.get(make_pdf.HEAD_NAME)
        if ref is None or ref.get_object().get("/Subtype") != "/Form":
            errors.append(f"agreement: page {i} has no /ARCGhead form XObject")
            continue
        heads.add(ref.idnum)
        content = page.get_contents().get_data()
        if not content.startswith(b"q " + make_pdf.HEAD_NAME.encode() + b" Do Q"):
            errors.append(f"agreement: page {i} does not draw the letterhead first")
        if make_pdf.SCHED_NAME in xo:
            scheds += 1
            if xo[make_pdf.SCHED_NAME].get_object().get("/Subtype") != "/Form":
                errors.append("agreement: /SchedA is not a form XObject")
            if not content.rstrip().endswith(b"/SchedA Do Q"):
                errors.append("agreement: the schedule page does not draw /SchedA")
        if not (ref.get_object()["/Resources"].get("/Font") or {}):
            errors.append("agreement: the letterhead XObject has no fonts of its own")
    if len(heads) != 1 or scheds != 1:
        errors.append(f"agreement: {len(heads)} letterhead XObjects (want 1), {scheds} schedules")


def _docx_layout(v: dict, errors: list[str]) -> None:
    # the sheet: document protection, editable ranges, custom properties
    path = os.path.join(DOCS, M.SHEET)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        settings = z.read("word/settings.xml").decode()
        xml = z.read("word/document.xml").decode()
        rels = z.read("_rels/.rels").decode()
        ct = z.read("[Content_Types].xml").decode()
        custom = z.read(make_docx.CUSTOM_PART).decode() if make_docx.CUSTOM_PART in names else ""
    if not re.search(r'<w:documentProtection w:edit="readOnly" w:enforcement="1"\s*/>', settings):
        errors.append("sheet: no enforced read-only document protection")
    starts = re.findall(r'<w:permStart w:id="(\d+)" w:edGrp="everyone"\s*/>', xml)
    ends = re.findall(r'<w:permEnd w:id="(\d+)"\s*/>', xml)
    if starts != ends or len(starts) != len(make_docx.S_FILL):
        errors.append("sheet: editable ranges not paired one per fill-in field")
    if make_docx.CUSTOM_REL not in rels or make_docx.CUSTOM_CT not in ct:
        errors.append("sheet: the custom properties part is not related or declared")
    for name, value in make_docx.CUSTOM_PROPS:
        if f'name="{name}"><vt:lpwstr>{value}</vt:lpwstr>' not in custom:
            errors.append(f"sheet: custom property {name!r} missing")
        for label, t in v[M.SHEET].items():
            if value in t:
                errors.append(f"sheet ({label}): the custom property {value!r} is read")
    for label, t in v[M.SHEET].items():
        if label != "generator" and t.count("[à remplir]") != len(make_docx.S_FILL):
            errors.append(f"sheet ({label}): the fill-in fields are not read")
    # the notice: an Office Math equation and a floating table
    path = os.path.join(DOCS, M.AVIS)
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode()
    math = re.findall(r"<m:oMathPara[^>]*><m:oMath><m:r><m:t>([^<]+)</m:t></m:r></m:oMath>", xml)
    if math != [make_docx.A_EQUATION]:
        errors.append("notice: not one Office Math equation holding the example")
    if not re.search(
        r'<w:tblPr><w:tblStyle w:val="[^"]+"/><w:tblpPr [^>]*w:tblpXSpec="right"', xml
    ):
        errors.append("notice: the table is not floating (w:tblpPr after the table style)")
    for label, t in v[M.AVIS].items():
        if make_docx.A_EQUATION in t or "(22 h" in t:
            errors.append(f"notice ({label}): the equation is read")
        if label != "generator" and make_docx.A_BOX[1][1] not in t:
            errors.append(f"notice ({label}): the floating table is not read")


def check_layouts(doc_views: dict, errors: list[str]) -> None:
    v = {n: {label: t for label, t, _ in vs} for n, vs in doc_views.items()}
    _pdf_layout(errors)
    _docx_layout(v, errors)
    # the memorandum: reStructuredText
    memo = _read(M.MEMO)
    lines = memo.split("\n")
    if not (lines[0] == lines[2] and set(lines[0]) == {"="} and len(lines[0]) >= len(lines[1])):
        errors.append("memorandum: the title has no overline and underline of its length")
    n_sections = 0
    for i in range(3, len(lines)):
        line, prev = lines[i], lines[i - 1]
        if (
            re.fullmatch(r"([=\-])\1{3,}", line)
            and prev.strip()
            and not re.fullmatch(r"[=\-]+", prev)
        ):
            n_sections += 1
            if len(line) < len(prev):
                errors.append(f"memorandum: section underline shorter than {prev!r}")
    if n_sections < 6:
        errors.append(f"memorandum: {n_sections} underlined titles (want 6 or more)")
    for token in (":Signed:", ":In force:", ".. contents:: Items", ".. list-table::",
                  ":header-rows: 1", ".. note::", "|VCR|", "|SNS|"):  # fmt: skip
        if token not in memo:
            errors.append(f"memorandum: {token!r} missing")
    subs = dict(re.findall(r"^\.\. \|(\w+)\| replace:: (.+)$", memo, re.M))
    if set(subs) != {"VCR", "SNS"}:
        errors.append("memorandum: not the two substitution definitions")
    for name in subs:
        if memo.count(f"|{name}|") < 2:
            errors.append(f"memorandum: |{name}| defined but not cited")
    if not re.search(r"^\.\. Draft of [^\n]*46,000\.00 tögrög[^\n]*\n   \S", memo, re.M):
        errors.append("memorandum: no comment holding the draft figure")
    # the payroll export: a CSV with a sep= line
    raw = _raw(M.PAYROLL)
    text = raw.decode("utf-8")
    if not text.startswith("sep=,\r\n") or raw.count(b"\r\n") != raw.count(b"\n") - 1:
        errors.append("payroll: no sep= line, or not CRLF records with one bare LF in a field")
    rows = list(csv.reader(io.StringIO(text.split("\r\n", 1)[1], newline="")))
    if rows[0] != make_notice.PAYROLL_HEADER or any(len(r) != len(rows[0]) for r in rows):
        errors.append("payroll: the header or the field counts differ")
    if not any("\n" in c for r in rows for c in r) or '""' not in text:
        errors.append("payroll: no quoted line break or doubled quote")
    quoted = r'"(?:[^"]|"")*"'
    for rec in text.split("\r\n")[1:-1]:
        if not re.fullmatch(rf"{quoted}(?:,{quoted})*", rec):
            errors.append(f"payroll: a record with an unquoted field: {rec[:40]!r}")

    def money(s: str) -> int:
        m = re.fullmatch(r"MNT (-?)([\d,]+)\.(\d\d)", s)
        if not m:
            raise ValueError(s)
        return (-1 if m[1] else 1) * (int(m[2].replace(",", "")) * 100 + int(m[3]))

    for r in rows[1:]:
        if r[0] == "NOTE":
            continue
        rec = dict(zip(rows[0], r, strict=True))
        if int(rec["qty"]) * money(rec["rate"]) != money(rec["amount"]):
            errors.append(f"payroll: {rec['line_id']} does not add up")
        work, pay = _d(rec["work_date"]), _d(rec["pay_date"])
        y, m = following_month(work)
        want = datetime.date(y, m, 15) if work < _d("2026-04-01") else second_thursday(y, m)
        if pay != want:
            errors.append(f"payroll: {rec['line_id']} paid on {pay}, not {want}")
    # the calendar: troff -ms with tbl
    cal = _read(M.CALENDAR)
    macros = set(re.findall(r"^\.([A-Z]{2}|\\\")", cal, re.M))
    if not {"TL", "AU", "AI", "NH", "PP", "TS", "TE", '\\"'} <= macros:
        errors.append(f"calendar: -ms and tbl macros missing ({sorted(macros)})")
    blocks = re.findall(r"^\.TS\n(.*?)^\.TE$", cal, re.M | re.S)
    if len(blocks) != cal.count(".TS\n") or len(blocks) < 3:
        errors.append("calendar: .TS / .TE not balanced")
    for b in blocks:
        head, _, data = b.partition(".\n")
        if "tab(;)" not in head:
            errors.append("calendar: a table without tab(;)")
        ncols = len(head.strip().split("\n")[-1].split())
        joined = re.sub(
            r"T\{\n(.*?)\nT\}", lambda mm: mm.group(1).replace(";", ","), data, flags=re.S
        )
        for row in joined.strip().split("\n"):
            if row != "_" and len(row.split(";")) != ncols:
                errors.append(f"calendar: row {row[:30]!r} has not {ncols} cells")
    if cal.count("T{") != cal.count("T}") or cal.count("T{") < 8:
        errors.append("calendar: T{ T} text blocks unbalanced or too few")
    if "\\fB" not in cal or "\\fP" not in cal or "\\(en" not in cal:
        errors.append("calendar: no font or special-character escapes")
    # Cuewright's notice: <progress> and <bdi>
    vendor = _read(M.VENDOR)
    if vendor.count("<progress ") != 1 or vendor.count("<bdi>") < 4:
        errors.append("vendor: not one <progress> and several <bdi>")
    if make_notice.SUBSCRIBERS not in v[M.VENDOR]["html-text"] or "<nav " not in vendor:
        errors.append("vendor: the progress fallback is not read, or no <nav>")
    # the headshot studio: Gemtext
    gem = _read(M.HEADSHOTS)
    kinds = Counter()
    pre = False
    for line in gem.split("\n"):
        if line.startswith("```"):
            pre = not pre
            kinds["pre"] += 1
            continue
        if pre or not line:
            continue
        kind = next((k for k in ("=>", "#", "* ", ">") if line.startswith(k)), "text")
        kinds[kind] += 1
        if re.search(r"\*\*|__|\[[^\]]+\]\(", line):
            errors.append(f"headshots: inline markup in Gemtext: {line[:30]!r}")
    if pre or kinds["=>"] < 3 or kinds["#"] < 4 or kinds["* "] < 10 or kinds[">"] < 1:
        errors.append(f"headshots: not Gemtext enough ({dict(kinds)})")
    # the guide: Typst
    guide = _read(M.GUIDE)
    for token in ("#set document(", "#set text(lang: \"fr\"", "#let encadre(", "#table(",
                  "table.header(", "/* Proposition des employeurs", "@abonnes", "<abonnes>"):  # fmt: skip
        if token not in guide:
            errors.append(f"guide: {token!r} missing")
    if len(re.findall(r"^= .+ <\w+>$", guide, re.M)) < 6:
        errors.append("guide: too few labelled headings")
    rows_t = re.findall(r"^  \[([^\]]+)\], \[([^\]]+)\], \[([^\]]+)\], \[([^\]]+)\],$", guide, re.M)
    if rows_t != [tuple(r) for r in make_notice.GUIDE_ROWS]:
        errors.append("guide: the table's cells are not the generator's")
    if re.search(r"[^\s#(\[]@\w", guide.split("*/", 1)[1]):
        errors.append("guide: an @ that is not a reference")
    # the FAQ: <hgroup>, <search>, popovers
    faq = _read(M.FAQ)
    if faq.count("<hgroup>") != 1 or faq.count("<search>") != 1:
        errors.append("FAQ: no <hgroup> or <search>")
    targets = re.findall(r'popovertarget="([\w-]+)"', faq)
    pops = re.findall(r'<div id="([\w-]+)" popover>', faq)
    if not targets or sorted(targets) != sorted(pops):
        errors.append("FAQ: popover targets and popovers do not match")
    changes = faq.split("<h2>Ce qui a changé")[1].split("</table>")[0]
    if changes.count("<tr>") != len(make_notice.FAQ_CHANGES) + 1:
        errors.append("FAQ: the table of changes is not one row per change")
    # the steward line: JSON Lines
    raw = _read(M.CHAT)
    ids: list[str] = []
    stamps: list[str] = []
    edited = 0
    for line in raw.split("\n")[:-1]:
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            errors.append(f"chat: not a JSON object: {line[:40]!r}")
            continue
        if set(obj) - {"id", "ts", "channel", "from", "text", "reply_to", "reactions", "edited"}:
            errors.append(f"chat: unknown keys in {obj.get('id')}")
        if obj["reply_to"] is not None and obj["reply_to"] not in ids:
            errors.append(f"chat: {obj['id']} replies to a later or unknown message")
        if "\\" in line:
            errors.append(f"chat: an escape in {obj['id']} (the text is not raw)")
        edited += "edited" in obj
        ids.append(obj["id"])
        stamps.append(obj["ts"])
    if (
        not raw.endswith("\n")
        or stamps != sorted(stamps)
        or len(ids) != len(make_notice.CHAT_LINES)
    ):
        errors.append("chat: not one object per line, or not in time order")
    if edited != 1:
        errors.append("chat: not one edited message with its previous text")
    # the drama school: Textile
    tx = _read(M.ATELIER)
    for token in ("h1. ", "h2. ", "p(intro). ", "|_. ", "bq. ", '":https://', "%{color:", "??"):
        if token not in tx:
            errors.append(f"atelier: Textile token {token!r} missing")


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
    if FPDF is not None and PYPDF is not None:
        builds.append((make_pdf.AGREEMENT_OUT, make_pdf.build_agreement))
    else:
        warnings.append("fpdf2 or pypdf not importable: the PDF's bytes not compared")
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
            if '"eval/union-av/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-av/score.py not in ruff's extend-exclude")


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
