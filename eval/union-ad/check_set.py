#!/usr/bin/env python3
"""Check the union-ad set itself: questions.json against docs/ (no project needed).

    python3 eval/union-ad/check_set.py                      # stdlib; PDF and DOCX in the generators' text
    /work/main/.venv/bin/python eval/union-ad/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields and values of every question (in union-b's order), ids uad-001.. in order,
  counts per kind and language, no duplicate, no newline, and that questions.json is what
  make_questions.py writes;
- that every expected source exists, and that EVERY ALTERNATIVE of every must_include
  element occurs, after the scorer's normalisation (score.normalise / score.contains), in
  EVERY view of at least one expected source: HTML without tags (scripts and styles
  dropped) and raw; the advertising list decoded as Windows-1250; other text as UTF-8; the
  DOCX in the generator's text, in its XML read with zipfile (every w:t and w:delText, so
  the deleted figure is seen) and through python-docx (Document.paragraphs, the tables'
  row.cells, and the text box's paragraphs reached through python-docx's element tree);
  the PDFs in the generator's text, through pdfplumber and through pypdf;
- the accepted forms: stable under normalisation; no bare number of fewer than three digits;
  a bare number never a percentage in an expected source; no trap equal to, or matching, a
  must_include alternative; every trap (but pings and injected figures) found in a document;
- that no amount or percentage is glued to a neighbour: every forint amount printed in a
  document ("48 500 Ft", U+00A0 / U+202F thousands, "HUF 9,800.00", "18.600,- Ft",
  "48.500 Ft", "50,4 e Ft", "Ft 48500", both ends of "12 000–15 000 Ft", the statement's
  "16975.00" and "-2330.00") and every percentage is found, after normalisation and at digit
  boundaries, in every view of its document; no separator stands where the scorer would
  glue two numbers into one (the range's own thousands space excepted); the NON-MONEY
  look-alikes (Stage 12, Form GS-3, EP-48500, BZ-9800) exist, no amount pattern reads them,
  and EP-48500 / BZ-9800 are in no expected source of a "48 500" / "9 800" question;
- that the built PDFs and DOCX are byte for byte what their generators make now, hold their
  generators' words, and the cp1250 list its generator's text;
- the agreement PDF: 5-12 pages in both readers; the running header and "Page N of M" on
  every page; Articles 1 to 26 in order, clauses "Art. n.m" in order, 10+ citations
  "Article n(m)" (each pointing to an existing clause) and no other citation style;
  SCHEDULE A WITHOUT RULING LINES (no line, rect or curve on its pages; pdfplumber's
  lines-based table finder sees no table there) CONTINUING on the next page with its title
  "(continued)" and its header row repeated; each row read on one line by both readers;
  Season 14's dates beside "week 37 of 2026" and nowhere else;
- the rate card: ONE LANDSCAPE page (wider than high in both readers); pdfplumber's table
  has a TWO-ROW HEADER ("Engagement" spanning both rows; "Season 14 rate" and "Season 15
  rate" each spanning "per episode" / "per taping day") and the generator's rows; every
  Season 15 figure is the Season 14 one raised by 4 per cent and rounded to 100 Ft; no
  date on the card;
- the side letter: the letterhead (first three lines, larger and bold), "Les parties
  conviennent de remplacer l'article 19(2)" (14 days in the agreement, 21 jours from le
  1er novembre 2026; earlier clips keep 14 jours) and "Les parties conviennent de
  confirmer l'article 16(4)" ("quinze pour cent"; 15 per cent in the agreement);
- the memo: one w:del holding only the old figure and one w:ins holding only the new one,
  python-docx's paragraphs holding neither, its table the new one; a w:txbxContent text box
  holding the pool amount, absent from Document.paragraphs; "18.600,- Ft";
- the HTML rate page: a two-row <thead> (rowspan / colspan), a <table> nested in a body
  cell, the meal rule only inside <details> under a <summary>; its Season 14 figures and
  the rate card's, raised by 4 per cent and rounded, are the French Season 15 schedule's;
- the Season 15 schedule: YAML front matter with "effective: 2027-01-11", no date in the
  body; the minutes: numbered "RESOLVED (n/2026):" in order, 7/2026 amending 4/2026 (the
  freeze at 9 200 Ft lifted, HUF 9,800 retroactive, back pay by 29 January 2027), the
  expired pilot side agreement and no vote count; the statement: tab-separated, a header
  line, every row the header's width, each amount = fee x rate, one negative correction;
  the FAQ and news page (boilerplate, <time datetime>); the cp1250 bytes (E9, F5, F3, FB,
  84, 94, 96, A0), CRLF, not UTF-8, equal to make_notice.py; distractors name neither party;
- the amount, percentage and date spellings of SPELLINGS (some exactly once); no other
  currency;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- that the rejected buy-out is printed only in the news page, never in must_include, and is
  a trap of the synthetic-host-fee question;
- cross-lingual questions have no source in their language, the others one in theirs;
  multi-doc elements are never all in one source; every non-distractor document is used,
  no distractor is;
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
FIELDS = make_questions.FIELDS
PREFIX = "uad"
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
AGREEMENT, RATECARD, MEMO, RATES = M.AGREEMENT, M.RATECARD, M.MEMO, M.RATES
BAREME, MINUTES, STATEMENT, FAQ, NEWS, LETTER = (
    M.BAREME,
    M.MINUTES,
    M.STATEMENT,
    M.FAQ,
    M.NEWS,
    M.LETTER,
)
ADS, BROCHURE = M.ADS, M.BROCHURE
DISTRACTORS = {ADS, BROCHURE}
PDF_TEXT = {
    AGREEMENT: make_pdf.agreement_text,
    RATECARD: make_pdf.ratecard_text,
    LETTER: make_pdf.letter_text,
}
CP1250_FILES = {ADS}
REJECTED_FORMS = M.REJECTED_FORMS
REJECTED_HOMES = {NEWS}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

DOC_LANGUAGE = {
    AGREEMENT: "en",
    RATECARD: "en",
    RATES: "en",
    MINUTES: "en",
    STATEMENT: "en",
    ADS: "en",
    MEMO: "fr",
    BAREME: "fr",
    FAQ: "fr",
    NEWS: "fr",
    LETTER: "fr",
    BROCHURE: "fr",
}

_SP = "[ \u00a0\u202f]"
OOS_ABSENT = {
    "uad-048": [r"overtime", r"midnight", r"heures suppl", r"minuit"],
    "uad-049": [r"\bpensions?\b", r"retire", r"retraite"],
    "uad-050": [r"\btax", r"imp[ôo]ts?\b", r"fiscal"],
    "uad-051": [r"\bwinnings?\b", r"jackpot", r"\bgains\b"],
    "uad-052": [r"sign language", r"langue des signes", r"\bdeaf", r"\bsourds?\b"],
    "uad-053": [r"parental", r"maternit", r"paternit", r"\bcongés?\b"],
    "uad-054": [r"enfant", r"\bchild", r"\bkids?\b", r"\bminors?\b", r"\bmineur"],
    "uad-055": [r"mutuelle", r"assuranc", r"insur"],
    "uad-056": [r"podcast", r"balado"],
    "uad-057": [r"cotisation", r"\bdues\b", r"membership fee", r"syndicale"],
    "uad-058": [f"99{_SP}?999"],
    "uad-059": [f"7{_SP}?777{_SP}?777"],
    "uad-060": [f"3{_SP}?333"],
}

_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
_MOIS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
SPELLINGS = {
    "space thousands, currency after (48 500 Ft)": r"(?<![\d.,])\d{1,3} \d{3} Ft\b",
    "bank style with decimals (HUF 9,800.00)": r"\bHUF \d{1,3},\d{3}\.\d\d\b",
    "bank style without decimals (HUF 9,800)": r"\bHUF \d{1,3},\d{3}(?![.\d])",
    "dot thousands (48.500 Ft)": r"(?<![\d.,])\d{1,3}\.\d{3} Ft\b",
    "dot thousands and ',-' (18.600,- Ft)": r"(?<![\d.,])\d{1,3}\.\d{3},- Ft\b",
    "thousands abbreviated beside the digits (50,4 e Ft)": r"\(\d{2},\d e Ft\)",
    "currency first (Ft 48500)": r"\bFt \d{4,}\b",
    "a range (12 000–15 000 Ft)": r"12 000–15 000 Ft",
    "a negative correction (-2330.00)": r"\t-\d+\.\d\d\t",
    "NO-BREAK SPACE thousands": "\\d\u00a0\\d{3}(?!\\d)",
    "NARROW NO-BREAK SPACE thousands": "\\d\u202f\\d{3}(?!\\d)",
    "percentage with a sign (35 %)": r"(?<![\d.,])35 %",
    "percentage in words, English (35 per cent)": r"(?<![\d.,])35 per cent\b",
    "percentage in French words (quinze pour cent)": r"\bquinze pour cent\b",
    "date 7 September 2026": r"\b7 September 2026\b",
    "date Sept. 7, 2026": r"\bSept\. 7, 2026\b",
    "date 07.09.2026": r"\b07\.09\.2026\b",
    "date 2026-09-07": r"\b2026-09-07\b",
    "date le 7 sept. 2026": r"\ble 7 sept\. 2026\b",
    "date 7/9/26, its day-first format stated": r"\b7/9/26 \(day/month/year\)",
    "ISO week beside a date": r"7 September 2026 \(week 37 of 2026\)",
    "a rate stated by season only (Season 14 rate)": r"\bSeason 14 rate\b",
    "a rate stated by season only (saison 15)": r"\bsaison 15\b",
}
ONCE = {
    "thousands abbreviated beside the digits (50,4 e Ft)",
    "currency first (Ft 48500)",
    "a range (12 000–15 000 Ft)",
    "a negative correction (-2330.00)",
    "percentage in French words (quinze pour cent)",
    "date 7/9/26, its day-first format stated",
    "ISO week beside a date",
}
NON_MONEY = ["Stage 12", "Form GS-3", "formulaire GS-3", "EP-48500", "BZ-9800"]
# a look-alike whose digits are a rate: it must sit in no expected source of that rate
LOOKALIKE_RATES = {"EP-48500": "48500", "BZ-9800": "9800"}

_N = "\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+"
AMOUNTS = [
    re.compile(f"(?<![\\d.,\\w-])({_N}|\\d+)[ \u00a0]Ft\\b"),  # "48 500 Ft", "145 Ft"
    re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+)(?:,-)? Ft\b"),  # "48.500 Ft", "18.600,- Ft"
    re.compile(r"\bHUF (\d{1,3}(?:,\d{3})*(?:\.\d\d)?)\b"),  # "HUF 9,800.00"
    re.compile(r"\bFt (\d+)\b"),  # "Ft 48500"
    re.compile(r"(?<![\d.,])(\d+,\d) e Ft\b"),  # "50,4 e Ft"
    re.compile(r"(?<![\d.,])(\d{1,3}(?: \d{3})*)–\d"),  # the range's lower end
    re.compile(r"\t(-?\d+\.\d\d)(?=\t)"),  # the statement's amounts
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


def docx_xml(path: str) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def docx_zip_text(path: str) -> str:
    """word/document.xml read with zipfile: one line per w:p with the text of every w:t and
    w:delText under it (a raw reader sees the deleted figure beside the inserted one, and
    the text box's paragraph inside its anchor paragraph)."""
    root = ElementTree.fromstring(docx_xml(path))
    lines = []
    for p in root.iter(f"{W_NS}p"):
        lines.append(
            "".join(e.text or "" for e in p.iter() if e.tag in (f"{W_NS}t", f"{W_NS}delText"))
        )
    return "\n".join(lines)


def docx_python_docx(path: str) -> str | None:
    """python-docx: Document.paragraphs (their .text skips w:ins and w:del runs and text
    boxes), every row's row.cells, and the text box's paragraphs reached through
    python-docx's element tree (w:txbxContent)."""
    if DOCX is None:
        return None
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    d = DOCX.Document(path)
    lines = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            lines.append(" | ".join(c.text for c in row.cells))
    for box in d.element.body.iter(qn("w:txbxContent")):
        lines += [Paragraph(p, None).text for p in box.iter(qn("w:p"))]
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
        out = [("generator", make_docx.memo_text()), ("zip", docx_zip_text(path))]
        dd = docx_python_docx(path)
        if dd is None:
            warnings.append(f"{name}: python-docx not importable, read with zipfile only")
        else:
            out.append(("python-docx", dd))
        return out, warnings
    with open(path, "rb") as f:
        raw = f.read()
    if name in CP1250_FILES:
        return [("cp1250", raw.decode("cp1250"))], warnings
    text = raw.decode("utf-8")
    if name.endswith(".html"):
        return [("html-text", html_text(text)), ("raw", text)], warnings
    return [("text", text)], warnings


def _flat(text: str) -> str:
    return " ".join(text.replace(NB, " ").replace(NNB, " ").split())


def _forint(s: str) -> float:
    """'48 500 Ft' / 'HUF 9,800.00' / '18.600,- Ft' / '145' -> 48500.0 / 9800.0 / 18600.0 / 145.0."""
    t = s.replace(",-", "")
    t = re.sub(r"[^\d.,]", "", t.replace(NB, "").replace(NNB, "").replace(" ", ""))
    m = re.fullmatch(r"(\d[\d.,]*?)(?:\.(\d\d))?", t)
    if not m:
        raise ValueError(s)
    whole = re.sub(r"\D", "", m.group(1))
    return float(whole) + (int(m.group(2)) / 100 if m.group(2) else 0.0)


def _num(s: str) -> float | str:
    """A trap's value: '48.500' / '48 500' / '48,500.00' -> 48500.0; other text as such."""
    t = s.strip()
    if re.fullmatch(r"\d{1,3}(?:[., ]\d{3})*(?:\.\d\d)?|\d+", t):
        return _forint(t)
    return t


def _lacks(name: str, text: str, needles, errors: list[str]) -> None:
    flat = _flat(text)
    for needle in needles:
        if _flat(needle) not in flat:
            errors.append(f"{name}: lacks {needle!r}")


def _read(name: str) -> str:
    with open(os.path.join(DOCS, name), encoding="utf-8") as f:
        return f.read()


def _round100(x: float) -> float:
    return float(int(x * 1.04 / 100 + 0.5) * 100)


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
    # code, a time or a range ("2026-09-07 485", "A-17 145", "09:12 100")
    re.compile(r"\d{4,}[ ,]\d{3}(?!\d)"),
    re.compile(r"\d\.\d+[ ,]\d{3}(?!\d)"),
    re.compile(r"\d,\d+ \d{3}(?!\d)"),
    re.compile(r"[-/:.§()]\d{1,3}[ ,]\d{3}(?!\d)"),
    re.compile(r"–\d{1,3}[ ,]\d{3}(?!\d)"),
    re.compile(r"\b(?:Article|Art\.|Season|saison|Stage|week) \d{1,3}[ ,]\d{3}(?!\d)"),
]
RANGE_OK = {"–15 000"}  # "12 000–15 000 Ft": the upper end's own thousands space


