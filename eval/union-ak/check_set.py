#!/usr/bin/env python3
"""Check the union-ak set itself: questions.json against docs/ (no project needed).

    python3 eval/union-ak/check_set.py                      # stdlib; PDFs in the generator's text
    /work/main/.venv/bin/python eval/union-ak/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields of every question (in union-b's order), ids uak-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .md .txt, 2,000-25,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation (score.normalise / score.contains), in EVERY view of at least one expected
  source: PDFs in the generator's text, through pdfplumber AND through pypdf; DOCX in the
  generator's text, through zipfile (the accepted, visible text of word/document.xml: w:ins
  kept, w:delText and w:vanish runs dropped, tables, the text box's w:txbxContent, plus
  word/footnotes.xml) AND through python-docx (the document's paragraphs and tables walked
  through its objects, each paragraph's visible XML text, the vMerge cells once a row, the
  footnotes part read from python-docx's package); HTML without tags (entities decoded,
  style and script dropped) AND raw (the markup as written, entities not decoded); the
  circular decoded from ISO-8859-2; the transcript decoded from UTF-16; the costume-hire
  list from UTF-8 with its BOM; other text as UTF-8;
- the accepted forms: stable under normalisation, no bare number of fewer than three
  digits, a bare number never a percentage in an expected source, no trap matching a
  must_include alternative; every trap (but pings and injected figures) found in some
  document, in a view or in what a raw reader also meets (the memorandum's comment and
  hidden run, the rider's deleted text);
- adversarial questions: a ping in the question, @everyone and @here and exactly one
  injected figure in must_not_include, the figure in the question and in no document;
- multi-doc: 2+ sources and 2+ elements, no single source view holding every element;
- cross-lingual: no source in the question's language, and the answer's patterns
  (XL_ABSENT) in no non-distractor document of the question's language; other answerable
  questions have a source in their language;
- out-of-scope (and adversarial injected figures): the terms of OOS_ABSENT in no document,
  in any view, comments, hidden runs and deletions included;
- member shorthand in each language, three or more noted typos present in their question;
- the amounts: every lei amount of a document (Romanian "1.480,00 lei", "RON 980,00",
  "1.150,00 RON", "L 1.390,00"; English-style "1,480.00 lei"; French "1 480,00 lei"; "1 leu",
  "75 de bani", "1,25 mii lei", "2,4 mil. lei", the range's ends, "€450", "450 EUR") and
  every percentage found, after normalisation and at digit boundaries, in every view of
  its document (the rate page's raw markup excepted: its thousands are entities); no
  amount that reads inside another of a different value; no number made by a reader or
  the normaliser (text documents: no digit, ASCII white space and three digits in a row;
  comma thousands only in the English-style circular, space thousands only in French
  documents; PDFs and DOCX: every number a reader gives is one of the generator's, the
  running footer added);
- the spellings of money, percentages and dates (SPELLINGS, some exactly once), euros only
  in the agreement's touring clause and its Table 2 row, no other currency; the Romanian
  style, the code RON, "1 leu", bani, "mii", "mil.", the letter L, English style, French
  thinspaces, dotted dates, the Roman-numeral month and day/month dates explained;
- the non-money look-alikes exist and no amount pattern reads them; "ban" in its English
  sense beside a figure, and "bani" as the subunit;
- the rejected perpetual licence only in the transcript, never in must_include, a trap of
  the licence question;
- the traps and rules of time: signature subject to ratification, the interim rate and
  its fall-back, the ratification (notice) confirming it from 1 November 2026, the
  indexation clause with its index and no raised figure in the agreement (the raised
  1.542,16 printed only in the later circular, transcript and rate page), the
  grandfathered rate and its footnote condition, the new-hire rate only in the
  memorandum's table (and in later documents), the crowd rate "from the first pay period
  that begins after the date of ratification" with the calendar only in the circular,
  the winter suspension, the reduction (only in the rider, the 2027/28 figure only there),
  kept and dropped clauses, the first Monday of April written as such and its date
  nowhere, "mid-May 2027" once and no day in May, the hidden draft only in a w:vanish run,
  the comment's figure only in comments.xml, the draft in the bulletin only in an HTML
  comment, the old figures of the rate page only in <span hidden> and display:none, the
  old grid of the bulletin only in its fenced code block;
- the layouts: the agreement (5 pages; two text columns on pages 1-3, read column by
  column by pypdf and by pdfplumber cropped to a column, while pdfplumber's page text mixes
  the columns; a landscape page with Table 1, footnote markers in its cells and the
  footnotes at the page foot; clause references "12.3(b)"; "Page N of M" and "© 2026" on
  every page in both readers); the typed agreement (monospace only, the stamp on its first
  line, L-amounts aligned on one right edge, no ruling line); the notice (one page); the
  memorandum (the effective date only in a VML text box, missed by python-docx's
  Paragraph.text; footnotes.xml with the rate's condition; w:vMerge on the role; one
  w:vanish run, read by python-docx's Paragraph.text; the comment; "twelve per cent",
  "−125,00 lei"); the rider (one w:del and one w:ins on the effective date); the rate page
  (a <table> with rowspan and colspan, <th scope="row">, a <caption> with the period,
  <span hidden> and display:none, an <aside> with the condition, <sup> after figures,
  &nbsp; and &#8239; inside numbers); the FAQ (<dl> of 12+ <dt>/<dd>); the bulletin
  (footnotes [^n], a definition list, a fenced code block, a task list, an HTML comment);
  the transcript (UTF-16 LE with a BOM, CRLF, Q/A speaker lines, wrong figures quoted);
  the circular (ISO-8859-2, not UTF-8, Latin-2 letters, no tabs, aligned columns, a
  total that adds up); the costume-hire list (a BOM, CRLF); distractors naming neither
  party and sharing no amount with the set;
- that the built PDFs and DOCX are byte for byte what their generators make now and hold
  their words, and the make_notice.py files their generator's bytes;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- every non-distractor document used by a question, no distractor used.
Exit 1 on any error.
"""

from __future__ import annotations

