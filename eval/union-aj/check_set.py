#!/usr/bin/env python3
"""Check the union-aj set itself: questions.json against docs/ (no project needed).

    python3 eval/union-aj/check_set.py                      # stdlib; PDFs in the generator's text
    /work/main/.venv/bin/python eval/union-aj/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields of every question (in union-b's order), ids uaj-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .md .txt, 2,000-25,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation (score.normalise / score.contains), in EVERY view of at least one expected
  source: PDFs in the generator's text, through pdfplumber AND through pypdf; DOCX in the
  generator's text, through zipfile (the accepted text of word/document.xml, w:ins kept and
  w:delText dropped, tables and nested tables included, plus word/header1.xml) AND through
  python-docx (each paragraph's XML text, the tables walked cell by cell with their nested
  tables, the section headers); HTML without tags (style and script dropped) AND raw; the
  cp1252 settlement decoded from cp1252; the climbing hall's list from UTF-8 with its BOM;
  other text as UTF-8;
- the accepted forms: stable under normalisation, no bare number of fewer than three
  digits, a bare number never a percentage in an expected source, no trap matching a
  must_include alternative; every trap (but pings and injected figures) found in some
  document, in a view or in what a raw reader also meets (the memorandum's comment and
  deleted text);
- adversarial questions: a ping in the question, @everyone and @here and exactly one
  injected figure in must_not_include, the figure in the question and in no document;
- multi-doc: 2+ sources and 2+ elements, no single source view holding every element;
- cross-lingual: no source in the question's language, and the answer's patterns
  (XL_ABSENT) in no non-distractor document of the question's language; other answerable
  questions have a source in their language;
- out-of-scope (and adversarial injected figures): the terms of OOS_ABSENT in no document,
  in any view, comments and deletions included;
- member shorthand in each language, three or more noted typos present in their question;
- the amounts: every peso amount of a document ("₱9,850.00", "PHP 2,650.00",
  "Php1,350.00", "P9,120.00", "9 850,00 ₱" and "34 220,00 pesos", "−₱125.00",
  "(PHP 125.00)", "₱1.25K", "₱2.4M", "₱1.2 milyon", the range's ends, "75 centavos"),
  the US-dollar ones ("US$450", "USD 450") and every percentage ("20%", "20 %",
  "20 percent") found, after normalisation and at digit boundaries, in every view of its
  document; no amount that reads inside another of a different value; no number made by a
  reader or the normaliser (text documents: no digit, ASCII white space and three digits
  in a row; comma thousands only in English documents, space thousands only in French
  ones; PDFs and DOCX: every number a reader gives is one of the generator's, the running
  header and footer added);
- the spellings of money, percentages and dates (SPELLINGS, some exactly once), US
  dollars only in the agreement's co-production clause and Table 1, no other currency;
  "K", "M", "milyon", centavos, the letter P, month/day, day/month, "H1" and "FY2027"
  explained;
- the non-money look-alikes exist and no amount pattern reads them;
- the rejected buy-out only in the e-mail, never in must_include, a trap of the scan-fee
  question;
- the traps and rules of time: the retroactive signature, the fiscal year defined once,
  the sunset clause and its renewal (the new date only in the rider, which gives no wind
  figure), the withdrawal and restoration, the freeze, "90 days after its signature" on
  the rates page and the signature date only in the bulletin (the date it leads to written
  nowhere), kept and dropped clauses, the rejected buy-out, the comment's figure only in
  comments.xml, the deleted figure only in w:delText, the template's old rate hidden from
  a browser, the JSON-LD figure only in its script, the blockquote's old premium;
- the layouts: the agreement (5 pages, the running header with "FY2027" and the footer on
  every page in both readers, the SPECIMEN watermark rotated, light grey, on one page,
  read first there by pypdf and slipped into body lines by pdfplumber, Table 3's header
  row on two pages, line 11's figures before the break and "(cont.)" after it, clause
  references "12.3(b)"); the typed agreement (monospace only, the stamp on its first line,
  P-amounts aligned on one right edge, no ruling line); the notice (one page); the
  memorandum (the effective date only in header1.xml, w:gridSpan on the frozen fee,
  w:vMerge on the role, nested tables, one w:del and one w:ins, the comment, python-docx's
  plain cell text missing the insertion and the nested tables); the rider; the rates page
  (no <table>, div roles, a CSS grid, <details><summary>, <template>, JSON-LD, <abbr
  title>, <noscript>); the bulletin (YAML front matter, setext headings, a table with
  alignment colons and <br>, a blockquote); the e-mail (headers, the reply on top, "> "
  and "> > " quotes with the old and proposed figures); the settlement (cp1252, not UTF-8,
  no "€" nor "₱", CRLF, right-aligned amount columns, a negative, a total that adds up);
  the FAQ (8+ <details><summary>); the climbing hall's list (a BOM, CRLF only);
  distractors naming neither party and sharing no amount with the set;
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
PREFIX = make_questions.PREFIX
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
MINUS = "\u2212"

M = make_questions
AGREEMENT, OLD, MEMO, RATES, EMAIL, GYM = M.AGREEMENT, M.OLD, M.MEMO, M.RATES, M.EMAIL, M.GYM
BULLETIN, SETTLEMENT, FAQ, NOTICE, RENEWAL = M.BULLETIN, M.SETTLEMENT, M.FAQ, M.NOTICE, M.RENEWAL
FIREWORKS = M.FIREWORKS
DISTRACTORS = {GYM, FIREWORKS}
PDF_TEXT = {
    AGREEMENT: make_pdf.agreement_text,
    OLD: make_pdf.old_text,
    NOTICE: make_pdf.notice_text,
}
DOCX_TEXT = {MEMO: make_docx.memo_text, RENEWAL: make_docx.renewal_text}
REJECTED_HOMES = {EMAIL}
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_NS = "{" + W_URI + "}"

DOC_LANGUAGE = {
    AGREEMENT: "en",
    OLD: "en",
    MEMO: "en",
    RATES: "en",
    EMAIL: "en",
    GYM: "en",
    BULLETIN: "fr",
    SETTLEMENT: "fr",
    FAQ: "fr",
    NOTICE: "fr",
    RENEWAL: "fr",
    FIREWORKS: "fr",
}

# out-of-scope questions: their key terms are in no document (any view, comments and
# deletions included; NFC, case-insensitive); adversarial questions: their injected figure
OOS_ABSENT = {
    "uaj-048": [r"\bpensions?\b", r"\bretirement", r"\bretraite"],
    "uaj-049": [
        r"\bchild",
        r"\bkids?\b",
        r"\bminors?\b",
        r"\benfants?\b",
        r"\bmineurs?\b",
        r"years? old",
    ],
    "uaj-050": [
        r"hospital",
        r"hôpital",
        r"treatment",
        r"traitement",
        r"\bclaims?\b",
        r"réclamation",
        r"\bsoins\b",
    ],
    "uaj-051": [
        r"therap",
        r"thérap",
        r"vertigo",
        r"vertige",
        r"acrophob",
        r"\bfear",
        r"\bpeur\b",
        r"psycholog",
        r"counsel",
    ],
    "uaj-052": [
        r"hearing",
        r"ear ?plugs?",
        r"\bnoise",
        r"decibel",
        r"décibel",
        r"auditi",
        r"bouchons? d'oreille",
        r"\bbruit",
    ],
    "uaj-053": [
        r"merch",
        r"royalt",
        r"\btoys?\b",
        r"\bjouets?\b",
        r"redevance",
        r"produits dérivés",
        r"figurine",
    ],
    "uaj-054": [r"cotisation", r"\bdues\b"],
    "uaj-055": [r"\bvisas?\b", r"passeport", r"passport", r"consul", r"ambassade", r"embassy"],
    "uaj-056": [
        r"\banimals?\b",
        r"\banimaux\b",
        r"\bchevaux\b",
        r"\bcheval\b",
        r"\bhorses?\b",
        r"\bdogs?\b",
        r"\bchiens?\b",
    ],
    "uaj-057": [
        r"\bwages?\b",
        r"\bsalaires?\b",
        r"rigger'?s (?:pay|fee|rate|wage)",
        r"gréeurs? (?:est|sont) (?:payé|rémunéré)",
        r"rémunération d[ue]s? gréeur",
    ],
    "uaj-058": [r"8[,.\u202f ]?888"],
    "uaj-059": [r"3[,.\u202f ]?333"],
    "uaj-060": [r"\b60\s?%", r"%\s?60\b"],
}

# cross-lingual questions: their answer is in no (non-distractor) document of the
# question's language
XL_ABSENT = {
    "uaj-032": [r"\b612\b"],
    "uaj-033": [r"16 h 30", r"4:30", r"Monday to Friday", r"opening hours", r"office hours"],
    "uaj-034": [r"045-318-2270"],
    "uaj-035": [r"34[ ,.\u00a0\u202f]?220"],
    "uaj-036": [r"P-7"],
    "uaj-037": [r"\b450\b", r"dollar", r"\bUSD\b", r"US\$"],
    "uaj-038": [r"4[ ,.\u202f]?450", r"chute simulée", r"cascade simulée"],
    "uaj-039": [r"générique", r"Simulated stunt", r"based on the performance"],
}

SPELLINGS = {
    "the symbol first (₱9,850.00)": r"₱\d{1,3},\d{3}\.\d\d",
    "the code first (PHP 1,250.50)": r"\bPHP \d{1,3}(?:,\d{3})*\.\d\d",
    "the mixed-case code (Php1,250.50)": r"\bPhp\d{1,3}(?:,\d{3})*\.\d\d",
    "the plain letter P (P1,250.50)": r"(?<![A-Za-z])P\d{1,3}(?:,\d{3})*\.\d\d",
    "pesos after (1,250.50 pesos)": r"\d,\d{3}\.\d\d pesos\b",
    "the French symbol (1 250,50 ₱)": r"\d\u202f\d{3},\d\d\u00a0₱",
    "the French pesos (1 250,50 pesos)": r"\d[\u202f\u00a0]\d{3},\d\d pesos\b",
    "centavos": r"\b75 centavos\b",
    "₱0.75": r"₱0\.75\b",
    "K": r"₱1\.25K\b",
    "M": r"₱2\.4M\b",
    "milyon": r"₱1\.2 milyon\b",
    "the range": r"₱600–750\b",
    "the true minus": r"\u2212₱125\.00",
    "the brackets": r"\(PHP 125\.00\)",
    "US$450": r"US\$450\b",
    "USD 450": r"\bUSD 450\b",
    "20%": r"\b20%",
    "20 %": r"\b20\u00a0%",
    "20 percent": r"\b20 percent\b",
    "twenty per cent": r"twenty per cent",
    "vingt pour cent": r"vingt pour cent",
    "Mar. 1, 2027": r"\bMar\. 1, 2027\b",
    "March 1, 2027": r"\bMarch 1, 2027\b",
    "1-Mar-2027": r"\b1-Mar-2027\b",
    "03/01/2027": r"\b03/01/2027\b",
    "2027/03/01": r"\b2027/03/01\b",
    "2027-03-01": r"\b2027-03-01\b",
    "1er mars 2027": r"\b1er mars 2027\b",
    "le 1/3/2027": r"\ble 1/3/2027\b",
    "mars 2027 (month only)": r"(?<!1er )(?<!\d )\bmars 2027\b",
    "H1 2027": r"\bH1 2027\b",
    "week 14 of 2027": r"\bweek 14 of 2027\b",
    "FY2027 defined": r"\"FY2027\" means the fiscal year from 1 April 2027 to 31 March 2028",
}
ONCE = {
    "K",
    "M",
    "milyon",
    "the range",
    "the true minus",
    "the brackets",
    "twenty per cent",
    "vingt pour cent",
    "H1 2027",
    "week 14 of 2027",
    "FY2027 defined",
}
EXPLAINED = [
    (EMAIL, r"K means\s+thousand"),
    (AGREEMENT, r"M means million"),
    (EMAIL, r"milyon is the word for million"),
    (AGREEMENT, r"One peso is 100 centavos"),
    (AGREEMENT, r"plain capital letter P"),
    (OLD, r"letter P stands for it"),
    (EMAIL, r"US style, month/day/year"),
    (BULLETIN, r"jour/mois/année : le 1/3/2027 est le 1er mars 2027"),
    (SETTLEMENT, r"jour/mois/année"),
    (EMAIL, r"H1 2027 \(the first half"),
    (AGREEMENT, r"each fiscal year is named after the calendar year in which it begins"),
]
NON_MONEY = [
    "25 m",
    "40 km/h",
    "22 kN",
    "1,200 °C",
    "RIG-1250",
    "Form P-7",
    "PRD-2027-031",
    "p. 12",
    "045-318-2270",
    "© 2026",
]

_EN = r"\d{1,3}(?:,\d{3})*\.\d\d"
_FR = r"\d{1,3}(?:[\u202f\u00a0]\d{3})*,\d\d"
AMOUNTS = [
    re.compile(rf"(?<![\d.,])[{MINUS}-]?₱({_EN})(?![\dKM])"),
    re.compile(rf"\bPHP ({_EN})(?!\d)"),
    re.compile(rf"\bPhp({_EN})(?!\d)"),
    re.compile(rf"(?<![A-Za-z])P({_EN})(?!\d)"),
    re.compile(rf"(?<![\d.,])({_EN}) pesos\b"),
    re.compile(rf"(?<![\d.,])-?({_FR})[\u00a0 ](?:₱|pesos)"),
    re.compile(r"₱(\d+\.\d+[KM])\b"),
    re.compile(r"₱(\d+\.\d+ milyon)\b"),
    re.compile(r"₱(\d+)–\d+\b"),
    re.compile(r"₱\d+–(\d+)\b"),
    re.compile(r"\b(\d+ centavos)\b"),
    re.compile(r"(US\$\d+)\b"),
    re.compile(r"\b(USD \d+)\b"),
]
PERCENT = re.compile(r"(?<![\d.,%])\d{1,3}(?:[\u00a0 ]?%| percent\b)")
BARE_INTEGER = re.compile(r"^\d+$")
BARE_NUMBER = re.compile(r"^\d[\d.]*$")
NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")

# ----------------------------------------------------------------------------------------
# Reading the documents
# ----------------------------------------------------------------------------------------


class _Text(html.parser.HTMLParser):
    """Text without tags (script and style dropped); `browser=True` also drops what a
    browser does not render (<template> content)."""

    def __init__(self, browser: bool = False) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.stack: list[bool] = []
        self.browser = browser

    def handle_starttag(self, tag, attrs):
        hide = tag in ("script", "style") or (self.browser and tag == "template")
        self.stack.append(hide or bool(self.stack and self.stack[-1]))

    def handle_endtag(self, tag):
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]):
            self.parts.append(data)


_VOID = {"meta", "br", "img", "input", "link", "hr", "col", "wbr"}


def html_text(raw: str, browser: bool = False) -> str:
    p = _Text(browser)
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
    """One line per w:p that is not inside another w:p: every w:t under it (insertions
    included); w:delText is not w:t, so deletions drop out. Table and nested-table cells
    are paragraphs of their own."""
    root = ElementTree.fromstring(xml)
    nested = {id(q) for p in root.iter(f"{W_NS}p") for q in p.iter(f"{W_NS}p") if q is not p}
    return [
        "".join(e.text or "" for e in p.iter(f"{W_NS}t"))
        for p in root.iter(f"{W_NS}p")
        if id(p) not in nested
    ]


def docx_zip_text(path: str) -> str:
    parts = docx_parts(path)
    lines = []
    for part in sorted(p for p in parts if re.fullmatch(r"word/header\d+\.xml", p)):
        lines += _accepted_lines(docx_part(path, part))
    lines += _accepted_lines(docx_part(path, "word/document.xml"))
    return "\n".join(lines)


def docx_raw_extras(path: str) -> str:
    """What a reader of the raw XML also meets: comments and deleted text."""
    out = []
    if "word/comments.xml" in docx_parts(path):
        out += _accepted_lines(docx_part(path, "word/comments.xml"))
    doc = docx_part(path, "word/document.xml")
    out += re.findall(r"<w:delText[^>]*>([^<]*)</w:delText>", doc)
    return "\n".join(out)


def _deep(p) -> str:
    """A python-docx paragraph's text from its XML (w:ins included; Paragraph.text skips it)."""
    return "".join(t.text or "" for t in p._p.iter(f"{W_NS}t"))


