#!/usr/bin/env python3
"""Check the union-aa set itself: questions.json against docs/ (no project needed).

    python3 eval/union-aa/check_set.py                      # stdlib; PDF and DOCX in the generators' text
    /work/main/.venv/bin/python eval/union-aa/check_set.py  # also python-docx, pdfplumber and pypdf

Checks:
- the fields and values of every question (in union-b's order), ids uaa-001.. in order,
  counts per kind and language, no duplicate, no newline, and that questions.json is what
  make_questions.py writes;
- that every expected source exists, and that EVERY ALTERNATIVE of every must_include
  element occurs, after the scorer's normalisation (score.normalise / score.contains), in
  EVERY view of at least one expected source: HTML without tags (scripts and styles
  dropped) and raw; the platform's price list decoded as Windows-1252; other text as UTF-8;
  the DOCX in the generator's text, in word/document.xml read with zipfile (comments left
  out) and through python-docx (paragraphs and table rows); the PDFs in the generator's
  text, through pdfplumber and through pypdf;
- the accepted forms: stable under normalisation; no bare number of fewer than three digits;
  a bare number never a percentage in an expected source; no trap equal to, or matching, a
  must_include alternative; every trap (but pings and injected figures) found in a document
  (the Word comment counts) or the same figure as one that is;
- that no amount or percentage is glued to a neighbour: every gourde amount printed in a
  document ("G 4 500", "HTG 1,250.00", "1.150,00 G", "1 250 gourdes" with U+00A0 or U+202F,
  "G1250", "gdes 1 250", "−G 150", both ends of "G 900–1 100") and every percentage is found,
  after normalisation and at digit boundaries, in every view of its document; no separator
  stands where the scorer would glue two numbers into one (the range's own thousands space
  excepted); the non-money "G" tokens (Room G2, Grade G3, 5G, Form G-12) are read by no
  amount pattern;
- that the built DOCX and PDFs hold their generators' words and the cp1252 list its
  generator's text;
- the agreement PDF: 8-12 pages in both readers; the running header and "Page N of M" on
  every page; sections "§ 1 – " to "§ 25 – " in order, clauses "§ n.1", "§ n.2" ... in order,
  10+ references "s. n.m"; TWO-COLUMN PAGES (pdfplumber: body text on both halves and no
  character across the gutter) and one-column pages (lines across the middle), at least two
  of each; TABLE 9.1 on two consecutive pages, the HEADER ROW REPEATED on the second under a
  "(continued)" caption, the rows equal to the generator's; the rules the questions use;
- the memorandum PDF: its two tables (pdfplumber) equal to the generator's, every new figure
  also in a sentence ("2 025 gourdes"); the old figures equal to the HTML schedule's, the
  future table's old figures equal to the schedule or the retroactive table; the signature
  block; "Q3 2026" beside its months; "first full pay period after signature" with the
  signature date and the stated Monday, and the first full period computed equal to the
  one the FAQ states;
- the HTML schedule: a <caption>, a <tfoot>, role cells with ROWSPAN equal to their rows, a
  "PY 2026-27" header with COLSPAN 2 over "Rate" and "Minimum call"; its rows (rowspans
  expanded) above the Word schedule's PY 2025-26 figures row by row; the replacement from
  1 April 2026;
- the Word schedule: w:vMerge restart / continue in the role column (python-docx repeats the
  role, the XML keeps it once), SECTION HEADING ROWS with w:gridSpan="4", amounts
  "d.ddd,dd G";
- the letter: one w:comment anchored on the adopted fee, its figure nowhere in the document;
  the e-mail's From / To / Subject / Date headers, its ">" quoted lines with the schedule's
  figure, the relief rate and dates; the FIXED-WIDTH table (a dashed rule under the header,
  every cell starting at its column, no tab or "|"); the minutes' numbered items with the
  figure of item 4 corrected by a later "Rectificatif"; the FAQ's <details><summary> items
  and <dl> glossary; the expired summary's "> **Expired:**" blockquote, kept Clause 14.2 and
  dropped Clause 9.4; the cp1252 file's bytes;
- the amount, percentage and date spellings of SPELLINGS (some exactly once); no other
  currency;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- that the rejected network-wide voice licence is printed only in the minutes and the
  letter, never in must_include, and is a trap of the voice-clone-fee questions;
- that the minutes (French) are an expected source only of English questions and the
  allowances table (English) only of French ones; cross-lingual questions have no source in
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
PREFIX = "uaa"
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
AGREEMENT, SCHEDULE, PREVIOUS, MEMO = M.AGREEMENT, M.SCHEDULE, M.PREVIOUS, M.MEMO
RELIEF, ALLOWANCES, MINUTES, FAQ = M.RELIEF, M.ALLOWANCES, M.MINUTES, M.FAQ
LETTER, EXPIRED, PLATFORM, RADIO = M.LETTER, M.EXPIRED, M.PLATFORM, M.RADIO
DISTRACTORS = {PLATFORM, RADIO}
PDF_TEXT = {AGREEMENT: make_pdf.agreement_text, MEMO: make_pdf.memo_text}
PDF_HEADER = {AGREEMENT: make_pdf.AGREEMENT_HEADER, MEMO: make_pdf.MEMO_HEADER}
DOCX_TEXT = {PREVIOUS: make_docx.schedule_text, LETTER: make_docx.letter_text}
CP1252_FILES = {PLATFORM}
ONLY_EN_QUESTIONS = {MINUTES}  # a French document answered only by English questions
ONLY_FR_QUESTIONS = {ALLOWANCES}  # an English document answered only by French questions
REJECTED_FORMS = M.REJECTED_FORMS
REJECTED_HOMES = {MINUTES, LETTER}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

DOC_LANGUAGE = {
    AGREEMENT: "en",
    SCHEDULE: "en",
    MEMO: "en",
    ALLOWANCES: "en",
    EXPIRED: "en",
    RADIO: "en",
    PREVIOUS: "fr",
    RELIEF: "fr",
    MINUTES: "fr",
    FAQ: "fr",
    LETTER: "fr",
    PLATFORM: "fr",
}

_SP = "[ \u00a0\u202f]"
OOS_ABSENT = {
    "uaa-048": [r"audio ?books?", r"livres? audio", r"\bnarrat"],
    "uaa-049": [r"\bpensions?\b", r"\bretirement\b", r"retraite", r"superannuation"],
    "uaa-050": [r"\bvid[ée]o", r"\bcam[ée]ra", r"\bfilm"],
    "uaa-051": [
        r"\bsing(?:ing|er|ers|s)?\b",
        r"\bsongs?\b",
        r"\bjingles?\b",
        r"music",
        r"musique",
        r"chanson",
    ],
    "uaa-052": [r"\bchild", r"\bminors?\b", r"\bkids?\b", r"\bmineur", r"\benfant", r"guardian"],
    "uaa-053": [r"insur", r"assuranc", r"mutuelle"],
    "uaa-054": [r"ch[ôo]mage", r"unemploy", r"jobless"],
    "uaa-055": [r"imp[ôo]ts?\b", r"\btax", r"fiscal", r"à la source"],
    "uaa-056": [r"parental", r"maternit", r"paternit", r"\bcongés?\b", r"\bbébé", r"naissance"],
    "uaa-057": [r"jeux? vid", r"video ?games?", r"gaming", r"\bjeux?\b"],
    "uaa-058": [f"9{_SP}?,?999"],
    "uaa-059": [r"(?<![\d.,])33 ?(?:%|per cent|pour cent)"],
    "uaa-060": [f"8{_SP}?888"],
}

SPELLINGS = {
    "G first, space thousands (G 4 500)": r"(?<![\w-])G \d{1,3} \d{3}(?!\d)",
    "gourdes after (2 025 gourdes)": "(?<![\\d.,])\\d{1,3}[ \u00a0\u202f]\\d{3} gourdes\\b",
    "ISO code, comma thousands and decimals (HTG 1,250.00)": r"\bHTG \d{1,3},\d{3}\.\d\d\b",
    "dot thousands, decimal comma, G after (1.150,00 G)": r"(?<![\d.,])\d{1,3}\.\d{3},\d\d G\b",
    "G glued to the digits (G1250)": r"(?<![\w-])G\d{4}\b",
    "gdes before (gdes 1 250)": r"\bgdes \d{1,3} \d{3}\b",
    "NO-BREAK SPACE thousands": "\\d\u00a0\\d{3}(?!\\d)",
    "NARROW NO-BREAK SPACE thousands": "\\d\u202f\\d{3}(?!\\d)",
    "an amount in words (mille deux cent cinquante gourdes)": "mille deux cent cinquante gourdes",
    "a range (G 900–1 100)": r"G 900–1 100\b",
    "a negative adjustment with U+2212 (−G 150)": "\u2212G 150\\b",
    "percentage with a decimal comma (7,5 %)": r"(?<![\d,])7,5 %",
    "percentage in words, English (7.5 per cent)": r"(?<![\d.])7\.5 per cent",
    "percentage in words, French (sept et demi pour cent)": r"sept et demi pour cent",
    "date Apr. 1st, 2026": r"Apr\. 1st, 2026",
    "date 1st April 2026": r"\b1st April 2026",
    "date 1 avr. 2026": r"\b1 avr\. 2026",
    "date 2026.04.01": r"\b2026\.04\.01\b",
    "date 01/04/2026, day first (stated)": r"01/04/2026 \(date écrite jour en premier",
    "quarter Q3 2026 with its months": r"Q3 2026 \(July, August and September 2026\)",
    "quarter T3 2026 with its months": r"T3 2026 \(juillet, août et septembre 2026\)",
    "first full pay period after signature": r"first full pay period after\s+signature",
    "pay year 2026-27": r"pay year 2026-27",
    "PY26": r"\bPY26\b",
    "exercice 2026-2027": r"exercice 2026-2027",
    "PY 2026-27": r"\bPY 2026-27\b",
}
ONCE = {
    "G glued to the digits (G1250)",
    "gdes before (gdes 1 250)",
    "an amount in words (mille deux cent cinquante gourdes)",
    "a range (G 900–1 100)",
    "a negative adjustment with U+2212 (−G 150)",
}
NON_MONEY_G = ["Room G2", "Grade G3", "5G", "Form G-12", "salle G2", "formulaire G-12"]

_N = "\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+"
AMOUNTS = [
    re.compile(f"(?<![\\w-])G ({_N}|\\d+)(?![\\d,.]\\d)"),  # "G 4 500", "G 30", "−G 150"
    re.compile(r"(?<![\w-])G(\d{3,})\b"),  # "G1250"
    re.compile(r"\bHTG (\d{1,3}(?:,\d{3})*\.\d\d)\b"),  # "HTG 1,250.00"
    re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})*,\d\d) G\b"),  # "1.150,00 G"
    re.compile(f"(?<![\\d.,])({_N}|\\d{{3,}}) gourdes\\b"),  # "2 025 gourdes"
    re.compile(f"\\bgdes ({_N})"),  # "gdes 1 250"
    re.compile(f"G \\d+–({_N})"),  # the range's upper end
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


def _paragraph_lines(root) -> list[str]:
    lines = []
    for p in root.iter(f"{W_NS}p"):
        parts = []
        for r in p.iter(f"{W_NS}r"):
            for el in r:
                if el.tag == f"{W_NS}t":
                    parts.append(el.text or "")
                elif el.tag == f"{W_NS}tab":
                    parts.append("\t")
        lines.append("".join(parts))
    return lines


def docx_zip_text(path: str) -> str:
    """word/document.xml's paragraphs (table cells included); comments left out."""
    return "\n".join(_paragraph_lines(_zip_xml(path, "word/document.xml")))


