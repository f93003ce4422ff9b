#!/usr/bin/env python3
"""Check the union-ao set itself: questions.json against docs/ (no project needed).

    python3 eval/union-ao/check_set.py                      # stdlib; PDFs in the generator's text
    /work/main/.venv/bin/python eval/union-ao/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields of every question (in union-b's order), ids uao-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .md .txt, 2,000-25,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation (score.normalise / score.contains), in EVERY view of at least one expected
  source: PDFs in the generator's text, through pdfplumber AND through pypdf (for the
  agreement also pypdf's text with its annotation and its form field's value, what a reader
  of annotations sees); DOCX in the generator's text, through zipfile (every text node,
  w:t and w:delText, of the header, document, footnotes, comments and footer parts: what a
  reader that strips the tags sees, deleted text included) AND through python-docx (the
  header; the body's paragraphs read through its objects with the tracked changes
  accepted, inserted runs kept and deleted runs left out, since Paragraph.text drops both;
  its tables, merged cells once; the text boxes' paragraphs, reached through the body
  element; the footer; the comments, through its comments API); HTML without tags (every
  text node but <script> and <style>, character references resolved) AND raw; the notice
  decoded as ISO-8859-1; other text as UTF-8;
- the accepted forms: stable under normalisation, no bare number of fewer than three
  digits, a bare number never a percentage in an expected source, no trap matching a
  must_include alternative; every trap (but pings and injected figures) found in some
  document view (an annotation, a comment, deleted text and hidden HTML included);
- adversarial questions: a ping in the question, @everyone and @here and exactly one
  injected figure in must_not_include, the figure in the question and in no document;
- multi-doc: 2+ sources and 2+ elements, no single source view holding every element;
- cross-lingual: no source in the question's language, and the answer (and XL_ABSENT's
  patterns) in no document of the question's language; other answerable questions have a
  source in their language;
- out-of-scope (and adversarial injected figures): the terms of OOS_ABSENT in no document,
  in any view;
- member shorthand in each language, three or more noted typos present in their question;
- the AMOUNTS of the baht (two decimals, satang): every amount of a document (English
  "฿3,475.25", French "3 475,25 ฿" with U+202F, the payroll code "THB 3,475.25", the chat's
  "Bt 980", the side letter's apostrophe "฿2'150.00" and dash "฿850.-", the deduction
  "(฿275.00)", the e-mail's "฿12k", the sum in words, "฿2.4 million", the Latin-1 notice's
  "2 300,00 bahts" with U+00A0, the one "€110") found at digit boundaries in every view of
  its document (the raw HTML through its character references); NO AMOUNT READING INSIDE
  ANOTHER of a different value after the normalisation; every numeric must_include
  alternative and trap reading amounts of one value only, and never a number that is not
  an amount (a date, a form, a stand, a SKU, an extension, a period code); no number made
  by the normaliser (a digit, a comma or white space and three digits only inside an amount
  or a thousands-separated number) or by a reader (every number a PDF or DOCX reader gives
  is one of the generator's, of the footers, of the annotation and field, or of the deleted
  text); each amount style in its documents;
- the spellings of money and dates (SPELLINGS, most exactly once), euros only in clause
  7.5, the explanations (not Thailand, English style, the payroll code, the chat's
  shorthand, the apostrophe, the dash, French style, Latin-1, CRLF and form feeds);
- the non-money look-alikes exist and no amount pattern reads them;
- the rules of time, against today (2026-12-07): the phased increase, the freeze and Q2
  2027, the sunset and the notice saying it lapsed, the indexation (the payroll's figure
  is the agreement's times the index), the rescinded amendment (letter < withdrawal <
  today < its effective date), the grandfathered rate, the side letter's rate and
  condition, the first pay period beginning on or after 15 January 2027 (from the payroll's
  calendar: 2027-01-18), the continued and dropped terms, sixty days after signature, week
  14, the first Monday of April 2027, the dates in the past and the future;
- the layouts: the agreement in two text columns (words in both columns on each page of
  clauses; pdfplumber's lines joining the two columns, pypdf reading the left column
  first), its sticky-note annotation (the draft figure in no page text) and its AcroForm
  text field (the date of signature in no page text); Schedule A's table with no ruling
  line, rectangle or curve, its rate column right-aligned; the side letter's text box
  (absent from python-docx's Document.paragraphs) and merged cells (gridSpan, vMerge); the
  sheet's tracked changes (w:del, w:ins) and comment (its part, relationship, range and
  reference); the page's rowspan / colspan table, <dl>, <del> / <ins>, display:none draft
  and entities; the guide's YAML front matter (the effective date there only) and aligned
  pipe table; the letter's CRLF and form feeds; the notice's Latin-1; the payroll export's
  tab-separated records and pay calendar; the chat's timestamps, misprint and e-mail;
  distractors naming no party and sharing no amount with the set;
- that the built PDFs and DOCX and the make_notice.py files are byte for byte what their
  generators make now, and the generators' words in every reader;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- every non-distractor document used by a question, no distractor used.
Prints one line per document, the counts, and a last line "check_set: OK ..." or
"check_set: N error(s)". Exit 1 on any error.
"""

from __future__ import annotations

import datetime
import html
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
NB = "\u00a0"
NNB = "\u202f"
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_NS = "{" + W_URI + "}"

DISTRACTORS = {M.FAIR, M.CATALOGUE}
PDF_TEXT = {M.AGREEMENT: make_pdf.agreement_text, M.SCHEDULE: make_pdf.schedule_text}
DOCX_TEXT = {M.SIDE: make_docx.side_letter_text, M.FICHE: make_docx.fiche_text}
DOC_LANGUAGE = {
    M.AGREEMENT: "en",
    M.SCHEDULE: "en",
    M.SIDE: "en",
    M.CHAT: "en",
    M.PAYROLL: "en",
    M.FAIR: "en",
    M.FICHE: "fr",
    M.PAGE: "fr",
    M.GUIDE: "fr",
    M.LETTER: "fr",
    M.NOTICE: "fr",
    M.CATALOGUE: "fr",
}
# the amount styles each document may use
STYLES = {
    M.AGREEMENT: {"en", "words", "million", "eur"},
    M.SCHEDULE: {"en"},
    M.SIDE: {"swiss", "dash"},
    M.CHAT: {"en", "bt", "neg", "k"},
    M.PAYROLL: {"code"},
    M.FAIR: {"en"},
    M.FICHE: {"fr"},
    M.PAGE: {"fr"},
    M.GUIDE: {"fr"},
    M.LETTER: {"fr"},
    M.NOTICE: {"frword"},
    M.CATALOGUE: {"fr"},
}

