"""Former figures: the amounts a text prints as the ones its own replaced.

A memorandum's table "$226.00 ($214.00)", a sentence "(it was $318.00)", an amending
agreement's "$302.00 -> $309.00", a rate sheet's note "is $185.00, replacing $178.00":
each says which older figure it replaces, the strongest sign there is that the two are
about one item (see supersession.py). Read here for each unit (`Unit.former`), and shown
without them when the figure in force is asked about (`Unit.without_past`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import figures
from ..amended import STOPS_EN, STOPS_FR
from ..substitutions import as_read, struck_out
from .cues import takes_effect

if TYPE_CHECKING:
    from ..search import Passage
    from .units import Unit

# An amount with another in brackets after it: "$226.00 ($214.00)", a table's new figure
# with the one it replaced ("the former figures are shown in brackets").
_AMOUNT = (  # bounded: linear on digit runs; thousands by a space of any width
    rf"(?:(?:{figures.CURRENCY_BEFORE})\s?\d[\d,.'’ \u00a0\u202f]{{0,20}}\d|"
    rf"\d[\d,.'’ \u00a0\u202f]{{0,20}}\d\s?(?:{figures.CURRENCY_AFTER}))"
)
_BRACKETED = re.compile(
    rf"({_AMOUNT})\s*\(\s*(?:(?:was|formerly|previously|former|ancien\w*|auparavant)\s+)?"
    rf"{_AMOUNT}\s*\)",
    re.I,
)  # not "$500 (plus $50)", "$250 (maximum $1,000)"


# A sentence's aside on what an amount replaced: "(it was $318.00)", "(auparavant 318 $)",
# "(elle était de 80.000 F CFA)".
_WAS = re.compile(
    r"\s{0,3}\((?:(?:it|elle|il)\s+)?(?:was|formerly|previously|auparavant|anciennement|"
    rf"c['’]était|était)\s+(?:de\s+|d['’]\s*)?{_AMOUNT}\)",
    re.I,
)


# An amount and the one that replaced it: "$302.00 -> $309.00", "302 $ → 309 $"; or an
# amount in an "Old" column followed by its arrow ("$302.00 ->").
_ARROW = re.compile(rf"({_AMOUNT})\s*(?:->|→|=>)")
# the old amount before the arrow, in a sentence or list item that gives the new one after
# it ("Dataset day — 120 000F → 126 000F"): not shown with the figure in force
_ARROWED = re.compile(rf"{_AMOUNT}\s*(?:->|→|=>)\s*(?={_AMOUNT})")
# A figure a sentence says another replaces: "is $185.00, replacing $178.00", "au lieu
# de 178 $", "en lieu et place des 869,40 CHF", "in place of the $178", "up from $284".
_REPLACING = re.compile(
    r"\b(?:replacing|replaces|instead\s+of|in\s+place\s+of|in\s+lieu\s+of|up\s+from|down\s+from|"
    r"en\s+remplacement\s+d(?:e|es|u)|remplaçant|remplace|(?:au|en)\s+lieu(?:\s+et\s+place)?\s+"
    r"d(?:e|es|u)|plutôt\s+que)\s*(?:the\s+|le\s+|les\s+|la\s+|l['’]\s*)?"
    rf"({_AMOUNT})",
    re.I,
)
# The same aside at a clause's end, shown without when the figure in force is asked about:
# "is paid 7,900.00 taka instead of 7,400.00 taka." reads "is paid 7,900.00 taka."
_REPLACING_ASIDE = re.compile(  # (the space and comma before it: see _without_aside)
    r"\b(?:replacing|instead\s+of|in\s+place\s+of|in\s+lieu\s+of|up\s+from|down\s+from|"
    r"en\s+remplacement\s+d(?:e|es|u)|remplaçant|(?:au|en)\s+lieu(?:\s+et\s+place)?\s+d(?:e|es|u)|"
    r"plutôt\s+que)\s*(?:the\s+|le\s+|les\s+|la\s+|l['’]\s*)?"
    rf"{_AMOUNT}(?=\s*(?:[.;)]|,\s|$))",
    re.I,
)
# An amount a sentence says is replaced: "the scan fee of $85 is replaced by a scan fee of
# $110", "the amount of $0.58 per kilometre in Section 9.4 is replaced by $0.64", "le
# cachet de 85 $ est remplacé par"; not across a sentence's end or another amount.
_IS_REPLACED = re.compile(
    rf"({_AMOUNT})(?:(?!\.\s)[^$€£;]){{0,60}}?\b(?:is|are|shall\s+be|will\s+be|est|sont|sera)\s+"
    r"(?:hereby\s+)?(?:replaced|remplacée?s?)\s+(?:by|with|par)\b",
    re.I,
)
# An amount a sentence says stops applying: "the amount of $1,240.60 printed in Schedule A
# for Year 3 ceases to apply", "le montant de 1 240,60 $ ne s'applique plus".
_STOPS = rf"(?:{STOPS_EN}|{STOPS_FR})"
# the amount is what stops applying: no comma, "and" or other amount between them ("the
# rate is $500 and the cap no longer applies" names no former amount)
_STOPS_APPLYING = re.compile(
    rf"({_AMOUNT})(?:(?![,;]|\.\s|\s(?:and|et|but|mais|or|ou)\s)[^$€£]){{0,60}}?\b{_STOPS}",
    re.I,
)
# the clause saying so, coordinated after what replaces it: ", and the amount of … ceases
# to apply" at the sentence's end
_STOPPING_CLAUSE = re.compile(r"(?:,\s*|;\s*|\s)(?:and|et)\s+[^,;]*$|;\s*[^,;]*$", re.I)
# A change from one amount to another: "to raise the maximum grant from $500 to $750",
# "passe de 85 $ à 110 $"; a verb of change first, so that "fees from $500 to $750" (a
# range) is not read as one.
_FROM_TO = re.compile(
    r"\b(?:rais(?:e|es|ed|ing)|rises?|rose|risen|increas(?:e|es|ed|ing)|goes\s+up|went\s+up|"
    r"changed|pass(?:e|ent|era|eront|é|ée|és|ées)|augment\w*|port[ée]e?s?|hauss\w*|"
    # or lowered, said as a verb: "is reduced from 420,00 lei to 380,00 lei", "est ramené de
    # 420,00 lei à 380,00 lei", "réduit le cachet de …" (not "le tarif réduit s'applique aux
    # productions de 500 000 $ à 1 000 000 $", "a cut of the box office from …")
    r"(?:is|are|was|were|be|been|will\s+be|est|sont|sera|seront|a\s+été|ont\s+été)\s+"
    r"(?:reduced|lowered|cut|decreased|ramen[ée]e?s?|rédui(?:t|te|ts|tes)|diminu[ée]e?s?|"
    r"baiss[ée]e?s?|abaiss[ée]e?s?)|reduces|lowers|goes\s+down|went\s+down|"
    r"(?:ramène|ramènent|réduit|réduisent|diminue|diminuent|baisse|baissent|abaisse|"
    r"abaissent)\s+(?:le|la|les|l['’]))\b"
    r"[^.;$€£]{0,40}?\b(?:from|de)\s+"
    rf"({_AMOUNT})\s+(?:to|à)\s+{_AMOUNT}",
    re.I,
)
# quotes around an amount an erratum cites ("for “$421.00” read …"), and its unit ("for
# $421.00 per day read …")
_Q, _UNQ = r"[«“\"‘]?\s?", r"\s?[»”\"’]?"
_PER = r"(?:\s+(?:per|a|an|par)\s+[^\W\d_]{2,12})?"
# A correction: "should read $412.00, not $421.00", "read $412.00 instead of", "doit se
# lire 412,00 $ et non 421,00 $", and an erratum's "for $421.00 read $412.00", "$421.00
# should read $412.00", "au lieu de 421,00 $, lire 412,00 $": the misprinted amount is
# the one replaced.
_SHOULD_READ = re.compile(
    rf"\b(?:should|shall|must|to)\s+read\s+{_AMOUNT}\s*,?\s*(?:and\s+)?not\s+({_AMOUNT})|"
    rf"\b(?:se\s+lire|lire)\s+{_AMOUNT}\s*,?\s*(?:et\s+)?non(?:\s+pas)?\s+({_AMOUNT})|"
    rf"\bfor\s+{_Q}({_AMOUNT}){_PER}{_UNQ}\s*,?\s*read\s+{_Q}{_AMOUNT}|"
    rf"({_AMOUNT}){_PER}{_UNQ}\s+(?:should|shall|must)\s+read\s+{_Q}{_AMOUNT}|"
    rf"\bau\s+lieu\s+de\s+{_Q}({_AMOUNT}){_PER}{_UNQ}\s*,?\s*(?:il\s+faut\s+)?lire\s+{_Q}"
    rf"{_AMOUNT}",
    re.I,
)
# Said as a correction of what was said before, in a sentence that says it corrects:
# "Correction: the meal voucher is R210 per capture day, not R160", "rectificatif : le bon
# est de 210 rand, et non de 160 rand" (not a contrast: "the half-day call is $300, not
# $500")
_CORRECTED = re.compile(  # amounts may be in bold: "est de **3 500 gourdes**"
    rf"\b(?:is|are)\s+[*_]{{0,2}}{_AMOUNT}[^.;$€£]{{0,40}}?,\s*not\s+[*_]{{0,2}}({_AMOUNT})|"
    rf"\b(?:est|sont)\s+(?:de\s+)?[*_]{{0,2}}{_AMOUNT}[^.;$€£]{{0,40}}?,?\s*et\s+non(?:\s+pas)?"
    rf"\s+(?:de\s+)?[*_]{{0,2}}({_AMOUNT})",
    re.I,
)
_CORRECTS = re.compile(
    r"\b(?:correct\w*|erratum|errata|rectifi\w*|misprint|typo|mistake|erreur|coquille|"
    r"as\s+(?:stated|written|quoted)\s+(?:earlier|before|below|above))",
    re.I,
)
# A misprint named as one: "the figure printed as €418.30 is an error; the correct figure
# is €413.80", "$421.00 was a typing error", "le montant de 421,00 $ est erroné".
_ERROR_WORDS = (
    r"(?:an?\s+|une?\s+)?(?:error|misprint|typo|typing\s+error|mistake|incorrect|wrong|"
    r"erroneous|erreur|coquille|faute(?:\s+de\s+frappe)?|erron[ée]e?s?|inexacte?s?)\b"
)
_IS_ERROR = re.compile(
    rf"({_AMOUNT})(?:(?!\.\s)[^$€£;]){{0,40}}?\b(?:is|was|are|were|est|était|sont)\s+"
    + _ERROR_WORDS,
    re.I,
)
# A sentence that calls the amount of the sentence before it a misprint: "… shows €1,376.00
# in that cell. That is a misprint." (the next amount is the right one)
_WAS_ERROR = re.compile(
    r"^(?:that|this|it|which)\s+(?:is|was)\s+(?!(?:not|never|no)\b)(?:\w+\s+)?" + _ERROR_WORDS + "|"
    r"^(?:c['’]est|c['’]était|ceci\s+est|cela\s+est|il\s+s['’]agit\s+d['’])\s*"
    r"(?!(?:pas|jamais|ni)\b)(?:\w+\s+)?" + _ERROR_WORDS,
    re.I,
)
# The amount a sentence naming a misprint says was printed: "Une coquille s'est glissée
# dans le tableau A1 : l'heure y est imprimée « DT 42.700 »", "a misprint: the fee is
# printed as $421.00" (not "printed as $412.00, which is correct": no word of error)
_PRINTED = re.compile(rf"\b(?:printed|imprimée?s?)\s+(?:as\s+|comme\s+)?{_Q}({_AMOUNT})", re.I)
_NAMES_ERROR = re.compile(r"\b" + _ERROR_WORDS, re.I)
# "is not an error", "there is no misprint", "il n'y a aucune erreur", "pas de coquille"
_DENIED = re.compile(r"\b(?:not|no|never|pas|aucune?|jamais|ni)\s+(?:\w+\s+)?" + _ERROR_WORDS, re.I)
_NEXT = 2  # the sentences after the one naming the misprint, to find the right amount in
# A sentence that says the figure of the sentence before it no longer applies: "« Chaque
# défilé est payé 128,000 DT. » Ce taux ne s'applique plus depuis le début de la saison : un
# défilé est payé 142,500 DT", "That rate is no longer paid."
# (the whole figure: at the clause's end or before when, not "no longer applies to Sundays")
_THAT_FIGURE = (
    r"(?:that|this|the\s+(?:old|former|previous))\s+(?:rates?|figures?|amounts?|fees?|sums?)|"
    r"(?:ce|cet|cette|ces)\s+(?:taux|montants?|tarifs?|cachets?|chiffres?|sommes?)"
)
_NO_LONGER = (
    rf"(?:{_STOPS}|(?:is|was|are)\s+no\s+longer\s+(?:paid|in\s+force|valid|current)|"
    r"(?:n['’]est|n['’]était|ne\s+sont)\s+plus\s+(?:payée?s?|en\s+vigueur|valables?))"
    r"(?=\s*(?:[.;:]|$|(?:since|from|as\s+of|depuis|à\s+compter|dès|le)\b))"
)
# at a sentence's start: of its unit, or after another sentence the unit holds ("« … 88,00
# $. » Ce taux ne s'applique plus …", one unit)
_STOPPED = re.compile(rf"(?:^|(?<=[.!?»\"”])\s+)(?:{_THAT_FIGURE})\s+{_NO_LONGER}", re.I)


# Any of these, cheaply: which texts are worth cutting to read former figures from.
NAMES_FORMER = re.compile(
    rf"{_AMOUNT}\s*(?:\(|->|→|=>)|\(\s*(?:it\s+)?(?:was|formerly)\b|{_REPLACING.pattern}|"
    r"\b(?:is|are|be|est|sont|sera)\s+(?:hereby\s+)?(?:replaced|remplacée?s?)\s+(?:by|with|par)\b|"
    rf"\b(?:from|de)\s+{_AMOUNT}\s+(?:to|à)\s+{_AMOUNT}|\bread\s+{_Q}{_AMOUNT}|\blire\s+{_Q}{_AMOUNT}|"
    rf",\s*not\s+[*_]{{0,2}}{_AMOUNT}|\bet\s+non(?:\s+pas)?\s+(?:de\s+)?[*_]{{0,2}}{_AMOUNT}|"
    r"\b(?:is|was|are|were|est|était|sont)\s+" + _ERROR_WORDS + "|" + _STOPS + "|"
    r"\b(?:printed|imprimée?s?)\b",
    re.I,
)


def _without_aside(text: str) -> str:
    """`text` without each "instead of <amount>" that ends a clause, nor the space and
    comma before it (found from the keyword, so that a run of spaces costs linear time)."""
    out: list[str] = []
    at = 0
    for m in _REPLACING_ASIDE.finditer(text):
        start = m.start()
        while start > at and text[start - 1].isspace():
            start -= 1
        if start > at and text[start - 1] == ",":
            start -= 1
        out.append(text[at:start])
        at = m.end()
    return "".join([*out, text[at:]])


def _restated(m: re.Match[str]) -> bool:
    """An amount with the same one in brackets: "58 ¤ (58 euros)" says it again, in words
    or another sign, and replaces nothing."""
    before = {f.key for f in figures.extract(m.group(1))}
    return before == {f.key for f in figures.extract(m.group(0)[len(m.group(1)) :])}


def _new_only(m: re.Match[str]) -> str:
    return m.group(0) if _restated(m) else m.group(1)


def without_bracketed(units: list[Unit], passages: list[Passage] | None = None) -> list[Unit]:
    """Each unit's display without the amounts in brackets after its amounts, or the
    asides on what they replaced, for when the figure in force is asked about (see
    in_force.in_force)."""
    for u in units:
        shown = u.without_past or u.display
        if _BRACKETED.search(shown) or _WAS.search(shown):
            u.without_past = _WAS.sub("", _BRACKETED.sub(_new_only, shown))
            asides = [
                m.group(0)[len(m.group(1)) :]
                for m in _BRACKETED.finditer(u.text)
                if not _restated(m)
            ]
            asides += [m.group(0) for m in _WAS.finditer(u.text)]
            u.former |= frozenset(f.key for a in asides for f in figures.extract(a))
        shown = u.without_past or u.display
        if not u.row and _REPLACING_ASIDE.search(shown):
            u.without_past = _without_aside(shown)
        shown = u.without_past or u.display
        # not in a list of what was asked for or turned down ("the producers rejected
        # these requests: … $120 → $140")
        if (
            not u.row
            and not u.proposed
            and _ARROWED.search(shown)
            and (not u.intro or takes_effect(u.intro))
        ):
            u.without_past = _ARROWED.sub("", shown)
        # "…becomes $1,298.40, and the amount of $1,240.60 printed in Schedule A ceases to
        # apply": shown without the clause on the amount that stops applying
        shown = u.without_past or u.display
        for m in _STOPS_APPLYING.finditer(shown):
            if shown[m.end() :].strip(" .;") != "":
                continue  # the sentence goes on ("… ceases to apply to performers …")
            clause = _STOPPING_CLAUSE.search(shown[: m.start()])
            if clause is not None and clause.start() > 0:
                u.without_past = shown[: clause.start()].rstrip(" ,;") + "."
                break
        if struck := struck_out(u.text):
            # "for the figures ₼540.00 substitute ₼610.00": shown as what to read now
            u.former |= frozenset(f.key for s in struck for f in figures.extract(s))
            u.without_past = as_read(u.without_past or u.display)
        if not NAMES_FORMER.search(u.text):
            continue  # one cheap look for any of what follows
        arrows = [m.group(1) for m in _ARROW.finditer(u.text)]
        arrows += [m.group(1) for m in _REPLACING.finditer(u.text)]
        arrows += [m.group(1) for m in _IS_REPLACED.finditer(u.text)]
        arrows += [m.group(1) for m in _STOPS_APPLYING.finditer(u.text)]
        arrows += [m.group(1) for m in _FROM_TO.finditer(u.text)]
        arrows += [next(g for g in m.groups() if g) for m in _SHOULD_READ.finditer(u.text)]
        if _CORRECTS.search(u.text):
            arrows += [next(g for g in m.groups() if g) for m in _CORRECTED.finditer(u.text)]
        arrows += [m.group(1) for m in _IS_ERROR.finditer(u.text)]
        if _NAMES_ERROR.search(u.text) and not _DENIED.search(u.text):
            arrows += [m.group(1) for m in _PRINTED.finditer(u.text)]
        u.former |= frozenset(f.key for a in arrows for f in figures.extract(a))
    _misprints(units)
    _stopped(units, passages or [])
    return units


def _misprints(units: list[Unit]) -> None:
    """ "… shows €1,376.00 in that cell. That is a misprint. The signed rate sheet has
    €1,367.00": the lone amount before the sentence naming a mistake is a former figure, of
    that sentence and of the next one of its passage that gives an amount."""
    for i, u in enumerate(units):
        if not i or u.row or not _WAS_ERROR.search(u.text):
            continue
        before = units[i - 1]
        amounts = [f for f in figures.extract(before.text) if f.kind == "money"]
        if before.passage != u.passage or before.row or len(amounts) != 1:
            continue
        before.former |= {amounts[0].key}
        for after in units[i + 1 : i + 1 + _NEXT]:
            money = {f.key for f in figures.extract(after.text) if f.kind == "money"}
            if after.passage == u.passage and money - before.former:
                after.former |= before.former
                break


def _stopped(units: list[Unit], passages: list[Passage]) -> None:
    """ "« Chaque défilé est payé 128,000 DT. » Ce taux ne s'applique plus depuis le début
    de la saison : un défilé est payé 142,500 DT": the amounts of the sentence before one
    saying that its figure no longer applies (in its unit, in its passage, or ending the
    chunk just before it) are former figures, of that sentence and of the first of the
    saying one and the two after it that gives an amount of its own."""
    for i, u in enumerate(units):
        m = None if u.row else _STOPPED.search(u.text)
        if m is None:
            continue
        # the sentence before: in the same unit, or the unit before it
        before = u if m.start() > 0 else _sentence_before(units, passages, i)
        if before is None or before.row:
            continue
        before_text = u.text[: m.start()] if before is u else before.text
        amounts = {f.key for f in figures.extract(before_text) if f.kind in ("money", "pct")}
        if not any(a.startswith("money:") for a in amounts):
            continue
        before.former |= amounts
        for after in units[i : i + 1 + _NEXT]:
            said = after.text[m.end() :] if after is u else after.text
            money = {f.key for f in figures.extract(said) if f.kind == "money"}
            if after.passage == u.passage and money - amounts:
                after.former |= amounts
                break


_GAP = 4  # characters between two chunks that follow each other (a blank line, CRLF's too)


def _sentence_before(units: list[Unit], passages: list[Passage], i: int) -> Unit | None:
    """The sentence before `units[i]` in its document: the one before it in its passage, or
    the last of the passage found that ends just before it."""
    u = units[i]
    if i and units[i - 1].passage == u.passage:
        return units[i - 1]
    if not passages:
        return None
    p = passages[u.passage]
    last = [
        x
        for x in units
        if passages[x.passage].source == p.source and 0 <= p.start - passages[x.passage].end <= _GAP
    ]
    return last[-1] if last else None
