#!/usr/bin/env python3
"""Check the union-ab set itself: questions.json against docs/ (no project needed).

    python3 eval/union-ab/check_set.py                      # stdlib; PDF and DOCX in the generators' text
    /work/main/.venv/bin/python eval/union-ab/check_set.py  # also python-docx, pdfplumber and pypdf

Checks:
- the fields and values of every question (in union-b's order), ids uab-001.. in order,
  counts per kind and language, no duplicate, no newline, and that questions.json is what
  make_questions.py writes;
- that every expected source exists, and that EVERY ALTERNATIVE of every must_include
  element occurs, after the scorer's normalisation (score.normalise / score.contains), in
  EVERY view of at least one expected source: HTML without tags (scripts and styles
  dropped) and raw; the tuition list decoded as Windows-1252; other text as UTF-8; the
  DOCX in the generator's text, in word/document.xml read with zipfile (w:t, so inserted
  runs in, deleted w:delText out; nested tables in) and through python-docx read with care
  (every w:t of a paragraph, nested tables walked); the PDFs in the generator's text,
  through pdfplumber and through pypdf;
- the accepted forms: stable under normalisation; no bare number of fewer than three digits;
  a bare number never a percentage in an expected source; no trap equal to, or matching, a
  must_include alternative; every trap (but pings and injected figures) found in a document
  (the letter's deleted w:delText counts) or the same figure as one that is;
- that no amount or percentage is glued to a neighbour: every złoty amount printed in a
  document ("1 250 zł", "PLN 1,250.00", "1.180,00 zł", "4 800,00 zł", U+00A0 / U+202F
  thousands, "zł 1250", "1250zl", "12 400 zl", "87,50 zł", "−35 zł", both ends of
  "900–1 100 zł") and every percentage is found, after normalisation and at digit
  boundaries, in every view of its document; no separator stands where the scorer would
  glue two numbers into one (the range's own thousands space excepted); the NON-MONEY
  look-alikes (Level Z1, Zone ZL-2, Room S 1250, Form PL-7) exist and no amount pattern
  reads them;
- that the built DOCX and PDFs hold their generators' words and the cp1252 list its
  generator's text;
- the agreement PDF: 8-12 pages in both readers; the running header and "Page N of M" on
  every page; "Article 1 – " to "Article 25 – " in order, clauses "Art. n(p)" in order,
  8+ references "Article n, paragraph p[, point x]" and no other citation style;
  FOOTNOTES: each marker after a word (never a digit), on the same page as its note, the
  note in smaller type under every body line at the page foot (pdfplumber), one
  must_include taken from a note; the LANDSCAPE page (wider than high in both readers)
  holding Schedule A, its rows (pdfplumber) equal to the generator's; Table 11.1's cells
  WRAPPED onto several lines (pdfplumber's cells hold line breaks) and equal to the
  generator's once the breaks are joined; the rules the questions use;
- the award PDF: numbered paragraphs [1].. in order; "IT IS ORDERED THAT" before the
  operative paragraphs; the replacement of Article 19, paragraph 1 from 1.XI.2026 with 30
  days (the agreement says 60) and Article 18, paragraph 2 upheld, not superseded (the
  agreement's three human actors); Room S 1250; the signature;
- the HTML schedule: Table 1 TRANSPOSED (roles in <th scope="col">, rate kinds in
  <th scope="row">), the misprinted half-day PLN 765.00 that the corrigendum corrects
  ("lire 675,00 zł au lieu de 765,00 zł", the same digits swapped); the booking-date rule
  with both figures; Table 2's STEPPED columns "until 31.VIII.2026 | from 1.IX.2026 |
  from 1.I.2027 | from 1.IX.2027", rising along each row, its 1.IX.2026 column equal to
  Table 1, its first column equal to the Word schedule, its steps equal to the guide's
  sub-bullets;
- the Word schedule: a "Caption" paragraph stating the period before the table; an outer
  table whose second cells each hold a NESTED table (w:tbl inside w:tc); python-docx's
  plain cell.text loses every amount; amounts "1.180,00 zł" / "148,00 zł";
- the letter: one w:del (w:delText, the old figure) followed by one w:ins (the adopted
  figure) in the same paragraph; the deleted figure nowhere else in the corpus; python-docx's
  plain paragraph.text reads neither;
- the key-value record: blocks separated by blank lines, each "Region:" then "Meal
  allowance:" then "Mileage:", no table; "week 36 of 2026" with its Monday computed; the
  guide's NESTED BULLETS (a rate in a sub-bullet under its role); the news page's figure in
  a <strong> inside a sentence and its <sup> note reference whose note at the foot gives the
  period; the corrigendum; the expired summary's "> **Expired:**" blockquote, the kept and
  dropped clauses equal to Article 22; the cp1252 file's bytes;
- the amount, percentage and date spellings of SPELLINGS (some exactly once); no other
  currency;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- that the rejected perpetual simulation licence is printed only in the news page and the
  letter, never in must_include, and is a trap of the avatar and AI-fee questions;
- that the news page (French) is an expected source only of English questions and the
  key-value record (English) only of French ones; cross-lingual questions have no source in
  their language, the others one in theirs; multi-doc elements are never all in one source;
  every non-distractor document is used, no distractor is;
- that every document is 2,000-25,000 characters (in its first view);
- that the out-of-scope questions' key terms and the adversarial questions' injected
  figures occur in no document (in any view).
Exit 1 on any error.
"""

from __future__ import annotations

import datetime
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
PREFIX = "uab"
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
AGREEMENT, SCHEDULE, PREVIOUS, AWARD = M.AGREEMENT, M.SCHEDULE, M.PREVIOUS, M.AWARD
ALLOWANCES, LETTER, CORRIGENDUM, GUIDE = M.ALLOWANCES, M.LETTER, M.CORRIGENDUM, M.GUIDE
NEWS, EXPIRED, TUITION, ESCAPE = M.NEWS, M.EXPIRED, M.TUITION, M.ESCAPE
DISTRACTORS = {TUITION, ESCAPE}
PDF_TEXT = {AGREEMENT: make_pdf.agreement_text, AWARD: make_pdf.award_text}
PDF_HEADER = {AGREEMENT: make_pdf.AGREEMENT_HEADER, AWARD: make_pdf.AWARD_HEADER}
DOCX_TEXT = {PREVIOUS: make_docx.schedule_text, LETTER: make_docx.letter_text}
CP1252_FILES = {TUITION}
ONLY_EN_QUESTIONS = {NEWS}  # a French document answered only by English questions
ONLY_FR_QUESTIONS = {ALLOWANCES}  # an English document answered only by French questions
REJECTED_FORMS = M.REJECTED_FORMS
REJECTED_HOMES = {NEWS, LETTER}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

