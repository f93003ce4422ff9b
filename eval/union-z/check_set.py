#!/usr/bin/env python3
"""Check the union-z set itself: questions.json against docs/ (no project needed).

    python3 eval/union-z/check_set.py                      # stdlib; PDF and DOCX in the generators' text
    /work/main/.venv/bin/python eval/union-z/check_set.py  # also python-docx, pdfplumber and pypdf

Checks:
- the fields and values of every question, ids uz-001.. in order, counts per kind and
  language, no duplicate question, no newline in a question, and that questions.json is
  what make_questions.py writes;
- that every expected source exists, and that EVERY ALTERNATIVE of every must_include
  element occurs, after the scorer's normalisation (score.normalise / score.contains), in
  EVERY view of at least one expected source: HTML without tags (scripts and styles
  dropped) and raw; the studio's list decoded as Windows-1252; other text as UTF-8; the DOCX
  in the generator's text, in word/document.xml + word/footnotes.xml read with zipfile
  (comments left out), and through python-docx (paragraphs, table rows and the footnotes
  part); the PDFs in the generator's text, through pdfplumber and through pypdf;
- the accepted forms: every alternative stable under normalisation; no bare number of
  fewer than three digits; a bare number never a percentage in an expected source; no trap
  equal to, or matching, a must_include alternative; every trap (but the pings and the
  injected figures) found in a document (the bulletin's Word comment counts);
- that no amount or percentage is glued to a neighbour: every franc amount printed in a
  document ("15 000 FCFA¹", "XOF 48 000", "75.000 F CFA", "FCFA 250,000", "47 000F",
  "62 500 FCFA" with U+202F, "48 000 FCFA" with U+00A0, "165 000 francs CFA", "(12 500)")
  and every percentage ("12,5 %", "12.5%", "25 %") is found, after normalisation and at
  digit boundaries, in every view of that document; and no separator stands where the
  scorer would glue two numbers into one;
- that the built DOCX and PDFs hold their generators' words (rebuild if not), and the
  cp1252 list its generator's text;
- the agreement PDF: 8-12 pages in both readers, running header and "Page N of M" on every
  page; ONE LANDSCAPE PAGE: a portrait MediaBox with /Rotate 90 (pypdf), shown wider than
  high by pdfplumber, holding the Table of Premiums (pdfplumber's table cells equal to the
  generator's, every row one line in both readers), every other page portrait without
  /Rotate; articles "Article 1 – " to "Article 23 – " in order, paragraphs "1.", "2." ...,
  cross-references "art. 7(3)(b)" and "Article 7, paragraph ..."; FOOTNOTE MARKERS glued to
  amounts ("15 000 FCFA¹", "35 000 FCFA²", "18 000 FCFA³") in both readers, each footnote
  printed in the bottom band of the page that holds its marker, below it; the rules the
  questions rely on;
- the rate schedule PDF: landscape pages; TWO-LEVEL HEADERS found by pdfplumber (the group
  cells "AY 2025/26" / "AY 2026/27" each followed by an empty spanned cell, "Role and rate
  unit" and "Notes" spanning both header rows, the sub-columns "Base" / "With royalty
  advance" twice), every data row's cells equal to the generator's, a NOTES column, THE
  WRAPPED ROW (its label on two lines in pdfplumber's cell and in the page text, the amounts
  on the line between them; no other label wraps); its AY 2025/26 columns equal to the
  Markdown schedule, every AY 2026/27 amount above its AY 2025/26 one; the replacement from
  1 October 2026;
- the Markdown 2025-2026 schedule: a pipe table whose ROLE CELL IS BLANK below the first row
  of each role, a Markdown footnote [^1] referenced and defined; its amounts;
- the interim news page: two <li> "role — old → new" in a <ul> of the article, the old
  figures equal to the 2025/26 schedule, the new ones between the 2025/26 and the 2026/27
  figures; an <aside>, a cookie banner, nav and footer; a <script type="application/ld+json">
  that parses as JSON and carries the STALE figure, which occurs nowhere else (not in the
  page's text, not in another document);
- the memorandum: a semicolon export (a header line, rows with the header's field count,
  EXACTLY ONE QUOTED FIELD holding a semicolon, integer amounts without separators, no
  decimal comma); its old column equal to the schedule's AY 2026/27 base, each new figure
  above it; from 2027-01-01;
- the transcript: timestamped speaker turns "[hh:mm:ss] ROLE:" in time order; the
  misstated figure before its correction, the correction in a later turn; the rejected
  "1,2 million FCFA" with "FCFA 1,200,000" in the same turn; "1.10.26" beside "1 October
  2026"; "week 40 of 2026" beside its Monday (computed);
- the bulletin DOCX: a w:comment in word/comments.xml anchored (commentRangeStart/End and
  commentReference) on the adopted figure, its proposed figure nowhere in document.xml or
  footnotes.xml; a w:footnote in word/footnotes.xml referenced by w:footnoteReference, with
  the condition of the aid; python-docx's plain Paragraph.text without the footnote (the
  reader's trap, documented); the pay statement's deduction in parentheses and its
  arithmetic; the royalty share in words; the letter's rules;
- the FAQ: "### " questions each followed by an answer, paragraphs and NESTED bullet lists,
  the entry fee in words only, U+202F and U+00A0 thousands; the expired summary's
  <div role="alert"> banner, kept Clause 12(4) and dropped Clause 9(3); the studio list's
  encoding (single bytes E9, AB, BB, 96, 92, A0, B0, CRLF, not UTF-8);
- the franc, percentage and date spellings listed in SPELLINGS (some exactly once); no $, €,
  £, EUR, USD, ZAR, rand...;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- that the rejected all-purpose perpetual licence occurs only in the transcript and the
  bulletin, is never in must_include and is a trap of the questions on the monthly licence
  fee;
- that the transcript (English) is an expected source only of French questions and the
  bulletin (French) only of English questions; cross-lingual questions have no source in
  their language, the others one in theirs; multi-doc elements are never all in one
  source; every non-distractor document is used, no distractor is;
- that every document is 2,000-25,000 characters (in its first view);
- that the out-of-scope questions' key terms and the adversarial questions' injected
  figures occur in no document (in any view).
Exit 1 on any error.
"""

