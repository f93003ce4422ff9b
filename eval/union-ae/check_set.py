#!/usr/bin/env python3
"""Check the union-ae set itself: questions.json against docs/ (no project needed).

    python3 eval/union-ae/check_set.py                      # stdlib; PDF and DOCX in the generators' text
    /work/main/.venv/bin/python eval/union-ae/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields and values of every question (in union-b's order), ids uae-001.. in order,
  counts per kind and language, no duplicate, no newline, and that questions.json is what
  make_questions.py writes;
- that every expected source exists, and that EVERY ALTERNATIVE of every must_include
  element occurs, after the scorer's normalisation (score.normalise / score.contains), in
  EVERY view of at least one expected source: HTML without tags (scripts and styles
  dropped) and raw; the email decoded as UTF-8 with its BOM; the arena list decoded as
  UTF-16; other text as UTF-8; the DOCX in the generator's text, in its XML read with
  zipfile (word/document.xml AND word/footnotes.xml) and through python-docx
  (Document.paragraphs, the tables' row.cells, and the footnotes part that python-docx
  loads with the document); the PDFs in the generator's text, through pdfplumber and
  through pypdf;
- the accepted forms: stable under normalisation; no bare number of fewer than three digits;
  a bare number never a percentage in an expected source; no trap equal to, or matching, a
  must_include alternative; every trap (but pings and injected figures) found in a document;
- that no amount or percentage is glued to a neighbour: every amount printed in a document
  ("R$ 1.260,00", "R$ 1.260", "R$1260", "R$ 1,26 mil", "BRL 1,260.00", "1 260,00 R$" with
  U+202F / U+00A0, "38 000 R$", "1.260 reais", the export's "46.937,81" and "-1.236,40",
  both ends of "R$ 300,00 a R$ 480,00") and every percentage is found, after normalisation
  and at digit boundaries, in every view of its document; no separator stands where the
  scorer would glue two numbers into one; the NON-MONEY look-alikes (CAT-1260, Studio 3,
  Form VS-2 / formulaire VS-2, the ISRC-like BL-LNF-26-00417) exist, no amount pattern
  reads them, and CAT-1260 is in no expected source of a question whose answer reads "1260";
- that the built PDFs and DOCX are byte for byte what their generators make now, hold their
  generators' words, and the email and the arena list their generator's bytes;
- the agreement PDF: 5-12 pages in both readers; the running header and "Page N of M" on
  every page; Clauses 1 to 24 in order, sub-clauses "Cl. n.m" in order, 10+ citations
  "clause n(m)" (each pointing to an existing sub-clause) and no other citation style (but
  the old agreement's "Clause 11.4 of the 2022–2025 agreement"); its three FOOTNOTES: the
  mark glued to its word and the footnote's text at the foot of the same page (after the
  body, before "Page N of M") and on no other page, in both readers; footnote 1 marked in
  Schedule 1's "lead-line premium" row; SCHEDULE 1's ROLE LABELS SPANNING ROWS (pdfplumber's
  table reads the label in the first row of its group and None below), each row read on
  one line by both readers; FY 2026/27 = FY 2025/26 + 5 per cent (nearest R$ 5) and
  FY 2027/28 = FY 2026/27 + 4 per cent (nearest R$ 10); the quarters' dates given once,
  in clause 2(3), and in no other document;
- the rate card: one page in both readers; pdfplumber's table holds each rate cell as TWO
  LINES (amount, then unit), no reader reads an amount and its unit on one line; its
  FY 2027/28 column = FY 2026/27 + 4 per cent (nearest R$ 10); its recording rows equal
  Schedule 1's; "01-Apr-2027"; no doubling percentage (a multi-doc question needs the
  agreement for it);
- the notice: 5+ HYPHENATED line ends in both readers ("rémuné-" / "ration" among them),
  each a break inside a word, never inside a tied amount, date, duration, percentage or
  clause reference (every tied phrase read on one line); its de-hyphenated text holds the
  generator's words; "Les parties remplacent la clause 17(4)" (60 days in the agreement,
  90 jours from le 15 octobre 2026, earlier notices keep 60 jours) and "Les parties
  confirment la clause 15(3)" (3 synthetic vocal tracks in the agreement); no amount;
- the DOCX: 20+ paragraphs numbered by Word (w:numPr -> the list added to numbering.xml),
  none with its number in its text; one footnote in word/footnotes.xml (the per diem from
  T3 2026/27, 195,00 R$) referenced from the table, absent from python-docx's paragraphs
  and cells; the table's w:gridSpan and w:vMerge (the two-row header, the role cells over
  three rows), its amounts with U+00A0 equal to Schedule 1, the rate card and the
  music-video schedule; "dès le 1.4.2027"; the superseded 60 jours and no 90 jours;
- the HTML rate page: every body row labelled by <th scope="row">, every <s> figure
  Schedule 1's FY 2025/26 rate and followed by FY 2026/27's, a <dl> holding the choir
  minimum and the cartage suspended (Jul 6, 2026) and restored (Nov 1, 2026), "Apr 1, 2027";
- the music-video schedule: setext headings only (=== and ---), an embedded HTML <table>
  (FY 2027/28 = FY 2026/27 + 4 per cent), the range, "2027-04-01", no AI-video amount;
- the email: a BOM, CRLF throughout, the correction on top (R$ 310,00, no 295), the old
  figure only in lines quoted with "> ", "R$1260", "BRL 1,260.00", "1/IV/2027";
- the export: semicolon-separated, a header line, every row the header's width, each
  payment = receipts x 2 per cent, each TOTAL line the sum of its quarter, one negative
  correction, decimal commas; the FAQ (U+202F, "quinze pour cent") and the news page
  (boilerplate, <time datetime>, the vote, "1.260 reais", "R$ 1,26 mil", "1er avr. 2027");
  the arena list's UTF-16 LE BOM and CRLF (not UTF-8); distractors naming neither party
  and sharing no amount with the other documents;
- the amount, percentage, period and date spellings of SPELLINGS (some exactly once); no
  other currency;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- that the rejected buy-out is printed only in the news page, never in must_include, and
  is a trap of the vocal-synthesis-fee question;
- cross-lingual questions have no source in their language and their answer is in no
  document of their language; the others one in theirs; multi-doc elements are never all
  in one source; every non-distractor document is used, no distractor is;
- that every document is 2,000-25,000 characters (in its first view);
- that the out-of-scope questions' key terms and the adversarial questions' injected
  figures occur in no document (in any view).
Exit 1 on any error.
"""

from __future__ import annotations

import html.parser
import itertools
import json
import os
import re
import sys
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
PREFIX = "uae"
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
AGREEMENT, RATECARD, NOTICE, SUMMARY = M.AGREEMENT, M.RATECARD, M.NOTICE, M.SUMMARY
RATES, NEWS, GUIDE, FAQ, EMAIL, EXPORT = M.RATES, M.NEWS, M.GUIDE, M.FAQ, M.EMAIL, M.EXPORT
ARENA, STUDIO = M.ARENA, M.STUDIO
DISTRACTORS = {ARENA, STUDIO}
PDF_TEXT = {
    AGREEMENT: make_pdf.agreement_text,
    RATECARD: make_pdf.ratecard_text,
    NOTICE: make_pdf.notice_text,
}
REJECTED_FORMS = M.REJECTED_FORMS
REJECTED_HOMES = {NEWS}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

DOC_LANGUAGE = {
    AGREEMENT: "en",
    RATECARD: "en",
    RATES: "en",
    GUIDE: "en",
    EMAIL: "en",
    ARENA: "en",
    NOTICE: "fr",
    SUMMARY: "fr",
    NEWS: "fr",
    FAQ: "fr",
    EXPORT: "fr",
    STUDIO: "fr",
}

_SP = "[ .\u00a0\u202f]"
OOS_ABSENT = {
    "uae-048": [r"songwrit", r"co-?writ", r"\bwriters?\b", r"compositeur", r"parolier"],
    "uae-049": [r"publishing", r"\bsplits?\b", r"éditeur", r"droits d'édition"],
    "uae-050": [r"insur", r"assuranc", r"\bassur"],
    "uae-051": [r"hearing", r"ear ?plugs?", r"in-ear", r"bouchons", r"auditi"],
    "uae-052": [r"\bvisas?\b", r"abroad", r"passport", r"passeport", r"étranger", r"foreign"],
    "uae-053": [r"merch", r"t-shirts?", r"marchandis", r"produits dérivés"],
    "uae-054": [r"enfant", r"\bchild", r"mineur", r"\bminors?\b", r"\bkids?\b", r"\bfille\b"],
    "uae-055": [r"cotisation", r"\bdues\b", r"membership fee", r"adhésion"],
    "uae-056": [r"parental", r"maternit", r"paternit", r"\bcongés?\b", r"accouch", r"pregnan"],
    "uae-057": [r"retraite", r"\bpensions?\b", r"retire"],
    "uae-058": [f"9{_SP}?999"],
    "uae-059": [f"77{_SP}?777"],
    "uae-060": [r"(?<![\d.,])444(?![\d])"],
}

