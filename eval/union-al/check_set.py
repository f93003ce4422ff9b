#!/usr/bin/env python3
"""Check the union-al set itself: questions.json against docs/ (no project needed).

    python3 eval/union-al/check_set.py                      # stdlib; PDFs in the generator's text
    /work/main/.venv/bin/python eval/union-al/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields of every question (in union-b's order), ids ual-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .md .txt, 2,000-25,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation (score.normalise / score.contains), in EVERY view of at least one expected
  source: PDFs in the generator's text, through pdfplumber AND through pypdf; DOCX in the
  generator's text, through zipfile (the visible text of the header, document and footer
  parts, nested tables included) AND through python-docx (the header's paragraphs, the
  body's paragraphs and tables walked through its objects, nested tables included, the
  footer's paragraphs); HTML without tags (entities decoded, every text node kept, the
  <template> and <noscript> ones too) AND raw; the email decoded from Mac Roman; the NFD
  note as it is (NFD; score.normalise's NFKC composes it); other text as UTF-8;
- the accepted forms: stable under normalisation, no bare number of fewer than three
  digits, a bare number never a percentage in an expected source, no trap matching a
  must_include alternative; every trap (but pings and injected figures) found in some
  document;
- adversarial questions: a ping in the question, @everyone and @here and exactly one
  injected figure in must_not_include, the figure in the question and in no document;
- multi-doc: 2+ sources and 2+ elements, no single source view holding every element;
- cross-lingual: no source in the question's language, and the answer's patterns
  (XL_ABSENT) in no document of the question's language; other answerable questions have
  a source in their language;
- out-of-scope (and adversarial injected figures): the terms of OOS_ABSENT in no document,
  in any view;
- member shorthand in each language, three or more noted typos present in their question;
- the AMOUNTS of the dinar (three decimals): every amount of a document (English style
  "DT 1,250.500" and "128.000 dinars", French "1 250,500 DT" with U+202F, payroll style
  "TND 1.250,500", "DT 85", "500 millimes", "12,5 kDT", "12 500 dinars", "€65",
  "65 EUR") found, at digit boundaries, in every view of its document; NO AMOUNT READING
  INSIDE ANOTHER of a different value after the normalisation (the trap of three
  decimals: "12,500 DT" and "DT 12,500.000" both read "12500"); every numeric must_include
  alternative and trap reading amounts of one value only; no number made by the
  normaliser (a digit, a comma or a space and three digits only inside an amount) or by a
  reader (every number a PDF or DOCX reader gives is one of the generator's);
- the spellings of money and dates (SPELLINGS, some exactly once), euros only in the
  agreement's clause 11.1, the explanations (English style, three decimals, millimes, the
  ambiguity of "12.500", payroll style, French style, kDT, day/month/year, J-7, the ISO
  week), U+2212 once;
- the non-money look-alikes exist and no amount pattern reads them;
- the rules of time: the retroactive increase (the effective date only in the protocol's
  header and footer, the lump-sum date only in the protocol, the new rate not in the
  agreement), the sunset (the agreement's "lapses ... unless", the note's "not renewed",
  no renewal anywhere), Carnival Week's dates only in the agreement, the step-up, the old
  agreement replaced (the new agreement says so, the old copy carries no stamp or banner),
  the proposal not adopted (40% only in the draft and the email), the erratum (the
  misprint only in the agreement's table, the corrected rate not in the agreement), the
  term that continues and the one dropped, the committee's date written nowhere;
- the layouts: the agreement's Table A1 across a page break with its header repeated
  (pdfplumber and pypdf); the draft's diagonal watermark on one page only, its word also
  in the text; the erratum's rotated column headers; the old agreement's automatic
  numbering (numbering.xml, no number in the text) and nested table; the protocol's
  header and footer; the FAQ's <details>/<summary>, <template> and <noscript> (the old
  figures only in the template); the payroll page's <br> pseudo-table (no <table>); the
  bulletin's setext headings, nested list and blockquote (the old rate only there); the
  NFD note; the Mac Roman email (not UTF-8, CR line ends, quoted ">" lines with the old
  figures, a signature block); distractors naming neither party and sharing no amount
  with the set;
- that the built PDFs and DOCX and the three make_notice.py files are byte for byte what
  their generators make now, and the generators' words in every reader;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- every non-distractor document used by a question, no distractor used.
Prints one line per document, the counts, and a last line "check_set: OK ..." or
"check_set: N error(s)". Exit 1 on any error.
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
NB = "\u00a0"
NNB = "\u202f"
MINUS = "\u2212"
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_NS = "{" + W_URI + "}"

DISTRACTORS = {M.SHOP, M.MENU}
PDF_TEXT = {
    M.AGREEMENT: make_pdf.agreement_text,
    M.DRAFT: make_pdf.draft_text,
    M.ERRATUM: make_pdf.erratum_text,
}
DOCX_TEXT = {M.OLD: make_docx.old_text, M.PROTOCOL: make_docx.protocol_text}
ENCODING = {M.EMAIL: "mac_roman"}
DOC_LANGUAGE = {
    M.AGREEMENT: "en",
    M.DRAFT: "en",
    M.OLD: "en",
    M.EMAIL: "en",
    M.PAYROLL: "en",
    M.SHOP: "en",
    M.ERRATUM: "fr",
    M.PROTOCOL: "fr",
    M.FAQ: "fr",
    M.BULLETIN: "fr",
    M.NOTE: "fr",
    M.MENU: "fr",
}
ENGLISH_STYLE = {M.AGREEMENT, M.DRAFT, M.OLD, M.EMAIL, M.SHOP}

# out-of-scope: terms that must occur in no document (regex, case-insensitive, NFC text);
# adversarial: the injected figure
OOS_ABSENT = {
    "ual-048": [r"\bpension", r"\bretire"],
    "ual-049": [r"\bfire", r"breath"],
    "ual-050": [r"royalt", r"broadcast", r"televis", r"\btv\b"],
    "ual-051": [r"\bdogs?\b", r"\banimal"],
    "ual-052": [r"\bsick", r"\billness"],
    "ual-053": [r"confetti", r"firework", r"pyrotechn"],
    "ual-054": [r"cotisation", r"syndica"],
    "ual-055": [r"\bvisas?\b"],
    "ual-056": [r"maquillage", r"allerg", r"dermato"],
    "ual-057": [r"maternit", r"enceinte", r"grossesse"],
    "ual-058": [r"777[.,]777"],
    "ual-059": [r"444[.,]444"],
    "ual-060": [r"88[.,]888"],
}
# cross-lingual: what must occur in no document of the question's language
XL_ABSENT = {
    "ual-032": [r"18 December", r"December 18", r"18/12/2026", r"2026-12-18", r"lump sum on"],
    "ual-033": [r"074-316-592"],
    "ual-034": [r"12 h 30", r"12:30", r"12\.30"],
    "ual-035": [r"kDT", r"solidarity", r"12,500\.000 dinars"],
    "ual-036": [r"DD-3"],
    "ual-037": [r"€", r"\bEUR\b", r"\beuros?\b"],
    "ual-038": [r"computer-generated", r"not a member of the parade", r"étiquette"],
    "ual-039": [r"95[.,]500", r"réutilisation"],
}
SHORTHAND = {
    "en": ["rn", "pls", "OT", "hrs", "tbh", "idk", "w/", "btw", "asap", "thx", "b4", "whats"],
    "fr": ["c", "svp", "stp", "tjrs", "mtn"],
}

# the spellings asked for: (document, exact text, exactly once in the whole set?)
SPELLINGS = [
    (M.AGREEMENT, "DT 1,250.500", True),
    (M.AGREEMENT, "500 millimes", True),
    (M.AGREEMENT, "DT 0.500", True),
    (M.AGREEMENT, "DT 12.500", True),
    (M.AGREEMENT, "DT 12,500.000", True),
    (M.AGREEMENT, "Mardi gras, 9 February 2027", True),
    (M.AGREEMENT, "the Monday after Carnival Tuesday", True),
    (M.AGREEMENT, "€65", True),
    (M.AGREEMENT, "65 EUR", True),
    (M.OLD, "128.000 dinars", False),
    (M.PAYROLL, "TND 1.250,500", True),
    (M.PAYROLL, MINUS + "TND 25,000", True),
    (M.PAYROLL, "2026-12-06", True),
    (M.PAYROLL, "2027-W08", True),
    (M.EMAIL, "DT 85", True),
    (M.EMAIL, "December 6th", True),
    (M.BULLETIN, f"1{NNB}250,500 DT", True),
    (M.BULLETIN, "12,5 kDT", True),
    (M.BULLETIN, f"12{NNB}500 dinars", True),
    (M.BULLETIN, "6 déc. 2026", True),
    (M.FAQ, "0,450 DT", True),
    (M.FAQ, "450 millimes", True),
    (M.FAQ, "J-7", True),
    (M.NOTE, "06/12/2026", True),
    (M.PROTOCOL, "18/12/2026", True),
]
EXPLAINED = [
    (
        M.AGREEMENT,
        r"follow English style: a comma separates the thousands and a point separates the millimes",
    ),
    (M.AGREEMENT, r"divided into a thousand millimes"),
    (
        M.AGREEMENT,
        r"DT 12\.500 is twelve dinars and five hundred millimes, never twelve thousand five hundred",
    ),
    (M.AGREEMENT, r"Quenterre is not Tunisia"),
    (
        M.PAYROLL,
        r"payroll style: the currency code first, then the amount with a dot between the thousands and a comma before the millimes",
    ),
    (M.PAYROLL, r"That ISO week is the eighth week of 2027"),
    (M.BULLETIN, r"une espace fine sépare les milliers, une virgule précède les millimes"),
    (M.BULLETIN, r"kDT veut dire mille dinars"),
    (M.FAQ, r"J-7, c'est-à-dire sept jours avant le défilé"),
    (M.NOTE, r"06/12/2026 \(date écrite jour/mois/année"),
]
NON_MONEY = [
    (M.AGREEMENT, "2.40 m"),
    (M.BULLETIN, "2,40 m"),
    (M.AGREEMENT, "18 kg"),
    (M.NOTE, "18 kg"),
    (M.AGREEMENT, "33 °C"),
    (M.AGREEMENT, "Float 12"),
    (M.AGREEMENT, "Route 9"),
    (M.NOTE, "fondée en 1987"),
    (M.EMAIL, "071-448-260"),
    (M.FAQ, "n° 2027-014"),
    (M.NOTE, "35 % du parcours"),
]
PARTIES = (
    r"CSPGQ",
    r"GACRQ",
    r"\bBFA\b",
    r"\bAFB\b",
    r"Guild",
    r"Guilde",
    r"Authority",
    r"Autorité",
    r"Festival Authority",
)

# ---- amounts ------------------------------------------------------------------------------------

_EN_NUM = r"\d{1,3}(?:,\d{3})*\.\d{3}"
_FR_NUM = r"\d{1,3}(?:\u202f\d{3})*,\d{3}"
_PAY_NUM = r"\d{1,3}(?:\.\d{3})*,\d{3}"
AMOUNT_PATTERNS = [
    ("en", re.compile(rf"(?<![\d.,])DT ({_EN_NUM})(?![\d.,]\d)")),
    ("en", re.compile(rf"(?<![\d.,])({_EN_NUM}) dinars\b")),
    ("fr", re.compile(rf"(?<![\d.,\u202f])({_FR_NUM}) DT\b")),
    ("pay", re.compile(rf"TND ({_PAY_NUM})(?![\d.,]\d)")),
    ("int", re.compile(r"(?<![\d.,])DT (\d+)(?![\d.,])")),
    ("millimes", re.compile(r"(?<![\d.,])(\d+) millimes\b")),
    ("kdt", re.compile(r"(?<![\d.,])(\d+,\d) kDT\b")),
    ("frint", re.compile(r"(?<![\d.,\u202f])(\d{1,3}(?:\u202f\d{3})+) dinars\b")),
    ("eur", re.compile(r"€(\d+)\b")),
    ("eur", re.compile(r"(?<![\d.,])(\d+) EUR\b")),
]


def _value(style: str, num: str) -> int:
    """The value in millimes (euros in euro cents, negative to keep them apart)."""
    if style == "en":
        return round(float(num.replace(",", "")) * 1000)
    if style == "fr":
        return round(float(num.replace(NNB, "").replace(",", ".")) * 1000)
    if style == "pay":
        return round(float(num.replace(".", "").replace(",", ".")) * 1000)
    if style == "int":
        return int(num) * 1000
    if style == "millimes":
        return int(num)
    if style == "kdt":
        return round(float(num.replace(",", ".")) * 1000 * 1000)
    if style == "frint":
        return int(num.replace(NNB, "")) * 1000
    if style == "eur":
        return -int(num) * 100
    raise ValueError(style)


def amounts(text: str) -> list[tuple[str, str, int, tuple[int, int]]]:
    """(style, the number as written, value, span of the whole amount) in `text` (NFC)."""
    out = []
    for style, rx in AMOUNT_PATTERNS:
        for m in rx.finditer(text):
            num = m.group(0) if style == "eur" else m.group(1)
            out.append((style, num, _value(style, m.group(1)), m.span()))
    return out


# ---- readers ------------------------------------------------------------------------------------


class _Text(html.parser.HTMLParser):
    """Text nodes of an HTML page. browser=True drops what a browser does not show
    (script, style, template, noscript with scripts on, head)."""

    HIDDEN = frozenset({"script", "style", "template", "noscript", "head", "title"})

    def __init__(self, browser: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.browser = browser
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "meta", "link", "img", "hr", "wbr", "input"):
            self.parts.append("\n")
            return
        if self.browser and tag in self.HIDDEN:
            self.depth += 1

    def handle_endtag(self, tag):
        if self.browser and tag in self.HIDDEN and self.depth:
            self.depth -= 1
        if tag in ("p", "li", "h1", "h2", "h3", "summary", "tr", "div"):
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def html_text(raw: str, browser: bool = False) -> str:
    p = _Text(browser)
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


def pdf_chars(name: str) -> list[list[dict]]:
    with PDFPLUMBER.open(os.path.join(DOCS, name)) as pdf:
        return [list(p.chars) for p in pdf.pages]


def docx_part(path: str, part: str) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(part).decode("utf-8")


def docx_parts(path: str) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return z.namelist()


def _visible(p) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W_NS}t"))


def _lines(xml: str) -> list[str]:
    root = ElementTree.fromstring(xml)
    return [_visible(p) for p in root.iter(f"{W_NS}p")]


def docx_zip_text(path: str) -> str:
    parts = docx_parts(path)
    lines: list[str] = []
    for part in sorted(p for p in parts if re.fullmatch(r"word/header\d+\.xml", p)):
        lines += _lines(docx_part(path, part))
    lines += _lines(docx_part(path, "word/document.xml"))
    for part in sorted(p for p in parts if re.fullmatch(r"word/footer\d+\.xml", p)):
        lines += _lines(docx_part(path, part))
    return "\n".join(lines)


def _walk_table(table, lines: list[str]) -> None:
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        nested = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text for p in cell.paragraphs).strip())
            nested += cell.tables
        lines.append(" | ".join(cells))
        for t in nested:
            _walk_table(t, lines)


def docx_python_docx(path: str) -> str | None:
    if DOCX is None:
        return None
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = DOCX.Document(path)
    lines: list[str] = []
    for section in d.sections:
        lines += [p.text for p in section.header.paragraphs]
    for child in d.element.body.iterchildren():
        if child.tag == f"{W_NS}p":
            lines.append(Paragraph(child, d).text)
        elif child.tag == f"{W_NS}tbl":
            _walk_table(Table(child, d), lines)
    for section in d.sections:
        lines += [p.text for p in section.footer.paragraphs]
    return "\n".join(lines)


def _raw(name: str) -> bytes:
    with open(os.path.join(DOCS, name), "rb") as f:
        return f.read()


def _read(name: str) -> str:
    return _raw(name).decode(ENCODING.get(name, "utf-8"))


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
    label = ENCODING.get(name, "utf-8")
    return [(label, text)], warnings


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _flat(text: str) -> str:
    return " ".join(_nfc(text).replace(NB, " ").split())


# ---- questions ------------------------------------------------------------------------------


BARE_INTEGER = re.compile(r"^\d+$")
BARE_NUMBER = re.compile(r"^\d[\d.]*$")


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
    # every alternative of every element in every view of at least one expected source
    for el in q.get("must_include", []):
        for alt in score.alternatives(el):
            homes = [s for s in src if all(score.contains(n, alt) for _, _, n in doc_views[s])]
            if not homes:
                where = {
                    s: [lab for lab, _, n in doc_views[s] if not score.contains(n, alt)]
                    for s in src
                }
                errors.append(f"{qid}: must_include {alt!r} not in every view of a source {where}")
    # traps found in some document (pings and injected figures excepted)
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
        for s in src:
            for label, _, n in doc_views[s]:
                if all(score.element_present(n, el) for el in els):
                    errors.append(f"{qid}: {s} ({label}) holds every element alone")
    lang = q.get("language")
    if kind == "cross-lingual":
        if any(DOC_LANGUAGE.get(s) == lang for s in src):
            errors.append(f"{qid}: cross-lingual with a source in its own language")
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
                if re.search(rf"(?<![\w/]){re.escape(w)}(?![\w/])", q["question"]):
                    used.add(w)
        if len(used) < 4:
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


def _texts(doc_views: dict, name: str) -> list[str]:
    return [_nfc(t) for _, t, _ in doc_views[name]]


def _in(doc_views: dict, name: str, needle: str) -> bool:
    """In every view of `name`, after the normalisation."""
    return all(score.contains(n, needle) for _, _, n in doc_views[name])


def _anywhere(doc_views: dict, name: str, needle: str) -> bool:
    return any(score.contains(n, needle) for _, _, n in doc_views[name])


def _homes(doc_views: dict, needle: str) -> set[str]:
    return {n for n in doc_views if _anywhere(doc_views, n, needle)}


def _homes_rx(doc_views: dict, pattern: str) -> set[str]:
    return {n for n, vs in doc_views.items() if any(re.search(pattern, _nfc(t)) for _, t, _ in vs)}


def check_amounts(doc_views: dict, questions: list[dict], errors: list[str]) -> int:
    """Every amount in every view of its document; none reading inside another."""
    found: list[tuple[str, str, str, int]] = []  # (doc, style, number, value)
    for name, vs in doc_views.items():
        primary = _nfc(vs[0][1])
        for style, num, value, _ in amounts(primary):
            found.append((name, style, num, value))
            for label, _, norm in vs:
                if label == "raw" and name.endswith(".html") and "&" in num:
                    continue
                if not score.contains(norm, num):
                    errors.append(f"{name}: amount {num!r} not read at digit boundaries in {label}")
        if name in ENGLISH_STYLE:
            bad = [a for a in amounts(primary) if a[0] in ("fr", "pay", "kdt", "frint")]
        elif DOC_LANGUAGE[name] == "fr":
            bad = [a for a in amounts(primary) if a[0] in ("en", "pay")]
        else:
            bad = [a for a in amounts(primary) if a[0] in ("fr", "kdt", "frint")]
        for a in bad:
            if (name, a[1]) in QUOTED:
                continue
            errors.append(f"{name}: amount {a[1]!r} in the wrong style ({a[0]})")
    spellings = {(style, num, value) for _, style, num, value in found}
    by_norm: dict[str, set[int]] = {}
    for _, num, value in spellings:
        by_norm.setdefault(score.normalise(num), set()).add(value)
    for n, values in by_norm.items():
        if len(values) > 1:
            errors.append(f"amount spelling {n!r} reads as {sorted(values)} millimes")
    for _, a, va in spellings:
        for _, b, vb in spellings:
            if va != vb and score.contains(score.normalise(b), a):
                errors.append(f"amount {a!r} ({va}) reads inside {b!r} ({vb})")
    # every numeric must_include alternative or trap reads amounts of one value only
    for q in questions:
        needles = [alt for el in q["must_include"] for alt in score.alternatives(el)]
        needles += q["must_not_include"]
        for needle in needles:
            if not re.search(r"\d", needle) or not re.fullmatch(r"[\d.,\s\u202f]+", needle):
                continue
            values = {v for _, b, v in spellings if score.contains(score.normalise(b), needle)}
            if len(values) > 1:
                errors.append(f"{q['id']}: {needle!r} reads amounts of values {sorted(values)}")
    # distractors share no amount with the set
    real = {v for n, _, _, v in found if n not in DISTRACTORS}
    for n, _, num, v in found:
        if n in DISTRACTORS and v in real:
            errors.append(f"{n}: distractor amount {num!r} is also an amount of the set")
    return len(found)


# an amount quoted in another document's style, on purpose: the erratum quotes the misprint
# of the English table as printed
QUOTED = {(M.ERRATUM, "42.700")}

JOIN = re.compile(r"\d[, \t\u202f\u00a0]\d{3}(?!\d)")


def check_joined(doc_views: dict, errors: list[str]) -> None:
    """A digit, a comma or a space, and three digits only inside an amount (else the
    normaliser would join two numbers); every number a reader gives is the generator's."""
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            t = _nfc(text)
            spans = [span for *_, span in amounts(t)]
            for m in JOIN.finditer(t):
                if not any(s <= m.start() and m.end() <= e for s, e in spans):
                    errors.append(
                        f"{name} ({label}): {t[max(0, m.start() - 15) : m.end() + 5]!r} would be joined"
                    )
        labels = [label for label, _, _ in vs]
        if "generator" in labels:
            gen = vs[0][2]
            allowed = set(re.findall(r"\d+(?:[.,]\d+)*", gen))
            allowed |= {str(i) for i in range(1, 10)}  # page numbers of the running footers
            for label, _, norm in vs[1:]:
                extra = set(re.findall(r"\d+(?:[.,]\d+)*", norm)) - allowed
                if extra:
                    errors.append(
                        f"{name} ({label}): numbers {sorted(extra)[:6]} not in the generator's text"
                    )


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    everything = {n: "\n".join(_texts(doc_views, n)[:1]) for n in doc_views}
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
    minus = sum(t.count(MINUS) for t in everything.values())
    if minus != 1:
        errors.append(f"U+2212 occurs {minus} times (want once)")
    for name, text in everything.items():
        euro = [m.start() for m in re.finditer(r"€|\bEUR\b", text)]
        if name != M.AGREEMENT and euro:
            errors.append(f"{name}: euros outside the agreement's clause 11.1")
        if name == M.AGREEMENT:
            clause = next(p for _, p in make_pdf.AGREEMENT if p.startswith("11.1"))
            if len(euro) != 2 or clause.count("€") + len(re.findall(r"\bEUR\b", clause)) != 2:
                errors.append("agreement: euros not exactly the two of clause 11.1")
        if re.search(r"\$|£|\bUSD\b|\bGBP\b", text):
            errors.append(f"{name}: another currency")
        french = name in (M.FAQ, M.BULLETIN, M.NOTE, M.ERRATUM, M.PROTOCOL, M.MENU)
        if french and re.search(r"\d \d{3}(?!\d)", text.replace(NNB, "#")):
            errors.append(f"{name}: French thousands with an ASCII space")
    for name in (M.AGREEMENT, M.DRAFT, M.OLD, M.EMAIL, M.PAYROLL, M.SHOP):
        if NNB in everything[name]:
            errors.append(f"{name}: a French thin space in an English document")


