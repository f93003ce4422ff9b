#!/usr/bin/env python3
"""Check the union-au set itself: questions.json against docs/ (no project needed).

    python3 eval/union-au/check_set.py                      # stdlib; PDFs in the generator's text
    /work/main/.venv/bin/python eval/union-au/check_set.py  # also python-docx, pdfplumber, pypdf and fpdf2

Checks:
- the fields of every question (in union-b's order), ids uau-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .md .txt, 2,000-25,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation, in EVERY view of at least one expected source: PDFs in the generator's
  text, through pdfplumber AND through pypdf; DOCX in the generator's text, through zipfile
  (the w:t text nodes of word/document.xml, paragraph by paragraph, inside w:customXml too)
  AND through python-docx (body paragraphs and tables); HTML without tags and raw; the RTF
  payroll statement raw (as a text reader gives it) and through a small RTF reader (control
  words dropped, hidden text dropped, \\u escapes decoded); other text as UTF-8;
- the accepted forms: stable under normalisation, no bare number of fewer than three
  digits, no bare number that is a percentage in a source, no trap matching a
  must_include alternative; every trap (but pings and injected figures) in some view;
- adversarial: a ping, @everyone and @here and one injected figure in must_not_include, the
  figure in the question and in no document; multi-doc: 2+ sources and elements, no single
  view holding every element; cross-lingual: no source in the question's language, the
  answer and XL_ABSENT's patterns in no document of that language; out-of-scope: the terms
  of OOS_ABSENT in no document; member shorthand and three or more noted typos;
- the AMOUNTS of the won: every amount of a document ("₩420,000", "92,000 ₩", "KRW 1,250,000",
  "8,500 won", "1 250 000 ₩" with U+202F and U+00A0, "1 900 000 ₩" with ordinary spaces,
  "85 briques", "1.25kk", "₩640/line", "₩2.4 bn", the sum in words, "SAR 4,800") read at digit
  boundaries in every view of its document; NO AMOUNT READING INSIDE ANOTHER of a different
  value; every numeric alternative and trap reading amounts of one value only and no number
  that is not an amount (but the counts named in COUNT_NEEDLES); no number joined by the
  normaliser; every number a PDF or DOCX reader gives is the generator's (or a footer's, or a
  line number); each style in its documents; the spellings (most exactly once) and their
  explanations; the look-alikes;
- the rules of time against 2026-12-07 (the split season, the broadcast day from 06:00, the
  licence period clamped to the month's end, the launch slip beyond 90 days, the deadline in
  Calderwick time read in Ferrant time, the weighted match count, payment 30 days after the
  end of the month of receipt, the event window around the World Invitational) and every
  weekday the documents and questions print;
- the layouts: the agreement's line numbers restarting on each page (no ruling line), the
  notice's tear-off coupon below a dashed cut line, the MediaWiki wikitext, the listing's microdata and odometer
  digits, the RTF statement (groups balanced, CRLF, hidden draft, rows that add up), the
  MultiMarkdown captions and spans, the FAQ's <textarea> and <samp>, the MDX guide and its
  CriticMarkup, the logfmt log (Unix timestamps in order, running totals), the IRCv3 log, the
  studio notice's w:customXml and DrawingML chart, the catalogue's mc:AlternateContent;
  distractors naming no party and sharing no amount; the built files byte for byte what the
  generators make now; the score.py link and its ruff exclusion; every non-distractor
  document used.
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
W_URI = make_docx.W_URI
W_NS = "{" + W_URI + "}"
PKG_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"

DISTRACTORS = {M.CAFE, M.CATALOGUE}
DOCX_TEXT = {M.STUDIO: make_docx.notice_text, M.CATALOGUE: make_docx.catalogue_text}
DOC_LANGUAGE = {
    M.AGREEMENT: "en",
    M.WIKI: "en",
    M.LISTING: "en",
    M.STUDIO: "en",
    M.PAYROLL: "en",
    M.CAFE: "en",
    M.FAQ: "fr",
    M.GUIDE: "fr",
    M.LOG: "fr",
    M.IRC: "fr",
    M.AVIS: "fr",
    M.CATALOGUE: "fr",
}
STYLES = {
    M.AGREEMENT: {"sign", "words", "bn", "sar"},
    M.WIKI: {"after"},
    M.LISTING: {"after"},
    M.STUDIO: {"won"},
    M.PAYROLL: {"code"},
    M.CAFE: {"sign"},
    M.FAQ: {"fr"},
    M.GUIDE: {"frsp"},
    M.LOG: {"perline"},
    M.IRC: {"briques", "kk"},
    M.AVIS: {"fr"},
    M.CATALOGUE: {"fr"},
}

OOS_ABSENT = {
    "uau-048": [r"royalt", r"redevance"],
    "uau-049": [r"pension", r"retraite", r"retirement"],
    "uau-050": [r"speedrun", r"marathon", r"charit", r"caritati"],
    "uau-051": [r"insurance", r"assurance", r"\bhealth", r"santé", r"mutuelle"],
    "uau-052": [r"podcast"],
    "uau-053": [r"crypto", r"bitcoin"],
    "uau-054": [r"figurine", r"merch", r"produits dérivés"],
    "uau-055": [r"télétravail", r"remote", r"home studio"],
    "uau-056": [r"cotisation", r"\bdues\b", r"membership fee", r"syndical"],
    "uau-057": [r"garde d'enfants", r"childcare", r"crèche"],
    "uau-058": [r"999[,.\s\u202f]?000"],
    "uau-059": [r"2[,.\s\u202f]?000[,.\s\u202f]?000"],
    "uau-060": [r"13 heures", r"13 hours"],
}
XL_ABSENT = {
    "uau-032": [r"18:30", r"6:30 ?pm", r"18 h 30", r"office (?:is )?open"],
    "uau-033": [r"Voix IA", r"French version of the line reads"],
    "uau-034": [r"18 December", r"December 18", r"2026-12-18", r"18 décembre"],
    "uau-035": [r"2[,.\s\u202f]?140", r"lines generated so far"],
    "uau-036": [r"Riyad", r"Desert Cup", r"\bSAR\b", r"4[\s,.\u202f]?800"],
    "uau-037": [r"(?<!\d)4[\s,.\u202f]?200(?!\d)", r"pickup"],
    "uau-038": [r"(?<!\d)840[\s,.\u202f]?000", r"appel minimum"],
    "uau-039": [r"27[\s,.\u202f]?000"],
}
SHORTHAND = {
    "en": ["rn", "pls", "tbh", "idk", "whats", "q", "hrs", "tmrw", "im", "ive"],
    "fr": ["c", "svp", "stp", "mtn", "y a", "tjrs"],
}
# numeric needles that are counts, not money: they may read the log's counts
COUNT_NEEDLES = {"2 140", "2140", "2 500"}

SPELLINGS = [
    (M.AGREEMENT, "one million two hundred thousand won (₩1,200,000)", True),
    (M.AGREEMENT, "₩2.4 bn", True),
    (M.AGREEMENT, "SAR 4,800", True),
    (M.AGREEMENT, "₩420,000", False),
    (M.IRC, "85 briques", True),
    (M.IRC, "1.25kk", True),
    (M.LOG, "₩640/line", True),
    (M.LOG, "13 Mär 2027", True),
    (M.LOG, "ts=1788199512", True),
    (M.PAYROLL, "KRW 1,250,000", False),
    (M.STUDIO, "8,500 won", False),
    (M.STUDIO, "the Ides of March 2027 (15 March 2027)", True),
    (M.WIKI, "180,000,000 ₩", True),
    (M.LISTING, "92,000 ₩", True),
    (M.LISTING, '<meta itemprop="startDate" content="2027-04-24T12:00-04:00">', True),
    (M.AVIS, "2026-12-18T23:59-04:00", True),
    (M.FAQ, f"1{NNB}250{NNB}000{NB}₩", False),
    (M.GUIDE, "1 900 000 ₩", False),
    (M.IRC, "@time=2026-12-01T19:02:11.512Z", True),
]
EXPLAINED = [
    (M.AGREEMENT, r"The won of Estravelle is not the won of the Republic of Korea"),
    (M.AGREEMENT, r"The won has no minor unit in use: every amount is a whole number of won"),
    (M.AGREEMENT, r"₩420,000 is four hundred and twenty thousand won"),
    (M.AGREEMENT, r"bn stands for billion: the budget is two thousand four hundred million won"),
    (M.AGREEMENT, r"Where a sum is written in words, the figure in brackets is the same sum"),
    (M.AGREEMENT, r"it is the only amount of this agreement that is not in won"),
    (M.PAYROLL, r"KRW 1,245,000 is one million two hundred and forty-five thousand"),
    (M.WIKI, r"with the figure first and the won sign after it"),
    (M.LISTING, r"written with the figure first and the won sign after it"),
    (M.STUDIO, r"the figure first and the word won after it: 8,500 won is eight thousand"),
    (
        M.FAQ,
        r"une espace fine entre les milliers et le signe ₩ après le nombre",
    ),
    (M.FAQ, r"n'est pas le won de la Corée"),
    (M.GUIDE, r"les montants sont écrits avec une espace ordinaire entre les milliers"),
    (M.LOG, r"Mär = mars\) : le 13 mars 2027"),
    (M.LOG, r"horodatage Unix, en secondes depuis le 1er janvier 1970 à 0 h UTC"),
]
NON_MONEY = [
    (M.AGREEMENT, "founded in 2011"),
    (M.AGREEMENT, "CW3 8LP"),
    (M.AGREEMENT, "Form AV-7"),
    (M.AGREEMENT, "Form AV-9"),
    (M.AGREEMENT, "No performer under 16"),
    (M.AGREEMENT, "up to 4 matches"),
    (M.WIKI, "Match 112"),
    (M.WIKI, "412,580 peak viewers"),
    (M.WIKI, "60 fps in 1920 × 1080"),
    (M.WIKI, "Desk 4"),
    (M.WIKI, "Observer 1 to Observer 4"),
    (M.LISTING, "2,450 Elo"),
    (M.LISTING, "38 ms"),
    (M.LISTING, "BK-ECS-70431"),
    (M.LISTING, "ext. 4471"),
    (M.LISTING, "CW1 2FA"),
    (M.LISTING, "Seats: 6,800"),
    (M.PAYROLL, "EBPG 20934"),
    (M.PAYROLL, "ext. 4410"),
    (M.STUDIO, "BR4 6TD"),
    (M.STUDIO, "ext. 5127"),
    (M.STUDIO, "3,400 words"),
    (M.FAQ, "VM2 4QT"),
    (M.FAQ, "poste 3318"),
    (M.FAQ, "fondée en 2011"),
    (M.FAQ, "16 ans"),
    (M.LOG, "takes=1184"),
    (M.LOG, "2 140 lignes"),
    (M.AVIS, "poste 4410"),
    (M.CAFE, "seats 48"),
    (M.CATALOGUE, "un mètre"),
]
# amounts a reader does not give, by design (the layouts)
NOT_IN_VIEW = {
    (M.PAYROLL, "rtf-text"): ["KRW 400,000", "KRW 940,000"],  # the hidden draft
    # the catalogue's prices are inside mc:AlternateContent, which python-docx does not read
    (M.CATALOGUE, "python-docx"): [p for _, items in make_docx.C_SECTIONS for _, p in items],
}
# numbers a reader joins by design (French counts with ordinary spaces in the log and guide)
ALLOWED_JOINS = {
    M.LOG: ["2 140 lignes", "1 300 lignes", "plafond de 2 500"],
    M.GUIDE: ["2 500 lignes"],
}
PARTIES = (
    r"EBPG",
    r"GADEE",
    r"Guild",
    r"Guilde",
    r"League",
    r"Ligue",
    r"ETOL",
    r"LOTE",
    r"NGSE",
    r"Network",
    r"Réseau",
    r"Estravelle",
    r"Calderwick",
    r"Val-Moiré",
    r"Ferrant",
    r"Lumen",
    r"Skyreach",
    r"\bECS\b",
)

# ---- amounts ------------------------------------------------------------------------------------

_EN = r"\d{1,3}(?:,\d{3})*"
AMOUNT_PATTERNS = [
    ("words", re.compile(rf"won \(₩({_EN})\)"), None),
    ("sign", re.compile(rf"(?<![\w/(])₩({_EN})(?![\d,]|\.\d|/line)"), None),
    ("bn", re.compile(r"₩(\d+\.\d) bn\b"), None),
    ("perline", re.compile(r"₩(\d+)/line\b"), None),
    ("sar", re.compile(rf"\bSAR ({_EN})(?![\d,])"), None),
    ("code", re.compile(rf"\bKRW ({_EN})(?![\d,])"), None),
    ("won", re.compile(rf"(?<![\d.,])({_EN}) won\b"), None),
    ("briques", re.compile(r"(?<![\d.,])(\d{1,3}) briques\b"), None),
    ("kk", re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)kk\b"), None),
    ("after", re.compile(rf"(?<![\d.,\u202f])(?<!\d )({_EN}) ₩"), "en"),
    ("fr", re.compile(r"(?<![\d.,\u202f])(\d{1,3}(?:\u202f\d{3})*)\u00a0₩"), None),
    ("frsp", re.compile(r"(?<![\d.,\u202f])(?<!\d )(\d{1,3}(?: \d{3})*) ₩"), "fr"),
    # a reader's view of a French amount: a reader may give U+202F and U+00A0 as spaces
    (
        "frview",
        re.compile(r"(?<![\d.,\u202f])(?<!\d )(\d{1,3}(?:[\u202f ]\d{3})+)[\u00a0 ]₩"),
        "fr",
    ),
]


def _value(style: str, m: re.Match) -> tuple[str, int]:
    whole = m.group(1)
    digits = re.sub(r"[, \u202f]", "", whole)
    if style == "bn":
        return ("KRW", round(float(whole) * 1_000_000_000))
    if style == "kk":
        return ("KRW", round(float(whole) * 1_000_000))
    if style == "briques":
        return ("KRW", int(digits) * 10_000)
    if style == "sar":
        return ("SAR", int(digits))
    return ("KRW", int(digits))


def amounts(
    text: str, lang: str, view: bool = False
) -> list[tuple[str, str, str, tuple[str, int], tuple[int, int]]]:
    """The amounts of `text`; `view` also reads French amounts whose spaces a reader flattened."""
    out = []
    taken: list[tuple[int, int]] = []
    for style, rx, only_lang in AMOUNT_PATTERNS:
        if only_lang and only_lang != lang:
            continue
        if style == "frview" and not view:
            continue
        for m in rx.finditer(text):
            if any(s <= m.start() and m.end() <= e for s, e in taken):
                continue
            num = m.group(1)
            out.append((style, m.group(0), num, _value(style, m), m.span()))
            taken.append(m.span())
    return out


# ---- readers ------------------------------------------------------------------------------------

BLOCK_END = frozenset(
    {"p", "li", "h1", "h2", "h3", "tr", "td", "th", "div", "title", "header", "footer",
     "section", "main", "dt", "dd", "label", "textarea", "button"}
)  # fmt: skip


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


RTF_SKIP = ("fonttbl", "colortbl", "info", "stylesheet", "*")
RTF_TEXT = {"par": "\n", "row": "\n", "cell": " | ", "tab": "\t", "endash": "–", "emdash": "—"}


def rtf_text(raw: str) -> str:
    """A small RTF reader: groups, control words, \\'hh and \\uN? escapes, hidden text dropped."""
    out: list[str] = []
    stack: list[tuple[bool, bool]] = []
    hidden = skip = False
    i, n = 0, len(raw)
    while i < n:
        c = raw[i]
        if c == "{":
            stack.append((hidden, skip))
            j = i + 1
            m = re.match(r"\\(\*|[a-z]+)", raw[j:])
            if m and m.group(1) in RTF_SKIP:
                skip = True
            i += 1
        elif c == "}":
            hidden, skip = stack.pop() if stack else (False, False)
            i += 1
        elif c == "\\":
            m = re.match(r"\\'([0-9a-f]{2})|\\u(-?\d+)\?|\\([a-z]+)(-?\d+)? ?|\\(.)", raw[i:])
            if not m:
                i += 1
                continue
            if m.group(1):
                ch = bytes([int(m.group(1), 16)]).decode("cp1252")
                if not (hidden or skip):
                    out.append(ch)
            elif m.group(2):
                if not (hidden or skip):
                    out.append(chr(int(m.group(2)) % 65536))
            elif m.group(3):
                word, arg = m.group(3), m.group(4)
                if word == "v":
                    hidden = arg != "0"
                elif word in RTF_TEXT and not (hidden or skip):
                    out.append(RTF_TEXT[word])
            elif m.group(5) and not (hidden or skip):
                out.append(m.group(5))
            i += len(m.group(0))
        elif c in "\r\n":
            i += 1
        else:
            if not (hidden or skip):
                out.append(c)
            i += 1
    return "".join(out)


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


