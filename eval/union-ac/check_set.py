#!/usr/bin/env python3
"""Check the union-ac set itself: questions.json against docs/ (no project needed).

    python3 eval/union-ac/check_set.py                      # stdlib; PDF and DOCX in the generators' text
    /work/main/.venv/bin/python eval/union-ac/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields and values of every question (in union-b's order), ids uac-001.. in order,
  counts per kind and language, no duplicate, no newline, and that questions.json is what
  make_questions.py writes;
- that every expected source exists, and that EVERY ALTERNATIVE of every must_include
  element occurs, after the scorer's normalisation (score.normalise / score.contains), in
  EVERY view of at least one expected source: HTML without tags (scripts and styles
  dropped) and raw; the gym list decoded as Windows-1252; other text as UTF-8; the DOCX in
  the generator's text, in its XML read with zipfile (header1.xml and document.xml; a
  vertically merged cell read once) and through python-docx (the header, the paragraphs,
  row.cells, which repeats a merged cell on every row); the PDFs in the generator's text,
  through pdfplumber (which interleaves the agreement's two columns) and through pypdf;
- the accepted forms: stable under normalisation; no bare number of fewer than three digits;
  a bare number never a percentage in an expected source; no trap equal to, or matching, a
  must_include alternative; every trap (but pings and injected figures) found in a document;
- that no amount or percentage is glued to a neighbour: every koruna amount printed in a
  document ("1 250 Kč", U+00A0 / U+202F thousands, "1 150,00 Kč", "CZK 1,250.00",
  "1.100,- Kč", "1 250,– Kč", "Kč 1250", "1250 Kc", "87,50 Kč", "−35 Kč", both ends of
  "900–1 100 Kč", the gym's "1 290 Kc") and every percentage is found, after normalisation
  and at digit boundaries, in every view of its document; no separator stands where the
  scorer would glue two numbers into one (the range's own thousands space excepted); the
  NON-MONEY look-alikes (Studio K2, Form KC-7, Class 1250, KC-1250) exist, no amount pattern
  reads them, and Class 1250 is in no expected source of a "1 250" question;
- that the built PDFs and DOCX are byte for byte what their generators make now, hold their
  generators' words, and the cp1252 list its generator's text;
- the agreement PDF: 8-12 pages in both readers; the running header and "Page N of M" on
  every page; sections § 1 to § 24 in order, clauses § n.m in order, 8+ references
  "section n, subsection m" and no other citation style; TWO COLUMNS (lines placed in a
  left and a right column on 5+ pages), pdfplumber INTERLEAVING them (5+ of its lines are a
  left line, a space and a right line) and pypdf NOT (each column read in turn); Table 20.1
  CONTINUING onto the next page with its HEADER ROW REPEATED (pdfplumber's tables on both
  pages start with the header; their rows joined equal the generator's); the fiscal-year,
  retroactive, indexation, grandfathered, pilot and previous-agreement clauses;
- the side letter: the letterhead on top of page 1 (larger, bold), the date, "Les parties
  conviennent de remplacer le § 18.1" (90 days in the agreement, 30 jours in the letter,
  from 1.10.2026) and "Les parties conviennent de confirmer le § 17.2" (12.5 per cent in
  the agreement, "douze et demi pour cent" in the letter, not superseded);
- the HTML schedule: a thead cell with colspan="3" over the three period columns, tbody
  <th rowspan="2"> role cells (live / recorded) and a <td colspan="3">; the grid rebuilt
  from rowspan / colspan; every row rising from the first column, the third column the
  second raised by 4 per cent and rounded; the FY 2025/26 Word figures below the first
  column; the FAQ and news figures equal to the grid; the <dl> of allowances;
- the Word schedule: the period only in word/header1.xml (never in document.xml);
  w:vMerge restart / continue cells, python-docx repeating a merged role, the XML leaving
  the continue cells empty; amounts "1.100,- Kč";
- the fixed-width re-use table: no pipes, no tabs, its columns aligned by spaces, the
  U+2212 correction; the email thread: quoted lines (">" and ">>"), the quoted figure
  corrected in the unquoted reply; the FAQ's pipe table with footnote markers in cells and
  the footnotes below it; the news page's <span class="amount"> and <time datetime>; the
  guide; the expired summary's blockquote and kept / dropped clauses = section 21; the cp1252
  bytes (E9, AB, BB, 96, 92, A0, B0), CRLF, not UTF-8, equal to make_notice.py;
- the amount, percentage and date spellings of SPELLINGS (some exactly once); no other
  currency;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- that the rejected perpetual avatar buy-out is printed only in the news page and the FAQ,
  never in must_include, and is a trap of the avatar-licence questions;
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
PREFIX = "uac"
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
AGREEMENT, SCHEDULE, PREVIOUS, LETTER = M.AGREEMENT, M.SCHEDULE, M.PREVIOUS, M.LETTER
REUSE, EMAIL, FAQ, NEWS, GUIDE = M.REUSE, M.EMAIL, M.FAQ, M.NEWS, M.GUIDE
EXPIRED, GYM, BROCHURE = M.EXPIRED, M.GYM, M.BROCHURE
DISTRACTORS = {GYM, BROCHURE}
PDF_TEXT = {AGREEMENT: make_pdf.agreement_text, LETTER: make_pdf.letter_text}
CP1252_FILES = {GYM}
REJECTED_FORMS = M.REJECTED_FORMS
REJECTED_HOMES = {NEWS, FAQ}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

DOC_LANGUAGE = {
    AGREEMENT: "en",
    SCHEDULE: "en",
    REUSE: "en",
    EMAIL: "en",
    EXPIRED: "en",
    BROCHURE: "en",
    PREVIOUS: "fr",
    LETTER: "fr",
    FAQ: "fr",
    NEWS: "fr",
    GUIDE: "fr",
    GYM: "fr",
}

_SP = "[ \u00a0\u202f]"
OOS_ABSENT = {
    "uac-048": [r"overtime", r"midnight", r"heures suppl", r"minuit"],
    "uac-049": [r"\bpensions?\b", r"retire", r"retraite"],
    "uac-050": [r"podcast"],
    "uac-051": [r"nutrition", r"\bmeals?\b", r"\bdiet", r"repas", r"alimentation"],
    "uac-052": [r"one-on-one", r"personal train", r"private client", r"coach(?:ing)? personnel"],
    "uac-053": [r"sign language", r"langue des signes", r"\bsigning\b"],
    "uac-054": [r"maternit", r"paternit", r"parental", r"\bcongés?\b", r"grossesse", r"pregnan"],
    "uac-055": [r"imp[ôo]ts?\b", r"\btax", r"prélèvement", r"à la source"],
    "uac-056": [r"enfant", r"\bchild", r"\bkids?\b", r"\bminors?\b", r"\bmineur"],
    "uac-057": [r"mutuelle", r"assuranc", r"insur"],
    "uac-058": [f"9{_SP}?999"],
    "uac-059": [f"777{_SP}?000"],
    "uac-060": [f"4{_SP}?321"],
}

SPELLINGS = {
    "space thousands, currency after (1 340 Kč)": r"(?<![\d.,])\d{1,3} \d{3} Kč",
    "space thousands and haléř decimals (1 150,00 Kč)": r"(?<![\d.,])\d{1,3} \d{3},\d\d Kč",
    "bank style (CZK 1,250.00)": r"\bCZK \d{1,3},\d{3}\.\d\d\b",
    "dot thousands and ',-' (1.100,- Kč)": r"(?<![\d.,])\d{1,3}\.\d{3},- Kč",
    "en dash for no minor units (1 250,– Kč)": "(?<![\\d.,])\\d{1,3}[ \u202f]\\d{3},– Kč",
    "currency first (Kč 1250)": r"Kč \d{4}\b",
    "no háček (1250 Kc)": r"(?<![\d.,])1250 Kc\b",
    "NO-BREAK SPACE thousands": "\\d\u00a0\\d{3}(?!\\d)",
    "NARROW NO-BREAK SPACE thousands": "\\d\u202f\\d{3}(?!\\d)",
    "thousands abbreviated next to the digits (45 000 Kč (45 tis. Kč))": "45\u202f000 Kč \\(45 tis\\. Kč\\)",
    "an amount in words (mille deux cent cinquante couronnes)": "mille deux cent cinquante couronnes \\(1\u202f250 Kč\\)",
    "a range (900–1 100 Kč)": r"900–1 100 Kč",
    "haléř decimals (87,50 Kč)": r"(?<![\d.,])87,50 Kč",
    "a negative correction with U+2212 (−35 Kč)": "\u221235 Kč",
    "percentage with a decimal comma (12,5 %)": r"(?<![\d,])12,5 %",
    "percentage in words, English (12.5 per cent)": r"(?<![\d.])12\.5 per cent",
    "percentage in words, French (douze et demi pour cent)": r"douze et demi pour cent",
    "date 1 April 2026": r"\b1 April 2026\b",
    "date 01/04/2026 (day first)": r"\b01/04/2026\b",
    "day first, said once": r"format jour/mois/année",
    "date 2026-04-01": r"\b2026-04-01\b",
    "date Apr. 1st, 2026": r"Apr\. 1st, 2026",
    "date 1er avril 2026": r"\b1er avril 2026",
    "date le 1.4.2026": r"\ble 1\.4\.2026\b",
    "FY 2026/27": r"\bFY 2026/27\b",
    "exercice 2026-2027": r"exercice 2026-2027",
    "Q3 FY26/27": r"\bQ3 FY26/27\b",
    "the fiscal year from 1 April to 31 March": r"from 1 April to the following 31 March",
}
ONCE = {
    "currency first (Kč 1250)",
    "no háček (1250 Kc)",
    "thousands abbreviated next to the digits (45 000 Kč (45 tis. Kč))",
    "an amount in words (mille deux cent cinquante couronnes)",
    "a range (900–1 100 Kč)",
    "haléř decimals (87,50 Kč)",
    "a negative correction with U+2212 (−35 Kč)",
    "day first, said once",
}
NON_MONEY = ["Studio K2", "Form KC-7", "formulaire KC-7", "Class 1250", "KC-1250"]

_N = "\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+"
AMOUNTS = [
    re.compile(f"(?<![\\d.,])({_N}(?:,\\d\\d)?|\\d+(?:,\\d\\d)?)(?:,[-–])? Kč"),  # 1 250 Kč
    re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+),- Kč"),  # "1.100,- Kč"
    re.compile(r"\bCZK (\d{1,3}(?:,\d{3})*\.\d\d)\b"),  # "CZK 1,250.00"
    re.compile(r"\bKč (\d+)\b"),  # "Kč 1250"
    re.compile(f"(?<![\\d.,\\w-])({_N}|\\d+) Kc\\b"),  # "1250 Kc", the gym's "1 290 Kc"
    re.compile(r"(?<![\d.,])(\d+)–\d[\d ]* K"),  # the range's lower end
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
    try:
        import fpdf
    except ImportError:
        fpdf = None
    return pdfplumber, pypdf, docx, fpdf


PDFPLUMBER, PYPDF, DOCX, FPDF = _modules()


def pdf_pages(name: str) -> list[tuple[str, list[str]]]:
    path = os.path.join(DOCS, name)
    out = []
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(path) as pdf:
            out.append(("pdfplumber", [p.extract_text() or "" for p in pdf.pages]))
    if PYPDF is not None:
        out.append(("pypdf", [p.extract_text() or "" for p in PYPDF.PdfReader(path).pages]))
    return out


def _xml_lines(root) -> list[str]:
    return ["".join(t.text or "" for t in p.iter(f"{W_NS}t")) for p in root.iter(f"{W_NS}p")]


def docx_parts(path: str) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {
            n: z.read(n).decode("utf-8")
            for n in z.namelist()
            if n.startswith("word/") and n.endswith(".xml")
        }


def docx_zip_text(path: str) -> str:
    """word/header1.xml then word/document.xml, one paragraph per line (a vertically merged
    cell is read once: its continue cells are empty paragraphs)."""
    parts = docx_parts(path)
    lines = []
    for part in ("word/header1.xml", "word/document.xml"):
        if part in parts:
            lines += _xml_lines(ElementTree.fromstring(parts[part]))
    return "\n".join(lines)


def docx_python_docx(path: str) -> str | None:
    """python-docx: the header, the body paragraphs and every row's row.cells (which
    repeats a vertically merged cell on each row of its group)."""
    if DOCX is None:
        return None
    d = DOCX.Document(path)
    lines = [p.text for s in d.sections for p in s.header.paragraphs]
    lines += [p.text for p in d.paragraphs]
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
        out = [("generator", make_docx.schedule_text()), ("zip", docx_zip_text(path))]
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


def _koruna(s: str) -> float:
    """'CZK 1,250.00' / '1.100,- Kč' / '1 250,– Kč' / '87,50 Kč' -> 1250.0 / 1100.0 / 1250.0 / 87.5."""
    t = re.sub(r",[-–]", "", s)
    t = re.sub(r"[^\d.,]", "", t.replace(NB, "").replace(NNB, "").replace(" ", ""))
    m = re.fullmatch(r"(\d[\d.,]*?)(?:([.,])(\d\d))?", t)
    if not m:
        raise ValueError(s)
    whole = re.sub(r"\D", "", m.group(1))
    return float(whole) + (int(m.group(3)) / 100 if m.group(3) else 0.0)


def _num(s: str) -> float | str:
    """A trap's value: '1.100' / '1 100' / '1,100.00' -> 1100.0; other text as such."""
    t = s.strip()
    if re.fullmatch(r"\d{1,3}(?:[., ]\d{3})*(?:[.,]\d\d)?|\d+", t):
        return _koruna(t)
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
        fake = [b for b in q.get("must_not_include", []) if not b.startswith("@")]
        if fake and not score.contains(score.normalise(q["question"]), fake[0]):
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
    # code, a time or a range ("2026-04-01 320", "F-21 450", "09:12 100")
    re.compile(r"\d{4,}[ ,]\d{3}(?!\d)"),
    re.compile(r"\d\.\d+[ ,]\d{3}(?!\d)"),
    re.compile(r"\d,\d+ \d{3}(?!\d)"),
    re.compile(r"[-/:.§]\d{1,3}[ ,]\d{3}(?!\d)"),
    re.compile(r"–\d{1,3}[ ,]\d{3}(?!\d)"),
]
RANGE_OK = {"–1 100"}  # "900–1 100 Kč": the upper end's own thousands space


