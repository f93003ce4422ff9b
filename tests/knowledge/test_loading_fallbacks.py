"""An embed's fallback text (canvas, video, audio, object) and an iframe's srcdoc page are
read as the page's text."""

import re
import time

import pytest

from knowledge.loading import SUPPORTED, DocumentError, load_bytes
from knowledge.loading.fallbacks import with_fallbacks
from knowledge.loading.text import load_html


def _page(body: str) -> bytes:
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Notice</title></head><body><main>"
        "<h1>Notice to members</h1><p>Our notice of Tuesday 24 November 2026 to every member "
        f"whose likeness appears in the club app.</p>{body}<p>Write to the talent desk.</p>"
        "</main></body></html>"
    ).encode()


def test_a_canvas_fallback_of_bare_text_is_read():
    body = "<p>Cards sold:</p><canvas width='480'>SC-0412, 115 cards; SC-0519, 62 cards.</canvas>"
    assert "SC-0412, 115 cards; SC-0519, 62 cards." in load_html(_page(body), "n.html").text


def test_a_video_fallback_is_read_without_its_tracks():
    body = (
        "<video controls src='/m/c.mp4'><source src='/m/c.webm' type='video/webm'>"
        "<track kind='captions' src='/m/c.vtt' label='English'>"
        "<p>In short: every use of your likeness needs its own Form SQ-7.</p></video>"
    )
    text = load_html(_page(body), "n.html").text
    assert "every use of your likeness needs its own Form SQ-7" in text
    assert "c.vtt" not in text


def test_an_object_fallback_and_an_iframe_srcdoc_are_read():
    body = (
        "<object data='/old.pdf' type='application/pdf'><p>Rates 2023-2026 (ended 31 October "
        "2026): two sets 17,900.00.</p></object>"
        '<iframe title="Card" srcdoc="&lt;p&gt;Touring day RM1,180.00 a day.&lt;/p&gt;"></iframe>'
    )
    text = load_html(_page(body), "n.html").text
    assert "two sets 17,900.00" in text
    assert "Touring day RM1,180.00 a day." in text


def test_a_page_without_embeds_is_unchanged():
    page = "<p>A <b>plain</b> page <iframe src='/x'></iframe></p><canvas>"
    assert with_fallbacks(page) == page


def test_unclosed_and_deeply_nested_embeds_cost_linear_time():
    hostile = "<object>" * 50_000 + "x" + "</object>" * 50_000 + "<canvas>" * 50_000
    started = time.perf_counter()
    out = with_fallbacks(hostile)
    assert time.perf_counter() - started < 5
    assert "x" in out and out.count("<canvas>") == 50_000  # unclosed: left as they are


def test_an_unsupported_type_s_message_names_every_supported_one():
    with pytest.raises(DocumentError) as raised:
        load_bytes(b"PK\x03\x04", "rates.xlsx")
    shown = set(re.findall(r"[A-Z]+", str(raised.value).partition(": use ")[2]))
    assert {s[1:].upper() for s in SUPPORTED} - {"MARKDOWN", "TEXT", "HTM"} <= shown
    assert {"JSON", "XML", "OPML", "RSS", "ATOM", "TEXI", "TEXINFO", "REC", "PROPERTIES"} <= shown
