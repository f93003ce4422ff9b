#!/usr/bin/env python3
"""Check the union-az set itself: questions.json against docs/ (no project needed).

    python3 eval/union-az/check_set.py                      # stdlib; the PDF in the generator's text
    /work/main/.venv/bin/python eval/union-az/check_set.py  # also python-docx, pdfplumber, pypdf, fpdf2

Checks:
- the fields of every question (in union-b's order), ids uaz-001.. in order, counts per
  kind (figure 14, fact 9, current-vs-old 8, cross-lingual 8, multi-doc 5,
  previous-agreement 3, out-of-scope 10, adversarial 3) and language (36 en, 24 fr), no
  duplicate, no newline, and that questions.json is what make_questions.py writes;
- 12 documents, 6 per language, only .pdf .docx .html .txt, 2,000-32,000 characters;
- that EVERY ALTERNATIVE of every must_include element occurs, after score.py's
  normalisation, in EVERY view of at least one expected source: the PDF in the generator's
  text, through pdfplumber AND through pypdf; the DOCX in the generator's text, through
  zipfile (the w:t nodes of word/document.xml, paragraph by paragraph) AND through
  python-docx (body paragraphs and tables); HTML raw and without tags; the Djot amendment raw
  and rendered (its {% %} comment left out); the OFX statement raw and as its transactions;
  the jCal programme raw and as its events; the ActivityStreams outbox raw and as its posts
  (the Update applied, the Delete's tombstone left out); the Creole guide raw and rendered
  (its <<< >>> placeholder left out); the WhatsApp export raw and as its messages (system
  lines and the deleted message left out); the SSML greeting raw and as spoken (<sub>
  aliases read); the ABC tune book raw and as sung; the GPX walk raw and as its waypoints;
- the accepted forms: stable under normalisation, no bare number of fewer than three digits,
  no trap matching a must_include alternative; every trap (but pings and injected figures)
  in some view; adversarial: pings and one injected figure, in the question and in no
  document; multi-doc: 2+ sources and elements, no single view holding every element;
  cross-lingual: no source in the question's language, the answer and XL_ABSENT's patterns in
  no document of that language; out-of-scope: OOS_ABSENT's terms in no document; member
  shorthand and three or more noted typos;
- the AMOUNTS of the dram: each style in its documents ("AMD 1,460.00", "AMD 300",
  "85 luma", "TWD 36,000", the sum in words, "֏1,540.00", "<TRNAMT>-1460.00", "8,800.00 AMD",
  "1 540,00 ֏" and "7 900,00 drams" with U+202F and U+00A0, "8,8 patates"), read at digit
  boundaries in every view of its document; no amount reading inside another of a different
  value; numeric needles reading amounts of one value only; the spellings and their
  explanations; the look-alikes;
- the eight rules of time against 2026-12-09, that no "now" answer changes between 9 and
  15 December 2026, and every weekday the documents and questions print;
- the layouts of every document (see check_layouts); distractors naming no party and sharing
  no amount; the built files byte for byte what the generators make now; the score.py link
  and its ruff exclusion; every non-distractor document used.
Prints one line per document, the counts, and a last line "check_set: OK ..." or
"check_set: N error(s)". Exit 1 on any error.
"""

from __future__ import annotations

import datetime
import html
import html.parser
import json
import os
import re
import sys
import unicodedata
import zipfile
import zlib
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
M = make_questions
N = make_notice
FIELDS = M.FIELDS
PREFIX = M.PREFIX
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
SIZE = (2000, 32000)
TODAY = datetime.date(2026, 12, 9)
NOW_WINDOW = [datetime.date(2026, 12, d) for d in range(9, 16)]
NNB = "\u202f"
NB = "\u00a0"
DRAM = "\u058f"
W_URI = make_docx.W_URI
W_NS = "{" + W_URI + "}"

DISTRACTORS = {M.TUNEBOOK, M.WALK}
DOC_LANGUAGE = {
    M.AGREEMENT: "en",
    M.MEMO: "en",
    M.PAYROLL: "en",
    M.CALENDAR: "en",
    M.VENDOR: "en",
    M.TUNEBOOK: "en",
    M.GUIDE: "fr",
    M.FAQ: "fr",
    M.SHEET: "fr",
    M.CHAT: "fr",
    M.PHONE: "fr",
    M.WALK: "fr",
}
STYLES = {
    M.AGREEMENT: {"code", "whole", "words", "luma", "twd"},
    M.MEMO: {"glued"},
    M.PAYROLL: {"ofx", "ofxtotal"},
    M.CALENDAR: set(),
    M.VENDOR: {"after"},
    M.TUNEBOOK: set(),
    M.GUIDE: {"frword"},
    M.FAQ: {"fr"},
    M.SHEET: {"fr"},
    M.CHAT: {"fr", "patates"},
    M.PHONE: set(),
    M.WALK: set(),
}
OOS_ABSENT = {
    "uaz-048": [r"pension", r"retirement", r"retraite"],
    "uaz-049": [r"\btax", r"impôt", r"fiscal"],
    "uaz-050": [r"insurance", r"assurance", r"liability"],
    "uaz-051": [r"maternit", r"parental", r"congé"],
    "uaz-052": [r"lesson", r"leçon", r"teach", r"enseign"],
    "uaz-053": [r"copyright", r"droit d'auteur", r"publisher", r"éditeur"],
    "uaz-054": [r"cotisation", r"membership fee", r"\bdues\b", r"adhésion"],
    "uaz-055": [r"accident", r"blessure", r"injur"],
    "uaz-056": [r"chômage", r"unemploy", r"intermitten"],
    "uaz-057": [r"garde d'enfant", r"childcare", r"crèche", r"nanny"],
    "uaz-058": [r"2[,.\s\u202f]?222(?!\d)"],
    "uaz-059": [r"(?<!\d)3[,.\s\u202f]?333(?!\d)"],
    "uaz-060": [r"(?<!\d)4[,.\s\u202f]?444(?!\d)"],
}
XL_ABSENT = {
    "uaz-032": [r"office hours", r"\b13:30\b", r"rue des Bobines", r"Beauclair office"],
    "uaz-033": [r"28 January", r"first meeting"],
    "uaz-034": [r"440 ?Hz", r"\btun(?:e|ed|ing)\b"],
    "uaz-035": [r"\b9:30\b", r"AI line", r"phone line", r"telephone"],
    "uaz-036": [r"(?<!\d)36[,\s\u202f]?000(?!\d)", r"Dadaocheng"],
    "uaz-037": [r"85 luma", r"kilom"],
    "uaz-038": [r"2207", r"Pellowe"],
    "uaz-039": [r"(?<!\d)42[,\s\u202f]?000(?!\d)", r"rachat", r"rachet", r"quarante-deux"],
}
SHORTHAND = {
    "en": ["rn", "pls", "idk", "whats", "hrs", "im", "tho", "q", "ngl", "mins", "tbh", "w/",
           "sat", "ive"],
    "fr": ["c", "mtn", "svp", "stp", "y a", "qd"],
}  # fmt: skip

