#!/usr/bin/env python3
"""Check the union-i set itself: questions.json against docs/ (no project needed).

    python3 eval/union-i/check_set.py                      # stdlib only
    .venv/bin/python eval/union-i/check_set.py             # also python-docx and pypdf

Checks:
- the fields and values of every question, ids ui-001.. in order, counts per kind and
  language;
- that every expected source exists, and that every must_include element occurs, after the
  scorer's normalisation (score.normalise / score.contains), in at least one expected
  source, in EVERY view of that source: HTML without tags, scripts and styles, and raw;
  text files decoded as UTF-8; the DOCX in the generator's text (make_docx.py), in
  word/document.xml read with zipfile and, when importable, through python-docx; the PDF
  in the generator's text (make_pdf.py) and, when importable, in the text pypdf extracts
  from the built file;
- that the built DOCX and PDF hold their generators' text (rebuild if not);
- that the rate table has cells spanning rows and columns, that its row C-1 prints the
  misprint $421.00 in the Year 2 column, and that the erratum corrects it to $412.00;
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
PREFIX = "ui"
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
EXPECTED_LANGUAGES = {"en": 35, "fr": 25}
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
    "ui-048": [r"audiobook", r"audio ?book", r"livres? audio", r"livres? lus?\b"],
    "ui-049": [r"sous-titr", r"subtitl", r"captioning", r"closed caption"],
    "ui-050": [
        r"\bsing(?:s|ing|er|ers)?\b",
        r"\bsongs?\b",
        r"chanson",
        r"\bchant(?:er|é|ée|e|s)?\b",
    ],
    "ui-051": [r"jeux? vid[ée]o", r"video ?games?", r"\bgames?\b", r"gaming"],
    "ui-052": [r"dental", r"dentaire", r"dentist", r"\bteeth\b"],
    "ui-053": [r"gr[èe]ve", r"strike", r"picket", r"piquet"],
    "ui-054": [r"2029"],
    "ui-055": [r"commercial", r"publicit", r"advert", r"\bads?\b", r"\bpub\b"],
    "ui-056": [r"capture", r"mocap", r"\bmotion\b"],
    "ui-057": [r"parental", r"maternit", r"paternit", r"pregnan", r"grossesse"],
    # injected claims of the adversarial questions
    "ui-058": [r"14[.,]75"],
    "ui-059": _dollars("515"),
    "ui-060": [r"730"],
}
DOCX = "vdau-madpa-agreement-2025-2028.docx"
PDF = "side-letter-no-2-dubbing-cadence-and-rate.pdf"
RATES = "schedule-a-minimum-rates-2025-2028.html"
ERRATUM = "erratum-no-1-schedule-a.txt"
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
        out = [("generator", make_pdf.side_letter_text())]
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
        text = f.read().decode("utf-8")
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


def check_rates_and_erratum(errors: list[str]) -> None:
    with open(os.path.join(DOCS, RATES), encoding="utf-8") as f:
        html_text = f.read()
    if not re.search(r'rowspan="[2-9]"', html_text) or not re.search(r'colspan="3"', html_text):
        errors.append(f"{RATES}: no cells spanning several rows and three year columns")
    row = re.search(r"<td>C-1</td>(.*?)</tr>", html_text)
    cells = re.findall(r"<td>(.*?)</td>", row.group(1)) if row else []
    if cells[-3:-1] != ["$398.00", "$421.00"]:
        errors.append(f"{RATES}: row C-1 does not print $398.00 | $421.00 (Year 1 | Year 2)")
    with open(os.path.join(DOCS, ERRATUM), encoding="utf-8") as f:
        erratum = f.read()
    if "should read $412.00, not $421.00" not in erratum:
        errors.append(f"{ERRATUM}: does not correct $421.00 to $412.00")


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
            if name == DOCX and words != gen_words:
                errors.append(f"{name}: {label} text differs from make_docx.py; rebuild")
            elif name == PDF and any(w not in words for w in gen_words if w.isalpha()):
                errors.append(f"{name}: {label} text lacks words of make_pdf.py; rebuild")

    for name in (RATES, ERRATUM):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if RATES in doc_views and ERRATUM in doc_views:
        check_rates_and_erratum(errors)
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
