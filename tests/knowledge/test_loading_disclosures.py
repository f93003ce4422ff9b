"""An accordion FAQ's questions are buttons that open their answers; they are read as the
answers' headings, not dropped (disclosures.py). Other buttons stay out of the text."""

from __future__ import annotations

import time

from knowledge.loading import load_bytes
from knowledge.loading.disclosures import unwrapped_toggles

FAQ = """<!doctype html><html lang="fr"><head><title>FAQ</title></head><body><main>
<h1>Foire aux questions</h1>
<button type="button" class="print">Imprimer</button>
<div class="question">
  <h3><button type="button" aria-expanded="false" aria-controls="rep-9" id="q-9">Qu'est
  devenu le rachat forfaitaire de la télémétrie ?</button></h3>
  <div id="rep-9" hidden><p>Les membres ont rejeté cette proposition le 14 novembre 2026,
  par 1 162 voix contre 97.</p></div>
</div>
<div class="question">
  <h3><button type="button">Qui fournit la combinaison et le casque ?</button></h3>
  <div hidden><p>Le producteur, sans frais pour vous, ajustés à votre taille.</p></div>
</div>
<div class="question">
  <button type="button" aria-expanded="false" aria-controls="rep-11"><span>Qui paie le
  casque ?</span><i class="icon"></i></button>
  <div id="rep-11" hidden><p>Le producteur paie le casque.</p></div>
</div>
<p>Partager : <button aria-expanded="false" aria-controls="share-menu">Partager la page</button></p>
</main></body></html>"""


def test_an_accordions_questions_are_read_over_their_answers():
    text = load_bytes(FAQ.encode(), "faq.html").text
    asked = "rachat forfaitaire de la télémétrie ?"
    assert asked in text and text.index(asked) < text.index("1 162 voix contre 97")
    assert text.index("la combinaison et le casque ?") < text.index("Le producteur")
    # a question in markup of its own, in a button that opens the panel after it
    assert text.index("Qui paie le casque ?") < text.index("Le producteur paie le casque.")
    assert "Imprimer" not in text  # a button that opens nothing, outside a heading
    assert "Partager la page" not in text  # opens a menu elsewhere, not the next panel


def test_unwrapping_buttons_costs_linear_time_on_hostile_html():
    pages = [
        "<h3>" + "<button aria-expanded='x'>" * 50_000 + "a" * 600 + "</button>",
        "<h3>" + "<button aria-controls='p'>q?</button>" * 20_000,  # the first in a heading
        "<button aria-controls='p'>" + "<i>" * 100_000,
    ]
    started = time.monotonic()
    for page in pages:
        unwrapped_toggles(page)
    assert time.monotonic() - started < 10  # generous: linear takes well under 1 s
    assert unwrapped_toggles("<p>no buttons</p>") == "<p>no buttons</p>"


def test_a_popovers_term_is_read_in_its_sentence_and_its_popover_as_a_paragraph():
    # a glossary's term is a button in the sentence; the popover it opens holds its
    # definition: extraction dropped the one and the other
    page = """<html><body><main><h1>FAQ</h1>
<h2>The casting week</h2>
<p>The <button popovertarget="g-week">casting week</button> runs from Sunday at 0:00 to
Saturday at 24:00; each hour beyond 30 in it is paid $69.75.</p>
<div id="g-week" popover>Casting week: Sunday to Saturday. The old agreement counted it
from Monday to Sunday. <button popovertarget="g-week" popovertargetaction="hide">Close</button></div>
<p>Breaks: 10 minutes after every 90 minutes of reading, and a 45-minute meal break.</p>
</main></body></html>"""
    text = load_bytes(page.encode(), "faq.html").text
    assert "The casting week runs from Sunday at 0:00" in text
    assert "Casting week: Sunday to Saturday. The old agreement counted it" in text
    assert "Close" not in text  # the button that hides it is no word of it
