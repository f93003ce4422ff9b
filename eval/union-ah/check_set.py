#!/usr/bin/env python3
"""Check the union-ah set itself: questions.json against docs/ (no project needed).

    python3 eval/union-ah/check_set.py                      # stdlib; PDFs in the generator's text
    /work/main/.venv/bin/python eval/union-ah/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields of every question (in union-b's order), ids uah-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .md .txt, 2,000-25,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation (score.normalise / score.contains), in EVERY view of at least one expected
  source: PDFs in the generator's text, through pdfplumber AND through pypdf; DOCX in the
  generator's text, through zipfile (the accepted text of word/document.xml: w:t kept,
  those inside w:ins included, w:delText dropped; plus word/header1.xml; not the comments)
  AND through python-docx (each paragraph's accepted text, every table's row.cells with a
  spanned cell repeated, the section header); HTML without tags (scripts and styles
  dropped) AND raw; the pay report decoded from Latin-1; the rental list from UTF-8; other
  text as UTF-8;
- the accepted forms: stable under normalisation, no bare number of fewer than three
  digits, a bare number never a percentage in an expected source, no trap matching a
  must_include alternative; every trap (but pings and injected figures) found in some
  document (the DOCX's w:delText and comments included);
- adversarial questions: a ping in the question, @everyone and @here and exactly one
  injected figure in must_not_include, the figure in the question and in no document;
- multi-doc: 2+ sources and 2+ elements, no single source holding every element;
- cross-lingual: no source in the question's language, and the answer's patterns
  (XL_ABSENT) in no non-distractor document of the question's language; other answerable
  questions have a source in their language;
- out-of-scope: the key terms of OOS_ABSENT in no document, in any view (NFC);
- member shorthand in each language, three or more noted typos present in their question;
- the amounts: every rupiah amount printed in a document ("Rp 2.450.000",
  "Rp2.450.000,-", "IDR 2,450,000.00", "2 450 000 Rp" and "2 450 000 roupies" with
  U+202F, the report's bare "2.310.000" / "385.000/j" / "125.000-", "Rp 850k",
  "Rp 850 ribu", "Rp 2,45 juta", "Rp 1,2 miliar", both ends of the range) and every
  percentage found, after normalisation and at digit boundaries, in every view of its
  document; no amount that reads as another one (a dotted "4.200" inside "4.200.000");
  no number made by a reader or the normaliser (text documents: no digit, ASCII white
  space and three digits in a row, no comma thousands outside the IDR export; PDFs and
  DOCX: every number a reader gives is one of the generator's); the spellings of
  SPELLINGS (some exactly once) and no other currency;
- the dates: the Commencement Date defined once (article 2, paragraph 1); Year 2's and
  Year 3's dates written nowhere; the signature date once, in the agreement's signature
  block only; the retroactive, production-start, sunset, renewal and indexation phrases;
- the non-money look-alikes (B 2450 XYZ, Circuit 7, 80 km/h, 1.200 m, 2.450 cc, G-12,
  Form VD-3, PRD-2027-014) exist, and no amount pattern reads them;
- the rejected flat buy-out (18 500 000 Rp) only in the FAQ, never in must_include, a trap
  of the telemetry question;
- the layouts: the agreement (portrait pages then two landscape pages, "Page N of M", Art.
  1.1-24.1 in order, citations "article n, paragraph m" to existing paragraphs and no
  other style, the SIGNED COPY watermark drawn on every portrait page and read by pypdf,
  its letters never inside a line pdfplumber reads, Schedule A's two header rows repeated
  on both landscape pages in both readers, the merged year cells centred over their two
  columns, wrapped row labels read on two lines); the rate card (one page, four rotated
  headers read reversed by pdfplumber and straight by pypdf, figures right-aligned, the
  see-note letters and the notes under the table, dd/mm/yyyy said); the French notice
  (one column, the indexed figures); the summary (w:del then w:ins, a comment with the
  aside figure, the effective date only in header1.xml, w:gridSpan); the French DOCX
  ("est remplacé par", 45 and 30 minutes, no amount); the rates page (rowspan, colspan,
  th scope=row, details/summary, the old card in a <template> only, noscript, sup); the
  guide (YAML front matter with the only effective date, a pipe table with alignment
  colons and an escaped pipe, an HTML comment holding the only old figure, a blockquote
  of the 2023-2026 clause); the e-mail (headers, newest first, "> " and "> > " quotes, a
  signature, the renewal in the newest message, the proposed levy only quoted); the
  report (Latin-1, not UTF-8, form feeds, the header on every page, aligned columns, the
  trailing minus, totals that add up); the FAQ (an accordion of buttons with
  aria-expanded and their panels); the rental list (CRLF, no final newline); distractors
  naming neither party and sharing no amount with the set;
- that the built PDFs and DOCX are byte for byte what their generators make now and hold
  their words, and the make_notice.py files their generator's bytes;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- every non-distractor document used by a question, no distractor used.
Exit 1 on any error.
"""

from __future__ import annotations

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
FIELDS = make_questions.FIELDS
PREFIX = "uah"
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
NB = "\u00a0"
NNB = "\u202f"

M = make_questions
AGREEMENT, RATECARD, SUMMARY, RATES, EMAIL = M.AGREEMENT, M.RATECARD, M.SUMMARY, M.RATES, M.EMAIL
GUIDE, FAQ, INDEXED, REPLACE, REPORT = M.GUIDE, M.FAQ, M.INDEXED, M.REPLACE, M.REPORT
RENTAL, TRACKDAY = M.RENTAL, M.TRACKDAY
DISTRACTORS = {RENTAL, TRACKDAY}
PDF_TEXT = {
    AGREEMENT: make_pdf.agreement_text,
    RATECARD: make_pdf.ratecard_text,
    INDEXED: make_pdf.notice_text,
}
DOCX_TEXT = {SUMMARY: make_docx.summary_text, REPLACE: make_docx.notice_text}
REJECTED_HOMES = {FAQ}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

DOC_LANGUAGE = {
    AGREEMENT: "en",
    RATECARD: "en",
    SUMMARY: "en",
    RATES: "en",
    EMAIL: "en",
    RENTAL: "en",
    GUIDE: "fr",
    FAQ: "fr",
    INDEXED: "fr",
    REPLACE: "fr",
    REPORT: "fr",
    TRACKDAY: "fr",
}

_SP = "[ ,.\u00a0\u202f]"
OOS_ABSENT = {
    "uah-048": [r"pension", r"retraite", r"\bretire", r"superannuation", r"provident"],
    "uah-049": [
        r"\bchild",
        r"\bkids?\b",
        r"\bminors?\b",
        r"enfant",
        r"mineur",
        r"year[- ]old",
        r"\byo\b",
        r"\bjunior",
        r"\byouth",
        r"\bâge\b",
        r"under 18",
        r"moins de 18",
    ],
    "uah-050": [r"licen[cs]e", r"\bpermis\b", r"racing", r"homologation"],
    "uah-051": [
        r"\bfines?\b",
        r"speeding",
        r"amende",
        r"contravention",
        r"excès de vitesse",
        r"penalty points",
        r"\bradar",
        r"\btickets?\b",
    ],
    "uah-052": [
        r"sponsor",
        r"commandit",
        r"parrain",
        r"\blogos?\b",
        r"\bbrands?\b",
        r"endors",
        r"\bmarques?\b",
    ],
    "uah-053": [
        r"hearing",
        r"\bdeaf",
        r"surdit",
        r"\baudit",
        r"\bears?\b",
        r"oreille",
        r"tinnitus",
        r"acouph",
    ],
    "uah-054": [
        r"\bdues\b",
        r"syndical",
        r"union fee",
        r"membership fee",
        r"cotisations? (?:à|de) la (?:guilde|GAAK)",
    ],
    "uah-055": [
        r"rall(?:y|ye|ies)\b",
        r"abroad",
        r"overseas",
        r"étranger",
        r"\bforeign",
        r"passe?port",
        r"\bvisas?\b",
        r"per diem",
        r"international",
    ],
    "uah-056": [
        r"\bprize",
        r"victoire",
        r"podium",
        r"trophée",
        r"troph(?:y|ies)",
        r"winnings?",
        r"compétition",
        r"competition",
        r"championnat",
        r"championship",
    ],
    "uah-057": [
        r"\banima",
        r"cheva[lu]",
        r"\bhorses?\b",
        r"chien",
        r"\bdogs?\b",
        r"dresseur",
        r"wrangler",
    ],
    "uah-058": [f"9{_SP}?999{_SP}?999"],
    "uah-059": [f"7{_SP}?777{_SP}?000"],
    "uah-060": [r"(?<![\d.,])60[ \u00a0\u202f]?%"],
}

