"""A custom element's declarative shadow root is read as a browser composes it."""

import time

from knowledge.loading import load_bytes
from knowledge.loading.shadow import composed

_OFFER = """<!DOCTYPE html><html><head><title>Offers</title></head><body><main>
<h1>Our offers this winter</h1>
<p>Every offer below is paid in our quarterly statements to the member who signs for it.</p>
<x-offer>
  <template shadowrootmode="open">
    <style>:host{display:block}</style>
    <slot name="title"><h3>An offer</h3></slot>
    <p class="price"><slot name="price">Price on request</slot></p>
    <slot></slot>
  </template>
  <span slot="price">K640.00</span>
  <h3 slot="title">Poem a Day: a synthetic reading of one of your poems</h3>
  <p>Per poem for each month in which the reading is in the app.</p>
  <span slot="nowhere">K999.00</span>
</x-offer>
<x-offer>
  <template shadowrootmode="closed">
    <slot name="title"><h3>Voice model licence</h3></slot>
    <p class="price"><slot name="price">Price on request</slot></p>
    <slot></slot>
  </template>
  The licence runs for twelve months from the day the member signs the form.
</x-offer>
</main></body></html>"""


def _text(html: str) -> str:
    return load_bytes(html.encode(), "offers.html").text


def test_a_slotted_price_is_read_where_the_template_puts_it():
    text = _text(_OFFER)
    title = text.index("Poem a Day: a synthetic reading")
    price = text.index("K640.00")
    body = text.index("Per poem for each month")
    assert title < price < body  # the template's order, not the light children's


def test_a_slot_with_nothing_assigned_shows_its_fallback_and_unnamed_text_fills_the_default():
    text = _text(_OFFER)
    assert "Voice model licence" in text and "Price on request" in text
    assert "The licence runs for twelve months" in text
    assert text.index("Voice model licence") < text.index("The licence runs for twelve")


def test_an_element_for_a_slot_the_template_lacks_is_not_shown():
    assert "K999.00" not in _text(_OFFER)
    assert "K999.00" not in composed(_OFFER)


def test_nested_shadow_roots_are_composed():
    html = """<html><body><main><outer-x><template shadowrootmode="open"><div>Before
    <slot></slot></div></template><inner-x><template shadowrootmode="open"><p>Day fee:
    <slot name="fee"></slot></p></template><b slot="fee">K 1,250.00</b></inner-x></outer-x>
    </main></body></html>"""
    out = composed(html)
    assert "<template" not in out and "<slot" not in out
    assert out.index("Before") < out.index("Day fee:") < out.index("K 1,250.00")


def test_a_page_without_shadow_roots_is_left_as_it_is():
    page = "<html><body><template><p>K 5.00</p></template><p>Hello</p></body></html>"
    assert composed(page) == page
    legacy = (
        '<div><template shadowroot="open"><slot name="a"></slot></template><i slot="a">x</i></div>'
    )
    assert "<slot" not in composed(legacy) and "x" in composed(legacy)


def test_many_shadow_roots_cost_linear_time():
    one = '<x-a><template shadowrootmode="open"><slot name="p"></slot><slot></slot></template><span slot="p">K1.00</span> text</x-a>'
    page = "<html><body>" + one * 20_000 + "</body></html>"
    start = time.perf_counter()
    out = composed(page)
    assert time.perf_counter() - start < 20
    assert out.count("K1.00") == 20_000
