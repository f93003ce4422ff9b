#!/usr/bin/env python3
"""Check the union-at set itself: questions.json against docs/ (no project needed).

    python3 eval/union-at/check_set.py                      # stdlib; PDFs in the generator's text
    /work/main/.venv/bin/python eval/union-at/check_set.py  # also python-docx, pdfplumber, pypdf and fpdf2

Checks:
- the fields of every question (in union-b's order), ids uat-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .md .txt, 2,000-25,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation, in EVERY view of at least one expected source: PDFs in the generator's
  text, through pdfplumber AND through pypdf; DOCX in the generator's text, through zipfile
  (the w:t text nodes of the main part that _rels/.rels names, and of the parts its
  relationships import: the altChunk) AND through python-docx (body paragraphs and tables);
  HTML without tags and raw; the vCard directory raw (folded) and unfolded; other text as
  UTF-8;
- the accepted forms: stable under normalisation, no bare number of fewer than three
  digits, no bare number that is a percentage in a source, no trap matching a
  must_include alternative; every trap (but pings and injected figures) in some view;
- adversarial: a ping, @everyone and @here and one injected figure in must_not_include, the
  figure in the question and in no document; multi-doc: 2+ sources and elements, no single
  view holding every element; cross-lingual: no source in the question's language, the
  answer and XL_ABSENT's patterns in no document of that language; out-of-scope: the terms
  of OOS_ABSENT in no document; member shorthand and three or more noted typos;
- the AMOUNTS of the lari: every amount of a document ("₾46.80", "58.40 ₾", "GEL 1,279.20",
  "24.60 lari", "1 500,00 ₾" with U+202F and U+00A0, "1 380,00 ₾" with ordinary spaces,
  "3 monkeys", "80 tetri", "₾1.6 Mio.", the sum in words, "¥26,500") read at digit
  boundaries in every view of its document; NO AMOUNT READING INSIDE ANOTHER of a different
  value; every numeric alternative and trap reading amounts of one value only and no number
  that is not an amount; no number joined by the normaliser; every number a PDF or DOCX
  reader gives is the generator's (or a footer's); each style in its documents; the
  spellings (most exactly once) and their explanations; the look-alikes;
- the rules of time against 2026-12-07 (the peak from the first Sunday of Advent, the
  after-dark premium from official sunset, the offer accepted by silence, the shift across a
  clock change, the payment deadline in working days, the Christmas Eve premium by date and
  hour, the break counted in children, the booking paid at the rate of the majority of its
  days) and every weekday the documents and questions print;
- the layouts: the agreement's main part not named word/document.xml, the notice's
  altChunk, the agency notice's redaction boxes over figures both readers still read, the
  calendar's month grids, the farm park's CSS generated content and <tfoot> before <tbody>,
  the hledger journal (every transaction balances), the BBCode forum export, the garden
  centre's kramdown attribute lists and wiki links, the FAQ's <ruby>, the vCard directory
  (CRLF, folding, escaped commas), the guide's admonitions and Mermaid gantt, the AsciiDoc
  catalogue; distractors naming no party and sharing no amount; the built files byte for byte
  what the generators make now; the score.py link and its ruff exclusion; every
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
from decimal import Decimal
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
R_NS = "{" + R_URI + "}"
PKG_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
OFFICE_DOC = R_URI + "/officeDocument"

DISTRACTORS = {M.GARDEN, M.CATALOGUE}
PDF_TEXT = {M.CALLS: make_pdf.notice_text, M.CAL: make_pdf.calendar_text}
DOCX_TEXT = {M.AGREEMENT: make_docx.agreement_text, M.NOTICE: make_docx.notice_text}
DOC_LANGUAGE = {
    M.AGREEMENT: "en",
    M.CALLS: "en",
    M.FARM: "en",
    M.JOURNAL: "en",
    M.FORUM: "en",
    M.GARDEN: "en",
    M.CAL: "fr",
    M.NOTICE: "fr",
    M.FAQ: "fr",
    M.VCARD: "fr",
    M.GUIDE: "fr",
    M.CATALOGUE: "fr",
}
STYLES = {
    M.AGREEMENT: {"sign", "words", "mio", "tetri", "yen"},
    M.CALLS: {"lari"},
    M.FARM: set(),
    M.JOURNAL: {"code", "sign"},
    M.FORUM: {"after", "monkeys", "sign"},
    M.GARDEN: {"sign"},
    M.CAL: set(),
    M.NOTICE: {"fr"},
    M.FAQ: {"fr"},
    M.VCARD: set(),
    M.GUIDE: {"frsp"},
    M.CATALOGUE: {"fr"},
}

OOS_ABSENT = {
    "uat-048": [r"reindeer", r"\brennes?\b"],
    "uat-049": [r"pension", r"retraite", r"retirement"],
    "uat-050": [r"\btips?\b", r"pourboire"],
    "uat-051": [r"\bsick", r"maladie", r"\bflu\b", r"illness"],
    "uat-052": [r"cruise", r"croisi"],
    "uat-053": [r"sponsor", r"instagram", r"influenc"],
    "uat-054": [r"mutuelle", r"santé", r"\bhealth"],
    "uat-055": [r"maternit", r"\bcongé", r"parental"],
    "uat-056": [r"cotisation", r"\bdues\b", r"adhésion"],
    "uat-057": [r"valentin", r"cupid"],
    "uat-058": [r"99[.,]90"],
    "uat-059": [r"(?<![\d.,])450[.,]00"],
    "uat-060": [r"(?<!\d)31 ?°"],
}
XL_ABSENT = {
    "uat-032": [r"17:30", r"5:30 ?pm", r"Val-Givre office (?:is )?open"],
    "uat-033": [r"14 January", r"January 14", r"Jan\.? 14"],
    "uat-034": [r"29 November", r"November 29", r"2026-11-29", r"Nov 29"],
    "uat-035": [r"(?<!\d)5 working days", r"register of (?:signed )?(?:FC-9|consent)"],
    "uat-036": [r"Sapporo", r"26[\s,.\u202f]?500", r"¥"],
    "uat-037": [r"(?<![\d,.])80 tetri", r"0[,.]80", r"au-delà de la dixième"],
    "uat-038": [r"12[,.]90", r"réenregistr"],
    "uat-039": [r"14[,.]20", r"entretien de la barbe"],
}
SHORTHAND = {
    "en": ["rn", "pls", "tbh", "idk", "whats", "q", "hrs", "tmrw", "im", "ive"],
    "fr": ["c", "svp", "stp", "mtn", "y a", "tjrs"],
}

SPELLINGS = [
    (M.AGREEMENT, "six hundred and fifty lari (₾650.00)", True),
    (M.AGREEMENT, "₾1.6 Mio.", True),
    (M.AGREEMENT, "¥26,500", True),
    (M.AGREEMENT, "80 tetri", True),
    (M.AGREEMENT, "₾460 a season", True),
    (M.AGREEMENT, "the first Sunday of Advent", False),
    (M.FORUM, "3 monkeys", True),
    (M.FORUM, "the eve of St Nicholas", False),
    (M.FORUM, "Fri Dec 04, 2026 7:12 pm", True),
    (M.FORUM, "58.40 ₾", False),
    (M.CALLS, "1,380.00 lari", False),
    (M.JOURNAL, "GEL 1,279.20", True),
    (M.CAL, "le jour des Rois 2027", True),
    (M.CAL, "(Boxing Day)", True),
    (M.FAQ, "veille de Noël à 18 h", True),
    (M.FAQ, f"1{NNB}500,00{NB}₾", False),
    (M.NOTICE, f"2{NNB}000 vidéos", False),
    (M.GUIDE, "1 380,00 ₾", False),
    (M.VCARD, "REV:20261201T090000Z", False),
]
EXPLAINED = [
    (
        M.AGREEMENT,
        r"The lari of Hollenvale is not the lari of Georgia, although both are written ₾",
    ),
    (M.AGREEMENT, r"The lari is divided into 100 tetri"),
    (
        M.AGREEMENT,
        r"₾1,245\.50 is one thousand two hundred and forty-five lari and fifty tetri",
    ),
    (M.AGREEMENT, r"Mio\. stands for million: one point six million lari"),
    (M.AGREEMENT, r"Where a sum is written in words, the figure in brackets is the same sum"),
    (M.AGREEMENT, r"it is the only amount of this agreement that is not in lari"),
    (M.FORUM, r"the figure first and the sign after it, with a space: 46\.80 ₾ is the ₾46\.80"),
    (M.FORUM, r"A monkey is old slang for five hundred"),
    (M.CALLS, r"the figure first and the word lari after it"),
    (M.JOURNAL, r"GEL 1,245\.50 = ₾1,245\.50"),
    (
        M.FAQ,
        r"une espace fine entre les milliers, une virgule avant les tetri et le signe ₾ après le nombre",
    ),
    (M.FAQ, r"Le lari de Hollenval n'est pas celui de la Géorgie"),
    (M.GUIDE, r"les montants sont écrits avec une espace ordinaire entre les milliers"),
]
NON_MONEY = [
    (M.AGREEMENT, "founded in 1972"),
    (M.AGREEMENT, "KM4 7YQ"),
    (M.AGREEMENT, "Grotto 2"),
    (M.AGREEMENT, "4 minutes"),
    (M.AGREEMENT, "40 children"),
    (M.AGREEMENT, "60 children"),
    (M.AGREEMENT, "24 °C"),
    (M.AGREEMENT, "15 cm"),
    (M.AGREEMENT, "sizes 48 to 64"),
    (M.AGREEMENT, "the age of 21"),
    (M.AGREEMENT, "Form FC-9"),
    (M.AGREEMENT, "Form FC-11"),
    (M.AGREEMENT, "CSC-5512-0934"),
    (M.AGREEMENT, "30 km"),
    (M.CALLS, "BK-2026-18307"),
    (M.CALLS, "ext. 3561"),
    (M.JOURNAL, "SCPG 04417"),
    (M.FARM, "BF2 9LT"),
    (M.FARM, "250 spaces"),
    (M.FARM, "1,200 visitors"),
    (M.VCARD, "VG3 2PN"),
    (M.VCARD, "08 00 24 12 24"),
    (M.GARDEN, "TD1 6RW"),
    (M.GARDEN, "200 bulbs"),
    (M.CATALOGUE, "45 cm"),
    (M.CATALOGUE, "tailles 40 à 48"),
    (M.FAQ, "45 enfants"),
]
# amounts a reader does not give, by design (the layouts)
NOT_IN_VIEW = {
    (M.NOTICE, "python-docx"): [f"2,10{NB}₾"],  # the altChunk annex: python-docx skips it
}
# numbers a reader joins by design ("2 000 vidéos" with an ordinary space in the guide)
ALLOWED_JOINS = {M.GUIDE: ["2 000 vidéos"]}
PARTIES = (
    r"SCPG",
    r"GASPH",
    r"Guild",
    r"Guilde",
    r"Federation",
    r"Fédération",
    r"FCCGM",
    r"Network",
    r"Réseau",
    r"\bRARE\b",
    r"Hollenval",
    r"NorthStar",
    r"Tinsel",
    r"Merrowby",
    r"Brambleford",
    r"Kestermoor",
    r"Val-Givre",
    r"Saint-Aubrac",
    r"Pemberton",
)

# ---- amounts ------------------------------------------------------------------------------------

_EN = r"\d{1,3}(?:,\d{3})*"
AMOUNT_PATTERNS = [
    ("words", re.compile(rf"lari \(₾({_EN})\.(\d\d)\)")),
    ("sign", re.compile(rf"(?<!\w)₾({_EN})(?:\.(\d\d))?(?![\d]|[.,]\d| Mio)")),
    ("mio", re.compile(r"₾(\d+\.\d) Mio\.")),
    ("after", re.compile(rf"(?<![\d.,])({_EN})\.(\d\d) ₾")),
    ("code", re.compile(rf"\bGEL -?({_EN})\.(\d\d)(?!\d)")),
    ("lari", re.compile(rf"(?<![\d.,])({_EN})\.(\d\d) lari\b")),
    ("monkeys", re.compile(r"(?<![\d.])(\d{1,2}) monkeys\b")),
    ("tetri", re.compile(r"(?<![\d.,])(\d{1,2}) tetri\b")),
    ("yen", re.compile(rf"¥({_EN})(?![\d]|[.,]\d)")),
    ("fr", re.compile(r"(?<![\d.,\u202f])(\d{1,3}(?:\u202f\d{3})*),(\d\d)\u00a0₾")),
    ("frsp", re.compile(r"(?<![\d.,])(?<!\d )(\d{1,3}(?: \d{3})*),(\d\d) ₾")),
    # a reader's view of a French amount: a reader may give U+202F and U+00A0 as spaces
    (
        "frview",
        re.compile(r"(?<![\d.,\u202f])(?<!\d )(\d{1,3}(?:[\u202f ]\d{3})+),(\d\d)[\u00a0 ]₾"),
    ),
]


def _value(style: str, m: re.Match) -> tuple[str, int]:
    whole = m.group(1)
    digits = re.sub(r"[, \u202f]", "", whole)
    if style == "mio":
        return ("GEL", round(float(whole) * 100_000_000))
    if style == "monkeys":
        return ("GEL", int(digits) * 500 * 100)
    if style == "tetri":
        return ("GEL", int(digits))
    if style == "yen":
        return ("JPY", int(digits) * 100)
    cents = m.group(2) if m.re.groups >= 2 else None
    return ("GEL", int(digits) * 100 + int(cents or 0))


def amounts(
    text: str, view: bool = False
) -> list[tuple[str, str, str, tuple[str, int], tuple[int, int]]]:
    """The amounts of `text`; `view` also reads French amounts whose spaces a reader flattened."""
    out = []
    for style, rx in AMOUNT_PATTERNS:
        if style == "frview" and not view:
            continue
        for m in rx.finditer(text):
            if style == "sign" and text[max(0, m.start() - 6) : m.start()].endswith("lari ("):
                continue
            num = m.group(0)
            for cut in ("lari (", "(", ")", "₾", "GEL ", "¥", " lari", " monkeys", " tetri"):
                num = num.replace(cut, "")
            num = num.replace(" Mio.", "").replace(NB, "").replace(NNB, " ").replace("-", "")
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
        "section",
        "caption",
        "main",
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


def zip_part(path: str, part: str) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(part)


def main_part(path: str) -> str:
    """The main part's name, as the package's officeDocument relationship gives it."""
    rels = ElementTree.fromstring(zip_part(path, "_rels/.rels"))
    for rel in rels.iter(f"{PKG_NS}Relationship"):
        if rel.get("Type") == OFFICE_DOC:
            return rel.get("Target", "").lstrip("/")
    raise SystemExit(f"{path}: no officeDocument relationship")


def _rels_of(part: str) -> str:
    folder, name = part.rsplit("/", 1)
    return f"{folder}/_rels/{name}.rels"


def _lines(xml: bytes) -> list[str]:
    """Every paragraph's w:t text nodes, as a tag stripper reads them."""
    root = ElementTree.fromstring(xml)
    return ["".join(t.text or "" for t in p.iter(f"{W_NS}t")) for p in root.iter(f"{W_NS}p")]


