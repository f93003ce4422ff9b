#!/usr/bin/env python3
"""Check the union-p set itself: questions.json against docs/ (no project needed).

    python3 eval/union-p/check_set.py                      # stdlib; PDF and DOCX in the generators' text
    /work/main/.venv/bin/python eval/union-p/check_set.py  # also python-docx, pdfplumber (or pypdf)

Checks:
- the fields and values of every question, ids up-001.. in order, counts per kind and
  language;
- that every expected source exists, and that every must_include element occurs, after the
  scorer's normalisation (score.normalise / score.contains), in at least one expected
  source, in EVERY view of it: HTML without tags and raw; the costume-rental notice decoded
  as Windows-1252; other text as UTF-8; the two DOCX in the generator's text
  (make_docx.py), in word/document.xml read with zipfile and, when importable, through
  python-docx (paragraphs and table cells); the two PDFs in the generator's text
  (make_pdf.py) and, when importable, through pdfplumber (else pypdf);
- that the built DOCX and PDFs hold their generators' words (rebuild if not), and the
  cp1252 notice its generator's text;
- that the agreement PDF has 6-9 pages with the running header and "Page N of M" on every
  page, sections "§ 12" with sub-sections and lettered items, contract years from
  1 October, rules citing Schedule 1 rows by code and the AI section; that the expired
  summary is marked EXPIRED on every page;
- that the rate schedule DOCX has two tables with the year columns "Oct 2024/2025/2026",
  cells merged across the year columns, the misprint CHF 2'458.00 in row W-2 (Oct 2025)
  and a note under each table;
- that the Avenant changes the deletion rule from 1 November 2026, D-1 from 1 January
  2027 and the port-day supplement from 1 April 2027, keeps everything else and avoids
  the banned wordings; that the correction e-mail has its headers, a quoted message and
  no banned wording; the allowances page's <caption>, <th scope> and boilerplate; the
  news page's headline, byline, date and share buttons; the podcast's timestamped turns;
  the cp1252 notice's encoding;
- the franc, percentage and date spellings; no dollar, euro or pound sign;
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
PREFIX = "up"
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
    "up-048": [r"commission", r"\bagents?\b", r"impresario"],
    "up-049": [r"cracheu", r"fire", r"\bfeu\b", r"assurance", r"insurance", r"br[ûu]l"],
    "up-050": [r"2028"],
    "up-051": [r"animal", r"animaux", r"colombe", r"\bdoves?\b", r"chien", r"\bdogs?\b"],
    "up-052": [r"merch", r"t-?shirt", r"produits d[ée]riv[ée]s"],
    "up-053": [r"pension", r"retraite", r"retire", r"pilier"],
    "up-054": [r"\btax", r"\bvat\b", r"\btva\b", r"imp[ôo]ts?\b", r"fiscal"],
    "up-055": [r"[ée]cole", r"school", r"tuition"],
    "up-056": [r"croupier", r"dealer", r"blackjack", r"roulette"],
    "up-057": [r"unemploy", r"ch[ôo]mage", r"jobless"],
    "up-058": [r"9'?999"],
    "up-059": [r"(?<!\d)90 (jours|days)\b"],
    "up-060": [r"777"],
}

AGREEMENT = "uvca-variety-cruise-agreement-2024-2027.pdf"
SUMMARY = "summary-variety-stage-agreement-2021-2024-expired.pdf"
SCHEDULE = "uvca-schedule-1-minimum-fees-2024-2027.docx"
AVENANT = "avenant-no-1-uavc-aesl-2026.docx"
ALLOWANCES = "uvca-cruise-resort-allowances-2024-2027.html"
EMAIL = "correction-schedule-1-row-w2-email-2025-11-13.txt"
FAQ = "uvca-member-faq.md"
NEWS = "gazette-du-lac-2026-11-03-avenant-artistes-variete.html"
PODCAST = "greasepaint-and-gangways-ep41-transcript.txt"
EXCURSIONS = "ombrel-lines-shore-excursions-2026-2027.html"
NOTICE = "costumerie-de-la-greve-tarifs-location.txt"
PDF_TEXT = {AGREEMENT: make_pdf.agreement_text, SUMMARY: make_pdf.summary_text}
PDF_HEADER = {AGREEMENT: make_pdf.RUNNING_HEADER, SUMMARY: make_pdf.SUMMARY_HEADER}
DOCX_TEXT = {SCHEDULE: make_docx.schedule_text, AVENANT: make_docx.avenant_text}
CP1252_FILES = {NOTICE}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SPELLINGS = {
    "CHF with an apostrophe separator (CHF 1'521.10)": r"CHF \d{1,3}'\d{3}\.\d\d",
    "Fr. before the amount (Fr. 49.30)": r"Fr\. \d+\.\d\d",
    "CHF after, French style (1 250,00 CHF)": r"\d[ \u00a0\u202f]\d{3},\d\d[ \u00a0\u202f]CHF",
    "CHF with a dash for no centimes (CHF 35.–)": r"CHF \d+\.\u2013",
    "CHF without centimes (CHF 60 or CHF 150)": r"CHF \d+(?![\d.,'])",
    "francs after the amount (52 francs)": r"\d francs",
    "percentage 12.5%": r"12\.5%",
    "percentage 12,5 %": r"12,5[ \u00a0\u202f]%",
    "percentage in words": r"three-quarters of one per cent",
    "date 1 October 2026": r"\b1 October 2026",
    "date October 1, 2026": r"October 1, 2026",
    "date 2026-10-01": r"2026-10-01",
    "date 1er octobre 2026": r"1er octobre 2026",
    "date 01.10.2026 (Swiss style)": r"01\.10\.2026",
    "month-year Oct 2025 (table header)": r"\bOct 2025\b",
}
BANNED_AMENDMENT = (
    "is replaced by",
    "should read",
    "becomes",
    "no longer applies",
    "struck out",
    "inserted in their place",
    "is raised from",
    "substitute",
    "in place of",
    "will not apply",
    "remplacé par",
    "remplacée par",
    "remplacés par",
    "au lieu de",
    "en lieu et place",
    "ne s'applique plus",
    "ne sera pas appliqué",
    "est porté de",
    "devient",
)
BANNED_CORRECTION = (
    "should read",
    "printed as",
    "is an error",
    "published |",
    "corrected |",
    "transposed",
    "typesetting slip",
    "never agreed",
    "instead of",
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


def pdf_pages(path: str) -> tuple[str, list[str]] | None:
    """The PDF's pages through pdfplumber when importable, else pypdf, else None."""
    try:
        import pdfplumber
    except ImportError:
        pdfplumber = None
    if pdfplumber is not None:
        with pdfplumber.open(path) as pdf:
            return "pdfplumber", [page.extract_text() or "" for page in pdf.pages]
    try:
        import pypdf
    except ImportError:
        return None
    return "pypdf", [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]


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
        pages = pdf_pages(path)
        if pages is None:
            warnings.append(f"{name}: neither pdfplumber nor pypdf importable, view skipped")
        else:
            out.append((pages[0], "\n".join(pages[1])))
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


