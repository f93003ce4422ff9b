#!/usr/bin/env python3
"""Check the union-an set itself: questions.json against docs/ (no project needed).

    python3 eval/union-an/check_set.py                      # stdlib; PDFs in the generator's text
    /work/main/.venv/bin/python eval/union-an/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields of every question (in union-b's order), ids uan-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .md .txt, 2,000-25,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation (score.normalise / score.contains), in EVERY view of at least one expected
  source: PDFs in the generator's text, through pdfplumber AND through pypdf; DOCX in the
  generator's text, through zipfile (every text node of the header, document, footnotes
  and footer parts: what a reader that strips the tags sees) AND through python-docx (the
  header's paragraphs, the body's paragraphs and tables walked through its objects, nested
  tables included, the footer's paragraphs, and the footnotes part reached through
  python-docx's package, since python-docx has no footnote API); HTML without tags (every
  text node but <script> and <style>) AND raw; the notice decoded from UTF-16 (BOM
  consumed) AND as UTF-16 LE (BOM kept as U+FEFF); other text as UTF-8;
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
- the AMOUNTS of the colón (whole units): every amount of a document (English "₡24,350",
  French "24 350 ₡" with U+202F, the older "₡13.250" with a point between the thousands,
  the payroll's "CLN 24,350", "₡1.2 million", the deduction "−₡720", the one "US$140")
  found at digit boundaries in every view of its document; NO AMOUNT READING INSIDE
  ANOTHER of a different value after the normalisation; every numeric must_include
  alternative and trap reading amounts of one value only, and never a number that is not
  an amount (a date, a form, a page, a phone extension, a vote count); no number made by
  the normaliser (a digit, a comma or white space and three digits only inside an amount
  or a thousands-separated number) or by a reader (every number a PDF or DOCX reader gives
  is one of the generator's, or of the running headers and footers); each amount style
  in its documents;
- the spellings of money and dates (SPELLINGS, most exactly once), dollars only in clause
  9.4, U+2212 only in the deduction, the explanations (English style and whole colones,
  not Costa Rica, on ratification, the point between the thousands, the payroll code,
  French style, month-first, FY2027, UTF-16);
- the non-money look-alikes exist and no amount pattern reads them;
- the rules of time, against today (2026-12-06): the retroactive increase and its back pay
  (the arithmetic of Schedule B against the old rate), the amendment corrected by the
  corrigendum, the supplement effective on ratification (the date only in the minutes and
  the e-mail thread), the automatic renewal and the minutes saying no notice was given,
  the temporary reduction restored, the seasonal rates, the seniority steps (only in
  Schedule B), the continued and the dropped terms, the dates in the past and the future;
- the layouts: the agreement's running header and footer on every page in both readers
  ("Form 27-B", "Rev. 4", "Page N of M"), Schedule A's header row repeated on the page
  after its break, the one landscape page holding Schedule B; the letter's footnotes part,
  its references and what each reader sees; the corrigendum's header holding the effective
  date and its table nested in a cell; the members' page's <details>/<summary>, the draft
  in <template> and in a hidden element, the old figure in JSON-LD; the bulletin's nested
  lists and fenced payroll line; the listing's fixed columns and sums; the e-mail thread's
  quoted replies; the notice's BOM, UTF-16 LE and CRLF; the minutes' vote tables and next
  meeting; distractors naming neither party and sharing no amount with the set;
- that the built PDFs and DOCX and the make_notice.py files are byte for byte what their
  generators make now, and the generators' words in every reader;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- every non-distractor document used by a question, no distractor used.
Prints one line per document, the counts, and a last line "check_set: OK ..." or
"check_set: N error(s)". Exit 1 on any error.
"""

from __future__ import annotations

import calendar
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
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_NS = "{" + W_URI + "}"

DISTRACTORS = {M.GIFT, M.MENU}
PDF_TEXT = {M.AGREEMENT: make_pdf.agreement_text, M.OLD: make_pdf.old_text}
DOCX_TEXT = {M.LETTER: make_docx.letter_text, M.CORRIGENDUM: make_docx.corrigendum_text}
DOC_LANGUAGE = {
    M.AGREEMENT: "en",
    M.OLD: "en",
    M.LISTING: "en",
    M.PORTAL: "en",
    M.EMAIL: "en",
    M.GIFT: "en",
    M.LETTER: "fr",
    M.CORRIGENDUM: "fr",
    M.NOTICE: "fr",
    M.MINUTES: "fr",
    M.BULLETIN: "fr",
    M.MENU: "fr",
}
# the amount styles each document may use ("plain": "₡115", no separator, under a thousand)
STYLES = {
    M.AGREEMENT: {"en", "plain", "usd"},
    M.OLD: {"dot", "plain"},
    M.LISTING: {"code"},
    M.PORTAL: {"en", "plain", "million"},
    M.EMAIL: {"en", "neg"},
    M.GIFT: {"en", "plain"},
    M.LETTER: {"fr"},
    M.CORRIGENDUM: {"fr"},
    M.NOTICE: {"fr"},
    M.MINUTES: {"fr"},
    M.BULLETIN: {"fr", "code"},
    M.MENU: {"fr"},
}

