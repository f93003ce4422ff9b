#!/usr/bin/env python3
"""Check the union-v set itself: questions.json against docs/ (no project needed).

    python3 eval/union-v/check_set.py                      # stdlib; PDF and DOCX in the generators' text
    /work/main/.venv/bin/python eval/union-v/check_set.py  # also python-docx, pdfplumber and pypdf

Checks:
- the fields and values of every question, ids uv-001.. in order, counts per kind and
  language, no duplicate question, no newline in a question, and that questions.json is
  what make_questions.py writes;
- that every expected source exists, and that every must_include element occurs, after the
  scorer's normalisation (score.normalise / score.contains), in at least one expected
  source, in EVERY view of it: HTML without tags and raw; the language school's fee list
  decoded as Windows-1252; other text as UTF-8; the two DOCX in the generator's text
  (make_docx.py), in word/document.xml read with zipfile (w:tab as a TAB) and, when
  importable, through python-docx (paragraphs and table cells); the two PDFs in the
  generator's text (make_pdf.py) and, when importable, through pdfplumber AND pypdf;
- the accepted forms: no alternative with a dot-thousands amount ("1.250", which reads as
  1.25); an amount whose pence end in zero ("1,250.50") also given with one decimal
  ("1,250.5"); an amount in pence given both ways ("82p" and "0.82"); no bare number of
  fewer than three digits ("26" is in "2025/26"); every alternative stable under
  normalisation; no trap equal, after normalisation, to a must_include alternative, nor
  matching one;
- that no pound amount or percentage is glued to a neighbour: every amount printed in a
  document ("£1,250.50", "GBP 1,250", "1 250,50 £" with U+00A0, "2 750 £" with a space,
  "0,45 £", "75p", "1,2 k£") and every percentage is found, after normalisation and at
  digit boundaries, in every view of that document; and no separator stands where the
  scorer would glue two numbers into one (after a 4+ digit number, a decimal, or the end
  of a range, date or time: "2026/27 325,00 £");
- that the built DOCX and PDFs hold their generators' words (rebuild if not), and the
  cp1252 fee list its generator's text;
- the agreement PDF: 6-10 pages, running header and "Page N of M" on every page, headings
  Clause 1 to Clause 20 and "Clause 7A", citations "Clause 14.3(b)" and "cl. 7A", rate
  years from 6 April, the mid-year review of 1 November 2026, the cross-reference "as set
  out in Annex 2 of the Rate Schedule", cl. 8.6 (to be deleted), cl. 9.3 at 25% (to be
  amended), cl. 19.3 (keeps Clause 12.3 of the expired agreement), the amount in words;
- the Rate Schedule 2026/27 PDF: landscape pages with running header and "Page N of M";
  three TRANSPOSED tables (first header cell "Period", the other header cells roles, each
  row a period: 6 April 2026 – 31 October 2026, 1 November 2026 – 5 April 2027 *, From
  6 April 2027 (announced) †), each header and row printed once as one line in every
  reader; only the e-learning and IVR per-prompt columns change between the first two
  rows; no rate lower in a later row; footnotes (a), (b), * and † printed; Annex 2 as an
  ordinary table; the replacement statement;
- the Rate Schedule 2025/26 DOCX: its rates are tab-leader lines (a right tab stop with a
  dot leader, a w:tab, an amount), exactly one Word table (Annex 2); every 2025/26 rate
  below its 2026/27 counterpart; no 2026/27 amount in it and no 2025/26 amount in the
  2026/27 PDF; "6th April 2026";
- the HTML page: a table with a TWO-LEVEL header (a first row with "Rôle" and "Type de
  travail" spanning two rows and "2025/26" / "2026/27" spanning two columns; a second row
  Hourly / Session twice), role cells spanning two rows, notes (a) and (b), amounts with
  U+00A0 equal to the DOCX (2025/26) and PDF (2026/27) rates; nav, breadcrumbs, footer;
- the Lettre d'accord n° 1: cl. 8.6 deleted and cl. 9.3 from 25 % to 30 % from the
  1er novembre 2026 (01.11.2026), earlier hours kept at 25 %, cl. 19.3 unchanged with the
  amount in words and figures equal to the expired clause's, no retroactivity,
  ratification, never the rejected buy-out;
- the FAQ's "### " headings, bullets holding figures, Markdown pipe tables and
  "1 250,50 £"; the notice's "key : value" lines; the e-mail's headers and "> " quoted
  minutes; the bulletin's rejected proposal, vote and informal "1,2 k£"; the expired
  summary's banner, old terms and the kept Clause 12.3; the school list's encoding (single
  bytes E9, AB, 96, 92, A0 and A3, CRLF, not UTF-8);
- the pound, percentage and date spellings listed in SPELLINGS; no $, €, ₹, ƒ, CHF, EUR,
  USD, CAD, Rs;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- that every non-adversarial question's traps include one that occurs in a document, and
  that the rejected buy-out occurs only in the bulletin, is never in must_include and is a
  trap of the questions on row AI-1;
- that the e-mail (English) is an expected source only of French questions and the
  bulletin (French) only of English questions; cross-lingual questions have no source in
  their own language; every non-distractor document is used, no distractor is;
- that every document is 2,000-25,000 characters (in its first view);
- that the out-of-scope questions' key terms and the adversarial questions' injected
  figures occur in no document (in any view).
Exit 1 on any error.
"""

from __future__ import annotations

import html.parser
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
PREFIX = "uv"
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
EXPECTED_LANGUAGES = {"en": 35, "fr": 25}
N_DOCS = 12
SIZE = (2000, 25000)
SEP = "[ ,.'’\u00a0\u202f]?"
NB = "\u00a0"