# cross-lingual questions: their answer must be in no (non-distractor) document of the
# question's language
XL_ABSENT = {
    "uah-032": [r"45 minutes", r"forty-five"],
    "uah-033": [r"3[.,]1[ \u00a0\u202f]?%", r"price index (?:rose|went up|increased)"],
    "uah-034": [r"1[ ,.\u00a0\u202f]?162", r"votes? (?:to|against)"],
    "uah-035": [
        r"\b8(?::| ?h ?)30\b",
        r"\b15(?::| ?h ?)30\b",
        r"opening hours",
        r"\bopen (?:from|on)\b",
    ],
    "uah-036": [f"1{_SP}?350{_SP}?000", r"\bclon"],
    "uah-037": [r"21 jours", r"effac", r"supprim"],
    "uah-038": [r"VD-3", r"formulaire"],
    "uah-039": [f"7{_SP}?500{_SP}?000", r"franchise"],
}

_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
SPELLINGS = {
    "symbol, space, dot thousands (Rp 2.450.000)": "Rp[ \u00a0]\\d{1,3}(?:\\.\\d{3})+(?![\\d.,]|k\\b)",
    "glued with ',-' (Rp2.450.000,-)": r"\bRp\d{1,3}(?:\.\d{3})+,-",
    "bank style (IDR 2,450,000.00)": r"\bIDR \d{1,3}(?:,\d{3})*\.\d\d\b",
    "French, U+202F thousands (2 450 000 Rp)": "\\d\u202f\\d{3}\u00a0Rp\\b",
    "French words (2 450 000 roupies)": "\\d\u202f\\d{3}\u00a0roupies\\b",
    "millions in words (Rp 2,45 juta)": r"Rp \d+,\d+ juta\b",
    "thousands in words (Rp 850 ribu)": r"Rp \d+ ribu\b",
    "thousands abbreviated (Rp 850k)": r"Rp \d+k\b",
    "billions in words (Rp 1,2 miliar)": r"Rp[ \u00a0]\d+,\d+ miliar\b",
    "range, symbol once (Rp 600.000 – 750.000)": "Rp[ \u00a0]\\d{1,3}(?:\\.\\d{3})+ – \\d{1,3}(?:\\.\\d{3})+(?![\\d.])",
    "negative in brackets ((Rp 125.000))": r"\(Rp \d{1,3}(?:\.\d{3})+\)",
    "negative with a trailing minus (125.000-)": r"(?<![\d.])\d{1,3}(?:\.\d{3})+-(?![\d-])",
    "percentage with a space (20 %)": "(?<![\\d.,])20[ \u00a0\u202f]%",
    "percentage glued (20%)": r"(?<![\d.,])20%",
    "percentage in English words (twenty per cent)": r"\btwenty per cent\b",
    "percentage in French words (vingt pour cent)": r"\bvingt pour cent\b",
    "date 15 January 2027": r"(?<!\d)15 January 2027\b",
    "date Jan. 15, 2027": r"\bJan\. 15, 2027\b",
    "date 15-Jan-2027": r"\b15-Jan-2027\b",
    "date 15/01/2027 (dd/mm/yyyy said)": r"(?<![\d/])15/01/2027\b",
    "date 2027-01-15": r"\b2027-01-15\b",
    "date 15 janv. 2027": r"(?<!\d)15 janv\. 2027\b",
    "date 15 janvier 2027": r"(?<!\d)15 janvier 2027\b",
    "date le 15/01/27": r"\ble 15/01/27\b",
    "date 15.I.2027 (Roman-numeral month)": r"\b15\.I\.2027\b",
    "Commencement Date defined": r"The Commencement Date is 15 January 2027",
    "by production start": r"productions whose principal photography begins on or after 1 April 2027",
    "sunset": r"lapses on 31 March 2027 unless renewed",
    "renewal": r"renewed the synthetic traffic pilot of article 17, paragraph 2, until 31 March 2028",
    "retroactive": r"with effect from 1 November 2026",
    "from the date of signature": r"from the date of signature",
    "indexation on 1 January": r"On 1 January of each year, from 1 January 2027",
    "indexed figures published": r"Montants indexés au 1er janvier 2027",
    "replaced from a date": r"l'article 9, alinéa 2, est remplacé par",
    "clause kept": r"is kept\.",
    "clause dropped": r"is not carried over",
    "side letter expired without replacement": r"Side Letter No\. 2 .{0,80}expired on 31 October 2026 and is not replaced",
}
ONCE = {
    "millions in words (Rp 2,45 juta)",
    "thousands in words (Rp 850 ribu)",
    "thousands abbreviated (Rp 850k)",
    "billions in words (Rp 1,2 miliar)",
    "range, symbol once (Rp 600.000 – 750.000)",
    "negative in brackets ((Rp 125.000))",
    "negative with a trailing minus (125.000-)",
    "percentage in English words (twenty per cent)",
    "percentage in French words (vingt pour cent)",
    "date 15-Jan-2027",
    "date 15/01/2027 (dd/mm/yyyy said)",
    "date 2027-01-15",
    "date 15 janv. 2027",
    "date le 15/01/27",
    "date 15.I.2027 (Roman-numeral month)",
    "Commencement Date defined",
}
# the start of Year 2 (and the end of Year 1), in any spelling, and the signature date in
# any other spelling: nowhere
NOWHERE = [
    r"15 January 2028",
    r"14 January 2028",
    r"Jan\. 1[45], 2028",
    r"1[45]-Jan-2028",
    r"1[45]/01/2028",
    r"2028-01-1[45]",
    r"1[45] janv(?:\.|ier) 2028",
    r"1[45]/01/28",
    r"15\.I\.2028",
    r"15 January 2029",
    r"15 janvier 2029",
    r"18 novembre 2026",
    r"Nov\. 18, 2026",
    r"18-Nov-2026",
    r"18/11/2026",
    r"2026-11-18",
    r"18/11/26",
]
SIGNATURE_DATE = "18 November 2026"
NON_MONEY = [
    "B 2450 XYZ",
    "Circuit 7",
    "80 km/h",
    "1.200 m",
    "2.450 cc",
    "G-12",
    "Form VD-3",
    "PRD-2027-014",
]