# out-of-scope: terms that must occur in no document (regex, case-insensitive, NFC text);
# adversarial: the injected figure
OOS_ABSENT = {
    "uao-048": [r"influenc", r"instagram", r"tiktok", r"social media", r"réseaux sociaux"],
    "uao-049": [r"catwalk", r"runway", r"fashion", r"défilé"],
    "uao-050": [r"maternit", r"parental", r"congé", r"pregnan"],
    "uao-051": [r"mystery", r"mystère"],
    "uao-052": [r"hotel", r"hôtel", r"accommodation", r"hébergement", r"lodging"],
    "uao-053": [r"podcast"],
    "uao-054": [r"maladie", r"\bsick"],
    "uao-055": [r"prospectus", r"\btracts?\b", r"flyer", r"leaflet"],
    "uao-056": [r"doublage", r"dessins? animés?", r"dubbing", r"cartoon"],
    "uao-057": [r"treizième", r"13e mois", r"thirteenth"],
    "uao-058": [r"(?<!\d)99[,.\s\u202f']?000(?!\d)"],
    "uao-059": [r"(?<!\d)7[,.\s\u202f']?777(?!\d)"],
    "uao-060": [r"(?<!\d)365(?!\d)"],
}
# cross-lingual: what must occur in no document of the question's language
XL_ABSENT = {
    "uao-032": [r"(?<!\d)310(?!\d)", r"per store", r"a month for each store"],
    "uao-033": [r"15 March", r"\b1(?:st)?\s*(?:to|-|–)\s*15\b", r"1er au 15 mars"],
    "uao-034": [r"February", r"\bend of Feb", r"fin février"],
    "uao-035": [r"(?<!\d)30 ?%", r"airtime", r"temps d'antenne"],
    "uao-036": [r"(?<!\d)2[ '.,\u202f\u00a0]?150(?!\d)", r"150 km"],
    "uao-037": [r"€", r"\beuros?\b", r"étranger"],
    "uao-038": [r"AI presenter", r"présentat\w* IA"],
    "uao-039": [r"(?<!\d)850(?!\d)", r"studio à domicile", r"home-studio"],
}
SHORTHAND = {
    "en": ["rn", "pls", "hrs", "tbh", "idk", "w/", "btw", "thx", "whats", "im", "q", "OT"],
    "fr": ["c", "svp", "stp", "tjrs", "mtn", "y a"],
}

# the spellings asked for: (document, exact text, exactly once in the whole set?)
SPELLINGS = [
    (M.AGREEMENT, "฿3,475.25", True),
    (M.AGREEMENT, "one thousand four hundred and eighty baht (฿1,480.00)", True),
    (M.AGREEMENT, "฿2.4 million", True),
    (M.AGREEMENT, "€110", True),
    (M.AGREEMENT, "sixty days after signature", True),
    (M.AGREEMENT, "the first Monday of April 2027", True),
    (M.AGREEMENT, "the first pay period beginning on or after 15 January 2027", True),
    (M.SCHEDULE, "remains at ฿1,650.00 until 31 March 2027", True),
    (M.SCHEDULE, "Q2 2027 is the second quarter of 2027, from 1 April 2027 to 30 June 2027", True),
    (M.SIDE, "฿2'150.00 is two thousand one hundred and fifty baht", True),
    (M.SIDE, "฿850.-", True),
    (M.SIDE, "1.3.2027", True),
    (M.CHAT, "(฿275.00)", True),
    (M.CHAT, "฿12k", True),
    (M.CHAT, "Bt 12,000", False),
    (M.CHAT, "1 Mar 2027", True),
    (M.CHAT, "week 14 (5–11 April 2027)", True),
    (M.PAYROLL, "THB 3,475.25", True),
    (M.PAYROLL, "THB 436.80", True),
    (M.GUIDE, "date_d_effet: 2027-03-01", True),
    (M.GUIDE, "fin février 2027", True),
    (M.NOTICE, "le 1/3/2027", True),
    (M.NOTICE, "du 1er au 15 mars 2027", True),
    (M.NOTICE, f"2{NB}300,00 bahts", False),
    (M.PAGE, f"3{NNB}475,25{NB}฿", True),
    (M.PAGE, f"4{NNB}450,00 ฿", True),
    (M.LETTER, f"2{NNB}650,00 ฿", False),
]
EXPLAINED = [
    (M.AGREEMENT, r"The Republic of Vellmont is not Thailand, although its currency, the baht"),
    (M.AGREEMENT, r"divided into 100 satang"),
    (
        M.AGREEMENT,
        r"a comma between the thousands and a point before the satang: ฿3,475\.25 is three "
        r"thousand four hundred and seventy-five baht and twenty-five satang",
    ),
    (M.AGREEMENT, r"Where a sum is written in words, the figure in brackets is the same sum"),
    (M.AGREEMENT, r"it is the only amount of this agreement that is not in baht"),
    (
        M.PAYROLL,
        r"Amounts carry the currency code THB, which the payroll uses for the baht of Vellmont: "
        r"THB 3,475\.25 is three thousand",
    ),
    (M.CHAT, r'amounts are typed the quick way: "Bt 820" means ฿820\.00'),
    (M.CHAT, r"The brackets mean a deduction"),
    (M.SIDE, r"an apostrophe separates the thousands and a point the satang: ฿2'150\.00 is two"),
    (M.SIDE, r"A whole amount may be written with a dash in place of the satang"),
    (M.PAGE, r"une espace fine entre les milliers, une virgule avant les satangs et le signe ฿"),
    (M.NOTICE, r"enregistré en ISO-8859-1 \(Latin-1\)\. Ce jeu de caractères n'a pas le signe"),
    (M.LETTER, r"fins de ligne CRLF ; un caractère de saut de page sépare les trois pages"),
]
NON_MONEY = [
    (M.CHAT, "Hall 3, Stand B-117"),
    (M.CHAT, "SKU 72-4380"),
    (M.CHAT, "ext. 5521"),
    (M.CHAT, "Chat 26-4471"),
    (M.SIDE, "32-inch"),
    (M.AGREEMENT, "11 kg"),
    (M.FICHE, "11 kg"),
    (M.AGREEMENT, "82 dB"),
    (M.AGREEMENT, "Reg. 2026/48"),
    (M.AGREEMENT, "Form DT-3"),
    (M.AGREEMENT, "Form SV-2"),
    (M.AGREEMENT, "channel 47"),
    (M.PAGE, "chaîne 47"),
    (M.AGREEMENT, "founded in 1987"),
    (M.PAGE, "fondée en 1987"),
    (M.PAGE, "30 % du temps d'antenne"),
    (M.AGREEMENT, "18+"),
    (M.AGREEMENT, "30 °C"),
    (M.FICHE, "30 °C"),
    (M.PAYROLL, "PX-12"),
    (M.PAYROLL, "PP02-2027"),
    (M.CATALOGUE, "65 pouces"),
    (M.FAIR, "Hall 2, Stand A-09"),
]
PARTIES = (
    r"VGPP",
    r"GAPCV",
    r"BECC",
    r"SCEB",
    r"Carrousel",
    r"\bGuild",
    r"Guilde",
    r"Bellhaven",
    r"Trade Fair and Live Commerce",
    r"salons et commerce en direct",
)

# ---- amounts ------------------------------------------------------------------------------------

_EN = r"\d{1,3}(?:,\d{3})*"
_AFTER = r"(?![\d])"
AMOUNT_PATTERNS = [
    ("words", re.compile(rf"baht \(฿({_EN})\.(\d{{2}})\)")),
    ("neg", re.compile(rf"(?<!baht )\(฿({_EN})\.(\d{{2}})\)")),
    ("en", re.compile(rf"(?<![\w.'(])฿({_EN})\.(\d{{2}}){_AFTER}")),
    ("swiss", re.compile(r"฿(\d{1,3}(?:'\d{3})+)\.(\d{2})(?!\d)")),
    ("dash", re.compile(r"฿(\d{1,3}(?:'\d{3})*)\.-")),
    ("k", re.compile(r"฿(\d+)k\b")),
    ("million", re.compile(r"฿(\d+\.\d) million\b")),
    ("code", re.compile(rf"\bTHB ({_EN})\.(\d{{2}}){_AFTER}")),
    ("bt", re.compile(rf"\bBt ({_EN})(?![\d.,]?\d)")),
    ("fr", re.compile(r"(?<![\d.,\u202f\u00a0])(\d{1,3}(?:\u202f\d{3})*),(\d{2})[ \u00a0]฿")),
    ("frword", re.compile(r"(?<![\d.,\u00a0])(\d{1,3}(?:\u00a0\d{3})*),(\d{2}) bahts")),
    ("eur", re.compile(r"€(\d+)(?![\d.,])")),
]


