#!/usr/bin/env python3
"""Check the union-am set itself: questions.json against docs/ (no project needed).

    python3 eval/union-am/check_set.py                      # stdlib; PDFs in the generator's text
    /work/main/.venv/bin/python eval/union-am/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields of every question (in union-b's order), ids uam-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .md .txt, 2,000-25,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation (score.normalise / score.contains), in EVERY view of at least one expected
  source: PDFs in the generator's text, through pdfplumber AND through pypdf; DOCX in the
  generator's text (as signed), through zipfile (every text node of the header, document,
  comments and footer parts, w:delText included: what a reader that strips the tags sees)
  AND through python-docx (header paragraphs, body paragraphs and tables walked through
  its objects, footer paragraphs: no comment, no tracked run); HTML without tags (every
  text node) AND raw; the note decoded as UTF-8 with its BOM kept AND without it; the
  memo decoded from ISO-8859-15; other text as UTF-8;
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
- the AMOUNTS of the sol (two decimals): every amount of a document (English "S/ 1,250.50",
  French "1 250,50 S/" with U+202F, the old "S/. 1250.50", payroll "SOL 1,250.50", the
  printer's "S/ 1'365.00", "18 000 soles", "58 €" and "58 euros"), with its footnote mark
  if it has one, found at digit boundaries in every view of its document; NO AMOUNT
  READING INSIDE ANOTHER of a different value after the normalisation; every numeric
  must_include alternative and trap reading amounts of one value only, and never a number
  that is not an amount (a clause or page number of the table of contents, a date);
  no number made by the normaliser (a digit, a comma or white space and three digits only
  inside an amount) or by a reader (every number a PDF or DOCX reader gives is one of the
  generator's, or of the comment and the struck-out runs); each amount style in its
  documents;
- the spellings of money and dates (SPELLINGS, some exactly once), euros only in the
  memo's clause 1, the explanations (English style, not Peru, Roman-numeral months, the
  printer's apostrophe, the older symbol, the payroll code, the brackets of a deduction,
  French style, mi-saison, day/month/year, 18 000 soles, ISO-8859-15, day 1 of the tour);
- the non-money look-alikes exist and no amount pattern reads them;
- the rules of time, against today (2026-12-06): the phased increase (one step past, one
  ahead, both figures), the index-linked per diem (the percentage in the agreement, the
  figure only in the bulletin, and the arithmetic), the freeze, the grandfathered rate,
  the interim replaced (the final agreement says so, the interim carries no stamp or
  banner, its figures only in it), the clause suspended and reinstated (the dates only in
  the amendment), the struck-out figures only in w:delText, the pilot ended and not
  renewed (and no renewal anywhere), the continued and the dropped terms, the comment's
  proposal not adopted, the wrong figure in the chat corrected by the steward;
- the layouts: the agreement's two columns (pdfplumber lines holding both columns, pypdf
  reading the left column first), the footers; Schedule R's merged header over the three
  period columns, its footnote marks and footnotes on the same page; the old agreement's
  table of contents (its pages right in both readers); the interim's comment part; the
  amendment's w:ins / w:del runs and what each reader sees; the payroll page's rowspan and
  colspan, <dl>, <sup> and <abbr title>, and its statement adding up; the bulletin's YAML
  front matter, pipe table with alignment and an escaped pipe, footnotes; the note's BOM
  and CRLF; the memo's ISO-8859-15 euro byte; the chat export's lines; distractors
  naming neither party and sharing no amount with the set;
- that the built PDFs and DOCX and the make_notice.py files are byte for byte what their
  generators make now, and the generators' words in every reader;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- every non-distractor document used by a question, no distractor used.
Prints one line per document, the counts, and a last line "check_set: OK ..." or
"check_set: N error(s)". Exit 1 on any error.
"""

from __future__ import annotations

import datetime
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
TODAY = datetime.date(2026, 12, 6)
NB = "\u00a0"
NNB = "\u202f"
MINUS = "\u2212"
MARKS = "¹²³⁴"
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_NS = "{" + W_URI + "}"

DISTRACTORS = {M.SHOP, M.MENU}
PDF_TEXT = {
    M.AGREEMENT: make_pdf.agreement_text,
    M.SCHEDULE: make_pdf.schedule_text,
    M.OLD: make_pdf.old_text,
}
DOCX_TEXT = {M.INTERIM: make_docx.interim_text, M.AVENANT: make_docx.avenant_text}
ENCODING = {M.MEMO: "iso8859_15"}
DOC_LANGUAGE = {
    M.AGREEMENT: "en",
    M.SCHEDULE: "en",
    M.OLD: "en",
    M.INTERIM: "en",
    M.PAYROLL: "en",
    M.SHOP: "en",
    M.AVENANT: "fr",
    M.BULLETIN: "fr",
    M.NOTE: "fr",
    M.MEMO: "fr",
    M.CHAT: "fr",
    M.MENU: "fr",
}
# the amount styles each document may use
STYLES = {
    M.AGREEMENT: {"en"},
    M.SCHEDULE: {"en", "apos"},
    M.OLD: {"old"},
    M.INTERIM: {"en"},
    M.PAYROLL: {"en", "pay"},
    M.SHOP: {"en"},
    M.AVENANT: {"fr"},
    M.BULLETIN: {"fr"},
    M.NOTE: {"fr"},
    M.MEMO: {"eur"},
    M.CHAT: {"fr", "soles"},
    M.MENU: {"fr"},
}