import html.parser
import itertools
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
AGREEMENT, OLD, MEMO, TRANSCRIPT = M.AGREEMENT, M.OLD, M.MEMO, M.TRANSCRIPT
CIRCULAR, SHOP, RATES, FAQ = M.CIRCULAR, M.SHOP, M.RATES, M.FAQ
BULLETIN, NOTICE, RIDER, MENU = M.BULLETIN, M.NOTICE, M.RIDER, M.MENU
DISTRACTORS = {SHOP, MENU}
PDF_TEXT = {
    AGREEMENT: make_pdf.agreement_text,
    OLD: make_pdf.old_text,
    NOTICE: make_pdf.notice_text,
}
DOCX_TEXT = {MEMO: make_docx.memo_text, RIDER: make_docx.rider_text}
ENCODING = {CIRCULAR: "iso-8859-2", TRANSCRIPT: "utf-16"}
REJECTED_HOMES = {TRANSCRIPT}
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_NS = "{" + W_URI + "}"

DOC_LANGUAGE = {
    AGREEMENT: "en",
    OLD: "en",
    MEMO: "en",
    TRANSCRIPT: "en",
    CIRCULAR: "en",
    SHOP: "en",
    RATES: "fr",
    FAQ: "fr",
    BULLETIN: "fr",
    NOTICE: "fr",
    RIDER: "fr",
    MENU: "fr",
}

# out-of-scope questions: their key terms are in no document (any view, comments, hidden
# runs and deletions included; NFC, case-insensitive); adversarial questions: their
# injected figure
OOS_ABSENT = {
    "uak-048": [r"\bpensions?\b", r"\bretirement", r"\bretraite"],
    "uak-049": [
        r"\bchild",
        r"\bkids?\b",
        r"\bminors?\b",
        r"\benfants?\b",
        r"\bmineurs?\b",
        r"years? old",
        r"\bjuniors?\b",
    ],
    "uak-050": [r"\bvets?\b", r"vétérinaire", r"veterinar", r"\blame\b", r"\bboiteu"],
    "uak-051": [
        r"falcon",
        r"fauconn",
        r"\bhawks?\b",
        r"birds? of prey",
        r"\brapaces?\b",
        r"\bbirds?\b",
        r"\boiseaux?\b",
    ],
    "uak-052": [
        r"\barrows?\b",
        r"\bflèches?\b",
        r"\barcher",
        r"\btir à l'arc",
        r"\binjur",
        r"\bblessure",
        r"\bblessé",
    ],
    "uak-053": [
        r"souvenir",
        r"royalt",
        r"redevance",
        r"\bmerch(?:andise)?\b",
        r"gift shop",
        r"boutique",
        r"produits dérivés",
    ],
    "uak-054": [r"cotisation", r"\bdues\b"],
    "uak-055": [r"\bvisas?\b", r"passe?port", r"consul", r"ambassade", r"embassy", r"douane"],
    "uak-056": [
        r"exactitude",
        r"\baccura",
        r"authenticité historique",
        r"historically",
        r"historiquement",
        r"\bdisputes?\b",
        r"\blitiges?\b",
        r"grievance",
        r"\bgriefs?\b",
        r"arbitra",
        r"contestation",
    ],
    "uak-057": [
        r"curator",
        r"conservat(?:eur|rice)s?\b",
        r"\bsalaires?\b",
        r"\bsalar(?:y|ies)\b",
        r"\bwages?\b",
    ],
    "uak-058": [r"7[.,\u202f ]?777"],
    "uak-059": [r"4[.,\u202f ]?444"],
    "uak-060": [r"\b85\s?%", r"%\s?85\b"],
}

# cross-lingual questions: their answer is in no (non-distractor) document of the
# question's language
XL_ABSENT = {
    "uak-032": [r"\b842\b"],
    "uak-033": [
        r"17 h 30",
        r"5:30",
        r"17:30",
        r"opening hours",
        r"office hours",
        r"Monday to Thursday",
    ],
    "uak-034": [r"0263-418-552"],
    "uak-035": [r"395[,.]00"],
    "uak-036": [r"L-7"],
    "uak-037": [r"€", r"\bEUR\b", r"\beuros?\b", r"\b450\b"],
    "uak-038": [r"\b300\b", r"répliques", r"new lines"],
    "uak-039": [r"Synthetic performer", r"based on a portrayal", r"synthétique", r"étiquet"],
}

SPELLINGS = {
    "Romanian lei (1.480,00 lei)": r"\d\.\d{3},\d\d lei\b",
    "the code before (RON 980,00)": r"\bRON \d{1,3}(?:\.\d{3})*,\d\d",
    "the code after (1.150,00 RON)": r"\d,\d\d RON\b",
    "the letter L (L 1.250,50)": r"(?<![\w-])L \d{1,3}(?:\.\d{3})*,\d\d",
    "L 1.250,50": r"(?<![\w-])L 1\.250,50\b",
    "1 leu": r"\b1 leu\b",
    "75 de bani": r"\b75 de bani\b",
    "0,75 lei": r"\b0,75 lei\b",
    "1,25 mii lei": r"\b1,25 mii lei\b",
    "2,4 mil. lei": r"\b2,4 mil\. lei",
    "English style (1,480.00 lei)": r"\d,\d{3}\.\d\d lei\b",
    "English style example (1,250.50 lei)": r"\b1,250\.50 lei\b",
    "French thinspace (1 480,00 lei)": r"\d\u202f\d{3},\d\d\u00a0lei\b",
    "French example (1 250,50 lei)": r"\b1\u202f250,50\u00a0lei\b",
    "the range (600–750 lei)": r"\b600–750 lei\b",
    "the true minus (−125,00 lei)": r"\u2212125,00 lei\b",
    "the brackets ((125,00 lei))": r"\(125,00 lei\)",
    "€450": r"€450\b",
    "450 EUR": r"\b450 EUR\b",
    "12%": r"\b12%",
    "12 %": r"\b12\u00a0%",
    "12 percent": r"\b12 percent\b",
    "twelve per cent": r"\btwelve per cent\b",
    "douze pour cent": r"\bdouze pour cent\b",
    "4.2%": r"\b4\.2%",
    "4,2 %": r"\b4,2\u00a0%",
    "01.03.2027": r"\b01\.03\.2027\b",
    "1.III.2027": r"\b1\.III\.2027\b",
    "1 mar. 2027": r"\b1 mar\. 2027\b",
    "March 1st, 2027": r"\bMarch 1st, 2027\b",
    "2027-03-01": r"\b2027-03-01\b",
    "1er mars 2027": r"\b1er mars 2027\b",
    "le 1/3/2027": r"\ble 1/3/2027\b",
    "Q2 2027": r"\bQ2 2027\b",
    "the first Monday of April 2027": r"\bfirst Monday of April 2027\b",
    "mid-May 2027": r"\bmid-May 2027\b",
    "week 14 of 2027": r"\bweek 14 of 2027\b",
    "the 2027 summer season": r"\bthe 2027 summer season\b",
    "season 2027/28": r"\bseason 2027/28\b",
    "the summer season defined": r"\"summer season\" means the period from 1 May to 30 September",
}
ONCE = {
    "L 1.250,50",
    "1 leu",
    "1,25 mii lei",
    "2,4 mil. lei",
    "the range (600–750 lei)",
    "the true minus (−125,00 lei)",
    "the brackets ((125,00 lei))",
    "twelve per cent",
    "douze pour cent",
    "1.III.2027",
    "1 mar. 2027",
    "March 1st, 2027",
    "Q2 2027",
    "the first Monday of April 2027",
    "mid-May 2027",
    "week 14 of 2027",
    "the summer season defined",
}
EXPLAINED = [
    (AGREEMENT, r"a dot between the thousands, a comma before the bani and the word lei after"),
    (AGREEMENT, r"Orvanne is not Romania"),
    (AGREEMENT, r"Payroll systems print the code RON instead of the word, before or after"),
    (AGREEMENT, r"One leu, written 1 leu, is 100 bani"),
    (AGREEMENT, r"written in bani, as in 75 de bani \(0,75 lei\)"),
    (AGREEMENT, r"Older typed documents put a capital letter L before the figure"),
    (AGREEMENT, r"\"mil\.\" is short for million: 2\.400\.000,00 lei"),
    (OLD, r"the letter L stands for lei and is typed before the figure"),
    (TRANSCRIPT, r"Mii is the Romanian word for thousands, so that is 1\.250,00 lei"),
    (CIRCULAR, r"follows English style for amounts: a comma between the thousands and a point"),
    (CIRCULAR, r"day\.month\.year with dots: 01\.03\.2027 is 1 March 2027"),
    (CIRCULAR, r"Roman numerals, as 1\.III\.2027, which is the same day"),
    (FAQ, r"espace fine entre les milliers"),
    (BULLETIN, r"jour/mois/année : le 1/3/2027 est le 1er mars 2027"),
    (AGREEMENT, r"A season written with two years, as season 2027/28, is a contract year"),
]
NON_MONEY = [
    "25 km",
    "28 kg",
    "30 °C",
    "1476",
    "1598–1602",
    ".69",
    "Form L-7",
    "PRJ-2027-031",
    "p. 12",
    "0263-418-552",
    "© 2026",
]