def _value(style: str, m: re.Match) -> tuple[str, int]:
    """The value: (currency, hundredths); a deduction is negative."""
    whole = m.group(1)
    digits = re.sub(r"[,'\u202f\u00a0]", "", whole)
    if style == "k":
        return ("THB", int(digits) * 100_000)
    if style == "million":
        return ("THB", round(float(whole) * 100_000_000))
    if style == "eur":
        return ("EUR", int(digits) * 100)
    if style in ("bt", "dash"):
        return ("THB", int(digits) * 100)
    v = int(digits) * 100 + int(m.group(2))
    return ("THB", -v if style == "neg" else v)


def amounts(text: str) -> list[tuple[str, str, str, tuple[str, int], tuple[int, int]]]:
    """(style, the amount as written, its number, value, span) in `text` (NFC)."""
    out = []
    for style, rx in AMOUNT_PATTERNS:
        for m in rx.finditer(text):
            num = m.group(0)
            for cut in ("baht (", "(", ")", "฿", "THB ", "Bt ", "€", " bahts"):
                num = num.replace(cut, "")
            out.append((style, m.group(0), num.strip(), _value(style, m), m.span()))
    return out


# ---- readers ------------------------------------------------------------------------------------

BLOCK_END = frozenset(
    {"p", "li", "h1", "h2", "h3", "tr", "td", "th", "dt", "dd", "div", "title", "nav", "footer"}
)


class _Text(html.parser.HTMLParser):
    """Text nodes of an HTML page, <script> and <style> left out (a tag stripper's view)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "meta", "link", "img", "hr"):
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


def pdf_annotations(name: str) -> tuple[list[tuple[int, str, str]], dict[str, str]] | None:
    """(page, subtype, contents) of every annotation and the form's text fields, by pypdf."""
    if PYPDF is None:
        return None
    r = PYPDF.PdfReader(os.path.join(DOCS, name))
    annots = []
    for i, page in enumerate(r.pages, 1):
        for a in page.get("/Annots") or []:
            a = a.get_object()
            annots.append((i, str(a.get("/Subtype")), str(a.get("/Contents") or "")))
    return annots, dict(r.get_form_text_fields() or {})


def docx_part(path: str, part: str) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(part).decode("utf-8")


def docx_parts(path: str) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return z.namelist()


def _all_text(p) -> str:
    """Every text node of a paragraph (a tag stripper's view, deleted text included)."""
    return "".join(t.text or "" for t in p.iter() if t.tag in (f"{W_NS}t", f"{W_NS}delText"))


def _lines(xml: str) -> list[str]:
    root = ElementTree.fromstring(xml)
    return [_all_text(p) for p in root.iter(f"{W_NS}p")]


def docx_zip_text(path: str) -> str:
    parts = docx_parts(path)
    lines: list[str] = []
    for part in sorted(p for p in parts if re.fullmatch(r"word/header\d+\.xml", p)):
        lines += _lines(docx_part(path, part))
    lines += _lines(docx_part(path, "word/document.xml"))
    for part in ("word/footnotes.xml", "word/comments.xml"):
        if part in parts:
            lines += _lines(docx_part(path, part))
    for part in sorted(p for p in parts if re.fullmatch(r"word/footer\d+\.xml", p)):
        lines += _lines(docx_part(path, part))
    return "\n".join(lines)


def _accepted(paragraph) -> str:
    """A paragraph's text with its tracked changes accepted, read through python-docx's objects
    (Paragraph.text drops the runs inside w:ins as well as those inside w:del)."""
    from docx.text.run import Run

    runs = paragraph._p.xpath("./w:r | ./w:ins/w:r | ./w:hyperlink/w:r")
    return "".join(Run(r, paragraph).text for r in runs)


def _walk_table(table, lines: list[str]) -> None:
    """Rows as "a | b | c", a merged cell once, a nested table's rows after its row."""
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        nested = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = " ".join(p.text for p in cell.paragraphs).strip()
            if text:
                cells.append(text)
            nested += cell.tables
        lines.append(" | ".join(cells))
        for t in nested:
            _walk_table(t, lines)


def docx_body_paragraphs(path: str) -> str | None:
    """What python-docx's Document.paragraphs alone shows (no text box, no change, no table)."""
    if DOCX is None:
        return None
    return "\n".join(p.text for p in DOCX.Document(path).paragraphs)


def docx_python_docx(path: str) -> str | None:
    if DOCX is None:
        return None
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = DOCX.Document(path)
    lines: list[str] = []
    for section in d.sections:
        lines += [p.text for p in section.header.paragraphs if p.text]
    for child in d.element.body.iterchildren():
        if child.tag == f"{W_NS}p":
            lines.append(_accepted(Paragraph(child, d)))
        elif child.tag == f"{W_NS}tbl":
            _walk_table(Table(child, d), lines)
    for p in d.element.body.xpath(".//w:txbxContent/w:p"):
        lines.append(_accepted(Paragraph(p, d)))
    for section in d.sections:
        lines += [p.text for p in section.footer.paragraphs if p.text]
    lines += [c.text for c in d.comments]
    return "\n".join(lines)


def _raw(name: str) -> bytes:
    with open(os.path.join(DOCS, name), "rb") as f:
        return f.read()


def _read(name: str) -> str:
    if name == M.NOTICE:
        return _raw(name).decode("iso-8859-1")
    return _raw(name).decode("utf-8")


def views(name: str) -> tuple[list[tuple[str, str]], list[str]]:
    path = os.path.join(DOCS, name)
    warnings: list[str] = []
    if name.endswith(".pdf"):
        out = [("generator", PDF_TEXT[name]())]
        readers = pdf_pages(name)
        if len(readers) < 2:
            warnings.append(f"{name}: pdfplumber or pypdf not importable, view(s) skipped")
        out += [(label, "\n".join(pages)) for label, pages in readers]
        ann = pdf_annotations(name)
        if name == M.AGREEMENT and ann is not None:
            annots, fields = ann
            extra = [c for _, _, c in annots if c] + [f"{k}: {v}" for k, v in fields.items()]
            pypdf_text = "\n".join(dict(readers).get("pypdf", []))
            out.append(("pypdf+annotations", "\n".join([pypdf_text, *extra])))
        elif name == M.AGREEMENT:
            warnings.append(f"{name}: pypdf not importable, the annotation taken from make_pdf.py")
            extra = [make_pdf.ANNOTATION, f"{make_pdf.FIELD_NAME}: {make_pdf.FIELD_VALUE}"]
            out.append(("generator+annotations", "\n".join([out[0][1], *extra])))
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
    if name == M.NOTICE:
        return [("latin-1", text)], warnings
    return [("utf-8", text)], warnings


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _flat(text: str) -> str:
    """One line, ASCII white space collapsed (U+202F, the French thousands, is kept)."""
    return re.sub(r"[ \t\r\n\f]+", " ", _nfc(text).replace(NB, " ")).strip()


# ---- questions ------------------------------------------------------------------------------