def check_pdfs(errors: list[str]) -> None:
    text = make_pdf.agreement_text()
    for needle in (
        "\u00a7 17 Digital doubles and synthetic personas",
        "\u00a7 12 Touring per diem and travel",
        "12.3 ",
        "(c) Year 3 runs from 1 October 2026",
        "runs from 1 October 2024 to 30 September 2027",
        "Year 2 runs from 1 October 2025 to 30 September 2026",
        "the fee in row D-3 of Schedule 1",
        "row O-1 of Schedule 1",
        "twenty-one (21) days",
        "three-quarters of one per cent (0.75%)",
        "12.5%",
        "within 48 hours",
        "within 14 days",
        "Consent is not a condition of hire",
        "separate written consent",
        "shall never be used for training",
        '"in the style of"',
        "not a live performance",
        "sixty (60) days",
        "estate",
        "pay-to-play",
        "belong to the performer",
        "forty-five (45) days",
        "single cabin",
        "sign-off travel",
        "under sixteen (16)",
    ):
        if needle not in text:
            errors.append(f"{AGREEMENT}: lacks {needle!r}")
    summary = make_pdf.summary_text()
    for needle in (
        "EXPIRED",
        "expired on 30 September 2024",
        "CHF 1'850.\u2013",
        "forty-five (45) days",
        "one hundred and eighty (180) days",
        "no separate consent for training",
    ):
        if needle not in summary:
            errors.append(f"{SUMMARY}: lacks {needle!r}")
    for name, (lo, hi) in ((AGREEMENT, (6, 9)), (SUMMARY, (1, 3))):
        got = pdf_pages(os.path.join(DOCS, name))
        if got is None:
            continue
        label, pages = got
        if not lo <= len(pages) <= hi:
            errors.append(f"{name}: {len(pages)} pages in {label} (want {lo}-{hi})")
        header = " ".join(PDF_HEADER[name].split())
        for i, page in enumerate(pages, 1):
            flat = " ".join(page.split())
            if header not in flat:
                errors.append(f"{name}: page {i} lacks the running header ({label})")
            if f"Page {i} of {len(pages)}" not in flat:
                errors.append(f"{name}: page {i} lacks 'Page {i} of {len(pages)}' ({label})")