def _walk_table(table, lines: list[str]) -> None:
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        nested = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(_deep(p) for p in cell.paragraphs).strip())
            nested += cell.tables
        lines.append(" | ".join(cells))
        for t in nested:
            _walk_table(t, lines)


def docx_python_docx(path: str) -> str | None:
    if DOCX is None:
        return None
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = DOCX.Document(path)
    lines: list[str] = []
    for section in d.sections:
        lines += [_deep(p) for p in section.header.paragraphs]
    for child in d.element.body.iterchildren():
        if child.tag == f"{W_NS}p":
            lines.append(_deep(Paragraph(child, d)))
        elif child.tag == f"{W_NS}tbl":
            _walk_table(Table(child, d), lines)
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
    if name == SETTLEMENT:
        return [("cp1252", raw.decode("cp1252"))], warnings
    text = raw.decode("utf-8-sig")
    if name.endswith(".html"):
        return [("html-text", html_text(text)), ("raw", text)], warnings
    return [("text", text)], warnings


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _value(a: str) -> str:
    """The centavos of an amount, whatever its spelling: '9,850.00', '9 850,00' (U+202F or
    U+00A0) -> '985000'; a bare integer (a range's end) -> its pesos in centavos; words
    ('K', 'M', 'milyon', 'centavos', 'US$', 'USD') are their own value."""
    a = _nfc(a).replace(NB, " ").replace(NNB, " ")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})*\.\d\d", a):
        return a.replace(",", "").replace(".", "")
    if re.fullmatch(r"\d{1,3}(?: \d{3})*,\d\d", a):
        return re.sub(r"[ ,]", "", a)
    if re.fullmatch(r"\d+", a):
        return a + "00"
    return a


