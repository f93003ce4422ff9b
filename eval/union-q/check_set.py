#!/usr/bin/env python3
"""Check the union-q set itself: questions.json against docs/ (no project needed).

    python3 eval/union-q/check_set.py                      # stdlib; PDF and DOCX in the generators' text
    /work/main/.venv/bin/python eval/union-q/check_set.py  # also python-docx, pdfplumber and pypdf

Checks:
- the fields and values of every question, ids uq-001.. in order, counts per kind and
  language, no duplicate question, no newline in a question;
- that every expected source exists, and that every must_include element occurs, after the
  scorer's normalisation (score.normalise / score.contains), in at least one expected
  source, in EVERY view of it: HTML without tags and raw; the piano price list decoded as
  Windows-1252; other text as UTF-8; the two DOCX in the generator's text (make_docx.py),
  in word/document.xml read with zipfile and, when importable, through python-docx
  (paragraphs and table cells); the two PDFs in the generator's text (make_pdf.py) and,
  when importable, through pdfplumber AND through pypdf;
- that no euro amount is glued to a neighbour: every amount printed in a document (say
  "1.332,70", "1,284.50", "96,40") is found, after normalisation and at digit boundaries,
  in every view of that document;
- that the built DOCX and PDFs hold their generators' words (rebuild if not), and the cp1252
  price list its generator's text;
- the agreement PDF: 8-12 pages, running header and "Page N of M" on every page, articles
  Art. 1 to Art. 22, sub-articles and lettered items cited "Art. 17.3 b)", seasons from
  1 September, Art. 17.6 (to be deleted) and Art. 22.3 (kept in force); Annex A's table
  runs over two pages with its header row repeated under "Annex A (continued)", every row
  printed once;
- the Rate Sheet 2025/26 (PDF): English-style amounts ("€1,284.50"), validity 1 September
  2025 - 31 August 2026; the Rate Sheet 2026/27 (HTML): the replacement statement in
  English and French, the same row codes, continental amounts ("1.332,70 €"), every fee at
  least 3.5 % above last season's (Art. 6.2), no 2025/26 figure in it, <caption>, <th scope>,
  nav, breadcrumbs and footer;
- the Protocole d'accord: Art. 17.6 abrogated from 1er novembre 2026, AI-4 in words and
  figures, AI-8 60 % / 75 % with 23,94 / 29,93 EUR consistent with T-1 in the Rate Sheet
  2026/27, AI-9 and Art. 22.3 unchanged, no retroactivity, its Word table; the expired
  summary: EXPIRÉ in the title and the page header, the kept-in-force Art. 11.4;
- the FAQ's "### " headings, the minutes' speaker turns, the notice's headers, the side
  letter's limits, the piano list's encoding (single bytes E9 and 80, CRLF, not UTF-8);
- the euro, percentage and season spellings; no dollar, pound, CHF or CAD;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- that no must_not_include string also satisfies a must_include element, and that every
  non-adversarial question's traps include one that occurs in a document;
- that the section notice (English) is an expected source only of French questions and
  the minutes (French) only of English questions (cross-lingual);
- that every document is 2,000-25,000 characters (in its first view);
- that the out-of-scope questions' key terms and the adversarial questions' injected
  figures occur in no document (in any view).
Exit 1 on any error.
"""

from __future__ import annotations

import html.parser
import json
import math
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
PREFIX = "uq"
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

OOS_ABSENT = {
    "uq-048": [r"pension", r"retraite", r"retire"],
    "uq-049": [r"commission", r"\bagents?\b", r"impr[ée]sario"],
    "uq-050": [r"fitting", r"essayage"],
    "uq-051": [
        r"\btax(es|able|ation)?\b",
        r"imp[ôo]ts?\b",
        r"imposable",
        r"fiscal",
        r"\btva\b",
        r"\bvat\b",
    ],
    "uq-052": [r"conservato", r"tuition", r"scolarit", r"\blessons?\b", r"cours de chant"],
    "uq-053": [r"ch[ôo]mage", r"unemploy", r"intermitt", r"jobless", r"jobseek"],
    "uq-054": [r"ballet", r"\bdanse", r"dancer", r"danseu"],
    "uq-055": [r"2028[-/](20)?29"],
    "uq-056": [r"insur", r"assuranc", r"mutuelle", r"phoniat", r"laryng", r"oto-rhino", r"\bENT\b"],
    "uq-057": [r"maternit", r"parental", r"pregnan", r"grossesse", r"enceinte"],
    "uq-058": [r"187[.,]77"],
    "uq-059": [r"4[ .,\u00a0]?999"],
    "uq-060": [r"(?<![\d.,])95 ?%", r"95 per cent", r"95 pour cent"],
}

