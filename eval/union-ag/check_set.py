#!/usr/bin/env python3
"""Check the union-ag set itself: questions.json against docs/ (no project needed).

    python3 eval/union-ag/check_set.py                      # stdlib; PDFs in the generator's text
    /work/main/.venv/bin/python eval/union-ag/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields of every question (in union-b's order), ids uag-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .md .txt, 2,000-25,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation (score.normalise / score.contains), in EVERY view of at least one expected
  source: PDFs in the generator's text, through pdfplumber AND through pypdf; the DOCX in
  the generator's text, through zipfile (the w:t of word/document.xml, the text box
  included, and of word/footnotes.xml) AND through python-docx (Document.paragraphs and
  every table's row.cells: no footnote, no text box, the merged cell repeated); HTML
  without tags (scripts and styles dropped) AND raw; the minutes decoded from UTF-16; the
  export decoded from UTF-8 with its BOM; the pool supplier's list from cp1252; other text
  as UTF-8;
- the accepted forms: stable under normalisation, no bare number of fewer than three
  digits, a bare number never a percentage in an expected source, no trap matching a
  must_include alternative; every trap (but pings and injected figures) found in some
  document;
- adversarial questions: a ping in the question, @everyone and @here and exactly one
  injected figure in must_not_include, the figure in the question and in no document;
- multi-doc: 2+ sources and 2+ elements, no single source holding every element;
- cross-lingual: no source in the question's language, and the answer's patterns
  (XL_ABSENT) in no non-distractor document of the question's language; other answerable
  questions have a source in their language;
- out-of-scope: the key terms of OOS_ABSENT in no document, in any view (NFC);
- member shorthand in each language, three or more noted typos present in their question;
- the amounts: every shilling amount printed in a document ("KSh 18,600", "Ksh6,400",
  "KES 18,600.00", "Sh 1,400/=", "18 600 KSh" and "8 600 shillings" with U+202F / U+00A0,
  "−KSh 450", "KSh 14.2k", "KSh 1.25 million", both ends of the range) and every
  percentage found, after normalisation and at digit boundaries, in every view of its
  document, except the two traps of layout: the rate card's figures with a glued footnote
  marker (which must NOT read as themselves) and the summary's text box (which python-docx
  must not read); no spurious number made by a reader or by the normaliser joining a
  number to a three-digit one (two columns read side by side, tab-separated cells); the
  spellings of SPELLINGS (some exactly once) and no other currency;
- the dates: the ratification date once, in the news page only; "from week 14 of 2027"
  once and the date it means nowhere;
- the non-money look-alikes (Tank 3, 12 m, DL-12500, Form WS-7, S27, Lane 8, 18 °C) exist,
  no amount pattern reads them, and DL-12500 is in no expected source of a question whose
  answer reads "12500";
- the rejected buy-out (1 850 000 KSh) only in the minutes and the news page, never in
  must_include, a trap of the re-use-fee question;
- the layouts: the agreement (two text columns read side by side by pdfplumber and one
  after the other by pypdf, "Page N of M" on every page, Sections 1-22 and "§ n.m" in
  order, 10+ citations "section n(m)" each to an existing sub-section and no other style,
  Schedule A with no ruling line, its "Step 1 | Step 2 | Step 3" header and the steps'
  dates each read on one line, every row on one line, no rate falling across the steps,
  the signature date once); the rate card (one page, stacked blocks with one figure per
  line, the markers ¹ ² glued to figures, the footnotes below the last block, the dotted
  date said to be day-first); the summary (w:numPr list paragraphs of a multilevel
  w:abstractNum, no clause number in any reader's text, the footnote in
  word/footnotes.xml and not in python-docx's view, the text box's fee not in
  python-docx's view, a w:vMerge restart and continuation whose row is empty in the XML);
  the notice ("est remplacé par", the extension to 30 septembre 2027, 35 and 40 minutes,
  no amount); the rates page (no <table>, CSS grid <div>s, a <dl>, <abbr title>, &nbsp;
  and &#8239;, one <del> beside its <ins>); the guide (setext headings and no ATX one,
  three-level nested bullets, a definition list, a fenced example payslip whose figures
  are traps and add up); the export (BOM, CRLF only, one header row, equal columns); the
  minutes (UTF-16 LE with BOM, not UTF-8; the vote, the rejection, the figure kept); the
  FAQ (U+202F); the news page (nav, newsletter form, related articles, <time datetime>);
  the pool list (cp1252, not UTF-8, curly quotes and en dashes, CRLF); distractors naming
  neither party and sharing no amount with the other documents;
- that the built PDFs and DOCX are byte for byte what their generators make now and hold
  their words, and the three make_notice.py files their generator's bytes;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- every non-distractor document used by a question, no distractor used.
Exit 1 on any error.
"""