BARE_INTEGER = re.compile(r"^\d+$")
BARE_NUMBER = re.compile(r"^\d[\d.]*$")
NUMERIC = re.compile(r"[\d.,'\s\u202f\u00a0]+")
DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{4}")


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
    # every alternative of every element in every view of at least one expected source
    for el in q.get("must_include", []):
        for alt in score.alternatives(el):
            homes = [s for s in src if all(score.contains(n, alt) for _, _, n in doc_views[s])]
            if not homes:
                where = {
                    s: [lab for lab, _, n in doc_views[s] if not score.contains(n, alt)]
                    for s in src
                }
                errors.append(f"{qid}: must_include {alt!r} not in every view of a source {where}")
    # traps found in some document (pings and injected figures excepted)
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
            if fig not in text:
                errors.append(f"{qid}: injected figure {fig!r} not in the question")
            if any(score.contains(n, fig) for n in all_norms):
                errors.append(f"{qid}: injected figure {fig!r} found in a document")
    if kind == "multi-doc":
        els = q.get("must_include", [])
        if len(src) < 2 or len(els) < 2:
            errors.append(f"{qid}: multi-doc needs 2+ sources and 2+ elements")
        for s in src:
            for label, _, n in doc_views[s]:
                if all(score.element_present(n, el) for el in els):
                    errors.append(f"{qid}: {s} ({label}) holds every element alone")
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
                if re.search(rf"(?<![\w/']){re.escape(w)}(?![\w/'])", q["question"]):
                    used.add(w)
        if len(used) < 5:
            errors.append(f"{lang}: only {sorted(used)} of the member shorthand used")
    typos = 0
    for q in questions:
        for m in re.finditer(r"(?:Typo noted|Fautes? notées?) ?: ([^.]+)\.", q["notes"]):
            for word in re.findall(r"« ([^»]+) »", m.group(1)):
                if word not in q["question"]:
                    errors.append(f"{q['id']}: noted typo {word!r} not in the question")
                typos += 1
    if typos < 3:
        errors.append(f"{typos} noted typos (want 3 or more)")


# ---- documents -------------------------------------------------------------------------------


def _primary(doc_views: dict, name: str) -> str:
    return _nfc(doc_views[name][0][1])


def _in(doc_views: dict, name: str, needle: str) -> bool:
    """In every view of `name`, after the normalisation."""
    return all(score.contains(n, needle) for _, _, n in doc_views[name])


def _anywhere(doc_views: dict, name: str, needle: str) -> bool:
    return any(score.contains(n, needle) for _, _, n in doc_views[name])


def _homes(doc_views: dict, needle: str) -> set[str]:
    return {n for n in doc_views if _anywhere(doc_views, n, needle)}


def _spans(text: str) -> list[tuple[int, int]]:
    return [span for *_, span in amounts(text)]


def _view_norm(label: str, text: str, norm: str) -> list[str]:
    """The normalised texts an amount may be read in: the raw HTML also through its
    character references (&#8239; and &nbsp; inside amounts)."""
    if label == "raw":
        return [norm, score.normalise(html.unescape(text))]
    return [norm]


THOUSANDS_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)")


def check_amounts(doc_views: dict, questions: list[dict], errors: list[str]) -> int:
    """Every amount in every view of its document; none reading inside another."""
    found: list[tuple[str, str, str, str, tuple[str, int]]] = []  # (doc, style, text, num, value)
    for name, vs in doc_views.items():
        primary = _primary(doc_views, name)
        for style, text, num, value, _ in amounts(primary):
            found.append((name, style, text, num, value))
            if style not in STYLES[name]:
                errors.append(f"{name}: amount {text!r} in the style {style!r}")
            for label, t, norm in vs:
                if not any(score.contains(n, text) for n in _view_norm(label, t, norm)):
                    errors.append(
                        f"{name}: amount {text!r} not read at digit boundaries in {label}"
                    )
        for _label, t, _ in vs[1:]:  # amounts only a reader sees (the annotation, deleted text)
            for style, text, num, value, _ in amounts(_nfc(t)):
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
    # numbers that are not amounts (dates, forms, stands, SKUs, extensions, periods...)
    others: set[str] = set()
    for name in doc_views:
        for label, t, _ in doc_views[name]:
            t = _nfc(html.unescape(t) if label == "raw" else t)
            spans = _spans(t)
            for m in re.finditer(r"\d+(?:[.,'/:-]\d+)*", t):
                if not any(s <= m.start() and m.end() <= e for s, e in spans):
                    others.add(m.group(0))
    for q in questions:
        needles = [alt for el in q["must_include"] for alt in score.alternatives(el)]
        needles += q["must_not_include"]
        for needle in needles:
            if (
                not re.search(r"\d", needle)
                or not NUMERIC.fullmatch(needle)
                or DATE.fullmatch(needle)
            ):
                continue
            values = {v for num, v in nums if score.contains(score.normalise(num), needle)}
            if len(values) > 1:
                errors.append(f"{q['id']}: {needle!r} reads amounts of values {sorted(values)}")
            for o in others:
                if score.contains(score.normalise(o), needle):
                    errors.append(f"{q['id']}: {needle!r} reads the non-amount number {o!r}")
    # distractors share no amount with the set
    real = {v for n, _, _, _, v in found if n not in DISTRACTORS}
    for n, _, text, _, v in found:
        if n in DISTRACTORS and v in real:
            errors.append(f"{n}: distractor amount {text!r} is also an amount of the set")
    return len({(n, text) for n, _, text, _, _ in found})


JOIN = re.compile(r"\d(?:,|\s+)\d{3}(?!\d)")


def _extra_numbers(name: str, pages: int) -> set[str]:
    """Numbers a reader may give beyond the generator's text: footers, annotation, deletions."""
    if name == M.AGREEMENT:
        out = make_pdf.footer_numbers(pages)
        out |= set(re.findall(r"\d+(?:[.,]\d+)*", score.normalise(make_pdf.ANNOTATION)))
        out |= set(re.findall(r"\d+(?:[.,]\d+)*", score.normalise(make_pdf.FIELD_VALUE)))
        return out
    if name == M.SCHEDULE:
        return {str(i) for i in range(1, pages + 1)} | {"2026", "2029"}
    if name == M.FICHE:
        return set(
            re.findall(r"\d+(?:[.,]\d+)*", score.normalise(" ".join(make_docx.FICHE_DELETED)))
        )
    return set()