# out-of-scope: terms that must occur in no document (regex, case-insensitive, NFC text);
# adversarial: the injected figure
OOS_ABSENT = {
    "uam-048": [r"hockey", r"referee", r"arbitre"],
    "uam-049": [r"\bspeed", r"\bdemo"],
    "uam-050": [r"autograph", r"signing"],
    "uam-051": [r"dental", r"dentist", r"teeth"],
    "uam-052": [r"curling"],
    "uam-053": [r"snowboard", r"\bskis?\b", r"skiing"],
    "uam-054": [r"kiné", r"physio"],
    "uam-055": [r"\bjuges?\b", r"compétition", r"\bjudge", r"competition"],
    "uam-056": [r"jongl", r"juggl"],
    "uam-057": [r"vaccin"],
    "uam-058": [r"999[.,]99"],
    "uam-059": [r"777[.,]70"],
    "uam-060": [r"88[.,]80"],
}
# cross-lingual: what must occur in no document of the question's language
XL_ABSENT = {
    "uam-032": [r"€", r"\beuros?\b", r"\bEUR\b"],
    "uam-033": [r"hardship", r"18[,\s\u202f]?000", r"entraide"],
    "uam-034": [r"044-218-730"],
    "uam-035": [r"0[.,]92", r"0[.,]78"],
    "uam-036": [r"VC-7", r"VC-9"],
    "uam-037": [r"projected image", r"live performer", r"étiquet"],
    "uam-038": [r"540", r"cascade", r"stunt"],
    "uam-039": [r"115[.,]00"],
}
SHORTHAND = {
    "en": ["rn", "pls", "OT", "hrs", "tbh", "idk", "w/", "btw", "asap", "thx", "b4", "whats"],
    "fr": ["c", "svp", "stp", "tjrs", "mtn"],
}

# the spellings asked for: (document, exact text, exactly once in the whole set?)
SPELLINGS = [
    (M.AGREEMENT, "S/ 1,250.50", True),
    (M.AGREEMENT, "two hundred and forty-six soles fifty (S/ 246.50)", True),
    (M.AGREEMENT, "2027-03-12", True),
    (M.AGREEMENT, "the first Monday of October", True),
    (M.AGREEMENT, "day 1 of the tour", True),
    (M.AGREEMENT, MINUS + "3 °C", True),
    (M.SCHEDULE, "12.III.2027", False),
    (M.SCHEDULE, "S/ 1'365.00", True),
    (M.SCHEDULE, "S/ 168.00¹", False),
    (M.OLD, "S/. 1250.50", True),
    (M.PAYROLL, "SOL 1,250.50", True),
    (M.PAYROLL, "(S/ 12.40)", True),
    (M.PAYROLL, "March 12, 2027", True),
    (M.PAYROLL, "Q1 2027", True),
    (M.PAYROLL, "the week of 15 February", True),
    (M.BULLETIN, f"1{NNB}250,50 S/", True),
    (M.BULLETIN, "12 mars 2027", False),
    (M.BULLETIN, "Nous appelons mi-saison", True),
    (M.CHAT, "12/03/27", True),
    (M.CHAT, f"18{NNB}000 soles", True),
    (M.MEMO, "58 €", True),
    (M.NOTE, "-3 °C", True),
]
EXPLAINED = [
    (
        M.AGREEMENT,
        r"a comma between the thousands and a point before the céntimos: S/ 1,250\.50 is one "
        r"thousand two hundred and fifty soles",
    ),
    (M.AGREEMENT, r"Lunestre is not Peru"),
    (M.AGREEMENT, r"opens on 8 January 2027, which is day 1 of the tour"),
    (M.AGREEMENT, r"writes a sum in words, the figure in brackets is the same sum"),
    (M.SCHEDULE, r"with the month in Roman numerals: 12\.III\.2027 is 12 March 2027"),
    (M.SCHEDULE, r"with an apostrophe, its house style"),
    (M.OLD, r"S/\. \(with a point, the older symbol of the sol"),
    (M.PAYROLL, r"with the currency code first"),
    (M.PAYROLL, r"A deduction is printed in brackets"),
    (
        M.BULLETIN,
        r"une espace fine entre les milliers et une virgule avant les centimes : 1.250,50 S/",
    ),
    (M.BULLETIN, r"Nous appelons mi-saison la 13e semaine de la saison de tournée"),
    (M.CHAT, r"12/03/27 : c'est écrit jour/mois/année, donc le 12 mars 2027"),
    (M.CHAT, r"18.000 soles pour la saison \(c'est-à-dire 18.000,00 S/ : dix-huit mille soles\)"),
    (M.MEMO, r"ISO-8859-15, dit latin-9 : le signe de l'euro y est l'octet 0xA4"),
]
NON_MONEY = [
    (M.AGREEMENT, "3.5 m"),
    (M.CHAT, "3,5 m"),
    (M.AGREEMENT, "4.2 kg"),
    (M.NOTE, "4,2 kg"),
    (M.AGREEMENT, MINUS + "5 °C"),
    (M.PAYROLL, "Show 12"),
    (M.AGREEMENT, "Rink No. 3"),
    (M.AVENANT, "patinoire n° 3"),
    (M.NOTE, "fondée en 1961"),
    (M.NOTE, "044-218-730"),
    (M.AGREEMENT, "Reg. 2027/09"),
    (M.AGREEMENT, "day 57 of the tour"),
    (M.SHOP, "7 ft rocker"),
    (M.MEMO, "8 % des jours de la tournée"),
]
PARTIES = (
    r"SPUL",
    r"UAPL",
    r"Aurora",
    r"\bNRL\b",
    r"\bPNL\b",
    r"National Rinks",
    r"Patinoires nationales",
    r"\bUnion\b",
    r"Skating Performers",
    r"artistes patineurs",
)

