"""Figures in text — money in any currency, percentages, hours and days, dates, days of the
week — in a normalised form.

"$1,204", "1204 dollars", "1 204 $" and "Rs 1,204" are all `money:1204`; "11,28 %" and
"11.28%" are `pct:11.28`; "July 1, 2024", "1er juillet 2024" and "2024-07-01"
are `date:2024-07-01`. An answer may only state figures found in its sources:
`unsupported(answer, sources)` lists those it may not.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .currencies import ABBREVIATED_CURRENCY as ABBREVIATED_CURRENCY
from .currencies import CURRENCY_AFTER as CURRENCY_AFTER
from .currencies import CURRENCY_BEFORE as CURRENCY_BEFORE
from .currencies import CURRENCY_CODES as CURRENCY_CODES
from .currencies import CURRENCY_SIGNS as CURRENCY_SIGNS

MONTHS = {  # month names and abbreviations, English and French → number
    "january": 1, "jan": 1, "janvier": 1, "janv": 1,
    "february": 2, "feb": 2, "février": 2, "fevrier": 2, "févr": 2,
    "march": 3, "mar": 3, "mars": 3,
    "april": 4, "apr": 4, "avril": 4, "avr": 4,
    "may": 5, "mai": 5,
    "june": 6, "jun": 6, "juin": 6,
    "july": 7, "jul": 7, "juillet": 7, "juil": 7,
    "august": 8, "aug": 8, "août": 8, "aout": 8,
    "september": 9, "sep": 9, "sept": 9, "septembre": 9,
    "october": 10, "oct": 10, "octobre": 10,
    "november": 11, "nov": 11, "novembre": 11,
    "december": 12, "dec": 12, "décembre": 12, "decembre": 12, "déc": 12,
}  # fmt: skip
# the month names as one regex alternation, longest first ("janvier" before "jan")
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# A number: 1,204 / 1 204 / 1'204 (Swiss) / 1204 / 11.28 / 11,28 / 30.375
# Continental thousands ("1.332,70", always with cents: "1.332" alone is read as English),
# and two or more dotted groups ("Rp 2.450.000"): thousands, with or without cents (a
# version or an address of such groups, "2.100.300", reads as one number too)
_NUM = (
    r"\d{1,3}(?:\.\d{3})+,\d{2}(?!\d)|\d{1,3}(?:\.\d{3}){2,}(?!\d|[.,]\d)|"
    r"\d{1,3}(?:[,\u00a0\u202f '’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
)
# "1,2 milliard", "Rs 2 lakh", "Rp 2,45 juta" (Indonesian: million; "ribu" thousand,
# "miliar" thousand million), "₺1,25 bin" (Turkish: thousand; "milyon", "milyar")
_SCALE = (
    r"(?:\s*(?P<scale>million|millions|billion|milliards?|bn|lakhs?|crores?|juta|jt|ribu|miliar|"
    r"bin|milyon|milyar|[mkMK])\b)?"
)

# year first: "2026-09-01", and with slashes "2026/09/01", "2026/9/1" (South Africa, Japan)
_ISO_DATE = re.compile(r"(?<![\d/])(\d{4})(?:-(?=\d\d-)|/)(\d{1,2})[-/](\d{1,2})(?![/\d])")
_EN_DATE = re.compile(rf"\b({MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
# A day written the European way, day first: "01.07.2025", "1.7.2025" (not "2.2.1", a
# clause, nor "1.204.50", an amount)
_DOTTED_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)")
# day first, its month in Roman numerals: "1.IX.2026", "15. XII. 2026" (Poland, Italy)
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_DATE = re.compile(
    rf"(?<![\d.])(\d{{1,2}})\.\s?({'|'.join(sorted(_ROMAN_MONTHS, key=len, reverse=True))})"
    r"\.\s?(\d{4})(?![\d.]\d)"
)
# day first, "1er mars 2026", "le premier mars 2027", "1 March 2026", and with dashes
# "01-Mar-2026"
_FR_DATE = re.compile(
    rf"\b(\d{{1,2}}|premier)(?:er|e)?(?:\s+|-)({MONTH_NAMES})\.?(?:\s+|-)(\d{{4}})\b", re.I
)
# A range's first day, its year left to its last day's: "du 1er juin au 31 août 2026",
# "from 1 June to 31 August 2026", "June 1 – August 31, 2026"
_TO = r"(?:\s*[-–]\s*|\s+(?:to|until|till|through|and|au|jusqu['’]au|et)\s+)(?:the\s+|le\s+)?"
_ORDINAL = r"(?:er|e|st|nd|rd|th)?"
_RANGE_FIRST = re.compile(
    rf"\b(?P<d>\d{{1,2}}){_ORDINAL}\s+(?P<m>{MONTH_NAMES})\.?(?={_TO}(?P<d2>\d{{1,2}}){_ORDINAL}"
    rf"\s+(?P<m2>{MONTH_NAMES})\.?\s+(?P<y>\d{{4}})\b)"
    rf"|\b(?P<m3>{MONTH_NAMES})\.?\s+(?P<d3>\d{{1,2}}){_ORDINAL}(?={_TO}(?P<m4>{MONTH_NAMES})"
    rf"\.?\s+(?P<d4>\d{{1,2}}){_ORDINAL},?\s+(?P<y3>\d{{4}})\b)",
    re.I,
)
# A month's name, the day and the year's last two digits: "Oct. 1/25", "Feb. 28/26"
# (not a night's two days, "June 15/16, 2026", "Oct 30/31")
_SHORT_DATE = re.compile(
    rf"\b({MONTH_NAMES})\.?\s+(\d{{1,2}})/(\d{{2}})(?![/\d])(?!,?\s*\d{{4}})", re.I
)
# A day with slashes, "27/02/2026" or "02/27/2026": read in the order a day of the same
# text shows, one whose first two numbers cannot both be months ("01/10/2026" alone is
# either way)
_SLASHED_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![/\d])")
# A day with dashes, "01-02-2027": as a slashed one, but day first when the text shows no
# order: dashes between day, month and year are the day-first countries' form; a text that
# shows month first ("12-31-2026") is read so
_DASHED_DATE = re.compile(r"(?<![\w-])(\d{1,2})-(\d{1,2})-(\d{4})(?![-\w])")
# A month and its year, no day: "Oct 2025", "octobre 2026", "Sept. 2026"
MONTH_YEAR = re.compile(rf"\b({MONTH_NAMES})\.?\s+((?:1[89]|2[01])\d{{2}})\b", re.I)
# A day or a month as written, any of the forms above (for patterns built on them; read
# its value with extract)
DATE_TEXT = "|".join(
    f"(?:{p.pattern})"
    for p in (_ISO_DATE, _EN_DATE, _FR_DATE, _DOTTED_DATE, _ROMAN_DATE, _SHORT_DATE, MONTH_YEAR)
)
_MONEY_BEFORE = re.compile(rf"(?:{CURRENCY_BEFORE})\s?(?P<n>{_NUM}){_SCALE}", re.I)
# Not a number inside a longer one: past two groups of a run ("1 111 111 …", "1'111'…"),
# each group would start a match again that reads to the run's end (quadratic: 64,000
# characters took two minutes); "$5,00 5%" and "Year 2 3%" still start where they do
_START = r"(?<![\w.,])(?<!\d[ \u00a0\u202f'’]\d{3}[ \u00a0\u202f'’])"
_MONEY_AFTER = re.compile(
    rf"{_START}(?P<n>{_NUM}){_SCALE}\s?(?:d[e']\s?)?(?:{CURRENCY_AFTER})(?:\s?US)?",
    re.I,
)
# pence: "75p", "85p per prompt" (up to 99p; not "1080p", "p. 12"); and any currency's
# hundredth by its name or the cent sign, up to 99: "85 cents", "85¢", "85 centimes", "85 sen",
# "50 pesewas", "75 paise", "20 kobo" (not the French "2 fils": sons)
_PENCE = re.compile(
    r"(?<![\w.,'’])(?<!\d[-–])(?P<n>\d{1,2})(?:p(?![\w'’-]|\.\w)|\s?¢|\s?(?:cents?|centimes?|"
    r"sen|pesewas?|paise|kobo|satang|halalas?|groszy|haléřů|öre|øre|kopecks?|kopeks?|"
    r"tambala|ngwee|thebe|centavos?|céntimos?|santims?|stotinki|bani|tetri|luma|lipa)\b)"
)
_PERCENT = re.compile(rf"{_START}(?P<n>{_NUM})\s?(?:%|percent\b|per cent\b|pour cent\b)", re.I)
_DURATION = re.compile(  # "72 hours", "seventy-two (72) hours", "twelve (12) business days"
    # not a meeting's minutes ("the 2024 minutes were approved", "the 2026-27 minutes")
    rf"{_START}(?<!(?:19|20)\d\d[-–/])(?!(?:19|20)\d\d\s?min)(?P<n>{_NUM})\)?[\s-]?"
    rf"(?:(?:business|working|calendar|consecutive|clear)\s)?"
    rf"(?P<unit>hours?\b|hrs?\b|heures?|h\b|days?|jours?|weeks?|semaines?|minutes?|mins?\b|mn\b)",
    re.I,
)
# A time of day, not a duration: "de 9 h à 15 h", "9h-17h", "avant 10 h le lendemain",
# "vers 13 h 30" (not "une journée de 8 h", "après 10 h de travail", "jusqu'à 10 h par jour").
_CLOCK = re.compile(
    r"(?<![\w.,])\d{1,2}\s?h(?:\s?\d{2})?\s?(?:à|-|–|au)\s?\d{1,2}\s?h(?:\s?\d{2})?\b"
    r"(?!\s+(?:de|d['’]|par|per|a|an)\b)|"  # not "de 4 h à 6 h de répétition", "8 h - 10 h per week"
    r"\b(?:avant|dès|vers)\s+\d{1,2}\s?h(?:\s?\d{2})?\b(?!\s+(?:de|d['’]|par|per)\b)",
    re.I,
)
# A day of the week: "open on Tuesdays and Thursdays", "le premier mercredi du mois"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAY = re.compile(rf"\b({'|'.join(WEEKDAYS + JOURS)})s?\b", re.I)


def weekday_number(name: str) -> int:
    """The weekday an English or French name is, 0 for Monday ("vendredi": 4)."""
    return (WEEKDAYS + JOURS).index(name.lower()) % 7


_TIMES = re.compile(rf"{_START}(?P<n>{_NUM})\s?(?:times|fois)\b", re.I)  # "3 times the rate"
_BARE = re.compile(rf"(?<![\w.,/-])(?:{_NUM})(?![\w%/])")
_YEAR = re.compile(r"(?<![\w.,$€£-])((?:19|20)\d{2})(?![\w%])")
_UNITS = {"h": "hours", "hr": "hours", "hrs": "hours", "heure": "hours", "heures": "hours",
          "hour": "hours", "hours": "hours", "day": "days", "days": "days", "jour": "days",
          "jours": "days", "week": "weeks", "weeks": "weeks", "semaine": "weeks",
          "semaines": "weeks", "minute": "minutes", "minutes": "minutes", "min": "minutes",
          "mins": "minutes", "mn": "minutes"}  # fmt: skip
DURATION_UNITS = _UNITS  # a duration's unit word → its kind of figure
_SCALES = {"k": 1e3, "m": 1e6, "million": 1e6, "millions": 1e6, "billion": 1e9, "bn": 1e9,
           "milliard": 1e9, "milliards": 1e9, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7,
           "crores": 1e7, "juta": 1e6, "jt": 1e6, "ribu": 1e3, "miliar": 1e9, "bin": 1e3,
           "milyon": 1e6, "milyar": 1e9}  # fmt: skip
_TURKISH = {"bin", "milyon", "milyar"}  # scales of the lira only
_LIRA = re.compile(r"₺|\bTRY\b|\bTL\b|\b[Ll]ira\b")


def parse_number(text: str) -> float:
    """'1,204', '1 204' and "1'204" → 1204; '1,204.50' → 1204.5; '1 204,50' and '1.204,50' → 1204.5;
    '11,28' → 11.28; '2.450.000' → 2450000."""
    t = text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    m = re.fullmatch(r"(\d{1,3}(?:[ ,']\d{3})+)(?:\.(\d+))?", t)
    if m:  # English or Swiss thousands (comma, space, apostrophe), optional decimals
        return float(re.sub(r"[ ,']", "", m.group(1)) + (f".{m.group(2)}" if m.group(2) else ""))
    m = re.fullmatch(r"(\d{1,3}(?:[ ']\d{3})+),(\d+)", t)
    if m:  # French: 1 204,50
        return float(re.sub(r"[ ']", "", m.group(1)) + "." + m.group(2))
    m = re.fullmatch(r"(\d{1,3}(?:\.\d{3})+),(\d{2})", t)
    if m:  # continental: 1.332,70
        return float(m.group(1).replace(".", "") + "." + m.group(2))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", t):  # continental: 2.450.000
        return float(t.replace(".", ""))
    try:
        return float(t.replace(",", "."))  # 11,28 is a French decimal
    except ValueError:  # "1,204,5", "107.159.5124": the last mark is the decimal point
        head, mark, tail = re.sub(r"[^\d.,]", "", t).replace(",", ".").rpartition(".")
        number = head.replace(".", "") + mark + tail
        return float(number) if re.search(r"\d", number) else 0.0


# An amount of money with dots between groups of three digits and no decimals ("75.000 F
# CFA", "1.150 fl."): thousands, as continental prices write them; not one group in
# dollars or pounds ("$30.375 per hour", an hourly equivalent to the tenth of a cent) or a
# currency of three decimals ("TND 12.500"), nor before a scale ("1.250 million").
_DOTTED_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")  # not "0.325 € par km"
_FINE_UNITS = re.compile(
    r"[$£]|(?-i:USD|CAD|AUD|NZD|HKD|SGD|GBP|TND|KWD|BHD|OMR|JOD)|dollars?|pounds?", re.I
)
_YEARS = range(1800, 2200)  # "L. 1237-19-11" is a statute number, not a date


def _day(year: str | int, month: int, day: str | int) -> str | None:
    """The ISO date, or None when no such day exists (2023-02-30, month 19)."""
    try:
        if int(year) not in _YEARS:
            return None
        return dt.date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None


def _fmt(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Figure:
    # money | pct | hours | days | weeks | times | clock | weekday | date | month | year |
    # number
    kind: str
    value: str
    text: str  # as written

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.value}"


def extract(text: str) -> list[Figure]:
    """Every figure in `text`. Spans already read as one kind are not read again as another.
    Remembered for the texts read most recently: the same passages answer many questions."""
    return list(_extract(text))


@lru_cache(maxsize=8192)
def _extract(text: str) -> tuple[Figure, ...]:
    found: list[Figure] = []
    taken = bytearray(len(text))  # the characters a figure already read: linear, not quadratic

    def add(kind: str, value: str, m: re.Match[str]) -> None:
        s, e = m.start(), m.end()
        if not any(taken[s:e]):
            found.append(Figure(kind, value, m.group(0)))
            taken[s:e] = b"\x01" * (e - s)

    # Dates that cannot exist are not dates: their digits are read as numbers below.
    for m in _ISO_DATE.finditer(text):
        if day := _day(m.group(1), int(m.group(2)), m.group(3)):
            add("date", day, m)
    for m in _EN_DATE.finditer(text):
        if day := _day(m.group(3), MONTHS[m.group(1).lower()], m.group(2)):
            add("date", day, m)
    for m in _FR_DATE.finditer(text):
        first = 1 if m.group(1).lower() == "premier" else m.group(1)
        if day := _day(m.group(3), MONTHS[m.group(2).lower()], first):
            add("date", day, m)
    for m in _RANGE_FIRST.finditer(text):
        month, day_of, year = (m["m"], m["d"], m["y"]) if m["m"] else (m["m3"], m["d3"], m["y3"])
        opens = (MONTHS[month.lower()], int(day_of))
        closes = (MONTHS[(m["m2"] or m["m4"]).lower()], int(m["d2"] or m["d4"]))
        # "from 1 December to 31 January 2027", "16 August to 15 August 2027": the year before
        if day := _day(int(year) - (opens > closes), opens[0], day_of):
            add("date", day, m)
    for m in _DOTTED_DATE.finditer(text):
        if int(m.group(2)) <= 12 and (day := _day(m.group(3), int(m.group(2)), m.group(1))):
            add("date", day, m)
    for m in _ROMAN_DATE.finditer(text):
        if day := _day(m.group(3), _ROMAN_MONTHS.index(m.group(2)) + 1, m.group(1)):
            add("date", day, m)
    for m in _SHORT_DATE.finditer(text):
        if int(m.group(3)) == int(m.group(2)) + 1:
            continue  # "Oct 30/31": two nights' days, no year
        if day := _day(2000 + int(m.group(3)), MONTHS[m.group(1).lower()], m.group(2)):
            add("date", day, m)
    slashed = [(m, int(m.group(1)), int(m.group(2))) for m in _SLASHED_DATE.finditer(text)]
    dashed = [(m, int(m.group(1)), int(m.group(2))) for m in _DASHED_DATE.finditer(text)]
    # the order one of them shows is the text's: "du 01/07/2026 au 31/12/2026" is day first
    day_first = any(a > 12 >= b for _, a, b in slashed + dashed)
    month_first = any(b > 12 >= a for _, a, b in slashed + dashed)
    # no order shown, or both: "01/10/2026" is either way, "01-10-2026" day first
    dated = [(x, day_first) for x in slashed if day_first != month_first]
    dated += [(x, not month_first) for x in dashed if not (day_first and month_first)]
    for (m, first, second), day_before in dated:
        month, day_of = (second, first) if day_before else (first, second)
        if day := _day(m.group(3), month, day_of):
            add("date", day, m)
    for m in MONTH_YEAR.finditer(text):  # its years are _YEARS
        add("month", f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}", m)
    for pattern in (_MONEY_BEFORE, _MONEY_AFTER):
        for m in pattern.finditer(text):
            n, scale = m.group("n"), (m.group("scale") or "").lower()
            value = parse_number(n)
            # "80.000 F CFA": 80,000; "$30.375 per hour", "USD 30.375", "TND 12.500": three
            # decimals
            if not scale and _DOTTED_THOUSANDS.fullmatch(n) and not _FINE_UNITS.search(m[0]):
                value = float(n.replace(".", ""))
            if scale not in _TURKISH or _LIRA.search(m[0]):  # not "a £5 bin charge"
                value *= _SCALES.get(scale, 1)
            add("money", _fmt(value), m)
    for m in _PENCE.finditer(text):
        add("money", _fmt(int(m.group("n")) / 100), m)
    for m in _PERCENT.finditer(text):
        add("pct", _fmt(parse_number(m.group("n"))), m)
    for m in _CLOCK.finditer(text):
        add("clock", m.group(0), m)
    for m in WEEKDAY.finditer(text):
        add("weekday", WEEKDAYS[weekday_number(m.group(1))], m)
    for m in _DURATION.finditer(text):
        add(_UNITS[m.group("unit").lower()], _fmt(parse_number(m.group("n"))), m)
    for m in _TIMES.finditer(text):
        add("times", _fmt(parse_number(m.group("n"))), m)
    for m in _YEAR.finditer(text):
        add("year", m.group(1), m)
    for m in _BARE.finditer(text):
        value = parse_number(m.group(0))
        if value >= 10:  # "4 categories" is not a figure a member could be misled by
            add("number", _fmt(value), m)
    return tuple(found)


def keys(text: str) -> set[str]:
    """Normalised figures of a source text, with the years and months its dates imply."""
    out: set[str] = set()
    for f in extract(text):
        out.add(f.key)
        if f.kind == "clock":  # "avant 10 h": an answer may write "10 h" or "10 a.m."
            for n in re.findall(r"\d+", f.value):
                out.update({f"number:{int(n)}", f"hours:{int(n)}"})
        elif f.kind not in ("date", "month", "year", "weekday"):
            out.add(f"number:{f.value}")
        if f.kind == "date":
            out.add(f"year:{f.value[:4]}")
            out.add(f"month:{f.value[:7]}")
        elif f.kind == "month":
            out.add(f"year:{f.value[:4]}")
    out.update(f"year:{y}" for y in re.findall(r"(?:19|20)\d{2}", text))
    return out


def unsupported(answer: str, sources: list[str]) -> list[Figure]:
    """Figures of `answer` that appear in none of `sources` (compared in normalised form)."""
    available: set[str] = set()
    for s in sources:
        available |= keys(s)
    answer = re.sub(r"\[\d+\]", " ", answer)  # citation markers are not figures
    answer = re.sub(r"(?m)^\s*\d+[.)]\s", " ", answer)  # nor are list numbers
    missing = []
    for f in extract(answer):
        if f.key in available or f.kind == "weekday":  # "by Friday, 15 May": the date is
            continue
        if f.kind == "date" and f"month:{f.value[:7]}" in available and f.value.endswith("-01"):
            continue  # "July 1, 2024" for a source's "July 2024" is a reading, not a new figure
        missing.append(f)
    return missing
