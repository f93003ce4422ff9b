"""A text file that holds DokuWiki page source (knowledge/loading/dokuwiki.py) is read as
Markdown: its headings as headings, its "^"-headed tables as tables whose rows carry their
column headers, its lists as lists, its links, images, emphasis and footnotes as the text
they show, code and "%%…%%" as written, and without struck text or macros; text that is
not DokuWiki is left as it is."""

from __future__ import annotations

import time

import pytest

from knowledge.loading.dokuwiki import dokuwiki_text, is_dokuwiki

RATE_CARD = r"""~~NOTOC~~ ~~NOCACHE~~
====== Harbour Stagehands Local 9: rate card ======

//Updated in March.// Rates agreed on **12 March 2026**, in taka((Paid through the
branch office, __never__ in cash.)); see [[rates:2026|the rates page]],
[[rates:archive]] or https://example.org/local9//rates.\\
A day is ''8 hours''. The old day rate <del>7,100.00 taka</del> no longer applies.
Write to <steward@local9.example>. H<sub>2</sub>O, 10<sup>th</sup> floor.
{{wiki:crew.png?200|The crew at the Grand}} {{wiki:logo.png}}

===== Day rates =====

^ Role      ^ Day rate       ^ Night rate     ^
^ Rigger    | 7,900.00 taka  | 8,400.00 taka  |
| Flyman    | 7,200.00 taka  | :::            |
| Helper, see [[people:helpers|the helpers' page]] | 5,000.00 taka ||

<note important>Calls under **four hours** are paid as four hours.</note>

==== What to bring ====

  * Boots
    * steel toe caps
  * Gloves
  - Sign in
  - Collect the call sheet

Literal %%**not bold** [[no|link]]%% and <nowiki>//not italic//</nowiki>.
> Every call counts.

<code>
| not | a table |
  * not a list
</code>

  Preformatted  line  as  written
----
== Contacts ==
The steward answers on weekdays.
"""


def test_a_rate_card_in_dokuwiki_reads_as_headings_prose_lists_and_a_table():
    text = dokuwiki_text(RATE_CARD)
    assert text.startswith("# Harbour Stagehands Local 9: rate card\n")
    assert "\n## Day rates\n" in text and "\n### What to bring\n" in text
    assert "\n##### Contacts\n" in text  # two "=": the fifth level
    # emphasis and links as the text they show, the footnote in brackets where it stands
    assert "Updated in March. Rates agreed on 12 March 2026, in taka (Paid through the\n" in text
    assert "branch office, never in cash.); see the rates page,\n" in text
    assert "rates:archive or https://example.org/local9//rates.\nA day is 8 hours." in text
    assert "A day is 8 hours. The old day rate no longer applies." in text
    assert "steward@local9.example" in text and "H2O, 10th floor." in text
    assert "The crew at the Grand" in text and "logo.png" not in text
    # the table under its "^" header row; ":::" repeats the cell above, "||" spans
    header = "| Role | Day rate | Night rate |\n|---|---|---|\n"
    assert header + "| Rigger | 7,900.00 taka | 8,400.00 taka |\n" in text
    assert "| Flyman | 7,200.00 taka | 8,400.00 taka |\n" in text
    assert "| Helper, see the helpers' page | 5,000.00 taka | 5,000.00 taka |" in text
    assert "Calls under four hours are paid as four hours." in text
    assert "- Boots\n  - steel toe caps\n- Gloves\n1. Sign in\n2. Collect the call sheet" in text
    # what is shown as written stays as written
    assert "Literal **not bold** [[no|link]] and //not italic//." in text
    assert "| not | a table |\n  * not a list\n" in text
    assert "Preformatted  line  as  written" in text
    assert "Every call counts." in text and "> " not in text
    # struck text and macros are not read
    assert "7,100.00" not in text and "~~" not in text and "<" not in text


def test_a_table_without_a_header_row_has_an_empty_header():
    page = "===== Rates =====\n~~NOTOC~~\n^ Rigger | 7,900.00 taka |\n^ Flyman | 7,200.00 taka |\n"
    expected = "|  |  |\n|---|---|\n| Rigger | 7,900.00 taka |\n| Flyman | 7,200.00 taka |"
    assert expected in dokuwiki_text(page)


def test_a_spanned_header_cell_heads_each_of_its_columns():
    page = "===== Rates =====\n~~NOTOC~~\n^ 2026 ^^ 2027 ^\n| 7,900 | 8,100 | 8,400 |\n"
    assert "| 2026 | 2026 | 2027 |\n|---|---|---|\n| 7,900 | 8,100 | 8,400 |" in dokuwiki_text(page)


def test_what_dokuwiki_shows_as_written_is_kept():
    # DokuWiki has no comments: "/* … */" and "<!-- … -->" appear on the page
    page = "====== Notes ======\n//Draft.// /* shown */ and <!-- shown too -->\n"
    assert dokuwiki_text(page) == "# Notes\n\nDraft. /* shown */ and <!-- shown too -->\n"


@pytest.mark.parametrize(
    "other",
    [
        "# Rates\n\nRates are **7,900.00 taka** a day; see https://example.org//rates.\n",
        "== Rates ==\nA rigger earns ''7,900.00 taka'' a day, see [[Rates|the rates]].\n",
        "= Rates\n\n== Day rates ==\n\n|===\n| Rigger | 7,900.00 taka\n|===\n",  # AsciiDoc
        "#+TITLE: Rates\n* Rates :pay:\n| Rigger | 7,900.00 |\n|---+---|\n",  # Org
        "Rates\n=====\n\n.. note:: Paid (in taka) ((weekly)).\n",  # reST
        "\\documentclass{article}\n\\begin{document}\nA line\\\\\n((x)) //y//\n",  # LaTeX
        "Notes ((see below)) about the rota.\nThe ^ mark and the | bar.\n",
    ],
)
def test_text_that_is_not_dokuwiki_is_left_as_it_is(other):
    assert not is_dokuwiki(other)
    assert dokuwiki_text(other) == other


def test_hostile_dokuwiki_costs_linear_time():
    head = "====== Rates ======\n~~NOTOC~~\n"
    hostile = [
        head + "((" * 500_000,
        head + "**a" * 330_000,
        head + "//a " * 250_000,
        head + "<del>" * 200_000,
        head + "%%" * 500_000,
        head + "<code>" * 160_000,
        head + "[[a|" * 250_000,
        head + "<note " * 160_000,
        head + "^" * 1_000_000 + "\n",
        head + "^ a ^ b ^\n" + "| ::: | 1 |\n" * 80_000,
        head + "  - a\n" * 160_000,
        head + "== " + " " * 1_000_000 + "a\n",
        head + "\\\\ " * 330_000,
    ]
    for text in hostile:
        started = time.perf_counter()
        out = dokuwiki_text(text)
        assert time.perf_counter() - started < 5  # generous: well under a second here
        assert len(out) < 2 * len(text)


def test_an_escape_inside_a_bare_link_is_restored():
    page = "====== Fees ======\n\nSee https://example.org/%%fee%% for the list. //note//\n"
    text = dokuwiki_text(page)
    assert "https://example.org/fee for the list." in text
    assert "\ue000" not in text and "\ue001" not in text