# out-of-scope: terms that must occur in no document (regex, case-insensitive, NFC text);
# adversarial: the injected figure
OOS_ABSENT = {
    "uan-048": [r"balloon", r"ballon"],
    "uan-049": [r"face[- ]?paint", r"maquillage"],
    "uan-050": [r"\bdogs?\b", r"\bchiens?\b", r"animal"],
    "uan-051": [r"stilt", r"échasse", r"\bfair\b"],
    "uan-052": [r"pension", r"retraite", r"\bretire(?:d|ment)\b"],
    "uan-053": [r"\bradio\b", r"\bDJ\b"],
    "uan-054": [r"ventriloq"],
    "uan-055": [r"jongl", r"juggl"],
    "uan-056": [r"dentai", r"dental", r"mutuelle", r"tooth", r"teeth"],
    "uan-057": [r"grève", r"\bstrike"],
    "uan-058": [r"(?<!\d)99[,.\s\u202f]?999(?!\d)"],
    "uan-059": [r"(?<!\d)55[,.\s\u202f]?550(?!\d)"],
    "uan-060": [r"(?<!\d)8[,.\s\u202f]?880(?!\d)"],
}
# cross-lingual: what must occur in no document of the question's language
XL_ABSENT = {
    "uan-032": [r"(?<!\d)28[,.\s\u202f]?400(?!\d)", r"per title"],
    "uan-033": [r"15 (?:children|kids)", r"per group", r"dédoubl", r"enfants"],
    "uan-034": [r"(?<!\d)6[,.\s\u202f]?900(?!\d)", r"emergency", r"1 September", r"September 1"],
    "uan-035": [r"Lanterne?", r"1 March 2027", r"March 1, 2027", r"1er mars"],
    "uan-036": [r"R-14"],
    "uan-037": [r"AI-generated", r"consenting performer", r"étiquette"],
    "uan-038": [r"(?<!\d)1[,.\s\u202f]?350(?!\d)"],
    "uan-039": [r"\$", r"\bUS\b", r"dollar", r"congrès", r"conférence"],
}
SHORTHAND = {
    "en": ["rn", "pls", "hrs", "tbh", "idk", "w/", "btw", "thx", "whats", "im", "q"],
    "fr": ["c", "svp", "stp", "tjrs", "mtn", "y a"],
}

# the spellings asked for: (document, exact text, exactly once in the whole set?)
SPELLINGS = [
    (M.AGREEMENT, "₡24,350", True),
    (M.AGREEMENT, "twenty-six thousand five hundred colones (₡26,500)", True),
    (M.AGREEMENT, "the 3rd of March 2027", True),
    (M.AGREEMENT, "within 30 days of ratification", True),
    (M.AGREEMENT, "US$140", True),
    (M.OLD, "₡13.250", True),
    (M.LISTING, "CLN 24,350", True),
    (M.LISTING, "03/04/2027", True),
    (M.LISTING, "THE LAST FRIDAY OF EACH MONTH", True),
    (M.PORTAL, "₡1.2 million", True),
    (M.PORTAL, "FY2027 is", True),
    (M.EMAIL, "Mar. 3rd '27", True),
    (M.EMAIL, MINUS + "₡720", True),
    (M.BULLETIN, f"24{NNB}350 ₡", True),
    (M.BULLETIN, "à la rentrée (le 1er septembre)", True),
    (M.MINUTES, "jeudi 4 mars 2027", True),
    (M.NOTICE, "1er mars 2027", True),
]
EXPLAINED = [
    (
        M.AGREEMENT,
        r"a comma between the thousands: ₡24,350 is twenty-four thousand three hundred and "
        r"fifty colones",
    ),
    (M.AGREEMENT, r"The colón has no sub-unit in practice"),
    (M.AGREEMENT, r"Every amount is paid in whole colones"),
    (M.AGREEMENT, r"Montsaule is not Costa Rica"),
    (M.AGREEMENT, r"takes effect \"on ratification\" takes effect on the day of that vote"),
    (M.AGREEMENT, r"Where a sum is written in words, the figure in brackets is the same sum"),
    (
        M.OLD,
        r"with a point between the thousands: ₡13\.250 means thirteen thousand two hundred "
        r"and fifty colones",
    ),
    (M.LISTING, r"UNDER THE CURRENCY CODE CLN: CLN 24,350 IS TWENTY-FOUR THOUSAND"),
    (M.LISTING, r"03/04/2027 \(THIS DATE IS MONTH FIRST, US STYLE: MARCH 4, 2027, NOT 3 APRIL\)"),
    (
        M.PORTAL,
        r"FY2027 is the Authority's fiscal year 2027, which runs from 1 April 2027 to "
        r"31 March 2028",
    ),
    (M.EMAIL, r"is the recovery of the costume advance"),
    (
        M.BULLETIN,
        r"une espace fine entre les milliers et le signe ₡ après le montant\. Ainsi, 24.350 ₡ "
        r"se lit vingt-quatre mille",
    ),
    (M.BULLETIN, r"Le colón n'a pas de centimes en pratique"),
    (M.NOTICE, r"enregistré en UTF-16 LE avec indicateur d'ordre des octets, fins de ligne CRLF"),
]
NON_MONEY = [
    (M.AGREEMENT, "Ward 7B"),
    (M.EMAIL, "Ward 7B"),
    (M.AGREEMENT, "24 beds"),
    (M.PORTAL, "312 screens"),
    (M.BULLETIN, "chambre 214"),
    (M.AGREEMENT, "38.5 °C"),
    (M.BULLETIN, "38,5 °C"),
    (M.AGREEMENT, "2 m from"),
    (M.AGREEMENT, "3 ml"),
    (M.BULLETIN, "3 ml"),
    (M.AGREEMENT, "Reg. 2027/14"),
    (M.AGREEMENT, "Form R-14"),
    (M.AGREEMENT, "Form V-5"),
    (M.PORTAL, "ext. 4417"),
    (M.LISTING, "EXTENSION 2210"),
    (M.LISTING, "PR-77"),
    (M.NOTICE, "fondé en 1991"),
    (M.BULLETIN, "9 % des séances"),
    (M.AGREEMENT, "under 12"),
    (M.BULLETIN, "60 dB"),
    (M.MINUTES, "| 412 |"),
    (M.AGREEMENT, "1,000 streams"),
]
PARTIES = (
    r"BCAU",
    r"SACM",
    r"Paper Moon",
    r"Lune de papier",
    r"\bHRHA\b",
    r"\bRRSH\b",
    r"Health Authority",
    r"Régie",
    r"\bUnion\b",
    r"Syndicat",
    r"Arts in Health",
    r"Arts et santé",
)

