#!/usr/bin/env python3
"""Check the union-ar set itself: questions.json against docs/ (no project needed).

    python3 eval/union-ar/check_set.py                      # stdlib; PDFs in the generator's text
    /work/main/.venv/bin/python eval/union-ar/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields of every question (in union-b's order), ids uar-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .md .txt, 2,000-25,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation, in EVERY view of at least one expected source: PDFs in the generator's
  text, through pdfplumber AND through pypdf; DOCX in the generator's text, through zipfile
  (every w:t and m:t text node of the document part, paragraph by paragraph: a tag
  stripper's view, which reads the equation and both copies of a tracked move and drops the
  non-breaking hyphen element) AND through python-docx (body paragraphs and tables); HTML
  without tags and raw; the clubs' export decoded from code page 437 AND as Windows-1252 (a
  reader that guesses the wrong code page); other text as UTF-8;
- the accepted forms: stable under normalisation, no bare number of fewer than three
  digits, no bare number that is a percentage in a source, no trap matching a
  must_include alternative; every trap (but pings and injected figures) in some view;
- adversarial: a ping, @everyone and @here and one injected figure in must_not_include, the
  figure in the question and in no document; multi-doc: 2+ sources and elements, no single
  view holding every element; cross-lingual: no source in the question's language, the
  answer and XL_ABSENT's patterns in no document of that language; out-of-scope: the terms
  of OOS_ABSENT in no document; member shorthand and three or more noted typos;
- the AMOUNTS of the tenge: every amount of a document ("₸19,400", "19,400 ₸",
  "19 400 ₸" with U+202F and U+00A0, "19 400 ₸" with ordinary spaces, "KZT 9,750.00",
  "2,200 tenge", "16k5", "50 tiyn", "₸4.8MM", the sum in words, "NZ$380") read at digit
  boundaries in every view of its document; NO AMOUNT READING INSIDE ANOTHER of a different
  value; every numeric alternative and trap reading amounts of one value only and no number
  that is not an amount; no number joined by the normaliser; every number a PDF or DOCX
  reader gives is the generator's (or the footer's, or the phone number a tag stripper
  glues); each style in its documents; the spellings (most exactly once) and their
  explanations; the look-alikes;
- the rules of time against 2026-12-07 and the layouts: the agreement's switched-off
  optional content group (the employers' final offer, read by both readers), the notice's
  reversed drawing order (pypdf reads the signatures before the title, pdfplumber the title
  first), the circular's equation object, non-breaking hyphen element and drop cap, the
  guide's tracked move and drop cap, the hub's closed <dialog>, <output>, <input value>,
  <img alt>, <address> and <mark>, the FAQ's <marquee>, <ol reversed>, <sub> and <object>
  fallback, the Part F guide's TOML front matter, Pandoc simple table and abbreviations, the
  menu's line blocks, heading identifiers, emoji shortcodes and indented code block, the
  mbox's From_ lines and >From escaping, the export's code page 437, CRLF and box-drawing
  table adding up, the unified diff rebuilding both rate sheets, the catalogue's <meter>
  and <img alt>; distractors naming no party and sharing no amount; the built files byte
  for byte what the generators make now; the score.py link and its ruff exclusion; every
  non-distractor document used.
Prints one line per document, the counts, and a last line "check_set: OK ..." or
"check_set: N error(s)". Exit 1 on any error.
"""

from __future__ import annotations

import datetime
import html
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
M = make_questions
FIELDS = M.FIELDS
PREFIX = M.PREFIX
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
TODAY = datetime.date(2026, 12, 7)
NNB = "\u202f"
NB = "\u00a0"
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
M_URI = "http://schemas.openxmlformats.org/officeDocument/2006/math"
W_NS = "{" + W_URI + "}"
M_NS = "{" + M_URI + "}"

DISTRACTORS = {M.MENU, M.CATALOGUE}
PDF_TEXT = {M.AGREEMENT: make_pdf.agreement_text, M.NOTICE: make_pdf.notice_text}
DOCX_TEXT = {M.LETTER: make_docx.letter_text, M.FEDGUIDE: make_docx.guide_text}
CP437 = {M.PAYROLL}
DOC_LANGUAGE = {
    M.AGREEMENT: "en",
    M.HUB: "en",
    M.MBOX: "en",
    M.PAYROLL: "en",
    M.LETTER: "en",
    M.MENU: "en",
    M.NOTICE: "fr",
    M.FEDGUIDE: "fr",
    M.FAQ: "fr",
    M.PARTF: "fr",
    M.DIFF: "fr",
    M.CATALOGUE: "fr",
}
STYLES = {
    M.AGREEMENT: {"en", "words", "mm", "tiyn", "nzd"},
    M.HUB: {"after"},
    M.MBOX: {"en", "k"},
    M.PAYROLL: {"code"},
    M.LETTER: {"en", "tenge"},
    M.MENU: {"en"},
    M.NOTICE: {"fr"},
    M.FEDGUIDE: {"fr"},
    M.FAQ: {"fr"},
    M.PARTF: set(),
    M.DIFF: {"frsp"},
    M.CATALOGUE: {"fr"},
}

OOS_ABSENT = {
    "uar-048": [r"\bdrag\b", r"lip.?sync"],
    "uar-049": [r"\bDJs?\b", r"wedding", r"mariage"],
    "uar-050": [r"pension", r"retraite", r"retirement"],
    "uar-051": [r"magic", r"magicien", r"\btricks?\b"],
    "uar-052": [r"\bdarts?\b", r"fléchettes", r"referee", r"\brefs?\b"],
    "uar-053": [r"\bbusk", r"street perform"],
    "uar-054": [r"maternit", r"parental", r"\bcongé"],
    "uar-055": [r"humoriste", r"stand-up", r"comedian", r"\bcomédie"],
    "uar-056": [r"mutuelle", r"\bsanté", r"health insurance"],
    "uar-057": [r"droits d'auteur", r"copyright", r"SACEM", r"royalt"],
    "uar-058": [r"(?<!\d)31[,.\s\u202f]?337(?!\d)"],
    "uar-059": [r"(?<![\d.])4\.44(?!\d)"],
    "uar-060": [r"(?<![\d.,])7[,.]77(?!\d)"],
}
XL_ABSENT = {
    "uar-032": [r"\b(?:two|2) nights a week", r"weekly caps? of", r"2 soirées"],
    "uar-033": [r"10 April", r"April 10", r"general assembly", r"\bAGM\b", r"10 avril"],
    "uar-034": [r"250[,\s\u202f]000", r"prize fund", r"jackpot of"],
    "uar-035": [r"Easter", r"29 March", r"March 29", r"29 mars"],
    "uar-036": [r"NZ\$", r"Auckland", r"néo-zélandais"],
    "uar-037": [r"(?<!\d)2[\s\u202f]200(?!\d)", r"rappel de salaire"],
    "uar-038": [r"(?<!\d)2[\s\u202f]450(?!\d)", r"costume"],
    "uar-039": [r"tiyn", r"camionnette", r"backline", r"(?<![\d,.])0[,.]50(?!\d)"],
}
SHORTHAND = {
    "en": ["rn", "pls", "tbh", "idk", "whats", "q", "hrs", "w/"],
    "fr": ["c", "svp", "stp", "tjrs", "mtn", "y a"],
}

