#!/usr/bin/env python3
"""Check the union-as set itself: questions.json against docs/ (no project needed).

    python3 eval/union-as/check_set.py                      # stdlib; PDFs in the generator's text
    /work/main/.venv/bin/python eval/union-as/check_set.py  # also python-docx, pdfplumber, pypdf and fpdf2

Checks:
- the fields of every question (in union-b's order), ids uas-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .md .txt, 2,000-25,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation, in EVERY view of at least one expected source: PDFs in the generator's
  text, through pdfplumber AND through pypdf; DOCX in the generator's text, through zipfile
  (every w:t text node of the document part, paragraph by paragraph: a tag stripper's view,
  which glues the lines that w:cr separates) AND through python-docx (body paragraphs, with
  their hyperlinks, and tables); HTML without tags and raw; other text as UTF-8;
- the accepted forms: stable under normalisation, no bare number of fewer than three
  digits, no bare number that is a percentage in a source, no trap matching a
  must_include alternative; every trap (but pings and injected figures) in some view;
- adversarial: a ping, @everyone and @here and one injected figure in must_not_include, the
  figure in the question and in no document; multi-doc: 2+ sources and elements, no single
  view holding every element; cross-lingual: no source in the question's language, the
  answer and XL_ABSENT's patterns in no document of that language; out-of-scope: the terms
  of OOS_ABSENT in no document; member shorthand and three or more noted typos;
- the AMOUNTS of the hryvnia: every amount of a document ("₴236.50", "236.50 ₴", "UAH 236.50",
  "hrn 118.60", "6,415.80 hryvnias", "12 ton", "75 kopiyky", "₴2.4 mln", the sum in words,
  "1 387,60 ₴" with U+202F and U+00A0, "6 415,80 ₴" with ordinary spaces, "HK$1,450") read
  at digit boundaries in every view of its document; NO AMOUNT READING INSIDE ANOTHER of a
  different value; every numeric alternative and trap reading amounts of one value only and
  no number that is not an amount (but the hours and multipliers allowed); no number joined
  by the normaliser; every number a PDF or DOCX reader gives is the generator's (or a
  footer's); each style in its documents; the spellings (most exactly once) and their
  explanations; the look-alikes;
- the rules of time against 2026-12-07 (deemed receipt, the quarter hour, bridge days, the
  deadline counted back, the consent ending with the academic year, the moved fortnight,
  the rolling count, local time from a UTC listing) and every weekday the documents print;
- the layouts: the agreement's margin notes (left of the clauses; pdfplumber reads a note's
  line and the clause's line as one, pypdf reads the note after its clause), the notice's
  justified lines (pypdf's stretched gaps) and URI link, the clubs' notice's w:cr lines and
  hyperlink, the guide's vertical header (w:textDirection) and hyperlink, the INI file read
  by configparser, the SMS export's CRLF, parts and delivery reports, the SQL dump loaded
  into sqlite3 (its sums), the shop's title block, closed ATX headings and multiline tables,
  the Org calendar's headlines, drawers, tags and timestamps, the FAQ's MathML and
  fieldset, the sheet's fenced divs and inline notes, the catalogue's <small> and <kbd>;
  distractors naming no party and sharing no amount; the built files byte for byte what
  the generators make now; the score.py link and its ruff exclusion; every non-distractor
  document used.
Prints one line per document, the counts, and a last line "check_set: OK ..." or
"check_set: N error(s)". Exit 1 on any error.
"""

from __future__ import annotations

import configparser
import datetime
import html
import html.parser
import json
import os
import re
import sqlite3
import sys
import unicodedata
import zipfile
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
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
W_URI = make_docx.W_URI
R_URI = make_docx.R_URI
W_NS = "{" + W_URI + "}"

DISTRACTORS = {M.SHOP, M.CATALOGUE}
PDF_TEXT = {M.AGREEMENT: make_pdf.agreement_text, M.NOTICE: make_pdf.notice_text}
DOCX_TEXT = {M.CLUBS: make_docx.notice_text, M.GUIDE: make_docx.guide_text}
DOC_LANGUAGE = {
    M.AGREEMENT: "en",
    M.INI: "en",
    M.SMS: "en",
    M.SQL: "en",
    M.CLUBS: "en",
    M.SHOP: "en",
    M.NOTICE: "fr",
    M.GUIDE: "fr",
    M.CAL: "fr",
    M.FAQ: "fr",
    M.FICHE: "fr",
    M.CATALOGUE: "fr",
}
STYLES = {
    M.AGREEMENT: {"en", "words", "mln", "kopiyky", "hkd"},
    M.INI: set(),
    M.SMS: {"en", "ton", "hryvnias"},
    M.SQL: {"code", "en"},
    M.CLUBS: {"after", "hrn"},
    M.SHOP: {"en"},
    M.NOTICE: {"fr"},
    M.GUIDE: {"fr"},
    M.CAL: set(),
    M.FAQ: {"fr"},
    M.FICHE: {"frsp"},
    M.CATALOGUE: {"fr"},
}

