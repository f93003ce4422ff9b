"""A text file that holds an XML document (knowledge/loading/xml_text.py) is read as
Markdown (DocBook: test_loading_docbook.py): an OPML outline as a nested list, a feed's items as headings over their dates and
text, other declared XML as its text (its attributes when it has no text); without comments
(a rejected figure is not read), expanding only the entities the file itself declares;
other text, XHTML and malformed XML are left as they are."""

from __future__ import annotations

import time

import pytest

from knowledge.loading.xml_text import xml_text

DOCBOOK = '<article xmlns="http://docbook.org/ns/docbook">'

CALENDAR = """<?xml version="1.0"?>
<!-- exported from the outliner -->
<opml version="2.0">
  <head><title>Season calendar 2026-27</title>
    <dateCreated>Mon, 2 Nov 2026 09:00:00 GMT</dateCreated>
    <dateModified>Sun, 6 Dec 2026 18:00:00 GMT</dateModified>
    <ownerEmail>desk@example.org</ownerEmail></head>
  <body>
    <outline text="Pikes (ice hockey)" created="Mon, 2 Nov 2026 09:00:00 GMT">
      <outline text="Saturday 3 October 2026: Pikes v. Ravens" _note="Puck drop 19:00."/>
      <outline text="Draft: Pikes v. Wolves, &lt;b&gt;moved&lt;/b&gt;" isComment="true">
        <outline text="Sunday 4 October 2026: never played"/>
      </outline>
    </outline>
    <outline text="Feeds" type="rss" xmlUrl="https://example.org/feed.xml"/>
  </body>
</opml>"""


def test_an_opml_outline_reads_as_a_dated_nested_list():
    text = xml_text(CALENDAR)
    assert text == (
        "# Season calendar 2026-27\n"
        "Created: Mon, 2 Nov 2026 09:00:00 GMT\n"
        "Modified: Sun, 6 Dec 2026 18:00:00 GMT\n\n"
        "- Pikes (ice hockey) (created Mon, 2 Nov 2026 09:00:00 GMT)\n"
        "  - Saturday 3 October 2026: Pikes v. Ravens\n"
        "    Puck drop 19:00.\n"
        "- Feeds"
    )


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Kickline Dancewear – winter offers</title>
    <link>https://example.org/</link>
    <description>Prices in taka &amp; with the sign first.</description>
    <lastBuildDate>Mon, 30 Nov 2026 09:00:00 +0000</lastBuildDate>
    <item>
      <title>Jazz sneakers: ৳3,450.00 a pair</title>
      <link>https://example.org/offers/118</link>
      <pubDate>Mon, 30 Nov 2026 09:00:00 +0000</pubDate>
      <dc:creator>Sales desk</dc:creator>
      <description><![CDATA[<p>Split-sole sneakers at <b>৳3,450.00</b>.</p><!-- was ৳3,900.00 -->
<p>In black &amp; tan:</p><ul><li>sizes 3 to 9;</li><li>free returns.</li></ul>]]></description>
    </item>
    <item>
      <title>Practice tights</title>
      <pubDate>Sun, 29 Nov 2026 09:00:00 +0000</pubDate>
      <description>Three pairs for &lt;b&gt;৳1,290.00&lt;/b&gt;.</description>
    </item>
    <item>
      <title>Harnesses</title>
      <description><![CDATA[<table><tr><th>Size</th><th>Price</th></tr>
<tr><td>Junior</td><td>৳4,370.00</td></tr></table>]]></description>
    </item>
  </channel>
</rss>
"""


def test_an_rss_feed_reads_as_items_under_their_titles_and_dates():
    text = xml_text(RSS)
    assert text.startswith(
        "# Kickline Dancewear – winter offers\n\nPrices in taka & with the sign first.\n"
    )
    assert (
        "## Jazz sneakers: ৳3,450.00 a pair\nMon, 30 Nov 2026 09:00:00 +0000\nSales desk\n\n"
        "Split-sole sneakers at ৳3,450.00.\n\nIn black & tan:\n\n"
        "- sizes 3 to 9;\n- free returns."
    ) in text
    assert (
        "## Practice tights\nSun, 29 Nov 2026 09:00:00 +0000\n\nThree pairs for ৳1,290.00." in text
    )
    assert "## Harnesses\n\n| Size | Price |\n|---|---|\n| Junior | ৳4,370.00 |" in text
    assert "3,900" not in text and "https://" not in text and "<" not in text


def test_atom_and_rss_1_feeds():
    atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Local 7 news</title><subtitle>From the branch office</subtitle>
  <link href="https://example.org/"/><updated>2026-12-01T10:00:00Z</updated>
  <entry><title type="html">Rates &amp;amp; dues</title><updated>2026-12-01T10:00:00Z</updated>
    <author><name>Priya Nandakumar</name><email>priya@example.org</email></author>
    <summary>Short version.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Riggers get
      <em>$212.50</em> a call.</p><p>Flymen get $198.00.</p></div></content>
  </entry>
</feed>"""
    text = xml_text(atom)
    assert text.startswith("# Local 7 news\n\nFrom the branch office\n\n## Rates & dues\n")
    assert "2026-12-01T10:00:00Z\nPriya Nandakumar\n\nRiggers get $212.50 a call.\n\n" in text
    assert "Flymen get $198.00." in text and "Short version" not in text  # the content wins
    rdf = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.org/"><title>Branch notices</title>
    <description>Notices to members</description></channel>
  <item rdf:about="https://example.org/1"><title>Meeting moved</title>
    <dc:date>2026-11-20</dc:date><description>Now on 8 December.</description></item>