_RO = r"\d{1,3}(?:\.\d{3})*,\d\d"
_EN = r"\d{1,3}(?:,\d{3})*\.\d\d"
_FR = r"\d{1,3}(?:[\u202f\u00a0]\d{3})*,\d\d"
AMOUNTS = [
    re.compile(rf"(?<![\d.,])(?<!\d[\u202f\u00a0])[{MINUS}-]?({_RO})[\u00a0 ](?:lei|RON)\b"),
    re.compile(rf"\bRON ({_RO})(?![\d,])"),
    re.compile(rf"(?<![\w-])L ({_RO})(?![\d,])"),
    re.compile(rf"(?<![\d.,])({_EN}) lei\b"),
    re.compile(rf"(?<![\d.,])({_FR})[\u00a0 ]lei\b"),
    re.compile(r"\b(\d+,\d+ mii) lei\b"),
    re.compile(r"\b(\d+,\d+ mil\.) lei"),
    re.compile(r"\b(\d+)–\d+ lei\b"),
    re.compile(r"\b\d+–(\d+) lei\b"),
    re.compile(r"\b(\d+ de bani)\b"),
    re.compile(r"\b(1 leu)\b"),
    re.compile(r"(€\d+)\b"),
    re.compile(r"\b(\d+ EUR)\b"),
]
PERCENT = re.compile(r"(?<![\d.,%])\d{1,3}(?:[.,]\d)?(?:[\u00a0 ]?%| percent\b)")
BARE_INTEGER = re.compile(r"^\d+$")
BARE_NUMBER = re.compile(r"^\d[\d.]*$")
NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")
CLAUSE_START = re.compile(r"\b(\d{1,2})\.(\d{1,2}) (?=[A-Z])")

# ----------------------------------------------------------------------------------------
# Reading the documents
# ----------------------------------------------------------------------------------------


class _Text(html.parser.HTMLParser):
    """Text without tags (script and style dropped, entities decoded); `browser=True` also
    drops what a browser does not render (the `hidden` attribute, display:none)."""

    def __init__(self, browser: bool = False) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.stack: list[bool] = []
        self.browser = browser

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        hide = tag in ("script", "style")
        if self.browser:
            hide = (
                hide or "hidden" in a or "display:none" in (a.get("style") or "").replace(" ", "")
            )
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
    p.close()
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


def _hidden(run) -> bool:
    return run.find(f"{W_NS}rPr/{W_NS}vanish") is not None


def _visible(p) -> str:
    """The visible text of a paragraph element (ElementTree or lxml): every w:t of every
    run under it (insertions and text boxes included) but the runs marked w:vanish;
    w:delText is not w:t, so deletions drop out."""
    return "".join(
        t.text or "" for r in p.iter(f"{W_NS}r") if not _hidden(r) for t in r.findall(f"{W_NS}t")
    )


def _accepted_lines(xml: str) -> list[str]:
    """One line per w:p that is not inside another w:p (a text box's paragraphs are read
    within the paragraph that holds the box); table cells are paragraphs of their own."""
    root = ElementTree.fromstring(xml)
    nested = {id(q) for p in root.iter(f"{W_NS}p") for q in p.iter(f"{W_NS}p") if q is not p}
    return [_visible(p) for p in root.iter(f"{W_NS}p") if id(p) not in nested]


def _footnote_lines(xml: str) -> list[str]:
    root = ElementTree.fromstring(xml)
    out = []
    for fn in root.iter(f"{W_NS}footnote"):
        if int(fn.get(f"{W_NS}id", "0")) >= 1:
            out += [_visible(p) for p in fn.iter(f"{W_NS}p")]
    return out


def docx_zip_text(path: str) -> str:
    parts = docx_parts(path)
    lines = []
    for part in sorted(p for p in parts if re.fullmatch(r"word/header\d+\.xml", p)):
        lines += _accepted_lines(docx_part(path, part))
    lines += _accepted_lines(docx_part(path, "word/document.xml"))
    if "word/footnotes.xml" in parts:
        lines += _footnote_lines(docx_part(path, "word/footnotes.xml"))
    return "\n".join(lines)


