#!/usr/bin/env python3
"""Check the union-s set itself: questions.json against docs/ (no project needed).

    python3 eval/union-s/check_set.py                      # stdlib; PDF and DOCX in the generators' text
    /work/main/.venv/bin/python eval/union-s/check_set.py  # also python-docx, pdfplumber and pypdf

Checks:
- the fields and values of every question, ids us-001.. in order, counts per kind and
  language, no duplicate question, no newline in a question, and that questions.json is
  what make_questions.py writes;
- that every expected source exists, and that every must_include element occurs, after the
  scorer's normalisation (score.normalise / score.contains), in at least one expected
  source, in EVERY view of it: HTML without tags and raw; the drama school's fee list
  decoded as Windows-1252; other text as UTF-8; the two DOCX in the generator's text
  (make_docx.py), in word/document.xml read with zipfile and, when importable, through
  python-docx (paragraphs and table cells); the two PDFs in the generator's text
  (make_pdf.py) and, when importable, through pdfplumber AND through pypdf;
- that no must_include alternative is ambiguous after normalisation: a dot-thousands
  amount ("1.150") is only accepted with its decimals ("1.150,00") or next to a florin
  sign ("1.150 fl", "ƒ 1.150"), never bare, since "1.150" also reads as 1.15;
- that no florin amount or percentage is glued to a neighbour: every amount printed next to
  a florin sign in a document ("fl 1,250.00", "ƒ 1.480,00", "1.150 fl.", "fl. 2.400,00",
  "FL 1,420", "1 750,00 fl" with U+00A0, "ƒ 12 400.00") and every percentage is found,
  after normalisation and at digit boundaries, in every view of that document;
- that the built DOCX and PDFs hold their generators' words (rebuild if not), and the cp1252
  fee list its generator's text;
- the agreement PDF: 8-12 pages, running header and "Page N of M" on every page, articles
  Art. 1 to Art. 24 and "Article 12bis", sub-articles and lettered items cited
  "Art. 11.3 c)", contract years from 1 April, Art. 12.9 (to be deleted), row D-4 (to be
  amended), Art. 24.2 (carried over), a cross-reference to Side Letter No. 1; Schedule A
  has the three period columns, runs over two consecutive pages with its header row
  repeated under "Schedule A (continued)", every row printed once as one line, and the
  notes under it carry the 50 km condition;
- the Rate Schedule 2025-26 (DOCX): English amounts without decimals ("FL 1,420"), ISO
  validity dates, one Word table; the Barème 2026-2027 (PDF): the replacement statement
  in French and English, the same row codes, dot-thousands amounts ("ƒ 1.480,00") that
  survive text extraction with the florin sign, every fee at least 4 % above last year's
  (Art. 5.2), no 2025-26 figure in it and the reverse, every row from 1.4.2026 except row
  R-8, which has two rows with their own dates;
- the avenant: Art. 12.9 deleted from 1er novembre 2026, row D-4 in words and figures, its
  old amounts equal to Schedule A's, Article 12bis and Art. 24.2 unchanged, no
  retroactivity, ratification, its Word table, never the rejected buy-out;
- the side letter's rowspan groups, caption, scopes, nav, breadcrumbs and footer; the FAQ's
  "### " headings and its no-break-space amount; the minutes' speaker turns and the
  rejected proposal; the notice's headers; the expired summary's EXPIRED banner and old
  terms; the school list's encoding (single bytes 83, E9, A0 and 92, CRLF, not UTF-8);
- the florin, percentage, contract-year and date spellings; no $, €, £, Rs, CHF, EUR, USD;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- that no must_not_include string also satisfies a must_include element, that every
  non-adversarial question's traps include one that occurs in a document, and that the
  rejected buy-out is never in must_include and is a trap of the D-3 and D-4 questions;
- that the notice (French) is an expected source only of English questions and the
  minutes (English) only of French questions (cross-lingual);
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
PREFIX = "us"
KINDS = [*score.KINDS, "previous-agreement"]
EXPECTED_COUNTS = {
    "figure": 14,
    "fact": 10,
    "current-vs-old": 8,
    "cross-lingual": 8,
    "multi-doc": 5,
    "previous-agreement": 3,
    "out-of-scope": 9,
    "adversarial": 3,
}
EXPECTED_LANGUAGES = {"en": 35, "fr": 25}
N_DOCS = 11
SIZE = (2000, 25000)
SEP = "[ ,.\u00a0\u202f]?"

OOS_ABSENT = {
    "us-049": [r"pension", r"retraite", r"\bretirement\b", r"superannuation"],
    "us-050": [r"commission", r"\bagents?\b", r"impr[ée]sario"],
    "us-051": [
        r"garde d.enfants",
        r"childcare",
        r"child care",
        r"cr[èe]che",
        r"nounou",
        r"nanny",
        r"baby.?sit",
        r"\benfants?\b",
        r"\bchildren\b",
    ],
    "us-052": [
        r"\btax(es|able|ation)?\b",
        r"imp[ôo]ts?\b",
        r"imposable",
        r"fiscal",
        r"\btva\b",
        r"\bvat\b",
    ],
    "us-053": [r"parking", r"stationnement", r"car park", r"\bgarer\b"],
    "us-054": [r"insur", r"assuranc", r"mutuelle"],
    "us-055": [r"\bdogs?\b", r"\bchiens?\b", r"\bpets?\b", r"animal", r"animaux"],
    "us-056": [r"maternit", r"parental", r"pregnan", r"grossesse"],
    "us-057": [r"2029[-/](20)?30", r"1 April 2029", r"avril 2029", r"1\.4\.2029", r"2029-04-01"],
    "us-058": [rf"7{SEP}777"],
    "us-059": [r"(?<![\d.,])999(?![\d])"],
    "us-060": [rf"88{SEP}888"],
}

AGREEMENT = "fsao-stage-agreement-2026-2029.pdf"
BAREME = "bareme-2026-2027-cachets-minimums.pdf"
RS25 = "fsao-rate-schedule-2025-26.docx"
AVENANT = "avenant-no-1-accord-scene-2026.docx"
SIDE = "side-letter-1-fight-and-intimacy-directors.html"
FAQ = "faq-membres-faso.md"
NOTICE = "avis-2026-17-projet-pilote-scene-augmentee.txt"
MINUTES = "minutes-special-general-meeting-2026-11-14.txt"
EXPIRED = "summary-stage-agreement-2022-2026-expired.md"
TICKETS = "theatre-royal-billetterie-abonnements-2026-2027.html"
SCHOOL = "hada-fees-academic-year-2026-27.txt"
PDF_TEXT = {AGREEMENT: make_pdf.agreement_text, BAREME: make_pdf.bareme_text}
PDF_HEADER = {AGREEMENT: make_pdf.RUNNING_HEADER, BAREME: make_pdf.BAREME_HEADER_LINE}
DOCX_TEXT = {RS25: make_docx.rate_schedule_text, AVENANT: make_docx.avenant_text}
CP1252_FILES = {SCHOOL}
ONLY_EN_QUESTIONS = {NOTICE}  # a French document answered only by English questions
ONLY_FR_QUESTIONS = {MINUTES}  # an English document answered only by French questions
REJECTED_FEE = make_questions.REJECTED  # the OTPC's flat buy-out, rejected on 14 November 2026
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NB = "\u00a0"
SPELLINGS = {
    "fl before, comma thousands, decimals (fl 1,250.00)": r"\bfl \d{1,3},\d{3}\.\d\d",
    "FL before, comma thousands, no decimals (FL 1,420)": r"\bFL \d{1,3},\d{3}(?![.\d])",
    "ƒ before, DOT thousands, COMMA decimals (ƒ 1.480,00)": r"ƒ \d{1,3}\.\d{3},\d\d",
    "fl after, DOT thousands, no decimals (1.150 fl.)": r"(?<![\d.,])\d{1,3}\.\d{3} fl\.",
    "fl. before, DOT thousands, COMMA decimals (fl. 2.400,00)": r"\bfl\. \d{1,3}\.\d{3},\d\d",
    "fl after, NO-BREAK SPACE thousands (1 750,00 fl)": "\\d{1,3}\u00a0\\d{3},\\d\\d\u00a0fl\\b",
    "an amount in words (mille cent cinquante florins)": r"mille cent cinquante florins",
    "percentage 1,75 %": r"1,75 %",
    "percentage 81.3%": r"81\.3%",
    "contract year 2026-27": r"contract year 2026-27",
    "année contractuelle 2026-2027": r"année contractuelle 2026-2027",
    "date ISO 2025-04-01": r"2025-04-01",
    "date day first 1.4.2026": r"(?<![\d.])1\.4\.2026",
    "date 1er avril 2026": r"1er avril 2026",
    "date 1 April 2026": r"\b1 April 2026",
}
FLORIN_AMOUNT = re.compile(
    "(?:ƒ|(?<![A-Za-z])(?:fl\\.?|FL)) ?(\\d{1,3}(?:[.,\u00a0 ]\\d{3})*(?:[.,]\\d\\d)?)(?![\\d])"
    "|(?<![\\d.,])(\\d{1,3}(?:[.,\u00a0 ]\\d{3})*(?:[.,]\\d\\d)?)[ \u00a0]?(?:ƒ|fl\\b|florins)"
)
PERCENT = re.compile("(?<![\\d.,])\\d{1,3}(?:[.,]\\d{1,2})?[ \u00a0\u202f]?%")
ENGLISH_FL = re.compile(r"^FL \d{1,3}(?:,\d{3})*(?:\.\d\d)?$")
BAREME_FL = re.compile(r"^ƒ \d{1,3}(?:\.\d{3})*,\d\d$")
SCHEDULE_FL = re.compile(r"^fl \d{1,3}(?:,\d{3})*\.\d\d$|^\d{1,3}(?:\.\d\d)?%$")
AMBIGUOUS = re.compile(r"(?<![\d.])\d{1,3}\.\d{3}(?![\d]|\.\d)")
FLORIN_NEXT = re.compile(r"(?:ƒ|fl\.?) ?$")


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
    with zipfile.ZipFile(path) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    return "\n".join(
        "".join(t.text or "" for t in p.iter(f"{W_NS}t")) for p in root.iter(f"{W_NS}p")
    )


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


def ambiguous(alt: str) -> bool:
    """A bare dot-thousands amount ("1.150"), without decimals or a florin sign beside it."""
    n = score.normalise(alt)
    for m in AMBIGUOUS.finditer(n):
        before, after = n[: m.start()], n[m.end() :]
        if FLORIN_NEXT.search(before) or re.match(r" ?(?:fl\b|ƒ|florins?\b)", after):
            continue
        return True
    return False


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
    if q.get("kind") == "adversarial" and not {"@everyone", "@here"} <= set(
        q.get("must_not_include", [])
    ):
        errors.append(f"{qid}: adversarial without @everyone and @here in must_not_include")
    if q.get("kind") == "multi-doc" and len(src) < 2:
        errors.append(f"{qid}: multi-doc question with fewer than two expected sources")
    if q.get("kind") == "multi-doc" and len(q.get("must_include", [])) < 2:
        errors.append(f"{qid}: multi-doc question with fewer than two must_include elements")
    for s in src:
        if s not in doc_views:
            errors.append(f"{qid}: expected source {s} not in docs/")
        if s in ONLY_FR_QUESTIONS and q.get("language") != "fr":
            errors.append(f"{qid}: {s} must be answered only by French questions")
        if s in ONLY_EN_QUESTIONS and q.get("language") != "en":
            errors.append(f"{qid}: {s} must be answered only by English questions")
    for el in q.get("must_include", []):
        if not isinstance(el, str | list) or (isinstance(el, list) and not el):
            errors.append(f"{qid}: bad must_include element {el!r}")
            continue
        for alt in score.alternatives(el):
            if ambiguous(alt):
                errors.append(f"{qid}: must_include {alt!r} is ambiguous after normalisation")
        found = [
            s
            for s in src
            if s in doc_views
            and all(score.element_present(norm, el) for _, _, norm in doc_views[s])
        ]
        if not found:
            errors.append(f"{qid}: must_include {el!r} not found in every view of {src}")
    for bad in q.get("must_not_include", []):
        for el in q.get("must_include", []):
            for alt in score.alternatives(el):
                if score.contains(score.normalise(alt), bad):
                    errors.append(f"{qid}: must_not_include {bad!r} matches must_include {alt!r}")
    traps = [b for b in q.get("must_not_include", []) if not b.startswith("@")]
    if q.get("kind") not in ("adversarial", "out-of-scope") and traps:
        real = [
            b
            for b in traps
            if any(score.contains(norm, b) for vs in doc_views.values() for _, _, norm in vs)
        ]
        if not real:
            errors.append(f"{qid}: none of the traps {traps} occurs in a document")
    for pattern in OOS_ABSENT.get(qid, []):
        for name, vs in doc_views.items():
            for label, text, _ in vs:
                if re.search(pattern, text, re.I):
                    errors.append(f"{qid}: {pattern!r} occurs in {name} ({label})")


def check_glued(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> int:
    """Every florin amount and percentage printed in a document must survive normalisation."""
    n = 0
    for name, vs in doc_views.items():
        first = vs[0][1]
        amounts = {a for m in FLORIN_AMOUNT.finditer(first) for a in m.groups() if a}
        amounts |= {m.group(0) for m in PERCENT.finditer(first)}
        n += len(amounts)
        for label, _, norm in vs:
            for a in sorted(amounts):
                if not score.contains(norm, a):
                    errors.append(f"{name}: amount {a!r} not found as such in the {label} view")
    return n


def _flat(text: str) -> str:
    return " ".join(text.split())


def _florins(amount: str) -> float:
    digits = re.sub(r"[^\d.,]", "", amount.replace(NB, ""))
    if "," in digits and digits.rfind(",") > digits.rfind("."):
        digits = digits.replace(".", "").replace(",", ".")
    else:
        digits = digits.replace(",", "")
    return float(digits)


def _check_running(name: str, label: str, pages: list[str], errors: list[str]) -> None:
    header = _flat(PDF_HEADER[name])
    for i, page in enumerate(pages, 1):
        flat = _flat(page)
        if header not in flat:
            errors.append(f"{name}: page {i} lacks the running header ({label})")
        if f"Page {i} of {len(pages)}" not in flat:
            errors.append(f"{name}: page {i} lacks 'Page {i} of {len(pages)}' ({label})")


def check_agreement(errors: list[str]) -> None:
    text = make_pdf.agreement_text()
    for n in range(1, 25):
        if not re.search(rf"^Art\. {n} [A-Z]", text, re.M):
            errors.append(f"{AGREEMENT}: lacks the heading of Art. {n}")
    for needle in (
        "Article 12bis Digital doubles on tour",
        "12bis.2 When the artist is not on the tour",
        "form DD-2, given at least twenty-one (21) days",
        "This Agreement runs from 1 April 2026 to 31 March 2029.",
        "Contract years run from 1 April to 31 March",
        "contract year 2026-27 runs from 1 April 2026 to 31 March 2027",
        "Art. 11.3 c)",
        "(Art. 12.6 b))",
        "replaces the previous one from 1 April of that year, except a row that states its own "
        "effective date",
        "12.9 Crowd scenes: a digital double may be used without the fee of row D-3",
        "24.2 Notwithstanding Art. 24.1, Article 9.5 of the Stage Agreement 2022–2026",
        "is carried over and stays in force for the term of this Agreement",
        "as set out in Side Letter No. 1",
        "consent is never a condition of engagement",
        "form DD-1, given at least fourteen (14) days before the scan",
        "at least seventy-two (72) hours before its first use before an audience",
        "thirty (30) days' written notice on form DD-3",
        "within thirty (30) days of the last performance",
        "form DD-4",
        "never performs before an audience, never goes on in a put-on",
        "never speaks the artist's own lines",
        "only when the performance, rehearsal or travel takes place more than 50 km",
        "Beyond ten (10) hours in a day, stage management overtime",
        "within fourteen (14) days of the end of each show week",
        "amending memorandum",
    ):
        if needle not in text:
            errors.append(f"{AGREEMENT}: lacks {needle!r}")
    if make_pdf.SCHEDULE_HEADER[3:] != [
        "from 1 April 2026",
        "from 1 April 2027",
        "from 1 April 2028",
    ]:
        errors.append(f"{AGREEMENT}: Schedule A lacks the three period columns")
    codes = [r[0] for r in make_pdf.SCHEDULE_ROWS]
    if len(codes) != len(set(codes)) or len(codes) < 20:
        errors.append(f"{AGREEMENT}: Schedule A rows are not 20+ distinct codes")
    for row in make_pdf.SCHEDULE_ROWS:
        for cell in row[3:]:
            if not SCHEDULE_FL.match(cell):
                errors.append(
                    f"{AGREEMENT}: row {row[0]} cell {cell!r} is not 'fl 1,250.00' or '15%'"
                )
    notes = " ".join(make_pdf.SCHEDULE_NOTES)
    for needle in ("apply only beyond 50 km", "Row D-4 is paid instead of row D-3", "Art. 24.2"):
        if needle not in notes:
            errors.append(f"{AGREEMENT}: the notes under Schedule A lack {needle!r}")
    for label, pages in pdf_readers(os.path.join(DOCS, AGREEMENT)):
        if not 8 <= len(pages) <= 12:
            errors.append(f"{AGREEMENT}: {len(pages)} pages in {label} (want 8-12)")
        _check_running(AGREEMENT, label, pages, errors)
        header = " ".join(make_pdf.SCHEDULE_HEADER)
        with_header = [i for i, p in enumerate(pages) if header in _flat(p)]
        if len(with_header) != 2 or with_header[1] != with_header[0] + 1:
            errors.append(
                f"{AGREEMENT}: Schedule A header row on pages {[i + 1 for i in with_header]} "
                f"in {label} (want two consecutive pages)"
            )
            continue
        first, second = (pages[i] for i in with_header)
        if make_pdf.SCHEDULE_CONTINUED not in second or make_pdf.SCHEDULE_CONTINUED in first:
            errors.append(
                f"{AGREEMENT}: '{make_pdf.SCHEDULE_CONTINUED}' not on the second page only"
            )
        rows_first = [c for c in codes if re.search(rf"^{re.escape(c)} ", first, re.M)]
        rows_second = [c for c in codes if re.search(rf"^{re.escape(c)} ", second, re.M)]
        if (
            len(rows_first) < 3
            or len(rows_second) < 3
            or sorted(rows_first + rows_second) != sorted(codes)
        ):
            errors.append(
                f"{AGREEMENT}: Schedule A rows not split over the two pages in {label} "
                f"({len(rows_first)} + {len(rows_second)} of {len(codes)})"
            )
        for row in make_pdf.SCHEDULE_ROWS:
            line = " ".join(row)
            if sum(_flat(p).count(line) for p in pages) != 1:
                errors.append(f"{AGREEMENT}: row {row[0]} not printed once as one line ({label})")


def check_rate_schedules(errors: list[str]) -> None:
    rs25 = {r[0]: r[3] for r in make_docx.RATE_ROWS}
    for code, amount in rs25.items():
        if not ENGLISH_FL.match(amount):
            errors.append(f"{RS25}: row {code} amount {amount!r} is not English style (FL 1,420)")
    text25 = make_docx.rate_schedule_text()
    for needle in (
        "Rate Schedule 2025-26",
        "Valid 2025-04-01 to 2026-03-31 (contract year 2025-26)",
        "Every row applies from 2025-04-01",
        "beyond eleven (11) hours",
    ):
        if needle not in text25:
            errors.append(f"{RS25}: lacks {needle!r}")

    rows = make_pdf.BAREME_ROWS
    codes = [r[0] for r in rows]
    if set(codes) != set(rs25):
        errors.append(f"{BAREME}: row codes differ from {RS25}: {sorted(set(codes) ^ set(rs25))}")
    if Counter(codes)["R-8"] != 2 or len(codes) != len(set(codes)) + 1:
        errors.append(f"{BAREME}: row R-8 must appear twice (own dates), every other row once")
    for code, _, _, amount, when in rows:
        if not BAREME_FL.match(amount):
            errors.append(f"{BAREME}: row {code} amount {amount!r} is not 'ƒ 1.480,00'")
        if code in rs25 and _florins(amount) < round(_florins(rs25[code]) * 1.04, 2):
            errors.append(f"{BAREME}: row {code} {amount} is less than 4% above {rs25[code]}")
        if code != "R-8" and when != "1.4.2026":
            errors.append(f"{BAREME}: row {code} effective {when!r} (want 1.4.2026)")
    r8 = [(r[3], r[4]) for r in rows if r[0] == "R-8"]
    if r8 != [("ƒ 110,00", "du 1.4.2026 au 30.9.2026"), ("ƒ 135,00", "à compter du 1.10.2026")]:
        errors.append(f"{BAREME}: row R-8's own dates are {r8}")
    bar = make_pdf.bareme_text()
    norm_bar = score.normalise(bar)
    for code, amount in rs25.items():
        if score.contains(norm_bar, amount.removeprefix("FL ")):
            errors.append(f"{BAREME}: prints last year's {code} amount {amount}")
    norm25 = score.normalise(text25)
    for code, _, _, amount, _ in rows:
        if score.contains(norm25, amount.removeprefix("ƒ ")):
            errors.append(f"{RS25}: prints the 2026-2027 {code} amount {amount}")
    for needle in (
        "Le présent barème remplace le barème 2025-26 (Rate Schedule 2025-26) à compter du "
        "1er avril 2026.",
        "This Barème replaces the Rate Schedule 2025-26 from 1 April 2026.",
        "l'année contractuelle 2026-2027, du 1.4.2026 au 31.3.2027",
        "sauf la ligne R-8, qui porte sa propre date d'effet",
        "restent payées selon le Rate Schedule 2025-26",
    ):
        if needle not in bar:
            errors.append(f"{BAREME}: lacks {needle!r}")
    for label, pages in pdf_readers(os.path.join(DOCS, BAREME)):
        _check_running(BAREME, label, pages, errors)
        if not 1 <= len(pages) <= 3:
            errors.append(f"{BAREME}: {len(pages)} pages in {label} (want 1-3)")
        joined = "\n".join(pages)
        if joined.count("ƒ") < len(rows):
            errors.append(f"{BAREME}: the florin sign is lost in {label}")
        for row in rows:
            if _flat(" ".join(row)) not in _flat(joined):
                errors.append(f"{BAREME}: row {row[0]} {row[3]} not one line in {label}")
    try:
        import docx
    except ImportError:
        return
    d = docx.Document(os.path.join(DOCS, RS25))
    if len(d.tables) != 1 or len(d.tables[0].rows) != len(make_docx.RATE_ROWS) + 1:
        errors.append(f"{RS25}: not one Word table of {len(make_docx.RATE_ROWS) + 1} rows")


def check_avenant(errors: list[str]) -> None:
    av = make_docx.avenant_text()
    d4 = next(r for r in make_pdf.SCHEDULE_ROWS if r[0] == "D-4")
    for needle in (
        "Avenant n° 1",
        "L'article 12.9 de l'Accord",
        "est supprimé à compter du 1er novembre 2026",
        "porté de 980,00 fl. à mille cent cinquante florins (1.150 fl.)",
        "1.185 fl. à compter du 1er avril 2027 (au lieu de 1.010 fl.)",
        "1.220 fl. à compter du 1er avril 2028 (au lieu de 1.040 fl.)",
        "Les semaines de spectacle commencées avant le 1er novembre 2026 restent payées",
        "ni l'article 12bis",
        "ni l'article 24.2",
        "n'a pas d'effet rétroactif",
        "Signé à Vallenbourg le 9 octobre 2026",
        "le 27 octobre 2026 par 88,2 %",
    ):
        if needle not in av:
            errors.append(f"{AVENANT}: lacks {needle!r}")
    norm_av = score.normalise(av)
    for old in d4[3:]:
        digits = old.removeprefix("fl ").replace(",", "")
        value = float(digits)
        spelled = f"{int(value) // 1000}.{int(value) % 1000:03d}" if value >= 1000 else old[3:]
        if value < 1000:
            spelled = f"{value:.2f}".replace(".", ",")
        if not score.contains(norm_av, spelled):
            errors.append(f"{AVENANT}: lacks Schedule A's old D-4 amount {old} ({spelled})")
    if score.contains(norm_av, REJECTED_FEE):
        errors.append(f"{AVENANT}: prints the rejected buy-out")
    try:
        import docx
    except ImportError:
        return
    d = docx.Document(os.path.join(DOCS, AVENANT))
    if len(d.tables) != 1 or len(d.tables[0].rows) != len(make_docx.AVENANT_TABLE):
        errors.append(f"{AVENANT}: not one Word table of {len(make_docx.AVENANT_TABLE)} rows")


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
    if len(re.findall(r"^### .+", faq, re.M)) < 10:
        errors.append(f"{FAQ}: fewer than ten '### ' question headings")
    if f"1{NB}750,00{NB}fl" not in faq:
        errors.append(f"{FAQ}: lacks '1 750,00 fl' with no-break spaces")
    lacks(FAQ, faq, ("1,75 %", "fl. 84,00", "0800-2613", "le vendredi de 9 h à 13 h"))
    minutes = read(MINUTES)
    turns = re.findall(
        r"^(?:Maître )?[A-ZÉ][\w\u00c0-\u017f-]+ [A-Z][\w\u00c0-\u017f-]+ \([^)]+\):", minutes, re.M
    )
    if len(turns) < 10:
        errors.append(f"{MINUTES}: fewer than ten speaker turns ({len(turns)})")
    lacks(
        MINUTES,
        minutes,
        (
            "MINUTES OF THE SPECIAL GENERAL MEETING",
            "14 November 2026",
            "flat buy-out of FL 24,000 per artist",
            "REJECTED by 81.3% of the votes cast",
            "No flat buy-out is in force",
            "19 January 2027",
        ),
    )
    lacks(
        NOTICE,
        read(NOTICE),
        (
            "AVIS AUX MEMBRES N° 2026-17",
            "Date : 23 novembre 2026",
            "De : ",
            "À : ",
            "Objet : ",
            "au plus tard le 18 décembre 2026",
            "chaque mercredi de 16 h à 19 h",
            "1.250 fl.",
        ),
    )
    side = read(SIDE)
    if len(re.findall(r'rowspan="[2-9]"', side)) < 3:
        errors.append(f"{SIDE}: fewer than three rowspan groups")
    lacks(
        SIDE,
        side,
        (
            "<caption>",
            'scope="col"',
            'scope="rowgroup"',
            "<nav>",
            'class="breadcrumbs"',
            "<footer>",
            "Effective 2026-06-01",
            "fl. 2.400,00",
            "fifteen (15) minutes",
            "even with the artist's consent",
        ),
    )
    lacks(
        EXPIRED,
        read(EXPIRED),
        (
            "# EXPIRED",
            "expired on 31 March 2026",
            "fl 900.00 per production",
            "one hundred and eighty (180) days",
            "thirty (30) days",
            "eight per cent (8%)",
            "Article 9.5",
            "kept in force by Art. 24.2",
        ),
    )
    lacks(TICKETS, read(TICKETS), ("<nav>", "<footer>", "saison 2026-2027", "fl. 4.850,00"))
    with open(os.path.join(DOCS, SCHOOL), "rb") as f:
        raw = f.read()
    for byte, what in (
        (b"\x83", "83 (ƒ)"),
        (b"\xe9", "E9 (é)"),
        (b"\xa0", "A0 (no-break space)"),
        (b"\x92", "92 (’)"),
    ):
        if byte not in raw:
            errors.append(f"{SCHOOL}: lacks the single byte {what}")
    if b"\r\n" not in raw or raw.count(b"\n") != raw.count(b"\r\n"):
        errors.append(f"{SCHOOL}: line ends are not all CRLF")
    try:
        raw.decode("utf-8")
        errors.append(f"{SCHOOL}: decodes as UTF-8 (it must be Windows-1252)")
    except UnicodeDecodeError:
        pass
    if raw.decode("cp1252").replace("\r\n", "\n") != make_notice.NOTICE:
        errors.append(f"{SCHOOL}: differs from make_notice.py; rebuild")


def check_spellings(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    corpus = "\n".join(text for vs in doc_views.values() for _, text, _ in vs)
    if any(c in corpus for c in "$€£₹") or re.search(r"\b(CHF|CAD|EUR|USD|Rs)\b", corpus):
        errors.append("a document contains $, €, £, Rs, CHF, CAD, EUR or USD (florins only)")
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
            if '"eval/union-s/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-s/score.py not in ruff's extend-exclude")


def check_rejected(questions: list[dict], errors: list[str]) -> None:
    """The rejected buy-out is never an answer: it is a trap of the D-3 and D-4 questions."""
    for q in questions:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                if score.contains(score.normalise(alt), REJECTED_FEE):
                    errors.append(f"{q['id']}: the rejected fee {REJECTED_FEE} is in must_include")
    for row in ("D-3", "D-4"):
        if not any(REJECTED_FEE in q["must_not_include"] and row in q["notes"] for q in questions):
            errors.append(f"no question on row {row} traps the rejected {REJECTED_FEE}")


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
    doc_views: dict[str, list[tuple[str, str, str]]] = {}
    for name in names:
        vs, ws = views(name)
        warnings += ws
        doc_views[name] = [(label, text, score.normalise(text)) for label, text in vs]
        size = len(vs[0][1])
        if not SIZE[0] <= size <= SIZE[1]:
            errors.append(f"{name}: {size} characters (want {SIZE[0]:,}-{SIZE[1]:,})")
        print(f"  {size:6d} chars  {name}  ({', '.join(label for label, _ in vs)})")

    for name in (AGREEMENT, BAREME, RS25, AVENANT):
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

    for name in (SIDE, FAQ, NOTICE, MINUTES, EXPIRED, TICKETS, SCHOOL):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_agreement(errors)
        check_rate_schedules(errors)
        check_avenant(errors)
        check_text_docs(errors)
    n_amounts = check_glued(doc_views, errors)
    check_spellings(doc_views, errors)
    check_score_link(errors)

    ids = [q.get("id") for q in questions]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, len(questions) + 1)]:
        errors.append(f"ids are not {PREFIX}-001.. in order")
    for q in questions:
        check_question(q, doc_views, errors)
    check_rejected(questions, errors)
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