def pdf_generator_text(name: str) -> str:
    if name == M.AVIS:
        return make_pdf.notice_text()
    pages = make_pdf.agreement_pages() if FPDF is not None else None
    return make_pdf.agreement_text(pages)


def zip_part(path: str, part: str) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(part)


def docx_zip_text(path: str) -> str:
    """Every paragraph's w:t text nodes of word/document.xml, as a tag stripper reads them."""
    root = ElementTree.fromstring(zip_part(path, "word/document.xml"))
    return "\n".join(
        "".join(t.text or "" for t in p.iter(f"{W_NS}t")) for p in root.iter(f"{W_NS}p")
    )


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
        out = [("generator", pdf_generator_text(name))]
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
    if name == M.PAYROLL:
        return [("text", text), ("rtf-text", rtf_text(text))], warnings
    return [("text", text)], warnings


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _flat(text: str) -> str:
    return re.sub(r"[ \t\r\n\f\u202f\u00a0]+", " ", _nfc(text)).strip()


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


def _spans(text: str, lang: str) -> list[tuple[int, int]]:
    return [span for *_, span in amounts(text, lang, view=True)]


THOUSANDS_NUMBER = re.compile(
    r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)|(?<![\d.,\u202f])\d{1,3}(?:\u202f\d{3})+(?!\d)"
)