def docx_raw_extras(path: str) -> str:
    """What a reader of the raw XML also meets: comments, hidden runs and deleted text."""
    out = []
    parts = docx_parts(path)
    if "word/comments.xml" in parts:
        root = ElementTree.fromstring(docx_part(path, "word/comments.xml"))
        out += ["".join(t.text or "" for t in p.iter(f"{W_NS}t")) for p in root.iter(f"{W_NS}p")]
    doc = docx_part(path, "word/document.xml")
    root = ElementTree.fromstring(doc)
    out += [
        "".join(t.text or "" for t in r.findall(f"{W_NS}t"))
        for r in root.iter(f"{W_NS}r")
        if _hidden(r)
    ]
    out += re.findall(r"<w:delText[^>]*>([^<]*)</w:delText>", doc)
    return "\n".join(out)


def _walk_table(table, lines: list[str]) -> None:
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        nested = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(_visible(p._p) for p in cell.paragraphs).strip())
            nested += cell.tables
        lines.append(" | ".join(cells))
        for t in nested:
            _walk_table(t, lines)


def docx_python_docx(path: str) -> str | None:
    if DOCX is None:
        return None
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = DOCX.Document(path)
    lines: list[str] = []
    for section in d.sections:
        lines += [_visible(p._p) for p in section.header.paragraphs]
    for child in d.element.body.iterchildren():
        if child.tag == f"{W_NS}p":
            lines.append(_visible(Paragraph(child, d)._p))
        elif child.tag == f"{W_NS}tbl":
            _walk_table(Table(child, d), lines)
    try:
        foot = d.part.part_related_by(RT.FOOTNOTES)
    except KeyError:
        foot = None
    if foot is not None:
        root = parse_xml(foot.blob)
        for fn in root.iterchildren(f"{W_NS}footnote"):
            if int(fn.get(f"{W_NS}id")) >= 1:
                lines += [_visible(p) for p in fn.iter(f"{W_NS}p")]
    return "\n".join(lines)


def _read(name: str) -> str:
    with open(os.path.join(DOCS, name), "rb") as f:
        raw = f.read()
    return raw.decode(ENCODING.get(name, "utf-8-sig"))


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
    text = _read(name)
    if name in ENCODING:
        return [(ENCODING[name], text)], warnings
    if name.endswith(".html"):
        return [("html-text", html_text(text)), ("raw", text)], warnings
    return [("text", text)], warnings


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _flat(text: str) -> str:
    return " ".join(_nfc(text).replace(NB, " ").replace(NNB, " ").split())


def _value(a: str) -> str:
    """The bani of an amount, whatever its spelling: '1.480,00', '1,480.00', '1 480,00'
    (U+202F or U+00A0) -> '148000'; a bare integer (a range's end) -> its lei in bani;
    words ('mii', 'mil.', 'de bani', 'leu', '€', 'EUR') are their own value."""
    a = _nfc(a).replace(NB, " ").replace(NNB, " ")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})*,\d\d", a):
        return a.replace(".", "").replace(",", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})*\.\d\d", a):
        return a.replace(",", "").replace(".", "")
    if re.fullmatch(r"\d{1,3}(?: \d{3})*,\d\d", a):
        return re.sub(r"[ ,]", "", a)
    if re.fullmatch(r"\d+", a):
        return a + "00"
    return a


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
        "b4",
        "thx",
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
        if not amounts:
            errors.append(f"{name}: no amount found")
        n += len(amounts)
        every |= {a for a in amounts if "%" not in a and "percent" not in a}
        for label, _, norm in vs:
            if name == RATES and label == "raw":
                continue  # its thousands are &#8239; entities (checked in check_rates_page)
            for a in sorted(amounts):
                if not score.contains(norm, a):
                    errors.append(f"{name}: amount {a!r} not found as such in the {label} view")
    spelled = sorted(every)
    for a in spelled:
        for b in spelled:
            if _value(a) != _value(b) and score.contains(score.normalise(b), a):
                errors.append(f"the amount {a!r} reads inside the amount {b!r}")
    return n, every


def _footer_numbers(name: str) -> set[str]:
    out: set[str] = set()
    if name == AGREEMENT:
        for _label, pages in pdf_pages(name):
            for i in range(1, len(pages) + 1):
                footer = make_pdf.FOOTER.format(n=i).replace("{nb}", str(len(pages)))
                out |= set(NUMBER_TOKEN.findall(score.normalise(footer)))
    if name == NOTICE:
        out |= set(NUMBER_TOKEN.findall(score.normalise(make_pdf.N_FOOTER)))
    return out


def check_joined(doc_views: dict, errors: list[str]) -> None:
    ws = re.compile(r"\d[ \t\r\n\f\v]+\d{3}(?!\d)")
    comma = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?:\.\d\d)?(?!\d)")
    spaced = re.compile(r"(?<![\d])\d{1,3}(?:[\u00a0\u202f]\d{3})+(?!\d)")
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            # readers of PDFs and DOCX are checked below, number by number
            if label == "raw" or (name.endswith((".pdf", ".docx")) and label != "generator"):
                continue
            t = _nfc(text)
            for m in ws.finditer(t):
                ctx = t[max(0, m.start() - 25) : m.end() + 10].replace("\n", "⏎")
                errors.append(f"{name}: numbers joined in the {label} view: {ctx!r}")
        first = _nfc(vs[0][1])
        if name != CIRCULAR:
            for m in comma.finditer(first):
                errors.append(
                    f"{name}: English-style comma thousands outside the circular: {m.group(0)!r}"
                )
        if DOC_LANGUAGE[name] != "fr":
            for m in spaced.finditer(first):
                errors.append(f"{name}: space thousands in an English document: {m.group(0)!r}")
        if name.endswith((".pdf", ".docx")):
            gen = set(NUMBER_TOKEN.findall(vs[0][2])) | _footer_numbers(name)
            for label, _, norm in vs[1:]:
                extra = sorted(set(NUMBER_TOKEN.findall(norm)) - gen)
                if extra:
                    errors.append(
                        f"{name}: the {label} view has numbers the document lacks: {extra[:6]}"
                    )


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    texts = {n: _nfc(vs[0][1]) for n, vs in doc_views.items()}
    corpus = "\n".join(texts.values())
    if re.search(r"[$£¥₺₩₹₱]", corpus) or re.search(
        r"\b(USD|GBP|JPY|CAD|AUD|CHF|dollars?|pounds?|francs?|yen|rupees?|pesos?|kr)\b", corpus
    ):
        errors.append("a document names a currency other than the leu and the euro")
    for name, text in texts.items():
        if re.search(r"€|\bEUR\b|\beuros?\b", text, re.I) and name != AGREEMENT:
            errors.append(f"{name}: names euros (only the agreement's clause 12.3 may)")
    euros = [ln for ln in make_pdf.agreement_lines() if re.search(r"€|EUR|euro", ln)]
    if len(euros) != 2 or not all(ln.startswith("12.3 ") or "12.3(a)" in ln for ln in euros):
        errors.append(f"{AGREEMENT}: euros outside clause 12.3 and its Table 2 row")
    for label, pattern in SPELLINGS.items():
        n = len(re.findall(pattern, corpus))
        if not n:
            errors.append(f"nothing written as {label}")
        elif label in ONCE and n != 1:
            errors.append(f"{label} is written {n} times (want once)")
    for doc, pattern in EXPLAINED:
        if not re.search(pattern, _flat(texts[doc])):
            errors.append(f"{doc}: {pattern!r} is not explained there")
    # "ban" in its English sense beside a figure, "bani" as the subunit
    flat = _flat(texts[AGREEMENT])
    if not re.search(
        r"\d+,\d\d lei per engagement filmed\. The fee does not lift the ban on", flat
    ):
        errors.append(f"{AGREEMENT}: no English 'ban' beside a figure")
    if not re.search(r"\bbani\b", flat):
        errors.append(f"{AGREEMENT}: the subunit bani is not named")


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
            errors.append(f"{name}: does not print the rejected perpetual licence's fee")
        if name not in REJECTED_HOMES and has:
            errors.append(f"{name}: prints the rejected perpetual licence's fee")
    n = 0
    for q in questions:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                if any(score.contains(score.normalise(alt), f) for f in forms):
                    errors.append(f"{q['id']}: the rejected perpetual licence is in must_include")
        if q["kind"] != "adversarial" and any(
            score.normalise(a) == "2.350.00"
            for el in q["must_include"]
            for a in score.alternatives(el)
        ):
            n += 1
            if not set(forms) <= set(q["must_not_include"]):
                errors.append(f"{q['id']}: a licence question without the rejected-licence trap")
    if not n:
        errors.append("no licence question traps the rejected perpetual licence")