def check_joints(doc_views: dict, errors: list[str]) -> None:
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            flat = _flat(text)
            for rx in GLUE_JOINTS:
                for m in rx.finditer(flat):
                    if m.group(0) in RANGE_OK and "900–1 100 Kč" in flat:
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
    # "Class 1250" carries the digits of the live-class rate, and the scorer's "1 250" matches
    # it: it must not sit in an expected source of a "1 250" question
    for q in questions:
        if any(
            score.normalise(alt) == "1250"
            for el in q["must_include"]
            for alt in score.alternatives(el)
        ):
            for s in q["expected_sources"]:
                if s in doc_views and "Class 1250" in doc_views[s][0][1]:
                    errors.append(f"{q['id']}: expected source {s} holds 'Class 1250'")
    live = schedule_grid().get(
        ("Streamed fitness instructor, class of 45 minutes or more", "Live class")
    )
    if not live or _koruna(live[1]) != 1250.0:
        errors.append("Class 1250 is meant to share its digits with the live-class rate")


# ----------------------------------------------------------------------------------------
# Layouts: the agreement and the side letter
# ----------------------------------------------------------------------------------------


def _check_running(name: str, label: str, pages: list[str], errors: list[str]) -> None:
    header = _flat(make_pdf.AGREEMENT_HEADER)
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
    heads = re.findall(r"^§ (\d+) [A-Z]", text, re.M)
    if heads != [str(i) for i in range(1, 25)]:
        errors.append(f"{AGREEMENT}: section headings {heads} are not § 1 to § 24 in order")
    sec, want = 0, 1
    for kind, t in make_pdf.AGREEMENT:
        if kind == "sec":
            sec, want = int(t.split()[1]), 1
        elif kind == "p":
            if not t.startswith(f"§ {sec}.{want} "):
                errors.append(f"{AGREEMENT}: clause {t[:10]!r} is not § {sec}.{want}")
            want += 1
    refs = re.findall(r"\b[Ss]ection \d+, subsections? \d+", text)
    if len(refs) < 8:
        errors.append(f"{AGREEMENT}: {len(refs)} references 'section n, subsection m' (want 8+)")
    if re.search(r"\bArt(?:icle|\.) \d|\bs\. \d+\.\d+|\bclause \d+\.\d+ of this", text):
        errors.append(f"{AGREEMENT}: a clause cited in another style")
    for clause in re.findall(r"section (\d+), subsection (\d+)", text):
        if f"§ {clause[0]}.{clause[1]} " not in text:
            errors.append(
                f"{AGREEMENT}: 'section {clause[0]}, subsection {clause[1]}' cites nothing"
            )
    _lacks(
        AGREEMENT,
        text,
        (
            "This Agreement runs from 1 April 2025 to 31 March 2028.",
            "The year of this Agreement is the fiscal year, from 1 April to the following 31 March",
            "Q3 FY26/27 is October to December 2026",
            "with retroactive effect; the schedule then states the date from which the increase "
            "applies and the date by which back pay is due",
            "is raised by 4 per cent, rounded to the nearest koruna",
            "at least two classes per call",
            "At least 15 minutes of warm-up are paid",
            "no more than 3 high-intensity classes a day",
            "a rest of at least 30 minutes between two classes",
            "45 minutes or more is paid at the higher rate",
            "keeps, for the whole term, a per-class rate of 1 340 Kč",
            "within 48 hours",
            "up to 5 paid recovery days, at 1 150 Kč per paid recovery day",
            "Clearing the music used in a class is the producer's job",
            "The class fee includes the first 12 months",
            "A member may refuse a body-metrics overlay",
            "less than 48 hours before, 100 % of the booked fee",
            "given separately for each avatar on Form KC-7",
            "a licence fee of 45 000 Kč per avatar and per quarter of use",
            "may not be bought out by a single payment",
            "An AI coach pilot runs from 1 January 2026 to 30 June 2026",
            "the licence fee is 18 000 Kč per quarter",
            "only if the member opts in",
            "A separate fee is paid for each language",
            "the right to know, before the session, which models will be trained",
            "kept no longer than 18 months",
            "at least 60 days' notice",
            "may not exceed 12.5 per cent of the classes of a catalogue",
            "within 90 days of the request",
            'the label "AI-generated"',
            "remains in force for the whole term of this Agreement and is not superseded",
            "Clause 11.2 of the 2022–2025 agreement (equipment hire allowance) is not kept",
        ),
        errors,
    )
    if PYPDF is None or PDFPLUMBER is None or FPDF is None:
        return
    path = os.path.join(DOCS, AGREEMENT)
    for label, pages in pdf_pages(AGREEMENT):
        if not 8 <= len(pages) <= 12:
            errors.append(f"{AGREEMENT}: {len(pages)} pages in {label} (want 8-12)")
        _check_running(AGREEMENT, label, pages, errors)
    # the column layout, as the generator placed it (and the same bytes as on disk)
    with open(path, "rb") as f:
        if f.read() != make_pdf.build_agreement(write=False):
            errors.append(f"{AGREEMENT}: differs from what make_pdf.py builds; run it")
    cols = make_pdf.COLUMNS
    two = [p for p, c in cols.items() if len(c.get(0, [])) >= 5 and len(c.get(1, [])) >= 5]
    if len(two) < 5:
        errors.append(f"{AGREEMENT}: only {len(two)} pages with two filled columns (want 5+)")
    plumber = dict(pdf_pages(AGREEMENT))["pdfplumber"]
    pypdf_pages = dict(pdf_pages(AGREEMENT))["pypdf"]
    n_inter = 0
    for p in two:
        left, right = cols[p][0], cols[p][1]
        pl_lines = [_flat(x) for x in plumber[p - 1].splitlines()]
        joined = {_flat(a + " " + b) for a in left for b in right}
        n_inter += sum(1 for line in pl_lines if line in joined)
        py = pypdf_pages[p - 1]
        py_lines = [_flat(x) for x in py.splitlines()]
        if any(line in joined for line in py_lines):
            errors.append(f"{AGREEMENT}: pypdf joins the two columns on page {p}")
        last_left = _flat(py).find(_flat(left[-1]))
        first_right = _flat(py).find(_flat(right[0]))
        if last_left < 0 or first_right < 0 or last_left > first_right:
            errors.append(f"{AGREEMENT}: pypdf does not read page {p}'s left column first")
    if n_inter < 5:
        errors.append(f"{AGREEMENT}: pdfplumber interleaves only {n_inter} lines (want 5+)")
    # Table 20.1 continues onto the next page with its header repeated
    pages = make_pdf.TABLE_PAGES
    if len(pages) < 2 or pages != list(range(pages[0], pages[0] + len(pages))):
        errors.append(f"{AGREEMENT}: Table 20.1 on pages {pages} (want 2+ consecutive)")
    rows: list[list[str | None]] = []
    with PDFPLUMBER.open(path) as pdf:
        for p in pages:
            tables = [
                t
                for t in pdf.pages[p - 1].extract_tables()
                if t and _cells(t[0]) == make_pdf.TABLE_HEADER
            ]
            if len(tables) != 1:
                errors.append(f"{AGREEMENT}: page {p} has no Table 20.1 part under its header")
                continue
            body = [_cells(r) for r in tables[0][1:]]
            if not body:
                errors.append(f"{AGREEMENT}: page {p}'s part of Table 20.1 has no rows")
            rows += body
    if rows != make_pdf.TABLE_ROWS:
        errors.append(f"{AGREEMENT}: Table 20.1's rows read by pdfplumber differ: {rows[:3]}…")
    head = " ".join(make_pdf.TABLE_HEADER)
    for label, pp in pdf_pages(AGREEMENT):
        n = sum(_flat(pg).count(head) for pg in pp)
        if n != len(pages):
            errors.append(f"{AGREEMENT}: the table header is read {n} times by {label}")


