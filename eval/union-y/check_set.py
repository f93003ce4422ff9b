#!/usr/bin/env python3
"""Check the union-y set itself: questions.json against docs/ (no project needed).

    python3 eval/union-y/check_set.py                      # stdlib; PDF and DOCX in the generators' text
    /work/main/.venv/bin/python eval/union-y/check_set.py  # also python-docx, pdfplumber and pypdf

Checks:
- the fields and values of every question, ids uy-001.. in order, counts per kind and
  language, no duplicate question, no newline in a question, and that questions.json is
  what make_questions.py writes;
- that every expected source exists, and that EVERY ALTERNATIVE of every must_include
  element occurs, after the scorer's normalisation (score.normalise / score.contains), in
  EVERY view of at least one expected source: HTML without tags and raw; the shop's list
  decoded as Windows-1252; other text as UTF-8; the DOCX in the generator's text
  (make_docx.py; the side letter with its tracked changes accepted), in word/document.xml
  read with zipfile (w:ins kept, w:del dropped) and through python-docx (paragraphs with
  their w:ins runs, and table cells); the PDFs in the generator's text and through
  pdfplumber (the agreement read column by column: header, left column, right column,
  footer) AND pypdf;
- the accepted forms: every alternative stable under normalisation; no bare number of
  fewer than three digits; a bare number never a percentage in an expected source; no trap
  equal to, or matching, a must_include alternative; every trap (but the pings and the
  injected figures) found in a document (a deleted w:del run counts), or the same figure
  spelt as one that is;
- that no rand amount or percentage is glued to a neighbour: every amount printed in a
  document ("R1 250", "R650 (a)", "R12 000 p.m.", "R4.80", "R2 145,50" with U+00A0,
  "R 1,250.00", "ZAR 4 500", "ZAR 4,50", "1 250 rand", "R178,80-", "R1.2k") and every
  percentage ("7.5%", "7,5 %", "25 %", "91,4 %") is found, after normalisation and at digit
  boundaries, in every view of that document; and no separator stands where the scorer
  would glue two numbers into one (after a 4+ digit number, a decimal, or the end of a
  date, code, range or time);
- that the built DOCX and PDFs hold their generators' words (rebuild if not), and the
  cp1252 list its generator's text;
- the agreement PDF: 8-12 pages in both readers, running header and "Page N of M" on every
  page; TWO COLUMNS (every body word in the left or the right column, none across the
  gutter, both columns filled on every page but the last, pdfplumber's plain page text
  mixing the two columns on one line, pypdf reading the left column before the right);
  section headings "§ 1 – " to "§ 20 – " in order, clauses "§ n.m" and sub-clauses
  "§ n.m.k" (among them "§ 7.3.2"), every paragraph opening with its number; the PREMIUMS
  TABLE found by pdfplumber with the generator's cells, inside one column, with that
  column's running text above and below it; the rules the questions rely on;
- the rate schedule PDF: LANDSCAPE pages; Table 1 TRANSPOSED (its header row the
  "Rate unit" cell and the roles, its first column the rate units "per ...", the
  generator's cells); Table 2 found on page 1 opening with its header and CONTINUED ON
  PAGE 2 WITHOUT THE HEADER (page 2's first row is a data row), the two parts together
  equal to the generator's rows; each table row printed as one line in both readers;
  FOOTNOTE MARKERS "(a)" to "(d)" after amounts and their notes; the replacement of the
  2025/26 schedule from 1 March 2026; the announced amounts from 1 March 2027; no
  percentage;
- the 2025/26 HTML schedule: a <table> with a <caption>, <th scope="row"> role cells with
  ROWSPAN over their unit rows, two or more <details>/<summary>, nav, cookie banner,
  breadcrumbs, footer; every amount "ZAR n" below the CY26/27 amount of the same role and
  unit; the replacement from 1 March 2026;
- the indexation notice: a FIXED-WIDTH TABLE (no tab, no pipe; a dashed rule under the
  header, every cell starting at the column of its rule segment); its old column equal to
  the schedule's amounts, each new figure the old one raised by 7.5% and rounded up to the
  next R10, only rows marked (a) in the schedule; the date and non-retroactivity;
- the side letter: TRACKED CHANGES in word/document.xml (a w:del of "1,450.00" followed by
  a w:ins of "1,650.00" in one paragraph, a w:del holding a whole sentence, w:ins runs);
  the accepted text without the deleted runs; python-docx's plain Paragraph.text lacking
  the inserted figure (the reader's trap, documented);
- the e-mail thread: From / To / Date / Subject headers; a newest message that corrects a
  figure of a quoted ("> ") older message, the quoted figure only in quoted lines; a
  nested (">> ") quote; dates in order;
- the French FAQ: a definition list (<dl> of <dt> questions each followed by a <dd>
  answer), no table; the entry fee in words only; the minutes without the vote figures
  and with the one shorthand amount; the bulletin's vote, "sept et demi pour cent", a
  trailing-minus deduction in its Word table; the expired summary's "EXPIRÉ" banner, kept
  Clause 11.3 and dropped Clause 11.5; the shop's encoding (single bytes E9, AB, 96, 92, A0,
  B0, CRLF, not UTF-8);
- the rand, percentage and date spellings listed in SPELLINGS; no $, €, £, kr, EUR, USD...;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- that the rejected persona buy-out occurs only in the minutes and the bulletin, is never
  in must_include and is a trap of the questions on rows AI-1 / AI-2;
- that the minutes (English) are an expected source only of French questions and the
  bulletin (French) only of English questions; cross-lingual questions have no source in
  their language, the others one in theirs; multi-doc elements are never all in one
  source; every non-distractor document is used, no distractor is;
- that every document is 2,000-25,000 characters (in its first view);
- that the out-of-scope questions' key terms and the adversarial questions' injected
  figures occur in no document (in any view).
Exit 1 on any error.
"""

from __future__ import annotations

import html.parser
import itertools
import json
import math
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
FIELDS = [
    "id",
    "question",
    "language",
    "kind",
    "expected_sources",
    "must_include",
    "must_not_include",
    "notes",
]
PREFIX = "uy"
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
SHORTHAND = ["rn", "w/", "pls", "OT", "gig", "tbh", "svp", "c", "ajd", "qd", "tjrs", "mm"]

OOS_ABSENT = {
    "uy-048": [r"\bpensions?\b", r"retraite", r"\bretire(?:d|s|ment)?\b", r"superannuation"],
    "uy-049": [
        r"\btax(?:es|ed|ation|able)?\b",
        r"imp[ôo]ts?\b",
        r"imposition",
        r"withh[oe]ld",
        r"fiscal",
        r"\bvat\b",
        r"\btva\b",
    ],
    "uy-050": [r"sponsor", r"\bbrands?\b", r"commandit", r"placement de produit"],
    "uy-051": [
        r"\bminors?\b",
        r"\bmineur",
        r"underage",
        r"\bchild",
        r"\benfants?\b",
        r"\b16[ -]year",
        r"\b16 ans\b",
    ],
    "uy-052": [r"asmr", r"binaural", r"whisper"],
    "uy-053": [r"unemploy", r"ch[ôo]mage", r"jobless"],
    "uy-054": [r"insur", r"assuranc", r"mutuelle", r"medical aid", r"\bhealth\b", r"\bsanté\b"],
    "uy-055": [r"merch", r"d[ée]riv[ée]s", r"peluche", r"acryli", r"royalt", r"figurine"],
    "uy-056": [r"parental", r"maternit", r"paternit", r"naissance"],
    "uy-057": [r"karaok", r"droits? d'auteur", r"copyright", r"music licen", r"licence musicale"],
    "uy-058": [r"9[ ,.\u00a0]?999"],
    "uy-059": [r"(?<![\d.,])90[ \u00a0]?%", r"\b90 (?:pour|per) ?cent"],
    "uy-060": [r"4[ ,.\u00a0]?444"],
}

