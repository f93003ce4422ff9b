#!/usr/bin/env python3
"""Check the union-m set itself: questions.json against docs/ (no project needed).

    python3 eval/union-m/check_set.py                      # stdlib only
    /work/main/.venv/bin/python eval/union-m/check_set.py  # also python-docx, pypdf, pdfplumber

Checks:
- the fields and values of every question, ids um-001.. in order, counts per kind and
  language;
- that every expected source exists, and that every must_include element occurs, after the
  scorer's normalisation (score.normalise / score.contains), in at least one expected
  source, in EVERY view of it: HTML without tags, scripts and styles, and raw; the letter
  of agreement decoded as cp1252; other text files decoded as UTF-8; the two DOCX files in
  the generator's text (make_docx.py), in word/document.xml read with zipfile and, when
  importable, through python-docx; the rate schedule PDF in the generator's text
  (make_pdf.py), in the text pypdf extracts and, when importable, in pdfplumber's page
  text and table cells;
- that the built DOCX and PDF files hold their generators' words (rebuild if not);
- that the agreement uses Word heading styles for its articles, cites "Article 9.4(b)",
  has seasons from 1 September and the digital double article; that the summary of the
  previous agreement is marked expired;
- that the rate schedule PDF has a ruled table (pdfplumber) with three season columns
  headed by dates, rows spanning the season columns, the misprint EUR 360.40 in row S-2,
  Season 2, and that the erratum gives 306.40 without the banned wordings;
- that the letter of agreement is cp1252 (é, €, ’ and § as cp1252 bytes, not UTF-8),
  changes Article 8.2 from 1 October 2026, row P-1 from 1 March 2027 and row D-2 from
  1 September 2027, avoids the banned wordings and says everything else stays as it was;
- the euro, date and percentage spellings; no dollar or pound sign;
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
PREFIX = "um"
# score.py prints kinds outside its own list after them; this set adds one.
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

# Terms that must occur in no document, for each out-of-scope question (regexes,
# case-insensitive, matched against the raw text of every document view).
OOS_ABSENT = {
    "um-048": [r"busk", r"\bpermits?\b", r"\bpermis\b", r"amuseur", r"street perf", r"waterfront"],
    "um-049": [
        r"magi[ce]",
        r"royalt",
        r"redevance",
        r"droits? d.auteur",
        r"illusion",
        r"tours? de",
    ],
    "um-050": [
        r"\banima(l|ux)",
        r"horse",
        r"chevaux",
        r"\bcheval",
        r"dresseu",
        r"handler",
        r"[ée]questr",
    ],
    "um-051": [r"cruise", r"croisi[èe]re", r"\bship", r"paquebot", r"navire"],
    "um-052": [r"2029"],
    "um-053": [r"drone", r"light show", r"spectacle de lumi"],
    "um-054": [r"maternit", r"enceinte", r"pregnan", r"parental", r"grossesse", r"paternit"],
    "um-055": [r"\btax", r"imp[ôo]ts?\b", r"fiscal", r"deduct", r"\btva\b", r"\bvat\b"],
    "um-056": [r"commission", r"billetterie", r"vente de billets", r"ticket.?sales"],
    "um-057": [r"skat", r"patin", r"\bice\b", r"\brink\b", r"sur glace"],
    # injected claims of the adversarial questions
    "um-058": [r"999[.,]99"],
    "um-059": [r"\b52 (semaines|weeks)", r"100 ?% pendant"],
    "um-060": [r"\b400 (days|jours)"],
}

AGREEMENT = "cppu-live-performance-puppetry-agreement-2025-2028.docx"
SUMMARY = "summary-circus-park-agreement-2022-2025-expired.docx"
RATE_SCHEDULE = "cppu-rate-schedule-2025-2028.pdf"
SUPPLEMENTS = "cppu-supplements-2025-2028.html"
LETTER = "letter-of-agreement-no-2-2026.txt"
ERRATUM = "erratum-rate-schedule-row-s2.md"
FAQ = "faq-membres-sacpmo-2026-2027.md"
NEWS = "ombrel-gazette-2026-09-21-puppeteers-heat-breaks.html"
TRANSCRIPT = "transcription-radio-rives-2026-10-02-entrevue-trocadier.txt"
CP1252_FILES = {LETTER}
DOCX_TEXT = {AGREEMENT: make_docx.agreement_text, SUMMARY: make_docx.summary_text}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SEASON_HEADERS = [
    "Season 1 / 1 Sep 2025 \u2013 31 Aug 2026",
    "Season 2 / 1 Sep 2026 \u2013 31 Aug 2027",
    "Season 3 / 1 Sep 2027 \u2013 31 Aug 2028",
]
# Spellings that must each occur somewhere in the corpus (regexes on the raw text).
SPELLINGS = {
    "€ before the amount with a thousands comma (€1,204.50)": r"€\d{1,3},\d{3}\.\d\d",
    "€ after the amount, French style (1 204,50 €)": r"\d[ \u00a0\u202f]\d{3},\d\d[ \u00a0\u202f]?€",
    "EUR before the amount (EUR 1,204.50)": r"EUR \d{1,3},\d{3}\.\d\d",
    "euros after the amount (1204.50 euros)": r"\d{4}\.\d\d euros",
    "dot thousands, comma decimals (1.204,50 €)": r"\d\.\d{3},\d\d ?€",
    "percentage 12.5%": r"12\.5%",
    "percentage 12,5 %": r"12,5[ \u00a0\u202f]%",
    "percentage in words": r"twelve and a half per cent",
    "date 1 September 2026": r"\b1 September 2026",
    "date Sept. 1, 2026": r"Sept\. 1, 2026",
    "date 2026-09-01": r"2026-09-01",
    "date 1er septembre 2026": r"1er septembre 2026",
    "date 01/09/2026": r"01/09/2026",
}
BANNED_LETTER = (
    "is replaced by",
    "should read",
    "becomes",
    "no longer applies",
    "struck out",
    "inserted in their place",
    "is raised from",
)
BANNED_ERRATUM = (
    "should read",
    "printed as",
    "is an error",
    "published",
    "corrected",
    "transposed",
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


def pdf_pypdf(path: str) -> str | None:
    try:
        import pypdf
    except ImportError:
        return None
    reader = pypdf.PdfReader(path)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def pdf_tables(path: str) -> list[list[list[str | None]]] | None:
    """pdfplumber's tables (rows of cells), or None when pdfplumber is not importable."""
    try:
        import pdfplumber
    except ImportError:
        return None
    with pdfplumber.open(path) as pdf:
        return [t for page in pdf.pages for t in page.extract_tables()]