from __future__ import annotations

import csv
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
PREFIX = "uz"
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
SHORTHAND = ["rn", "w/", "pls", "OT", "gig", "tbh", "svp", "c", "ajd", "qd", "tjrs", "mm"]

OOS_ABSENT = {
    "uz-048": [r"\bpensions?\b", r"retraite", r"\bretirement\b", r"superannuation"],
    "uz-049": [
        r"\btax(?:es|ed|ation|able)?\b",
        r"imp[ôo]ts?\b",
        r"withh[oe]ld",
        r"fiscal",
        r"\bvat\b",
        r"\btva\b",
    ],
    "uz-050": [r"\bsing(?:ing|er|ers|s)?\b", r"\bsongs?\b", r"music", r"musique", r"\bchant"],
    "uz-051": [r"\bchild", r"\bminors?\b", r"\bmineur", r"\benfant", r"underage"],
    "uz-052": [r"insur", r"assuranc", r"mutuelle", r"\bhealth", r"\bsanté\b"],
    "uz-053": [r"\bgames?\b", r"jeux? vid", r"gaming", r"\bnpcs?\b", r"per line"],
    "uz-054": [r"parental", r"maternit", r"paternit", r"naissance", r"\bcongés?\b"],
    "uz-055": [r"livres? audio", r"audiobook", r"audio ?book", r"\bnarrat"],
    "uz-056": [r"ch[ôo]mage", r"unemploy", r"jobless", r"\ballocations?\b"],
    "uz-057": [r"\banimal", r"\banimaux\b", r"cr[ée]ature", r"\bcris\b", r"growl"],
    "uz-058": ["99[ ,.\u00a0\u202f]?000"],
    "uz-059": [r"(?<![\d.,])40[ \u00a0\u202f]?%", r"\b40 (?:pour|per) ?cent"],
    "uz-060": ["77[ ,.\u00a0\u202f]?777"],
}

AGREEMENT = make_questions.AGREEMENT
SCHEDULE = make_questions.SCHEDULE
PREVIOUS = make_questions.PREVIOUS
INTERIM = make_questions.INTERIM
AMENDMENT = make_questions.AMENDMENT
BULLETIN = make_questions.BULLETIN
LETTER = make_questions.LETTER
TRANSCRIPT = make_questions.TRANSCRIPT
FAQ = make_questions.FAQ
EXPIRED = make_questions.EXPIRED
STUDIO = make_questions.STUDIO
UNIVERSITY = make_questions.UNIVERSITY
DISTRACTORS = {STUDIO, UNIVERSITY}
PDF_TEXT = {AGREEMENT: make_pdf.agreement_text, SCHEDULE: make_pdf.schedule_text}
PDF_HEADER = {AGREEMENT: make_pdf.AGREEMENT_HEADER, SCHEDULE: make_pdf.SCHEDULE_HEADER}
DOCX_TEXT = {BULLETIN: make_docx.bulletin_text, LETTER: make_docx.letter_text}
CP1252_FILES = {STUDIO}
ONLY_FR_QUESTIONS = {TRANSCRIPT}  # an English document answered only by French questions
ONLY_EN_QUESTIONS = {BULLETIN}  # a French document answered only by English questions
REJECTED_FORMS = make_questions.REJECTED_FORMS  # the all-purpose perpetual licence, rejected
REJECTED_HOMES = {TRANSCRIPT, BULLETIN}
STALE = make_questions.STALE_JSONLD
COMMENT_FIGURE = make_questions.COMMENT_FIGURE
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

DOC_LANGUAGE = {
    AGREEMENT: "en",
    SCHEDULE: "en",
    AMENDMENT: "en",
    TRANSCRIPT: "en",
    EXPIRED: "en",
    UNIVERSITY: "en",
    PREVIOUS: "fr",
    INTERIM: "fr",
    BULLETIN: "fr",
    LETTER: "fr",
    FAQ: "fr",
    STUDIO: "fr",
}