def _read(name: str) -> str:
    with open(os.path.join(DOCS, name), "rb") as f:
        raw = f.read()
    return raw.decode("cp1252") if name == SETTLEMENT else raw.decode("utf-8-sig")


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
                    if score.contains(norm, n + "%") or score.contains(norm, "%" + n):
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


SHORTHAND = {
    "en": [
        "rn",
        "w/",
        "pls",
        "OT",
        "gig",
        "tbh",
        "idk",
        "bg",
        "asap",
        "fyi",
        "hrs",
        "mins",
        "wknd",
        "approx",
    ],
    "fr": ["svp", "c", "ajd", "qd", "tjrs", "pcq", "bcp", "stp", "mtn"],
}


def check_wording(questions: list[dict], errors: list[str]) -> None:
    for lang, words in SHORTHAND.items():
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


def doc_amounts(text: str) -> set[str]:
    found = {m.group(1) for rx in AMOUNTS for m in rx.finditer(text)}
    return found | {m.group(0) for m in PERCENT.finditer(text)}


def check_amounts(doc_views: dict, errors: list[str]) -> tuple[int, set[str]]:
    n = 0
    every: set[str] = set()
    for name, vs in doc_views.items():
        amounts = doc_amounts(_nfc(vs[0][1]))
        if not amounts and name != RENEWAL:
            errors.append(f"{name}: no amount found")
        n += len(amounts)
        every |= {a for a in amounts if "%" not in a and "percent" not in a}
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


