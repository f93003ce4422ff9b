"""DocBook in a text file (knowledge/loading/docbook.py, through xml_text.py) reads as
Markdown: its title page's lines, sections as headings, paragraphs, lists, "term: text"
entries, notes, listings, footnotes after their paragraph, and CALS or HTML tables whose
rows carry their column headers (a spanned cell's text in each column and row it spans, a
label copied a bounded number of times); index terms, remarks and comments are not read."""

from __future__ import annotations

import time

from knowledge.loading.xml_text import xml_text

DOCBOOK = '<article xmlns="http://docbook.org/ns/docbook">'

GUIDE = """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Guide, DocBook 5: build with the DocBook XSL stylesheets -->
<article xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink"
         version="5.0">
  <info>
    <title>Rigging crew guide</title>
    <subtitle>Riverbend Stagehands Local 7 – 25 November 2026</subtitle>
    <author><personname><firstname>Priya</firstname><surname>Nandakumar</surname></personname>
      <email>priya@example.org</email></author>
    <pubdate>2026-11-25</pubdate>
    <releaseinfo>Second edition</releaseinfo>
    <abstract><para>What the 2026 agreement says about calls.</para></abstract>
  </info>
  <para>Every amount is in taka: ৳&#160;7,900.00 &amp; more.<indexterm><primary>taka</primary>
  </indexterm></para>
  <section>
    <title>Calls</title>
    <para>A call is <emphasis>four hours</emphasis> at least<footnote><para>Since
    1 May 2026.</para></footnote>; see <link xlink:href="https://example.org/calls"/> and
    <quote>the bylaws</quote>.<remark>check with Priya</remark></para>
    <itemizedlist>
      <listitem><para>riggers on the grid;</para>
        <orderedlist><listitem><para>head rigger first;</para></listitem></orderedlist>
      </listitem>
      <listitem><para>flymen at the rail.</para></listitem>
    </itemizedlist>
    <variablelist>
      <varlistentry><term>Overtime</term><listitem><para>time and a half</para></listitem>
      </varlistentry>
    </variablelist>
    <section>
      <title>Rates</title>
      <table>
        <title>Call rates from 1 December 2026</title>
        <tgroup cols="2">
          <colspec colname="role"/><colspec colname="rate"/>
          <thead><row><entry>Role</entry><entry>Per call</entry></row></thead>
          <tbody>
            <row><entry>Rigger</entry><entry>৳ 212.50</entry></row>
            <row><entry>Flyman</entry><entry><para>৳ 198.00</para></entry></row>
          </tbody>
        </tgroup>
      </table>
      <!-- Employer's offer, rejected: riggers at ৳ 241.00 a call. -->
      <note><title>Changing your mind</title><para>Form SQ-8 withdraws consent.</para></note>
      <formalpara><title>Breaks.</title><para>Ten minutes an hour.</para></formalpara>
      <programlisting>  rate = 212.50
    overtime = rate * 1.5</programlisting>
    </section>
  </section>
</article>
"""


def test_docbook_reads_as_its_title_page_headings_lists_and_tables():
    text = xml_text(GUIDE)
    assert text.startswith(
        "# Rigging crew guide\nRiverbend Stagehands Local 7 – 25 November 2026\n"
        "Priya Nandakumar\n2026-11-25\nSecond edition\n\n"
        "What the 2026 agreement says about calls.\n\n"
    )
    assert "Every amount is in taka: ৳\xa07,900.00 & more.\n" in text
    assert "\n## Calls\n" in text and "\n### Rates\n" in text
    assert (
        "A call is four hours at least[1]; see https://example.org/calls and “the bylaws”." in text
    )
    assert "\n\n[1] Since 1 May 2026.\n\n" in text  # after its paragraph
    assert "- riggers on the grid;\n  - head rigger first;\n- flymen at the rail." in text
    assert "- Overtime: time and a half" in text
    header = "| Role | Per call |\n|---|---|\n"
    assert f"Call rates from 1 December 2026\n\n{header}| Rigger | ৳ 212.50 |\n" in text
    assert "| Flyman | ৳ 198.00 |" in text
    assert "Changing your mind\n\nForm SQ-8 withdraws consent." in text
    assert "**Breaks.** Ten minutes an hour." in text
    assert "rate = 212.50\n  overtime = rate * 1.5" in text  # a listing's lines as written
    # what a reader never sees: comments, index terms, remarks, markup, an e-mail address
    assert "241.00" not in text and "XSL" not in text and "check with" not in text
    assert "priya@" not in text and "primary" not in text
    assert "<" not in text and ">" not in text
    assert text.endswith("\n")


