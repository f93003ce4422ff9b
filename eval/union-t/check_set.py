#!/usr/bin/env python3
"""Check the union-t set itself: questions.json against docs/ (no project needed).

    python3 eval/union-t/check_set.py                      # stdlib; PDF and DOCX in the generators' text
    /work/main/.venv/bin/python eval/union-t/check_set.py  # also python-docx, pdfplumber and pypdf

Checks:
- the fields and values of every question, ids ut-001.. in order, counts per kind and
  language, no duplicate question, no newline in a question, and that questions.json is
  what make_questions.py writes;
- that every expected source exists, and that every must_include element occurs, after the
  scorer's normalisation (score.normalise / score.contains), in at least one expected
  source, in EVERY view of it: HTML without tags and raw; the camp's price list decoded as
  Windows-1252; other text as UTF-8; the two DOCX in the generator's text (make_docx.py),
  in word/document.xml read with zipfile and, when importable, through python-docx
  (paragraphs and table cells); the PDF in the generator's text (make_pdf.py) and, when
  importable, through pdfplumber AND through pypdf;
- the accepted forms of amounts: score.py keeps the apostrophe ("1'265" stays "1'265")
  while it strips comma and space thousands separators, so every must_include element (and
  every trap) with an amount of four digits or more lists both the English spelling
  ("1,265") and the apostrophe spelling ("1'265"); no alternative has a bare dot-thousands
  amount ("1.265", which also reads as 1.265);
- that no bare must_include alternative or trap matches inside an apostrophe amount of the
  corpus ("520" in "2'520": score.py does not treat the apostrophe as a digit boundary),
  and that must_include elements are found with that stricter test too;
- that no franc amount or percentage is glued to a neighbour: every amount printed beside
  "CHF", "Fr." or "francs" in a document ("CHF 1,250.00", "CHF 1150", "CHF 1'340.50",
  "Fr. 1'250.–", "1’450 francs", "1 800,00 CHF" with U+202F, "Fr. 1 190.–" with U+00A0)
  and every percentage is found, after normalisation and at digit boundaries, in every view
  of that document;
- that the built DOCX and PDF hold their generators' words (rebuild if not), and the cp1252
  price list its generator's text;
- the agreement PDF: 6-10 pages, running header and "Page N of M" on every page, articles
  Art. 1 to Art. 20 and "Article 14a", lettered items cited "Art. 7.2 b)", calendar years
  from 1 January with the 1 July 2026 exception, the cross-reference to "Annex 2 of the Rate
  Agreement", Art. 14a.4 (to be amended), 14a.5 (to be amended), 14a.9 (to be deleted),
  Art. 20.2 (carried over); Annex A runs over two consecutive pages with its header row
  repeated under "Annex A (continued)", every row printed once as one line, with the notes
  under it carrying the OPPE condition; Annex B is TRANSPOSED (rows are periods "from 1 Jan
  2026", "from 1 Jul 2026", "from 1 Jan 2027", columns are categories), every row one line;
- the Rate Schedule 2025 (DOCX): plain amounts ("CHF 1150", no separator, no cents), ISO
  validity dates, one Word table whose first row is one cell merged across every column;
- the Rate Agreement 2026-2027 (HTML): the replacement statement in French and English,
  rowspan groups and colspan headers, a colspan cell for every row that does not change
  on 1 July 2026 and three amount cells for every "◆" row, apostrophe amounts, every 2026
  fee at least 4 % above the same 2025 row (Art. 5.3), no 2025 amount in it and no 2026 or
  2027 amount in the Rate Schedule 2025, the row codes of the schedule all present;
- the avenant: Art. 14a.9 deleted from 1er octobre 2026, the re-consent fee in words and
  figures (old amount equal to the agreement's), the deletion period cut, Art. 9 and 20.2
  unchanged, no retroactivity, ratification, its Word table, never the rejected buy-out;
- the FAQ's "### " headings, pipe table and U+202F amount; the minutes' speaker turns and
  the rejected proposal; the notice's headers and dates; the expired summary's banner and
  old terms; the music school's nav and footer; the camp list's encoding (single bytes E9,
  AB, 96, 92 and A0, CRLF, not UTF-8);
- the franc, percentage and date spellings (apostrophe, typographic apostrophe, ".–",
  U+202F, plain, English, in words; "01.07.2026", "1er juillet 2026", "2026-07-01",
  "1 Jul 2026"); no $, €, £, ₹, ƒ, EUR, USD, GBP, Rs;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- that no must_not_include string also satisfies a must_include element, that every
  non-adversarial question's traps include one that occurs in a document, and that the
  rejected buy-out is never in must_include and is a trap of the IA-3 and re-consent
  (Art. 14a.4) questions;
- that the notice (English) is an expected source only of French questions and the
  minutes (French) only of English questions (cross-lingual);
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
PREFIX = "ut"
KINDS = [*score.KINDS, "previous-agreement"]
EXPECTED_COUNTS = {
    "figure": 13,
    "fact": 10,
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
    "ut-048": [r"\btwins?\b", r"jumea", r"jumelle"],
    "ut-049": [r"examen", r"\bexams?\b", r"r[ée]vis(er|ions)\b"],
    "ut-050": [r"\bagents?\b", r"\bagence", r"impresario", r"commissions?\b(?!\s+paritaire)"],
    "ut-051": [r"allocations?\b", r"family allowance", r"child benefit"],
    "ut-052": [r"\btax", r"imp[ôo]ts?\b", r"imposable", r"fiscal", r"\bvat\b", r"\btva\b"],
    "ut-053": [r"assuranc", r"insur"],
    "ut-054": [r"sibling", r"\bbrothers?\b", r"\bsisters?\b", r"fr[èe]res?\b", r"s(œ|oe)urs?\b"],
    "ut-055": [r"\bpubs?\b", r"publicit", r"commercials?\b", r"advert"],
    "ut-056": [r"pension", r"retraite", r"retirement"],
    "ut-057": [r"nounou", r"baby.?sit", r"nanny", r"garde d.enfants", r"cr[èe]che"],
    "ut-058": [rf"9{SEP}999"],
    "ut-059": [r"(?<![\d.,])3[ \u00a0\u202f]?%"],
    "ut-060": [rf"4{SEP}444"],
}

AGREEMENT = "ylmg-youth-media-agreement-2026-2028.pdf"
RATES = "accord-tarifaire-2026-2027.html"
RS25 = "ylmg-rate-schedule-2025.docx"
AVENANT = "avenant-no-1-convention-2026-2028.docx"
FAQ = "faq-parents-membres-gmje.md"
NOTICE = "notice-2026-14-guardians-and-chaperones.txt"
MINUTES = "pv-assemblee-generale-extraordinaire-2026-11-07.txt"
EXPIRED = "summary-youth-media-agreement-2023-2025-expired.md"
MUSIC = "ashcombe-music-school-lesson-fees-2026-27.html"
CAMP = "colonie-les-marmottes-tarifs-2026-2027.txt"
PDF_TEXT = {AGREEMENT: make_pdf.agreement_text}
DOCX_TEXT = {RS25: make_docx.rate_schedule_text, AVENANT: make_docx.avenant_text}
CP1252_FILES = {CAMP}
ONLY_FR_QUESTIONS = {NOTICE}  # an English document answered only by French questions
ONLY_EN_QUESTIONS = {MINUTES}  # a French document answered only by English questions
REJECTED_FEE = make_questions.REJECTED  # VACEP's one-off buy-out, rejected on 7 November 2026
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NB = "\u00a0"
NNB = "\u202f"
MID_YEAR_ROWS = {"C-2", "C-3", "C-4", "S-1", "S-2", "IA-4", "IA-7"}  # the "◆" rows
SPELLINGS = {
    "CHF before, comma thousands, cents (CHF 1,250.00)": r"\bCHF \d{1,3},\d{3}\.\d\d",
    "CHF before, plain, no separator (CHF 1150)": r"\bCHF \d{4}(?![\d.,'])",
    "CHF before, apostrophe thousands, cents (CHF 1'340.50)": r"\bCHF \d{1,3}'\d{3}\.\d\d",
    "Fr. before, apostrophe thousands, no cents (Fr. 1'250.–)": r"\bFr\. \d{1,3}'\d{3}\.–",
    "typographic apostrophe (1’450 francs)": r"\d{1,3}’\d{3} francs",
    "narrow no-break space, comma decimals (1 800,00 CHF)": "\\d\u202f\\d{3},\\d\\d\u00a0CHF",
    "an amount in words (mille quatre cent cinquante francs)": r"mille quatre cent cinquante "
    r"francs",
    "percentage 86,4 %": r"86,4 %",
    "percentage 0.5%": r"0\.5%",
    "date day first, dotted (01.07.2026)": r"(?<![\d.])01\.07\.2026",
    "date 1er juillet 2026": r"1er juillet 2026",
    "date ISO 2026-07-01": r"2026-07-01",
    "date 1 Jul 2026": r"\b1 Jul 2026",
    "date 1 July 2026": r"\b1 July 2026",
    "calendar year 2026": r"calendar years? 2026|année civile 2026",
}
AMOUNT = re.compile(
    "(?:\\bCHF|\\bFr\\.)[ \u00a0]?"
    "(\\d{1,3}(?:[,'’\u00a0\u202f]\\d{3})+(?:[.,]\\d\\d)?|\\d+(?:[.,]\\d\\d)?)(?![\\d])"
    "|(?<![\\d.,'’])(\\d{1,3}(?:[,'’\u00a0\u202f]\\d{3})+(?:[.,]\\d\\d)?|\\d+(?:[.,]\\d\\d)?)"
    "[ \u00a0]?(?:CHF\\b|francs?\\b)"
)
PERCENT = re.compile("(?<![\\d.,])\\d{1,3}(?:[.,]\\d{1,2})?[ \u00a0\u202f]?%")
DOT_THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}\.\d{3}(?![\d])")
COMMA_BIG = re.compile(r"(?<![\d.,'])\d{1,3},\d{3}(?:\.\d\d?)?(?![\d])")
APOS_BIG = re.compile(r"(?<![\d.,'])\d{1,3}'\d{3}(?:\.\d\d?)?(?![\d])")
RS25_AMOUNT = re.compile(r"^CHF \d+$")
ANNEX_B_AMOUNT = re.compile(r"^CHF \d{1,3}\.\d\d$")
RATE_AMOUNT = re.compile(r"^(?:CHF|Fr\.) \d{1,3}(?:'\d{3})?\.(?:–|\d\d)$")
ROW_CODE = re.compile(r"^([A-Z]{1,2}-\d)( ◆)?$")
APOS_SEP = re.compile(r"(?<=\d)'(?=\d{3})")
APOS_AMOUNT = re.compile(r"\d{1,3}(?:'\d{3})+(?:\.\d\d)?")


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


class _Rows(html.parser.HTMLParser):
    """Table rows of an HTML page: a list of [(tag, attrs, text)] per <tr>."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[tuple[str, dict, str]]] = []
        self._cell: list | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th") and self.rows:
            self._cell = [tag, dict(attrs), ""]

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append((self._cell[0], self._cell[1], self._cell[2].strip()))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell[2] += data


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


