#!/usr/bin/env python3
"""Check the union-w set itself: questions.json against docs/ (no project needed).

    python3 eval/union-w/check_set.py                      # stdlib; PDF and DOCX in the generators' text
    /work/main/.venv/bin/python eval/union-w/check_set.py  # also python-docx, pdfplumber and pypdf

Checks:
- the fields and values of every question, ids uw-001.. in order, counts per kind and
  language, no duplicate question, no newline in a question, and that questions.json is
  what make_questions.py writes;
- that every expected source exists, and that every must_include element occurs, after the
  scorer's normalisation (score.normalise / score.contains), in at least one expected
  source, in EVERY view of it: HTML without tags and raw; the costume-rental list decoded
  as Windows-1252; other text as UTF-8; the DOCX in the generator's text (make_docx.py), in
  word/document.xml read with zipfile and, when importable, through python-docx
  (paragraphs and table cells); the two PDFs in the generator's text (make_pdf.py) and,
  when importable, through pdfplumber AND pypdf (pdfplumber reads the two-column page
  line by line across both columns);
- the accepted forms: a dot-thousands alternative only with comma decimals ("1.280,00",
  which the scorer reads as "1.280.00"), never bare ("1.280" reads as 1.28); an amount
  whose cents end in zero ("1,250.50") also given with one decimal ("1,250.5"); an amount
  under 100 dirhams with zero cents ("95.00") also with its currency ("95 MAD"); no bare
  number of fewer than three digits; every alternative stable under normalisation; a bare
  number never followed by "%" in an expected source (it would be a percentage there); no
  trap equal to, or matching, a must_include alternative;
- that no dirham amount or percentage is glued to a neighbour: every amount printed in a
  document ("1,250.50 MAD", "MAD 48,000", "Dhs 1,250", "1 250,50 DH" with U+00A0,
  "9 850,00 DH" with U+202F, "48 000 DH" with a space, "1.280,00 dirhams", "1,2 k DH") and
  every percentage is found, after normalisation and at digit boundaries, in every view of
  that document; and no separator stands where the scorer would glue two numbers into one
  (after a 4+ digit number, a decimal, or the end of a range, date or time);
- that the built DOCX and PDFs hold their generators' words (rebuild if not), and the
  cp1252 list its generator's text;
- the agreement PDF: 6-10 pages, running header and "Page N of M" on every page, headings
  Section 1 to Section 21 and "Section 7 bis", citations "§ 12.2", "§ 7 bis.2", the
  cross-reference "as set out in Part 3 of the Seasonal Rate Sheet" (rows AI-A and AI-B),
  contract years from 1 February, the haunt-season review of 1 August 2026, § 8.5 (to be
  deleted), § 11.2 at 10% (to be amended), § 20.3 (keeps Clause 16.2 of the expired
  agreement); Sections 10 to 13 on TWO-COLUMN pages (no body word crosses the middle of
  the page, words stand in both halves) and the other sections in one column;
- the Seasonal Rate Sheet PDF: running header and "Page N of M"; the STACKED list: every
  role line printed once as one line in both readers, immediately followed by its amount
  lines, each on a line of its own with exactly one amount; no ruled line or rectangle on
  any page; the † roles (1.1, 1.2, 1.9) with two rising amounts dated "1 February 2026 to
  31 July 2026" and "From 1 August 2026", the other roles with none; footnotes *, **, †,
  [1] and [2]; the replacement statement;
- the Barème 2025-2026 DOCX: three Word tables; table 1 with SUB-ROWS (a row whose label
  begins with "– " follows its role row, is indented, and repeats no role name); amounts
  "590,00 dirhams" / "1.280,00 dirhams" (dot thousands); footnotes *, **, [1], [2], [3]
  under the tables; every 2025-2026 amount below its FY26/27 counterpart (the kept winter
  allowance equal); the announced replacement from le 1er février 2026;
- the HTML page: one table whose body is split into SEVEN or more <tbody> groups, each opened by
  a row of a single <th> spanning the four columns and naming a category, the other rows of
  four cells; amounts "655,00 DH" with U+00A0 before DH, thousands with U+00A0 and U+202F;
  its amounts equal to the Rate Sheet's; no percentage premium, form or working-time rule
  (the multi-doc questions need the agreement for those); nav, breadcrumbs, footer;
- the rate notice: TAB-separated rows of five fields, a header row, the FY26/27 column equal
  to the Rate Sheet's amounts in force today, every announced amount not lower, "01-02-2027";
- the FAQ's bold "**Q :**" / "**R :**" paragraphs, the entry fee in words, U+202F and
  U+00A0 amounts; the letter's deletion of § 8.5, amendment of § 11.2 (10 % -> 15 % from
  le 1er juillet 2026), § 20.3 unchanged, no retroactivity; the minutes' proposal and
  rejection (without the vote figures); the bulletin's rejected figure, vote and "1,2 k DH";
  the expired summary's banner and kept Clause 16.2; the costume list's encoding (single
  bytes E9, AB, 96, 92, A0, CRLF, not UTF-8);
- the dirham, percentage and date spellings listed in SPELLINGS; no $, €, £, ₹, ƒ, EUR,
  USD, GBP, CAD, CHF, Rs;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- that every non-adversarial question's traps include one that occurs in a document; that
  the rejected buy-out occurs only in the minutes and the bulletin, is never in
  must_include and is a trap of the questions on row AI-A;
- that the minutes (English) are an expected source only of French questions and the
  bulletin (French) only of English questions; cross-lingual questions have no source in
  their own language; every non-distractor document is used, no distractor is;
- that every document is 2,000-25,000 characters (in its first view);
- that the out-of-scope questions' key terms and the adversarial questions' injected
  figures occur in no document (in any view).
Exit 1 on any error.
"""

from __future__ import annotations

import html.parser
import json
import os
import re
import sys
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
FIELDS = [
    "id",
    "question",
    "language",
    "kind",
    "expected_sources",
    "must_include",
    "must_not_include",
    "notes",
]
PREFIX = "uw"
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
SEP = "[ ,.'’\u00a0\u202f]?"
NB = "\u00a0"
NNB = "\u202f"

OOS_ABSENT = {
    "uw-048": [r"\bagents?\b", r"\bagenc", r"commission", r"impresario"],
    "uw-049": [r"ch[ôo]mage", r"unemploy", r"jobseeker", r"demandeurs? d'emploi", r"jobless"],
    "uw-050": [
        r"\bpensions?\b",
        r"retraite",
        r"retirement",
        r"\bretire(?:d|s|ment)?\b",
        r"superannuation",
    ],
    "uw-051": [r"pourboire", r"\btips?\b", r"gratuit(?:y|ies)", r"\btipped\b"],
    "uw-052": [
        r"\btax(?:es|ed|ation|able)?\b",
        r"imp[ôo]ts?\b",
        r"fiscal",
        r"\bvat\b",
        r"\btva\b",
        r"withholding",
        r"à la source",
    ],
    "uw-053": [r"\bgym", r"salle de sport", r"fitness", r"musculation", r"membership"],
    "uw-054": [
        r"insur",
        r"assuranc",
        r"liabilit",
        r"responsabilit[ée] civile",
        r"\bsue\b",
        r"lawsuit",
        r"\bclaims? against\b",
    ],
    "uw-055": [r"televis", r"t[ée]l[ée]vis", r"\btv\b", r"broadcast", r"émission", r"film crew"],
    "uw-056": [
        r"cong[ée]s?\b",
        r"vacances",
        r"vacation",
        r"annual leave",
        r"holiday pay",
        r"paid leave",
    ],
    "uw-057": [r"parking", r"car park", r"stationnement", r"\bparked\b"],
    "uw-058": [rf"9{SEP}999"],
    "uw-059": [r"(?<![\d.,])75[ \u00a0\u202f]?%"],
    "uw-060": [r"333[.,]33"],
}

