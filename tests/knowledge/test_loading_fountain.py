"""A text file that holds a Fountain screenplay (knowledge/loading/fountain.py) is read as
Markdown: its title page as "Key: value" lines, scene headings and sections as headings, cues
over their dialogue, transitions and centred text as their words, emphasis without its marks,
and without synopses, notes or the boneyard (which holds abandoned versions and withdrawn
offers); text that is not a screenplay, a Markdown file's "Title:" line above all, is left as
it is."""

from __future__ import annotations

import time

from knowledge.loading.fountain import fountain_text, is_fountain

SCRIPT = r"""Title: _**THE NIGHT SHIFT**_
Credit: A short film written by
Author: Ines Kowalczyk-Mbeki
Draft date: Friday 4 December 2026
Contact:
    Harbourlight Films
    12 Dock Row, Port Ilse PI4 2RS
Notes: Shooting script, version 4.

/* Version 3, abandoned: the producer offered 6,200.00 a shooting day, no
overtime paid. Withdrawn on 1 December 2026. */

# ACT ONE

= The crew meets before dawn at the depot.

.CALL TIME - THE DEPOT #1#

Shooting on Tuesday 15 December 2026. The whole crew meets at 06:30 at the depot; the day
is paid *7,400.00* a day, **overtime** at _time and a half_, with \*meals\* on set.

[[Remind the crew: boots, the quay is wet.]]

EXT. HARBOUR WALL - NIGHT #2A#

Waves break over the wall. MARA (40s) walks along it, a torch in her hand.

MARA (V.O.)
The sea keeps the hours
[[note: check the rhythm
of this line]]
the town forgets.

TOMAS ^
(calling out)
Mara! The boat is in.

CUT TO:

INT. HARBOURMASTER'S OFFICE - CONTINUOUS

!A FLICKERING LAMP. Charts on every wall.

@McGRATH
You're late.

~Row, row, the night is long,
~row until the tide is gone.

===

> FADE OUT.

>THE END<
"""


def test_a_screenplay_reads_as_a_title_page_scenes_and_dialogue():
    text = fountain_text(SCRIPT)
    assert text.startswith(
        "# THE NIGHT SHIFT\n\nTitle: THE NIGHT SHIFT\nCredit: A short film written by\n"
    )
    assert "Draft date: Friday 4 December 2026\n" in text
    assert "Contact: Harbourlight Films\n12 Dock Row, Port Ilse PI4 2RS\n" in text
    assert "Notes: Shooting script, version 4.\n\n" in text
    # sections and scene headings as headings: no forcing "." and no scene number
    assert "\n# ACT ONE\n" in text
    assert "\n## CALL TIME - THE DEPOT\n" in text and "\n## EXT. HARBOUR WALL - NIGHT\n" in text
    assert "\n## INT. HARBOURMASTER'S OFFICE - CONTINUOUS\n" in text
    # emphasis goes, an escaped star stays
    assert "is paid 7,400.00 a day, overtime at time and a half, with *meals* on set." in text
    # a cue over its dialogue and parentheticals; "^", "@" and "!" go
    assert "MARA (V.O.)\nThe sea keeps the hours\nthe town forgets.\n" in text
    assert "TOMAS\n(calling out)\nMara! The boat is in.\n" in text
    assert "McGRATH\nYou're late." in text and "\nA FLICKERING LAMP. Charts" in text
    assert "Row, row, the night is long,\nrow until the tide is gone." in text
    assert "\nCUT TO:\n" in text and "\nFADE OUT.\n" in text and text.endswith("\nTHE END\n")
    for mark in ("#1#", "#2A#", "===", "~", "@", "^", ">", "[[", "/*"):
        assert mark not in text