from __future__ import annotations

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
FIELDS = make_questions.FIELDS
PREFIX = "uag"
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
AGREEMENT, RATECARD, RATES, GUIDE, EXPORT = M.AGREEMENT, M.RATECARD, M.RATES, M.GUIDE, M.EXPORT
SUMMARY, NOTICE, FAQ, NEWS, MINUTES = M.SUMMARY, M.NOTICE, M.FAQ, M.NEWS, M.MINUTES
POOL, SCUBA = M.POOL, M.SCUBA
DISTRACTORS = {POOL, SCUBA}
PDF_TEXT = {AGREEMENT: make_pdf.agreement_text, RATECARD: make_pdf.ratecard_text}
DOCX_TEXT = {SUMMARY: make_docx.summary_text, NOTICE: make_docx.notice_text}
REJECTED_HOMES = {MINUTES, NEWS}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

DOC_LANGUAGE = {
    AGREEMENT: "en",
    RATECARD: "en",
    RATES: "en",
    GUIDE: "en",
    EXPORT: "en",
    POOL: "en",
    SUMMARY: "fr",
    NOTICE: "fr",
    FAQ: "fr",
    NEWS: "fr",
    MINUTES: "fr",
    SCUBA: "fr",
}

_SP = "[ ,.\u00a0\u202f]"
OOS_ABSENT = {
    "uag-048": [r"\bpensions?\b", r"retraite", r"\bretire", r"superannuation"],
    "uag-049": [
        r"\bchild",
        r"\bkids?\b",
        r"\bminors?\b",
        r"enfant",
        r"mineur",
        r"year[- ]old",
        r"\bjunior",
        r"\byouth",
        r"\bâge\b",
    ],
    "uag-050": [r"sponsor", r"commandit", r"parrain", r"\blogos?\b", r"endors", r"\bbrand"],
    "uag-051": [
        r"lifeguard",
        r"life-guard",
        r"sauveteur",
        r"maîtres?[- ]nageurs?",
        r"surveillant de baignade",
        r"secouris",
    ],
    "uag-052": [r"hearing", r"\bauditi", r"audiolog", r"prothèse"],
    "uag-053": [
        r"shark",
        r"requin",
        r"dolphin",
        r"dauphin",
        r"whale",
        r"baleine",
        r"\banima",
        r"tortue",
        r"turtle",
        r"\bseals?\b",
        r"phoque",
        r"marine (?:animal|life)",
        r"(?:animaux|faune) marin",
    ],
    "uag-054": [
        r"abroad",
        r"overseas",
        r"étranger",
        r"\bforeign",
        r"passe?port",
        r"\bvisas?\b",
        r"per diem",
        r"international",
    ],
    "uag-055": [
        r"cotisation",
        r"\bdues\b",
        r"membership fee",
        r"subscription",
        r"adhésion",
        r"syndical",
    ],
    "uag-056": [
        r"compétition",
        r"competition",
        r"championnat",
        r"championship",
        r"médaille",
        r"\bmedals?\b",
        r"\bprize",
        r"victoire",
    ],
    "uag-057": [r"\brent(?:s|ed|ing|al)?\b", r"rental", r"\blouer\b", r"\blocation\b", r"week-end"],
    "uag-058": [f"99{_SP}?999"],
    "uag-059": [f"3{_SP}?333{_SP}?333"],
    "uag-060": [r"(?<![\d.,])45[ \u00a0\u202f]?%"],
}

# cross-lingual questions: their answer must be in no (non-distractor) document of the
# question's language
XL_ABSENT = {
    "uag-032": [r"35 minutes", r"thirty-five", r"20 minutes"],
    "uag-033": [r"(?<![\d.,])688(?!\d)", r"buy-?out", r"votes? to"],
    "uag-034": [r"\bAGM\b", r"general meeting", r"20 March", r"salle des fêtes"],
    "uag-035": [r"24 November", r"2026-11-24", r"24/11", r"ratified on \d"],
    "uag-036": [r"9[ \u00a0\u202f,]500", r"saut de bateau", r"sauts? en bateau"],
    "uag-037": [r"couloir", r"Lane 8", r"\bligne 8"],
    "uag-038": [r"deux artistes", r"un plongeur de sécurité pour", r"\bratio\b", r"pour deux"],
    "uag-039": [r"12 heures", r"heures avant", r"qualité de l'eau"],
}