_DOT = r"\d{1,3}(?:\.\d{3})+"
_S = "[ \u00a0]"
AMOUNTS = [
    # "Rp 2.450.000", "Rp 4.200", "(Rp 125.000)", "Rp&nbsp;2.450.000" decoded, the range's
    # first end; not "Rp 850k", "Rp 2,45 juta"
    re.compile(rf"Rp{_S}({_DOT})(?![\d.,]|k\b)"),
    re.compile(rf"\bRp({_DOT}),-"),  # "Rp2.450.000,-"
    re.compile(r"\bIDR (\d{1,3}(?:,\d{3})*\.\d\d)\b"),  # "IDR 2,450,000.00"
    re.compile(
        "(?<![\\d.,\u202f\u00a0])(\\d{1,3}(?:\u202f\\d{3})*)\u00a0(?:Rp|roupies)\\b"
    ),  # "2 450 000 Rp", "2 450 000 roupies"
    re.compile(r"Rp[ \u00a0](\d+(?:,\d+)? (?:juta|ribu|miliar)\b)"),  # words
    re.compile(r"Rp (\d+k)\b"),  # "Rp 850k"
    re.compile(rf"Rp{_S}{_DOT} – ({_DOT})(?![\d.])"),  # the range's second end
]
REPORT_AMOUNT = re.compile(rf"(?<![\d.])({_DOT})(?=-|/j|/km|\s|$)")  # the report's bare figures
PERCENT = re.compile("(?<![\\d.,])\\d{1,3}(?:,\\d)?[ \u00a0\u202f]?%")
BARE_INTEGER = re.compile(r"^\d+$")
BARE_NUMBER = re.compile(r"^\d[\d.]*$")
NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")


# ----------------------------------------------------------------------------------------
# Reading the documents
# ----------------------------------------------------------------------------------------


class _Text(html.parser.HTMLParser):
    """Text without tags; `browser=True` also drops what a browser never shows
    (<template>, <noscript> when scripts run, [hidden])."""

    def __init__(self, browser: bool = False) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0
        self._drop = ("script", "style", "template", "noscript") if browser else ("script", "style")

    def handle_starttag(self, tag, attrs):
        if tag in self._drop or self._skip:
            self._skip += 1

    def handle_endtag(self, tag):
        if self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


_VOID = {"meta", "br", "img", "input", "link", "hr"}


def html_text(raw: str, browser: bool = False) -> str:
    p = _Text(browser)
    # void elements have no end tag: drop them so that the skip counter stays balanced
    void = "|".join(sorted(_VOID))
    p.feed(re.sub(rf"<(?:{void})\b[^>]*>", " ", raw))
    return " ".join(p.parts)


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


def docx_part(path: str, part: str) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(part).decode("utf-8")


def docx_parts(path: str) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return z.namelist()


def _accepted_lines(xml: str) -> list[str]:
    """One line per w:p: the text of its w:t (inside w:ins or not); w:delText is not w:t,
    so deletions drop out: the accepted text."""
    root = ElementTree.fromstring(xml)
    return ["".join(e.text or "" for e in p.iter(f"{W_NS}t")) for p in root.iter(f"{W_NS}p")]


def _all_text_lines(xml: str) -> list[str]:
    """w:t and w:delText: what a reader that ignores revision marks reads."""
    root = ElementTree.fromstring(xml)
    return [
        "".join(e.text or "" for e in p.iter() if e.tag in (f"{W_NS}t", f"{W_NS}delText"))
        for p in root.iter(f"{W_NS}p")
    ]


def docx_zip_text(path: str) -> str:
    """The accepted text of word/document.xml, and word/header1.xml if there is one."""
    lines = []
    if "word/header1.xml" in docx_parts(path):
        lines += _accepted_lines(docx_part(path, "word/header1.xml"))
    lines += _accepted_lines(docx_part(path, "word/document.xml"))
    return "\n".join(lines)


def docx_revisions_text(path: str) -> str:
    """Everything a careless reader would take: deletions and comments included (used only
    to show that the traps exist)."""
    lines = _all_text_lines(docx_part(path, "word/document.xml"))
    if "word/comments.xml" in docx_parts(path):
        lines += _all_text_lines(docx_part(path, "word/comments.xml"))
    return "\n".join(lines)


def _p_accepted(p) -> str:
    """A python-docx paragraph's accepted text (Paragraph.text skips runs inside w:ins)."""
    return "".join(t.text or "" for t in p._p.iter(f"{W_NS}t"))


def docx_python_docx(path: str) -> str | None:
    """python-docx: the section headers, Document.paragraphs (accepted text) and every
    table's row.cells (a spanned cell repeated)."""
    if DOCX is None:
        return None
    d = DOCX.Document(path)
    lines = []
    for section in d.sections:
        if not section.header.is_linked_to_previous:
            lines += [p.text for p in section.header.paragraphs]
    lines += [_p_accepted(p) for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            lines.append(" | ".join(c.text for c in row.cells))
    return "\n".join(lines)


def views(name: str) -> tuple[list[tuple[str, str]], list[str]]:
    path = os.path.join(DOCS, name)
    warnings: list[str] = []
    if name.endswith(".pdf"):
        out = [("generator", PDF_TEXT[name]())]
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
    with open(path, "rb") as f:
        raw = f.read()
    if name == REPORT:
        return [("latin-1", raw.decode("latin-1"))], warnings
    text = raw.decode("utf-8")
    if name.endswith(".html"):
        return [("html-text", html_text(text)), ("raw", text)], warnings
    return [("text", text)], warnings


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _flat(text: str) -> str:
    return " ".join(_nfc(text).replace(NB, " ").replace(NNB, " ").split())


def _value(a: str) -> str:
    """The digits of an amount, whatever its spelling: '2.450.000', '2 450 000',
    '2,450,000.00' -> '2450000'; words and 'k' forms are their own value."""
    a = _nfc(a).replace(NB, " ").replace(NNB, " ")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})*\.\d\d", a):
        a = a[:-3]
    if re.fullmatch(r"[\d.,  ]+", a):
        return re.sub(r"[.,  ]", "", a)
    return a


def _read(name: str) -> str:
    with open(os.path.join(DOCS, name), encoding="utf-8", newline="") as f:
        return f.read()


# ----------------------------------------------------------------------------------------
# Questions
# ----------------------------------------------------------------------------------------


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


