#!/usr/bin/env python3
"""Check the union-n set itself: questions.json against docs/ (no project needed).

    python3 eval/union-n/check_set.py                      # stdlib only
    /work/main/.venv/bin/python eval/union-n/check_set.py  # also python-docx, pypdf, pdfplumber

Checks:
- the fields and values of every question, ids un-001.. in order, counts per kind and
  language;
- that every expected source exists, and that every must_include element occurs, after the
  scorer's normalisation (score.normalise / score.contains), in at least one expected
  source, in EVERY view of it: HTML without tags and raw; the rate bulletin decoded as
  UTF-16; other text as UTF-8; the rate schedule DOCX in the generator's text
  (make_docx.py), in word/document.xml read with zipfile and, when importable, through
  python-docx (paragraphs and table cells); the two PDFs in the generator's text
  (make_pdf.py) and, when importable, through pypdf and pdfplumber;
- that the built DOCX and PDFs hold their generators' words (rebuild if not);
- that the agreement PDF has several pages, the running header and "Page N of M" on each
  page, clause 11.4.2, contract years from 1 May and the synthetic-model clause; that the
  expired summary is marked EXPIRED;
- that the rate schedule has three real Word tables with dated year columns, merged
  "all years" cells, and the misprint CHF 1,113.20 in row M-8, Year 2; that the UTF-16
  bulletin (BOM FF FE, not UTF-8) gives 1,130.20 from 2026-05-01 without the banned
  wordings;
- that the French protocol changes clause 6.1 from 1 November 2026, R-2 from 1 March 2027
  and D-2 from 1 May 2027, avoids the banned wordings and keeps everything else;
- the franc, date and percentage spellings; no dollar, euro or pound sign;
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
import make_bulletin  # noqa: E402
import make_docx  # noqa: E402
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
PREFIX = "un"
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
    "un-048": [r"commission", r"brightwell"],
    "un-049": [r"\bpets?\b", r"\bdogs?\b", r"\bchiens?\b", r"\banima(l|ux)"],
    "un-050": [r"coiff", r"\bhair", r"maquill", r"make-?up", r"stylist"],
    "un-051": [r"cruise", r"croisi[èe]re", r"\bships?\b", r"paquebot", r"navire"],
    "un-052": [r"2029"],
    "un-053": [r"\bnft", r"blockchain", r"crypto", r"\btokens?\b", r"\bjetons?\b"],
    "un-054": [r"insurance", r"assurance", r"maladie", r"\bhealth"],
    "un-055": [
        r"\btax",
        r"imp[ôo]ts?\b",
        r"fiscal",
        r"d[ée]duct",
        r"d[ée]dui",
        r"\btva\b",
        r"\bvat\b",
    ],
    "un-056": [r"school", r"[ée]cole", r"tuition", r"academ"],
    "un-057": [r"tattoo", r"tatou"],
    "un-058": [r"999"],
    "un-059": [r"(?<!\d)5 (jours|days)\b"],
    "un-060": [r"75.?000"],
}

AGREEMENT = "fmcu-fashion-image-agreement-2025-2028.pdf"
SUMMARY = "summary-photographic-runway-agreement-2021-2025-expired.pdf"
RATE_SCHEDULE = "fmcu-rate-schedule-2025-2028.docx"
USAGE = "fmcu-usage-buyout-fee-table-2025-2028.md"
PROTOCOL = "protocole-accord-no-1-2026.html"
BULLETIN = "fmcu-rate-bulletin-2026-3.txt"
FAQ = "fmcu-member-faq-2026.html"
NEWS = "courrier-saint-lorval-2026-10-20-protocole-mannequins.md"
TRANSCRIPT = "podcast-off-the-runway-ep41-transcript.txt"
PDF_TEXT = {AGREEMENT: make_pdf.agreement_text, SUMMARY: make_pdf.summary_text}
UTF16_FILES = {BULLETIN}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
YEAR_HEADERS = [
    "Year 1 (1 May 2025 \u2013 30 Apr 2026)",
    "Year 2 (1 May 2026 \u2013 30 Apr 2027)",
    "Year 3 (1 May 2027 \u2013 30 Apr 2028)",
]
SPELLINGS = {
    "CHF before the amount (CHF 1,204.50)": r"CHF \d{1,3},\d{3}\.\d\d",
    "CHF after, French style (1 204,50 CHF)": r"\d[ \u00a0\u202f]\d{3},\d\d[ \u00a0\u202f]CHF",
    "Fr. before the amount (Fr. 120.00)": r"Fr\. \d+\.\d\d",
    "francs after the amount (1180.00 francs)": r"\d{4}\.\d\d francs",
    "apostrophe thousands (CHF 2'450.00)": r"CHF \d{1,3}'\d{3}\.\d\d",
    "percentage 12.5%": r"12\.5%",
    "percentage 12,5 %": r"12,5[ \u00a0\u202f]%",
    "percentage in words": r"one and a half per cent",
    "date 1 May 2026": r"\b1 May 2026",
    "date May 1, 2026": r"May 1, 2026",
    "date 2026-05-01": r"2026-05-01",
    "date 1er mai 2026": r"1er mai 2026",
    "date 01.05.2026": r"01\.05\.2026",
}
BANNED_PROTOCOL = (
    "is replaced by",
    "should read",
    "becomes",
    "no longer applies",
    "struck out",
    "inserted in their place",
    "is raised from",
    "est remplacé par",
    "est remplacée par",
    "devient",
    "est porté de",
)
BANNED_BULLETIN = (
    "should read",
    "printed as",
    "is an error",
    "published",
    "corrected |",
    "transposed",
    "typesetting slip",
    "never agreed",
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


def pdf_pdfplumber(path: str) -> str | None:
    try:
        import pdfplumber
    except ImportError:
        return None
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


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
        pages = pdf_pages_pypdf(path)
        if pages is None:
            warnings.append(f"{name}: pypdf not importable, view skipped")
        else:
            out.append(("pypdf", "\n".join(pages)))
        plumber = pdf_pdfplumber(path)
        if plumber is None:
            warnings.append(f"{name}: pdfplumber not importable, view skipped")
        else:
            out.append(("pdfplumber", plumber))
        return out, warnings
    if name.endswith(".docx"):
        out = [("generator", make_docx.rate_schedule_text()), ("zip", docx_zip_text(path))]
        dd = docx_python_docx(path)
        if dd is None:
            warnings.append(f"{name}: python-docx not importable, read with zipfile only")
        else:
            out.append(("python-docx", dd))
        return out, warnings
    with open(path, "rb") as f:
        raw = f.read()
    if name in UTF16_FILES:
        return [("utf-16", raw.decode("utf-16"))], warnings
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
    text = make_pdf.agreement_text()
    for needle in (
        "11.4.2",
        "17. Synthetic models and digital twins",
        "Consent is not a condition of booking",
        "from 1 May 2025 to 30 April 2028",
        "Year 2 from 1 May 2026 to 30 April 2027",
        "thirty (30) days",
        "one and a half per cent (1.5%)",
        "twenty-four (24) hours",
        "forty-eight (48) hours",
        "sixty (60) days",
        "estate",
        "separate written consent",
        "ten (10) working days",
    ):
        if needle not in text:
            errors.append(f"{AGREEMENT}: lacks {needle!r}")
    pages = pdf_pages_pypdf(os.path.join(DOCS, AGREEMENT))
    if pages is not None:
        if len(pages) < 3:
            errors.append(f"{AGREEMENT}: {len(pages)} pages (want several)")
        for i, page in enumerate(pages, 1):
            if f"Page {i} of {len(pages)}" not in page:
                errors.append(f"{AGREEMENT}: page {i} lacks the footer 'Page {i} of {len(pages)}'")
            if "FIA 2025\u20132028" not in page.splitlines()[0]:
                errors.append(f"{AGREEMENT}: page {i} lacks the running header")
    summary = make_pdf.summary_text()
    for needle in ("EXPIRED", "expired on 30 April 2025", "1180.00 francs", "forty-five (45) days"):
        if needle not in summary:
            errors.append(f"{SUMMARY}: lacks {needle!r}")


def check_rate_schedule_and_bulletin(errors: list[str]) -> None:
    if make_docx.HEADER[-3:] != YEAR_HEADERS:
        errors.append(f"{RATE_SCHEDULE}: year columns are not headed by their dates")
    rows = {row[0]: row for _, rs in make_docx.TABLES for row in rs}
    if rows.get("M-8", [])[4:7] != ["CHF 1,092.00", "CHF 1,113.20", "CHF 1,169.80"]:
        errors.append(f"{RATE_SCHEDULE}: row M-8 does not print the misprint 1,113.20 in Year 2")
    if rows.get("R-2", [])[4:7] != ["CHF 840.00", "CHF 869.40", "CHF 899.80"]:
        errors.append(f"{RATE_SCHEDULE}: row R-2 does not print 840.00 | 869.40 | 899.80")
    if rows.get("D-2", [])[4:7] != ["CHF 620.00", "CHF 641.70", "CHF 664.20"]:
        errors.append(f"{RATE_SCHEDULE}: row D-2 does not print 620.00 | 641.70 | 664.20")
    for code in ("R-4", "T-1", "D-1", "D-4"):
        if len(rows.get(code, [])) != 5 or "all years" not in rows[code][4]:
            errors.append(f"{RATE_SCHEDULE}: row {code} is not one amount for all years")
    with zipfile.ZipFile(os.path.join(DOCS, RATE_SCHEDULE)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    if xml.count("<w:tbl>") != 3:
        errors.append(f"{RATE_SCHEDULE}: {xml.count('<w:tbl>')} Word tables (want 3)")
    if xml.count('<w:gridSpan w:val="3"/>') < 4:
        errors.append(f"{RATE_SCHEDULE}: fewer than 4 merged all-years cells")
    with open(os.path.join(DOCS, BULLETIN), "rb") as f:
        raw = f.read()
    if not raw.startswith(b"\xff\xfe"):
        errors.append(f"{BULLETIN}: does not start with the UTF-16 LE BOM FF FE")
    try:
        raw.decode("utf-8")
        errors.append(f"{BULLETIN}: decodes as UTF-8 (it must be UTF-16)")
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-16")
    if text.replace("\r\n", "\n") != make_bulletin.BULLETIN:
        errors.append(f"{BULLETIN}: differs from make_bulletin.py; rebuild")
    for needle in ("M-8", "CHF 1,113.20", "CHF 1,130.20", "2026-05-01", "Year 2"):
        if needle not in text:
            errors.append(f"{BULLETIN}: lacks {needle!r}")
    for banned in BANNED_BULLETIN:
        if banned in text.lower():
            errors.append(f"{BULLETIN}: uses the wording {banned!r}")


def check_protocol(errors: list[str]) -> None:
    with open(os.path.join(DOCS, PROTOCOL), encoding="utf-8") as f:
        text = f.read()
    for needle in (
        "1er novembre 2026",
        "vingt et un (21) jours",
        "28 février 2027",
        "1er mars 2027",
        "905,40 CHF",
        "936,60 CHF",
        "899,80 CHF",
        "1er mai 2027",
        "712,00 CHF",
        "664,20 CHF",
        "1 221,30 CHF",
        "demeurent telles qu'elles ont été signées",
    ):
        if needle not in text:
            errors.append(f"{PROTOCOL}: lacks {needle!r}")
    for banned in BANNED_PROTOCOL:
        if banned in text.lower():
            errors.append(f"{PROTOCOL}: uses the wording {banned!r}")
    with open(os.path.join(DOCS, FAQ), encoding="utf-8") as f:
        faq = f.read()
    if len(re.findall(r"<h3>[^<]*\?</h3>", faq)) < 6:
        errors.append(f"{FAQ}: fewer than six questions as <h3> headings")
    with open(os.path.join(DOCS, NEWS), encoding="utf-8") as f:
        news = f.read()
    if not re.match(r"---\ntitle: .+\ndate: 2026-10-20\nauthor: .+\n---\n", news):
        errors.append(f"{NEWS}: lacks the YAML front matter (title, date, author)")
    with open(os.path.join(DOCS, TRANSCRIPT), encoding="utf-8") as f:
        tr = f.read()
    if len(re.findall(r"^\[\d\d:\d\d:\d\d\] (FENWRIGHT|ACHTERBERG):", tr, re.M)) < 10:
        errors.append(f"{TRANSCRIPT}: fewer than ten timestamped speaker turns")
    with open(os.path.join(DOCS, USAGE), encoding="utf-8") as f:
        usage = f.read()
    if not all(h in usage for h in YEAR_HEADERS) or "| Worldwide | 260 % |" not in usage:
        errors.append(f"{USAGE}: lacks the dated year columns or the territory multipliers")


def check_spellings(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    corpus = "\n".join(text for vs in doc_views.values() for _, text, _ in vs)
    if any(c in corpus for c in "$\u00a3\u20ac"):
        errors.append("a document contains a dollar, pound or euro sign (this set is in francs)")
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

    for name in (AGREEMENT, SUMMARY, RATE_SCHEDULE):
        if name not in doc_views:
            errors.append(f"{name} missing; run its generator")
            continue
        vs = {label: norm for label, _, norm in doc_views[name]}
        gen_words = Counter(re.findall(r"\w+", vs["generator"]))
        for label, norm in vs.items():
            if label == "generator":
                continue
            words = Counter(re.findall(r"\w+", norm))
            if any(w not in words for w in gen_words if w.isalpha()):
                errors.append(f"{name}: {label} text lacks words of its generator; rebuild")

    for name in (
        AGREEMENT,
        SUMMARY,
        RATE_SCHEDULE,
        USAGE,
        PROTOCOL,
        BULLETIN,
        FAQ,
        NEWS,
        TRANSCRIPT,
    ):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_agreement(errors)
        check_rate_schedule_and_bulletin(errors)
        check_protocol(errors)
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