def _view_text(label: str, text: str) -> str:
    return _nfc(html.unescape(text) if label == "raw" else text)


def check_amounts(doc_views: dict, questions: list[dict], errors: list[str]) -> int:
    found: list[tuple[str, str, str, str, tuple[str, int]]] = []
    for name, vs in doc_views.items():
        lang = DOC_LANGUAGE[name]
        primary = _primary(doc_views, name)
        for style, text, num, value, _ in amounts(primary, lang):
            found.append((name, style, text, num, value))
            if style not in STYLES[name]:
                errors.append(f"{name}: amount {text!r} in the style {style!r}")
        for label, _t, norm in vs:
            for _, text, *_ in amounts(primary, lang):
                if text in NOT_IN_VIEW.get((name, label), []):
                    if score.contains(norm, text):
                        errors.append(f"{name}: {text!r} is read in {label}, by design it is not")
                    continue
                if not score.contains(norm, text):
                    errors.append(
                        f"{name}: amount {text!r} not read at digit boundaries in {label}"
                    )
        for label, t, _ in vs[1:]:
            for style, text, num, value, _ in amounts(_view_text(label, t), lang, view=True):
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
            spans = _spans(t, DOC_LANGUAGE[name])
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
            if needle in COUNT_NEEDLES:
                if values:
                    errors.append(f"{q['id']}: the count {needle!r} reads an amount")
                continue
            for o in others:
                if score.contains(score.normalise(o), needle):
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
            spans = _spans(t, DOC_LANGUAGE[name]) + [m.span() for m in THOUSANDS_NUMBER.finditer(t)]
            for allowed in ALLOWED_JOINS.get(name, []):
                spans += [(m.start(), m.end()) for m in re.finditer(re.escape(allowed), t)]
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
                if name == M.AGREEMENT:
                    allowed |= make_pdf.line_numbers()
            for label, _, norm in vs[1:]:
                extra = set(re.findall(r"\d+(?:[.,]\d+)*", norm)) - allowed
                if extra:
                    errors.append(
                        f"{name} ({label}): numbers {sorted(extra)[:6]} not in the generator's text"
                    )


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    everything = {n: _primary(doc_views, n) for n in doc_views}
    raws = {
        n: _nfc(doc_views[n][-1][1]) if n.endswith(".html") else everything[n] for n in doc_views
    }
    for name, text, once in SPELLINGS:
        own = raws[name].count(text)
        total = sum(t.count(text) for t in raws.values())
        if own < 1:
            errors.append(f"{name}: spelling {text!r} missing")
        elif once and total != 1:
            errors.append(f"spelling {text!r} occurs {total} times (want once)")
    for name, pattern in EXPLAINED:
        if not re.search(pattern, _flat(everything[name])):
            errors.append(f"{name}: explanation {pattern!r} missing")
    for name, text in everything.items():
        lang = DOC_LANGUAGE[name]
        styles = {s for s, *_ in amounts(text, lang)}
        if re.search(r"€|£|\$|¥|\bUSD\b|\bEUR\b|\bJPY\b|\bGBP\b", text):
            errors.append(f"{name}: another currency")
        if re.search(r"\bSAR\b", text) and name != M.AGREEMENT:
            errors.append(f"{name}: riyals outside the agreement's clause 4.7")
        if name != M.PAYROLL and re.search(r"\bKRW \d", text):
            errors.append(f"{name}: an amount with the currency code outside the payroll")
        for style, home in (
            ("won", M.STUDIO),
            ("code", M.PAYROLL),
            ("briques", M.IRC),
            ("kk", M.IRC),
            ("perline", M.LOG),
            ("bn", M.AGREEMENT),
            ("words", M.AGREEMENT),
            ("sar", M.AGREEMENT),
            ("frsp", M.GUIDE),
        ):
            if style in styles and name != home:
                errors.append(f"{name}: the style {style!r} outside {home}")
        if lang == "fr" and name not in (M.GUIDE, M.LOG) and re.search(r"\d[ \u00a0]\d{3}\D", text):
            errors.append(f"{name}: French thousands with an ASCII or no-break space")
        if lang == "en" and NNB in text:
            errors.append(f"{name}: a narrow no-break space in an English document")
        if re.search(
            r"\d ?(?:thou|ton|mln|mn|Mio|MM|mil|juta|jt|monkeys?)\b|\d[.,]\d+ grand\b|\d+k\d?\b"
            r"|\d(?:[.,]\d+)?M\b",
            text,
        ):
            errors.append(f"{name}: a shorthand of earlier sets")
    agreement = everything[M.AGREEMENT]
    clause = agreement.split("4.7 ")[1].split("Article 5")[0]
    if agreement.count("SAR") != 1 or "SAR 4,800" not in clause:
        errors.append("agreement: the riyal outside clause 4.7, or not exactly once")
    if "not the won of the Republic of Korea" not in _flat(agreement):
        errors.append("agreement: does not say its won is not Korea's")
    for style, want in (
        ("words", 1), ("bn", 1), ("briques", 1), ("kk", 1), ("perline", 1), ("sar", 1)
    ):  # fmt: skip
        n = sum(
            1
            for name, t in everything.items()
            for a in amounts(t, DOC_LANGUAGE[name])
            if a[0] == style
        )
        if n != want:
            errors.append(f"amounts in the style {style!r} occur {n} times (want {want})")
    for name, text in everything.items():
        if re.search(r"₩\d[\d,]*\.\d", text.replace("₩2.4 bn", "")):
            errors.append(f"{name}: a won amount with decimals (the won has no minor unit in use)")