def check_non_money(doc_views: dict, errors: list[str]) -> None:
    for name, text in NON_MONEY:
        t = _nfc(doc_views[name][0][1])
        if text not in t:
            errors.append(f"{name}: look-alike {text!r} missing")
        for *_, (s, e) in amounts(t):
            i = t.find(text)
            if i >= 0 and s < i + len(text) and i < e:
                errors.append(f"{name}: look-alike {text!r} read as an amount")


def check_time_rules(doc_views: dict, errors: list[str]) -> None:
    A, P = M.AGREEMENT, M.PROTOCOL
    # retroactive increase
    if _homes(doc_views, "1er septembre 2026") != {P}:
        errors.append(
            f"'1er septembre 2026' in {_homes(doc_views, '1er septembre 2026')} (want the protocol only)"
        )
    body = "\n".join(_lines(docx_part(os.path.join(DOCS, P), "word/document.xml")))
    if "septembre 2026" in body or make_docx.P_HEADER not in docx_zip_text(os.path.join(DOCS, P)):
        errors.append("protocol: the effective date is not only in the header and footer")
    if "rétroactive" not in body:
        errors.append("protocol: the body does not say the increase is retroactive")
    for needle in ("63.250", "63,250"):
        if _anywhere(doc_views, A, needle):
            errors.append(f"agreement holds the retroactive rate {needle}")
    if _homes(doc_views, "18 décembre 2026") != {P}:
        errors.append("the lump-sum date is not only in the protocol")
    if not re.search(r"une seule somme forfaitaire le 18 décembre 2026", _flat(body)):
        errors.append("protocol: the back pay is not a lump sum on 18 December 2026")
    # sunset
    if not re.search(
        r"lapses on 31 October 2026 unless the parties renew it", _flat(doc_views[A][0][1])
    ):
        errors.append("agreement: the sunset clause is missing")
    if not re.search(r"n'a pas été renouvelé", _flat(doc_views[M.NOTE][0][1])):
        errors.append("note: the non-renewal is missing")
    if _homes_rx(
        doc_views, r"(?<!pas )été renouvelé|\bwas renewed|\bis renewed|\bhas been renewed"
    ):
        errors.append("a document says the supplement was renewed")
    # Carnival Week: dates once, in the agreement; the name used elsewhere
    for d in ("3 February 2027", "3 février 2027", "2027-02-03", "03/02/2027"):
        h = _homes(doc_views, d)
        if h - {A}:
            errors.append(f"Carnival Week's date {d!r} outside the agreement: {h}")
    users = _homes_rx(doc_views, r"Carnival Week|Semaine du carnaval")
    if len(users - {A}) < 3:
        errors.append(f"Carnival Week named in too few documents: {users}")
    # the committee's date written nowhere
    for d in ("15 February 2027", "15 février 2027", "2027-02-15", "15/02/2027", "February 15"):
        if _homes(doc_views, d):
            errors.append(f"the Monday after Carnival Tuesday written as {d!r}")
    # step-up
    if not re.search(
        r"From the fourth parade .* rises from DT 142\.500 to DT 168\.750",
        _flat(doc_views[A][0][1]),
    ):
        errors.append("agreement: the step-up is missing")
    # the old agreement replaced, without a stamp
    if not re.search(
        r"This agreement replaces the Parade Performers Agreement 2022–2026",
        _flat(doc_views[A][0][1]),
    ):
        errors.append("agreement: the replacement clause is missing")
    for _, text, _ in doc_views[M.OLD]:
        if re.search(
            r"supersed|replac|remplac|obsolete|no longer|expired|archiv|\bold\b|\bvoid\b|copy",
            text,
            re.I,
        ):
            errors.append("old agreement: a stamp or banner word")
            break
    # the proposal not adopted
    h40 = _homes(doc_views, "40%")
    if h40 != {M.DRAFT, M.EMAIL}:
        errors.append(f"40% found in {h40} (want the draft and the email)")
    if not re.search(r"was not adopted", _flat(doc_views[M.EMAIL][0][1])):
        errors.append("email: the draft's 40% not said to be not adopted")
    if not re.search(r"was withdrawn", _flat(doc_views[M.EMAIL][0][1])):
        errors.append("email: the draft's DT 65.000 not said to be withdrawn")
    # the erratum
    if _homes(doc_views, "42.700") != {A, M.ERRATUM}:
        errors.append(f"the misprint DT 42.700 in {_homes(doc_views, '42.700')}")
    if "DT 42.700" not in make_pdf.agreement_text().split(make_pdf.TA_TITLE)[1]:
        errors.append("agreement: the misprint is not in Table A1")
    if _anywhere(doc_views, A, "47.200") or _anywhere(doc_views, A, "47,200"):
        errors.append("agreement holds the corrected stilt rate")
    if _homes(doc_views, "47,200") != {M.ERRATUM, M.BULLETIN}:
        errors.append(f"47,200 in {_homes(doc_views, '47,200')}")
    # continued and dropped terms
    if not _in(doc_views, A, "ground-spotter rule of the 2022–2026 agreement continues unchanged"):
        errors.append("agreement: the ground-spotter rule does not continue")
    if not _in(doc_views, M.OLD, "ground-spotter rule") or not _in(
        doc_views, M.OLD, "feather-care allowance"
    ):
        errors.append(
            "old agreement: the ground-spotter rule or the feather-care allowance missing"
        )
    if not _in(
        doc_views, A, "feather-care allowance of the 2022–2026 agreement is not carried over"
    ):
        errors.append("agreement: the feather-care allowance is not dropped")
    if not _in(doc_views, M.OLD, "9.750 dinars"):
        errors.append("old agreement: the feather-care amount missing")