SPELLINGS = {
    "space thousands, FCFA after (75 000 FCFA)": r"(?<![\d.,])\d{1,3} \d{3} FCFA\b",
    "dot thousands, F CFA after (75.000 F CFA)": r"(?<![\d.,])\d{1,3}\.\d{3} F CFA\b",
    "FCFA before, comma thousands (FCFA 75,000)": r"\bFCFA \d{1,3},\d{3}\b",
    "F glued after (75 000F)": r"(?<![\d.,])\d{1,3} \d{3}F\b",
    "ISO code before (XOF 75 000)": r"\bXOF \d{1,3} \d{3}\b",
    "francs CFA after (75 000 francs CFA)": "(?<![\\d.,])\\d{1,3}[ \u00a0]\\d{3} francs CFA\\b",
    "millions with a decimal comma (1,2 million FCFA)": r"\b1,2 million FCFA\b",
    "an amount in words (soixante-quinze mille francs)": r"soixante-quinze mille francs",
    "NO-BREAK SPACE thousands": "\\d\u00a0\\d{3}(?!\\d)",
    "NARROW NO-BREAK SPACE thousands": "\\d\u202f\\d{3}(?!\\d)",
    "a deduction in parentheses ((12 500))": "\\(\\d{1,3}[ \u00a0\u202f]\\d{3}\\)",
    "footnote marker glued to an amount (FCFA¹)": r"\d FCFA[¹²³]",
    "percentage with a decimal comma (12,5 %)": r"(?<![\d,])12,5 %",
    "percentage with a decimal point (12.5%)": r"(?<![\d.])12\.5%",
    "percentage in words (douze et demi pour cent)": r"douze et demi pour cent",
    "date with dots, day first (01.10.2026)": r"(?<![\d.])01\.10\.2026\b",
    "date with a two-digit year (1.10.26)": r"(?<![\d.])1\.10\.26(?![\d.])",
    "ISO date (2026-10-01)": r"(?<![\d-])2026-10-01\b",
    "date 1er octobre 2026": r"1er octobre 2026",
    "date October 1, 2026": r"October 1, 2026",
    "ISO week (week 40 of 2026)": r"week 40 of 2026",
    "agreement year 2026-27": r"agreement year 2026-27",
    "AY 2026/27": r"\bAY 2026/27\b",
    "exercice 2026-2027": r"exercice 2026-2027",
    "amendment from 1 January 2027": r"1 JANUARY 2027|1 January 2027",
    "interim adjustment from 1er juillet 2026": r"1er juillet 2026",
}
ONCE = {
    "millions with a decimal comma (1,2 million FCFA)",
    "an amount in words (soixante-quinze mille francs)",
    "a deduction in parentheses ((12 500))",
    "date with a two-digit year (1.10.26)",
    "ISO week (week 40 of 2026)",
}
_N = "\\d{1,3}(?:[ \u00a0\u202f.,]\\d{3})+"
AMOUNTS = [
    # "15 000 FCFA¹", "75.000 F CFA", "165 000 francs CFA", "47 000F", "300 FCFA"
    re.compile(f"(?<![\\d.,])({_N}|\\d{{3,}})(?: ?(?:FCFA|F CFA|francs CFA)|F(?![A-Za-z]))"),
    re.compile(f"\\b(?:FCFA|XOF) ({_N}|\\d{{3,}})(?![\\d])"),  # "XOF 48 000", "FCFA 250,000"
    re.compile(f"\\(({_N})\\)"),  # "(12 500)"
    re.compile("(?<![\\d.,])(\\d{1,3}(?:[\u00a0\u202f]\\d{3})+)(?![\\d])"),  # table cells
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
    """The PDF's pages through pdfplumber and through pypdf, each when importable."""
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
    """word/document.xml's paragraphs (table cells included), then word/footnotes.xml's;
    word/comments.xml is left out (a comment is not the document's text)."""
    lines = _paragraph_lines(_zip_xml(path, "word/document.xml"))
    foot = _zip_xml(path, "word/footnotes.xml")
    if foot is not None:
        lines += _paragraph_lines(foot)
    return "\n".join(lines)


def docx_comments(path: str) -> list[str]:
    root = _zip_xml(path, "word/comments.xml")
    if root is None:
        return []
    return ["\n".join(_paragraph_lines(c)) for c in root.iter(f"{W_NS}comment")]


def docx_python_docx(path: str) -> str | None:
    """python-docx's paragraphs and table rows, then the footnotes part read through
    python-docx's package (Paragraph.text alone never shows a footnote)."""
    if DOCX is None:
        return None
    d = DOCX.Document(path)
    lines = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            lines.append(" | ".join(c.text for c in row.cells))
    for part in d.part.package.iter_parts():
        if str(part.partname) == "/word/footnotes.xml":
            lines += _paragraph_lines(ElementTree.fromstring(part.blob))
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


def _francs(s: str) -> int:
    """'XOF 48 000' / '45 000F' / '120 000 FCFA' / '165000' -> an integer."""
    digits = re.sub(r"[^\d]", "", re.sub(r"XOF|FCFA|F\b", "", s))
    return int(digits)


def _num(s: str) -> float | str:
    """A trap's value: '90 000' / '1,200,000' / '1.200.000' -> a number; other text as such."""
    t = s.strip()
    if re.fullmatch(r"\d{1,3}(?:[., ]\d{3})+|\d+", t):
        return float(re.sub(r"[., ]", "", t))
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
        if len([b for b in q.get("must_not_include", []) if not b.startswith("@")]) != 1:
            errors.append(f"{qid}: adversarial question without exactly one injected figure")
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
    for lang, words in (
        ("en", ["rn", "w/", "pls", "OT", "gig", "tbh"]),
        ("fr", ["svp", "c", "ajd", "qd", "tjrs", "mm"]),
    ):
        text = " ".join(q["question"] for q in questions if q["language"] == lang)
        for word in words:
            if not re.search(rf"(?<![\w/]){re.escape(word)}(?![\w/])", text):
                errors.append(f"no {lang} question uses the shorthand {word!r}")
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
    """Every franc amount and percentage printed in a document must survive normalisation."""
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
    # ("4.80 250"), or a number that ends a date, a code, a range or a time ("01.10.2026 750",
    # "AY 2026/27 480", "P-4 300", "22:00 100")
    re.compile(r"\d{4,}[ ,]\d{3}(?!\d)"),
    re.compile(r"\d\.\d+[ ,]\d{3}(?!\d)"),
    re.compile(r"\d,\d+ \d{3}(?!\d)"),
    re.compile(r"[-–/:]\d{1,3}[ ,]\d{3}(?!\d)"),
]


