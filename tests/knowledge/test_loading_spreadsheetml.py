"""Data XML read as a reader sees it: a record's fields by name, and an Excel 2003 XML
workbook (SpreadsheetML) as its sheets' tables."""

import time

from knowledge.loading import load_bytes
from knowledge.loading.spreadsheetml import _formatted
from knowledge.loading.xml_text import xml_text

_SCHEDULE = """<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <day index="3" date="2027-01-23">
    <event guid="6f1c2a4e-77b0-4c1e-9d2a-000000001701" id="1701">
      <slug>winter-2026-1701-slam-league-first-heat</slug>
      <start>19:30</start>
      <duration>03:00</duration>
      <title>Slam league, first heat</title>
      <url>https://example.org/events/1701</url>
      <persons><person>A. Poet</person><person>B. Poet</person></persons>
    </event>
  </day>
</schedule>
"""


def test_a_records_short_text_elements_are_one_line_of_named_fields_title_first():
    text = xml_text(_SCHEDULE)
    assert (
        "\ntitle: Slam league, first heat; start: 19:30; duration: 03:00; url: https://example.org/events/1701; event: id 1701\n"
        in text
    )
    assert text.index("duration: 03:00") < text.index("url: https://example.org/events/1701")
    assert "6f1c2a4e" not in text and "slug" not in text  # keys no reader reads
    assert "A. Poet\nB. Poet" in text  # a list of like items: their text, unnamed
    assert "person:" not in text


_BOOK = """<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<!-- draft rates: ZMW 9,999.00 -->
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Styles>
  <Style ss:ID="money"><NumberFormat ss:Format="&quot;ZMW &quot;#,##0.00"/></Style>
  <Style ss:ID="day"><NumberFormat ss:Format="yyyy\\-mm\\-dd"/></Style>
 </Styles>
 <Worksheet ss:Name="Lines">
  <Table>
   <Row><Cell ss:MergeAcross="3"><Data ss:Type="String">Payroll, December</Data></Cell></Row>
   <Row>
    <Cell><Data ss:Type="String">Line</Data></Cell><Cell><Data ss:Type="String">Date</Data></Cell>
    <Cell><Data ss:Type="String">Rate</Data></Cell><Cell><Data ss:Type="String">Note</Data></Cell>
   </Row>
   <Row>
    <Cell><Data ss:Type="String">PY-1</Data></Cell>
    <Cell ss:StyleID="day"><Data ss:Type="DateTime">2026-08-22T00:00:00.000</Data></Cell>
    <Cell ss:StyleID="money" ss:Formula="=RC[-1]*2"><Data ss:Type="Number">4350</Data></Cell>
    <Cell><Data ss:Type="String">old rate</Data><Comment><Data>check with payroll</Data></Comment></Cell>
   </Row>
   <Row>
    <Cell><Data ss:Type="String">PY-2</Data></Cell>
    <Cell ss:Index="4"><Data ss:Type="String">a free day</Data></Cell>
   </Row>
  </Table>
 </Worksheet>
 <Worksheet ss:Name="Other"><Table><Row><Cell><Data ss:Type="Number">7</Data></Cell></Row></Table></Worksheet>
</Workbook>
"""


def test_a_workbook_reads_as_its_sheets_tables_with_numbers_as_excel_shows_them():
    text = load_bytes(_BOOK.encode(), "payroll.txt").text
    assert "## Lines" in text and "## Other" in text
    assert text.index("Payroll, December") < text.index("| Line | Date | Rate | Note |")
    assert "| PY-1 | 2026-08-22 | ZMW 4,350.00 | old rate |" in text
    assert "| PY-2 |  |  | a free day |" in text  # ss:Index places the cell in column 4
    assert "9,999" not in text and "check with payroll" not in text and "RC[-1]" not in text


def test_number_formats():
    assert _formatted(4350, '"ZMW "#,##0.00') == "ZMW 4,350.00"
    assert _formatted(5150, '0.00" K"') == "5150.00 K"
    assert _formatted(0.125, "0.0%") == "12.5%"
    assert _formatted(1234.5, "[$€-80C] #,##0.00") == "€ 1,234.50"
    assert _formatted(3, "Standard") == "3.00"
    assert _formatted(4350.5, "#,##0") == "4,351" and _formatted(0.125, "0%") == "13%"  # up
    assert _formatted(1234567, '#,##0,"K"') == "1,235K"  # a trailing comma: thousands
    assert _formatted(12, "yyyy\\-mm\\-dd") is None and _formatted(4, "@") is None


def test_a_huge_workbook_costs_linear_time():
    row = '<Row><Cell ss:MergeAcross="9999"><Data ss:Type="String">x</Data></Cell></Row>'
    book = _BOOK.replace("<Table>", "<Table>" + row * 20_000, 1)
    start = time.perf_counter()
    xml_text(book)
    titles = _BOOK.replace("<Table>", "<Table>" + "<Row/>" * 100_000 + row * 20_000, 1)
    huge = _BOOK.replace('ss:Index="4"', 'ss:Index="' + "9" * 5_000 + '"')
    assert "a free day" in xml_text(huge)  # a count too long to be one is none
    xml_text(titles)
    assert time.perf_counter() - start < 30


def test_prose_xml_is_no_record_and_a_phone_number_is_no_key():
    notice = """<?xml version="1.0"?>
<notice><heading>Dues for 2027</heading><para>Short one.</para><para>Another.</para></notice>
"""
    assert xml_text(notice) == "Dues for 2027\nShort one.\nAnother.\n"  # in order, unnamed
    contact = """<?xml version="1.0"?>
<contact><name>Hotline</name><phone>1-800-555-0199</phone><isbn>978-0-306-40615-7</isbn></contact>
"""
    assert xml_text(contact) == "name: Hotline; phone: 1-800-555-0199; isbn: 978-0-306-40615-7\n"
