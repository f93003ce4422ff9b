"""The extractive answer: the best units quoted with numbered sources, dated and labelled."""

from __future__ import annotations

import datetime as dt
import re

from ..answers import Answer, Source
from ..search import Passage
from ..stated_periods import text_period
from ..timeframe import Timeframe
from .archived import with_current, without_archived, without_ended
from .bases import with_bases
from .carriers import wanted_carriers
from .counted import counted_day
from .cues import ASKS_AMOUNT, ASKS_PROPOSAL, WANTS_FIGURE, asks_change
from .in_force import in_force, with_replacements
from .kinds import ASKS_TOTAL, wanted_kinds
from .own_language import in_own_language
from .pay_periods import with_period
from .ratified import with_day
from .referred import with_named_rows, with_rule
from .support import SUPPORT_MATCH, with_closest, with_leads, with_prose, with_what_follows
from .texts import TEXTS
from .unit import repeats
from .units import Unit

MAX_UNITS = 4  # the answer, then at most three supporting quotes
KEEP_WITHIN = 0.6
# An ask's own best answer is shown when it matches at least this share as well as the best
# answer to any: one ask may be matched word for word ("la clause 14 est prorogée") and the
# other only in part ("la limite de vent" for "le vent moyen dépasse 40 km/h")
ASK_TIE = 0.05  # scores this close are a tie between an ask's answers, broken by match
ASK_MATCH = 0.5
FIGURE_SLOTS = 2
LEAD_MARGIN = 0.3  # the best figure of the kind asked leads if it scores this close to the best


# "~~R$ 200,00~~ R$ 210,00": what the document itself struck out (an HTML <s> or <del>, a
# Markdown ~~…~~) is shown only when the question asks what changed
_STRUCK = re.compile(r"[ \t]*~~[^~\n]+~~")


def news_of(passages: list[Passage]) -> frozenset[int]:
    """The passages that are news reports."""
    return frozenset(i for i, p in enumerate(passages) if p.metadata.get("kind") == "article")


def source_of(n: int, p: Passage, quote: str, today: dt.date) -> Source:
    md = p.metadata
    period = text_period(quote, md) if quote else None
    return Source(
        n=n,
        source=p.source,
        title=p.title,
        start=p.start,
        end=p.end,
        text=p.text,
        quote=quote or " ".join(p.text.split())[:300],
        kind=str(md.get("kind", "other")),
        heading=p.heading,
        page=p.page,
        effective_from=md.get("effective_from"),
        effective_to=md.get("effective_to"),
        source_url=md.get("source_url"),
        table_header=str(md.get("table_header", "")),
        superseded=bool(period and period.ended_before(today)),
    )


def choose(
    question: str,
    units: list[Unit],
    budget: int,
    today: dt.date,
    language: str | None = None,
    news: frozenset[int] = frozenset(),
) -> list[Unit]:
    """The units to quote: the best few within KEEP_WITHIN of the best, at most three a
    passage, no repeats (nor, in another language than the question's `language`, what a
    chosen one says), and the one that matches the question best when there is room
    (support.with_closest); a question asking for a figure gets the best units that carry
    one (carriers.py)."""
    chosen: list[Unit] = []
    per_passage: dict[int, int] = {}
    # a question echoed ("… c'est fermé en ce moment ?") answers nothing, however like the
    # member's own it reads: the best of the rest are what the others are measured by
    echoes = any(map(_echo, units)) and not all(map(_echo, units))
    stating = [u for u in units if not (echoes and _echo(u))]
    best = max(u.score for u in stating)
    best_match = max(u.match for u in stating)
    ranked = sorted(units, key=lambda u: -u.score)
    for u in ranked:
        if echoes and _echo(u):
            continue
        if len(chosen) >= MAX_UNITS or u.score < best - KEEP_WITHIN:
            break
        shorter = next(
            (
                i
                for i, c in enumerate(chosen)
                if c.passage == u.passage and c.display != u.display and c.display in u.display
            ),
            None,
        )
        if shorter is not None and len(u.display) - len(chosen[shorter].display) <= budget:
            # "Le droit d'adhésion est de 950 $." read on: "Il peut être payé en trois
            # versements." The sentence that carries on the chosen one is shown with it.
            budget -= len(u.display) - len(chosen[shorter].display)
            chosen[shorter] = u
            continue
        if per_passage.get(u.passage, 0) >= 3 or any(repeats(u, c, language) for c in chosen):
            continue
        if chosen and u.match < SUPPORT_MATCH * best_match and not u.referred:
            continue  # about something else, unless a chosen sentence names its row
        cost = len(u.display) + 60
        if cost > budget and chosen:
            continue
        chosen.append(u)
        per_passage[u.passage] = per_passage.get(u.passage, 0) + 1
        budget -= cost
    chosen = with_closest(chosen, stating, budget, news, language, MAX_UNITS)
    # A question that asks several things gets the best answer to each of its asks.
    kept = chosen[:1]
    for ask in sorted({u.ask for u in units} - {0}):
        # its best answer, among those that hold a word of its own when one does
        own = _best_of_ask([u for u in ranked if u.ask == ask and u.own_words])
        if own is None or own.match < ASK_MATCH * best_match:
            own = _best_of_ask([u for u in ranked if u.ask == ask])
        if own is None or own.match < ASK_MATCH * best_match:
            continue
        if own in chosen or any(repeats(own, c) for c in chosen):
            kept.append(own)
            continue
        if len(chosen) >= MAX_UNITS:
            drop = min((c for c in chosen if c not in kept), key=lambda c: c.score, default=None)
            if drop is None:
                break
            chosen.remove(drop)
        chosen.append(own)
        kept.append(own)
    carriers = wanted_carriers(question, ranked, chosen, today, SUPPORT_MATCH)
    for u in carriers[:FIGURE_SLOTS]:
        if not any(repeats(u, c) for c in chosen):
            if len(chosen) >= MAX_UNITS:
                drop = next(
                    (c for c in reversed(chosen) if c not in carriers and c not in kept), None
                )
                if drop is None:
                    break
                chosen.remove(drop)
            chosen.append(u)
    return in_own_language(chosen, ranked, language)  # a figure in the member's language