def check_joints(doc_views: dict, errors: list[str]) -> None:
    """No two numbers that the scorer's thousands rule would glue into one, in any view."""
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            flat = _flat(text)
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


def _cells(row) -> list[str | None]:
    return [None if c is None else " ".join(c.split()) for c in row]


def check_agreement(errors: list[str]) -> None:
    text = make_pdf.agreement_text()
    heads = re.findall(r"^Article (\d+) – [A-Z]", text, re.M)
    if heads != [str(i) for i in range(1, 24)]:
        errors.append(f"{AGREEMENT}: article headings {heads} are not Article 1 to 23 in order")
    art = 0
    expected_par = 1
    for kind, t in make_pdf.AGREEMENT:
        if kind == "art":
            art += 1
            expected_par = 1
        elif kind == "p":
            if not t.startswith(f"{expected_par}. "):
                errors.append(
                    f"{AGREEMENT}: Article {art} paragraph does not open '{expected_par}. '"
                )
            expected_par += 1
    refs = re.findall(r"\bart\. \d+\(\d+\)(?:\([a-z]\))?", text)
    if len(refs) < 10 or "art. 7(3)(b)" not in refs:
        errors.append(
            f"{AGREEMENT}: {len(refs)} references 'art. n(m)(x)' (want 10+, with art. 7(3)(b))"
        )
    if "Article 7, paragraph 3(b)" not in text:
        errors.append(f"{AGREEMENT}: no reference written 'Article 7, paragraph 3(b)'")
    if re.search(r"§|\bClause \d+\.\d+ of this", text):
        errors.append(f"{AGREEMENT}: a clause cited in another style")
    for mark, note in make_pdf.FOOTNOTES.items():
        if not re.search(rf"\d \d{{3}} FCFA{mark}", text):
            errors.append(f"{AGREEMENT}: footnote marker {mark} not glued to an amount")
        if not note.startswith(mark + " "):
            errors.append(f"{AGREEMENT}: footnote {mark} does not open with its marker")
    _lacks(
        AGREEMENT,
        text,
        (
            "This Agreement runs from 1 October 2024 to 30 September 2027.",
            "each running from 1 October to 30 September of the following year",
            "replaces the schedule of the previous agreement year from 1 October",
            "A new figure applies only to work done from the date the memorandum states",
            "Neither an interim adjustment nor an amendment is retroactive.",
            "booked in writing at least 72 hours before it starts",
            "booked in writing at least 10 days ahead",
            "Less than 48 hours before the start: 100 % of the booked fee",
            "paid for at least 3 finished studio hours",
            "no more than 5 hours a day in the booth",
            "at least 10 minutes after every 50 minutes of recording",
            "at least 12 hours of rest",
            "a royalty share of 12,5 % of the net receipts",
            "paid quarterly, within 30 days after the end of each quarter",
            "A re-scan is booked at least 21 days ahead",
            "a wardrobe allowance of 15 000 FCFA¹ per scan session",
            "300 FCFA per km beyond the first 25 km",
            "a per diem of 35 000 FCFA²",
            "the company acts within 48 hours",
            "(a) training, on form C-1",
            "(b) product, on form C-2",
            "within 15 days of a written request",
            "runs for 3 years at most. It is renewable only with new consent",
            "Within 60 days after a licence ends",
            "deletion certificate",
            "political or adult content",
            "No sublicensing to third parties without the performer's written consent",
            "Synthetic voice of",
            "withdraw a consent on 90 days' notice",
            "No more than 40 hours of audio are generated each month",
            "No perpetual, all-purpose or lump-sum licence",
            "remains in force for the whole term of this Agreement and is not superseded",
            "a throat-care allowance of 18 000 FCFA³ per agreement year",
            "Clause 9(3) of the 2021–2024 agreement (home recording booth grant) is not kept.",
        ),
        errors,
    )
    if PYPDF is None or PDFPLUMBER is None:
        return
    path = os.path.join(DOCS, AGREEMENT)
    reader = PYPDF.PdfReader(path)
    rotations = [int(p.get("/Rotate", 0) or 0) for p in reader.pages]
    rotated = [i for i, r in enumerate(rotations) if r % 360]
    if len(rotated) != 1 or rotations[rotated[0]] != 90:
        errors.append(f"{AGREEMENT}: pages with /Rotate {rotations} (want exactly one at 90)")
        return
    k = rotated[0]
    for i, p in enumerate(reader.pages):
        w, h = float(p.mediabox.width), float(p.mediabox.height)
        if not w < h:
            errors.append(f"{AGREEMENT}: page {i + 1} MediaBox is not portrait")
    readers = pdf_pages(AGREEMENT)
    for label, pages in readers:
        if not 8 <= len(pages) <= 12:
            errors.append(f"{AGREEMENT}: {len(pages)} pages in {label} (want 8-12)")
        _check_running(AGREEMENT, label, pages, errors)
        flat = _flat(pages[k])
        for row in make_pdf.PREMIUMS:
            if " ".join(row) not in flat:
                errors.append(
                    f"{AGREEMENT}: premium row {row[0]} not one line on page {k + 1} ({label})"
                )
        for mark in make_pdf.FOOTNOTES:
            on = [i for i, pg in enumerate(pages) if re.search(rf"\d \d{{3}} FCFA{mark}", pg)]
            if len(on) != 1:
                errors.append(f"{AGREEMENT}: marker FCFA{mark} on pages {on} ({label})")
    with PDFPLUMBER.open(path) as pdf:
        for i, page in enumerate(pdf.pages):
            if (page.width > page.height) != (i == k):
                errors.append(f"{AGREEMENT}: page {i + 1} shown {page.width}x{page.height}")
        page = pdf.pages[k]
        tables = page.extract_tables()
        want = [make_pdf.PREMIUM_HEADER, *make_pdf.PREMIUMS]
        if not tables or [_cells(r) for r in tables[0]] != want:
            errors.append(
                f"{AGREEMENT}: the Table of Premiums read by pdfplumber differs: {tables[:1]}"
            )
        if not all(c["upright"] for c in page.chars):
            errors.append(f"{AGREEMENT}: the landscape page's text is not upright once rotated")
        for i, pg in enumerate(pdf.pages):
            for mark, note in make_pdf.FOOTNOTES.items():
                markers = pg.search(rf"\d FCFA{mark}")
                if not markers:
                    continue
                notes = pg.search(re.escape(note[:30]))
                if not notes:
                    errors.append(f"{AGREEMENT}: footnote {mark} not on page {i + 1}, its marker's")
                    continue
                if not (notes[0]["top"] > markers[0]["top"] and notes[0]["top"] > 0.8 * pg.height):
                    errors.append(f"{AGREEMENT}: footnote {mark} not at the foot of page {i + 1}")


