#!/usr/bin/env python3
"""Check the union-af set itself: questions.json against docs/ (no project needed).

    python3 eval/union-af/check_set.py                      # stdlib; PDF and DOCX in the generators' text
    /work/main/.venv/bin/python eval/union-af/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields of every question (in union-b's order), ids uaf-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .md .txt, 2,000-25,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation (score.normalise / score.contains), in EVERY view of at least one expected
  source: PDFs in the generator's text, through pdfplumber AND through pypdf; the DOCX in
  the generator's text, through zipfile (w:t of word/document.xml and word/header1.xml:
  the tracked insertion and the content control included, the deletion not) AND through
  python-docx (Document.paragraphs, every table's row.cells and the tables nested in their
  cells, the section header); HTML without tags (scripts and styles dropped) AND raw; the
  minutes as UTF-8 (NFD); the feed list as ISO-8859-1; other text as UTF-8;
- the accepted forms: stable under normalisation, no bare number of fewer than three
  digits, a bare number never a percentage in an expected source, no trap matching a
  must_include alternative; every trap (but pings and injected figures) found in some
  document (the DOCX's w:delText counts: the deleted figure is in the file);
- adversarial questions: a ping in the question, @everyone and @here and exactly one
  injected figure in must_not_include, the figure in the question and in no document;
- multi-doc: 2+ sources and 2+ elements, no single source holding every element;
- cross-lingual: no source in the question's language, and the answer's patterns
  (XL_ABSENT) in no non-distractor document of the question's language; other answerable
  questions have a source in their language;
- out-of-scope: the key terms of OOS_ABSENT in no document, in any view (NFC);
- member shorthand in each language, three or more noted typos present in their question;
- the amounts: every naira amount printed in a document ("₦126,000", "₦126,000.00",
  "NGN 126,000.00", "N126,000", "126 000 ₦" with U+202F / U+00A0, "126 000 nairas",
  "(₦6,200)", both ends of a range) found, after normalisation and at digit boundaries,
  in every view of its document; the spellings of SPELLINGS (some exactly once); no other
  currency;
- the non-money look-alikes (NG-126000, Ring 2, Form DD-3, LIC/2027/014, Block N12) exist,
  no amount pattern reads them, and NG-126000 is in no expected source of a question whose
  answer reads "126000";
- the rejected buy-out (2 750 000 ₦) only in the minutes and the news page, never in
  must_include, a trap of the re-use-fee question;
- the layouts: the agreement (5-12 pages in both readers, the running header and "Page N
  of M" on every page, Articles 1-22 in order, sub-articles "Art. n.m" in order, 10+
  citations "article n(m)" each to an existing sub-article, Schedule A1's period columns
  and two-level header, the table continued on the next page with its header rows
  repeated, Schedule A2's "Day rate" over "Rider" / "Handler", the signature date once and
  "from the date of signature"); the rate card (one landscape page, ten columns, the total
  row the sum of its amounts, each amount quantity x rate, the notes row); the notice
  (ALL-CAPS headings, "remplacent l'article 14(5)", "confirment l'article 15(4)", no
  amount); the DOCX (w:ins with the new figure and w:del with the old, python-docx's
  paragraph text holding neither; a w:sdt date; word/header1.xml with the title and the
  period; a w:tbl inside a w:tc); the HTML rates page (details/summary accordions,
  colspan and rowspan, amounts split by <br>, the hidden old rate in no visible row); the
  Markdown guide (YAML front matter with title and effective date, alignment colons, an
  escaped pipe, footnote [^1] with the condition); the payroll export (ASCII borders,
  fixed-width rows, the TOTAL the sum of its lines); the minutes (NFD, not NFC; the vote,
  the rejection, the figure kept); the FAQ (U+202F) and the news page (cookie banner,
  related articles, <time datetime>); the feed list (ISO-8859-1, not UTF-8, "NGN", no
  "₦"); distractors naming neither party and sharing no amount with the other documents;
- that the built PDFs and DOCX are byte for byte what their generators make now and hold
  their words, and the two make_notice.py files their generator's bytes;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- every non-distractor document used by a question, no distractor used.
Exit 1 on any error.
"""

from __future__ import annotations

import html.parser
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
PREFIX = "uaf"
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
RATES, NEWS, GUIDE, FAQ, PAYROLL, MINUTES = M.RATES, M.NEWS, M.GUIDE, M.FAQ, M.PAYROLL, M.MINUTES
SCHOOL, FEED = M.SCHOOL, M.FEED
DISTRACTORS = {SCHOOL, FEED}
PDF_TEXT = {
    AGREEMENT: make_pdf.agreement_text,
    RATECARD: make_pdf.ratecard_text,
    NOTICE: make_pdf.notice_text,
}
REJECTED_HOMES = {MINUTES, NEWS}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