def check_letter(errors: list[str]) -> None:
    text = make_pdf.letter_text()
    _lacks(
        LETTER,
        text,
        (
            "Valmont-sur-Lisse, le 14 septembre 2026",
            "Les parties conviennent de remplacer le § 18.1 de la convention, à compter du "
            "1.10.2026",
            "dans un délai de 30 jours à compter de la demande",
            "Les demandes présentées avant le 1.10.2026 restent soumises au délai de 90 jours",
            "Les parties conviennent de confirmer le § 17.2 de la convention sans changement",
            "douze et demi pour cent",
            "il n'est ni remplacé ni modifié",
            "préavis de 60 jours",
        ),
        errors,
    )
    agreement = _flat(make_pdf.agreement_text())
    if "within 90 days of the request" not in agreement:
        errors.append(f"{LETTER}: the agreement's § 18.1 does not say 90 days")
    if "may not exceed 12.5 per cent" not in agreement:
        errors.append(f"{LETTER}: the agreement's § 17.2 does not say 12.5 per cent")
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
# Layouts: the schedules and the text documents
# ----------------------------------------------------------------------------------------

ROLE_LONG = "Streamed fitness instructor, class of 45 minutes or more"
ROLE_SHORT = "Streamed fitness instructor, class under 45 minutes"
PERIODS = [
    "Apr. 1st – Jun. 30th, 2026",
    "from Jul. 1st, 2026 (retroactive)",
    "from Apr. 1st, 2027 (indexed, +4 %)",
]
# grid key -> the Word schedule's (role, unit) of FY 2025/26
WORD_LINKS = {
    (ROLE_LONG, "Live class"): "Cours en direct de 45 minutes ou plus",
    (ROLE_LONG, "Recorded class"): "Cours enregistré de 45 minutes ou plus",
    (ROLE_SHORT, "Live class"): "Cours en direct de moins de 45 minutes",
    (ROLE_SHORT, "Recorded class"): "Cours enregistré de moins de 45 minutes",
    ("Yoga and dance-along choreographer", "Per routine created"): "Par routine créée",
    ("Yoga and dance-along choreographer", "Per routine performed"): "Par routine interprétée",
    (
        "Background participant in class videos",
        "Per half-day (up to four hours)",
    ): "Par demi-journée",
    ("Motion-capture reference mover", "Per session (up to three hours)"): (
        "Par séance (jusqu'à 3 heures)"
    ),
}