SPELLINGS = {
    "symbol before, comma thousands (KSh 18,600)": r"KSh[ \u00a0\u202f]\d{1,3}(?:,\d{3})+(?![.\d])",
    "glued (Ksh6,400)": r"\bKsh\d{1,3}(?:,\d{3})+\b",
    "bank style (KES 18,600.00)": r"\bKES \d{1,3}(?:,\d{3})*\.\d\d\b",
    "whole shillings (Sh 1,400/=)": r"(?<![A-Za-z])Sh \d{1,3}(?:,\d{3})*/=",
    "French, NARROW NO-BREAK SPACE thousands (18 600 KSh)": "\\d\u202f\\d{3}\u00a0KSh\\b",
    "French words (8 600 shillings)": "\\d[\u202f\u00a0 ]\\d{3}\u00a0shillings\\b",
    "thousands abbreviated (KSh 14.2k)": r"KSh \d+(?:\.\d+)?k\b",
    "millions in words (KSh 1.25 million)": r"KSh \d+(?:\.\d+)? million\b",
    "range, symbol once (KSh 3,500 – 4,800)": r"KSh \d{1,3}(?:,\d{3})* – \d{1,3}(?:,\d{3})*(?![\d,])",
    "negative with U+2212 (−KSh 450)": r"\u2212KSh \d+",
    "percentage with a space (15 %)": "(?<![\\d.,])15[ \u00a0\u202f]%",
    "percentage glued (15%)": r"(?<![\d.,])15%",
    "percentage in English words (fifteen percent)": r"\bfifteen percent\b",
    "percentage in French words (quinze pour cent)": r"\bquinze pour cent\b",
    "date 1 March 2027": r"(?<!\d)1 March 2027\b",
    "date March 1, 2027": r"\bMarch 1, 2027\b",
    "date the 1st of March 2027": r"\b1st of March 2027\b",
    "date 01.03.2027 (day-first, said so)": r"\b01\.03\.2027\b",
    "date 2027-03-01": r"\b2027-03-01\b",
    "date 1er mars 2027": r"(?<!\d)1er mars 2027\b",
    "date 1 mars 27": r"(?<!\d)1 mars 27\b",
    "date 1ᵉʳ mars 2027": r"1ᵉʳ mars 2027",
    "first pay period beginning on or after 1 March 2027": r"first pay period beginning on or after 1 March 2027",
    "backdated to 1 October 2026": r"\bbackdated to 1 October 2026\b",
    "Season 2027: 1 April – 30 September 2027": r"Season 2027\W{1,3}(?:means |\()1 April – 30 September 2027",
    "the 2026/27 winter season": r"\b2026/27 winter season\b",
    "saison estivale 2027": r"\bsaison estivale 2027\b",
    "FY 2026/27": r"\bFY 2026/27\b",
    "exercice 2026-2027": r"\bexercice 2026-2027\b",
    "from week 14 of 2027": r"\bfrom week 14 of 2027\b",
    "l'article 9(3) est remplacé par": r"l'article 9\(3\) est remplacé par",
}
ONCE = {
    "thousands abbreviated (KSh 14.2k)",
    "millions in words (KSh 1.25 million)",
    "range, symbol once (KSh 3,500 – 4,800)",
    "negative with U+2212 (−KSh 450)",
    "percentage in English words (fifteen percent)",
    "percentage in French words (quinze pour cent)",
    "date 01.03.2027 (day-first, said so)",
    "date 1ᵉʳ mars 2027",
    "from week 14 of 2027",
}
# the date that week 14 of 2027 begins on, and the ratification date in other spellings
NOWHERE = [
    r"5 April 2027",
    r"April 5, 2027",
    r"2027-04-05",
    r"5 avril 2027",
    r"05\.04\.2027",
    r"24 November 2026",
    r"November 24, 2026",
    r"2026-11-24",
    r"24/11/2026",
    r"24\.11\.2026",
]
RATIFICATION = "24 novembre 2026"
NON_MONEY = ["Tank 3", "12 m", "DL-12500", "Form WS-7", "S27", "Lane 8", "18 °C"]
LOOKALIKE_RATES = {"DL-12500": "12500"}

_AMT = r"\d{1,3}(?:,\d{3})*"
_S = "[ \u00a0\u202f]"
AMOUNTS = [
    # "KSh 18,600", "KSh 1,400", "−KSh 450", "KSh 18,600" with &nbsp; / &#8239; decoded;
    # not the rate card's "KSh 18,600¹" (a glued marker) nor "KSh 14.2k"
    re.compile(rf"KSh{_S}({_AMT})(?![\d,¹²³]|\.\d|k\b| million\b)"),
    re.compile(rf"\bKsh({_AMT})(?![\d,])"),  # "Ksh6,400"
    re.compile(rf"\bKES ({_AMT}\.\d\d)\b"),  # "KES 18,600.00"
    re.compile(rf"(?<![A-Za-z])Sh ({_AMT})/="),  # "Sh 1,400/="
    re.compile(
        "(?<![\\d.,\u202f\u00a0])(\\d{1,3}(?:[\u202f\u00a0]\\d{3})*)\u00a0(?:KSh|shillings)\\b"
    ),  # "18 600 KSh", "700 KSh", "8 600 shillings"
    re.compile(r"KSh (\d+(?:\.\d+)?(?:k\b| million\b))"),  # "KSh 14.2k", "KSh 1.25 million"
    re.compile(rf"KSh {_AMT} – ({_AMT})(?![\d,])"),  # the range's second end
]
MARKED = re.compile(rf"KSh ({_AMT})([¹²³])")
PERCENT = re.compile("(?<![\\d.,])\\d{1,3}[ \u00a0\u202f]?%")
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


