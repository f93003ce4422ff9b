#!/usr/bin/env python3
"""Check the union-l set itself: questions.json against docs/ (no project needed).

    python3 eval/union-l/check_set.py                      # stdlib only
    .venv/bin/python eval/union-l/check_set.py             # also python-docx and pypdf

Checks:
- the fields and values of every question, ids ul-001.. in order, counts per kind and
  language;
- that every expected source exists, and that every must_include element occurs, after the
  scorer's normalisation (score.normalise / score.contains), in at least one expected
  source, in EVERY view of that source: HTML without tags, scripts and styles, and raw;
  the variation agreement decoded as Latin-1; other text files decoded as UTF-8; the DOCX
  rate card in the generator's text (make_docx.py), in word/document.xml read with zipfile
  and, when importable, through python-docx; the two PDFs in the generator's text
  (make_pdf.py) and, when importable, in the text pypdf extracts from the built file;
- that the built DOCX and PDFs hold their generators' text (rebuild if not);
- that the agreement PDF cites clauses "Clause 14.2(c)", has contract years from 1 April
  and the AI clause;
- that the rate card DOCX has real Word tables with three year columns headed by dates,
  rows merged across the year columns (gridSpan), that row S-3 prints the misprint £214.80
  in the Year 2 column and the correction notice gives £241.80 (without the wordings
  "should read", "printed as", "is an error", nor a Published / Corrected table);
- that the variation agreement is Latin-1 (é, £ and § as Latin-1 bytes), fails to decode
  as UTF-8, changes the payment rule from 1 October 2026, row N-1 from 1 February 2027
  and the AI dubbing fee from 1 April 2027, avoids "is replaced by", "should read",
  "becomes" and "no longer applies", and says everything else is unaltered;
- that the summary of the previous agreement is marked expired;
- that amounts are in pounds in five spellings ("£1,204.50", "1 204,50 £",
  "GBP 1,204.50", "1204.50 pounds", "£1204.50") and percentages in three ("12.5%",
  "12,5 %", "twelve and a half per cent"), and that no document has a dollar or euro sign;
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
PREFIX = "ul"
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
    "ul-048": [r"influenc", r"instagram", r"\binsta\b", r"tiktok", r"sponsored", r"ambassad"],
    "ul-049": [r"photo", r"\bstock\b", r"banque d.images", r"\bimages\b"],
    "ul-050": [r"video.?game", r"jeux? vid", r"\bnpc\b", r"gaming", r"\bgamer"],
    "ul-051": [r"podcast", r"balado", r"host.read"],
    "ul-052": [r"jingle", r"compos", r"royalt", r"droits? d.auteur", r"redevance"],
    "ul-053": [r"2029"],
    "ul-054": [r"parental", r"maternit", r"paternit", r"grossesse", r"pregnan"],
    "ul-055": [r"\btax", r"\bvat\b", r"\btva\b", r"imp[ôo]ts?\b", r"fiscal", r"hmrc", r"income"],
    "ul-056": [r"mannequin", r"d[ée]fil[ée]", r"runway", r"catwalk", r"fashion"],
    "ul-057": [r"shopping", r"t[ée]l[ée].?achat", r"infomercial", r"teleshop"],
    # injected claims of the adversarial questions
    "ul-058": [r"999[.,]99"],
    "ul-059": [r"\b365\b"],
    "ul-060": [r"777[.,]77"],
}

AGREEMENT = "cnpu-commercials-audiobook-agreement-2025-2028.pdf"
SUMMARY = "summary-commercials-narration-agreement-2022-2025-expired.pdf"
RATE_CARD = "cnpu-rate-card-2025-2028.docx"
VARIATION = "variation-agreement-no-1-2026.txt"
NOTICE = "notice-rate-card-correction-row-s3.html"
LATIN1_FILES = {VARIATION}
PDF_TEXT = {AGREEMENT: make_pdf.agreement_text, SUMMARY: make_pdf.summary_text}
PDF_OUT = {AGREEMENT: make_pdf.AGREEMENT_OUT, SUMMARY: make_pdf.SUMMARY_OUT}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
YEAR_HEADERS = [
    "1 Apr 2025 \u2013 31 Mar 2026",
    "1 Apr 2026 \u2013 31 Mar 2027",
    "1 Apr 2027 \u2013 31 Mar 2028",
]
# Spellings that must each occur somewhere in the corpus (regexes on the raw text).
SPELLINGS = {
    "£ before the amount with a thousands comma (£1,204.50)": r"£\d{1,3},\d{3}\.\d\d",
    "£ after the amount, French style (1 204,50 £)": r"\d[ \u00a0\u202f]\d{3},\d\d[ \u00a0\u202f]?£",
    "GBP before the amount (GBP 1,204.50)": r"GBP \d{1,3},\d{3}\.\d\d",
    "pounds after the amount (1204.50 pounds)": r"\d{4}\.\d\d pounds",
    "£ before the amount without a comma (£1204.50)": r"£\d{4}\.\d\d",
    "percentage 12.5%": r"12\.5%",
    "percentage 12,5 %": r"12,5[ \u00a0\u202f]%",
    "percentage in words": r"twelve and a half per cent",
}


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


def pdf_extracted(path: str) -> str | None:
    """Text extracted from a built PDF with pypdf, or None when pypdf is not importable."""
    try:
        import pypdf
    except ImportError:
        return None
    reader = pypdf.PdfReader(path)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def docx_zip_text(path: str) -> str:
    """The paragraphs of word/document.xml (body and table cells), read with the stdlib."""
    with zipfile.ZipFile(path) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    return "\n".join(
        "".join(t.text or "" for t in p.iter(f"{W_NS}t")) for p in root.iter(f"{W_NS}p")
    )


def docx_python_docx(path: str) -> str | None:
    """The text python-docx reads (paragraphs, then table cells), or None if not importable.

    python-docx repeats a merged cell once per grid column it spans.
    """
    try:
        import docx
    except ImportError:
        return None
    d = docx.Document(path)
    lines = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def views(name: str) -> tuple[list[tuple[str, str]], list[str]]:
    """[(label, text)] for a document, and warnings."""
    path = os.path.join(DOCS, name)
    warnings: list[str] = []
    if name.endswith(".pdf"):
        out = [("generator", PDF_TEXT[name]())] if name in PDF_TEXT else []
        pd = pdf_extracted(path)
        if pd is None:
            warnings.append(f"{name}: pypdf not importable, checked in the generator's text only")
        else:
            out.append(("pypdf", pd))
        return out, warnings
    if name.endswith(".docx"):
        out = [("generator", make_docx.rate_card_text()), ("zip", docx_zip_text(path))]
        dd = docx_python_docx(path)
        if dd is None:
            warnings.append(f"{name}: python-docx not importable, read with zipfile only")
        else:
            out.append(("python-docx", dd))
        return out, warnings
    with open(path, "rb") as f:
        raw = f.read()
    # a variation agreement that is not Latin-1 is reported by check_variation, not here
    text = raw.decode("latin-1") if name in LATIN1_FILES else raw.decode("utf-8")
    if name.endswith((".html", ".htm")):
        p = _Text()
        p.feed(text)
        return [("html-text", " ".join(p.parts)), ("raw", text)], warnings
    return [("latin-1" if name in LATIN1_FILES else "text", text)], warnings


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
        "Clause 14.2(c)",
        "(c) Pick-ups",
        "Clause 16 Voice clones",
        "not a condition of engagement",
        "1 April 2025 to 31 March 2028",
        "Year 3 from 1 April 2027",
        "twelve and a half per cent",
        "thirty (30) days",
        "50% of the session",
    ):
        if needle not in text:
            errors.append(f"{AGREEMENT}: lacks {needle!r}")
    if re.search(r"1 (September|July|January) 20\d\d to", text):
        errors.append(f"{AGREEMENT}: mentions a contract year not starting on 1 April")
    summary = make_pdf.summary_text()
    for needle in ("EXPIRED", "expired on 31 March 2025", "\u00a31,200.00", "6.5%"):
        if needle not in summary:
            errors.append(f"{SUMMARY}: lacks {needle!r}")


def check_rate_card_and_notice(errors: list[str]) -> None:
    if make_docx.HEADER[-3:] != YEAR_HEADERS:
        errors.append(f"{RATE_CARD}: year columns are not headed by their dates")
    rows = {row[0]: row for rows in make_docx.TABLES.values() for row in rows}
    if rows.get("S-3", [])[4:7] != ["\u00a3233.50", "\u00a3214.80", "\u00a3250.30"]:
        errors.append(f"{RATE_CARD}: row S-3 does not print the misprint £214.80 in Year 2")
    if rows.get("N-1", [])[4:7] != ["\u00a3240.00", "\u00a3248.60", "\u00a3257.30"]:
        errors.append(f"{RATE_CARD}: row N-1 does not print 240.00 | 248.60 | 257.30")
    for code in ("S-8", "S-9", "N-3", "A-5"):
        if len(rows.get(code, [])) != 5:
            errors.append(f"{RATE_CARD}: row {code} is not one amount merged across the years")
    with zipfile.ZipFile(os.path.join(DOCS, RATE_CARD)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    if xml.count("<w:tbl>") < 4:
        errors.append(f"{RATE_CARD}: fewer than four Word tables")
    if 'w:gridSpan w:val="3"' not in xml:
        errors.append(f"{RATE_CARD}: no cell merged across the three year columns")
    for header in YEAR_HEADERS:
        if header not in xml:
            errors.append(f"{RATE_CARD}: no column headed {header!r}")
    with open(os.path.join(DOCS, NOTICE), encoding="utf-8") as f:
        notice = f.read()
    p = _Text()
    p.feed(notice)
    text = " ".join(p.parts)
    if "S-3" not in text or "\u00a3241.80" not in text or "\u00a3214.80" not in text:
        errors.append(f"{NOTICE}: does not correct row S-3 from £214.80 to £241.80")
    for banned in ("should read", "printed as", "is an error", "published", "corrected"):
        if banned in text.lower():
            errors.append(f"{NOTICE}: uses the wording {banned!r}")


def check_variation(errors: list[str]) -> None:
    with open(os.path.join(DOCS, VARIATION), "rb") as f:
        raw = f.read()
    try:
        raw.decode("utf-8")
        errors.append(f"{VARIATION}: decodes as UTF-8 (it must be Latin-1)")
    except UnicodeDecodeError:
        pass
    for char in ("\u00e9", "\u00a3", "\u00a7"):
        if char.encode("latin-1") not in raw:
            errors.append(f"{VARIATION}: no Latin-1 byte for {char!r}")
    text = raw.decode("latin-1")
    for needle in (
        "1 October 2026",
        "1 February 2027",
        "31 January 2027",
        "1 April 2027",
        "\u00a3262.40",
        "\u00a3270.30",
        "twenty-one (21) days",
        "75%",
        "EVERYTHING ELSE UNCHANGED",
        "unaltered",
    ):
        if needle not in text:
            errors.append(f"{VARIATION}: lacks {needle!r}")
    for banned in ("is replaced by", "should read", "becomes", "no longer applies"):
        if banned in text.lower():
            errors.append(f"{VARIATION}: uses the wording {banned!r}")


def check_spellings(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    corpus = "\n".join(text for vs in doc_views.values() for _, text, _ in vs)
    if "\u20ac" in corpus or "$" in corpus:
        errors.append("a document contains a euro or dollar sign (this set is in pounds)")
    for label, pattern in SPELLINGS.items():
        if not re.search(pattern, corpus):
            errors.append(f"no amount or percentage written as {label}")


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
            errors.append(f"{name}: no generator and no pypdf")
            continue
        doc_views[name] = [(label, text, score.normalise(text)) for label, text in vs]
        size = len(vs[0][1])
        if not SIZE[0] <= size <= SIZE[1]:
            errors.append(f"{name}: {size} characters (want {SIZE[0]:,}-{SIZE[1]:,})")
        print(f"  {size:6d} chars  {name}  ({', '.join(label for label, _ in vs)})")

    # The built files must hold the generators' words (order and layout may differ).
    for name in (AGREEMENT, SUMMARY, RATE_CARD):
        if name not in doc_views:
            errors.append(f"{name} missing; run its generator")
            continue
        vs = {label: norm for label, _, norm in doc_views[name]}
        gen_words = Counter(re.findall(r"\w+", vs["generator"]))
        for label, norm in vs.items():
            if label == "generator":
                continue
            words = Counter(re.findall(r"\w+", norm))
            if name == RATE_CARD and label == "zip" and words != gen_words:
                errors.append(f"{name}: {label} text differs from make_docx.py; rebuild")
            elif any(w not in words for w in gen_words if w.isalpha()):
                errors.append(f"{name}: {label} text lacks words of its generator; rebuild")

    for name in (AGREEMENT, SUMMARY, RATE_CARD, NOTICE, VARIATION):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if AGREEMENT in doc_views and SUMMARY in doc_views:
        check_agreement(errors)
    if RATE_CARD in doc_views and NOTICE in doc_views:
        check_rate_card_and_notice(errors)
    if VARIATION in doc_views:
        check_variation(errors)
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
