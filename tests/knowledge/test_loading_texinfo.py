"""A text file that holds Texinfo source (knowledge/loading/texinfo.py) is read as the printed
manual shows it, as Markdown: its title and sectioning commands as headings, its
multitables as tables whose rows carry their column headers, its lists and two-column
tables as items, its brace commands, accents and glyphs as what they print, and without
comments, ignored blocks, menus, nodes or index entries (a rejected draft is not read);
text that is not Texinfo is left as it is."""

from __future__ import annotations

import time

import pytest

from knowledge.loading.texinfo import is_texinfo, texinfo_text

CARD = r"""\input texinfo   @c -*-texinfo-*-
@c %**start of header
@setfilename rates.info
@settitle Stagehands Rate Card 2026--2027
@documentencoding UTF-8
@set RIGGER 212.50 dollars
@c %**end of header

@c Employer's draft, rejected: riggers at 241.00 dollars a call.

@copying
This card is issued by Riverbend Stagehands Local 7.
@end copying

@titlepage
@title Stagehands Rate Card 2026--2027
@subtitle Winter season
@author Priya Nandakumar
@page
@vskip 0pt plus 1filll
@insertcopying
@end titlepage

@ifnottex
@node Top
@top Rate card
Calls are paid per call.
@end ifnottex

@iftex
Calls are paid per call, as printed.
@end iftex

@menu
* Rates::  The rates
@end menu

@ignore
A rigger rate of 250.00 dollars a call.
@end ignore

@node Rates
@chapter Call rates
@cindex rates

A rigger is paid @w{@value{RIGGER}} a call@footnote{The 2025 card ran to
30 November 2026.}; see @ref{Overtime} and @pxref{Holidays, , Holiday pay}.
Questions go to @email{rates@@local7.example, the rates officer} or
@uref{https://local7.example/rates, the rates page}.

@multitable @columnfractions .4 .3 .3
@headitem Role @tab Per call @tab Overtime
@item Rigger @tab @value{RIGGER} @tab 31.00 dollars/h
@item Flyman
@tab 198.00 dollars @tab 29.50 dollars/h   @c was 28.00 in the draft
@end multitable

@section Rules
@subsection On the floor
@itemize @bullet
@item
Every call counts as four hours---at least.
@item Bring @code{--badge} and your @samp{ID}.
@end itemize

@enumerate 3
@item Sign in.
@item Sign out.
@end enumerate

@table @asis
@item Holiday
@itemx Sunday
Double time.
@item Night
@end table

@quotation Note
Rates are gross of @acronym{PAYE, pay as you earn}.
@end quotation

@cartouche
Fees: @euro{}12, @pounds{}10 @dots{} caf@'e, gar@,{c}on, Stra@ss{}e, @`a @^o @"u @~n,
@minus{}3 @result{} ``agreed'' @{x@} a@@b @copyright{} 2026.
@end cartouche

@example
gross -- net
@end example

@bye
Local Variables: after the end
"""


def test_a_manual_reads_as_headings_prose_a_table_and_lists():
    text = texinfo_text(CARD)
    assert text.startswith("# Stagehands Rate Card 2026–2027\n\nWinter season\nPriya Nandakumar\n")
    assert text.count("Stagehands Rate Card") == 1  # the title page's title is the heading
    assert "\nThis card is issued by Riverbend Stagehands Local 7.\n" in text
    assert text.count("issued by") == 1  # where @insertcopying puts it, once
    assert "\n# Rate card\n\nCalls are paid per call.\n" in text
    assert "\n## Call rates\n" in text and "\n### Rules\n" in text
    assert "\n#### On the floor\n" in text
    assert "A rigger is paid 212.50 dollars a call[1]; see Overtime and see Holiday pay." in text
    assert "[1] The 2025 card ran to 30 November 2026." in text
    assert "the rates officer (rates@local7.example) or" in text
    assert "the rates page (https://local7.example/rates)." in text
    header = "| Role | Per call | Overtime |\n|---|---|---|\n"
    assert header + "| Rigger | 212.50 dollars | 31.00 dollars/h |\n" in text
    assert "| Flyman | 198.00 dollars | 29.50 dollars/h |\n" in text
    assert "- Every call counts as four hours—at least.\n- Bring --badge and your ID.\n" in text
    assert "3. Sign in.\n4. Sign out.\n" in text
    assert "- Holiday, Sunday: Double time.\n- Night\n" in text
    assert "Note: Rates are gross of PAYE (pay as you earn)." in text
    assert "Fees: €12, £10 … café, garçon, Straße, à ô ü ñ," in text
    assert '−3 ⇒ "agreed" {x} a@b © 2026.' in text
    assert "gross -- net" in text  # an example's dashes are as typed