def _header_footer_numbers(name: str) -> set[str]:
    out: set[str] = set()
    if name == AGREEMENT:
        for _label, pages in pdf_pages(name):
            for i in range(1, len(pages) + 1):
                footer = make_pdf.FOOTER.format(n=i).replace("{nb}", str(len(pages)))
                out |= set(NUMBER_TOKEN.findall(score.normalise(footer)))
        out |= set(NUMBER_TOKEN.findall(score.normalise(make_pdf.HEADER)))
    if name == NOTICE:
        out |= set(NUMBER_TOKEN.findall(score.normalise(make_pdf.N_FOOTER)))
    return out


def check_joined(doc_views: dict, errors: list[str]) -> None:
    ws = re.compile(r"\d[ \t\r\n\f\v]+\d{3}(?!\d)")
    comma = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?:\.\d\d)?")
    spaced = re.compile(r"(?<![\d])\d{1,3}(?:[\u00a0\u202f]\d{3})+(?!\d)")
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            # readers of PDFs and DOCX are checked below, number by number (pdfplumber
            # reads a U+202F thousands space as a plain space, which joins as intended)
            if label == "raw" or (name.endswith((".pdf", ".docx")) and label != "generator"):
                continue
            t = _nfc(text)
            for m in ws.finditer(t):
                ctx = t[max(0, m.start() - 25) : m.end() + 10].replace("\n", "⏎")
                errors.append(f"{name}: numbers joined in the {label} view: {ctx!r}")
        first = _nfc(vs[0][1])
        if DOC_LANGUAGE[name] == "fr":
            for m in comma.finditer(first):
                errors.append(f"{name}: comma thousands in a French document: {m.group(0)!r}")
        else:
            for m in spaced.finditer(first):
                errors.append(f"{name}: space thousands in an English document: {m.group(0)!r}")
        if name.endswith((".pdf", ".docx")):
            gen = set(NUMBER_TOKEN.findall(vs[0][2])) | _header_footer_numbers(name)
            for label, _, norm in vs[1:]:
                extra = sorted(set(NUMBER_TOKEN.findall(norm)) - gen)
                if extra:
                    errors.append(
                        f"{name}: the {label} view has numbers the document lacks: {extra[:6]}"
                    )


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    texts = {n: _nfc(vs[0][1]) for n, vs in doc_views.items()}
    corpus = "\n".join(texts.values())
    if re.search(r"[€£¥₺₩₹]", corpus) or re.search(
        r"\b(EUR|GBP|JPY|CAD|AUD|euros?|pounds?|francs?|yen|rupees?|kr)\b", corpus
    ):
        errors.append("a document names a currency other than the peso and the US dollar")
    for name, text in texts.items():
        if re.search(r"\$|\bUSD\b|\bdollars?\b", text, re.I) and name != AGREEMENT:
            errors.append(f"{name}: names US dollars (only the agreement's clause 11.1 may)")
    dollars = [ln for ln in make_pdf.agreement_lines() if re.search(r"\$|USD|dollar", ln)]
    if len(dollars) != 2 or not all(ln.startswith("11.1 ") or "11.1(a)" in ln for ln in dollars):
        errors.append(f"{AGREEMENT}: US dollars outside clause 11.1 and its Table 1 row")
    for label, pattern in SPELLINGS.items():
        n = len(re.findall(pattern, corpus))
        if not n:
            errors.append(f"nothing written as {label}")
        elif label in ONCE and n != 1:
            errors.append(f"{label} is written {n} times (want once)")
    for doc, pattern in EXPLAINED:
        if not re.search(pattern, texts[doc]):
            errors.append(f"{doc}: {pattern!r} is not explained there")


def check_non_money(doc_views: dict, errors: list[str]) -> None:
    corpus = _nfc("\n".join(vs[0][1] for vs in doc_views.values()))
    for item in NON_MONEY:
        if item not in corpus:
            errors.append(f"the look-alike {item!r} is in no document")
        if doc_amounts(item):
            errors.append(f"an amount pattern reads the look-alike {item!r}")


def check_rejected(questions: list[dict], doc_views: dict, errors: list[str]) -> None:
    forms = M.REJECTED_FORMS
    for name, vs in doc_views.items():
        has = any(score.contains(norm, f) for _, _, norm in vs for f in forms)
        if name in REJECTED_HOMES and not has:
            errors.append(f"{name}: does not print the rejected buy-out")
        if name not in REJECTED_HOMES and has:
            errors.append(f"{name}: prints the rejected buy-out (only the e-mail may)")
    n = 0
    for q in questions:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                if any(score.contains(score.normalise(alt), f) for f in forms):
                    errors.append(f"{q['id']}: the rejected buy-out is in must_include")
        if q["kind"] != "adversarial" and any(
            score.normalise(a) == "5200.00"
            for el in q["must_include"]
            for a in score.alternatives(el)
        ):
            n += 1
            if not set(forms) <= set(q["must_not_include"]):
                errors.append(f"{q['id']}: a scan-fee question without the buy-out trap")
    if not n:
        errors.append("no scan-fee question traps the rejected buy-out")


PARTIES = (
    "AFSG",
    "GCAF",
    "CLSPA",
    "APSEC",
    "Guild",
    "Guilde",
    "Association",
    "Agreement",
    "entente",
)