SPELLINGS = [
    (M.AGREEMENT, "forty-two thousand drams (AMD 42,000.00)", True),
    (M.AGREEMENT, "AMD 300.", True),
    (M.AGREEMENT, "85 luma", True),
    (M.AGREEMENT, "TWD 36,000", True),
    (M.AGREEMENT, "AMD 7,900", False),
    (M.CHAT, "8,8 patates", True),
    (M.PAYROLL, "<TRNAMT>-1460.00", False),
    (M.MEMO, f"{DRAM}1,540.00", False),
    (M.VENDOR, "8,800.00 AMD", False),
    (M.FAQ, f"1{NNB}540,00{NB}{DRAM}", False),
    (M.GUIDE, f"7{NNB}900,00{NB}drams", False),
    (M.SHEET, f"6{NNB}200,00{NB}{DRAM}", False),
    (M.CHAT, f"7{NNB}900,00{NB}{DRAM}", False),
]
EXPLAINED = [
    (M.AGREEMENT, r"the dram of Estrevel is not the dram of Armenia, although both are written "
     r"with the same sign and share the code AMD"),
    (M.AGREEMENT, r"The dram is divided into 100 luma"),
    (M.AGREEMENT, r"amounts are written with the code AMD before the figure"),
    (M.MEMO, r"֏1,540\.00 reads one thousand five hundred and forty drams"),
    (M.PAYROLL, r"-1460\.00 is one thousand four hundred and sixty drams paid"),
    (M.VENDOR, r"8,800\.00 AMD is eight thousand eight hundred drams"),
    (M.GUIDE, r"se lit sept mille neuf cents drams"),
    (M.FAQ, r"milliers séparés par une espace fine, luma après la virgule, signe ֏ du dram "
     r"d'Estrevel à la fin"),
    (M.SHEET, r"milliers séparés par une espace fine, luma après la virgule, et le signe ֏"),
    (M.CHAT, r"Une patate, c'est mille drams"),
]  # fmt: skip
NON_MONEY = [
    (M.AGREEMENT, "founded in 1958"),
    (M.AGREEMENT, "WF2 6NP"),
    (M.AGREEMENT, "Form SL-3"),
    (M.AGREEMENT, "Form SL-4"),
    (M.AGREEMENT, "up to 4 hours"),
    (M.AGREEMENT, "more than 20 km"),
    (M.AGREEMENT, "10 working days"),
    (M.AGREEMENT, "under 18"),
    (M.AGREEMENT, "60 screenings"),
    (M.MEMO, "EEAC-GSLP/AM-1/2026"),
    (M.PAYROLL, "EEAC-2612-0708"),
    (M.PAYROLL, "EV61WREN0046172209"),
    (M.PAYROLL, "3.85 drams per 100 TWD"),
    (M.CALENDAR, "6,300 feet"),
    (M.CALENDAR, "WF3 1LD"),
    (M.CALENDAR, "PT1H24M"),
    (M.VENDOR, "WF1 3KD"),
    (M.VENDOR, "ext. 2207"),
    (M.VENDOR, "from 09:30 to 16:00"),
    (M.GUIDE, "10 jours ouvrables"),
    (M.FAQ, "BR3 8LK"),
    (M.FAQ, "13 h 30"),
    (M.SHEET, "la 440 Hz"),
    (M.SHEET, "n° 1"),
    (M.CHAT, "10 h 15"),
    (M.CHAT, "3,98 les 100 TWD"),
    (M.PHONE, "9 h 30"),
    (M.TUNEBOOK, "Q:1/4=144"),
    (M.WALK, "45.70312"),
]
PARTIES = (
    r"GSLP", r"GAMCE", r"EEAC", r"Guild", r"Guilde", r"Estrevel", r"Wrenfield", r"Beauclair",
    r"Regal", r"Ciné-Lumière", r"Flickertone", r"National Film Archive", r"Cinémathèque",
)  # fmt: skip

# ---- amounts ------------------------------------------------------------------------------------

_EN = r"\d{1,3}(?:,\d{3})*"
AMOUNT_PATTERNS = [
    ("words", re.compile(rf"drams \(AMD ({_EN}\.\d\d)\)"), None),
    ("code", re.compile(rf"(?<![\w(])AMD ({_EN}\.\d\d)(?!\d|,\d)"), None),
    ("whole", re.compile(rf"(?<![\w(])AMD ({_EN})(?![\d,]|\.\d)"), None),
    ("luma", re.compile(r"(?<![\d.,])(\d{1,2}) luma\b"), None),
    ("twd", re.compile(rf"\bTWD ({_EN})(?![\d,.])"), None),
    ("glued", re.compile(rf"(?<![\w/(]){DRAM}({_EN}\.\d\d)(?!\d|,\d)"), None),
    ("ofx", re.compile(r"<TRNAMT>-(\d+\.\d\d)"), None),
    ("ofxtotal", re.compile(r"Total paid on 7 December 2026: -(\d+\.\d\d)"), None),
    # the statement as its transactions: "AMD -1460.00"
    ("ofxview", re.compile(r"\bAMD -(\d+\.\d\d)(?!\d)"), None),
    ("after", re.compile(rf"(?<![\d.,])({_EN}\.\d\d) AMD\b"), None),
    ("patates", re.compile(r"(?<![\d.,])(\d{1,2},\d) patates\b"), None),
    ("fr", re.compile(rf"(?<![\d.,\u202f])(\d{{1,3}}(?:\u202f\d{{3}})*,\d\d)\u00a0{DRAM}"), None),
    ("frword", re.compile(r"(?<![\d.,\u202f])(\d{1,3}(?:\u202f\d{3})*,\d\d)\u00a0drams\b"), None),
    ("frview", re.compile(rf"(?<![\d.,\u202f])(?<!\d )(\d{{1,3}}(?:[\u202f ]\d{{3}})*,\d\d)[\u00a0 ]{DRAM}"), "fr"),
    ("frwordview", re.compile(r"(?<![\d.,\u202f])(?<!\d )(\d{1,3}(?:[\u202f ]\d{3})*,\d\d)[\u00a0 ]drams\b"), "fr"),
]  # fmt: skip


def _value(style: str, m: re.Match) -> tuple[str, int]:
    """(currency, value): drams in luma, Taiwan dollars whole."""
    num = m.group(1)
    if style == "twd":
        return ("TWD", int(num.replace(",", "")))
    if style == "luma":
        return ("AMD", int(num))
    if style == "patates":  # "8,8 patates": a decimal comma, patates of 1,000 drams
        whole, _, frac = num.partition(",")
        return ("AMD", (int(whole) * 10 + int(frac)) * 10_000)
    if style == "whole":
        return ("AMD", int(num.replace(",", "")) * 100)
    if style in ("fr", "frword", "frview", "frwordview"):
        whole, cents = num.rsplit(",", 1)
        return ("AMD", int(re.sub(r"[ \u202f]", "", whole)) * 100 + int(cents))
    whole, cents = num.replace(",", "").split(".")
    return ("AMD", int(whole) * 100 + int(cents))


def amounts(text: str, lang: str, view: bool = False) -> list:
    """The amounts of `text`: (style, shown, number, value, span)."""
    out = []
    taken: list[tuple[int, int]] = []
    for style, rx, only_lang in AMOUNT_PATTERNS:
        if only_lang and only_lang != lang:
            continue
        if style in ("frview", "frwordview") and not view:
            continue
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            inner = style in ("ofx", "ofxtotal")
            span = m.span(1) if inner else m.span()
            shown = m.group(1) if inner else m.group(0)
            out.append((style, shown, m.group(1), _value(style, m), span))
            taken.append(m.span())
    return out


# ---- readers ------------------------------------------------------------------------------------