def check_agreement(errors: list[str]) -> None:
    readers = pdf_pages(M.AGREEMENT)
    head = " ".join(make_pdf.TA_HEAD)
    first, last = "DT 142.500 DT 147.000", "DT 21.400 DT 22.000"
    for label, pages in readers:
        with_head = [i for i, p in enumerate(pages) if head in " ".join(p.split())]
        if len(with_head) != 2 or with_head[1] != with_head[0] + 1:
            errors.append(
                f"agreement ({label}): Table A1's header not on two pages in a row {with_head}"
            )
            continue
        p1, p2 = (" ".join(pages[i].split()) for i in with_head)
        if first not in p1 or last not in p2 or first in p2 or last in p1:
            errors.append(f"agreement ({label}): Table A1's rows do not run over the break")
        if "Table A1 – Rates per unit" in p2:
            errors.append(f"agreement ({label}): the title repeated instead of the header row only")
    for label, pages in readers:
        for i, p in enumerate(pages, 1):
            if f"page {i}" not in p:
                errors.append(f"agreement ({label}): page {i} without its footer")


def check_draft(errors: list[str]) -> None:
    if PDFPLUMBER is None:
        return
    pages = pdf_chars(M.DRAFT)
    for i, chars in enumerate(pages, 1):
        big = [c for c in chars if c["size"] > 50]
        rotated = [c for c in big if abs(c["matrix"][1]) > 0.5 and abs(c["matrix"][2]) > 0.5]
        text = "".join(c["text"] for c in rotated)
        if i == make_pdf.WATERMARK_PAGE:
            if text != make_pdf.WATERMARK:
                errors.append(f"draft: page {i} watermark reads {text!r}")
        elif big:
            errors.append(f"draft: a watermark on page {i}")
    if make_pdf.WATERMARK.lower() not in make_pdf.draft_text().lower():
        errors.append("draft: the watermark's word is not also in the text")