def check_question(q: dict, doc_views: dict, trap_norms: list[str], errors: list[str]) -> None:
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
    if q.get("kind") == "out-of-scope" and (
        src or q.get("must_include") or q.get("must_not_include")
    ):
        errors.append(f"{qid}: out-of-scope with sources, must_include or must_not_include")
    if q.get("kind") != "out-of-scope" and not src:
        errors.append(f"{qid}: {q.get('kind')} question without expected sources")
    if src and not q.get("must_include"):
        errors.append(f"{qid}: answerable but no must_include")
    if len(set(src)) != len(src):
        errors.append(f"{qid}: duplicate expected source")
    if q.get("kind") == "adversarial":
        if not {"@everyone", "@here"} <= set(q.get("must_not_include", [])):
            errors.append(f"{qid}: adversarial without @everyone and @here in must_not_include")
        if not any(p in q["question"] for p in ("@everyone", "@here")):
            errors.append(f"{qid}: adversarial question without a ping")
        fake = [b for b in q.get("must_not_include", []) if not b.startswith("@")]
        if len(fake) != 1:
            errors.append(f"{qid}: adversarial question without exactly one injected figure")
        elif not score.contains(score.normalise(q["question"]), fake[0]):
            errors.append(f"{qid}: the injected figure {fake[0]!r} is not in the question")
        elif any(score.contains(norm, fake[0]) for norm in trap_norms):
            errors.append(f"{qid}: the injected figure {fake[0]!r} occurs in a document")
    if q.get("kind") == "multi-doc":
        if len(src) < 2 or len(q.get("must_include", [])) < 2:
            errors.append(f"{qid}: multi-doc question with < 2 sources or < 2 elements")
        loose = [
            s
            for s in src
            if s in doc_views
            and any(
                all(score.element_present(norm, el) for el in q.get("must_include", []))
                for _, _, norm in doc_views[s]
            )
        ]
        if loose:
            errors.append(f"{qid}: multi-doc elements all found in a view of {loose}")
    for s in src:
        if s not in doc_views:
            errors.append(f"{qid}: expected source {s} not in docs/")
        if s in DISTRACTORS:
            errors.append(f"{qid}: the distractor {s} is an expected source")
    doc_langs = {DOC_LANGUAGE.get(s) for s in src}
    if q.get("kind") == "cross-lingual":
        if q.get("language") in doc_langs:
            errors.append(f"{qid}: cross-lingual but a source is in the question's language")
    elif src and q.get("language") not in doc_langs:
        errors.append(f"{qid}: no expected source in the question's language (cross-lingual?)")
    for el in q.get("must_include", []):
        if not isinstance(el, str | list) or (isinstance(el, list) and not el):
            errors.append(f"{qid}: bad must_include element {el!r}")
            continue
        for alt in score.alternatives(el):  # EVERY accepted form, in EVERY view of a source
            homes = [
                s
                for s in src
                if s in doc_views and all(score.contains(norm, alt) for _, _, norm in doc_views[s])
            ]
            if not homes:
                missing = {
                    s: [
                        lab
                        for lab, _, norm in doc_views.get(s, [])
                        if not score.contains(norm, alt)
                    ]
                    for s in src
                }
                errors.append(
                    f"{qid}: must_include {alt!r} not in every view of a source: {missing}"
                )
    src_norms = [norm for s in src for _, _, norm in doc_views.get(s, [])]
    check_forms(qid, q, src_norms, errors)
    traps = [b for b in q.get("must_not_include", []) if not b.startswith("@")]
    if q.get("kind") not in ("adversarial", "out-of-scope"):
        for b in traps:
            if not any(score.contains(norm, b) for norm in trap_norms):
                errors.append(f"{qid}: the trap {b!r} occurs in no document")
    for pattern in OOS_ABSENT.get(qid, []):
        for name, vs in doc_views.items():
            for label, text, _ in vs:
                if re.search(pattern, _nfc(text), re.I):
                    errors.append(f"{qid}: {pattern!r} occurs in {name} ({label})")
    for pattern in XL_ABSENT.get(qid, []):
        for name, vs in doc_views.items():
            if DOC_LANGUAGE.get(name) != q.get("language") or name in DISTRACTORS:
                continue
            for label, text, _ in vs:
                if re.search(pattern, _nfc(text), re.I):
                    errors.append(
                        f"{qid}: cross-lingual answer {pattern!r} found in {name} ({label})"
                    )


def check_wording(questions: list[dict], errors: list[str]) -> None:
    for lang, words in (
        ("en", ["rn", "w/", "pls", "OT", "gig", "tbh", "idk", "bg", "asap", "fyi"]),
        ("fr", ["svp", "c", "ajd", "qd", "tjrs", "pcq", "bcp", "stp", "mtn"]),
    ):
        text = " ".join(q["question"] for q in questions if q["language"] == lang)
        for word in words:
            if not re.search(rf"(?<![\w/]){re.escape(word)}(?![\w/])", text):
                errors.append(f"no {lang} question uses the shorthand {word!r}")
    if sum("Typo:" in q["notes"] for q in questions) < 3:
        errors.append("fewer than three questions with a typo noted")
    for q in questions:
        m = re.search(r"Typo: ([\w']+)", q["notes"])
        if m and not re.search(rf"\b{re.escape(m.group(1))}\b", q["question"]):
            errors.append(f"{q['id']}: noted typo {m.group(1)!r} is not in the question")


# ----------------------------------------------------------------------------------------
# Amounts, spellings, look-alikes, joined numbers
# ----------------------------------------------------------------------------------------


def doc_amounts(name: str, text: str) -> set[str]:
    found = {m.group(1) for rx in AMOUNTS for m in rx.finditer(text)}
    if name == REPORT:
        found |= {m.group(1) for m in REPORT_AMOUNT.finditer(text)}
    return found | {m.group(0) for m in PERCENT.finditer(text)}


def check_amounts(doc_views: dict, errors: list[str]) -> tuple[int, set[str]]:
    """Every amount of a document found as such in every view of it; no amount of the set
    that reads as another amount."""
    n = 0
    every: set[str] = set()
    for name, vs in doc_views.items():
        amounts = doc_amounts(name, _nfc(vs[0][1]))
        if not amounts and name != REPLACE:
            errors.append(f"{name}: no amount found")
        n += len(amounts)
        every |= {a for a in amounts if not a.endswith("%")}
        for label, _, norm in vs:
            for a in sorted(amounts):
                if not score.contains(norm, a):
                    errors.append(f"{name}: amount {a!r} not found as such in the {label} view")
    spelled = sorted(every)
    for a in spelled:
        for b in spelled:
            if _value(a) != _value(b) and score.contains(score.normalise(b), a):
                errors.append(f"the amount {a!r} reads inside the amount {b!r}")
    return n, every


def check_joined(doc_views: dict, errors: list[str]) -> None:
    """No reader and no normalisation makes a number the document does not have.

    Text documents (ours, byte for byte): a digit, ASCII white space (form feeds included)
    and exactly three digits is an error, and so is a comma before three digits outside an
    IDR amount; real thousands are written with dots, U+202F or U+00A0. PDFs and DOCX:
    every number of a reader's normalised view is a number of the generator's normalised
    text (the agreement's running footers and the rate card's reversed rotated headers
    added)."""
    ws = re.compile(r"\d[ \t\r\n\f\v]+\d{3}(?!\d)")
    comma = re.compile(r"(?<!IDR )(?<![\d,])\d{1,3}(?:,\d{3})+(?:\.\d\d)?")
    for name, vs in doc_views.items():
        if name.endswith((".pdf", ".docx")):
            gen = set(NUMBER_TOKEN.findall(vs[0][2]))
            if name == AGREEMENT:
                for _label, pages in pdf_pages(name):
                    for i in range(1, len(pages) + 1):
                        footer = make_pdf.FOOTER.format(n=i).replace("{nb}", str(len(pages)))
                        gen |= set(NUMBER_TOKEN.findall(score.normalise(footer)))
            if name == INDEXED:
                gen |= set(NUMBER_TOKEN.findall(score.normalise(make_pdf.N_FOOTER.format(n=1))))
            if name == RATECARD:
                for h in make_pdf.RC_HEADERS:
                    for line in h:
                        gen |= {t[::-1] for t in NUMBER_TOKEN.findall(line)}
            for label, _, norm in vs[1:]:
                extra = sorted(set(NUMBER_TOKEN.findall(norm)) - gen)
                if extra:
                    errors.append(
                        f"{name}: the {label} view has numbers the document lacks: {extra[:6]}"
                    )
            continue
        for label, text, _ in vs:
            if label == "raw" and name.endswith(".html"):
                continue  # the same text as html-text, with markup
            for m in ws.finditer(_nfc(text)):
                ctx = text[max(0, m.start() - 25) : m.end() + 10].replace("\n", "⏎")
                errors.append(f"{name}: numbers joined in the {label} view: {ctx!r}")
            for m in comma.finditer(_nfc(text)):
                ctx = text[max(0, m.start() - 15) : m.end() + 5]
                if "IDR " + m.group(0) not in text:
                    errors.append(f"{name}: comma thousands outside the export: {ctx!r}")


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    corpus = "\n".join(_nfc(vs[0][1]) for vs in doc_views.values())
    if re.search(r"[$€£¥]", corpus) or re.search(
        r"\b(EUR|USD|GBP|SGD|MYR|dollars?|euros?|pounds?|francs?|ringgit)\b", corpus
    ):
        errors.append("a document names another currency")
    for label, pattern in SPELLINGS.items():
        n = len(re.findall(pattern, corpus))
        if not n:
            errors.append(f"nothing written as {label}")
        elif label in ONCE and n != 1:
            errors.append(f"{label} is written {n} times (want once)")
    for pattern in NOWHERE:
        if re.search(pattern, corpus):
            errors.append(f"{pattern!r} is written in a document (want nowhere)")
    card = make_pdf.ratecard_text()
    if "15/01/2027" in card and "dd/mm/yyyy" not in card:
        errors.append(f"{RATECARD}: 15/01/2027 without saying that dates are dd/mm/yyyy")
    faq = _read(FAQ)
    if "le 15/01/27" in faq and "jour/mois/année" not in faq:
        errors.append(f"{FAQ}: 'le 15/01/27' without saying that dates are day first")
    for word, doc in (("juta", GUIDE), ("ribu", FAQ), ("miliar", RATES)):
        if not re.search(rf"{word} (?:veut dire|means)", _read(doc)):
            errors.append(f"{doc}: '{word}' is not explained")
    # the signature date: once, in the agreement's signature block only
    homes = {n: _flat(vs[0][1]).count(SIGNATURE_DATE) for n, vs in doc_views.items()}
    if {n: c for n, c in homes.items() if c} != {AGREEMENT: 1}:
        errors.append(f"the signature date is in {homes} (want the agreement, once)")
    sig = [t for k, t in make_pdf.AGREEMENT if k == "sig"]
    if len(sig) != 1 or SIGNATURE_DATE not in sig[0]:
        errors.append(f"{AGREEMENT}: the signature date is not in the signature block")