</rdf:RDF>"""
    assert xml_text(rdf) == (
        "# Branch notices\n\nNotices to members\n\n## Meeting moved\n2026-11-20\n\nNow on 8 December."
    )


def test_other_xml_that_declares_itself_reads_as_its_text():
    doc = """<?xml version="1.0"?>
<rates effective="2026-12-01">
  <!-- draft: 241.00 -->
  <rate role="rigger"><name>Rigger</name><amount>212.50</amount></rate>
  <rate role="flyman"><name>Flyman</name><amount>198.00</amount></rate>
  <note>Paid per call, <b>not</b> per hour.</note>
</rates>
"""
    assert xml_text(doc) == (
        "rates: effective 2026-12-01\n\nname: Rigger; amount: 212.50; rate: role rigger\n\n"
        "name: Flyman; amount: 198.00; rate: role flyman\n\nPaid per call, not per hour.\n"
    )


def test_data_held_only_in_attributes_is_a_line_of_them():
    doc = """<?xml version="1.0"?>
<rates xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="r r.xsd">
  <rate role="reader" amount="46.50"/>
  <rate role="coach" amount="312.00" note="per session"></rate>
  <rate role="extra">38.00</rate>
</rates>
"""
    assert xml_text(doc) == (
        "rate: role reader, amount 46.50\nrate: role coach, amount 312.00, note per session\n"
        "38.00\n"
    )
    wide = '<?xml version="1.0"?>\n<r><a ' + " ".join(f'k{n}="{"v" * 1_000}"' for n in range(99))
    out = xml_text(wide + "/></r>\n")
    assert out.count(" k") == 32 and len(out) < 32 * 320  # bounded: 32 of 300 characters


PAYMENTS = """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CstmrCdtTrfInitn>
    <PmtInf>
      <ReqdExctnDt><Dt>2026-12-07</Dt></ReqdExctnDt>
      <CdtTrfTxInf>
        <PmtId><EndToEndId>PAY-0401</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">1180.00</InstdAmt></Amt>
        <Cdtr><Nm>Ada Quill</Nm></Cdtr>
        <RmtInf><Ustrd>Sunday 29 November 2026, organist, row A1</Ustrd></RmtInf>
      </CdtTrfTxInf>
      <CdtTrfTxInf>
        <PmtId><EndToEndId>PAY-0402</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">640.00</InstdAmt></Amt>
        <Cdtr><Nm>Basile Roux</Nm></Cdtr>
        <RmtInf><Ustrd>Sunday 29 November 2026, lay clerk, row B3</Ustrd></RmtInf>
      </CdtTrfTxInf>
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
"""


def test_a_line_break_inside_an_element_parts_its_words():
    subtitles = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tt xmlns="http://www.w3.org/ns/ttml"><body>'
        '<div><p begin="00:00:01.000" end="00:00:05.000">One consent form RC-4<br/>for each use.'
        "</p></div></body></tt>\n"
    )
    assert "RC-4 for each use" in xml_text(subtitles)
    tei = '<?xml version="1.0"?>\n<TEI><text><p>an exam<lb break="no"/>ple of it</p></text></TEI>\n'
    assert "an example of it" in xml_text(tei)  # a break inside a word joins it


def test_a_repeated_record_whose_fields_nest_in_wrappers_is_one_line():
    # a payment file's transaction: the amount on the line of whom it pays and what for
    lines = xml_text(PAYMENTS).splitlines()
    paid = [line for line in lines if "640.00" in line]
    assert len(paid) == 1
    assert "InstdAmt: 640.00 EUR" in paid[0]
    assert "Basile Roux" in paid[0] and "lay clerk, row B3" in paid[0]
    assert "Ada Quill" not in paid[0]
    # a record of prose with inline markup is read as its sentences, not as fields
    rules = (
        '<?xml version="1.0"?><rules><rule><title>Sunday</title><text>A lay clerk is paid '
        "<b>K 640.00</b> for each sung service.</text></rule><rule><title>Weekday</title>"
        "<text>A lay clerk is paid <b>K 320.00</b> a service.</text></rule></rules>"
    )
    assert "A lay clerk is paid K 640.00 for each sung service." in xml_text(rules)


@pytest.mark.parametrize(
    "plain",
    [
        "Agenda\n* Dues\n* Rates\n",
        "# Notes\n\nDues rise to $14.00 <b>from May</b>.\n",
        "<b>Note</b>: dues rise to $14.00.\n",  # not one root element
        "<Draft> minutes of the meeting\n",
        "<rates><rate>212.50</rate></rates>\n",  # XML, but neither declared nor known
        '<?xml version="1.0"?>\n<rates><rate>212.50</rate>\n',  # not well-formed
        '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Dues'
        "</p></body></html>\n",  # XHTML
        "<div><p>Dues are $14.00.</p></div>\n",  # an HTML fragment
        "<article><h1>Dues</h1><p>Dues are $14.00.</p></article>\n",  # HTML, not DocBook
        '<?xml version="1.0"?>\n<empty><nothing/></empty>\n',  # no text
    ],
)
def test_text_that_is_not_a_known_xml_document_is_left_as_it_is(plain):
    assert xml_text(plain) == plain


def test_entities_the_file_declares_are_expanded_and_no_file_is_read():
    laughs = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    laughs += "".join(
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">'
        for n in range(1, 10)
    )
    laughs += ']>\n<article xmlns="http://docbook.org/ns/docbook"><para>a &lol9; b</para></article>'
    started = time.perf_counter()
    assert xml_text(laughs) == laughs  # libxml2 refuses it: left as it is
    assert time.perf_counter() - started < 5
    declared = '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY union "Local 7">]>\n'
    declared += '<article xmlns="http://docbook.org/ns/docbook"><para>a &union; b</para></article>'
    assert xml_text(declared) == "a Local 7 b"  # an entity the file declares is its text
    external = '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    external += '<r xmlns:xi="http://www.w3.org/2001/XInclude"><a>dues &x;</a>'
    external += '<xi:include href="file:///etc/passwd" parse="text"/></r>'
    assert xml_text(external) == "a: dues"  # the file neither read nor included


def test_an_internal_entity_is_its_text_within_the_file_s_size():
    doc = '<!DOCTYPE article [<!ENTITY rate "£12.50"><!ENTITY per "per &unit;">'
    doc += '<!ENTITY unit "<emphasis>hour</emphasis>"><!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    doc += '<article xmlns="http://docbook.org/ns/docbook"><title>Rates</title>'
    doc += "<para>The rate is &rate; &per;&x;, &amp; &#163;1 a form.</para></article>"
    assert xml_text(doc) == "# Rates\n\nThe rate is £12.50 per hour, & £1 a form."
    big = '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY big "' + "x" * 10_000 + '">]>\n'
    big += "<r><a>" + "&big;" * 10_000 + "</a></r>"
    started = time.perf_counter()
    out = xml_text(big)
    assert time.perf_counter() - started < 5
    assert len(out) <= 2 * len(big)  # expansions add no more than the file has


def test_counts_in_other_digits_are_no_spans():
    doc = """<article xmlns="http://docbook.org/ns/docbook"><informaltable><tgroup cols="2">