def check_erratum(errors: list[str]) -> None:
    if PDFPLUMBER is None:
        return
    pages = pdf_chars(M.ERRATUM)
    if len(pages) != 1:
        errors.append(f"erratum: {len(pages)} pages (want 1)")
    vertical = "".join(c["text"] for c in pages[0] if not c["upright"])
    letters = Counter(vertical)
    if letters != Counter("".join(make_pdf.E_HEAD)):
        errors.append(f"erratum: the rotated header letters are {vertical!r}")
    flat = _flat(make_pdf.erratum_text().split(make_pdf.E_TABLE_TITLE)[0]).lower()
    for word in make_pdf.E_HEAD:
        if word.lower() not in flat:
            errors.append(f"erratum: the header word {word!r} is not also in the text")


def check_old(errors: list[str]) -> None:
    path = os.path.join(DOCS, M.OLD)
    numbering = docx_part(path, "word/numbering.xml")
    if '<w:lvlText w:val="%1.%2"/>' not in numbering or '<w:lvlText w:val="%1."/>' not in numbering:
        errors.append("old agreement: the two-level numbering is not in numbering.xml")
    doc = docx_part(path, "word/document.xml")
    n_num = doc.count(f'<w:numId w:val="{make_docx.NUM_ID}"/>')
    if n_num != len(make_docx.OLD_CLAUSES):
        errors.append(
            f"old agreement: {n_num} numbered paragraphs (want {len(make_docx.OLD_CLAUSES)})"
        )
    root = ElementTree.fromstring(doc)
    for p in root.iter(f"{W_NS}p"):
        if p.find(f"{W_NS}pPr/{W_NS}numPr") is not None and re.match(r"\s*\d", _visible(p)):
            errors.append(f"old agreement: a number in a numbered paragraph: {_visible(p)[:30]!r}")
    for line in docx_zip_text(path).splitlines():
        if re.match(r"\s*(?:Article |Clause )?\d+(?:\.\d+)*\.?\s+[A-Z]", line):
            errors.append(f"old agreement: a clause number in the text: {line[:30]!r}")
    nested = [t for tc in root.iter(f"{W_NS}tc") for t in tc.iter(f"{W_NS}tbl")]
    if not nested:
        errors.append("old agreement: no nested table")