def schedule_figures() -> dict[str, list[int | None]]:
    """Row label -> [2025/26 base, with advance, 2026/27 base, with advance] (None for '—')."""
    out = {}
    for row in make_pdf.SCHEDULE_ROWS:
        out[row[0]] = [None if c == make_pdf.D else _francs(c) for c in row[1:5]]
    return out


def check_schedule(errors: list[str]) -> None:
    text = make_pdf.schedule_text()
    _lacks(
        SCHEDULE,
        text,
        (
            "This Rate Schedule replaces the Rate Schedule for agreement year 2025-26 from "
            "1 October 2026 (2026-10-01).",
            "Effective 01.10.2026.",
            "as adjusted on 1 July 2026 for two rows",
            "12.5% of net receipts, paid quarterly",
        ),
        errors,
    )
    for label, figs in schedule_figures().items():
        for old, new in ((figs[0], figs[2]), (figs[1], figs[3])):
            if (old is None) != (new is None) or (old is not None and not new > old):
                errors.append(f"{SCHEDULE}: {label}: AY 2026/27 not above AY 2025/26")
    if any("%" in c for r in make_pdf.SCHEDULE_ROWS for c in r):
        errors.append(f"{SCHEDULE}: a percentage in the table")
    if PDFPLUMBER is None:
        return
    path = os.path.join(DOCS, SCHEDULE)
    head0 = ["Role and rate unit", "AY 2025/26", None, "AY 2026/27", None, "Notes"]
    head1 = [None, "Base", "With royalty advance", "Base", "With royalty advance", None]
    rows: list[list[str | None]] = []
    raw_rows = []
    with PDFPLUMBER.open(path) as pdf:
        for i, page in enumerate(pdf.pages):
            if not page.width > page.height:
                errors.append(f"{SCHEDULE}: page {i + 1} is not landscape")
            for table in page.extract_tables():
                cells = [_cells(r) for r in table]
                if cells[:2] != [head0, head1]:
                    errors.append(f"{SCHEDULE}: page {i + 1}: the two header rows are {cells[:2]}")
                rows += cells[2:]
                raw_rows += table[2:]
        page_text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    want = [[" ".join(c.split()) for c in r] for r in make_pdf.SCHEDULE_ROWS]
    if rows != want:
        errors.append(f"{SCHEDULE}: the data rows read by pdfplumber differ from the generator's")
    for i, r in enumerate(raw_rows):
        wrapped = "\n" in (r[0] or "")
        if wrapped != (i == make_pdf.WRAPPED_ROW):
            errors.append(f"{SCHEDULE}: row {i + 1}'s label wrapped={wrapped}")
        if i == make_pdf.WRAPPED_ROW:
            first, second = r[0].split("\n")
            lines = page_text.split("\n")
            at = [j for j, line in enumerate(lines) if line.strip() == first.strip()]
            amounts = " ".join(make_pdf.SCHEDULE_ROWS[i][1:5])
            if (
                not at
                or amounts not in lines[at[0] + 1]
                or lines[at[0] + 2].strip() != second.strip()
            ):
                errors.append(
                    f"{SCHEDULE}: the wrapped row is not label / amounts / label in the text"
                )
    if not all(r[5] for r in make_pdf.SCHEDULE_ROWS):
        errors.append(f"{SCHEDULE}: a row without a note")


def check_previous(errors: list[str]) -> None:
    with open(os.path.join(DOCS, PREVIOUS), encoding="utf-8") as f:
        text = f.read()
    rows = [
        [c.strip() for c in line.strip().strip("|").split("|")]
        for line in text.splitlines()
        if line.startswith("|") and not line.startswith("|---")
    ]
    header, body = rows[0], rows[1:]
    if header[:4] != ["Rôle", "Unité", "Base", "Avec avance sur redevances"]:
        errors.append(f"{PREVIOUS}: table header {header}")
    blanks = sum(1 for r in body if r[0] == "")
    if blanks < 4 or body[0][0] == "":
        errors.append(f"{PREVIOUS}: {blanks} blank role cells (want 4+, not on the first row)")
    roles = []
    for r in body:
        if r[0]:
            roles.append(r[0])
    if len(roles) != len(set(roles)):
        errors.append(f"{PREVIOUS}: a role repeated instead of left blank")
    figs = [[None if c == "—" else _francs(c) for c in r[2:4]] for r in body]
    sched = [v[:2] for v in schedule_figures().values()]
    if figs != sched:
        errors.append(f"{PREVIOUS}: amounts {figs} differ from the schedule's AY 2025/26 {sched}")
    if "[^1]" not in text or not re.search(r"^\[\^1\]: ", text, re.M):
        errors.append(f"{PREVIOUS}: no Markdown footnote [^1] referenced and defined")
    _lacks(PREVIOUS, text, ("remplacé le 1er octobre 2026",), errors)


