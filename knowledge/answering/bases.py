"""A share of a named base: the rule and the base figure are quoted together.

Contracts price many things as a share of another fee: "a capture fee equal to 35% of the
performance week fee", "a premium of 20% on every session fee", "75 % du cachet de
séance". A member asking what they are owed needs both: the rule, which often matches
the question best but states no amount, and the base amount in force, which often sits in
another document (a rate schedule, a memorandum). The rule is read for the words after
its share ("of the performance week fee"); the base is the best figure in force whose
words hold them. English and French; no topic is named.
"""

from __future__ import annotations

import re

from ..lexical import tokenize
from ..terms import of_word
from .asks import rate_tokens
from .units import Unit

# where a base's words end: "the session fee in force", "set out in Schedule A", "du cachet
# de séance applicable à la catégorie"
_AFTER_BASE = (
    r"(?=[,.;:()]|\s+(?:in|for|per|payable|under|paid|applicable|at|that|which|from|set|"
    r"shown|listed|stated|plus|multiplied|times|by|en vigueur|dans|pour|par|payé|versé|prévu|"
    r"prévue|applicable|selon|comme|multiplié)\b|\s*[×x]\s*\d|$)"
)
# "35% of the performance week fee", "20% on every session fee", "75 % du cachet de séance"
_SHARE_OF = re.compile(
    r"(?:(?<!\d)\d{1,4}(?:[.,]\d{1,3})?\s?%|\bper ?cent\w*(?:\s*\(\d{1,4}(?:[.,]\d{1,3})?\s?%\))?)"
    r"(?:\s*\))?\s+"
    r"(?:of|on|du|de la|de l['’]|des|sur)\s+(?:the\s+|each\s+|every\s+|all\s+|le\s+|la\s+|"
    r"chaque\s+)?([^\W\d_][\w'’ -]{2,60}?)" + _AFTER_BASE,
    re.I,
)
# The whole of a base: "is paid the full Session fee", "no less than the full voice session
# rate", "equal to one Session fee", "est payé au cachet de séance applicable"
_WHOLE_OF = re.compile(
    r"(?:\bpaid\s+(?:at\s+)?the\s+full\s+|\bequal\s+to\s+(?:one|the|a)\s+(?:full\s+)?|"
    r"\bno\s+less\s+than\s+(?:the\s+)?full\s+|\bthe\s+full\s+|"
    r"\bpayée?s?\s+(?:au|à\s+la)\s+|\bégale?s?\s+(?:au|à\s+un|à\s+une|à\s+la)\s+|"
    r"\ble\s+plein\s+)([^\W\d_][\w'’ -]{2,60}?)" + _AFTER_BASE,
    re.I,
)
_BACK = re.compile(r"(?:that|this|such|ce|cet|cette|ces)\b", re.I)  # "15% of that fee"
# A rule is quoted for its base when it matches the question nearly as well as the best
# unit (0.85 let a news report's restated rule push the figure in force out on union-d).
_MIN_MATCH_SHARE = 0.9
_QUOTED = 4  # the best-scored units, those an answer usually quotes


def base_phrase(unit: Unit) -> str:
    """The words of the base a unit's share is of, as written ("performance week fee"), or
    of the whole base it is paid ("the full Session fee"): a fee or rate named in words
    ("of the members must vote", "on July 1", "15% of that fee" are no base)."""
    found = [*_SHARE_OF.finditer(unit.text), *_WHOLE_OF.finditer(unit.text)]
    for m in sorted(found, key=lambda m: m.start()):
        phrase = re.sub(
            r"^(?:amount|sum|total)\s+of\s+(?:the\s+)?", "", m.group(1).strip(), flags=re.I
        )
        if re.search(r"\d", phrase) or _BACK.match(phrase):
            continue
        tokens = tokenize([phrase])[0]
        if set(tokens) & rate_tokens() and set(tokens) - rate_tokens():
            return phrase
    return ""


def missing_bases(units: list[Unit], news: frozenset[int] = frozenset()) -> list[str]:
    """The bases of the rules that would be quoted (see with_bases) whose amount no unit
    found gives: what to search for before answering."""
    if not units:
        return []
    best = max(u.match for u in units)
    top = {id(u) for u in sorted(units, key=lambda u: -u.score)[:_QUOTED]}  # likely quoted
    return [
        base_phrase(u)
        for u in units
        if base_words(u)
        and (u.match >= _MIN_MATCH_SHARE * best or id(u) in top)
        and u.passage not in news
        and _base(u, units) is None
    ][:1]


def base_words(unit: Unit) -> tuple[str, ...]:
    """The tokens of the base a unit's share is of, in order ("performance week fee":
    "perform", "week"), without the words that only say it is a fee; empty when it
    states none."""
    phrase = base_phrase(unit)
    return tuple(t for t in tokenize([phrase])[0] if t not in rate_tokens()) if phrase else ()


def with_bases(
    chosen: list[Unit], units: list[Unit], limit: int, news: frozenset[int] = frozenset()
) -> list[Unit]:
    """`chosen`, with the rule that prices what was asked as a share of a base when it
    matches the question nearly as well as the best unit, and the base amount that rule
    names when a unit in force gives it; at most `limit` units in all (the lowest-scored
    others make way). `news`: the passages that are news reports."""
    if not units:
        return chosen
    out = list(chosen)
    best = max(u.match for u in units)
    rules = [
        u
        for u in units
        if base_words(u) and u.match >= _MIN_MATCH_SHARE * best and u.passage not in news
    ]  # a news report of the rule is no rule
    for rule in sorted(rules, key=lambda u: -u.match)[:1]:
        if all(rule is not u for u in out):
            _add(out, rule, limit, keep=out[:1])
    for rule in [u for u in out if base_words(u)]:
        base = _base(rule, units)
        if base is not None and all(base is not u for u in out) and any(rule is u for u in out):
            _add(out, base, limit, keep=[out[0], rule])
    return out


def _base(rule: Unit, units: list[Unit]) -> Unit | None:
    """The best-scored unit in force giving an amount whose words say the rule's base, in
    its order ("Performance week", not "Stage Performer — Rehearsal week")."""
    words = base_words(rule)  # a row names its item without "fee"
    whole = tuple(tokenize([base_phrase(rule)])[0])  # a sentence says "the session fee"
    candidates = [
        u
        for u in units
        if u is not rule
        and not (u.superseded or u.void)
        and any(f.kind == "money" for f in u.figures)
        and _holds(tokenize([u.display])[0], words if u.row else whole)
    ]
    return max(candidates, key=lambda u: u.score, default=None)


def _holds(tokens: list[str], run: tuple[str, ...]) -> bool:
    """Whether `tokens` say `run`, in order, each word as written or translated ("du cachet
    de séance" in a French FAQ, "Session" in an English schedule)."""
    n = len(run)
    allowed = [{t, *of_word(t)} for t in run]
    return any(
        all(tokens[i + k] in allowed[k] for k in range(n)) for i in range(len(tokens) - n + 1)
    )


def _add(out: list[Unit], unit: Unit, limit: int, keep: list[Unit]) -> None:
    if len(out) >= limit:
        kept = {id(u) for u in keep}
        drop = min((u for u in out if id(u) not in kept), key=lambda u: u.score, default=None)
        if drop is None:
            return
        out[:] = [u for u in out if u is not drop]
    out.append(unit)
