"""HTML definition lists (loading/definitions.py): a list of short values is a table of
terms and values, each value read with its term; a FAQ written as definitions is prose
and is left as it is; a hostile list costs bounded work."""

from __future__ import annotations

from knowledge.loading.definitions import MAX_PAIRED, pair_definitions
from knowledge.loading.text import load_html

RATES = """<html><body><main><h1>Rates 2026-27</h1>
<p>Each row: the role, then the unit and the minimum.</p>
<dl>
<dt>A-1 — Cast member, 22-minute episode</dt><dd>per episode: <strong>$665.00</strong></dd>
<div><dt>A-2 — Cast member, 44-minute episode</dt><dd>per episode: $1,135.50</dd></div>
<dt>A-3 — Confessional day</dt><dd>per day: $298.00</dd><dd>cancelled late: 100% of A-3</dd>
</dl></main></body></html>"""


def test_a_list_of_short_values_is_a_table_of_terms_and_values():
    text = load_html(RATES.encode(), "rates.html").text
    assert "| Item | Value |" in text
    assert "| A-1 — Cast member, 22-minute episode | per episode: **$665.00** |" in text
    assert "| A-2 — Cast member, 44-minute episode | per episode: $1,135.50 |" in text  # <div>
    # a term with two definitions heads both rows
    assert "| A-3 — Confessional day | per day: $298.00 |" in text
    assert "| A-3 — Confessional day | cancelled late: 100% of A-3 |" in text


def test_a_value_is_shown_with_its_term_and_without_the_made_up_header():
    from knowledge.answering.units import cut
    from knowledge.search import Passage

    text = load_html(RATES.encode(), "rates.html").text
    units = cut([Passage("p", "rates.html", "Rates 2026-27", text, 0, 0, 0.0)])
    shown = [u.display for u in units if u.row and "665" in u.display]
    assert shown == ["**A-1 — Cast member, 22-minute episode** — per episode: **$665.00**"]


def test_long_answers_and_lone_terms_are_not_made_rows():
    answer = "Yes. " + "The office answers within two days. " * (MAX_PAIRED // 30 + 1)
    faq = f"<html><body><dl><dt>Can I call?</dt><dd>{answer}</dd><dt>Hours?</dt><dd>9 to 5</dd>"
    faq += "</dl></body></html>"
    assert pair_definitions(faq) == faq
    lone = "<dl><dt>A-1</dt><dt>A-2</dt><dd>$5</dd></dl>"  # a term without its value
    assert pair_definitions(lone) == lone
    single = "<dl><dt>A-1</dt><dd>$5</dd></dl>"  # one pair: no table
    assert pair_definitions(single) == single
    assert pair_definitions("<p>no list</p>") == "<p>no list</p>"
    assert pair_definitions("<dl") == "<dl"  # not HTML lxml reads: as it is


def test_a_hostile_definition_list_costs_bounded_work():
    import time

    items = "".join(f"<dt>Row {i}</dt><dd>${i}.00</dd>" for i in range(20_000))
    started = time.perf_counter()
    out = pair_definitions(f"<html><body><dl>{items}</dl></body></html>")
    assert out.count("<tr>") == 20_001
    assert time.perf_counter() - started < 30  # generous: about a second here