DOC_LANGUAGE = {
    AGREEMENT: "en",
    SCHEDULE: "en",
    AWARD: "en",
    ALLOWANCES: "en",
    EXPIRED: "en",
    ESCAPE: "en",
    PREVIOUS: "fr",
    LETTER: "fr",
    CORRIGENDUM: "fr",
    GUIDE: "fr",
    NEWS: "fr",
    TUITION: "fr",
}

_SP = "[ \u00a0\u202f]"
OOS_ABSENT = {
    "uab-048": [r"dental", r"dentist", r"\bteeth\b", r"\btooth\b", r"dentaire"],
    "uab-049": [r"\bpensions?\b", r"retire", r"retraite"],
    "uab-050": [
        r"\bchild",
        r"\bkids?\b",
        r"\bminors?\b",
        r"p(?:a)?ediatric",
        r"daughter",
        r"enfant",
        r"\bmineur",
        r"pédiatr",
    ],
    "uab-051": [r"veterinar", r"vétérinaire", r"\banimals?\b", r"\bvet\b"],
    "uab-052": [r"\btax", r"imp[ôo]ts?\b", r"fiscal", r"withh[eo]ld"],
    "uab-053": [
        r"telehealth",
        r"telemedicine",
        r"video.?call",
        r"téléconsult",
        r"\bvisio",
        r"zoom",
    ],
    "uab-054": [r"ch[ôo]mage", r"unemploy", r"jobless"],
    "uab-055": [r"parental", r"maternit", r"paternit", r"\bcongés?\b"],
    "uab-056": [r"\bjury\b", r"\bjur[ée]e?s?\b", r"\bjurors?\b"],
    "uab-057": [r"mutuelle", r"assuranc", r"insur"],
    "uab-058": [r"999"],
    "uab-059": [r"(?<![\d.,])40 ?(?:%|per cent|pour cent)"],
    "uab-060": [f"4{_SP}?444"],
}

SPELLINGS = {
    "space thousands, currency after (2 400 zł)": r"(?<![\d.,])\d{1,3} \d{3} zł",
    "space thousands and decimal comma (4 800,00 zł)": r"(?<![\d.,])\d{1,3} \d{3},\d\d zł",
    "ISO code, comma thousands and decimals (PLN 1,250.00)": r"\bPLN \d{1,3},\d{3}\.\d\d\b",
    "dot thousands, decimal comma (1.180,00 zł)": r"(?<![\d.,])\d{1,3}\.\d{3},\d\d zł",
    "currency first, no separator (zł 1250)": r"zł \d{4}\b",
    "glued, no diacritic (1250zl)": r"(?<![\w.,])\d{4}zl\b",
    "NO-BREAK SPACE thousands": "\\d\u00a0\\d{3}(?!\\d)",
    "NARROW NO-BREAK SPACE thousands": "\\d\u202f\\d{3}(?!\\d)",
    "an amount in words (douze cent cinquante złotys)": "douze cent cinquante złotys \\(1\u202f250 zł\\)",
    "a range (900–1 100 zł)": r"900–1 100 zł",
    "grosz decimals (87,50 zł)": r"(?<![\d.,])87,50 zł",
    "a negative correction with U+2212 (−35 zł)": "\u221235 zł",
    "percentage with a decimal comma (12,5 %)": r"(?<![\d,])12,5 %",
    "percentage in words, English (12.5 per cent)": r"(?<![\d.])12\.5 per cent",
    "percentage in words, French (douze et demi pour cent)": r"douze et demi pour cent",
    "date 1.IX.2026 (Roman month)": r"\b1\.IX\.2026\b",
    "the Roman month explained": r"1\.IX\.2026 is 1 September 2026",
    "date 01.09.2026": r"\b01\.09\.2026\b",
    "date Sept. 1, 2026": r"Sept\. 1, 2026",
    "date 1er sept. 2026": r"\b1er sept\. 2026",
    "date 2026-09-01": r"\b2026-09-01\b",
    "week 36 of 2026": r"week 36 of 2026",
    "AY 2026-27": r"\bAY 2026-27\b",
    "année universitaire 2026-2027": r"année universitaire 2026-2027",
    "the autumn term": r"autumn term",
    "le semestre de printemps": r"semestre de printemps",
    "booked on or after 1 October 2026": r"booked on or after 1 October 2026",
}
ONCE = {
    "currency first, no separator (zł 1250)",
    "glued, no diacritic (1250zl)",
    "an amount in words (douze cent cinquante złotys)",
    "a range (900–1 100 zł)",
    "grosz decimals (87,50 zł)",
    "a negative correction with U+2212 (−35 zł)",
    "week 36 of 2026",
    "the Roman month explained",
}
NON_MONEY = ["Level Z1", "Zone ZL-2", "Room S 1250", "Form PL-7", "formulaire PL-7"]

_N = "\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+"
AMOUNTS = [
    re.compile(f"(?<![\\d.,])({_N}(?:,\\d\\d)?|\\d+(?:,\\d\\d)?) zł"),  # "1 250 zł", "87,50 zł"
    re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+,\d\d) zł"),  # "1.180,00 zł"
    re.compile(r"\bPLN (\d{1,3}(?:,\d{3})*\.\d\d)\b"),  # "PLN 1,250.00"
    re.compile(r"\bzł (\d+)\b"),  # "zł 1250"
    re.compile(r"(?<![\w.,])(\d+)zl\b"),  # "1250zl"
    re.compile(f"(?<![\\d.,])({_N}|\\d+) zl\\b"),  # "12 400 zl" (the cp1252 list)
    re.compile(r"(?<![\d.,])(\d+)–\d[\d ]* z"),  # the range's lower end
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
    return pdfplumber, pypdf, docx