# ---- amounts ------------------------------------------------------------------------------------

_EN_NUM = r"\d{1,3}(?:,\d{3})*\.\d{2}"
_AFTER = r"(?![\d.,]\d)"
AMOUNT_PATTERNS = [
    ("en", re.compile(rf"(?<![\w.])S/ ({_EN_NUM}){_AFTER}")),
    ("apos", re.compile(rf"(?<![\w.])S/ (\d{{1,3}}(?:'\d{{3}})+\.\d{{2}}){_AFTER}")),
    ("old", re.compile(rf"S/\. (\d+\.\d{{2}}){_AFTER}")),
    ("pay", re.compile(rf"\bSOL ({_EN_NUM}){_AFTER}")),
    ("fr", re.compile(r"(?<![\d.,\u202f])(\d{1,3}(?:\u202f\d{3})*,\d{2}) S/")),
    ("soles", re.compile(r"(?<![\d.,\u202f])(\d{1,3}(?:\u202f\d{3})+) soles\b")),
    ("eur", re.compile(r"(?<![\d.,])(\d+) (?:€|euros\b)")),
]


def _value(style: str, num: str) -> int:
    """The value in céntimos (euros in euro cents, negative to keep them apart)."""
    if style in ("en", "pay"):
        return round(float(num.replace(",", "")) * 100)
    if style == "apos":
        return round(float(num.replace("'", "")) * 100)
    if style == "old":
        return round(float(num) * 100)
    if style == "fr":
        return round(float(num.replace(NNB, "").replace(",", ".")) * 100)
    if style == "soles":
        return int(num.replace(NNB, "")) * 100
    if style == "eur":
        return -int(num) * 100
    raise ValueError(style)


def amounts(text: str) -> list[tuple[str, str, int, tuple[int, int]]]:
    """(style, the number as written with its footnote mark, value, span) in `text` (NFC)."""
    out = []
    for style, rx in AMOUNT_PATTERNS:
        for m in rx.finditer(text):
            num = m.group(0) if style == "eur" else m.group(1)
            end = m.end()
            if end < len(text) and text[end] in MARKS:
                num += text[end]
                end += 1
            out.append((style, num, _value(style, m.group(1)), (m.start(), end)))
    return out


# ---- readers ------------------------------------------------------------------------------------

BLOCK_END = frozenset(
    {"p", "li", "h1", "h2", "h3", "tr", "td", "th", "dt", "dd", "caption", "div", "title"}
)


class _Text(html.parser.HTMLParser):
    """Text nodes of an HTML page (inline tags such as <sup> and <abbr> add nothing)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "meta", "link", "img", "hr"):
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


def _all_text(p) -> str:
    """Every text node of a paragraph, struck-out runs included (a tag stripper's view)."""
    return "".join(t.text or "" for t in p.iter() if t.tag in (f"{W_NS}t", f"{W_NS}delText"))


def _lines(xml: str) -> list[str]:
    root = ElementTree.fromstring(xml)
    return [_all_text(p) for p in root.iter(f"{W_NS}p")]


def docx_zip_text(path: str) -> str:
    parts = docx_parts(path)
    lines: list[str] = []
    for part in sorted(p for p in parts if re.fullmatch(r"word/header\d+\.xml", p)):
        lines += _lines(docx_part(path, part))
    lines += _lines(docx_part(path, "word/document.xml"))
    if "word/comments.xml" in parts:
        lines += _lines(docx_part(path, "word/comments.xml"))
    for part in sorted(p for p in parts if re.fullmatch(r"word/footer\d+\.xml", p)):
        lines += _lines(docx_part(path, part))
    return "\n".join(lines)


def _walk_table(table, lines: list[str]) -> None:
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text for p in cell.paragraphs).strip())
        lines.append(" | ".join(cells))