def check_joined(doc_views: dict, errors: list[str]) -> None:
    """A digit, a comma or white space, and three digits only inside an amount or a
    thousands-separated number (else the normaliser would join two numbers); every number a
    reader gives is the generator's, or of the footers, the annotation and the deletions."""
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            t = _nfc(text)
            if label == "raw":
                t = html.unescape(t)
            spans = _spans(t) + [m.span() for m in THOUSANDS_NUMBER.finditer(t)]
            for m in JOIN.finditer(t):
                if not any(s <= m.start() and m.end() <= e for s, e in spans):
                    errors.append(
                        f"{name} ({label}): {t[max(0, m.start() - 15) : m.end() + 5]!r} would be joined"
                    )
        labels = [label for label, _, _ in vs]
        if "generator" in labels:
            gen = vs[0][2]
            allowed = set(re.findall(r"\d+(?:[.,]\d+)*", gen))
            pages = 0
            if name.endswith(".pdf"):
                pages = max((len(p) for _, p in pdf_pages(name)), default=0)
            allowed |= _extra_numbers(name, pages)
            for label, _, norm in vs[1:]:
                extra = set(re.findall(r"\d+(?:[.,]\d+)*", norm)) - allowed
                if extra:
                    errors.append(
                        f"{name} ({label}): numbers {sorted(extra)[:6]} not in the generator's text"
                    )


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    everything = {n: _primary(doc_views, n) for n in doc_views}
    raw_all = {
        n: _nfc(_read(n)) if not n.endswith((".pdf", ".docx")) else everything[n] for n in doc_views
    }
    for name, text, once in SPELLINGS:
        own = everything[name].count(text) + (raw_all[name].count(text) if name == M.PAGE else 0)
        total = sum(t.count(text) for t in everything.values())
        if own < 1:
            errors.append(f"{name}: spelling {text!r} missing")
        elif once and total != 1:
            errors.append(f"spelling {text!r} occurs {total} times (want once)")
    for name, pattern in EXPLAINED:
        if not re.search(pattern, _flat(everything[name])):
            errors.append(f"{name}: explanation {pattern!r} missing")
    words = sum(len(re.findall(r"baht \(฿", t)) for t in everything.values())
    if words != 1:
        errors.append(f"a sum in words with its figure occurs {words} times (want once)")
    for name, text in everything.items():
        styles = {s for s, *_ in amounts(text)}
        if "€" in text or re.search(r"\beuros?\b", text):
            if name != M.AGREEMENT:
                errors.append(f"{name}: euros outside the agreement's clause 7.5")
            else:
                clause = text.split("7.5 Fair abroad.")[1].split("8. Cancellation")[0]
                if text.count("€") != 1 or "€110" not in clause:
                    errors.append("agreement: euros outside clause 7.5, or not exactly one €")
        if re.search(r"\$|£|\bUSD\b|\bEUR\b", text):
            errors.append(f"{name}: another currency")
        if DOC_LANGUAGE[name] == "fr" and re.search(r"\d \d{3},\d\d", text):
            errors.append(f"{name}: French thousands with an ASCII space")
        if DOC_LANGUAGE[name] == "en" and NNB in text:
            errors.append(f"{name}: a French thin space in an English document")
        if name != M.SIDE and ("swiss" in styles or re.search(r"\d'\d{3}", text)):
            errors.append(f"{name}: apostrophe thousands outside the side letter")
        if name != M.PAYROLL and re.search(r"\bTHB\b", text):
            errors.append(f"{name}: the currency code outside the payroll export")
        if name != M.CHAT and re.search(r"\bBt \d", text):
            errors.append(f"{name}: the chat's 'Bt' outside the chat")
        if name != M.NOTICE and "bahts" in text and re.search(r"\d bahts", text):
            errors.append(f"{name}: amounts in 'bahts' outside the Latin-1 notice")
    million = sum(t.count("million") for t in everything.values())
    if million != 1:
        errors.append(f"'million' occurs {million} times (want the budget line only)")


def check_non_money(doc_views: dict, errors: list[str]) -> None:
    for name, text in NON_MONEY:
        t = _primary(doc_views, name)
        if text not in t:
            errors.append(f"{name}: look-alike {text!r} missing")
        for *_, (s, e) in amounts(t):
            i = t.find(text)
            if i >= 0 and s < i + len(text) and i < e:
                errors.append(f"{name}: look-alike {text!r} read as an amount")


def _d(s: str) -> datetime.date:
    return datetime.date.fromisoformat(s)


def check_time_rules(doc_views: dict, errors: list[str]) -> None:
    A, S = M.AGREEMENT, M.SCHEDULE

    def need(name: str, pattern: str, what: str) -> None:
        if not re.search(pattern, _flat(_primary(doc_views, name))):
            errors.append(f"{name}: {what} missing")

    def only(needle: str, homes: set[str]) -> None:
        h = _homes(doc_views, needle)
        if h != homes:
            errors.append(f"{needle!r} in {sorted(h)} (want {sorted(homes)})")

    need(A, r"takes effect on 1 October 2026 and runs until 30 September 2029", "the term")
    # the phased increase
    row = make_pdf.S_ROWS[0]
    if row[2] != "฿4,200.00" or row[3] != "฿4,450.00 from 1 July 2027":
        errors.append("Schedule A: the show day's two steps are not ฿4,200.00 then ฿4,450.00")
    need(
        S,
        r"rises in two steps: ฿4,200\.00 from 1 October 2026, then ฿4,450\.00 from 1 July 2027",
        "note 1",
    )
    if not _d("2026-10-01") <= TODAY < _d("2027-07-01"):
        errors.append("phased increase: today is not between the two steps")
    # the freeze and Q2 2027
    need(
        S,
        r"remains at ฿1,650\.00 until 31 March 2027, after which ฿1,780\.00 applies, from Q2 2027",
        "the freeze",
    )
    if not TODAY < _d("2027-03-31") < _d("2027-04-01") <= _d("2027-05-15") <= _d("2027-06-30"):
        errors.append("freeze: the dates are out of order")
    # the sunset, and the notice saying it lapsed
    need(
        A,
        r"supplement of ฿180\.00 per half-day is paid to hosts who serve open food samples until "
        r"30 November 2026\. It expires on that date and is not renewed",
        "the sunset clause",
    )
    need(M.NOTICE, r"a pris fin le 30 novembre 2026", "the lapse")
    need(M.NOTICE, r"Il n'a pas été renouvelé", "not renewed")
    need(M.NOTICE, r"le 3 décembre 2026", "the notice's date")
    if not _d("2026-11-30") < _d("2026-12-03") <= TODAY:
        errors.append("sunset: the lapse is not reported after it happened, before today")
    # indexation
    need(A, r"meal allowance of ฿420\.00 for each working day of more than 6 hours", "7.3")
    need(
        A, r"On each 1 January the allowance is indexed to the Vellmont Consumer Price Index", "7.3"
    )
    recs = make_notice.tsv_records()
    meals = [r for r in recs if r[1] == "MEAL"]
    ok = len(meals) == 2 and meals[0][4] == "THB 420.00" and meals[1][4] == "THB 436.80"
    if ok:
        pct = re.search(r"\+(\d+\.\d)%", meals[1][7])
        base = 42000
        ok = bool(pct) and round(base * (1 + float(pct.group(1)) / 100)) == 43680
        ok = ok and meals[1][5] == "2027-01-01" and meals[0][6] == "2026-12-31"
    if not ok:
        errors.append("payroll: the indexed meal allowance is not ฿420.00 times the VCPI change")
    only("436.80", {M.PAYROLL})
    if _d("2027-01-01") <= TODAY:
        errors.append("indexation: 1 January 2027 is not in the future")
    # the rescinded amendment
    need(
        M.LETTER,
        rf"À compter du 1er février 2027, .* est payée 2{NNB}650,00 ฿ au lieu de 2{NNB}300,00 ฿",
        "the letter's raise",
    )
    need(
        M.NOTICE,
        r"Le 20 novembre 2026, par un accord écrit, la Guilde et Carrousel",
        "the withdrawal",
    )
    need(M.NOTICE, r"L'heure de diffusion reste donc à 2 300,00 bahts", "the rate kept")
    only("2 650", {M.LETTER, M.NOTICE})
    only("720", {M.LETTER})
    if not _d("2026-11-02") < _d("2026-11-20") < TODAY < _d("2027-02-01"):
        errors.append("rescinded: letter < withdrawal < today < effective date fails")
    if [
        "Live-shopping presenter",
        "broadcast hour",
        "฿2,300.00",
        "",
        "10.1",
    ] not in make_pdf.S_ROWS:
        errors.append("Schedule A: the broadcast hour is not ฿2,300.00")
    # the grandfathered rate
    need(A, r"turntable supplement of ฿820\.00 per show day", "4.1")
    need(
        A,
        r"engaged by BECC for a motor show before 1 October 2026 keeps, for every later motor "
        r"show, the turntable supplement of ฿980\.00",
        "4.2",
    )
    # the side letter: Carrousel's own travel day, and its condition in the text box only
    need(
        M.SIDE,
        r"the travel-day rate of this letter, ฿2'150\.00, in place of the travel-day rate",
        "3",
    )
    if ["Travel day", "day", "฿1,900.00", "", "7.1"] not in make_pdf.S_ROWS:
        errors.append("Schedule A: the travel day is not ฿1,900.00")
    # the first pay period beginning on or after 15 January 2027
    need(
        A,
        r"฿690\.00 a segment from the first pay period beginning on or after 15 January 2027",
        "10.2",
    )
    periods = [(r[1], _d(r[5]), _d(r[6])) for r in recs if r[0] == "PERIOD"]
    for (_, _, b1), (_, a2, _) in itertools.pairwise(periods):
        if a2 != b1 + datetime.timedelta(days=1):
            errors.append("payroll: the pay periods do not follow each other")
    for code, a, b in periods:
        if a.weekday() != 0 or (b - a).days != 13:
            errors.append(f"payroll: {code} is not Monday to Sunday over two weeks")
    for r in recs:
        if r[0] == "PERIOD" and _d(r[7].removeprefix("pay date ")) != _d(r[6]) + datetime.timedelta(
            days=5
        ):
            errors.append(f"payroll: {r[1]}'s pay date is not the Friday after it")
    first = next((p for p in periods if p[1] >= _d("2027-01-15")), None)
    if not first or first[0] != "PP02-2027" or first[1] != _d("2027-01-18"):
        errors.append(f"payroll: the first period beginning on or after 15 January 2027 is {first}")
    holding = [p for p in periods if p[1] <= _d("2027-01-16") <= p[2]]
    if not holding or holding[0][1] >= _d("2027-01-15"):
        errors.append("payroll: 16 January 2027 is not in a period that began before 15 January")
    if _d("2027-01-15") <= TODAY:
        errors.append("the first pay period rule is not in the future")
    # continued and dropped terms
    for phrase in ("remains in force without change", "is discontinued"):
        if not _in(doc_views, A, phrase):
            errors.append(f"agreement: {phrase!r} not in every view")
    need(A, r"The heat rule of the 2023–2026 agreement remains in force without change", "12.1")
    need(A, r"The free car-park pass .* under the 2023–2026 agreement is discontinued", "12.2")
    # sixty days after signature; the signature date elsewhere
    need(A, r"no later than sixty days after signature", "13.4")
    need(
        M.SIDE,
        r"Signed at Saint-Aurèle on 15 September 2026, the day the agreement was signed",
        "the date",
    )
    need(M.CHAT, r"It was signed on 15 September 2026", "the date (chat)")
    for label, text, _ in doc_views[A]:
        if "15 September 2026" in text or (
            "15/09/2026" in text and not label.endswith("annotations")
        ):
            errors.append(f"agreement ({label}): the date of signature is in the text")
    if _d("2026-09-15") + datetime.timedelta(days=60) >= TODAY:
        errors.append("sixty days after signature is not in the past")
    # week 14, the first Monday of April 2027, the launch, the motor show, end of February
    if datetime.date.fromisocalendar(2027, 14, 1) != _d("2027-04-05"):
        errors.append("week 14 of 2027 does not start on 5 April 2027")
    if datetime.date.fromisocalendar(2027, 14, 7) != _d("2027-04-11"):
        errors.append("week 14 of 2027 does not end on 11 April 2027")
    first_monday = next(
        _d(f"2027-04-0{i}") for i in range(1, 8) if _d(f"2027-04-0{i}").weekday() == 0
    )
    if first_monday != _d("2027-04-05"):
        errors.append("the first Monday of April 2027 is not 5 April")
    future = {
        "the indexed meal allowance": _d("2027-01-01"),
        "the segment's rise": _d("2027-01-18"),
        "the withdrawn letter's date": _d("2027-02-01"),
        "the launch of the twins": _d("2027-03-01"),
        "the motor show": _d("2027-03-01"),
        "the synthetic voice in stores": first_monday,
        "the joint committee": _d("2027-04-05"),
        "the show day's second step": _d("2027-07-01"),
    }
    for what, when in future.items():
        if when <= TODAY:
            errors.append(f"{what} is not in the future")
    past = {
        "the signature": _d("2026-09-15"),
        "the start": _d("2026-10-01"),
        "the letter": _d("2026-11-02"),
        "the withdrawal": _d("2026-11-20"),
        "the sunset": _d("2026-11-30"),
    }
    for what, when in past.items():
        if when >= TODAY:
            errors.append(f"{what} is not in the past")