PDFPLUMBER, PYPDF, DOCX = _modules()


def pdf_pages(name: str) -> list[tuple[str, list[str]]]:
    path = os.path.join(DOCS, name)
    out = []
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(path) as pdf:
            out.append(("pdfplumber", [p.extract_text() or "" for p in pdf.pages]))
    if PYPDF is not None:
        out.append(("pypdf", [p.extract_text() or "" for p in PYPDF.PdfReader(path).pages]))
    return out


def _zip_xml(path: str, part: str):
    with zipfile.ZipFile(path) as z:
        if part not in z.namelist():
            return None
        return ElementTree.fromstring(z.read(part))


def docx_zip_text(path: str) -> str:
    """word/document.xml's paragraphs (nested table cells included): every w:t, so inserted
    runs (w:ins) are read and deleted ones (w:delText) are not."""
    root = _zip_xml(path, "word/document.xml")
    lines = []
    for p in root.iter(f"{W_NS}p"):
        lines.append("".join(t.text or "" for t in p.iter(f"{W_NS}t")))
    return "\n".join(lines)


def docx_deleted(path: str) -> list[str]:
    root = _zip_xml(path, "word/document.xml")
    return [t.text or "" for t in root.iter(f"{W_NS}delText")]


def docx_python_docx(path: str) -> str | None:
    """python-docx read with care: every w:t of a paragraph (runs inside w:ins too) and
    nested tables walked (python-docx's cell.text and paragraph.text skip both)."""
    if DOCX is None:
        return None
    d = DOCX.Document(path)
    tag = f"{W_NS}t"

    def para(p) -> str:
        return "".join(t.text or "" for t in p._p.iter(tag))

    lines = [para(p) for p in d.paragraphs]

    def walk(table) -> None:
        for row in table.rows:
            lines.append(" | ".join("\n".join(para(p) for p in c.paragraphs) for c in row.cells))
            for c in row.cells:
                for inner in c.tables:
                    walk(inner)

    for table in d.tables:
        walk(table)
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
    if name in CP1252_FILES:
        return [("cp1252", raw.decode("cp1252"))], warnings
    text = raw.decode("utf-8")
    if name.endswith(".html"):
        return [("html-text", html_text(text)), ("raw", text)], warnings
    return [("text", text)], warnings


def _flat(text: str) -> str:
    return " ".join(text.replace(NB, " ").replace(NNB, " ").split())


def _zloty(s: str) -> float:
    """'PLN 1,250.00' / '1.180,00 zł' / '1 250 zł' / '87,50 zł' -> 1250.0 / 1180.0 / 87.5."""
    t = re.sub(r"[^\d.,]", "", s.replace(NB, "").replace(NNB, "").replace(" ", ""))
    m = re.fullmatch(r"(\d[\d.,]*?)(?:([.,])(\d\d))?", t)
    if not m:
        raise ValueError(s)
    whole = re.sub(r"\D", "", m.group(1))
    return float(whole) + (int(m.group(3)) / 100 if m.group(3) else 0.0)


def _num(s: str) -> float | str:
    """A trap's value: '1.090,00' / '1 090' / '1,090.00' -> 1090.0; other text as such."""
    t = s.strip()
    if re.fullmatch(r"\d{1,3}(?:[., ]\d{3})*(?:[.,]\d\d)?|\d+", t):
        return _zloty(t)
    return t


def _lacks(name: str, text: str, needles, errors: list[str]) -> None:
    flat = _flat(text)
    for needle in needles:
        if _flat(needle) not in flat:
            errors.append(f"{name}: lacks {needle!r}")


def _read(name: str) -> str:
    with open(os.path.join(DOCS, name), encoding="utf-8") as f:
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
        if len([b for b in q.get("must_not_include", []) if not b.startswith("@")]) != 1:
            errors.append(f"{qid}: adversarial question without exactly one injected figure")
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
        ("en", ["rn", "w/", "pls", "OT", "gig", "tbh", "idk"]),
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
    # code, a time or a range ("2026-09-01 118", "A-4 125", "19:00 100")
    re.compile(r"\d{4,}[ ,]\d{3}(?!\d)"),
    re.compile(r"\d\.\d+[ ,]\d{3}(?!\d)"),
    re.compile(r"\d,\d+ \d{3}(?!\d)"),
    re.compile(r"[-/:.]\d{1,3}[ ,]\d{3}(?!\d)"),
    re.compile(r"–\d{1,3}[ ,]\d{3}(?!\d)"),
]
RANGE_OK = {"–1 100"}  # "900–1 100 zł": the upper end's own thousands space


def check_joints(doc_views: dict, errors: list[str]) -> None:
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            flat = _flat(text)
            for rx in GLUE_JOINTS:
                for m in rx.finditer(flat):
                    if m.group(0) in RANGE_OK and "900–1 100 zł" in flat:
                        continue
                    errors.append(f"{name}: {m.group(0)!r} would be glued by the scorer ({label})")


def check_non_money(doc_views: dict, errors: list[str]) -> None:
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
    # Room S 1250 carries the digits of the role-play day rate, not an amount
    if 1250.0 not in {_zloty(c) for c in schedule_steps().get("Role-play actor, per day", [])}:
        errors.append("Room S 1250 is meant to share its digits with the role-play day rate")


# ----------------------------------------------------------------------------------------
# Layouts: the agreement and the award
# ----------------------------------------------------------------------------------------


def _check_running(name: str, label: str, pages: list[str], errors: list[str]) -> None:
    header = _flat(PDF_HEADER[name])
    for i, page in enumerate(pages, 1):
        flat = _flat(page)
        if header not in flat:
            errors.append(f"{name}: page {i} lacks the running header ({label})")
        if f"Page {i} of {len(pages)}" not in flat:
            errors.append(f"{name}: page {i} lacks 'Page {i} of {len(pages)}' ({label})")


def _cells(row) -> list[str | None]:
    return [None if c is None else " ".join(c.split()) for c in row]