def check_interim(doc_views: dict, errors: list[str]) -> None:
    with open(os.path.join(DOCS, INTERIM), encoding="utf-8") as f:
        raw = f.read()
    root = _tree(raw)
    article = _find(root, "article")
    uls = _find(article[0], "ul") if article else []
    items = [_all_text(li).strip() for ul in uls for li in _find(ul, "li")]
    rx = re.compile(r"^(.+?) — (\d{1,3} \d{3})F → (\d{1,3} \d{3})F$")
    parsed = [rx.match(i) for i in items]
    if len(items) != 2 or not all(parsed):
        errors.append(f"{INTERIM}: the article's <ul> is not two 'role — old → new' items: {items}")
    else:
        figs = schedule_figures()
        keys = list(figs)
        for m, key in zip(parsed, (keys[0], keys[2]), strict=True):
            old, new = _francs(m.group(2)), _francs(m.group(3))
            if old != figs[key][0] or not old < new < figs[key][2]:
                errors.append(f"{INTERIM}: {m.group(0)!r} does not fit the schedule row {key!r}")
    for tag in ("aside", "nav", "footer", "header"):
        if not _find(root, tag):
            errors.append(f"{INTERIM}: no <{tag}>")
    if 'id="cookie-banner"' not in raw:
        errors.append(f"{INTERIM}: no cookie banner")
    scripts = [s for s in _find(root, "script") if s["attrs"].get("type") == "application/ld+json"]
    if len(scripts) != 1:
        errors.append(f"{INTERIM}: {len(scripts)} JSON-LD scripts (want 1)")
    else:
        data = json.loads(scripts[0]["text"])
        if STALE + "F" not in data.get("description", ""):
            errors.append(f"{INTERIM}: the JSON-LD does not carry the stale figure {STALE}F")
        outside = raw.replace(scripts[0]["text"], "")
        if score.contains(score.normalise(outside), STALE):
            errors.append(f"{INTERIM}: the stale figure occurs outside the JSON-LD script")
    for name, vs in doc_views.items():
        for label, _, norm in vs:
            if (name, label) != (INTERIM, "raw") and score.contains(norm, STALE):
                errors.append(f"{name}: the stale JSON-LD figure {STALE} occurs ({label})")
    _lacks(
        INTERIM,
        raw,
        ("à partir du 1er juillet 2026 (01.07.2026)", "Pas d'effet rétroactif"),
        errors,
    )


def check_amendment(errors: list[str]) -> None:
    with open(os.path.join(DOCS, AMENDMENT), encoding="utf-8") as f:
        text = f.read()
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("code;")), None)
    if start is None:
        errors.append(f"{AMENDMENT}: no export header line 'code;...'")
        return
    block = []
    for line in lines[start:]:
        if not line.strip():
            break
        block.append(line)
    parsed = list(csv.reader(block, delimiter=";", quotechar='"'))
    header, rows = parsed[0], parsed[1:]
    if len(rows) != 4 or any(len(r) != len(header) for r in rows):
        errors.append(
            f"{AMENDMENT}: export rows {rows} do not have the header's {len(header)} fields"
        )
    quoted = [c for r in rows for c in r if ";" in c]
    if len(quoted) != 1 or sum(line.count('"') for line in block) != 2:
        errors.append(f"{AMENDMENT}: want exactly one quoted field holding a semicolon")
    if re.search(r"\d,\d", "\n".join(block)):
        errors.append(f"{AMENDMENT}: a decimal comma in the export")
    sched = {r[0]: _francs(r[3]) for r in make_pdf.SCHEDULE_ROWS}
    wanted = {
        "T-2": make_pdf.SCHEDULE_ROWS[1][0],
        "D-1": make_pdf.SCHEDULE_ROWS[2][0],
        "S-1": make_pdf.SCHEDULE_ROWS[4][0],
        "V-1": make_pdf.SCHEDULE_ROWS[7][0],
    }
    for r in rows:
        if not (re.fullmatch(r"\d+", r[3]) and re.fullmatch(r"\d+", r[4])):
            errors.append(f"{AMENDMENT}: amounts {r[3:5]} not integers without separators")
            continue
        label = wanted.get(r[0])
        if label is None or int(r[3]) != sched[label] or not int(r[4]) > int(r[3]):
            errors.append(f"{AMENDMENT}: row {r[0]} does not raise the schedule's AY 2026/27 base")
    _lacks(
        AMENDMENT, text, ("FROM 1 JANUARY 2027", "(2027-01-01)", "No retroactive effect."), errors
    )


TURN = re.compile(r"^\[(\d\d):(\d\d):(\d\d)\] ([A-Z][A-Z ]*[A-Z]): ", re.M)