def _xml_lines(xml: str) -> list[str]:
    """One line per w:p with the text of its own w:t (a paragraph nested in a text box is
    its own line, not part of the paragraph around it)."""
    root = ElementTree.fromstring(xml)
    lines = []
    for p in root.iter(f"{W_NS}p"):
        nested = {id(e) for q in p.iter(f"{W_NS}p") if q is not p for e in q.iter()}
        lines.append(
            "".join(e.text or "" for e in p.iter() if e.tag == f"{W_NS}t" and id(e) not in nested)
        )
    return lines


def docx_zip_text(path: str) -> str:
    """word/document.xml (text box included) and word/footnotes.xml read with zipfile."""
    lines = _xml_lines(docx_part(path, "word/document.xml"))
    with zipfile.ZipFile(path) as z:
        if "word/footnotes.xml" in z.namelist():
            lines += _xml_lines(z.read("word/footnotes.xml").decode("utf-8"))
    return "\n".join(lines)


def docx_python_docx(path: str) -> str | None:
    """python-docx: Document.paragraphs and every table's row.cells."""
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
    if name == MINUTES:
        return [("utf-16", raw.decode("utf-16"))], warnings
    if name == EXPORT:
        return [("utf-8-sig", raw.decode("utf-8-sig"))], warnings
    if name == POOL:
        return [("cp1252", raw.decode("cp1252"))], warnings
    text = raw.decode("utf-8")
    if name.endswith(".html"):
        return [("html-text", html_text(text)), ("raw", text)], warnings
    return [("text", text)], warnings


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _flat(text: str) -> str:
    return " ".join(_nfc(text).replace(NB, " ").replace(NNB, " ").split())


def _ksh(s: str) -> float:
    """'18,600' / '18 600' / '18,600.00' -> 18600.0."""
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
        ("en", ["rn", "w/", "pls", "OT", "gig", "tbh", "idk", "bg", "asap", "fyi"]),
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
# Amounts, spellings, look-alikes, joined numbers
# ----------------------------------------------------------------------------------------


def doc_amounts(text: str) -> set[str]:
    found = {m.group(1) for rx in AMOUNTS for m in rx.finditer(text)}
    return found | {m.group(0) for m in PERCENT.finditer(text)}


def check_glued(doc_views: dict, errors: list[str]) -> int:
    """Every amount of a document found as such in every view of it, but for the traps of
    layout: the text box's amounts are in no python-docx view, and a figure with a glued
    footnote marker reads as another number."""
    n = 0
    tbx = doc_amounts(_nfc(make_docx.TEXTBOX_TEXT))
    for name, vs in doc_views.items():
        amounts = doc_amounts(_nfc(vs[0][1]))
        n += len(amounts)
        for label, _, norm in vs:
            for a in sorted(amounts):
                found = score.contains(norm, a)
                if name == SUMMARY and label == "python-docx" and a in tbx:
                    if found:
                        errors.append(f"{name}: python-docx reads the text box's {a!r}")
                elif not found:
                    errors.append(f"{name}: amount {a!r} not found as such in the {label} view")
    return n


def check_markers(doc_views: dict, errors: list[str]) -> None:
    gen = make_pdf.ratecard_text()
    marked = MARKED.findall(gen)
    if len(marked) < 5 or {m for _, m in marked} != {"¹", "²"}:
        errors.append(f"{RATECARD}: want 5+ figures with a glued marker ¹ or ² ({marked})")
    for label, _, norm in doc_views[RATECARD]:
        for fig, mark in marked:
            glued = score.normalise(fig + mark)
            if glued not in norm:
                errors.append(f"{RATECARD}: {fig}{mark} not read glued in the {label} view")
            if score.contains(norm, fig):
                errors.append(f"{RATECARD}: the marked {fig} also reads as itself ({label})")


def check_joined(doc_views: dict, errors: list[str]) -> None:
    """No reader (two columns side by side, tab-separated cells, table cells) and no
    normalisation joins a number to a following three-digit one: in every view, a digit,
    ASCII white space, then exactly three digits is an error; real thousands are written
    with commas, U+202F or U+00A0, never with an ASCII space."""
    rx = re.compile(r"\d[ \t\r\n]+\d{3}(?![\d])")
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            for m in rx.finditer(_nfc(text)):
                ctx = text[max(0, m.start() - 25) : m.end() + 10].replace("\n", "⏎")
                errors.append(f"{name}: numbers joined in the {label} view: {ctx!r}")


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    corpus = "\n".join(_nfc(vs[0][1]) for vs in doc_views.values())
    if re.search(r"[$€£¥₦]", corpus) or re.search(
        r"\b(EUR|USD|GBP|NGN|ZAR|dollars?|euros?|pounds?|naira|rand|francs?)\b", corpus
    ):
        errors.append("a document names another currency")
    for label, pattern in SPELLINGS.items():
        n = len(re.findall(pattern, corpus))
        if not n:
            errors.append(f"nothing written as {label}")
        elif label in ONCE and n != 1:
            errors.append(f"{label} is written {n} times (want once)")
    for pattern in NOWHERE:
        if re.search(pattern, corpus):
            errors.append(f"{pattern!r} is written in a document (want nowhere)")
    homes = [n for n, vs in doc_views.items() if RATIFICATION in _flat(vs[0][1])]
    total = sum(_flat(vs[0][1]).count(RATIFICATION) for vs in doc_views.values())
    if homes != [NEWS] or total != 1:
        errors.append(f"the ratification date is in {homes}, {total} time(s) (want the news, once)")
    card = make_pdf.ratecard_text()
    if "01.03.2027" in card and "day.month.year" not in card:
        errors.append(f"{RATECARD}: 01.03.2027 without saying that dates are day-first")