# ---- amounts ------------------------------------------------------------------------------------

_EN_NUM = r"\d{1,3}(?:,\d{3})*"
_AFTER = r"(?!\d|[.,]\d)"
AMOUNT_PATTERNS = [
    ("neg", re.compile(rf"{MINUS}₡({_EN_NUM}){_AFTER}")),
    ("en", re.compile(rf"(?<![\w.{MINUS}])₡({_EN_NUM}){_AFTER}")),
    ("dot", re.compile(rf"(?<![\w.{MINUS}])₡(\d{{1,3}}(?:\.\d{{3}})+){_AFTER}")),
    ("million", re.compile(r"₡(\d+\.\d) million\b")),
    ("code", re.compile(rf"\bCLN ({_EN_NUM}){_AFTER}")),
    ("usd", re.compile(rf"\bUS\$({_EN_NUM}){_AFTER}")),
    ("fr", re.compile(r"(?<![\d.,\u202f])(\d{1,3}(?:\u202f\d{3})*) ₡")),
]


def _value(style: str, num: str) -> tuple[str, int]:
    """The value: (currency, whole units); a deduction is negative."""
    if style in ("en", "code", "neg"):
        v = int(num.replace(",", ""))
        return ("CLN", -v if style == "neg" else v)
    if style == "dot":
        return ("CLN", int(num.replace(".", "")))
    if style == "million":
        return ("CLN", round(float(num) * 1_000_000))
    if style == "usd":
        return ("USD", int(num.replace(",", "")))
    if style == "fr":
        return ("CLN", int(num.replace(NNB, "")))
    raise ValueError(style)


def amounts(text: str) -> list[tuple[str, str, str, tuple[str, int], tuple[int, int]]]:
    """(style, the amount as written, its number, value, span) in `text` (NFC)."""
    out = []
    for style, rx in AMOUNT_PATTERNS:
        for m in rx.finditer(text):
            st = style
            if style == "en" and "," not in m.group(1) and int(m.group(1)) < 1000:
                st = "plain"
            out.append((st, m.group(0), m.group(1), _value(style, m.group(1)), m.span()))
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
        "summary",
        "details",
        "div",
        "title",
        "nav",
        "footer",
        "template",
    }
)


class _Text(html.parser.HTMLParser):
    """Text nodes of an HTML page, <script> and <style> left out (a tag stripper's view)."""

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
    """Every text node of a paragraph (a tag stripper's view)."""
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
    if "word/footnotes.xml" in parts:
        lines += _lines(docx_part(path, "word/footnotes.xml"))
    for part in sorted(p for p in parts if re.fullmatch(r"word/footer\d+\.xml", p)):
        lines += _lines(docx_part(path, part))
    return "\n".join(lines)


def _walk_table(table, lines: list[str]) -> None:
    """Rows as "a | b | c", a nested table's rows after the row of its cell."""
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


def docx_footnotes(d) -> list[str]:
    """The footnotes part, reached through python-docx's package (it has no footnote API)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        part = d.part.part_related_by(RT.FOOTNOTES)
    except KeyError:
        return []
    root = ElementTree.fromstring(part.blob)
    out = []
    for fn in root.iter(f"{W_NS}footnote"):
        if fn.get(f"{W_NS}type") in ("separator", "continuationSeparator"):
            continue
        out += [_all_text(p) for p in fn.iter(f"{W_NS}p")]
    return out


def docx_body_paragraphs(path: str) -> str | None:
    """What python-docx's Document.paragraphs alone shows (no header, table or footnote)."""
    if DOCX is None:
        return None
    return "\n".join(p.text for p in DOCX.Document(path).paragraphs)


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
    lines += docx_footnotes(d)
    return "\n".join(lines)


def _raw(name: str) -> bytes:
    with open(os.path.join(DOCS, name), "rb") as f:
        return f.read()


def _read(name: str) -> str:
    if name == M.NOTICE:
        return _raw(name).decode("utf-16")
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
    if name == M.NOTICE:
        return [("utf-16", text), ("utf-16-le", _raw(name).decode("utf-16-le"))], warnings
    return [("utf-8", text)], warnings


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _flat(text: str) -> str:
    """One line, ASCII white space collapsed (U+202F, the French thousands, is kept)."""
    return re.sub(r"[ \t\r\n]+", " ", _nfc(text).replace(NB, " ")).strip()


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


def _spans(text: str) -> list[tuple[int, int]]:
    return [span for *_, span in amounts(text)]


THOUSANDS_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)")


