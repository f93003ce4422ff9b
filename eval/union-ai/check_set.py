#!/usr/bin/env python3
"""Check the union-ai set itself: questions.json against docs/ (no project needed).

    python3 eval/union-ai/check_set.py                      # stdlib; PDFs in the generator's text
    /work/main/.venv/bin/python eval/union-ai/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields of every question (in union-b's order), ids uai-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .md .txt, 2,000-25,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation (score.normalise / score.contains), in EVERY view of at least one expected
  source: PDFs in the generator's text, through pdfplumber AND through pypdf; DOCX in the
  generator's text, through zipfile (the accepted text of word/document.xml, w:ins kept and
  w:delText dropped, text boxes and content controls included, plus word/footnotes.xml)
  AND through python-docx (each body paragraph's XML text, text boxes and content
  controls included, the tables, the footnotes part reached through the package); HTML
  without tags (style and script dropped, <wbr> joined) AND raw; the pay statement decoded
  from UTF-16; the hire list from UTF-8 with its BOM; other text as UTF-8;
- the accepted forms: stable under normalisation, no bare number of fewer than three
  digits, a bare number never a percentage in an expected source, no trap matching a
  must_include alternative; every trap (but pings and injected figures) found in some
  document;
- adversarial questions: a ping in the question, @everyone and @here and exactly one
  injected figure in must_not_include, the figure in the question and in no document;
- multi-doc: 2+ sources and 2+ elements, no single source view holding every element;
- cross-lingual: no source in the question's language, and the answer's patterns
  (XL_ABSENT) in no non-distractor document of the question's language; other answerable
  questions have a source in their language;
- out-of-scope (and adversarial injected figures): the terms of OOS_ABSENT in no document,
  in any view;
- member shorthand in each language, three or more noted typos present in their question;
- the amounts: every lira amount of a document ("₺9.640,00", "9.640,00 TL",
  "TRY 9,640.00", "9 640,00 ₺" and "3 140,00 livres" with U+202F, "₺1,25 bin",
  "₺2,4 milyon", the range's ends, "75 kuruş", "75 kr.") and every percentage ("%20",
  "20 %", "20%") found, after normalisation and at digit boundaries, in every view of its
  document; no amount that reads inside another of a different value; no number made by a
  reader or the normaliser (text documents: no digit, ASCII white space or tab and three
  digits in a row, comma thousands only in the TRY export; PDFs and DOCX: every number a
  reader gives is one of the generator's, the footers added);
- the spellings of money, percentages and dates (SPELLINGS, some exactly once), no other
  currency, "bin", "milyon", kuruş, the sign-first percentage and dd.mm explained, the
  2027-28 season defined once;
- the non-money look-alikes exist and no amount pattern reads them;
- the rejected buy-out only in the summary, never in must_include, a trap of the motion
  library question;
- the traps and rules of time: the interim rates in the agreement and struck on the rates
  page, the award's figures, the misprint and the erratum's sentence, the suspension and
  reinstatement sentence, "first pay week after ratification" (summary) and the
  ratification date (bulletin only), kept and dropped clauses, the example figure only in
  the bulletin's fenced code block, the hidden old rate only in its CSS-hidden span;
- the layouts: the agreement (3+ pages, two columns of text on the clause pages, words
  hyphenated at line ends and read so by both readers, ligature glyphs U+FB01 and U+FB02
  read by pypdf (pdfplumber expands them to "fi" and "fl"), the footer "page N of M" and "© 2026" on every page, Table 3's role
  labels merged over their rows: pdfplumber reads a multi-row role on a line of its own);
  the rate card (one page, no ruling lines, the commas of the amounts at one x, markers
  ¹ ² ³ after figures and the notes under the table); the erratum (one page, the
  correction); the summary (automatic numbering in numbering.xml, "%1.%2", no clause
  number in the text, the award's rate only in a w:txbxContent, the condition in
  footnotes.xml, the effective date in a w:sdt date picker, the scan fee split across
  three runs of different formatting, python-docx's Paragraph.text missing the text box
  and the content control); the French notice (the suspension sentence); the rates page
  (a layout table holding the rate table with caption and colgroup, <s> and <del> beside
  <ins>, the hidden class in a <style> block, &shy; and <wbr>, <sup> markers); the FAQ
  (a <dl> of 8+ dt / dd pairs); the bulletin (reference footnotes [^1] [^2] with the
  45 cm condition, a fenced code block, a nested list, a table whose last column is
  empty); the chat (the export's line format, an edited message and its earlier version,
  a multi-line message, emoji, a member repeating the interim figure after the steward's
  correction); the pay statement (UTF-16 LE with a BOM, not UTF-8, CRLF, tab columns, one
  negative, the total adds up); the hire list (UTF-8 with a BOM, CRLF only); distractors
  naming neither party and sharing no amount with the set;
- that the built PDFs and DOCX are byte for byte what their generators make now and hold
  their words, and the make_notice.py files their generator's bytes;
- that score.py is the relative link ../union-c/score.py and is excluded from ruff;
- every non-distractor document used by a question, no distractor used.
Exit 1 on any error.
"""

from __future__ import annotations

import html.parser
import json
import os
import re
import sys
import unicodedata
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
FIELDS = make_questions.FIELDS
PREFIX = "uai"
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
NNB = "\u202f"

M = make_questions
AGREEMENT, RATECARD, SUMMARY, RATES, CHAT = M.AGREEMENT, M.RATECARD, M.SUMMARY, M.RATES, M.CHAT
ERRATUM, NOTICE, FAQ, BULLETIN, PAY = M.ERRATUM, M.NOTICE, M.FAQ, M.BULLETIN, M.PAY
HIRE, FESTIVAL = M.HIRE, M.FESTIVAL
DISTRACTORS = {HIRE, FESTIVAL}
PDF_TEXT = {
    AGREEMENT: make_pdf.agreement_text,
    RATECARD: make_pdf.ratecard_text,
    ERRATUM: make_pdf.erratum_text,
}
DOCX_TEXT = {SUMMARY: make_docx.summary_text, NOTICE: make_docx.notice_text}
REJECTED_HOMES = {SUMMARY}
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_NS = "{" + W_URI + "}"

DOC_LANGUAGE = {
    AGREEMENT: "en",
    RATECARD: "en",
    SUMMARY: "en",
    RATES: "en",
    CHAT: "en",
    HIRE: "en",
    ERRATUM: "fr",
    NOTICE: "fr",
    FAQ: "fr",
    BULLETIN: "fr",
    PAY: "fr",
    FESTIVAL: "fr",
}