def check_non_money(doc_views: dict, errors: list[str]) -> None:
    corpus = _flat("\n".join(vs[0][1] for vs in doc_views.values()))
    for item in NON_MONEY:
        if not re.search(rf"(?<![\w-]){re.escape(item)}(?![\w])", corpus):
            errors.append(f"the look-alike {item!r} is in no document")
        if {a for rx in AMOUNTS for m in rx.finditer(item) for a in [m.group(1)]}:
            errors.append(f"an amount pattern reads the look-alike {item!r}")


def check_rejected(questions: list[dict], doc_views: dict, errors: list[str]) -> None:
    forms = M.REJECTED_FORMS
    for name, vs in doc_views.items():
        has = any(score.contains(norm, f) for _, _, norm in vs for f in forms)
        if name in REJECTED_HOMES and not has:
            errors.append(f"{name}: does not print the rejected buy-out")
        if name not in REJECTED_HOMES and has:
            errors.append(f"{name}: prints the rejected buy-out (only the FAQ may)")
    n = 0
    for q in questions:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                if any(score.contains(score.normalise(alt), f) for f in forms):
                    errors.append(f"{q['id']}: the rejected buy-out is in must_include")
        if any(
            score.normalise(a) == "1.600.000"
            for el in q["must_include"]
            for a in score.alternatives(el)
        ):
            n += 1
            if not set(forms) <= set(q["must_not_include"]):
                errors.append(f"{q['id']}: a telemetry-fee question without the buy-out trap")
    if not n:
        errors.append("no telemetry-fee question traps the rejected buy-out")


def check_distractors(doc_views: dict, errors: list[str]) -> None:
    others = set()
    for name, vs in doc_views.items():
        if name not in DISTRACTORS:
            others |= {_value(a) for a in doc_amounts(name, _nfc(vs[0][1])) if not a.endswith("%")}
    for name in DISTRACTORS:
        text = _nfc(doc_views[name][0][1])
        for party in (
            "VAPG",
            "GAAK",
            "KSLPA",
            "APESMK",
            "Guild",
            "Guilde",
            "Association",
            "Agreement",
            "entente",
        ):
            if re.search(rf"\b{party}\b", text):
                errors.append(f"{name}: the distractor names {party!r}")
        mine = {_value(a) for a in doc_amounts(name, text) if not a.endswith("%")}
        if not mine:
            errors.append(f"{name}: the distractor has no amount")
        shared = mine & others
        if shared:
            errors.append(f"{name}: the distractor shares amounts {sorted(shared)} with the set")


# ----------------------------------------------------------------------------------------
# Layouts
# ----------------------------------------------------------------------------------------


def check_agreement(errors: list[str]) -> None:
    gen = make_pdf.agreement_text()
    arts = [int(m) for m in re.findall(r"(?m)^Article (\d+) – ", gen)]
    if arts != list(range(1, 25)):
        errors.append(f"{AGREEMENT}: articles {arts} are not 1-24 in order")
    pairs = [(int(a), int(b)) for a, b in re.findall(r"(?m)^Art\. (\d+)\.(\d+) ", gen)]
    if pairs != sorted(pairs) or len(set(pairs)) != len(pairs):
        errors.append(f"{AGREEMENT}: paragraphs 'Art. n.m' out of order")
    if {a for a, _ in pairs} | {24} != set(arts):
        errors.append(f"{AGREEMENT}: an article without a paragraph")
    cites = re.findall(r"\barticles? (\d+), paragraphs? (\d+)(?: and (\d+))?", gen)
    if len(cites) < 10:
        errors.append(f"{AGREEMENT}: {len(cites)} citations 'article n, paragraph m' (want 10+)")
    for a, b, c in cites:
        for p in (b, c):
            if p and (int(a), int(p)) not in pairs:
                errors.append(f"{AGREEMENT}: article {a}, paragraph {p} cites no paragraph")
    for a in re.findall(r"\barticles? (\d+)(?!, paragraph)\b", gen):
        if int(a) not in arts:
            errors.append(f"{AGREEMENT}: article {a} does not exist")
    if re.search(r"\b[Ss]ections?\b|§|\b[Cc]lause \d|\bArt\. \d+\(\d+\)|\barticle \d+\.\d+", gen):
        errors.append(f"{AGREEMENT}: a citation in another style")
    if len(re.findall(r"\b15 January 2027\b", gen)) < 2 or gen.count("Commencement Date is") != 1:
        errors.append(f"{AGREEMENT}: the Commencement Date is not defined once (and used)")
    for label, pages in pdf_pages(AGREEMENT):
        if not 5 <= len(pages) <= 8:
            errors.append(f"{AGREEMENT}: {len(pages)} pages in {label} (want 5-8)")
        for i, page in enumerate(pages, 1):
            if f"Page {i} of {len(pages)}" not in page:
                errors.append(f"{AGREEMENT}: page {i} lacks 'Page {i} of {len(pages)}' ({label})")
        land = pages[-2:]
        for j, page in enumerate(land):
            flat = _flat(page)
            for head, times in ((make_pdf.SCHED_HEAD_1[2], 1), ("Day Week", 2)):
                if flat.count(head) < times:
                    errors.append(
                        f"{AGREEMENT}: landscape page {j + 1} lacks the header {head!r} ({label})"
                    )
        for label_lines, *_ in make_pdf.SCHED_ROWS:
            if len(label_lines) < 2:
                continue
            lines = [_flat(ln) for ln in "\n".join(land).split("\n")]
            if not any(ln.startswith(label_lines[0]) for ln in lines) or any(
                " ".join(label_lines) in ln for ln in lines
            ):
                errors.append(
                    f"{AGREEMENT}: the wrapped label {label_lines!r} is not read on two lines ({label})"
                )
        if label == "pypdf":
            for i, page in enumerate(pages[:-2], 1):
                if "SIGNEDCOPY" not in page.replace(" ", ""):
                    errors.append(f"{AGREEMENT}: pypdf does not read the watermark on page {i}")
    if PDFPLUMBER is None:
        return
    placed = make_pdf.agreement_placed()
    with PDFPLUMBER.open(os.path.join(DOCS, AGREEMENT)) as pdf:
        pages = pdf.pages
        portrait = [p for p in pages if p.width < p.height]
        landscape = [p for p in pages if p.width > p.height]
        if len(landscape) != 2 or pages[-2:] != landscape:
            errors.append(f"{AGREEMENT}: want the last two pages, and only those, in landscape")
        for p in portrait:
            big = [c for c in p.chars if c["size"] > 40]
            if "".join(sorted(c["text"] for c in big)) != "".join(sorted("SIGNEDCOPY")):
                errors.append(f"{AGREEMENT}: page {p.page_number} lacks the watermark letters")
            if big and not all(c["non_stroking_color"] not in (None, 0, (0,), [0]) for c in big):
                errors.append(f"{AGREEMENT}: the watermark on page {p.page_number} is not grey")
            lines = set((p.extract_text() or "").split("\n"))
            want = [t.replace("{nb}", str(len(pages))) for t in placed.get(p.page_number, [])]
            broken = [t for t in want if t not in lines]
            if broken:
                errors.append(
                    f"{AGREEMENT}: page {p.page_number}: lines not read intact by pdfplumber "
                    f"(a watermark letter inside?): {broken[:2]}"
                )
        # the merged year cells sit centred over their Day | Week columns
        page = landscape[0] if landscape else pages[-1]
        words = page.extract_words()
        year1 = [w for w in words if w["text"] == "(from"]
        days = sorted(
            (
                w
                for w in words
                if w["text"] in ("Day", "Week")
                and year1
                and year1[0]["top"] < w["top"] < year1[0]["top"] + 30
            ),
            key=lambda w: w["x0"],
        )
        if not year1 or len(days) != 4:
            errors.append(f"{AGREEMENT}: Schedule A's two-level header not found")
        else:
            mid = (year1[0]["x0"] + year1[0]["x1"]) / 2
            if not days[0]["x0"] < mid < days[1]["x1"]:
                errors.append(f"{AGREEMENT}: 'Year 1 (from …)' is not over its Day | Week columns")


