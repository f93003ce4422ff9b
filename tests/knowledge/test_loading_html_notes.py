"""A web page's note, read where the text refers to it: the figure it qualifies keeps its
period ("1 295 zł¹ … ¹ Du 1er janv. 2027 au 31 août 2027")."""

from __future__ import annotations

import time

from knowledge.loading import load_bytes
from knowledge.loading.html_notes import MAX_NOTES, inline_notes

PAGE = """<html><head><title>Actualités de la Guilde</title></head><body><article>
<h1>Ce qui change cette année</h1>
<p>Le cachet de la journée passera à <strong>1 295 zł</strong> par journée<sup><a
href="#note-1" id="ref-1">1</a></sup>, contre 1 250 zł aujourd'hui.</p>
<p>La prime est de 12,5 %<sup>[2]</sup> du cachet.</p>
<h2>Notes</h2>
<ol>
<li id="note-1">Du 1er janv. 2027 au 31 août 2027, soit le semestre de printemps. Le 1er
sept. 2027, la journée passe à 1 360 zł. <a href="#ref-1">↩</a></li>
</ol>
</article></body></html>"""


def test_a_note_is_read_where_its_number_is():
    html = inline_notes(PAGE)
    assert "par journée (Du 1er janv. 2027 au 31 août 2027, soit le semestre de printemps)" in html
    assert ", contre 1 250 zł aujourd'hui." in html  # the text after the number is kept
    assert "1 360" not in html.split("<h2>")[0]  # the note's first sentence only
    assert "12,5 %<sup>[2]</sup>" in html  # a number that links nowhere is left alone
    text = load_bytes(PAGE.encode(), "actualites.html").text
    line = next(x for x in text.splitlines() if "1 295" in x)
    assert "31 août 2027" in line


def test_pages_without_notes_or_unreadable_are_left_alone():
    plain = "<p>La prime est de 12,5 %.</p>"
    assert inline_notes(plain) == plain
    broken = '<p>Fee<sup><a href="#x">1</a></sup>.</p><p id="y">Note.</p>'
    assert inline_notes(broken) == broken  # a link to no element
    whole = '<article id="main"><p>Fee 10 zł<sup><a href="#main">1</a></sup>.</p></article>'
    assert inline_notes(whole) == whole  # a link to what holds the reference
    quoted = "<p>Fee<sup><a href='#n'>1</a></sup>.</p><ol><li id='n'>^ From 1 May.</li></ol>"
    assert "Fee (From 1 May)." in inline_notes(quoted)  # single quotes, a leading backlink
    many = "<p>" + "".join(f"x<sup><a href='#n{i}'>{i}</a></sup>" for i in range(300)) + "</p>"
    notes = "".join(f"<li id='n{i}'>Note {i}.</li>" for i in range(300))
    html = inline_notes(f"<div>{many}<ol>{notes}</ol></div>".replace("'", '"'))
    assert html.count("(Note ") == MAX_NOTES  # bounded work on a hostile page


FAQ = """# FAQ

| Sujet | Règle | Montant |
|---|---|---|
| Cours en direct | par cours, avec rappel[^1] | 1 250,– Kč |
| Figurant | par demi-journée[^x] | 590,– Kč |

[^1]: Hausse convenue le 20 novembre 2026, avec effet rétroactif au 1er juillet 2026 |
soit 1 250 Kč par cours. Le rappel est versé au plus tard le 31 janvier 2027.

[^x]: Quand le cours est classé à haute intensité, un supplément de 150 Kč s'ajoute.
"""


def test_a_markdown_footnote_is_read_where_it_is_referred_to():
    from knowledge.loading.html_notes import markdown_notes

    text = load_bytes(FAQ.encode(), "faq.md").text
    row = next(x for x in text.splitlines() if x.startswith("| Cours en direct"))
    # the note's first sentence, over its two lines, its "|" no cell border
    assert "avec rappel (Hausse convenue le 20 novembre 2026, avec effet rétroactif au 1er" in row
    assert row.count("|") == 4 and "31 janvier" not in row
    assert "supplément de 150 Kč" in next(x for x in text.splitlines() if "| Figurant" in x)
    assert "[^1]: Hausse convenue" in text  # the notes stay where they are
    assert markdown_notes("a rate[^9] with no note") == "a rate[^9] with no note"
    # a heading, code and a table right under a note are no part of it, nor changed
    page = "# Fees[^1]\n\n| a | b[^1] |\n|---|---|\n\n[^1]: From 1 May.\n| x | y |\n```\nc[^1]\n```"
    read = markdown_notes(page)
    assert "# Fees[^1]" in read and "c[^1]" in read and "| b (From 1 May) |" in read
    assert "From 1 May. | x" not in read
    many = "".join(f"x[^{i}]" for i in range(300)) + "\n\n"
    notes = "\n".join(f"[^{i}]: Note {i}." for i in range(300))
    assert markdown_notes(many + notes).count("(Note ") == MAX_NOTES


def test_an_html_comment_in_markdown_is_not_read():
    from knowledge.loading.html_notes import without_comments

    guide = (
        "# Guide\n\n- **Stunt rider**: 2 180 000 Rp a day.\n"
        "<!-- old 2023-2026 scale, remove before publishing: stunt rider 1 980 000 Rp -->\n"
        "- **Crash performer**: 1 950 000 Rp a day. <!-- checked -->\n"
    )
    text = load_bytes(guide.encode(), "guide.md").text
    assert "1 980 000" not in text and "checked" not in text
    assert "2 180 000 Rp a day." in text and "1 950 000 Rp a day." in text
    assert without_comments("a <!-- never closed") == "a <!-- never closed"
    started = time.monotonic()
    without_comments("<!--" * 200_000)  # hostile: each marker looked for once
    assert time.monotonic() - started < 10