# out-of-scope questions: their key terms are in no document (any view, NFC, case-insensitive);
# adversarial questions: their injected figure is in no document
OOS_ABSENT = {
    "uai-048": [r"\bpensions?\b", r"\bretirement", r"\bretraite"],
    "uai-049": [r"\bchild", r"\bminors?\b", r"\benfants?\b", r"\bmineurs?\b", r"\b12 year"],
    "uai-050": [r"latex", r"allerg"],
    "uai-051": [
        r"dental",
        r"dentist",
        r"dentaire",
        r"\bteeth\b",
        r"\btooth",
        r"\bfangs?\b",
        r"\bcrocs\b",
    ],
    "uai-052": [
        r"hearing",
        r"ear ?plugs?",
        r"\bnoise",
        r"decibel",
        r"auditi",
        r"bouchons? d'oreille",
    ],
    "uai-053": [
        r"merch",
        r"royalt",
        r"\btoys?\b",
        r"\bjouets?\b",
        r"redevance",
        r"figurine",
        r"action figure",
    ],
    "uai-054": [r"cotisation", r"\bdues\b"],
    "uai-055": [
        r"étranger",
        r"abroad",
        r"\bavion",
        r"indemnités? journalières?",
        r"per diem",
        r"passeport",
        r"passport",
    ],
    "uai-056": [
        r"\banimals?\b",
        r"\banimaux\b",
        r"\bchevaux\b",
        r"\bchiens?\b",
        r"\bhorses?\b",
        r"\bdogs?\b",
    ],
    "uai-057": [r"concepteur", r"conceptrice", r"\bdesigners?\b", r"honoraires", r"costumi[eè]re?"],
    "uai-058": [r"7[.,\u202f ]?777"],
    "uai-059": [r"3[.,\u202f ]?333"],
    "uai-060": [r"%\s?60\b", r"\b60\s?%"],
}

# cross-lingual questions: their answer is in no (non-distractor) document of the
# question's language
XL_ABSENT = {
    "uai-032": [r"\b16 h\b", r"\b4 ?pm\b", r"Tuesday to Saturday"],
    "uai-033": [r"1[ ,.\u202f]?406"],
    "uai-034": [r"April 2027", r"1 April", r"avril", r"suspen"],
    "uai-035": [r"PRD-2027-031"],
    "uai-036": [r"DC-7"],
    "uai-037": [r"18[ .\u202f]?900"],
    "uai-038": [r"25 kg"],
    "uai-039": [r"6[ .\u202f]?300"],
}

SPELLINGS = {
    "the symbol first with dots (₺9.640,00)": r"₺\d{1,3}\.\d{3},\d\d",
    "the code after (9.640,00 TL)": r"\d,\d\d TL\b",
    "the bank export (TRY 9,640.00)": r"TRY \d{1,3},\d{3}\.\d\d",
    "the French spelling (9 640,00 ₺)": r"\d\u202f\d{3},\d\d\u00a0₺",
    "livres": r"\d,\d\d livres\b",
    "kuruş": r"\b75 kuruş",
    "kr.": r"\b75 kr\.",
    "bin": r"₺1,25 bin\b",
    "milyon": r"₺2,4 milyon\b",
    "the range": r"₺600–750\b",
    "the leading minus": r"-₺125,00",
    "the brackets": r"\(125,00 TL\)",
    "%20": r"%20\b",
    "20 %": r"\b20\u00a0%",
    "20%": r"\b20%",
    "twenty per cent": r"twenty per cent",
    "vingt pour cent": r"vingt pour cent",
    "1 March 2027": r"\b1 March 2027\b",
    "March 1st, 2027": r"\bMarch 1st, 2027\b",
    "1st March 2027": r"\b1st March 2027\b",
    "1.3.2027": r"(?<![\d.])1\.3\.2027\b",
    "01.03.27": r"\b01\.03\.27\b",
    "2027-03-01": r"\b2027-03-01\b",
    "1er mars 2027": r"\b1er mars 2027\b",
    "mars 2027 (month only)": r"(?<!1er )(?<!\d )\bmars 2027\b",
    "du 1er au 31 mars": r"\bdu 1er au 31 mars\b",
    "Q2 2027": r"\bQ2 2027\b",
    "the 2027-28 season defined": r"\"the 2027–28 season\" means 1 September 2027 to 31 August 2028",
}
ONCE = {
    "the bank export (TRY 9,640.00)",
    "kr.",
    "bin",
    "milyon",
    "the range",
    "the leading minus",
    "the brackets",
    "twenty per cent",
    "vingt pour cent",
    "Q2 2027",
    "the 2027-28 season defined",
}
EXPLAINED = [
    (CHAT, r'"bin" is Turkish for thousand'),
    (SUMMARY, r"milyon means million"),
    (PAY, r"le jour, puis le mois"),
    (AGREEMENT, r"One lira is 100 kuruş"),
    (AGREEMENT, r"sign before the number, as in %20"),
    (CHAT, r"Dates are day/month/year"),
]
NON_MONEY = [
    "38 kg",
    "4,5 kg",
    "32 °C",
    "Stage 9",
    "CR-1250",
    "Form DC-7",
    "PRD-2027-031",
    "041-552-7310",
    "© 2026",
]

_DOT = r"\d{1,3}(?:\.\d{3})*,\d\d"
AMOUNTS = [
    re.compile(rf"(?<![\d.,])-?₺({_DOT})(?!\d| bin| milyon)"),
    re.compile(rf"(?<![\d.,])\(?({_DOT}) TL\b"),
    re.compile(r"TRY (\d{1,3}(?:,\d{3})*\.\d\d)(?!\d)"),
    re.compile(r"(?<![\d.,])(\d{1,3}(?:\u202f\d{3})*,\d\d)[\u00a0 ](?:₺|livres)"),
    re.compile(r"₺(\d+,\d+ (?:bin|milyon))\b"),
    re.compile(r"₺(\d+)–\d+\b"),
    re.compile(r"₺\d+–(\d+)\b"),
    re.compile(r"\b(\d+ (?:kuruş|kr\.))"),
]
PERCENT = re.compile(r"(?<![\d.,%])(?:%\d{1,3}\b|\d{1,3}[\u00a0 ]?%)")
BARE_INTEGER = re.compile(r"^\d+$")
BARE_NUMBER = re.compile(r"^\d[\d.]*$")
NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")

# ----------------------------------------------------------------------------------------
# Reading the documents
# ----------------------------------------------------------------------------------------


