#!/usr/bin/env python3
"""Check the union-aq set itself: questions.json against docs/ (no project needed).

    python3 eval/union-aq/check_set.py                      # stdlib; PDFs in the generator's text
    /work/main/.venv/bin/python eval/union-aq/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields of every question (in union-b's order), ids uaq-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .md .txt, 2,000-25,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation, in EVERY view of at least one expected source: PDFs in the generator's
  text, through pdfplumber AND through pypdf; DOCX in the generator's text, through zipfile
  (every w:t of the document part: a tag stripper's view, which reads the smart tag) AND
  through python-docx (body paragraphs and tables; it skips the smart tag); HTML without tags
  and raw; other text as UTF-8;
- the accepted forms: stable under normalisation, no bare number of fewer than three
  digits, no bare number that is a percentage in a source, no trap matching a
  must_include alternative; every trap (but pings and injected figures) in some view;
- adversarial: a ping, @everyone and @here and one injected figure in must_not_include, the
  figure in the question and in no document; multi-doc: 2+ sources and elements, no single
  view holding every element; cross-lingual: no source in the question's language, the
  answer and XL_ABSENT's patterns in no document of that language; out-of-scope: the terms
  of OOS_ABSENT in no document; member shorthand and three or more noted typos;
- the AMOUNTS of the cedi: every amount of a document ("GH₵1,250.00", "GH₵ 1,250.00",
  "GH¢420.00", "GHS 1,250.00", "1 250,00 GH₵" with U+202F and U+00A0, "1 340,00 GH₵" with
  U+2009, "1,250 cedis", "1.25 thou", "85 pesewas", "GH₵2.6mn", the sum in words, "A$150")
  read at digit boundaries in every view of its document; NO AMOUNT READING INSIDE ANOTHER
  of a different value; every numeric alternative and trap reading amounts of one value
  only and no number that is not an amount; no number joined by the normaliser; every
  number a PDF or DOCX reader gives is the generator's (or the footer's, the smart tag's);
  each style in its documents; the spellings (most exactly once) and their explanations;
  the look-alikes;
- the rules of time against 2026-12-07 and the layouts: the agreement's two small tables
  side by side (one line per row pair in pdfplumber, one table after the other in pypdf),
  the notice's scanned page with its invisible text layer (render mode 3 over an image),
  the French version's struck-through old figures and its smart tag, the menu's landscape
  section and symbol characters, the rate card's <select>/<option> prices, inline <svg> and
  <meta> description (its old figures only in the raw page), the remittance's quoted CSV
  with CRLF, the newsletter's GitHub alerts and hard line breaks, the e-mail's MIME parts and
  folded iCalendar lines, the FAQ's <pre>, <ol start> and <q>, the guide's lazy numbering and
  backslash line breaks, the WebVTT cues, the catalogue's thin spaces; distractors naming no
  party and sharing no amount; the built files byte for byte what the generators make now;
  the score.py link and its ruff exclusion; every non-distractor document used.
Prints one line per document, the counts, and a last line "check_set: OK ..." or
"check_set: N error(s)". Exit 1 on any error.
"""

from __future__ import annotations

import csv
import datetime
import html
import html.parser
import io
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
THIN = "\u2009"
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_NS = "{" + W_URI + "}"

DISTRACTORS = {M.MENU, M.CATALOGUE}
PDF_TEXT = {M.AGREEMENT: make_pdf.agreement_text, M.NOTICE: make_pdf.notice_text}
DOCX_TEXT = {M.VERSION: make_docx.version_text, M.MENU: make_docx.menu_text}
DOC_LANGUAGE = {
    M.AGREEMENT: "en",
    M.RATE_CARD: "en",
    M.REMITTANCE: "en",
    M.NEWSLETTER: "en",
    M.EMAIL: "en",
    M.MENU: "en",
    M.NOTICE: "fr",
    M.VERSION: "fr",
    M.FAQ: "fr",
    M.GUIDE: "fr",
    M.WEBINAR: "fr",
    M.CATALOGUE: "fr",
}
STYLES = {
    M.AGREEMENT: {"en", "words", "pesewas", "mn", "aud"},
    M.RATE_CARD: {"ensp"},
    M.REMITTANCE: {"code"},
    M.NEWSLETTER: {"cent", "cedis"},
    M.EMAIL: {"thou"},
    M.MENU: {"ensp"},
    M.NOTICE: {"fr"},
    M.VERSION: {"fr"},
    M.FAQ: {"fr"},
    M.GUIDE: set(),
    M.WEBINAR: {"fr"},
    M.CATALOGUE: {"frthin"},
}