def test_what_the_printed_manual_does_not_show_is_dropped():
    text = texinfo_text(CARD)
    for gone in ("241.00", "250.00", "28.00", "as printed", "Local Variables"):
        assert gone not in text
    for mark in ("@", "\\input", "rates.info", "UTF-8", "* Rates::", "Top", "1filll", "{", "}"):
        assert mark not in text.replace("a@b", "").replace("rates@local7", "").replace("{x}", "")


LETTER = r"""\input texinfo   @c -*-texinfo-*-
@setfilename loa-1.info
@settitle Letter of Agreement No. 1

@c Union draft, dropped in the talks: 8,200.00 taka for an appearance.

@node Summary
@chapter Summary

@multitable @columnfractions .44 .12 .22 .22
@headitem Item @tab Clause @tab Until 30 November 2026 @tab From 1 December 2026
@item Promotional appearance, up to 2 hours @tab 7.1 @tab @w{7,400.00 taka} @tab @w{7,900.00 taka}
@end multitable

@unnumbered Signatures
@table @asis
@item For the Union
Marisol Okafor-Brennan, president
@end table
@bye
"""


def test_a_letter_keeps_its_table_header_and_drops_its_draft():
    text = texinfo_text(LETTER)
    assert "8,200.00" not in text and "draft" not in text
    header = (
        "| Item | Clause | Until 30 November 2026 | From 1 December 2026 |\n|---|---|---|---|\n"
    )
    row = "| Promotional appearance, up to 2 hours | 7.1 | 7,400.00 taka | 7,900.00 taka |"
    assert f"## Summary\n\n{header}{row}\n" in text
    assert "## Signatures\n\n- For the Union: Marisol Okafor-Brennan, president\n" in text


def test_code_terms_custom_indexes_nested_lists_and_numbered_footnotes():
    doc = (
        "\\input texinfo\n@defcodeindex op\n@table @code\n@item -n\n@itemx --quiet\n"
        "@opindex --quiet\nNo printing@footnote{Unless told.}.\n@ifset PERL\n@item -R\n"
        "Perl.\n@end ifset\n@end table\n\nAgain@footnote{Second.}.\n"
        "@enumerate a\n@item Dues\n@itemize @minus\n@item Monthly\n@end itemize\n"
        "@item Fees\n@end enumerate\n"
    )
    text = texinfo_text(doc)
    assert "- -n, --quiet: No printing[1].\n\n[1] Unless told.\n" in text
    assert "\nAgain[2].\n\n[2] Second.\n" in text
    assert "a. Dues\n\n  - Monthly\n\nb. Fees" in text
    assert "-R" not in text and "Perl" not in text and "opindex" not in text


def test_a_multitable_without_headitem_has_an_empty_header():
    doc = (
        "@node Top\n@top Dues\n@chapter Dues\n@multitable {Associate} {99.00}\n"
        "@item Full @tab 14.00\n@item Associate @tab 7.00\n@end multitable\n"
    )
    assert "|  |  |\n|---|---|\n| Full | 14.00 |\n| Associate | 7.00 |" in texinfo_text(doc)


def test_three_structure_lines_are_enough_and_headings_start_at_one_mark():
    doc = "@node Dues\n@chapter Dues\nDues rise to @w{14.00 dollars}.\n@section Waivers\n"
    doc += "@c draft: hardship waivers cut to half\nMembers in hardship pay none.\n"
    assert is_texinfo(doc)
    text = texinfo_text(doc)
    assert "half" not in text
    assert (
        text
        == "# Dues\n\nDues rise to 14.00 dollars.\n\n## Waivers\n\nMembers in hardship pay none.\n"
    )


def test_values_flags_and_nested_braces():
    doc = (
        "\\input texinfo\n@set fee 14.00\n@set both @value{fee} and @value{fee}\n@set union\n"
        "@ifset union\nKept: @value{both}.\n@end ifset\n@ifclear union\nDropped.\n@end ifclear\n"
        "@emph{Nested @strong{@code{a--b}, @var{x}} --- done}.\n"
        "@acronym{ADSU} @abbr{Assn., Association} @verb{|@x --|} @t{T} @U{00e9}\n"
    )
    text = texinfo_text(doc)
    assert "Kept: 14.00 and 14.00." in text and "Dropped" not in text
    assert "Nested a--b, x — done." in text
    assert "ADSU Assn. (Association) @x -- T é" in text