def check_non_money(doc_views: dict, errors: list[str]) -> None:
    for name, text in NON_MONEY:
        t = _primary(doc_views, name)
        if text not in t:
            errors.append(f"{name}: look-alike {text!r} missing")
        for *_, (s, e) in amounts(t, DOC_LANGUAGE[name]):
            i = t.find(text)
            if i >= 0 and s < i + len(text) and i < e:
                errors.append(f"{name}: look-alike {text!r} read as an amount")


def _d(s: str) -> datetime.date:
    return datetime.date.fromisoformat(s)


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


def check_weekdays(doc_views: dict, questions: list[dict], errors: list[str]) -> int:
    """Every 'weekday day month year' the documents and questions print is that weekday."""
    n = 0
    texts = [_flat(_primary(doc_views, name)) for name in doc_views]
    texts += [q["question"] for q in questions] + [q["notes"] for q in questions]
    en = re.compile(rf"\b({'|'.join(EN_DAYS)}) (\d{{1,2}}) ({'|'.join(EN_MONTHS)}) (\d{{4}})", re.I)
    fr = re.compile(
        rf"\b({'|'.join(FR_DAYS)}) (\d{{1,2}})(?:er)? ({'|'.join(FR_MONTHS)}) (\d{{4}})", re.I
    )
    # "Saturday 20 March to Sunday 4 April 2027": a weekday and a day before a range's year
    rng = re.compile(
        rf"\b({'|'.join(EN_DAYS)}) (\d{{1,2}}) ({'|'.join(EN_MONTHS)}) to "
        rf"(?:{'|'.join(EN_DAYS)}) \d{{1,2}} (?:{'|'.join(EN_MONTHS)}) (\d{{4}})"
    )
    for t in texts:
        for m in list(en.finditer(t)) + list(rng.finditer(t)):
            d = datetime.date(int(m[4]), EN_MONTHS.index(m[3].capitalize()) + 1, int(m[2]))
            n += 1
            if EN_DAYS[d.weekday()].lower() != m[1].lower():
                errors.append(f"{m[0]!r} is a {EN_DAYS[d.weekday()]}")
        for m in fr.finditer(t):
            d = datetime.date(int(m[4]), FR_MONTHS.index(m[3].lower()) + 1, int(m[2]))
            n += 1
            if FR_DAYS[d.weekday()] != m[1].lower():
                errors.append(f"{m[0]!r} is a {FR_DAYS[d.weekday()]}")
    return n