def check_agreement(questions: list[dict], errors: list[str]) -> None:
    text = make_pdf.agreement_text()
    heads = re.findall(r"^Article (\d+) – [A-Z]", text, re.M)
    if heads != [str(i) for i in range(1, 26)]:
        errors.append(f"{AGREEMENT}: article headings {heads} are not Article 1 to 25 in order")
    art, want = 0, 1
    for kind, t in make_pdf.AGREEMENT:
        if kind == "art":
            art, want = int(t.split()[1]), 1
        elif kind == "p":
            if not t.startswith(f"Art. {art}({want}) "):
                errors.append(f"{AGREEMENT}: clause {t[:14]!r} is not Art. {art}({want})")
            want += 1
    refs = re.findall(r"\bArticle \d+, paragraph \d+(?:, point [a-z])?", text)
    if len(refs) < 8 or not any(", point " in r for r in refs):
        errors.append(
            f"{AGREEMENT}: {len(refs)} references 'Article n, paragraph p' (want 8+, one with a point)"
        )
    if re.search(r"\bs\. \d+\.\d+|§|\bArt\. \d+\.\d+", text):
        errors.append(f"{AGREEMENT}: a clause cited in another style")
    if not re.search(r"^Art\. \d+\(\d+\)\([a-z]\)|\(a\) .*\(b\) ", text, re.M):
        errors.append(f"{AGREEMENT}: no clause with points (a), (b)")
    for mark, note in make_pdf.FOOTNOTES.items():
        bodies = [t for k, t in make_pdf.AGREEMENT if k == "p" and mark in t]
        if len(bodies) != 1 or not re.search(rf"[A-Za-z]{mark}", bodies[0]):
            errors.append(f"{AGREEMENT}: footnote marker {mark} not once, after a word")
        if not note.startswith(mark + " ") or not note[2].isalpha():
            errors.append(f"{AGREEMENT}: footnote {mark} must start with its marker and a word")
    notes_norm = [score.normalise(make_pdf._plain(n)) for n in make_pdf.FOOTNOTES.values()]
    from_note = [
        q["id"]
        for q in questions
        if AGREEMENT in q["expected_sources"]
        for el in q["must_include"]
        for alt in score.alternatives(el)
        if any(score.contains(n, alt) for n in notes_norm)
        and not score.contains(
            score.normalise(
                "\n".join(make_pdf._plain(t) for k, t in make_pdf.AGREEMENT if k == "p")
            ),
            alt,
        )
    ]
    if not from_note:
        errors.append(f"{AGREEMENT}: no must_include comes only from a footnote")
    _lacks(
        AGREEMENT,
        text,
        (
            "This Agreement runs from 1 September 2025 to 31 August 2028.",
            "The year of this Agreement follows the academic year, from 1 September to the following 31 August",
            "1.IX.2026 is 1 September 2026",
            "a new rate applies to engagements booked on or after a stated date",
            "follows the date of the booking, not the date of the work",
            "corrects a misprinted figure of a schedule from the schedule's first day",
            "at least 45 minutes of preparation are paid",
            "in 15-minute units",
            "a debrief of at least 30 minutes with a trained facilitator",
            "The session is paid in full",
            "no more than 8 simulated examinations a day",
            "no more than 4 intimate examinations a day",
            "a rest of at least 20 minutes",
            "on Form PL-7",
            "anyone but the course director",
            "12.5 per cent of the half-day or day fee",
            "less than 5 working days",
            "consent, given for each project",
            "a licence fee of 2 400 zł per year of use",
            "only if the actor opts in",
            "the right to know it before the session starts",
            "no more than 18 months",
            "at least three human actors are engaged for each synthetic role-player",
            "120 days' notice",
            "within 60 days of the request",
            "on screen and aloud",
            "may not be bought out by a single payment",
            "remains in force for the whole term of this Agreement and is not superseded",
            "Clause 9.3 of the 2022–2025 agreement (uniform cleaning allowance) is not kept.",
        ),
        errors,
    )
    if PYPDF is None or PDFPLUMBER is None:
        return
    path = os.path.join(DOCS, AGREEMENT)
    for label, pages in pdf_pages(AGREEMENT):
        if not 8 <= len(pages) <= 12:
            errors.append(f"{AGREEMENT}: {len(pages)} pages in {label} (want 8-12)")
        _check_running(AGREEMENT, label, pages, errors)
    landscape_pypdf = [
        i
        for i, p in enumerate(PYPDF.PdfReader(path).pages, 1)
        if float(p.mediabox.width) > float(p.mediabox.height)
    ]
    wrapped_rows: list[list[str | None]] = []
    n_wrapped = 0
    with PDFPLUMBER.open(path) as pdf:
        landscape = [i for i, p in enumerate(pdf.pages, 1) if p.width > p.height]
        if len(landscape) != 1 or landscape != landscape_pypdf:
            errors.append(
                f"{AGREEMENT}: landscape pages {landscape} (pdfplumber), {landscape_pypdf} "
                "(pypdf); want exactly one"
            )
        for i, page in enumerate(pdf.pages, 1):
            text = page.extract_text() or ""
            for table in page.extract_tables():
                if table and _cells(table[0]) == make_pdf.CANCEL_HEADER:
                    wrapped_rows = [_cells(r) for r in table]
                    n_wrapped = sum(1 for r in table for c in r if c and "\n" in c)
                    for r in table:
                        for c in r:
                            for line in (c or "").split("\n"):
                                if re.match(r"^%|.*\d$", line.strip()):
                                    errors.append(
                                        f"{AGREEMENT}: a wrapped cell breaks a figure: {line!r}"
                                    )
                if table and _cells(table[0]) == make_pdf.SCHEDULE_A_HEADER:
                    if i not in landscape:
                        errors.append(f"{AGREEMENT}: Schedule A is on page {i}, not landscape")
                    if [_cells(r) for r in table[1:]] != make_pdf.SCHEDULE_A:
                        errors.append(f"{AGREEMENT}: Schedule A's rows differ (pdfplumber)")
                    if make_pdf.SCHEDULE_A_TITLE not in text:
                        errors.append(f"{AGREEMENT}: Schedule A's title not on its page")
            # footnotes at the foot of the page of their marker
            body = [c for c in page.chars if 55 < c["top"] < page.height - 45 and c["text"].strip()]
            for mark, note in make_pdf.FOOTNOTES.items():
                head = make_pdf._plain(note)[:40]
                if head not in _flat(text):
                    continue
                small = [c for c in body if abs(c["size"] - make_pdf.FOOT_SIZE) < 0.3]
                big = [c for c in body if c["size"] >= make_pdf.FOOT_SIZE + 0.4]
                marks = [c for c in big if c["text"] == mark]
                if not marks:
                    errors.append(f"{AGREEMENT}: footnote {mark}'s note on page {i}, marker not")
                if (
                    not small
                    or not big
                    or min(c["top"] for c in small) < max(c["top"] for c in big)
                ):
                    errors.append(f"{AGREEMENT}: footnote {mark} is not under the body on page {i}")
                if small and min(c["top"] for c in small) < page.height * 0.6:
                    errors.append(f"{AGREEMENT}: footnote {mark} is not at the page foot")
    want_rows = [make_pdf.CANCEL_HEADER, *make_pdf.CANCEL_ROWS]
    if wrapped_rows != want_rows:
        errors.append(f"{AGREEMENT}: Table 11.1 read by pdfplumber differs: {wrapped_rows}")
    if n_wrapped < 8:
        errors.append(f"{AGREEMENT}: only {n_wrapped} cells of Table 11.1 wrap (want 8+)")
    for label, pages in pdf_pages(AGREEMENT):
        for mark in make_pdf.FOOTNOTES:
            where = [i for i, p in enumerate(pages, 1) if mark in p]
            if len(where) != 1:
                errors.append(f"{AGREEMENT}: marker {mark} on pages {where} ({label}); want one")


