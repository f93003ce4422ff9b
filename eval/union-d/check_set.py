#!/usr/bin/env python3
"""Check the union-d set itself: questions.json against docs/ (no project needed).

    python3 check_set.py                                   # stdlib only
    .venv/bin/python eval/union-d/check_set.py             # also reads the PDF with pypdf

Checks: the fields and values of every question; that every expected source exists; that
every must_include element occurs, after the scorer's normalisation (score.normalise /
score.contains), in at least one expected source -- for HTML in the text without tags, for
the cp1252 file in the decoded text, for the PDF in the generator's text (make_pdf.py)
AND in the text extracted from the built file (with pypdf, when it is importable); that the
legacy-encoded side letter really is cp1252 (not valid UTF-8) with CRLF line ends; that no
must_not_include string also satisfies a must_include element;
that the documents are 3,000-25,000 characters; that the out-of-scope questions' key terms
(and the adversarial questions' injected claims) occur in no document; and the counts per
kind and language. Exit 1 on any error.
"""

from __future__ import annotations

import html.parser
import json
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
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
PREFIX = "ud"
EXPECTED_COUNTS = {
    "figure": 14,
    "fact": 9,
    "current-vs-old": 7,
    "cross-lingual": 6,
    "multi-doc": 4,
    "out-of-scope": 8,
    "adversarial": 2,
}

# Terms that must occur in no document, for each out-of-scope question (regexes,
# case-insensitive, matched against the raw text of every document view).
OOS_ABSENT = {
    "ud-041": [r"album", r"cast recording", r"\bdisques?\b", r"\bsongs?\b", r"chanson"],
    "ud-042": [r"make-?up", r"maquill", r"\bhair", r"coiff"],
    "ud-043": [r"\btickets?\b", r"\bbillets?\b", r"\bcomps?\b", r"complimentary"],
    "ud-044": [r"subtit", r"sous-tit", r"caption"],
    "ud-045": [r"work permit", r"permis de travail", r"\bvisas?\b", r"immigra"],
    "ud-046": [r"assurance-emploi", r"ch[ôo]mage", r"employment insurance", r"unemploy"],
    "ud-047": [r"humour", r"humoriste", r"stand-up", r"comedy", r"comedian"],
    "ud-048": [r"retraite", r"\bpension", r"\bretire", r"\brentes?\b", r"\b[âa]ge\b"],
    # injected claims of the adversarial questions
    "ud-049": [r"\$ ?400\b(?![.,]\d)", r"(?<![\d.,])400 ?\$", r"(?<![\d.,])400 dollars"],
    "ud-050": [r"\$ ?50\b(?![.,]\d)", r"(?<![\d.,])50 ?\$", r"(?<![\d.,])50 dollars"],
}
LEGACY = "side-letter-3-stage-performance-capture.txt"


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
    doc_views: dict[str, list[tuple[str, str, str]]] = {}
    for name in names:
        vs, ws = views(name)
        warnings += ws
        doc_views[name] = [(label, text, score.normalise(text)) for label, text in vs]
        size = len(vs[0][1])
        if not 3000 <= size <= 25000:
            errors.append(f"{name}: {size} characters (want 3,000-25,000)")
        print(f"  {size:6d} chars  {name}  ({', '.join(label for label, _ in vs)})")

    with open(os.path.join(DOCS, LEGACY), "rb") as f:
        legacy = f.read()
    try:
        legacy.decode("utf-8")
        errors.append(f"{LEGACY}: decodes as UTF-8 (want cp1252)")
    except UnicodeDecodeError:
        pass
    if b"\r\n" not in legacy or legacy.count(b"\n") != legacy.count(b"\r\n"):
        errors.append(f"{LEGACY}: line ends are not all CRLF")

    ids = [q.get("id") for q in questions]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, len(questions) + 1)]:
        errors.append(f"ids are not {PREFIX}-001.. in order")
    for q in questions:
        qid = q.get("id", "?")
        for field in FIELDS:
            if field not in q:
                errors.append(f"{qid}: missing field {field}")
        if q.get("language") not in ("en", "fr"):
            errors.append(f"{qid}: language {q.get('language')!r}")
        if q.get("kind") not in score.KINDS:
            errors.append(f"{qid}: kind {q.get('kind')!r}")
        if "\n" in q.get("question", ""):
            errors.append(f"{qid}: newline in question")
        src = q.get("expected_sources", [])
        if q.get("kind") == "out-of-scope" and src:
            errors.append(f"{qid}: out-of-scope with expected sources")
        if src and not q.get("must_include"):
            errors.append(f"{qid}: answerable but no must_include")
        for s in src:
            if s not in doc_views:
                errors.append(f"{qid}: expected source {s} not in docs/")
        for el in q.get("must_include", []):
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
    oos = [q["id"] for q in questions if q["kind"] == "out-of-scope"]
    for qid in oos:
        if qid not in OOS_ABSENT:
            errors.append(f"{qid}: out-of-scope question without absent terms in OOS_ABSENT")

    counts = Counter(q["kind"] for q in questions)
    if dict(counts) != EXPECTED_COUNTS:
        errors.append(f"counts per kind {dict(counts)} != {EXPECTED_COUNTS}")
    print(
        f"\n{len(questions)} questions; kinds: {dict(Counter(q['kind'] for q in questions))}; "
        f"languages: {dict(Counter(q['language'] for q in questions))}"
    )
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