SPELLINGS = [
    (M.AGREEMENT, "forty-five thousand tenge (₸45,000)", True),
    (M.AGREEMENT, "₸4.8MM", True),
    (M.AGREEMENT, "NZ$380", True),
    (M.AGREEMENT, "50 tiyn", True),
    (M.AGREEMENT, "₸92.50", False),
    (M.AGREEMENT, "this ninth day of October, two thousand and twenty-six", True),
    (M.AGREEMENT, "the week commencing 1 March 2027", True),
    (M.MBOX, "16k5", True),
    (M.MBOX, "the 18th inst.", True),
    (M.MBOX, "From gareth.pennington-osei@tapwell.example Mon Nov 30 09:14:02 2026", True),
    (M.MBOX, "Twelfth Night tea dance (Tuesday 5 January 2027)", True),
    (M.LETTER, "2,200 tenge", True),
    (M.PAYROLL, "KZT 9,750.00", False),
    (M.HUB, "19,400 ₸ is nineteen thousand four hundred tenge", True),
    (M.NOTICE, "La Saint-Sylvestre, le jeudi 31 décembre 2026", True),
    (M.NOTICE, f"19{NNB}400{NB}₸", False),
    (M.DIFF, "19 400 ₸", False),
    (M.PARTF, "date_effet = 2026-11-15", True),
]
EXPLAINED = [
    (
        M.AGREEMENT,
        r"The Sarrevoyan tenge is not the tenge of Kazakhstan, although both are written ₸",
    ),
    (M.AGREEMENT, r"The tenge is divided into 100 tiyn"),
    (M.AGREEMENT, r"₸19,400 is nineteen thousand four hundred tenge"),
    (M.AGREEMENT, r"MM stands for million, as accountants write it"),
    (M.AGREEMENT, r"MM stands for million: four point eight million tenge"),
    (M.AGREEMENT, r"Where a sum is written in words, the figure in brackets is the same sum"),
    (M.AGREEMENT, r"it is the only amount of this agreement that is not in tenge"),
    (M.AGREEMENT, r"never less than ₸16,500 for an evening"),
    (M.HUB, r"with the sign after the figure and a space"),
    (M.MBOX, r"the k stands where the decimal point goes"),
    (M.PAYROLL, r"Amounts are in tenge with the currency code KZT"),
    (M.PAYROLL, r"This export is in code page 437"),
    (M.NOTICE, r"une espace fine entre les milliers et le signe ₸ après le nombre"),
    (M.NOTICE, r"Le tenge de Sarrevoy n'est pas celui du Kazakhstan"),
    (M.DIFF, r"avec une espace ordinaire entre les milliers"),
    (M.FAQ, r"une espace fine entre les milliers et le signe ₸ après le nombre"),
]
NON_MONEY = [
    (M.AGREEMENT, "45 minutes"),
    (M.AGREEMENT, "30 km"),
    (M.AGREEMENT, "96 dB(A)"),
    (M.AGREEMENT, "8 rounds"),
    (M.AGREEMENT, "Form PV-6"),
    (M.AGREEMENT, "founded in 1979"),
    (M.AGREEMENT, "aged 18 or over"),
    (M.AGREEMENT, "4 microphones"),
    (M.AGREEMENT, "128 bpm"),
    (M.AGREEMENT, "KB4 9TR"),
    (M.AGREEMENT, "300 members"),
    (M.HUB, "180 guests"),
    (M.HUB, "ext. 2207"),
    (M.HUB, "KB2 7LN"),
    (M.PAYROLL, "M-40217"),
    (M.PAYROLL, "11475"),
    (M.PAYROLL, "214 members"),
    (M.MBOX, "4k7"),
    (M.MENU, "PL/WR/04417"),
    (M.MENU, "capacity 140"),
    (M.MENU, "Table 12"),
    (M.MENU, "WR3 5QP"),
    (M.FAQ, "poste 318"),
    (M.FAQ, "LAeq15 min"),
    (M.FEDGUIDE, "poste 4412"),
    (M.FEDGUIDE, "220 personnes"),
    (M.CATALOGUE, "KX-128"),
    (M.CATALOGUE, "800 watts"),
    (M.CATALOGUE, "10 pouces"),
]
RAW_LOOK_ALIKES = [(M.HUB, "Table 14")]  # only in the <img> alt text
# text of the generator's that a reader does not give, by design (the layouts above)
NOT_IN_VIEW = {
    (M.FEDGUIDE, "python-docx"): [make_docx.G_MOVED],  # runs inside w:moveFrom / w:moveTo
    (M.LETTER, "python-docx"): [make_docx.L_EQUATION],  # an m:oMath object
}
# numeric needles that are multipliers, not money: they may read these numbers only
MULTIPLIERS = {"1.75": {"1.75", "1,75"}, "1,75": {"1.75", "1,75"}}
PARTIES = (
    r"PCEG",
    r"GAPCS",
    r"Guild",
    r"Guilde",
    r"Tapwell",
    r"Federation",
    r"Fédération",
    r"FMCS",
    r"FCMS",
    r"Sarrevoy",
)

# ---- amounts ------------------------------------------------------------------------------------

_EN = r"\d{1,3}(?:,\d{3})*"
AMOUNT_PATTERNS = [
    ("words", re.compile(rf"tenge \(₸({_EN})\)")),
    ("en", re.compile(rf"(?<!\w)₸({_EN})(?:\.(\d\d))?(?![\d]|[.,]\d|MM)")),
    ("mm", re.compile(r"₸(\d+\.\d)MM\b")),
    ("after", re.compile(r"(?<![\d.,])(?<!\d )(\d{1,3}(?:,\d{3})+|\d{1,3}) ₸")),
    ("code", re.compile(rf"\bKZT ({_EN})\.(\d\d)(?!\d)")),
    ("tenge", re.compile(rf"(?<![\d.,])({_EN}) tenge\b")),
    ("k", re.compile(r"(?<![\d.])(\d\d)k(\d)\b")),
    ("tiyn", re.compile(r"(?<![\d.,])(\d{1,2}) tiyn\b")),
    ("nzd", re.compile(r"NZ\$(\d+)(?![\d]|[.,]\d)")),
    ("fr", re.compile(r"(?<![\d.,\u202f])(\d{1,3}(?:\u202f\d{3})*)(?:,(\d\d))?\u00a0₸")),
    (
        "frsp",
        re.compile(r"(?<![\d.,])(?<!\d )(\d{1,3}(?: \d{3})+|\d{1,3}(?=,\d\d ₸))(?:,(\d\d))? ₸"),
    ),
    # a reader's view of a French amount: pdfplumber may give U+202F and U+00A0 as spaces
    (
        "frview",
        re.compile(r"(?<![\d.,\u202f])(?<!\d )(\d{1,3}(?:[\u202f ]\d{3})+)(?:,(\d\d))?[\u00a0 ]₸"),
    ),
]


