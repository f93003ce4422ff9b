#!/usr/bin/env python3
"""Check the union-ap set itself: questions.json against docs/ (no project needed).

    python3 eval/union-ap/check_set.py                      # stdlib; PDFs in the generator's text
    /work/main/.venv/bin/python eval/union-ap/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields of every question (in union-b's order), ids uap-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .md .txt, 2,000-25,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation, in EVERY view of at least one expected source: PDFs in the generator's
  text, through pdfplumber AND through pypdf; DOCX in the generator's text, through zipfile
  (every w:t of the document and endnotes parts: a tag stripper's view) AND through
  python-docx (body paragraphs and tables; it reads neither the endnotes nor the simple
  field's result); HTML without tags and raw; other text as UTF-8 (the e-mail as ASCII);
- the accepted forms: stable under normalisation, no bare number of fewer than three
  digits, no bare number that is a percentage in a source, no trap matching a
  must_include alternative; every trap (but pings and injected figures) in some view;
- adversarial: a ping, @everyone and @here and one injected figure in must_not_include, the
  figure in the question and in no document; multi-doc: 2+ sources and elements, no single
  view holding every element; cross-lingual: no source in the question's language, the
  answer and XL_ABSENT's patterns in no document of that language; out-of-scope: the terms
  of OOS_ABSENT in no document; member shorthand and three or more noted typos;
- the AMOUNTS of the ringgit: every amount of a document ("RM1,250.00", "RM 1,250.00",
  "1 250,00 RM" with U+202F, "MYR 1,250.00", "1,250 ringgit", "1.25 grand", "85 sen",
  "RM 2.1 jt", the sum in words, "S$160") read at digit boundaries in every view of its
  document; NO AMOUNT READING INSIDE ANOTHER of a different value; every numeric
  alternative and trap reading amounts of one value only and no number that is not an
  amount; no number joined by the normaliser; every number a PDF or DOCX reader gives is
  the generator's (or the footers', the endnotes', the field's); each style in its
  documents; the spellings (most exactly once) and their explanations; the look-alikes;
- the rules of time against 2026-12-07 and the layouts: the agreement's outline and page
  labels (i, ii, 1, ...), the notice's letter-spaced title, the schedule's two-column
  section and endnotes, the letter's simple and complex fields, the bulletin's <figure>,
  <data> and <iframe srcdoc> (its old figure only in the raw page), the calendar's <data>
  dates, the guide's reference-style links, the chat's JSON lines, the payroll's U+2011 and
  U+2007, the e-mail's quoted-printable body; distractors naming no party and sharing no
  amount; the built files byte for byte what the generators make now; the score.py link and
  its ruff exclusion; every non-distractor document but the e-mail (a trap holder) used.
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
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_NS = "{" + W_URI + "}"

DISTRACTORS = {M.CAFE, M.CATALOGUE}
TRAP_HOLDERS = {M.EMAIL}
PDF_TEXT = {M.AGREEMENT: make_pdf.agreement_text, M.NOTICE: make_pdf.notice_text}
DOCX_TEXT = {M.SCHEDULE: make_docx.schedule_text, M.LETTER: make_docx.letter_text}
DOC_LANGUAGE = {
    M.AGREEMENT: "en",
    M.SCHEDULE: "en",
    M.BULLETIN: "en",
    M.CHAT: "en",
    M.PAYROLL: "en",
    M.CAFE: "en",
    M.NOTICE: "fr",
    M.LETTER: "fr",
    M.CALENDAR: "fr",
    M.GUIDE: "fr",
    M.EMAIL: "fr",
    M.CATALOGUE: "fr",
}
STYLES = {
    M.AGREEMENT: {"en", "words", "jt", "sgd"},
    M.SCHEDULE: {"ensp"},
    M.BULLETIN: {"en", "ringgit", "sen"},
    M.CHAT: {"en", "grand"},
    M.PAYROLL: {"code"},
    M.CAFE: {"ensp"},
    M.NOTICE: {"fr"},
    M.LETTER: {"fr"},
    M.CALENDAR: set(),
    M.GUIDE: {"fr"},
    M.EMAIL: {"fr"},
    M.CATALOGUE: {"fr", "frbare"},
}

OOS_ABSENT = {
    "uap-048": [r"\bcamps?\b", r"holiday camp"],
    "uap-049": [r"laser", r"light[- ]show"],
    "uap-050": [r"pension", r"retraite"],
    "uap-051": [r"rooftop", r"stargaz", r"\broof\b"],
    "uap-052": [r"bereave", r"funeral", r"deuil"],
    "uap-053": [r"youtube", r"online video", r"vidéo en ligne", r"\bstream"],
    "uap-054": [r"congés?", r"paid leave", r"annual leave"],
    "uap-055": [r"mutuelle", r"health insurance"],
    "uap-056": [r"gonflable", r"inflatable", r"planétarium mobile", r"mobile planetarium"],
    "uap-057": [r"ancienneté", r"seniority"],
    "uap-058": [r"(?<!\d)9[,.\s\u202f]?999(?!\d)"],
    "uap-059": [r"(?<!\d)777(?!\d)"],
    "uap-060": [r"(?<!\d)400(?!\d)"],
}
XL_ABSENT = {
    "uap-032": [r"(?<!\d)1[.,]1 ?%", r"(?<!\d)4[.,]1 ?%", r"\btriggered\b.*\bnotice\b.*\d"],
    "uap-033": [r"11 January", r"January 11", r"2027-01-11"],
    "uap-034": [r"14 December", r"December 14", r"2026-12-14"],
    "uap-035": [r"31 January", r"January 31", r"Form NZ-3"],
    "uap-036": [r"S\$", r"(?<!\d)160(?!\d)", r"Singapo"],
    "uap-037": [r"\d sen\b", r"kilométrage.*\d", r"du km"],
    "uap-038": [r"(?<!\d)12[.,]50(?!\d)", r"projection"],
    "uap-039": [r"Recorded hologram", r"plaque"],
}
SHORTHAND = {
    "en": ["rn", "pls", "tbh", "idk", "btw", "whats", "im", "q"],
    "fr": ["c", "svp", "stp", "tjrs", "mtn", "y a"],
}

SPELLINGS = [
    (M.AGREEMENT, "RM1,250.00 is one thousand two hundred and fifty ringgit", True),
    (M.AGREEMENT, "seven hundred and fifty ringgit (RM750.00)", True),
    (M.AGREEMENT, "RM 2.1 jt", True),
    (M.AGREEMENT, "S$160", True),
    (M.AGREEMENT, "the spring term 2027", False),
    (M.SCHEDULE, "RM 1,250.00 is one thousand two hundred and fifty ringgit", True),
    (M.BULLETIN, "1,250 ringgit", True),
    (M.BULLETIN, "85 sen", True),
    (M.CHAT, "1.25 grand", False),
    (M.CHAT, "Monday week", True),
    (M.CHAT, '"effective": "20270301"', True),
    (M.PAYROLL, "MYR 1,250.00", False),
    (M.CALENDAR, "le premier mars 2027", True),
    (M.NOTICE, "à compter du 1/4", True),
    (M.GUIDE, f"1{NNB}310,00 RM", False),
    (M.LETTER, "courant mars 2027", True),
]
EXPLAINED = [
    (
        M.AGREEMENT,
        r"The Republic of Serandah is not Malaysia, and its ringgit is not the Malaysian ringgit",
    ),
    (M.AGREEMENT, r"The ringgit is divided into 100 sen"),
    (M.AGREEMENT, r"Where a sum is written in words, the figure in brackets is the same sum"),
    (M.AGREEMENT, r"it is the only amount of this agreement that is not in ringgit"),
    (M.AGREEMENT, r"jt stands for juta, a million: two point one million ringgit"),
    (M.PAYROLL, r"Amounts carry the currency code MYR, which the payroll uses for the ringgit"),
    (M.CHAT, r"Members type amounts the quick way: 1\.25 grand is RM1,250\.00"),
    (M.NOTICE, r"une espace fine entre les milliers, une virgule avant les sen et les lettres RM"),
]
NON_MONEY = [
    (M.AGREEMENT, "18-metre dome"),
    (M.AGREEMENT, "212 seats"),
    (M.AGREEMENT, "45 minutes"),
    (M.AGREEMENT, "20 litres"),
    (M.AGREEMENT, "−196 °C"),
    (M.AGREEMENT, "90 dB"),
    (M.AGREEMENT, "Reg. 2025/17"),
    (M.AGREEMENT, "Form DR-7"),
    (M.AGREEMENT, "founded in 1974"),
    (M.BULLETIN, "ext. 4410"),
    (M.LETTER, "M31"),
    (M.CATALOGUE, "NGC 7000"),
    (M.SCHEDULE, "2026-27"),
    (M.PAYROLL, f"PAY{chr(0x2011)}2026{chr(0x2011)}11"),
]
PARTIES = (r"SPGS", r"GPSS", r"Guild", r"Guilde", r"Zenith", r"Foundation", r"Fondation")

# ---- amounts ------------------------------------------------------------------------------------

_EN = r"\d{1,3}(?:,\d{3})*"
AMOUNT_PATTERNS = [
    ("words", re.compile(rf"ringgit \(RM({_EN})\.(\d{{2}})\)")),
    ("en", re.compile(rf"(?<![\w(])RM({_EN})\.(\d{{2}})(?![\d])")),
    ("ensp", re.compile(rf"(?<![\w(])RM ({_EN})\.(\d{{2}})(?![\d])")),
    ("code", re.compile(rf"\bMYR ({_EN})\.(\d{{2}})(?![\d])")),
    ("ringgit", re.compile(rf"(?<![\d.,])({_EN}) ringgit\b")),
    ("grand", re.compile(r"(?<![\d.])(\d+\.\d+) grand\b")),
    ("sen", re.compile(r"(?<![\d.,])(\d{1,2}) sen\b")),
    ("jt", re.compile(r"RM (\d+\.\d) jt\b")),
    ("sgd", re.compile(r"S\$(\d+)(?![\d.,])")),
    ("fr", re.compile(r"(?<![\d.,\u202f])(\d{1,3}(?:\u202f\d{3})*),(\d{2}) RM\b")),
    ("frbare", re.compile(r"(?<![\d.,])(\d{3}) RM\b")),
]


def _value(style: str, m: re.Match) -> tuple[str, int]:
    whole = m.group(1)
    digits = re.sub(r"[,\u202f]", "", whole)
    if style == "grand":
        return ("MYR", round(float(whole) * 100_000))
    if style == "jt":
        return ("MYR", round(float(whole) * 100_000_000))
    if style == "sen":
        return ("MYR", int(digits))
    if style == "sgd":
        return ("SGD", int(digits) * 100)
    if style in ("ringgit", "frbare"):
        return ("MYR", int(digits) * 100)
    return ("MYR", int(digits) * 100 + int(m.group(2)))


def amounts(text: str) -> list[tuple[str, str, str, tuple[str, int], tuple[int, int]]]:
    out = []
    for style, rx in AMOUNT_PATTERNS:
        for m in rx.finditer(text):
            if style == "en" and text[max(0, m.start() - 9) : m.start()].endswith("ringgit ("):
                continue
            num = m.group(0)
            for cut in (
                "ringgit (",
                "(",
                ")",
                "RM",
                "MYR ",
                "S$",
                " ringgit",
                " grand",
                " sen",
                " jt",
            ):
                num = num.replace(cut, "")
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
        "figcaption",
    }
)


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "meta", "iframe"):
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


def docx_parts(path: str) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return z.namelist()


def _lines(xml: str) -> list[str]:
    root = ElementTree.fromstring(xml)
    return [
        "".join(t.text or "" for t in p.iter() if t.tag == f"{W_NS}t")
        for p in root.iter(f"{W_NS}p")
    ]


def docx_zip_text(path: str) -> str:
    lines = _lines(docx_part(path, "word/document.xml"))
    if "word/endnotes.xml" in docx_parts(path):
        lines += _lines(docx_part(path, "word/endnotes.xml"))
    return "\n".join(lines)


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
    return _raw(name).decode("ascii" if name == M.EMAIL else "utf-8")


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
    if "\n" in q.get("question", ""):
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
        if s in DISTRACTORS or s in TRAP_HOLDERS:
            errors.append(f"{qid}: a distractor or trap holder {s!r} is an expected source")
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
    return [span for *_, span in amounts(text)]


THOUSANDS_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)")


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
            tt = html.unescape(t) if label == "raw" else t
            for style, text, num, value, _ in amounts(_nfc(tt)):
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
            t = _nfc(html.unescape(t) if label == "raw" else t)
            t = re.sub(r'value="[^"]*"', 'value=""', t)
            spans = _spans(t)
            for m in re.finditer(r"\d+(?:[.,'/:-]\d+)*", t):
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
    if name == M.NOTICE:
        return {"1", "2026", "09", "0", "2", "6", "9"}
    if name == M.SCHEDULE:
        text = score.normalise(" ".join(make_docx.ENDNOTES.values()))
        return set(re.findall(r"\d+(?:[.,]\d+)*", text)) | {str(i) for i in make_docx.ENDNOTES}
    return set()


def check_joined(doc_views: dict, errors: list[str]) -> None:
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            t = _nfc(html.unescape(text) if label == "raw" else text)
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
        if "S$" in text and name != M.AGREEMENT:
            errors.append(f"{name}: Singapore dollars outside the agreement's clause 8.4")
        if re.search(r"€|£|\bUSD\b|\bEUR\b|US\$", text):
            errors.append(f"{name}: another currency")
        if DOC_LANGUAGE[name] == "fr" and re.search(r"\d \d{3},\d\d", text):
            errors.append(f"{name}: French thousands with an ASCII space")
        if name != M.PAYROLL and "MYR" in text:
            errors.append(f"{name}: the currency code outside the payroll")
        if name != M.CHAT and "grand" in styles:
            errors.append(f"{name}: the chat's shorthand outside the chat")
    agreement = everything[M.AGREEMENT]
    clause = agreement.split("8.4 ")[1].split("Part F")[0]
    if agreement.count("S$") != 1 or "S$160" not in clause:
        errors.append("agreement: Singapore dollars outside clause 8.4, or not exactly one")
    words = sum(len(re.findall(r"ringgit \(RM", t)) for t in everything.values())
    if words != 1:
        errors.append(f"a sum in words with its figure occurs {words} times (want once)")


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

    A = M.AGREEMENT
    need(A, r"takes effect on 1 September 2026 and runs until 31 August 2029", "the term")
    # the conditional trigger and its result
    need(A, r"exceeds 3\.0%\. If the index does not exceed 3\.0%, the rates do not change", "4.5")
    need(M.NOTICE, r"L'indice a progressé de 4,1 %", "the index")
    need(M.NOTICE, r"L'augmentation est donc déclenchée", "triggered")
    idx, thr = 4.1, 3.0
    for old, new in ((41200, 41653), (28600, 28915)):
        if round(old * (1 + (idx - thr) / 100)) != new:
            errors.append(f"trigger: {old} x (1 + {idx - thr:.1f}%) is not {new}")
    # the postponed start
    need(A, r"The supplement rises to RM60\.00 on 1 December 2026, unless", "7.3")
    need(M.NOTICE, r"Le comité reporte cette hausse", "the postponement")
    # the holiday premium and the calendar
    need(A, r"paid at time and three-quarters: the fee with a premium of 75%", "6.3")
    if _d("2027-03-01").weekday() != 0 or _d("2027-02-08").weekday() != 0:
        errors.append("calendar: 1 March or 8 February 2027 is not a Monday")
    # the spring term
    if _d("2027-01-11").weekday() != 0 or _d("2026-08-31").weekday() != 0:
        errors.append("calendar: a term does not start on a Monday")
    for _n, a, da, b, db in make_notice.TERMS:
        if _d(a).day != int(re.search(r"\d+", da).group()) or _d(b).day != int(
            re.search(r"\d+", db).group()
        ):
            errors.append(f"calendar: {da} / {db} do not match {a} / {b}")
    # the steps down, the months counted, the lump sum, the opt-in window
    need(A, r"From 1 January 2027 the premium is halved to RM20\.00 per show", "4.7")
    need(A, r"During the first four months of this agreement", "4.6")
    need(A, r"with the pay of 25 January 2027", "8.3")
    need(M.LETTER, r"au plus tard le 31 janvier 2027", "the deadline")
    need(A, r"are merged into this kit allowance", "8.1")
    # Monday week: the chat is on Thursday 3 December 2026, the meeting on Monday 14 December
    if _d("2026-12-03").weekday() != 3 or _d("2026-12-14") != _d("2026-12-03") + datetime.timedelta(
        days=11
    ):
        errors.append("Monday week from Thursday 3 December 2026 is not 14 December 2026")
    past = ["2026-08-14", "2026-09-01", "2026-10-20", "2026-11-01", "2026-12-01", "2026-12-03"]
    future = [
        "2026-12-14",
        "2026-12-31",
        "2027-01-11",
        "2027-01-25",
        "2027-01-31",
        "2027-02-15",
        "2027-03-01",
        "2027-03-31",
        "2027-04-01",
    ]
    for s in past:
        if _d(s) >= TODAY:
            errors.append(f"{s} is not in the past")
    for s in future:
        if _d(s) <= TODAY:
            errors.append(f"{s} is not in the future")


def check_layouts(doc_views: dict, errors: list[str]) -> None:
    # the agreement: outline and page labels
    if PYPDF is not None:
        r = PYPDF.PdfReader(os.path.join(DOCS, M.AGREEMENT))
        labels = list(r.page_labels)
        if labels[:3] != ["i", "ii", "1"] or labels[-1] != str(len(labels) - 2):
            errors.append(f"agreement: page labels {labels}")
        top = [o.title for o in r.outline if not isinstance(o, list)]
        want = [t for k, t in make_pdf.AGREEMENT if k == "part"]
        if top != want or not any(isinstance(o, list) for o in r.outline):
            errors.append(f"agreement: outline {top}")
        n = PYPDF.PdfReader(os.path.join(DOCS, M.NOTICE))
        if n.outline:
            errors.append("notice: an outline")
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(os.path.join(DOCS, M.NOTICE)) as pdf:
            first = (pdf.pages[0].extract_text() or "").splitlines()[0]
            if not first.startswith("A V I S"):
                errors.append(f"notice (pdfplumber): the title reads {first!r}")
    # the schedule: two columns and endnotes
    path = os.path.join(DOCS, M.SCHEDULE)
    doc = docx_part(path, "word/document.xml")
    if doc.count('<w:cols w:num="2"') != 1 or doc.count('<w:type w:val="continuous"/>') != 1:
        errors.append("schedule: not one continuous section in two columns")
    if sorted(re.findall(r'<w:endnoteReference w:id="(\d)"/>', doc)) != ["1", "2"]:
        errors.append("schedule: no endnote references 1 and 2")
    if re.search(r"(?<![\d.])(?:150|65)\.00", doc):
        errors.append("schedule: an old figure outside the endnotes")
    rels = docx_part(path, "word/_rels/document.xml.rels")
    types = docx_part(path, "[Content_Types].xml")
    if "relationships/endnotes" not in rels or "endnotes+xml" not in types:
        errors.append("schedule: the endnotes part has no relationship or content type")
    vs = {label: text for label, text, _ in doc_views[M.SCHEDULE]}
    if "python-docx" in vs and "RM 150.00" in vs["python-docx"]:
        errors.append("schedule: python-docx reads the endnotes (it should not)")
    if "RM 150.00" not in vs["zip"]:
        errors.append("schedule (zip): the endnotes are not read")
    # the letter: a simple field and a complex field
    doc = docx_part(os.path.join(DOCS, M.LETTER), "word/document.xml")
    if doc.count("<w:fldSimple ") != 1 or "MERGEFIELD" not in doc:
        errors.append("letter: not one simple MERGEFIELD field")
    if [x for x in re.findall(r'w:fldCharType="(\w+)"', doc)] != ["begin", "separate", "end"]:
        errors.append("letter: no complex field begin / separate / end")
    if "CREATEDATE" not in doc:
        errors.append("letter: the complex field has no CREATEDATE instruction")
    vs = {label: text for label, text, _ in doc_views[M.LETTER]}
    if "python-docx" in vs and (make_docx.FIELD_RESULT in vs["python-docx"]):
        errors.append("letter: python-docx shows the simple field's result (it should not)")
    if make_docx.FIELD_RESULT not in vs["zip"]:
        errors.append("letter (zip): the simple field's result is not read")
    # the bulletin: figure, data, iframe srcdoc
    page = _read(M.BULLETIN)
    if "<figure>" not in page or "<figcaption>" not in page or page.count("<data value=") != 5:
        errors.append("bulletin: no <figure>/<figcaption> or not five <data> amounts")
    m = re.search(r'<iframe [^>]*srcdoc="([^"]*)"', page)
    if not m or "RM1,180.00" not in html.unescape(m.group(1)):
        errors.append("bulletin: the old card is not in an iframe srcdoc")
    if "1,180" in html_text(page):
        errors.append("bulletin: the old card's figure is in the page text")
    # the calendar's <data> dates
    cal = _read(M.CALENDAR)
    for v, shown in re.findall(r'<data value="(\d{4}-\d\d-\d\d)">([^<]+)</data>', cal):
        if str(_d(v).day) not in re.findall(r"\d+", shown) and "premier" not in shown:
            errors.append(f"calendar: <data value={v}> shows {shown!r}")
    # the guide's reference-style links
    guide = _read(M.GUIDE)
    refs = set(re.findall(r"\]\[(\w+)\]", guide))
    defs = set(re.findall(r"^\[(\w+)\]: https?://", guide, re.M))
    if len(refs) < 3 or refs != defs:
        errors.append(f"guide: reference links {sorted(refs)} against definitions {sorted(defs)}")
    # the chat: JSON lines
    for i, line in enumerate(_read(M.CHAT).splitlines(), 1):
        try:
            obj = json.loads(line)
        except ValueError:
            errors.append(f"chat: line {i} is not JSON")
            continue
        if list(obj)[:3] != ["ts", "from", "text"]:
            errors.append(f"chat: line {i} has fields {list(obj)}")
    # the payroll: U+2011 and U+2007
    pay = _read(M.PAYROLL)
    if pay.count("\u2011") < 10 or "\u2007" not in pay or "-" in pay.replace("‑", ""):
        errors.append("payroll: not U+2011 hyphens and U+2007 figure spaces throughout")
    # the e-mail: quoted-printable
    raw = _raw(M.EMAIL)
    email = raw.decode("ascii")
    if "Content-Transfer-Encoding: quoted-printable" not in email or "=C3=A9" not in email:
        errors.append("e-mail: not a quoted-printable body")
    if not re.search(r" =\n", email):
        errors.append("e-mail: no soft line break")
    import quopri

    body = quopri.decodestring(raw.split(b"\n\n", 1)[1]).decode("utf-8")
    if "rémunération de 55,00 RM la minute finie" not in body:
        errors.append("e-mail: the decoded body lacks the proposal")
    for name in (M.CHAT, M.PAYROLL, M.BULLETIN, M.CALENDAR, M.GUIDE, M.CAFE, M.CATALOGUE):
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
            (make_docx.SCHEDULE_OUT, make_docx.build_schedule),
            (make_docx.LETTER_OUT, make_docx.build_letter),
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
            if '"eval/union-ap/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-ap/score.py not in ruff's extend-exclude")


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
    spaced = set(re.findall(r"\w+", score.normalise(make_pdf.N_TITLE)))
    for name in PDF_TEXT.keys() | DOCX_TEXT.keys():
        if name not in doc_views:
            errors.append(f"{name} missing; run its generator")
            continue
        vs = {label: norm for label, _, norm in doc_views[name]}
        gen_words = Counter(re.findall(r"\w+", vs["generator"]))
        for label, norm in vs.items():
            words = Counter(re.findall(r"\w+", norm))
            missing = [w for w in gen_words if w.isalpha() and w not in words and w not in spaced]
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
    used |= {
        n
        for n in TRAP_HOLDERS
        if any(
            any(score.contains(v, b) for _, _, v in doc_views.get(n, []))
            for q in questions
            for b in q["must_not_include"]
        )
    }
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