def docx_comments(path: str) -> list[str]:
    root = _zip_xml(path, "word/comments.xml")
    if root is None:
        return []
    return ["\n".join(_paragraph_lines(c)) for c in root.iter(f"{W_NS}comment")]


def docx_python_docx(path: str) -> str | None:
    if DOCX is None:
        return None
    d = DOCX.Document(path)
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


def _gourdes(s: str) -> int:
    """'G 1 950' / 'HTG 1,950.00' / '1.950,00 G' / '2 025 gourdes' -> 1950 / 2025."""
    t = re.sub(r"(?<=\d)[.,]\d\d(?!\d)(?!.*\d)", "", s.strip())  # drop the decimals
    return int(re.sub(r"\D", "", t))


def _num(s: str) -> float | str:
    """A trap's value: '2.400,00' / '2 400' / '2,400.00' -> 2400.0; other text as such."""
    t = s.strip()
    if re.fullmatch(r"\d{1,3}(?:[., ]\d{3})*(?:[.,]\d\d)?|\d+", t):
        return float(_gourdes(t))
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
        ("en", ["rn", "w/", "pls", "OT", "gig", "tbh"]),
        ("fr", ["svp", "c", "ajd", "qd", "tjrs", "mm"]),
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
    # code, a time or a range ("2026.04.01 300", "P-4 150", "06:00 100")
    re.compile(r"\d{4,}[ ,]\d{3}(?!\d)"),
    re.compile(r"\d\.\d+[ ,]\d{3}(?!\d)"),
    re.compile(r"\d,\d+ \d{3}(?!\d)"),
    re.compile(r"[-/:.]\d{1,3}[ ,]\d{3}(?!\d)"),
    re.compile(r"–\d{1,3}[ ,]\d{3}(?!\d)"),
]
RANGE_OK = {"–1 100"}  # "G 900–1 100": the upper end's own thousands space


