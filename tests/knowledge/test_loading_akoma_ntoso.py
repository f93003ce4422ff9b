"""Akoma Ntoso (knowledge/loading/akoma_ntoso.py) reads as Markdown: the front parts' title
as the "#" heading, numbered and headed units as deeper headings, a lone number before its
paragraph, quoted text between its quotation marks, a quoted structure as a quotation,
notes after their paragraph, lists, tables under their header row, conclusions and
schedules after the body; nothing of "meta" (a "proprietary" draft above all), no comment,
no table of contents and no element of another namespace is read."""

from __future__ import annotations

import time

from lxml import etree

from knowledge.loading.akoma_ntoso import akoma_lines, is_akoma_ntoso
from knowledge.loading.xml_tree import TableRoom

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


def read(xml: str) -> str:
    root = etree.fromstring(xml.encode())
    assert is_akoma_ntoso(root)
    return "\n".join(akoma_lines(root, TableRoom()))


AMENDMENT = f"""\
<akomaNtoso xmlns="{AKN}" xmlns:gccm="urn:example:gccm:drafts">
  <amendment name="amendment">
    <meta>
      <identification source="#registry"><FRBRWork>
        <FRBRthis value="/akn/xc/amendment/2026-11-18/ccpc-gccm-1/!main"/>
        <FRBRdate date="2026-11-18" name="adoption"/></FRBRWork></identification>
      <references source="#registry">
        <TLCOrganization eId="registry" href="/ontology/registry" showAs="Registry of the Council"/>
      </references>
      <proprietary source="#gccm">
        <gccm:draft tabled="2026-11-04" adopted="false">
          <gccm:item row="A1" what="Sunday service, organist">₼1,275.00</gccm:item>
          <gccm:item row="13.2" what="deletion">within 7 days</gccm:item>
        </gccm:draft>
      </proprietary>
    </meta>
    <preface>
      <p class="title"><docTitle>Amendment No. 1 to the Church Music Agreement 2026–2029</docTitle></p>
      <p class="date">Adopted at Thornwick on <docDate date="2026-11-18">Wednesday 18 November
      2026</docDate>; in force on <date date="2026-12-01">Tuesday 1 December 2026</date>.</p>
    </preface>
    <amendmentBody>
      <amendmentHeading><p>The Joint Council amends the <ref href="#ro_1">Church Music
      Agreement</ref> as follows.</p></amendmentHeading>
      <amendmentContent>
        <!-- the Guild first asked for ₼1,400.00 -->
        <tblock eId="tblock_1">
          <num>1.</num>
          <heading>Sunday and principal services</heading>
          <p><mod>In row A1, for <quotedText startQuote="“" endQuote="”">₼1,180.00</quotedText>
          substitute <quotedText startQuote="“" endQuote="”">₼1,240.00</quotedText>.</mod></p>
        </tblock>
        <tblock eId="tblock_2">
          <num>2.</num>
          <heading>Deletion after a withdrawal</heading>
          <p><mod>In clause 13.2, for the words <quotedText>within 30 days</quotedText>
          substitute <quotedText>within 14 days</quotedText>.</mod></p>
        </tblock>
      </amendmentContent>
    </amendmentBody>
    <conclusions>
      <p><signature><person refersTo="#f">Canon Edwina Fothergill</person>, <role>Chair</role></signature></p>
    </conclusions>
  </amendment>
</akomaNtoso>
"""


def test_an_amendment_reads_its_title_units_and_quoted_words_and_nothing_of_its_meta():
    text = read(AMENDMENT)
    lines = text.split("\n")
    assert lines[0] == "# Amendment No. 1 to the Church Music Agreement 2026–2029"
    assert "Adopted at Thornwick on Wednesday 18 November 2026; in force on Tuesday 1" in text
    assert "\n## 1. Sunday and principal services\n" in text
    assert "In row A1, for “₼1,180.00” substitute “₼1,240.00”." in lines
    # quotedText without quotation marks of its own takes “ and ”
    assert "In clause 13.2, for the words “within 30 days” substitute “within 14 days”." in lines
    assert text.index("## 2. Deletion") < text.index("Canon Edwina Fothergill, Chair")
    for unread in ("₼1,275.00", "within 7 days", "₼1,400.00", "Registry", "/akn/", "2026-11-04"):
        assert unread not in text  # meta, the proprietary draft, the comment


