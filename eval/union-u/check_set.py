#!/usr/bin/env python3
"""Check the union-u set itself: questions.json against docs/ (no project needed).

    python3 eval/union-u/check_set.py                      # stdlib; PDF and DOCX in the generators' text
    /work/main/.venv/bin/python eval/union-u/check_set.py  # also python-docx, pdfplumber and pypdf

Checks:
- the fields and values of every question, ids uu-001.. in order, counts per kind and
  language, no duplicate question, no newline in a question, and that questions.json is
  what make_questions.py writes;
- that every expected source exists, and that every must_include element occurs, after the
  scorer's normalisation (score.normalise / score.contains), in at least one expected
  source, in EVERY view of it: HTML without tags and raw; the festival's fee list decoded
  as Windows-1252; other text as UTF-8; the two DOCX in the generator's text
  (make_docx.py), in word/document.xml read with zipfile and, when importable, through
  python-docx (paragraphs and table cells, a merged cell repeated in every row it spans);
  the PDF in the generator's text (make_pdf.py) and, when importable, through pdfplumber
  AND through pypdf;
- the accepted forms: no alternative with a dot-thousands amount ("1.510", which reads as
  1.51); an amount with cents ending in zero ("1,250.50") also given with one decimal
  ("1,250.5"); every alternative stable under normalisation; no trap equal, after
  normalisation, to a must_include alternative, nor matching one;
- that no dollar amount or percentage is glued to a neighbour: every amount printed in a
  document ("$1,040.00", "CAD 1,000", "1 250,50 $" with U+00A0, "2 400 $" with a space,
  "18500 $", "65,00 $", "1,5 k$") and every percentage is found, after normalisation and
  at digit boundaries, in every view of that document;
  and no separator stands where the scorer would glue two numbers into one (after a 4+
  digit number, a decimal, or the end of a range, date or time: "2025-26 950 $");
- that the built DOCX and PDF hold their generators' words (rebuild if not), and the cp1252
  fee list its generator's text;
- the agreement PDF: 6-10 pages, running header and "Page N of M" on every page, headings
  Article 1 to Article 18 and "Article 9 bis", citations "Art. 12.4(c)" and
  "Art. 15.3(d)", production seasons from October 1 with the March 1, 2026 mid-season rule,
  the cross-reference to "Schedule C of the Rate Memorandum", Art. 9.6 (to be deleted),
  Art. 12.4(c) at 5% (to be amended), Art. 17.3 (keeps Clause 14.2); Appendix 1 is CUT IN
  TWO by a note paragraph: its header row printed twice, "Appendix 1 (continued)" once,
  after the note and before the second header, every row printed once as one line, the
  footnote markers † and ‡ in rows W-7 and W-9 and the footnotes under the table;
- the Rate Memorandum 2025-26 (DOCX): three Word tables; Schedule A's first column merged
  vertically (w:vMerge) for exactly the rows raised on March 1, 2026 (A-1, A-2, A-7, A-8),
  their two periods "Oct. 1/25 – Feb. 28/26" / "Mar. 1/26 – Sep. 30/26" and a higher second
  amount; amounts written "$1,040.00";
- the Mémorandum tarifaire 2026-2027 (HTML): rates in <dl>/<dt>/<dd> (no <table>), one
  <dd> per <dt>, every row code of the 2025-26 memorandum present, amounts written
  "1 135,50 $" with U+00A0, no row lower than the 2025-26 one (Art. 4.5), no 2025-26
  amount in it and no 2026-27 amount in the 2025-26 memorandum, the replacement statement
  in French and in English, site boilerplate (nav, breadcrumbs, footer);
- the Lettre d'entente n° 2: Art. 9.6 deleted and Art. 12.4(c) from 5 % to 7 % from the
  1er novembre 2026 (01/11/2026), the earlier broadcasts kept at 5 %, Art. 17.3 unchanged
  with the amount in words equal to the expired clause's, no retroactivity, ratification,
  its Word table, never the rejected buy-out;
- the FAQ's "### " headings, bullet lists holding figures and "2 400 $"; the notice's
  headers, "Oct. 1/26" and fixed-width (space-aligned) table; the bulletin's rejected
  proposal, vote and informal "1,5 k$"; the expired summary's banner, old terms and the
  kept Clause 14.2; the streaming page's nav and footer; the festival list's encoding
  (single bytes E9, AB, 96, 92 and A0, CRLF, not UTF-8);
- the dollar, percentage and date spellings ("$1,040.00", "CAD 1,000", "1 250,50 $",
  "2 400 $", "18500 $", "1,5 k$", an amount in words; "2026-10-01", "1er octobre 2026",
  "October 1, 2026", "Oct. 1/26", "01/10/2026"); no €, £, ₹, ƒ, CHF, EUR, USD, GBP, Rs;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- that every non-adversarial question's traps include one that occurs in a document, and
  that the rejected buy-out is never in must_include and is a trap of the C-1 and C-2
  questions;
- that the notice (English) is an expected source only of French questions and the
  bulletin (French) only of English questions (cross-lingual);
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
import make_questions  # noqa: E402
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
PREFIX = "uu"
KINDS = [*score.KINDS, "previous-agreement"]
EXPECTED_COUNTS = {
    "figure": 14,
    "fact": 9,
    "current-vs-old": 8,
    "cross-lingual": 8,
    "multi-doc": 5,
    "previous-agreement": 3,
    "out-of-scope": 10,
    "adversarial": 3,
}
EXPECTED_LANGUAGES = {"en": 35, "fr": 25}
N_DOCS = 10
SIZE = (2000, 25000)
SEP = "[ ,.'’\u00a0\u202f]?"

OOS_ABSENT = {
    "uu-048": [r"\bagents?\b", r"\bagence", r"commissions?\b", r"impresario"],
    "uu-049": [r"ch[ôo]mage", r"assurance.emploi", r"employment insurance", r"unemploy"],
    "uu-050": [r"\bprizes?\b", r"\bwinn", r"gagnant", r"grand prix", r"r[ée]compense", r"cash"],
    "uu-051": [
        r"imp[ôo]ts?\b",
        r"\btax(?:es|ed|ation|able)?\b",
        r"fiscal",
        r"\btps\b",
        r"\btvq\b",
        r"\bgst\b",
        r"\bhst\b",
    ],
    "uu-052": [r"wardrobe", r"costume", r"v[êe]tement", r"\bclothes", r"clothing", r"garde-robe"],
    "uu-053": [r"psycholog", r"th[ée]rap", r"counsel", r"\bmental", r"aftercare", r"\bpsy\b"],
    "uu-054": [r"\bplanes?\b", r"in-?flight", r"airline", r"\bflights?\b", r"avion", r"a[ée]rien"],
    "uu-055": [r"pension", r"retraite", r"retirement", r"\brrsp", r"\breer\b"],
    "uu-056": [r"dentaire", r"dental", r"m[ée]dicament", r"insur", r"assuranc"],
    "uu-057": [r"merch", r"t-shirt", r"\bmugs?\b", r"produits d[ée]riv", r"goodies"],
    "uu-058": [rf"2{SEP}999"],
    "uu-059": [r"(?<![\d.,])55[ \u00a0\u202f]?%"],
    "uu-060": [r"(?<![\d.,])3[ \u00a0\u202f]?%", r"royalt", r"redevance"],
}

AGREEMENT = make_questions.AGREEMENT
MEMO25 = make_questions.MEMO25
MEMO26 = make_questions.MEMO26
LETTRE = make_questions.LETTRE
FAQ = make_questions.FAQ
NOTICE = make_questions.NOTICE
BULLETIN = make_questions.BULLETIN
EXPIRED = make_questions.EXPIRED
STREAM = "northstream-plus-plans-and-prices-2026-27.html"
FESTIVAL = "festival-documentaire-marigot-falls-frais-2027.txt"
PDF_TEXT = {AGREEMENT: make_pdf.agreement_text}
DOCX_TEXT = {MEMO25: make_docx.memorandum_text, LETTRE: make_docx.lettre_text}
CP1252_FILES = {FESTIVAL}
ONLY_FR_QUESTIONS = {NOTICE}  # an English document answered only by French questions
ONLY_EN_QUESTIONS = {BULLETIN}  # a French document answered only by English questions
REJECTED_FEE = make_questions.REJECTED  # the RFPA's one-time voice buy-out, rejected
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NB = "\u00a0"
MID_SEASON_ROWS = {"A-1", "A-2", "A-7", "A-8"}  # raised on March 1, 2026
SPELLINGS = {
    "English dollars with cents ($1,040.00)": r"\$\d{1,3},\d{3}\.\d\d\b",
    "CAD before, comma thousands (CAD 1,000)": r"\bCAD \d{1,3},\d{3}\b",
    "French, no-break space thousands, comma decimals, $ after (1 250,50 $)": (
        "\\d\u00a0\\d{3},\\d\\d\u00a0\\$"
    ),
    "French, plain space thousands, $ after (2 400 $)": r"\d \d{3} \$",
    "plain, no separator, $ after (18500 $)": r"(?<![\d,.])(?<!\d[ \u00a0])\d{4,} \$",
    "informal k$ (1,5 k$)": r"\d,\d k\$",
    "an amount in words (soixante-cinq dollars)": r"soixante-cinq dollars \(65,00\u00a0?\s?\$\)",
    "French percentage with comma (87,3 %)": r"87,3 %",
    "date ISO (2026-10-01)": r"2026-10-01",
    "date 1er octobre 2026": r"1er octobre 2026",
    "date October 1, 2026": r"October 1, 2026",
    "date Oct. 1/26": r"Oct\. 1/26",
    "date day first with slashes (01/10/2026)": r"(?<![\d/])01/10/2026",
    "season 2025-26": r"\b2025-26\b",
    "season 2026-27": r"\b2026-27\b",
    "saison 2026-2027": r"saison 2026-2027",
    "mid-season change March 1, 2026": r"March 1, 2026",
}
DOLLARS = [
    re.compile(r"\$ ?(\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+(?:\.\d\d)?)(?![\d,])"),
    re.compile(r"\bCAD ?(\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+(?:\.\d\d)?)(?![\d,])"),
    re.compile(
        "(?<![\\d,.])(\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?:,\\d\\d)?|\\d+(?:,\\d\\d)?)"
        "[ \u00a0\u202f]?\\$"
    ),
    re.compile(r"(?<![\d,.])(\d+,\d k\$)"),
]
PERCENT = re.compile("(?<![\\d.,])\\d{1,3}(?:[.,]\\d{1,2})?[ \u00a0\u202f]?%")
DOT_THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}\.\d{3}(?![\d])")
CENTS_ZERO = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})*\.\d)0(?!\d)")
MEMO25_AMOUNT = re.compile(r"^\$\d{1,3}(?:,\d{3})*\.\d\d$")
MEMO26_AMOUNT = re.compile("\\d{1,3}(?:\u00a0\\d{3})?,\\d\\d\u00a0\\$")
ROW_CODE = re.compile(r"^([ABC]-\d{1,2}) ")


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


class _DefList(html.parser.HTMLParser):
    """The <dt>/<dd> items of an HTML page, in order: [(tag, text)], and tag counts."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[list[str]] = []
        self.tags: Counter = Counter()
        self._open: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag in ("dt", "dd"):
            self.items.append([tag, ""])
            self._open = tag

    def handle_endtag(self, tag):
        if tag in ("dt", "dd"):
            self._open = None

    def handle_data(self, data):
        if self._open:
            self.items[-1][1] += data