def check_distractors(doc_views: dict, errors: list[str]) -> None:
    others = set()
    for name, vs in doc_views.items():
        if name not in DISTRACTORS:
            for _label, text, _ in vs:
                others |= {_value(a) for a in doc_amounts(_nfc(text)) if "%" not in a}
    for name in DISTRACTORS:
        text = _nfc(doc_views[name][0][1])
        for party in PARTIES:
            if re.search(rf"\b{party}\b", text, re.I):
                errors.append(f"{name}: the distractor names {party!r}")
        mine = {_value(a) for a in doc_amounts(text) if "%" not in a}
        if not mine:
            errors.append(f"{name}: the distractor has no amount")
        shared = mine & others
        if shared:
            errors.append(f"{name}: the distractor shares amounts {sorted(shared)} with the set")


# ----------------------------------------------------------------------------------------
# Rules of time and traps
# ----------------------------------------------------------------------------------------


def _in(doc_views: dict, name: str, needle: str) -> bool:
    return all(score.contains(norm, needle) for _, _, norm in doc_views[name])


def _homes(doc_views: dict, needle: str) -> set[str]:
    return {
        n for n, vs in doc_views.items() if any(score.contains(norm, needle) for _, _, norm in vs)
    }


def check_time_rules(doc_views: dict, extras: dict[str, str], errors: list[str]) -> None:
    flat = {
        n: " ".join(_nfc(vs[0][1]).replace(NB, " ").replace(NNB, " ").split())
        for n, vs in doc_views.items()
    }
    musts = [
        (AGREEMENT, "This Agreement was signed at Port-Bastide on 15 March 2026"),
        (AGREEMENT, "This Agreement is retroactive to 1 January 2026"),
        (AGREEMENT, "including work done before the signature"),
        (AGREEMENT, '"FY2027" means the fiscal year from 1 April 2027 to 31 March 2028'),
        (AGREEMENT, "This clause expires on 30 June 2027 unless renewed"),
        (AGREEMENT, "is kept, as clause 9.6 of this Agreement"),
        (AGREEMENT, "is not carried over"),
        (AGREEMENT, "without paying the contracted performer the contracted fee in full"),
        (AGREEMENT, "is never sold or licensed to a third party"),
        (MEMO, "no increase in FY2027; the FY2026 rate continues"),
        (RENEWAL, "La clause 14 est prorogée jusqu'au 31 décembre 2027"),
        (NOTICE, "est retiré"),
        (NOTICE, "Le montant précédent est rétabli"),
        (RATES, "from 90 days after its signature"),
        (BULLETIN, "a été signée le 24 novembre 2026"),
        (BULLETIN, "par 612 voix contre 88"),
        (EMAIL, "was rejected by the members"),
    ]
    for name, phrase in musts:
        if phrase not in flat[name]:
            errors.append(f"{name}: lacks {phrase!r}")
    # the LOU's signature date only in the bulletin; the date it leads to nowhere
    for name, text in flat.items():
        if name != BULLETIN and re.search(r"24 (?:novembre|November) 2026|November 24", text):
            errors.append(f"{name}: gives the LOU's signature date (only the bulletin may)")
        if re.search(
            r"22 (?:février|February) 2027|February 22|2027-02-22|02/22/2027|22/0?2/2027", text
        ):
            errors.append(f"{name}: writes the date 90 days after the LOU's signature")
        if name != RENEWAL and re.search(r"31 (?:décembre|December) 2027|December 31, 2027", text):
            errors.append(f"{name}: gives the renewal date (only the rider may)")
    if "km/h" in flat[RENEWAL]:
        errors.append(f"{RENEWAL}: gives a wind figure (the multi-doc question needs another)")
    # the withdrawn figure: the notice and the e-mail's quote; the proposed one: the e-mail
    if _homes(doc_views, "1,480.00") != {NOTICE, EMAIL}:
        errors.append(f"the withdrawn 1,480.00 is in {sorted(_homes(doc_views, '1,480.00'))}")
    if _homes(doc_views, "1,600.00") != {EMAIL}:
        errors.append("the proposed 1,600.00 is outside the e-mail")
    # the frozen figure only in Table 3's FY2027 column
    if _homes(doc_views, "3,620.00") != {AGREEMENT}:
        errors.append("the frozen FY2027 figure 3,620.00 is outside the agreement")
    # the comment's figure only in comments.xml; the deleted figure only in w:delText
    comments = docx_part(os.path.join(DOCS, MEMO), "word/comments.xml")
    if "PHP 760.00" not in comments or _homes(doc_views, "760.00"):
        errors.append("the comment's 760.00 is not (only) in comments.xml")
    if not score.contains(score.normalise(extras[MEMO]), "690.00") or _in(
        doc_views, MEMO, "690.00"
    ):
        errors.append(f"{MEMO}: the old 690.00 is not (only) in w:delText")
    if not _in(doc_views, MEMO, "735.00"):
        errors.append(f"{MEMO}: the inserted 735.00 is not read")
    # the template's old rate and the JSON-LD's stale figure
    raw = _read(RATES)
    tmpl = re.findall(r"<template[^>]*>(.*?)</template>", raw, re.S)
    if len(tmpl) != 1 or "₱9,120.00" not in tmpl[0] or raw.count("9,120.00") != 1:
        errors.append(f"{RATES}: the old rate is not (only) in its <template>")
    if "9,120.00" in html_text(raw, browser=True):
        errors.append(f"{RATES}: a browser would show the template's rate")
    ld = re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, re.S)
    if len(ld) != 1 or json.loads(ld[0]).get("price") != "9500.00" or raw.count("9500") != 1:
        errors.append(f"{RATES}: the stale 9500.00 is not (only) in its JSON-LD block")
    if _homes(doc_views, "9,500.00") != {RATES} or "9500" in html_text(raw):
        errors.append("the stale 9500.00 is read outside the rates page's JSON-LD")
    # the old night premium: quoted in the bulletin's blockquote, and the typed agreement
    bul = _read(BULLETIN)
    quoted = [ln for ln in bul.split("\n") if ln.startswith(">")]
    if not any(f"15{NB}%" in ln for ln in quoted) or f"15{NB}%" in "\n".join(
        ln for ln in bul.split("\n") if not ln.startswith(">")
    ):
        errors.append(f"{BULLETIN}: the old 15 % is not (only) in the blockquote")
    if not _in(doc_views, OLD, "15%"):
        errors.append(f"{OLD}: lacks the old night premium 15%")
    # the typed agreement's figures are its own
    for fig in ("9,120.00", "3,850.00", "1,180.00", "110.00"):
        if OLD not in _homes(doc_views, fig):
            errors.append(f"{OLD}: lacks {fig}")