def _schedule_table() -> dict:
    return _find(_tree(_read(SCHEDULE)), "table")[0]


def schedule_grid() -> dict[tuple[str, str], list[str]]:
    """Table 1's body rebuilt from rowspan / colspan: (role, unit) -> the three periods."""
    t = _schedule_table()
    carry: dict[int, tuple[str, int]] = {}
    out = {}
    for tr in _find(_find(t, "tbody")[0], "tr"):
        cells = iter(c for c in tr["children"] if c["tag"] in ("th", "td"))
        row: list[str] = []
        col = 0
        while True:
            if col in carry:
                text, left = carry.pop(col)
                if left > 1:
                    carry[col] = (text, left - 1)
                row.append(text)
                col += 1
                continue
            c = next(cells, None)
            if c is None:
                break
            text = _cell_text(c)
            span_c = int(c["attrs"].get("colspan", 1))
            span_r = int(c["attrs"].get("rowspan", 1))
            for k in range(span_c):
                row.append(text)
                if span_r > 1:
                    carry[col + k] = (text, span_r - 1)
            col += span_c
        out[(row[0], row[1])] = row[2:]
    return out


def check_schedule(errors: list[str]) -> None:
    raw = _read(SCHEDULE)
    t = _schedule_table()
    head_rows = _find(_find(t, "thead")[0], "tr")
    if len(head_rows) != 2:
        errors.append(f"{SCHEDULE}: Table 1's header is not two rows")
        return
    spans = [
        (c["attrs"].get("rowspan"), c["attrs"].get("colspan")) for c in _find(head_rows[0], "th")
    ]
    if spans != [("2", None), ("2", None), (None, "3")]:
        errors.append(f"{SCHEDULE}: the first header row's spans are {spans}")
    if [_cell_text(c) for c in _find(head_rows[1], "th")] != PERIODS:
        errors.append(f"{SCHEDULE}: the period columns are not {PERIODS}")
    body = _find(t, "tbody")[0]
    rowspans = [_cell_text(c) for c in _find(body, "th") if c["attrs"].get("rowspan") == "2"]
    if ROLE_LONG not in rowspans or ROLE_SHORT not in rowspans:
        errors.append(f"{SCHEDULE}: the instructor roles do not span two rows (live / recorded)")
    if not any(c["attrs"].get("colspan") == "3" for c in _find(body, "td")):
        errors.append(f'{SCHEDULE}: no <td colspan="3"> in the body')
    grid = schedule_grid()
    for (role, unit), vals in grid.items():
        if len(vals) != 3:
            errors.append(f"{SCHEDULE}: {role} / {unit}: {len(vals)} period cells")
            continue
        if role.startswith("Grandfathered"):
            if (
                len(set(vals)) != 1
                or "CZK 1,340.00" not in vals[0]
                or "CZK 1,250.00" not in vals[0]
            ):
                errors.append(f"{SCHEDULE}: the grandfathered row does not state both figures")
            continue
        if not all(re.fullmatch(r"CZK \d{1,3}(?:,\d{3})?\.\d\d", v) for v in vals):
            errors.append(f"{SCHEDULE}: {role} / {unit}: {vals} not written 'CZK 1,250.00'")
            continue
        a, b, c = (_koruna(v) for v in vals)
        if not a < b < c:
            errors.append(f"{SCHEDULE}: {role} / {unit} does not rise: {vals}")
        if c != float(int(b * 1.04 + 0.5)):
            errors.append(f"{SCHEDULE}: {role} / {unit}: {c} is not {b} + 4 per cent, rounded")
        word = WORD_LINKS.get((role, unit))
        if word is not None:
            old = [x for _, units in make_docx.ROWS for u, x in units if u == word]
            if len(old) != 1 or not _koruna(old[0]) < a:
                errors.append(f"{SCHEDULE}: {role} / {unit}: FY 2025/26 {old} not below {a}")
    links = [
        (ROLE_LONG, "Live class", 1, f"1{NNB}250,– Kč", FAQ),
        (
            "Background participant in class videos",
            "Per half-day (up to four hours)",
            1,
            "590,– Kč",
            FAQ,
        ),
        (
            "Meditation and sleep-story narrator",
            "Per finished minute, long-form (recording over 30 finished minutes)",
            1,
            "172,– Kč",
            FAQ,
        ),
        (ROLE_LONG, "Live class", 1, f'<span class="amount">1{NB}250 Kč</span>', NEWS),
        (ROLE_LONG, "Live class", 0, f"au lieu de 1{NB}180 Kč", NEWS),
        (ROLE_LONG, "Recorded class", 0, f"passe de 1{NB}010 Kč", NEWS),
        (ROLE_LONG, "Recorded class", 1, f"à 1{NB}060 Kč", NEWS),
    ]
    for role, unit, col, needle, doc in links:
        vals = grid.get((role, unit))
        m = re.search(r"\d[\d\u202f\u00a0]*(?:,[–-])?", needle)
        if not vals or m is None or _koruna(vals[col]) != _koruna(m.group(0)):
            errors.append(f"{doc}: {needle!r} is not the schedule's {role} / {unit} column {col}")
        if needle not in re.sub(r"[ \n]+", " ", _read(doc)):
            errors.append(f"{doc}: lacks {needle!r}")
    dl = _find(_tree(raw), "dl")
    dts = [_cell_text(x) for x in _find(dl[0], "dt")] if dl else []
    dds = [_cell_text(x) for x in _find(dl[0], "dd")] if dl else []
    want = {
        "Warm-up (section 5)": "CZK 240.00 per class",
        "Wardrobe and equipment allowance (section 13, subsection 2)": "CZK 1,600.00 per quarter",
        "Kit laundry": "87,50 Kč per filming day",
        "Mileage (section 13, subsection 1)": "CZK 9.40 per km",
        "Overnight stay": "900–1 100 Kč a night",
    }
    if len(dts) != len(dds) or {k: v for k, v in zip(dts, dds, strict=False)}.keys() != want.keys():
        errors.append(f"{SCHEDULE}: the <dl> terms are {dts}")
    else:
        for k, v in zip(dts, dds, strict=True):
            if want[k] not in v:
                errors.append(f"{SCHEDULE}: <dd> of {k!r} lacks {want[k]!r}")
    _lacks(
        SCHEDULE,
        html_text(raw),
        (
            "Effective Apr. 1st, 2026",
            "applies retroactively from 1 July 2026",
            "The difference (back pay) is paid by 31 January 2027",
            "raised by 4 per cent from 1 April 2027",
        ),
        errors,
    )