def html_text(raw: str) -> str:
    p = _Text()
    p.feed(raw)
    return " ".join(p.parts)


def pdf_readers(path: str) -> list[tuple[str, list[str]]]:
    """The PDF's pages through pdfplumber and through pypdf, each when importable."""
    out = []
    try:
        import pdfplumber
    except ImportError:
        pdfplumber = None
    if pdfplumber is not None:
        with pdfplumber.open(path) as pdf:
            out.append(("pdfplumber", [page.extract_text() or "" for page in pdf.pages]))
    try:
        import pypdf
    except ImportError:
        pypdf = None
    if pypdf is not None:
        out.append(("pypdf", [p.extract_text() or "" for p in pypdf.PdfReader(path).pages]))
    return out


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
        readers = pdf_readers(path)
        if len(readers) < 2:
            warnings.append(f"{name}: pdfplumber or pypdf not importable, view(s) skipped")
        out += [(label, "\n".join(pages)) for label, pages in readers]
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


def _flat(text: str) -> str:
    return " ".join(text.split())


def _dollars(amount: str) -> float:
    """'$1,040.00' / '1 135,50 $' / 'CAD 75' -> a float."""
    s = amount.replace("$", "").replace("CAD", "").strip()
    s = s.replace(NB, "").replace(" ", "")
    if re.search(r",\d\d$", s):
        s = s[:-3].replace(",", "") + "." + s[-2:]
    return float(s.replace(",", ""))