# ----------------------------------------------------------------------------------------
# Layouts
# ----------------------------------------------------------------------------------------


def check_agreement(errors: list[str], warnings: list[str]) -> None:
    name = AGREEMENT
    readers = dict(pdf_pages(name))
    if not readers:
        return
    head = " ".join(make_pdf.HEADER.split())
    for label, pages in readers.items():
        if len(pages) != 5:
            errors.append(f"{name}: {len(pages)} pages in {label} (want 5)")
        for i, page in enumerate(pages, 1):
            norm = " ".join(page.split())
            if head not in norm or "FY2027" not in norm:
                errors.append(f"{name}: page {i} lacks its running header in {label}")
            if f"page {i} of {len(pages)}" not in norm or "© 2026" not in norm:
                errors.append(f"{name}: page {i} lacks its footer in {label}")
        text = "\n".join(pages)
        if "12.3(b)" not in text:
            errors.append(f"{name}: {label} reads no clause reference like 12.3(b)")
        # Table 3: its header row on two pages, line 11 split with "(cont.)"
        heads = [i for i, p in enumerate(pages) if "FY2026 (from" in p and "Line" in p]
        if len(heads) != 2 or heads[1] != heads[0] + 1:
            errors.append(f"{name}: {label} does not read Table 3's header row on two pages")
        else:
            before, after = pages[heads[0]], pages[heads[1]]
            if make_pdf.CONT not in after or make_pdf.CONT in before:
                errors.append(f"{name}: {label} reads no '(cont.)' after the break")
            if "Full-burn supplement" not in before or "₱3,750.00" not in before:
                errors.append(f"{name}: {label}: line 11's figures are not before the break")
            if "₱3,750.00" in after:
                errors.append(f"{name}: {label}: line 11's figures after the break too")
    wp = make_pdf.WATERMARK_PAGE
    if "pypdf" in readers:
        pages = readers["pypdf"]
        for i, page in enumerate(pages, 1):
            starts = page.lstrip().startswith(make_pdf.WATERMARK)
            if starts != (i == wp):
                errors.append(f"{name}: pypdf page {i}: the watermark is read first: {starts}")
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(os.path.join(DOCS, name)) as pdf:
            for i, page in enumerate(pdf.pages, 1):
                big = [c for c in page.chars if c["size"] > 40]
                if i != wp:
                    if big:
                        errors.append(f"{name}: large text on page {i}")
                    continue
                if "".join(c["text"] for c in big) != make_pdf.WATERMARK:
                    errors.append(f"{name}: page {wp} has no SPECIMEN watermark")
                    continue
                if not all(abs(c["matrix"][1]) > 0.5 for c in big):
                    errors.append(f"{name}: the watermark is not drawn diagonally")
                if not all(
                    c["non_stroking_color"] and min(c["non_stroking_color"]) > 0.8 for c in big
                ):
                    errors.append(f"{name}: the watermark is not light grey")
                tops = [c["top"] for c in big]
                if max(tops) - min(tops) < 100:
                    errors.append(f"{name}: the watermark does not cross the body")
        # pdfplumber slips the watermark's letters into the body lines it crosses
        gen_words = set(re.findall(r"[^\W\d_]+", make_pdf.agreement_text()))
        page = readers.get("pdfplumber", [""] * wp)[wp - 1]
        glued = [
            w
            for w in re.findall(r"[^\W\d_]+", page)
            if w not in gen_words and w not in make_pdf.HEADER and w not in set(make_pdf.WATERMARK)
        ]
        if not glued:
            errors.append(f"{name}: pdfplumber slips no watermark letter into a body line")


def watermark_broken_words() -> set[str]:
    """The generator's words pdfplumber does not read anywhere in the agreement (the
    watermark's letters glued to them); each must be read by pypdf on the watermark page."""
    readers = dict(pdf_pages(AGREEMENT))
    if "pdfplumber" not in readers:
        return set()
    read = set(re.findall(r"\w+", score.normalise("\n".join(readers["pdfplumber"]))))
    gen = set(re.findall(r"\w+", score.normalise(make_pdf.agreement_text())))
    broken = gen - read
    if "pypdf" in readers:
        page = set(
            re.findall(r"\w+", score.normalise(readers["pypdf"][make_pdf.WATERMARK_PAGE - 1]))
        )
        broken |= {f"(not on the watermark page) {w}" for w in broken - page}
    return broken


def check_old(errors: list[str]) -> None:
    name = OLD
    readers = dict(pdf_pages(name))
    for label, pages in readers.items():
        first = pages[0].lstrip().split("\n")[0]
        if "REPLACED BY THE 2026 AGREEMENT" not in first:
            errors.append(f"{name}: {label}'s first line is not the stamp: {first[:50]!r}")
        if "₱" in "\n".join(pages):
            errors.append(f"{name}: {label} reads a ₱ sign (the typewriter has none)")
    if make_pdf.OLD_LINES[0] != make_pdf.OLD_STAMP:
        errors.append(f"{name}: the stamp is not the first typed line")
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(os.path.join(DOCS, name)) as pdf:
            rights = []
            for page in pdf.pages:
                if page.lines or page.rects or page.curves:
                    errors.append(f"{name}: a page has ruling lines or boxes")
                fonts = {c["fontname"] for c in page.chars}
                if not fonts or not all("Mono" in f for f in fonts):
                    errors.append(f"{name}: not typed in a monospace font only: {sorted(fonts)}")
                rights += [
                    w["x1"]
                    for w in page.extract_words()
                    if re.fullmatch(r"P\d{1,3}(?:,\d{3})*\.\d\d", w["text"])
                ]
            if len(rights) < 15 or max(rights) - min(rights) > 0.3:
                errors.append(f"{name}: the P-amounts are not aligned on one right edge")


def check_notice(errors: list[str]) -> None:
    for label, pages in pdf_pages(NOTICE):
        if len(pages) != 1:
            errors.append(f"{NOTICE}: {len(pages)} pages in {label} (want one)")