HOLIDAYS_2027 = {_d("2027-01-01"), _d("2027-05-22"), _d("2027-10-04"), _d("2027-12-25"),
                 _d("2027-12-26")}  # fmt: skip
HOLIDAYS_2026 = {_d("2026-01-01"), _d("2026-05-22"), _d("2026-10-05"), _d("2026-12-25"),
                 _d("2026-12-26")}  # fmt: skip


def _add_months(d: datetime.date, months: int) -> datetime.date:
    """The same day `months` later, or that month's last day (clause 16.2)."""
    y, m = divmod(d.month - 1 + months, 12)
    y, m = d.year + y, m + 1
    nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
    last = (nxt - datetime.timedelta(days=1)).day
    return datetime.date(y, m, min(d.day, last))


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
    need(A, r"It takes effect on 1 January 2026 and runs until 31 December 2028", "the term")
    # the first Mondays of October are Harvest Monday
    for day in (_d("2026-10-05"), _d("2027-10-04")):
        if day.weekday() != 0 or day.day > 7:
            errors.append(f"{day} is not the first Monday of October")
    # 1. the split season: the split that ended last before an off-season match
    need(A, r"is paid at the rate of the split that ended last before it", "4.2")
    splits = [
        ("Spring", _d("2026-01-17"), _d("2026-04-05")),
        ("Summer", _d("2026-06-06"), _d("2026-09-13")),
        ("Spring", _d("2027-01-16"), _d("2027-04-04")),
        ("Summer", _d("2027-06-05"), _d("2027-09-12")),
    ]
    for name_, first, last in splits:
        for d in (first, last):
            label = f"{EN_DAYS[d.weekday()]} {d.day} {EN_MONTHS[d.month - 1]} {d.year}"
            need(M.WIKI, re.escape(label), f"{name_} split date {label}")

    def split_rate(d: datetime.date) -> str:
        inside = [s for s, f, la in splits if f <= d <= la]
        if inside:
            return inside[0]
        ended = [(la, s) for s, f, la in splits if la < d]
        return max(ended)[1]

    if split_rate(TODAY) != "Summer" or split_rate(_d("2027-04-20")) != "Spring":
        errors.append("splits: today is not paid at the Summer rate, or 20 April 2027 not Spring")
    if split_rate(_d("2027-03-13")) != "Spring" or split_rate(_d("2026-12-31")) != "Summer":
        errors.append("splits: 13 March 2027 or 31 December 2026 at the wrong split's rate")
    only(
        M.WIKI,
        r"\b(?:13 September 2026|16 January 2027|4 April 2027|5 June 2027)|2026-09-13",
        "the split dates",
    )
    # 2. the broadcast day from 06:00 to 05:59
    need(A, r"A broadcast day runs from 06:00 to 05:59 the next morning", "3.3")
    need(M.WIKI, r"the match itself starts at 00:40 on Friday 1 January 2027", "the showmatch")
    start = datetime.datetime(2027, 1, 1, 0, 40)
    bday = (start - datetime.timedelta(hours=6)).date()
    if bday != _d("2026-12-31") or bday in HOLIDAYS_2026 or _d("2027-01-01") not in HOLIDAYS_2027:
        errors.append("broadcast day: 00:40 on 1 January 2027 is not 31 December 2026, a workday")
    need(A, r"The public holidays are 1 January, Republic Day \(22 May\)", "5.2")
    need(
        M.FAQ, r"commence à 14 h le 1er janvier 2027 est payé le double du tarif, 930 000 ₩", "930"
    )
    if 2 * 465_000 != 930_000:
        errors.append("holiday arithmetic")
    # 3. the licence period, clamped to the month's end
    need(A, r"where that month has no such day, on the last day of that month", "16.2")
    ts = make_notice.LOG_FIRST_LINE_TS
    cwt = datetime.timezone(datetime.timedelta(hours=-4))
    first = datetime.datetime.fromtimestamp(ts, tz=cwt)
    if (first.date(), first.hour, first.minute) != (_d("2026-08-31"), 14, 5):
        errors.append(f"log: the first line's timestamp is {first}, not 31 August 2026 14:05 CWT")
    end = _add_months(first.date(), 6)
    if end != _d("2027-02-28") or first.date() + datetime.timedelta(days=184) != _d("2027-03-03"):
        errors.append(f"clone licence: ends {end}; the portal's 184 days not 3 March 2027")
    need(M.LOG, rf"ts={ts} level=info svc=voxgen evt=line_generated", "the first line")
    need(M.STUDIO, r"showed 3 March 2027 as the end date", "the portal's wrong date")
    only(M.LOG, r"31 August 2026|2026-08-31|31 août 2026", "the first line's date")
    # 4. a launch that slips more than 90 days
    need(
        A,
        r"If the launch moves more than 90 days after the launch date named in the session",
        "12.2",
    )
    slip = (_d("2027-06-17") - _d("2027-03-04")).days
    if slip != 105 or slip <= 90:
        errors.append(f"launch slip: {slip} days")
    need(M.STUDIO, r"the launch moves to Thursday 17 June 2027", "the new launch date")
    need(M.GUIDE, r"repoussée de plus de 90 jours", "the 90 days in French")
    # 5. the deadline in Calderwick time, read in Ferrant time
    need(A, r"Calderwick time \(CWT\), which is UTC−4 all year", "3.7")
    need(A, r"The Ferrant Isles keep their own time, UTC−5", "3.7 Ferrant")
    deadline = datetime.datetime.fromisoformat("2026-12-18T23:59-04:00")
    ferrant = deadline.astimezone(datetime.timezone(datetime.timedelta(hours=-5)))
    if (ferrant.date(), ferrant.hour, ferrant.minute) != (_d("2026-12-18"), 22, 59):
        errors.append(f"deadline: {ferrant} in the Ferrant Isles, not 22:59 on 18 December")
    need(M.AVIS, r"vendredi 18 décembre 2026 à 23 h 59, heure de Calderwick \(UTC−4\)", "deadline")
    need(M.FAQ, r"23 h 59 à Calderwick, c'est 22 h 59 aux îles Ferrant", "the conversion")
    # 6. the weighted match count
    need(A, r"an Academy Circuit match counts as half a match", "5.3")
    for league, academy, reached in ((38, 26, True), (41, 14, False)):
        if (league + academy / 2 >= 50) != reached:
            errors.append(f"count: {league} + {academy}/2")
    need(M.FAQ, r"38 matchs de la Ligue et 26 matchs du circuit Académie font 51 matchs", "51")
    need(M.PAYROLL, r"41 ECS matches and 14 Academy Circuit matches, a weighted count of 48", "48")
    # 7. payment 30 days after the end of the month of receipt
    need(
        A, r"no later than 30 days after the end of the month in which the employer receives", "7.1"
    )
    for received, due in (("2026-11-03", "2026-12-30"), ("2026-11-12", "2026-12-30"),
                          ("2026-12-10", "2027-01-30")):  # fmt: skip
        r = _d(received)
        eom = _add_months(r.replace(day=1), 1) - datetime.timedelta(days=1)
        if eom + datetime.timedelta(days=30) != _d(due):
            errors.append(f"payment: an invoice of {received} is not due on {due}")
    need(M.AVIS, r"reçue le 12 novembre 2026 est payée au plus tard le 30 décembre 2026", "ex.")
    need(M.AVIS, r"reçue en décembre 2026 est payée au plus tard le 30 janvier 2027", "ex. 2")
    # 8. the event window around the World Invitational
    need(
        A, r"from the second day before the Invitational's opening day to the day after its", "4.6"
    )
    opening, final = _d("2027-04-24"), _d("2027-05-02")
    window = (opening - datetime.timedelta(days=2), final + datetime.timedelta(days=1))
    if window != (_d("2027-04-22"), _d("2027-05-03")):
        errors.append("event window: not 22 April to 3 May 2027")
    if split_rate(_d("2027-04-22")) != "Spring":
        errors.append("event window: 22 April 2027 would otherwise not get the Spring rate")
    need(M.LISTING, r"Opening day:\s*Saturday 24 April 2027", "the opening")
    need(M.LISTING, r"Grand final:\s*Sunday 2 May 2027", "the final")
    only(M.LISTING, r"24 April|2 May 2027|2027-04-24|24 avril", "the Invitational's dates")
    # dates against today
    past = ["2025-12-12", "2026-01-01", "2026-08-31", "2026-09-13", "2026-11-03", "2026-11-12",
            "2026-11-23", "2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"]  # fmt: skip
    future = ["2026-12-12", "2026-12-18", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-16",
              "2027-01-21", "2027-01-30", "2027-02-28", "2027-03-03", "2027-03-04", "2027-03-13",
              "2027-03-15", "2027-04-04", "2027-04-22", "2027-04-24", "2027-05-02", "2027-05-03",
              "2027-06-05", "2027-06-17", "2027-09-12", "2028-12-31"]  # fmt: skip
    for s in past:
        if _d(s) >= TODAY:
            errors.append(f"{s} is not in the past")
    for s in future:
        if _d(s) <= TODAY:
            errors.append(f"{s} is not in the future")