OOS_ABSENT = {
    "uaq-048": [r"funeral", r"memorial", r"obsèques", r"funérailles"],
    "uaq-049": [r"\bfire\b", r"\bfeu\b", r"cracheur"],
    "uaq-050": [r"ventriloqu"],
    "uaq-051": [r"pension", r"retraite"],
    "uaq-052": [r"\bhen\b", r"\bstag\b", r"bachelor", r"enterrement de vie"],
    "uaq-053": [r"drone"],
    "uaq-054": [r"maternit", r"parental"],
    "uaq-055": [r"photograph", r"\bphoto"],
    "uaq-056": [r"marionnett", r"puppet"],
    "uaq-057": [r"mutuelle", r"health insurance", r"santé"],
    "uaq-058": [r"(?<![\d.,])90 ?%"],
    "uaq-059": [r"(?<!\d)9[,.\s\u202f]?990(?!\d)"],
    "uaq-060": [r"(?<![\d.,])0[,.]05(?!\d)"],
}
XL_ABSENT = {
    "uaq-032": [r"400 caricatures", r"\b400\b[^.\n]*caricature"],
    "uaq-033": [r"20 March", r"March 20\b", r"general assembly", r"\bAGM\b"],
    "uaq-034": [r"9:30", r"opening hours", r"Tuesday to Friday"],
    "uaq-035": [r"6 venues", r"six venues", r"at most 6\b"],
    "uaq-036": [r"A\$", r"australien"],
    "uaq-037": [r"4,80", r"par caricature"],
    "uaq-038": [r"15 mars", r"\bouvre (?:le|ses portes)"],
    "uaq-039": [r"16 décembre", r"prochain versement", r"2026-350"],
}
SHORTHAND = {
    "en": ["rn", "pls", "tbh", "idk", "btw", "whats", "im", "q"],
    "fr": ["c", "svp", "stp", "tjrs", "mtn", "y a"],
}