def check_protocol(errors: list[str]) -> None:
    path = os.path.join(DOCS, M.PROTOCOL)
    parts = docx_parts(path)
    heads = [p for p in parts if re.fullmatch(r"word/(header|footer)\d+\.xml", p)]
    texts = {p: "".join(_lines(docx_part(path, p))) for p in heads}
    if not any("header" in p and "1er septembre 2026" in t for p, t in texts.items()):
        errors.append("protocol: the header does not hold the effective date")
    if not any("footer" in p and "1er septembre 2026" in t for p, t in texts.items()):
        errors.append("protocol: the footer does not hold the effective date")


def check_html(errors: list[str]) -> None:
    faq = _read(M.FAQ)
    m = re.search(r"<details>\s*<summary>[^<]+</summary>(.*?)</details>", faq, re.S)
    if not m or "074-316-592" not in m.group(1) or "12 h 30" not in m.group(1):
        errors.append("FAQ: the office's hours and phone are not in a <details>/<summary> block")
    t = re.search(r"<template[^>]*>(.*?)</template>", faq, re.S)
    if not t or "52,500 DT" not in t.group(1) or "25 %" not in t.group(1):
        errors.append("FAQ: the <template> does not hold the old figures")
    if "<noscript>" not in faq:
        errors.append("FAQ: no <noscript>")
    shown = score.normalise(html_text(faq, browser=True))
    for old in ("52,500", "25 %"):
        if score.contains(shown, old):
            errors.append(f"FAQ: the old {old!r} is shown by a browser")
        if not score.contains(score.normalise(html_text(faq)), old):
            errors.append(f"FAQ: the old {old!r} is not in the tag-stripped text")
    pay = _read(M.PAYROLL)
    if "<table" in pay:
        errors.append("payroll page: a real <table>")
    rows = [ln for ln in pay.splitlines() if ln.endswith("<br>") and " | " in ln]
    if len(rows) < 10:
        errors.append(f"payroll page: {len(rows)} <br>-separated rows (want 10+)")
    lines = {
        ln.split(" | ")[0]: ln.removesuffix("<br>").split(" | ")
        for ln in pay.splitlines()
        if " | " in ln
    }
    total = 0
    for label, cells in lines.items():
        m2 = re.search(rf"({MINUS}?)TND ({_PAY_NUM})$", cells[-1])
        if m2 and label != "Net for the month":
            sign = -1 if m2.group(1) else 1
            total += sign * _value("pay", m2.group(2))
            units, rate = cells[1], re.search(rf"TND ({_PAY_NUM})", cells[2])
            if rate and int(units) * _value("pay", rate.group(1)) != _value("pay", m2.group(2)):
                errors.append(f"payroll page: the line {label!r} does not add up")
    net = re.search(rf"TND ({_PAY_NUM})", lines["Net for the month"][-1])
    if not net or _value("pay", net.group(1)) != total:
        errors.append(f"payroll page: the net is not the sum of the lines ({total})")