def check_layouts(doc_views: dict, errors: list[str]) -> None:
    v = {n: {label: t for label, t, _ in vs} for n, vs in doc_views.items()}
    # the agreement: every text line numbered in the margin, restarting on each page
    for label, pages in pdf_pages(M.AGREEMENT):
        for i, page in enumerate(pages, 1):
            lines = [ln for ln in page.splitlines() if ln.strip() and " – page " not in ln]
            nums = [int(m.group(1)) for ln in lines if (m := re.match(r"^(\d+)(?: |$)", ln))]
            if nums != list(range(1, len(nums) + 1)) or len(nums) < 10:
                errors.append(f"agreement ({label}): page {i} lines are not numbered 1..n")
            if len(nums) < len(lines) - 1:
                errors.append(f"agreement ({label}): page {i} has lines without a number")
        text = "\n".join(pages)
        sched = re.findall(r"^\d+ .+ \(clause \d+\.\d+\): ₩[\d,]+$", text, re.M)
        toc = re.findall(r"^\d+ (?:Part [A-E]|Schedule A) – .+, page \d$", text, re.M)
        if len(sched) != len(make_pdf.SCHEDULE_A) or len(toc) != 6 or "....." in text:
            errors.append(f"agreement ({label}): {len(sched)} schedule lines, {len(toc)} contents")
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(os.path.join(DOCS, M.AGREEMENT)) as pdf:
            for page in pdf.pages:
                rules = [ln for ln in page.lines if abs(ln["x0"] - ln["x1"]) > 1]
                if rules or page.rects or len(page.lines) != 1:
                    errors.append(f"agreement: not one margin rule on page {page.page_number}")
    # the League's notice: a tear-off coupon below a dashed cut line
    for label, pages in pdf_pages(M.AVIS):
        tail = pages[-1]
        if "✂" not in tail or tail.count("☐") != 2 or len(re.findall(r"_{20,}", tail)) != 2:
            errors.append(f"notice ({label}): no coupon with scissors, boxes and blank fields")
        if re.search(r"^\d+ ", "\n".join(pages), re.M):
            errors.append(f"notice ({label}): a line starts with a number")
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(os.path.join(DOCS, M.AVIS)) as pdf:
            cut = [ln for p in pdf.pages for ln in p.lines if abs(ln["top"] - ln["bottom"]) < 0.5]
            if len(cut) != 1 or cut[0]["x1"] - cut[0]["x0"] < 150:
                errors.append("notice: no single horizontal cut line across the page")
            elif not (cut[0].get("dash") or [[]])[0]:
                errors.append("notice: the cut line is not dashed")
    # the wiki page: MediaWiki wikitext
    wiki = _read(M.WIKI)
    if not wiki.startswith("{{Infobox league\n") or wiki.count("{|") != wiki.count("|}"):
        errors.append("wiki: no infobox, or tables not balanced")
    if wiki.count('{| class="wikitable"') < 3 or "!!" not in wiki or wiki.count("||") < 20:
        errors.append("wiki: too few wikitables or cell separators")
    if len(re.findall(r"^== [^=]+ ==$", wiki, re.M)) < 5 or "[[Category:" not in wiki:
        errors.append("wiki: too few sections, or no category")
    if len(re.findall(r"\[\[[^\]|]+\]\]", wiki)) < 6 or wiki.count("'''") < 6:
        errors.append("wiki: too few links or bold runs")
    # the listing: microdata and odometer digits
    listing = _read(M.LISTING)
    if 'itemtype="https://schema.org/SportsEvent"' not in listing or listing.count("itemprop=") < 6:
        errors.append("listing: no schema.org SportsEvent microdata")
    digits = make_notice.DIGITS
    if listing.count('<span class="odo">') != len(digits) or digits in listing:
        errors.append("listing: the viewer count is not split into one span per character")
    if digits not in v[M.LISTING]["html-text"] or listing.count("<dfn>") < 3:
        errors.append("listing: the odometer is not read whole, or too few <dfn>")
    # the payroll statement: RTF, CRLF, hidden draft, rows that add up
    raw = _raw(M.PAYROLL)
    text = raw.decode("utf-8")
    if not text.startswith("{\\rtf1\\ansi") or raw.count(b"\r\n") != raw.count(b"\n"):
        errors.append("payroll: not an RTF file with CRLF line ends")
    depth = 0
    for ch in re.sub(r"\\[{}\\]", "", text):
        depth += (ch == "{") - (ch == "}")
        if depth < 0:
            break
    if depth != 0:
        errors.append("payroll: RTF groups not balanced")
    if text.count("\\trowd") != len(make_notice.PAYROLL_LINES) + 2:
        errors.append("payroll: not one \\trowd per row")
    plain = v[M.PAYROLL]["rtf-text"]
    if "DRAFT" not in text or "DRAFT" in plain or "₩1,245,000" not in plain:
        errors.append(
            "payroll: the hidden draft is read by the RTF reader, or \\u8361? not decoded"
        )
    total = 0
    for date, desc, qty, amount, line in re.findall(
        r"(\d{4}-\d\d-\d\d) \| ([^|]+) \| (\d+) \| KRW ([\d,]+) \| KRW ([\d,]+) \|", plain
    ):
        if int(qty) * int(amount.replace(",", "")) != int(line.replace(",", "")):
            errors.append(f"payroll: {date} {desc}: {qty} × {amount} is not {line}")
        total += int(line.replace(",", ""))
    if total != make_notice.payroll_total() or f"KRW {total:,}" not in plain:
        errors.append("payroll: the total does not add up")
    # the café: MultiMarkdown
    cafe = _read(M.CAFE)
    if not re.match(r"Title: .+\nAuthor: .+\nDate: .+\nBase Header Level: 2\n", cafe):
        errors.append("café: no MultiMarkdown metadata block")
    if len(re.findall(r"^\[[^\]]+\]$", cafe, re.M)) != 5 or cafe.count("||") < 4:
        errors.append("café: not five table captions, or too few spanning cells")
    # the FAQ: <textarea>, <samp>, the table of changes
    faq = _read(M.FAQ)
    if faq.count("<textarea") != 1 or faq.count("<samp>") != 1:
        errors.append("FAQ: no <textarea> or <samp>")
    if "supplément senior" not in v[M.FAQ]["html-text"].split("Poser une question")[-1]:
        errors.append("FAQ (html-text): the textarea's draft question is not read")
    changes = faq.split("<h2>Ce qui a changé")[1].split("</table>")[0]
    if changes.count("<tr>") != len(make_notice.FAQ_CHANGES) + 1:
        errors.append("FAQ: the table of changes is not one row per change")
    # the guide: MDX and CriticMarkup
    guide = _read(M.GUIDE)
    if len(re.findall(r"^import \{[^}]+\} from \"[^\"]+\";$", guide, re.M)) != 3:
        errors.append("guide: not three MDX import lines")
    for token in (
        "export const meta = {",
        "<Callout ",
        "<RateTable",
        "rows={[",
        "<Steps>",
        "</Steps>",
    ):
        if token not in guide:
            errors.append(f"guide: {token!r} missing")
    rows = re.findall(r'\{ usage: "([^"]+)", montant: "([^"]+)", unite: "([^"]+)" \}', guide)
    if rows != make_notice.GUIDE_ROWS:
        errors.append("guide: the RateTable's rows are not the generator's")
    sub = re.search(r"\{~~([\d ]+ ₩)~>([\d ]+ ₩)~~\}", guide)
    if not sub or sub.group(2) != dict((u, m) for u, m, _ in rows)["Voix de commentateur IA"]:
        errors.append("guide: the CriticMarkup substitution does not end on the signed figure")
    if not re.search(r"\{--[^}]+--\}", guide) or not re.search(r"\{>>[^}]+<<\}", guide):
        errors.append("guide: no CriticMarkup deletion or comment")
    # the log: logfmt, Unix timestamps in order, running totals
    stamps, running = [], 0
    pair = r'[a-z_]+=(?:"[^"]*"|\S+)'
    for line in _read(M.LOG).splitlines():
        if line.startswith("#"):
            continue
        if not re.fullmatch(rf"{pair}(?: {pair})*", line):
            errors.append(f"log: not logfmt: {line[:40]!r}")
            continue
        kv = dict(re.findall(r'([a-z_]+)=("[^"]*"|\S+)', line))
        stamps.append(int(kv["ts"]))
        if kv.get("evt") in ("line_generated", "batch_generated"):
            running += int(kv.get("count", "1"))
            if int(kv["lines_total"]) != running:
                errors.append(f"log: lines_total {kv['lines_total']} is not {running}")
    if stamps != sorted(stamps) or any(len(str(s)) != 10 for s in stamps) or running != 2140:
        errors.append("log: timestamps not in order or not Unix seconds, or the total is not 2140")
    # the IRC log: IRCv3 tags
    raw = _raw(M.IRC)
    if raw.count(b"\r\n") != raw.count(b"\n"):
        errors.append("IRC: not CRLF throughout")
    times = []
    for line in raw.decode("utf-8").split("\r\n")[:-1]:
        m = re.match(
            r"@time=(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z);msgid=\w+ :\S+ (PRIVMSG|JOIN|NOTICE|332) ",
            line,
        )
        if not m:
            errors.append(f"IRC: not an IRCv3 tagged line: {line[:50]!r}")
            continue
        times.append(m.group(1))
    if times != sorted(times) or len(times) != len(make_notice.IRC_LINES):
        errors.append("IRC: server-time tags out of order")
    # the studio's notice: w:customXml and a DrawingML chart
    path = os.path.join(DOCS, M.STUDIO)
    xml = zip_part(path, "word/document.xml").decode()
    rels = zip_part(path, "word/_rels/document.xml.rels").decode()
    with zipfile.ZipFile(path) as z:
        ct = z.read("[Content_Types].xml").decode()
        chart = z.read(make_docx.CHART_PART).decode()
    if xml.count("<w:customXml ") != 1 or make_docx.CUSTOM_URI not in xml:
        errors.append("studio: no w:customXml element")
    if make_docx.CHART_TYPE not in rels or make_docx.CHART_CT not in ct or "<c:chart " not in xml:
        errors.append("studio: the chart part is not related, declared or drawn")
    vals = re.findall(r"<c:v>(\d+)</c:v>", chart)
    if vals != [str(n) for _, n in make_docx.CHART_DATA]:
        errors.append("studio: the chart's values are not the generator's")
    for label, t in v[M.STUDIO].items():
        if make_docx.CHART_TITLE in t or "Session 3" in t:
            errors.append(f"studio ({label}): the chart is read")
    if (
        "python-docx" in v[M.STUDIO]
        and "New launch date | \n" not in v[M.STUDIO]["python-docx"] + "\n"
    ):
        errors.append("studio (python-docx): the customXml cell is not empty")
    if "New launch date\nThursday 17 June 2027" not in v[M.STUDIO]["zip"]:
        errors.append("studio (zip): the customXml date is not read in its cell")
    # the catalogue: each price in mc:AlternateContent (a Choice and a Fallback)
    path = os.path.join(DOCS, M.CATALOGUE)
    xml = zip_part(path, "word/document.xml").decode()
    n_items = sum(len(items) for _, items in make_docx.C_SECTIONS)
    if (
        xml.count("<mc:AlternateContent") != n_items
        or xml.count('<mc:Choice Requires="w14">') != n_items
        or xml.count("<mc:Fallback>") != n_items
    ):
        errors.append("catalogue: not one mc:AlternateContent with Choice and Fallback per price")
    for _, items in make_docx.C_SECTIONS:
        for name_, price in items:
            if f"{name_} : {price}{price}" not in v[M.CATALOGUE]["zip"]:
                errors.append(f"catalogue (zip): {name_!r} without its price read twice")
            pd = v[M.CATALOGUE].get("python-docx")
            if pd is not None and (f"{name_} : \n" not in pd + "\n" or price in pd):
                errors.append(f"catalogue (python-docx): {name_!r} with its price")


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
            (make_docx.CATALOGUE_OUT, make_docx.build_catalogue),
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
            if '"eval/union-au/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-au/score.py not in ruff's extend-exclude")


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
    for name in [M.AGREEMENT, M.AVIS, *DOCX_TEXT]:
        if name not in doc_views:
            errors.append(f"{name} missing; run its generator")
            continue
        vs = {label: norm for label, _, norm in doc_views[name]}
        gen_words = Counter(re.findall(r"[^\W\d_]+", vs["generator"]))
        for label, norm in vs.items():
            words = Counter(re.findall(r"[^\W\d_]+", norm))
            missing = [w for w in gen_words if w.isalpha() and w not in words]
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