def docx_python_docx(path: str) -> str | None:
    if DOCX is None:
        return None
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = DOCX.Document(path)
    lines: list[str] = []
    for section in d.sections:
        lines += [p.text for p in section.header.paragraphs if p.text]
    for child in d.element.body.iterchildren():
        if child.tag == f"{W_NS}p":
            lines.append(Paragraph(child, d).text)
        elif child.tag == f"{W_NS}tbl":
            _walk_table(Table(child, d), lines)
    for section in d.sections:
        lines += [p.text for p in section.footer.paragraphs if p.text]
    return "\n".join(lines)


def _raw(name: str) -> bytes:
    with open(os.path.join(DOCS, name), "rb") as f:
        return f.read()


def _read(name: str) -> str:
    if name == M.NOTE:
        return _raw(name).decode("utf-8-sig")
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
    if name == M.NOTE:
        return [("utf-8-sig", text), ("utf-8", _raw(name).decode("utf-8"))], warnings
    return [(ENCODING.get(name, "utf-8"), text)], warnings


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


def _primary(doc_views: dict, name: str) -> str:
    return _nfc(doc_views[name][0][1])


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
        primary = _primary(doc_views, name)
        for style, num, value, _ in amounts(primary):
            found.append((name, style, num, value))
            if style not in STYLES[name]:
                errors.append(f"{name}: amount {num!r} in the style {style!r}")
            for label, _, norm in vs:
                if not score.contains(norm, num):
                    errors.append(f"{name}: amount {num!r} not read at digit boundaries in {label}")
    spellings = {(style, num, value) for _, style, num, value in found}
    by_norm: dict[str, set[int]] = {}
    for _, num, value in spellings:
        by_norm.setdefault(score.normalise(num), set()).add(value)
    for n, values in by_norm.items():
        if len(values) > 1:
            errors.append(f"amount spelling {n!r} reads as {sorted(values)} céntimos")
    for _, a, va in spellings:
        for _, b, vb in spellings:
            if va != vb and score.contains(score.normalise(b), a):
                errors.append(f"amount {a!r} ({va}) reads inside {b!r} ({vb})")
    # numbers that are not amounts (dates, clause and page numbers, the TOC, phones...)
    others: set[str] = set()
    for name in doc_views:
        t = _primary(doc_views, name)
        spans = [span for *_, span in amounts(t)]
        for m in re.finditer(r"\d+(?:[.,'/:-]\d+)*", t):
            if not any(s <= m.start() and m.end() <= e for s, e in spans):
                others.add(m.group(0))
    # every numeric must_include alternative or trap reads amounts of one value only, and
    # never a number that is not an amount
    for q in questions:
        needles = [alt for el in q["must_include"] for alt in score.alternatives(el)]
        needles += q["must_not_include"]
        for needle in needles:
            if not re.search(r"\d", needle) or not re.fullmatch(r"[\d.,\s\u202f']+", needle):
                continue
            values = {v for _, b, v in spellings if score.contains(score.normalise(b), needle)}
            if len(values) > 1:
                errors.append(f"{q['id']}: {needle!r} reads amounts of values {sorted(values)}")
            for o in others:
                if score.contains(score.normalise(o), needle):
                    errors.append(f"{q['id']}: {needle!r} reads the non-amount number {o!r}")
    # distractors share no amount with the set
    real = {v for n, _, _, v in found if n not in DISTRACTORS}
    for n, _, num, v in found:
        if n in DISTRACTORS and v in real:
            errors.append(f"{n}: distractor amount {num!r} is also an amount of the set")
    return len(found)


JOIN = re.compile(r"\d(?:,|\s+)\d{3}(?!\d)")