def test_docbook_4_with_its_doctype_and_html_style_tables():
    doc = """<!DOCTYPE article PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN"
  "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">
<article>
  <articleinfo><title>Dues</title><date>3 November 2026</date></articleinfo>
  <sect1><title>Rates</title>
    <para>Dues are&nbsp;paid monthly, see <ulink url="https://example.org">the site</ulink>.</para>
    <informaltable><tr><th>Band</th><th>Dues</th></tr><tr><td>A</td><td>$14.00</td></tr>
    </informaltable>
    <informaltable><tgroup cols="2"><tbody><row><entry>Apprentice</entry><entry>$7.00</entry>
    </row></tbody></tgroup></informaltable>
    <sect2><title>Waivers</title><simpara>On request.</simpara></sect2>
  </sect1>
</article>"""
    text = xml_text(doc)
    assert text.startswith("# Dues\n3 November 2026\n\n## Rates\n\nDues are\xa0paid monthly")
    assert "see the site." in text and "https://" not in text
    assert "| Band | Dues |\n|---|---|\n| A | $14.00 |" in text  # a row of <th>: the header
    assert "|  |  |\n|---|---|\n| Apprentice | $7.00 |" in text  # no header: an empty one
    assert "\n### Waivers\n\nOn request." in text and not text.endswith("\n")


def test_spanned_cells_keep_their_text_in_each_column_and_row():
    doc = """<article xmlns="http://docbook.org/ns/docbook"><informaltable><tgroup cols="3">
<colspec colname="a"/><colspec colname="b"/><colspec colname="c"/>
<thead><row><entry>Role</entry><entry namest="b" nameend="c">Rate</entry></row></thead>
<tbody><row><entry morerows="1">Rigger</entry><entry>day</entry><entry>$212.50</entry></row>
<row><entry>night</entry><entry>$240.00</entry></row></tbody></tgroup></informaltable></article>"""
    text = xml_text(doc)
    assert "| Rigger | day | $212.50 |\n| Rigger | night | $240.00 |" in text
    assert "Role" in text and "Rate" in text


def test_a_book_s_chapters_procedures_glossary_and_cross_references():
    doc = """<?xml version="1.0"?>
<book xmlns="http://docbook.org/ns/docbook" xmlns:xl="http://www.w3.org/1999/xlink">
  <info><title>Handbook</title>
    <authorgroup><author><orgname>Local 7</orgname></author></authorgroup></info>
  <chapter xml:id="calls"><title>Calls</title>
    <procedure><title>Filing a claim</title>
      <step><para>Fill in form C-2</para><substeps><step><para>sign it</para></step></substeps>
      </step><step><para>Send it within 30 days</para></step></procedure>
    <blockquote><attribution>The president</attribution><para>Solidarity.</para></blockquote>
    <table><title>Rates</title><thead><tr><th>Role</th><th>Rate</th></tr></thead>
      <tbody><tr><td>Rigger<footnote><para>Head rigger: +10%.</para></footnote></td>
      <td>$212.50</td></tr></tbody></table>
    <section><title>Breaks</title><section><title>Meals</title><para>See
      <xref linkend="calls"/>.</para></section></section>
  </chapter>
  <glossary><title>Glossary</title><glossentry><glossterm>Call</glossterm><acronym>C</acronym>
    <glossdef><para>A work period.</para></glossdef></glossentry></glossary>
</book>"""
    text = xml_text(doc)
    assert text.startswith("# Handbook\nLocal 7\n\n## Calls\n\nFiling a claim\n\n")
    assert "- Fill in form C-2\n  - sign it\n- Send it within 30 days" in text
    assert "The president\n\nSolidarity." in text
    assert (
        "Rates\n\n| Role | Rate |\n|---|---|\n| Rigger[1] | $212.50 |\n\n[1] Head rigger: +10%."
        in text
    )
    assert "\n### Breaks\n\n#### Meals\n\nSee Calls." in text
    assert "\n## Glossary\n\n- Call, C: A work period." in text


def test_spanning_cells_copy_labels_only_and_a_bounded_number_of_times():
    page = "Rigger " * 20_000  # a page, not a label: not copied into the rows it spans
    tall = f'{DOCBOOK}<informaltable><tr><td rowspan="999">{page}</td><td>a</td></tr>'
    tall += "<tr><td>x</td></tr>" * 998 + "</informaltable></article>"
    label = "<informaltable><tgroup cols='1'><tbody><row><entry morerows='999'>" + "r" * 300
    label += "</entry></row>" + "<row/>" * 999 + "</tbody></tgroup></informaltable>"
    many = DOCBOOK + label * 20 + "</article>"
    cell = "<informaltable><tr><td colspan='32'>" + "w" * 5_000 + "</td></tr></informaltable>"
    wide = DOCBOOK + cell * 40 + "</article>"
    for text in (tall, many, wide):
        started = time.perf_counter()
        out = xml_text(text)
        assert time.perf_counter() - started < 5
        assert len(out) < 3 * len(text) + 1_500_000  # at most 5,000 labels copied in a file
        if text is tall:
            assert out.count(page.strip()) == 1 and "|  | x |" in out