BLOCK = frozenset(
    {"p", "li", "h1", "h2", "h3", "tr", "td", "th", "div", "title", "header", "footer",
     "section", "main", "article", "ul", "table", "blockquote", "picture", "noframes"}
)  # fmt: skip


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "img", "source") or tag in BLOCK:
            self.parts.append("\n")
        if tag in ("style", "script"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script") and self.skip:
            self.skip -= 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(raw: str) -> str:
    p = _Text()
    p.feed(raw)
    p.close()
    return re.sub(r"[ \t]*\n[ \t\n]*", "\n", "".join(p.parts))


DJOT_COMMENT = re.compile(r"\{%.*?%\}", re.S)


def djot_view(raw: str) -> str:
    """The amendment as a Djot renderer shows it: comments, attributes, fences and marks gone."""
    t = DJOT_COMMENT.sub("", raw)
    t = re.sub(r"^\{[#.][^}\n]*\}\n", "", t, flags=re.M)
    t = re.sub(r" \{#[\w-]+\}$", "", t, flags=re.M)
    t = re.sub(r"^:::.*\n|^```.*\n", "", t, flags=re.M)
    t = t.replace("{-", "").replace("-}", "").replace("{+", "").replace("+}", "")
    t = re.sub(r"<[^>]+>", "", t)
    t = re.sub(r"^#+ |^\|[:-|]+\|$", "", t, flags=re.M)
    t = re.sub(r"[*_`]|\\\\$", "", t, flags=re.M)
    return re.sub(r"\[\^sign\]:?", "", t)


def ofx_transactions(raw: str) -> list[dict[str, str]]:
    out = []
    for block in re.findall(r"<STMTTRN>(.*?)</STMTTRN>", raw, re.S):
        out.append(dict(re.findall(r"<(\w+)>([^\r\n<]*)", block)))
    return out


def ofx_view(raw: str) -> str:
    lines = []
    for t in ofx_transactions(raw):
        d = t["DTPOSTED"]
        lines.append(
            f"{d[:4]}-{d[4:6]}-{d[6:]} {t['NAME']}: AMD {t['TRNAMT']} ({t['FITID']}) {t['MEMO']}"
        )
    lines.append(re.search(r"<MKTGINFO>([^\r\n]*)", raw).group(1))
    return "\n".join(lines) + "\n"


def jcal_events(raw: str) -> list[dict]:
    cal = json.loads(raw)
    out = []
    for comp in cal[2]:
        if comp[0] != "vevent":
            continue
        out.append({p[0]: p[3] for p in comp[1]})
    return out


def _dur_minutes(d: str) -> int:
    m = re.fullmatch(r"PT(?:(\d+)H)?(?:(\d+)M)?", d)
    return int(m.group(1) or 0) * 60 + int(m.group(2) or 0)


def jcal_view(raw: str) -> str:
    lines = []
    for e in jcal_events(raw):
        start = datetime.datetime.fromisoformat(e["dtstart"])
        end = start + datetime.timedelta(minutes=_dur_minutes(e["duration"]))
        extra = "; ".join(f"{k[8:]}: {v}" for k, v in e.items() if k.startswith("x-regal-"))
        lines.append(
            f"{start:%Y-%m-%d %H:%M} to {end:%H:%M} {e['summary']}. {e['description']} {extra}".rstrip()
        )
    return "\n".join(lines) + "\n"


def outbox_posts(raw: str) -> list[str]:
    box = json.loads(raw)
    posts: dict[str, str] = {}
    for act in box["orderedItems"]:
        obj = act["object"]
        if act["type"] in ("Create", "Update") and isinstance(obj, dict):
            posts[obj["id"]] = obj["content"]
        elif act["type"] == "Delete":
            posts.pop(obj["id"], None)
    return [html_text(c).strip() for c in posts.values()]


def outbox_view(raw: str) -> str:
    return "\n".join(outbox_posts(raw)) + "\n"


CREOLE_PLACEHOLDER = re.compile(r"<<<.*?>>>", re.S)


def creole_view(raw: str) -> str:
    t = CREOLE_PLACEHOLDER.sub("", raw)
    t = re.sub(r"\[\[[^|\]]*\|([^\]]*)\]\]", r"\1", t)
    t = re.sub(r"^\{\{\{$|^\}\}\}$|^----$", "", t, flags=re.M)
    t = re.sub(r"^=+ | =+$|^[#*] |\|=|\|", " ", t, flags=re.M)
    t = t.replace("**", "").replace("//", "").replace("\\\\", "\n")
    return t


CHAT_LINE = re.compile(r"^(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d) - (?:([^:\n]+): )?(.*)$")


def chat_messages(raw: str) -> list[dict]:
    msgs: list[dict] = []
    for line in raw.split("\n"):
        if not line:
            continue
        m = CHAT_LINE.match(line)
        if m and (m.group(6) or line.count(" - ") >= 1):
            dd, mm, yyyy, hh, mi, who, text = m.groups()
            when = datetime.datetime(int(yyyy), int(mm), int(dd), int(hh), int(mi))
            msgs.append({"when": when, "who": who, "text": text})
        elif msgs:
            msgs[-1]["text"] += "\n" + line
    return msgs


def chat_view(raw: str) -> str:
    out = []
    for msg in chat_messages(raw):
        if msg["who"] is None or msg["text"] == "Ce message a été supprimé":
            continue
        text = msg["text"].replace(" <Ce message a été modifié>", "").replace("\u200e", "")
        out.append(f"{msg['who']}: {text}")
    return "\n".join(out) + "\n"


SSML = "{http://www.w3.org/2001/10/synthesis}"


def ssml_view(raw: str) -> str:
    root = ElementTree.fromstring(raw)

    def spoken(el) -> str:
        if el.tag == f"{SSML}sub":
            return el.get("alias", "") + (el.tail or "")
        if el.tag in (f"{SSML}metadata",):
            return el.tail or ""
        text = el.text or ""
        for child in el:
            text += spoken(child)
        return text + (el.tail or "")

    return re.sub(r"[ \t]*\n[ \t\n]*", "\n", spoken(root)).strip() + "\n"


def abc_view(raw: str) -> str:
    lines = []
    for line in raw.split("\n"):
        if line.startswith(("T:", "W:")):
            lines.append(line[2:])
    return "\n".join(lines) + "\n"


GPX = "{http://www.topografix.com/GPX/1/1}"


def gpx_view(raw: str) -> str:
    root = ElementTree.fromstring(raw)
    lines = [root.find(f"{GPX}metadata/{GPX}name").text, root.find(f"{GPX}metadata/{GPX}desc").text]
    for w in root.findall(f"{GPX}wpt"):
        lines.append(f"{w.find(f'{GPX}name').text}: {w.find(f'{GPX}desc').text}")
    return "\n".join(lines) + "\n"


def _modules():
    mods = {}
    for name in ("pdfplumber", "pypdf", "docx", "fpdf"):
        try:
            mods[name] = __import__(name)
        except ImportError:
            mods[name] = None
    return mods


MODS = _modules()


def _raw(name: str) -> bytes:
    with open(os.path.join(DOCS, name), "rb") as f:
        return f.read()


def _read(name: str) -> str:
    return _raw(name).decode("utf-8")


def pdf_pages(name: str) -> list[tuple[str, list[str]]]:
    path = os.path.join(DOCS, name)
    out = []
    if MODS["pdfplumber"]:
        with MODS["pdfplumber"].open(path) as pdf:
            out.append(("pdfplumber", [p.extract_text() or "" for p in pdf.pages]))
    if MODS["pypdf"]:
        out.append(("pypdf", [p.extract_text() or "" for p in MODS["pypdf"].PdfReader(path).pages]))
    return out


def zip_part(path: str, part: str) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(part)


def docx_zip_text(path: str) -> str:
    root = ElementTree.fromstring(zip_part(path, "word/document.xml"))
    lines = []
    for p in root.iter(f"{W_NS}p"):
        lines.append("".join(t.text or "" for t in p.iter(f"{W_NS}t")))
    return "\n".join(lines)


def docx_python_docx(path: str) -> str | None:
    if not MODS["docx"]:
        return None
    d = MODS["docx"].Document(path)
    lines = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            lines.append(" ".join(c.text for c in row.cells))
    return "\n".join(lines)


TEXT_VIEWS = {
    M.MEMO: ("djot", djot_view),
    M.PAYROLL: ("transactions", ofx_view),
    M.CALENDAR: ("events", jcal_view),
    M.VENDOR: ("posts", outbox_view),
    M.TUNEBOOK: ("sung", abc_view),
    M.GUIDE: ("creole", creole_view),
    M.FAQ: ("stripped", html_text),
    M.CHAT: ("messages", chat_view),
    M.PHONE: ("spoken", ssml_view),
    M.WALK: ("waypoints", gpx_view),
}


def views(name: str) -> tuple[list[tuple[str, str]], list[str]]:
    warnings: list[str] = []
    path = os.path.join(DOCS, name)
    if name.endswith(".pdf"):
        out = [("generator", make_pdf.agreement_text())]
        pages = pdf_pages(name)
        if len(pages) < 2:
            warnings.append(f"{name}: pdfplumber or pypdf not importable, view(s) skipped")
        out += [(label, "\n".join(p)) for label, p in pages]
        return out, warnings
    if name.endswith(".docx"):
        out = [("generator", make_docx.sheet_text()), ("zip", docx_zip_text(path))]
        dd = docx_python_docx(path)
        if dd is None:
            warnings.append(f"{name}: python-docx not importable, read with zipfile only")
        else:
            out.append(("python-docx", dd))
        return out, warnings
    raw = _read(name)
    label, fn = TEXT_VIEWS[name]
    return [("raw", raw), (label, fn(raw))], warnings


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _flat(text: str) -> str:
    return re.sub(r"[ \t\r\n\f\u202f\u00a0]+", " ", _nfc(text)).strip()


def _view_text(label: str, text: str) -> str:
    return _nfc(html.unescape(text) if label == "raw" else text)


# ---- questions ------------------------------------------------------------------------------

BARE_INTEGER = re.compile(r"^\d+$")
NUMERIC = re.compile(r"[\d.,'\s\u202f\u00a0]+")


def check_forms(qid: str, q: dict, errors: list[str]) -> None:
    for el in q.get("must_include", []):
        for alt in score.alternatives(el):
            n = score.normalise(alt)
            if not n or score.normalise(n) != n:
                errors.append(f"{qid}: must_include {alt!r} is not stable under normalisation")
            if BARE_INTEGER.match(n) and len(n) < 3:
                errors.append(f"{qid}: must_include {alt!r} is a bare number of < 3 digits")
    for bad in q.get("must_not_include", []):
        for el in q.get("must_include", []):
            for alt in score.alternatives(el):
                na, nb = score.normalise(alt), score.normalise(bad)
                if na == nb or score.contains(na, bad) or score.contains(nb, alt):
                    errors.append(f"{qid}: must_not_include {bad!r} matches must_include {alt!r}")


def check_question(q: dict, doc_views: dict, all_norms: list[str], errors: list[str]) -> None:
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
    kind = q.get("kind")
    if kind == "out-of-scope" and (src or q.get("must_include") or q.get("must_not_include")):
        errors.append(f"{qid}: out-of-scope with sources, must_include or must_not_include")
    if kind != "out-of-scope" and not src:
        errors.append(f"{qid}: {kind} question without expected sources")
    if src and not q.get("must_include"):
        errors.append(f"{qid}: answerable question without must_include")
    for s in src:
        if s not in doc_views:
            errors.append(f"{qid}: expected source {s!r} not in docs/")
        if s in DISTRACTORS:
            errors.append(f"{qid}: a distractor {s!r} is an expected source")
    src = [s for s in src if s in doc_views]
    check_forms(qid, q, errors)
    for el in q.get("must_include", []):
        for alt in score.alternatives(el):
            homes = [s for s in src if all(score.contains(n, alt) for _, _, n in doc_views[s])]
            if not homes:
                where = {
                    s: [lab for lab, _, n in doc_views[s] if not score.contains(n, alt)]
                    for s in src
                }
                errors.append(f"{qid}: must_include {alt!r} not in every view of a source {where}")
    injected = [b for b in q.get("must_not_include", []) if b not in M.PINGS]
    injected = [b for b in injected if not any(score.contains(n, b) for n in all_norms)]
    for bad in q.get("must_not_include", []):
        if bad in M.PINGS or (kind == "adversarial" and bad in injected):
            continue
        if not any(score.contains(n, bad) for n in all_norms):
            errors.append(f"{qid}: trap {bad!r} found in no document")
    if kind == "adversarial":
        text = q["question"]
        if not any(p in text for p in M.PINGS):
            errors.append(f"{qid}: adversarial question without a ping")
        if not all(p in q["must_not_include"] for p in M.PINGS):
            errors.append(f"{qid}: @everyone and @here not both in must_not_include")
        if len(injected) != 1:
            errors.append(f"{qid}: {len(injected)} injected figures (want 1)")
        for fig in injected:
            if score.normalise(fig) not in score.normalise(text):
                errors.append(f"{qid}: injected figure {fig!r} not in the question")
    if kind == "multi-doc":
        els = q.get("must_include", [])
        if len(src) < 2 or len(els) < 2:
            errors.append(f"{qid}: multi-doc needs 2+ sources and 2+ elements")
        for name, vs in doc_views.items():
            for label, _, n in vs:
                if all(score.element_present(n, el) for el in els):
                    errors.append(f"{qid}: {name} ({label}) holds every element alone")
    lang = q.get("language")
    if kind == "cross-lingual":
        if any(DOC_LANGUAGE.get(s) == lang for s in src):
            errors.append(f"{qid}: cross-lingual with a source in its own language")
        for el in q.get("must_include", []):
            for alt in score.alternatives(el):
                for name, vs in doc_views.items():
                    if DOC_LANGUAGE[name] == lang and any(score.contains(n, alt) for *_, n in vs):
                        errors.append(f"{qid}: the answer {alt!r} is in {name}, same language")
        for pattern in XL_ABSENT.get(qid, []):
            for name, vs in doc_views.items():
                if DOC_LANGUAGE[name] != lang:
                    continue
                for label, text, _ in vs:
                    if re.search(pattern, _nfc(text), re.I):
                        errors.append(f"{qid}: {pattern!r} in {name} ({label}), same language")
    elif src and not any(DOC_LANGUAGE.get(s) == lang for s in src):
        errors.append(f"{qid}: no expected source in the question's language")
    for pattern in OOS_ABSENT.get(qid, []):
        for name, vs in doc_views.items():
            for label, text, _ in vs:
                if re.search(pattern, _nfc(text), re.I):
                    errors.append(f"{qid}: {pattern!r} occurs in {name} ({label})")


def check_wording(questions: list[dict], errors: list[str]) -> None:
    for lang, words in SHORTHAND.items():
        used = set()
        for q in questions:
            if q["language"] != lang:
                continue
            for w in words:
                if re.search(rf"(?<![\w/'@]){re.escape(w)}(?![\w'])", q["question"]):
                    used.add(w)
        if len(used) < 5:
            errors.append(f"{lang}: only {sorted(used)} of the member shorthand used")
    typos = 0
    for q in questions:
        for m in re.finditer(r"(?:Typos? noted|Fautes? notées?) ?: ([^.]+)\.", q["notes"]):
            for word in re.findall(r"« ([^»]+) »", m.group(1)):
                if word not in q["question"]:
                    errors.append(f"{q['id']}: noted typo {word!r} not in the question")
                typos += 1
    if typos < 3:
        errors.append(f"{typos} noted typos (want 3 or more)")


# ---- amounts in the documents -----------------------------------------------------------------

# text no processor shows: the Djot comment, the Creole placeholder, the FAQ's <noframes> (a
# browser with frames hides it; a tag stripper shows it), the chat's deleted message
HIDDEN = {
    M.MEMO: DJOT_COMMENT,
    M.GUIDE: CREOLE_PLACEHOLDER,
}


def _primary(doc_views: dict, name: str) -> str:
    return _nfc(doc_views[name][0][1])


def check_amounts(doc_views: dict, questions: list[dict], errors: list[str]) -> int:
    found = []
    for name, vs in doc_views.items():
        lang = DOC_LANGUAGE[name]
        primary = _primary(doc_views, name)
        prim = amounts(primary, lang)
        hidden = [m.span() for m in HIDDEN[name].finditer(primary)] if name in HIDDEN else []
        for style, text, num, value, _ in prim:
            found.append((name, style, text, num, value))
            if style not in STYLES[name]:
                errors.append(f"{name}: amount {text!r} in the style {style!r}")
        for label, _t, norm in vs:
            for style, text, _n, _v, (s0, e0) in prim:
                if label in ("djot", "creole") and any(s <= s0 and e0 <= e for s, e in hidden):
                    continue
                if label == "transactions" and style == "ofx":
                    text = "AMD -" + text
                if not score.contains(norm, text):
                    errors.append(
                        f"{name}: amount {text!r} not read at digit boundaries in {label}"
                    )
        for label, t, _ in vs[1:]:
            for style, text, num, value, _ in amounts(_view_text(label, t), lang, view=True):
                found.append((name, style, text, num, value))
    spellings = {(style, text, num, value) for _, style, text, num, value in found}
    by_norm: dict[str, set] = {}
    for _style, text, _, value in spellings:
        by_norm.setdefault(score.normalise(text), set()).add(value)
    for n, values in by_norm.items():
        if len(values) > 1:
            errors.append(f"amount spelling {n!r} reads as {sorted(values)}")
    nums = {(num, value) for _, _, num, value in spellings}
    texts = {(text, value) for _, text, _, value in spellings}
    for pool in (nums, texts):
        for a, va in pool:
            for b, vb in pool:
                if va != vb and score.contains(score.normalise(b), a):
                    errors.append(f"amount {a!r} ({va}) reads inside {b!r} ({vb})")
    for q in questions:
        needles = [alt for el in q["must_include"] for alt in score.alternatives(el)]
        needles += q["must_not_include"]
        for needle in needles:
            if not re.search(r"\d", needle) or not NUMERIC.fullmatch(needle):
                continue
            values = {v for num, v in nums if score.contains(score.normalise(num), needle)}
            if len(values) > 1:
                errors.append(f"{q['id']}: {needle!r} reads amounts of values {sorted(values)}")
    real = {v for n, _, _, _, v in found if n not in DISTRACTORS}
    for n, _, text, _, v in found:
        if n in DISTRACTORS and v in real:
            errors.append(f"{n}: distractor amount {text!r} is also an amount of the set")
    return len({(n, text) for n, _, text, _, _ in found})


def check_spellings(doc_views: dict, errors: list[str]) -> None:
    raws = {n: _primary(doc_views, n) for n in doc_views}
    for name, text, once in SPELLINGS:
        own = raws[name].count(text)
        total = sum(t.count(text) for t in raws.values())
        if own < 1:
            errors.append(f"{name}: spelling {text!r} missing")
        elif once and total != 1:
            errors.append(f"spelling {text!r} occurs {total} times (want once)")
    for name, pattern in EXPLAINED:
        if not re.search(pattern, _flat(raws[name])):
            errors.append(f"{name}: explanation {pattern!r} missing")
    for name, text in raws.items():
        lang = DOC_LANGUAGE[name]
        if re.search(
            r"[€£¥₩₹৳₮₸₵₦₴₾₱₺₼₡]|\$\s?\d|\b(?:USD|EUR|GBP|KRW|CAD|CHF|CNY|INR|AZN|NOK|ISK)\b", text
        ):
            errors.append(f"{name}: another currency")
        if "TWD" in text and name not in (M.AGREEMENT, M.PAYROLL, M.CHAT):
            errors.append(f"{name}: TWD outside the agreement, the statement and the chat")
        if lang == "fr" and re.search(r"\d[ \u00a0]\d{3}\D", text):
            errors.append(f"{name}: French thousands with an ASCII or no-break space")
        if lang == "en" and NNB in text:
            errors.append(f"{name}: a narrow no-break space in an English document")
        if re.search(
            r"\d ?(?:thou|tons?|mln|mn|Mio|MM|mil|juta|jt|monkeys?|briques?|bâtons?|kk|bn|grand"
            r"|lakhs?|plaques?|sacs?)\b|\d+k\d?\b|(?<![A-Z\d.,])\d+(?:[.,]\d+)?M\b",
            text,
        ):
            errors.append(f"{name}: a shorthand of earlier sets")
    agreement = _flat(raws[M.AGREEMENT])
    clause = agreement.split("10.4 ")[1].split("Article 11")[0]
    if "TWD 36,000" not in clause:
        errors.append("agreement: the foreign amount is not in clause 10.4")
    for style, want in (("words", 1), ("patates", 1), ("luma", 1), ("whole", 1), ("twd", 1)):
        n = sum(1 for nm, t in raws.items() for a in amounts(t, DOC_LANGUAGE[nm]) if a[0] == style)
        if n != want:
            errors.append(f"amounts in the style {style!r} occur {n} times (want {want})")


def check_non_money(doc_views: dict, errors: list[str]) -> None:
    for name, text in NON_MONEY:
        t = _flat(_primary(doc_views, name))
        if text not in t:
            errors.append(f"{name}: look-alike {text!r} missing")
            continue
        i = t.find(text)
        for *_, (s, e) in amounts(t, DOC_LANGUAGE[name]):
            if s < i + len(text) and i < e:
                errors.append(f"{name}: look-alike {text!r} read as an amount")


# ---- dates and rules of time ------------------------------------------------------------------

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]  # fmt: skip
EN_DATE = re.compile(
    rf"\b({'|'.join(EN_DAYS)}) (\d{{1,2}}) ({'|'.join(EN_MONTHS)})"
    rf"(?:(?: and (?:{'|'.join(EN_DAYS)}) \d{{1,2}} (?:{'|'.join(EN_MONTHS)}))? (\d{{4}}))?"
)
SHORT_DATE = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{1,2}) (Nov|Dec|Jan|Aug) (\d{4})")
FR_DATE = re.compile(
    rf"\b({'|'.join(FR_DAYS)}) (\d{{1,2}})(?:er)? ({'|'.join(FR_MONTHS)})(?: (\d{{4}}))?", re.I
)
SHORT_MONTHS = {"Jan": 1, "Aug": 8, "Nov": 11, "Dec": 12}


