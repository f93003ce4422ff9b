"""A text file written in Textile (knowledge/loading/textile.py) is read as Markdown: "hN."
lines as headings, its tables as tables whose rows carry their column headers, lists as
Markdown lists, phrases and links as the text they show, without images or comments;
hyphens and minus signs stay, and text that is not Textile is left as it is."""

from __future__ import annotations

import time

import pytest

from knowledge.loading.textile import is_textile, textile_text

PRICES = """\
h1. Harbour Lights Theatre Company: ticket prices 2026-2029

p(intro). Prices for the *2026-2029* seasons, agreed with the _front-of-house_ staff.[1]

h2(#seats){color:navy}. Stalls and circle

table(prices).
|_. Seat |_. Matinee |_. Evening |
|Stalls|£24.00|£32.00|
(member). |Circle|£18.00|£26.00|
|<. Gallery |>. £9.50 |\\2. on the day only |

bq. Self-tape auditions are -not- paid; a seat at -5 °C is no seat at all.

* Concessions are **half price**
** Students with a __valid__ card
# Book at "the box office (opens at ten)":https://example.org/box-office.
# Or call @0161 555 0199@ +before noon+.

!seatmap.png! !logo(Harbour Lights logo)! (c) 2026 Harbour Lights(tm), %{color:red}all prices final%.

###. Rejected draft: stalls at £40.00.

bc. price = base * 1.2 - discount

fn1. Agreed on 3 November 2026 with ==*Equity*== present.
"""


def test_a_price_page_in_textile_reads_as_headings_prose_and_a_table():
    text = textile_text(PRICES)
    assert text.startswith("# Harbour Lights Theatre Company: ticket prices 2026-2029\n")
    assert "\nPrices for the 2026-2029 seasons, agreed with the front-of-house staff.\n" in text
    assert "\n## Stalls and circle\n" in text
    # a "_." header row, a row's class and the cells' alignment and spans gone
    assert "| Seat | Matinee | Evening |\n|---|---|---|\n| Stalls | £24.00 | £32.00 |\n" in text
    assert "| Circle | £18.00 | £26.00 |\n| Gallery | £9.50 | on the day only |" in text
    assert "Self-tape auditions are not paid; a seat at -5 °C is no seat at all." in text
    assert "- Concessions are half price\n  - Students with a valid card\n" in text
    assert "1. Book at the box office (opens at ten).\n" in text
    assert "1. Or call 0161 555 0199 before noon." in text
    assert "\nHarbour Lights logo (c) 2026 Harbour Lights(tm), all prices final." in text
    assert "price = base * 1.2 - discount" in text  # a code block as written
    assert "[1] Agreed on 3 November 2026 with *Equity* present." in text
    assert "£40.00" not in text and "seatmap" not in text and "example.org" not in text
    for mark in ("h1.", "p(", "bq.", "|_.", "table(", "(member)", "fn1.", "==", "@", "!"):
        assert mark not in text


def test_a_table_without_a_header_row_gets_an_empty_one():
    page = "h1. Box office\n\nh2. Hours\n\n|Weekdays|10:00-18:00|\n|Sunday|closed|\n"
    text = textile_text(page)
    assert "|  |  |\n|---|---|\n| Weekdays | 10:00-18:00 |\n| Sunday | closed |" in text


def test_phrases_are_marks_paired_at_word_boundaries():
    page = "h1. Notes\n\np. Contracts run 2026-2029 for self-tape work; -3 to -5 is a drop.\n"
    page += "p. A snake_case_name, 50% off, x^2 and a -struck- word, _once_ and *twice*.\n"
    text = textile_text(page)
    assert "Contracts run 2026-2029 for self-tape work; -3 to -5 is a drop." in text
    assert "A snake_case_name, 50% off, x^2 and a struck word, once and twice." in text


@pytest.mark.parametrize(
    "plain",
    [
        "Overtime rules\np. 12 of the agreement sets the rate.\n",
        "h1. Rates\nSee p. 12 and p. 14.\np. 12 again.\n",  # one heading, one page reference
        "The steward's notes\n* a bullet\n# not a heading\n|a|b|\n",
        "Fees rise in 2026-2029 by *two* per cent.\n",
    ],
)
def test_text_that_is_not_textile_is_left_as_it_is(plain):
    assert not is_textile(plain)
    assert textile_text(plain) == plain


def test_hostile_textile_costs_linear_time():
    head = "h1. x\nh2. y\n"
    hostile = [
        head + "*" * 500_000 + "\n" + "*a " * 150_000,
        head + "_a " * 150_000 + "\n" + "-" * 500_000,
        head + '"a":' * 100_000 + "\n" + '"a ' * 100_000,
        head + "!a(" * 100_000 + "\n" + "!<" * 200_000,
        "h1" + "(" * 300_000 + "\n" + "p" + "()" * 200_000 + "\n" + head,
        head + "|_. a |_. b |\n" + "|x|1|\n" * 150_000,
        head + ("|_. a |_. b |\n" + "|x|1|\n" * 1_000 + "\n") * 100,
        head + "|" + "(" * 1_000_000 + "\n",
        head + "bc.. x\n" * 100_000,
        head + "==a " * 200_000,
    ]
    for text in hostile:
        started = time.perf_counter()
        out = textile_text(text)
        assert time.perf_counter() - started < 10  # generous: well under a second here
        assert len(out) < 3 * len(text)


def test_a_text_file_of_textile_is_loaded_as_its_reading():
    from knowledge.loading import load_bytes

    document = load_bytes(PRICES.encode(), "notes.txt")
    assert "| Circle | £18.00 | £26.00 |" in document.text
    assert "£40.00" not in document.text and "|_." not in document.text