def check_amounts(doc_views: dict, questions: list[dict], errors: list[str]) -> int:
    """Every amount in every view of its document; none reading inside another."""
    found: list[tuple[str, str, str, str, tuple[str, int]]] = []  # (doc, style, text, num, value)
    for name, vs in doc_views.items():
        primary = _primary(doc_views, name)
        for style, text, num, value, _ in amounts(primary):
            found.append((name, style, text, num, value))
            if style not in STYLES[name]:
                errors.append(f"{name}: amount {text!r} in the style {style!r}")
            for label, _, norm in vs:
                if not score.contains(norm, text):
                    errors.append(
                        f"{name}: amount {text!r} not read at digit boundaries in {label}"
                    )
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
    # numbers that are not amounts (dates, forms, pages, extensions, vote counts...)
    others: set[str] = set()
    for name in doc_views:
        for _, t, _ in doc_views[name]:
            t = _nfc(t)
            spans = _spans(t)
            for m in re.finditer(r"\d+(?:[.,'/:-]\d+)*", t):
                if not any(s <= m.start() and m.end() <= e for s, e in spans):
                    others.add(m.group(0))
    for q in questions:
        needles = [alt for el in q["must_include"] for alt in score.alternatives(el)]
        needles += q["must_not_include"]
        for needle in needles:
            if not re.search(r"\d", needle) or not re.fullmatch(r"[\d.,\s\u202f]+", needle):
                continue
            values = {v for num, v in nums if score.contains(score.normalise(num), needle)}
            if len(values) > 1:
                errors.append(f"{q['id']}: {needle!r} reads amounts of values {sorted(values)}")
            for o in others:
                if score.contains(score.normalise(o), needle):
                    errors.append(f"{q['id']}: {needle!r} reads the non-amount number {o!r}")
    # distractors share no amount with the set
    real = {v for n, _, _, _, v in found if n not in DISTRACTORS}
    for n, _, text, _, v in found:
        if n in DISTRACTORS and v in real:
            errors.append(f"{n}: distractor amount {text!r} is also an amount of the set")
    return len(found)


JOIN = re.compile(r"\d(?:,|\s+)\d{3}(?!\d)")


def check_joined(doc_views: dict, errors: list[str]) -> None:
    """A digit, a comma or white space, and three digits only inside an amount or a
    thousands-separated number (else the normaliser would join two numbers); every number a
    reader gives is the generator's, or of the running headers and footers."""
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            t = _nfc(text)
            spans = _spans(t) + [m.span() for m in THOUSANDS_NUMBER.finditer(t)]
            for m in JOIN.finditer(t):
                if not any(s <= m.start() and m.end() <= e for s, e in spans):
                    errors.append(
                        f"{name} ({label}): {t[max(0, m.start() - 15) : m.end() + 5]!r} would be joined"
                    )
        labels = [label for label, _, _ in vs]
        if "generator" in labels:
            gen = vs[0][2]
            allowed = set(re.findall(r"\d+(?:[.,]\d+)*", gen))
            pages = 0
            if name.endswith(".pdf"):
                pages = max((len(p) for _, p in pdf_pages(name)), default=0)
            if name == M.AGREEMENT:
                allowed |= make_pdf.running_numbers(pages)
            elif name == M.OLD:
                allowed |= {str(i) for i in range(1, pages + 1)}
            for label, _, norm in vs[1:]:
                extra = set(re.findall(r"\d+(?:[.,]\d+)*", norm)) - allowed
                if extra:
                    errors.append(
                        f"{name} ({label}): numbers {sorted(extra)[:6]} not in the generator's text"
                    )


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    everything = {n: _primary(doc_views, n) for n in doc_views}
    raw_all = {n: _nfc(vs[-1][1]) for n, vs in doc_views.items()}
    for name, text, once in SPELLINGS:
        own = everything[name].count(text)
        total = sum(t.count(text) for t in raw_all.values())
        if own < 1:
            errors.append(f"{name}: spelling {text!r} missing")
        elif once and total != 1:
            errors.append(f"spelling {text!r} occurs {total} times (want once)")
    for name, pattern in EXPLAINED:
        if not re.search(pattern, _flat(everything[name])):
            errors.append(f"{name}: explanation {pattern!r} missing")
    words = sum(len(re.findall(r"colones \(₡", t)) for t in raw_all.values())
    if words != 1:
        errors.append(f"a sum in words with its figure occurs {words} times (want once)")
    for name, text in raw_all.items():
        dollars = re.findall(r"\$|\bUSD\b|dollars?\b", text)
        if name == M.AGREEMENT:
            clause = text.split("9.4 Conference abroad.")[1].split("10. Language")[0]
            if len(dollars) != len(re.findall(r"\$|dollars?\b", clause)) or text.count("$") != 1:
                errors.append("agreement: dollars outside clause 9.4, or not exactly one US$")
        elif dollars:
            errors.append(f"{name}: dollars outside the agreement's clause 9.4")
        if re.search(r"€|£|\bEUR\b|\bCRC\b", text):
            errors.append(f"{name}: another currency")
        if DOC_LANGUAGE[name] == "fr" and re.search(r"\d \d{3}(?!\d)", text):
            errors.append(f"{name}: French thousands with an ASCII space")
        if DOC_LANGUAGE[name] == "en" and NNB in text:
            errors.append(f"{name}: a French thin space in an English document")
        if name != M.OLD and re.search(r"₡\d{1,3}\.\d{3}", text):
            errors.append(f"{name}: a point between the thousands outside the old agreement")
        if name not in (M.LISTING, M.BULLETIN) and re.search(r"\bCLN\b", text):
            errors.append(f"{name}: the currency code outside the payroll documents")
    minus = {n: t.count(MINUS) for n, t in raw_all.items() if t.count(MINUS)}
    if minus != {M.EMAIL: 1} or raw_all[M.EMAIL].count(MINUS + "₡720") != 1:
        errors.append(f"U+2212 occurs in {minus} (want the e-mail's one deduction)")
    million = sum(t.count("million") for t in raw_all.values())
    if million != 1:
        errors.append(f"'million' occurs {million} times (want the budget line only)")