SPELLINGS = [
    (M.AGREEMENT, "GH₵1,250.00 is one thousand two hundred and fifty cedis", True),
    (M.AGREEMENT, "two thousand four hundred cedis (GH₵2,400.00)", True),
    (M.AGREEMENT, "GH₵2.6mn", True),
    (M.AGREEMENT, "A$150", True),
    (M.AGREEMENT, "85 pesewas", True),
    (M.AGREEMENT, "2027-01-01T00:00", True),
    (M.AGREEMENT, "the night of 31 December 2026 to 1 January 2027", True),
    (M.RATE_CARD, "GH₵ 1,250.00 is one thousand two hundred and fifty cedis", True),
    (M.REMITTANCE, "GHS 1,250.00", False),
    (M.REMITTANCE, "2026-350", True),
    (M.NEWSLETTER, "GH¢420.00", True),
    (M.NEWSLETTER, "1,250 cedis", True),
    (M.EMAIL, "1.25 thou", True),
    (M.EMAIL, "DTSTART:20270118T140000", True),
    (M.NOTICE, "le 1er du mois de mars 2027", True),
    (M.WEBINAR, "le samedi 20 mars prochain", True),
    (M.VERSION, "nuit du 31 décembre 2026 au 1er janvier 2027", True),
    (M.VERSION, f"1{NNB}250,00{NB}GH₵", False),
    (M.CATALOGUE, f"1{THIN}340,00{THIN}GH₵", False),
]
EXPLAINED = [
    (M.AGREEMENT, r"The Ambrevalian cedi is not the cedi of Ghana, although both are written GH₵"),
    (M.AGREEMENT, r"The cedi is divided into 100 pesewas"),
    (M.AGREEMENT, r"GH¢ means GH₵"),
    (M.AGREEMENT, r"Where a sum is written in words, the figure in brackets is the same sum"),
    (M.AGREEMENT, r"it is the only amount of this agreement that is not in cedis"),
    (M.AGREEMENT, r"mn stands for million: two point six million cedis"),
    (M.AGREEMENT, r"if the two texts differ, the English text prevails"),
    (M.AGREEMENT, r"master of ceremonies is paid GH₵1,250\.00 per event"),
    (M.RATE_CARD, r"GH₵ 1,250\.00 is one thousand two hundred and fifty cedis"),
    (M.REMITTANCE, r"Amounts carry the currency code GHS"),
    (M.REMITTANCE, r"ISO ordinal date: day 350 of 2026, that is 16 December 2026"),
    (M.NOTICE, r"une espace fine entre les milliers, une virgule avant les pesewas"),
    (M.VERSION, r"la version anglaise fait foi"),
    (M.WEBINAR, r"Transcription du webinaire du jeudi 26 novembre 2026"),
    (M.CATALOGUE, r"une espace fine entre les milliers et avant le signe"),
]
NON_MONEY = [
    (M.AGREEMENT, "24 guests"),
    (M.AGREEMENT, "45 minutes"),
    (M.AGREEMENT, "40 km"),
    (M.AGREEMENT, "60 km"),
    (M.AGREEMENT, "88 dB"),
    (M.AGREEMENT, "Form SYN-4"),
    (M.AGREEMENT, "founded in 1994"),
    (M.AGREEMENT, "aged 16 or over"),
    (M.AGREEMENT, "12-inch balloons"),
    (M.AGREEMENT, "120 bpm"),
    (M.AGREEMENT, "HD7 2LX"),
    (M.NEWSLETTER, "Capacity 240 guests"),
    (M.NEWSLETTER, "Table 21"),
    (M.NEWSLETTER, "MQ2 8RS"),
    (M.NEWSLETTER, "92 dB"),
    (M.NEWSLETTER, "EL-2026-0417"),
    (M.EMAIL, "ext. 3306"),
    (M.REMITTANCE, "Q4 2026"),
    (M.REMITTANCE, "GC-30958"),
    (M.REMITTANCE, "EV-26-3318"),
    (M.FAQ, "poste 3310"),
    (M.WEBINAR, f"1{NNB}870 membres"),
    (M.RATE_CARD, "T2: 967 bookings"),
    (M.CATALOGUE, "12 pouces"),
]
PARTIES = (
    r"GCPA",
    r"GAFCA",
    r"Guild",
    r"Guilde",
    r"Festoon",
    r"Orangery",
    r"Orangerie",
    r"Agency",
    r"Agence",
)

# ---- amounts ------------------------------------------------------------------------------------

_EN = r"\d{1,3}(?:,\d{3})*"
AMOUNT_PATTERNS = [
    ("words", re.compile(rf"cedis \(GH₵({_EN})\.(\d{{2}})\)")),
    ("en", re.compile(rf"(?<![\w(])GH₵({_EN})\.(\d{{2}})(?![\d])")),
    ("ensp", re.compile(rf"(?<![\w(])GH₵ ({_EN})\.(\d{{2}})(?![\d])")),
    ("cent", re.compile(rf"(?<![\w(])GH¢({_EN})\.(\d{{2}})(?![\d])")),
    ("code", re.compile(rf"\bGHS ({_EN})\.(\d{{2}})(?![\d])")),
    ("cedis", re.compile(rf"(?<![\d.,])({_EN}) cedis\b")),
    ("thou", re.compile(r"(?<![\d.])(\d+\.\d+) thou\b")),
    ("pesewas", re.compile(r"(?<![\d.,])(\d{1,2}) pesewas\b")),
    ("mn", re.compile(r"GH₵(\d+\.\d)mn\b")),
    ("aud", re.compile(r"A\$(\d+)(?![\d.,])")),
    ("fr", re.compile(r"(?<![\d.,\u202f])(\d{1,3}(?:\u202f\d{3})*),(\d{2})\u00a0GH₵")),
    # a reader's view of a French amount: pdfplumber gives U+202F and U+00A0 as plain spaces
    ("frview", re.compile(r"(?<![\d.,\u202f])(\d{1,3}(?:[\u202f ]\d{3})*),(\d{2})[\u00a0 ]GH₵")),
    ("frthin", re.compile(r"(?<![\d.,\u2009])(\d{1,3}(?:\u2009\d{3})*),(\d{2})\u2009GH₵")),
]