# cross-lingual questions: their answer must be in no (non-distractor) document of the
# question's language
XL_ABSENT = {
    "uae-032": [r"\b90 days\b", r"(?<![\d.,])90(?![\d])"],
    "uae-033": [r"\b731\b", r"votes? to"],
    "uae-034": [r"Haubans", r"French-language office"],
    "uae-035": [r"46[.,\s]?937", r"Q2 FY27 (?:total|payment)"],
    "uae-036": [r"(?<![\d.,])225(?![\d])", r"heures? supplémentaires? .{0,40}R\$"],
    "uae-037": [r"\bgriefs?\b", r"35 jours"],
    "uae-038": [r"moitié d'un spectacle", r"demi-spectacle", r"jours? de déplacement"],
    "uae-039": [r"annul", r"100 ?%"],
}

_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
_MOIS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
SPELLINGS = {
    "dot thousands and comma cents (R$ 1.260,00)": r"R\$ \d{1,3}\.\d{3},\d\d\b",
    "dot thousands, no cents (R$ 1.260)": r"R\$ \d{1,3}\.\d{3}(?![,.\d])",
    "bank style in an English export (BRL 1,260.00)": r"\bBRL \d{1,3},\d{3}\.\d\d\b",
    "French style, NARROW NO-BREAK SPACE thousands (1 260,00 R$)": "\\d\u202f\\d{3},\\d\\d\u00a0R\\$",
    "French style, NO-BREAK SPACE thousands (1 260,00 R$)": "\\d\u00a0\\d{3},\\d\\d\u00a0R\\$",
    "in words (1.260 reais)": r"(?<![\d.,])\d{1,3}\.\d{3} reais\b",
    "thousands abbreviated (R$ 1,26 mil)": r"R\$ \d,\d\d mil\b",
    "no space, no separator (R$1260)": r"R\$\d{4}\b",
    "a range (R$ 300,00 a R$ 480,00)": r"R\$ \d+,\d\d a R\$ \d+,\d\d",
    "a negative correction (one export line, -1.236,40)": r"(?m)^(?=[^\n]*;-\d)[^\n]*$",
    "percentage with a space (15 %)": r"(?<![\d.,])15 %",
    "percentage glued (15%)": r"(?<![\d.,])15%",
    "percentage in English words (15 per cent)": r"(?<![\d.,])15 per cent\b",
    "percentage in French words (quinze pour cent)": r"\bquinze pour cent\b",
    "financial year (FY 2026/27)": r"\bFY 2026/27\b",
    "quarter and year (Q3 FY27)": r"\bQ\d FY27\b",
    "quarter in words (from the third quarter)": r"\bfrom the third quarter\b",
    "French quarter (T3 2026/27)": r"\bT3 2026/27\b",
    "date 1 April 2027": r"\b1 April 2027\b",
    "date Apr 1, 2027": r"\bApr 1, 2027\b",
    "date 01-Apr-2027": r"\b01-Apr-2027\b",
    "date 1.4.2027": r"(?<![\d.])1\.4\.2027\b",
    "date 1/IV/2027 (Roman-numeral month)": r"\b1/IV/2027\b",
    "date 2027-04-01": r"\b2027-04-01\b",
    "date le 1er avril 2027": r"\ble 1er avril 2027\b",
    "date 1er avr. 2027": r"\b1er avr\. 2027\b",
}
ONCE = {
    "in words (1.260 reais)",
    "thousands abbreviated (R$ 1,26 mil)",
    "no space, no separator (R$1260)",
    "a range (R$ 300,00 a R$ 480,00)",
    "a negative correction (one export line, -1.236,40)",
    "percentage in French words (quinze pour cent)",
    "date 1/IV/2027 (Roman-numeral month)",
}
NON_MONEY = ["CAT-1260", "Studio 3", "Form VS-2", "formulaire VS-2", "BL-LNF-26-00417"]
# a look-alike whose digits are a rate: it must sit in no expected source of that rate
LOOKALIKE_RATES = {"CAT-1260": "1260"}
# the quarters' dates: given once, in clause 2(3) of the agreement
QUARTER_BOUNDS = [
    r"\b1 July\b",
    r"\b30 September\b",
    r"\b1 October\b",
    r"\b31 December\b",
    r"\b1 January\b",
    r"\b1er juillet\b",
    r"\b30 septembre\b",
    r"\b1er octobre\b",
    r"\b31 décembre\b",
    r"\b1er janvier\b",
    r"\b\d{4}-(?:07-01|09-30|10-01|12-31|01-01)\b",
    r"\b(?:1\.7|30\.9|1\.10|31\.12|1\.1)\.20\d\d\b",
]

_AMT_DOT = r"\d{1,3}(?:\.\d{3})+(?:,\d\d)?|\d+(?:,\d\d)?"
AMOUNTS = [
    re.compile(rf"R\$ ?({_AMT_DOT})(?!\d)"),  # "R$ 1.260,00", "R$ 1.260", "R$1260", "R$ 1,26"
    re.compile(
        "(?<![\\d.,])(\\d{1,3}(?:[\u202f\u00a0 ]\\d{3})*(?:,\\d\\d)?)[\u00a0 ]R\\$"
    ),  # "1 260,00 R$", "38 000 R$"
    re.compile(r"\bBRL (\d{1,3}(?:,\d{3})*\.\d\d)\b"),  # "BRL 1,260.00"
    re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})*) reais\b"),  # "1.260 reais"
    re.compile(r"(?m)(?:^|;)(-?\d{1,3}(?:\.\d{3})*,\d\d)(?=;|$)"),  # the export's amounts
]
PERCENT = re.compile(
    "(?<![\\d.,])\\d{1,3}(?:[.,]\\d{1,2})?(?:[ \u00a0\u202f]?%|[ \u00a0](?:pour|per) cent\\b)"
)
BARE_INTEGER = re.compile(r"^\d+$")
BARE_NUMBER = re.compile(r"^\d[\d.]*$")


# ----------------------------------------------------------------------------------------
# Reading the documents
# ----------------------------------------------------------------------------------------


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