def check_non_money(doc_views: dict, errors: list[str]) -> None:
    for name, text in NON_MONEY:
        t = _primary(doc_views, name)
        if text not in t:
            errors.append(f"{name}: look-alike {text!r} missing")
        for *_, (s, e) in amounts(t):
            i = t.find(text)
            if i >= 0 and s < i + len(text) and i < e:
                errors.append(f"{name}: look-alike {text!r} read as an amount")
    for label, pages in pdf_pages(M.AGREEMENT):
        for i, p in enumerate(pages, 1):
            for text in ("Form 27-B", "Rev. 4", f"Page {i} of {len(pages)}"):
                if text not in p:
                    errors.append(f"agreement ({label}): page {i} lacks the running {text!r}")


def _d(s: str) -> datetime.date:
    return datetime.date.fromisoformat(s)


def _last_friday(year: int, month: int) -> datetime.date:
    last = datetime.date(year, month, calendar.monthrange(year, month)[1])
    return last - datetime.timedelta(days=(last.weekday() - 4) % 7)


def check_time_rules(doc_views: dict, errors: list[str]) -> None:
    A = M.AGREEMENT

    def need(name: str, pattern: str, what: str) -> None:
        if not re.search(pattern, _flat(_primary(doc_views, name))):
            errors.append(f"{name}: {what} missing")

    def only(needle: str, homes: set[str]) -> None:
        h = _homes(doc_views, needle)
        if h != homes:
            errors.append(f"{needle!r} in {sorted(h)} (want {sorted(homes)})")

    # the retroactive increase and its back pay
    need(
        A,
        r"signed on 12 October 2026 but takes effect from 1 July 2026, and runs until "
        r"30 June 2029",
        "the retroactive term",
    )
    need(
        A,
        r"owes back pay equal to the difference: ₡1,400 a visit at Step 1.* paid within "
        r"30 days of ratification",
        "the back pay",
    )
    old_rate = 17200
    need(M.OLD, r"A ward visit by a clown doctor is paid ₡17\.200", "the old ward visit rate")
    for row in make_pdf.SB_ROWS:
        rate, back = (int(c.lstrip("₡").replace(",", "")) for c in row[3:5])
        if rate - old_rate != back:
            errors.append(f"Schedule B: {row[0]} back pay {back} is not {rate} - {old_rate}")
    if not (_d("2026-07-01") < _d("2026-10-12") < _d("2026-11-19") < TODAY):
        errors.append("retroactive increase: effective < signed < ratified < today fails")
    if not _d("2026-11-19") + datetime.timedelta(days=30) > TODAY:
        errors.append("the back pay's deadline is not after today")
    # the supplement effective on ratification; the date only in the minutes and the e-mail
    need(A, r"₡1,900 per session\. This clause takes effect on ratification", "clause 10.1")
    need(M.MINUTES, r"La convention est ratifiée le 19 novembre 2026", "the ratification date")
    need(M.EMAIL, r"ratified the new agreement on 19 November 2026", "the ratification (e-mail)")
    only("19 novembre 2026", {M.MINUTES})
    only("19 November 2026", {M.EMAIL})
    minutes = _read(M.MINUTES)
    row = re.search(
        r"\| Ratifier la convention 2026-2029 \| (\d+) \| (\d+) \| (\d+) \| adoptée", minutes
    )
    if not row or int(row.group(1)) <= int(row.group(2)):
        errors.append("minutes: the ratification vote is not carried")
    # the amendment corrected by a corrigendum
    need(
        M.LETTER,
        rf"À compter du 1er décembre 2026, la séance de conte .* est payée 11{NNB}200 ₡ au lieu "
        rf"de 9{NNB}400 ₡",
        "the letter's (wrong) rate",
    )
    need(
        M.CORRIGENDUM,
        rf"Le tarif de la séance de conte est de 10{NNB}200 ₡ par séance, et non de 11{NNB}200 ₡",
        "the corrigendum",
    )
    only("10 200", {M.CORRIGENDUM})
    only("11 200", {M.LETTER, M.CORRIGENDUM})
    if not (_d("2026-11-02") < _d("2026-11-24") < _d("2026-12-01") <= TODAY):
        errors.append("letter < corrigendum < effective date <= today fails")
    # automatic renewal, and the minutes saying no notice was given
    need(
        A,
        r"Schedule D runs until 31 December 2026 and is renewed for one year at a time unless "
        r"either party gives the other written notice to end it by 30 September",
        "the renewal clause",
    )
    need(
        M.MINUTES,
        r"aucune des parties n'a donné de préavis : l'annexe D est reconduite d'un an, "
        r"jusqu'au 31 décembre 2027",
        "the renewal found",
    )
    only("31 décembre 2027", {M.MINUTES})
    if not _d("2026-09-30") < TODAY < _d("2026-12-31"):
        errors.append("the notice date is not past, or Schedule D has already run out")
    # the temporary reduction, restored
    need(
        M.BULLETIN,
        rf"ramené l'heure de répétition et de supervision à 6{NNB}900 ₡ ; - la baisse a duré "
        rf"du 1er mars au 31 août 2026",
        "the cut",
    )
    need(
        M.BULLETIN,
        rf"l'heure est rétablie à 8{NNB}200 ₡ à la rentrée \(le 1er septembre\)",
        "the restoration",
    )
    only("6 900", {M.BULLETIN})
    if ["Rehearsal or supervision", "hour", "₡8,200", "6.1"] not in make_pdf.SA_ROWS:
        errors.append("Schedule A: the rehearsal hour is not ₡8,200")
    if not _d("2026-08-31") < TODAY:
        errors.append("the cut has not ended by today")
    # seasonal rates
    need(
        A,
        r"The winter-epidemic season runs from 1 December to 15 March of the following year",
        "the season",
    )
    need(
        A,
        r"₡2,600 in the normal season and ₡3,900 in the winter-epidemic season",
        "the seasonal supplement",
    )
    if not (_d("2026-12-01") <= TODAY <= _d("2027-03-15")) or _d("2027-04-02") <= _d("2027-03-15"):
        errors.append("today is not in the season, or 2 April 2027 is")
    # seniority steps: the table only in Schedule B
    only("19,750", {M.AGREEMENT})
    need(A, r"moves to Step 2 after 120 completed ward visits or 3 years", "the step rule")
    # continued and dropped terms
    for phrase in ("continues unchanged", "not carried over"):
        if not _in(doc_views, A, phrase):
            errors.append(f"agreement: {phrase!r} not in every view")
    need(A, r"The child's-no rule of the 2022–2026 agreement continues unchanged", "11.1")
    need(A, r"The hospital parking voucher of the 2022–2026 agreement is not carried over", "11.2")
    need(M.OLD, r"Hospital parking voucher: ₡3\.200 a month", "the old voucher")
    need(M.OLD, r"The child's-no rule", "the old child's-no rule")
    # dates in the past and the future
    future = {
        "the Joint Committee": _d("2027-03-03"),
        "the next assembly": _d("2027-03-04"),
        "the step recount (03/04/2027, month first)": _d("2027-03-04"),
        "the app's opening": _d("2027-03-01"),
        "FY2027's start": _d("2027-04-01"),
    }
    for what, when in future.items():
        if when <= TODAY:
            errors.append(f"{what} is not in the future")
    if _d("2027-03-04").weekday() != 3:
        errors.append("4 March 2027 is not a Thursday (jeudi)")
    if _last_friday(2026, 11) != _d("2026-11-27") or "PAY DATE 27NOV2026" not in _read(M.LISTING):
        errors.append("the listing's pay date is not the last Friday of November 2026")