def check_previous(errors: list[str]) -> None:
    path = os.path.join(DOCS, PREVIOUS)
    parts = docx_parts(path)
    header, body = parts.get("word/header1.xml", ""), parts.get("word/document.xml", "")
    for needle in ("du 01/04/2025 au 31/03/2026", "remplacé le 01/04/2026", "exercice 2025-2026"):
        if needle not in header:
            errors.append(f"{PREVIOUS}: word/header1.xml lacks {needle!r}")
        if needle in body:
            errors.append(
                f"{PREVIOUS}: the body states {needle!r} (the period must be in the header only)"
            )
    if re.search(r"2025-2026|01/04|31/03|exercice 20", body):
        errors.append(f"{PREVIOUS}: the body dates the schedule")
    n_restart = body.count('<w:vMerge w:val="restart"/>')
    n_continue = body.count("<w:vMerge/>")
    want_r = sum(1 for _, u in make_docx.ROWS if len(u) > 1)
    want_c = sum(len(u) - 1 for _, u in make_docx.ROWS)
    if n_restart != want_r or n_continue != want_c:
        errors.append(
            f"{PREVIOUS}: {n_restart} vMerge restart / {n_continue} continue "
            f"(want {want_r} / {want_c})"
        )
    root = ElementTree.fromstring(body)
    tbl = root.find(f"{W_NS}body/{W_NS}tbl")
    xml_roles = []
    for tr in tbl.findall(f"{W_NS}tr")[1:]:
        tc = tr.findall(f"{W_NS}tc")[0]
        xml_roles.append("".join(t.text or "" for t in tc.iter(f"{W_NS}t")))
    want_xml = [role if i == 0 else "" for role, units in make_docx.ROWS for i in range(len(units))]
    if xml_roles != want_xml:
        errors.append(f"{PREVIOUS}: the XML's first column is not the merged roles: {xml_roles}")
    for _, units in make_docx.ROWS:
        for _, amount in units:
            if not re.fullmatch(r"(?:\d{1,3}\.\d{3}|\d{3}),- Kč", amount):
                errors.append(f"{PREVIOUS}: amount {amount!r} not written '1.100,- Kč'")
    if DOCX is not None:
        with open(path, "rb") as f:
            if f.read() != make_docx.build_schedule(write=False):
                errors.append(f"{PREVIOUS}: differs from what make_docx.py builds; run it")
        d = DOCX.Document(path)
        roles = [row.cells[0].text for row in d.tables[0].rows[1:]]
        want = [role for role, units in make_docx.ROWS for _ in units]
        if roles != want:
            errors.append(f"{PREVIOUS}: python-docx does not repeat the merged roles: {roles}")
        if "01/04/2025" in "\n".join(p.text for p in d.paragraphs):
            errors.append(f"{PREVIOUS}: python-docx's body paragraphs date the schedule")