def check_joined(doc_views: dict, errors: list[str]) -> None:
    """A digit, a comma or white space, and three digits only inside an amount (else the
    normaliser would join two numbers); every number a reader gives is the generator's."""
    extra_allowed = set()
    for text in [make_docx.COMMENT_TEXT, *make_docx.avenant_deleted()]:
        extra_allowed |= set(re.findall(r"\d+(?:[.,]\d+)*", score.normalise(text)))
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
            allowed = set(re.findall(r"\d+(?:[.,]\d+)*", gen)) | extra_allowed
            allowed |= {str(i) for i in range(1, 10)}  # page numbers of the running footers
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
    roman = sum(t.count("Roman numerals") for t in everything.values())
    if roman != 1:
        errors.append(f"the Roman-numeral months explained {roman} times (want once)")
    # euros: one clause of the memo
    for name, text in everything.items():
        euro = re.findall(r"€|\b\d+ euros?\b|\bEUR\b", text)
        if name != M.MEMO and euro:
            errors.append(f"{name}: euros outside the memo's clause 1")
        if name == M.MEMO:
            clause = text.split("1. Indemnité de séjour à l'étranger")[1].split("\n2. ")[0]
            if len(euro) != 2 or len(re.findall(r"€|\b\d+ euros\b", clause)) != 2:
                errors.append("memo: the euro amounts are not the two of its clause 1")
            if text.count("€") != 1:
                errors.append("memo: the euro sign not exactly once")
        if re.search(r"\$|£|\bUSD\b|\bGBP\b|\bPEN\b", text):
            errors.append(f"{name}: another currency")
        if DOC_LANGUAGE[name] == "fr" and re.search(r"\d \d{3}(?!\d)", text):
            errors.append(f"{name}: French thousands with an ASCII space")
        if DOC_LANGUAGE[name] == "en" and NNB in text:
            errors.append(f"{name}: a French thin space in an English document")
    minus = sum(t.count(MINUS) for t in everything.values())
    if minus != everything[M.AGREEMENT].count(MINUS) or minus != 2:
        errors.append(f"U+2212 occurs {minus} times (want the agreement's two)")


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
    A = M.AGREEMENT
    a = _flat(_primary(doc_views, A))

    def need(name: str, pattern: str, what: str) -> None:
        if not re.search(pattern, _flat(_primary(doc_views, name))):
            errors.append(f"{name}: {what} missing")

    # the phased increase: one step past, one ahead of today
    need(
        A,
        r"rises by S/ 21\.00 in two equal steps of S/ 10\.50: the first on 1 November 2026, to "
        r"S/ 214\.50, and the second on 2027-03-12, to S/ 225\.00",
        "the phased increase",
    )
    if not (_d("2026-11-01") <= TODAY < _d("2027-03-12")) or 20400 + 1050 != 21450:
        errors.append("the phased increase: today is not between the two steps")
    if make_pdf.S_ROWS[0][2:4] != ["S/ 214.50", "S/ 225.00"]:
        errors.append("Schedule R: the ensemble row is not 214.50 then 225.00")
    need(M.BULLETIN, r"\| 214,50 S/ \| 225,00 S/ \|", "the bulletin's ensemble row")
    # the index-linked per diem
    need(A, r"S/ 62\.00 for each day on tour .* raised by 3\.5%", "the indexation clause")
    need(M.BULLETIN, r"désormais de 64,17 S/ par jour", "the indexed per diem")
    if round(62.00 * 1.035, 2) != 64.17:
        errors.append("the indexed per diem is not 62.00 plus 3.5%")
    if _homes(doc_views, "64.17") != {M.BULLETIN}:
        errors.append(f"64.17 in {_homes(doc_views, '64.17')} (want the bulletin only)")
    front = re.match(r"---\n(.*?)\n---\n", _read(M.BULLETIN), re.S)
    if not front or "date_effet: 2026-12-01" not in front.group(1) or _d("2026-12-01") > TODAY:
        errors.append("bulletin: the effective date is not in the front matter, before today")
    body = _read(M.BULLETIN)[front.end() if front else 0 :]
    if re.search(r"1er décembre 2026|2026-12-01|1 December 2026", body):
        errors.append("bulletin: the effective date repeated in the body")
    # the freeze and the grandfathered rate
    need(
        A,
        r"frozen at S/ 38\.00 until 30 June 2027\. From 1 July 2027 it is S/ 41\.50",
        "the rate freeze",
    )
    if _d("2027-06-30") <= TODAY:
        errors.append("the freeze has ended by today")
    need(
        A,
        r"before 1 November 2026 keeps the rehearsal-day rate of S/ 168\.00 .* on or after "
        r"1 November 2026 is paid S/ 156\.00",
        "the grandfathered rate",
    )
    # the interim agreement replaced, without a stamp
    need(
        A,
        r"This agreement replaces the Interim Agreement of 24 June 2026 from 1 November 2026",
        "the replacement clause",
    )
    for _, text, _ in doc_views[M.INTERIM]:
        if re.search(
            r"supersed|replac|remplac|obsolete|no longer|expired|archiv|\bvoid\b|stamp|banner"
            r"|\bcopy\b|\bdraft\b|not in force|\bended\b",
            text,
            re.I,
        ):
            errors.append("interim: a stamp or banner word")
            break
    for fig in ("204.00", "44.00", "560.00", "36.50", "305.00"):
        h = _homes(doc_views, fig)
        if h - {M.INTERIM}:
            errors.append(f"the interim's {fig} also in {h - {M.INTERIM}}")
    # the suspended clause: dates only in the amendment
    need(A, r"11\.1 A skater engaged for a tour may use the ice of the home rink", "clause 11.1")
    need(
        M.AVENANT,
        r"est suspendu à l'aréna nationale d'Ardenport du 16 novembre 2026 au 28 février 2027 "
        r"inclus",
        "the suspension",
    )
    need(
        M.AVENANT,
        r"s'applique de nouveau à Ardenport à partir du 1er mars 2027",
        "the reinstatement",
    )
    if not (_d("2026-11-16") <= TODAY <= _d("2027-02-28")):
        errors.append("the suspension is not running today")
    for d in ("1er mars 2027", "28 février 2027", "16 novembre 2026"):
        if _homes(doc_views, d) != {M.AVENANT}:
            errors.append(f"{d!r} in {_homes(doc_views, d)} (want the amendment only)")
    # the struck-out runs: only in w:delText
    xml = docx_part(os.path.join(DOCS, M.AVENANT), "word/document.xml")
    dels = re.findall(r"<w:delText[^>]*>([^<]*)</w:delText>", xml)
    if dels != make_docx.avenant_deleted():
        errors.append(f"amendment: the w:delText runs are {dels}")
    for d in make_docx.avenant_deleted():
        needle = d.strip()
        for name, vs in doc_views.items():
            for label, _, norm in vs:
                hit = score.contains(norm, needle)
                if hit != (name == M.AVENANT and label == "zip"):
                    errors.append(f"struck-out {needle!r}: in {name} ({label}) is {hit}")
        if xml.count(needle) != 1:
            errors.append(f"amendment: {needle!r} outside its w:delText")
    # the pilot: ended, not renewed
    need(
        A,
        r"The pilot ends on 30 November 2026 unless the parties renew it in writing",
        "the pilot clause",
    )
    need(M.NOTE, r"Il n'a pas été renouvelé", "the pilot's non-renewal")
    if _homes_rx(doc_views, r"(?<!pas )été renouvelée?\b|\b(?:was|is|has been) renewed"):
        errors.append("a document says the pilot was renewed")
    if not _d("2026-11-30") < TODAY:
        errors.append("the pilot has not ended by today")
    # continued and dropped terms
    for pattern, phrase in (
        (
            r"lift-spotter rule of the 2022–2026 agreement continues unchanged",
            "continues unchanged",
        ),
        (
            r"cold-weather clothing allowance of the 2022–2026 agreement is not carried over",
            "not carried over",
        ),
    ):
        if not re.search(pattern, a) or not _in(doc_views, A, phrase):
            errors.append(f"agreement: {pattern!r} missing")
    for phrase in ("Lift-spotter rule", "Cold-weather clothing allowance: S/. 45.00"):
        if not _in(doc_views, M.OLD, phrase):
            errors.append(f"old agreement: {phrase!r} missing")
    # the comment's proposal, not adopted
    if _homes(doc_views, "58.00") != {M.INTERIM, M.CHAT}:
        errors.append(f"58.00 in {_homes(doc_views, '58.00')} (want the comment and the chat)")
    if "58.00" in docx_part(os.path.join(DOCS, M.INTERIM), "word/document.xml"):
        errors.append("interim: the proposal is in the body, not only in the comment")
    need(
        M.CHAT,
        r"c'était notre proposition pour la convention finale : elle n'a pas été adoptée",
        "the proposal not adopted",
    )
    # the wrong figure said by a member and corrected by the steward
    lines = make_notice.chat_text().splitlines()
    wrong = [ln for ln in lines if "30,00 S/" in ln and "délégué" not in ln]
    fixed = [
        ln for ln in lines if "délégué" in ln and "30,00 S/ c'est faux" in ln and "35,00 S/" in ln
    ]
    if not wrong or not fixed or lines.index(wrong[0]) > lines.index(fixed[0]):
        errors.append("chat: the wrong figure and the steward's correction are missing")