AGREEMENT = make_questions.AGREEMENT
SCHEDULE = make_questions.SCHEDULE
PREVIOUS = make_questions.PREVIOUS
NOTICE = make_questions.NOTICE
SIDE = make_questions.SIDE
EMAIL = make_questions.EMAIL
FAQ = make_questions.FAQ
MINUTES = make_questions.MINUTES
BULLETIN = make_questions.BULLETIN
EXPIRED = make_questions.EXPIRED
SHOP = make_questions.SHOP
CONVENTION = make_questions.CONVENTION
DISTRACTORS = {SHOP, CONVENTION}
PDF_TEXT = {AGREEMENT: make_pdf.agreement_text, SCHEDULE: make_pdf.schedule_text}
PDF_HEADER = {AGREEMENT: make_pdf.AGREEMENT_HEADER, SCHEDULE: make_pdf.SCHEDULE_HEADER}
DOCX_TEXT = {SIDE: make_docx.side_letter_text, BULLETIN: make_docx.bulletin_text}
CP1252_FILES = {SHOP}
ONLY_FR_QUESTIONS = {MINUTES}  # an English document answered only by French questions
ONLY_EN_QUESTIONS = {BULLETIN}  # a French document answered only by English questions
REJECTED_FEE = make_questions.REJECTED  # the employers' perpetual persona buy-out, rejected
REJECTED_HOMES = {MINUTES, BULLETIN}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

DOC_LANGUAGE = {
    AGREEMENT: "en",
    SCHEDULE: "en",
    NOTICE: "en",
    SIDE: "en",
    EMAIL: "en",
    MINUTES: "en",
    PREVIOUS: "fr",
    FAQ: "fr",
    BULLETIN: "fr",
    EXPIRED: "fr",
    SHOP: "fr",
    CONVENTION: "fr",
}

