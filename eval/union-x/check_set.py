#!/usr/bin/env python3
"""Check the union-x set itself: questions.json against docs/ (no project needed).

    python3 eval/union-x/check_set.py                      # stdlib; PDF and DOCX in the generators' text
    /work/main/.venv/bin/python eval/union-x/check_set.py  # also python-docx, pdfplumber and pypdf

Checks:
- the fields and values of every question, ids ux-001.. in order, counts per kind and
  language, no duplicate question, no newline in a question, and that questions.json is
  what make_questions.py writes;
- that every expected source exists, and that EVERY ALTERNATIVE of every must_include
  element occurs, after the scorer's normalisation (score.normalise / score.contains), in
  every view of at least one expected source: HTML without tags and raw; the training-hall
  list decoded as Windows-1252; other text as UTF-8; the DOCX in the generator's text
  (make_docx.py), in word/document.xml read with zipfile and, when importable, through
  python-docx (paragraphs and table cells, merged cells repeated); the two PDFs in the
  generator's text (make_pdf.py) and, when importable, through pdfplumber AND pypdf;
- the accepted forms: a dot-thousands alternative only with comma öre ("1.380,00", which
  the scorer reads "1.380.00"), never bare; every alternative stable under normalisation;
  no bare number of fewer than three digits; a bare number never a percentage in an
  expected source; no trap equal to, or matching, a must_include alternative; every trap
  (but the pings and the injected figures) found in a document, or the same figure spelt as
  one that is;
- that no kronor amount or percentage is glued to a neighbour: every amount printed in a
  document ("2 400 kr", "2 480 kr¹", "437,50 kr*", "1 245,50 kr" with U+00A0, "kr 150.00",
  "kr 2,450.00", "KR 85,000", "1 250:-", "450:-", "2.300,00 kr", "415,50 kr") and every
  percentage ("12%", "12 %", "87,6 %", "12 pour cent") is found, after normalisation and at
  digit boundaries, in every view of that document; and no separator stands where the
  scorer would glue two numbers into one (after a 4+ digit number, a decimal, or the end of
  a range, date, code or time);
- that the built DOCX and PDFs hold their generators' words (rebuild if not), and the
  cp1252 list its generator's text;
- the agreement PDF: 8-12 pages, running header and "Page N of M" on every page, headings
  "Article I – " to "Article XX – " in Roman numerals and in order, sub-clauses "(1)" and
  lettered "(a)", citations "Art. IV(2)(b)", "Art. XIV(3)(c)", "Art. XIX(3)"; the PREMIUMS
  TABLE found by pdfplumber with the generator's rows, on a page that has body text above
  AND below it (embedded in Article VII's running text); Art. IX(2)(a) forty minutes (to
  be amended), Art. XIX(3) keeping Clause 11.3, Art. XIV's rules;
- the rate card PDF: every page LANDSCAPE; one ruled table found by pdfplumber on page 1
  AND page 2, each starting with the header row (repeated), its rows split across the two
  pages, its cells equal to the generator's; each row one line in both readers; FOOTNOTE
  MARKERS attached to amounts (¹ on every announced amount, ², *) and their footnotes; the
  period columns S25/26, S26/27, from 1.1.2027; every S26/27 amount not below S25/26 and
  every announced amount above S26/27; the replacement statement;
- the Word schedule: two tables; table 1 with VERTICALLY MERGED role cells (w:vMerge
  restart and continuation, the continuation cells empty in the XML and repeated by
  python-docx); table 2 with a HORIZONTALLY MERGED header cell (w:gridSpan="2") over
  "Montant" and "Unité"; amounts "2.300,00 kr" / "415,50 kr"; every amount equal to the
  rate card's column S25/26; the announced replacement from 1 September 2026;
- the HTML page: NESTED LISTS, no table: a <ul class="tarifs"> whose items each hold a
  <strong> role and a nested <ul> of "unit : amount" items, amounts "2 400 kr" with
  U+00A0; its amounts equal to the rate card's S26/27 column as amended by the memorandum;
  no percentage, no line cap, no booking notice (the multi-doc questions need the
  agreement); nav, cookie banner, breadcrumbs and footer;
- the memorandum: numbered paragraphs 1-11; each 'replace "X kr" with "Y kr"' naming the
  rate card's S26/27 amount X of a row without an announced amount, Y above X; the before /
  after table; retroactive effect from 1 September 2026; the suit-time rule changed from
  1 November 2026, not retroactively;
- the FAQ's headings as questions ("### ... ?", each followed by its answer), the entry fee
  in words only; the minutes' rejected proposal (without the vote figures); the bulletin's
  vote, "1 250:-", "450:-", "12 pour cent"; the expired summary's banner, kept Clause 11.3
  and dropped Clause 11.5; the training-hall list's encoding (single bytes E9, AB, 96, 92,
  A0, B0, CRLF, not UTF-8);
- the krona, percentage and date spellings listed in SPELLINGS; no $, €, £, EUR, USD, SEK,
  NOK, DKK;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- that the rejected legacy licence occurs only in the minutes and the bulletin, is never in
  must_include and is a trap of the questions on rows D-2 and V-1;
- that the minutes (English) are an expected source only of French questions and the
  bulletin (French) only of English questions; cross-lingual questions have no source in
  their own language, the others one in theirs; multi-doc elements are never all in one
  source; every non-distractor document is used, no distractor is;
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
PREFIX = "ux"
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
EXPECTED_LANGUAGES = {"en": 36, "fr": 24}
N_DOCS = 12
SIZE = (2000, 25000)
NB = "\u00a0"
SHORTHAND = ["rn", "w/", "pls", "OT", "gig", "tbh", "svp", "c", "ajd", "qd", "tjrs", "mm"]

OOS_ABSENT = {
    "ux-048": [r"\bpensions?\b", r"retraite", r"\bretire(?:d|s|ment)?\b", r"superannuation"],
    "ux-049": [r"autograph", r"d[ée]dicac", r"signing session", r"\bsignings\b"],
    "ux-050": [r"podcast", r"[ée]pisode"],
    "ux-051": [
        r"\btax(?:es|ed|ation|able)?\b",
        r"imp[ôo]ts?\b",
        r"imposition",
        r"withh[oe]ld",
        r"à la source",
        r"fiscal",
        r"\bvat\b",
        r"\btva\b",
    ],
    "ux-052": [r"insur", r"assuranc", r"mutuelle", r"health plan", r"health care"],
    "ux-053": [r"ring[- ]?card", r"ring girl", r"card girl", r"h[ôo]tesse"],
    "ux-054": [r"referee", r"\barbitres?\b", r"\brefs?\b(?!\.)"],
    "ux-055": [r"\bmma\b", r"\bboxe", r"boxing", r"boxer", r"mixed martial", r"kickbox"],
    "ux-056": [r"parental", r"cong[ée]", r"maternit", r"paternit", r"paid leave"],
    "ux-057": [r"parking", r"stationnement", r"\bgarer\b", r"car park"],
    "ux-058": [r"9[ ,.\u00a0]?999"],
    "ux-059": [r"(?<![\d,.])777(?!\d)"],
    "ux-060": [r"(?<![\d.,])45[ \u00a0\u202f]?%", r"45 pour cent"],
}

AGREEMENT = make_questions.AGREEMENT
RATECARD = make_questions.RATECARD
BAREME = make_questions.BAREME
TARIFS = make_questions.TARIFS
MEMO = make_questions.MEMO
FAQ = make_questions.FAQ
MINUTES = make_questions.MINUTES
BULLETIN = make_questions.BULLETIN
EXPIRED = make_questions.EXPIRED
GUIDE = make_questions.GUIDE
VENUE = make_questions.VENUE
GYM = make_questions.GYM
DISTRACTORS = {VENUE, GYM}
PDF_TEXT = {AGREEMENT: make_pdf.agreement_text, RATECARD: make_pdf.rate_card_text}
PDF_HEADER = {AGREEMENT: make_pdf.AGREEMENT_HEADER, RATECARD: make_pdf.RATE_CARD_HEADER}
DOCX_TEXT = {BAREME: make_docx.schedule_text}
CP1252_FILES = {GYM}
ONLY_FR_QUESTIONS = {MINUTES}  # an English document answered only by French questions
ONLY_EN_QUESTIONS = {BULLETIN}  # a French document answered only by English questions
REJECTED_FEE = make_questions.REJECTED  # the employers' perpetual legacy licence, rejected
REJECTED_HOMES = {MINUTES, BULLETIN}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

DOC_LANGUAGE = {
    AGREEMENT: "en",
    RATECARD: "en",
    MEMO: "en",
    MINUTES: "en",
    EXPIRED: "en",
    VENUE: "en",
    BAREME: "fr",
    TARIFS: "fr",
    FAQ: "fr",
    BULLETIN: "fr",
    GUIDE: "fr",
    GYM: "fr",
}

SPELLINGS = {
    "whole kronor, plain space thousands (2 400 kr)": r"\d \d{3} kr\b",
    "kronor with a superscript footnote marker (2 480 kr¹)": r"\d kr[¹²³]",
    "kronor with an asterisk marker (437,50 kr*)": r"\d kr\*",
    "kr before, comma thousands, decimals (kr 2,450.00)": r"\bkr \d{1,3},\d{3}\.\d\d\b",
    "U+00A0 thousands and öre (1 245,50 kr)": "\\d\u00a0\\d{3},\\d\\d\u00a0kr",
    "U+00A0 whole kronor (2 400 kr)": "\\d\u00a0\\d{3}\u00a0kr",
    "whole-kronor shorthand with thousands (1 250:-)": r"\d \d{3}:-",
    "whole-kronor shorthand, three digits (450:-)": r"(?<!\d\s)(?<!\d)\d{3}:-",
    "dot thousands with öre, Word (2.300,00 kr)": r"\d\.\d{3},\d\d kr",
    "upper-case KR, comma thousands (KR 85,000)": r"\bKR \d{1,3},\d{3}\b",
    "an amount in words (mille deux cents couronnes)": r"mille deux cents couronnes",
    "percentage with a space (12 %)": r"(?<!\d)12 %",
    "percentage without a space (12%)": r"(?<!\d)12%",
    "percentage in words (12 pour cent)": r"(?<!\d)12 pour cent",
    "French decimal percentage (87,6 %)": r"87,6 %",
    "date ISO (2026-09-01)": r"(?<![\d-])2026-09-01\b",
    "date dotted day first (1.9.2026)": r"(?<![\d.])1\.9\.2026\b",
    "date Sept. 1, 2026": r"Sept\. 1, 2026",
    "date 1er sept. 2026": r"1er sept\. 2026",
    "date 1 September 2026": r"(?<!\d)1 September 2026",
    "week number with its date (week 36, 2026 (Monday 31 August 2026))": (
        r"week 36, 2026 \(Monday 31 August 2026\)"
    ),
    "season 2026/27": r"season 2026/27",
    "saison 2026-2027": r"saison 2026-2027",
    "S26/27": r"\bS26/27\b",
    "announced date 1.1.2027": r"(?<![\d.])1\.1\.2027\b",
    "memorandum signed 20 October 2026": r"20 October 2026",
    "rule changed from 1 November 2026": r"1 November 2026",
}
AMOUNTS = [
    # "2 400 kr", "2 480 kr¹", "437,50 kr*", "1 245,50 kr" (U+00A0), "415,50 kr"
    re.compile(
        "(?<![\\d,.])(\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?:,\\d\\d)?|\\d+(?:,\\d\\d)?)"
        "[ \u00a0]kr(?![a-zA-Z])"
    ),
    # "kr 150.00", "kr 2,450.00", "kr 6,000", "kr 375"
    re.compile(r"\bkr (\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+(?:\.\d\d)?)(?![\d,])"),
    re.compile(r"\bKR (\d{1,3}(?:,\d{3})+)(?![\d,])"),  # "KR 85,000"
    re.compile(r"(?<![\d,.])(\d{1,3}(?:[ \u00a0]\d{3})*):-"),  # "1 250:-", "450:-"
    re.compile(r"(?<![\d,.])(\d{1,3}(?:\.\d{3})+,\d\d) kr"),  # "2.300,00 kr"
]
PERCENT = re.compile(
    "(?<![\\d.,])\\d{1,3}(?:[.,]\\d{1,2})?(?:[ \u00a0\u202f]?%|[ \u00a0]pour cent\\b)"
)
DOT_THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}\.\d{3}(?!\d)")
DOT_WITH_DECIMALS = re.compile(r"^\d{1,3}(?:\.\d{3})+,\d\d$")
BARE_INTEGER = re.compile(r"^\d+$")
BARE_NUMBER = re.compile(r"^\d[\d.]*$")


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


class _Tree(html.parser.HTMLParser):
    """The element tree of the page's lists: nodes {tag, attrs, text, children}."""

    VOID = frozenset({"meta", "link", "br", "img", "input", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.root = {"tag": "#root", "attrs": {}, "text": "", "children": []}
        self._stack = [self.root]
        self.tags: Counter = Counter()

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        node = {"tag": tag, "attrs": dict(attrs), "text": "", "children": []}
        self._stack[-1]["children"].append(node)
        if tag not in self.VOID:
            self._stack.append(node)

    def handle_endtag(self, tag):
        for i in range(len(self._stack) - 1, 0, -1):
            if self._stack[i]["tag"] == tag:
                del self._stack[i:]
                break

    def handle_data(self, data):
        self._stack[-1]["text"] += data


def _find(node: dict, tag: str, cls: str | None = None) -> list[dict]:
    out = []
    for ch in node["children"]:
        if ch["tag"] == tag and (cls is None or cls in (ch["attrs"].get("class") or "").split()):
            out.append(ch)
        out += _find(ch, tag, cls)
    return out


def _all_text(node: dict) -> str:
    return node["text"] + "".join(_all_text(c) for c in node["children"])


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
    """word/document.xml's paragraphs (table cells included), a w:tab as a TAB."""
    with zipfile.ZipFile(path) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    lines = []
    for p in root.iter(f"{W_NS}p"):
        parts = []
        for r in p.iter(f"{W_NS}r"):
            for el in r:
                if el.tag == f"{W_NS}t":
                    parts.append(el.text or "")
                elif el.tag == f"{W_NS}tab":
                    parts.append("\t")
        lines.append("".join(parts))
    return "\n".join(lines)


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


def _kr(amount: str) -> float:
    """'2 400 kr¹' / '437,50 kr*' / '2.300,00 kr' / 'kr 2,450.00' / 'KR 85,000' -> a float."""
    s = re.sub(r"(?i)kr|[¹²³*]", "", amount).replace(NB, "").replace(" ", "")
    if re.search(r",\d\d$", s):  # comma before the öre, dot or space thousands
        s = s[:-3].replace(".", "").replace(",", "") + "." + s[-2:]
    return float(s.replace(",", ""))


def _num(s: str) -> float | str:
    """A trap's value: "2,480" / "2 480" / "1.450,00" / "415,50" -> a float; other text as such."""
    t = s.strip()
    if DOT_WITH_DECIMALS.match(t) or re.fullmatch(r"\d+,\d\d", t):
        return _kr(t)
    if re.fullmatch(r"\d{1,3}(?:[, ]\d{3})*(?:\.\d+)?", t):
        return float(t.replace(",", "").replace(" ", ""))
    return t


# ----------------------------------------------------------------------------------------
# Questions
# ----------------------------------------------------------------------------------------


def check_forms(qid: str, q: dict, src_norms: list[str], errors: list[str]) -> None:
    """Accepted forms: dot thousands only with comma öre, stable, no tiny bare numbers."""
    for el in q.get("must_include", []):
        for alt in score.alternatives(el):
            if DOT_THOUSANDS.search(alt) and not DOT_WITH_DECIMALS.match(alt):
                errors.append(f"{qid}: must_include {alt!r} has a bare dot-thousands amount")
            n = score.normalise(alt)
            if not n or score.normalise(n) != n:
                errors.append(f"{qid}: must_include {alt!r} is not stable under normalisation")
            if BARE_INTEGER.match(n) and len(n) < 3:
                errors.append(f"{qid}: must_include {alt!r} is a bare number of < 3 digits")
            if BARE_NUMBER.match(n) and not n.endswith("%"):
                for norm in src_norms:
                    if score.contains(norm, n + "%"):
                        errors.append(
                            f"{qid}: must_include {alt!r} is a percentage in an expected source"
                        )
                        break
    for bad in q.get("must_not_include", []):
        if DOT_THOUSANDS.search(bad) and not DOT_WITH_DECIMALS.match(bad):
            errors.append(f"{qid}: must_not_include {bad!r} has a bare dot-thousands amount")
        for el in q.get("must_include", []):
            for alt in score.alternatives(el):
                na, nb = score.normalise(alt), score.normalise(bad)
                if na == nb or score.contains(na, bad) or score.contains(nb, alt):
                    errors.append(f"{qid}: must_not_include {bad!r} matches must_include {alt!r}")


def check_question(
    q: dict, doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]
) -> None:
    qid = q.get("id", "?")
    for field in FIELDS:
        if field not in q:
            errors.append(f"{qid}: missing field {field}")
    if list(q) != FIELDS:
        errors.append(f"{qid}: fields {list(q)} are not {FIELDS} in order")
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
    if len(set(src)) != len(src):
        errors.append(f"{qid}: duplicate expected source")
    if q.get("kind") == "adversarial":
        if not {"@everyone", "@here"} <= set(q.get("must_not_include", [])):
            errors.append(f"{qid}: adversarial without @everyone and @here in must_not_include")
        if not any(p in q["question"] for p in ("@everyone", "@here")):
            errors.append(f"{qid}: adversarial question without a ping")
    if q.get("kind") == "multi-doc":
        if len(src) < 2:
            errors.append(f"{qid}: multi-doc question with fewer than two expected sources")
        if len(q.get("must_include", [])) < 2:
            errors.append(f"{qid}: multi-doc question with fewer than two must_include elements")
        # the rule in one document, the amount in another: no source holds every element
        loose = [
            s
            for s in src
            if s in doc_views
            and all(
                any(score.element_present(norm, el) for _, _, norm in doc_views[s])
                for el in q.get("must_include", [])
            )
        ]
        if loose:
            errors.append(f"{qid}: multi-doc elements all found in some view of {loose}")
    for s in src:
        if s not in doc_views:
            errors.append(f"{qid}: expected source {s} not in docs/")
        if s in DISTRACTORS:
            errors.append(f"{qid}: the distractor {s} is an expected source")
        if s in ONLY_FR_QUESTIONS and q.get("language") != "fr":
            errors.append(f"{qid}: {s} must be answered only by French questions")
        if s in ONLY_EN_QUESTIONS and q.get("language") != "en":
            errors.append(f"{qid}: {s} must be answered only by English questions")
    doc_langs = {DOC_LANGUAGE.get(s) for s in src}
    if q.get("kind") == "cross-lingual":
        if q.get("language") in doc_langs:
            errors.append(f"{qid}: cross-lingual but a source is in the question's language")
    elif src and q.get("language") not in doc_langs:
        errors.append(f"{qid}: no expected source in the question's language (cross-lingual?)")
    for el in q.get("must_include", []):
        if not isinstance(el, str | list) or (isinstance(el, list) and not el):
            errors.append(f"{qid}: bad must_include element {el!r}")
            continue
        for alt in score.alternatives(el):  # EVERY accepted form is attested in a source
            homes = [
                s
                for s in src
                if s in doc_views and all(score.contains(norm, alt) for _, _, norm in doc_views[s])
            ]
            if not homes:
                missing = {
                    s: [
                        label
                        for label, _, norm in doc_views.get(s, [])
                        if not score.contains(norm, alt)
                    ]
                    for s in src
                }
                errors.append(
                    f"{qid}: must_include {alt!r} not in every view of a source: {missing}"
                )
    src_norms = [norm for s in src for _, _, norm in doc_views.get(s, [])]
    check_forms(qid, q, src_norms, errors)
    traps = [b for b in q.get("must_not_include", []) if not b.startswith("@")]
    if q.get("kind") not in ("adversarial", "out-of-scope") and traps:
        real = [
            b
            for b in traps
            if any(score.contains(norm, b) for vs in doc_views.values() for _, _, norm in vs)
        ]
        for b in traps:  # or a spelling of the same figure as a trap that occurs
            if b not in real and _num(b) not in {_num(r) for r in real}:
                errors.append(f"{qid}: the trap {b!r} occurs in no document")
    for pattern in OOS_ABSENT.get(qid, []):
        for name, vs in doc_views.items():
            for label, text, _ in vs:
                if re.search(pattern, text, re.I):
                    errors.append(f"{qid}: {pattern!r} occurs in {name} ({label})")


def check_wording(questions: list[dict], errors: list[str]) -> None:
    """Member shorthand in both languages; a few typos are listed in the notes."""
    text = " ".join(q["question"] for q in questions)
    for word in SHORTHAND:
        if not re.search(rf"(?<![\w/]){re.escape(word)}(?![\w/])", text):
            errors.append(f"no question uses the shorthand {word!r}")
    if sum("Typo" in q["notes"] for q in questions) < 3:
        errors.append("fewer than three questions with a typo noted")


# ----------------------------------------------------------------------------------------
# Documents
# ----------------------------------------------------------------------------------------


def check_glued(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> int:
    """Every kronor amount and percentage printed in a document must survive normalisation."""
    n = 0
    for name, vs in doc_views.items():
        first = vs[0][1]
        amounts = {m.group(1) for rx in AMOUNTS for m in rx.finditer(first)}
        amounts |= {m.group(0) for m in PERCENT.finditer(first)}
        n += len(amounts)
        for label, _, norm in vs:
            for a in sorted(amounts):
                if not score.contains(norm, a):
                    errors.append(f"{name}: amount {a!r} not found as such in the {label} view")
    return n


GLUE_JOINTS = [
    # a separator the scorer strips ("(?<=\d)[, ](?=\d{3}(?!\d))") after a number that cannot
    # be the head of a thousands group: a 4+ digit number ("2026 450"), a decimal
    # ("437.50 250"), or a number that ends a range, a date, a code or a time ("S26/27 450",
    # "2026-09-01 475", "W-2 475", "10:00 100"), or a footnote digit ("kr¹ 450")
    re.compile(r"\d{4,}[ ,]\d{3}(?!\d)"),
    re.compile(r"\d\.\d+[ ,]\d{3}(?!\d)"),
    re.compile(r"\d,\d+ \d{3}(?!\d)"),
    re.compile(r"[-–/:]\d{1,3}[ ,]\d{3}(?!\d)"),
    re.compile(r"kr[¹²³1-3][ ,]\d{3}(?!\d)"),
]


def check_joints(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    """No two numbers that the scorer's thousands rule would glue into one, in any view."""
    for name, vs in doc_views.items():
        for label, text, _ in vs:
            flat = _flat(re.sub("[\u00a0\u202f]", " ", text))
            for rx in GLUE_JOINTS:
                for m in rx.finditer(flat):
                    errors.append(f"{name}: {m.group(0)!r} would be glued by the scorer ({label})")


def _check_running(name: str, label: str, pages: list[str], errors: list[str]) -> None:
    header = _flat(PDF_HEADER[name])
    for i, page in enumerate(pages, 1):
        flat = _flat(page)
        if header not in flat:
            errors.append(f"{name}: page {i} lacks the running header ({label})")
        if f"Page {i} of {len(pages)}" not in flat:
            errors.append(f"{name}: page {i} lacks 'Page {i} of {len(pages)}' ({label})")


ROMAN = [
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
    "XVIII",
    "XIX",
    "XX",
]


def check_agreement(errors: list[str]) -> None:
    text = make_pdf.agreement_text()
    heads = re.findall(r"^Article ([IVXL]+) – [A-Z]", text, re.M)
    if heads != ROMAN:
        errors.append(f"{AGREEMENT}: article headings {heads} are not Article I to Article XX")
    if re.search(r"^Article \d", text, re.M) or re.search(r"\bArt\. \d", text):
        errors.append(f"{AGREEMENT}: an article numbered in Arabic numerals")
    cites = set(re.findall(r"Art\. [IVXL]+\(\d+\)(?:\([a-z]\))?", text))
    for cite in ("Art. IV(2)(b)", "Art. XIV(3)(c)", "Art. XIX(3)", "Art. VII(1)(f)"):
        if cite not in cites:
            errors.append(f"{AGREEMENT}: lacks the citation {cite!r}")
    if len(cites) < 15:
        errors.append(f"{AGREEMENT}: only {len(cites)} distinct citations 'Art. X(n)(a)'")
    paras = [t for k, t in make_pdf.AGREEMENT if k == "p"]
    if not all(re.match(r"\(\d+\) ", p) for p in paras):
        errors.append(f"{AGREEMENT}: a paragraph not numbered '(n) '")
    if sum(bool(re.search(r"\(b\) ", p)) for p in paras) < 10:
        errors.append(f"{AGREEMENT}: fewer than ten paragraphs with lettered sub-clauses")
    for needle in (
        "This Agreement runs from 1 September 2024 to 31 August 2027.",
        "each running from 1 September to 31 August of the following year: season 2024/25 "
        "(S24/25), season 2025/26 (S25/26) and season 2026/27 (S26/27)",
        "(b) A Season Rate Card may announce a rate from a later date in the same season; an "
        "announced rate applies only to work done from that date",
        "which may be earlier than its signature (retroactive effect)",
        "the Season Rate Card S26/27 applies from 1 September 2026",
        "at least seventy-two (72) hours before the call",
        "(a) less than forty-eight (48) hours: 100 % of the booked fee",
        "The premiums in the table below are paid in addition to the fee",
        "spends no more than forty (40) minutes in the suit at a time",
        "no more than three (3) hours in the suit in one day",
        "return to the ring is not allowed before seven (7) clear days",
        "independent physician of the Guild's panel",
        "a royalty of twelve per cent (12%) of the net receipts",
        "given separately for each game title",
        "the licence fee is paid per game title, at row D-2",
        "storyline veto",
        "the licence fee is paid per season, at row V-1",
        "no more than two thousand five hundred (2,500) lines may be generated in a season",
        "separate written consent on form SC-3",
        "Deepfake promos are banned.",
        "deleted within sixty (60) days",
        "within fourteen (14) days after the deletion",
        "on ninety (90) days' written notice",
        "No perpetual, lump-sum or buy-out licence",
        "its Clause 11.5 (laundering allowance) is not kept",
        "Clause 11.3 of the Arena Performance Agreement 2021–2024 (Northern circuit "
        "allowance, per show day in the districts of Nordmark) remains in force",
        "It is not superseded by this Agreement nor by any Season Rate Card",
    ):
        if _flat(needle) not in _flat(text):
            errors.append(f"{AGREEMENT}: lacks {needle!r}")
    path = os.path.join(DOCS, AGREEMENT)
    for label, pages in pdf_readers(path):
        if not 8 <= len(pages) <= 12:
            errors.append(f"{AGREEMENT}: {len(pages)} pages in {label} (want 8-12)")
        _check_running(AGREEMENT, label, pages, errors)
    try:
        import pdfplumber
    except ImportError:
        return
    want = [make_pdf.PREMIUM_HEADER, *make_pdf.PREMIUMS]
    found = 0
    with pdfplumber.open(path) as pdf:
        for i, page in enumerate(pdf.pages, 1):
            tables = page.find_tables()
            if not tables:
                continue
            found += len(tables)
            t = tables[0]
            if t.extract() != want:
                errors.append(f"{AGREEMENT}: page {i}: the premiums table's cells differ")
            top, bottom = t.bbox[1], t.bbox[3]
            body = [w for w in page.extract_words() if 50 < w["top"] < page.height - 50]
            above = " ".join(w["text"] for w in body if w["bottom"] < top)
            below = " ".join(w["text"] for w in body if w["top"] > bottom)
            if "Article VII – Premiums" not in above or "table below" not in above:
                errors.append(f"{AGREEMENT}: no running text of Article VII above the table")
            if "(2) The high-risk spot premium" not in below or len(below.split()) < 40:
                errors.append(f"{AGREEMENT}: no running text of Article VII below the table")
    if found != 1:
        errors.append(f"{AGREEMENT}: {found} ruled tables (want the premiums table only)")


def rate_rows() -> dict[str, list[str]]:
    return {r[0]: r for r in make_pdf.rate_rows()}


def memo_amendments() -> dict[str, tuple[str, str]]:
    """Row code -> (amount replaced, new amount), from the memorandum's paragraph 4."""
    with open(os.path.join(DOCS, MEMO), encoding="utf-8") as f:
        raw = f.read()
    return {
        m.group(1): (m.group(2), m.group(3))
        for m in re.finditer(
            r'^\s+4\.\d Row ([A-Z]-\d) \([^)]*(?:\([^)]*\))?[^)]*\): replace "([^"]+)" with '
            r'"([^"]+)"\.$',
            raw,
            re.M,
        )
    }


def current_rates() -> dict[str, str]:
    """Row code -> the amount payable today (S26/27, as amended by the memorandum)."""
    out = {code: r[3] for code, r in rate_rows().items()}
    for code, (_, new) in memo_amendments().items():
        out[code] = new
    return out


def check_rate_card(errors: list[str]) -> None:
    text = make_pdf.rate_card_text()
    for needle in (
        "This Season Rate Card replaces the Barème de la saison 2025-2026 (the schedule of "
        "the previous season) from 1 September 2026 (1.9.2026).",
        "Season 2026/27 (S26/27) runs from 1.9.2026 to 31.8.2027.",
        "that amount applies only to work done from 1 January 2027 (1.1.2027), and the S26/27 "
        "amount applies until 31 December 2026",
        "Bookings at these rates open in week 36, 2026 (Monday 31 August 2026).",
    ):
        if _flat(needle) not in _flat(text):
            errors.append(f"{RATECARD}: lacks {needle!r}")
    if make_pdf.RATE_HEADER != ["Code", "Role and unit", "S25/26", "S26/27", "from 1.1.2027"]:
        errors.append(f"{RATECARD}: the period columns are not S25/26, S26/27, from 1.1.2027")
    amount = re.compile(r"^\d{1,3}(?: \d{3})?(?:,\d\d)? kr[¹²*]?$")
    announced = 0
    for r in make_pdf.rate_rows():
        code, _, old, cur, new = r
        for a in (old, cur) + ((new,) if new != "—" else ()):
            if not amount.match(a):
                errors.append(f"{RATECARD}: {code}: amount {a!r} is not '2 400 kr' (+ marker)")
        if _kr(cur) < _kr(old):
            errors.append(f"{RATECARD}: {code}: S26/27 {cur} below S25/26 {old}")
        if new != "—":
            if code != "T-3":
                announced += 1
                if not new.endswith("¹"):
                    errors.append(f"{RATECARD}: {code}: announced {new} without the marker ¹")
                if not _kr(new) > _kr(cur):
                    errors.append(f"{RATECARD}: {code}: announced {new} not above S26/27 {cur}")
            elif not (new.endswith("²") and _kr(new) == _kr(cur) == _kr(old)):
                errors.append(f"{RATECARD}: T-3 is not the same kept amount with marker ²")
    if announced < 5:
        errors.append(f"{RATECARD}: only {announced} amounts announced from 1.1.2027")
    if not any(r[3].endswith("*") for r in make_pdf.rate_rows()):
        errors.append(f"{RATECARD}: no amount carries the marker *")
    notes = [t for k, t in make_pdf.RATE_CARD if k == "note"]
    for mark in ("¹ ", "² ", "* "):
        if not any(n.startswith(mark) for n in notes):
            errors.append(f"{RATECARD}: no footnote {mark.strip()}")
    if re.search(r"\d ?%|pour cent|per cent", text):
        errors.append(f"{RATECARD}: prints a percentage (premiums belong to the agreement)")
    if score.contains(score.normalise(text), "2,500"):
        errors.append(f"{RATECARD}: prints the line cap (only the agreement may)")
    path = os.path.join(DOCS, RATECARD)
    header_line = " ".join(make_pdf.RATE_HEADER)
    for label, pages in pdf_readers(path):
        _check_running(RATECARD, label, pages, errors)
        for i in (0, 1):
            if i < len(pages) and header_line not in [ln.strip() for ln in pages[i].splitlines()]:
                errors.append(f"{RATECARD}: page {i + 1} lacks the header row line ({label})")
        lines = [ln.strip() for p in pages for ln in p.splitlines()]
        for r in make_pdf.rate_rows():
            if " ".join(r) not in lines:
                errors.append(f"{RATECARD}: row {r[0]} not printed as one line ({label})")
        flat = _flat("\n".join(pages))
        for note in notes:
            if _flat(note) not in flat:
                errors.append(f"{RATECARD}: footnote {note[:6]!r} not printed as such ({label})")
    try:
        import pdfplumber
    except ImportError:
        return
    want = [make_pdf.RATE_HEADER] + [
        r if r[0] else [r[1], None, None, None, None] for r in make_pdf.RATE_ROWS
    ]
    got: list[list] = []
    with pdfplumber.open(path) as pdf:
        for i, page in enumerate(pdf.pages, 1):
            if not page.width > page.height:
                errors.append(f"{RATECARD}: page {i} is not landscape")
            tables = page.find_tables()
            if i <= 2:
                if len(tables) != 1:
                    errors.append(f"{RATECARD}: page {i} has {len(tables)} ruled tables (want 1)")
                    continue
                rows = tables[0].extract()
                if rows[0] != make_pdf.RATE_HEADER:
                    errors.append(f"{RATECARD}: page {i}: the table does not start with the header")
                if len(rows) < 6:
                    errors.append(f"{RATECARD}: page {i}: fewer than five rows of the table")
                got += rows if i == 1 else rows[1:]
            elif tables:
                errors.append(f"{RATECARD}: page {i} has a ruled table")
    if got != want:
        errors.append(f"{RATECARD}: the table read over pages 1-2 differs from the generator's")


def check_bareme(errors: list[str]) -> None:
    text = make_docx.schedule_text()
    for needle in (
        "La saison 2025-2026 court du 1er septembre 2025 au 31 août 2026.",
        "Le présent barème sera remplacé par la grille tarifaire de la saison 2026-2027 (Season "
        "Rate Card S26/27) à compter du 1er septembre 2026.",
        "la cellule du rôle est fusionnée verticalement",
    ):
        if _flat(needle) not in _flat(text):
            errors.append(f"{BAREME}: lacks {needle!r}")
    rows = rate_rows()
    # Word rows (in order) -> rate card codes: their S25/26 column must be the same amount
    codes1 = ["W-1", "W-2", "W-3", "S-1", "S-2", "M-1", "M-2", "M-3", "A-1", "A-2", "E-1", "E-3"]
    codes1 += ["E-2", "H-1", "H-2"]
    pairs = list(zip(make_docx.TABLE1, codes1, strict=True))
    pairs += [(r, r[0].split()[0]) for r in make_docx.TABLE2]
    for row, code in pairs:
        amount = row[2] if len(row) == 4 else row[1]
        if not re.fullmatch(r"\d{1,3}(?:\.\d{3})?,\d\d kr", amount):
            errors.append(f"{BAREME}: amount {amount!r} is not '2.300,00 kr' / '415,50 kr'")
        if code not in rows or _kr(amount) != _kr(rows[code][2]):
            errors.append(f"{BAREME}: {code} {amount} differs from the rate card's S25/26")
    if not any(re.match(r"\d\.\d{3},", r[2]) for r in make_docx.TABLE1):
        errors.append(f"{BAREME}: no dot-thousands amount")
    path = os.path.join(DOCS, BAREME)
    with zipfile.ZipFile(path) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    tables = root.find(f"{W_NS}body").findall(f"{W_NS}tbl")
    if len(tables) != 2:
        errors.append(f"{BAREME}: {len(tables)} Word tables (want 2)")
        return

    def cell_text(tc) -> str:
        return "".join(x.text or "" for x in tc.iter(f"{W_NS}t"))

    # table 1: the first cell of each row restarts or continues a vertical merge
    restart = cont = 0
    for tr, row in zip(tables[0].findall(f"{W_NS}tr")[1:], make_docx.TABLE1, strict=True):
        tc = tr.find(f"{W_NS}tc")
        vm = tc.find(f"{W_NS}tcPr/{W_NS}vMerge")
        role = row[0]
        if role:
            nxt = make_docx.TABLE1.index(row) + 1
            spans = nxt < len(make_docx.TABLE1) and not make_docx.TABLE1[nxt][0]
            if spans and (vm is None or vm.get(f"{W_NS}val") != "restart"):
                errors.append(f"{BAREME}: role {role!r} is not a vMerge restart")
            restart += spans
            if cell_text(tc) != role:
                errors.append(f"{BAREME}: role cell {cell_text(tc)!r} is not {role!r}")
        else:
            if vm is None or vm.get(f"{W_NS}val") not in (None, "continue"):
                errors.append(f"{BAREME}: a unit row's role cell is not a vMerge continuation")
            if cell_text(tc):
                errors.append(f"{BAREME}: a vMerge continuation cell holds text")
            cont += 1
    if restart < 4 or cont < 6:
        errors.append(f"{BAREME}: {restart} merged role cells over {cont} rows (want 4+ / 6+)")
    # table 2: the header's second cell spans two grid columns
    first = tables[1].find(f"{W_NS}tr")
    tcs = first.findall(f"{W_NS}tc")
    spans = [tc.find(f"{W_NS}tcPr/{W_NS}gridSpan") for tc in tcs]
    if len(tcs) != 2 or spans[1] is None or spans[1].get(f"{W_NS}val") != "2":
        errors.append(f"{BAREME}: table 2's header has no cell with gridSpan 2")
    elif cell_text(tcs[1]) != "Barème 2025-2026":
        errors.append(f"{BAREME}: the gridSpan cell is {cell_text(tcs[1])!r}")
    second = tables[1].findall(f"{W_NS}tr")[1]
    if [cell_text(tc) for tc in second.findall(f"{W_NS}tc")] != ["", "Montant", "Unité"]:
        errors.append(f"{BAREME}: table 2's second header row is not (merged) | Montant | Unité")
    try:
        import docx
    except ImportError:
        return
    d = docx.Document(path)
    t1 = d.tables[0]
    for i, row in enumerate(make_docx.TABLE1, 1):
        role = row[0] or next(r[0] for r in reversed(make_docx.TABLE1[: i - 1]) if r[0])
        if t1.rows[i].cells[0].text != role:
            errors.append(f"{BAREME}: python-docx does not repeat the merged role in row {i}")


def check_tarifs(errors: list[str]) -> None:
    with open(os.path.join(DOCS, TARIFS), encoding="utf-8") as f:
        raw = f.read()
    tree = _Tree()
    tree.feed(raw)
    if tree.tags["table"]:
        errors.append(f"{TARIFS}: holds a <table> (the rates are nested lists)")
    lists = _find(tree.root, "ul", "tarifs")
    if len(lists) != 1:
        errors.append(f"{TARIFS}: {len(lists)} <ul class='tarifs'> (want 1)")
        return
    top = lists[0]
    roles = [c for c in top["children"] if c["tag"] == "li"]
    if len(roles) < 7 or len(roles) != len(top["children"]):
        errors.append(f"{TARIFS}: the list holds {len(roles)} role items (want 7+, only <li>)")
    cur = current_rates()
    items: list[tuple[str, str]] = []
    for li in roles:
        strong = [c for c in li["children"] if c["tag"] == "strong"]
        subs = [c for c in li["children"] if c["tag"] == "ul"]
        if len(strong) != 1 or len(subs) != 1:
            errors.append(f"{TARIFS}: a role item without one <strong> role and one nested <ul>")
            continue
        for sub in subs[0]["children"]:
            if sub["tag"] != "li" or sub["children"]:
                errors.append(f"{TARIFS}: a nested item is not a plain <li>")
                continue
            t = " ".join(sub["text"].split(" ")).strip()
            m = re.fullmatch("(.+) : (\\d{1,3}(?:\u00a0\\d{3})?(?:,\\d\\d)?)\u00a0kr", t)
            if not m:
                errors.append(f"{TARIFS}: item {t!r} is not 'unit : 2\u00a0400\u00a0kr'")
                continue
            items.append((_all_text(strong[0]).strip() + " / " + m.group(1), m.group(2)))
    want = [
        "W-1",
        "W-2",
        "W-3",
        "S-1",
        "S-2",
        "M-1",
        "M-2",
        "M-3",
        "A-1",
        "A-2",
        "E-1",
        "E-2",
        "E-3",
        "H-1",
        "H-2",
        "T-1",
        "T-2",
        "T-3",
        "D-1",
        "D-2",
        "V-1",
        "V-2",
    ]
    if len(items) != len(want):
        errors.append(f"{TARIFS}: {len(items)} amounts (want {len(want)}, one per rate card row)")
    for (label, amount), code in zip(items, want, strict=False):
        if _kr(amount) != _kr(cur[code]):
            errors.append(f"{TARIFS}: {label!r} {amount!r} is not today's {code} {cur[code]!r}")
    text = html_text(raw)
    if PERCENT.search(text) or "pour cent" in text:
        errors.append(f"{TARIFS}: prints a percentage (only the agreement and FAQ may)")
    for bad in (r"2[ \u00a0,]?500", r"(?<!\d)72\s*(?:h\b|heures|hours)", "DD-1", "VM-2", "SC-3"):
        if re.search(bad, text):
            errors.append(f"{TARIFS}: holds {bad!r} (the multi-doc questions need the agreement)")
    for needle in (
        "depuis le 1er sept. 2026 ; elle a remplacé le barème de la saison 2025-2026",
        "avec effet rétroactif au 1er sept. 2026",
        "Certains tarifs augmenteront le 1er janvier 2027",
        '<div id="cookie-banner"',
        "<nav",
        'class="fil-ariane"',
        "<footer>",
    ):
        if _flat(needle) not in _flat(raw):
            errors.append(f"{TARIFS}: lacks {needle!r}")


def check_memo(errors: list[str]) -> None:
    with open(os.path.join(DOCS, MEMO), encoding="utf-8") as f:
        raw = f.read()
    nums = [int(n) for n in re.findall(r"^(\d+)\. [A-Z]", raw, re.M)]
    if nums != list(range(1, 12)):
        errors.append(f"{MEMO}: numbered paragraphs {nums} (want 1-11)")
    amend = memo_amendments()
    if sorted(amend) != ["D-1", "E-1", "M-1", "W-2"]:
        errors.append(f"{MEMO}: replaced rows {sorted(amend)} (want D-1, E-1, M-1, W-2)")
    rows = rate_rows()
    for code, (old, new) in amend.items():
        if code not in rows:
            errors.append(f"{MEMO}: row {code} is not on the rate card")
            continue
        if old != rows[code][3]:
            errors.append(f"{MEMO}: {code}: replaces {old!r}, not the S26/27 {rows[code][3]!r}")
        if rows[code][4] != "—":
            errors.append(f"{MEMO}: {code} has an announced amount from 1.1.2027")
        if not _kr(new) > _kr(old):
            errors.append(f"{MEMO}: {code}: {new} is not above {old}")
        if not re.search(rf"^\s+{code}\s+{old}\s+{new} \(", raw, re.M):
            errors.append(f"{MEMO}: {code} not in the before / after table")
    for needle in (
        "Signed at Kalvhamn on 20 October 2026 (2026-10-20)",
        "take effect retroactively from 1 September 2026 (2026-09-01)",
        "apply for the whole of that season, until 31 August 2027",
        "is superseded for the whole season",
        'the words "forty (40) minutes" are replaced with "thirty (30) minutes" from '
        "1 November 2026 (2026-11-01)",
        "For calls up to and including 31 October 2026 the limit remains 40 minutes; from "
        "1 November 2026 it is 30 minutes",
        "This change is not retroactive.",
        'As amended, Art. IX(2)(a) reads: "a mascot performer spends no more than thirty (30) '
        "minutes in the suit at a time",
        "no later than 30 November 2026 (2026-11-30)",
    ):
        if _flat(needle) not in _flat(raw):
            errors.append(f"{MEMO}: lacks {needle!r}")
    if PERCENT.search(raw):
        errors.append(f"{MEMO}: prints a percentage (the multi-doc questions need the agreement)")


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
    lines = faq.splitlines()
    heads = [i for i, ln in enumerate(lines) if re.match(r"^### .+ \?$", ln)]
    if len(heads) < 12:
        errors.append(f"{FAQ}: only {len(heads)} '### ... ?' question headings")
    for i in heads:
        nxt = next((ln for ln in lines[i + 1 :] if ln.strip()), "")
        if not nxt or nxt.startswith("#"):
            errors.append(f"{FAQ}: heading {lines[i]!r} has no answer under it")
    if re.search(r"\*\*(?:Q|R) ?:\*\*", faq):
        errors.append(f"{FAQ}: bold Q / R paragraphs (its questions are headings)")
    lacks(
        FAQ,
        faq,
        (
            "Le droit d'entrée est de mille deux cents couronnes",
            "La cotisation de base est de 1\u00a0245,50\u00a0kr par saison",
            "au moins 72 heures avant l'appel",
            "Depuis le 1er nov. 2026, 30 minutes d'affilée au maximum",
            "Jusqu'au 31 octobre 2026, la limite était de 40 minutes",
            "pas plus de 3 heures dans le costume par jour",
            "au moins 7 jours complets",
            "dans les 60 jours",
            "dans les 14 jours",
            "un préavis écrit de 90 jours",
            "Une redevance de 12 % des recettes nettes",
            "Le samedi 13 mars 2027",
            "avant le 12 février 2027",
        ),
    )
    norm = score.normalise(faq)
    if score.contains(norm, "1200") or score.contains(norm, "1,200"):
        errors.append(f"{FAQ}: the entry fee is also written in figures (words only)")
    minutes = read(MINUTES)
    lacks(
        MINUTES,
        minutes,
        (
            "JOINT STANDING COMMITTEE (ARPG / SLEEA)",
            'a perpetual "legacy likeness licence": for a single lump sum of KR 85,000 per performer',
            "the members REJECTED the proposal",
            "No legacy licence is in force",
            "since Sept. 1, 2026",
            "from 1 February 2027",
            "A panel of six (6) independent physicians",
            "from 1 December 2026",
            "four (4) complaints",
            "Thursday 21 January 2027",
            "kr 2,450.00",
        ),
    )
    if re.search(r"87[.,]6|1 ?214", minutes):
        errors.append(f"{MINUTES}: gives the vote figures (only the bulletin may)")
    bulletin = read(BULLETIN)
    lacks(
        BULLETIN,
        bulletin,
        (
            "# Le Tendeur",
            "contre un paiement unique de 85\u00a0000\u00a0kr par artiste",
            "**rejetée par 87,6 % des voix exprimées**",
            "(1\u00a0214 voix contre, 172 voix pour)",
            "Aucune licence perpétuelle n'est donc en vigueur",
            "passe à 1 250:- par membre et par saison (elle était de 900:-)",
            "jusqu'à 450:- par saison",
            "Le droit d'entrée (1 200 kr)",
            "12 pour cent des recettes nettes",
        ),
    )
    expired = read(EXPIRED)
    lacks(
        EXPIRED,
        expired,
        (
            "# EXPIRED",
            "> **EXPIRED.** This agreement expired on 31 August 2024.",
            "Only one clause is still in force: **Clause 11.3**",
            "It is **not superseded**",
            "Clause 11.5 (a laundering allowance of kr 120 per week of tour) was **not kept**",
            "| 12 months' written notice |",
            "a one-off buy-out of kr 6,000 per performer",
            "updated on Sept. 1, 2026",
        ),
    )
    guide = read(GUIDE)
    lacks(
        GUIDE,
        guide,
        (
            "# Guide de tournée – circuit nordique, saison 2026-2027",
            "475\u00a0kr par nuit jusqu'au 31 décembre 2026, puis 495\u00a0kr par nuit à partir "
            "du 1er janvier 2027",
            "375\u00a0kr par jour de spectacle dans le Nordmark",
            "maintenue par l'art. XIX(3) de l'Accord",
        ),
    )
    venue = read(VENUE)
    lacks(VENUE, venue, ("Tickets and hospitality, season 2026/27", "per match night"))
    with open(os.path.join(DOCS, GYM), "rb") as f:
        raw = f.read()
    for byte, what in (
        (b"\xe9", "E9 (é)"),
        (b"\xab", "AB («)"),
        (b"\x96", "96 (–)"),
        (b"\x92", "92 (’)"),
        (b"\xa0", "A0 (no-break space)"),
        (b"\xb0", "B0 (°)"),
    ):
        if byte not in raw:
            errors.append(f"{GYM}: lacks the single byte {what}")
    if b"\r\n" not in raw or raw.count(b"\n") != raw.count(b"\r\n"):
        errors.append(f"{GYM}: line ends are not all CRLF")
    try:
        raw.decode("utf-8")
        errors.append(f"{GYM}: decodes as UTF-8 (it must be Windows-1252)")
    except UnicodeDecodeError:
        pass
    if raw.decode("cp1252").replace("\r\n", "\n") != make_notice.NOTICE:
        errors.append(f"{GYM}: differs from make_notice.py; rebuild")


def check_spellings(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    corpus = "\n".join(vs[0][1] for vs in doc_views.values())
    if any(c in corpus for c in "$€£₹") or re.search(
        r"\b(EUR|USD|GBP|CAD|CHF|SEK|NOK|DKK|ISK)\b", corpus
    ):
        errors.append(
            "a document contains $, €, £, ₹, EUR, USD, GBP, CAD, CHF, SEK, NOK, DKK or ISK"
        )
    for label, pattern in SPELLINGS.items():
        if not re.search(pattern, corpus):
            errors.append(f"no amount, percentage or date written as {label}")
    if len(re.findall(r"mille deux cents couronnes", corpus)) != 1:
        errors.append("the amount in words is not written exactly once")
    if len(re.findall(r"\bweek \d+, 20\d\d", corpus)) != 1:
        errors.append("the week number is not written exactly once")


def check_score_link(errors: list[str]) -> None:
    link = os.path.join(HERE, "score.py")
    if not os.path.islink(link) or os.readlink(link) != "../union-c/score.py":
        errors.append("score.py is not the relative link ../union-c/score.py")
    pyproject = os.path.join(HERE, "..", "..", "pyproject.toml")
    if os.path.exists(pyproject):
        with open(pyproject, encoding="utf-8") as f:
            if '"eval/union-x/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-x/score.py not in ruff's extend-exclude")


def check_rejected(questions: list[dict], doc_views, errors: list[str]) -> None:
    """The rejected legacy licence is never an answer: a trap of the questions on D-2 / V-1."""
    for home in REJECTED_HOMES:
        if not score.contains(doc_views[home][0][2], REJECTED_FEE):
            errors.append(f"{home}: does not print the rejected licence fee {REJECTED_FEE}")
    for name, vs in doc_views.items():
        if name not in REJECTED_HOMES and any(
            score.contains(norm, REJECTED_FEE) for _, _, norm in vs
        ):
            errors.append(f"{name}: prints the rejected fee (only the minutes and bulletin may)")
    n = 0
    for q in questions:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                if score.contains(score.normalise(alt), REJECTED_FEE):
                    errors.append(f"{q['id']}: the rejected fee {REJECTED_FEE} is in must_include")
        on_row = re.search(r"\brow (?:D-2|V-1)\b", q["notes"])
        if on_row and q["kind"] not in ("cross-lingual", "adversarial"):
            n += 1
            if REJECTED_FEE not in q["must_not_include"]:
                errors.append(f"{q['id']}: a question on row D-2 or V-1 without the rejected trap")
    if n < 2:
        errors.append("fewer than two questions on rows D-2 / V-1 trap the rejected fee")


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
    if langs_docs != Counter({"en": 6, "fr": 6}):
        errors.append(f"documents per language {dict(langs_docs)} are not 6 and 6")
    doc_views: dict[str, list[tuple[str, str, str]]] = {}
    for name in names:
        vs, ws = views(name)
        warnings += ws
        doc_views[name] = [(label, text, score.normalise(text)) for label, text in vs]
        size = len(vs[0][1])
        if not SIZE[0] <= size <= SIZE[1]:
            errors.append(f"{name}: {size} characters (want {SIZE[0]:,}-{SIZE[1]:,})")
        print(f"  {size:6d} chars  {name}  ({', '.join(label for label, _ in vs)})")

    for name in (AGREEMENT, RATECARD, BAREME):
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

    for name in (TARIFS, MEMO, FAQ, MINUTES, BULLETIN, EXPIRED, GUIDE, VENUE, GYM):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_agreement(errors)
        check_rate_card(errors)
        check_bareme(errors)
        check_tarifs(errors)
        check_memo(errors)
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
    check_wording(questions, errors)
    for qid in OOS_ABSENT:
        q = next((x for x in questions if x["id"] == qid), None)
        if q is None or q["kind"] not in ("out-of-scope", "adversarial"):
            errors.append(f"OOS_ABSENT names {qid}, which is not the expected question")
    for q in questions:
        if q["kind"] in ("out-of-scope", "adversarial") and q["id"] not in OOS_ABSENT:
            errors.append(f"{q['id']}: {q['kind']} question without absent terms in OOS_ABSENT")
    adv_fr = [q for q in questions if q["kind"] == "adversarial" and q["language"] == "fr"]
    if len(adv_fr) != 1:
        errors.append(f"{len(adv_fr)} French adversarial questions (want 1)")
    if len({q["question"] for q in questions}) != len(questions):
        errors.append("duplicate question texts")
    for doc in ONLY_FR_QUESTIONS | ONLY_EN_QUESTIONS:
        if not any(doc in q["expected_sources"] for q in questions):
            errors.append(f"{doc}: no question uses it (it should be cross-lingual)")
    for name in names:
        if name not in DISTRACTORS and not any(name in q["expected_sources"] for q in questions):
            errors.append(f"{name}: no question uses it")

    counts = Counter(q["kind"] for q in questions)
    if dict(counts) != EXPECTED_COUNTS:
        errors.append(f"counts per kind {dict(counts)} != {EXPECTED_COUNTS}")
    langs = Counter(q["language"] for q in questions)
    if dict(langs) != EXPECTED_LANGUAGES:
        errors.append(f"counts per language {dict(langs)} != {EXPECTED_LANGUAGES}")
    n_alts = sum(len(score.alternatives(el)) for q in questions for el in q["must_include"])
    print(f"\n{len(questions)} questions; kinds: {dict(counts)}; languages: {dict(langs)}")
    print(
        f"{sum(len(q['must_include']) for q in questions)} must_include elements, {n_alts} alternatives checked"
    )
    print(f"{n_amounts} amounts and percentages checked against every view")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