def _echo(u: Unit) -> bool:
    """Whether a unit only asks, and asks no figure: a question echoed, no answer."""
    return u.asked and not u.figures


def _lead(
    question: str, chosen: list[Unit], timeframe: Timeframe, news: frozenset[int] = frozenset()
) -> Unit:
    """The unit that answers: the best one giving the kind of figure asked for (in force,
    when the question is about now; from an agreement or rate sheet rather than a news
    report of it, in `news` passages, or a proposal), else the best one."""
    wanted = wanted_kinds(question)
    ranked = sorted(chosen, key=lambda u: -u.score)
    carriers = [
        u
        for u in ranked
        if ASKS_AMOUNT.search(question)
        and u.gives(wanted)
        and u.score >= ranked[0].score - LEAD_MARGIN
    ]
    if timeframe.is_now:
        carriers = [u for u in carriers if not u.superseded] or carriers
    carriers = [u for u in carriers if u.passage not in news and not u.rounded] or carriers
    carriers = [u for u in carriers if not (u.proposed or u.asked)] or carriers
    return carriers[0] if carriers else ranked[0]


def _whole_row(lead: Unit, chosen: list[Unit], units: list[Unit]) -> list[Unit]:
    """Asked for a total, a row's figure leads with the row's other figures for the same
    period ("Overtime per hour: $41.81; Base: $223.00; Hourly: $27.88"): the parts a
    member adds up. The units merged into it are not shown again."""
    label, _, own = lead.display.partition(" — ")
    if not lead.row or not own:
        return chosen
    same = [
        u
        for u in units
        if u is not lead
        and u.row
        and u.passage == lead.passage
        and u.line == lead.line  # cut from the same table row, not one that shares a label
        and u.period == lead.period
        and not u.replaced
    ]
    parts = [own]
    for u in same:  # without the words its header shares with the lead's ("In force …, ")
        cell = u.display.partition(" — ")[2]
        pairs = zip(own, cell, strict=False)
        same_chars = next((i for i, (a, b) in enumerate(pairs) if a != b), len(cell))
        shared = own[:same_chars].rfind(", ")
        parts.append(cell[shared + 2 :] if shared > 0 else cell)
    lead.display = f"{label} — {'; '.join(dict.fromkeys(parts))}"
    return [u for u in chosen if u not in same]


