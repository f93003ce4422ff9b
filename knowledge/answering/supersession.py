"""Supersession as data: a figure is replaced only by a newer figure for the same item.

Among the units retrieved for a question, and other documents' table rows for the same
items (read to see what replaces them, not quoted; they replace from a day that has
come), a unit A is superseded by a unit B when:
- B comes from another document (or, when it prints A's figure as the one it replaced,
  from A's own: a table's note), and B's period starts after A's does (a memorandum of
  amendment, a later rate sheet, a newer agreement, effective from its own date), or
  starts with it in a document written after A's (a letter's new figure for the same
  contract year);
- both state a figure of the same kind (money, a share, a duration), and B states a
  value A does not;
- both are about the same item: their words, figures and dates aside, largely overlap
  ("Background performer, per day (8 hours)" and "Background performer per 8-h day");
  for two table rows, their labels without units of time do ("Crowd performer" and
  "Crowd performer, per day (8h)", not "Lead performer, per day"); or else B prints
  A's figure as the one it replaced ("Dubbing session $334.00 ($318.00)", "(it was
  $318.00)", "$302.00 -> $309.00", an "Old" column) and they share a word of what they
  are about. Such a B replaces A from A's first day, but not before its own document
  took effect, and applies for what A applied to (rows.FormerFigures brings it in
  though the search missed it). A B that prints the figure it replaced, and it is not
  one of A's, replaces some other item ("Host-read ad | G 650 | G 690" under "Rate
  before | New rate" is no new evergreen fee; naming.py); two rows for other bands,
  codes, units or length brackets ("under 30 min", "30-60 min") are other items.
A is then in force until the day before B starts. Nothing else supersedes a term: the
end of an agreement's term alone does not (a clause with no newer version stays in
force), and neither does a sentence in a newer document on another subject.

A document's own start date is its `effective_from`, or else the effective date its
opening states (openings.py); a news article's figures are placed by the day it was published, so that a later
memorandum replaces what it reported; a news article never replaces anything.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import figures
from ..lexical import tokenize
from ..search import Passage
from ..tables import item_words, labelled_alike
from ..timeframe import Period
from . import conditions, designators
from .columns import headed, like_columns
from .cues import STANDS
from .marks import noted, paid_per_differs
from .naming import names_former, names_other
from .row_codes import named_by, named_codes, own_code
from .unit import MEASURED, label_of
from .units import Unit, cells

SAME_ITEM = 0.5  # share of shared words (Jaccard) for two units to be about one item
_KINDS = MEASURED
_NUMBERS = re.compile(r"\d+")


def _item_words(units: list[Unit]) -> list[set[str]]:
    """Per unit, the words of what its figures are about (its text without figures; for a
    sentence naming a replaced figure, with its paragraph's first sentence)."""
    texts = []
    for unit in units:
        # "It is replaced by $1,081, instead of $1,052": what it replaces is its
        # paragraph's subject, named in the paragraph's first sentence
        text = f"{unit.lead} {unit.text}" if unit.former and unit.lead else unit.text
        for f in figures.extract(text):
            text = text.replace(f.text, " ")
        texts.append(_NUMBERS.sub(" ", text))
    return [{t for t in tokens if len(t) > 1} for tokens in tokenize(texts)]  # one call


def _label_words(units: list[Unit]) -> list[frozenset[str]]:
    """Per table row, the words of its label without units of time: the item a row is
    about ("Crowd performer" in "Crowd performer, per day (8 h)")."""
    # a period column's unit reads "Label — In force …, Base: $258": its label is before
    labels = [label_of(cells(u.text)).partition(" — ")[0] if u.row else "" for u in units]
    return [item_words(frozenset(tokens)) for tokens in tokenize(labels)]


def _values(unit: Unit) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in unit.figures:
        if f.kind in _KINDS:
            out.setdefault(f.kind, set()).add(f.key)
    return out


def apply(
    units: list[Unit],
    passages: list[Passage],
    today: dt.date,
    written: dict[str, dt.date] | None = None,
    more: list[Unit] | None = None,
    asked: dt.date | None = None,
) -> None:
    """Mark the units that a newer unit for the same item replaces (see the module's doc).
    A figure with no period of its own is placed by the date its document was `written`
    (source → date), so that a later memorandum still replaces it. The units of `more`
    (other documents' rows for the same items, read for this only) replace from a day
    that has come, or by the day `asked` about ("from jan 1?"), and are not marked
    themselves."""
    written = written or {}

    def start(u: Unit) -> dt.date | None:
        if u.period is not None and u.period.start:
            return u.period.start
        # undated, or "until 31 Dec 2026": from when its document was written, unless it
        # had ended by then (a later sheet's column of what applied "until 30 June 2026"),
        # or ended that very day (an expired summary whose first date is its end)
        day = written.get(passages[u.passage].source)
        if day is not None and u.period is not None and u.period.end and u.period.end <= day:
            return None
        return day

    # another document's row replaces from a day that has come (or that is asked about):
    # its own period's first day, or, when it prints the figure it replaced, its document's
    extra = [
        u
        for u in more or []
        if (
            day := u.period.start if u.period and u.period.start else start(u) if u.former else None
        )
        and day <= max(today, asked or today)
    ]
    replacing = {id(u) for u in extra}
    units = units + extra
    starts = {id(u): day for u in units if u.figures and (day := start(u)) is not None}
    dated = [u for u in units if id(u) in starts]
    own_period = {id(u) for u in dated if u.period is not None}
    words = {id(u): w for u, w in zip(dated, _item_words(dated), strict=True)}
    labels = {id(u): w for u, w in zip(dated, _label_words(dated), strict=True)}
    codes = {id(u): own_code(u) for u in dated}
    values = {id(u): _values(u) for u in dated}
    # a unit's own figures: not those it prints as the ones it replaced ("Amount before")
    own_values = {id(u): {k: keys - u.former for k, keys in values[id(u)].items()} for u in dated}
    heads = {id(u): h for u, h in zip(dated, headed(dated), strict=True)}

    def language(u: Unit) -> object:
        return passages[u.passage].metadata.get("language")

    # what a unit says it is about: its section's heading ("Article 2 – Runway fee, Band
    # II (row R-2)"), the sentence leading its paragraph, and itself
    about = {id(u): f"{passages[u.passage].heading} {u.lead} {u.text}" for u in dated}
    # the clause a unit belongs to, by its heading and its paragraph's lead, each on a line
    lead_of = {id(u): f"{passages[u.passage].heading}\n{u.lead or u.text}" for u in dated}
    dated_by: set[int] = set()  # replacing units given the period of what they replace
    for a in dated:
        if id(a) in replacing:
            continue
        a_start = starts[id(a)]
        replaced_from: dt.date | None = None
        by: Unit | None = None
        by_naming = False
        for b in dated:
            if b.withdrawn:
                continue  # a withdrawn document's figure replaces nothing
            b_start = starts[id(b)]
            names = b is not a and names_former(
                b,
                own_values[id(a)],
                words[id(a)],
                words[id(b)],
                a.text,
                about[id(b)],
                lead_of[id(a)],
            )
            # a note marked "(b)" under a row whose amount carries that mark, giving its
            # figure from a later day ("R1 850 (b)"; "(b) from 1 March 2027 … R1 990")
            names = names or (id(b) in own_period and noted(a, b, passages))
            same_source = passages[b.passage].source == passages[a.passage].source
            if same_source and not names:
                continue  # but a table's note may replace its own row's figure
            if id(b) not in own_period and not names:
                continue  # only a figure with its own period, or naming A's, replaces it
            if not names and names_other(b, own_values[id(a)]):
                continue  # B names the figure it replaced, and it is not A's ("was G 650")
            if _is_news(b, passages) and (b.proposed or not names or id(b) not in own_period):
                continue  # news replaces only dated and naming the figure ("… → 126 000F")
            if names:
                # it replaces A from A's first day ("2027-28: $313 -> $321"), but not before
                # its own document took effect
                b_start = max(b_start, a_start, written.get(passages[b.passage].source, b_start))
            same_day = b_start == a_start and not _later(b, a, passages, written)
            if b_start < a_start or (same_day and not (names and same_source)):
                # B starts after A, or as A does in a document written after A's, or in
                # A's own, naming A's figure as the one it corrects ("is R210, not R160")
                continue
            # A had already ended: nothing to replace, but B follows it for the same item
            ended = a.period is not None and a.period.end is not None and a.period.end < b_start
            kinds = values[id(a)].keys() & values[id(b)].keys()
            if not any(values[id(b)][k] - values[id(a)][k] for k in kinds):
                continue
            new = {k for k in kinds if values[id(b)][k] - values[id(a)][k]}
            same_language = language(a) == language(b)
            if same_language and not like_columns(heads[id(a)], heads[id(b)], new):
                continue  # "Hot meal after: 5 h" is no new "Minimum call: 6 h"
            if (
                not names
                and STANDS.search(b.text)
                and all(values[id(a)][k] <= values[id(b)][k] for k in kinds)
            ):
                continue  # B restates A's figure ("the row's other amounts are unchanged")
            if names:
                pass  # B names A's figure as the one it replaced, of an item they share
            elif a.row and not b.row and codes[id(a)] & _named(b, passages):
                pass  # B says what row A's code now reads ("row P-3 is replaced by €652")
            elif (
                a.row
                and b.row
                and codes[id(a)]
                and codes[id(b)]
                and not codes[id(a)] & codes[id(b)]
            ):
                # a code names one row ("D-9", "M-3"): rows with other codes are other items,
                # however alike their words ("Music video overtime", "Recording overtime")
                continue
            elif a.row and b.row and designators.differ(a.text, b.text):
                continue  # "Band 1" and "Band 3": the same work for another band
            elif a.row and b.row and conditions.differ(a.text, b.text):
                continue  # "under 30 min" and "30-60 min": the same work for another length
            elif a.row and b.row and paid_per_differs(a, b):
                continue  # "per rehearsal day" and "per capture day": another fee
            elif a.row and b.row and labels[id(a)] and labels[id(b)]:
                # two rows are about one item when their labels are ("Crowd performer",
                # "Crowd performer, per 8-h day"), not when they share "performer, per day"
                if not labelled_alike(labels[id(a)], labels[id(b)], words[id(a)], words[id(b)]):
                    continue
            else:
                wa, wb = words[id(a)], words[id(b)]
                if not wa or not wb or len(wa & wb) / len(wa | wb) < SAME_ITEM:
                    continue
            if ended:
                a.followed = True  # last season's rate, and this season's sheet gives the next
                continue
            if replaced_from is None or b_start < replaced_from:
                replaced_from, by, by_naming = b_start, b, names
        if replaced_from is not None:
            a.replaced_by = by
            if by is not None and by_naming and id(by) not in dated_by and a.row and a.period:
                # a row that prints the row's figure it replaced applies for what that row
                # did ("2027-28: $313 -> $321" from 1 July 2027), once
                by.period, by.period_label = Period(replaced_from, a.period.end), ""
                dated_by.add(id(by))
            own = a.period.start if a.period is not None else None
            if own is not None and replaced_from <= own:
                # replaced before it came into force: it never applies, whatever the day
                a.superseded = a.replaced = a.void = True
                continue
            a.period = Period(own, replaced_from - dt.timedelta(days=1))
            a.period_label = ""
            a.superseded = a.period.ended_before(today)
            a.replaced = a.superseded
    # A news report restating replaced figures ("…plus an $85 scan fee") reports them as
    # they were: it is replaced with them.
    replaced: dict[tuple[str, str], Period] = {}
    for a in dated:
        if a.replaced and a.period is not None and not _is_news(a, passages):
            for kind, keys in values[id(a)].items():
                for key in keys:
                    replaced[(kind, key)] = a.period
    for u in dated:
        if id(u) in replacing:
            continue
        told = [(k, key) for k, keys in values[id(u)].items() for key in keys]
        if _is_news(u, passages) and not u.superseded and told and all(t in replaced for t in told):
            u.period = replaced[told[0]]
            u.period_label = ""
            u.superseded = u.replaced = True


def _later(b: Unit, a: Unit, passages: list[Passage], written: dict[str, dt.date]) -> bool:
    """Whether B's document was written after A's: a letter's new figure for the same
    contract year as the agreement's row ("2027-07-01 to 2028-06-30: $258", was $245)."""
    b_day = written.get(passages[b.passage].source)
    a_day = written.get(passages[a.passage].source)
    return b_day is not None and a_day is not None and b_day > a_day


def _named(unit: Unit, passages: list[Passage]) -> set[str]:
    """The row codes a sentence names, or its paragraph's lead does, else the one row code
    its section's heading names ("Article 2 – Synthetic choirs (row AI-4 of Annex A)")."""
    if found := named_by(unit):
        return found
    if _ADDS.search(unit.text):  # "a premium of €45.00 is added": beside the row's figure
        return set()
    heading = named_codes(passages[unit.passage].heading)
    return heading if len(heading) == 1 else set()


# an amount paid beside another, not in its place
_ADDS = re.compile(
    r"\b(?:in addition to|on top of|(?:is|are) added|s['’]ajoutent|s['’]ajoute|en plus d[eu]|"
    r"en sus d[eu])\b",
    re.I,
)


def _is_news(unit: Unit, passages: list[Passage]) -> bool:
    return passages[unit.passage].metadata.get("kind") == "article"