def check_agreement(errors: list[str]) -> None:
    readers = dict(pdf_pages(M.AGREEMENT))
    mid = make_pdf.MARGIN + make_pdf.COLW + make_pdf.GUTTER / 2
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(os.path.join(DOCS, M.AGREEMENT)) as pdf:
            for i, page in enumerate(pdf.pages, 1):
                body = [c for c in page.chars if abs(c["size"] - make_pdf.BODY) < 0.2]
                left = [c for c in body if c["x0"] < mid * 72 / 25.4]
                right = [c for c in body if c["x0"] > mid * 72 / 25.4]
                if not left or not right:
                    errors.append(f"agreement: page {i} is not in two columns")
                both = 0
                for line in page.extract_text_lines():
                    xs = [c["x0"] for c in line["chars"]]
                    if min(xs) < mid * 72 / 25.4 < max(xs):
                        both += 1
                if both < 10:
                    errors.append(
                        f"agreement (pdfplumber): page {i}: {both} lines hold both columns"
                    )
    if "pypdf" in readers:
        text = " ".join(readers["pypdf"][0].split())
        first_right = "3.2 Lunestre is not Peru"
        last_left = "A sol is one hundred céntimos"
        if not 0 <= text.find(last_left) < text.find(first_right):
            errors.append("agreement (pypdf): the left column is not read before the right one")
    if "pdfplumber" in readers:
        text = readers["pdfplumber"][0]
        if not re.search(r"Part I – General 3\.2 Lunestre is not Peru", text):
            errors.append("agreement (pdfplumber): the columns are not read side by side")
    for label, pages in readers.items():
        for i, p in enumerate(pages, 1):
            if f"page {i}" not in p:
                errors.append(f"agreement ({label}): page {i} without its footer")