def check_joints(doc_views: dict, errors: list[str]) -> None:
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            flat = _flat(text)
            for rx in GLUE_JOINTS:
                for m in rx.finditer(flat):
                    if m.group(0) in RANGE_OK and "12 000–15 000 Ft" in flat:
                        continue
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
    # the scorer's "48 500" matches "EP-48500" (a digit boundary after the hyphen): the code
    # must sit in no expected source of a "48 500" question; the same for BZ-9800 / "9 800"
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
    card = {r[0]: r for r in make_pdf.RATECARD_ROWS}
    if _forint(card["Host"][1]) != 48500.0:
        errors.append("EP-48500 is meant to share its digits with the host's episode fee")
    if "HUF 9,800.00" not in _read(RATES):
        errors.append("BZ-9800 is meant to share its digits with the audience half-day rate")


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


def check_agreement(errors: list[str]) -> None:
    text = make_pdf.agreement_text()
    heads = re.findall(r"^Article (\d+) – ", text, re.M)
    if heads != [str(i) for i in range(1, 27)]:
        errors.append(f"{AGREEMENT}: article headings {heads} are not Articles 1 to 26 in order")
    art, want = 0, 1
    clauses = set()
    for kind, t in make_pdf.AGREEMENT:
        if kind == "art":
            art, want = int(t.split()[1]), 1
        elif kind == "p":
            if not t.startswith(f"Art. {art}.{want} "):
                errors.append(f"{AGREEMENT}: clause {t[:12]!r} is not Art. {art}.{want}")
            clauses.add((art, want))
            want += 1
            if re.search(r"\bArt\. \d", t[4:]):
                errors.append(f"{AGREEMENT}: 'Art. n.m' used as a citation in {t[:12]!r}")
    refs = re.findall(r"\bArticle (\d+)\((\d+)\)", text)
    if len(refs) < 10:
        errors.append(f"{AGREEMENT}: {len(refs)} citations 'Article n(m)' (want 10+)")
    for a, c in refs:
        if (int(a), int(c)) not in clauses:
            errors.append(f"{AGREEMENT}: 'Article {a}({c})' cites nothing")
    if re.search(r"§|\b[Ss]ection \d|\bclause \d+\.\d+ of this|\bArticle \d+\.\d", text):
        errors.append(f"{AGREEMENT}: a clause cited in another style")
    if (
        len(re.findall(r"week 37 of 2026", text)) != 1
        or "7 September 2026 (week 37 of 2026)" not in text
    ):
        errors.append(f"{AGREEMENT}: no '7 September 2026 (week 37 of 2026)'")
    _lacks(
        AGREEMENT,
        text,
        (
            "Season 14 is the taping block from 7 September 2026 (week 37 of 2026) to "
            "18 December 2026. Season 15 begins on 11 January 2027",
            "rises by 4 per cent, rounded to the nearest 100 Ft",
            "with a minimum of 4 hours per call",
            "within 6 hours of the call time",
            "at least 11 hours between the end of one taping day",
            "receives 35 per cent of the episode fee",
            "receives 25 per cent of the episode fee",
            "under 72 hours, 100 % of the booked fee",
            "given separately for each production on Form GS-3",
            "may not exceed 15 per cent of an episode's running time",
            "may not be bought out by a single payment",
            "at least 14 days' notice before the first publication",
            "within 45 days of the request",
            '"Contains generated audience reactions"',
            "(prize-handling supplement, 5 600 Ft per episode) remains in force for the whole "
            "term and is not superseded",
            "(rehearsal meal voucher, 1 900 Ft per call) is not kept",
            "paid 30 per cent of the episode fee for every rerun and required 10 hours of rest",
            "A grievance is filed within 28 days",
            "Northgate Studios, Stage 12, in Kelsbury",
        ),
        errors,
    )
    for bad in ("48 500", "4 200", "27 500", "9 800"):
        if bad in text:
            errors.append(f"{AGREEMENT}: states {bad!r} (a rate of the rate card or page)")
    if PYPDF is None or PDFPLUMBER is None or FPDF is None:
        return
    path = os.path.join(DOCS, AGREEMENT)
    with open(path, "rb") as f:
        if f.read() != make_pdf.build_agreement(write=False):
            errors.append(f"{AGREEMENT}: differs from what make_pdf.py builds; run it")
    readers = dict(pdf_pages(AGREEMENT))
    for label, pages in readers.items():
        if not 5 <= len(pages) <= 12:
            errors.append(f"{AGREEMENT}: {len(pages)} pages in {label} (want 5-12)")
        _check_running(AGREEMENT, label, pages, errors)
    pages = make_pdf.TABLE_PAGES
    if len(pages) != 2 or pages[1] != pages[0] + 1:
        errors.append(f"{AGREEMENT}: Schedule A on pages {pages} (want 2 consecutive)")
        return
    head = _flat(" ".join(make_pdf.TABLE_HEADER))
    with PDFPLUMBER.open(path) as pdf:
        for p in pages:
            page = pdf.pages[p - 1]
            if page.lines or page.rects or page.curves:
                errors.append(f"{AGREEMENT}: page {p} (Schedule A) has ruling lines or boxes")
            if page.find_tables():
                errors.append(
                    f"{AGREEMENT}: pdfplumber's lines-based finder sees a table on page {p}"
                )
    titles = (make_pdf.SCHEDULE_TITLE, make_pdf.SCHEDULE_CONT)
    for label, pp in readers.items():
        placed: list[int] = []
        for k, p in enumerate(pages):
            lines = [_flat(x) for x in pp[p - 1].splitlines()]
            if _flat(titles[k]) not in lines:
                errors.append(f"{AGREEMENT}: page {p} lacks {titles[k]!r} on a line ({label})")
            if lines.count(head) != 1:
                errors.append(f"{AGREEMENT}: the header row is not read once on page {p} ({label})")
            for i, row in enumerate(make_pdf.TABLE_ROWS):
                if _flat(" ".join(row)) in lines:
                    placed.append(i)
            if k == 1 and head in lines and lines.index(head) > 3:
                errors.append(f"{AGREEMENT}: page {p} does not open with the table ({label})")
        if sorted(placed) != list(range(len(make_pdf.TABLE_ROWS))):
            errors.append(f"{AGREEMENT}: Schedule A rows not each read on one line ({label})")
        first = [
            i
            for i, row in enumerate(make_pdf.TABLE_ROWS)
            if _flat(" ".join(row)) in _flat(pp[pages[0] - 1])
        ]
        if not first or len(first) == len(make_pdf.TABLE_ROWS):
            errors.append(
                f"{AGREEMENT}: Schedule A does not continue onto page {pages[1]} ({label})"
            )