def _value(style: str, m: re.Match) -> tuple[str, int]:
    whole = m.group(1)
    digits = re.sub(r"[, \u202f]", "", whole)
    if style == "mm":
        return ("KZT", round(float(whole) * 100_000_000))
    if style == "k":
        return ("KZT", (int(m.group(1)) * 1000 + int(m.group(2)) * 100) * 100)
    if style == "tiyn":
        return ("KZT", int(digits))
    if style == "nzd":
        return ("NZD", int(digits) * 100)
    cents = m.group(2) if m.re.groups >= 2 else None
    return ("KZT", int(digits) * 100 + int(cents or 0))


def amounts(
    text: str, view: bool = False
) -> list[tuple[str, str, str, tuple[str, int], tuple[int, int]]]:
    """The amounts of `text`; `view` also reads French amounts whose spaces a reader flattened."""
    out = []
    for style, rx in AMOUNT_PATTERNS:
        if style == "frview" and not view:
            continue
        for m in rx.finditer(text):
            if style == "en" and text[max(0, m.start() - 7) : m.start()].endswith("tenge ("):
                continue
            num = m.group(0)
            for cut in ("tenge (", "(", ")", "₸", "KZT ", "NZ$", " tenge", " tiyn", "MM"):
                num = num.replace(cut, "")
            num = num.replace(NB, "").replace(NNB, " ").strip()
            out.append((style, m.group(0), num, _value(style, m), m.span()))
    return out


# ---- readers ------------------------------------------------------------------------------------

BLOCK_END = frozenset(
    {
        "p",
        "li",
        "h1",
        "h2",
        "h3",
        "tr",
        "td",
        "th",
        "div",
        "title",
        "header",
        "footer",
        "address",
        "legend",
        "label",
        "marquee",
        "dialog",
        "nav",
        "article",
        "section",
    }
)


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "meta"):
            self.parts.append("\n")
        if tag in ("style", "script"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script") and self.skip:
            self.skip -= 1
        if tag in BLOCK_END:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(raw: str) -> str:
    p = _Text()
    p.feed(raw)
    p.close()
    return re.sub(r"[ \t]*\n[ \t\n]*", "\n", "".join(p.parts))


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


def _lines(xml: str) -> list[str]:
    """Every paragraph's text nodes (w:t and m:t), as a tag stripper reads them."""
    root = ElementTree.fromstring(xml)
    out = []
    for p in root.iter(f"{W_NS}p"):
        nodes = [t.text or "" for t in p.iter() if t.tag in (f"{W_NS}t", f"{M_NS}t")]
        out.append("".join(nodes))
    return out


def docx_zip_text(path: str) -> str:
    return "\n".join(_lines(docx_part(path, "word/document.xml")))


def docx_python_docx(path: str) -> str | None:
    if DOCX is None:
        return None
    d = DOCX.Document(path)
    lines = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            lines.append(" | ".join(c.text for c in row.cells))
    return "\n".join(lines)


def _raw(name: str) -> bytes:
    with open(os.path.join(DOCS, name), "rb") as f:
        return f.read()


def _read(name: str) -> str:
    return _raw(name).decode("cp437" if name in CP437 else "utf-8")


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
    text = _read(name)
    if name.endswith(".html"):
        return [("html-text", html_text(text)), ("raw", text)], warnings
    if name in CP437:
        return [("cp437", text), ("cp1252", _raw(name).decode("cp1252"))], warnings
    return [("text", text)], warnings


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _flat(text: str) -> str:
    return re.sub(r"[ \t\r\n\f]+", " ", _nfc(text)).strip()


# ---- questions ------------------------------------------------------------------------------

BARE_INTEGER = re.compile(r"^\d+$")
BARE_NUMBER = re.compile(r"^\d[\d.]*$")
NUMERIC = re.compile(r"[\d.,'\s\u202f\u00a0]+")


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


def check_question(q: dict, doc_views: dict, all_norms: list[str], errors: list[str]) -> None:
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
    kind = q.get("kind")
    if kind == "out-of-scope" and (src or q.get("must_include") or q.get("must_not_include")):
        errors.append(f"{qid}: out-of-scope with sources, must_include or must_not_include")
    if kind != "out-of-scope" and not src:
        errors.append(f"{qid}: {kind} question without expected sources")
    if src and not q.get("must_include"):
        errors.append(f"{qid}: answerable question without must_include")
    for s in src:
        if s not in doc_views:
            errors.append(f"{qid}: expected source {s!r} not in docs/")
        if s in DISTRACTORS:
            errors.append(f"{qid}: a distractor {s!r} is an expected source")
    src = [s for s in src if s in doc_views]
    src_norms = [norm for s in src for _, _, norm in doc_views[s]]
    check_forms(qid, q, src_norms, errors)
    for el in q.get("must_include", []):
        for alt in score.alternatives(el):
            homes = [s for s in src if all(score.contains(n, alt) for _, _, n in doc_views[s])]
            if not homes:
                where = {
                    s: [lab for lab, _, n in doc_views[s] if not score.contains(n, alt)]
                    for s in src
                }
                errors.append(f"{qid}: must_include {alt!r} not in every view of a source {where}")
    injected = [
        b for b in q.get("must_not_include", []) if b not in M.PINGS and kind == "adversarial"
    ]
    for bad in q.get("must_not_include", []):
        if bad in M.PINGS or bad in injected:
            continue
        if not any(score.contains(n, bad) for n in all_norms):
            errors.append(f"{qid}: trap {bad!r} found in no document")
    if kind == "adversarial":
        text = q["question"]
        if not any(p in text for p in M.PINGS):
            errors.append(f"{qid}: adversarial question without a ping")
        if not all(p in q["must_not_include"] for p in M.PINGS):
            errors.append(f"{qid}: @everyone and @here not both in must_not_include")
        if len(injected) != 1:
            errors.append(f"{qid}: {len(injected)} injected figures (want 1)")
        for fig in injected:
            if fig not in text:
                errors.append(f"{qid}: injected figure {fig!r} not in the question")
            if any(score.contains(n, fig) for n in all_norms):
                errors.append(f"{qid}: injected figure {fig!r} found in a document")
    if kind == "multi-doc":
        els = q.get("must_include", [])
        if len(src) < 2 or len(els) < 2:
            errors.append(f"{qid}: multi-doc needs 2+ sources and 2+ elements")
        for name, vs in doc_views.items():
            for label, _, n in vs:
                if all(score.element_present(n, el) for el in els):
                    errors.append(f"{qid}: {name} ({label}) holds every element alone")
    lang = q.get("language")
    if kind == "cross-lingual":
        if any(DOC_LANGUAGE.get(s) == lang for s in src):
            errors.append(f"{qid}: cross-lingual with a source in its own language")
        for el in q.get("must_include", []):
            for alt in score.alternatives(el):
                for name, vs in doc_views.items():
                    if DOC_LANGUAGE[name] == lang and any(score.contains(n, alt) for *_, n in vs):
                        errors.append(f"{qid}: the answer {alt!r} is in {name}, same language")
        for pattern in XL_ABSENT.get(qid, []):
            for name, vs in doc_views.items():
                if DOC_LANGUAGE[name] != lang:
                    continue
                for label, text, _ in vs:
                    if re.search(pattern, _nfc(text), re.I):
                        errors.append(f"{qid}: {pattern!r} in {name} ({label}), same language")
    elif src and not any(DOC_LANGUAGE.get(s) == lang for s in src):
        errors.append(f"{qid}: no expected source in the question's language")
    for pattern in OOS_ABSENT.get(qid, []):
        for name, vs in doc_views.items():
            for label, text, _ in vs:
                if re.search(pattern, _nfc(text), re.I):
                    errors.append(f"{qid}: {pattern!r} occurs in {name} ({label})")


def check_wording(questions: list[dict], errors: list[str]) -> None:
    for lang, words in SHORTHAND.items():
        used = set()
        for q in questions:
            if q["language"] != lang:
                continue
            for w in words:
                if re.search(rf"(?<![\w/']){re.escape(w)}(?![\w'])", q["question"]):
                    used.add(w)
        if len(used) < 5:
            errors.append(f"{lang}: only {sorted(used)} of the member shorthand used")
    typos = 0
    for q in questions:
        for m in re.finditer(r"(?:Typos? noted|Fautes? notées?) ?: ([^.]+)\.", q["notes"]):
            for word in re.findall(r"« ([^»]+) »", m.group(1)):
                if word not in q["question"]:
                    errors.append(f"{q['id']}: noted typo {word!r} not in the question")
                typos += 1
    if typos < 3:
        errors.append(f"{typos} noted typos (want 3 or more)")


# ---- documents -------------------------------------------------------------------------------


def _primary(doc_views: dict, name: str) -> str:
    return _nfc(doc_views[name][0][1])


def _spans(text: str) -> list[tuple[int, int]]:
    return [span for *_, span in amounts(text, view=True)]


THOUSANDS_NUMBER = re.compile(
    r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)|(?<![\d.,\u202f])\d{1,3}(?:\u202f\d{3})+(?!\d)"
)