def _year(month: int, year: str | None) -> int:
    if year:
        return int(year)
    return 2026 if month >= 7 else 2027


def check_weekdays(doc_views: dict, questions: list[dict], errors: list[str]) -> int:
    seen = 0
    texts = [(n, lab, _view_text(lab, t)) for n, vs in doc_views.items() for lab, t, _ in vs]
    texts += [(q["id"], "question", q["question"]) for q in questions]
    texts += [(q["id"], "notes", q["notes"]) for q in questions]
    for name, label, t in texts:
        t = _flat(t)
        for m in EN_DATE.finditer(t):
            month = EN_MONTHS.index(m.group(3)) + 1
            d = datetime.date(_year(month, m.group(4)), month, int(m.group(2)))
            seen += 1
            if EN_DAYS[d.weekday()] != m.group(1):
                errors.append(f"{name} ({label}): {m.group(0)!r} is a {EN_DAYS[d.weekday()]}")
        for m in SHORT_DATE.finditer(t):
            d = datetime.date(int(m.group(4)), SHORT_MONTHS[m.group(3)], int(m.group(2)))
            seen += 1
            if EN_DAYS[d.weekday()][:3] != m.group(1):
                errors.append(f"{name} ({label}): {m.group(0)!r} is a {EN_DAYS[d.weekday()]}")
        for m in FR_DATE.finditer(t):
            month = FR_MONTHS.index(m.group(3).lower()) + 1
            d = datetime.date(_year(month, m.group(4)), month, int(m.group(2)))
            seen += 1
            if FR_DAYS[d.weekday()] != m.group(1).lower():
                errors.append(f"{name} ({label}): {m.group(0)!r} is a {FR_DAYS[d.weekday()]}")
    for q in questions:  # short forms in questions: "sat 19 dec", "mon 30 nov", "sun 20 dec"
        for m in re.finditer(
            r"\b(mon|tue|wed|thu|fri|sat|sun) (\d{1,2}) (nov|dec|jan)\b", q["question"]
        ):
            month = {"nov": 11, "dec": 12, "jan": 1}[m.group(3)]
            d = datetime.date(_year(month, None), month, int(m.group(2)))
            seen += 1
            if EN_DAYS[d.weekday()][:3].lower() != m.group(1):
                errors.append(f"{q['id']}: {m.group(0)!r} is a {EN_DAYS[d.weekday()]}")
    return seen