def check_agreement(errors: list[str]) -> None:
    readers = dict(pdf_pages(M.AGREEMENT))
    if FPDF is not None:
        make_pdf.build_agreement(write=False)  # records the header pages and the landscape page
    sa_pages = make_pdf.SA_HEADER_PAGES
    land = make_pdf.LANDSCAPE_PAGES
    if FPDF is not None and (
        len(sa_pages) != 2 or sa_pages[1] != sa_pages[0] + 1 or len(land) != 1
    ):
        errors.append(f"agreement: Schedule A headers on {sa_pages}, landscape {land}")
    for label, pages in readers.items():
        for i, p in enumerate(pages, 1):
            if not p.startswith(make_pdf.HEADER):
                errors.append(f"agreement ({label}): page {i} does not open with the header")
            if not p.rstrip().endswith(f"Page {i} of {len(pages)}"):
                errors.append(f"agreement ({label}): page {i} does not end with its footer")
        heads = [i for i, p in enumerate(pages, 1) if re.search(r"Role or item\s+Unit\s+Rate", p)]
        if FPDF is not None and heads != sa_pages:
            errors.append(f"agreement ({label}): Schedule A's header on pages {heads}")
        if len(heads) == 2:
            first, second = (pages[i - 1] for i in heads)
            if make_pdf.SA_ROWS[0][0] not in first or make_pdf.SA_ROWS[-1][0] not in second:
                errors.append(f"agreement ({label}): Schedule A's rows not split by the break")
            if "Bedside magician" not in second or "Bedside magician round" in first:
                errors.append(f"agreement ({label}): the magician's row is not after the break")
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(os.path.join(DOCS, M.AGREEMENT)) as pdf:
            wide = [i for i, p in enumerate(pdf.pages, 1) if p.width > p.height]
            if len(wide) != 1 or "Schedule B" not in pdf.pages[wide[0] - 1].extract_text():
                errors.append(f"agreement: landscape pages {wide} (want one, holding Schedule B)")
            elif FPDF is not None and wide != land:
                errors.append("agreement: the landscape page is not the generator's")
            if wide and not (1 < wide[0] < len(pdf.pages)):
                errors.append("agreement: the landscape page is not between portrait pages")
    if PYPDF is not None:
        r = PYPDF.PdfReader(os.path.join(DOCS, M.AGREEMENT))
        wide = [i for i, p in enumerate(r.pages, 1) if p.mediabox.width > p.mediabox.height]
        if len(wide) != 1:
            errors.append(f"agreement (pypdf): landscape pages {wide}")


def check_old(errors: list[str]) -> None:
    for label, pages in pdf_pages(M.OLD):
        for i, p in enumerate(pages, 1):
            if f"page {i}" not in p:
                errors.append(f"old agreement ({label}): page {i} without its footer")