AGREEMENT = "lauv-lyric-stage-agreement-2025-2028.pdf"
RS25 = "lauv-rate-sheet-2025-26.pdf"
RS26 = "rate-sheet-2026-27-bareme-2026-2027.html"
PROTOCOLE = "protocole-accord-no-1-2026.docx"
SUMMARY = "resume-accord-2021-2025-expire.docx"
FAQ = "ualv-faq-membres.md"
SIDE = "side-letter-2-hollinsford-summer-festival.md"
NOTICE = "lauv-translators-section-notice-2026-07.txt"
MINUTES = "pv-assemblee-section-choeur-2026-11-12.txt"
HALL = "hollinsford-corn-exchange-season-2026-27-tickets.html"
PIANOS = "pianos-quintal-tarifs-saison-2026-2027.txt"
PDF_TEXT = {AGREEMENT: make_pdf.agreement_text, RS25: make_pdf.rate_sheet_text}
PDF_HEADER = {AGREEMENT: make_pdf.RUNNING_HEADER, RS25: make_pdf.RATE_SHEET_HEADER}
DOCX_TEXT = {PROTOCOLE: make_docx.protocole_text, SUMMARY: make_docx.summary_text}
CP1252_FILES = {PIANOS}
ONLY_FR_QUESTIONS = {NOTICE}  # an English document answered only by French questions
ONLY_EN_QUESTIONS = {MINUTES}  # a French document answered only by English questions
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SPELLINGS = {
    "euro after, dot thousands and comma decimals (1.332,70 €)": r"\d\.\d{3},\d\d €",
    "euro before, dot thousands (€ 1.332,70)": r"€ \d{1,3}\.\d{3},\d\d",
    "EUR before, comma decimals (EUR 96,40)": r"EUR \d+,\d\d",
    "EUR after, comma decimals (340,00 EUR)": r"\d+,\d\d EUR",
    "English style, comma thousands (€1,284.50)": r"€\d,\d{3}\.\d\d",
    "English style without thousands (€29.50)": r"€\d{1,3}\.\d\d",
    "an amount in words (trois cent quarante euros)": r"trois cent quarante euros",
    "percentage 3.5%": r"3\.5%",
    "percentage 1,8 %": r"1,8 %",
    "season Season 2026/27": r"Season 2026/27",
    "season saison 2026-2027": r"saison 2026-2027",
    "date 1 September 2026": r"\b1 September 2026",
    "date 1er septembre 2026": r"1er septembre 2026",
}
AMOUNT = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d{3})*[.,]\d\d(?![\d])")
ENGLISH_AMOUNT = re.compile(r"^€\d{1,3}(?:,\d{3})*\.\d\d$")
CONTINENTAL_AMOUNT = re.compile(r"^\d{1,3}(?:\.\d{3})*,\d\d €$")


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
        if s in ONLY_FR_QUESTIONS and q.get("language") != "fr":
            errors.append(f"{qid}: {s} must be answered only by French questions")
        if s in ONLY_EN_QUESTIONS and q.get("language") != "en":
            errors.append(f"{qid}: {s} must be answered only by English questions")
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


