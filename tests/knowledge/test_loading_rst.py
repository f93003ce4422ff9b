"""A text file written in reStructuredText (knowledge/loading/rst.py) is read, by docutils,
as Markdown: substitutions resolved, comments dropped, sections as headings, tables with
their headers."""

from __future__ import annotations

import time

from knowledge.loading import load_bytes
from knowledge.loading.rst import is_rst, rst_text

MEMO = """\
=======================
Side Letter No. 2
=======================

:Parties: Riverside Players' Union; Harbour Stage Producers
:Signed: Port Alder, 3 November 2026

.. |RATE| replace:: $212.50
.. |NIGHT| replace:: $18.00

.. Draft of 20 October (not agreed): the union asked for $230.00 a performance.

Item 1 – Performance fee
========================

From 1 December 2026 a chorus performer is paid |RATE| a performance instead of $198.00.

.. note::

   The night supplement rises to |NIGHT| from the same day.

Summary
=======

.. list-table:: Figures changed
   :header-rows: 1

   * - Item
     - Until 30 November 2026
     - From 1 December 2026
   * - Chorus performer, per performance
     - $198.00
     - $212.50
"""


def test_substitutions_are_resolved_and_comments_dropped():
    text = rst_text(MEMO)
    assert "paid $212.50 a performance instead of $198.00" in text
    assert "|RATE|" not in text and "replace::" not in text
    assert "$230.00" not in text  # the rejected draft, in a comment
    assert "Note: The night supplement rises to $18.00 from the same day." in text


def test_sections_are_headings_and_a_list_table_keeps_its_header():
    text = rst_text(MEMO)
    assert "# Side Letter No. 2" in text
    assert "## Item 1 – Performance fee" in text
    assert "| Item | Until 30 November 2026 | From 1 December 2026 |" in text
    assert "| Chorus performer, per performance | $198.00 | $212.50 |" in text
    assert "Parties: Riverside Players' Union; Harbour Stage Producers" in text


def test_a_grid_table_is_a_markdown_table():
    grid = """\
Rates
=====

.. _rates:

+-----------------+----------+
| Role            | Per day  |
+=================+==========+
| Stand-in        | $240.00  |
+-----------------+----------+
| Photo double    | $265.00  |
+-----------------+----------+
"""
    text = rst_text(grid)
    assert "| Role | Per day |" in text and "| Stand-in | $240.00 |" in text


def test_no_file_is_read_into_the_text():
    hostile = "Title\n=====\n\n.. include:: /etc/passwd\n\n.. raw:: html\n\n   <script>x</script>\n"
    text = rst_text(hostile)
    assert "root:" not in text and "<script>" not in text


def test_a_loaded_rst_file_reads_as_its_text():
    document = load_bytes(MEMO.encode(), "side-letter-2.rst")
    assert "paid $212.50 a performance" in document.text
    assert document.metadata.get("title") == "Side Letter No. 2"


def test_text_that_is_not_rst_is_left_as_it_is():
    markdown = "Rates\n=====\n\nThe day rate is $240.00... and so on.\n"
    prose = ".. and then the meeting ended.\nThe fee is $40.\n"
    assert not is_rst(markdown) and rst_text(markdown) == markdown
    assert not is_rst(prose) and rst_text(prose) == prose


def test_a_classifier_sphinx_directives_and_a_notes_paragraphs_keep_their_words():
    base = "Rates\n=====\n\n.. _rates:\n\n"
    # "term : classifier" (a French colon after a space): the classifier is the label's
    assert "Cachet de base : 450,00 $: Payé pour une séance." in rst_text(
        base + "Cachet de base : 450,00 $\n    Payé pour une séance.\n"
    )
    # a directive only Sphinx knows keeps the text it holds
    assert "The overtime rate is 1.5x." in rst_text(
        base + ".. versionadded:: 2.0\n\n   The overtime rate is 1.5x.\n"
    )
    # a note's paragraph that starts with "#" is no heading
    note = rst_text(base + ".. note::\n\n   #3 on the list: the rate is 45.\n\n   Second.\n")
    assert "Note: #3 on the list: the rate is 45. Second." in note


def test_many_targets_are_left_as_text_at_bounded_cost():
    hostile = "Title\n=====\n\n" + "".join(f".. _t{i}:\n" for i in range(16_000))
    started = time.monotonic()
    assert rst_text(hostile) == hostile  # docutils would take minutes
    assert time.monotonic() - started < 10


def test_a_table_without_a_header_keeps_its_first_row_as_a_row():
    simple = "Rates\n=====\n\n.. _r:\n\n========  =======\nStand-in  $240.00\nDouble    $265.00\n========  =======\n"
    text = rst_text(simple)
    assert "|  |  |\n|---|---|\n| Stand-in | $240.00 |\n| Double | $265.00 |" in text