def _francs(amount: str) -> float:
    """'CHF 1'340.50' / 'Fr. 305.–' / 'CHF 1150' -> a float."""
    s = amount.replace("CHF", "").replace("Fr.", "").replace(".–", "").strip()
    s = s.replace("'", "").replace("’", "").replace(",", "")
    return float(s)


def strict_contains(normalised_text: str, needle: str) -> bool:
    """score.contains, but an apostrophe between digits is a digit boundary too.

    score.py keeps the apostrophe thousands separator, so for it "520" occurs in "2'520"
    (the character before "520" is an apostrophe, not a digit). This stricter test drops
    the apostrophe first ("2'520" -> "2520"), so "520" is no longer found there.
    """
    return score.contains(
        APOS_SEP.sub("", normalised_text), APOS_SEP.sub("", score.normalise(needle))
    )


def check_apostrophe_tails(
    q: dict, doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]
) -> None:
    """No must_include alternative or trap may match inside an apostrophe amount of the corpus
    without being that amount ("520" in "2'520"): the scorer would find it in an answer that
    quotes the other amount."""
    amounts = {
        m.group(0)
        for vs in doc_views.values()
        for _, _, norm in vs
        for m in APOS_AMOUNT.finditer(norm)
    }
    needles = [alt for el in q.get("must_include", []) for alt in score.alternatives(el)]
    needles += q.get("must_not_include", [])
    for needle in needles:
        for a in sorted(amounts):
            if score.contains(a, needle) and not strict_contains(a, needle):
                errors.append(f"{q['id']}: {needle!r} matches inside the apostrophe amount {a!r}")