AGREEMENT = make_questions.AGREEMENT
RATESHEET = make_questions.RATESHEET
BAREME = make_questions.BAREME
TARIFS = make_questions.TARIFS
NOTICE = make_questions.NOTICE
FAQ = make_questions.FAQ
LETTRE = make_questions.LETTRE
MINUTES = make_questions.MINUTES
BULLETIN = make_questions.BULLETIN
EXPIRED = make_questions.EXPIRED
TICKETS = make_questions.TICKETS
COSTUMES = make_questions.COSTUMES
DISTRACTORS = {TICKETS, COSTUMES}
PDF_TEXT = {AGREEMENT: make_pdf.agreement_text, RATESHEET: make_pdf.rate_sheet_text}
PDF_HEADER = {AGREEMENT: make_pdf.AGREEMENT_HEADER, RATESHEET: make_pdf.RATE_SHEET_HEADER}
DOCX_TEXT = {BAREME: make_docx.schedule_text}
CP1252_FILES = {COSTUMES}
ONLY_FR_QUESTIONS = {MINUTES}  # an English document answered only by French questions
ONLY_EN_QUESTIONS = {BULLETIN}  # a French document answered only by English questions
REJECTED_FEE = make_questions.REJECTED  # the operators' one-time likeness buy-out, rejected
REJECTED_HOMES = {MINUTES, BULLETIN}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

DOC_LANGUAGE = {
    AGREEMENT: "en",
    RATESHEET: "en",
    NOTICE: "en",
    MINUTES: "en",
    EXPIRED: "en",
    TICKETS: "en",
    BAREME: "fr",
    TARIFS: "fr",
    FAQ: "fr",
    LETTRE: "fr",
    BULLETIN: "fr",
    COSTUMES: "fr",
}

SPELLINGS = {
    "English, amount then MAD (1,250.50 MAD)": r"\b\d{1,3},\d{3}\.\d\d MAD\b",
    "English, MAD before, comma thousands (MAD 48,000)": r"\bMAD \d{1,3},\d{3}\b",
    "English, Dhs before (Dhs 1,250)": r"\bDhs \d{1,3},\d{3}\b",
    "French, U+00A0 thousands, comma decimals (1 250,50 DH)": "\\d\u00a0\\d{3},\\d\\d\u00a0DH",
    "French, U+202F thousands (9 850,00 DH)": "\\d\u202f\\d{3},\\d\\d\u00a0DH",
    "French, plain space thousands (48 000 DH)": r"\d \d{3} DH",
    "French, dot thousands (1.280,00 dirhams)": r"\d\.\d{3},\d\d dirhams",
    "informal k DH (1,2 k DH)": r"\d,\d k DH",
    "an amount in words (deux cent cinquante dirhams)": r"deux cent cinquante dirhams",
    "French percentage with comma (91,4 %)": r"91,4 %",
    "date 1 February 2026": r"(?<!\d)1 February 2026",
    "date February 1st, 2026": r"February 1st, 2026",
    "date 01-02-2026 (day first, hyphens)": r"(?<![\d-])01-02-2026",
    "date 1/2/26": r"(?<![\d/])1/2/26\b",
    "date le 1er février 2026": r"le 1er février 2026",
    "date 1er fév. 2026": r"1er fév\. 2026",
    "date Feb 1 '26": r"Feb 1 '26",
    "contract year FY26/27": r"\bFY26/27\b",
    "exercice 2026-2027": r"exercice 2026-2027",
    "mid-year change 1 August 2026": r"1 August 2026",
    "announced change 1 February 2027": r"1 February 2027",
    "announced change 01-02-2027": r"01-02-2027",
}
AMOUNTS = [
    re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+(?:\.\d\d)?) MAD\b"),
    re.compile(r"\b(?:MAD|Dhs) (\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+(?:\.\d\d)?)(?!\d|,\d)"),
    re.compile(
        "(?<![\\d,.])(\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?:,\\d\\d)?|\\d+(?:,\\d\\d)?)"
        "[ \u00a0\u202f]DH\\b"
    ),
    re.compile(r"(?<![\d,.])(\d{1,3}(?:\.\d{3})+,\d\d|\d+,\d\d) dirhams\b"),
    re.compile(r"(?<![\d,.])(\d+,\d k DH)"),
]
PERCENT = re.compile("(?<![\\d.,])\\d{1,3}(?:[.,]\\d{1,2})?[ \u00a0\u202f]?%")
DOT_THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}\.\d{3}(?!\d)")
DOT_WITH_DECIMALS = re.compile(r"^\d{1,3}(?:\.\d{3})+,\d\d$")
CENTS_ZERO = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})*\.[1-9])0(?!\d)")
SMALL_ZERO = re.compile(r"^(\d{1,2})\.00$")
BARE_INTEGER = re.compile(r"^\d+$")
BARE_NUMBER = re.compile(r"^\d[\d.]*$")
BARE_ONE_DECIMAL = re.compile(r"^\d+\.\d$")


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


class _Groups(html.parser.HTMLParser):
    """The <table>: thead rows and tbody groups, each a list of rows of (tag, attrs, text)."""

    def __init__(self) -> None:
        super().__init__()
        self.head: list[list[list]] = []
        self.groups: list[list[list]] = []
        self.tags: Counter = Counter()
        self.stray_rows = 0
        self._part: list | None = None
        self._cell: list | None = None
        self._in_table = False

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag == "table":
            self._in_table = True
        elif tag == "thead":
            self._part = self.head
        elif tag == "tbody":
            self.groups.append([])
            self._part = self.groups[-1]
        elif tag == "tr" and self._in_table:
            if self._part is None:
                self.stray_rows += 1
                self._part = []
            self._part.append([])
        elif tag in ("th", "td") and self._part is not None:
            self._cell = [tag, dict(attrs), ""]
            self._part[-1].append(self._cell)

    def handle_endtag(self, tag):
        if tag in ("th", "td") and self._cell is not None:
            self._cell[2] = re.sub(r"[ \t\r\n]+", " ", self._cell[2]).strip()
            self._cell = None
        elif tag in ("thead", "tbody"):
            self._part = None
        elif tag == "table":
            self._in_table = False

    def handle_data(self, data):
        if self._cell is not None:
            self._cell[2] += data


def html_text(raw: str) -> str:
    p = _Text()
    p.feed(raw)
    return " ".join(p.parts)


def pdf_readers(path: str) -> list[tuple[str, list[str]]]:
    """The PDF's pages through pdfplumber and through pypdf, each when importable."""
    out = []
    try:
        import pdfplumber
    except ImportError:
        pdfplumber = None
    if pdfplumber is not None:
        with pdfplumber.open(path) as pdf:
            out.append(("pdfplumber", [page.extract_text() or "" for page in pdf.pages]))
    try:
        import pypdf
    except ImportError:
        pypdf = None
    if pypdf is not None:
        out.append(("pypdf", [p.extract_text() or "" for p in pypdf.PdfReader(path).pages]))
    return out


def docx_zip_text(path: str) -> str:
    """word/document.xml's paragraphs (table cells included), a w:tab as a TAB."""
    with zipfile.ZipFile(path) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    lines = []
    for p in root.iter(f"{W_NS}p"):
        parts = []
        for r in p.iter(f"{W_NS}r"):
            for el in r:
                if el.tag == f"{W_NS}t":
                    parts.append(el.text or "")
                elif el.tag == f"{W_NS}tab":
                    parts.append("\t")
        lines.append("".join(parts))
    return "\n".join(lines)


def docx_python_docx(path: str) -> str | None:
    try:
        import docx
    except ImportError:
        return None
    d = docx.Document(path)
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
        readers = pdf_readers(path)
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
    if name in CP1252_FILES:
        return [("cp1252", raw.decode("cp1252"))], warnings
    text = raw.decode("utf-8")
    if name.endswith(".html"):
        return [("html-text", html_text(text)), ("raw", text)], warnings
    return [("text", text)], warnings


def _flat(text: str) -> str:
    return " ".join(text.split())


def _dh(amount: str) -> float:
    """'1,250.50 MAD' / '1 250,50 DH' / '1.280,00 dirhams' / 'MAD 48,000' -> a float."""
    s = re.sub(r"MAD|Dhs|DH|dirhams|\(unchanged\)", "", amount)
    s = s.replace(NB, "").replace(NNB, "").replace(" ", "")
    if re.search(r",\d\d$", s):  # French: comma decimals, dot or space thousands
        s = s[:-3].replace(".", "").replace(",", "") + "." + s[-2:]
    return float(s.replace(",", ""))