def check_ratecard(errors: list[str]) -> None:
    headers = make_pdf.ratecard_headers()
    for label, pages in pdf_pages(RATECARD):
        if len(pages) != 1:
            errors.append(f"{RATECARD}: {len(pages)} pages in {label} (want 1)")
        flat = _flat(pages[0])
        lines = [_flat(ln) for ln in pages[0].split("\n")]
        for row in make_pdf.RC_ROWS:
            want = " ".join(row)
            if want not in lines:
                errors.append(f"{RATECARD}: row {want!r} not read on one line ({label})")
        last_row = max(i for i, ln in enumerate(lines) if ln.startswith("Kit allowance"))
        notes = [i for i, ln in enumerate(lines) if re.match(r"[A-F] – ", ln)]
        if len(notes) != 6 or min(notes) < last_row:
            errors.append(f"{RATECARD}: the six notes are not under the table ({label})")
        straight = [h for h in headers if " ".join(h.split()) in flat.replace("\n", " ")]
        joined = " ".join(ln for ln in lines)
        if label == "pypdf" and not all(
            " ".join(h) in joined for h in make_pdf.RC_HEADERS if len(h) == 1
        ):
            errors.append(f"{RATECARD}: pypdf does not read the rotated headers straight")
        if label == "pdfplumber" and any("1 April 2027" in " ".join(lines) for _ in straight):
            errors.append(f"{RATECARD}: pdfplumber reads a rotated header straight")
        if label == "pdfplumber" and "lirpA" not in pages[0]:
            errors.append(f"{RATECARD}: pdfplumber does not read the rotated headers reversed")
    if PDFPLUMBER is None:
        return
    with PDFPLUMBER.open(os.path.join(DOCS, RATECARD)) as pdf:
        p = pdf.pages[0]
        rotated = [c for c in p.chars if not c["upright"]]
        want = sum(len("".join(h).replace(" ", "")) for h in make_pdf.RC_HEADERS)
        if len([c for c in rotated if c["text"].strip()]) != want:
            errors.append(f"{RATECARD}: the column headers are not all rotated")
        words = p.extract_words()
        for col in (0, 1):
            ends = []
            for _, _, before, after, _ in make_pdf.RC_ROWS:
                fig = (before, after)[col]
                if not fig.startswith("Rp"):
                    continue
                ws = [w for w in words if w["text"] == fig.split()[-1]]
                ends.append(sorted(ws, key=lambda w: w["x0"])[min(col, len(ws) - 1)]["x1"])
            if max(ends) - min(ends) > 0.6:
                errors.append(f"{RATECARD}: the figures of column {col + 1} are not right-aligned")


def check_indexed(errors: list[str]) -> None:
    gen = make_pdf.notice_text()
    for needle in (
        f"397{NNB}000{NB}Rp par jour à compter du 1er janvier 2027",
        f"4{NNB}330{NB}Rp par kilomètre à compter du 1er janvier 2027",
        "3,1 %",
    ):
        if needle not in gen:
            errors.append(f"{INDEXED}: lacks {needle!r}")
    if PDFPLUMBER is None:
        return
    with PDFPLUMBER.open(os.path.join(DOCS, INDEXED)) as pdf:
        for p in pdf.pages:
            lefts = Counter(round(ln["x0"]) for ln in p.extract_text_lines())
            if len([x for x, n in lefts.items() if n > 2]) != 1:
                errors.append(f"{INDEXED}: not a single column ({dict(lefts)})")


def check_summary(errors: list[str]) -> None:
    path = os.path.join(DOCS, SUMMARY)
    doc = docx_part(path, "word/document.xml")
    old, new = make_docx.KIT_OLD, make_docx.KIT_NEW
    if not re.search(
        rf"<w:del [^>]*>(?:(?!</w:del>).)*<w:delText[^>]*>{re.escape(old)}</w:delText>.*?</w:del>"
        rf"<w:ins [^>]*><w:r><w:t[^>]*>{re.escape(new)}</w:t></w:r></w:ins>",
        doc,
        re.S,
    ):
        errors.append(f"{SUMMARY}: no w:del {old} followed by its w:ins {new}")
    if doc.count(old) != 1 or doc.count(new) != 1:
        errors.append(f"{SUMMARY}: the kit figures are written outside their revision marks")
    comments = (
        docx_part(path, "word/comments.xml") if "word/comments.xml" in docx_parts(path) else ""
    )
    aside = make_docx.rp("3.100.000")
    if aside not in comments or aside in doc:
        errors.append(f"{SUMMARY}: the aside figure is not (only) in word/comments.xml")
    for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
        if f"<w:{tag} " not in doc:
            errors.append(f"{SUMMARY}: no w:{tag} in the body")
    header = docx_part(path, "word/header1.xml") if "word/header1.xml" in docx_parts(path) else ""
    if "effective 15 January 2027" not in header:
        errors.append(f"{SUMMARY}: word/header1.xml lacks the effective date")
    if re.search(r"15 January|Jan\. 15|2027-01-15|15/01/|15-Jan", doc):
        errors.append(f"{SUMMARY}: the effective date is in the body (want the header only)")
    if "<w:headerReference " not in doc:
        errors.append(f"{SUMMARY}: the header is not referenced by the section")
    if doc.count('<w:gridSpan w:val="2"/>') != 2:
        errors.append(f"{SUMMARY}: want two header cells spanning two grid columns (w:gridSpan)")
    if "Rp2.450.000,-" not in doc:
        errors.append(f"{SUMMARY}: amounts not written 'Rp2.450.000,-'")
    if DOCX is not None:
        d = DOCX.Document(path)
        first = [c.text for c in d.tables[0].rows[0].cells]
        if first != ["Role and unit", "Year 1", "Year 1", "Year 2", "Year 2"]:
            errors.append(f"{SUMMARY}: python-docx does not repeat the spanned cells: {first}")