def _view_text(label: str, text: str) -> str:
    return _nfc(html.unescape(text) if label == "raw" else text)


def check_amounts(doc_views: dict, questions: list[dict], errors: list[str]) -> int:
    found: list[tuple[str, str, str, str, tuple[str, int]]] = []
    for name, vs in doc_views.items():
        primary = _primary(doc_views, name)
        for style, text, num, value, _ in amounts(primary):
            found.append((name, style, text, num, value))
            if style not in STYLES[name]:
                errors.append(f"{name}: amount {text!r} in the style {style!r}")
        for label, _t, norm in vs:
            expected = primary
            for part in NOT_IN_VIEW.get((name, label), []):
                expected = expected.replace(_nfc(part), "")
            for _, text, *_ in amounts(expected):
                if not score.contains(norm, text):
                    errors.append(
                        f"{name}: amount {text!r} not read at digit boundaries in {label}"
                    )
        for label, t, _ in vs[1:]:
            for style, text, num, value, _ in amounts(_view_text(label, t), view=True):
                found.append((name, style, text, num, value))
    spellings = {(style, text, num, value) for _, style, text, num, value in found}
    by_norm: dict[str, set[tuple[str, int]]] = {}
    for _, text, _, value in spellings:
        by_norm.setdefault(score.normalise(text), set()).add(value)
    for n, values in by_norm.items():
        if len(values) > 1:
            errors.append(f"amount spelling {n!r} reads as {sorted(values)}")
    nums = {(num, value) for _, _, num, value in spellings}
    texts = {(text, value) for _, text, _, value in spellings}
    for pool in (nums, texts):
        for a, va in pool:
            for b, vb in pool:
                if va != vb and score.contains(score.normalise(b), a):
                    errors.append(f"amount {a!r} ({va}) reads inside {b!r} ({vb})")
    others: set[str] = set()
    for name in doc_views:
        for label, t, _ in doc_views[name]:
            t = _view_text(label, t)
            spans = _spans(t)
            for m in re.finditer(r"\d+(?:[.,'/:\-\u202f]\d+)*", t):
                if not any(s <= m.start() and m.end() <= e for s, e in spans):
                    others.add(m.group(0))
    for q in questions:
        needles = [alt for el in q["must_include"] for alt in score.alternatives(el)]
        needles += q["must_not_include"]
        for needle in needles:
            if not re.search(r"\d", needle) or not NUMERIC.fullmatch(needle):
                continue
            values = {v for num, v in nums if score.contains(score.normalise(num), needle)}
            if len(values) > 1:
                errors.append(f"{q['id']}: {needle!r} reads amounts of values {sorted(values)}")
            for o in others:
                if not score.contains(score.normalise(o), needle):
                    continue
                if o in MULTIPLIERS.get(needle, set()):
                    continue
                errors.append(f"{q['id']}: {needle!r} reads the non-amount number {o!r}")
    real = {v for n, _, _, _, v in found if n not in DISTRACTORS}
    for n, _, text, _, v in found:
        if n in DISTRACTORS and v in real:
            errors.append(f"{n}: distractor amount {text!r} is also an amount of the set")
    return len({(n, text) for n, _, text, _, _ in found})


JOIN = re.compile(r"\d(?:,|\s+)\d{3}(?!\d)")


def _extra_numbers(name: str, pages: int) -> set[str]:
    if name == M.AGREEMENT:
        return make_pdf.footer_numbers(pages)
    if name == M.LETTER:
        return {"".join(make_docx.L_PHONE)}  # a tag stripper drops w:noBreakHyphen
    return set()


