#!/usr/bin/env python3
"""Check the union-o set itself: questions.json against docs/ (no project needed).

    python3 eval/union-o/check_set.py                      # stdlib only
    /work/main/.venv/bin/python eval/union-o/check_set.py  # also python-docx, pypdf, pdfplumber

Checks:
- the fields and values of every question, ids uo-001.. in order, counts per kind and
  language;
- that every expected source exists, and that every must_include element occurs, after the
  scorer's normalisation (score.normalise / score.contains), in at least one expected
  source, in EVERY view of it: HTML without tags and raw; the correction notice decoded as
  Windows-1252; other text as UTF-8; the two DOCX in the generator's text (make_docx.py),
  in word/document.xml read with zipfile and, when importable, through python-docx
  (paragraphs and table cells); the rate schedule PDF in the generator's text
  (make_pdf.py) and, when importable, through pypdf and pdfplumber;
- that the built DOCX and PDF hold their generators' words (rebuild if not), and the
  cp1252 notice its generator's text;
- that the agreement has Word heading styles for parts and articles, one definitions
  table, contract years from 1 February, lettered sub-paragraphs (Article 16(5)(b)) and
  the AI article; that the expired summary is marked EXPIRED;
- that the rate schedule PDF has two pages, the column header (with the month-year year
  columns) repeated on page 2, the misprint £2,119.70 in row W-2, Yr 2, the all-years
  rows, and the holiday-pay footnote;
- that the correction notice is Windows-1252 (single-byte accents, not UTF-8) and avoids
  the banned wordings; that the Letter of Agreement changes payment from 1 November 2026,
  H-3 from 1 January 2027 and A-1 from 1 February 2027, keeps everything else and avoids
  the banned wordings; the fee table's rowspan / colspan; the FAQ's <dl>; the news page's
  headline, byline and date; the radio transcript's timestamped turns;
- the pound, date and percentage spellings; no dollar or euro sign;
- that score.py is the relative link ../union-c/score.py;
- that no must_not_include string also satisfies a must_include element;
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
PREFIX = "uo"
KINDS = [*score.KINDS, "previous-agreement"]
EXPECTED_COUNTS = {
    "figure": 14,
    "fact": 10,
    "current-vs-old": 8,
    "cross-lingual": 8,
    "multi-doc": 4,
    "previous-agreement": 3,
    "out-of-scope": 10,
    "adversarial": 3,
}
EXPECTED_LANGUAGES = {"en": 36, "fr": 24}
N_DOCS = 11
SIZE = (2000, 25000)

OOS_ABSENT = {
    "uo-048": [r"commission", r"tully", r"brennagh"],
    "uo-049": [r"magici", r"magic", r"close-up"],
    "uo-050": [r"ventriloq", r"\bdumm"],
    "uo-051": [r"cruise", r"croisi[èe]re", r"\bships?\b", r"paquebot", r"navire"],
    "uo-052": [r"2030"],
    "uo-053": [r"merch", r"t-shirt", r"produits d[ée]riv[ée]s"],
    "uo-054": [r"pension", r"retraite", r"\bretire"],
    "uo-055": [r"\btax", r"imp[ôo]ts?\b", r"fiscal", r"\bvat\b", r"\btva\b"],
    "uo-056": [r"school", r"[ée]cole", r"tuition"],
    "uo-057": [r"mariage", r"wedding", r"\bnoces\b"],
    "uo-058": [r"999"],
    "uo-059": [r"(?<!\d)3 (jours|days)\b"],
    "uo-060": [r"4\.99"],
}

AGREEMENT = "sclpu-live-comedy-hosting-agreement-2025-2029.docx"
SUMMARY = "summary-comedy-stage-agreement-2020-2025-expired.docx"
SCHEDULE = "sclpu-schedule-a-minimum-rates-2025-2029.pdf"
FEE_TABLE = "sclpu-recording-broadcast-fee-table.html"
LETTER = "letter-of-agreement-no-2-sclpu-sapv-2026.md"
NOTICE = "avis-rectification-2026-4-ligne-w2.txt"
FAQ = "faq-membres-shads-2026.html"
NEWS = "port-tamsin-gazette-2026-11-02-comedians-ratify-letter.html"
TRANSCRIPT = "radio-sorrelay-micro-ouvert-2026-11-04-transcription.txt"
DOCX_TEXT = {AGREEMENT: make_docx.agreement_text, SUMMARY: make_docx.summary_text}
CP1252_FILES = {NOTICE}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
YEAR_HEADERS = ["Yr 1 (Feb 2025)", "Yr 2 (Feb 2026)", "Yr 3 (Feb 2027)", "Yr 4 (Feb 2028)"]
SPELLINGS = {
    "£ before the amount (£1,204.50)": r"£\d{1,3},\d{3}\.\d\d",
    "GBP before the amount (GBP 1,204.50)": r"GBP \d{1,3},\d{3}\.\d\d",
    "£ after, French style (1 204,50 £)": r"\d[ \u00a0\u202f]\d{3},\d\d[ \u00a0\u202f]£",
    "pounds after the amount (1204.50 pounds)": r"\d{4}\.\d\d pounds",
    "£ without pence (£85)": r"£\d+(?![\d.,])",
    "percentage 12.5%": r"12\.5%",
    "percentage 12,5 %": r"12,5[ \u00a0\u202f]%",
    "percentage in words": r"one and a quarter per cent",
    "date 1 February 2026": r"\b1 February 2026",
    "date February 1, 2026": r"February 1, 2026",
    "date 2026-02-01": r"2026-02-01",
    "date 1er février 2026": r"1er février 2026",
    "date 1/2/2026 (day first)": r"(?<![\d/])1/2/2026",
    "month-year Feb 2027": r"\(Feb 2027\)",
}
BANNED_LETTER = (
    "is replaced by",
    "should read",
    "becomes",
    "no longer applies",
    "struck out",
    "inserted in their place",
    "is raised from",
    "substitute",
    "remplacé par",
    "remplacée par",
    "devient",
    "est porté de",
)
BANNED_NOTICE = (
    "should read",
    "printed as",
    "is an error",
    "published",
    "corrected |",
    "transposed",
    "typesetting slip",
    "never agreed",
    "au lieu de",
    "doit se lire",
)


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


def pdf_pages_pypdf(path: str) -> list[str] | None:
    try:
        import pypdf
    except ImportError:
        return None
    return [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]


def pdf_pages_pdfplumber(path: str) -> list[str] | None:
    try:
        import pdfplumber
    except ImportError:
        return None
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


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
        out = [("generator", make_pdf.schedule_text())]
        pages = pdf_pages_pypdf(path)
        if pages is None:
            warnings.append(f"{name}: pypdf not importable, view skipped")
        else:
            out.append(("pypdf", "\n".join(pages)))
        plumber = pdf_pages_pdfplumber(path)
        if plumber is None:
            warnings.append(f"{name}: pdfplumber not importable, view skipped")
        else:
            out.append(("pdfplumber", "\n".join(plumber)))
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
    for s in src:
        if s not in doc_views:
            errors.append(f"{qid}: expected source {s} not in docs/")
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
            errors.append(f"{qid}: must_include {el!r} not found in every view of {src}")
    for bad in q.get("must_not_include", []):
        for el in q.get("must_include", []):
            for alt in score.alternatives(el):
                if score.contains(score.normalise(alt), bad):
                    errors.append(f"{qid}: must_not_include {bad!r} matches must_include {alt!r}")
    for pattern in OOS_ABSENT.get(qid, []):
        for name, vs in doc_views.items():
            for label, text, _ in vs:
                if re.search(pattern, text, re.I):
                    errors.append(f"{qid}: {pattern!r} occurs in {name} ({label})")


def check_agreement(errors: list[str]) -> None:
    text = make_docx.agreement_text()
    for needle in (
        "Article 16 \u2013 Voice clones, digital doubles and material generated",
        "(b) recordings of live sets made by venues",
        "Consent is not a condition of booking",
        "runs from 1 February 2025 to 31 January 2029",
        "Year 2 runs from 1 February 2026 to 31 January 2027",
        "Year 4 runs from 1 February 2028",
        "twenty-eight (28) days",
        "one and a quarter per cent (1.25%)",
        "seventy-two (72) hours",
        "twenty-four (24) hours",
        "late-night premium of 20%",
        "per diem",
        "separate written consent",
        '"in the style of"',
        "fifteen (15) working days",
        "thirty (30) days' written notice",
        "forty-five (45) days",
        "estate",
        "bringer show",
        "belong to the performer",
    ):
        if needle not in text:
            errors.append(f"{AGREEMENT}: lacks {needle!r}")
    try:
        import docx
    except ImportError:
        docx = None
    if docx is not None:
        d = docx.Document(os.path.join(DOCS, AGREEMENT))
        styles = Counter(p.style.name for p in d.paragraphs)
        if styles["Heading 1"] < 4 or styles["Heading 2"] < 18:
            errors.append(f"{AGREEMENT}: parts / articles not in Heading 1 / Heading 2 styles")
        if len(d.tables) != 1 or "Level 3" not in d.tables[0].rows[1].cells[1].text:
            errors.append(f"{AGREEMENT}: lacks the one definitions table with the levels")
    summary = make_docx.summary_text()
    for needle in (
        "EXPIRED",
        "expired on 31 January 2025",
        "1450.00 pounds",
        "forty-five (45) days",
        "365 days",
        "0.41 pounds",
    ):
        if needle not in summary:
            errors.append(f"{SUMMARY}: lacks {needle!r}")


def check_schedule(errors: list[str]) -> None:
    if make_pdf.HEADER[-4:] != YEAR_HEADERS:
        errors.append(f"{SCHEDULE}: year columns are not headed by month-year dates")
    rows = {row[0]: row for row in make_pdf.ROWS}
    if rows.get("W-2", [])[5:9] != ["£2,117.60", "£2,119.70", "£2,268.40", "£2,347.80"]:
        errors.append(f"{SCHEDULE}: row W-2 does not print the misprint £2,119.70 in Yr 2")
    if rows.get("H-3", [])[5:9] != ["£1,163.80", "£1,204.50", "£1,246.70", "£1,290.30"]:
        errors.append(f"{SCHEDULE}: row H-3 is not 1,163.80 | 1,204.50 | 1,246.70 | 1,290.30")
    if rows.get("A-1", [])[5:9] != ["£35.00", "£36.20", "£38.70", "£40.10"]:
        errors.append(f"{SCHEDULE}: row A-1 is not 35.00 | 36.20 | 38.70 | 40.10")
    for code in ("W-3", "T-1", "T-3", "A-3"):
        if len(rows.get(code, [])) != 6 or "all years" not in rows[code][5]:
            errors.append(f"{SCHEDULE}: row {code} is not one amount for all years")
    if "exclude holiday pay" not in make_pdf.FOOTNOTE:
        errors.append(f"{SCHEDULE}: the footnote does not say the amounts exclude holiday pay")
    path = os.path.join(DOCS, SCHEDULE)
    for label, pages in (
        ("pypdf", pdf_pages_pypdf(path)),
        ("pdfplumber", pdf_pages_pdfplumber(path)),
    ):
        if pages is None:
            continue
        if len(pages) != 2:
            errors.append(f"{SCHEDULE}: {len(pages)} pages in {label} (want 2)")
            continue
        for i, page in enumerate(pages, 1):
            flat = " ".join(page.split())
            if not all(h in flat for h in ["Code Level Billing Work Unit", *YEAR_HEADERS]):
                errors.append(f"{SCHEDULE}: page {i} lacks the column header ({label})")
        if "H-3" not in pages[0] or "A-4" not in pages[1] or "holiday pay" not in pages[1]:
            errors.append(f"{SCHEDULE}: the table does not run from page 1 onto page 2")


def check_notice_and_letter(errors: list[str]) -> None:
    with open(os.path.join(DOCS, NOTICE), "rb") as f:
        raw = f.read()
    if b"\xe9" not in raw or b"\xa3" not in raw:
        errors.append(f"{NOTICE}: lacks the single bytes E9 (é) and A3 (£)")
    try:
        raw.decode("utf-8")
        errors.append(f"{NOTICE}: decodes as UTF-8 (it must be Windows-1252)")
    except UnicodeDecodeError:
        pass
    text = raw.decode("cp1252")
    if text.replace("\r\n", "\n") != make_notice.NOTICE:
        errors.append(f"{NOTICE}: differs from make_notice.py; rebuild")
    for needle in ("W-2", "2 119,70 £", "2 191,70 £", "1/2/2026", "Yr 2 (Feb 2026)"):
        if needle not in text:
            errors.append(f"{NOTICE}: lacks {needle!r}")
    for banned in BANNED_NOTICE:
        if banned in text.lower():
            errors.append(f"{NOTICE}: uses the wording {banned!r}")
    with open(os.path.join(DOCS, LETTER), encoding="utf-8") as f:
        letter = f.read()
    for needle in (
        "Letter of Agreement No. 2",
        "on or after 1 November 2026",
        "fourteen (14) days",
        "twenty-eight (28) day",
        "Until 31 December 2026",
        "GBP 1,204.50",
        "1 January 2027",
        "GBP 1,238.00",
        "GBP 1,281.90",
        "GBP 1,246.70",
        "From 1 February 2027",
        "GBP 42.00",
        "GBP 38.70",
        "continue to apply exactly as signed",
    ):
        if needle not in letter:
            errors.append(f"{LETTER}: lacks {needle!r}")
    for banned in BANNED_LETTER:
        if banned in letter.lower():
            errors.append(f"{LETTER}: uses the wording {banned!r}")


def check_pages(errors: list[str]) -> None:
    with open(os.path.join(DOCS, FEE_TABLE), encoding="utf-8") as f:
        table = f.read()
    for needle in ('rowspan="2"', 'colspan="4"', "<nav>", 'class="cookie"', "2026-02-01"):
        if needle not in table:
            errors.append(f"{FEE_TABLE}: lacks {needle!r}")
    with open(os.path.join(DOCS, FAQ), encoding="utf-8") as f:
        faq = f.read()
    if "<dl>" not in faq or len(re.findall(r"<dt>[^<]*\?</dt>\s*<dd>", faq)) < 6:
        errors.append(f"{FAQ}: fewer than six <dt> questions in a <dl>")
    with open(os.path.join(DOCS, NEWS), encoding="utf-8") as f:
        news = f.read()
    for needle in ("<h1>", 'class="byline">By ', '<time datetime="2026-11-02">', "Related"):
        if needle not in news:
            errors.append(f"{NEWS}: lacks {needle!r}")
    with open(os.path.join(DOCS, TRANSCRIPT), encoding="utf-8") as f:
        tr = f.read()
    turns = re.findall(r"^\(\d\d:\d\d\) (Maëlle Ternoven|Oriane Kestell) :", tr, re.M)
    if len(turns) < 10:
        errors.append(f"{TRANSCRIPT}: fewer than ten timestamped speaker turns")


def check_spellings(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    corpus = "\n".join(text for vs in doc_views.values() for _, text, _ in vs)
    if any(c in corpus for c in "$\u20ac"):
        errors.append("a document contains a dollar or euro sign (this set is in pounds)")
    for label, pattern in SPELLINGS.items():
        if not re.search(pattern, corpus):
            errors.append(f"no amount, percentage or date written as {label}")


def check_score_link(errors: list[str]) -> None:
    link = os.path.join(HERE, "score.py")
    if not os.path.islink(link) or os.readlink(link) != "../union-c/score.py":
        errors.append("score.py is not the relative link ../union-c/score.py")


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    with open(os.path.join(HERE, "questions.json"), encoding="utf-8") as f:
        questions = json.load(f)

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

    for name in (AGREEMENT, SUMMARY, SCHEDULE):
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

    for name in (FEE_TABLE, LETTER, NOTICE, FAQ, NEWS, TRANSCRIPT):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_agreement(errors)
        check_schedule(errors)
        check_notice_and_letter(errors)
        check_pages(errors)
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

    counts = Counter(q["kind"] for q in questions)
    if dict(counts) != EXPECTED_COUNTS:
        errors.append(f"counts per kind {dict(counts)} != {EXPECTED_COUNTS}")
    langs = Counter(q["language"] for q in questions)
    if dict(langs) != EXPECTED_LANGUAGES:
        errors.append(f"counts per language {dict(langs)} != {EXPECTED_LANGUAGES}")
    print(f"\n{len(questions)} questions; kinds: {dict(counts)}; languages: {dict(langs)}")
    print(f"{sum(len(q['must_include']) for q in questions)} must_include elements checked")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