def check_schedule(errors: list[str]) -> None:
    if make_docx.YEAR_HEADERS != ["Oct 2024", "Oct 2025", "Oct 2026"]:
        errors.append(f"{SCHEDULE}: year columns are not Oct 2024 / Oct 2025 / Oct 2026")
    rows = {row[0]: row for row in make_docx.PART_A + make_docx.PART_B}
    if rows.get("W-2", [])[5:8] != ["CHF 2'400.00", "CHF 2'458.00", "CHF 2'572.00"]:
        errors.append(f"{SCHEDULE}: row W-2 does not print the misprint CHF 2'458.00 in Oct 2025")
    if rows.get("D-1", [])[5:8] != ["CHF 380.00", "CHF 393.30", "CHF 407.10"]:
        errors.append(f"{SCHEDULE}: row D-1 is not 380.00 | 393.30 | 407.10")
    for code in ("K-1", "K-2", "D-3", "M-3"):
        if len(rows.get(code, [])) != 6 or "all years" not in rows[code][5]:
            errors.append(f"{SCHEDULE}: row {code} is not one amount for all years")
    if "exclude holiday pay" not in make_docx.NOTE_A or "include board" not in make_docx.NOTE_B:
        errors.append(f"{SCHEDULE}: the notes under the tables lack holiday pay / board")
    try:
        import docx
    except ImportError:
        return
    d = docx.Document(os.path.join(DOCS, SCHEDULE))
    if len(d.tables) != 2:
        errors.append(f"{SCHEDULE}: {len(d.tables)} Word tables (want 2)")
        return
    for t, part in zip(d.tables, (make_docx.PART_A, make_docx.PART_B), strict=True):
        head = [c.text for c in t.rows[0].cells]
        if head != make_docx.HEADER:
            errors.append(f"{SCHEDULE}: table header {head}")
        if len(t.rows) != len(part) + 1:
            errors.append(f"{SCHEDULE}: a table has {len(t.rows) - 1} rows (want {len(part)})")
        merged = 0
        for row in t.rows[1:]:
            tcs = row._tr.tc_lst
            if len(tcs) == 6:
                merged += 1
        if merged == 0:
            errors.append(f"{SCHEDULE}: a table has no cell merged across the year columns")