SPELLINGS = {
    "symbol glued, space thousands (R1 250)": r"(?<![\w])R\d \d{3}\b",
    "symbol glued, three digits (R650)": r"(?<![\w])R\d{3}\b",
    "symbol, space, comma thousands, cents (R 1,250.00)": r"\bR \d{1,3},\d{3}\.\d\d\b",
    "symbol glued, U+00A0 thousands, decimal comma (R2 145,50)": "(?<![\\w])R\\d\u00a0\\d{3},\\d\\d\\b",
    "ISO code, space thousands (ZAR 4 500)": r"\bZAR \d \d{3}\b",
    "French rand after the amount (1 250 rand)": "\\d[ \u00a0]\\d{3} rand\\b",
    "shorthand (R1.2k)": r"(?<![\w])R\d\.\dk\b",
    "per month (R12 000 p.m.)": r"(?<![\w])R\d\d \d{3} p\.m\.",
    "an amount in words (mille deux cent cinquante rand)": r"mille deux cent cinquante rand",
    "a deduction with a trailing minus (R178,80-)": r"(?<![\w])R\d+,\d\d-(?!\d)",
    "footnote marker after an amount (R650 (a))": r"(?<![\w])R\d[\d ]* \([a-d]\)",
    "percentage with a decimal comma and a space (7,5 %)": r"(?<![\d,])7,5 %",
    "percentage with a decimal point (7.5%)": r"(?<![\d.])7\.5%",
    "percentage in words (sept et demi pour cent)": r"sept et demi pour cent",
    "date year first with slashes (2026/03/01)": r"(?<![\d/])2026/03/01\b",
    "date 01-Mar-2026": r"\b01-Mar-2026\b",
    "date 1 March 2026": r"(?<!\d)1 March 2026",
    "date le 1er mars 2026": r"le 1er mars 2026",
    "date March 1st, 2026": r"March 1st, 2026",
    "quarter with its first day (Q3 2026 ... 1 September 2026)": r"Q3 2026[^.\n]{0,60}1 September 2026",
    "French quarter (T3 2026)": r"\bT3 2026\b",
    "contract year 2026/27": r"contract year 2026/27",
    "année contractuelle 2026-2027": r"année contractuelle 2026-2027",
    "CY26/27": r"\bCY26/27\b",
    "indexation from 1 September 2026": r"from 1 September 2026",
    "announced from 1 March 2027": r"from 1 March 2027",
}
AMOUNTS = [
    # "R1 250", "R650", "R12 000", "R4.80", "R2 145,50" (U+00A0), "R178,80-", "R1.2k"
    re.compile(
        "(?<![A-Za-z0-9])R(\\d{1,3}(?:[ \u00a0]\\d{3})+(?:[.,]\\d\\d)?|\\d+(?:[.,]\\d\\d?)?)(?!\\d)"
    ),
    re.compile(r"\bR (\d{1,3}(?:,\d{3})*\.\d\d)(?!\d)"),  # "R 1,250.00"
    re.compile(r"\bZAR (\d{1,3}(?: \d{3})*(?:,\d\d)?)(?![\d,])"),  # "ZAR 4 500", "ZAR 4,50"
    # "1 250 rand", "250 000 rand" (U+00A0), "560 rand"
    re.compile("(?<![\\d,.])(\\d{1,3}(?:[ \u00a0]\\d{3})*(?:,\\d\\d)?)[ \u00a0]rand\\b"),
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
        self.tags: Counter = Counter()

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
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


def _find(node: dict, tag: str) -> list[dict]:
    out = []
    for ch in node["children"]:
        if ch["tag"] == tag:
            out.append(ch)
        out += _find(ch, tag)
    return out


def _all_text(node: dict) -> str:
    return node["text"] + "".join(_all_text(c) for c in node["children"])


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
    return pdfplumber, pypdf, docx


PDFPLUMBER, PYPDF, DOCX = _modules()
HEAD_PT, FOOT_PT = 50.0, 45.0  # the running header and footer bands (points)


def agreement_pages_plumber(path: str) -> list[str]:
    """The agreement through pdfplumber, in reading order: header, left column, right
    column, footer of each page (the plain page text would mix the two columns)."""
    pages = []
    with PDFPLUMBER.open(path) as pdf:
        for page in pdf.pages:
            w, h = page.width, page.height
            parts = [
                page.crop((0, 0, w, HEAD_PT)).extract_text() or "",
                page.crop((0, HEAD_PT, w / 2, h - FOOT_PT)).extract_text() or "",
                page.crop((w / 2, HEAD_PT, w, h - FOOT_PT)).extract_text() or "",
                page.crop((0, h - FOOT_PT, w, h)).extract_text() or "",
            ]
            pages.append("\n".join(parts))
    return pages


def pdf_readers(name: str) -> list[tuple[str, list[str]]]:
    """The PDF's pages through pdfplumber and through pypdf, each when importable."""
    path = os.path.join(DOCS, name)
    out = []
    if PDFPLUMBER is not None:
        if name == AGREEMENT:
            out.append(("pdfplumber-columns", agreement_pages_plumber(path)))
        else:
            with PDFPLUMBER.open(path) as pdf:
                out.append(("pdfplumber", [p.extract_text() or "" for p in pdf.pages]))
    if PYPDF is not None:
        out.append(("pypdf", [p.extract_text() or "" for p in PYPDF.PdfReader(path).pages]))
    return out


def _docx_root(path: str):
    with zipfile.ZipFile(path) as z:
        return ElementTree.fromstring(z.read("word/document.xml"))


def docx_zip_text(path: str) -> str:
    """word/document.xml's paragraphs (table cells included) with tracked changes accepted:
    runs inside w:ins are kept, runs inside w:del (w:delText) dropped."""
    root = _docx_root(path)
    lines = []
    for p in root.iter(f"{W_NS}p"):
        parts = []
        for child in p:
            runs = [child] if child.tag == f"{W_NS}r" else []
            if child.tag == f"{W_NS}ins":
                runs = child.findall(f"{W_NS}r")
            for r in runs:
                for el in r:
                    if el.tag == f"{W_NS}t":
                        parts.append(el.text or "")
                    elif el.tag == f"{W_NS}tab":
                        parts.append("\t")
        lines.append("".join(parts))
    return "\n".join(lines)


def docx_deleted(path: str) -> list[str]:
    root = _docx_root(path)
    return [
        "".join(t.text or "" for t in d.iter(f"{W_NS}delText")) for d in root.iter(f"{W_NS}del")
    ]


def docx_python_docx(path: str) -> str | None:
    """python-docx's paragraphs, each with its w:ins runs (Paragraph.text alone skips them),
    and its table rows."""
    if DOCX is None:
        return None
    d = DOCX.Document(path)
    lines = [
        "".join(t.text or "" for t in p._p.xpath("./w:r/w:t | ./w:ins/w:r/w:t"))
        for p in d.paragraphs
    ]
    for table in d.tables:
        for row in table.rows:
            lines.append(" | ".join(c.text for c in row.cells))
    return "\n".join(lines)


def views(name: str) -> tuple[list[tuple[str, str]], list[str]]:
    path = os.path.join(DOCS, name)
    warnings: list[str] = []
    if name.endswith(".pdf"):
        out = [("generator", PDF_TEXT[name]())]
        readers = pdf_readers(name)
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
    if name in CP1252_FILES:
        return [("cp1252", raw.decode("cp1252"))], warnings
    text = raw.decode("utf-8")
    if name.endswith(".html"):
        return [("html-text", html_text(text)), ("raw", text)], warnings
    return [("text", text)], warnings


def _flat(text: str) -> str:
    return " ".join(text.replace(NB, " ").split())


def _rand(amount: str) -> float:
    """'R1 250' / 'R650 (a)' / 'R4.80' / 'R2 145,50' / 'ZAR 4,50' / 'R 1,250.00' -> a float."""
    s = re.sub(r"\([a-d]\)|p\.m\.|ZAR|R|rand", "", amount).replace(NB, "").replace(" ", "")
    s = s.rstrip("-")
    if re.search(r",\d\d$", s):  # decimal comma
        s = s[:-3].replace(",", "") + "." + s[-2:]
    return float(s.replace(",", ""))


def _num(s: str) -> float | str:
    """A trap's value: "2,900" / "7 800" / "4,50" -> a float; other text as such."""
    t = s.strip()
    if re.fullmatch(r"\d+,\d\d", t):
        return _rand(t)
    if re.fullmatch(r"\d{1,3}(?:[, ]\d{3})*(?:\.\d+)?", t):
        return float(t.replace(",", "").replace(" ", ""))
    return t


# ----------------------------------------------------------------------------------------
# Questions
# ----------------------------------------------------------------------------------------


def check_forms(qid: str, q: dict, src_norms: list[str], errors: list[str]) -> None:
    """Accepted forms: stable, no tiny bare numbers, no bare number that is a percentage."""
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
                        errors.append(
                            f"{qid}: must_include {alt!r} is a percentage in an expected source"
                        )
                        break
    for bad in q.get("must_not_include", []):
        for el in q.get("must_include", []):
            for alt in score.alternatives(el):
                na, nb = score.normalise(alt), score.normalise(bad)
                if na == nb or score.contains(na, bad) or score.contains(nb, alt):
                    errors.append(f"{qid}: must_not_include {bad!r} matches must_include {alt!r}")


def check_question(q: dict, doc_views: dict, trap_norms: list[str], errors: list[str]) -> None:
    qid = q.get("id", "?")
    for field in FIELDS:
        if field not in q:
            errors.append(f"{qid}: missing field {field}")
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
    if q.get("kind") == "multi-doc":
        if len(src) < 2:
            errors.append(f"{qid}: multi-doc question with fewer than two expected sources")
        if len(q.get("must_include", [])) < 2:
            errors.append(f"{qid}: multi-doc question with fewer than two must_include elements")
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
        if s in ONLY_FR_QUESTIONS and q.get("language") != "fr":
            errors.append(f"{qid}: {s} must be answered only by French questions")
        if s in ONLY_EN_QUESTIONS and q.get("language") != "en":
            errors.append(f"{qid}: {s} must be answered only by English questions")
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
        for b in traps:  # or a spelling of the same figure as a trap that occurs
            if b not in real and _num(b) not in {_num(r) for r in real}:
                errors.append(f"{qid}: the trap {b!r} occurs in no document")
    for pattern in OOS_ABSENT.get(qid, []):
        for name, vs in doc_views.items():
            for label, text, _ in vs:
                if re.search(pattern, text, re.I):
                    errors.append(f"{qid}: {pattern!r} occurs in {name} ({label})")


def check_wording(questions: list[dict], errors: list[str]) -> None:
    """Member shorthand in both languages; a few typos are listed in the notes."""
    text = " ".join(q["question"] for q in questions)
    for word in SHORTHAND:
        if not re.search(rf"(?<![\w/]){re.escape(word)}(?![\w/])", text):
            errors.append(f"no question uses the shorthand {word!r}")
    if sum("Typo" in q["notes"] for q in questions) < 3:
        errors.append("fewer than three questions with a typo noted")
    for q in questions:
        m = re.search(r"Typo: (\w+)", q["notes"])
        if m and m.group(1) not in q["question"]:
            errors.append(f"{q['id']}: noted typo {m.group(1)!r} is not in the question")


# ----------------------------------------------------------------------------------------
# Amounts
# ----------------------------------------------------------------------------------------


def check_glued(doc_views: dict, errors: list[str]) -> int:
    """Every rand amount and percentage printed in a document must survive normalisation."""
    n = 0
    for name, vs in doc_views.items():
        first = vs[0][1]
        amounts = {m.group(1) for rx in AMOUNTS for m in rx.finditer(first)}
        amounts |= {m.group(0) for m in PERCENT.finditer(first)}
        n += len(amounts)
        for label, _, norm in vs:
            for a in sorted(amounts):
                if not score.contains(norm, a):
                    errors.append(f"{name}: amount {a!r} not found as such in the {label} view")
    return n


GLUE_JOINTS = [
    # a separator the scorer strips ("(?<=\d)[, ](?=\d{3}(?!\d))") after a number that cannot
    # be the head of a thousands group: a 4+ digit number ("2026 450"), a decimal
    # ("4.80 250"), or a number that ends a date, a code, a range or a time ("2026/09/01 700",
    # "CY26/27 450", "A-5 480", "10:00 100")
    re.compile(r"\d{4,}[ ,]\d{3}(?!\d)"),
    re.compile(r"\d\.\d+[ ,]\d{3}(?!\d)"),
    re.compile(r"\d,\d+ \d{3}(?!\d)"),
    re.compile(r"[-–/:]\d{1,3}[ ,]\d{3}(?!\d)"),
]


def check_joints(doc_views: dict, errors: list[str]) -> None:
    """No two numbers that the scorer's thousands rule would glue into one, in any view."""
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            flat = _flat(re.sub("[\u00a0\u202f]", " ", text))
            for rx in GLUE_JOINTS:
                for m in rx.finditer(flat):
                    errors.append(f"{name}: {m.group(0)!r} would be glued by the scorer ({label})")


# ----------------------------------------------------------------------------------------
# Layouts
# ----------------------------------------------------------------------------------------


def _lacks(name: str, text: str, needles, errors: list[str]) -> None:
    flat = _flat(text)
    for needle in needles:
        if _flat(needle) not in flat:
            errors.append(f"{name}: lacks {needle!r}")


def _check_running(name: str, label: str, pages: list[str], errors: list[str]) -> None:
    header = _flat(PDF_HEADER[name])
    for i, page in enumerate(pages, 1):
        flat = _flat(page)
        if header not in flat:
            errors.append(f"{name}: page {i} lacks the running header ({label})")
        if f"Page {i} of {len(pages)}" not in flat:
            errors.append(f"{name}: page {i} lacks 'Page {i} of {len(pages)}' ({label})")


def check_agreement(errors: list[str]) -> None:
    text = make_pdf.agreement_text()
    heads = re.findall(r"^§ (\d+) – [A-Z]", text, re.M)
    if heads != [str(i) for i in range(1, 21)]:
        errors.append(f"{AGREEMENT}: section headings {heads} are not § 1 to § 20 in order")
    paras = [t for k, t in make_pdf.AGREEMENT if k == "p"]
    if not all(re.match(r"§ \d+\.\d+(?:\.\d+)? ", p) for p in paras):
        errors.append(f"{AGREEMENT}: a clause does not open with its number '§ n.m'")
    subs = set(re.findall(r"§ \d+\.\d+\.\d+", text))
    if len(subs) < 15 or "§ 7.3.2" not in subs:
        errors.append(f"{AGREEMENT}: {len(subs)} sub-clauses '§ n.m.k' (want 15+, with § 7.3.2)")
    if re.search(r"\bArt(?:icle)?\.? \d|\bClause \d+\.\d+ of this", text):
        errors.append(f"{AGREEMENT}: a clause cited without its section sign")
    _lacks(
        AGREEMENT,
        text,
        (
            "This Agreement runs from 1 March 2025 to 28 February 2028.",
            "each running from 1 March to the end of February of the following year: contract "
            "year 2025/26 (CY25/26), contract year 2026/27 (CY26/27)",
            "replaces the schedule of the previous contract year from 1 March",
            "An announced rate applies only to work done from its date",
            "From 1 September the notice's figure replaces the schedule's figure for the listed "
            "rows only; every other row is unchanged",
            "An indexation is not retroactive",
            "at least seventy-two (72) hours before it starts",
            "is booked in writing at least 14 days ahead",
            "Less than 7 days before: 100 % of the booked fee",
            "The late-night premium is paid for each stream hour",
            "a paid break of at least 15 minutes every 2 hours",
            "No stream lasts longer than 8 hours",
            "at least 3 hours of rest between two shows on the same day",
            "seventy per cent (70 %) of the net donation revenue",
            "the agency acts within 24 hours",
            "emergency accommodation of up to R 1,250.00 a night",
            "written consent for each use (form AV-1)",
            "No more than 60 minutes may be generated in a month",
            "is forbidden without the performer's written consent (form AS-2)",
            "at least 45 days' written notice before the new performer's first stream",
            "within 30 days and sends the performer a certificate of deletion within 10 days",
            "train or fine-tune any other model is forbidden",
            "on 60 days' written notice",
            "No perpetual, lump-sum or buy-out licence of a persona",
            "the 12 hours maximum stream length, the 12 months' notice of withdrawal, the 180 "
            "days for deletion after graduation and its Clause 11.5",
            "Clause 11.3 of the Virtual Performance Agreement 2022–2025 (capture-suit liner "
            "allowance, per contract year) remains in force",
            "It is not superseded by this Agreement nor by any Rate Schedule.",
        ),
        errors,
    )
    path = os.path.join(DOCS, AGREEMENT)
    for label, pages in pdf_readers(AGREEMENT):
        if not 8 <= len(pages) <= 12:
            errors.append(f"{AGREEMENT}: {len(pages)} pages in {label} (want 8-12)")
        _check_running(AGREEMENT, label, pages, errors)
    if PDFPLUMBER is None:
        return
    left_edge = make_pdf.MARGIN + make_pdf.COL_W
    right_start = left_edge + make_pdf.GUTTER
    mm = 72 / 25.4
    want = [make_pdf.PREMIUM_HEADER, *make_pdf.PREMIUMS]
    n_tables = mixed = 0
    with PDFPLUMBER.open(path) as pdf:
        n = len(pdf.pages)
        for i, page in enumerate(pdf.pages, 1):
            body = [
                w
                for w in page.extract_words()
                if w["top"] > HEAD_PT and w["bottom"] < page.height - FOOT_PT
            ]
            left = [w for w in body if w["x1"] <= left_edge * mm + 0.5]
            right = [w for w in body if w["x0"] >= right_start * mm - 0.5]
            across = [w["text"] for w in body if w not in left and w not in right]
            if across:
                errors.append(f"{AGREEMENT}: page {i}: words across the gutter {across[:3]}")
            if not left or (i < n and not right):
                errors.append(f"{AGREEMENT}: page {i}: a column is empty (not two columns)")
            # the plain page text reads across both columns: it is not the column reading
            w, h = page.width, page.height
            cols = [
                page.crop(b).extract_text() or ""
                for b in ((0, HEAD_PT, w / 2, h - FOOT_PT), (w / 2, HEAD_PT, w, h - FOOT_PT))
            ]
            plain = page.crop((0, HEAD_PT, w, h - FOOT_PT)).extract_text() or ""
            if cols[1].strip() and _flat(plain) != _flat("\n".join(cols)):
                mixed += 1
            for t in page.find_tables():
                n_tables += 1
                if t.extract() != want:
                    errors.append(f"{AGREEMENT}: page {i}: the premiums table's cells differ")
                x0, top, x1, bottom = t.bbox
                in_left = x1 <= left_edge * mm + 1
                in_right = x0 >= right_start * mm - 1
                if not (in_left or in_right):
                    errors.append(f"{AGREEMENT}: the premiums table is not inside one column")
                col = [w for w in (left if in_left else right)]
                above = " ".join(w["text"] for w in col if w["bottom"] < top)
                below = " ".join(w["text"] for w in col if w["top"] > bottom)
                if "Table of premiums" not in above:
                    errors.append(
                        f"{AGREEMENT}: no running text of § 7 above the table in its column"
                    )
                if "§ 7.3" not in below or len(below.split()) < 30:
                    errors.append(
                        f"{AGREEMENT}: no running text of § 7 below the table in its column"
                    )
    if n_tables != 1:
        errors.append(f"{AGREEMENT}: {n_tables} ruled tables (want the premiums table only)")
    if mixed < n - 1:
        errors.append(f"{AGREEMENT}: only {mixed} pages whose plain text mixes the two columns")
    if PYPDF is not None:  # the content stream holds the left column, then the right one
        pages = [p.extract_text() or "" for p in PYPDF.PdfReader(path).pages]
        with PDFPLUMBER.open(path) as pdf:
            for i, (pp, page) in enumerate(zip(pages, pdf.pages, strict=True), 1):
                w, h = page.width, page.height
                lt = _flat(page.crop((0, HEAD_PT, w / 2, h - FOOT_PT)).extract_text() or "")
                rt = _flat(page.crop((w / 2, HEAD_PT, w, h - FOOT_PT)).extract_text() or "")
                if not rt:
                    continue
                fp = _flat(pp)
                a, b = fp.find(lt[-40:]), fp.find(rt[:40])
                if a < 0 or b < 0 or not a < b:
                    errors.append(
                        f"{AGREEMENT}: page {i}: pypdf does not read the left column first"
                    )


def check_schedule(errors: list[str]) -> None:
    text = make_pdf.schedule_text()
    _lacks(
        SCHEDULE,
        text,
        (
            "This Rate Schedule replaces the Rate Schedule for contract year 2025/26 from "
            "1 March 2026 (2026/03/01).",
            "Contract year 2026/27 runs from 2026/03/01 to 2027/02/28.",
            "Effective 01-Mar-2026.",
            "from 1 March 2027 (the first day of contract year 2027/28) the amount per song is "
            "R1 990 and the amount per AI stream hour is R600",
            "Until 28 February 2027 the amount printed in the table applies.",
            "Kept in force by § 18.3 of the Agreement (Clause 11.3",
        ),
        errors,
    )
    if PERCENT.search(text):
        errors.append(f"{SCHEDULE}: prints a percentage (the premiums belong to the agreement)")
    h1, t1 = make_pdf.TABLE1_HEADER, make_pdf.TABLE1
    if h1[0] != "Rate unit" or any(c.startswith("per ") for c in h1[1:]):
        errors.append(f"{SCHEDULE}: Table 1's header row is not 'Rate unit' + roles (transposed)")
    if not all(re.search(r"\bper\b", r[0]) for r in t1):
        errors.append(f"{SCHEDULE}: Table 1's first column is not the rate units")
    marker = re.compile(r"^R\d{1,3}(?: \d{3})?(?:\.\d\d)?(?: p\.m\.)?(?: \([a-d]\))?$")
    for r in t1 + [row[2:3] for row in make_pdf.TABLE2]:
        for c in r[1:] if len(r) > 1 else r:
            if c != "—" and not marker.match(c):
                errors.append(f"{SCHEDULE}: cell {c!r} is not 'R1 250' (+ p.m., + marker)")
    for m in "abcd":
        cells = [c for r in t1 + make_pdf.TABLE2 for c in r if c.endswith(f" ({m})")]
        if not cells:
            errors.append(f"{SCHEDULE}: no amount carries the footnote marker ({m})")
        if not any(n.startswith(f"({m}) ") for n in make_pdf.NOTES):
            errors.append(f"{SCHEDULE}: no footnote ({m})")
    path = os.path.join(DOCS, SCHEDULE)
    for label, pages in pdf_readers(SCHEDULE):
        _check_running(SCHEDULE, label, pages, errors)
        lines = [_flat(ln) for p in pages for ln in p.splitlines()]
        for r in [h1, *t1, make_pdf.TABLE2_HEADER, *make_pdf.TABLE2]:
            if _flat(" ".join(r)) not in lines:
                errors.append(f"{SCHEDULE}: row {r[0]!r} not printed as one line ({label})")
        if len(pages) != 2:
            errors.append(f"{SCHEDULE}: {len(pages)} pages in {label} (want 2)")
    if PDFPLUMBER is None:
        return
    with PDFPLUMBER.open(path) as pdf:
        for i, page in enumerate(pdf.pages, 1):
            if not page.width > page.height:
                errors.append(f"{SCHEDULE}: page {i} is not landscape")
        p1 = [t.extract() for t in pdf.pages[0].find_tables()]
        p2 = [t.extract() for t in pdf.pages[1].find_tables()] if len(pdf.pages) > 1 else []
    if len(p1) != 2 or len(p2) != 1:
        errors.append(f"{SCHEDULE}: {len(p1)} tables on page 1 and {len(p2)} on page 2 (want 2, 1)")
        return
    if p1[0] != [h1, *t1]:
        errors.append(f"{SCHEDULE}: Table 1 read by pdfplumber differs from the generator's")
    if p1[1][0] != make_pdf.TABLE2_HEADER or len(p1[1]) < 2:
        errors.append(f"{SCHEDULE}: Table 2 does not start on page 1 with its header and a row")
    if p2[0][0] == make_pdf.TABLE2_HEADER:
        errors.append(f"{SCHEDULE}: Table 2's header is repeated on page 2")
    if p1[1][1:] + p2[0] != make_pdf.TABLE2:
        errors.append(f"{SCHEDULE}: Table 2 read over pages 1-2 differs from the generator's")


# the 2025/26 HTML rows (role, unit) -> the CY26/27 schedule cell (Table 1 unit, role) or
# Table 2 code
PREVIOUS_MAP = {
    ("Talent VTuber", "par heure de stream"): ("per stream hour", "VTuber talent"),
    ("Talent VTuber", "garantie mensuelle (exclusivité)"): (
        "guarantee per month (exclusive)",
        "VTuber talent",
    ),
    ("Talent VTuber", "par heure de stream IA"): ("per AI stream hour", "VTuber talent"),
    ("Talent VTuber", "clone vocal IA, par mois d'utilisation"): (
        "AI voice clone, per month of use",
        "VTuber talent",
    ),
    ("Talent VTuber", "par bloc de dix minutes générées"): (
        "per block of 10 generated minutes",
        "VTuber talent",
    ),
    ("Artiste de capture de mouvement", "par journée de capture (jusqu'à 8 h)"): (
        "per capture day (up to 8 h)",
        "Mocap performer",
    ),
    ("Artiste de capture de mouvement", "par concert virtuel"): (
        "per virtual concert",
        "Mocap performer",
    ),
    ("Artiste de capture de mouvement", "par journée de répétition"): (
        "per rehearsal day (up to 7 h)",
        "Mocap performer",
    ),
    ("Voix d'idole virtuelle", "par séance d'enregistrement (jusqu'à 4 h)"): (
        "per recording session (up to 4 h)",
        "Idol voice actor",
    ),
    ("Voix d'idole virtuelle", "par chanson"): ("per song", "Idol voice actor"),
    ("Voix d'idole virtuelle", "clone vocal IA, par mois d'utilisation"): (
        "AI voice clone, per month of use",
        "Idol voice actor",
    ),
    ("Voix d'idole virtuelle", "par bloc de dix minutes générées"): (
        "per block of 10 generated minutes",
        "Idol voice actor",
    ),
    ("Co-animation", "par heure de stream"): ("per stream hour", "Co-host"),
    ("Modération", "par heure de stream"): ("per stream hour", "Moderator"),
    ("Artiste holographique", "par spectacle"): ("per show", "Holo performer"),
    ("Artiste holographique", "par journée de répétition"): (
        "per rehearsal day (up to 7 h)",
        "Holo performer",
    ),
}
PREVIOUS_MAP2 = {
    "Équipement de stream à domicile": "A-1",
    "Connexion internet": "A-2",
    "Essayage de la combinaison de capture": "A-3",
    "Doublure de combinaison (clause 11.3, maintenue)": "A-4",
    "Trajet vers un studio de capture au-delà de 40 km": "A-5",
    "Journée de voyage sans appel": "A-6",
    "Per diem, nuit hors de la base": "A-7",
    "Transport de nuit (stream terminé après minuit)": "A-8",
}


def schedule_cell(unit: str, role: str) -> str:
    col = make_pdf.TABLE1_HEADER.index(role)
    return next(r[col] for r in make_pdf.TABLE1 if r[0] == unit)


def check_previous(errors: list[str]) -> None:
    with open(os.path.join(DOCS, PREVIOUS), encoding="utf-8") as f:
        raw = f.read()
    tree = _Tree()
    tree.feed(raw)
    tables = _find(tree.root, "table")
    if len(tables) != 2:
        errors.append(f"{PREVIOUS}: {len(tables)} tables (want 2)")
        return
    for t in tables:
        if len(_find(t, "caption")) != 1:
            errors.append(f"{PREVIOUS}: a table without its <caption>")
    # expand the rowspans of table 1: (role, unit, amount)
    rows, role, left = [], None, 0
    spans = 0
    for tr in _find(_find(tables[0], "tbody")[0], "tr"):
        ths = [c for c in tr["children"] if c["tag"] == "th"]
        tds = [c for c in tr["children"] if c["tag"] == "td"]
        if ths:
            th = ths[0]
            if th["attrs"].get("scope") != "row":
                errors.append(f"{PREVIOUS}: a role cell without scope='row'")
            role, left = _all_text(th).strip(), int(th["attrs"].get("rowspan", "1"))
            spans += left > 1
        elif left <= 0:
            errors.append(f"{PREVIOUS}: a unit row outside any role's rowspan")
        left -= 1
        rows.append((role, _all_text(tds[0]).strip(), _all_text(tds[1]).strip()))
    if spans < 4:
        errors.append(f"{PREVIOUS}: only {spans} role cells with rowspan > 1 (want 4+)")
    if {(r, u) for r, u, _ in rows} != set(PREVIOUS_MAP):
        errors.append(f"{PREVIOUS}: table 1's (role, unit) rows differ from PREVIOUS_MAP")
    for r, u, amount in rows:
        if not re.fullmatch(r"ZAR \d{1,3}(?: \d{3})?", amount):
            errors.append(f"{PREVIOUS}: amount {amount!r} is not 'ZAR 4 500'")
            continue
        if (r, u) in PREVIOUS_MAP and not _rand(amount) < _rand(schedule_cell(*PREVIOUS_MAP[r, u])):
            errors.append(f"{PREVIOUS}: {r} / {u} {amount} is not below the CY26/27 amount")
    t2 = {code: r for r in make_pdf.TABLE2 for code in [r[0]]}
    for tr in _find(_find(tables[1], "tbody")[0], "tr"):
        th = [c for c in tr["children"] if c["tag"] == "th"]
        tds = [c for c in tr["children"] if c["tag"] == "td"]
        name, amount = _all_text(th[0]).strip(), _all_text(tds[0]).strip()
        code = PREVIOUS_MAP2.get(name)
        if th[0]["attrs"].get("scope") != "row" or code is None:
            errors.append(f"{PREVIOUS}: allowance row {name!r} unknown or without scope='row'")
            continue
        new = _rand(t2[code][2])
        if not (_rand(amount) < new or (code == "A-4" and _rand(amount) == new)):
            errors.append(f"{PREVIOUS}: allowance {name} {amount} is not below {t2[code][2]}")
    if len(_find(tree.root, "details")) < 2 or len(_find(tree.root, "summary")) < 2:
        errors.append(f"{PREVIOUS}: fewer than two <details>/<summary> sections")
    _lacks(
        PREVIOUS,
        raw,
        (
            '<div id="cookie-banner"',
            "<nav",
            'class="fil-ariane"',
            "<footer>",
            "Il a été remplacé le 1er mars 2026 par le barème de l'année contractuelle 2026-2027",
        ),
        errors,
    )


def check_notice(errors: list[str]) -> None:
    with open(os.path.join(DOCS, NOTICE), encoding="utf-8") as f:
        raw = f.read()
    if "\t" in raw or "|" in raw:
        errors.append(f"{NOTICE}: holds a tab or a pipe (the table is fixed-width)")
    lines = raw.splitlines()
    rule = next((i for i, ln in enumerate(lines) if re.fullmatch(r"-+(?:  +-+)+", ln)), None)
    if rule is None:
        errors.append(f"{NOTICE}: no dashed rule under a table header")
        return
    starts = [m.start() for m in re.finditer(r"-+", lines[rule])]
    ends = [m.end() for m in re.finditer(r"-+", lines[rule])]
    header = lines[rule - 1]
    body = []
    for ln in lines[rule + 1 :]:
        if not ln.strip():
            break
        body.append(ln)
    for ln in [header, *body]:
        for k, s in enumerate(starts):
            if s >= len(ln) or ln[s] == " " or (s and ln[s - 1] != " "):
                errors.append(f"{NOTICE}: {ln.strip()[:30]!r}: no cell starts at column {s}")
            nxt = starts[k + 1] if k + 1 < len(starts) else None
            cell = ln[s:nxt] if nxt else ln[s:]
            if nxt and len(cell.rstrip()) > ends[k] - s:
                errors.append(f"{NOTICE}: {cell.strip()!r} overflows its column")
    cells = [
        [
            ln[s : (starts[k + 1] if k + 1 < len(starts) else None)].strip()
            for k, s in enumerate(starts)
        ]
        for ln in body
    ]
    if [c.strip() for c in header.split("  ") if c.strip()] != [
        "Role",
        "Rate unit",
        "Rate Schedule CY26/27",
        "From 2026/09/01",
    ]:
        errors.append(f"{NOTICE}: the header is not Role | Rate unit | schedule | From 2026/09/01")
    indexable = {
        (unit, role)
        for r in make_pdf.TABLE1
        for unit in [r[0]]
        for role, c in zip(make_pdf.TABLE1_HEADER[1:], r[1:], strict=True)
        if c.endswith("(a)")
    }
    roles = {
        "VTuber talent",
        "Co-host",
        "Moderator",
        "Mocap performer",
        "Idol voice actor",
        "Holo performer",
    }
    seen = set()
    for role, unit, old, new in cells:
        if role not in roles:
            errors.append(f"{NOTICE}: unknown role {role!r}")
            continue
        key = next(((u, ro) for u, ro in indexable if ro == role and u.startswith(unit)), None)
        if key is None:
            errors.append(f"{NOTICE}: {role} / {unit} is not an indexable (a) row of the schedule")
            continue
        seen.add(key)
        sched = schedule_cell(*key)
        if _rand(old) != _rand(sched):
            errors.append(f"{NOTICE}: {role} / {unit}: {old} is not the schedule's {sched}")
        want = math.ceil(_rand(old) * 1.075 / 10 - 1e-9) * 10
        if _rand(new) != want:
            errors.append(
                f"{NOTICE}: {role} / {unit}: {new} is not {old} + 7.5% rounded up (R{want})"
            )
        for a in (old, new):
            if not re.fullmatch(r"R\d{1,3}(?: \d{3})?", a):
                errors.append(f"{NOTICE}: amount {a!r} is not 'R1 250'")
    if seen != indexable:
        errors.append(f"{NOTICE}: indexed rows {sorted(seen)} are not the schedule's (a) rows")
    _lacks(
        NOTICE,
        raw,
        (
            "are raised by 7.5% from 1 September 2026 (2026/09/01), the first day of Q3 2026",
            "the new figure replaces the figure of the Rate Schedule CY26/27 for the listed rows only",
            "The indexation is not retroactive.",
            "Work done up to and including 31 August 2026 is paid at the figure of the Rate "
            "Schedule CY26/27",
            "are not changed by this notice",
        ),
        errors,
    )


def check_side_letter(errors: list[str]) -> None:
    path = os.path.join(DOCS, SIDE)
    root = _docx_root(path)
    dels = list(root.iter(f"{W_NS}del"))
    inss = list(root.iter(f"{W_NS}ins"))
    if len(dels) < 2 or len(inss) < 3:
        errors.append(f"{SIDE}: {len(dels)} w:del and {len(inss)} w:ins (want 2+ and 3+)")
    if any(d.find(f".//{W_NS}t") is not None for d in dels):
        errors.append(f"{SIDE}: a w:del holds w:t (deleted text must be w:delText)")
    for el in dels + inss:
        if not (el.get(f"{W_NS}author") and el.get(f"{W_NS}date") and el.get(f"{W_NS}id")):
            errors.append(f"{SIDE}: a tracked change without w:id, w:author or w:date")
    found = False
    for p in root.iter(f"{W_NS}p"):
        kids = list(p)
        for a, b in itertools.pairwise(kids):
            if (
                a.tag == f"{W_NS}del"
                and b.tag == f"{W_NS}ins"
                and "".join(t.text or "" for t in a.iter(f"{W_NS}delText"))
                == make_docx.DELETED_FIGURE
                and "".join(t.text or "" for t in b.iter(f"{W_NS}t")) == make_docx.INSERTED_FIGURE
            ):
                found = True
    if not found:
        errors.append(f"{SIDE}: no w:del of the old figure followed by a w:ins of the new one")
    deleted = docx_deleted(path)
    if make_docx.DELETED_SENTENCE not in deleted:
        errors.append(f"{SIDE}: the deleted sentence is not one w:del")
    accepted = docx_zip_text(path)
    for bad in (make_docx.DELETED_FIGURE, make_docx.DELETED_SENTENCE, "third show, paid"):
        if bad in accepted or bad in make_docx.side_letter_text():
            errors.append(f"{SIDE}: the accepted text holds deleted text {bad[:30]!r}")
    _lacks(
        SIDE,
        accepted,
        (
            "a tour supplement of R 1,650.00 is paid per show",
            "No third show is given on any day of the tour.",
            "from 2 October 2026 to 31 January 2027",
            "at least 3 hours of rest between them",
        ),
        errors,
    )
    if DOCX is not None:
        plain = "\n".join(p.text for p in DOCX.Document(path).paragraphs)
        if make_docx.INSERTED_FIGURE in plain:
            errors.append(
                f"{SIDE}: python-docx's Paragraph.text shows the inserted run (no w:ins?)"
            )


def check_email(errors: list[str]) -> None:
    with open(os.path.join(DOCS, EMAIL), encoding="utf-8") as f:
        raw = f.read()
    lines = raw.splitlines()
    for i, key in enumerate(("From: ", "To: ", "Date: ", "Subject: ")):
        if not lines[i].startswith(key):
            errors.append(f"{EMAIL}: line {i + 1} is not the {key.strip()} header")
    quoted = [ln for ln in lines if ln.startswith(">")]
    own = [ln for ln in lines[4:] if not ln.startswith(">")]
    if len(quoted) < 10 or not any(ln.startswith(">>") for ln in quoted):
        errors.append(f"{EMAIL}: fewer than ten quoted lines or no nested '>>' quote")
    q_text, o_text = _flat("\n".join(quoted)), _flat("\n".join(own))
    if "meal voucher of R160" not in q_text:
        errors.append(f"{EMAIL}: the quoted message does not state R160")
    if "the meal voucher at Kestwick is R210 per capture day, not R160" not in o_text:
        errors.append(f"{EMAIL}: the newest message does not correct R160 to R210")
    if "R210" in q_text:
        errors.append(f"{EMAIL}: the corrected figure is in a quoted line")
    dates = re.findall(r"(?:Date: \w+, |On \w+, )(\d+ \w+ 2026)", raw)
    if len(dates) < 3:
        errors.append(f"{EMAIL}: fewer than three dated messages ({dates})")
    else:
        days = [int(d.split()[0]) for d in dates]
        if days != sorted(days, reverse=True):
            errors.append(f"{EMAIL}: the messages are not newest first ({dates})")


def check_faq(errors: list[str]) -> None:
    with open(os.path.join(DOCS, FAQ), encoding="utf-8") as f:
        raw = f.read()
    tree = _Tree()
    tree.feed(raw)
    if tree.tags["table"]:
        errors.append(f"{FAQ}: holds a <table> (it is a definition list)")
    dls = _find(tree.root, "dl")
    n_dt = 0
    for dl in dls:
        kids = [c["tag"] for c in dl["children"]]
        if (
            not kids
            or kids[0] != "dt"
            or any(a == b for a, b in itertools.pairwise(kids))
            or kids[-1] != "dd"
        ):
            errors.append(f"{FAQ}: a <dl> is not <dt> / <dd> pairs: {kids}")
        n_dt += kids.count("dt")
        for c in dl["children"]:
            if c["tag"] == "dt" and not _all_text(c).strip().endswith("?"):
                errors.append(f"{FAQ}: <dt> {_all_text(c)[:40]!r} is not a question")
    if n_dt < 15:
        errors.append(f"{FAQ}: only {n_dt} <dt> questions (want 15+)")
    text = html_text(raw)
    _lacks(
        FAQ,
        text,
        (
            "Le droit d'entrée est de mille deux cent cinquante rand",
            f"La cotisation de base est de R2{NB}145,50 par année contractuelle",
            "indexés de 7,5 %",
            "est passée de R260 à R280",
            "au moins 72 heures à l'avance",
            "moins de 7 jours avant, 100 % du cachet réservé",
            "une prime de marathon de 50 % du tarif horaire",
            "L'agence doit agir dans les 24 heures",
            "Au plus 60 minutes générées par mois",
            "au moins 45 jours avant le premier stream du nouvel artiste",
            "dans les 30 jours",
            "dans les 10 jours",
            "Le samedi 20 mars 2027",
            "avant le 19 février 2027",
            "le T3 2026, par exemple, a commencé le 1er septembre 2026",
        ),
        errors,
    )
    norm = score.normalise(text)
    for absent in ("1250", "700", "460", "5160", "440", "20%"):
        if score.contains(norm, absent):
            errors.append(
                f"{FAQ}: holds {absent!r} (words only / the multi-doc needs another document)"
            )


def check_text_docs(errors: list[str]) -> None:
    def read(name: str) -> str:
        with open(os.path.join(DOCS, name), encoding="utf-8") as f:
            return f.read()

    minutes = read(MINUTES)
    _lacks(
        MINUTES,
        minutes,
        (
            'a perpetual "persona buy-out", a single lump sum of R 250,000.00 per performer',
            "The members REJECTED it",
            "No persona buy-out is in force",
            "Q3 2026 (the quarter that began on 1 September 2026)",
            "from 1 December 2026 the agencies pay up to R1.2k per member",
            "Thursday 28 January 2027",
        ),
        errors,
    )
    if re.search(r"91[.,]4|1[ \u00a0,]?522", minutes):
        errors.append(f"{MINUTES}: gives the vote figures (only the bulletin may)")
    bulletin = make_docx.bulletin_text()
    _lacks(
        BULLETIN,
        bulletin,
        (
            f"un paiement unique de 250{NB}000 rand par artiste",
            "rejetée par 91,4 % des voix exprimées",
            f"(1{NB}522 voix contre, 143 voix pour)",
            "relevés de sept et demi pour cent le 1er septembre 2026",
            f"passe à 1{NB}500 rand par membre",
            f"(elle était de 1{NB}100 rand)",
            f"Le droit d'entrée à la Guilde (1{NB}250 rand)",
            "le samedi 16 janvier 2027",
            "R178,80-",
        ),
        errors,
    )
    if 1522 / (1522 + 143) * 100 < 91.35 or 1522 / (1522 + 143) * 100 >= 91.45:
        errors.append(f"{BULLETIN}: 91,4 % is not 1 522 of 1 665 votes")
    if not any(r[1].endswith("-") for r in make_docx.PAYSLIP):
        errors.append(f"{BULLETIN}: no deduction with a trailing minus in the pay slip")
    gross = sum(_rand(r[1]) for r in make_docx.PAYSLIP[:-1] if not r[1].endswith("-"))
    ded = sum(_rand(r[1]) for r in make_docx.PAYSLIP if r[1].endswith("-"))
    if abs(gross - ded - _rand(make_docx.PAYSLIP[-1][1])) > 0.001:
        errors.append(f"{BULLETIN}: the pay slip's net is not gross minus the deduction")
    if DOCX is not None and len(DOCX.Document(os.path.join(DOCS, BULLETIN)).tables) != 1:
        errors.append(f"{BULLETIN}: the pay slip is not one Word table")
    expired = read(EXPIRED)
    _lacks(
        EXPIRED,
        expired,
        (
            "# EXPIRÉ",
            "> **EXPIRÉ.** Cet accord a expiré le 28 février 2025.",
            "**Clause 11.3** – indemnité de doublure de combinaison de capture : 640 rand",
            "**reste en vigueur**",
            "elle n'est pas remplacée",
            "**Clause 11.5** – subvention d'insonorisation du studio à domicile : 1 800 rand",
            "n'est **pas reprise**",
            "| 180 jours | 30 jours |",
            "| préavis de 12 mois | préavis de 60 jours |",
        ),
        errors,
    )
    conv = read(CONVENTION)
    _lacks(CONVENTION, conv, ("VirtuaCon 2027", "Rencontre avec une VTuber"), errors)
    with open(os.path.join(DOCS, SHOP), "rb") as f:
        raw = f.read()
    for byte, what in (
        (b"\xe9", "E9 (é)"),
        (b"\xab", "AB («)"),
        (b"\x96", "96 (–)"),
        (b"\x92", "92 (’)"),
        (b"\xa0", "A0 (no-break space)"),
        (b"\xb0", "B0 (°)"),
    ):
        if byte not in raw:
            errors.append(f"{SHOP}: lacks the single byte {what}")
    if b"\r\n" not in raw or raw.count(b"\n") != raw.count(b"\r\n"):
        errors.append(f"{SHOP}: line ends are not all CRLF")
    try:
        raw.decode("utf-8")
        errors.append(f"{SHOP}: decodes as UTF-8 (it must be Windows-1252)")
    except UnicodeDecodeError:
        pass
    if raw.decode("cp1252").replace("\r\n", "\n") != make_notice.NOTICE:
        errors.append(f"{SHOP}: differs from make_notice.py; rebuild")


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    corpus = "\n".join(vs[0][1] for vs in doc_views.values())
    if any(c in corpus for c in "$€£₹¥") or re.search(
        r"\b(EUR|USD|GBP|CAD|CHF|SEK|NOK|DKK|kr|krona|kronor)\b", corpus
    ):
        errors.append(
            "a document contains $, €, £, ₹, ¥, EUR, USD, GBP, CAD, CHF, SEK, NOK, DKK or kr"
        )
    for label, pattern in SPELLINGS.items():
        if not re.search(pattern, corpus):
            errors.append(f"no amount, percentage or date written as {label}")
    for label, pattern in (
        ("the amount in words", r"mille deux cent cinquante rand"),
        ("the shorthand R1.2k", r"(?<![\w])R\d\.\dk\b"),
        ("the trailing-minus deduction", r"(?<![\w])R\d+,\d\d-(?!\d)"),
    ):
        if len(re.findall(pattern, corpus)) != 1:
            errors.append(f"{label} is not written exactly once")


def check_score_link(errors: list[str]) -> None:
    link = os.path.join(HERE, "score.py")
    if not os.path.islink(link) or os.readlink(link) != "../union-c/score.py":
        errors.append("score.py is not the relative link ../union-c/score.py")
    pyproject = os.path.join(HERE, "..", "..", "pyproject.toml")
    if os.path.exists(pyproject):
        with open(pyproject, encoding="utf-8") as f:
            if '"eval/union-y/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-y/score.py not in ruff's extend-exclude")


def check_rejected(questions: list[dict], doc_views: dict, errors: list[str]) -> None:
    """The rejected persona buy-out is never an answer: a trap of the questions on AI-1 / AI-2."""
    for home in REJECTED_HOMES:
        if not score.contains(doc_views[home][0][2], REJECTED_FEE):
            errors.append(f"{home}: does not print the rejected buy-out {REJECTED_FEE}")
    for name, vs in doc_views.items():
        if name not in REJECTED_HOMES and any(
            score.contains(norm, REJECTED_FEE) for _, _, norm in vs
        ):
            errors.append(
                f"{name}: prints the rejected buy-out (only the minutes and bulletin may)"
            )
    n = 0
    for q in questions:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                if score.contains(score.normalise(alt), REJECTED_FEE):
                    errors.append(
                        f"{q['id']}: the rejected buy-out {REJECTED_FEE} is in must_include"
                    )
        if re.search(r"\brow AI-[12]\b", q["notes"]) and q["kind"] not in (
            "cross-lingual",
            "adversarial",
        ):
            n += 1
            if REJECTED_FEE not in q["must_not_include"]:
                errors.append(
                    f"{q['id']}: a question on row AI-1 or AI-2 without the rejected trap"
                )
    if n < 2:
        errors.append("fewer than two questions on rows AI-1 / AI-2 trap the rejected buy-out")


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
    # traps may also sit in a redline's deleted runs
    trap_norms = [norm for vs in doc_views.values() for _, _, norm in vs]
    if SIDE in doc_views:
        trap_norms += [score.normalise(t) for t in docx_deleted(os.path.join(DOCS, SIDE))]

    for name in (AGREEMENT, SCHEDULE, SIDE, BULLETIN):
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

    for name in (PREVIOUS, NOTICE, EMAIL, FAQ, MINUTES, EXPIRED, SHOP, CONVENTION):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_agreement(errors)
        check_schedule(errors)
        check_previous(errors)
        check_notice(errors)
        check_side_letter(errors)
        check_email(errors)
        check_faq(errors)
        check_text_docs(errors)
        check_rejected(questions, doc_views, errors)
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
    adv_fr = [q for q in questions if q["kind"] == "adversarial" and q["language"] == "fr"]
    if len(adv_fr) != 1:
        errors.append(f"{len(adv_fr)} French adversarial questions (want 1)")
    if len({q["question"] for q in questions}) != len(questions):
        errors.append("duplicate question texts")
    for doc in ONLY_FR_QUESTIONS | ONLY_EN_QUESTIONS:
        if not any(doc in q["expected_sources"] for q in questions):
            errors.append(f"{doc}: no question uses it (it should be cross-lingual)")
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