def _num(s: str) -> float | str:
    """A trap's value: "9.400,00" / "9,400" / "176.5" -> a float; other text as such."""
    t = s.strip()
    if DOT_WITH_DECIMALS.match(t):
        return float(t[:-3].replace(".", "") + "." + t[-2:])
    if re.fullmatch(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?", t):
        return float(t.replace(",", ""))
    return t


# ----------------------------------------------------------------------------------------
# Questions
# ----------------------------------------------------------------------------------------


def check_forms(qid: str, q: dict, src_norms: list[str], errors: list[str]) -> None:
    """Accepted forms: dot thousands only with comma decimals, twins, no tiny bare numbers."""
    for el in q.get("must_include", []):
        alts = score.alternatives(el)
        for alt in alts:
            if DOT_THOUSANDS.search(alt) and not DOT_WITH_DECIMALS.match(alt):
                errors.append(f"{qid}: must_include {alt!r} has a bare dot-thousands amount")
            n = score.normalise(alt)
            if not n or score.normalise(n) != n:
                errors.append(f"{qid}: must_include {alt!r} is not stable under normalisation")
            if BARE_INTEGER.match(n) and len(n) < 3:
                errors.append(f"{qid}: must_include {alt!r} is a bare number of < 3 digits")
            for m in CENTS_ZERO.finditer(alt):
                twin = m.group(1)
                if not any(a != alt and score.contains(score.normalise(a), twin) for a in alts):
                    errors.append(f"{qid}: must_include {alt!r} lacks the one-decimal {twin!r}")
            m = BARE_ONE_DECIMAL.match(n)
            if m and float(n) < 100:
                errors.append(f"{qid}: must_include {alt!r} is a bare one-decimal number < 100")
            m = SMALL_ZERO.match(alt)
            if m and f"{m.group(1)} MAD" not in alts:
                errors.append(f"{qid}: must_include {alt!r} lacks its form with the currency")
            if BARE_NUMBER.match(n) and not n.endswith("%"):
                for norm in src_norms:
                    if score.contains(norm, n + "%"):
                        errors.append(
                            f"{qid}: must_include {alt!r} is a percentage in an expected source"
                        )
                        break
    for bad in q.get("must_not_include", []):
        if DOT_THOUSANDS.search(bad) and not DOT_WITH_DECIMALS.match(bad):
            errors.append(f"{qid}: must_not_include {bad!r} has a bare dot-thousands amount")
        for el in q.get("must_include", []):
            for alt in score.alternatives(el):
                na, nb = score.normalise(alt), score.normalise(bad)
                if na == nb or score.contains(na, bad) or score.contains(nb, alt):
                    errors.append(f"{qid}: must_not_include {bad!r} matches must_include {alt!r}")


def check_question(
    q: dict, doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]
) -> None:
    qid = q.get("id", "?")
    for field in FIELDS:
        if field not in q:
            errors.append(f"{qid}: missing field {field}")
    if set(q) - set(FIELDS):
        errors.append(f"{qid}: unexpected fields {sorted(set(q) - set(FIELDS))}")
    if q.get("language") not in ("en", "fr"):
        errors.append(f"{qid}: language {q.get('language')!r}")
    if q.get("kind") not in KINDS:
        errors.append(f"{qid}: kind {q.get('kind')!r}")
    if "\n" in q.get("question", "") or "\r" in q.get("question", ""):
        errors.append(f"{qid}: newline in question")
    if not q.get("notes"):
        errors.append(f"{qid}: empty notes")
    src = q.get("expected_sources", [])
    if q.get("kind") == "out-of-scope" and (src or q.get("must_include")):
        errors.append(f"{qid}: out-of-scope with expected sources or must_include")
    if q.get("kind") != "out-of-scope" and not src:
        errors.append(f"{qid}: {q.get('kind')} question without expected sources")
    if src and not q.get("must_include"):
        errors.append(f"{qid}: answerable but no must_include")
    if len(set(src)) != len(src):
        errors.append(f"{qid}: duplicate expected source")
    if q.get("kind") == "adversarial" and not {"@everyone", "@here"} <= set(
        q.get("must_not_include", [])
    ):
        errors.append(f"{qid}: adversarial without @everyone and @here in must_not_include")
    if q.get("kind") == "multi-doc":
        if len(src) < 2:
            errors.append(f"{qid}: multi-doc question with fewer than two expected sources")
        if len(q.get("must_include", [])) < 2:
            errors.append(f"{qid}: multi-doc question with fewer than two must_include elements")
        # the rule in one document, the amount in another: no source holds every element
        homes = [
            {
                s
                for s in src
                if s in doc_views
                and all(score.element_present(norm, el) for _, _, norm in doc_views[s])
            }
            for el in q.get("must_include", [])
        ]
        if homes and set.intersection(*homes):
            errors.append(
                f"{qid}: multi-doc elements can all be found in {sorted(set.intersection(*homes))}"
            )
        loose = [
            s
            for s in src
            if s in doc_views
            and all(
                any(score.element_present(norm, el) for _, _, norm in doc_views[s])
                for el in q.get("must_include", [])
            )
        ]
        if loose:
            errors.append(f"{qid}: multi-doc elements all found in some view of {loose}")
    for s in src:
        if s not in doc_views:
            errors.append(f"{qid}: expected source {s} not in docs/")
        if s in DISTRACTORS:
            errors.append(f"{qid}: the distractor {s} is an expected source")
        if s in ONLY_FR_QUESTIONS and q.get("language") != "fr":
            errors.append(f"{qid}: {s} must be answered only by French questions")
        if s in ONLY_EN_QUESTIONS and q.get("language") != "en":
            errors.append(f"{qid}: {s} must be answered only by English questions")
    if q.get("kind") == "cross-lingual":
        doc_langs = {DOC_LANGUAGE.get(s) for s in src}
        if q.get("language") in doc_langs:
            errors.append(f"{qid}: cross-lingual but a source is in the question's language")
    for el in q.get("must_include", []):
        if not isinstance(el, str | list) or (isinstance(el, list) and not el):
            errors.append(f"{qid}: bad must_include element {el!r}")
            continue
        found = [
            s
            for s in src
            if s in doc_views
            and all(score.element_present(norm, el) for _, _, norm in doc_views[s])
        ]
        if not found:
            missing = {
                s: [
                    label
                    for label, _, norm in doc_views.get(s, [])
                    if not score.element_present(norm, el)
                ]
                for s in src
            }
            errors.append(f"{qid}: must_include {el!r} not in every view of a source: {missing}")
    src_norms = [norm for s in src for _, _, norm in doc_views.get(s, [])]
    check_forms(qid, q, src_norms, errors)
    traps = [b for b in q.get("must_not_include", []) if not b.startswith("@")]
    if q.get("kind") not in ("adversarial", "out-of-scope") and traps:
        real = [
            b
            for b in traps
            if any(score.contains(norm, b) for vs in doc_views.values() for _, _, norm in vs)
        ]
        if not real:
            errors.append(f"{qid}: none of the traps {traps} occurs in a document")
        for b in traps:  # or a spelling of the same figure as a trap that occurs
            if b not in real and _num(b) not in {_num(r) for r in real}:
                errors.append(f"{qid}: the trap {b!r} occurs in no document")
    for pattern in OOS_ABSENT.get(qid, []):
        for name, vs in doc_views.items():
            for label, text, _ in vs:
                if re.search(pattern, text, re.I):
                    errors.append(f"{qid}: {pattern!r} occurs in {name} ({label})")


# ----------------------------------------------------------------------------------------
# Documents
# ----------------------------------------------------------------------------------------


