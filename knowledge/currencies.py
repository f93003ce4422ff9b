"""Currencies, so that a union paid in rupees, kronor, zloty, rand or CFA francs reads its
amounts as money as one paid in dollars does (figures.py reads the amounts)."""

from __future__ import annotations

import re
import unicodedata

# Signs, ISO 4217 codes (in capitals: "cad" is no currency), the abbreviations written
# beside an amount ("Rs 12,500", "12 500 Rs", "Rp 2.450.000", "250 kr", "fl. 1.250,50",
# "5 000 F CFA", the sol's "S/ 214.50", "S/. 290.00" and "SOL 1,250.50"; its "soles", and
# the won, only after an amount with its decimals or thousands, "18 000 soles", "1,250,000
# won": "2 soles" are a boot's, "we won 3" a match's)
# and names written after one ("40 euros", "1204.50 pounds", French plurals "2 300,00
# bahts" and "500 yens", not "50 pounds of equipment" nor a bare "livres": books). Every
# sign of Unicode's Currency Symbols block
# (₡ colón, ₴ hryvnia, ₸ tenge, ₾ lari, ₲ guaraní …) and every other character Unicode
# calls a currency symbol (৳ the taka, ֏ the dram, ៛ the riel, ﷼ the rial …), not only the
# ones seen so far; and the florin's "ƒ", a letter to Unicode.
CURRENCY_SIGNS = "ƒ" + "".join(  # not the cent's "¢", a hundredth (figures.py reads it)
    c for c in map(chr, range(0x10000)) if unicodedata.category(c) == "Sc" and c not in "¢￠"
)
CURRENCY_CODES = (
    r"USD|CAD|EUR|GBP|AUD|NZD|CHF|INR|MUR|PKR|LKR|NPR|SCR|JPY|CNY|RMB|HKD|SGD|KRW|SEK|NOK|"
    r"DKK|ISK|PLN|CZK|HUF|RON|BGN|ZAR|NGN|KES|GHS|XOF|XAF|XPF|MAD|DZD|TND|EGP|AED|SAR|QAR|"
    r"ILS|TRY|RUB|UAH|BRL|MXN|ARS|CLP|COP|THB|VND|IDR|MYR|TWD|HTG|AWG|ANG|PEN|CRC|KZT"
)
_CODES = rf"(?-i:{CURRENCY_CODES})"
# "Fr." and "Ft" (forint) only capitalised: "5 ft" is a length; "fl" and "FL" not "fl oz"
# nor "Fl. 3" (a floor); "Rs" and "Rp" (rupiah) not "rs", "RP"; the lira's "TL" not "tl"
_ABBREVIATIONS = (
    r"(?-i:Rs|Rp|TL)\.?|kr\.?|(?-i:fl|FL)(?!\.?\s?oz\b)\.?|zł|(?-i:Ft|Kč|Dh|DH|Fr\.)|F\s?CFA|Ksh"
    r"|(?-i:S/)\.?|(?-i:SOL)|(?-i:hrn|грн)\.?"
)
_NAMES = (
    r"dollars?|euros?|francs?|pounds(?!\s+of\b)|pounds?\s+sterling|livres?\s+sterling|"
    r"rupees?|roupies?|yens?|yuans?|renminbi|kronor|kroner|krona|krone|couronnes?|zlotys?|"
    r"złotys?|rands?|nairas?|shillings?|pesos?|reais|dirhams?|dinars?|gourdes?|florins?|"
    r"forints?|lei|rubles?|roubles?|bahts?|ringgit|rupiahs?|cedis?|lira|colones|colóns?|"
    # and the others of ISO 4217 by their English names (not "won", "real", "dram", "kip",
    # "pula": words; "lari", "leva", "som" only after an amount, as every name here)
    r"hryvnias?|hryvnas?|hryvnyas?|tenges?|lari|manats?|leks?|leva|levs?|denars?|"
    r"kunas?|kwachas?|birr|takas?|kyats?|riyals?|rials?|dongs?|tugriks?|tugrugs?|t[öo]gr[öo]gs?|somoni|soms?|"
    r"lempiras?|quetzal(?:es|s)?|bolivianos?|guaran[ií]e?s?|córdobas?|cordobas?|balboas?|"
    r"ariary|ouguiyas?|nakfas?|dalasis?|leones?|kinas?|paangas?|talas?|vatus?|"
    r"rufiyaa|ngultrum|emalangeni|lilangeni|malotis?|lotis?|escudos?|dobras?|guilders?|"
    r"kwanzas?|shekels?|krónur|krónas?|riels?|patacas?|meticais|meticals?|leu|bolívar(?:es|s)?|"
    r"bolivar(?:es|s)?|korun[ay]?|latu|litas|litai|kroon|krooni|tolars?|drachmas?|"
    r"pesetas?|markkas?"
)
CURRENCY_NAMES = _NAMES  # "euros", "roupies": what a French "combien d'euros" asks in
# an amount's currency written before it, or after it (as regex alternations)
# a one-letter sign before an amount. The rand's "R" glued or a space before it ("R650",
# "R1 250", "R 1,250.00", "R4,80"): three digits or a decimal or thousands mark, so that a
# row code ("R2", "R12") is not money, nor a year ("R 2026"), a version ("R2.1.3"), a room
# or a form ("Room R101"). The gourde's "G" and the kwacha's or kina's "K" name rooms,
# schedules and buildings more often ("Appendix G 120 days", "Vitamin K 100 mg"): an
# amount with a thousands or decimal mark ("G 1 950", "K 1,500.00"), glued ("G1250"), or
# three digits that end a table cell (or are one), a clause or a range's first end, or say
# what they are paid per ("| G 720 |", "−G 150 ;", "G 900–1 100", "K 500 per day")
_NOT_AFTER = "".join(
    rf"(?<!{word} [RGK])"
    for word in (
        "room rooms form rule row line code ref rev revision version grade level studio salle "
        "appendix annex annexe schedule building bâtiment vitamin"
    ).split()
)
_LETTER = (  # the letter first, so that the look-behinds run only where there is one
    r"(?:(?-i:R)(?=\s?(?:\d{3}|\d{1,3}[ \u00a0\u202f,.]\d))"
    r"|(?-i:[GK])(?=\d{3}|\s?\d{1,3}[ \u00a0\u202f,.]\d|\s\d{3}\s*(?:[|;,)–-]|per\b|par\b|/|a\s|an\s))"
    r"|(?<![\s\S])(?-i:[GK])(?=\s\d{3}\s*$))"  # a table cell read alone: "G 650"
    rf"(?<![\w.][RGK]){_NOT_AFTER}"
    r"(?!\s?(?:19|20)\d\d\b)(?!\s?\d+\.\d+\.\d)"
)
# the dinar's "DT", in capitals, beside an amount with its decimals ("DT 142.500", "142,500
# DT", "12,50 DT"): not a form's, an appendix's or a technical director's ("Formulaire DT
# 120", "2 DT et 3 régisseurs"). Three decimals read as thousands, the way "1.250" is read
# (figures.py): an amount's key, not its value, when the currency has millimes.
_DINAR_BEFORE = r"(?<![\w.])(?-i:DT)(?=\s?\d{1,3}(?:[ ,.]\d{3})*[.,]\d{2,3}(?!\d))"
_DINAR_AFTER = r"(?:(?<=[.,]\d\d)|(?<=[.,]\d\d\s)|(?<=[.,]\d{3}\s))(?-i:DT)(?!\w)"
# Currencies written in letters only, as Unicode's CLDR gives each country's own sign
# ("RM" the ringgit, "Bs" the boliviano, "MK" the Malawian kwacha, "TSh" the Tanzanian
# shilling, "Afl." the Aruban florin …) with the forms its press writes ("Bt" the baht, "KD"
# the dinar …), and the other ISO 4217 codes in use ("GTQ 980.00", "MWK 12,500"): letters
# that are as often a word, a code or a unit, so only beside an amount written as money,
# with its cents or its groups of thousands or a scale ("RM1,250.00", "1 250,00 RM", "RM 2.1
# jt"; not "Room RM 12", "Bs 3"). Signs and codes that are as often an abbreviation, a word
# or a name in capitals are left out ("FC", "RF", "QR", "SR", "UM"; "ALL", "TOP", "AMD").
LETTER_SIGNS = (
    "Afl. Afl Ar B/. Br Bs.S Bs.F Bs. Bs Bt Cg. CFPF CFP FCFP DA Db Dkr Dhs FBu FG Fdj Ikr "
    "KD Kz LS Lekë Lek MK MTn NIS Nfk Nkr Nu. RM Rf RO Shs. Shs Sh. Sh KSh TSh Tsh USh Ush VT "
    "Tk. Tk "
    "ZK din. GH¢"
).split()
MORE_CODES = (
    "AFN AOA AZN BAM BBD BDT BHD BIF BMD BND BSD BTN BWP BYN BZD CDF CLF CVE DJF DOP ETB FJD "
    "FKP GIP GMD GNF GTQ GYD HNL IQD IRR JMD JOD KGS KHR KMF KPW KWD KYD LAK LBP LRD LSL LYD "
    "MDL MGA MKD MMK MNT MRU MVR MWK MZN NIO OMR PGK PHP PYG RSD RWF SBD SDG SHP SLE SRD SSP STN "
    "SYP SZL TJS TMT TTD TZS UGX UYU UZS VES VUV WST XCD XCG YER ZMW ZWG GEL NAD ERN "
    "SLL ZWL HRK CUC PAB VED SVC"
).split()  # not the codes that are words or names in capitals: ALL, TOP, CUP, AMD, SOS, BOB,
# MOP …; the lari's GEL stays (a stage gel is not written in capitals before an amount)
_SPELT = "|".join(
    re.escape(sign) for sign in sorted(LETTER_SIGNS + MORE_CODES, key=len, reverse=True)
)
# an amount written as money: groups of thousands, or cents, or a scale after it
# (not a time of day: "10.30 h", "19.30 Uhr")
_AS_MONEY = (
    r"(?=\s?(?:\d{1,3}(?:[,.\u00a0\u202f '’]\d{3})+(?:[.,]\d{2})?(?![\d.,]\d)"
    r"|\d+[.,]\d{2}(?![\d.,]\d)(?!\s?(?:h|hrs?|uhr|am|pm|a\.m|p\.m)\b)"
    r"|\d+(?:[.,]\d+)?\s?(?:jt|juta|million|bn)\b))"
)
_SPELT_BEFORE = rf"(?<![\w.])(?-i:{_SPELT}){_AS_MONEY}"
_SPELT_AFTER = (
    r"(?:(?<=[.,]\d\d)|(?<=[.,]\d\d[ \u00a0\u202f])|(?<=\d[ ,.\u00a0\u202f'’]\d{3})"
    rf"|(?<=\d[ ,.\u00a0\u202f'’]\d{{3}}[ \u00a0\u202f]))(?-i:{_SPELT})(?![\w.]\w|\w)"
)
# the capitals that say whose dollar, real or cedi a sign is: "US$", "R$", "GH₵"
_SIGN_OF = "US|CA|C|A|R|HK|S|NT|NZ|GH"
CURRENCY_BEFORE = (
    rf"(?:{_SIGN_OF})?[{CURRENCY_SIGNS}]|(?<![\w.])(?:{_CODES}|{_ABBREVIATIONS})"
    rf"|{_DINAR_BEFORE}|{_LETTER}|{_SPELT_BEFORE}"
)
# the franc's "F" after an amount of thousands, glued or a space after it ("120 000F",
# "75.000 F"): not "75 F" (a temperature), "5F" (a floor), "2000F"
_FRANC = r"(?:(?<=[ \u00a0\u202f.,]\d{3})\s?|(?<=[ \u00a0\u202f.,]\d{3}\s))(?-i:F)(?![\w'’-])"
_SOLES = (
    r"(?:(?<=[.,]\d\d\s)|(?<=\d[ \u00a0\u202f,.]\d{3}\s))"
    # the won where an amount ends: not "1,050 won at arbitration", "2,314 won the vote"
    r"(?:soles\b|won\b(?=\s*(?:$|[|;,.)/:]|(?:a|an|per|par|each)\b)))"
)
# the kwacha's or kina's "K" and the gourde's "G" after an amount with its cents, as a
# French reader writes them, a space between ("28 000,00 K", "185,50 G"): not "5 K" (a
# kelvin), "4K" (a screen), "300 K" (a file's size), "1.25K" (thousands)
_LETTER_AFTER = r"(?<=[.,]\d\d[ \u00a0\u202f])(?-i:[KG])(?![\w.]\w|\w)"  # not "1.25K" (thousands)
CURRENCY_AFTER = (
    # a sign, with the capitals that say whose it is: "230,00 GH₵", "45 US$", "12 R$"
    rf"(?-i:{_SIGN_OF})?[{CURRENCY_SIGNS}]|\b(?:{_CODES}|{_ABBREVIATIONS}|{_NAMES})(?!\w)|{_FRANC}|{_DINAR_AFTER}"
    rf"|{_SOLES}|{_SPELT_AFTER}|{_LETTER_AFTER}"
)
# a currency's abbreviation that ends a piece of text with its full stop ("… est de fl."),
# before its amount: not the end of a sentence
ABBREVIATED_CURRENCY = re.compile(rf"(?<!\d\s)(?<![\w.])(?:{_ABBREVIATIONS})$", re.I)