# ----------------------------------------------------------------------------------------
# Questions
# ----------------------------------------------------------------------------------------


def check_forms(qid: str, q: dict, errors: list[str]) -> None:
    """No dot-thousands; cents ending in zero also with one decimal; stable; no trap twin."""
    for el in q.get("must_include", []):
        alts = score.alternatives(el)
        for alt in alts:
            if DOT_THOUSANDS.search(alt):
                errors.append(f"{qid}: must_include {alt!r} has a dot-thousands amount")
            n = score.normalise(alt)
            if not n or score.normalise(n) != n:
                errors.append(f"{qid}: must_include {alt!r} is not stable under normalisation")
            for m in CENTS_ZERO.finditer(alt):
                if m.group(1) not in alts:
                    errors.append(
                        f"{qid}: must_include {alt!r} lacks the one-decimal {m.group(1)!r}"
                    )
    for bad in q.get("must_not_include", []):
        if DOT_THOUSANDS.search(bad):
            errors.append(f"{qid}: must_not_include {bad!r} has a dot-thousands amount")
        for el in q.get("must_include", []):
            for alt in score.alternatives(el):
                if score.normalise(alt) == score.normalise(bad) or score.contains(
                    score.normalise(alt), bad
                ):
                    errors.append(f"{qid}: must_not_include {bad!r} matches must_include {alt!r}")


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
    if q.get("kind") == "multi-doc" and len(q.get("must_include", [])) < 2:
        errors.append(f"{qid}: multi-doc question with fewer than two must_include elements")
    if q.get("kind") == "multi-doc":
        # each element from a different document: the rule in one, the amount in another
        homes = []
        for el in q.get("must_include", []):
            homes.append(
                {
                    s
                    for s in src
                    if s in doc_views
                    and all(score.element_present(norm, el) for _, _, norm in doc_views[s])
                }
            )
        if len(homes) >= 2 and all(h == homes[0] for h in homes) and len(homes[0]) == 1:
            errors.append(f"{qid}: multi-doc elements all come from one document {homes[0]}")
    for s in src:
        if s not in doc_views:
            errors.append(f"{qid}: expected source {s} not in docs/")
        if s in ONLY_FR_QUESTIONS and q.get("language") != "fr":
            errors.append(f"{qid}: {s} must be answered only by French questions")
        if s in ONLY_EN_QUESTIONS and q.get("language") != "en":
            errors.append(f"{qid}: {s} must be answered only by English questions")
    if q.get("kind") == "cross-lingual":
        doc_langs = {DOC_LANGUAGE.get(s) for s in src}
        if q.get("language") in doc_langs:
            errors.append(f"{qid}: cross-lingual but a source is in the question's language")
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
    check_forms(qid, q, errors)
    traps = [b for b in q.get("must_not_include", []) if not b.startswith("@")]
    if q.get("kind") not in ("adversarial", "out-of-scope") and traps:
        real = [
            b
            for b in traps
            if any(score.contains(norm, b) for vs in doc_views.values() for _, _, norm in vs)
        ]
        if not real:
            errors.append(f"{qid}: none of the traps {traps} occurs in a document")
    for pattern in OOS_ABSENT.get(qid, []):
        for name, vs in doc_views.items():
            for label, text, _ in vs:
                if re.search(pattern, text, re.I):
                    errors.append(f"{qid}: {pattern!r} occurs in {name} ({label})")