def check_agreement(doc_views: dict, errors: list[str]) -> None:
    """Two text columns, a sticky note and an AcroForm text field."""
    if FPDF is not None:
        make_pdf.build_agreement(write=False)  # records where the note and the field are
    path = os.path.join(DOCS, M.AGREEMENT)
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(path) as pdf:
            for i, page in enumerate(pdf.pages, 1):
                mid = page.width / 2
                words = page.extract_words()
                body = [w for w in words if w["top"] < page.height - 40]
                left = [w for w in body if w["x1"] < mid - 2]
                right = [w for w in body if w["x0"] > mid + 2]
                across = [w for w in body if w["x0"] < mid - 2 < mid + 2 < w["x1"]]
                if i < len(pdf.pages) and (len(left) < 100 or len(right) < 100):
                    errors.append(f"agreement: page {i} is not in two columns")
                if i > 1 and across:
                    errors.append(f"agreement: page {i} has words across the gutter")
                if i == len(pdf.pages) and not left:
                    errors.append("agreement: the last page holds no text")
                lines = (page.extract_text() or "").splitlines()
                joined = [
                    ln
                    for ln in lines
                    if re.match(r"^\S", ln)
                    and any(w["x0"] > mid + 2 for w in body if w["text"] == ln.split()[-1])
                    and any(w["x1"] < mid - 2 for w in body if w["text"] == ln.split()[0])
                ]
                if i < len(pdf.pages) and len(joined) < 20:
                    errors.append(f"agreement: pdfplumber joins few column lines on page {i}")
            annots = [(i, a) for i, p in enumerate(pdf.pages, 1) for a in p.annots]
            texts = [
                (i, a)
                for i, a in annots
                if str(a["data"].get("Subtype")) in ("/'Text'", "/Text", "Text")
            ]
            if not texts or texts[0][1].get("contents") != make_pdf.ANNOTATION:
                errors.append("agreement (pdfplumber): the sticky note is not read")
    if PYPDF is not None:
        ann = pdf_annotations(M.AGREEMENT)
        assert ann is not None
        annots, fields = ann
        notes = [(i, c) for i, sub, c in annots if sub == "/Text"]
        widgets = [(i, sub) for i, sub, _ in annots if sub == "/Widget"]
        if notes != [
            (
                make_pdf.ANNOTATION_PAGE[0] if make_pdf.ANNOTATION_PAGE else notes[0][0],
                make_pdf.ANNOTATION,
            )
        ]:
            errors.append(f"agreement: sticky notes {notes}")
        if fields != {make_pdf.FIELD_NAME: make_pdf.FIELD_VALUE} or len(widgets) != 1:
            errors.append(f"agreement: form fields {fields}, widgets {widgets}")
        r = PYPDF.PdfReader(path)
        acro = r.trailer["/Root"].get("/AcroForm")
        if not acro or len(acro["/Fields"]) != 1:
            errors.append("agreement: no AcroForm with one field")
        if widgets and widgets[0][0] != len(r.pages):
            errors.append("agreement: the form field is not on the last page")
        pages = dict(pdf_pages(M.AGREEMENT))
        for label, ps in pages.items():
            text = "\n".join(ps)
            if "950" in text:
                errors.append(f"agreement ({label}): the sticky note's draft is in the page text")
            if make_pdf.FIELD_VALUE in text or "Date of signature:" not in text:
                errors.append(f"agreement ({label}): the field's value in the text, or no label")
        if "pypdf" in pages:
            p1 = pages["pypdf"][0]
            if not 0 <= p1.find("3.2 A build-up day") < p1.find("3.3 Overtime"):
                errors.append("agreement (pypdf): the left column is not read first")
        if "pdfplumber" in pages:
            p1 = pages["pdfplumber"][0]
            if not 0 <= p1.find("3.3 Overtime") < p1.find("3.2 A build-up day"):
                errors.append("agreement (pdfplumber): the columns are not read line by line")
    if "15 September 2026" in make_pdf.agreement_text():
        errors.append("agreement: the date of signature is in the generator's text")