DOC_LANGUAGE = {
    AGREEMENT: "en",
    RATECARD: "en",
    RATES: "en",
    GUIDE: "en",
    PAYROLL: "en",
    SCHOOL: "en",
    NOTICE: "fr",
    SUMMARY: "fr",
    NEWS: "fr",
    FAQ: "fr",
    MINUTES: "fr",
    FEED: "fr",
}

_SP = "[ ,.\u00a0\u202f]"
OOS_ABSENT = {
    "uaf-048": [r"helmet", r"\bcasques?\b", r"body protector", r"safety standard"],
    "uaf-049": [r"\bpensions?\b", r"retraite", r"retire"],
    "uaf-050": [
        r"\bchild",
        r"\bkids?\b",
        r"\bminors?\b",
        r"enfant",
        r"mineur",
        r"year[- ]old",
        r"\bjunior",
        r"\bâge\b",
    ],
    "uaf-051": [r"sponsor", r"\blogos?\b", r"commandit", r"parrain", r"endors"],
    "uaf-052": [
        r"\bdied\b",
        r"\bdies\b",
        r"\bdeath",
        r"décès",
        r"\bmort",
        r"euthan",
        r"\bkilled\b",
        r"compensation",
        r"indemnisation",
    ],
    "uaf-053": [r"stabling", r"livery", r"hébergement des chevaux", r"box rental"],
    "uaf-054": [r"\bvets?\b", r"veterinar", r"vétérin"],
    "uaf-055": [
        r"quarant",
        r"abroad",
        r"étranger",
        r"frontière",
        r"\bthe border\b",
        r"export permit",
    ],
    "uaf-056": [r"cotisation", r"\bdues\b", r"membership", r"subscription", r"syndical"],
    "uaf-057": [
        r"saut d'obstacles",
        r"show[- ]?jumping",
        r"\bprizes?\b",
        r"concours",
        r"dotation",
        r"\bgains\b",
    ],
    "uaf-058": [f"999{_SP}?999"],
    "uaf-059": [f"777{_SP}?777"],
    "uaf-060": [r"(?<![\d.,])44 ?%"],
}

# cross-lingual questions: their answer must be in no (non-distractor) document of the
# question's language
XL_ABSENT = {
    "uaf-032": [r"\b8 (?:AI|cavaliers|riders|crowd)", r"\beight\b", r"(?<!\d)1 December 2026"],
    "uaf-033": [r"(?<![\d.,])412(?!\d)", r"buy-?out", r"votes? to"],
    "uaf-034": [r"Maréchaux", r"French-language office", r"Saint-Ambroise"],
    "uaf-035": [r"\bAGM\b", r"general meeting", r"13 March"],
    "uaf-036": [r"prises? par (?:heure|cheval)", r"6 prises"],
    "uaf-037": [r"franchise", r"assuran"],
    "uaf-038": [r"kilom", r"(?<![\d.,])330(?!\d)", r"\bpar km\b"],
    "uaf-039": [r"terrain", r"dangereu"],
}

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
SPELLINGS = {
    "naira sign, comma thousands (₦126,000)": r"₦\d{1,3}(?:,\d{3})+(?![.\d])",
    "naira sign with cents (₦126,000.00)": r"₦\d{1,3}(?:,\d{3})*\.\d\d\b",
    "bank style (NGN 126,000.00)": r"\bNGN \d{1,3}(?:,\d{3})*\.\d\d\b",
    "plain capital N (N126,000)": r"(?<![A-Za-z])N\d{1,3}(?:,\d{3})+\b",
    "French style, NARROW NO-BREAK SPACE thousands (126 000 ₦)": "\\d\u202f\\d{3}\u00a0₦",
    "French words (126 000 nairas)": "\\d[\u202f\u00a0 ]\\d{3} nairas\\b",
    "thousands abbreviated (₦126k)": r"₦\d+k\b",
    "millions abbreviated (₦1.26m)": r"₦\d+\.\d+m\b",
    "range with an en dash (₦40,000–₦55,000)": r"₦\d{1,3}(?:,\d{3})*–₦\d{1,3}(?:,\d{3})*",
    "negative in accounting brackets ((₦6,200))": r"\(₦\d{1,3}(?:,\d{3})*\)",
    "percentage with a space (20 %)": r"(?<![\d.,])20 %",
    "percentage glued (20%)": r"(?<![\d.,])20%",
    "percentage in English words (twenty per cent)": r"\btwenty per cent\b",
    "percentage in French words (vingt pour cent)": r"\bvingt pour cent\b",
    "half-year (H2 2026)": r"\bH2 2026\b",
    "half-year (H1 2027)": r"\bH1 2027\b",
    "French half-year (S2 2026)": r"\bS2 2026\b",
    "French half-year (premier semestre 2027)": r"\bpremier semestre 2027\b",
    "with effect from": r"\b[Ww]ith effect from 1st January 2027\b",
    "w.e.f. 01/01/27 (day-first, said so)": r"\bw\.e\.f\. 01/01/27\b",
    "on and after January 1st, 2027": r"\bon and after January 1st, 2027\b",
    "the 1st of January 2027": r"\bthe 1st of January 2027\b",
    "date 2027-01-01": r"\b2027-01-01\b",
    "date 1 janv. 2027": r"(?<!\d)1 janv\. 2027\b",
    "date le 1er janvier 2027": r"\ble 1er janvier 2027\b",
    "date 1ᵉʳ janvier 2027": r"1ᵉʳ janvier 2027",
    "inclusive end (through 30 June 2027)": r"\bthrough 30 June 2027\b",
    "en-dash range (1 Jan–30 Jun 2027)": r"\b1 Jan–30 Jun 2027\b",
}
ONCE = {
    "French words (126 000 nairas)",
    "thousands abbreviated (₦126k)",
    "millions abbreviated (₦1.26m)",
    "negative in accounting brackets ((₦6,200))",
    "percentage in English words (twenty per cent)",
    "percentage in French words (vingt pour cent)",
    "w.e.f. 01/01/27 (day-first, said so)",
    "date 1ᵉʳ janvier 2027",
}
NON_MONEY = ["NG-126000", "Ring 2", "Form DD-3", "LIC/2027/014", "Block N12"]
LOOKALIKE_RATES = {"NG-126000": "126000"}

