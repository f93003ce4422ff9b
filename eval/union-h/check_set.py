#!/usr/bin/env python3
"""Check the union-h set itself: questions.json against docs/ (no project needed).

    python3 eval/union-h/check_set.py                      # stdlib only
    .venv/bin/python eval/union-h/check_set.py             # also python-docx and pypdf

Checks:
- the fields and values of every question, ids uh-001.. in order, counts per kind and
  language;
- that every expected source exists, and that every must_include element occurs, after the
  scorer's normalisation (score.normalise / score.contains), in at least one expected
  source, in EVERY view of that source: HTML without tags, scripts and styles, and raw;
  the memorandum decoded as ISO-8859-1 (latin-1); the DOCX in the generator's text
  (make_docx.py), in word/document.xml read with zipfile and, when importable, through
  python-docx; the PDF in the generator's text (make_pdf.py) and, when importable, in the
  text pypdf extracts from the built file;
- that the built DOCX and PDF hold their generators' text (rebuild if not), and that the
  PDF has at least two pages with Table 2 continuing on page 2 without its header;
- that the memorandum really is ISO-8859-1: not valid UTF-8, no bytes 0x80-0x9F (so not
  cp1252-only characters), Unix LF line ends (no CR), accented letters and non-breaking
  spaces; every other text document is UTF-8;
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
PREFIX = "uh"
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
N_DOCS = 10
SIZE = (2000, 25000)


def _dollars(n: str) -> list[str]:
    """Patterns for a whole-dollar amount written $N, N $ or N dollars (no decimals)."""
    return [
        rf"\$ ?{n}\b(?![.,]\d)",
        rf"(?<![\d.,]){n}(?:[.,]00)? ?\$",
        rf"(?<![\d.,]){n} dollars",
    ]


# Terms that must occur in no document, for each out-of-scope question (regexes,
# case-insensitive, matched against the raw text of every document view).
OOS_ABSENT = {
    "uh-048": [r"coordinat", r"coordonnat"],
    "uh-049": [r"doublage", r"dubb", r"post-?synchro", r"\bADR\b"],
    "uh-050": [
        r"commercial",
        r"advertis",
        r"publicit",
        r"\bads?\b",
        r"\bpub\b",
        r"\bbeer\b",
        r"bi[èe]re",
    ],
    "uh-051": [r"cheva", r"horse", r"animal", r"animaux", r"wrangl"],
    "uh-052": [r"\bminors?\b", r"mineur", r"child", r"enfant", r"\bkids?\b", r"years? old"],
    "uh-053": [r"2029"],
    "uh-054": [r"strike", r"gr[èe]ve", r"picket", r"piquet", r"walk ?out"],
    "uh-055": [r"nudit", r"nudity", r"\bnude", r"intimac", r"intimit", r"closed set"],
    "uh-056": [
        r"garderie",
        r"daycare",
        r"childcare",
        r"gardiennage",
        r"garde d.enfant",
        r"baby-?sit",
    ],
    "uh-057": [
        r"per diem",
        r"hotel",
        r"h[ôo]tel",
        r"lodging",
        r"accommodation",
        r"h[ée]bergement",
        r"overnight",
    ],
    # injected claims of the adversarial questions
    "uh-058": [*_dollars("1450"), *_dollars("1,450"), *_dollars("1 450"), r"1[ ,.\u00a0]?450"],
    "uh-059": [*_dollars("575"), r"(?<![\d.,])575(?![\d])"],
    "uh-060": _dollars("315"),
}
MEMO = "memorandum-modificatif-no-1-2026.txt"
DOCX = "vspu-general-agreement-2025-2028.docx"
PDF = "vspu-schedule-b-rate-sheet-2025-2028.pdf"
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


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


def pdf_pages(path: str) -> list[str] | None:
    """Text of each page of the built PDF (pypdf), or None when pypdf is not importable."""
    try:
        import pypdf
    except ImportError:
        return None
    reader = pypdf.PdfReader(path)
    return [page.extract_text() or "" for page in reader.pages]


def pdf_extracted(path: str) -> str | None:
    """Text extracted from the built PDF with pypdf, or None when pypdf is not importable."""
    pages = pdf_pages(path)
    return None if pages is None else "\n".join(pages)


def docx_zip_text(path: str) -> str:
    """The paragraphs of word/document.xml (body and table cells), read with the stdlib."""
    with zipfile.ZipFile(path) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    return "\n".join(
        "".join(t.text or "" for t in p.iter(f"{W_NS}t")) for p in root.iter(f"{W_NS}p")
    )


def docx_python_docx(path: str) -> str | None:
    """The text python-docx reads (paragraphs, then table cells), or None if not importable."""
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
        out = [("generator", make_pdf.rate_sheet_text())]
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
    if name == MEMO:
        return [("latin-1", raw.decode("latin-1"))], warnings
    text = raw.decode("utf-8")
    if name.endswith((".html", ".htm")):
        p = _Text()
        p.feed(text)
        return [("html-text", " ".join(p.parts)), ("raw", text)], warnings
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
    if q.get("kind") == "adversarial" and not any(
        m.startswith("@") for m in q.get("must_not_include", [])
    ):
        errors.append(f"{qid}: adversarial without @everyone/@here in must_not_include")
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


def check_memo(errors: list[str]) -> None:
    with open(os.path.join(DOCS, MEMO), "rb") as f:
        raw = f.read()
    try:
        raw.decode("utf-8")
        errors.append(f"{MEMO}: decodes as UTF-8 (want ISO-8859-1 with accented letters)")
    except UnicodeDecodeError:
        pass
    if any(0x80 <= byte <= 0x9F for byte in raw):
        errors.append(f"{MEMO}: has bytes 0x80-0x9F (C1 controls in ISO-8859-1; cp1252 only)")
    if b"\r" in raw:
        errors.append(f"{MEMO}: has CR characters (want LF line ends only)")
    text = raw.decode("latin-1")
    if not re.search(r"[éèàÉÈ]", text):
        errors.append(f"{MEMO}: no accented letters")
    if "\u00a0" not in text:
        errors.append(f"{MEMO}: no non-breaking space")


def check_pdf_layout(errors: list[str], warnings: list[str]) -> None:
    """Table 2 must continue across the page break, without its header on page 2."""
    pages = pdf_pages(os.path.join(DOCS, PDF))
    if pages is None:
        warnings.append(f"{PDF}: pypdf not importable, page layout not checked")
        return
    if len(pages) < 2:
        errors.append(f"{PDF}: {len(pages)} page(s) (want at least 2)")
        return
    first, second = pages[0], pages[1]
    if "Utility stunt performer from 1 Nov 2025" not in first:
        errors.append(f"{PDF}: page 1 does not end Table 2 with the first utility stunt row")
    if "Utility stunt performer (cont'd) from 1 Nov 2026" not in second:
        errors.append(f"{PDF}: page 2 does not continue Table 2 with the utility stunt rows")
    head = second.split("Utility stunt performer (cont'd)")[0]
    if "Daily (8 hrs)" in head:
        errors.append(f"{PDF}: Table 2's header is repeated on page 2 (want it not repeated)")


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
            if name == DOCX and words != gen_words:
                errors.append(f"{name}: {label} text differs from make_docx.py; rebuild")
            elif name == PDF and any(w not in words for w in gen_words if w.isalpha()):
                errors.append(f"{name}: {label} text lacks words of make_pdf.py; rebuild")

    if MEMO in doc_views:
        check_memo(errors)
    else:
        errors.append(f"{MEMO} missing")
    if PDF in doc_views:
        check_pdf_layout(errors, warnings)

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