def check_transcript(errors: list[str]) -> None:
    with open(os.path.join(DOCS, TRANSCRIPT), encoding="utf-8") as f:
        text = f.read()
    turns = list(TURN.finditer(text))
    secs = [int(h) * 3600 + int(m) * 60 + int(s) for h, m, s, _ in (t.groups() for t in turns)]
    if len(turns) < 15 or secs != sorted(secs) or len(set(secs)) != len(secs):
        errors.append(
            f"{TRANSCRIPT}: {len(turns)} speaker turns, timestamps in order: {secs == sorted(secs)}"
        )
    bodies = [
        text[t.start() : (turns[i + 1].start() if i + 1 < len(turns) else len(text))]
        for i, t in enumerate(turns)
    ]
    wrong = [i for i, b in enumerate(bodies) if "FCFA\n500,000" in b or "FCFA 500,000" in b]
    right = [i for i, b in enumerate(bodies) if "correction" in b.lower() and "FCFA 250,000" in b]
    if not wrong or not right or not wrong[0] < right[0]:
        errors.append(f"{TRANSCRIPT}: misstated figure not followed by its correction")
    elif "250,000" in "".join(bodies[: right[0]]):
        errors.append(f"{TRANSCRIPT}: the corrected figure appears before the correction")
    both = [b for b in bodies if "1,2 million FCFA" in b and "FCFA 1,200,000" in b]
    if len(both) != 1:
        errors.append(f"{TRANSCRIPT}: '1,2 million FCFA' not written out in full in the same turn")
    if not re.search(r"1\.10\.26, that is\s+1 October 2026", text):
        errors.append(f"{TRANSCRIPT}: '1.10.26' without the full date beside it")
    m = re.search(r"week (\d+) of (\d{4}), the week starting Monday (\d+) (\w+) (\d{4})", text)
    if not m:
        errors.append(f"{TRANSCRIPT}: no ISO week with its Monday")
    else:
        monday = datetime.date.fromisocalendar(int(m.group(2)), int(m.group(1)), 1)
        stated = datetime.datetime.strptime(" ".join(m.group(3, 4, 5)), "%d %B %Y").date()
        if monday != stated:
            errors.append(f"{TRANSCRIPT}: week {m.group(1)} starts on {monday}, not {stated}")


def check_bulletin(errors: list[str]) -> None:
    path = os.path.join(DOCS, BULLETIN)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        doc_xml = z.read("word/document.xml").decode("utf-8")
        foot_xml = (
            z.read("word/footnotes.xml").decode("utf-8") if "word/footnotes.xml" in names else ""
        )
        ct = z.read("[Content_Types].xml").decode("utf-8")
        rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
    comments = docx_comments(path)
    if len(comments) != 1 or COMMENT_FIGURE not in comments[0]:
        errors.append(f"{BULLETIN}: comments {comments} (want one proposing {COMMENT_FIGURE})")
    m = re.search(
        r'<w:commentRangeStart w:id="(\d+)"/><w:r><w:t>([^<]*)</w:t></w:r>'
        r'<w:commentRangeEnd w:id="\1"/><w:r>.*?<w:commentReference w:id="\1"/>',
        doc_xml,
    )
    if not m or m.group(2) != make_docx.ADOPTED_AID:
        errors.append(f"{BULLETIN}: the comment is not anchored on {make_docx.ADOPTED_AID!r}")
    if COMMENT_FIGURE.split()[0] in doc_xml or COMMENT_FIGURE.split()[0] in foot_xml:
        errors.append(f"{BULLETIN}: the comment's figure occurs in the document or its footnotes")
    if '<w:footnoteReference w:id="1"/>' not in doc_xml:
        errors.append(f"{BULLETIN}: no w:footnoteReference")
    if not re.search(
        r'<w:footnote w:id="1">.*' + re.escape(make_docx.FOOTNOTE_TEXT[:40]), foot_xml
    ):
        errors.append(f"{BULLETIN}: word/footnotes.xml lacks the w:footnote with the condition")
    if "footnotes+xml" not in ct or "relationships/footnotes" not in rels:
        errors.append(f"{BULLETIN}: footnotes part not declared")
    if DOCX is not None:
        d = DOCX.Document(path)
        plain = "\n".join(p.text for p in d.paragraphs)
        if "6 mois" in plain or make_docx.ADOPTED_AID not in plain:
            errors.append(
                f"{BULLETIN}: python-docx Paragraph.text should show the aid, not the footnote"
            )
    vals = [_francs(v) for _, v in make_docx.PAY]
    if not make_docx.PAY[2][1].startswith("(") or vals[0] + vals[1] - vals[2] != vals[3]:
        errors.append(f"{BULLETIN}: the pay statement's deduction or arithmetic is wrong")
    _lacks(
        BULLETIN,
        make_docx.bulletin_text(),
        (
            "douze et demi pour cent",
            "au plus tard le 30 janvier 2027",
            "1.200.000 F CFA",
            "rejetée",
            "75.000 F CFA",
            "(elle était de 80.000 F CFA)",
        ),
        errors,
    )
    _lacks(
        LETTER,
        make_docx.letter_text(),
        (
            "le formulaire C-1 pour l'entraînement",
            "le formulaire C-2 pour le produit",
            "dans les 15 jours",
            "La licence dure 3 ans au plus",
            "un préavis écrit de 90 jours",
            "Dans les 60 jours après la fin de la licence",
            "plus de 40 heures d'audio par mois",
            f"165{NB}000 francs CFA par mois",
        ),
        errors,
    )


def check_faq(errors: list[str]) -> None:
    with open(os.path.join(DOCS, FAQ), encoding="utf-8") as f:
        text = f.read()
    blocks = re.split(r"^### ", text, flags=re.M)[1:]
    if len(blocks) < 12:
        errors.append(f"{FAQ}: {len(blocks)} '### ' questions (want 12+)")
    for b in blocks:
        head, _, body = b.partition("\n")
        if not head.rstrip().endswith("?") or not body.strip():
            errors.append(f"{FAQ}: '### {head}' is not a question with an answer")
    if not re.search(r"^- .+\n  - ", text, re.M):
        errors.append(f"{FAQ}: no nested bullet list")
    if "soixante-quinze mille francs" not in text or re.search(r"75[ .\u00a0\u202f]?000", text):
        errors.append(f"{FAQ}: the entry fee must be in words only")
    if NNB not in text or NB not in text:
        errors.append(f"{FAQ}: no U+202F or no U+00A0 thousands")