OOS_ABSENT = {
    "uv-048": [r"\bagents?\b", r"\bagenc", r"commission", r"impresario"],
    "uv-049": [r"ch[ôo]mage", r"unemploy", r"jobseeker", r"demandeurs? d'emploi"],
    "uv-050": [r"parking", r"car park", r"stationnement", r"\bparked\b"],
    "uv-051": [r"retraite", r"\bpensions?\b", r"retirement", r"\bretired\b"],
    "uv-052": [
        r"\btax(?:es|ed|ation|able)?\b",
        r"imp[ôo]ts?\b",
        r"fiscal",
        r"\bvat\b",
        r"\btva\b",
        r"capital gain",
    ],
    "uv-053": [r"uniform", r"hi-vis", r"costume", r"wardrobe", r"\btenues?\b", r"clothing"],
    "uv-054": [
        r"insur",
        r"assuranc",
        r"responsabilit[ée] civile",
        r"liabilit",
        r"plainte",
        r"complain",
    ],
    "uv-055": [r"\blifts?\b", r"elevator", r"ascenseur"],
    "uv-056": [r"cong[ée]s?\b", r"holiday", r"vacances", r"vacation", r"annual leave"],
    "uv-057": [r"podcast", r"advert", r"publicit", r"\bads?\b"],
    "uv-058": [rf"49{SEP}99"],
    "uv-059": [r"(?<![\d.,])65[ \u00a0\u202f]?%"],
    "uv-060": [rf"9{SEP}999"],
}

AGREEMENT = make_questions.AGREEMENT
SCHED26 = make_questions.SCHED26
SCHED25 = make_questions.SCHED25
LETTRE = make_questions.LETTRE
TARIFS = make_questions.TARIFS
FAQ = make_questions.FAQ
NOTICE = make_questions.NOTICE
EMAIL = make_questions.EMAIL
BULLETIN = make_questions.BULLETIN
EXPIRED = make_questions.EXPIRED
CONFERENCE = make_questions.CONFERENCE
SCHOOL = make_questions.SCHOOL
DISTRACTORS = {CONFERENCE, SCHOOL}
PDF_TEXT = {AGREEMENT: make_pdf.agreement_text, SCHED26: make_pdf.schedule_text}
PDF_HEADER = {AGREEMENT: make_pdf.AGREEMENT_HEADER, SCHED26: make_pdf.SCHEDULE_HEADER}
DOCX_TEXT = {SCHED25: make_docx.schedule_text, LETTRE: make_docx.lettre_text}
CP1252_FILES = {SCHOOL}
ONLY_FR_QUESTIONS = {EMAIL}  # an English document answered only by French questions
ONLY_EN_QUESTIONS = {BULLETIN}  # a French document answered only by English questions
REJECTED_FEE = make_questions.REJECTED  # the TSCC's one-time TTS buy-out, rejected
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

DOC_LANGUAGE = {
    AGREEMENT: "en",
    SCHED26: "en",
    SCHED25: "en",
    EMAIL: "en",
    EXPIRED: "en",
    CONFERENCE: "en",
    LETTRE: "fr",
    TARIFS: "fr",
    FAQ: "fr",
    NOTICE: "fr",
    BULLETIN: "fr",
    SCHOOL: "fr",
}

SPELLINGS = {
    "English pounds with pence and comma thousands (£1,250.50)": r"£\d{1,3},\d{3}\.\d\d\b",
    "GBP before, comma thousands (GBP 1,250)": r"\bGBP \d{1,3},\d{3}\b",
    "French, no-break space thousands, comma decimals, £ after (1 250,50 £)": (
        "\\d\u00a0\\d{3},\\d\\d\u00a0£"
    ),
    "French, plain space thousands, £ after (2 750 £)": r"\d \d{3} £",
    "pence with p (75p)": r"(?<![\d.,])\d{2}p\b",
    "pence as pounds (£0.75)": r"£0\.\d\d\b",
    "pence the French way (0,45 £)": "(?<![\\d,])0,\\d\\d[ \u00a0]£",
    "informal k£ (1,2 k£)": r"\d,\d k£",
    "an amount in words (four hundred pounds)": r"four hundred pounds",
    "an amount in words, French (quarante-deux livres cinquante)": (
        r"quarante-deux livres cinquante \(42,50\u00a0?\s?£\)"
    ),
    "French percentage with comma (88,6 %)": r"88,6 %",
    "date 6 April 2026": r"(?<!\d)6 April 2026",
    "date 6th April 2026": r"6th April 2026",
    "date 06.04.2026": r"06\.04\.2026",
    "date day first with slashes (6/4/2026)": r"(?<![\d/])6/4/2026",
    "date le 6 avril 2026": r"le 6 avril 2026",
    "date April 6th, 2026": r"April 6th, 2026",
    "rate year 2025/26": r"\b2025/26\b",
    "rate year 2026/27": r"\b2026/27\b",
    "année 2026-2027": r"année 2026-2027",
    "mid-year change 1 November 2026": r"1 November 2026",
    "future change 6 April 2027": r"6 April 2027",
}
POUNDS = [
    re.compile(r"£ ?(\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+(?:\.\d\d)?)(?![\d,])"),
    re.compile(r"\bGBP ?(\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+(?:\.\d\d)?)(?![\d,])"),
    re.compile(
        "(?<![\\d,.])(\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?:,\\d\\d)?|\\d+(?:,\\d\\d)?)"
        "[ \u00a0\u202f]?£"
    ),
    re.compile(r"(?<![\d,.])(\d{1,3}p)\b"),
    re.compile(r"(?<![\d,.])(\d+,\d k£)"),
]
PERCENT = re.compile("(?<![\\d.,])\\d{1,3}(?:[.,]\\d{1,2})?[ \u00a0\u202f]?%")
DOT_THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}\.\d{3}(?![\d])")
CENTS_ZERO = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})*\.[1-9])0(?!\d)")
PENCE_P = re.compile(r"^(\d{1,2})p$")
PENCE_POUNDS = re.compile(r"^0\.(\d\d)$")
BARE_INTEGER = re.compile(r"^\d+$")
DOCX_AMOUNT = re.compile(r"^£\d{1,3}(?:,\d{3})*\.\d\d$|^\d{2}p \(£0\.\d\d\)$")
PERIOD_ROW = re.compile(
    r"^(?:\d{1,2} [A-Z][a-z]+ \d{4} – \d{1,2} [A-Z][a-z]+ \d{4}|From \d{1,2} [A-Z][a-z]+ \d{4})"
)


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