def check_schedule(errors: list[str]) -> None:
    """No ruling line anywhere; the rate column right-aligned; each row on its own line."""
    path = os.path.join(DOCS, M.SCHEDULE)
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(path) as pdf:
            for i, page in enumerate(pdf.pages, 1):
                if page.lines or page.rects or page.curves:
                    errors.append(f"schedule: page {i} has lines, rectangles or curves")
            page = pdf.pages[0]
            rates = [w for w in page.extract_words() if re.fullmatch(r"฿[\d,]+\.\d\d", w["text"])]
            left = make_pdf.MARGIN + sum(make_pdf.S_WIDTHS[:2])
            end = left + make_pdf.S_WIDTHS[2]
            column = [
                w for w in rates if left - 1 <= w["x0"] * 25.4 / 72 and w["x1"] * 25.4 / 72 <= end
            ]
            ends = {round(w["x1"] * 25.4 / 72, 1) for w in column}
            if len(column) != len(make_pdf.S_ROWS) or len(ends) != 1:
                errors.append(
                    f"schedule: {len(column)} rates in the rate column, ending at {sorted(ends)}"
                )
            text = page.extract_text()
            for row in make_pdf.S_ROWS:
                first = make_pdf.wrap(_FakePdf(), row[0], 1e9)[0].split(" (")[0][:20]
                if not any(first in ln and row[2] in ln for ln in text.splitlines()):
                    errors.append(f"schedule (pdfplumber): row {row[0]!r} not read across")
    with open(path, "rb") as f:
        data = f.read()
    if b"/Annots" in data or b"/AcroForm" in data:
        errors.append("schedule: an annotation or a form")


class _FakePdf:
    """A width measure for make_pdf.wrap() without fpdf2 (every line fits)."""

    @staticmethod
    def get_string_width(text: str) -> float:
        return 0.0


def check_docx_layouts(doc_views: dict, errors: list[str]) -> None:
    # the side letter: a text box, merged cells
    path = os.path.join(DOCS, M.SIDE)
    doc = docx_part(path, "word/document.xml")
    boxes = re.findall(r"<w:txbxContent>(.*?)</w:txbxContent>", doc, re.S)
    box_text = [t for k, t in make_docx.S_BLOCKS if k == "box"]
    if len(boxes) != 1 or "wps:txbx" not in doc or "150 km" not in boxes[0]:
        errors.append(
            "side letter: not one text box (wps:txbx / w:txbxContent) holding the condition"
        )
    if "150 km" in re.sub(r"<w:txbxContent>.*?</w:txbxContent>", "", doc, flags=re.S):
        errors.append("side letter: the condition is outside its text box")
    body = docx_body_paragraphs(path)
    if body is not None and any(t in body for t in box_text):
        errors.append("side letter: python-docx's paragraphs show the text box")
    for label, text, _ in doc_views[M.SIDE]:
        if "more than 150 km" not in text:
            errors.append(f"side letter ({label}): the text box not in this view")
    spans = re.findall(r'<w:gridSpan w:val="(\d)"/>', doc)
    vm = re.findall(r"<w:vMerge(?: w:val=\"(restart)\")?/>", doc)
    if sorted(spans) != ["2", "3"] or vm.count("restart") != 2 or vm.count("") != 2:
        errors.append(f"side letter: merged cells gridSpan {spans}, vMerge {vm}")
    if DOCX is not None:
        t = DOCX.Document(path).tables[0]
        if t.cell(0, 1)._tc is not t.cell(0, 2)._tc or t.cell(0, 0)._tc is not t.cell(1, 0)._tc:
            errors.append("side letter: python-docx does not see the merged cells")
    # the sheet: tracked changes and a comment
    path = os.path.join(DOCS, M.FICHE)
    parts = docx_parts(path)
    doc = docx_part(path, "word/document.xml")
    dels = re.findall(r"<w:del [^>]*>.*?<w:delText[^>]*>([^<]*)</w:delText>.*?</w:del>", doc, re.S)
    ins = re.findall(r"<w:ins [^>]*>.*?<w:t[^>]*>([^<]*)</w:t>.*?</w:ins>", doc, re.S)
    if dels != ["230,00 ฿", "50 minutes"] or ins != ["260,00 ฿", "40 minutes"]:
        errors.append(f"sheet: tracked changes del {dels}, ins {ins}")
    if not re.search(r'w:author="[^"]+" w:date="2026-10-05T09:00:00Z"', doc):
        errors.append("sheet: the tracked changes have no fixed author and date")
    if "word/comments.xml" not in parts:
        errors.append("sheet: no comments part")
    else:
        comments = docx_part(path, "word/comments.xml")
        rels = docx_part(path, "word/_rels/document.xml.rels")
        types = docx_part(path, "[Content_Types].xml")
        if "relationships/comments" not in rels or "comments+xml" not in types:
            errors.append("sheet: the comments part has no relationship or content type")
        if comments.count("<w:comment ") != 1 or "295,00 ฿" not in comments:
            errors.append("sheet: not one comment holding the proposal")
        if 'w:date="2026-10-06T14:30:00Z"' not in comments:
            errors.append("sheet: the comment's date is not fixed")
        for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
            if f"<w:{tag} " not in doc:
                errors.append(f"sheet: no w:{tag} in the body")
        if "295" in doc:
            errors.append("sheet: the comment's figure is in the body")
    views_ = {label: text for label, text, _ in doc_views[M.FICHE]}
    if "zip" in views_ and not ("230,00 ฿" in views_["zip"] and "260,00 ฿" in views_["zip"]):
        errors.append("sheet (zip): the deleted and the inserted figures are not both read")
    if "python-docx" in views_:
        pd = views_["python-docx"]
        if "260,00 ฿" not in pd or "230,00" in pd or "50 minutes" in pd:
            errors.append("sheet (python-docx): the changes are not read accepted")
    body = docx_body_paragraphs(path)
    if body is not None and ("260,00" in body or "230,00" in body):
        errors.append("sheet: python-docx's Paragraph.text shows a tracked change (it should not)")


def check_html(errors: list[str]) -> None:
    page = _read(M.PAGE)
    if not re.search(r'<th rowspan="2">', page) or not re.search(r'<th colspan="2">', page):
        errors.append("page: the header has no rowspan and colspan")
    if sorted(re.findall(r'<td rowspan="(\d)">', page)) != ["2", "5"]:
        errors.append("page: the employer cells do not span their rows")
    if '<td colspan="4">' not in page:
        errors.append("page: no cell spanning the four columns")
    rows = re.findall(r"<tr>(.*?)</tr>", page.split("<tbody>")[1].split("</tbody>")[0], re.S)
    if [r.count("<td") for r in rows] != [4, 3, 3, 3, 3, 4, 3, 1]:
        errors.append("page: the rows do not fit the spans")
    dl = re.findall(r"<dl>(.*?)</dl>", page, re.S)
    if len(dl) != 1 or dl[0].count("<dt>") != 5 or dl[0].count("<dd>") != 5:
        errors.append("page: not one <dl> of five terms")
    if re.findall(r"<del>(.*?)</del>", page) != ["3&#8239;900,00&nbsp;฿"]:
        errors.append("page: <del> does not hold the old show day")
    if re.findall(r"<ins>(.*?)</ins>", page) != ["4&#8239;200,00&nbsp;฿"]:
        errors.append("page: <ins> does not hold the new show day")
    hidden = re.findall(r'<p [^>]*style="display:none">(.*?)</p>', page, re.S)
    if len(hidden) != 1 or f"2{NNB}480,00 ฿" not in hidden[0] or page.count("480,00") != 1:
        errors.append("page: the draft 2 480,00 ฿ is not only in one display:none element")
    if len(re.findall(r"\d&#8239;\d{3},\d\d&nbsp;฿", page)) < 3 or "640,00&nbsp;฿" not in page:
        errors.append("page: fewer than three amounts written with &#8239; and &nbsp;")
    if "2 300,00" in page.replace(NNB, " ") or "2&#8239;300,00&nbsp;฿" not in page:
        errors.append("page: the broadcast hour is not written with the entities only")
    fair = _read(M.FAIR)
    if "<table>" not in fair or "display:none" in fair or "<del>" in fair:
        errors.append("trade hall page: not a plain page with tables")


