"""A text file that holds troff source (knowledge/loading/troff.py) is read as Markdown: its
ms and man headings as headings, its tbl tables as tables whose rows carry their column
headers, its escapes as the characters they print, and without comments or requests that
only set the typesetting; text that is not troff is left as it is."""

from __future__ import annotations

import time

from knowledge.loading.troff import is_troff, troff_text

CALENDAR = r""".\" Lantern Street Players: spring rehearsal calendar
.ds Co Lantern Street Players
.nr PS 11
.TL
Spring rehearsal calendar
.AU
Mira Okafor, company manager
.AI
\*(Co
.NH 1
Calls and rates
.PP
Calls run \fBten to four\fP on weekdays \(em with a one\-hour lunch.
Members of \*[Co] are paid \(lqper call\(rq, not per hour;
a call over \f(CWfour hours\fR counts as two.
.TS
center box tab(;);
cb cb cb
l lw(20) lw(26) .
Week;Dates;Call rate
_
1;3\(en7 March;T{
Read-through and table work,
\fIno\fP costume fittings
T}
2;10\(en14 March;\(Eu210 per call
3;17\(en21 March;T{
Technical week: \(Eu240 per call
T}
.TE
.IP \(bu 2
Bring your script to every call.
.IP "(b)" 4
Absences go to the stage manager by noon.
.SH
Overtime
.LP
Past 18\(de00 the rate is time and a half.
"""

GUIDE = r"""'\" t
.TH STEWARD 7 "March 2026" "Local 12" "Steward's Guide"
.de Ex
.ft CW
.nf
..
.SH NAME
steward \- how a shop steward files a grievance
.SH DESCRIPTION
A steward files within \fB10 working days\fR of the incident.
.\" the old 15-day limit ended with the 2025 agreement
.SS "Filing a grievance"
.TP
.B Step\ 1
Written grievance to the supervisor.
.TP
.BR "Step 2" " (appeal)"
Appeal to the plant manager.
.PP
See
.BR contract (5)
and the \[lq]Blue Book\[rq] for the full procedure.
"""


def test_an_ms_document_reads_as_headings_paragraphs_and_a_table():
    text = troff_text(CALENDAR)
    assert text.startswith("# Spring rehearsal calendar\n")
    assert "Mira Okafor, company manager" in text and "\nLantern Street Players\n" in text
    assert "## Calls and rates" in text and "## Overtime" in text
    # escapes print what they stand for; the paragraph's lines stay as written
    assert "Calls run ten to four on weekdays — with a one-hour lunch.\n" in text
    assert 'Members of Lantern Street Players are paid "per call", not per hour;' in text
    assert "a call over four hours counts as two." in text
    assert "Past 18°00 the rate is time and a half." in text
    # a bold header line: the table's first row is its header; a T{ … T} cell is one cell
    assert "| Week | Dates | Call rate |\n|---|---|---|\n" in text
    assert "| 1 | 3–7 March | Read-through and table work, no costume fittings |" in text
    assert "| 2 | 10–14 March | €210 per call |" in text
    assert "| 3 | 17–21 March | Technical week: €240 per call |" in text
    assert "- Bring your script to every call." in text
    assert "- (b) Absences go to the stage manager by noon." in text
    for request in (".TS", ".PP", ".nr", "cb cb", "tab(;)", "\\f", "\\*"):
        assert request not in text


def test_a_text_block_cell_may_be_followed_by_more_cells():
    rates = ".TL\nTech week\n.PP\nRates.\n.TS\ntab(;);\nlb lb lb\nl l l .\nWeek;Work;Rate\n"
    rates += "3;T{\nTechnical rehearsals,\n.br\ncue to cue\nT};\\(Eu240\n4;Previews;\\(Eu260\n.TE\n"
    text = troff_text(rates)
    assert "| Week | Work | Rate |\n|---|---|---|\n" in text
    assert "| 3 | Technical rehearsals, cue to cue | €240 |\n| 4 | Previews | €260 |" in text


