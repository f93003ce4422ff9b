#!/usr/bin/env python3
"""Check the union-r set itself: questions.json against docs/ (no project needed).

    python3 eval/union-r/check_set.py                      # stdlib; PDF and DOCX in the generators' text
    /work/main/.venv/bin/python eval/union-r/check_set.py  # also python-docx, pdfplumber and pypdf

Checks:
- the fields and values of every question, ids ur-001.. in order, counts per kind and
  language, no duplicate question, no newline in a question;
- that every expected source exists, and that every must_include element occurs, after the
  scorer's normalisation (score.normalise / score.contains), in at least one expected
  source, in EVERY view of it: HTML without tags and raw; the school's fee list decoded as
  Windows-1252; other text as UTF-8; the two DOCX in the generator's text (make_docx.py),
  in word/document.xml read with zipfile and, when importable, through python-docx
  (paragraphs and table cells); the two PDFs in the generator's text (make_pdf.py) and,
  when importable, through pdfplumber AND through pypdf;
- that no rupee amount or percentage is glued to a neighbour: every amount printed next to
  "Rs" in a document ("Rs 3,750.00", "2 940,00 Rs" with U+00A0, "600 Rs" with U+202F,
  "Rs 9 850") and every percentage is found, after normalisation and at digit
  boundaries, in every view of that document;
- that the built DOCX and PDFs hold their generators' words (rebuild if not), and the cp1252
  fee list its generator's text;
- the agreement PDF: 8-12 pages, running header and "Page N of M" on every page, articles
  Art. 1 to Art. 20 and "Article 12bis", sub-articles and lettered items cited
  "Art. 9.3 c)", broadcast years from 1 July, Art. 12.7 (to be deleted), Art. 12.4 (to be
  extended) and Art. 19.3 (kept in force); Schedule B's table runs over two consecutive
  pages with its header row repeated under "Schedule B (continued)", every row printed
  once as one line;
- the Rate Schedule 2025/26 (PDF): English-style amounts ("Rs 2,850.00"), validity 1 July
  2025 - 30 June 2026; the Barème 2026-2027 (DOCX): the replacement statement in French and
  English, the same row codes, French amounts with no-break spaces ("2 940,00 Rs"), every
  fee at least 3 % above last year's (Art. 6.2), no 2025/26 figure in it, every row from
  01/07/2026 except row S-3, which has two rows with their own dates;
- the avenant: Art. 12.7 deleted from 1er novembre 2026, AI-5 in words and figures and its
  old amount equal to Schedule B's, AI-2 equal to Schedule B's, the moratorium extended
  from 31 décembre 2026 to 30 juin 2028, Art. 12bis and 19.3 unchanged, no retroactivity,
  its Word table;
- the side letter's rowspan groups, caption, scopes, nav, breadcrumbs, footer and no-break
  spaces; the FAQ's "### " headings and narrow no-break spaces; the minutes' speaker turns
  and the rejected proposal; the notice's headers; the expired summary's EXPIRED banner and
  old terms; the school list's encoding (single bytes E9, A0 and 92, CRLF, not UTF-8);
- the rupee, percentage, broadcast-year and date spellings; no $, €, £, CHF, CAD, EUR, USD;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- that no must_not_include string also satisfies a must_include element, that every
  non-adversarial question's traps include one that occurs in a document, and that the
  rejected one-time fee is a trap of the question on the avatar's monthly fee;
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
PREFIX = "ur"
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
N_DOCS = 11
SIZE = (2000, 25000)
SEP = "[ ,.\u00a0\u202f]?"

OOS_ABSENT = {
    "ur-048": [r"pension", r"retraite", r"\bretirement\b", r"superannuation"],
    "ur-049": [r"commission", r"\bagents?\b", r"impr[ée]sario"],
    "ur-050": [
        r"wardrobe",
        r"garde-robe",
        r"vestimentaire",
        r"clothing",
        r"clothes",
        r"\bcostumes?\b",
        r"habillement",
        r"\btenues?\b",
    ],
    "ur-051": [
        r"\btax(es|able|ation)?\b",
        r"imp[ôo]ts?\b",
        r"imposable",
        r"fiscal",
        r"\btva\b",
        r"\bvat\b",
    ],
    "ur-052": [r"parking", r"stationnement", r"car park", r"\bgarer\b"],
    "ur-053": [r"insur", r"assuranc", r"mutuelle"],
    "ur-054": [r"maternit", r"parental", r"pregnan", r"grossesse", r"cong[ée] de naissance"],
    "ur-055": [r"2028[-/](20)?29"],
    "ur-056": [r"\bDJs?\b", r"bo[îi]te de nuit", r"nightclub", r"discoth"],
    "ur-057": [r"unemploy", r"ch[ôo]mage", r"jobless", r"jobseek"],
    "ur-058": [rf"7{SEP}777"],
    "ur-059": [rf"99{SEP}999"],
    "ur-060": [rf"2{SEP}500{SEP}000\b"],
}

AGREEMENT = "tbau-on-air-agreement-2025-2028.pdf"
RS25 = "tbau-rate-schedule-2025-26.pdf"
BAREME = "bareme-cachets-2026-2027-rate-schedule.docx"
AVENANT = "avenant-no-1-accord-antenne-2026.docx"
SIDE = "side-letter-1-arenalive-live-event-streams.html"
FAQ = "saat-faq-membres.md"
NOTICE = "tbau-notice-2026-14-ai-dubbing-pilot.txt"
MINUTES = "pv-assemblee-generale-extraordinaire-2026-11-19.txt"
EXPIRED = "summary-on-air-agreement-2021-2025-expired.md"
ADS = "canal-lagon-corail-fm-advertising-rates-2026-27.html"
SCHOOL = "imaj-frais-de-formation-exercice-2026-2027.txt"
PDF_TEXT = {AGREEMENT: make_pdf.agreement_text, RS25: make_pdf.rate_schedule_text}
PDF_HEADER = {AGREEMENT: make_pdf.RUNNING_HEADER, RS25: make_pdf.RATE_SCHEDULE_HEADER}
DOCX_TEXT = {BAREME: make_docx.bareme_text, AVENANT: make_docx.avenant_text}
CP1252_FILES = {SCHOOL}
ONLY_FR_QUESTIONS = {NOTICE}  # an English document answered only by French questions
ONLY_EN_QUESTIONS = {MINUTES}  # a French document answered only by English questions
REJECTED_FEE = "95,000"  # the employers' one-time avatar fee, rejected on 19 November 2026
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SPELLINGS = {
    "Rs before, comma thousands, decimals (Rs 3,750.00)": r"Rs \d{1,3},\d{3}\.\d\d",
    "Rs before, comma thousands, no decimals (Rs 24,500)": r"Rs \d{1,3},\d{3}(?![.\d])",
    "Rs after, NO-BREAK SPACE thousands, comma decimals (2 940,00 Rs)": "\\d{1,3}\u00a0\\d{3},\\d\\d\u00a0Rs",
    "Rs after, NARROW NO-BREAK SPACE thousands (1 200 Rs)": "\\d{1,3}\u202f\\d{3}\u202fRs",
    "Rs before, NO-BREAK SPACE thousands (Rs 9 850)": "Rs \\d{1,3}\u00a0\\d{3}(?!\\d)",
    "Rs after, plain space thousands (95 000 Rs)": r"\d{1,3} \d{3} Rs",
    "an amount in words (vingt-quatre mille cinq cents roupies)": r"vingt-quatre mille cinq cents roupies",
    "percentage 1,5 %": r"1,5 %",
    "percentage 15%": r"(?<![\d.,])15%",
    "broadcast year 2026/27": r"broadcast year 2026/27",
    "exercice 2026-2027": r"exercice 2026-2027",
    "date 01/07/2026": r"01/07/2026",
    "date 1er juillet 2026": r"1er juillet 2026",
    "date 1 July 2026": r"\b1 July 2026",
}
RUPEE_AMOUNT = re.compile(
    "Rs ?(\\d{1,3}(?:[,\u00a0\u202f ]\\d{3})*(?:[.,]\\d\\d)?)(?!\\d)"
    "|(?<![\\d.,])(\\d{1,3}(?:[,\u00a0\u202f ]\\d{3})*(?:[.,]\\d\\d)?)[ \u00a0\u202f]?Rs\\b"
)
PERCENT = re.compile("(?<![\\d.,])\\d{1,3}(?:[.,]\\d)?[ \u00a0\u202f]?%")
ENGLISH_AMOUNT = re.compile(r"^Rs \d{1,3}(?:,\d{3})*\.\d\d$")
FRENCH_AMOUNT = re.compile("^\\d{1,3}(?:\u00a0\\d{3})*,\\d\\d\u00a0Rs$")


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


def check_glued(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> int:
    """Every rupee amount and percentage printed in a document must survive normalisation."""
    n = 0
    for name, vs in doc_views.items():
        first = vs[0][1]
        amounts = {a for m in RUPEE_AMOUNT.finditer(first) for a in m.groups() if a}
        amounts |= {m.group(0) for m in PERCENT.finditer(first)}
        n += len(amounts)
        for label, _, norm in vs:
            for a in sorted(amounts):
                if not score.contains(norm, a):
                    errors.append(f"{name}: amount {a!r} not found as such in the {label} view")
    return n


def _flat(text: str) -> str:
    return " ".join(text.split())


def _rupees(amount: str) -> float:
    digits = re.sub(r"[^\d.,]", "", amount.replace("\u00a0", "").replace("\u202f", ""))
    if "," in digits and digits.rfind(",") > digits.rfind("."):
        digits = digits.replace(".", "").replace(",", ".")
    else:
        digits = digits.replace(",", "")
    return float(digits)


def check_agreement(errors: list[str]) -> None:
    text = make_pdf.agreement_text()
    for n in range(1, 21):
        if not re.search(rf"^Art\. {n} [A-Z]", text, re.M):
            errors.append(f"{AGREEMENT}: lacks the heading of Art. {n}")
    for needle in (
        "Article 12bis Deepfakes and advertising",
        "12bis.4 When an advertisement",
        "This Agreement runs from 1 July 2025 to 30 June 2028",
        "Broadcast years run from 1 July to 30 June",
        "broadcast year 2026/27 runs from 1 July 2026 to 30 June 2027",
        "(Art. 2.1 b))",
        "under Art. 9.3 c)",
        "replaces the previous Rate Schedule from 1 July of its broadcast year, except a row "
        "that states its own effective date",
        "12.4 Moratorium: no synthetic presenter reads a main bulletin (Art. 2.1 b)) until "
        "31 December 2026",
        "12.7 Recordings made before 1 July 2015",
        "19.3 Notwithstanding Art. 19.2, Article 8.5 of the On-Air Agreement 2021–2025",
        "is kept in force for the term of this Agreement",
        "never a condition of engagement",
        "read live by a human announcer",
        "Synthetic presenter / Présentation de synthèse",
        "for its whole duration",
        "within sixty (60) days",
        "form AI-4",
        "even with consent",
        "within twenty-four (24) hours",
        "secondary feeds",
        "does not exceed 30 °C",
        "twenty-one (21) days",
        "fifteen per cent (15%)",
        "memorandum of amendment (avenant)",
    ):
        if needle not in text:
            errors.append(f"{AGREEMENT}: lacks {needle!r}")
    codes = [r[0] for r in make_pdf.SCHEDULE_ROWS]
    if len(codes) != len(set(codes)) or len(codes) < 25:
        errors.append(f"{AGREEMENT}: Schedule B rows are not 25+ distinct codes")
    for label, pages in pdf_readers(os.path.join(DOCS, AGREEMENT)):
        if not 8 <= len(pages) <= 12:
            errors.append(f"{AGREEMENT}: {len(pages)} pages in {label} (want 8-12)")
        _check_running(AGREEMENT, label, pages, errors)
        header = " ".join(make_pdf.SCHEDULE_HEADER)
        with_header = [i for i, p in enumerate(pages) if header in _flat(p)]
        if len(with_header) != 2 or with_header[1] != with_header[0] + 1:
            errors.append(
                f"{AGREEMENT}: Schedule B header row on pages {[i + 1 for i in with_header]} "
                f"in {label} (want two consecutive pages)"
            )
            continue
        first, second = (pages[i] for i in with_header)
        if make_pdf.SCHEDULE_CONTINUED not in second or make_pdf.SCHEDULE_CONTINUED in first:
            errors.append(
                f"{AGREEMENT}: '{make_pdf.SCHEDULE_CONTINUED}' not on the second page only"
            )
        rows_first = [c for c in codes if re.search(rf"^{re.escape(c)} ", first, re.M)]
        rows_second = [c for c in codes if re.search(rf"^{re.escape(c)} ", second, re.M)]
        if (
            len(rows_first) < 3
            or len(rows_second) < 3
            or sorted(rows_first + rows_second) != sorted(codes)
        ):
            errors.append(
                f"{AGREEMENT}: Schedule B rows not split over the two pages in {label} "
                f"({len(rows_first)} + {len(rows_second)} of {len(codes)})"
            )
        for row in make_pdf.SCHEDULE_ROWS:
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


def check_rate_schedules(errors: list[str]) -> None:
    rs25 = {r[0]: r[3] for r in make_pdf.RATE_ROWS}
    for code, amount in rs25.items():
        if not ENGLISH_AMOUNT.match(amount):
            errors.append(
                f"{RS25}: row {code} amount {amount!r} is not English style (Rs 2,850.00)"
            )
    text25 = make_pdf.rate_schedule_text()
    for needle in (
        "Rate Schedule 2025/26",
        "applies from 1 July 2025 to 30 June 2026 (broadcast year 2025/26)",
        "will replace this one from 1 July 2026",
    ):
        if needle not in text25:
            errors.append(f"{RS25}: lacks {needle!r}")
    for label, pages in pdf_readers(os.path.join(DOCS, RS25)):
        _check_running(RS25, label, pages, errors)
        if not 1 <= len(pages) <= 3:
            errors.append(f"{RS25}: {len(pages)} pages in {label} (want 1-3)")

    rows = make_docx.BAREME_ROWS
    codes = [r[0] for r in rows]
    if set(codes) != set(rs25):
        errors.append(f"{BAREME}: row codes differ from {RS25}: {sorted(set(codes) ^ set(rs25))}")
    if Counter(codes)["S-3"] != 2 or len(codes) != len(set(codes)) + 1:
        errors.append(f"{BAREME}: row S-3 must appear twice (own dates), every other row once")
    for code, _, _, amount, when in rows:
        if not FRENCH_AMOUNT.match(amount):
            errors.append(f"{BAREME}: row {code} amount {amount!r} is not '2 940,00 Rs' (U+00A0)")
        if code in rs25 and _rupees(amount) < round(_rupees(rs25[code]) * 1.03, 2):
            errors.append(f"{BAREME}: row {code} {amount} is less than 3% above {rs25[code]}")
        if code != "S-3" and when != "01/07/2026":
            errors.append(f"{BAREME}: row {code} effective {when!r} (want 01/07/2026)")
    s3 = [r[4] for r in rows if r[0] == "S-3"]
    if s3 != ["du 01/07/2026 au 31/12/2026", "à compter du 01/01/2027"]:
        errors.append(f"{BAREME}: row S-3's own dates are {s3}")
    bar = make_docx.bareme_text()
    norm_bar = score.normalise(bar)
    for code, amount in rs25.items():
        if score.contains(norm_bar, amount):
            errors.append(f"{BAREME}: prints last year's {code} amount {amount}")
    norm25 = score.normalise(text25)
    for code, _, _, amount, _ in rows:
        if score.contains(norm25, amount):
            errors.append(f"{RS25}: prints the 2026-2027 {code} amount {amount}")
    for needle in (
        make_docx.BAREME_REPLACES_FR,
        make_docx.BAREME_REPLACES_EN,
        "du 1er juillet 2026 au 30 juin 2027",
        "sauf la ligne S-3, qui porte sa propre date d'effet",
        "restent payées selon le barème 2025/26",
    ):
        if needle not in bar:
            errors.append(f"{BAREME}: lacks {needle!r}")
    try:
        import docx
    except ImportError:
        return
    d = docx.Document(os.path.join(DOCS, BAREME))
    if len(d.tables) != 1 or len(d.tables[0].rows) != len(rows) + 1:
        errors.append(f"{BAREME}: not one Word table of {len(rows) + 1} rows")


def check_avenant(errors: list[str]) -> None:
    av = make_docx.avenant_text()
    sched = {r[0]: r[3] for r in make_pdf.SCHEDULE_ROWS}
    nb = "\u00a0"
    for needle in (
        "Avenant n° 1",
        "L'article 12.7 de l'Accord",
        "est supprimé à compter du 1er novembre 2026",
        f"vingt-quatre mille cinq cents roupies (24{nb}500,00{nb}Rs)",
        "Les mois d'utilisation antérieurs au 1er novembre 2026 restent payés",
        "Le moratoire de l'article 12.4 est prorogé",
        "jusqu'au 30 juin 2028, au lieu du 31 décembre 2026",
        "ni l'article 12bis",
        "ni l'article 19.3",
        "n'a pas d'effet rétroactif",
        "Signé à Port-Cassian le 2 octobre 2026",
        "le 23 octobre 2026 par 84,6 %",
        "au plus tard le 31 janvier 2027",
    ):
        if needle not in av:
            errors.append(f"{AVENANT}: lacks {needle!r}")
    norm_av = score.normalise(av)
    for code in ("AI-5", "AI-2"):
        if not score.contains(norm_av, sched[code].removeprefix("Rs ")):
            errors.append(f"{AVENANT}: lacks Schedule B's {code} amount {sched[code]}")
    if REJECTED_FEE and score.contains(norm_av, REJECTED_FEE):
        errors.append(f"{AVENANT}: prints the rejected one-time fee")
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
    if "600\u202fRs" not in faq or "1\u202f200\u202fRs" not in faq:
        errors.append(f"{FAQ}: lacks the narrow no-break spaces (600 Rs, 1 200 Rs with U+202F)")
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
            "PROCÈS-VERBAL",
            "19 novembre 2026",
            "95 000 Rs",
            "REJETÉE par 78,4 % des votants",
            "Aucun forfait unique n'est en vigueur",
            "21 janvier 2027",
        ),
    )
    lacks(
        NOTICE,
        read(NOTICE),
        (
            "NOTICE TO MEMBERS No. 2026-14",
            "Date: 9 November 2026",
            "From: ",
            "To: ",
            "Subject: ",
            "form AI-6",
            "ten (10) working days",
            "every Tuesday from 10:00 to 13:00",
        ),
    )
    side = read(SIDE)
    if len(re.findall(r'rowspan="[2-9]"', side)) < 4:
        errors.append(f"{SIDE}: fewer than four rowspan groups")
    lacks(
        SIDE,
        side,
        (
            "<caption>",
            'scope="col"',
            'scope="rowgroup"',
            "<nav",
            'class="breadcrumbs"',
            "<footer>",
            "four (4) hours",
            "from 1 October 2026 to 30 June 2027",
        ),
    )
    if "Rs 6\u00a0480" not in side:
        errors.append(f"{SIDE}: lacks 'Rs 6 480' with a no-break space")
    lacks(
        EXPIRED,
        read(EXPIRED),
        (
            "# EXPIRED",
            "expired on 30 June 2025",
            "forty-five (45) days",
            "Rs 30,000.00",
            "one hundred and eighty (180) days",
            "ten per cent (10%)",
            "Article 8.5",
            "kept in force by Art. 19.3",
        ),
    )
    lacks(ADS, read(ADS), ("<nav>", "<footer>", "broadcast year 2026/27", "Rs 4,500 per mention"))
    with open(os.path.join(DOCS, SCHOOL), "rb") as f:
        raw = f.read()
    for byte, what in ((b"\xe9", "E9 (é)"), (b"\xa0", "A0 (no-break space)"), (b"\x92", "92 (’)")):
        if byte not in raw:
            errors.append(f"{SCHOOL}: lacks the single byte {what}")
    if b"\r\n" not in raw or raw.count(b"\n") != raw.count(b"\r\n"):
        errors.append(f"{SCHOOL}: line ends are not all CRLF")
    try:
        raw.decode("utf-8")
        errors.append(f"{SCHOOL}: decodes as UTF-8 (it must be Windows-1252)")
    except UnicodeDecodeError:
        pass
    if raw.decode("cp1252").replace("\r\n", "\n") != make_notice.NOTICE:
        errors.append(f"{SCHOOL}: differs from make_notice.py; rebuild")


def check_spellings(doc_views: dict[str, list[tuple[str, str, str]]], errors: list[str]) -> None:
    corpus = "\n".join(text for vs in doc_views.values() for _, text, _ in vs)
    if any(c in corpus for c in "$€£") or re.search(r"\b(CHF|CAD|EUR|USD)\b", corpus):
        errors.append("a document contains $, €, £, CHF, CAD, EUR or USD (this set is in rupees)")
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
            if '"eval/union-r/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-r/score.py not in ruff's extend-exclude")


def check_rejected(questions: list[dict], errors: list[str]) -> None:
    """The rejected one-time fee is never an answer: it is a trap of the monthly-fee question."""
    for q in questions:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                if score.contains(score.normalise(alt), REJECTED_FEE):
                    errors.append(f"{q['id']}: the rejected fee {REJECTED_FEE} is in must_include")
    if not any(REJECTED_FEE in q["must_not_include"] and "AI-4" in q["notes"] for q in questions):
        errors.append(f"no question on the avatar's monthly fee (AI-4) traps {REJECTED_FEE}")


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

    for name in (AGREEMENT, RS25, BAREME, AVENANT):
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

    for name in (SIDE, FAQ, NOTICE, MINUTES, EXPIRED, ADS, SCHOOL):
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