def check_ratecard(errors: list[str]) -> None:
    text = make_pdf.ratecard_text()
    if re.search(rf"\b(?:{_MONTHS_EN})\b|\b20(?:26|27)\b|\d/\d", text):
        errors.append(f"{RATECARD}: the card states a date (it names the seasons only)")
    for row in make_pdf.RATECARD_ROWS:
        for s14, s15 in ((row[1], row[3]), (row[2], row[4])):
            if (s14 == make_pdf.DASH) != (s15 == make_pdf.DASH):
                errors.append(f"{RATECARD}: {row[0]}: a dash in one season only")
            elif s14 != make_pdf.DASH and _forint(s15) != _round100(_forint(s14)):
                errors.append(f"{RATECARD}: {row[0]}: {s15} is not {s14} + 4 per cent, rounded")
    if "35" in text or "rerun fee" in text.lower():
        errors.append(f"{RATECARD}: states a rerun percentage (that is the agreement's)")
    if PYPDF is None or PDFPLUMBER is None or FPDF is None:
        return
    path = os.path.join(DOCS, RATECARD)
    with open(path, "rb") as f:
        if f.read() != make_pdf.build_ratecard(write=False):
            errors.append(f"{RATECARD}: differs from what make_pdf.py builds; run it")
    with PDFPLUMBER.open(path) as pdf:
        if len(pdf.pages) != 1 or not pdf.pages[0].width > pdf.pages[0].height:
            errors.append(f"{RATECARD}: not one landscape page (pdfplumber)")
        tables = pdf.pages[0].extract_tables()
    box = PYPDF.PdfReader(path).pages[0].mediabox
    if not float(box.width) > float(box.height):
        errors.append(f"{RATECARD}: not landscape (pypdf)")
    if len(tables) != 1:
        errors.append(f"{RATECARD}: pdfplumber finds {len(tables)} tables (want 1)")
        return
    t = [[None if c is None else " ".join(c.split()) for c in r] for r in tables[0]]
    want0 = ["Engagement", make_pdf.PERIODS[0], None, make_pdf.PERIODS[1], None]
    want1 = [None, *make_pdf.SUBCOLS, *make_pdf.SUBCOLS]
    if t[:2] != [want0, want1]:
        errors.append(f"{RATECARD}: the two-row header reads {t[:2]}")
    if t[2:] != make_pdf.RATECARD_ROWS:
        errors.append(f"{RATECARD}: the body rows read {t[2:4]}…")