OOS_ABSENT = {
    "uas-048": [r"body.?paint", r"festival"],
    "uas-049": [r"pension", r"retraite", r"retirement"],
    "uas-050": [r"tattoo", r"tatou"],
    "uas-051": [r"living statue", r"statue vivante", r"street fair"],
    "uas-052": [r"\bsick", r"maladie", r"\billness"],
    "uas-053": [r"hand model", r"jewel", r"bijou"],
    "uas-054": [r"mutuelle", r"santé", r"health"],
    "uas-055": [r"maternit", r"\bcongé", r"parental"],
    "uas-056": [r"cotisation", r"\bdues\b", r"adhésion"],
    "uas-057": [r"thérapie", r"therap", r"hôpital", r"hospital"],
    "uas-058": [r"(?<!\d)777[.,]77(?!\d)"],
    "uas-059": [r"(?<![\d.,])3[.,]75(?!\d)"],
    "uas-060": [r"(?<![\d.,])99[.,]99(?!\d)"],
}
XL_ABSENT = {
    "uas-032": [r"13 February", r"February 13", r"general assembly", r"\bAGM\b"],
    "uas-033": [r"(?<![\d,.])200 (?:references|per licence)", r"provisional cap"],
    "uas-034": [r"28 March", r"March 28", r"summer time starts"],
    "uas-035": [r"21 January", r"January 21", r"first meeting"],
    "uas-036": [r"Hong Kong", r"HK\$", r"(?<!\d)1[,\s\u202f]?450(?!\d)"],
    "uas-037": [r"souper|supper", r"118[,.]60"],
    "uas-038": [r"kopiyky (?:par|per) km", r"chauffage d'appoint", r"(?<![\d,.])0[,.]75(?!\d)"],
    "uas-039": [r"52[,.]70"],
}
SHORTHAND = {
    "en": ["rn", "pls", "tbh", "idk", "whats", "q", "hrs", "tmrw", "im", "ive"],
    "fr": ["c", "svp", "stp", "mtn", "y a", "tjrs"],
}

SPELLINGS = [
    (M.AGREEMENT, "one thousand eight hundred and fifty hryvnias (₴1,850.00)", True),
    (M.AGREEMENT, "₴2.4 mln", True),
    (M.AGREEMENT, "HK$1,450", True),
    (M.AGREEMENT, "75 kopiyky", True),
    (M.AGREEMENT, "₴980 a year", True),
    (M.AGREEMENT, "the Hilary term", True),
    (M.SMS, "12 ton", True),
    (M.SMS, "6,415.80 hryvnias", True),
    (M.SMS, "Fri 4 Dec 19:12", True),
    (M.CLUBS, "hrn 118.60", True),
    (M.CLUBS, "the 9th prox.", True),
    (M.CLUBS, "the spring half-term (15 to 19 February 2027)", True),
    (M.CLUBS, "236.50 ₴", False),
    (M.SQL, "UAH 236.50", False),
    (M.CAL, "le premier lundi du trimestre", True),
    (M.CAL, "<2027-05-07 ven.>", True),
    (M.CAL, "Chandeleur", True),
    (M.INI, "start = 17:45 UTC", True),
    (M.NOTICE, f"1{NNB}387,60{NB}₴", False),
    (M.FICHE, "6 415,80 ₴", False),
]
EXPLAINED = [
    (
        M.AGREEMENT,
        r"The hryvnia of Orsanne is not the hryvnia of Ukraine, although both are written ₴",
    ),
    (M.AGREEMENT, r"The hryvnia is divided into 100 kopiyky \(one kopiyka\)"),
    (M.AGREEMENT, r"₴236\.50 is two hundred and thirty-six hryvnias and fifty kopiyky"),
    (M.AGREEMENT, r"mln stands for million: two point four million hryvnias"),
    (M.AGREEMENT, r"Where a sum is written in words, the figure in brackets is the same sum"),
    (M.AGREEMENT, r"it is the only amount of this agreement that is not in hryvnias"),
    (M.CLUBS, r"with the sign after the figure and a space"),
    (M.SMS, r"a ton is a hundred: twelve hundred hryvnias, the figure of clause 11\.4"),
    (M.SQL, r"Amounts are in hryvnias with the currency code UAH: UAH 236\.50 = ₴236\.50"),
    (M.SQL, r"Hours are decimal: 2\.75 = 2 hours 45 minutes"),
    (M.NOTICE, r"une espace fine entre les milliers, une virgule avant les kopiyky et le signe ₴"),
    (M.NOTICE, r"La hryvnia d'Orsanne n'est pas celle de l'Ukraine"),
    (M.FAQ, r"une espace fine entre les milliers, une virgule avant les kopiyky et le signe ₴"),
    (M.FICHE, r"avec une espace ordinaire entre les milliers"),
    (M.CLUBS, r"\(prox\.: of next month\)"),
]
NON_MONEY = [
    (M.AGREEMENT, "founded in 1968"),
    (M.AGREEMENT, "HC2 7QD"),
    (M.AGREEMENT, "Studio 14"),
    (M.AGREEMENT, "22 °C"),
    (M.AGREEMENT, "24 students"),
    (M.AGREEMENT, "40 km"),
    (M.AGREEMENT, "40 sessions"),
    (M.AGREEMENT, "Form G-3"),
    (M.AGREEMENT, "25 minutes"),
    (M.AGREEMENT, "the age of 18"),
    (M.CLUBS, "HC1 4LB"),
    (M.CLUBS, "12 easels"),
    (M.CLUBS, "ext. 2214"),
    (M.CLUBS, "ST-40917"),
    (M.SQL, "LM 70583"),
    (M.SQL, "LD-204"),
    (M.SQL, "ext. 5120"),
    (M.SQL, "DECIMAL(4,2)"),
    (M.INI, "max_viewers = 180"),
    (M.INI, "build 4.12.0"),
    (M.SMS, "+ORS 71-455-2090"),
    (M.FAQ, "poste 4406"),
    (M.SHOP, "60 × 80 cm"),
    (M.SHOP, "130 gsm"),
    (M.CATALOGUE, "CH-190"),
    (M.CATALOGUE, "190 cm"),
    (M.CAL, "à 2 h du matin"),
]
# amounts a reader does not give whole, by design (the layouts)
NOT_IN_VIEW = {(M.FAQ, "raw"): [f"354,75{NB}₴"]}  # MathML: <mn>354,75</mn><mtext> ₴</mtext>
# numeric needles that are hours or multipliers, not money: they may read these numbers only
NON_AMOUNT_NEEDLES = {
    "2.75": {"2.75"},
    "1.5": {"1.5", "1,5"},
    "1,5": {"1.5", "1,5"},
}
PARTIES = (
    r"LMSG",
    r"GMVPO",
    r"Guild",
    r"Guilde",
    r"FASCO",
    r"FÉACO",
    r"\bOSN\b",
    r"\bRAO\b",
    r"Federation",
    r"Fédération",
    r"Network",
    r"Réseau",
    r"Orsanne",
    r"OpenEasel",
)

