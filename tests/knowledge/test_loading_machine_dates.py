"""A web page's day written for machines (<time datetime>, <data value>) is read beside the
words that do not say it: "lundi 11 janvier" in a row whose year is elsewhere is dated."""

from __future__ import annotations

import time

from knowledge import figures
from knowledge.loading import load_bytes
from knowledge.loading.machine_dates import MAX_DATES, dated_elements

PAGE = """<html><head><title>Calendrier 2026-2027</title></head><body><article>
<h1>Calendrier scolaire 2026-2027</h1>
<p>Les tournées se font pendant les trimestres ci-dessous.</p>
<table><tr><th>Trimestre</th><th>Premier jour</th><th>Dernier jour</th></tr>
<tr><td>Trimestre de printemps</td><td><data value="2027-01-11">lundi 11 janvier</data></td>
<td><data value="2027-03-26">vendredi 26 mars 2027</data></td></tr>
<tr><td>Trimestre d'été</td><td><time datetime="2027-04-12T08:00">Monday week</time></td>
<td><data value="2027-07-02">2 July 2027</data></td></tr></table>
<p>Le tarif est de <data value="416.53">416,53 RM</data>.</p>
</article></body></html>"""


def _days(text: str) -> set[str]:
    return {f.value for f in figures.extract(text) if f.kind == "date"}


def test_a_day_the_words_do_not_say_is_written_beside_them():
    text = load_bytes(PAGE.encode(), "calendrier.html").text
    spring = next(x for x in text.splitlines() if "printemps" in x)
    assert _days(spring) == {"2027-01-11", "2027-03-26"}
    summer = next(x for x in text.splitlines() if "Trimestre d'été" in x)
    assert "2027-04-12" in _days(summer)
    # words that say their day are left as they are; an amount's value is no day
    assert "26 mars 2027 (" not in text and "2 July 2027 (" not in text
    assert "416,53 RM." in " ".join(text.split())


def test_no_day_or_an_impossible_one_leaves_the_page_alone():
    for page in (
        "<p>No machine dates here.</p>",
        '<data value="2027-02-30">le 30 février</data>',
        '<data value="12">douze</data>',
        '<data value="">soon</data>',
    ):
        assert dated_elements(page) == page


def test_a_time_without_a_day_keeps_its_words_and_a_data_attribute_is_no_day():
    assert dated_elements("<td><TIME>12 mars</TIME></td>") == "<td><span>12 mars</span></td>"
    page = '<data data-value="2027-01-11">lundi 11 janvier</data>'
    assert dated_elements(page) == page


def test_french_first_of_the_month_in_words_is_a_day():
    assert _days("Jour de la République : le premier mars 2027 (un lundi)") == {"2027-03-01"}


def test_many_elements_are_read_at_bounded_cost():
    page = '<data value="2027-01-11">lundi 11 janvier</data>' * (MAX_DATES * 4)
    start = time.perf_counter()
    out = dated_elements(page)
    assert out.count("(2027-01-11)") == MAX_DATES
    assert time.perf_counter() - start < 30


def test_a_gauge_is_read_as_its_words_or_its_value():
    page = """<html><body><article><h1>Notice</h1>
<p>Our app passed 20,000 paying subscribers on 18 November 2026, and the royalty rises.</p>
<p>Paying subscribers today: <progress value="20412" max="25000">20,412</progress> (next
milestone: 25,000).</p>
<p>Seats taken: <meter value="41" min="0" max="60"></meter> of 60 in the hall tonight.</p>
</article></body></html>"""
    text = load_bytes(page.encode(), "notice.html").text
    assert "Paying subscribers today: 20,412 (next" in text
    assert "Seats taken: 41 of 60" in text