def check_joints(doc_views: dict, errors: list[str]) -> None:
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            flat = _flat(text)
            for rx in GLUE_JOINTS:
                for m in rx.finditer(flat):
                    if m.group(0) in RANGE_OK and "G 900–1 100" in flat:
                        continue
                    errors.append(f"{name}: {m.group(0)!r} would be glued by the scorer ({label})")


def check_non_money(doc_views: dict, errors: list[str]) -> None:
    corpus = "\n".join(vs[0][1] for vs in doc_views.values())
    for token in NON_MONEY_G:
        if not re.search(rf"(?<![\w-]){re.escape(token)}(?![\w-])", corpus):
            errors.append(f"the non-money token {token!r} occurs in no document")
    for name, vs in doc_views.items():
        for token in NON_MONEY_G:
            for m in re.finditer(rf"(?<![\w-]){re.escape(token)}(?![\w-])", vs[0][1]):
                window = vs[0][1][max(0, m.start() - 2) : m.end() + 2]
                for rx in AMOUNTS:
                    if any(token in window[a.start() : a.end()] for a in rx.finditer(window)):
                        errors.append(f"{name}: the amount pattern {rx.pattern!r} reads {token!r}")


# ----------------------------------------------------------------------------------------
# Layouts
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


def check_agreement(errors: list[str]) -> None:
    text = make_pdf.agreement_text()
    heads = re.findall(r"^§ (\d+) – [A-Z]", text, re.M)
    if heads != [str(i) for i in range(1, 26)]:
        errors.append(f"{AGREEMENT}: section headings {heads} are not § 1 to § 25 in order")
    sec, want = 0, 1
    for kind, t in make_pdf.AGREEMENT:
        if kind == "sec":
            sec, want = int(t.split()[1]), 1
        elif kind == "p":
            if not t.startswith(f"§ {sec}.{want} "):
                errors.append(f"{AGREEMENT}: clause {t[:12]!r} is not § {sec}.{want}")
            want += 1
    refs = re.findall(r"\bs\. \d+\.\d+\b", text)
    if len(refs) < 10:
        errors.append(f"{AGREEMENT}: {len(refs)} references 's. n.m' (want 10+)")
    if re.search(r"\b(?:art\.|Article \d|Clause \d+\.\d+ of this)", text):
        errors.append(f"{AGREEMENT}: a clause cited in another style")
    _lacks(
        AGREEMENT,
        text,
        (
            "This Agreement runs from 1 April 2025 to 31 March 2028.",
            "The pay year runs from 1 April to 31 March of the following year.",
            "the first pay period starts on Monday 6 April 2026",
            "Where it states a date before its signature, it is retroactive",
            "When the period ends, the schedule's rate applies again without further notice.",
            "7.5 per cent of the net subscription receipts",
            "paid twice a year: by 15 November",
            "no more than 6 hours a day at the microphone",
            "After every 60 minutes of recording, the performer has a vocal rest of at least 15 minutes",
            "at least 11 hours of rest between two recording days",
            "a live show at least 21 days ahead",
            "less than 24 hours before the start, 100 % of the booked fee",
            "less than 14 days before the show, 100 % of the show fee",
            "within 3 working days of a complaint",
            "Consent is given per series, on Form G-12",
            "A blanket consent, for all series, all shows or all of a company's network, is void.",
            "a voice-clone fee of G 4 500 per series",
            "separate written consent, on Form G-14",
            "G 500 per generated read",
            "12 per cent of the net revenue of each translated episode",
            "The Guild keeps an opt-out register.",
            "within 30 days after the entry",
            "within 60 days after the series ends",
            "a spoken notice in the episode audio",
            "on 45 days' written notice",
            "A consent may not be bought out by a single payment",
            "remains in force for the whole term of this Agreement and is not superseded",
            "Clause 9.4 of the 2022–2025 agreement (home-studio equipment grant) is not kept.",
            "paid in the first full pay period after the memorandum's signature",
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
    two, one = [], []
    table_pages = []
    rows: list[list[str | None]] = []
    with PDFPLUMBER.open(path) as pdf:
        for i, page in enumerate(pdf.pages, 1):
            mid = page.width / 2
            body = [  # the text between the running header and the footer, part headings left out
                c
                for c in page.chars
                if 60 < c["top"] < page.height - 60 and c["text"].strip() and c["size"] < 12
            ]
            across = [c for c in body if c["x0"] < mid + 4 and c["x1"] > mid - 4]
            left = [c for c in body if c["x1"] <= mid - 4]
            right = [c for c in body if c["x0"] >= mid + 4]
            if not across and len(left) > 100 and len(right) > 100:
                two.append(i)
            elif across:
                one.append(i)
            for table in page.extract_tables():
                cells = [_cells(r) for r in table]
                if cells and cells[0] == make_pdf.PREMIUM_HEADER:
                    table_pages.append(i)
                    rows += cells[1:]
                    text = page.extract_text() or ""
                    if len(table_pages) == 2 and make_pdf.TABLE_CONTINUED not in text:
                        errors.append(f"{AGREEMENT}: page {i} lacks {make_pdf.TABLE_CONTINUED!r}")
    if len(two) < 2 or len(one) < 2:
        errors.append(f"{AGREEMENT}: two-column pages {two}, one-column pages {one} (want 2+ each)")
    if len(table_pages) != 2 or table_pages[1] != table_pages[0] + 1:
        errors.append(
            f"{AGREEMENT}: Table 9.1 with its header on pages {table_pages} (want two in a row)"
        )
    if rows != make_pdf.PREMIUMS:
        errors.append(f"{AGREEMENT}: the rows of Table 9.1 read by pdfplumber differ: {rows}")
    for label, pages in pdf_pages(AGREEMENT):
        for k in table_pages:
            for row in make_pdf.PREMIUMS:
                if " ".join(row) in _flat(pages[k - 1]) or " ".join(row[:2]) in _flat(pages[k - 1]):
                    break
            else:
                errors.append(f"{AGREEMENT}: no premium row on page {k} ({label})")


def schedule_rows() -> list[list[str]]:
    """The HTML schedule's body rows with rowspans expanded: [role, unit, rate, call]."""
    raw = _read(SCHEDULE)
    root = _tree(raw)
    tbody = _find(root, "tbody")[0]
    out: list[list[str]] = []
    carry: tuple[str, int] | None = None
    for tr in _find(tbody, "tr"):
        cells = [c for c in tr["children"] if c["tag"] in ("th", "td")]
        texts = [" ".join(_all_text(c).split()) for c in cells]
        if carry and carry[1] > 0:
            texts = [carry[0], *texts]
            carry = (carry[0], carry[1] - 1)
        else:
            span = int(cells[0]["attrs"].get("rowspan", "1"))
            carry = (texts[0], span - 1)
        out.append(texts)
    return out


def previous_rows() -> list[list[str]]:
    """The Word schedule's data rows, role carried down: [role, unit, amount, call]."""
    out = []
    role = ""
    for r in make_docx.SCHEDULE_ROWS:
        if r[0] == "section":
            continue
        role = r[1] or role
        out.append([role, *r[2:]])
    return out


def check_schedule(errors: list[str]) -> None:
    raw = _read(SCHEDULE)
    root = _tree(raw)
    tables = _find(root, "table")
    if len(tables) != 1:
        errors.append(f"{SCHEDULE}: {len(tables)} tables (want 1)")
        return
    t = tables[0]
    for tag in ("caption", "thead", "tbody", "tfoot"):
        if not _find(t, tag):
            errors.append(f"{SCHEDULE}: no <{tag}>")
    heads = _find(_find(t, "thead")[0], "tr")
    group = [c for c in heads[0]["children"] if c["attrs"].get("colspan") == "2"]
    if len(group) != 1 or _all_text(group[0]).strip() != "PY 2026-27":
        errors.append(f"{SCHEDULE}: no 'PY 2026-27' header with colspan=2")
    sub = [_all_text(c).strip() for c in heads[1]["children"] if c["tag"] == "th"]
    if sub != ["Rate", "Minimum call"]:
        errors.append(f"{SCHEDULE}: the spanned sub-headers are {sub}")
    spans = [
        c
        for tr in _find(_find(t, "tbody")[0], "tr")
        for c in tr["children"]
        if "rowspan" in c["attrs"]
    ]
    if len(spans) < 3 or not any(c["attrs"]["rowspan"] == "3" for c in spans):
        errors.append(f"{SCHEDULE}: want role cells with rowspan (one of 3 rows)")
    foot = _find(t, "tfoot")
    if foot and not any(c["attrs"].get("colspan") == "4" for c in _find(foot[0], "td")):
        errors.append(f"{SCHEDULE}: the <tfoot> note does not span the table")
    rows = schedule_rows()
    if any(len(r) != 4 for r in rows):
        errors.append(f"{SCHEDULE}: a row with rowspans expanded is not 4 cells: {rows}")
        return
    prev = previous_rows()
    if len(rows) != len(prev):
        errors.append(f"{SCHEDULE}: {len(rows)} rows, the Word schedule {len(prev)}")
    else:
        for new, old in zip(rows, prev, strict=True):
            if not re.fullmatch(r"HTG \d{1,3}(?:,\d{3})?\.00", new[2]):
                errors.append(f"{SCHEDULE}: rate {new[2]!r} not written 'HTG 1,250.00'")
            elif not _gourdes(new[2]) > _gourdes(old[2]):
                errors.append(f"{SCHEDULE}: {new[:2]} is not above PY 2025-26 {old[2]}")
    _lacks(
        SCHEDULE,
        html_text(raw),
        (
            "This schedule replaces the PY 2025-26 schedule from 1 April 2026.",
            "Effective Apr. 1st, 2026",
            "in force 2026.04.01",
            "Grade G3",
        ),
        errors,
    )


def check_previous(errors: list[str]) -> None:
    path = os.path.join(DOCS, PREVIOUS)
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    sections = [r for r in make_docx.SCHEDULE_ROWS if r[0] == "section"]
    if xml.count('<w:gridSpan w:val="4"/>') != len(sections):
        errors.append(f"{PREVIOUS}: want {len(sections)} section rows with w:gridSpan=4")
    restarts = xml.count('<w:vMerge w:val="restart"/>')
    conts = xml.count("<w:vMerge/>")
    want_c = sum(1 for r in make_docx.SCHEDULE_ROWS if r[0] == "row" and not r[1])
    if restarts < 4 or conts != want_c:
        errors.append(f"{PREVIOUS}: vMerge restart {restarts}, continue {conts} (want {want_c})")
    for r in previous_rows():
        if not re.fullmatch(r"\d{1,3}(?:\.\d{3})?,00 G", r[2]):
            errors.append(f"{PREVIOUS}: amount {r[2]!r} not written '1.150,00 G'")
    zip_lines = docx_zip_text(path).split("\n")
    for r in make_docx.SCHEDULE_ROWS:
        n = sum(1 for x in make_docx.SCHEDULE_ROWS if x[0] == "row" and x[1] == r[1])
        if r[0] == "row" and r[1] and zip_lines.count(r[1]) != n:
            errors.append(
                f"{PREVIOUS}: role {r[1]!r} not once per group in the XML (vertical merge)"
            )
    if DOCX is not None:
        d = DOCX.Document(path)
        table = d.tables[0]
        first = [c.text for c in table.rows[1].cells]
        if len(set(first)) != 1:
            errors.append(f"{PREVIOUS}: python-docx does not see the section row as merged")
        roles = [table.rows[i].cells[0].text for i in (2, 3, 4)]
        if len(set(roles)) != 1 or not roles[0]:
            errors.append(f"{PREVIOUS}: python-docx does not repeat the merged role: {roles}")
    _lacks(PREVIOUS, make_docx.schedule_text(), ("Il a été remplacé le 1 avr. 2026",), errors)


def check_memo(errors: list[str]) -> None:
    text = make_pdf.memo_text()
    sched = {(r[0], r[1]): _gourdes(r[2]) for r in schedule_rows()}
    unit_map = {
        ("Podcast host", "episode of 30-60 min"): ("Podcast host", "Episode of 30-60 min"),
        ("Host-read advertising", "per ad read per episode"): (
            "Host-read advertising",
            "Per ad read per episode",
        ),
        ("Audio-fiction actor", "session of 4 hours"): (
            "Audio-fiction actor",
            "Per recording session of 4 hours",
        ),
        ("ASMR and sleep-content creator", "per finished hour"): (
            "ASMR and sleep-content creator",
            "Per finished hour of content",
        ),
        ("Foley and sound-effect performer", "per day"): (
            "Foley and sound-effect performer",
            "Per day (up to 8 hours)",
        ),
        ("Live-podcast tour performer", "per show"): ("Live-podcast tour performer", "Per show"),
    }
    retro_new = {}
    for r in make_pdf.MEMO_RETRO:
        key = unit_map.get((r[0], r[1]))
        if key is None or sched.get(key) != _gourdes(r[2]) or not _gourdes(r[3]) > _gourdes(r[2]):
            errors.append(f"{MEMO}: retroactive row {r} does not raise the schedule's rate")
        retro_new[(r[0], r[1])] = _gourdes(r[3])
        if f"{_gourdes(r[3]):,}".replace(",", " ") + " gourdes" not in text:
            errors.append(f"{MEMO}: the new rate of {r[:2]} is not also in a sentence")
    for r in make_pdf.MEMO_FUTURE:
        key = unit_map.get((r[0], r[1]))
        before = retro_new.get((r[0], r[1]), sched.get(key))
        if before != _gourdes(r[2]) or not _gourdes(r[3]) > _gourdes(r[2]):
            errors.append(f"{MEMO}: future row {r} does not raise the rate in force")
        if f"{_gourdes(r[3]):,}".replace(",", " ") + " gourdes" not in text:
            errors.append(f"{MEMO}: the future rate of {r[:2]} is not also in a sentence")
    _lacks(
        MEMO,
        text,
        (
            "With effect from 1 July 2026",
            "The increase is retroactive",
            "back pay is owed",
            "From 1 April 2027, the first day of pay year 2027-28",
            "This increase is not retroactive",
            "signed on Thursday 15 October 2026",
            "fortnightly, from Monday 6 April 2026",
            *make_pdf.SIGNATURES,
        ),
        errors,
    )
    # the first full pay period after signature, computed, is the one the FAQ states
    signed = datetime.date(2026, 10, 15)
    start = datetime.date(2026, 4, 6)
    if signed.weekday() != 3 or start.weekday() != 0:
        errors.append(f"{MEMO}: 15 October 2026 is not a Thursday or 6 April 2026 not a Monday")
    first = start
    while first <= signed:
        first += datetime.timedelta(days=14)
    end = first + datetime.timedelta(days=13)
    faq = html_text(_read(FAQ))
    mois = {10: "octobre", 11: "novembre"}
    want = (
        f"du lundi {first.day} {mois[first.month]} au dimanche "
        f"{'1er' if end.day == 1 else end.day} {mois[end.month]} {end.year}"
    )
    if want not in _flat(faq):
        errors.append(f"{FAQ}: does not state the first full pay period after signature ({want})")
    if PDFPLUMBER is None:
        return
    with PDFPLUMBER.open(os.path.join(DOCS, MEMO)) as pdf:
        tables = [[_cells(r) for r in t] for p in pdf.pages for t in p.extract_tables()]
    want_t = [
        [make_pdf.MEMO_HEAD, *make_pdf.MEMO_RETRO],
        [make_pdf.MEMO_HEAD, *make_pdf.MEMO_FUTURE],
    ]
    if tables != want_t:
        errors.append(f"{MEMO}: the tables read by pdfplumber differ: {tables}")


def check_letter(errors: list[str]) -> None:
    path = os.path.join(DOCS, LETTER)
    with zipfile.ZipFile(path) as z:
        doc_xml = z.read("word/document.xml").decode("utf-8")
    comments = docx_comments(path)
    if len(comments) != 1 or make_docx.COMMENT_FIGURE not in comments[0]:
        errors.append(
            f"{LETTER}: comments {comments} (want one proposing {make_docx.COMMENT_FIGURE})"
        )
    m = re.search(
        r'<w:commentRangeStart w:id="(\d+)"/><w:r><w:t>([^<]*)</w:t></w:r>'
        r'<w:commentRangeEnd w:id="\1"/><w:r>.*?<w:commentReference w:id="\1"/>',
        doc_xml,
    )
    if not m or m.group(2) != make_docx.ADOPTED_FEE:
        errors.append(f"{LETTER}: the comment is not anchored on {make_docx.ADOPTED_FEE!r}")
    if score.contains(score.normalise(docx_zip_text(path)), M.COMMENT_FIGURE):
        errors.append(f"{LETTER}: the comment's figure occurs in the document")
    _lacks(
        LETTER,
        make_docx.letter_text(),
        (
            "Le consentement à un clone vocal se donne par série, sur le formulaire G-12",
            "sur le formulaire G-14",
            "sept et demi pour cent",
            "dans les 30 jours",
            "dans les 60 jours après la fin de la série",
            "une annonce parlée dans l'audio de l'épisode",
            "dans les notes d'épisode",
            "un préavis écrit de 45 jours",
            "avant le vendredi 15 janvier 2027",
            "rejetée",
        ),
        errors,
    )
    if "4 500" in _flat(make_docx.letter_text()):
        errors.append(f"{LETTER}: holds the voice-clone fee (it must come from the agreement)")


def check_relief(errors: list[str]) -> None:
    text = _read(RELIEF)
    head, _, body = text.partition("\n\n")
    names = [line.split(":", 1)[0] for line in head.splitlines()]
    if names[:5] != ["From", "To", "Cc", "Subject", "Date"]:
        errors.append(f"{RELIEF}: headers {names}")
    date = re.search(r"^Date: (.+)$", head, re.M)
    if not date or datetime.datetime.strptime(
        date.group(1), "%a, %d %b %Y %H:%M:%S %z"
    ).date() != datetime.date(2026, 5, 25):
        errors.append(f"{RELIEF}: Date header is not a valid 25 May 2026")
    quoted = [line for line in body.splitlines() if line.startswith(">")]
    if len(quoted) < 5 or not any("G 3 400" in line for line in quoted):
        errors.append(f"{RELIEF}: no '>' quoted lines carrying the schedule's G 3 400")
    unquoted = "\n".join(line for line in body.splitlines() if not line.startswith(">"))
    _lacks(
        RELIEF,
        unquoted,
        (
            "du 1er juin au 31 août 2026, le cachet d'un artiste de tournée de balado en direct est de G 2 750 par spectacle",
            "à partir du 1er septembre 2026, le cachet du barème (G 3 400 par spectacle) s'applique de nouveau",
        ),
        errors,
    )
    sched = {r[0]: _gourdes(r[2]) for r in schedule_rows()}
    if sched.get("Live-podcast tour performer") != 3400:
        errors.append(f"{RELIEF}: the e-mail's G 3 400 is not the schedule's live-show rate")


def check_allowances(errors: list[str]) -> None:
    text = _read(ALLOWANCES)
    lines = text.splitlines()
    rule_i = next((i for i, line in enumerate(lines) if re.fullmatch(r"-+(?:  -+)+", line)), None)
    if rule_i is None:
        errors.append(f"{ALLOWANCES}: no dashed rule under a header")
        return
    rule = lines[rule_i]
    starts = [m.start() for m in re.finditer(r"-+", rule)]
    header = lines[rule_i - 1]
    rows = []
    for line in lines[rule_i + 1 :]:
        if not line.strip():
            break
        rows.append(line)
    if len(rows) != 5:
        errors.append(f"{ALLOWANCES}: {len(rows)} table rows (want 5)")
    for line in [header, *rows]:
        if "\t" in line or "|" in line:
            errors.append(f"{ALLOWANCES}: a tab or '|' in {line!r}")
        for k, s in enumerate(starts):
            if line[s : s + 1] == " " or (s > 0 and line[s - 1] != " "):
                errors.append(f"{ALLOWANCES}: column {k + 1} does not start at {s} in {line!r}")
        cells = [
            line[s : (starts[k + 1] if k + 1 < len(starts) else None)].strip()
            for k, s in enumerate(starts)
        ]
        if line is not header and not all(
            re.fullmatch(r"G \d{1,3}(?: \d{3})?", c) for c in cells[1:]
        ):
            errors.append(f"{ALLOWANCES}: cells {cells[1:]} not written 'G 1 350'")
    _lacks(ALLOWANCES, text, ("valid from 1st April 2026", "usually G 900–1 100 per show"), errors)


def check_minutes(errors: list[str]) -> None:
    text = _read(MINUTES)
    items = re.findall(r"^(\d+)\. \*\*", text, re.M)
    if items != [str(i) for i in range(1, len(items) + 1)] or len(items) < 8:
        errors.append(f"{MINUTES}: numbered items {items}")
    blocks = dict(re.findall(r"^(\d+)\. (.+)$", text, re.M))
    first = blocks.get("4", "")
    rect = [k for k, b in blocks.items() if "Rectificatif au point 4" in b]
    if f"2{NB}500 gourdes" not in first:
        errors.append(f"{MINUTES}: item 4 does not state 2 500 gourdes")
    if not rect or int(rect[0]) <= 4 or f"3{NB}500 gourdes" not in blocks[rect[0]]:
        errors.append(f"{MINUTES}: no later 'Rectificatif au point 4' with 3 500 gourdes")
    if "3\u00a0500" in "".join(
        b for k, b in blocks.items() if int(k) < int(rect[0] if rect else 99)
    ):
        errors.append(f"{MINUTES}: the corrected figure appears before the rectificatif")
    _lacks(MINUTES, text, ("rejetée** par 1 146 voix contre 203",), errors)


def check_faq(errors: list[str]) -> None:
    raw = _read(FAQ)
    root = _tree(raw)
    details = _find(root, "details")
    if len(details) < 10:
        errors.append(f"{FAQ}: {len(details)} <details> (want 10+)")
    for d in details:
        summ = _find(d, "summary")
        rest = [c for c in d["children"] if c["tag"] != "summary"]
        if len(summ) != 1 or not _all_text(summ[0]).strip().endswith("?") or not rest:
            errors.append(f"{FAQ}: a <details> without a <summary> question and an answer")
    dl = _find(root, "dl")
    if (
        len(dl) != 1
        or len(_find(dl[0], "dt")) < 4
        or len(_find(dl[0], "dt")) != len(_find(dl[0], "dd"))
    ):
        errors.append(f"{FAQ}: no <dl> glossary of 4+ <dt>/<dd> pairs")
    if NNB not in raw:
        errors.append(f"{FAQ}: no U+202F thousands")
    if f"mille deux cent cinquante gourdes (1{NNB}250 gourdes)" not in raw:
        errors.append(f"{FAQ}: the amount in words is not beside its digits")
    if f"{MINUS}G 150" not in raw:
        errors.append(f"{FAQ}: no negative adjustment written with U+2212")


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
            "**Clause 14.2, vocal-health allowance – KEPT.**",
            "**Clause 9.4, home-studio equipment grant – NOT KEPT.**",
        ),
        errors,
    )
    with open(os.path.join(DOCS, PLATFORM), "rb") as f:
        data = f.read()
    for byte in (0xE9, 0xAB, 0xBB, 0x96, 0x92, 0xA0, 0xB0):
        if bytes([byte]) not in data:
            errors.append(f"{PLATFORM}: no single byte {byte:02X}")
    if data.count(b"\n") != data.count(b"\r\n"):
        errors.append(f"{PLATFORM}: not CRLF throughout")
    try:
        data.decode("utf-8")
        errors.append(f"{PLATFORM}: decodes as UTF-8 (should be Windows-1252)")
    except UnicodeDecodeError:
        pass
    if data.decode("cp1252") != make_notice.NOTICE.replace("\n", "\r\n"):
        errors.append(f"{PLATFORM}: differs from make_notice.py; run it")
    for name in DISTRACTORS:
        with open(os.path.join(DOCS, name), "rb") as f:
            body = f.read().decode("cp1252" if name in CP1252_FILES else "utf-8")
        if re.search(r"\b(?:BGAP|GAAB|BPAPC|CPBAB)\b", body):
            errors.append(f"{name}: a distractor names the Guild or the Council")


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    corpus = "\n".join(vs[0][1] for vs in doc_views.values())
    if any(c in corpus for c in "$€£¥") or re.search(
        r"\b(EUR|USD|GBP|CAD|XOF|FCFA|rand|dollars?|euros?)\b", corpus
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
            if '"eval/union-aa/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-aa/score.py not in ruff's extend-exclude")


CLONE_FEE = re.compile(r"voice-clone fee|clone.*(?:per series|par série)", re.I)


def check_rejected(questions: list[dict], doc_views: dict, errors: list[str]) -> None:
    for home in REJECTED_HOMES:
        if not any(score.contains(doc_views[home][0][2], f) for f in REJECTED_FORMS):
            errors.append(f"{home}: does not print the rejected buyout")
    for name, vs in doc_views.items():
        if name not in REJECTED_HOMES and any(
            score.contains(norm, f) for _, _, norm in vs for f in REJECTED_FORMS
        ):
            errors.append(
                f"{name}: prints the rejected buyout (only the minutes and the letter may)"
            )
    n = 0
    for q in questions:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                if any(score.contains(score.normalise(alt), f) for f in REJECTED_FORMS):
                    errors.append(f"{q['id']}: the rejected buyout is in must_include")
        if CLONE_FEE.search(q["question"]) or "4 500" in json.dumps(q["must_include"]):
            n += 1
            if not set(REJECTED_FORMS) <= set(q["must_not_include"]):
                errors.append(f"{q['id']}: a voice-clone-fee question without the rejected trap")
    if n < 2:
        errors.append("fewer than two voice-clone-fee questions trap the rejected buyout")


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
        trap_norms += [score.normalise(t) for t in docx_comments(os.path.join(DOCS, LETTER))]

    for name in (AGREEMENT, MEMO, PREVIOUS, LETTER):
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

    for name in (SCHEDULE, RELIEF, ALLOWANCES, MINUTES, FAQ, EXPIRED, PLATFORM, RADIO):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_agreement(errors)
        check_schedule(errors)
        check_previous(errors)
        check_memo(errors)
        check_letter(errors)
        check_relief(errors)
        check_allowances(errors)
        check_minutes(errors)
        check_faq(errors)
        check_text_docs(errors)
        check_rejected(questions, doc_views, errors)
    n_amounts = check_glued(doc_views, errors)
    check_joints(doc_views, errors)
    check_non_money(doc_views, errors)
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
