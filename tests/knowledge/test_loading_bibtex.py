"""A text file that holds a BibTeX database (knowledge/loading/bibtex.py) is read as
Markdown: each entry a heading over "Field: value" lines, the title first, then the
authors, then its other fields, a shop's own "price" too; values without braces and LaTeX
escapes, abbreviations expanded; and without comments, "@comment" or "@preamble" (a
rejected price is not read); text that is not BibTeX is left as it is."""

from __future__ import annotations

import time

import pytest

from knowledge.loading.bibtex import bibtex_text, is_bibtex

CATALOGUE = r"""% Tern & Quill, booksellers: the spring catalogue.
% Draft price, withdrawn: K999.00 for the folio.

@preamble{ "\newcommand{\noopsort}[1]{}" }
@comment{ Not stocked any more: "Old Tides", K12.00. }
@String{ tern = "Tern" # " Press" }

@book{okafor2026harbour,
  author    = {Okafor, Mira and van der Berg, Jr, Piet and {Barnes and Noble}},
  title     = {Harbour Songs: {Twelve} Poems},
  publisher = tern # {, Wyndcliffe},
  month     = mar,
  year      = 2026,
  pages     = {1--64},
  % a line the manager keeps for itself
  price     = {K185.00},
  note      = {Signed; a hand-sewn binding},
}

@incollection(mbeki2026night,
  title     = "Night {\'E}t{\'e} \& Ca{\c{c}}a --- a {\em reading}",
  author    = "Mbeki, Th{\'e}o and others",
  crossref  = {anthology2026},
  price     = {K96.50 (10\% off~members)},
)
"""


def test_a_catalogue_in_bibtex_reads_as_an_entry_per_heading_with_its_fields():
    text = bibtex_text(CATALOGUE)
    first = (
        "## Harbour Songs: Twelve Poems\n\n"
        "Title: Harbour Songs: Twelve Poems\n"
        "Author: Mira Okafor, Piet van der Berg, Jr, Barnes and Noble\n"
        "Publisher: Tern Press, Wyndcliffe\n"
        "Month: March\n"
        "Year: 2026\n"
        "Pages: 1–64\n"
        "Price: K185.00\n"
        "Note: Signed; a hand-sewn binding\n"
    )
    assert text.startswith(first)
    second = (
        "## Night Été & Caça — a reading\n\n"
        "Title: Night Été & Caça — a reading\n"
        "Author: Théo Mbeki, et al.\n"
        "Crossref: anthology2026\n"
        "Price: K96.50 (10% off members)\n"
    )
    assert text.endswith("\n\n" + second)
    # comments, "@comment" and "@preamble", keys and types are never printed
    for gone in ("K999.00", "K12.00", "Tern & Quill", "noopsort", "okafor2026harbour", "@"):
        assert gone not in text


def test_an_unbalanced_entry_ends_where_the_next_one_starts():
    bib = "@book{a,\n  title = {Harbour {Songs},\n  price = {K10.00}\n\n"
    bib += "@book{b,\n  title = {Tide Tables},\n  price = {K20.00},\n}\n"
    text = bibtex_text(bib)
    assert "## Tide Tables\n\nTitle: Tide Tables\nPrice: K20.00\n" in text
    assert "Harbour Songs" in text and "K10.00" in text  # kept in the unclosed value


@pytest.mark.parametrize(
    "other",
    [
        "Ask @steward{on the line} about rates.\n@book{x, title = {y}}\n",  # prose first
        "```bibtex\n@book{x, title = {y}}\n```\n",
        "Contact: rates@guild.example\n@misc is how we tag things.\n",
        "@book{x}\n",  # no field
        "@book{x, title={y}}\n" + "Our shop sells these books to members at a discount.\n" * 5,
    ],
)
def test_text_that_is_not_bibtex_is_left_as_it_is(other):
    assert not is_bibtex(other)
    assert bibtex_text(other) == other


def test_hostile_bibtex_costs_linear_time():
    strings = "@string{a0 = {xxxxxxxxxxxxxxxx}}\n"
    strings += "".join(f"@string{{a{n} = a{n - 1} # a{n - 1}}}\n" for n in range(1, 60))
    hostile = [
        "@book{k, title={" + "{" * 1_000_000 + "}\n",
        "@book{k, title={" + "{}" * 500_000 + "}}\n",
        '@misc{k, title = "' + '{"' * 500_000 + "}\n",
        "@book{k, title = {a}, price = {K1}}\n" * 27_000,
        "@book{k, title = {a\n" * 50_000,
        strings + "@misc{k, title = " + " # ".join(["a59"] * 1_000) + "}\n",
        "@string{a = {xxxxxxxxxxxxxxxxxxxxxxxxx}}\n@misc{k, title = " + "a#" * 500_000 + "a}\n",
        "@misc{k, author = {" + "a and " * 160_000 + "}}\n",
        "@misc{k, title = {" + "\\c " * 330_000 + "}}\n",
        "@misc{k, " + "," * 1_000_000 + "}\n",
        "@a{\n" * 250_000,
        "@misc{k, author = {a" + " " * 19_990 + "b}, title = {T}}\n" * 50,  # spaces before "and"
    ]
    for text in hostile:
        started = time.perf_counter()
        out = bibtex_text(text)
        assert time.perf_counter() - started < 5  # generous: well under a second here
        assert len(out) < 3 * len(text)