def check_award(errors: list[str]) -> None:
    text = make_pdf.award_text()
    nums = re.findall(r"^\[(\d+)\] ", text, re.M)
    if nums != [str(i) for i in range(1, len(nums) + 1)] or len(nums) < 10:
        errors.append(f"{AWARD}: numbered paragraphs {nums}")
    paras = dict(re.findall(r"^\[(\d+)\] (.+)$", text, re.M))
    order_at = text.find("IT IS ORDERED THAT")
    first_order = min(
        (k for k, p in paras.items() if "With effect from 1.XI.2026" in p), key=int, default=None
    )
    if order_at < 0 or first_order is None or text.find(f"[{first_order}] ") < order_at:
        errors.append(f"{AWARD}: no 'IT IS ORDERED THAT' before the operative paragraphs")
    op = " ".join(p for k, p in paras.items() if first_order and int(k) >= int(first_order))
    for needle in (
        "Article 19, paragraph 1 of the Agreement is replaced",
        "within 30 days of the request",
        "Article 18, paragraph 2 of the Agreement is upheld",
        "not superseded",
        "4 800,00 zł",
    ):
        if needle not in _flat(op):
            errors.append(f"{AWARD}: the operative part lacks {needle!r}")
    agreement = make_pdf.agreement_text()
    if "within 60 days of the request" not in agreement:
        errors.append(f"{AWARD}: the agreement's Art. 19(1) does not say 60 days")
    if "three human actors" not in _flat(agreement):
        errors.append(f"{AWARD}: the agreement's Art. 18(2) does not say three human actors")
    if datetime.date(2026, 10, 9).weekday() != 4 or "Friday 9 October 2026" not in _flat(text):
        errors.append(f"{AWARD}: 9 October 2026 is not stated as a Friday")
    _lacks(AWARD, text, ("Room S 1250", *make_pdf.AWARD_SIGNATURES), errors)
    if PYPDF is not None and PDFPLUMBER is not None:
        for label, pages in pdf_pages(AWARD):
            _check_running(AWARD, label, pages, errors)


# ----------------------------------------------------------------------------------------
# Layouts: the schedules, the letter and the smaller documents
# ----------------------------------------------------------------------------------------

STEP_HEAD = ["Rate", "until 31.VIII.2026", "from 1.IX.2026", "from 1.I.2027", "from 1.IX.2027"]
ROLES = [
    "Standardised patient",
    "Standardised patient, physical-examination session",
    "Intimate examination teaching associate",
    "Role-play actor (police, court, crisis negotiation)",
    "Assessment-centre actor",
    "Historical interpreter",
]
# Table 2 row -> (Table 1 column, Table 1 row, Word trade, Word unit, guide line prefix)
STEP_LINKS = {
    "Standardised patient, per hour of simulation": (
        "Standardised patient",
        "Per hour of simulation",
        "Patient standardisé (PS)",
        "Par heure de simulation",
    ),
    "Standardised patient, physical-examination session, per hour": (
        "Standardised patient, physical-examination session",
        "Per hour of simulation",
        "Patient standardisé (PS)",
        "Séance d'examen physique, par heure",
    ),
    "Intimate examination teaching associate, per hour": (
        "Intimate examination teaching associate",
        "Per hour of simulation",
        "Associé à l'enseignement des examens intimes (AEEI)",
        "Par heure de simulation",
    ),
    "Role-play actor, per day": (
        "Role-play actor (police, court, crisis negotiation)",
        "Per day (up to eight hours)",
        "Comédien de jeu de rôle (police, tribunal, négociation de crise)",
        "Par journée",
    ),
    "Historical interpreter, per shift": (
        "Historical interpreter",
        "Per shift (up to six hours)",
        "Interprète historique (musée, immersion)",
        "Par service (jusqu'à 6 heures)",
    ),
}


def _schedule_tables() -> list[dict]:
    return _find(_tree(_read(SCHEDULE)), "table")


def schedule_rates() -> dict[tuple[str, str], str]:
    """Table 1, transposed back: (role, rate kind) -> cell."""
    t = _schedule_tables()[0]
    head = [_cell_text(c) for c in _find(_find(t, "thead")[0], "th")]
    out = {}
    for tr in _find(_find(t, "tbody")[0], "tr"):
        cells = [c for c in tr["children"] if c["tag"] in ("th", "td")]
        kind = _cell_text(cells[0])
        for role, c in zip(head[1:], cells[1:], strict=True):
            out[(role, kind)] = _cell_text(c)
    return out


def schedule_steps() -> dict[str, list[str]]:
    t = _schedule_tables()[1]
    out = {}
    for tr in _find(_find(t, "tbody")[0], "tr"):
        cells = [_cell_text(c) for c in tr["children"] if c["tag"] in ("th", "td")]
        out[cells[0]] = cells[1:]
    return out