def pdf_pdfplumber(path: str) -> str | None:
    """pdfplumber's page text followed by its table rows (cells joined by " | ")."""
    try:
        import pdfplumber
    except ImportError:
        return None
    lines: list[str] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            lines.append(page.extract_text() or "")
            for table in page.extract_tables():
                for row in table:
                    lines.append(" | ".join(c for c in row if c))
    return "\n".join(lines)


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
    return "\n".join(p.text for p in docx.Document(path).paragraphs)


def views(name: str) -> tuple[list[tuple[str, str]], list[str]]:
    """[(label, text)] for a document, and warnings."""
    path = os.path.join(DOCS, name)
    warnings: list[str] = []
    if name.endswith(".pdf"):
        out = [("generator", make_pdf.rate_schedule_text())] if name == RATE_SCHEDULE else []
        for label, fn in (("pypdf", pdf_pypdf), ("pdfplumber", pdf_pdfplumber)):
            text = fn(path)
            if text is None:
                warnings.append(f"{name}: {label} not importable, view skipped")
            else:
                out.append((label, text))
        return out, warnings
    if name.endswith(".docx"):
        out = [("generator", DOCX_TEXT[name]())] if name in DOCX_TEXT else []
        out.append(("zip", docx_zip_text(path)))
        dd = docx_python_docx(path)
        if dd is None:
            warnings.append(f"{name}: python-docx not importable, read with zipfile only")
        else:
            out.append(("python-docx", dd))
        return out, warnings
    with open(path, "rb") as f:
        raw = f.read()
    # a letter that is not cp1252 is reported by check_letter, not here
    text = raw.decode("cp1252", "replace") if name in CP1252_FILES else raw.decode("utf-8")
    if name.endswith((".html", ".htm")):
        return [("html-text", html_text(text)), ("raw", text)], warnings
    return [("cp1252" if name in CP1252_FILES else "text", text)], warnings


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
        "Article 9.4(b)",
        "(b) A rigging-check call",
        "Article 17 \u2013 Digital doubles",
        "not a condition of engagement",
        "1 September 2025 to 31 August 2028",
        "Season 3 from\n1 September 2027".replace("\n", " "),
        "twelve and a half per cent",
        "fourteen (14) days",
        "27 \u00b0C",
        "EUR 1,437.60",
        "sixty (60) days",
    ):
        if needle not in text:
            errors.append(f"{AGREEMENT}: lacks {needle!r}")
    if re.search(r"1 (April|January|July) 20\d\d to", text):
        errors.append(f"{AGREEMENT}: mentions a contract year not starting on 1 September")
    with zipfile.ZipFile(os.path.join(DOCS, AGREEMENT)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    if xml.count('<w:pStyle w:val="Heading1"/>') < 18:
        errors.append(f"{AGREEMENT}: fewer than 18 articles in the Heading 1 style")
    if "<w:tbl>" in xml:
        errors.append(f"{AGREEMENT}: has a table (it should be running text)")
    summary = make_docx.summary_text()
    for needle in (
        "EXPIRED",
        "expired on 31 August 2025",
        "\u20ac950.00",
        "60%",
        "twenty-one (21) days",
        "1098.00 euros",
    ):
        if needle not in summary:
            errors.append(f"{SUMMARY}: lacks {needle!r}")


def check_rate_schedule_and_erratum(errors: list[str]) -> None:
    if make_pdf.HEADER[-3:] != SEASON_HEADERS:
        errors.append(f"{RATE_SCHEDULE}: season columns are not headed by their dates")
    rows = {row[0]: row for row in make_pdf.ROWS}
    if rows.get("S-2", [])[4:7] != ["\u20ac296.00", "\u20ac360.40", "\u20ac317.10"]:
        errors.append(f"{RATE_SCHEDULE}: row S-2 does not print the misprint €360.40 in Season 2")
    if rows.get("P-1", [])[4:7] != ["\u20ac591.70", "\u20ac612.40", "\u20ac633.80"]:
        errors.append(f"{RATE_SCHEDULE}: row P-1 does not print 591.70 | 612.40 | 633.80")
    if rows.get("D-2", [])[4:7] != ["\u20ac1,480.00", "\u20ac1,532.00", "\u20ac1,585.60"]:
        errors.append(f"{RATE_SCHEDULE}: row D-2 does not print 1,480.00 | 1,532.00 | 1,585.60")
    for code in ("R-2", "P-3", "T-1", "D-3"):
        if len(rows.get(code, [])) != 5 or "all seasons" not in rows[code][4]:
            errors.append(f"{RATE_SCHEDULE}: row {code} is not one amount for all seasons")
    tables = pdf_tables(os.path.join(DOCS, RATE_SCHEDULE))
    if tables is not None:
        if not tables:
            errors.append(f"{RATE_SCHEDULE}: pdfplumber finds no ruled table")
        else:
            cells = {r[0]: r for t in tables for r in t if r and r[0]}
            head = next((r for t in tables for r in t if r and r[0] == "Code"), None)
            if (
                head is None
                or len(head) != 7
                or [" ".join((c or "").split()) for c in head[4:]] != SEASON_HEADERS
            ):
                errors.append(f"{RATE_SCHEDULE}: pdfplumber header lacks the dated season columns")
            if cells.get("S-2", [None] * 7)[5] != "\u20ac360.40":
                errors.append(f"{RATE_SCHEDULE}: pdfplumber does not find €360.40 in S-2, Season 2")
            spans = [
                c
                for c in ("R-2", "P-3", "T-1", "D-3")
                if cells.get(c, [0] * 7)[5:7] == [None, None]
            ]
            if len(spans) != 4:
                errors.append(f"{RATE_SCHEDULE}: spanning rows not seen by pdfplumber ({spans})")
    with open(os.path.join(DOCS, ERRATUM), encoding="utf-8") as f:
        text = f.read()
    for needle in ("S-2", "\u20ac360.40", "\u20ac306.40", "2026-09-01", "Season 2"):
        if needle not in text:
            errors.append(f"{ERRATUM}: lacks {needle!r}")
    for banned in BANNED_ERRATUM:
        if banned in text.lower():
            errors.append(f"{ERRATUM}: uses the wording {banned!r}")
    if re.search(r"\|\s*(published|corrected)", text, re.I):
        errors.append(f"{ERRATUM}: has a Published / Corrected table")


def check_letter(errors: list[str]) -> None:
    with open(os.path.join(DOCS, LETTER), "rb") as f:
        raw = f.read()
    try:
        raw.decode("utf-8")
        errors.append(f"{LETTER}: decodes as UTF-8 (it must be cp1252)")
    except UnicodeDecodeError:
        pass
    for char in ("\u00e9", "\u20ac", "\u2019", "\u00a7"):
        if char.encode("cp1252") not in raw:
            errors.append(f"{LETTER}: no cp1252 byte for {char!r}")
    text = raw.decode("cp1252")
    for needle in (
        "1 October 2026",
        "1 March 2027",
        "28 February 2027",
        "1 September 2027",
        "25 \u00b0C",
        "fifteen (15) minutes",
        "\u20ac648.90",
        "\u20ac671.20",
        "\u20ac633.80",
        "\u20ac1,750.00",
        "\u20ac1,585.60",
        "ALL OTHER TERMS REMAIN AS THEY WERE",
    ):
        if needle not in text:
            errors.append(f"{LETTER}: lacks {needle!r}")
    for banned in BANNED_LETTER:
        if banned in text.lower():
            errors.append(f"{LETTER}: uses the wording {banned!r}")


def check_other_formats(errors: list[str]) -> None:
    with open(os.path.join(DOCS, SUPPLEMENTS), encoding="utf-8") as f:
        sup = f.read()
    if sup.count("<table>") < 3 or "<th>" not in sup or 'colspan="3"' not in sup:
        errors.append(f"{SUPPLEMENTS}: lacks <table>s with <th> headers and spanning cells")
    with open(os.path.join(DOCS, NEWS), encoding="utf-8") as f:
        news = f.read()
    if 'class="byline">By ' not in news or "<time datetime=" not in news:
        errors.append(f"{NEWS}: lacks a byline or a publication date")
    with open(os.path.join(DOCS, FAQ), encoding="utf-8") as f:
        faq = f.read()
    if len(re.findall(r"^## .*\?$", faq, re.M)) < 6:
        errors.append(f"{FAQ}: fewer than six questions as headings")
    with open(os.path.join(DOCS, TRANSCRIPT), encoding="utf-8") as f:
        tr = f.read()
    if len(re.findall(r"^(GARNERIN|TROCADIER) :", tr, re.M)) < 10:
        errors.append(f"{TRANSCRIPT}: fewer than ten speaker turns")


def check_spellings(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    corpus = "\n".join(text for vs in doc_views.values() for _, text, _ in vs)
    if "$" in corpus or "\u00a3" in corpus:
        errors.append("a document contains a dollar or pound sign (this set is in euros)")
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
        if not vs:
            errors.append(f"{name}: no view")
            continue
        doc_views[name] = [(label, text, score.normalise(text)) for label, text in vs]
        size = len(vs[0][1])
        if not SIZE[0] <= size <= SIZE[1]:
            errors.append(f"{name}: {size} characters (want {SIZE[0]:,}-{SIZE[1]:,})")
        print(f"  {size:6d} chars  {name}  ({', '.join(label for label, _ in vs)})")

    # The built files must hold the generators' words (order and layout may differ).
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
            if name.endswith(".docx") and label == "zip" and words != gen_words:
                errors.append(f"{name}: {label} text differs from make_docx.py; rebuild")
            elif any(w not in words for w in gen_words if w.isalpha()):
                errors.append(f"{name}: {label} text lacks words of its generator; rebuild")

    for name in (
        AGREEMENT,
        SUMMARY,
        RATE_SCHEDULE,
        SUPPLEMENTS,
        LETTER,
        ERRATUM,
        FAQ,
        NEWS,
        TRANSCRIPT,
    ):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_agreement(errors)
        check_rate_schedule_and_erratum(errors)
        check_letter(errors)
        check_other_formats(errors)
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