def check_text_docs(errors: list[str]) -> None:
    with open(os.path.join(DOCS, EXPIRED), encoding="utf-8") as f:
        raw = f.read()
    alerts = [d for d in _find(_tree(raw), "div") if d["attrs"].get("role") == "alert"]
    if len(alerts) != 1 or "This agreement has expired" not in _all_text(alerts[0]):
        errors.append(f"{EXPIRED}: no <div role=\"alert\"> 'This agreement has expired' banner")
    _lacks(
        EXPIRED,
        html_text(raw),
        (
            "Clause 12(4), throat-care allowance – KEPT.",
            "Clause 9(3), home recording booth grant – NOT KEPT.",
        ),
        errors,
    )
    with open(os.path.join(DOCS, STUDIO), "rb") as f:
        data = f.read()
    for byte in (0xE9, 0xAB, 0xBB, 0x96, 0x92, 0xA0, 0xB0):
        if bytes([byte]) not in data:
            errors.append(f"{STUDIO}: no single byte {byte:02X}")
    if data.count(b"\n") != data.count(b"\r\n"):
        errors.append(f"{STUDIO}: not CRLF throughout")
    try:
        data.decode("utf-8")
        errors.append(f"{STUDIO}: decodes as UTF-8 (should be Windows-1252)")
    except UnicodeDecodeError:
        pass
    if data.decode("cp1252") != make_notice.NOTICE.replace("\n", "\r\n"):
        errors.append(f"{STUDIO}: differs from make_notice.py; run it")
    for name in DISTRACTORS:
        path = os.path.join(DOCS, name)
        with open(path, "rb") as f:
            body = f.read().decode("cp1252" if name in CP1252_FILES else "utf-8")
        if re.search(r"\b(?:KVLG|GVIK|KSMPA|APMSK)\b", body):
            errors.append(f"{name}: a distractor names the Guild or the employers")


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    corpus = "\n".join(vs[0][1] for vs in doc_views.values())
    if any(c in corpus for c in "$€£₹¥") or re.search(
        r"\b(EUR|USD|GBP|ZAR|CAD|CHF|rand|dollars?|euros?)\b", corpus
    ):
        errors.append(
            "a document contains $, €, £, ₹, ¥, EUR, USD, GBP, ZAR, CAD, CHF, rand, dollars or euros"
        )
    for label, pattern in SPELLINGS.items():
        n = len(re.findall(pattern, corpus))
        if not n:
            errors.append(f"no amount, percentage or date written as {label}")
        elif label in ONCE and n != 1:
            errors.append(f"{label} is written {n} times (want once)")


def check_score_link(errors: list[str]) -> None:
    link = os.path.join(HERE, "score.py")
    if not os.path.islink(link) or os.readlink(link) != "../union-c/score.py":
        errors.append("score.py is not the relative link ../union-c/score.py")
    pyproject = os.path.join(HERE, "..", "..", "pyproject.toml")
    if os.path.exists(pyproject):
        with open(pyproject, encoding="utf-8") as f:
            if '"eval/union-z/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-z/score.py not in ruff's extend-exclude")


LICENCE_FEE = re.compile(r"licence fee|mois de licence|licence mensuelle", re.I)


def check_rejected(questions: list[dict], doc_views: dict, errors: list[str]) -> None:
    """The rejected perpetual licence is never an answer: a trap of the licence-fee questions."""
    for home in REJECTED_HOMES:
        if not any(score.contains(doc_views[home][0][2], f) for f in REJECTED_FORMS):
            errors.append(f"{home}: does not print the rejected licence sum")
    for name, vs in doc_views.items():
        if name not in REJECTED_HOMES and any(
            score.contains(norm, f) for _, _, norm in vs for f in REJECTED_FORMS
        ):
            errors.append(f"{name}: prints the rejected sum (only the transcript and bulletin may)")
    n = 0
    for q in questions:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                if any(score.contains(score.normalise(alt), f) for f in REJECTED_FORMS):
                    errors.append(f"{q['id']}: the rejected sum is in must_include")
        if LICENCE_FEE.search(q["question"]) and q["kind"] not in ("cross-lingual", "adversarial"):
            n += 1
            if not set(REJECTED_FORMS) <= set(q["must_not_include"]):
                errors.append(f"{q['id']}: a licence-fee question without the rejected traps")
    if n < 2:
        errors.append("fewer than two licence-fee questions trap the rejected sum")


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
    # traps may also sit in the bulletin's Word comment
    trap_norms = [norm for vs in doc_views.values() for _, _, norm in vs]
    if BULLETIN in doc_views:
        trap_norms += [score.normalise(t) for t in docx_comments(os.path.join(DOCS, BULLETIN))]

    for name in (AGREEMENT, SCHEDULE, BULLETIN, LETTER):
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

    for name in (PREVIOUS, INTERIM, AMENDMENT, TRANSCRIPT, FAQ, EXPIRED, STUDIO, UNIVERSITY):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_agreement(errors)
        check_schedule(errors)
        check_previous(errors)
        check_interim(doc_views, errors)
        check_amendment(errors)
        check_transcript(errors)
        check_bulletin(errors)
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