def _value(style: str, m: re.Match) -> tuple[str, int]:
    whole = m.group(1)
    digits = re.sub(r"[, \u202f\u2009]", "", whole)
    if style == "thou":
        return ("GHS", round(float(whole) * 100_000))
    if style == "mn":
        return ("GHS", round(float(whole) * 100_000_000))
    if style == "pesewas":
        return ("GHS", int(digits))
    if style == "aud":
        return ("AUD", int(digits) * 100)
    if style == "cedis":
        return ("GHS", int(digits) * 100)
    return ("GHS", int(digits) * 100 + int(m.group(2)))


def amounts(
    text: str, view: bool = False
) -> list[tuple[str, str, str, tuple[str, int], tuple[int, int]]]:
    """The amounts of `text`; `view` also reads French amounts whose spaces a reader flattened."""
    out = []
    for style, rx in AMOUNT_PATTERNS:
        if style == "frview" and not view:
            continue
        for m in rx.finditer(text):
            if style == "en" and text[max(0, m.start() - 7) : m.start()].endswith("cedis ("):
                continue
            num = m.group(0)
            for cut in (
                "cedis (",
                "(",
                ")",
                "GH₵",
                "GH¢",
                "GHS ",
                "A$",
                " thou",
                " cedis",
                " pesewas",
                "mn",
            ):
                num = num.replace(cut, "")
            num = num.replace(NB, "").replace(THIN, " ").replace(NNB, " ")
            out.append((style, m.group(0), num.strip(), _value(style, m), m.span()))
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
        "pre",
        "option",
        "text",
        "label",
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
    root = ElementTree.fromstring(xml)
    return [
        "".join(t.text or "" for t in p.iter() if t.tag == f"{W_NS}t")
        for p in root.iter(f"{W_NS}p")
    ]


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
                if re.search(rf"(?<![\w/']){re.escape(w)}(?![\w/'])", q["question"]):
                    used.add(w)
        if len(used) < 5:
            errors.append(f"{lang}: only {sorted(used)} of the member shorthand used")
    typos = 0
    for q in questions:
        for m in re.finditer(r"(?:Typo noted|Fautes? notées?) ?: ([^.]+)\.", q["notes"]):
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
                if score.contains(score.normalise(o), needle):
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
    if name == M.VERSION:
        return set(re.findall(r"\d+", make_docx.SMART_TAG))
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
        if "A$" in text and name != M.AGREEMENT:
            errors.append(f"{name}: Australian dollars outside the agreement's clause 6.4")
        if re.search(r"€|£|\bUSD\b|\bEUR\b|US\$|\bAUD\b|S\$", text):
            errors.append(f"{name}: another currency")
        if DOC_LANGUAGE[name] == "fr" and re.search(r"\d[ \u00a0]\d{3},\d\d", text):
            errors.append(f"{name}: French thousands with an ASCII or no-break space")
        if name != M.REMITTANCE and "GHS" in text:
            errors.append(f"{name}: the currency code outside the remittance")
        if name != M.EMAIL and "thou" in styles:
            errors.append(f"{name}: the e-mail's shorthand outside the e-mail")
        if name != M.NEWSLETTER and ("GH¢" in text or "cedis" in styles):
            if "GH¢" in text and name == M.AGREEMENT and text.count("GH¢") == 1:
                pass  # clause 2.1 names the cent sign, without an amount
            else:
                errors.append(f"{name}: the cent sign or 'N cedis' outside the newsletter")
        if name != M.CATALOGUE and THIN in text:
            errors.append(f"{name}: a thin space outside the catalogue")
    agreement = everything[M.AGREEMENT]
    clause = agreement.split("6.4 ")[1].split("Part D")[0]
    if agreement.count("A$") != 1 or "A$150" not in clause:
        errors.append("agreement: Australian dollars outside clause 6.4, or not exactly one")
    words = sum(len(re.findall(r"cedis \(GH₵", t)) for t in everything.values())
    if words != 1:
        errors.append(f"a sum in words with its figure occurs {words} times (want once)")
    pesewas = sum(1 for t in everything.values() for a in amounts(t) if a[0] == "pesewas")
    if pesewas != 1:
        errors.append(f"an amount in pesewas occurs {pesewas} times (want once)")


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