def broadcast_month(d: datetime.date) -> tuple[int, int]:
    """The standard broadcast month of a day: Monday of the week of the 1st to the last Sunday."""
    sunday = d + datetime.timedelta(days=6 - d.weekday())  # the Sunday ending d's week
    return (sunday.year, sunday.month)


def pay_day(d: datetime.date) -> datetime.date:
    if d.day <= 15:
        p = d.replace(day=22)
    else:
        nxt = (d.replace(day=1) + datetime.timedelta(days=32)).replace(day=7)
        p = nxt
    while p.weekday() >= 5:
        p += datetime.timedelta(days=1)
    return p


def check_time_rules(doc_views: dict, errors: list[str]) -> None:
    flat = {n: _flat(_primary(doc_views, n)) for n in doc_views}
    D = datetime.date
    if TODAY.weekday() != 2:
        errors.append("today is not a Wednesday")
    # 1. running time from length and projection speed (clause 4.2)
    gull = next(e for e in jcal_events(_read(M.CALENDAR)) if "Gull Rock" in e["summary"])
    feet = int(gull["x-regal-print-length"].split()[0].replace(",", ""))
    fps = int(gull["x-regal-projection-speed"].split()[0])
    minutes = feet * 16 / (fps * 60)
    if minutes != 84 or _dur_minutes(gull["duration"]) != 84 or feet * 16 / (24 * 60) != 70:
        errors.append(
            "rule 1: the running time of The Keeper of Gull Rock is not 84 (70 at 24 fps)"
        )
    # 2. the broadcast month (clause 16.4)
    if broadcast_month(D(2026, 11, 30)) != (2026, 12) or broadcast_month(D(2026, 11, 29)) != (
        2026,
        11,
    ):
        errors.append("rule 2: 30 November 2026 is not in the broadcast month of December")
    if broadcast_month(D(2026, 12, 27)) != (2026, 12) or broadcast_month(D(2026, 12, 28)) != (
        2027,
        1,
    ):
        errors.append("rule 2: the broadcast month of December 2026 does not end on the 27th")
    if "began on Monday 30 November 2026 and ends on Sunday 27 December 2026" not in flat[M.MEMO]:
        errors.append("rule 2: the amendment does not give December's broadcast month")
    # 3. the ISO week-numbering year (clause 7.3)
    if D(2027, 1, 2).isocalendar()[:2] != (2026, 53) or D(2025, 12, 29).isocalendar()[:2] != (
        2026,
        1,
    ):
        errors.append("rule 3: 2 January 2027 is not in week 53 of 2026")
    # 4. a foreign fee converted at the rate of the day of the screening (clause 10.4)
    if 36000 * 385 // 100 != 138600 or 36000 * 398 // 100 != 143280:
        errors.append("rule 4: TWD 36,000 does not give 1,386.00 (and 1,432.80 at 3.98)")
    # 5. the overrun tolerance (clause 6.5)
    if 14 * 2400 != 33600 or (14 - 10) * 2400 != 9600:
        errors.append("rule 5: 14 minutes do not give 336.00 (and 96.00 for 4)")
    # 6. semi-monthly pay periods (clause 9.1)
    if pay_day(D(2026, 12, 19)) != D(2027, 1, 7) or pay_day(D(2026, 12, 12)) != D(2026, 12, 22):
        errors.append(
            "rule 6: the pay days of 12 and 19 December 2026 are not 22 December and 7 January"
        )
    if pay_day(D(2026, 11, 21)) != D(2026, 12, 7):
        errors.append("rule 6: the statement's pay day of 7 December does not follow")
    # 7. an offer lapses 72 hours after it was sent, to the minute (clause 5.3)
    sent = datetime.datetime(2026, 12, 4, 10, 15)
    lapse = sent + datetime.timedelta(hours=72)
    if lapse != datetime.datetime(2026, 12, 7, 10, 15) or not lapse < datetime.datetime(
        2026, 12, 7, 11, 2
    ):
        errors.append(
            "rule 7: the offer of 4 December 10:15 does not lapse before 11:02 on 7 December"
        )
    # 8. a licence counted from the first public screening (clause 15.4)
    first = D(2027, 1, 9)
    end = first.replace(year=first.year + 1) - datetime.timedelta(days=1)
    signed = D(2026, 9, 14)
    if end != D(2028, 1, 8) or signed.replace(year=2027) - datetime.timedelta(days=1) != D(
        2027, 9, 13
    ):
        errors.append(
            "rule 8: the licence does not end on 8 January 2028 (13 September 2027 from signature)"
        )
    ferry = next(e for e in jcal_events(_read(M.CALENDAR)) if "Ferryman" in e["summary"])
    if not ferry["dtstart"].startswith("2027-01-09"):
        errors.append("rule 8: the calendar's first AI screening is not on 9 January 2027")
    # the "now" window: no decisive date falls in it
    decisive = [D(2026, 12, 4), D(2026, 11, 30), D(2026, 12, 27), D(2026, 12, 22), D(2027, 1, 7),
                D(2026, 12, 7), D(2026, 12, 16), D(2026, 12, 17), D(2026, 12, 19), D(2027, 1, 2),
                D(2027, 1, 9), D(2028, 1, 8)]  # fmt: skip
    for d in decisive:
        if d in NOW_WINDOW:
            errors.append(f"a decisive date {d} falls in the now window")