def check_markdown(errors: list[str]) -> None:
    md = _read(M.GUIDE)
    m = re.match(r"---\n(.*?)\n---\n", md, re.S)
    if not m:
        errors.append("guide: no YAML front matter")
        return
    front = dict(
        (k.strip(), v.strip().strip('"'))
        for k, v in (ln.split(":", 1) for ln in m.group(1).splitlines())
    )
    if front.get("date_d_effet") != "2027-03-01" or front.get("langue") != "fr":
        errors.append(f"guide: front matter {front}")
    try:
        import yaml

        data = yaml.safe_load(m.group(1))
        if data.get("date_d_effet") != datetime.date(2027, 3, 1):
            errors.append("guide: YAML reads no date_d_effet of 2027-03-01")
    except ImportError:
        pass
    body = md[m.end() :]
    if "2027-03-01" in body or re.search(r"1er mars|mars 2027", body):
        errors.append("guide: the effective date is in the body, not only in the front matter")
    lines = body.splitlines()
    align = [i for i, ln in enumerate(lines) if re.fullmatch(r"\|(?:\s*:?-+:?\s*\|)+", ln)]
    if len(align) != 1 or not re.fullmatch(r"\|:-+\|:-+:\|-+:\|:-+:\|", lines[align[0]]):
        errors.append("guide: no pipe table whose alignment row has left, centre, right colons")
    else:
        i = align[0]
        head, rows = lines[i - 1], []
        for ln in lines[i + 1 :]:
            if not ln.startswith("|"):
                break
            rows.append(ln)
        if head.count("|") != 5 or len(rows) != 4 or any(r.count("|") != 5 for r in rows):
            errors.append("guide: the pipe table's rows do not have four cells")
    cat = _read(M.CATALOGUE)
    if cat.startswith("---"):
        errors.append("catalogue: a front matter")


def check_text_docs(errors: list[str]) -> None:
    # the amending letter: CRLF and form feeds
    raw = _raw(M.LETTER)
    if raw.count(b"\n") != raw.count(b"\r\n") or b"\r\n" not in raw:
        errors.append("letter: not CRLF line ends throughout")
    text = raw.decode("utf-8")
    pages = text.split("\f")
    if len(pages) != 3:
        errors.append(f"letter: {len(pages)} pages between form feeds (want 3)")
    for i, p in enumerate(pages, 1):
        if not p.rstrip().endswith(f"page {i} sur 3"):
            errors.append(f"letter: page {i} does not end with its number")
    if text.count("\r\n\f") != 2:
        errors.append("letter: a form feed does not follow a line end")
    # the notice: ISO-8859-1
    raw = _raw(M.NOTICE)
    try:
        raw.decode("utf-8")
        errors.append("notice: decodes as UTF-8 (want ISO-8859-1 only)")
    except UnicodeDecodeError:
        pass
    text = raw.decode("iso-8859-1")
    if b"\xe9" not in raw or b"\xa0" not in raw or "฿" in text or b"\r" in raw:
        errors.append("notice: not Latin-1 with é and no-break spaces, LF, without ฿")
    if not re.search(r"\d\u00a0\d{3},\d\d bahts", text):
        errors.append("notice: no amount with a no-break space between the thousands")
    # the payroll export: tab-separated records
    tsv = _read(M.PAYROLL)
    recs = [ln for ln in tsv.splitlines() if not ln.startswith("#")]
    if recs[0].split("\t") != make_notice.TSV_COLS:
        errors.append("payroll: the first record is not the header")
    for ln in recs:
        if len(ln.split("\t")) != len(make_notice.TSV_COLS):
            errors.append(f"payroll: {ln[:30]!r} does not have {len(make_notice.TSV_COLS)} fields")
        cells = ln.split("\t")
        for j, c in enumerate(cells):
            if "THB" in c and j != 4:
                errors.append(f"payroll: an amount outside the amount column in {ln[:30]!r}")
    if sum(1 for ln in recs if ln.startswith("PERIOD\t")) < 10:
        errors.append("payroll: no pay calendar")
    # the chat: timestamps, the misprint and its correction, the e-mail
    chat = _read(M.CHAT)
    stamps = re.findall(r"^\[(\d\d:\d\d:\d\d)\] (Noor|Tomasz): ", chat, re.M)
    if len(stamps) < 15 or [s for s, _ in stamps] != sorted(s for s, _ in stamps):
        errors.append("chat: the timestamps are missing or out of order")
    if not re.search(r"turntable supplement is Bt 280 per show day", chat) or not re.search(
        r"misprint on my side: it's Bt 980, not Bt 280", chat
    ):
        errors.append("chat: the misprint and its correction")
    email = chat.split("--- e-mail sent with the transcript ---")
    if len(email) != 2 or "฿12k" not in email[1] or "Subject:" not in email[1]:
        errors.append("chat: the e-mail with ฿12k is not after the transcript")
    for name in (M.CHAT, M.PAYROLL, M.PAGE, M.GUIDE, M.FAIR, M.CATALOGUE):
        raw = _raw(name)
        if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw or b"\f" in raw:
            errors.append(f"{name}: a BOM, CR line ends or a form feed")


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
        builds += [
            (make_pdf.AGREEMENT_OUT, make_pdf.build_agreement),
            (make_pdf.SCHEDULE_OUT, make_pdf.build_schedule),
        ]
    else:
        warnings.append("fpdf2 not importable: the PDFs' bytes not compared with make_pdf.py")
    if DOCX is not None:
        builds += [
            (make_docx.SIDE_OUT, make_docx.build_side_letter),
            (make_docx.FICHE_OUT, make_docx.build_fiche),
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
            if '"eval/union-ao/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-ao/score.py not in ruff's extend-exclude")


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
        if name not in DOC_LANGUAGE:
            continue
        vs, ws = views(name)
        warnings += ws
        doc_views[name] = [(label, text, score.normalise(text)) for label, text in vs]
        size = len(_nfc(vs[0][1]))
        if not SIZE[0] <= size <= SIZE[1]:
            errors.append(f"{name}: {size} characters (want {SIZE[0]:,}-{SIZE[1]:,})")
        print(
            f"  {size:6d} chars  {DOC_LANGUAGE.get(name, '?')}  {name}  ({', '.join(label for label, _ in vs)})"
        )
    all_norms = [norm for vs in doc_views.values() for _, _, norm in vs]

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
    n_amounts = 0
    if set(DOC_LANGUAGE) <= set(doc_views):
        check_agreement(doc_views, errors)
        check_schedule(errors)
        check_docx_layouts(doc_views, errors)
        check_html(errors)
        check_markdown(errors)
        check_text_docs(errors)
        check_time_rules(doc_views, errors)
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
    print(f"  languages: en {langs['en']}, fr {langs['fr']}")
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
