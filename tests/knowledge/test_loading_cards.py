"""Contact cards and calendar events written as content lines (knowledge/loading/cards.py):
a vCard is read as a heading with its name, a sentence of its phone, e-mail and address,
and its note as prose; an iCalendar event as its summary, when and where, and its
description; folded lines are joined and escapes read."""

from __future__ import annotations

from knowledge.loading import load_bytes

DIRECTORY = """BEGIN:VCARD\r
VERSION:4.0\r
FN:Christmas Eve hotline\r
ORG:Guild of Seasonal Performers\r
TEL;TYPE=voice,text:08 00 24 12 24\r
NOTE:Open on 24 December 2026 from 14:00 to 23:00 for performers on home\r
  visits\\, in English and French.\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:4.0\r
FN:Noor Castellane\r
EMAIL;TYPE=work:ai@guild.example\r
ADR;TYPE=work:;;14\\, Frost Street;Val-Givre;;VG3 2PN;Hollenvale\r
END:VCARD\r
"""

INVITATION = """Dear members, the invitation is attached.

BEGIN:VCALENDAR
PRODID:-//Guild//Rates desk//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART:20270118T140000
DTEND:20270118T163000
SUMMARY:Joint Committee - first meeting
LOCATION:Guild House\\, 18 Lamplighter Row
DESCRIPTION:First meeting of the Joint Committee. Questions by Friday 8 Janu
 ary 2027.
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder tomorrow
END:VALARM
END:VEVENT
END:VCALENDAR
"""


def test_a_vcard_is_read_as_its_name_details_and_note():
    text = load_bytes(DIRECTORY.encode(), "directory.txt").text
    assert "## Christmas Eve hotline" in text
    assert "telephone 08 00 24 12 24 (voice, text)" in text
    assert "Open on 24 December 2026 from 14:00 to 23:00 for performers on home visits, in" in text
    assert "e-mail ai@guild.example" in text
    assert "address 14, Frost Street, Val-Givre, VG3 2PN, Hollenvale" in text
    assert "BEGIN:VCARD" not in text and "TEL;" not in text and "VERSION" not in text


def test_a_calendar_event_is_read_as_its_summary_time_place_and_description():
    text = load_bytes(INVITATION.encode(), "invitation.txt").text
    assert "Dear members, the invitation is attached." in text
    assert "## Joint Committee - first meeting" in text
    assert "from 2027-01-18 14:00, to 2027-01-18 16:30, at Guild House, 18 Lamplighter Row" in text
    assert "Questions by Friday 8 January 2027." in text  # the folded line joined
    assert "PRODID" not in text and "VEVENT" not in text and "VERSION" not in text
    assert "Reminder" not in text  # an alarm's text is no part of the event's


def test_a_document_s_title_is_the_first_card_s_name_not_its_markup():
    assert load_bytes(DIRECTORY.encode(), "directory.txt").title == "Christmas Eve hotline"


def test_text_without_cards_is_left_as_it_is():
    plain = "The export's first line is BEGIN:VCARD and its second\nVERSION:4.0 with no card.\n"
    assert load_bytes(plain.encode(), "note.txt").text.strip() == plain.strip()


def test_a_vcf_or_ics_file_is_read():
    assert "telephone 08 00 24 12 24" in load_bytes(DIRECTORY.encode(), "directory.vcf").text
    assert "## Joint Committee" in load_bytes(INVITATION.encode(), "invitation.ics").text