class _Table(html.parser.HTMLParser):
    """The first <table>: rows of (tag, attrs, text) cells, split into thead and tbody."""

    def __init__(self) -> None:
        super().__init__()
        self.head: list[list[tuple[str, dict, str]]] = []
        self.body: list[list[tuple[str, dict, str]]] = []
        self.tags: Counter = Counter()
        self._part: list | None = None
        self._cell: list | None = None
        self._done = False

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if self._done:
            return
        if tag == "thead":
            self._part = self.head
        elif tag == "tbody":
            self._part = self.body
        elif tag == "tr" and self._part is not None:
            self._part.append([])
        elif tag in ("th", "td") and self._part is not None:
            self._cell = [tag, dict(attrs), ""]
            self._part[-1].append(self._cell)

    def handle_endtag(self, tag):
        if tag in ("th", "td") and self._cell is not None:
            self._cell[2] = re.sub(r"[ \t\r\n]+", " ", self._cell[2]).strip()
            self._cell = None
        elif tag == "table":
            self._done = True
            self._part = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell[2] += data


def html_text(raw: str) -> str:
    p = _Text()
    p.feed(raw)
    return " ".join(p.parts)


def pdf_readers(path: str) -> list[tuple[str, list[str]]]:
    """The PDF's pages through pdfplumber and through pypdf, each when importable."""
    out = []
    try:
        import pdfplumber
    except ImportError:
        pdfplumber = None
    if pdfplumber is not None:
        with pdfplumber.open(path) as pdf:
            out.append(("pdfplumber", [page.extract_text() or "" for page in pdf.pages]))
    try:
        import pypdf
    except ImportError:
        pypdf = None
    if pypdf is not None:
        out.append(("pypdf", [p.extract_text() or "" for p in pypdf.PdfReader(path).pages]))
    return out


def docx_zip_text(path: str) -> str:
    """word/document.xml's paragraphs, a w:tab as a TAB."""
    with zipfile.ZipFile(path) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    lines = []
    for p in root.iter(f"{W_NS}p"):
        parts = []
        for r in p.iter(f"{W_NS}r"):
            for el in r:
                if el.tag == f"{W_NS}t":
                    parts.append(el.text or "")
                elif el.tag == f"{W_NS}tab":  # a tab in a run (not a tab stop of w:pPr)
                    parts.append("\t")
        lines.append("".join(parts))
    return "\n".join(lines)


def docx_python_docx(path: str) -> str | None:
    try:
        import docx
    except ImportError:
        return None
    d = docx.Document(path)
    lines = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            lines.append(" | ".join(c.text for c in row.cells))
    return "\n".join(lines)


def views(name: str) -> tuple[list[tuple[str, str]], list[str]]:
    path = os.path.join(DOCS, name)
    warnings: list[str] = []
    if name.endswith(".pdf"):
        out = [("generator", PDF_TEXT[name]())]
        readers = pdf_readers(path)
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
    return " ".join(text.split())


def _pounds(amount: str) -> float:
    """'£1,250.50' / '1 250,50 £' / '78p' / '75p (£0.75)' -> a float in pounds."""
    s = amount.strip()
    m = re.match(r"^(\d{1,3})p\b", s)
    if m:
        return int(m.group(1)) / 100
    s = s.replace("£", "").replace("GBP", "").replace(NB, "").replace(" ", "")
    if re.search(r",\d\d$", s):
        s = s[:-3].replace(",", "") + "." + s[-2:]
    return float(s.replace(",", ""))


# ----------------------------------------------------------------------------------------
# Questions
# ----------------------------------------------------------------------------------------


def check_forms(qid: str, q: dict, errors: list[str]) -> None:
    """Accepted forms: no dot-thousands, twins for pence ending in zero and for pence."""
    for el in q.get("must_include", []):
        alts = score.alternatives(el)
        norms = [score.normalise(a) for a in alts]
        for alt in alts:
            if DOT_THOUSANDS.search(alt):
                errors.append(f"{qid}: must_include {alt!r} has a dot-thousands amount")
            n = score.normalise(alt)
            if not n or score.normalise(n) != n:
                errors.append(f"{qid}: must_include {alt!r} is not stable under normalisation")
            if BARE_INTEGER.match(n) and len(n) < 3:
                errors.append(f"{qid}: must_include {alt!r} is a bare number of < 3 digits")
            for m in CENTS_ZERO.finditer(alt):
                if m.group(1) not in alts:
                    errors.append(
                        f"{qid}: must_include {alt!r} lacks the one-decimal {m.group(1)!r}"
                    )
            m = PENCE_P.match(n)
            if m and f"0.{int(m.group(1)):02d}" not in norms:
                errors.append(f"{qid}: must_include {alt!r} lacks its form in pounds (0.xx)")
            m = PENCE_POUNDS.match(n)
            if m and f"{int(m.group(1))}p" not in norms:
                errors.append(f"{qid}: must_include {alt!r} lacks its form in pence (xxp)")
    for bad in q.get("must_not_include", []):
        if DOT_THOUSANDS.search(bad):
            errors.append(f"{qid}: must_not_include {bad!r} has a dot-thousands amount")
        for el in q.get("must_include", []):
            for alt in score.alternatives(el):
                na, nb = score.normalise(alt), score.normalise(bad)
                if na == nb or score.contains(na, bad) or score.contains(nb, alt):
                    errors.append(f"{qid}: must_not_include {bad!r} matches must_include {alt!r}")