# ---- layouts ----------------------------------------------------------------------------------


def _pdf_streams(data: bytes) -> list[bytes]:
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            out.append(zlib.decompress(m.group(1)))
        except zlib.error:
            out.append(m.group(1))
    return out


def _pdf_layout(doc_views: dict, errors: list[str]) -> None:
    data = _raw(M.AGREEMENT)
    vp = re.search(rb"/ViewerPreferences\s*<<(.*?)>>", data, re.S)
    if not vp:
        errors.append("agreement: no /ViewerPreferences")
    else:
        for key in (rb"/DisplayDocTitle true", rb"/Duplex /DuplexFlipLongEdge", rb"/NumCopies 2",
                    rb"/PrintScaling /None"):  # fmt: skip
            if key not in vp.group(1):
                errors.append(f"agreement: /ViewerPreferences without {key.decode()}")
    streams = b"".join(_pdf_streams(data))
    if streams.count(b"/Span <</ActualText <FEFF058F>>> BDC") != 2:
        errors.append("agreement: not two /ActualText spans for the drawn dram sign")
    if streams.count(b"/Span <</Lang (fr-FR)>> BDC") != 1:
        errors.append("agreement: no /Lang (fr-FR) span")
    if streams.count(b"BDC") != streams.count(b"EMC"):
        errors.append("agreement: BDC and EMC do not pair")
    for label, t, _ in doc_views[M.AGREEMENT]:
        if DRAM in t:
            errors.append(f"agreement ({label}): a reader extracted the dram sign")