def check_memo(errors: list[str]) -> None:
    path = os.path.join(DOCS, MEMO)
    parts = docx_parts(path)
    doc = docx_part(path, "word/document.xml")
    if "word/header1.xml" not in parts:
        errors.append(f"{MEMO}: no word/header1.xml")
    else:
        header = docx_part(path, "word/header1.xml")
        if "Effective date: 1 November 2026" not in header:
            errors.append(f"{MEMO}: the effective date is not in the page header")
    if "1 November 2026" in doc:
        errors.append(f"{MEMO}: the effective date is also in the body")
    root = ElementTree.fromstring(doc)
    spans = [
        tc
        for tc in root.iter(f"{W_NS}tc")
        if tc.find(f"{W_NS}tcPr/{W_NS}gridSpan") is not None
        and tc.find(f"{W_NS}tcPr/{W_NS}gridSpan").get(f"{W_NS}val") == "2"
    ]
    if len(spans) != 1 or "PHP 3,460.00" not in "".join(
        t.text or "" for t in spans[0].iter(f"{W_NS}t")
    ):
        errors.append(f"{MEMO}: the frozen fee is not in one cell spanning two columns")
    vm = [e.get(f"{W_NS}val") for e in root.iter(f"{W_NS}vMerge")]
    if vm != ["restart", None]:
        errors.append(f"{MEMO}: no role label merged down two rows (vMerge {vm})")
    nested = [tc for tc in root.iter(f"{W_NS}tc") if tc.find(f"{W_NS}tbl") is not None]
    if len(nested) != 2:
        errors.append(f"{MEMO}: {len(nested)} cells hold a nested table (want 2)")
    dels = re.findall(r"<w:del [^>]*>.*?</w:del>", doc)
    inss = re.findall(r"<w:ins [^>]*>.*?</w:ins>", doc)
    if len(dels) != 1 or "<w:delText" not in dels[0] or make_docx.MEMO_DELETED not in dels[0]:
        errors.append(f"{MEMO}: not one tracked deletion of {make_docx.MEMO_DELETED!r}")
    if len(inss) != 1 or make_docx.MEMO_INSERTED not in inss[0]:
        errors.append(f"{MEMO}: not one tracked insertion of {make_docx.MEMO_INSERTED!r}")
    if "word/comments.xml" not in parts or '<w:commentReference w:id="0"/>' not in doc:
        errors.append(f"{MEMO}: no comment referenced from the text")
    if "twenty per cent" not in doc:
        errors.append(f"{MEMO}: lacks 'twenty per cent'")
    if DOCX is not None:
        d = DOCX.Document(path)
        plain = "\n".join(
            c.text for t in d.tables for row in t.rows for c in row.cells
        ) + "\n".join(p.text for p in d.paragraphs)
        if "735.00" in plain or "4,200.00" in plain:
            errors.append(
                f"{MEMO}: python-docx's plain text reads the insertion or the nested tables "
                "(the trap is gone)"
            )


def check_renewal(errors: list[str]) -> None:
    text = make_docx.renewal_text()
    for phrase in ("la clause 14 est prorogée jusqu'au 31 décembre 2027", "30 juin 2027"):
        if phrase.lower() not in text.lower():
            errors.append(f"{RENEWAL}: lacks {phrase!r}")


def check_rates_page(errors: list[str]) -> None:
    raw = _read(RATES)
    if "<table" in raw:
        errors.append(f"{RATES}: uses a <table> (it must not)")
    for role, n in (("table", 3), ("row", 20), ("cell", 60)):
        if raw.count(f'role="{role}"') < n:
            errors.append(f"{RATES}: fewer than {n} div role={role!r}")
    if not re.search(r"display:\s*grid", raw):
        errors.append(f"{RATES}: no CSS grid")
    details = re.findall(r"<details>\s*<summary>([^<]+)</summary>(.*?)</details>", raw, re.S)
    if not any("medical check" in body and "48 hours" in body for _, body in details):
        errors.append(f"{RATES}: the full-burn conditions are not in a <details> block")
    if len(re.findall(r'<abbr title="[^"]+">', raw)) < 5:
        errors.append(f"{RATES}: fewer than five <abbr title>")
    if raw.count("<noscript>") != 1:
        errors.append(f"{RATES}: no <noscript> line")