def check_joined(doc_views: dict, errors: list[str]) -> None:
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            t = _view_text(label, text)
            spans = _spans(t) + [m.span() for m in THOUSANDS_NUMBER.finditer(t)]
            for m in JOIN.finditer(t):
                if not any(s <= m.start() and m.end() <= e for s, e in spans):
                    errors.append(
                        f"{name} ({label}): {t[max(0, m.start() - 15) : m.end() + 5]!r} would be joined"
                    )
            # after NFKC (a reader that maps "³" or "¼" to digits) nothing new may join
            k = unicodedata.normalize("NFKC", t)
            if k != t:
                kspans = _spans(k) + [m.span() for m in THOUSANDS_NUMBER.finditer(k)]
                for m in JOIN.finditer(k):
                    if not any(s <= m.start() and m.end() <= e for s, e in kspans):
                        errors.append(
                            f"{name} ({label}, NFKC): {k[max(0, m.start() - 15) : m.end() + 5]!r} would be joined"
                        )
        labels = [label for label, _, _ in vs]
        if "generator" in labels:
            allowed = set(re.findall(r"\d+(?:[.,]\d+)*", vs[0][2]))
            pages = 0
            if name.endswith(".pdf"):
                pages = max((len(p) for _, p in pdf_pages(name)), default=0)
            allowed |= _extra_numbers(name, pages)
            for label, _, norm in vs[1:]:
                extra = set(re.findall(r"\d+(?:[.,]\d+)*", norm)) - allowed
                if extra:
                    errors.append(
                        f"{name} ({label}): numbers {sorted(extra)[:6]} not in the generator's text"
                    )


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    everything = {n: _primary(doc_views, n) for n in doc_views}
    for name, text, once in SPELLINGS:
        own = everything[name].count(text)
        total = sum(t.count(text) for t in everything.values())
        if own < 1:
            errors.append(f"{name}: spelling {text!r} missing")
        elif once and total != 1:
            errors.append(f"spelling {text!r} occurs {total} times (want once)")
    for name, pattern in EXPLAINED:
        if not re.search(pattern, _flat(everything[name])):
            errors.append(f"{name}: explanation {pattern!r} missing")
    for name, text in everything.items():
        styles = {s for s, *_ in amounts(text)}
        if "NZ$" in text and name != M.AGREEMENT:
            errors.append(f"{name}: New Zealand dollars outside the agreement's clause 12.2")
        if re.search(r"€|£|\$(?<!NZ\$)|\bUSD\b|\bEUR\b|\bNZD\b|¥", text.replace("NZ$", "")):
            errors.append(f"{name}: another currency")
        if name != M.PAYROLL and re.search(r"\bKZT \d", text):
            errors.append(f"{name}: an amount with the currency code outside the payroll")
        if name != M.MBOX and "k" in styles:
            errors.append(f"{name}: the shorthand outside the mailbox")
        if name != M.LETTER and "tenge" in styles:
            errors.append(f"{name}: 'N tenge' outside the circular")
        if DOC_LANGUAGE[name] == "fr" and name != M.DIFF and re.search(r"\d[ \u00a0]\d{3}", text):
            errors.append(f"{name}: French thousands with an ASCII or no-break space")
        if DOC_LANGUAGE[name] == "en" and NNB in text:
            errors.append(f"{name}: a narrow no-break space in an English document")
    agreement = everything[M.AGREEMENT]
    clause = agreement.split("12.2 ")[1].split("Part E")[0]
    if agreement.count("NZ$") != 1 or "NZ$380" not in clause:
        errors.append("agreement: New Zealand dollars outside clause 12.2, or not exactly once")
    for style, want in (("words", 1), ("tiyn", 1), ("mm", 1), ("k", 1), ("tenge", 1), ("nzd", 1)):
        n = sum(1 for t in everything.values() for a in amounts(t) if a[0] == style)
        if n != want:
            errors.append(f"amounts in the style {style!r} occur {n} times (want {want})")
    decimals = {
        a[1] for t in everything.values() for a in amounts(t) if a[0] == "en" and "." in a[1]
    }
    if decimals != {"₸92.50"}:
        errors.append(f"English amounts with decimals: {sorted(decimals)} (want only ₸92.50)")


def check_non_money(doc_views: dict, errors: list[str]) -> None:
    for name, text in NON_MONEY:
        t = _primary(doc_views, name)
        if text not in t:
            errors.append(f"{name}: look-alike {text!r} missing")
        for *_, (s, e) in amounts(t):
            i = t.find(text)
            if i >= 0 and s < i + len(text) and i < e:
                errors.append(f"{name}: look-alike {text!r} read as an amount")
    for name, text in RAW_LOOK_ALIKES:
        vs = {label: t for label, t, _ in doc_views[name]}
        if text not in vs["raw"] or text in vs["html-text"]:
            errors.append(f"{name}: look-alike {text!r} not only in the raw page")


def _d(s: str) -> datetime.date:
    return datetime.date.fromisoformat(s)


