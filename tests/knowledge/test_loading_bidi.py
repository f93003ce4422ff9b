"""Text a page shows right to left is read as shown (loading/bidi.py)."""

from __future__ import annotations

from knowledge.loading.bidi import shown_reversed
from knowledge.loading.text import load_html

PAGE = """<html><head><title>Contacts</title></head><body><main>
<h1>Who helps you</h1>
<p>Our member adviser answers in writing within two working days:
<bdo dir="rtl">gro.noinu@pleh</bdo>. Call the office on weekdays, from 9:00 to 16:30, and
ask for the adviser by name when you ring about a claim or a late payment.</p>
<p>Ou en français : <span style="unicode-bidi: bidi-override; direction: rtl">rf.noinu@edia</span>,
le bureau répond sous deux jours ouvrables à chaque message reçu.</p>
</main></body></html>
"""


def test_an_overridden_right_to_left_text_is_read_as_shown():
    text = load_html(PAGE.encode(), "contacts.html").text
    assert "help@union.org" in text and "aide@union.fr" in text
    assert "gro.noinu" not in text and "rf.noinu" not in text


def test_text_in_a_right_to_left_script_and_plain_rtl_text_are_left_alone():
    arabic = '<bdo dir="rtl">مرحبا</bdo>'
    assert shown_reversed(arabic) == arabic  # stored in reading order
    plain = '<p dir="rtl">abc</p><bdo dir="ltr">abc</bdo>'
    assert shown_reversed(plain) == plain  # no override of the characters' order
    assert shown_reversed('<bdo dir="rtl">9910-555</bdo>') == "<span>555-0199</span>"
