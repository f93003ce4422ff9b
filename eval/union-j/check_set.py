#!/usr/bin/env python3
"""Check the union-j set itself: questions.json against docs/ (no project needed).

    python3 eval/union-j/check_set.py                      # stdlib only
    .venv/bin/python eval/union-j/check_set.py             # also python-docx and pypdf

Checks:
- the fields and values of every question, ids uj-001.. in order, counts per kind and
  language;
- that every expected source exists, and that every must_include element occurs, after the
  scorer's normalisation (score.normalise / score.contains), in at least one expected
  source, in EVERY view of that source: HTML without tags, scripts and styles, and raw;
  the memorandum decoded as cp1252; other text files decoded as UTF-8; the DOCX in the
  generator's text (make_docx.py), in word/document.xml read with zipfile and, when
  importable, through python-docx; the PDF in the generator's text (make_pdf.py) and,
  when importable, in the text pypdf extracts from the built file;
- that the built DOCX and PDF hold their generators' text (rebuild if not);
- that the rate schedule DOCX has real tables with year columns headed by dates and
  cells merged across the three year columns, that its row V-4 prints the misprint
  EUR 418.30 in the Year 2 column, and that the correction notice corrects it to 413.80;
- that the memorandum is cp1252 (the euro sign, curly quotes and accented letters as
  cp1252 bytes), fails to decode as UTF-8, and says that nothing else changes;
- that the amounts are in euros (no dollar sign anywhere) in several spellings;
- that score.py is the relative link ../union-c/score.py;
- that no must_not_include string also satisfies a must_include element;
- that every document is 2,000-25,000 characters (in its first view);
- that the out-of-scope questions' key terms and the adversarial questions' injected
  figures occur in no document (in any view), and that "mocap" (used by members in the
  questions) occurs in no document.
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
PREFIX = "uj"
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
    "uj-048": [r"board ?games?", r"jeux? de soci[ée]t[ée]", r"tabletop", r"designers?\b"],
    "uj-049": [r"e-?sports?", r"shoutcast", r"\bcasters?\b", r"tournoi", r"tournament"],
    "uj-050": [r"th[ée][aâ]tre", r"theater", r"stage play", r"\bstage show"],
    "uj-051": [r"\bdub", r"doublage", r"post-?synchro", r"foreign films?"],
    "uj-052": [r"redevance", r"royalt", r"streamers?\b", r"streaming", r"twitch", r"residual"],
    "uj-053": [r"2029"],
    "uj-054": [r"maternit", r"enceinte", r"grossesse", r"parental", r"paternit", r"pregnan"],
    "uj-055": [r"\btax(?:es|able|ation)?\b", r"\bvat\b", r"\btva\b", r"imp[ôo]ts?\b", r"fiscal"],
    "uj-056": [r"livres? audio", r"audio ?books?", r"livre lu"],
    "uj-057": [r"stunts?", r"cascad", r"hazard"],
    # injected claims of the adversarial questions
    "uj-058": [r"555[.,]55"],
    "uj-059": [r"999"],
    "uj-060": [r"1[ .,\u00a0\u202f]?234[.,]56"],
}
# Members write "mocap"; the documents only say "motion capture" / "performance capture".
ABSENT_EVERYWHERE = [r"mocap"]

PDF = "gbpu-interactive-broadcast-agreement-2025-2028.pdf"
DOCX = "gbpu-schedule-a-rate-tables-2025-2028.docx"
MOA = "moa-no-1-2026-capture-rest-deletion.txt"
CORRECTION = "correction-notice-1-schedule-a.md"
CP1252_FILES = {MOA}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
YEAR_HEADERS = [
    "1 Jul 2025 \u2013 30 Jun 2026",
    "1 Jul 2026 \u2013 30 Jun 2027",
    "1 Jul 2027 \u2013 30 Jun 2028",
]
# Euro spellings that must each occur somewhere in the corpus (regexes on the raw text).
EURO_SPELLINGS = {
    "\u20ac before the amount": r"\u20ac ?\d",
    "\u20ac after the amount": r"\d ?\u20ac",
    "EUR before the amount": r"EUR \d",
    "EUR after the amount": r"\d EUR\b",
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
    """Text extracted from the built PDF with pypdf, or None when pypdf is not importable."""
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
            lines.extend(cell.text for cell in row.cells)
    return "\n".join(lines)


def views(name: str) -> tuple[list[tuple[str, str]], list[str]]:
    """[(label, text)] for a document, and warnings."""
    path = os.path.join(DOCS, name)
    warnings: list[str] = []
    if name.endswith(".pdf"):
        out = [("generator", make_pdf.agreement_text())]
        pd = pdf_extracted(path)
        if pd is None:
            warnings.append(f"{name}: pypdf not importable, checked in the generator's text only")
        else:
            out.append(("pypdf", pd))
        return out, warnings
    if name.endswith(".docx"):
        out = [("generator", make_docx.schedule_text()), ("zip", docx_zip_text(path))]
        dd = docx_python_docx(path)
        if dd is None:
            warnings.append(f"{name}: python-docx not importable, read with zipfile only")
        else:
            out.append(("python-docx", dd))
        return out, warnings
    with open(path, "rb") as f:
        raw = f.read()
    # a memorandum that is not cp1252 is reported by check_memorandum, not here
    text = raw.decode("cp1252", errors="replace") if name in CP1252_FILES else raw.decode("utf-8")
    if name.endswith((".html", ".htm")):
        p = _Text()
        p.feed(text)
        return [("html-text", " ".join(p.parts)), ("raw", text)], warnings
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


def check_schedule_and_correction(errors: list[str]) -> None:
    path = os.path.join(DOCS, DOCX)
    with zipfile.ZipFile(path) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    tables = list(root.iter(f"{W_NS}tbl"))
    if len(tables) < 4:
        errors.append(f"{DOCX}: {len(tables)} Word tables (want 4)")
    spans = [
        g.get(f"{W_NS}val") for g in root.iter(f"{W_NS}gridSpan") if g.get(f"{W_NS}val") == "3"
    ]
    if len(spans) < 3:
        errors.append(f"{DOCX}: fewer than 3 cells merged across the three year columns")
    rows: dict[str, list[str]] = {}
    headers_ok = 0
    for tbl in tables:
        for tr in tbl.iter(f"{W_NS}tr"):
            cells = [
                "".join(t.text or "" for t in tc.iter(f"{W_NS}t")) for tc in tr.iter(f"{W_NS}tc")
            ]
            if cells and cells[-3:] == YEAR_HEADERS:
                headers_ok += 1
            elif cells:
                rows[cells[0]] = cells
    if headers_ok != len(tables):
        errors.append(f"{DOCX}: not every table has the three dated year columns")
    if rows.get("V-4", [])[4:7] != ["\u20ac 401.00", "\u20ac 418.30", "\u20ac 426.20"]:
        errors.append(f"{DOCX}: row V-4 does not print the misprint \u20ac 418.30 in Year 2")
    if rows.get("P-3", [])[4:7] != ["\u20ac 598.00", "\u20ac 616.00", "\u20ac 634.50"]:
        errors.append(f"{DOCX}: row P-3 does not print 598.00 | 616.00 | 634.50")
    for code in ("V-10", "P-5", "S-3", "R-5"):
        if len(rows.get(code, [])) != 5:
            errors.append(f"{DOCX}: row {code} is not one amount merged across the years")
    with open(os.path.join(DOCS, CORRECTION), encoding="utf-8") as f:
        correction = f.read()
    wanted = (
        "Row V-4, Year 2: the figure printed as \u20ac418.30 is an error; the correct figure "
        "is \u20ac413.80"
    )
    if wanted not in " ".join(correction.split()):
        errors.append(f"{CORRECTION}: does not correct \u20ac418.30 to \u20ac413.80 in row V-4")


def check_memorandum(errors: list[str]) -> None:
    with open(os.path.join(DOCS, MOA), "rb") as f:
        raw = f.read()
    try:
        raw.decode("utf-8")
        errors.append(f"{MOA}: decodes as UTF-8 (it must be cp1252)")
    except UnicodeDecodeError:
        pass
    for char in ("\u20ac", "\u2019", "\u201c", "\u201d", "\u2013", "\u00e9"):
        if char.encode("cp1252") not in raw:
            errors.append(f"{MOA}: no cp1252 byte for {char!r}")
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        errors.append(f"{MOA}: does not decode as cp1252")
        return
    for needle in ("Nothing else changes", "1 February 2027", "1 October 2026", "1 April 2027"):
        if needle not in text:
            errors.append(f"{MOA}: lacks {needle!r}")


def check_euros(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    corpus = "\n".join(text for vs in doc_views.values() for _, text, _ in vs)
    if "$" in corpus:
        errors.append("a document contains a dollar sign (this set is in euros)")
    for label, pattern in EURO_SPELLINGS.items():
        if not re.search(pattern, corpus):
            errors.append(f"no amount written with {label}")


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

    # The built files must hold the generators' text (same words; order and layout may differ).
    for name in (DOCX, PDF):
        if name not in doc_views:
            errors.append(f"{name} missing; run its generator")
            continue
        vs = {label: norm for label, _, norm in doc_views[name]}
        gen_words = Counter(re.findall(r"\w+", vs["generator"]))
        for label, norm in vs.items():
            if label == "generator":
                continue
            words = Counter(re.findall(r"\w+", norm))
            if name == DOCX and label == "zip" and words != gen_words:
                errors.append(f"{name}: {label} text differs from make_docx.py; rebuild")
            elif name == DOCX and set(words) != set(gen_words):
                # python-docx repeats merged cells: compare the words, not their counts
                errors.append(f"{name}: {label} text differs from make_docx.py; rebuild")
            elif name == PDF and any(w not in words for w in gen_words if w.isalpha()):
                errors.append(f"{name}: {label} text lacks words of make_pdf.py; rebuild")

    for name in (DOCX, CORRECTION, MOA):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if DOCX in doc_views and CORRECTION in doc_views:
        check_schedule_and_correction(errors)
    if MOA in doc_views:
        check_memorandum(errors)
    check_euros(doc_views, errors)
    check_score_link(errors)
    for pattern in ABSENT_EVERYWHERE:
        for name, vs in doc_views.items():
            if any(re.search(pattern, text, re.I) for _, text, _ in vs):
                errors.append(f"{pattern!r} occurs in {name}")

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
