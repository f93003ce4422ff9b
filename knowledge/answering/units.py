"""Passages cut into the units an answer quotes: whole sentences and table rows.

A unit keeps what it needs to be shown and dated: the sentence as written, the
way it is shown (a later sentence of a short list item with the item's first one;
a table row with its column headers), the passage's title and heading path, and,
for a row, the period of its own date cells and its status column. Cutting is
deterministic, so the indexer cuts every chunk the same way once and embeds each
unit's `vector_text` ahead of any question (see knowledge/unit_vectors.py).
"""

from __future__ import annotations

import re

from ..currencies import CURRENCY_SIGNS
from ..loading.document import hash_line
from ..packing import UNFINISHED
from ..search import Passage
from .cues import INSTRUCTION, PAST_STATEMENT, PRESENT_STATEMENT, PROPOSAL
from .former import without_bracketed
from .nesting import SEPARATOR, Steps, label, read_under
from .periods import chain
from .sentences import BOLD_START, sentences
from .table_rows import CAPTION, captioned, continues, row_units
from .unit import Unit, cells, is_rule, label_of

__all__ = ["Unit", "cells", "cut", "is_rule"]

# a FAQ asks in a sentence or two ("On me demande d'amener des spectateurs. Est-ce permis
# ?"); a paragraph of a letter telling a case before it asks is no FAQ's question
FAQ_SENTENCES = 2
_ASKED_MARK = re.compile(r"^\W*(?:Q|Question)\s*\d*\s*[.:)–-]\s*", re.I)
SHOW_WITH_LEAD = 280  # characters: a sentence and its item's first sentence shown together
MIN_SENTENCE = 12


_LIST_ITEM = re.compile(r"^[-*•]\s+|^\d+[.)]\s+")
# a figure a sentence asks about, in the clause its question mark ends ("so still ₺1.180,00
# on the slips then?"); not one it states before a tag ("… from 1 December, ok?")
_ASKED = re.compile(r"\d[^.!?;:,]*\?")
_SAID_END = re.compile(r"(?<=[.!?])\s+")  # any sentence's end, whatever opens the next
# a statement closed by a tag ("… from 1 December, ok?", "…, non ?") asks nothing
_TAG = re.compile(
    r",\s*(?:ok|okay|right|yes|yeah|no|correct|true|eh|non|oui|hein|d['’]accord|"
    r"n['’]est-ce\s+pas|c['’]est\s+ça)\s*\?[\s*_»\"”)]*$",
    re.I,
)
# a chat export's message, which its sender's line opens: "[28/11/2026, 09:31] Jo: ok",
# "12/01/2027, 14:03 - Jo: …" (no full stop ends a message: each is its own block); its
# time is when it was sent, no period of what it says: read without it ("Jo: ok")
_MESSAGE = re.compile(  # group 1: when it was sent, "[28/11/2026, 09:31] " or "… 14:03 - "
    r"^(\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
    r"(?:\s?(?:UTC|GMT|Z|[+-]\d\d:?\d\d))?\]?"  # its zone: "[2026-12-01, 09:30 UTC]"
    r"\s*(?:[-–]\s*)?)[^:\n]{1,80}:\s"
)
# who wrote the post or message below and when: "Post by Ana (steward) » Mon Dec 07, 2026
# 8:55 am", "On Mon, 30 Nov 2026 at 17:05, Ana wrote:", "Le 4 déc. 2026, Ana a écrit :";
# a block of its own, and no sentence to quote (its time is no answer to "when")
_BYLINE = re.compile(
    r"^(?:(?:posted|post|reply|replied|message|comment)\s+by\s+[^\d%\n»|]{1,80}?\s*[»|]\s*"
    r"[^\n]{0,40}\d[^\n]{0,40}|(?:on|le)\s(?:\w{2,9},\s)?[^,\n]{4,40}\d[^,\n]{0,20},\s+"
    r"[^\d%,\n]{1,80}\s+(?:wrote|a\s+écrit)\s*:)$",
    re.I,
)
# a line that says something, not a title: it ends a sentence or gives an amount
_SIGN = f"[{re.escape(CURRENCY_SIGNS)}]"
_SAYS = re.compile(rf"[.!?;:]\s*$|\d[\d,.\u00a0\u202f ]*\s?(?:{_SIGN}|%|\w{{1,3}}\b)|{_SIGN}\s?\d")
# a trail of where a page sits: "Board: Pay and agreements » Thread: Season 2026–27" (not
# French quotation marks: "« … »")
_TRAIL = re.compile(r"[^«»\n.!?]{1,120}(?:\s»\s[^«»\n.!?]{1,160}){1,5}")