def extractive(
    question: str,
    passages: list[Passage],
    units: list[Unit],
    language: str,
    timeframe: Timeframe,
    answer_chars: int,
) -> Answer:
    t = TEXTS[language]
    units = without_archived(
        question, in_force(question, units, timeframe), timeframe, SUPPORT_MATCH
    )
    budget = answer_chars - len(t["intro"]) - 40
    news = news_of(passages)
    chosen = with_leads(choose(question, units, budget, timeframe.today, language, news), units)
    chosen = with_what_follows(chosen, units)  # "la phrase est :" and the phrase
    if ASKS_AMOUNT.search(question):  # "35% of the performance week fee": and that fee
        chosen = with_bases(chosen, units, MAX_UNITS, news)
    changed = asks_change(question)
    if changed:  # "how did it change?": what it replaced, beside it
        shown = {id(u) for u in chosen}
        for u in sorted(units, key=lambda u: -u.score):
            b = u.replaced_by
            if len(chosen) >= MAX_UNITS:
                break
            if u.replaced and b is not None and id(b) in shown and id(u) not in shown:
                chosen.append(u)
                shown.add(id(u))
    asked = timeframe.period.end or timeframe.period.start or timeframe.today
    chosen = with_replacements(chosen, asked, MAX_UNITS)
    lead = _lead(question, chosen, timeframe, news)
    corrected = lead.replaced_by
    if lead.void and corrected is not None and any(corrected is u for u in chosen):
        lead = corrected  # a misprint the question names: the corrected figure answers
    chosen = without_ended(question, lead, chosen, timeframe)
    before = {id(u) for u in chosen}
    chosen = with_current(question, lead, chosen, units, timeframe, MAX_UNITS)
    current_added = any(id(u) not in before for u in chosen)
    chosen = with_rule(lead, chosen, units, MAX_UNITS)
    chosen = with_prose(lead, chosen, units, MAX_UNITS)
    chosen = with_day(lead, chosen, units, MAX_UNITS)  # "on ratification": its day
    chosen = with_period(question, lead, chosen, units, MAX_UNITS)  # the pay period's line
    if WANTS_FIGURE.search(question):  # "paid at row AL-12": and that row's figure
        chosen = with_named_rows(chosen, units, MAX_UNITS, timeframe.is_now)
    if ASKS_TOTAL.search(question):
        chosen = _whole_row(lead, chosen, units)
    # The answer first; then contracts and rate sheets before news, in document order.
    chosen.sort(
        key=lambda u: (
            u is not lead,
            passages[u.passage].metadata.get("kind") == "article",
            u.passage,
        )
    )
    # each sentence once, whichever step added it again (a FAQ's answer and its sentence)
    chosen = [
        u for i, u in enumerate(chosen) if not any(repeats(u, c, language) for c in chosen[:i])
    ]
    numbering: dict[int, int] = {}
    lines = []
    for u in chosen:
        n = numbering.setdefault(u.passage, len(numbering) + 1)
        labels = []
        if passages[u.passage].metadata.get("kind") == "article":
            labels.append(t["news"])
        if u.proposed:
            labels.append(t["proposal"])
        if (
            u.period is not None
            and (u.row or u.figures)
            and (u.superseded or u.passage not in news)
            and not u.proposed
        ):
            key = "superseded" if u.superseded else "in_force"
            if u.superseded and not (
                u.replaced
                or u.replaced_by is not None
                or u.followed
                or u.archived
                or u.labelled_past
            ):
                key = "ended"  # its own period ran out, and nothing newer replaced it
            if u.void:
                labels.append(t["withdrawn" if u.withdrawn else "void"])
            elif not u.period_label:  # else the row shows its period's own words
                dates = u.period.describe(language)  # none to give: "superseded" alone
                if dates or key != "in_force":
                    labels.append(t[key].format(period=dates) if dates else t[f"{key}_undated"])
            elif u.superseded or u.period_label not in u.display:
                # (a sheet's copy of a row, dated by that row's period: own_language.py)
                labels.append(t[key].format(period=u.period_label))
        label = f" *({'; '.join(labels)})*" if labels else ""
        display = u.display if changed else _STRUCK.sub("", u.display).strip() or u.display
        display = display if len(display) <= 400 else display[:397].rsplit(" ", 1)[0] + "…"
        if u is lead:  # the first line answers
            lines.append(f"{t['intro']} {display}{label} [{n}]")
        else:
            lines.append(f"- {display}{label} [{n}]")
    # "by when, for a scan on 12 January?": the day a rule shown counts from it
    live = [
        "" if u.superseded or u.void or u.proposed else line
        for u, line in zip(chosen, lines, strict=True)
    ]
    if counted := counted_day(question, timeframe, live, language):
        said, i = counted  # after the rule's own line
        lines.insert(i + 1, f"- {said} [{numbering[chosen[i].passage]}]")
    figure_units = [u for u in chosen if u.figures]
    if (
        WANTS_FIGURE.search(question)
        and timeframe.is_now
        and figure_units
        and (
            all(u.superseded for u in figure_units)
            or (lead.superseded and lead.figures and not current_added)
        )
    ):  # the latest figure the documents give for it is no longer in force
        lines.append("")
        lines.append(t["stale"])
    elif lead.proposed and not ASKS_PROPOSAL.search(question):  # asked what applies
        lines.append("")
        lines.append(t["only_proposed"])
    sources = [
        source_of(
            n, passages[i], next(u for u in chosen if u.passage == i).display, timeframe.today
        )
        for i, n in sorted(numbering.items(), key=lambda x: x[1])
    ]
    return Answer(
        question, "\n".join(lines), sources, grounded=True, mode="extractive", language=language
    )


def _best_of_ask(ranked: list[Unit]) -> Unit | None:
    """The best of an ask's units (ranked by score): of those scoring within ASK_TIE of
    the first, the one that matches the ask best ("what day are the ironbound auditions":
    the calendar's row naming them, not a sentence that only has days in it)."""
    if not ranked:
        return None
    close = [u for u in ranked if u.score >= ranked[0].score - ASK_TIE]
    return max(close, key=lambda u: u.match)