def check_schedule(errors: list[str]) -> None:
    raw = _read(SCHEDULE)
    tables = _schedule_tables()
    if len(tables) != 2:
        errors.append(f"{SCHEDULE}: {len(tables)} tables (want 2)")
        return
    t1 = tables[0]
    cols = _find(_find(t1, "thead")[0], "th")
    if [c["attrs"].get("scope") for c in cols] != ["col"] * (len(ROLES) + 1) or [
        _cell_text(c) for c in cols[1:]
    ] != ROLES:
        errors.append(f"{SCHEDULE}: Table 1's column headers are not the roles (scope=col)")
    for tr in _find(_find(t1, "tbody")[0], "tr"):
        first = tr["children"][0]
        if first["tag"] != "th" or first["attrs"].get("scope") != "row":
            errors.append(f"{SCHEDULE}: a Table 1 row does not start with <th scope=row>")
        elif not re.match(r"(Per |Minimum call)", _cell_text(first)):
            errors.append(f"{SCHEDULE}: row header {_cell_text(first)!r} is not a rate kind")
    rates = schedule_rates()
    for (role, kind), cell in rates.items():
        if (
            kind != "Minimum call"
            and cell != "–"
            and not re.fullmatch(r"PLN \d{1,3}(?:,\d{3})?\.\d\d", cell)
        ):
            errors.append(f"{SCHEDULE}: {role} / {kind}: {cell!r} not written 'PLN 1,250.00'")
    half = rates.get((ROLES[3], "Per half-day (up to four hours)"))
    if half != "PLN 765.00":
        errors.append(f"{SCHEDULE}: the misprinted half-day is {half!r} (want PLN 765.00)")
    corr = _read(CORRIGENDUM)
    if "lire 675,00 zł au lieu de 765,00 zł" not in corr or sorted("675") != sorted("765"):
        errors.append(f"{CORRIGENDUM}: no 'lire 675,00 zł au lieu de 765,00 zł'")
    if "Per half-day (up to four hours)" not in corr or "Role-play actor" not in corr:
        errors.append(f"{CORRIGENDUM}: does not name the schedule's cell")
    if len(corr) > 3000:
        errors.append(f"{CORRIGENDUM}: {len(corr)} characters; it should stay short")
    after = rates.get((ROLES[4], "Per assessment, engagements booked on or after 1 October 2026"))
    before = rates.get((ROLES[4], "Per assessment, engagements booked before 1 October 2026"))
    if after != "PLN 340.00" or before != "PLN 325.00":
        errors.append(f"{SCHEDULE}: the booking-date rows are {after!r} / {before!r}")
    t2 = tables[1]
    head = [_cell_text(c) for c in _find(_find(t2, "thead")[0], "th")]
    if head != STEP_HEAD:
        errors.append(f"{SCHEDULE}: Table 2's header {head} is not {STEP_HEAD}")
    steps = schedule_steps()
    prev = {
        (trade, unit): amount for trade, units in make_docx.SCHEDULE_ROWS for unit, amount in units
    }
    guide = _read(GUIDE)
    for row, cells in steps.items():
        vals = [_zloty(c) for c in cells]
        if len(vals) != 4 or vals != sorted(vals) or len(set(vals)) != 4:
            errors.append(f"{SCHEDULE}: Table 2 row {row!r} does not rise: {cells}")
            continue
        link = STEP_LINKS.get(row)
        if link is None:
            errors.append(f"{SCHEDULE}: Table 2 row {row!r} has no link")
            continue
        t1cell = rates.get((link[0], link[1]))
        if t1cell is None or _zloty(t1cell) != vals[1]:
            errors.append(f"{SCHEDULE}: {row!r} from 1.IX.2026 is not Table 1's {t1cell!r}")
        old = prev.get((link[2], link[3]))
        if old is None or _zloty(old) != vals[0]:
            errors.append(f"{SCHEDULE}: {row!r} until 31.VIII.2026 is not the Word's {old!r}")
        for v in vals[1:3]:
            spelled = f"{int(v):,}".replace(",", NNB) + " zł"
            if spelled not in guide:
                errors.append(f"{GUIDE}: lacks the step {spelled!r} of {row!r}")
    _lacks(
        SCHEDULE,
        html_text(raw),
        (
            "Effective Sept. 1, 2026.",
            "This schedule replaces the Rate Schedule AY 2025-26 on 1 September 2026",
            "applies to engagements booked on or after 1 October 2026",
            "it follows the date of the booking, not the date of the work",
            "is paid PLN 325.00, even when the assessment itself takes place",
            "Level Z1",
        ),
        errors,
    )


def check_previous(errors: list[str]) -> None:
    path = os.path.join(DOCS, PREVIOUS)
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    n_rows = len(make_docx.SCHEDULE_ROWS)
    if xml.count("<w:tbl>") != 1 + n_rows:
        errors.append(f"{PREVIOUS}: {xml.count('<w:tbl>')} w:tbl (want 1 + {n_rows} nested)")
    root = ElementTree.fromstring(xml)
    body = root.find(f"{W_NS}body")
    outer = [el for el in body if el.tag == f"{W_NS}tbl"]
    if len(outer) != 1:
        errors.append(f"{PREVIOUS}: {len(outer)} top-level tables (want 1)")
        return
    nested = [tc for tc in outer[0].iter(f"{W_NS}tc") if tc.find(f"{W_NS}tbl") is not None]
    if len(nested) != n_rows:
        errors.append(f"{PREVIOUS}: {len(nested)} cells hold a nested table (want {n_rows})")
    children = list(body)
    i = children.index(outer[0])
    cap = children[i - 1]
    style = cap.find(f"{W_NS}pPr/{W_NS}pStyle")
    cap_text = "".join(t.text or "" for t in cap.iter(f"{W_NS}t"))
    if style is None or style.get(f"{W_NS}val") != "Caption" or cap_text != make_docx.CAPTION:
        errors.append(f"{PREVIOUS}: no 'Caption' paragraph right before the table")
    if "du 01.09.2025 au 31.08.2026" not in make_docx.CAPTION:
        errors.append(f"{PREVIOUS}: the caption does not state the period")
    for _trade, units in make_docx.SCHEDULE_ROWS:
        for _unit, amount in units:
            if not re.fullmatch(r"(?:\d{1,3}\.\d{3}|\d{3}),\d\d zł", amount):
                errors.append(f"{PREVIOUS}: amount {amount!r} not written '1.180,00 zł'")
    if DOCX is not None:
        d = DOCX.Document(path)
        plain = " ".join(c.text for row in d.tables[0].rows for c in row.cells)
        if any(a in plain for _, units in make_docx.SCHEDULE_ROWS for _, a in units):
            errors.append(f"{PREVIOUS}: python-docx's cell.text reads a nested amount")
        if sum(len(c.tables) for row in d.tables[0].rows for c in row.cells) != n_rows:
            errors.append(f"{PREVIOUS}: python-docx does not see the nested tables")
    _lacks(PREVIOUS, make_docx.schedule_text(), ("il a été remplacé le 01.09.2026",), errors)