def check_question(
    q: dict, doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]
) -> None:
    qid = q.get("id", "?")
    for field in FIELDS:
        if field not in q:
            errors.append(f"{qid}: missing field {field}")
    if set(q) - set(FIELDS):
        errors.append(f"{qid}: unexpected fields {sorted(set(q) - set(FIELDS))}")
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
    if q.get("kind") == "adversarial" and not {"@everyone", "@here"} <= set(
        q.get("must_not_include", [])
    ):
        errors.append(f"{qid}: adversarial without @everyone and @here in must_not_include")
    if q.get("kind") == "multi-doc":
        if len(src) < 2:
            errors.append(f"{qid}: multi-doc question with fewer than two expected sources")
        if len(q.get("must_include", [])) < 2:
            errors.append(f"{qid}: multi-doc question with fewer than two must_include elements")
        # the rule in one document, the amount in another: not every element from one only
        homes = [
            {
                s
                for s in src
                if s in doc_views
                and all(score.element_present(norm, el) for _, _, norm in doc_views[s])
            }
            for el in q.get("must_include", [])
        ]
        if homes and set.intersection(*homes):
            errors.append(
                f"{qid}: multi-doc elements can all be found in {sorted(set.intersection(*homes))}"
            )
    for s in src:
        if s not in doc_views:
            errors.append(f"{qid}: expected source {s} not in docs/")
        if s in DISTRACTORS:
            errors.append(f"{qid}: the distractor {s} is an expected source")
        if s in ONLY_FR_QUESTIONS and q.get("language") != "fr":
            errors.append(f"{qid}: {s} must be answered only by French questions")
        if s in ONLY_EN_QUESTIONS and q.get("language") != "en":
            errors.append(f"{qid}: {s} must be answered only by English questions")
    if q.get("kind") == "cross-lingual":
        doc_langs = {DOC_LANGUAGE.get(s) for s in src}
        if q.get("language") in doc_langs:
            errors.append(f"{qid}: cross-lingual but a source is in the question's language")
    for el in q.get("must_include", []):
        if not isinstance(el, str | list) or (isinstance(el, list) and not el):
            errors.append(f"{qid}: bad must_include element {el!r}")
            continue
        found = [
            s
            for s in src
            if s in doc_views
            and all(score.element_present(norm, el) for _, _, norm in doc_views[s])
        ]
        if not found:
            missing = {
                s: [
                    label
                    for label, _, norm in doc_views.get(s, [])
                    if not score.element_present(norm, el)
                ]
                for s in src
            }
            errors.append(f"{qid}: must_include {el!r} not in every view of a source: {missing}")
    check_forms(qid, q, errors)
    traps = [b for b in q.get("must_not_include", []) if not b.startswith("@")]
    if q.get("kind") not in ("adversarial", "out-of-scope") and traps:
        real = [
            b
            for b in traps
            if any(score.contains(norm, b) for vs in doc_views.values() for _, _, norm in vs)
        ]
        if not real:
            errors.append(f"{qid}: none of the traps {traps} occurs in a document")
    for pattern in OOS_ABSENT.get(qid, []):
        for name, vs in doc_views.items():
            for label, text, _ in vs:
                if re.search(pattern, text, re.I):
                    errors.append(f"{qid}: {pattern!r} occurs in {name} ({label})")


# ----------------------------------------------------------------------------------------
# Documents
# ----------------------------------------------------------------------------------------