def check_letter(errors: list[str]) -> None:
    text = make_pdf.letter_text()
    _lacks(
        LETTER,
        text,
        (
            "Val-d'Orme, le 16 octobre 2026",
            "Les parties conviennent de remplacer l'article 19(2) de la convention, à compter "
            "du 1er novembre 2026",
            "un préavis d'au moins 21 jours avant la première publication",
            "publiés pour la première fois avant le 1er novembre 2026 restent soumis au "
            "préavis de 14 jours",
            "Les parties conviennent de confirmer l'article 16(4) de la convention sans changement",
            "quinze pour cent",
            "n'est ni remplacée ni modifiée",
        ),
        errors,
    )
    agreement = _flat(make_pdf.agreement_text())
    if "Art. 19.2 The producer gives the Guild at least 14 days' notice" not in agreement:
        errors.append(f"{LETTER}: the agreement's Art. 19.2 does not say 14 days")
    if "Art. 16.4 Synthetic segments may not exceed 15 per cent" not in agreement:
        errors.append(f"{LETTER}: the agreement's Art. 16.4 does not say 15 per cent")
    if PDFPLUMBER is None or FPDF is None:
        return
    path = os.path.join(DOCS, LETTER)
    with open(path, "rb") as f:
        if f.read() != make_pdf.build_letter(write=False):
            errors.append(f"{LETTER}: differs from what make_pdf.py builds; run it")
    with PDFPLUMBER.open(path) as pdf:
        page = pdf.pages[0]
        lines = (page.extract_text() or "").splitlines()
        if [_flat(x) for x in lines[:3]] != [_flat(x) for x in make_pdf.LETTERHEAD]:
            errors.append(f"{LETTER}: the letterhead is not the first three lines")
        head = [c for c in page.chars if c["top"] < 20 * 72 / 25.4 and c["text"].strip()]
        body = [c for c in page.chars if c["top"] > 45 * 72 / 25.4 and c["text"].strip()]
        if not head or max(c["size"] for c in head) <= max(c["size"] for c in body):
            errors.append(f"{LETTER}: the letterhead is not set larger than the body")
        if not any("Bold" in c["fontname"] for c in head):
            errors.append(f"{LETTER}: the letterhead is not bold")