def check_reuse(errors: list[str]) -> None:
    text = _read(REUSE)
    if "|" in text or "\t" in text:
        errors.append(f"{REUSE}: a '|' or a tab (the table is aligned with spaces only)")
    lines = text.splitlines()
    rows = [line for line in lines if re.search(r"\d Kč\s+\d+ Kč$", line)]
    if len(rows) < 6:
        errors.append(f"{REUSE}: {len(rows)} table rows (want 6+)")
    starts = {tuple(m.start() for m in re.finditer(r"(?<!\S)\d+ Kč", r)) for r in rows}
    if len(starts) != 1:
        errors.append(f"{REUSE}: the amount columns are not aligned: {sorted(starts)}")
    heads = [line for line in lines if "FY 2025/26" in line and "FY 2026/27" in line]
    if not heads or (starts and heads[0].find("FY 2025/26") != next(iter(starts))[0]):
        errors.append(f"{REUSE}: the column header is not aligned with its amounts")
    for r in rows:
        if re.search(r"\d\s+\d", r.split("  ")[0]):
            errors.append(f"{REUSE}: a row label ends in a number: {r!r}")
    if f"{MINUS}35 Kč" not in text:
        errors.append(f"{REUSE}: no U+2212 correction")
    _lacks(
        REUSE,
        text,
        ("valid from 2026-04-01 to 2027-03-31", "Q3 FY26/27 statement (October to December 2026)"),
        errors,
    )
    if "12 months" in text:
        errors.append(f"{REUSE}: states '12 months' (that rule is the agreement's)")