CONTRACT = f"""\
<akomaNtoso xmlns="{AKN}" xmlns:x="urn:example:drafts">
  <doc name="contract">
    <meta><identification source="#a"/></meta>
    <coverPage><toc><tocItem href="#sec_1" level="1">1. Pay (contents)</tocItem></toc></coverPage>
    <preface>
      <p><docType>Agreement</docType> No. <docNumber>7/2026</docNumber>: <docTitle>Theatre
      Crew Agreement</docTitle></p>
      <p>Between <party>Riverbend Theatres Ltd</party> and <party>Local 7</party>.</p>
    </preface>
    <mainBody>
      <chapter>
        <num>Chapter 1</num>
        <section eId="sec_1">
          <num>1.</num>
          <heading>Pay</heading>
          <paragraph><num>1.1</num><content><p>The day rate is <b>₼1,240.00</b>,<eol/>paid
          monthly<authorialNote marker="*"><p>As revised in 2026.</p></authorialNote>.<img src="seal.png"/></p>
          <p>It is paid on the last Friday.</p></content></paragraph>
          <paragraph><num>1.2</num><content>
            <blockList><listIntroduction>Allowances:</listIntroduction>
              <item><num>(i)</num><p>meals, ₼12.00<authorialNote><p>Per shift.</p></authorialNote>;</p></item>
              <item><num>(ii)</num><p>travel <del>₼5.00</del> <ins>₼6.50</ins>.</p></item>
            </blockList></content></paragraph>
          <x:draft>₼777.00 if the board agrees</x:draft>
        </section>
        <section><num>2.</num><heading>Rates</heading>
          <content><table><caption>Rates by grade</caption>
            <tr><th><p>Grade</p></th><th><p>Day rate</p></th></tr>
            <tr><td><p>Rigger</p></td><td><p>₼1,240.00</p></td></tr>
            <tr><td>Flyman</td><td>₼1,300.00</td></tr>
          </table></content>
        </section>
        <section><num>3.</num><heading>Night work</heading>
          <content><p><mod>After clause 1.2 insert:<quotedStructure startQuote="«" endQuote="»">
            <paragraph><num>1.3</num><heading>Nights</heading><content><p>Night work is paid at
            ₼50.00 an hour.</p></content></paragraph></quotedStructure></mod></p></content>
        </section>
      </chapter>
    </mainBody>
    <attachments><attachment><doc name="schedule">
      <meta><identification source="#a"/></meta>
      <preface><p class="title">Schedule A: Grades</p></preface>
      <mainBody><hcontainer name="grades"><heading>Grade list</heading>
        <content><p>Riggers and flymen.</p></content></hcontainer></mainBody>
    </doc></attachment></attachments>
  </doc>
</akomaNtoso>
"""


def test_a_contracts_units_numbers_lists_notes_and_schedules():
    text = read(CONTRACT)
    lines = text.split("\n")
    assert lines[0] == "# Agreement No. 7/2026: Theatre Crew Agreement"
    assert "Between Riverbend Theatres Ltd and Local 7." in lines
    # a unit whose first child is a numbered unit is a heading; the next level deeper
    assert "\n## Chapter 1\n\n### 1. Pay\n" in text
    # a number without a heading opens its first paragraph; an eol is a space
    assert "1.1 The day rate is ₼1,240.00, paid monthly[*]." in lines
    assert text.index("paid monthly[*].") < text.index("[*] As revised in 2026.")
    assert text.index("[*] As revised in 2026.") < text.index("It is paid on the last Friday.")
    assert "1.2 Allowances:" in lines
    assert "- (i) meals, ₼12.00[1];" in lines and "[1] Per shift." in text
    assert "- (ii) travel [deleted: ₼5.00] ₼6.50." in lines  # struck out, not in force
    for unread in ("(contents)", "₼777.00", "seal.png"):
        assert unread not in text  # a table of contents, another namespace, an image


def test_a_table_reads_under_its_header_row():
    text = read(CONTRACT)
    assert "Rates by grade\n\n| Grade | Day rate |\n|---|---|\n| Rigger | ₼1,240.00 |" in text
    assert "| Flyman | ₼1,300.00 |" in text