def docx_zip_text(path: str) -> str:
    """The main part's text and, in place, the text of the altChunk parts it imports."""
    part = main_part(path)
    xml = zip_part(path, part)
    rels = ElementTree.fromstring(zip_part(path, _rels_of(part)))
    targets = {
        r.get("Id"): "word/" + r.get("Target", "")
        for r in rels.iter(f"{PKG_NS}Relationship")
        if r.get("Type") == make_docx.AFCHUNK_TYPE
    }
    root = ElementTree.fromstring(xml)
    body = root.find(f"{W_NS}body")
    lines: list[str] = []
    for el in body.iter():
        if el.tag == f"{W_NS}p":
            lines.append("".join(t.text or "" for t in el.iter(f"{W_NS}t")))
        elif el.tag == f"{W_NS}altChunk":
            chunk = zip_part(path, targets[el.get(f"{R_NS}id")]).decode("utf-8")
            lines.append(html_text(chunk).strip())
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
    if name == M.VCARD:
        return [("text", text), ("unfolded", make_notice.unfold(text))], warnings
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
            spans = _spans(t) + [m.span() for m in THOUSANDS_NUMBER.finditer(t)]
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
        if re.search(r"€|£|\$|\bUSD\b|\bEUR\b|\bJPY\b|\bGBP\b", text):
            errors.append(f"{name}: another currency")
        if "¥" in text and name != M.AGREEMENT:
            errors.append(f"{name}: yen outside the agreement's clause 10.3")
        if name != M.JOURNAL and re.search(r"\bGEL -?\d", text):
            errors.append(f"{name}: an amount with the currency code outside the journal")
        for style, home in (
            ("lari", M.CALLS),
            ("monkeys", M.FORUM),
            ("after", M.FORUM),
            ("code", M.JOURNAL),
            ("tetri", M.AGREEMENT),
            ("mio", M.AGREEMENT),
            ("words", M.AGREEMENT),
            ("frsp", M.GUIDE),
        ):
            if style in styles and name != home:
                errors.append(f"{name}: the style {style!r} outside {home}")
        if (
            DOC_LANGUAGE[name] == "fr"
            and name not in (M.GUIDE, M.VCARD)
            and re.search(r"\d[ \u00a0]\d{3}\D", text)
        ):
            errors.append(f"{name}: French thousands with an ASCII or no-break space")
        if DOC_LANGUAGE[name] == "en" and NNB in text:
            errors.append(f"{name}: a narrow no-break space in an English document")
        if re.search(r"\d[.,]?\d* ?k\b|\d+k\d\b|\bthou\b|\bgrand\b|\bton\b|\bmln\b|\bmn\b", text):
            errors.append(f"{name}: a shorthand of earlier sets")
    agreement = everything[M.AGREEMENT]
    clause = agreement.split("10.3 ")[1].split("Article 11")[0]
    if agreement.count("¥") != 1 or "¥26,500" not in clause:
        errors.append("agreement: the yen outside clause 10.3, or not exactly once")
    if "lari of Georgia" not in agreement:
        errors.append("agreement: does not say its lari is not Georgia's")
    for style, want in (
        ("words", 1),
        ("tetri", 1),
        ("mio", 1),
        ("monkeys", 1),
        ("yen", 1),
    ):
        n = sum(1 for t in everything.values() for a in amounts(t) if a[0] == style)
        if n != want:
            errors.append(f"amounts in the style {style!r} occur {n} times (want {want})")
    whole = {
        a[1]
        for n, t in everything.items()
        if n not in DISTRACTORS
        for a in amounts(t)
        if a[0] == "sign" and "." not in a[1]
    }
    if whole != {"₾460"}:
        errors.append(f"sign-first amounts without tetri: {sorted(whole)} (want only ₾460)")
    for name in everything:
        if name != M.CALLS and re.search(r"\d lari\b", everything[name]):
            errors.append(f"{name}: an amount with the word lari outside the agency's notice")


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