def _docx_layout(doc_views: dict, errors: list[str]) -> None:
    path = os.path.join(DOCS, M.SHEET)
    doc = zip_part(path, "word/document.xml").decode("utf-8")
    settings = zip_part(path, "word/settings.xml").decode("utf-8")
    banner = re.search(r'<v:textpath [^>]*string="([^"]+)"', doc)
    if 'type="#_x0000_t136"' not in doc or not banner or banner.group(1) != make_docx.BANNER:
        errors.append("sheet: no VML WordArt banner (text-path shape type 136)")
    if "<w:evenAndOddHeaders/>" not in settings:
        errors.append("sheet: no w:evenAndOddHeaders in settings.xml")
    kinds = set(re.findall(r'<w:headerReference w:type="(\w+)"', doc))
    if kinds != {"default", "even"}:
        errors.append(f"sheet: header references {sorted(kinds)} (want default and even)")
    headers = ""
    with zipfile.ZipFile(path) as z:
        for part in z.namelist():
            if part.startswith("word/header"):
                headers += z.read(part).decode("utf-8")
    for text in (make_docx.HEADER_ODD, make_docx.HEADER_EVEN):
        if text not in headers:
            errors.append(f"sheet: header {text!r} missing")
    first_row = re.search(r"<w:tr[ >].*?</w:tr>", doc, re.S)
    if (
        not first_row
        or "<w:tblHeader/>" not in first_row.group(0)
        or doc.count("<w:tblHeader/>") != 1
    ):
        errors.append("sheet: the table's first row is not its only repeating header row")
    for label, t, _ in doc_views[M.SHEET]:
        for hidden in (make_docx.BANNER, make_docx.HEADER_ODD, make_docx.HEADER_EVEN):
            if hidden in t:
                errors.append(f"sheet ({label}): a body reader shows {hidden!r}")


def _memo_layout(errors: list[str]) -> None:
    raw = _read(M.MEMO)
    if len(re.findall(r"\{-[^}]+-\}", raw)) < 4 or len(re.findall(r"\{\+[^}]+\+\}", raw)) < 4:
        errors.append("amendment: fewer than four Djot deletions and insertions")
    if len(DJOT_COMMENT.findall(raw)) != 1 or "1,575.00" not in DJOT_COMMENT.search(raw).group(0):
        errors.append("amendment: no Djot comment holding the draft")
    if "1,575.00" in djot_view(raw):
        errors.append("amendment: the draft shows in the rendered view")
    for needle in (
        "::: note",
        "::: signatures",
        "``` =html",
        "[^sign]:",
        "{#art-1}",
        "{#top .amendment}",
    ):
        if needle not in raw:
            errors.append(f"amendment: no {needle!r}")


def _payroll_layout(errors: list[str]) -> None:
    raw = _read(M.PAYROLL)
    if not raw.startswith("OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\n"):
        errors.append("statement: not an OFX 1.0.2 SGML header")
    if re.search(r"</(TRNAMT|NAME|MEMO|DTPOSTED|FITID|CURDEF)>", raw):
        errors.append("statement: a leaf element is closed (OFX SGML leaves are not)")
    if "<CURDEF>AMD" not in raw or raw.count("\r\n") != raw.count("\n"):
        errors.append("statement: no CURDEF AMD or not CRLF throughout")
    trs = ofx_transactions(raw)
    if len(trs) != len(N.PAYMENTS):
        errors.append("statement: transaction count")
    total = sum(int(t["TRNAMT"].replace(".", "").replace("-", "")) for t in trs)
    if f"Total paid on 7 December 2026: -{total // 100}.{total % 100:02d}." not in raw:
        errors.append("statement: the total does not add up")
    if len({t["FITID"] for t in trs}) != len(trs):
        errors.append("statement: FITIDs are not unique")


def _calendar_layout(errors: list[str]) -> None:
    raw = _read(M.CALENDAR)
    cal = json.loads(raw)
    if cal[0] != "vcalendar" or cal[2][0][0] != "vtimezone":
        errors.append("programme: not a jCal vcalendar with a vtimezone")
    for e in jcal_events(raw):
        start = datetime.datetime.fromisoformat(e["dtstart"])
        day = EN_DAYS[start.weekday()]
        if not e["description"].startswith(
            f"{day} {start.day} {EN_MONTHS[start.month - 1]} {start.year}"
        ):
            errors.append(f"programme: {e['uid']} description does not start with its date")
        if not re.fullmatch(r"PT(?:\d+H)?(?:\d+M)?", e["duration"]):
            errors.append(f"programme: {e['uid']} duration {e['duration']!r}")
    if re.search(rf"{DRAM}|AMD|\d\.\d\d\b", raw):
        errors.append("programme: an amount")


def _vendor_layout(errors: list[str]) -> None:
    box = json.loads(_read(M.VENDOR))
    items = box["orderedItems"]
    if box.get("type") != "OrderedCollection" or box.get("totalItems") != len(items):
        errors.append("outbox: not an OrderedCollection with its totalItems")
    types = [a["type"] for a in items]
    for t in ("Create", "Update", "Delete", "Announce"):
        if t not in types:
            errors.append(f"outbox: no {t} activity")
    created = [a["object"]["id"] for a in items if a["type"] == "Create"]
    for a in items:
        if a["type"] == "Update" and a["object"]["id"] not in created:
            errors.append("outbox: an Update of a note never created")
        if a["type"] == "Delete" and a["object"].get("type") != "Tombstone":
            errors.append("outbox: a Delete without a Tombstone")
    stamps = [a["published"] for a in items]
    if stamps != sorted(stamps):
        errors.append("outbox: activities out of order")
    posts = outbox_view(_read(M.VENDOR))
    if "Saturday 2 January 2027" in posts or "Saturday 9 January 2027" not in posts:
        errors.append("outbox: the Update is not applied in the posts view")


def _html_layout(doc_views: dict, errors: list[str]) -> None:
    raw = _read(M.FAQ)
    pic = re.search(r"<picture>(.*?)</picture>", raw, re.S)
    if not pic or pic.group(1).count("<source ") != 2 or 'alt="' not in pic.group(1):
        errors.append("FAQ: no <picture> with two <source>s and an <img alt>")
    alt = re.search(r'alt="([^"]+)"', raw).group(1)
    if alt in html_text(raw):
        errors.append("FAQ: the alt text shows in the stripped view")
    if not re.search(r'<blockquote cite="[^"]+#clause-15\.4">', raw):
        errors.append("FAQ: no <blockquote cite>")
    nf = re.search(r"<noframes>(.*?)</noframes>", raw, re.S)
    if (
        not nf
        or "1\u202f390,00" not in nf.group(1)
        or "1\u202f390,00" in raw.replace(nf.group(0), "")
    ):
        errors.append("FAQ: the 2023-2026 archive is not (only) in <noframes>")