def test_synopses_notes_and_the_boneyard_are_dropped():
    text = fountain_text(SCRIPT)
    assert "6,200.00" not in text and "Withdrawn" not in text  # the boneyard, over lines
    assert "crew meets before dawn" not in text  # a synopsis
    assert "boots" not in text and "rhythm" not in text  # notes, one over two lines
    inline = "Title: X\nAuthor: Y\n\nINT. DEPOT - DAY\n\nBOB\nHi.\n\n"
    inline += "Paid 80.00 [[was 60.00]] a call /* or 50.00 */ net.\n"
    assert "Paid 80.00 a call net." in fountain_text(inline)
    # a "[[" that a blank line comes into, and a "/*" never closed, are no note: kept
    open_ended = "Title: X\nAuthor: Y\n\nINT. DEPOT - DAY\n\nBOB\nSee [[the list\n\nNow]] /* go\n"
    assert "See [[the list" in fountain_text(open_ended) and "/* go" in fountain_text(open_ended)


def test_two_scene_headings_and_dialogue_make_a_screenplay_without_a_title_page():
    script = (
        "INT. REHEARSAL ROOM - DAY\n\nThe cast sits in a circle.\n\nDIRECTOR\nFrom the top.\n\n"
        "EXT. STAGE DOOR - NIGHT\n\nRain.\n"
    )
    assert is_fountain(script)
    text = fountain_text(script)
    assert "## INT. REHEARSAL ROOM - DAY" in text and "## EXT. STAGE DOOR - NIGHT" in text
    assert "DIRECTOR\nFrom the top." in text


def test_text_that_is_not_a_screenplay_is_left_as_it_is():
    texts = [
        # MultiMarkdown metadata: a title page, but no scene
        "Title: Winter price list\nAuthor: Front desk\nDate: 1 December 2026\n\n"
        "# Prices\n\nPRICES\nAll prices include VAT.\n\n> Members pay less.\n",
        "Title: Rates\n\nThe call rate is 240.00.\n",  # a "Title:" line alone
        # phone extensions, a lone ".NET", capitals over prose, a blockquote, "==="
        "Contact\n\nExt. 204 for the office\n\nExt. 318 for payroll\n\nPAYROLL\nPaid monthly.\n",
        "Title: Stack\nAuthor: IT\n\n.NET 8 is supported.\n\nNOTES\nOld runtimes go.\n",
        "Rates\n===\n\nINT. is short for interior.\n\n> quoted\n\n= not a synopsis\n",
        # one scene heading only, with signs around it
        "Notes\n\nINT. KITCHEN - DAY\n\nBOB\nHello.\n\nCUT TO:\n\n>THE END<\n",
        # headings of a crew notice with its sums: "= K 400" is no synopsis
        "Applies to all crew.\n\nEXT. NIGHT WORK\nBase: 8 hours x K 50\n= K 400 a night\n\n"
        "EXT. DAY WORK\nBase: 8 hours x K 40\n= K 320 a day\n",
    ]
    for plain in texts:
        assert not is_fountain(plain)
        assert fountain_text(plain) == plain


def test_hostile_fountain_costs_linear_time():
    head = "Title: X\nAuthor: Y\n\nINT. DEPOT - DAY\n\nBOB\nHi.\n\n"
    hostile = [
        head + "/*" * 500_000,  # boneyards that never close
        head + "[[" * 500_000 + "]]",
        head + "[[x\n\n" * 200_000 + "]]",  # notes a blank line breaks, one end far away
        head + "*a " * 330_000,  # emphasis that never closes
        head + "**a _b " * 140_000,
        head + "BOB\n" * 300_000,
        head + "\n\n".join(["INT. X - DAY"] * 100_000),
        head + " " * 1_000_000 + "x [[n]]",
        head + "INT. X" + " " * 1_000_000 + "y #1#\n",  # a long run of spaces in a heading
        head + "\\*" * 500_000,
    ]
    for text in hostile:
        started = time.perf_counter()
        out = fountain_text(text)
        assert time.perf_counter() - started < 5
        assert len(out) < 2 * len(text)
