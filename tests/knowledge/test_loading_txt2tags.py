"""A text file that holds txt2tags source (knowledge/loading/txt2tags.py) is read as Markdown:
its header as the title with its author and date, its titles as headings, its lists as
lists, its tables as tables whose rows carry their column headers, its links and emphasis
as the text they show, and without settings, comments, comment blocks, tagged markup,
images or macros (a rejected offer is not read); other text is left as it is."""

from __future__ import annotations

import time

import pytest

from knowledge.loading.txt2tags import is_txt2tags, txt2tags_text

GUIDE = """\
Riverbend Stagehands Local 7: winter call rates
Priya Nandakumar, branch secretary
%%mtime(%d %B %Y)

%!target: html
%!encoding: UTF-8
%!options: --toc
%!postproc(html): '<H2>' '<H2 CLASS="rates">'
% draft: check the flyman rate with the executive

Converted on %%date(%Y-%m-%d) from the branch's %%infile.
%%toc

= Call rates =[rates]

The committee agreed **new** call rates, paid //per call// and
not __per hour__; the --2025 table-- is void. The 2026--2029 term is unchanged.

|| Role        | Per call | Overtime |
| Rigger       | $212.50  | $31.00/h |
| Flyman       | $198.00  | $29.50/h |
| Swing, both roles     | $205.00 ||

%%%
The employer's offer, rejected: riggers at $241.00 a call.
%%%

== Who is called ==

- Riggers, for every load-in
  and every load-out.
- Flymen:
  + first the senior flyman,
  + then the crew list.


: Call
  Four hours at least,
  paid whole.
: Turnaround
  Ten hours between calls.

	Every call counts as four hours at least.

+ Grievances +

See [the bylaws https://example.org/local7/bylaws.html] or write to
[the office office@example.org]; the map is [map.png] and the
archive at https://example.org/local7//minutes//2026/ stays.
Fill in [nom du membre] and article [14.1 rates] on ``form **G-2**``.

```
  Rigger   $212.50   (as posted)
```
\"\"\" <b>raw line kept</b>
'''
<!-- tagged: $999.00 -->
'''
"""


def test_a_txt2tags_guide_reads_as_headings_prose_lists_and_a_table():
    text = txt2tags_text(GUIDE)
    head = "# Riverbend Stagehands Local 7: winter call rates\nPriya Nandakumar, branch secretary\n"
    assert text.startswith(head + "\n")
    assert "## Call rates\n" in text and "### Who is called\n" in text
    assert "## 1. Grievances\n" in text  # a "+ … +" title is numbered
    # a paragraph's lines are one line; emphasis goes, struck text is marked as struck
    assert (
        "The committee agreed new call rates, paid per call and not per hour; "
        "the ~~2025 table~~ is void. The 2026--2029 term is unchanged.\n"
    ) in text
    header = "| Role | Per call | Overtime |\n|---|---|---|\n"
    assert header + "| Rigger | $212.50 | $31.00/h |\n| Flyman | $198.00 | $29.50/h |" in text
    assert "| Swing, both roles | $205.00 | $205.00 |" in text  # "||": spans two columns
    assert "- Riggers, for every load-in and every load-out.\n- Flymen:\n" in text
    assert "  1. first the senior flyman,\n  2. then the crew list.\n" in text
    assert "- Call: Four hours at least, paid whole.\n- Turnaround: Ten hours" in text
    assert "\nEvery call counts as four hours at least.\n" in text
    # links as their label, an image gone, a URL's slashes no italics, brackets not links kept
    assert "See the bylaws or write to the office; the map is and the archive at " in text
    assert "https://example.org/local7//minutes//2026/ stays." in text
    assert "Fill in [nom du membre] and article [14.1 rates] on form **G-2**." in text
    assert "  Rigger   $212.50   (as posted)\n" in text  # verbatim, as written
    assert "<b>raw line kept</b>" in text
    # what a reader of the converted page never sees
    assert "$241.00" not in text and "$999.00" not in text and "draft" not in text
    for mark in ("%", "target", "UTF-8", "CLASS", "[rates]", "map.png", "infile", "```", "||"):
        assert mark not in text
    assert "Converted on from the branch's ." in text  # the conversion date is not the date