def check_text_docs(errors: list[str]) -> None:
    # the bulletin: YAML front matter, setext headings, an aligned table with <br>, a quote
    bul = _read(BULLETIN)
    fm = re.match(r"---\n(.*?)\n---\n", bul, re.S)
    if not fm or not all(
        re.search(rf"^{k}: ", fm.group(1), re.M) for k in ("titre", "date_effet", "statut")
    ):
        errors.append(f"{BULLETIN}: no YAML front matter with titre, date_effet, statut")
    lines = bul[fm.end() :].split("\n") if fm else bul.split("\n")
    setext1 = [i for i, ln in enumerate(lines) if re.fullmatch(r"=+", ln) and i and lines[i - 1]]
    setext2 = [i for i, ln in enumerate(lines) if re.fullmatch(r"-{3,}", ln) and i and lines[i - 1]]
    if len(setext1) != 1 or len(setext2) < 4:
        errors.append(f"{BULLETIN}: no setext headings (=== and ---)")
    for i in setext1 + setext2:
        if len(lines[i]) != len(lines[i - 1]):
            errors.append(f"{BULLETIN}: the underline of {lines[i - 1]!r} is not its length")
    if "|:-----|:--------|-------:|-------:|" not in bul:
        errors.append(f"{BULLETIN}: no table with alignment colons")
    if sum("<br>" in ln for ln in lines if ln.startswith("| ")) < 3:
        errors.append(f"{BULLETIN}: no <br> inside table cells")
    if not any(ln.startswith("> ") for ln in lines):
        errors.append(f"{BULLETIN}: no blockquote")
    # the e-mail: headers, the reply on top, two levels of quotes
    mail = _read(EMAIL)
    head = mail.split("\n\n")[0]
    for h in ("From", "To", "Date", "Subject"):
        if not re.search(rf"^{h}: ", head, re.M):
            errors.append(f"{EMAIL}: no {h}: header")
    top = mail.split("wrote:")[0]
    if "Php1,350.00" not in top or "Rates officer" not in top:
        errors.append(f"{EMAIL}: the officer's confirmation is not on top")
    q1 = "\n".join(
        ln for ln in mail.split("\n") if ln.startswith("> ") and not ln.startswith("> > ")
    )
    q2 = "\n".join(ln for ln in mail.split("\n") if ln.startswith("> > "))
    if "₱1,480.00" not in q1 or "₱1,600.00" not in q1:
        errors.append(f"{EMAIL}: the withdrawn and proposed figures are not quoted '> '")
    if "P1,180.00" not in q2:
        errors.append(f"{EMAIL}: the old figure is not quoted '> > '")
    if "1,600.00" in top or "P1,180.00" in top:
        errors.append(f"{EMAIL}: the proposed or old figure is in the reply on top")
    # the settlement: cp1252, CRLF, aligned columns, a negative, a total that adds up
    with open(os.path.join(DOCS, SETTLEMENT), "rb") as f:
        raw = f.read()
    try:
        raw.decode("utf-8")
        errors.append(f"{SETTLEMENT}: reads as UTF-8")
    except UnicodeDecodeError:
        pass
    text = raw.decode("cp1252")
    if "é" not in text or "€" in text or "₱" in text or NNB in text:
        errors.append(f"{SETTLEMENT}: not cp1252-only French text without € and ₱")
    if text.count("\r\n") != text.count("\n"):
        errors.append(f"{SETTLEMENT}: not CRLF")
    if "\t" in text:
        errors.append(f"{SETTLEMENT}: tabs (columns must be aligned by spaces)")
    rows = [ln for ln in text.split("\r\n") if re.match(r"C-\d\d  ", ln) or "TOTAL" in ln]
    ends = {len(ln) for ln in rows}
    if len(rows) != 5 or len(ends) != 1 or not all(ln.endswith(" pesos") for ln in rows):
        errors.append(f"{SETTLEMENT}: the amount column is not right-aligned")

    def centavos(a: str) -> int:
        v = int(re.sub(r"[^\d]", "", a))
        return -v if a.lstrip().startswith("-") else v

    amounts = [re.search(r"(-?[\d\u00a0]+,\d\d) pesos$", ln).group(1) for ln in rows]
    if sum(1 for a in amounts if a.startswith("-")) != 1:
        errors.append(f"{SETTLEMENT}: want exactly one negative amount")
    if sum(centavos(a) for a in amounts[:-1]) != centavos(amounts[-1]):
        errors.append(f"{SETTLEMENT}: the total does not add up")
    # the FAQ's questions in <details><summary>
    faq = _read(FAQ)
    if len(re.findall(r"<details>\s*<summary>", faq)) < 8:
        errors.append(f"{FAQ}: fewer than 8 <details><summary> questions")
    # the climbing hall's list: a BOM and CRLF
    with open(os.path.join(DOCS, GYM), "rb") as f:
        gym = f.read()
    if not gym.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{GYM}: no UTF-8 BOM")
    if gym.count(b"\n") != gym.count(b"\r\n"):
        errors.append(f"{GYM}: not CRLF")


def check_builds(errors: list[str], warnings: list[str]) -> None:
    for out, data in (
        (make_notice.SETTLEMENT_OUT, make_notice.settlement_bytes()),
        (make_notice.GYM_OUT, make_notice.gym_bytes()),
    ):
        with open(out, "rb") as f:
            if f.read() != data:
                errors.append(f"{os.path.basename(out)}: not what make_notice.py writes; run it")
    builds = []
    if FPDF is not None:
        builds += [
            (make_pdf.AGREEMENT_OUT, make_pdf.build_agreement),
            (make_pdf.OLD_OUT, make_pdf.build_old),
            (make_pdf.NOTICE_OUT, make_pdf.build_notice),
        ]
    else:
        warnings.append("fpdf2 not importable: the PDFs' bytes not compared with make_pdf.py")
    if DOCX is not None:
        builds += [
            (make_docx.MEMO_OUT, make_docx.build_memo),
            (make_docx.RENEWAL_OUT, make_docx.build_renewal),
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
            if '"eval/union-aj/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-aj/score.py not in ruff's extend-exclude")


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
    extras = {n: docx_raw_extras(os.path.join(DOCS, n)) for n in DOCX_TEXT if n in doc_views}
    # what a trap may be found in: every view, and the memorandum's comment and deletion
    trap_norms = [norm for vs in doc_views.values() for _, _, norm in vs]
    trap_norms += [score.normalise(t) for t in extras.values()]

    for name in PDF_TEXT.keys() | DOCX_TEXT.keys():
        if name not in doc_views:
            errors.append(f"{name} missing; run its generator")
            continue
        vs = {label: norm for label, _, norm in doc_views[name]}
        gen_words = Counter(re.findall(r"\w+", vs["generator"]))
        broken = watermark_broken_words() if name == AGREEMENT else set()
        for label, norm in vs.items():
            if label == "generator":
                continue
            words = Counter(re.findall(r"\w+", norm))
            allowed_missing = broken if label == "pdfplumber" else set()
            missing = [
                w for w in gen_words if w.isalpha() and w not in words and w not in allowed_missing
            ]
            if missing:
                errors.append(f"{name}: {label} text lacks generator words {missing[:5]}; rebuild")
        if name == AGREEMENT and (len(broken) > 12 or any(not w.isalpha() for w in broken)):
            errors.append(f"{name}: the watermark breaks these words: {sorted(broken)}")
    for name in (RATES, EMAIL, GYM, BULLETIN, SETTLEMENT, FAQ, FIREWORKS):
        if name not in doc_views:
            errors.append(f"{name} missing")
    n_amounts = 0
    if not errors:
        check_agreement(errors, warnings)
        check_old(errors)
        check_notice(errors)
        check_memo(errors)
        check_renewal(errors)
        check_rates_page(errors)
        check_text_docs(errors)
        check_time_rules(doc_views, extras, errors)
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
        for pattern in OOS_ABSENT.get(q.get("id"), []):
            for name in extras:
                if re.search(pattern, _nfc(extras[name]), re.I):
                    errors.append(f"{q['id']}: {pattern!r} occurs in {name} (comments/deletions)")
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
        if name in DISTRACTORS and any(name in q["expected_sources"] for q in questions):
            errors.append(f"{name}: a distractor is an expected source")

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
        f"{sum(len(q['must_include']) for q in questions)} must_include elements, {n_alts} alternatives checked"
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