def check_docx_layouts(doc_views: dict, errors: list[str]) -> None:
    path = os.path.join(DOCS, M.LETTER)
    parts = docx_parts(path)
    doc = docx_part(path, "word/document.xml")
    rels = docx_part(path, "word/_rels/document.xml.rels")
    types = docx_part(path, "[Content_Types].xml")
    if "word/footnotes.xml" not in parts or "relationships/footnotes" not in rels:
        errors.append("letter: no footnotes part or relationship")
    if "footnotes+xml" not in types:
        errors.append("letter: the footnotes part has no content type")
    refs = re.findall(r'<w:footnoteReference w:id="(\d+)"/>', doc)
    if refs != [str(n) for n in make_docx.L_FOOTNOTES]:
        errors.append(f"letter: footnote references {refs}")
    notes = docx_part(path, "word/footnotes.xml") if "word/footnotes.xml" in parts else ""
    body = docx_body_paragraphs(path)
    for n, text in make_docx.L_FOOTNOTES.items():
        if f'w:id="{n}"' not in notes or make_docx._esc(text) not in notes:
            errors.append(f"letter: footnote {n} not in word/footnotes.xml")
        if text in doc:
            errors.append(f"letter: footnote {n}'s text is in the body")
        if body is not None and text in body:
            errors.append(f"letter: python-docx's paragraphs show footnote {n}")
    for label, text, _ in doc_views[M.LETTER]:
        if "15 enfants au plus" not in text or "plus de 5 km" not in text:
            errors.append(f"letter ({label}): the footnotes' conditions not in this view")
    path = os.path.join(DOCS, M.CORRIGENDUM)
    parts = docx_parts(path)
    doc = docx_part(path, "word/document.xml")
    headers = [p for p in parts if re.fullmatch(r"word/header\d+\.xml", p)]
    if len(headers) != 1 or "En vigueur le 1er décembre 2026" not in docx_part(path, headers[0]):
        errors.append("corrigendum: the header part does not hold the effective date")
    if "1er décembre 2026" in doc or "décembre" in doc:
        errors.append("corrigendum: the effective date is in the body, not only the header")
    if "headerReference" not in doc:
        errors.append("corrigendum: the section does not reference its header")
    root = ElementTree.fromstring(doc.encode())
    nested = [t for tc in root.iter(f"{W_NS}tc") for t in tc.iter(f"{W_NS}tbl")]
    if len(nested) != 1:
        errors.append(f"corrigendum: {len(nested)} tables nested in a cell (want 1)")
    if DOCX is not None:
        d = DOCX.Document(path)
        inner = [t for tb in d.tables for row in tb.rows for c in row.cells for t in c.tables]
        if not inner or inner[0].cell(1, 1).text != f"10{NNB}200 ₡":
            errors.append("corrigendum: python-docx does not find the nested table")
        if any("10 200" in p.text.replace(NNB, " ") for p in d.paragraphs[-3:]):
            errors.append("corrigendum: the nested figures leak into the last paragraphs")
    for label, text, _ in doc_views[M.CORRIGENDUM]:
        if (
            "Conte en langue des signes" not in text
            or "En vigueur le 1er décembre 2026" not in text
        ):
            errors.append(f"corrigendum ({label}): the nested table or the header not in this view")


def check_html(errors: list[str]) -> None:
    page = _read(M.PORTAL)
    details = re.findall(r"<details(?: open)?>\s*<summary>[^<]+</summary>", page)
    if len(details) < 5 or page.count("<details") != len(details):
        errors.append(f"members' page: {len(details)} <details> with a <summary>")
    tpl = re.findall(r"<template[^>]*>(.*?)</template>", page, re.S)
    if len(tpl) != 1 or "₡7,250" not in tpl[0] or page.count("7,250") != 1:
        errors.append("members' page: the draft ₡7,250 is not only in one <template>")
    hidden = re.findall(r"<p hidden>(.*?)</p>", page, re.S)
    if len(hidden) != 1 or "₡450" not in hidden[0] or page.count("₡450") != 1:
        errors.append("members' page: the draft ₡450 is not only in one hidden element")
    ld = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    if len(ld) != 1:
        errors.append("members' page: no JSON-LD script")
    else:
        data = json.loads(ld[0])
        if data.get("@type") != "FAQPage" or "₡320" not in ld[0] or page.count("₡320") != 1:
            errors.append("members' page: the old ₡320 is not only in the JSON-LD")
        if data.get("dateModified", "9") >= "2026":
            errors.append("members' page: the JSON-LD is not older than the agreement")
    if "₡320" in html_text(page):
        errors.append("members' page: the tag-stripped view shows the JSON-LD")
    for tag in ("template", "hidden"):
        if "7,250" not in html_text(page) or "₡450" not in html_text(page):
            errors.append(f"members' page: the tag-stripped view lacks the {tag} draft")
            break
    menu = _read(M.MENU)
    if "<table>" not in menu or "<details" in menu:
        errors.append("café menu: not a plain page with tables")


def check_markdown(errors: list[str]) -> None:
    md = _read(M.BULLETIN)
    lines = md.splitlines()
    nested = [
        i
        for i in range(1, len(lines))
        if lines[i].startswith("  - ") and lines[i - 1].lstrip().startswith("- ")
    ]
    if len(nested) < 6:
        errors.append(f"bulletin: {len(nested)} nested list items (want 6+)")
    fences = [i for i, ln in enumerate(lines) if ln.startswith("```")]
    if len(fences) != 2:
        errors.append("bulletin: not one fenced code block")
    else:
        code = lines[fences[0] + 1 : fences[1]]
        m = re.fullmatch(
            r"RB +RAPPEL CL\. 4\.2, VISITES JUL-OCT 2026 +(\d+) VIS +CLN ([\d,]+) +CLN ([\d,]+)",
            code[0] if len(code) == 1 else "",
        )
        if not m or int(m.group(1)) * int(m.group(2).replace(",", "")) != int(
            m.group(3).replace(",", "")
        ):
            errors.append("bulletin: the fenced payroll line is missing or does not add up")
        if not lines[fences[0]].startswith("```text"):
            errors.append("bulletin: the fence has no info string")
    minutes = _read(M.MINUTES)
    head = "| Pour | Contre | Abstentions | Résultat |"
    tables = [
        ln for ln in minutes.splitlines() if re.match(r"\| [^|]+ \| \d+ \| \d+ \| \d+ \|", ln)
    ]
    present = re.search(r"Membres présents ou représentés : (\d+)", minutes)
    if minutes.count(head) != 2 or len(tables) != 3 or not present:
        errors.append("minutes: not two vote tables (for / against / abstentions) of 3 rows")
    for ln in tables:
        nums = [int(x) for x in re.findall(r"\| (\d+) ", ln)]
        if present and sum(nums) != int(present.group(1)):
            errors.append(f"minutes: the votes of {ln[:40]!r} do not add up to those present")
    if not re.search(r"La prochaine assemblée des membres aura lieu le jeudi 4 mars 2027", minutes):
        errors.append("minutes: the next meeting missing")