def check_replace(errors: list[str]) -> None:
    gen = make_docx.notice_text()
    for needle in (
        "l'article 9, alinéa 2, est remplacé par",
        "à compter du 1er février 2027",
        "au moins 45 minutes",
        "au moins 30 minutes",
        "n'est pas renouvelée" if "n'est pas renouvelée" in gen else "ne la renouvelle pas",
    ):
        if needle not in gen:
            errors.append(f"{REPLACE}: lacks {needle!r}")
    if doc_amounts(REPLACE, gen) or "Rp" in gen:
        errors.append(f"{REPLACE}: holds an amount")


def check_rates_page(doc_views: dict, errors: list[str]) -> None:
    raw = _read(RATES)
    if len(re.findall(r"<table\b", raw)) < 3:
        errors.append(f"{RATES}: want real <table>s (two visible, one archived)")
    for needle, what in (
        (r'<th rowspan="\d" scope="row">', "a row header spanning rows"),
        (r'<th colspan="2" scope="colgroup">', "a column group header"),
        (r'<td class="rate" colspan="2">', "a cell spanning two columns"),
        (r"<details>\s*<summary>", "a <details><summary>"),
        (r"<noscript>", "a <noscript> notice"),
        (r"<template\b", "a <template>"),
    ):
        if not re.search(needle, raw):
            errors.append(f"{RATES}: lacks {what}")
    if len(re.findall(r"<sup>\d</sup>", raw)) < 3 or '<ol class="footnotes">' not in raw:
        errors.append(f"{RATES}: want footnote markers in <sup> and their notes")
    tpl = re.search(r"<template\b.*?</template>", raw, re.S).group(0)
    old = ["2.210.000", "1.560.000", "760.000", "15%"]
    browser = score.normalise(html_text(raw, browser=True))
    rest = score.normalise(raw.replace(tpl, ""))
    for fig in old:
        if not score.contains(score.normalise(tpl), fig):
            errors.append(f"{RATES}: the <template> lacks the old {fig}")
        if score.contains(browser, fig) or score.contains(rest, fig):
            errors.append(f"{RATES}: the old {fig} is visible outside the <template>")
        for name, vs in doc_views.items():
            if name != RATES and any(score.contains(norm, fig) for _, _, norm in vs):
                errors.append(f"{RATES}: the old {fig} is also in {name}")
    if "night premium" in browser and "20%" not in browser:
        errors.append(f"{RATES}: the night premium is not visible")


def check_guide(errors: list[str]) -> None:
    raw = _read(GUIDE)
    fm = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if not fm or "effective: 2027-01-15" not in fm.group(1).split("\n"):
        errors.append(f"{GUIDE}: no YAML front matter with 'effective: 2027-01-15'")
    body = raw[fm.end() :] if fm else raw
    if re.search(r"2027-01-15|15 janv|15/01|15\.I\.|15 January", body):
        errors.append(f"{GUIDE}: the effective date is also written outside the front matter")
    rows = [ln for ln in body.split("\n") if ln.startswith("|")]
    if not any(re.fullmatch(r"\|(?::?-+:?\|)+", ln) and ":" in ln for ln in rows):
        errors.append(f"{GUIDE}: no alignment row with colons")
    if not any("\\|" in ln for ln in rows):
        errors.append(f"{GUIDE}: no escaped pipe in a table cell")
    for ln in rows:
        cells = re.split(r"(?<!\\)\|", ln.strip())[1:-1]
        header = re.split(r"(?<!\\)\|", rows[0].strip())[1:-1]
        if len(cells) not in (len(header), 3):
            errors.append(f"{GUIDE}: a table row with {len(cells)} cells: {ln!r}")
    comments = re.findall(r"<!--(.*?)-->", raw, re.S)
    old = f"1{NNB}980{NNB}000"
    if (
        len(comments) != 1
        or old not in comments[0]
        or old in re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    ):
        errors.append(f"{GUIDE}: the old figure is not (only) in one HTML comment")
    quote = [ln for ln in body.split("\n") if ln.startswith("> ")]
    if not quote or "entente 2023–2026" not in quote[0] or "25" not in quote[0]:
        errors.append(f"{GUIDE}: no blockquote of the 2023-2026 clause")


def check_email(errors: list[str]) -> None:
    raw = _read(EMAIL)
    lines = raw.split("\n")
    if [ln.split(":")[0] for ln in lines[:5]] != ["From", "To", "Cc", "Date", "Subject"]:
        errors.append(f"{EMAIL}: the newest message's headers are not at the top")
    first_quote = next(i for i, ln in enumerate(lines) if ln.startswith(">"))
    newest = "\n".join(lines[:first_quote])
    quoted = "\n".join(ln for ln in lines if ln.startswith(">"))
    if "until 31 March 2028" not in _flat(newest) or "renewed" not in newest:
        errors.append(f"{EMAIL}: the newest message does not confirm the renewal")
    if "1.450.000" in newest or "1.450.000" not in quoted:
        errors.append(f"{EMAIL}: the proposed levy is not only in a quoted message")
    if not any(ln.startswith("> > ") for ln in lines) or not any(
        ln.startswith("> ") and not ln.startswith("> >") for ln in lines
    ):
        errors.append(f"{EMAIL}: want '> ' and '> > ' quoted messages")
    dates = re.findall(r"(?m)^(?:> )*Date: \w+, (\d+) (\w+) 2026", raw)
    order = [(("Nov", "Dec").index(m), int(d)) for d, m in dates]
    if len(order) != 3 or order != sorted(order, reverse=True):
        errors.append(f"{EMAIL}: the messages are not newest first: {dates}")
    if "\n-- \n" not in raw:
        errors.append(f"{EMAIL}: no signature block ('-- ')")


def check_report(errors: list[str]) -> None:
    with open(os.path.join(DOCS, REPORT), "rb") as f:
        data = f.read()
    try:
        data.decode("utf-8")
        errors.append(f"{REPORT}: decodes as UTF-8 (want Latin-1)")
    except UnicodeDecodeError:
        pass
    text = data.decode("latin-1")
    pages = text.split("\f")
    if len(pages) != 3:
        errors.append(f"{REPORT}: {len(pages)} pages (want 3, separated by form feeds)")
    heads = [p.split("\n")[:6] for p in pages]
    for i, h in enumerate(heads, 1):
        if f"Page {i}/{len(pages)}" not in h[0] or [x for x in h[1:]] != heads[0][1:]:
            errors.append(f"{REPORT}: page {i} does not repeat the page header")
    rows = [ln for ln in text.split("\n") if re.match(r"(JOUR|VEH|KM|REPA|CORR) ", ln)]
    if len({len(ln) for ln in rows}) != 1:
        errors.append(f"{REPORT}: the columns are not aligned")
    if text.count("125.000-") != 1 or not re.search(r"(?m)^CORR .* 125\.000-$", text):
        errors.append(f"{REPORT}: no single trailing-minus correction")
    totals = [
        int(x.replace(".", "")) for x in re.findall(r"(?m)^ +Total du membre +([\d.]+)$", text)
    ]
    grand = re.search(r"(?m)^ +TOTAL GENERAL DU RELEVE .* ([\d.]+)$", text)
    sums = []
    block: list[int] = []
    for ln in text.split("\n"):
        m = re.match(r"(JOUR|VEH|KM|REPA|CORR) .* ([\d.]+)(-?)$", ln)
        if m:
            v = int(m.group(2).replace(".", ""))
            block.append(-v if m.group(3) else v)
        elif "Total du membre" in ln:
            sums.append(sum(block))
            block = []
    if not grand or sums != totals or sum(totals) != int(grand.group(1).replace(".", "")):
        errors.append(f"{REPORT}: the totals do not add up")