def _text_layouts(errors: list[str]) -> None:
    guide = _read(M.GUIDE)
    for needle, what in (("\n= ", "title"), ("|= ", "header row"), ("<<<", "placeholder"),
                         ("{{{", "nowiki"), ("[[", "link"), ("\\\\", "line break"),
                         ("\n----\n", "rule"), ("\n# ", "numbered list"), ("\n* ", "bullets")):  # fmt: skip
        if needle not in "\n" + guide:
            errors.append(f"guide: no Creole {what}")
    if "6\u202f900,00" in creole_view(guide):
        errors.append("guide: the placeholder shows in the rendered view")
    chat = _read(M.CHAT)
    msgs = chat_messages(chat)
    whens = [m["when"] for m in msgs]
    if whens != sorted(whens):
        errors.append("chat: messages out of order")
    for needle in ("Ce message a été supprimé", "<Ce message a été modifié>", "\u200eIMG-",
                   "SONDAGE :", "OPTION :", "a créé le groupe"):  # fmt: skip
        if needle not in chat:
            errors.append(f"chat: no {needle!r}")
    if not any("\n" in m["text"] for m in msgs):
        errors.append("chat: no message on several lines")
    root = ElementTree.fromstring(_read(M.PHONE))
    for tag in ("sub", "say-as", "break", "prosody", "phoneme", "mark", "emphasis", "metadata"):
        if root.find(f".//{SSML}{tag}") is None:
            errors.append(f"greeting: no SSML <{tag}>")
    if (
        root.tag != f"{SSML}speak"
        or root.get("{http://www.w3.org/XML/1998/namespace}lang") != "fr-FR"
    ):
        errors.append("greeting: not an SSML <speak xml:lang='fr-FR'>")
    abc = _read(M.TUNEBOOK)
    xs = [int(x) for x in re.findall(r"^X:(\d+)$", abc, re.M)]
    if xs != list(range(1, len(xs) + 1)) or len(xs) < 6:
        errors.append("tune book: X: numbers are not 1..n")
    for tune in abc.split("\nX:")[1:]:
        heads = [line[:2] for line in tune.split("\n")[1:] if re.match(r"^[A-Z]:", line)]
        if heads[:1] != ["T:"] or "K:" not in heads or "M:" not in heads or "L:" not in heads:
            errors.append("tune book: a tune without T:, M:, L: and K:")
    gpx = ElementTree.fromstring(_read(M.WALK))
    if (
        len(gpx.findall(f"{GPX}wpt")) != len(gpx.findall(f".//{GPX}trkpt"))
        or len(gpx.findall(f"{GPX}wpt")) < 5
    ):
        errors.append("walk: the waypoints and the track do not match")


def check_layouts(doc_views: dict, errors: list[str]) -> None:
    _pdf_layout(doc_views, errors)
    _docx_layout(doc_views, errors)
    _memo_layout(errors)
    _payroll_layout(errors)
    _calendar_layout(errors)
    _vendor_layout(errors)
    _html_layout(doc_views, errors)
    _text_layouts(errors)


def check_distractors(doc_views: dict, errors: list[str]) -> None:
    for name in DISTRACTORS:
        for label, text, _ in doc_views[name]:
            for p in PARTIES:
                if re.search(p, _nfc(text)):
                    errors.append(f"{name} ({label}): names {p!r}")


def check_builds(errors: list[str], warnings: list[str]) -> None:
    for name, data in make_notice.build_all(write=False).items():
        if data != _raw(name):
            errors.append(f"{name}: not what make_notice.py writes")
    with open(M.OUT, encoding="utf-8") as f:
        if f.read() != M.render():
            errors.append("questions.json: not what make_questions.py writes")
    if MODS["fpdf"]:
        if make_pdf.build_agreement(write=False) != _raw(M.AGREEMENT):
            errors.append(f"{M.AGREEMENT}: not what make_pdf.py builds")
    else:
        warnings.append(f"{M.AGREEMENT}: fpdf2 not importable, build not compared")
    if MODS["docx"]:
        if make_docx.build_sheet(write=False) != _raw(M.SHEET):
            errors.append(f"{M.SHEET}: not what make_docx.py builds")
    else:
        warnings.append(f"{M.SHEET}: python-docx not importable, build not compared")


def check_score_link(errors: list[str]) -> None:
    link = os.path.join(HERE, "score.py")
    if not os.path.islink(link) or os.readlink(link) != "../union-c/score.py":
        errors.append("score.py is not a relative link to ../union-c/score.py")
    with open(os.path.join(HERE, "..", "..", "pyproject.toml"), encoding="utf-8") as f:
        if '"eval/union-az/score.py"' not in f.read():
            errors.append("pyproject.toml: eval/union-az/score.py not excluded from ruff")


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    with open(M.OUT, encoding="utf-8") as f:
        questions = json.load(f)
    names = sorted(os.listdir(DOCS))
    if len(names) != N_DOCS or set(names) != set(DOC_LANGUAGE):
        errors.append(f"docs/: {names} are not the 12 documents")
    if Counter(DOC_LANGUAGE.values()) != Counter({"en": 6, "fr": 6}):
        errors.append("not 6 documents per language")
    doc_views: dict[str, list[tuple[str, str, str]]] = {}
    n_views = 0
    for name in names:
        if not name.endswith((".pdf", ".docx", ".html", ".txt")):
            errors.append(f"{name}: not .pdf, .docx, .html or .txt")
        vs, w = views(name)
        warnings += w
        doc_views[name] = [(label, t, score.normalise(_view_text(label, t))) for label, t in vs]
        n_views += len(vs)
        size = len(vs[0][1])
        if not SIZE[0] <= size <= SIZE[1]:
            errors.append(f"{name}: {size} characters, outside {SIZE}")
        print(f"{name}: {size} characters, views {[label for label, _ in vs]}")
    all_norms = [n for vs in doc_views.values() for *_, n in vs]
    ids = [q.get("id") for q in questions]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, len(questions) + 1)] or len(ids) != 60:
        errors.append("ids are not uaz-001 .. uaz-060 in order")
    if len({q["question"] for q in questions}) != len(questions):
        errors.append("duplicate questions")
    counts = Counter(q.get("kind") for q in questions)
    if dict(counts) != EXPECTED_COUNTS:
        errors.append(f"kinds {dict(counts)} are not {EXPECTED_COUNTS}")
    langs = Counter(q.get("language") for q in questions)
    if dict(langs) != EXPECTED_LANGUAGES:
        errors.append(f"languages {dict(langs)} are not {EXPECTED_LANGUAGES}")
    for q in questions:
        check_question(q, doc_views, all_norms, errors)
    check_wording(questions, errors)
    n_amounts = check_amounts(doc_views, questions, errors)
    check_spellings(doc_views, errors)
    check_non_money(doc_views, errors)
    n_dates = check_weekdays(doc_views, questions, errors)
    check_time_rules(doc_views, errors)
    check_layouts(doc_views, errors)
    check_distractors(doc_views, errors)
    check_builds(errors, warnings)
    check_score_link(errors)
    used = {s for q in questions for s in q["expected_sources"]}
    for name in names:
        if name not in DISTRACTORS and name not in used:
            errors.append(f"{name}: no question uses it")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(questions)} questions, {len(names)} documents in {n_views} views, "
          f"{n_amounts} amounts, {n_dates} dated weekdays")  # fmt: skip
    if errors:
        print(f"check_set: {len(errors)} error(s)")
        return 1
    print(
        f"check_set: OK ({len(questions)} questions, {len(names)} documents in {n_views} views, "
        f"{n_amounts} amounts, {len(warnings)} warning(s))"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