def test_an_unclosed_block_or_brace_loses_only_its_marker():
    doc = "\\input texinfo\n@chapter Dues\n@quotation\nDues rise in May.\n@emph{Or June.\n"
    assert texinfo_text(doc) == "# Dues\n\nDues rise in May.\nOr June.\n"


@pytest.mark.parametrize("block", ["ignore", "iftex", "html", "menu", "macro"])
def test_an_ignored_block_left_open_swallows_the_rest_of_the_file(block):
    doc = f"\\input texinfo\n@chapter Dues\nDues are 14.00.\n@{block}\n"
    doc += "Draft, rejected: dues at 19.00.\n@end table\n@chapter Later\nStill the draft.\n"
    assert texinfo_text(doc) == "# Dues\n\nDues are 14.00.\n"  # as makeinfo reads it


def test_a_macro_without_arguments_is_its_body():
    doc = (
        "\\input texinfo\n@chapter Dues\n@macro rate\n212.50 @emph{dollars}\n@end macro\n"
        "@macro fee{amount}\n\\amount\\ dollars\n@end macro\n"
        "A rigger is paid @rate{} a call (@rate).\n"
    )
    text = texinfo_text(doc)
    assert "A rigger is paid 212.50 dollars a call (212.50 dollars)." in text
    assert "amount" not in text
    looping = "\\input texinfo\n@macro a\n@a{}@a{}\n@end macro\n@chapter Dues\n@a{}\n"
    assert texinfo_text(looping) == "# Dues\n"  # a macro that names itself: nothing
    big = "\\input texinfo\n@macro big\n" + "x" * 5_000 + "\n@end macro\n" + "@big{}\n" * 1_000
    assert len(texinfo_text(big)) <= len(big)  # macros add no more than the file has


def test_a_list_numbered_by_a_superscript_digit_starts_at_one():
    doc = "\\input texinfo\n@chapter Dues\n@enumerate ²\n@item Monthly\n@item Yearly\n"
    doc += "@end enumerate\n"
    assert "1. Monthly\n2. Yearly" in texinfo_text(doc)


def test_verbatim_lines_are_kept_as_written():
    doc = "\\input texinfo\n@verbatim\n@c not a comment -- {here}\n@end verbatim\nAfter.\n"
    assert texinfo_text(doc) == "@c not a comment -- {here}\n\nAfter.\n"


@pytest.mark.parametrize(
    "plain",
    [
        "Write to rates@local7.example or @union on social media.\n",
        "# Dues\n\nThe @chapter of the bylaws.\n@node is a word here.\n",
        "@section 3\nDues rise.\n@end\n",  # two structure lines only
        "Minutes\n\n\\input is a TeX command; texinfo is GNU's format.\n",
        "Use @c to comment, @{ for a brace, and -- for a dash.\n",
    ],
)
def test_text_that_is_not_texinfo_is_left_as_it_is(plain):
    assert not is_texinfo(plain)
    assert texinfo_text(plain) == plain


def test_hostile_texinfo_costs_linear_time():
    head = "\\input texinfo\n@set v " + "x" * 600 + "\n"
    hostile = [
        head + "@w{" * 300_000,
        head + "{" * 500_000 + "}" * 500_000,
        head + "@value{v}" * 100_000,
        head + "@itemize\n" * 100_000 + "@item a\n" * 50_000,
        head + "@end itemize\n" * 100_000,
        head + "@iftex\n" * 100_000,
        head + "@ignore\n" * 100_000,
        head + "@multitable\n@item " + "a @tab " * 150_000 + "\n@end multitable\n",
        head + ("@multitable\n" + "@item a @tab b\n" * 1_000 + "@end multitable\n") * 60,
        head + "@verb{x" * 200_000,
        head + "@footnote{a}" * 100_000,
        head + "@'" * 500_000,
        head + "@c " * 300_000,
        head + "@chapter " + "@{" * 300_000,
        head + "@copying\n@insertcopying\n@end copying\n@insertcopying\n" * 20_000,
        head + "@table @asis\n@item a\n" + ("@itemx " + "b" * 20 + "\n") * 100_000 + "@end table\n",
        head + "@macro m\n" + "@value{v}" * 1_000 + "\n@end macro\n" + "@m{}" * 100_000,
    ]
    for text in hostile:
        started = time.perf_counter()
        out = texinfo_text(text)
        assert time.perf_counter() - started < 5  # generous: well under a second here
        assert len(out) < 3 * len(text)