def check_non_money(questions: list[dict], doc_views: dict, errors: list[str]) -> None:
    corpus = _flat("\n".join(vs[0][1] for vs in doc_views.values()))
    for item in NON_MONEY:
        if not re.search(rf"(?<![\w-]){re.escape(item)}(?![\w])", corpus):
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
            score.normalise(a) == "45000"
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
                _ksh(a)
                for a in doc_amounts(_nfc(vs[0][1]))
                if re.fullmatch(r"[\d,.\s\u00a0\u202f]+", a)
            }
    for name in DISTRACTORS:
        text = _nfc(doc_views[name][0][1])
        for party in (
            "AWPG",
            "GAACO",
            "OSWPC",
            "CPESAO",
            "Guild",
            "Guilde",
            "Agreement",
            "entente",
        ):
            if re.search(rf"\b{party}\b", text):
                errors.append(f"{name}: the distractor names {party!r}")
        mine = {_ksh(a) for a in doc_amounts(text) if re.fullmatch(r"[\d,.\s\u00a0\u202f]+", a)}
        if not mine:
            errors.append(f"{name}: the distractor has no amount")
        shared = mine & others
        if shared:
            errors.append(f"{name}: the distractor shares amounts {sorted(shared)} with the set")


# ----------------------------------------------------------------------------------------
# Layouts
# ----------------------------------------------------------------------------------------


def check_agreement(errors: list[str]) -> None:
    gen = make_pdf.agreement_text()
    secs = [int(m) for m in re.findall(r"(?m)^Section (\d+) – ", gen)]
    if secs != list(range(1, 23)):
        errors.append(f"{AGREEMENT}: sections {secs} are not 1-22 in order")
    pairs = [(int(a), int(b)) for a, b in re.findall(r"(?m)^§ (\d+)\.(\d+) ", gen)]
    if pairs != sorted(pairs) or len(set(pairs)) != len(pairs):
        errors.append(f"{AGREEMENT}: sub-sections '§ n.m' out of order")
    if {a for a, _ in pairs} != set(secs):
        errors.append(f"{AGREEMENT}: a section without a sub-section")
    cites = re.findall(r"\bsection (\d+)\((\d+)\)", gen)
    if len(cites) < 10:
        errors.append(f"{AGREEMENT}: {len(cites)} citations 'section n(m)' (want 10+)")
    for a, b in cites:
        if (int(a), int(b)) not in pairs:
            errors.append(f"{AGREEMENT}: section {a}({b}) cites no sub-section")
    if (
        re.search(r"\b[Ss]ections? \d+\.\d+", gen)
        or re.search(r"§ \d+\(\d+\)", gen)
        or re.search(r"\b[Aa]rt(?:icle|\.) \d", gen)
    ):
        errors.append(f"{AGREEMENT}: a citation in another style")
    if len(re.findall(r"\b30 October 2026\b", gen)) != 1:
        errors.append(f"{AGREEMENT}: the signature date is not given exactly once")
    if RATIFICATION in gen or "24 November" in gen:
        errors.append(f"{AGREEMENT}: gives the ratification date")
    for row in make_pdf.SCHED_ROWS:
        nums = [_ksh(x.removeprefix("KSh ")) for x in row[2:]]
        if nums != sorted(nums) or len(set(nums)) != 3:
            errors.append(f"{AGREEMENT}: Schedule A rates do not rise across the steps: {row}")
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(os.path.join(DOCS, AGREEMENT)) as pdf:
            last = pdf.pages[-1]
            if last.lines or last.rects or last.curves:
                errors.append(f"{AGREEMENT}: Schedule A's page has ruling lines or boxes")
            if make_pdf.SCHED_TITLE not in (last.extract_text() or ""):
                errors.append(f"{AGREEMENT}: Schedule A is not on the last page")
            mid = float(pdf.pages[0].width) / 2
            for page in pdf.pages[:2]:
                tops: dict[float, set[bool]] = {}
                for w in page.extract_words():
                    tops.setdefault(round(w["top"], 1), set()).add(w["x0"] > mid)
                both = sum(1 for s in tops.values() if s == {True, False})
                if both < 30:
                    errors.append(
                        f"{AGREEMENT}: page {page.page_number} has {both} lines in both "
                        "columns (want 30+: two text columns)"
                    )
    for label, pages in pdf_pages(AGREEMENT):
        if not 3 <= len(pages) <= 8:
            errors.append(f"{AGREEMENT}: {len(pages)} pages in {label} (want 3-8)")
        for i, page in enumerate(pages, 1):
            if f"Page {i} of {len(pages)}" not in page:
                errors.append(f"{AGREEMENT}: page {i} lacks 'Page {i} of {len(pages)}' ({label})")
        lines = [_flat(ln) for ln in "\n".join(pages).split("\n")]
        for row in [make_pdf.SCHED_HEAD_1, make_pdf.SCHED_HEAD_2, *make_pdf.SCHED_ROWS]:
            want = " ".join(c for c in row if c)
            if not any(want in ln for ln in lines):
                errors.append(
                    f"{AGREEMENT}: Schedule A line {want!r} not read on one line ({label})"
                )
        flat = _flat("\n".join(pages[:2]))
        if (
            label == "pdfplumber"
            and "§ 1.1 This Agreement binds the members of the Council" in flat
        ):
            errors.append(
                f"{AGREEMENT}: pdfplumber reads § 1.1 unbroken (columns not side by side)"
            )
        if label == "pypdf" and "§ 1.1 This Agreement binds the members of the Council" not in flat:
            errors.append(f"{AGREEMENT}: pypdf does not read the left column first")