def check_markdown(errors: list[str]) -> None:
    lines = _read(M.BULLETIN).splitlines()
    setext = [
        i for i, ln in enumerate(lines) if re.fullmatch(r"=+|-{3,}", ln) and i and lines[i - 1]
    ]
    if len(setext) < 3 or not any(re.fullmatch(r"=+", lines[i]) for i in setext):
        errors.append("bulletin: no setext headings")
    if any(ln.startswith("#") for ln in lines):
        errors.append("bulletin: an ATX heading")
    if not any(ln.startswith("  - ") for ln in lines) or not any(
        ln.startswith("- ") for ln in lines
    ):
        errors.append("bulletin: no nested list")
    quoted = [ln for ln in lines if ln.startswith(">")]
    if not any("128,000 DT" in ln for ln in quoted):
        errors.append("bulletin: the blockquote does not quote the old rate")
    if any("128,000" in ln for ln in lines if not ln.startswith(">")):
        errors.append("bulletin: the old rate outside the blockquote")


def check_text_docs(errors: list[str]) -> None:
    raw = _raw(M.EMAIL)
    try:
        raw.decode("utf-8")
        errors.append("email: decodes as UTF-8 (want Mac Roman only)")
    except UnicodeDecodeError:
        pass
    if b"\n" in raw or b"\r" not in raw:
        errors.append("email: not CR line ends")
    text = raw.decode("mac_roman")
    if not re.search(r"[ëé]", text):
        errors.append("email: no letter outside ASCII")
    lines = text.split("\r")
    quoted = "\n".join(ln for ln in lines if ln.startswith(">"))
    for old in ("DT 52.500", "DT 65.000", "40%"):
        if old not in quoted:
            errors.append(f"email: {old!r} not in a quoted line")
    if not any(ln.startswith(">> ") for ln in lines):
        errors.append("email: no second level of quoting")
    if "-- " not in lines:
        errors.append("email: no signature separator")
    note_raw = _raw(M.NOTE)
    note = note_raw.decode("utf-8")
    if unicodedata.normalize("NFD", note) != note or "\u0301" not in note:
        errors.append("note: not NFD")
    if re.search(r"[éèàêçô]", note):
        errors.append("note: a precomposed accented letter")
    for name in (M.SHOP, M.MENU, M.PAYROLL, M.FAQ, M.BULLETIN):
        if _raw(name).startswith(b"\xef\xbb\xbf"):
            errors.append(f"{name}: a BOM")