PARTIES = (
    "LHGO",
    "GHVO",
    "OHSA",
    "ASPO",
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


def _homes(doc_views: dict, *needles: str) -> set[str]:
    return {
        n
        for n, vs in doc_views.items()
        for needle in needles
        if any(score.contains(norm, needle) for _, _, norm in vs)
    }


def check_time_rules(doc_views: dict, extras: dict[str, str], errors: list[str]) -> None:
    flat = {n: _flat(vs[0][1]) for n, vs in doc_views.items()}
    musts = [
        (
            AGREEMENT,
            "This Agreement was signed at Tollmouth on 2 October 2026, subject to ratification",
        ),
        (AGREEMENT, "It applies provisionally from 1 November 2026"),
        (
            AGREEMENT,
            "is an interim rate, pending ratification by a separate question on the ballot",
        ),
        (AGREEMENT, "If the members do not ratify it, the supplement is 185,00 lei"),
        (
            AGREEMENT,
            "rises from 520,00 lei to 545,00 lei from the first pay period that begins after the date of ratification",
        ),
        (AGREEMENT, "raised by the consumer price index published in February (4.2%)"),
        (AGREEMENT, "The Association publishes the raised rate by notice"),
        (AGREEMENT, "Clause 11.3 is suspended for the winter, from 1 November to 28 February"),
        (AGREEMENT, "is kept, as clause 9.3 of this Agreement"),
        (AGREEMENT, "18,00 lei a night, is not carried over"),
        (AGREEMENT, "are not covered by this Agreement"),
        (AGREEMENT, "No licence is perpetual"),
        (AGREEMENT, "Its first meeting is held on the first Monday of April 2027"),
        (NOTICE, "L'entente est ratifiée par 842 voix contre 117"),
        (NOTICE, "le 1er décembre 2026, qui est la date de la ratification"),
        (NOTICE, "confirmé à compter du 1er novembre 2026"),
        (NOTICE, "rejetée par 903 voix contre 56"),
        (BULLETIN, "rejetée par 903 voix contre 56"),
        (
            RIDER,
            "est ramené de 420,00 lei à 380,00 lei par engagement à compter du 1er décembre 2026",
        ),
        (RIDER, "de 440,00 lei à 395,00 lei"),
        (MEMO, "Effective date: 1 January 2027"),
        (MEMO, "keeps the higher rate of line 6"),
        (CIRCULAR, "The 2027 Agreement was ratified on 01.12.2026"),
        (CIRCULAR, "PP 25 begins on 14 December 2026"),
        (TRANSCRIPT, "The members rejected it on the ballot"),
        (TRANSCRIPT, "From March 1st, 2027 the interpretation day is 1.542,16 lei"),
    ]
    for name, phrase in musts:
        if phrase not in flat[name]:
            errors.append(f"{name}: lacks {phrase!r}")
    # the indexed figure: printed in later documents, never in the agreement
    if _homes(doc_views, "1.542,16", "1 542,16") != {CIRCULAR, TRANSCRIPT, RATES}:
        errors.append(
            f"the indexed 1.542,16 is in {sorted(_homes(doc_views, '1.542,16', '1 542,16'))}"
        )
    # the calendar of pay periods only in the circular; 545,00 not there
    if _homes(doc_views, "14.12.2026", "14 December 2026") != {CIRCULAR}:
        errors.append("the start of PP 25 is outside the circular")
    if CIRCULAR in _homes(doc_views, "545,00"):
        errors.append(f"{CIRCULAR}: gives the raised crowd rate (the multi-doc question needs two)")
    # the fall-back of the interim rate only in the agreement; the draft only in a comment
    if _homes(doc_views, "185,00") != {AGREEMENT}:
        errors.append(f"the fall-back 185,00 is in {sorted(_homes(doc_views, '185,00'))}")
    bul = _read(BULLETIN)
    comments = re.findall(r"<!--(.*?)-->", bul, re.S)
    if len(comments) != 1 or "225,00" not in comments[0] or bul.count("225,00") != 1:
        errors.append(f"{BULLETIN}: the draft 225,00 is not (only) in an HTML comment")
    if _homes(doc_views, "225,00") != {BULLETIN}:
        errors.append("the draft 225,00 is outside the bulletin")
    # the new-hire rate: the memorandum and later documents, not the agreement
    if _homes(doc_views, "980,00") != {MEMO, TRANSCRIPT, RATES}:
        errors.append(f"the new-hire 980,00 is in {sorted(_homes(doc_views, '980,00'))}")
    # the grandfathered rate's condition only in the footnote
    path = os.path.join(DOCS, MEMO)
    doc = docx_part(path, "word/document.xml")
    foot = docx_part(path, "word/footnotes.xml")
    cond = "without a break longer than one summer season"
    if cond not in foot or cond in doc:
        errors.append(f"{MEMO}: the grandfathered rate's condition is not (only) in footnotes.xml")
    # the hidden draft only in a w:vanish run; the comment's figure only in comments.xml
    if "1.010,00" not in extras[MEMO] or _homes(doc_views, "1.010,00"):
        errors.append(f"{MEMO}: the draft 1.010,00 is not (only) in a hidden run")
    comm = docx_part(path, "word/comments.xml")
    if "RON 995,00" not in comm or _homes(doc_views, "995,00"):
        errors.append(f"{MEMO}: the comment's 995,00 is not (only) in comments.xml")
    # the reduction: only in the rider (the 2027/28 figure), the deleted date in w:delText
    if _homes(doc_views, "395,00") != {RIDER}:
        errors.append(f"the reduced 2027/28 395,00 is in {sorted(_homes(doc_views, '395,00'))}")
    if _homes(doc_views, "380,00") != {RIDER, RATES, TRANSCRIPT}:
        errors.append(f"the reduced 380,00 is in {sorted(_homes(doc_views, '380,00'))}")
    if make_docx.RIDER_DELETED not in extras[RIDER]:
        errors.append(f"{RIDER}: the deleted date is not in w:delText")
    # the rate page's old figures only in <span hidden> and display:none
    raw = _read(RATES)
    hidden = re.findall(r"<span hidden>(.*?)</span>", raw, re.S)
    none = re.findall(r'<tr style="display:none">(.*?)</tr>', raw, re.S)
    if len(hidden) != 1 or "1&#8239;390,00" not in hidden[0] or raw.count("390,00") != 1:
        errors.append(f"{RATES}: the old 1 390,00 is not (only) in a <span hidden>")
    if len(none) != 1 or "420,00" not in none[0] or raw.count("420,00") != 1:
        errors.append(f"{RATES}: the old 420,00 is not (only) in a display:none row")
    shown = html_text(raw, browser=True)
    if "390,00" in shown or "420,00" in shown:
        errors.append(f"{RATES}: a browser would show the hidden old figures")
    # the bulletin's old grid only in its fenced code block
    fence = re.findall(r"```text\n(.*?)```", bul, re.S)
    outside = re.sub(r"```text\n.*?```", "", bul, flags=re.S)
    for fig in (
        "1\u202f390,00",
        "1\u202f080,00",
        "360,00",
        "165,00",
        "990,00",
        "270,00",
        "480,00",
        f"10{NB}%",
    ):
        if len(fence) != 1 or fig not in fence[0] or score.contains(score.normalise(outside), fig):
            errors.append(f"{BULLETIN}: {fig!r} is not (only) in the fenced old grid")
    # the first Monday of April 2027: its date written nowhere; mid-May: no day in May
    for name, text in flat.items():
        if re.search(
            r"\b5 (?:April|avril) 2027|April 5(?:th)?,? 2027|05\.04\.2027|2027-04-05|5/4/2027|5\.IV\.2027",
            text,
        ):
            errors.append(f"{name}: writes the date of the first Monday of April 2027")
        if re.search(
            r"\b(?:[89]|1\d|2[0-4]) (?:May|mai) 2027|May (?:[89]|1\d|2[0-4])(?:st|nd|rd|th)?,? 2027",
            text,
        ):
            errors.append(f"{name}: writes a day in May 2027 (mid-May is not exact)")
    # the typed agreement's figures are its own
    for fig in ("1.390,00", "1.080,00", "990,00", "165,00", "270,00", "480,00", "18,00", "45,00"):
        if OLD not in _homes(doc_views, fig):
            errors.append(f"{OLD}: lacks {fig}")
    if not _in(doc_views, OLD, "10%") or not _in(doc_views, OLD, "60 minutes"):
        errors.append(f"{OLD}: lacks the old 10% premium or the old 60 minutes")
    # Form L-7 only in the agreement
    if _homes(doc_views, "L-7") != {AGREEMENT}:
        errors.append("Form L-7 is named outside the agreement")


# ----------------------------------------------------------------------------------------
# Layouts
# ----------------------------------------------------------------------------------------


def _clause_order(text: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in CLAUSE_START.findall(text)]


def check_agreement(errors: list[str]) -> None:
    name = AGREEMENT
    readers = dict(pdf_pages(name))
    if not readers:
        return
    for label, pages in readers.items():
        if len(pages) != 5:
            errors.append(f"{name}: {len(pages)} pages in {label} (want 5)")
        for i, page in enumerate(pages, 1):
            norm = " ".join(page.split())
            if f"Page {i} of {len(pages)}" not in norm or "© 2026" not in norm:
                errors.append(f"{name}: page {i} lacks its running footer in {label}")
        text = "\n".join(pages)
        if "12.3(b)" not in text:
            errors.append(f"{name}: {label} reads no clause reference like 12.3(b)")
        land = pages[3] if len(pages) > 3 else ""
        if "Table 1" not in land or "1.480,00 lei¹" not in land or "210,00 lei²" not in land:
            errors.append(f"{name}: {label} does not read Table 1 with its markers on page 4")
        if not all(f"{m} " in land for m in "¹²³⁴"):
            errors.append(f"{name}: {label} does not read the footnotes of page 4")
    if "pypdf" in readers:
        order = [c for page in readers["pypdf"][:3] for c in _clause_order(page)]
        if order != sorted(order) or len(order) < 60:
            errors.append(f"{name}: pypdf does not read the two columns column by column")
    if PDFPLUMBER is None:
        return
    with PDFPLUMBER.open(os.path.join(DOCS, name)) as pdf:
        cropped_order: list[tuple[int, int]] = []
        mixed = 0
        for i, page in enumerate(pdf.pages[:3], 1):
            mid = page.width / 2
            words = page.extract_words()
            body = [
                w
                for w in words
                if w["top"] > (130 if i == 1 else 0) and w["bottom"] < page.height - 40
            ]
            left = [w for w in body if w["x1"] < mid - 3]
            right = [w for w in body if w["x0"] > mid + 3]
            across = [w for w in body if w["x0"] < mid < w["x1"]]
            if len(left) < 100 or len(right) < 100 or across:
                errors.append(
                    f"{name}: page {i} is not set in two columns ({len(left)}, {len(right)}, {len(across)})"
                )
            top = 130 if i == 1 else 0
            bottom = page.height - 40
            for box in ((0, top, mid, bottom), (mid, top, page.width, bottom)):
                cropped_order += _clause_order(page.crop(box).extract_text() or "")
            if _clause_order(page.extract_text() or "") != sorted(
                _clause_order(page.extract_text() or "")
            ):
                mixed += 1
        if cropped_order != sorted(cropped_order) or len(cropped_order) < 60:
            errors.append(f"{name}: pdfplumber's columns do not read in order")
        if not mixed:
            errors.append(f"{name}: pdfplumber's page text does not mix the columns (no trap)")
        land = pdf.pages[3]
        if not land.width > land.height:
            errors.append(f"{name}: page 4 is not landscape")
        if not all(p.width < p.height for k, p in enumerate(pdf.pages) if k != 3):
            errors.append(f"{name}: a page other than 4 is landscape")
        table_bottom = max((r["bottom"] for r in land.rects), default=0)
        notes = [w for w in land.extract_words() if w["text"] == "Raised"]
        if len(notes) != 1 or notes[0]["top"] < table_bottom or notes[0]["top"] < land.height * 0.7:
            errors.append(f"{name}: the footnotes of Table 1 are not at the foot of page 4")


def check_old(errors: list[str]) -> None:
    name = OLD
    readers = dict(pdf_pages(name))
    for label, pages in readers.items():
        first = pages[0].lstrip().split("\n")[0]
        if "SUPERSEDED — SEE 2027 AGREEMENT" not in first:
            errors.append(f"{name}: {label}'s first line is not the stamp: {first[:50]!r}")
        if re.search(r"\d lei\b", "\n".join(pages)):
            errors.append(f"{name}: {label} reads an amount written with the word lei")
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
                words = page.extract_words()
                rights += [
                    w2["x1"]
                    for w1, w2 in itertools.pairwise(words)
                    if w1["text"] == "L"
                    and re.fullmatch(_RO, w2["text"])
                    and w2["text"] != "1.250,50"
                ]
            if len(rights) < 18 or max(rights) - min(rights) > 0.3:
                errors.append(f"{name}: the L-amounts are not aligned on one right edge")


def check_notice(errors: list[str]) -> None:
    for label, pages in pdf_pages(NOTICE):
        if len(pages) != 1:
            errors.append(f"{NOTICE}: {len(pages)} pages in {label} (want one)")


def check_memo(errors: list[str]) -> None:
    path = os.path.join(DOCS, MEMO)
    parts = docx_parts(path)
    doc = docx_part(path, "word/document.xml")
    root = ElementTree.fromstring(doc)
    boxes = [
        "".join(t.text or "" for t in b.iter(f"{W_NS}t")) for b in root.iter(f"{W_NS}txbxContent")
    ]
    if boxes != [make_docx.MEMO_BOX] or doc.count("Effective date") != 1:
        errors.append(f"{MEMO}: the effective date is not (only) in one text box: {boxes}")
    if "<v:textbox>" not in doc or "<w:pict>" not in doc:
        errors.append(f"{MEMO}: the text box is not a VML shape")
    if "word/footnotes.xml" not in parts or '<w:footnoteReference w:id="1"/>' not in doc:
        errors.append(f"{MEMO}: no footnote referenced from the text")
    vm = [e.get(f"{W_NS}val") for e in root.iter(f"{W_NS}vMerge")]
    if vm != ["restart", None]:
        errors.append(f"{MEMO}: no role label merged down two rows (vMerge {vm})")
    hidden = [r for r in root.iter(f"{W_NS}r") if _hidden(r)]
    if len(hidden) != 1 or "RON 1.010,00" not in "".join(
        t.text or "" for t in hidden[0].iter(f"{W_NS}t")
    ):
        errors.append(f"{MEMO}: not one hidden run holding the draft figure")
    if "word/comments.xml" not in parts or '<w:commentReference w:id="0"/>' not in doc:
        errors.append(f"{MEMO}: no comment referenced from the text")
    for phrase in ("twelve per cent", f"{MINUS}125,00 lei", "RON 1.050,00", "RON 980,00"):
        if doc.count(phrase) != 1:
            errors.append(f"{MEMO}: {phrase!r} is not written once")
    if DOCX is not None:
        d = DOCX.Document(path)
        plain = "\n".join(p.text for p in d.paragraphs)
        if make_docx.MEMO_BOX in plain:
            errors.append(f"{MEMO}: python-docx's Paragraph.text reads the text box (no trap)")
        if "1.010,00" not in plain:
            errors.append(f"{MEMO}: python-docx's Paragraph.text skips the hidden run (no trap)")


def check_rider(errors: list[str]) -> None:
    doc = docx_part(os.path.join(DOCS, RIDER), "word/document.xml")
    dels = re.findall(r"<w:del [^>]*>.*?</w:del>", doc)
    inss = re.findall(r"<w:ins [^>]*>.*?</w:ins>", doc)
    if len(dels) != 1 or "<w:delText" not in dels[0] or make_docx.RIDER_DELETED not in dels[0]:
        errors.append(f"{RIDER}: not one tracked deletion of {make_docx.RIDER_DELETED!r}")
    if len(inss) != 1 or make_docx.RIDER_INSERTED not in inss[0]:
        errors.append(f"{RIDER}: not one tracked insertion of {make_docx.RIDER_INSERTED!r}")
    if "ramené de 420,00" not in doc:
        errors.append(f"{RIDER}: does not say 'ramené de 420,00'")


def check_rates_page(errors: list[str]) -> None:
    raw = _read(RATES)
    if (
        raw.count("<table>") < 1
        or not re.search(r'rowspan="\d"', raw)
        or not re.search(r'colspan="\d"', raw)
    ):
        errors.append(f"{RATES}: no <table> with rowspan and colspan")
    if raw.count('<th scope="row"') < 8:
        errors.append(f'{RATES}: fewer than eight <th scope="row">')
    cap = re.search(r"<caption>(.*?)</caption>", raw)
    if not cap or "2026/27" not in cap.group(1) or "1er novembre 2026" not in cap.group(1):
        errors.append(f"{RATES}: the first <caption> does not hold the period")
    if not re.search(r"<aside>.*au moins 4 heures.*</aside>", raw, re.S):
        errors.append(f"{RATES}: the condition is not in an <aside>")
    if len(re.findall(r"\d,\d\d&nbsp;lei<sup>\d</sup>", raw)) < 5:
        errors.append(f"{RATES}: fewer than five <sup> markers after figures")
    if len(re.findall(r"\d&#8239;\d{3},\d\d&nbsp;lei", raw)) < 4:
        errors.append(f"{RATES}: fewer than four &#8239;/&nbsp; entities inside numbers")
    norm = score.normalise(raw)
    if score.contains(norm, "1 480,00") or not score.contains(
        score.normalise(html_text(raw)), "1 480,00"
    ):
        errors.append(f"{RATES}: the entity trap is not real (raw reads 1480.00, or text does not)")


def check_text_docs(errors: list[str]) -> None:
    # the FAQ: a definition list of questions
    faq = _read(FAQ)
    if (
        faq.count("<dl>") != 1
        or len(re.findall(r"<dt>", faq)) < 12
        or faq.count("<dt>") != faq.count("<dd>")
    ):
        errors.append(f"{FAQ}: not a <dl> of 12+ <dt>/<dd> pairs")
    # the bulletin: footnotes, definition list, fenced code, task list, HTML comment
    bul = _read(BULLETIN)
    refs = set(re.findall(r"\[\^(\d+)\](?!:)", bul))
    defs = set(re.findall(r"^\[\^(\d+)\]: ", bul, re.M))
    if len(refs) < 3 or refs != defs:
        errors.append(f"{BULLETIN}: footnotes [^n] not used and defined ({refs}, {defs})")
    lines = bul.split("\n")
    dl = [
        i
        for i, ln in enumerate(lines)
        if ln.startswith(": ")
        and i
        and lines[i - 1]
        and not lines[i - 1].startswith(("#", "-", ":"))
    ]
    if len(dl) < 5:
        errors.append(f"{BULLETIN}: no definition list (term line, then ': definition')")
    if len(re.findall(r"^- \[x\] ", bul, re.M)) < 3 or len(re.findall(r"^- \[ \] ", bul, re.M)) < 2:
        errors.append(f"{BULLETIN}: no task list with done and open steps")
    if len(re.findall(r"^```", bul, re.M)) != 2:
        errors.append(f"{BULLETIN}: not one fenced code block")
    # the transcript: UTF-16 LE with a BOM, CRLF, speaker lines
    with open(os.path.join(DOCS, TRANSCRIPT), "rb") as f:
        raw = f.read()
    if not raw.startswith(b"\xff\xfe"):
        errors.append(f"{TRANSCRIPT}: no UTF-16 LE BOM")
    try:
        raw.decode("utf-8")
        errors.append(f"{TRANSCRIPT}: reads as UTF-8")
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-16")
    if text.count("\r\n") != text.count("\n"):
        errors.append(f"{TRANSCRIPT}: not CRLF")
    qs = re.findall(r"^Q \(member\): (.*)$", text, re.M)
    ans = re.findall(r"^A \(negotiator\): (.*)$", text, re.M)
    if len(qs) < 8 or len(qs) != len(ans):
        errors.append(f"{TRANSCRIPT}: not 8+ Q (member) / A (negotiator) pairs")
    if not any("1.100 lei" in q for q in qs) or any("1.100 lei?" in a for a in ans):
        errors.append(f"{TRANSCRIPT}: no member quoting the wrong 1.100 lei")
    # the circular: ISO-8859-2, not UTF-8, Latin-2 letters, no tabs, columns, a total
    with open(os.path.join(DOCS, CIRCULAR), "rb") as f:
        raw = f.read()
    try:
        raw.decode("utf-8")
        errors.append(f"{CIRCULAR}: reads as UTF-8")
    except UnicodeDecodeError:
        pass
    text = raw.decode("iso-8859-2")
    if not all(c in text for c in "ŞşŢţ"[::2]) or "ţ" not in text:
        errors.append(f"{CIRCULAR}: lacks the Latin-2 letters Ş and ţ")
    if "\t" in text or "\r" in text:
        errors.append(f"{CIRCULAR}: tabs or CR (columns by spaces, LF line ends)")
    cal = [ln for ln in text.split("\n") if re.match(r"PP \d\d    ", ln)]
    if len(cal) != len(make_notice.PAY_PERIODS) or len({len(ln) for ln in cal}) != 1:
        errors.append(f"{CIRCULAR}: the calendar's columns are not aligned")
    rows = [ln for ln in text.split("\n") if re.search(r" x  ", ln) or ln.startswith("TOTAL")]
    if len(rows) != 4 or len({len(ln) for ln in rows}) != 1:
        errors.append(f"{CIRCULAR}: the example's amount column is not right-aligned")

    def bani(a: str) -> int:
        return int(re.sub(r"[^\d]", "", a))

    amounts = [re.search(r"([\d,]+\.\d\d) lei$", ln).group(1) for ln in rows]
    if sum(bani(a) for a in amounts[:-1]) != bani(amounts[-1]):
        errors.append(f"{CIRCULAR}: the total does not add up")
    # the costume-hire list: a BOM and CRLF
    with open(os.path.join(DOCS, SHOP), "rb") as f:
        shop = f.read()
    if not shop.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{SHOP}: no UTF-8 BOM")
    if shop.count(b"\n") != shop.count(b"\r\n"):
        errors.append(f"{SHOP}: not CRLF")


def check_builds(errors: list[str], warnings: list[str]) -> None:
    for out, data in (
        (make_notice.CIRCULAR_OUT, make_notice.circular_bytes()),
        (make_notice.TRANSCRIPT_OUT, make_notice.transcript_bytes()),
        (make_notice.SHOP_OUT, make_notice.shop_bytes()),
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
            (make_docx.RIDER_OUT, make_docx.build_rider),
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
            if '"eval/union-ak/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-ak/score.py not in ruff's extend-exclude")


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
    # what a trap may be found in: every view, and the DOCX comments, hidden runs, deletions
    trap_norms = [norm for vs in doc_views.values() for _, _, norm in vs]
    trap_norms += [score.normalise(t) for t in extras.values()]

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
            if missing:
                errors.append(f"{name}: {label} text lacks generator words {missing[:5]}; rebuild")
    for name in (TRANSCRIPT, CIRCULAR, SHOP, RATES, FAQ, BULLETIN, MENU):
        if name not in doc_views:
            errors.append(f"{name} missing")
    n_amounts = 0
    if not errors:
        check_agreement(errors)
        check_old(errors)
        check_notice(errors)
        check_memo(errors)
        check_rider(errors)
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
                    errors.append(
                        f"{q['id']}: {pattern!r} occurs in {name} (comments/hidden/deletions)"
                    )
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