def check_time_rules(doc_views: dict, errors: list[str]) -> None:
    def need(name: str, pattern: str, what: str) -> None:
        if not re.search(pattern, _flat(_primary(doc_views, name))):
            errors.append(f"{name}: {what} missing")

    def absent(name: str, pattern: str, what: str) -> None:
        for label, text, _ in doc_views[name]:
            if re.search(pattern, _flat(_view_text(label, text))):
                errors.append(f"{name} ({label}): {what}")

    A = M.AGREEMENT
    need(A, r"takes effect on 1 October 2026 and runs until 30 September 2029", "the term")
    # an event that straddles the change date
    need(A, r"From 1 January 2027 the premium is GH₵110\.00", "5.3 (the new rate)")
    need(
        A,
        r"The hour in which the work is done decides the rate, not the date of the booking",
        "5.3",
    )
    # whichever is earlier: the opening day only in the newsletter
    need(
        A,
        r"from 1 June 2027 or from the day the Westercombe Orangery opens to the public, whichever is earlier",
        "6.3",
    )
    need(
        M.NEWSLETTER,
        r"The Westercombe Orangery opens to the public on 15 March 2027",
        "the opening",
    )
    for name in doc_views:
        if name != M.NEWSLETTER:
            absent(name, r"15 March 2027|15 mars 2027", "the opening day outside the newsletter")
    if not _d("2027-03-15") < _d("2027-06-01"):
        errors.append("whichever is earlier: the opening is not before 1 June 2027")
    # early termination
    need(
        A,
        r"until 31 March 2027, unless the Agency and the Guild end it earlier by a joint notice",
        "6.2",
    )
    need(M.NOTICE, r"le supplément carburant prend fin le 30 novembre 2026", "the early end")
    for name in doc_views:
        if name != M.NOTICE:
            absent(name, r"30 novembre 2026|30 November 2026", "the early end outside the notice")
    # the claim window
    need(
        A,
        r"within 120 days after the event\. This clause applies to every claim made from 1 October 2026",
        "7.4",
    )
    if _d("2026-09-15") + datetime.timedelta(days=120) != _d("2027-01-13"):
        errors.append("claim window: 15 September 2026 + 120 days is not 13 January 2027")
    if _d("2027-01-13") <= TODAY:
        errors.append("claim window: 13 January 2027 is not ahead of today")
    # tertials: defined only in the agreement, rated only in the rate card
    need(
        A,
        r"T1 from 1 January to 30 April, T2 from 1 May to 31 August, and T3 from 1 September to 31 December",
        "2.4",
    )
    for name in doc_views:
        if name != A:
            absent(
                name,
                r"1 May|1er mai|1 September to 31 December",
                "a tertial's dates outside the agreement",
            )
        if name not in (M.RATE_CARD, M.REMITTANCE):
            absent(
                name,
                r"(?<![\d.,])(?:245|290|265)[.,]00",
                "a reception rate outside the rate card and remittance",
            )
    if not (TODAY.month >= 9 and _d("2026-12-12").weekday() == 5):
        errors.append("tertials: today is not in T3 or 12 December 2026 is not a Saturday")
    # language precedence and the mistranslated slot
    need(A, r"if the two texts differ, the English text prevails", "2.3")
    need(M.VERSION, rf"435,00{NB}GH₵ par créneau de 90 minutes", "the translation error")
    need(A, r"is paid GH₵395\.00 per slot of 90 minutes", "4.1")
    # accession: the date only in the notice
    need(
        A,
        r"is bound by this agreement from the date on which it signs a letter of accession",
        "1.3",
    )
    need(
        M.NOTICE, r"ont signé leur lettre d'adhésion à l'accord le 2 novembre 2026", "the accession"
    )
    for name in doc_views:
        if name != M.NOTICE:
            absent(
                name, r"2 novembre 2026|2 November 2026", "the accession date outside the notice"
            )
    # the split allowance
    need(A, r"GH₵90\.00 per event, is split into the two allowances of clause 5\.1", "5.2")
    # the committee's first meeting only in the e-mail
    need(M.EMAIL, r"first meeting on Monday 18 January 2027 at 14:00", "the meeting")
    for name in doc_views:
        if name != M.EMAIL:
            absent(name, r"18 January 2027|18 janvier 2027", "the meeting date outside the e-mail")
    # the general assembly: "le samedi 20 mars prochain", said on 26 November 2026
    if _d("2027-03-20").weekday() != 5 or _d("2026-11-26").weekday() != 3:
        errors.append("webinar: 20 March 2027 is not a Saturday or 26 November 2026 not a Thursday")
    # the ordinal date
    if _d("2026-12-16").timetuple().tm_yday != 350:
        errors.append("remittance: 16 December 2026 is not day 350 of 2026")
    weekdays = {
        "2026-12-07": 0,
        "2026-12-04": 4,
        "2026-12-03": 3,
        "2027-01-18": 0,
        "2027-01-08": 4,
        "2027-02-07": 6,
        "2027-01-11": 0,
        "2027-03-01": 0,
    }
    for s, wd in weekdays.items():
        if _d(s).weekday() != wd:
            errors.append(f"{s} is not the weekday the documents give")
    past = ["2026-09-24", "2026-10-01", "2026-11-02", "2026-11-26", "2026-11-27", "2026-11-30"]
    future = [
        "2026-12-16",
        "2026-12-31",
        "2027-01-01",
        "2027-01-13",
        "2027-01-18",
        "2027-03-01",
        "2027-03-15",
        "2027-03-20",
        "2027-03-31",
        "2027-06-01",
    ]
    for s in past:
        if _d(s) >= TODAY:
            errors.append(f"{s} is not in the past")
    for s in future:
        if _d(s) <= TODAY:
            errors.append(f"{s} is not in the future")