def check_schedule(errors: list[str]) -> None:
    readers = dict(pdf_pages(M.SCHEDULE))
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(os.path.join(DOCS, M.SCHEDULE)) as pdf:
            page = pdf.pages[0]
            pt = 72 / 25.4
            spans = [
                r
                for r in page.rects
                if abs(r["x0"] - make_pdf.SPAN_X * pt) < 0.5
                and abs(r["width"] - make_pdf.SPAN_W * pt) < 0.5
            ]
            if len(spans) != 1:
                errors.append(f"schedule: {len(spans)} merged header cells (want 1)")
            singles = [r for r in page.rects if abs(r["width"] - make_pdf.S_WIDTHS[2] * pt) < 0.5]
            if spans and not any(r["top"] > spans[0]["bottom"] - 0.5 for r in singles):
                errors.append("schedule: no period cells under the merged header")
    for label, pages in readers.items():
        p1 = pages[0]
        if make_pdf.S_HEAD_SPAN not in p1:
            errors.append(f"schedule ({label}): the merged header text missing")
        for mark in MARKS:
            in_cells = re.search(rf"S/ \d+\.\d\d{mark}", p1)
            note = re.search(rf"^{mark} ", p1, re.M)
            if not in_cells or not note:
                errors.append(f"schedule ({label}): footnote {mark} not with its figure on page 1")
        if any(re.search(rf"[{MARKS}]", p) for p in pages[1:]):
            errors.append(f"schedule ({label}): a footnote mark after page 1")
    if sum(1 for r in make_pdf.S_ROWS for c in r if c[-1:] in MARKS) < 8:
        errors.append("schedule: fewer than 8 figures with a footnote mark")


def check_old(errors: list[str]) -> None:
    readers = dict(pdf_pages(M.OLD))
    for label, pages in readers.items():
        toc = pages[0]
        for i, (head, _) in enumerate(make_pdf.OLD):
            m = re.search(rf"{re.escape(head)} \([^)]*\) \.+ (\d+)", toc)
            if not m:
                errors.append(f"old agreement ({label}): TOC line {head!r} missing")
                continue
            page = int(m.group(1))
            if page != make_pdf.O_PAGES[i] or head not in pages[page - 1]:
                errors.append(f"old agreement ({label}): {head!r} is not on page {page}")
    toc_numbers = re.findall(r"\((\d+\.\d+)(?: to (\d+\.\d+))?\)", make_pdf.old_text())
    if len(toc_numbers) != len(make_pdf.OLD) or "4.10" not in make_pdf.old_text():
        errors.append("old agreement: the TOC's clause numbers missing")


def check_docx_layouts(doc_views: dict, errors: list[str]) -> None:
    path = os.path.join(DOCS, M.INTERIM)
    parts = docx_parts(path)
    doc = docx_part(path, "word/document.xml")
    if "word/comments.xml" not in parts or make_docx.COMMENT_TEXT not in docx_part(
        path, "word/comments.xml"
    ):
        errors.append("interim: the comment part does not hold the proposal")
    if "<w:commentRangeStart" not in doc or "<w:commentReference" not in doc:
        errors.append("interim: the comment is not anchored in the body")
    views_i = {label: text for label, text, _ in doc_views[M.INTERIM]}
    if make_docx.COMMENT_TEXT not in views_i["zip"]:
        errors.append("interim: the zipfile view does not show the comment")
    if "python-docx" in views_i and make_docx.COMMENT_TEXT in views_i["python-docx"]:
        errors.append("interim: python-docx's paragraphs show the comment")
    path = os.path.join(DOCS, M.AVENANT)
    doc = docx_part(path, "word/document.xml")
    if doc.count("<w:ins ") != 2 or doc.count("<w:del ") != 2:
        errors.append("amendment: not two w:ins and two w:del")
    ins = re.findall(r"<w:ins [^>]*><w:r><w:t[^>]*>([^<]*)</w:t>", doc)
    if ins != make_docx.avenant_inserted():
        errors.append(f"amendment: the w:ins runs are {ins}")
    views_a = {label: text for label, text, _ in doc_views[M.AVENANT]}
    if "python-docx" in views_a:
        pd = views_a["python-docx"]
        if "d'Ardenport du 16 novembre 2026 au  inclus." not in pd:
            errors.append("amendment: python-docx's paragraph is not what the brief expects")
        for text in make_docx.avenant_inserted():
            if text.strip() not in pd:
                errors.append(f"amendment: {text!r} not in python-docx's view (the table)")
    for text in make_docx.avenant_deleted() + make_docx.avenant_inserted():
        if text.strip() not in views_a["zip"]:
            errors.append(f"amendment: {text!r} not in the zipfile view")


def check_html(errors: list[str]) -> None:
    pay = _read(M.PAYROLL)
    for pattern, what in (
        (r'<t[dh] rowspan="\d+"', "rowspan"),
        (r'<t[dh] colspan="\d+"', "colspan"),
        (r"<dl>\s*<dt>", "a <dl> definition list"),
        (r"<sup>\d</sup>", "<sup> footnote marks"),
        (r'<abbr title="[^"]+">', "an <abbr title>"),
    ):
        if not re.search(pattern, pay):
            errors.append(f"payroll page: no {what}")
    if len(re.findall(r"<dt>", pay)) < 4:
        errors.append("payroll page: fewer than 4 terms in the <dl>")
    rows = re.findall(
        r"<tr><td>[^<]*(?:<sup>\d</sup>)?</td><td>(\d+)</td><td[^>]*>SOL ([\d,.]+)</td>"
        r"<td[^>]*>SOL ([\d,.]+)</td></tr>",
        pay,
    )
    total = 0
    for units, rate, amount in rows:
        r, a = _value("pay", rate), _value("pay", amount)
        if int(units) * r != a:
            errors.append(f"payroll page: {units} x {rate} is not {amount}")
        total += a
    gross = re.search(r'<td colspan="3">Gross[^<]*</td><td[^>]*>SOL ([\d,.]+)</td>', pay)
    if len(rows) != 4 or not gross or _value("pay", gross.group(1)) != total:
        errors.append("payroll page: the statement does not add up")


