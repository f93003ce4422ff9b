"""Small documents for what the answerer reads beyond the search's passages, and how it
scores table rows: a rate card with one table per contract year (each cut into two
chunks), a side letter whose fee is in the clause after the one defining a session, a
memorandum pointing to the agreement's Schedule A, tables of similar rows."""

from __future__ import annotations

from knowledge import Answerer
from knowledge.language import question_language
from knowledge.timeframe import question_timeframe

# A rate card with one table per contract year, each too long for one chunk: the stand-in
# row of each year is in the table's second chunk.
_ROWS = [
    ("Lead performer (10-hour day)", 951, 984),
    ("Weekly performer (50 hours)", 3298, 3412),
    ("Crowd performer (8-hour day)", 241, 250),
    ("Skilled crowd performer (8-hour day)", 284, 296),
    ("Stand-in (8-hour day)", 264, 274),
    ("Voice performer (4-hour session)", 512, 531),
]


def _table(year: int, column: int) -> str:
    lines = [
        f"| Category | Daily (eff. {year}-10-01) | Note |",
        "|---|---|---|",
    ]
    lines += [
        f"| {name} | ${amounts[column]:,}.00 | minimum, before overtime and allowances |"
        for name, *amounts in _ROWS
    ]
    return "\n".join(lines)


RATE_CARD = f"""# Guild Rate Card 2026-2028

This card turns the Agreement's minimums into daily amounts.

## Contract year 2, from 1 October 2026

{_table(2026, 0)}

Overtime is time and one-half of the hourly rate.

## Contract year 3, from 1 October 2027

{_table(2027, 1)}

Minimum rates only; you may negotiate more.
"""

SIDE_LETTER = """SIDE LETTER No. 4 - GAME VOICE WORK

2. SESSION FEES

2.1 A session is four (4) hours and includes up to three (3) character
    voices.

2.2 Minimum fee: $618 for each session, from 1 March 2026.

3. BREAKS

3.1 A performer is entitled to ten (10) minutes of vocal rest in each
    hour.

3.2 A session of shouting or creature sounds lasts at most two (2) hours
    and is paid the full fee of clause 2.2.
"""


TWO_CATEGORIES = """---
title: Background actor and stand-in rates, by period
---

# Background actor and stand-in rates

## Background actor daily rates

| Category | Rate |
|---|---|
| General background actor, per 8-hour day | $187 |

## Stand-in daily rates

| Category | Rate |
|---|---|
| Stand-in, per 8-hour day | $262 |
"""


SKILLS = """# Crowd rates

| Category | Daily (eff. 2026-10-01) | Overtime, per hour (eff. 2026-10-01) |
|---|---|---|
| Special-skills crowd performer | $285.50 | $53.40 |
| Crowd performer | $242.50 | $45.30 |
"""

# A table in a document without headings, cut into two chunks: not one section.
CARD = (
    "CREW CARD\n\nMinimums only. Game voice sessions are not on this card: see Side Letter No. 4.\n\n| Category | Daily |\n|---|---|\n"
    + "\n".join(
        f"| Crew grade {n} (8-hour day), as listed by the producer | ${300 + n}.75 |"
        for n in range(1, 9)
    )
)

AGREEMENT = """# Film Agreement 2025-2028

## Article 3 — Term

3.1 This Agreement runs from 1 September 2025 to 31 August 2028.

## Schedule A — Minimums

| Category | 2025-26 (2025-09-01 to 2026-08-31) | 2026-27 (2026-09-01 to 2027-08-31) |
|---|---|---|
| Crowd performer, per day | $226 | $234 |
"""

MEMO = """MEMORANDUM No. 1 TO THE FILM AGREEMENT

1. NEW MINIMUMS

1.1 From 1 October 2026 the crowd performer minimum is $241 per day.

1.2 Work performed in September 2026 is paid at the minimums of
    Schedule A as originally signed.
"""


# A fee whose rows are labelled by their periods, beside a row labelled by its category.
VOICE_FEES = """# Game voice fees

## Session fee

| Period | Session fee (4 hours) |
|---|---|
| 1 March 2026 to 28 February 2027 | $618 |

## Overtime

| Category | Amount |
|---|---|
| Voice session overtime, per half hour | $82 |
"""

DOCUMENTS = {
    "rate-card.md": RATE_CARD,
    "side-letter.txt": SIDE_LETTER,
    "two.md": TWO_CATEGORIES,
    "agreement.md": AGREEMENT,
    "memo.txt": MEMO,
    "skills.md": SKILLS,
    "card.txt": CARD,
    "voice-fees.md": VOICE_FEES,
}


def chunk_with(answerer: Answerer, text: str):
    """The first chunk of the documents holding `text`."""
    return next(
        p for source in DOCUMENTS for p in answerer.engine.passages_of(source) if text in p.text
    )


def scored(answerer: Answerer, question: str, chunks: list) -> dict[str, float]:
    """The score of each table row of `chunks`, all found at the same rank, by amount."""
    timeframe = question_timeframe(question, answerer.today())
    units = answerer.scorer.score(
        question, chunks, timeframe, [0] * len(chunks), question_language(question), []
    )
    return {f.text: u.score for u in units if u.row for f in u.figures}