# ---- amounts ------------------------------------------------------------------------------------

_EN = r"\d{1,3}(?:,\d{3})*"
AMOUNT_PATTERNS = [
    ("words", re.compile(rf"hryvnias \(₴({_EN})\.(\d\d)\)")),
    ("en", re.compile(rf"(?<!\w)₴({_EN})(?:\.(\d\d))?(?![\d]|[.,]\d| mln)")),
    ("mln", re.compile(r"₴(\d+\.\d) mln\b")),
    ("after", re.compile(rf"(?<![\d.,])({_EN})\.(\d\d) ₴")),
    ("code", re.compile(rf"\bUAH ({_EN})\.(\d\d)(?!\d)")),
    ("hrn", re.compile(rf"\bhrn ({_EN})\.(\d\d)(?!\d)")),
    ("hryvnias", re.compile(rf"(?<![\d.,])({_EN})\.(\d\d) hryvnias\b")),
    ("ton", re.compile(r"(?<![\d.])(\d{1,2}) ton\b")),
    ("kopiyky", re.compile(r"(?<![\d.,])(\d{1,2}) kopiyky\b")),
    ("hkd", re.compile(rf"HK\$({_EN})(?![\d]|[.,]\d)")),
    ("fr", re.compile(r"(?<![\d.,\u202f])(\d{1,3}(?:\u202f\d{3})*),(\d\d)\u00a0₴")),
    ("frsp", re.compile(r"(?<![\d.,])(?<!\d )(\d{1,3}(?: \d{3})*),(\d\d) ₴")),
    # a reader's view of a French amount: a reader may give U+202F and U+00A0 as spaces
    (
        "frview",
        re.compile(r"(?<![\d.,\u202f])(?<!\d )(\d{1,3}(?:[\u202f ]\d{3})+),(\d\d)[\u00a0 ]₴"),
    ),
]


def _value(style: str, m: re.Match) -> tuple[str, int]:
    whole = m.group(1)
    digits = re.sub(r"[, \u202f]", "", whole)
    if style == "mln":
        return ("UAH", round(float(whole) * 100_000_000))
    if style == "ton":
        return ("UAH", int(digits) * 100 * 100)
    if style == "kopiyky":
        return ("UAH", int(digits))
    if style == "hkd":
        return ("HKD", int(digits) * 100)
    cents = m.group(2) if m.re.groups >= 2 else None
    return ("UAH", int(digits) * 100 + int(cents or 0))