# ----------------------------------------------------------------------------------------
# Layouts: the memo, the HTML page and the text documents
# ----------------------------------------------------------------------------------------


def check_memo(errors: list[str]) -> None:
    path = os.path.join(DOCS, MEMO)
    xml = docx_xml(path)
    root = ElementTree.fromstring(xml)
    dels = list(root.iter(f"{W_NS}del"))
    inss = list(root.iter(f"{W_NS}ins"))
    del_text = ["".join(e.text or "" for e in d.iter(f"{W_NS}delText")) for d in dels]
    ins_text = ["".join(e.text or "" for e in i.iter(f"{W_NS}t")) for i in inss]
    if del_text != [make_docx.DELETED] or ins_text != [make_docx.INSERTED]:
        errors.append(f"{MEMO}: tracked changes are {del_text} deleted / {ins_text} inserted")
    if xml.count(make_docx.DELETED) != 1:
        errors.append(f"{MEMO}: the deleted figure is not only in the w:del")
    if "w:txbxContent" not in xml:
        errors.append(f"{MEMO}: no text box (w:txbxContent)")
    boxes = [
        "".join(e.text or "" for e in b.iter(f"{W_NS}t")) for b in root.iter(f"{W_NS}txbxContent")
    ]
    if boxes != [make_docx.TEXT_BOX]:
        errors.append(f"{MEMO}: the text box reads {boxes}")
    if "4 800 000" in make_docx.memo_text().replace(make_docx.TEXT_BOX, ""):
        errors.append(f"{MEMO}: the pool amount is not only in the text box")
    if not re.search(r"\b\d{1,3}\.\d{3},- Ft", xml):
        errors.append(f"{MEMO}: no amount written '18.600,- Ft'")
    if "07.09.2026" not in xml:
        errors.append(f"{MEMO}: no date '07.09.2026'")
    if DOCX is None:
        return
    with open(path, "rb") as f:
        if f.read() != make_docx.build_memo(write=False):
            errors.append(f"{MEMO}: differs from what make_docx.py builds; run it")
    d = DOCX.Document(path)
    paras = "\n".join(p.text for p in d.paragraphs)
    for needle in (make_docx.DELETED, make_docx.INSERTED, "4 800 000"):
        if needle in paras:
            errors.append(f"{MEMO}: python-docx's Document.paragraphs read {needle!r}")
    if make_docx.TRACKED[0] + make_docx.TRACKED[1] not in paras:
        errors.append(f"{MEMO}: python-docx does not read the tracked paragraph without its change")
    cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
    if make_docx.INSERTED not in cells or make_docx.DELETED in cells:
        errors.append(f"{MEMO}: the summary table does not restate the new figure alone")