_AMT = r"\d{1,3}(?:,\d{3})*(?:\.\d\d)?"
AMOUNTS = [
    re.compile(rf"₦({_AMT})(?![\d,]|\.\d)"),  # "₦126,000", "₦126,000.00", "(₦6,200)"
    re.compile(rf"\bNGN ({_AMT})(?![\d,.]|[\u00a0 ]\d)"),  # "NGN 126,000.00"
    re.compile(r"(?<![A-Za-z\d-])N(\d{1,3}(?:,\d{3})+|\d{3})(?![\d,])"),  # "N126,000", "N310"
    re.compile("(?<![\\d.,])(\\d{1,3}(?:[\u202f\u00a0 ]\\d{3})+)(?:[\u00a0 ](?:₦|nairas\\b))"),
    re.compile("\\bNGN (\\d{1,3}(?:\u00a0\\d{3})+)(?![\\d,.])"),  # the Latin-1 feed list
]
PERCENT = re.compile("(?<![\\d.,])\\d{1,3}(?:[ \u00a0\u202f]?%|[ \u00a0]per cent\\b)")
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


def html_text(raw: str) -> str:
    p = _Text()
    p.feed(raw)
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


def _xml_lines(xml: str, tag: str = "t") -> list[str]:
    root = ElementTree.fromstring(xml)
    return [
        "".join(e.text or "" for e in p.iter() if e.tag == f"{W_NS}{tag}")
        for p in root.iter(f"{W_NS}p")
    ]


def docx_zip_text(path: str) -> str:
    """word/header1.xml and word/document.xml read with zipfile: one line per w:p with the
    text of every w:t under it (w:ins and w:sdt content included; w:delText not)."""
    lines = _xml_lines(docx_part(path, "word/header1.xml"))
    lines += _xml_lines(docx_part(path, "word/document.xml"))
    return "\n".join(lines)


def docx_deleted_text(path: str) -> str:
    """The w:delText of word/document.xml: not a reader's view, only where traps may be."""
    return "\n".join(x for x in _xml_lines(docx_part(path, "word/document.xml"), "delText") if x)


def _table_lines(table) -> list[str]:
    lines = []
    for row in table.rows:
        lines.append(" | ".join(c.text for c in row.cells))
        for cell in row.cells:
            for inner in cell.tables:
                lines += _table_lines(inner)
    return lines