class _Text(html.parser.HTMLParser):
    """Text without tags (script and style dropped); `browser=True` also drops what a
    browser does not show here (elements of class "old")."""

    def __init__(self, browser: bool = False) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.stack: list[bool] = []
        self.browser = browser

    def handle_starttag(self, tag, attrs):
        hide = tag in ("script", "style") or (
            self.browser and "old" in (dict(attrs).get("class") or "").split()
        )
        self.stack.append(hide or bool(self.stack and self.stack[-1]))

    def handle_endtag(self, tag):
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]):
            self.parts.append(data)


_VOID = {"meta", "br", "img", "input", "link", "hr", "col"}


def html_text(raw: str, browser: bool = False) -> str:
    p = _Text(browser)
    raw = re.sub(r"<wbr\s*/?>", "", raw)  # a line-break opportunity, not a space
    void = "|".join(sorted(_VOID))
    p.feed(re.sub(rf"<(?:{void})\b[^>]*>", " ", raw))
    return " ".join(p.parts)


def _modules():
    out = []
    for name in ("pdfplumber", "pypdf", "docx", "fpdf"):
        try:
            out.append(__import__(name))
        except ImportError:
            out.append(None)
    return out


PDFPLUMBER, PYPDF, DOCX, FPDF = _modules()
_PDF_CACHE: dict[str, list[tuple[str, list[str]]]] = {}


def pdf_pages(name: str) -> list[tuple[str, list[str]]]:
    if name in _PDF_CACHE:
        return _PDF_CACHE[name]
    path = os.path.join(DOCS, name)
    out = []
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(path) as pdf:
            out.append(("pdfplumber", [p.extract_text() or "" for p in pdf.pages]))
    if PYPDF is not None:
        out.append(("pypdf", [p.extract_text() or "" for p in PYPDF.PdfReader(path).pages]))
    _PDF_CACHE[name] = out
    return out


def docx_part(path: str, part: str) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(part).decode("utf-8")


def docx_parts(path: str) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return z.namelist()


def _accepted_lines(xml: str) -> list[str]:
    """One line per top-level w:p: every w:t under it (text boxes, content controls and
    insertions included); w:delText is not w:t, so deletions drop out."""
    root = ElementTree.fromstring(xml)
    nested = {id(q) for p in root.iter(f"{W_NS}p") for q in p.iter(f"{W_NS}p") if q is not p}
    return [
        "".join(e.text or "" for e in p.iter(f"{W_NS}t"))
        for p in root.iter(f"{W_NS}p")
        if id(p) not in nested
    ]


def docx_zip_text(path: str) -> str:
    lines = _accepted_lines(docx_part(path, "word/document.xml"))
    if "word/footnotes.xml" in docx_parts(path):
        lines += _accepted_lines(docx_part(path, "word/footnotes.xml"))
    return "\n".join(lines)


def _deep(p) -> str:
    """A python-docx paragraph's text from its XML: text boxes and content controls in it
    included (Paragraph.text skips both)."""
    return "".join(t.text or "" for t in p._p.iter(f"{W_NS}t"))


def docx_python_docx(path: str) -> str | None:
    if DOCX is None:
        return None
    d = DOCX.Document(path)
    lines = [_deep(p) for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            lines.append(" | ".join(c.text for c in row.cells))
    for rel in d.part.rels.values():
        if rel.reltype.endswith("/footnotes"):
            lines += _accepted_lines(rel.target_part.blob.decode("utf-8"))
    return "\n".join(lines)


def views(name: str) -> tuple[list[tuple[str, str]], list[str]]:
    path = os.path.join(DOCS, name)
    warnings: list[str] = []
    if name.endswith(".pdf"):
        out = [("generator", PDF_TEXT[name]())]
        readers = pdf_pages(name)
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
    if name == PAY:
        return [("utf-16", raw.decode("utf-16"))], warnings
    text = raw.decode("utf-8-sig")
    if name.endswith(".html"):
        return [("html-text", html_text(text)), ("raw", text)], warnings
    return [("text", text)], warnings


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _value(a: str) -> str:
    """The kuruş of an amount, whatever its spelling: '9.640,00', '9 640,00' (U+202F),
    '9,640.00' -> '964000'; words ('bin', 'milyon', 'kuruş', 'kr.') are their own value."""
    a = _nfc(a).replace(NB, " ").replace(NNB, " ")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})*\.\d\d", a):
        return a.replace(",", "").replace(".", "")
    if re.fullmatch(r"\d{1,3}(?:[. ]\d{3})*,\d\d", a):
        return re.sub(r"[. ,]", "", a)
    if re.fullmatch(r"\d+", a):
        return a + "00"
    return a


def _read(name: str) -> str:
    with open(os.path.join(DOCS, name), "rb") as f:
        raw = f.read()
    return raw.decode("utf-16") if name == PAY else raw.decode("utf-8-sig")


# ----------------------------------------------------------------------------------------
# Questions
# ----------------------------------------------------------------------------------------


def check_forms(qid: str, q: dict, src_norms: list[str], errors: list[str]) -> None:
    for el in q.get("must_include", []):
        for alt in score.alternatives(el):
            n = score.normalise(alt)
            if not n or score.normalise(n) != n:
                errors.append(f"{qid}: must_include {alt!r} is not stable under normalisation")
            if BARE_INTEGER.match(n) and len(n) < 3:
                errors.append(f"{qid}: must_include {alt!r} is a bare number of < 3 digits")
            if BARE_NUMBER.match(n) and not n.endswith("%"):
                for norm in src_norms:
                    if score.contains(norm, n + "%") or score.contains(norm, "%" + n):
                        errors.append(f"{qid}: must_include {alt!r} is a percentage in a source")
                        break
    for bad in q.get("must_not_include", []):
        for el in q.get("must_include", []):
            for alt in score.alternatives(el):
                na, nb = score.normalise(alt), score.normalise(bad)
                if na == nb or score.contains(na, bad) or score.contains(nb, alt):
                    errors.append(f"{qid}: must_not_include {bad!r} matches must_include {alt!r}")