def _rates_table() -> dict:
    return _find(_tree(_read(RATES)), "table")[0]


def check_rates(errors: list[str]) -> dict[str, float]:
    raw = _read(RATES)
    t = _rates_table()
    thead = _children(t, "thead")
    rows = _children(thead[0], "tr") if thead else []
    if len(rows) != 2:
        errors.append(f"{RATES}: the <thead> is not two rows")
        return {}
    spans = [
        (c["attrs"].get("rowspan"), c["attrs"].get("colspan")) for c in _children(rows[0], "th")
    ]
    if spans != [("2", None), ("2", None), (None, "2")]:
        errors.append(f"{RATES}: the first header row's spans are {spans}")
    if [_cell_text(c) for c in _children(rows[0], "th")][2] != "Season 14 rate":
        errors.append(f"{RATES}: the spanning header is not 'Season 14 rate'")
    if [_cell_text(c) for c in _children(rows[1], "th")] != ["Fee", "Minimum call"]:
        errors.append(f"{RATES}: the second header row is not 'Fee' / 'Minimum call'")
    body = _children(t, "tbody")[0]
    fees: dict[str, float] = {}
    nested = 0
    for tr in _children(body, "tr"):
        tds = _children(tr, "td")
        if len(tds) != 4:
            errors.append(f"{RATES}: a body row has {len(tds)} cells")
            continue
        inner = _find(tds[2], "table")
        if inner:
            nested += 1
            cells = [_cell_text(c) for c in _find(inner[0], "td")]
            if "HUF 145.00 per km, both ways" not in cells or (
                "12 000–15 000 Ft a night, by city" not in cells
            ):
                errors.append(f"{RATES}: the nested table lacks the km rate or the overnight range")
            continue
        m = re.fullmatch(r"HUF (\d{1,3},\d{3}\.\d\d)", _cell_text(tds[2]))
        if not m:
            errors.append(f"{RATES}: fee {_cell_text(tds[2])!r} not written 'HUF 9,800.00'")
            continue
        fees[_cell_text(tds[0])] = _forint(m.group(1))
    if nested != 1:
        errors.append(f"{RATES}: {nested} tables nested in a body cell (want 1)")
    details = _find(_tree(raw), "details")
    if len(details) != 1 or len(_children(details[0], "summary")) != 1:
        errors.append(f"{RATES}: no <details> with a <summary>")
    else:
        inside = _cell_text(details[0])
        for needle in ("within 6 hours of the call time", "HUF 2,400.00"):
            if needle not in inside:
                errors.append(f"{RATES}: the <details> section lacks {needle!r}")
        outside = re.sub(r"<details>.*?</details>", "", raw, flags=re.S)
        if "6 hours" in outside or "2,400" in outside:
            errors.append(f"{RATES}: the meal rule is not only inside <details>")
    text = html_text(raw)
    if "4 hours" in text or "100 %" in text:
        errors.append(f"{RATES}: states '4 hours' or '100 %' (the agreement's)")
    _lacks(RATES, text, ("Updated Sept. 7, 2026", "a 4-hour minimum"), errors)
    return fees