def check_glued(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> int:
    """Every pound amount and percentage printed in a document must survive normalisation."""
    n = 0
    for name, vs in doc_views.items():
        first = vs[0][1]
        amounts = {m.group(1) for rx in POUNDS for m in rx.finditer(first)}
        amounts |= {m.group(0) for m in PERCENT.finditer(first)}
        n += len(amounts)
        for label, _, norm in vs:
            for a in sorted(amounts):
                if not score.contains(norm, a):
                    errors.append(f"{name}: amount {a!r} not found as such in the {label} view")
    return n


GLUE_JOINTS = [
    # a separator the scorer strips ("(?<=\d)[, ](?=\d{3}(?!\d))") after a number that cannot
    # be the head of a thousands group: a 4+ digit number ("2026 325"), a decimal ("12.50 250")
    # or a number that ends a range, a date or a time ("2026/27 325", "6/4 250", "22:00 100")
    re.compile(r"\d{4,}[ ,]\d{3}(?!\d)"),
    re.compile(r"\d\.\d+[ ,]\d{3}(?!\d)"),
    re.compile(r"[-–/:]\d{1,3}[ ,]\d{3}(?!\d)"),
]


def check_joints(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    """No two numbers that the scorer's thousands rule would glue into one, in any view."""
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            flat = _flat(re.sub("[\u00a0\u202f]", " ", text))
            for rx in GLUE_JOINTS:
                for m in rx.finditer(flat):
                    errors.append(f"{name}: {m.group(0)!r} would be glued by the scorer ({label})")


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
    for n in range(1, 21):
        if not re.search(rf"^Clause {n} – [A-Z]", text, re.M):
            errors.append(f"{AGREEMENT}: lacks the heading of Clause {n}")
    for needle in (
        "Clause 7A – Self-billing",
        "see cl. 7A",
        "Clause 14.3(b)",
        "This Agreement runs from 6 April 2025 to 5 April 2028.",
        "each running from 6 April to 5 April of the following year: 2025/26, 2026/27 and 2027/28",
        "may raise either of them from 1 November 2026",
        "Such rates apply only from the date shown beside them.",
        "as set out in Annex 2 of the Rate Schedule (row AI-1)",
        "as set out in Annex 2 of the Rate Schedule (row AI-2)",
        "8.6 Severe weather.",
        "no cancellation fee is payable",
        "(a) less than forty-eight (48) hours: 100% of the booked fee; (b) from two (2) to "
        "seven (7) days: 50% of the booked fee",
        "A premium of twenty-five per cent (25%) of the base rate is paid for every hour "
        "worked between 22:00 and 06:00.",
        "A premium of twenty per cent (20%) of the base rate",
        "is paid at half (50%) of the performer's hourly rate",
        "19.3 Notwithstanding cl. 19.2, Clause 12.3 of the Simulation and Voice Agreement",
        "It is not superseded by this Agreement nor by any Rate Schedule.",
        "not less than four hundred pounds per performer and per scenario",
        "up to GBP 1,250 per invoice",
        "consent given on form AV-3 for each client",
        'the label "Presenter generated with AI – Présentateur généré par IA"',
        "on form VP-2",
        "within sixty (60) days",
        "ninety (90) days after the notice",
        "A prompt updated more than twice must be re-recorded",
        "amended only by a side letter",
    ):
        if _flat(needle) not in _flat(text):
            errors.append(f"{AGREEMENT}: lacks {needle!r}")
    for label, pages in pdf_readers(os.path.join(DOCS, AGREEMENT)):
        if not 6 <= len(pages) <= 10:
            errors.append(f"{AGREEMENT}: {len(pages)} pages in {label} (want 6-10)")
        _check_running(AGREEMENT, label, pages, errors)


TABLES = [
    ("Table 1", make_pdf.T1_HEADER, make_pdf.T1_ROWS),
    ("Table 2", make_pdf.T2_HEADER, make_pdf.T2_ROWS),
    ("Table 3", make_pdf.T3_HEADER, make_pdf.T3_ROWS),
]
MIDYEAR_COLUMNS = {"E-learning, per finished minute", "IVR, per prompt"}

# 2025/26 (DOCX tab-leader label) -> (table, 2026/27 column header), for the comparisons
OLD_TO_NEW = {
    "Simulated patient, standard – per hour": ("Table 1", "SP standard, per hour"),
    "Simulated patient, standard – per session (up to 3.5 hours)": (
        "Table 1",
        "SP standard, per session",
    ),
    "Simulated patient with physical examination – per hour": (
        "Table 1",
        "SP with physical exam (a), per hour",
    ),
    "Simulated patient with physical examination – per session": (
        "Table 1",
        "SP with physical exam (a), per session",
    ),
    "Feedback debrief (one learner, up to 15 minutes) – each": (
        "Table 1",
        "Feedback debrief (b), each",
    ),
    "Role-play actor, police training – per hour": ("Table 2", "Police training, per hour"),
    "Role-play actor, police training – per session": ("Table 2", "Police training, per session"),
    "Role-play actor, customer-service training – per hour": (
        "Table 2",
        "Customer service, per hour",
    ),
    "Role-play actor, customer-service training – per session": (
        "Table 2",
        "Customer service, per session",
    ),
    "Corporate presenter – half day (up to 4 hours)": ("Table 3", "Presenter, half day"),
    "Corporate presenter – full day (up to 8 hours)": ("Table 3", "Presenter, full day"),
    "E-learning narrator – per finished minute": ("Table 3", "E-learning, per finished minute"),
    "IVR prompt – per prompt": ("Table 3", "IVR, per prompt"),
    "Prompt session – minimum": ("Table 3", "IVR, session minimum"),
    "Announcement voice – per station list (up to 40 names)": (
        "Table 3",
        "Station list (announcements)",
    ),
}


def _new_rates() -> dict[tuple[str, str], list[str]]:
    """(table, column header) -> the amounts of its three period rows, in the 2026/27 PDF."""
    out = {}
    for tname, header, rows in TABLES:
        for j, col in enumerate(header[1:], 1):
            out[(tname, col)] = [r[j] for r in rows]
    return out


def _old_rates() -> dict[str, str]:
    """DOCX tab-leader label -> amount, in the 2025/26 schedule."""
    return {
        text.split("\t")[0]: text.split("\t")[1]
        for kind, text in make_docx.SCHEDULE
        if kind == "rate"
    }


def check_schedule26(errors: list[str]) -> None:
    text = make_pdf.schedule_text()
    for needle in (
        "This Rate Schedule replaces the Rate Schedule 2025/26 from 6 April 2026.",
        "Work done up to 5 April 2026 remains payable under the Rate Schedule 2025/26",
        "each ROW is a period and each COLUMN a role",
        "Rate year 2026/27: 6 April 2026 to 5 April 2027",
        "from 1 November 2026 only the e-learning rate per finished minute and the IVR rate "
        "per prompt are raised",
        "They apply only to work done from 6 April 2027 and are not payable before that date",
        "(a) The rate with physical examination applies to the whole session",
        "(b) One feedback debrief is one learner's feedback of up to 15 minutes",
    ):
        if _flat(needle) not in _flat(text):
            errors.append(f"{SCHED26}: lacks {needle!r}")
    for tname, header, rows in TABLES:
        if header[0] != "Period" or len(header) < 5:
            errors.append(f"{SCHED26}: {tname} is not transposed (header {header[:2]})")
        periods = [r[0] for r in rows]
        if periods != make_pdf.PERIODS:
            errors.append(f"{SCHED26}: {tname} rows are not the three periods ({periods})")
        for r in rows:
            if not PERIOD_ROW.match(r[0]):
                errors.append(f"{SCHED26}: {tname} row {r[0]!r} does not start with a period")
        for j, col in enumerate(header[1:], 1):
            a, b, c = (_pounds(r[j]) for r in rows)
            if not a <= b <= c or a == c:
                errors.append(f"{SCHED26}: {tname} column {col!r} does not rise ({a}, {b}, {c})")
            if (a != b) != (col in MIDYEAR_COLUMNS):
                errors.append(f"{SCHED26}: {tname} column {col!r}: wrong mid-year change")
    if not (make_pdf.P2.endswith(" *") and make_pdf.P3.endswith(" †")):
        errors.append(f"{SCHED26}: the period rows lack their markers * and †")
    if not (make_pdf.TABLE_NOTES[0].startswith("* ") and make_pdf.TABLE_NOTES[1].startswith("† ")):
        errors.append(f"{SCHED26}: the footnotes * and † are missing")
    if not all(a in h for a, h in (("(a)", make_pdf.T1_HEADER[3]), ("(b)", make_pdf.T1_HEADER[5]))):
        errors.append(f"{SCHED26}: Table 1 header lacks the markers (a) and (b)")
    all_rows = [(t, " ".join(h), [" ".join(r) for r in rows]) for t, h, rows in TABLES]
    all_rows.append(
        ("Annex 2", " ".join(make_pdf.ANNEX2_HEADER), [" ".join(r) for r in make_pdf.ANNEX2_ROWS])
    )
    for label, pages in pdf_readers(os.path.join(DOCS, SCHED26)):
        flat = _flat("\n".join(pages))
        for tname, header, rows in all_rows:
            if flat.count(header) != 1:
                errors.append(
                    f"{SCHED26}: {tname} header printed {flat.count(header)} times ({label})"
                )
            for row in rows:
                if flat.count(row) != 1:
                    errors.append(
                        f"{SCHED26}: {tname} row {row[:40]!r} not once as one line ({label})"
                    )
        for note in [*make_pdf.T1_NOTES, *make_pdf.TABLE_NOTES]:
            if _flat(note) not in flat:
                errors.append(f"{SCHED26}: footnote {note[:4]!r} not printed as such ({label})")
        _check_running(SCHED26, label, pages, errors)
    try:
        import pdfplumber
    except ImportError:
        return
    with pdfplumber.open(os.path.join(DOCS, SCHED26)) as pdf:
        if not all(p.width > p.height for p in pdf.pages):
            errors.append(f"{SCHED26}: not every page is landscape")


def check_schedule25(errors: list[str]) -> None:
    text = make_docx.schedule_text()
    for needle in (
        "Rate year 2025/26: 6 April 2025 to 5 April 2026",
        "The Rate Schedule 2026/27 will replace this Rate Schedule from 6th April 2026.",
        "there is no mid-year change in 2025/26",
        "Prompt session – minimum\t£85.00",
        "IVR prompt – per prompt\t75p (£0.75)",
    ):
        if needle not in text:
            errors.append(f"{SCHED25}: lacks {needle!r}")
    old = _old_rates()
    new = _new_rates()
    if len(old) < 15:
        errors.append(f"{SCHED25}: only {len(old)} tab-leader rate lines")
    for label, (tname, col) in OLD_TO_NEW.items():
        if label not in old:
            errors.append(f"{SCHED25}: no tab-leader line {label!r}")
            continue
        if not DOCX_AMOUNT.match(old[label]):
            errors.append(
                f"{SCHED25}: {label!r} amount {old[label]!r} is not '£1,180.00' / '75p (£0.75)'"
            )
        if (tname, col) not in new:
            errors.append(f"{SCHED26}: no column {col!r} in {tname}")
            continue
        if _pounds(old[label]) >= _pounds(new[(tname, col)][0]):
            errors.append(f"{SCHED25}: {label!r} is not below its 2026/27 rate")
    norm25 = score.normalise(text)
    norm26 = score.normalise(make_pdf.schedule_text())
    for (tname, col), amounts in new.items():
        for a in amounts:
            if score.contains(norm25, a.replace("£", "")) and not a.endswith("p"):
                errors.append(f"{SCHED25}: prints the 2026/27 amount {a} ({tname}, {col})")
    for label, a in old.items():
        if label in OLD_TO_NEW and a.startswith("£") and score.contains(norm26, a[1:]):
            errors.append(f"{SCHED26}: prints the 2025/26 amount {a} ({label})")
    path = os.path.join(DOCS, SCHED25)
    with zipfile.ZipFile(path) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    body = root.find(f"{W_NS}body")
    leader_lines = 0
    for p in body.findall(f"{W_NS}p"):
        tabs = p.findall(f"{W_NS}pPr/{W_NS}tabs/{W_NS}tab")
        has_run_tab = p.find(f"{W_NS}r/{W_NS}tab") is not None
        if any(t.get(f"{W_NS}leader") == "dot" for t in tabs) and has_run_tab:
            leader_lines += 1
    n_rate = sum(1 for kind, _ in make_docx.SCHEDULE if kind == "rate")
    if leader_lines != n_rate:
        errors.append(f"{SCHED25}: {leader_lines} tab-leader paragraphs (want {n_rate})")
    if len(body.findall(f"{W_NS}tbl")) != 1:
        errors.append(f"{SCHED25}: not exactly one Word table (Annex 2)")


def check_tarifs(errors: list[str]) -> None:
    with open(os.path.join(DOCS, TARIFS), encoding="utf-8") as f:
        raw = f.read()
    t = _Table()
    t.feed(raw)
    if t.tags["table"] != 1 or len(t.head) != 2:
        errors.append(f"{TARIFS}: not one table with a two-row header")
        return
    first, second = t.head
    spans = [(c[2], c[1].get("rowspan"), c[1].get("colspan")) for c in first]
    if spans != [
        ("Rôle", "2", None),
        ("Type de travail", "2", None),
        ("2025/26", None, "2"),
        ("2026/27", None, "2"),
    ]:
        errors.append(f"{TARIFS}: first header row is {spans}")
    labels = [c[2] for c in second]
    if labels != ["Horaire (Hourly)", "Séance (Session)"] * 2:
        errors.append(f"{TARIFS}: second header row is {labels}")
    role_cells = [r[0] for r in t.body if r and r[0][1].get("rowspan") == "2"]
    if len(role_cells) != 2 or len(t.body) != 4:
        errors.append(f"{TARIFS}: want two role cells spanning two rows each, four body rows")
    # the amounts: 2025/26 = the DOCX, 2026/27 = the PDF's first period row
    old = _old_rates()
    new = _new_rates()
    expected = [
        (
            "Simulated patient, standard – per hour",
            "Simulated patient, standard – per session (up to 3.5 hours)",
        ),
        (
            "Simulated patient with physical examination – per hour",
            "Simulated patient with physical examination – per session",
        ),
        (
            "Role-play actor, police training – per hour",
            "Role-play actor, police training – per session",
        ),
        (
            "Role-play actor, customer-service training – per hour",
            "Role-play actor, customer-service training – per session",
        ),
    ]
    for row, (hour, session) in zip(t.body, expected, strict=False):
        amounts = [c[2] for c in row if "£" in c[2]]
        if len(amounts) != 4:
            errors.append(f"{TARIFS}: row {row[-5][2] if len(row) > 4 else row} lacks 4 amounts")
            continue
        want = [
            _pounds(old[hour]),
            _pounds(old[session]),
            _pounds(new[OLD_TO_NEW[hour]][0]),
            _pounds(new[OLD_TO_NEW[session]][0]),
        ]
        got = [_pounds(a) for a in amounts]
        if got != want:
            errors.append(f"{TARIFS}: amounts {got} differ from the schedules' {want}")
        for a in amounts:
            if not re.fullmatch("\\d{1,3},\\d\\d\u00a0£", a):
                errors.append(f"{TARIFS}: amount {a!r} is not written '27,40 £' with U+00A0")
    for needle in (
        "(a) Le tarif avec examen physique",
        "(b) Ce tarif vaut aussi",
        "a remplacé le\nbarème 2025/26 le 6 avril 2026",
        "les tarifs de simulation n'ont pas\nchangé le 1er novembre 2026",
        "18,50\u00a0£ par débriefing en 2025/26 et 19,75\u00a0£ par débriefing en 2026/27",
        "<nav>",
        'class="breadcrumbs"',
        "<footer>",
    ):
        if _flat(needle) not in _flat(raw):
            errors.append(f"{TARIFS}: lacks {needle!r}")


def check_lettre(errors: list[str]) -> None:
    lt = make_docx.lettre_text()
    for needle in (
        "Lettre d'accord n° 1",
        "La clause 8.6 de l'Accord",
        "est supprimée à compter du 1er novembre 2026",
        "les mots « vingt-cinq pour cent (25 %) » sont remplacés par les mots « trente pour "
        "cent (30 %) »",
        "à compter du 1er novembre 2026. Les heures travaillées jusqu'au 31 octobre 2026 "
        "restent majorées de 25 %",
        "La clause 19.3 de l'Accord n'est pas modifiée",
        "quarante-deux livres cinquante (42,50 £)",
        "La présente lettre entre en vigueur le 1er novembre 2026 (01.11.2026).",
        "Elle n'a pas d'effet rétroactif",
        "Signée à Port Halloran le 14 octobre 2026",
        "clos le 27 octobre 2026, par 91,2 %",
    ):
        if needle not in lt:
            errors.append(f"{LETTRE}: lacks {needle!r}")
    with open(os.path.join(DOCS, EXPIRED), encoding="utf-8") as f:
        if "an island crossing allowance of £42.50 per return crossing" not in f.read():
            errors.append(f"{LETTRE}: its amount in words is not the expired Clause 12.3's £42.50")
    if "twenty-five per cent (25%)" not in make_pdf.agreement_text():
        errors.append(f"{LETTRE}: the agreement's cl. 9.3 is not the 25% it amends")
    if score.contains(score.normalise(lt), REJECTED_FEE):
        errors.append(f"{LETTRE}: prints the rejected buy-out")
    try:
        import docx
    except ImportError:
        return
    if docx.Document(os.path.join(DOCS, LETTRE)).tables:
        errors.append(f"{LETTRE}: has a Word table (paragraphs only)")


def check_text_docs(errors: list[str]) -> None:
    def read(name: str) -> str:
        with open(os.path.join(DOCS, name), encoding="utf-8") as f:
            return f.read()

    def lacks(name: str, text: str, needles: tuple[str, ...]) -> None:
        flat = _flat(text)
        for needle in needles:
            if _flat(needle) not in flat:
                errors.append(f"{name}: lacks {needle!r}")

    faq = read(FAQ)
    if len(re.findall(r"^### .+\?$", faq, re.M)) < 10:
        errors.append(f"{FAQ}: fewer than ten '### ' question headings")
    bullets = [ln for ln in faq.splitlines() if ln.startswith("- ") and re.search(r"\d", ln)]
    if len(bullets) < 15:
        errors.append(f"{FAQ}: fewer than 15 bullets holding figures")
    pipe_rows = [ln for ln in faq.splitlines() if re.match(r"^\|.*\|$", ln)]
    if len(re.findall(r"^\|(?:---\|)+$", faq, re.M)) < 1 or len(pipe_rows) < 8:
        errors.append(f"{FAQ}: lacks its Markdown pipe tables")
    lacks(
        FAQ,
        faq,
        (
            "| moins de 48 heures | 100 % du cachet réservé |",
            "| de 2 à 7 jours | 50 % du cachet réservé |",
            "Cotisation : 1,75 % des cachets bruts",
            "1 150 £ par année tarifaire",
            "1\u00a0250,50\u00a0£ par canal et par langue",
            "le mardi et le jeudi, de 10 h à 16 h",
            "le samedi 13 mars 2027",
            "au plus tard le 12 février 2027",
        ),
    )
    notice = read(NOTICE)
    kv = re.findall(r"^[A-ZÀ-Ý][^:\n]{0,60} : \S", notice, re.M)
    if len(kv) < 25:
        errors.append(f"{NOTICE}: only {len(kv)} 'key : value' lines")
    lacks(
        NOTICE,
        notice,
        (
            "Numéro : AV-2026-11",
            "Date : 12.11.2026",
            "De : ",
            "Objet : ",
            "Année tarifaire : 2026-2027 (depuis le 06.04.2026",
            "Tarif par liste de gares : 665,00 £",
            "Réenregistrement urgent : majoration de 50 %",
            "moins de 24 heures",
            "indemnité d'exclusivité de 220,00 £",
            "Licence : 1\u00a0250,50\u00a0£ par canal et par langue",
            "Mise à jour synthétique : 0,45 £",
        ),
    )
    email = read(EMAIL)
    quoted = [ln for ln in email.splitlines() if ln.startswith(">")]
    if "\n> JOINT SIMULATION COMMITTEE (OAAP / TSCC)\n" not in email:
        errors.append(f"{EMAIL}: lacks the quoted heading of the minutes")
    email = re.sub(r"(?m)^> ?", "", email)  # the minutes without their quote marks
    if len(quoted) < 40 or not re.search(
        r"^From: .+\n^To: .+\n^Date: .+\n^Subject: Fwd: ", email, re.M
    ):
        errors.append(f"{EMAIL}: not an e-mail forwarding quoted ('> ') minutes")
    lacks(
        EMAIL,
        email,
        (
            "-------- Forwarded message --------",
            "has applied since 6/4/2026",
            'a ten-minute "step-out" break (10 minutes)',
            'the stop word under cl. 11.2 is "red card" at every TSCC site',
            "will be deleted by 15 December 2026",
            "8. Next meeting Tuesday 9 February 2027",
        ),
    )
    bulletin = read(BULLETIN)
    lacks(
        BULLETIN,
        bulletin,
        (
            "LE PORTE-VOIX",
            "un paiement unique de 2 750 £ par voix",
            "la proposition est REJETÉE par 88,6 % des voix exprimées",
            "(912 voix contre, 117 voix pour",
            "aucun rachat forfaitaire n'est en vigueur",
            "à 1,2 k£ par membre et par année tarifaire",
            "L'ancien plafond était de 900 £",
        ),
    )
    expired = read(EXPIRED)
    lacks(
        EXPIRED,
        expired,
        (
            "# EXPIRED",
            "This agreement expired on 5 April 2025.",
            "Only one clause is still in force: Clause 12.3",
            "| one third (33%) of the hourly rate |",
            "| six (6) months' written notice |",
            "£42.50 per return crossing",
            "It is **not superseded**",
            "updated on April 6th, 2026",
        ),
    )
    conference = read(CONFERENCE)
    lacks(
        CONFERENCE,
        conference,
        ("Room hire price list 2026/27", "6 April 2026", "less than 48 hours"),
    )
    with open(os.path.join(DOCS, SCHOOL), "rb") as f:
        raw = f.read()
    for byte, what in (
        (b"\xe9", "E9 (é)"),
        (b"\xab", "AB («)"),
        (b"\x96", "96 (–)"),
        (b"\x92", "92 (’)"),
        (b"\xa0", "A0 (no-break space)"),
        (b"\xa3", "A3 (£)"),
    ):
        if byte not in raw:
            errors.append(f"{SCHOOL}: lacks the single byte {what}")
    if b"\r\n" not in raw or raw.count(b"\n") != raw.count(b"\r\n"):
        errors.append(f"{SCHOOL}: line ends are not all CRLF")
    try:
        raw.decode("utf-8")
        errors.append(f"{SCHOOL}: decodes as UTF-8 (it must be Windows-1252)")
    except UnicodeDecodeError:
        pass
    if raw.decode("cp1252").replace("\r\n", "\n") != make_notice.NOTICE:
        errors.append(f"{SCHOOL}: differs from make_notice.py; rebuild")


def check_spellings(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    corpus = "\n".join(vs[0][1] for vs in doc_views.values())
    if any(c in corpus for c in "$€₹ƒ") or re.search(r"\b(EUR|USD|CAD|CHF|Rs)\b", corpus):
        errors.append("a document contains $, €, ₹, ƒ, EUR, USD, CAD, CHF or Rs (pounds only)")
    for label, pattern in SPELLINGS.items():
        if not re.search(pattern, corpus):
            errors.append(f"no amount, percentage or date written as {label}")


def check_score_link(errors: list[str]) -> None:
    link = os.path.join(HERE, "score.py")
    if not os.path.islink(link) or os.readlink(link) != "../union-c/score.py":
        errors.append("score.py is not the relative link ../union-c/score.py")
    pyproject = os.path.join(HERE, "..", "..", "pyproject.toml")
    if os.path.exists(pyproject):
        with open(pyproject, encoding="utf-8") as f:
            if '"eval/union-v/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-v/score.py not in ruff's extend-exclude")


def check_rejected(questions: list[dict], doc_views, errors: list[str]) -> None:
    """The rejected buy-out is never an answer: a trap of the questions on row AI-1."""
    if not score.contains(doc_views[BULLETIN][0][2], REJECTED_FEE):
        errors.append(f"{BULLETIN}: does not print the rejected buy-out {REJECTED_FEE}")
    for name, vs in doc_views.items():
        if name != BULLETIN and any(score.contains(norm, REJECTED_FEE) for _, _, norm in vs):
            errors.append(f"{name}: prints the rejected buy-out (only the bulletin may)")
    for q in questions:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                if score.contains(score.normalise(alt), REJECTED_FEE):
                    errors.append(f"{q['id']}: the rejected fee {REJECTED_FEE} is in must_include")
        if (
            "AI-1" in q["notes"]
            and q["kind"] != "cross-lingual"
            and REJECTED_FEE not in q["must_not_include"]
        ):
            errors.append(f"{q['id']}: a question on row AI-1 without the rejected fee as a trap")
    if sum(REJECTED_FEE in q["must_not_include"] for q in questions) < 3:
        errors.append(f"fewer than three questions trap the rejected {REJECTED_FEE}")


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
    langs_docs = Counter(DOC_LANGUAGE.values())
    if abs(langs_docs["en"] - langs_docs["fr"]) > 2:
        errors.append(f"documents per language {dict(langs_docs)} are not about half and half")
    doc_views: dict[str, list[tuple[str, str, str]]] = {}
    for name in names:
        vs, ws = views(name)
        warnings += ws
        doc_views[name] = [(label, text, score.normalise(text)) for label, text in vs]
        size = len(vs[0][1])
        if not SIZE[0] <= size <= SIZE[1]:
            errors.append(f"{name}: {size} characters (want {SIZE[0]:,}-{SIZE[1]:,})")
        print(f"  {size:6d} chars  {name}  ({', '.join(label for label, _ in vs)})")

    for name in (AGREEMENT, SCHED26, SCHED25, LETTRE):
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

    for name in (TARIFS, FAQ, NOTICE, EMAIL, BULLETIN, EXPIRED, CONFERENCE, SCHOOL):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_agreement(errors)
        check_schedule26(errors)
        check_schedule25(errors)
        check_tarifs(errors)
        check_lettre(errors)
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
        check_question(q, doc_views, errors)
    for qid in OOS_ABSENT:
        q = next((x for x in questions if x["id"] == qid), None)
        if q is None or q["kind"] not in ("out-of-scope", "adversarial"):
            errors.append(f"OOS_ABSENT names {qid}, which is not the expected question")
    for q in questions:
        if q["kind"] in ("out-of-scope", "adversarial") and q["id"] not in OOS_ABSENT:
            errors.append(f"{q['id']}: {q['kind']} question without absent terms in OOS_ABSENT")
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
    print(f"\n{len(questions)} questions; kinds: {dict(counts)}; languages: {dict(langs)}")
    print(f"{sum(len(q['must_include']) for q in questions)} must_include elements checked")
    print(f"{n_amounts} amounts and percentages checked against every view")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