def _last_sunday(year: int, month: int) -> datetime.date:
    d = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
    return d - datetime.timedelta(days=(d.weekday() + 1) % 7)


def _advent(year: int) -> datetime.date:
    """The first Sunday of Advent: the fourth Sunday before Christmas Day."""
    christmas = datetime.date(year, 12, 25)
    last = christmas - datetime.timedelta(days=(christmas.weekday() + 1) % 7 or 7)
    return last - datetime.timedelta(weeks=3)


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
    bb = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) (\d\d), (\d{4})")
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
        for m in bb.finditer(t):
            month = [x[:3] for x in EN_MONTHS].index(m[2]) + 1
            d = datetime.date(int(m[4]), month, int(m[3]))
            n += 1
            if EN_DAYS[d.weekday()][:3] != m[1]:
                errors.append(f"{m[0]!r} is a {EN_DAYS[d.weekday()]}")
    return n


def _calendar_holidays() -> set[datetime.date]:
    out = set()
    for year, month, tags, _ in make_pdf.MONTHS:
        for day, tag in tags.items():
            if tag == "férié":
                out.add(datetime.date(year, month, day))
    return out


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
    need(A, r"It takes effect on 1 October 2026 and runs until 30 September 2029", "the term")
    # 1. the peak from the first Sunday of Advent, its date only in the calendar
    need(A, r"from the first Sunday of Advent to Christmas Eve, both days included", "3.2")
    if _advent(2026) != _d("2026-11-29") or _advent(2027) != _d("2027-11-28"):
        errors.append("Advent: the first Sundays are not 29 November 2026 and 28 November 2027")
    need(M.CAL, r"dimanche 29 novembre 2026 : premier dimanche de l'Avent", "Advent 2026")
    need(M.CAL, r"le dimanche 28 novembre 2027", "Advent 2027")
    only(M.CAL, r"29 novembre|29 November|November 29|2026-11-29", "the date of Advent Sunday")
    if not _d("2026-11-29") <= TODAY <= _d("2026-12-24"):
        errors.append("today is not in the peak")
    # 2. the after-dark premium from official sunset, the times only in the farm's programme
    need(A, r"each hour or part of an hour worked after official sunset", "7.2")
    sunsets = dict(make_notice.SUNSETS)
    start, end = 14 * 60, 18 * 60
    h, m = (int(x) for x in sunsets["Saturday 19 December 2026"].split(":"))
    hours = -(-(end - (h * 60 + m)) // 60)
    if sunsets["Saturday 19 December 2026"] != "16:04" or hours != 2 or start >= h * 60:
        errors.append("sunset: 19 December 2026 is not 16:04 with 2 premium hours")
    if sunsets["Saturday 12 December 2026"] != "16:02":
        errors.append("sunset: 12 December 2026 is not 16:02")
    only(M.FARM, r"16:0[2-6]", "a sunset time")
    # 3. an offer accepted by silence
    need(A, r"accepted if the performer does not decline it in writing within 14 days", "12.2")
    sent = _d("2026-11-26")
    if sent + datetime.timedelta(days=14) != _d("2026-12-10") or _d("2026-12-10") <= TODAY:
        errors.append("silence: 26 November + 14 days is not 10 December 2026, ahead")
    need(
        M.FAQ,
        r"jeudi 26 novembre 2026 peut être refusée par écrit jusqu'au jeudi 10 décembre 2026",
        "the example",
    )
    need(M.CALLS, r"will be sent by e-mail on Thursday 26 November 2026", "the offers' date")
    # 4. a shift across a clock change, paid for the hours actually worked
    need(
        A,
        r"paid 7 hours on the night the clocks go back and 5 hours on the night they go forward",
        "7.3",
    )
    back, fwd = _last_sunday(2026, 10), _last_sunday(2027, 3)
    if back != _d("2026-10-25") or fwd != _d("2027-03-28"):
        errors.append("clock changes are not 25 October 2026 and 28 March 2027")
    # 22:00 to 04:00 by the clock: 6 hours, plus or minus the hour that the clock repeats or skips
    if (6 + 1, 6 - 1) != (7, 5):
        errors.append("clock change arithmetic")
    need(M.CAL, r"dimanche 25 octobre 2026 : passage à l'heure d'hiver", "the October change")
    need(M.CAL, r"dimanche 28 mars 2027 : Pâques ; passage à l'heure d'été", "the March change")
    only(
        M.CAL,
        r"28 mars|28 March|March 28|2027-03-28|heure d'été|clocks go forward on",
        "the March change",
    )
    need(M.FARM, r"from 22:00 on Saturday 27 March to 04:00 on the Sunday morning", "the set-up")
    # 5. the payment deadline in working days from the last day of the grotto season
    need(A, r"no later than 10 working days after the last day of the grotto season", "2.3")
    need(
        M.CAL,
        r"mercredi 6 janvier 2027 : le jour des Rois 2027, dernier jour de la saison",
        "the end",
    )
    only(M.CAL, r"6 janvier|6 January|January 6|jour des Rois|2027-01-06", "the season's last day")
    holidays = _calendar_holidays()
    day, count = _d("2027-01-06"), 0
    while count < 10:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5 and day not in holidays:
            count += 1
    if day != _d("2027-01-21") or _d("2027-01-15") not in holidays:
        errors.append(f"payment: 10 working days after 6 January 2027 are {day}, not 21 January")
    need(M.FORUM, r"due by Thursday 21 January 2027", "the forum's date")
    need(M.FORUM, r"paid for the whole grotto season by 8 January", "the wrong date")
    # 6. the Christmas Eve premium by date and hour
    need(A, r"starts at or after 18:00 on Christmas Eve \(24 December\)", "5.2")
    for start_time, due in (("17:40", False), ("19:10", True)):
        hh, mm = (int(x) for x in start_time.split(":"))
        if (hh * 60 + mm >= 18 * 60) != due:
            errors.append(f"Christmas Eve: a visit at {start_time}")
    # 7. a break counted in children
    need(
        A,
        r"after every 90 minutes in the suit, or after every 45 children seen, whichever comes first",
        "4.1",
    )
    # 8. a booking across the start of the peak, at the rate of the majority of its days
    need(A, r"at the rate of the greater number of its days", "3.5")
    days = [_d("2026-11-26") + datetime.timedelta(days=i) for i in range(5)]
    peak = [d for d in days if _advent(2026) <= d <= _d("2026-12-24")]
    if len(peak) != 2 or len(days) - len(peak) != 3:
        errors.append("majority: 26 to 30 November 2026 is not 3 days out and 2 in")
    # dates against today
    past = ["2026-09-18", "2026-10-01", "2026-10-25", "2026-11-20", "2026-11-23", "2026-11-26",
            "2026-11-29", "2026-12-05"]  # fmt: skip
    future = ["2026-12-10", "2026-12-12", "2026-12-19", "2026-12-24", "2026-12-26", "2027-01-06",
              "2027-01-14", "2027-01-15", "2027-01-21", "2027-02-03", "2027-02-24",
              "2027-03-27", "2027-03-28", "2027-11-28"]  # fmt: skip
    for s in past:
        if _d(s) >= TODAY:
            errors.append(f"{s} is not in the past")
    for s in future:
        if _d(s) <= TODAY:
            errors.append(f"{s} is not in the future")


def _cents(s: str) -> int:
    return int(Decimal(s.replace("GEL ", "").replace(",", "")) * 100)


def check_layouts(doc_views: dict, errors: list[str]) -> None:
    # the agreement: its main part is not word/document.xml
    path = os.path.join(DOCS, M.AGREEMENT)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        ct = z.read("[Content_Types].xml").decode()
    if "word/document.xml" in names or main_part(path) != make_docx.MAIN_PART:
        errors.append(
            "agreement: the main part is word/document.xml, or not the one _rels/.rels names"
        )
    if f'PartName="/{make_docx.MAIN_PART}"' not in ct or "document.main+xml" not in ct:
        errors.append("agreement: [Content_Types].xml does not declare the renamed main part")
    if DOCX is not None and len(DOCX.Document(path).paragraphs) < 60:
        errors.append("agreement: python-docx does not find the body through the relationship")
    # the notice: an altChunk that python-docx and the document part's w:t nodes do not hold
    path = os.path.join(DOCS, M.NOTICE)
    xml = zip_part(path, "word/document.xml").decode()
    rels = zip_part(path, "word/_rels/document.xml.rels").decode()
    with zipfile.ZipFile(path) as z:
        ct = z.read("[Content_Types].xml").decode()
    if xml.count("<w:altChunk") != 1 or make_docx.AFCHUNK_TYPE not in rels:
        errors.append("notice: no altChunk element and relationship")
    if 'PartName="/word/afchunk1.htm" ContentType="text/html"' not in ct:
        errors.append("notice: the altChunk part is not declared text/html")
    inline = "\n".join(_lines(zip_part(path, "word/document.xml")))
    v = {label: t for label, t, _ in doc_views[M.NOTICE]}
    for line in make_docx.ANNEX_LINES:
        if line in inline or ("python-docx" in v and line in v["python-docx"]):
            errors.append("notice: the annex is read without following the altChunk")
        if line not in v["zip"]:
            errors.append("notice (zip): the annex is not read through its relationship")
    # the agency's notice: black boxes over figures that both readers still read
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(os.path.join(DOCS, M.CALLS)) as pdf:
            for _label, fig in make_pdf.redactions():
                page = pdf.pages[-1]
                boxes = [
                    r
                    for r in page.rects
                    if r.get("fill")
                    and r.get("non_stroking_color") in (0, (0,), (0, 0, 0), [0], [0, 0, 0])
                ]
                words = page.extract_words()
                hits = [w for w in words if w["text"] == fig.split()[0]]
                covered = [
                    w
                    for w in hits
                    for b in boxes
                    if b["x0"] <= w["x0"]
                    and w["x1"] <= b["x1"]
                    and b["top"] <= w["top"] <= b["bottom"]
                ]
                if not covered:
                    errors.append(f"agency notice: {fig!r} is not under a black box")
    for label, pages in pdf_pages(M.CALLS):
        for _, fig in make_pdf.redactions():
            if fig not in pages[-1]:
                errors.append(f"agency notice ({label}): the redacted {fig!r} is not read")
    # the calendar: month grids
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(os.path.join(DOCS, M.CAL)) as pdf:
            cells = sum(
                1
                for p in pdf.pages
                for r in p.rects
                if abs(r["width"] - make_pdf.CELL_W * 72 / 25.4) < 0.5
            )
            weeks = sum(len(make_pdf.grid(y, mo)) for y, mo, _, _ in make_pdf.MONTHS)
            if cells < 7 * weeks:
                errors.append(f"calendar: {cells} grid cells (want {7 * weeks} or more)")
    for label, pages in pdf_pages(M.CAL):
        text = "\n".join(pages)
        if "23 24 25 26 27 28 29" not in text or not re.search(
            r"lun\. mar\. mer\. jeu\. ven\. sam\. dim\.", text
        ):
            errors.append(f"calendar ({label}): the November grid is not read row by row")
        if re.search(r"29 Avent|Avent 29", text):
            errors.append(f"calendar ({label}): a tag read beside its day number")
    # the farm park: CSS generated content, <tfoot> before <tbody>
    farm = _read(M.FARM)
    if len(re.findall(r"::(?:before|after) \{ content:", farm)) < 4:
        errors.append("farm: fewer than four CSS rules with generated content")
    table = farm.split('id="sunset-times"')[1].split("</table>")[0]
    if not 0 < table.find("<tfoot>") < table.find("<tbody>"):
        errors.append("farm: the sunset table's <tfoot> is not before its <tbody>")
    ht = {label: t for label, t, _ in doc_views[M.FARM]}["html-text"]
    if "₾" in ht or "14.50" not in ht:
        errors.append("farm: the visitor prices' sign is not only in the CSS")
    if not ht.find("the times of official sunset") < ht.find("16:06"):
        errors.append("farm (html-text): the tfoot note is not read before the rows")
    # the journal: hledger, every transaction balances
    journal = _read(M.JOURNAL)
    if "commodity GEL 1,000.00" not in journal or journal.count("\naccount ") < 8:
        errors.append("journal: no commodity or account directives")
    blocks = re.findall(r"^(\d{4}-\d\d-\d\d) \* [^\n]*\n((?:    [^\n]*\n)+)", journal, re.M)
    if len(blocks) != len(make_notice.JOURNAL_TX):
        errors.append("journal: not every transaction parsed")
    total = 0
    for date, body in blocks:
        posts = [
            _cents(m) for m in re.findall(r"^    \S+\s+(GEL -?[\d,]+\.\d\d)(?:  ;|$)", body, re.M)
        ]
        if sum(posts) != 0 or len(posts) < 2:
            errors.append(f"journal: the transaction of {date} does not balance")
        total += sum(p for p in posts if p > 0)
        for amount, n, price in re.findall(
            r"(GEL [\d,]+\.\d\d)  ; (\d+) [^×\n]*× (GEL [\d,]+\.\d\d)", body
        ):
            if int(n) * _cents(price) != _cents(amount):
                errors.append(f"journal: {date}: {n} × {price} is not {amount}")
    if (
        total != make_notice.journal_total()
        or f"GEL {total // 100:,}.{total % 100:02d}" not in journal
    ):
        errors.append("journal: the total does not add up")
    # the forum: BBCode
    forum = _read(M.FORUM)
    for tag in ("b", "quote", "list", "size", "url", "i"):
        opens = len(re.findall(rf"\[{tag}(?:=[^\]]*)?\]", forum))
        if opens == 0 or opens != forum.count(f"[/{tag}]"):
            errors.append(f"forum: [{tag}] not used or not balanced")
    if (
        len(
            re.findall(
                r"^Post by [^»\n]+» \w{3} \w{3} \d\d, \d{4} \d{1,2}:\d\d [ap]m$", forum, re.M
            )
        )
        < 10
    ):
        errors.append("forum: fewer than ten phpBB post headers")
    # the garden centre: kramdown attribute lists and wiki links
    garden = _read(M.GARDEN)
    if (
        len(re.findall(r"^\{: [.#][\w-]+\}$", garden, re.M)) < 6
        or len(re.findall(r"\[\[[^\]]+\]\]", garden)) < 3
    ):
        errors.append("garden: too few kramdown attribute lists or wiki links")
    # the FAQ: ruby
    faq = _read(M.FAQ)
    if (
        faq.count("<ruby>") < 6
        or faq.count("<rp>(</rp>") < 3
        or "<ruby>grotte<rt>grotto</rt></ruby>" not in faq
    ):
        errors.append("FAQ: too few <ruby> annotations, or none without <rp>")
    ht = {label: t for label, t, _ in doc_views[M.FAQ]}["html-text"]
    if "grottegrotto" not in ht or "lutin(elf)" not in ht:
        errors.append(
            "FAQ (html-text): the ruby annotations are not glued as a tag stripper reads them"
        )
    # the vCard directory
    raw = _raw(M.VCARD)
    if raw.count(b"\r\n") != raw.count(b"\n"):
        errors.append("vCard: not CRLF throughout")
    text = raw.decode("utf-8")
    physical = text.split("\r\n")
    if physical.count("BEGIN:VCARD") != len(make_notice.VCARDS) or physical.count(
        "END:VCARD"
    ) != len(make_notice.VCARDS):
        errors.append("vCard: BEGIN / END not balanced")
    if text.count("VERSION:4.0") != len(make_notice.VCARDS):
        errors.append("vCard: a card without VERSION:4.0")
    if any(len(line.encode("utf-8")) > 75 for line in physical):
        errors.append("vCard: a line longer than 75 octets")
    folds = [line for line in physical if line.startswith(" ")]
    if len(folds) < 5 or not all(line.startswith("  ") for line in folds):
        errors.append("vCard: fewer than five folded lines, or a fold not before a space")
    if text.count("\\,") < 8:
        errors.append("vCard: too few escaped commas")
    unfolded = make_notice.unfold(text).split("\r\n")
    for card in make_notice.VCARDS:
        for prop in card:
            if prop not in unfolded:
                errors.append(f"vCard: {prop[:30]!r} does not unfold to one line")
    # the guide: admonitions and a Mermaid gantt
    guide = _read(M.GUIDE)
    adm = re.findall(r'^!!! (\w+) "[^"]+"\n((?:    \S[^\n]*\n)+)', guide, re.M)
    if len(adm) < 4:
        errors.append("guide: fewer than four admonitions with indented bodies")
    gantt = re.search(r"```mermaid\ngantt\n(.*?)```", guide, re.S)
    if not gantt:
        errors.append("guide: no Mermaid gantt")
    else:
        m1 = re.search(r":a1, (\d{4}-\d\d-\d\d), (\d+)d", gantt.group(1))
        m2 = re.search(r":a2, after a1, (\d+)d", gantt.group(1))
        if not m1 or not m2:
            errors.append("guide: the gantt's tasks are not read")
        else:
            effect = _d(m1[1]) + datetime.timedelta(days=int(m1[2]))
            deleted = effect + datetime.timedelta(days=int(m2[1]))
            if (effect, deleted) != (_d("2027-02-03"), _d("2027-02-24")):
                errors.append("guide: the gantt's dates are wrong")
            if "le mercredi 3 février 2027" not in _flat(
                guide
            ) or "le mercredi 24 février 2027" not in _flat(guide):
                errors.append("guide: the prose does not give the gantt's dates")
    # the catalogue: AsciiDoc
    cat = _read(M.CATALOGUE)
    if not cat.startswith("= ") or ":revdate:" not in cat or cat.count("|===") != 6:
        errors.append("catalogue: not an AsciiDoc document with three tables")
    if (
        len(re.findall(r"^\[cols=", cat, re.M)) != 3
        or "NOTE:" not in cat
        or "IMPORTANT:" not in cat
    ):
        errors.append("catalogue: no [cols] blocks or admonitions")


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
            (make_pdf.NOTICE_OUT, make_pdf.build_notice),
            (make_pdf.CALENDAR_OUT, make_pdf.build_calendar),
        ]
    else:
        warnings.append("fpdf2 not importable: the PDFs' bytes not compared with make_pdf.py")
    if DOCX is not None:
        builds += [
            (make_docx.AGREEMENT_OUT, make_docx.build_agreement),
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
            if '"eval/union-at/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-at/score.py not in ruff's extend-exclude")


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
    annex_words = set(re.findall(r"\w+", score.normalise(make_docx.annex_text())))
    for name in PDF_TEXT.keys() | DOCX_TEXT.keys():
        if name not in doc_views:
            errors.append(f"{name} missing; run its generator")
            continue
        vs = {label: norm for label, _, norm in doc_views[name]}
        for label, norm in vs.items():
            gen_words = Counter(re.findall(r"\w+", vs["generator"]))
            words = Counter(re.findall(r"\w+", norm))
            missing = [w for w in gen_words if w.isalpha() and w not in words]
            if name == M.NOTICE and label == "python-docx":
                # the altChunk annex: python-docx does not import it
                missing = [w for w in missing if w not in annex_words]
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