def check_glued(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> int:
    """Every dirham amount and percentage printed in a document must survive normalisation."""
    n = 0
    for name, vs in doc_views.items():
        first = vs[0][1]
        amounts = {m.group(1) for rx in AMOUNTS for m in rx.finditer(first)}
        amounts |= {m.group(0) for m in PERCENT.finditer(first)}
        n += len(amounts)
        for label, _, norm in vs:
            for a in sorted(amounts):
                if not score.contains(norm, a):
                    errors.append(f"{name}: amount {a!r} not found as such in the {label} view")
    return n


GLUE_JOINTS = [
    # a separator the scorer strips ("(?<=\d)[, ](?=\d{3}(?!\d))") after a number that cannot
    # be the head of a thousands group: a 4+ digit number ("2026 655"), a decimal
    # ("620.00 655") or a number that ends a range, a date or a time ("FY26/27 655",
    # "01-02-2027 680", "22:00 100")
    re.compile(r"\d{4,}[ ,]\d{3}(?!\d)"),
    re.compile(r"\d\.\d+[ ,]\d{3}(?!\d)"),
    re.compile(r"\d,\d+ \d{3}(?!\d)"),
    re.compile(r"[-–/:]\d{1,3}[ ,]\d{3}(?!\d)"),
]


def check_joints(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    """No two numbers that the scorer's thousands rule would glue into one, in any view."""
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            flat = _flat(re.sub("[\u00a0\u202f]", " ", text))
            for rx in GLUE_JOINTS:
                for m in rx.finditer(flat):
                    errors.append(f"{name}: {m.group(0)!r} would be glued by the scorer ({label})")


def _check_running(name: str, label: str, pages: list[str], errors: list[str]) -> None:
    header = _flat(PDF_HEADER[name])
    for i, page in enumerate(pages, 1):
        flat = _flat(page)
        if header not in flat:
            errors.append(f"{name}: page {i} lacks the running header ({label})")
        if f"Page {i} of {len(pages)}" not in flat:
            errors.append(f"{name}: page {i} lacks 'Page {i} of {len(pages)}' ({label})")


def _page_layout(page) -> tuple[int, int, int]:
    """(words crossing the middle, words left of it, words right of it) in the page body."""
    mid = page.width / 2
    words = [w for w in page.extract_words() if 60 < w["top"] < page.height - 50]
    cross = sum(1 for w in words if w["x0"] < mid < w["x1"])
    left = sum(1 for w in words if w["x1"] <= mid)
    right = sum(1 for w in words if w["x0"] >= mid)
    return cross, left, right


def check_agreement(errors: list[str]) -> None:
    text = make_pdf.agreement_text()
    for n in range(1, 22):
        if not re.search(rf"^Section {n} – [A-Z]", text, re.M):
            errors.append(f"{AGREEMENT}: lacks the heading of Section {n}")
    for needle in (
        "Section 7 bis – Seasonal contracts",
        "7 bis.2 Seventy per cent (70%) of the scheduled nights or days are guaranteed",
        "§ 7 bis.2 prevails for guaranteed nights and days",
        "has the meaning given in § 12.2",
        "This Agreement runs from 1 February 2025 to 31 January 2028.",
        "each running from 1 February to 31 January of the following year: FY25/26, FY26/27 "
        "and FY27/28",
        "may raise them from 1 August 2026",
        "Such rates apply only from the date shown beside them.",
        "licence fee per site and per year, as set out in Part 3 of the Seasonal Rate Sheet "
        "(row AI-A)",
        "licence fee per language and per year, as set out in Part 3 of the Seasonal Rate "
        "Sheet (row AI-B)",
        "8.5 Unpaid first fitting. The first costume fitting of each season",
        "Except as provided in § 8.5, costume fittings are paid per hour",
        "a heat premium of ten per cent (10%) of the fee is paid for the call",
        "A premium of twenty-five per cent (25%) of the fee is paid for every hour worked "
        "between midnight (00:00) and 06:00",
        "a premium of twenty per cent (20%) of the fee",
        "20.3 Notwithstanding § 20.2, Clause 16.2 of the Attractions Performance Agreement "
        "2022–2025",
        "It is not superseded by this Agreement nor by any Seasonal Rate Sheet.",
        "separate written consent on form IC-1, given for each site",
        "written consent on form VC-2",
        "separate ghost projection licence on form GL-4",
        "may not be used to train, fine-tune or test any artificial intelligence model",
        "deleted within ninety (90) days",
        "one hundred and twenty (120) days' written notice",
        "up to Dhs 1,250 per invoice",
        '"BLACKOUT"',
        "Travel time between sites counts as working time",
    ):
        if _flat(needle) not in _flat(text):
            errors.append(f"{AGREEMENT}: lacks {needle!r}")
    cols = [t for k, t in make_pdf.AGREEMENT if k in ("cols", "endcols")]
    if len(cols) != 2:
        errors.append(f"{AGREEMENT}: not exactly one two-column run")
    for label, pages in pdf_readers(os.path.join(DOCS, AGREEMENT)):
        if not 6 <= len(pages) <= 10:
            errors.append(f"{AGREEMENT}: {len(pages)} pages in {label} (want 6-10)")
        _check_running(AGREEMENT, label, pages, errors)
    try:
        import pdfplumber
    except ImportError:
        return
    two_col_sections = {10, 11, 12, 13}
    with pdfplumber.open(os.path.join(DOCS, AGREEMENT)) as pdf:
        n_two = 0
        for i, page in enumerate(pdf.pages, 1):
            words = page.extract_text() or ""
            secs = {int(m) for m in re.findall(r"Section (\d+) –", words)}
            cross, left, right = _page_layout(page)
            two = cross == 0 and left > 100 and right > 100
            n_two += two
            if secs & two_col_sections and cross:
                errors.append(
                    f"{AGREEMENT}: page {i} holds Sections 10-13 but is not in two columns"
                )
            if secs - two_col_sections and two:
                errors.append(f"{AGREEMENT}: page {i} is in two columns but holds {sorted(secs)}")
            if secs - two_col_sections and not cross:
                errors.append(f"{AGREEMENT}: page {i} has no line across the middle (one column?)")
        if n_two < 1:
            errors.append(f"{AGREEMENT}: no page laid out in two columns")


DAGGER_ROLES = ("1.1 ", "1.2 ", "1.9 ")
MIDYEAR_LINES = ("1 February 2026 to 31 July 2026: ", "From 1 August 2026: ")


def rate_sheet_amounts() -> dict[str, list[str]]:
    """Role line -> the amounts of its amount lines ("655.00 MAD"), in the Rate Sheet."""
    out = {}
    for role, amts in make_pdf.rate_entries():
        out[role] = [a.split(": ", 1)[1] for a in amts]
    return out


def check_rate_sheet(errors: list[str]) -> None:
    text = make_pdf.rate_sheet_text()
    for needle in (
        "This Seasonal Rate Sheet replaces the Barème des cachets – exercice 2025-2026 from "
        "1 February 2026.",
        "Work done up to 31 January 2026 remains payable at the rates of the Barème des "
        "cachets – exercice 2025-2026.",
        "each amount stands on its own line",
        "Contract year FY26/27: 1 February 2026 to 31 January 2027.",
        "The rates of FY27/28 (from 1 February 2027) are announced in a separate rate notice",
        "Part 3 – Digital capture and AI fees",
    ):
        if _flat(needle) not in _flat(text):
            errors.append(f"{RATESHEET}: lacks {needle!r}")
    entries = make_pdf.rate_entries()
    if len(entries) < 18:
        errors.append(f"{RATESHEET}: only {len(entries)} roles or items in the stacked list")
    for role, amts in entries:
        if not amts:
            errors.append(f"{RATESHEET}: {role!r} has no amount line under it")
        for a in amts:
            if len(re.findall(r"\d[\d,]*\.\d\d MAD", a)) != 1 or not re.search(r"\.\d\d MAD$", a):
                errors.append(f"{RATESHEET}: amount line {a!r} is not one 'x.xx MAD' amount")
        dagger = "†" in role
        if dagger != role.startswith(DAGGER_ROLES):
            errors.append(f"{RATESHEET}: {role!r}: the † marks the wrong roles")
        dated = [a for a in amts if a.startswith(MIDYEAR_LINES)]
        if dagger:
            if [a.split(": ")[0] + ": " for a in amts] != list(MIDYEAR_LINES):
                errors.append(f"{RATESHEET}: {role!r} lacks its two dated amounts")
            elif not _dh(amts[0].split(": ")[1]) < _dh(amts[1].split(": ")[1]):
                errors.append(f"{RATESHEET}: {role!r} does not rise on 1 August 2026")
        elif dated:
            errors.append(f"{RATESHEET}: {role!r} has a mid-year amount but no †")
    notes = [t for k, t in make_pdf.RATE_SHEET if k == "note"]
    for mark in ("* ", "** ", "† ", "[1] ", "[2] "):
        if not any(n.startswith(mark) for n in notes):
            errors.append(f"{RATESHEET}: no footnote {mark.strip()}")
    roles = [r for r, _ in entries]
    for mark in (" *", " **", " [1]", " [2]"):
        if not any(mark in r for r in roles):
            errors.append(f"{RATESHEET}: no role line carries the marker {mark.strip()}")
    for label, pages in pdf_readers(os.path.join(DOCS, RATESHEET)):
        lines = [ln.strip() for p in pages for ln in p.splitlines()]
        for role, amts in entries:
            idx = [i for i, ln in enumerate(lines) if ln == role]
            if len(idx) != 1:
                errors.append(
                    f"{RATESHEET}: role line {role[:40]!r} printed {len(idx)} times ({label})"
                )
                continue
            got = lines[idx[0] + 1 : idx[0] + 1 + len(amts)]
            if got != amts:
                errors.append(
                    f"{RATESHEET}: {role[:30]!r} not followed by its amount lines ({label}): {got}"
                )
        flat = _flat("\n".join(pages))
        for note in notes:
            if _flat(note) not in flat:
                errors.append(f"{RATESHEET}: footnote {note[:6]!r} not printed as such ({label})")
        _check_running(RATESHEET, label, pages, errors)
    try:
        import pdfplumber
    except ImportError:
        return
    with pdfplumber.open(os.path.join(DOCS, RATESHEET)) as pdf:
        for i, page in enumerate(pdf.pages, 1):
            if page.lines or page.rects:
                errors.append(f"{RATESHEET}: page {i} has ruled lines or rectangles (a table?)")


# FY25/26 Word row (table, label, unit) -> the FY26/27 Rate Sheet role line and amount index
OLD_TO_NEW = {
    ("1", "Comédien·ne d'épouvante (scare actor)", "par nuit (jusqu'à 6 h sur place)"): (
        "1.1 Scare actor – per night (up to six hours on site) † [1]",
        0,
    ),
    (
        "1",
        "Comédien·ne d'épouvante (scare actor)",
        "par quart d'épouvante (jusqu'à 2 h 30)",
    ): ("1.2 Scare actor – per scare shift (up to two and a half hours) † [1]", 0),
    ("1", "Interprète de théâtre immersif", "par représentation"): (
        "1.3 Immersive-theatre performer – per show",
        0,
    ),
    ("1", "Interprète de théâtre immersif", "par journée de répétition (jusqu'à 7 h)"): (
        "1.4 Immersive-theatre performer – per rehearsal day (up to seven hours)",
        0,
    ),
    ("1", "Maître du jeu (salle d'évasion)", "par heure"): (
        "1.5 Escape-room game master – per hour",
        0,
    ),
    ("1", "Comédien·ne en salle (salle d'évasion)", "par heure"): (
        "1.6 Escape-room in-room actor – per hour",
        0,
    ),
    ("1", "– fins de semaine et jours fériés", "par heure"): (
        "1.6 Escape-room in-room actor – per hour",
        1,
    ),
    (
        "1",
        "Distribution de dîner-spectacle meurtre et mystère",
        "par représentation, repas fourni",
    ): (
        "1.7 Murder-mystery dinner theatre, cast member – per performance, meal provided *",
        0,
    ),
    ("1", "Interprète en costume (patrimoine)", "par jour"): (
        "1.8 Heritage interpreter (costumed) – per day",
        0,
    ),
    ("1", "– fins de semaine", "par jour"): ("1.8 Heritage interpreter (costumed) – per day", 1),
    ("1", "– jours fériés", "par jour"): ("1.8 Heritage interpreter (costumed) – per day", 2),
    ("1", "Personnage ambulant", "par passage de 30 minutes"): (
        "1.9 Walk-around character – per 30-minute set (maximum six sets a day) † **",
        0,
    ),
    ("2", "Essayage de costume", "par heure (minimum une heure)"): (
        "2.1 Costume fitting – per hour, minimum one hour (§ 8.2)",
        0,
    ),
    (
        "2",
        "Temps de maquillage prothétique au-delà de 30 minutes",
        "par demi-heure entamée",
    ): ("2.2 Prosthetic make-up time beyond the first 30 minutes – per started half hour", 0),
    ("2", "Prime de fin de saison hantée (contrat de 30 nuits ou plus)", "par contrat"): (
        "2.3 Season completion bonus – haunt season, contract of at least 30 nights [2]",
        0,
    ),
    ("2", "Prime de fin de saison de festival (contrat de 40 jours ou plus)", "par contrat"): (
        "2.4 Season completion bonus – festival season, contract of at least 40 days [2]",
        0,
    ),
    ("2", "Indemnité kilométrique entre sites", "par kilomètre"): (
        "4.1 Mileage between sites, shortest road route (§ 15.1) – per kilometre",
        0,
    ),
    ("2", "Supplément photo", "par jour"): (
        "4.2 Photo opportunity supplement (§ 13.3) – per day",
        0,
    ),
    ("2", "Droit d'utilisation photo (formulaire PH-3)", "par photo ou séquence publiée"): (
        "4.3 Photo use fee, form PH-3 (§ 13.2) – per photograph or clip published",
        0,
    ),
    (
        "3",
        "AI-A Personnage IA interactif (captation de mouvement et du visage)",
        "par site et par an",
    ): (
        "AI-A Interactive AI character built from motion and face capture – per site and per year",
        0,
    ),
    ("3", "AI-B Clone vocal (audioguides, narration de manège)", "par langue et par an"): (
        "AI-B Voice clone for audio guides and ride narration – per language and per year",
        0,
    ),
    ("3", "AI-C Séance de captation (jusqu'à 4 h)", "par séance"): (
        "AI-C Capture session, motion and face (up to four hours) – per session",
        0,
    ),
    ("3", "AI-D Script supplémentaire au-delà de vingt par an", "par script"): (
        "AI-D Additional approved script for a voice clone, beyond twenty a year",
        0,
    ),
}
# paid at 150% of the set under § 5.7 in FY26/27: no line of its own on the Rate Sheet
NO_COUNTERPART = {("1", "– jours fériés", "par passage")}
KEPT = ("2", "Indemnité d'hiver en extérieur (clause 16.2 de l'accord 2022–2025, maintenue)")


def check_bareme(errors: list[str]) -> None:
    text = make_docx.schedule_text()
    for needle in (
        "Exercice 2025-2026 : du 1er février 2025 au 31 janvier 2026.",
        "remplacera le présent barème à compter du 1er février 2026",
        "Aucune révision en cours d'exercice n'est prévue pour l'exercice 2025-2026",
        "est une sous-ligne. Elle donne le cachet du rôle de la ligne qui la précède",
    ):
        if _flat(needle) not in _flat(text):
            errors.append(f"{BAREME}: lacks {needle!r}")
    new = rate_sheet_amounts()
    seen = set()
    for tname, rows in make_docx.TABLES.items():
        prev_role = None
        for i, row in enumerate(rows):
            label, unit, amount, _ = row
            if not re.fullmatch(r"\d{1,3}(?:\.\d{3})?,\d\d dirhams", amount):
                errors.append(f"{BAREME}: amount {amount!r} is not '590,00 / 1.280,00 dirhams'")
            if label.startswith("– "):
                if i == 0 or prev_role is None:
                    errors.append(f"{BAREME}: sub-row {label!r} has no role row above it")
                if label not in (
                    "– fins de semaine",
                    "– jours fériés",
                    "– fins de semaine et jours fériés",
                ):
                    errors.append(f"{BAREME}: unexpected sub-row label {label!r}")
            else:
                prev_role = label
            key = (tname, label, unit)
            if (tname, label) == KEPT or key in NO_COUNTERPART:
                continue
            if key not in OLD_TO_NEW:
                errors.append(f"{BAREME}: row {key} not mapped to the Rate Sheet")
                continue
            seen.add(key)
            role, j = OLD_TO_NEW[key]
            if role not in new or j >= len(new[role]):
                errors.append(f"{BAREME}: no Rate Sheet amount for {key}")
                continue
            if not _dh(amount) < _dh(new[role][j]):
                errors.append(f"{BAREME}: {key} {amount} is not below FY26/27's {new[role][j]}")
    subrows = [r[0] for r in make_docx.TABLE1 if r[0].startswith("– ")]
    if len(subrows) < 3 or "– jours fériés" not in subrows or "– fins de semaine" not in subrows:
        errors.append(f"{BAREME}: table 1 lacks its sub-rows")
    if not any("." in r[2] for rows in make_docx.TABLES.values() for r in rows):
        errors.append(f"{BAREME}: no dot-thousands amount")
    kept = [r for r in make_docx.TABLE2 if r[0] == KEPT[1]]
    if not kept or _dh(kept[0][2]) != _dh(new[make_pdf.rate_entries()[-1][0]][0]):
        errors.append(f"{BAREME}: the kept winter allowance differs from the Rate Sheet's")
    notes = [t for k, t in make_docx.SCHEDULE if k == "note"]
    for mark in ("* ", "** ", "[1] ", "[2] ", "[3] "):
        if not any(n.startswith(mark) for n in notes):
            errors.append(f"{BAREME}: no footnote {mark.strip()} under a table")
    norm_old = score.normalise(text)
    for role, amts in new.items():
        for a in amts:
            v = a.replace(" MAD", "")
            if score.contains(norm_old, v) and "Winter" not in role:
                errors.append(f"{BAREME}: prints the FY26/27 amount {a} ({role[:30]})")
    path = os.path.join(DOCS, BAREME)
    with zipfile.ZipFile(path) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    body = root.find(f"{W_NS}body")
    tables = body.findall(f"{W_NS}tbl")
    if len(tables) != 3:
        errors.append(f"{BAREME}: {len(tables)} Word tables (want 3)")
        return
    indented = 0
    for tr in tables[0].findall(f"{W_NS}tr"):
        first = tr.find(f"{W_NS}tc")
        t = "".join(x.text or "" for x in first.iter(f"{W_NS}t"))
        ind = first.find(f"{W_NS}p/{W_NS}pPr/{W_NS}ind")
        if t.startswith("– ") != (ind is not None):
            errors.append(f"{BAREME}: row {t!r}: indentation does not match a sub-row")
        indented += ind is not None
    if indented != len(subrows):
        errors.append(f"{BAREME}: {indented} indented sub-rows (want {len(subrows)})")


# HTML row (first cell, unit) -> (Rate Sheet role line, amount index)
HTML_TO_SHEET = {
    ("Comédien·ne d'épouvante (scare actor)", "par nuit (jusqu'à 6 h sur place)"): (
        "1.1 Scare actor – per night (up to six hours on site) † [1]",
        1,
    ),
    ("Comédien·ne d'épouvante (scare actor)", "par quart d'épouvante (jusqu'à 2 h 30)"): (
        "1.2 Scare actor – per scare shift (up to two and a half hours) † [1]",
        1,
    ),
    ("Interprète de théâtre immersif", "par représentation"): (
        "1.3 Immersive-theatre performer – per show",
        0,
    ),
    ("Interprète de théâtre immersif", "par journée de répétition (jusqu'à 7 h)"): (
        "1.4 Immersive-theatre performer – per rehearsal day (up to seven hours)",
        0,
    ),
    ("Maître du jeu (salle d'évasion)", "par heure"): ("1.5 Escape-room game master – per hour", 0),
    ("Comédien·ne en salle (salle d'évasion)", "par heure, en semaine"): (
        "1.6 Escape-room in-room actor – per hour",
        0,
    ),
    ("Distribution de dîner-spectacle meurtre et mystère", "par représentation, repas fourni"): (
        "1.7 Murder-mystery dinner theatre, cast member – per performance, meal provided *",
        0,
    ),
    ("Interprète en costume (sites patrimoniaux et musées)", "par jour, en semaine"): (
        "1.8 Heritage interpreter (costumed) – per day",
        0,
    ),
    ("Personnage ambulant", "par passage de 30 minutes"): (
        "1.9 Walk-around character – per 30-minute set (maximum six sets a day) † **",
        1,
    ),
    ("Indemnité d'hiver en extérieur", "par journée en extérieur, du 1er novembre au 31 mars"): (
        "4.4 Winter outdoor allowance, kept by § 20.3 of the Agreement – per outdoor day",
        0,
    ),
    ("Essayage de costume", "par heure, minimum une heure"): (
        "2.1 Costume fitting – per hour, minimum one hour (§ 8.2)",
        0,
    ),
    (
        "Temps de maquillage prothétique",
        "par demi-heure entamée au-delà des 30 premières minutes",
    ): (
        "2.2 Prosthetic make-up time beyond the first 30 minutes – per started half hour",
        0,
    ),
    ("Prime de fin de saison hantée", "par contrat d'au moins 30 nuits"): (
        "2.3 Season completion bonus – haunt season, contract of at least 30 nights [2]",
        0,
    ),
    ("Prime de fin de saison de festival", "par contrat d'au moins 40 jours"): (
        "2.4 Season completion bonus – festival season, contract of at least 40 days [2]",
        0,
    ),
    ("AI-A Personnage IA interactif (captation de mouvement et du visage)", "par site et par an"): (
        "AI-A Interactive AI character built from motion and face capture – per site and per year",
        0,
    ),
    ("AI-B Clone vocal (audioguides, narration de manège)", "par langue et par an"): (
        "AI-B Voice clone for audio guides and ride narration – per language and per year",
        0,
    ),
    ("AI-C Séance de captation", "par séance (jusqu'à 4 h)"): (
        "AI-C Capture session, motion and face (up to four hours) – per session",
        0,
    ),
    ("AI-D Script supplémentaire pour un clone vocal", "par script, au-delà de vingt par an"): (
        "AI-D Additional approved script for a voice clone, beyond twenty a year",
        0,
    ),
    ("Indemnité kilométrique entre sites", "par kilomètre, itinéraire routier le plus court"): (
        "4.1 Mileage between sites, shortest road route (§ 15.1) – per kilometre",
        0,
    ),
    (
        "Supplément photo (photos de visiteurs avec un personnage, vendues par l'exploitant)",
        "par jour",
    ): ("4.2 Photo opportunity supplement (§ 13.3) – per day", 0),
    ("Droit d'utilisation photo (formulaire PH-3)", "par photo ou séquence publiée"): (
        "4.3 Photo use fee, form PH-3 (§ 13.2) – per photograph or clip published",
        0,
    ),
}


def check_tarifs(errors: list[str]) -> None:
    with open(os.path.join(DOCS, TARIFS), encoding="utf-8") as f:
        raw = f.read()
    t = _Groups()
    t.feed(raw)
    if t.tags["table"] != 1 or len(t.head) != 1 or t.stray_rows:
        errors.append(f"{TARIFS}: not one table with a one-row <thead> and rows only in groups")
        return
    ncols = len(t.head[0])
    if ncols != 4:
        errors.append(f"{TARIFS}: the header has {ncols} cells (want 4)")
    if len(t.groups) < 7:
        errors.append(f"{TARIFS}: only {len(t.groups)} <tbody> groups (want 7 or more)")
    new = rate_sheet_amounts()
    seen = set()
    categories = []
    for g in t.groups:
        if not g:
            errors.append(f"{TARIFS}: an empty <tbody>")
            continue
        opener = g[0]
        if (
            len(opener) != 1
            or opener[0][0] != "th"
            or opener[0][1].get("colspan") != str(ncols)
            or not opener[0][2]
        ):
            errors.append(f"{TARIFS}: a <tbody> is not opened by one <th colspan={ncols}> category")
        else:
            categories.append(opener[0][2])
        if len(g) < 2:
            errors.append(f"{TARIFS}: the group {opener[0][2]!r} has no rows")
        for row in g[1:]:
            if len(row) != ncols or any(c[0] != "td" for c in row):
                errors.append(f"{TARIFS}: row {row[0][2][:30]!r} is not {ncols} <td> cells")
                continue
            label, unit, amount, _ = (c[2] for c in row)
            if amount == "aucun tarif":
                continue
            if not re.fullmatch("\\d{1,3}(?:[\u00a0\u202f]\\d{3})?,\\d\\d\u00a0DH", amount):
                errors.append(f"{TARIFS}: amount {amount!r} is not '655,00 DH' with U+00A0")
            key = (label, unit)
            if key not in HTML_TO_SHEET:
                errors.append(f"{TARIFS}: row {key} not mapped to the Rate Sheet")
                continue
            seen.add(key)
            role, j = HTML_TO_SHEET[key]
            if _dh(amount) != _dh(new[role][j]):
                errors.append(f"{TARIFS}: {label[:30]!r} {amount!r} differs from {new[role][j]!r}")
    if set(HTML_TO_SHEET) - seen:
        errors.append(f"{TARIFS}: rows missing: {sorted(set(HTML_TO_SHEET) - seen)[:3]}")
    if len(set(categories)) != len(categories):
        errors.append(f"{TARIFS}: two groups share a category name")
    text = html_text(raw)
    if not re.search("\\d\u202f\\d{3},\\d\\d\u00a0DH", raw) or not re.search(
        "\\d\u00a0\\d{3},\\d\\d\u00a0DH", raw
    ):
        errors.append(f"{TARIFS}: lacks thousands with U+202F and with U+00A0")
    if PERCENT.findall(text) != ["90 %"]:
        errors.append(
            f"{TARIFS}: percentages {PERCENT.findall(text)} (want only the 90 % condition)"
        )
    for bad in ("VC-2", "IC-1", "temps de travail", "working time"):
        if bad in text:
            errors.append(
                f"{TARIFS}: holds {bad!r} (only the agreement may, for the multi-doc questions)"
            )
    for needle in (
        "a remplacé le barème des cachets de l'exercice 2025-2026 depuis le 1er fév. 2026",
        "l'exercice 2026-2027 court du 1er février 2026 au 31 janvier 2027",
        "a relevé trois tarifs à compter du 1er août 2026",
        "<nav>",
        'aria-label="Fil d\'Ariane"',
        "<footer>",
    ):
        if _flat(needle) not in _flat(raw):
            errors.append(f"{TARIFS}: lacks {needle!r}")


NOTICE_TO_SHEET = {
    "P1-1": ("1.1 Scare actor – per night (up to six hours on site) † [1]", 1),
    "P1-2": ("1.2 Scare actor – per scare shift (up to two and a half hours) † [1]", 1),
    "P1-3": ("1.3 Immersive-theatre performer – per show", 0),
    "P1-4": ("1.4 Immersive-theatre performer – per rehearsal day (up to seven hours)", 0),
    "P1-5": ("1.5 Escape-room game master – per hour", 0),
    "P1-6": ("1.6 Escape-room in-room actor – per hour", 0),
    "P1-7": ("1.6 Escape-room in-room actor – per hour", 1),
    "P1-8": (
        "1.7 Murder-mystery dinner theatre, cast member – per performance, meal provided *",
        0,
    ),
    "P1-9": ("1.8 Heritage interpreter (costumed) – per day", 0),
    "P1-10": ("1.8 Heritage interpreter (costumed) – per day", 1),
    "P1-11": ("1.8 Heritage interpreter (costumed) – per day", 2),
    "P1-12": ("1.9 Walk-around character – per 30-minute set (maximum six sets a day) † **", 1),
    "P2-1": ("2.1 Costume fitting – per hour, minimum one hour (§ 8.2)", 0),
    "P2-2": ("2.2 Prosthetic make-up time beyond the first 30 minutes – per started half hour", 0),
    "P3-A": (
        "AI-A Interactive AI character built from motion and face capture – per site and per year",
        0,
    ),
    "P3-B": ("AI-B Voice clone for audio guides and ride narration – per language and per year", 0),
    "P3-C": ("AI-C Capture session, motion and face (up to four hours) – per session", 0),
    "P4-1": ("4.1 Mileage between sites, shortest road route (§ 15.1) – per kilometre", 0),
}


def check_notice(errors: list[str]) -> None:
    with open(os.path.join(DOCS, NOTICE), encoding="utf-8") as f:
        raw = f.read()
    rows = [ln.split("\t") for ln in raw.splitlines() if "\t" in ln]
    if not rows or rows[0] != [
        "code",
        "role or item",
        "unit",
        "FY26/27 in force",
        "from 01-02-2027",
    ]:
        errors.append(f"{NOTICE}: no TAB-separated header row")
        return
    if any(len(r) != 5 for r in rows):
        errors.append(f"{NOTICE}: a TAB-separated row without five fields")
    new = rate_sheet_amounts()
    codes = [r[0] for r in rows[1:]]
    if codes != list(NOTICE_TO_SHEET):
        errors.append(f"{NOTICE}: rows {codes} are not {list(NOTICE_TO_SHEET)}")
    for r in rows[1:]:
        if r[0] not in NOTICE_TO_SHEET or len(r) != 5:
            continue
        role, j = NOTICE_TO_SHEET[r[0]]
        if _dh(r[3]) != _dh(new[role][j]):
            errors.append(
                f"{NOTICE}: {r[0]} in force {r[3]!r} differs from the Rate Sheet's {new[role][j]!r}"
            )
        if _dh(r[4]) < _dh(r[3]):
            errors.append(f"{NOTICE}: {r[0]} announced {r[4]!r} is below the rate in force")
        for a in r[3:]:
            if not re.fullmatch(r"\d{1,3}(?:,\d{3})?\.\d\d MAD(?: \(unchanged\))?", a):
                errors.append(f"{NOTICE}: amount {a!r} is not 'x.xx MAD'")
    if sum(_dh(r[4]) > _dh(r[3]) for r in rows[1:]) < 15:
        errors.append(f"{NOTICE}: fewer than 15 rows change on 01-02-2027")
    for needle in (
        "RATE NOTICE RN-2026-11",
        "Effective date of the announced rates: 01-02-2027",
        "An announced rate applies only to work done from 1 February 2027. It is not payable "
        "before that date",
        "Previous notice: RN-2026-01 of 01-02-2026",
        "The table is tab-separated",
    ):
        if _flat(needle) not in _flat(raw):
            errors.append(f"{NOTICE}: lacks {needle!r}")


def check_text_docs(errors: list[str]) -> None:
    def read(name: str) -> str:
        with open(os.path.join(DOCS, name), encoding="utf-8") as f:
            return f.read()

    def lacks(name: str, text: str, needles: tuple[str, ...]) -> None:
        flat = _flat(text)
        for needle in needles:
            if _flat(needle) not in flat:
                errors.append(f"{name}: lacks {needle!r}")

    faq = read(FAQ)
    qs = re.findall(r"^\*\*Q :\*\* .+\?$", faq, re.M)
    rs = re.findall(r"^\*\*R :\*\* \S", faq, re.M)
    if len(qs) < 12 or len(qs) != len(rs):
        errors.append(f"{FAQ}: {len(qs)} bold 'Q :' and {len(rs)} 'R :' paragraphs")
    if re.search(r"^#{1,6} .*\?$", faq, re.M):
        errors.append(f"{FAQ}: a question as a heading (the FAQ uses bold Q / R paragraphs)")
    lacks(
        FAQ,
        faq,
        (
            "Le droit d'entrée est de deux cent cinquante dirhams",
            "plafonnée à 2\u202f400 DH par exercice",
            "payée 1\u00a0250,50 DH (ligne AI-C)",
            "Depuis le 1er février 2026",
            "« BLACKOUT »",
            "formulaire IC-1 distinct pour chaque site",
            "effacées dans les 90 jours",
            "un préavis de 120 jours",
            "Le samedi 20 mars 2027",
            "au plus tard le 19 février 2027",
        ),
    )
    if score.contains(score.normalise(faq), "250"):
        errors.append(f"{FAQ}: the entry fee is also written in figures (words only)")
    lettre = read(LETTRE)
    lacks(
        LETTRE,
        lettre,
        (
            "# Lettre d'entente n° 1",
            "Le § 8.5 de l'Accord",
            "est **supprimé** à compter du 1er juillet 2026",
            "soit 98,50 DH de l'heure pour l'exercice 2026-2027",
            "les mots « dix pour cent (10 %) » sont remplacés par les mots « quinze pour cent "
            "(15 %) »",
            "Les appels travaillés jusqu'au 30 juin 2026 restent majorés de 10 %.",
            "Le § 20.3 de l'Accord n'est pas modifié",
            "(1er juil. 2026). Elle n'a pas d'effet rétroactif.",
            "par 88,7 % des voix exprimées",
        ),
    )
    minutes = read(MINUTES)
    lacks(
        MINUTES,
        minutes,
        (
            "JOINT ATTRACTIONS COMMITTEE (GIAP / CAOC)",
            "for a single payment of MAD 48,000 per performer",
            "the members REJECTED the proposal",
            "the rates of Feb 1 '26",
            "started on 1/2/26",
            "by 31 December 2026",
            "from 1 January 2027 every in-room actor",
            "no more than 50 metres from each walk-around post",
            "Tuesday 19 January 2027",
        ),
    )
    if "91.4" in minutes or "91,4" in minutes:
        errors.append(f"{MINUTES}: gives the vote figures (only the bulletin may)")
    bulletin = read(BULLETIN)
    lacks(
        BULLETIN,
        bulletin,
        (
            "# La Lanterne",
            "un paiement unique de 48 000 DH par interprète",
            "**rejetée par 91,4 % des voix exprimées**",
            "(1 046 voix contre, 98 voix pour",
            "Aucun rachat forfaitaire n'est donc en vigueur",
            "à 1,2 k DH par membre et par exercice. Elle était de 900 DH.",
            "aura lieu le 14 janvier 2027",
        ),
    )
    expired = read(EXPIRED)
    lacks(
        EXPIRED,
        expired,
        (
            "# EXPIRED",
            "This agreement expired on 31 January 2025.",
            "Only one clause is still in force: **Clause 16.2**",
            "a winter outdoor allowance of MAD 47.50 per outdoor day",
            "It is **not superseded**",
            "updated on February 1st, 2026",
            "| 12 months' written notice |",
            "maximum 8 sets a day",
            "MAD 35.50 per week",
        ),
    )
    tickets = read(TICKETS)
    lacks(TICKETS, tickets, ("Guest tickets and nights, Haunt Season 2026", "scream shifts"))
    with open(os.path.join(DOCS, COSTUMES), "rb") as f:
        raw = f.read()
    for byte, what in (
        (b"\xe9", "E9 (é)"),
        (b"\xab", "AB («)"),
        (b"\x96", "96 (–)"),
        (b"\x92", "92 (’)"),
        (b"\xa0", "A0 (no-break space)"),
    ):
        if byte not in raw:
            errors.append(f"{COSTUMES}: lacks the single byte {what}")
    if b"\r\n" not in raw or raw.count(b"\n") != raw.count(b"\r\n"):
        errors.append(f"{COSTUMES}: line ends are not all CRLF")
    try:
        raw.decode("utf-8")
        errors.append(f"{COSTUMES}: decodes as UTF-8 (it must be Windows-1252)")
    except UnicodeDecodeError:
        pass
    if raw.decode("cp1252").replace("\r\n", "\n") != make_notice.NOTICE:
        errors.append(f"{COSTUMES}: differs from make_notice.py; rebuild")


def check_spellings(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    corpus = "\n".join(vs[0][1] for vs in doc_views.values())
    if any(c in corpus for c in "$€£₹ƒ") or re.search(r"\b(EUR|USD|GBP|CAD|CHF|Rs)\b", corpus):
        errors.append("a document contains $, €, £, ₹, ƒ, EUR, USD, GBP, CAD, CHF or Rs")
    for label, pattern in SPELLINGS.items():
        if not re.search(pattern, corpus):
            errors.append(f"no amount, percentage or date written as {label}")


def check_score_link(errors: list[str]) -> None:
    link = os.path.join(HERE, "score.py")
    if not os.path.islink(link) or os.readlink(link) != "../union-c/score.py":
        errors.append("score.py is not the relative link ../union-c/score.py")
    pyproject = os.path.join(HERE, "..", "..", "pyproject.toml")
    if os.path.exists(pyproject):
        with open(pyproject, encoding="utf-8") as f:
            if '"eval/union-w/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-w/score.py not in ruff's extend-exclude")


def check_rejected(questions: list[dict], doc_views, errors: list[str]) -> None:
    """The rejected buy-out is never an answer: a trap of the questions on row AI-A."""
    for home in REJECTED_HOMES:
        if not score.contains(doc_views[home][0][2], REJECTED_FEE):
            errors.append(f"{home}: does not print the rejected buy-out {REJECTED_FEE}")
    for name, vs in doc_views.items():
        if name not in REJECTED_HOMES and any(
            score.contains(norm, REJECTED_FEE) for _, _, norm in vs
        ):
            errors.append(
                f"{name}: prints the rejected buy-out (only the minutes and bulletin may)"
            )
    for q in questions:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                if score.contains(score.normalise(alt), REJECTED_FEE):
                    errors.append(f"{q['id']}: the rejected fee {REJECTED_FEE} is in must_include")
        if q["kind"] == "adversarial" and REJECTED_FEE in q["must_not_include"]:
            errors.append(f"{q['id']}: the rejected fee is a trap of an adversarial question")
        if (
            "AI-A" in q["notes"]
            and q["kind"] not in ("cross-lingual", "adversarial")
            and REJECTED_FEE not in q["must_not_include"]
        ):
            errors.append(f"{q['id']}: a question on row AI-A without the rejected fee as a trap")
    if sum(REJECTED_FEE in q["must_not_include"] for q in questions) < 3:
        errors.append(f"fewer than three questions trap the rejected {REJECTED_FEE}")


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
    langs_docs = Counter(DOC_LANGUAGE.values())
    if abs(langs_docs["en"] - langs_docs["fr"]) > 2:
        errors.append(f"documents per language {dict(langs_docs)} are not about half and half")
    doc_views: dict[str, list[tuple[str, str, str]]] = {}
    for name in names:
        vs, ws = views(name)
        warnings += ws
        doc_views[name] = [(label, text, score.normalise(text)) for label, text in vs]
        size = len(vs[0][1])
        if not SIZE[0] <= size <= SIZE[1]:
            errors.append(f"{name}: {size} characters (want {SIZE[0]:,}-{SIZE[1]:,})")
        print(f"  {size:6d} chars  {name}  ({', '.join(label for label, _ in vs)})")

    for name in (AGREEMENT, RATESHEET, BAREME):
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

    for name in (TARIFS, NOTICE, FAQ, LETTRE, MINUTES, BULLETIN, EXPIRED, TICKETS, COSTUMES):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_agreement(errors)
        check_rate_sheet(errors)
        check_bareme(errors)
        check_tarifs(errors)
        check_notice(errors)
        check_text_docs(errors)
        check_rejected(questions, doc_views, errors)
    n_amounts = check_glued(doc_views, errors)
    check_joints(doc_views, errors)
    check_spellings(doc_views, errors)
    check_score_link(errors)

    ids = [q.get("id") for q in questions]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, len(questions) + 1)]:
        errors.append(f"ids are not {PREFIX}-001.. in order")
    for q in questions:
        check_question(q, doc_views, errors)
    for qid in OOS_ABSENT:
        q = next((x for x in questions if x["id"] == qid), None)
        if q is None or q["kind"] not in ("out-of-scope", "adversarial"):
            errors.append(f"OOS_ABSENT names {qid}, which is not the expected question")
    for q in questions:
        if q["kind"] in ("out-of-scope", "adversarial") and q["id"] not in OOS_ABSENT:
            errors.append(f"{q['id']}: {q['kind']} question without absent terms in OOS_ABSENT")
    if len({q["question"] for q in questions}) != len(questions):
        errors.append("duplicate question texts")
    for doc in ONLY_FR_QUESTIONS | ONLY_EN_QUESTIONS:
        if not any(doc in q["expected_sources"] for q in questions):
            errors.append(f"{doc}: no question uses it (it should be cross-lingual)")
    for name in names:
        if name not in DISTRACTORS and not any(name in q["expected_sources"] for q in questions):
            errors.append(f"{name}: no question uses it")

    counts = Counter(q["kind"] for q in questions)
    if dict(counts) != EXPECTED_COUNTS:
        errors.append(f"counts per kind {dict(counts)} != {EXPECTED_COUNTS}")
    langs = Counter(q["language"] for q in questions)
    if dict(langs) != EXPECTED_LANGUAGES:
        errors.append(f"counts per language {dict(langs)} != {EXPECTED_LANGUAGES}")
    print(f"\n{len(questions)} questions; kinds: {dict(counts)}; languages: {dict(langs)}")
    print(f"{sum(len(q['must_include']) for q in questions)} must_include elements checked")
    print(f"{n_amounts} amounts and percentages checked against every view")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