def check_email(errors: list[str]) -> None:
    text = _read(EMAIL)
    lines = text.splitlines()
    reply = [x for x in lines if not x.startswith(">")]
    quoted = [x for x in lines if x.startswith(">") and not x.startswith(">>")]
    deeper = [x for x in lines if x.startswith(">>")]
    if not quoted or not deeper:
        errors.append(f"{EMAIL}: no quoted ('>') and twice-quoted ('>>') lines")
    r, q, d = (_flat("\n".join(x)) for x in (reply, quoted, deeper))
    if "3 600 Kč" not in r or "3 600" in q or "3 600" in d:
        errors.append(f"{EMAIL}: 3 600 Kč is not only in the unquoted reply")
    if "3 200 Kč" not in q or "3 200" in r:
        errors.append(f"{EMAIL}: 3 200 Kč is not only in the quoted message")
    if "1250 Kc" not in d or "Class 1250" not in d:
        errors.append(f"{EMAIL}: the '>>' message lacks '1250 Kc' or 'Class 1250'")
    if "A correction to my message below" not in r:
        errors.append(f"{EMAIL}: the reply does not say it corrects the quoted figure")
    if (
        lines.index(next(x for x in lines if x.startswith(">")))
        < lines.index(reply[-1]) - len(reply) + 1
    ):
        errors.append(f"{EMAIL}: the quoted messages are not below the reply")


def check_faq(errors: list[str]) -> None:
    text = _read(FAQ)
    lines = text.splitlines()
    table = [x for x in lines if x.startswith("|")]
    if len(table) < 6 or not re.fullmatch(r"\|(?:---\|)+", table[1]):
        errors.append(f"{FAQ}: no pipe table")
    marks = re.findall(r"\[\^(\d+)\]", "\n".join(table))
    defs = {m.group(1): i for i, x in enumerate(lines) if (m := re.match(r"^\[\^(\d+)\]: ", x))}
    last_row = max(i for i, x in enumerate(lines) if x.startswith("|"))
    if sorted(marks) != sorted(defs) or len(marks) < 4:
        errors.append(f"{FAQ}: footnote markers {marks} do not match definitions {sorted(defs)}")
    if any(i < last_row for i in defs.values()):
        errors.append(f"{FAQ}: a footnote is defined above the table")
    for row in table[2:]:
        for cell in row.strip("|").split("|"):
            if re.search(r"\d\[\^", cell):
                errors.append(f"{FAQ}: a footnote marker follows a digit: {cell!r}")
    note3 = "\n".join(lines[defs.get("3", 0) : defs.get("4", 0)])
    if "150 Kč" not in note3 or text.count("150 Kč") != 1:
        errors.append(f"{FAQ}: the 150 Kč supplement is not only in footnote 3")
    if "30 jours" in text:
        errors.append(f"{FAQ}: states '30 jours' (the deletion rule is the side letter's)")