def test_a_comment_block_never_yields_its_figure_even_unclosed():
    doc = "\n%!target: html\n= Dues =\nDues are $14.00.\n%%%\nDraft: $19.00.\n"
    text = txt2tags_text(doc)
    assert text == "## Dues\n\nDues are $14.00.\n"


def test_without_settings_two_titles_and_another_mark_are_needed():
    doc = "\n= Rates =\n\n% rejected: $250.00\nRiggers //$212.50//.\n\n== Overtime ==\n\nTime and a half.\n"
    assert is_txt2tags(doc)
    assert (
        txt2tags_text(doc) == "## Rates\n\nRiggers $212.50.\n\n### Overtime\n\nTime and a half.\n"
    )
    # a "%" line is no sign of its own: MediaWiki titles over a line that starts with one
    wiki = "== Rates ==\n\n% of the box office: 5\n\n== Overtime ==\n\nTime and a half.\n"
    assert not is_txt2tags(wiki)
    # nor a DokuWiki page: its "=====" titles and "  * " lists
    dokuwiki = "===== Rates =====\n\n  * //Riggers// $212.50\n  * Flyman $198.00\n\n== Notes ==\n"
    assert not is_txt2tags(dokuwiki)
    table = "\n= Rates =\n\n| Rigger | $212.50 |\n| Flyman | $198.00 |\n\n= End =\n\n%%%\nx\n%%%\n"
    assert "|  |  |\n|---|---|\n| Rigger | $212.50 |\n| Flyman | $198.00 |" in txt2tags_text(table)


def test_lists_end_at_two_blank_lines_or_an_empty_item():
    doc = "\n%!target: txt\n+ One\n+ Two\n\n\n+ Again one\n+ Again two\n+\n+ Anew\n"
    assert txt2tags_text(doc) == "1. One\n2. Two\n\n1. Again one\n2. Again two\n\n1. Anew\n"


@pytest.mark.parametrize(
    "plain",
    [
        "== Rates ==\nRiggers $212.50.\n== Overtime ==\nTime and a half.\n",  # no other mark
        "# Rates\n\nRiggers are paid 50% more;\n% of members\n= a = b =\n",  # Markdown
        "====== Tarifs ======\n===== Boissons =====\n^ Formule ^ Prix ^\n//italique//\n",
        "= Guide =\n== 1. Le consentement ==\n//Guilde//\n[[faq.html|la FAQ]]\n",  # Creole
        "= Title\n:toc:\n== Rates ==\n== Dues ==\n% x\n",  # AsciiDoc
        "%!TEX program = xelatex\n\\documentclass{article}\n% a comment\n",
        "%!PS-Adobe-3.0\n%%Title: rates\n",
        "+------+------+\n| Role | Rate |\n+------+------+\n| a -- b -- c |\n",
        "Rates for 2026--2029 and 2030--2031 // see notes // here.\n",
    ],
)
def test_text_that_is_not_txt2tags_is_left_as_it_is(plain):
    assert not is_txt2tags(plain)
    assert txt2tags_text(plain) == plain


def test_hostile_txt2tags_costs_linear_time():
    head = "\n%!target: html\n= T =\n"
    hostile = [
        head + "%%%\n" * 200_000,
        head + "```\n" * 200_000,
        head + "**a " * 250_000,
        head + "--a " * 250_000 + "\n" + "//a " * 250_000,
        head + "``a " * 250_000,
        head + "[" * 500_000 + "\n" + "[a " * 300_000,
        head + "[a b" * 250_000 + "\n" + "http://" * 100_000,
        head + "|| Role | Rate |\n" + "| Rigger | $212.50 |\n" * 50_000,
        head + "| a " * 300_000 + "\n",
        head + "".join(" " * k + "- a\n" for k in range(1_400)),
        head + "= " + "=[a" * 300_000 + " =\n" + "%%date(" * 100_000,
    ]
    for text in hostile:
        started = time.perf_counter()
        out = txt2tags_text(text)
        assert time.perf_counter() - started < 5  # generous: well under a second here
        assert len(out) < 3 * len(text)