def check_ratecard(errors: list[str]) -> None:
    for label, pages in pdf_pages(RATECARD):
        if len(pages) != 1:
            errors.append(f"{RATECARD}: {len(pages)} pages in {label} (want 1)")
        lines = [_flat(ln) for ln in pages[0].split("\n")]
        for want in make_pdf.ratecard_lines():
            if _flat(want) not in lines:
                errors.append(f"{RATECARD}: block line {want!r} not read as its own line ({label})")
        if any(ln.count("KSh") > 1 for ln in lines):
            errors.append(
                f"{RATECARD}: a line with two figures (a grid, not stacked blocks) ({label})"
            )
        last_block = max(i for i, ln in enumerate(lines) if ln.startswith("Tankside meal"))
        feet = [i for i, ln in enumerate(lines) if ln[:1] in "¹²"]
        if len(feet) != 2 or min(feet) < last_block:
            errors.append(f"{RATECARD}: the footnotes are not below the blocks ({label})")
    roles = [role for role, _ in make_pdf.RC_BLOCKS]
    if len(roles) < 8:
        errors.append(f"{RATECARD}: fewer than eight blocks")


def check_summary(errors: list[str]) -> None:
    path = os.path.join(DOCS, SUMMARY)
    doc = docx_part(path, "word/document.xml")
    numbering = docx_part(path, "word/numbering.xml")
    nid = make_docx.NUM_ID
    if (
        len(re.findall(rf'<w:numPr><w:ilvl w:val="\d"/><w:numId w:val="{nid}"/></w:numPr>', doc))
        < 20
    ):
        errors.append(f"{SUMMARY}: fewer than 20 paragraphs numbered by w:numPr")
    if not re.search(
        rf'<w:abstractNum [^>]*w:abstractNumId="{nid}".*?%1\.%2.*?</w:abstractNum>', numbering, re.S
    ):
        errors.append(f"{SUMMARY}: no multilevel w:abstractNum with '%1.%2' in numbering.xml")
    if not re.search(
        rf'<w:num w:numId="{nid}"><w:abstractNumId w:val="{nid}"/></w:num>', numbering
    ):
        errors.append(f"{SUMMARY}: no w:num {nid}")
    texts = [make_docx.summary_text(), docx_zip_text(path)]
    pd = docx_python_docx(path)
    if pd is not None:
        texts.append(pd)
    for t in texts:
        if re.search(r"(?m)^\d+\.\d*\s", t):
            errors.append(f"{SUMMARY}: a clause number is written in the text")
    fn = docx_part(path, "word/footnotes.xml")
    if (
        make_docx.FOOTNOTE_TEXT.replace("'", "&apos;") not in fn
        and make_docx.FOOTNOTE_TEXT not in fn
    ):
        errors.append(f"{SUMMARY}: word/footnotes.xml lacks the condition")
    if '<w:footnoteReference w:id="1"/>' not in doc:
        errors.append(f"{SUMMARY}: no w:footnoteReference in the body")
    rels = docx_part(path, "word/_rels/document.xml.rels")
    if "footnotes.xml" not in rels:
        errors.append(f"{SUMMARY}: footnotes.xml is not related to the document")
    if "30 minutes" in (pd or "") or "30 minutes" in doc:
        errors.append(f"{SUMMARY}: the footnote's condition is outside the footnote")
    if not re.search(r"<w:txbxContent>.*?38\u00a0000\u00a0KSh.*?</w:txbxContent>", doc, re.S):
        errors.append(f"{SUMMARY}: no text box holding the scan-session fee")
    if len(re.findall("38\u00a0000", doc)) != 1:
        errors.append(f"{SUMMARY}: the scan-session fee is stated outside the text box")
    if pd is not None and "38\u00a0000" in pd:
        errors.append(f"{SUMMARY}: python-docx reads the text box")
    if doc.count('<w:vMerge w:val="restart"/>') < 2 or doc.count("<w:vMerge/>") < 2:
        errors.append(f"{SUMMARY}: no vertically merged cells (w:vMerge restart / continue)")
    zip_lines = docx_zip_text(path).split("\n")
    jet = [i for i, ln in enumerate(zip_lines) if ln == "Conducteur de motomarine"]
    if len(jet) != 1 or any("KSh" in ln for ln in zip_lines[jet[0] + 1 : jet[0] + 5]):
        errors.append(f"{SUMMARY}: the jet-ski row's merged cells are not empty in the XML")
    if pd is not None and not any(
        ln.startswith("Conducteur de motomarine | jour | 12\u00a0900") for ln in pd.split("\n")
    ):
        errors.append(f"{SUMMARY}: python-docx does not repeat the merged cell")