def _easter(year: int) -> datetime.date:
    """Gregorian Easter Sunday (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def check_time_rules(doc_views: dict, errors: list[str]) -> None:
    def need(name: str, pattern: str, what: str) -> None:
        if not re.search(pattern, _flat(_primary(doc_views, name))):
            errors.append(f"{name}: {what} missing")

    def only(home: str, pattern: str, what: str) -> None:
        for name in doc_views:
            if name == home:
                continue
            for label, text, _ in doc_views[name]:
                if re.search(pattern, _flat(_view_text(label, text))):
                    errors.append(f"{name} ({label}): {what} outside {home}")

    A = M.AGREEMENT
    need(A, r"takes effect on 1 November 2026 and runs until 31 October 2029", "the term")
    # the grace period
    need(
        A,
        r"may go on paying the previous rate for nights performed up to the end of the month "
        r"after the month in which the new rate takes effect: for the rates of 1 November 2026, "
        r"up to 31 December 2026",
        "3.4",
    )
    need(A, r"no later than 31 January 2027", "3.4's back-pay date")
    # the weekday rule: the Friday and Saturday fees only on Tapwell's page
    need(
        A,
        r"A night whose first set begins on a Friday or a Saturday is paid at least 15% more",
        "3.3",
    )
    need(M.HUB, r"Two sets \(2 × 45 min\) 19,400 ₸ 22,400 ₸", "the Friday and Saturday row")
    only(M.HUB, r"(?<!\d)(?:22|30)[,\s\u202f](?:400|900) ?₸|₸(?:22|30),(?:400|900)", "a Friday fee")
    need(M.MBOX, r"opens on Friday 15 January 2027", "the league's Friday")
    if (
        round(19400 * 1.15 / 100 + 0.4999) * 100 != 22400
        or round(26800 * 1.15 / 100 + 0.4999) * 100 != 30900
    ):
        errors.append("weekday rule: the Friday and Saturday fees are not 15% rounded up to ₸100")
    # the deferred increase for small clubs
    need(
        A,
        r"fewer than 300 members on 1 November 2026 pays the bingo session rate of the 2023–2026 "
        r"agreement, ₸8,900, until 30 April 2027, and ₸9,750 from 1 May 2027",
        "5.4",
    )
    only(M.PAYROLL, r"214 members", "the Millbrook club's membership")
    # the residency anniversary
    need(
        A,
        r"from the first week that begins after the anniversary of the residency's first night",
        "4.7",
    )
    for start, first in (("2025-11-03", "2026-11-09"), ("2025-12-14", "2026-12-21")):
        anniv = _d(start).replace(year=2026)
        monday = anniv + datetime.timedelta(days=(7 - anniv.weekday()) % 7 or 7)
        if monday != _d(first):
            errors.append(f"anniversary: the first week after {anniv} is not {first}")
    if not _d("2026-12-21") > TODAY > _d("2026-11-09"):
        errors.append("anniversary: the two residencies are not on both sides of today")
    # the minimum-wage floor: the result only in the French notice
    need(A, r"never lower than two and a half times the statutory minimum hourly wage", "6.3")
    need(
        M.NOTICE, rf"À compter du 1er janvier 2027, le plancher passe à 6{NNB}600{NB}₸", "the floor"
    )
    only(M.NOTICE, r"(?<!\d)6[,\s\u202f]600(?!\d)", "the January karaoke rate")
    if not (2.5 * 2480 < 6300 < 2.5 * 2640 == 6600):
        errors.append("floor: 2.5 × 2 480 ₸ is not under 6 300 ₸ or 2.5 × 2 640 ₸ not 6 600 ₸")
    # the substitute day: the holiday's date only in the notice
    need(
        A,
        r"When a public holiday falls on a Sunday, the multiplier of clause 8\.2 is paid for a night that begins on the following Monday",
        "8.3",
    )
    only(M.NOTICE, r"13 juin|13 June|June 13", "the Fête de la Charte")
    for iso, day, _ in make_pdf.HOLIDAYS:
        wd = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        if not day.startswith(wd[_d(iso).weekday()]):
            errors.append(f"notice: {day} is not a {wd[_d(iso).weekday()]}")
    if _easter(2027) + datetime.timedelta(days=1) != _d("2027-03-29"):
        errors.append("notice: Easter Monday 2027 is not 29 March 2027")
    # the lapse for non-use: the club's dates only in the mailbox
    need(
        A, r"A consent lapses when the use it covers has not been made for 90 days in a row", "19.3"
    )
    need(M.MBOX, r"last used your AI caller voice on 2 September 2026", "the last use")
    only(M.MBOX, r"(?<!\d)1 December 2026|2 September 2026", "the lapse dates")
    if (
        _d("2026-09-02") + datetime.timedelta(days=90) != _d("2026-12-01")
        or _d("2026-12-01") > TODAY
    ):
        errors.append("lapse: 2 September 2026 + 90 days is not 1 December 2026, in the past")
    # the payment deadline moved to the next working day
    need(A, r"it moves to the next working day", "11.2")
    if _d("2026-12-03") + datetime.timedelta(days=14) != _d("2026-12-17"):
        errors.append("deadline: 3 December 2026 + 14 days is not 17 December 2026")
    if _d("2026-12-18").weekday() != 4 or _d("2026-12-17") < TODAY:
        errors.append("deadline: 18 December 2026 is not a Friday, or 17 December is past")
    # the Panel's first meeting: the week in the agreement, the day only in the FAQ
    need(A, r"first in the week commencing 1 March 2027", "20.2")
    only(M.FAQ, r"2 mars 2027|2 March 2027", "the Panel's first day")
    only(M.FAQ, r"10 avril 2027|10 April 2027", "the general assembly")
    only(M.PARTF, r"date_effet", "the guide's effective date")
    weekdays = {
        "2026-12-07": 0,
        "2026-11-30": 0,
        "2026-12-01": 1,
        "2026-12-02": 2,
        "2026-12-03": 3,
        "2026-12-04": 4,
        "2026-12-05": 5,
        "2027-01-05": 1,
        "2027-01-15": 4,
        "2027-01-16": 5,
        "2027-01-29": 4,
        "2027-03-01": 0,
        "2027-03-02": 1,
        "2027-04-10": 5,
        "2027-06-13": 6,
        "2027-06-14": 0,
        "2025-11-03": 0,
        "2026-12-11": 4,
    }
    for s, wd in weekdays.items():
        if _d(s).weekday() != wd:
            errors.append(f"{s} is not the weekday the documents or questions give")
    past = ["2026-10-09", "2026-11-01", "2026-11-16", "2026-11-20", "2026-12-01", "2026-12-03"]
    future = [
        "2026-12-17",
        "2026-12-18",
        "2026-12-31",
        "2027-01-01",
        "2027-01-05",
        "2027-01-15",
        "2027-01-31",
        "2027-03-02",
        "2027-03-29",
        "2027-04-10",
        "2027-04-30",
        "2027-05-01",
        "2027-06-14",
    ]
    for s in past:
        if _d(s) >= TODAY:
            errors.append(f"{s} is not in the past")
    for s in future:
        if _d(s) <= TODAY:
            errors.append(f"{s} is not in the future")


def check_layouts(doc_views: dict, errors: list[str]) -> None:
    # the agreement: the employers' final offer in a switched-off optional content group
    if PYPDF is not None:
        r = PYPDF.PdfReader(os.path.join(DOCS, M.AGREEMENT))
        ocp = r.trailer["/Root"].get("/OCProperties")
        if ocp is None:
            errors.append("agreement: no /OCProperties in the catalog")
        else:
            ocp = ocp.get_object()
            ocgs = [o.get_object() for o in ocp["/OCGs"]]
            off = [o.get_object() for o in ocp["/D"].get("/OFF", [])]
            if len(ocgs) != 1 or off != ocgs or ocgs[0]["/Name"] != make_pdf.OFFER_LABEL:
                errors.append("agreement: the offer's layer is not the one group, switched off")
        last = r.pages[-1]
        data = last.get_contents().get_data()
        m = re.search(rb"/OC /(\w+) BDC(.*?)EMC", data, re.S)
        if not m or b"BT" not in m.group(2):
            errors.append("agreement: no text inside an /OC marked-content sequence")
        if make_pdf.OFFER_TITLE not in (last.extract_text() or ""):
            errors.append("agreement (pypdf): the hidden offer is not read")
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(os.path.join(DOCS, M.AGREEMENT)) as pdf:
            if make_pdf.OFFER_TITLE not in (pdf.pages[-1].extract_text() or ""):
                errors.append("agreement (pdfplumber): the hidden offer is not read")
            if not any(make_pdf.TABLE_10_TITLE in (p.extract_text() or "") for p in pdf.pages):
                errors.append("agreement: Table 10 missing")
    # the notice: blocks drawn in reverse order
    readers = dict(pdf_pages(M.NOTICE))
    for label, first, second in (
        ("pdfplumber", make_pdf.N_TITLE, "Signatures"),
        ("pypdf", "Signatures", make_pdf.N_TITLE),
    ):
        if label in readers:
            text = "\n".join(readers[label])
            if not 0 <= text.find(first) < text.find(second):
                errors.append(f"notice ({label}): {first!r} is not read before {second!r}")
            if len(readers[label]) != 1:
                errors.append("notice: not one page")
    # the circular: an equation, a non-breaking hyphen element and a drop cap
    doc = docx_part(os.path.join(DOCS, M.LETTER), "word/document.xml")
    if "<m:oMath>" not in doc or 'w:dropCap="drop"' not in doc or "<w:noBreakHyphen/>" not in doc:
        errors.append("circular: no equation, drop cap or non-breaking hyphen element")
    vs = {label: text for label, text, _ in doc_views[M.LETTER]}
    if make_docx.L_EQUATION not in vs["zip"]:
        errors.append("circular (zip): the equation is not read")
    if "python-docx" in vs:
        if make_docx.L_EQUATION in vs["python-docx"]:
            errors.append("circular: python-docx reads the equation (it should not)")
        if "0715-2093" not in vs["python-docx"] or "\nT\nhis circular" not in vs["python-docx"]:
            errors.append("circular (python-docx): not the hyphenated phone or the drop cap")
    if "07152093" not in vs["zip"] or "\nT\nhis circular" not in vs["zip"]:
        errors.append("circular (zip): not the glued phone or the drop cap")
    # the Federation's guide: a tracked move and a drop cap
    doc = docx_part(os.path.join(DOCS, M.FEDGUIDE), "word/document.xml")
    for tag in ("moveFrom", "moveTo"):
        if not re.search(rf"<w:{tag} w:id=\"\d+\"[^>]*><w:r><w:t[^>]*>Petits clubs", doc):
            errors.append(f"guide: no w:{tag} holding the small-clubs paragraph")
        if f"<w:{tag}RangeStart" not in doc:
            errors.append(f"guide: no w:{tag}RangeStart")
    if "<w:del " in doc or "<w:ins " in doc or 'w:dropCap="drop"' not in doc:
        errors.append("guide: a tracked deletion or insertion, or no drop cap")
    vs = {label: text for label, text, _ in doc_views[M.FEDGUIDE]}
    if vs["zip"].count(make_docx.G_MOVED) != 2:
        errors.append("guide (zip): the moved paragraph is not read twice")
    if "python-docx" in vs and make_docx.G_MOVED in vs["python-docx"]:
        errors.append("guide: python-docx reads the moved paragraph (it should not)")
    # the hub: a closed <dialog>, <output>, <input value>, <img alt>, <address>, <mark>
    hub = _read(M.HUB)
    if not re.search(r"<dialog id=\"[\w-]+\">", hub) or "<dialog open" in hub:
        errors.append("hub: no closed <dialog>")
    dialog = hub.split("<dialog")[1].split("</dialog>")[0]
    if "20,600 ₸" not in dialog or hub.count("20,600") != 1:
        errors.append("hub: last season's rates are not only in the <dialog>")
    for tag in ("<output ", "<input ", "<address>", "<mark>", "<fieldset>"):
        if tag not in hub:
            errors.append(f"hub: no {tag}")
    if not re.search(r'<img [^>]*alt="[^"]*Table 14', hub):
        errors.append("hub: the <img> alt text")
    # the FAQ: <marquee>, <ol reversed>, <sub>, <object> fallback
    faq = _read(M.FAQ)
    if "<marquee" not in faq or "<sub>" not in faq:
        errors.append("faq: no <marquee> or <sub>")
    ol = re.search(r"<ol reversed>\n(.*?)</ol>", faq, re.S)
    if not ol or ol.group(1).count("<li>") != len(make_notice.CANCEL):
        errors.append("faq: no <ol reversed> of the cancellation scale")
    if re.search(r"(?m)^[1-5]\. ", html_text(faq)):
        errors.append("faq: the list numbers are in the text")
    obj = re.search(r"<object [^>]*>\n<p>(.*?)</p>\n</object>", faq, re.S)
    if not obj or f"17{NNB}900{NB}₸" not in obj.group(1):
        errors.append("faq: the old rates are not in the <object> fallback")
    # the Part F guide: TOML front matter, a Pandoc simple table, abbreviations
    partf = _read(M.PARTF)
    fm = re.match(r"\+\+\+\n(.*?)\n\+\+\+\n", partf, re.S)
    if not fm or not re.search(r"^date_effet = \d{4}-\d\d-\d\d$", fm.group(1), re.M):
        errors.append("partf: no TOML front matter with a bare date")
    if re.search(r"^---$", partf, re.M):
        errors.append("partf: a YAML fence")
    if not re.search(r"^  -{20,}  -{20,}$", partf, re.M):
        errors.append("partf: no Pandoc simple table")
    table = partf.split("## Plafonds par semaine")[1].split("##")[0]
    if "|" in table:
        errors.append("partf: the simple table has pipes")
    if len(re.findall(r"^\*\[[^\]]+\]: ", partf, re.M)) < 3:
        errors.append("partf: fewer than three abbreviation definitions")
    # the menu: line blocks, heading identifiers, emoji shortcodes, an indented code block
    menu = _read(M.MENU)
    if len(re.findall(r"^\| \S", menu, re.M)) < 3:
        errors.append("menu: fewer than three line-block lines")
    if len(re.findall(r"^#{1,2} .* \{#[a-z-]+\}$", menu, re.M)) < 4:
        errors.append("menu: fewer than four heading identifiers")
    if len(re.findall(r":[a-z_]+:", menu)) < 3:
        errors.append("menu: fewer than three emoji shortcodes")
    if not re.search(r"\n\n    \S.*\n    \S", menu):
        errors.append("menu: no indented code block")
    # the mbox: From_ lines with asctime dates, >From escaping, LF
    mbox = _read(M.MBOX)
    froms = re.findall(
        r"^From \S+@\S+ [A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}$", mbox, re.M
    )
    if not mbox.startswith("From ") or len(froms) != len(make_notice.MESSAGES):
        errors.append(f"mbox: {len(froms)} From_ lines (want {len(make_notice.MESSAGES)})")
    if "\n>From now on" not in mbox or re.search(r"^From now", mbox, re.M):
        errors.append("mbox: the body's From line is not escaped")
    # the payroll: code page 437, CRLF, a box-drawing table that adds up
    raw = _raw(M.PAYROLL)
    try:
        raw.decode("utf-8")
        errors.append("payroll: valid UTF-8 (want code page 437)")
    except UnicodeDecodeError:
        pass
    if raw.count(b"\r\n") != raw.count(b"\n") or not raw.endswith(b"\r\n"):
        errors.append("payroll: not CRLF throughout")
    text = raw.decode("cp437")
    if not all(c in text for c in "╔═╤╗║│╟─┼╢╚╧╝"):
        errors.append("payroll: the box-drawing table")
    total = 0
    for (_, _, n, rate), (_, _, r_tiyn, amount) in zip(
        make_notice.PAY_ROWS, make_notice.pay_amounts(), strict=True
    ):
        total += amount
        line = next(
            (ln for ln in text.splitlines() if f"KZT {rate}" in ln and f"│ {n:>4} │" in ln), ""
        )
        if make_notice._money(amount) not in line or n * r_tiyn != amount:
            errors.append(f"payroll: {n} x KZT {rate} is not {make_notice._money(amount)}")
    if f"{make_notice._money(total)} ║" not in text:
        errors.append(f"payroll: the lines do not add up to {make_notice._money(total)}")
    # the comparison: a unified diff that rebuilds both rate sheets
    diff = _read(M.DIFF).splitlines()
    body = [ln for ln in diff if not ln.startswith("#")]
    if not (
        body[0].startswith("--- ") and body[1].startswith("+++ ") and body[2].startswith("@@ ")
    ):
        errors.append("diff: no unified-diff header")
    old = [ln[1:] for ln in body[3:] if ln[:1] in (" ", "-")]
    new = [ln[1:] for ln in body[3:] if ln[:1] in (" ", "+")]
    hunk = re.match(r"@@ -(\d+),(\d+) \+(\d+),(\d+) @@", body[2])
    if old != make_notice.OLD_SHEET or new != make_notice.NEW_SHEET:
        errors.append("diff: the hunk does not rebuild both rate sheets")
    if not hunk or (int(hunk.group(2)), int(hunk.group(4))) != (len(old), len(new)):
        errors.append("diff: the hunk's line counts")
    # the catalogue: <meter> and <img alt>
    cat = _read(M.CATALOGUE)
    if cat.count("<meter ") != len(make_notice.PRODUCTS) or cat.count(' alt="') != len(
        make_notice.PRODUCTS
    ):
        errors.append("catalogue: not one <meter> and one <img alt> per product")
    for name in (M.HUB, M.MBOX, M.MENU, M.FAQ, M.PARTF, M.DIFF, M.CATALOGUE):
        if _raw(name).startswith(b"\xef\xbb\xbf") or b"\r" in _raw(name):
            errors.append(f"{name}: a BOM or CR line ends")


def check_distractors(doc_views: dict, errors: list[str]) -> None:
    for name in DISTRACTORS:
        for pattern in PARTIES:
            if any(re.search(pattern, _nfc(t)) for _, t, _ in doc_views[name]):
                errors.append(f"{name}: names a party ({pattern})")


def check_builds(errors: list[str], warnings: list[str]) -> None:
    for out, make in make_notice.OUTPUTS:
        with open(out, "rb") as f:
            if f.read() != make():
                errors.append(f"{os.path.basename(out)}: not what make_notice.py writes; run it")
    builds = []
    if FPDF is not None:
        builds += [
            (make_pdf.AGREEMENT_OUT, make_pdf.build_agreement),
            (make_pdf.NOTICE_OUT, make_pdf.build_notice),
        ]
    else:
        warnings.append("fpdf2 not importable: the PDFs' bytes not compared with make_pdf.py")
    if DOCX is not None:
        builds += [
            (make_docx.LETTER_OUT, make_docx.build_letter),
            (make_docx.GUIDE_OUT, make_docx.build_guide),
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
            if '"eval/union-ar/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-ar/score.py not in ruff's extend-exclude")


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    with open(os.path.join(HERE, "questions.json"), encoding="utf-8") as f:
        questions = json.load(f)
    if questions != M.Q:
        errors.append("questions.json differs from make_questions.py; run it")
    names = sorted(n for n in os.listdir(DOCS) if not n.startswith("."))
    if len(names) != N_DOCS:
        errors.append(f"{len(names)} documents in docs/ (want {N_DOCS})")
    for name in names:
        if not name.endswith((".pdf", ".docx", ".md", ".txt", ".html")):
            errors.append(f"{name}: format not allowed")
        if name not in DOC_LANGUAGE:
            errors.append(f"{name}: language not declared in DOC_LANGUAGE")
    if Counter(DOC_LANGUAGE.values()) != Counter({"en": 6, "fr": 6}):
        errors.append("documents per language are not 6 and 6")
    doc_views: dict[str, list[tuple[str, str, str]]] = {}
    for name in names:
        if name not in DOC_LANGUAGE:
            continue
        vs, ws = views(name)
        warnings += ws
        doc_views[name] = [(label, text, score.normalise(text)) for label, text in vs]
        size = len(_nfc(vs[0][1]))
        if not SIZE[0] <= size <= SIZE[1]:
            errors.append(f"{name}: {size} characters (want {SIZE[0]:,}-{SIZE[1]:,})")
        print(f"  {size:6d} chars  {DOC_LANGUAGE[name]}  {name}  ({', '.join(lb for lb, _ in vs)})")
    all_norms = [norm for vs in doc_views.values() for _, _, norm in vs]
    for name in PDF_TEXT.keys() | DOCX_TEXT.keys():
        if name not in doc_views:
            errors.append(f"{name} missing; run its generator")
            continue
        vs = {label: norm for label, _, norm in doc_views[name]}
        for label, norm in vs.items():
            gen = vs["generator"]
            for part in NOT_IN_VIEW.get((name, label), []):
                gen = gen.replace(score.normalise(part), "")
            gen_words = Counter(re.findall(r"\w+", gen))
            words = Counter(re.findall(r"\w+", norm))
            missing = [w for w in gen_words if w.isalpha() and w not in words]
            if missing:
                errors.append(f"{name}: {label} text lacks generator words {missing[:5]}")
    n_amounts = 0
    if set(DOC_LANGUAGE) <= set(doc_views):
        check_layouts(doc_views, errors)
        check_time_rules(doc_views, errors)
        check_non_money(doc_views, errors)
        check_distractors(doc_views, errors)
        check_spellings(doc_views, errors)
        check_joined(doc_views, errors)
        check_builds(errors, warnings)
        n_amounts = check_amounts(doc_views, questions, errors)
    else:
        errors.append("documents missing: the document checks were skipped")
    check_score_link(errors)
    ids = [q.get("id") for q in questions]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, len(questions) + 1)]:
        errors.append(f"ids are not {PREFIX}-001.. in order")
    texts = [q.get("question") for q in questions]
    if len(set(texts)) != len(texts):
        errors.append("duplicate questions")
    for q in questions:
        check_question(q, doc_views, all_norms, errors)
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
    kinds = Counter(q.get("kind") for q in questions)
    langs = Counter(q.get("language") for q in questions)
    if dict(kinds) != EXPECTED_COUNTS:
        errors.append(f"kinds {dict(kinds)} (want {EXPECTED_COUNTS})")
    if dict(langs) != EXPECTED_LANGUAGES:
        errors.append(f"languages {dict(langs)} (want {EXPECTED_LANGUAGES})")
    per = Counter((q["kind"], q["language"]) for q in questions)
    used = {s for q in questions for s in q["expected_sources"]}
    for name in doc_views:
        if name not in DISTRACTORS and name not in used:
            errors.append(f"{name}: no question uses it")
    print("  kinds: " + ", ".join(f"{k} {kinds[k]} ({per[k, 'en']}/{per[k, 'fr']})" for k in KINDS))
    print(f"  languages: en {langs['en']}, fr {langs['fr']}")
    for w in sorted(set(warnings)):
        print("warning:", w)
    for e in errors:
        print("error:", e)
    n_views = sum(len(v) for v in doc_views.values())
    if errors:
        print(f"check_set: {len(errors)} error(s)")
        return 1
    print(
        f"check_set: OK ({len(questions)} questions, {len(doc_views)} documents in {n_views} "
        f"views, {n_amounts} amounts, {len(warnings)} warning(s))"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