def test_a_quoted_structure_is_a_quotation_whose_headings_are_not_the_documents():
    text = read(CONTRACT)
    assert (
        "After clause 1.2 insert:\n\n> «1.3 Nights\n>\n> Night work is paid at ₼50.00 an hour.»"
        in text
    )
    assert "# 1.3 Nights" not in text


def test_an_attachment_reads_after_the_body_under_its_own_title():
    text = read(CONTRACT)
    assert "\n## Schedule A: Grades\n\n### Grade list\n\nRiggers and flymen." in text
    assert text.index("Night work is paid") < text.index("## Schedule A")


DEBATE = """\
<akomaNtoso xmlns="http://www.akomantoso.org/2.0">
  <debate name="minutes">
    <meta><references source="#r"><TLCPerson eId="p1" href="/p1" showAs="Ms A. Okafor"/></references></meta>
    <preface><p class="title">Branch meeting, 3 December 2026</p></preface>
    <debateBody>
      <debateSection name="pay"><heading>Pay claim</heading>
        <speech by="#p1"><from>Ms Okafor</from><p>I move that we accept ₼1,300.00.</p>
          <p>It is fair.</p></speech>
        <speech by="#p2"><from>Mr Lee:</from><p>I second it. <remark>(Applause)</remark></p></speech>
      </debateSection>
    </debateBody>
  </debate>
</akomaNtoso>
"""


def test_a_debate_in_the_2_0_namespace_reads_its_speakers_before_their_words():
    text = read(DEBATE)
    assert text.startswith("# Branch meeting, 3 December 2026\n\n## Pay claim\n")
    assert "\nMs Okafor: I move that we accept ₼1,300.00.\n\nIt is fair.\n" in text
    assert "\nMr Lee: I second it. (Applause)" in text
    assert "Ms A. Okafor" not in text


def test_only_an_akoma_ntoso_root_is_recognised():
    for xml in (
        f'<akomaNtoso xmlns="{AKN}"><act name="a"/></akomaNtoso>',
        '<akomaNtoso xmlns="http://www.akomantoso.org/2.0"><act/></akomaNtoso>',
        "<akomaNtoso><doc/></akomaNtoso>",
    ):
        assert is_akoma_ntoso(etree.fromstring(xml))
    for xml in (
        '<akomaNtoso xmlns="urn:example:other"><doc/></akomaNtoso>',
        f'<act xmlns="{AKN}"><body/></act>',
        '<article xmlns="http://docbook.org/ns/docbook"><para>akomaNtoso</para></article>',
        "<schedule><akomaNtoso/></schedule>",
    ):
        assert not is_akoma_ntoso(etree.fromstring(xml))


def test_past_the_depth_cap_a_unit_is_read_as_its_words():
    deep = "<hcontainer><num>n</num><content>" * 40 + "<p>deepest ₼9.50</p>"
    xml = f'<akomaNtoso xmlns="{AKN}"><doc name="d"><mainBody>{deep}'
    xml += "</content></hcontainer>" * 40 + "</mainBody></doc></akomaNtoso>"
    assert "deepest ₼9.50" in read(xml)


def test_hostile_input_is_read_in_bounded_time():
    head = f'<akomaNtoso xmlns="{AKN}"><doc name="x"><mainBody>'
    tail = "</mainBody></doc></akomaNtoso>"
    quote = "<mod><quotedStructure><section><num>1</num><content><p>x "
    unquote = "</p></content></section></quotedStructure></mod>"
    note = "<authorialNote><p>n "
    for body in (
        "<p>" + quote * 40 + "word " * 150_000 + unquote * 40 + "</p>",
        "<blockList>"
        + "<item><num>(a)</num><blockList>" * 60
        + "<item><p>"
        + "w " * 300_000
        + "</p></item>"
        + "</blockList></item>" * 60
        + "</blockList>",
        "<p>" + note * 60 + "z " * 300_000 + "</p></authorialNote>" * 60 + "</p>",
        "<section><num>1</num><heading>h</heading><content><p>a <b>b</b></p></content></section>"
        * 10_000,
        "<table>" + "<tr><th>a</th><td>b</td></tr>" * 30_000 + "</table>",
    ):
        xml = head + body + tail
        assert len(xml) > 600_000
        start = time.perf_counter()
        text = read(xml)
        assert time.perf_counter() - start < 5
        assert text