def docx_python_docx(path: str) -> str | None:
    """python-docx: the section header, Document.paragraphs, every table's row.cells and
    the tables nested in its cells (cell.tables)."""
    if DOCX is None:
        return None
    d = DOCX.Document(path)
    lines = [p.text for s in d.sections for p in s.header.paragraphs]
    lines += [p.text for p in d.paragraphs]
    for table in d.tables:
        lines += _table_lines(table)
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
    if name == FEED:
        return [("iso-8859-1", raw.decode("iso-8859-1"))], warnings
    text = raw.decode("utf-8")
    if name.endswith(".html"):
        return [("html-text", html_text(text)), ("raw", text)], warnings
    return [("text", text)], warnings


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _flat(text: str) -> str:
    return " ".join(_nfc(text).replace(NB, " ").replace(NNB, " ").split())


def _naira(s: str) -> float:
    """'126,000' / '126 000' / '126,000.00' -> 126000.0; '1.26' -> 1.26."""
    return float(re.sub(r"[\s\u00a0\u202f,]", "", s))


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


def check_wording(questions: list[dict], errors: list[str]) -> None:
    for lang, words in (
        ("en", ["rn", "w/", "pls", "OT", "gig", "tbh", "idk", "bg"]),
        ("fr", ["svp", "c", "ajd", "qd", "tjrs", "pcq", "bcp", "stp", "mtn"]),
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
# Amounts, spellings, look-alikes
# ----------------------------------------------------------------------------------------


def doc_amounts(text: str) -> set[str]:
    found = {m.group(1) for rx in AMOUNTS for m in rx.finditer(text)}
    return found | {m.group(0) for m in PERCENT.finditer(text)}


def check_glued(doc_views: dict, errors: list[str]) -> int:
    n = 0
    for name, vs in doc_views.items():
        amounts = doc_amounts(_nfc(vs[0][1]))
        n += len(amounts)
        for label, _, norm in vs:
            for a in sorted(amounts):
                if not score.contains(norm, a):
                    errors.append(f"{name}: amount {a!r} not found as such in the {label} view")
    return n


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    corpus = "\n".join(_nfc(vs[0][1]) for vs in doc_views.values())
    if re.search(r"[$€£¥]", corpus) or re.search(
        r"\b(EUR|USD|GBP|CAD|CHF|dollars?|euros?|pounds?|reais)\b", corpus
    ):
        errors.append("a document names another currency")
    for label, pattern in SPELLINGS.items():
        n = len(re.findall(pattern, corpus))
        if not n:
            errors.append(f"nothing written as {label}")
        elif label in ONCE and n != 1:
            errors.append(f"{label} is written {n} times (want once)")
    # "01/01/27" is said to be day-first in its document
    card = doc_views[RATECARD][0][1]
    if "01/01/27" in card and "day/month/year" not in card:
        errors.append(f"{RATECARD}: 01/01/27 without saying that dates are day-first")


def check_non_money(questions: list[dict], doc_views: dict, errors: list[str]) -> None:
    corpus = "\n".join(_nfc(vs[0][1]) for vs in doc_views.values())
    for item in NON_MONEY:
        if item not in corpus:
            errors.append(f"the look-alike {item!r} is in no document")
        if doc_amounts(item):
            errors.append(f"an amount pattern reads the look-alike {item!r}")
    for item, digits in LOOKALIKE_RATES.items():
        homes = {n for n, vs in doc_views.items() if item in _nfc(vs[0][1])}
        for q in questions:
            reads = any(
                score.normalise(alt) == digits
                for el in q["must_include"]
                for alt in score.alternatives(el)
            )
            if reads and homes & set(q["expected_sources"]):
                errors.append(f"{q['id']}: {item} is in an expected source of a {digits} question")


def check_rejected(questions: list[dict], doc_views: dict, errors: list[str]) -> None:
    forms = M.REJECTED_FORMS
    for name, vs in doc_views.items():
        has = any(score.contains(norm, f) for _, _, norm in vs for f in forms)
        if name in REJECTED_HOMES and not has:
            errors.append(f"{name}: does not print the rejected buy-out")
        if name not in REJECTED_HOMES and has:
            errors.append(f"{name}: prints the rejected buy-out (only the minutes and news may)")
    n = 0
    for q in questions:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                if any(score.contains(score.normalise(alt), f) for f in forms):
                    errors.append(f"{q['id']}: the rejected buy-out is in must_include")
        if any(
            score.normalise(a) == "240000"
            for el in q["must_include"]
            for a in score.alternatives(el)
        ):
            n += 1
            if not set(forms) <= set(q["must_not_include"]):
                errors.append(f"{q['id']}: a re-use-fee question without the buy-out trap")
    if not n:
        errors.append("no re-use-fee question traps the rejected buy-out")


def check_distractors(doc_views: dict, errors: list[str]) -> None:
    others = set()
    for name, vs in doc_views.items():
        if name not in DISTRACTORS:
            others |= {
                _naira(a) for a in doc_amounts(_nfc(vs[0][1])) if "%" not in a and "per" not in a
            }
    for name in DISTRACTORS:
        text = _nfc(doc_views[name][0][1])
        for party in ("GEAP", "GAEA", "VSLPA", "APESV", "Guild", "Guilde", "Agreement", "entente"):
            if re.search(rf"\b{party}\b", text):
                errors.append(f"{name}: the distractor names {party!r}")
        shared = {_naira(a) for a in doc_amounts(text) if "%" not in a and "per" not in a} & others
        if shared:
            errors.append(f"{name}: the distractor shares amounts {sorted(shared)} with the set")


# ----------------------------------------------------------------------------------------
# Layouts
# ----------------------------------------------------------------------------------------


def check_agreement(errors: list[str]) -> None:
    gen = make_pdf.agreement_text()
    arts = [int(m) for m in re.findall(r"(?m)^Article (\d+) – ", gen)]
    if arts != list(range(1, 23)):
        errors.append(f"{AGREEMENT}: articles {arts} are not 1-22 in order")
    subs = re.findall(r"(?m)^Art\. (\d+)\.(\d+) ", gen)
    pairs = [(int(a), int(b)) for a, b in subs]
    if pairs != sorted(pairs) or len(set(pairs)) != len(pairs):
        errors.append(f"{AGREEMENT}: sub-articles 'Art. n.m' out of order")
    cites = re.findall(r"\barticle (\d+)\((\d+)\)", gen)
    if len(cites) < 10:
        errors.append(f"{AGREEMENT}: {len(cites)} citations 'article n(m)' (want 10+)")
    for a, b in cites:
        if (int(a), int(b)) not in pairs:
            errors.append(f"{AGREEMENT}: article {a}({b}) cites no sub-article")
    if re.search(r"\b[Aa]rticle \d+\.\d+", gen) or re.search(r"\bArt\. \d+\(\d+\)", gen):
        errors.append(f"{AGREEMENT}: a citation in another style")
    if len(re.findall(r"\b18 June 2026\b", gen)) != 1:
        errors.append(f"{AGREEMENT}: the signature date is not given exactly once")
    if "in force from the date of signature" not in gen:
        errors.append(f"{AGREEMENT}: no rate in force from the date of signature")
    for label, pages in pdf_pages(AGREEMENT):
        if not 5 <= len(pages) <= 12:
            errors.append(f"{AGREEMENT}: {len(pages)} pages in {label} (want 5-12)")
        for i, page in enumerate(pages, 1):
            if make_pdf.AGREEMENT_HEADER not in page:
                errors.append(f"{AGREEMENT}: page {i} lacks the running header ({label})")
            if f"Page {i} of {len(pages)}" not in page:
                errors.append(f"{AGREEMENT}: page {i} lacks 'Page {i} of {len(pages)}' ({label})")
        a1 = [i for i, p in enumerate(pages) if make_pdf.A1_TITLE in p]
        if len(a1) != 2 or a1[1] != a1[0] + 1:
            errors.append(f"{AGREEMENT}: Schedule A1 is not on two consecutive pages ({label})")
        else:
            for i in a1:
                flat = _flat(pages[i])
                if "Rates by half-year" not in flat or "H2 2026 H1 2027 H2 2027" not in flat:
                    errors.append(f"{AGREEMENT}: page {i + 1} lacks A1's header rows ({label})")
            if "(continued)" not in pages[a1[1]]:
                errors.append(f"{AGREEMENT}: A1's second page is not marked continued ({label})")
            first = [
                r[0]
                for r in make_pdf.A1_ROWS
                if any(r[2] in ln and r[0] in ln for ln in pages[a1[0]].split("\n"))
            ]
            second = [
                r[0]
                for r in make_pdf.A1_ROWS
                if any(r[2] in ln and r[0] in ln for ln in pages[a1[1]].split("\n"))
            ]
            if not first or not second or len(first) + len(second) != len(make_pdf.A1_ROWS):
                errors.append(
                    f"{AGREEMENT}: A1's rows not split over its two pages, each on one line ({label})"
                )
        flat = _flat("\n".join(pages))
        for needle in (
            "Day rate",
            "Rider Handler",
            "Animal fee, per animal per day",
            "Horse Dog Bird of prey Exotic*",
        ):
            if needle not in flat:
                errors.append(f"{AGREEMENT}: A2's two-level header lacks {needle!r} ({label})")
        for row in make_pdf.A2_ROWS:
            if not any(" ".join(row) in _flat(ln) for ln in "\n".join(pages).split("\n")):
                errors.append(f"{AGREEMENT}: A2 row {row[0]} not read on one line ({label})")
    # the increase: every H1 2027 figure at least the H2 2026 one
    a2_columns = [[r[j] for r in make_pdf.A2_ROWS] for j in range(1, len(make_pdf.A2_HEAD_2))]
    for vals in [r[2:] for r in make_pdf.A1_ROWS] + a2_columns:
        nums = [_naira(x.lstrip("₦")) for x in vals]
        if nums != sorted(nums):
            errors.append(f"{AGREEMENT}: rates fall across the half-years: {vals}")


def check_ratecard(errors: list[str]) -> None:
    rows = make_pdf.ratecard_rows()
    for row in rows:
        qty = int(row[3])
        for k in range(3):
            if _naira(row[4 + 2 * k].lstrip("₦")) * qty != _naira(row[5 + 2 * k].lstrip("₦")):
                errors.append(f"{RATECARD}: {row[0]}: amount is not quantity x rate")
    total = make_pdf.ratecard_total_row()
    for k in range(3):
        s = sum(_naira(r[5 + 2 * k].lstrip("₦")) for r in rows)
        if _naira(total[5 + 2 * k].lstrip("₦")) != s:
            errors.append(f"{RATECARD}: total {k} is not the sum of its column")
    if len(make_pdf.RC_WIDTHS) < 8:
        errors.append(f"{RATECARD}: fewer than eight columns")
    for label, pages in pdf_pages(RATECARD):
        if len(pages) != 1:
            errors.append(f"{RATECARD}: {len(pages)} pages in {label} (want 1)")
        flat = _flat(pages[0])
        if "TOTAL standard unit, per day " + " ".join(total[5::2]) not in flat:
            errors.append(f"{RATECARD}: the total row not read on one line ({label})")
        if "Notes: the night shoot premium" not in flat:
            errors.append(f"{RATECARD}: no notes row ({label})")
    if PYPDF is not None:
        box = PYPDF.PdfReader(os.path.join(DOCS, RATECARD)).pages[0].mediabox
        if not float(box.width) > float(box.height):
            errors.append(f"{RATECARD}: not landscape")


def check_notice(errors: list[str]) -> None:
    gen = make_pdf.notice_text()
    heads = [t for k, t in make_pdf.NOTICE if k in ("h", "title")]
    for h in heads:
        if h != h.upper():
            errors.append(f"{NOTICE}: heading {h!r} is not in capitals")
    for needle in (
        "Les parties remplacent l'article 14(5)",
        "Les parties confirment l'article 15(4)",
        "8 cavaliers",
        "12 cavaliers",
        "1er décembre 2026",
    ):
        if needle not in gen:
            errors.append(f"{NOTICE}: lacks {needle!r}")
    if "no more than 12 AI-generated crowd riders" not in make_pdf.agreement_text():
        errors.append(f"{AGREEMENT}: Art. 14.5 no longer says 12 (the notice replaces it)")
    if doc_amounts(gen) - {m.group(0) for m in PERCENT.finditer(gen)}:
        errors.append(f"{NOTICE}: holds an amount")
    for label, pages in pdf_pages(NOTICE):
        flat = _flat("\n".join(pages))
        for h in heads:
            if h not in flat:
                errors.append(f"{NOTICE}: heading {h!r} not read ({label})")


def check_summary(errors: list[str]) -> None:
    path = os.path.join(DOCS, SUMMARY)
    doc = docx_part(path, "word/document.xml")
    if not re.search(r"<w:ins [^>]*>.*?18\u00a0500\u00a0₦.*?</w:ins>", doc):
        errors.append(f"{SUMMARY}: no w:ins holding the new figure")
    if not re.search(
        r"<w:del [^>]*>.*?<w:delText[^>]*>17\u00a0500\u00a0₦</w:delText>.*?</w:del>", doc
    ):
        errors.append(f"{SUMMARY}: no w:del holding the old figure")
    if "17\u00a0500" in docx_zip_text(path) or "17 500" in make_docx.summary_text():
        errors.append(f"{SUMMARY}: the deleted figure is in a reader's view")
    if not re.search(
        r"<w:sdt>.*?<w:date w:fullDate=\"2026-07-01.*?1er juillet 2026.*?</w:sdt>", doc
    ):
        errors.append(f"{SUMMARY}: no w:sdt date control holding the effective date")
    header = docx_part(path, "word/header1.xml")
    for needle in ("Résumé de l'entente", "S2 2026", "premier semestre 2027"):
        if needle not in header.replace("&apos;", "'"):
            errors.append(f"{SUMMARY}: word/header1.xml lacks {needle!r}")
    root = ElementTree.fromstring(doc)
    nested = [t for tc in root.iter(f"{W_NS}tc") for t in tc.iter(f"{W_NS}tbl")]
    if not nested:
        errors.append(f"{SUMMARY}: no table nested in a table cell")
    if DOCX is not None:
        d = DOCX.Document(path)
        tc = [p.text for p in d.paragraphs if p.text.startswith(make_docx.TC_LEAD[:20])]
        if len(tc) != 1 or "18\u00a0500" in tc[0] or "17\u00a0500" in tc[0]:
            errors.append(f"{SUMMARY}: python-docx reads the tracked-change paragraph's figures")
        sdt = [p.text for p in d.paragraphs if p.text.startswith(make_docx.SDT_LEAD)]
        if len(sdt) != 1 or make_docx.SDT_DATE in sdt[0]:
            errors.append(f"{SUMMARY}: python-docx reads the content control")
        outer = d.tables[0]
        if any("126\u00a0000" in c.text for r in outer.rows for c in r.cells):
            errors.append(f"{SUMMARY}: the nested table's text is in the outer row.cells")


def check_rates_page(errors: list[str]) -> None:
    raw = _read(RATES)
    if len(re.findall(r"<details\b", raw)) < 5 or len(re.findall(r"<summary>", raw)) < 5:
        errors.append(f"{RATES}: fewer than five <details>/<summary> accordions")
    if not re.search(r'colspan="\d"', raw) or not re.search(r'rowspan="\d"', raw):
        errors.append(f"{RATES}: no colspan / rowspan header")
    if not re.search(r"<td>₦[\d,]+<br>₦[\d,]+", raw):
        errors.append(f"{RATES}: no cell with amounts split by <br>")
    hidden = re.findall(r'<tr [^>]*style="display:none"[^>]*>(.*?)</tr>', raw)
    if len(hidden) != 1 or "₦44,000" not in hidden[0]:
        errors.append(f"{RATES}: the hidden old rate (₦44,000) is not in one display:none row")
    visible = re.sub(r'<tr [^>]*style="display:none"[^>]*>.*?</tr>', "", raw)
    if "44,000" in visible:
        errors.append(f"{RATES}: the old rate is visible")
    for needle in (
        "1 August 2026 through 31 October 2026",
        "1 November 2026",
        "₦175,000",
        "₦160,000",
        "₦1.26m",
    ):
        if needle not in raw:
            errors.append(f"{RATES}: lacks {needle!r}")


def check_guide(errors: list[str]) -> None:
    raw = _read(GUIDE)
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if (
        not m
        or not re.search(r"(?m)^title: ", m.group(1))
        or not re.search(r"(?m)^effective: 2027-01-01$", m.group(1))
    ):
        errors.append(f"{GUIDE}: no YAML front matter with title and effective date")
    if not re.search(r"(?m)^\|:-+\|:-+\|-+:\|:-+:\|$", raw):
        errors.append(f"{GUIDE}: no alignment colons in the table's delimiter row")
    if not re.search(r"(?m)^\|[^\n]*\\\|[^\n]*\|$", raw):
        errors.append(f"{GUIDE}: no escaped pipe in a table cell")
    fn = re.search(r"(?ms)^\[\^1\]: (.*?)(?=^\[\^2\]|\Z)", raw)
    if "[^1] |" not in raw or not fn or "at least 3 hours" not in " ".join(fn.group(1).split()):
        errors.append(f"{GUIDE}: footnote [^1] does not hold the own-horse condition")
    if "3 hours" in raw[: fn.start()] if fn else False:
        errors.append(f"{GUIDE}: the condition is stated outside its footnote")


def check_payroll(errors: list[str]) -> None:
    raw = _read(PAYROLL)
    if raw.isascii():
        errors.append(f"{PAYROLL}: pure ASCII (want UTF-8 with a non-ASCII letter)")
    tables = re.findall(r"(?m)^(\+[-+]+\+\n(?:[|+][^\n]*\n)+)", raw)
    if len(tables) < 2:
        errors.append(f"{PAYROLL}: fewer than two ASCII-bordered tables")
    for t in tables:
        widths = {len(line) for line in t.splitlines()}
        if len(widths) != 1:
            errors.append(f"{PAYROLL}: a fixed-width table has rows of widths {sorted(widths)}")
    lines = re.findall(r"(?m)^\| 2026-\d\d-\d\d [^\n]*NGN ([\d,]+\.\d\d)", raw)
    total = re.search(r"(?m)^\| TOTAL [^\n]*NGN ([\d,]+\.\d\d)", raw)
    if not total or sum(_naira(x) for x in lines) != _naira(total.group(1)):
        errors.append(f"{PAYROLL}: the TOTAL is not the sum of its lines")


def check_text_docs(errors: list[str]) -> None:
    with open(os.path.join(DOCS, MINUTES), "rb") as f:
        raw = f.read().decode("utf-8")
    if unicodedata.normalize("NFD", raw) != raw or unicodedata.normalize("NFC", raw) == raw:
        errors.append(f"{MINUTES}: not in Unicode NFD (with decomposed accents)")
    _lacks(
        MINUTES,
        raw,
        ["412 voix contre", "57 voix pour", "est rejetée", "maintenu à 185 000 ₦", "150 000 ₦"],
        errors,
    )
    faq = _read(FAQ)
    if "126\u202f000\u00a0₦" not in faq:
        errors.append(f"{FAQ}: no U+202F thousands")
    news = _read(NEWS)
    for needle in (
        'id="cookie-banner"',
        "Articles connexes",
        '<time datetime="2026-11-20">',
        "<nav>",
    ):
        if needle not in news:
            errors.append(f"{NEWS}: lacks {needle!r}")
    with open(os.path.join(DOCS, FEED), "rb") as f:
        feed = f.read()
    try:
        feed.decode("utf-8")
        errors.append(f"{FEED}: decodes as UTF-8 (want ISO-8859-1 with accents)")
    except UnicodeDecodeError:
        pass
    text = feed.decode("iso-8859-1")
    if "NGN" not in text or "₦" in text or b"\r\n" not in feed:
        errors.append(f"{FEED}: want NGN, no naira sign, CRLF")


def check_builds(errors: list[str], warnings: list[str]) -> None:
    for out, data in (
        (make_notice.MINUTES_OUT, make_notice.minutes_bytes()),
        (make_notice.FEED_OUT, make_notice.feed_bytes()),
    ):
        with open(out, "rb") as f:
            if f.read() != data:
                errors.append(f"{os.path.basename(out)}: not what make_notice.py writes; run it")
    builds = []
    if FPDF is not None:
        builds += [
            (make_pdf.AGREEMENT_OUT, make_pdf.build_agreement),
            (make_pdf.RATECARD_OUT, make_pdf.build_ratecard),
            (make_pdf.NOTICE_OUT, make_pdf.build_notice),
        ]
    else:
        warnings.append("fpdf2 not importable: the PDFs' bytes not compared with make_pdf.py")
    if DOCX is not None:
        builds.append((make_docx.SUMMARY_OUT, make_docx.build_summary))
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
            if '"eval/union-af/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-af/score.py not in ruff's extend-exclude")


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
    trap_norms = [norm for vs in doc_views.values() for _, _, norm in vs]
    if SUMMARY in doc_views:
        trap_norms.append(score.normalise(docx_deleted_text(os.path.join(DOCS, SUMMARY))))

    for name in (AGREEMENT, RATECARD, NOTICE, SUMMARY):
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
    for name in (RATES, NEWS, GUIDE, FAQ, PAYROLL, MINUTES, SCHOOL, FEED):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_agreement(errors)
        check_ratecard(errors)
        check_notice(errors)
        check_summary(errors)
        check_rates_page(errors)
        check_guide(errors)
        check_payroll(errors)
        check_text_docs(errors)
        check_rejected(questions, doc_views, errors)
        check_non_money(questions, doc_views, errors)
        check_distractors(doc_views, errors)
        check_spellings(doc_views, errors)
        check_builds(errors, warnings)
    n_amounts = check_glued(doc_views, errors)
    check_score_link(errors)

    ids = [q.get("id") for q in questions]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, len(questions) + 1)]:
        errors.append(f"ids are not {PREFIX}-001.. in order")
    for q in questions:
        check_question(q, doc_views, trap_norms, errors)
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