# A table column whose header names its currency ("amount_ft", "Fee (€)", "Montant en CHF",
# "episode_fee_eur") prints bare numbers that are amounts of it. A sign, an ISO code in any
# case or a currency's name is enough; an abbreviation that is also a unit ("ft": feet,
# "fr") only beside a word for pay ("amount_ft", not "height_ft"). A code in lower case
# only in an export's snake_case name ("fee_eur"): "try" and "mad" are words.
_HEADER_WORD = re.compile(rf"[{CURRENCY_SIGNS}]|[^\W\d_]+")
_ISO = frozenset(CURRENCY_CODES.lower().split("|"))
_NAMED = re.compile(rf"(?:{_NAMES})", re.I)
_SHORT = frozenset(
    {"ft", "kr", "zł", "kč", "rs", "fr", "dh", "cfa", "ksh", "fl"}
    | {"rm", "bs", "tsh", "ush", "mk", "kz", "nis", "afl", "fbu", "fdj", "fcfa"}  # letter signs
)
_SOL_SIGN = re.compile(r"S/(?![A-Za-z])|\bSOL\b")  # "Fee (S/)", "Monto SOL"; not "S/N", "au sol"
_PAY_WORDS = frozenset(
    "amount amounts fee fees rate rates pay paid payment total gross net wage salary price "
    "allowance supplement montant montants cachet cachets tarif tarifs taux paie payé salaire "
    "prix brut frais indemnité prime supplément".split()
)


def names_currency(header: str) -> bool:
    """Whether a column header names the currency of the bare numbers under it."""
    written = _HEADER_WORD.findall(header.replace("_", " "))
    words = [w.lower() for w in written]
    snake = "_" in header
    if any(
        w in CURRENCY_SIGNS or (low in _ISO and (w.isupper() or snake)) or _NAMED.fullmatch(w)
        for w, low in zip(written, words, strict=True)
    ):
        return True
    if _SOL_SIGN.search(header):
        return True
    short = any(w in _SHORT for w in words) or "Rp" in written  # "Rp", not role-play's "RP"
    return short and any(w in _PAY_WORDS for w in words)


__all__ = [
    "ABBREVIATED_CURRENCY",
    "CURRENCY_AFTER",
    "CURRENCY_BEFORE",
    "CURRENCY_CODES",
    "CURRENCY_SIGNS",
    "names_currency",
]