def amounts(
    text: str, view: bool = False
) -> list[tuple[str, str, str, tuple[str, int], tuple[int, int]]]:
    """The amounts of `text`; `view` also reads French amounts whose spaces a reader flattened."""
    out = []
    for style, rx in AMOUNT_PATTERNS:
        if style == "frview" and not view:
            continue
        for m in rx.finditer(text):
            if style == "en" and text[max(0, m.start() - 10) : m.start()].endswith("hryvnias ("):
                continue
            num = m.group(0)
            for cut in ("hryvnias (", "(", ")", "₴", "UAH ", "hrn ", "HK$", " hryvnias"):
                num = num.replace(cut, "")
            for cut in (" ton", " kopiyky", " mln"):
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
        "article",
        "section",
        "legend",
        "label",
        "fieldset",
        "math",
        "button",
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
    """Every paragraph's w:t text nodes, as a tag stripper reads them (w:cr gives nothing)."""
    root = ElementTree.fromstring(xml)
    out = []
    for p in root.iter(f"{W_NS}p"):
        out.append("".join(t.text or "" for t in p.iter(f"{W_NS}t")))
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
    return _raw(name).decode("utf-8")


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
            for _, text, *_ in amounts(primary):
                if text in NOT_IN_VIEW.get((name, label), []):
                    continue
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
                if o in NON_AMOUNT_NEEDLES.get(needle, set()):
                    continue
                if len(values) == 1 and score.normalise(o) == score.normalise(needle):
                    continue  # the same figure without its sign (a MathML <mn>)
                errors.append(f"{q['id']}: {needle!r} reads the non-amount number {o!r}")
    real = {v for n, _, _, _, v in found if n not in DISTRACTORS}
    for n, _, text, _, v in found:
        if n in DISTRACTORS and v in real:
            errors.append(f"{n}: distractor amount {text!r} is also an amount of the set")
    return len({(n, text) for n, _, text, _, _ in found})


JOIN = re.compile(r"\d(?:,|\s+)\d{3}(?!\d)")


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
        labels = [label for label, _, _ in vs]
        if "generator" in labels:
            allowed = set(re.findall(r"\d+(?:[.,]\d+)*", vs[0][2]))
            if name.endswith(".pdf"):
                pages = max((len(p) for _, p in pdf_pages(name)), default=0)
                allowed |= make_pdf.footer_numbers(pages)
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
        if re.search(r"€|£|¥|\$(?<!HK\$)|\bUSD\b|\bEUR\b|\bHKD\b", text):
            errors.append(f"{name}: another currency")
        if "HK$" in text and name != M.AGREEMENT:
            errors.append(f"{name}: Hong Kong dollars outside the agreement's clause 11.5")
        if name != M.SQL and re.search(r"\bUAH \d", text):
            errors.append(f"{name}: an amount with the currency code outside the payroll")
        for style, home in (("hrn", M.CLUBS), ("ton", M.SMS), ("hryvnias", M.SMS)):
            if style in styles and name != home:
                errors.append(f"{name}: the style {style!r} outside {home}")
        if DOC_LANGUAGE[name] == "fr" and name != M.FICHE and re.search(r"\d[ \u00a0]\d{3}", text):
            errors.append(f"{name}: French thousands with an ASCII or no-break space")
        if DOC_LANGUAGE[name] == "en" and NNB in text:
            errors.append(f"{name}: a narrow no-break space in an English document")
        if re.search(r"\d[.,]\d+ ?k\b|\d+k\d\b|\bthou\b|\bgrand\b", text):
            errors.append(f"{name}: a shorthand of earlier sets")
    agreement = everything[M.AGREEMENT]
    clause = agreement.split("11.5 ")[1].split("Part G")[0]
    if agreement.count("HK$") != 1 or "HK$1,450" not in clause:
        errors.append("agreement: Hong Kong dollars outside clause 11.5, or not exactly once")
    if "hryvnia of Ukraine" not in agreement:
        errors.append("agreement: does not say its hryvnia is not Ukraine's")
    for style, want in (
        ("words", 1),
        ("kopiyky", 1),
        ("mln", 1),
        ("ton", 1),
        ("hryvnias", 1),
        ("hrn", 1),
        ("hkd", 1),
    ):
        n = sum(1 for t in everything.values() for a in amounts(t) if a[0] == style)
        if n != want:
            errors.append(f"amounts in the style {style!r} occur {n} times (want {want})")
    whole = {
        a[1] for t in everything.values() for a in amounts(t) if a[0] == "en" and "." not in a[1]
    }
    if whole != {"₴980"}:
        errors.append(f"English amounts without kopiyky: {sorted(whole)} (want only ₴980)")


def check_non_money(doc_views: dict, errors: list[str]) -> None:
    for name, text in NON_MONEY:
        t = _primary(doc_views, name)
        if text not in t:
            errors.append(f"{name}: look-alike {text!r} missing")
        for *_, (s, e) in amounts(t):
            i = t.find(text)
            if i >= 0 and s < i + len(text) and i < e:
                errors.append(f"{name}: look-alike {text!r} read as an amount")


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


def _last_sunday(year: int, month: int) -> datetime.date:
    d = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
    return d - datetime.timedelta(days=(d.weekday() + 1) % 7)


EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
FR_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
ORG_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]