BAREME_LINKS = {
    # French Season 15 row (role, unit) -> the Season 14 figure it raises
    ("Membre du public payé", "par appel d'une demi-journée"): (
        "rates",
        "Paid studio-audience member",
    ),
    ("Numéro d'échauffement", "par séance d'enregistrement"): ("rates", "Warm-up act"),
    ("Candidat ou candidate de répétition, doublure", "par heure"): (
        "rates",
        "Rehearsal or stand-in contestant",
    ),
    ("Annonceur ou annonceuse (voix hors champ)", "par promo"): ("rates", "Voice-over announcer"),
    ("Animateur ou animatrice", "par épisode"): ("card", "Host", 3),
    ("Animateur ou animatrice", "par jour d'enregistrement"): ("card", "Host", 4),
    ("Animateur ou animatrice", "par épisode double ou émission spéciale"): (
        "card",
        "Host, double episode or special",
        3,
    ),
    ("Coanimateur ou coanimatrice", "par épisode"): ("card", "Co-host", 3),
    ("Coanimateur ou coanimatrice", "par jour d'enregistrement"): ("card", "Co-host", 4),
    ("Coanimateur ou coanimatrice", "par épisode double ou émission spéciale"): (
        "card",
        "Co-host, double episode or special",
        3,
    ),
    ("Présentateur ou présentatrice de prix, mannequin", "par épisode"): (
        "card",
        "Prize presenter or model",
        3,
    ),
    ("Annonceur ou annonceuse (voix hors champ)", "par épisode"): (
        "card",
        "Voice-over announcer",
        3,
    ),
}


def check_bareme(fees: dict[str, float], errors: list[str]) -> None:
    text = _read(BAREME)
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not m or "effective: 2027-01-11" not in m.group(1).splitlines():
        errors.append(f"{BAREME}: no YAML front matter with 'effective: 2027-01-11'")
        return
    body = text[m.end() :]
    if re.search(rf"\b(?:19|20)\d\d\b|\b(?:{_MOIS})\b|\d/\d|\d\.\d\d\.\d", body, re.I):
        errors.append(f"{BAREME}: the body states a date (only the front matter may)")
    card = {r[0]: r for r in make_pdf.RATECARD_ROWS}
    rows = [r for r in body.splitlines() if r.startswith("| ") and "Ft |" in r]
    seen = set()
    for r in rows:
        role, unit, amount = (c.strip() for c in r.strip("|").split("|"))
        seen.add((role, unit))
        link = BAREME_LINKS.get((role, unit))
        if link is None:
            errors.append(f"{BAREME}: row {role!r} / {unit!r} not linked to a Season 14 figure")
            continue
        if not re.fullmatch(r"\d{1,3}\u00a0\d{3}\u00a0Ft|\d{1,3}\u00a0Ft", amount):
            errors.append(f"{BAREME}: {amount!r} not written with U+00A0 ('10 200 Ft')")
        if link[0] == "rates":
            s14 = fees.get(link[1])
            if s14 is None or _forint(amount) != _round100(s14):
                errors.append(f"{BAREME}: {role} / {unit}: {amount} is not {s14} + 4 per cent")
        else:
            if _forint(amount) != _forint(card[link[1]][link[2]]):
                errors.append(
                    f"{BAREME}: {role} / {unit}: {amount} is not the card's Season 15 rate"
                )
    if seen != set(BAREME_LINKS):
        errors.append(f"{BAREME}: rows {sorted(set(BAREME_LINKS) - seen)} missing")
    for bad in ("36 000", "4 800 000"):
        if bad in _flat(text):
            errors.append(f"{BAREME}: states {bad!r}")


def check_minutes(errors: list[str]) -> None:
    text = _read(MINUTES)
    res = re.findall(r"^RESOLVED \((\d+)/2026\): ", text, re.M)
    if res != ["4", "5", "6", "7", "8"]:
        errors.append(f"{MINUTES}: resolutions {res} are not 4/2026 to 8/2026 in order")
    blocks = {
        n: _flat(b)
        for n, b in re.findall(r"^RESOLVED \((\d+)/2026\): (.*?)(?=\n\n|\Z)", text, re.M | re.S)
    }
    if "frozen" not in blocks.get("4", "") or "9 200 Ft" not in blocks.get("4", ""):
        errors.append(f"{MINUTES}: 4/2026 does not freeze the rate at 9 200 Ft")
    seven = blocks.get("7", "")
    for needle in (
        "Resolution 4/2026 is amended",
        "HUF 9,800",
        "applies retroactively",
        "by 29 January 2027",
    ):
        if needle not in seven:
            errors.append(f"{MINUTES}: 7/2026 lacks {needle!r}")
    five = blocks.get("5", "")
    if "expired on 30 June 2026 and is not replaced" not in five or "Ft 48500" not in five:
        errors.append(f"{MINUTES}: 5/2026 does not end the pilot side agreement")
    if "55 000 Ft" not in text:
        errors.append(f"{MINUTES}: the expired pilot fee is not stated")
    if re.search(r"\b812\b|1 250 000|votes? to", text):
        errors.append(f"{MINUTES}: states the vote count or the buy-out figure (the news page's)")
    if "21 days" in text or "21-day" in text:
        errors.append(f"{MINUTES}: states the side letter's new notice")


def check_statement(errors: list[str]) -> None:
    text = _read(STATEMENT)
    lines = text.rstrip("\n").split("\n")
    head = lines[0].split("\t")
    if head[:3] != ["statement", "line", "episode"] or "amount_ft" not in head:
        errors.append(f"{STATEMENT}: no header line")
        return
    n_neg = 0
    for i, line in enumerate(lines[1:], 1):
        cells = line.split("\t")
        if len(cells) != len(head):
            errors.append(f"{STATEMENT}: line {i} has {len(cells)} cells (want {len(head)})")
            continue
        row = dict(zip(head, cells, strict=True))
        fee, amount = float(row["episode_fee_ft"]), float(row["amount_ft"])
        rate = float(row["rate"].rstrip("%")) / 100
        if amount < 0:
            n_neg += 1
            if abs(-amount - fee * rate) > 0.001:
                errors.append(f"{STATEMENT}: line {i}'s correction is not fee x rate")
        elif abs(amount - fee * rate) > 0.001:
            errors.append(f"{STATEMENT}: line {i}: {amount} is not {fee} x {row['rate']}")
        want_rate = "35%" if row["rerun"] == "1" else "25%"
        if amount > 0 and row["rate"] != want_rate:
            errors.append(f"{STATEMENT}: line {i}: rate {row['rate']} for rerun {row['rerun']}")
    if n_neg != 1:
        errors.append(f"{STATEMENT}: {n_neg} negative corrections (want 1)")