def check_text_docs(errors: list[str]) -> None:
    lines = make_notice.listing_text().splitlines()
    if any(len(ln) > make_notice.WIDTH for ln in lines):
        errors.append("listing: a line wider than the report")
    items = [ln for ln in lines if re.match(r"   [A-Z0-9]{2,3} {3,}", ln)]
    ends = {len(ln) for ln in items} | {
        len(ln) for ln in lines if "GROSS" in ln and "TOTAL" not in ln
    }
    if len(items) < 10 or len(ends) != 1:
        errors.append(f"listing: the amount column does not end at one place ({sorted(ends)})")
    total = 0
    for block in make_notice.listing_text().split("EMP ")[1:]:
        gross = 0
        for m in re.finditer(r"(\d+) [A-Z]{2,3} +CLN ([\d,]+) +CLN ([\d,]+)", block):
            units, rate, amount = (
                int(m.group(1)),
                int(m.group(2).replace(",", "")),
                int(m.group(3).replace(",", "")),
            )
            pct = re.search(
                r"(\d+)% (?:\(FROM|OF FEE)", block[: m.start()].splitlines()[-1] + m.group(0)
            )
            want = units * rate * int(pct.group(1)) // 100 if pct else units * rate
            if amount != want:
                errors.append(f"listing: {m.group(0)!r} does not add up")
            gross += amount
        g = re.search(r"GROSS +CLN ([\d,]+)", block)
        if not g or int(g.group(1).replace(",", "")) != gross:
            errors.append("listing: a gross does not add up")
        total += gross
    t = re.search(r"TOTAL GROSS +CLN ([\d,]+)", make_notice.listing_text())
    if not t or int(t.group(1).replace(",", "")) != total:
        errors.append("listing: the total does not add up")
    email = _read(M.EMAIL).splitlines()
    top = [ln for ln in email if not ln.startswith(">")]
    once = [ln for ln in email if ln.startswith("> ") and not ln.startswith("> >")]
    twice = [ln for ln in email if ln.startswith("> >")]
    if not once or not twice:
        errors.append("e-mail: no replies quoted with '>' and '> >'")
    if not any("₡2,100" in ln for ln in twice) or not any("₡2,600" in ln for ln in once):
        errors.append("e-mail: the old figure not quoted, or the first answer not quoted")
    if not any("₡3,900" in ln for ln in top) or not any(
        "₡2,100 was the figure" in ln for ln in top
    ):
        errors.append("e-mail: the newest message does not correct the quoted figures")
    notice = _raw(M.NOTICE)
    if not notice.startswith(b"\xff\xfe"):
        errors.append("notice: no UTF-16 LE byte order mark")
    text = notice.decode("utf-16")
    if text.count("\n") != text.count("\r\n") or "\r\n" not in text:
        errors.append("notice: not CRLF line ends throughout")
    try:
        notice.decode("utf-8")
        errors.append("notice: decodes as UTF-8 (want UTF-16 only)")
    except UnicodeDecodeError:
        pass
    if notice[2:].decode("utf-16-le") != text:
        errors.append("notice: not little-endian")
    for name in (M.LISTING, M.EMAIL, M.GIFT, M.BULLETIN, M.MINUTES, M.PORTAL, M.MENU):
        raw = _raw(name)
        if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw:
            errors.append(f"{name}: a BOM or CR line ends")


def check_distractors(doc_views: dict, errors: list[str]) -> None:
    for name in DISTRACTORS:
        for pattern in PARTIES:
            if any(re.search(pattern, _nfc(t)) for _, t, _ in doc_views[name]):
                errors.append(f"{name}: names a party ({pattern})")


def check_builds(errors: list[str], warnings: list[str]) -> None:
    for out, data in (
        (make_notice.LISTING_OUT, make_notice.listing_bytes()),
        (make_notice.EMAIL_OUT, make_notice.email_bytes()),
        (make_notice.NOTICE_OUT, make_notice.notice_bytes()),
        (make_notice.GIFT_OUT, make_notice.gift_bytes()),
    ):
        with open(out, "rb") as f:
            if f.read() != data:
                errors.append(f"{os.path.basename(out)}: not what make_notice.py writes; run it")
    builds = []
    if FPDF is not None:
        builds += [
            (make_pdf.AGREEMENT_OUT, make_pdf.build_agreement),
            (make_pdf.OLD_OUT, make_pdf.build_old),
        ]
    else:
        warnings.append("fpdf2 not importable: the PDFs' bytes not compared with make_pdf.py")
    if DOCX is not None:
        builds += [
            (make_docx.LETTER_OUT, make_docx.build_letter),
            (make_docx.CORRIGENDUM_OUT, make_docx.build_corrigendum),
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
            if '"eval/union-an/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-an/score.py not in ruff's extend-exclude")


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
        if name not in DOC_LANGUAGE:
            continue
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