<tbody><row><entry morerows="²">Rigger</entry><entry>$212.50</entry></row>
<row><entry rowspan="١">Flyman</entry><entry colspan="²">$198.00</entry></row></tbody>
</tgroup></informaltable></article>"""
    text = xml_text(doc)
    assert "| Rigger | $212.50 |\n| Flyman | $198.00 |" in text


def test_hostile_xml_costs_linear_time():
    outline = '<outline text="Saturday 3 October 2026: Pikes v. Ravens"/>'
    hostile = [
        "<?xml version='1.0'?>" + "<a>" * 100_000 + "x" + "</a>" * 100_000,  # too deep
        "<opml><head/><body>" + "<outline text='x'>" * 255 + "</outline>" * 255 + "</body></opml>",
        "<opml><head/><body>" + outline * 15_000 + "</body></opml>",
        "<rss><channel><item><description>" + "&lt;p&gt;a" * 100_000 + "</description></item>"
        "</channel></rss>",
        '<article xmlns="http://docbook.org/ns/docbook">'
        + "<section><para>x" * 120
        + "</para></section>" * 120
        + "</article>",
        '<article xmlns="http://docbook.org/ns/docbook"><informaltable>'
        + ("<tr>" + '<td colspan="999" rowspan="999">৳ 1</td>' * 2_000 + "</tr>") * 10
        + "</informaltable></article>",
        '<article xmlns="http://docbook.org/ns/docbook">'
        + (
            "<informaltable>"
            + "<tr><td>Rigger</td><td>৳ 212.50</td></tr>" * 1_000
            + "</informaltable>"
        )
        * 25
        + "</article>",
        "<rss><channel><item><description>&lt;table&gt;"
        + "&lt;tr&gt;&lt;td&gt;Rigger&lt;td&gt;৳ 212.50" * 25_000
        + "</description></item></channel></rss>",
        '<?xml version="1.0"?><r>' + "<a>x</a>" * 100_000 + "</r>",
        DOCBOOK
        + '<section xml:id="s"><title>'
        + "Long title " * 2_000
        + "</title><para>"
        + '<xref linkend="s"/>' * 40_000
        + "</para></section></article>",
    ]
    for text in hostile:
        started = time.perf_counter()
        out = xml_text(text)
        assert time.perf_counter() - started < 5  # generous: well under a second here
        assert len(out) < 3 * len(text)