def check_forms(qid: str, what: str, element, errors: list[str]) -> None:
    """Both spellings of a 4+ digit amount; never a bare dot-thousands amount."""
    alts = score.alternatives(element)
    for alt in alts:
        if DOT_THOUSANDS.search(alt):
            errors.append(f"{qid}: {what} {alt!r} has a dot-thousands amount (ambiguous)")
        for m in COMMA_BIG.finditer(alt):
            twin = m.group(0).replace(",", "'")
            if twin not in alts:
                errors.append(f"{qid}: {what} {alt!r} lacks the apostrophe spelling {twin!r}")
        for m in APOS_BIG.finditer(alt):
            twin = m.group(0).replace("'", ",")
            if twin not in alts:
                errors.append(f"{qid}: {what} {alt!r} lacks the English spelling {twin!r}")


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
    for s in src:
        if s not in doc_views:
            errors.append(f"{qid}: expected source {s} not in docs/")
        if s in ONLY_FR_QUESTIONS and q.get("language") != "fr":
            errors.append(f"{qid}: {s} must be answered only by French questions")
        if s in ONLY_EN_QUESTIONS and q.get("language") != "en":
            errors.append(f"{qid}: {s} must be answered only by English questions")
    for el in q.get("must_include", []):
        if not isinstance(el, str | list) or (isinstance(el, list) and not el):
            errors.append(f"{qid}: bad must_include element {el!r}")
            continue
        check_forms(qid, "must_include", el, errors)
        found = [
            s
            for s in src
            if s in doc_views
            and all(score.element_present(norm, el) for _, _, norm in doc_views[s])
            and all(
                any(strict_contains(norm, alt) for alt in score.alternatives(el))
                for _, _, norm in doc_views[s]
            )
        ]
        if not found:
            errors.append(f"{qid}: must_include {el!r} not found in every view of {src}")
    check_forms(qid, "must_not_include", q.get("must_not_include", []), errors)
    for bad in q.get("must_not_include", []):
        for el in q.get("must_include", []):
            for alt in score.alternatives(el):
                if score.contains(score.normalise(alt), bad):
                    errors.append(f"{qid}: must_not_include {bad!r} matches must_include {alt!r}")
    traps = [b for b in q.get("must_not_include", []) if not b.startswith("@")]
    if q.get("kind") not in ("adversarial", "out-of-scope") and traps:
        real = [
            b
            for b in traps
            if any(strict_contains(norm, b) for vs in doc_views.values() for _, _, norm in vs)
        ]
        if not real:
            errors.append(f"{qid}: none of the traps {traps} occurs in a document")
    for pattern in OOS_ABSENT.get(qid, []):
        for name, vs in doc_views.items():
            for label, text, _ in vs:
                if re.search(pattern, text, re.I):
                    errors.append(f"{qid}: {pattern!r} occurs in {name} ({label})")