def _quoting(prose: list[str]) -> bool:
    """Whether the block's lines so far open a French quotation they do not close: a line
    "…, avec son consentement » reste affichée" ends it, and is no trail."""
    said = " ".join(prose)
    return said.count("«") > said.count("»")


# A sentence that leans on the one before it ("It runs…", "Counting to that day, …").
_ANAPHORIC = re.compile(
    r"(?:it|its|this|that|these|those|they|their|them|he|she|his|her|such|so|but|then|also|"
    r"both|there|il|elle|ils|elles|ce|cet|cette|ces|cela|ça|leur|leurs|son|sa|ses|"
    r"\w+ing)\b",
    re.I,
)
# a clause's number opening a line ("§ 11.1 …", "14.3 …"), and a list's marker ("a) …")
_NUMBERED = re.compile(r"^(?:§\s?)?\d+(?:\.\d+)*\b")
_ENUMERATED_START = re.compile(r"^\(?[a-z]{1,4}[.)]\s")
# a line opening a clause of its own ("17.1 No digital twin …"), not a figure ("3 working")
_OPENS = re.compile(r"^(?:§\s?)?\d+(?:\.\d+)*\.?\s+[A-ZÀ-Ý]")
# An item of an enumeration: "(a) up to …", "(ii) for Year 3 …", "b) …"
_ENUMERATED = re.compile(r"^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s", re.I)


def _prose_units(index: int, text: str, context: str, intro: str = "") -> list[Unit]:
    """The sentences of a block; an enumerated item's ("(c) for Year 3, the weekly amount
    becomes …") read with the sentence that introduces the list ("Row D-3 of Schedule A is
    amended as follows:"), which says what its figures are about."""
    found = sentences(text)
    lead = found[0] if found else ""
    out = []
    for sentence in found:
        if len(sentence) < MIN_SENTENCE or INSTRUCTION.search(sentence):
            continue
        own = sentence is lead
        # A later sentence of a short item is shown with the item's first one, which says
        # what it is about ("Counting to that day, …").
        display = (
            f"{lead} {sentence}"
            if not own
            and _ANAPHORIC.match(sentence)
            and len(lead) + len(sentence) <= SHOW_WITH_LEAD
            else sentence
        )
        unit = Unit(index, sentence, display, context=context, lead=intro if own else lead)
        # "The previous bulletin showed a day rate of $1,018.00": a figure of the past
        unit.labelled_past = bool(
            re.search(r"\d", sentence)
            and PAST_STATEMENT.search(sentence)
            and not PRESENT_STATEMENT.search(sentence)
        )
        unit.proposed = bool(PROPOSAL.search(sentence) or (lead and PROPOSAL.search(lead)))
        # a question asks, it states nothing: "… c'est fermé en ce moment ?" (a member's
        # message) is no answer, however like the member's own question it reads; a
        # message that states something first ("… opens on March 1st. who's in?") states
        unit.asked = bool(_ASKED.search(sentence) or _only_asks(sentence))
        out.append(unit)
    return out


def _only_asks(text: str) -> bool:
    """Whether every sentence of `text` is a question, and none a statement closed by a
    tag ("… from 1 December, ok?")."""
    said = [x for x in _SAID_END.split(text.strip()) if x]
    return bool(said) and all(_QUESTION_END.search(x) and not _TAG.search(x) for x in said)


FAQ_CHARS = 380  # of the answer read with a question the document asks
# A letter's closing or the next message's sender ends the answer to a question asked in
# it ("… before 3 December?" / "Kind regards," / "- From: Pat <pat@…>"): it answers nothing
_CLOSING = re.compile(
    r"^(?:(?:kind|best|warm(?:est)?)\s+(?:regards|wishes)|regards|sincerely|yours\s+\w+|"
    r"thanks|thank\s+you|cheers|in\s+solidarity|cordialement|bien\s+à\s+vous|"
    r"(?:sincères\s+)?salutations(?:\s+\w+)?|merci|amitiés|solidairement)\s*,?\s*$|"
    r"^(?:[-*•]\s+)?(?:from|de|sent|envoyé)\s?:[^@\n]{0,200}@",
    re.I,
)
_QUESTION_END = re.compile(r"\?[\s*_»\"”)]*$")