def check_notice(errors: list[str]) -> None:
    gen = make_docx.notice_text()
    for needle in (
        "l'article 9(3) est remplacé par",
        "la prolonge jusqu'au 30 septembre 2027",
        "prendre fin le 30 novembre 2026",
        "35 minutes par heure",
        "40 minutes par heure",
        "À compter du 1er décembre 2026",
    ):
        if needle not in gen:
            errors.append(f"{NOTICE}: lacks {needle!r}")
    if doc_amounts(gen) - {m.group(0) for m in PERCENT.finditer(gen)} or "KSh" in gen:
        errors.append(f"{NOTICE}: holds an amount")


def check_rates_page(errors: list[str]) -> None:
    raw = _read(RATES)
    if re.search(r"<table\b", raw):
        errors.append(f"{RATES}: has a <table> (want CSS grid <div>s)")
    if "display: grid" not in raw or len(re.findall(r'<div class="rate-grid"', raw)) != 1:
        errors.append(f"{RATES}: no CSS grid of <div>s")
    if not re.search(r"<dl\b[^>]*>\s*<dt>", raw) or raw.count("<dd>") < 4:
        errors.append(f"{RATES}: no definition list of allowances")
    if not re.search(r'<abbr title="[^"]+">', raw):
        errors.append(f"{RATES}: no <abbr title>")
    if "KSh&nbsp;" not in raw or "KSh&#8239;" not in raw:
        errors.append(f"{RATES}: amounts not written with &nbsp; and &#8239;")
    dels = re.findall(r"<del>(.*?)</del>\s*<ins>(.*?)</ins>", raw)
    if len(dels) != 1 or dels[0] != ("KSh&nbsp;5,900", "KSh&nbsp;6,400") or raw.count("<del>") != 1:
        errors.append(
            f"{RATES}: want one <del>KSh&nbsp;5,900</del> beside its <ins>KSh&nbsp;6,400</ins>"
        )
    if "5,900" in re.sub(r"<del>.*?</del>", "", raw):
        errors.append(f"{RATES}: the struck-out figure is outside its <del>")


def check_guide(errors: list[str]) -> None:
    raw = _read(GUIDE)
    lines = raw.split("\n")
    if re.search(r"(?m)^#{1,6} ", re.sub(r"(?s)```.*?```", "", raw)):
        errors.append(f"{GUIDE}: an ATX heading (want setext only)")
    setext = [
        (lines[i], lines[i + 1][0])
        for i in range(len(lines) - 1)
        if lines[i].strip()
        and re.fullmatch(r"=+|-+", lines[i + 1])
        and len(lines[i + 1]) == len(lines[i])
    ]
    if not any(u == "=" for _, u in setext) or sum(u == "-" for _, u in setext) < 3:
        errors.append(f"{GUIDE}: want a '===' and three '---' setext headings")
    if not re.search(r"(?m)^- [^\n]+\n  - [^\n]+\n    - Ksh\d", raw):
        errors.append(f"{GUIDE}: no three-level nested list (role, period, figure)")
    if len(re.findall(r"(?m)^[A-Z][^\n]*\n: ", raw)) < 4:
        errors.append(f"{GUIDE}: no definition list (term, then ': definition')")
    block = re.search(r"(?ms)^```text\n(.*?)^```$", raw)
    if not block or "EXAMPLE" not in block.group(1):
        errors.append(f"{GUIDE}: no fenced example payslip")
        return
    nums = [_ksh(x) for x in re.findall(r"Sh ([\d,]+)/=", block.group(1))]
    if len(nums) != 5 or nums[0] * 5 != nums[1] or sum(nums[1:4]) != nums[4]:
        errors.append(f"{GUIDE}: the example payslip's figures do not add up: {nums}")
    for fig in ("7,350", "8,950"):
        if fig not in block.group(1) or fig in raw.replace(block.group(1), ""):
            errors.append(f"{GUIDE}: the example figure {fig} is not only in the payslip")
    if "45 seconds" not in raw or "90 minutes" not in raw or "Lane 8" not in raw:
        errors.append(f"{GUIDE}: the definition list lacks its facts")
    if re.search(r"9,200|9,600", raw):
        errors.append(f"{GUIDE}: gives a mermaid fee (the multi-doc question needs it elsewhere)")