def check_glued(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> int:
    """Every franc amount and percentage printed in a document must survive normalisation."""
    n = 0
    for name, vs in doc_views.items():
        first = vs[0][1]
        amounts = {a for m in AMOUNT.finditer(first) for a in m.groups() if a}
        amounts |= {m.group(0) for m in PERCENT.finditer(first)}
        n += len(amounts)
        for label, _, norm in vs:
            for a in sorted(amounts):
                if not score.contains(norm, a):
                    errors.append(f"{name}: amount {a!r} not found as such in the {label} view")
    return n


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
    for n in range(1, 21):
        if not re.search(rf"^Art\. {n} [A-Z]", text, re.M):
            errors.append(f"{AGREEMENT}: lacks the heading of Art. {n}")
    for needle in (
        "Article 14a Digital replicas of minors",
        "This Agreement runs from 1 January 2026 to 31 December 2028.",
        "change on 1 January of each year",
        "dated 1 July 2026 applies from that date; the previous amount applies until 30 June 2026",
        "Art. 7.2 b)",
        "as set out in Annex 2 of the Rate Agreement",
        "No digital replica of a minor under fourteen (14) may be made or used unless both the "
        "guardian and the OPPE consent in writing on form RM-1",
        "re-consent fee of CHF 1,250.00",
        "within sixty (60) days after the end of the production",
        "14a.9 Archive exception",
        "20.2 Notwithstanding Art. 20.1, Clause 10.4 of the Youth Media Agreement 2023–2025",
        "is carried over and stays in force for the term of this Agreement",
        "twenty per cent (20%) for a minor under sixteen (16)",
        "Consent is never a condition of engagement.",
        "Signing avatar based on the performance of",
        "thirty per cent (30%) of the day fee",
        "amended only by an avenant (addendum)",
    ):
        if needle not in text:
            errors.append(f"{AGREEMENT}: lacks {needle!r}")
    if make_pdf.ANNEX_A_HEADER[2:] != ["Under 6", "6–11", "12–15", "16–17"]:
        errors.append(f"{AGREEMENT}: Annex A lacks the four age-bracket columns")
    codes = [r[0] for r in make_pdf.ANNEX_A_ROWS]
    if len(codes) != len(set(codes)) or len(codes) < 20:
        errors.append(f"{AGREEMENT}: Annex A rows are not 20+ distinct codes")
    notes = " ".join(make_pdf.ANNEX_A_NOTES)
    for needle in ("only with the written approval of the OPPE", "never for a minor under 6"):
        if needle not in notes:
            errors.append(f"{AGREEMENT}: the notes under Annex A lack {needle!r}")
    # Annex B is transposed: rows are periods, columns are categories
    if make_pdf.ANNEX_B_HEADER[0] != "Period" or not all(
        re.match(r"B-\d ", h) for h in make_pdf.ANNEX_B_HEADER[1:]
    ):
        errors.append(f"{AGREEMENT}: Annex B header is not Period + category columns")
    periods = [r[0].rstrip("*†‡") for r in make_pdf.ANNEX_B_ROWS]
    if periods[:3] != ["from 1 Jan 2026", "from 1 Jul 2026", "from 1 Jan 2027"]:
        errors.append(f"{AGREEMENT}: Annex B rows are not the periods (got {periods})")
    for row in make_pdf.ANNEX_B_ROWS:
        for cell in row[1:]:
            if not ANNEX_B_AMOUNT.match(cell):
                errors.append(f"{AGREEMENT}: Annex B cell {cell!r} is not 'CHF 95.00'")
    b_notes = " ".join(make_pdf.ANNEX_B_NOTES)
    if "changes columns B-1 and B-4 only" not in b_notes:
        errors.append(f"{AGREEMENT}: the notes under Annex B lack the 1 Jul 2026 condition")
    for label, pages in pdf_readers(os.path.join(DOCS, AGREEMENT)):
        if not 6 <= len(pages) <= 10:
            errors.append(f"{AGREEMENT}: {len(pages)} pages in {label} (want 6-10)")
        _check_running(label, pages, errors)
        header = " ".join(make_pdf.ANNEX_A_HEADER)
        with_header = [i for i, p in enumerate(pages) if header in _flat(p)]
        if len(with_header) != 2 or with_header[1] != with_header[0] + 1:
            errors.append(
                f"{AGREEMENT}: Annex A header row on pages {[i + 1 for i in with_header]} "
                f"in {label} (want two consecutive pages)"
            )
        else:
            first, second = (pages[i] for i in with_header)
            if make_pdf.ANNEX_A_CONTINUED not in second or make_pdf.ANNEX_A_CONTINUED in first:
                errors.append(
                    f"{AGREEMENT}: '{make_pdf.ANNEX_A_CONTINUED}' not on the second page only"
                )
            rows_first = [c for c in codes if re.search(rf"^{re.escape(c)} ", first, re.M)]
            rows_second = [c for c in codes if re.search(rf"^{re.escape(c)} ", second, re.M)]
            if (
                len(rows_first) < 3
                or len(rows_second) < 3
                or sorted(rows_first + rows_second) != sorted(codes)
            ):
                errors.append(
                    f"{AGREEMENT}: Annex A rows not split over the two pages in {label} "
                    f"({len(rows_first)} + {len(rows_second)} of {len(codes)})"
                )
        for row in (*make_pdf.ANNEX_A_ROWS, *make_pdf.ANNEX_B_ROWS):
            line = " ".join(row)
            if sum(_flat(p).count(line) for p in pages) != 1:
                errors.append(f"{AGREEMENT}: row {row[0]} not printed once as one line ({label})")
        b_header = " ".join(make_pdf.ANNEX_B_HEADER)
        if sum(_flat(p).count(b_header) for p in pages) != 1:
            errors.append(f"{AGREEMENT}: Annex B header not printed once ({label})")


def rate_rows(raw: str) -> dict[str, list[tuple[str, dict, str]]]:
    """Row code -> the cells after the code cell (age or unit, then the amount cells)."""
    p = _Rows()
    p.feed(raw)
    out: dict[str, list[tuple[str, dict, str]]] = {}
    for row in p.rows:
        for i, (_, _, text) in enumerate(row):
            m = ROW_CODE.match(text)
            if m:
                out[m.group(1)] = [("◆" if m.group(2) else "", {}, ""), *row[i + 1 :]]
                break
    return out


def check_rate_schedules(errors: list[str]) -> None:
    rs25 = {r[0]: r[4] for r in make_docx.RATE_ROWS}
    for code, amount in rs25.items():
        if not RS25_AMOUNT.match(amount):
            errors.append(f"{RS25}: row {code} amount {amount!r} is not plain (CHF 1150)")
    if not any(_francs(a) >= 1000 for a in rs25.values()):
        errors.append(f"{RS25}: no plain amount of four digits")
    text25 = make_docx.rate_schedule_text()
    for needle in (
        "Rate Schedule 2025",
        "Valid 2025-01-01 to 2025-12-31 (calendar year 2025)",
        "Every row applies from 2025-01-01 to 2025-12-31",
        "Fifteen per cent (15%)",
    ):
        if needle not in text25:
            errors.append(f"{RS25}: lacks {needle!r}")

    with open(os.path.join(DOCS, RATES), encoding="utf-8") as f:
        raw = f.read()
    rows = rate_rows(raw)
    missing = sorted(set(rs25) - set(rows))
    if missing:
        errors.append(f"{RATES}: lacks the Rate Schedule 2025 rows {missing}")
    amounts_2026: list[str] = []
    for code, cells in rows.items():
        diamond = cells[0][0] == "◆"
        money = [(attrs, text) for _, attrs, text in cells[2:]]
        for _, text in money:
            if not RATE_AMOUNT.match(text):
                errors.append(f"{RATES}: row {code} amount {text!r} is not 'CHF 1'265.–'")
        if diamond != (code in MID_YEAR_ROWS):
            errors.append(f"{RATES}: row {code} has the wrong 1 July 2026 mark")
        if diamond:
            if len(money) != 3 or any(a.get("colspan") for a, _ in money):
                errors.append(f"{RATES}: row {code} ◆ lacks its own 01.07.2026 cell")
            jan, jul = _francs(money[0][1]), _francs(money[1][1])
            if jul <= jan:
                errors.append(f"{RATES}: row {code} is not raised on 1 July 2026")
        elif len(money) != 2 or money[0][0].get("colspan") != "2":
            errors.append(f"{RATES}: row {code} has no colspan=2 cell for the whole of 2026")
        amounts_2026 += [t for _, t in money]
        if code in rs25 and money and _francs(money[0][1]) < round(_francs(rs25[code]) * 1.04, 2):
            errors.append(f"{RATES}: row {code} {money[0][1]} is less than 4% above {rs25[code]}")
    norm_rates = score.normalise(html_text(raw))
    for code, amount in rs25.items():
        if strict_contains(norm_rates, amount.removeprefix("CHF ")):
            errors.append(f"{RATES}: prints the 2025 {code} amount {amount}")
    norm25 = score.normalise(text25)
    for amount in amounts_2026:
        value = _francs(amount)
        spelled = f"{value:,.2f}".removesuffix(".00")
        if strict_contains(norm25, spelled):
            errors.append(f"{RS25}: prints the 2026-2027 amount {amount}")
    for needle in (
        "Le présent Accord tarifaire remplace le Rate Schedule 2025 à compter du 1er janvier 2026.",
        "This Rate Agreement replaces the Rate Schedule 2025 from 1 January 2026.",
        "reste payé selon le Rate Schedule 2025",
        "Les lignes marquées ◆ sont relevées au 1er juillet 2026",
        "auxquels renvoient l'art. 14.3",
        "CHF 1'340.50",
        "Fr. 305.–",
        "<caption>",
        'scope="rowgroup"',
        '<th scope="colgroup" colspan="2">Année civile 2026</th>',
        "<nav",
        'class="breadcrumbs"',
        "<footer>",
    ):
        if needle not in raw:
            errors.append(f"{RATES}: lacks {needle!r}")
    if len(re.findall(r'scope="rowgroup" rowspan="[2-9]"', raw)) < 8:
        errors.append(f"{RATES}: fewer than eight rowspan row groups")
    try:
        import docx
    except ImportError:
        return
    d = docx.Document(os.path.join(DOCS, RS25))
    if len(d.tables) != 1 or len(d.tables[0].rows) != len(make_docx.RATE_ROWS) + 2:
        errors.append(f"{RS25}: not one Word table of {len(make_docx.RATE_ROWS) + 2} rows")
    else:
        first = d.tables[0].rows[0]
        tcs = first._tr.findall(f"{W_NS}tc")
        span = tcs[0].find(f"{W_NS}tcPr/{W_NS}gridSpan") if len(tcs) == 1 else None
        if span is None or span.get(f"{W_NS}val") != str(len(make_docx.RATE_HEADER)):
            errors.append(f"{RS25}: the first row is not one cell merged across every column")
        if first.cells[0].text != make_docx.RATE_MERGED:
            errors.append(f"{RS25}: the merged header cell lacks its text")


def check_avenant(errors: list[str]) -> None:
    av = make_docx.avenant_text()
    for needle in (
        "Avenant n° 1",
        "L'art. 14a.9 de la Convention est supprimé à compter du 1er octobre 2026",
        "porté de Fr. 1'250.– à mille quatre cent cinquante francs (1’450 francs)",
        "signé jusqu'au 30 septembre 2026 reste payé Fr. 1'250.–",
        "ramené de soixante (60) à trente (30) jours",
        "productions terminées à compter du 1er octobre 2026",
        "ni l'art. 9",
        "ni l'art. 20.2",
        "n'a pas d'effet rétroactif",
        "Signé à Sainte-Brigue le 14 septembre 2026",
        "clos le 25 septembre 2026, par 91,7 %",
    ):
        if needle not in av:
            errors.append(f"{AVENANT}: lacks {needle!r}")
    if "CHF 1,250.00" not in make_pdf.agreement_text():
        errors.append(f"{AVENANT}: its old amount Fr. 1'250.– is not the agreement's")
    if score.contains(score.normalise(av), REJECTED_FEE):
        errors.append(f"{AVENANT}: prints the rejected buy-out")
    try:
        import docx
    except ImportError:
        return
    d = docx.Document(os.path.join(DOCS, AVENANT))
    if len(d.tables) != 1 or len(d.tables[0].rows) != len(make_docx.AVENANT_TABLE):
        errors.append(f"{AVENANT}: not one Word table of {len(make_docx.AVENANT_TABLE)} rows")


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
    if not re.search(r"^\|.+\|\n\|(?:---\|)+\n(?:\|.+\|\n){3}", faq, re.M):
        errors.append(f"{FAQ}: lacks a Markdown pipe table of three rows")
    if f"1{NNB}800,00{NB}CHF" not in faq:
        errors.append(f"{FAQ}: lacks '1 800,00 CHF' with a narrow no-break space")
    lacks(FAQ, faq, ("1,5 %", "Fr. 60.–", "0800-4412", "mardi et jeudi de 14 h à 18 h", "TB-2"))
    minutes = read(MINUTES)
    turns = re.findall(
        r"^[A-ZÉ][\w\u00c0-\u017f-]+ [A-Z][\w\u00c0-\u017f-]+ \([^)]+\) :", minutes, re.M
    )
    if len(turns) < 10:
        errors.append(f"{MINUTES}: fewer than ten speaker turns ({len(turns)})")
    lacks(
        MINUTES,
        minutes,
        (
            "PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE EXTRAORDINAIRE",
            "7 novembre 2026",
            "forfait unique de Fr. 12'000.– par enfant",
            "REJETÉE par 86,4 % des suffrages exprimés",
            "Aucun forfait n'est en vigueur",
            "21 janvier 2027",
        ),
    )
    lacks(
        NOTICE,
        read(NOTICE),
        (
            "NOTICE TO MEMBERS No. 2026-14",
            "Date: 19 June 2026",
            "From: ",
            "To: ",
            "Subject: ",
            "1 Jul 2026 (2026-07-01)",
            "no later than 31 January 2027",
            "every Thursday from 16:00 to 19:00",
            "CHF 95.00 to CHF 110.00",
        ),
    )
    lacks(
        EXPIRED,
        read(EXPIRED),
        (
            "# EXPIRED",
            "expired on 31 December 2025",
            "fifteen per cent (15%) for every minor",
            "CHF 900.00 per session",
            "one hundred and eighty (180) days",
            "thirty (30) days",
            "Clause 10.4",
            "kept in force by Art. 20.2",
        ),
    )
    lacks(MUSIC, read(MUSIC), ("<nav>", "<footer>", "school year 2026/27", "CHF 1,728.00"))
    with open(os.path.join(DOCS, CAMP), "rb") as f:
        raw = f.read()
    for byte, what in (
        (b"\xe9", "E9 (é)"),
        (b"\xab", "AB («)"),
        (b"\x96", "96 (–)"),
        (b"\x92", "92 (’)"),
        (b"\xa0", "A0 (no-break space)"),
    ):
        if byte not in raw:
            errors.append(f"{CAMP}: lacks the single byte {what}")
    if b"\r\n" not in raw or raw.count(b"\n") != raw.count(b"\r\n"):
        errors.append(f"{CAMP}: line ends are not all CRLF")
    try:
        raw.decode("utf-8")
        errors.append(f"{CAMP}: decodes as UTF-8 (it must be Windows-1252)")
    except UnicodeDecodeError:
        pass
    if raw.decode("cp1252").replace("\r\n", "\n") != make_notice.NOTICE:
        errors.append(f"{CAMP}: differs from make_notice.py; rebuild")


def check_spellings(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    corpus = "\n".join(text for vs in doc_views.values() for _, text, _ in vs)
    if any(c in corpus for c in "$€£₹ƒ") or re.search(r"\b(EUR|USD|GBP|CAD|Rs)\b", corpus):
        errors.append("a document contains $, €, £, ₹, ƒ, EUR, USD, GBP, CAD or Rs (francs only)")
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
            if '"eval/union-t/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-t/score.py not in ruff's extend-exclude")


def check_rejected(questions: list[dict], errors: list[str]) -> None:
    """The rejected buy-out is never an answer: a trap of the IA-3 and re-consent questions."""
    for q in questions:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                if score.contains(score.normalise(alt), REJECTED_FEE):
                    errors.append(f"{q['id']}: the rejected fee {REJECTED_FEE} is in must_include")
    for tag in ("IA-3", "14a.4"):
        if not any(
            {REJECTED_FEE, REJECTED_FEE.replace(",", "'")} <= set(q["must_not_include"])
            and tag in q["notes"]
            for q in questions
        ):
            errors.append(
                f"no question on {tag} traps the rejected {REJECTED_FEE} (both spellings)"
            )


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
    doc_views: dict[str, list[tuple[str, str, str]]] = {}
    for name in names:
        vs, ws = views(name)
        warnings += ws
        doc_views[name] = [(label, text, score.normalise(text)) for label, text in vs]
        size = len(vs[0][1])
        if not SIZE[0] <= size <= SIZE[1]:
            errors.append(f"{name}: {size} characters (want {SIZE[0]:,}-{SIZE[1]:,})")
        print(f"  {size:6d} chars  {name}  ({', '.join(label for label, _ in vs)})")

    for name in (AGREEMENT, RS25, AVENANT):
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

    for name in (RATES, FAQ, NOTICE, MINUTES, EXPIRED, MUSIC, CAMP):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_agreement(errors)
        check_rate_schedules(errors)
        check_avenant(errors)
        check_text_docs(errors)
    n_amounts = check_glued(doc_views, errors)
    check_spellings(doc_views, errors)
    check_score_link(errors)

    ids = [q.get("id") for q in questions]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, len(questions) + 1)]:
        errors.append(f"ids are not {PREFIX}-001.. in order")
    for q in questions:
        check_question(q, doc_views, errors)
        check_apostrophe_tails(q, doc_views, errors)
    check_rejected(questions, errors)
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