class _Tree(html.parser.HTMLParser):
    """The element tree of a page: nodes {tag, attrs, text, children}."""

    VOID = frozenset({"meta", "link", "br", "img", "input", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.root = {"tag": "#root", "attrs": {}, "text": "", "children": []}
        self._stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = {"tag": tag, "attrs": dict(attrs), "text": "", "children": []}
        self._stack[-1]["children"].append(node)
        if tag not in self.VOID:
            self._stack.append(node)

    def handle_endtag(self, tag):
        for i in range(len(self._stack) - 1, 0, -1):
            if self._stack[i]["tag"] == tag:
                del self._stack[i:]
                break

    def handle_data(self, data):
        self._stack[-1]["text"] += data


def _tree(raw: str) -> dict:
    t = _Tree()
    t.feed(raw)
    return t.root


def _find(node: dict, tag: str) -> list[dict]:
    out = []
    for ch in node["children"]:
        if ch["tag"] == tag:
            out.append(ch)
        out += _find(ch, tag)
    return out


def _children(node: dict, tag: str) -> list[dict]:
    return [c for c in node["children"] if c["tag"] == tag]


def _all_text(node: dict) -> str:
    return node["text"] + "".join(_all_text(c) for c in node["children"])


def _cell_text(node: dict) -> str:
    return " ".join(_all_text(node).split())


def html_text(raw: str) -> str:
    p = _Text()
    p.feed(raw)
    return " ".join(p.parts)


def _modules():
    try:
        import pdfplumber
    except ImportError:
        pdfplumber = None
    try:
        import pypdf
    except ImportError:
        pypdf = None
    try:
        import docx
    except ImportError:
        docx = None
    try:
        import fpdf
    except ImportError:
        fpdf = None
    return pdfplumber, pypdf, docx, fpdf


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


def _xml_lines(xml: str) -> list[str]:
    root = ElementTree.fromstring(xml)
    return [
        "".join(e.text or "" for e in p.iter() if e.tag == f"{W_NS}t")
        for p in root.iter(f"{W_NS}p")
    ]


def docx_zip_text(path: str) -> str:
    """word/document.xml and word/footnotes.xml read with zipfile: one line per w:p with
    the text of every w:t under it."""
    lines = _xml_lines(docx_part(path, "word/document.xml"))
    lines += _xml_lines(docx_part(path, "word/footnotes.xml"))
    return "\n".join(lines)


def docx_python_docx(path: str) -> str | None:
    """python-docx: Document.paragraphs, every row's row.cells, and the paragraphs of the
    footnotes part (python-docx loads it with the document; read through its XML)."""
    if DOCX is None:
        return None
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    d = DOCX.Document(path)
    lines = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            lines.append(" | ".join(c.text for c in row.cells))
    for rel in d.part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            root = parse_xml(rel.target_part.blob)
            lines += [Paragraph(p, None).text for p in root.iter(qn("w:p"))]
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
        out = [("generator", make_docx.summary_text()), ("zip", docx_zip_text(path))]
        dd = docx_python_docx(path)
        if dd is None:
            warnings.append(f"{name}: python-docx not importable, read with zipfile only")
        else:
            out.append(("python-docx", dd))
        return out, warnings
    with open(path, "rb") as f:
        raw = f.read()
    if name == ARENA:
        return [("utf-16", raw.decode("utf-16"))], warnings
    if name == EMAIL:
        return [("utf-8-sig", raw.decode("utf-8-sig"))], warnings
    text = raw.decode("utf-8")
    if name.endswith(".html"):
        return [("html-text", html_text(text)), ("raw", text)], warnings
    return [("text", text)], warnings


def _flat(text: str) -> str:
    return " ".join(text.replace(NB, " ").replace(NNB, " ").split())


def _reais(s: str) -> float:
    """'1.260,00' / '1 260,00' / '1,260.00' / 'R$ 1.260' / '310' -> 1260.0 / ... / 310.0."""
    t = re.sub(r"[^\d.,-]", "", s.replace(NB, "").replace(NNB, "").replace(" ", ""))
    neg = t.startswith("-")
    t = t.lstrip("-")
    if "," in t and "." in t:
        if t.rfind(",") > t.rfind("."):
            t = t.replace(".", "").replace(",", ".")
        else:
            t = t.replace(",", "")
    elif "," in t:
        t = t.replace(",", ".") if re.search(r",\d\d$", t) else t.replace(",", "")
    elif "." in t and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", t):
        t = t.replace(".", "")
    if not re.fullmatch(r"\d+(?:\.\d+)?", t):
        raise ValueError(s)
    return -float(t) if neg else float(t)


def _num(s: str) -> float | str:
    """A trap's value: '1.260' / '1 260' / '1,260.00' -> 1260.0; other text as such."""
    t = s.strip()
    if re.fullmatch(r"-?\d{1,3}(?:[., ]\d{3})*(?:[.,]\d\d)?|\d+", t):
        return _reais(t)
    return t


def _lacks(name: str, text: str, needles, errors: list[str]) -> None:
    flat = _flat(text)
    for needle in needles:
        if _flat(needle) not in flat:
            errors.append(f"{name}: lacks {needle!r}")


def _read(name: str) -> str:
    with open(os.path.join(DOCS, name), encoding="utf-8") as f:
        return f.read()


def _round5(x: float) -> float:
    return float(int(x / 5 + 0.5) * 5)


def _round10(x: float) -> float:
    return float(int(x / 10 + 0.5) * 10)


def _sched1_rows() -> list[tuple[str, list[str]]]:
    """(role, [unit, FY25/26, FY26/27, FY27/28]) for every money row of Schedule 1."""
    out = []
    for role, rows in make_pdf.SCHED1:
        for row in rows:
            if row[1].startswith("R$"):
                out.append((role, row))
    return out


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
    if q.get("kind") == "out-of-scope" and (src or q.get("must_include")):
        errors.append(f"{qid}: out-of-scope with expected sources or must_include")
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
    if q.get("kind") == "multi-doc":
        if len(src) < 2 or len(q.get("must_include", [])) < 2:
            errors.append(f"{qid}: multi-doc question with < 2 sources or < 2 elements")
        loose = [
            s
            for s in src
            if s in doc_views
            and all(
                any(score.element_present(norm, el) for _, _, norm in doc_views[s])
                for el in q.get("must_include", [])
            )
        ]
        if loose:
            errors.append(f"{qid}: multi-doc elements all found in some view of {loose}")
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
    if q.get("kind") not in ("adversarial", "out-of-scope") and traps:
        real = [b for b in traps if any(score.contains(norm, b) for norm in trap_norms)]
        for b in traps:
            if b not in real and _num(b) not in {_num(r) for r in real}:
                errors.append(f"{qid}: the trap {b!r} occurs in no document")
    for pattern in OOS_ABSENT.get(qid, []):
        for name, vs in doc_views.items():
            for label, text, _ in vs:
                if re.search(pattern, text, re.I):
                    errors.append(f"{qid}: {pattern!r} occurs in {name} ({label})")
    for pattern in XL_ABSENT.get(qid, []):
        for name, vs in doc_views.items():
            if DOC_LANGUAGE.get(name) != q.get("language") or name in DISTRACTORS:
                continue
            for label, text, _ in vs:
                if re.search(pattern, text, re.I):
                    errors.append(
                        f"{qid}: cross-lingual answer {pattern!r} found in {name} ({label})"
                    )


def check_wording(questions: list[dict], errors: list[str]) -> None:
    for lang, words in (
        ("en", ["rn", "w/", "pls", "OT", "gig", "tbh", "idk", "bg"]),
        ("fr", ["svp", "c", "ajd", "qd", "tjrs", "pcq", "bcp"]),
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
# Amounts
# ----------------------------------------------------------------------------------------


def doc_amounts(text: str) -> set[str]:
    found = {m.group(1) for rx in AMOUNTS for m in rx.finditer(text)}
    return found | {m.group(0) for m in PERCENT.finditer(text)}


def check_glued(doc_views: dict, errors: list[str]) -> int:
    n = 0
    for name, vs in doc_views.items():
        amounts = doc_amounts(vs[0][1])
        n += len(amounts)
        for label, _, norm in vs:
            for a in sorted(amounts):
                if not score.contains(norm, a):
                    errors.append(f"{name}: amount {a!r} not found as such in the {label} view")
    return n


GLUE_JOINTS = [
    # a separator the scorer strips ("(?<=\d)[, ](?=\d{3}(?!\d))") after a number that cannot
    # be the head of a thousands group: a 4+ digit number, a decimal, or the end of a date, a
    # code, a time, a fiscal year or a range ("2026-09-07 485", "FY 2026/27 310", "09:12 100")
    re.compile(r"\d{4,}[ ,]\d{3}(?!\d)"),
    re.compile(r"\d[.,]\d+[ ,]\d{3}(?!\d)"),
    re.compile(r"[-/:§()]\d{1,3}[ ,]\d{3}(?!\d)"),
    re.compile(r"–\d{1,3}[ ,]\d{3}(?!\d)"),
    re.compile(
        r"\b(?:Clause|clause|Cl\.|Schedule|Studio|FY|Q\d|T\d|Page|page|track|JRC) "
        r"[\d./]{1,7}[ ,]\d{3}(?!\d)"
    ),
]


def check_joints(doc_views: dict, errors: list[str]) -> None:
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            flat = _flat(text)
            for rx in GLUE_JOINTS:
                for m in rx.finditer(flat):
                    errors.append(f"{name}: {m.group(0)!r} would be glued by the scorer ({label})")


def check_non_money(questions: list[dict], doc_views: dict, errors: list[str]) -> None:
    corpus = "\n".join(vs[0][1] for vs in doc_views.values())
    for token in NON_MONEY:
        if not re.search(rf"(?<![\w-]){re.escape(token)}(?![\w-])", corpus):
            errors.append(f"the non-money token {token!r} occurs in no document")
    for name, vs in doc_views.items():
        for token in NON_MONEY:
            for m in re.finditer(rf"(?<![\w-]){re.escape(token)}(?![\w-])", vs[0][1]):
                window = vs[0][1][max(0, m.start() - 4) : m.end() + 4]
                for rx in AMOUNTS:
                    for a in rx.finditer(window):
                        if a.start() < len(window) - 4 and a.end() > 4:
                            errors.append(
                                f"{name}: the amount pattern {rx.pattern!r} reads {token!r}"
                            )
                if PERCENT.search(window):
                    errors.append(f"{name}: a percentage is read next to {token!r}")
    # the scorer's "1 260" (read "1260") matches "CAT-1260" (a digit boundary after the
    # hyphen): the code must sit in no expected source of such a question
    for token, digits in LOOKALIKE_RATES.items():
        for q in questions:
            if any(
                score.normalise(alt) == digits
                for el in q["must_include"]
                for alt in score.alternatives(el)
            ):
                for s in q["expected_sources"]:
                    if s in doc_views and token in doc_views[s][0][1]:
                        errors.append(f"{q['id']}: expected source {s} holds {token!r}")
    if make_pdf.SCHED1[0][1][0][2] != "R$ 1.260,00":
        errors.append("CAT-1260 is meant to share its digits with the session fee")


def check_distractor_amounts(doc_views: dict, errors: list[str]) -> None:
    real: set[float] = set()
    for name, vs in doc_views.items():
        if name not in DISTRACTORS:
            for m in (m for rx in AMOUNTS for m in rx.finditer(vs[0][1])):
                real.add(abs(_reais(m.group(1))))
    for name in DISTRACTORS:
        if name not in doc_views:
            continue
        for rx in AMOUNTS:
            for m in rx.finditer(doc_views[name][0][1]):
                if _reais(m.group(1)) in real:
                    errors.append(f"{name}: the distractor's {m.group(0)!r} is also a real amount")


# ----------------------------------------------------------------------------------------
# Layouts: the PDFs
# ----------------------------------------------------------------------------------------


def _check_running(name: str, label: str, pages: list[str], errors: list[str]) -> None:
    header = _flat(make_pdf.AGREEMENT_HEADER)
    for i, page in enumerate(pages, 1):
        flat = _flat(page)
        if header not in flat:
            errors.append(f"{name}: page {i} lacks the running header ({label})")
        if f"Page {i} of {len(pages)}" not in flat:
            errors.append(f"{name}: page {i} lacks 'Page {i} of {len(pages)}' ({label})")


def _check_tied(name: str, texts: list[str], readers: dict, errors: list[str]) -> None:
    """Every phrase the generator keeps on one line (an amount, a percentage, a duration, a
    date, a clause reference, a quoted label) is read on one line by every reader."""
    tied = {
        make_pdf._plain(w.replace(NB, " "))
        for t in texts
        for w in make_pdf._tie(t).split(" ")
        if NB in w
    }
    for label, pages in readers.items():
        lines = [_flat(x) for x in "\n".join(pages).splitlines()]
        for tok in sorted(tied):
            if not any(_flat(tok) in x for x in lines):
                errors.append(f"{name}: {tok!r} is not read on one line ({label})")


FOOTNOTE_WORDS = {"1": "premium1", "2": "year2", "3": "receipts3"}


def check_agreement(errors: list[str]) -> dict[str, list[float]]:
    text = make_pdf.agreement_text()
    heads = re.findall(r"^Clause (\d+) – ", text, re.M)
    if heads != [str(i) for i in range(1, 25)]:
        errors.append(f"{AGREEMENT}: clause headings {heads} are not Clauses 1 to 24 in order")
    art, want = 0, 1
    clauses = set()
    for kind, t in make_pdf.AGREEMENT:
        if kind == "art":
            art, want = int(t.split()[1]), 1
        elif kind == "p":
            if not t.startswith(f"Cl. {art}.{want} "):
                errors.append(f"{AGREEMENT}: sub-clause {t[:12]!r} is not Cl. {art}.{want}")
            clauses.add((art, want))
            want += 1
            if re.search(r"\bCl\. \d", t[4:]):
                errors.append(f"{AGREEMENT}: 'Cl. n.m' used as a citation in {t[:12]!r}")
    refs = re.findall(r"\bclause (\d+)\((\d+)\)", text)
    if len(refs) < 10:
        errors.append(f"{AGREEMENT}: {len(refs)} citations 'clause n(m)' (want 10+)")
    for a, c in refs:
        if (int(a), int(c)) not in clauses:
            errors.append(f"{AGREEMENT}: 'clause {a}({c})' cites nothing")
    old = re.sub(r"\bClause \d+\.\d+ of the 2022–2025 agreement", "", text)
    if re.search(r"§|\b[Ss]ection \d|\b[Aa]rticle \d|\bClause \d+\.\d|\bclause \d+\.\d", old):
        errors.append(f"{AGREEMENT}: a clause cited in another style")
    _lacks(
        AGREEMENT,
        text,
        (
            "the first quarter (Q1) from 1 April to 30 June, the second quarter (Q2) from "
            "1 July to 30 September, the third quarter (Q3) from 1 October to 31 December and "
            "the fourth quarter (Q4) from 1 January to 31 March",
            '"FY27" means FY 2026/27',
            "On 1 April 2027 every rate of Schedule 1, of the rate card and of the music-video "
            "schedule rises by 4 per cent, rounded to the nearest R$ 10",
            "A choir session books a minimum of 4 singers",
            "per shooting day of 10 hours",
            "A travel day on which no show is played counts as half a show",
            "a doubling supplement of 15 per cent of the show or session fee",
            "a cartage fee of R$ 140,00 per engagement",
            "a turnaround of at least 12 hours",
            "with 7 days' notice or less, 100 per cent of the booked fee",
            "a new-use fee of 50 per cent of the session fee",
            "pay 2 per cent of their net streaming receipts3",
            "within 45 days of the end of each quarter",
            "on the numbered Form VS-2",
            "a vocal synthesis fee of R$ 2.400,00 per release",
            "no more than 3 synthetic vocal tracks",
            "a flat R$ 1.800.000,00 per financial year",
            "by 30 June of that year",
            "R$ 3.150,00 per show",
            "the written consent of the performer's estate",
            "at least 60 days' notice before the first avatar concert",
            "a fee of R$ 1.850,00 per video",
            "deleted within 30 days of the performer's written request",
            '"AI-assisted vocals" in its credits',
            "(early-call supplement, R$ 75,00 for a call before 8:00) is kept",
            "(parking allowance, R$ 35,00 per session) is dropped",
            "turnaround of 10 hours and its new-use fee of 40 per cent are replaced",
            "The Side Agreement on Showcase Gigs of 2023 continues until it expires on 31 March 2026",
            "within 35 days of the event",
            "at least eight bars",
        ),
        errors,
    )
    # the rates of Schedule 1: +5 per cent (nearest R$ 5), then +4 per cent (nearest R$ 10)
    sched: dict[str, list[float]] = {}
    for role, row in _sched1_rows():
        v = [_reais(x) for x in row[1:]]
        sched[f"{role} / {make_pdf._plain(row[0])}"] = v
        if v[1] != _round5(v[0] * 1.05):
            errors.append(f"{AGREEMENT}: {role} {row[0]}: {v[1]} is not {v[0]} + 5 per cent")
        if v[2] != _round10(v[1] * 1.04):
            errors.append(f"{AGREEMENT}: {role} {row[0]}: {v[2]} is not {v[1]} + 4 per cent")
    for bad in ("R$ 980", "R$ 1.480", "R$ 195", "R$ 225", "90 days"):
        if bad in text:
            errors.append(f"{AGREEMENT}: states {bad!r} (another document's)")
    if PYPDF is None or PDFPLUMBER is None or FPDF is None:
        return sched
    path = os.path.join(DOCS, AGREEMENT)
    with open(path, "rb") as f:
        if f.read() != make_pdf.build_agreement(write=False):
            errors.append(f"{AGREEMENT}: differs from what make_pdf.py builds; run it")
    readers = dict(pdf_pages(AGREEMENT))
    for label, pages in readers.items():
        if not 5 <= len(pages) <= 12:
            errors.append(f"{AGREEMENT}: {len(pages)} pages in {label} (want 5-12)")
        _check_running(AGREEMENT, label, pages, errors)
        # the footnotes: the mark glued to its word above, the text at the foot of the same
        # page (only footnotes between the body and "Page N of M"), on no other page
        for i, page in enumerate(pages, 1):
            lines = page.splitlines()
            here = [k for k, p in make_pdf.FOOTNOTE_PAGES.items() if p == i]
            starts = {}
            for k in here:
                note = _flat(f"{k} {make_pdf.FOOTNOTES[k]}")
                st = [j for j, x in enumerate(lines) if note.startswith(_flat(x)) and _flat(x)]
                mark = [j for j, x in enumerate(lines) if FOOTNOTE_WORDS[k] in x]
                if not st:
                    errors.append(f"{AGREEMENT}: footnote {k} not on page {i} ({label})")
                    continue
                starts[k] = st[-1]
                if not mark or mark[0] >= st[-1]:
                    errors.append(
                        f"{AGREEMENT}: footnote {k}'s mark is not above its text on page {i} ({label})"
                    )
            if starts:
                order = sorted(starts, key=starts.get)
                tail = _flat("\n".join(lines[starts[order[0]] :]))
                want = " ".join(_flat(f"{k} {make_pdf.FOOTNOTES[k]}") for k in order)
                if tail != f"{want} Page {i} of {len(pages)}":
                    errors.append(f"{AGREEMENT}: page {i}'s foot is not its footnotes ({label})")
            for k, note in make_pdf.FOOTNOTES.items():
                if k not in here and _flat(note)[:60] in _flat(page):
                    errors.append(f"{AGREEMENT}: footnote {k} also on page {i} ({label})")
        if sorted(make_pdf.FOOTNOTE_PAGES) != sorted(make_pdf.FOOTNOTES):
            errors.append(f"{AGREEMENT}: footnotes placed: {make_pdf.FOOTNOTE_PAGES}")
    if make_pdf.FOOTNOTE_PAGES.get("1") != (make_pdf.SCHED1_PAGES or [None])[0]:
        errors.append(f"{AGREEMENT}: footnote 1 is not on Schedule 1's page")
    # Schedule 1: role labels over several rows
    sp = make_pdf.SCHED1_PAGES[0]
    with PDFPLUMBER.open(path) as pdf:
        tables = pdf.pages[sp - 1].extract_tables()
    table = next((t for t in tables if t and t[0] == make_pdf.SCHED1_HEADER), None)
    if table is None:
        errors.append(f"{AGREEMENT}: pdfplumber finds no Schedule 1 table on page {sp}")
    else:
        body = table[1:]
        i = 0
        for role, rows in make_pdf.SCHED1:
            for j, row in enumerate(rows):
                if i >= len(body):
                    errors.append(f"{AGREEMENT}: Schedule 1 has fewer rows than the generator")
                    break
                got = body[i]
                want0 = role if j == 0 else None
                if (got[0] or None) != want0:
                    errors.append(
                        f"{AGREEMENT}: Schedule 1 row {i + 1} role cell reads {got[0]!r} (want {want0!r})"
                    )
                if [make_pdf._plain(x) for x in row] != got[1:]:
                    errors.append(f"{AGREEMENT}: Schedule 1 row {i + 1} reads {got[1:]}")
                i += 1
    _check_tied(
        AGREEMENT,
        [t for kind, t in make_pdf.AGREEMENT if kind in ("p", "sub", "note")],
        readers,
        errors,
    )
    for label, pages in readers.items():
        lines = {_flat(x) for x in pages[sp - 1].splitlines()}
        for role, rows in make_pdf.SCHED1:
            for j, row in enumerate(rows):
                want = _flat(" ".join([role if j == 0 else "", *map(make_pdf._plain, row)]))
                if want not in lines:
                    errors.append(f"{AGREEMENT}: Schedule 1 row {want!r} not on one line ({label})")
    return sched


def check_ratecard(sched: dict[str, list[float]], errors: list[str]) -> dict[str, list[float]]:
    text = make_pdf.ratecard_text()
    card: dict[str, list[float]] = {}
    for name, a, b in make_pdf.RATECARD_ROWS:
        va = _reais(a[0])
        vb = None if b[0] == make_pdf.DASH else _reais(b[0])
        card[name] = [va, vb]
        if vb is not None and vb != _round10(va * 1.04):
            errors.append(f"{RATECARD}: {name}: {b[0]} is not {a[0]} + 4 per cent, rounded")
    pairs = {
        "Backing vocalist": "Backing vocalist / per 3-hour session",
        "Backing vocalist, overdub": "Backing vocalist / per overdub (per track)",
        "Backing vocalist, lead-line premium": "Backing vocalist / lead-line premium1",
        "Session choir singer (4 booked at least)": "Session choir singer / per singer, per session",
    }
    for name, key in pairs.items():
        if sched and card.get(name) != sched.get(key, [0, 0, 0])[1:]:
            errors.append(f"{RATECARD}: {name} {card.get(name)} differs from Schedule 1 {key}")
    if "01-Apr-2027" not in text or "from the third quarter" not in text:
        errors.append(f"{RATECARD}: lacks '01-Apr-2027' or 'from the third quarter'")
    if re.search(r"(?<![\d.,])15 ?(?:%|per cent)", text) or "doubling" in text.lower():
        errors.append(f"{RATECARD}: states the doubling supplement (the agreement's)")
    _lacks(
        RATECARD,
        text,
        (
            "The Side Agreement on Showcase Gigs (R$ 520 per showcase) expired on 31 March 2026 "
            "and was not replaced",
            "counts as half a show",
            "at least 12 hours between the end of one show",
        ),
        errors,
    )
    if PYPDF is None or PDFPLUMBER is None or FPDF is None:
        return card
    path = os.path.join(DOCS, RATECARD)
    with open(path, "rb") as f:
        if f.read() != make_pdf.build_ratecard(write=False):
            errors.append(f"{RATECARD}: differs from what make_pdf.py builds; run it")
    with PDFPLUMBER.open(path) as pdf:
        if len(pdf.pages) != 1:
            errors.append(f"{RATECARD}: not one page (pdfplumber)")
        tables = pdf.pages[0].extract_tables()
    if len(PYPDF.PdfReader(path).pages) != 1:
        errors.append(f"{RATECARD}: not one page (pypdf)")
    if len(tables) != 1:
        errors.append(f"{RATECARD}: pdfplumber finds {len(tables)} tables (want 1)")
    else:
        t = tables[0]
        if t[0] != make_pdf.RC_HEADER:
            errors.append(f"{RATECARD}: header reads {t[0]}")
        for got, (name, a, b) in zip(t[1:], make_pdf.RATECARD_ROWS, strict=False):
            want = [name] + ["\n".join(x for x in cell if x) for cell in (a, b)]
            if got != want:
                errors.append(f"{RATECARD}: row reads {got} (want {want})")
            for cell in (a, b):
                if cell[1] and len(("\n".join(cell)).splitlines()) != 2:
                    errors.append(f"{RATECARD}: {name}: the cell does not wrap onto two lines")
        if len(t) - 1 != len(make_pdf.RATECARD_ROWS):
            errors.append(
                f"{RATECARD}: {len(t) - 1} body rows (want {len(make_pdf.RATECARD_ROWS)})"
            )
    _check_tied(
        RATECARD,
        [make_pdf.RATECARD_SUB, *make_pdf.RATECARD_NOTES],
        dict(pdf_pages(RATECARD)),
        errors,
    )
    for label, pages in pdf_pages(RATECARD):
        lines = [_flat(x) for x in "\n".join(pages).splitlines()]
        for _name, a, b in make_pdf.RATECARD_ROWS:
            for amount, unit in (a, b):
                if unit and any(f"{amount} {unit}" in x for x in lines):
                    errors.append(f"{RATECARD}: {amount!r} and {unit!r} read on one line ({label})")
                if amount != make_pdf.DASH and not any(amount in x for x in lines):
                    errors.append(f"{RATECARD}: {amount!r} not read ({label})")
    return card


def check_notice(errors: list[str]) -> None:
    text = make_pdf.notice_text()
    _lacks(
        NOTICE,
        text,
        (
            "Les parties remplacent la clause 17(4) de la convention, à compter du 15 octobre 2026",
            "un préavis d'au moins 90 jours avant le premier concert d'avatar",
            "Les préavis donnés avant le 15 octobre 2026 restent soumis au délai de 60 jours",
            "Les parties confirment la clause 15(3) de la convention sans changement",
            "un album ne peut contenir plus de 3 pistes vocales synthétiques",
            "n'est ni remplacée ni modifiée",
        ),
        errors,
    )
    agreement = _flat(make_pdf.agreement_text())
    if "Cl. 17.4 The producer gives the Guild at least 60 days' notice" not in agreement:
        errors.append(f"{NOTICE}: the agreement's Cl. 17.4 does not say 60 days")
    if "Cl. 15.3 An album may contain no more than 3 synthetic vocal tracks" not in agreement:
        errors.append(f"{NOTICE}: the agreement's Cl. 15.3 does not say 3 tracks")
    if re.search(r"R\$|\d[.,]\d\d\d", text):
        errors.append(f"{NOTICE}: states an amount (a multi-doc question needs the Résumé's)")
    if PDFPLUMBER is None or PYPDF is None or FPDF is None:
        return
    path = os.path.join(DOCS, NOTICE)
    with open(path, "rb") as f:
        if f.read() != make_pdf.build_notice(write=False):
            errors.append(f"{NOTICE}: differs from what make_pdf.py builds; run it")
    tied = {  # the phrases the generator keeps on one line (its spaces made unbreakable)
        w.replace(NB, " ")
        for kind, t in make_pdf.NOTICE
        for w in make_pdf._tie(t).split(" ")
        if NB in w
    }
    gen_words = set(re.findall(r"[^\W\d_]+", text))
    for label, pages in pdf_pages(NOTICE):
        raw = "\n".join(pages)
        lines = raw.splitlines()
        breaks = [
            (a.split(" ")[-1], b.split(" ")[0])
            for a, b in itertools.pairwise(lines)
            if re.search(r"[^\W\d_]-$", a) and re.match(r"[^\W\d_]", b)
        ]
        if len(breaks) < 5:
            errors.append(f"{NOTICE}: {len(breaks)} hyphenated line ends ({label}; want 5+)")
        if ("rémuné-", "ration") not in breaks:
            errors.append(f"{NOTICE}: no 'rémuné-' / 'ration' line break ({label})")
        if breaks != make_pdf.NOTICE_BREAKS:
            errors.append(f"{NOTICE}: line ends {breaks} differ from the generator's ({label})")
        for a, b in itertools.pairwise(lines):
            if re.search(r"\d$", a) and re.match(
                r"(?:jours|%|pour cent|R\$|\(|octobre|septembre)", b
            ):
                errors.append(f"{NOTICE}: {a[-12:]!r} / {b[:12]!r} splits a figure ({label})")
        for tok in tied:
            if not any(_flat(tok) in _flat(x) for x in lines):
                errors.append(f"{NOTICE}: {tok!r} is not read on one line ({label})")
        joined = re.sub(r"([^\W\d_])-\n([^\W\d_])", r"\1\2", raw)
        words = set(re.findall(r"[^\W\d_]+", joined))
        missing = sorted(gen_words - words)
        if missing:
            errors.append(f"{NOTICE}: de-hyphenated {label} text lacks {missing[:6]}")


# ----------------------------------------------------------------------------------------
# Layouts: the DOCX, the HTML pages and the text documents
# ----------------------------------------------------------------------------------------


def check_summary(sched, card, guide, errors: list[str]) -> None:
    path = os.path.join(DOCS, SUMMARY)
    xml = docx_part(path, "word/document.xml")
    numbering = docx_part(path, "word/numbering.xml")
    foot = docx_part(path, "word/footnotes.xml")
    root = ElementTree.fromstring(xml)
    numbered = []
    for p in root.iter(f"{W_NS}p"):
        ppr = p.find(f"{W_NS}pPr")
        num = None if ppr is None else ppr.find(f"{W_NS}numPr")
        if num is not None:
            nid = num.find(f"{W_NS}numId")
            numbered.append(
                (
                    nid.get(f"{W_NS}val") if nid is not None else None,
                    "".join(e.text or "" for e in p.iter(f"{W_NS}t")),
                )
            )
    if len(numbered) < 20:
        errors.append(f"{SUMMARY}: {len(numbered)} paragraphs numbered by Word (want 20+)")
    if {n for n, _ in numbered} != {str(make_docx.NUM_ID)}:
        errors.append(
            f"{SUMMARY}: numbered paragraphs use lists {sorted({n for n, _ in numbered})}"
        )
    for _, t in numbered:
        if re.match(r"\s*\d", t):
            errors.append(f"{SUMMARY}: a numbered paragraph carries its number: {t[:20]!r}")
    if f'w:abstractNumId="{make_docx.ABSTRACT_ID}"' not in numbering or (
        f'w:numId="{make_docx.NUM_ID}"' not in numbering
    ):
        errors.append(f"{SUMMARY}: numbering.xml lacks the list the paragraphs point to")
    if 'w:footnoteReference w:id="1"' not in xml:
        errors.append(f"{SUMMARY}: no footnote reference in the document")
    foot_lines = _xml_lines(foot)
    if not any("195,00" in x and "T3 2026/27" in x for x in foot_lines):
        errors.append(f"{SUMMARY}: the footnote does not give 195,00 R$ from T3 2026/27")
    if "195,00" in xml:
        errors.append(f"{SUMMARY}: the T3 per diem is not only in the footnote")
    if xml.count("w:gridSpan") < 1 or 'w:vMerge w:val="restart"' not in xml:
        errors.append(f"{SUMMARY}: the table has no w:gridSpan or no w:vMerge")
    if xml.count("<w:vMerge/>") + xml.count('w:vMerge w:val="continue"') < 4:
        errors.append(f"{SUMMARY}: fewer than four continued vertical merges")
    if "dès le 1.4.2027" not in xml:
        errors.append(f"{SUMMARY}: no 'dès le 1.4.2027'")
    text = make_docx.summary_text()
    if "préavis de 60 jours" not in text or "90 jours" in text:
        errors.append(f"{SUMMARY}: should still give the superseded 60 jours, not 90 jours")
    for r in make_docx.TABLE_ROWS:
        for cell in r[2:]:
            if not re.fullmatch(r"\d{1,3}(?:\u00a0\d{3})*,\d\d\u00a0R\$", cell):
                errors.append(f"{SUMMARY}: {cell!r} not written '1 260,00 R$' with U+00A0")
    vals = {(r[0] or "", r[1]): [_reais(r[2]), _reais(r[3])] for r in make_docx.TABLE_ROWS}
    want = {
        ("Choriste d'accompagnement", "par séance de 3 heures"): sched.get(
            "Backing vocalist / per 3-hour session", [0, 0, 0]
        )[1:],
        ("", "surimpression (overdub), par piste"): sched.get(
            "Backing vocalist / per overdub (per track)", [0, 0, 0]
        )[1:],
        ("", "prime de ligne principale (lead-line)"): sched.get(
            "Backing vocalist / lead-line premium1", [0, 0, 0]
        )[1:],
        ("Chœur de séance", "par chanteur, par séance (minimum 4 chanteurs)"): sched.get(
            "Session choir singer / per singer, per session", [0, 0, 0]
        )[1:],
        ("Danseur ou danseuse de vidéoclip", "par jour de tournage de 10 heures"): guide.get(
            "dancer"
        ),
        ("Figurant ou figurante en vedette", "par jour de tournage de 10 heures"): guide.get(
            "extra"
        ),
        ("Musicien ou musicienne de tournée", "par spectacle"): card.get(
            "Touring backing musician"
        ),
        ("", "allocation hebdomadaire de tournée"): card.get("Weekly retainer while on tour"),
        ("", "par jour de répétition"): card.get("Rehearsal"),
        ("Indemnité journalière (per diem)", "par jour de tournée"): [
            (card.get("Per diem, Q1 FY27 to Q2 FY27") or [0])[0],
            (card.get("Per diem, from Q3 FY27") or [0, 0])[1],
        ],
    }
    if sched and card and guide:
        for key, v in want.items():
            if vals.get(key) != v:
                errors.append(f"{SUMMARY}: row {key} reads {vals.get(key)} (want {v})")
        if _reais("195,00") != (card.get("Per diem, from Q3 FY27") or [0])[0]:
            errors.append(f"{SUMMARY}: the footnote's 195,00 R$ is not the card's Q3 per diem")
    if DOCX is None:
        return
    with open(path, "rb") as f:
        if f.read() != make_docx.build_summary(write=False):
            errors.append(f"{SUMMARY}: differs from what make_docx.py builds; run it")
    d = DOCX.Document(path)
    paras = "\n".join(p.text for p in d.paragraphs)
    cells = "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    if "195" in paras or "195" in cells:
        errors.append(f"{SUMMARY}: python-docx's paragraphs or cells read the footnote's 195")
    rows = [[c.text for c in r.cells] for r in d.tables[0].rows]
    if rows[0][2] != rows[0][3] or rows[0][0] != rows[1][0]:
        errors.append(f"{SUMMARY}: python-docx does not see the merged header cells")
    if rows[3][0] != "Choriste d'accompagnement" or rows[10][0] != rows[8][0]:
        errors.append(f"{SUMMARY}: python-docx does not see the merged role cells")


def _rates_rows(raw: str) -> list[dict]:
    t = _find(_tree(raw), "table")[0]
    return _children(_children(t, "tbody")[0], "tr")


def check_rates(sched: dict[str, list[float]], errors: list[str]) -> None:
    raw = _read(RATES)
    body = _rates_rows(raw)
    struck = []
    for tr in body:
        ths = _children(tr, "th")
        if len(ths) != 1 or ths[0]["attrs"].get("scope") != "row":
            errors.append(f'{RATES}: a body row is not labelled by <th scope="row">')
        tds = _children(tr, "td")
        s = _find(tds[0], "s") if tds else []
        if s:
            old = _cell_text(s[0])
            new = " ".join(tds[0]["text"].split())
            struck.append((_cell_text(ths[0]), _reais(old), _reais(new)))
    want = {
        "Backing vocalist": "Backing vocalist / per 3-hour session",
        "Overdub supplement": "Backing vocalist / per overdub (per track)",
        "Lead-line premium": "Backing vocalist / lead-line premium1",
        "Session choir singer": "Session choir singer / per singer, per session",
    }
    if [r[0] for r in struck] != list(want):
        errors.append(f"{RATES}: struck rows are {[r[0] for r in struck]}")
    for label, old, new in struck:
        v = sched.get(want.get(label, ""), [])
        if v and [old, new] != v[:2]:
            errors.append(f"{RATES}: {label}: <s>{old}</s> {new} is not FY 2025/26 -> FY 2026/27")
    if not re.search(r"<s>R\$ 1\.200,00</s> R\$ 1\.260,00", raw):
        errors.append(f"{RATES}: no '<s>R$ 1.200,00</s> R$ 1.260,00'")
    dls = _find(_tree(raw), "dl")
    if len(dls) != 1:
        errors.append(f"{RATES}: {len(dls)} <dl> (want 1)")
        return
    terms = [_cell_text(x) for x in _children(dls[0], "dt")]
    defs = {t: _cell_text(d) for t, d in zip(terms, _children(dls[0], "dd"), strict=False)}
    cartage = defs.get("Cartage", "")
    for needle in (
        "R$ 140,00 per engagement",
        "suspended from Jul 6, 2026 by decision JRC 3/2026",
        "refunded R$ 85,00 per engagement",
        "restored from Nov 1, 2026 by decision JRC 7/2026",
        "not retroactive",
    ):
        if needle not in cartage:
            errors.append(f"{RATES}: the <dl> 'Cartage' lacks {needle!r}")
    if "at least 4 singers" not in defs.get("Choir minimum", ""):
        errors.append(f"{RATES}: the <dl> 'Choir minimum' lacks 'at least 4 singers'")
    if "Apr 1, 2027" not in defs.get("Next increase", ""):
        errors.append(f"{RATES}: the <dl> 'Next increase' lacks 'Apr 1, 2027'")


def check_guide(errors: list[str]) -> dict[str, list[float]]:
    text = _read(GUIDE)
    lines = text.splitlines()
    setext = [
        (lines[i], lines[i + 1][0])
        for i in range(len(lines) - 1)
        if lines[i].strip() and re.fullmatch(r"(=+|-+)", lines[i + 1])
    ]
    if not any(u == "=" for _, u in setext) or sum(u == "-" for _, u in setext) < 4:
        errors.append(f"{GUIDE}: not setext headings (one === and 4+ ---)")
    for h, _ in setext:
        idx = lines.index(h)
        if len(lines[idx + 1]) != len(h):
            errors.append(f"{GUIDE}: the underline of {h!r} is not its length")
    if re.search(r"(?m)^#", text):
        errors.append(f"{GUIDE}: an ATX heading ('#')")
    tables = _find(_tree(text), "table")
    if len(tables) != 1:
        errors.append(f"{GUIDE}: {len(tables)} embedded <table> (want 1)")
        return {}
    out: dict[str, list[float]] = {}
    for tr in _children(_children(tables[0], "tbody")[0], "tr"):
        tds = [_cell_text(x) for x in _children(tr, "td")]
        if len(tds) == 3:
            a, b = _reais(tds[1]), _reais(tds[2])
            if b != _round10(a * 1.04):
                errors.append(f"{GUIDE}: {tds[0]}: {tds[2]} is not {tds[1]} + 4 per cent")
            key = {
                "Music-video dancer, per shooting day (10 hours)": "dancer",
                "Featured extra, per shooting day (10 hours)": "extra",
                "Overtime, dancer, per hour or part of an hour": "dancer OT",
                "Overtime, featured extra, per hour or part of an hour": "extra OT",
            }.get(tds[0])
            if key is None:
                errors.append(f"{GUIDE}: unexpected row {tds[0]!r}")
            else:
                out[key] = [a, b]
        elif not (len(tds) == 2 and tds[1] == "R$ 300,00 a R$ 480,00 a night, by city band"):
            errors.append(f"{GUIDE}: row {tds} is neither a rate nor the hotel range")
    if "2027-04-01" not in text:
        errors.append(f"{GUIDE}: no '2027-04-01'")
    if re.search(r"1[.\s]?850", text):
        errors.append(
            f"{GUIDE}: states the AI-video fee (a multi-doc question needs the agreement)"
        )
    return out


def check_email(sched: dict[str, list[float]], errors: list[str]) -> None:
    path = os.path.join(DOCS, EMAIL)
    with open(path, "rb") as f:
        data = f.read()
    if data != make_notice.email_bytes():
        errors.append(f"{EMAIL}: differs from make_notice.py; run it")
    if not data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{EMAIL}: no UTF-8 BOM")
    if data.count(b"\n") != data.count(b"\r\n"):
        errors.append(f"{EMAIL}: not CRLF throughout")
    text = data.decode("utf-8-sig")
    lines = text.split("\r\n")
    first_quote = next((i for i, x in enumerate(lines) if x.startswith(">")), None)
    if first_quote is None:
        errors.append(f"{EMAIL}: no quoted message")
        return
    top, quoted = "\n".join(lines[:first_quote]), lines[first_quote:]
    if "R$ 310,00 per track" not in top or "295" in top or "A correction" not in top:
        errors.append(f"{EMAIL}: the top message does not correct the figure to R$ 310,00")
    if not all(x.startswith(">") or not x.strip() for x in quoted):
        errors.append(f"{EMAIL}: an unquoted line below the first quoted one")
    if not any(x.startswith("> ") and "R$ 295,00 per track" in x for x in quoted):
        errors.append(f"{EMAIL}: the old figure is not in a line quoted with '> '")
    if not any(x.startswith("> > ") and "BRL 1,260.00" in x for x in quoted):
        errors.append(f"{EMAIL}: the payment advice is not quoted twice ('> > ')")
    for needle in ("R$1260", "1/IV/2027", "R$ 320,00 per track"):
        if needle not in text:
            errors.append(f"{EMAIL}: lacks {needle!r}")
    v = sched.get("Backing vocalist / per overdub (per track)")
    if v and v != [295.0, 310.0, 320.0]:
        errors.append(f"{EMAIL}: the thread's figures are not Schedule 1's overdub")
    s = sched.get("Backing vocalist / per 3-hour session")
    if s and s[1] != _reais("BRL 1,260.00"):
        errors.append(f"{EMAIL}: the advice's session fee is not Schedule 1's")


def check_export(errors: list[str]) -> None:
    text = _read(EXPORT)
    lines = text.rstrip("\n").split("\n")
    head = lines[0].split(";")
    if head[:3] != ["exercice", "trimestre", "date_versement"] or head[-1] != "versement_fonds":
        errors.append(f"{EXPORT}: no header line")
        return
    sums: dict[str, list[float]] = {}
    totals: dict[str, list[float]] = {}
    n_neg = 0
    for i, line in enumerate(lines[1:], 1):
        cells = line.split(";")
        if len(cells) != len(head):
            errors.append(f"{EXPORT}: line {i} has {len(cells)} fields (want {len(head)})")
            continue
        row = dict(zip(head, cells, strict=True))
        for k in ("recettes_nettes_streaming", "versement_fonds"):
            if not re.fullmatch(r"-?\d{1,3}(?:\.\d{3})*,\d\d", row[k]):
                errors.append(f"{EXPORT}: line {i}: {row[k]!r} not written '1.260,00'")
        r, v = _reais(row["recettes_nettes_streaming"]), _reais(row["versement_fonds"])
        if row["label"] == "TOTAL":
            totals[row["trimestre"]] = [r, v]
            continue
        if abs(v - round(r * 0.02, 2)) > 0.001:
            errors.append(f"{EXPORT}: line {i}: {v} is not 2 per cent of {r}")
        if v < 0:
            n_neg += 1
        s = sums.setdefault(row["trimestre"], [0.0, 0.0])
        s[0] += r
        s[1] += v
    for quarter, (r, v) in sums.items():
        t = totals.get(quarter)
        if t is None or abs(t[0] - r) > 0.001 or abs(t[1] - v) > 0.001:
            errors.append(f"{EXPORT}: the TOTAL of {quarter} is not the sum of its lines")
    if n_neg != 1:
        errors.append(f"{EXPORT}: {n_neg} negative corrections (want 1)")
    if totals.get("T1 2026/27", [0, 0])[1] != _reais(M.POOL_T1) or (
        totals.get("T2 2026/27", [0, 0])[1] != _reais(M.POOL_T2)
    ):
        errors.append(f"{EXPORT}: the T1 / T2 totals are not make_questions' POOL_T1 / POOL_T2")
    if totals.get("T2 2026/27", [0, 0])[0] != _reais(M.RECEIPTS_T2):
        errors.append(f"{EXPORT}: the T2 receipts are not make_questions' RECEIPTS_T2")
    if "%" in text:
        errors.append(f"{EXPORT}: states a percentage (a multi-doc question needs the agreement's)")


def check_text_docs(errors: list[str]) -> None:
    faq = _read(FAQ)
    if not re.search("1\u202f260,00\u00a0R\\$", faq) or not re.search(
        "1\u202f310,00\u00a0R\\$", faq
    ):
        errors.append(f"{FAQ}: the session fees are not written with U+202F thousands")
    _lacks(
        FAQ,
        faq,
        (
            "8, rue des Haubans",
            "de 9 h 30 à 16 h 30",
            "le 1er avril 2027",
            "quinze pour cent",
            "rétabli le 1er novembre 2026",
            "a expiré le 31 mars 2026 sans être remplacée",
            "Dans les 45 jours suivant la fin de chaque trimestre",
        ),
        errors,
    )
    raw = _read(NEWS)
    root = _tree(raw)
    times = _find(root, "time")
    if not times or times[0]["attrs"].get("datetime") != "2026-11-27":
        errors.append(f'{NEWS}: no <time datetime="2026-11-27">')
    for tag in ("nav", "footer", "aside"):
        if not _find(root, tag):
            errors.append(f"{NEWS}: no <{tag}> (site boilerplate)")
    if not any(d["attrs"].get("id") == "cookie-banner" for d in _find(root, "div")):
        errors.append(f"{NEWS}: no cookie banner")
    _lacks(
        NEWS,
        html_text(raw),
        (
            "Par 731 voix contre 88",
            f"un rachat unique de 38{NB}000{NB}R$ par choriste",
            "1.260 reais (R$ 1,26 mil)",
            "au 1er avr. 2027",
            "avec l'accord écrit de sa succession",
        ),
        errors,
    )
    arena = os.path.join(DOCS, ARENA)
    with open(arena, "rb") as f:
        data = f.read()
    if data != make_notice.arena_bytes():
        errors.append(f"{ARENA}: differs from make_notice.py; run it")
    if not data.startswith(b"\xff\xfe"):
        errors.append(f"{ARENA}: no UTF-16 LE BOM")
    text = data[2:].decode("utf-16-le")
    if text.count("\n") != text.count("\r\n"):
        errors.append(f"{ARENA}: not CRLF throughout")
    try:
        data.decode("utf-8")
        errors.append(f"{ARENA}: decodes as UTF-8 (should be UTF-16)")
    except UnicodeDecodeError:
        pass
    for name in DISTRACTORS:
        with open(os.path.join(DOCS, name), "rb") as f:
            b = f.read()
        body = b.decode("utf-16") if name == ARENA else b.decode("utf-8")
        if re.search(r"\b(?:BPGB|GAAB|PCPB|PPCB)\b|\bGuild\b|\bGuilde\b|\bProducers\b", body):
            errors.append(f"{name}: a distractor names the Guild or the Producers")


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    corpus = "\n".join(vs[0][1] for vs in doc_views.values())
    if re.search(r"(?<!R)\$|[€£¥]", corpus) or re.search(
        r"\b(EUR|USD|GBP|CAD|CHF|dollars?|euros?|pounds?)\b", corpus
    ):
        errors.append("a document names another currency")
    for label, pattern in SPELLINGS.items():
        n = len(re.findall(pattern, corpus))
        if not n:
            errors.append(f"nothing written as {label}")
        elif label in ONCE and n != 1:
            errors.append(f"{label} is written {n} times (want once)")
    # the quarters' dates are given once, in clause 2(3) of the agreement
    for name, vs in doc_views.items():
        for pattern in QUARTER_BOUNDS:
            hits = len(re.findall(pattern, vs[0][1]))
            if name == AGREEMENT:
                # the English ones, in clause 2(3)
                if pattern in QUARTER_BOUNDS[:5] and hits != 1:
                    errors.append(f"{AGREEMENT}: {pattern!r} written {hits} times (want once)")
            elif hits:
                errors.append(f"{name}: gives a quarter's date ({pattern!r}); only clause 2(3) may")


def check_score_link(errors: list[str]) -> None:
    link = os.path.join(HERE, "score.py")
    if not os.path.islink(link) or os.readlink(link) != "../union-c/score.py":
        errors.append("score.py is not the relative link ../union-c/score.py")
    pyproject = os.path.join(HERE, "..", "..", "pyproject.toml")
    if os.path.exists(pyproject):
        with open(pyproject, encoding="utf-8") as f:
            if '"eval/union-ae/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-ae/score.py not in ruff's extend-exclude")


def check_rejected(questions: list[dict], doc_views: dict, errors: list[str]) -> None:
    for home in REJECTED_HOMES:
        if not any(score.contains(doc_views[home][0][2], f) for f in REJECTED_FORMS):
            errors.append(f"{home}: does not print the rejected buy-out")
    for name, vs in doc_views.items():
        if name not in REJECTED_HOMES and any(
            score.contains(norm, f) for _, _, norm in vs for f in REJECTED_FORMS
        ):
            errors.append(f"{name}: prints the rejected buy-out (only the news page may)")
    n = 0
    for q in questions:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                if any(score.contains(score.normalise(alt), f) for f in REJECTED_FORMS):
                    errors.append(f"{q['id']}: the rejected buy-out is in must_include")
        fee = any(
            score.normalise(alt) == "2.400"
            for el in q["must_include"]
            for alt in score.alternatives(el)
        )
        if fee:
            n += 1
            if not set(REJECTED_FORMS) <= set(q["must_not_include"]):
                errors.append(f"{q['id']}: a vocal-synthesis-fee question without the buy-out trap")
    if n < 1:
        errors.append("no vocal-synthesis-fee question traps the rejected buy-out")


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
        size = len(vs[0][1])
        if not SIZE[0] <= size <= SIZE[1]:
            errors.append(f"{name}: {size} characters (want {SIZE[0]:,}-{SIZE[1]:,})")
        print(f"  {size:6d} chars  {name}  ({', '.join(label for label, _ in vs)})")
    trap_norms = [norm for vs in doc_views.values() for _, _, norm in vs]

    for name in (AGREEMENT, RATECARD, NOTICE, SUMMARY):
        if name not in doc_views:
            errors.append(f"{name} missing; run its generator")
            continue
        vs = {label: norm for label, _, norm in doc_views[name]}
        gen_words = Counter(re.findall(r"\w+", vs["generator"]))
        for label, norm in vs.items():
            if label == "generator":
                continue
            if name == NOTICE:  # hyphenated: compared de-hyphenated in check_notice
                continue
            words = Counter(re.findall(r"\w+", norm))
            missing = [w for w in gen_words if w.isalpha() and w not in words]
            if missing:
                errors.append(f"{name}: {label} text lacks generator words {missing[:5]}; rebuild")

    for name in (RATES, NEWS, GUIDE, FAQ, EMAIL, EXPORT, ARENA, STUDIO):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        sched = check_agreement(errors)
        card = check_ratecard(sched, errors)
        guide = check_guide(errors)
        check_notice(errors)
        check_summary(sched, card, guide, errors)
        check_rates(sched, errors)
        check_email(sched, errors)
        check_export(errors)
        check_text_docs(errors)
        check_rejected(questions, doc_views, errors)
        check_non_money(questions, doc_views, errors)
        check_distractor_amounts(doc_views, errors)
    n_amounts = check_glued(doc_views, errors)
    check_joints(doc_views, errors)
    check_spellings(doc_views, errors)
    check_score_link(errors)

    ids = [q.get("id") for q in questions]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, len(questions) + 1)]:
        errors.append(f"ids are not {PREFIX}-001.. in order")
    for q in questions:
        check_question(q, doc_views, trap_norms, errors)
    check_wording(questions, errors)
    for qid in OOS_ABSENT:
        q = next((x for x in questions if x["id"] == qid), None)
        if q is None or q["kind"] not in ("out-of-scope", "adversarial"):
            errors.append(f"OOS_ABSENT names {qid}, which is not the expected question")
    for q in questions:
        if q["kind"] in ("out-of-scope", "adversarial") and q["id"] not in OOS_ABSENT:
            errors.append(f"{q['id']}: {q['kind']} question without absent terms in OOS_ABSENT")
        if q["kind"] == "cross-lingual" and q["id"] not in XL_ABSENT:
            errors.append(f"{q['id']}: cross-lingual question without patterns in XL_ABSENT")
    for qid in XL_ABSENT:
        q = next((x for x in questions if x["id"] == qid), None)
        if q is None or q["kind"] != "cross-lingual":
            errors.append(f"XL_ABSENT names {qid}, which is not a cross-lingual question")
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
    n_alts = sum(len(score.alternatives(el)) for q in questions for el in q["must_include"])
    print(f"\n{len(questions)} questions; kinds: {dict(counts)}; languages: {dict(langs)}")
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