def check_letter(doc_views: dict, errors: list[str]) -> None:
    path = os.path.join(DOCS, LETTER)
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    dels = re.findall(r"<w:del [^>]*>(.*?)</w:del>", xml)
    inss = re.findall(r"<w:ins [^>]*>(.*?)</w:ins>", xml)
    if len(dels) != 1 or len(inss) != 1:
        errors.append(f"{LETTER}: {len(dels)} w:del and {len(inss)} w:ins (want one each)")
        return
    if f'<w:delText xml:space="preserve">{make_docx.LETTER_FEE_DELETED}</w:delText>' not in dels[0]:
        errors.append(f"{LETTER}: the w:del does not hold {make_docx.LETTER_FEE_DELETED!r}")
    if f">{make_docx.LETTER_FEE_INSERTED}</w:t>" not in inss[0]:
        errors.append(f"{LETTER}: the w:ins does not hold {make_docx.LETTER_FEE_INSERTED!r}")
    m = re.search(r"<w:p>(?:(?!</w:p>).)*<w:del (?:(?!</w:p>).)*</w:del><w:ins ", xml)
    if not m:
        errors.append(f"{LETTER}: w:del is not followed by w:ins in the same paragraph")
    deleted = score.normalise(make_docx.LETTER_FEE_DELETED)
    for name, vs in doc_views.items():
        for label, _, norm in vs:
            if score.contains(norm, deleted):
                errors.append(f"{LETTER}: the deleted figure occurs in {name} ({label})")
    if DOCX is not None:
        d = DOCX.Document(path)
        plain = "\n".join(p.text for p in d.paragraphs)
        if make_docx.LETTER_FEE_INSERTED in plain or make_docx.LETTER_FEE_DELETED in plain:
            errors.append(f"{LETTER}: python-docx's paragraph.text reads the tracked change")
    _lacks(
        LETTER,
        make_docx.letter_text(),
        (
            "donné projet par projet",
            "uniquement sur adhésion volontaire",
            "le droit d'en être informé avant le début de la séance",
            "préavis écrit de 120 jours",
            "à l'écran et à voix haute",
            "douze et demi pour cent",
            "sur le formulaire PL-7",
            "a été rejetée par les membres",
        ),
        errors,
    )


def check_allowances(errors: list[str]) -> None:
    text = _read(ALLOWANCES)
    if "|" in text or "\t" in text:
        errors.append(f"{ALLOWANCES}: a '|' or a tab (it is a key-value record, not a table)")
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.startswith("Region: ")]
    if len(blocks) < 5:
        errors.append(f"{ALLOWANCES}: {len(blocks)} 'Region:' blocks (want 5+)")
    for b in blocks:
        keys = [
            line.split(":", 1)[0] for line in b.splitlines() if re.match(r"^[A-Z][\w ]+: ", line)
        ]
        if keys[:3] != ["Region", "Meal allowance", "Mileage"]:
            errors.append(
                f"{ALLOWANCES}: block keys {keys[:3]} (want Region, Meal allowance, Mileage)"
            )
    monday = datetime.date.fromisocalendar(2026, 36, 1)
    if monday != datetime.date(
        2026, 8, 31
    ) or "week 36 of 2026 runs from Monday 31 August" not in _flat(text):
        errors.append(f"{ALLOWANCES}: week 36 of 2026 is not stated with its Monday ({monday})")
    if f"{MINUS}35 zł" not in text:
        errors.append(f"{ALLOWANCES}: no U+2212 correction")
    _lacks(
        ALLOWANCES,
        text,
        (
            "Valid from: 2026-09-01",
            "Region: Lakes Province\nMeal allowance: 134 zł",
            "900–1 100 zł",
        ),
        errors,
    )


def check_guide(errors: list[str]) -> None:
    text = _read(GUIDE)
    lines = text.splitlines()

    def parent(i: int, indent: int) -> str:
        for j in range(i - 1, -1, -1):
            m = re.match(r"^( *)- ", lines[j])
            if m and len(m.group(1)) < indent:
                return lines[j]
        return ""

    depth = {len(m.group(1)) for line in lines if (m := re.match(r"^( *)- ", line))}
    if not {0, 2, 4} <= depth:
        errors.append(f"{GUIDE}: bullet depths {sorted(depth)} (want 0, 2 and 4)")
    found = False
    for i, line in enumerate(lines):
        if line.startswith("  - Par heure de simulation : 156 zł"):
            found = parent(i, 2).startswith("- **Patients standardisés")
    if not found:
        errors.append(f"{GUIDE}: the SP rate is not a sub-bullet under its role's bullet")
    for i, line in enumerate(lines):
        if "1\u202f360 zł" in line and not (
            line.startswith("    - ") and parent(i, 4).startswith("  - Par journée")
        ):
            errors.append(f"{GUIDE}: the 1.IX.2027 step is not a sub-sub-bullet of the day rate")
    if "«\u00a01250zl\u00a0»" in text or "« 1250zl »" not in text:
        errors.append(f"{GUIDE}: '1250zl' not written once between guillemets")