def check_avenant_and_email(errors: list[str]) -> None:
    av = make_docx.avenant_text()
    for needle in (
        "Avenant n\u00b0 1",
        "1er octobre 2026",
        "\u00c0 compter du 1er novembre 2026",
        "trente (30) jours",
        "soixante (60) jours",
        "1er janvier 2027",
        "CHF 438.60",
        "CHF 407.10",
        "1er avril 2027",
        "Fr. 51.80",
        "Fr. 49.30",
        "12,5 %",
        "n'a pas d'effet r\u00e9troactif",
        "restent en tous points telles",
        "22 octobre 2026",
    ):
        if needle not in av:
            errors.append(f"{AVENANT}: lacks {needle!r}")
    for banned in BANNED_AMENDMENT:
        if banned in av.lower():
            errors.append(f"{AVENANT}: uses the wording {banned!r}")
    with open(os.path.join(DOCS, EMAIL), encoding="utf-8") as f:
        mail = f.read()
    for needle in (
        "From: ",
        "To: ",
        "Date: ",
        "Subject: ",
        "\n> ",
        "W-2",
        "CHF 2'458.00",
        "CHF 2'485.00",
        "Oct 2025",
        "CHF 27.-",
    ):
        if needle not in mail:
            errors.append(f"{EMAIL}: lacks {needle!r}")
    for banned in BANNED_CORRECTION:
        if banned in mail.lower():
            errors.append(f"{EMAIL}: uses the wording {banned!r}")


def check_pages(errors: list[str]) -> None:
    with open(os.path.join(DOCS, ALLOWANCES), encoding="utf-8") as f:
        page = f.read()
    for needle in (
        "<caption>",
        'scope="row"',
        'scope="col"',
        "<nav",
        "breadcrumbs",
        "<footer",
        'colspan="3"',
        "2026-10-01",
    ):
        if needle not in page:
            errors.append(f"{ALLOWANCES}: lacks {needle!r}")
    with open(os.path.join(DOCS, FAQ), encoding="utf-8") as f:
        faq = f.read()
    if len(re.findall(r"^## .+\?$", faq, re.M)) < 6:
        errors.append(f"{FAQ}: fewer than six '## ' question headings")
    with open(os.path.join(DOCS, NEWS), encoding="utf-8") as f:
        news = f.read()
    for needle in (
        "<h1>",
        'class="byline">Par ',
        '<time datetime="2026-11-03">',
        "Partager",
        "À lire aussi",
        "environ 52 francs",
        "un peu plus de 400 francs",
    ):
        if needle not in news:
            errors.append(f"{NEWS}: lacks {needle!r}")
    with open(os.path.join(DOCS, PODCAST), encoding="utf-8") as f:
        tr = f.read()
    turns = re.findall(r"^\[\d\d:\d\d:\d\d\] (Jory Palethorpe|Ottilie Rennaz):", tr, re.M)
    if len(turns) < 10:
        errors.append(f"{PODCAST}: fewer than ten timestamped speaker turns")
    with open(os.path.join(DOCS, NOTICE), "rb") as f:
        raw = f.read()
    if b"\xe9" not in raw:
        errors.append(f"{NOTICE}: lacks the single byte E9 (é)")
    try:
        raw.decode("utf-8")
        errors.append(f"{NOTICE}: decodes as UTF-8 (it must be Windows-1252)")
    except UnicodeDecodeError:
        pass
    if raw.decode("cp1252").replace("\r\n", "\n") != make_notice.NOTICE:
        errors.append(f"{NOTICE}: differs from make_notice.py; rebuild")


def check_spellings(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    corpus = "\n".join(text for vs in doc_views.values() for _, text, _ in vs)
    if any(c in corpus for c in "$\u20ac\u00a3"):
        errors.append("a document contains a dollar, euro or pound sign (this set is in francs)")
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

    for name in (AGREEMENT, SUMMARY, SCHEDULE, AVENANT):
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

    for name in (ALLOWANCES, EMAIL, FAQ, NEWS, PODCAST, EXCURSIONS, NOTICE):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_pdfs(errors)
        check_schedule(errors)
        check_avenant_and_email(errors)
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