def check_glued(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    """Every amount printed in a document must survive normalisation in every view."""
    for name, vs in doc_views.items():
        amounts = sorted({m.group(0) for _, text, _ in vs[:1] for m in AMOUNT.finditer(text)})
        for label, _, norm in vs:
            for a in amounts:
                if not score.contains(norm, a):
                    errors.append(f"{name}: amount {a!r} not found as such in the {label} view")


def _flat(text: str) -> str:
    return " ".join(text.split())


def check_agreement(errors: list[str]) -> None:
    text = make_pdf.agreement_text()
    for n in range(1, 23):
        if not re.search(rf"^Art\. {n} [A-Z]", text, re.M):
            errors.append(f"{AGREEMENT}: lacks the heading of Art. {n}")
    for needle in (
        "runs from 1 September 2025 to 31 August 2028",
        "Season 2026/27 runs from 1 September 2026 to 31 August 2027",
        "Seasons run from 1 September to 31 August",
        "(Art. 17.3 c))",
        "(Art. 4.2 e))",
        "replaces the previous Rate Sheet from that day",
        "17.6 Archive recordings",
        "22.3 Notwithstanding Art. 22.2, Article 11.4 of the Lyric Stage Agreement 2021\u20132025",
        "is kept in force",
        "four per cent (4%)",
        "condition of engagement",
        "never used for training",
        '"Includes synthetic voices"',
        "from a machine draft",
        "ninety (90) days",
        "form VM-3",
        "eight (8) bars",
        "15 minutes or part",
        "one per cent (1%) per month",
        "thirty (30) days after the last service",
        "forty-five (45) days",
        "twenty-five per cent (25%) of the original translation fee",
        "27 \u00b0C",
        "protocole d'accord",
    ):
        if needle not in text:
            errors.append(f"{AGREEMENT}: lacks {needle!r}")
    codes = [r[0] for r in make_pdf.ANNEX_ROWS]
    if len(codes) != len(set(codes)) or len(codes) < 25:
        errors.append(f"{AGREEMENT}: Annex A rows are not 25+ distinct codes")
    for label, pages in pdf_readers(os.path.join(DOCS, AGREEMENT)):
        if not 8 <= len(pages) <= 12:
            errors.append(f"{AGREEMENT}: {len(pages)} pages in {label} (want 8-12)")
        _check_running(AGREEMENT, label, pages, errors)
        header = " ".join(make_pdf.ANNEX_HEADER)
        with_header = [i for i, p in enumerate(pages) if header in _flat(p)]
        if len(with_header) != 2 or with_header[1] != with_header[0] + 1:
            errors.append(
                f"{AGREEMENT}: Annex A header row on pages {[i + 1 for i in with_header]} "
                f"in {label} (want two consecutive pages)"
            )
            continue
        first, second = (pages[i] for i in with_header)
        if make_pdf.ANNEX_CONTINUED not in second or make_pdf.ANNEX_CONTINUED in first:
            errors.append(f"{AGREEMENT}: '{make_pdf.ANNEX_CONTINUED}' not on the second page only")
        rows_first = [c for c in codes if re.search(rf"^{re.escape(c)} ", first, re.M)]
        rows_second = [c for c in codes if re.search(rf"^{re.escape(c)} ", second, re.M)]
        if not rows_first or not rows_second or sorted(rows_first + rows_second) != sorted(codes):
            errors.append(
                f"{AGREEMENT}: Annex A rows not split over the two pages in {label} "
                f"({len(rows_first)} + {len(rows_second)} of {len(codes)})"
            )
        for row in make_pdf.ANNEX_ROWS:
            line = " ".join(row)
            if sum(_flat(p).count(line) for p in pages) != 1:
                errors.append(f"{AGREEMENT}: row {row[0]} not printed once as one line ({label})")


def _check_running(name: str, label: str, pages: list[str], errors: list[str]) -> None:
    header = _flat(PDF_HEADER[name])
    for i, page in enumerate(pages, 1):
        flat = _flat(page)
        if header not in flat:
            errors.append(f"{name}: page {i} lacks the running header ({label})")
        if f"Page {i} of {len(pages)}" not in flat:
            errors.append(f"{name}: page {i} lacks 'Page {i} of {len(pages)}' ({label})")


def _rs26_rows() -> dict[str, str]:
    with open(os.path.join(DOCS, RS26), encoding="utf-8") as f:
        page = f.read()
    rows = re.findall(
        r'<tr><th scope="row">([A-Z]+-\d)</th>(?:<td>[^<]*</td>){3}<td class="amt">([^<]*)</td></tr>',
        page,
    )
    return dict(rows)


def _euros(amount: str) -> float:
    digits = re.sub(r"[^\d.,]", "", amount)
    if "," in digits and digits.rfind(",") > digits.rfind("."):
        digits = digits.replace(".", "").replace(",", ".")
    else:
        digits = digits.replace(",", "")
    return float(digits)


def check_rate_sheets(errors: list[str]) -> None:
    rs25 = {r[0]: r[3] for r in make_pdf.RATE_ROWS}
    for code, amount in rs25.items():
        if not ENGLISH_AMOUNT.match(amount):
            errors.append(f"{RS25}: row {code} amount {amount!r} is not English style (€1,284.50)")
    text25 = make_pdf.rate_sheet_text()
    for needle in ("Season 2025/26", "applies from 1 September 2025 to 31 August 2026"):
        if needle not in text25:
            errors.append(f"{RS25}: lacks {needle!r}")
    for label, pages in pdf_readers(os.path.join(DOCS, RS25)):
        _check_running(RS25, label, pages, errors)
    rs26 = _rs26_rows()
    if set(rs26) != set(rs25):
        errors.append(f"{RS26}: row codes differ from {RS25}: {sorted(set(rs26) ^ set(rs25))}")
    for code, amount in rs26.items():
        if not CONTINENTAL_AMOUNT.match(amount):
            errors.append(f"{RS26}: row {code} amount {amount!r} is not continental (1.332,70 €)")
        if code in rs25 and _euros(amount) < round(_euros(rs25[code]) * 1.035, 2):
            errors.append(f"{RS26}: row {code} {amount} is less than 3.5% above {rs25[code]}")
    with open(os.path.join(DOCS, RS26), encoding="utf-8") as f:
        page = f.read()
    norm26 = score.normalise(html_text(page))
    for code, amount in rs25.items():
        if score.contains(norm26, amount):
            errors.append(f"{RS26}: prints last season's {code} amount {amount}")
    for needle in (
        "This Rate Sheet replaces Rate Sheet 2025/26 from 1 September 2026.",
        "Le présent barème remplace le barème 2025-2026 à compter du 1er septembre 2026.",
        "from 1 September 2026 to 31 August 2027",
        "<caption>",
        'scope="col"',
        'scope="row"',
        "<nav",
        'class="breadcrumbs"',
        "<footer",
        'colspan="5"',
    ):
        if needle not in page:
            errors.append(f"{RS26}: lacks {needle!r}")


def check_protocole_and_summary(errors: list[str]) -> None:
    pr = make_docx.protocole_text()
    for needle in (
        "Protocole d'accord n° 1",
        "L'article 17.6 de l'Accord",
        "est abrogé à compter du 1er novembre 2026",
        "trois cent quarante euros (340,00 EUR)",
        "312,50 EUR",
        "60 % du tarif de la ligne T-1",
        "75 % du tarif de la ligne T-1",
        "à compter du 1er janvier 2027",
        "reste payée à 70 %",
        "ne touche pas l'article 22.3",
        "n'a pas d'effet rétroactif",
        "le 9 octobre 2026",
        "30 octobre 2026",
    ):
        if needle not in pr:
            errors.append(f"{PROTOCOLE}: lacks {needle!r}")
    t1 = _euros(_rs26_rows().get("T-1", "0"))
    low = f"{t1 * 0.60:.2f}".replace(".", ",")
    high = f"{math.ceil(round(t1 * 0.75 * 100, 6)) / 100:.2f}".replace(".", ",")
    for value in (f"{t1:.2f}".replace(".", ","), low, high):
        if f"{value} EUR" not in pr:
            errors.append(f"{PROTOCOLE}: lacks {value} EUR (from T-1 = {t1:.2f} in {RS26})")
    try:
        import docx
    except ImportError:
        docx = None
    if docx is not None:
        d = docx.Document(os.path.join(DOCS, PROTOCOLE))
        if len(d.tables) != 1 or len(d.tables[0].rows) != len(make_docx.TABLES[0]):
            errors.append(f"{PROTOCOLE}: not one Word table of {len(make_docx.TABLES[0])} rows")
        s = docx.Document(os.path.join(DOCS, SUMMARY))
        header = " ".join(p.text for p in s.sections[0].header.paragraphs)
        if "EXPIRÉ" not in header:
            errors.append(f"{SUMMARY}: the page header lacks EXPIRÉ")
        if len(s.tables) != 1:
            errors.append(f"{SUMMARY}: not one Word table")
    su = make_docx.summary_text()
    for needle in (
        "EXPIRÉ",
        "a expiré le 31 août 2025",
        "875,00 €",
        "soixante (60) jours",
        "0,5 % par mois",
        "cent quatre-vingts (180) jours",
        "50 % du tarif",
        "Article 11.4",
        "maintenu en vigueur par l'article 22.3",
        "supplément de 4 %",
    ):
        if needle not in su:
            errors.append(f"{SUMMARY}: lacks {needle!r}")


def check_text_docs(errors: list[str]) -> None:
    def read(name: str) -> str:
        with open(os.path.join(DOCS, name), encoding="utf-8") as f:
            return f.read()

    faq = read(FAQ)
    if len(re.findall(r"^### .+", faq, re.M)) < 10:
        errors.append(f"{FAQ}: fewer than ten '### ' question headings")
    minutes = read(MINUTES)
    turns = re.findall(
        r"^[A-ZÉ][\w\u00c0-\u017f-]+ [A-Z][\w\u00c0-\u017f-]+ \([^)]+\) :", minutes, re.M
    )
    if len(turns) < 10:
        errors.append(f"{MINUTES}: fewer than ten speaker turns ({len(turns)})")
    for needle in ("PROCÈS-VERBAL", "12 novembre 2026", "87,3 %", "€ 1.332,70", "€ 23.640,00"):
        if needle not in minutes:
            errors.append(f"{MINUTES}: lacks {needle!r}")
    notice = read(NOTICE)
    for needle in (
        "NOTICE No. 2026-07",
        "Date: 16 November 2026",
        "From: ",
        "Subject: ",
        "MT-2",
        "fifteen (15) working days",
    ):
        if needle not in notice:
            errors.append(f"{NOTICE}: lacks {needle!r}")
    side = read(SIDE)
    for needle in ("below 15 °C or above 31 °C", "€29.50", "€41.50", "€310.00", "Season 2026/27"):
        if needle not in side:
            errors.append(f"{SIDE}: lacks {needle!r}")
    hall = read(HALL)
    for needle in ("<nav>", "<footer>", "Season 2026/27", "20% off", "per performance"):
        if needle not in hall:
            errors.append(f"{HALL}: lacks {needle!r}")
    with open(os.path.join(DOCS, PIANOS), "rb") as f:
        raw = f.read()
    if b"\xe9" not in raw or b"\x80" not in raw:
        errors.append(f"{PIANOS}: lacks the single bytes E9 (é) and 80 (€)")
    if b"\r\n" not in raw or raw.count(b"\n") != raw.count(b"\r\n"):
        errors.append(f"{PIANOS}: line ends are not all CRLF")
    try:
        raw.decode("utf-8")
        errors.append(f"{PIANOS}: decodes as UTF-8 (it must be Windows-1252)")
    except UnicodeDecodeError:
        pass
    if raw.decode("cp1252").replace("\r\n", "\n") != make_notice.NOTICE:
        errors.append(f"{PIANOS}: differs from make_notice.py; rebuild")


def check_spellings(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    corpus = "\n".join(text for vs in doc_views.values() for _, text, _ in vs)
    if any(c in corpus for c in "$\u00a3") or re.search(r"\b(CHF|CAD)\b", corpus):
        errors.append("a document contains $, £, CHF or CAD (this set is in euros)")
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
            if '"eval/union-q/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-q/score.py not in ruff's extend-exclude")


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

    for name in (AGREEMENT, RS25, PROTOCOLE, SUMMARY):
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

    for name in (RS26, FAQ, SIDE, NOTICE, MINUTES, HALL, PIANOS):
        if name not in doc_views:
            errors.append(f"{name} missing")
    if not errors:
        check_agreement(errors)
        check_rate_sheets(errors)
        check_protocole_and_summary(errors)
        check_text_docs(errors)
    check_glued(doc_views, errors)
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
