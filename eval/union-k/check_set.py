#!/usr/bin/env python3
"""Check the union-k set itself: questions.json against docs/ (no project needed).

    python3 eval/union-k/check_set.py                      # stdlib only
    .venv/bin/python eval/union-k/check_set.py             # also python-docx and pypdf

Checks:
- the fields and values of every question, ids uk-001.. in order, counts per kind and
  language;
- that every expected source exists, and that every must_include element occurs, after the
  scorer's normalisation (score.normalise / score.contains), in at least one expected
  source, in EVERY view of that source: HTML without tags, scripts and styles, and raw;
  the letter of understanding decoded as cp1252; other text files decoded as UTF-8; the
  DOCX in the generator's text (make_docx.py), in word/document.xml read with zipfile and,
  when importable, through python-docx; the PDF in the generator's text (make_pdf.py) and,
  when importable, in the text pypdf extracts from the built file;
- that the built DOCX and PDF hold their generators' text (rebuild if not);
- that the agreement DOCX cites provisions "§ 9.3(b)" and has the AI section;
- that the rate schedule PDF has tables with year columns headed by dates, rows merged
  across the three year columns, that row C-2 prints the misprint $2,183.30 in the Year 2
  column and the erratum corrects it to $2,138.30 (without the wordings "should read" or
  "printed as"), and, with pypdf, that a table runs over a page break;
- that the letter of understanding is cp1252 (curly quotes, en dashes, accented letters as
  cp1252 bytes) with CRLF, fails to decode as UTF-8, changes row D-3 from 1 March 2027,
  the rest rule from 1 November 2026 and deletion from 1 April 2027, avoids "is replaced
  by" and "should read", and says everything else stays as signed;
- that the amounts are in dollars in the four spellings ("$1,204.50", "1 204,50 $",
  "CAD 1,204.50", "1204.50 dollars") and the percentages in three ("12.5%", "12,5 %",
  "twelve and a half per cent"), and that no document has a euro sign;
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
PREFIX = "uk"
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
    "uk-048": [r"skat", r"patin", r"on ice", r"sur glace", r"\bice\b"],
    "uk-049": [r"cirque", r"circus", r"acrobat", r"trap[èe]ze", r"a[ée]rien", r"aerial"],
    "uk-050": [r"\bdj", r"disc ?jockey", r"\bclubs?\b", r"nightclub", r"bo[îi]te de nuit"],
    "uk-051": [r"busk", r"street perform", r"\bpermits?\b", r"\bpermis\b", r"musique de rue"],
    "uk-052": [r"redevance", r"royalt", r"streaming", r"spotify"],
    "uk-053": [r"2029"],
    "uk-054": [r"parental", r"maternit", r"paternit", r"enceinte", r"grossesse", r"pregnan"],
    "uk-055": [r"\btax", r"imposable", r"imp[ôo]ts?\b", r"fiscal", r"\btps\b", r"\btvq\b"],
    "uk-056": [r"cruise", r"croisi[èe]re", r"\bships?\b", r"paquebot"],
    "uk-057": [r"wedding", r"mariage", r"noces?\b"],
    # injected claims of the adversarial questions
    "uk-058": [r"888[.,]88"],
    "uk-059": [r"365"],
    "uk-060": [r"3[ .,\u00a0\u202f]?333[.,]33"],
}

AGREEMENT = "dsag-live-and-recording-agreement-2025-2028.docx"
PDF = "dsag-schedule-a-rates-2025-2028.pdf"
LOU = "lou-no-1-2026-rest-d3-deletion.txt"
ERRATUM = "erratum-no-1-schedule-a-row-c2.md"
CP1252_FILES = {LOU}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
YEAR_HEADERS = [
    "1 Sep 2025 \u2013 31 Aug 2026",
    "1 Sep 2026 \u2013 31 Aug 2027",
    "1 Sep 2027 \u2013 31 Aug 2028",
]
# Spellings that must each occur somewhere in the corpus (regexes on the raw text).
SPELLINGS = {
    "$ before the amount ($1,204.50)": r"\$\d{1,3},\d{3}\.\d\d",
    "$ after the amount, French style (1 204,50 $)": r"\d[ \u00a0\u202f]\d{3},\d\d[ \u00a0\u202f]?\$",
    "CAD before the amount (CAD 1,204.50)": r"CAD \d{1,3},\d{3}\.\d\d",
    "dollars after the amount (1204.50 dollars)": r"\d{4}\.\d\d dollars",
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
        out = [("generator", make_pdf.schedule_text())]
        pd = pdf_extracted(path)
        if pd is None:
            warnings.append(f"{name}: pypdf not importable, checked in the generator's text only")
        else:
            out.append(("pypdf", pd))
        return out, warnings
    if name.endswith(".docx"):
        out = [("generator", make_docx.agreement_text()), ("zip", docx_zip_text(path))]
        dd = docx_python_docx(path)
        if dd is None:
            warnings.append(f"{name}: python-docx not importable, read with zipfile only")
        else:
            out.append(("python-docx", dd))
        return out, warnings
    with open(path, "rb") as f:
        raw = f.read()
    # a letter that is not cp1252 is reported by check_lou, not here
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


def pdf_pages(path: str) -> list[str] | None:
    try:
        import pypdf
    except ImportError:
        return None
    return [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]


def check_agreement(errors: list[str]) -> None:
    text = make_docx.agreement_text()
    for needle in (
        "\u00a7 9.3",
        "(b) The Producer pays",
        "\u00a7 16.3",
        "not a condition of engagement",
        "1 September 2025 to 31 August 2028",
        "twelve and a half per cent",
    ):
        if needle not in text:
            errors.append(f"{AGREEMENT}: lacks {needle!r}")
    if "1 July" in text or "30 June" in text:
        errors.append(f"{AGREEMENT}: mentions a 1 July / 30 June contract year")


def check_schedule_and_erratum(errors: list[str]) -> None:
    if make_pdf.HEADER[-3:] != YEAR_HEADERS:
        errors.append(f"{PDF}: year columns are not headed by their dates")
    rows = {row[0]: row for rows in make_pdf.TABLES.values() for row in rows}
    if rows.get("C-2", [])[4:7] != ["$2,076.00", "$2,183.30", "$2,202.40"]:
        errors.append(f"{PDF}: row C-2 does not print the misprint $2,183.30 in Year 2")
    if rows.get("D-3", [])[4:7] != ["$1,169.40", "$1,204.50", "$1,240.60"]:
        errors.append(f"{PDF}: row D-3 does not print 1,169.40 | 1,204.50 | 1,240.60")
    for code in ("D-6", "D-11", "R-5"):
        if len(rows.get(code, [])) != 5:
            errors.append(f"{PDF}: row {code} is not one amount merged across the years")
    with open(os.path.join(HERE, "make_pdf.py"), encoding="utf-8") as f:
        src = f.read()
    if "pdf.table(" not in src or "colspan=3" not in src:
        errors.append(f"{PDF}: not drawn with fpdf2's table API and merged cells")
    pages = pdf_pages(os.path.join(DOCS, PDF))
    if pages is not None:
        split = False
        for table in make_pdf.TABLES.values():
            codes = [r[0] for r in table]
            on = {i for i, p in enumerate(pages) for c in codes if re.search(rf"(?m)^{c} ", p)}
            if len(on) > 1:
                split = True
        if not split:
            errors.append(f"{PDF}: no table runs over a page break")
        if not any("2,183.30" in p for p in pages):
            errors.append(f"{PDF}: pypdf does not read the misprint $2,183.30")
    with open(os.path.join(DOCS, ERRATUM), encoding="utf-8") as f:
        erratum = f.read()
    if not re.search(r"\| C-2 \|.*\| \$2,183\.30 \| \$2,138\.30 \|", erratum):
        errors.append(f"{ERRATUM}: no Published | Corrected row for C-2 (2,183.30 -> 2,138.30)")
    for banned in ("should read", "printed as", "is an error"):
        if banned in erratum.lower():
            errors.append(f"{ERRATUM}: uses the wording {banned!r}")


def check_lou(errors: list[str]) -> None:
    with open(os.path.join(DOCS, LOU), "rb") as f:
        raw = f.read()
    try:
        raw.decode("utf-8")
        errors.append(f"{LOU}: decodes as UTF-8 (it must be cp1252)")
    except UnicodeDecodeError:
        pass
    for char in ("\u2019", "\u201c", "\u201d", "\u2013", "\u00e8", "\u00a7"):
        if char.encode("cp1252") not in raw:
            errors.append(f"{LOU}: no cp1252 byte for {char!r}")
    if b"\r\n" not in raw or re.search(rb"(?<!\r)\n", raw):
        errors.append(f"{LOU}: line ends are not CRLF")
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        errors.append(f"{LOU}: does not decode as cp1252")
        return
    for needle in (
        "1 November 2026",
        "1 March 2027",
        "1 April 2027",
        "$1,251.80",
        "$1,298.40",
        "EVERYTHING ELSE UNCHANGED",
        "remains as signed",
    ):
        if needle not in text:
            errors.append(f"{LOU}: lacks {needle!r}")
    for banned in ("is replaced by", "should read"):
        if banned in text.lower():
            errors.append(f"{LOU}: uses the wording {banned!r}")


def check_spellings(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    corpus = "\n".join(text for vs in doc_views.values() for _, text, _ in vs)
    if "\u20ac" in corpus:
        errors.append("a document contains a euro sign (this set is in dollars)")
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
        doc_views[name] = [(label, text, score.normalise(text)) for label, text in vs]
        size = len(vs[0][1])
        if not SIZE[0] <= size <= SIZE[1]:
            errors.append(f"{name}: {size} characters (want {SIZE[0]:,}-{SIZE[1]:,})")
        print(f"  {size:6d} chars  {name}  ({', '.join(label for label, _ in vs)})")

    # The built files must hold the generators' text (same words; order and layout may differ).
    for name in (AGREEMENT, PDF):
        if name not in doc_views:
            errors.append(f"{name} missing; run its generator")
            continue
        vs = {label: norm for label, _, norm in doc_views[name]}
        gen_words = Counter(re.findall(r"\w+", vs["generator"]))
        for label, norm in vs.items():
            if label == "generator":
                continue
            words = Counter(re.findall(r"\w+", norm))
            if name == AGREEMENT and words != gen_words:
                errors.append(f"{name}: {label} text differs from make_docx.py; rebuild")
            elif name == PDF and any(w not in words for w in gen_words if w.isalpha()):
                errors.append(f"{name}: {label} text lacks words of make_pdf.py; rebuild")

    for name in (AGREEMENT, PDF, ERRATUM, LOU):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if AGREEMENT in doc_views:
        check_agreement(errors)
    if PDF in doc_views and ERRATUM in doc_views:
        check_schedule_and_erratum(errors)
    if LOU in doc_views:
        check_lou(errors)
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