def check_text_docs(errors: list[str]) -> None:
    faq = _read(FAQ)
    for bad in ("95 000", "28 jours", "annul", "21 jours", "4 800 000", "36 000", "1 250 000"):
        if bad in _flat(faq):
            errors.append(f"{FAQ}: states {bad!r} (answered elsewhere)")
    if "50,4 e Ft" not in faq:
        errors.append(f"{FAQ}: no '50,4 e Ft'")
    raw = _read(NEWS)
    root = _tree(raw)
    times = _find(root, "time")
    if not times or times[0]["attrs"].get("datetime") != "2026-11-24":
        errors.append(f'{NEWS}: no <time datetime="2026-11-24">')
    for tag in ("nav", "footer", "aside"):
        if not _find(root, tag):
            errors.append(f"{NEWS}: no <{tag}> (site boilerplate)")
    if not any(d["attrs"].get("id") == "cookie-banner" for d in _find(root, "div")):
        errors.append(f"{NEWS}: no cookie banner")
    _lacks(
        NEWS,
        html_text(raw),
        (
            "par 812 voix contre 97",
            f"rachat unique de 1{NB}250{NB}000{NB}Ft par animateur",
            f"gelé à 9{NB}200{NB}Ft",
            f"9{NB}800{NB}Ft par demi-journée",
            "depuis le 7 sept. 2026",
            "au plus tard le 29 janvier 2027",
        ),
        errors,
    )
    with open(os.path.join(DOCS, ADS), "rb") as f:
        data = f.read()
    for byte in (0xE9, 0xF5, 0xF3, 0xFB, 0x84, 0x94, 0x96, 0xA0):
        if bytes([byte]) not in data:
            errors.append(f"{ADS}: no single byte {byte:02X}")
    if data.count(b"\n") != data.count(b"\r\n"):
        errors.append(f"{ADS}: not CRLF throughout")
    try:
        data.decode("utf-8")
        errors.append(f"{ADS}: decodes as UTF-8 (should be Windows-1250)")
    except UnicodeDecodeError:
        pass
    if data.decode("cp1250") != make_notice.NOTICE.replace("\n", "\r\n"):
        errors.append(f"{ADS}: differs from make_notice.py; run it")
    if "ő" in data.decode("cp1252", errors="replace"):
        errors.append(f"{ADS}: reads the same in Windows-1252 (no Central European letter)")
    for name in DISTRACTORS:
        with open(os.path.join(DOCS, name), "rb") as f:
            body = f.read().decode("cp1250" if name in CP1250_FILES else "utf-8")
        if re.search(r"\b(?:GSAP|GAJPS|ATPA|APTA)\b|\bGuild\b|\bGuilde\b|\bAssociation\b", body):
            errors.append(f"{name}: a distractor names the Guild or the Association")


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    corpus = "\n".join(vs[0][1] for vs in doc_views.values())
    if any(c in corpus for c in "$€£¥") or re.search(
        r"\b(EUR|USD|GBP|CAD|CHF|PLN|CZK|Kč|dollars?|euros?|zł)\b", corpus
    ):
        errors.append("a document names another currency")
    for label, pattern in SPELLINGS.items():
        n = len(re.findall(pattern, corpus))
        if not n:
            errors.append(f"nothing written as {label}")
        elif label in ONCE and n != 1:
            errors.append(f"{label} is written {n} times (want once)")
    # Season 14's dates are given once, in the agreement
    for name, vs in doc_views.items():
        if name != AGREEMENT and "18 December 2026" in vs[0][1]:
            errors.append(f"{name}: gives Season 14's last day (only the agreement may)")


def check_score_link(errors: list[str]) -> None:
    link = os.path.join(HERE, "score.py")
    if not os.path.islink(link) or os.readlink(link) != "../union-c/score.py":
        errors.append("score.py is not the relative link ../union-c/score.py")
    pyproject = os.path.join(HERE, "..", "..", "pyproject.toml")
    if os.path.exists(pyproject):
        with open(pyproject, encoding="utf-8") as f:
            if '"eval/union-ad/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-ad/score.py not in ruff's extend-exclude")


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
            score.normalise(alt) == "21000"
            for el in q["must_include"]
            for alt in score.alternatives(el)
        )
        if fee:
            n += 1
            if not set(REJECTED_FORMS) <= set(q["must_not_include"]):
                errors.append(f"{q['id']}: a synthetic-host-fee question without the buy-out trap")
    if n < 1:
        errors.append("no synthetic-host-fee question traps the rejected buy-out")


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

    for name in (AGREEMENT, RATECARD, LETTER, MEMO):
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

    for name in (RATES, BAREME, MINUTES, STATEMENT, FAQ, NEWS, ADS, BROCHURE):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_agreement(errors)
        check_ratecard(errors)
        check_letter(errors)
        check_memo(errors)
        fees = check_rates(errors)
        check_bareme(fees, errors)
        check_minutes(errors)
        check_statement(errors)
        check_text_docs(errors)
        check_rejected(questions, doc_views, errors)
        check_non_money(questions, doc_views, errors)
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