def check_news(errors: list[str]) -> None:
    raw = _read(NEWS)
    root = _tree(raw)
    amounts = [s for s in _find(root, "span") if s["attrs"].get("class") == "amount"]
    if len(amounts) != 1 or _all_text(amounts[0]) != f"1{NB}250 Kč":
        errors.append(f'{NEWS}: want one <span class="amount">1 250 Kč</span> (U+00A0)')
    times = _find(root, "time")
    if not times or any(t["attrs"].get("datetime") != "2026-11-20" for t in times):
        errors.append(f'{NEWS}: no <time datetime="2026-11-20">')
    elif _all_text(times[0]) != "20 novembre 2026":
        errors.append(f"{NEWS}: the <time> element does not read '20 novembre 2026'")
    _lacks(
        NEWS,
        html_text(raw),
        (
            "effet rétroactif au 1er juillet 2026",
            "au plus tard le 31 janvier 2027",
            f"par 1{NB}204 voix contre 86",
        ),
        errors,
    )


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
            "**Clause 9.3, injury recovery pay – KEPT.**",
            "**Clause 11.2, equipment hire allowance – NOT KEPT.**",
            "No more than 4 high-intensity classes a day",
            "20 per cent",
            "380 Kč per class",
        ),
        errors,
    )
    agreement = _flat(make_pdf.agreement_text())
    if (
        "Clause 9.3 of the 2022–2025 agreement (injury recovery pay, 1 150 Kč per paid recovery day) remains in force"
        not in agreement
    ):
        errors.append(f"{EXPIRED}: the kept clause is not the one section 21 keeps")
    if (
        "Clause 11.2 of the 2022–2025 agreement (equipment hire allowance) is not kept"
        not in agreement
    ):
        errors.append(f"{EXPIRED}: the dropped clause is not the one section 21 drops")
    guide = _read(GUIDE)
    if len(re.findall(r"^\d\. .+\n-+$", guide, re.M)) < 5:
        errors.append(f"{GUIDE}: fewer than 5 numbered headings underlined with '-'")
    if "1 150" in guide or "1150" in guide:
        errors.append(f"{GUIDE}: states the recovery-day amount (it is the agreement's)")
    _lacks(
        GUIDE,
        guide,
        (
            "pas plus de 3 cours à haute intensité par jour",
            "de 7 h à 22 h",
            "jusqu'à 5 jours de récupération payés",
        ),
        errors,
    )
    with open(os.path.join(DOCS, GYM), "rb") as f:
        data = f.read()
    for byte in (0xE9, 0xAB, 0xBB, 0x96, 0x92, 0xA0, 0xB0):
        if bytes([byte]) not in data:
            errors.append(f"{GYM}: no single byte {byte:02X}")
    if data.count(b"\n") != data.count(b"\r\n"):
        errors.append(f"{GYM}: not CRLF throughout")
    try:
        data.decode("utf-8")
        errors.append(f"{GYM}: decodes as UTF-8 (should be Windows-1252)")
    except UnicodeDecodeError:
        pass
    if data.decode("cp1252") != make_notice.NOTICE.replace("\n", "\r\n"):
        errors.append(f"{GYM}: differs from make_notice.py; run it")
    for name in DISTRACTORS:
        with open(os.path.join(DOCS, name), "rb") as f:
            body = f.read().decode("cp1252" if name in CP1252_FILES else "utf-8")
        if re.search(r"\b(?:MWPG|GIMB|DFPC|CPFN)\b|\bGuild\b|\bGuilde\b", body):
            errors.append(f"{name}: a distractor names the Guild or the Council")


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    corpus = "\n".join(vs[0][1] for vs in doc_views.values())
    if any(c in corpus for c in "$€£¥") or re.search(
        r"\b(EUR|USD|GBP|CAD|CHF|PLN|dollars?|euros?|francs?|zł)\b", corpus
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
            if '"eval/union-ac/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-ac/score.py not in ruff's extend-exclude")


AVATAR_FEE = re.compile(r"avatar", re.I)


def check_rejected(questions: list[dict], doc_views: dict, errors: list[str]) -> None:
    for home in REJECTED_HOMES:
        if not any(score.contains(doc_views[home][0][2], f) for f in REJECTED_FORMS):
            errors.append(f"{home}: does not print the rejected buy-out")
    for name, vs in doc_views.items():
        if name not in REJECTED_HOMES and any(
            score.contains(norm, f) for _, _, norm in vs for f in REJECTED_FORMS
        ):
            errors.append(f"{name}: prints the rejected buy-out (only the news and the FAQ may)")
    n = 0
    for q in questions:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                if any(score.contains(score.normalise(alt), f) for f in REJECTED_FORMS):
                    errors.append(f"{q['id']}: the rejected buy-out is in must_include")
        licence = any(
            score.normalise(alt) == "45000"
            for el in q["must_include"]
            for alt in score.alternatives(el)
        )
        if AVATAR_FEE.search(q["question"]) and licence:
            n += 1
            if not set(REJECTED_FORMS) <= set(q["must_not_include"]):
                errors.append(f"{q['id']}: an avatar-licence question without the rejected trap")
    if n < 3:
        errors.append("fewer than three avatar-licence questions trap the rejected buy-out")


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

    for name in (AGREEMENT, LETTER, PREVIOUS):
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

    for name in (SCHEDULE, REUSE, EMAIL, FAQ, NEWS, GUIDE, EXPIRED, GYM, BROCHURE):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_agreement(errors)
        check_letter(errors)
        check_schedule(errors)
        check_previous(errors)
        check_reuse(errors)
        check_email(errors)
        check_faq(errors)
        check_news(errors)
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