def check_question(q: dict, doc_views: dict, trap_norms: list[str], errors: list[str]) -> None:
    qid = q.get("id", "?")
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
    if q.get("kind") == "out-of-scope" and (
        src or q.get("must_include") or q.get("must_not_include")
    ):
        errors.append(f"{qid}: out-of-scope with sources, must_include or must_not_include")
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
        fake = [b for b in q.get("must_not_include", []) if not b.startswith("@")]
        if len(fake) != 1:
            errors.append(f"{qid}: adversarial question without exactly one injected figure")
        elif not score.contains(score.normalise(q["question"]), fake[0]):
            errors.append(f"{qid}: the injected figure {fake[0]!r} is not in the question")
        elif any(score.contains(norm, fake[0]) for norm in trap_norms):
            errors.append(f"{qid}: the injected figure {fake[0]!r} occurs in a document")
    if q.get("kind") == "multi-doc":
        if len(src) < 2 or len(q.get("must_include", [])) < 2:
            errors.append(f"{qid}: multi-doc question with < 2 sources or < 2 elements")
        loose = [
            s
            for s in src
            if s in doc_views
            and any(
                all(score.element_present(norm, el) for el in q.get("must_include", []))
                for _, _, norm in doc_views[s]
            )
        ]
        if loose:
            errors.append(f"{qid}: multi-doc elements all found in a view of {loose}")
    for s in src:
        if s not in doc_views:
            errors.append(f"{qid}: expected source {s} not in docs/")
        if s in DISTRACTORS:
            errors.append(f"{qid}: the distractor {s} is an expected source")
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
        for alt in score.alternatives(el):  # EVERY accepted form, in EVERY view of a source
            homes = [
                s
                for s in src
                if s in doc_views and all(score.contains(norm, alt) for _, _, norm in doc_views[s])
            ]
            if not homes:
                missing = {
                    s: [
                        lab
                        for lab, _, norm in doc_views.get(s, [])
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
    if q.get("kind") not in ("adversarial", "out-of-scope"):
        for b in traps:
            if not any(score.contains(norm, b) for norm in trap_norms):
                errors.append(f"{qid}: the trap {b!r} occurs in no document")
    for pattern in OOS_ABSENT.get(qid, []):
        for name, vs in doc_views.items():
            for label, text, _ in vs:
                if re.search(pattern, _nfc(text), re.I):
                    errors.append(f"{qid}: {pattern!r} occurs in {name} ({label})")
    for pattern in XL_ABSENT.get(qid, []):
        for name, vs in doc_views.items():
            if DOC_LANGUAGE.get(name) != q.get("language") or name in DISTRACTORS:
                continue
            for label, text, _ in vs:
                if re.search(pattern, _nfc(text), re.I):
                    errors.append(
                        f"{qid}: cross-lingual answer {pattern!r} found in {name} ({label})"
                    )


def check_wording(questions: list[dict], errors: list[str]) -> None:
    for lang, words in (
        ("en", ["rn", "w/", "pls", "OT", "gig", "tbh", "idk", "bg", "asap", "fyi", "hrs", "mins"]),
        ("fr", ["svp", "c", "ajd", "qd", "tjrs", "pcq", "bcp", "stp", "mtn"]),
    ):
        text = " ".join(q["question"] for q in questions if q["language"] == lang)
        for word in words:
            if not re.search(rf"(?<![\w/]){re.escape(word)}(?![\w/])", text):
                errors.append(f"no {lang} question uses the shorthand {word!r}")
    if sum("Typo:" in q["notes"] for q in questions) < 3:
        errors.append("fewer than three questions with a typo noted")
    for q in questions:
        m = re.search(r"Typo: ([\w']+)", q["notes"])
        if m and not re.search(rf"\b{re.escape(m.group(1))}\b", q["question"]):
            errors.append(f"{q['id']}: noted typo {m.group(1)!r} is not in the question")


# ----------------------------------------------------------------------------------------
# Amounts, spellings, look-alikes, joined numbers
# ----------------------------------------------------------------------------------------


def doc_amounts(text: str) -> set[str]:
    found = {m.group(1) for rx in AMOUNTS for m in rx.finditer(text)}
    return found | {m.group(0) for m in PERCENT.finditer(text)}


def check_amounts(doc_views: dict, errors: list[str]) -> tuple[int, set[str]]:
    n = 0
    every: set[str] = set()
    for name, vs in doc_views.items():
        amounts = doc_amounts(_nfc(vs[0][1]))
        if not amounts and name != NOTICE:
            errors.append(f"{name}: no amount found")
        n += len(amounts)
        every |= {a for a in amounts if "%" not in a}
        for label, _, norm in vs:
            for a in sorted(amounts):
                if not score.contains(norm, a):
                    errors.append(f"{name}: amount {a!r} not found as such in the {label} view")
    spelled = sorted(every)
    for a in spelled:
        for b in spelled:
            if _value(a) != _value(b) and score.contains(score.normalise(b), a):
                errors.append(f"the amount {a!r} reads inside the amount {b!r}")
    return n, every


def check_joined(doc_views: dict, errors: list[str]) -> None:
    ws = re.compile(r"\d[ \t\r\n\f\v]+\d{3}(?!\d)")
    comma = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?:\.\d\d)?")
    for name, vs in doc_views.items():
        if name.endswith((".pdf", ".docx")):
            gen = set(NUMBER_TOKEN.findall(vs[0][2]))
            if name == AGREEMENT:
                for _label, pages in pdf_pages(name):
                    for i in range(1, len(pages) + 1):
                        footer = make_pdf.FOOTER.format(n=i).replace("{nb}", str(len(pages)))
                        gen |= set(NUMBER_TOKEN.findall(score.normalise(footer)))
            if name == ERRATUM:
                gen |= set(NUMBER_TOKEN.findall(score.normalise(make_pdf.E_FOOTER)))
            for label, _, norm in vs[1:]:
                extra = sorted(set(NUMBER_TOKEN.findall(norm)) - gen)
                if extra:
                    errors.append(
                        f"{name}: the {label} view has numbers the document lacks: {extra[:6]}"
                    )
            continue
        for label, text, _ in vs:
            if label == "raw" and name.endswith(".html"):
                continue
            for m in ws.finditer(_nfc(text)):
                ctx = text[max(0, m.start() - 25) : m.end() + 10].replace("\n", "⏎")
                errors.append(f"{name}: numbers joined in the {label} view: {ctx!r}")
            for m in comma.finditer(_nfc(text)):
                ctx = text[max(0, m.start() - 15) : m.end() + 5]
                if "TRY " + m.group(0) not in text:
                    errors.append(f"{name}: comma thousands outside the bank export: {ctx!r}")


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    corpus = "\n".join(_nfc(vs[0][1]) for vs in doc_views.values())
    if re.search(r"[$€£¥]", corpus) or re.search(
        r"\b(USD|EUR|GBP|SEK|NOK|DKK|dollars?|euros?|pounds?|francs?|kronor|kroner)\b", corpus
    ):
        errors.append("a document names another currency")
    if len(re.findall(r"\bkr\b", corpus)) != 1:
        errors.append("'kr' is written more or less than once")
    for label, pattern in SPELLINGS.items():
        n = len(re.findall(pattern, corpus))
        if not n:
            errors.append(f"nothing written as {label}")
        elif label in ONCE and n != 1:
            errors.append(f"{label} is written {n} times (want once)")
    for doc, pattern in EXPLAINED:
        if not re.search(pattern, _nfc(doc_views[doc][0][1])):
            errors.append(f"{doc}: {pattern!r} is not explained there")


def check_non_money(doc_views: dict, errors: list[str]) -> None:
    corpus = _nfc("\n".join(vs[0][1] for vs in doc_views.values()))
    for item in NON_MONEY:
        if item not in corpus:
            errors.append(f"the look-alike {item!r} is in no document")
        if doc_amounts(item):
            errors.append(f"an amount pattern reads the look-alike {item!r}")


def check_rejected(questions: list[dict], doc_views: dict, errors: list[str]) -> None:
    forms = M.REJECTED_FORMS
    for name, vs in doc_views.items():
        has = any(score.contains(norm, f) for _, _, norm in vs for f in forms)
        if name in REJECTED_HOMES and not has:
            errors.append(f"{name}: does not print the rejected buy-out")
        if name not in REJECTED_HOMES and has:
            errors.append(f"{name}: prints the rejected buy-out (only the summary may)")
    n = 0
    for q in questions:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                if any(score.contains(score.normalise(alt), f) for f in forms):
                    errors.append(f"{q['id']}: the rejected buy-out is in must_include")
        if any(
            score.normalise(a) == "3.740.00"
            for el in q["must_include"]
            for a in score.alternatives(el)
        ):
            n += 1
            if not set(forms) <= set(q["must_not_include"]):
                errors.append(f"{q['id']}: a motion-library question without the buy-out trap")
    if not n:
        errors.append("no motion-library question traps the rejected buy-out")


def check_distractors(doc_views: dict, errors: list[str]) -> None:
    others = set()
    for name, vs in doc_views.items():
        if name not in DISTRACTORS:
            others |= {_value(a) for a in doc_amounts(_nfc(vs[0][1])) if "%" not in a}
    for name in DISTRACTORS:
        text = _nfc(doc_views[name][0][1])
        for party in (
            "CSPG",
            "GICCP",
            "TSSPC",
            "CPEST",
            "Guild",
            "Guilde",
            "Council",
            "Conseil",
            "Agreement",
            "entente",
        ):
            if re.search(rf"\b{party}\b", text):
                errors.append(f"{name}: the distractor names {party!r}")
        mine = {_value(a) for a in doc_amounts(text) if "%" not in a}
        if not mine:
            errors.append(f"{name}: the distractor has no amount")
        shared = mine & others
        if shared:
            errors.append(f"{name}: the distractor shares amounts {sorted(shared)} with the set")


# ----------------------------------------------------------------------------------------
# Rules of time and traps
# ----------------------------------------------------------------------------------------


def _in(doc_views: dict, name: str, needle: str) -> bool:
    return all(score.contains(norm, needle) for _, _, norm in doc_views[name])


def _homes(doc_views: dict, needle: str) -> set[str]:
    return {
        n for n, vs in doc_views.items() if any(score.contains(norm, needle) for _, _, norm in vs)
    }


def check_time_rules(doc_views: dict, errors: list[str]) -> None:
    flat = {
        n: " ".join(_nfc(vs[0][1]).replace(NB, " ").replace(NNB, " ").split())
        for n, vs in doc_views.items()
    }
    musts = [
        (AGREEMENT, "The figures printed on those two lines are interim rates"),
        (AGREEMENT, "is not carried over"),
        (AGREEMENT, "is kept, as article 5.4"),
        (AGREEMENT, "(under the 2023–2026 agreement: %25)"),
        (ERRATUM, "Tableau 3, ligne 4 : au lieu de ₺1.520,00, lire ₺1.250,00"),
        (
            NOTICE,
            "L'article 7, alinéa 3, est suspendu du 1er mars 2027 au 31 mars 2027 ; il "
            "s'applique de nouveau à compter du 1er avril 2027.",
        ),
        (NOTICE, "au moins 9 heures"),
        (NOTICE, "le repos d'au moins 11 heures"),
        (SUMMARY, "from the first pay week after ratification"),
        (BULLETIN, "a fixé la ratification au 22 février 2027"),
        (FAQ, "La sentence arbitrale du 18 novembre 2026"),
        (SUMMARY, "The members rejected it"),
        (BULLETIN, "rejeté la proposition par 1 406 voix contre 188"),
    ]
    for name, phrase in musts:
        if phrase not in flat[name]:
            errors.append(f"{name}: lacks {phrase!r}")
    # the ratification date: only in the bulletin
    for name, text in flat.items():
        if name != BULLETIN and re.search(r"22 (?:février|February) 2027|February 22", text):
            errors.append(f"{name}: gives the ratification date (only the bulletin may)")
    # interim rates in the agreement (and struck or labelled elsewhere), award figures not
    if not (_in(doc_views, AGREEMENT, "1.180,00") and _in(doc_views, AGREEMENT, "2.860,00")):
        errors.append(f"{AGREEMENT}: lacks the interim rates")
    if _homes(doc_views, "1.420,00") & {AGREEMENT} or _homes(doc_views, "3.140,00") & {AGREEMENT}:
        errors.append(f"{AGREEMENT}: prints an award figure")
    # the misprint: the agreement (line 4), the erratum, the chat and the struck cell only
    if _homes(doc_views, "1.520,00") != {AGREEMENT, ERRATUM, CHAT, RATES}:
        errors.append(f"the misprint 1.520,00 is in {sorted(_homes(doc_views, '1.520,00'))}")
    line4 = [r for r in make_pdf._t3_rows() if r[0] == "4"]
    if not line4 or line4[0][3] != "₺1.520,00":
        errors.append(f"{AGREEMENT}: Table 3, line 4 does not print the misprint")
    # the example figure only in the bulletin's fenced code block
    bul = _read(BULLETIN)
    fences = re.findall(r"```\n(.*?)```", bul, re.S)
    if len(fences) != 1 or f"1{NNB}200,00" not in fences[0]:
        errors.append(f"{BULLETIN}: no fenced code block with the example figure")
    elif f"1{NNB}200,00" in bul.replace(fences[0], ""):
        errors.append(f"{BULLETIN}: the example figure outside its code block")
    if _homes(doc_views, "1 200,00") != {BULLETIN}:
        errors.append(f"the example 1 200,00 is in {sorted(_homes(doc_views, '1 200,00'))}")
    # the hidden old rate: only in the span of class old
    rates = _read(RATES)
    if not re.search(r"\.old\s*\{\s*display:\s*none\s*;?\s*\}", rates):
        errors.append(f"{RATES}: no .old {{ display: none }} rule in a <style> block")
    if '<span class="old">₺8.950,00</span>' not in rates or rates.count("8.950,00") != 1:
        errors.append(f"{RATES}: the old rate is not (only) in the hidden span")
    if "8.950,00" in html_text(rates, browser=True):
        errors.append(f"{RATES}: a browser would show the hidden rate")
    if _homes(doc_views, "8.950,00") != {RATES}:
        errors.append("the hidden old rate is in another document")
    for pat in (
        r"<s>₺1\.180,00</s> <ins>₺1\.420,00</ins>",
        r"<del>₺1\.520,00</del> <ins>₺1\.250,00</ins>",
        r"<del>₺2\.860,00</del> <ins>₺3\.140,00</ins>",
    ):
        if not re.search(pat, rates):
            errors.append(f"{RATES}: lacks {pat!r}")


# ----------------------------------------------------------------------------------------
# Layouts
# ----------------------------------------------------------------------------------------


def check_agreement(errors: list[str]) -> None:
    name = AGREEMENT
    readers = dict(pdf_pages(name))
    if not readers or FPDF is None:
        return
    for label, pages in readers.items():
        if len(pages) < 3:
            errors.append(f"{name}: {len(pages)} pages in {label} (want 3+)")
        for i, page in enumerate(pages, 1):
            norm = " ".join(page.split())
            if f"page {i} of {len(pages)}" not in norm or "© 2026" not in norm:
                errors.append(f"{name}: page {i} lacks its footer in {label}")
        text = "\n".join(pages)
        # pypdf gives the glyphs as drawn; pdfminer (pdfplumber) expands them to "fi", "fl"
        if label == "pypdf" and ("\ufb01" not in text or "\ufb02" not in text):
            errors.append(f"{name}: {label} reads no ligature glyph (U+FB01, U+FB02)")
    breaks = make_pdf.agreement_breaks()
    if len(breaks) < 3:
        errors.append(f"{name}: fewer than three words hyphenated at a line end")
    for label, pages in readers.items():
        lines = [ln.strip() for ln in "\n".join(pages).split("\n")]
        ends = sum(
            bool(re.search(r"[a-z\ufb01\ufb02]{4,}-$", ln))
            or bool(re.search(r"[a-z\ufb01\ufb02]{4,}- ", ln))
            for ln in lines
        )
        if ends < 3:
            errors.append(f"{name}: {label} reads fewer than three hyphenated line ends")
    # every must_include of the set that is a word sequence is never hyphenated
    for q in make_questions.Q:
        for el in q["must_include"]:
            for alt in score.alternatives(el):
                for w in breaks:
                    if w in alt.lower():
                        errors.append(f"{q['id']}: must_include {alt!r} holds a hyphenated word")
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(os.path.join(DOCS, name)) as pdf:
            for pno, page in enumerate(pdf.pages[:-1], 1):
                words = page.extract_words()
                mid = page.width / 2
                left = {round(w["top"]) for w in words if w["x1"] < mid and w["top"] > 90}
                right = {round(w["top"]) for w in words if w["x0"] > mid and w["top"] > 90}
                if len(left & right) < 10:
                    errors.append(f"{name}: page {pno} is not set in two columns")
        plumber = readers.get("pdfplumber", [""])[-1].split("\n")
        for role, rows in make_pdf.T3_GROUPS:
            if len(rows) == 2 and role not in [ln.strip() for ln in plumber]:
                errors.append(f"{name}: the merged role {role!r} is not on a line of its own")


def check_ratecard(errors: list[str]) -> None:
    name = RATECARD
    readers = dict(pdf_pages(name))
    for label, pages in readers.items():
        if len(pages) != 1:
            errors.append(f"{name}: {len(pages)} pages in {label}")
        text = pages[0]
        for marker, fig in (("¹", "1.420,00 TL"), ("²", "1.250,00 TL"), ("³", "1.640,00 TL")):
            if not re.search(rf"{re.escape(fig)} ?{marker}", text):
                errors.append(f"{name}: {label} does not read {marker} after {fig}")
            if not re.search(rf"^{marker} ", text, re.M):
                errors.append(f"{name}: {label} has no note {marker} under the table")
    if PDFPLUMBER is not None:
        with PDFPLUMBER.open(os.path.join(DOCS, name)) as pdf:
            page = pdf.pages[0]
            if page.lines or page.rects or page.curves:
                errors.append(f"{name}: the page has ruling lines or boxes")
            commas = []
            for row in make_pdf.RC_ROWS:
                amount = row[3]
                words = [w for w in page.extract_words() if w["text"] == amount.split()[0]]
                if not words:
                    errors.append(f"{name}: pdfplumber does not read {amount!r} as a word")
                    continue
                w = words[0]
                chars = [
                    c
                    for c in page.chars
                    if c["text"] == ","
                    and w["x0"] <= c["x0"] <= w["x1"]
                    and abs(c["top"] - w["top"]) < 1
                ]
                if chars:
                    commas.append(chars[0]["x0"])
            if commas and max(commas) - min(commas) > 0.3:
                errors.append(
                    f"{name}: the amounts' commas are not aligned ({min(commas):.1f}-{max(commas):.1f})"
                )


def check_erratum(errors: list[str]) -> None:
    for label, pages in pdf_pages(ERRATUM):
        if len(pages) != 1:
            errors.append(f"{ERRATUM}: {len(pages)} pages in {label} (want one)")


def check_summary(errors: list[str]) -> None:
    path = os.path.join(DOCS, SUMMARY)
    doc = docx_part(path, "word/document.xml")
    num = docx_part(path, "word/numbering.xml")
    if 'w:lvlText w:val="%1.%2"' not in num or f'w:abstractNumId="{make_docx.NUM_ID}"' not in num:
        errors.append(f"{SUMMARY}: no multilevel list '%1.%2' in numbering.xml")
    if doc.count(f'<w:numId w:val="{make_docx.NUM_ID}"/>') < 15:
        errors.append(f"{SUMMARY}: fewer than 15 paragraphs numbered automatically")
    for line in _accepted_lines(doc):
        if re.match(r"\s*\d+(?:\.\d+)+\.?\s", line):
            errors.append(f"{SUMMARY}: a clause number written in the text: {line[:40]!r}")
    root = ElementTree.fromstring(doc)
    boxes = [
        "".join(t.text or "" for t in b.iter(f"{W_NS}t")) for b in root.iter(f"{W_NS}txbxContent")
    ]
    if len(boxes) != 1 or "₺1.420,00" not in boxes[0]:
        errors.append(f"{SUMMARY}: the award's rate is not in one text box")
    outside = re.sub(r"<w:txbxContent>.*?</w:txbxContent>", "", doc, flags=re.S)
    if "1.420,00" in outside:
        errors.append(f"{SUMMARY}: the award's rate is also outside the text box")
    sdts = [s for s in root.iter(f"{W_NS}sdt") if s.find(f"{W_NS}sdtPr/{W_NS}date") is not None]
    if (
        len(sdts) != 1
        or "".join(t.text or "" for t in sdts[0].iter(f"{W_NS}t")) != make_docx.EFFECTIVE_DATE
    ):
        errors.append(f"{SUMMARY}: the effective date is not in one date content control")
    if "word/footnotes.xml" not in docx_parts(path) or '<w:footnoteReference w:id="1"/>' not in doc:
        errors.append(f"{SUMMARY}: no footnote referenced from the text")
    elif make_docx.FOOTNOTE not in docx_part(path, "word/footnotes.xml"):
        errors.append(f"{SUMMARY}: the footnote lacks its condition")
    runs = re.findall(r"<w:r>(?:<w:rPr>(.*?)</w:rPr>|<w:rPr/>)?<w:t[^>]*>([^<]*)</w:t></w:r>", doc)
    seq = [(rpr, t) for rpr, t in runs]
    split = [
        i for i in range(len(seq) - 2) if [t for _, t in seq[i : i + 3]] == ["₺4.", "850", ",00"]
    ]
    if not split or len({seq[split[0] + k][0] for k in range(3)}) != 3:
        errors.append(
            f"{SUMMARY}: the scan fee is not split across three runs of different formatting"
        )
    if DOCX is not None:
        d = DOCX.Document(path)
        plain = "\n".join(p.text for p in d.paragraphs)
        if "1.420,00" in plain or make_docx.EFFECTIVE_DATE in plain:
            errors.append(
                f"{SUMMARY}: python-docx's Paragraph.text reads the text box or the "
                "content control (the trap is gone)"
            )


def check_notice(errors: list[str]) -> None:
    text = make_docx.notice_text()
    for phrase in ("du 1er au 31 mars", "1er avril 2027", "PRD-2027-031", "Stage 9"):
        if phrase not in text:
            errors.append(f"{NOTICE}: lacks {phrase!r}")


def check_rates_page(errors: list[str]) -> None:
    raw = _read(RATES)
    outer = re.search(r'<table class="layout"[^>]*>(.*)</table>\s*</body>', raw, re.S)
    if not outer or '<table class="rates">' not in outer.group(1):
        errors.append(f"{RATES}: the rate table is not inside a layout table")
    if raw.count("<caption>") < 2 or raw.count("<colgroup>") < 2:
        errors.append(f"{RATES}: the tables lack <caption> or <colgroup>")
    if "&shy;" not in raw or "<wbr>" not in raw:
        errors.append(f"{RATES}: no soft hyphen or <wbr>")
    if raw.count("<sup>") < 3:
        errors.append(f"{RATES}: no footnote markers in <sup>")


def check_text_docs(errors: list[str]) -> None:
    faq = _read(FAQ)
    if len(re.findall(r"<dt>", faq)) < 8 or len(re.findall(r"<dt>", faq)) != len(
        re.findall(r"<dd>", faq)
    ):
        errors.append(f"{FAQ}: not a <dl> of 8+ dt / dd pairs")
    bul = _read(BULLETIN)
    for ref in ("[^1]", "[^2]"):
        if bul.count(ref) != 2 or f"\n{ref}: " not in bul:
            errors.append(f"{BULLETIN}: the footnote {ref} is not referenced and defined")
    if (
        "[^2]: Le supplément de risque de chute n'est dû que si" not in bul
        or "45 cm" not in bul.split("[^2]: ")[-1]
    ):
        errors.append(f"{BULLETIN}: the 45 cm condition is not in footnote [^2]")
    if bul.count("45 cm") != 1:
        errors.append(f"{BULLETIN}: '45 cm' outside its footnote")
    if not re.search(r"^- .+\n  - ", bul, re.M):
        errors.append(f"{BULLETIN}: no nested list")
    rows = [ln for ln in bul.split("\n") if ln.startswith("| ") and "---" not in ln][1:]
    if not rows or any(not ln.rstrip().endswith("| |") for ln in rows):
        errors.append(f"{BULLETIN}: the table's last column is not empty")
    chat = _read(CHAT)
    lines = chat.split("\n")
    msgs = [ln for ln in lines if re.match(r"\[\d\d/\d\d/\d{4}, \d\d:\d\d\] [^:]+: ", ln)]
    if len(msgs) < 15:
        errors.append(f"{CHAT}: fewer than 15 messages in the export's format")
    if chat.count("(edited)") != 1 or "> earlier version" not in chat or "₺1.240,00" not in chat:
        errors.append(f"{CHAT}: no edited message with its earlier version")
    if "CREDIT  TRY 9,640.00" not in chat:
        errors.append(f"{CHAT}: no multi-line message with the bank export")
    if not re.search(r"[\U0001F300-\U0001FAFF]", chat):
        errors.append(f"{CHAT}: no emoji")
    corr = chat.index("it ends on 30 November")
    if "ok ₺1.180,00 it is" not in chat[corr:]:
        errors.append(f"{CHAT}: no member repeating the interim figure after the correction")
    with open(os.path.join(DOCS, PAY), "rb") as f:
        pay = f.read()
    if not pay.startswith(b"\xff\xfe"):
        errors.append(f"{PAY}: no UTF-16 LE BOM")
    try:
        pay.decode("utf-8")
        errors.append(f"{PAY}: reads as UTF-8")
    except UnicodeDecodeError:
        pass
    text = pay.decode("utf-16")
    if text.count("\r\n") != text.count("\n"):
        errors.append(f"{PAY}: not CRLF")
    rows = [ln.split("\t") for ln in text.split("\r\n") if re.match(r"R-\d{3}\t", ln)]
    if len(rows) < 4 or any(len(r) != 5 for r in rows):
        errors.append(f"{PAY}: the rows are not five tab-separated columns")
    if text.count("-₺125,00") != 1:
        errors.append(f"{PAY}: want one '-₺125,00'")

    def kurus(a: str) -> int:
        v = int(re.sub(r"[^\d]", "", a))
        return -v if a.startswith("-") else v

    total = [ln for ln in text.split("\r\n") if "TOTAL BRUT" in ln]
    if not total or sum(kurus(r[4]) for r in rows) != kurus(total[0].split("\t")[-1]):
        errors.append(f"{PAY}: the total does not add up")
    with open(os.path.join(DOCS, HIRE), "rb") as f:
        hire = f.read()
    if not hire.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{HIRE}: no UTF-8 BOM")
    if hire.count(b"\n") != hire.count(b"\r\n"):
        errors.append(f"{HIRE}: not CRLF")


def check_builds(errors: list[str], warnings: list[str]) -> None:
    for out, data in (
        (make_notice.PAY_OUT, make_notice.pay_bytes()),
        (make_notice.HIRE_OUT, make_notice.hire_bytes()),
    ):
        with open(out, "rb") as f:
            if f.read() != data:
                errors.append(f"{os.path.basename(out)}: not what make_notice.py writes; run it")
    builds = []
    if FPDF is not None:
        builds += [
            (make_pdf.AGREEMENT_OUT, make_pdf.build_agreement),
            (make_pdf.RATECARD_OUT, make_pdf.build_ratecard),
            (make_pdf.ERRATUM_OUT, make_pdf.build_erratum),
        ]
    else:
        warnings.append("fpdf2 not importable: the PDFs' bytes not compared with make_pdf.py")
    if DOCX is not None:
        builds += [
            (make_docx.SUMMARY_OUT, make_docx.build_summary),
            (make_docx.NOTICE_OUT, make_docx.build_notice),
        ]
    else:
        warnings.append("python-docx not importable: the DOCX bytes not compared")
    for out, build in builds:
        with open(out, "rb") as f:
            if f.read() != build(write=False):
                errors.append(f"{os.path.basename(out)}: not what its generator makes now; rebuild")


def check_score_link(errors: list[str]) -> None:
    link = os.path.join(HERE, "score.py")
    if not os.path.islink(link) or os.readlink(link) != "../union-c/score.py":
        errors.append("score.py is not the relative link ../union-c/score.py")
    pyproject = os.path.join(HERE, "..", "..", "pyproject.toml")
    if os.path.exists(pyproject):
        with open(pyproject, encoding="utf-8") as f:
            if '"eval/union-ai/score.py"' not in f.read():
                errors.append("pyproject.toml: eval/union-ai/score.py not in ruff's extend-exclude")


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
    if Counter(DOC_LANGUAGE.values()) != Counter({"en": 6, "fr": 6}):
        errors.append("documents per language are not 6 and 6")
    doc_views: dict[str, list[tuple[str, str, str]]] = {}
    for name in names:
        vs, ws = views(name)
        warnings += ws
        doc_views[name] = [(label, text, score.normalise(text)) for label, text in vs]
        size = len(_nfc(vs[0][1]))
        if not SIZE[0] <= size <= SIZE[1]:
            errors.append(f"{name}: {size} characters (want {SIZE[0]:,}-{SIZE[1]:,})")
        print(f"  {size:6d} chars  {name}  ({', '.join(label for label, _ in vs)})")
    trap_norms = [norm for vs in doc_views.values() for _, _, norm in vs]

    for name in PDF_TEXT.keys() | DOCX_TEXT.keys():
        if name not in doc_views:
            errors.append(f"{name} missing; run its generator")
            continue
        vs = {label: norm for label, _, norm in doc_views[name]}
        gen_words = Counter(re.findall(r"\w+", vs["generator"]))
        broken = set(make_pdf.agreement_breaks()) if name == AGREEMENT and FPDF else set()
        for label, norm in vs.items():
            if label == "generator":
                continue
            words = Counter(re.findall(r"\w+", norm))
            missing = [w for w in gen_words if w.isalpha() and w not in words and w not in broken]
            if missing:
                errors.append(f"{name}: {label} text lacks generator words {missing[:5]}; rebuild")
    for name in (RATES, CHAT, HIRE, FAQ, BULLETIN, PAY, FESTIVAL):
        if name not in doc_views:
            errors.append(f"{name} missing")
    n_amounts = 0
    if not errors:
        check_agreement(errors)
        check_ratecard(errors)
        check_erratum(errors)
        check_summary(errors)
        check_notice(errors)
        check_rates_page(errors)
        check_text_docs(errors)
        check_time_rules(doc_views, errors)
        check_rejected(questions, doc_views, errors)
        check_non_money(doc_views, errors)
        check_distractors(doc_views, errors)
        check_spellings(doc_views, errors)
        check_joined(doc_views, errors)
        check_builds(errors, warnings)
        n_amounts, _ = check_amounts(doc_views, errors)
    check_score_link(errors)

    ids = [q.get("id") for q in questions]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, len(questions) + 1)]:
        errors.append(f"ids are not {PREFIX}-001.. in order")
    for q in questions:
        check_question(q, doc_views, trap_norms, errors)
    check_wording(questions, errors)
    for table, kinds in (
        (OOS_ABSENT, ("out-of-scope", "adversarial")),
        (XL_ABSENT, ("cross-lingual",)),
    ):
        for qid in table:
            q = next((x for x in questions if x["id"] == qid), None)
            if q is None or q["kind"] not in kinds:
                errors.append(f"{qid} is named in a table of absent terms but is not {kinds}")
        for q in questions:
            if q["kind"] in kinds and q["id"] not in table:
                errors.append(f"{q['id']}: {q['kind']} question without absent terms")
    adv_fr = [q for q in questions if q["kind"] == "adversarial" and q["language"] == "fr"]
    if len(adv_fr) != 1:
        errors.append(f"{len(adv_fr)} French adversarial questions (want 1)")
    if len({q["question"] for q in questions}) != len(questions):
        errors.append("duplicate question texts")
    for name in names:
        if name not in DISTRACTORS and not any(name in q["expected_sources"] for q in questions):
            errors.append(f"{name}: no question uses it")

    counts = Counter(q["kind"] for q in questions)
    if dict(counts) != EXPECTED_COUNTS:
        errors.append(f"counts per kind {dict(counts)} != {EXPECTED_COUNTS}")
    langs = Counter(q["language"] for q in questions)
    if dict(langs) != EXPECTED_LANGUAGES:
        errors.append(f"counts per language {dict(langs)} != {EXPECTED_LANGUAGES}")
    by_kl = Counter((q["kind"], q["language"]) for q in questions)
    n_alts = sum(len(score.alternatives(el)) for q in questions for el in q["must_include"])
    print(f"\n{len(questions)} questions; kinds: {dict(counts)}; languages: {dict(langs)}")
    print(
        "per kind and language: "
        + ", ".join(f"{k} {lang} {n}" for (k, lang), n in sorted(by_kl.items()))
    )
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