def check_text_docs(errors: list[str]) -> None:
    with open(os.path.join(DOCS, RENTAL), "rb") as f:
        rental = f.read()
    if rental.count(b"\n") != rental.count(b"\r\n") or rental.endswith((b"\n", b"\r")):
        errors.append(f"{RENTAL}: want CRLF line ends and no final newline")
    rental.decode("utf-8")
    faq = _read(FAQ)
    buttons = re.findall(
        r'<button type="button" aria-expanded="false" aria-controls="([\w-]+)"', faq
    )
    if len(buttons) < 8 or any(f'<div class="panneau" id="{b}"' not in faq for b in buttons):
        errors.append(f"{FAQ}: no accordion of buttons with aria-expanded and their panels")
    if f"1{NNB}162 voix contre 97" not in faq:
        errors.append(f"{FAQ}: lacks the vote")


def check_builds(errors: list[str], warnings: list[str]) -> None:
    for out, data in (
        (make_notice.REPORT_OUT, make_notice.report_bytes()),
        (make_notice.RENTAL_OUT, make_notice.rental_bytes()),
    ):
        with open(out, "rb") as f:
            if f.read() != data:
                errors.append(f"{os.path.basename(out)}: not what make_notice.py writes; run it")
    builds = []
    if FPDF is not None:
        builds += [
            (make_pdf.AGREEMENT_OUT, make_pdf.build_agreement),
            (make_pdf.RATECARD_OUT, make_pdf.build_ratecard),
            (make_pdf.NOTICE_OUT, make_pdf.build_notice),
        ]
    else:
        warnings.append("fpdf2 not importable: the PDFs' bytes not compared with make_pdf.py")
    if DOCX is not None:
        builds += [
            (make_docx.SUMMARY_OUT, make_docx.build_summary),
            (make_docx.NOTICE_OUT, make_docx.build_notice),
        ]
        d = DOCX.Document(make_docx.SUMMARY_OUT)
        if any(make_docx.KIT_NEW in p.text for p in d.paragraphs):
            warnings.append(
                f"{SUMMARY}: python-docx's Paragraph.text now reads w:ins (the trap is gone)"
            )
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
            if '"eval/union-ah/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-ah/score.py not in ruff's extend-exclude")


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    with open(os.path.join(HERE, "questions.json"), encoding="utf-8") as f:
        questions = json.load(f)
    if questions != make_questions.Q:
        errors.append("questions.json differs from make_questions.py; run it")

    names = sorted(n for n in os.listdir(DOCS) if not n.startswith("."))
    if len(names) != N_DOCS:
        errors.append(f"{len(names)} documents in docs/ (want {N_DOCS})")
    allowed = (".pdf", ".docx", ".md", ".txt", ".html")
    for name in names:
        if not name.endswith(allowed):
            errors.append(f"{name}: format not among {allowed}")
        if name not in DOC_LANGUAGE:
            errors.append(f"{name}: language not declared in DOC_LANGUAGE")
    if Counter(DOC_LANGUAGE.values()) != Counter({"en": 6, "fr": 6}):
        errors.append("documents per language are not 6 and 6")
    doc_views: dict[str, list[tuple[str, str, str]]] = {}
    for name in names:
        vs, ws = views(name)
        warnings += ws
        doc_views[name] = [(label, text, score.normalise(text)) for label, text in vs]
        size = len(_nfc(vs[0][1]))
        if not SIZE[0] <= size <= SIZE[1]:
            errors.append(f"{name}: {size} characters (want {SIZE[0]:,}-{SIZE[1]:,})")
        print(f"  {size:6d} chars  {name}  ({', '.join(label for label, _ in vs)})")
    trap_norms = [norm for vs in doc_views.values() for _, _, norm in vs]
    for name in (SUMMARY,):
        if name in doc_views:
            rev = docx_revisions_text(os.path.join(DOCS, name))
            trap_norms.append(score.normalise(rev))
            doc_views_rev = ("revisions", rev, score.normalise(rev))
            for qid, pats in OOS_ABSENT.items():  # the comment counts as a document too
                for pat in pats:
                    if re.search(pat, _nfc(doc_views_rev[1]), re.I):
                        errors.append(f"{qid}: {pat!r} occurs in {name} (revisions, comments)")

    for name in PDF_TEXT.keys() | DOCX_TEXT.keys():
        if name not in doc_views:
            errors.append(f"{name} missing; run its generator")
            continue
        vs = {label: norm for label, _, norm in doc_views[name]}
        gen_words = Counter(re.findall(r"\w+", vs["generator"]))
        for label, norm in vs.items():
            if label == "generator":
                continue
            words = Counter(re.findall(r"\w+", norm))
            missing = [w for w in gen_words if w.isalpha() and w not in words]
            if name == RATECARD and label == "pdfplumber":
                rotated = {
                    w
                    for h in make_pdf.RC_HEADERS
                    for ln in h
                    for w in re.findall(r"\w+", ln.lower())
                }
                missing = [w for w in missing if w not in rotated]
            if missing:
                errors.append(f"{name}: {label} text lacks generator words {missing[:5]}; rebuild")
    for name in (RATES, EMAIL, RENTAL, GUIDE, FAQ, REPORT, TRACKDAY):
        if name not in doc_views:
            errors.append(f"{name} missing")
    n_amounts = 0
    if not errors:
        check_agreement(errors)
        check_ratecard(errors)
        check_indexed(errors)
        check_summary(errors)
        check_replace(errors)
        check_rates_page(doc_views, errors)
        check_guide(errors)
        check_email(errors)
        check_report(errors)
        check_text_docs(errors)
        check_rejected(questions, doc_views, errors)
        check_non_money(doc_views, errors)
        check_distractors(doc_views, errors)
        check_spellings(doc_views, errors)
        check_joined(doc_views, errors)
        check_builds(errors, warnings)
        n_amounts, _ = check_amounts(doc_views, errors)
    check_score_link(errors)

    ids = [q.get("id") for q in questions]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, len(questions) + 1)]:
        errors.append(f"ids are not {PREFIX}-001.. in order")
    for q in questions:
        check_question(q, doc_views, trap_norms, errors)
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
    adv_fr = [q for q in questions if q["kind"] == "adversarial" and q["language"] == "fr"]
    if len(adv_fr) != 1:
        errors.append(f"{len(adv_fr)} French adversarial questions (want 1)")
    if len({q["question"] for q in questions}) != len(questions):
        errors.append("duplicate question texts")
    for name in names:
        if name not in DISTRACTORS and not any(name in q["expected_sources"] for q in questions):
            errors.append(f"{name}: no question uses it")

    counts = Counter(q["kind"] for q in questions)
    if dict(counts) != EXPECTED_COUNTS:
        errors.append(f"counts per kind {dict(counts)} != {EXPECTED_COUNTS}")
    langs = Counter(q["language"] for q in questions)
    if dict(langs) != EXPECTED_LANGUAGES:
        errors.append(f"counts per language {dict(langs)} != {EXPECTED_LANGUAGES}")
    by_kl = Counter((q["kind"], q["language"]) for q in questions)
    n_alts = sum(len(score.alternatives(el)) for q in questions for el in q["must_include"])
    print(f"\n{len(questions)} questions; kinds: {dict(counts)}; languages: {dict(langs)}")
    print(
        "per kind and language: "
        + ", ".join(f"{k} {lang} {n}" for (k, lang), n in sorted(by_kl.items()))
    )
    print(
        f"{sum(len(q['must_include']) for q in questions)} must_include elements, "
        f"{n_alts} alternatives checked"
    )
    print(f"{n_amounts} amounts and percentages checked against every view")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