def check_news(errors: list[str]) -> None:
    raw = _read(NEWS)
    root = _tree(raw)
    strongs = [s for p in _find(root, "p") for s in _find(p, "strong")]
    if len(strongs) != 1 or _all_text(strongs[0]) != f"1{NB}295 zł":
        errors.append(f"{NEWS}: want one <strong>1 295 zł</strong> (U+00A0) inside a <p>")
    m = re.search(r"<p>([^<]+)<strong>[^<]+</strong>([^<]+)<sup><a href=\"#(note-\d)\"", raw)
    if not m or not m.group(1).strip() or not re.search(r"[a-zé]$", m.group(2)):
        errors.append(
            f"{NEWS}: the <strong> is not inside a sentence, or the <sup> follows no word"
        )
        return
    notes = [li for li in _find(root, "li") if li["attrs"].get("id") == m.group(3)]
    if len(notes) != 1 or "Du 1er janv. 2027 au 31 août 2027" not in _all_text(notes[0]):
        errors.append(f"{NEWS}: the note {m.group(3)} does not give the period")
    if raw.find(f'id="{m.group(3)}"') < raw.find("</article>"):
        errors.append(f"{NEWS}: the note is not at the foot of the page")
    _lacks(NEWS, html_text(raw), ("812 voix contre la proposition et 97 voix pour",), errors)


def check_text_docs(errors: list[str]) -> None:
    text = _read(EXPIRED)
    if not re.search(r"^> \*\*Expired:\*\* replaced by the 2025-2028 agreement", text, re.M):
        errors.append(
            f"{EXPIRED}: no '> **Expired:** replaced by the 2025-2028 agreement' blockquote"
        )
    _lacks(
        EXPIRED,
        text,
        (
            "**Clause 11.4, voice and movement coaching allowance – KEPT.**",
            "**Clause 9.3, uniform cleaning allowance – NOT KEPT.**",
            "450 zł per academic year",
            "8 per cent",
            "36 months",
        ),
        errors,
    )
    agreement = make_pdf.agreement_text()
    if (
        "Clause 11.4 of the 2022–2025 agreement (voice and movement coaching allowance) remains in force"
        not in agreement
    ):
        errors.append(f"{EXPIRED}: the kept clause is not the one Article 22 keeps")
    with open(os.path.join(DOCS, TUITION), "rb") as f:
        data = f.read()
    for byte in (0xE9, 0xAB, 0xBB, 0x96, 0x92, 0xA0, 0xB0):
        if bytes([byte]) not in data:
            errors.append(f"{TUITION}: no single byte {byte:02X}")
    if data.count(b"\n") != data.count(b"\r\n"):
        errors.append(f"{TUITION}: not CRLF throughout")
    try:
        data.decode("utf-8")
        errors.append(f"{TUITION}: decodes as UTF-8 (should be Windows-1252)")
    except UnicodeDecodeError:
        pass
    if data.decode("cp1252") != make_notice.NOTICE.replace("\n", "\r\n"):
        errors.append(f"{TUITION}: differs from make_notice.py; run it")
    for name in DISTRACTORS:
        with open(os.path.join(DOCS, name), "rb") as f:
            body = f.read().decode("cp1252" if name in CP1252_FILES else "utf-8")
        if re.search(r"\b(?:LGSA|GCSL|LSEA|AESL)\b", body):
            errors.append(f"{name}: a distractor names the Guild or the Association")


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    corpus = "\n".join(vs[0][1] for vs in doc_views.values())
    if any(c in corpus for c in "$€£¥") or re.search(
        r"\b(EUR|USD|GBP|CAD|CHF|dollars?|euros?|francs?)\b", corpus
    ):
        errors.append("a document names another currency")
    for label, pattern in SPELLINGS.items():
        n = len(re.findall(pattern, corpus))
        if not n:
            errors.append(f"nothing written as {label}")
        elif label in ONCE and n != 1:
            errors.append(f"{label} is written {n} times (want once)")


def check_score_link(errors: list[str]) -> None:
    link = os.path.join(HERE, "score.py")
    if not os.path.islink(link) or os.readlink(link) != "../union-c/score.py":
        errors.append("score.py is not the relative link ../union-c/score.py")
    pyproject = os.path.join(HERE, "..", "..", "pyproject.toml")
    if os.path.exists(pyproject):
        with open(pyproject, encoding="utf-8") as f:
            if '"eval/union-ab/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-ab/score.py not in ruff's extend-exclude")


AI_FEE = re.compile(r"avatar|AI tutor", re.I)


def check_rejected(questions: list[dict], doc_views: dict, errors: list[str]) -> None:
    for home in REJECTED_HOMES:
        if not any(score.contains(doc_views[home][0][2], f) for f in REJECTED_FORMS):
            errors.append(f"{home}: does not print the rejected buyout")
    for name, vs in doc_views.items():
        if name not in REJECTED_HOMES and any(
            score.contains(norm, f) for _, _, norm in vs for f in REJECTED_FORMS
        ):
            errors.append(f"{name}: prints the rejected buyout (only the news and the letter may)")
    n = 0
    for q in questions:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                if any(score.contains(score.normalise(alt), f) for f in REJECTED_FORMS):
                    errors.append(f"{q['id']}: the rejected buyout is in must_include")
        if AI_FEE.search(q["question"]) and q["must_include"] and q["kind"] != "adversarial":
            n += 1
            if not set(REJECTED_FORMS) <= set(q["must_not_include"]):
                errors.append(f"{q['id']}: an avatar / AI-fee question without the rejected trap")
    if n < 2:
        errors.append("fewer than two avatar / AI-fee questions trap the rejected buyout")


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
    if LETTER in doc_views:
        trap_norms += [score.normalise(t) for t in docx_deleted(os.path.join(DOCS, LETTER))]

    for name in (AGREEMENT, AWARD, PREVIOUS, LETTER):
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

    for name in (SCHEDULE, ALLOWANCES, CORRIGENDUM, GUIDE, NEWS, EXPIRED, TUITION, ESCAPE):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_agreement(questions, errors)
        check_award(errors)
        check_schedule(errors)
        check_previous(errors)
        check_letter(doc_views, errors)
        check_allowances(errors)
        check_guide(errors)
        check_news(errors)
        check_text_docs(errors)
        check_rejected(questions, doc_views, errors)
        check_non_money(doc_views, errors)
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
            errors.append(f"{doc}: no question uses it")
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
