"""A page's ticker or alert banner outside its main content is read, one announcement a
line, at the content's start (tickers.py); a hidden one is not."""

from __future__ import annotations

import time

from knowledge.loading import load_bytes
from knowledge.loading.tickers import announcements_in_content

PAGE = """<!doctype html><html lang="fr"><head><title>FAQ</title></head><body>
<header><nav><a href="/">Accueil</a> · <a href="/faq">FAQ</a></nav>
<marquee behavior="scroll">Thé dansant : mardi 5 janvier 2027 · Assemblée générale de la
Guilde : samedi 10 avril 2027, à Port-Ardoise</marquee>
<div role="alert" class="banner">Le bureau est fermé le lundi 28 décembre 2026.</div>
<marquee hidden>Ancien tarif : 9 999 ₸</marquee>
</header>
<main><h1>FAQ des membres</h1>
<h2>Qui paie mon remplaçant ?</h2>
<p>Vous. L'établissement vous paie la soirée comme si vous aviez joué ; vous payez votre
remplaçant sous 7 jours, jamais moins de 16 500 ₸ pour une soirée.</p>
</main><footer><p>© Guilde</p></footer></body></html>"""


def test_a_banner_outside_the_main_content_is_read_one_announcement_a_line():
    text = load_bytes(PAGE.encode(), "faq.html").text
    lines = text.splitlines()
    assert "- Assemblée générale de la Guilde : samedi 10 avril 2027, à Port-Ardoise" in lines
    assert "- Thé dansant : mardi 5 janvier 2027" in lines
    assert "Le bureau est fermé le lundi 28 décembre 2026." in text
    assert "16 500 ₸" in text  # the main content is still read
    assert "9 999" not in text  # hidden: not shown to a reader
    assert "Accueil" not in text  # navigation stays out


def test_a_banner_is_read_however_it_is_marked_up():
    page = """<html><body><header>
    <div role="alert" class="alert"><div class="container"><p>Assemblée le
    10 avril 2027.</p></div></div>
    <marquee aria-hidden="false" style="overflow:hidden" class="hidden-xs">Réunion le
    2 mars 2027</marquee></header>
    <main-menu><a href="/">Accueil</a></main-menu>
    <main><h1>FAQ</h1><p>Le bureau répond en 7 jours ouvrables au plus.</p></main>
    </body></html>"""
    text = announcements_in_content(page)
    at = text.index("<main>")
    assert "Assemblée le 10 avril 2027." in text[at:]  # nested divs of the same name
    assert "Réunion le 2 mars 2027" in text[at:]  # visible, whatever its classes say
    assert text.index("<main-menu>") < at  # not the main content


def test_a_banner_that_holds_the_main_content_is_left_where_it_is():
    page = "<html><body><div role='alert'><main><p>Texte du bureau.</p></main></div></body></html>"
    assert announcements_in_content(page) == page
    assert "Texte du bureau." in load_bytes(page.encode(), "page.html").text


def test_a_page_without_main_content_or_banner_is_left_as_it_is():
    bare = "<html><body><marquee>Réunion le 2 mars 2027</marquee><p>Texte.</p></body></html>"
    assert announcements_in_content(bare) == bare
    plain = "<html><body><main><p>Texte.</p></main></body></html>"
    assert announcements_in_content(plain) == plain
    inside = "<main><marquee>Réunion le 2 mars 2027</marquee><p>Texte.</p></main>"
    assert announcements_in_content(inside) == inside


def test_moving_banners_costs_linear_time_on_hostile_html():
    pages = [
        "<main></main>" + "<marquee>" * 50_000,
        "<main></main>" + "<div role='alert'><div>" * 30_000,
        "<main></main>" + "<marquee>a · b</marquee>" * 20_000,
    ]
    started = time.monotonic()
    for page in pages:
        announcements_in_content(page)
    assert time.monotonic() - started < 10  # generous: linear takes well under 1 s