def is_question(text: str) -> bool:
    """Whether a block ends by asking ("On me demande d'amener des spectateurs. Est-ce
    permis ?"), as a FAQ's question does; an answer ends on what it says."""
    found = sentences(text)
    return bool(found) and bool(_QUESTION_END.search(found[-1]))


def cut(passages: list[Passage]) -> list[Unit]:
    """The sentences and table rows of `passages`, in order. A table's rows for one item,
    each from its own day on, run until the next one's."""
    units: list[Unit] = []
    items: dict[tuple[str, ...], list[Unit]] = {}  # a table's rows by item
    for i, p in enumerate(passages):
        header_line = p.metadata.get("table_header")
        header = cells(str(header_line).splitlines()[0]) if header_line else None
        lines = p.text.splitlines()
        prose: list[str] = []
        context = " ".join(x for x in (p.title, p.heading) if x)
        # a heading the chunker read off a line of plain text ("17. Synthetic models and
        # digital twins" in a PDF): a title, not a sentence to quote; not a clause's first
        # words standing in for a heading ("17.4 The usage term…", "17.2 Consent is not a
        # condition of booking."), which are its text
        headings = {
            h.strip()
            for h in p.heading.split(" > ")
            if h and not h.rstrip().endswith(("…", ".", ";", ":", "!", "?"))
        }

        intro = [""]  # the sentence introducing an enumeration ("… as follows:")
        listed = [False]  # whether the block is a list item ("- Dataset day — 126 000F")
        # the items a nested list item is under, by indentation, and their labels
        nesting: list[tuple[int, str]] = []
        parents = [""]
        steps = Steps()

        def flush(
            i: int = i,
            prose: list[str] = prose,
            context: str = context,
            intro: list[str] = intro,
            listed: list[bool] = listed,
            parents: list[str] = parents,
            steps: Steps = steps,
        ) -> None:
            text = " ".join(prose).strip()
            prose.clear()
            item, listed[0] = listed[0], False
            under, parents[0] = parents[0], ""
            if not text:
                return
            enumerated = bool(_ENUMERATED.match(text))
            cut = _prose_units(i, text, context, intro[0] if enumerated else "")
            if item and under:
                read_under(cut, under, SHOW_WITH_LEAD)
            if item and cut:  # its first sentence, with the items above and under it
                steps.add(cut[0], under)
            if item and not enumerated and intro[0]:
                # a list "raised from 1 July 2026:" may date the rows it changes (dating.py);
                # one "the union sought:" is of proposals
                for u in cut:
                    u.intro = intro[0]
                    u.proposed = u.proposed or bool(PROPOSAL.search(intro[0]))
            units.extend(cut)
            enumerated = enumerated or item
            if text.endswith(":"):
                intro[0] = BOLD_START.split(sentences(text)[-1])[-1]
            elif not enumerated:
                intro[0] = ""

        def faq(
            j: int,
            i: int = i,
            lines: list[str] = lines,
            context: str = context,
            prose: list[str] = prose,
        ) -> None:
            """A question the document asks on its own ("Vous reconnaissez votre voix dans
            un jeu … ?") is read with the lines that answer it, up to the next heading or
            question, as a FAQ prints them: alone, it answers nothing."""
            question = " ".join(prose).strip()
            asked = _ASKED_MARK.sub("", question)  # "Q. My parade was cancelled. Am I paid?"
            if not is_question(question) or len(sentences(asked)) > FAQ_SENTENCES:
                return  # a letter's paragraph that ends by asking: its own prose
            answer: list[str] = []
            for line in lines[j + 1 :]:
                s = line.strip()
                closing = _CLOSING.match(s) is not None
                if closing and not answer:  # asked in a letter: its own prose
                    return
                if closing or s.startswith(("#", "|")) or (s and is_question(s)):
                    break
                if s and not _BYLINE.match(s):  # a reply's text, not who signs it
                    answer.append(_LIST_ITEM.sub("", s))
                if sum(len(a) for a in answer) >= FAQ_CHARS:
                    break
            prose.clear()  # read with its answer only
            if answer:  # matched with the question, shown as the answer
                shown = " ".join(answer)
                if len(shown) > FAQ_CHARS:
                    shown = shown[:FAQ_CHARS].rsplit(" ", 1)[0] + " …"
                units.append(Unit(i, f"{question} {shown}", shown, context=context, lead=question))

        before: list[str] = []  # the table row above
        caption = ""  # the line that names what the table is about ("Stand-in")
        for j, line in enumerate(lines):
            s = line.strip()
            if s.startswith("|") and s.endswith("|"):
                starts = j + 1 < len(lines) and is_rule(lines[j + 1])
                if starts:
                    caption = prose.pop() if prose and CAPTION.fullmatch(prose[-1]) else ""
                flush()
                if is_rule(s):
                    continue
                if starts:
                    header, before = cells(s), []
                    continue
                row = cells(s)
                if continues(row, before):  # a label wrapped onto the next line
                    s = "| " + " | ".join([f"{before[0]} {row[0]}", *row[1:]]) + " |"
                before = cells(s)
                cut_row = captioned(row_units(i, s, header, context), row[0], caption)
                for u in cut_row:
                    key = (p.source, p.heading, caption, *(header or ()), row[0], label_of(row))
                    items.setdefault(key, []).append(u)  # one table's rows for one item
                units.extend(cut_row)
                continue
            before = []  # prose or a heading between two tables: no row above
            # a clause's first line that stops mid-sentence and that the next one carries on
            # ("§ 11.1 A member may refuse a" / "body-metrics overlay: …", "… an inquiry
            # within" / "3 working days …") is its text, not a heading
            # the document's title on its first line, or a trail of where it sits ("Board:
            # Pay » Thread: Season 2026–27"): a heading too, no sentence
            headed = " ".join(s.split()) in headings or (
                (s == p.title and not _NUMBERED.match(s) and not _SAYS.search(s))
                or (j <= 2 and bool(_TRAIL.fullmatch(s)) and not _quoting(prose))
            )
            after = lines[j + 1].strip() if j + 1 < len(lines) else ""
            carried = (
                headed
                and bool(_NUMBERED.match(s))
                and bool(UNFINISHED.search(s))  # "… may refuse a", "… within"
                and (after[:1].islower() or (after[:1].isdigit() and not _OPENS.match(after)))
                and not _ENUMERATED_START.match(after)
            )
            if (h := hash_line(s)) and h.note:
                flush()  # "# Next remittance: 2026-350 (…)." a note of its own
                prose.append(h.text)
                flush()
            elif not s or s.startswith("#") or (headed and not carried):
                if not s and prose:
                    faq(j)
                flush()
                if s:
                    intro[0] = ""  # a heading: a new subject
                    nesting.clear()
            elif _LIST_ITEM.match(s):
                if prose and not is_question(s):
                    faq(j - 1)  # a FAQ printed as a list: question and answer items
                flush()  # each list item is a block of its own
                prose.append(_LIST_ITEM.sub("", s))
                listed[0] = True
                indent = len(line) - len(line.lstrip())
                while nesting and nesting[-1][0] >= indent:
                    nesting.pop()
                parents[0] = SEPARATOR.join(x for _, x in nesting if x)
                nesting.append((indent, label(prose[-1])))
            else:
                if not line[:1].isspace():  # prose at the margin ends a list
                    nesting.clear()
                if _BYLINE.match(s):
                    flush()  # the post it signs is a block of its own
                    continue
                message = _MESSAGE.match(s)
                if carried or message:  # a clause or a message starts a block of its own
                    flush()
                prose.append(s[message.end(1) :] if message else s)
        flush()
        steps.date()  # a dated item's steps under it, each until the next one's day
    for rows in items.values():  # "from 1 Nov 2025" runs until the next row's "from 1 Nov 2026"
        for u, period in zip(rows, chain([u.period for u in rows]), strict=True):
            u.followed = u.followed or period != u.period  # closed by the next row's start
            u.period = period
    return without_bracketed(units, passages)