def check_text_docs(errors: list[str]) -> None:
    with open(os.path.join(DOCS, EXPORT), "rb") as f:
        exp = f.read()
    if not exp.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{EXPORT}: no UTF-8 BOM")
    if exp.count(b"\n") != exp.count(b"\r\n") or not exp.endswith(b"\r\n"):
        errors.append(f"{EXPORT}: not CRLF throughout")
    rows = [r.split("\t") for r in exp.decode("utf-8-sig").split("\r\n")[:-1]]
    if rows[0] != make_notice.EXPORT_HEAD:
        errors.append(f"{EXPORT}: the first row is not the header row")
    if len({len(r) for r in rows}) != 1:
        errors.append(f"{EXPORT}: rows of unequal column counts")
    for r in rows[1:]:
        for a, b in itertools.pairwise(r):
            if a[-1:].isdigit() and re.match(r"\d{3}(?!\d)", b):
                errors.append(f"{EXPORT}: cells {a!r} | {b!r} would join after normalisation")
    odd = [r[6] for r in rows[1:] if not r[6].startswith("KES ")]
    if odd != ["\u2212KSh 450"]:
        errors.append(f"{EXPORT}: the only non-KES amount is not the correction: {odd}")
    with open(os.path.join(DOCS, MINUTES), "rb") as f:
        mins = f.read()
    if not mins.startswith(b"\xff\xfe"):
        errors.append(f"{MINUTES}: no UTF-16 LE BOM")
    try:
        mins.decode("utf-8")
        errors.append(f"{MINUTES}: decodes as UTF-8 (want UTF-16)")
    except UnicodeDecodeError:
        pass
    _lacks(
        MINUTES,
        mins.decode("utf-16"),
        [
            "688 voix contre la proposition, 74 voix pour, 12 abstentions",
            "est rejetée",
            "maintenu à 38 000 KSh",
            "30 000 KSh",
            "1 850 000 KSh",
        ],
        errors,
    )
    faq = _read(FAQ)
    if "7\u202f100\u00a0KSh" not in faq:
        errors.append(f"{FAQ}: no U+202F thousands")
    news = _read(NEWS)
    for needle in (
        '<nav class="menu-principal"',
        "<form ",
        'type="email"',
        "Articles connexes",
        '<time datetime="2026-11-26">',
    ):
        if needle not in news:
            errors.append(f"{NEWS}: lacks {needle!r}")
    with open(os.path.join(DOCS, POOL), "rb") as f:
        pool = f.read()
    try:
        pool.decode("utf-8")
        errors.append(f"{POOL}: decodes as UTF-8 (want cp1252)")
    except UnicodeDecodeError:
        pass
    if not all(b in pool for b in (b"\x93", b"\x94", b"\x92", b"\x96")) or b"\r\n" not in pool:
        errors.append(f"{POOL}: want cp1252 curly quotes (0x93 0x94 0x92), en dashes (0x96), CRLF")


def check_builds(errors: list[str], warnings: list[str]) -> None:
    for out, data in (
        (make_notice.MINUTES_OUT, make_notice.minutes_bytes()),
        (make_notice.EXPORT_OUT, make_notice.export_bytes()),
        (make_notice.POOL_OUT, make_notice.pool_bytes()),
    ):
        with open(out, "rb") as f:
            if f.read() != data:
                errors.append(f"{os.path.basename(out)}: not what make_notice.py writes; run it")
    builds = []
    if FPDF is not None:
        builds += [
            (make_pdf.AGREEMENT_OUT, make_pdf.build_agreement),
            (make_pdf.RATECARD_OUT, make_pdf.build_ratecard),
        ]
    else:
        warnings.append("fpdf2 not importable: the PDFs' bytes not compared with make_pdf.py")
    if DOCX is not None:
        builds += [
            (make_docx.SUMMARY_OUT, make_docx.build_summary),
            (make_docx.NOTICE_OUT, make_docx.build_notice),
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
            if '"eval/union-ag/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-ag/score.py not in ruff's extend-exclude")


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

    for name in (AGREEMENT, RATECARD, SUMMARY, NOTICE):
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
            if name == SUMMARY and label == "python-docx":
                hidden = set(re.findall(r"\w+", score.normalise(make_docx.FOOTNOTE_TEXT)))
                hidden |= set(re.findall(r"\w+", score.normalise(make_docx.TEXTBOX_TEXT)))
                missing = [w for w in missing if w not in hidden]
            if missing:
                errors.append(f"{name}: {label} text lacks generator words {missing[:5]}; rebuild")
    for name in (RATES, GUIDE, EXPORT, FAQ, NEWS, MINUTES, POOL, SCUBA):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_agreement(errors)
        check_ratecard(errors)
        check_markers(doc_views, errors)
        check_summary(errors)
        check_notice(errors)
        check_rates_page(errors)
        check_guide(errors)
        check_text_docs(errors)
        check_rejected(questions, doc_views, errors)
        check_non_money(questions, doc_views, errors)
        check_distractors(doc_views, errors)
        check_spellings(doc_views, errors)
        check_joined(doc_views, errors)
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