def check_markdown(errors: list[str]) -> None:
    md = _read(M.BULLETIN)
    if not md.startswith("---\n") or not re.match(r"---\n(?:[a-z_]+: .+\n)+---\n", md):
        errors.append("bulletin: no YAML front matter")
    lines = md.splitlines()
    align = [ln for ln in lines if re.fullmatch(r"\|(?:\s*:?-+:?\s*\|)+", ln)]
    if not align or not all(s in align[0] for s in (":---", "---:", ":-----:")):
        errors.append("bulletin: no pipe table alignment row with left, centre and right")
    if not any(ln.startswith("|") and "\\|" in ln for ln in lines):
        errors.append("bulletin: no escaped pipe in a table row")
    refs = set(re.findall(r"\[\^(\d+)\](?!:)", md))
    defs = set(re.findall(r"^\[\^(\d+)\]:", md, re.M))
    if len(refs) < 2 or refs != defs:
        errors.append(f"bulletin: footnotes {refs} and definitions {defs}")


def check_text_docs(errors: list[str]) -> None:
    note = _raw(M.NOTE)
    if not note.startswith(b"\xef\xbb\xbf"):
        errors.append("note: no UTF-8 byte order mark")
    if note.count(b"\n") != note.count(b"\r\n") or note.count(b"\r") != note.count(b"\r\n"):
        errors.append("note: not CRLF line ends throughout")
    if b"\r\n" not in note:
        errors.append("note: no CRLF")
    memo = _raw(M.MEMO)
    try:
        memo.decode("utf-8")
        errors.append("memo: decodes as UTF-8 (want ISO-8859-15 only)")
    except UnicodeDecodeError:
        pass
    if memo.count(b"\xa4") != 1 or memo.decode("iso8859_15").count("€") != 1:
        errors.append("memo: the euro sign is not the one byte 0xA4")
    if "¤" not in memo.decode("latin-1"):
        errors.append("memo: latin-1 does not misread the euro byte")
    if b"\r" in memo:
        errors.append("memo: not LF line ends")
    chat = make_notice.chat_text().splitlines()
    msgs = [ln for ln in chat if ln.startswith("[")]
    stamps = []
    for ln in msgs:
        m = re.match(r"\[(\d{4}-\d\d-\d\d \d\d:\d\d)\] ([^:]+?) : \S", ln)
        if not m:
            errors.append(f"chat: a line not in the export format: {ln[:40]!r}")
            continue
        stamps.append(m.group(1))
    if stamps != sorted(stamps) or f"{len(msgs)} messages" not in chat[1]:
        errors.append("chat: timestamps out of order or the message count wrong")
    for name in (M.SHOP, M.MENU, M.PAYROLL, M.BULLETIN, M.CHAT, M.MEMO):
        if _raw(name).startswith(b"\xef\xbb\xbf"):
            errors.append(f"{name}: a BOM")


def check_distractors(doc_views: dict, errors: list[str]) -> None:
    for name in DISTRACTORS:
        for pattern in PARTIES:
            if any(re.search(pattern, _nfc(t)) for _, t, _ in doc_views[name]):
                errors.append(f"{name}: names a party ({pattern})")


def check_builds(errors: list[str], warnings: list[str]) -> None:
    for out, data in (
        (make_notice.NOTE_OUT, make_notice.note_bytes()),
        (make_notice.MEMO_OUT, make_notice.memo_bytes()),
        (make_notice.CHAT_OUT, make_notice.chat_bytes()),
        (make_notice.SHOP_OUT, make_notice.shop_bytes()),
    ):
        with open(out, "rb") as f:
            if f.read() != data:
                errors.append(f"{os.path.basename(out)}: not what make_notice.py writes; run it")
    builds = []
    if FPDF is not None:
        builds += [
            (make_pdf.AGREEMENT_OUT, make_pdf.build_agreement),
            (make_pdf.SCHEDULE_OUT, make_pdf.build_schedule),
            (make_pdf.OLD_OUT, make_pdf.build_old),
        ]
    else:
        warnings.append("fpdf2 not importable: the PDFs' bytes not compared with make_pdf.py")
    if DOCX is not None:
        builds += [
            (make_docx.INTERIM_OUT, make_docx.build_interim),
            (make_docx.AVENANT_OUT, make_docx.build_avenant),
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
            if '"eval/union-am/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-am/score.py not in ruff's extend-exclude")


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
        check_schedule(errors)
        check_old(errors)
        check_docx_layouts(doc_views, errors)
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