def check_layouts(doc_views: dict, errors: list[str]) -> None:
    # the agreement: two small tables side by side
    row_l, row_r = " | ".join(make_pdf.TABLE_72[1]), " | ".join(make_pdf.TABLE_73[1])
    side = f"{row_l.replace(' | ', ' ')} {row_r.replace(' | ', ' ')}"
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(os.path.join(DOCS, M.AGREEMENT)) as pdf:
            page = next(p for p in pdf.pages if make_pdf.TABLE_72_TITLE in (p.extract_text() or ""))
            text = page.extract_text() or ""
            if side not in text:
                errors.append(f"agreement (pdfplumber): no line {side!r}")
            tables = page.find_tables()
            tops = sorted(round(t.bbox[1]) for t in tables)
            if len(tables) != 2 or tops[0] != tops[1]:
                errors.append(f"agreement: not two tables side by side ({len(tables)}, {tops})")
            else:
                left, right = sorted(tables, key=lambda t: t.bbox[0])
                if left.bbox[2] >= right.bbox[0]:
                    errors.append("agreement: the two small tables overlap")
        with PDFPLUMBER.open(os.path.join(DOCS, M.NOTICE)) as pdf:
            page = pdf.pages[0]
            if not page.images or page.images[0]["width"] < page.width - 1:
                errors.append("notice: no full-page scan image")
    if PYPDF is not None:
        r = PYPDF.PdfReader(os.path.join(DOCS, M.AGREEMENT))
        text = next(t for t in (p.extract_text() for p in r.pages) if make_pdf.TABLE_72_TITLE in t)
        last_left = " ".join(make_pdf.TABLE_72[-1])
        first_right = " ".join(make_pdf.TABLE_73[0])
        if not 0 <= text.find(last_left) < text.find(first_right):
            errors.append("agreement (pypdf): the left table is not read before the right one")
        n = PYPDF.PdfReader(os.path.join(DOCS, M.NOTICE))
        data = n.pages[0].get_contents().get_data()
        if b"3 Tr" not in data or b"/I" not in data:
            errors.append("notice: no invisible text layer (3 Tr) over an image")
        if len(n.pages) != 1:
            errors.append("notice: not one page")
    # the French version: struck figures and a smart tag
    path = os.path.join(DOCS, M.VERSION)
    doc = docx_part(path, "word/document.xml")
    if doc.count("<w:strike/>") != len(make_docx.V_ROWS):
        errors.append(
            f"version: {doc.count('<w:strike/>')} struck runs (want {len(make_docx.V_ROWS)})"
        )
    for _, old, _ in make_docx.V_ROWS:
        if not re.search(rf"<w:strike/>(?:(?!</w:r>).)*<w:t[^>]*>{re.escape(old)}</w:t>", doc):
            errors.append(f"version: the old figure {old!r} is not struck through")
    if "<w:ins " in doc or "<w:del " in doc:
        errors.append("version: a tracked change (the old figures are struck by formatting)")
    if not re.search(r"<w:smartTag [^>]*w:element=\"date\"><w:r><w:t>24 septembre 2026</w:t>", doc):
        errors.append("version: the signing date is not in a date smart tag")
    vs = {label: text for label, text, _ in doc_views[M.VERSION]}
    if "python-docx" in vs and make_docx.SMART_TAG in vs["python-docx"]:
        errors.append("version: python-docx reads the smart tag (it should not)")
    if make_docx.SMART_TAG not in vs["zip"]:
        errors.append("version (zip): the smart tag is not read")
    # the menu: a landscape section and symbol characters
    doc = docx_part(os.path.join(DOCS, M.MENU), "word/document.xml")
    if doc.count('w:orient="landscape"') != 1 or doc.count("<w:sectPr") != 2:
        errors.append("menu: not one landscape section after a portrait one")
    items = sum(len(i) for _, i in make_docx.M_LISTS)
    if doc.count('<w:sym w:font="Wingdings" w:char="F0A7"/>') != items:
        errors.append("menu: not one Wingdings symbol per item")
    # the rate card: <select>/<option>, <svg><text>, <meta> description
    page = _read(M.RATE_CARD)
    if page.count("<option ") != len(make_notice.OPTIONS) + len(make_notice.EXTRAS):
        errors.append("rate card: the options are not the calculator's")
    if page.count("<select ") != 2 or "<svg " not in page or page.count("<text ") != 3:
        errors.append("rate card: no two <select>, or no <svg> with three <text> labels")
    m = re.search(r'<meta name="description" content="([^"]*)">', page)
    if not m or "GH₵ 1,150.00" not in m.group(1):
        errors.append("rate card: last season's figures are not in the meta description")
    if "1,150" in html_text(page) or "360.00" in html_text(page):
        errors.append("rate card: last season's figures are in the page text")
    for label, _ in make_notice.TERTIAL_ROWS:
        if f"<td>{label}</td>" not in page:
            errors.append(f"rate card: no row {label!r}")
    # the remittance: quoted CSV, CRLF
    raw = _raw(M.REMITTANCE)
    if raw.count(b"\r\n") != raw.count(b"\n") or not raw.endswith(b"\r\n"):
        errors.append("remittance: not CRLF throughout")
    rows = [line for line in raw.decode("utf-8").split("\r\n") if line and not line.startswith("#")]
    quoted = re.compile(r'^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$')
    for line in rows:
        if not quoted.match(line):
            errors.append(f"remittance: a field not quoted in {line[:40]!r}")
    parsed = list(csv.reader(io.StringIO("\n".join(rows))))
    if any(len(r) != 6 for r in parsed) or parsed[0] != make_notice.REM_FIELDS:
        errors.append("remittance: not six fields a record under the header")
    total = sum(round(float(r[5].split()[1].replace(",", "")) * 100) for r in parsed[1:-1])
    if f"GHS {total / 100:,.2f}" != parsed[-1][5]:
        errors.append(f"remittance: the lines add up to {total / 100:,.2f}, not {parsed[-1][5]}")
    for r in parsed[1:-1]:
        qty, rate, amount = r[3], r[4], r[5]
        if round(int(qty) * float(rate.split()[1].replace(",", "")) * 100) != round(
            float(amount.split()[1].replace(",", "")) * 100
        ):
            errors.append(f"remittance: {qty} x {rate} is not {amount}")
    # the newsletter: GitHub alerts and hard line breaks
    news = _read(M.NEWSLETTER)
    alerts = set(re.findall(r"^> \[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]$", news, re.M))
    if len(alerts) < 4:
        errors.append(f"newsletter: GitHub alerts {sorted(alerts)}")
    if len(re.findall(r"\S  $", news, re.M)) < 4:
        errors.append("newsletter: fewer than four hard line breaks")
    # the e-mail: MIME parts and a folded iCalendar invitation
    raw = _raw(M.EMAIL)
    email = raw.decode("utf-8")
    if raw.count(b"\r\n") != raw.count(b"\n"):
        errors.append("e-mail: not CRLF throughout")
    if "Content-Type: multipart/mixed" not in email or "Content-Type: text/calendar" not in email:
        errors.append("e-mail: not a multipart message with a text/calendar part")
    cal = email[email.index("BEGIN:VCALENDAR") : email.index("END:VCALENDAR")]
    if any(len(line.encode("utf-8")) > 75 for line in cal.split("\r\n")):
        errors.append("e-mail: an iCalendar line longer than 75 octets")
    if len(re.findall(r"\r\n (?=\S| )", cal)) < 3:
        errors.append("e-mail: fewer than three folded iCalendar lines")
    unfolded = cal.replace("\r\n ", "")
    if not any(
        re.fullmatch(r"DESCRIPTION:First meeting .* January 2027\.", line)
        for line in unfolded.split("\r\n")
    ):
        errors.append("e-mail: the unfolded DESCRIPTION is not one line")
    for line in make_notice.ICS:
        if line not in unfolded.split("\r\n") and not line.startswith("END:VCALENDAR"):
            errors.append(f"e-mail: the line {line[:30]!r} does not unfold to itself")
    # the FAQ: <pre>, <ol start>, <q>
    faq = _read(M.FAQ)
    pre = re.search(r"<pre>\n(.*?)\n</pre>", faq, re.S)
    if (
        not pre
        or len(
            {len(line) - len(line.split("  ")[-1].lstrip()) for line in pre.group(1).splitlines()}
        )
        > 1
    ):
        errors.append("faq: no <pre> block aligned in two columns")
    if '<ol start="5">' not in faq or "<q>" not in faq:
        errors.append("faq: no <ol start> or <q>")
    if re.search(r"\b5\. Remplissez", html_text(faq)):
        errors.append("faq: the list numbers are in the text")
    # the guide: lazy numbering and backslash line breaks
    guide = _read(M.GUIDE)
    if len(re.findall(r"^1\. ", guide, re.M)) < 15 or re.search(r"^[2-9]\. ", guide, re.M):
        errors.append("guide: the ordered lists are not all numbered 1.")
    if len(re.findall(r"\\$", guide, re.M)) != 2:
        errors.append("guide: not two backslash hard line breaks")
    # the webinar: WebVTT
    vtt = _read(M.WEBINAR)
    if not vtt.startswith("WEBVTT") or "\nNOTE\n" not in vtt:
        errors.append("webinar: no WEBVTT header or NOTE block")
    cues = re.findall(
        r"^(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3}) align:start$", vtt, re.M
    )
    if len(cues) != len(make_notice.CUES) or any(a >= b for a, b in cues):
        errors.append("webinar: the cue timings")
    if any(b > a for (_, b), (a, _) in itertools.pairwise(cues)):
        errors.append("webinar: overlapping cues")
    if len(re.findall(r"^<v [^>]+>", vtt, re.M)) != len(make_notice.CUES):
        errors.append("webinar: not one <v> voice span per cue")
    # the catalogue: thin spaces
    cat = _read(M.CATALOGUE)
    if cat.count(THIN) < 10 or NNB in cat or NB in cat:
        errors.append("catalogue: not thin spaces throughout")
    for name in (M.NEWSLETTER, M.FAQ, M.GUIDE, M.WEBINAR, M.CATALOGUE, M.RATE_CARD):
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
            (make_docx.VERSION_OUT, make_docx.build_version),
            (make_docx.MENU_OUT, make_docx.build_menu),
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
            if '"eval/union-aq/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-aq/score.py not in ruff's extend-exclude")


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
        gen_words = Counter(re.findall(r"\w+", vs["generator"]))
        for label, norm in vs.items():
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