DOC_LANGUAGE = {
    AGREEMENT: "en",
    MEMO25: "en",
    NOTICE: "en",
    EXPIRED: "en",
    STREAM: "en",
    MEMO26: "fr",
    LETTRE: "fr",
    FAQ: "fr",
    BULLETIN: "fr",
    FESTIVAL: "fr",
}


# ----------------------------------------------------------------------------------------
# Documents
# ----------------------------------------------------------------------------------------


def check_glued(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> int:
    """Every dollar amount and percentage printed in a document must survive normalisation."""
    n = 0
    for name, vs in doc_views.items():
        first = vs[0][1]
        amounts = {m.group(1) for rx in DOLLARS for m in rx.finditer(first)}
        amounts |= {m.group(0) for m in PERCENT.finditer(first)}
        n += len(amounts)
        for label, _, norm in vs:
            for a in sorted(amounts):
                if not score.contains(norm, a):
                    errors.append(f"{name}: amount {a!r} not found as such in the {label} view")
    return n


GLUE_JOINTS = [
    # a separator the scorer strips ("(?<=\d)[, ](?=\d{3}(?!\d))") after a number that cannot
    # be the head of a thousands group: a 4+ digit number ("2026 950"), a decimal ("12.50 250")
    # or a number that ends a range, a date or a time ("2025-26 950", "1/26 950", "23:00 100")
    re.compile(r"\d{4,}[ ,]\d{3}(?!\d)"),
    re.compile(r"\d\.\d+[ ,]\d{3}(?!\d)"),
    re.compile(r"[-–/:]\d{1,3}[ ,]\d{3}(?!\d)"),
]


def check_joints(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    """No two numbers that the scorer's thousands rule would glue into one, in any view."""
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            flat = _flat(re.sub("[\u00a0\u202f]", " ", text))
            for rx in GLUE_JOINTS:
                for m in rx.finditer(flat):
                    errors.append(f"{name}: {m.group(0)!r} would be glued by the scorer ({label})")


def _check_running(label: str, pages: list[str], errors: list[str]) -> None:
    header = _flat(make_pdf.RUNNING_HEADER)
    for i, page in enumerate(pages, 1):
        flat = _flat(page)
        if header not in flat:
            errors.append(f"{AGREEMENT}: page {i} lacks the running header ({label})")
        if f"Page {i} of {len(pages)}" not in flat:
            errors.append(f"{AGREEMENT}: page {i} lacks 'Page {i} of {len(pages)}' ({label})")


def check_agreement(errors: list[str]) -> None:
    text = make_pdf.agreement_text()
    for n in range(1, 19):
        if not re.search(rf"^Article {n} – [A-Z]", text, re.M):
            errors.append(f"{AGREEMENT}: lacks the heading of Article {n}")
    for needle in (
        "Article 9 bis – Confessional footage and machine learning",
        "9 bis.1 No confessional footage",
        "It cannot be waived in an individual contract, even with the cast member's consent.",
        "This Agreement runs from October 1, 2025 to September 30, 2028.",
        "Fees change on October 1 of each year",
        "The Rate Memorandum for season 2026-27 applies from October 1, 2026.",
        "may raise any of those rows from March 1, 2026",
        "the first applies to work up to February 28, 2026 and the second to work from "
        "March 1, 2026",
        "as set out in Schedule C of the Rate Memorandum (rows C-1 and C-2)",
        "Art. 15.3(d)",
        "Art. 12.4, the flat rerun fee",
        "(c) Window 4: five per cent (5%) for each territory",
        "9.6 The producer may use confessional outtakes",
        "17.3 Notwithstanding Art. 17.2, Clause 14.2 of the Factual Television Agreement",
        "It is not superseded by this Agreement nor by any Rate Memorandum.",
        "CAD 25 per business day of delay, up to CAD 1,000 per payment",
        "Consent is never a condition of engagement",
        "(b) no fee is payable for de-identification",
        "must approve the result in writing before broadcast",
        "the estate (the executor or, failing one, the heirs)",
        '"RECREATED WITH AI / RECRÉÉ PAR IA" for at least five (5) seconds',
        "without a new licence on form IA-4",
        "deleted within ninety (90) days",
        "the withdrawal takes effect sixty (60) days after the notice",
        "amended only by a letter of understanding",
    ):
        if needle not in text:
            errors.append(f"{AGREEMENT}: lacks {needle!r}")
    rows = [*make_pdf.APPENDIX_PART1, *make_pdf.APPENDIX_PART2]
    codes = [r[0] for r in rows]
    if codes != [f"W-{i}" for i in range(1, 10)]:
        errors.append(f"{AGREEMENT}: Appendix 1 rows are not W-1..W-9 ({codes})")
    if "†" not in " ".join(make_pdf.APPENDIX_PART2[1]) or "‡" not in " ".join(
        make_pdf.APPENDIX_PART2[3]
    ):
        errors.append(f"{AGREEMENT}: rows W-7 / W-9 lack their footnote markers † / ‡")
    notes = make_pdf.APPENDIX_FOOTNOTES
    if not (notes[0].startswith("† ") and "the minimum call of row W-7 is 2 h" in notes[0]):
        errors.append(f"{AGREEMENT}: footnote † lacks its condition")
    if not (notes[1].startswith("‡ ") and "Schedule C of the Rate Memorandum" in notes[1]):
        errors.append(f"{AGREEMENT}: footnote ‡ lacks its cross-reference")
    header = " ".join(make_pdf.APPENDIX_HEADER)
    note = _flat(make_pdf.APPENDIX_NOTE)[:60]
    for label, pages in pdf_readers(os.path.join(DOCS, AGREEMENT)):
        if not 6 <= len(pages) <= 10:
            errors.append(f"{AGREEMENT}: {len(pages)} pages in {label} (want 6-10)")
        _check_running(label, pages, errors)
        flat = _flat("\n".join(pages))
        h1 = flat.find(header)
        h2 = flat.find(header, h1 + 1)
        cont = flat.find(make_pdf.APPENDIX_CONTINUED)
        at_note = flat.find(note)
        if flat.count(header) != 2 or flat.count(make_pdf.APPENDIX_CONTINUED) != 1:
            errors.append(
                f"{AGREEMENT}: Appendix 1 header printed {flat.count(header)} times, "
                f"'(continued)' {flat.count(make_pdf.APPENDIX_CONTINUED)} times ({label})"
            )
        elif not h1 < at_note < cont < h2:
            errors.append(f"{AGREEMENT}: Appendix 1 is not cut in two by the note ({label})")
        else:
            part1 = flat[h1:at_note]
            part2 = flat[h2:]
            for row in make_pdf.APPENDIX_PART1:
                if " ".join(row) not in part1:
                    errors.append(f"{AGREEMENT}: row {row[0]} not in the first table ({label})")
            for row in make_pdf.APPENDIX_PART2:
                if " ".join(row) not in part2:
                    errors.append(f"{AGREEMENT}: row {row[0]} not in the second table ({label})")
        for row in rows:
            if flat.count(" ".join(row)) != 1:
                errors.append(f"{AGREEMENT}: row {row[0]} not printed once as one line ({label})")
        for fn in notes[:2]:
            if _flat(fn) not in flat:
                errors.append(f"{AGREEMENT}: footnote {fn[:1]} not printed as such ({label})")


def memo26_rows(raw: str) -> tuple[dict[str, str], _DefList]:
    """Row code -> the <dd> text after its <dt>, from the 2026-2027 memorandum."""
    p = _DefList()
    p.feed(raw)
    out: dict[str, str] = {}
    for (tag, text), nxt in zip(p.items, [*p.items[1:], ["", ""]], strict=True):
        if tag == "dt":
            m = ROW_CODE.match(text.strip())
            if m and nxt[0] == "dd":
                out[m.group(1)] = nxt[1]
    return out, p


def memo25_rows() -> dict[str, list[str]]:
    """Row code -> its amounts (one per period) in the 2025-26 memorandum."""
    out: dict[str, list[str]] = {}
    for role, periods in make_docx.SCHEDULE_A:
        out[role.split()[0]] = [amount for _, _, amount in periods]
    for row in (*make_docx.SCHEDULE_B, *make_docx.SCHEDULE_C):
        out[row[0]] = [row[2]]
    return out


def check_memoranda(errors: list[str]) -> None:
    old = memo25_rows()
    for role, periods in make_docx.SCHEDULE_A:
        code = role.split()[0]
        if (len(periods) == 2) != (code in MID_SEASON_ROWS):
            errors.append(f"{MEMO25}: row {code} has the wrong number of periods")
        if len(periods) == 2:
            (p1, _, a1), (p2, _, a2) = periods
            if (p1, p2) != (make_docx.BEFORE, make_docx.AFTER) or _dollars(a2) <= _dollars(a1):
                errors.append(f"{MEMO25}: row {code} is not raised on Mar. 1/26")
        elif periods[0][0] != make_docx.SEASON:
            errors.append(f"{MEMO25}: row {code} does not cover the whole season")
    for code, amounts in old.items():
        for a in amounts:
            if a.startswith("$") and not MEMO25_AMOUNT.match(a):
                errors.append(f"{MEMO25}: row {code} amount {a!r} is not '$1,040.00'")
    text25 = make_docx.memorandum_text()
    for needle in (
        "Rate Memorandum 2025-26",
        "Season 2025-26 (Oct. 1/25 – Sep. 30/26)",
        "raised rows A-1, A-2, A-7 and A-8 from March 1, 2026",
        "It will replace this Rate Memorandum from October 1, 2026",
    ):
        if needle not in text25:
            errors.append(f"{MEMO25}: lacks {needle!r}")

    with open(os.path.join(DOCS, MEMO26), encoding="utf-8") as f:
        raw = f.read()
    new, parser = memo26_rows(raw)
    if parser.tags["table"]:
        errors.append(f"{MEMO26}: has a <table> (rates must be a definition list)")
    if parser.tags["dl"] < 3 or parser.tags["dt"] != parser.tags["dd"]:
        errors.append(f"{MEMO26}: not three <dl> with one <dd> per <dt>")
    missing = sorted(set(old) - set(new))
    if missing:
        errors.append(f"{MEMO26}: lacks the 2025-26 rows {missing}")
    new_amounts: list[str] = []
    for code, dd in new.items():
        ms = MEMO26_AMOUNT.findall(dd)
        if code in old and old[code][0].startswith("$"):
            if len(ms) != 1:
                errors.append(f"{MEMO26}: row {code} has no '1 135,50 $' amount ({dd!r})")
                continue
            new_amounts.append(ms[0])
            if _dollars(ms[0]) <= _dollars(old[code][-1]):
                errors.append(f"{MEMO26}: row {code} {ms[0]!r} is not above {old[code][-1]}")
        elif code in old and not score.contains(score.normalise(dd), old[code][0].split()[0]):
            errors.append(f"{MEMO26}: row {code} changes its percentage")
    norm26 = score.normalise(html_text(raw))
    for code, amounts in old.items():
        for a in amounts:
            if a.startswith("$") and score.contains(norm26, a[1:]):
                errors.append(f"{MEMO26}: prints the 2025-26 {code} amount {a}")
    norm25 = score.normalise(text25)
    for a in new_amounts:
        if score.contains(norm25, a.replace(NB, " ").replace(" $", "")):
            errors.append(f"{MEMO25}: prints the 2026-27 amount {a!r}")
    for needle in (
        "Le présent Mémorandum tarifaire remplace le Rate Memorandum 2025-26 à compter du "
        "1er octobre 2026.",
        "This Rate Memorandum replaces the Rate Memorandum 2025-26 from October 1, 2026.",
        "Le travail effectué jusqu'au 30 septembre 2026 reste payé selon le Rate Memorandum "
        "2025-26",
        "en vigueur du 2026-10-01 au 2027-09-30 (saison 2026-2027)",
        '<dl class="tarifs">',
        "<nav",
        'class="breadcrumbs"',
        "<footer>",
    ):
        if needle not in raw:
            errors.append(f"{MEMO26}: lacks {needle!r}")
    try:
        import docx
    except ImportError:
        return
    d = docx.Document(os.path.join(DOCS, MEMO25))
    if len(d.tables) != 3:
        errors.append(f"{MEMO25}: {len(d.tables)} Word tables (want 3)")
        return
    merged_codes = set()
    trs = d.tables[0]._tbl.findall(f"{W_NS}tr")
    for i, tr in enumerate(trs):
        first = tr.findall(f"{W_NS}tc")[0]
        vm = first.find(f"{W_NS}tcPr/{W_NS}vMerge")
        if vm is not None and vm.get(f"{W_NS}val") == "restart":
            text = "".join(t.text or "" for t in first.iter(f"{W_NS}t"))
            nxt = trs[i + 1].findall(f"{W_NS}tc")[0] if i + 1 < len(trs) else None
            cont = nxt.find(f"{W_NS}tcPr/{W_NS}vMerge") if nxt is not None else None
            if cont is None or cont.get(f"{W_NS}val") not in (None, "continue"):
                errors.append(f"{MEMO25}: merged cell {text!r} does not span the next row")
            merged_codes.add(text.split()[0] if text else "?")
    if merged_codes != MID_SEASON_ROWS:
        errors.append(
            f"{MEMO25}: Schedule A's merged first-column cells are {sorted(merged_codes)}, "
            f"want {sorted(MID_SEASON_ROWS)}"
        )


def check_lettre(errors: list[str]) -> None:
    lt = make_docx.lettre_text()
    for needle in (
        "Lettre d'entente n° 2",
        "L'art. 9.6 de l'Entente",
        "est supprimé à compter du 1er novembre 2026",
        "formulaire CF-2",
        "les mots « cinq pour cent (5 %) » sont remplacés par les mots « sept pour cent (7 %) »",
        "qui ont lieu à compter du 1er novembre 2026",
        "jusqu'au 31 octobre 2026 restent payées à 5 %",
        "L'art. 17.3 de l'Entente n'est pas modifié",
        "soixante-cinq dollars (65,00 $)",
        "en vigueur depuis le 01/10/2026",
        "La présente lettre entre en vigueur le 01/11/2026",
        "Elle n'a pas d'effet rétroactif",
        "Signée à Belcourt le 20/10/2026",
        "clos le 30/10/2026, par 92,4 %",
    ):
        if needle not in lt:
            errors.append(f"{LETTRE}: lacks {needle!r}")
    with open(os.path.join(DOCS, EXPIRED), encoding="utf-8") as f:
        if "$65.00 per day of sequestration" not in f.read():
            errors.append(f"{LETTRE}: its amount in words is not the expired Clause 14.2's $65.00")
    if "five per cent (5%)" not in make_pdf.agreement_text():
        errors.append(f"{LETTRE}: the agreement's Art. 12.4(c) is not the 5 % it amends")
    if score.contains(score.normalise(lt), REJECTED_FEE):
        errors.append(f"{LETTRE}: prints the rejected buy-out")
    try:
        import docx
    except ImportError:
        return
    d = docx.Document(os.path.join(DOCS, LETTRE))
    if len(d.tables) != 1 or len(d.tables[0].rows) != len(make_docx.LETTRE_TABLE):
        errors.append(f"{LETTRE}: not one Word table of {len(make_docx.LETTRE_TABLE)} rows")


def check_text_docs(errors: list[str]) -> None:
    def read(name: str) -> str:
        with open(os.path.join(DOCS, name), encoding="utf-8") as f:
            return f.read()

    def lacks(name: str, text: str, needles: tuple[str, ...]) -> None:
        flat = _flat(text)
        for needle in needles:
            if _flat(needle) not in flat:
                errors.append(f"{name}: lacks {needle!r}")

    faq = read(FAQ)
    if len(re.findall(r"^### .+", faq, re.M)) < 10:
        errors.append(f"{FAQ}: fewer than ten '### ' question headings")
    bullets_with_figures = [
        line for line in faq.splitlines() if line.startswith("- ") and re.search(r"\d", line)
    ]
    if len(bullets_with_figures) < 15:
        errors.append(f"{FAQ}: fewer than 15 bullets holding figures")
    lacks(
        FAQ,
        faq,
        (
            "2,25 %",
            "2 400 $",
            "75 $",
            "du mardi au jeudi, de 9 h à 16 h",
            "1-855-555-0147",
            "31 demandes",
            "samedi 20 mars 2027",
        ),
    )
    notice = read(NOTICE)
    lacks(
        NOTICE,
        notice,
        (
            "NOTICE TO MEMBERS No. 2026-07",
            "Date: September 22, 2026",
            "From: ",
            "To: ",
            "Subject: ",
            "(effective Oct. 1/26)",
            "up to $58.00 per night",
            "The cap was $52.00 in season 2025-26",
            "no more than three (3) night shoots in a row",
            "1-855-555-0199",
            "every night from 20:00 to 08:00",
        ),
    )
    table = [
        line
        for line in notice.splitlines()
        if re.match(r"^  (Category|-{10}|Cast member|Host|Re-enactment|Booth)", line)
    ]
    if len(table) < 7:
        errors.append(f"{NOTICE}: lacks its fixed-width table ({len(table)} lines)")
    else:
        starts = [m.start() for m in re.finditer(r"-+", table[1])]
        for line in table[2:]:
            for s in starts[1:]:
                if line[s - 2 : s] != "  " or line[s] == " ":
                    errors.append(f"{NOTICE}: column at {s} not aligned in {line.strip()!r}")
    bulletin = read(BULLETIN)
    lacks(
        BULLETIN,
        bulletin,
        (
            "INFO-NÉGO n° 5",
            "un paiement forfaitaire de 18500 $",
            "REJETÉE par 87,3 % des voix exprimées",
            "Contre la proposition : 1 204 voix",
            "aucun forfait n'est en vigueur",
            "jusqu'à 1,5 k$ de frais d'avocat",
            "l'ancien plafond était de 750 $",
        ),
    )
    expired = read(EXPIRED)
    lacks(
        EXPIRED,
        expired,
        (
            "# EXPIRED",
            "expired on September 30, 2025",
            "fifteen per cent (15%)",
            "one hundred and eighty (180) days",
            "$65.00 per day of sequestration",
            "kept in force by Art. 17.3",
            "It is **not superseded**",
        ),
    )
    lacks(STREAM, read(STREAM), ("<nav>", "<footer>", "2026-27 season", "$13.49"))
    with open(os.path.join(DOCS, FESTIVAL), "rb") as f:
        raw = f.read()
    for byte, what in (
        (b"\xe9", "E9 (é)"),
        (b"\xab", "AB («)"),
        (b"\x96", "96 (–)"),
        (b"\x92", "92 (’)"),
        (b"\xa0", "A0 (no-break space)"),
    ):
        if byte not in raw:
            errors.append(f"{FESTIVAL}: lacks the single byte {what}")
    if b"\r\n" not in raw or raw.count(b"\n") != raw.count(b"\r\n"):
        errors.append(f"{FESTIVAL}: line ends are not all CRLF")
    try:
        raw.decode("utf-8")
        errors.append(f"{FESTIVAL}: decodes as UTF-8 (it must be Windows-1252)")
    except UnicodeDecodeError:
        pass
    if raw.decode("cp1252").replace("\r\n", "\n") != make_notice.NOTICE:
        errors.append(f"{FESTIVAL}: differs from make_notice.py; rebuild")


def check_spellings(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    corpus = "\n".join(text for vs in doc_views.values() for _, text, _ in vs)
    if any(c in corpus for c in "€£₹ƒ") or re.search(r"\b(EUR|USD|GBP|CHF|Rs)\b", corpus):
        errors.append("a document contains €, £, ₹, ƒ, EUR, USD, GBP, CHF or Rs (dollars only)")
    for label, pattern in SPELLINGS.items():
        if not re.search(pattern, corpus):
            errors.append(f"no amount, percentage or date written as {label}")


def check_score_link(errors: list[str]) -> None:
    link = os.path.join(HERE, "score.py")
    if not os.path.islink(link) or os.readlink(link) != "../union-c/score.py":
        errors.append("score.py is not the relative link ../union-c/score.py")
    pyproject = os.path.join(HERE, "..", "..", "pyproject.toml")
    if os.path.exists(pyproject):
        with open(pyproject, encoding="utf-8") as f:
            if '"eval/union-u/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-u/score.py not in ruff's extend-exclude")


def check_rejected(questions: list[dict], doc_views, errors: list[str]) -> None:
    """The rejected buy-out is never an answer: a trap of the C-1 and C-2 questions."""
    if not score.contains(doc_views[BULLETIN][0][2], REJECTED_FEE):
        errors.append(f"{BULLETIN}: does not print the rejected buy-out {REJECTED_FEE}")
    for name, vs in doc_views.items():
        if name != BULLETIN and any(score.contains(norm, REJECTED_FEE) for _, _, norm in vs):
            errors.append(f"{name}: prints the rejected buy-out (only the bulletin may)")
    for q in questions:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                if score.contains(score.normalise(alt), REJECTED_FEE):
                    errors.append(f"{q['id']}: the rejected fee {REJECTED_FEE} is in must_include")
    for tag in ("C-1", "C-2"):
        if not any(REJECTED_FEE in q["must_not_include"] and tag in q["notes"] for q in questions):
            errors.append(f"no question on row {tag} traps the rejected {REJECTED_FEE}")


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    with open(os.path.join(HERE, "questions.json"), encoding="utf-8") as f:
        questions = json.load(f)
    if questions != make_questions.Q:
        errors.append("questions.json differs from make_questions.py; run it")

    names = sorted(n for n in os.listdir(DOCS) if not n.startswith("."))
    if len(names) != N_DOCS:
        errors.append(f"{len(names)} documents in docs/ (want {N_DOCS})")
    allowed = (".pdf", ".docx", ".md", ".txt", ".html")
    for name in names:
        if not name.endswith(allowed):
            errors.append(f"{name}: format not among {allowed}")
        if name not in DOC_LANGUAGE:
            errors.append(f"{name}: language not declared in DOC_LANGUAGE")
    langs_docs = Counter(DOC_LANGUAGE.values())
    if abs(langs_docs["en"] - langs_docs["fr"]) > 2:
        errors.append(f"documents per language {dict(langs_docs)} are not about half and half")
    doc_views: dict[str, list[tuple[str, str, str]]] = {}
    for name in names:
        vs, ws = views(name)
        warnings += ws
        doc_views[name] = [(label, text, score.normalise(text)) for label, text in vs]
        size = len(vs[0][1])
        if not SIZE[0] <= size <= SIZE[1]:
            errors.append(f"{name}: {size} characters (want {SIZE[0]:,}-{SIZE[1]:,})")
        print(f"  {size:6d} chars  {name}  ({', '.join(label for label, _ in vs)})")

    for name in (AGREEMENT, MEMO25, LETTRE):
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

    for name in (MEMO26, FAQ, NOTICE, BULLETIN, EXPIRED, STREAM, FESTIVAL):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_agreement(errors)
        check_memoranda(errors)
        check_lettre(errors)
        check_text_docs(errors)
        check_rejected(questions, doc_views, errors)
    n_amounts = check_glued(doc_views, errors)
    check_joints(doc_views, errors)
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
    for doc in ONLY_FR_QUESTIONS | ONLY_EN_QUESTIONS:
        if not any(doc in q["expected_sources"] for q in questions):
            errors.append(f"{doc}: no question uses it (it should be cross-lingual)")
    for name in names:
        if name in (STREAM, FESTIVAL):
            if any(name in q["expected_sources"] for q in questions):
                errors.append(f"{name}: a distractor is an expected source")
        elif not any(name in q["expected_sources"] for q in questions):
            errors.append(f"{name}: no question uses it")

    counts = Counter(q["kind"] for q in questions)
    if dict(counts) != EXPECTED_COUNTS:
        errors.append(f"counts per kind {dict(counts)} != {EXPECTED_COUNTS}")
    langs = Counter(q["language"] for q in questions)
    if dict(langs) != EXPECTED_LANGUAGES:
        errors.append(f"counts per language {dict(langs)} != {EXPECTED_LANGUAGES}")
    print(f"\n{len(questions)} questions; kinds: {dict(counts)}; languages: {dict(langs)}")
    print(f"{sum(len(q['must_include']) for q in questions)} must_include elements checked")
    print(f"{n_amounts} amounts and percentages checked against every view")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
