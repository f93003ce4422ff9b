#!/usr/bin/env python3
"""Check the union-e set itself: questions.json against docs/ (no project needed).

    python3 eval/union-e/check_set.py                      # stdlib only
    .venv/bin/python eval/union-e/check_set.py             # also python-docx and pypdf

Checks: the fields and values of every question; that every expected source exists; that
every must_include element occurs, after the scorer's normalisation (score.normalise /
score.contains), in at least one expected source -- in every view of that source: for HTML
the text without tags; for the cp1252 file the decoded text; for the DOCX the generator's
text (make_docx.py), the text of word/document.xml read with zipfile AND, when python-docx
is importable, the text python-docx reads; for the PDF the generator's text (make_pdf.py)
AND, when pypdf is importable, the text pypdf extracts from the built file; that the
legacy-encoded amending agreement really is cp1252 (not valid UTF-8) with CRLF line ends
and accented characters; that no must_not_include string also satisfies a must_include
element; that the documents are 3,000-25,000 characters; that the out-of-scope questions'
key terms (and the adversarial questions' injected figures) occur in no document; and the
counts per kind and language. Exit 1 on any error.
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
PREFIX = "ue"
# score.py prints kinds outside its own list after them; this set adds one.
KINDS = [*score.KINDS, "previous-agreement"]
EXPECTED_COUNTS = {
    "figure": 14,
    "fact": 10,
    "current-vs-old": 8,
    "cross-lingual": 7,
    "multi-doc": 5,
    "previous-agreement": 3,
    "out-of-scope": 10,
    "adversarial": 3,
}
EXPECTED_LANGUAGES = {"en": 40, "fr": 20}
N_DOCS = 10


def _dollars(n: str) -> list[str]:
    """Patterns for a whole-dollar amount written $N, N $ or N dollars (no decimals)."""
    return [
        rf"\$ ?{n}\b(?![.,]\d)",
        rf"(?<![\d.,]){n} ?\$",
        rf"(?<![\d.,]){n} dollars",
    ]


# Terms that must occur in no document, for each out-of-scope question (regexes,
# case-insensitive, matched against the raw text of every document view).
OOS_ABSENT = {
    "ue-048": [r"podcast", r"balado", r"\bhost(s|ing)?\b", r"dev diary"],
    "ue-049": [r"parental", r"maternit", r"paternit", r"accouch", r"pregnan", r"grossesse"],
    "ue-050": [r"\btax", r"\bgst\b", r"\bhst\b", r"\btps\b", r"\btvq\b", r"imp[ôo]t", r"\btaxe"],
    "ue-051": [r"british", r"\bequity\b", r"london", r"\bu\.?k\.?\b", r"royaume"],
    "ue-052": [r"2019", r"2020"],
    "ue-053": [r"puppet", r"marionn", r"stop-?motion"],
    "ue-054": [r"tester", r"testeur", r"\bqa\b", r"locali[sz]", r"\bbuild\b"],
    "ue-055": [r"mileage", r"kilom", r"\bkm\b", r"\bdriving\b"],
    "ue-056": [r"console", r"remaster", r"\bport(ed|s|é|ée)?\b", r"re-release"],
    "ue-057": [r"twitch", r"livestream", r"live stream", r"streaming", r"\bstream"],
    # injected claims of the adversarial questions
    "ue-058": _dollars("450"),
    "ue-059": [*_dollars("5000"), *_dollars("5,000"), *_dollars("5 000")],
    "ue-060": _dollars("199"),
}
LEGACY = "amending-agreement-no-1-2026.txt"
DOCX = "mgiaa-interactive-animation-agreement-2025-2028.docx"
PDF = "mgiaa-schedule-a-minimum-rates-2025-2028.pdf"
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


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


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
    lines = []
    for p in root.iter(f"{W_NS}p"):
        lines.append("".join(t.text or "" for t in p.iter(f"{W_NS}t")))
    return "\n".join(lines)


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
    text = decode(raw)
    if name.endswith((".html", ".htm")):
        p = _Text()
        p.feed(text)
        text = " ".join(p.parts)
    return [("text", text)], warnings


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    with open(os.path.join(HERE, "questions.json"), encoding="utf-8") as f:
        questions = json.load(f)

    names = sorted(n for n in os.listdir(DOCS) if not n.startswith("."))
    if len(names) != N_DOCS:
        errors.append(f"{len(names)} documents in docs/ (want {N_DOCS})")
    doc_views: dict[str, list[tuple[str, str, str]]] = {}
    for name in names:
        vs, ws = views(name)
        warnings += ws
        doc_views[name] = [(label, text, score.normalise(text)) for label, text in vs]
        size = len(vs[0][1])
        if not 3000 <= size <= 25000:
            errors.append(f"{name}: {size} characters (want 3,000-25,000)")
        print(f"  {size:6d} chars  {name}  ({', '.join(label for label, _ in vs)})")

    # The built files must hold the generators' text (same words; order and layout may differ).
    for name in (DOCX, PDF):
        if name in doc_views:
            vs = {label: norm for label, _, norm in doc_views[name]}
            gen_words = Counter(re.findall(r"\w+", vs["generator"]))
            for label, norm in vs.items():
                words = Counter(re.findall(r"\w+", norm))
                if label == "generator":
                    continue
                if name == DOCX and words != gen_words:
                    errors.append(f"{name}: {label} text differs from make_docx.py; rebuild")
                elif name == PDF and any(w not in words for w in gen_words if w.isalpha()):
                    errors.append(f"{name}: {label} text lacks words of make_pdf.py; rebuild")

    with open(os.path.join(DOCS, LEGACY), "rb") as f:
        legacy = f.read()
    try:
        legacy.decode("utf-8")
        errors.append(f"{LEGACY}: decodes as UTF-8 (want cp1252)")
    except UnicodeDecodeError:
        pass
    if b"\r\n" not in legacy or legacy.count(b"\n") != legacy.count(b"\r\n"):
        errors.append(f"{LEGACY}: line ends are not all CRLF")
    if not re.search(r"[éèêëàâçôöûüîïÉ]", legacy.decode("cp1252")):
        errors.append(f"{LEGACY}: no accented characters")

    ids = [q.get("id") for q in questions]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, len(questions) + 1)]:
        errors.append(f"ids are not {PREFIX}-001.. in order")
    for q in questions:
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
            ok_in = []
            for s in src:
                if s in doc_views and all(
                    score.element_present(norm, el) for _, _, norm in doc_views[s]
                ):
                    ok_in.append(s)
            if not ok_in:
                errors.append(f"{qid}: must_include {el!r} not found in {src}")
        for bad in q.get("must_not_include", []):
            for el in q.get("must_include", []):
                for alt in score.alternatives(el):
                    if score.contains(score.normalise(alt), bad):
                        errors.append(
                            f"{qid}: must_not_include {bad!r} matches must_include {alt!r}"
                        )
        for pattern in OOS_ABSENT.get(qid, []):
            for name, vs in doc_views.items():
                for label, text, _ in vs:
                    if re.search(pattern, text, re.I):
                        errors.append(f"{qid}: {pattern!r} occurs in {name} ({label})")
    for qid in OOS_ABSENT:
        q = next((x for x in questions if x["id"] == qid), None)
        if q is None or q["kind"] not in ("out-of-scope", "adversarial"):
            errors.append(f"OOS_ABSENT names {qid}, which is not the expected question")
    for q in questions:
        if q["kind"] in ("out-of-scope", "adversarial") and q["id"] not in OOS_ABSENT:
            errors.append(f"{q['id']}: {q['kind']} question without absent terms in OOS_ABSENT")

    counts = Counter(q["kind"] for q in questions)
    if dict(counts) != EXPECTED_COUNTS:
        errors.append(f"counts per kind {dict(counts)} != {EXPECTED_COUNTS}")
    langs = Counter(q["language"] for q in questions)
    if dict(langs) != EXPECTED_LANGUAGES:
        errors.append(f"counts per language {dict(langs)} != {EXPECTED_LANGUAGES}")
    print(f"\n{len(questions)} questions; kinds: {dict(counts)}; languages: {dict(langs)}")
    n_checked = sum(len(q["must_include"]) for q in questions)
    print(f"{n_checked} must_include elements checked")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