def test_a_man_page_reads_as_headings_and_items():
    text = troff_text(GUIDE)
    assert text.startswith("# STEWARD(7)\n")
    assert "## NAME\nsteward - how a shop steward files a grievance" in text
    assert "## DESCRIPTION" in text and "### Filing a grievance" in text
    assert "A steward files within 10 working days of the incident." in text
    assert "- Step 1\nWritten grievance to the supervisor." in text
    assert "- Step 2 (appeal)\nAppeal to the plant manager." in text
    assert "contract(5)" in text and '"Blue Book" for the full procedure.' in text
    # comments and a macro's definition are not the document's text
    assert "15-day" not in text and "ft CW" not in text and '\\"' not in text


def test_a_table_is_headed_by_a_rule_or_else_by_an_empty_row():
    ruled = (
        ".TH RATES 7\n.SH RATES\n.TS\ntab(@);\nl n.\nRole@Per call\n_\nLead@240\nChorus@150\n.TE\n"
    )
    text = troff_text(ruled)
    assert "| Role | Per call |\n|---|---|\n| Lead | 240 |\n| Chorus | 150 |" in text
    plain = ".TH RATES 7\n.SH RATES\n.TS\nl n.\nLead\t240\nChorus\t150\n.TE\n"
    assert "|  |  |\n|---|---|\n| Lead | 240 |\n| Chorus | 150 |" in troff_text(plain)
    # a title spanning the columns ("c s") is the line that names the table
    titled = ".TL\nRates\n.PP\n.TS\nc s\nlb lb\nl n.\nSpring season\nRole\tFee\nLead\t240\n.TE\n"
    assert "Spring season\n| Role | Fee |\n|---|---|\n| Lead | 240 |" in troff_text(titled)


def test_a_table_that_cannot_be_read_keeps_its_text():
    ragged = ".TL\nRates\n.PP\n.TS\nl l.\nLead\t240\tper call\nChorus\t150\n.TE\n"
    text = troff_text(ragged)
    assert "| Lead" not in text
    assert "Lead  240  per call" in text and "Chorus  150" in text
    unclosed = ".TL\nRates\n.PP\n.TS\nl l.\nLead\tT{\ntwo hundred\nand forty\n.TE\nAfter.\n"
    text = troff_text(unclosed)
    assert "two hundred and forty" in text and "After." in text


def test_text_that_is_not_troff_is_left_as_it_is():
    texts = [
        "Rentals\n. Rentals run Monday to Monday.\n. Returns by noon.\n. Late fees apply.\n",
        "Notes from the meeting...\n...and so on\n...and so forth\n...and the rest\n",
        "Overtime\n.5 hours is the smallest unit.\n.25 hours is not used.\n.75 hours rounds up.\n",
        ".Rental prices\n|===\n|Item |Price\n|===\n",  # an AsciiDoc block title
        "Use .PP for a paragraph, .SH for a section and .TS for a table.\n",
        ".NET 8 is supported.\n.NET 6 is not.\n.NET 4 is legacy.\n",  # requests, but no macro
    ]
    for plain in texts:
        assert not is_troff(plain)
        assert troff_text(plain) == plain


def test_hostile_troff_costs_linear_time():
    hostile = [
        ".TL\nx\n.PP\n" + ".TS\n" * 100_000,  # tables without an end
        ".TL\nx\n.PP\n.TS\nl l.\n" + "a\tT{\n" * 100_000 + ".TE\n",  # text blocks without one
        ".TL\nx\n.PP\n.ds x " + "y" * 1000 + "\n" + "\\*x" * 300_000 + "\n",  # a growing string
        ".TL\nx\n.PP\n" + ".de xx\n" * 100_000,  # macros without an end
        ".TL\nx\n.PP\n" + '.SH "' + "\\" * 500_000 + "\n",
    ]
    for text in hostile:
        started = time.perf_counter()
        out = troff_text(text)
        assert time.perf_counter() - started < 10
        assert len(out) < 3 * len(text)


def test_a_text_file_of_troff_source_is_loaded_as_its_reading():
    from knowledge.loading import load_bytes

    document = load_bytes(CALENDAR.encode(), "rehearsal-calendar.txt")
    assert "| 2 | 10–14 March | €210 per call |" in document.text
    assert ".TS" not in document.text


def test_a_table_without_format_lines_keeps_its_rows_as_text():
    # ".T&" before any format line: no width to read the rows by (it raised IndexError)
    text = troff_text("Rates\n.PP\nIntro.\n.TS\n.T&\nl.\nReader\n.TE\n.PP\nEnd.\n")
    assert "Reader" in text and "End." in text