def check_weekdays(doc_views: dict, questions: list[dict], errors: list[str]) -> int:
    """Every 'weekday day month year' the documents and questions print is that weekday."""
    n = 0
    texts = [_flat(_primary(doc_views, name)) for name in doc_views]
    texts += [q["question"] for q in questions] + [q["notes"] for q in questions]
    en = re.compile(rf"\b({'|'.join(EN_DAYS)}) (\d{{1,2}}) ({'|'.join(EN_MONTHS)}) (\d{{4}})", re.I)
    fr = re.compile(
        rf"\b({'|'.join(FR_DAYS)}) (\d{{1,2}})(?:er)? ({'|'.join(FR_MONTHS)}) (\d{{4}})", re.I
    )
    org = re.compile(r"<(\d{4}-\d\d-\d\d) (\w+\.)>")
    for t in texts:
        for m in en.finditer(t):
            d = datetime.date(int(m[4]), EN_MONTHS.index(m[3].capitalize()) + 1, int(m[2]))
            n += 1
            if EN_DAYS[d.weekday()].lower() != m[1].lower():
                errors.append(f"{m[0]!r} is a {EN_DAYS[d.weekday()]}")
        for m in fr.finditer(t):
            d = datetime.date(int(m[4]), FR_MONTHS.index(m[3].lower()) + 1, int(m[2]))
            n += 1
            if FR_DAYS[d.weekday()] != m[1].lower():
                errors.append(f"{m[0]!r} is a {FR_DAYS[d.weekday()]}")
        for m in org.finditer(t):
            n += 1
            if ORG_DAYS[_d(m[1]).weekday()] != m[2]:
                errors.append(f"{m[0]!r}: the day is {ORG_DAYS[_d(m[1]).weekday()]}")
    return n


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
    need(A, r"It takes effect on 1 September 2026 and runs until 31 August 2029", "the term")
    holidays = {
        _d(m)
        for m in re.findall(
            r"\*\* [^\n]*:ferie:\s*\n\s*<(\d{4}-\d\d-\d\d)", _primary(doc_views, M.CAL)
        )
    }
    bridges = {
        _d(m)
        for m in re.findall(
            r"\*\* [^\n]*:pont:\s*\n\s*<(\d{4}-\d\d-\d\d)", _primary(doc_views, M.CAL)
        )
    }

    def next_working(day: datetime.date) -> datetime.date:
        day += datetime.timedelta(days=1)
        while day.weekday() >= 5 or day in holidays or day in bridges:
            day += datetime.timedelta(days=1)
        return day

    def share(days: int) -> str:
        for lo, hi, pct in ((21, 999, "nothing"), (10, 20, "30%"), (4, 9, "60%"), (2, 3, "80%")):
            if lo <= days <= hi:
                return pct
        return "100%"

    # 1. deemed receipt: Friday 4 December 2026 at 19:12, a session on Monday 14 December 2026
    need(A, r"is deemed received at 09:00 on the next working day", "9.2")
    need(
        M.SMS,
        r"Fri 4 Dec 19:12 - Dear Tamsin, we are sorry to cancel your life session of Monday 14 December",
        "the text",
    )
    sent = datetime.datetime(2026, 12, 4, 19, 12)
    received = next_working(sent.date()) if sent.hour >= 18 else sent.date()
    session = _d("2026-12-14")
    if received != _d("2026-12-07") or share((session - received).days) != "60%":
        errors.append("deemed receipt: not Monday 7 December 2026 and 60%")
    if share((session - sent.date()).days) != "30%":
        errors.append("deemed receipt: the trap (counted from Friday) is not 30%")
    table = " ".join(" ".join(r) for r in make_pdf.TABLE_9)
    if "4 to 9 days 60%" not in table or "10 to 20 days 30%" not in table:
        errors.append("Table 9 does not hold the steps the rule uses")
    # 2. the quarter hour
    need(A, r"each quarter of an hour begun is paid as a full quarter of an hour", "3.5")
    paid = 120 + -(-(155 - 120) // 15) * 15
    half = 120 + -(-(155 - 120) // 30) * 30
    if paid != 165 or half != 180:
        errors.append("quarter hour: 2 h 35 min is not paid 2.75 h (3 h by the half hour)")
    need(M.SQL, r"posed 2 h 35 min: 2\.75 h paid", "the payroll's example")
    # 3. bridge days: only in the calendar
    need(
        A,
        r"or on a bridge day listed in the Federation's academic calendar, is paid 1\.5 times",
        "8.2",
    )
    e = _easter(2027)
    if e + datetime.timedelta(days=39) != _d("2027-05-06") or _d("2027-05-07") not in bridges:
        errors.append("calendar: Ascension 2027 is not 6 May, or 7 May 2027 is no bridge day")
    if e + datetime.timedelta(days=1) != _d("2027-03-29") or e + datetime.timedelta(days=50) != _d(
        "2027-05-17"
    ):
        errors.append("calendar: Easter Monday or Whit Monday 2027 is wrong")
    for b in bridges:
        if not (b - datetime.timedelta(days=1) in holidays and b.weekday() == 4):
            errors.append(f"calendar: {b} is not a Friday after a holiday")
    only(M.CAL, r"7 mai|7 May|May 7|2027-05-07", "the bridge day")
    # 4. a deadline counted back from the scan
    need(A, r"Form G-3 must reach the model at least 21 days before the session", "13.2")
    if (
        _d("2027-01-12") - datetime.timedelta(days=21) != _d("2026-12-22")
        or _d("2026-12-22") <= TODAY
    ):
        errors.append("deadline: 12 January 2027 - 21 days is not 22 December 2026, ahead")
    need(M.SMS, r"by Tuesday 22 December 2026 at the latest", "the deadline")
    only(M.SMS, r"22 December|22 décembre", "the form deadline")
    # 5. a consent that ends with the academic year in which it was signed
    need(
        A,
        r"A consent ends on the 31 August that closes the academic year in which it was signed",
        "13.3",
    )
    need(M.GUIDE, r"un consentement signé en mars 2026 a pris fin le 31 août 2026", "the example")
    need(
        M.CAL,
        r"L'année académique 2026-2027 va du <2026-09-01 mar\.> au <2027-08-31 mar\.>",
        "the year",
    )
    for signed, end in (("2026-03-15", "2026-08-31"), ("2026-10-15", "2027-08-31")):
        s = _d(signed)
        if datetime.date(s.year + (s.month >= 9), 8, 31) != _d(end):
            errors.append(f"consent: one signed on {signed} does not end on {end}")
    # 6. the fortnight moved by the notice
    need(A, r"Schedule A sets the fortnight at 1 to 14 March 2027", "4.4")
    need(M.NOTICE, r"du lundi 15 mars au dimanche 28 mars 2027", "the moved fortnight")
    need(
        M.CAL,
        r"Quinzaine du Prix du portrait \(dates de l'annexe A de l'accord\) <2027-03-01 lun\.>--<2027-03-14 dim\.>",
        "the July dates",
    )
    only(M.NOTICE, r"15 mars|15 March|March 15", "the new fortnight")
    if (_d("2027-03-28") - _d("2027-03-15")).days != 13 or _d("2027-03-03").weekday() != 2:
        errors.append("fortnight: 15-28 March 2027 is not 14 days, or 3 March 2027 not a Wednesday")
    # 7. the rolling count: the payroll's n12m and supplements
    need(
        A,
        r"The count is a rolling one, made again for each session over the 12 months before it",
        "10.1",
    )
    for r in make_notice.PAY_ROWS:
        if r[6] == "regular-sitter supplement" and r[10] < 40:
            errors.append(f"payroll: {r[0]} pays the supplement under 40 sessions")
    hana = [r for r in make_notice.PAY_ROWS if r[2] == "Hana Okafor-Ruiz"]
    if {r[10] for r in hana} != {37} or any(r[6] == "regular-sitter supplement" for r in hana):
        errors.append("payroll: Hana Okafor-Ruiz is not at 37 without the supplement")
    # 8. local time from a UTC listing
    need(
        A,
        r"The hour that decides is the local time of the Republic of Orsanne at the start of the stream",
        "11.1",
    )
    cfg = _ini()
    start_dst = _last_sunday(2027, 3)
    if start_dst != _d("2027-03-28") or _last_sunday(2027, 10) != _d("2027-10-31"):
        errors.append("summer time 2027 is not 28 March to 31 October")
    need(
        M.CAL,
        r"Passage à l'heure d'été \(UTC\+2\), à 2 h du matin :heure: <2027-03-28 dim\.>",
        "the change",
    )
    only(M.CAL, r"heure d'été|summer time starts|2027-03-28", "the summer-time date")
    want = {"2026-12-16": "evening", "2027-02-10": "day", "2027-04-14": "evening"}
    for day, rate in want.items():
        sec = cfg[f"session.{day}"]
        hh, mm = (int(x) for x in sec["start"].split()[0].split(":"))
        offset = 2 if _d(day) >= start_dst else 1
        local = (hh + offset) * 60 + mm
        got = "evening" if local >= 18 * 60 + 30 else "day"
        if got != rate:
            errors.append(f"stream of {day}: {got} rate, want {rate}")
    only(M.INI, r"17:45 UTC", "the listing of 16 December")
    # dates against today
    past = [
        "2026-08-14",
        "2026-09-01",
        "2026-11-19",
        "2026-11-23",
        "2026-11-26",
        "2026-12-02",
        "2026-12-04",
    ]
    future = [
        "2026-12-09",
        "2026-12-14",
        "2026-12-16",
        "2026-12-22",
        "2027-01-04",
        "2027-01-12",
        "2027-01-21",
        "2027-02-02",
        "2027-02-08",
        "2027-02-13",
        "2027-03-03",
        "2027-03-15",
        "2027-03-28",
        "2027-04-14",
        "2027-05-07",
        "2027-08-31",
    ]
    for s in past:
        if _d(s) >= TODAY:
            errors.append(f"{s} is not in the past")
    for s in future:
        if _d(s) <= TODAY:
            errors.append(f"{s} is not in the future")


def _ini() -> configparser.ConfigParser:
    cfg = configparser.ConfigParser(comment_prefixes=(";", "#"), interpolation=None)
    cfg.read_string(_read(M.INI))
    return cfg


def _cents(s: str) -> int:
    return int(Decimal(s.replace("UAH ", "").replace(",", "")) * 100)


def check_layouts(doc_views: dict, errors: list[str]) -> None:
    # the agreement: margin notes left of the clauses
    readers = dict(pdf_pages(M.AGREEMENT))
    if "pdfplumber" in readers:
        text = "\n".join(readers["pdfplumber"])
        if (
            "2023–26: ₴221.30 an hour 3.1 A clothed life session is paid ₴236.50 an hour."
            not in text
        ):
            errors.append("agreement (pdfplumber): the note and clause 3.1 are not one line")
        with PDFPLUMBER.open(os.path.join(DOCS, M.AGREEMENT)) as pdf:
            notes = [c for p in pdf.pages for c in p.chars if round(c["size"]) == 7]
            if not notes or max(c["x1"] for c in notes) > make_pdf.BODY_X * 72 / 25.4:
                errors.append("agreement: the margin notes are not left of the clauses")
    if "pypdf" in readers:
        text = "\n".join(readers["pypdf"])
        for note in make_pdf.notes():
            first = note.split(" ")[0]
            if first not in text:
                errors.append(f"agreement (pypdf): note {note!r} not read")
        i, j = text.find("3.1 A clothed"), text.find("2023–26: ₴221.30")
        if not 0 <= i < j:
            errors.append("agreement (pypdf): the note is not read after its clause")
    # the notice: justified lines and a URI link
    readers = dict(pdf_pages(M.NOTICE))
    if "pypdf" in readers and "  " not in "\n".join(readers["pypdf"]):
        errors.append("notice (pypdf): no stretched gap of a justified line")
    if PYPDF is not None:
        r = PYPDF.PdfReader(os.path.join(DOCS, M.NOTICE))
        uris = [
            a.get_object().get("/A", {}).get("/URI")
            for a in r.pages[0].get("/Annots", [])
            if a.get_object().get("/Subtype") == "/Link"
        ]
        if make_pdf.N_LINK not in uris:
            errors.append("notice: no URI link to the Guild's page")
    # the clubs' notice: w:cr lines and a hyperlink
    for name, link_text, url in (
        (M.CLUBS, make_docx.N_LINK_TEXT, make_docx.N_LINK_URL),
        (M.GUIDE, make_docx.G_LINK_TEXT, make_docx.G_LINK_URL),
    ):
        path = os.path.join(DOCS, name)
        xml = docx_part(path, "word/document.xml")
        rels = docx_part(path, "word/_rels/document.xml.rels")
        if (
            "<w:hyperlink" not in xml
            or f'Target="{url}"' not in rels
            or 'TargetMode="External"' not in rels
        ):
            errors.append(f"{name}: no external hyperlink to {url}")
        for label, t, _ in doc_views[name]:
            if link_text not in t:
                errors.append(f"{name} ({label}): the link text is not read")
    xml = docx_part(os.path.join(DOCS, M.CLUBS), "word/document.xml")
    if xml.count("<w:cr/>") < 8:
        errors.append("clubs' notice: fewer than 8 w:cr line breaks")
    v = {label: t for label, t, _ in doc_views[M.CLUBS]}
    if "HC1 4LB.Tuesdays" not in v["zip"]:
        errors.append(
            "clubs' notice (zip): the w:cr lines are not glued as a tag stripper reads them"
        )
    if "python-docx" in v and "HC1 4LB.\nTuesdays" not in v["python-docx"]:
        errors.append("clubs' notice (python-docx): w:cr not read as a line break")
    for _, body in make_docx.N_BODY:
        if isinstance(body, list):
            for line in body[:-1]:
                if not re.search(r"[.:;,)]$", line):
                    errors.append(f"clubs' notice: w:cr line {line!r} does not end in punctuation")
    xml = docx_part(os.path.join(DOCS, M.GUIDE), "word/document.xml")
    if xml.count('w:textDirection w:val="btLr"') != len(make_docx.G_HEAD):
        errors.append("guide: the header cells are not in vertical text")
    # the INI file
    cfg = _ini()
    if cfg["platform"]["schedule_timezone"] != "UTC" or len(cfg.sections()) < 8:
        errors.append("INI: no UTC schedule, or too few sections")
    raw = _read(M.INI)
    if not re.search(r"^; ", raw, re.M) or not re.search(r"^# ", raw, re.M):
        errors.append("INI: no ';' or '#' comment line")
    if amounts(raw):
        errors.append("INI: holds an amount")
    # the SMS export
    b = _raw(M.SMS)
    if b.count(b"\r\n") != b.count(b"\n") or b.count(b"\r\n") != len(make_notice.SMS_LINES):
        errors.append("SMS: not CRLF throughout")
    lines = b.decode("utf-8").split("\r\n")[6:-1]
    msg = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \| (?:IN |OUT) \| [^|]+ \| .+$")
    rep = re.compile(r"^\[delivery report: delivered \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\]$")
    for line in lines:
        if not (msg.match(line) or rep.match(line)):
            errors.append(f"SMS: line {line[:40]!r} is not a message or a report")
    text = "\n".join(lines)
    if text.count("(1/2)") != 2 or text.count("(2/2)") != 2 or text.count("[delivery report") < 3:
        errors.append("SMS: not two messages in two parts and three delivery reports")
    # the SQL dump, loaded into sqlite3
    sql = _read(M.SQL)
    db = sqlite3.connect(":memory:")
    try:
        db.executescript(sql.replace("SET NAMES utf8mb4;", ""))
        rows = db.execute("SELECT ref, hours, rate, amount FROM model_payment").fetchall()
    except sqlite3.Error as exc:
        errors.append(f"SQL dump: sqlite3 cannot load it ({exc})")
        rows = []
    if len(rows) != len(make_notice.PAY_ROWS):
        errors.append("SQL dump: not every row loaded")
    total = 0
    for ref, hours, rate, amount in rows:
        total += _cents(amount)
        if hours is not None:
            want = (Decimal(str(hours)) * _cents(rate)).quantize(Decimal(1), ROUND_HALF_UP)
            if int(want) != _cents(amount):
                errors.append(f"SQL dump: {ref} is not hours × rate")
    if f"Total paid for November 2026: {make_notice._money(total)}" not in sql:
        errors.append("SQL dump: the total does not add up")
    travel = [r for r in make_notice.PAY_ROWS if r[6].startswith("travel")]
    if travel and travel[0][9] != (62 - 40) * travel[0][8]:
        errors.append("SQL dump: travel is not 22 km × ₴6.85")
    # the shop: title block, closed ATX headings, multiline tables
    shop = _read(M.SHOP).split("\n")
    if not all(line.startswith("% ") for line in shop[:3]):
        errors.append("shop: no Pandoc title block")
    if len([x for x in shop if re.match(r"^#{1,2} .+ #{1,2}$", x)]) < 5:
        errors.append("shop: too few closed ATX headings")
    if len(re.findall(r"^-{60,}$", "\n".join(shop), re.M)) < 6 or "\n\n " not in "\n".join(shop):
        errors.append("shop: no multiline table")
    # the calendar in Org mode
    cal = _read(M.CAL)
    if not cal.startswith("#+TITLE:") or cal.count(":PROPERTIES:") != cal.count(":END:") != 3:
        errors.append("calendar: not an Org file with three drawers")
    if len(re.findall(r"^\*+ ", cal, re.M)) < 20 or len(re.findall(r":pont:", cal)) < 3:
        errors.append("calendar: too few headlines or bridge-day tags")
    # the FAQ: MathML and a fieldset
    faq = _read(M.FAQ)
    if not re.search(
        r"<math[^>]*>.*<mn>236,50</mn>.*<mn>1,5</mn>.*<mn>354,75</mn>.*</math>", faq, re.S
    ):
        errors.append("FAQ: no MathML formula")
    if Decimal("236.50") * Decimal("1.5") != Decimal("354.75"):
        errors.append("FAQ: 236,50 × 1,5 is not 354,75")
    if "<fieldset>" not in faq or "<legend>" not in faq:
        errors.append("FAQ: no fieldset with a legend")
    # the sheet: fenced divs and inline notes
    fiche = _read(M.FICHE)
    opens = re.findall(r"^::: \{\.\w+\}$", fiche, re.M)
    closes = re.findall(r"^:::$", fiche, re.M)
    if len(opens) != 3 or len(closes) != 3 or fiche.count("^[") != 2:
        errors.append("sheet: not three fenced divs and two inline notes")
    # the catalogue
    cat = _read(M.CATALOGUE)
    if cat.count("<kbd>") < 5 or "<small>" not in cat:
        errors.append("catalogue: no <kbd> codes or <small>")


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
            (make_docx.NOTICE_OUT, make_docx.build_notice),
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
            if '"eval/union-as/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-as/score.py not in ruff's extend-exclude")


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
            gen_words = Counter(re.findall(r"\w+", vs["generator"]))
            words = Counter(re.findall(r"\w+", norm))
            missing = [w for w in gen_words if w.isalpha() and w not in words]
            if label == "zip" and name == M.CLUBS:
                # the w:cr lines are glued: a line's last word runs into the next line's first
                missing = [w for w in missing if not any(w in x for x in words)]
            if missing:
                errors.append(f"{name}: {label} text lacks generator words {missing[:5]}")
    n_amounts = 0
    n_weekdays = 0
    if set(DOC_LANGUAGE) <= set(doc_views):
        check_layouts(doc_views, errors)
        check_time_rules(doc_views, errors)
        n_weekdays = check_weekdays(doc_views, questions, errors)
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
    print(f"  languages: en {langs['en']}, fr {langs['fr']}; weekdays checked: {n_weekdays}")
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