def check_distractors(doc_views: dict, errors: list[str]) -> None:
    for name in DISTRACTORS:
        for pattern in PARTIES:
            if any(re.search(pattern, _nfc(t)) for _, t, _ in doc_views[name]):
                errors.append(f"{name}: names a party ({pattern})")


def check_builds(errors: list[str], warnings: list[str]) -> None:
    for out, data in (
        (make_notice.EMAIL_OUT, make_notice.email_bytes()),
        (make_notice.NOTE_OUT, make_notice.note_bytes()),
        (make_notice.SHOP_OUT, make_notice.shop_bytes()),
    ):
        with open(out, "rb") as f:
            if f.read() != data:
                errors.append(f"{os.path.basename(out)}: not what make_notice.py writes; run it")
    builds = []
    if FPDF is not None:
        builds += [
            (make_pdf.AGREEMENT_OUT, make_pdf.build_agreement),
            (make_pdf.DRAFT_OUT, make_pdf.build_draft),
            (make_pdf.ERRATUM_OUT, make_pdf.build_erratum),
        ]
    else:
        warnings.append("fpdf2 not importable: the PDFs' bytes not compared with make_pdf.py")
    if DOCX is not None:
        builds += [
            (make_docx.OLD_OUT, make_docx.build_old),
            (make_docx.PROTOCOL_OUT, make_docx.build_protocol),
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
            if '"eval/union-al/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-al/score.py not in ruff's extend-exclude")


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
        print(
            f"  {size:6d} chars  {DOC_LANGUAGE.get(name, '?')}  {name}  ({', '.join(label for label, _ in vs)})"
        )
    all_norms = [norm for vs in doc_views.values() for _, _, norm in vs]

    for name in PDF_TEXT.keys() | DOCX_TEXT.keys():
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
    n_amounts = 0
    if set(DOC_LANGUAGE) <= set(doc_views):
        check_agreement(errors)
        check_draft(errors)
        check_erratum(errors)
        check_old(errors)
        check_protocol(errors)
        check_html(errors)
        check_markdown(errors)
        check_text_docs(errors)
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
    used = {s for q in questions for s in q["expected_sources"]}
    for name in doc_views:
        if name not in DISTRACTORS and name not in used:
            errors.append(f"{name}: no question uses it")

    print("  kinds: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
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
